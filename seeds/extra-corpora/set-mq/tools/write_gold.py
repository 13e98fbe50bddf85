"""Writes the hand annotations of set-mq to gold/*.json."""
import json
G = {}
def C(q, sp, d, pol, k, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: c["speaker_name"] = name
    return c
d = "2019-04-16"
G["mq-01-newstomato.txt"] = dict(
 metadata=dict(headline="인천시, 스마트도시 건립 선언·계획 용역 착수", published="2019-04-16T16:39+09:00", reporter="최기철", outlet="뉴스토마토", jurisdiction="28"),
 officials=[],
 claims=[
  C("인천시가 스마트도시 건설을 선언하고 본격적인 준비에 착수했다", None, d, ["smart-city"], "plan"),
  C("시의 '스마트도시계획'은 건설과 정보통신기술(ICT) 등을 융·복합해", None, d, ["smart-city"], "statement"),
  C("4차산업혁명 시대에 미래 신성장동력 창출을 대비한다는 의미도 있다", None, d, ["smart-city"], "statement"),
  C("용역에는 지역 특성에 맞는 스마트도시 서비스 모델 발굴", None, d, ["smart-city"], "statement"),
  C("스마트도시 관련 기술의 연구·개발, 산업육성 방안 등도 포함된다", None, d, ["smart-city", "research-development"], "statement"),
  C("해커톤(Hackathon) 대회 등을 통해 시민 의견을 청취해 반영할 예정이다", None, d, ["smart-city", "citizen-participation"], "plan"),
  C("전문가 자문 회의와 시민 토론회 등도 계획돼 있다", None, d, ["smart-city", "citizen-participation"], "plan"),
  C("이번 스마트도시계획 수립은 우리시의 미래 스마트도시의 청사진을 만드는 것", None, d, ["smart-city"], "statement", "시현정"),
  C("시민 체감형 스마트도시서비스와 인천형 스마트도시 모델을 발굴해", None, d, ["smart-city"], "plan", "시현정"),
 ],
 not_claims=["인천시, 스마트도시 건립 선언·계획 용역 착수", "김광용 기획조정실장 주재로 스마트도시 전문가 및 관계부서 공무원 등이 참석한 가운데"])
d = "2018-07-05"; P = "cha-jun-taek"
G["mq-02-donga.txt"] = dict(
 metadata=dict(headline="차준택 부평구청장 “그늘진 곳을 먼저 챙기는 구정 펼치겠다”", published="2018-07-05T03:00+09:00", reporter=None, outlet="동아일보", jurisdiction="28237"),
 officials=[P],
 claims=[
  C("가장 먼저 시행할 복지정책으로 민간어린이집 보육료 전액 지원사업을 꼽았다", P, d, ["childcare-birth"], "plan"),
  C("부평구와 동구가 보육료를 아직까지 지원하지 않고 있어 구민들이 상대적 박탈감을 느껴왔다는 것이다", P, d, ["childcare-birth"], "criticism"),
  C("현재 실무지원단을 꾸린 상태로 하반기부터 추경예산에 반영해 시행하는 방안을 검토하고 있다", None, d, ["childcare-birth"], "plan"),
  C("무상보육 취지에 따라 국비나 시비로 지원하는 것이 맞지만 우선적으로 구 자체 예산을 편성하기로 했다", None, d, ["childcare-birth"], "plan"),
  C("‘사람과 도시가 숨쉬는 O2 프로젝트’를 환경공약으로 내걸었다", P, d, ["fine-dust"], "plan"),
  C("그는 임기 중에 모든 학교와 경로당에 공기청", P, d, ["fine-dust"], "plan"),
 ],
 not_claims=["낮은 자세로 그늘진 곳을 먼저 챙기는 구정을 펼치겠습니다", "신속하게 토양 정화사업에 착수할 방침이다", "캠프마켓을 녹지공간과 체육시설을 갖춘 역사공원으로 만들 계획이다", "2016년 기준 인천의 미세먼지 농도가 전국 7개 특별·광역시 가운데 가장 높지만", "이번 지방선거에서는 69.8%의 득표율로 당선됐다"])
d = "2014-08-28"
G["mq-03-maeil.txt"] = dict(
 metadata=dict(headline="인천시 민·관 참여 일자리 박람회 개최", published="2014-08-28", reporter="이춘만", outlet="매일일보", jurisdiction="28"),
 officials=[],
 claims=[
  C("'인천 일자리 채움 한마당'을 개최했다고 밝혔다", None, d, ["jobs"], "achievement"),
  C("예비 직장인과 중소기업을 위해 다양한 취업지원 사업을 소개하고, 맞춤형 면접을 통해 실제 취업을 알선하게 된다", None, d, ["jobs"], "statement"),
  C("인천·부천·김포지역 65개 업체와 인천지역 특성화고 및 대학 졸업자 등 3천여 명이 참여한다", None, d, ["jobs"], "statement"),
  C("관내 68개 으뜸기업도 채용 부스를 마련했다", None, d, ["jobs"], "statement"),
  C("인천 최대 규모의 채용 한마당으로 진행된다", None, d, ["jobs", "startup-support"], "statement"),
 ],
 not_claims=["인천시 민·관 참여 일자리 박람회 개최"])
O = "oh-se-hoon"
G["mq-04-etoday.txt"] = dict(
 metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="11"),
 officials=[O],
 claims=[
  C("서울시가 온실가스를 30% 줄이고 신재생에너지 보급률을 21%까지 끌어올릴 계획이다", None, None, ["climate-carbon", "energy-transition"], "target"),
  C("전기차 관련 인프라를 조성하고 공원을 늘리는 등 도시 체질 변화도 도모한다", None, None, ["future-vehicles"], "plan"),
  C("'서울시 기후변화대응 종합계획'을 발표했다", O, None, ["climate-carbon"], "plan"),
  C("2026년까지 온실가스 연간 배출량을 3500만 톤으로 2005년 대비 30% 줄여", None, None, ["climate-carbon"], "target"),
  C("시민참여 5대분야 10개 핵심과제로 추진한다", None, None, ["climate-carbon"], "plan"),
  C("낡은 건물 100만 호를 '저탄소 건물'로 조성한다", None, None, ["climate-carbon"], "target"),
  C("단열성능 강화, 리모델링 등을 통해 에너지 효율을 높이고 온실가스 배출량을 줄인다", None, None, ["climate-carbon"], "plan"),
  C("신재생에너지를 2030년에는 21%까지 올린다는 목표다", None, None, ["energy-transition"], "target"),
  C("전기차를 40만대까지 보급해 '전기차 시대'도 연다", None, None, ["future-vehicles"], "target"),
  C("시내버스는 50% 이상, 택시는 20%를 전기차로 교체한다", None, None, ["future-vehicles", "public-transit"], "target"),
  C("기후위기에 취약한 대도시 체질도 바꾼다", None, None, ["climate-carbon"], "plan"),
  C("콘크리트와 아스팔트를 걷어내 공원으로 조성한다", None, None, ["climate-carbon"], "plan"),
  C("물 순환 도시를 만들고(물), 도로는 숲길로 탈바꿈한다", None, None, ["climate-carbon"], "plan"),
  C("월드컵공원 13배 면적의 생활밀착형 공원도 조성ㆍ정비한다", None, None, ["climate-carbon"], "target"),
  C("‘지천 르네상스’를 정릉천 등 6곳에서 시작해 도심 열섬효과를 완화하고", None, None, ["climate-carbon"], "plan"),
 ],
 not_claims=["가뭄, 홍수 등 기후재해에 대"])
