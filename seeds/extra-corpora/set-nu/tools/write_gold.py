"""Write set-nu's gold files (hand annotation; run once, then check_gold.py)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, policies, kind, date, speaker=None, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


DS, UR, HO, EN, PH, WE, AG = ("disaster-safety", "urban-regeneration", "housing", "energy-transition",
                              "public-health", "welfare", "agriculture")

Y = "2018-11-11"
nu01 = {
    "article": "nu-01-yongin.txt",
    "metadata": {"headline": "용인시, 범죄예방 위해 140여 편의점에 ‘풋SOS 비상벨’설치", "published": "2018-12-04",
                 "reporter": None, "outlet": None, "jurisdiction": "41460"},
    "officials": [],
    "claims": [
        c("‘풋SOS비상벨’을 140여곳에 설치했다고 11일 밝혔다", [DS], "achievement", Y),
        c("편의점 카운터 아래 설치돼 3초만 누르면 관할 경찰서 상황실로 자동신고가 돼", [DS], "statement", Y),
        c("경기도가 기기 및 설치비의 일부를 지원한 것으로 올해 처음 도입됐다", [DS], "achievement", Y),
        c("내년에도 100여곳의 편의점이나 여성 1인 사업장에 풋SOS비상벨을 꾸준히 설치해", [DS], "target", Y),
    ],
    "not_claims": ["범죄예방 위해 140여 편의점에 ‘풋SOS 비상벨’설치"],
}

H = "2023-11-01"
nu02 = {
    "article": "nu-02-herald.html",
    "metadata": {"headline": "빈집 고쳐 반값임대 처참한 실패…신청자 '0'건이었다 [부동산360]",
                 "published": "2023-11-01T09:25+09:00", "reporter": "고은결·신혜원", "outlet": "헤럴드경제",
                 "jurisdiction": "27"},
    "officials": [],
    "claims": [
        c("각 지자체는 철거·리모델링 및 입주 지원 등 대책을 내놓고 있다", [UR, HO], "statement", H),
        c("빈집을 거주주택으로 바꾸는 것은 역부족인 상황이다", [UR, HO], "criticism", H),
        c("각 지자체의 빈집 관리 역량은 제각각이고, 부수적 업무로 여겨 대부분 전담 조직도 두고 있지 않다", [UR], "criticism", H),
        c("빈집세 도입 등이 필요하단 조언이 나온다", [UR], "plan", H),
        c("최근 농림축산식품부 국감에선 빈집 발생 속도가 너무 빠르단 지적이 나왔다", [UR], "criticism", H),
        c("당초 2027년까지 빈집을 절반으로 줄이겠다며 빈집 정비 활성화 대책 발표했지만", [UR], "criticism", H),
        c("이는 빈집 활용 대책 효과 제대로 되고 있지 않다는 방증이다", [UR], "criticism", H),
        c("각 지자체에서 펼치는 진행 중인 빈집 관련 사업은 실효성이 떨어지는 사례가 곳곳에서 목격된다", [UR], "criticism", H),
        c("빈집 리모델링 지원사업은 10월 현재까지 각 구·군에서 신청 건이 전무한 것으로 확인됐다", [UR], "criticism", H),
        c("당초 시는 빈집을 단장해 반값 임대를 내놓겠다고 밝혔다", [UR, HO], "plan", H),
        c("27동 정도까지 정비 지원을 목표로‘ 했는데, 어떤 구청에서도 지원 신청이 없는 상황", [UR], "statement", H),
        c("전국 지자체 중 처음으로 빈집 등급별·유형별 실태조사를 실시한 전라남도는", [UR], "statement", H),
        c("‘농촌활력 빈집재생’ 사업을 통해 왕곡면 마산마을 빈집을 리모델링하고 입주자를 모집한다고 홍보했는데", [UR, HO], "criticism", H),
        c("최근 입주자를 선정했는데 신청가구는 5가구에 그쳤다", [UR, HO], "criticism", H),
        c("지자체의 주거 목적 빈집정비사업은 결국 근본적으로 수요에 한계가 있는 것으로 여겨진다", [UR, HO], "criticism", H),
        c("일부 귀농귀촌족 등에 기대기에는 빈집 증가 속도가 너무 가파른 것이다", [UR, AG], "criticism", H),
        c("빈집의 지역 실무를 맡는 각 지자체의 관리 역량은 여전히 제각각인 상황이다", [UR], "criticism", H),
        c("일부 기초 지자체는 빈집 정책을 수행하기 위한 법적 근거도 마련되지 않았다", [UR], "criticism", H),
        c("54개 지역은 빈집 관련 조례가 없었다", [UR], "criticism", H),
        c("빈집 관련 사업에 투입하는 예산은 평균 약 2억8000만원에 불과했다", [UR], "criticism", H),
        c("추정되는 비용의 3.5%에 그쳤다", [UR], "criticism", H),
        c("지자체가 적극적으로 철거하기도 쉽지 않다", [UR], "statement", H),
        c("‘농어촌정비법’상 빈집 정비에 관한 규정이 적용된다", [UR], "statement", H),
        c("사유 재산이므로 직권 철거가 어렵다", [UR], "statement", H),
        c("일부 소유주들은 비용 부담에 철거에 소극적인 상황이다", [UR], "statement", H),
        c("빈집 비롯해 건축물 해체를 신고하려면 건축사 등 전문가를 검토한 해체계획서를 첨부해야 한다", [UR], "statement", H),
        c("건축물 해체계획서 검토비를 지원키로 했지만, 관련 법 자체가 바뀌어야 한다는 주장도 나온다", [UR], "plan", H),
    ],
    "not_claims": [
        "서울 종로구 소재 한 집이 방치된 모습",
        "5년 만에 2배 가까이 늘어난 수준이다",
        "노후 주거지의 구시가지화로 빈집이 생기고 있다",
        "서명·날인을 받으려면 수십만원이 든다",
    ],
}

J = "2023-11-01"
nu03 = {
    "article": "nu-03-news1.html",
    "metadata": {"headline": "전력시장 변화 대응 에너지신산업 모델은?…2일 제주미래가치전략포럼",
                 "published": "2023-11-01T09:35+09:00", "reporter": "강승남", "outlet": "뉴스1",
                 "jurisdiction": "50"},
    "officials": [],
    "claims": [
        c("재생에너지 출력제어로 인한 경제적 손실과 전력 계통의 불안정 등 풀어야 할 과제가 적지 않은 실정이다", [EN], "criticism", J),
        c("포럼에서는 효과적인 전력생산과 활용, 그리고 지역산업화를 촉진하기 위해 필요한 사업모델을 모색할 예정이다", [EN], "plan", J),
    ],
    "not_claims": [
        "제주지역 에너지산업 혁신성장동력 창출을 위한 전략과제를 모색하는 자리가 마련된다",
        "'분산에너지와 섹터커플링'을 주제로 제22회 제주미래가치전략포럼을 공동 개최한다고 1일 밝혔다",
        "분산에너지는 기존 중앙집중형 시스템에서 벗어나",
        "섹터커플링은 재생에너지의 잉여전력을 다른 형태의 에너지로 전환하여 저장, 사용하는 기술이다",
        "'분산에너지 특별법 및 특화지역 관련 내용'",
        "도민 누구나 참석가능하고",
    ],
}

nu04 = {
    "article": "nu-04-idaegu.html",
    "metadata": {"headline": "코로나 시국에 이삼중고 겪는 디지털 소외 노인들", "published": None,
                 "reporter": None, "outlet": "대구일보", "jurisdiction": "27"},
    "officials": [],
    "claims": [
        c("코로나19 확진자가 급증하는 가운데 디지털 문맹인 노인들의 고통이 커지고 있다는 안타까운 소식이다", [PH], "statement", None),
        c("디지털 소외 계층인 노인들에 대한 방역 지원을 더 세심하게 신경 써야 할 것이다", [PH, WE], "plan", None),
        c("대구의 코로나19 신규 확진자는 지난 21일 하루에만 4천160명이 발생했다", [PH], "statement", None),
        c("누적인원은 8만8천678명으로", [PH], "statement", None),
        c("현재 60세 이상 어르신들은 집중관리군으로 분류돼", [PH], "statement", None),
        c("보건소에서 안내하는 진료지원 애플리케이션인 건강관리 앱을 설치하고", [PH], "statement", None),
        c("당사자나 관리기관이 다 고충을 겪고 있다", [PH], "criticism", None),
        c("홀몸 노인들은 이마저도 기대하기 어려운 실정이다", [PH, WE], "criticism", None),
        c("방역패스 QR코드 사용에서도 어려움을 겪고 있다", [PH], "criticism", None),
        c("행정복지센터에서 발급받은 백신접종 증명서나 스티커로 대체할 수 있다고 하지만", [PH], "criticism", None),
        c("또 아예 이런 대체 방법이 있는지조차 모르는 경우도 있다", [PH], "criticism", None),
        c("별다른 대책을 내놓지는 못하고 있는 게 현실이다", [PH, WE], "criticism", None),
        c("의료기관에서 매일 두 차례 전화상담을 통해 건강상태를 확인하도록 하고 있다", [PH], "statement", None),
        c("지금으로선 최선의 노인 방역대책이다", [PH], "statement", None),
        c("정부나 지자체에서 복지 사각지대를 막는다는 인식을 하고 접근해야 할 것이다", [WE], "plan", None),
    ],
    "not_claims": [
        "신체 기능이 떨어져 감염병에 취약한 것이야 어떻게 해 볼 도리가 없다",
        "이 가운데 1인 가구는 21.2%(8만3천459명)이다",
        "홀로 생활하는 노인이",
        "코로나 사태가 언제쯤 끝날지 아직은 예측조차 쉽지 않은 상황이다",
        "대구·경북 대표지역언론 대구일보",
    ],
}

G = "2022-06-13"
nu05 = {
    "article": "nu-05-newsis.txt",
    "metadata": {"headline": "New Title Test", "published": "2022-07-20", "reporter": "박상욱", "outlet": "뉴시스",
                 "jurisdiction": "41"},
    "officials": [],
    "claims": [
        c("노인학대 예방의 날을 앞두고 다양한 노인 보호정책을 추진 중이다", [WE], "statement", G),
        c("노인학대 신고 건수도 2019년 2445건, 2020년 2592건, 2021년 2881건으로 늘고 있다", [WE], "statement", G),
        c("노인학대 대응 관련 예산을 2020년 20억 원에서 2022년 48억 원으로 2.4배 증액하는 등", [WE], "achievement", G),
        c("전국 최대 규모의 노인학대 대응 인프라를 구축했다", [WE], "achievement", G),
        c("전국 최초로 노인보호전문기관 전담 변호사를 배치해", [WE], "achievement", G),
        c("관련 기관 종사자의 임금 및 수당 인상을 통한 처우도 개선", [WE], "achievement", G),
        c("경기 남부지역 내 학대피해노인 전용쉼터를 추가로 설치할 계획으로", [WE], "plan", G, speaker_name="조태훈"),
        c("우리나라는 2017년도부터", [WE], "statement", G),
    ],
    "not_claims": [
        "경기도의 65세 이상 노인인구는 192만9000여 명으로",
        "국내 평균(2018년)보다 3년여 늦게 고령사회에 진입했다",
        "올해 국내 노인인구 비율은 17.5%다",
        "누구나 1577-1389로 문의하면 된다",
        "14일 경기문화재단 다산홀에서 노인학대 예방의 날(6월 15일) 기념행사를 개최한다",
        "유엔(UN)은 2006년부터 매년 6월 15일을 세계 노인 학대인식의 날로 지정했다",
        "New Title Test",
    ],
}

nu06 = {
    "article": "nu-06-jjan.txt",
    "metadata": {"headline": "전주 아파트 가격 상승, 조정지역 지정이후 40분의1로 축소", "published": None, "reporter": None,
                 "outlet": "전북일보", "jurisdiction": "45110"},
    "officials": [],
    "claims": [
        c("전주지역이 부동산 조정지역 지정이후 아파트 가격 상승폭이 40분의 1수준으로 축소되고", [HO], "achievement", None),
        c("전주시를 부동산 조정대상지역으로 지정했다", [HO], "achievement", None),
        c("조정대상지정 기준에 모두 해당됐다", [HO], "statement", None),
        c("전주시가 국토부의 부동산 조정대상지역에 포함된 것은 처음 있는 일로", [HO], "statement", None),
        c("청약 1순위 자격요건이 청약통장 가입 후 6개월에서 2년으로 대폭 강화되고", [HO], "statement", None),
        c("주택담보와 전세대출 조건도 까다롭게 변경됐다", [HO], "statement", None),
        c("전주시의 부동산 조정대상 지정 효과는 부동산 시장에 즉각적인 반응을 보였다", [HO], "achievement", None),
        c("전주지역 아파트 가격이 0.1%대 상승에 그치고 있으며", [HO], "achievement", None),
        c("부동산 규제지역 지정이전인 지난 해 11월 0.74% 상승과는 큰 차이를 보였다", [HO], "achievement", None),
        c("상승폭이 40분의1 이상으로 축소된 것으로 나타났다", [HO], "achievement", None),
        c("풍선효과가 우려돼 왔던 익산지역 아파트 가격도 지난 달 말 하락세로 전환됐다", [HO], "achievement", None),
        c("호가만 높게 형성돼 있을 뿐 거래가 이뤄지지는 않고 있다", [HO], "statement", None),
        c("올해 연말이후 하향 안정세로 전환될 가능성이 크다", [HO], "statement", None),
    ],
    "not_claims": ["조정지역 지정이후 40분의1로 축소"],
}

for g in (nu01, nu02, nu03, nu04, nu05, nu06):
    (GOLD / (g["article"] + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(g["article"], len(g["claims"]))
