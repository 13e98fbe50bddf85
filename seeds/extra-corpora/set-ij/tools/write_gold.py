"""Writes the hand annotations of set-ij to gold/ (one JSON per article)."""
import json
G = {}
def C(q, sp, d, pol, k, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: c["speaker_name"] = name
    return c
def M(h, p, r, o, j): return {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j}

d = "2020-03-31"; L = "lim-byeong-taek"
G["ij-01-ifm.txt"] = dict(metadata=M("시흥시, 모든 시민에게 시흥형 재난기본소득 10만원 지급", d, "변승희", "경인방송", "41390"),
 officials=[L], claims=[
 C("모든 시민에게 1인당 10만 원의 시흥형 재난기본소득을 지급합니다", None, d, ["welfare"], "plan"),
 C("긴급생활안정자금 100만 원을 지급하기로 한 긴급 추경 편성에 이은 추가 조치입니다", None, d, ["welfare", "small-merchants"], "statement"),
 C("소상공인과 자영업자들을 위한 선택적 지원이라면 재난기본소득은 보편적 지원", L, d, ["welfare", "small-merchants"], "statement"),
 C("추가로 시행되는 시흥형 재난기본소득은 내수경기 회복에 마중물이 될 것으로 기대한다", L, d, ["welfare", "small-merchants"], "statement"),
 C("모두 20만 원을 지원받을 수 있습니다", None, d, ["welfare"], "statement"),
 C("4인 가족일 경우 총 80만 원을 지급받게 됩니다", None, d, ["welfare"], "statement"),
 C("지급 대상자는 시흥시의회 의결로", None, d, ["welfare"], "statement"),
 C("긴급생활안정자금을 받을 소상공인과 자영업자 등도 재난기본소득을 추가로 받을 수 있습니다", None, d, ["welfare", "small-merchants"], "statement"),
 C("소요 재원은 약 480억 원이며", None, d, ["welfare"], "plan"),
 ], not_claims=["시흥시, 모든 시민에게 시흥형 재난기본소득 10만원 지급", "시흥시청 전경 <사진=경인방송 D.B>"])

d = "2025-12-18"; S = "shin-sang-jin"; UH = ["urban-regeneration", "housing"]
G["ij-02-asiae.txt"] = dict(metadata=M("신상진 시장 “원도심 정비사업, 체계적 행정지원으로 속도 낼 것”", d, None, None, "41130"),
 officials=[S], claims=[
 C("재개발·재건축 사업을 지원하기 위한 '원도심 도시정비 지원센터'를 오는 23일 개소한다", None, d, UH, "plan"),
 C("원도심 재개발·재건축 정비사업 추진을 위한 주민 지원 창구로 운영된다", None, d, UH, "statement"),
 C("센터는 정비사업 전반에 대한 행정지원을 제공하기 위해 2026년 1월부터 임시 운영에 들어갈 예정이다", None, d, UH, "plan"),
 C("성남시는 관련 전문 인력을 투입해 센터를 운영한다", None, d, UH, "statement"),
 C("재개발·재건축 정비사업 구역별 민원 상담을 비롯해", None, d, UH, "plan"),
 C("체계적이고 적극적인 행정지원을 이어가겠다", S, d, UH, "plan"),
 C("수정·중원 생활권 5개 구역을 대상으로 재개발 정비계획 수립과 정비구역 지정", None, d, ["housing"], "statement"),
 ], not_claims=["원도심 정비사업, 체계적 행정지원으로 속도 낼 것",
   "수정커뮤니티센터 지하 1층에 설치…2026년 본격 운영",
   "사전 주민설명회에서 인사말을 하고 있다",
   "개소식에는 신상진 성남시장이 참석해 센터 운영 방향과 지원 방안 등을 설명할 예정이다",
   "성남시 원도심 도시정비 지원센터 개소 관련 홍보 안내문"])

d = "2026-01-27"; J = "jeong-myeong-geun"
G["ij-03-kmib.txt"] = dict(metadata=M(None, d, None, None, "41590"),
 officials=[J], claims=[
 C("25조원 규모의 기업투자 유치와 2307억원 규모의 창업투자펀드를 통해", J, d, ["investment-attraction", "startup-support", "robot-industry"], "target"),
 C("체류형 관광도시로 도약한다", J, d, ["culture-tourism"], "plan"),
 C("전국 최초 단독 아이돌봄센터 운영, 청년 내:일(job) 응원금", J, d, ["childcare-birth", "youth-policy", "welfare"], "plan"),
 ], not_claims=["4개 구청시대는 생활권 중심의 행정체제의 출발점",
   "시민 접근성과 행정 속도를 높이겠다는 구상이다"])

d = "2022-12-04"; FV = ["future-vehicles"]; FE = ["future-vehicles", "energy-transition"]
G["ij-04-newspim.txt"] = dict(metadata=M("수원특례시에선 언제 어디서나 친환경 차량 충전 가능", "2022-12-04T18:19+09:00", "순정우", "뉴스핌", "41110"),
 officials=[], claims=[
 C("충전시설 등 친환경 차량 인프라 확대에 두 팔을 걷어부쳤다", None, d, FV, "statement"),
 C("15분 내에 수소충전소에 닿을 수 있게 한다는 목표다", None, d, FE, "target"),
 C("기후위기에 대응하면서 지속가능한 미래를 만드는 일석삼조의 효과를 예상하는 계획을 들어본다", None, d, ["future-vehicles", "climate-carbon"], "statement"),
 C("친환경 차량으로 전환하는 것은 거스를 수 없는 시대적 흐름이자 사명이다", None, d, FV, "statement"),
 C("친환경 차량은 온실가스 문제 해소의 중요한 열쇠다", None, d, ["future-vehicles", "fine-dust", "climate-carbon"], "statement"),
 C("전기차와 수소차를 충전하는 시설이 많아져 사용이 편리해질수록 전환은 빨라질 수 있다", None, d, FE, "statement"),
 C("생활반경 내에서 전기차 충전 인프라를 이용할 수 있을 전망이다", None, d, FV, "statement"),
 C("언제 어디서든 5분 내에 충전 가능하도록 전기차 충전 인프라가 확충되기 때문이다", None, d, FV, "target"),
 C("1027곳의 시설에 기존 충전기의 3배 이상인 총 6411대의 충전기를", None, d, FV, "target"),
 ], not_claims=["2025년까지 '5분 내 전기차 충전기, 15분 내 수소차 충전소' 인프라 확충",
   "전기차 충전구역 및 전용주차구역 내 일반차량 주차시 과태료 부과 유의해야",
   "수원시 영통구청에 설치된 전기차 충전기 [사진=수원시]",
   "생활반경 내 충전기, 전기차 편의 높인다"])

H = "lee-dong-hwan"; IA = ["investment-attraction"]
G["ij-05-seoul.txt"] = dict(metadata=M("“고양, 경제자유구역 지정 땐 낙후 경기북부 지역경제 견인”", None, None, "서울신문", "41280"),
 officials=[H], claims=[
 C("경기 북부의 지역경제를 견인하는 계기가 될 겁니다", H, None, IA, "statement"),
 C("경기 북부 최초로 경제자유구역 추가 지정을 위한 개발계획 용역 대상지에 선정되자", None, None, IA, "achievement"),
 C("경제자유구역은 특별법에 따라 외국인 투자 기업, 국내 복귀 기업", None, None, IA, "statement"),
 ], not_claims=["고양시가 경제자유구역으로 지정되기 위해 온 행정력을 동원하겠다",
   "개발계획 용역 대상지로 선정", "‘고양판 실리콘밸리’ 실현 목표", "생명바이오·K컬처 연계·육성도",
   "3중 규제로 자족도시 조성", "산업현장 인력난 심화"])

d = "2020-01-10"; W = "han-wang-gi"
G["ij-06-kbs.txt"] = dict(metadata=M("한왕기 평창군수 신년 군정", "2020-01-10T21:58+09:00", "정상빈", None, "42760"),
 officials=[W], claims=[
 C("농림축산분야를 기반을 갖춰서 경쟁력을 갖추는 그런 쪽에 중점을 둘 계획입니다", W, d, ["agriculture"], "plan"),
 C("교육 복지와 또 관광 인프라 구축을 내실화해서 내방객을 늘리는", W, d, ["welfare", "education", "culture-tourism"], "plan"),
 C("체류형 관광 산업으로 재탄생시킬 그런 계획입니다", W, d, ["culture-tourism"], "plan"),
 C("스마트 농업이라든가 스마트 축사", W, d, ["agriculture"], "statement"),
 ], not_claims=["올림픽 유산 사업들을 구체화하는 쪽에 중점을 둬야할 거 같고요",
   "평창 올림픽의 유산 산업은 평화사업이 가장 큽니다",
   "31번 국도와 42번 국도의 선양 계량 사업이 조기에 이뤄져야 됩니다",
   "신년 계획을 들어보는", "평창 평화도시에서 실천하고 실현시킨다"])

d = "2018-08-31"; O = "won-chang-muk"; UR = ["urban-regeneration"]
G["ij-07-gbsn.txt"] = dict(metadata=M("원주시, 학성동 도시재생 뉴딜 공모사업 선정", d, "이동희", None, "42130"),
 officials=[O], claims=[
 C("학성동 희매촌을 대상으로 한 도시재생 뉴딜 공모사업이 최종 선정되었다", None, d, UR, "achievement"),
 C("그 중 하나로 최종 선정된 것이다", None, d, UR, "achievement"),
 C("도시재생 뉴딜사업을 통해 역전시장을 비롯한 골목상권을 활성화하고", None, d, ["urban-regeneration", "small-merchants", "culture-tourism"], "statement"),
 C("LH와 협력하여 공공임대주택도 공급할 예정이다", None, d, ["urban-regeneration", "housing"], "plan"),
 C("지역주민들의 관심과 주도적인 참여가 무엇보다도 중요하다고 생각한다", O, d, UR, "statement"),
 C("값진 결실을 함께 나눌 수 있기를 기대한다", O, d, UR, "statement"),
 C("2019년 상반기에 다시 신청할 계획이다", O, d, UR, "plan"),
 C("지속적으로 원도심 활성화를", O, d, UR, "plan"),
 ], not_claims=["국비 85억원 확보, 2019년부터 본격 사업 추진",
   "2007년 원주시청 이전과 2012년 공공청사인 법원 및 검찰청의 이전으로 공폐가가 늘며"])

d = "2018-06-27"; SM = ["small-merchants"]
G["ij-08-kmib.txt"] = dict(metadata=M("올 여름엔 삼척중앙시장 주말 야시장으로 놀러오세요", "2018-06-27T14:22+09:00", None, None, "42230"),
 officials=[], claims=[
 C("삼척중앙시장이 오는 29일부터 주말 야시장을 열고 변신을 꾀한다", None, d, SM, "plan"),
 C("청년 일자리 창출과 함께 전통시장에 활력을 불어넣기 위한 것이다", None, d, ["jobs", "youth-policy", "small-merchants"], "statement"),
 C("문화관광형시장 육성사업의 일환으로 추진하는 것으로", None, d, SM, "statement"),
 C("주말 야시장은 오는 11월까지 매주 금·토요일에 운영한다", None, d, SM, "statement"),
 C("기존 전통시장 상인에게 피해를 주지 않기 위해", None, d, SM, "statement"),
 C("먹거리 판매대 12곳과 프리마켓 20곳이 운영되고", None, d, ["small-merchants", "culture-tourism"], "statement"),
 C("올해 56억원의 정부 공모사업에 선정돼", None, d, SM, "achievement"),
 C("청년몰 조성 7억5000만원, 주차장 건립 47억원, 화재감지시설 1억6000만원", None, d, ["small-merchants", "disaster-safety"], "statement"),
 C("2017 문화관광형 시장 육성 공모사업 대상시장으로 선정됐다", None, d, SM, "achievement"),
 C("3년간 18억원을 투입해 삼척중앙시장을 지역 유·무형 문화가 어우러진 시장으로 발전시켜 나갈 방침이다", None, d, SM, "plan"),
 C("주말 야시장 개장으로 삼척중앙시장이 문화관광형시장으로 탈바꿈하는 계기가", None, d, SM, "statement"),
 ], not_claims=["오는 29일부터 11월까지 매주 금토요일마다 주말 야시장을 운영한다",
   "개장식은 29일 오후 6시에 열린다",
   "난타, 사물놀이, 경품이벤트, 마술공연"])

YP = ["youth-policy"]; N = "오흥수"
G["ij-09-kwnews.txt"] = dict(metadata=M("홍천군 지역소멸위기 극복 나서…156억원 투입 청년정책 추진", None, None, None, "51720"),
 officials=[], claims=[
 C("청년층 유입을 위한 정책을 추진한다", None, None, YP, "plan"),
 C("4대 전략을 추진방향으로 설정했다", None, None, ["youth-policy", "jobs"], "plan"),
 C("사업 추진을 위한 예산 156억원을 투입할 예정이다", None, None, YP, "plan"),
 C("맞춤형 청년지원정책 추진에 행정력을 집중할 계획이다", None, None, YP, "plan"),
 C("체계적인 청년정책 추진을 위해 노력하고 있다", None, None, YP, "achievement"),
 C("청년정책에 대한 만족도를 높일 수 있도록 힘쓰겠다", None, None, YP, "plan", N),
 ], not_claims=["홍천군 고령화·저출산 대응 청년층 유입 총력",
   "‘꿈을 향해 도약하는 홍천 청년’ 비전 정책 추진"])

for name, g in G.items():
    out = {"article": name, **g}
    open(f"/work/blind/set-ij/gold/{name}.json", "w", encoding="utf-8").write(json.dumps(out, ensure_ascii=False, indent=1))
print(len(G), sum(len(g["claims"]) for g in G.values()))
