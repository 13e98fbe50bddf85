"""Writes set-dq gold files (hand annotation, see GOLD_NOTES.md)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "gold"


def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name:
        c["speaker_name"] = name
    return c


G = {}

# dq-01 부산대개조 정책투어 중구 (event 지난 11일 = 2019-06-11; published 2019-06-12 08:54:52)
O, E = "oh-keo-don", "2019-06-11"
G["dq-01-cnbnews.txt"] = dict(
    metadata=dict(headline=None, published="2019-06-12T08:54:52+09:00", reporter="변옥환", outlet=None,
                  jurisdiction="26"),
    officials=[O],
    claims=[
        C("복합관광문화벨트 조성 ▲부산공동어시장 공영화, 현대화를 통한 수산 유통산업 중심지", None, E,
          ["culture-tourism", "agriculture", "urban-regeneration"], "plan"),
        C("몸통인 원도심이 쇠약해서 양 날개를 흔들 힘이 떨어지고 있다", O, E, ["urban-regeneration"], "statement"),
        C("어떻게 하면 원도심에 새로운 에너지를 불어넣어 도시를 균형 있게 발전시킬 수 있을까 고민한 결과가 부산대개조다", O, E,
          ["urban-regeneration"], "statement"),
        C("중구 대개조로 고지대 해양조망 관광 루트 개발, 빈집 재생, 지역 자산을 활용한 지역 특화사업을 추진하겠다고 전했다", O, E,
          ["culture-tourism", "urban-regeneration"], "plan"),
    ],
    not_claims=["부산시가 다섯 번째 부산대개조 정책투어를 지난 11일 중구 자갈치시장 현대화 건물 3층에서 진행했다고 밝혔다",
                "부산롯데타워 건설 현황을 들었다",
                "부산롯데타워를 중심으로 원도심 발전 방안에 대해 논의했다",
                "중구 구민들에게 ‘부산대개조’ 의미를 전하고",
                "결국 한쪽으로 치우치고 방향을 잃어 지역 불균형이 심해지고 있다",
                "그 중심에 중구가 있다",
                "망양로에서 바라보는 부산항과 시가지 조망은 그야말로 세계적"])

# dq-02 경남도 농정 시책 (undated: '31일' only)
SA = ["agriculture"]
G["dq-02-nocutnews.txt"] = dict(
    metadata=dict(headline="경남도, 청년 농부 양성하고 살기 좋은 농촌 조성 '시동'", published=None, reporter=None,
                  outlet=None, jurisdiction="48"),
    officials=[],
    claims=[
        C("'돌아오는 농촌, 미래가 있는 농업'을 정책 목표로 삼고 다양한 농정 시책을 추진한다고 31일 밝혔다", None, None, SA, "plan"),
        C("스마트 농업 22개 분야에 530억 원, 농촌공간 정비사업은 2026년까지 2371억 원 등을 투입한다", None, None, SA, "plan"),
        C("경남 스마트팜 혁신밸리를 미래 스마트 농업 기술개발의 거점으로 조성하고", None, None,
          ["agriculture", "startup-support", "research-development", "fourth-industrial-revolution"], "plan"),
        C("창업보육센터는 18~39세 이하 청년 52명을 선발해", None, None,
          ["agriculture", "startup-support", "youth-policy"], "target"),
        C("실증단지는 9개 기업이 외국산 의존도가 높은 기자재의 국산화를 개발하고", None, None,
          ["agriculture", "research-development", "fourth-industrial-revolution"], "statement"),
        C("청년 농업인을 위한 지역특화 임대형 스마트팜을 조성한다", None, None, ["agriculture", "youth-policy"], "plan"),
        C("지난해 정부 공모에 선정돼 200억 원의 사업비를 확보했다", None, None, ["agriculture", "youth-policy"], "achievement"),
        C("투자 비용 탓에 창업에 어려움을 겪는 청년 농업인에게", None, None,
          ["agriculture", "youth-policy", "startup-support"], "plan"),
        C("청년 창업농의 지역 정착과 영농 자문을 제공하는 소규모 스마트팜 조성사업도 추진한다", None, None,
          ["agriculture", "youth-policy", "startup-support"], "plan"),
        C("미래 축산업 경쟁력을 강화하고자 스마트 축산 보급에도 힘을 쏟는다", None, None, SA, "plan"),
        C("이 사업은 ICT(정보통신기술)를 활용해", None, None, ["agriculture", "fourth-industrial-revolution"], "statement"),
    ],
    not_claims=["스마트 농업 분야 530억 투입해 미래 경쟁력 강화", "2026년까지 2371억 들여 살기 좋은 농촌 조성",
                "지난해 12월 준공한 밀양 스마트팜 혁신밸리. 경남도청 제공", "임대형 스마트팜. 경남도청 제공",
                "경남도, 청년 농부 양성하고 살기 좋은 농촌 조성 '시동'"])

# dq-03 달서구 치매극복 선도기관 (undated: '16일' only)
L = "lee-tae-hun"
G["dq-03-idaegu.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="김현수", outlet="대구일보", jurisdiction="27290"),
    officials=[L],
    claims=[
        C("치매극복 선도기관’으로 선정됐다고 16일 밝혔다", None, None, ["dementia-care"], "achievement"),
        C("치매극복 선도기관은 치매 친화적 사회문화를 조성하고자 정부가 추진하고 있는 인증제도다", None, None,
          ["dementia-care"], "statement"),
        C("선정요건은 조직 전 구성원이 치매 인식을 개선하는 치매파트너 교육을 이수해야 한다", None, None,
          ["dementia-care"], "statement"),
        C("이태훈 구청장을 포함해 전 직원이 치매파트너가 됐다", None, None, ["dementia-care"], "achievement"),
        C("치매인식개선 캠페인 및 ‘기억 톡톡’ 치매 작품전시회 등 활동을 할 계획", L, None, ["dementia-care"], "plan"),
        C("치매에 대한 올바른 정보를 알리고 공감대를 형성해 치매극복 친화도시가 되도록 노력하겠다", L, None,
          ["dementia-care"], "plan"),
    ],
    not_claims=["지난 14일 구청 입구에서 치매극복 선도기관 현판식을 진행하고 있는 모습",
                "김현수 기자 khsoo@idaegu.com", "저작권자 © 대구일보 무단전재 및 재배포 금지"])

# dq-04 창원시 청년정책 (undated: '20일'; only the photo caption has 2025.03.20)
H = "hong-nam-pyo"
Y = ["youth-policy"]
G["dq-04-newspim.txt"] = dict(
    metadata=dict(headline="청년 주거 안정…창원, 2천 호 공급 추진", published=None, reporter="남경문", outlet="뉴스핌",
                  jurisdiction="48120"),
    officials=[H],
    claims=[
        C("청년 유출 문제를 해결하기 위해 실질적인 청년 정책을 강화하고 있다고 20일 밝혔다", None, None, Y, "statement"),
        C("양질의 일자리 확대, 안정적인 주거지원, 그리고 다양한 문화·여가 공간 조성을 통해 청년이 머물고 싶어하는 도시를 만들고자 한다",
          None, None, ["youth-policy", "jobs", "housing", "culture-tourism"], "plan"),
        C("창원형 청년주택 2천 호를 향후 5년간 연차별로 공급할 계획이다", None, None, ["housing", "youth-policy"], "target"),
        C("청년 월세, 신혼부부 주택 구입 및 전세자금 대출이자 지원 등 7개 주거지원 사업에 56억 원을 투입한다", None, None,
          ["housing", "youth-policy"], "plan"),
        C("기업·대학 연계 청년 일자리·교육 지원을 강화하고 있다", None, None, ["jobs", "youth-policy", "education"], "statement"),
        C("신산업 연계 일자리 사업과 일경험 지원사업을 통해 청년들이 경험을 쌓을 기회를 제공한다", None, None,
          ["jobs", "youth-policy"], "statement"),
        C("스펀지파크를 청년비전센터로 위탁 운영해", None, None, Y, "statement"),
        C("권역별 청년꿈터 운영으로 청년들에게 활동공간도 지원한다", None, None, Y, "statement"),
        C("모든 청년과 시민이 체감할 수 있는 정책을 실현하기 위해 행정 전반의 혁신을 지속적으로 추진하겠다", H, None, Y, "plan"),
    ],
    not_claims=["신산업 연계 일자리 사업으로 활력 도모", "지난해 6월 15일 개장한 스펀지파크 전경",
                "행정 혁신을 통해 지속가능한 창원을 구현하려는 노력도 이어지고 있다",
                "강력한 세출 구조조정, 양질의 국비확보, 투명성 강화 등으로 재정 건전성을 높이고",
                "청년 주거 안정…창원, 2천 호 공급 추진"])

# dq-05 울산시 2020 시정 목표 (undated: '2일' only)
G["dq-05-hankyung.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="하인식", outlet="한국경제", jurisdiction="31"),
    officials=[],
    claims=[
        C("일자리, 수소산업 등 8개 분야 43개 사업을 추진하기로 했다고 2일 발표했다", None, None,
          ["jobs", "energy-transition"], "plan"),
        C("8개 시정 분야는 좋은 일자리, 혁신으로 산업 위기 돌파, 재난 걱정 없는 울산", None, None,
          ["jobs", "disaster-safety", "welfare", "culture-tourism", "citizen-participation"], "plan"),
        C("시는 일자리 창출을 위해 이달 중 일자리재단을 정식 출범한다", None, None, ["jobs"], "plan"),
        C("오는 3월에는 노동인권센터를 열고 산재전문 공공병원 건립 지원 등에도 나서기로 했다", None, None,
          ["labor-relations", "public-health"], "plan"),
        C("수소 그린모빌리티 규제자유특구 육성과 수소 시범도시 조성 등 수소에너지 실증 기반 확대", None, None,
          ["energy-transition", "future-vehicles"], "plan"),
        C("올해 안에 수소전기차 1457대와 수소버스 10대가 울산에서 운행하도록 보급하고", None, None,
          ["future-vehicles", "energy-transition"], "target"),
        C("2차전지산업과 3차원(3D)프린팅산업, 스마트공장 보급 확산 등", None, None,
          ["fourth-industrial-revolution", "medical-industry", "future-vehicles"], "plan"),
    ],
    not_claims=["울산=하인식 기자 hais@hankyung.com"])

# dq-06 경주시장 신년 언론인 간담회 (13일 = publication day 2026-01-13)
J, D = "ju-nak-yeong", "2026-01-13"
G["dq-06-heraldcorp.txt"] = dict(
    metadata=dict(headline=None, published="2026-01-13", reporter="김병진", outlet="헤럴드경제", jurisdiction="47130"),
    officials=[J],
    claims=[
        C("문화유산 보존과 첨단산업 육성, 시민 삶의 질 향상을 동시에 이뤄내는 균형 있는 시정을 펼치겠다", J, D,
          ["culture-tourism"], "plan"),
        C("신라왕경 복원정비사업과 역사문화권 정비 등 경주 고유의 역사·문화 자산을 기반으로 한 관광 경쟁력 강화에 대해 설명했다", J, D,
          ["culture-tourism"], "statement"),
        C("경주는 단순한 관광지가 아닌 세계적인 역사문화도시로 도약해야 한다", J, D, ["culture-tourism"], "plan"),
        C("체류형·고부가가치 관광 콘텐츠 확충에 행정력을 집중하겠다", J, D, ["culture-tourism"], "plan"),
        C("도시 인프라 확충, 교통·숙박·관광 시스템 정비, 국제행사 운영 역량 강화에 행정력을 집중하겠다", J, D,
          ["culture-tourism"], "plan"),
        C("SMR(소형모듈원전), 미래차, 탄소중립 관련 산업을 중심으로 양질의 일자리를 창출하겠다", J, D,
          ["jobs", "future-vehicles", "climate-carbon"], "plan"),
        C("청년이 떠나지 않고 돌아오는 도시 환경을 조성하는 데 주력하겠다", J, D, ["youth-policy"], "plan"),
        C("교통, 복지, 주거 등 시민이 일상에서 체감할 수 있는 정책을 최우선 과제로 삼겠다", J, D,
          ["welfare", "housing"], "plan"),
        C("고령화 사회에 대응한 맞춤형 복지와 안전한 도시 인프라 구축에 힘쓰겠다", J, D,
          ["welfare", "disaster-safety"], "plan"),
    ],
    not_claims=["신년 언론인 간담회를 열고 2026년 시정 운영 방향과 주요 현안에 대해 설명했다",
                "2026년은 경주의 중요한 전환점", "또 미래 성장동력 확보를 위한 산업 전략도 제시했다",
                "더불어 시민 생활과 직결된 민생 정책에 대해서도 언급했다",
                "오는 6월 3선 경주시장 출마 의견을 묻는 질문에 대해"])

# dq-07 진주시장 조규일 역점사업 (undated, no byline)
K = "jo-gyu-il"
G["dq-07-gnnews.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="48170"),
    officials=[K],
    claims=[
        C("양질의 일자리창출과 문화예술 활성화를 향후 역점사업으로 제시했다", K, None, ["jobs", "culture-tourism"], "plan"),
        C("진주시 같은 중소도시가 양질의 일자리를 만들고 장기간 유지하는 것은 쉽지가 않다", K, None, ["jobs"], "statement"),
        C("뭔가 ‘마중물’ 역할이 필요하고, 그 역할을 항공국가산단이 해야 한다", K, None, ["jobs"], "plan"),
        C("항공산단 내 첨단 앵커기업을 유치하고 산단을 조기에 정착시켜 지역 젊은이들에게 양질의 일자리를 제공하는 게 시급하다", K, None,
          ["investment-attraction", "jobs", "youth-policy"], "plan"),
        C("항공국가산단이 모든 일자리를 해결해 주는 ‘도깨비 방망이’가 될 수 없기 때문에", K, None, ["jobs"], "plan"),
        C("진주권역 취업박람회을 열고", K, None, ["jobs", "startup-support"], "plan"),
        C("조 시장은 일자리창출과 함께 문화예술 활성화에도 적극 나서겠다는 뜻을 밝혔다", K, None, ["culture-tourism"], "plan"),
        C("그동안 명맥만 유지해 오던 시립예술단은 단계별로 정상화시켜", K, None, ["culture-tourism"], "plan"),
        C("지역별로 균형 있게 공립도서관을 건립해 시민들에게 문화혜택이 골고루 돌아가도록 할 것", K, None,
          ["culture-tourism"], "plan"),
        C("문화예술단체의 지원을 확대함으로써 ‘원더풀 남강 프로젝트’를 완성하겠다", K, None, ["culture-tourism"], "plan"),
    ],
    not_claims=["세라믹과 신소재 업종도 순차적으로 고도화해 혁신산업단지로 재편할 계획이다"])

# dq-08 울주군 산악·해양 관광단지 (undated, no byline)
S = "lee-sun-geol"
T = ["culture-tourism"]
G["dq-08-hankyung.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="31710"),
    officials=[S],
    claims=[
        C("울산 울주군이 산악 및 해양 관광단지 개발에 본격 나섰다", None, None, T, "statement"),
        C("관광단지로 개발해 투자 유치와 고용 창출 등 지역경제 활성화를 가속화한다는 전략이다", None, None,
          ["culture-tourism", "investment-attraction", "jobs"], "plan"),
        C("신불산 억새평원 구간에 산악 케이블카를 설치하는 사업을 추진하고 있다", None, None, T, "statement"),
        C("영남알프스 케이블카가 1차 관문 격인 낙동강유역환경청의 전략환경영향평가를 최근 조건부로 통과했다", S, None, T,
          "achievement"),
        C("2025년 12월 케이블카를 준공하겠다", S, None, T, "plan"),
        C("10인승 캐빈형 곤돌라 50여 대가 왕복 운행하는 모노 곤돌라 방식으로 추진한다", None, None, T, "statement"),
        C("시간당 최대 1500명이 탈 수 있다", None, None, T, "statement"),
        C("사업비 644억원을 전액 부담해 설치하고 울주군에 시설을 공공기부한 뒤 20년간 무상 사용한다", None, None, T,
          "statement"),
        C("연간 60만 명이 이 케이블카를 이용할 것으로 예상하고 있다", None, None, T, "statement"),
        C("서생 해양관광단지를 조성하기로 했다", None, None, T, "plan"),
        C("선라이즈 컬처센터와 바다정원 등 해맞이 관광명소를 개발한다는 구상이다", None, None, T, "plan"),
    ],
    not_claims=["신불산 영남알프스 케이블카 사업에 대해 설명하고 있다",
                "해발 1000m 이상의 9개 산을 말한다"])

# dq-09 대구시청 신청사 달서구 이전, 홍준표 의원 (후보) 달서구청 방문 (undated: '11일')
G["dq-09-imaeil.txt"] = dict(
    metadata=dict(headline="홍준표 “대구 시청 신청사는 (달서구로) 옮기는 게 맞다” 재확인", published=None, reporter=None,
                  outlet="매일신문", jurisdiction="27"),
    officials=[L],
    claims=[
        C("대구시청 신청사 달서구(두류동 옛 두류정수장 부지) 이전을 원래 계획대로 추진하겠다고 거듭 밝혔다", None, None,
          ["city-hall"], "plan", "홍준표"),
        C("시민들 의사가 다 집약이 됐으니 정상적으로 옮기는 게 맞겠죠", None, None, ["city-hall"], "plan", "홍준표"),
        C("신청사 건립 예산이 3천200억원이 든다", L, None, ["city-hall"], "statement"),
        C("필요하면 돈을 더 투입한다는 그런 마인드가 필요할 것 같다", L, None, ["city-hall"], "plan"),
        C("충분히 달서구에 대구를 상징하는 시청을 만들어낼 수 있을 거다", None, None, ["city-hall"], "plan", "홍준표"),
        C("신청사 지하주차장 내 약 6천면의 주차면이 필요하다고 설명했다", L, None, ["city-hall"], "plan"),
        C("대구시청 신청사 달서구 이전을 재검토하겠다는 입장을 밝혔다가", None, None, ["city-hall"], "statement", "홍준표"),
    ],
    not_claims=["홍준표 “대구 시청 신청사는 (달서구로) 옮기는 게 맞다” 재확인",
                "달서구청 방문 \"달서구에 대구를 상징하는 시청 만들어낼 수 있다\"",
                "\"신청사 지하주차장 6천면 필요\" 의견엔",
                "홍준표 의원이 이태훈 달서구청장과 만났다",
                "도시계획은 내가 전문가다",
                "상업용지와 용적률, 층고 제한을 갖고 돈을 만들어 낸다",
                "신청사 인근 지역이 구도심인 데다 향후 교통 수요가 많아질 것으로 예측했다",
                "홍 의원의 이날 달서구청 방문은 10여 분만에 마무리 됐다"])


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, g in G.items():
        doc = {"article": name, **g}
        (OUT / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(g["claims"]))


if __name__ == "__main__":
    main()
