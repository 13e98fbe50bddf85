"""Write set-mn gold files (hand annotation; see GOLD_NOTES.md)."""
import json, os
G = os.path.join(os.path.dirname(__file__), "..", "gold")

def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d

def md(headline, published, reporter, outlet, jur):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet, "jurisdiction": jur}

F = {}

D = "2022-03-07"
F["mn-01-wawo.txt"] = dict(
    metadata=md("강릉시, 탄소중립 친환경 도시 추진 본격화", "2022-03-08T11:50+09:00", None, None, "42150"),
    officials=["kim-han-geun"],
    claims=[
        c("올해 탄소중립 친환경 도시로 나아가기 위한 본격적인 준비를 시작했다고 7일 밝혔다", None, D, ["climate-carbon"], "plan"),
        c("탄소중립 정책을 체계적으로 추진할 예정이다", None, D, ["climate-carbon"], "plan"),
        c("스마트 그린도시 사업은 총 사업비 100억이 투자되는 사업으로", None, D, ["smart-city", "fine-dust", "climate-carbon"], "plan"),
        c("시민 중심의 스마트 그린도시를 만들 것으로 기대하고 있다", None, D, ["climate-carbon", "smart-city"], "statement"),
    ],
    not_claims=["강릉과학산업단지 확장, 허브거점단지 조성", "공공임대형 지식산업센터 건립을 추진 중이다", "최종편집일 2022-05-04 09:22"],
)

D = "2018-11-12"
F["mn-02-shinailbo.txt"] = dict(
    metadata=md("수원 '미세먼지 걱정 없는 도시' 5대 핵심전략 추진", "2018-11-12T16:38+09:00", "임순만", None, "41110"),
    officials=[],
    claims=[
        c("30% 이상 줄이는 것을 목표로 세우고, 이를 달성하기 위한 5대 핵심전략을 추진한다", None, D, ["fine-dust"], "target"),
        c("지난해 시의 연평균 초미세먼지 농도는 26㎍/㎥이었고", None, D, ["fine-dust"], "statement"),
        c("18㎍/㎥ 이하로 줄이는 것을 ‘미세먼지 개선 목표’로 설정했다", None, D, ["fine-dust"], "target"),
        c("목표 달성을 위한 5대 핵심 전략은", None, D, ["fine-dust", "citizen-participation"], "plan"),
        c("‘수원시 미세먼지 예방 및 저감 지원 조례’를 개정할 계획이다", None, D, ["fine-dust"], "plan"),
        c("미세먼지 문제를 근본적으로 해결하려면 정확하게 원인을 파악하고, 이를 기반으로 저감 대책을 마련해야 한다", None, D, ["fine-dust"], "plan", "백운석"),
    ],
    not_claims=["2022년까지 연평균 초미세먼지 농도 30% 이상↓", "‘미세먼지 관리 종합대책 추진상황 보고회’를 열고"],
)

D = "2022-11-21"
F["mn-03-segye.txt"] = dict(
    metadata=md("삼척시 ‘수소 거점도시 육성’ 착수 … 수소 밸류체인도 시동", "2022-11-22T01:10:39+09:00", None, "세계일보", "42230"),
    officials=[],
    claims=[
        c("‘수소 거점도시’ 육성에 본격 착수했다", None, D, ["energy-transition"], "statement"),
        c("최근 수소생산기지 준공을 완료하는 등", None, D, ["energy-transition"], "achievement"),
        c("‘수소기업육성 산학연 클러스터 조성사업’ 계획을 수립했다", None, D, ["research-development", "energy-transition"], "achievement"),
        c("전국을 대표하는 수소산업 육성에 나서겠다는 계획이다", None, D, ["energy-transition"], "plan"),
        c("수소산업 관련기업 유치 및 일자리 창출을 통해", None, D, ["energy-transition", "investment-attraction", "jobs"], "plan"),
        c("사업비 693억원이 투입돼, 삼척시 교동과 근덕면 동막리, 광태리 일원에 조성된다", None, D, ["research-development", "energy-transition"], "plan"),
    ],
    not_claims=["산학연 클러스터 조성사업 수립", "친환경 에너지 자립타운 건설 주목", "‘삼척 교동 수소충전 복합스테이션 준공식’이 열리고 있다", "◆앵커기업 및 수소 핵심 인력 양산 693억원 투입"],
)

