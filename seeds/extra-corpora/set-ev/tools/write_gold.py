"""Write set-ev gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def C(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


def M(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


D1 = "2017-08-20"
D2 = "2018-03-14"
D3 = "2026-02-12"
D4 = "2019-10-17"
D6a, D6 = "2026-02-24", "2026-02-25"
YDH, PYG, LMG, KJT, KGI = "yuk-dong-han", "park-yun-guk", "lee-min-geun", "kim-jin-tae", "kim-gyeong-il"

FILES = {
"ev-01-mi.txt": (
    M("원주시, 광역교통망 구축으로 기업 투자 쇄도", "2017-08-20T11:56+09:00", "황경근", "매일일보", "42130"),
    ["won-chang-muk"],
    [
        C("원주시내 신규 투자와 관련한 상호 협력을 위하여 투자협약(MOU)을 체결한다고 20일 밝혔다", None, D1,
          ["investment-attraction"], "plan"),
        C("이번에 투자협약을 체결하는 3개 기업은 총 388억 원을 투자해", None, D1,
          ["investment-attraction", "jobs"], "plan"),
    ],
    ["총 388억 원 투자 및 72명 고용창출 효과 발생",
     "중부권 중심도시로 급부상하고 있다",
     "화장품 소재 및 제형 개발 전문 기업으로",
     "인증 획득으로 제품의 안전성 및 품질 경쟁력을 공식적으로 인정받아"],
),
"ev-02-gnwelcome.txt": (
    M("[강릉]올림픽 유산 사후활용방안 윤곽", "2018-03-15", "조상원", "강원일보", "42150"),
    ["choi-myeong-hui"],
    [
        C("이날 비공개회의로 진행된 회의는 올림픽 관련 시설과 프로그램", None, D2, ["culture-tourism"], "statement"),
        C("월화거리 문화행사, 청춘경로회와 도배례", None, D2, ["culture-tourism"], "statement"),
    ],
    ["◇강릉시는 14일 올림픽 관련 시설과 프로그램",
     "문화자원 연계 방안 의견",
     "강릉의 동계올림픽 유산(Legacy·레거시) 활용계획이 19일 윤곽을 드러낸다",
     "최종 결론을 19일 기자회견을 통해 공식 발표하겠다고 밝혔다",
     "강릉 스피드스케이트장, 강릉하키센터의 운영방안에 대한 논의도 있었다",
     "야간경관조명 존치 여부에 대한 논의와 시설물 관리 주체도 논의됐다"],
),
"ev-03-asiae.txt": (
    M(None, "2026-02-12", None, None, "51110"),
    [YDH],
    [
        C("△춘천사랑상품권 활성화 등 민생경제 시책", None, D3,
          ["small-merchants", "welfare", "disaster-safety", "urban-regeneration"], "plan"),
        C("이날 간담회 종료 후에는 읍면동장과 함께 풍물시장에서 직접 장을 보며", None, D3,
          ["small-merchants"], "statement"),
    ],
    ["간담회 후 전통시장 방문",
     "육동한 춘천시장이 12일 풍물시장에서 직접 장을 보며 명절 물가 동향과 전통시장 분위기를 살펴보고 있다",
     "읍면동은 시정이 시민에게 전달되는 최일선이다",
     "읍면동장과의 소통을 더욱 강화해 나가겠다",
     "국·소 차원의 책임 있는 대응이 필요하다"],
),
"ev-04-joongdo.txt": (
    M("포천시, 신읍동 도시재생 청사진 그려", "2019-10-17T15:14+09:00", "윤형기", None, "41650"),
    [PYG],
    [
        C("쇠락하고 있는 포천시 신읍동이 도시재생을 통해 새롭게 태어난다", None, D4, ["urban-regeneration"], "plan"),
        C("박윤국 포천시장은 17일 언론브리핑을 통해 도시재생 뉴딜사업에 최종 선정된", PYG, D4,
          ["urban-regeneration"], "statement"),
        C("시는 2023년까지 15만2천289㎡ 규모로 총 803억8천만원의 사업비를 투입한다", None, D4,
          ["urban-regeneration"], "plan"),
        C("우선 빈집 철거사업 및 집수리 지원사업", None, D4, ["urban-regeneration"], "plan"),
        C("또 마홀로컬푸드장터, 다목적공연장, 스포츠센터 등의 주민경제 활동공간과", None, D4,
          ["urban-regeneration", "small-merchants", "culture-tourism", "agriculture"], "plan"),
        C("지난 2015년부터 도시재생전략계획을 수립하는 등의 노력 끝에 국가지원사업에 선정됐다", PYG, D4,
          ["urban-regeneration"], "achievement"),
        C("신읍동의 정주환경 개선과 지역경제 활력, 문화예술 특화, 주민공동체 회복 등을 목표로 사업을 추진하겠다", PYG, D4,
          ["urban-regeneration", "culture-tourism"], "plan"),
    ],
    ["신읍동 도시재생 배치도. (사진=포천시 제공)",
     "시 주요현안에 대해 브리핑하고 있는 박윤국 포천시장. (사진=포천시 제공)",
     "박 시장은 '고모리에 디자인클러스터' 조성사업에 대해서도 설명했다",
     "포천시 주력산업인 섬유·가구산업 고부가가치화를 통한"],
),
"ev-05-seoul.txt": (
    M(None, "2025-12-05", None, "서울Pn", "41270"),
    [LMG],
    [
        C("외국인주민지원본부를 차례로 방문해 안산시의 우수한 상호문화 정책을 취재했다고 5일 밝혔다", None, "2025-12-05",
          ["welfare"], "achievement"),
        C("공존의 가치를 실현하고 있는 한국의 대표 사례로 안산시를 선정하고", None, "2025-12-02",
          ["welfare"], "achievement"),
        C("단원경찰서 상호문화자율방범대를 만나", None, "2025-12-02", ["disaster-safety", "welfare"], "statement"),
        C("외국인 주민에 대한 원스톱 지원체계를 취재했다", None, "2025-12-04", ["welfare"], "statement"),
        C("외신들의 잇따른 방문은 국내뿐 아니라 해외에서도 시의 상호문화 정책이 우수 사례로 손꼽히고 있다는 방증", LMG,
          "2025-12-05", ["welfare"], "achievement"),
        C("앞으로도 안산시는 선도적인 외국인 정책을 바탕으로 대한민국 다문화 수도로서의 역할을 수행해나가", LMG,
          "2025-12-05", ["welfare"], "plan"),
    ],
    ["해외 언론사가 안산시의 다문화 정책과 문화를 연이어 취재하고 있다.(안산시 제공)",
     "‘공생사회’를 주제로 한 연재 기획 보도를 위해 취재했다",
     "안산시 전체 시민 중 외국인 비율은 15.7%로 약 10만 명에 이른다",
     "지난 4일에는 아사히신문 기자 및 논설위원이 외국인주민지원본부를 방문했다"],
),
"ev-06-asiae.txt": (
    M(None, "2026-02-25", None, None, "41150"),
    ["kim-dong-geun"],
    [
        C("경기 의정부시는 지난 24일 '노인일자리 통합지원센터'를 개소하고", None, D6a, ["jobs", "welfare"], "achievement"),
        C("노인의 안정적인 사회 참여와 소득 보전을 지원하기 위해 조성한 통합 거점 기관이다", None, D6,
          ["jobs", "welfare"], "statement"),
        C("기존 노인일자리 수행기관 10개소를 연계·조정하는 컨트롤타워 역할을 수행하며", None, D6,
          ["jobs", "welfare"], "statement"),
        C("연면적 717.25㎡ 규모로 시니어 통합상담 창구와 개별 상담실", None, D6, ["jobs", "welfare"], "statement"),
        C("전문 상담 인력이 상주해 지역 노인을 대상으로 양질의 일자리 서비스를 지원한다", None, D6,
          ["jobs", "welfare"], "statement"),
        C("운영을 맡아 일자리 발굴·연계의 전문성을 한층 강화할 계획이다", None, D6, ["jobs", "welfare"], "plan"),
        C("센터는 ▲개별 맞춤형 일자리 상담", None, D6, ["jobs", "welfare"], "statement"),
        C("양질의 일자리 확대에 주력할 예정이다", None, D6, ["jobs", "welfare"], "plan"),
    ],
    ["원스톱 지원 체계 구축",
     "일자리 컨트롤타워 본격 가동",
     "개소식 모습. 의정부시 제공",
     "김동근 의정부시장이 지난 24일 '노인일자리 통합지원센터'를 개소하고 하고 있다"],
),
"ev-07-nocutnews.txt": (
    M("\"삼척 중심 동해안을 액화수소 에너지 허브로 성장시킬 것\"", None, None, None, "42"),
    [KJT, "park-sang-su"],
    [
        C("김진태 강원도지사가 삼척을 중심으로", KJT, None, ["energy-transition"], "plan"),
        C("새로운 관광도시로 부각하는 삼척시에 포항~삼척 철도", KJT, None, ["culture-tourism", "public-transit"],
          "statement"),
        C("삼척시는 수소기업육성 산학연 클러스터 조성을 위해 수소기업 전문산업단지 지정과", None, None,
          ["energy-transition", "research-development"], "statement"),
        C("관광휴양형 RE100 뉴딜타운 조성", None, None, ["culture-tourism", "energy-transition"], "statement"),
        C("시는 정부·도 계획과 연계한 수소산업 육성을 통한", None, None, ["energy-transition", "research-development"],
          "plan"),
        C("김 지사는 \"삼척을 중심으로", KJT, None, ["energy-transition"], "plan"),
        C("삼척이 수소기업 전문산업단지로 지정받을 수 있도록 적극 협력하겠다", KJT, None, ["energy-transition"], "plan"),
        C("삼척 원전부지는 1980년대부터 원전부지 지정과 해제가 반복되면서", KJT, None, ["energy-transition"], "criticism"),
        C("삼척시민 스스로 원전을 짓지 않기로", KJT, None, ["energy-transition"], "statement"),
    ],
    ["\"삼척 중심 동해안을 액화수소 에너지 허브로 성장시킬 것\"",
     "박상수 시장 및 지역구 도의원·시의원 등과 현장간담회를 가졌다. 강원도 제공"],
),
"ev-08-economyworld.txt": (
    M(None, None, "김병민", "이코노미세계", "41480"),
    [KGI],
    [
        C("'GTX 중심 버스노선 개통식' 개최 소식을 전했다", KGI, None, ["public-transit"], "statement"),
        C("파주 전역을 실핏줄처럼 엮은 대중교통의 변화를 선보인다", KGI, None, ["public-transit"], "achievement"),
        C("GTX운정중앙역에서 서울역까지 단 20분이면 된다", KGI, None, ["public-transit"], "statement"),
        C("파주시는 GTX-A 개통에 맞춰 대중교통 체계를 전면 개편했다", None, None, ["public-transit"], "achievement"),
        C("현재 12개 노선 83대 버스가 GTX 운정중앙역을 경유하여 운행 중이며", None, None, ["public-transit"], "statement"),
        C("교통 혼잡 해소와 탄소중립 기여 의지도 밝혔다", KGI, None, ["public-transit", "climate-carbon"], "plan"),
        C("서해선 착공 계획을 언급하며", KGI, None, ["public-transit"], "statement"),
        C("시민 삶의 질이 높아지고 도시 경제력이 강해지며, 100만 자족도시로 이어지는 길", KGI, None,
          ["public-transit"], "statement"),
        C("교통 인프라를 더 개선해 나가겠다", KGI, None, ["public-transit"], "plan"),
        C("이번 GTX 중심 버스노선 개통은 파주시의 교통 혁신을 알리는 신호탄으로", None, None, ["public-transit"],
          "statement"),
    ],
    ["▲ 김경일 파주시장.",
     "이코노미세계 / 김병민 기자 bmk8899@naver.com"],
),
"ev-09-seoul.txt": (
    M("강원 대포항~속초해변 관광케이블카 연내 착공", None, None, None, "42210"),
    [],
    [
        C("설악권 관광 산업을 살리기 위해 속초해변~대포항(1988m)을 잇는 국내 최장 케이블카 사업이 연내 추진된다", None,
          None, ["culture-tourism"], "plan"),
        C("관광용 케이블카 사업을 민간자본 340억원을 들여 연내 착공해 내년 말쯤 완공할 계획이라고 밝혔다", None, None,
          ["culture-tourism", "investment-attraction"], "plan"),
        C("속초해변 케이블카는 10인승 곤돌라 80개와", None, None, ["culture-tourism"], "statement"),
        C("13m가 길어 국내 최장 케이블카가 될 전망이다", None, None, ["culture-tourism"], "statement"),
        C("설악권 관광객들을 지역에 머물게 하는 효과를 얻을 수 있을 전망이다", None, None, ["culture-tourism"],
          "statement"),
        C("특색 있는 체험관광과 시설운영이 절실하다는 주민들의", None, None, ["culture-tourism", "small-merchants"],
          "statement"),
    ],
    ["은평구, 민원서비스 종합 평가 3년 연속 ‘우수’",
     "성동 ‘고혈압·당뇨병 교육센터’ 건강 맛집으로",
     "은평 국립보건원 부지, 서북권 신경제 중심지 변모"],
),
}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, (meta, officials, claims, not_claims) in FILES.items():
        gold = {"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": not_claims}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(claims)
        print(name, len(claims))
    print("total", total)


if __name__ == "__main__":
    main()
