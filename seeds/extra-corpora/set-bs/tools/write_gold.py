#!/usr/bin/env python3
"""Write set-bs gold files (hand annotation; see ../GOLD_NOTES.md)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'gold')


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


GOLD = {}

# ---------------------------------------------------------------- bs-01 군포 (2018-12-18)
D = "2018-12-18"
H = "han-dae-hui"
GOLD['bs-01-ajunews.txt'] = {
    "metadata": {"headline": "군포시 일자리 창출 민·관·정 협치 제도적 강화", "published": "2018-12-18T16:21+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "41410"},
    "officials": [H],
    "claims": [
        c("일자리 창출을 위한 민·관·정 협치를 제도적으로 강화하는 위원회를 구성했다", None, D, ["jobs", "citizen-participation"], "achievement"),
        c("20명을 일자리 위원회 위원으로 위촉했다고 18일 밝혔다", None, D, ["jobs"], "achievement"),
        c("군포시도 일자리 창출을 최우선 과제로 정하고", None, D, ["jobs"], "achievement"),
        c("민선 7기 일자리 종합계획의 실효성을 높이는 데 기여하게 된다", None, D, ["jobs"], "statement"),
        c("소외 없는 일자리 창출을 확대하는 것이 민선 7기의 목표", H, D, ["jobs"], "plan"),
        c("수요자 중심의 일자리 창출 정책을 추진, 취업자 수를 늘리는 데 최선을 다하겠다", H, D, ["jobs"], "plan"),
        c("조만간 민선 7기 일자리 종합계획을 발표할 예정으로", None, D, ["jobs"], "plan"),
    ],
    "not_claims": ["군포시 일자리 창출 민·관·정 협치 제도적 강화", "[사진=군포시 제공]"],
}

# ---------------------------------------------------------------- bs-02 의왕 (2026-02-06; event 5일)
E = "2026-02-05"
P = "2026-02-06"
K = "kim-seong-je"
GOLD['bs-02-segye.txt'] = {
    "metadata": {"headline": None, "published": "2026-02-06", "reporter": None, "outlet": None, "jurisdiction": "41430"},
    "officials": [K],
    "claims": [
        c("올해 시정 방향으로 ‘대규모 도시개발’과 ‘광역 철도망 구축’을 제시했다", K, E, ["public-transit"], "plan"),
        c("대규모 도시개발사업과 광역 교통망 구축을 통해 의왕의 지도를 새롭게 만들고", K, E,
          ["public-transit", "education", "welfare", "culture-tourism"], "plan"),
        c("10개의 재개발·재건축에 행정 지원을 아끼지 않겠다", K, E, ["housing"], "plan"),
        c("현재 의왕에선 의왕군포안산 3기 신도시와 오전왕곡지구", None, P, ["housing"], "statement"),
        c("지역상권 활성화를", K, E, ["small-merchants"], "plan"),
    ],
    "not_claims": [
        "‘2030년 전국에서 가장 살기 좋은 도시’도 목표로 내걸었다",
        "도시개발과 교통, 교육, 문화가 유기적으로 맞물려 의왕의 도시 경관이 크게 변화할 것",
        "2026년은 민선 8기의 결실을 보고 의왕의 새로운 미래를 여는 중요한 해",
        "대규모 도시개발사업이 속도감 있게 추진되도록 적극적으로 지원하겠다는 의사도 밝혔다",
        "5일 김성제 의왕시장 시청에서 열린 신년 간담회에서 발언하고 있다",
        "병상에서 복귀한 김성제 의왕시장이 3일 공사 현장을 방문해 안전 점검을 하고 있다",
    ],
}

# ---------------------------------------------------------------- bs-03 시흥 (2025-11-27)
D = "2025-11-27"
L = "lim-byeong-taek"
GOLD['bs-03-wikitree.txt'] = {
    "metadata": {"headline": "임병택 시장 “함께 성장하고 다 같이 누리는 시흥 구현하겠다“",
                 "published": "2025-11-27T12:06+09:00", "reporter": None, "outlet": None, "jurisdiction": "41390"},
    "officials": [L],
    "claims": [
        c("인공지능(AI)·바이오 융합클러스터 조성과 수도권 제2순환고속도로", L, D,
          ["fourth-industrial-revolution", "medical-industry"], "plan"),
        c("거모·하중 공공주택지구, 매화지구 개발을 추진해", L, D, ["housing"], "plan"),
        c("신천 우수저류시설 사업 등 재난 대응 인프라 확충으로", None, D, ["disaster-safety"], "plan"),
        c("영세·소규모 사업장에 노동상담 전문 노무사를 배치하고", None, D, ["labor-relations"], "plan"),
        c("소상공인·중소기업 지원 확대 등으로 민생 경제 회복과", L, D, ["small-merchants"], "plan"),
    ],
    "not_claims": [
        "급변하는 대내외 어려운 환경 속에서도 시흥시민의 평범한 행복을 지키기 위해 민생을 최우선에 두고 미래를 준비해 왔다",
        "60만 시민 모두가 시흥의 변화를 이끌고, 누구나 행복을 체감하는 성장을 이루겠다",
        "‘함께 성장하고 다 같이 누리는 시흥’을 구현하겠다는 방침을 강조했다",
        "27일 시흥시의회 정례회에서 2026년 시정 운영 방향을 제시했다",
    ],
}

# ---------------------------------------------------------------- bs-04 여주 (2025-02-11)
D = "2025-02-11"
Y = "lee-chung-u"
GOLD['bs-04-ekn.txt'] = {
    "metadata": {"headline": "이충우 여주시장, “관광객 600만 시대 연다...관광도시로 도약할 것”",
                 "published": "2025-02-11T20:20+09:00", "reporter": "송인호", "outlet": "에너지경제신문",
                 "jurisdiction": "41670"},
    "officials": [Y],
    "claims": [
        c("이 일대를 여주의 새로운 랜드마크로 만드는 명소화 계획을 추진하고 있다", Y, D, ["culture-tourism"], "plan"),
        c("관광객 600만 명을 목표로 관광산업을 통한 지역 경제 살리기에 최선을 다할 것", Y, D, ["culture-tourism"], "target"),
    ],
    "not_claims": [
        "관광객 600만 시대 연다...관광도시로 도약할 것",
        "5월 도자기 축제와 출렁다리 개통식...‘여주 관광 원년’ 선포",
        "73.6%의 공약 이행률을 보였지만 아직 풀어야 할 과제도 많고",
        "지난달 12개 읍면동을 순회하는 '새해 시민과의 대화'에 이은 첫 언론과의 대화다",
        "출렁다리 개통, 자전거 관광 친화 도시 구축, 강천섬 테마 공원",
    ],
}

# ---------------------------------------------------------------- bs-05 경기도 (2020-11-06)
D = "2020-11-06"
J = "lee-jae-myung"
GOLD['bs-05-knbtv.txt'] = {
    "metadata": {"headline": "이재명, 기본소득 K경제의 새로운 모범", "published": "2020-11-06", "reporter": "조정호",
                 "outlet": "KNB경기채널", "jurisdiction": "41"},
    "officials": [J],
    "claims": [
        c("이재명 지사가 기본소득으로 K경제의 새로운 모범이 되도록 경기도가 앞장서겠다고 밝혔습니다", J, D, ["welfare"], "plan"),
        c("기본소득의 도입을 강조하며 이같이 말했습니다", J, D, ["welfare"], "plan"),
        c("기본소득이 그 새로운 정책이라고 확신한다", J, D, ["welfare"], "statement"),
        c("경기도재난기본소득 지급을 통해 증명했다고 이 지사는 덧붙였습니다", J, D, ["welfare", "small-merchants"], "achievement"),
        c("기본소득은 4차 산업 시대에도 매우 유용하고 현실적인 대안이 될 것이라고 강조했습니다", J, D, ["welfare"], "statement"),
        c("'경기도특별재난기본소득'을 경기지역화폐로 경기도민 전원에게 지급했습니다", None, D, ["welfare", "small-merchants"], "achievement"),
        c("자영업자와 소상공인들의 경영난 극복에 큰 도움이 된 것으로 나타났습니다", None, D, ["welfare", "small-merchants"], "achievement"),
        c("기본소득 전액이 자영업자나 소상공인에게 사용됐기 때문이라는 분석입니다", None, D, ["welfare", "small-merchants"], "statement"),
        c("가장 좋은 방법으로 기본소득을 거듭 강조했습니다", J, D, ["welfare"], "statement"),
        c("기본소득이 K-경제에 새로운 모범을 만들 수 있도록 경기도가 앞장서겠습니다", J, D, ["welfare"], "plan"),
    ],
    "not_claims": ["이재명, 기본소득 K경제의 새로운 모범", "전례 없는 위기에는 새로운 정책이 필요하다.", "KNB경기채널 조정홉니다."],
}

# ---------------------------------------------------------------- bs-06 광명 (2014-07-01)
D = "2014-07-01"
G = "yang-gi-dae"
GOLD['bs-06-wooritvnews.txt'] = {
    "metadata": {"headline": "양기대 광명시장, 사람중심 행복도시 광명의 미래 열다", "published": "2014-07-01",
                 "reporter": "박기표", "outlet": None, "jurisdiction": "41210"},
    "officials": [G],
    "claims": [
        c("맘편한 안전사회, 참 좋은 일·배움·쉼터, 누리는 문화·복지, 상생의 창조경제 4가지를 역점시책으로 추진하겠다고 밝혔다", G, D,
          ["disaster-safety", "jobs", "education", "culture-tourism", "welfare", "startup-support"], "plan"),
        c("시민안전국을 신설해 시민 생활 속에 존재하는 모든 위험요소를 미연에 방지하고", G, D, ["disaster-safety"], "plan"),
        c("권역별로 복지, 교육, 문화, 휴식, 체육시설을 지속적으로 확충하겠다고 말했다", G, D,
          ["welfare", "education", "culture-tourism"], "plan"),
        c("100만 관광객이 찾는 복합관광단지로 조성해 나가겠다는 구상도 밝혔다", G, D, ["culture-tourism"], "target"),
        c("이외에도 사람중심 행복도시의 미래를 열어가기 위해 일자리 창출과", G, D, ["jobs"], "plan"),
    ],
    "not_claims": [
        "더 낮은 자세로 오직 시민, 오로지 광명만을 섬기겠다",
        "광명발전을 위해 혼신의 노력을 다하겠다고 약속했다",
        "민선6기 향후 시정구상을 밝히는 취임사를 발표했다",
    ],
}

# ---------------------------------------------------------------- bs-07 김포 (2025-11-28)
D = "2025-11-28"
GOLD['bs-07-etoday.txt'] = {
    "metadata": {"headline": "김병수 시장, 4년만에 김포를 교통요지로…“단절 끝, 연결 시작됐다”",
                 "published": "2025-11-28T16:59+09:00", "reporter": None, "outlet": None, "jurisdiction": "41570"},
    "officials": ["kim-byeong-su"],
    "claims": [
        c("민선 8기 김포시가 끊겨있던 도시교통망을 잇고 시민 이동권을 전면적으로 확장시키며", None, D, ["public-transit"], "achievement"),
        c("김포의 모든 교통축이 민선 8기에서 재편되며 도시경쟁력이 수직 상승했다", None, D, ["public-transit"], "achievement"),
        c("서울 5호선 김포 연장을 국가 본사업으로 확정시키며", None, D, ["public-transit"], "achievement"),
        c("서부권 광역급행철도가 예타를 통과해 ‘서울 30분 시대’가 현실화됐다", None, D, ["public-transit"], "achievement"),
        c("2호선 신정지선, 9호선 김포 연장 최적안도 마련해 경기도에 제출했다", None, D, ["public-transit"], "achievement"),
        c("골드라인 혼잡률은 225%에서 204%로 낮아졌고", None, D, ["public-transit"], "achievement"),
        c("2026년 말에는 2분10초대 운행도 가능해진다", None, D, ["public-transit"], "target"),
    ],
    "not_claims": [
        "5호선 본사업 확정· 서부권 급행예타 통과·2·9호선 연장 추진 ‘4대 철도축 완성’",
        "김병수 시장은 교통기본권 회복에도 속도를 냈다",
        "반값 통행료 지원을 선제적으로 시행했고",
        "시는 조례 제정 이후 내년 상반기부터 본격 지원한다",
        "내부 교통 역시 큰 변화가 있었다",
        "출근급행버스 70번(A~D) 도입",
    ],
}

# ---------------------------------------------------------------- bs-08 안성 (undated; 2018 by context)
W = "hwang-eun-seong"
GOLD['bs-08-nspna.txt'] = {
    "metadata": {"headline": None, "published": None, "reporter": "김병관", "outlet": "NSP통신", "jurisdiction": "41550"},
    "officials": [W],
    "claims": [
        c("둘째부터 출산장려금을 확대 지원한다", None, None, ["childcare-birth"], "plan"),
        c("둘째아 50만원, 셋째아 200만원, 넷째아 이상 300만원의 장려금을 지급한다", None, None, ["childcare-birth"], "statement"),
        c("신청기한은 출생일로부터 90일 이내이며", None, None, ["childcare-birth"], "statement"),
        c("출산가정의 경제적 부담 경감을 위해 보호자에게 현금성 급여형태로 지급된다", None, None, ["childcare-birth"], "statement"),
        c("올해 2017년 대비 3억여 원의 예산을 증액 편성했다", None, None, ["childcare-birth"], "achievement"),
        c("저출산 극복을 위해 안성시가 적극적으로 나서겠다", W, None, ["childcare-birth"], "plan"),
    ],
    "not_claims": ["경기 안성시청 전경. (NSP통신 DB)"],
}

# ---------------------------------------------------------------- bs-09 광주(경기) (undated; 2020 by context)
GOLD['bs-09-kukinews.txt'] = {
    "metadata": {"headline": None, "published": None, "reporter": "김정국", "outlet": "쿠키뉴스", "jurisdiction": "41610"},
    "officials": [],
    "claims": [
        c("쇠퇴한 원도심 3곳을 대상으로 도시재생 뉴딜사업을 진행한다고 밝혔다", None, None, ["urban-regeneration"], "plan"),
        c("2018년과 2019년 각각 도시재생 뉴딜사업에 선정됐다", None, None, ["urban-regeneration"], "achievement"),
        c("송정동 우전께 마을이 2019년도 선정돼 행정절차를 진행 중에 있다", None, None, ["urban-regeneration"], "achievement"),
        c("150억원의 사업비를 확보해 거주자와 골목상권 혼재지역을 대상으로 하는", None, None, ["urban-regeneration"], "achievement"),
        c("주거지 지원형(공공기관 제안형)으로 선정돼 167억원의 사업비를 확보했다", None, None, ["urban-regeneration"], "achievement"),
        c("우리동네 살리기 유형의 도시재생 뉴딜사업으로 83억3300만원의 사업비를 확보했다", None, None, ["urban-regeneration"], "achievement"),
        c("상대적으로 구도심은 쇠퇴가 가속되고 있어 도시재생 사업이 시급했다", None, None, ["urban-regeneration"], "statement"),
        c("주민과 함께 주민체감형, 주민참여형 사업으로 추진할 계획", None, None, ["urban-regeneration", "citizen-participation"], "plan"),
    ],
    "not_claims": ["광주=김정국 기자 renovatio81@kukinews.com"],
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, g in GOLD.items():
        doc = {"article": name, "metadata": g["metadata"], "officials": g["officials"],
               "claims": g["claims"], "not_claims": g["not_claims"]}
        with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write('\n')
        print(name, len(g["claims"]))


if __name__ == '__main__':
    main()