D = "2018-07-03"
A = "ahn-byeong-yong"
F["mn-04-kyeonggi.txt"] = dict(
    metadata=md("안병용 의정부시장, \"7호선 민락역, 장암신곡역 신설에 한 목소리 내달라\"", "2018-07-04", "김동일", None, "41150"),
    officials=[A, "kim-won-gi"],
    claims=[
        c("7호선 연장사업에 민락역과 장암, 신곡역 신설이나 또는 장암역이 이전되도록 시민의 입장에서 최대한 노력을 다하겠다", A, D, ["public-transit"], "plan"),
        c("도봉산-옥정 광역철도 민락지구 경유 안 타당성 재검토 안 용역결과", None, D, ["public-transit"], "statement"),
        c("기본대로 하겠다는 것은 시민을 기만하는 것이다", A, D, ["public-transit"], "criticism"),
        c("새로운 도지자 인수위원회에 즉시 시민의 요구가 반영될 수 있도록 요구했다", A, D, ["public-transit"], "statement"),
        c("앞으로 주민요구사항이 반영되도록 노력하겠다", A, D, ["public-transit"], "plan"),
    ],
    not_claims=["시장을 믿어달라", "재해 비상대책회의로 취임식을 대체한", "국도 39호선 확장 의정부구간 공사비 확보와 고산택지개발 보상문제를 해결한 사례"],
)

D = "2023-11-23"
S = "seo-heung-won"
F["mn-05-newsstep.txt"] = dict(
    metadata=md("서흥원 양구군수, 석천중·양구중 학생 만난다", "2023-11-23T13:25:41+09:00", "최선경", "뉴스스텝", "51800"),
    officials=[S],
    claims=[
        c("양구군의 주요 교육정책인 △대학생 등록금 전액 지원", S, D, ["education"], "statement"),
        c("관내 교육 시설인 청소년에듀센터, 청소년수련관, 청소년문화의집과", S, D, ["education"], "statement"),
        c("앞으로도 교육에 대한 아낌없는 투자로 청소년들이 양구를 빛낼 인재로 성장할 수 있도록 최선의 노력을 다하겠다", S, D, ["education"], "plan"),
    ],
    not_claims=["‘찾아가는 교육정책 방문설명회’를 진행했다", "2024년도 교육시책을 설명하고 관내 고등학교 진학을 독려하기 위해 마련됐으며", "양구 교육이 나아가야 할 방향", "청소년들은 양구군의 미래이고", "▲ 양구군 교육정책 방문설명회"],
)

L = "lee-hyeon-jong"
F["mn-06-kado.txt"] = dict(
    metadata=md(None, None, None, None, "42780"),
    officials=[L],
    claims=[
        c("철원역사문화공원은 오는 7월말 일반인에게 개방할 예정이며", None, None, ["culture-tourism"], "plan"),
        c("다채로운 관광 인프라가 선보일 예정으로", None, None, ["culture-tourism"], "plan"),
        c("농업용수와 영농지원 등 철저한 농민지원 방안을 강구하라고 지시했다", L, None, ["agriculture", "disaster-safety"], "plan"),
        c("관광지가 개방되면 지역의 새로운 성장동력이 될 수 있을 것으로 기대한다", L, None, ["culture-tourism"], "statement"),
    ],
    not_claims=["업무복귀 후 가뭄대비 현장 방문", "개방 예정 주요 관광지 점검도", "가뭄피해 최소화와 주요 관광지 현장점검을 실시하며 본격적인 민생행보에 나섰다", "관광분야를 비롯해 가뭄 대비 현장 등을 점검했다", "가뭄 대비 현장도 방문했다"],
)

