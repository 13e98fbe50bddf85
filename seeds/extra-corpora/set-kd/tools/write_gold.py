"""Write set-kd gold files from compact tuples: (quote, speaker, date, policies, kind[, speaker_name])."""
import json, os
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
FE = ["future-vehicles", "energy-transition"]
D = {}
d = "2019-04-29"; jo = "jo-gil-hyeong"
D['kd-01-businesspost.txt'] = dict(
 metadata=dict(headline="충주시장 조길형, 수소차로 관용차 교체하고 민간에 50대 보급", published="2019-04-29T11:46+09:00",
               reporter="김남형", outlet="비즈니스포스트", jurisdiction="43130"),
 officials=[jo],
 claims=[C("충청북도 충주시가 조길형 시장의 관용차를 수소차로 바꾼다", None, d, FE, "plan"),
  C("5월 초 조 시장의 관용차를 현대자동차의 수소차 ‘넥쏘’로 교체한다고 29일 밝혔다", None, d, FE, "plan"),
  C("수소차 구입비 8천만 원이 4월 시의회를 통과하면서", None, d, FE, "achievement"),
  C("하반기에는 허영옥 시의회 의장의 관용차도 수소차로 바꾼다", None, d, FE, "plan"),
  C("올해 수소차 50대를 민간인에게 보급하고 충천소 1곳을 확충한다", None, d, FE, "target"),
  C("수소산업 육성을 위해 수소차 관련 기업의 연구개발을 지원할", None, d, FE + ["research-development"], "statement"),
  C("수소 융복합 실증단지 조성사업 등 다양한 정부 공모사업 유치에도 적극 나서기로 했다", None, d, ["energy-transition"], "plan"),
  C("수소차 보급에 적극 나서고 수소산업을 집중 육성해 충주가 한국 수소경제의 중심지가 될 수 있도록 힘쓰겠다", jo, d, FE, "plan")],
 not_claims=["29일부터 5월3일까지 현대차 충북지역본부의 지원을 받아 수소차 넥쏘 전시회를 연다",
  "현대모비스 충주 공장은 2018년 12월 수소연료전지 스택 제2공장 신축을 시작했다",
  "이 공장이 완공되면 현재 연간 3천 기의 수소연료전지 스택 생산능력이", "▲ 조길형 충주시장."])
jc = "jo-chung-hun"
D['kd-02-nspna.txt'] = dict(
 metadata=dict(headline="순천시, 순천만 국가정원에 봄이 왔어요", published="2017-03-06T13:59+09:00",
               reporter="이영춘", outlet="NSP통신", jurisdiction="46150"),
 officials=[jc],
 claims=[C("순천시의 정원산업육성을 위해 3월 3일부터 19일까지 17일간 순천만국가정원 동문 광장에서 제2회 ‘꽃과 나무시장’을 개장했습니다", None, "2017-03-03", ["culture-tourism"], "achievement"),
  C("새로운 정원문화를 일으키고 블루오션이라고 할 수 있는 지역경제를 살릴 수 있는 정원과 묘목, 화훼의 중심 도시로써", jc, "2017-03-06", ["culture-tourism", "agriculture"], "statement"),
  C("순천이 화훼와 정원수마저도 메카가 된다는 마음으로 임해야 할 것만 같습니다", None, "2017-03-06", ["agriculture"], "plan", "임종기"),
  C("관광객에게 섞여있는 하나의 공간으로 재탄생 됐으면 좋겠습니다", None, "2017-03-06", ["culture-tourism"], "statement", "임종기")],
 not_claims=["개장식에는 조충훈순천시장과 시관계자 및 따뜻한 봄을 맞아 정원을 찾은 관람객들이 함께해",
  "순천정원문화산업발전협의회 회원들이 직접 재배한 것으로 품질 보장은 물론이고",
  "동문 광장에는 다양한 체험 프로그램 운영으로 봄날 색다른 즐거움을 안겨주며",
  "순천만국가정원 동문 입구 ‘꽃과 나무시장’ 개장"])
