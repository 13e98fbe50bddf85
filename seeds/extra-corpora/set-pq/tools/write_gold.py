"""Writes the hand annotations of set-pq to gold/ (one JSON file per article)."""
import json
import os

G = []

def art(name, headline, published, reporter, outlet, jur, officials, claims, not_claims):
    G.append({
        "article": name,
        "metadata": {"headline": headline, "published": published, "reporter": reporter,
                     "outlet": outlet, "jurisdiction": jur},
        "officials": officials,
        "claims": [dict(quote=q, speaker=s, date=d, policies=p, kind=k) for q, s, d, p, k in claims],
        "not_claims": not_claims,
    })

# pq-01 동대문구 정비사업 설명회 (2025-07-28)
D = "2025-07-28"
art("pq-01-newsstep.txt", "동대문구, ‘찾아가는 정비사업 설명회’ 개최", "2025-07-28T16:15:12+09:00", "최선경", "뉴스스텝", "11230",
    ["lee-pil-hyeong"],
    [
        ("재개발·재건축 등 정비사업에 대한 주민들의 이해도를 높이고 원활한 사업 추진의 기반을 마련하고자", None, D, ["housing"], "plan"),
        ("투명하고 공정한 정비사업을 추진해 나가겠다", "lee-pil-hyeong", D, ["housing"], "plan"),
    ],
    ["7월 30~31일 양일간 재개발·재건축 등 주민들의 관심 높은 핵심 정보 전달",
     "지난해 찾아가는 정비사업 설명회 진행 모습",
     "이번 설명회는 정비사업 추진 절차, 조합설립 요건",
     "정비사업 담당 공무원이 해당 지역을 찾아가 설명회를 진행하며",
     "정비사업에 관심 있는 구민 누구나 참여할 수 있다",
     "구역별 맞춤형 자료와 안내문을 별도로 제공하고",
     "이번 설명회는 정비사업의 절차와 기준을 정확하게 알리고",
     "수원특례시의회 윤경선 의원, 시민이 참여하는 눈 치우기"])

# pq-02 성동구 콘센트형 전기차 충전기 (서울신문 2020-09-10)
D = "2020-09-10"
art("pq-02-seoul.txt", None, "2020-09-10", "문경근", "서울신문", "11200",
    ["jeong-won-o"],
    [
        ("일반 콘센트를 사물인터넷(IoT) 기반의 콘센트형 전기차 충전기로 교체해 시범 운영했다", None, D, ["future-vehicles", "fourth-industrial-revolution"], "achievement"),
        ("지난 1일부터 확대 설치에 들어갔다", None, "2020-09-01", ["future-vehicles"], "achievement"),
        ("올해 말까지 콘센트형 충전기 139대가 설치되고", None, D, ["future-vehicles"], "target"),
        ("충전기가 설치된 주차면에 일반차량과 전기차 둘 다 주차할 수 있어", None, D, ["future-vehicles"], "statement"),
        ("민간부문 주차장에서도 충전할 수 있도록 충전기 설치 지원제도 안내 및 지원 방안을 검토하고 있다", None, D, ["future-vehicles"], "plan"),
        ("전기차 수요가 큰 폭으로 늘어난 상황에서 거주지나 사무실 가까이 충전기를 보급하는 일이", "jeong-won-o", D, ["future-vehicles"], "statement"),
        ("환경과 함께하는 그린 뉴딜 추진에 앞장서도록 노력하겠다", "jeong-won-o", D, ["climate-carbon"], "plan"),
    ],
    ["콘센트형 공공주차장 13곳에 확대 설치",
     "일반차량도 주차 가능해져 불편 감소",
     "문경근 기자 mk5227@seoul.co.kr",
     "2020-09-10 14면"])

