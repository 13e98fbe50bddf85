META = {"headline": "\"주민들의 참여·소통이 지방자치 핵심\"", "published": "2018-02-05T09:55+09:00", "reporter": None, "outlet": None, "jurisdiction": "29170"}
OFFICIALS = ["song-gwang-un"]
S = "song-gwang-un"
D = "2018-02-05"
UR = "urban-regeneration"
CP = "citizen-participation"
CLAIMS = [
 ("마을만들기 사업이 공동체 회복을 통한 지역발전이라는 성과로 이어질 수 있었습니다", S, D, [UR], "achievement"),
 ("광주 북구청장은 마을만들기 사업에 대한 자부심이 대단하다", None, D, [UR], "statement"),
 ("북구의 마을만들기 사업은 주민들의 자발적 참여와 소통이야말로 지방자치 발전의 핵심 요소임을 확인시켜 주는 대표 사례", S, D, [UR, CP], "achievement"),
 ("북구의 마을만들기 사업은 송 구청장의 자랑이 아니어도 이미 전국에 유명하다", None, D, [UR], "achievement"),
 ("북구에서 처음 마을만들기 사업은 2000년부터 시작됐다", None, D, [UR], "statement"),
 ("363개의 사업이 마을만들기라는 이름으로 진행됐다", None, D, [UR], "achievement"),
 ("지난해 한해에만 5개 분야 108개 사업이 주민들 손으로 이뤄졌다", None, D, [UR], "achievement"),
 ("투입된 사업비도 7억1100만원이나 된다", None, D, [UR], "statement"),
 ("'전국 주민자치 박람회'에서는 무려 66번이나 상을 받았다", None, D, [CP, UR], "achievement"),
 ("그해 사업예산 100억원의 절반을 우리 북구 마을들이 다 가져왔다", S, D, [UR], "achievement"),
 ("이미 자치의 맛을 본 주민들은 마을공동체 회복을 위해", S, D, [CP, UR], "statement"),
 ("송 구청장은 마을만들기 사업은 결과보다 과정이 중요하다고 말한다", S, D, [UR], "statement"),
 ("크고 작은 현안을 소통하면서 풀어가는 과정에서 마을공동체를 회복하는 것이 더 의미 있는 일", S, D, [UR], "statement"),
 ("송 구청장은 지방분권 개헌이 이뤄져 지방분권", S, D, ["decentralization"], "statement"),
]
NOT_CLAIMS = [
 "인터뷰│송광운 광주 북구청장",
 "마을만들기 19년 '자부심'",
 "우리는 마을의 크고 작은 현안을 주민들끼리 소통하면서 풀어가는 과정을 경험했습니다",
]
