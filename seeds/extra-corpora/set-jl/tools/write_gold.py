"""Write set-jl gold files (hand annotations) as JSON."""
import json, pathlib
GOLD = pathlib.Path(__file__).resolve().parent.parent / "gold"
N = None
def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
def md(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet, "jurisdiction": jurisdiction}
G = {}

D = "2025-12-10"; L = "lim-byeong-taek"
G["jl-01-heraldcorp.txt"] = dict(
    metadata=md("임병택 시장 “탄소중립 실천, 안전한 도시 조성에 최선 다하겠다”", "2025-12-10", "박준환", "헤럴드경제", "41390"),
    officials=[L],
    claims=[
        c("교체하는 사업을 지속적으로 추진해 왔다고 10일 밝혔다", N, D, ["climate-carbon", "disaster-safety"], "statement"),
        c("노후 보안등 약 9000개를 발광 다이오드(LED) 조명으로 전량 교체해 에너지 절감과 온실가스 감축에 이바지했다", N, D, ["climate-carbon"], "achievement"),
        c("가로등 전량을 고효율 발광 다이오드(LED) 등기구로 교체하며, 시 전역의 도로 조도를 대폭 개선하고 야간 안전성을 높였다", N, D, ["climate-carbon", "disaster-safety"], "achievement"),
        c("이는 탄소중립 도시 실현을 위한 시흥시의 지속적 실천 의지를 보여주는 성과다", N, D, ["climate-carbon"], "achievement"),
        c("어두운 도로 환경을 개선해 도시의 안전성과 가시성을 높이는 개선 사업을 연차적으로 추진할 계획이다", N, D, ["disaster-safety"], "plan"),
        c("교체를 100% 완료하면서 시민들이 더 밝고 안전한 거리를 체감할 수 있을 것", L, D, ["disaster-safety"], "achievement"),
        c("조명 개선 사업에 적극 참여해 탄소중립 실천과 안전한 도시 조성에 최선을 다하겠다", L, D, ["climate-carbon", "disaster-safety"], "plan"),
    ],
    not_claims=["임병택 시장 “탄소중립 실천, 안전한 도시 조성에 최선 다하겠다”"],
)

D = "2015-01-12"
G["jl-02-kmib.txt"] = dict(
    metadata=md("[뉴스파일] 원주시, 2014년 8개 기업 2302억 투자유치", "2015-01-13T03:12+09:00", N, N, "42130"),
    officials=[],
    claims=[
        c("지난해 8개 기업, 2302억원의 투자를 유치했다고 12일 밝혔다", N, D, ["investment-attraction"], "achievement"),
        c("지난해 기업 유치 실적은 2013년과 비교해 40% 증가한 것으로 2010년 이후 최대 성과를 냈다", N, D, ["investment-attraction"], "achievement"),
        c("이 같은 성과는 제2영동고속도로와 원주∼강릉 복선전철", N, D, ["investment-attraction"], "statement"),
        c("고용파급효과가 큰 수도권 10개 우량 기업을 유치할 계획이다", N, D, ["investment-attraction", "medical-industry"], "target"),
    ],
    not_claims=["[뉴스파일] 원주시, 2014년 8개 기업 2302억 투자유치"],
)

D = "2025-11-24"; J = "jo-yong-ik"
G["jl-03-asiae.txt"] = dict(
    metadata=md("조용익 부천시장, 행안부에 현안 해결 건의…시정연구원 설립 등", "2025-11-25T15:02+09:00", "박혜숙", N, "41190"),
    officials=[J],
    claims=[
        c("'재난 및 안전관리 기본법' 개정, 보건복지분야 사회복무요원사업 지방이양 철회를 주요 안건으로 전달했다", J, D, ["disaster-safety", "decentralization"], "statement"),
        c("광역철도사업 등 도시 대전환 사업을 추진하고 있다", J, D, ["public-transit"], "statement"),
        c("사유시설 안전관리 강화를 위한 '재난 및 안전관리 기본법 개정 필요성'을 제기했다", J, D, ["disaster-safety"], "statement"),
        c("소유자의 경제적 부담으로 조치가 이행되지 못해 사고 위험이 크다", J, D, ["disaster-safety"], "statement"),
        c("실효성 있는 안전관리 체계를 마련해야 한다", J, D, ["disaster-safety"], "plan"),
        c("이와 함께 보건복지분야 사회복무요원사업 지방이양 철회도 요청했다", J, D, ["decentralization"], "statement"),
    ],
    not_claims=[
        "조용익 부천시장, 행안부에 현안 해결 건의…시정연구원 설립 등",
        "지역 특성에 맞는 정책 연구와 체계적인 분석을 위해 시정연구원 설립이 반드시 필요하다",
        "조용익 부천시장(왼쪽)이 24일 윤호중 행정안전부 장관에게 지역 현안 정책 건의서를 전달하고 있다",
    ],
)