# pq-03 노원구 2050 탄소중립도시 추진계획 (서울& page, undated excerpt)
art("pq-03-seouland.txt", None, None, None, None, "11350",
    ["oh-seung-rok"],
    [
        ("노원구가 ‘2050 탄소중립도시 추진계획’을 수립했다", None, None, ["climate-carbon"], "achievement"),
        ("추진계획의 핵심 전략은 ‘노원 탄소중립 2050 구민회의(이하 구민회의)’를 중심으로 하는 구민참여 사업", None, None, ["climate-carbon", "citizen-participation", "housing"], "statement"),
        ("먼저 구는 탄소중립 리더 100여명으로 구민회의를 구성한다", None, None, ["climate-carbon", "citizen-participation"], "plan"),
        ("탄소중립 이행 주체인 구민의 역할을 강화하고 자발적 감축 효과를 확대하기 위해서다", None, None, ["climate-carbon", "citizen-participation"], "statement"),
        ("구민회의에서는 시민사회단체, 종교·교육 기관", None, None, ["climate-carbon", "citizen-participation"], "plan"),
        ("올해 하반기에 구성해 발족식을 갖고 자발적인 실천활동을 유도할 예정이다", None, None, ["climate-carbon", "citizen-participation"], "plan"),
        ("필요 시 예산도 지원한다", None, None, ["climate-carbon", "citizen-participation"], "plan"),
        ("또 구는 지역 특성에 맞는 특화사업도 발굴한다", None, None, ["climate-carbon"], "plan"),
        ("선도적으로 탄소중립형 재건축 추진 모델을 제시하고 제로에너지건물(ZEB) 인증 설계", None, None, ["climate-carbon", "housing", "energy-transition"], "plan"),
        ("에너지 다소비건물 10개 동에 대한 RE100 캠페인 및 에너지 효율 개선사업", None, None, ["energy-transition"], "plan"),
        ("2030년까지 온실가스 배출량을 40% 감축할 계획이다", None, None, ["climate-carbon"], "target"),
        ("탄소중립 사회로의 전환을 이뤄내기 위한 체계적인 이행과정은 도시형 탄소중립 정책의 선도적인 모델이 될 것", "oh-seung-rok", None, ["climate-carbon"], "statement"),
        ("구민과 함께 노원의 특색에 맞는 정책을 발굴, 추진해 기후위기에", "oh-seung-rok", None, ["climate-carbon"], "plan"),
    ],
    ["노원구는 30년 이상 경과된 아파트가 올해로 55개 단지",
     "- 페이스북"])

# pq-04 정용래 유성구청장 취임 100일 (연합뉴스 on wowtv AMP, 2018-10-10)
D = "2018-10-10"
art("pq-04-wowtv.txt", "정용래 유성구청장 \"과학·청년 중심 4차 산업혁명 선도하겠다\"", "2018-10-10T06:00+09:00", "양영석", "연합뉴스", "30200",
    ["jeong-yong-rae"],
    [
        ("침체한 유성관광특구 부활에 심혈을 기울이고 있다", None, D, ["culture-tourism"], "statement"),
        ("취·창업 생태계를 조성하기 위해 대덕특구와 대학을 오가며 바쁜 일정을 보내고 있다", None, D, ["startup-support", "jobs", "youth-policy"], "statement"),
        ("유성온천으로 유명한 대전 유성관광특구는 수년째 침체의 길을 걷고 있다", None, D, ["culture-tourism"], "statement"),
        ("지난 2012년 870여만명이던 연간 관광객 수가 5년 새 320만명으로 크게 줄었다", None, D, ["culture-tourism"], "statement"),
        ("'온천'을 주제로 한 가족형 테마파크를 유치하고 카페거리를 조성해", "jeong-yong-rae", D, ["culture-tourism"], "plan"),
        ("각계각층에서 제안한 아이디어를 한 곳에 담아 조만간 전문기관에 용역을 맡길 방침이다", "jeong-yong-rae", D, ["culture-tourism"], "plan"),
        ("온천로 일대 도시재생 뉴딜사업과 연계하고 계룡스파텔 부지를 활용할 수 있는 방안을 정부와 협의하겠다", "jeong-yong-rae", D, ["urban-regeneration", "culture-tourism"], "plan"),
        ("우리 여건에 맞는 테마파크를 만들어 지역에 활기를 불어넣겠다", "jeong-yong-rae", D, ["culture-tourism"], "plan"),
        ("이런 우수한 인프라를 지역 대학과 연계하기 위한 움직임도 본격화한다", None, D, ["research-development"], "plan"),
        ("충남대와 카이스트를 연계한 청년스타트업 타운을 조성한다는", "jeong-yong-rae", D, ["startup-support", "youth-policy"], "plan"),
    ],
    ["\"망가진 유성관광특구 되살리겠다\"…청년스타트업 타운 추진",
     "리베라호텔을 비롯한 대표 숙박시설들이 이미 오래전에 문을 닫았다",
     "유성구에는 국내 최고 수준의 카이스트와 대덕연구개발특구가 있다"])

