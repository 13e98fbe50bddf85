"""Write set-nl's gold files (hand annotation; this script only serialises it)."""
import json
from pathlib import Path

G = Path(__file__).resolve().parent.parent / "gold"
G.mkdir(exist_ok=True)

def C(quote, speaker, date, policies, kind, name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        c["speaker_name"] = name
    return c

def M(headline, published, reporter, outlet, jur):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet, "jurisdiction": jur}

A = {}

d = "2024-04-01"
A["nl-01-ekn.txt"] = dict(
    metadata=M("영월군 ‘숨은 인구 찾기’ 캠페인 전개", "2024-04-01T23:11+09:00", "박에스더", "에너지경제신문", "51750"),
    officials=["choi-myeong-seo"],
    claims=[C("결혼비용 지원금, 지역외출·퇴근자 교통비 지원, 농촌유학 활성화 등 다양한 인구시책을 적극 추진 중이다", None, d,
              ["childcare-birth", "education"], "statement")],
    not_claims=["영월군 ‘숨은 인구 찾기’ 캠페인 전개", "전입독려 인원에 따라 최소 30만원에서 최대 100만원까지 지원한다",
                "인구감소 문제를 슬기롭게 극복해 나갈 수 있다", "평생 살고 싶어 하는 도시 영월을 만들어 가는 데 최선을 다하겠다",
                "서포터즈 인센티브를 지원한다"])

d = "2023-03-27"; k = "kim-dong-yeon"
A["nl-02-ajunews.txt"] = dict(
    metadata=M("김동연, 가장 시급한 현안은 '청년 일자리'... 청년이 일할 기회를", "2023-03-27T18:21+09:00", None, None, "41"),
    officials=[k],
    claims=[C("저는 ‘청년 일자리’라고 대답했다고 하고", k, d, ["jobs", "youth-policy"], "statement"),
            C("‘면접수당’ 확대 등 현재의 어려움을 해소하는 정책을 추진하는 한편", k, d, ["youth-policy", "jobs"], "plan"),
            C("임기 내 100조 이상의 투자 유치하는 등 우리 경제의 역동성을 높이겠다", k, d,
              ["investment-attraction", "jobs", "youth-policy"], "target")],
    not_claims=["김동연, 가장 시급한 현안은 '청년 일자리'", "청년에게 더 많은 기회, 더 고른 기회, 더 나은 기회\" 주어야",
                "향후 경기도 운영 계획을 밝혔다", "이른바 ‘검수완박법’에 대한 최근 헌법재판소 결정"])

d = "2025-12-04"
A["nl-03-sbs.txt"] = dict(
    metadata=M(None, "2025-12-04", None, None, "41150"),
    officials=[],
    claims=[C("C노선의 빠른 착공을 촉구하는 결의대회를 열었습니다", None, d, ["public-transit"], "statement"),
            C("서울 강남까지 21분 만에 갈 수 있을 것이라는 기대로 개통을 손꼽아 기다리고 있다", None, d, ["public-transit"], "statement"),
            C("2년이 다 돼 가는 지금도 착공조차 못 하는 실정", None, d, ["public-transit"], "criticism"),
            C("정부는 GTX-C노선 추진 계획과 향후 일정을 공개해 달라", None, d, ["public-transit"], "plan"),
            C("GTX 건설이 더 늦어지지 않도록 대책을 세워 착공 지연 문제를 해결하라", None, d, ["public-transit"], "plan"),
            C("총사업비 4조 6천84억 원을 투입해 양주시 덕정역에서 수원역까지", None, d, ["public-transit"], "statement"),
            C("민간 사업자의 공사비 현실화 문제 등으로 실제 공사는 못 하고 있습니다", None, d, ["public-transit"], "statement"),
            C("또다시 사업이 표류할 것을 우려하고 있습니다", None, d, ["public-transit"], "criticism")],
    not_claims=["GTX-C 조속 착공 촉구 시민 결의대회에서 의정부 시민들과 시 관계자들이 구호를 외치고 있다",
                "시장과 도·시의원, 시민 등 약 200명이 참석해 결의문을 낭독하고 구호를 외쳤습니다"])

