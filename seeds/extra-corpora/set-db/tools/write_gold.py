"""Writes set-db gold files (hand annotation; see GOLD_NOTES.md)."""
import json, os
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
def M(h, p, r, o, j):
    return {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j}
G = {}

# db-01 세종 이춘희 시티스마트 프로젝트 (승인 2020.04.23 14:07; briefing 23일)
L, D = "lee-choon-hee", "2020-04-23"
G["db-01-ebaekje.txt"] = dict(
    metadata=M("이춘희 시장이 밝힌 '시트스마트 프로젝트' 10과제", "2020-04-23T14:07+09:00", "이원구", "백제뉴스", "36"),
    officials=[L],
    claims=[
        C("ICT기술로 도시문제를 해결하는 ‘시티스마트 프로젝트’을 추진한다", None, D, ["smart-city"], "plan"),
        C("온라인 브리핑을 통해 삶의 변화를 체감할 수 있는 ‘시티스마트 프로젝트’ 시범사업 10대 과제를 설명했다", L, D, ["smart-city"], "statement"),
        C("9개 동지역에 각 10개 내외의 IoT환경센서를 확대 설치한다", None, D, ["fine-dust", "smart-city", "fourth-industrial-revolution"], "target"),
        C("빅데이터 허브시스템과 연계하여 미세먼지 저감대책 수립 등에 활용할 계획이다", None, D, ["fine-dust", "fourth-industrial-revolution"], "plan"),
        C("도시재생사업의 일환으로 스마트 거버넌스를 통해", None, D, ["urban-regeneration", "smart-city", "agriculture", "citizen-participation"], "plan"),
        C("소상공인 광고를 주로 편성, 소상공인과 자영업자를 돕게 된다", None, D, ["smart-city", "fourth-industrial-revolution", "small-merchants"], "plan"),
        C("‘규제샌드박스 활성화사업’은 규제특례를 적용하여 혁신서비스를 실증 및 사업화하는 사업으로", None, D, ["smart-city"], "statement"),
    ],
    not_claims=["이춘희 시장이 밝힌 '시트스마트 프로젝트' 10과제", "23일 세종시청 정음실서 온라인 비대면 브리핑",
                "이춘희 세종시장이 비대면 온라인 브리핑을 하고 있다. ⓒ백제뉴스"],
)

# db-02 전남 김영록 인구 캠페인 (no date of its own: the '2025-02-20' line belongs to the ticker headline about 곡성군)
K = "kim-yung-rok"
G["db-02-bigtanews.txt"] = dict(
    metadata=M(None, None, None, None, "46"),
    officials=[K, "lee-cheol-u"],
    claims=[
        C("인구문제는 우리 사회가 해결해야 할 가장 중요한 과제 중 하나", K, None, ["childcare-birth"], "statement"),
        C("전라남도·시군 출생기본수당, 전남형 만원주택 등 혁신적이고 과감한 정책이", K, None, ["childcare-birth", "housing"], "achievement"),
        C("무늬만 지방자치로는 지방을 살릴 수도, 대한민국의 미래도 기대할 수 없다", K, None, ["decentralization"], "criticism"),
        C("지방분권형 헌법 개정을 통해 지방의 권한을 실질적으로 확대하고", K, None, ["decentralization"], "plan"),
        C("지방권한을 일부라도 확보하는 전라남특별자치도를 설치하고, 그 효과를 전국적으로 확산하겠다", K, None, ["decentralization"], "plan"),
        C("생애 전주기 대응 ‘인구대전환 전남’ 프로젝트를 역점 추진해", None, None, ["childcare-birth"], "statement"),
        C("이러한 노력은 최근 출생아 수 증가로 나타나기도 했다", None, None, ["childcare-birth"], "achievement"),
        C("전남 출생아 수는 8342명으로 전년보다 514명(6.6%)이 증가했다", None, None, ["childcare-birth"], "achievement"),
        C("이는 9개월째 증가세가 이어지고 있는 것이며", None, None, ["childcare-birth"], "achievement"),
    ],
    not_claims=["곡성군, '지방소멸대응기금 사업발굴 보고회' 개최", "‘인구문제 인식개선 릴레이 캠페인’에 동참했다",
                "이기일 보건복지부 제1차관의 참여를 시작으로", "이철우 경북도지사로부터 바통을 이어받아 동참했다"],
)

