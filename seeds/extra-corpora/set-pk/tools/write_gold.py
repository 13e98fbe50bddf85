"""Writes gold/*.json for set-pk (hand annotation; see GOLD_NOTES.md)."""
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

# pk-01 Busan carbon-neutral basic plan, sports.donga, 입력 2024-03-26 17:24
D = "2024-03-26"
G["pk-01-sportsdonga.txt"] = {
    "metadata": {"headline": "부산시 ‘제1차 탄소중립 녹색성장 기본계획 최종보고회’ 개최",
                 "published": "2024-03-26T17:24+09:00", "reporter": None, "outlet": None,
                 "jurisdiction": "26"},
    "officials": ["park-heong-joon"],
    "claims": [
        c("부산시(시장 박형준)가 26일 시청에서 ‘제1차 부산시 탄소중립 녹색성장 기본계획 최종보고회’를 개최했다고 밝혔다", None, D, ["climate-carbon"], "statement"),
        c("제1차 국가 기본계획이 지난해 4월 확정됨에 따라 이를 반영해 시의 관리권한에 속하는 온실가스 배출량을 줄이기 위해 마련됐다", None, D, ["climate-carbon"], "statement"),
        c("검토 의견을 듣고 반영해 내실 있는 기본계획을 수립하기 위해 마련됐다", None, D, ["climate-carbon"], "statement"),
        c("온실가스 배출량을 2030년까지 지난 2018년 대비 45% 감축하는 것을 목표로 한다", None, D, ["climate-carbon"], "target"),
        c("‘부산 특화 탄소중립 정책’이 포함돼 시가 저탄소 생태계를 선점하고", None, D, ["climate-carbon"], "statement"),
    ],
    "not_claims": [
        "박형준 시장이 발언하고 있다. 사진제공|부산시",
        "4월 2050탄소중립녹색성장위원회 심의로 확정",
        "이날 회의는 박 시장을 비롯해 시 2050탄소중립녹색성장위원회 공동위원장인 김광회 시 경제부시장",
    ],
}

# pk-02 Gijang county head interview, donga, 입력 2022-02-18 03:00
D = "2022-02-18"
G["pk-02-donga.txt"] = {
    "metadata": {"headline": "“현장서 발로 뛴 15년… 군민 목소리 들으면 보약 먹은 듯 힘이나”",
                 "published": "2022-02-18T03:00+09:00", "reporter": None, "outlet": "동아일보",
                 "jurisdiction": "26710"},
    "officials": ["oh-gyu-seok"],
    "claims": [
        c("안데르센 동화마을, (가칭)부산기장촬영소, 정관 빛·물·꿈 교육행복타운, 일광도서관, 일광천 연어 테마길 등을 완공했거나 조성 중이다", None, D,
          ["medical-industry", "culture-tourism", "education"], "achievement"),
    ],
    "not_claims": [
        "야간 민원실 열고 주민 의견 경청… 서명운동 벌여 도시철도 노선 유치",
        "복지에도 힘써 전국서 최우수 평가",
        "민생 현장의 목소리를 경청하고 직접 발로 뛰어 주민을 위한 정책을 펴기 위해 온 힘을 쏟았다",
        "오시리아 관광단지를 포함해 가장 면적이 넓은 기장군은 도·농복합지역으로 유일한 ‘군(郡)’이다",
        "민생 곳곳에서 만나는 주민들의 목소리가 보약처럼 군정을 이끌어 가는 데 엄청난 힘이 됐다",
        "항상 문제의 답은 현장에 있다는 생각으로 직접 현장을 찾아 주민에게 필요한 점을 고민했던 게",
        "긴 재임 기간만큼 성과도 상당하다",
        "국비 확보를 위해 쉼 없이 뛰어다닌",
    ],
}

