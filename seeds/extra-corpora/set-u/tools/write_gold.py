"""Writes set-u gold files (hand annotation, see GOLD_NOTES.md)."""
import json
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
G = {}
K, D = "gwon-sun-taek", "2015-07-01"
G["u-01-ccnnews.txt"] = dict(
    metadata=dict(headline="권선택 시장, “트램은 대전 미래의 아이콘”", published="2015-07-01", reporter="조홍기", outlet=None, jurisdiction="30"),
    officials=[K],
    claims=[
        C("도시철도 2호선 트램에 대해 ‘대전 미래를 위한 아이콘’으로 설정했다며", K, D, ["public-transit"], "statement"),
        C("트램으로 하기까지 마음고생이 많았다", K, D, ["public-transit"], "statement"),
        C("하지만 트램은 대전만이 할 수 있다", K, D, ["public-transit"], "statement"),
        C("대전의 고유한 색깔이며 트램을 통해 대전의 미래를 볼 수 있을 것", K, D, ["public-transit"], "statement"),
        C("이제는 트램이 아니면 ‘불가피’하다는 쪽으로 돌렸다", K, D, ["public-transit"], "achievement"),
        C("일정대로 추진할 것이며 모든 계획들을 융.복합적으로 움직여 성과를 거둘 수 있도록 하겠다", K, D, ["public-transit"], "plan"),
    ],
    not_claims=["권선택 시장, “트램은 대전 미래의 아이콘”", "1일 취임 1주년 소회 밝히며, 트램에 대한 자신감 내비쳐",
                "제 개인의 문제로 시정이 흔들리지 않도록 두배로 열심히 했다",
                "초지일관해서 총력을 다하겠다",
                "오는 3일부터 9일까지 호주 해외출장에 나선다"])
T, P = "kim-tae-heum", "park-jeong-hyeon"
G["u-02-tf.txt"] = dict(
    metadata=dict(headline="부여군 청년농업인 경영실습 임대농장, 영농현장 등 방문", published=None, reporter="최웅", outlet="더팩트", jurisdiction="44760"),
    officials=[T, P],
    claims=[
        C("군이 추진하는 청년농업인 스마트팜 시설을 더욱 확대시켜 나가겠다", T, None, ["agriculture", "youth-policy"], "plan"),
        C("우리 농업의 미래는 농업을 유망산업으로 변화시키는 것", T, None, ["agriculture"], "statement"),
        C("스마트팜을 통한 농업의 구조와 시스템을 변화시켜 청년농업인을 유입시키겠다", T, None, ["agriculture", "youth-policy"], "plan"),
        C("청년농업인 창업 확대를 위한 충남형 스마트팜 사관학교 체계 구축 지원과", P, None, ["agriculture", "youth-policy", "startup-support"], "plan"),
        C("백제문화복합단지 및 문화체험마을의 추진 등 현안사업이 차질없이 추진될 수 있도록", P, None, ["culture-tourism"], "plan"),
    ],
    not_claims=["부여군 청년농업인 경영실습 임대농장, 영농현장 등 방문", "지난 7일 청년농업인 경영실습 임대농장에서 주민의견을 청취했다. / 부여군",
                "실용교육 후 청년농업인 경영실습 임대 농장, 청년농업인 영농 현장을 찾아 주민 의견을 청취했다"])
