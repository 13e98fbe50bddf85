"""Writes gold/<article>.json for set-hz from the compact tables below (hand annotation)."""
import json, os
D = '/work/blind/set-hz/gold/'
G = {}
def C(q, sp, d, pol, k):
    return {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}

d = "2025-10-09"; cb = ["childcare-birth"]
G["hz-01-kmib.txt"] = dict(
 metadata=dict(headline="전남도, 현장수요 중심 출생 정책 효과 ‘톡톡’", published="2025-10-09", reporter=None, outlet=None, jurisdiction="46"),
 officials=[],
 claims=[
  C("현장 수요 중심 생애주기별 맞춤형 출생 정책으로 합계출산율 전국 1위를 이끌어 내고 있다", None, d, cb, "achievement"),
  C("도의 출생·돌봄 정책들은 각종 지표 개선에 긍정적인 영향을 미치고 있다", None, d, cb, "achievement"),
  C("올해 2분기 합계출산율은 전국에서 유일하게 1.0명을 넘는 1.04명을 기록했다", None, d, cb, "achievement"),
  C("저출생 극복 분야 대통령 표창을 수상했다", None, d, cb, "achievement"),
  C("출생기본수당은 올해 처음 전국 최초로 시행에 들어갔다", None, d, cb, "achievement"),
  C("2024년 이후 태어난 모든 도민에게 성인이 될 때까지 매월 20만원을 지급한다", None, d, cb, "statement"),
  C("‘난임 극복을 위한 체계적인 지원’을 하고 있다", None, d, cb, "statement"),
  C("지난해 난임부부 임신은 838건으로 전체 출생자 중 10%를 차지하는 성과를 거뒀다", None, d, cb, "achievement"),
  C("전국 최다 ‘공공산후조리원’을 운영하고", None, d, cb, "statement"),
  C("양육하기 좋은 환경 조성에도 힘쓰고 있다", None, d, cb, "statement"),
  C("‘전남형 24시 돌봄 어린이집’을 지정·운영하고 있다", None, d, cb, "statement"),
  C("아동급식 지원단가를 9500원으로 인상하고", None, d, ["childcare-birth", "welfare"], "achievement"),
 ],
 not_claims=["2년 연속 합계출산율 전국 1위", "전국 최초 출생기본수당 시행"])

d = "2019-12-09"; pt = ["public-transit"]
G["hz-02-cctoday.txt"] = dict(
 metadata=dict(headline="태안군, 공공형버스 3대 도입", published="2019-12-09T18:42+09:00", reporter="박기명", outlet="충청투데이", jurisdiction="44825"),
 officials=[],
 claims=[
  C("지난 6일부터 농촌형 교통모델인 ‘공공형버스’ 3대를 도입, 본격 운영에 들어갔다", None, "2019-12-06", pt, "achievement"),
  C("군은 16인승 소형버스 4대를 구입", None, d, pt, "achievement"),
  C("누동2리·4리 지역에 공공형버스를 운행해 주민들의 교통불편을 해소할 수 있게 됐다", None, d, pt, "achievement"),
  C("공공형버스 도입으로 교통여건이 열악해 큰 불편을 겪었던 농촌지역 주민들의 편의를 증진할 수 있을 것으로 기대하고 있다", None, d, pt, "statement"),
  C("교통복지행정 실현에 최선을 다하겠다", None, d, pt, "plan"),
 ],
 not_claims=["지면게재일 2019년 12월 10일 화요일"])

d = "2021-04-07"; g = "gwon-o-bong"; ct = ["culture-tourism"]
G["hz-03-fnnews.txt"] = dict(
 metadata=dict(headline="여수 국내 최고 해양관광도시에서 국제도시로 도약", published="2021-04-07T15:27+09:00", reporter="황태종", outlet="파이낸셜뉴스", jurisdiction="46130"),
 officials=[g],
 claims=[
  C("여수의 미래먹거리로 주저없이 관광산업을 꼽는다", g, d, ct, "statement"),
  C("여수는 국내 최고의 해양관광휴양도시로 남녀노소 누구나 와보고 싶은 곳으로 자리매김했다", g, "2021-04-08", ct, "achievement"),
  C("앞으로 여수를 세계인이 찾는 국제도시로 만들겠다", g, "2021-04-08", ct, "plan"),
 ],
 not_claims=["지속가능 인프라 조성 '다시 찾고 싶은 여수 관광' 실현 속도",
             "COP28 유치·2026여수세계섬박람회 성공개최 국제화 박차",
             "올해 시정은 포스트 코로나 대응 및 지역경제 활력 회복 중점",
             "여수의 미래먹거리는 관광산업\"이라며",
             "■국내 최고 해양관광휴양도시 자리매김...국제도시로 비상 '포부'",
             "권오봉 전남 여수시장은 경제관료 출신이다",
             "여수시에 위치한 아름다운 365개의 섬은 고유한 매"])

