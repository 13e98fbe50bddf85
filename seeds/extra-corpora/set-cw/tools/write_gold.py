"""Write set-cw's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


def meta(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


ARTICLES = {}

# cw-01: undated excerpt (only '11일', '지난달 6일') -> published and every claim date null.
KG = "kim-gyeong-su"
ARTICLES["cw-01-ekn.txt"] = {
    "metadata": meta(None, None, None, None, "48"),
    "officials": [KG],
    "claims": [
        c("기후 위기 대응을 위한 과제로 ‘2030년 경남 탄소중립 목표’를 이 같이 제시했다", KG, None, ["climate-carbon"], "plan"),
        c("오는 2050년까지 온실가스 배출량을 28.7% 감축하고 재생에너지 발전량 비중을 10.9%까지 늘리는 내용을 담고 있다", None, None, ["climate-carbon", "energy-transition"], "target"),
        c("원래 계획보다 목표량이 대폭 늘어났다", None, None, ["climate-carbon"], "statement"),
        c("경남의 재생에너지 발전량 비중은 지난 2017년 기준 4.8% 수준이다", None, None, ["energy-transition"], "statement"),
        c("대규모 재생에너지 발전단지를 조성하고 소규모 태양광 발전소 확대에 나선다", None, None, ["energy-transition"], "plan"),
        c("남해안 일대의 대규모 해상 풍력단지와 지역에 태양광 발전단지를 건설할 계획이다", None, None, ["energy-transition"], "plan"),
        c("발전용량 40MW 규모의 수상태양광이 오는 7월 완공된다", None, None, ["energy-transition"], "plan"),
        c("오는 2024년까지 20MW 규모의 태양광 발전시설을 설치할 계획이다", None, None, ["energy-transition"], "plan"),
        c("마을공동체발전소 조성사업을 추진해 소규모 재생에너지를 보급 확산한다", None, None, ["energy-transition"], "plan"),
        c("100kW 규모의 태양광 발전소를 설치했다", None, None, ["energy-transition"], "achievement"),
        c("발전소 수익금은 마을을 위해 사용된다", None, None, ["energy-transition"], "statement"),
        c("신재생에너지 지역주민투자 P2P 금융서비스 지원 등을 펼칠 예정이다", None, None, ["energy-transition"], "plan"),
        c("수소에너지 확산에도 나선다", None, None, ["energy-transition"], "plan"),
        c("산업단지의 유휴부지에 수소연료전지 발전소와 건", None, None, ["energy-transition"], "plan"),
    ],
    "not_claims": [
        "▲지난달 6일 경남도청 대회의실에서 신년 기자회견 하는 김경수 경남지사. 연합뉴스",
        "경남에는 현재 14개의 석탄화력발전소가 있다",
        "전국에서 두 번째로 석탄화력발전소가 많이 위치한 곳이다",
    ],
}

# cw-02: undated interview page (매일신문; URL date not used) -> published and claim dates null.
RG = "ryu-gyu-ha"
ARTICLES["cw-02-imaeil.txt"] = {
    "metadata": meta("[릴레이 인터뷰]류규하 대구 중구청장 \"도심 재생으로 미래 100년 기틀 마련\"", None, None, "매일신문", "27110"),
    "officials": [RG],
    "claims": [
        c("도시재생으로 중구를 과거와 현재가 공존하는 도시로 만들겠습니다", RG, None, ["urban-regeneration"], "plan"),
        c("미래 100년의 기틀을 다질 전략으로 도시재생을 제시했다", RG, None, ["urban-regeneration"], "plan"),
        c("올해 도시재생뉴딜사업 활성화 계획 용역을 통해 도심 재건을 본격화할 것", RG, None, ["urban-regeneration"], "plan"),
        c("중구 관광자원의 영향력을 인정받은 만큼 올해는 도시재생 분야에서 성과를 올리고 싶다", RG, None, ["culture-tourism", "urban-regeneration"], "plan"),
        c("남산 하누리행복공간조성 등 도시활력증진 지역개발사업을 꼽았다", RG, None, ["urban-regeneration"], "statement"),
        c("도시재생사업의 교두보 역할을 할 것이라는 게 류 구청장의 설명이다", RG, None, ["urban-regeneration"], "statement"),
        c("중구의 도시재생은 지속적으로 이뤄지고 있으며 앞으로 더 많은 변화와 성과를 이룰 수 있을 것", RG, None, ["urban-regeneration"], "statement"),
        c("중구에서 본격화되는 도시재생사업 대상은 모두 4곳이다", None, None, ["urban-regeneration"], "statement"),
        c("지난해 국토교통부가 선정한 '다시 뛰는 대구의 심장! 성내' 사업이 눈길을 끈다", None, None, ["urban-regeneration"], "statement"),
        c("2023년까지 사업비 300억원을 투입해 경상감영공원 일대를 재생하는 사업이다", None, None, ["urban-regeneration"], "plan"),
        c("모두가 행복한 미래로 가는 길' 사업도 추진된다", None, None, ["urban-regeneration"], "plan"),
        c("오는 2022년까지 170억원을 들여 동산동과 약령시 일대를 탈바꿈하게 된다", None, None, ["urban-regeneration"], "plan"),
        c("대봉2동 건들바위 주변을 나무와 야생화, 안전조명 등으로 꾸미는", None, None, ["urban-regeneration"], "plan"),
    ],
    "not_claims": [
        "500억원 투입해 도시 재생 추진…\"과거와 현재 공존\"",
        "류규하 중구청장. 중구청 제공.",
        "mWiz 이 기사 포인트",
    ],
}

# cw-03: undated ('29일' only) -> null dates.
KJ = "kim-ju-su"
ARTICLES["cw-03-kyongbuk.txt"] = {
    "metadata": meta(None, None, "이만식", "경북일보", "47730"),
    "officials": [KJ],
    "claims": [
        c("귀농 가구 유치 전국 2위(경북 1위)를 달성했다고 29일 밝혔다", None, None, ["agriculture"], "achievement"),
        c("군은 다양한 귀농 유치·정착 프로그램을 추진하고 있을 뿐 아니라", None, None, ["agriculture"], "achievement"),
        c("수요자 중심의 맞춤형 정보와 프로그램을 제공하는 적극 행정이 일궈낸 결실이다", None, None, ["agriculture"], "achievement"),
        c("도시민이 의성에서 새로운 기회를 찾을 수 있도록 다양한 지원정책을 펼쳐 나가겠다", KJ, None, ["agriculture"], "plan"),
    ],
    "not_claims": [
        "맞춤형 정보 제공 등 행정 결실",
        "의성군이 귀농귀촌 가구에 대해서 가지 재배기술 교육을 하고 있다.",
        "귀농 1번지, 의성으로 오세요.",
        "이만식 기자 mslee@kyongbuk.com",
    ],
}

# cw-04: the only date is in the photo credit ('ⓒ천지일보 2019.6.25') -> undated by the brief's rule.
ARTICLES["cw-04-newscj.txt"] = {
    "metadata": meta(None, None, "김가현", "천지일보", "31"),
    "officials": ["song-cheol-ho"],
    "claims": [
        c("울산시가 2030년까지 세계 최고 수소도시 울산을 구현한다", None, None, ["energy-transition"], "plan"),
        c("기존 자동차 기업들의 인프라가 마련돼 있어 수소산업의 최적지로 평가된다", None, None, ["energy-transition"], "statement"),
        c("‘수소도시’ 브랜드를 선점하고 ‘7대 미래먹거리’ 주요 동력을 본격 가동했다", None, None, ["energy-transition"], "achievement"),
        c("수소차 보급량을 대폭 늘려 경제 활성화와 일자리 창출을 기대하고 있다", None, None, ["energy-transition", "future-vehicles", "jobs"], "plan"),
        c("분야별 목표는 오는 2022년 수소전기차 운행을 7천대에서 2030년 6만 7천대로 늘리는 것이다", None, None, ["future-vehicles"], "target"),
        c("수소차도 현재 3천대 규모에서 3만대, 50만대로 늘릴 계획이다", None, None, ["future-vehicles"], "target"),
        c("또 수소충전소는 5기에서 13기, 60기로 확충할 예정이다", None, None, ["future-vehicles", "energy-transition"], "target"),
        c("올해 수소차 1000대가 보급", None, None, ["future-vehicles"], "target"),
    ],
    "not_claims": [
        "‘2030 세계최고 수소도시 육성계획’을 발표하고 적극 홍보하고 있다. (제공: 울산시) ⓒ천지일보 2019.6.25",
        "경제 활성화·일자리 창출 기대",
        "수소산업의 최적지로 평가돼",
        "‘2019년 넥쏘 1000대 보급 1호차 전달식’을 개최했다",
    ],
}

# cw-05: undated ('지난 30일' only) -> null dates.
SE = "seo-eun-suk"
ARTICLES["cw-05-sbynews.txt"] = {
    "metadata": meta("부산진구청장, 청년일자리사업 참여 청년들과 대화의 시간 가져", None, "정찬호", None, "26230"),
    "officials": [SE],
    "claims": [
        c("지역주도형 청년일자리사업 참여 청년 30여명을 대상으로 취·창업 특강을 했다", None, None, ["jobs", "youth-policy"], "statement"),
        c("지역주도형 청년일자리사업은 청년 취업준비자에게", None, None, ["jobs", "youth-policy"], "statement"),
        c("구는 청년 일자리 창출을 위해 올해 초 담당 부서를 신설하고 총 6억5천만원의 예산을 확보했으며", None, None, ["jobs", "youth-policy"], "achievement"),
        c("청년들이 공백없이 희망하고 만족하는 취·창업 연계를 위해 마련됐다", None, None, ["jobs", "youth-policy"], "statement"),
        c("이 사업에 참여한 것이 앞으로 직업선택에 도움이 될 거 같다", None, None, ["jobs", "youth-policy"], "statement"),
        c("보다 다양한 기관 및 업체에서 근무할 기회가 있으면 더 좋겠다", None, None, ["jobs", "youth-policy"], "statement"),
        c("여러분들의 의견을 적극 수렴해 취·창업에 도움이 되는 일자리 정책을 펼치겠다", SE, None, ["jobs", "youth-policy"], "plan"),
    ],
    "not_claims": [
        "Economic News for Korea Small and Medium-size Enterprises",
        "구청장과 도시락 점심을 함께 먹으며 자유로운 대화의 시간을 가진 뒤",
        "이 자리를 통해 청년들에게 더 가까이 다가가는 시간이 됐다",
    ],
}

# cw-06: '2025-12-21 15:18:47' line; the excerpt reports the '18일' final report meeting -> 2025-12-18.
JG = "jo-gyu-il"
D6 = "2025-12-18"
ARTICLES["cw-06-siminilbo.txt"] = {
    "metadata": meta("진주시, \"관광진흥전략 수립 용역\" 최종보고회 개최", "2025-12-21T15:18:47+09:00", "엄기동", "시민일보", "48170"),
    "officials": [JG],
    "claims": [
        c("향후 5년간(2026~2030년) 진주 관광의 중장기 발전 방향과 실행 전략을 확정했다", None, D6, ["culture-tourism"], "achievement"),
        c("기존 관광자산에 집중된 관광 구조를 진단하고", None, D6, ["culture-tourism"], "statement"),
        c("실현 가능성과 실행력을 중심으로 한 전략을 도출했다", None, D6, ["culture-tourism"], "achievement"),
        c("‘진주 유등’을 중심으로 한 10대 로컬 헤리티지 성장 전략", None, D6, ["culture-tourism"], "plan"),
        c("진주 전역으로 관광 효과를 확산시키는 구상이 핵심이다", None, D6, ["culture-tourism"], "plan"),
        c("관광의 방향을 새롭게 정립한 로드맵", JG, D6, ["culture-tourism"], "statement"),
        c("체류·상시형 관광도시로 도약할 수 있도록 단계적으로 실행해 나가겠다", JG, D6, ["culture-tourism"], "plan"),
        c("연차별 실행계획 수립 등을 통해 전략의 실효성을 높여 나갈 방침이다", None, D6, ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "진주관광 중장기 발전방향·실행전략 등 확정",
        "유등·문화유산 중심 체류형 관광도시로 도약",
        "egd@siminilbo.co.kr",
    ],
}

# cw-07: '기사 작성일 : 2025-01-14 09:01:20'; '14일 밝혔다' = publication day.
D7 = "2025-01-14"
ARTICLES["cw-07-tvtoday.txt"] = {
    "metadata": meta("변화 꾀하는 울산 전통시장…대표 음식 개발·장날 버스킹도", "2025-01-14T09:01:20+09:00", "장영은", None, "31710"),
    "officials": [],
    "claims": [
        c("장날에는 거리공연(버스킹)도 여는 등 찾아오는 시장을 만들기 위해 다양한 노력에 나섰다", None, D7, ["small-merchants", "culture-tourism"], "plan"),
        c("지역 전통시장 7곳을 대상으로 활성화 지원을 한다고 14일 밝혔다", None, D7, ["small-merchants"], "plan"),
        c("안개형 냉각설비(쿨링포그)를 설치하기로 했다", None, D7, ["small-merchants"], "plan"),
        c("'디지털 상인'을 양성하는 데 앞장서기로 했다", None, D7, ["small-merchants"], "plan"),
        c("먹거리 광장도 조성하기로 했다", None, D7, ["small-merchants"], "plan"),
        c("이들 음식을 판매하는 창업도 지원하기로 했다", None, D7, ["small-merchants", "startup-support"], "plan"),
        c("더본외식산업개발원에 연구용역을 줘 대표 음식을 개발하기로 했다", None, D7, ["small-merchants"], "plan"),
        c("체계적인 오일장 관리를 위해 장옥 실명제와 노점구역 번호제도 운영한다", None, D7, ["small-merchants"], "plan"),
        c("각 전통시장을 홍보하는 동영상까지 제작해", None, D7, ["small-merchants"], "plan"),
    ],
    "not_claims": [
        "울산 전통시장, 더 변화합니다.",
        "[울주군 제공.재판매 및 DB 금지]",
        "언양알프스시장 전경",
    ],
}

# cw-08: undated (only '3일') -> null dates; 손삼주 (과장) is not in the registry.
ARTICLES["cw-08-imaeil.txt"] = {
    "metadata": meta(None, None, None, None, "47130"),
    "officials": [],
    "claims": [
        c("'2022년 중·소도시 스마트시티 조성사업' 대상지에 최종 선정됐다", None, None, ["smart-city"], "achievement"),
        c("교통·환경·안전 분야 스마트 솔루션 구축사업을 벌이게 된다", None, None, ["smart-city"], "plan"),
        c("6월쯤 설계를 실시해 내년 3월 준공 예정", None, None, ["smart-city"], "plan"),
        c("'스마트 횡단보도' 8곳", None, None, ["smart-city", "public-transit", "disaster-safety"], "plan"),
        c("주민참여 '리빙랩'(주민들이 마을문제 해결에 직접 참여하는 것) 방식을 통해", None, None, ["smart-city", "citizen-participation"], "plan"),
        c("정보통신기술(ICT)을 활용한 각종 도시 문제 해결과 시민 생활 환경 개선이 사업의 주목적", None, None, ["smart-city"], "statement", "손삼주"),
        c("이번 사업이 경주시 전역 스마트 도시화의 발판이 되길 기대한다", None, None, ["smart-city"], "statement", "손삼주"),
    ],
    "not_claims": [
        "댓글 많은 뉴스",
        "문재인 \"정치탄압\"…뇌물죄 수사검사 공수처에 고발",
        "민주당 \"李 유죄 판단 대법관 10명 탄핵하자\"…국힘 \"이성 잃었다\"",
    ],
}

# cw-09: '기사입력:2025-06-04 11:37:38'; '4일 밝혔다' = publication day.
JJ = "jeong-jong-bok"
D9 = "2025-06-04"
ARTICLES["cw-09-lawissue.txt"] = {
    "metadata": meta("기장군, 부산시 최초 ‘다자녀 가정 바우처 지원", "2025-06-04T11:37:38+09:00", "전용모", "로이슈", "26710"),
    "officials": [JJ],
    "claims": [
        c("부산시 기초지자체 최초로 다자녀 가정 양육 바우처 지원 사업을 추진한다고 4일 밝혔다", None, D9, ["childcare-birth"], "plan"),
        c("저출산 문제를 해결하고 양육 부담을 덜어주기 위해 마련됐다", None, D9, ["childcare-birth"], "statement"),
        c("올해 4월에 지원 예산을 최종 확보해 양육비 지원을 위한 준비를 마쳤다", None, D9, ["childcare-birth"], "achievement"),
        c("중학생(중학생에 해당하는 학교 밖 청소년 포함)인 둘째 이상의 자녀이다", None, D9, ["childcare-birth"], "statement"),
        c("지원금은 둘째 이상 자녀 1인당 60만 원이며 동백전 정책지원금으로 1회 제공되며", None, D9, ["childcare-birth"], "statement"),
        c("신청 기간은 6월 10일부터 11월 28일까지이며", None, D9, ["childcare-birth"], "statement"),
        c("자녀 양육에 대한 사회적 책임을 강화하기 위해 다양한 정책을 추진하겠다", JJ, D9, ["childcare-birth"], "plan"),
        c("자녀 키우기 더욱 좋은 기장군이 되도록 앞으로도 양육에 필요한 환경을 개선해 나가겠다", JJ, D9, ["childcare-birth"], "plan"),
    ],
    "not_claims": [
        "기장군청.(로이슈DB)",
        "전용모 로이슈(lawissue) 기자 sisalaw@lawissue.co.kr",
        "항목 현재가 전일대비",
    ],
}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    for name, body in ARTICLES.items():
        gold = {"article": name, **body}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(body["claims"]))
    print("total", sum(len(b["claims"]) for b in ARTICLES.values()))


if __name__ == "__main__":
    main()