Y = "kim-yung-rok"
G["u-03-gwangnam.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="46"),
    officials=[Y],
    claims=[
        C("아이를 많이 낳고 기르는 것이 축복이 되고, 자랑이 되는 사회를 만드는 것이 도의 책무", Y, None, ["childcare-birth"], "statement"),
        C("출생기본수당, 전남형 만원주택 등 전남에서 시작한 혁신적 정책들이", Y, None, ["childcare-birth", "housing"], "achievement"),
        C("△출생기본수당 지급 △전남형 만원주택·세컨하우스 조성 △임신·출산·육아 통합 플랫폼 △청년희망펀드 100억 원 조성", None, None, ["childcare-birth", "housing", "youth-policy"], "statement"),
        C("이 같은 과감한 정책 성과는 수치로도 나타났다", None, None, ["childcare-birth"], "achievement"),
        C("2024년 전남의 합계출산율은 1.03명으로 전국 1위를 기록했고", None, None, ["childcare-birth"], "achievement"),
        C("2025년 1분기에도 합계출산율 1.13명을 기록하며 상승세를 이어가고 있다", None, None, ["childcare-birth"], "achievement"),
        C("앞으로도 ‘아이 낳고 키우기 좋은 전남’을 넘", None, None, ["childcare-birth"], "plan"),
    ],
    not_claims=["다둥이가정을 방문, 격려를 하고 있다",
                "영유아 친환경농산물 꾸러미와 도립도서관의 ‘첫 책 선물’도 함께 전달했다",
                "도지사님이 직접 집을 방문해주실 줄은 몰랐다",
                "‘인구 대전환 전남 프로젝트’를 본격화하며 전 생애를 아우르는 인구정책을 추진 중이다"])
O = "oh-young-hun"
G["u-04-mnlnews.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="50"),
    officials=[O],
    claims=[
        C("국내 최초 풍력발전지인 제주특별자치도가 풍력개발 50년의 성과를 돌아보고", None, None, ["energy-transition"], "statement"),
        C("제주는 1975년 제동목장에서 국내 최초 육상풍력발전을 시작해 50년 역사를 이어왔다", O, None, ["energy-transition"], "achievement"),
        C("2006년 탐라해상풍력 발전 허가로 해상풍력도 국내에서 처음 시작했다", O, None, ["energy-transition"], "achievement"),
        C("탄소중립 달성 시기를 2050년에서 2035년으로 15년 앞당겼다", O, None, ["climate-carbon"], "target"),
        C("재생에너지 발전설비 7GW 구축과 발전량 70% 이상 확보를 목표로 하고 있다", O, None, ["energy-transition", "climate-carbon"], "target"),
        C("높은 발전 단가, 출력 제한, 계통 부족 등 구조적 한계를 지적했다", None, None, ["energy-transition"], "criticism", "김범석"),
    ],
    not_claims=["- 공공주도 2.0·추자도 대규모 단지 추진… 기후위기 대응과 주민 참여 강조",
                "『풍력 개발 50년, 제주의 성과와 과제』를 주제로 정책토론회를 열었다",
                "해상풍력 확대를 위한 정책과 에너지산업의 지속가능한 성장 전략을 모색하기 위해 마련됐다",
                "「이재명 정부의 해상풍력 정책」을 주제로 정책 방향을 제시했고",
                "김 교수는 이를 해결하기 위해 제주·전남·충남 등 24.56GW"])
L, D = "lee-si-jong", "2019-09-16"
G["u-05-okcb.txt"] = dict(
    metadata=dict(headline="\"오송혁신종합지원센터 바이오산업 두뇌역할\"", published="2019-09-16T16:04+09:00", reporter="이종억", outlet="충북넷", jurisdiction="43"),
    officials=[L],
    claims=[
        C("오송에 건립 추진 중인 혁신종합지원센터에 대해 바이오산업의 두뇌역할을 강조했다", L, D, ["medical-industry"], "statement"),
        C("판교 테크노밸리처럼 지역의 랜드마크로 자리매김할 수 있도록 해야 한다", L, D, ["medical-industry"], "plan"),
        C("바이오헬스산업의 두뇌역할을 수행할 수 있도록 설계할 것을 검토하라", L, D, ["medical-industry"], "plan"),
        C("충북의 올해 투자유치 목표액 10조원 달성을 위해 특별한 대책을 세우고", L, D, ["investment-attraction", "public-transit"], "target"),
    ],
    not_claims=["\"오송혁신종합지원센터 바이오산업 두뇌역할\"", "이시종 지사, 오창지식복합센터와 함께 지역 랜드마크로 조성 주문",
                "▲이시종 충북도지사. 사진/충청북도",
                "Copyright ⓒ 충북넷. All rights reserved."])
