"""Writes set-gt gold files (hand annotation, see GOLD_NOTES.md)."""
import json, os
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
G = {}
# gt-01 충북 이시종, 확대간부회의 16일 = publication day
L = 'lee-si-jong'; d = '2019-09-16'; M = ['medical-industry']
G["gt-01-jbnews.txt"] = ({"headline": "이시종 지사 \"오송 혁신종합지원센터 두뇌역할 수행해야\"", "published": "2019-09-16T16:56+09:00",
  "reporter": "장병갑", "outlet": "중부매일", "jurisdiction": "43"}, [L], [
  C("혁신종합지원센터가 바이오산업의 두뇌 역할을 할 수 있도록 건립돼야 한다고 강조했다", L, d, M, "plan"),
  C("바이오헬스산업의 중심지로 부상한 오송이 지속해서 성장할 수 있도록 센터가 그 역할을 해야 한다", L, d, M, "plan"),
  C("혁신종합지원센터가 인재를 모아 바이오산업의 헤드쿼터 역할을 수행할 수 있도록 설계할 것을 검토하라", L, d, M, "plan"),
  C("센터는 오창 지식산업복합센터와 함께 판교 테크노밸리처럼 지역의 랜드마크로 자리매김할 수 있도록 해야 한다", L, d, M, "plan"),
  C("이 센터는 청주시 흥덕구 오송읍 연제리 일원에 들어선다", None, d, M, "statement"),
  C("오송제2산업단지 투자 이익금 599억원으로 건립되며 오는 2023년 준공이 목표다", None, d, M, "plan"),
  C("충북의 올해 투자유치 목표액 10조원 달성을 위해 특별 대책을 세우고 적극적으로 움직여야 한다", L, d, ['investment-attraction'], "target"),
  C("청주국제공항 복선 전철 사업에 청주공항 활주로 연장 사업도 고려 할 것을 당부했다", L, d, ['public-transit'], "plan"),
 ], ["확대간부회의서 강조", "댓글을 남기실 수 있습니다"])
# gt-02 광주 서구, institutional
d = '2025-12-09'; W = ['welfare']
G["gt-02-asiae.txt"] = ({"headline": None, "published": "2025-12-09", "reporter": None, "outlet": None, "jurisdiction": "29140"},
 ['kim-i-gang'], [
  C("'2025 마을로(路) 복지관 역량강화 워크숍'을 개최하고 지역 종합사회복지관의 특화사업과 우수사례를 공유했다", None, '2025-12-08', W, "statement"),
  C("5개 종합사회복지관을 거점으로 사회적 고립가구 발굴과 복지 사각지대 해소를 위한 지역밀착형 '마을로(路) 복지관' 사업을 추진하고 있다고 9일 밝혔다", None, d, W, "statement"),
  C("원룸촌 은둔형 외톨이 발굴 활동", None, d, ['welfare', 'youth-policy'], "achievement"),
  C("마을 내 돌봄 관계망 형성과 주민활동 기반 조성에 주력했다", None, d, W, "statement"),
  C("은둔형 외톨이 조기 발견과 심리 안정 지원을 위해", None, d, ['welfare', 'youth-policy'], "statement"),
  C("찾아가는 이동복지관 서비스", None, d, W, "statement"),
 ], ["AI 요약 기술은 핵심만 전달합니다", "종합사회복지관 특화사업·우수사례 공유", "참석자들과 기념촬영을 하고 있다"])
# gt-03 제주 전기차 충전기, institutional; 24일 = publication day
d = '2016-07-24'; F = ['future-vehicles']
G["gt-03-kmib.txt"] = ({"headline": "제주 전기자동차 충전기 대폭 확충된다", "published": "2016-07-24T16:10+09:00", "reporter": None, "outlet": None, "jurisdiction": "50"},
 [], [
  C("제주지역에 전기자동차 충전기가 대폭 확충된다", None, d, F, "plan"),
  C("제주도는 올해 급속충전기 168기 등 총 230기를", None, d, F, "target"),
  C("한국전력공사와 한국전기차충전서비스는 급속 123기와 완속 62기를 구축해 운영한다", None, d, F, "target"),
  C("제주도는 급속 45기를 설치할 계획이다", None, d, F, "target"),
  C("도는 개방형 충전소 설립을 위해 지난 4월부터", None, d, F, "achievement"),
  C("18곳에 41기가 갖춰진다", None, d, F, "target"),
  C("사설관광지, 호텔 등 주요 거점에도 추가 인프라를 구축해 나갈 예정이다", None, d, F, "plan"),
  C("한국전기차충전서비스는 지난해 61기(급속 31·완속 30)의 충전기를", None, d, F, "achievement"),
  C("올해에도 모두 80기(급속 40·완속 40)의 충전기를", None, d, F, "target"),
  C("공용 급속충전기 45기는 2017년 12월까지 무료로 운영될 계획이다", None, d, F, "plan"),
  C("실시간 통합정보를 제공하는 ‘제주EV콜센터(1899-8852)’도 운영한다고 밝혔다", None, d, F, "statement"),
  C("호환(카드 사용 등)하는 관리시스템도 도입된다", None, d, F, "plan"),
  C("도는 오는 10월부터 단계적으로 충전기를 설치한 후 연말 개방한다는 방침이다", None, d, F, "plan"),
  C("설치 승낙을 못 받아 전기차를 구입을 망설이는 입주민", None, d, F, "statement"),
 ], ["제주 전기자동차 충전기 대폭 확충된다"])
