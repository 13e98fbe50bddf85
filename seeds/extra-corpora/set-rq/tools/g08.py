from gold_lib import C, write
D = None
K = "gwon-myeong-ho"
claims = [
 C("관광인프라를 활용해 도시 경쟁력을 한차원 끌어올리기 위한 노력도 한창이라고 합니다", None, D, ["culture-tourism"], "statement"),
 C("지역의 음식점 등 골몰상권이 많이 힘든 상황입니다", K, D, ["small-merchants"], "statement"),
 C("재취업과 창업, 긴급 자원지금, 노사관계 지원, 복지 상담 등 전문적이면서도 폭넓은 지원을 합니다", K, D, ["jobs", "startup-support", "labor-relations", "welfare"], "statement"),
 C("개소 했으니 당연히 갑자기 어려움을 겪는 사람들에게 실질적 도움이 되어야 합니다만", K, D, ["jobs"], "plan"),
 C("지역경제 활성화와 일자리 창출에 구정의 모든 역량을 집중하고 있습니다", K, D, ["jobs"], "statement"),
 C("중소기업과 소상공인에게 지원하는 경영안정자금 규모를 30억원에서", K, D, ["small-merchants"], "statement"),
]
write("rq-08-usmbc.txt",
 {"headline": None, "published": None, "reporter": "전벼리", "outlet": None, "jurisdiction": "31170"},
 [K], claims,
 ["노와 사, 주민들 모두가 힘을 합치면 이 위기를 잘 극복 할 수 있으리라 생각합니다",
  "최근 전국 최초로 조선업희망센터가", "불황이 깊어질수록 운영의 묘를 살려"])