# pk-03 Busan mayor youth-policy interview (국제신문), reposted on a Daum cafe, 작성시간 15.02.14; interview 지난 3일
D = "2015-02-03"
S = "suh-byung-soo"
G["pk-03-daumcafe.txt"] = {
    "metadata": {"headline": "서병수 부산시장 \"일 경험 공유하는 청년센터 설치…주거 보증금 펀드는 즉시 검토\"",
                 "published": "2015-02-14", "reporter": None, "outlet": "국제신문",
                 "jurisdiction": "26"},
    "officials": [S],
    "claims": [
        c("그들을 더 많이 만나 고민을 듣겠다", S, D, ["youth-policy"], "plan"),
        c("일 경험을 나누는 공간이 필요하다는 국제신문의 제안에 공감한다", S, D, ["youth-policy"], "statement"),
        c("전통시장의 빈점포나 산복도로 빈집이 청년 창업의 거점이 될 수 있도록 검토하겠다", S, D,
          ["startup-support", "youth-policy", "small-merchants", "urban-regeneration"], "plan"),
        c("부산시의 모든 정책의 초점을 청년에 두겠다", S, D, ["youth-policy"], "plan"),
    ],
    "not_claims": [
        "작성자도성|작성시간15.02.14|조회수314",
        "서병수 시장, 청년정책 바꾼다",
        "- 청년들 직접 만나 챙길 것",
        "- 전통시장을 창업 전진기지로",
        "- 세계 청년콘퍼런스도 추진",
        "청년들이 인생의 가장 기본적인 행복을 포기하는 일이 없어야 한다",
        "부산시가 '청년센터' 육성을 위해 벤치마킹하게 될 서울청년일자리 허브. 김화영 기자",
        "응답자의 16%가 결혼·출산·연애 중 하나를 포기했거나 포기할 수 있다고 했다",
        "결혼·연애·출산의 포기는 개인의 문제를 넘어 인구 감소와 경기 침체로 연결된다",
        "청년이 없으면 부산의 미래도 없다",
        "'부산은 취업기회가 많은 도시입니까'라는 질문에 절반 가까이가 '아니다'고 했다",
    ],
}

# pk-04 Daegu mayor on future vehicles, 등록일 2017-02-02 02:01; 정례조회 1일
E = "2017-02-01"
P = "2017-02-02"
K = "kwon-young-jin"
G["pk-04-kbmaeil.txt"] = {
    "metadata": {"headline": "“미래형 자동차로 대구 미래 열자”", "published": "2017-02-02T02:01+09:00",
                 "reporter": "이곤영", "outlet": None, "jurisdiction": "27"},
    "officials": [K],
    "claims": [
        c("대구를 미래형 자동차 선도도시로 육성하겠다는 청사진을 제시했다", K, E, ["future-vehicles"], "plan"),
        c("미래형자동차 시대에 대구가 선도적 역할을 할 수 있도록 대구시와 중앙정부, 연구기관, 기업 등이 힘을 모아야 한다", K, E, ["future-vehicles"], "plan"),
        c("완성차 제조도시의 꿈을 꿔 대구의 전기상용차가 전국을 누비고 세계로 수출될 수 있도록 해야 한다", K, E, ["future-vehicles"], "plan"),
        c("바로 그 시작이 1t 전기상용차 생산", K, E, ["future-vehicles"], "statement"),
        c("르노-대동공업 컨소시엄으로 전기차 1t급 생산을 추진하고 있으며", None, P, ["future-vehicles"], "statement"),
        c("전기차 보급 활성화를 위해 충전기를 2030년까지 7천 기 설치할 계획이다", None, P, ["future-vehicles"], "target"),
    ],
    "not_claims": [
        "권영진 시장 청사진 제시",
        "대구는 70~80년대 지역의 원단, 섬유 등 유망산업에만 너무 치중해 지금의 어려움을 초래했다",
        "앞으로 세계자동차 시장은 친환경에너지, 편안함과 안전의 중요성으로 전기자동차와 자율형자동차로 갈 수밖에 없다",
        "전기차는 2016년 기준 세계 판매량이 전년 대비 50% 성장하고 있으며",
        "자율주행차량시장은 2025년 이후 자율주행 탑재 차량의 급성장을 예고하고 있다",
    ],
}

