"""Writes the hand annotations of set-ag to gold/ (one JSON file per article)."""
import json
import os

GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold")
os.makedirs(GOLD, exist_ok=True)


def C(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


G = {}

# ---------------------------------------------------------------- ag-01 부산 동구 (interview, undated text)
KJH = "kim-jin-hong"
G["ag-01-busan.txt"] = {
    "metadata": {
        "headline": "김진홍 부산 동구청장 “모기 콜센터·행복콜 차량 동구가 선도한 히트작이죠” [취임 2년, 단체장을 만나다]",
        "published": None, "reporter": None, "outlet": None, "jurisdiction": "26170"},
    "officials": [KJH],
    "claims": [
        C("높고 좁은 골목길에 사는 노인들 생활뿐 아니라 구민 안전에도 신경을 많이 썼습니다", KJH, None,
          ["welfare", "disaster-safety"], "achievement"),
        C("모기 콜센터 운영, 행복콜 차량 운행, 이바구 빨래방 등을 동구가 선도한 성과로 꼽았다", KJH, None,
          ["welfare", "public-health"], "achievement"),
        C("산복도로 노인 등을 위한 맞춤형 정책으로 무료 모기 방역을 추진했고", None, None,
          ["welfare", "public-health"], "achievement"),
        C("폭염에 온열질환을 줄이려 버스정류장 등에 ‘생수 나눔 야외 냉장고’도 설치했다", None, None,
          ["disaster-safety"], "achievement"),
        C("침수 사고를 막기 위해 지하차도 안전 관리에 집중했다고 설명했다", KJH, None,
          ["disaster-safety"], "achievement"),
        C("‘산복도로 협의체’를 구성해 주거 환경을 개선하려고 목소리를 냈습니다", KJH, None,
          ["urban-regeneration"], "achievement"),
        C("원도심 위기를 기회로 만들려면 힘을 모아야 한다고 생각했습니다", KJH, None,
          ["urban-regeneration"], "statement"),
        C("협의체 초대 위원장을 맡아 산복도로 고도지구 폐지 추진에 나섰다", None, None,
          ["urban-regeneration"], "achievement"),
    ],
    "not_claims": [
        "김진홍 부산 동구청장 “모기 콜센터·행복콜 차량 동구가 선도한 히트작이죠”",
        "아이 돌봄 강화 신규 인구 유입",
        "빈집 정비 등 현안 선제적 대응",
        "동구는 낮은 지대와 고지대 주거 환경과 기반 시설 등에 큰 차이가 납니다",
        "2년 동안 주민 생활과 밀착한 행정을 하는 데 중점을 뒀다",
    ],
}

# ---------------------------------------------------------------- ag-02 제주 (JIBS, institutional)
D = "2024-05-01"
G["ag-02-jibs.txt"] = {
    "metadata": {
        "headline": "2035년 亞 최초 '무탄소 제주' 도전.. 정부 목표 15년 앞당긴다",
        "published": "2024-05-01", "reporter": "김재연", "outlet": "JIBS 제주방송", "jurisdiction": "50"},
    "officials": [],
    "claims": [
        C("제주자치도가 오는 2035년까지 재생에너지와 그린수소 기반 에너지 전환을 통해 아시아 최초 무탄소 도시로 도약하는 도전에 나섭니다",
          None, D, ["energy-transition", "climate-carbon"], "plan"),
        C("정부의 2050년 탄소중립 이행 계획보다 15년 앞서 탄소중립 에너지 사회를 구현하고 기후 위기에 대응하는 '넷 제로 제주'를 만들겠다는 구상입니다",
          None, D, ["climate-carbon", "energy-transition"], "plan"),
        C("'에너지 대전환을 통한 2035 탄소중립 비전'을 선포했습니다", None, D,
          ["energy-transition", "climate-carbon"], "achievement"),
        C("2035년 제주의 탄소 배출량은 총 600만t으로 추산되고 있습니다", None, D,
          ["climate-carbon"], "statement"),
    ],
    "not_claims": [
        "재생에너지 발전 설비 7GW로 확대",
        "그린수소 6만t 이상 생산 등도 추진",
        "잔디광장에서 열린 '에너지 대전환을 통한 2035 탄소중립 비전' 선포식",
        "2035년 亞 최초 '무탄소 제주' 도전.. 정부 목표 15년 앞당긴다",
    ],
}

# ---------------------------------------------------------------- ag-03 대구 (권영진, 2020)
KYJ = "kwon-young-jin"
E = "2020-06-09"  # 전날 열린 영상회의 (article of 2020-06-10)
G["ag-03-twig24.txt"] = {
    "metadata": {
        "headline": "“마른 수건 짜서라도 全시민 2차 생계자금”",
        "published": "2020-06-10T20:52+09:00", "reporter": "한찬규", "outlet": "서울신문", "jurisdiction": "27"},
    "officials": [KYJ],
    "claims": [
        C("전날 열린 코로나19 극복 범시민대책위원회 영상회의에서 2차 긴급생계자금을 준비해 지급하겠다는 내용을 언급했다",
          KYJ, E, ["welfare"], "plan"),
        C("국가 긴급재난지원금과 대구시의 긴급생계자금 사용기한이 8월 31일까지인데", KYJ, E,
          ["welfare", "small-merchants"], "plan"),
        C("시 예산을 마른 수건을 짜서라도 다음번에 드릴 때는 모든 시민에게 골고루 드리는", KYJ, E,
          ["welfare"], "plan"),
        C("배지숙 시의회 의장에게 2차 긴급생계자금 지원을 위한 예산안 처리에 협조해 달라고 요청하기도 했다", KYJ, E,
          ["welfare"], "statement"),
    ],
    "not_claims": [
        "권영진 대구시장, 시의회에 협조 요청",
        "“마른 수건 짜서라도 全시민 2차 생계자금”",
    ],
}

# ---------------------------------------------------------------- ag-04 경남 의령군 (undated)
OTW = "oh-tae-wan"
G["ag-04-gn1news.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": "경남일간신문",
                 "jurisdiction": "48720"},
    "officials": [OTW],
    "claims": [
        C("청년 귀농인 가구가 400가구를 돌파하며 역대 최대치를 기록했다고 발표했다", None, None,
          ["agriculture", "youth-policy"], "achievement"),
        C("이는 2022년 377가구를 넘어선 수치로, 특히 청년(20대~40대) 귀농인의 증가가 두드러진다", None, None,
          ["agriculture", "youth-policy"], "achievement"),
        C("2021년 오태완 군수 취임 이후 급증하며 2024년에는 큰 전환점을 맞았다", None, None,
          ["agriculture", "youth-policy"], "achievement"),
        C("의령군은 이 같은 증가세가 특색 있는 청년 귀농인 지원사업 덕분이라 분석하고 있다", None, None,
          ["agriculture", "youth-policy"], "achievement"),
        C("청년 귀농인 창업 지원사업은 최대 3천만원까지 지원하는 파격적인 혜택을 제공하며", None, None,
          ["agriculture", "youth-policy", "startup-support"], "statement"),
        C("귀농 연수생들에게는 5개월 간 교육 훈련비가 지원되고", None, None,
          ["agriculture"], "statement"),
        C("귀농 초기 시행착오를 줄이고 농업 기반을 다지는 데 큰 도움이 됐다", None, None,
          ["agriculture"], "achievement", speaker_name="김경태"),
        C("청년 중고차 구입비 지원, 청년 반값 임대주택 사업 등 다양한 맞춤형 정책을 통해 청년 귀농인의 정착과 생활을 적극 지원하고 있다",
          None, None, ["youth-policy", "housing", "agriculture"], "statement"),
        C("앞으로도 과감한 지원과 특별한 사업으로 청년 귀농인 인구 증가를 지속적으로 이끌어가겠다", OTW, None,
          ["agriculture", "youth-policy"], "plan"),
    ],
    "not_claims": [],
}

