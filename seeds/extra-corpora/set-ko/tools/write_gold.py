"""Write set-ko gold files. Claim rows: (quote, speaker, date, policies, kind[, speaker_name])."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"
A = {}

def art(name, headline, published, reporter, outlet, jur, officials, claims, not_claims):
    rows = []
    for c in claims:
        d = {"quote": c[0], "speaker": c[1], "date": c[2], "policies": c[3], "kind": c[4]}
        if len(c) > 5:
            d["speaker_name"] = c[5]
        rows.append(d)
    A[name] = {"article": name,
               "metadata": {"headline": headline, "published": published, "reporter": reporter,
                            "outlet": outlet, "jurisdiction": jur},
               "officials": officials, "claims": rows, "not_claims": not_claims}

D = "2023-11-14"; G = "gu-in-mo"
art("ko-01-tf.txt", "거창군, 귀농인의 집 7곳 추가 조성…모두 19곳 운영", "2023-11-14T19:42+09:00", "이경구", "더팩트", "48880",
    [G], [
    ("귀농인의 집 7곳을 추가 조성했다고", None, D, ["agriculture"], "achievement"),
    ("귀농인의 집이 총 19곳이 운영된다", None, D, ["agriculture"], "statement"),
    ("5개 면에 방치된 빈집 7곳을 단장해", None, D, ["agriculture"], "achievement"),
    ("내년에는 21개소가 운영될 예정이다", None, D, ["agriculture"], "target"),
    ("청년 귀농인의 집 10곳을 신규로 조성할 계획이다", None, D, ["agriculture", "youth-policy"], "target"),
    ("다양한 귀농정책을 추진하고 있어 귀농인들의 큰 호응을 얻고 있다", None, D, ["agriculture", "startup-support"], "achievement"),
    ("귀농귀촌인의 증가는 농촌의 활력 증진과 성장의 큰 축이 되고 있다", G, D, ["agriculture"], "statement"),
    ("다양한 귀농귀촌 정책을 추진해 귀농귀촌인이 안정적으로 지역에 정착할 수 있도록 최선을 다하겠다", G, D, ["agriculture"], "plan"),
    ], ["거창군, 귀농인의 집 7곳 추가 조성…모두 19곳 운영", "거창군청 전경.", "발로 뛰는 <더팩트>는 24시간 여러분의 제보를 기다립니다"])

D = "2021-06-03"
art("ko-02-industrynews.txt", "부산시, 2050 탄소중립 실현 위한 기후변화대응계획 수립", "2021-06-03T13:17+09:00", "권선형", "인더스트리뉴스", "26",
    ["park-heong-joon"], [
    ("부산시(시장 박형준)가 2050 탄소중립을 위한 기후변화대응계획을 수립한다", None, D, ["climate-carbon"], "plan"),
    ("기후변화대응계획은 2050 탄소중립 도시 부산을 실현하기 위한 맞춤형 추진전략으로", None, D, ["climate-carbon"], "plan"),
    ("오는 2022년 3월까지 ‘2050 탄소중립을 위한 부산광역시 기후변화대응계획’ 수립 용역을 추진한다", None, D, ["climate-carbon"], "plan"),
    ("국내 개최 유치전에 뛰어들어 2050 탄소중립 추진에 힘을 실을 계획이다", None, D, ["climate-carbon"], "plan"),
    ("이번 용역과 당사국총회 유치가 탄소중립 선도도시를 조성하는 마중물 역할을 할 것으로 기대하고 있다", None, D, ["climate-carbon"], "statement"),
    ("기후위기비상 선언식을 통해 기후위기 상황 극복을 다짐하고", None, D, ["climate-carbon", "future-vehicles", "energy-transition"], "achievement"),
    ], ["부산시, 2050 탄소중립 실현 위한 기후변화대응계획 수립", "2023년 유엔기후변화협약 당사국총회(COP28) 부산 유치 추진…",
        "도심 속 그린인프라 구축, 생태계 회복, 시민참여를 통한 탄소중립 전환도시로 거듭날 계획이다. [사진=utoimage]"])

D = "2022-08-01"; Y = "yun-seok-jun"
art("ko-03-newsis.txt", "윤석준 대구 동구청장 \"'수월성 교육' 정책으로 정주요건 해결\"", "2022-08-01T11:00:00+09:00", "김정화", "뉴시스", "27140",
    [Y], [
    ("임기 안에 '수월성 교육' 정책 펼쳐 동구 정주 요건 첫 번째인 교육을 해결할 것이다", Y, D, ["education"], "plan"),
    ("동구 정주 요건 첫 번째는 교육이다", Y, D, ["education"], "statement"),
    ("이를 해결해야 한다", Y, D, ["education"], "plan"),
    ("학생, 학부모 등의 동의를 거쳐 임기 안에 수월성 교육 정책을 펼치고 싶다", Y, D, ["education"], "plan"),
    ("구청 교육 예산을 지역 내 학생들의 학력 신장을 위한 부분에 투입하고 싶다", Y, D, ["education"], "plan"),
    ("동구에서도 명문대학교 등을 비롯해 원하는 대학에 갈 수 있다는 것을 보여줘야 한다", Y, D, ["education"], "plan"),
    ], ["윤석준 대구 동구청장 \"'수월성 교육' 정책으로 정주요건 해결\"", "동구청에서 뉴시스와 인터뷰하고 있다",
        "기본적 문제 해결 안하고는 안된다고 생각한다", "교육위원장 등을 역임했고", "취임 첫 일정으로 22개 동을 방문했다"])

D = "2025-07-30"; J = "정규덕"
art("ko-04-smnews.txt", "포항시, 청정수소 생산·도입 전략과 글로벌 협력안 논의", "2025-07-31T17:21+09:00", "김경태", None, "47110",
    [], [
    ("포항시를 수소경제 중심도시로 도약시키기 위한 방안을 모색하고자 마련됐다", None, D, ["energy-transition"], "statement"),
    ("수소도시 인프라 조성에 부합하는 포항만의 청정수소 공급 방안을 수립해 나가겠다는 계획을 밝혔다", None, D, ["energy-transition"], "plan"),
    ("포항이 세계적 수소경제 도시로 성장하기 위한 토대를 다지는 의미 있는 자리였다", None, D, ["energy-transition"], "statement", J),
    ("세미나에서 제시된 다양한 의견을 정책에 적극 반영해", None, D, ["energy-transition"], "plan", J),
    ], ["포항시, 청정수소 생산·도입 전략과 글로벌 협력안 논의", "제1회 청정수소 자문 그룹 세미나가 열렸다",
        "포항테크노파크 AV회의실에서 ‘제1회 청정수소 자문그룹 세미나’를 개최했다",
        "포항시의 청정수소 전략과 협력 방안을 심도 있게 논의했다", "▲포항시 수소사업 추진 현황"])

D = "2022-01-27"; J = "jo-gyu-il"
art("ko-05-newscj.txt", "진주시 ‘진주형 스마트도시 중장기계획’ 수립", "2022-01-27", "최혜인", "천지일보", "48170",
    [J], [
    ("향후 5년간의 진주형 스마트시티 계획을 수립했다고 밝혔다", None, D, ["smart-city"], "achievement"),
    ("이번 계획은 스마트도시 조성·산업진흥법 제8조에 따라 수립하는 법정 계획으로", None, D, ["smart-city"], "statement"),
    ("진주형 계획은 올해부터 오는 2026년까지 스마트도시 비전과 추진전략", None, D, ["smart-city"], "statement"),
    ("6가지 세부 추진전략으로 구성됐다", None, D, ["smart-city"], "statement"),
    ("핵심 키워드는 자연·사람·공간·데이터·문화·산업으로 선정했다", None, D, ["smart-city"], "statement"),
    ("스마트도시 리빙랩, 시민 아이디어 공모를 거쳐 다양한 의견을 반영했다", None, D, ["smart-city", "citizen-participation"], "achievement"),
    ("경제 활성화를 위한 기업지원플랫폼 구축과 산업단지 데이터 관리", None, D, ["smart-city"], "statement"),
    ], ["진주시 ‘진주형 스마트도시 중장기계획’ 수립", "조규일 진주시장 주재로 ‘스마트도시계획 수립 용역 최종보고회’가 열리고 있다",
        "조규일 진주시장 주재로 스마트도시계획 용역 결과발표와 함께 토론·질의응답 순으로 진행됐다",
        "스마트 버스정류장을 찾아 스마트 ‘스마트시티 솔루션사업’ 추진현황을 점검하고 있다", "미래도시 청사진 그려"])

D = "2025-04-16"; K = "kim-jang-ho"
art("ko-06-smnews.txt", "구미시 '청년예술 창업특구'조성 ‘골목에 청춘의 색 입힌다’", "2025-04-16T09:47+09:00", "이은진", None, "47190",
    [K], [
    ("청년 예술인의 창업 거점으로 탈바꿈시키는 ‘청년예술 창업특구 조성사업’을 본격 추진한다", None, D, ["startup-support", "youth-policy", "urban-regeneration", "culture-tourism"], "plan"),
    ("이 사업은 원도심에 새로운 활력을 불어넣고", None, D, ["startup-support", "youth-policy", "urban-regeneration"], "statement"),
    ("상품기획, 임차료, 홍보비 등 창업 초기 자금을 최대 2,500만 원까지 지원한다", None, D, ["startup-support", "youth-policy"], "statement"),
    ("창업 전 과정에 걸친 맞춤형 교육과 전문가 멘토링을 병행해 실질적 자립 기반을 마련할 계획이다", None, D, ["startup-support"], "plan"),
    ("금오시장로 일원에 25개소의 예술 창업 공간을 단계적으로 조성한다", None, D, ["startup-support"], "target"),
    ("청년 예술 프로젝트와 연계돼 창업과 창작, 교육이 유기적으로 이뤄지는 복합 문화공간으로 자리 잡을 전망이다", None, D, ["startup-support", "culture-tourism"], "statement"),
    ("구도심 문화·예술 생태계의 중심지로 거듭나고, 인근 상권 활성화에도 긍정적 효과를 가져올 것으로 기대하고 있다", None, D, ["culture-tourism", "small-merchants"], "statement"),
    ("청년예술 창업특구는 예술인 청년의 성장을 견인하고", K, D, ["startup-support", "youth-policy"], "statement"),
    ("구미시가 문화예술산업의 중심 도시로 도약할 수 있도록 지속적인 지원을 이어가겠다", K, D, ["culture-tourism", "startup-support"], "plan"),
    ], ["구미시 '청년예술 창업특구'조성 ‘골목에 청춘의 색 입힌다’", "금오시장로, 5년간 10억 투입, 25개 창업공간 조성",
        "청년 창업가에 창업 초기자금 최대 2,500만 원 지원"])

D = "2019-07-23"
art("ko-07-kmib.txt", "경남도, 저출생 극복 사업 공모 진주·창녕 선정", "2019-07-23T19:19+09:00", "이영재", None, "48",
    [], [
    ("지역실정에 맞는 사업을 발굴한 시·군에 도비를 지원한다고 23일 밝혔다", None, D, ["childcare-birth"], "plan"),
    ("이번 공모사업은 추경에 도비 5억원을 확보해 추진하는 도 자체사업이며", None, D, ["childcare-birth"], "statement"),
    ("합계출산율 1.13에 불과할 정도로 저출생이 심각한 상황이다", None, D, ["childcare-birth"], "statement"),
    ("저출생·고령사회 극복에 최선을 다할 방침이다", None, D, ["childcare-birth"], "plan"),
    ("공모사업에 선정된 시·군은 진주시, 창녕군이다", None, D, ["childcare-birth"], "achievement"),
    ("천전동 소재 지식산업센터 내에 ‘육아·패밀리 행복플러스센터’를 조성한다", None, D, ["childcare-birth"], "plan"),
    ("빌려주는 장난감은행을 운영한다", None, D, ["childcare-birth"], "statement"),
    ("‘맘 편한 놀이터(공동위탁보육시설)’를 조성한다", None, D, ["childcare-birth"], "plan"),
    ], ["경남도, 저출생 극복 사업 공모 진주·창녕 선정", "도내 인구소멸 지역에 직면한 시·군이 12개 시·군에 이른다", "창원=이영재 기자"])

H = "hong-sun-heon"
art("ko-08-kmib.txt", None, None, None, "국민일보", "26350",
    [H], [
    ("국제 관광도시 해운대를 세계인이 찾는 문화·역사도시로 거듭 나도록 만들겠습니다", H, None, ["culture-tourism"], "plan"),
    ("네트워크 강화로 복지 사각지대 해소, 스마트시티 해운대의 미래 기반 다지기", H, None, ["welfare", "smart-city", "culture-tourism"], "plan"),
    ("BRT 정책 자체가 잘못된 것은 아니다", H, None, ["public-transit"], "statement"),
    ("신호체계와 통행방법 개선 등 대책을 마련할 것", H, None, ["public-transit"], "plan"),
    ("자족형 도시재생사업 추진과", H, None, ["urban-regeneration"], "plan"),
    ], ["세계가 부러워할 만한 미래도시 해운대를 만들겠다", "지난해 1800여만명의 인파가 찾았다",
        "해운대구의 가장 큰 고민은 교통체증이다", "‘제2장산터널’과 ‘해운대터널’ 건설을 꼽았다",
        "도심 진·출입 교통량을 효과적으로 분산시키기 위한 최적의 방안", "해운대의 또 다른 고민은 지역균형발전이다",
        "원칙 없이 도시계획·행정을 일방적으로 추진해 온 것이 원인"])

D = "2025-11-17"
art("ko-09-ulsanilbo.txt", "서동욱 울산 남구청장, “생활밀착형 사업·주요현안 방점”", "2025-11-18", "권지혜", None, "31140",
    ["seo-dong-uk"], [
    ("재난안전상황실 통합플랫폼을 구축하고", None, D, ["disaster-safety"], "plan"),
    ("외황강 역사문화권 마스터플랜을 단계적으로 추진하고", None, D, ["culture-tourism"], "plan"),
    ("청년창업점포와 AI창업컨설팅을 통해", None, D, ["small-merchants", "startup-support", "youth-policy", "fourth-industrial-revolution"], "plan"),
    ("신정3동 팔등가족행복센터를 내년 4월 준공하고", None, D, ["welfare", "urban-regeneration"], "plan"),
    ("동평공원 하부주차장 조성으로 상권 밀집지역의 주차 문제를 완화하고", None, D, ["small-merchants"], "plan"),
    ("AI 기반 복지위기가구 발굴 기능을 높이고", None, D, ["welfare", "fourth-industrial-revolution"], "plan"),
    ], ["서동욱 울산 남구청장, “생활밀착형 사업·주요현안 방점”",
        "새로운 미래를 준비하는 중대한 전환점이 될 것"])

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, g in A.items():
        (GOLD / f"{name}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(g["claims"]))
    print("total", sum(len(g["claims"]) for g in A.values()))
