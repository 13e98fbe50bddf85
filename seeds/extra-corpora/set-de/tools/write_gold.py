"""Write set-de's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


FILES = {}

# de-01 newsstep: 오영훈, weekly meeting 7일 = publication day 2025-04-07
D = "2025-04-07"
OH = "oh-young-hun"
FILES["de-01-newsstep.txt"] = {
    "metadata": {"headline": "제주 관광 회복 ‘골든타임’… 질적 성장 시동", "published": "2025-04-07T19:35:01+09:00",
                 "reporter": "최선경", "outlet": "뉴스스텝", "jurisdiction": "50"},
    "officials": [OH],
    "claims": [
        c("‘공존의 약속’ 실천 강화와 크루즈 준모항 운영 등 관광 혁신을 추진한다", None, D, ["culture-tourism"], "plan"),
        c("이번 주를 기점으로 관광객 증가세로 전환될 것으로 전망되지만", OH, D, ["culture-tourism"], "statement"),
        c("특히 제주 관광의 기본 방향으로 삼은 ‘공존의 약속’의 실천을 역설했다", OH, D, ["culture-tourism"], "plan"),
        c("공존의 약속은 두 가지 핵심 가치를 담고 있다", OH, D, ["culture-tourism"], "statement"),
        c("첫째는 제주를 찾는 여행자에 대한 존중과 배려이며", OH, D, ["culture-tourism"], "statement"),
        c("도민과 관광객 간 이해와 존중이 선행될 때 공정한 가격과 높은 서비스 품질이라는 공존의 약속도", OH, D, ["culture-tourism"], "statement"),
        c("제주도는 관광의 질적 성장을 이끌 핵심 동력으로 5월부터 시작되는 크루즈 준모항 운영에 주목하고 있다", None, D, ["culture-tourism"], "plan"),
        c("준모항 운영으로 제주도민의 크루즈 여행 기회가 확대될 뿐 아니라", OH, D, ["culture-tourism"], "statement"),
    ],
    "not_claims": [
        "주간 혁신성장회의서 오영훈 지사, 관광객 증가세 전환 맞아 ‘공존의 약속’ 등 품질 관리 강화",
        "▲ 제주 관광 회복 ‘골든타임’… 질적 성장 시동",
        "관광은 상호 존중과 배려를 통해 좋은 추억을 만들어가는 과정",
    ],
}

# de-02 news1: 조충훈, undated text -> all dates null
JO = "jo-chung-hun"
FILES["de-02-news1.txt"] = {
    "metadata": {"headline": "조충훈 시장 \"순천 미래 100년 열어갈 첫 해\"", "published": None,
                 "reporter": "서순규", "outlet": "뉴스1", "jurisdiction": "46150"},
    "officials": [JO],
    "claims": [
        c("올해는 정원박람회의 완벽한 성공을 위한 또 하나의 시작", JO, None, ["culture-tourism"], "statement"),
        c("정원도시의 완성은 순천만 정원박람회와 동천 하늘빛 축제, 봉화산 둘레길이 하나로 이어졌을 때", JO, None, ["culture-tourism"], "statement"),
        c("순천을 찾는 관광객들이 1박을 하는 체류형 관광지가 될것", JO, None, ["culture-tourism"], "statement"),
        c("관광객들이 체류하면서 지역경제활성화로 이어지면 이것이 창조경제", JO, None, ["culture-tourism"], "statement"),
        c("다시가고싶은 도시를 묻는 여론조사 결과 남도의 작은 도시인 우리 순천이 1위에 올랐다", JO, None, ["culture-tourism"], "achievement"),
        c("정원박람회 성공의 후폭풍이 성과로 이어지고 있어", JO, None, ["culture-tourism"], "achievement"),
        c("'순천만 정원' 개장으로 순천미래 100년을 여는 원년으로 30만 자족도시 청사진을 마련하겠다", JO, None, ["culture-tourism"], "plan"),
        c("봉화산 둘레길 조성, 도시재생사업, 평생학습도시 브랜드화, 도심 하수도시설 개선, 농산물 생산, 유통 개선 등을 2014년 역점시책으로 추진하겠다", JO, None,
          ["culture-tourism", "urban-regeneration", "education", "agriculture"], "plan"),
    ],
    "not_claims": [
        "올해는 순천미래 100년을 열어가는 첫 해가 될것",
        "조충훈 순천시장© News1 서순규 기자",
    ],
}

# de-03 bulgyoilbo: 최민호, undated text (day '3일' only; the 2025 is the conference's name) -> dates null
CM = "choi-min-ho"
FILES["de-03-bulgyoilbo.txt"] = {
    "metadata": {"headline": "행정수도 완성 특별 세미나....최민호 세종특별자치시장", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "36"},
    "officials": [CM],
    "claims": [
        c("유일한 해답은 ‘행정수도 세종 완성’이라고 강조했다", CM, None, ["decentralization"], "statement"),
        c("행정수도 세종은 수도권 일극 체제를 해소하고 지방분권을 실현할 수 있는 구조적 대안", CM, None, ["decentralization"], "statement"),
        c("이를 실현하기 위해선 행정수도 개헌 명문화와 세종시법 개정이 반드시 필요하다", CM, None, ["decentralization"], "plan"),
        c("세종이 진정한 행정수도로 자리 잡으려면 국회와 대통령실의 완전 이전이 선행돼야 하며", CM, None, ["decentralization"], "plan"),
        c("현 정부의 국정과제인 ‘진짜 대한민국을 위한 헌법 개정’에는 행정수도 명문화가 포함돼 있다", CM, None, ["decentralization"], "statement"),
        c("정부와 국회의 적극적인 추진이 필요하다", CM, None, ["decentralization"], "plan"),
        c("아울러 세종시의 재정 불균형 문제도 지적했다", CM, None, ["decentralization"], "criticism"),
        c("교부세 산정 시 기초사무가 반영되지 않는 불평등을 겪고 있다", CM, None, ["decentralization"], "criticism"),
        c("보통교부세 총액의 2% 정률제 특례 도입이나 기초사무 수요 반영 항목 신설이 필요하다", CM, None, ["decentralization"], "plan"),
        c("▲한글문화도시 ▲스마트도시 ▲MICE산업 ▲교통·교육 분야 등 행정수도 기반 인프라 확충을 위한 각종 특례 지원을 요청했다", CM, None,
          ["culture-tourism", "smart-city", "education", "decentralization"], "plan"),
        c("수도권 명문대 이전, 국가 메가싱크탱크 조성, 국제폴리텍대학을 통한 해외 인재 양성 등", CM, None, ["education"], "plan"),
    ],
    "not_claims": ["행정수도 완성 특별 세미나"],
}

# de-04 dynews: 이시종, undated text ('20일' only) -> dates null
LS = "lee-si-jong"
FILES["de-04-dynews.txt"] = {
    "metadata": {"headline": "충북 바이오 2단계 진입을 위한 근본적인 대개혁 주문", "published": None,
                 "reporter": "엄재천", "outlet": "동양일보", "jurisdiction": "43"},
    "officials": [LS],
    "claims": [
        c("충북 바이오 제 2도약 추진 철저와 오송의 위상구축을 강조했다", LS, None, ["medical-industry"], "plan"),
        c("바이오헬스산업의 기초를 닦은 충북 바이오 1기로서 이제 2단계에 진입을 위한 대개혁을 해야 한다", LS, None, ["medical-industry"], "plan"),
        c("우선 2030년 세계 바이오 3대 클러스터 진입이란 목표의 실현 가능성부터", LS, None, ["medical-industry"], "plan"),
        c("대구경북첨복단지를 비롯해 경기도와 대구, 인천을 방문해 추진상황을 확인하고", LS, None, ["medical-industry"], "plan"),
        c("바이오 분야뿐만 아니라 반도체와 이차전지, 태양광 등에 필요한 차세대 방사광가속기 구축에 총력을 기울여야 한다", LS, None,
          ["medical-industry", "research-development"], "plan"),
        c("바이오헬스 제2 도약을 위한 목표와 계획을 정립하고 구체적인 대책을 마련하라", LS, None, ["medical-industry"], "plan"),
        c("3산단 개발을 비롯해 컨벤션 센터와 실내체육관 건립", LS, None, ["culture-tourism"], "plan"),
        c("장애인 시설과 중소기업 제품 및 농수산물 팔아주기와 장보기 행사 등을 추진하고 근로자 임금체불 여부", LS, None,
          ["welfare", "agriculture", "small-merchants", "labor-relations"], "plan"),
    ],
    "not_claims": [
        "지난해 오송역의 연간 이용객이 800만명을 돌파했고, 곧 1000만 시대가 도래할 것으로 이에 상응하는 위상 구축이 필요하다",
    ],
}

# de-05 jbyonhap: 전주시, institutional; 승인 2018-11-14, '14일 밝혔다'
D = "2018-11-14"
FILES["de-05-jbyonhap.txt"] = {
    "metadata": {"headline": "전주한옥마을 재생 2.0프로젝트 속도 낸다", "published": "2018-11-14T17:48+09:00",
                 "reporter": "임종근", "outlet": None, "jurisdiction": "45110"},
    "officials": [],
    "claims": [
        c("전주한옥마을에 실제 거주하는 주민들이 주도하는 마을자치회 구성을 통해", None, D,
          ["citizen-participation", "urban-regeneration", "culture-tourism"], "plan"),
        c("주민들이 주도하는 마을 자치회 구성을 추진하고 있다고 14일 밝혔다", None, D, ["citizen-participation"], "statement"),
        c("주민들의 힘으로 한옥마을을 살기 좋은 마을로 만들어갈 수 있도록 도울 계획이다", None, D, ["citizen-participation"], "plan"),
        c("시가 이처럼 마을 자치회 구성에 나선 것은", None, D, ["citizen-participation", "culture-tourism"], "statement"),
        c("여행객들도 진정한 매력을 느낄 수 있도록 양적성장이 아닌 질적 성장을 이끌어내기 위해 최선을 다하겠다", None, D,
          ["culture-tourism"], "plan", speaker_name="황권주"),
    ],
    "not_claims": [
        "시, 자치회 구성 추진",
        "주요기사",
    ],
}

# de-06 segye: 고흥군, institutional; ' date 2025-09-16', '16일'
D = "2025-09-16"
EA = ["energy-transition", "agriculture"]
FILES["de-06-segye.txt"] = {
    "metadata": {"headline": None, "published": "2025-09-16", "reporter": None, "outlet": None, "jurisdiction": "46770"},
    "officials": [],
    "claims": [
        c("정부와 함께 추진 중인 공공주도형 해상풍력 발전사업과 수산 발전을 위한 민관협의회를 개최했다고 밝혔다", None, D, EA, "statement"),
        c("해상풍력에 대한 불완전한 정보 제공으로 지역 갈등이 깊어짐에 따라", None, D, EA, "statement"),
        c("△지속적인 어업활동 보장 △정당한 보상 △어업소득의 보전 등 3대 원칙을 반드시 준수하겠다고 약속했다", None, D, EA, "plan"),
        c("이 중 하나라도 충족되지 않는다면 사업을 추진하지 않겠다", None, D, EA, "plan"),
        c("어민이 직접 참여해 어업피해 조사와 해상풍력 입지를 선정할 계획이다", None, D, EA, "plan"),
        c("민간사업에 대해서도 어민 의견을 최우선으로 존중할 방침이다", None, D, EA, "plan"),
        c("김 양식장 내 민간 해상풍력 단지는 어민 의견에 따라 공공개발 대상에서 제외했다", None, D, EA, "achievement"),
        c("어업피해 보상은 법으로 보장된 어민의 권리이며", None, D, EA, "statement"),
        c("발전 수익은 ‘군민연금’ 제도를 통해 20년간 군민들에게 지급되며", None, D, EA, "plan"),
        c("사업은 어민의 최종 동의가 있을 때 추진된다", None, D, EA, "statement"),
        c("해상풍력 공존대책위원회 구성을 어민단체에 제안해 추진 중이었으나", None, D, EA, "statement"),
    ],
    "not_claims": [
        "고흥군청 전경. 고흥군 제공",
    ],
}

# de-07 breaknews: 이장우, undated text ('27일' only) -> dates null
LJ = "lee-jang-woo"
FILES["de-07-breaknews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "30"},
    "officials": [LJ],
    "claims": [
        c("과학수도·일류경제 도시 대전을 꼭 실현하겠다는 강한 의지를 천명하는 것으로", LJ, None, ["research-development"], "plan"),
        c("도시철도 2호선 트램의 주요정책을 결정하고 총사업비를 당초 계획보다 6,599억원 증액하여 정부와 협의를 완료했다", LJ, None,
          ["public-transit"], "achievement"),
        c("KDI 사업계획 적정성 재검토를 조기에 완료해 내년에 도시철도 2호선이 착공될 수 있게 노력하겠다", LJ, None, ["public-transit"], "plan"),
        c("유성복합터미널 여객중심 시설로 조기 건립 추진", LJ, None, ["public-transit"], "achievement"),
        c("최근 글로벌 바이오 기업 머크 및 차세대 배터리 선도기업인 SK온과 투자유치 업무협약을 체결했다", LJ, None,
          ["investment-attraction"], "achievement"),
        c("민선 8기는 기업 유치를 통해 일자리 창출과 경제 활성화에 온 힘을 쏟을 것", LJ, None, ["investment-attraction", "jobs"], "plan"),
    ],
    "not_claims": [
        "이 시장의 이날 회견은 지난 1년간의 주요 성과 및 공약 추진 상황을 점검하고",
        "2023년 지방자치단체 합동평가에서 역대 최고 성적인 정성평가 1위, 정량평가 3위를 달성했다",
        "이는 전국 특․광역시에서 유일하게 정성 및 정량평가에서 모두 최우수기관으로 선정된 것",
    ],
}

# de-08 cntoday: 오세현; 승인 2018-08-21; MOU '지난 20일' = 2018-08-20
P, E = "2018-08-21", "2018-08-20"
OS = "oh-se-hyeon"
FILES["de-08-cntoday.txt"] = {
    "metadata": {"headline": "오세현 아산시장, 5만 일자리 창출에 힘찬 시동!", "published": "2018-08-21T16:02+09:00",
                 "reporter": "이지웅", "outlet": None, "jurisdiction": "44200"},
    "officials": [OS],
    "claims": [
        c("민선7기 공약사항인 5만 일자리 창출을 위해 취임 후 50일 만에 산단 조성 물꼬를 트며", None, E, ["jobs"], "achievement"),
        c("선장일반산업단지 조성사업 추진을 위한 업무협약을 체결하며 본격적인 일자리 만들기에 나섰다", None, E, ["jobs"], "achievement"),
        c("2천 1백여억 원 이상의 사업비를 투입해 2023년도에 산업단지조성을 완료할 계획이다", None, P, ["investment-attraction"], "plan"),
        c("친환경 자동차와 자율 주행 자동차를 선도할 수 있는 업종을 유치해 미래전략산업으로 육성할 계획이다", None, P,
          ["future-vehicles", "investment-attraction"], "plan"),
        c("선장일반산업단지가 조성되면 4천여 명의 직접고용 근로자가 필요할 것으로 예상된다", None, P, ["jobs"], "statement"),
        c("5만 일자리 창출 공약의 순조로운 이행을 위해 몸 풀기를 끝내고 본격적인 행보를 시작한 것이다", None, P, ["jobs"], "achievement"),
        c("아산시는 친기업 친개발 의지를 갖고 적극적으로 기업유치에 힘쓰고 있다", OS, P, ["investment-attraction"], "statement"),
    ],
    "not_claims": [
        "코오롱글로벌(주)과 선장일반산업단지 업무협약 체결",
        "이를 적극 활용해 균형 있게 발전해가는 도시로 만들어나가겠다",
    ],
}

# de-09 businesspost: 이용섭; 2019-08-19 12:09:02, press conference '19일'
D = "2019-08-19"
LY = "lee-yong-seop"
FILES["de-09-businesspost.txt"] = {
    "metadata": {"headline": "이용섭 \"광주형 일자리 자동차공장 법인, 8월까지 설립 마친다\"", "published": "2019-08-19T12:09:02+09:00",
                 "reporter": "김남형", "outlet": "비즈니스포스트", "jurisdiction": "29"},
    "officials": [LY],
    "claims": [
        c("이용섭 광주광역시장이 광주형 일자리와 관련해 8월 안으로 자동차공장 법인 설립을 마친다", LY, D, ["jobs"], "plan"),
        c("광주형 일자리사업인 자동차공장 설립은 계획된 방향대로 차질 없이 진행되고 있다", LY, D, ["jobs"], "statement"),
        c("올해 하반기에 착공해 2021년 하반기에 양산한다는 계획에 차질이 없도록", LY, D, ["jobs"], "plan"),
        c("지역 일자리사업을 놓고 중앙정부의 컨트롤타워 역할을 요청했다", LY, D, ["jobs"], "plan"),
        c("지역 일자리사업의 효율성과 성공 가능성을 높이는 중앙정부의 컨트롤타워 역할이 중요하다", LY, D, ["jobs"], "statement"),
        c("최근 발표된 강원형, 군산형, 구미형, 울산형 일자리 사업을 보면 모두 자동차 관련 산업에 집중돼", LY, D, ["jobs"], "criticism"),
        c("그밖에 인공지능(AI) 선도도시 추진, 지하철 2호선 착공, 저출산 대책 등 광주시가 추진하는 현안도 설명했다", LY, D,
          ["fourth-industrial-revolution", "public-transit", "childcare-birth"], "statement"),
    ],
    "not_claims": [
        "이용섭 광주광역시장이 19일 시청에서 기자회견을 열고 광주형 일자리 등 현안사업의 추진방향을 설명하고 있다.",
        "Cjournal",
    ],
}


def main() -> None:
    GOLD.mkdir(parents=True, exist_ok=True)
    for name, body in FILES.items():
        gold = {"article": name, **body}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(body["claims"]))
    print("total", sum(len(b["claims"]) for b in FILES.values()))


if __name__ == "__main__":
    main()
