"""Writes gold/*.json for set-ly (hand annotation; see GOLD_NOTES.md)."""
import json, os
G = {}
def C(q, sp, d, pol, k, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: c["speaker_name"] = name
    return c
D = "2015-10-05"; UR = ["urban-regeneration"]
G["ly-01-maeil.txt"] = dict(
 metadata=dict(headline="울산시, 구·군별 특성 따른 '도시재생사업' 추진", published="2015-10-05", reporter="박동욱", outlet="매일일보", jurisdiction="31"),
 officials=[],
 claims=[
  C("울산시는 각 구·군별 특성을 고려한 도시재생사업 추진을 위한 계획 수립에 나선다", None, D, UR, "plan"),
  C("'2025년 목표 도시재생전략계획 수립(안) 주민공청회'를 개최한다고 밝혔다", None, D, UR, "plan"),
  C("구·군의 도시재생 의지가 높은 곳을 도시재생 활성화지역으로 우선 반영하기 위해 마련됐다", None, D, UR, "statement"),
  C("지난해 12월 용역을 발주해 쇠퇴 및 잠재력 진단", None, D, UR, "achievement"),
  C("원도심이라고 할 수 있는 중구 일원과 산업단지 주변지역이 크게 쇠퇴한 것으로 나타났다", None, D, UR, "statement"),
  C("30개동이 인구 감소, 업체 감소, 건축물 노후 중 2가지 이상의 쇠퇴현상을 겪고 있는 것으로 파악됐다", None, D, UR, "statement"),
  C("광범위한 쇠퇴지역에 대한 전략구상을 마련했다", None, D, UR, "achievement"),
  C("중부재생권역에는 원도심으로서 상징성을 높일 수 있도록 방향을 설정했으며", None, D, UR, "statement"),
  C("지역자원을 활용한 체험형 재생시스템을 구축토록 구상했다", None, D, UR, "statement"),
  C("새로운 산업구심점으로 도약할 수 있도록 추진키로 했", None, D, UR, "plan"),
 ],
 not_claims=["울산시, 구·군별 특성 따른 '도시재생사업' 추진", "5일 주민공청회 거쳐 활성화 지역 선정"])

E = "2023-09-11"
G["ly-02-newsworks.txt"] = dict(
 metadata=dict(headline=None, published="2023-09-12T09:23+09:00", reporter="최만수", outlet="뉴스웍스", jurisdiction="47110"),
 officials=["lee-gang-deok", "park-yong-seon"],
 claims=[
  C("기업투자 환경 등 포항의 우수한 산업여건과 전국 최초 이차전지산업 육성", None, E, ["investment-attraction"], "statement", "권혁원"),
  C("고용 창출 1만5000명을 목표로 지속가능한 특화단지 인프라 구축, 초격차 기술개발, 전문 인력양성", None, E, ["jobs", "research-development"], "target"),
 ],
 not_claims=["'2050 전지보국 대시민 보고회' 개최…‘전지보국위원회’ 출범 통해 특화단지 육성",
             "시민 1000여 명이 참석한 가운데 ‘2050 전지보국 대 시민 보고회’를 개최했다",
             "이차전지 특화단지를 혁신 거점으로"])

H = "2025-08-11"; CC = ["climate-carbon"]
G["ly-03-heraldcorp.txt"] = dict(
 metadata=dict(headline="건물·수송·폐기물 등 부문별 세부과제 수립 쿨루프·전기차 전환…‘페이퍼리스’ 행정 추진", published="2025-08-11", reporter=None, outlet=None, jurisdiction="26230"),
 officials=[],
 claims=[
  C("2050년 탄소중립 달성을 목표로 중장기 온실가스 감축 계획을 확정하고 탄소 절감에 속도를 내고 있다", None, H, CC, "achievement"),
  C("2018년 대비 2030년까지 31%, 2034년까지 44% 줄인다는 목표를 설정했다", None, H, CC, "target"),
  C("흡수원 부문별 감축 전략을 설정했다", None, H, CC, "achievement"),
  C("그린리모델링과 에너지 효율 강화로 2034년까지 42만780톤", None, H, ["climate-carbon", "energy-transition"], "target"),
  C("‘쿨루프(cool roof)’ 사업을 추진, 냉방에너지 사용과 탄소배출 저감 효과를 노린다", None, H, CC, "plan"),
  C("지난 5년간 1만81㎡를 시공했고, 2034년까지 3만4000㎡로 확대할 계획이다", None, H, CC, "target"),
  C("수송부문은 친환경 교통수단 전환이 핵심이다", None, H, CC, "statement"),
  C("공공기관에서 사용하는 차량을 친환경 전기자동차(EV)로 전환을 추진한다", None, H, ["climate-carbon", "future-vehicles"], "target"),
  C("연간 전기승용차 3대, 전기화물차 2대를 교체해 2034년까지 총 50대를 교체할 계획이다", None, H, ["climate-carbon", "future-vehicles"], "target"),
  C("재활용 사업 다각화를 통한 폐기물 재활용 확대를 추진한다", None, H, CC, "plan"),
  C("2034년까지 사업감축량은 330톤CO₂eq으로 예상된다", None, H, CC, "statement"),
  C("종이 없는 ‘페이퍼리스(paperless)정책, 텀블러 사용 캠페인", None, H, CC, "statement"),
 ],
 not_claims=["건물·수송·폐기물 등 부문별 세부과제 수립 쿨루프·전기차 전환…‘페이퍼리스’ 행정 추진"])

G["ly-04-jeonmae.txt"] = dict(
 metadata=dict(headline="창원시, 국내 수소경제 선도도시로 인정받다", published="2021-10-07T10:49+09:00", reporter="김현준", outlet="전국매일신문", jurisdiction="48120"),
 officials=["heo-seong-mu", "goo-man-seop"],
 claims=[
  C("국내 수소경제의 실질적인 성과를 창출하고 선도한 것으로 호평받았다고 7일 밝혔다", None, "2021-10-07", ["energy-transition"], "achievement"),
  C("수소산업특별시 창원 홍보관을 운영하며 시가 추진해온 수소정책 성과와 향후 비전 등을 소개한다", None, "2021-10-07", ["energy-transition"], "statement"),
  C("민선7기 동안 시가 추진한 수소정책의 성과도 발표했다", "heo-seong-mu", "2021-10-06", ["energy-transition"], "achievement"),
 ],
 not_claims=["창원시, 국내 수소경제 선도도시로 인정받다", "허성무 시장, 2021그린뉴딜 엑스포 참석·시 수소정책 성과 발표",
             "참석 내빈들로부터 수소경제 실질적 성과 창출 도시로 호평 받아",
             "53개 국내 수소분야 기관·기업이 참여한 가운데 지난 6일부터 8일까지 킨텍스에서 열리고 있다"])

G["ly-05-etnews.txt"] = dict(
 metadata=dict(headline=None, published=None, reporter="최기창", outlet="전자신문", jurisdiction="48120"),
 officials=["hong-nam-pyo"],
 claims=[
  C("수소와 우주 등 미래 신산업 육성을 통해 창원의 미래 50년을 준비하겠다는 포부를 밝혔다", "hong-nam-pyo", None, ["energy-transition"], "plan"),
  C("창원의 방위산업·원자력 분야 경쟁력에 더해 신산업과 고급 인재를 동시에 육성해서", "hong-nam-pyo", None, ["energy-transition"], "plan"),
  C("수소, 모빌리티, 우주, 의료·바이오 등 미래 신산업을 속도감 있게 추진할 것", "hong-nam-pyo", None, ["energy-transition", "future-vehicles", "medical-industry"], "plan"),
  C("'수소 모빌리티 보급 상호협력 양해각서(MOU) 체결' 성과를 거뒀다", None, None, ["energy-transition", "future-vehicles"], "achievement"),
  C("그린버스 1150대 보급 및 충전 인프라 구축 등을 목표로 세웠다", None, None, ["climate-carbon", "future-vehicles"], "target"),
  C("수소버스 중심 친환경 차량 보급을 위해", None, None, ["future-vehicles"], "statement"),
  C("수소를 활용할 수 있는 모든 주기에 대한 시스템과 인프라가 잘 구축돼 있다", "hong-nam-pyo", None, ["energy-transition"], "achievement"),
 ],
 not_claims=["올해는 창원의 미래 50년을 준비하는 원년", "창원의 산업구조 개편으로 미래 신산업을 육성하고 시민의 삶도 개선하겠다",
             "지방자치단체로는 유일하게 창원시가 포함된 배경이다"])

K = "2023-04-12"; PT = ["public-transit"]
G["ly-06-tf.txt"] = dict(
 metadata=dict(headline="\"김해~부산 시내버스 노선 이렇게 개편됩니다\"…홍태용 김해시장 직접 브리핑", published="2023-04-12T15:04+09:00", reporter="강보금", outlet="더팩트", jurisdiction="48250"),
 officials=["hong-tae-yong"],
 claims=[
  C("'김해~부산간 시내버스 운행노선 개편'을 앞두고 시민들에게 설명회를 가졌다고 12일 밝혔다", None, K, PT, "statement"),
  C("향후 김해형 시내버스 준공영제를 포함한 시내버스 개편 계획을 공유했다", "hong-tae-yong", K, PT, "plan"),
  C("노선 개편을 위한 부산시와 협상과정과 최종 협상 결과", "hong-tae-yong", K, PT, "statement"),
  C("이번 노선 개편은 부산시내버스 일부 노선", None, K, PT, "statement"),
  C("대체노선 부산지역 회차지는 덕천역으로 확정했으며", None, K, PT, "statement"),
  C("존치되는 부산시내버스는 1004번과 123번, 127번이며", None, K, PT, "statement"),
 ],
 not_claims=["김해시 시민 대표 100명 초청 설명회 개최", "설명회는 홍태용 김해시장이 직접 나서 진행했다",
             "이·통장단 등 시민 대표 100여명이 참석한 가운데 열렸다"])

F = "2025-12-11"
G["ly-07-fnnews.txt"] = dict(
 metadata=dict(headline="영천시 '지역특화 임대형 스마트팜' 준공식…청년농 20명 입주", published="2025-12-11T16:50+09:00", reporter="정우용", outlet="뉴스1", jurisdiction="47230"),
 officials=["choi-gi-mun"],
 claims=[
  C("경북 영천시가 11일 지역특화 임대형 스마트팜 준공식을 개최했다", None, F, ["agriculture"], "achievement"),
  C("2022년 농림축산식품부 공모사업에 선정돼 금호읍 구암리 일원에 조성된", None, F, ["agriculture"], "achievement"),
  C("이 온실은 난방비 부담을 줄이기 위한 공기열 냉난방시설을 갖췄다", None, F, ["agriculture"], "statement"),
  C("20명의 청년 농업인이 최첨단 유리온실 7개 동(동당 6000㎡)에 입주했다", None, F, ["agriculture", "youth-policy"], "achievement"),
  C("실습형 스마트농업 경영을 체험하며 창업 역량을 쌓게 된다", None, F, ["agriculture", "startup-support", "youth-policy"], "statement"),
  C("스마트팜 전문 인력을 체계적으로 양성해 지역 미래 농업 핵심 기반을 강화하겠다", "choi-gi-mun", F, ["agriculture", "jobs"], "plan"),
 ],
 not_claims=["영천시 지역특화 임대형 스마트팜 준공식이 열린 11일 내빈들이 테이프 컷팅을 하고 있다"])

G["ly-08-hankookilbo.txt"] = dict(
 metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="27260"),
 officials=["kim-dae-gwon"],
 claims=[
  C("전국 지방자치단체 일자리대상 우수상 수상 등을 통해 미래도시를 본궤도에 올리고 있다", None, None, ["jobs"], "achievement"),
  C("수성알파티시 롯데몰 유치와 엑스코선 확장, 드론 실증도시와 수성못 관광화가 가시화하기 때문이다", "kim-dae-gwon", None,
    ["investment-attraction", "public-transit", "fourth-industrial-revolution", "culture-tourism"], "plan"),
  C("스마트관광도시 조성 사업 공모에 선정된 만큼 2023년 완공 예정인 수성못 수상공연장 공사도 주목을 받고 있다", None, None, ["culture-tourism"], "statement"),
  C("장기적으로 신청사 건립, 대구법원‧검찰청 이전터 개발, 미래교육 구상, 교육재단 설립", "kim-dae-gwon", None, ["city-hall", "education", "culture-tourism"], "statement"),
 ],
 not_claims=["2022년 수성알파티시 롯데몰 유치, 엑스코선 확장, 드론 실증도시, 수성못 관광화 가시화",
             "신청사 건립, 법원·검찰청 이전터 개발 등 용역 진행", "수성구를 최고의 미래도시 브랜드로 만들겠습니다",
             "여성친화도시 조성 부문에서 대통령상을 수상했고", "미래도시하면 '수성구'가 떠오를 수 있도록 주민들과 힘을 모으겠다"])

