"""Write set-ni gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

G = Path(__file__).resolve().parent.parent / "gold"
N = None


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


def md(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


D1 = "2022-12-23"
D4, D4e = "2022-09-05", "2022-09-02"
D5 = "2018-07-13"
D6 = "2017-02-07"
D7 = "2022-06-01"
D8 = "2015-01-01"
NH, BG, HT, JM, LT, BS, LC = ("nam-han-gwon", "byeon-gwang-yong", "hong-tae-yong", "jeong-myeong-hui",
                              "lee-tae-hun", "baek-seon-gi-26350", "lee-cheol-u")

GOLD = {
    "ni-01-ulsanilbo.txt": (
        md("울산시, 내년 ‘인구청년담당관’ 신설한다", D1, "이형중", "경상일보", "31"), [],
        [c("양질의 일자리를 창출하고 주거·교통 인프라를 확충하는 등", N, D1, ["jobs", "housing"], "plan"),
         c("구직활동, 직무교육, 일경험, 취업지원 및 장기근속의 큰 흐름에서 단계별로 맞춤형으로 지원하고 있다", N, D1,
           ["jobs", "youth-policy"], "statement"),
         c("투자유치 등 민간일자리 창출에 주력하는 새로운 청년일자리 정책을 추진하고", N, D1,
           ["jobs", "youth-policy", "investment-attraction"], "plan"),
         c("직업계고와 기업 연계 네트워크를 구축해 울산 청년들의 관내 기업 채용이 확산될 수 있도록", N, D1,
           ["jobs", "youth-policy"], "plan")],
        ["울산시, 내년 ‘인구청년담당관’ 신설한다", "서면질문에 대해 이같이 답했다"]),
    "ni-02-segye.txt": (
        md("남한권 울릉군수 “울릉공항 2025년 개항 순조… 관광객 100만 시대 준비 만전” [민선8기 단체장에 듣는다]",
           N, N, "세계일보", "47940"), [NH],
        [c("현재 공정률 24%를 넘어서며 2025년 개항을 목표로 순조롭게 진행되고 있습니다", NH, N,
           ["airport-relocation"], "statement"),
         c("연간 440억원가량의 교통비용 절감 효과가 있을 것으로 기대했다", NH, N, ["airport-relocation"], "statement"),
         c("접근성 개선으로 관광객 100만 시대의 현실화와", NH, N, ["culture-tourism", "airport-relocation"],
           "statement"),
         c("공항 완공 이후 핵심 과제", NH, N, ["culture-tourism", "airport-relocation"], "plan"),
         c("대중교통과 주차장 등 도서 내부의 교통 편의성을 증진하고", N, N,
           ["airport-relocation", "public-transit", "culture-tourism"], "statement"),
         c("다양한 숙박 인프라 구축과 읍 지역 하수처리장이 조기에 조성될 수 있도록 적극 추진 중", NH, N,
           ["airport-relocation", "culture-tourism"], "statement")],
        ["울릉도·독도 지킴이 역할에 최선을 다하겠다고 밝혔다", "관광객 편의시설 확충 행정력 집중",
         "일주도로 건설 등 경제 인프라 개선"]),
    "ni-03-gjn.txt": (
        md(N, N, N, "거제인터넷신문", "48310"), [BG],
        [c("청년고용지원제도의 중장년층으로의 범위 확대", N, N, ["jobs", "youth-policy"], "plan"),
         c("거제형 청년일자리 창출모델, 거제형 청년·일 잠자리사업 등을 시행해 곳곳에서 성과를 보이고 있다", BG, N,
           ["jobs", "youth-policy"], "achievement"),
         c("이러한 사업들이 계속적으로 시행되고", BG, N, ["jobs", "youth-policy"], "plan")],
        ["청년 일·잠자리 도움사업, 거제형 청년일자리 창출 모델, 외국인 고용인원 쿼터 개선 등의 사업 설명 후",
         "변 시장 공약사업으로 조선협력사의 의견을 청취하고"]),
    "ni-04-knnews.txt": (
        md("“김해시 주요 현안사업 지원해달라”", "2022-09-05T08:06:36+09:00", N, N, "48250"), [HT, "park-wan-su"],
        [c("홍 시장이 요청한 사안은 ‘도립 김해공공의료원 설립’과", HT, D4e, ["public-health"], "plan"),
         c("시민들의 의료복지 수준을 한 단계 높이고", N, D4, ["public-health"], "statement"),
         c("열악한 김해의 공공의료환경 해소를 위해 반드시 성사시킨다는 의지다", HT, D4, ["public-health"], "plan"),
         c("코로나19에도 감염병을 전담할 공공병원이 없어", N, D4, ["public-health"], "statement"),
         c("1호 공약으로 공공의료원 설립을 제시하고 경남도를 지속적으로 설득하고 있다", N, D4, ["public-health"],
           "statement")],
        ["김해시의 주요 현안사업에 대한 지원을 요청했다", "동북아 물류플랫폼 조성사업은 정부의 가덕 신공항 건설",
         "김해공공의료원 설립 등 설득 나서"]),
    "ni-05-yonhapprlink.txt": (
        md("부산 북구, 행안부 저출산 대응 공모사업 선정", "2018-07-13T10:26+09:00", N, "연합뉴스", "26320"), [JM],
        [c("2018년 저출산 대응 공모사업에 선정돼 특별교부세 3억5천만 원을 확보해", N, D5, ["childcare-birth"],
           "achievement"),
         c("총 9개 지자체가 최종 선정됐다", N, D5, ["childcare-birth"], "statement"),
         c("부산에서는 북구가 유일하다", N, D5, ["childcare-birth"], "achievement"),
         c("총 7억 규모의 사업을 진행하게 된다", N, D5, ["childcare-birth"], "plan"),
         c("공동육아 나눔터 및 프로그램을 운영할 예정이다", N, D5, ["childcare-birth", "jobs"], "plan"),
         c("마을 단위 지원체계를 구축해", JM, D5, ["childcare-birth"], "plan")],
        ["부산 북구, 행안부 저출산 대응 공모사업 선정", "출처 : 부산북구청 보도자료"]),
    "ni-06-smnews.txt": (
        md("달성군, 6차산업 선도 메카로", "2017-02-07T19:34+09:00", "예춘호", N, "27710"), [],
        [c("올해 농업의 6차 산업화를 통해", N, D6, ["agriculture"], "plan"),
         c("농업의 6차산업을 통해 농업경쟁력 강화와 농업인 소득 증대", N, D6, ["agriculture"], "plan"),
         c("클로렐라 배양 시설을 4개소에 설치", N, D6, ["agriculture"], "target"),
         c("범용 노린재류 포획 트랩을 보급하여", N, D6, ["agriculture"], "plan")],
        ["달성군, 6차산업 선도 메카로", "농업₩농촌 새활력 증진‘새로운 활로 모색’"]),
    "ni-07-fnnews.txt": (
        md("[당선자 인터뷰] 이태훈 대구 달서구청장 \"활기찬 젊은 도시 구현\"", "2022-06-01T20:17+09:00", "김정화",
           "뉴시스", "27290"), [LT],
        [c("대구 신청사와 서대구 역사 개통으로 열려지는 대구 서부권 시대를 착실히 대비함은 물론이고", LT, D7,
           ["city-hall", "public-transit"], "plan"),
         c("도시뉴딜사업과 생활SOC 사업 확대를 통해 도시의 공간구조혁신을 촉진하고", LT, D7,
           ["urban-regeneration", "jobs", "culture-tourism"], "plan"),
         c("금호·낙동강 합강 생태계를 대구서부권 대표 관광 명소화로", LT, D7, ["culture-tourism", "smart-city"],
           "plan")],
        ["무투표 당선으로 3선 성공…도시뉴딜과 생활SOC 사업 확대", "이제 달서구는 규모에 상응하는 위상을 주도하며"]),
    "ni-08-ajunews.txt": (
        md("<신년사>백선기 부산 해운대구청장... \"모두가 함께 꿈꾸는 미래, 행복도시 해운대\" 만들 것",
           "2015-01-01T05:00+09:00", "정하균", "아주경제", "26350"), [BS],
        [c("맞춤형 복지로 구민의 행복지수를 높이고 안전하고 편리한 도시생활 기반을 구축해 나가겠습니다", BS, D8,
           ["welfare", "disaster-safety"], "plan"),
         c("좋은 일자리 창출과 활력 넘치는 일터 조성으로", BS, D8, ["jobs"], "plan"),
         c("세계인이 즐겨 찾는 사계절 문화·관광 도시를 만들고", BS, D8, ["culture-tourism"], "plan"),
         c("일자리·복지·안전을 구정의 최우선 가치로 두고", BS, D8, ["jobs", "welfare", "disaster-safety"],
           "achievement")],
        ["‘아래에서 위로 민의가 흐르는’ 해운대를 만들고", "‘행복도시 해운대’를 구정비전으로 선포했습니다"]),
    "ni-09-dgy.txt": (
        md(N, N, N, N, "47"), [LC],
        [c("청년 인규 유입을 목표로 진행된다", N, N, ["youth-policy"], "statement"),
         c("청년 등의 정착을 돕는다", N, N, ["youth-policy"], "statement"),
         c("스마트팜과 스타트업 등 청년창업 지원 프로그램이다", N, N,
           ["agriculture", "startup-support", "youth-policy"], "statement"),
         c("지역인재 육성과 지역 정착 지원정책들을 마련해", LC, N, ["research-development"], "plan")],
        ["`2023 인구대반전 프로젝트`를 추진한다", "경북 스테이 프로젝트는 ‘경북형 작은정원 조성’ 등으로 진행돼"]),
}

if __name__ == "__main__":
    G.mkdir(exist_ok=True)
    total = 0
    for name, (meta, officials, claims, not_claims) in GOLD.items():
        gold = {"article": name, "metadata": meta, "officials": officials, "claims": claims,
                "not_claims": not_claims}
        (G / (name + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(claims)
        print(name, len(claims))
    print("total", total)
