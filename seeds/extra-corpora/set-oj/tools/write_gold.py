"""Write set-oj's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"
GOLD.mkdir(exist_ok=True)


def c(quote, date, policies, kind, speaker=None, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


G = {}

# oj-01 강진군: the detail markup prints no date -> published and every claim date null.
D = None
PH = ["public-health"]
G["oj-01-gangjin.html"] = {
    "metadata": {"headline": "강진군 “대상포진 걱정 마” 50세부터 무료 접종", "published": None,
                 "reporter": None, "outlet": "강진군", "jurisdiction": "46810"},
    "officials": [],
    "claims": [
        c("강진군이 50세 이상 군민을 대상으로 대상포진 무료 예방접종을 시행하며 군민 건강 보호와 감염병 예방에 적극 나서고 있다", D, PH, "statement"),
        c("군은 지난 2023년 대상포진 예방접종 지원 조례를 개정해 기존 60세 이상이던 지원 대상을 50세 이상으로 확대하고, 무료 예방접종 사업을 시행하고 있다", D, PH, "achievement"),
        c("접종 대상은 강진군에 주민등록을 두고 실제 거주하는 만 50세 이상 군민이며, 접종을 희망하는 군민은 신분증을 지참해 강진군보건소를 방문하면 된다", D, PH, "statement"),
    ],
    "not_claims": ["50세부터 무료 접종  &lt; 보도자료 &lt; 군정소식",
                   "전남도내 선도적 지원 확대로 군민 건강보호··· 건강안전망 강화",
                   "대상포진은 수두 바이러스가 몸속에 잠복해 있다가 면역력이 떨어질 때 발생하는 질환으로"],
}

# oj-02 강동구: undated detail markup.
SM = ["small-merchants"]
G["oj-02-gangdong.html"] = {
    "metadata": {"headline": "전통시장 정비", "published": None,
                 "reporter": None, "outlet": "강동구", "jurisdiction": "11740"},
    "officials": [],
    "claims": [
        c("서울 강동구는 관내 전통시장 5곳을 대상으로 여름철을 앞두고 시설 현대화 사업을 조기에 추진한다고 밝혔다", D, SM, "plan"),
        c("구는 덮지붕과 안개 분사기를 설치하고 노후 패널을 교체하는 등 폭염과 장마에 선제적으로 대응할 계획이며", D, SM + ["disaster-safety"], "plan"),
        c("이번 사업에는 총 17억 5천여만 원의 예산이 투입되며, 길동복조리시장을 비롯한 5개 시장이 대상이다", D, SM, "statement"),
        c("구는 공사 기간 중 상인들의 영업에 불편이 없도록 단계별로 공정을 추진하고, 완료 이후에는 시장 활성화를 위한 다양한 행사도 함께 추진할 예정이라고 덧붙였다", D, SM, "plan"),
    ],
    "not_claims": ["<td colspan=\"3\">전통시장 정비</td>",
                   "<td>구분</td><td>시장명</td>",
                   "자세한 사항은 구청 지역경제과로 문의하면 된다"],
}

# oj-03 전북특별자치도: 작성일 2026-05-29; '29일 밝혔다' = publication day.
D = "2026-05-29"
AG = ["agriculture"]
G["oj-03-jeonbuk.html"] = {
    "metadata": {"headline": "전북자치도, 인공어초 1,300개 투하 수산자원 회복", "published": "2026-05-29",
                 "reporter": None, "outlet": "전북특별자치도", "jurisdiction": "52"},
    "officials": [],
    "claims": [
        c("전북특별자치도는 수산자원 회복과 어업인 소득 증대를 위해 군산과 부안 해역에 인공어초 1,300개를 신규 설치한다고 29일 밝혔다", D, AG, "plan"),
        c("도는 총사업비 23억 원을 투입해 군산 횡경도와 부안 위도 해역 104헥타르에 사각형 인공어초를 조성할 계획이다", D, AG, "plan"),
        c("상반기 행정절차를 마무리한 뒤 현재 육상 제작을 진행 중이며, 오는 9월 바지선과 크레인을 활용해 바다에 투하할 예정이다", D, AG, "plan"),
        c("인공어초는 물고기의 산란과 서식 환경을 조성해 연안 수산자원 회복과 어장 생산성 향상에 기여하는 기반시설이다", D, AG, "statement"),
    ],
    "not_claims": ["<h4>전북자치도, 인공어초 1,300개 투하 수산자원 회복</h4>",
                   "<figcaption>인공어초 이미지(1)</figcaption>",
                   "<span> : 대변인</span>"],
}

# oj-04 부산 동구: 등록일 2026.07.24, no event day.
D = "2026-07-24"
WF = ["welfare"]
G["oj-04-busan-donggu.html"] = {
    "metadata": {"headline": "부산부전로터리클럽, 동구 희망나눔점빵 초량6동점에 매월 식료품 등 정기 후원",
                 "published": "2026-07-24", "reporter": None, "outlet": "부산 동구", "jurisdiction": "26170"},
    "officials": [],
    "claims": [
        c("부산 동구는 지역 주민과 복지기관이 함께 참여하는 나눔 행사를 열고 이웃 돌봄 체계를 강화한다고 밝혔다", D, WF, "plan"),
        c("이번 행사는 관내 취약계층을 대상으로 식료품과 생활용품을 정기적으로 지원하고 주민 참여형 복지 네트워크를 확대하기 위해 마련됐다", D, WF, "statement"),
        c("동구는 민간단체와 협력해 후원 물품을 안정적으로 전달하고 복지 사각지대에 놓인 주민을 지속적으로 발굴할 계획이다", D, WF, "plan"),
        c("구 관계자는 앞으로도 지역 공동체와 함께 다양한 나눔 사업을 추진해 따뜻한 복지도시 동구를 만들어 가겠다고 말했다", D, WF, "plan"),
    ],
    "not_claims": ["<td colspan=\"5\">부산부전로터리클럽, 동구 희망나눔점빵 초량6동점에 매월 식료품 등 정기 후원</td>",
                   "<td>초량6동</td>"],
}

# oj-05 제천 신백동: undated detail markup ('지난 14일' cannot be resolved).
D = None
G["oj-05-jecheon.html"] = {
    "metadata": {"headline": "신백동지역사회보장협의체, 새 학기 희망 스타트 특화사업 추진", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "43150"},
    "officials": [],
    "claims": [
        c("신백동지역사회보장협의체는 지난 14일 2학기를 앞두고 새 학기 희망스타트 특화사업을 통해 관내 저소득 청소년 가구에 문화상품권을 지원했다", D, WF, "achievement"),
        c("이번 사업은 경제적 부담으로 학습 준비에 어려움을 겪는 학생들이 새 학기를 안정적으로 시작할 수 있도록 돕기 위해 마련됐다", D, WF, "statement"),
        c("협의체는 지역 내 복지 사각지대를 발굴하고 맞춤형 복지 서비스를 제공하기 위해 지속적으로 민관 협력 사업을 추진하고 있다", D, WF, "statement"),
        c("관계자는 앞으로도 아동과 청소년이 건강하게 성장할 수 있도록 다양한 지원 사업을 이어가겠다고 밝혔다", D, WF, "plan"),
    ],
    "not_claims": ["<td scope=\"row\">신백동지역사회보장협의체, 새 학기 희망 스타트 특화사업 추진</td>"],
}

# oj-06 경기일보 / 인천시: SQL row with no date field (the news_id encodes one; not used) -> all dates null.
HS = ["housing"]
G["oj-06-kyeonggi-incheon.txt"] = {
    "metadata": {"headline": "인천 부동산시장 외부매수세력 투기 증가…매매가·거래량 거품 드러나", "published": None,
                 "reporter": None, "outlet": "경기일보", "jurisdiction": "28"},
    "officials": [],
    "claims": [
        c("인천지역 부동산시장에 서울 등의 매수 세력이 투기목적 등으로 유입했다는 인천시의 분석이 나왔다", D, HS, "statement"),
        c("인천주택의 매매가는 정부의 12ㆍ16 부동산 대책 이후부터 3개월만에 평균 12.4%가 오른 것으로 나타났다", D, HS, "statement"),
        c("지역에서 거주하는 시민의 인천주택 거래량은 2월 1만5천227건에서 3월 1만1천27건으로 27.6%가 감소했다", D, HS, "statement"),
        c("서울 거주자의 인천주택 거래량은 같은 기간 1천800건에서 2천88건으로 16%가 늘어났다", D, HS, "statement"),
        c("특히 서울 거주자의 인천주택 거래량은 2019년 12월 16일 정부의 12ㆍ16대책 발표 이후부터 증가세를 보이고 있다", D, HS, "statement"),
        c("2020년 3월 서울 거주자의 인천주택 거래량과 2019년 12월 거래량(1천24건)을 비교하면 무려 103.9%가 증가했다", D, HS, "statement"),
        c("서울을 제외한 다른 시ㆍ도 거주자의 인천주택 거래량은 2019년 12월 2천567건에서 2020년 3월 5천662건으로 121.6%가 늘어났다", D, HS, "statement"),
        c("군ㆍ구별로는 청라국제도시가 있는 서구의 주택 거래량 증가가 두드러진다", D, HS, "statement"),
        c("서구의 주택거래량은 2019년 12월에서 2020년 3월까지 165.3%가 증가했다", D, HS, "statement"),
        c("수도권광역급행철도(GTX-B)의 호재를 만난 남동구는 같은 기간 81.3%의 거래량 증가를 나타냈다", D, HS + ["public-transit"], "statement"),
        c("시는 투기 목적 등을 가진 외부 매수 세력이 정부의 부동산 규제를 피해 비규제지역인 인천으로 몰려들었을 것이라고 분석 중이다", D, HS, "statement"),
        c("이들 외부 매수 세력이 인천의 부동산시장으로 들어오면서 매매가 역시 천정부지로 치솟았다", D, HS, "statement"),
        c("2017년 11월을 기준으로 인천주택의 매매가는 4.6%가 상승했다", D, HS, "statement"),
        c("중위매매가격 역시 2019년 12월 2억1천71만2천원에서 2020년 3월 2억3천691만원으로 12.4%나 올랐다", D, HS, "statement"),
        c("송도국제도시 아파트들의 경우에는 1월과 3월 사이에 중위매매가격이 1억원 이상이나 폭등하는 현상까지 나타났다", D, HS, "statement"),
        c("외부 매수 세력의 영향으로 인천의 주택 가격이 상승하는 현상을 파악하고 있다", D, HS, "statement"),
        c("이러한 부분에 우리도 신경쓰고 있는 상태", D, HS, "statement"),
    ],
    "not_claims": ["인천 부동산시장 외부매수세력 투기 증가…매매가·거래량 거품 드러나",
                   "경기일보"],
}

if __name__ == "__main__":
    for name, g in G.items():
        out = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(g["claims"]))