# pq-05 허태정 대전시장 공공어린이재활병원 (2018-07-26)
D = "2018-07-26"
art("pq-05-ccnnews.txt", "허태정 대전시장, 공공 어린이재활병원 유치 성공", "2018-07-26", "김윤아", None, "30",
    ["heo-tae-jeong"],
    [
        ("국내 최초 공공 어린이 재활병원이 대전에 유치됐다", "heo-tae-jeong", D, ["public-health"], "achievement"),
        ("이번 유치는 장애아동 부모단체, 지역정치권, 대전시 모두가 역량을 모아 정부를 움직였다", "heo-tae-jeong", D, ["public-health"], "achievement"),
        ("복지부 선정심사위원회에 직접 ‘대전 유치 당위성’을 설명하며 의지를 밝혔던 것도 주효했다", None, D, ["public-health"], "achievement"),
        ("어린이재활병원 유치로 6000여 장애아동과 부모들의 희망이 실현되게 됐다", None, D, ["public-health"], "achievement"),
        ("2020년까지 267억 원을 들여 연면적 6225㎡ 60병상 규모로", None, D, ["public-health"], "plan"),
        ("운영비를 고려한 최대치가 60병상", "heo-tae-jeong", D, ["public-health"], "statement"),
        ("조건이 성숙되면 병상을 늘리도록 검토하겠다", "heo-tae-jeong", D, ["public-health"], "plan"),
        ("공공사업으로서 수익을 내기 어렵다", "heo-tae-jeong", D, ["public-health"], "statement"),
        ("운영비에 대해 보건복지부와 아직 협의가 안됐다", "heo-tae-jeong", D, ["public-health"], "statement"),
        ("국가지원을 최대로 늘릴 수 있도록 방안을 강구하겠다", "heo-tae-jeong", D, ["public-health"], "plan"),
    ],
    ["26일 시정브리핑서 ‘병상 확대’ 의지 밝혀",
     "건립부지 인근에 건양대병원이 1km 이내 위치해있고 도시철도 2호선(원앙역) 예정지가 있으며"])

# pq-06 제천시 전통시장 러브투어 (충북일보 2023-06-06)
D = "2023-06-06"
art("pq-06-inews365.txt", "제천시 전통시장 러브투어, 누적 방문객 '1만5천 명' 돌파", "2023-06-06T13:16:26+09:00", None, "충북일보", "43150",
    ["kim-chang-gyu"],
    [
        ("누적 방문객이 지난 3일 1만5천 명을 돌파하며 무서운 상승세를 그리고 있다", None, "2023-06-03", ["small-merchants", "culture-tourism"], "achievement"),
        ("올해 러브투어 방문객이 지난해 1만3천524 명을 훌쩍 넘겼다", None, D, ["small-merchants", "culture-tourism"], "achievement"),
        ("올해 역대 최고치 달성을 목표로 적극 모객해 지역경제 활성화에 이바지하겠다", None, D, ["small-merchants", "culture-tourism"], "plan"),
        ("관광버스를 무상 지원(거주지에서 관광버스를 임대해 오면 임차보전료 35만 원 지원) 해주는 사업이다", None, D, ["small-merchants", "culture-tourism"], "statement"),
        ("러브투어 전문 관광해설사 무상지원 등 추가 혜택이 있다", None, D, ["small-merchants", "culture-tourism"], "statement"),
    ],
    ["5개월 만에 지난해 실적 '훌쩍', 제천역 광장 앞 환영식 가져",
     "김창규 제천시장 등이 제천역 앞 광장에서 전통시장 러브투어 1만5천 번째 방문객을 환영하며",
     "한국철도 전북본부에서 전북권 관광객들을 위해 마련한 기차-러브투어 연계 여행상품으로",
     "제천 관광 명소인 청풍호반케이블카, 옥순봉 출렁다리 일대를 방문해",
     "1만5천 번째 관광객에게 소정의 지역특산품을 선물하고 축하했다"])

