"""Write set-po's gold files (hand annotation; see GOLD_NOTES.md)."""

import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


FILES = []

# po-01 (m.go.seoul.co.kr page, outlet not named in the text), 영광군 마을 태양광, date line 2025-11-24, '24일 밝혔다'
D = "2025-11-24"
FILES.append({
    "article": "po-01-goseoul.txt",
    "metadata": {"headline": "주민 직접 참여, 수익 공유 영광형 재생에너지 모델 첫 결실", "published": "2025-11-24",
                 "reporter": None, "outlet": None, "jurisdiction": "46870"},
    "officials": ["jang-se-il"],
    "claims": [
        c("군 최초의 마을단위 공동체 태양광 발전소인 ‘영광햇살나눔 발전소 1호’를 완공하고 준공식을 개최했다", None, D,
          ["energy-transition"], "achievement"),
        c("주민조합이 직접 운영하는 발전소로, 마을 내 유휴부지에 총 사업비 약 9천만 원을 투입해", None, D,
          ["energy-transition"], "statement"),
        c("발전소는 연간 약 65MWh의 전력 생산이 예상되며", None, D, ["energy-transition"], "statement"),
        c("15년 후 대출 상환이 종료되면 연간 800만 원의 순수익이 마을 공동기금으로 조성돼", None, D,
          ["energy-transition", "welfare"], "plan"),
        c("2026년부터 마을단위 태양광 발전소를 10개소로 확대 추진할 계획이다", None, D, ["energy-transition"], "target"),
        c("주민의 참여와 협력으로 영광군 첫 마을단위 태양광 발전소가 완성됐다", "jang-se-il", D,
          ["energy-transition"], "achievement"),
        c("더 많은 마을이 에너지 생산과 수익을 공유하는 재생에너지 공동체로 성장할 수 있도록 적극 지원하겠다", "jang-se-il", D,
          ["energy-transition"], "plan"),
        c("정부는 오는 2030년까지 농지, 저수지 등에 태양광 발전시설을 설치해", None, D, ["energy-transition"], "plan"),
    ],
    "not_claims": [
        "주민 직접 참여, 수익 공유 영광형 재생에너지 모델 첫 결실",
        "정부, 2030년까지 전국 ‘햇빛소득마을’ 500곳 조성 계획",
        "전남 영광군이 백수읍 지산3리에 ‘영광햇살나눔발전소 1호’를 준공하고 기념 행사를 가졌다",
    ],
})

# po-02 kmib page (outlet not named in the text), 연천군 농어촌 기본소득 TF, date line 2025-09-16, '16일 밝혔다'
D = "2025-09-16"
FILES.append({
    "article": "po-02-kmib.txt",
    "metadata": {"headline": "연천군, 농어촌 기본소득 시범사업 유치 TF 가동", "published": "2025-09-16",
                 "reporter": None, "outlet": None, "jurisdiction": "41800"},
    "officials": ["kim-deok-hyeon", "lee-jae-myung"],
    "claims": [
        c("‘농어촌 기본소득 시범사업’ 유치를 위해 전담 TF를 구성하고 총력전에 나선다고", None, D, ["welfare"], "plan"),
        c("농어촌 기본소득 시범사업은 정부가 인구감소지역 89곳 중 6개 지역을 선정해", None, D,
          ["welfare", "small-merchants"], "statement"),
        c("연천군은 이번 사업의 필요성과 당위성을 적극 강조하고 있다", None, D, ["welfare"], "statement"),
        c("농어촌 기본소득이 지역 존립을 위해 반드시 필요한 정책이라는 게 군의 입장이다", None, D, ["welfare"], "statement"),
        c("2021년 청산면이 경기도 농촌기본소득 시범사업에 선정되면서 전국적인 모범사례로 자리 잡았다", None, D,
          ["welfare"], "achievement"),
        c("청산면은 기본소득 사업 이후 인구가 2021년 3895명에서 2024년 4068명으로 173명 증가하는 성과를 거두며", None, D,
          ["welfare"], "achievement"),
        c("군은 이러한 성과와 경험을 바탕으로 시범사업 유치에 강점을 지녔다고 강조하고 있다", None, D, ["welfare"], "statement"),
        c("농어촌 기본소득의 필요성과 타당성을 정부에 적극 설득할 계획이다", None, D, ["welfare"], "plan"),
        c("기본소득의 선도지역이자 롤모", "kim-deok-hyeon", D, ["welfare"], "statement"),
    ],
    "not_claims": [
        "연천군, 농어촌 기본소득 시범사업 유치 TF 가동",
        "연천군은 수도권정비계획법상 수도권에 속하지만, 실제 여건은 비수도권보다 더 열악한 접경지 인구감소지역이다",
        "수도권 역차별 문제와 안보 희생을 언급하며 특별한 보상 필요성을 건의한 바 있다",
    ],
})

