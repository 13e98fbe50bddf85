"""Write set-le gold files (hand annotation; run once before hashing)."""
import json
import pathlib

GOLD = pathlib.Path(__file__).resolve().parent.parent / "gold"


def C(quote, speaker, date, policies, kind, name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        c["speaker_name"] = name
    return c


def M(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


PC, D1 = "park-cheon-dong", "2022-07-01"
SC, D3 = "song-cheol-ho", "2019-04-25"
HT, D4 = "hong-tae-yong", "2023-04-12"
KC, D5 = "kim-cheol-hun", "2021-07-29"
SB, D6 = "suh-byung-soo", "2017-07-26"
LC = "lee-cheol-u"
D8 = "2025-07-09"
KY, D9 = "kwon-young-jin", "2019-03-28"
PT = ["public-transit"]

SETS = {
    "le-01-ulsanilbo.txt": (
        M("박천동 북구청장, “모두가 잘사는 경제도시 북구”", "2022-07-04", "정혜윤", "경상일보", "31200"),
        [PC, "kim-doo-gyeom"],
        [
            C("배려하고 소통하는 주민자치도시를 구정지표로 설정했다", None, D1,
              ["education", "culture-tourism", "citizen-participation"], "plan"),
            C("수소 모빌리티 클러스터 구축, KTX-이음의 북울산역 정차와 북울산역 역세권 개발", None, D1,
              ["future-vehicles", "public-transit", "education", "culture-tourism"], "plan"),
            C("강동관광단지 조성사업 대상지 일원을 찾아 추진상황을 점검했다", None, D1, ["culture-tourism"], "statement"),
        ],
        ["지금 우리 앞에 놓인 위기를 반드시 기회로 돌려 길을 열어 가겠다",
         "동네 구석구석 밤낮없이 뛰고 또 뛰어 새희망 미래도시, 명품 북구를 만들겠다",
         "울산대공원 현충탑 참배와 김두겸 울산시장 취임식에 참석했다",
         "이날 취임식에는 기관단체장과 지역주민, 직원 등 450여명이 참석했으며"],
    ),
    "le-02-gdnnews.txt": (
        M("산청군,‘2021년 귀농귀촌 유치지원사업’추진 박차", "2021-02-16T09:46+09:00", "박영철", None, "48860"),
        [],
        [
            C("공모에 선정돼 사업비 2억6000만원을 확보, 다양한 지원사업을 추진한다고 밝혔다", None, "2021-02-16",
              ["agriculture"], "achievement"),
            C("올해 새롭게 추진되는 귀농귀촌 지원사업은", None, "2021-02-16", ["agriculture"], "statement"),
            C("귀농귀촌 희망 도시민에게 최장 6개월 간 주거와 연수 프로그램을 제공하는 사업으로", None, "2021-02-16",
              ["agriculture"], "statement"),
            C("산청군은 현재 ‘농촌에서 살아보기’ 프로그램을 운영할 마을·단체를 모집하고 있다", None, "2021-02-16",
              ["agriculture"], "statement"),
        ],
        ["각 사업에 대한 자세한 내용은 산청군농업기술센터 홈페이지를 참고하면 된다", "사진=산청군"],
    ),
    "le-03-ucinews.txt": (
        M("송철호 울산시장 '북구 주민과 소통 공감 한마당'", "2019-04-26T08:50+09:00", "노병일", "울산시민신문", "31"),
        [SC],
        [
            C("송 시장은 울산의 미래 성장동력인 수소산업에 대해 설명하고", SC, D3, ["energy-transition"], "statement"),
            C("장애인복지관, 공공산후조리원, 평생학습관, 송정복합문화센터의 조속한 건립을 요청했다", None, D3,
              ["welfare", "childcare-birth", "education", "culture-tourism"], "statement"),
        ],
        ["울산 북구는 25일 오토밸리컨벤션에서 송철호 울산시장 초청",
         "지역 현안과 시정 방향에 대해 질의하고, 송철호 시장이 답변하는 방식으로 진행됐다",
         "시립 공공시설 설치를 확대해 구·군간 균형발전을 도모해야 한다",
         "도시인프라 구축 면에서 부족한 점이 있는 것은 사실",
         "농소~외동간 도로 건설로 편리해진 교통망이 도시인프라 구축의 시발점이 되어",
         "송철호 시장이 주민들의 건의사항에 대해답변하고 있다"],
    ),
    "le-04-thegnnews.txt": (
        M("경남 김해시 오는 2025년 '시내버스 준공영제' 시행", "2023-04-12T14:19+09:00", "천진영", None, "48250"),
        [HT],
        [
            C("시내버스 일부 노선을 폐선하면서 시내버스 준공영제를 추진한다", None, D4, PT, "plan"),
            C("홍태용 김해시장은 오는 2025년 시내버스 준공영제를 시행하겠다고 12일 밝혔다", HT, D4, PT, "plan"),
            C("지자체가 일정 지원을 하고 관리감독을 하는 제도다", None, D4, PT, "statement"),
            C("시내버스 운행 안전성을 확보할 수 있다", None, D4, PT, "statement"),
            C("노선입찰형 한정면허 도입 등의 계획을 수립한다", None, D4, PT, "plan"),
            C("김해형 시내버스 준공영제 도입 연구용역을 발주할 예정이다", None, D4, PT, "plan"),
            C("내년 7월 준공영제 도입방식 모델을 개발하고 재정 지원 체계를 만들 계획이다", None, D4, PT, "plan"),
            C("2025년 1월부터 시내버스 준공영제를 시행할 방침이다", None, D4, PT, "plan"),
            C("시민 대표들을 대상으로 설명회를 열고 준공영제 추진 이유를 밝혔다", HT, D4, PT, "statement"),
            C("또 시내버스 개편 사유를 직접 설명했다", HT, D4, PT, "statement"),
            C("김해 시내버스 대체노선을 신설 한다", None, D4, PT, "plan"),
            C("911번(4대), 912번(9대), 913번(2대)다", None, D4, PT, "plan"),
            C("1개 노선(220번 2대)은 증차한다", None, D4, PT, "plan"),
            C("김해행 부산 시내버스 폐선는 6월 1일이다", None, D4, PT, "statement"),
            C("부산시와 최종 협상 결과 김해~부산 간 운행 버스는 15개 노선, 90대로", HT, D4, PT, "statement"),
        ],
        ["6월 부산~김해 시내버스 노선 변경", "읍면동주민자치회장, 이·통장단 등 시민대표 100여 명이 참석했다"],
    ),
    "le-05-anewsa.txt": (
        M("[특별 대담] 김철훈 부산 영도구청장 \"오래된 미래, 영도에 주목해달라\"", "2021-08-05T14:57+09:00",
          "최상기", "아시아뉴스통신", "26200"),
        [KC],
        [
            C("짚라인과 로컬 커피산업 육성, 해양신산업 등 많은 호재들이 영도에 가득하다며", KC, D5,
              ["culture-tourism"], "statement"),
            C("현재 공무원이 임명되고 있지만 문화예술회관의 공연기획", KC, D5, ["culture-tourism"], "statement"),
        ],
        ["직원들과 주민들이 한마음 한뜻으로 노력해 많은 성과를 이뤄냈다며",
         "영도는 뛰어난 자연경관과 근대문화유산을 가진 매력적인 도시다",
         "이런 부분이 코로나19 상황에서 더 큰 경쟁력을 가진다",
         "청학동 재해방지시설 내 수용하겠다는 용역을 진행 중이고",
         "문화예술회관의 전문성 강화를 위해 관장을 전문지역예술인으로 임명하면?"],
    ),
    "le-06-chosun.txt": (
        M("\"일자리 창출·다복동 사업 부산을 더 행복한 도시로\"", "2017-07-26T03:04+09:00", None, None, "26"),
        [SB],
        [
            C("'일자리 창출', '다복동 사업' 등의 현장을 찾느라 그렇다", None, D6, ["jobs"], "statement"),
            C("일자리 창출은 부산의 발전을 가져올 견인차이고", SB, D6, ["jobs"], "statement"),
            C("2013년 고용률이 61.6%로 전국 최악이었다", SB, D6, ["jobs"], "statement"),
            C("젊은이들이 수도권이나 인근 울산, 창원으로 일자리를 찾아 떠나고", SB, D6,
              ["jobs", "childcare-birth"], "statement"),
            C("양질의 일자리가 많아지면 이런 사회 문제를 해결할 수 있을 거라 생각했다", SB, D6, ["jobs"], "statement"),
            C("그래서 '일자리 시장'을 선언하고 코피나도록 뛰어 다녔다", SB, D6, ["jobs"], "achievement"),
            C("그동안 좋은 일자리 15만개를 만들었고", SB, D6, ["jobs"], "achievement"),
            C("현대글로벌서비스 등 86개사를 부산에 유치했다", SB, D6, ["investment-attraction"], "achievement"),
            C("역대 최대다", SB, D6, ["investment-attraction"], "achievement"),
            C("일자리 대책 평가 3년 연속 대상을 받는 등", SB, D6, ["jobs"], "achievement"),
            C("1인 가구 급증에 따른 가족 기능 약화 등 요즘 대두되고 있는 문제와 변화에 적극", SB, D6,
              ["childcare-birth"], "statement"),
        ],
        ["3년 전부터 '일자리 창출'에 올인 중인 부산시가 '원조 일자리 도시'라 할 수 있을 것 같다",
         "지난 3년간 성과는 어느 정도 인가?",
         "'다복동 사업'에 그렇게 공을 들이는 이유는?",
         "서병수 부산시장의 요즘 동선(動線)은"],
    ),
    "le-07-yeongnam.txt": (
        M(None, None, None, None, "47"),
        [LC],
        [
            C("경북도의 성공 사례인 'K-농업대전환'을 발표해 주목을 받았다", None, None, ["agriculture"], "achievement"),
            C("경북도가 농업 분야에서 역점적으로 추진해 성공시킨 농업대전환을 소개했다", LC, None,
              ["agriculture"], "achievement"),
            C("라는 고민에서 시작됐다", LC, None, ["agriculture"], "statement"),
            C("농업의 근본적인 틀을 바꾸는 사업이 경북도의 'K-농업대전환'", LC, None, ["agriculture"], "statement"),
            C("전국 최초로 주주형 이모작 공동영농 모델을 도입해", LC, None, ["agriculture"], "achievement"),
            C("공동영농 모델을 전국적으로 확산하기 위한 용역도 추진 중이다", LC, None, ["agriculture"], "achievement"),
            C("대한민국 전역으로 확대하면 제2의 농지개혁만큼 효과가 있을 것", LC, None, ["agriculture"], "statement"),
            C("농업, 산림, 수산 등 각 분야에서 기존의 틀을 깬 대전환을 통해", LC, None, ["agriculture"], "plan"),
        ],
        ["에 대해 발표하고 있다. <경북도 제공>"],
    ),
    "le-08-newsstep.txt": (
        M("[민선8기 3주년]대구 수성구 “지금 행복한 전환의 중심에 서 있다”", "2025-07-09T11:20:12+09:00", "최선경",
          "뉴스스텝", "27260"),
        ["kim-dae-gwon"],
        [
            C("수성알파시티가 기회발전특구로 지정되면서", None, D8,
              ["investment-attraction", "decentralization", "smart-city"], "achievement"),
            C("수성미래교육관에서 세계시민교육과 코딩 교육을 운영하고 있으며", None, D8,
              ["education", "culture-tourism"], "statement"),
            C("또한 문화도시에 선정되어 대구간송미술관", None, D8, ["culture-tourism"], "achievement"),
            C("수성국제비엔날레와 들안예술마을을 거점으로 한 공예산업", None, D8, ["culture-tourism"], "statement"),
        ],
        ["도시경쟁력의 본질을 바꾼 지난 3년간의 성과를 발표했다",
         "위기와 불확실성 속에서도 도시의 본질적 경쟁력을 되묻고, 새로운 길을 개척해 왔다",
         "우리만의 새로운 궤도를 만들고 수성구만의 유일한 정체성으로, 미래 모델을 만들어가겠다",
         "◆ 4대 특구(기회발전·교육국제화·교육발전·문화)동시 지정 성과"],
    ),
    "le-09-gyotongn.txt": (
        M("대구 도심에 노면전차 ‘트램’ 달리나", "2019-03-28", "서철석", "교통신문", "27"),
        [KY],
        [
            C("대구시가 대중교통 활성화를 위해 노면전차(트램) 도입을 추진한다", None, D9, PT, "plan"),
            C("트램을 건설해 신교통시스템을 구축하는 방안을 검토 중이다", None, D9, PT, "statement"),
            C("친환경 신교통 트램을 도입하겠다", KY, D9, PT, "plan"),
            C("사전타당성 조사용역을 전문기관에 의뢰해 내년 1월께 완료할 예정이다", None, D9, PT, "plan"),
            C("트램 도입이 적합한 노선을 개발하기로 했다", None, D9, PT, "plan"),
            C("트램 예상 노선은 대구 도심 순환선", None, D9, PT, "statement"),
            C("신교통시스템 도입에 따른 시민 공론화 절차를 마련할 예정이다", None, D9,
              ["public-transit", "citizen-participation"], "plan"),
            C("대구 도시철도망 구축계획에 포함하기 위해 국토교통부 승인을 받는 절차를 거치게 된다", None, D9, PT, "plan"),
            C("1㎞당 건설비용이 약 200억원으로", None, D9, PT, "statement"),
            C("트램 1량당 승용차 174대, 버스 3대 정도의 수송능력을 갖출 것으로 평가했다", None, D9, PT, "statement"),
        ],
        ["시, 도입 추진…사전타당성 조사 용역 의뢰"],
    ),
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for art, (meta, officials, claims, not_claims) in SETS.items():
        doc = {"article": art, "metadata": meta, "officials": officials, "claims": claims, "not_claims": not_claims}
        (GOLD / f"{art}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(art, len(claims))