d = "2018-09-14"; l = "lee-yong-seop"; jb = ["jobs"]; jl = ["jobs", "labor-relations"]
G["hz-04-igj.txt"] = dict(
 metadata=dict(headline="[취재현장] 이용섭 광주광역시장, 광주형 일자리 사업 추진 과정 중간보고 기자회견", published="2018-09-14T15:14+09:00", reporter="박부길", outlet="광주일등뉴스", jurisdiction="29"),
 officials=[l],
 claims=[
  C("광주형 일자리 모델은 광주가 직면하고 있는 저성장, 인구 순유출", l, d, jb, "statement"),
  C("시장 취임 80일이 다 되어가도록 뚜렷한 성과를 내지 못해", l, d, jb, "criticism"),
  C("광주형 일자리사업이 앞으로 나아가지 못하고 있는 상황이다", l, d, jl, "criticism"),
  C("이처럼 광주형 일자리 사업의 성공은 지역 노동계의 참여가 선결조건이지만", l, d, jl, "statement"),
 ],
 not_claims=["UPDATE. 2024-04-19 13:41 (금)",
             "\"광주형 일자리 사업의 성공을 위해 노동계 동참이 필요하다\"고 호소했다",
             "모든 기득권을 내려놓고"])

d = "2017-03-21"; w = "won-hee-ryong"
G["hz-05-newsis.txt"] = dict(
 metadata=dict(headline="원희룡 \"제주 관광 체질개선 대책 연구하고 집행하라\"", published="2017-03-21T14:55+09:00", reporter="강정만", outlet="뉴시스", jurisdiction="50"),
 officials=[w],
 claims=[
  C("제주관광의 체질개선과 경쟁력을 강화하기 위한 여러가지 대책들을 연구하고 집행하라", w, d, ct, "plan"),
  C("관광경쟁력을 가질 수 있는지 연구하라", w, d, ct, "plan"),
  C("오늘 중국인 한국관광금지와 관련, 도민 피해 지원과 위기극복 대책을 대외적으로 발표한다", w, d, ct, "plan"),
  C("중장기적인 제주 관광의 체질개선, 경쟁력을 강화하기 위한 여러가지 대책들에", w, d, ct, "plan"),
  C("실국과 부서의 협력을 예를 들어가며 제주관광의 활성화를 강조했다", w, d, ct, "plan"),
  C("고급관광, 목적관광과 제주의 인프라와 프로그램을 연결시켜 본격적으로 연구해달라", w, d, ct, "plan"),
  C("관광객을 위해 경쟁력을 가질 수 있고, 청년창업과 지역경제를 위해서도", w, d, ["culture-tourism", "startup-support", "youth-policy"], "plan"),
 ],
 not_claims=["주간정책회의를 주재하고 있다"])

d = "2022-07-19"; j = "jeong-yong-rae"; yp = ["youth-policy"]
G["hz-06-timenews.txt"] = dict(
 metadata=dict(headline="대전 유성구, 대전 청년마을 조성사업 본격추진", published="2022-07-19T10:55+09:00", reporter="홍대인", outlet="대전타임뉴스", jurisdiction="30200"),
 officials=[j],
 claims=[
  C("청년의 지역 정착 유도 및 자립 역량 강화를 위한 ‘대전 청년마을 조성사업’을 7월부터 본격 추진한다고 밝혔다", None, d, yp, "plan"),
  C("지난 달 중순 최종 선정되어 사업비 2억 5천만 원(시비)을 확보했다", None, d, yp, "achievement"),
  C("2024년까지 총 사업비 5억 원(시·구비 포함)이 투자되는 중장기 사업으로", None, d, ["youth-policy", "jobs", "startup-support"], "statement"),
  C("3년 동안 성장‧단계별로 추진할 계획이다", None, d, ["youth-policy", "startup-support"], "plan"),
  C("슬기롭게 역량을 키울 수 있는 사업을 마련했다", j, d, yp, "achievement"),
 ],
 not_claims=["지역 청년기업 2개소와 컨소시엄 구성, 메이커·크리에이터 등 양성",
             "자신에게 맞는 ‘본캐’로 성장하고 도약하길 바란다"])

