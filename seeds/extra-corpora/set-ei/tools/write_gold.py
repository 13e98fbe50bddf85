"""Writes set-ei gold files (hand annotation, see GOLD_NOTES.md)."""
import json, os
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
G = {}
D = "2026-01-01"; Y = "yoo-jeong-bok"
G["ei-01-etoday.txt"] = dict(
 metadata=dict(headline="유정복 인천시장 “마부정제 각오로…인천 미래 위해 멈추지 않는다", published="2026-01-01T11:06+09:00",
               reporter=None, outlet=None, jurisdiction="28"),
 officials=[Y],
 claims=[
  C("인천은 3년 평균 경제성장률 1위, 출생아 수 증가율 1위, 인구증가율 1위를 기록했다", None, D, ["childcare-birth"], "achievement"),
  C("그는 천원주택, 천원택배, i바다패스, 1억드림, 인천고등법원 설치 확정, 굴포천 생태하천 복원, GTX-B 사업 착공, 인천대로 지하화 등을 주요 성과로 언급했다", Y, D, ["housing", "childcare-birth", "public-transit"], "achievement"),
  C("천원주택은 2000호로 늘리고", None, D, ["housing", "culture-tourism"], "target"),
  C("75세 이상 어르신 시내버스 무료 이용도 도입한다", None, D, ["public-transit"], "plan"),
  C("전국 최초로 ‘외로움돌봄국’을 신설해 고립 없는 돌봄체계를 구축하겠다는 계획도 밝혔다", Y, D, ["welfare"], "plan"),
 ],
 not_claims=["경제성장·출생아·인구증가율 1위 성과 강조",
             "유정복 인천시장이 새해를 맞아 ‘마부정제(馬不停蹄)’의 각오로 인천의 미래를 위해 달리겠다고 밝혔다",
             "마부정제의 각오로 저와 모든 공직자는 오직 시민만 바라보고 오직 인천의 미래만을 생각하며 뛰겠다",
             "인천은 위기를 기회로 바꿔 대한민국이 나아가야 할 길을 증명했다",
             "유 시장은 이러한 성과를 시민에게 돌렸다",
             "새해에는 민생정책을 확대한다"])
D = "2023-02-27"
G["ei-02-newspim.txt"] = dict(
 metadata=dict(headline="서울시, 자치구와 '2050 탄소중립 원팀' 구성…기후위기 대응 나서", published="2023-02-27T08:55+09:00",
               reporter="신정인", outlet="뉴스핌", jurisdiction="11"),
 officials=[],
 claims=[
  C("서울시가 25개 자치구와 함께 기후위기 대응을 위한 '원팀'을 구성한다", None, D, ["climate-carbon"], "plan"),
  C("기후위기 대응과 탄소중립 달성을 위한 '원팀' 출정식을 개최한다", None, D, ["climate-carbon"], "plan"),
  C("시는 2007년부터 기후변화 대응 정책을 선도적으로 시행해왔으며", None, D, ["climate-carbon"], "achievement"),
  C("기후위기를 극복하고 탄소중립을 실현하기 위한 다섯가지 사항을 공동 결의한다", None, D, ["climate-carbon"], "plan"),
  C("저탄소 건물 전환을 가속화하고 교통, 에너지 분야의 화석연료 의존도를 낮추기로 했다", None, D, ["climate-carbon", "energy-transition"], "plan"),
  C("기후재난에 대응해 서울을 회복탄력성이 높은 도시로 조성하고 기후 약자와의 동행을 추진한다", None, D, ["climate-carbon", "disaster-safety", "welfare"], "plan"),
  C("시·구정 전 분야에 탄소중립을 고려한 시책을 반영토록 하고 기후위기 대응 재원 마련을 위해 노력하기로 했다", None, D, ["climate-carbon"], "plan"),
 ],
 not_claims=["서울시-자치구 공동결의문 [사진=서울시]",
             "행사는 탄소중립을 위한 시·구 공동결의, 자치구별 실천다짐 선언",
             "자치구의 탄소중립 우수사례 발표도 진행된다"])
