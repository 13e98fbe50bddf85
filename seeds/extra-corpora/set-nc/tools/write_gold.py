"""Write set-nc gold files (hand annotation). C(quote, speaker, date, policies, kind)."""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
CT, JW = ["culture-tourism"], ["jobs", "welfare"]
FIR = ["fourth-industrial-revolution"]
G = {}

d = "2020-03-17"
G["nc-01-fnnews.txt"] = dict(
 metadata=dict(headline="서울시, 자치구 도서관건립·시설개선에 385억 투입", published="2020-03-17T11:15+09:00",
               reporter="이헌일", outlet="뉴스1", jurisdiction="11"),
 officials=[],
 claims=[
  C("서울시는 올해 자치구별 공공도서관 건립과 시설개선에 총 385억원을 지원한다고 17일 밝혔다", None, d, CT, "plan"),
  C("시민 누구나 걸어서 도서관에 갈 수 있는 도시를 만들기 위해 자치구 공공도서관 건립을 지원한다", None, d, CT, "plan"),
  C("지난해 총 5개관에 52억4400만원을 지원한데 이어 올해는 15개관에 220억900만원을 투입한다", None, d, CT, "plan"),
  C("또 노후한 자치구 공공도서관의 시설 개선도 지원한다", None, d, CT, "plan"),
  C("강북청소년문화정보도서관 등 5개소에 26억6100만원을 지원할 예정이다", None, d, CT, "plan"),
  C("도서관 공간의 일부를 시민들이 다양한 방식으로 이용할 수 있는 특화공간으로 조성하는 사업도 추진한다", None, d, CT, "plan"),
  C("3월 안에 8개 도서관을 선정, 총 6억5000만원을 지원할 계획이다", None, d, CT, "plan"),
  C("자치구 공공도서관 및 작은도서관에 운영비와 도서구입비로 132억원을 지원한다", None, d, CT, "plan"),
 ],
 not_claims=["서울시, 자치구 도서관건립·시설개선에 385억 투입", "'구로 기적의도서관' 전경.(구로구 제공)", "fnSurvey"])

d, e = "2026-02-06", "2026-02-05"
G["nc-02-heraldcorp.txt"] = dict(
 metadata=dict(headline=None, published="2026-02-06", reporter="박병국", outlet="헤럴드경제", jurisdiction="11650"),
 officials=["jeon-seong-su"],
 claims=[
  C("구는 올해 총 107억여 원의 예산을 투입해 2257개의 어르신 일자리를 창출한다", None, d, JW, "target"),
  C("전문성을 요하는 신규 사업단을 새롭게 선보인다", None, d, JW, "plan"),
  C("늘봄카페 7호점(시니어플라자점)을 개소해 어르신들에게 인기가 많은 ’실버 바리스타‘ 양성에도 나설 예정이다", None, d, JW, "plan"),
  C("다양한 활동 분야에 인력을 배치할 방침이다", None, d, JW, "plan"),
  C("역할 배치부터 교육과 안전관리까지 꼼꼼히 살피겠다", "jeon-seong-su", e, JW, "plan"),
  C("이번 일자리 참여가 인생 2막의 보람과 자부심 넘치는 내일을 선물해 드릴 수 있도록 사업의 마무리까지 최선을 다해 지원하겠다", "jeon-seong-su", e, JW, "plan"),
 ],
 not_claims=["‘2026년 어르신일자리 사업 발대식’을 개최했다고 밝혔다", "전문강사의 웃음치료 교육을 시작으로",
             "전성수 서초구청장을 비롯한 수행기관 관계자 등 700여 명이 참석했다"])

IA, PT = "investment-attraction", "public-transit"
G["nc-03-kyeonggi.txt"] = dict(
 metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="28245"),
 officials=["yun-hwan", "yoo-jeong-bok"],
 claims=[
  C("인천 계양구가 계양테크노밸리(계양TV) 유치 기업 재검토 등을 요청했다", None, None, [IA], "plan"),
  C("계양TV ‘첨단산업 유치계획’과 ‘광역철도망 연결 필요성’ 등을 논의했다고 13일 밝혔다", None, None, [IA, PT], "statement"),
  C("계양TV에 제조업과 창고, 운송 서비스업이 약 70%를 차지하고 있는 것으로 나타났다", None, None, [IA], "statement"),
  C("당초 시의 계획과는 거리가 있다는 분석이다", None, None, [IA], "criticism"),
  C("유치 기업 계획안에 대한 재검토와 광역 철도망 구축을 요청한 것이다", "yun-hwan", None, [IA, PT, "fourth-industrial-revolution"], "plan"),
  C("3기 신도시 중 유일하게 철도 계획이 빠져있어 기업 유치에 어려움을 겪고 있다", "yun-hwan", None, [IA, PT], "criticism"),
  C("계양TV를 통한 구의 발전을 위해서 첨단산업 유치와 광역철도망 연결에 노력하겠다", "yun-hwan", None, [IA, PT], "plan"),
 ],
 not_claims=["로그인 후 이용해 주세요"])

