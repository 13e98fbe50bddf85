"""Writes gold/*.json for set-mg (hand annotation; one tuple per claim: quote, speaker, date, policies, kind)."""
import json, os
G = {}
def C(q, s, d, p, k):
    return {"quote": q, "speaker": s, "date": d, "policies": p.split(), "kind": k}

D = "2023-12-21"; E = "2023-12-19"
G["mg-01-imaeil.txt"] = dict(
 metadata={"headline": "경북 포항, 올해 투자유치액 7조4천억원…역대 최대 성과", "published": "2023-12-21T18:35:18+09:00",
           "reporter": None, "outlet": None, "jurisdiction": "47110"},
 officials=["lee-gang-deok"],
 claims=[
  C("올 한해 투자유치액이 7조4천억원을 기록하며 역대 최고액을 달성했다", None, D, "investment-attraction", "achievement"),
  C("이러한 성과는 2차전지 산업 성장이 가장 주요했던 것으로 분석된다", None, D, "investment-attraction", "statement"),
  C("올해 주요 대규모 투자유치 실적으로는", None, D, "investment-attraction", "achievement"),
  C("2차전지 분야에서만 5조6천억원의 투자가 이뤄졌다", None, D, "investment-attraction", "achievement"),
  C("지난 10년간 포항에서는 모두 16조5천억원의 투자유치가 이뤄졌다", None, D, "investment-attraction", "achievement"),
  C("에코프로 이전 등 2차전지 산업이 본격화 한 2017년이 큰 분기점이다", None, D, "investment-attraction", "statement"),
  C("포항의 투자유치액이 요동쳤다", None, D, "investment-attraction", "statement"),
  C("그런데 2017년부터는 1조원을 가볍게 넘고 있다", None, D, "investment-attraction", "achievement"),
  C("2017년 투자유치액은 1조1천억원을 보였으며", None, D, "investment-attraction", "achievement"),
  C("이러한 성과 덕분에 포항시는 19일 열린", None, E, "investment-attraction", "achievement"),
  C("시는 역대 최대 투자유치 실적과 함께 ▷신규 일자리 창출", None, E, "investment-attraction jobs", "achievement"),
 ],
 not_claims=["2차전지 5조6천억원 중심으로 기업 러쉬", "강관기술·수소 등 차세대 산업 계속 육성",
             "이강덕 포항시장과 투자기업지원과 직원들이 기념 촬영을 하고 있다"])

D = "2022-07-01"; S = "choi-jin-bong"
G["mg-02-fnnews.txt"] = dict(
 metadata={"headline": "[민선8기 시작을 묻다] 최진봉 \"북항 재개발 최대 수혜지는 중구\"", "published": "2022-07-01T07:01+09:00",
           "reporter": "백창훈", "outlet": "뉴스1", "jurisdiction": "26110"},
 officials=[S],
 claims=[
  C("오페라하우스를 지난 임기 때 중구 관할로 편입하는 수완을 발휘했다", None, D, "culture-tourism", "achievement"),
  C("지역이 가진 문화와 관광 자산을 이 오페라하우스와 연계해 관광객을 원도심으로 유치할 계획이다", S, D, "culture-tourism urban-regeneration", "plan"),
  C("북항재개발 사업을 통한 원도심 재생기반 구축 외에도", S, D, "urban-regeneration small-merchants", "plan"),
 ],
 not_claims=["새롭게 열릴 부산항 북항 시대의 최대 수혜 지역은 중구가 될 것입니다",
             "'중구 부활'의 신호탄을 쏘겠다고 포부를 밝혔다",
             "민선8기 단체장들은 이번 선거에서 지역발전을 위한 각종 공약을 제시했다",
             "구민의 기대에 부응하는 행정을 보여주겠다"])

D = "2026-01-05"
G["mg-03-heraldcorp.txt"] = dict(
 metadata={"headline": "18~39세 대상 자기개발비 등 지원 ‘취업률·지역 정착·기업 성장’ 제고", "published": "2026-01-05",
           "reporter": "박동순", "outlet": "헤럴드경제", "jurisdiction": "31710"},
 officials=[],
 claims=[
  C("체계적인 취업·고용 지원 정책을 펼친다", None, D, "jobs youth-policy", "plan"),
  C("청년 수요에 맞춘 지원사업을 단계적으로 운영한다고 5일 밝혔다", None, D, "youth-policy jobs", "plan"),
  C("청년 자기개발비 지원사업은 청년들이 역량 강화 등 취업 준비에 집중할 수 있도록", None, D, "youth-policy jobs", "statement"),
  C("구직 면접 시 정장과 구두를 1인당 연 4회 대여하고", None, D, "youth-policy jobs", "statement"),
  C("매월 80만원의 인건비를 기업에 지원한다", None, D, "youth-policy jobs", "statement"),
  C("인턴을 정규직으로 전환할 때는 100만원을 지원하고", None, D, "youth-policy jobs", "statement"),
  C("청년 고용률 제고와 청년들의 지역 정착", None, D, "jobs youth-policy", "statement"),
 ],
 not_claims=["18~39세 대상 자기개발비 등 지원", "울주군청 누리집 또는 울주군 청년정책 플랫폼에서 확인할 수 있다"])