H = "hong-mi-yeong"
G["ei-03-kmib.txt"] = dict(
 metadata=dict(headline=None, published=None, reporter=None, outlet="국민일보", jurisdiction="28237"),
 officials=[H],
 claims=[
  C("하수도로 변한 굴포천을 되살리는 등 굴포천 일대를 음악을 중심으로 한 문화도시로 재창조하겠다", H, None, ["culture-tourism"], "plan"),
  C("부평음악융합도시에 37억5000만원 등을 투입해", None, None, ["culture-tourism"], "plan"),
  C("십정2구역과 청천2구역을 뉴스테이(기업형 임대주택) 방식으로 개발하기 위해 내년 상반기 중 사업에 착수할 예정이다", None, None, ["housing"], "plan"),
  C("뉴스테이 통매각으로 미분양 위험이 줄어들어 정체됐던 재개발 사업이 크게 앞당겨지게 됐다", H, None, ["housing"], "achievement"),
  C("기초생활수급자 500가구가 재정착할 수 있도록 임대주택 550가구를 추진해", H, None, ["housing", "welfare"], "target"),
  C("‘청년창업 허브 조성사업’을 통해 청년창업자 41개팀 65명이 점포를 운영하면서 빈 점포가 대부분 사라졌다", None, None, ["startup-support", "youth-policy", "small-merchants"], "achievement"),
 ],
 not_claims=["정의가 실현되는 지속가능한 도시 부평을 만들기 위해 역량을 집중하겠습니다",
             "2.13㎞를 생태하천으로 복원하는 등",
             "홍 구청장은 서민경제를 살리기 위한 ‘부평 경제 4색 바람운동’도 전개하고 있다",
             "반환을 앞둔 부평미군부대 내 옛 야구장을 우선 개방하기로"])
D = "2025-11-25"; J = "jeong-won-o"
G["ei-04-seoul.txt"] = dict(
 metadata=dict(headline=None, published="2025-11-25", reporter="유규상", outlet=None, jurisdiction="11200"),
 officials=[J],
 claims=[
  C("서울 성동구는 2025년 ‘스마트도시’ 인증을 획득했다고 25일 밝혔다", None, D, ["smart-city"], "achievement"),
  C("2021년 최초 인증에 이어 세 번째로 성동구는 2027년까지 ‘스마트도시’ 자격을 유지하게 됐다", None, D, ["smart-city"], "achievement"),
  C("3등급 이상 기관에 인증을 부여하는 ‘스마트도시 인증제’를 운영하고 있다", None, D, ["smart-city"], "statement"),
  C("성동구는 인구 50만명 미만 중소도시 부문에서 우수 지자체로 선정됐다", None, D, ["smart-city"], "achievement"),
  C("‘스마트포용도시국’ 신설을 기반으로 다양한 스마트 정책을 추진해온 점이 높게 평가됐다", None, D, ["smart-city"], "achievement"),
  C("주민 아이디어를 정책에 반영하는 ‘성동형 리빙랩’", None, D, ["smart-city", "citizen-participation"], "achievement"),
  C("거버넌스 분야에서 리빙랩을 통한 주민 참여 정책이 돋보였고", None, D, ["smart-city", "citizen-participation"], "achievement"),
  C("앞으로도 구민이 체감할 수 있는 생활밀착형 스마트 사업을 확대하고", J, D, ["smart-city"], "plan"),
 ],
 not_claims=["스마트 정책 소통 시스템을 설명하는 모습. 성동구 제공"])
L = "lee-sang-bok"
G["ei-05-japolicenews.txt"] = dict(
 metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="28710"),
 officials=[L],
 claims=[
  C("2018년도 올해의 관광도시 강화군이 관광객 500만명 시대에 한 발짝 더 다가가게 됐다", None, None, ["culture-tourism"], "achievement"),
  C("지역관광 활성화를 통한 농업인의 소득향상과 지역사회 발전을 위한 MOU를 체결했다", None, None, ["culture-tourism", "agriculture"], "achievement"),
  C("강화군의 관광객 유치에 적극 협력하기로 했다", None, None, ["culture-tourism"], "plan"),
  C("수도권 제1의 관광도시 강화군 홍보에 나설 계획이다", None, None, ["culture-tourism"], "plan"),
  C("농·축협 주부체험단 견학프로그램을 강화군에서 진행할 계획이다", None, None, ["culture-tourism"], "plan"),
  C("오늘 협약을 통해 강화군이 관광객 500만명 시대에 한 발짝 더 다가가게 됐다", L, None, ["culture-tourism"], "achievement"),
  C("앞으로도 여러 기관 및 단체들과 힘을 합쳐 수도권 최고의 관광도시를 만들어 가겠다", L, None, ["culture-tourism"], "plan"),
 ],
 not_claims=["많은 문화재를 보유하고 있는 역사문화도시다",
             "관광활성화를 통한 무한한 가능성을 가지고 있다"])
