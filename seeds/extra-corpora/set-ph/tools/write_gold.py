"""Write set-ph's gold files (hand annotations) to ../gold/NAME.json."""

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def C(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


GOLD = {}

# ---------------------------------------------------------------- ph-01 대전 중구 신년사 (2026-01-01)
D = "2026-01-01"
K = "kim-je-seon"
GOLD["ph-01-asiae.txt"] = {
    "metadata": {"headline": "중구의 자원과 강점에 집중해 도시 브랜드 강화", "published": "2026-01-01",
                 "reporter": None, "outlet": None, "jurisdiction": "30140"},
    "officials": [K],
    "claims": [
        C("중구는 주민 주도 행정으로 낙후된 이미지를 벗고 혁신을 선도해 국·시비 543억 원 확보하고 지역사랑 상품권 발행",
          K, D, ["citizen-participation", "small-merchants", "housing", "education"], "achievement"),
        C("새해에는 대전-충남 통합을 통해 주민 권한과 참여를 확장하고, 자치구의 독립성을 회복해야 한다",
          K, D, ["decentralization", "citizen-participation"], "plan"),
        C("인구 20만 자치구의 권한이 축소돼선 안 된다", K, D, ["decentralization"], "plan"),
        C("주민자치회 전환으로 주민 스스로 행정 결정권을 행사하는 기반을 마련하자", K, D, ["citizen-participation"], "plan"),
        C("고령사회 통합 돌봄을 촘촘히 다듬어 고립과 단절 문제를 해결하고 지속 가능한 돌봄 구조를 만들겠다",
          K, D, ["welfare"], "plan"),
        C("공직자는 주민의 말씀을 경청하고 초심을 잃지 않으며 소외 없는 주민 주권 도시 중구의 미래를 함께 만들어 나가자",
          K, D, ["citizen-participation"], "plan"),
    ],
    "not_claims": [
        "지난해는 격변 속에서도 지방자치의 힘으로 주민 일상을 지켰다",
        "중구의 자원과 강점에 집중해 도시 브랜드를 강화하고 MZ세대 유인 및 지역 경제 선순환을 이끌겠다",
    ],
}

# ---------------------------------------------------------------- ph-02 대전 혁신도시 (2020-10-08)
D = "2020-10-08"
H = "heo-tae-jeong"
GOLD["ph-02-dawonnews.txt"] = {
    "metadata": {"headline": "대전 혁신도시 지정...'수도권 공공기관 이전'", "published": "2020-10-08T17:16+09:00",
                 "reporter": "여창훈", "outlet": None, "jurisdiction": "30"},
    "officials": [H],
    "claims": [
        C("150만 대전 시민의 염원이었던 혁신도시 지정이 확정됐다", None, D, ["decentralization"], "achievement"),
        C("15년 넘게 염원했던 대전시 혁신도시 지정안이 국가균형발전위원회 심의 통과했다", H, D,
          ["decentralization"], "achievement"),
        C("제28차 국가균형발전위원회 본회의에서 대전 혁신도시 지정(안)이 통과됐다", H, D, ["decentralization"], "achievement"),
        C("시민 여러분의 힘으로 우리 대전이 해냈다", H, D, ["decentralization"], "achievement"),
        C("민선7기 저의 임기 중 가장 값진 성과", H, D, ["decentralization"], "achievement"),
        C("대전시는 이번 혁신도시 발전계획전략 목표로 첫째, 4차산업혁명을 선도하는", None, D,
          ["decentralization", "fourth-industrial-revolution", "urban-regeneration"], "plan"),
        C("이번 혁신도시지정으로 대전역세권을 비롯한 원도심 지역의 획기적 발전 전기를 마련할 수 있게 됐다", H, D,
          ["decentralization", "urban-regeneration"], "achievement"),
        C("대전의 숙원인 동서 불균형 문제를 해결하는 등 우리 지역 성장의 새로운 모멘텀을 확보했다", H, D,
          ["decentralization"], "achievement"),
        C("지난해 ‘혁신도시법’ 개정을 통해 올해 취업시즌부터 대전 학생들은", H, D,
          ["decentralization", "jobs"], "achievement"),
    ],
    "not_claims": [
        "허태정 '혁신도시 발전계획 발표'",
        "4차산업혁명 선도 거점 및 원도심 활성화 신모델",
        "허태정 대전시장이 8일 혁신도시 지정 심의 통과와 관련한 브리핑을 하고 있다",
    ],
}

# ---------------------------------------------------------------- ph-03 제천 미세먼지 계절관리제 (2025-01-05)
D = "2025-01-04"
GOLD["ph-03-joongdo.txt"] = {
    "metadata": {"headline": "제천시, 미세먼지 계절관리제 시행… 5등급 차량 운행 제한 등 집중 관리’",
                 "published": "2025-01-05T09:50+09:00", "reporter": "이정학", "outlet": None, "jurisdiction": "43150"},
    "officials": [],
    "claims": [
        C("제천시는 고농도 미세먼지가 심화될 것으로 예상되는 3월까지", None, D, ["fine-dust"], "plan"),
        C("이번 관리제는 수송, 산업·발전, 생활공간 관리 등 3개 분야를 중심으로 대기질 개선에 총력을 기울일 예정이다",
          None, D, ["fine-dust"], "plan"),
        C("공사장 비산먼지 저감 등의 대책을 추진하기로 했다", None, D, ["fine-dust"], "plan"),
        C("특히, 배출가스 5등급 차량 운행 제한은 미세먼지 계절관리제 기간 동안", None, D, ["fine-dust"], "statement"),
        C("해당 차량에 대해 최초 1회 10만 원의 과태료가 부과되며", None, D, ["fine-dust"], "statement"),
        C("저감장치를 부착하거나 장애인, 긴급차, 국가유공자가 소유한 차량은 단속 대상에서 제외된다", None, D,
          ["fine-dust"], "statement"),
        C("비상저감조치 발령 시 전 지역에서 배출가스 5등급 차량 운행 제한과 함께 행정·공공기관 차량 2부제를 시행한다",
          None, D, ["fine-dust"], "plan"),
        C("민간감시단을 운영해 미세먼지 불법배출 행위를 단속하고", None, D, ["fine-dust"], "plan"),
    ],
    "not_claims": [
        "제천시, ‘제6차 미세먼지 계절관리제’ 시행",
        "제천시, '제6차 미세먼지 계절관리제' 시행",
    ],
}

# ---------------------------------------------------------------- ph-04 충북 도시재생 (2026-02-18)
D = "2026-02-18"
UR = "urban-regeneration"
GOLD["ph-04-khan.txt"] = {
    "metadata": {"headline": None, "published": "2026-02-18", "reporter": None, "outlet": None, "jurisdiction": "43"},
    "officials": [],
    "claims": [
        C("충북도가 쇠락한 원도심에 새로운 숨결을 불어 넣는다", None, D, [UR], "plan"),
        C("충북도는 ‘도시재생 신규 사업’의 행정절차를 마무리하고 사업을 추진한다고 18일 밝혔다", None, D, [UR], "plan"),
        C("도는 최근 도시재생위원회를 열어", None, D, [UR], "achievement"),
        C("총 916억 원 규모의 도시재생사업을 추진한다", None, D, [UR], "plan"),
        C("청주 상당구 성안동에는 ‘천년의 기억과 만나는 성 안의 뮤지엄 몰: 성안’ 사업이 추진된다", None, D, [UR], "plan"),
        C("도는 이곳에 활력을 불어넣기 위해 250억 원의 사업비를 들여 관련 사업을 추진한다", None, D, [UR], "plan"),
        C("도서관·기록관·박물관 등을 아우르는 ‘성안라키비움’을 조성하고", None, D, [UR, "culture-tourism"], "plan"),
        C("공실을 활용해 청년들이 정착할 수 있는 창업공간도 조성한다", None, D,
          [UR, "startup-support", "youth-policy"], "plan"),
        C("258면을 갖춘 주차장도 만든다", None, D, [UR], "plan"),
        C("청주 우암동과 진천 진천읍 일원에는 노후 주거지 정비사업이 추진된다", None, D, [UR], "plan"),
        C("우암동에는 250억 원을 투입해 어린이 돌봄 거점시설과", None, D, [UR, "childcare-birth"], "plan"),
        C("도는 진천읍 교동지구에도 297억 원 규모의 사업비를 들여", None, D, [UR], "plan"),
        C("노후주택 12곳을 대상으로 정비사업도 한다", None, D, [UR], "plan"),
    ],
    "not_claims": [
        "성안동은 1990년대까지만 해도 청주 최대 상업 밀집 지역이었지만",
        "공실이 포함된 건물은 217곳이나 되는 것으로 전해졌다",
    ],
}

# ---------------------------------------------------------------- ph-05 아산 기업 협력 (2025-10-18)
D = "2025-10-18"
O = "oh-se-hyeon"
GOLD["ph-05-globalepic.txt"] = {
    "metadata": {"headline": "아산시, 기업과 함께 미래 성장… '50만 자족도시' 비전 구체화",
                 "published": "2025-10-18T15:30:48+09:00", "reporter": "오경희", "outlet": "글로벌에픽",
                 "jurisdiction": "44200"},
    "officials": [O],
    "claims": [
        C("지역 내 주요 기업을 직접 찾아 기업의 목소리를 듣고 애로사항을 해결하는 데 주력하고 있다", O, D,
          ["investment-attraction"], "statement"),
        C("청년 고용 확대와 지역경제 안정화 방안을 논의했다", O, D, ["jobs", "youth-policy"], "statement"),
        C("지역 청년에게 안정적인 일자리를 제공하는 실질적 성과를 거뒀다", None, D, ["jobs", "youth-policy"], "achievement"),
        C("교육을 이수한 학생들은 정규 채용의 기회를 얻게 된다", None, D, ["jobs"], "statement"),
    ],
    "not_claims": [
        "기업과 사람, 행정이 함께 성장할 때 도시의 미래 단단해진다",
        "아산시가 현장 중심의 소통 행정을 강화하며 기업과 함께 ‘50만 자족도시’ 실현에 속도를 내고 있다",
        "전기차 생산라인 전환 지원 방안 논의",
        "행정과 기업이 함께 성장하는 ‘아산형 협력모델’을 구축하고 있다",
        "기업은 지역 우수 인재를 확보해 생산성과 지속 가능성을 높이는 효과를 기대할 수 있다",
    ],
}

# ---------------------------------------------------------------- ph-06 논산 한류관광 (2018-11-14)
D = "2018-11-14"
HW = "hwang-myeong-seon"
GOLD["ph-06-shinailbo.txt"] = {
    "metadata": {"headline": "논산, 한류관광지 본산 만들기 ‘주력’", "published": "2018-11-14T12:00+09:00",
                 "reporter": "지재국", "outlet": None, "jurisdiction": "44230"},
    "officials": [HW],
    "claims": [
        C("충남 논산시가 지역 관광자원을 상품화 해 한류관광지 본산으로 만든다는 포부를 밝혔다", None, D,
          ["culture-tourism"], "plan"),
        C("선샤인랜드와 논산의 랜드마크 탑정호 등 관광자원 상품화에 노력해", HW, D, ["culture-tourism"], "plan"),
        C("브랜드에 한류문화를 접목해 병영체험장과 반영구적인 드라마세트장을 갖춘 선샤인랜드를 조성했다", None, D,
          ["culture-tourism"], "achievement"),
        C("블루오션 시장인 중국에 논산딸기를 수출할 수 있는 방안을 적극 모색해", HW, D, ["agriculture"], "plan"),
    ],
    "not_claims": [
        "선샤인랜드·탑정호 등 관광자원 상품화",
        "논산에 선샤인의 시대가 오고 있다",
        "정부예산 확보에 총력을 기울여 달라",
        "제5회 행복마을만들기 콘테스트에서 입상한 돌고개솟대마을이 농림축산식품부장관상",
    ],
}

# ---------------------------------------------------------------- ph-07 부산 서병수 인터뷰 (2015-05-28)
D = "2015-05-28"
S = "suh-byung-soo"
GOLD["ph-07-donga.txt"] = {
    "metadata": {"headline": "‘명품도시 조련사’ 서병수 부산시장 “부산에 가면 모든 것 해결”",
                 "published": "2015-05-28T03:00+09:00", "reporter": None, "outlet": "동아일보", "jurisdiction": "26"},
    "officials": [S],
    "claims": [
        C("하루 24시간이 모자랄 정도로 일자리 창출에 바쁜 서병수 부산시장은", None, D, ["jobs"], "statement"),
        C("일단 질 좋은 일자리가 많아야 한다", S, D, ["jobs"], "plan"),
        C("그래야 젊은이들이 부산에 터를 잡고 외지 청년들도 부산을 찾게 될 것이다", S, D,
          ["jobs", "youth-policy"], "statement"),
        C("특화된 분야에 투자가 이뤄져", S, D, ["investment-attraction"], "plan"),
    ],
    "not_claims": [
        "해양수산 특화, 활력 넘치는 도시 꿈꿔",
        "부산이 지향해야 할 명품도시의 밑그림은 사람 기술 문화로 융성하는 도시입니다",
        "북항 재개발사업은 명품도시 부산 만들기의 중요한 사업 중 하나라고 말했다",
        "활력 넘치는 부산의 모습이 그려지지 않는가",
    ],
}

# ---------------------------------------------------------------- ph-08 부산 사상구 인터뷰 (2023-05-19, interview 17일)
D, DI = "2023-05-19", "2023-05-17"
J = "jo-byeong-gil"
CT = "culture-tourism"
GOLD["ph-08-chosun.txt"] = {
    "metadata": {"headline": "[기초단체장에게 듣는다] 조병길 부산 사상구청장", "published": "2023-05-19",
                 "reporter": "박주영", "outlet": None, "jurisdiction": "26530"},
    "officials": [J],
    "claims": [
        C("지역 안 백양산엔 국립자연휴양림이 조성될 예정이다", None, D, [CT], "plan"),
        C("삼락생태공원은 전남 순천만 같은 국가정원 지정을 추진 중", J, DI, [CT], "statement"),
        C("오는 7월 부산시 지방정원으로 지정될 예정이다", J, DI, [CT], "plan"),
        C("지방정원 등록 후 3년 뒤엔 국가정원 지정을 건의할 수 있다", J, DI, [CT], "statement"),
        C("제반 조건으로 보면 국가정원으로 지정될 가능성이 크다", J, DI, [CT], "statement"),
        C("지정될 경우 국내 최대 규모가 된다", J, DI, [CT], "statement"),
        C("백양산에 72㏊ 면적의 국립자연휴양림이 조성된다", J, DI, [CT], "plan"),
        C("휴양림엔 숲속 숙박·야영·체험 시설 등이 들어선다", J, DI, [CT], "plan"),
        C("이는 백양산 안 예비군 훈련장에 건립된다", J, DI, [CT], "plan"),
    ],
    "not_claims": [
        "삼락생태공원 국가정원 지정 추진… 공단 도시서 환경·휴양 도시로 탈바꿈",
        "'공단 도시'에서 '환경·휴양 도시'로 가는 원년이 될 겁니다",
        "―삼락생태공원의 국가정원 지정을 추진한다던데",
        "―백양산 국립자연휴양림 조성 사업의 진행 상황은?",
        "지난 2009년 낙동강 변에 4.72㎢ 규모의 삼락생태공원이 생겼다",
    ],
}

# ---------------------------------------------------------------- ph-09 MBN 부산대개조 영도 (undated)
OK, KC = "oh-keo-don", "kim-cheol-hun"
GOLD["ph-09-mbn.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "안진우", "outlet": "MBN", "jurisdiction": "26"},
    "officials": [OK, KC],
    "claims": [
        C("오거돈 부산시장이 첫 방문지로 원도심인 영도를 찾아 구체적인 발전 계획을 제시했습니다", OK, None,
          ["urban-regeneration"], "plan"),
        C("영도를 해양스마트시티로 특화하는 구체적인 계획을 제시했습니다", OK, None, ["smart-city"], "plan"),
        C("국비 342억 원을 들여 이른바 '스템 빌리지'로 불리는 해양신산업 스마트시티를 조성합니다", None, None,
          ["smart-city"], "plan"),
        C("관광 사업도 함께 진행됩니다", None, None, ["culture-tourism"], "plan"),
        C("특화된 도시재생사업을 지원해 원도심에 활력을 불어넣을 계획입니다", None, None, ["urban-regeneration"], "plan"),
        C("문화관광부 예비문화 도시로 선정된 이후 문화 도시의 밑그림을 그리고 있습니다", KC, None,
          ["culture-tourism"], "statement"),
        C("이밖에 지역 공공도서관 건립과 문화도시 선정지원, 걷기 좋은 영도 조성사업 등도 진행됩니다", None, None,
          ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "부산시가 부산을 통째로 바꾼다는 계획을 세우고 '부산대개조 프로젝트'를 진행 중인데요",
        "부산을 통째로 바꿀 '부산대개조 프로젝트'가 시작됐습니다",
        "방파제 문제는 부산시가 책임지고",
        "우리 영도구는 다시 태어나는 역사적 기회를",
    ],
}


def main() -> None:
    out = ROOT / "gold"
    out.mkdir(exist_ok=True)
    total = 0
    for name, gold in GOLD.items():
        text = re.sub(r"\s+", " ", (ROOT / "articles" / name).read_text(encoding="utf-8"))
        for claim in gold["claims"]:
            q = re.sub(r"\s+", " ", claim["quote"])
            assert text.count(q) == 1, (name, claim["quote"], text.count(q))
        for nc in gold["not_claims"]:
            assert re.sub(r"\s+", " ", nc) in text, (name, nc)
        data = {"article": name, **gold}
        (out / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(gold["claims"])
        print(name, len(gold["claims"]))
    print("total claims", total)


if __name__ == "__main__":
    main()
