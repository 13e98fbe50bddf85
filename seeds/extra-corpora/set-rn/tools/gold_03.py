import sys; sys.path.insert(0, '/work/blind/set-rn/tools')
from gold_lib import C, write
D = "2018-09-19"; K = "kang-im-jun"; J = ["jobs"]
write("rn-03-yonhap.txt",
      {"headline": "대통령 직속 일자리위원회 군산서 고용위기 상황 점검",
       "published": "2018-09-19T16:04+09:00", "reporter": "최영수", "outlet": "연합뉴스", "jurisdiction": "45130"},
      [K],
      [
        C("고용위기지역으로 지정된 전북 군산시를 찾아 일자리 상황을 살피고 대응방안을 논의했다", None, D, J, "statement"),
        C("대량실업이 발생하고 경제가 추락해 지난 4월 정부로부터 고용위기지역과 산업위기대응특별지역으로 지정됐다", None, D, J, "statement"),
        C("간담회를 열어 일자리 상황을 공유하고 정부 건의사항을 들었다", None, D, J, "statement"),
        C("연관 산업이 동반 침체해 일자리 상황이 매우 나쁘다", None, D, J, "statement"),
        C("고용·산업위기 극복을 위해 정부의 더 많은 관심과 지원이 필요하다", None, D, J, "plan"),
        C("고용위기지역 지정 이후 정부 지원 등을 받아 경제위기 극복을 위해 많은 노력을 하지만 여전히 부족하다", K, D, J, "criticism"),
        C("현대중공업 수주물량의 군산조선소 배정과 한국GM 군산공장의 조속한 활용 방안 마련이 궁극적 해결책", K, D, J, "statement"),
        C("올해 다양한 정책과 지원을 추진해 일자리가 창출되도록 노력했다", None, D, J, "achievement", "이목희"),
      ],
      ["대통령 직속 일자리위원회 군산서 고용위기 상황 점검",
       "오식도동 원룸촌과 식당 등을 둘러봤다",
       "내년에도 지역 경제생태계를 복원시킬 획기적이고 과감한 대"])