# pq-07 충북도 저출생 대응 (2025-04-03)
D = "2025-04-03"
art("pq-07-boeuni.txt", "충북 자녀 많을수록 더 많이 지원한다", "2025-04-03", "김인호", None, "43",
    [],
    [
        ("2년 연속 출생아수와 합계출산율이 증가했다", None, D, ["childcare-birth"], "achievement"),
        ("다자녀 가정에 대한 지원을 확대하여 ‘아이 낳고 기르기 좋은 충북’을 만들기 위한 노력을 이어갈 방침이다", None, D, ["childcare-birth"], "plan"),
        ("도에 따르면 첫출발 든든하게 결혼을 지원한다", None, D, ["childcare-birth"], "plan"),
        ("인구감소지역 신혼부부에게 결혼지원금 100만원", None, D, ["childcare-birth", "youth-policy"], "plan"),
        ("청년들의 자금형성 지원을 위한 충북행복결혼공제사업도 지속 추진한다", None, D, ["childcare-birth", "youth-policy"], "plan"),
        ("행복결혼공제사업은 대상자가 매월 일정액을 적립하면", None, D, ["childcare-birth", "youth-policy"], "statement"),
        ("걱정 없이 편안하게 임신·출산 할 수 있도록 지원한다", None, D, ["childcare-birth"], "plan"),
        ("전국 최초로 ‘디지털 임신증명서’를 도입하여", None, D, ["childcare-birth"], "achievement"),
        ("출산가정 대출이자 지원(최대 50만원), 임산부 산후조리비(50만원)", None, D, ["childcare-birth"], "plan"),
        ("돌봄.양육도 지원한다", None, D, ["childcare-birth"], "plan"),
        ("소상공인의 출산에 따른 경영부담을 완화하기 위해 대체인력비 지원을 추진한다", None, D, ["childcare-birth", "small-merchants"], "plan"),
        ("대체인력을 고용할 경우 월 200만원(최대 6개월)을 지원할 계획이", None, D, ["childcare-birth", "small-merchants"], "plan"),
    ],
    ["인구감소지역 4자녀 가정 지원 등 다자녀 특화사업도 추진"])

# pq-08 우범기 전주시장 한국전력 방문 (2024-07-22)
D = "2024-07-22"
art("pq-08-jbyonhap.txt", "탄소 중립·에너지 신산업 분야 협력 강화", "2024-07-22T17:53+09:00", "임종근", None, "52110",
    ["woo-beom-gi"],
    [
        ("전주시가 한국전력공사와 탄소 중립 및 에너지 신산업 분야의 협력 강화 방안을 모색했다", None, D, ["climate-carbon", "energy-transition"], "statement"),
        ("김동철 한국전력공사 사장과 기후 변화와 에너지 패러다임의 전환에 대응하기 위해", None, D, ["climate-carbon", "energy-transition"], "statement"),
        ("새로운 에너지 기술에 대해 접근하고 받아들일 수 있는 교육·체험 공간 조성의 필요성에 대한 인식도 공유했다", None, D, ["energy-transition"], "statement"),
        ("지역의 에너지 전환과 자립을 실현하고, 탄소중립시대의 마중물이 될 다양한 협력 방안들도 함께 논의됐다", None, D, ["energy-transition", "climate-carbon"], "statement"),
        ("에너지 신산업 창출은 지역 경제 활성화의 기회로 이어질 수 있는 만큼", "woo-beom-gi", D, ["energy-transition"], "plan"),
    ],
    ["우범기 시장, 탄소 중립 시대에 대응한 협력 방안 논의",
     "전주시도 공공기관들과 지속해서 협력할 방안을 찾기 위해 노력하겠다"])

# pq-09 남원시 청년정책 (2021-04-12)
D = "2021-04-12"
art("pq-09-shinailbo.txt", "남원시, '지역공동체 유지·발전 원동력' 맞춤형 청년정책 시행", "2021-04-12T14:24+09:00", "송정섭", None, "45190",
    ["lee-hwan-ju"],
    [
        ("청년정책 추진에 총력을 기울이고 있다", None, D, ["youth-policy"], "statement"),
        ("4개 분야에 64개의 맞춤형 청년 정책을 시행한다", None, D, ["youth-policy"], "plan"),
        ("이 가운데 특히 주거정책이 눈에 띈다", None, D, ["housing", "youth-policy"], "statement"),
        ("이들을 위한 주거정책이 시급하다고 판단하고 주거비 지원 정책을 마련 중에 있다", None, D, ["housing", "youth-policy"], "plan"),
        ("일정소득 이하 월세 거주 청년에게 주거비를 지원해주는 사업으로", None, D, ["housing", "youth-policy"], "plan"),
        ("전세자금 대출이자 지원사업(연리 2% 이내, 연간 200만원 한도)을 일반 청년에게까지 확대해 시행한다", None, D, ["housing", "youth-policy"], "plan"),
        ("산업단지 근로자 행복주택도 지난 3월 첫 삽을 뜨고", None, D, ["housing", "youth-policy"], "statement"),
        ("청년이 떠나지 않고 돌아올 수 있는 남원을 만들기 위해", "lee-hwan-ju", D, ["youth-policy"], "plan"),
    ],
    ["월세 지원, 전세자금 대출이자 지원 확대 등",
     "(사진=남원시)"])

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold")
    os.makedirs(out, exist_ok=True)
    for g in G:
        with open(os.path.join(out, g["article"] + ".json"), "w", encoding="utf-8") as handle:
            json.dump(g, handle, ensure_ascii=False, indent=1)
    print(len(G), "gold files,", sum(len(g["claims"]) for g in G), "claims")
