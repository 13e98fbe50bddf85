"""Writes set-oq's gold files (hand annotation, blind)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
os.makedirs(GOLD, exist_ok=True)


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


G = {}

# oq-01 담양군 청년정책위원회 (asiae, date line 2025-09-28)
D = "2025-09-28"
G["oq-01-asiae.txt"] = {
    "metadata": {"headline": None, "published": D, "reporter": None, "outlet": None, "jurisdiction": "46710"},
    "officials": ["jeong-cheol-won"],
    "claims": [
        c("'제1기 담양군 청년정책위원회' 위원을 공개 모집한다고 28일 밝혔다", None, D, ["youth-policy", "citizen-participation"], "plan"),
        c("청년정책위는 청년이 체감할 수 있는 정책을 실현하기 위한 청년 참여 기구로", None, D, ["youth-policy", "citizen-participation"], "statement"),
        c("모집 인원은 전체 15명 중 당연직을 제외한 6명이며", None, D, ["youth-policy"], "statement"),
        c("'제4기 담양군 청년정책협의체'를 운영하고 있으며", None, D, ["youth-policy", "citizen-participation"], "statement"),
        c("내년에는 청년인구 유입·정착을 위해 청년센터를 신설하고", None, D, ["youth-policy"], "plan"),
        c("청년정책위원회에 열정과 전문성을 가진 청년들의 적극 지원하길 기대한다", "jeong-cheol-won", D, ["youth-policy"], "statement"),
        c("청년이 머무르는 담양을 만들기 위한 정책 추진에 더욱 박차를 가하겠다", "jeong-cheol-won", D, ["youth-policy"], "plan"),
    ],
    "not_claims": [
        "AI 요약 기술은 핵심만 전달합니다",
        "10월 2일까지 6명 모집",
        "청년정책 심의·조정 역할",
        "자세한 사항은 누리집 공지 사항에서 확인할 수 있다",
    ],
}

# oq-02 대구시 도시재생 공모 선정 (seniormaeil, 승인 2022.12.15 19:55)
D = "2022-12-15"
G["oq-02-seniormaeil.txt"] = {
    "metadata": {"headline": "대구시, 도시재생사업 2곳 선정", "published": "2022-12-15T19:55+09:00", "reporter": "정양자", "outlet": None, "jurisdiction": "27"},
    "officials": [],
    "claims": [
        c("‘눈꽃처럼 밝은 설화마을’ 사업이 선정됐다고 밝혔다", None, D, ["urban-regeneration"], "achievement"),
        c("2026년까지 총 531억 원*이 순차 투입돼 15만 5천㎡의 쇠퇴지역에서 도시재생 사업이 추진된다", None, D, ["urban-regeneration"], "plan"),
        c("노후된 경로공원 정비 및 부족한 마을공영주차장 확충 등으로 정주환경을 개선하고", None, D, ["urban-regeneration", "jobs"], "plan"),
        c("지역 전통 자원인 상여소리를 활용해 마을 정체성을 확보하고", None, D, ["urban-regeneration"], "plan"),
        c("대구시는 이번 공모 선정으로 추진 중인 도시재생사업 22곳을 포함, 총 24곳에 4", None, D, ["urban-regeneration"], "statement"),
    ],
    "not_claims": [
        "북구 관음동, 화원읍 설화리 선정",
        "국비 165억원 확보",
        "도시재생 사업 계획도 대구시 제공",
        "도시재생 사업계획도. 대구시 제공",
    ],
}

# oq-03 경북도 좋은 일자리 10만개 (매일일보, undated)
G["oq-03-mi.txt"] = {
    "metadata": {"headline": "경북도, 4년간 좋은 일자리 10만개 만든다", "published": None, "reporter": "조용국", "outlet": "매일일보", "jurisdiction": "47"},
    "officials": ["lee-cheol-u"],
    "claims": [
        c("경북도가 앞으로 4년간 좋은 일자리 10만개 창출을 목표로 실천계획을 발표하고", None, None, ["jobs"], "target"),
        c("‘경상북도 좋은 일자리위원회’를 열고 새로이 35명의 위원을 위촉했다", None, None, ["jobs"], "achievement"),
        c("민선 7기 도정운영 4개년 계획을 확정한 바 있다", None, None, ["jobs", "investment-attraction", "childcare-birth"], "achievement"),
        c("좋은 일자리 10만개 창출 계획을 확정하고 전 행정력을 집중해 나간다는 방침이다", None, None, ["jobs"], "plan"),
        c("일자리 위원들과 일자리 창출에 머리를 맞대고 함께 고민해", "lee-cheol-u", None, ["jobs", "youth-policy", "childcare-birth"], "plan"),
    ],
    "not_claims": [
        "이철우 도지사.",
        "조용국 기자  001first@m-i.kr",
        "HOME 전국 대구·경북",
    ],
}

# oq-04 전남관광 비전 선포 (연합뉴스 via wowtv AMP, 입력 2019-06-20 15:15)
D = "2019-06-20"
G["oq-04-yonhap.txt"] = {
    "metadata": {"headline": "\"전남을 글로벌 관광 중심으로\" 전남도, 서울서 비전 선포", "published": "2019-06-20T15:15+09:00", "reporter": "여운창", "outlet": "연합뉴스", "jurisdiction": "46"},
    "officials": [],
    "claims": [
        c("'전남관광 비전' 선포식이 20일 서울에서 열렸다", None, D, ["culture-tourism"], "statement"),
        c("전남관광재단(가칭)도 연내에 설립하겠다는 의지도 밝혔다", None, D, ["culture-tourism", "jobs"], "plan"),
        c("'대한민국 관광 중심, 글로벌 전남 관광' 비전을 선포하고 4대 추진전략을 발표했다", None, D, ["culture-tourism"], "plan"),
        c("지역 관광 활성화 정책을 추진함에 따라 이에 선제적으로 대응하기 위해 마련됐다", None, D, ["culture-tourism"], "statement"),
        c("4대 추진전략은 남해안 신성장 관광벨트 조성", None, D, ["culture-tourism"], "plan"),
        c("아름다운 남해안을 해양관광 거점으로 개발하는 사업이다", None, D, ["culture-tourism"], "statement"),
        c("남해안을 세계적 해양관광의 중심지이자, 한반도 경제의 새 중심축으로 육성한다는 구상이다", None, D, ["culture-tourism"], "plan"),
        c("남해안 관광 SOC 확충 사업인 신안 압해~해남 화원 연도연륙교와", None, D, ["culture-tourism"], "achievement"),
    ],
    "not_claims": [
        "관광 비전 4대 추진전략 발표…연내 전남관광재단 설립",
        "선포식에는 전국 관광 업계 관계자 600여 명이 참석했으며",
        "전남관광 홍보대사로 위촉됐다",
    ],
}

# oq-05 군위군 인구 공모사업 (대구일보, 발행일 2020-06-17 18:00)
D = "2020-06-17"
G["oq-05-idaegu.txt"] = {
    "metadata": {"headline": "군위군, 인구 공모사업 3개 부문 선정", "published": "2020-06-17T18:00+09:00", "reporter": "배철한", "outlet": "대구일보", "jurisdiction": "47720"},
    "officials": ["kim-yeong-man"],
    "claims": [
        c("인구 공모 사업에 선정돼 사업비 14억 원을 확보했다", None, D, ["youth-policy"], "achievement"),
        c("청장년의 정착을 지원해 인구감소 위기에 대응하기 위한 것으로", None, D, ["youth-policy"], "achievement"),
        c("구 우보새마을금고를 리모델링해 청장년 공동체 활성화를 위한 공유카페와", None, D, ["youth-policy", "culture-tourism"], "plan"),
        c("프로그램을 추진해 청년들의 안정적인 군위 정착을 돕는다", None, D, ["youth-policy", "startup-support"], "plan"),
        c("‘농촌형 팸프라 조성’ 사업이 선정돼 2억 원의 예산을 확보했다", None, D, ["agriculture"], "achievement"),
        c("농촌체험휴양마을인 고지바위권역과 연계한 가족친화 체험공간을 조성한다", None, D, ["agriculture"], "plan"),
        c("지역 실정에 맞는 인구정책 사업 역점적 추진으로", "kim-yeong-man", D, ["youth-policy"], "plan"),
    ],
    "not_claims": [
        "사업비 14억 원 확보",
        "군위군청 전경.",
        "배철한 기자 baech@idaegu.com",
    ],
}

# oq-06 광산구 기후위기 거버넌스 권고안 (전남일보, 입력 2021.04.07 13:17)
E, P = "2021-04-06", "2021-04-07"
G["oq-06-jnilbo.txt"] = {
    "metadata": {"headline": "광산구, '기후위기 민·관 합동거버넌스' 결실", "published": "2021-04-07T13:17+09:00", "reporter": "김상철", "outlet": "전남일보", "jurisdiction": "29200"},
    "officials": [],
    "claims": [
        c("기후위기 대응 특별위원회가 권고안을 전달했다고 7일 밝혔다", None, E, ["climate-carbon", "citizen-participation"], "achievement"),
        c("'2045년 탄소중립도시'를 구정 목표로 제시했다", None, E, ["climate-carbon"], "target"),
        c("권고안에는 △시민주도형 분산전원 확대", None, E, ["climate-carbon", "energy-transition"], "statement"),
        c("'광산구 기후위기 비상행동'의 요청으로 지난해 8월부터 꾸려져 본격적으로 활동했다", None, P, ["climate-carbon", "citizen-participation"], "statement"),
        c("특별위에는 시민단체 활동가, 구 의원, 전문가, 공무원 등이 참여, 권고안을 마련했다", None, P, ["climate-carbon", "citizen-participation"], "statement"),
    ],
    "not_claims": [
        "기후위기 대응 특별위원회가 광주 광산구에 권고안을 전달했다",
        "‘광산구 기후위기 대응 권고(안)’ 발표",
        "권고안은 황철호 국제기후환경센터 박사와 양승학 호남대학교 교수의 최종 자문을 거쳤다",
    ],
}

# oq-07 구미시 스마트도시 아이디어 공모전 (asiae, date line 2026-02-24)
D = "2026-02-24"
G["oq-07-asiae.txt"] = {
    "metadata": {"headline": None, "published": D, "reporter": "김이환", "outlet": None, "jurisdiction": "47190"},
    "officials": ["kim-jang-ho"],
    "claims": [
        c("「스마트도시 구미」 아이디어 공모전을 개최한다고 밝혔다", None, D, ["smart-city", "citizen-participation"], "plan"),
        c("스마트서비스 아이디어를 제안할 수 있다", None, D, ["smart-city", "citizen-participation"], "statement"),
        c("향후 스마트도시 관련 공모사업과 연계 추진할 계획이다", None, D, ["smart-city", "citizen-participation"], "plan"),
        c("스마트도시는 기술이 아니라 시민의 삶을 바꾸는 정책에서 완성된다", "kim-jang-ho", D, ["smart-city"], "statement"),
        c("이번 공모전이 시민이 정책 설계의 주체로 참여하는 계기가 되길 바라며", "kim-jang-ho", D, ["smart-city", "citizen-participation"], "plan"),
    ],
    "not_claims": [
        "시민 아이디어로 여는 스마트도시",
        "실행 가능한 스마트서비스 발굴",
        "최우수 100만원 등 총 270만원 시상",
        "4월 중 최종 결과를 발표할 예정이다",
        "시상금은 지역경제 활성화를 위해 전액 구미사랑상품권으로 지급된다",
    ],
}

# oq-08 문인 광주 북구청장 문화예술 (동아일보 AMP, undated)
G["oq-08-donga.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "이형주", "outlet": "동아일보", "jurisdiction": "29170"},
    "officials": ["mun-in"],
    "claims": [
        c("주민들이 편안하게 찾는 도서관, 문화센터 등을 확충하는 데 주력했습니다", "mun-in", None, ["culture-tourism"], "achievement"),
        c("일상생활과 어우러지는 문화예술을 강조했다", "mun-in", None, ["culture-tourism"], "statement"),
        c("북구는 2018년부터 문화예술시설 기반 확충을 통해", None, None, ["culture-tourism"], "statement"),
        c("문화예술시설 기반은 인구에 비해 부족하다는 평가를 받아왔다", None, None, ["culture-tourism"], "criticism"),
        c("구립공공도서관은 일곡과 운암 도서관 2곳에 불과했다", None, None, ["culture-tourism"], "criticism"),
        c("북구는 문화예술 전통을 계승하는 데 공을 쏟고 있다", None, None, ["culture-tourism"], "statement"),
        c("방직공장 용지를 활용해 시민문화예술촌을 만드는 사업을 추진한다", None, None, ["culture-tourism"], "plan"),
        c("역사문화자산 복원 계승 사업도 진행한다", None, None, ["culture-tourism"], "plan"),
        c("주민들이 문화와 예술을 즐기고 체험할 수 있는 환경을 만들어", "mun-in", None, ["culture-tourism"], "statement"),
    ],
    "not_claims": [
        "주민의 행복한 삶을 만드는 것이 첫 번째 행정 목표입니다",
        "광주 5개 자치구 가운데 가장 크다",
        "광고 로드중",
    ],
}

# oq-09 류규하 대구 중구청장 인터뷰 (매일신문 page, 입력 2024-07-01 13:52:32)
D = "2024-07-01"
G["oq-09-imaeil.txt"] = {
    "metadata": {"headline": "[인터뷰]류규하 대구 중구청장 \"놀기도, 살기도 좋은 중구 만들 것\"", "published": "2024-07-01T13:52:32+09:00", "reporter": None, "outlet": None, "jurisdiction": "27110"},
    "officials": ["ryu-gyu-ha"],
    "claims": [
        c("도시 및 주거환경정비사업이 활발했던 대구 중구는 20여년 만에 인구 9만명을 회복", None, D, ["housing"], "achievement"),
        c("관광지뿐만 아니라 거주지로도 매력 있는 중구로 거듭나게 하겠다", "ryu-gyu-ha", D, ["culture-tourism"], "plan"),
        c("관광객을 비롯한 유동인구 증가를 통해서 도심에 활력을 불어넣을 방침이다", "ryu-gyu-ha", D, ["culture-tourism"], "plan"),
        c("관광진흥개발기금을 활용해 보다 체계적인 관광기반시설 개발에 나서겠다고 말했다", "ryu-gyu-ha", D, ["culture-tourism"], "plan"),
        c("지역 특색을 반영한 상권활성화사업 또한 추진 중이라고 덧붙였다", "ryu-gyu-ha", D, ["small-merchants"], "statement"),
        c("관광특구 지정을 통한 대외적 인지도 향상으로", "ryu-gyu-ha", D, ["culture-tourism"], "statement"),
        c("김광석다시그리기길에 대한 구상도 내놨다", "ryu-gyu-ha", D, ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "20년만에 인구 9만명 회복, 전국 지자체 인구 순유입률 2년 연속 1위",
        "동성로 관광특구 지정, 문화·예술·축제 결합된 명품 관광지로",
        "정주여건 개선 작업도 속도… 구립도서관, 체육센터, 주차장 조성 박차",
        "류규하 중구청장. 중구청 제공",
    ],
}

for name, g in G.items():
    out = {"article": name}
    out.update(g)
    with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as handle:
        json.dump(out, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    print(name, len(g["claims"]))