J = "yoo-jeong-bok"
G["u-06-edaily.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="28"),
    officials=[J],
    claims=[
        C("낙후된 원도심을 재생해 시민이 행복한 도시를 만들겠다", J, None, ["urban-regeneration"], "plan"),
        C("주변 옹벽과 방음벽을 철거하고 테마길을 조성하겠다", J, None, ["urban-regeneration"], "plan"),
        C("공원녹지·문화 부지 26만㎡를 주민 소통공간으로 정비하겠다", J, None, ["urban-regeneration"], "plan"),
        C("중구·동구 일원을 문화관광단지로 조성하고", J, None, ["culture-tourism", "urban-regeneration"], "plan"),
        C("북부 수도권매립지 주변은 경제자유구역, 테마파크로 만들어 경제 활성화를 이루겠다", J, None, ["urban-regeneration", "culture-tourism"], "plan"),
        C("3대 프로젝트의 성공적 추진을 위해 인천 중심의 교통망을 완성하겠다", J, None, ["public-transit"], "plan"),
        C("원도심 전체를 연결하는 지하철 순환선을 건설하고", J, None, ["public-transit", "urban-regeneration"], "plan"),
        C("원도심 경제 활성화와 생활여건 개선을 위한 사업계획도 발표했다", J, None, ["urban-regeneration"], "plan"),
        C("경제·문화 혁신지구로 지정해 1곳당 100억원을 지원하고, 전통시장 특성화 사업을 하겠다", J, None, ["urban-regeneration", "small-merchants"], "plan"),
        C("뉴스테이, 빈집 활용 등을 통해 임대주택 사업을 하고, 도시재생 뉴딜사업을 확대하겠다", J, None, ["housing", "urban-regeneration"], "plan"),
        C("곳곳에 문화공간을 만들고 CCTV 설치를 확대해 안전하고 행복한 도시를 이루겠다", J, None, ["culture-tourism", "disaster-safety"], "plan"),
        C("이러한 정책은 선거 당락과 관계 없이 추진해야 한다", J, None, ["urban-regeneration"], "plan"),
    ],
    not_claims=["공영주차장 500곳을 건립해 주차공간 1만면을 확보하겠다",
                "(선거)상황에 따라 감안할 게 아니라 공직자와 전문가, 인"])
M = "choi-moon-soon"
G["u-07-wowtv.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="배연호", outlet="연합뉴스", jurisdiction="42"),
    officials=[M],
    claims=[
        C("평창올림픽 최대 목표 중 하나가 관광산업을 한 단계 도약시키는 것", M, None, ["culture-tourism"], "statement"),
        C("내국인 위주 관광을 외국인 관광으로 바꾸는 신 관광 정책을 추진 중", M, None, ["culture-tourism"], "statement"),
        C("신 관광 정책은 관광수입 연중 발생은 물론", M, None, ["culture-tourism"], "statement"),
    ],
    not_claims=["새 정부와 함께 평창올림픽도 새로운 국면을 맞게 될 것으로 기대한다",
                "평창올림픽이 새 정부 제1 국정과제가 되도록 하겠다",
                "올림픽 시설도 국가 책임으로 관리될 수 있도록 최선의 노력을 다하겠다",
                "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>"])