d = "2019-07-12"
G["mq-05-newsis.txt"] = dict(
 metadata=dict(headline="강서구, 동 주민센터 CCTV 99대 추가 설치", published="2019-07-12T14:26+09:00", reporter="윤슬기", outlet="뉴시스", jurisdiction="11500"),
 officials=["noh-hyeon-song"],
 claims=[
  C("이달 말까지 20개 전 동 주민센터 안전을 강화한다고 12일 밝혔다", None, d, ["disaster-safety"], "plan"),
  C("동 주민센터 및 문화센터 16개소에 총 99대의 폐쇄회로(CC)TV를 추가 설치하게 된다", None, d, ["disaster-safety"], "target"),
  C("안내판도 재정비해 범죄 예방 효과를 극대화할 방침이다", None, d, ["disaster-safety"], "plan"),
  C("악성 민원인으로부터 주민 피해를 방지하는 효과를 나타날 것으로 구는 기대하고 있다", None, d, ["disaster-safety"], "statement"),
  C("구는 CCTV 개선사업 외에도 경찰서와 협력해 동 주민센터 및 구청 민원실에 비상벨을 설치하고 있다", None, d, ["disaster-safety"], "statement"),
  C("안심하고 공공시설을 사용 할 수 있도록 안전한 환경을 조성해 나가겠다", None, d, ["disaster-safety"], "plan"),
 ],
 not_claims=["강서구, 동 주민센터 CCTV 99대 추가 설치", "범죄예방·위험상황 발생 후 증거자료 활용", "강서구청 청사 구청전경 민선7기", "부대시설을 이용하러 찾는 어린이와 어르신도 많다"])