# db-03 청주시 시내버스 노선 전면개편 용역 (undated: '23일' only) -- institutional
G["db-03-news1.txt"] = dict(
    metadata=M(None, None, "강준식", "뉴스1", "43110"),
    officials=[],
    claims=[
        C("충북 청주시가 시내버스 노선 전면개편 용역을 추진한다", None, None, ["public-transit"], "plan"),
        C("노선전면개편 용역을 이달 중 착수한다고 23일 밝혔다", None, None, ["public-transit"], "plan"),
        C("이번 용역은 준공영제 시행 이후 노선체계가 크게 변화하지 않으면서", None, None, ["public-transit"], "statement"),
        C("시는 올해부터 시내버스 준공영제를 시행, 노선에 관한 조정 및 개편 등의 권한을 확보했다", None, None, ["public-transit"], "achievement"),
        C("올해 3월과 8월 일부 노선을 2차례 부분 개편하고", None, None, ["public-transit"], "achievement"),
        C("시내 중심부에 순환버스 도입을 검토하고", None, None, ["public-transit"], "plan"),
        C("2023년 상반기 노선체계에 대한 전면개편을 시행할 예정이다", None, None, ["public-transit"], "plan"),
        C("현행 시내버스 노선은 시민들의 이용패턴에 맞지 않는다", None, None, ["public-transit"], "statement"),
        C("시민 중심의 노선체계로 개편해 이용하기 편리한 대중교통 서비스를 제공하겠다", None, None, ["public-transit"], "plan"),
    ],
    not_claims=["jskang@news1.kr"],
)

# db-04 대전 서구 서철모 도마큰시장 장보기 (undated: '5일' only)
S = "seo-cheol-mo"
G["db-04-newsband.txt"] = dict(
    metadata=M(None, None, "이준희", "뉴스밴드", "30170"),
    officials=[S],
    claims=[
        C("중부권 최대 전통시장인 도마큰시장을 찾아 장보기 행사를 전개했다", None, None, ["small-merchants"], "statement"),
        C("시장 상인들을 격려하고, 전통시장 이용 활성화를 도모하고자 추진됐다", None, None, ["small-merchants"], "statement"),
        C("직접 장을 보면서 전통시장 이용 홍보 캠페인을 펼쳤으며", None, None, ["small-merchants"], "statement"),
        C("전통시장에 새로운 활력을 불어넣을 수 있도록 지속적인 관심과 지원을 아끼지 않겠다", S, None, ["small-merchants"], "plan"),
        C("지역 상권 활성화뿐만 아니라 물가안정을 위해 적극 노력하겠다", S, None, ["small-merchants"], "plan"),
        C("폭염저감시설 설치, 제2주차장 보강공사를 완료했으며", None, None, ["small-merchants", "disaster-safety"], "achievement"),
    ],
    not_claims=["[대전 뉴스밴드 = 이준희 기자]", "저작권자 © 뉴스밴드 - 가치를 만드는 뉴스 무단전재 및 재배포 금지"],
)