D = "2017-02-02"; S = "han-dong-su"
G["mg-04-dghankooki.txt"] = dict(
 metadata={"headline": "<10> 한동수 청송군수", "published": "2017-02-02T00:00+09:00",
           "reporter": "권정식", "outlet": None, "jurisdiction": "47750"},
 officials=[S],
 claims=[
  C("문화예술의 콘텐츠를 입혀 올 한 해를 새로운 도약의 해로 삼겠다", S, D, "culture-tourism", "plan"),
  C("보석 같은 자연을 기반으로 한 관광청송, 힐링의 도시로 발돋움하는 데 초석이 될 것이다", S, D, "culture-tourism", "statement"),
  C("4월에 최종 인증을 앞두고 있다", S, D, "culture-tourism", "statement"),
  C("이변이 없는 한 인증 받을 것으로 본다", S, D, "culture-tourism", "statement"),
  C("우리나라에선 제주에 이어 국내 2번째다", S, D, "culture-tourism", "statement"),
  C("'머물고 즐기며 힐링하는' 관광 청송 시대를 열겠다", S, D, "culture-tourism", "plan"),
  C("헬스 투어리즘 등 차별화된 콘텐츠로 승부하고 있다", S, D, "culture-tourism", "statement"),
  C("교육ㆍ체류ㆍ건강ㆍ재미가 함께 하는 프로그램을 적극 개발", S, D, "culture-tourism", "statement"),
 ],
 not_claims=["자연경관에 문화예술콘텐츠 입혀 도약", "한 군수를 만나 관광 청송의 비전을 들어보았다",
             "유네스코 세계지질공원 등재가 유력하다던데", "_관광ㆍ휴양의 도시 청송을 위한 준비는 어떻게",
             "지난해 상주-영덕 고속도로 개통으로 접근성이 획기적으로 개선됐다"])

D = "2025-08-27"; S = "park-wan-su"
G["mg-05-asiae.txt"] = dict(
 metadata={"headline": "박완수 도지사, 진주시민과 상생 토크", "published": "2025-08-27",
           "reporter": None, "outlet": None, "jurisdiction": "48"},
 officials=[S, "jo-gyu-il"],
 claims=[
  C("진주시민들과 지역 현안 및 정책 과제에 대해 직접 소통했다고 27일 밝혔다", S, D, "citizen-participation", "statement"),
  C("미래 항공 기체(AAV) 실증센터 착공", S, D, "future-vehicles", "achievement"),
  C("이 같은 성과는 시민들이 함께 만들어낸 결과", S, D, "future-vehicles", "achievement"),
  C("남부 내륙철도 착공, 사천공항 활성화, 경제자유구역 확대 등을 통해", S, D, "public-transit investment-attraction", "statement"),
  C("진주시정과 도정에 현장의 목소리를 적극적으로 반영하겠다", S, D, "citizen-participation", "plan"),
  C("정책 아이디어 등을 자유롭게 제안하고, 도와 시의 답변을 직접 들었다", None, D, "citizen-participation", "statement"),
  C("소상공인에 대한 실질적인 지원 방안을 요청했다", None, D, "small-merchants", "statement"),
  C("전통시장 시설개선, 지역사랑상품권 등 금전적 지원 외에도", S, D, "small-merchants startup-support", "plan"),
 ],
 not_claims=["경남 e스포츠 상설경기장서 개최", "진주시민 300여 명 참석", "박완수 도지사 진주시민과 상생 토크 현장 사진",
             "따뜻하게 맞아주신 시장님과 시민들께 감사드린다"])

S = "heo-seong-mu"
G["mg-06-hankyung.txt"] = dict(
 metadata={"headline": "내년 특례시로 바뀌는 창원, 새 성장동력으로 '수소 충전'", "published": None,
           "reporter": None, "outlet": None, "jurisdiction": "48120"},
 officials=[S],
 claims=[
  C("진해신항과 스마트그린산단 조성 등을 통해 새로운 성장동력을 확충하고 있다", None, None, "decentralization fourth-industrial-revolution", "statement"),
  C("민선 7기 3년은 특례시 법안 통과와 진해신항 유치", S, None, "decentralization fourth-industrial-revolution", "achievement"),
  C("오랜 염원이던 ‘창원 특례시’ 법안 통과를 들었다", S, None, "decentralization", "achievement"),
  C("준광역시급 권한을 법적으로 보장받게 된 창원시는", None, None, "decentralization", "plan"),
  C("기초자치단체라는 한계가 가장 크게 다가왔다", S, None, "decentralization", "statement"),
  C("다양한 특례와 권한을 확보해 창원의 위상을 새롭게 정립하겠다", S, None, "decentralization", "plan"),
  C("스마트그린산단 선정, 강소연구개발특구 지정 등이 대표적인 결과물이다", None, None, "fourth-industrial-revolution research-development", "achievement"),
  C("새로운 미래 먹거리로 수소산업을 키워", None, None, "energy-transition", "statement"),
  C("전국 최초 수소에너지 순환시스템 실증단지를 조성한 데 이어", None, None, "energy-transition future-vehicles", "achievement"),
 ],
 not_claims=["시민 한 사람 한 사람의 삶을 변화시키는 새로운 창원을 만들겠다",
             "주력 산업의 반등을 위해 신성장동력 확보에도 앞장섰다"])