G["nc-04-newscj.txt"] = dict(
 metadata=dict(headline=None, published=None, reporter="김미정", outlet="천지일보", jurisdiction="28200"),
 officials=["lee-gang-ho"],
 claims=[
  C("남동 국가산업단지 스마트산단 사업단의 성공적인 사업 추진을 당부했다", None, None, FIR, "plan"),
  C("스마트공장 보급 확산 ▲데이터 공유 연계 기반 구축", None, None, FIR, "plan"),
  C("스마트 산단 사업에 공공기관과 대기업의 협업이 필요하다", None, None, FIR, "plan", "현운몽"),
  C("사업 성을 위해 남동구의 긴밀한 지원을 요청드린다", None, None, FIR, "plan", "현운몽"),
  C("남동 스마트산단 사업 추진뿐만 아니라 근로자를 위한 문화·복지 등의 시설에도 깊은 관심을 가져달라", "lee-gang-ho", None, FIR + ["labor-relations"], "plan"),
  C("현판식을 갖고 4년간의 세부 프로젝트를 추진하게 된다", None, None, FIR, "plan"),
 ],
 not_claims=["(제공: 인천 남동구청) ⓒ천지일보 2020.2.17", "천지일보는 24시간 여러분의 제보를 기다립니다"])

d = "2022-03-09"
ET, FV = "energy-transition", "future-vehicles"
G["nc-05-siminilbo.txt"] = dict(
 metadata=dict(headline="[로컬거버넌스] 인천 서구, 수소에너지 상용화 기반 구축 박차", published="2022-03-09T10:34+09:00",
               reporter="문찬식", outlet="시민일보", jurisdiction="28260"),
 officials=[],
 claims=[
  C("인천 서구가 그 핵심 열쇠인 수소와 관련해 공급에서 산업까지 관련 시설을 차곡차곡 갖춰가며", None, d, [ET, "climate-carbon"], "statement"),
  C("수소충전소는 기존 액화석유가스(LPG) 충전소 운영 부지에 수소충전설비를 설치해 복합충전소로 운영된다", None, d, [ET, FV], "statement"),
  C("1600여명이 근무할 예정으로 대규모 일자리가 창출될 전망이다", None, d, ["jobs"], "plan"),
  C("BMW 연구개발(R&D) 센터도 청라 IHP 도시첨단산업단지 내 5295㎡ 부지에 자리를 잡고", None, d, ["research-development", FV], "plan"),
  C("2030년까지 수소충전소 660기, 수소 승용차 85만대", None, d, [ET, FV], "target"),
  C("오는 2023년까지 매년 2곳의 수소충전소가 설치됨으로써 총 서구에는 수소충전소 5곳이 운영될 예정이다", None, d, [ET, FV], "target"),
  C("구는 수소경제 생태계를 구축하는 데 있어 보다 안전하고 주민과 함께 만들어간다는 의미를 담아", None, d, [ET], "statement"),
 ],
 not_claims=["원창동에 年 3만톤 규모 '액화수소 생산 인프라'··· 2023년까지 충전소 5곳 구축",
             "청라에 '9000억' 수소연료전지부품 공장 건립··· 2023년 가동 목표",
             "수소산업 육성·지원 조례 공포··· 수소 공급 기반 조성·관리 등 담겨",
             "인천시-현대차-SK E&S와 '수소산업 기반 구축' 업무협약 체결"])

d, UR = "2018-05-24", ["urban-regeneration"]
G["nc-06-hyundaiilbo.txt"] = dict(
 metadata=dict(headline="인천 동구 ‘낙후된 구도심 활력’ 귀추 주목…", published="2018-05-24T00:00+09:00",
               reporter="최종만", outlet=None, jurisdiction="28140"),
 officials=[],
 claims=[
  C("인천 동구는 정부의 도시재생뉴딜 정책에 발 맞춰 다양한 도시재생사업 추진으로의 낙후된 구도심에 활력을 불어 넣고 있어", None, d, UR, "statement"),
  C("인천의 대표적 원도심으로 전락했던 것도 사실이다", None, d, UR, "criticism"),
  C("3년 연속 선정되면서 물꼬를 트기 시작했다", None, d, UR, "achievement"),
  C("새뜰마을 사업은 취약지역 주민들이 기본적인 삶의 질을 누릴 수 있도록", None, d, UR, "plan"),
  C("‘도란도란 송현마을’사업도 오는 2019년까지 20억원이 투입되어", None, d, UR + ["disaster-safety"], "plan"),
 ],
 not_claims=["이 기사를 공유합니다", "icon 조회수 1372"])