# pk-05 KBS Daegu TV script, Gunwi smart farming valley (undated)
G["pk-05-kbs.txt"] = {
    "metadata": {"headline": "첨단 농산업도시 군위…스마트 농업밸리 조성", "published": None,
                 "reporter": "박준형", "outlet": "KBS", "jurisdiction": "27720"},
    "officials": ["kim-jin-yeol"],
    "claims": [
        c("대구 군위군이 첨단 농산업도시로 변화를 시도하고 있습니다", None, None, ["agriculture"], "statement"),
        c("첨단 정보통신기술을 접목한 스마트 농업밸리가 조성되는데 전통 농업을 혁신하는 거점이 될 전망입니다", None, None,
          ["agriculture", "fourth-industrial-revolution"], "plan"),
        c("농촌지역의 고령화와 인력부족을 해결하는 이른바 스마트 농업의 모습입니다", None, None, ["agriculture"], "statement"),
        c("내년부터 5년간 4천4백억 원이 투입돼 로봇과 빅데이터 등을 첨단 과학기술을 접목한 대규모 스마트농업 밸리가 조성됩니다", None, None,
          ["agriculture", "fourth-industrial-revolution"], "plan"),
        c("지역을 5개 권역으로 나눠 고부가가치의 농산물을 생산하고 신공항을 활용해 해외 수출과 연계합니다", None, None, ["agriculture"], "plan"),
        c("농생명 교육기관을 세워 해외인력을 교육하는 등 농촌 인력 부족 문제도 해결해 나갈 계획입니다", None, None, ["agriculture"], "plan"),
        c("대구의 ABB기술과 군위군의 농업기술을 합치는 겁니다", None, None, ["agriculture", "fourth-industrial-revolution"], "statement", "이종화"),
        c("세계최고의 농업도시가 될 수 있도록 대구시가 지원하겠습니다", None, None, ["agriculture"], "plan", "이종화"),
        c("첨단 농산업 생태계 구축을 위한 상생 협약도 체결했습니다", None, None, ["agriculture", "research-development"], "achievement"),
        c("K-농업의 첨단기계와 기술을 해외에 수출하고 진출하는 전략거점으로 군위가 발전되어 나갈 것입니다", "kim-jin-yeol", None, ["agriculture"], "plan"),
        c("전통 농업도시 군위군이 미래산업과 신공항을 기반으로 첨단 농산업도시로 거듭날 준비를 하고 있습니다", None, None, ["agriculture"], "statement"),
    ],
    "not_claims": [
        "자율주행 콤바인이 스스로 움직이며 벼 수확을 합니다",
        "트랙터는 혼자서 땅을 갈고 과수원에서는 방제기가 사과나무 사이로 농약을 살포합니다",
        "KBS 뉴스 박준형입니다",
    ],
}

