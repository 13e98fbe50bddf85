META = {"headline": "군산 민선7기, 좋은 일자리 1만7,000개 창출", "published": "2019-01-29T09:45+09:00", "reporter": None, "outlet": "군산신문", "jurisdiction": "45130"}
OFFICIALS = []
D = "2019-01-29"
CLAIMS = [
 ("모두 1만7,000여 개의 지속가능한 신규 일자리를 창출하는 민선7기 일자리 종합계획을 수립했다", None, D, ["jobs"], "target"),
 ("지역 상권과 고용을 안정시키는 것을 주요 골자로 민선7기 시정의 최우선 과제로 추진할 계획이다", None, D, ["jobs", "small-merchants"], "plan"),
 ("일자리 종합계획에는 청년창업지원센터 운영, 청년창업 희망키움 등 청년창업 기반 마련과", None, D, ["jobs", "startup-support", "youth-policy", "culture-tourism", "small-merchants"], "plan"),
 ("5대 전략은 청년일자리 기반을 마련하는", None, D, ["jobs", "youth-policy", "startup-support"], "plan"),
 ("청년일자리 창출 촉진조례로 고용활성화 기반마련과 청년센터 조성, 청년수당 지급 등 전방위적인 청년지원에 나설 계획이다", None, D, ["jobs", "youth-policy"], "plan"),
 ("또 신산업일자리 전략은 오는 2022년까지 시민", None, D, ["jobs"], "plan"),
]
NOT_CLAIMS = [
 "‘청년·신산업·시민밀착·창업·맞춤형’ 5대 전략 추진",
 "군산신문(1004gunsan@naver.com)2019-01-29 09:45:45",
]
