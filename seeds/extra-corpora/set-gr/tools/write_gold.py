"""Writes gold/*.json for set-gr (hand annotation). C(quote, speaker, date, policies, kind[, speaker_name])."""
import json, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
def M(h, pub, rep, out, j): return {"headline": h, "published": pub, "reporter": rep, "outlet": out, "jurisdiction": j}
G = {}

D = "2022-02-17"
G["gr-01-breaknews.txt"] = (M(None, "2022-02-17T17:50+09:00", "김현우", None, "42110"), [], [
  C("춘천시정부가 올해 청년이 삶과 가치를 공유하는 도시에 다가선다고 밝혔다", None, D, ["youth-policy"], "plan"),
  C("사업비 102억원을 투입해 청년정책 4개 분야 39개 사업을 추진한며", None, D, ["youth-policy", "jobs"], "plan"),
  C("39개 사업은 부업 대학생 운영·관리, 청년 지원 사업, 춘천시 지역특화 청년일자리", None, D, ["youth-policy", "jobs", "education", "agriculture", "culture-tourism"], "statement"),
  C("청년의 사회 참여 확대를 통한 청년의 수요와 필요에 기반한 청년주도 정책을 찾고", None, D, ["youth-policy"], "plan"),
], ["춘천 청년 인구는 전체 인구의 26.4%인 7만4,757명이라고 전했다",
    "Chuncheon City Promotes 39 Projects in 4 Areas of Youth Policy this year",
    "it will invest 10.2 billion won in project expenses",
    "The Chuncheon city government announced that this year"])

D = "2022-11-22"
G["gr-02-tvseoul.txt"] = (M("강릉시, 국제관광 도시 도약 첫걸음…추진위 발족", "2022-11-22T10:13:10+09:00", "변윤수", "TV서울", "42150"), [], [
  C("강원 강릉시가 세계 100대 관광도시로의 도약을 위한 첫걸음을 내디뎠다", None, D, ["culture-tourism"], "achievement"),
  C("국제관광도시 조성 추진위원회를 발족하고 위원 위촉식을 했다", None, D, ["culture-tourism"], "achievement"),
  C("강릉시 국제관광도시 조성은 민선 8기 핵심 공약 사업 중 하나다", None, D, ["culture-tourism"], "statement"),
  C("2030년 세계 100대 관광명소 선정 및 2040년 세계 100대 관광도시 진입을 목표로 하고 있다", None, D, ["culture-tourism"], "target"),
  C("이날 발족한 위원회는 관광 분야 전문가 및 학계, 언론 등 26명으로 구성했다", None, D, ["culture-tourism"], "statement"),
  C("국내외 관광 환경변화에 발맞춘 관광전략 수립", None, D, ["culture-tourism"], "plan"),
  C("매년 굵직한 국제대회 개최를 확정한 상황이다", None, D, ["culture-tourism"], "achievement"),
  C("세계의 관심을 관광 활성화로 이어나갈 수 있는 혁신 방안을 기대한다", None, D, ["culture-tourism"], "statement"),
], ["강릉시, 국제관광 도시 도약 첫걸음…추진위 발족", "2026.01.16 (금)"])

G["gr-03-asiae.txt"] = (M(None, "2025-08-26", None, None, "41830"), ["jeon-jin-seon"], [
  C("다섯째 아이(2025년 출산)와 아홉째 아이(2022년 출산)를 둔 두 가정을 직접 방문해 출산을 축하하고 격려하는 자리를 가졌다", None, "2025-08-25", ["childcare-birth"], "statement"),
  C("관계자들도 동행해 출산 축하 물품을 전달하며", None, "2025-08-25", ["childcare-birth"], "statement"),
  C("2020년부터 다자녀가정 지원 업무 협약(MOU)을 체결해 셋째 아이 이상 출산 가정에 축하 물품 지원을 매년 추진하고 있다", None, "2025-08-26", ["childcare-birth"], "statement"),
  C("다자녀 가정이 행복하고 안정적으로 생활할 수 있도록 세심하게 지원해 나가겠다", "jeon-jin-seon", "2025-08-25", ["childcare-birth"], "plan"),
  C("올해는 더욱 확대된 규모로 셋째 아이 이상 출산 가정을 지원하게 됐다", None, "2025-08-25", ["childcare-birth"], "achievement", "김광일"),
], ["전진선 양평군수가 지난 25일 다자녀 가정을 방문해 아이를 안아 주고 있다",
    "아이들은 양평의 미래이자 우리 모두의 희망",
    "건강한 가정을 꾸려가고 있어 군과 지역사회의 큰 관심과 응원이 이어지고 있다",
    "AI 요약 기술은 핵심만 전달합니다"])