# pk-06 Ulsan MBC talk with Nam-gu head, 입력 2025-06-19 21:51:42
D = "2025-06-19"
S = "seo-dong-uk"
G["pk-06-usmbc.txt"] = {
    "metadata": {"headline": "[대담] 서동욱 남구청장에게 듣는다", "published": "2025-06-19T21:51:42+09:00",
                 "reporter": "정인곤", "outlet": None, "jurisdiction": "31140"},
    "officials": [S],
    "claims": [
        c("이곳 장생포는 수국 페스티벌은 물론 울산고래축제까지 열리는 울산의 대표 관광지인데요", None, D, ["culture-tourism"], "statement"),
        c("장생포를 남구를 넘어 우리나라 대표 관광지로 만들기 위해 다양한 정책들을 준비하고 있다고 합니다", None, D, ["culture-tourism"], "plan"),
        c("수국 페스티벌이 벌써 4회째를 맞이했습니다", None, D, ["culture-tourism"], "statement"),
        c("지난해 60만 명이 넘게 수국을 보러와 주신 덕분에 올해는 축제기간도 3주로 늘리고 더 열심히 준비했는데요", S, D, ["culture-tourism"], "achievement"),
        c("백만송이 수국과 함께 즐길 수 있는 다채로운 문화공연과 프로그램, 플리마켓도 확대했습니다", S, D, ["culture-tourism"], "achievement"),
        c("장생포 수국을 마음껏 감상하실 수 있게 전 구간에 야간조명을 설치했고요", S, D, ["culture-tourism"], "achievement"),
        c("매주 토요일 밤 8시에는 ‘수국 불꽃쇼’도 펼쳐집니다", S, D, ["culture-tourism"], "statement"),
        c("주말에 태화강역을 통해 방문하는 분들을 위해서 수국 셔틀버스도 운영하니까요", S, D, ["culture-tourism"], "statement"),
        c("장생포 고래박물관이 올해로 개관 20주년을 맞았습니다", None, D, ["culture-tourism"], "statement"),
        c("고래문화특구 누적 방문객이 1,400만 명을 돌파했는데요", S, D, ["culture-tourism"], "achievement"),
        c("주효했다고 생각되어집니다", S, D, ["culture-tourism"], "statement"),
        c("70년대 풍경을 재현한 고래문화마을은 중장년층과 MZ세대까지 인기를 끌고 있고요", S, D, ["culture-tourism"], "achievement"),
    ],
    "not_claims": [
        "서동욱 남구청장을 만나 이번 축제의 의미와 지역 현안에 대해 이야기 나눠보겠습니다",
        "올해 축제는 어떤점을 눈여겨 봐야 할까요?",
        "여러분께서도 꼭 장생포에 오셔서 즐기다 가셨으면 좋겠습니다",
        "이밖에 고래문화특구의 볼거리를 추천해주신다면요?",
    ],
}

# pk-07 Hankyung, Ulsan hydrogen city selection (undated; institutional narration)
G["pk-07-hankyung.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "하인식", "outlet": "한국경제",
                 "jurisdiction": "31"},
    "officials": [],
    "claims": [
        c("울산시는 국토교통부 주관 ‘수소도시 조성’ 공모사업에 선정됐다고 25일 밝혔다", None, None, ["energy-transition"], "achievement"),
        c("수소도시 조성사업이란 수소경제 활성화와 탄소중립 실현을 목적으로", None, None, ["energy-transition", "climate-carbon"], "statement"),
        c("국비 147억5000만원 등 4년간 295억원을 투입해 북구 및 울산미포국가산업단지 일원에 울산형 수소도시를 조성하기로 했다", None, None, ["energy-transition"], "plan"),
        c("북구는 지역 여건을 반영해 미래 수소 이동 수단을 확대하는 방식으로", None, None, ["energy-transition", "future-vehicles"], "plan"),
        c("수소 배관망을 구축하는 사업이 있다", None, None, ["energy-transition"], "plan"),
        c("수소충전소에 수소를 직공급하고, 국내 최초 수소 트랙터를 개발하기 위한 기술 실증 사업도 추진한다", None, None, ["energy-transition", "future-vehicles"], "plan"),
        c("울산~서울·인천 지역 간 장거리 화물 물류 노선에 3대를 실증 운행할 계획이다", None, None, ["energy-transition", "future-vehicles"], "plan"),
        c("수입차 위주 디젤 기반 대형 화물차를 국산 친환경 차량으로 전환하는 게 목표다", None, None, ["future-vehicles", "research-development"], "plan"),
        c("수소 세계시장을 선점하려면 더 안전하게 수소 기반 시설을 관리해야 한다", None, None, ["energy-transition", "disaster-safety"], "plan"),
        c("안전성을 확인할 수 있는 실시간 감시 체계도 구축할 예정이다", None, None, ["energy-transition", "disaster-safety"], "plan"),
        c("내년 10월까지 수소도시 조성사업 종합계획과 세부시설 계획 등 용역을 완료하고 2028년까지 사업을 마무리할 계획이다", None, None, ["energy-transition"], "plan"),
    ],
    "not_claims": ["울산=하인식 기자 hais@hankyung.com"],
}

