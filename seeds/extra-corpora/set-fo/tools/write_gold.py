"""Write set-fo's hand-made gold files (one claim tuple: quote, speaker, date, policies, kind)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"
CP, FD, HO, SM, UR, CB, PH, WE, DS = ("citizen-participation", "fine-dust", "housing", "small-merchants",
    "urban-regeneration", "childcare-birth", "public-health", "welfare", "disaster-safety")


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


D1 = "2021-02-22"
D2 = "2017-01-23"
D3 = "2019-04-04"
D4 = "2023-09-02"
D5, D5e = "2014-11-20", "2014-11-19"
D6 = "2020-10-26"
D7 = "2020-04-02"
D8 = "2024-01-01"
PW, YB = "park-won-soon", "yoo-jeong-bok"

ARTICLES = {
"fo-01-edaily.txt": (
    {"headline": "인천시, 4월까지 주민참여예산 사업 공모…500억 규모", "published": "2021-02-22T11:16:40+09:00",
     "reporter": "이종일", "outlet": "이데일리", "jurisdiction": "28"},
    ["park-nam-chun"],
    [c("내년도 본예산에 반영할 주민참여예산 제안사업을 올 4월 말까지 공모한다고 밝혔다", None, D1, [CP], "plan"),
     c("내년도 주민참여예산은 500억원 규모로 편성한다", None, D1, [CP], "plan"),
     c("시민 누구나 생활 속 불편사항을 해소하고 삶의 질을 높일 수 있는 사업을 제안할 수 있다", None, D1, [CP], "statement"),
     c("인천시 홈페이지나 방문·우편·팩스 등을 통해 접수가 가능하다", None, D1, [CP], "statement"),
     c("시는 접수된 사업에 대해 7월까지 민·관 숙의, 재정컨설팅을 거쳐 구체화한다", None, D1, [CP], "plan"),
     c("10월 이후 시의회 예산 심의를 통해 내년도 주민참여예산 사업으로 확정할 계획이다", None, D1, [CP], "plan"),
     c("‘찾아가는 참여예산 설명회’ 등 시민접점 홍보를 강화한다", None, D1, [CP], "plan"),
     c("시민 접근성을 높이기 위해 제안서식을 단순화하고 홈페이지를 정비한다", None, D1, [CP], "plan"),
     c("기존 시민참여제도와 연계해 활성화가 필요한 특정 분야에서 사업 발굴 등을 추진한다", None, D1, [CP], "plan"),
     c("2018년 14억원이었던 주민참여예산을 2019년 199억원, 지난해 297억원, 올해 401억원 등으로 점차 증액했다", None, D1, [CP], "achievement"),
     c("주민참여예산 확대는 박남춘 시장의 공약으로 이행하고 있다", None, D1, [CP], "statement"),
     c("주민참여예산이 시민이 직접 체감하는 성과를 낼 수 있게 최선을 다하겠다", None, D1, [CP], "plan")],
    ["인천시, 4월까지 주민참여예산 사업 공모…500억 규모", "제안사업 구체화·주민투표 거쳐 확정",
     "시민홍보 강화, 서식 단순화", "인천시청 전경."]),
"fo-02-jeonmae.txt": (
    {"headline": "강서구, 2017 미세먼지 저감대책 추진", "published": "2017-01-23T09:57+09:00",
     "reporter": "김윤미", "outlet": "전국매일신문", "jurisdiction": "11500"},
    ["noh-hyeon-song"],
    [c("‘2017 미세먼지 저감대책’을 세우고 본격적인 추진에 나선다", None, D2, [FD], "plan"),
     c("먼저 미세먼지 발생의 주요 원인으로 꼽히는 자동차 배출가스를 줄이기 위해", None, D2, [FD], "plan"),
     c("자동차 배출가스 무료점검 및 공회전 줄이기 캠페인과 안전점검, 소모품 교체 등의 서비스를 실시할 예정이다", None, D2, [FD], "plan"),
     c("노후 경유 차량 19,000대의 조기 폐차를 유도하기 위해", None, D2, [FD], "plan"),
     c("먼지 흡입차량 2대, 물청소차량 8대를 긴급 투입해 도로에 쌓인 먼지를 수시로 제거할 방침이다", None, D2, [FD], "plan"),
     c("미세먼지 지도를 제작해 특별 관리에 들어갈 예정이다", None, D2, [FD], "plan"),
     c("공회전 제한지역에 대한 단속도 강화한다", None, D2, [FD], "plan")],
    ["자동차 배출가스 줄이기 민관 협약, 경유 차량 조기 폐차 유도",
     "미세먼지 관리지도 만들고, 주요도로에는 먼지제거 차량 수시 투입"]),
"fo-03-seoul.txt": (
    {"headline": "서울 첫 주거복지 ‘MH마포하우징’ 스타트", "published": "2019-04-04T18:00+09:00",
     "reporter": "주현진", "outlet": "서울신문", "jurisdiction": "11440"},
    ["yu-dong-gyun"],
    [c("2022년까지 94억원을 투입해 95호를 마련하고 80가구에 주거안정자금 융자를 지원하는 사업이다", None, D3, [HO], "target"),
     c("공공임대주택을 제공하거나 임대 보증금과 같은 주거안정자금을 융자해 주는 것이다", None, D3, [HO], "statement"),
     c("이 사업은 유동균 마포구청장의 민선 7기 선거 공약의 하나이다", None, D3, [HO], "statement"),
     c("수요보다 공급이 매우 부족한 실정이다", None, D3, [HO], "statement"),
     c("기존 주택을 매입한 뒤 개·보수해 운영하는 방법과", None, D3, [HO], "statement"),
     c("올해 총 10호의 주택을 자체 매입하고 LH, SH공사 등과 협업해 추가로 10호를 확보할 계획이다", None, D3, [HO], "target"),
     c("20가구에는 주거안정자금을 지원한다", None, D3, [HO], "target"),
     c("관련 조례를 최근 제정했고 사업 추진을 위한 예산은 기금을 설치해 안정적으로 확보하겠다", "yu-dong-gyun", D3, [HO], "plan")],
    ["서울 첫 주거복지 ‘MH마포하우징’ 스타트", "2022년까지 주택 95호 매입 후 재임대",
     "2017년 기준 마포구의 고시원, 옥탑방 등에 생활하는 주거 취약가구 수는 약 2700가구, 4000여명에 달한다",
     "2019-04-05 18면"]),
"fo-04-newsis.txt": (
    {"headline": "인천 계양구 전통시장에 부는 '변화의 바람' ①", "published": "2023-09-02T07:00+09:00",
     "reporter": "이루비", "outlet": "뉴시스", "jurisdiction": "28245"},
    ["yun-hwan"],
    [c("지역 내 전통시장에 변화의 바람을 불어넣고 있다", None, D4, [SM], "statement"),
     c("소상공인과 소비자 모두가 행복한 전통시장을 만들기 위해 총력을 다하고 있다고 2일 밝혔다", None, D4, [SM], "statement"),
     c("구는 각종 공모사업 추진을 통해 새로운 성장 동력을 확보하고, 지역 인프라 확충으로 시장 경쟁력을 높이는 데 주력하고 있다", None, D4, [SM], "statement"),
     c("전통시장에 문화·관광자원을 연계하거나 디지털 요소를 접목함으로써", None, D4, [SM, "culture-tourism"], "statement"),
     c("전문적이고 효율적인 시장 운영과 안전 확보에도 발 벗고 나섰다", None, D4, [SM, DS], "statement"),
     c("각 전통시장의 특성을 고려해 맞춤형 지원을 강화하고 있다", "yun-hwan", D4, [SM], "statement"),
     c("전통시장과 지역경제 활성화를 반드시 이끌어낼 것", "yun-hwan", D4, [SM], "plan"),
     c("전통시장 일대를 살릴 해법을 찾기 위해 간부 공무원 30여명과 함께 경북 경주시를 찾았다", None, D4, [SM], "statement")],
    ["인천 계양구 전통시장에 부는 '변화의 바람' ①",
     "지난 6월22일 '제1회 상생뭉치마켓' 행사가 열린 인천 계양구 계양산전통시장",
     "윤환 인천 계양구청장이 9일 경북 경주시 중앙시장을 찾아 야시장 운영 현장을 살펴보고 있다",
     "상품 진열 제한선인 황색선이 잘 지켜지고 있어 통로가 좁은"]),
"fo-05-wowtv.txt": (
    {"headline": "박원순 시장 \"서울형 도시재생 핵심은 '주민자치'\"", "published": "2014-11-20T09:00+09:00",
     "reporter": None, "outlet": None, "jurisdiction": "11"},
    [PW],
    [c("박원순 서울시장이 서울형 도시재생의 핵심은 '주민자치'라고 강조했다", PW, D5e, [UR, CP], "statement"),
     c("각 구청들이 준비를 하고 있는데 주민자치가 중요한 것을 알았으면 좋겠다", PW, D5e, [UR, CP], "statement"),
     c("그래야 공모 점수를 많이 받을 수 있다", PW, D5e, [UR, CP], "statement"),
     c("앞으로 서울형 도시재생은 기본적으로 서울시가 주도하는 게 맞다", PW, D5e, [UR], "statement"),
     c("소프트웨어가, 주민주체가 함께 가는 것이 중요하다고 생각한다", PW, D5e, [UR, CP], "statement"),
     c("도시재생을 잘 표현하는 브랜드명도 시민 의견을 반영해 공모할 계획이다", PW, D5e, [UR], "plan"),
     c("4개 권역별 서울형 도시재생사업 모델을 만든다고 지난달 발표한 바 있다", None, D5, [UR], "plan"),
     c("이를 도시 전역으로 확산한다는 계획이다", None, D5, [UR], "plan")],
    ["박원순 시장은 용산의 한국마사회 화산경마장에 대해서는 반대의사를 확실히 했다",
     "서울시는 아무 권한 없지만 권한이 있었으면 진작 폐쇄했을 것", "주민들이 그렇게 반대하는데 열면 안된다"]),
"fo-06-ohmynews.txt": (
    {"headline": "은평구, 국공립어린이집 8개소 확충", "published": "2020-10-26T14:59+09:00",
     "reporter": None, "outlet": "은평시민신문", "jurisdiction": "11380"},
    ["kim-mi-gyeong"],
    [c("공보육 기반 강화를 위해 올해 국공립어린이집 8개소를 확충했다고 밝혔다", None, D6, [CB], "achievement"),
     c("올해 새롭게 문을 연 어린이집은 응암1동 응암샛별어린이집 외 7개소로 총 8개소를 개원했다", None, D6, [CB], "achievement"),
     c("다수 세대가 밀집한 공동주택 주민들의 보육수요를 해결했다", None, D6, [CB], "achievement"),
     c("구민들이 자녀를 맡길 수 있도록 하는 최선의 방법", None, D6, [CB], "statement"),
     c("공보육률 50% 목표를 달성하기 위해 22년까지 95개소까지 확충할 계획이다", None, D6, [CB], "target"),
     c("보육의 공공성을 강화하고 안정적인 보육환경 조성 및 보육서비스 수준 향상을 통하여", "kim-mi-gyeong", D6, [CB, "jobs"], "plan")],
    ["응암1동 응암샛별어린이집 외 7개소 개원… 공보육 확대에 기여할 것으로 기대",
     "은평시민신문은 은평의 시민들이 함께 만들어가는 풀뿌리 지역언론입니다"]),
"fo-07-incheonin.txt": (
    {"headline": "박 시장, 정세균 총리에 영종 감염병 전문병원 설립 건의", "published": "2020-04-02",
     "reporter": "김영빈", "outlet": None, "jurisdiction": "28"},
    ["park-nam-chun"],
    [c("영종 감염병 전문병원 건립에 대한 정부 차원의 지원을 건의했다", "park-nam-chun", D7, [PH], "statement"),
     c("영종지역에 감염병 전문병원을 설립하는 것이 시급한 현안이 되고 있다", "park-nam-chun", D7, [PH], "statement"),
     c("감염병 전문병원이 감염 확산을 최소화하기 위한 필수 시설인 만큼 정부의 적극적인 지원이 필요하다", "park-nam-chun", D7, [PH], "statement"),
     c("지역사회 접촉을 최소화하기 위한 방역체계를 구축해야 한다고 강조했다", "park-nam-chun", D7, [PH], "plan")],
    ["2일 서구 초은고 방문 정 총리에게 정부 차원 지원 요청",
     "초은고의 쌍방향 화상수업 교실, 수업영상 제작실 등을 둘러봤다"]),
"fo-08-ajunews.txt": (
    {"headline": "유정복 인천시장, 갑진년 새해둥이에 축하 전해", "published": "2024-01-01T14:59+09:00",
     "reporter": None, "outlet": None, "jurisdiction": "28"},
    [YB],
    [c("부모들의 출산과 육아에 힘을 보탤 것을 약속했다", YB, D8, [CB], "plan"),
     c("총 1억원을 지원하는 인천시의 ‘1억 플러스 아이드림(1억+ i dream)’ 사업의 첫 수혜자가 된다", None, D8, [CB], "statement"),
     c("인천형 출생정책 ‘1억 플러스 아이드림’(1억+ i dream)을 발표함과 동시에", YB, "2023-12-18", [CB], "plan"),
     c("개인별 여건에 따라 최대 3억4000만원까지 지원받을 수 있다", None, D8, [CB], "statement"),
     c("인천의 출생 지원이 아기를 키우는 데 많은 도움이 될 것 같다", None, D8, [CB], "statement")],
    ["새해 첫날 태어난 아기와 가족 찾아 축하와 격려",
     "유정복 인천광역시장이 1일 남동구 가천대길병원 신생아실을 찾아 '1억+ i dream' 첫 수혜 신생아를 축하하고 있다",
     "유정복 인천시장이 갑진년(甲辰年) 첫날 인천에서 태어난 새해둥이를 찾아 출생을 축하했다",
     "이 병원에서는 이날 오전 11시에 올해 첫 아기가 태어났다",
     "대한민국의 인구 위기를 극복하는 베이비붐 세대가 되길"]),
"fo-09-koreantoday.txt": (
    {"headline": None, "published": None, "reporter": "김미희", "outlet": "코리안투데이", "jurisdiction": "28110"},
    ["kim-jeong-heon"],
    [c("‘현장 중심 선제적 복지행정’을 본격 가동했다고 8일 밝혔다", None, None, [WE, DS], "achievement"),
     c("복지 사각지대에 놓인 이웃들의 생명과 안전을 보호하기 위한 조치다", None, None, [WE, DS], "statement"),
     c("‘동절기 한파 대비 합동 현장점검’을 추진했다", None, None, [WE, DS], "achievement"),
     c("지역 유관기관과의 협력을 통해 민관 합동으로 이뤄졌다", None, None, [WE, DS], "statement"),
     c("합동점검반은 한파 취약계층의 실질적인 보호를 위해", None, None, [WE, DS], "achievement"),
     c("쪽방 주민들을 가구별로 일일이 방문해 안부를 확인하고, 필요 시 긴급 보호 연계도 검토했다", None, None, [WE], "achievement"),
     c("특히 7일에는 김정헌 중구청장이 직접 현장을 찾았다", None, None, [WE, DS], "statement"),
     c("쪽방촌 골목골목을 살피며 난방기기 사용 여부, 한랭 질환 위험 여부 등을 꼼꼼히 확인했다", None, None, [WE, DS], "achievement"),
     c("날씨가 추워질수록 복지 행정도 현장 중심이 되어야 한다", "kim-jeong-heon", None, [WE], "plan"),
     c("거리에 있는 한 사람도 놓치지 않겠다는 자세로 끝까지 책임 있는 복지 행정을 펼치겠다", "kim-jeong-heon", None, [WE], "plan"),
     c("향후 정기 순찰과 수시 점검 체계로 이어질 예정이다", None, None, [WE, DS], "plan"),
     c("한파에 취약한 쪽방촌·노숙인 거주 지역에 대해 핫팩, 이불, 응급", None, None, [WE, DS], "statement")],
    ["김정헌 인천 중구청장, 노숙인·쪽방촌 현장 점검"]),
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, (meta, officials, claims, not_claims) in ARTICLES.items():
        gold = {"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": not_claims}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(claims)
        print(name, len(claims))
    print("total", total)
