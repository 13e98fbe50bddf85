"""Writes the hand-made gold files of set-bc (format of seeds/corpus/README.md)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


G = {}

# ---------------------------------------------------------------- bc-01 여수 권오봉 (2018-07-12; event 11일)
D = "2018-07-11"
K = "gwon-o-bong"
G["bc-01-sidaeilbo.txt"] = {
    "metadata": {"headline": "권오봉 여수시장, 시민행복 관광정책 발표", "published": "2018-07-12",
                 "reporter": None, "outlet": "시대일보", "jurisdiction": "46130"},
    "officials": ["gwon-o-bong", "choi-moon-soon"],
    "claims": [
        c("권오봉 여수시장이 제2차 국가관광전략회의에서 여수 관광 활성화 성공사례와 시민이 행복한 균형 관광정책 추진계획을 발표했다",
          K, D, ["culture-tourism"], "plan"),
        c("지속가능한 관광 활성화를 위해 경도 해양관광단지 진입도로 건설과 박람회장 컨벤션센터 건립에 국고지원이 필요하다고 건의했다",
          K, D, ["culture-tourism"], "plan"),
        c("지역관광 활성화 성공사례 발표 대상은 전국 지자체 중 여수시와 강원도였다", None, D, ["culture-tourism"], "achievement"),
        c("발표에 나선 권 시장은 여수의 관광 활성화 요인으로 먼저 2012여수세계박람회를 들었다", K, D, ["culture-tourism"], "achievement"),
        c("SOC가 확충되면서 해양관광도시로서의 기반이 마련됐다는 것이다", K, D, ["culture-tourism"], "achievement"),
        c("‘낭만’이라는 여수관광 브랜드가 더해지며 젊은 청춘 남녀들이 가장 가고 싶어 하는 도시가 됐다는 것이 권 시장의 설명이었다",
          K, D, ["culture-tourism"], "achievement"),
        c("권 시장은 여수가 가진 아름다운 섬도 관광 활성화 요인으로 들었다", K, D, ["culture-tourism"], "achievement"),
    ],
    "not_claims": [
        "권오봉 여수시장, 시민행복 관광정책 발표",
        "11일 정부서울청사서 총리주재 2차 국가관광전략회의",
        "권 시장 지역관광 활성화 사례 발표…국고지원도 건의",
        "권오봉 여수시장은 11일 오전 정부서울청사에서 이낙연 국무총리 주재로 열린 제2차 국가관광전략회의에 참석했다",
        "회의는 국무총리 모두말씀, 관광진흥 기본계획 발표, 지역관광 활성화 성공사례 발표, 해양레저관광 활성화 추진계획 발표, 토론 순으로 진행했다",
        "권오봉 시장과 최문순 지사가 발표자로 나섰다",
    ],
}

# ---------------------------------------------------------------- bc-02 전주 김승수 (undated; 2021 by context)
K = "kim-seung-su"
G["bc-02-jeollailbo.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "김정천", "outlet": "전라일보", "jurisdiction": "45110"},
    "officials": ["kim-seung-su"],
    "claims": [
        c("전주시의 ‘2050 탄소중립’ 계획이 EU 주요 도시 등과 공유했다", None, None, ["climate-carbon"], "statement"),
        c("친환경 교통수단 도입과 정원도시 인프라 구축 등은 많은 공감을 얻은 것으로 전해졌다", None, None,
          ["climate-carbon", "public-transit"], "achievement"),
        c("김승수 전주시장은 9일 서울여성플라자 1층 아트홀봄에서 열린", K, None, ["climate-carbon"], "plan"),
        c("김 시장은 이날 △에너지전환도시 △생태교통도시 △천만그루 정원도시 △지역재생 및 그린리모델링", K, None,
          ["climate-carbon", "energy-transition", "urban-regeneration"], "plan"),
        c("김 시장은 에너지전환도시 분야에 있어 전주시민햇빛발전소 사업을 소개했고", K, None,
          ["energy-transition", "public-transit", "future-vehicles"], "statement"),
        c("이어 꽃심 지방정원, 미세먼지 저감숲, 천만그루 정원도시로 나아가기 위한 정책과 공공건축물 제로 에너지화와 노후 공공임대주택 그린 리모델링",
          K, None, ["fine-dust", "climate-carbon", "energy-transition", "housing"], "plan"),
        c("우리 삶 곳곳에 걸쳐있는 탄소배출을 ‘0’으로 만들기 위해 종합계획을 수립하고, 도시개발 시 기후위기 영향평가를 통해 적극적으로 관리해 나갈 것",
          K, None, ["climate-carbon"], "plan"),
    ],
    "not_claims": [
        "이번 국제 웨비나에는 노르웨이 오슬로, 프랑스 파리 등 EU 도시들과 광명시, 고양시, 대전광역시 대덕구 등 국내 지자체들이 참여해 탄소중립을 위한 다양한 정책과 사례를 공유했다",
        "최근 서노송예술촌에 문을 연 ‘전주시새활용센터 다시봄’과 삼천 생태학습장 조성 등도 적극 알렸다",
    ],
}

# ---------------------------------------------------------------- bc-03 전남 김영록 (undated; 2019 by context)
K = "kim-yung-rok"
G["bc-03-koscaj.txt"] = {
    "metadata": {"headline": "민자 45조원 투입 8.2GW급 발전…상시 일자리 4000개 창출", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "46"},
    "officials": ["kim-yung-rok"],
    "claims": [
        c("대규모 해상풍력발전단지 사업이 ‘전남형 일자리’ 대표 모델사업으로 추진된다", None, None,
          ["energy-transition", "jobs"], "plan"),
        c("민간투자사·한전·정부·지자체가 함께 참여하는 일자리 창출 사업으로 삼겠다는 구상이다", None, None,
          ["energy-transition", "jobs", "investment-attraction"], "plan"),
        c("이 사업이 성공하면 상시 일자리만 4000개, 간접일자리를 포함하면 11만7000여개의 일자리가 창출될 것으로 전남도는 내다봤다",
          None, None, ["energy-transition", "jobs"], "target"),
        c("블루 이코노미 프로젝트 후속대책으로 이 같은 내용의 전남형 일자리 사업 추진계획을 내놓았다", K, None,
          ["energy-transition", "jobs"], "plan"),
        c("대규모 해상풍력발전단지 사업은 블루 이코노미의 5대 전략 중 블루 에너지에 포함돼 있다", None, None,
          ["energy-transition"], "statement"),
        c("신안군 해상 일원에 8.2GW급 대규모 해상풍력발전단지를 조성하는 것이 사업의 핵심이다", None, None,
          ["energy-transition"], "plan"),
        c("목포신항만에 해상풍력 지원 부두와 배후단지도 개발한다", None, None, ["energy-transition"], "plan"),
        c("임금부담을 줄이는 일자리 창출도 필요하지만 대규모 민자유치를 통한 좋은 일자리를 만드는 것도 필요하다", K, None,
          ["jobs", "investment-attraction"], "plan"),
        c("풍력발전을 좋은 일자리 전남형 일자리의 대표 모델로 만들고자 한다", K, None, ["energy-transition", "jobs"], "plan"),
        c("전남도는 또 남해안 신성장 관광벨트 조성 사업을 국가계획에 반영하는 방안도 마련하기로 했다", None, None,
          ["culture-tourism"], "plan"),
        c("경남도 등과 함께 남해안 관광사업이 국가계획이 반영될 수 있도록 노력하기로 했다", None, None,
          ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "민자 45조원 투입 8.2GW급 발전…상시 일자리 4000개 창출",
        "또 블루 이코노미 프로젝트의 다른 세부사업들도 정부 사업과 2020년 국고예산",
    ],
}

# ---------------------------------------------------------------- bc-04 익산 정헌율 (undated)
K = "jeong-heon-yul"
G["bc-04-sotongnews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "45140"},
    "officials": ["jeong-heon-yul"],
    "claims": [
        c("익산시가 청년 일자리, 결혼, 출산 등과 관련한 청년정책에 공격적으로 나설 것으로 보인다", None, None,
          ["youth-policy", "jobs", "childcare-birth"], "plan"),
        c("이제 청년정책은 시대정신이 됐다", K, None, ["youth-policy"], "statement"),
        c("모든 분야의 정책들을 점검하여 청년 중심으로 재설계가 필요한 시점", K, None, ["youth-policy"], "plan"),
        c("청년을 염두에 둔 정책은 참여가 핵심이며, 특히 일자리와 결혼·출산 등이 청년세대의 가장 시급한 현안", K, None,
          ["youth-policy", "jobs", "childcare-birth"], "statement"),
        c("앞으로 청년 창업지원 및 청년층 대상 주택 정책을 공격적으로 추진하라", K, None,
          ["youth-policy", "startup-support", "housing"], "plan"),
        c("여름철 장마에 대비하여 재해위험 시설 등에 대해 안전 점검도 철저히 시행할 것", K, None, ["disaster-safety"], "plan"),
    ],
    "not_claims": [
        "오랫동안 정치에 무관심하던 청년층이 정치에 참여하기 시작했고",
        "익산시의회 제1차 정례회가 마무리되었다",
    ],
}

# ---------------------------------------------------------------- bc-05 순천 조충훈 (undated; 2017-12 by context)
K = "jo-chung-hun"
G["bc-05-ilyo.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "박칠석", "outlet": "일요신문", "jurisdiction": "46150"},
    "officials": ["jo-chung-hun"],
    "claims": [
        c("전남 순천시는 국토교통부 주관 2017년도 도시재생 뉴딜사업 공모에서 중심시가지형", None, None,
          ["urban-regeneration"], "achievement"),
        c("도시재생 뉴딜사업은 문재인 정부가 추진하는 주요 국정 과제 중 하나로", None, None, ["urban-regeneration"], "statement"),
        c("사업모델은 면적 규모에 따라 우리동네살리기, 주거정비지원형, 일반근린형, 중심시가지형, 경제기반형 등 다섯 가지로 나뉜다",
          None, None, ["urban-regeneration"], "statement"),
        c("정부는 14일 제9차 도시재생특별위원회를 개최해 전국 69곳의 도시재생 뉴딜 시범사업 대상지를 선정했다", None, None,
          ["urban-regeneration"], "achievement"),
        c("시는 지난 5월 전남도 최초로 도시재생 전략계획 승인을 통해", None, None,
          ["urban-regeneration", "citizen-participation"], "achievement"),
        c("중심시가지형인 장천동·남제동 일원은 정원과 반려산업 육성을 통한 도심기능회복에 중점을 두고", None, None,
          ["urban-regeneration", "small-merchants"], "plan"),
        c("시는 내년 초에 도시재생 활성화계획 수립을 시작으로 주민주도하에 본격적인 도시재생사업을 추진하며", None, None,
          ["urban-regeneration", "citizen-participation"], "plan"),
        c("순천시는 지난 2014년 국토부가 처음으로 도입한 도시재생 선도지역 사업에 향동, 중앙동 일원이 선정됐으며", None, None,
          ["urban-regeneration"], "achievement"),
        c("2014년도에 이어 순천시 2곳이 동시에 선정된 것은", K, None, ["urban-regeneration"], "achievement"),
    ],
    "not_claims": [
        "순천시청 전경",
    ],
}

# ---------------------------------------------------------------- bc-06 해남 치매안심센터 (institutional; undated)
G["bc-06-ilyo.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "박은선", "outlet": "일요신문", "jurisdiction": "46820"},
    "officials": [],
    "claims": [
        c("전남 해남군의 치매안심센터 건립이 본격화한다", None, None, ["dementia-care"], "plan"),
        c("군은 치매안심센터 건립을 위한 설계용역에 착수, 올 11월 공사를 시작해 내년 하반기 완공할 계획이다", None, None,
          ["dementia-care"], "plan"),
        c("치매안심센터는 총 사업비 20억원을 투입해 현 보건소 부지 내에 지상 2층", None, None, ["dementia-care"], "plan"),
        c("검진실과 치매상담 및 교육실, 프로그램실, 회의실, 가족카페 등을 갖추고 치매통합관리 서비스 제공한다", None, None,
          ["dementia-care"], "plan"),
        c("치매안심센터는 치매국가책임제에 따라 치매 환자의 체계적인 관리를 위해 설립되는 시설이다", None, None,
          ["dementia-care"], "statement"),
        c("치매 고위험군 시기부터 확진 이후 환자를 대상으로 상담 및 등록관리", None, None, ["dementia-care"], "statement"),
        c("해남군 치매안심센터는 지난해 11월 보건소 2층에 임시 개소, 운영되고 있다", None, None, ["dementia-care"], "statement"),
        c("치매안심센터건립으로 치매환자 중증화를 예방하고 치매환자와 가족, 군민의 삶의 질 향상에 큰 기여를 할 것으로 기대된다",
          None, None, ["dementia-care"], "statement"),
    ],
    "not_claims": [],
}

# ---------------------------------------------------------------- bc-07 부안 권익현 (undated; 2025 by context)
K = "gwon-ik-hyeon"
G["bc-07-sisatopic.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "52800"},
    "officials": ["gwon-ik-hyeon", "choi-hun-sik", "jo-gil-hyeong"],
    "claims": [
        c("부안군은 저출산 해소를 위해 다양한 지원과 정책을 추진하고 있다", K, None, ["childcare-birth"], "statement"),
        c("출생축하금은 자녀 수에 따라 첫째아 300만원, 둘째아 500만원, 셋째아 이상 1000만원을 지원하고 있고", K, None,
          ["childcare-birth", "education", "youth-policy"], "statement"),
        c("이를 통해 저출생·고령화 위기를 극복하고 지역경제를 활성화할 수 있도록 최선을 다하겠다", K, None,
          ["childcare-birth"], "plan"),
        c("한편 군은 인구 위기 대응을 위한 2025년 인구감소지역 대응 시행계획을 수립하고", None, None, ["jobs"], "achievement"),
    ],
    "not_claims": [
        "권익현 부안군수, 인구문제 인식개선 릴레이 캠페인",
        "이번 캠페인은 저출생·고령화로 인한 인구구조 변화와 인구문제 해결의 중요성을 알리기 위해 보건복지부와 한국보건복지인재원이 공동 기획했다",
        "권익현 군수는 최훈식 장수군수의 지명을 받아 이번 캠페인에 동참했으며 다음 참여자로 조길형 충주시장을 지목했다",
        "특히 지난해 생활인구 10만명 달성을 목표했는데 3분기 기준 평균 40만명까지 증가해",
    ],
}

# ---------------------------------------------------------------- bc-08 고창 심덕섭 (2024-02-01)
D = "2024-02-01"
K = "sim-deok-seop"
R = ["culture-tourism", "agriculture"]
G["bc-08-fnnews.txt"] = {
    "metadata": {"headline": "고창군, 농촌 스타마을 사무국 개소", "published": "2024-02-01T16:50+09:00",
                 "reporter": "강인", "outlet": "파이낸셜뉴스", "jurisdiction": "52790"},
    "officials": ["sim-deok-seop"],
    "claims": [
        c("전북특별자치도 농촌관광 스타마을의 성공적 운영을 위해 사무국 개소식을 가졌다", None, D, R, "achievement"),
        c("앞서 고창군은 전북특별자치도가 주관하는 ‘농촌관광 스타마을’ 공모사업에 선정됐다", None, D, R, "achievement"),
        c("사업비 100억원을 투입해 2026년까지 4년간 부안면 복분자유원지 내에 농촌관광 스타마을을 조성할 계획이다", None, D, R, "plan"),
        c("해당 사업은 전문 스타마을위원회를 중심으로 인근 용계, 용산, 진마, 안현, 신흥 마을과 연계해 협력 사업을 추진한다",
          None, D, R, "plan"),
        c("체험, 축제, 교육 등 프로그램을 개발해 최고 수준의 농촌관광 서비스를 제공하는 것이 목표다", None, D, R, "plan"),
        c("고창 특산품인 복분자를 활용한 와인을 테마로 다양한 체험시설, 지역특산물 판매장", None, D, R, "statement"),
        c("침체된 복분자유원지에 많은 관광객이 유치되고 마을이 활성화돼", K, D, R, "plan"),
    ],
    "not_claims": [
        "고창군, 농촌 스타마을 사무국 개소",
        "1일 전북 고창군 복분자유원지 웰빙센터에서 농촌관광 스타마을 사무국 개소식이 열렸다. 고창군 제공",
        "이날 열린 개소식에는 심덕섭 고창군수를 비롯해 임정호 고창군의회 군의장, 경영체 대표, 마을주민 등이 참석했다",
    ],
}

# ---------------------------------------------------------------- bc-09 완주 수소·특례 (institutional; 2024-01-17)
D = "2024-01-17"
G["bc-09-domin.txt"] = {
    "metadata": {"headline": "완주군, 수소경제 활성화 주력", "published": "2024-01-17T18:00+09:00",
                 "reporter": "배종갑", "outlet": None, "jurisdiction": "45710"},
    "officials": ["yu-hui-tae"],
    "claims": [
        c("완주군이 전북특별자치도 출범과 함께 수소경제 이행 촉진 및 활성화 특례에 집중한다", None, D,
          ["energy-transition", "decentralization"], "plan"),
        c("군은 수소특화 국가산단 유치를 비롯해 수소용품 검사지원센터", None, D, ["energy-transition"], "achievement"),
        c("군은 특자도 출범과 함께 수소경제 활성화에 필요한 시책을 마련해 세계적인 수소도시로 우뚝 설 수 있도록 행정력을 집중한다",
          None, D, ["energy-transition"], "plan"),
        c("친환경 산악관광지구 지정 특례도 완주군의 산림자원 활용을 극대화할 수 있는 기회다", None, D,
          ["culture-tourism", "decentralization"], "statement"),
        c("군은 특례를 통해 휴양·관광·레포츠를 포괄하는 종합관광지 조성의 근거를 마련해 다양한 관광자원을 마련할 계획이다", None, D,
          ["culture-tourism", "decentralization"], "plan"),
        c("올해는 3,000만 시대 개막을 목표로 스포츠 마케팅, 관광자원 인프라 구축 등 관광 마케팅 활성화에 박차를 가할 예정이다",
          None, D, ["culture-tourism"], "target"),
        c("이외에도 귀농어·귀촌 활성화와 농생명지구 내 농지법 적용의 특례를 통해 군의 농업농촌 경쟁력을 한층 끌어올릴 예정이다",
          None, D, ["agriculture", "decentralization"], "plan"),
    ],
    "not_claims": [
        "완주군, 수소경제 활성화 주력",
        "전북특별자치도 출범 시군 핵심사업",
        "군은 대표적인 모악산, 대둔산 이외에도 천등산, 기차산, 봉실산, 경각산, 불명산 등 뛰어난 산림자원이 많다",
    ],
}

os.makedirs(GOLD, exist_ok=True)
for name, gold in G.items():
    out = {"article": name, **gold}
    with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as handle:
        json.dump(out, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    print(name, len(gold["claims"]))
