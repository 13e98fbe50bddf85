"""Write set-du's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


GOLD = {}

# du-01 의성군: undated -> all dates null
GOLD["du-01-dailydgnews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "김형만", "outlet": "데일리대구경북뉴스",
                 "jurisdiction": "47730"},
    "officials": ["kim-ju-su"],
    "claims": [
        c("농업 경쟁력을 높이기 위해 스마트팜 농가 취업을 지원할 계획이다", None, None,
          ["agriculture", "jobs", "youth-policy"], "plan"),
        c("신청 자격은 만 18~39세 이하의 도내에 주소를 둔 청년이다", None, None,
          ["youth-policy", "jobs", "agriculture"], "statement"),
        c("지원금은 월 100만원/1인 한도 내 연간 1,000만원(최대 10개월)까지 지원하며", None, None,
          ["agriculture", "jobs", "youth-policy"], "statement"),
        c("본 사업은 향후 스마트팜 농가 스마트 영농기술을 전수하고", None, None,
          ["agriculture", "jobs"], "statement"),
        c("청년들에게 스마트팜 기술을 배울 수 있는 교육의 기회가 제공된다", None, None,
          ["agriculture", "youth-policy"], "statement"),
        c("스마트팜 안정적인 보급과 농가 경쟁력 제고를 위해 다양한 현장 밀착형 지원도 병행할 예정", "kim-ju-su", None,
          ["agriculture", "jobs"], "plan"),
    ],
    "not_claims": [
        "스마트팜은 농사에 정보통신기술(ICT)을 접목시켜 농작물 재배를 관리하는 시설로 사물인터넷(IOT)을 기반으로",
    ],
}

# du-02 울산: undated ('4일' only) -> all dates null
GOLD["du-02-sedaily.txt"] = {
    "metadata": {"headline": "울산시, '2050 탄소중립 도시' 선언…수소 등 에너지 전환", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "31"},
    "officials": ["song-cheol-ho"],
    "claims": [
        c("울산시가 올해를 ‘2050 탄소중립 울산’의 원년으로 선포했다", None, None, ["climate-carbon"], "achievement"),
        c("2050 탄소중립 도시 울산 실현을 선언하고, 비전과 추진전략 등을 발표했다", "song-cheol-ho", None,
          ["climate-carbon"], "plan"),
        c("탄소중립의 핵심은 울산의 에너지 대전환이다", None, None, ["climate-carbon", "energy-transition"], "statement"),
        c("수소산업 육성과 부유식 해상풍력단지 조성을 통해 기존의 화석연료 중심의 에너지 체계를", None, None,
          ["energy-transition", "climate-carbon"], "statement"),
        c("전국 최고의 수소생산고 유통망을 구축해 왔다", None, None, ["energy-transition"], "achievement"),
        c("또 수소전기차를 세계 최초로 양산했으며", None, None, ["future-vehicles", "energy-transition"], "achievement"),
        c("수소 그린모빌리티 규제자유특구 지정과 수소 시범도시 조성 등을 통해 2030년 최고의 수소도시를 만든다는 구상이다",
          None, None, ["energy-transition", "future-vehicles"], "plan"),
        c("울산의 부유식 해상풍력 발전 사업은 2025년까지", None, None, ["energy-transition"], "target"),
        c("울산시는 에너지 전환과 함께 저탄소 신산업 생태계 조성도 나선다", None, None,
          ["energy-transition", "climate-carbon"], "plan"),
        c("강소연구개발특구 조성 등으로 친환경 미래 신산업을 활성화해 탄소 발생을 저감하는 정책이다", None, None,
          ["climate-carbon", "research-development"], "statement"),
        c("도시 운영도 수소를 중심에", None, None, ["energy-transition"], "statement"),
    ],
    "not_claims": [
        "수소·풍력 등 에너지 전환과 신산업 생태계 조성",
        "산업수도로서 국내 탄소중립 방향 제시",
        "울산시는 올해를 ‘2050년 탄소중립 울산’의 원년으로 선포하고 에너지 전환에 힘들 싣는다. /사진=울산시",
    ],
}

# du-03 대구 엑스코선: undated ('30일' only) -> all dates null
GOLD["du-03-tdaily.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "27"},
    "officials": ["kwon-young-jin"],
    "claims": [
        c("대구시의 4번재 철도가 오는 2028년 들어설 전망이다", None, None, ["public-transit"], "statement"),
        c("대구의 동부와 북부를 관통하는 ‘엑스코선’이다", None, None, ["public-transit"], "statement"),
        c("‘도시철도 엑스코선’ 건설안이 기획재정부의 최종 예비타당성 조사를 통과해 사업 추진을 확정햇다고 밝혔다",
          None, None, ["public-transit"], "achievement"),
        c("엑스코선은 총연장 12.3km 규모로 3호선 수성구민운동장역에서 출발해", None, None, ["public-transit"], "statement"),
        c("총사업비 6711억원을 투입해 엑스코선을 준공할 방침이다", None, None, ["public-transit"], "plan"),
        c("엑스코선은 기존 1~3호선과의 환승역 등 총 10개 역으로 구성된다", None, None, ["public-transit"], "statement"),
        c("대구 3호선과 마찬가지로 모노레일 도시철도로 조성된다", None, None, ["public-transit"], "statement"),
        c("고용 유발효과 1만2203명 등 지역경제가 활성화할 것으로 전망했다", None, None,
          ["public-transit", "jobs"], "statement"),
        c("3개였던 도시철도 환승역도 6개로 늘어나 대중교통이 활성화하고", None, None, ["public-transit"], "statement"),
        c("엑스코선 예타 통과는 250만 대구시민의 염원과 지역 정치권이 노력한 결과", "kwon-young-jin", None,
          ["public-transit"], "achievement"),
        c("엑스코선이 침체된 지역 경제 회복의 신호탄이 될 수 있도록 최선을 다하겠다", "kwon-young-jin", None,
          ["public-transit"], "plan"),
    ],
    "not_claims": ["대구 엑스코선 노선(안). (사진=대구시)"],
}

# du-04 창원 도시재생: undated ('14일' only) -> all dates null
GOLD["du-04-newsfreezone.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "정신우", "outlet": "뉴스프리존",
                 "jurisdiction": "48120"},
    "officials": ["heo-seong-mu"],
    "claims": [
        c("진해 ‘충무지구 도시재생 뉴딜사업’ 추진성과로 대상을 수상했다고 밝혔다", None, None,
          ["urban-regeneration"], "achievement"),
        c("마산원도심 도시재생 테스트베드사업과 선도사업을 성공적으로 추진했으며", None, None,
          ["urban-regeneration"], "achievement"),
        c("‘사람중심’의 도시재생으로 역사와 문화가 살아 있고", "heo-seong-mu", None, ["urban-regeneration"], "statement"),
        c("쇠퇴한 도심의 성공적인 부활을 위해 최선을 다하겠다", "heo-seong-mu", None, ["urban-regeneration"], "plan"),
    ],
    "not_claims": [
        "매년 개최되는 도시재생 산업박람회는 도시재생사업의 위상 정립",
        "올해는 코로나19 확산 방지를 위해 온라인(비대면)으로 산업박람회가 진행될 예정이다",
    ],
}

# du-05 산청 출렁다리: 승인 2024-07-01 23:33; ceremony '지난 28일' = 2024-06-28
D5, E5 = "2024-07-01", "2024-06-28"
GOLD["du-05-thegnnews.txt"] = {
    "metadata": {"headline": "“우수 관광자원 하나 더 추가요”···경남 산청군, 지리산 내대 생태길 출렁다리 준공",
                 "published": "2024-07-01T23:33+09:00", "reporter": "정창현", "outlet": None,
                 "jurisdiction": "48860"},
    "officials": ["lee-seung-hwa"],
    "claims": [
        c("관광명소가 한 곳 더 늘었다", None, D5, ["culture-tourism"], "achievement"),
        c("산청군은 지난 28일 시천면 내대리 예치마을에서 ‘지리산 내대 생태길 출렁다리 준공식’을 가졌다고", None, E5,
          ["culture-tourism"], "achievement"),
        c("도-시군 연계형 주민참여 사업으로 18억 원의 사업비가 투입됐다", None, D5,
          ["culture-tourism", "citizen-participation"], "statement"),
        c("지난 2023년 1월 착공에 들어가 이달 길이 103m, 폭 1.5m의 출렁다리를 완공했다", None, D5,
          ["culture-tourism"], "achievement"),
        c("출렁다리는 자연 훼손을 최소화한 무주탑 현수교이며", None, D5, ["culture-tourism"], "statement"),
        c("관광명소로 자리 잡을 것으로 기대된다", None, D5, ["culture-tourism"], "statement"),
        c("관광소득 증대와 관광 활성화에 기여할 것으로 전망하고 있다", None, D5, ["culture-tourism"], "statement"),
        c("출렁다리 건설이 산청 관광수요 창출과 지역관광 활성화는 물론 주민소득 증대에 기여할 것", "lee-seung-hwa", D5,
          ["culture-tourism"], "statement"),
        c("아름답고 매력적인 지리산 내대 생태길 출렁다리를 꼭 찾아보길 바란다", "lee-seung-hwa", D5,
          ["culture-tourism"], "statement"),
    ],
    "not_claims": [
        "시천면 예치마을에 길이 103m ···천왕봉·내대계곡 조망",
        "경남 산청군 시천면 내대리 예치마을에 설치된 ‘지리산 내대 생태길 출렁다리' 모습",
        "준공식에는 이승화 산청군수를 비롯해 군의원, 산청양수발전소장, 주민 등 150여 명이 참석했다",
    ],
}

# du-06 대구 남구 치매: 입력 2024-11-16 23:15; workshop '지난 13일' = 2024-11-13
D6, E6 = "2024-11-16", "2024-11-13"
GOLD["du-06-smnews.txt"] = {
    "metadata": {"headline": "대구 남구, 치매 관리사업 3년 연속 ‘우수상’", "published": "2024-11-16T23:15+09:00",
                 "reporter": "황보문옥", "outlet": "세명일보", "jurisdiction": "27200"},
    "officials": ["jo-jae-gu"],
    "claims": [
        c("대구 남구가 지난 13일 개최된 대구 치매안심센터 역량강화 발전 워크숍에서", None, E6,
          ["dementia-care"], "achievement"),
        c("치매친화적 환경 조성 사례에서 우수한 성과를 인정받아 3년 연속 우수기관으로 선정됐다", None, E6,
          ["dementia-care"], "achievement"),
        c("지난 9월에는 치매극복의 날 기념 '대구 남구 치매극복 건강한마당' 행사를 개최해", None, D6,
          ["dementia-care"], "achievement"),
        c("남구가 3년 연속 치매관리사업에서 우수한 성과를 거둘 수 있었던 것은", "jo-jae-gu", D6,
          ["dementia-care"], "achievement"),
        c("지역민의 많은 관심과 참여를 부탁드리며 치매안심남구 조성을 위해 적극 힘쓰겠다", "jo-jae-gu", D6,
          ["dementia-care"], "plan"),
    ],
    "not_claims": [
        "조재구 구청장 “치매안심남구 조성 위해 적극 힘쓰겠다”",
        "조재구 남구청장(오른쪽 세번째)이 2024년 대구시 치매관리사업 우수사례 공모 부문에서 우수 기관상을 수상하고",
    ],
}

# du-07 김해 미세먼지: 승인 2019-04-18 23:58; '18일 밝혔다' = publication day
D7 = "2019-04-18"
GOLD["du-07-gnmaeil.txt"] = {
    "metadata": {"headline": "김해시, 2022년까지 490억 투입", "published": "2019-04-18T23:58+09:00",
                 "reporter": "김용구", "outlet": None, "jurisdiction": "48250"},
    "officials": [],
    "claims": [
        c("미세먼지 주요 원인 중 하나인 자동차 배출가스 저감사업을 추진한다고 18일 밝혔다", None, D7,
          ["fine-dust"], "plan"),
        c("125억 원의 예산을 투입해 경유차로 인한 미세먼지를 줄인다", None, D7, ["fine-dust"], "plan"),
        c("노후 경유차 조기폐차 지원(3천360대)", None, D7, ["fine-dust"], "target"),
        c("전기차 1천520대, 수소전기차 135대, 수소충전소 2개소를 구축할 계획이다", None, D7,
          ["future-vehicles", "energy-transition", "fine-dust"], "target"),
        c("특히 경유차 매연 특별단속도 병행한다", None, D7, ["fine-dust"], "plan"),
        c("운행 중인 차량 6만여 대를 집중적으로 단속하는 등 자동차 배출가스 관리를 강화해 나간다", None, D7,
          ["fine-dust"], "target"),
        c("‘기후변화 적응, 미세먼지 대응으로 매일 맑음 김해’라는 홍보부스를 운영한다", None, D7,
          ["fine-dust", "climate-carbon"], "plan"),
        c("직원과 시민을 대상으로 미세먼지 줄이기 캠페인을 진행한다", None, D7, ["fine-dust"], "plan"),
    ],
    "not_claims": ["자동차 배출가스 저감사업 추진"],
}

# du-08 포항 이차전지: ' date 2025-10-14'; '14일 … 선언했다' = same day
D8 = "2025-10-14"
GOLD["du-08-seoul.txt"] = {
    "metadata": {"headline": None, "published": "2025-10-14", "reporter": None, "outlet": None,
                 "jurisdiction": "47110"},
    "officials": [],
    "claims": [
        c("친환경 공정 테스트베드가 집적된 실증 허브로 조성한다", None, D8, ["investment-attraction"], "plan"),
        c("포항형 청년 뉴딜사업 POBATT 프로젝트와 연계해 교육·연구·창업 복합거점으로 재구성하고", None, D8,
          ["youth-policy", "startup-support", "future-vehicles"], "plan"),
        c("세계 최초 청정 암모니아 기반 무탄소 발전 실증사업을 추진하고", None, D8,
          ["energy-transition", "climate-carbon", "investment-attraction"], "plan"),
        c("3000억 원 규모의 배터리 혁신성장 벤처펀드를 조성해 유망 초기 기업을 발굴·육성한다", None, D8,
          ["startup-support"], "plan"),
        c("중소·스타트업이 중견기업으로 성장할 수 있도록 지원할 계획이다", None, D8, ["startup-support"], "plan"),
    ],
    "not_claims": [
        "경북 포항시가 지역 핵심 성장축인 이차전지 산업 고도화에 나선다",
        "2030년까지 ‘대한민국 이차전지 1등 도시’로 도약하겠다고 선언했다",
        "2040년까지 1000만평 규모의 전지보국 산업단지를 조성한다",
        "글로벌 경제영토 확장에도 속도를 낸다",
    ],
}

# du-09 부산 수영구: 입력 2019-03-18 19:38; interview '18일' = publication day
D9 = "2019-03-18"
GOLD["du-09-kmib.txt"] = {
    "metadata": {"headline": "드론 등 첨단기술 활용… 스마트 관광도시 만들 것", "published": "2019-03-18T19:38+09:00",
                 "reporter": None, "outlet": "국민일보", "jurisdiction": "26500"},
    "officials": ["kang-seong-tae"],
    "claims": [
        c("전국 최고의 관광도시로 떠오르고 있다", None, D9, ["culture-tourism"], "statement"),
        c("18일 국민일보와의 인터뷰에서 “스마트 관광도시를 만들겠다”고 밝혔다", "kang-seong-tae", D9,
          ["culture-tourism", "smart-city"], "plan"),
        c("강 구청장은 이를 위해 5대 핵심전략을 마련해 추진 중이다", None, D9,
          ["culture-tourism", "smart-city"], "statement"),
        c("부산 최초로 고교 입학생에게 교복비를 무료로 지원하고 있으며", None, D9, ["education", "welfare"], "plan"),
        c("‘교통이 편리하고 깨끗한 환경의 관광수영’을 위해 사계절 음악이 흐르는 해변을 조성한다", None, D9,
          ["culture-tourism"], "plan"),
        c("일자리종합센터를 운영, 청년 일자리 창출에 적극 나선다", None, D9, ["jobs", "youth-policy"], "plan"),
        c("최근 국토부로부터 스마트 도시 지원사업에 선정됐다", "kang-seong-tae", D9, ["smart-city"], "achievement"),
        c("광안리해수욕장에 스마트 그늘막 벤치와 드론 안전 지킴이를 설치하고", "kang-seong-tae", D9,
          ["smart-city", "culture-tourism", "fourth-industrial-revolution", "disaster-safety"], "plan"),
    ],
    "not_claims": [
        "[신년 초대석-강성태 부산 수영구청장] “드론 등 첨단기술 활용… 스마트 관광도시 만들 것”",
        "올해의 친절봉사대상을 선발하기로 했다",
        "친절 3S 운동도 추진한다",
    ],
}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, g in GOLD.items():
        data = {"article": name, **g}
        (OUT / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(g["claims"]))


if __name__ == "__main__":
    main()
