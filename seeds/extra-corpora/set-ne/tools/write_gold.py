"""Writes gold/*.json for set-ne (hand annotation)."""
import json, os
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
os.makedirs(G, exist_ok=True)

def C(q, sp, d, pol, k):
    return {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}

def W(art, md, off, claims, nc):
    json.dump({"article": art, "metadata": dict(zip(["headline", "published", "reporter", "outlet", "jurisdiction"], md)),
               "officials": off, "claims": claims, "not_claims": nc},
              open(os.path.join(G, art + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)

# ne-01 포항 지진 긴급대책
d = "2019-03-21"; L = "lee-gang-deok"
W("ne-01-smnews.txt",
  ["포항시, 정부조사연구단 지진원인 발표", "2019-03-21T16:01+09:00", "정승호", "세명일보", "47110"], [L],
  [C("21일 오전 포항시청 대회의실에서 이강덕 포항시장 주재로 간부 공무원 110여 명이 참석한 가운데 긴급 대책 마련에 나섰다", None, d, ["disaster-safety"], "statement"),
   C("안전도시 포항 홍보 등 다양한 대책이 제시되고 논의됐다", None, d, ["disaster-safety"], "statement"),
   C("포항시는 정부에 지진피해 대책에 대한 조속하고 실효성 있는 대책 마련을 촉구하고", None, d, ["disaster-safety"], "plan"),
   C("지진의 원인이 인재로 밝혀져 지진도시의 오명을 벗었으며", L, d, ["disaster-safety"], "statement"),
   C("조속한 피해대책 마련을 위해 최선을 다하겠다", L, d, ["disaster-safety"], "plan")],
  ["포항시, 정부조사연구단 지진원인 발표", "긴급 대책을 점검하고 있다", "포항=정승호 기자 phcgn@hanmail.net"])

# ne-02 안동 바이오 국가산단
d = "2023-10-29"; K = "gwon-gi-chang"
c2 = [C("경북 안동시가 바이오 강국 도약을 선도한다", None, d, ["medical-industry"], "statement"),
      C("시는 안동 바이오생명 국가산업단지의 성공적인 조성을 위해", None, d, ["medical-industry"], "statement"),
      C("사업시행자인 이미옥 한국토지주택공사(LH) 차장이 국가산단 조성 계획에 대해 발표하면서", None, d, ["medical-industry"], "statement"),
      C("조성비 지원과 분양가 인하로 산단 경쟁력을 강화할 방침이다", None, d, ["medical-industry"], "plan"),
      C("국가산단 예비타당성 통과를 위해 기업유치에 선제적으로 힘써 주기 바란다", None, d, ["investment-attraction"], "plan"),
      C("이어 권기창 안동시장이 기업유치에 필요한", K, d, ["investment-attraction", "medical-industry"], "plan"),
      C("기회발전특구, 글로벌 혁신특구, 바이오 첨단전략산업 특화단지 등을 통해 유망 기업을 유치하면서", K, d, ["investment-attraction", "medical-industry", "decentralization"], "plan"),
      C("진정한 국가산단 성공은 투자유치에 달렸고", K, d, ["investment-attraction"], "statement"),
      C("지역사회 모두가 우수 기업유치에 함께 노력해", K, d, ["investment-attraction", "medical-industry"], "plan")]
for c in c2[2:5]:
    c["speaker_name"] = "이미옥"
W("ne-02-fnnews.txt",
  ["안동시, 바이오 강국 도약 선도", "2023-10-29T14:00+09:00", "김장욱", "파이낸셜뉴스", "47170"], [K], c2,
  ["안동시, 바이오 강국 도약 선도"])

# ne-03 영천 도시재생뉴딜
d = "2018-09-03"; M = "choi-gi-mun"
W("ne-03-kyongbuk.txt",
  ["영천시, 도시재생뉴딜 공모사업 2년연속 선정", "2018-09-03T07:39+09:00", "권오석", "경북일보", "47230"], [M],
  [C("2년 연속 공모사업에 선정되는 쾌거를 올렸다", None, d, ["urban-regeneration"], "achievement"),
   C("전국 99곳을 도시재생 뉴딜사업 대상지로 최종 선정했다", None, "2018-08-31", ["urban-regeneration"], "achievement"),
   C("4년간 160억 원의 사업비를 투입해 완산동 일대 10만3천㎡를 일반근린형으로 추진한다", None, d, ["urban-regeneration"], "plan"),
   C("상호 연계를 통한 사업효과가 클 것으로 기대하고 있다", None, d, ["urban-regeneration"], "statement"),
   C("지역 예술 특화 거점 조성과 열린 학교 예술마을 사업", None, d, ["urban-regeneration", "culture-tourism"], "statement"),
   C("경북형 도시재생사업의 모범사례를 만들겠다는 계획이다", None, d, ["urban-regeneration"], "plan"),
   C("주민들의 참여와 역할을 통해 도시재생사업을 성공적으로 이끌겠다", M, d, ["urban-regeneration"], "plan")],
  ["영천시, 도시재생뉴딜 공모사업 2년연속 선정", "권오석 기자 osk@kyongbuk.com"])

# ne-04 울산 중구 전통시장 (institutional)
d = "2026-01-07"; S = ["small-merchants"]
W("ne-04-kukinews.txt",
  ["울산 중구, 전통시장 및 상점가 활성화 지원사업 선정", "2026-01-07T18:14:18+09:00", None, None, "31110"], [],
  [C("울산 중구는 중소벤처기업부 주관", None, d, S, "achievement"),
   C("문화·관광 자원과 연계해 전통시장 및 상점가를 특화해 육성하고", None, d, ["small-merchants", "culture-tourism"], "statement"),
   C("이 가운데 문화관광형 사업에 학성새벽시장, 중앙길(문화의거리) 2곳이 선정됐다", None, d, S, "achievement"),
   C("시장경영지원 사업에는 구역전시장", None, d, S, "achievement"),
   C("앞으로 2년 동안 국비, 시비, 구비 등 16억 8000만 원을 지원받는다", None, d, S, "plan"),
   C("이를 바탕으로 학성새벽시장은 도매시장 기반의 직배송 체계를 구축하는", None, d, S, "plan"),
   C("중앙길은 상점가 홍보를 위한 엘이디 전광판", None, d, ["small-merchants", "culture-tourism"], "plan"),
   C("총 4억 1000만 원을 활용해 시장 관리자, 배송 관리자 등 인력 지원", None, d, S, "plan"),
   C("2025년 문화관광형시장 성과 평가에서 최우수 등급을 받", None, d, S, "achievement")],
  ["울산 중구, 전통시장 및 상점가 활성화 지원사업 선정", "울산 중구청 전경."])

# ne-05 부산 박형준 청년 간담회
d = "2026-01-02"; P = "park-heong-joon"
W("ne-05-newsis.txt",
  ["박형준 부산시장, 새해 첫 청년 소통 행보", "2026-01-02T14:17:52+09:00", "원동화", "뉴시스", "26"], [P],
  [C("박형준 부산시장이 새해를 맞아 지역 대학생들과 직접 소통하며", None, d, ["youth-policy"], "statement"),
   C("간담회를 열고 청년 정책에 대한 의견을 청취했다", None, d, ["youth-policy"], "statement"),
   C("취업·창업, 주거, 금융 등 청년들이 체감하는 정책 전반에 대해 의견을 나눴다", None, d, ["youth-policy", "jobs", "startup-support"], "statement"),
   C("‘일경험 지원사업’ 확대 방안과 새롭게 추진 중인 청년 금융교육 정책을 소개했다", None, d, ["youth-policy"], "plan"),
   C("필드캠퍼스 사업 등 주요 청년 정책도 공유했다", None, d, ["research-development", "investment-attraction", "youth-policy"], "statement"),
   C("공감되는 의견은 정책에 적극 반영할 수 있도록 후속 조치를 검토하겠다는 뜻을 밝혔다", P, d, ["youth-policy"], "plan"),
   C("청년들의 삶의 질과 직결된 정책은 지원 대상을 지속적으로 확대하고", P, d, ["youth-policy"], "plan")],
  ["박형준 부산시장, 새해 첫 청년 소통 행보", "부산진구의 한 브런치 카페에서 새해를 맞아", "간담회는 청년들이 자주 찾는 공간에서 자유로운 분위기 속에 진행됐다"])

# ne-06 양산 도시형버스 (institutional)
d = "2020-12-09"; T = ["public-transit"]
W("ne-06-sisapress.txt",
  ["[양산24시] 양산도시형버스 5번·6번 교통 사각지역 달린다", "2020-12-09T11:25+09:00", "김완식", "시사저널", "48330"], [],
  [C("경남 양산시가 양산도시형버스 5번·6번의 운행을 개시한다", None, d, T, "plan"),
   C("대중교통사각지역 교통해소는 물론 산업단지", None, d, T, "statement"),
   C("6번 버스(상북면, 석계산단)를 개통해 운행한다고 9일 밝혔다", None, d, T, "plan"),
   C("이번에 운행을 시작하는 양산도시형 5번·6번 버스는 낮 시간대에는", None, d, T, "statement"),
   C("일반적인 노선버스는 시민 편의성을 높이면 시 재정지원이 늘어나는 반면", None, d, T, "statement"),
   C("산업단지로의 노선 신설을 위해서는 증차할 수 밖에 없는 실정이었다", None, d, T, "statement"),
   C("또 대중교통 사각지역 자연마을의 경우", None, d, T, "statement")],
  ["[양산24시] 양산도시형버스 5번·6번 교통 사각지역 달린다", "내년 국비 1275억 확보한 양산시…역대 최대 규모",
   "양산시, ‘국민행복민원실 선정’ 행안부장관 표창", "운행 개시해 대중교통사각지역 교통해소와 산업단지",
   "양산시가 양산도시형버스 5번·6번 운행을 통해 대중교통사각지역 해소 등이 기대된다"])

# ne-07 대구 달서구 탄소중립 지원센터 (undated)
H = "lee-tae-hun"; CC = ["climate-carbon"]
W("ne-07-yeongnam.txt",
  ["'탄소중립 지원센터' 운영기관으로 경북대학교 선정", None, "이동현", None, "27290"], [H],
  [C("대구 달서구가 기후 위기 대응과 탄소 중립 사회 실행을 위해", None, None, CC, "plan"),
   C("지역 첫 사례다", None, None, CC, "achievement"),
   C("최초로 경북대를 센터 운영기관으로 최종 선정하고", None, None, CC, "achievement"),
   C("탄소중립기본법이 본격적으로 시행됨에 따라 연구기관의 필요성이 대두됐다", None, None, CC, "statement"),
   C("온실가스 감축과 에너지 전환 등 탄소 중립 업무를", None, None, ["climate-carbon", "energy-transition"], "statement"),
   C("경북대에 연 2억 원의 예산을 지원한다", None, None, CC, "statement"),
   C("경북대는 오는 2026년까지 3년 6개월간 달서구 탄소 중립 사업을 수행한다", None, None, CC, "plan"),
   C("센터 설립을 위해 관련 조례를 개정하고 준비해왔다", None, None, CC, "achievement"),
   C("센터 운영 주체를", None, None, CC, "statement"),
   C("탄소 중립 지원센터는 △탄소 중립 녹색성장 기본계획의 수립·시행 지원", None, None, CC, "statement"),
   C("실현 가능한 탄소 중립 기본계획을 수립할 수 있게 됐다", H, None, CC, "achievement"),
   C("2050년 탄소 중립 달성을 차질없이 추진하겠다", H, None, CC, "plan")],
  ["'탄소중립 지원센터' 운영기관으로 경북대학교 선정", "기념촬영을 하고 있다"])

# ne-08 대구 북구 배광식 신년사 (undated)
B = "bae-gwang-sik"
W("ne-08-tf.txt",
  ["[신년사] 배광식 대구 북구청장, “어두운 구름 밖으로 나오면 맑고 푸른 하늘이 나온다”", None, "김채은", "더팩트", "27230"], [B],
  [C("엑스코선 예비타당성 통과", B, None, ["public-transit", "youth-policy", "urban-regeneration", "culture-tourism"], "achievement"),
   C("서변가압장 공공형 실내놀이터, 무태조야동 복합문화시설", B, None, ["childcare-birth", "culture-tourism"], "plan"),
   C("코워킹공간 신축, 복잡소 조성, 어울림 러닝센터 조성사업을 통해", B, None, ["youth-policy", "jobs", "startup-support"], "plan")],
  ["[신년사] 배광식 대구 북구청장", "운외창천(雲外蒼天)의 자세로", "구민 모두가 행복한 북구를 만들기 위해 더욱 더 노력할 것",
   "아낌없는 성원과 관심을 부탁드린다"])

# ne-09 거창 스마트농업 육성지구 (undated)
G9 = "gu-in-mo"; AG = ["agriculture"]
W("ne-09-joongdo.txt",
  [None, None, None, None, "48880"], [G9],
  [C("군은 첨단 스마트 농업기술을 활용해 원예산업을 고도화하고", None, None, ["agriculture", "youth-policy"], "achievement"),
   C("이번 성과는 농업기술센터 조직 개편", None, None, AG, "achievement"),
   C("청년농업인 정착 정책과 스마트농업 확산 방안을 구체적으로 제시해 높은 평가를 받았다", None, None, ["agriculture", "youth-policy"], "achievement"),
   C("2029년까지 전국 온실 5만5000㏊ 35%를 스마트팜으로 전환하고", None, None, ["agriculture", "youth-policy"], "target"),
   C("불과 2개월 만에 공모사업에 선정되는 성과를 거뒀다", None, None, AG, "achievement"),
   C("첨단 ICT 기술을 활용해 농업 생산성과 품질을 향상하고", None, None, AG, "statement"),
   C("거창군은 2027년까지 스마트팜 5ha를 조성해", None, None, ["agriculture", "youth-policy", "startup-support"], "target"),
   C("청년농업인과 승계농업인이 창업할 수 있는 환경을 조성하는 데 최선을 다하겠다", G9, None, ["agriculture", "youth-policy", "startup-support"], "plan"),
   C("기존 원예농업인의 경쟁력 강화와 농가소득 창출에도 기여하겠다", G9, None, AG, "plan"),
   C("경남 서부권 스마트농업의 중심지로 도약할 기반을 마련했으며", None, None, AG, "achievement")],
  ["거창군 스마트농업 육성지구 공모사업 200억 선정<제공=거창군>"])
print("ok")
