"""Writes gold/*.json for set-ip (hand annotation; C(quote, speaker, date, policies, kind, speaker_name))."""
import json, os
def C(q, sp, d, pol, kind, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": kind}
    if name: c["speaker_name"] = name
    return c
G = {}
d = "2022-11-15"
G["ip-01-newsis.txt"] = dict(
 metadata=dict(headline='"더 젊게 만든다" 증평군, 청년 유입·정착 지원 집중', published="2022-11-15T10:26+09:00",
               reporter="강신욱", outlet="뉴시스", jurisdiction="43745"),
 officials=["lee-jae-yeong"],
 claims=[
  C("충북 증평군이 청년인구 유입과 정착을 위한 지원사업을 다양하게 추진한다", None, d, ["youth-policy"], "plan"),
  C("청년인구 유입과 정착 지원 활성화로 평균연령을 더 낮춘다는 전략이다", None, d, ["youth-policy"], "plan"),
  C("청년인구 유입은 출산율 증가와도 무관하지 않다", None, d, ["youth-policy", "childcare-birth"], "statement"),
  C("인구 증가 정책에서 일거양득인 셈이다", None, d, ["youth-policy"], "statement"),
  C("'20살 청춘증평 청년인구 유입·정착 지원 활성화'를 공약했다", "lee-jae-yeong", d, ["youth-policy"], "plan"),
  C("청년보람주택(신혼부부 행복주택) 건립, 청년 월세·전세 임대사업", None, d, ["housing", "youth-policy", "childcare-birth"], "plan"),
  C("청년 직업교육과 함께 청년창업공간 지원과 프로그램 운영", None, d, ["jobs", "startup-support", "youth-policy", "agriculture"], "plan"),
  C("청년정책 아이디어를 공모해 청년의 목소리를 반영한 참신하고 실효성 있는 정책을 마련할 계획이다", None, d, ["youth-policy", "citizen-participation"], "plan"),
  C("군은 올해 청년정책 성과도 거뒀다", None, d, ["youth-policy"], "achievement"),
 ],
 not_claims=["평균연령 44.6세, 청주·진천 이어 도내 세 번째 젊은 도시", "신혼부부행복주택 건립, 전월세 임대사업, 창업공간 지원",
             "지난달 기준 충북 평균연령은 45.1세다", "행안부 '저출산 대"])
d = "2023-10-17"
G["ip-02-asiatoday.txt"] = dict(
 metadata=dict(headline="음성군 맞춤형 청년 정책 효과…청장년 인구 증가", published="2023-10-17T11:55+09:00",
               reporter="이정규", outlet=None, jurisdiction="43770"),
 officials=["jo-byeong-ok"],
 claims=[
  C("충북 음성군이 맞춤형 청년정책을 추진해 2030년 시 승격의 발판을 마련하고 있다", None, d, ["youth-policy"], "statement"),
  C("올해는 1만7930명(지난 8월 말 기준)으로 증가하고 있다", None, d, ["youth-policy"], "achievement"),
  C("청장년층의 지역 이탈을 막고 인구 유입을 위한 대안 마련에 고심하고 있다", None, d, ["youth-policy"], "statement"),
  C("음성군은 먼저 일자리 창출로 젊은 인구층을 끌어들인다는 복안이다", None, d, ["jobs", "youth-policy"], "plan"),
  C("15~29세 청년고용률은 51.2%로 지난해 하반기 도내 1위", None, d, ["jobs", "youth-policy"], "achievement"),
  C("'공시제 부문'에서 전국 226개 기초지자체 중 음성군이 유일하게 대상을 받았다", None, d, ["jobs"], "achievement"),
  C("누적 투자유치 10조4000억원과 1만4800개의 고용을 달성한 결과와 일맥", None, d, ["jobs", "investment-attraction"], "achievement"),
 ],
 not_claims=["매년 감소세 청장년 인구 올들어 증가세 전환", "청년 지원 센터 '청년대로' 개소 등 정책 '효과'",
             "군 단위로는 처음으로 청년지원 종합거점공간인 청년센터 '청년대로'를 열고 다양한 청년 지원사업을 하고 있다",
             "저출산과 초고령사회 진입에 따른 지방소멸 위기를 맞는다"])
d = "2018-04-10"
G["ip-03-ccgnews.txt"] = dict(
 metadata=dict(headline="동구, 대전시 첫 번째 치매안심센터 개소", published="2018-04-10T16:05+09:00",
               reporter="최영범", outlet="충청게릴라뉴스", jurisdiction="30110"),
 officials=[],
 claims=[
  C("대전 동구는 10일 삼성동 보건지소 내에 대전에서는 가장 먼저 치매안심센터를 개설하고", None, d, ["dementia-care"], "achievement"),
  C("치매검진과 상담을 제공하고 단기쉼터, 카페 운영 등 서비스를 통해", None, d, ["dementia-care"], "statement"),
  C("구 치매안심센터는 삼성동 동구보건지소 내에 본관 2, 3층 669㎡ 규모로", None, d, ["dementia-care"], "statement"),
  C("지난해 12월부터 이미 임시개소를 통해 운영해오다가 이날 개소식을 열고 본격적인 운영에 들어갔다고 설명했다", None, d, ["dementia-care"], "achievement"),
  C("전국 치매안심센터 가운데 가장 모범적인 센터로 자리매김할 수 있도록 최선을 다할 것", None, d, ["dementia-care"], "plan", "한혁택"),
 ],
 not_claims=["▲10일 대전 동구는 삼성동 보건지소 내에", "UPDATED. 2024-03-29 12:17 (금)", "삭제한 댓글은 다시 복구할 수 없습니다"])
d = "2024-10-27"
G["ip-04-rkacip.txt"] = dict(
 metadata=dict(headline="안진걸‧최진봉에 이광수‧박시동‧정진욱도 ‘배민 독립’ 광주공공배달앱 홍보맨 됐다", published="2024-10-27T20:02+09:00",
               reporter="최길동", outlet=None, jurisdiction="29"),
 officials=["kang-gi-jung"],
 claims=[
  C("소상공인을 지원하기 위한 공공배달앱 활성화에 총력을 다한다", None, d, ["small-merchants"], "plan"),
  C("제4호 박시동 경제평론가, 제5호  정진욱 국회의원(더불어민주당 광주 동구남구갑)을 각각 위촉했다", None, d, ["small-merchants"], "achievement"),
  C("광주공공배달앱을 홍보하고 브랜드 인지도를 높일 예정이다", None, d, ["small-merchants"], "plan"),
  C("2호 최진봉 성공회대 교수를 각각 위촉해 광주공공배달앱을 홍보하고 있다", None, d, ["small-merchants"], "statement"),
  C("광주공공배달앱 홍보에 적극 앞장서고 있다", None, d, ["small-merchants"], "statement"),
  C("각각 광주공공배달앱을 널리 알릴 것으로 기대된다", None, d, ["small-merchants"], "statement"),
  C("시민들이 공공배달앱의 존재를 많이 알 수 있도록 광주공공배달앱", "kang-gi-jung", d, ["small-merchants"], "plan"),
 ],
 not_claims=["광주시, 5명 위촉…소상공인 지원‧공공배달앱 활성화 총력", "지역경제 근간 소상공인 지키기 큰목소리 낼것",
             "소상공인은 지역경제의 근간이다"])
d = "2025-12-22"
G["ip-05-asiae.txt"] = dict(
 metadata=dict(headline="태양광 발전 수익…주민에 배당·마을 복지 활용", published="2025-12-22",
               reporter=None, outlet=None, jurisdiction="46820"),
 officials=[],
 claims=[
  C("'햇빛소득마을 조성사업' 참여 확대를 위해 전 읍면 마을을 대상으로 홍보에 나섰다", None, d, ["energy-transition"], "statement"),
  C("해남군은 100개 마을 참여를 목표로", None, d, ["energy-transition"], "target"),
  C("햇빛소득마을은 마을 주민이 직접 태양광 발전사업에 참여해 수익을 공유하는 주민 주도형 재생에너지 사업이다", None, d, ["energy-transition"], "statement"),
  C("정부는 2030년까지 매년 500개소 조성을 목표로 하고 있으며", None, d, ["energy-transition"], "target"),
  C("군은 공모를 앞두고 11개 면에서 40개소 참여 의향을 접수했다", None, d, ["energy-transition"], "achievement"),
  C("이는 부지 여건, 주민 동의, 사업성 검토 등을 거쳐 최종 선정할 예정이다", None, d, ["energy-transition"], "plan"),
  C("발전 수익은 주민 현금 배당, 마을 복지사업, 전기요금 절감, 취약계층 지원 등으로 환원된다", None, d, ["energy-transition", "welfare"], "statement"),
  C("태양광 설비 규모는 300kW~1MW다", None, d, ["energy-transition"], "statement"),
  C("주민참여형 에너지저장장치(ESS) 설치 시 보조사업 연계 지원도 검토된다", None, d, ["energy-transition"], "statement"),
  C("재생에너지 종합서비스기업(ReSCO) 제도를 도입해", None, d, ["energy-transition"], "plan"),
  C("햇빛소득마을은 단순한 태양광 설치가 아니라", None, d, ["energy-transition"], "statement"),
 ],
 not_claims=["총 사업비 85% 금융 지원…ESS 설치 보조연계 검토", "해남군청 전경 AD 원본보기 아이콘"])
G["ip-06-sisapress.txt"] = dict(
 metadata=dict(headline="“청년이 살아야 도시재생 활성화 가능”", published="2018-12-10T15:53+09:00",
               reporter="이다슬", outlet="시사저널", jurisdiction="44130"),
 officials=["gu-bon-yeong"],
 claims=[
  C("청년창업과 천안시의 협업으로 이뤄낸 천안역 인근 원도심 도시재생 성공사례를 진솔하게 설명해 호응을 얻었다", None, "2018-10-23",
    ["urban-regeneration", "startup-support", "youth-policy"], "achievement", "최광운"),
  C("또 천안시청이 2005년 불당동 신시가지로 이전한 후 교육청도 2008년 이전했다", None, "2018-12-10", ["city-hall"], "statement"),
 ],
 not_claims=["도시재생 통한 일자리 창출에 매진 중인 구본영 천안시장", "원도심 공동화는 어느 도시든 안고 있는 문제며",
             "원도심이 쇠퇴일로를 걸어왔다", "두드림 개소식에 참석한 구본영 천안시장",
             "지방 소멸 위기에 대한 문제점을 진단하고 해결책을 모색했다"])
o = "oh-young-hun"
G["ip-07-jejutwn.txt"] = dict(
 metadata=dict(headline=None, published=None, reporter="김지홍", outlet="제주교통복지신문", jurisdiction="50"),
 officials=[o],
 claims=[
  C("사회 전반에 에너지 대전환을 일으키는 계기를 제주에서부터 마련하고", o, None, ["energy-transition"], "plan"),
  C("지난 1월 에너지 대전환 발표 이후 정립된 비전과 방향에 따라 속도를 내며", o, None, ["energy-transition"], "statement"),
  C("그린수소 생산에 성공한 만큼 앞으로는 보급과 활용을 확대하는 방안을 마련하는 것이 더욱 중요하다", o, None, ["energy-transition"], "plan"),
  C("에너지원 자체를 수소로 공급하는 방안이 마련돼야 한다", o, None, ["energy-transition"], "plan"),
  C("새로운 공공주택 조성 시 에너지 전환 그린수소 보급 1호 모범사업으로 만들어 볼 필요가 있다", o, None, ["energy-transition", "housing"], "plan"),
  C("기존 도시가스 배관을 활용하는 방안 등 각 분야에서 활용도를 높일 수 있도록 적극적으로 검토해달라", o, None, ["energy-transition"], "plan"),
 ],
 not_claims=["제104회 전국체육대회에서 역대 최고의 성과를 거둔 제주 체육인들을 격려했다", "제주선수들의 자신감이 회복되고 있다는 것으로"])
k = "kim-gwan-yeong"
G["ip-08-hankookilbo.txt"] = dict(
 metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="45710"),
 officials=[k, "yu-hui-tae"],
 claims=[
  C("완주군이 한류 대표 관광지로 우뚝 서고 있으며", k, None, ["culture-tourism"], "achievement"),
  C("이제 완주는 탄소중립과 미래산업 선도 도시로 발돋움하고 있어", k, None, ["climate-carbon"], "statement"),
  C("'완주시 승격'을 위한 전북특별자치도법상 특례 규정 명시가 필요하다고 건의했다", None, None, ["decentralization"], "plan"),
  C("완주군은 전북에서 귀농귀촌하기 가장 좋은 지역", k, None, ["agriculture"], "statement"),
  C("스마트팜 지원 등과 연계해 청년들의 귀농귀촌이 유입되고, 적극적인 기업유치로", k, None, ["agriculture", "youth-policy", "investment-attraction"], "plan"),
 ],
 not_claims=["도정과 군정을 공유하고 소통하는 시간을 가졌다", "완주군은 지난해 가장 어려웠던 시기에 어느 때보다 값진 결실을 이뤄냈다",
             "지역맞춤형 통합하천 공모사업에 선정돼 추진 동력을 확보했다"])
