"""Writes gold/*.json for set-fd (hand annotation; claims as tuples quote, speaker, date, policies, kind)."""
import json, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
G = {}
def g(name, head, pub, rep, outlet, jur, officials, claims, nots):
    G[name] = {"article": name,
               "metadata": {"headline": head, "published": pub, "reporter": rep, "outlet": outlet, "jurisdiction": jur},
               "officials": officials,
               "claims": [{"quote": q, "speaker": s, "date": d, "policies": p, "kind": k} for q, s, d, p, k in claims],
               "not_claims": nots}
CT = ["culture-tourism"]
d = "2021-10-07"; L = "lee-jae-su"
g("fd-01-mbceg.txt", '"춘천이 한눈에" 삼악산 호수케이블카 개장', "2021-10-07T20:25+09:00", "김상훈", None, "42110", [L], [
  ("내일(8일)부터 운행을 시작합니다", None, d, CT, "plan"),
  ("국내에서 가장 길고 오래 즐길 수 있는 케이블카입니다", None, d, CT, "statement"),
  ("연간 127만 명이 몰릴 것으로 기대하고 있습니다", None, d, CT, "target"),
  ("한눈에 들어오는 산하만을 보기 위해서", L, d, CT, "statement"),
  ("지역 경제에 미치는 영향이 대단하다고", L, d, CT, "statement"),
], ['"춘천이 한눈에" 삼악산 호수케이블카 개장', "의암호와 삼악산, 레고랜드까지", "김상훈 기자가 먼저 케이블카를 타봤습니다", "이렇게 전망대가"])
d = "2019-09-23"; IA = "investment-attraction"
g("fd-02-kyeongin.txt", "'반도체 산업 혁신 생태계' 화성 요당·신왕리 일원에 산단 조성", d, "김학석", "경인일보", "41590", [], [
  ("반도체 산업 혁신 생태계를 조성할 산업단지(가칭 'H-테크노밸리')가 화성시에 조성된다", None, d, [IA], "plan"),
  ("친환경 미래 자동차 성장기반을 마련해", None, d, [IA, "future-vehicles", "research-development"], "plan"),
  ("창업인큐베이팅센터 등의 입점을 적극 지원하기로 했다", None, d, [IA, "startup-support"], "plan"),
  ("스마트 팩토리 집적 가능 및 스마트 혁신공간으로 조성된다", None, d, [IA, "fourth-industrial-revolution"], "plan"),
  ("지역경제 활성화 및 일자리 창출이란 효과를 거둘 것으로 전망된다", None, d, ["jobs"], "statement"),
  ("협력업체들의 밸류 체인을 형성할 가능성이 매우 높은 곳이다", None, d, [IA], "statement"),
], ["'반도체 산업 혁신 생태계' 화성 요당·신왕리 일원에 산단 조성", "한화도시개발, 3000억 투입 계획", "市, 창업인큐베이팅 입점등 지원"])
d = "2019-03-26"; H = ["housing"]; HW = ["housing", "welfare"]
g("fd-03-kmib.txt", "경기도, 4만 1000가구 공공임대주택 공급", "2019-03-26T22:06+09:00", "강희청", "국민일보", "41", [], [
  ("총 4만1000가구의 공공임대주택을 공급하고", None, d, HW, "target"),
  ("취약계층 50가구에 최대 1억원까지 전세보증금을 지원하는 사업도 시작한다", None, d, HW, "target"),
  ("‘2019년 경기도 주거종합계획’을 최종 확정했다고 26일 밝혔다", None, d, H, "achievement"),
  ("주거기본법에 따라 매년 수립한다", None, d, H, "statement"),
  ("도시재생 뉴딜사업 추진 등을 중점과제로 선정했다", None, d, ["housing", "urban-regeneration"], "plan"),
  ("임대주택 총 4만1000가구를 공급할 계획이다", None, d, H, "target"),
  ("광역단위 주거복지센터도 이르면 다음 달 경기도시공사에 설치하고", None, d, H, "plan"),
], ["경기도, 4만 1000가구 공공임대주택 공급"])
d = "2018-01-30"; DC = ["dementia-care"]
g("fd-04-ajunews.txt", "수원시, ‘치매관리 선도도시’ 위상 강화", "2018-01-30T13:57+09:00", None, None, "41110", [], [
  ("‘치매관리 선도도시’로서의 위상에 걸맞는 행보를 보이고 있다", None, d, DC, "achievement"),
  ("2020년까지 시 관내 4개 구에 ‘치매안심센터’를 한 곳씩 설치할 계획이다", None, d, DC, "target"),
  ("올해 3월과 12월에 수원시 장안구보건소와 권선구보건소에", None, d, DC, "plan"),
  ("2020년에는 팔달구보건소 인근에 치매안심센터 건물이 완공될 예정이다", None, d, DC, "plan"),
  ("치매 관리사업 본보기로 자리매김하고 있다", None, d, DC, "achievement"),
  ("인공지능 로봇 ‘실벗’ 프로그램 등 다양한 치매 관리 프로그램을 진행한다", None, d, DC + ["fourth-industrial-revolution"], "statement"),
  ("각각 증축과 리모델링을 통해 공간이 마련된다", None, d, DC, "plan"),
  ("지상 2층 규모로 신축되며", None, d, DC, "plan"),
  ("치매 환자에 대한 더욱 체계적인 지원이 가능할 것으로 기대된다", None, d, DC, "statement"),
], ["수원시, ‘치매관리 선도도시’ 위상 강화", "2016년 개관한 영통구 '치매지원센터'는 '본보기' 자리매김",
    "영통구는 2020년 4월 신축 건물 완공 예정", "수원시 치매 환자는 지난해 11월 현재 1만400여 명으로 추산된다"])