# po-03 행정신문, 조충훈 순천시장 기고/인터뷰 (first person), 승인 2015.08.06 09:57
D = "2015-08-06"
S = "jo-chung-hun"
FILES.append({
    "article": "po-03-adtimes.txt",
    "metadata": {"headline": "대한민국 ‘국가정원 1호 순천’", "published": "2015-08-06T09:57+09:00",
                 "reporter": None, "outlet": "행정신문", "jurisdiction": "46150"},
    "officials": [S],
    "claims": [
        c("국가정원 지정은 전국에서 우리 순천이 처음으로 도전하는 분야다", S, D, ["culture-tourism"], "statement"),
        c("최선을 다해 ‘제1호 국가정원’을 만드는 일을 진행하고 있다", S, D, ["culture-tourism"], "statement"),
        c("산림청이 6개월 안에 시행령, 시행규칙, 세부지침 등을 만들어 오는 8월에 국가정원을 지정한다", S, D,
          ["culture-tourism"], "plan"),
        c("국가정원 선포식을 국가행사로 치르는 것을 목표로 준비하고 있다", S, D, ["culture-tourism"], "plan"),
        c("순천만정원박람회 성공을 발판으로 순천시민과 함께 이뤄낸 쾌거다", S, D, ["culture-tourism"], "achievement"),
        c("순천은 국가정원 도시라는 새로운 브랜드를 하나 갖게 된다", S, D, ["culture-tourism"], "statement"),
        c("지금보다 더 많은 관람객들이 순천을 찾을 것을 확신한다", S, D, ["culture-tourism"], "statement"),
        c("국가정원으로 승격한다면 연간 유지관리비용을 국가로부터 안정적으로 지원받아", S, D, ["culture-tourism"], "statement"),
    ],
    "not_claims": [
        "Administration/조충훈 순천시장에게 듣는다",
        "가장 아름다운 경관...순천만ㆍ순천만 정원",
        "조경ㆍ화훼ㆍ힐링 등 새로운 블루오션 산업의 메카",
        "누구도 경험하지 못한 분야를 우리 순천이 시작했기에 아직은 실감이 가지 않을 수도 있다",
        "정원의 개념부터 국가관리의 영역으로 포함하는 일 등 모든 게 새롭다",
    ],
})

# po-04 (outlet not named in the text), 충남 도시재생 뉴딜 시범사업 series, 승인 2018.08.09 16:38
D = "2018-08-09"
FILES.append({
    "article": "po-04-shinailbo.txt",
    "metadata": {"headline": "[도시재생 시범사업] ③ 고령화된 충남, 활력 찾기 총력", "published": "2018-08-09T16:38+09:00",
                 "reporter": "주중석", "outlet": None, "jurisdiction": "44"},
    "officials": [],
    "claims": [
        c("51곳의 '도시재생 활성화 계획'이 최근 완성됐다", None, D, ["urban-regeneration"], "achievement"),
        c("이들 지역에서는 오는 2022년까지 국비 1조2584억원과 지방비 1조8595억원", None, D, ["urban-regeneration"], "plan"),
        c("충남 도시재생 뉴딜 시범사업 지역들은 청년층 및 스마트산업 육성, 지역 문화유산 개발 등을 통해 도시 활력을 되찾는다는 각오다",
          None, D, ["urban-regeneration", "culture-tourism"], "plan"),
        c("각각 중심시가지형과 일반근린형으로 도시재생 뉴딜 시범사업을 추진한다", None, D, ["urban-regeneration"], "plan"),
        c("청년과 스마트산업을 중심으로 한 재생을 실시키로 했다", None, D, ["urban-regeneration"], "plan"),
        c("우선, 마중물 사업으로 △스마트도시 플랫폼 △캠퍼스 타운", None, D, ["urban-regeneration", "smart-city"], "plan"),
    ],
    "not_claims": [
        "[도시재생 시범사업] ③ 고령화된 충남, 활력 찾기 총력",
        "천안 와촌동, 청년·스마트사업 중심 재생",
        "공주 옥룡동, 문화유산 활용 '경쟁력 확보'",
        "충남 천안시 와촌동 일원 도시재생 뉴딜 시범사업 계획도.(자료=국토부)",
        "도시재생특별위원회 심의를 통과한 51곳의 도시재생 활성화 계획을 광역시·도별로 소개한다",
        "충남지역에서는 고령화 현상이 도시 경쟁력을 떨어뜨리는 주된 요인이 되고 있다",
        "와촌동 일대는 외곽개발 및 공공기관 이전 등으로 도심기능 쇠퇴를 겪고 있다",
    ],
})