d = "2021-04-21"
G["ip-09-krtube.txt"] = dict(
 metadata=dict(headline="청년 창업·일자리 창출 본격화…청년 정착 지원", published="2021-04-21",
               reporter="임홍열", outlet="KBS", jurisdiction="36"),
 officials=["lee-choon-hee"],
 claims=[
  C("전국 광역자치단체 가운데 유일하게 없던 세종시에 청년창업사관학교가 문을 열었습니다", None, d, ["startup-support", "youth-policy"], "achievement"),
  C("절반 가량에 청년창업가 30명이 입주하게 됩니다", None, d, ["startup-support", "youth-policy"], "plan"),
  C("1년 동안 창업역량강화 교육과 자금 등을 지원받아 사업화에 나섭니다", None, d, ["startup-support", "youth-policy"], "plan"),
  C("전국에서 창업의 메카로 세종시를 만들 계획입니다", None, d, ["startup-support"], "plan", "김학도"),
  C("지역·청년주도 일자리 사업도 속도를 내고 있습니다", None, d, ["jobs", "youth-policy"], "statement"),
  C("2년간 청년 인건비를 지원해 130여 명의 청년들이 고용됐습니다", None, d, ["jobs", "youth-policy"], "achievement"),
  C("직무교육을 해주시고 청년들끼리 네트워킹도 같이 지원을 해주셔서", None, d, ["jobs", "youth-policy"], "statement", "진이슬"),
  C("세종시 청년센터와 웹툰 캠퍼스, 직업교육 거점센터 등도 들어서게 됩니다", None, d, ["youth-policy", "startup-support", "culture-tourism", "jobs"], "plan"),
  C("청년들을 위한 플랫폼으로 만들어서 청년들의 일자리라든지", "lee-choon-hee", d, ["youth-policy", "jobs"], "plan"),
  C("청년 창업과 취업을 통해 안정적 도시 성장과 미래 먹거리 창출에 한발 더 다가서고 있습니다", None, d, ["startup-support", "jobs", "youth-policy"], "statement"),
 ],
 not_claims=["KBS 뉴스 임홍열입니다", "촬영기자:강욱현"])
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold")
os.makedirs(out, exist_ok=True)
for name, g in G.items():
    doc = {"article": name, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"], "not_claims": g["not_claims"]}
    with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
print(len(G), "gold files;", sum(len(g["claims"]) for g in G.values()), "claims")
