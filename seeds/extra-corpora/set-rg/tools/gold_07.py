import sys; sys.path.insert(0, '/work/blind/set-rg/tools')
from gold_lib import C, write
D = "2025-10-02"; L = "lee-seung-ro"
CB, W, S = "childcare-birth", "welfare", "disaster-safety"
write("rg-07-seoul.txt",
  {"headline": None, "published": "2025-10-02", "reporter": None, "outlet": "서울Pn", "jurisdiction": "11290"},
  [L],
  [C("돌봄 공백 없는 아동 안전과 안심 주거 환경 조성을 위해 종합 대책을 수립하고 10대 사업을 본격 추진한다고 2일 밝혔다", None, D, [CB, W, S], "plan"),
   C("10대 사업은 ▲돌봄 공백 아동 조기 발굴", None, D, [CB, W, S], "statement"),
   C("거점형 지역아동센터 3곳을 운영해 초등 연령 아동에 대한 야간 돌봄을 오후 10시까지 제공한다", None, D, [W, CB], "plan"),
   C("저소득 다자녀 가정과 싱글 부모를 위한 아이돌봄 지원 사업을 시행하고 있다", None, D, [CB, W], "statement"),
   C("한부모 가정 200여가구를 대상으로 스마트 홈카메라도 지원할 예정이다", None, D, [W, CB], "plan"),
   C("소규모 노후 공동주택 전기 안전점검과 안전취약가구 화재예방 물품 지원도 추진한다", None, D, [S], "plan"),
   C("화재 예방을 위한 캠페인과 공동주택 소방안전 및 방범교육도 진행한다", None, D, [S], "plan"),
   C("체험형 화재예방 교육에서는 화재 대피, 완강기와 소화기 사용법 등 안전교육을 한다", None, D, [S], "plan"),
   C("돌봄 공백 아동 발굴과 홍보를 위해 종합 안내서를 제작해", None, D, [CB, W], "plan"),
   C("우리 구는 유니세프 지정 첫 아동친화도시다", L, D, [W], "achievement"),
   C("앞으로도 돌봄 사각지대를 해소하고 촘촘한 돌봄 안전망을 구축해", L, D, [CB, W], "plan")],
  ["이승로 서울 성북구청장. 성북구 제공"])
