"""Write set-h/gold/*.json (hand annotation, kept as data). Run from set-h/."""
import json
def C(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
G = {}
# h-01 관악구 2020-06-08
d = "2020-06-08"; pj = "park-jun-hui"
G["h-01-wooritvnews.txt"] = dict(
  metadata={"headline": "관악구, 일자리‧설자리‧놀자리 지원", "published": "2020-06-08", "reporter": "류효나", "outlet": None, "jurisdiction": "11620"},
  officials=[pj],
  claims=[
    C("구는 이러한 청년들의 꿈을 뒷받침하고", None, d, ["youth-policy", "jobs", "startup-support", "culture-tourism"], "statement"),
    C("2030 청년층을 대상으로 전문 심리 상담을 제공하는", None, d, ["youth-policy", "housing"], "statement"),
    C("일자리, 주거, 문화 등 다방면의 지원을 아끼지 않겠다", pj, d, ["jobs", "housing", "culture-tourism"], "plan"),
  ],
  not_claims=["청년들의 꿈 뒷받침", "청년 인구 비율이 40.5%로 가장 높으며"])
# h-02 해운대구 2020-02-13
d = "2020-02-13"; hs = "hong-sun-heon"
G["h-02-maeil.txt"] = dict(
  metadata={"headline": "부산 해운대구, 반송동 ‘도시재생 지원센터’ 개소", "published": "2020-02-13", "reporter": "강세민", "outlet": "매일일보", "jurisdiction": "26350"},
  officials=[hs],
  claims=[
    C("‘도시재생 지원센터’를 개소했다고 13일 밝혔다", None, "2020-02-12", ["urban-regeneration"], "achievement"),
    C("구는 지난해 8월 국토부의 도시재생뉴딜 공모사업에", None, d, ["urban-regeneration"], "achievement"),
    C("국비 90억 원, 시비 45억 원에 구비 45억 원을 더해", None, d, ["urban-regeneration"], "plan"),
    C("함께 머물 수 있는 공유공간을 조성하고", None, d, ["urban-regeneration"], "plan"),
    C("일자리 창출을 통한 자립하고 자족하는 도시재생사업을 추진한다", None, d, ["urban-regeneration", "jobs"], "plan"),
    C("이번에 개소한 ‘도시재생지원센터’는 반송2동", None, d, ["urban-regeneration"], "statement"),
    C("주민 의견 수렴, 행정과 주민 협력 네트워크 구축, 주민참여 사업 발굴", None, d, ["urban-regeneration", "citizen-participation"], "statement"),
    C("센터 개소로 도시재생사업이 더욱 체계적으로 추진될 것", hs, d, ["urban-regeneration"], "statement"),
    C("반송1동과 반여2·3동의 도시재생사업도 지속적으로 추진해", hs, d, ["urban-regeneration"], "plan"),
  ],
  not_claims=[])
# h-03 동대문구, undated
yd = "yu-deok-yeol"
G["h-03-seouland.txt"] = dict(
  metadata={"headline": None, "published": None, "reporter": None, "outlet": "서울&", "jurisdiction": "11230"},
  officials=[yd],
  claims=[
    C("발대식(사진)을 열고 본격적인 활동을 시작했다", None, None, ["jobs", "youth-policy"], "achievement"),
    C("동대문구는 지난 7월 행정안전부의 공모사업에 선정돼", None, None, ["jobs", "youth-policy"], "achievement"),
    C("본 사업이 단기적인 직무 경험에 끝나지 않고", yd, None, ["jobs"], "statement"),
    C("지역 청년들을 위한 다양한 일자리 발굴에 앞서 나가겠다", yd, None, ["jobs", "youth-policy"], "plan"),
  ],
  not_claims=["지역 실정을 잘 아는 지방자치단체가 청년일자리를 직접 설계하고", "본 콘텐츠는 <서울&>의 의견과 다를 수 있으며"])
# h-04 양천구, undated
ks = "kim-su-yeong"
G["h-04-sisanews.txt"] = dict(
  metadata={"headline": None, "published": None, "reporter": "이다인", "outlet": "시사경제신문", "jurisdiction": "11470"},
  officials=[ks],
  claims=[
    C("주민에게 IoT 미세먼지알리미 사업을 설명했다", ks, None, ["fine-dust"], "statement"),
    C("스마트시티 관련 사업을 시찰하고 주민 의견을 수렴했다", None, None, ["smart-city"], "statement"),
    C("삶의 질을 높이기 위한 스마트시티 구축사업을 복지, 환경, 안전 분야에서 시행하고 있다", ks, None, ["smart-city"], "statement"),
    C("생활밀착형 스마트시티 서비스를 지속적으로 추진해 나가겠다", ks, None, ["smart-city"], "plan"),
  ],
  not_claims=["IoT 미세먼지알리미 사업을 설명하고 있다. 사진=양천구 제공."])
# h-05 보은군, undated
js = "jeong-sang-hyeok"
G["h-05-cctoday.txt"] = dict(
  metadata={"headline": None, "published": None, "reporter": "박병훈", "outlet": "충청투데이", "jurisdiction": "43720"},
  officials=[js],
  claims=[
    C("보은군 보건소는 24일 치매안심센터 개소식을 갖고 본격적인 운영에 들어간다", None, None, ["dementia-care"], "achievement"),
    C("치매안심센터는 치매국가책임제 시행에 따라 보은군이", None, None, ["dementia-care"], "statement"),
    C("군은 치매안심센터 운영을 위해 지난 5월", None, None, ["dementia-care"], "plan"),
    C("치매 예방과 치매 진행을 감속시키기 위한 최첨단 시설을 갖추고 있다", js, None, ["dementia-care"], "statement"),
    C("치매예방을 위한 사업도 확대해 치매 걱정 없는 보은군을 만들어 나가겠다", js, None, ["dementia-care"], "plan"),
  ],
  not_claims=["경과보고와 테이프커팅 등의 순으로 진행됐다", "보은군 치매안심센터로 문의하면 된다"])
# h-06 원주 2017-08-18
d = "2017-08-18"; wc = "won-chang-muk"
G["h-06-theleader.txt"] = dict(
  metadata={"headline": "광역교통망으로 ‘通’합니다.. 원주시장 “투자 열기 가속”", "published": "2017-08-18T16:04+09:00", "reporter": "이형진", "outlet": "더리더", "jurisdiction": "42130"},
  officials=[wc, "choi-moon-soon"],
  claims=[
    C("원주시 내 신규 투자와 관련한 상호 협력을 위한 투자협약을 체결한다고 밝혔다", None, d, ["investment-attraction"], "plan"),
    C("3개 기업은 총 388억원을 투자해", None, d, ["investment-attraction", "jobs"], "plan"),
    C("시는 잇따른 기업유치에 수도권과 원주를 최단거리로 잇는", None, d, ["investment-attraction"], "statement"),
    C("15개 기업을 유치하며 도내 시.군 중 가장 높은 성과를 올렸다", None, d, ["investment-attraction"], "achievement"),
    C("이와 같은 결과는 앞으로도 계속 이어질 것으로 전망하고 있다", None, d, ["investment-attraction"], "statement"),
  ],
  not_claims=["“광역교통망 구축, 기업들 투자 열기 가속”", "중부권 중심도시로 급부상하고 있다고 18일 밝혔다", "기업들의 투자 열기가 더욱 가속화"])
# h-07 원주 2025-10-24
d = "2025-10-24"; wg = "won-gang-su"
G["h-07-kukinews.txt"] = dict(
  metadata={"headline": "민선 8기 원주시, “근로자가 머물고 싶은 도시”", "published": "2025-10-24T15:24:16+09:00", "reporter": "윤수용", "outlet": "쿠키뉴스", "jurisdiction": "51130"},
  officials=[wg],
  claims=[
    C("기업 하기 좋은 도시를 조성하기 위한 ‘투자유치 기업 간담회’를 개최했다", None, d, ["investment-attraction"], "achievement"),
    C("△전문 인력 양성 및 채용 지원 △투자 보조금 확대", None, d, ["investment-attraction", "jobs"], "statement"),
    C("다양한 맞춤형 지원 정책을 추진 중이다", None, d, ["investment-attraction"], "statement"),
    C("기업유치 전담 조직을 구성했다", None, d, ["investment-attraction"], "achievement"),
    C("총 36개 기업과 8600억원 규모의 투자 협약을 체결했다", None, d, ["investment-attraction"], "achievement"),
    C("일자리 창출은 1800여개로 전망된다", None, d, ["jobs", "investment-attraction"], "statement"),
    C("원주시를 기업이 투자하고 싶고, 근로자가 머물고 싶은 도시로 만들기 위해 역량을 집중하겠다", wg, d, ["investment-attraction"], "plan"),
  ],
  not_claims=["원주시, 민선8기 투자유치 기업 간담회", "투자기업 12개사 참석, 지원 방안 모색", "24일 원주시청에서 열린 민선 8기 투자유치 기업 간담회. 원주시", "정책 방향을 점검하기 위한 뜻깊은 자리", "다양한 분야의 투자기업 대표와 관계자 등이 참석했다"])
# h-08 천안, undated (2017-04-10 by URL)
gb = "gu-bon-yeong"
G["h-08-newdaily.txt"] = dict(
  metadata={"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "44130"},
  officials=[gb],
  claims=[
    C("시내버스노선 개편용역 최종보고회를 개최하고 노선 개편을 확정해", None, None, ["public-transit"], "achievement"),
    C("시의 이번 시내버스 개편은 시민 요구를 반영한", None, None, ["public-transit"], "plan"),
    C("학부모의 고민을 해결했다", None, None, ["public-transit"], "achievement"),
    C("당초 152개 버스노선에서 161개로 확대해 개편된다", None, None, ["public-transit"], "statement"),
    C("최단거리 급행노선을 신설했다", None, None, ["public-transit"], "achievement"),
    C("65세이상 1일 무료환승 제도를 전국에서 최초로 도입하고", None, None, ["public-transit"], "achievement"),
    C("업체와 충분히 협의해 노선개편을 확정했다", gb, None, ["public-transit"], "achievement"),
    C("단계적으로 공영버스를 확대 도입하는 등", gb, None, ["public-transit"], "plan"),
  ],
  not_claims=[])
# h-09 인제군, undated interview
cs = "choi-sang-gi"
G["h-09-kado.txt"] = dict(
  metadata={"headline": "인터뷰┃최상기 군수", "published": None, "reporter": None, "outlet": "강원도민일보", "jurisdiction": "42810"},
  officials=[cs],
  claims=[
    C("최상기 군수는 평화시대 농업의 역할을 강조하고 있다", cs, None, ["agriculture"], "statement"),
    C("농업의 부흥을 이끌어 지역발전을 견인하겠다는 계획이다", cs, None, ["agriculture"], "plan"),
    C("농업은 전통적으로 우리 지역의 가장 기초적이고 보편적인 기간산업", cs, None, ["agriculture"], "statement"),
    C("지원 효과 역시 일부에 편중된 불합리함이 존재하고 있어 이를 타파해야 한다", cs, None, ["agriculture"], "criticism"),
    C("농정시책의 혜택이 모든 농가에 고루 돌아가야 한다", cs, None, ["agriculture"], "plan"),
    C("평화지역과 평화산업을 농정과의 결합을 통해", cs, None, ["agriculture"], "plan"),
  ],
  not_claims=["농업경영체에 등록된 농가는 3814개 가구다", "건강한 산업구조를 확보하지 못하면 지역경제 회생은 공허할 뿐"])
# h-10 광명시, undated summary (2026-02-19 by URL)
ps = "park-seung-won"
G["h-10-newspic.txt"] = dict(
  metadata={"headline": None, "published": None, "reporter": None, "outlet": "경기일보", "jurisdiction": "41210"},
  officials=[ps],
  claims=[
    C("초미세먼지 저감을 위한 전방위적인 대응에 나선다", None, None, ["fine-dust"], "plan"),
    C("224억원을 투입하는 ‘2026년 미세먼지 저감 종합대책’을 수립하고", None, None, ["fine-dust"], "plan"),
    C("배출원 관리와 녹지 확충, 취약계층 보호를 유기적으로 추진해", ps, None, ["fine-dust"], "plan"),
  ],
  not_claims=["뉴스픽의 주요 문장 추출 기술을 사용하여"])
for f, g in G.items():
    out = {"article": f, **g}
    json.dump(out, open("gold/" + f + ".json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    open("gold/" + f + ".json", "a").write("\n")
print(sum(len(g["claims"]) for g in G.values()), "claims in", len(G), "files")
