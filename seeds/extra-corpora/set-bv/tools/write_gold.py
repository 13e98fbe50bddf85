"""Write set-bv's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


FILES = {}

# bv-01: 울주군 귀농·귀촌 (institutional; only an unnamed 관계자 is quoted)
D = "2019-04-07"
FILES["bv-01-ujeil.txt"] = {
    "metadata": {"headline": "울주군, 귀농·귀촌 지원 강화", "published": "2019-04-07T22:49+09:00",
                 "reporter": "성봉석", "outlet": None, "jurisdiction": "31710"},
    "officials": [],
    "claims": [
        c("귀농·귀촌 상담센터와 정보센터를 각각 설치하고", None, D, ["agriculture"], "plan"),
        c("2021년까지 ‘귀농·귀촌 복합문화 정보센터’ 설치를 추진한다", None, D, ["agriculture"], "plan"),
        c("올해 연관 단체 협의회를 구성하고 센터 공모사업을 시행하며", None, D, ["agriculture"], "plan"),
        c("‘귀농·귀촌인 민원 상담센터’도 설치한다", None, D, ["agriculture"], "plan"),
        c("군은 올 연말까지 민원지적과에 상담센터를 설치해", None, D, ["agriculture"], "plan"),
        c("뿐만 아니라 군은 귀농·귀촌인 재정 지원책도 마련한다", None, D, ["agriculture"], "plan"),
        c("퇴직 세대나 청년의 농업 창업 및 주택 자금을 지원해", None, D,
          ["agriculture", "startup-support", "youth-policy"], "plan"),
        c("귀농·귀촌 희망자들이 울주에 오도록 유익한 정보를 제공하고 재정 지원을 강화하겠다", None, D,
          ["agriculture"], "plan"),
        c("이들이 부담감 없이 안정적으로 정착해야 ‘인구 30만 울주 시대’를 앞당길 수 있을 것", None, D,
          ["agriculture"], "statement"),
    ],
    "not_claims": ["울주군, 귀농·귀촌 지원 강화",
                   "상담·정보센터 설치, 농촌 활성화 목표… 정착 필요 재정 지원도 시행"],
}

# bv-02: 울산시 수소·해상풍력 (송철호); text gives only the day (17일) -> dates null
FILES["bv-02-ulsanpress.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "31"},
    "officials": ["song-cheol-ho"],
    "claims": [
        c("울산시는 부유식 해상풍력 산업 육성과 수소 경제 생태계 조성", None, None, ["energy-transition"], "plan"),
        c("새로운 성장 동력으로 '글로벌 에너지 허브 도시 육성전략'을 소개했다", "song-cheol-ho", None,
          ["energy-transition"], "plan"),
        c("제2 조선해양 산업으로 부유식 해상풍력 산업육성", "song-cheol-ho", None, ["energy-transition"], "plan"),
    ],
    "not_claims": ["'울산 수소 경제 고용 투자 협약' MOU를 체결한 뒤 기념촬영을 하고 있다",
                   "수소 경제 활성화 로드맵 및 울산 미래 에너지 전략 보고회에서 이 같은 내용을 밝혔다",
                   "수소 경제 로드맵 발표, 글로벌 에너지 허브 도시 육성전략 발표"],
}

# bv-03: 울산 남구 서동욱 민선 8기 2주년; only '20일' -> dates null
S = "seo-dong-uk"
FILES["bv-03-hankyung.txt"] = {
    "metadata": {"headline": "서동욱 울산 남구청장 \"인구 감소·지역 소멸 대응에 행정력 집중\"", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "31140"},
    "officials": [S],
    "claims": [
        c("이동노동자 야외 쉼터 조성, 장애인 전용 주차구역 그림도안 설비 대여", S, None,
          ["labor-relations", "welfare", "disaster-safety", "youth-policy"], "achievement"),
        c("고독사 예방 인공지능(AI) 안부든든 서비스 운영", S, None,
          ["disaster-safety", "welfare", "fourth-industrial-revolution"], "achievement"),
        c("골목상권 부활을 위한 소상공인 맞춤형 지원, 청년이 강한 남구 만들기", S, None,
          ["small-merchants", "youth-policy", "culture-tourism"], "achievement"),
        c("후반기 추진한 주요 사업으로는 남부권 광역관광 개발사업", None, None,
          ["culture-tourism", "disaster-safety"], "plan"),
    ],
    "not_claims": ["민선 8기 후반기에는 인구 감소와 지역 소멸 대응에 행정력을 집중하겠다",
                   "공약 이행률 압도적 1위",
                   "구민과의 약속 이행이 그 무엇보다 최우선이었음을 증명했다",
                   "심각해지고 있는 인구 감소와 지역 소멸 대응에 주안점을 두고",
                   "남구만의 정체성 회복과 타 도시와 차별화된 이미지 전달로"],
}

# bv-04: 제주 청년정책 (오영훈 interview with 서울신문); only '19일' -> dates null
O = "oh-young-hun"
FILES["bv-04-seoul.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": "서울신문",
                 "jurisdiction": "50"},
    "officials": [O],
    "claims": [
        c("일자리 숫자만 늘리는 것을 넘어 어떻게 좋은 일자리를 만들어", O, None, ["jobs", "youth-policy"],
          "statement"),
        c("‘사람이 남는 일자리’에 초점을 두고 청년 정책을 다시 설계하기 시작했다", O, None,
          ["youth-policy", "jobs"], "statement"),
        c("제주도가 청년 정책의 방향을 재설계하고 있다", None, None, ["youth-policy"], "statement"),
        c("숫자가 아닌 질을 고민하고 있다", None, None, ["youth-policy"], "statement"),
        c("5개 분야 101개 사업을 추진한다고 밝혔다", None, None, ["youth-policy"], "plan"),
        c("로컬 크리에이터 등 특화 창업을 통해 지역 맞춤형 일자리를 만들고", None, None,
          ["startup-support", "jobs", "education", "youth-policy"], "plan"),
        c("미래세대의 주거 안정을 설계하는 제주형 주거복지 정책을 내놨다", None, None,
          ["housing", "youth-policy"], "plan"),
        c("‘하영드림 주택 마련’과 신혼부부 전세자금 대출이자 지원 확대다", None, None, ["housing"], "plan"),
        c("하영드림은 주택 구입 자금 대출 이자를 최대 1.5%", None, None, ["housing"], "statement"),
    ],
    "not_claims": ["경제정책협의회를 열어 올해 경제전략을 공유하며 웃고 있다",
                   "5개 분야 101개 사업을 추진하기로 했다",
                   "18개국 청년 48명이 참여한 가운데 개최된 제주국제청년포럼"],
}

# bv-05: 제주 버스 노선 변경 (institutional); only '19일' -> dates null
FILES["bv-05-jemin.txt"] = {
    "metadata": {"headline": "제주도 대중교통 노선 일부 변경", "published": None, "reporter": "윤주형",
                 "outlet": "제민일보", "jurisdiction": "50"},
    "officials": [],
    "claims": [
        c("7개 노선을 20일부터 9∼12인승 마을순환차량으로 대체한다고 19일 밝혔다", None, None,
          ["public-transit"], "plan"),
        c("또한 21일부터 제주시내 직행버스 300번은", None, None, ["public-transit"], "plan"),
        c("도에 따르면 마을순환차량이 운행되는 7개 노선은", None, None, ["public-transit"], "statement"),
        c("기존 노선과 시간표를 변경하지 않고 승합차량 13대를 투입해 운행하며", None, None,
          ["public-transit"], "plan"),
        c("마을순환차량 운행으로 인해 남는 공영버스는", None, None, ["public-transit"], "plan"),
        c("우선 21일부터 제주시내 직행버스(300번)는", None, None, ["public-transit"], "plan"),
        c("오일장 경유 노선 확대 등을 위해 2개 노선을 신설할 계획이다", None, None, ["public-transit"], "plan"),
    ],
    "not_claims": ["제주도 대중교통 노선 일부 변경"],
}

# bv-06: 양양군 2023 new-year plan (broadcast; 방송일자 2023-01-04)
D = "2023-01-04"
K = "kim-jin-ha"
FILES["bv-06-mbceg.txt"] = {
    "metadata": {"headline": None, "published": "2023-01-04", "reporter": "이아라", "outlet": None,
                 "jurisdiction": "42830"},
    "officials": [K],
    "claims": [
        c("오색케이블카 설치를 비롯한 관광 인프라에 전력을 다할 계획입니다", None, D, ["culture-tourism"], "plan"),
        c("남대천변 개발과 궤도 열차 등 즐길거리를 풍성하게 만든다는 구상입니다", None, D,
          ["culture-tourism"], "plan"),
        c("양양군의 최우선 역점사업은 설악산 오색케이블카 설치 입니다", None, D, ["culture-tourism"], "plan"),
        c("하반기에 첫 삽을 뜰 것으로 기대됩니다", None, D, ["culture-tourism"], "plan"),
        c("케이블카 운행을 시작한다는 목표를 갖고", None, D, ["culture-tourism"], "plan"),
        c("즐길 수 있는 콘텐츠도 개발합니다", None, D, ["culture-tourism"], "plan"),
        c("궤도 열차를 만들어 관광객들을 끌어모으겠다는 구상입니다", None, D, ["culture-tourism"], "plan"),
        c("오색케이블카가 완성되면, 그거에 대비한 시가지에서 소비활동 할 수 있는 콘텐츠들을", K, D,
          ["culture-tourism"], "plan"),
        c("지난해 한 해 1천 5백만 명의 관광객을 맞이하며", None, D, ["culture-tourism"], "achievement"),
    ],
    "not_claims": ["양양역과 시가지, 낙산 신도시를 하나의 생활권으로 묶는 것도 큰 과제입니다",
                   "양양역 주변 역세권 개발 사업을 연계해서",
                   "양양경찰서는 경찰청 예산에 건축공사비가 편성돼",
                   "양양군 재정 규모는"],
}

# bv-07: 홍천군 신영재 취임 (민선 8기 첫 날 '1일'; year not in text -> dates null)
H = "shin-yeong-jae"
FILES["bv-07-kukinews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "42720"},
    "officials": [H],
    "claims": [
        c("철도시대 홍천에 대비하고 강원특별자치도 시대에 발맞춰", H, None,
          ["public-transit", "decentralization"], "plan"),
        c("모두가 행복한 맞춤 복지, 가치상승 홍천 경제, 희망과 기회가 넘치는 농촌", H, None,
          ["welfare", "agriculture", "education", "culture-tourism"], "plan"),
        c("홍천 철도시대 수도권 교통망 구축이라는 +1 군정목표를 구현한다는 방침이다", None, None,
          ["public-transit"], "plan"),
        c("군민과의 소통을 위한 공간을 군청이 아닌 시내에 조성할 계획도 밝혔다", H, None,
          ["citizen-participation"], "plan"),
        c("관광지 개발·투자 및 문화관광 도시 육성에 박차를 가할 예정이다", None, None,
          ["culture-tourism"], "plan"),
    ],
    "not_claims": ["끊임없는 소통을 통해 군민이 주인인 새로운 홍천을 만들겠다",
                   "민선 8기 군정구호 및 군정비전은",
                   "심장이 다시 뛰고 희망이 샘솟는 홍천을 만들기 위해 모든 역량을 집중하겠다",
                   "尹대통령 지지율 20%"],
}

# bv-08: 인제군 인구 늘리기 (news1 AMP); 5일/지난 4일 resolved by the caption's '2019.3.4'
FILES["bv-08-news1.txt"] = {
    "metadata": {"headline": "저출산·고령화 위기 인제군, 인구 늘리기 팔 걷어", "published": None,
                 "reporter": None, "outlet": "뉴스1", "jurisdiction": "42810"},
    "officials": ["choi-sang-gi"],
    "claims": [
        c("저출산·고령화 위기를 극복하기 위해 인구 늘리기 정책에 팔을 걷고 나섰다", None, "2019-03-05",
          ["childcare-birth"], "plan"),
        c("찾아가는 맞춤형 인구교실 운영과 인구 늘리기 시책, 일·가정 양립문화조성", None, "2019-03-04",
          ["childcare-birth"], "plan"),
        c("관내 43개 모든 학교에 급식비, 고등학교 기숙사 운영비", None, "2019-03-05", ["education"], "plan"),
        c("1000원에 버스 이용이 가능하도록 농어촌버스 단일", None, "2019-03-01", ["public-transit"],
          "achievement"),
    ],
    "not_claims": ["저출산·고령화 위기 인제군, 인구 늘리기 팔 걷어",
                   "출산율은 전국 2위인 1.83명",
                   "군민 자체로 출산율이 높다고 보기 힘들다",
                   "인구 감소문제를 극복하기 위해 인구보건복지협의회와 업무협약을 맺는 등 다양한 정책을 추진한다",
                   "최상기 군수(왼쪽)와 김미영 지회장이 협약 후 기념사진 촬영"],
}

# bv-09: 철원군 이현종 가뭄·관광 현장점검; only '8일'/'지난 7일' -> dates null
L = "lee-hyeon-jong"
FILES["bv-09-newsfreezone.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "이율호", "outlet": "뉴스프리존",
                 "jurisdiction": "42780"},
    "officials": [L],
    "claims": [
        c("가뭄피해 최소화와 주요 관광지 현장점검을 실시하며", None, None,
          ["disaster-safety", "culture-tourism"], "statement"),
        c("관광분야와 농업분야 긴급 가뭄 대비 등 현장을 점검했다", None, None,
          ["culture-tourism", "agriculture", "disaster-safety"], "statement"),
        c("50만 명의 관광객이 찾는 등 한탄강을 중심으로 한 철원관광이 인기를 끌고 있다", None, None,
          ["culture-tourism"], "achievement"),
        c("오는 7월 말 노동당사 앞 철원역사문화공원이 일반인에게 개방할 예정이며", None, None,
          ["culture-tourism"], "plan"),
        c("올 하반기 준공을 앞두고 있는 등 다채로운 관광 인프라가 선보일 예정이다", None, None,
          ["culture-tourism"], "plan"),
        c("관광분야 점검에 이어 가뭄에 대한 대비도 당부했다", L, None, ["disaster-safety"], "plan"),
        c("농업용수, 영농지원 등 철저한 농민지원 방안을 강구하라고 지시했다", L, None,
          ["agriculture", "disaster-safety"], "plan"),
        c("관광지가 개방되면 지역의 새로운 성장동력이 될 수 있을 것으로 기대한다", L, None,
          ["culture-tourism"], "statement"),
        c("최근 농업분야 가뭄이 농민들에게 근심이 되고 있는데, 이에 대해서도 철저히 대비해 나가겠다", L, None,
          ["agriculture", "disaster-safety"], "plan"),
    ],
    "not_claims": ["기사 잘 보셨나요? 독자님의 응원이 기자에게 큰 힘이 됩니다."],
}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, body in FILES.items():
        data = {"article": name, **body}
        (GOLD / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(body["claims"])
        print(name, len(body["claims"]))
    print("total", total)


if __name__ == "__main__":
    main()
