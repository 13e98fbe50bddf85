"""Writes the hand-made gold annotations of set-pm to gold/ (one JSON per article)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold")
os.makedirs(OUT, exist_ok=True)


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


G = {}

# pm-01 고양시 28청춘창업소 (gyinews, 2019-11-22)
G["pm-01-gyinews.txt"] = {
    "metadata": {"headline": "고양시, 청년창업지원시설 '고양 28청춘창업소' 개소",
                 "published": "2019-11-22T00:10+09:00", "reporter": None,
                 "outlet": "고양인터넷신문", "jurisdiction": "41280"},
    "officials": ["lee-jae-jun-41280"],
    "claims": [
        c("21일 화정동 시의회 청사 예정부지에 조성된 28청춘창업소 개소식에 참석해 청년창업자들을 응원하고",
          None, "2019-11-21", ["startup-support", "youth-policy"], "achievement"),
        c("28청춘창업소는 청년창업지원시설로 3,000규모의 부지에 컨테이너 42개 동을 활용한 가설건축물로 조성됐으며",
          None, "2019-11-22", ["startup-support", "youth-policy"], "statement"),
        c("시는 28청춘창업소가 일산테크노밸리와 연계돼 시너지를 낼 수 있을 것으로",
          None, "2019-11-22", ["startup-support", "youth-policy"], "statement"),
        c("28청춘 창업소가 개소해 청년의 꿈과 희망을 지원하는 체계가 만들어져가고 있다면서",
          "lee-jae-jun-41280", "2019-11-21", ["startup-support", "youth-policy"], "achievement"),
    ],
    "not_claims": [
        "고양시, 청년창업지원시설 '고양 28청춘창업소' 개소",
        "최종편집일 2019-12-14 20:16",
        "이날 개소식은 경과보고, 내빈축사, 우수 청년창업가 사례발표",
        "이재준 고양시장과 이윤승 의장을 비롯해 시의원 등이 참석해 축하의 뜻을 전했다",
    ],
}

# pm-02 수원시 마을르네상스 (중부일보 via tistory repost, 2011-09-29)
G["pm-02-joongboo.txt"] = {
    "metadata": {"headline": "수원시, 마을 58곳 '르네상스' 사업 추진",
                 "published": "2011-09-29", "reporter": "박종대",
                 "outlet": "중부일보", "jurisdiction": "41110"},
    "officials": ["yeom-tae-yeong"],
    "claims": [
        c("수원시 마을르네상스 사업이 본격 궤도에 올랐다",
          None, "2011-09-29", ["urban-regeneration"], "achievement"),
        c("2011년도 마을르네상스 공모사업을 통해 선정된 58곳 마을만들기 추진주체와 협약식을 체결했다",
          None, "2011-09-29", ["urban-regeneration"], "achievement"),
        c("전문가(마을디자이너)를 전담 배치해 추진주체를 대상으로 교육을 실시할 계획이다",
          None, "2011-09-29", ["urban-regeneration"], "plan"),
        c("주민이 직접 마을의 주요정책을 제안하고 결정하는 '시민이 주인되는 마을 만들기 사업'을 추진하고 있다",
          None, "2011-09-29", ["urban-regeneration", "citizen-participation"], "statement"),
        c("이 사업은 주민이 스스로 참여해 생태·환경, 역사·문화 등 마을별로 특색이 있는 마을을 조성하는 주민 주도의 상향식 사업이다",
          None, "2011-09-29", ["urban-regeneration", "citizen-participation"], "statement"),
        c("이는 주민의 다양한 제안을 행정기관과 전문가가 협력해 지원하는 방식으로 진행된다",
          None, "2011-09-29", ["urban-regeneration", "citizen-participation"], "statement"),
        c("시민교육 등 좋은 마을만들기 사업을 추진하기 위한 토대를 마련했다",
          None, "2011-09-29", ["urban-regeneration"], "achievement"),
        c("올해는 심의의결기구인 마을만들기 추진본부와 지원센터를 설치하고",
          None, "2011-09-29", ["urban-regeneration"], "achievement"),
    ],
    "not_claims": [
        "수원시, 마을 58곳 `르네상스` 사업 추진",
        "염태영 수원시장과 강장봉 수원시의장, 주민 등 200여명이 참석했다",
        "주민 스스로 가꿔나가고 있는 마을만들기의 추진성과와 모범사례를 살펴보고 내년부터 시가 추진할 사업을 알아보자",
    ],
}

# pm-03 강원도 원주 혁신·기업도시 투자유치설명회 (매일일보 AMP mirror, 2016-10-04)
G["pm-03-m-i.txt"] = {
    "metadata": {"headline": "원주 혁신·기업도시 투자유치설명회 개최",
                 "published": "2016-10-04", "reporter": "황경근",
                 "outlet": "매일일보", "jurisdiction": "42"},
    "officials": [],
    "claims": [
        c("강원원주 혁신·기업도시 투자유치설명회를 개최한다고 4일 밝혔다",
          None, "2016-10-04", ["investment-attraction"], "plan"),
        c("도는 이번 설명회를 통해 원주 혁신·기업도시에 대한 투자관심이 높아지길 기대하고 있다",
          None, "2016-10-04", ["investment-attraction"], "statement"),
        c("13개 공공기관 중 8개 기관이 이전을 완료했고",
          None, "2016-10-04", ["decentralization"], "statement"),
        c("도는 원주시가 기업과 사람이 함께 공존하는 거점도시가 될 수 있도록 노력하겠다고 밝혔다",
          None, "2016-10-04", ["investment-attraction"], "plan"),
    ],
    "not_claims": [
        "원주 혁신·기업도시 투자유치설명회 개최",
        "이번 설명회는 원주시 중견·중소기업 200명이 참석하여",
        "전국 유일 기업도시와 혁신도시가 함께 있는 도시로서",
        "기준 지가지수가 3.07% 올라 연속 상승세를 이어가고 있으며",
    ],
}

# pm-04 춘천 레고랜드 개장 대비 토론회 (chunsa, undated)
G["pm-04-chunsa.txt"] = {
    "metadata": {"headline": "이재수 춘천시장, ‘레고랜드 개장 대비 전문가 토론회’서 고민 토로",
                 "published": None, "reporter": None, "outlet": None, "jurisdiction": "42110"},
    "officials": ["lee-jae-su"],
    "claims": [
        c("내년 7월을 목표로 준비 중인 춘천 레고랜드 개장을 앞두고 긴급하게 점검할 내용이 많다",
          "lee-jae-su", None, ["culture-tourism"], "statement"),
        c("이날 토론회에서는 레고랜드로 쏠릴 사람들의 발걸음을 춘천 시내로까지 이어지도록 만드는 방안을 집중적으로 토의했다",
          None, None, ["culture-tourism"], "statement"),
        c("금가루를 뿌려서라도 사람들을 시내로 유인할 방법이 없을까 고민한다",
          "lee-jae-su", None, ["culture-tourism"], "statement"),
        c("레고랜드가 문을 열면 개장효과는 레고랜드만이 아니라 춘천이라는 도시 전체에 영향을 미친다",
          None, None, ["culture-tourism"], "statement"),
        c("시내 쪽으로 우회전하는 데 중심적인 역할을 할 캠프페이지 공간활용이 중요하다",
          None, None, ["culture-tourism"], "statement"),
        c("춘천이 이미 갖고 있는 애니메이션 산업과 연계한 콘텐츠 산업을 제시했다",
          None, None, ["culture-tourism"], "statement"),
    ],
    "not_claims": [
        "참석 전문가, “춘천역서 시내 쪽 우회전 쉽게 캠프페이지 공간 활용하자” 제안도",
        "‘춘천 레고랜드 개장 대비 전문가 정책 토론회’를 개최했다",
        "김영필 레고랜드 코리아 사장을 비롯해 관광·외식산업 분야 전문가들이 참석했다",
        "춘천이라는 도시 전체가 어떻게 비쳐질 것인지에 대해 준비해야 한다",
        "춘천역에서 레고랜드 방향으로 좌회전하기만 편하게 돼 있다",
        "이 연구위원은 2013년 ‘레고랜드 도시 춘천",
    ],
}
for cl in G["pm-04-chunsa.txt"]["claims"][3:]:
    cl["speaker_name"] = "이영주"

# pm-05 익산시 출산 장려 5대 핵심과제 (domin, 2017-03-16)
G["pm-05-domin.txt"] = {
    "metadata": {"headline": "익산시, 출산 장려 5대 핵심과제 추진",
                 "published": "2017-03-16T13:31+09:00", "reporter": "김경섭",
                 "outlet": None, "jurisdiction": "45140"},
    "officials": ["jeong-heon-yul"],
    "claims": [
        c("지역 특색에 맞는 출산장려 지원 종합계획을 수립하는 등",
          None, "2017-03-16", ["childcare-birth"], "plan"),
        c("올해에도 다양한 인구늘리기를 위한 5대 핵심과제를 적극 추진하겠다",
          None, "2017-03-16", ["childcare-birth"], "plan"),
        c("익산시가 올해 인구늘리기를 위해 수립한 5대 핵심과제와 51개 세부사항을 확정해 추진하고 있다",
          None, "2017-03-16", ["childcare-birth"], "statement"),
        c("▲출산친화 환경 조성 및 지역사회 인식개선 ▲결혼·주거 하기 좋은 여건 조성 ▲건강한 임신을 위한 보건·의료 환경 조성",
          None, "2017-03-16", ["childcare-birth", "public-health"], "statement"),
        c("▲저출산 대책 및 출산장려 지원조례개정 ▲출산장려금 지원액 상향 지원 ▲시간제보육실 운영 확대",
          None, "2017-03-16", ["childcare-birth"], "plan"),
        c("이와 함께 시민과 함께하는 출산장려 분위기 조성을 위해 아빠",
          None, "2017-03-16", ["childcare-birth"], "statement"),
    ],
    "not_claims": [
        "익산시, 출산 장려 5대 핵심과제 추진",
        "“인구 30만명을 지켜라…”",
    ],
}

# pm-06 전주시 민선7기 운영방향 기자회견 (아시아뉴스통신, 2018-07-05)
G["pm-06-anewsa.txt"] = {
    "metadata": {"headline": "민선7기 전주시 운영방향, \"찬란한 전주시대를 열겠습니다\"",
                 "published": "2018-07-05T17:28+09:00", "reporter": "유병철",
                 "outlet": "아시아뉴스통신", "jurisdiction": "45110"},
    "officials": ["kim-seung-su"],
    "claims": [
        c("전주역 앞 첫마중길을 만들고, 선미촌을 예술마을로 전환하고",
          "kim-seung-su", "2018-07-05", ["urban-regeneration", "culture-tourism"], "achievement"),
        c("드론축구월드컵을 개최하여 드론메가시티로 성장하는",
          "kim-seung-su", "2018-07-05", ["fourth-industrial-revolution"], "plan"),
    ],
    "not_claims": [
        "2024년 05월 05일 일요일",
        "5일 김승수 전주시장 기자회견서 밝혀",
        "집중호우로 인해 취임식을 취소하고 현장에서 민선7기를 시작했습니다",
        "지난 4년 전주는 다른 도시를 따라하지 않고 스스로 운명을 개척해왔습니다",
        "첫째, 전주의 성장과 발전을 위해 모든 힘을 다해 뛰겠습니다",
        "첨단산업과 선 굵은 비전으로 경제의 근육을 키워 새로운 전주시대를 열겠습니다",
    ],
}

# pm-07 사천시 민선7기 1년 (서경방송 script, 2019-07-03)
G["pm-07-iscs.txt"] = {
    "metadata": {"headline": "(기획R-2) 민선 7기 사천시 1년, 무슨 변화 있었나?",
                 "published": "2019-07-03", "reporter": "박성철",
                 "outlet": "서경방송", "jurisdiction": "48240"},
    "officials": ["song-do-geun"],
    "claims": [
        c("항공과 관광산업을 통한 사천 발전을 공언했던 송도근 시장",
          "song-do-geun", "2018-06-13", ["culture-tourism"], "plan"),
        c("케이블카에 관련된 연관 사업을 더 충실히 시행해서 머무는 사천이 될 수 있도록",
          "song-do-geun", "2018-06-13", ["culture-tourism"], "plan"),
        c("송시장의 당선 소감처럼 이 두 산업분야에 초점을 맞췄습니다",
          None, "2019-07-03", ["culture-tourism"], "statement"),
        c("KAI 우주센터 유치에 성공했고",
          None, "2019-07-03", ["investment-attraction"], "achievement"),
        c("탑승객 100만명을 넘길 정도로 사천바다케이블카 흥행이 이어",
          None, "2019-07-03", ["culture-tourism"], "achievement"),
    ],
    "not_claims": [
        "(기획R-2) 민선 7기 사천시 1년, 무슨 변화 있었나?",
        "서부경남 6개 시.군 지자체장들은 그동안의 성과를 바탕으로 남은 3년 동안의 시정 방향을 구체화하고 있는데요",
        "항공과 관련된 연관 산업을 제대로 발전시켜야 사천의 미래가 있습니다",
        "한편 해양수산관광으로서의",
        "MRO 산업단지 착공을 계기로 해서 우리 사천시가 명실상부한 항공우주산업의 중심도시로",
        "확실한 방점을 찍는 계기가 됐다고 생각합니다",
    ],
}

# pm-08 김해시장 새해 첫 현장 방문 (queen.co.kr, 2019-01-10)
G["pm-08-queen.txt"] = {
    "metadata": {"headline": "허성곤 김해시장, 새해 첫 현장 방문 기업체에서 시작",
                 "published": "2019-01-10T14:02+09:00", "reporter": "김도형",
                 "outlet": None, "jurisdiction": "48250"},
    "officials": ["heo-seong-gon"],
    "claims": [
        c("지역경제 살리기와 일자리 창출에 올해 시정 방향의 초점을 맞춘 것과 맥락을 같이 하는 행보이다",
          None, "2019-01-10", ["jobs"], "statement"),
        c("이번 방문을 통해 일자리 창출, 지역경제 활성화, 미래 신산업에 대한 현안을 다시 한 번 점검하고",
          "heo-seong-gon", "2019-01-10", ["jobs"], "plan"),
        c("스마트도시 조성, 의생명특화 거점도시, 신재생에너지 융복합 지원 등 우리시가 추진하는 신산업 정책에",
          "heo-seong-gon", "2019-01-10", ["smart-city", "medical-industry", "energy-transition"], "plan"),
    ],
    "not_claims": [
        "UPDATED. 2024-04-19 02:35 (금)",
        "‘지역경제 살리기’ 올해 시정 의지 드러내",
        "진례면 고모리 테크노밸리 내 스마트공장인 ㈜월드튜브와 글로벌강소기업인 세원금속(주)을 방문해",
        "2017년 기준 연매출이 각각 200여억원, 500여억원에 이른다",
        "이달 중 수출우수기업, 일자리창출우수기업, 신산업기업, 스마트팜을 찾아가",
        "행정적인 지원을 통한 해결방안을 모색하도록 지시했다",
    ],
}

# pm-09 제주 국제전기자동차엑스포 기자회견 (아주경제 AMP, 2016-03-18)
G["pm-09-ajunews.txt"] = {
    "metadata": {"headline": "원희룡 지사 “전기차 시대 제주도가 앞장서겠다”",
                 "published": "2016-03-18T14:13+09:00", "reporter": "윤정훈",
                 "outlet": "아주경제", "jurisdiction": "50"},
    "officials": ["won-hee-ryong"],
    "claims": [
        c("원희룡 제주도지사가 전기차 대중화를 위해 앞장서겠다고 발표했다",
          "won-hee-ryong", "2016-03-18", ["future-vehicles"], "plan"),
        c("2030년까지 매우 야심찬 보급 목표가 설정돼 있다",
          "won-hee-ryong", "2016-03-18", ["future-vehicles"], "statement"),
        c("양적인 보급이 늘어남에 따라 그동안 겪지 못한 새로운 어려움에 부딪치게 돼 있다",
          "won-hee-ryong", "2016-03-18", ["future-vehicles"], "statement"),
        c("2030년까지 모든 차를 전기차로 바꾸겠다는 야심찬 계획을 발표한 바 있다",
          None, "2016-03-18", ["future-vehicles", "climate-carbon"], "target"),
        c("제주도는 현재 2800여대의 전기차가 보급됐다",
          None, "2016-03-18", ["future-vehicles"], "achievement"),
        c("올해 보급 목표는 승용차 부문에서 약 4000대로",
          None, "2016-03-18", ["future-vehicles"], "target"),
        c("배터리 가격을 크게 낮추기 위해 중앙정부와 국내 주요 자동차 제조업체와 배터리 제조업체 등과 머리를 맞대고 개발하고 있다",
          "won-hee-ryong", "2016-03-18", ["future-vehicles"], "statement"),
    ],
    "not_claims": [
        "원희룡 지사 “전기차 시대 제주도가 앞장서겠다”",
        "원희룡 지사와 김대환 국제전기자동차엑스포 위원장은 공식 기자회견을 열었다",
        "전기차의 가격 중 많은 부분을 차지하는 배터리다",
        "지난해 73개 업체에서 2배가량 늘어난 146개사가 참가했다",
    ],
}

for name, gold in G.items():
    record = {"article": name, **gold}
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as handle:
        json.dump(record, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
print(len(G), "gold files;", sum(len(g["claims"]) for g in G.values()), "claims")