d = "2020-06-30"; e = "2020-06-29"
A["nl-04-gimpotimes.txt"] = dict(
    metadata=M("제3호 김포시 치매안심마을 지정", "2020-06-30T21:32+09:00", None, "김포타임즈", "41570"),
    officials=["jeong-ha-yeong"],
    claims=[C("통진읍 동을산리 마을이 김포시(시장 정하영)의 제3호 치매안심마을로 지정됐다", None, e, ["dementia-care"], "achievement"),
            C("치매친화적 안심공동체 구현을 위해 29일", None, e, ["dementia-care"], "statement"),
            C("하성면 전류리를 1, 2호 치매안심마을로 지정한 바 있다", None, d, ["dementia-care"], "achievement"),
            C("치매안심마을이란 치매환자와 가족들이", None, d, ["dementia-care"], "statement"),
            C("실종예방 등을 위한 다양한 사업을 추진할 계획이다", None, d, ["dementia-care"], "plan"),
            C("비대면으로 치매인식개선을 위한 치매친화적 환경 조성에 초점을 두어", None, d, ["dementia-care"], "statement")],
    not_claims=["제3호 김포시 치매안심마을 지정", "계정을 선택하시면 로그인·계정인증을 통해"])

d = "2025-09-17"; k = "shin-yeong-jae"; cp = ["citizen-participation"]
A["nl-05-segye.txt"] = dict(
    metadata=M(None, "2025-09-17", None, None, "51720"),
    officials=[k],
    claims=[C("대표적인 주민참여 프로그램 ‘군수와 군민 소통의 날’이 상당한 성과를 거두고 있는 것으로 나타났다", None, d, cp, "achievement"),
            C("‘홍천 이음터’에서 군수와 군민 소통의 날을 운영한다고 밝혔다", None, d, cp, "plan"),
            C("소통의 날은 군민 누구나 군수와 직접 만나", None, d, cp, "statement"),
            C("민선 8기 들어 마련된 대표적인 주민 참여 프로그램이다", None, d, cp, "statement"),
            C("군청을 직접 방문하기 어려운 주민들도 손쉽게 이용할 수 있도록 하고 있다", None, d, cp, "statement"),
            C("이음터를 통한 민원 상담은 총 900여건에 달했다", None, d, cp, "achievement"),
            C("2023년 9월 111건을 시작으로 지난해에는 481건", None, d, cp, "achievement"),
            C("매일 1건 이상 상담이 이어지고 있는 셈이다", None, d, cp, "achievement"),
            C("특히 소통의 날에는 상담 건수가 크게 늘어난다", None, d, cp, "achievement"),
            C("군민들 참여가 활발하다는 평가다", None, d, cp, "achievement"),
            C("주민 의견을 군정에 적극 반영함으로써 군민과의 신뢰를 높이고", None, d, cp, "plan"),
            C("현장에서 군민 목소리를 직접 듣는 것이 군정의 출발점", k, d, cp, "statement"),
            C("앞으로도 열린 현장 소통을 통해 새로운 홍천, 발전하는 홍천을 만들어 나가겠다", k, d, cp, "plan")],
    not_claims=["신영재 홍천군수가 군민들과 만나 인사하고 있다"])

d = "2022-09-28"; et = ["energy-transition"]
A["nl-06-kbs.txt"] = dict(
    metadata=M("[여기는 강릉] 동해시, 수소 공급 전진기지 육성 추진…과제도 산적", "2022-09-28T21:02+09:00", "정상빈", "KBS 춘천", "42170"),
    officials=[],
    claims=[C("수소 산업 육성에 본격적으로 뛰어들겠다는", None, d, et, "plan"),
            C("수소 암모니아 전용부두를 만든다는 중장기적 구상까지 제시했는데", None, d, et, "plan"),
            C("지역의 미래 먹을거리로 수소 산업 카드를 꺼내 들었습니다", None, d, et, "plan"),
            C("동해신항을 수소 항만으로 육성한다는 계획입니다", None, d, et, "plan"),
            C("암모니아 수입 전용부두로 지정을 추진합니다", None, d, et, "plan"),
            C("수소 관련 기업을 유치하는 등 수소저장운송 클러스터도 조성할 계획입니다", None, d,
              ["energy-transition", "investment-attraction"], "plan"),
            C("수소자동차 보급을 누적 천 대까지 늘리고", None, d, ["future-vehicles", "energy-transition"], "target"),
            C("지역의 일자리가 창출되고, 소득이 창출되는 어떤 부가가치를 창출하는 데 그 목적이 있겠습니다", None, d,
              ["jobs", "energy-transition"], "statement", "박종을"),
            C("천억 원이 넘는 경제 유발효과가", None, d, et, "statement"),
            C("동해시 계획이  현실화되기까지는 해결해야 할 과제도 적지 않습니다", None, d, et, "criticism"),
            C("6천억 원에 달할 것으로 추산되는 막대한 재원 마련은 부담입니다", None, d, et, "criticism"),
            C("배후 산업단지 육성 등을 위한 기업 유치도", None, d, ["investment-attraction", "energy-transition"], "criticism"),
            C("항만 시설 등에서 내세울 장점도 뚜렷하지 않습", None, d, et, "criticism")],
    not_claims=["정상빈 기자의 보도입니다", "[여기는 강릉] 동해시, 수소 공급 전진기지 육성 추진…과제도 산적"])