# po-05 경기도 대변인 statement (reposted), dated '2017. 10. 22' in the text
D = "2017-10-22"
FILES.append({
    "article": "po-05-enewsp.txt",
    "metadata": {"headline": None, "published": "2017-10-22", "reporter": None, "outlet": None, "jurisdiction": "41"},
    "officials": ["lee-jae-myung"],
    "claims": [
        c("경기도 광역버스 준공영제는 도민 안전을 위해 꼭 필요한 정책이란 것을 모든 이가 다 안다", None, D,
          ["public-transit"], "statement"),
        c("왜 유독 이재명 성남시장이 준공영제를 반대하고 나서는지", None, D, ["public-transit"], "criticism"),
    ],
    "not_claims": [
        "이 시장의 불통, 독선, 오만이 도를 넘어섰다",
        "이 시장은 더 이상 민주주의를 입에 올릴 자격이 없다",
        "1,300만 경기도민이 이 시장의 가식을 똑똑히 지켜보고 있다",
        "□ 버스준공영제 추진경위",
        "비용정산시스템 구축 용역비 예산확보(도비 10억원/제1회 추경)",
        "작년 7월부터 시군과 90차례 이상 공문 주고받음",
    ],
})

# po-06 서울앤 (print page), 도봉구 1인가구 실태조사, 등록 2025-09-01 11:01
D = "2025-09-01"
FILES.append({
    "article": "po-06-seouland.txt",
    "metadata": {"headline": "도봉구, 1인가구 실태 집중 조사", "published": "2025-09-01T11:01+09:00",
                 "reporter": None, "outlet": "서울앤", "jurisdiction": "11320"},
    "officials": ["oh-eon-seok"],
    "claims": [
        c("9월부터 10월까지 2개월 동안 사회적 고립 1인가구 실태를 집중 조사한다", None, D, ["welfare"], "plan"),
        c("고립위험 1인가구까지 조사 범위를 넓힌다", None, D, ["welfare"], "plan"),
        c("고시원, 여관, 찜질방 등 비정형 주거지 거주자와", None, D, ["welfare"], "statement"),
        c("조사는 주민등록 사실조사와 연계해 진행된다", None, D, ["welfare"], "statement"),
        c("1단계 대면 조사, 2단계 심층 조사, 3단계 복지 서비스 연계 순으로 이뤄진다", None, D, ["welfare"], "statement"),
        c("먼저 통장이 가구를 방문해 위험 징후를 확인하고", None, D, ["welfare"], "statement"),
        c("상담 결과는 관계 지원군, 일상 지원군", None, D, ["welfare"], "statement"),
        c("일상위험 고립군부터는 일상 돌봄, 심리 상담, 은둔 청년 지원사업, 정신건강 상담·치료 등을 지원하며", None, D,
          ["welfare", "public-health", "youth-policy"], "statement"),
        c("이번 조사로 잠재적 고립위험 가구를 선제적으로 찾아내 지원하겠다", "oh-eon-seok", D, ["welfare"], "plan"),
        c("1인가구 돌봄·지원망을 강화해 단 한 분도 소외되지 않고 필요한 서비스를 받을 수 있도록 하겠다", "oh-eon-seok", D,
          ["welfare"], "plan"),
    ],
    "not_claims": [
        "도봉구, 1인가구 실태 집중 조사",
        "문의 복지정책과 돌봄지원팀 02-2091-3035",
        "도봉구청사 전경. 도봉구 제공",
    ],
})