# ---------------------------------------------------------------- ag-05 대구 동구 (주민참여예산, undated text)
YSJ = "yun-seok-jun"
G["ag-05-newdaily.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None,
                 "jurisdiction": "27140"},
    "officials": [YSJ],
    "claims": [
        C("대구시 동구가 주민들이 직접 지역에 필요한 사업을 기획하고 편성 과정에 참여하는 2027년도 예산안 마련 절차에 본격 돌입한다",
          None, None, ["citizen-participation"], "plan"),
        C("공모를 실시한다고 19일 밝혔다", None, None, ["citizen-participation"], "plan"),
        C("관내 소재 직장인과 학생이라면 누구나 자유롭게 의견을 낼 수 있다", None, None,
          ["citizen-participation"], "statement"),
        C("참여 희망자는 구청 홈페이지나 우편을 이용하거나 가까운 동 행정복지센터를 직접 방문해 신청하면 된다", None, None,
          ["citizen-participation"], "statement"),
        C("접수된 안건들은 소관 부서의 적정성 검토와 주민참여예산위원회의 심의를 거치게 된다", None, None,
          ["citizen-participation"], "statement"),
        C("이후 오는 7월로 예정된 주민투표와 총회 결과를 바탕으로 2027년도 사업예산에 최종 반영될 예정이다", None, None,
          ["citizen-participation"], "plan"),
        C("앞서 동구는 지난해 해당 제도를 통해 산책로 내 안심비상벨 설치", None, None,
          ["citizen-participation", "disaster-safety"], "achievement"),
        C("지역 주민 한 명 한 명의 다양한 목소리들을 예산에 적극 반영하여", YSJ, None,
          ["citizen-participation"], "plan"),
    ],
    "not_claims": [
        "지난해 17억 원 규모 70개 사업 ‘성공적’ 반영",
        "지역사회를 위한 다채로운 아이디어를 모으는 공모를 실시한다.ⓒ동구청",
    ],
}

