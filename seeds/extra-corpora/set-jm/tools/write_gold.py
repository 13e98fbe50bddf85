"""Writes the hand-made gold annotations of set-jm to gold/<article>.json."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'gold')
G = {}

def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d

def g(art, headline, published, reporter, outlet, jur, officials, claims, not_claims):
    G[art] = {"article": art,
              "metadata": {"headline": headline, "published": published, "reporter": reporter,
                           "outlet": outlet, "jurisdiction": jur},
              "officials": officials, "claims": claims, "not_claims": not_claims}

# jm-01 Busan childbirth plan, 서병수, event 27일 = publication day
D = "2017-11-27"; S = "suh-byung-soo"; CB = ["childcare-birth"]
g("jm-01-fnnews.txt", "부산, 출산율 높이는데 2조7000억원 투입", "2017-11-27T11:49+09:00", None, "파이낸셜뉴스", "26", [S], [
    c("현재 1.1명인 출산율을 1.4명까지 끌어올리기로 했다", None, D, CB, "target"),
    c("부산형 출산장려 정책 '아이·맘 부산 플랜'을 공개했다", None, D, CB, "plan"),
    c("워킹맘 등 100여명이 참석한 가운데 '아이·맘 부산 플랜'을 직접 발표했다", S, D, CB, "plan"),
    c("둘째 이후 자녀 출산유도, 일·가정 양립, 맞춤형 육아 지원", None, D, CB, "statement"),
    c("시비 9632억원 등 모두 2조7734억원을 투입할 예정이다", None, D, CB, "plan"),
    c("3개 부문 18개 사업으로 짜여졌다", None, D, CB, "statement"),
    c("출산지원금을 둘째 50만원(현재 20만원), 셋째 150만원(현재 100만원)으로 확대하고", None, D, CB, "plan"),
    c("20만원의 입학 축하금을 지원하며 세 자녀 가구의 상하수도료를 감면한다", None, D, CB, "plan"),
    c("현재 8곳인 육아종합지원센터도 2020년까지 14개로 확충한다", None, D, CB, "target"),
    c("부산 전역에 20곳의 키즈센터를 설치하고", None, D, CB, "target"),
], ["부산, 출산율 높이는데 2조7000억원 투입", "수정 2017.11.27 11:52"])

# jm-02 Andong dementia centre branch, institutional; publication 2025-03-17
D = "2025-03-17"; DC = ["dementia-care"]
g("jm-02-smnews.txt", "안동시, 길안면 치매안심센터 분소 개소", "2025-03-17", "조덕수", None, "47170", [], [
    c("길안 보건지소에 치매안심센터 분소를 개소하고 운영에 들어간다", None, D, DC, "plan"),
    c("치매 관리 사각지대를 해소하고, 치매안심센터와의 효율적 업무 분담을 도모 할 예정이다", None, D, DC, "plan"),
    c("치매 인지 선별검사(K-CIST), 환자 등록 상담, 치매 예방 프로그램 등 맞춤형 서비스를 제공한다", None, D, DC, "statement"),
    c("진단검사를 의뢰해 예방 및 관리 체계를 강화할 계획이다", None, D, DC, "plan"),
    c("주민 60여 명을 대상으로 치매 예방 프로그램과 함께 인식개선 캠페인도 진행한다", None, D, DC, "plan"),
    c("지역 밀착형 치매안심센터 분소 운영은 주민의 건강증진과 삶의 질 향상에 기여할 것이며", None, D, DC, "plan"),
], ["안동시, 길안면 치매안심센터 분소 개소", "치매 예방·관리 서비스 접근성 향상", "칠곡 동명 바르게살기위원회 20여 명이"])

# jm-03 Jinju fine dust, institutional; 27일 = publication day
D = "2019-02-27"; FD = ["fine-dust"]
g("jm-03-newsjinju.txt", "진주시, 미세먼지 대응 관리에 총력", "2019-02-27T13:45+09:00", "안영근", None, "48170", [], [
    c("미세먼지 마스크 12만 5000매를 보급했다고 27일 밝혔다", None, D, FD, "achievement"),
    c("미세먼지 저감 및 관리에 관한 특별법을 시행해 미세먼지 비상저감조치가 전국적으로 확대시행 되고 있다", None, D, FD, "statement"),
    c("행정·공공기관 차량은 물론 소속 직원 차량까지 2부제 운행이 의무적으로 시행된다", None, D, FD, "statement"),
    c("미세먼지를 줄이기 위한 대책에 적극적으로 협조해야 한다", None, D, FD, "statement"),
    c("503개소에 재난안전 문자를 발송하고", None, D, FD, "achievement"),
    c("별도의 미세먼지 대책을 수립 시행하도록 돼 있어", None, D, FD, "statement"),
], ["진주시, 미세먼지 대응 관리에 총력", "시민 건강 보호위해 서둘러 시행", "사진제공=진주시청"])

# jm-04 Gyeongju tourism TV script, 주낙영; undated -> all dates null
J = "ju-nak-yeong"; CT = ["culture-tourism"]
g("jm-04-dgmbc.txt", None, None, "임재국", None, "47130", [J], [
    c("경주에는 2023년 5천만 명에 육박하는 관광객이 찾았습니다", None, None, CT, "achievement"),
    c("대릉원 무료 개방과 관광 인프라 확충에 따른 것입니다", None, None, CT, "achievement"),
    c("관광 기반을 더 늘려 제2의 관광 전성기를 준비하고 있습니다", None, None, CT, "plan"),
    c("천마총 발굴 50주년 기념행사에 32만 명이 찾았습니다", None, None, CT, "achievement"),
    c("1년간 대릉원 방문객의 25%가 몰린 것입니다", None, None, CT, "achievement"),
    c("무료 개방하면 아무래도 다양한 사람들이 많이 들어올 수 있을 것 같아요", None, None, CT, "statement", "임하람 조윤하"),
    c("황리단길에는 대릉원 무료 개방 등과 맞물려 2023년 1,400만 명이 찾았습니다", None, None, CT, "achievement"),
    c("경주 전체 관광객은 4천8백만 명, 2022년보다 8% 이상 증가했습니다", None, None, CT, "achievement"),
    c("볼거리, 즐길 거리를 확충해 관광객이 늘어난 것입니다", None, None, CT, "achievement"),
    c("코로나로 억눌렸던 관광 수요가 폭발적으로 늘어난 것이 가장 큰 요인이고요", J, None, CT, "statement"),
    c("젊은 관광 수요를 도심으로 유인한 것이 큰 비결이었다고 생각합니다", J, None, CT, "achievement"),
    c("관광객 급증에 따라 경주시는 관광 혁신에 들어갔습니다", None, None, CT, "plan"),
    c("국제 관광도시로 위상을 높이고, 신라 역사 문화의 맥을 잇는 새로운 관광 명소 개발과 콘텐츠를 강화합니다", None, None, CT, "plan"),
    c("신라 왕경 디지털 체험관을 조성합니다", None, None, CT, "plan"),
    c("해양 관광 활성화 사업도 추진합니다", None, None, CT, "plan"),
], ["임재국 기자가 보도합니다", "신라시대 23기의 고분이 몰려 있는 경주 대릉원지구"])

# jm-05 Hadong tourism (broadcast text), 윤상기; event 오늘(3일) = publication day
D = "2018-12-03"; Y = "yun-sang-gi"
g("jm-05-obntv.txt", "윤상기 하동군수, 새해엔 글로벌 관광 거점도시 육성에 박차", "2018-12-03", "송철수", "OBNTV열린방송", "48850", [Y], [
    c("글로벌 관광 거점도시 육성에 박차를 가했다고 강조했습니다", Y, D, CT, "plan"),
    c("글로벌 관광 거점도시 육성에 박차를 가하겠다고 강조했습니다", Y, D, CT, "plan"),
    c("웰니스 관광의 선두주자로 육성하는 한편", Y, D, CT, "plan"),
    c("탑승객 4만 2000명, 북천 테마레일바이크 10만명을 넘어서는 등", Y, D, CT, "achievement"),
], ["윤상기 하동군수, 새해엔", "2018-12-03<월>OBNTV열린방송 보도국"])

# jm-06 Gimhae mayor's New Year message, 허성곤; publication day
D = "2021-12-31"; H = "heo-seong-gon"
g("jm-06-tf.txt", '[신년사] 허성곤 김해시장 "인구 56만 규모에 맞는 인프라 구축할 것"', "2021-12-31T15:35+09:00", "강보금", "더팩트", "48250", [H], [
    c("올해 지역경제 회복과 도시의 문화가치 향상, 탄소중립 실천과 지역 간 균형발전과 같은 과제들을 하나씩 해결해 나갈 계획이다", H, D, ["climate-carbon", "culture-tourism"], "plan"),
    c("코로나19로 위축된 골목경제를 활성화하고 기업투자 확대와 함께 5대 미래산업을 집중 육성하겠다", H, D, ["small-merchants", "investment-attraction"], "plan"),
    c("비대면 산업 활성화를 위한 지원과 소상공인 회복 지원에 초점을 맞추고", H, D, ["small-merchants"], "plan"),
    c("양질의 일자리를 제공할 방침이다", None, D, ["medical-industry", "future-vehicles", "energy-transition", "jobs"], "plan"),
    c("문화도시 위상 강화와 문화체육 인프라를 확충에도 힘쓴다", None, D, CT, "plan"),
    c("유네스코 창의도시에 걸맞은 문화도시 조성사업을 본격 추진하겠다", H, D, CT, "plan"),
    c("경남콘텐츠 기업육성센터, 도시재생사업을 비롯한 다양한 정책들과 연계하고", H, D, ["culture-tourism", "urban-regeneration"], "plan"),
    c("가야고분군 유네스코 세계문화유산 등재, 국립가야역사문화센터 건립", None, D, CT, "plan"),
], ["허성곤 김해시장./김해시 제공", "를 2022년 시정목표로 설정하고 도약을 준비하고 있다", "2022년 김해시 시정목표, '미래를 위한 준비, 새롭게 도약하는 김해'"])

# jm-07 Ulsan Nam-gu whale tourism interview, 서동욱; interview 17일; background narration on publication day
DI = "2025-09-17"; DP = "2025-09-22"; SD = "seo-dong-uk"
g("jm-07-donga.txt", "서동욱 울산 남구청장", "2025-09-22", None, "동아일보", "31140", [SD], [
    c("장생포 고래문화특구를 그 어떤 곳도 넘볼 수 없는 1등 관광지로 키우겠습니다", SD, DI, CT, "plan"),
    c("생활 인구를 늘릴 수 있는 관광 산업이 도시의 새로운 성장 동력이 될 것", SD, DI, CT, "statement"),
    c("울산 관광의 핵심 성장축으로 만들겠다는 구상이다", SD, DI, CT, "plan"),
    c("장생포는 2008년엔 고래문화특구로 지정됐다", None, DP, CT, "achievement"),
    c("역대 최다인 관광객 150만 명 이상이 찾는 관광 명소로 부상하고 있다", None, DP, CT, "achievement"),
    c("바다에서 고래 떼를 관찰하는 고래바다여행선이 있다", SD, DI, CT, "statement"),
    c("고래조각공원 등 볼거리도 풍성하다", SD, DI, CT, "statement"),
    c("고래를 특화한 관광 인프라가 잘 갖춰져 있다", SD, DI, CT, "statement"),
], ["지난해 150만 명 방문… 역대 최다", "생태체험관 등 특화관광 기반 탄탄", "2027년까지 보행교-숙박시설 조성", "울산 상권의 요충지 역할을 했다"])

# jm-08 Daegu Buk-gu dong tour, 배광식; 8일 = publication day
D = "2025-09-08"; B = "bae-gwang-sik"; CP = ["citizen-participation"]
g("jm-08-localsegye.txt", "대구 북구, 23개 동 주민과 소통…200여 건 의견 수렴", "2025-09-08T11:12:33+09:00", "박세환", "로컬세계", "27230", [B], [
    c("23개 전 동을 순회하며 주민과의 대화·소통 시간을 가졌다고 8일 밝혔다", None, D, CP, "achievement"),
    c("200여 건의 의견이 접수됐다", None, D, CP, "achievement"),
    c("다각적인 노력을 통해 순차적으로 반영할 방침이다", None, D, CP, "plan"),
    c("주민과 진솔한 대화를 이어가 큰 호응을 얻었다", None, D, CP, "achievement"),
    c("이번에 접수된 의견은 작은 것이라도 귀 기울여 구정에 반영하고", B, D, CP, "plan"),
], ["대구 북구, 23개 동 주민과 소통…200여 건 의견 수렴", "배광식 구청장 “남은 임기 끝까지 주민 위한 행정 추진”", "11년간 북구 발전을 위해 달려왔다"])

# jm-09 Dalseong county head New Year message, 최재훈; undated -> dates null
C = "choi-jae-hun"
g("jm-09-imaeil.txt", '최재훈 달성군수 "대구 중심으로 우뚝 달성군, 새해에도 담대한 도전"', None, None, "매일신문", "27710", [C], [
    c("출생아 수 및 합계출산율 전국 군 단위 1위, 기회발전특구 및 글로벌 혁신특구 지정", C, None,
      ["childcare-birth", "investment-attraction", "decentralization", "education", "public-transit", "youth-policy", "culture-tourism"], "achievement"),
    c("▷맞춤형 교육도시 ▷활력 넘치는 경제도시 ▷고품격 문화관광도시", C, None, ["education", "culture-tourism", "welfare"], "plan"),
    c("모빌리티 모터 소부장 특화단지 선정, 국가로봇테스트필드 예타 통과 등으로", C, None, ["future-vehicles", "robot-industry"], "achievement"),
    c("기회발전특구와 로봇 분야 글로벌 혁신지구 지정으로 달성의 경제는 더욱 힘을 받게 됐다", C, None, ["investment-attraction", "decentralization", "robot-industry"], "achievement"),
], ["희망찬 신년 메시지를 내놨다", "대구시에 편입된 지 30년이 되는 해여서 더욱 뜻깊다는 평가다", "새해에도 다양한 분야에서 담대한 도전을 이어나가겠다"])

os.makedirs(OUT, exist_ok=True)
for art, d in G.items():
    with open(os.path.join(OUT, art + '.json'), 'w', encoding='utf-8') as h:
        json.dump(d, h, ensure_ascii=False, indent=1)
    print(art, len(d['claims']))
print('total', sum(len(d['claims']) for d in G.values()))
