"""Writes gold/<article>.json for set-cn (hand annotation; see GOLD_NOTES.md)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold")


def c(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


G = []

# cn-01 울주군 일자리 (이순걸), 2022-12-01; report meeting '30일' = 2022-11-30
D = "2022-11-30"
G.append({
    "article": "cn-01-ulsanilbo.txt",
    "metadata": {"headline": "울주군, 일자리 팔걷어...2026년까지 2만4천명분, 고용률 65.5% 목표로",
                 "published": "2022-12-01", "reporter": "박재권", "outlet": None, "jurisdiction": "31710"},
    "officials": ["lee-sun-geol"],
    "claims": [
        c("울산시 울주군이 내년부터 2026년까지 2만4000명 일자리 창출과 고용률 65.5%를 목표로", None, D, ["jobs"], "target"),
        c("‘내 삶의 힘이 되는 일자리, 행복 울주’를 비전으로 한 일자리 계획을 밝혔다", None, D, ["jobs"], "plan"),
        c("4대 추진 전략과 10대 중점과제를 수립해 일자리 중심의 군정을 펼칠 예정이다", None, D, ["jobs", "startup-support"], "plan"),
        c("울주군 맞춤형 일자리 창출 모델을 개발해 군민에게 힘이 되는 든든한 일자리를 만들겠다", "lee-sun-geol", D, ["jobs"], "plan"),
    ],
    "not_claims": ["울주군, 일자리 팔걷어...2026년까지 2만4천명분"],
})

# cn-02 울산 부유식 해상풍력 (institution; 송철호 reported), 입력 2018-08-09 19:01
D = "2018-08-09"
G.append({
    "article": "cn-02-kmib.txt",
    "metadata": {"headline": "울산 ‘부유식 해상풍력’ 사업 본격화", "published": "2018-08-09T19:01+09:00",
                 "reporter": "조원일", "outlet": "국민일보", "jurisdiction": "31"},
    "officials": ["song-cheol-ho"],
    "claims": [
        c("울산시는 부유식 해상풍력산업을 제2의 조선산업으로 육성하기 위한 작업을 본격화한다고 9일 밝혔다", None, D, ["energy-transition"], "plan"),
        c("5㎿급 해상풍력기 50개를 설치해 해상풍력발전단지를 조성하고 그 아래에 바다목장을 조성할 계획이다", None, D, ["energy-transition"], "target"),
        c("이 사업은 민선7기 송철호 울산시장의 핵심공약으로", None, D, ["energy-transition"], "plan"),
        c("‘부유식 풍력산업 클러스터’로 지정·육성토록 지원해 달라고 건의했다", "song-cheol-ho", "2018-08-08", ["energy-transition"], "plan"),
        c("울산은 2016년부터 울산대를 중심으로 해상풍력 기술개발 기반을 닦아왔다", None, D, ["energy-transition"], "achievement"),
        c("부유식 풍력발전기 제조산업을 새로운 주력산업으로 키울 계획", None, D, ["energy-transition"], "plan"),
    ],
    "not_claims": ["울산=조원일 기자", "울산 ‘부유식 해상풍력’ 사업 본격화"],
})

# cn-03 부산 서구 치매안심마을 (공한수), undated -> all dates null
G.append({
    "article": "cn-03-busan.txt",
    "metadata": {"headline": "부산 서구 치매안심센터, 제2호 '남부민2동 치매안심마을' 지정 현판식 개최",
                 "published": None, "reporter": "박정훈", "outlet": "부산닷컴", "jurisdiction": "26140"},
    "officials": ["gong-han-su"],
    "claims": [
        c("남부민2동을 치매안심마을로 신규 지정하여 치매 친화적 환경 조성에 나선다", None, None, ["dementia-care"], "achievement"),
        c("제2호 치매안심마을을 지정하여 현판식을 가졌다", None, None, ["dementia-care"], "achievement"),
        c("치매안심마을은 치매에 대한 이해와 인식을 바탕으로", None, None, ["dementia-care"], "statement"),
        c("치매파트너플러스 양성 등 다양한 사업을 추진할 계획이다", None, None, ["dementia-care"], "plan"),
        c("어울려 살 수 있는 치매안심마을을 만들도록 노력하겠다", "gong-han-su", None, ["dementia-care"], "plan"),
    ],
    "not_claims": ["박정훈 부산닷컴 기자", "당신을 위한 AI 추천 기사", "부산닷컴 기사퍼가기"],
})

# cn-04 창원 수소산업 특별시 (허성무), 2018-11-01 ('1일' = publication day)
D = "2018-11-01"
G.append({
    "article": "cn-04-gnnews.txt",
    "metadata": {"headline": "창원시, 세계 최초 ‘수소산업 특별시’ 선포", "published": "2018-11-01",
                 "reporter": "이은수", "outlet": None, "jurisdiction": "48120"},
    "officials": ["heo-seong-mu"],
    "claims": [
        c("신성장동력으로 주목받고 있는 수소산업 선점에 나섰다", None, D, ["energy-transition"], "plan"),
        c("허성무 창원시장은 1일 시청에서 ‘수소의 날 및 수소산업 특별시’를 선포하고 창원시 수소산업 육성방안을 발표했다", "heo-seong-mu", D, ["energy-transition"], "plan"),
        c("시는 세계 최초로 ‘매년 11월 1일 수소의 날’로 지정하고", None, D, ["energy-transition"], "plan"),
        c("시가 4차 산업혁명의 핵심인 수소산업의 육성 로드맵을 발표한 것은", None, D, ["energy-transition"], "statement"),
        c("4대 추진분야 24개 세부추진 과제를 선정해 총사업비 3397억 원을 투입할 방침이다", None, D, ["energy-transition"], "plan"),
        c("수소산업 특별시 선포는 수소산업 생태계 구축을 통한 친환경 도시로서의 이미지를 부각하고", None, D, ["energy-transition"], "statement"),
        c("3단계 단계별 성장전략을 수립했다", None, D, ["energy-transition"], "achievement"),
        c("4대 추진분야에는 △수소 인프라 확대", None, D, ["energy-transition"], "statement"),
        c("24개 세부추진 과제는 △수소산업 전주기 제품 안전성 지원센터 유치", None, D, ["energy-transition"], "statement"),
    ],
    "not_claims": ["창원은 지난 40년간 기계산업의 메카로서 고도성장을 이뤘지만", "창원시, 세계 최초 ‘수소산업 특별시’ 선포"],
})

# cn-05 김해 청년정책협의체 (홍태용), undated -> all dates null
YP = ["youth-policy", "citizen-participation"]
G.append({
    "article": "cn-05-gyeongnampost.txt",
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "48250"},
    "officials": ["hong-tae-yong"],
    "claims": [
        c("정책을 직접 발굴하고 제안하는 청년 참여 기구이다", None, None, YP, "statement"),
        c("이날 위촉된 청년정책협의체 위원은 김해시에 거주하거나 활동 중인 19~39세 청년 40명", None, None, YP, "statement"),
        c("6기 김해시 청년정책협의체는 △일자리 △문화‧소통 △복지 3개 분과로 나눠져", None, None, YP, "plan"),
        c("인제대학교 글로컬 30 사업과 연계한 ‘청년 참여 프로젝트’를 추진한다", None, None, YP, "plan"),
        c("청년정책 토론회 개최 등 맞춤형 지원 사업으로 시정 참여에 활력을 불어 넣는다", None, None, YP, "plan"),
        c("실효성 있는 청년친화정책은 청년의 목소리에 귀 기울이고 공감하는 것에서부터 시작된다", "hong-tae-yong", None, YP, "statement"),
    ],
    "not_claims": ["‘제6기 김해시 청년정책협의체 발대식 및 오리엔테이션’을 개최했다고 10일 밝혔다",
                   "발대식은 위촉장 수여, 결의문 낭독"],
})

# cn-06 기장군 오시리아 관광단지 겨울 경관 (정종복), ' date 2025-12-05'
D = "2025-12-05"
G.append({
    "article": "cn-06-heraldcorp.txt",
    "metadata": {"headline": None, "published": "2025-12-05", "reporter": "이주현", "outlet": "헤럴드경제",
                 "jurisdiction": "26710"},
    "officials": ["jeong-jong-bok"],
    "claims": [
        c("겨울철 방문객들이 즐길 수 있는 야간 경관을 조성했다고 5일 밝혔다", None, D, ["culture-tourism"], "achievement"),
        c("이번 경관 조성사업은 오시리아 관광단지 내 상권 활성화를 통해 지역 경제에 활기를 더하기 위해 마련됐다", None, D, ["culture-tourism", "small-merchants"], "statement"),
        c("민·관이 함께 힘을 모은 우수 사례로 평가된다", None, D, ["culture-tourism", "small-merchants"], "achievement"),
        c("포토존도 마련해 주민과 관광객들이 한겨울의 소중한 추억을 남길 수 있도록 했다", None, D, ["culture-tourism"], "achievement"),
        c("누구나 편안하게 방문할 수 있는 겨울 명소로 가꾸어 나갈 계획이다", None, D, ["culture-tourism"], "plan"),
        c("방문객 편의 시설과 체류형 콘텐츠 확충에 힘쓰겠다", "jeong-jong-bok", D, ["culture-tourism"], "plan"),
    ],
    "not_claims": ["공원 중심부에 설치된 대형 트리는 주변 경관조명과 어우러져",
                   "물음표 공원 광장에서 점등식을 열고",
                   "겨울을 즐기면서 특별한 추억도 남기길 바란다",
                   "[헤럴드경제(부산)＝이주현 기자]"],
})

# cn-07 고성군 스마트 농업생산단지 (institution; 농업기술센터 소장 quoted), undated -> all dates null
AY = ["agriculture", "youth-policy"]
G.append({
    "article": "cn-07-bstoday.txt",
    "metadata": {"headline": "고성군 청년 농업인 육성 요람된다", "published": None, "reporter": "김민진",
                 "outlet": "부산일보", "jurisdiction": "48820"},
    "officials": [],
    "claims": [
        c("경남 고성군이 청년 농업인 육성 요람으로 탈바꿈한다", None, None, AY, "plan"),
        c("거류면 산성마을에 스마트 농업생산단지를 조성한다고 5일 밝혔다", None, None, ["agriculture"], "plan"),
        c("청년과 귀농인 성장 기반을 마련하고 안정적인 정착을 돕는 공간이다", None, None, AY, "statement"),
        c("스마트 기술을 연계해 농업경쟁력도 강화한다는 복안이다", None, None, ["agriculture"], "plan"),
        c("스마트축산 ICT 시범사업과 농촌 공간 정비사업을 연계해", None, None, ["agriculture"], "plan"),
        c("사업비는 지방소멸 대응 기금으로 충당한다", None, None, ["agriculture"], "statement"),
        c("이듬해 준공, 2028년 임대인을 모집할 계획이다", None, None, ["agriculture"], "plan"),
        c("후계농, 청년 농업인을 양성해 미래 농업 경쟁력을 갖추는 데 큰 도움이 될 것으로 기대된다", None, None, AY, "statement", "이현주"),
    ],
    "not_claims": ["44억 들여 스마트 농업생산단지 조성", "스마트팜 임대로 제공·성장 기반 지원",
                   "고성군 스마트 농업생산단지 조성 예정지. 고성군 제공", "김민진 기자 mjkim@busan.com"],
})

# cn-08 김경수 부울경 메가시티 (한국일보 AMP), 입력 2021.05.23 16:00
D = "2021-05-23"
G.append({
    "article": "cn-08-hankookilbo.txt",
    "metadata": {"headline": "김경수 \"부울경 살 길은 메가시티뿐\" 공감대 확산 '잰걸음'",
                 "published": "2021-05-23T16:00+09:00", "reporter": None, "outlet": None, "jurisdiction": "48"},
    "officials": ["kim-gyeong-su"],
    "claims": [
        c("수도권 집중 문제 해소와 수도권 일극체제 전환을 위한 '부울경 메가시티'를 도정 전면에 내세운", None, D, ["decentralization"], "statement"),
        c("'부울경 광역특별연합 설치를 위한 합동추진단' 출범에 앞서, 최대한 메가시티 필요성을 설파하겠다는 의도로 읽힌다", None, D, ["decentralization"], "statement"),
        c("'부울경 메가시티'의 당위성을 역설했다", "kim-gyeong-su", "2021-05-21", ["decentralization"], "plan"),
        c("부울경 메가시티를 조성해 신산업을 육성하고 지역 문화와 즐길거리도 공유할 수 있도록 한다면", "kim-gyeong-su", "2021-05-21", ["decentralization", "youth-policy", "jobs"], "statement"),
        c("'행정체계 옥상옥' '부산으로의 흡수' 등의 우려를 제기해온 경남도의회를 찾아 설명을 겸한 간담회를 열었다", None, "2021-05-20", ["decentralization"], "statement"),
        c("메가시티는 부산 울산 창원 진주 등 4대 거점도시의 네트워크형 초광역 권역별 도시로 추진한다", "kim-gyeong-su", "2021-05-20", ["decentralization"], "plan"),
    ],
    "not_claims": ["국회·부산시·경남도의회 방문 이어", "토론회 등 메가시티 알리기 '광폭 행보'",
                   "전국적으로 비수도권에서 수도권으로 가는 청년이 매년 10만 명이 넘는데",
                   "이대로 가면 국가 전체적으로 살기 어려워지고 청년들에게는 더 문제가 된다"],
})

# cn-09 부산시 전통시장 (institution only), 2019.09.18 18:44
D = "2019-09-18"
SM = ["small-merchants"]
G.append({
    "article": "cn-09-fnnews.txt",
    "metadata": {"headline": "부산시 \"100억 투입, 전통시장 32곳 살린다\"", "published": "2019-09-18T18:44+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "26"},
    "officials": [],
    "claims": [
        c("부산 전통시장 32곳이 선정돼 국비 60억원을 확보했다", None, D, SM, "achievement"),
        c("총 100억원을 전통시장과 상점가 활성화를 위해 지원할 예정이다", None, D, SM, "plan"),
        c("먼저 특성화 시장 육성사업에는 7개 시장이 선정돼 34억원의 사업비가 투입된다", None, D, SM, "statement"),
        c("유형별로 살펴보면 △청년몰 활성화 및 확장사업에 국제시장", None, D, SM, "achievement"),
        c("문화관광형 시장이란 지역 고유의 역사와 문화·특산품 등을 즐길 수 있도록 개발한 전통시장을 뜻한다", None, D, ["small-merchants", "culture-tourism"], "statement"),
        c("전통시장을 문화·관광시장으로 탈바꿈하겠다는 계획이다", None, D, ["small-merchants", "culture-tourism"], "plan"),
        c("53억원의 사업비를 투입해 공용주차장 건립을 추진한다", None, D, SM, "plan"),
        c("인근 사설주차장 이용 보조사업에 4억원을 지원할 방침이다", None, D, SM, "plan"),
        c("개별 점포 내 화재알림 시설을 설치하고 노후 전선을 정비하는 사업 등도 적극 추진할 계획이다", None, D, ["small-merchants", "disaster-safety"], "plan"),
        c("골목상권 활성화를 위해 오는 21~22일 양일간 영화의 전당에서", None, D, SM, "plan"),
    ],
    "not_claims": ["수정 : 2019.09.18 18:44기사원문", "작년에 이어 올해 두 번째로 열리는 이 행사는"],
})

os.makedirs(OUT, exist_ok=True)
for gold in G:
    with open(os.path.join(OUT, gold["article"] + ".json"), "w", encoding="utf-8") as handle:
        json.dump(gold, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
print(len(G), "gold files,", sum(len(g["claims"]) for g in G), "claims")