d = "2025-09-03"; CB = ["childcare-birth"]
D['kd-03-jjan.txt'] = dict(
 metadata=dict(headline="2024년 합계출산율 0.76명으로 전년 대비 8.5% 상승…전국 평균 상승률 상회", published="2025-09-03",
               reporter=None, outlet=None, jurisdiction="52140"),
 officials=[],
 claims=[C("익산시의 촘촘한 맞춤형 지원이 출산율 반등의 신호탄이 되고 있다", None, d, CB, "achievement"),
  C("지난해 시의 합계출산율은 0.76명으로 전년도 0.70명 대비 8.5% 증가했다", None, d, CB, "achievement"),
  C("익산형 출산·양육 지원 정책이 효과를 보이기 시작했다는 평가다", None, d, CB, "achievement"),
  C("출산 친화도시 기반을 더욱 강화해 나간다는 방침이다", None, d, CB, "plan"),
  C("임신-출산-양육 패키지를 통해 도내 최대 수준의 복지 혜택을 제공하고 있다", None, d, CB + ["welfare"], "statement"),
  C("임산부 280 건강관리비 지원사업은 도내 최초로 2010년부터 시행 중인 자체 사업으로", None, d, CB, "statement"),
  C("올해는 785명 규모로 진행된다", None, d, CB, "target"),
  C("산후건강관리 지원사업은 출산 1년 이내 산모가", None, d, CB, "statement"),
  C("2019년부터 시작해 2024년까지 3897명의 산모가 혜택을 받았다", None, d, CB, "achievement"),
  C("산모·신생아 건강관리 지원 확대사업은 건강관리사를 출산 가정에 파견해", None, d, CB, "statement"),
  C("또 임산부 대상 건강관리 교실을 연 20회 운영해", None, d, CB, "statement")],
 not_claims=["임신 준비부터 출산, 양육까지 전 생애주기 아우르는 촘촘한 맞춤형 지원 주효", "익산시 아이돌봄서비스/사진 제공=익산시"])
d = "2019-05-04"; lc = "lee-choon-hee"; SC = ["smart-city"]
D['kd-04-ccnnews.txt'] = dict(
 metadata=dict(headline="이춘희 세종시장, 스마트시티 선진도시 벤치마킹 나서", published="2019-05-04",
               reporter="최형순", outlet=None, jurisdiction="36"),
 officials=[lc],
 claims=[C("이춘희 세종시장은 5-1생활권 스마트시티 국가시범도시 성공적 추진을 위해", None, d, SC, "plan"),
  C("방문 목적은 5-1생활권 스마트시티 국가시범도시 조성과 관련", None, d, SC, "statement"),
  C("스마트시티 국제포럼 추진을 위한 상호협력과 디지털트윈", None, d, SC + ["future-vehicles", "investment-attraction"], "plan"),
  C("국가시범도시에 접목이 가능한 스마트시티 서비스를 살펴본다", None, d, SC, "plan"),
  C("이번 방문 성과를 바탕으로 5-1생활권 스마트시티 국가시범도시 성공추진을 위해 최선을 다하겠다", lc, d, SC, "plan")],
 not_claims=["7 ~ 16일 유럽의 스마트시티 선진도시인 스페인, 오스트리아, 독일 3개국 방문",
  "이번 방문단은 세종시 공무원을 비롯 스마트시티 추진본부 소속 민간 전문가"])
d = "2023-05-15"; oh = "oh-young-hun"
D['kd-05-jntoday.txt'] = dict(
 metadata=dict(headline="오영훈 제주도지사, 박광온 민주당 원내대표에 ‘분권·분산’ 건의", published="2023-05-15T18:32+09:00",
               reporter="김영범", outlet="전남투데이", jurisdiction="50"),
 officials=[oh],
 claims=[C("분산에너지 특별법 통과와 제주특별법 개정에 적극 협력해줄 것을 요청했다", oh, d, ["energy-transition", "decentralization"], "plan"),
  C("제왕적 도지사의 권력을 내려놓고 풀뿌리 민주주의에 힘쓰고 도민을 섬기는 일을 하는 것에 박수를 보낸다", None, d, ["decentralization", "citizen-participation"], "statement", "박광온"),
  C("분권을 강화하겠다고 도민과 약속한 만큼 제주형 행정체제 개편 등을 공론화 하려고 한다", oh, d, ["decentralization", "citizen-participation"], "plan"),
  C("제주특별법 개정이 이번 상반기 중 이뤄지기를 희망한다", oh, d, ["decentralization"], "plan"),
  C("제주는 재생에너지 발전 비율이 19.1%로 전국 평균의 3배가까이 되지만", oh, d, ["energy-transition"], "statement"),
  C("분산에너지 특별법이 시행돼 전력 직거래 시스템이 갖춰져야 출력제어 문제가 해결되고", oh, d, ["energy-transition"], "plan"),
  C("분산에너지가 제주도에서 처음 적용되는 특구로 지정되도록 역할을 해주기를 부탁한다", oh, d, ["energy-transition"], "plan"),
  C("에너지 문제는 제주도민뿐만 아니라 국민을 위해서도 꼭 필요한 사업이라", None, d, ["energy-transition"], "plan", "박광온")],
 not_claims=["다함께 미래로 빛나는 제주를 만들기 위해 애쓰는 것을 높이 평가한다",
  "15일 국회에서 만나 분산에너지 특별법 통과와 제주특별법 개정 협력 요청"])
