"""Writes gold/*.json for set-lj (hand annotation) and checks that every quote / not_claim is in its article."""
import json, os, re
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def C(q, sp, d, pol, k): return {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
G = {}
# 01 군산 (institutional)
d = "2025-12-30"
G["lj-01-jjan.txt"] = dict(
 metadata=dict(headline="총 23건의 투자유치 양해각서 체결⋯2조 7511억 원 규모 성과", published="2025-12-30", reporter=None, outlet=None, jurisdiction="52130"),
 officials=[],
 claims=[
  C("전략적 투자유치와 기업 맞춤형 지원으로 가시적인 성과를 내고 있다", None, d, ["investment-attraction"], "achievement"),
  C("지난 1년간 총 23건의 투자유치 양해각서(MOU)를 체결하고", None, d, ["investment-attraction"], "achievement"),
  C("2241명의 신규 고용 창출이 기대되는 등", None, d, ["jobs", "investment-attraction"], "statement"),
  C("300억 원 규모의 이온교환수지 분야 투자협약(MOU)을 체결했다", None, d, ["investment-attraction"], "achievement"),
  C("대규모 투자협약을 체결하기도 했다", None, d, ["investment-attraction"], "achievement"),
  C("265명의 신규 고용 창출이 기대된다", None, d, ["jobs", "investment-attraction"], "statement"),
  C("2025년도 투자유치 우수기관으로 선정되기도 했다", None, d, ["investment-attraction"], "achievement"),
  C("기업 투자유치를 통한 지역경제 활성화 성과를 인정받은 것", None, d, ["investment-attraction"], "achievement"),
  C("기업의 목소리를 투자로 잇는 소통행정을 구축해 좋은 반응을 얻고 있다", None, d, ["investment-attraction"], "achievement"),
  C("애로사항을 신속하게 해결하기 위한 지원체계를 마련", None, d, ["investment-attraction"], "achievement"),
 ],
 not_claims=["총 23건의 투자유치 양해각서 체결", "초순수 이온교환수지 생산능력을 보유한 삼양사가", "바이오납사 생산시설을 단계적으로 조성할 계획이다"])
# 02 전남 공공산후조리원 (순천)
d = "2024-05-27"
G["lj-02-hankyung.txt"] = dict(
 metadata=dict(headline="전남공공산후조리원 5호점 순천에 개원", published="2024-05-27", reporter=None, outlet="연합뉴스", jurisdiction="46"),
 officials=["kim-yung-rok", "noh-gwan-gyu"],
 claims=[
  C("전남 공공산후조리원 5호점 개원식을 가졌다", None, d, ["childcare-birth"], "achievement"),
  C("연면적 726㎡ 규모로 3층에 들어섰", None, d, ["childcare-birth"], "statement"),
  C("산모실 10개실, 신생아실, 수유실, 프로그램실 등을 갖췄다", None, d, ["childcare-birth"], "statement"),
  C("2015년 전남 최초로 해남종합병원에 공공산후조리원 1호점을 설치한 이래", None, d, ["childcare-birth"], "achievement"),
  C("2025년 개원을 목표로 광양, 목포, 여수, 영광에", None, d, ["childcare-birth"], "plan"),
  C("전남 공공산후조리원 이용료는 2주에 154만원이다", None, d, ["childcare-birth"], "statement"),
  C("취약계층은 70%를 감면받아 46만원에 이용할 수 있다", None, d, ["childcare-birth", "welfare"], "statement"),
  C("4천500명이 넘는 산모가 이용하고 있다", None, d, ["childcare-birth"], "achievement"),
  C("도민 모두의 사랑을 받는 시설로 자리 잡길 기대한다", "kim-yung-rok", d, ["childcare-birth"], "statement"),
  C("아이를 잘 키울 수 있는 환경을 만드는 지원정책을 더욱 강화하겠다", "kim-yung-rok", d, ["childcare-birth"], "plan"),
 ],
 not_claims=["개원식에는 김영록 전남지사와 노관규 순천시장 등이 참석했다", "자세한 이용 문의는 공공산후조리원 5호점", "엠바고 파기시 전적으로 귀사에 책임이 있습니다"])
# 03 충북 레이크파크
d = "2022-07-07"
G["lj-03-bsnews.txt"] = dict(
 metadata=dict(headline="김영환 충북도지사, 취임 후 1호 결재는 ‘충북 레이크파크 르네상스 추진’", published="2022-07-07T21:11+09:00", reporter="양민규", outlet=None, jurisdiction="43"),
 officials=["kim-yung-hwan"],
 claims=[
  C("취임 후 현안 1호 결재로 ‘충북 레이크파크 르네상스 추진방향’에 서명했다", "kim-yung-hwan", d, ["culture-tourism"], "achievement"),
  C("국내 최대의 초대형 관광프로젝트이다", None, d, ["culture-tourism"], "statement"),
  C("충북의 대표 호수와 저수지를 잇는 관광벨트를 구축하고", None, d, ["culture-tourism", "fourth-industrial-revolution"], "plan"),
  C("레이크파크 T/F’를 구성할 계획이다", None, d, ["culture-tourism"], "plan"),
  C("국비 확보 등 재원을 마련할 계획이다", None, d, ["culture-tourism"], "plan"),
 ],
 not_claims=["김영환 충북도지사, 취임 후 1호 결재는", "충북은 바다는 없으나 호수가 있고, 항구는 없으나 백두대간의 산이 있고"])
# 04 해남군 새해설계
d = "2020-01-09"; M = "myeong-hyeon-gwan"
G["lj-04-kwangju.txt"] = dict(
 metadata=dict(headline="[20020새설계-명현관 해남군수] “올 ‘해남방문의 해’ 선포…‘관광해남’ 재도약 기회로”", published="2020-01-09T00:00+09:00", reporter=None, outlet=None, jurisdiction="46820"),
 officials=[M],
 claims=[
  C("올해는 해남 관광 부흥의 원년으로 만들겠습니다", M, d, ["culture-tourism"], "plan"),
  C("해남을 찾는 관광객이 2배 정도 늘어 지난해 말 200만명을 돌파했다", M, d, ["culture-tourism"], "achievement"),
  C("올해는 2020 해남방문의 해를 선포하고 해남 관광이 재도약할 수 있도록 하겠다", M, d, ["culture-tourism"], "plan"),
  C("관광객 수용태세에 대한 전면적인 재정비에 나설 계획이다", None, d, ["culture-tourism"], "plan"),
  C("체험형 콘텐츠 중심의 관광지 활성화 프로그램도 운영할 예정이다", None, d, ["culture-tourism"], "plan"),
  C("공룡화석지 공룡대체험전 개최 등을 제시했다", M, d, ["culture-tourism"], "plan"),
  C("작은 영화관과 청소년 복합문화센터가 올해 개관하며", None, d, ["culture-tourism"], "plan"),
  C("농어업 경쟁력 강화와 지역경제 활성화 의지도 피력했다", M, d, ["agriculture"], "plan"),
  C("전남도 농어민 공익수당이 확대돼 어민들까지 대상에 포함했다", None, d, ["agriculture"], "achievement"),
  C("지난해 해남이 전국 최초로 도입한 농민수당은", M, d, ["agriculture"], "achievement"),
 ],
 not_claims=["땅끝공원·울돌목스카이워크 등", "권역별 체류형 관광지 개발 속도", "어민까지 수당 확대 경쟁력 강화", "‘관광해남’ 재도약 기회로"])
# 05 대전 서구 청년
d = "2019-12-09"; J = "jang-jong-tae"
G["lj-05-joongdo.txt"] = dict(
 metadata=dict(headline="대전 서구, 대한민국 상생발전 대상서 '청년 부문' 대상", published="2019-12-09T19:46+09:00", reporter="김소희", outlet=None, jurisdiction="30170"),
 officials=[J],
 claims=[
  C("라는 주제로 청년 부문 대상을 수상했다", None, "2019-12-06", ["youth-policy"], "achievement"),
  C("민관협력으로 청년들의 정책참여를 이끌어 내고, 청년을 위한 공간 운영을 활성화했다", None, d, ["youth-policy", "citizen-participation"], "achievement"),
  C("맞춤형 일자리를 제공하는 등 다양한 사업을 추진했다", None, d, ["youth-policy", "jobs", "startup-support"], "achievement"),
  C("2022년까지 도시재생 뉴딜사업과 연계해 창업공간 리모델링 비용을 지원하는 등", J, d, ["urban-regeneration", "startup-support", "jobs", "youth-policy"], "plan"),
  C("2021년까지 대전 청년의 중심지인 둔산권에 콘텐츠", J, d, ["youth-policy"], "plan"),
 ],
 not_claims=["지역 청년 공감 위해 청년공간 운영 활성화, 취업 교육, 창업 지원 등 사업 추진", "라는 주제로청년부문 대상을 수상했다. 사진=서구제공", "이번 시상은 한경닷컴과 서울산업진흥원이 주관하고"])
# 06 충남 베이밸리
d = "2022-07-01"; K = "kim-tae-heum"
G["lj-06-startnews.txt"] = dict(
 metadata=dict(headline="김태흠 충남지사, ‘베이 밸리 메가시티’ 1호 결재", published="2022-07-01T10:14+09:00", reporter="이철휘", outlet="스타트뉴스", jurisdiction="44"),
 officials=[K],
 claims=[
  C("김태흠 충남지사가 임기 첫 결재로 ‘베이 밸리 메가시티’를 선택", K, d, ["decentralization"], "plan"),
  C("‘베이 밸리 메가시티 건설 추진계획’에 서명했다", K, d, ["decentralization"], "achievement"),
  C("4차산업을 선도하는 글로벌 메가시티로 육성한다는 민선 8기 핵심 과제다", None, d, ["decentralization", "fourth-industrial-revolution", "energy-transition"], "plan"),
  C("기업 유치 및 일자리 창출 등 지역경제 활력 유도 등으로 잡았다", None, d, ["decentralization", "investment-attraction", "jobs"], "plan"),
  C("베이 밸리 메가시티 성공 추진을 위한 세부 사업으로는", None, d, ["decentralization", "public-transit"], "plan"),
  C("수소에너지 융복합산업벨트 조성", None, d, ["decentralization", "energy-transition", "water-supply"], "plan"),
 ],
 not_claims=["대한민국 경제 견인 ‘신성장동력 창출’ 의지 재확인", "선도 거점으로 육성”"])
# 07 세종 시정3기 1년
d = "2019-06-27"; L = "lee-choon-hee"
G["lj-07-ccnnews.txt"] = dict(
 metadata=dict(headline="이춘희 세종시장, 균형발전 모범도시 육성", published="2019-06-27T09:55+09:00", reporter="최형순", outlet="충청뉴스", jurisdiction="36"),
 officials=[L],
 claims=[
  C("자치분권특별회계 신설 등 시민주권특별자치시 기반 마련", L, d, ["decentralization", "smart-city"], "achievement"),
  C("올 하반기 2019년 도시재생사업 공모도 꼼꼼하게 준비하겠다", L, d, ["urban-regeneration"], "plan"),
  C("농수산물복합유통단지 조성사업도 착수하겠다", L, d, ["agriculture"], "plan"),
  C("제2차 1+10 혁신도시 연대회의를 개최하고", L, d, ["decentralization"], "plan"),
  C("청춘조치원 프로젝트 총 65개 과제 중 33개 과제를 완료하였고", None, d, ["urban-regeneration", "agriculture"], "achievement"),
 ],
 not_claims=["2022년까지 조치원역 일원 도시재생 사업 계속 추진", "도도리파크와 농수산물복합유통단지 조성사업 착수", "함께 행복도시권 광역도시계획 수립", "브리핑 하는 이춘희 세종시장 / 충청뉴스 최형순 기자"])
# 08 제주 경제과원 (institutional)
d = "2025-12-18"
G["lj-08-newsis.txt"] = dict(
 metadata=dict(headline="제주도, 경제과원 전환 사업자 접수…\"고품질 감귤 생산\"", published="2025-12-18T10:30+09:00", reporter="양영전", outlet="뉴시스", jurisdiction="50"),
 officials=[],
 claims=[
  C("경제과원으로 전환하는 사업 대상자를 오는 29일까지", None, d, ["agriculture"], "plan"),
  C("이번 차세대 경제과원 전환 지원사업에는 도비 9억원이 투입된다", None, d, ["agriculture"], "statement"),
  C("성목이식사업이 신규로 추가되고", None, d, ["agriculture"], "statement"),
  C("겸업농이 신청할 수 있다", None, d, ["agriculture"], "statement"),
  C("지원 기준은 농가당 최소 1000㎡ 이상이다", None, d, ["agriculture"], "statement"),
  C("노지감귤은 면적 제한 없이 지원하며", None, d, ["agriculture"], "statement"),
  C("품종 갱신은 0.5㏊당 4344만원이다", None, d, ["agriculture"], "statement"),
  C("보조금은 총사업비의 60%를 지원한다", None, d, ["agriculture"], "statement"),
 ],
 not_claims=["도, 9억원 투입해 전환 사업비 지원", "29일까지 농지 소재 읍면동서 접수", "관광객들이 감귤 따기 체험을 하고 있다", "농가에 악순환을 초래해왔다", "농가소득이 감소하는 구조가 반복됐다"])
# 09 광산구 신년사 (undated)
P = "park-byeong-gyu"
G["lj-09-tf.txt"] = dict(
 metadata=dict(headline="일자리, 안전일터, 성평등 등 5개 구정 목표 설정", published=None, reporter="나윤상", outlet="더팩트", jurisdiction="29200"),
 officials=[P],
 claims=[
  C("구민들의 의사를 토대로 하는 상생의 구정을 이끌겠다고 밝혔다", P, None, ["citizen-participation"], "plan"),
  C("5가지 의제를 설정하였다", None, None, ["jobs", "disaster-safety", "welfare", "climate-carbon", "culture-tourism", "citizen-participation"], "plan"),
  C("푸드플랜 아카데미, 먹거리 관련 사회적 경제활동 지원과 중대재해 예방팀을 신설하고", None, None, ["agriculture", "jobs", "disaster-safety", "welfare"], "plan"),
  C("주민자치회의 역량을 강화시켜 각 동이 지방정부의 역할을 하게끔 유도하고", None, None, ["citizen-participation"], "plan"),
 ],
 not_claims=["'찾아가는 경청 구청장실'을 계속 추구하여", "라는 구정 목표를 담았다", "현장에서 시민의 삶을 뒷받침 하겠다", "관행에서 벗어난 해정, 협업과 융합으로 새로운 가치를 만들겠다", "광산구는 새로운 행정조직으로 마주하겠다"])

norm = lambda s: re.sub(r"\s+", " ", s).strip()
bad = 0
os.makedirs(os.path.join(B, 'gold'), exist_ok=True)
for f, g in G.items():
    text = norm(open(os.path.join(B, 'articles', f), encoding='utf-8').read())
    for c in g['claims']:
        n = text.count(norm(c['quote']))
        if n != 1: print(f, 'quote count', n, c['quote']); bad += 1
    for q in g['not_claims']:
        if norm(q) not in text: print(f, 'not_claim missing', q); bad += 1
        for c in g['claims']:
            if norm(q) in norm(c['quote']) or norm(c['quote']) in norm(q): print(f, 'overlap', q, '|', c['quote'])
    out = {"article": f, "metadata": g['metadata'], "officials": g['officials'], "claims": g['claims'], "not_claims": g['not_claims']}
    json.dump(out, open(os.path.join(B, 'gold', f + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(f, len(g['claims']))
print('bad', bad, 'total claims', sum(len(g['claims']) for g in G.values()))