J = "jeon-jin-seon"
G["gr-04-ajunews.txt"] = (M(None, None, None, "아주경제", "41830"), [J], [
  C("청소과 신설, 사회적·자연적 재난 대응, 군민안전보험 가입, 문화·예술·체육 지원 등을 제시했다", J, None, ["disaster-safety", "culture-tourism"], "plan"),
  C("군민 삶의 질과 밀접한 보건복지에도 힘쓰겠다", J, None, ["welfare", "public-health"], "plan"),
  C("첫째 자녀 출산장려금을 500만원으로 확대하겠다", J, None, ["childcare-birth"], "plan"),
  C("국·공립 어린이집 3곳을 확대해 보육환경을 개선하겠다", J, None, ["childcare-birth"], "target"),
  C("양평을 대한민국 최고의 여행도시로 만들어 일자리를 창출하겠다", J, None, ["culture-tourism", "jobs"], "plan"),
  C("문화·관광벨트 조성, 관광상품 개발, 문화관광형 시장 조성, 소상공인·중소기업 지원, 청년농업인을 육성·지원 체계 마련, 친환경 축산 육성 등 주요 사업도 내놓았다", J, None, ["culture-tourism", "small-merchants", "agriculture", "youth-policy"], "plan"),
  C("용문~홍천 광역철도 중간역 신설, 지평~양동 전철 연장, 신원정수장 신설로 급수구역 확대", J, None, ["public-transit", "water-supply"], "plan"),
], ["내년에 생활행정을 실천해 군민 모두가 행복한 양평을 만들겠다",
    "구석구석 군민이 만족하는 생활행정에 역점을 두겠다",
    "그는 이외에도 지역균형 발전 청사진도 제시했다",
    "군은 8823억원 규모의 내년도 예산안을 편성해 이날 군의회에 제출했다",
    "잘 보전된 양평의 자연환경을 기회로 만들고자 원칙과 균형을 지키겠다"])

K, D = "choi-mun-sun", "2020-01-27"
G["gr-05-yna.txt"] = (M("[인터뷰] 화천산천어축제 수문장 최문순 화천군수", "2020-01-27T10:44+09:00", "이상학", "연합뉴스", "42790"), [K], [
  C("관광객이 당일 여행보다 1박 2일 체류하며 즐기는 축제가 되도록 해 실질적인 지역 경기를 끌어올리도록 하겠다", K, D, ["culture-tourism"], "plan"),
  C("산천어축제의 가장 큰 경쟁력이자 보물은 청정자연이 빚어낸 추위와 얼음", K, D, ["culture-tourism"], "statement"),
  C("기다려준 관광객에게 감사드리며 안전한 축제에 중점을 두겠다", K, D, ["culture-tourism", "disaster-safety"], "plan"),
  C("한층 업그레이드된 프로그램이 다채롭다", None, D, ["culture-tourism"], "statement"),
  C("'대한민국 대표축제'로 5년 연속 선정된 데 이어 지난해부터 글로벌 육성 축제로 체급을 한 단계 올렸다", None, D, ["culture-tourism"], "achievement"),
  C("2020 화천산천어축제는 이날부터 2월 16일까지 21일간 화천읍 화천천 일대에서 펼쳐진다", None, D, ["culture-tourism"], "statement"),
  C("세계 4대 겨울축제로 성장한 산천어축제는", K, D, ["culture-tourism"], "statement"),
  C("2만5천여개 산천어 모양의 등(燈)에 불이 켜", K, D, ["culture-tourism"], "statement"),
], ["[인터뷰] 화천산천어축제 수문장 최문순 화천군수", "체류 관광객 유치 중요…안전한 축제에 중점",
    "[화천군 제공.재판매 및 DB 금지]", "다음은 최 군수와 일문일답."])

K, D = "kim-dong-yeon", "2022-11-25"
G["gr-06-consumernews.txt"] = (M("김동연 경기도지사, \"청년들에게 '자유의 기회' 제공할 것\"", "2022-11-25", "최형주", "소비자가만드는신문", "41"), [K], [
  C("청년들에게 자유의 ‘기회’를 제공할 수 있는 도정을 펼치겠다고 강조했다", K, D, ["youth-policy"], "plan"),
  C("▲배달특급 활성화 ▲청년 취미공간 조성 ▲온라인 소통창구 활성화 등의 의견을 전달했다", None, D, ["small-merchants", "youth-policy", "citizen-participation"], "statement"),
  C("경기도는 내년에 ‘청년 사다리(저소득학생 해외연수 프로그램)’ 등 ‘청년 기회 시리즈’를 운영하려고 한다", K, D, ["youth-policy", "education"], "plan"),
  C("경기도는 반도체·수소경제 투자를 유치하는 등", K, D, ["investment-attraction", "energy-transition"], "plan"),
], ["우리 청년들도 복잡하고 구조적인 환경 속에서 자유를 제약받고 있다",
    "각각의 양태에 맞는 자유를 허용하는 것이 기회라고 생각한다",
    "경기도정의 큰 방향은 더 많은 기회와 더 고른 기회를 주려 하는 것",
    "우리 사회의 무한경쟁에서 비롯된 승자 독식구조에 대한 얘기라고 생각하고 이는 바뀌어야 한다"])