d = "2024-01-19"; Y = ["youth-policy"]
D['kd-06-sejongtimes.txt'] = dict(
 metadata=dict(headline="홍성군, 청년친화도시로 도약", published="2024-01-19T06:40+09:00",
               reporter="강승일", outlet="세종타임즈", jurisdiction="44800"),
 officials=[],
 claims=[C("청년 인구 유입 및 안정적인 정착 유도를 위해 2024년 총 5개 분야 41개 사업에 약 30억원의 사업비를 투입한다고 밝혔다", None, d, Y, "plan"),
  C("홍성형 일자리 군민채용제를 통해 관내 청년을 채용한 기업에 대해 지원하고", None, d, ["jobs", "youth-policy", "startup-support"], "plan"),
  C("친환경 청년 농부 교육 훈련 및 사업 지원, 청년 후계농 영농정착지원", None, d, ["agriculture", "youth-policy"], "plan"),
  C("청년 주거 정책으로는 청년 전세보증금반환보증 보증료 지원사업", None, d, ["housing", "youth-policy"], "statement"),
  C("대학생 장학금 지급에 2억원 이상의 예산을 투입해", None, d, ["education", "youth-policy"], "plan"),
  C("홍성군만의 특색을 지닌 청년 사업 발굴을 적극적으로 추진할 예정이다", None, d, Y, "plan"),
  C("남문동 어울림센터 내 청년 창업 공간을 포함한 청년센터를 개관해", None, d, ["youth-policy", "startup-support", "jobs"], "plan")],
 not_claims=["5개 분야 총 41개 사업에 30억원 투입", "홍성군청사전경(사진=홍성군)"])
d = "2021-11-30"; FD = ["fine-dust"]
D['kd-07-joongdo.txt'] = dict(
 metadata=dict(headline="대전시 제3차 미세먼지 계절관리제 도입… 2024년까지 미세먼지 236t 저감 목표", published="2021-11-30T14:43+09:00",
               reporter="이해미", outlet=None, jurisdiction="30"),
 officials=[],
 claims=[C("대전시가 내년 3월까지 4개월 동안 '제3차 미세먼지 계절관리제'를 도입하고", None, d, FD, "plan"),
  C("지난해 시행 기간 동안 초미세먼지 농도가 25% 개선되는 효과를 얻었다", None, d, FD, "achievement", "임묵"),
  C("충청권 자치단체 중 유일하게 비상저감조치가 발령되지 않았던 이유", None, d, FD, "achievement", "임묵"),
  C("15개 이행과제와 22개 세부과제로 구분했다", None, d, FD, "statement"),
  C("수송 부문은 공공부문 5등급 차량 운행제한과 관급공사 노후 건설기계 사용제한 조치", None, d, FD, "statement"),
  C("생활 부문은 농촌 영농폐기물 및 잔재물 불법 소각 단속과 수거처리 지원이다", None, d, FD, "statement"),
  C("어린이 등 취약계층 마스크 보급, 다중이용시설 실내공기질 관리, 집중관리구역 지원 등의 조치를 시행할 예정이다", None, d, FD, "plan"),
  C("2020년부터 2024년까지 5개년 목표로 미세먼지 총 236t 감축하고자 한다", None, d, FD, "target", "임묵")],
 not_claims=["임묵 대전시 환경녹지국장이 11월 30일 미세먼지 계절관리제 도입에 대해서 설명하고 있다",
  "수송, 산업, 생활 부문 15개 이행과제 추진"])
