"""Writes set-dh gold files (hand annotation)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'gold')
os.makedirs(OUT, exist_ok=True)


def c(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


G = {}

# dh-01 G1 broadcast script, 강릉, undated
KHG = "kim-hong-gyu"
G["dh-01-g1tv.txt"] = {
    "metadata": {"headline": "<신년.2>강릉시 \"더 경제도시 더 관광도시답게..\"", "published": None,
                 "reporter": "김근성", "outlet": None, "jurisdiction": "51150"},
    "officials": [KHG],
    "claims": [
        c("경포를 중심으로 한 관광인프라 확충과 양질의 일자리를 늘리는 경제도시를 전면에 내세웠습니다", KHG, None,
          ["culture-tourism", "jobs"], "plan"),
        c("김홍규 강릉시장의 새해 화두는 '경제.관광 제일강릉'입니다", KHG, None, ["culture-tourism"], "statement"),
        c("더 경제도시답게 더 관광도시 답게 더 나아가겠다", KHG, None, ["culture-tourism"], "plan"),
        c("분수를 설치해 수질개선과 관광 활성화 두마리 토끼를 모두 잡겠다는 게 김시장의 확고한 의지입니다", KHG, None,
          ["culture-tourism"], "plan"),
        c("분수를 중심으로 달빛아트쇼를 비롯한 볼거리와 즐길거리를 확충해 세계적인 테마공원으로 조성한다는 계획입니다", None, None,
          ["culture-tourism"], "plan"),
        c("분수사업 전망대 사업 또 환상의 호수 미디어 아트 사업을 같이 하면서", KHG, None, ["culture-tourism"], "plan"),
        c("양질의 일자리 창출을 위한 '경제도시 전환 정책'도 속도를 냅니다", None, None, ["jobs"], "statement"),
        c("옥계항의 국제무역항 지정과 천연물바이오 국가산단 조성", None, None, ["jobs"], "statement"),
        c("항만이라든지 산단, 기획발전특구, 교육발전특구까지도 앞으로 많은 기업 유치에 큰 도움이 되는", KHG, None,
          ["investment-attraction", "education"], "statement"),
    ],
    "not_claims": [
        "이어서 올해 시 승격 70돌을 맞은 환동해중심도시 강릉으로 가보겠습니다",
        "김근성기자가 김시장을 만났습니다",
        "올해 강릉의 가장 뜨거운 현안은 이곳 경포호가 될 가능성이 높습니다",
    ],
}

# dh-02 국민일보 AMP, 남양주, 2019-12-09
JGH = "jo-gwang-han"
D2 = "2019-12-09"
G["dh-02-kmib.txt"] = {
    "metadata": {"headline": "“철도교통 시대 가속화”…조광한 남양주시장, 금곡동서 시정설명회",
                 "published": "2019-12-09T18:14+09:00", "reporter": "박재구", "outlet": "국민일보",
                 "jurisdiction": "41360"},
    "officials": [JGH],
    "claims": [
        c("지하철 시대에 제외돼 변화와 발전이 어려웠다", JGH, D2, ["public-transit"], "criticism"),
        c("앞으로 서울 주변 수도권 발전은 GTX 중심으로 재편될 것이며 철도교통은 도시생활의 젓줄", JGH, D2,
          ["public-transit"], "statement"),
        c("지난 8월 GTX-B노선 예타 통과를 시작으로 진접선-별내선 연결", JGH, D2, ["public-transit"], "plan"),
    ],
    "not_claims": [
        "조광한 남양주시장이 9일 금곡동 주민자치센터에서 6번째 시정설명회를 진행하고 있다",
        "남양주의 현재와 미래의 청사진을 공유하는 시간을 가졌다고 밝혔다",
        "금곡·양정 발전을 저해하는 군부대는 이전할 것",
        "남양주의 시정방향과 비전을 시장님께 직접 들을 수 있는 유익한 시간이었다",
        "시정설명회를 이어나갈 예정이다",
    ],
}

# dh-03 내일신문 (outlet not named in text), 부천, 2025-07-01; announcement 지난달 30일
D3 = "2025-06-30"
SM = ["small-merchants"]
G["dh-03-naeil.txt"] = {
    "metadata": {"headline": "부천시, 부천페이 4000억 발행…역대 최대", "published": "2025-07-01T11:28+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "41190"},
    "officials": ["jo-yong-ik"],
    "claims": [
        c("부천페이 발행 목표액을 역대 최대 규모인 4000억원으로 크게 늘리는 등", None, D3, SM, "target"),
        c("부천페이를 통해 지역경제의 숨통을 틔우겠다는 취지다", None, D3, SM, "statement"),
        c("지역상권 활성화를 위한 대표정책으로 부천페이를 1순위에 두고 중단 없이 발행해 왔다", None, D3, SM, "achievement"),
        c("시비 추가 지원을 통해 매년 2000억원 이상 부천페이를 발행했다", None, D3, SM, "achievement"),
        c("지난해에는 총 2250억원의 부천페이를 발행해 목표 대비 112%를 초과 달성한 바 있다", None, D3, SM, "achievement"),
        c("7월부터 부천페이 구매 한도를 월 70만원까지 늘리고 인센티브 비율도 7%로 높이는 등", None, D3, SM, "plan"),
        c("부천페이 활성화와 더불어 이재명정부가 추진하는 ‘민생회복 소비쿠폰’ 사업의 성공 모델을 만드는 데에도", None, D3, SM,
          "plan"),
    ],
    "not_claims": [
        "이재명정부 국정방향 맞춰",
        "민생·지역경제 활력에 집중",
        "조용익 부천시장이 30일 상동시장을 방문해 민생경제를 현장에서 살피고 부천페이로 장을 보고 있다",
        "조용익 부천시장이 지난달 30일 상동시장을 방문, 민생경제를 현장에서 살피고 부천페이로 장을 보고 있다",
        "조용익 부천시장은 이날 부천상동시장을 방문해 장을 본 후 점심식사를 하면서",
    ],
}

# dh-04 아시아경제 (outlet not named in text), 고양, 2025-08-13; 착수보고회 지난 12일
G["dh-04-asiae.txt"] = {
    "metadata": {"headline": "고양시, 거점형 스마트시티 조성사업 착수보고회…미래도시 구현",
                 "published": "2025-08-13T14:25+09:00", "reporter": "이종구", "outlet": None,
                 "jurisdiction": "41280"},
    "officials": ["lee-dong-hwan"],
    "claims": [
        c("'거점형 스마트시티 조성사업 착수보고회'를 열고 본격적인 사업 추진에 나섰다", None, "2025-08-12",
          ["smart-city"], "statement"),
        c("인공지능(AI) 및 빅데이터 분석 등 첨단기술을 적용해 시민이 체감할 수 있는 스마트도시 서비스를 제공하는 것을 목표로 한다",
          None, "2025-08-13", ["smart-city", "fourth-industrial-revolution"], "statement"),
        c("▲자율주행버스 구축·운영 ▲데이터 허브 구축", None, "2025-08-13",
          ["smart-city", "future-vehicles", "fourth-industrial-revolution", "disaster-safety"], "statement"),
        c("시는 스마트시티 조성을 통해 데이터 수집 및 분석을 통해 교통 사각지대를 해소하고", None, "2025-08-13",
          ["smart-city"], "plan"),
    ],
    "not_claims": [
        "자율주행·데이터 기반 스마트 서비스로 미래도시 구현",
        "이정화 고양특례시 제2부시장이 지난 12일 백석업무빌딩에서",
        "보고회는 서비스 구축 로드맵과 추진전략을 공유하고",
        "보고회에는 이정화 제2부시장을 비롯해 도시주택정책실장",
    ],
}

# dh-05 뉴스1 AMP, 화천, undated
CMS = "choi-mun-sun"
CB = ["childcare-birth"]
G["dh-05-news1.txt"] = {
    "metadata": {"headline": "화천군, 출산 장려금 150만원→300만원 2배 인상", "published": None,
                 "reporter": "한귀섭", "outlet": "뉴스1", "jurisdiction": "42790"},
    "officials": [CMS],
    "claims": [
        c("인구증가와 가계부담 경감을 위한 출산 장려금 제도를 대폭 확대한다고 31일 밝혔다", None, None, CB, "plan"),
        c("군은 지난 27일 ‘인구증가시책 지원조례 일부 개정 조례안’을 입법예고했다", None, None, CB, "achievement"),
        c("출산 장려금 제도의 수혜 대상과 지원규모를 크게 늘리는 것이 주요 골자다", None, None, CB, "statement"),
        c("셋째 아이 이상 신생아 및 입양아에게 3년 간 매년 50만원의 출산 장려금을 지급해왔다", None, None, CB, "statement"),
        c("아이 출산 순위에 관계없이 모든 신생아 및 입양아에게 출산 장려금 지원 대상이 된다", None, None, CB, "plan"),
        c("총 150만원이던 장려금은 1회 300만원으로 2배 확대될 전망이다", None, None, CB, "plan"),
        c("지자체 주도의 종일돌봄 등 보육과 교육지원 서비스까지 지원해 아이와 엄마 모두가 행복한 화천을 만들어 나가겠다", CMS, None,
          ["childcare-birth", "education"], "plan"),
    ],
    "not_claims": [
        "출산 순위 관계없이 모든 신생아 및 입양아에 지원",
    ],
}

# dh-06 CNB뉴스 mobile (outlet not named in text), 원주, undated
WGS = "won-gang-su"
IA = ["investment-attraction"]
G["dh-06-cnbnews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "51130"},
    "officials": [WGS],
    "claims": [
        c("민선8기 출범 이후 총 2119억 원의 투자를 유치하고, 598명의 고용을 확대하는 성과를 거뒀다", None, None,
          ["investment-attraction", "jobs"], "achievement"),
        c("지난 15개월여 동안 투자 유치한 기업은 총 11개 기업으로", None, None, IA, "achievement"),
        c("직접적인 세수 증대와 고용 확대 외에 지역 원・부자재 및 협력업체 활용 등 부수적인 경제효과도 클 것이라고 기대하고 있다",
          None, None, ["investment-attraction", "jobs"], "statement"),
        c("이에 기업들이 생산량을 늘리고 원주를 거점으로 판로를 점차 넓혀갈 수 있도록 적극적인 지원을 할 계획이다", None, None, IA,
          "plan"),
        c("원주시는 민선 8기 들어 경제중심도시를 선언, 적극적인 투자유치 활동을 펼쳐 지역사회에 활력을 불어넣었다", None, None, IA,
          "achievement"),
        c("15년 넘게 답보상태에 머물러 있던 부론일반산업단지 조성을 전격 재개하는 한편", None, None, IA, "statement"),
        c("신규 산업단지 조성과 반도체, 데이터센터 등 첨단산업을 유치하기 위해", None, None,
          ["investment-attraction", "fourth-industrial-revolution"], "statement"),
        c("민선8기 노력들이 점차 결실을 맺어가고 있다", WGS, None, IA, "achievement"),
        c("앞으로도 우수 기업 유치 등에 더욱 박차를 가하겠다", WGS, None, IA, "plan"),
    ],
    "not_claims": [
        "중부권 제1의 경제도시 도약을 위해 더욱 박차를 가한다는 방침이다",
    ],
}

# dh-07 한국일보, 춘천, undated; institutional narration only
PT = ["public-transit"]
G["dh-07-hankookilbo.txt"] = {
    "metadata": {"headline": "춘천시, 다음달 15일부터 새 노선 운용", "published": None, "reporter": "박은성",
                 "outlet": "한국일보", "jurisdiction": "42110"},
    "officials": [],
    "claims": [
        c("다음달 15일 시내버스 노선 전면 개편을 앞두고 홍보에 나섰다", None, None, PT, "statement"),
        c("시는 시내버스 노선을 기존 89개에서 시내 18개, 읍면 30개 등 48개로 줄였다고 21일 밝혔다", None, None, PT,
          "achievement"),
        c("노선이 줄어든 외곽지역에는 마을버스를 투입한다", None, None, PT, "plan"),
        c("마을버스 30대 가운데 현재 23대가 출고됐다", None, None, PT, "statement"),
        c("주요노선 배차간격은 33분에서 19분으로 줄이고, 운행횟수는 편도 1,170회에서 1,450회로 늘렸다", None, None, PT,
          "achievement"),
        c("춘천시는 앞서 11일 환승센터 14곳을 조성했다", None, None, PT, "achievement"),
        c("샘밭장터 등 3곳에 회차장을 마련한다", None, None, PT, "plan"),
        c("또 28일까지 시내버스 개편에 따른 시민들의 혼란을 최소화하기 위한 안내도우미를 모집한다", None, None, PT, "plan"),
        c("시는 정식 운영에 앞서 열흘 가량 시범운행에 나서 시행착오를 줄일 방침이다", None, None, PT, "plan"),
        c("승용차보다 시내버스가 편한 춘천을 시민과 함께 만들어 나갈 것", None, None, PT, "plan"),
    ],
    "not_claims": [
        "읍면 등 외곽지역 마을버스 30대 투입",
        "박은성 기자 esp7@hankookilbo.com",
    ],
}

# dh-08 한국일보 AMP, 동해·삼척 (강원특별자치도), 2024-06-23
ET = ["energy-transition"]
D8 = "2024-06-23"
G["dh-08-hankookilbo.txt"] = {
    "metadata": {"headline": "동해·삼척 수소경제 중심으로 뜬다", "published": "2024-06-23T14:00+09:00",
                 "reporter": "박은성", "outlet": "한국일보", "jurisdiction": "51"},
    "officials": [],
    "claims": [
        c("수소 저장·운송클러스터가 이르면 올 하반기 첫 삽을 뜬다", None, D8, ET, "plan"),
        c("2028년까지 국비 등 모두 3,117억 원을 들여 동해삼척 수소·저장 운송산업에 특화된 클러스터를 조성할 계획이라고 23일 밝혔다",
          None, D8, ET, "plan"),
        c("이 사업은 지난해 12월 기획재정부 주관 재정사업평가위원회에서 예비타당성조사를 통과했다", None, D8, ET, "achievement"),
        c("기존 석탄 중심의 에너지도시에서 수소경제 거점으로 산업구조를 바꾸기 위한 사업이다", None, D8, ET, "statement"),
        c("동해지역에는 컨트롤타워에 해당하는 산업진흥센터를 비롯해 안전성시험센터, 기술검증기반인 실증테스트베드를", None, D8,
          ["energy-transition", "investment-attraction"], "plan"),
        c("이르면 10월쯤 동해시 북평 제2일반산업단지에 수소저장·운송 클러스터 산업진흥센터를 착공할 계획이다", None, D8, ET, "plan"),
        c("이곳에는 수소 관련 기업 60여개가 입주할 전망이다", None, D8, ET, "target"),
        c("신규 일자리 4,500개 등 4,000억 원 이상의 경제효과를 기대하고 있다", None, D8, ["energy-transition", "jobs"],
          "target"),
        c("액화수소 운송·저장용 탱크 제조 및 사용에 대한 기준과", None, "2024-06-21", ET, "plan"),
        c("규제 완화를 통해 수소 산업이 성장할 수 있는 토대를 만들겠다", None, "2024-06-21", ET, "plan", "김상영"),
    ],
    "not_claims": [
        "이르면 10월 수소·저장 클러스터 ‘첫 삽’",
        "산업구조 고도화 4000억 원대 경제효과",
        "세상을 보는 균형, 한국",
    ],
}

# dh-09 일요신문 mobile (outlet not named in text), 수원, undated
LJJ = "lee-jae-jun"
HO = ["housing"]
G["dh-09-ilyo.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "41110"},
    "officials": [LJJ],
    "claims": [
        c("‘수원시 전세 피해 상담센터’를 개소하고 변호사, 법무사, 공인중개사 등 관련 전문 인력을 배치해", None, None, HO,
          "achievement"),
        c("잠재적 피해자에 대한 지원방안과 전세 사기 피해자 결정 방식의 개선안 등을 정부에 요청할 계획이다", None, None, HO, "plan"),
        c("전세 사기 가담이 의심되는 중개업소에 대한 특별 지도·점검을 각 구청에 요청하고", None, None, HO, "plan"),
        c("수원시 전체 통반장을 대상으로 전세사기 피해 예방 교육을 순회해서 진행할 예정이다", None, None, HO, "plan"),
        c("전세 사기 피해자를 지원하고 예방하기 위해 방안 마련에 총력을 다하겠다", LJJ, None, HO, "plan"),
        c("전세 사기 피해를 예방하고 지원하는 실효성 있는 방안을 정부에 건의하겠다", LJJ, None, HO, "plan"),
        c("한전과 상수도사업소에 단전·단수 유예를 요청했다", None, None, HO, "achievement"),
        c("전체 우편함에 안내문을 배부하고, 현수막을 게시했다", None, None, HO, "achievement"),
    ],
    "not_claims": [
        "피해자 결정 방식 개선안 정부에 요청 계획…가담 의심 중개업소들 특별 점검",
        "전세사기란 임차인들과 임대차 계약을 맺었으나, 잠적해 보증금을 돌려주지 않는 사기 행위다",
        "현재까지 148건의 고소장과 210억 원 상당의 피해 금액이 고소장에 적시됐다",
        "경찰은 이 사건에 대해 압수수색과 기초조사를 진행",
    ],
}

for name, g in G.items():
    doc = {"article": name, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"],
           "not_claims": g["not_claims"]}
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
    print(name, len(g["claims"]))
print('total', sum(len(g["claims"]) for g in G.values()))
