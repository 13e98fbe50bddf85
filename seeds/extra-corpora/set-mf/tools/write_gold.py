# Writes gold/*.json for set-mf (hand annotation; compact tuples: quote, speaker, date, policies, kind[, speaker_name]).
import json, os
here = os.path.dirname(os.path.abspath(__file__)); G = os.path.join(here, "..", "gold"); os.makedirs(G, exist_ok=True)
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
def W(art, md, off, claims, nots):
    json.dump({"article": art, "metadata": dict(zip(["headline","published","reporter","outlet","jurisdiction"], md)),
               "officials": off, "claims": claims, "not_claims": nots},
              open(os.path.join(G, art + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
d = "2024-04-03"; ag = ["agriculture"]
W("mf-01-hongcheonnewstoday.txt", ["귀농·귀촌 특구 홍천군에서 살아보고 정착하세요", "2024-04-03T11:22+09:00", "윤지호", None, "51720"], ["shin-yeong-jae"], [
 C("도시민의 성공적인 귀농·귀촌을 돕기 위한", None, d, ag, "plan"),
 C("11세대 14명의 참가자를 선발해", None, d, ag, "statement"),
 C("성공적인 정착을 유도한다는 방침이다", None, d, ag, "plan"),
 C("숙박, 연수프로그램을 전액 무료로 지원하며", None, d, ag, "statement"),
 C("도시민의 농업·농촌 이해를 돕고", None, d, ag, "plan", "문명선"),
 C("전원도시 귀농·귀촌 특구 홍천’으로 지정되어", None, d, ag, "achievement"),
], ["귀농·귀촌 특구 홍천군에서 살아보고 정착하세요", "자연과 함께하는 삶의 가치를 재발견하고"])
fd = ["fine-dust"]
W("mf-02-timenews.txt", ["미세먼지 감시단 불법행위 관리 강화, 시민 호응 높아", "2021-11-17T17:24+09:00", "이창희", "고양타임뉴스", "41280"], [], [
 C("하반기 '고양시 미세먼지대응대책위원회' 회의를 개최했다", None, "2021-11-16", fd, "statement"),
 C("미세먼지 저감 사업을 평가하고 미세먼지 정책 발굴을 위한 자문 역할", None, "2021-11-17", fd, "statement"),
 C("각각 27%, 32%를 감축하는 성과를 이룬 것이 밝혀졌다", None, "2021-11-16", fd, "achievement"),
 C("시민 호응이 높았다", None, "2021-11-16", fd, "achievement"),
 C("2022년 추진할 예정인", None, "2021-11-16", ["fine-dust", "future-vehicles"], "plan"),
], ["미세먼지 감시단 불법행위 관리 강화, 시민 호응 높아", "2021년 하반기 미세먼지대응대책위원회 회의 개최", "서울타임뉴스인천타임뉴스"])
cc = ["climate-carbon"]; d = "2023-02-13"
W("mf-03-fnnews.txt", ["시흥시, 온실가스 감축...2022년 목표 초과 달성", "2023-02-13T12:45+09:00", "노진균", "파이낸셜뉴스", "41390"], [], [
 C("당초 목표였던 12만t 대비 1만5000t을 초과달성하며 순항하고 있다", None, d, cc, "achievement"),
 C("89개 세부사업의 2022년 이행실적을 점검했다", None, "2023-02-08", cc, "achievement"),
 C("2018년 온실가스 배출량의 40%인 163만t 감축을 향해", None, d, cc, "target"),
 C("10년간의 온실가스 감축계획을 담은", None, d, cc, "achievement"),
 C("이번 이행점검은 부서별 평가가 아닌", None, d, cc, "statement"),
 C("13만5000t의 온실가스를 감축함으로써", None, d, cc, "achievement"),
 C("소각열 에너지화 사업과 지난해 중점적으로 추진한 나무심기 사업", None, d, cc, "achievement"),
 C("탄소중립 거버넌스 구축을 위해 민관이 함께 협력하는", None, d, cc, "statement"),
 C("에너지효율화 사업을 통해 온실가스를 감축하는", None, d, ["climate-carbon", "energy-transition"], "statement"),
], ["시흥시, 온실가스 감축...2022년 목표 초과 달성"])
W("mf-04-fnnews.txt", ["김진태 강원도지사, 국민의힘 반도체 특위 참여한다", None, "서백", "파이낸셜뉴스", "42"], ["kim-jin-tae"], [
 C("삼성반도체 공장 유치가 더욱 탄력을 받을 것으로 기대된다", None, None, ["investment-attraction"], "statement"),
 C("반도체 테스트베드 등을 유치하는 계획을 설명할 예정이다", "kim-jin-tae", None, ["investment-attraction"], "plan"),
], ["국민의힘 반도체 특위 참여한다", "국회-여당과의 활발한 소통창구로 활용할 계획이다", "경제부지사로 선임한데 이어"])
ag = ["agriculture"]; d = "2025-02-13"
W("mf-05-odigital.txt", ["횡성군, 한우 개량·농가 경영안정 추진…소득 보장 총력", "2025-02-13T13:01+09:00", "임보연", "odigital", "51730"], ["kim-myeong-gi"], [
 C("농가의 소득 보장을 위해 팔을 걷어붙였다", None, d, ag, "statement"),
 C("'한우농가 행복 축산자재 지원'을 통해 농가의 경영 안정을 도모한다", None, d, ag, "plan"),
 C("횡성한우 개량을 유도함으로써", None, d, ag, "plan"),
 C("두당 3만원 최대 50두(150만원)까지 지원한다", None, d, ag, "statement"),
 C("두당 10만원을 지원한다", None, d, ag, "statement"),
 C("농가소득이 보장되도록 하겠다", "kim-myeong-gi", d, ag, "plan"),
], ["횡성군, 한우 개량·농가 경영안정 추진…소득 보장 총력", "'우(牛)아한 휴식'…2024년 횡성한우축제", "한우 개량 성과가 최소 4∼5년이 걸리는 만큼", "한우 농가들의 어려움이 가중되기 때문이다"])
pt = ["public-transit"]; d = "2023-06-02"
W("mf-06-kuki.txt", ["평택시, 시내버스 노선 개편···시간당 운행횟수 86%, 승차 대기시간 60% 향상", "2023-06-02T18:14+09:00", None, None, "41220"], ["jeong-jang-seon"], [
 C("'2023년 시내버스 노선 개편'을 오는 3일 자로 전면 시행한다고 밝혔다", None, d, pt, "plan"),
 C("철도역사 중심 환승체계 수립", None, d, pt, "plan"),
 C("68개를 37개로 대폭 개편한다", None, d, pt, "plan"),
 C("광역버스 노선을 지속 확충하며", None, d, pt, "plan"),
 C("권역별 순환노선을 마련하여", None, d, pt, "plan"),
 C("4자리 권역별 노선번호 체계로 정비하며", None, d, pt, "plan"),
 C("대중교통 이용수요가 증가하고 시민들의 이동패턴이 크게 변화했으나", "jeong-jang-seon", d, pt, "statement"),
], ["시간당 운행횟수 86%, 승차 대기시간 60% 향상"])
ed = ["education"]; d = "2019-07-29"
W("mf-07-kmaeil.txt", ["박승원 광명시장, “따뜻한 지역 평생학습 공동체를 만들기 위해 소통하겠다”", "2019-07-29T16:37+09:00", "하상선", None, "41210"], ["park-seung-won"], [
 C("지역 평생학습 공동체를 활성화해", "park-seung-won", d, ed, "plan"),
 C("광명시의 평생학습 운영방향 제시와 평생학습축제 운영", None, d, ed, "statement"),
 C("매월 1회 정례회의를 통해 지역내 평생학습 발전을 위한", None, d, ed, "statement"),
 C("마을평생학습 활성화에 관해 논의하고", None, d, ed, "statement"),
 C("평생학습 현장의 목소리를 직접 듣기 위해 회의에 참석해", None, d, ed, "statement"),
 C("개최한 지 8년 만에 처음 있는 일이다", None, d, ed, "statement"),
], ["따뜻한 지역 평생학습 공동체를 만들기 위해 소통하겠다", "광명시평생학습실무위원회 참석해 밝혀"])
W("mf-08-kwnews.txt", [None, None, None, None, "51190"], ["lee-sang-ho"], [
 C("태백 작은 영화관을 개관하고", None, None, ["culture-tourism"], "plan"),
 C("아동돌봄센터 등도 각각 입주한다", None, None, ["public-health", "childcare-birth"], "plan"),
 C("상권 활성화에 시너지 효과를 내 줄 것을 기대하고 있다", None, None, ["small-merchants"], "statement"),
 C("다양한 대체산업을 유치해", "lee-sang-ho", None, ["investment-attraction"], "plan"),
], ["공공기관 사무실 이전과 영화관 개관 등", "태백시의 피해규모는 3조3,000억원에 달한다", "경제진흥 전략사업에도 박차를 가한다는 방침이다"])
cb = ["childcare-birth"]
W("mf-09-kado.txt", [None, None, "박수혁", "강원도민일보", "42800"], [], [
 C("양구군이 출산장려금 지원조례를 제정하는 등", None, None, cb, "statement"),
 C("출산장려금 지원조례를 제정하기로 했다고 13일 밝혔다", None, None, cb, "plan"),
 C("지원조례안을 입법예고하고", None, None, cb, "plan"),
 C("부부암표지자검사 쿠폰을 지급하고", None, None, ["childcare-birth", "public-health"], "plan"),
 C("양육비 50만원(양구사랑상품권)을 지급하고", None, None, cb, "plan"),
 C("귀농자 지원, 다문화가정 농촌생활 적응지원 등을 병행하기로 했다", None, None, ["agriculture", "welfare"], "plan"),
], ["군, 출산장려금 지원조례 제정·귀농자 지원 병행", "꾸준한 인구늘리기 운동이 성과를 거두고", "찾아오는 인구증가 운동으로 발전시킬 계획"])
print("ok")