# gt-04 충남 스마트팜 청년 협회, 4일 = publication day
K = 'kim-tae-heum'; d = '2025-09-04'; AY = ['agriculture', 'youth-policy']
G["gt-04-seoul.txt"] = ({"headline": None, "published": "2025-09-04", "reporter": "이종익", "outlet": "서울신문", "jurisdiction": "44"},
 [K], [
  C("청년 농업인의 스마트팜 창업과 영농 활동을 지원할 협의체가 탄생했다", None, d, ['agriculture', 'youth-policy', 'startup-support'], "achievement"),
  C("김태흠 충남지사는 협의체 출범을 축하하며 적극적 지원 등을 약속했다", K, d, AY, "plan"),
  C("스마트팜 청년 농업인 500여명이 참여한", None, d, AY, "achievement"),
  C("회원은 도내 600평 이상 시설원예에 종사하는 만 18세 이상 45세 이하 청년농업인이다", None, d, AY, "statement"),
  C("협회는 청년농업인 의사결정 기구로서", None, d, ['agriculture', 'youth-policy', 'fourth-industrial-revolution'], "plan"),
  C("‘청년 스마트팜 농산물 유통 활성화를 위한 업무협약’을 체결했다", None, d, AY, "achievement"),
  C("도는 스마트팜 육성과 안정적인 유통망을 지원하고 협회는 우수 농특산물 생산·공급에 주력한다", None, d, ['agriculture'], "plan"),
  C("최선을 다해 협회를 지원하고 농업·농촌의 구조와 시스템을 바꿔 갈 것", K, d, AY, "plan"),
 ], ["출범식이 열리고 있다", "김태흠 충남지사가 충남 스마트팜 둘러보고 있다", "무단 전재-재배포, AI 학습 및 활용 금지",
     "서로 경험과 정보를 나누고 더 크게 성장·발전해 나가길 바란다"])
# gt-05 유성구 신년사 = publication day
J = 'jeong-yong-rae'; d = '2026-01-01'
G["gt-05-asiae.txt"] = ({"headline": None, "published": "2026-01-01", "reporter": "모석봉", "outlet": "아시아경제", "jurisdiction": "30200"},
 [J], [
  C("창업, 마을, 돌봄, 문화 4대 혁신으로 '다 함께 더 좋은 유성'을 이루어냈다", J, d, ['startup-support', 'welfare', 'culture-tourism'], "achievement"),
  C("경제, 행정, 복지, 문화예술 등 모든 분야에서 유성만의 고유 브랜드를 만들겠다", J, d, ['welfare', 'culture-tourism'], "plan"),
  C("유성구는 4대 혁신을 고도화하고", J, d, ['startup-support', 'welfare', 'culture-tourism', 'disaster-safety'], "plan"),
 ], ["AI 요약 기술은 핵심만 전달합니다", "친환경·디지털 행정·민생경제·안전일상 등 4대 핵심 실행기준 축 삼아 미래형 도시로 도약",
     "디지털 대전환, 그리고 대전·충남 행정통합 논의 등 대내외적으로 엄중한 변화가 예상된다",
     "위상과 역할을 재정비하고 혁신을 늦추지 않을 것", "2026년 구정 사자성어는"])
# gt-06 세종 행정수도 세미나 (undated)
H = 'choi-min-ho'; D = ['decentralization']
G["gt-06-tf.txt"] = ({"headline": None, "published": None, "reporter": "김형중", "outlet": "더팩트", "jurisdiction": "36"},
 [H], [
  C("세종시의 실질적 행정수도 정립과 특별자치시로서의 법적·제도적 위상 강화를 위한 방안을 집중 논의했다", None, None, D, "statement"),
  C("도시 탄생 당시 제정된 세종시법으로는 현행 문제를 극복하기 어렵다", H, None, D, "criticism"),
  C("국회세종의사당과 대통령 집무실의 세종 이전을 통해 단계적 완성도 가능하다는 현실적 대안을 제시했다", H, None, D, "statement"),
  C("세종은 정치·행정 중심지로 기능 분담이 이뤄진다면 국가 경쟁력 강화에 기여할 것", H, None, D, "statement"),
  C("국회 양원제 도입을 통한 정치 안정성과 지방분권 강화를 주장하며", H, None, D, "plan"),
  C("헌법 개정과 권력 구조 개편은 저출산, 지방소멸, 진영 대립 등 국가적 위기 극복의 열쇠", H, None, ['decentralization', 'childcare-birth'], "statement"),
  C("지속 가능한 균형발전과 자치분권 실현을 위한 중요한 출발점이 될 것", None, None, D, "statement", "고철용"),
 ], ["‘행정수도 세종’ 특별 기획 세미나를 공동 개최했다고 30일 밝혔다", "토론자로 참여해 활발한 논의가 이뤄졌다"])
