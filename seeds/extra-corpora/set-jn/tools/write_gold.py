"""Write set-jn's gold files (hand annotation; one tuple per claim: quote, speaker, date, policies, kind)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"
SJ = ["housing", "youth-policy"]
AG = ["agriculture"]

def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d

A = {}

D = "2026-01-02"; S = "shin-u-cheol"
A["jn-01-localsegye.txt"] = dict(
    metadata=dict(headline="완도군, 해양치유 중심 ‘비약창성(飛躍昌盛)’ 도약 선언", published="2026-01-02T20:43+09:00",
                  reporter="이남규", outlet="로컬세계", jurisdiction="46890"),
    officials=[S],
    claims=[
        c("해양치유를 중심으로 한 주력 산업 고도화를 통해 지역 도약에 나선다", None, D, ["medical-industry"], "plan"),
        c("해양치유·해양바이오산업 역량 강화, 해양치유와 웰니스 관광 연계, 농수축산업의 기후변화 대응 및 신산업 육성", S, D,
          ["medical-industry", "culture-tourism", "agriculture", "climate-carbon", "welfare"], "plan"),
        c("해양치유지구 지정과 인공지능·빅데이터 기반 플랫폼 구축을 통해 치유·관광·헬스케어 융합 산업 생태계를 조성하고", None, D,
          ["medical-industry", "fourth-industrial-revolution", "culture-tourism"], "plan"),
        c("국립난대수목원과 국립해양수산박물관 조기 착공", None, D, ["culture-tourism"], "plan"),
        c("정주 여건 개선과 복지 정책 강화를 통해 군민 삶의 질을 높인다는 방침이다", None, D, ["welfare"], "plan"),
        c("완도를 글로벌 해양치유 관광지이자 지속 가능한 해양산업 중심지로 성장시키겠다", S, D,
          ["culture-tourism", "medical-industry"], "plan"),
    ],
    not_claims=["12년간 추진해 온 핵심 사업을 고도화해 완도의 미래 경쟁력을 강화하겠다고 밝혔다",
                "군정 성과가 군민의 삶에 체감될 수 있도록 최선을 다하겠다"],
)

D = "2025-10-21"
A["jn-02-jjan.txt"] = dict(
    metadata=dict(headline="2028년까지 210호 공급 계획", published="2025-10-21", reporter=None, outlet="전북일보",
                  jurisdiction="52110"),
    officials=[],
    claims=[
        c("전주시가 청년 만원주택 공급에 속도를 낸다", None, D, SJ, "plan"),
        c("전주시는 다음 달 청년 만원주택 '청춘별채' 입주자를 추가 모집한다", None, D, SJ, "plan"),
        c("모집 규모는 12호다", None, D, SJ, "statement"),
        c("청년 만원주택 사업은 청년들의 주거비 부담을 덜어주기 위해", None, D, SJ, "statement"),
        c("보증금은 50만 원이다", None, D, SJ, "statement"),
        c("전주시는 이 같은 청년 만원주택을 2028년까지 모두 210호로 늘릴 방침이다", None, D, SJ, "target"),
        c("올해 117호를 시작으로 2026년 24호, 2027년 36호, 2028년 33호를 확보할 예정이다", None, D, SJ, "target"),
        c("청년들이 지역에 뿌리내릴 수 있도록 전주형 청년주택을 지속적으로 공급해 나가겠다", None, D, SJ, "plan", "김은주"),
        c("한편 청년 만원주택 입주 대상은 전주에 살거나 살기를 희망하는 19∼39세 무주택 미혼 청년으로", None, D, SJ, "statement"),
        c("1순위는 기초생활수급자와 한부모가족, 차상위 가족이다", None, D, SJ + ["welfare"], "statement"),
        c("2순위는 본인과 부모의 월평균 소득이", None, D, SJ, "statement"),
        c("3순위는 본인의 월평균 소득이", None, D, SJ, "statement"),
        c("입주 기간은 2년이다", None, D, SJ, "statement"),
        c("무주택 요건 충족 시 최대 4회까지 재계약이 가능하다", None, D, SJ, "statement"),
        c("또 입주 중 결혼하면 최대 20년까지 거주할 수 있다", None, D, SJ, "statement"),
    ],
    not_claims=["2028년까지 210호 공급 계획", "전주시 청년만원주택 청춘별채 사업지인 효자동의 한 다가구주택"],
)

D = "2017-09-24"; PT = ["public-transit"]
A["jn-03-ndsoftnews.txt"] = dict(
    metadata=dict(headline="서귀포 구-신시가지 연결노선 추가 개설", published="2017-09-24", reporter="한경훈", outlet=None,
                  jurisdiction="50"),
    officials=[],
    claims=[
        c("서귀포 구시가지와 신시가지를 잇는 버스노선의 추가로 개설됐다", None, D, PT, "achievement"),
        c("641-1번, 641-2번 노선을 신설해 운행하고 있다고 24일 밝혔다", None, D, PT, "achievement"),
        c("이는 대중교통체계 개편으로 신시가지와 구시가지를 연결하는 대중교통이 불편하다는 민원 제기에 따른 것이다", None, D, PT, "criticism"),
        c("신시가지에서 구시가지로 이동 시 대천동주민센터 등을 돌아서 가야 하는 불편이 발생하고 있다", None, D, PT, "criticism"),
        c("기존 노선보다 이동시간이 빨라졌다", None, D, PT, "achievement"),
        c("이들 버스는 또 천지연폭포까지 운행", None, D, PT, "achievement"),
        c("대중교통 개편 이후 제기된 시민 불편 및 불만 사항을 수렴해 점차 개선해 나가겠다", None, D, PT, "plan"),
    ],
    not_claims=["서귀포 구-신시가지 연결노선 추가 개설", "대중교통체계 노선 보완"],
)

G = "gong-yeong-min"; DR = ["fourth-industrial-revolution", "agriculture"]
A["jn-04-pressian.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="46770"),
    officials=[G],
    claims=[
        c("'무인항공 영농기술 특화농공단지 조성사업' 착공식을 개최하고 본격 공사에 들어갔다", None, None, DR, "achievement"),
        c("최적의 드론 인프라를 갖추고 있는 이점을 적극 활용해 무인항공 영농기술 특화농공단지를 계획했다", None, None, DR, "statement"),
        c("지난 2023년 4월 농공단지 지정 고시를 완료했다", None, None, DR, "achievement"),
        c("총사업비 128억 원이 투입된다", None, None, DR, "statement"),
        c("오는 2026년 하반기 준공을 목표로 공영개발 방식으로 추진되며", None, None, DR, "plan"),
        c("드론산업에 대한 전주기 지원 체계를 구축할 수 있게 된다", None, None, ["fourth-industrial-revolution"], "statement"),
        c("1500여 명의 고용 창출과 약 465억 원의 직·간접 경제 유발효과를 기대하고 있다", None, None,
          ["jobs", "fourth-industrial-revolution"], "target"),
        c("드론 산업은 4차 산업혁명의 날개가 될 미래 전략사업", G, None, ["fourth-industrial-revolution"], "statement"),
        c("견실한 기업 유치로 고용 창출과 인구 유입 등 지역발전의 기반을 다지겠다", G, None,
          ["fourth-industrial-revolution", "investment-attraction", "jobs"], "plan"),
    ],
    not_claims=["300여 명이 참석해 앞으로 고흥만에 조성될 특화농공단지에 많은 관심을 보였다"],
)

P = "park-jeong-hyeon-30230"; D1 = "2019-06-22"; D2 = "2019-06-24"; CT = ["culture-tourism"]
A["jn-05-todayplusnews.txt"] = dict(
    metadata=dict(headline="대덕구, 대코 맥주페스티벌 성공 개최 위한 업무협약 체결", published="2019-06-24T09:30+09:00",
                  reporter="김민정", outlet=None, jurisdiction="30230"),
    officials=[P],
    claims=[
        c("맥주페스티벌 성공 개최를 위해 중리동 자생단체협의회", None, D1, CT, "achievement"),
        c("이번 협약은 대덕구 중리동 중리행복길에서 개최되는", None, D1, CT, "statement"),
        c("주민들을 대상으로 다양한 홍보활동을 전개하게 된다", None, D1, CT, "plan"),
        c("동네 상권을 살리고 중리동 발전에 크게 도움이 되는 행사로", None, D1, CT + ["small-merchants"], "plan"),
        c("지역화폐 대덕e로움의 초기 사용자 확산과 골목상권 활성화를 위해 기획한 행사", P, D1,
          ["small-merchants", "culture-tourism"], "statement"),
        c("500m에 이르는 전국 최대 길이의 우산거리 조성", P, D1, CT, "plan"),
        c("행사장에서는 지역화폐 대덕e로움만 사용 가능하고", None, D2, CT + ["small-merchants"], "plan"),
    ],
    not_claims=["대덕구, 대코 맥주페스티벌 성공 개최 위한 업무협약 체결", "22일 중리동 3개 주민단체와 업무협약"],
)

PS = "park-sang-don"; D = "2023-04-11"; UR = ["urban-regeneration"]
A["jn-06-ccnnews.txt"] = dict(
    metadata=dict(headline="박연진 도시재생사업기획단장, 천안 도시재생사업 현장 방문", published="2023-04-11", reporter="박동혁",
                  outlet="충청뉴스", jurisdiction="44130"),
    officials=[PS],
    claims=[
        c("천안시가 중점적으로 추진하고 있는 도시재생사업 현장을 방문했다", None, D, UR, "statement"),
        c("박연진 단장과 면담을 갖고 천안시 도시재생사업 성과를 공유했다", PS, D, UR, "achievement"),
        c("하반기 공모 신청 예정인 성환 혁신지구 재생사업이 정부로부터 선정될 수 있도록 건의했다", PS, D, UR, "plan"),
        c("다양한 도시재생사업을 성공적으로 추진 중인 천안시의 사례가 타 지자체에 널리 알려져야 한다", None, D, UR, "statement", "박연진"),
        c("천안시와의 소통을 통해 국토부 차원에서 지원을 아끼지 않겠다", None, D, UR, "plan", "박연진"),
        c("천안시가 도시재생의 대표도시로서 다시 한번 각인되는 계기가 될 것", PS, D, UR, "statement"),
        c("성환 혁신지구 재생사업 선정과 2023년 도시재창조 한마당이 성공적으로 개최될 수 있도록 총력을 기울이겠다", PS, D, UR, "plan"),
    ],
    not_claims=["박연진 도시재생사업기획단장, 천안 도시재생사업 현장 방문", "부임 후 첫 공식 현장 방문지로 충남 천안시를 선택했다",
                "천안타운홀과 천안역세권 혁신지구 사업지, 도시재생어울림센터, 오룡경기장을 방문했다"],
)

D = "2019-02-08"; AS = ["agriculture", "startup-support"]; ASY = AS + ["youth-policy"]
A["jn-07-kmib.txt"] = dict(
    metadata=dict(headline="충주시 귀농창업 1000만원 지원", published="2019-02-08T09:07+09:00", reporter="홍성헌",
                  outlet="국민일보", jurisdiction="43130"),
    officials=[],
    claims=[
        c("4억8000만원의 사업비를 확보해 귀농귀촌인의 정착 지원 사업을 추진한다고 8일 밝혔다", None, D, AG, "plan"),
        c("귀농귀촌을 준비하는 이들에게 다양한 도움을 주고 있다", None, D, AS, "statement"),
        c("시는 소규모 창업시설자금으로 1000만원을 지원해 청년 귀농인을 중점 육성하고 있다", None, D, ASY, "statement"),
        c("가구당 100만원의 이사 비용을 지원한다", None, D, AG, "statement"),
        c("청년 귀농창업 예정자에게는 현장실습교육장에서 5개월 동안 현장 교육을 실시하고", None, D, ASY, "statement"),
        c("맞춤형 지원과 컨설팅으로 교육 효과를 극대화할 방침이다", None, D, AG, "plan"),
        c("올해는 귀농귀촌인이 피부로 만족감을 느낄 수 있는 중점 사업들을 발굴하고 지원할 것", None, D, AG, "plan"),
    ],
    not_claims=["충주시 귀농창업 1000만원 지원", "충주시청 전경. 충주시 제공",
                "충주를 찾는 모든 귀농귀촌인들이 충주시민과 더불어 행복한 한 해가 되길 바란다"],
)

M = "choi-min-ho"; DC = ["decentralization"]
A["jn-08-sejongnews.txt"] = dict(
    metadata=dict(headline="최민호 세종시장, “행정수도 개헌 통해 국회의사당 완전 이전해야”", published=None, reporter=None,
                  outlet=None, jurisdiction="36"),
    officials=[M, "kim-yeong-bae"],
    claims=[
        c("국회의사당의 세종시 완전 이전이 국가 균형발전과 정치·행정의 효율성을 높이는 핵심 열쇠라고 강조했다", M, None, DC, "statement"),
        c("세종시가 명실상부한 행정수도로 자리 잡기 위해서는 국회의사당의 완전 이전이 반드시 필요하다", M, None, DC, "plan"),
        c("국회 기능의 세종 이전이 부분적으로만 이루어진다면 비효율 문제가 발생할 수밖에 없다", M, None, DC, "criticism"),
        c("행정수도 개헌을 통해 국회의사당의 완전 이전을 추진해야 한다", M, None, DC, "plan"),
        c("국회세종의사당 건립은 단순한 시설의 신축을 넘어", M, None, DC, "statement"),
        c("국정 운영의 혁신적 상징으로 기능할 수 있도록 각계의 고민과 협력을 부탁드린다", M, None, DC, "statement"),
        c("수도권과 지방 간의 불균형을 해소하고 정치·행정 간의 연계성을 높여", M, None, DC, "statement"),
        c("세종시를 진정한 행정수도로 확립해야", M, None, DC, "plan"),
    ],
    not_claims=["최민호 세종시장, “행정수도 개헌 통해 국회의사당 완전 이전해야”", "국회세종의사당 건립 논의와 균형발전 강조",
                "국회세종의사당 건립의 철학적 기반인 국민주권의 의미를 논의하는 자리로 마련됐다",
                "다수의 관계자가 참석해 국회 이전과 관련된 의견을 나눴다", "국회의사당 완전 이전이 주는 효과"],
)

L = "lim-taek"; D = "2023-12-29"
A["jn-09-newsis.txt"] = dict(
    metadata=dict(headline="임택 동구청장 \"지역 가치 고취…고장난명 자세로 정진\"[신년 인터뷰]", published="2023-12-29T08:04+09:00",
                  reporter="이영주", outlet="뉴시스", jurisdiction="29110"),
    officials=[L],
    claims=[
        c("충장로 상권의 자존심을 지켜낼 만한 획기적인 변화의 새바람을 일으키겠다", L, D, ["small-merchants"], "plan"),
        c("소상공인의 경영안정을 위해 특례 보증, 맞춤형 창업 교육 등을 적극 지원하고", L, D,
          ["small-merchants", "startup-support", "jobs"], "plan"),
        c("'동구형 광주다움 통합돌봄'을 촘촘하게 구축하고", L, D, ["welfare"], "plan"),
        c("'장애인 친화도시 조성' 사업을 본격화하겠다", L, D, ["welfare"], "plan"),
        c("'남부권 광역관광 개발사업'과 '광주 아트패스' 사업에 박차를 가하겠다", L, D, ["culture-tourism"], "plan"),
        c("'친환경 수소에너지 자족도시' 완성과 친환경 에너지 자립마을", L, D, ["energy-transition", "fine-dust"], "plan"),
    ],
    not_claims=["6대 분야 48개 목표 설정…충장상권 활성화 등 '변화 새바람'", "동구의 가치를 올리기 위해 고장난명(孤掌難鳴)의 자세로 정진하겠다",
                "6대 분야 48개 목표를 설정했다", "모든 역량을 쏟아야 하는 중차대한 시기", "임택 광주 동구청장. (사진 = 광주 동구 제공)"],
)

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, g in A.items():
        out = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(g["claims"]))
    print("total", sum(len(g["claims"]) for g in A.values()))
