"""Write set-et gold files (hand annotation)."""
import json, pathlib
G = pathlib.Path(__file__).resolve().parent.parent / "gold"

def C(q, sp, d, pol, kind, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": kind}
    if name:
        c["speaker_name"] = name
    return c

def M(h, p, r, o, j):
    return {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j}

AI, FV, IA, PT, SC = "fourth-industrial-revolution", "future-vehicles", "investment-attraction", "public-transit", "smart-city"
ET, AG, UR, FD, CT = "energy-transition", "agriculture", "urban-regeneration", "fine-dust", "culture-tourism"
D1 = "2025-09-11"
D3, D3e = "2023-06-06", "2023-06-02"
D5, D7, D8, D9 = "2019-02-11", "2018-12-17", "2018-11-27", "2025-10-02"
GOLD = {
"et-01-gwangnam.txt": (M("시민 모두가 체감…‘AI 혁신도시’ 도약", "2025-09-11T16:10+09:00", None, None, "29"), ["kang-gi-jung"], [
    C("광주시가 11일 ‘대한민국 인공지능(AI) 중심도시’ 도약의 비전을 제시했다", None, D1, [AI], "plan"),
    C("6000억원 규모의 ‘인공지능(AI) 2단계 사업’을 바탕으로", None, D1, [AI], "statement"),
    C("AI 기업 21개사와의 광주 유치 업무협약(MOU) 체결", None, D1, [AI, FV, IA], "statement"),
    C("2단계 사업이 본격화할 경우 시민의 하루가 매 시간마다 달라지는 구체적인 과제를 제시했다", None, D1, [AI], "plan"),
    C("대표적 과제로는 체험형 디지털 놀이·휴식 공간 조성 등 ‘AI 공원 놀이터’", None, D1, [AI, PT], "plan"),
  ], ["‘광주 비전’ 선포…자율주행 드라이빙 시뮬레이터 공개", "교육·의료·교통·돌봄 등 일상생활 전반 인공지능 체험",
      "참석자들과 함께 국가 AI컴퓨팅센터 광주 유치 시민결의 퍼포먼스를 펼치고 있다",
      "광주시와 인공지능산업융합사업단은 이날 첨단3지구 인공지능집적단지에서 ‘모두의 AI, 광주 비전 선포식’을 개최했다",
      "선포식에는 강기정 시장을 비롯해 대학 총장"]),
"et-02-jejunews.txt": (M("\"제주관광, 중국 의존에서 벗어나야\"", "2017-12-20", "고상현", None, "50"), ["won-hee-ryong"], [
    C("제주 관광이 위기에 흔들리지 않는 질적 변화를 준비해야 한다", "won-hee-ryong", "2017-12-20", [CT], "plan"),
    C("기존 중국 의존 중심의 제주 관광에서 탈피해야 한다며", "won-hee-ryong", "2017-12-20", [CT], "plan"),
    C("중국이라는 특정 국가에 의존하는 관광은 위기나 한계가 올 수 있기 때문에 위기 대응 능력을 갖춰야 한다", "won-hee-ryong", "2017-12-20", [CT], "plan"),
    C("앞으로 관광분야의 질적 성장을 위해 전 부서가 시행 가능한 계획들을 수립해 적극적으로 추진해 달라", "won-hee-ryong", "2017-12-20", [CT], "plan"),
  ], ["元지사, 비상대책 보고회서 위기 극복할 질적 변화 주문"]),
"et-03-kwangju.txt": (M("전남도, 재생에너지로 인구소멸 대응", "2023-06-06T19:20+09:00", None, None, "46"), [], [
    C("전남도가 대규모 해상풍력 발전전단지의 안정적 조성을 통한 재생에너지 발전 활성화", None, D3, [ET, AG], "statement"),
    C("해상풍력 발전단지의 주민 이익공유 증대와 수산업 공존방안 마련 간담회를 지난 2일 개최했다", None, D3e, [ET, AG], "statement"),
    C("간담회에서는 신재생에너지에 대한 이해 증진", None, D3e, [ET, AG], "statement"),
    C("재생에너지를 활용한 인구소멸 해법에 대해 함께 고민했다", None, D3e, [ET], "statement"),
    C("어업인 입장에서 바라는 해상풍력과 수산업 공존에 대해 의견을 나눴다", None, D3e, [ET, AG], "statement"),
    C("안좌면은 태양광 발전 312MW 개발에 따른 이익공유제인 햇빛연금을 전국 최초로 시행하고 있다", None, D3, [ET], "achievement"),
    C("안좌면의 이례적 인구 증가에는 햇빛연금의 역할이 큰 것으로 보고 있다", None, D3, [ET], "achievement"),
    C("이처럼 전남도는 신재생에너지 발전사업과 지역주민이 상생하는 방안 마련에 총력을 다하고 있다", None, D3, [ET], "statement"),
  ], ["전국 첫 ‘햇빛연금’ 시행", "인구 늘어난 신안 안좌면서", "수산업 공존방안 모색 간담회",
      "신안은 인구소멸 고위험지역으로 분류되나"]),
"et-04-sejongtimes.txt": (M(None, None, None, "세종타임즈", "43110"), ["lee-beom-seok"], [
    C("청주시 도시재생사업의 추진사항을 브리핑하며 이범석 청주시장은 국토부의 전폭적인 지원을 요청했다", "lee-beom-seok", None, [UR], "statement"),
    C("도시재생사업을 추진 중인 내덕동 문화제조창과 우암동을 찾아 주요 사업의 추진사항을 점검했다", None, None, [UR], "statement"),
    C("2014년부터 시작된 경제기반형 도시재생 선도사업은", None, None, [UR, "jobs"], "statement"),
    C("2017년에 선정된 우암동 도시재생사업은", None, None, [UR, "housing", "startup-support", "youth-policy"], "statement"),
    C("2022년 12월 모충동 도시재생사업에 선정되어", None, None, [UR, "startup-support", "youth-policy"], "plan"),
  ], ["국토교통부, 충청북도와 함께 임시청사 2층 영상회의실에서 청주시 도시재생사업 간담회를 실시했다",
      "LH와 연계해 추진하는 청춘허브센터 조성사업지에 대한 현장방문도 함께 이뤄졌다"]),
"et-05-mi.txt": (M("아산시 ‘미세먼지 저감 및 관리에 관한 특별법’ 대책마련", "2019-02-11T14:01+09:00", "김기범", "매일일보", "44200"), ["oh-se-hyeon"], [
    C("179억원의 예산을 투입해 시민이 체감할수 있는 대책을 시행한다고 11일 밝혔다", None, D5, [FD], "plan"),
    C("이번 미세먼지 종합대책은", None, D5, [FD], "plan"),
    C("미세먼지 저감을 위한 타 지자체와의 협력이 필요한 상황이라고 밝혔다", None, D5, [FD], "statement"),
    C("숨쉬기 편하고 뛰어놀기 좋은 아산을 만드는데 최선을 다 하겠다", "oh-se-hyeon", D5, [FD], "plan"),
    C("생활부문과 취약계층 보호를 중심으로 구체적이고 체계적인 대책을 마련하겠다", "oh-se-hyeon", D5, [FD], "plan"),
  ], ["시민이 체감하는 현실적인 대안 마련", "사진제공=아산시"]),
"et-06-dtnews24.txt": (M("대전시 ‘국토부 스마트시티 챌린지 사업’ 최종선정", None, None, None, "30"), ["heo-tae-jeong"], [
    C("대전시가 국토교통부 스마트시티 챌린지 사업 최종 대상지로 선정됐다", "heo-tae-jeong", None, [SC], "achievement"),
    C("대전과 대한민국의 스마트시티 우수성을 널리 알리겠다", "heo-tae-jeong", None, [SC], "plan"),
    C("시는 대전 스마트시티를 상징하는 브랜드 아이덴티티도 만들어서", "heo-tae-jeong", None, [SC], "plan"),
    C("최종 사업지로 대전, 인천, 부천을 선정했고", None, None, [SC], "achievement"),
    C("스마트시티 챌린지 사업은 국토부가 2019년부터", None, None, [SC], "statement"),
    C("앞서 대전시는 1단계 사업(48개 지자체 응모)에", None, None, [SC], "achievement"),
    C("2022년까지 진행되는 2단계 사업에서는", None, None, [SC], "plan"),
  ], ["주차공유·화재예방 등 실증사업 ‘2022년 까지 대전시 전역 확대’",
      "허태정 대전시장이 17일 정례 기자회견을 통해 스마트시티 챌린지 사업 최종 선정에 대해 설명하고 있다"]),
"et-07-dailycc.txt": (M("아산시, 미세먼지 대응 지방연대 선언식 개최", "2018-12-17", "박재병", "충청신문", "44200"),
  ["gu-bon-yeong", "oh-se-hyeon", "maeng-jeong-ho", "kim-hong-jang"], [
    C("미세먼지 저감을 위해 천안·아산·서산·당진시가 공동대응에 나선다", None, D7, [FD], "plan"),
    C("오는 19일 오후 3시 아산시청 시민홀에서 미세먼지 저감을 위해", None, D7, [FD], "plan"),
    C("충남도 최초로 보급된 전기시내버스 시승행사로 마무리 할 계획이다", None, D7, [FV, PT], "plan"),
    C("이번 선언식은 올해 9월 4일 오세현 아산시장 민선7기 핵심공약사항 브리핑 중", None, D7, [FD], "achievement"),
    C("미세먼지는 중국 발 미세먼지 유입과", None, D7, [FD], "statement"),
  ], ["오는 19일 천안·아산·서산·당진시장이 손을 맞잡다", "아산시청 청사에 걸려있는 현수막(사진제공=아산시)"]),
"et-08-ajunews.txt": (M("새만금청, 군산시청서 '새만금 재생에너지 사업' 주민설명회 개최", "2018-11-28T16:52+09:00", None, None, "45"), ["kang-im-jun"], [
    C("새만금에 대규모 재생에너지 발전단지를 조성하고", None, D8, [ET, IA, "research-development"], "plan", "이철우"),
    C("강임준 군산시장은 재생에너지를 '시민의 안전을 지키는 건강에너지'라고 소개했다", "kang-im-jun", D8, [ET], "statement"),
    C("군산시도 발전소 설치에 더해 연구기관과 제조업체를 유치하고", "kang-im-jun", D8, [ET, IA, "research-development"], "plan"),
    C("나석훈 전라북도 경제산업국장이 '새만금 재생에너지 클러스터 구축 계획'을 소개했다", None, D8, [ET], "statement", "나석훈"),
    C("새만금에 재생에너지 사업으로 군산 지역의 고용 위기를 단기간 내에 해결하고", None, D8, [ET, "jobs", IA], "plan", "나석훈"),
    C("기업 유치 100개, 일자리 10만개, 경제유발 25조원의 파급효과로", None, D8, [ET, IA, "jobs"], "target", "나석훈"),
    C("주민협의체를 구성해 충분한 의견수렴 절차를 거치면서 사업을 추진해 줄 것을 요구했다", None, D8, [ET, "citizen-participation"], "statement"),
    C("양질의 일자리 창출 등 재생에너지 사업에의 기대감을 나타냈다", None, D8, [ET, "jobs"], "statement"),
  ], ["새만금개발청과 전라북도는 27일 군산시청 대강당에서 '새만금 재생에너지 사업' 관련 주민설명회를 개최했다고 밝혔다",
      "지역주민 400여명이 참석했다", "이번 설명회를 시작으로 다른 지역에서도 설명회를"]),
"et-09-kmib.txt": (M(None, "2025-10-02", None, None, "36"), [], [
    C("이 자리에서 시는 자율주행과 스마트 교통, 디지털 행정 등의 혁신 사례를 소개한다", None, D9, [SC, FV], "statement"),
    C("수요응답형버스(DRT)와 자율주행버스 등 첨단모빌리티 기반의 세종형 스마트시티 정책에 큰 관심을 보였다", None, D9, [SC, PT, FV], "statement"),
    C("‘세종시티앱’을 통해 시민참여가 활성화된 점을 높이 평가했다", None, D9, [SC, "citizen-participation"], "achievement"),
    C("이승원 시 경제부시장은 국제 세션에서", None, D9, [SC], "statement", "이승원"),
    C("양 지자체의 스마트시티 분야 협력에 관한 공동성명을 채택했다", None, D9, [SC], "achievement"),
    C("지속가능한 스마트시티 분야 발전 기여, 정보 공유와 인적 교류", None, D9, [SC], "statement"),
    C("국제공동전시 등 문화분야 협력사업을 제안할 예정이다", None, D9, [CT], "plan"),
  ], ["스즈키 부지사는 세종시의 사이버 보안 행사인 ‘핵테온 세종’에 깊은 관심을 보이며"]),
}
for name, (meta, offs, claims, nots) in GOLD.items():
    d = {"article": name, "metadata": meta, "officials": offs, "claims": claims, "not_claims": nots}
    (G / f"{name}.json").write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(sum(len(v[2]) for v in GOLD.values()), "claims")
