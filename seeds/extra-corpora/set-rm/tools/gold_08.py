import sys; sys.path.insert(0, '/work/blind/set-rm/tools')
from gold_lib import C, write
D = None; K = "ahn-hee-jung"; FD = "fine-dust"; ET = "energy-transition"
write("rm-08-hankookilbo.txt",
  {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "44"},
  [K],
  [C("안희정 충남지사가 연일 미세먼지 등 환경 이슈에 대해 목소리를 높이고 있다", None, D, [FD], "statement"),
   C("전국의 미세먼지를 50% 이상 감축할 수 있는 ‘안희정 플랜’의 법제화에 대한 지원 사격을 요청했다", K, D, [FD, ET], "target"),
   C("노후 석탄화력 폐기 수명 30년으로 단축", K, D, [FD, ET], "plan"),
   C("전국 모든 석탄화력발전소 지역을 대기보전특별대책지역 또는 대기환경규제지역으로 지정하고", K, D, [FD], "plan"),
   C("정부 발표가 제대로 이행될 수 있게 9월 정기국회 전까지 구체적 계획을 내겠다", None, D, [FD, ET], "plan", "홍익표"),
   C("기회만 있으면 미세먼지 문제에 적극적으로 나서고 있다", None, D, [FD], "statement")],
  ["50% 감축 플랜 법제화 요청",
   "충남이 수도권 미세먼지의 원인 제공자로 낙인되는 것을 방어하기 위해서다",
   "대권 후보로서 문제 해결 능력을 보여주겠다는 뜻도 담긴 것으로 보인다",
   "더불어민주당 산업통상자원위원회 위원들을 만났다",
   "안 지사와 문제의식이 같다",
   "전국 화력발전소 53기 중 23기가 충남에 있고"])
