"""Write set-mx gold files (hand annotation)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def C(quote, speaker, date, policies, kind, name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        c["speaker_name"] = name
    return c


def M(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


D1 = "2020-07-06"
D3 = "2020-10-12"
D4 = "2021-04-23"
D5 = "2021-04-04"
D6 = "2019-06-11"
WON = "won-hee-ryong"
SONG = "song-ha-jin"
PJH = "park-jeong-hyeon-30230"
KANG = "kang-gi-jung"
PSD = "park-sang-don"

FILES = {
    "mx-01-cctoday.txt": (
        M("충북도 “오송·오창에 스마트시티 구축”", "2020-07-06T19:28+09:00", "이민기", "충청투데이", "43"),
        [],
        [
            C("충북도가 청주 오송·오창을 중심으로 청주국제공항과 진천·음성 혁신도시를 연계한 스마트시티 구축을 추진한다",
              None, D1, ["smart-city"], "plan"),
            C("도는 6일 충북연구원 대회의실에서 '2021 스마트시티 챌린지 사업' 타당성 연구용역 착수보고회를 했다",
              None, D1, ["smart-city"], "statement"),
            C("오창을 '제2의 판교 밸리'로 만든다는 로드맵을 마련했다", None, D1, ["smart-city"], "achievement"),
            C("내년도 국토교통부 주관 스마트 챌린지 공모에 참여할 예정이다", None, D1, ["smart-city"], "plan"),
            C("용역에는 스마트시티 구축을 위한 도시문제 발굴과", None, D1, ["smart-city"], "statement"),
            C("스마트시티 구축을 위해 도시 문제를 해결은 물론 포스트 코로나 시대에 적합한 솔루션을 마련하겠다",
              None, D1, ["smart-city"], "plan"),
        ],
        ["충북도 “오송·오창에 스마트시티 구축”",
         "착수보고회는 성일홍 경제부지사 주재로",
         "스마트시티는 건설·정보통신기술을 융복합해 건설한 기반시설로 다양한 서비스를 제공하는 도시다",
         "용역 기간은 오는 11월까지다"],
    ),
    "mx-02-donga.txt": (
        M("[광주/전남]여수 그 섬에 가고 싶다", "2010-02-22T03:00+09:00", None, None, "46130"),
        [],
        [
            C("317개 섬을 4개 권역으로 나눠 체류형 관광지로 개발키로 했다", None, "2010-02-22", ["culture-tourism"], "plan"),
            C("상하화도를 꽃과 나무를 이용한 건강 휴양관광지로 만들고", None, "2010-02-22", ["culture-tourism"], "plan"),
            C("도보 여행객들을 위한 생태탐방 섬으로 조성한다", None, "2010-02-22", ["culture-tourism"], "plan"),
            C("삼산면 거문도는 역사 탐방지로 만든다", None, "2010-02-22", ["culture-tourism"], "plan"),
            C("이미 산책로 1km가 만들어졌고 올해 인어상이 설치된다", None, "2010-02-22", ["culture-tourism"], "achievement"),
        ],
        ["체류형 관광벨트로 개발", "생태-역사 탐방지 조성",
         "전남 여수시가 삼산면 거문도에 인어를 주제로 한 해양공원을 조성하고 있다",
         "고흥군과 이 섬들을 연결하는 다리 11개가 2016년까지 지어진다",
         "수호신 역할을 했던 것으로 전해지고 있다"],
    ),
    "mx-03-yonhap.txt": (
        M("[톡톡 지방자치] 10년 만에 순천만국제정원박람회 여는 순천", "2020-10-12T07:03+09:00", "형민우", "연합뉴스",
          "46150"),
        [],
        [
            C("인구 28만명의 중소도시인 전남 순천에서 순천만국제정원박람회가 개막했다", None, D3, ["culture-tourism"],
              "achievement"),
            C("6개월간 430만명의 관광객이 찾아 대성황을 이뤘다", None, D3, ["culture-tourism"], "achievement"),
            C("순천은 정원박람회를 계기로 전 세계에 생태 도시로 이름을 알렸다", None, D3, ["culture-tourism"], "achievement"),
            C("세계인의 기억 속에 남았던 순천만국제정원박람회가 10년 만에 다시 열린다", None, D3, ["culture-tourism"], "plan"),
            C("순천시는 도시 전체를 정원으로 만들어 녹색 희망을 보여줄 계획이다", None, D3, ["culture-tourism"], "plan"),
            C("본격적으로 2023순천만국제정원박람회 준비에 돌입했다", None, D3, ["culture-tourism"], "achievement"),
            C("6개월간 순천만국가정원을 비롯한 도심 일원에서 열린다", None, D3, ["culture-tourism"], "plan"),
            C("800만명이 방문할 것으로 예상된다", None, D3, ["culture-tourism"], "statement"),
            C("2만5천149명의 일자리가 새로 만들어진다", None, D3, ["culture-tourism", "jobs"], "statement"),
            C("온택트·언택트 시대 변화상에 부응하는 운영 방식을 도입하는 등 변화를 꿈꾸고 있다", None, D3,
              ["culture-tourism"], "plan"),
        ],
        ["[톡톡 지방자치] 10년 만에 순천만국제정원박람회 여는 순천",
         "시민이 주체가 돼 도시 전체를 정원으로",
         "포스트 코로나 시대, 생태 도시 순천 '녹색 희망'을 쓴다",
         "정원박람회가 그리는 꿈…포스트 코로나 시대 녹색 희망의 메시지",
         "[순천시 제공.재판매 및 DB금지]"],
    ),
    "mx-04-ihalla.txt": (
        M("원희룡 \"제주 제2공항 약속 지키겠다\"", "2021-04-23T12:14:34+09:00", "강다혜", "한라일보", "50"),
        [WON],
        [
            C("남은 임기 내 제주 제2공항 건설 계획을 확정하겠다고 재차 강조했다", WON, D4, ["airport-relocation"], "plan"),
            C("제2공항 추진 필요를 역설했다", WON, D4, ["airport-relocation"], "plan"),
            C("제주공항은 2014년에 이미 포화라고 정부에서 결론 내렸다", WON, D4, ["airport-relocation"], "statement"),
            C("2017년 반대 의견이 나오면서 사실상 내용상으로 한 발짝도 진전된 게 없다", WON, D4, ["airport-relocation"],
              "criticism"),
            C("가덕도 공항에 대한 현 정부와 대통령의 태도", WON, D4, ["airport-relocation"], "criticism"),
            C("정부가 더 지원하고 도민들과 머리를 맞대면 분명 답이 있다", WON, D4, ["airport-relocation"], "statement"),
            C("현 공항은 이미 포화상태다", WON, D4, ["airport-relocation"], "statement"),
        ],
        ["원희룡 \"제주 제2공항 약속 지키겠다\"",
         "23일 제주도의회 도정질문서 재차 강조",
         "현 공항 이미 포화 … 정부 책임감 없어",
         "도정질문에선 제주 제2공항 문제 관련 질문에 재차 이어졌다",
         "자연·사람·문화의 제주 가치를 세계를 향해 나아가기 위해서는 연결을 통해야 한다",
         "비행기 접촉사고까지 났고, 위험하다"],
    ),
    "mx-05-domin.txt": (
        M("제6기 CVO 1주차 송하진 도지사 “전라북도 생태문명시대 선도할 것”", "2021-04-04T14:44+09:00", "김기주",
          "전북도민일보", "45"),
        [SONG],
        [
            C("재생에너지와 그린뉴딜 등 미래신산업의 시대적 흐름에 맞춰 새로운 전북을 만들자는", SONG, D5,
              ["climate-carbon", "public-health", "energy-transition"], "statement"),
            C("재난, 코로나19 등 각종 위기로부터 안전하고 청정 전북을 구현하겠다는 뜻을 담고 있다", SONG, D5,
              ["disaster-safety", "public-health"], "plan"),
            C("탄소중립 실현을 위해 수소·탄소·친환경차 등 재생에너지, 그린뉴딜 기반의 미래신성장 산업을 적극적으로 육성하겠다는",
              SONG, D5, ["climate-carbon", "energy-transition", "future-vehicles"], "plan"),
        ],
        ["‘생태문명시대 선도’라는 전북도의 비전을 강조했다",
         "수많은 다양성이 서로 관계를 맺고 지속가능하게 살아가는 시대로 요약할 수 있다",
         "단순히 과거로의 회귀가 아닌 사람과 자연이 조화롭게 공존해야 한다는",
         "우리 전북도가 선도해 지속가능한 성장 동력으로 삼아야 한다"],
    ),
    "mx-06-timenews.txt": (
        M("대전 대덕구·대전대덕경찰서, 대덕e로움 업무협약 체결", "2019-06-11T15:20:51+09:00", "홍대인", "대전타임뉴스",
          "30230"),
        [PJH],
        [
            C("지역화폐 대덕e로움 유통활성화를 위해 대전대덕경찰서(서장 박병규)와 업무협약을 체결했다", None, D6,
              ["small-merchants"], "achievement"),
            C("소속 직원들이 대덕e로움을 적극 구매해 사용할 수 있도록 홍보하는 한편", None, D6,
              ["small-merchants", "disaster-safety"], "plan"),
            C("주민안전과 범죄예방의 지름길", None, D6, ["disaster-safety"], "statement", "박병규"),
            C("우리 경찰이 앞장 서 홍보하는 한편, 구매에도 적극 나설 것", None, D6, ["small-merchants"], "plan", "박병규"),
            C("대덕e로움 유통활성화를 위해 함께 해줘서 지역경제가 더 든든해진 것 같다", PJH, D6, ["small-merchants"],
              "statement"),
            C("앞으로도 지역치안은 물론 주민 행복을 위한 일이라면", PJH, D6, ["disaster-safety"], "plan"),
            C("오는 7월 5일 출시되며 50억원 규모로 발행된다", None, D6, ["small-merchants"], "plan"),
        ],
        ["대전 대덕구·대전대덕경찰서, 대덕e로움 업무협약 체결",
         "박정현 구청장이 직접 경찰서를 방문해 대덕e로움 발행 및 운영 방향에 대한 설명의 시간을 갖고"],
    ),
    "mx-07-yonhapnewstv.txt": (
        M(None, None, None, None, "29"),
        [KANG],
        [
            C("이재명 대통령의 약속을 이행해야 한다", KANG, None, ["fourth-industrial-revolution"], "plan"),
            C("대통령도 약속을 지키기 위한 방법을 강구하라고 지시했고, 정부와 긴밀히 소통 중", KANG, None,
              ["fourth-industrial-revolution"], "statement"),
            C("광주의 AI 생태계 완성과 대한민국 AI 3강 도약을 위해 반드시 실현돼야 한다", KANG, None,
              ["fourth-industrial-revolution"], "plan"),
            C("광주의 AI 생태계는 이미 단단히 뿌리내렸다", KANG, None, ["fourth-industrial-revolution"], "achievement"),
            C("국내 유일의 공공주도형 AI 생태계를 완성했다", KANG, None, ["fourth-industrial-revolution"], "achievement"),
            C("160개 기업이 광주에 들어왔고 650개의 일자리가 생겼다", KANG, None,
              ["fourth-industrial-revolution", "jobs", "investment-attraction"], "achievement"),
            C("광주의 AI 생태계는 이미 굳건히 자리잡았다", KANG, None, ["fourth-industrial-revolution"], "achievement"),
            C("AI 중심도시 광주의 꿈은 결코 멈추지 않는다", KANG, None, ["fourth-industrial-revolution"], "plan"),
            C("국가 AI컴퓨팅센터가 광주에 유치되지 못한 것을 보고 받으시고", None, None,
              ["fourth-industrial-revolution"], "statement", "우상호"),
            C("광주에 한 약속은 지키겠다", None, None, ["fourth-industrial-revolution"], "plan", "우상호"),
        ],
        ["미래 구상을 밝히고 있습니다", "이는 우리 모두의 성취"],
    ),
    "mx-08-seoulilbo.txt": (
        M(None, None, "송승화", "서울일보", "36"),
        ["lee-choon-hee"],
        [
            C("행정수도 완성을 목표로 한 시정 운영 방향을 발표했다", None, None,
              ["decentralization", "citizen-participation"], "plan"),
            C("대통령 세종집무실 설치 등을 위해 노력한다", None, None, ["decentralization"], "plan"),
            C("주민자치회 설치, 마을 경제 조직 육성, 시민주권 회의 운영 등을 적극 추진해", None, None,
              ["decentralization", "citizen-participation"], "plan"),
            C("국공립어린이집 확충과 세종행복교육지원센터 설립 등을 추진하며", None, None,
              ["childcare-birth", "education", "research-development", "future-vehicles", "startup-support"], "plan"),
            C("대량수송이 가능한 신 교통수단을 도입하고", None, None,
              ["public-transit", "disaster-safety", "culture-tourism"], "plan"),
            C("청춘조치원 프로젝트, 로컬푸드 운동에 전력하고 1+10 혁신도시 2차 연대회의를 열어", None, None,
              ["agriculture", "decentralization"], "plan"),
        ],
        ["2019년 시정운영 방안을 발표하고 시민에게 많은 관심과 힘을 모아 줄 것을 부탁했다",
         "미래 100년을 준비하는 의미 있는 한 해가 될 것임을 밝혔다"],
    ),
    "mx-09-hankyung.txt": (
        M("박상돈 천안시장 \"독립기념관서 K-아트 지역박람회 개최\"", None, None, "연합뉴스", "44130"),
        [PSD],
        [
            C("독립기념관을 중심으로 K-아트 지역박람회를 개최, K-문화의 미래와 과거가 공존하는 천안만의 문화를 만들겠다",
              PSD, None, ["culture-tourism"], "plan"),
            C("천안이 가진 무궁무진한 문화적 가치를 발굴하고 문화적 자산으로 승화시킬 예정", PSD, None,
              ["culture-tourism"], "plan"),
            C("천안의 대중교통 체계를 완전히 바꿔 시민의 기대에 부응하는 '스마트 교통도시'도 실현하겠다", PSD, None,
              ["public-transit", "smart-city"], "plan"),
        ],
        ["취임 1주년 기자회견, \"스마트 교통도시도 실현\"",
         "박상돈 천안시장 \"독립기념관서 K-아트 지역박람회 개최\"",
         "막막한 길을 함께 걸어주신 시민 여러분께 진심 어린 감사와 존경의 말씀을 드린다",
         "시민들이 모아주신 힘과 지혜 덕분에 위기를 극복할 수 있었다",
         "그 누구도 민심을 거스르는 정치를 하면 응징을 당한다고 생각한다"],
    ),
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, (meta, officials, claims, not_claims) in FILES.items():
        gold = {"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": not_claims}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(claims)
        print(name, len(claims))
    print("total", total)