k = "choi-mun-sun"
A["nl-07-cnbnews.txt"] = dict(
    metadata=M(None, None, "최성락", "CNB", "42790"),
    officials=[k],
    claims=[C("줄어드는 인구 회복을 위해 귀농·귀촌자들을 위한 지원책 마련과 상담 센터 운영", None, None, ["agriculture"], "plan"),
            C("귀농·귀촌 지원 시책도 농업창업 및 주택 구입 지원 자금도", None, None,
              ["agriculture", "startup-support", "housing", "education", "childcare-birth"], "achievement")],
    not_claims=["우리 군민화 운동 지원 조례안이 원안 가결 통과돼", "전입자에 맞춤형 책자를 제작해 배포한다",
                "군민 3만 목표가 달성될 때까지 인구증가 대책 추진을 지속할 계획이고"])

k = "ha-eun-ho"; dc = ["dementia-care"]
A["nl-08-kyeongin.txt"] = dict(
    metadata=M(None, None, "신창윤", "경인일보", "41410"),
    officials=[k],
    claims=[C("군포시민들이 가까운 곳에서 치매관련 걱정을 덜 수 있게 됐다", None, None, dc, "achievement"),
            C("공공시설인 산본동 경원빌딩으로 확장·이전했기 때문이다", None, None, dc, "achievement"),
            C("6년간 치매예방과 조기검진", None, None, dc, "statement"),
            C("접근성이 떨어지는데다 좁은 공간으로 치매 어르신 등 시민들이 불편을 겪어왔다", None, None, dc, "criticism"),
            C("안정적으로 시설을 이용할 수 있도록 산본동 경원빌딩으로 공간을 이전했다", None, None, dc, "achievement"),
            C("총면적 711.09㎡ 규모로", None, None, dc, "statement"),
            C("치매환자·가족 등 100여 명이 참석한 가운데 센터 개소식을 가졌다", None, None, dc, "statement"),
            C("시민 개개인이 행복한 노년을 보낼 수 있도록 든든한 버팀목이 될 것", k, None, dc, "statement"),
            C("치매가 있어도 걱정 없이 생활할 수 있는 환경을 조성하기 위해 최선을 다하겠다", k, None, dc, "plan")],
    not_claims=["군포시치매안심센터 확장 이전", "군포시가 전문적인 치매관리와 돌봄을 위해 군포시치매안심센터를 산본동으로 확장·이전했다",
                "개소식에서 참석한 내빈들이 기념촬영을 하고 있다"])

d = "2025-08-26"; ag = ["agriculture"]; ah = ["agriculture", "housing"]
A["nl-09-asiatoday.txt"] = dict(
    metadata=M("포천시, 농업·농촌 위기대응 키우기 핵심사업 추진 박차", "2025-08-26T15:24+09:00", "진현탁", "아시아투데이", "41650"),
    officials=[],
    claims=[C("경기 포천시가 농업·농촌의 위기대응 키우기에 온 힘을 쓰고 있다", None, d, ag, "statement"),
            C("지능형 농업 확산, 지역 먹거리 활성화 등 핵심사업이 공략 무기다", None, d, ag, "statement"),
            C("시는 26일 시정 정례브리핑을 열어", None, d, ag, "statement"),
            C("단계적 중장기 실행계획을 마련하기로 했다", None, d, ag, "plan"),
            C("농촌을 삶터·일터·쉼터로 재생시켜 정주 환경을 체계적으로 개선한다는 구상이다", None, d, ag, "plan"),
            C("농업테마정원 등을 갖춘 미래농업혁신타운을 조성한다", None, d, ag, "plan"),
            C("775억원의 사업비를 투입", None, d, ag, "plan"),
            C("소흘·가산권역에 공공임대 숙소를 건립한다", None, d, ah, "plan"),
            C("오는 10월 준공이 목표다", None, d, ah, "plan"),
            C("숙소 부지를 확보해 추가 건설을 서두르기로 했다", None, d, ah, "plan")],
    not_claims=["포천시, 농업·농촌 위기대응 키우기 핵심사업 추진 박차",
                "이진숙 포천시농업기술센터 소장이 26일 열린 시정 정례브리핑에서", "시는 이번 공공임대 숙소 건립"])

for name, g in A.items():
    out = {"article": name, **g}
    (G / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(name, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in A.values()))