# ---------------------------------------------------------------- ag-06 울산 (김기현, 2015)
KGH = "kim-gi-hyeon"
F = "2015-07-01"
G["ag-06-bujadongne.txt"] = {
    "metadata": {
        "headline": "김기현 울산시장 \"경제 살리기·일자리 만들기 주력\"",
        "published": "2015-07-01T11:28:57+09:00", "reporter": "이상현", "outlet": "연합뉴스", "jurisdiction": "31"},
    "officials": [KGH],
    "claims": [
        C("가장 중요한 현안은 경제, 일거리, 먹거리", KGH, F, ["jobs"], "statement"),
        C("앞으로 이 문제 해결에 최우선 목표를 두고 시정을 꾸려가겠다", KGH, F, ["jobs"], "plan"),
        C("제조업과 ICT를 융합한 창조적 제조업의 육성 기반을 다지고 울산과기원, 창조경제혁신센터, 테크노 산업단지를 중심으로 연구개발 역량을 키우겠다",
          KGH, F, ["fourth-industrial-revolution", "startup-support", "research-development"], "plan"),
        C("특히 투자유치에 사활을 걸겠다", KGH, F, ["investment-attraction"], "plan"),
        C("시립도서관, 미술관, 제2 실내종합체육관 등 매력적인 도시공간 창출에 시정의 역량을 모으겠다", KGH, F,
          ["culture-tourism"], "plan"),
        C("문화와 교육, 저출산 고령화 대책을 착실하게 추진하고 본격적인 은퇴가 시작된 베이비부머 세대를 위한 시책을 확대하겠다",
          KGH, F, ["culture-tourism", "education", "childcare-birth", "welfare"], "plan"),
        C("외국기업 투자 유치, 동북아 오일허브, 수소산업 육성 등 경제분야에 역점을 두고 일을 추진했다", KGH, F,
          ["investment-attraction", "energy-transition"], "achievement"),
        C("산업도시 안전성 강화, 복지 인프라 확충 등에도 공을 들였다", KGH, F,
          ["disaster-safety", "welfare"], "achievement"),
    ],
    "not_claims": [
        "출어유곡 천우교목",
        "김기현 울산시장이 1일 울산시청 프레스센터에서 열린 취임 1주년 기념 기자 브리핑에서 소감을 밝히고 있다",
    ],
}

# ---------------------------------------------------------------- ag-07 제주 (KCTV 집중진단, 2018)
WHR = "won-hee-ryong"
P = "2018-12-28"
G["ag-07-kctvjeju.txt"] = {
    "metadata": {"headline": "[집중진단1] 주거정책 '오락가락'", "published": "2018-12-28T14:56+09:00",
                 "reporter": "조승원", "outlet": "KCTV 제주방송", "jurisdiction": "50"},
    "officials": [WHR],
    "claims": [
        C("주거 안정을 최대 현안으로 꼽은 도정의 최우선 대책은 소규모 택지 개발이었습니다", None, P,
          ["housing"], "statement"),
        C("제주의 땅이 가지고 있는 지형과 문화를 보전하는 가칭 올레형 주거지구를 조성해 나가겠습니다", WHR, "2015-12-30",
          ["housing"], "plan"),
        C("확정하겠다던 택지개발 지역과 규모는 각종 소문만 무성하다가 슬그머니 해를 넘겼습니다", None, P,
          ["housing"], "criticism"),
        C("1년 5개월이 다 돼서야 택지개발의 윤곽이 보이는 듯 싶었지만", None, P, ["housing"], "criticism"),
        C("택지개발 후보지 14개소에 대해서는 주민설명회 진행 후 오는 5월말 사업 대상지를 최종 확정할 예정입니다", None,
          "2017-04-24", ["housing"], "plan", speaker_name="전성태"),
        C("제주도는 두달 만에 말을 바꿨습니다", None, P, ["housing"], "criticism"),
        C("미분양도 많이 발생하고 경기가 좀 발표를 하는 것이 적절하지 않다는 자문위 의견이 있어서 부득이 좀 유예를 하도록", None,
          "2017-06-22", ["housing"], "statement", speaker_name="전성태"),
        C("지연되고 유예되던 택지 개발은 결국 3년 만에 폐기됐습니다", None, P, ["housing"], "criticism"),
        C("소규모 택지개발은 사업성이나 재무성, 공공성이 안나오기 때문에 추진할 수 없다", None, "2018-07-16",
          ["housing"], "statement", speaker_name="이양문"),
        C("최근에는 다시 택지를 개발하겠다고 밝혀 혼란만 키우고 있습니다", None, P, ["housing"], "criticism"),
        C("약 10.1㎢에서 14.4㎢ 택지", None, "2018-12-12", ["housing"], "target", speaker_name="이양문"),
        C("택지는 기존 주거지 정비를 포함한 면적이 되겠습니다", None, "2018-12-12", ["housing"], "statement",
          speaker_name="이양문"),
    ],
    "not_claims": [
        "첫 번째 임기를 시작한 원희룡 도정",
        "< 원희룡 / 제주특별자치도지사 (2015년 12월 30일) >",
        "[집중진단1] 주거정책 '오락가락'",
    ],
}