D = "2026-02-28"
G["jl-04-newspim.txt"] = dict(
    metadata=md(N, "2026-02-28", "이성훈", "뉴스핌", "41220"),
    officials=[],
    claims=[
        c("시민 건강 보호를 위해 봄철 고농도 미세먼지 대응에 나선다", N, D, ["fine-dust"], "plan"),
        c("효과를 극대화하기 위해 3대 분야 10개 중점과제를 강력히 추진하기로 했다", N, D, ["fine-dust"], "plan"),
        c("다중이용시설 실내 공기질 점검을 강화하고 미세먼지 쉼터 운영 실태를 점검한다", N, D, ["fine-dust"], "plan"),
        c("영농폐기물 집중 수거와 불법 소각 단속을 강화하며 도로변 청소를 확대한다", N, D, ["fine-dust"], "plan"),
        c("배출가스 5등급 차량 운행을 제한하고 위반차량을 단속한다", N, D, ["fine-dust"], "plan"),
        c("대규모 비산먼지 발생 사업장 및 노후 건설기계 사용을 제한하기로 했다", N, D, ["fine-dust"], "plan"),
        c("미세먼지 계절관리제 총력대응을 홍보하고", N, D, ["fine-dust"], "plan"),
        c("가용한 행정력을 모두 동원할 것", N, D, ["fine-dust"], "plan"),
    ],
    not_claims=[
        "미세먼지 노출 위험이 가장 큰 시기로 주의해야 한다",
        "청소차를 동원해 초미세먼지 저감에 나선 모습",
        "생활 속 미세먼지 줄이기 등 저감 활동에 적극적으로 동참해주시길 당부드린다",
    ],
)

D = "2025-12-19"; K = "kim-hong-gyu"
G["jl-05-asiae.txt"] = dict(
    metadata=md("김홍규 강릉시장, 취임 3년6개월 송년 기자회견", "2025-12-19", N, N, "51150"),
    officials=[K],
    claims=[
        c("미래산업 육성을 통해 기업이 찾아오는 도시를 만들겠다는 구상을 구체화했다", K, D, ["investment-attraction"], "plan"),
        c("기업이 이익을 얻는 환경이 조성되어야 양질의 일자리가 생기고 지역 경제가 살아나는 선순환이 가능하다", K, D, ["investment-attraction", "jobs"], "statement"),
        c("'강원특별자치도 제2청사'를 강릉에 유치한 것은 민선 8기 대표적인 성과", N, D, ["city-hall"], "achievement"),
    ],
    not_claims=[
        "권한을 현장 전문가인 국·과장에게 과감히 이양한 것이 주효했다",
        "'자립 가능한 100만 특례도시'의 근간이 될 것",
        "'경제도시'로의 체질 개선에 박차를 가하고 있다",
    ],
)

D = "2019-03-29"
G["jl-06-edaily.txt"] = dict(
    metadata=md("조광한 남양주시장 '일에 미치다'", "2019-03-29T15:56:02+09:00", "정재훈", "이데일리", "41360"),
    officials=["jo-gwang-han"],
    claims=[
        c("정부의 3기 신도시를 유치하면서 교통과 주거, 일자리, 문화가 있는 도시로 성장할 수 있는 기틀을 마련했다", N, D, ["housing", "jobs"], "achievement"),
        c("GTX-B노선 조기 확정을 위해 청와대와 국회, 기획재정부, 국토부 등 중앙정부를 직접 뛰어다니고 있다", N, D, ["public-transit"], "statement"),
    ],
    not_claims=[
        "3기신도시 확정 이후 GTX조기착공에 동분서주",
        "잠실광역버스환승센터를 찾아 인사하는 조광한 시장",
        "이것 역시 조 시장의 적극적인 소통행정의 결과라",
    ],
)