W = "park-wan-su"
G["u-08-pressian.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="48"),
    officials=[W],
    claims=[
        C("재난취약지역에 선제적 안전조치를 취할 것입니다", W, None, ["disaster-safety"], "plan"),
        C("재난안전대책본부 비상단계를 초기대응에서 비상 1단계로 격상한데 이어", W, None, ["disaster-safety"], "achievement"),
        C("자연재난에 있어 가장 중요한 것은 예방이다", W, None, ["disaster-safety"], "statement"),
        C("유관기관과의 협조체계를 더욱 공고히 해 즉각 대응이 가능하도록 하겠다", W, None, ["disaster-safety"], "plan"),
        C("현장 점검을 강화하고 필요시 주민 대피까지 검토하겠다", W, None, ["disaster-safety"], "plan"),
        C("배수시설에 대한 점검과 정비를 철저히 해 사전에 피해를 차단하겠다", W, None, ["disaster-safety"], "plan"),
        C("시·군 단체장과 부단체장은 현장을 직접 점검하며 즉각 대응해야 한다", W, None, ["disaster-safety"], "plan"),
        C("경남도 실국장들 역시 현장 확인을 소홀히 하지 않도록해야 한다", W, None, ["disaster-safety"], "plan"),
        C("재난 정보가 주민들에게 빠르고 정확히 전달되도록 체계를 유지해야 한다", W, None, ["disaster-safety"], "plan"),
        C("침수지역에 대해서는 응급복구를 신속히 실시해야 한다", W, None, ["disaster-safety"], "plan"),
    ],
    not_claims=["박완수 경남도지사가 17일 경남도청 간부회의를 주재하면서 한 말이다",
                "도내에는 평균 28.6mm의 강수가 기록됐다",
                "일부 지역은 170mm가 넘는 폭우가 내렸다",
                "최대 300mm에 달하는 강우가 예보돼 추가 피해 우려가 커지고 있다",
                "전체댓글 0"])
Q = "yun-gyeong-hui"
G["u-09-heraldcorp.txt"] = dict(
    metadata=dict(headline="윤경희 청송군수 취임 1년 \"군민들이 신명나는 군정 펼치겠다\"", published=None, reporter="김병진", outlet="헤럴드경제", jurisdiction="47750"),
    officials=[Q],
    claims=[
        C("청송군 국가지질공원 재인증, 국제슬로시티 등 글로벌 문화관광 브랜드 확보, 골프장 조성을 위한 투자유치 양해각서 체결", Q, None, ["culture-tourism", "investment-attraction", "agriculture"], "achievement"),
        C("청송사과축제는 경북도 7년 연속 최우수 축제로 선정됐다", Q, None, ["agriculture", "culture-tourism"], "achievement"),
        C("고품질 사과 생산 기술이 농업교류에 기여할", Q, None, ["agriculture"], "plan"),
    ],
    not_claims=["윤경희 청송군수 취임 1년 \"군민들이 신명나는 군정 펼치겠다\"", "군민들이 신명나고 행복한 군정을 펼치겠다",
                "앞으로 남은 3년의 숙제들에 더 매진하겠다",
                "이 같은 결과는 쉬지 않고 묵묵히 동행해준 군민 여러분이 있었기에 가능했다",
                "청송은 사과를 빼놓고는 말 할 수가 없다"])
U = "kim-ju-su"
G["u-10-newdaily.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet="뉴데일리", jurisdiction="47730"),
    officials=[U],
    claims=[
        C("패러다임을 바꿔 앞으로 주민주도형 발전 모델 만들기 위해 준비했다", U, None, ["citizen-participation"], "plan"),
        C("주민의 창의성 제고와 주도적 참여를 활성화해 주민주도형 자치기반을 구축하고", U, None, ["citizen-participation"], "plan"),
        C("대구경북통합신공항 유치와 관련해", U, None, ["airport-relocation"], "statement"),
    ],
    not_claims=["대구경북통합신공항 유치 자신감 드러내민선7기 1주년 취임 기자간담회 개최",
                "김 군수는 이날 대구경북통합신공항 유치에 자신감을 드러냈다.ⓒ뉴데일리",
                "'의성은 지금 내일을 준비합니다'",
                "1주년 성과와 향후 군정방향을 자세히 설명했다",
                "'지속가능한 성장', '시스템을 구축한 다함께 행복한 지역 공동체 육성'에 방점을 찍었다"])
for f, g in G.items():
    out = {"article": f, **g}
    json.dump(out, open(f"/work/blind/set-u/gold/{f}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(sum(len(g["claims"]) for g in G.values()), {f: len(g["claims"]) for f, g in G.items()})