d = "2017-01-13"; S = "sim-jae-guk"
g("fd-05-yonhap.txt", '평창군 "유산창출·관광활성화로 올림픽 효과 극대화"', "2017-01-13T14:02+09:00", "배연호", "연합뉴스", "42760", [S], [
  ("올림픽 이후 지속가능 사업에 올해부터 행정력을 집중한다", None, d, CT, "plan"),
  ("대관령 급수체계 구축 등 올림픽 SOC 완벽한 마무리를 바탕으로 한 계획이다", None, d, ["water-supply"], "statement"),
  ("올림픽 이후 지속가능 사업은 유산창출과 관광 인프라 구축이다", None, d, CT, "statement"),
  ("세부사업은 효석 문화 예술촌", None, d, CT, "statement"),
  ("유산창출과 관광 활성화로 올림픽 개최 효과를 극대화해", S, d, CT, "plan"),
], ['평창군 "유산창출·관광활성화로 올림픽 효과 극대화"'])
d = "2023-04-24"; K = "kim-dong-yeon"; EC = ["energy-transition", "climate-carbon"]
g("fd-06-nspna.txt", "김동연 “기후도지사 돼 ‘RE100’선도…대한민국 변화시킬 것”", "2023-04-24T20:17+09:00", "김병관", "NSP통신", "41", [K, "lim-byeong-taek"], [
  ("‘경기 RE100’ 비전 선포식을 개최했다", None, d, EC, "plan"),
  ("기후도지사가 돼 ‘RE100’을 선도해 대한민국을 변화시키겠다", K, d, EC, "plan"),
  ("2050년까지 사용 전력량의 100%를 재생에너지로 조달하자는 기후위기 대응 캠페인이다", K, d, EC, "statement"),
  ("2030까지 신재생에너지 비중 30% 달성", K, d, ["energy-transition"], "target"),
], ["김동연 “기후도지사 돼 ‘RE100’선도…대한민국 변화시킬 것”", "RE100, 2050년까지 사용전력량 100%를 재생에너지로 조달하자는 기후위기 대응 캠페인",
    "경기 RE100 비전 선포식을 갖고 기념촬영을 하고 있다", "누구도 도전하지 않은 길은 경기도가 열어 가겠다",
    "SK하이닉스, 삼성전자, LG에너지설루션 등 대기업이 동참했다"])