D = "2019-02-21"; N = "조인동"
G["ei-06-fnnews.txt"] = dict(
 metadata=dict(headline="서울시, 93가지 지역기반 청년일자리 1030개 제공", published="2019-02-21T11:14+09:00",
               reporter="안승현", outlet="파이낸셜뉴스", jurisdiction="11"),
 officials=[],
 claims=[
  C("창업활동을 지원하는 '지역주도형 청년일자리'사업을 2월부터 개별 모집한다고 21일 밝혔다", None, D, ["jobs", "youth-policy", "startup-support"], "plan"),
  C("청년실업 문제를 해결하기 위해 자치구와 협력해 총 93개(시 4개, 자치구 89개)의 청년일자리 사업을 선정했다", None, D, ["jobs", "youth-policy"], "achievement"),
  C("사업 참여는 지역 내 만 39세 이하 미취업 청년이라면 누구나 할 수 있다", None, D, ["jobs", "youth-policy"], "statement"),
  C("사업유형은 지역정착지원형, 창업투자생태계조성형, 민간취업연계형등 세 가지로 구분된다", None, D, ["jobs", "youth-policy", "startup-support"], "statement"),
  C("지원내용은 청년채용기업 인건비 지원, 창업 지원, 공공기관·민간기업 연계 일자리 제공 등으로 다양하다", None, D, ["jobs", "youth-policy", "startup-support"], "statement"),
  C("'지역주도형 청년일자리 사업'은 2018년 11월 사업공모를 실시했으며, 총 사업예산은 134억원이다", None, D, ["jobs", "youth-policy"], "statement"),
  C("이 중 국비지원이 49억원이고 나머지 85억원은 시비, 자치구비 및 기업부담금으로 구성된다", None, D, ["jobs", "youth-policy"], "statement"),
  C("지역주도형 청년일자리 사업은 지역 내 기업과 청년들을 연결해 지역경제를 살리고, 청년들의 지역정착에도 도움을 줄 것", None, D, ["jobs", "youth-policy"], "statement", N),
  C("청년은 현장에서 일경험을 쌓을 수 있도록 일자리사업을 강화하겠다", None, D, ["jobs", "youth-policy"], "plan", N),
 ],
 not_claims=["Hot 포토"])
P = "park-won-soon"
G["ei-07-hankyung.txt"] = dict(
 metadata=dict(headline="박원순 \"시민참여형 도시재생, 되돌릴 수 없는 시대적 흐름\"", published=None, reporter=None, outlet=None, jurisdiction="11"),
 officials=[P],
 claims=[
  C("시민 참여형 도시재생은 되돌릴 수 없는 시대적 흐름입니다", P, None, ["urban-regeneration", "citizen-participation"], "statement"),
  C("세계 133개 도시 관계자 앞에서 박원순 서울시장이 서울의 도시재생 정책을 소개했다", P, None, ["urban-regeneration"], "statement"),
  C("서울이 가진 진짜 모습을 재발견하고, 그 안에 담긴 삶을 존중하는 도시재생을 시작했다", P, None, ["urban-regeneration"], "achievement"),
  C("박 시장이 소개한 도시재생의 대표 사례는 청계천, 연세로, 마포문화비축기지, 서울로7017이다", P, None, ["urban-regeneration"], "statement"),
 ],
 not_claims=["싱가포르서 리콴유 세계도시상 수상…133개 도시에 도시재생 소개",
             "5∼6% 수준 서울 공공주택, 4년 내 10%로 높일 것",
             "시민참여형 도시재생, 되돌릴 수 없는 시대적 흐름",
             "시민은 도시를 만들고, 도시는 다시 시민을 만듭니다",
             "도심 속 보행 공간으로 변신한 서울역과 서울로7017의 모습으로 가득 채웠다",
             "서울은 '세계도시정상회의' 메인이벤트인 올해 '리콴유 세계도시상'을 받았다",
             "토건 중심의 개발과 성장의 시대에는 (서울이) 기념비적 랜드마크를 만들기 위해 노력하기도 했다",
             "서울의 화려한 모습 이면에는 많은 문제가 있었기에 성찰했고, 전환을 시도했다"])
