"""Writes gold/*.json for set-mk (hand annotation; data only)."""
import json, os
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold")
os.makedirs(G, exist_ok=True)

def c(q, sp, d, pol, k, name=None):
    x = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name:
        x["speaker_name"] = name
    return x

def w(article, md, officials, claims, not_claims):
    keys = ["headline", "published", "reporter", "outlet", "jurisdiction"]
    doc = {"article": article, "metadata": dict(zip(keys, md)), "officials": officials,
           "claims": claims, "not_claims": not_claims}
    with open(os.path.join(G, article + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)

D = "2018-09-18"
w("mk-01-yonhap.txt",
  ["창원시, 마산해양신도시를 '스마트 도시' 시험장으로", "2018-09-18T14:54+09:00", "이정훈", "연합뉴스", "48120"],
  [],
  [c("오는 10월부터 1년간 스마트 도시계획 수립 용역을 맡긴다고 18일 밝혔다", None, D, ["smart-city"], "plan"),
   c("4차 산업혁명으로 생긴 다양한 신기술을 도시 서비스에 실증 가능한지 살펴본다", None, D, ["smart-city", "fourth-industrial-revolution"], "plan"),
   c("마산해양신도시에 통합센터를 설치해 스마트 도시 시험장(test bed)으로 활용하기로 했다", None, D, ["smart-city"], "plan"),
   c("정부는 최근 스마트 도시를 혁신성장 선도사업 중 하나로 선정한 바 있다", None, D, ["smart-city"], "statement")],
  ["통합센터 설치, 4차 산업혁명 신기술 실증 가능한지 살펴",
   "스마트 도시란 첨단 정보통신(IT) 기술을 융·복합해",
   "매립이 끝난 마산해양신도시는 올해 말 개발 방향이 구체적으로 결정된다"])

D = "2023-02-01"
w("mk-02-knnews.txt",
  ["김해시 “인구가 경쟁력” 맞춤형 정책 총력", "2023-02-02T08:04:34+09:00", None, None, "48250"],
  [],
  [c("5개 분야 210개 맞춤형 인구정책을 추진한다", None, D, ["childcare-birth", "education", "jobs", "housing", "welfare"], "plan"),
   c("미래 신산업 육성을 위한 일자리 분야 예산이 118% 늘고", None, D, ["jobs", "childcare-birth"], "statement"),
   c("3대 목표 달성을 위해 △일·생활이 조화로운 행복한 출산·양육 환경 조성", None, D, ["childcare-birth", "welfare", "youth-policy"], "plan"),
   c("첫만남 이용권(출생아당 200만원) 지급", None, D, ["childcare-birth"], "plan"),
   c("임신·출산 지원정책의 문턱을 낮췄다", None, D, ["childcare-birth"], "achievement"),
   c("김해형 지역사회 통합 돌봄체계 구축", None, D, ["welfare"], "plan")],
  ["결혼·일자리·고령화 등 5개 분야", "올해 7346억 투입 210개 정책 추진",
   "‘인구가 방향이다’라는 기조 아래 생애주기별 맞춤형 인구정책 추진에 총력을 기울인다고 1일 밝혔다"])

D = "2019-03-14"
w("mk-03-jcntv.txt",
  ["2022년까지 미세먼지 40% 이상 감축", "2019-03-14T15:30+09:00", "김영환", "JCN", "31"],
  [],
  [c("울산시가 오늘(3/14) '울산형 미세먼지 관리 종합대책'을", None, D, ["fine-dust"], "plan"),
   c("40% 이상 감축하겠다고 밝혔는데", None, D, ["fine-dust"], "criticism"),
   c("시민들이 얼마나 참여해 주느냐가", None, D, ["fine-dust"], "statement"),
   c("핵심인 '울산형 미세먼지 관리 종합대책'을 수립했습니다", None, D, ["fine-dust"], "plan"),
   c("15마이크로그램까지 낮추는 것을 목표로 정했습니다", None, D, ["fine-dust"], "target"),
   c("산업시설에서 나오는 미세먼지를 잡는 것이 굉장히 중요하기 때문에", None, D, ["fine-dust"], "statement", "김석진"),
   c("미세먼지 배출 상위 30개 사업장의 배출량을", None, D, ["fine-dust"], "target"),
   c("현재 46곳에서 174곳까지 확대하기로 했습니다", None, D, ["fine-dust"], "target"),
   c("전기차와 수소전기차의 보급을 늘리고", None, D, ["fine-dust", "future-vehicles"], "plan")],
  ["[리포트]2022년까지 미세먼지 40% 이상 감축", "울산의 미세먼지 발생원인 특성은",
   "산업도시 특성상 제조업연소가 가장 큰 비중을 차지하고", "울산의 특징이 산업단지입니다"])

D = "2025-07-01"
w("mk-04-tf.txt",
  ["조규일 진주시장 \"제3의 기적 시민과 함께 만들어가겠다\"", "2025-07-01T16:44+09:00", "이경구", "더팩트", "48170"],
  ["jo-gyu-il"],
  [c("하늘을 나는 자동차 AAV로 제3의 기적을 준비하고 있다", "jo-gyu-il", D, ["future-vehicles"], "statement"),
   c("문산 공공주택지구 지정과 맞물려", "jo-gyu-il", D, ["housing"], "achievement"),
   c("K-기업가정신을 국내외로 확산시켰으며 다양한 문화콘텐츠 개발", "jo-gyu-il", D, ["startup-support", "culture-tourism"], "achievement")],
  ["시민과 함께 진주의 제3의 기적을 만들어 가겠다", "실현 가능한 사업부터 속도감 있게 추진",
   "진주가 7년 전보다 더 살기 좋은 도시로 발전하고 있다",
   "전국 지자체 최초로 초소형 위성 발사를 성공하는 쾌거를 이뤘다"])

D = "2022-07-15"
w("mk-05-ekn.txt",
  ["정종복 기장군수, 박형준 부산시장과 지역현안 면담", "2022-07-15T16:55+09:00", "강세민", "에너지경제신문", "26710"],
  ["jeong-jong-bok", "park-heong-joon"],
  [c("이날 논의된 주요 현안 과제를 보면", None, D, ["public-transit", "water-supply", "agriculture"], "plan")],
  ["기장군 주요 현안과제에 대해 논의를 했다",
   "부산시의 적극적인 협조와 지원을 당부드린다",
   "앞으로 상호 발전을 위해 긴밀히 협력해 나가자",
   "군정 현안사업에 대한 면밀한 검토와"])

D = "2022-12-30"
P = "park-heong-joon"
w("mk-06-cnbnews.txt",
  [None, "2022-12-30T17:43:26+09:00", "이선주", None, "26"],
  [P],
  [c("한해만 3조 원이 넘는 역대 최대의 투자를 유치했고", P, D, ["investment-attraction", "smart-city"], "achievement"),
   c("지산학 협력 체계를 바탕으로 혁신의 물결을 부산 전역으로 확산시켜 나가겠다", P, D, ["research-development"], "plan"),
   c("가덕도 신공항 건설, 북항 재개발사업을 비롯한 대형 비전사업들의 속도도 더욱 높이겠다", P, D, ["airport-relocation"], "plan")],
  ["'글로벌 허브도시 부산'을 향해 나아가는 대도약의 원년이 될 것",
   "올해 부산은 나라 안팎의 어려움을 헤치며 많은 성과를 거두었다",
   "15분 도시 조성을 본격화하며",
   "2023년 11월 2030세계박람회 유치 선정을 앞두고 있다"])

K = "kim-jang-ho"
w("mk-07-ilyoweekly.txt",
  [None, None, "최부건", "일요주간", "47190"],
  [K],
  [c("‘청년예술 창업특구 조성사업’을 본격 추진한다", None, None, ["startup-support", "youth-policy", "urban-regeneration", "culture-tourism"], "plan"),
   c("청년 유출 문제를 해소하기 위한 전략적 청년 지원책이다", None, None, ["urban-regeneration", "youth-policy", "startup-support"], "statement"),
   c("창업 초기 자금을 최대 2,500만 원까지 지원한다", None, None, ["startup-support", "youth-policy", "culture-tourism"], "plan"),
   c("창업 전 과정에 걸친 맞춤형 교육과 전문가 멘토링을 병행해", None, None, ["startup-support", "youth-policy"], "plan"),
   c("25개소의 예술 창업 공간을 단계적으로 조성한다", None, None, ["startup-support", "culture-tourism"], "target"),
   c("복합 문화공간으로 자리 잡을 전망이다", None, None, ["startup-support", "culture-tourism", "youth-policy"], "statement"),
   c("인근 상권 활성화에도 긍정적인 효과를 가져올 것으로 기대하고 있다", None, None, ["startup-support", "culture-tourism", "small-merchants", "urban-regeneration"], "statement"),
   c("청년예술 창업특구는 예술인 청년들의 성장을 견인하고", K, None, ["startup-support", "youth-policy"], "statement"),
   c("문화예술산업의 중심 도시로 도약할 수 있도록 지속적인 지원을 이어가겠다", K, None, ["culture-tourism"], "plan"),
   c("사업에 참여를 희망하는 청년 예술인은 4월 23일부터", None, None, ["startup-support", "youth-policy"], "statement")],
  ["청년 창업가에 창업 초기자금 최대 2,500만 원 지원",
   "구미시, '청년예술 창업특구' 조성…골목에 청춘의 색 입힌다(사진=구미시)"])

L = "lee-tae-hun"
w("mk-08-localnewsroom.txt",
  [None, None, "김지수", "한국지방정부신문", "27290"],
  [L],
  [c("온실가스 감축과 기후위기 대응을 위해 노력한 결과, 전국 지방정부 최초로 저탄소 인증 공공기관으로 선정됐다", None, None, ["climate-carbon"], "achievement"),
   c("이와 관련 달서구는 5일 도시재생안전협회에서 시행하는 저탄소 인증기관으로 선정됐다", None, None, ["climate-carbon"], "achievement"),
   c("달서구는 온실가스 감축을 위해 산업부문 온실가스 진단컨설팅", None, None, ["climate-carbon"], "achievement"),
   c("맞춤형 미세먼지 저감 정책 등 다양한 저감사업을 추진한 성과로", None, None, ["fine-dust", "climate-carbon"], "achievement"),
   c("지속가능한 탄소중립 그린시티를 만들어 나가겠다", L, None, ["climate-carbon"], "plan")],
  ["산업부문 온실가스 진단컨설팅, 그린카펫 생활환경 조성, 탄소중립 지원센터 지정 및 운영, ESG 경영 실무인력 양성사업, 드론 활용",
   "맞춤형 미세먼지 저감 정책 등 다양한 저감사업 추진",
   "대구 달서구(구청장 이태훈)는 5일 도시재생안전협회에서",
   "도시재생안전협회는 탄소배출 절감노력을 기울인 기업 및 공공기관에 대해"])

G9 = "gwon-gi-chang"
w("mk-09-imaeil.txt",
  [None, None, None, None, "47170"],
  [G9],
  [c("이제 농업도 혁신이 필요합니다", G9, None, ["agriculture"], "plan"),
   c("국내 판매에 만족해서는 안됩니다", G9, None, ["agriculture"], "plan"),
   c("지구촌으로 판로를 넓혀가야 합니다", G9, None, ["agriculture"], "plan"),
   c("가장 강조하는 말이 '수출', '세계시장', '농업혁신'이다", G9, None, ["agriculture"], "statement"),
   c("전방위 농업 분야 지원을 약속하고 있다", None, None, ["agriculture"], "plan"),
   c("농식품 가공과 수출에 총력을 기울인다", None, None, ["agriculture"], "plan"),
   c("출하 거점단지를 육성하고, 농기자재 지원, 현대화 사업도 추진한다", None, None, ["agriculture"], "plan"),
   c("2024년까지 사업비 75억원을 투입해 안정적 과수 생산기반을 구축한다", None, None, ["agriculture"], "plan"),
   c("총 175억원을 지원해 안동 과수 경쟁력 향상 및 농가소득 증진에 기여한다", None, None, ["agriculture"], "plan"),
   c("기후변화에 대응한 시설 확충과 현대화, 특용작물 육성에 돌입한다", None, None, ["agriculture", "climate-carbon"], "plan"),
   c("고추가격과 수급안정에 나선다", None, None, ["agriculture"], "plan"),
   c("시설현대화사업을 지속적으로 추진하고 각종 농기자재 등을 지원해", None, None, ["agriculture"], "plan"),
   c("밭작물 공동경영체 육성사업 등 5개", None, None, ["agriculture"], "plan")],
  [])
print("written")
