"""Writes the hand annotations of set-al to gold/ (one JSON file per article)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'gold')


def C(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


G = {}

# ---------------------------------------------------------------- al-01 세종 노사민정협의회 (2023-11-20)
D = "2023-11-20"
G["al-01-sjpost.txt"] = {
    "metadata": {"headline": "세종시 노사민정협의회, '2024 공동선언문' 채택", "published": "2023-11-20",
                 "reporter": "박찬민", "outlet": "세종포스트", "jurisdiction": "36"},
    "officials": ["choi-min-ho"],
    "claims": [
        C("노사민정협의회 본회의를 열어", None, D, ["labor-relations"], "achievement"),
        C("건전한 노사문화 조성, 지역 특성에 맞는", None, D, ["labor-relations"], "statement"),
        C("지역 노사민정 협력 활성화 지원 사업의 추진 실적을 공유하기 위한 자리로", None, D, ["labor-relations"], "statement"),
        C("채택된 공동선언문은", None, D, ["labor-relations"], "statement"),
        C("노사상생에 대한 공감대 형성을 위한 토크콘서트를 개최했으며", None, D,
          ["labor-relations", "disaster-safety"], "achievement"),
        C("근로자와 기업 모두에게 유익한 지원방안을 모색하고 노사 간 상생의 성과를 도출하는 것이 시와 노사민정협의회의 역할",
          "choi-min-ho", D, ["labor-relations"], "statement"),
        C("공동선언을 실천함으로써 근로자와 기업 모두가 일하기 좋은 세종을 만들자", "choi-min-ho", D,
          ["labor-relations"], "plan"),
    ],
    "not_claims": [
        "세종시 노사민정협의회, '2024 공동선언문' 채택",
        "노사 상생으로 일하기 좋은 세종 만든다",
        "한편, 협의회는 이",
    ],
}

# ---------------------------------------------------------------- al-02 청도군 지방상수도 (undated text)
G["al-02-ajunews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": "아주경제",
                 "jurisdiction": "47820"},
    "officials": ["lee-seung-yul"],
    "claims": [
        C("지방 상수도 사업 현황 및 추진 사항에 대한 설명회 및 간소한 통수식을 가졌다고", None, None,
          ["water-supply"], "achievement"),
        C("이번에 지방 상수도 인입 공사를 완료하고", None, None, ["water-supply"], "achievement"),
        C("지리적 문제로 인해 그 동안 상수도 공급이 늦어져", "lee-seung-yul", None, ["water-supply"], "plan"),
        C("오는 다음 달까지 상수도 공급을 완료할 계획이다", None, None, ["water-supply"], "plan"),
    ],
    "not_claims": [
        "물공급 소외지역의 지방 상수도 공급식에 참석해 공급 상황을 파악하고 기념 촬영 하고 있다",
        "글로벌 경제신문' 아주경제. 무단전재·재배포 금지",
    ],
}

# ---------------------------------------------------------------- al-03 상주시 통합 신청사 부지 (undated text)
G["al-03-sedaily.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": "서울경제",
                 "jurisdiction": "47250"},
    "officials": ["kang-yeong-seok"],
    "claims": [
        C("낙양동 잠사곤충사업장 일대를 통합 신청사 건립 부지로 결정했다", None, None, ["city-hall"], "achievement"),
        C("강영석 상주시장은 11일 기자회견을 갖고 이같이 발표했다", "kang-yeong-seok", None, ["city-hall"],
          "achievement"),
        C("상주시 신청사 건립 추진위원회가 시민 의견수렴", "kang-yeong-seok", None, ["city-hall"], "achievement"),
        C("이제 통합 신청사 건립을 본격 추진하겠다", "kang-yeong-seok", None, ["city-hall"], "plan"),
        C("2001년에 통합청사 건립의 필요성이 제기돼", None, None, ["city-hall"], "statement"),
        C("40명의 추진위원회를 구성했다", None, None, ["city-hall"], "achievement"),
        C("7차에 걸친 회의를 통해 후보지를", None, None, ["city-hall"], "achievement"),
    ],
    "not_claims": [
        "< 저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지 >",
    ],
}

# ---------------------------------------------------------------- al-04 대전시 로봇산업육성 종합계획 (undated text)
G["al-04-donga.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "김태영", "outlet": "동아일보",
                 "jurisdiction": "30"},
    "officials": [],
    "claims": [
        C("5년 동안 1285억 원을 투입해 일자리 1000개를 만들어 내겠다고 8일 밝혔다", None, None,
          ["robot-industry", "jobs"], "target"),
        C("4대 전략 아래 16개 과제를 발굴했다", None, None, ["robot-industry"], "achievement"),
        C("차세대 로봇 선행연구 실증연구센터를 설립하고", None, None,
          ["robot-industry", "research-development", "fourth-industrial-revolution"], "plan"),
        C("제조 인공지능(AI), 자율작업 로봇 파운데이션 모델", None, None,
          ["robot-industry", "fourth-industrial-revolution", "research-development"], "plan"),
        C("R&BD허브 구축, 로봇 스타트업 인큐베이터", None, None,
          ["robot-industry", "research-development", "startup-support"], "plan"),
        C("로봇 딥테크 밸리, 중부권 로봇 클러스터 구축과", None, None,
          ["robot-industry", "fourth-industrial-revolution"], "plan"),
        C("이를 위해 시는 올해부터 5년 동안 1285억 원을 투입한다", None, None, ["robot-industry"], "plan"),
        C("50개 기업 창업 및 유치, 1000개 일자리 창출이 목표다", None, None,
          ["robot-industry", "startup-support", "investment-attraction", "jobs"], "target"),
    ],
    "not_claims": [
        "5년간 1285억 투입해 생태계 조성",
        "로봇-드론 복합 지원센터 등 구축",
        "세계 로봇산업 시장 규모는 2030년까지 약 83조2780억 원에 이를 것으로 전망된다",
        "국내 로봇산업은 2023년 기준 매출 규모가 전년 대비 1.5% 증가한 5조9805억 원으로 집계됐다",
    ],
}

# ---------------------------------------------------------------- al-05 제천 공공산후조리원 기공 (undated text)
G["al-05-hankyung.txt"] = {
    "metadata": {"headline": "제천 공공산후조리원 '첫 삽'…\"내년 상반기 개원\"", "published": None,
                 "reporter": None, "outlet": "연합뉴스", "jurisdiction": "43150"},
    "officials": ["kim-chang-gyu"],
    "claims": [
        C("도내 최초의 공공산후조리원 건립에 착수했다", None, None, ["childcare-birth"], "achievement"),
        C("공공산후조리원 기공식을 했다", None, None, ["childcare-birth"], "achievement"),
        C("연면적 1천375㎡ 규모로 건립될 예정이다", None, None, ["childcare-birth"], "plan"),
        C("13실의 모자동실과 영유아실", None, None, ["childcare-birth"], "plan"),
        C("제천지역 산모의 경제적 부담을 줄이는 데 기여할 것으로 기대된다", None, None, ["childcare-birth"], "statement"),
        C("산후조리의 공공 기능을 강화하기로 했다", None, None, ["childcare-birth"], "plan"),
        C("공공산후조리원 건립은 저출산과 지방소멸 위기에 대응하는 기능을 하게 될 것", "kim-chang-gyu", None,
          ["childcare-birth"], "statement"),
        C("고품격 산후조리 서비스를 제공해 이용자의 만족도를 높이겠다", "kim-chang-gyu", None,
          ["childcare-birth"], "plan"),
    ],
    "not_claims": [
        "제천 공공산후조리원 '첫 삽'",
    ],
}

# ---------------------------------------------------------------- al-06 고흥군 고향사랑기부금 10억 (2025-09-18)
D = "2025-09-18"
G["al-06-seoul.txt"] = {
    "metadata": {"headline": None, "published": "2025-09-18", "reporter": "최종필", "outlet": None,
                 "jurisdiction": "46770"},
    "officials": ["gong-yeong-min"],
    "claims": [
        C("전남 지역 최초로 고향사랑기부금 누적 10억원을 돌파했다", None, D, ["decentralization"], "achievement"),
        C("고향사랑기부금이 18일 기준 누적 10억원을 돌파했다", None, D, ["decentralization"], "achievement"),
        C("전년 같은 기간보다 1.8배 증가한 수치다", None, D, ["decentralization"], "achievement"),
        C("전 채널 참여 체계를 운영하고 있다", None, D, ["decentralization"], "statement"),
        C("‘고향사랑e음’을 통한 간편 기부", None, D, ["decentralization"], "statement"),
        C("재기부율과 신규 기부율을 높이고 있다", None, D, ["decentralization"], "statement"),
        C("우수 답례품은 기부자의 호응을 얻는 데 큰 역할을 하고 있다", None, D, ["decentralization"], "achievement"),
        C("지역 농어업인의 소득 증대에도 기여하고 있다", None, D, ["decentralization", "agriculture"], "achievement"),
        C("많은 분들의 선한 마음이 모여 전남 최초 10억원 달성이라는 성과를 이룰 수 있었다", "gong-yeong-min", D,
          ["decentralization"], "achievement"),
        C("지속 가능한 기부 문화가 정착될 수 있도록 최선을 다하겠다", "gong-yeong-min", D,
          ["decentralization"], "plan"),
        C("연말 목표인 20억원 달성을 위해 속도를 높이고", None, D, ["decentralization"], "target"),
    ],
    "not_claims": [
        "전년 대비 1.8배 증가",
        "청정 고흥 우수 답례품 효과 입증",
        "고흥 특산물인 유자, 석류, 김, 미역, 한우 등은 전국적으로 품질을 인정받고 있다",
    ],
}

# ---------------------------------------------------------------- al-07 천안 미래 의료 신산업 클러스터 (undated text)
G["al-07-etnews.txt"] = {
    "metadata": {"headline": "천안시, '미래 의료 신산업 클러스터' 최종보고회 개최…정부 사업 제안 착수",
                 "published": None, "reporter": "안수민", "outlet": "전자신문", "jurisdiction": "44130"},
    "officials": ["park-sang-don"],
    "claims": [
        C("타지자체와의 차별성을 둔 20개의 실행 과제를 확정했다", None, None, ["medical-industry"], "achievement"),
        C("4개 과제의 추진 계획에 대해 논의하는 시간을 가졌다", None, None, ["medical-industry"], "statement"),
        C("기업·기관 유치방안, 신산업 육성 방안", None, None,
          ["medical-industry", "investment-attraction"], "statement"),
        C("보건복지부 등 주무 부처를 방문해 사업 제안과 국비 공모를 적극 추진할 계획이다", None, None,
          ["medical-industry"], "plan"),
        C("클러스터 조성 발전연구회를 운영", None, None, ["medical-industry"], "plan"),
        C("천안을 명실상부한 글로벌 스마트 헬스케어 도시로 만들어 나갈 것", "park-sang-don", None,
          ["medical-industry", "research-development", "investment-attraction"], "plan"),
    ],
    "not_claims": [
        "천안시, '미래 의료 신산업 클러스터' 최종보고회 개최…정부 사업 제안 착수",
        "천안시는 7일 시청 중회의실에서",
        "브랜드 뉴스룸",
    ],
}

# ---------------------------------------------------------------- al-08 부산 동구보건소 생명존중안심마을 협약 (undated text)
G["al-08-busan.txt"] = {
    "metadata": {"headline": "부산 동구보건소, 금성고등학교와 생명존중안심마을 사업 업무협약", "published": None,
                 "reporter": "우희철", "outlet": "부산닷컴", "jurisdiction": "26170"},
    "officials": ["kim-jin-hong"],
    "claims": [
        C("학생 및 교직원의 정신건강 증진을 위한 업무협약을 체결했다고 밝혔다", None, None, ["public-health"],
          "achievement"),
        C("생명존중 문화 확산과 정신건강 증진을 위한 협력 체계를 구축하고", None, None, ["public-health"], "statement"),
        C("자살 예방 인식개선 홍보 및 캠페인, 정신건강 교육 등을 실시하며", None, None, ["public-health"], "plan"),
        C("보건소가 선제적으로 나서 사업을 제안해 준 데 대해 깊은 감사 드린다", None, None, ["public-health"],
          "achievement"),
        C("앞으로도 학생과 교직원의 정신건강 증진을 위해 지속적으로 노력하겠다", None, None, ["public-health"], "plan"),
    ],
    "not_claims": [
        "부산 동구보건소, 금성고등학교와 생명존중안심마을 사업 업무협약",
        "학생 및 교직원 정신건강 증진 위한 민관 협력 강화",
        "이번 협약이 실질적인 도움이 되길 바란다",
    ],
}

# ---------------------------------------------------------------- al-09 군산사랑상품권 판매대행 협약 (undated text, 2018)
G["al-09-wowtv.txt"] = {
    "metadata": {"headline": "군산사랑상품권 농협·신협·새마을금고서 판매…9월부터 유통", "published": None,
                 "reporter": "최영수", "outlet": "연합뉴스", "jurisdiction": "45130"},
    "officials": ["kang-im-jun"],
    "claims": [
        C("9월부터 지역 화폐인 군산사랑상품권 225만장(200억원 상당)을 유통한다", None, None, ["small-merchants"], "target"),
        C("군산사랑상품권 판매대행 협약을 했다", None, None, ["small-merchants"], "achievement"),
        C("모두 63곳에서 상품권 판매와 환전업무가 이뤄진다", None, None, ["small-merchants"], "statement"),
        C("군산시상인회는 환전대행을 맡는다", None, None, ["small-merchants"], "statement"),
        C("어려움을 겪는 소상공인과 지역경제 활성화를 위해 발행하는 지역 화폐다", None, None, ["small-merchants"],
          "statement"),
        C("5천원권 50만장, 1만원권 175만장을 발행해", None, None, ["small-merchants"], "target"),
        C("1인당 구매 한도는 월 50만원, 연 500만원이다", None, None, ["small-merchants"], "statement"),
        C("전통시장과 골목상권을 대상으로 가맹점을 모집", None, None, ["small-merchants"], "plan"),
        C("생활밀착형 점포다", None, None, ["small-merchants"], "statement"),
        C("영업주는 수수료 없이 은행에서 상품권을 현금으로 바꿀 수 있다", None, None, ["small-merchants"], "statement"),
        C("골목상권을 살리도록 행정력을 집중하겠다", "kang-im-jun", None, ["small-merchants"], "plan"),
    ],
    "not_claims": [
        "군산사랑상품권 농협·신협·새마을금고서 판매…9월부터 유통",
        "상품권 225만장 발행 예정",
        "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>",
    ],
}

os.makedirs(OUT, exist_ok=True)
total = 0
for name, g in G.items():
    doc = {"article": name, "metadata": g["metadata"], "officials": g["officials"],
           "claims": g["claims"], "not_claims": g["not_claims"]}
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    total += len(g["claims"])
    print(name, len(g["claims"]))
print('total', total)