G["ly-09-localsegye.txt"] = dict(
 metadata=dict(headline=None, published=None, reporter="김의준", outlet="로컬세계", jurisdiction="26350"),
 officials=["kim-seong-su"],
 claims=[
  C("노인 일자리 전담 기관인 해운대시니어클럽 분소를", None, None, ["jobs"], "achievement"),
  C("구는 2013년 9월 반송동에 해운대시니어클럽을 개소했다", None, None, ["jobs"], "achievement"),
  C("2023년 한 해 동안 1700여 명의 어르신들이 참여했다", None, None, ["jobs"], "achievement"),
  C("반송동까지 먼 거리를 오가는 어르신들의 불편을 줄이고자 좌동에 분소를 열게 됐다", None, None, ["jobs"], "statement"),
  C("노인 일자리 사업 활성화를 위해 노력하겠다", "kim-seong-su", None, ["jobs"], "plan"),
 ],
 not_claims=["노인일자리 전담기관인 시니어클럽 분소를 개소했다.<해운대구 제공>", "현판 제막식, 시설 운영계획 보고, 기념 촬영 순으로 진행됐다"])

here = os.path.dirname(os.path.abspath(__file__))
for name, g in G.items():
    out = {"article": name, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"], "not_claims": g["not_claims"]}
    with open(os.path.join(here, "..", "gold", name + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
print(len(G), "files,", sum(len(g["claims"]) for g in G.values()), "claims")