S = "hong-joon-pyo"
G["mg-07-ajunews.txt"] = dict(
 metadata={"headline": "홍준표 시장, 대구 미래 신산업 전환 비전 제시", "published": "2024-11-13T08:39+09:00",
           "reporter": "이인수", "outlet": None, "jurisdiction": "27"},
 officials=[S],
 claims=[
  C("미래신산업 전환과 ABB 등 과학기술을 활용한 지방행정 혁신", S, "2024-11-12", "fourth-industrial-revolution", "statement"),
  C("5대 신산업인 ABB, 로봇, 반도체, 미래모빌리티, 헬스케어 중심으로 과감히 개편했다", None, "2024-11-13",
    "fourth-industrial-revolution robot-industry future-vehicles medical-industry", "achievement"),
 ],
 not_claims=["'인구와 기후 그리고 내일' 포럼에 참석해 기조연설을 했다고 13일 전했다",
             "국회의원 연구기관이며 인구·기후·과학기술 정책 등을 중심으로",
             "AI기술로 자동 요약된 내용입니다"])

E = "2020-06-02"; D = "2020-06-03"
G["mg-08-newsworks.txt"] = dict(
 metadata={"headline": None, "published": "2020-06-03T15:16+09:00",
           "reporter": "이성덕", "outlet": "뉴스웍스", "jurisdiction": "27140"},
 officials=["bae-gi-cheol"],
 claims=[
  C("10년 대계 관광종합정책안을 수립하기 위해 마련됐다", None, E, "culture-tourism", "statement"),
  C("동구 중장기 관광발전전략을 도출했다", None, E, "culture-tourism", "plan"),
  C("체류형 관광인프라 조성의 로드맵을 제시했다", None, E, "culture-tourism", "plan"),
  C("전문컨설팅과 홍보 마케팅 활성화 방안도 함께 논의됐다", None, E, "culture-tourism", "statement"),
  C("'대구 동구 관광종합개발계획'을 수립해 발표할 계획이다", None, D, "culture-tourism", "plan"),
  C("동구만의 대표 관광콘텐츠 발굴과 관광휴양 거점을 발굴하는 것이 목적", "bae-gi-cheol", E, "culture-tourism", "statement"),
 ],
 not_claims=["배기철 동구청장 주재로 '대구 동구 관광종합개발계획 수립 용역 착수보고회'를 열었다",
             "대구 동구청 관계자들이 '대구 동구 관광종합개발계획 수립 용역 착수보고회'를 열고 있다"])

D = "2020-08-28"; S = "gu-in-mo"
G["mg-09-gsnews.txt"] = dict(
 metadata={"headline": "거창군, 신규 치매안심마을에 북상면 병곡마을 선정", "published": "2020-08-29",
           "reporter": None, "outlet": None, "jurisdiction": "48880"},
 officials=[S],
 claims=[
  C("2020년 신규 치매안심마을에 북상면 병곡마을을 선정했다고 28일 밝혔다", None, D, "dementia-care", "achievement"),
  C("기 지정된 읍·면은 제외하고 신규 치매안심마을 신청을 받았다", None, D, "dementia-care", "statement"),
  C("최고점을 받은 마을 1곳을 선정했다", None, D, "dementia-care", "achievement"),
  C("노인 친화적 환경개선 사업이 추진된다", None, D, "dementia-care welfare", "statement"),
  C("치매는 개인의 문제가 아니라 지역사회가 함께 해결해야 하는 과제다", S, D, "dementia-care", "statement"),
  C("치매로부터 안전한 거창건설을 위해 더욱 노력하겠다", S, D, "dementia-care", "plan"),
  C("향후 거창군 전체 읍·면에 치매 안심마을을 각 1곳씩 지정할 계획이다", None, D, "dementia-care", "plan"),
 ],
 not_claims=["치매환자와 가족들이 내 마을에서 내 이웃들과 함께", "기사 이미지"])

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
os.makedirs(out, exist_ok=True)
n = 0
for art, g in G.items():
    doc = {"article": art, **g}
    doc = {"article": art, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"], "not_claims": g["not_claims"]}
    open(os.path.join(out, art + ".json"), "w", encoding="utf-8").write(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
    n += len(g["claims"]); print(art, len(g["claims"]))
print("total", n)