# db-05 전북도 2017 도시재생 뉴딜 6곳 선정 (undated: '14일' only) -- institutional
U = ["urban-regeneration"]
G["db-05-jjn.txt"] = dict(
    metadata=M(None, None, None, None, "45"),
    officials=[],
    claims=[
        C("총 6개 사업이 선정돼 국비 688억 원을 확보했다고 14일 밝혔다", None, None, U, "achievement"),
        C("도시재생 뉴딜사업은 새 정부의 대선공약이자 주요 국정과제에 포함돼", None, None, U, "statement"),
        C("내년부터 매년 100개소 정도 사업을 공모방식으로 추진할 계획이다", None, None, U, "target"),
        C("새 정부의 최대 국책사업에 선제적으로 대응하기 위해", None, None, U, "achievement"),
        C("8개 시·군 14개 사업을 사전 발굴 했다", None, None, U, "achievement"),
        C("전국 최다규모인 6개소를 확정된 것이다", None, None, U, "achievement"),
        C("선정대상은 중심지시가지형으로", None, None, U, "achievement"),
        C("그 외 일반근린형으로 전주시 주민과 예술인이 함께하는 서학동마을", None, None, U, "achievement"),
        C("전북형 도시재생 사업을 발굴하겠다", None, None, U, "plan"),
        C("구도심 활성화를 위한 마중물 역할에 최선의 노력을 다하겠", None, None, U, "plan"),
    ],
    not_claims=[],
)

# db-06 제주 오영훈 월간정책공유회의 (undated: '31일' only)
O = "oh-young-hun"
T = ["culture-tourism"]
G["db-06-headlinejeju.txt"] = dict(
    metadata=M(None, None, None, None, "50"),
    officials=[O],
    claims=[
        C("하계 항공스케줄 적용을 계기로 제주 관광의 체질 개선과 혁신을 당부했다", O, None, T, "plan"),
        C("이번 주가 관광객 증가 전환의 중요한 갈림길이 될 것", O, None, T, "statement"),
        C("실제 관광객 증가로 이어질 수 있도록 만전을 기해야 한다", O, None, T, "plan"),
        C("제주관광의 ‘고비용’ 이미지 개선을 위한 패러다임 전환을 촉구했다", O, None, T, "plan"),
        C("갈치구이가 대표적 사례로 지적되고 있다", O, None, T, "criticism"),
        C("1인당 7만 원에서 10만원까지 형성된 가격 체계는", O, None, T, "criticism"),
        C("가격은 낮추고 회전율은 높이는 것이 더 중요하다", O, None, T, "statement"),
        C("제주 관광의 지속가능한 성장을 위한 필수 과제", O, None, T, "statement"),
        C("다양한 관광 진흥 정책과 인센티브도 실효성을 거두기 어려울 것", O, None, T, "statement"),
        C("관광객 회복을 위해서는 국민들의 불안 심리 해소가 시급하다는 점도 언급했다", O, None, T, "statement"),
        C("국민의 불안 심리를 잠재우지 못하면 관광객 증가로 이어지기 어려울 것", O, None, T, "statement"),
    ],
    not_claims=["헌정 질서를 빨리 되찾는 것이 중요하다", "헌법재판소에서 하루속히 탄핵이 인용돼야 제주경제가 살아날 수 있다",
                "‘일론 머스크 플랜 3’ 책을 소개하며 제주의 혁신 방향과 미래 비전도 제시했"],
)

# db-07 부안군 치매안심센터 개소 (undated: '23일' only)
W = "gwon-ik-hyeon"
DC = ["dementia-care"]
G["db-07-jjan.txt"] = dict(
    metadata=M("부안군, 치매안심센터 개소", None, "홍석현", "전북일보", "45800"),
    officials=[W],
    claims=[
        C("치매 국가책임제 정책에 맞춰 군 치매안심센터를 건립하고", None, None, DC, "achievement"),
        C("총면적 360㎡(지상 2층) 규모로", None, None, DC, "statement"),
        C("지역 통합적 치매관리 사업을 통해 치매로부터 자유로운 건강한 부안군을 만드는데 중추적 역할을 수행할 예정이다", None, None, DC, "plan"),
        C("치매 걱정 없는 부안군 만들기에 기여해 나갈 것이다", W, None, DC, "plan"),
        C("치매환자에게 큰 힘이 되는 치매안심센터가 되도록 최선을 다하겠다", W, None, DC, "plan"),
    ],
    not_claims=["부안군, 치매안심센터 개소", "장수군, 2025년산 공공비축미 건조벼 매입 시작",
                "고창군 귀농귀촌 홍보대사 위촉", "전북 하수서 인플루엔자 바이러스 검출"],
)

