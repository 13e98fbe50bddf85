"""Writes gold/<article>.json for set-or (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

G = {}


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


HEO = "heo-tae-jeong"
d = "2019-06-19"
G["or-01-goodmorningcc.txt"] = {
    "metadata": {"headline": "허태정 대전시장 “트램, 교통혁신+도시재생 두 마리 토끼”", "published": "2019-06-19T16:27+09:00",
                 "reporter": "이정민", "outlet": "굿모닝충청", "jurisdiction": "30"},
    "officials": [HEO],
    "claims": [
        c("트램 착공 과정에서 지역 업체 참여를 약속했다", HEO, d, ["public-transit"], "plan"),
        c("대전도시철도 2호선 트램의 성공적인 추진을 약속했다", HEO, d, ["public-transit"], "plan"),
        c("트램이 대중교통과 도시재생 등 두 마리 토끼를 잡기 위해 행정력을 집중하겠다는 것이다", HEO, d,
          ["public-transit", "urban-regeneration"], "plan"),
        c("트램으로 정류장 주변 지역 경제 활성화를 노리겠다", HEO, d, ["public-transit"], "plan"),
        c("원도심 활성화를 추진하는 동시에 지역 향토기업의 공사 참여로 경제에 힘을 불어넣겠다는 생각이다", HEO, d,
          ["urban-regeneration"], "plan"),
    ],
    "not_claims": [
        "민선 7기 1주년 기자회견서 트램 건설 및 대덕특구 재창조 사업 등 강조",
        "허태정 대전시장이 19일 시청 대회의실에서 민선 7기 1주년 기자회견을 하고 있다",
        "허태정 대전시장이 여론조사의 낮은 지지도를 끌어올리겠다는 의지를 내비쳤다",
        "여론조사 결과를 받아들이는 태도가 필요하다",
        "정부가 추진 중인 대덕특구 재창조 사업에 대전",
    ],
}

d = "2018-03-12"
G["or-02-ccdailynews.txt"] = {
    "metadata": {"headline": "관광열차 타고 충주 여행", "published": "2018-03-12T15:19:36+09:00",
                 "reporter": "이현", "outlet": "충청일보", "jurisdiction": "43130"},
    "officials": [],
    "claims": [
        c("자유ㆍ무학시장이 ‘2018년 팔도장터 관광열차 운행사업 공모’에 선정됐다고 12일 밝혔다", None, d,
          ["small-merchants", "culture-tourism"], "achievement"),
        c("코레일은 자체 홍보를 통해 관광객을 모집하고, 다음 달부터 11월 사이에 총 3회 관광열차를 충주에 운영하게 된다", None, d,
          ["culture-tourism"], "plan"),
        c("시는 회당 500명씩 총 1500명의 순수 외지 관광객이", None, d, ["culture-tourism", "small-merchants"], "target"),
        c("충주라이트월드 등을 관광코스로 개발하고, 버스를 이용한 주요 관광지 투어상품도 운영할 계획이다", None, d,
          ["culture-tourism"], "plan"),
        c("시는 전통시장 활성화를 위해 다양한 이벤트와 이용객 편의증진을 꾀하고 있으며, 지난해 무학시장에 고객지원센터도 설치했다", None, d,
          ["small-merchants"], "achievement"),
        c("팔도장터 관광열차는 코레일 열차 이용 여행객을 전통시장으로 유입시켜", None, d,
          ["small-merchants", "culture-tourism"], "statement"),
        c("이번 공모에는 전국 전통시장과 주변 관광지", None, d, ["small-merchants", "culture-tourism"], "statement"),
        c("공모 선정은 전국적 명소로 자리매김하고 있음을 엿보게 한다", None, d, ["small-merchants", "culture-tourism"], "statement"),
        c("관광객이 참여하는 축제 등 색다른 볼거리를 다채롭게 준비하고 있다", None, d, ["culture-tourism"], "statement"),
    ],
    "not_claims": [
        "팔도장터 운행 공모에",
        "중앙탑 등 연계 코스 개발",
        "자유시장은 지난 2016년 전국우수시장 박람회에서 우수 시장으로 선정돼 대통령 표창을 받기도 했다",
        "전통시장과 지역경제 활성화를 위해",
    ],
}

d = "2021-01-15"
G["or-03-tournews21.txt"] = {
    "metadata": {"headline": "‘충주시 관광 올해 확 바뀐다’", "published": "2021-01-15T08:28+09:00",
                 "reporter": "유경훈", "outlet": None, "jurisdiction": "43130"},
    "officials": [],
    "claims": [
        c("충북 충주시의 관광지도가 올해 확 바뀐다", None, d, ["culture-tourism"], "plan"),
        c("‘관광인프라 및 콘텐츠 확충사업’이 올해 더욱 속도를 낼 전망이다", None, d, ["culture-tourism"], "plan"),
        c("언택트 기반의 관광시설을 확충하고 힐링‧체험관광 사업을 확대하기로 결정했다", None, d, ["culture-tourism"], "plan"),
        c("탄금호 일원 관광 콘텐츠를 강화하고 금가권역을 연계한 수변 경관자원도 새롭게 마련할 계획이다", None, d,
          ["culture-tourism"], "plan"),
        c("마리나센터 리모델링으로 새로워진 무지개길 게스트하우스도 본격 운영에 들어간다", None, d, ["culture-tourism"], "plan"),
        c("탄금호를 역사와 문화가 어우러진 힐링체험 관광지로 업그레이드하기로 했다", None, d, ["culture-tourism"], "plan"),
        c("금가권역 일원은 수변경관 활용 관광자원화를 위한 기본구상 용역을 추진한다", None, d, ["culture-tourism"], "plan"),
        c("중앙탑공원과 무지개길 주변의 조경 및 조명도 보강해", None, d, ["culture-tourism"], "plan"),
        c("문체부 공모사업인 열린 관광 환경 조성사업을 통해", None, d, ["culture-tourism"], "plan"),
        c("시가 그동안 추진해 온 각종 인프라 구축 사업도 가시화된다", None, d, ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "언택트 관광시설 확충하고 힐링‧체험관광 사업 확대",
        "탄금호 중계도로.사진=충주시 제공",
        "탄금호 무지개 길.사진=충주시 제공",
        "금가면 달숯공원, 천지인삼태극 풍수휴양촌 개발사업, 목계솔밭 캠",
    ],
}

d = "2021-06-11"
G["or-04-enant.txt"] = {
    "metadata": {"headline": "청주시 스마트시티 챌린지사업 거버넌스 협약 및 발대식 개최", "published": "2021-06-11T14:49+09:00",
                 "reporter": None, "outlet": "동북아뉴스타임", "jurisdiction": "43"},
    "officials": ["lee-si-jong", "jo-byeong-ok"],
    "claims": [
        c("‘충청북도 스마트시티 챌린지 거버넌스’를 공식 출범했다", None, d, ["smart-city"], "achievement"),
        c("2021년도 스마트시티 챌린지 공모사업에 선정돼", None, d, ["smart-city"], "statement"),
        c("스마트시티 챌린지사업의 원활한 추진과 스마트시티 산업의 육성 및 지역경제 활성화에 기여하고자 업무협약(MOU)을 체결하고", None, d,
          ["smart-city"], "achievement"),
        c("충북형 스마트시티 S.O.C사업은 오송, 오창, 혁신도시 등 충북의 혁신성장거점을 연결한 광역스마트시티 조성사업이다", None, d,
          ["smart-city"], "statement"),
    ],
    "not_claims": [
        "스마트시티 협력체계 구축, 스마트시티 챌린지 예비사업 본격 가동",
        "이날 발대식은 이시종 충북도지사, 임택수 청주부시장, 김두환 진천부군수, 조병옥 음성군수 등 지자체장을 비롯해",
        "‘스마트시티 챌린지사업 성공’을 기원하는 퍼포먼스를 가졌다",
        "예비단계인 올해 국비 약 15억 원을 투입해 의료, 교통, 생활 관련 스마트 혁신 솔루션을 도입・실증하고",
    ],
}

d = "2023-06-09"
G["or-05-newsis.txt"] = {
    "metadata": {"headline": "전주시, '2050 탄소중립·녹색성장위' 출범…19명 구성", "published": "2023-06-09T18:12:09+09:00",
                 "reporter": "윤난슬", "outlet": "뉴시스", "jurisdiction": "45110"},
    "officials": ["woo-beom-gi"],
    "claims": [
        c("뉴시스] 윤난슬 기자 = 전북 전주시는 9일 시청 4층 회의실에서 '전주시 2050 탄소중립·녹색성장위원회'의 출범식을 개최했다고 밝혔다",
          None, d, ["climate-carbon"], "achievement"),
        c("이는 사회 전 영역의 참여를 통한 탄소중립 실현 및 탄소중립 정책을 효과적으로 추진하기 위한 것이다", None, d,
          ["climate-carbon"], "statement"),
        c("탄소중립 녹색성장을 위한 전주시 주요 정책에 대한 심의·의결을 맡게 된다", None, d, ["climate-carbon"], "plan"),
        c("또 분야별 탄소중립 정책 및 사업에 대한 자문과", None, d, ["climate-carbon"], "plan"),
    ],
    "not_claims": [
        "밝혔다.2023.06.09.(사진=전주시 제공)",
        "위원장을 맡은 우범기 전주시장을 비롯한 시 간부 공무원과 시의원, 언론인",
        "이와 관련 이날 출범식에서는 민간 위원에 대한 위",
    ],
}

d = "2018-01-21"
G["or-06-joongboo.txt"] = {
    "metadata": {"headline": "이재명 성남시장 \"청년배당·도시재생 중점 추진\"", "published": "2018-01-21",
                 "reporter": "김대성", "outlet": "중부일보", "jurisdiction": "41130"},
    "officials": ["lee-jae-myung"],
    "claims": [
        c("청년배당, 도시재생 등 시민 생활과 밀접한 사업에 중점을 뒀다", None, d, ["youth-policy", "urban-regeneration"], "statement"),
        c("공공질서 및 안전 분야 28.8%, 사회복지 분야 26.5%가 증가했다", None, d,
          ["education", "disaster-safety", "welfare"], "statement"),
        c("일반회계 중 가장 많은 7천984억 원(38.9%)의 예산을 사회복지 분야에 배정한다", None, d, ["welfare"], "plan"),
        c("청년배당 109억 원, 은행종합사회복지관 건립비 54억 원", None, d, ["youth-policy", "welfare"], "statement"),
        c("교육 분야에는 725억 원(3.5%)을 투입, 야탑청소년수련관 건립(156억 원), 교육환경개선사업(110억 원), 중학교 무상교복 지원(50억 원) 등을 추진한다",
          None, d, ["education"], "plan"),
    ],
    "not_claims": [
        "무상복지 사업 멈추지 않는다",
        "기본과 원칙의 힘으로 새로운 시대를 열어가겠다",
        "시민과의 약속인 공약의 완성도를 높이겠다는 것이다",
        "올해 성남시 살림살이는 3조14억 5천600만 원 규모로",
        "지역경제 활성화를 위해 산업·중소기업 분야에 842",
    ],
}

d = "2018-02-23"
G["or-07-kmib.txt"] = {
    "metadata": {"headline": "불황 터널 갇힌 울산 동구… 조선소 도크 4개 멈춰서", "published": "2018-02-23T05:05+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "31170"},
    "officials": ["gwon-myeong-ho"],
    "claims": [
        c("동구지역의 고용보험 평균 피보험자 수도 2016년 6만9183명에서 지난해 5만5428명으로 19.9% 감소했다", None, d, ["jobs"], "statement"),
        c("반면 구직급여 신규신청자수는 2016년 6134명에서 지난해 7046명으로 14.9% 증가했다", None, d, ["jobs"], "statement"),
        c("실직자들은 일자리를 구하기 위해 행정기관의 기간제 근로자나 공공근로 등 단기 일자리에 몰리고 있다", None, d, ["jobs"], "statement"),
        c("16명을 모집하는 공원관리 기간제 근로자에 208명이 지원, 13대1의 경쟁률을 나타냈다", None, d, ["jobs"], "statement"),
    ],
    "not_claims": [
        "22일 오후 동구청 구청장실에서 고용위기지역 지정신청 협의를 위한 회의를 하고 있다",
        "고용위기지역 지정 건의 방침",
        "울산 동구는 조선업 불황으로 경기 침체가 장기화되면서 사실상 빙하기를 맞고 있다",
        "조선과 해양플랜트 사업에서 5000여명이 일감이 없어 손을 놓고 있다",
        "지난해 경쟁률(1.3대 1)보다 10",
    ],
}

SONG = "song-ha-jin"
d = "2020-12-18"
G["or-08-koreailbo.txt"] = {
    "metadata": {"headline": "송하진 전북지사 “새만금, 생태문명 전환의 중추”", "published": "2020-12-18T16:59+09:00",
                 "reporter": None, "outlet": "코리아일보", "jurisdiction": "45"},
    "officials": [SONG],
    "claims": [
        c("새만금의 한 가운데 들어서는 이 도시는 자연과 사람, 기술이 어우러져 지속가능하고 충분한 삶의 공간이 될 것이다", SONG, d,
          ["smart-city"], "statement"),
        c("스마트 수변도시는 미래도시가 나아갈 길을 제시할 것", SONG, d, ["smart-city"], "statement"),
        c("새만금 변화의 중심에 스마트 수변도시가 있고 스마트 수변도시의 성공이 새만금의 성공이다", SONG, d, ["smart-city"], "statement"),
    ],
    "not_claims": [
        "새만금이 생태문명으로의 전환을 이끄는 중추적 역할을 할 것으로 기대한다",
        "지속가능한 미래를 꿈꿔온 새만금이 생태문명으로의 전환을 이끄는 중추적인 역할을 할 것으로 기대합니다",
        "새만금을 찾은 송하진 전북지사가 한 말이다",
        "생태문명으로 삶의 양태를 바꾸는 중심이 될 것이라고 강조했다",
        "탄소를 줄임은 물론 산업단지를 디지털화하는데 그치지 않고 재생에너지 클러",
    ],
}

JEON = "jeon-jin-seon"
G["or-09-wowtv.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "정진욱", "outlet": None, "jurisdiction": "41830"},
    "officials": [JEON],
    "claims": [
        c("일자리·주거·교통 지원을 아우르는 청년정책을 강화하고 있다고 10일 밝혔다", None, None,
          ["youth-policy", "jobs", "housing"], "statement"),
        c("‘두배드림 청년통장’을 통해 최대 480만원의 자립자금을 마련하도록 돕고 있다", None, None, ["youth-policy", "housing"], "statement"),
        c("수도권 통근 청년에게 정기승차권 운임비를 지원하며 현실적 부담을 줄였다", None, None,
          ["youth-policy", "public-transit"], "achievement"),
        c("청년 일자리 거점인 양동산업단지는 최근 중앙투자심사를 통과해 본격 추진한다", None, None, ["jobs", "youth-policy"], "plan"),
        c("2030년 준공을 목표로 하며, 기숙사·지원센터 등 정주 기반시설이 함께 조성된다", None, None, ["jobs", "youth-policy"], "plan"),
        c("청년이 직접 정책을 제안·참여할 수 있는 구조도 확대하고 있다", None, None, ["youth-policy", "citizen-participation"], "statement"),
        c("청년이 머물고 일하며 꿈을 실현할 수 있는 청년친화도시를 만들겠다", JEON, None, ["youth-policy"], "plan"),
    ],
    "not_claims": [
        "청년이 지역의 미래이자 양평의 성장 동력",
        "양평=정진욱 기자",
    ],
}

out = Path(__file__).resolve().parents[1] / "gold"
out.mkdir(exist_ok=True)
for name, g in G.items():
    doc = {"article": name, **g}
    (out / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(G), "gold files,", sum(len(g["claims"]) for g in G.values()), "claims")
