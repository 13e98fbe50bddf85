"""Write set-pw's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


FILES = {}

# ---------------------------------------------------------------- pw-01 대전 유성구, 2022-07-17
P = "2022-07-17"
E = "2022-07-15"
FILES["pw-01-timenews.txt"] = {
    "metadata": {"headline": "대전 유성구, 치매안심마을 ‘기억울타리2호’ 선포식 개최",
                 "published": "2022-07-17T12:32:17+09:00", "reporter": "홍대인",
                 "outlet": "대전타임뉴스", "jurisdiction": "30200"},
    "officials": ["jeong-yong-rae"],
    "claims": [
        c("노은3동을 ‘기억울타리2호’로 선정하고 선포식을 가졌다", None, E, ["dementia-care"], "achievement"),
        c("기억울타리는 치매가구와 주민들이 함께 살아가는 마을을 만드는 사업으로", None, P, ["dementia-care"], "statement"),
        c("치매관리 사업을 이번 기억울타리2호(노은3동) 선포를 기점으로 확대할 계획이다", None, P, ["dementia-care"], "plan"),
        c("지역자원 중심의 치매안심마을 운영위원회를 구성하여", None, P, ["dementia-care"], "plan"),
        c("치매안심마을을 기반으로 치매 친화적인 지역사회를 조성하는데 최선을 다하겠다", "jeong-yong-rae", P, ["dementia-care"], "plan"),
        c("치매 환자와 가족들이 지역사회에서 안심하고 살아갈 수 있기를 바란다", "jeong-yong-rae", P, ["dementia-care"], "statement"),
    ],
    "not_claims": ["치매가구와 주민들이 함께 살기 좋은 마을 만들기 위해 노력",
                   "서울타임뉴스인천타임뉴스대전타임뉴스"],
}

# ---------------------------------------------------------------- pw-02 대전 대덕구, 2020-01-26
P = "2020-01-26"
FILES["pw-02-joongdo.txt"] = {
    "metadata": {"headline": "대전 대덕구, 산업용재유통단지와 대덕e로움 유통활성화 협약",
                 "published": "2020-01-26T09:00+09:00", "reporter": "김소희",
                 "outlet": None, "jurisdiction": "30230"},
    "officials": ["park-jeong-hyeon-30230"],
    "claims": [
        c("지역화폐 대덕e로움 유통활성화를 위한 업무협약을 체결했다", None, "2020-01-22", ["small-merchants"], "achievement"),
        c("구에 따르면 협약은 유통단지 내 사업장을 운영하는 1680개의 산업용재 관련 소상공인들이", None, P, ["small-merchants"], "statement"),
        c("이에 조합원들은 대덕e로움을 구매해 사용하는 한편 홍보에도 적극 참여한다", None, P, ["small-merchants"], "plan"),
        c("소상공인을 위해 발행하는 대덕e로움이 더 활발히 유통될 수 있도록 우리 조합이 앞장서는 것은 당연하다", None, P,
          ["small-merchants"], "statement", "김영환"),
    ],
    "not_claims": ["22일 청사서 업무협약 맺고 홍보 마케팅 약속",
                   "3. 중부권 최대 산업용재유통단지, 대덕e로움 유통활성화 동참",
                   "대덕구는 지난 22일 대덕산업용재유통단지와 대덕e로움 유통활성화 업무협약을 체결했다. 오른쪽부터",
                   "조합은 공구와 기계부속이라면 구할 수 없는 제품이 없다는",
                   "이번 협약을 계기로 지역경제 활성화는 물론 상호발전을 위해 다양한 방면에서의 민관협력을 강화해 나갈 것",
                   "20년 이상 중부권 최대 규모의 유통단지를 유지 할 수 있었던 것은 조합원 한분 한분이 흘린 땀방울의 결과"],
}

# ---------------------------------------------------------------- pw-03 경남 진주시, 2022-12-09
P = "2022-12-09"
FILES["pw-03-thegnnews.txt"] = {
    "metadata": {"headline": "조규일 경남 진주시장, 농협중앙회 주최 ‘제2회 귀농 활성화 선도인상' 수상",
                 "published": "2022-12-09T14:31+09:00", "reporter": "정창현",
                 "outlet": None, "jurisdiction": "48170"},
    "officials": ["jo-gyu-il"],
    "claims": [
        c("경남 진주시는 9일 조규일 시장이 농협중앙회가 수여하는 ‘제2회 귀농 활성화 선도인상(像)’을 수상했다고 밝혔다", None, P,
          ["agriculture"], "achievement"),
        c("도농복합도시의 장점을 살려 예비 귀농인에게 농촌 적응과 농업기술 습득을 위한 다양한 시책들을 추진한 것이 좋은 평가를 받았다", None, P,
          ["agriculture"], "achievement"),
        c("1년간 임시 주거를 제공하는 ‘귀농인의 집’ 2곳을 만들어", None, P, ["agriculture"], "achievement"),
        c("또 농업기술센터를 문산읍으로 신축·이전 해", None, P, ["agriculture"], "achievement"),
        c("진주시 농촌 희망일자리 지원센터 운영 및 외국인 계절근로자 도입으로 농촌인력 부족 문제를 해결 하기 위해 노력했다", None, P,
          ["agriculture", "jobs"], "achievement"),
        c("농산물 종합가공센터, 먹거리통합지원센터 건립 등 미래농업 인프라를 구축해", "jo-gyu-il", P, ["agriculture"], "plan"),
    ],
    "not_claims": ["예비귀농인 농촌 적응과 농업기술 습득 지원으로 귀농 활성화에 기여",
                   "귀농 활성화 선도인상은 농협이 농업 발전과 귀농 활성화를 위해 적극적인 귀농 정책을 펼치는 지자체장에게 수여하는 상으로",
                   "최고 권위의 상의 하나인 귀농 활성화 선도인상을 받게 돼 기쁘다"],
}

# ---------------------------------------------------------------- pw-04 경상남도, 2021-06-29
P = "2021-06-29"
E = "2021-06-28"
FILES["pw-04-kmib.txt"] = {
    "metadata": {"headline": "김경수 “남은 1년, 청년이 살고싶은 경남 만들 것”",
                 "published": "2021-06-29T04:04+09:00", "reporter": None,
                 "outlet": None, "jurisdiction": "48"},
    "officials": ["kim-gyeong-su"],
    "claims": [
        c("앞으로 남은 1년을 청년정책 추진에 매진할 것", "kim-gyeong-su", E, ["youth-policy"], "plan"),
        c("친환경 산업 및 스마트 농·수·축산업 육성 등을 통해 ‘청년이 살고 싶은 더 큰 경남’을 만들겠다", "kim-gyeong-su", E,
          ["youth-policy", "agriculture"], "plan"),
        c("지난 3년간 제조업 위기를 빅데이터와 AI, ICT 기술을 접목해 경쟁력을 향상하는 기회로 바꿨다", "kim-gyeong-su", E,
          ["fourth-industrial-revolution"], "achievement"),
        c("청년 창업지원과 새로운 일자리를 늘리는 신서비스산업 등 청년 일자리 창출에 집중할 것", "kim-gyeong-su", E,
          ["youth-policy", "startup-support", "jobs"], "plan"),
        c("이에 경남도는 지난해부터 ‘청년특별도’를 선포하고 청년정책을 추진 중이다", None, P, ["youth-policy"], "statement"),
        c("창원(남산터미널)~부산 사상(33㎞)의 광역 대중교통은 2시간10분이나 걸린다", "kim-gyeong-su", E, ["public-transit"], "statement"),
        c("부·울·경 광역대중교통 혁신방안을 마련하고 동일 생활권을 형성해", "kim-gyeong-su", E,
          ["public-transit", "jobs", "youth-policy"], "plan"),
    ],
    "not_claims": ["도정 성과와 향후 정책방향을 설명하고 있다. 경남도 제공",
                   "대한민국 성장동력의 한 축으로 서게 하는 일은 대통령이 되는 것보다 제겐 훨씬 중요하다",
                   "지난해 경남의 19~34세 청년인구가 1만8919명 순유출 됐고"],
}

# ---------------------------------------------------------------- pw-05 울산 울주군, 2025-04-24
P = "2025-04-24"
FILES["pw-05-sportschosun.txt"] = {
    "metadata": {"headline": "울주 청년농업인 '스마트팜' 지원…\"일자리 창출 기회 마련\"",
                 "published": "2025-04-24T09:34+09:00", "reporter": "장영은",
                 "outlet": "연합뉴스", "jurisdiction": "31710"},
    "officials": [],
    "claims": [
        c("울산시 울주군과 울산테크노파크는 청년 농업인의 스마트농업을 지원하기 위한 사업에 나선다고 24일 밝혔다", None, P,
          ["agriculture", "youth-policy"], "plan"),
        c("이번 사업은 울주군 청년 농업인을 위한 스마트팜 산업 생태계를 조성하고", None, P,
          ["agriculture", "youth-policy", "jobs"], "statement"),
        c("지원 대상은 18세 이상부터 45세 이하 울주군 청년이다", None, P, ["agriculture", "youth-policy"], "statement"),
        c("1.5세대 이상 실내농장을 구축하는 데 보조금을 지원한다", None, P,
          ["agriculture", "fourth-industrial-revolution"], "plan"),
        c("세부 사업은 신규설비 구축, 1천650㎡(500평) 이상 대단지 설비 구축", None, P,
          ["agriculture", "fourth-industrial-revolution"], "statement"),
        c("스마트팜에서 생산된 농산물의 안정적인 판로 확보를 위해 홈쇼핑 플랫폼과 라이브 커머스", None, P, ["agriculture"], "plan"),
        c("청년 농업인들이 스마트팜을 통해 안정적인 소득을 창출하고, 농업의 지속가능성을 높일 수 있도록 지원", None, P,
          ["agriculture", "youth-policy"], "plan"),
    ],
    "not_claims": ["'해뜨미스마트팜사업단'을 창업했다. [울주군 제공]",
                   "신규 설비 구축·자동화 설비 기술개발 실증·판로 확보 등 지원",
                   "모집 공고란에서 신청서를 내려받아 작성해 5월 9일 오후 1시까지"],
}

# ---------------------------------------------------------------- pw-06 울산 남구, undated
FILES["pw-06-donga.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None,
                 "outlet": "동아일보", "jurisdiction": "31140"},
    "officials": ["seo-dong-uk"],
    "claims": [
        c("장생포 고래문화특구를 연간 500만 명이 방문하는 대한민국 관광 1번지로 만들겠습니다", "seo-dong-uk", None,
          ["culture-tourism"], "target"),
        c("고래문화특구가 울산을 대표하는 특급 관광 명소로 급부상하고 있다", "seo-dong-uk", None, ["culture-tourism"], "achievement"),
        c("고래잡이가 금지되면서 남구는 장생포를 고래 관광지로 키웠고 2008년엔 고래문화특구로 지정됐다", None, None,
          ["culture-tourism"], "achievement"),
        c("특구엔 1986년 고래잡이 금지 후 사라져 가는 포경유물과", None, None, ["culture-tourism"], "statement"),
        c("고래조각공원 등 볼거리도 풍성하다", None, None, ["culture-tourism"], "statement"),
        c("등 고래를 특화한 관광 인프라가 잘 갖춰져 있다", None, None, ["culture-tourism"], "statement"),
        c("지난해에는 역대 최다인 관광객 150만 명 이상이 찾는 관광 명소로 부상했다", None, None, ["culture-tourism"], "achievement"),
        c("서 구청장은 고래문화특구를 주축으로 2027년까지 연간 500", "seo-dong-uk", None, ["culture-tourism"], "target"),
    ],
    "not_claims": ["작년 역대 최다 방문해 명소 부상… 2027년까지 年500만 명 방문 목표",
                   "옛 해군기지 게스트하우스 짓고… 다양한 익스트림 체험 시설 조성",
                   "빛 관광 인프라 적극 도입할 것",
                   "국내 최대 포경기지였던 장생포는 고래의 마을로 꼽힌다"],
}

# ---------------------------------------------------------------- pw-07 부산광역시, 2019-01-14
P = "2019-01-14"
FILES["pw-07-ajunews.txt"] = {
    "metadata": {"headline": "부산시, \"초미세먼지 주의보 발령\"....'비상저감조치' 시행",
                 "published": "2019-01-14T15:16+09:00", "reporter": None,
                 "outlet": None, "jurisdiction": "26"},
    "officials": [],
    "claims": [
        c("미세먼지 '비상저감조치' 시행한다고 14일 밝혔다", None, P, ["fine-dust"], "statement"),
        c("이행여부에 대한 현장점검을 실시할 계획이다", None, P, ["fine-dust"], "plan"),
        c("550여 개의 전광판을 통해 표출하고 있다", None, P, ["fine-dust"], "statement"),
        c("서부권역에 긴급재난문자(CBS)를 발송해, 시민들이 쉽게 대기질 정보를 알 수 있도록 조치했다", None, P,
          ["fine-dust", "disaster-safety"], "achievement"),
        c("「미세먼지저감 및 관리에 관한 특별법」이 시행되면 수도권 발령기준과 같이 일원화되고", None, P, ["fine-dust"], "plan"),
        c("6대 전략 17개 과제로 구성된 미세먼지 관리 종합대책을 수립했다", None, P, ["fine-dust"], "achievement"),
        c("초미세먼지 배출량 줄이기, 미세먼지 제로존 만들기", None, P, ["fine-dust"], "statement"),
    ],
    "not_claims": ["구, 군 노면 및 물청소차량, 도로 재비산먼지 제거 차량 운행 확대 등 총력 대응"],
}

# ---------------------------------------------------------------- pw-08 부산 강서구, 2019-04-24
P = "2019-04-24"
FILES["pw-08-futurekorea.txt"] = {
    "metadata": {"headline": "부산 강서구, EDC 스마트시티 사업 추진... 주민설명회 내달 개최",
                 "published": "2019-04-24T11:57+09:00", "reporter": "강해연",
                 "outlet": "미래한국", "jurisdiction": "26440"},
    "officials": ["noh-gi-tae"],
    "claims": [
        c("국가시범도시로 지정된 부산 에코델타 스마트시티 사업 추진에 따른 지역 주민 설명회를", None, P, ["smart-city"], "plan"),
        c("부산 에코텔타 스마트시티는 지난해 1월 국가시범도시로 선정됐으며", None, P, ["smart-city"], "achievement"),
        c("사람중심의 살기 좋은 도시계획을 목표로 한다", None, P, ["smart-city"], "statement"),
        c("4차산업혁명 관련 핵심기술과 테스트베드 활용 등을 적용해 미래 산업의 메카로 조성할 계획이다", None, P,
          ["smart-city", "fourth-industrial-revolution", "investment-attraction"], "plan"),
        c("6대 핵심과제로 정하고 추진될 계획이다", None, P,
          ["smart-city", "fourth-industrial-revolution", "research-development", "citizen-participation"], "plan"),
    ],
    "not_claims": ["황종성 MP(총괄기획가, 국토부 소속)가 부산시민 및 지역주민을 대상으로"],
}

# ---------------------------------------------------------------- pw-09 부산광역시 (영도구 stop), undated
FILES["pw-09-pressian.txt"] = {
    "metadata": {"headline": "오거돈 \"부산 영도구를 '해양 과학기술·관광' 명소로\"",
                 "published": None, "reporter": None, "outlet": None, "jurisdiction": "26"},
    "officials": ["oh-keo-don"],
    "claims": [
        c("부산 영도구를 해양과학기술과 해양관광의 명소로 재탄생한다", None, None, ["culture-tourism"], "plan"),
        c("특화된 도시재생사업 적극 지원, 해양신산업 스마트시티 조성, 남외항 다목적 방파제 및 감지해변 방파제 건설 등의 사업을 발표했다",
          "oh-keo-don", None, ["urban-regeneration", "smart-city", "culture-tourism"], "plan"),
        c("문화도시 지정과 경제기반형 도시재생뉴딜사업을 추진한다", None, None,
          ["urban-regeneration", "culture-tourism"], "plan"),
    ],
    "not_claims": ["미래비전 선포식 개최, 특화 도시재생사업, 스마트시티 조성 등 지원",
                   "'부산대개조 정책투어, 영도 비전선포식'을 개최했다",
                   "부산대개조 비전선포식 후속 조치의 일환으로",
                   "부산대개조 정책의 중심에 영도가 놓여있다",
                   "해양산업의 중심지인 영도에 희망이 다시 자리 잡을 수 있도록 하겠다",
                   "영도구의 미래비전을 설명하고 있는 오거돈 부산시장. ⓒ부산시"],
}


def main():
    GOLD.mkdir(parents=True, exist_ok=True)
    total = 0
    for name, body in FILES.items():
        gold = {"article": name, **body}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(body["claims"])
        print(name, len(body["claims"]))
    print("total", total)


if __name__ == "__main__":
    main()
