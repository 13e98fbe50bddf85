"""Writes set-oa gold files (hand annotation; one dict per article)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
os.makedirs(GOLD, exist_ok=True)


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


G = []

# oa-01 청주 청년정책 (institutional narration)
D = "2025-02-18"
YP = "youth-policy"
G.append({
    "article": "oa-01-joongdo.txt",
    "metadata": {"headline": "청주시 '청년 맞춤형 정책’ 전방위 지원", "published": "2025-02-18T10:53+09:00",
                 "reporter": "정태희", "outlet": None, "jurisdiction": "43110"},
    "officials": [],
    "claims": [
        c("청년 맞춤형 정책을 통해 전방위 지원에 나선다", None, D, [YP], "plan"),
        c("2025년 청주시 청년정책 시행계획을 확정했다고 18일 밝혔다", None, D, [YP], "achievement"),
        c("구직 단념 청년 지원사업 대상 인원을 기존 180명에서 240명으로 확대하고", None, D, [YP, "jobs"], "target"),
        c("면접비 지원사업 등으로 취업 준비를 다방면으로 도울 방침이다", None, D, ["jobs", YP], "plan"),
        c("청년창업의 허브로 탈바꿈시키는 사업도 본격 추진된다", None, D, ["startup-support", YP], "plan"),
        c("청년 취·창업 지원센터, 청년창업가 입주공간", None, D, ["startup-support", YP], "plan"),
        c("오는 5월 공사를 시작해 2025년 11월까지 준공하고 12월 개소할 계획이다", None, D, ["startup-support", YP], "plan"),
        c("총사업비는 약 94억원이 투입된다", None, D, ["startup-support", YP], "statement"),
        c("청년 유동인구 증가와 함께 원도심 활성화도 기대된다", None, D, [YP, "urban-regeneration"], "statement"),
        c("고립·은둔 청년 지원사업을 본격 추진하며", None, D, [YP, "welfare"], "plan"),
        c("가족돌봄청년 대상 돌봄·가사·심리상담 지원사업", None, D, [YP, "welfare"], "statement"),
    ],
    "not_claims": ["구직 단념 인원 180명→240명, 현장실습 지원", "전세자금 대출이자, 공공임대주택 공급 확대 등", "청주시청 전경"],
})

# oa-02 충북/괴산 귀농귀촌 (송인헌)
P, E = "2023-01-25", "2023-01-24"
G.append({
    "article": "oa-02-donga.txt",
    "metadata": {"headline": "충북 지자체들 ‘귀농·귀촌 희망자 모시기’ 총력전", "published": "2023-01-25T03:00+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "43760"},
    "officials": ["song-in-heon"],
    "claims": [
        c("귀농·귀촌을 독려하는 다양한 유인책을 마련하고 나섰다", None, P, ["agriculture"], "statement"),
        c("지방 소멸에 대응하면서 활력이 넘치는 지역을 만들겠다는 각오다", None, P, ["agriculture"], "plan"),
        c("‘귀농 농업창업 및 주택구입 지원사업’을 추진한다", None, E, ["agriculture", "startup-support"], "plan"),
        c("창농 초기에 필요한 비용을 연 1.5%의 낮은 이자로 최대 3억 원까지", None, E, ["agriculture", "startup-support"], "statement"),
        c("지원 대상은 농촌 이외 지역에서 1년 이상 살다가", None, E, ["agriculture"], "statement"),
        c("다양하고 체계적인 귀농·귀촌 지원정책을 마련했다", None, E, ["agriculture", "jobs"], "achievement"),
        c("귀농·귀촌 희망자들이 지역으로 이주하면 인구 증가 등 여러 효과가 기대된다", "song-in-heon", E, ["agriculture"], "statement"),
        c("이들이 제2의 삶을 잘 일궈낼 수 있도록 지속적", "song-in-heon", E, ["agriculture"], "plan"),
    ],
    "not_claims": ["귀농 창농(농업창업) 지원, 주택 구입비 보조, 1년 살아보기 마을 조성",
                   "충북도내 각 지방자치단체들이 다양한 귀농·귀촌 유인책을 추진하고 있다",
                   "지역으로 이주 땐 인구증가에 도움", "주택구입비 보조 등 다양한 혜택"],
})

# oa-03 충북 레이크파크 (김영환)
D = "2022-07-07"
CT = "culture-tourism"
G.append({
    "article": "oa-03-cctimes.txt",
    "metadata": {"headline": "김영환 1호 결재 `레이크파크 르네상스'", "published": "2022-07-07T19:44+09:00",
                 "reporter": "엄경철", "outlet": None, "jurisdiction": "43"},
    "officials": ["kim-yung-hwan"],
    "claims": [
        c("민선 8기 충북도의 핵심사업인 충북레이크파크 사업이 시작됐다", None, D, [CT], "achievement"),
        c("현안 1호 결재로 `충북 레이크파크 르네상스 추진방향'에 서명했다", "kim-yung-hwan", D, [CT], "achievement"),
        c("이 사업은 김영환 지사의 핵심공약사업이다", None, D, [CT], "statement"),
        c("국내 최대 규모의 초대형 관광프로젝트이다", None, D, [CT], "statement"),
        c("도는 레이크파크사업의 밑그림을 그렸다", None, D, [CT], "achievement"),
        c("충북의 대표 호수와 저수지를 잇는 관광벨트를 구축한다", None, D, [CT], "plan"),
        c("권역별로 차별화된 콘텐츠로 호수 관광사업을 추진한다", None, D, [CT], "plan"),
        c("충북 호수 관광 메타버스 구축 등 관광, 디지털 기술의 융복합화를 통해", None, D, [CT, "fourth-industrial-revolution"], "plan"),
        c("관광벤처·마케팅 기획사 등 관광전문가와", None, D, [CT], "plan"),
    ],
    "not_claims": ["757개 호수·저수지 연계 국내 최대 관광프로젝트", "민·관 위원회 설립·범 충북도 레이크파크 TF 구성",
                   "대통령 공약 연계 중앙부처 국비 확보 등 재원 마련", "서명을 하고 있다. /충북도 제공"],
})

# oa-04 당진 수소경제 (institutional narration)
D = "2019-02-11"
ET = "energy-transition"
G.append({
    "article": "oa-04-idjnews.txt",
    "metadata": {"headline": "당진시, 수소경제 활성화 로드맵 수립·인프라 확대", "published": "2019-02-11T08:32+09:00",
                 "reporter": None, "outlet": "당진신문", "jurisdiction": "44270"},
    "officials": [],
    "claims": [
        c("지역을 수소산업 핵심 거점 도시로 육성해 나갈 계획이다", None, D, [ET], "plan"),
        c("수소산업 핵심거점 도시 육성에 나설 것”이라고 밝혔다", None, D, [ET], "plan"),
        c("관련 기업의 투자유치에도 나설 방침이다", None, D, [ET, "future-vehicles", "investment-attraction"], "plan"),
        c("패키지형 수소충전 모델 개발과 탄소자원화 수소생산 기술개발", None, D, [ET, "future-vehicles"], "plan"),
        c("수소 경제 시대를 적극적으로 대비하고 있는 배경에는", None, D, [ET], "statement"),
    ],
    "not_claims": ["수소경제가 역할을 할 수 있을까?", "지난 해 12월 열린 당진의 수소포럼 모습",
                   "지역 신(新)성장 동력으로 수소산업 전략 육성 포부", "두 곳은 지난해 10월 국가균형발전위원회로부터"],
})

# oa-05 세종 정원도시 (최민호; undated)
G.append({
    "article": "oa-05-newdaily.txt",
    "metadata": {"headline": "최 시장, 정원도시 시민참여 활성화 간담회서 밝혀", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "36"},
    "officials": ["choi-min-ho"],
    "claims": [
        c("시민참여를 통해 도시 자체가 정원인 세종시를 만들자", "choi-min-ho", None, ["citizen-participation", CT], "plan"),
        c("시민과 민간단체의 적극적인 동참을 요청했다", "choi-min-ho", None, ["citizen-participation"], "plan"),
        c("관광을 통한 지역경제 활성화 가능성을 언급하고", "choi-min-ho", None, [CT], "statement"),
        c("국제정원도시박람회를 통해 세종시의 역량과 아름다움을 알릴 수 있다", "choi-min-ho", None, [CT], "statement"),
        c("전국 어디에서도 찾을 수 없는 빼어난 정원 기반을 갖추고 있다", "choi-min-ho", None, [CT], "statement"),
        c("박람회 성공 개최는 공무원과 전문가의 노력만으로는 실현할 수 없다", "choi-min-ho", None, ["citizen-participation", CT], "plan"),
    ],
    "not_claims": ["정원 가꾸기는 꽃과 나무처럼 생명을 다루는 일", "베르사유 궁전처럼 왕실 전통이 있는 국가에",
                   "모두 발언을 하고 있다.ⓒ세종시"],
})

# oa-06 대전 4차산업혁명특별시 (허태정)
E, P = "2019-07-09", "2019-07-14"
FIR = "fourth-industrial-revolution"
G.append({
    "article": "oa-06-mbstv.txt",
    "metadata": {"headline": "허태정 대전시장 “대전은 4차산업혁명특별시”", "published": "2019-07-14T20:51+09:00",
                 "reporter": "이준희", "outlet": "MBS", "jurisdiction": "30"},
    "officials": ["heo-tae-jeong"],
    "claims": [
        c("대전이 4차산업혁명을 이끌 도시", "heo-tae-jeong", E, [FIR], "statement"),
        c("대전이 4차산업혁명 특별시라는 슬로건을 걸고 관련 사업들을 추진해 왔다", "heo-tae-jeong", E, [FIR], "statement"),
        c("사업비 등 2600억원이상을 확보하는 등 의미 있는 성과도 있었다", "heo-tae-jeong", E, [FIR], "achievement"),
        c("아직도 많은 과제를 안고 있다", "heo-tae-jeong", E, [FIR], "criticism"),
        c("16개 육성과제에 총 2600억원의 사업비를 확보한 상태다", None, P, [FIR, "research-development"], "achievement"),
    ],
    "not_claims": ["이번 포럼을 통해 담론과 비전을 공유하는 계기가 되길 바란다"],
})

# oa-07 유성구 주민자치회 (정용래)
D = "2022-03-21"
CP = "citizen-participation"
G.append({
    "article": "oa-07-timenews.txt",
    "metadata": {"headline": "대전 유성구, 신설동 주민자치회 출범", "published": "2022-03-21T14:52:40+09:00",
                 "reporter": "홍대인", "outlet": "대전타임뉴스", "jurisdiction": "30200"},
    "officials": ["jeong-yong-rae"],
    "claims": [
        c("주민들의 구정참여 확대를 위해", None, D, [CP], "plan"),
        c("개청일로부터 주민자치회를 구성했다", None, D, [CP], "achievement"),
        c("동별 35명의 주민자치회 위원을 최종 선정하며 출범 준비를 마쳤다", None, D, [CP], "achievement"),
        c("동별 특성에 맞는 마을계획을 수립하고 시행하는 등 주민자치 활동을 추진할 예정이다", None, D, [CP], "plan"),
        c("민주적 의사결정을 통해 찾을 수 있는 대표적 기구로 자리 잡기를 바란다", "jeong-yong-rae", D, [CP], "statement"),
        c("풀뿌리 민주주의 확산과 주민의 참여의식을 높이는 제도가 되도록 지원을 아끼지 않겠다", "jeong-yong-rae", D, [CP], "plan"),
        c("2019년 시범사업으로 3개동에서 주민자치회 운", None, D, [CP], "achievement"),
    ],
    "not_claims": ["학하동, 상대동 주민자치회 위촉식 및 발대식 개최",
                   "각각 주민자치회 위원 위촉 및 발대식을 개최한다고 밝혔다",
                   "주민자치회 위원의 자긍심을 고취시키며 주민자치의 시작을 알렸다"],
})

# oa-08 논산 국방산업 인터뷰 (백성현; undated)
DC = "decentralization"
G.append({
    "article": "oa-08-newdaily.txt",
    "metadata": {"headline": "3000억 투자, 군수산업 중심 정책·지역 발전 추진", "published": None,
                 "reporter": None, "outlet": "뉴데일리", "jurisdiction": "44230"},
    "officials": ["baek-seong-hyeon"],
    "claims": [
        c("'국방미래기술연구센터' 논산 신설을 추진하겠다", "baek-seong-hyeon", None, ["research-development"], "plan"),
        c("오는 2030년까지 약 3000억 원을 투자해 3만9000여㎡ 규모로 건립할 계획이다", None, None, ["research-development"], "plan"),
        c("국방 관련 기관들을 논산 이전을 추진하겠다", "baek-seong-hyeon", None, [DC], "plan"),
        c("국방A1센터와 국방신속획득기술연구원, 한국국방연구원, 방위사업교육원 등 이전을 추진하겠다", "baek-seong-hyeon", None, [DC, "research-development"], "plan"),
        c("인구소멸 방지와 지역균형발전을 위한 군수산업 중심의 정책도 추진하겠다", "baek-seong-hyeon", None, [DC], "plan"),
        c("내년 방산혁신클러스터와 기회발전특구 지정할 계획이다", None, None, [DC, "investment-attraction"], "plan"),
        c("새로운 농산물 공동브랜드 육군병장을 개발과 농산물 한정 브랜드에 부착하고 있다", "baek-seong-hyeon", None, ["agriculture"], "statement"),
    ],
    "not_claims": ["시민의 삶을 위해 민생경제 대책이 최우선 과제", "백성현 논산시장이 시민들과소통하고 있다",
                   "코로나19 확산 여파로 면회가 중단됐던 육군훈련소 영외면회를"],
})

# oa-09 서산 일자리연계형 지원주택 (이완섭)
D = "2026-01-12"
H = "housing"
L = "lee-wan-seop"
G.append({
    "article": "oa-09-ohmynews.txt",
    "metadata": {"headline": None, "published": "2026-01-12", "reporter": None, "outlet": None, "jurisdiction": "44210"},
    "officials": [L],
    "claims": [
        c("표류 중인 일자리연계형 지원주택사업에 대한 강한 의지를 밝혔다", L, D, [H], "plan"),
        c("LH가 서산을 방문해 현장을 답사하고", L, D, [H], "statement"),
        c("이걸 갑자기 안 하겠다고 하는 것이 말이 되느냐?", L, D, [H], "criticism"),
        c("LH가 어이없는 핑계를 대고 있다고 주장했다", L, D, [H], "criticism"),
        c("못 짖겠다는 게 말이 안 된다는 뜻이다", L, D, [H], "criticism"),
        c("새로운 장관과의 면담을 신청해 놨다", L, D, [H], "statement"),
        c("이 부분은 절대로 물러설 수가 없다", L, D, [H], "plan"),
        c("대산 지역주민, 서산시민, 충남도민을 무시하는 것이다", L, D, [H], "criticism"),
        c("시민과 연대해 사업을 추진하겠다", L, D, [H], "plan"),
    ],
    "not_claims": ["이 기사는 충청뉴스라인에도 실립니다"],
})

for g in G:
    with open(os.path.join(GOLD, g["article"] + ".json"), "w", encoding="utf-8") as handle:
        json.dump(g, handle, ensure_ascii=False, indent=1)
    print(g["article"], len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G))
