from g import write
S = "choi-min-ho"
write("re-06-newdaily.txt",
      [None, None, "이길표", None, "36"],
      [S],
      [("\"대통령 제2집무실 설치와 국회 세종의사당 건립을 역대 최다 성과\"라고 평가했다", S, None, ["decentralization"], "achievement"),
       ("시가 윤석열 정부 국정과제 반영에 총력을 다한 결과", S, None, ["decentralization"], "achievement"),
       ("처음으로 행정수도 미래전략도시 문구가 반영됐다", S, None, ["decentralization"], "achievement"),
       ("대통령 제2무실 설치 확정은 지난 5월 29일 행복도시법 개정안이 국회를 통과함에 따라", None, None, ["decentralization"], "achievement"),
       ("2025년 착공해 2027년 준공할 예정이다", None, None, ["decentralization"], "plan"),
       ("국회 세종의사당 건립은 세종시 S-1 생활권 일대 61만6000㎡(약 19만 평) 규모로", None, None, ["decentralization"], "statement"),
       ("국회사무처 용역 결과에 따라 이르면 내년 4월 착공해 2028년 준공할 예정이다", None, None, ["decentralization"], "plan"),
       ("국회 세종의사당 건립을 위해 함께 노력해 준 언론과 시민 사회단체 등 감사하다", S, None, ["decentralization"], "statement"),
       ("앞으로 이 사업이 차질없이 진행하도록 최선을 다하겠다", S, None, ["decentralization"], "plan")],
      ["최 시장, 21일 기자간담회서 밝혀",
       "최민호 세종시장이 21일 오전 시청 브리핑룸에서 기자간담회를 가졌다.ⓒ이길표 기자"])