K = "lee-gang-ho"
G["ei-08-kyeongin.txt"] = dict(
 metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="28200"),
 officials=[K],
 claims=[
  C("이강호 구청장은 우선 다양한 맞춤형 복지정책으로 주목을 받고 있다", None, None, ["welfare"], "achievement"),
  C("남동구는 지역 20개 모든 동에 방문보건복지팀을 신설하고 전담 한의사를 채용해 찾아가는 한방서비스도 제공하고 있다", None, None, ["welfare", "public-health"], "achievement"),
  C("아빠 육아휴직 장려금 지원, 출산장려금 확대, 공동육아시설 확충 등 아이와 부모 모두가 행복한 환경 조성에도 힘쓰고 있다", None, None, ["childcare-birth"], "statement"),
  C("인천형 공동육아나눔터 '아이사랑꿈터'도 주민들로부터 좋은 반응을 얻고 있다", None, None, ["childcare-birth"], "achievement"),
  C("청년일자리 문제 해결 방안을 찾기 위해서도 노력하고 있다", None, None, ["jobs", "youth-policy"], "statement"),
  C("청년창업지원센터와 청년 재능나눔일자리 '푸를나이 Job Con' 운영으로 지역 청년들의 건강한 성장을 지원하고", None, None, ["startup-support", "youth-policy", "jobs", "housing"], "statement"),
  C("남동타워를 리모델링한 '남동구 청년미디어타워'도 조만간 운영을 시작한다", None, None, ["youth-policy"], "plan"),
  C("청년에게 일자리가 없는 현실은 재난이라고 생각한다", K, None, ["jobs", "youth-policy"], "statement"),
  C("남동구가 할 수 있는 역할들을 찾아 청년일자리 문제가 해결될 수 있도록 힘을 보태겠다", K, None, ["jobs", "youth-policy"], "plan"),
 ],
 not_claims=["지역 20개 모든동 방문보건팀 신설",
             "창업센터·재능나눔 성장 지원 온힘",
             "소래포구 현대화·원도심 정비사업",
             "남동구의 미래비전을 제시하고 구민 여러분과의 소통에 많은 노력을 기울여 왔습니다",
             "남동구를 수도권 제일의 도시가 될 수 있도록 최선을 다하겠다"])
G["ei-09-seoul.txt"] = dict(
 metadata=dict(headline="이상기후로부터 구민 지키는 ‘녹색 강남’", published=None, reporter=None, outlet=None, jurisdiction="11680"),
 officials=["jo-seong-myeong"],
 claims=[
  C("중장기 기후대응 계획을 수립했다고 16일 밝혔다", None, None, ["climate-carbon"], "achievement"),
  C("‘탄소중립·녹색성장 기본계획(2025∼2034)’을 확정하고 이를 구 홈페이지에 공개했다", None, None, ["climate-carbon"], "achievement"),
  C("기후위기 적응대책은 폭염, 집중호우, 산불, 폭설, 열대야 등 이상기후로부터 구민의 생명과 안전을 지키기 위한 실질적 대응 전략이다", None, None, ["climate-carbon", "disaster-safety"], "statement"),
  C("이번 3차 계획에는 침수취약지역 대응, 도시 물순환 인프라 개선, 생물 다양성 보전, 기후재난 대비 인프라 구축, 대기질 개선 등", None, None, ["climate-carbon", "disaster-safety", "fine-dust"], "statement"),
  C("2030년까지 40%(241만 3000t), 2034년까지 51%(180만 6000t)를 감축하는 것을 목표로", None, None, ["climate-carbon"], "target"),
 ],
 not_claims=["강서, 서울 자치구 첫 ‘인공지능 기본조례’ 제정",
             "서울 첫 자연휴양림 노원 ‘수락 휴’ 17일 정식",
             "서울시, 중장년 인생 2막 설계하는 ‘인생디자인학",
             "이상기후로부터 구민 지키는 ‘녹색 강남’",
             "탄소중립 등 대응 기본계획 확정",
             "서울 강남구청장이 환경 행사에 참여, 자전거를 통해 전기를 생산하는 체험을 하고 있다"])
os.makedirs('/work/blind/set-ei/gold', exist_ok=True)
for f, g in G.items():
    d = {"article": f, **g}
    json.dump(d, open('/work/blind/set-ei/gold/' + f + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(f, len(g['claims']))
print('total', sum(len(g['claims']) for g in G.values()))