K = "kim-yang-ho"
G["gr-07-pressian.txt"] = (M(None, None, None, None, "42230"), [K], [
  C("삼척원전 백지화 관철을 위해 유력대선주자 공약에 포함시키도록 할 것", K, None, ["energy-transition"], "plan"),
  C("▲삼척원전 백지화 ▲포스파워 화력발전소 건립 ▲청정에너지 산업도시 조성 ▲고품격 관광문화도시 조성", K, None, ["energy-transition", "culture-tourism"], "plan"),
  C("삼척원전 백지화는 시대적 소명", K, None, ["energy-transition"], "statement"),
  C("대선공약에 삼척원전 백지화 공약을 포함시키도록 하겠다", K, None, ["energy-transition"], "plan"),
  C("원전백지화를 반드시 관철시켜주겠다는 정당이 있다면", K, None, ["energy-transition"], "plan"),
  C("포스파워는 훨씬 많은 지원금 외에도 별도의 기업 유치도 필요하다고 생각한다", K, None, ["investment-attraction"], "plan"),
  C("미세먼지 등 오염원 저감대책을 이행한 뒤 주요 쟁점에 대한 주민공청회를 거쳐야 할 것", K, None, ["fine-dust", "citizen-participation"], "plan"),
  C("삼척대보름축제는 시민화합과 지역발전을 염원하는 행사가 되도록 할 것", K, None, ["culture-tourism"], "plan"),
], ["지금은 정당 가입보다 지역현안해결 문제가 우선",
    "화력발전소를 건설하는 기업들은 보통 수백억 이상의 지역발전기금을 내 놓는다",
    "맹방해안 침식문제는 포스파워 측에서 환경영향에 미치는 상응한 대안을 마련하는 것으로 알고 있다",
    "올해는 지역 자생력 강화에 예산과 사업을 집중하겠다"])

K, E = "park-seung-won", "2020-06-05"
G["gr-08-fnnews.txt"] = (M("민선7기 광명시 에너지자립도시 조성 ‘순항’", "2020-06-07T13:09+09:00", "강근주", "파이낸셜뉴스", "41210"), [K], [
  C("취임과 동시에 기후에너지과를 신설하고 기후에너지센터 설립, 에너지협동조합 운영 등 기후위기 대응에 적극 나서고 있다", K, E, ["energy-transition", "climate-carbon"], "achievement"),
  C("광명-시흥 도시첨단산업단지를 수열에너지를 활용한 친환경 단지로 조성하는 협약을 맺었다", K, E, ["energy-transition"], "achievement"),
  C("광명시는 문재인 대통령과 함께 그린뉴딜정책을 선도해 나갈 것", K, E, ["climate-carbon"], "plan"),
  C("10명만 모이면 찾아가는 ‘우리동네 기후변화 시민교육’을 제공하고", None, "2020-06-07", ["climate-carbon"], "statement"),
], ["민선7기 광명시 에너지자립도시 조성 ‘순항’",
    "에너지 자립도시 조성에 대한 공감대를 확산하고자",
    "‘기후변화! 왜 광명이어야 하는가’를 주제로 미니 특강을 진행했다",
    "을 주제로 공감토크를 진행했다"])

D, E = "2025-12-17", "2025-12-16"
G["gr-09-pressna.txt"] = (M("안산시, 외국인 주민과 다문화 가족 지원 활성화 방안 모색", "2025-12-17T11:24:22+09:00", "장현준", "프레스뉴스", "41270"), ["lee-min-geun"], [
  C("‘외국인주민 및 다문화가족 지원 민관협의체’ 제2차 정기회의를 진행했다고 17일 밝혔다", None, E, ["welfare"], "statement"),
  C("관내 거주 중인 외국인주민과 다문화가족의 안정적인 지역사회 정착과 권익 증진을 위해 연 2회 정기 회의를 개최하고 있다", None, D, ["welfare"], "statement"),
  C("올해 하반기에 진행한 외국인주민 지원사업을 점검하고", None, E, ["welfare"], "statement"),
  C("외국인 주민 권익 증진과 내·외국인 주민의 화합을 위해 힘써왔다", None, D, ["welfare"], "achievement"),
  C("외국인주민과 다문화가족 지원 사업을 앞두고 있다", None, D, ["welfare"], "plan"),
  C("오랜 기간 외국인 주민과 다문화가족 지원을 위한 노력을 기울여왔다", None, D, ["welfare"], "achievement", "이억배"),
], ["안산시, 외국인 주민과 다문화 가족 지원 활성화 방안 모색",
    "제2차 정기회의를 진행하고 기념촬영을 하고 있다"])

os.makedirs(OUT, exist_ok=True)
n = 0
for art, (meta, offs, claims, nots) in G.items():
    g = {"article": art, "metadata": meta, "officials": offs, "claims": claims, "not_claims": nots}
    with open(os.path.join(OUT, art + ".json"), "w", encoding="utf-8") as h:
        json.dump(g, h, ensure_ascii=False, indent=1)
    n += len(claims); print(art, len(claims))
print("total", n)
