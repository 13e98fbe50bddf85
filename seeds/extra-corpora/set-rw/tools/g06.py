from gold_lib import C, write
D = "2014-01-06"; H = "허남식"
write("rw-06-kmib.txt",
      {"headline": "[신년초대석] '크고 강한 부산' 위해 10년간 묵묵히 일한 허남식 부산시장",
       "published": "2014-01-06T15:26+09:00", "reporter": None, "outlet": "쿠키뉴스", "jurisdiction": "26"},
      [],
      [
       C("각종 공사현장을 직접 발로 뛰며 안전사고 예방에 주력하고 있다", None, D, ["disaster-safety"], "statement"),
       C("확대간부회의에서도 안전문제를 수 차례 강조했다", None, D, ["disaster-safety"], "statement", H),
       C("서부산권 시대를 열어 동서균형발전을 끌어낸 점이 큰 성과", None, D,
         ["urban-regeneration", "culture-tourism"], "achievement", H),
       C("해수담수화 R&D 사업 등에 중점을 둘 방침이다", None, D, ["water-industry", "research-development"], "plan", H),
       C("수출용 신형연구로 착공 사업도 지속적으로 추진할 수 있는 여건을 만들겠다는 각오다", None, D,
         ["culture-tourism", "research-development"], "plan", H),
      ],
      ["'크고 강한 부산' 위해 10년간 묵묵히 일한 허남식 부산시장",
       "부산발전 10대 비전사업을 차질없이 마무리하는데 마지막 힘을 쏟을 것입니다",
       "시정의 마무리에 최선을 다하겠다",
       "3선 임기 10년 동안 묵묵히 일해 왔다는 평가를 받고 있다",
       "자신이 마무리해야 할 일에 대해서도 구체적으로 언급했다",
       "동북아 해양수도 건설을 위해 기존"])