# gt-07 완주 귀농귀촌 (undated)
Y = 'yu-hui-tae'; A = ['agriculture']
G["gt-07-pressian.txt"] = ({"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "52710"},
 [Y], [
  C("완주군이 서울에서 귀농귀촌설명회를 갖고", None, None, A, "achievement"),
  C("2024년 1차 찾아가는 귀농귀촌설명회를 개최했다", None, None, A, "achievement"),
  C("완주군 귀농귀촌 지원정책, 귀농귀촌 사례 발표 및 1:1 맞춤형 귀농귀촌 상담을 진행했다", None, None, A, "statement"),
  C("특히, 귀농귀촌 지원정책 설명에서는", None, None, A, "achievement"),
  C("다양한 지원정책을 한번에 습득할 수 있어 완주군으로 귀농을 준비하는데 큰 도움이 됐다", None, None, A, "achievement"),
  C("지역소멸 위기를 극복하기 위해 귀농귀촌 활성화가 중요하다고 생각한다", Y, None, A, "statement"),
  C("귀농귀촌 선도도시의 명성을 이어갈 수 있도록 다양한 지원방안을 고려하겠다", Y, None, A, "plan"),
  C("2차 찾아가는 귀농귀촌설명회는 9월 5일부터 6일까지", None, None, A, "plan"),
 ], ["전체댓글 0"])
# gt-08 순천 정원박람회, institutional; 4일 = publication day
d = '2020-03-04'; T = ['culture-tourism']
G["gt-08-kwangju.txt"] = ({"headline": "도시 전체가 박람회장…생활 속 정원문화 느끼고 즐긴다", "published": "2020-03-04T18:00+09:00",
  "reporter": None, "outlet": "광주일보", "jurisdiction": "46150"}, [], [
  C("순천만국제정원박람회가 10년 만에 다시 열린다", None, d, T, "plan"),
  C("국가정원, 마을, 습지, 해안, 숲 등 도시 전체를 정원으로 꾸민다", None, d, T, "plan"),
  C("2023년 4월 22일부터 10월 22일까지 6개월간 열릴 예정이다", None, d, T, "plan"),
  C("2023박람회는 순천의 자연(숲·마을·습지·국가정원·해안)을 해석한 5대 테마 정원박람회장으로", None, d, T, "plan"),
  C("10년 된 국가정원을 리뉴얼하고", None, d, T, "plan"),
  C("원도심은 생태문화 예술촌으로 탈바꿈한다", None, d, ['culture-tourism', 'urban-regeneration'], "plan"),
  C("숲정원은 봉화산 어린이숲과 해룡산 역사숲정원을 조성한다", None, d, T, "plan"),
  C("마을정원은 저전동과 조곡동 철도관사마을, 신대지구 도심정원 조성이 대표적이다", None, d, T, "statement"),
  C("파종 들판정원을 연출한다", None, d, T, "plan"),
  C("절강습지 일원에는 습지정원을 조성한다", None, d, T, "plan"),
 ], ["관람객 800만명 등 경제효과 막대", "5대 테마로 생태수도 업그레이드", "시민이 모두 참여하는 축제로", "<광주일보 자료사진>",
     "10년만에 다시 열리는 ‘2023 순천만국제정원박람회’"])
# gt-09 제주 그린수소 포럼, 25일 = publication day
O = 'oh-young-hun'; d = '2025-09-25'
G["gt-09-asiae.txt"] = ({"headline": None, "published": "2025-09-25", "reporter": None, "outlet": None, "jurisdiction": "50"},
 [O], [
  C("탄소중립의 해법은 그린수소와 분산에너지에 있다", O, d, ['climate-carbon', 'energy-transition'], "statement"),
  C("제주는 국내 최초로 그린수소 상용화 생태계를 구축하며 가능성을 입증해왔다", O, d, ['energy-transition'], "achievement"),
  C("유연성 자원 확대와 혁신적 시장제도 도입 등을 통해 케이(K)-탄소중립 이니셔티브를 선도해 나가겠다", O, d, ['climate-carbon', 'energy-transition'], "plan"),
  C("해상풍력과 태양광 확대를 통해 재생에너지 사회로의 신속 전환 추진", None, d, ['energy-transition', 'climate-carbon', 'future-vehicles'], "plan"),
 ], ["AI 요약 기술은 핵심만 전달합니다", "산업부-제주, 10.9㎿ 수전해 단지 구축", "오영훈 제주도지사, 4가지 추진 방향 제시",
     "'2025 그린수소 글로벌 포럼' 개막식을 개최했다", "이번 포럼이 미래를 향한 담론의 장이 되길 바란다"])
os.makedirs('/work/blind/set-gt/gold', exist_ok=True)
n = 0
for f, (m, offs, cl, nc) in G.items():
    json.dump({"article": f, "metadata": m, "officials": offs, "claims": cl, "not_claims": nc},
              open('/work/blind/set-gt/gold/' + f + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(f, len(cl)); n += len(cl)
print('total', n)
