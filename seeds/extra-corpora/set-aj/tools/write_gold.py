"""Writes the hand-made gold files of set-aj (one JSON per article)."""
import json
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold")
G = {}


def c(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


# aj-01 고흥군 (no date in the text; URL says 2020-06-29) -> published null, dates null
G["aj-01-hankookilbo.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "46770"},
    "officials": ["song-gwi-geun"],
    "claims": [
        c("지난해 도시에서 농촌으로 이동한 귀농인이 전국에서 가장 많았다고 29일 밝혔다", None, None, ["agriculture"], "achievement"),
        c("고흥군은 지난해 176명이 귀농해 전국 시ㆍ군에서 가장 많았다", None, None, ["agriculture"], "achievement"),
        c("전국적으로는 2018년보다 귀농인은 4.6% 감소했지만 고흥군은 4.7% 증가한 것으로 조사됐다", None, None, ["agriculture"], "achievement"),
        c("전국에서 처음으로 인구정책과를 신설하고 다양한 귀농ㆍ귀어 정책을 펼치고 있다", None, None, ["agriculture"], "achievement"),
        c("고흥인 청년유턴 정착장려금과 귀농ㆍ귀촌 집들이비, 농가 주택 수리비를 지원하고", None, None, ["agriculture", "youth-policy", "startup-support"], "statement"),
        c("폐교를 개조해 귀농ㆍ귀촌 행복학교를 열어", None, None, ["agriculture"], "statement"),
        c("그 결과 민선 7기가 시작된 이래 1년 10개월 동안 1,745가구 2,245명의 인구가 고흥으로 전입돼", None, None, ["agriculture"], "achievement"),
        c("귀농인 유치를 위해 서울 등 수도권을 중심으로 홍보를 강화하고 원스톱 서비스를 제공하고 있다", "song-gwi-geun", None, ["agriculture"], "statement"),
        c("귀촌 50개 시책을 담은 인구정책 5개년 계획을 2022년까지 완수하겠다", "song-gwi-geun", None, ["agriculture"], "plan"),
    ],
    "not_claims": [
        "고흥에 이어 경북 의성군 173명, 상주시 171명, 전남 나주시 166명, 전북 고창군 162명 순으로 나타났다",
        "기사 URL이 복사되었습니다.",
    ],
}

# aj-02 충청북도, 2019-09-24 (입력 line); institutional narration only
D2 = "2019-09-24"
G["aj-02-kmib.txt"] = {
    "metadata": {"headline": "청주 오송에 바이오전문기관 5곳 입주", "published": "2019-09-24T11:10+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "43"},
    "officials": [],
    "claims": [
        c("충북 청주 오송이 국내 바이오산업의 중심지로 자리매김하고 있다", None, D2, ["medical-industry"], "achievement"),
        c("국내 최고 권위의 바이오관련 전문기관 5곳이 오송에 공동사무소를 운영키로 했다", None, D2, ["medical-industry"], "plan"),
        c("오송 공동사무소 설치 및 운영에 관한 업무협약을 체결했다", None, D2, ["medical-industry"], "achievement"),
        c("충북 바이오산업 혁신 생태계를 구축하고, 다양한 정보 교류·네트워킹에 힘을 모으기로 했다", None, D2, ["medical-industry"], "plan"),
        c("유망 바이오기업 유치, 바이오벤처 육성, 전문인력 양성 등 세부 사업도 추진한다", None, D2,
          ["medical-industry", "investment-attraction", "startup-support"], "plan"),
        c("도는 이번 협약으로 국내 바이오산업을 선도하는 지자체로 발돋움할 수 있는 계기가 될 전망이다", None, D2, ["medical-industry"], "statement"),
        c("충북을 국내 바이오산업의 혁신 거점으로 육성할 계획이다", None, D2, ["medical-industry"], "plan"),
        c("2030 바이오·헬스산업 발전 전략을 발표했다", None, D2, ["medical-industry"], "achievement"),
        c("오는 2030년까지 120개 과제에 8조2000억원을 투자할 계획이다", None, D2, ["medical-industry"], "plan"),
        c("천연물·화장품 혁신 생태계 조성, 국가산단 조성, 규제개혁으로 혁신성장 등 5대 육성 전략도 마련했다", None, D2, ["medical-industry"], "achievement"),
        c("오송은 국내 최고 수준의 바이오 인프라를 구축하고 있다", None, D2, ["medical-industry"], "statement"),
    ],
    "not_claims": [
        "1991년 설립된 한국바이오협회는 바이오기업 430개를 회원으로 두고 있다",
        "195개의 회원사를 두고 있는 한국제약바이오협회는",
    ],
}

# aj-03 세종특별자치시, stored page date 2025-08-30; the city's 논평 of 29일; institutional only
P3, E3 = "2025-08-30", "2025-08-29"
G["aj-03-asiae.txt"] = {
    "metadata": {"headline": "대통령 세종집무실 임기 내 완공 첫발", "published": "2025-08-30",
                 "reporter": None, "outlet": None, "jurisdiction": "36"},
    "officials": [],
    "claims": [
        c("'국가상징구역 마스터플랜 국제공모'가 본격화된 것을 40만 세종시민과 함께 환영했다", None, E3, ["decentralization"], "statement"),
        c("행정수도 세종 로드맵과 밑그림이 나와서다", None, E3, ["decentralization"], "statement"),
        c("국가상징구역으로 조성하기 위한 마스터플랜 국제공모 공고를 내달 2일 시행한다고 공식 발표했다", None, "2025-08-28", ["decentralization"], "plan"),
        c("세종시가 지속해서 건의해 온 데 대한 정부의 호응이자 행정수도 완성을 향한 확고한 의지의 표현이라고 평가했다", None, E3, ["decentralization"], "achievement"),
        c("조속한 건립이 필요하다고 정부와 정치권에 강력히 요구해온 바 있다", None, E3, ["decentralization"], "plan"),
        c("국회 세종의사당 부지에 대한 도시설계안도 제시될 예정이다", None, E3, ["decentralization"], "plan"),
        c("국회 세종의사당의 건축설계 공모를 각각 시행할 계획이다", None, E3, ["decentralization"], "plan"),
        c("이렇게 되면 행정수도 완성을 위한 두 핵심 사업의 실체가 드러나게 된다는 것이다", None, E3, ["decentralization"], "statement"),
        c("대통령 세종집무실과 국회 세종의사당이 계획된 시간 안에", None, E3, ["decentralization"], "plan"),
    ],
    "not_claims": [
        "개헌 등 행정수도 완성 과제 지속 건의 추진",
        "세종특별자치시청사./ 사진= 충청취재본부 김기완",
    ],
}

# aj-04 전주시 (no date in text; URL 2021-05-17) -> published null, dates null
G["aj-04-jjan.txt"] = {
    "metadata": {"headline": "전주시, 생태교통·천만그루 정원도시로 온실가스 배출 ‘0’ 목표", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "45110"},
    "officials": ["kim-seung-su"],
    "claims": [
        c("2050년까지 온실가스의 실질 배출량을 ‘0’으로 만들고자 한다", None, None, ["climate-carbon"], "target"),
        c("시정 전반에서 온실가스 감축 성과관리를 하고, 연말까지 세부추진계획을 수립한다고 17일 밝혔다", None, None, ["climate-carbon"], "plan"),
        c("2050 탄소중립을 위해 발굴한 9개 추진전략을 구체화하는 게 핵심이다", None, None,
          ["climate-carbon", "energy-transition", "fourth-industrial-revolution", "agriculture"], "plan"),
        c("생태교통과 에너지 대전환 체계 구축, 녹색산업 전환 등에 중점을 두기로 했다", None, None, ["climate-carbon", "energy-transition"], "plan"),
        c("온실가스 배출량을 30%에서 100%까지 단계적으로 줄일 계획이다", None, None, ["climate-carbon"], "target"),
        c("시민 탄소중립 실천 교육 및 활동, 민·관 거버넌스 운영 등의 시민 참여방안도 강구하기로 했다", None, None,
          ["climate-carbon", "citizen-participation"], "plan"),
        c("전주시 탄소중립도시 실행계획 추진체계도 마련키로 했다", None, None, ["climate-carbon"], "plan"),
        c("탄소 중립은 더 이상 미룰 수 없는 전지구적 과제", "kim-seung-su", None, ["climate-carbon"], "statement"),
    ],
    "not_claims": [
        "‘2050 탄소중립’ 선언 후 2050년까지 단계별 감축",
        "TF팀 구성, 신재생에너지 확산·스마트산단 등 추진",
    ],
}

# aj-05 서천군 (day only '2일', no publication date) -> dates null
G["aj-05-cctoday.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "노왕철", "outlet": "충청투데이", "jurisdiction": "44770"},
    "officials": ["noh-bak-rae"],
    "claims": [
        c("2일 치매안심센터' 준공식을 갖고 본격적인 운영에 들어갔다", None, None, ["dementia-care"], "achievement"),
        c("서천군 치매안심센터는 지상 2층 규모로 상담검진실", None, None, ["dementia-care"], "statement"),
        c("치매안심마을 운영 등 다양한 사업을 펼칠 계획이다", None, None, ["dementia-care"], "plan"),
        c("환자와 가족 모두가 치매에 대한 부담을 경감할 수 있도록 사업 구상과 추진에 최선을 다하겠다", "noh-bak-rae", None, ["dementia-care"], "plan"),
    ],
    "not_claims": [
        "평일 오전 9시부터 오후 6시까지 운영되며",
        "저작권자 © 충청투데이 무단전재 및 재배포 금지",
    ],
}

# aj-06 광주광역시, 2018-01-28 (입력 line); institutional narration only (연합뉴스 via wowtv AMP)
D6 = "2018-01-28"
G["aj-06-wowtv.txt"] = {
    "metadata": {"headline": "광주시, 469억 투입해 청년일자리 2천921개 만든다", "published": "2018-01-28T15:07+09:00",
                 "reporter": "장덕종", "outlet": "연합뉴스", "jurisdiction": "29"},
    "officials": [],
    "claims": [
        c("광주시는 올해 469억원을 투입, 청년일자리 2천921개를 만들 계획이라고 28일 밝혔다", None, D6, ["jobs", "youth-policy"], "target"),
        c("광주시는 지난 26일 청년일자리 긴급 점검회의를 열어 이같이 결정했다고 28일 밝혔다", None, D6, ["jobs", "youth-policy"], "achievement"),
        c("시가 올해 추진하는 청년일자리 관련 정책은 청년창업지원, 청년직접일자리 및 인력양성, 청년취업 지원 등 3개 분야다", None, D6,
          ["jobs", "youth-policy", "startup-support"], "statement"),
        c("먼저 청년창업지원 관련 9개 사업에 204억원을 투입, 310개의 청년일자리를 만들 계획이다", None, D6,
          ["startup-support", "jobs", "youth-policy"], "target"),
        c("100억원 규모의 광주청년창업편드, 청년창업특례보증을 통해 유망 청년창업가를 지원하고", None, D6, ["startup-support", "youth-policy"], "plan"),
        c("또 청년직접일자리 및 인력양성을 위해 광주청년드림사업", None, D6, ["jobs", "youth-policy", "education"], "plan"),
        c("청년취업 지원을 위해 20억원을 들여 대학일자리센터를 지원하고", None, D6, ["jobs", "youth-policy", "culture-tourism"], "plan"),
        c("양질의 청년일자리 창출을 위해 민간부문 참여를 독려하고 관련 예산을 조기 집행하기로 했다", None, D6, ["jobs", "youth-policy"], "plan"),
    ],
    "not_claims": [
        "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>",
    ],
}

# aj-07 전라남도, YTN broadcast script 2020-06-25 13:23
D7 = "2020-06-25"
G["aj-07-ytn.txt"] = {
    "metadata": {"headline": "'해상 풍력' 등 전남 '블루 이코노미' 탄력", "published": "2020-06-25T13:23+09:00",
                 "reporter": "김범환", "outlet": None, "jurisdiction": "46"},
    "officials": ["kim-yung-rok"],
    "claims": [
        c("해상 풍력 등 신재생 에너지 사업이 본격화하고 있는데요", None, D7, ["energy-transition"], "statement"),
        c("바닷바람이 강해 신재생 에너지 산업 육성의 최적지로 꼽히고 있습니다", None, D7, ["energy-transition"], "statement"),
        c("혁신 성장과 일자리 창출, 삶의 질 제고로 지속 가능한 미래 전남을 목표로 하고 있습니다", None, D7, ["jobs"], "statement"),
        c("전라남도의 에너지 신산업이 전라남도의 앞으로 꿈의 미래 프로젝트입니다", "kim-yung-rok", D7, ["energy-transition"], "statement"),
        c("이것을 중심으로 전라남도 산업을 일으키고 관광 산업을 함께 해서", "kim-yung-rok", D7, ["energy-transition", "culture-tourism"], "plan"),
        c("원전 8기 규모의 해상 풍력 발전 등에 대한 청와대와 산자부의 지원도 잇따르고 있습니다", None, D7, ["energy-transition"], "statement"),
        c("먼저 해양 발전지구 지정과 풍력 발전 배후단지 조성이 추진되고 있습니다", None, D7, ["energy-transition"], "statement"),
        c("남은 2년 우리 정부의 주요한 그린 뉴딜, 디지털 뉴딜 그리고 고용 안전망을 중심으로 한 한국판 뉴딜의 핵심이", None, D7,
          ["climate-carbon", "fourth-industrial-revolution", "jobs"], "statement", speaker_name="강기정"),
    ],
    "not_claims": [
        "전라남도가 청정 자원을 활용해 추진하는 '블루 이코노미'가 본궤도에 오르고 있습니다",
        "대통령의 경제 투어에 이은 정부 차원의 지원 움직임도 활발합니다",
        "전남의 '블루 이코노미'는 에너지와 바이오, 농수산, 투어, 트랜스포트, 시티 등 크게 6가지 분야에서 추진됩니다",
        "전라남도는 올해 52가지의 세부 추진 과제를 선정하고 국고 예산 1조2천억 원을 확보했습니다",
    ],
}

# aj-08 충주시; the only date is the weather widget's '2024.01.28 (일)' (page view date) -> published null, dates null
G["aj-08-munhwatoday.txt"] = {
    "metadata": {"headline": "충주 원도심 80억원 투입해 상권 되살린다", "published": None,
                 "reporter": "황재연", "outlet": "문화투데이", "jurisdiction": "43130"},
    "officials": ["jo-gil-hyeong"],
    "claims": [
        c("중소벤처기업부가 주관하는 원도심 상권 활성화 공모에 선정됐다고 26일 밝혔다", None, None, ["small-merchants", "urban-regeneration"], "achievement"),
        c("총 80억원을 투입해 원도심 상권 활성화 사업을 추진한다", None, None, ["small-merchants", "urban-regeneration"], "plan"),
        c("대상지는 충주자유시장, 무학시장, 성서중심시장, 관아골상가, 중앙어울림시장 일대 30만524㎡이다", None, None,
          ["small-merchants", "urban-regeneration"], "statement"),
        c("'추억과 맛과 멋이 어우러진 충주 원도심'을 되살릴 계획이다", None, None, ["small-merchants", "urban-regeneration"], "plan"),
        c("이를 통해 충주시민은 물론 외부 관광객의 방문을 유도한다는 복안이다", None, None, ["small-merchants", "culture-tourism"], "plan"),
        c("이번 공모사업은 외부 용역 없이 지역 소상공인 및 전문가의 참여와 충주시의 적극적인 행정 지원의 결과물", "jo-gil-hyeong", None,
          ["small-merchants"], "achievement"),
        c("상권 활성화 사업은 침체한 원도심 지역 상권을 살릴 대형 프로젝트인 만큼 세부 사업계획을 수립해 체계적으로 추진해 나가겠다",
          "jo-gil-hyeong", None, ["small-merchants", "urban-regeneration"], "plan"),
    ],
    "not_claims": [
        "2024.01.28 (일)",
        "기상청 제공",
    ],
}

# aj-09 대전 동구 (day only '25일', no publication date) -> dates null
G["aj-09-nocutnews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "30110"},
    "officials": ["park-hui-jo"],
    "claims": [
        c("박희조 동구청장의 민선 8기 핵심 공약인 '전통시장 활성화 사업' 관련 공약 과제를 모두 끝내면서", None, None, ["small-merchants"], "achievement"),
        c("시설현대화 사업으로 용운시장은 아케이드 전면 리모델링과 경관 정비를 통해 시장 환경을 개선했으며", None, None, ["small-merchants"], "achievement"),
        c("신도꼼지락시장은 신규 아케이드 설치와 기존 구조물 리모델링", None, None, ["small-merchants"], "achievement"),
        c("대전의 대표적인 야간 명소로 자리매김했다", None, None, ["small-merchants", "culture-tourism"], "achievement"),
        c("전국 단위 관광객 유치와 전통시장 홍보에도 큰 효과를 거뒀다고 구는 설명했다", None, None, ["small-merchants", "culture-tourism"], "achievement"),
        c("전통시장 접근성 강화를 위한 기반시설로 중앙시장 인근에 대형버스 15대 규모의 공영주차장을 조성했다", None, None, ["small-merchants"], "achievement"),
        c("전통시장은 단순한 장터를 넘어 주민 삶과 지역경제를 지탱하는 버팀목", "park-hui-jo", None, ["small-merchants"], "statement"),
        c("민선 8기 전통시장 활성화 공약을 100% 달성한 것을 계기로", "park-hui-jo", None, ["small-merchants", "culture-tourism"], "plan"),
    ],
    "not_claims": [
        "박희조 동구청장이 '중앙시장 푸드페스타'에서 청년들과 대화를 나누고 있다. 동구청 제공",
    ],
}

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for name, gold in G.items():
        data = {"article": name, "metadata": gold["metadata"], "officials": gold["officials"],
                "claims": gold["claims"], "not_claims": gold["not_claims"]}
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=1)
        print(name, len(gold["claims"]))