# ---------------------------------------------------------------- ag-08 경남 창원시 (institutional, 2019)
HSM = "heo-seong-mu"
S = "2019-02-20"
G["ag-08-shinailbo.txt"] = {
    "metadata": {"headline": "창원국가산단, 산자부 '스마트 선도 산단' 선정", "published": "2019-02-20T15:51+09:00",
                 "reporter": "박민언", "outlet": None, "jurisdiction": "48120"},
    "officials": [HSM],
    "claims": [
        C("경남 창원시는 20일 창원국가산업단지(이하 창원국가 산단)가 오는 2022년까지 매년 2000억원(국비 포함)이상 투자되는 정부의 ‘스마트 선도 산단’으로 선정됐다고 밝혔다",
          None, S, ["fourth-industrial-revolution"], "achievement"),
        C("수도권의 반월·시화단지와 지방의 창원국가 산단을 각각 선정했다", None, S,
          ["fourth-industrial-revolution"], "achievement"),
        C("스마트 선도산단 이란 제조업 혁신정책의 핵심으로 산업단지에 정보통신기술 기반의 지능화 서비스를 활용", None, S,
          ["fourth-industrial-revolution"], "statement"),
        C("창원국가 산단의 선도 산단 선정에 적극 대처했다", None, S, ["fourth-industrial-revolution"], "achievement"),
        C("클라우드 기반 공유경제 플랫폼 구축, 전문인력 1000명 양성, 수소·방위·항공·협업로봇 등 신산업을 선도하는 3대 과제 40개 프로젝트를 발굴해 창원경제 살리기에 적극 나선다",
          None, S, ["fourth-industrial-revolution", "jobs", "energy-transition", "robot-industry"], "plan"),
    ],
    "not_claims": [
        "시, 3대 과제 40개 사업 추진…좋은 일자리 6500개 창출",
        "선정 관련 기자회견을 가지고 있는 모습",
        "창원국가산단, 산자부 '스마트 선도 산단' 선정",
    ],
}

# ---------------------------------------------------------------- ag-09 경북 포항시 (2017, undated text)
LGD = "lee-gang-deok"
G["ag-09-kbmaeil.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "47110"},
    "officials": [LGD],
    "claims": [
        C("이번 포항공장 착공으로 다음 달 100명의 직원을 채용하는 등 총 500명 이상의 신규 일자리를 창출할 계획이다", None, None,
          ["jobs", "investment-attraction"], "target"),
        C("포항시는 이번 투자유치 성공이 그동안 철강산업 일변도의 지역 산업구조를 다변화하고", None, None,
          ["investment-attraction", "future-vehicles"], "achievement"),
        C("청년 일자리 창출과 더불어 지역경제 활성화를 이끌어 낼 것이라는 기대감을 감추지 않고 있다", None, None,
          ["jobs", "youth-policy"], "statement"),
        C("포항시의 투자유치 노력과 함께 포항만이 가지고 있는 KTX, 항공, 항만 등 편리한 교통 인프라", None, None,
          ["investment-attraction"], "achievement", speaker_name="이동채"),
        C("양질의 일자리를 만들어내기 위해서라면 언제 어디든지 한걸음에 달려가는 세일즈시장이 될 것", LGD, None,
          ["jobs"], "plan"),
        C("지속적인 투자환경 조성 및 공격적인 투자유치 활동을 통해 기업하기 좋은 포항", LGD, None,
          ["investment-attraction", "jobs"], "plan"),
    ],
    "not_claims": [
        "청년 일자리 창출 더불어<bR>4차 산업혁명 대비 기회로",
        "포항부품소재전용단지에서 포항공장 착공식을 가졌다",
        "지역의 청년들을 채용해 회사를 운영하겠다",
        "이날 열린 착공식에는 이강덕 포항시장을 비롯해",
    ],
}

for name, gold in G.items():
    record = {"article": name, "metadata": gold["metadata"], "officials": gold["officials"],
              "claims": gold["claims"], "not_claims": gold["not_claims"]}
    with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as handle:
        json.dump(record, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    print(name, len(gold["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
