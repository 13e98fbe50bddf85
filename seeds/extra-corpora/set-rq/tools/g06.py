from gold_lib import C, write
D = "2019-12-30"
S = ["small-merchants"]
claims = [
 C("부산시가 발행하는 지역 화폐 ‘동백전’이 본격적인 서비스에 들어간다", None, D, S, "achievement"),
 C("안드로이드 사용자를 위한 애플리케이션 출시와 함께 본격적인 서비스를 시작했다고 밝혔다", None, D, S, "achievement"),
 C("아이폰 사용자를 위한 애플스토어 서비스는 이보다 하루 늦은 31일부터 시작한다", None, D, S, "plan"),
 C("동백전 카드를 발급받으려면 우선 스마트폰 플레이(Play)스토어에서", None, D, S, "statement"),
 C("이후 모바일로 회원가입과 카드 신청을 하면 된다", None, D, S, "statement"),
 C("카드 신청은 모바일로 발급이 가능하지만", None, D, S, "statement"),
 C("‘부산은행 동백전 카드’를 출시 예정인 부산은행에서는 은행직원을 통해 카드 신청과 충전을 도움받을 수 있다", None, D, S, "statement"),
 C("카드 신청 후 수령까지는 통상 2~3일 소요될 예정이다", None, D, S, "statement"),
 C("받은 동백전 카드는 삼성페이와 LG페이 등 스마트폰에 등록이 가능해", None, D, S, "statement"),
 C("동백전은 부산지역 자금의 역외 유출을 막고 소상공인과 자영업자의 매출 증대를 통한 경제 활성화를 위해 발행하는 카드 형태의 지역 화폐다", None, D, S, "statement"),
 C("이 때문에 부산지역에서만 사용할 수 있다", None, D, S, "statement"),
 C("신용카드 단말기가 있는 모든 점포에서 이 화폐를 사용할 수 있다", None, D, S, "statement"),
 C("타지역에 본사를 둔 일부 프랜차이즈 직영점 등에서는 사용이 제한된다", None, D, S, "statement"),
]
write("rq-06-kmib.txt",
 {"headline": "부산지역화폐 동백전, 서비스 개시…내년 3천억원 발행",
  "published": "2019-12-30T16:11+09:00", "reporter": None, "outlet": None, "jurisdiction": "26"},
 [], claims,
 ["부산지역화폐 동백전, 서비스 개시…내년 3천억원 발행",
  "30일 부산시청 1층에서 부산지역화폐 동백전 출시 기념식이 열렸다"])