# po-07 (outlet not named), 2019 신년사 round-up of Seoul district heads; no publication date in the text
D = None
FILES.append({
    "article": "po-07-sedaily.txt",
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "11"},
    "officials": ["lee-seung-ro", "yu-deok-yeol", "jeong-sun-gyun", "jo-eun-hui"],
    "claims": [
        c("소통·복지·경제 등 자치구별 숙원 사업을 해결하겠다는 의지를 보였다", None, D, ["welfare"], "plan"),
        c("올해부터는 현장구청장실을 정례적으로 실시해 현장의 목소리에 귀 기울이고", "lee-seung-ro", D,
          ["citizen-participation"], "plan"),
        c("청년·지역경제 등 미래의 자생력을 키우고 출산·보육·사회적 취약자 배려 등 사회문제를 공동체의 해결과제로 삼겠다고",
          "jeong-sun-gyun", D, ["youth-policy", "childcare-birth", "welfare"], "plan"),
    ],
    "not_claims": [
        "기해년 새해를 맞아 서울 25개 자치구 수장들이 각양각색의 신년사를 내놓았다",
        "민선 7기의 본격적인 첫걸음이 시작되는 원년",
        "‘구민의 더 나은 삶’을 위한 구정운영에 최선을 다하겠다",
        "현장의 작은 문제 해결은 지역의 작은 변화를 이끌어 내고",
        "소통과 공감으로 36만 구민이 혼연 일체가 되어",
        "2019년은 강남을 새롭게 디자인하는 사실상 첫해",
        "지난 한 해 계속되는 경기 침체로 민생경제가 날로 팍팍해졌다",
    ],
})

# po-08 파이낸셜뉴스, 시흥시 에코 페어 참가 (fair 5~7일, opening 5일), 입력 2022.09.06 08:44
D = "2022-09-06"
FILES.append({
    "article": "po-08-fnnews.txt",
    "metadata": {"headline": "시흥시-경기도 기후변화 탄소중립 공동협력 확대", "published": "2022-09-06T08:44+09:00",
                 "reporter": "강근주", "outlet": "파이낸셜뉴스", "jurisdiction": "41390"},
    "officials": ["kim-dong-yeon"],
    "claims": [
        c("개막식에서 탄소중립 선언식을 통해 2050 경기도 탄소중립 공동 협력을 다짐했으며", None, "2022-09-05",
          ["climate-carbon"], "plan"),
        c("탄소중립이란 목표와 성과를 달성하기 위해 경기도와 도내 시군이 한마음이 된 의미 있는 자리", None, D,
          ["climate-carbon"], "statement", speaker_name="박건동"),
        c("경기도와 기후변화, 탄소중립 등 다양한 부문에서 공동 협력을 확대해 나가겠다", None, D,
          ["climate-carbon"], "plan", speaker_name="박건동"),
    ],
    "not_claims": [
        "시흥시-경기도 기후변화 탄소중립 공동협력 확대",
        "‘지속가능한 미래, 탄소중립 경기’를 주제로 진행 중이며",
        "이 중 경기도 탄소공감은 작년에 이어 올해 2회 째로 열리는 행사다",
        "개막식에는 김동연 경기도지사와 염종현 경기도의회 의장, 시흥시를 비롯해 각 지자체장이 자리를 함께했다",
        "경기도 ‘에코 페어 코리아 2022’ 개막식. 사진제공=시흥시",
    ],
})

# po-09 (outlet not named), 부여 부군수 농가 방문 '지난 19일', date line 2024-02-20 10:24
D = "2024-02-20"
FILES.append({
    "article": "po-09-ajunews.txt",
    "metadata": {"headline": "홍은아 부여부군수, 귀농·청년 농업인 농가 방문 격려", "published": "2024-02-20T10:24+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "44760"},
    "officials": [],
    "claims": [
        c("고효율 양액냉각기를 보급하여 연중 안정생산기반 구축과 농가소득 증대를 도모하고 있다", None, D,
          ["agriculture", "youth-policy"], "statement"),
        c("부여군의 청년 농업인 영농정착 우수사례가 될 것으로 기대하고 있다", None, D,
          ["agriculture", "youth-policy"], "achievement"),
        c("부여군 귀농인과 청년들을 위한 사업을 확대 보급하여 부여군 농업의 미래가 밝아질 수 있도록", None, "2024-02-19",
          ["agriculture", "youth-policy"], "plan", speaker_name="홍은아"),
    ],
    "not_claims": [
        "홍은아 부여부군수, 귀농·청년 농업인 농가 방문 격려",
        "남면 귀농인희망센터와 장암 청년 스마트팜 1호 농장, 홍산 영웅딸기 농장을 방문해 청년들에게 격려 및 현장 애로사항을 들었다",
        "주요 문제점에 대한 효과적인 대책 논의와 개선방안을 토론하는 소통행정으로 진행되었다",
    ],
})


def main() -> None:
    GOLD.mkdir(parents=True, exist_ok=True)
    for gold in FILES:
        (GOLD / f"{gold['article']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    print(len(FILES), "files,", sum(len(g["claims"]) for g in FILES), "claims")


if __name__ == "__main__":
    main()