K = "kim-seong-gi"
F["mn-07-kyeongin.txt"] = dict(
    metadata=md(None, None, None, "경인일보", "41820"),
    officials=[K],
    claims=[
        c("미술관, 박물관, 문화원 설립 등 문화 예술 기반조성 등으로 군민 삶의 질이 향상되도록 최선을 다하겠습니다", K, None, ["culture-tourism"], "plan"),
        c("지역발전을 위한 우리의 성장 동력은 관광", K, None, ["culture-tourism"], "statement"),
        c("관광종합발전 계획을 최초로 수립하고 기존 관광자원과 상생 및 연계방안을 마련하겠다", K, None, ["culture-tourism"], "plan"),
        c("운악산 관광마을 사업 등을 본격 추진하겠다고 밝혔다", K, None, ["culture-tourism"], "plan"),
        c("세계 속의 관광명소로 이뤄 나가겠다는 당찬 포부도 내놨다", K, None, ["culture-tourism"], "plan"),
        c("가평 잣 고을 시장 창업경제 타운 조성에도 무게를 뒀다", K, None, ["small-merchants", "startup-support"], "plan"),
        c("공영주차장 확대, 시내버스 노선 개편 등", K, None, ["public-transit"], "plan"),
        c("고등학교 무상교복 사업과 중·고등학생 교통비 지원 등도 지속해서 추진하고", K, None, ["education", "public-transit"], "plan"),
    ],
    not_claims=["공영주차장·시내버스 노선 개편", "공정한 교육 평생학습마을 육성", "2020011501000761400038172", "관내 장사시설이 없어"],
)

D = "2017-09-25"
J = "lee-jae-myung"
F["mn-08-kmib.txt"] = dict(
    metadata=md("이재명 시장, 이번엔 ‘청소년배당’…대체 뭐야?", "2017-09-25T23:12+09:00", "강희청", "국민일보", "41130"),
    officials=[J],
    claims=[
        c("급식비 상당의 금액을 지원하는 ‘청소년배당’ 추진을 강력히 시사했다", J, D, ["education"], "plan"),
        c("‘청소년배당’의 도입을 검토하라고 일선 간부 공무원들에게 공개 지시했다고 밝혔다", J, D, ["education"], "plan"),
        c("일선 지자체는 급식비 수준의 지원을 하는 것이 바람직하다", J, D, ["education"], "plan"),
        c("재학 중인 학생에게만 급식비를 지원하면 불평등 문제가 발생한다", J, D, ["education"], "statement"),
        c("학교 밖 청소년에게도 동등하게 지원할 수 있도록 추진해야 한다", J, D, ["education"], "plan"),
        c("청소년 지원과 지역경제 활성화 등 중층의 정책목표를 달성하도록 설계하는 것이 바람직하다", J, D, ["education", "small-merchants"], "plan"),
        c("시는 고3부터 청소년배당을 시행한 뒤", None, D, ["education"], "plan"),
    ],
    not_claims=["추석 연휴 대비 철저, 공무원의 정치중립의무 준수"],
)

D = "2018-11-26"
M = "sim-gyu-eon"
F["mn-09-safetimes.txt"] = dict(
    metadata=md("심규언 동해시장, 본회의서 일자리 시책 성과·공공복지 실현 제시", "2018-11-27T20:00+09:00", "정경호", None, "42170"),
    officials=[M],
    claims=[
        c("내년 시정 최우선 과제로 일자리 창출과 지역발전, 공공복지 실현을 제시했다", M, D, ["jobs", "welfare"], "plan"),
        c("한섬관광지 조성과 초록봉 문화공원, 비천 명품 산림단지 조성 등을 꼽았다", M, D, ["culture-tourism"], "plan"),
        c("하나의 거대한 관광벨트로 건설하는 방안을 소개했다", M, D, ["culture-tourism"], "plan"),
        c("묵호항은 동해안권 최고의 해양관광항으로 거듭날 수 있도록 실행방안을 확보하겠다고 강조했다", M, D, ["culture-tourism"], "plan"),
    ],
    not_claims=["주요 시책 분야의 성과와 내년 사업 계획의 청사진을 밝혔다", "경제·교육·복지·환경 등 7대 분야에 대한 내년 사업 계획도 내놓았다", "시정연설문 발표하고 있다"],
)

if __name__ == "__main__":
    os.makedirs(G, exist_ok=True)
    n = 0
    for name, g in F.items():
        out = {"article": name, **g}
        with open(os.path.join(G, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")
        n += len(g["claims"])
        print(name, len(g["claims"]))
    print("total claims", n)
