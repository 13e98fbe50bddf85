"""Write set-bn's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


W = "woo-beom-gi"
S = "sim-min"
SH = "song-ha-jin"
KG = "kim-gwan-yeong"
KS = "kim-seong-hwan-29110"
LY = "lee-yong-seop"
MI = "mun-in"

FILES = {
"bn-01-hankyung.txt": {
    "metadata": {"headline": '전주시장 "규제 철폐…황방산터널·대한방직 개발 추진"', "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "45110"},
    "officials": [W],
    "claims": [
        c("4대 분야 비전으로 제시했다", W, None, ["culture-tourism", "welfare"], "plan"),
        c("간선 급행버스, 황방산 터널", W, None, ["public-transit"], "plan"),
        c("상생형 전주형 일자리 연내 지정", W, None,
          ["energy-transition", "fourth-industrial-revolution", "jobs", "small-merchants"], "plan"),
        c("체류형 관광도시로 나아가기 위해", W, None, ["culture-tourism"], "plan"),
        c("관광자원으로 재창조하는 '왕의궁원 프로젝트'", W, None, ["culture-tourism"], "plan"),
        c("맞춤형 사회복지서비스 강화", W, None, ["welfare"], "plan"),
    ],
    "not_claims": [
        "탄소·수소·드론 고도화, 왕의궁원 프로젝트도 실행",
        "규제 철폐…황방산터널·대한방직 개발 추진",
        "미래 청사진을 가시화하는 원년이 될 것",
        "천년 전주의 위상을 되찾고",
    ],
},
"bn-02-kukinews.txt": {
    "metadata": {"headline": None, "published": None, "reporter": "박용주", "outlet": "쿠키뉴스",
                 "jurisdiction": "45750"},
    "officials": [S],
    "claims": [
        c("귀농귀촌 유치에 뛰어 들었다", None, None, ["agriculture"], "statement"),
        c("참가해 도시민 귀농·귀촌 유치에 나섰다", None, None, ["agriculture"], "statement"),
        c("임실만의 차별화된 귀농·귀촌 지원정책을 집중 소개한다", None, None, ["agriculture"], "statement"),
        c("귀농귀촌학교를 운영", None, None, ["agriculture"], "statement"),
        c("귀농귀촌인 유치에 전력을 다하겠다", S, None, ["agriculture"], "plan"),
    ],
    "not_claims": [
        "전국 지자체의 귀농귀촌 홍보마당을 꾸려진다",
        "박용주 기자 yzzpark@kukinews.com",
    ],
},
"bn-03-jbyonhap.txt": {
    "metadata": {"headline": "군산 민선7기 일자리종합계획, 좋은 일자리 1만7천개 창출",
                 "published": "2019-01-29T14:47+09:00", "reporter": "허정찬", "outlet": None,
                 "jurisdiction": "45130"},
    "officials": [],
    "claims": [
        c("총 1만 7천여 개의 지속가능한 신규 일자리를 창출하는", None, "2019-01-29", ["jobs"], "target"),
        c("민선7기 시정의 최우선 과제로 추진할 계획이다", None, "2019-01-29", ["jobs", "small-merchants"], "plan"),
        c("5대 전략은 청년일자리 기반을 마련하는", None, "2019-01-29",
          ["jobs", "startup-support", "youth-policy"], "statement"),
        c("청년수당 지급 등 전방위적인 청년지원에 나설 계획이다", None, "2019-01-29",
          ["jobs", "youth-policy"], "plan"),
        c("시민이 직접 투자하는 상생구조의 신재생에너지 사업추진으로", None, "2019-01-29",
          ["energy-transition", "investment-attraction", "jobs"], "plan"),
        c("골목상권을 살려 일자리 창출하는 전략으로", None, "2019-01-29", ["jobs", "small-merchants"], "statement"),
    ],
    "not_claims": [
        "청년, 신산업, 시민밀착, 창업, 맞춤형 일자리 5대 전략 추진",
        "승인 2019.01.29 14:47",
    ],
},
"bn-04-jjan.txt": {
    "metadata": {"headline": "송하진 지사 “수변도시는 새만금, 생태문명 전환의 중추”", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "45"},
    "officials": [SH],
    "claims": [
        c("새만금 국제공항 예타 통과와 신항만", None, None, ["airport-relocation"], "achievement"),
        c("산업단지를 친환경적으로 조성하고", SH, None, ["energy-transition"], "statement"),
        c("전 세계의 에너지 체계를 바꾸는 게 핵심", SH, None, ["energy-transition"], "statement"),
        c("기후변화에 대응하기 위해 많은 것을 준비해온 공간", SH, None, ["climate-carbon"], "statement"),
        c("신재생에너지 산업을 통해 우리나라 대표적인 탄소중립 도시로 육성하겠다", SH, None,
          ["climate-carbon", "energy-transition"], "plan"),
    ],
    "not_claims": [
        "생태문명으로의 전환을 이끄는 중추적인 도시가 될 것이라 자신합니다",
        "대한민국을 바꾸는 중심축이 될 것",
        "수변도시는 위치적으로나 상징적으로나 새만금 개발의 중심",
        "미래도시가 나아갈 길을 제시할 것",
    ],
},
"bn-05-jjn.txt": {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "45"},
    "officials": [KG],
    "claims": [
        c("최고 목표는 이차전지 산업을 포함한 기업 유치다", None, None, ["investment-attraction"], "statement"),
        c("이차전지와 기업 유치를 위해서라면 어디든 달려가고 있다", KG, None, ["investment-attraction"], "statement"),
        c("RE100 실현, 국가 균형발전에 기여할 수 있도록", KG, None,
          ["decentralization", "energy-transition"], "plan"),
        c("대단위 투자를 통해 일자리 창출과 지역경제 활성화 효과가 나타난다", None, None,
          ["investment-attraction", "jobs"], "statement"),
        c("새만금 지역 7GW 재생에너지 공급으로", None, None, ["energy-transition"], "statement"),
    ],
    "not_claims": [
        "이차전지 기업유치 총력전",
        "일주일에 네 번은 서울 일정이 있다",
        "실제 이차전지 특화단지는 김관영 도정의 핵심 사안이다",
        "우리에게 중요한 과제는 이차전지 특화단지 지정",
        "전북도는 현재 이차전지 특화단지 공모에 전력을 쏟고 있다",
        "대중국 소재 의존도를 낮춰 국내 공급망 안정화",
    ],
},
"bn-06-asiae.txt": {
    "metadata": {"headline": None, "published": None, "reporter": "윤자민", "outlet": "아시아경제",
                 "jurisdiction": "29140"},
    "officials": ["seo-dae-seok"],
    "claims": [
        c("2045 탄소중립도시 조성을 위한 힘찬 발걸음을 내딛었다", None, None, ["climate-carbon"], "statement"),
        c("서구는 ‘기후위기대응추진단’을 공식 출범했다고", None, None, ["climate-carbon"], "achievement"),
        c("서구의 기후위기대응 및 탄소중립 추진전략을 자문·심의하게 된다", None, None, ["climate-carbon"], "statement"),
        c("2045 탄소중립 실현을 뒷받침할 조직적 토대가 마련될 것으로 기대된다", None, None,
          ["climate-carbon"], "statement"),
        c("구체적인 온실가스 감축대책을 추진한다", None, None, ["climate-carbon"], "plan"),
        c("주민참여형 연료전지 발전사업과 신재생에너지 융복합 지원사업을 추진한다", None, None,
          ["climate-carbon", "energy-transition"], "plan"),
        c("미세먼지 청정관리 시범구역 지원사업과", None, None, ["climate-carbon", "fine-dust"], "plan"),
        c("도랑살리기 체험마을 조성과", None, None, ["climate-carbon"], "plan"),
        c("탄소중립 실현을 위한 다양한 사업들에 힘을 쏟을 예정이다", None, None, ["climate-carbon"], "plan"),
        c("탄소중립도시 서구 조성에 기여할 방침이다", None, None, ["climate-carbon"], "plan"),
        c("경각심을 가지고 기후 위기를 인식해야 한", None, None, ["climate-carbon"], "plan"),
    ],
    "not_claims": [
        "‘기후위기대응추진단’ 출범…온실가스 감축대책 추진",
    ],
},
"bn-07-gjkoreaja.txt": {
    "metadata": {"headline": "도시재생·문화예술로 동구 활력 되찾아", "published": "2017-07-04T10:39+09:00",
                 "reporter": "박기철", "outlet": "KJA뉴스통신", "jurisdiction": "29110"},
    "officials": [KS],
    "claims": [
        c("도시재생사업 추진, 문화예술 인프라 구축에 주력한 결과", KS, "2017-07-04",
          ["culture-tourism", "urban-regeneration"], "achievement"),
        c("도시재생사업’을 가장 큰 성과로 꼽았다", KS, "2017-07-04", ["urban-regeneration"], "achievement"),
        c("2020년까지 인구 15만 자족도시 조성을 목표로", None, "2017-07-04",
          ["housing", "urban-regeneration"], "target"),
        c("핵심거점시설 3곳의 건립도 내년까지 모두 마무리할 계획이다", None, "2017-07-04",
          ["urban-regeneration"], "plan"),
        c("관광인프라 기반 확충도 순조롭게 진행 중이다", None, "2017-07-04", ["culture-tourism"], "statement"),
        c("남광주밤기차야시장을 지난해 11월 성공리에 개장했다", None, "2017-07-04",
          ["culture-tourism", "small-merchants"], "achievement"),
        c("‘문화도시 동구’ 브랜드를 안팎에 각인시켜 나가고 있다", None, "2017-07-04",
          ["culture-tourism"], "achievement"),
        c("도내기시장을 청춘문화예술시장으로 변모시키는", None, "2017-07-04",
          ["culture-tourism", "small-merchants"], "statement"),
    ],
    "not_claims": [
        "지난해 4월 보궐선거로 취임해 이제 겨우 1년3개월여를 맞았다",
        "© KJA 뉴스통신",
    ],
},
"bn-08-wikitree.txt": {
    "metadata": {"headline": '이용섭 광주시장, "광주를 인공지능 대표도시 육성 본격 추진해 달라"',
                 "published": "2019-09-02T13:47+09:00", "reporter": None, "outlet": None, "jurisdiction": "29"},
    "officials": [LY],
    "claims": [
        c("미래 먹거리 정책을 본격 추진할 것", LY, "2019-09-02", ["fourth-industrial-revolution"], "plan"),
        c("예비타당성 면제사업으로 선정됐다", LY, "2019-09-02", ["fourth-industrial-revolution"], "achievement"),
        c("인공지능 전문가들과 인적 네트워크를 강화하는 등", LY, "2019-09-02",
          ["fourth-industrial-revolution"], "statement"),
        c("‘인공지능도시 광주추진위원회’를 출범 시켜 주기 바란다", LY, "2019-09-02",
          ["fourth-industrial-revolution"], "plan"),
        c("인공지능(AI) 관련 학습 동아리도 사내대학 프로그램과 연계시켜", LY, "2019-09-02",
          ["fourth-industrial-revolution"], "plan"),
        c("규제자유특구 선정, 경제자유구역 지정", LY, "2019-09-02",
          ["fourth-industrial-revolution", "future-vehicles", "investment-attraction"], "plan"),
    ],
    "not_claims": [
        "지금 시대적 화두는 4차 산업혁명이다",
        "그 중심에 인공지능이 있다",
        "9월 정례조회를 주재하고 8월 중 추진성과 공유와",
        "앞서 이 시장은 8월중 성과와 관련",
    ],
},
"bn-09-jnilbo.txt": {
    "metadata": {"headline": '문인 북구청장>"행복 북구 실현하겠다"', "published": "2023-07-12T17:42+09:00",
                 "reporter": "정성현", "outlet": "전남일보", "jurisdiction": "29170"},
    "officials": [MI],
    "claims": [
        c("‘현장 중심 소통 행정’ 기조를 변함 없이 유지해", MI, "2023-07-12",
          ["citizen-participation", "disaster-safety"], "plan"),
        c("올해 역점 사업으로 ‘항구적 안전 도시 조성’을 꼽았다", MI, "2023-07-12", ["disaster-safety"], "plan"),
        c("올해 제1호 결재는 ‘북구형 재해 예방 중장기 로드맵 수립’이었다", MI, "2023-07-12",
          ["disaster-safety"], "achievement"),
        c("우수(빗물) 저류시설을 설치하고 있다", MI, "2023-07-12", ["disaster-safety"], "statement"),
        c("3년 연속 행정안전부 공모 사업에 선정", MI, "2023-07-12", ["disaster-safety"], "achievement"),
        c("침수피해 예방 효과를 극대화할 수 있을 것이라고도 했다", MI, "2023-07-12", ["disaster-safety"], "statement"),
        c("민·관 재난대응 협업 체계 공고화 등도 추진한다", None, "2023-07-12", ["disaster-safety"], "plan"),
    ],
    "not_claims": [
        "‘항구적 안전도시 조성’ 최우선 과제",
        "국단위 ‘경제현장지원단’ 신설 눈길",
        "다양한 복지시책… 사각지대 최소화",
        "‘10분 거리 생활SOC 르네상스’ 실현",
        "민생 경제 활성화를 위한 적극적인 구정 역할 역시 약속했다",
        "국 단위 ‘경제현장지원단’을 신설",
    ],
},
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, body in FILES.items():
        gold = {"article": name, **body}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(body["claims"])
        print(f"{name}: {len(body['claims'])} claims")
    print("total", total)
