"""Write set-bt's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


SHIN, YUN, KIM_YR, CHOI, KIM_SAN, LEE_NY, KIM_CU = (
    "shin-u-cheol", "yun-byeong-tae", "kim-yung-rok", "choi-hyeong-sik", "kim-san", "lee-nak-yon", "kim-cheol-u")

D1 = "2020-01-16"
D3E, D3P = "2025-06-18", "2025-06-19"
D4 = "2024-01-16"
D5 = "2016-07-26"
D7 = "2016-01-04"
D9 = "2025-10-15"

FILES = {
"bt-01-kwangju.txt": {
    "metadata": {"headline": "[2020새설계-신우철 완도군수] “해양치유산업 안착…완도군민 ‘백년대계’ 이룰 것”",
                 "published": "2020-01-16T00:00+09:00", "reporter": None, "outlet": None, "jurisdiction": "46890"},
    "officials": [SHIN],
    "claims": [
        c("해양바이오 연구단지와 해양치유공원 조성 등 완도의 백년대계를 위해 해양치유산업을 속도감 있게 추진하겠다", SHIN, D1,
          ["research-development"], "plan"),
        c("해양치유 전문병원과 해양치유리조트 등이 들어설 수 있도록 투자 유치에도 적극적으로 나설 방침이다", None, D1,
          ["investment-attraction"], "plan"),
        c("해양바이오헬스산업의 발전과 어민 소득 증대를 도모하기 위해", SHIN, D1,
          ["medical-industry", "agriculture", "research-development"], "plan"),
        c("완도국제해조류박람회를 해양치유산업과 연계해 추진할 계획이다", None, D1, ["culture-tourism"], "plan"),
        c("다양한 산업과 4차 산업을 융·복합화함으로써 부가 가치가 높은 박람회로 이끌겠다는 전략이다", None, D1,
          ["culture-tourism", "fourth-industrial-revolution"], "plan"),
        c("박람회 성공 개최와 관광객 유치를 통해 관광 산업을 더욱 활성화하겠다고 신 군수는 강조했다", SHIN, D1,
          ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "모두가 잘사는 희망찬 완도’ 건설을 위해 매진하겠습니다",
        "182억원 투입 해양치유 블루존 조성",
        "의료·관광·헬스산업 연계 소득 창출",
        "182억원을 확보한 해양치유 블루존 조성 사업을 본격 추진한다",
    ],
},
"bt-02-newsis.txt": {
    "metadata": {"headline": "윤병태 나주시장, 18일 기업 6곳과 투자·투자금 유치 협약",
                 "published": None, "reporter": "이창우", "outlet": "뉴시스", "jurisdiction": "46170"},
    "officials": [YUN],
    "claims": [
        c("'2023수도권 투자유치 로드쇼'를 통해 기업 투자유치 성과를 냈다", None, None, ["investment-attraction"], "achievement"),
        c("한국전력 본사가 나주혁신도시로 이전한 것을 계기로", None, None, ["decentralization"], "statement"),
        c("앵커(선도)기업 유치·지원을 통한 에너지밸리의", None, None, ["investment-attraction"], "statement"),
        c("수도권에서 투자유치 행사를 개최한 것은 이번이 처음이다", None, None, ["investment-attraction"], "statement"),
        c("에너지밸리 투자환경·기업지원제도 소개, 투자유치 데모데이", None, None, ["investment-attraction"], "statement"),
        c("수도권 지역 4개 기업과 투자유치 협약을 맺고 300억원 규모의 투자금 유치 성과 2건을 달성했다", None, None,
          ["investment-attraction"], "achievement"),
    ],
    "not_claims": [
        "에너지도시 비전 홍보…수도권 지역 투자유치 행사 첫 개최",
        "기업체 관계자 등 100여명이 참석했다",
        "대한민국 에너지수도 나주의 비전을 설명했다",
        "이번 행사는 나주시 에너지밸리 기업과 투자자",
    ],
},
"bt-03-kpinews.txt": {
    "metadata": {"headline": "전남도, 동부권에 13GW 해상풍력 비전 선포…8개 발전·공급사와 '맞손'",
                 "published": "2025-06-19T09:17:27+09:00", "reporter": "강성명", "outlet": None, "jurisdiction": "46"},
    "officials": [KIM_YR],
    "claims": [
        c("전라남도가 동부권에 13GW 해상풍력 비전을 선포하고", None, D3E, ["energy-transition"], "target"),
        c("지자체 최초로 동부권 13GW 해상풍력 비전을 선포했으며", None, D3E, ["energy-transition"], "achievement"),
        c("MOU를 체결하고 해상풍력 산업생태계 구축에 힘을 모았다", None, D3E, ["energy-transition"], "achievement"),
        c("전남도는 어느 지역보다 발 빠르게 재생에너지 중심사회를 준비해왔다", KIM_YR, D3E, ["energy-transition"], "achievement"),
        c("해상풍력 생태계 조성과 에너지 기본소득 실현에 더욱 힘쓰겠다", KIM_YR, D3E, ["energy-transition"], "plan"),
        c("해상풍력, 영농형 태양광 등 재생에너지 보급을 확대하고", None, D3P, ["energy-transition"], "plan"),
    ],
    "not_claims": [
        "김영록 전라남도지사가 지난 18일 여수엑스포컨벤션센터에서 열린",
        "1000여 명이 참석한 가운데 '해상풍력 산업박람회'를 개최했다",
        "기후에너지부 신설에 가장 적합한 지역인 전남이 그 역할을 맡도록 적극 노력하겠다",
    ],
},
"bt-04-maeil.txt": {
    "metadata": {"headline": "목포시, 도시재생사업으로 원도심 활력 높아져",
                 "published": "2024-01-16T13:27+09:00", "reporter": "윤성수", "outlet": "매일일보", "jurisdiction": "46110"},
    "officials": [],
    "claims": [
        c("목포만의 도시재생 모델을 만드는 도시재생사업을 의욕적으로 추진하고 있다", None, D4, ["urban-regeneration"], "statement"),
        c("2개 도시재생 뉴딜사업을 시행중에 있다", None, D4, ["urban-regeneration"], "statement"),
        c("경제활성화 등을 위한 다양한 도시재생사업을 추진했다", None, D4, ["urban-regeneration"], "achievement"),
        c("먼저, 사업지역내 생활여건 기반 개선 사업을 시행했다", None, D4, ["urban-regeneration"], "achievement"),
        c("4개노선 1,900m 도로정비사업을 마무리하고", None, D4, ["urban-regeneration"], "achievement"),
        c("취약한 주거환경개선 및 안정적 주거공간 등도 마련했다", None, D4, ["urban-regeneration", "housing"], "achievement"),
    ],
    "not_claims": [
        "도시재생을 통한 주민 생활여건 개선, 원도심 경제 활성화 추진",
        "도시재생에 매진",
        "개항문화거리가 일방통행으로 바뀌면서 도로가 깨끗해졌다",
        "생활여건 기반 개선 등 지역민과 관광객 보행편의 높여",
    ],
},
"bt-05-koreapost.txt": {
    "metadata": {"headline": "담양군수, 자립형 생태도시 만들 것",
                 "published": "2016-07-26T13:21+09:00", "reporter": "김형대", "outlet": None, "jurisdiction": "46710"},
    "officials": [CHOI],
    "claims": [
        c("생태도시화 정책과 친환경 농업, 죽녹원의 신화를 탄생시킨 대나무 신산업화 정책은", CHOI, D5, ["agriculture"], "achievement"),
        c("담양대나무박람회와 세계대나무협회 총회의 성공적인 개최를 통해", None, D5, ["culture-tourism"], "achievement"),
        c("연간 725만여명의 관광객이 담양을 다녀가는 성과를 거둔데 이어", None, D5, ["culture-tourism"], "achievement"),
        c("죽녹원과 함께 담양관광 양대 축으로 발전시켜 나간다는 계획이다", None, D5, ["culture-tourism"], "plan"),
        c("담양의 관광산업 활성화와 농산물 고품질화 등을 기반으로 한 성장세는", None, D5,
          ["culture-tourism", "agriculture"], "achievement"),
    ],
    "not_claims": [
        "소득 3만달러, 인구 7만명의 자립형 생태도시를 만들어 나가겠습니다",
        "담양의 강점을 더욱 강화하는 특성화 전략을 통해 경제를 살리고 삶의 질도 높이는 정책을 추진하겠다는 최 군수의 복안이다",
        "담양의 가장 큰 경쟁력",
    ],
},
"bt-06-chosun.txt": {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "46840"},
    "officials": [KIM_SAN],
    "claims": [
        c("2005년 전남도청이 남악신도시로 이전한 것을 계기로 무안군 인구는 꾸준히 늘고 있다", KIM_SAN, None,
          ["city-hall"], "achievement"),
        c("고용 유발 효과가 큰 항공 정비 산업을 적극 육성하겠다", KIM_SAN, None, ["jobs"], "plan"),
    ],
    "not_claims": [
        "무안군은 특히 공항의 이점을 살려 항공정비산업을 신산업으로 중점 육성하고 있다",
        "무안국제공항을 활성화하고 항공 관련 산업을 적극 일으키겠다",
        "시 승격이 이뤄지면 행정조직을 개편할 수 있고, 중앙부처 예산 지원이 확대된다",
        "지방자치법 개정을 충남 예산·홍성군과 함께 추진 중이다",
        "앞으로 10만명을 넘어설 것으로 보고 있다",
    ],
},
"bt-07-asiae.txt": {
    "metadata": {"headline": "장흥군, 6년 연속 인구증가... 지역발전 초석 마련",
                 "published": "2016-01-04T11:44+09:00", "reporter": "노해섭", "outlet": "아시아경제", "jurisdiction": "46800"},
    "officials": [],
    "claims": [
        c("특히 민선6기 출범 이후 인구증가를 군정 역점시책으로 내걸고", None, D7, ["childcare-birth"], "statement"),
        c("귀농·귀촌인 유치를 위해 귀농 전담부서를 설치해 운영하고 있으며", None, D7, ["agriculture"], "statement"),
    ],
    "not_claims": [
        "장흥군은 민선6기 출범 이후 인구증가를 군정 역점시책으로 내걸고",
        "로하스타운조성,기업유치활성화,출산장려시책 등 증가요인으로 알려져",
        "전남 장흥군 인구가 6년 연속 증가했다",
        "적극적인 인구 늘리기 정책을 실시해 왔다",
    ],
},
"bt-08-ajunews.txt": {
    "metadata": {"headline": None, "published": None, "reporter": "장봉현", "outlet": "아주경제", "jurisdiction": "46"},
    "officials": [LEE_NY],
    "claims": [
        c("민선 6기 브랜드 시책인 '가고 싶은 섬 가꾸기'를 위해 잰걸음을 보이고 있다", None, None, ["culture-tourism"], "statement"),
        c("가고 싶은 섬 시책을 구체화하기 위해 섬 방문 행보를 강화하고 있다", None, None, ["culture-tourism"], "statement"),
        c("유명 섬도 방문해 가고 싶은 섬 구상을 가다듬는다는 방침이다", None, None, ["culture-tourism"], "plan"),
        c("정주여건 개선 및 소득 증대와 연계할 수 있는 가고 싶은 섬 가꾸기 사업을 추진한다고 12일 밝혔다", None, None,
          ["culture-tourism"], "plan"),
        c("24개 섬을 골라 ‘가고 싶은 섬’가꾸기 사업을 추진하기로 했다", None, None, ["culture-tourism"], "target"),
        c("10년간 총 2633억원의 예산이 투입된다", None, None, ["culture-tourism"], "statement"),
        c("섬을 찾는 여행자를 현재 연간 600만명에서 10년 후 1200만명으로 끌어올리고", None, None,
          ["culture-tourism", "agriculture"], "target"),
        c("다양한 섬마을 테마 관광 상품을 만들어 방문객에게 즐길", LEE_NY, None, ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "이날까지 5개 시군 16개 섬을 둘러봤다",
        "전남은 전국 자치단체 가운데 섬이 가장 많은 지역이다",
        "현장에서 답을 찾아야 한다",
    ],
},
"bt-09-sentv.txt": {
    "metadata": {"headline": "김철우 보성군수, ‘보성녹차 잎새주’로 상생의 잔 들다",
                 "published": "2025-10-15T16:10:52+09:00", "reporter": "오중일", "outlet": "서울경제TV", "jurisdiction": "46780"},
    "officials": [KIM_CU],
    "claims": [
        c("전남 보성군이 지역 차(茶) 산업 발전과 상생 협력을 위해 보해양조와 손을 잡았다", None, D9, ["agriculture"], "achievement"),
        c("‘보성녹차 잎새주’ 개발을 공식화했다", None, D9, ["agriculture"], "achievement"),
        c("‘농업과 산업의 동반 성장’이라는 새로운 지역 상생 모델 구축에 방점을 두고 추진됐다", None, D9, ["agriculture"], "statement"),
        c("농가는 안정적인 판로를 확보하고 기업은 혁신적인 신제품을 창출하는 상생의 시너지를 창출하겠다는 구상이다", None, D9,
          ["agriculture"], "plan"),
        c("오늘의 협약은 보성 차 농가와 기업이 함께 성장하는 상생의 출발점", KIM_CU, D9, ["agriculture"], "statement"),
        c("농가에는 안정적인 판로를, 기업에는 혁신적인 신제품의 기회를 열어줄 것", KIM_CU, D9, ["agriculture"], "statement"),
        c("다양한 산업 분야로 확장될 수 있도록 모든 역량을 집중하겠다", KIM_CU, D9, ["agriculture"], "plan"),
    ],
    "not_claims": [
        "보성군, 보해양조와 업무협약…농가 판로 확대·차 산업 고부가가치화 기대",
        "조영석 보해양조 대표와 함께 기념촬영하고 있다",
    ],
},
}


def main() -> None:
    GOLD.mkdir(parents=True, exist_ok=True)
    for name, body in FILES.items():
        gold = {"article": name, **body}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(body["claims"]))


if __name__ == "__main__":
    main()