d = "2023-03-28"; P = "park-seung-won"; C = ["climate-carbon"]
g("fd-07-joongangtv.txt", "박승원, 김동연 지사와 맞손토크...“시민과 함께 탄소중립 정책 선도해 나갈 것”", d, "김상현", None, "41210", [P, K], [
  ("시민과 함께 탄소중립 정책을 선도해 나갈 것이라고 밝혔다", P, d, C, "plan"),
  ("탄소중립을 위한 토론을 했다면서", P, d, C, "statement"),
  ("광명시의 기후의병 운동과 탄소포인트제 정책 등에 대해 지원하기로 약속도 했다고 덧붙였다", P, d, ["climate-carbon", "energy-transition"], "plan"),
  ("광명시는 시민과 함께 지속적으로 탄소중립 정책을 선도해 나가겠다고 말했다", P, d, C, "plan"),
], ["박승원, 김동연 지사와 맞손토크...“시민과 함께 탄소중립 정책 선도해 나갈 것”", "김동연 지사는 많은 감명을 받는 듯 했다고 적었다",
    "기후의병 총사령관으로 역할 해 주실 것을 부탁하기도 했다", "이번이 6번째 맞손토크다"])
d = "2020-07-13"; SG = "sim-gyu-eon"
g("fd-08-kukinews.txt", '심규언 동해시장 "강원 남부권 북방경제 중심도시로 우뚝 서겠다"', "2020-07-13T15:43:45+09:00", "조병수", "쿠키뉴스", "42170", [SG], [
  ("동해항과 묵호항을 복합물류항과 해양관광항으로 각각 개발하고", SG, d, ["culture-tourism", "decentralization"], "plan"),
  ("5개 권역별 복합 관광 사업을 추진하겠다", SG, d, CT, "plan"),
  ("재난으로부터 안전한 정주 환경 조성", SG, d, ["disaster-safety", "youth-policy", "education"], "plan"),
  ("지난 2년은 일자리와 소득 창출에 힘쓴 시간이었다", SG, d, ["jobs", "public-transit", "investment-attraction", "culture-tourism", "citizen-participation"], "achievement"),
], ['심규언 동해시장 "강원 남부권 북방경제 중심도시로 우뚝 서겠다"', "동해시를 북방경제 주도권을 잡은 강원 남부권 중심도시로 성장시키겠다",
    "민선 7기 전반기 2년 성과와 향후 시정 운영 방향 등을 설명했다", "향후 삼척시와 민간 주도 통합 추진···성과로 새 관광지 개발 본격화 등 꼽아"])
d = "2023-10-03"; LH = "lee-hyeon-jong"
g("fd-09-shinailbo.txt", "철원사랑 ‘고백’, 인구증가 시책 본격 가동", "2023-10-03T12:52+09:00", "최문한", "신아일보", "51780", [LH], [
  ("관광산업 파급효과로 생활인구가 상당히 증가하고 있고", LH, d, CT, "achievement"),
], ["철원사랑 ‘고백’, 인구증가 시책 본격 가동", "인구증가 시책을 본격 가동한다고 3일 밝혔다",
    "수도권을 제외한 전국 지자체가 해결해야 할 공동의 숙제", "주소이전 캠페인을 펼친다",
    "철원의 모든 기관·개개인이 주소이전 캠페인에 적극 참여해 줄 것"])
os.makedirs(D, exist_ok=True)
for name, gold in G.items():
    with open(os.path.join(D, name + '.json'), 'w', encoding='utf-8') as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
    print(name, len(gold["claims"]))