d, DC = "2025-11-07", ["dementia-care"]
G["nc-07-seoul.txt"] = dict(
 metadata=dict(headline=None, published="2025-11-07", reporter=None, outlet=None, jurisdiction="11620"),
 officials=["park-jun-hui"],
 claims=[
  C("박 구청장은 ‘치매안심도시 관악’을 주제로 정책 추진 성과를 발표했다", "park-jun-hui", d, DC, "achievement"),
  C("관악형 치매 통합 관리 정책으로 치매 환자와 가족이 편안하고 행복한 일상을 보낼 수 있도록 선도적 역할을 수행한 노력과 성과를 인정받았다", None, d, DC, "achievement"),
  C("관악구는 치매 환자와 가족들에게 안전한 환경을 제공하고", None, d, DC, "statement"),
  C("현재까지 17개 동을 치매안심마을로 운영하고 있으며, 내년에는 21개 전 동으로 확대할 계획이다", None, d, DC, "target"),
  C("2023년 전국 최초로 야외 놀이형 인지 프로그램 ‘치매안심노리터’를 운영하며", None, d, DC, "achievement"),
  C("치매 안심 도시 조성에 이바지한 성과를 인정받아 대통령 표창을 받았다", None, d, DC, "achievement"),
 ],
 not_claims=["자치분권의 방향과 협력 과제를 논의했다", "모두 27개 지방정부가 참여해 창의적 정책 성과와 우수사례를 발표했다"])

d = "2025-09-27"
G["nc-08-heraldcorp.txt"] = dict(
 metadata=dict(headline=None, published="2025-09-27", reporter="박종일", outlet="헤럴드경제", jurisdiction="11440"),
 officials=["park-gang-su"],
 claims=[
  C("마포구 각 동에서는 특색 있는 축제가 잇달아 열리며 주민과 관광객의 발길을 사로잡았다", None, d, CT, "achievement"),
 ],
 not_claims=["박강수 마포구청장도 현장을 찾아 주민들과 직접 소통하며 축제 분위기를 더했다",
             "‘우당탕탕 망투 어울림 한마당’이 열렸다", "‘봄여름가을겨울 축제’가 3회째 막을 올렸다",
             "올해 가장 규모가 큰 ‘연남동 주민화합대축제’가 열렸다",
             "마포를 찾는 관광객들과 주민들이 한데 어우러져 거리를 가득 메우며",
             "청명한 가을 하늘 아래 주민들과 함께 웃고 즐길 수 있어 기쁘다", "앞으로도 각 동의 특색을 살린"])

SM = ["small-merchants"]
G["nc-09-pedien.txt"] = dict(
 metadata=dict(headline="인천시, 연말 맞아 소상공인 지원 강화…지역 경제 활력 불어넣는다", published=None,
               reporter=None, outlet="PEDIEN", jurisdiction="28"),
 officials=["yoo-jeong-bok"],
 claims=[
  C("인천시가 연말을 맞아 소상공인 지원에 팔을 걷어붙였다", None, None, SM, "statement"),
  C("인천시는 인천사랑상품권 결제 한도를 늘리고 착한가격업소를 확대하는 등 지역 경제 활성화에 적극적으로 나선다는 방침이다", None, None, SM, "plan"),
  C("연수구 옥련시장을 방문하여 소상공인들의 애로사항을 직접 청취하고", None, None, SM, "statement"),
  C("유 시장은 지역 상인들과의 간담회를 통해 경제 상황을 직접 살피고 실질적인 지원 방안을 모색했다", None, None, SM, "statement"),
  C("신규 착한가격업소인 '현이네 김밥집'을 방문하여 직접 현판을 전달하고", None, None, SM, "statement"),
  C("인천시는 착한가격업소에 대한 공공요금 지원을 확대하고, 지정 업소 수를 늘려나갈 계획이다", None, None, SM, "plan"),
  C("12월 한 달간 인천사랑상품권 결제 한도를 50만 원으로 상향한다고 밝혔다", "yoo-jeong-bok", None, SM, "plan"),
  C("이는 시민들의 캐시백 혜택을 늘리고, 소상공인들의 매출 증대로 이어져 지역 경제 활성화에 기여할 것으로 기대된다", None, None, SM, "statement"),
  C("인천시는 앞으로도 민생 경제의 뿌리인 소상공인들과 함께 어려움을 극복하고", None, None, SM, "plan"),
 ],
 not_claims=["인천사랑상품권 결제 한도 상향, 착한가격업소 확대 등 민생 경제 안정에 총력", "인천광역시 시청"])

if __name__ == "__main__":
    for name, g in G.items():
        out = {"article": name, **g}
        (ROOT / "gold" / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(G), "files,", sum(len(g["claims"]) for g in G.values()), "claims")
