META = {"headline": "장성군 인구정책 성과 주목 받아", "published": "2020-01-21T14:57+09:00", "reporter": "김도형", "outlet": None, "jurisdiction": "46880"}
OFFICIALS = []
D = "2020-01-21"
CLAIMS = [
 ("합계출산율(1.78명)은 전국 4위를 기록했다", None, D, ["childcare-birth"], "achievement"),
 ("귀농귀촌 인구의 증가세도 눈에 띈다", None, D, ["agriculture"], "achievement"),
 ("장성군은 최근 3년 간 연 평균 1000명 이상 귀농귀촌 인구가 증가했다", None, D, ["agriculture"], "achievement"),
 ("군에 유입된 귀농귀촌 인구는 7320여 명으로", None, D, ["agriculture"], "achievement"),
 ("82개 정책사업에 304억 4000만 원을 투입했다", None, D, ["youth-policy", "childcare-birth", "jobs"], "achievement"),
 ("올해 장성군은 ‘청년층’을 인구정책의 주요 대상으로 삼고", None, D, ["youth-policy"], "plan"),
]
NOT_CLAIMS = [
 "도내 군 단위 지자체 가운데 가장 낮은 주민등록 인구감소율 기록",
 "장성군이 추진 중인 인구 늘리기 정책이 성과를 내고 있어 주목된다",
 "주민등록 인구감소율은 -0.12%로",
 "합계출산율은 한 여성이 가임기간 중 낳을 것으로 기대되는 평균 출생아 수를 일컫는다",
 "연어 프로젝트는 타 지역 인구가 장성으로 유입될 수 있도록 매력적인 고장을 만들어가는 장성 고유의 인구정책이다",
]