d = "2020-07-22"; K = "kim-mi-gyeong"
G["mq-06-asiatoday.txt"] = dict(
 metadata=dict(headline="[인터뷰] 김미경 은평구청장 “구의 성과는 구민이 일군 것”", published="2020-07-28T06:00+09:00", reporter=None, outlet="아시아투데이", jurisdiction="11380"),
 officials=[K],
 claims=[
  C("22일 서울 은평구청에서 만난 그는 서부선, 수색뉴타운 등 은평구의 발전에 대해", K, d, ["public-transit", "urban-regeneration"], "achievement"),
  C("먼저 구의 가장 큰 염원이던 서부선 착공에 한 발짝 더 다가갔고", K, d, ["public-transit", "culture-tourism", "education"], "achievement"),
  C("대형병원도 들어섰다", K, d, ["public-health"], "achievement"),
 ],
 not_claims=["22일 서울 은평구청에서 만난 김미경 은평구청장은", "은평구를 넉넉하고 따뜻하며 든든한 집으로 만들고 싶다", "명품도시로의 전환을 반드시 이뤄내겠다", "은평의 주춧돌을 놓았던 2년이었다"])
d = "2017-01-24"
G["mq-07-kmib.txt"] = dict(
 metadata=dict(headline="서울시 올해 ‘1700만명 외국인 유치’ 총력", published="2017-01-25T00:03+09:00", reporter=None, outlet=None, jurisdiction="11"),
 officials=[],
 claims=[
  C("대한민국 관광을 선도하기 위해 본격 나섰다", None, d, ["culture-tourism"], "plan"),
  C("올해는 1700만명 유치로 목표를 높여 잡았다", None, d, ["culture-tourism"], "target"),
  C("이 목표를 달성할 경우 취업유발인원은 60만6000명에 달할 전망이다", None, d, ["culture-tourism", "jobs"], "statement"),
  C("2018년 서울 관광객 2천만시대를 열기 위해 5대 중점 과제를 마련했다고 24일 밝혔다", None, d, ["culture-tourism"], "plan"),
  C("평창동계올림픽 붐업을 통해 서울 방문수요를 창출할 계획이다", None, d, ["culture-tourism"], "plan"),
  C("동계스포츠 관련 이벤트 서울도심 개최(12월) 등 다양한 이벤트를 진행할 예정이다", None, d, ["culture-tourism"], "plan"),
  C("서울과 평창을 찾는 관광객을 위한 지원시스템도 구축할 계획이다", None, d, ["culture-tourism"], "plan"),
  C("주요 역에 임시관광안내소를 설치해 운영한다", None, d, ["culture-tourism"], "plan"),
  C("스페셜 관광패스(3일권, 5일권 등)도 오는 10월 출시할 계획이다", None, d, ["culture-tourism"], "plan"),
  C("해외 관광마케팅에 총 162억원을 집중 투자해", None, d, ["culture-tourism"], "plan"),
  C("다양한 마케팅 수단을 통해 서울방문을 유도할 방침이다", None, d, ["culture-tourism"], "plan"),
  C("도시외교를 통해 구축된 긴밀한 협력 네트워크를 최대한 활용해", None, d, ["culture-tourism"], "plan"),
 ],
 not_claims=["서울시 올해 ‘1700만명 외국인 유치’ 총력"])
