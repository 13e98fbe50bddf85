"""Write set-ce's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


def meta(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


D01 = "2025-12-28"
D05 = "2018-10-25"
D04 = "2026-03-13"
D09 = "2025-07-24"

FILES = {
    "ce-01-segye.txt": {
        "metadata": meta(None, "2025-12-29", None, None, "11470"),
        "officials": ["lee-gi-jae"],
        "claims": [
            c("서울 양천구가 겨울철 고농도 미세먼지 발생 저감을 위해 ‘미세먼지 계절관리제’를 시행하며", None, D01, ["fine-dust"], "statement"),
            c("미세먼지 계절관리제는 난방 증가, 대기 정체, 낮은 강수 등 계절적 요인으로", None, D01, ["fine-dust"], "statement"),
            c("구는 미세먼지 종합상황실을 운영하여 비상저감조치 상황 발생 및 경보 발령 시 신속하게 대응할 방침이다", None, D01, ["fine-dust"], "plan"),
            c("수송분야에서는 차량의 배출가스와 공회전을 집중 단속하고", None, D01, ["fine-dust"], "statement"),
            c("난방분야에서는 저소득층을 대상으로 가정용 친환경 보일러 보급을 지원하고", None, D01, ["fine-dust", "welfare"], "statement"),
            c("구는 또 주민의 미세먼지 노출을 줄이기 위해 주요 간선과 일반도로에 대해 1일 2회 이상 청소를 강화하고", None, D01, ["fine-dust"], "statement"),
            c("이번 계절관리제를 통해 배출원 관리와 주민 참여를 함께 강화해 깨끗하고 쾌적한 대기 환경을 만들기 위해 최선을 다하겠다", "lee-gi-jae", D01, ["fine-dust"], "plan"),
        ],
        "not_claims": [],
    },
    "ce-02-ajunews.txt": {
        "metadata": meta(None, None, None, None, "11620"),
        "officials": ["park-jun-hui"],
        "claims": [
            c("스마트도시 사업 추진을 위한 연구용역에 착수했다고 29일 밝혔다", None, None, ["smart-city"], "achievement"),
            c("이번 연구용역은 스마트도시 기반 조성을 위한 중장기 계획을 수립하기 위한 목적이다", None, None, ["smart-city"], "statement"),
            c("총사업비 2억800만원을 투입해 8개월간 진행한다", None, None, ["smart-city"], "statement"),
            c("분산돼있는 스마트도시 서비스의 연계와 통합방안을 마련하며", None, None, ["smart-city"], "statement"),
            c("'관악구 스마트도시 중장기 마스터플랜 추진 TF 실무추진단'을 구성했다", None, None, ["smart-city"], "achievement"),
            c("지난해 구성된 스마트도시 정책자문위원회의 자문도 구할 계획이다", None, None, ["smart-city"], "plan"),
            c("4차 산업혁명 기술을 활용해 다양한 형태의 도시문제를 해결하고", None, None, ["smart-city", "fourth-industrial-revolution"], "statement"),
            c("스마트도시 관악 조성을 민선 7기 핵심공약으로 추진하고 있는 만큼", "park-jun-hui", None, ["smart-city"], "plan"),
            c("앞으로 사람이 중심이 되는 혁신적인 스마트도시 조성으로", "park-jun-hui", None, ["smart-city"], "plan"),
        ],
        "not_claims": [],
    },
    "ce-03-bbsi.txt": {
        "metadata": meta(None, None, None, "BBS NEWS", "11200"),
        "officials": ["jeong-won-o"],
        "claims": [
            c("선거 이후 구민들에게 휴대폰 번호를 공개했더니 지금도 좋은 아이디어와 개선사항들이 매일 10건씩 들어오고 있다", "jeong-won-o", None, ["citizen-participation"], "statement"),
            c("주민들이 직접 정책에 참여할 수 있는 ‘리빙랩’, 일종의 생활실험실을 운영하고 있다", "jeong-won-o", None, ["citizen-participation", "smart-city"], "statement"),
            c("맞은편에는 2022년까지 세계적 랜드마크가 될 과학문화미래관도 들어설 예정", "jeong-won-o", None, ["culture-tourism"], "plan"),
            c("쿠바의 전담주치의 제도에 착안해 약 1년 동안 4천5백분의 어르신들을 진료했는데 만족도가 96%였다", "jeong-won-o", None, ["public-health", "welfare"], "achievement"),
            c("앞으로 어르신들을 돌보는 여러 자료로 활용할 계획", "jeong-won-o", None, ["public-health", "welfare"], "plan"),
        ],
        "not_claims": [
            "작지만 확실한 행복 정책들을 확대하는데 집중하겠다",
            "우산수리와 칼갈이 순회 사업의 경우 이용실적이 3개월간 2만5천건에 달해",
            "오는 2022년 6월30일까지 철거이전하고 서울 숲의 연장된 공원으로 원상복구하기로 했다",
            "정원오 서울 성동구청장. 사진제공=성동구.",
        ],
    },
    "ce-04-asiatoday.txt": {
        "metadata": meta("2018년 시작 8년 만에 전 동 통합 치매망 구축", "2026-03-13", None, None, "11620"),
        "officials": [],
        "claims": [
            c("관내 21개 동 전체를 치매안심마을로 지정 완료했다", None, D04, ["dementia-care"], "achievement"),
            c("2018년 보라매동·은천동을 시작으로 치매안심마을 조성에 나선 지 8년 만에", None, D04, ["dementia-care"], "achievement"),
            c("구 전체 65세 이상 어르신 인구 비율이 19.3%에 달하는 현실을 반영한 선제적 대응이다", None, D04, ["dementia-care"], "statement"),
            c("치매 예방부터 조기 검진·치료 연계·인식 개선까지 아우르는 동 단위 통합 치매 관리체계를 갖추게 됐다", None, D04, ["dementia-care"], "achievement"),
            c("치매안심마을은 치매 환자와 가족이 지역사회 안에서 안전한 일상을 유지할 수 있도록", None, D04, ["dementia-care"], "statement"),
            c("치매 안심가맹점 확대, 치매 극복 선도단체 활성화", None, D04, ["dementia-care"], "statement"),
            c("신규 지정된 4개 동에서는 '치매안심노리터(老利攄)'가 총 8회 운영된다", None, D04, ["dementia-care"], "plan"),
            c("매주 새로운 놀이를 접목한 신체·두뇌 통합 인지 활동 프로그램으로 구성된다", None, D04, ["dementia-care"], "statement"),
            c("무료 치매(기억력) 검사와 ICT 체험 프로그램도 병행하며", None, D04, ["dementia-care", "public-health"], "statement"),
        ],
        "not_claims": [
            "2018년 시작 8년 만에 전 동 통합 치매망 구축",
            "'치매안심노리터' 신규 4개 동서 무료 운영",
            "남현동 치매안심노리터에 참여한 어르신이 기억력평가 설문에 답하고 있다",
            "운영 장소와 일정은 동별로 다르다",
        ],
    },
    "ce-05-asiae.txt": {
        "metadata": meta(None, "2018-10", "박혜숙", "아시아경제", "28"),
        "officials": ["park-nam-chun"],
        "claims": [
            c("인천시가 박남춘표 원도심 균형발전계획 밑그림을 내놨다", None, D05, ["urban-regeneration"], "plan"),
            c("시는 올해부터 추진할 원도심 활성화 사업을 25일 중구 옛 제물포구락부에서 발표했다", None, D05, ["urban-regeneration"], "plan"),
            c("이는 핵심 시정목표의 하나인 '더불어 잘 사는 균형 발전'에 대한 3대 전략을 실천하기 위한 내용을 담고 있다", None, D05, ["urban-regeneration"], "statement"),
            c("3대 전략은 ▲원도심 경쟁력 강화를 위한 도시재생", None, D05, ["urban-regeneration"], "statement"),
            c("인천의 대표적인 체류형 문화체험 관광지로 재창조할 계획이다", None, D05, ["culture-tourism", "urban-regeneration"], "plan"),
            c("신축중인 누들플랫폼을 중심으로 주변 골목과 연계한 아시아 누들타운을 조성한다", None, D05, ["culture-tourism", "urban-regeneration"], "plan"),
            c("우각로 근대문화길, 성냥공장 박물관 조성을 통해 활성화한다", None, D05, ["culture-tourism", "urban-regeneration"], "plan"),
            c("역세권 뉴딜사업을 추진해 복합환승과 중심상업 기능을 강화하고", None, D05, ["urban-regeneration", "public-transit"], "plan"),
            c("승기천·굴포천·수문통을 생태하천으로 복원하는 사업도 벌인다", None, D05, ["urban-regeneration"], "plan"),
            c("지역을 떠났던 원주민이 다시 돌아오고 싶어하는", None, D05, ["urban-regeneration"], "plan"),
        ],
        "not_claims": [],
    },
    "ce-06-maeilnews.txt": {
        "metadata": meta(None, None, "김광수", "매일뉴스", "28237"),
        "officials": ["cha-jun-taek"],
        "claims": [
            c("▲인천 첫 법정문화도시 지정 ▲GTX-B 노선 부평역 유치 등을 꼽았다", "cha-jun-taek", None, ["culture-tourism", "public-transit"], "achievement"),
            c("이러한 성과는 지역 발전을 향한 뜨거운 열망으로 구민과 함께 일했기에 가능했다", "cha-jun-taek", None, ["culture-tourism", "public-transit"], "achievement"),
            c("▲지속가능부평 11번가 도시재생사업 마무리", "cha-jun-taek", None, ["urban-regeneration"], "plan"),
            c("이와 함께 아동친화도시 조성, 청년", "cha-jun-taek", None, ["welfare"], "plan"),
        ],
        "not_claims": [
            "최종편집 2024-04-29(월)",
            "6.1. 지방선거 재선 도전을 공식 선언했다",
            "앞으로의 4년은 더 큰 부평으로 나아가는 구민의 시간이 될 것",
            "구민과 함께 부평의 미래로 계속 나아가겠다",
            "부평구는 지난 4년간의 성과를 바탕으로 인천과 서울을 잇는 수도권 중심도시로 도약하고 있다",
            "문화와 상업 등 다양한 기능이 접목된 대형 복합시설을 유치하겠다고 약속했다",
        ],
    },
    "ce-07-wooritvnews.txt": {
        "metadata": meta("옹진군 ‘섬 지역 오전출항 여객선 운항 타당성 검토 연구용역’ 관련 최종보고회 개최",
                         "2022-12-21T17:06+09:00", "이강여", None, "28720"),
        "officials": ["mun-gyeong-bok"],
        "claims": [
            c("오전에 출발하는 여객선 도입방안 및 운영수지에 대한 연구용역을 실시해왔다", None, "2022-12-21", ["public-transit"], "statement"),
            c("섬 출항 오전배를 도입하면 당일에도 섬으로 돌아올 수 있는 1일 생활권이 확보되어", None, "2022-12-21", ["public-transit"], "statement"),
            c("섬 출항 오전배 도입사업이 조속히 추진될 수 있도록 하여", "mun-gyeong-bok", "2022-12-20", ["public-transit"], "plan"),
        ],
        "not_claims": [
            "최종편집 : 2025-07-18 10:34 (금)",
            "최종보고회를 개최하였다",
            "현재 옹진군 여객항로 중 섬에서 출발하는 항로는 백령 – 인천항로(코리아프린세스호)가 유일하다",
        ],
    },
    "ce-08-sportsseoul.txt": {
        "metadata": meta(None, None, "장관섭", "스포츠서울", "28710"),
        "officials": ["yu-cheon-ho"],
        "claims": [
            c("귀농·귀촌인의 안정적 정착 강화를 위한 연찬회를 가졌다고 밝혔다", None, None, ["agriculture"], "statement"),
            c("유천호 군수는 귀농·귀촌인의 성공적인 정착 지원을 위한 농업아카데미 운영", "yu-cheon-ho", None, ["agriculture", "youth-policy"], "statement"),
            c("귀농인들이 빠르게 농촌 생활터전에 정착할 수 있도록 영농기술 및 정보를 제공하고", None, None, ["agriculture"], "plan"),
        ],
        "not_claims": [
            "갑비고차전원생활연구회는 귀농·귀촌인 품목별연구회 모임으로 지난 2005년 설립됐으며",
        ],
    },
    "ce-09-fnnews.txt": {
        "metadata": meta("유정복 \"아이플러스, 출산 반등 이끈 인천 모델…국가정책으로 확산해야\"",
                         "2025-07-24T09:25+09:00", "정진욱", "뉴스1", "28"),
        "officials": ["yoo-jeong-bok"],
        "claims": [
            c("인천 출산율이 다시 뛴다", None, D09, ["childcare-birth"], "achievement"),
            c("인천의 출생아 수는 전년 동기 대비 12.3% 늘어난 6868명", None, D09, ["childcare-birth"], "achievement"),
            c("전국 평균 증가율(6.9%)을 크게 웃돌며 두 달 연속 전국 1위를 기록했다", None, D09, ["childcare-birth"], "achievement"),
            c("혼인도 늘었다", None, D09, ["childcare-birth"], "achievement"),
            c("같은 기간 인천 혼인 건수는 5657건으로 2.3% 증가했다", None, D09, ["childcare-birth"], "achievement"),
            c("이 같은 흐름의 배경에는 인천시가 추진한 '아이플러스(i+)' 정책 시리즈가 있다", None, D09, ["childcare-birth"], "achievement"),
            c("결혼부터 출산, 양육, 주거까지 생애 전 주기에 걸친 실질적 맞춤형 정책이 빠르게 추진됐다", None, D09, ["childcare-birth", "housing"], "achievement"),
            c("정책이 수치뿐만 아니라 시민의 삶을 바꿨다", "yoo-jeong-bok", D09, ["childcare-birth"], "achievement"),
            c("이제는 국가정책으로 확대할 때", "yoo-jeong-bok", D09, ["childcare-birth"], "plan"),
            c("인천은 출산·양육에 실질적 도움이 되는 정책을 빠르게 설계하고 일관되게 밀고 왔다", "yoo-jeong-bok", D09, ["childcare-birth"], "achievement"),
            c("시민들이 체감했고, 행동으로 이어졌다", "yoo-jeong-bok", D09, ["childcare-birth"], "achievement"),
            c("아이플러스 정책이 변화의 핵심이었다고 본다", "yoo-jeong-bok", D09, ["childcare-birth"], "achievement"),
            c("핵심은 생애 전 주기 맞춤형 지원이다", "yoo-jeong-bok", D09, ["childcare-birth"], "statement"),
            c("임신 단계에선 교통비와 천사지원금을 지원하고, 출산 후엔 1억 원 상당의 장기지원 패키지를 제공한다", "yoo-jeong-bok", D09, ["childcare-birth"], "statement"),
            c("'집드림'은 육아 가구에 실질적인 주거 안정을 돕고", "yoo-jeong-bok", D09, ["housing", "childcare-birth"], "statement"),
        ],
        "not_claims": [
            "유정복 \"아이플러스, 출산 반등 이끈 인천 모델…국가정책으로 확산해야\"",
            "유정복 인천시장이 뉴스1과 인터뷰를 하고 있다",
            "출생률 상승이 이어지고 있다. 배경을 어떻게 보나",
            "아이플러스 정책이 구체적으로 어떤 구조인가",
            "단순히 예산을 늘렸다고 가능한 일이 아니다",
        ],
    },
}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    for name, body in FILES.items():
        gold = {"article": name, **body}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(body["claims"]))
    print("total", sum(len(b["claims"]) for b in FILES.values()))


if __name__ == "__main__":
    main()