d = "2024-04-17"; e = "2024-04-16"; k = "kim-chang-gyu"; ci = ["culture-tourism", "investment-attraction"]
G["hz-07-inews365.txt"] = dict(
 metadata=dict(headline="김병환 기획재정부 차관, 제천시 소규모 관광단지 후보지 방문", published="2024-04-17T13:42+09:00", reporter="이형수", outlet="충북일보", jurisdiction="43150"),
 officials=[k],
 claims=[
  C("소규모 관광단지 기반 시설 조성을 위한 국비 지원의 필요성에 대해 중점 건의했다", None, e, ct, "plan"),
  C("민간투자가 활성화될 수 있도록 환경 분야 등 각종 규제 완화와 제천시 현안 사업에 대한 행정적 지원을 요청했다", k, e, ci, "plan"),
  C("소규모 관광단지 제도가 이른 시일 내에 시행되기를 바라며", k, e, ci, "plan"),
  C("신규 관광시설을 구축해 청풍호반 케이블카 등 기존 시설과 함께 시너지 효과 창출에 적극 노력한다는 방침이다", None, d, ct, "plan"),
 ],
 not_claims=["청풍호반 익스트림 파크 조성 사업 현황조사 및 애로사항 청취",
             "김창규 시장으로부터 현황을 청취하고 있다",
             "현황조사 및 현장 애로사항을 청취했다",
             "송기섭 진천군수"])

d = "2024-08-06"; c = "choi-min-ho"
G["hz-08-safetimes.txt"] = dict(
 metadata=dict(headline="최민호 세종시장 \"이응패스·문화도시 추진 위해 총력 다해\"", published="2024-08-06", reporter="임수현", outlet=None, jurisdiction="36"),
 officials=[c],
 claims=[
  C("대중교통 혁신을 선도할 이응패스 성공과 대한민국 문화도시 최종 지정을 위해 총력을 다해줄 것을 지시했다", c, d, ["public-transit", "culture-tourism"], "plan"),
  C("초기 활성화에 적극적으로 동참해줄 것을 주문했다", c, d, pt, "plan"),
  C("한글문화도시 예비 사업 추진을 비롯한 지정 절차 대응에 최선을 다해줄 것", c, d, ct, "plan"),
  C("세종시 방문객이 지난해 6만명에서 올해 8만명대로 증가하는 등 값진 성과를 낼 수 있었다", c, d, ct, "achievement"),
 ],
 not_claims=["최민호 세종시장이 정음실에서 기자회견을 하고 있다"])

d = "2024-08-04"; e = "2024-08-02"; u = "woo-beom-gi"
G["hz-09-jbdn.txt"] = dict(
 metadata=dict(headline="우범기 전주시장, 전주한옥마을 관광객 수용태세 점검", published="2024-08-04T17:57+09:00", reporter=None, outlet=None, jurisdiction="52110"),
 officials=[u],
 claims=[
  C("여름 휴가철을 맞아 전주한옥마을을 방문하여 관광객 수용태세를 점검하고", None, e, ct, "statement"),
  C("얼음길, 쿨링포그, 그늘막 등 폭염 대비 재난시설을 점검하며", None, e, ["disaster-safety", "culture-tourism"], "statement"),
  C("총 1500만 명 이상의 관광객이 방문하며 역대 최대 기록을 경신했다", None, d, ct, "achievement"),
  C("체류형 관광의 외연 확장도 중요하지만, 전주 관광의 핵심 거점은 역시 전주한옥마을이 될 것", u, e, ct, "statement"),
 ],
 not_claims=["민생현장 행정의 일환으로 전주한옥마을과 인후1동을 찾았다",
             "주요 문화시설을 둘러보며 현장의 목소리를 경청했다",
             "700여 채의 한옥이 모여 있는 국내 최대 규모의 전통 한옥촌으로",
             "지역 현안을 직접 청취하는 소통 행보를 이어갔다"])

os.makedirs(D, exist_ok=True)
for f, v in G.items():
    out = {"article": f, "metadata": v["metadata"], "officials": v["officials"], "claims": v["claims"], "not_claims": v["not_claims"]}
    json.dump(out, open(D + f + ".json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f, len(v["claims"]))
