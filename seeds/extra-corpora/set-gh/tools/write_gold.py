"""Write set-gh gold files (hand annotation; one dict per article)."""
import json, os
GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold")

def C(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d

G = {}
d = "2018-07-26"
G["gh-01-kmib.txt"] = {
 "metadata": {"headline": "충북도 미세먼지 대책에 1조6400억 투입", "published": "2018-07-26T16:37+09:00",
              "reporter": "홍성헌", "outlet": "국민일보", "jurisdiction": "43"},
 "officials": [],
 "claims": [
  C("미세먼지 농도를 현재의 26~30㎍/㎥에서 13㎍/㎥ 이하로 낮출 방침이라고", None, d, ["fine-dust"], "target"),
  C("도는 미세먼지 관리 정책에 2030년까지 총 1조6450억원을 투입할 계획이다", None, d, ["fine-dust"], "plan"),
  C("우선 도는 2022년까지 82억원을 들여 미세먼지 발생원 예보시스템을 강화하기로 했다", None, d, ["fine-dust"], "plan"),
  C("대기오염측정망을 현재의 13곳에서 28곳으로 확대하는 한편", None, d, ["fine-dust"], "target"),
  C("기업 등의 미세먼지 자발적 감축 협약을 확대하고 전기자동차와 수소자동차 보급을 늘릴 방침이다", None, d, ["fine-dust", "future-vehicles"], "plan"),
  C("내년 2월부터는 공공기관 차량 2부제를 도입한다", None, d, ["fine-dust"], "plan"),
  C("도내 모든 어린이집과 경로당에 공기청정기를 보급하고 취약계층 실내공기질 관리체계도 구축하기로 했다", None, d, ["fine-dust"], "plan"),
  C("어린이집 통학 차량을 LPG차량으로 전환하고 중부권 대기환경청 설립도 정부에 적극 요구할 계획이다", None, d, ["fine-dust"], "plan"),
  C("도 미세먼지대책협의회를 구성해 가동하는 한편 도시 숲 조성을 확대해", None, d, ["fine-dust"], "plan"),
  C("도민이 체감할 수 있는 수준까지 도달하기 위한 새로운 목표 설정과 체계적이고 효율적인 대책을 지속적으로 마련할 것", None, d, ["fine-dust"], "plan"),
 ],
 "not_claims": ["충북도 미세먼지 대책에 1조6400억 투입", "안전하게 숨 쉴 수 있는 충북 구현에 도민 모두가 동참해 달라", "청주=홍성헌 기자"],
}
d = "2023-01-31"
G["gh-02-inews365.txt"] = {
 "metadata": {"headline": None, "published": "2023-01-31T17:41+09:00", "reporter": "김정하",
              "outlet": "충북일보", "jurisdiction": "43110"},
 "officials": ["lee-beom-seok"],
 "claims": [
  C("이범석 청주시장은 31일 청주시 복대동 행복주택, 송정동 행복주택, 오창읍 창리 행복주택 대상지를 현장 방문했다", None, d, ["housing"], "statement"),
  C("사업 진행상황과 신규 지원주택 후보지를 꼼꼼히 검토했다", None, d, ["housing"], "statement"),
  C("복대동 행복주택은 지난해 11월 준공 후 12월부터 총 30세대가 입주했다", None, d, ["housing"], "achievement"),
  C("총 552세대 규모의 송정동 행복주택은 지난해 9월에 착공해 2024년 입주를 목표로 하고 있다", None, d, ["housing"], "plan"),
  C("2026년 12월까지 오창읍 창리에 240세대 규모의 행복주택을 공급할 계획이다", None, d, ["housing"], "target"),
  C("젊은 계층의 주거안정을 위해 공공임대주택을 지속 공급하겠다", "lee-beom-seok", d, ["housing", "youth-policy"], "plan"),
  C("수요자 계층에 필요한 시설과 위치 등도 종합적으로 고려할 것", "lee-beom-seok", d, ["housing"], "plan"),
 ],
 "not_claims": ["이범석 청주시장이 청년 보금자리 지원사업 추진 현장을 방문해 사업 현황 보고를 받고 있다", "최근기사", "/ 김정하기자"],
}
d = "2017-02-14"
G["gh-03-timenews.txt"] = {
 "metadata": {"headline": "아이 낳기 좋은 도시 ‘익산시’ 출산장려사업 확대", "published": "2017-02-14T16:56+09:00",
              "reporter": "이연희", "outlet": "타임뉴스", "jurisdiction": "45140"},
 "officials": ["jeong-heon-yul"],
 "claims": [
  C("익산시가 올해 출산장려금 11억 9100만 원의 예산을 추경에 반영할 계획해 출산장려사업을 대폭 확대한다", None, d, ["childcare-birth"], "plan"),
  C("작년에는 총 5억 6300만 원을 지원했으나 심의를 거쳐 오는 7월 1일 출생아부터 적용할 예정이다", None, d, ["childcare-birth"], "plan"),
  C("그동안 지급하지 않았던 첫째아 출산 시 20만 원 상당의 출산용품과 출산장려금 30만 원을 함께 전달하고", None, d, ["childcare-birth"], "plan"),
  C("다태아의 경우 추가로 쌍둥이 200만 원, 세쌍둥이 이상은 300만원을 일시금으로 지급하는 등", None, d, ["childcare-birth"], "plan"),
  C("총 10가지 중점 사업을 통해 저출산 극복에 나선다", None, d, ["childcare-birth"], "plan"),
  C("출산․양육 친화적인 환경 조성과 실질적인 출산장려사업을 발굴해 아이 낳기 좋은 세상 만들기에 적극 앞장서겠다", "jeong-heon-yul", d, ["childcare-birth"], "plan"),
 ],
 "not_claims": ["첫째 출산 시 출산용품 및 출산장려금 30만 원 전달", "이연희 | 기사입력 2017-02-14 16:56:48", "서울타임뉴스인천타임뉴스"],
}
i, p = "2023-03-08", "2023-03-13"
G["gh-04-donga.txt"] = {
 "metadata": {"headline": "“남해안의 미항도시, 1500만명 방문 기대”", "published": "2023-03-13T03:00+09:00",
              "reporter": "이형주", "outlet": "동아일보", "jurisdiction": "46130"},
 "officials": ["jeong-gi-myeong"],
 "claims": [
  C("올해 여수를 찾는 관광객이 1500만 명을 넘을 것으로 기대하고 있습니다", "jeong-gi-myeong", i, ["culture-tourism"], "target"),
  C("8일 동아일보와의 인터뷰에서 관광객 1500만 명 돌파에 큰 기대감을 나타냈다", "jeong-gi-myeong", i, ["culture-tourism"], "target"),
  C("2012년 여수엑스포를 개최하면서 여수 관광기반시설이 크게 개선됐다", None, p, ["culture-tourism"], "achievement"),
  C("당시 여수를 찾은 관광객은 1525만 명이었다", None, p, ["culture-tourism"], "statement"),
  C("이후 2017년 1508만 명, 2018년 1365만 명, 2019년 1354만 명을 기록했다", None, p, ["culture-tourism"], "statement"),
  C("2021년 977만 명으로 줄었다가 지난해 1209만 명을 회복했다", None, p, ["culture-tourism"], "statement"),
  C("올해 여수 관광객 1500만 명 이상을 기대하는 것은 여수엑스포 때처럼 여수가 복합해양관광 도시로 각광받고 있기 때문", "jeong-gi-myeong", i, ["culture-tourism"], "statement"),
  C("복합해양관광·레저 거점항으로서의 여수항 미래 100년의 청사진을 제시할 계획이다", None, p, ["culture-tourism"], "plan"),
  C("해양관광 기능이 커지면서 핵심 역할이 바뀌었지만 여전히 지역 발전 중심에 있었다", "jeong-gi-myeong", i, ["culture-tourism"], "statement"),
 ],
 "not_claims": ["[해양도시 여수] 정기명 여수시장 인터뷰", "여수가 남해안 거점 미항도시로 발전한 것은",
                "여수항은 1923년 4월 1일 세관 지정항으로 지정되면서", "100년 동안 항상 변화와 발전을 거듭하며 지역 발전 동력이었다"],
}
d = "2018-07-31"
G["gh-05-theleader.txt"] = {
 "metadata": {"headline": "제주도, 전기차 민간보급, 완속충전기 보급 물량 확대", "published": "2018-07-31T11:31+09:00",
              "reporter": "편승민", "outlet": "머니투데이 더리더", "jurisdiction": "50"},
 "officials": [],
 "claims": [
  C("정부와의 협의를 거쳐 전기차 민간보급 물량과 완속충전기 보급물량을 늘려 나간다고", None, d, ["future-vehicles"], "plan"),
  C("‘제주 전기차 구매보조금 지급현황’을 매주 금요일 정기적으로 게시하여", None, d, ["future-vehicles"], "statement"),
  C("제주도내 개방형 전기차 충전기는 919기이고", None, d, ["future-vehicles"], "statement"),
  C("2019년에는 이 294기에 대해서도 유료로 전환하여 도내 모든 개방형 충전기를 유료로 운영할 예정이다", None, d, ["future-vehicles"], "plan"),
  C("전기차 이용이 청정제주에 걸맞는 제주의 문화가 되고 있을 뿐만 아니라 새로운 관광 자원이 되고 있다", None, d, ["future-vehicles", "culture-tourism"], "statement", "송윤심"),
  C("더 많은 전기차 물량이 제주에 보급될 수 있도록 계속해서 노력해 나가겠다", None, d, ["future-vehicles"], "plan", "송윤심"),
 ],
 "not_claims": ["사진 = 제주도청", "PDF 지면보기"],
}
d = "2019-06-26"
G["gh-06-businesspost.txt"] = {
 "metadata": {"headline": "이용섭 \"광주형 일자리는 사회대통합형 노사상생 일자리모델\"", "published": "2019-06-26T13:47+09:00",
              "reporter": "김남형", "outlet": "비즈니스포스트", "jurisdiction": "29"},
 "officials": ["lee-yong-seop"],
 "claims": [
  C("광주형 일자리 자동차공장 투자협약 체결과 도시철도 2호선 건설, 4차 산업혁명 선도도시 기반 조성 등을 1년 동안의 3대 성과로 꼽았다", "lee-yong-seop", d,
    ["jobs", "investment-attraction", "public-transit", "fourth-industrial-revolution"], "achievement"),
  C("이 시장은 광주형 일자리를 지자체가 주도한 사회대통합형 노사상생의 일자리모델로 평가했다", "lee-yong-seop", d, ["jobs", "labor-relations"], "statement"),
  C("자동차공장과 부품공장이 들어서면 광주에 12000여 개의 일자리가 만들어지고", "lee-yong-seop", d, ["jobs"], "target"),
  C("국내 투자를 꺼리던 기업들의 발길을 국돌리고 해외에 나가 있는 제조업들이 국내로 돌아오는 효과도 기대된다", "lee-yong-seop", d, ["jobs", "investment-attraction"], "statement"),
  C("도시철도 2호선 건설 확정도 시민참여 공론화를 통해 16년 동안 찬반논쟁을 해온 과제를 풀었다는 점에서 눈에 띄는 성과로 꼽았다", "lee-yong-seop", d,
    ["public-transit", "citizen-participation"], "achievement"),
  C("지역의 해묵은 논쟁을 대화와 타협으로 풀어낸 성공사례로 생활민주주의의 새로운", "lee-yong-seop", d, ["public-transit", "citizen-participation"], "achievement"),
 ],
 "not_claims": ["Cjournal", "취임 1주년 기자회견을 열고 1년 동안의 성과와 향후 과제를 밝히고 있다",
                "앞으로 3년 동안 추진할 10대 핵심정책 방향을 제시했다", "페이스북 공유하기"],
}
G["gh-07-newscj.txt"] = {
 "metadata": {"headline": None, "published": None, "reporter": "김지현", "outlet": "천지일보", "jurisdiction": "30"},
 "officials": ["gwon-sun-taek"],
 "claims": [
  C("권선택 대전시장이 22일 ‘햇빛 발전 수도 추진 전략’을 발표했다", "gwon-sun-taek", None, ["energy-transition"], "plan"),
  C("에너지 자립, 햇빛 공동체, 자발적 참여라는 지향 가치 아래 이 전략을 수립했다", None, None, ["energy-transition"], "achievement"),
  C("시민이 햇빛 에너지 생산과 소비 중심이 되도록 다양한 사업모델을 마련하여 제도화하고", "gwon-sun-taek", None, ["energy-transition"], "plan"),
  C("‘햇빛발전 용량 100Mw, 에너지 자립 3%, 온실가스 감축 6만CO2eq’를 2020지표로 삼았다", None, None, ["energy-transition", "climate-carbon"], "target"),
  C("기후변화 대응을 위해 정부와 기업들은 태양광과 풍력을 핵심에너지원으로 육성하고자", "gwon-sun-taek", None, ["energy-transition", "climate-carbon"], "plan"),
  C("에너지 자립율을 높이기 위해 공격적 신재생에너지 보급 확대를 추진한다", None, None, ["energy-transition"], "plan"),
  C("주거 특성 상 햇빛발전 확대가 가장 적합하다", "gwon-sun-taek", None, ["energy-transition"], "statement"),
  C("햇빛발전 편익을 다수 시민에게 귀속시켜 에너지 신산업 추진의 강력한 시민적 지지를 확보하고", "gwon-sun-taek", None, ["energy-transition"], "plan"),
 ],
 "not_claims": ["‘햇빛 발전 추진 전략’에 대해 대전시청 브리핑룸에서 설명하고 있다"],
}
G["gh-08-cctoday.txt"] = {
 "metadata": {"headline": None, "published": None, "reporter": "이승동", "outlet": "충청투데이", "jurisdiction": "36"},
 "officials": ["lee-choon-hee"],
 "claims": [
  C("세종시가 24일 시청 세종실에서 ‘제1회 스마트도시 추진본부 전체회의’을 연다", None, None, ["smart-city"], "statement"),
  C("스마트도시 추진본부는 세종형 스마트도시 성공 추진을 위한", None, None, ["smart-city"], "statement"),
  C("이날 전체회의는 스마트도시 추진본부 닟 국가시범도시 소개와 함께", None, None, ["smart-city"], "statement"),
  C("국가시범도시 핵심서비스 구현을 위한 규제해소와 규제샌드박스 활성화 사업에 대한 설명도 계획돼있다", None, None, ["smart-city"], "statement"),
  C("시는 이번 전체회의를 시작으로 수요자 맞춤형 서비스를 발굴하고", None, None, ["smart-city", "citizen-participation"], "plan"),
  C("오늘 전체회의는 계획단계부터 시민참여라는 의미를 부여할 수 있다", "lee-choon-hee", None, ["smart-city", "citizen-participation"], "statement"),
  C("시민참여를 확대해 세종형 스마트시티를 완성하겠다", "lee-choon-hee", None, ["smart-city", "citizen-participation"], "plan"),
 ],
 "not_claims": ["저작권자 © 충청투데이 무단전재 및 재배포 금지"],
}
G["gh-09-hankooki.txt"] = {
 "metadata": {"headline": None, "published": None, "reporter": "고은정", "outlet": "데일리한국", "jurisdiction": "44130"},
 "officials": ["park-sang-don", "yang-seung-jo"],
 "claims": [
  C("올해 36개 기업으로부터 3700개 일자리 창출 및 1조6000억 원 투자를 유치하는 성과를 거뒀다", None, None, ["investment-attraction", "jobs"], "achievement"),
  C("22개 기업대표들이 참석한 가운데 국내 우량기업 7개 기업과 투자협약(MOU)을 체결했다", None, None, ["investment-attraction"], "achievement"),
  C("1328억원 상당을 투자하고 470여 명의 신규 고용 창출을 이뤄내기로 했다", None, None, ["investment-attraction", "jobs"], "target"),
  C("원스톱 인허가 서비스 등 다방면의 지원을 아끼지 않겠고", "park-sang-don", None, ["investment-attraction"], "plan"),
 ],
 "not_claims": ["기업대표들과 기념사진을 찍고 있다", "투자를 협약한 7개 우량기업은",
                "천안의 미래 투자가치를 믿고 지역경제 발전을 위해 투자를 결정해주신"],
}

if __name__ == "__main__":
    os.makedirs(GOLD, exist_ok=True)
    for name, g in G.items():
        out = {"article": name, **g}
        with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
        print(name, len(g["claims"]))
