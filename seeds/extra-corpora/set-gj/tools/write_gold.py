"""Write set-gj gold files (hand annotation)."""
import json, pathlib
G = pathlib.Path(__file__).resolve().parent.parent / "gold"
def C(q, sp, d, pol, k, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: c["speaker_name"] = name
    return c
def M(h, p, r, o, j): return {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j}
F = {}
d = "2025-01-08"
F["gj-01-mbceg.txt"] = (M("동해시 '환동해 물류 중심지 도약' 기반 마련", "2025-01-08T20:30+09:00", "이준호", None, "51170"), ["sim-gyu-eon"], [
 C("묵호항은 해양관광 항만으로 육성합니다", None, d, ["culture-tourism"], "plan"),
 C("묵호항에는 2028년까지 국제여객터미널을 새로 조성할 계획입니다", None, d, ["culture-tourism"], "plan"),
 C("묵호항으로 모항을 옮기면서, 글로벌 해양관광 거점", None, d, ["culture-tourism"], "statement", "문영준"),
], ["동해시는 지난해 말 심규언 시장이 뇌물 사건에 연루돼 구속됐습니다", "2030년대에 최소 3개 이상 부두를 건설하는 것을 목표로", "동해시 '환동해 물류 중심지 도약' 기반 마련"])
F["gj-02-kns.txt"] = (M("정선군, 폐광지역개발기금 중장기계획 수립 용역 보고회 개최", "2019-04-09T09:52+09:00", "이정희", "KNS뉴스통신", "42770"), ["choi-seung-jun"], [
 C("관광진흥(66건), 대체산업(13건), 교육·문화·예술(6건), 환경·보건·복지(12건)", None, "2019-04-08", ["culture-tourism", "education", "welfare"], "statement"),
], ["최종보고회를 개최했다.<사진=정선군>", "지금까지 폐광기금을 활용하여 도로 등 기반시설에 투자하였다면", "강원대학교 산학 협력단에 중장기 개발계획 용역을 발주"])
d = "2026-03-13"; HY = ["housing", "youth-policy"]
F["gj-03-kmib.txt"] = (M("부천시, 월 1만원으로 거주하는 ‘청년드림주택’ 추진", "2026-03-13", None, None, "41190"), [], [
 C("‘부천 청년드림주택’ 사업을 추진 중이라고 13일 밝혔다", None, d, HY, "plan"),
 C("시가 월 최대 25만원까지 임대료 차액 전액을 보전 지원하는 사업이다", None, d, HY, "statement"),
 C("내년부터 사업을 단계적으로 시행하는 방안을 검토하고 있다", None, d, HY, "plan"),
 C("시는 높은 주거비 부담이 청년층 이탈의 중요한 원인이라고 보고 있다", None, d, HY, "statement"),
 C("기존 주거비지원사업 대상에서 제외돼 ‘복지 사각지대’에 놓여 있는 것으로 조사됐다", None, d, HY + ["welfare"], "criticism"),
 C("지원 자격이 중단되는 현상도 청년 주거 안정의 걸림돌로 지적된다", None, d, HY, "criticism"),
 C("이에 시는 LH와 협력해 청년드림주택 모델을 구상 중이다", None, d, HY, "plan"),
 C("지원 기간은 최대 2년이다", None, d, HY, "statement"),
 C("청년이 절감한 주거비를 저축이나 자립 기반으로 활용하도록 돕는 것이 핵심 취지다", None, d, HY, "statement"),
 C("대상은 부천 내 LH 청년매입임대주택에 거주하는 19∼39세 무주택 미혼 청년이다", None, d, HY, "statement"),
 C("지역 내 근무 여부 등을 종합 평가해 선정할 예정이다", None, d, HY, "plan"),
 C("주거급여 수급 탈락자 등 지원", None, d, ["housing"], "statement"),
], ["부천의 청년 인구는 2021년 23만2075명에서 2025년 19만6098명으로", "청년 가구의 80% 이상이 전월세 형태로 거주하며"])
d = "2026-02-26"; d25 = "2026-02-25"; JU = "ju-gwang-deok"
F["gj-04-asiatoday.txt"] = (M("경기도에 지하철 9호선 등 핵심 교통대책 조속 추진 건의", "2026-02-26T14:12+09:00", "구성서", None, "41360"), [JU, "kim-dong-yeon"], [
 C("민선 8기 핵심 사업 중 하나인 광역교통 인프라 구축을 향한 의지를 거듭 내비치고 있다", JU, d, ["public-transit"], "plan"),
 C("'인구 100만 시대를 향한 미래형 자족도시 완성'의 핵심 과제는 교통 인프라 강화다", None, d, ["public-transit"], "statement"),
 C("총 5개 전철과 GTX 노선이 연결되는 전국 유일의 도시로 도약할 수 있게 된다", None, d, ["public-transit"], "statement"),
 C("3기 신도시 입주에 대비한 핵심 교통대책의 조속한 추진을 건의했다", JU, d25, ["public-transit"], "statement"),
 C("교통 인프라가 제때 구축되지 않으면 시민 불편이 커질 수밖에 없다", JU, d25, ["public-transit"], "statement"),
 C("지하철 9호선 연장 등 핵심 교통대책이 입주 시기와 맞물려 적기에 공급될 수 있도록 경기도 차원의 적극적인 지원을 바란다", JU, d25, ["public-transit"], "statement"),
 C("광역 교통 인프라 의지를 내비친 것은 이번이 처음이 아니다", None, d, ["public-transit"], "statement"),
], ["교통 인프라 공급대책의 조속한 추진을 건의하고 있다. /남양주시", "경기도에 지하철 9호선 등 핵심 교통대책 조속 추진 건의"])
d = "2025-11-27"; KD = "kim-dong-yeon"
F["gj-05-kpinews.txt"] = (M("김동연 \"'경기도 기후도민총회'로부터 20개 정책권고문 받아\"", "2025-11-27T15:09:57+09:00", "진현권", "KPI뉴스", "41"), [KD], [
 C("대한민국 첫 기후정책회의, '경기도 기후도민총회'로부터 20개의 정책권고문을 받았다", KD, d, ["climate-carbon", "citizen-participation"], "achievement"),
 C("'시민의회'는 제 오랜 꿈 중 하나였다", KD, d, ["citizen-participation"], "statement"),
 C("5개월간의 숙의와 공론을 거친 기후도민총회의 정책권고문을 받으니", KD, d, ["citizen-participation", "climate-carbon"], "statement"),
 C("경기도형 탄소 포인트 기부 나눔, 재활용 분리배출 기준 표준화", KD, d, ["climate-carbon"], "statement"),
 C("하나하나 소중하게 검토하고 도정에 적극 반영하겠다", KD, d, ["climate-carbon", "citizen-participation"], "plan"),
], ["평범한 시민들이 집단지성을 발휘해 풀 수 있는 문제들이 있다고 믿어왔기 때문", "참여해주신 120명의 회원 여러분, 감사하다", "여러분은 영원한 경기도의 '기후도민대사'", "재활용 분리배출 기준 표준화 등 생활 밀착형 제안…도정 적극 반영", "26일 열린 경기도 기후도민총회 성과공유회 뒤"])
E = ["energy-transition"]
F["gj-06-hankookilbo.txt"] = (M("강원도, 삼척에 수소 시범도시 조성", None, None, None, "42"), [], [
 C("2023년까지 강원도내에 액화수소 규제자유특구가 들어서고 삼척에 수소 시범도시가 조성된다", None, None, E, "plan"),
 C("'2030 강원형 액화수소산업' 육성 로드맵을 발표했다", None, None, E, "plan"),
 C("동북아 수소에너지의 허브로 성장할 수 있도록 지원하는 게 핵심이다", None, None, E, "plan"),
 C("우선 2023년까지 1단계로 액화수소 규제자유특구에 이어 삼척 수소시범도시를 조성한다", None, None, E, "plan"),
 C("2,874억원을 투입, 수소 융복합 클러스터로 만들 방침이다", None, None, E, "plan"),
 C("그린수소 생산 실증단지도 10년 내 상용화한다", None, None, E, "plan"),
 C("3조9,000억원의 연 매출과 3,200명의 고용 창출, 100여개의 수소 전문기업 육성을 기대하고 있다", None, None, E + ["jobs"], "target"),
 C("생활 측면에서도 10년 안에 수소에너지를 일상화한다", None, None, E, "plan"),
 C("수소 관광 인프라와 랜드마크로 조성해 새로운 관광 수요를 창출할 방침이다", None, None, E + ["culture-tourism"], "plan"),
 C("로드맵을 차질 없이 이행해 액화수소 에너지 대전환을 이끌고 미래 수소경제 에너지 공급망을 완성하겠다", None, None, E, "plan", "최종훈"),
], ["\"태백엔 플라즈마 클러스터 만들 것\""])
d = "2016-12-25"; CS = "choi-seong"
F["gj-07-kmib.txt"] = (M("[공공정책대상-지방자치단체] 최성 경기 고양시장, 따뜻한 복지교육도시 만들기 매진", "2016-12-25T19:52+09:00", None, None, "41280"), [CS], [
 C("IoT융복합실증단지 등을 통일 한국의 실리콘밸리로 육성한다는 계획아래 신규 일자리창출과 지역경제 활성화에 총력을 기울이고 있다", None, d, ["jobs", "fourth-industrial-revolution"], "statement"),
 C("신한류 문화관광 인프라를 확대했다는 평가를 받고 있다", None, d, ["culture-tourism"], "achievement"),
 C("따뜻한 복지교육도시를 만드는 데도 앞장서고 있다", None, d, ["welfare", "education"], "statement"),
 C("고양형 시민참여자치와 실시간 재난대응 체계를 갖춤으로써", CS, d, ["citizen-participation", "disaster-safety"], "plan"),
], ["국비 3억원을 제외하고 ‘부채 제로(zero)’를 실현했다", "불공정한 서울외곽순환도로 통행료 개선을 위해 발 벗고 뛰고 있다", "[공공정책대상-지방자치단체] 최성 경기 고양시장, 따뜻한 복지교육도시 만들기 매진", "전국에서 가장 살기 좋은 도시로 꼽힌 곳이기도 하다"])
d = "2018-01-21"; d20 = "2018-01-20"; CM = "choi-mun-sun"
F["gj-08-reporternside.txt"] = (M("화천군 지역경제 큰 역활 기여한 산천어 축제", "2018-01-21", "김승회", None, "42790"), [CM], [
 C("2018 화천산천어축제가 연일 흥행에 성공하면서 화천 지역경제도 신바람을 내고 있다", None, d, ["culture-tourism"], "achievement"),
 C("무려 20만116명의 관광객이 운집했다", None, d20, ["culture-tourism"], "achievement"),
 C("실내얼음조각광장과 커피박물퐌 등을 방문해 화천읍내는 온종일 북새통을 이뤘다", None, d20, ["culture-tourism"], "achievement"),
 C("특히 농가들의 얼굴에 웃음꽃이 피었다", None, d, ["agriculture"], "achievement"),
 C("축제장 농특산물 판매장에서는 개막 이후 모두 3만8,067명이 방문해 6억958만 원 상당을 구매했다", None, d20, ["agriculture", "culture-tourism"], "achievement"),
 C("이는 전년 동기대비 약 47%, 1억9,470만 원 급증한 수준이다", None, d20, ["agriculture"], "achievement"),
 C("청정 화천산 농산물을 구입해 돌아갔다", None, d, ["agriculture", "culture-tourism"], "statement"),
 C("화천사랑상품권도 20일 기준, 17만7,759장이 축제장 안팎에서 유통됐다", None, d20, ["small-merchants"], "achievement"),
 C("현금과 다름없는 화천사랑상품권은 전량 화천 시내 음식점과 카페", None, d, ["small-merchants"], "statement"),
 C("화천산천어축제의 지역경제 기여도는 가파른 상승곡선을 그리고 있다", None, d, ["culture-tourism"], "achievement"),
 C("화천읍 시내 숙박업소 곳곳이 만원을 이뤘고", None, d20, ["culture-tourism"], "achievement"),
 C("축제 시작 전부터 지역 업소 관계자들과 바가지 요금", CM, d, ["culture-tourism"], "statement"),
], ["연일 흥행 행진에 농특산물 판매액 전년 대비 47% 급증-", "주말 시내 모텔 만원, 화천사랑상품꿘 17만7,000매 유통-"])
F["gj-09-cnbnews.txt"] = (M(None, None, "최성락", "CNB", "42130"), [], [
 C("8개 기업(총 투자 규모 2,303억 원)을 유치하는 성과를 보였으며", None, None, ["investment-attraction"], "achievement"),
 C("구인·구직 해피데이를 통해 직원 420여 명을 신규 채용했으며", None, None, ["jobs", "investment-attraction"], "achievement"),
 C("올 상반기 준공을 앞두고 있어 인구 유입 효과와 고용 창출에 크게 기여하고 있다고 설명했다", None, None, ["jobs", "investment-attraction"], "statement"),
 C("교통망 확충에 따른 기업유치 전망이 밝아진 것이 이유라고 분석했다", None, None, ["investment-attraction"], "statement"),
 C("수도권 중·대규모 우량 기업 10개를 유치 목표로", None, None, ["investment-attraction", "jobs", "medical-industry"], "target"),
], [])
for name, (meta, offs, claims, nots) in F.items():
    g = {"article": name, "metadata": meta, "officials": offs, "claims": claims, "not_claims": nots}
    (G / (name + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1), encoding="utf-8")
print(sum(len(v[2]) for v in F.values()), "claims")
