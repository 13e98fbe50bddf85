import sys; sys.path.insert(0, '/work/blind/set-rm/tools')
from gold_lib import C, write
E = "2023-05-10"; P = "2023-05-12"; K = "jeong-yong-rae"
FIR = "fourth-industrial-revolution"
write("rm-05-chosun.txt",
  {"headline": "[기초단체장에게 듣는다] 정용래 대전 유성구청장", "published": "2023-05-12",
   "reporter": "우정식", "outlet": None, "jurisdiction": "30200"},
  [K],
  [C("과학 인프라를 활용한 행정 서비스의 디지털 전환과 쇠락한 온천관광을 되살리는 데", K, E, [FIR, "culture-tourism"], "plan"),
   C("디지털 선도 도시를 강조했다", K, E, [FIR], "plan"),
   C("구민들이 체감할 수 있게 행정 서비스를 개선하는 것이 목표다", K, E, [FIR], "plan"),
   C("디지털 전환을 위해 지원 센터도 만든다", K, E, [FIR], "plan"),
   C("작년 12월 디지털 전환 지원 센터 청년점이 문을 열었다", K, E, [FIR], "achievement"),
   C("이곳에선 청년 일자리 창출과 역량 강화 교육을 벌이고 있다", K, E, ["jobs", "youth-policy", FIR], "statement"),
   C("권역별 디지털 전환 지원 센터 3곳을 추가로 만들 예정이다", K, E, [FIR, "small-merchants"], "target"),
   C("민·관·학·연이 협력하는 플랫폼도 구축 중이다", K, E, [FIR], "statement"),
   C("디지털 정책 학교와 찾아가는 무료 디지털 교육도 운영한다", K, E, [FIR, "education"], "statement"),
   C("친환경 도시를 만든다고 했다", K, E, ["climate-carbon"], "plan"),
   C("탄소 중립은 중요한 문제다", K, E, ["climate-carbon"], "statement"),
   C("목재 친화 도시를 조성할 계획이다", K, E, ["climate-carbon"], "plan"),
   C("50억원을 들여 봉", K, E, ["climate-carbon"], "plan")],
  ["대덕특구 활용해 디지털 선도도시로… 청년·소상공인 집중 지원",
   "대전시 유성구는 '과학도시' 대전의 중심에 있다",
   "7만2000여 명의 과학기술 인력이 상주한다",
   "정부 출연 연구원 26곳과 벤처기업 1800여 곳이 있다",
   "인구 감소와 경기 침체를 극복하려면 변화와 혁신뿐",
   "지속 가능한 발전을 이루는 기반을 만들겠다"])
