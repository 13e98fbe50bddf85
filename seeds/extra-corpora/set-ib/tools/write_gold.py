"""Writes gold/*.json for set-ib (hand annotation; see GOLD_NOTES.md)."""
import json, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
os.makedirs(D, exist_ok=True)
def C(q, pol, kind, date, sp=None, name=None):
    c = {"quote": q, "speaker": sp, "date": date, "policies": pol, "kind": kind}
    if name: c["speaker_name"] = name
    return c
def W(art, md, off, claims, nc):
    keys = ["headline", "published", "reporter", "outlet", "jurisdiction"]
    g = {"article": art, "metadata": dict(zip(keys, md)), "officials": off, "claims": claims, "not_claims": nc}
    json.dump(g, open(os.path.join(D, art + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)

CT = ["culture-tourism"]
d = "2026-01-21"
W("ib-01-koreanvibe.txt", ["태백시, 탄광유산 활용 문화시설 3곳 조성…폐광지 관광지화", "2026-01-21T16:43:37+09:00", "이상학", "연합뉴스", "51190"], [], [
 C("자연자원을 활용한 문화·관광 기반 시설을 단계적으로 조성해 관광 활성화에 나선다", CT, "plan", d),
 C("이 사업은 문화체육관광부가 추진하는 '폐광지역 관광산업 3단계 활성화'의 일환이다", CT, "statement", d),
 C("옛 장성광업소에 폐광 전후 기록을 보존·전달하기 위한 '탄광유산 디지털 아카이빙 전시관'을 조성했다", CT, "achievement", d),
 C("이 전시관은 '탄광유산 디지털 아카이빙 구축사업'을 통해 수집된", CT, "statement", d),
 C("미디어 전시 형태로 상시 공개하며 지역의 기억을 공유하기 위해서다", CT, "statement", d),
 C("'석탄산업유산 기반 오픈에어 뮤지엄'을 만들었다", CT, "achievement", d),
 C("과거의 산업 현장을 살아 있는 문화 공간으로 재해석한 것이 특징이다", CT, "statement", d),
 C("'비와야폭포 등 주변 자연경관과 연계한 관광도로 조성 사업'을 추진 중이다", CT, "statement", d),
 C("해당 사업은 관광객 이동 편의성과 관광 동선 개선을 위한 기반 인프라 구축을 목표로 한다", CT, "statement", d),
 C("지난해까지 2개 구간 조성을 마친 데 이어 올해 3구간에 추진된다", CT, "plan", d),
 C("체류형 관광 기반을 강화해 지역경제 활성화를 꾀한다는 방침이다", CT, "plan", d),
 C("폐광지역 관광산업 활성화 사업은 단순한 시설 조성을", CT, "statement", d),
], ["태백시, 탄광유산 활용 문화시설 3곳 조성…폐광지 관광지화"])

CB = ["childcare-birth"]; d = "2013-09-02"
W("ib-02-kmib.txt", ["연천군 넷째 낳으면 1000만원 지원", "2013-09-02T14:27+09:00", "김도영", "국민일보", "41800"], [], [
 C("경기도 연천군은 넷째 아이를 낳은 가정에 축하금 1000만원을 지원한다고 2일 밝혔다", CB, "plan", d),
 C("군은 셋째 아이까지 축하금을 줬으나 출산을 장려하기 위해 지원을 확대했다", CB, "achievement", d),
 C("지원대상은 올해 7월 1일 이후 출생자다", CB, "statement", d),
 C("넷째 아이 축하금을 받으려면 부모 가운데 한 명 이상이 180일 이상 연천지역에 살고", CB, "statement", d),
 C("축하금은 매년 200만원씩 5년 간 나눠주며 다른 시·군으로 이사 가면 지원이 중단된다", CB, "statement", d),
 C("앞서 군은 둘째 아이 축하금 200만원, 셋째 아이 이상 500만원을 연 2∼5회 나눠줬다", CB, "statement", d),
], ["연천군 넷째 낳으면 1000만원 지원", "국민일보 쿠키뉴스 김도영 기자"])

d = "2025-08-18"
W("ib-03-seoul.txt", ["“체류형 관광콘텐츠 확대”", "2025-08-18", None, None, "51210"], ["lee-byeong-seon"], [
 C("속초시는 체류인구를 늘리는 데 초점을 맞춘 관광정책을 펴왔다", CT, "statement", d),
 C("‘글로벌 워케이션 수도’로 선포하며 발 빠르게 시장을 선점해 지난해 234개 기업의 2만254명을 불러 모았다", CT, "achievement", d),
 C("끊어졌던 크루즈(호화 유람선) 뱃길도 2023년 말 다시 열었다", CT, "achievement", d),
 C("관광객의 체류시간을 늘릴 수 있는 야간관광 콘텐츠도 확충했다", CT, "achievement", d),
 C("속초해수욕장에 백사장 미디어아트 ‘빛의 바다, Sokcho’을 조성했고", CT, "achievement", d),
 C("영랑호 관광단지 조성, 설악동 재건사업 등도 추진하고 있다", CT, "statement", d),
 C("정주 인구와 방문 인구가 균형을 이루는 도시 모델을 통해 지역소멸 위기를 선제적으로 대응하겠다", CT, "plan", d, "lee-byeong-seon"),
], ["“체류형 관광콘텐츠 확대”", "강원 속초에 머문 체류인구가 등록인구의 9배가 넘는 것으로 나타났다",
    "체류인구는 KT의 빅데이터 기반 분석 시스템으로 산정했다", "체류인구는 통근, 통학, 관광 등을 위해"])

H = "ham-myeong-jun"; d = "2026-02-25"
W("ib-04-seoul.txt", ["함명준 고성군수 인터뷰", "2026-02-26", None, "서울신문", "51820"], [H], [
 C("우리가 가진 관광 자원의 무한한 잠재력을 현실로 바꾸고 있습니다", CT, "statement", d, H),
 C("관광만큼 경제적 파급효과가 크고 넓은 산업은 없다", CT, "statement", d, H),
 C("관광산업을 통한 경제적 이익이 고성 전역에 골고루 퍼지게 하기 위해 권역별로 관광 개발을 하고 있다", CT, "statement", d, H),
 C("그러나 그동안 이를 제대로 활용하지 못했다", CT, "criticism", d, H),
 C("머릿속에 그려왔던 관광도시의 청사진을 구체화, 현실화하는 데 많은 시간과 에너지를 쏟고 있다", CT, "statement", d, H),
 C("관광이 어업과 함께 지역경제를 지탱하는 먹거리산업이 될 수 있도록 최선을 다하겠다", CT, "plan", d, H),
 C("체류형과 가족형 관광지를 만드는 것이다", CT, "plan", d, H),
 C("관광객이 머무는 시간을 늘려야 지역경제에 미치는 효과를 극대화할 수 있다", CT, "statement", d, H),
 C("최소 하루 이상 숙박을 해야 한다", CT, "plan", d, H),
 C("하지만 우리 지역에는 숙박시설이 부족하다", CT, "statement", d, H),
 C("민간 투자를 유치, 다수의 대규모 리조트 건", ["culture-tourism", "investment-attraction"], "statement", d, H),
], ["함명준 고성군수 인터뷰", "-관광에 공들이는 까닭은 무엇인지.", "-관광 개발을 하는 데 있어 초점은.",
    "고성이 가진 관광 자원은 독보적이다", "더 이상 어업에만 의존할 수 없게 된 것이다",
    "바다부터 산, 비무장지대(DMZ), 석호까지 갖춘 도시는 전국에서 고성이 유일합니다"])

d = "2017-01-11"
W("ib-05-ajunews.txt", ["부천시, 재정ㆍ공간 등 4대분야 혁신 추진", "2017-01-11T10:07+09:00", "이등원", "아주경제", "41190"], [], [
 C("부천기업혁신클러스터(B·BIC 1·2·3)를 단계적으로 조성해 나간다", ["investment-attraction"], "plan", d),
 C("강소기업 육성 등을 통해 2000여 개의 기업 유치를 목표로 한다", ["investment-attraction", "research-development", "culture-tourism"], "target", d),
 C("10만명의 고용창출과 120조원의 경제효과를 거둘 수 있을 것으로 전망한다", ["jobs", "investment-attraction"], "target", d),
 C("일자리 확충에도 총력을 기울인다", ["jobs"], "plan", d),
 C("정규일자리는 물론 여성·청년·어르신 등 계층별 일자리를 확대·지원한다", ["jobs"], "plan", d),
 C("부천 고용복지플러스센터 운영 등을 통해 고용률을 높여나갈 계획이다", ["jobs"], "plan", d),
 C("또 골목상권·전통시장 살리기를 통해 지역상권을 활성화한다", ["small-merchants"], "plan", d),
 C("전통시장 주변 공영주차장 조성 등을 추진한다", ["small-merchants"], "plan", d),
 C("시는 중소기업의 안정적 성장기반을 마련해 부천 전략사업도 육성한다", ["startup-support"], "plan", d),
 C("현장중심 기업SOS 시스템 운영 등을 추진한다", ["startup-support"], "plan", d),
 C("금형, 조명, 로봇, 패키징, 세라믹 관련 기업 1850개 업체에 237억원을 지원할 계획이다", ["startup-support", "robot-industry"], "plan", d),
], ["부천시, 재정ㆍ공간 등 4대분야 혁신 추진", "4대 혁신을 중점목표로 삼고 행정역량을 집중하겠다고 11일 밝혔다"])

L = "lee-gwon-jae"; d = "2023-07-19"
W("ib-06-fnnews.txt", ["오산시, 상반기 정부예산 117억 확보...교육환경 개선에 93억원 투입", "2023-07-19T13:00+09:00", None, None, "41370"], [L], [
 C("민선 8기 이권재 시장의 역점 사업인 교육환경 개선에 청신호가 켜졌다", ["education"], "achievement", d),
 C("해당 예산은 안전하고 쾌적한 교육환경을 조성하는데 활용된다", ["education"], "plan", d),
 C("노후화된 시설개선 비용으로 사용될 예정이다", ["education"], "plan", d),
 C("방과후 학교, 학대피해 아동지원, 장애인 평생학습 도시 운영 등에 사용될 계획이다", ["education", "welfare"], "plan", d),
 C("지능형 CCTV(폐쇄회로) 개선사업을 위한 예산도 확보했다", ["disaster-safety"], "achievement", d),
 C("노후화된 CCTV 카메라를 교체해 시민 안전을 강화해 나갈 예정이다", ["disaster-safety"], "plan", d),
 C("태양광과 지열의 신재생 에너지원 설비를 총 65개소 설치할 예정이다", ["energy-transition", "climate-carbon"], "target", d),
 C("M5532 광역급행버스가 준공영제 전환 대상에 선정됨에 따라", ["public-transit"], "achievement", d),
], ["오산시, 상반기 정부예산 117억 확보...교육환경 개선에 93억원 투입", "국도비 확보를 위해 최선을 다하니 이런 성과가 있었다",
    "이 정도로 만족할 수 없다"])

d = "2022-11-24"; CC = ["climate-carbon"]; K = "김규식"
W("ib-07-kmtimes.txt", ["광명시, 2050년까지 광명시 온실가스 순 배출량 ‘0’ 목표", "2022-11-24T11:08+09:00", None, "광명시민신문", "41210"], ["park-seung-won"], [
 C("탄소중립도시 실현을 위한 또 한 번의 도약을 준비 중이다", CC, "plan", d),
 C("총 67개의 광명형 그린뉴딜 추진과제를 지정하여 관리하고 있으며", CC, "target", d),
 C("탄소중립기본계획 연구용역을 실시하여 광명시 실정에 알맞은 맞춤형 탄소중립 정책의 기틀을 마련할 방침이다", CC, "plan", d),
 C("기후위기 및 탄소중립의 중요성에 대해 적극 공감하고 많은 관심을 가지고 있다", CC, "statement", d, None, K),
 C("탄소중립도시 실현을 위하여 명확한 비전과 목표, 구체적인 전략과 핵심과제를 가지고 더욱 박차를 가할 것이다", CC, "plan", d, None, K),
 C("광명시는 2018년 지방정부 최초로 기후에너지과를 신설하고", CC, "achievement", d),
 C("1.5℃ 기후의병을 조직하여 기후위기 대응 및 생활 속 탄소중립 실천에 앞장서고 있으며", ["climate-carbon", "energy-transition", "future-vehicles"], "achievement", d),
 C("정부포상 탄소중립생활실천 부", CC, "achievement", d),
], ["광명시, 2050년까지 광명시 온실가스 순 배출량 ‘0’ 목표", "광명시민신문"])

J = "lee-jae-jun"; d = "2024-11-21"; SM = ["small-merchants"]
W("ib-08-ndaily.txt", ["이재준 수원시장 \"지역화폐에 200억원 투자해 1천억원 효과\"", "2024-11-21T20:00:35+09:00", "최종호", "ndaily", "41110"], [J, "lee-jae-myung", "kim-dong-yeon"], [
 C("가장 성과가 좋고 파괴력 있는 정책이 지역화폐", SM, "statement", d, J),
 C("지난해 지역화폐 발행에 200억원을 투자해 1천억원의 효과를 봤다", SM, "achievement", d, J),
 C("수원시는 올해 초 '지역 상권 보호도시 종합 추진계획'을 수립, 시행하고 있다", SM, "statement", d),
 C("수원페이의 발행액을 2026년까지 3천억원 규모로 확대하고 25곳의 골목형 상점가를 지정해", SM, "target", d),
 C("맞춤형 특화사업을 발굴하는 상권 활성화 센터를 신설했다", SM, "achievement", d),
 C("정규 조직으로 개편돼 소상공인 지원과 지역 상권 육성에 관한 업무를 전담하고 있다", SM, "statement", d),
], ["이재준 수원시장 \"지역화폐에 200억원 투자해 1천억원 효과\"", "이재명 더불어민주당 대표(왼쪽)와 이재준 수원시장",
    "'지역사랑상품권 국고 지원을 위한 전통시장·소상공인 민생현장 간담회'에 참석해 이같이 밝혔다",
    "수원에는 22개 전통시장이 있고 전국에서 가장 많은 10만명의 소상공인이 있다"])

M = "choi-mun-sun"
W("ib-09-kwnews.txt", [None, None, None, None, "51790"], [M], [
 C("결코 혼자 한 일이 아니며 모두 힘을 모았기에 가능한 일", CT, "achievement", None, M),
 C("2026년 산천어축제는 누적 관광객 159만 명을 돌파하며 마무리됐다", CT, "achievement", None),
 C("지역 인구의 70배가 넘는 구름 인파가 화천을 찾는 진기록을 또 세웠다", CT, "achievement", None),
 C("일일히 안전을 점검하는 등 끝까지 긴장의 끝을 놓지 않았다", ["culture-tourism", "disaster-safety"], "statement", None),
 C("이날 회의의 화두는 마지막까지 ‘안전’이었다", ["disaster-safety"], "statement", None, M),
 C("얼음판 두께와 밀도, 기온과 기상특보 등을 확인하며", ["culture-tourism", "disaster-safety"], "statement", None, M),
 C("산천어축제를 글로벌 축제로 끌어 올릴 수 있었던 것은", CT, "achievement", None, M),
 C("이들 최고의 전문가들과 최고의 축제를 함께 만든 게 자랑스럽다", CT, "achievement", None, M),
], ["■3선 군수로 올해 축제가 임기 중 마지막이다", "■화천군의 실·과·소장들은 모두 축제 전문가 같다",
    "군수로서 올해 마지막 축제를 치렀다", "코로나19, 이상기후 등 많이 힘들었던 시기가 있었다",
    "다같이 고생했다는 의미로 얼음판 위에서 단체사진 한 장 남겼다"])
print("ok")
