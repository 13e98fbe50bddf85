"""Write set-fn gold files. C(quote, speaker, date, policies, kind)."""
import json
from pathlib import Path
G = Path(__file__).resolve().parent.parent / "gold"

def C(q, s, d, p, k):
    return {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}

def M(h, pub, rep, out, j):
    return {"headline": h, "published": pub, "reporter": rep, "outlet": out, "jurisdiction": j}

GB = "gu-bok-gyu"; D1 = "2024-09-20"; P1 = "2024-09-23"
CM = "choi-min-ho"; JY = "jeong-yong-rae"; D5 = "2019-11-22"
E6 = "2025-11-06"; P6 = "2025-11-07"; WH = "won-hee-ryong"; KG = "kang-gi-jung"; D8 = "2024-10-10"
D9 = "2019-01-31"; D2 = "2026-01-15"; D3 = "2026-03-12"
GOLD = {
 "fn-01-ajunews.txt": (M("청년들의 아픔을 듣고 화순의 미래를 대화한 구복규 화순군수", "2024-09-23T14:10+09:00", None, None, "46790"), [GB], [
   C("‘청년과 군수, 꿈을 말하다’를 주제로 토크콘서트를 열고", None, D1, ["youth-policy"], "statement"),
   C("지난 5월에 이어 두 번째로 청년 협의체와 청년 공동체", None, D1, ["youth-policy"], "statement"),
   C("지역 소상공인 판로 확보와 경제적 자립 지원을 비롯해", None, D1, ["small-merchants", "culture-tourism", "agriculture", "housing", "youth-policy"], "statement"),
   C("다양한 의견과 제안을 정책에 반영하고", None, P1, ["youth-policy", "citizen-participation"], "plan"),
   C("실질적인 도움을 줄 방안을 찾기 위한 자리를 자주 마련하겠다", GB, D1, ["youth-policy"], "plan"),
  ], ["'청년과 군수,꿈을 말하다' 토크콘서트...올해 들어 두번째", "시간 가는 줄 모를 정도였다", "또 화순의 미래 문제를 해결하는 방안을 함께 논의했다", "청년들을 만나 화순의 미래에 관해 소통했다"]),
 "fn-02-seoul.txt": (M(None, "2026-01-15", "남인우", None, "43770"), [], [
   C("충북 지자체들이 출산 지원의 폭을 넗히고 있다", None, D2, ["childcare-birth"], "statement"),
   C("음성군은 올해부터 출산장려금 지원 기준을 확대한다고", None, D2, ["childcare-birth"], "plan"),
   C("셋째 자녀부터 지급하던 출산장려금을 둘째 자녀부터 준다", None, D2, ["childcare-birth"], "plan"),
   C("둘째 자녀 출산가정 지원금은 50만원이며", None, D2, ["childcare-birth"], "statement"),
   C("셋째 자녀 이상 출산가정에 주던 출산장려금도 늘어난다", None, D2, ["childcare-birth"], "plan"),
   C("셋째 자녀 출산가정은 40만원에서 100만원으로", None, D2, ["childcare-birth"], "plan"),
   C("다섯째 이상 출산 가정은 800만원에서 1000만원으로 증액된다", None, D2, ["childcare-birth"], "plan"),
   C("출산장려금 대상은 부 또는 모가", None, D2, ["childcare-birth"], "statement"),
   C("출산장려금을 둘째부터 주기로 했다", None, D2, ["childcare-birth"], "plan"),
   C("출산가정의 경제적 부담을 덜어 줄 것", None, D2, ["childcare-birth"], "statement"),
   C("충주시는 산후조리비 지원 대상을 늘린다", None, D2, ["childcare-birth"], "plan"),
   C("출산 산모에 한정됐던 지원 대상이", None, D2, ["childcare-birth"], "plan"),
   C("올해 1월 1일 이후 유산·사산한 경우부터 적용된다", None, D2, ["childcare-birth"], "statement"),
   C("신청자 편의를 높이기 위해 신청방식도 개선된다", None, D2, ["childcare-birth"], "plan"),
   C("온라인 신청이 가능하도록 충북도‘가치자람’플랫폼을 통한 접수 방식을 병행한다", None, D2, ["childcare-birth"], "plan"),
   C("산모의 건강 회복과 정서적 안정을 보다 폭넓게 지원하려는 조치", None, D2, ["childcare-birth"], "statement"),
   C("제도 사각지대를 보완했다는 점에서 의미가 있다", None, D2, ["childcare-birth"], "statement"),
  ], ["이미지 확대 음성군청."]),
 "fn-03-donga.txt": (M(None, "2026-03-13", None, None, "52"), [], [
   C("귀농·귀촌인을 적극적으로 모시기 위해 맞춤형 지원 정책을 추진한다", None, D3, ["agriculture"], "plan"),
   C("농촌에도 활력을 불어넣겠다는 계획이다", None, D3, ["agriculture"], "plan"),
   C("전북에 터를 잡은 귀농·귀촌인은 모두 1만9654명이다", None, D3, ["agriculture"], "statement"),
   C("귀농인이 1137명, 귀촌인이 1만8517명이다", None, D3, ["agriculture"], "statement"),
   C("2884명이 줄어든 것이다", None, D3, ["agriculture"], "statement"),
   C("올해 2만2000명까지 끌어올리겠다는 목표를 세웠다고", None, D3, ["agriculture"], "target"),
   C("홍보·주거·정착을 아우르는 맞춤형 지원 정책을 추진한다", None, D3, ["agriculture"], "plan"),
   C("귀농 정책을 홍보하기 위한 자체 상담홍보전을 개최한다", None, D3, ["agriculture"], "plan"),
   C("박람회에도 참가해 전북을 알린다", None, D3, ["agriculture"], "plan"),
   C("전북 귀농·귀촌 서울사무소를 활용해", None, D3, ["agriculture"], "plan"),
   C("전북에서 살아보기 등의 프로그램도 운영한다", None, D3, ["agriculture"], "plan"),
   C("정주 여건 조성에도 적극 나선다", None, D3, ["agriculture"], "plan"),
  ], ["올해 2만2000명 신규 유치 목표", "귀농 체험-현장 실습 교육 늘려", "주민이 직접 농기계 작동 등 교육", "빈집 활용해 농촌 실거주 기회도"]),
 "fn-04-msejong.txt": (M(None, None, "박미소·서영신", "미래 세종일보", "36"), [CM], [
   C("문화예술이 살아있는 세종시를 건설할 생각으로", CM, None, ["culture-tourism"], "plan"),
   C("관광과 문화가 펼쳐진 도시로 사람들이 방문하고 싶은 세종시를 만들기 위한", CM, None, ["culture-tourism"], "plan"),
   C("대통령 제2집무실을 세종시에 건설하는 내용의 공약과 함께 확실하게 이행할 것이라는 확답을 받았다", CM, None, ["decentralization"], "achievement"),
   C("국회 세종의사당 역시 김진표 국회의장의 국회규칙 개정 제안으로", CM, None, ["decentralization"], "statement"),
  ], ["어느때보다 큰일이 있었던 한 해였다", "앞으로 4년간은 더욱 변화와 발전이 있을 것이다", "시정을 어려운 경제해소에 초점을 맞췄다", "투자의 가치를 높일 수 있는 자산을 획득하는 것을 목표로"]),
 "fn-05-ebaekje.txt": (M("유성구, 대전·충남 ‘참좋은 지방자치 정책대회’ 참가", "2019-11-22T13:59+09:00", "이원구", None, "30200"), [JY], [
   C("구의 성장동력인 과학정책을 발표하는 시간을 가졌다", None, D5, ["research-development"], "statement"),
   C("4차 산업혁명의 선도 도시가 되기 위해 추진하고 있는 유성구의 다양한 과학정책들을 소개했다", JY, D5, ["fourth-industrial-revolution", "research-development", "education"], "statement"),
  ], ["민선7기 과학브랜드 ‘유성다과상’ 등...정용래 유성구청장 과학정책발표", "자치분권 관련 시민단체, 시민 등이 참여한 가운데"]),
 "fn-06-segye.txt": (M(None, "2025-11-07", None, None, "44"), ["kim-tae-heum", "choi-won-cheol"], [
   C("충남도가 스마트농업인 육성을 핵심 정책으로 추진하며", None, P6, ["agriculture"], "statement"),
   C("청년농 임대 전용 스마트팜의 문을 열었다", None, E6, ["agriculture", "youth-policy"], "achievement"),
   C("1호(공주 주봉지구) 준공식이 열렸다고 밝혔다", None, E6, ["agriculture"], "achievement"),
   C("청년농부 육성에 각별한 관심을 갖고 정책을 직접 주도하고 있는", None, E6, ["agriculture", "youth-policy"], "statement"),
   C("도내 12개 시군 17개소에서 건립 추진하고 있다", None, E6, ["agriculture"], "statement"),
   C("농업·농촌에 안정적으로 정착할 수 있도록 한다는 목표다", None, E6, ["agriculture", "youth-policy"], "plan"),
   C("지난 2022년부터 150억원을 투입해 건립했다", None, E6, ["agriculture"], "achievement"),
   C("3연동 스마트팜 10개동과 관리동 등을 설치했다", None, E6, ["agriculture"], "achievement"),
   C("농가별 환경제어가 가능하다", None, E6, ["agriculture"], "statement"),
   C("10개 팀 11명의 입주 청년농을 선발했다", None, E6, ["agriculture", "youth-policy"], "achievement"),
   C("저렴한 임차료를 낸다", None, E6, ["agriculture", "youth-policy"], "statement"),
  ], ["충남지사가 공주시 이인면 주봉리에서 6일 있었던"]),
 "fn-07-jejumaeil.txt": (M("원희룡 지사 “제주 강점 살려 구체적인 투자” 피력", None, None, None, "50"), [WH], [
   C("카본 프리 아일랜드 2030 프로젝트에 집중할 것", WH, None, ["climate-carbon", "energy-transition"], "plan"),
   C("앞으로 도시 전체의 에너지 구조를 바꾸는 것이 필요하다", WH, None, ["future-vehicles", "energy-transition"], "plan"),
   C("시민들이 피부로 느낄 수 있는 수단인 전기차를 핵심으로 선정해 집중하고 있다", WH, None, ["future-vehicles"], "statement"),
   C("전기차를 실험하는 부분에서 제주도가 최적지라고 판단했다", WH, None, ["future-vehicles"], "statement"),
   C("전기차 테스트 베드이자 선도하는 시범 지역으로서", WH, None, ["future-vehicles", "investment-attraction"], "statement"),
   C("1단계 임무는 완수했다고 생각한다", WH, None, ["future-vehicles"], "achievement"),
   C("전기차 배터리 재사용 문제, 카셰어링, 충전 장소", WH, None, ["future-vehicles"], "plan"),
   C("테스트 베드로서의 경험을 살릴 것", WH, None, ["future-vehicles", "investment-attraction"], "plan"),
   C("구체적인 투자와 실험 프로젝트를 추진할 계획", WH, None, ["future-vehicles"], "plan"),
  ], ["원희룡 지사 “제주 강점 살려 구체적인 투자” 피력", "그 위에 어떤 다른 발전도 그 기초 위에서 진행될 수 있다", "운영상 문제점이 노출되고 있는 것에 대해 아쉬움을 드러냈다"]),
 "fn-08-jnilbo.txt": (M("강 시장 “청년들 행복한 광주 만들겠다”", "2024-10-10T16:00+09:00", None, None, "29"), [KG], [
   C("광주시 청년정책에 대해 의견을 나눴다", None, D8, ["youth-policy"], "statement"),
   C("다양한 의견을 시정에 반영하기 위해 마련됐다", None, D8, ["citizen-participation"], "statement"),
   C("광주시는 청년들의 일할 기회, 누릴 기회를 확실히 만들어 이를 정책으로 보여드리겠다", KG, D8, ["youth-policy", "jobs"], "plan"),
  ], ["광주대 학생들과 현장 소통", "꿈·취업 관련 애로사항 청취", "취업문제로 힘든 청년들에게 미안한 마음이 든다", "청년정책 외에도 친구 관계·첫사랑 등", "광주대학교를 찾아 학생들과 대화의 시간을 가졌다"]),
 "fn-09-fnnews.txt": (M("전남도 \"예타면제는 지역 관광발전 절호의 기회\"", "2019-01-31T17:17+09:00", "김영선", "뉴스1", "46"), ["kim-yung-rok"], [
   C("'전남관광전략회의'를 열고 서남권 관광 활성화 방안을 모색했다", None, D9, ["culture-tourism"], "statement"),
   C("지역 차원의 전략과 구체적 실천 방안을 협의하기 위해", None, D9, ["culture-tourism"], "statement"),
   C("주요 관광시책 공유와 상호 협력방안을 모색하고", None, D9, ["culture-tourism"], "statement"),
  ], ["관광전략회의 열고 서남권 관광 활성화 모색", "실·국장, 9개 부단체장, 전문가 등 50명 참석", "지방단위에서는 전국 처음으로 열린 이날 회의에는"]),
}

if __name__ == "__main__":
    G.mkdir(exist_ok=True)
    for name, (meta, offs, claims, nots) in GOLD.items():
        d = {"article": name, "metadata": meta, "officials": offs, "claims": claims, "not_claims": nots}
        (G / f"{name}.json").write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(v[2]) for v in GOLD.values()), "claims")