d = "2018-09-27"; ly = "lee-yong-seop"; PT = ["public-transit"]; CP = ["citizen-participation"]
D['kd-08-miraenews.txt'] = dict(
 metadata=dict(headline="이용섭 시장 도시철도 2호선 추진 방향 기자회견", published="2018-09-27T14:30+09:00",
               reporter="차승현", outlet=None, jurisdiction="29"),
 officials=[ly],
 claims=[C("도시철도 2호선 공론화는 16년 논쟁의 마침표를 찍고 광주에서도 협치 행정의 성공모델을 실현하기 위한 것", ly, d, PT + CP, "statement"),
  C("오는 11월10일까지는 공론화를 종료해 도시철도 2호선 건설의 최종결론을 내겠다고 주장했다", ly, d, PT + CP, "plan"),
  C("군 공항이전, 광주역·송정역 개발 등 지역의 굵직한 묵은 현안들이 해법을 찾아 가고 있어 안도하고 있다", ly, d, ["airport-relocation"], "achievement"),
  C("이번 공론화는 단순히 선거공약을 지키거나 중론을 모으는 것보다 더 큰 의미가 담겨있다", ly, d, CP + PT, "statement"),
  C("광주가 강성의 도시로 비춰지고 있어 기업들이 투자를 외면하고 있다", ly, d, ["investment-attraction"], "statement"),
  C("새로운 의사결정의 문화를 정착시켜야 ‘정의로운 도시도 기업하기 좋은 도시’가 될 수 있다는 것을 증명해 낼 수 있다", ly, d, CP + ["investment-attraction"], "plan"),
  C("일부에서는 공론화를 시장의 책임회피나 추진력 부족으로 평가절하하고 있다", ly, d, CP, "criticism"),
  C("공론화를 거친다고 해서 시장의 책임과 부담이 덜어지는 것은 아니며 시장이 모든 책임을 지고 추진해 갈 것", ly, d, CP + PT, "plan"),
  C("2호선 건설을 밀어붙이면 진행은 빨라지겠지만", ly, d, PT, "statement")],
 not_claims=["이용섭 광주광역시장은 27일 시청 브리핑룸에서 도시철도 2호선 건설 추진 방향에 대해 기자회견을 가졌다",
  "협치 행정 성공모델 실현위해 노력...11월10일까지 결론", "이젠 광주의 이미지를 바로 세워야 한다"])
d = "2023-01-03"
D['kd-09-newsis.txt'] = dict(
 metadata=dict(headline="서천군, 새해 달라진 제도·시책 발표", published="2023-01-03T14:25+09:00",
               reporter="곽상훈", outlet="뉴시스", jurisdiction="44770"),
 officials=["kim-gi-ung"],
 claims=[C("결혼 부담 해소를 위한 결혼정착금 제도가 신설됐다", None, d, ["childcare-birth"], "achievement"),
  C("만 18~49세 부부를 대상으로 결혼정착금 770만 원을 3년에 걸쳐 지급한다", None, d, ["childcare-birth"], "statement"),
  C("배우자가 관외 거주 시 혼인신고일로부터 30일 이내에 서천군으로 전입해야 지급된다", None, d, ["childcare-birth"], "statement"),
  C("동부권 어르신 통합돌봄센터와 장애인복지회관 등의 시설 조성과 함께 맞춤형 복지서비스 제공에 주력한다", None, d, ["welfare"], "plan"),
  C("양질의 일자리와 민생경제 안정에도 초점을 뒀다", None, d, ["jobs"], "statement"),
  C("신규 기업유치단을 편성해 우량기업 유치와 장항국가생태산업단지 첨단사업 특구화를 추진한다", None, d, ["investment-attraction"], "plan"),
  C("전통시장과 골목상권 관리·지원에 박차를 가할 방침이다", None, d, ["small-merchants"], "plan"),
  C("서천군 특색을 살린 다양한 관광자원을 연계한 축제도 개최된다", None, d, ["culture-tourism"], "plan"),
  C("송림산림욕장에서 맥문동 축제를 열 방침이다", None, d, ["culture-tourism"], "plan"),
  C("서천군의 친환경 관광이미지를 제고하고 주민소득 창출로 인한 지역경제 활성화 또한 기대하고 있다", None, d, ["culture-tourism"], "statement"),
  C("유부도 식수원 개발", None, d, ["water-supply"], "plan")],
 not_claims=["김기웅 군수, \"지방 소멸 대응 살고 싶은 서천 구현\"",
  "군민의 행복과 편익 증진을 위해 새해 달라진 제도와 시책을 발표했다", "서천군청사 전경 *재판매 및 DB 금지"])
if __name__ == '__main__':
    os.makedirs(G, exist_ok=True)
    for name, g in D.items():
        out = {"article": name, **g}
        with open(os.path.join(G, name + '.json'), 'w', encoding='utf-8') as f:
            json.dump(out, f, ensure_ascii=False, indent=1); f.write('\n')
        print(name, len(g['claims']))
