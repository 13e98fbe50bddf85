import sys; sys.path.insert(0, '/work/blind/set-rh/tools')
from gold_lib import C, write
N = "nam-kyung-pil"
FD = "fine-dust"
write("rh-06-tbroad.txt",
  {"headline": None, "published": None, "reporter": "최용진", "outlet": None, "jurisdiction": "41"},
  [N, "park-won-soon"],
  [C("박원순 서울시장이 미세먼지 저감대책을", None, None, [FD], "statement"),
   C("남경필 지사가 오늘(23일) 미세먼지 재난을", N, None, [FD], "plan"),
   C("범국가적 협의체를 만들어야합니다", N, None, [FD], "plan"),
   C("그동안 수도권 3개 지자체가 미세먼지 저감대책을 놓고 갑론", N, None, [FD], "criticism"),
   C("문재인 대통령에게 미세먼지 해결을 위한 공약 이행을 촉구하기도 했습니다", N, None, [FD], "plan"),
   C("미세먼지 문제를 한중 정상외교 차원으로 격상하겠다던 그", N, None, [FD], "plan"),
   C("대통령 직속 특별기구를 신설해", N, None, [FD], "plan"),
   C("이와 함께 실질적인 대책도 주문했습니다", N, None, [FD], "plan"),
   C("대기질 개선을 위해 영세사업장과 노후 경유차에 대한 미세먼", N, None, [FD], "plan"),
   C("형편이 어려운 이들에게 미세먼지 저감에 필요한 비용 부담", N, None, [FD], "criticism"),
   C("국가가 책임지고 지원해야 신", N, None, [FD], "plan"),
   C("한편 경기도는 어린이집 공공 청정기 설치와 노유 경유차 버", None, None, [FD], "plan"),
   C("올해부터 광역과 시내버스에 공기정화기를 설치하고", None, None, [FD], "plan")],
  ["대통령님 직접 나서 주십시오",
   "미세먼지 문제 해결을 위한 긴급 기자회견을 자청했습니다",
   "보도에 최용진기자입니다"])