# db-08 충남 양승조 실국원장회의 (승인 2019.03.25 16:11; meeting 25일)
Y, D = "yang-seung-jo", "2019-03-25"
H = ["energy-transition"]
G["db-08-chungnamilbo.txt"] = dict(
    metadata=M("충청권 4개 시도지사 충청권 현안 한목소리 낸다", "2019-03-25T16:11+09:00", "우명균", "충남일보", "44"),
    officials=[Y],
    claims=[
        C("충청권 4개 시·도지사가 평택-오송 복복선 천안아산 정차역 설치 등 충청권의 주요 현안에 대해 한목소리를 낸다", None, D, ["public-transit"], "plan"),
        C("대한민국 수소경제를 선도하는 충남을 만들겠다", Y, D, H, "plan"),
        C("정부의 정책 기조에 부응하고 수소경제 핵심 거점으로 도약하기 위한 우리 도의 구상을 담고 있다", Y, D, H, "statement"),
        C("2040년까지 수소차 49만 6000대 보급과 국내 수소 공급량 30% 이상 점유를 목표로", None, D, H + ["future-vehicles"], "target"),
        C("수소경제는 수소의 생산, 저장, 운송, 활용 등 전 분야에 걸쳐 전후방 효과가 매우 큰 산업이다", None, D, H, "statement"),
        C("충남은 수소경제를 지속가능한 미래 성장동력으로서 최고의 정책 과제로 삼고", Y, D, H + ["future-vehicles"], "plan"),
    ],
    not_claims=["충청권 4개 시도지사 충청권 현안 한목소리 낸다", "26일 평택-오송 복복선 천안아산 정차역 설치 등 대정부 건의",
                "풀어 나가야 할 다양한 현안들이 놓여 있다",
                "충청권의 지역 현안 해결을 위한 대정부 건의를 할 계획"],
)

# db-09 광주 북구 탄소중립 비전 선포 (undated: '25일', '지난 21일') -- institutional
CC = ["climate-carbon"]
G["db-09-kwangju.txt"] = dict(
    metadata=M("북구, 그린도시 청사진 ‘탄소중립 비전’ 선포", None, None, None, "29170"),
    officials=["mun-in"],
    claims=[
        C("광주시 북구가 그린도시 청사진을 담은 ‘탄소중립 비전’을 선포했다", None, None, CC, "plan"),
        C("이번 선포식은 2045년 탄소중립 달성을 위한 북구의 의지를", None, None, CC, "plan"),
        C("급변하는 기후 위기를 극복하고 지속 가능한 미래를 위해 국가차원에서 진행하고 있다", None, None, CC, "statement"),
        C("북구는 정부보다 5년 이른 2045년에 탄소중립 도시로 거듭나고자", None, None, CC, "plan"),
        C("북구가 추진할 중·장기 전략이다", None, None, CC, "statement"),
        C("7개 부문 40개의 사업이 담긴 온실가스 감축 대책이 포함됐다", None, None, CC + ["energy-transition"], "statement"),
        C("2045년까지 온실가스 배출량을 56.9% 감축하고", None, None, CC, "target"),
    ],
    not_claims=["녹색성장 기본계획 수립·시행", "‘탄소중립 비전 선포식’이 열렸다",
                "문인 북구청장, 지역의원, 환경단체, 주민 등 관계자 200여 명이 참석했다",
                "지구 지키기 서약식을 진행하고 비전을 선포했다"],
)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
os.makedirs(OUT, exist_ok=True)
for name, g in G.items():
    d = {"article": name, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"], "not_claims": g["not_claims"]}
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
    print(name, len(g["claims"]))
print('total', sum(len(g["claims"]) for g in G.values()))