P = "2023-03-24"; E = "2023-03-22"; S = "choi-sang-gi"
G["jl-07-chosun.txt"] = dict(
    metadata=md("[기초단체장에게 듣는다] 최상기 강원 인제군수", "2023-03-24", "정성원", N, "42810"),
    officials=[S],
    claims=[
        c("오는 2027년 동서고속화철도가 개통되면 서울에서 강원 인제군까지 이동 시간이 1시간대로 줄어든다", N, P, ["public-transit"], "statement"),
        c("관광자원을 활용해 관광객 1000만 시대를 열고", S, E, ["culture-tourism"], "target"),
        c("서울 용산에서 인제까지 이동 시간이 1시간 20분으로 단축된다", S, E, ["public-transit"], "statement"),
        c("역사 주변에 복합환승센터를 만들어 문화·관광 거점으로 키울 방침이다", S, E, ["culture-tourism", "public-transit"], "plan"),
        c("산악관광 활성화를 위한 아웃도어 힐링파크를 조성하고", S, E, ["culture-tourism"], "plan"),
    ],
    not_claims=[
        "동서고속화철도 개통되면 서울~인제 1시간대… 관광객 1000만 시대 열겠다",
        "―서울~인제~속초를 잇는 동서고속화철도가 개통 예정이다.",
        "올해는 60개 스포츠 대회와 30개 팀의 전지훈련 유치를 목표로 잡아",
    ],
)

R = "lee-jae-su"
G["jl-08-kwnews.txt"] = dict(
    metadata=md(N, N, "하위윤", N, "42110"),
    officials=[R],
    claims=[
        c("시민주권 확대와 지속가능한 도시환경 조성을 내년 목표로 밝혔다", R, N, ["citizen-participation"], "plan"),
        c("숙의민주주의, 우리안의 자원, 호혜·협동, 바람길 등 춘천시의 핵심가치와 정책이 이제 자리 잡아가고 있다", R, N, ["citizen-participation"], "achievement"),
        c("청년청·지혜의 청 등을 설립하고 주민자치회 전환, 주민참여예산 확대 등을 통해 시민 주도성과 자발성 확대에 나서겠다", R, N, ["citizen-participation", "youth-policy"], "plan"),
        c("친환경임업클러스터 및 치유의숲 조성, 내수면마리나사업과 의암호유람선운항사업", R, N, ["culture-tourism"], "plan"),
        c("청년농업인 정착지원금 지원, 우리술산업 육성", R, N, ["agriculture", "youth-policy", "culture-tourism", "small-merchants"], "plan"),
    ],
    not_claims=[
        "1조3,470억원 규모의 당초예산안에 대한 동료의원들의 현미경 심사",
        "3년차 주요 사업 제시",
    ],
)

Y = "jo-in-muk"
G["jl-09-kwnews.txt"] = dict(
    metadata=md("[양구]“군부대 이전 따른 인구감소 대책 최우선”", N, N, N, "42800"),
    officials=[Y, "kim-wang-gyu"],
    claims=[
        c("스포츠마케팅 활성화, 관광객 유치 증대 등에 만전을 기하기로 했다", Y, N, ["culture-tourism"], "plan"),
        c("재정지원 일자리 사업에 군인 가족이 참여하지 못하도록 돼 있는 기준을 변경할 수 있도록 정부에 건의할 방침", Y, N, ["jobs"], "plan"),
        c("다문화가족과 신혼부부, 농촌총각 결혼에 대한 지원에 나서는 한편", Y, N, ["welfare", "decentralization"], "plan"),
    ],
    not_claims=[
        "인구 감소 대책을 최우선 과제로 꼽았다",
        "인구 감소에 대한 대책마련에 착수하겠다",
        "인구비상대책 태스크포스(TF)를 출범하는 것을 골자로 해",
        "조만간 민·군·관협의체를 만드는 등 군민들과 지혜를 모아 대처해 나가겠다",
    ],
)

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, g in G.items():
        out = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(g["claims"]); print(name, len(g["claims"]))
    print("total", total)
