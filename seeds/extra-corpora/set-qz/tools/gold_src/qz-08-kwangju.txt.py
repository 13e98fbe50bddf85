META = {"headline": "[2024 새해 이렇게] 강진원 강진군수 “강진반값여행 등 관광객 500만명 유치에 사활”", "published": "2024-01-08T17:30+09:00", "reporter": None, "outlet": "광주일보", "jurisdiction": "46810"}
OFFICIALS = ["kang-jin-won"]
K = "kang-jin-won"
D = "2024-01-08"
CT = "culture-tourism"
CLAIMS = [
 ("1차산업까지 관광산업의 수혜를 고루 누릴 수 있도록 하겠습니다", K, D, [CT, "agriculture"], "plan"),
 ("관련 사업 추진에 대한 강한 의지를 드러냈다", K, D, [CT], "plan"),
 ("관광객이 강진에서 소비한 돈의 절반을 최대 20만 원까지 지원해주는 파격적인 정책으로", None, D, [CT, "small-merchants"], "statement"),
 ("전 국민으로 확대해간다는 전략이다", K, D, [CT], "plan"),
 ("총 11개의 축제를 통한 관광객 500만 명 유치에 도전장을 내민다", None, D, [CT], "target"),
 ("농림축수산업의 지속적인 성장을 위한 아낌없는 투자도 계속된다", None, D, ["agriculture"], "plan"),
 ("벼보다 수익성이 월등한 논콩재배를 300ha까지 확대한다", None, D, ["agriculture"], "target"),
 ("전국 최고의 육아수당 지원도 계속되고 여기에 산후조리비는 154만원까지 늘리며", None, D, ["childcare-birth"], "plan"),
]
NOT_CLAIMS = [
 "관광객 강진서 쓴 돈 절반 돌려주는 파격 정책",
 "육아수당 전국 최고…이주민 지원 7000만원까지",
]