# pk-08 Joongdo, Yuseong-gu head new-year interview, 승인 2026-01-25 16:51
D = "2026-01-25"
S = "jeong-yong-rae"
FOUR = ["startup-support", "citizen-participation", "welfare", "culture-tourism"]
G["pk-08-joongdo.txt"] = {
    "metadata": {"headline": "[새해설계] 정용래 유성구청장 “4대 혁신으로 글로벌 혁신도시 도약”",
                 "published": "2026-01-25T16:51+09:00", "reporter": "김지윤", "outlet": None,
                 "jurisdiction": "30200"},
    "officials": [S],
    "claims": [
        c("유성구가 창업과 마을, 돌봄, 문화를 축으로 한 4대 혁신을 구정 전반에 뿌리내리며 도시의 체질을 바꾸고 있다", None, D, FOUR, "statement"),
        c("민선 8기 들어 준비해 온 정책들이 실행 단계에 접어들며", None, D, FOUR, "achievement"),
        c("특히 창업·마을·돌봄·문화 4대 혁신이 현장에서 실제 작동하며 점진적인 변화를 만들어낸 의미 있는 한 해였다", S, D, FOUR, "achievement"),
    ],
    "not_claims": [
        "창업·마을·돌봄·문화 혁신 성과 가시화",
        "행정통합 논의 속 자치 경쟁력 강조",
        "각종 대외 평가에서 성과를 인정받았다",
        "'유지경성'의 각오로 민선 8기 완성을 선언했다",
        "그동안 준비해 온 정책과 방향이 본격적인 실행 단계로 넘어가며 도시 변화가 분명해진 시기였다",
    ],
}

# pk-09 Dongascience, President Moon in Daejeon (4IR special city), 2019.01.24 00:00
D = "2019-01-24"
G["pk-09-dongascience.txt"] = {
    "metadata": {"headline": "문 대통령 대전 방문…'4차 산업혁명 특별시 대전' 천명",
                 "published": "2019-01-24T00:00+09:00", "reporter": None, "outlet": None,
                 "jurisdiction": "30"},
    "officials": ["heo-tae-jeong"],
    "claims": [
        c("허태정 시장의 1호 공약인 '4차 산업혁명 특별시 완성'에 힘을 실어줬다", None, D, ["fourth-industrial-revolution"], "statement"),
        c("우리 과학기술의 현재이며 미래인 대전에서 4차 산업혁명 시대를 향해 출발하고자 한다", None, D, ["fourth-industrial-revolution"], "plan", "문재인"),
        c("4차 산업혁명 특별시 대전에서 다시 우리 아이들이 미래 과학의 꿈을 키우길 희망한다", None, D, ["fourth-industrial-revolution"], "statement", "문재인"),
        c("대전의 일자리 창출과 혁신창업으로 이어지고 대덕특구가 대전시 혁신성장의 거점이 될 수 있도록 필요한 지원을 아끼지 않겠다", None, D,
          ["research-development", "jobs", "startup-support"], "plan", "문재인"),
        c("도시철도 2호선 트램에 대한 예비타당성조사 면제를 국가균형발전 차원에서 적극적으로 검토하겠다", None, D, ["public-transit"], "plan", "문재인"),
        c("대덕특구를 4차 산업혁명 시대 글로벌 혁신 클러스터로 재창조하기 위한", "heo-tae-jeong", D,
          ["research-development", "fourth-industrial-revolution"], "plan"),
    ],
    "not_claims": [
        "문재인 대통령이 24일 오전 대전광역시 서구 대전시청에서 열린 '대전의 꿈, 4차산업 혁명 특별시' 행사에서 인사말을 하고 있다",
        "'4차산업혁명 특별시' 허태정 대전시장과 얘기 나누는 문 대통령",
    ],
}

for name, g in G.items():
    doc = {"article": name, "metadata": g["metadata"], "officials": g["officials"],
           "claims": g["claims"], "not_claims": g["not_claims"]}
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as h:
        json.dump(doc, h, ensure_ascii=False, indent=1)
        h.write('\n')
    print(name, len(g["claims"]))
print('total', sum(len(g["claims"]) for g in G.values()))