d = "2023-07-03"; Y = "yun-hwan"
G["mq-08-kyeonggi.txt"] = dict(
 metadata=dict(headline="윤환 구청장 “인천 계양의 100년 미래 열 기틀 만들겠다”…취임 1주년 기념식", published="2023-07-03T19:23+09:00", reporter="이시명", outlet="경기일보", jurisdiction="28245"),
 officials=[Y],
 claims=[
  C("계양문화예술공연장 건립과 박촌역 수도권 철도망 연결을 이뤄내겠다", Y, d, ["culture-tourism", "public-transit"], "plan"),
  C("학교 통학로 개선 등 주민이 느낄 수 있는 과감한 변화와 발전을 위한 발판을 마련했다는 평을 받고 있다", None, d, ["disaster-safety"], "achievement"),
  C("양질의 일자리 10만개 이상을 만들어 내겠다는 목표도 내놨다", Y, d, ["jobs"], "target"),
  C("공공주택 1만6640가구를 공급하고 디지털 콘텐츠·정보통신기술(ICT) 분야 기업을 유치하는 사업이다", None, d, ["housing", "investment-attraction"], "statement"),
  C("구민의 건강하고 행복한 삶을 위한 체육 및 복지 인프라 구축을 이뤄내겠다", Y, d, ["welfare"], "plan"),
 ],
 not_claims=["계양지역의 100년 미래를 열어가는 기틀을 만들어 나가겠다", "보도블록 교체 등과 같은 예산 사업을 전면 중단했다", "LH인천본부, 사랑의 김장 나눔 행사…취약계층 350가구 전달", "하남시청소년수련관, 2024년 경기도 청소년활동 우수기관 표창 수상"])
d = "2019-12-26"; W = "park-won-soon"
G["mq-09-travelinfo.txt"] = dict(
 metadata=dict(headline="서울시 외래관광객 2000만 명 시대 연다", published="2019-12-27T17:27+09:00", reporter=None, outlet=None, jurisdiction="11"),
 officials=[W],
 claims=[
  C("서울시가 한 해 외래관광객 유치 2,000만 명 시대를 위한 공세적인 마케팅 활동을 전개해 나간다", None, d, ["culture-tourism"], "target"),
  C("올해 서울을 방문하는 외래관광객이 1,380만 명을 돌파할 것으로 전망되고 있다며", W, d, ["culture-tourism"], "target"),
  C("외래관광객이 2,000만 명을 조기에 달성할 수 있기를 희망한다", W, d, ["culture-tourism"], "target"),
  C("서울관광재단 예산을 올해보다 200억 원이 많은 580억 원을 확보해 집중적인 마케팅을 펼치기로 했다", W, d, ["culture-tourism"], "plan"),
 ],
 not_claims=["박원순 서울시장(서서 설명)은 지난 26일", "박원순 서울시장, 서울관광플라자 조성 등 마케팅 강화", "올해 서울 방문 외래관광객 1380만 명 전망, 공세적 관광정책 추진", "동북아 평화 구축 기반, 중국 등 외래관광객 유치 시장 다변화 할터", "바다가 피로 가득할 정도로 돌이킬 수 없는 상처를 입었지만"])
n = 0
for f, g in G.items():
    out = {"article": f, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"], "not_claims": g["not_claims"]}
    json.dump(out, open(f"/work/blind/set-mq/gold/{f}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    n += len(g["claims"]); print(f, len(g["claims"]))
print("total", n)
