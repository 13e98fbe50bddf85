"""Write set-bp's hand annotations as gold/<article>.json (format of seeds/corpus/README.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


YOO = "yoo-jeong-bok"
CHA = "cha-jun-taek"
JO = "jo-yun-gil"
AHN = "ahn-byeong-yong"
BAEK = "baek-yeong-hyeon"
JU = "ju-gwang-deok"
KIM = "kim-gyeong-il"

FILES = {
    "bp-01-chosun.txt": {
        "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "28"},
        "officials": [YOO],
        "claims": [
            c("민생, 복지, 문화, 체육, 관광 등 분야에서 시민 행복 체감지수를 높이는 정책들을 중점 추진하겠다", YOO, None,
              ["welfare", "culture-tourism"], "plan"),
            c("저출산 대책의 일환으로 신혼부부를 위한 ‘인천형 주택정책’을 마련하겠다고 했다", YOO, None,
              ["childcare-birth", "housing"], "plan"),
            c("아이를 낳지 않는 이유 중 하나가 주거 문제인 만큼, 이 부담을 해소할 획기적인 대책을 내놓겠다는 것이다", YOO, None,
              ["housing", "childcare-birth"], "plan"),
            c("인천시는 현재 ‘인천형 주택정책’의 지원 대상과 지원 형태", None, None, ["housing"], "statement"),
            c("신혼부부의 주거비 부담을 줄이고 저출산 문제를 해결하기 서울시가 추진하는", None, None,
              ["housing", "childcare-birth"], "plan"),
            c("이르면 7월 중 인천형 주택정책이 공개될 수 있을 것", None, None, ["housing"], "plan"),
            c("총 1억 원을 지원하는 ‘1억 플러스 아이드림’ 정책을 발표해 주목을 받은 적이 있다", None, None,
              ["childcare-birth"], "achievement"),
            c("소상공인 경쟁력 확보와 노인 일자리 확대를 위한 정책을 마련하고, 장애인 등 취약계층에 대한 돌봄 지원을 강화하겠다고 했다",
              YOO, None, ["small-merchants", "jobs", "welfare"], "plan"),
            c("경인전철 지하화, 경인고속도로 통행료 무료화 등 지역 현안을 해결하겠다는 의지도 나타냈다", YOO, None,
              ["public-transit"], "plan"),
        ],
        "not_claims": [
            "시정 운영 방향 등에 대해 설명하고 있다. /인천시",
            "남은 2년의 임기 동안 시민 행복을 중심에 두는 시정을 펼치겠다고 27일 밝혔다",
            "유 시장은 취임 초부터 강조해",
        ],
    },
    "bp-02-kyeonggi.txt": {
        "metadata": {"headline": "[2019 열심히 뛰겠습니다] 차준택 부평구청장", "published": None, "reporter": None,
                     "outlet": None, "jurisdiction": "28237"},
        "officials": [CHA],
        "claims": [
            c("관 주도의 일방적인 행정에서 벗어나 민관 협치와 주민·공직자 간의 소통을 강조했다", CHA, None,
              ["citizen-participation"], "plan"),
            c("부평둘레길 조성사업, 십정녹지 조성사업 등 23개 사업에 특별교부세", CHA, None, ["culture-tourism"], "achievement"),
            c("국비 지원이 최종 확정된 도시재생 뉴딜사업이 2019년 본격적으로 추진된다", CHA, None,
              ["urban-regeneration"], "plan"),
            c("혁신센터와 푸드플랫폼, 굴포하늘길, 굴포문화누림터 등을 조성할 계획이다", CHA, None,
              ["urban-regeneration"], "plan"),
            c("사업이 완료되면 일자리 창출과 지역상권 활성화, 문화 융성으로 부평의 예전 명성을 다시 찾게 될 것으로 기대된다", CHA, None,
              ["urban-regeneration", "jobs", "small-merchants", "culture-tourism"], "statement"),
        ],
        "not_claims": [
            "굴포천 등 도시재생 본격화…문화융성으로 옛 명성 회복",
            "소통·협치·분권을 구정 철학으로 삼는 차준택 부평구청장은 도시 경쟁력은 환경이 결정한다며",
            "구민 여러분의 기대와 바람을 구 정책에 반영하고자 노력했다",
            "-2019년에는 어떤 사업이 추진되는지.",
            "도심 내 쾌적한 녹지공간과 휴식공간도 확충할",
        ],
    },
    "bp-03-donga.txt": {
        "metadata": {"headline": None, "published": None, "reporter": None, "outlet": "동아일보",
                     "jurisdiction": "28720"},
        "officials": [JO],
        "claims": [
            c("주민들의 얼굴을 보고 대화하는 자리를 11년째 이어가고 있다", None, None, ["citizen-participation"], "statement"),
            c("올해 관광객 500만 명을 유치하겠다", JO, None, ["culture-tourism"], "target"),
            c("벚꽃축제와 낚시대회 같은 이벤트를 열고, 섬 농수산물을 재료로 한 특색음식도 선보이기로 했다", JO, None,
              ["culture-tourism", "agriculture"], "plan"),
            c("옹진군 중추 산업인 농어업 분야에 대한 지원도 확대하기로 했다", JO, None, ["agriculture"], "plan"),
            c("농업자재를 빌려주는 농기계은행이 북도면에 추가로 설치된다", JO, None, ["agriculture"], "plan"),
            c("무인 헬기로 섬 농지에 농약을 살포하는 병해충 방제 사업도 진행할 것", JO, None, ["agriculture"], "plan"),
            c("농산물 판로를 안정적으로 확보하기 위해 포장용기와 물류비를 지원하고", JO, None, ["agriculture"], "plan"),
            c("바다 밑에 인공 어초(魚礁)를 추가로 설치한다", JO, None, ["agriculture"], "plan"),
            c("연평도와 대청도 해역에 인공 어초를 설치한 데 이어 올해 70억 원을 추가로 투입한다", JO, None,
              ["agriculture"], "plan"),
            c("인공 어초는 물고기에게는 서식 환경을 제공하지만", None, None, ["agriculture"], "statement"),
            c("옹진군은 어선의 안전한 조업을 지도할 다목적", None, None, ["agriculture", "disaster-safety"], "statement"),
        ],
        "not_claims": [
            "영종도 삼목선착장에서 배를 타고 북도면사무소에 들어가 올해 첫 주민 간담회를 열었다",
            "20일까지 면사무소 소재 6개 섬을 잇달아 방문할 계획이다",
        ],
    },
    "bp-04-newscj.txt": {
        "metadata": {"headline": None, "published": None, "reporter": "이성애", "outlet": "천지일보",
                     "jurisdiction": "41150"},
        "officials": [AHN],
        "claims": [
            c("800만명의 관광객, 3만개 일자리, 5조원의 경제효과", AHN, "2018-07-09", ["culture-tourism", "jobs"], "target"),
            c("▲완벽한 도시교통 체계 구축 ▲혁신교육도시 ▲맞춤형 복지정책", AHN, "2018-07-09",
              ["public-transit", "education", "welfare"], "plan"),
            c("교통 인프라를 구축해 편리한 대중교통 이용체계 구축에 힘쓰겠다", AHN, "2018-07-09", ["public-transit"], "plan"),
        ],
        "not_claims": [
            "민선7기 공약사업 5대 분야 37개 사업 완벽하게 마무리해 의정부의 가치를 높이겠다고 밝혔다",
            "조선시대 최고통치기구가 자리한 만큼 그 명성을 되찾을 절호의 기회",
            "통일시대를 이끌어 가는 평화의 중심 도시가 돼야 한다",
            "천지일보는 24시간 여러분의 제보를 기다립니다.",
        ],
    },
    "bp-05-kyeongin.txt": {
        "metadata": {"headline": None, "published": None, "reporter": "최재훈", "outlet": "경인일보",
                     "jurisdiction": "41650"},
        "officials": [BAEK],
        "claims": [
            c("기회발전특구를 유치해 기업하기 좋은 도시를 만들겠다", BAEK, "2024-07-03",
              ["investment-attraction", "decentralization"], "plan"),
            c("경기도에서 유일한 드론특별자유화구역이며, 옛 6군단 부지도 기부 대 양여 방식으로 반환을 이끌었다", BAEK, "2024-07-03",
              ["fourth-industrial-revolution"], "achievement"),
            c("원스톱 첨단 국방 드론방위산업특구를 조성해 청년들이 선호하는 일자리를 창출하겠다", BAEK, "2024-07-03",
              ["fourth-industrial-revolution", "jobs", "youth-policy"], "plan"),
            c("포천의 대표 관광자원인 한탄강을 활용한 지역발전사업 구상도 제시했다", BAEK, "2024-07-03",
              ["culture-tourism"], "plan"),
            c("이곳에 평화경제특구를 유치해 지속가능한 관광특구를 만들 것", BAEK, "2024-07-03", ["culture-tourism"], "plan"),
            c("한탄강 국가정원 조성과 한탄강 관광지 지정, 반려동물 친화관광도시 사업", BAEK, "2024-07-03",
              ["culture-tourism"], "plan"),
        ],
        "not_claims": [
            "남은 기간 시민이 체감하고 실질적인 혜택이 돌아갈 수 있도록 전력을 다하겠습니다",
            "포천의 1인당 지역내총생산(GRDP)은 5천33만원으로 경기북부에선 1위",
            "세계적으로 가치를 인정받은 한탄강 권역에도 큰 변화가 생긴다",
            "이례적으로 미래 성장을 이끌 핵심 사업들을 50여분간 직접 설명했다",
        ],
    },
    "bp-06-globalnewsagency.txt": {
        "metadata": {"headline": "주광덕 시장, 제1회 남양주시 청년정책위원회 참석", "published": "2024-02-24T07:40+09:00",
                     "reporter": "송재우", "outlet": "글로벌뉴스통신", "jurisdiction": "41360"},
        "officials": [JU],
        "claims": [
            c("청년정책위원회는 청년기본법 및 남양주시 청년기본조례에 따라", None, "2024-02-24", ["youth-policy"], "statement"),
            c("4개 분야 48개 사업(총사업비 182억 원)을 포함하는 시행계획을 심의·의결했다", None, "2024-02-23",
              ["youth-policy", "jobs", "welfare"], "achievement"),
            c("2035년 100만 메가시티를 목표로 청년 일자리가 미래 성장 잠재력을 키우기 위해 모든 행정력을 집중하고 있다", JU,
              "2024-02-23", ["jobs", "youth-policy"], "statement"),
            c("청년정책위원회가 청년의 에너지와 아이디어를 보태 청년들의 도전을 지원하고", JU, "2024-02-23",
              ["youth-policy"], "plan"),
        ],
        "not_claims": [
            "시청 여유당에서 ‘청년의 희망과 기회가 되는 도시’ 조성을 위한 ‘2024년 제1회 남양주시 청년정책위원회’를 개최했다고 밝혔다",
            "(사진제공:남양주시) 주광덕 남양주시장, 제1회 남양주시 청년정책위원회 참석",
        ],
    },
    "bp-07-joongboo.txt": {
        "metadata": {"headline": None, "published": None, "reporter": "표명구·지봉근", "outlet": "중부일보",
                     "jurisdiction": "41480"},
        "officials": [KIM],
        "claims": [
            c("전국 최초 긴급에너지 생활안정지원금 지급과 전국 최대규모의 파주페이 확대발행이 가장 기억에 남는다고 했다", KIM, None,
              ["welfare", "small-merchants"], "achievement"),
            c("지하철 3호선 연장·대중교통 확충을 통한 교통복지 실현", KIM, None,
              ["public-transit", "investment-attraction"], "plan"),
        ],
        "not_claims": [
            "오로지 시민만을 바라보며 ‘시민중심 더 큰 파주’의 초석을 다지기 위해 숨 가쁘게 달려온 시간이었다",
            "파주는 넓은 면적만큼이나 발전가능성이 무궁무진한 도시라는 것이었다",
            "후반기는 그간 다져온 탄탄한 기둥 위에 ‘파주 발전’이라는 실질적 성과를 쌓아 올릴 계획이다",
        ],
    },
    "bp-08-kmib.txt": {
        "metadata": {"headline": "고양시, 첨단기술로 스마트시티 도약…도시혁신 가속", "published": "2025-06-30T13:36+09:00",
                     "reporter": None, "outlet": None, "jurisdiction": "41280"},
        "officials": [],
        "claims": [
            c("경기 고양시가 첨단기술을 활용한 스마트시티 조성에 속도를 내고 있다", None, "2025-06-30", ["smart-city"], "statement"),
            c("총 400억원의 예산을 투입해 교통, 안전, 환경, 행정 등 8개 분야에서", None, "2025-06-30", ["smart-city"], "plan"),
            c("이번 사업의 중심에는 9월 성사혁신지구에 문을 여는 ‘스마트시티 이노베이션센터’가 있다", None, "2025-06-30",
              ["smart-city"], "plan"),
            c("산·학·연·관 협력의 거점 역할을 하게 된다", None, "2025-06-30", ["smart-city", "research-development"],
              "statement"),
            c("오픈랩, 코워킹 라운지, 스마트 인재양성 공간, 쇼케이스 등 다양한 시설을 시민과 기업에 제공할 예정이다", None,
              "2025-06-30", ["smart-city"], "plan"),
            c("시민참여도 활발하다.", None, "2025-06-30", ["citizen-participation", "smart-city"], "statement"),
            c("‘시민해결단 리빙랩’이 운영을 시작했다", None, "2025-06-30", ["smart-city", "citizen-participation"],
              "achievement"),
            c("서비스 개선에 의견을 제시할 수 있다", None, "2025-06-30", ["smart-city", "citizen-participation"], "statement"),
            c("자율주행버스 2대를 도입해 대화역~킨텍스~고양종합운동장", None, "2025-06-30",
              ["smart-city", "future-vehicles", "public-transit"], "plan"),
            c("AI 기반 실시간 교통분석 시스템도 도입되어", None, "2025-06-30",
              ["smart-city", "fourth-industrial-revolution"], "plan"),
            c("도시 안전망도 한층 강화된다.", None, "2025-06-30", ["smart-city", "disaster-safety"], "plan"),
            c("드론통합관제센터가 신설되고, 시 전역에 7개 드론스테이션이 설치된다", None, "2025-06-30",
              ["smart-city", "disaster-safety"], "plan"),
            c("이를 통해 드론이 순찰, 재난, 실종 등 긴급", None, "2025-06-30", ["smart-city", "disaster-safety"], "statement"),
        ],
        "not_claims": [
            "거점형 스마트시티 조성사업 추진을 위한 고양시-컨소시엄 협약식. 고양시 제공",
            "성사혁신지구 전경. 고양시 제공",
        ],
    },
    "bp-09-mediatoday.txt": {
        "metadata": {"headline": "양주시, 전기자동차 구매 지원. 총 285대", "published": "2021-03-04T13:19+09:00",
                     "reporter": "안정태", "outlet": "미디어투데이", "jurisdiction": "41630"},
        "officials": [],
        "claims": [
            c("양주시는 미세먼지 저감과 친환경자동차 보급 확산을 위해 전기자동차 구매지원 사업을 추진한다", None, "2021-03-04",
              ["fine-dust", "future-vehicles"], "plan"),
            c("위장전입 등 부정한 방법으로 지원받은 경우 보조금이 환수된다", None, "2021-03-04", ["future-vehicles"], "statement"),
            c("지원차량은 전기승용차 144대, 전기화물차 141대 등 총 285대이다", None, "2021-03-04", ["future-vehicles"],
              "target"),
            c("시는 총 54억원의 사업비를 투입", None, "2021-03-04", ["future-vehicles"], "plan"),
            c("취약계층, 다자녀, 생애최초구매자 등에게 전기승용 및 초소형차 15대", None, "2021-03-04",
              ["future-vehicles", "welfare"], "plan"),
            c("기초연금, 장애인연금 등 수급 대상자는 전기자동차 구매 시 차량가액에 따라 수급대상에서 제외될 수 있다", None,
              "2021-03-04", ["welfare", "future-vehicles"], "statement"),
            c("보조금을 받은 전기자동차 구매자는 2년간 의무적으로 운행을 해야 하며", None, "2021-03-04", ["future-vehicles"],
              "statement"),
            c("전기자동차는 배출가스를 발생하지 않아 대기질 개선효과가 있는 만큼", None, "2021-03-04",
              ["future-vehicles", "fine-dust"], "statement"),
        ],
        "not_claims": [
            "양주시, 전기자동차 구매 지원. 총 285대",
            "관련기사목록",
        ],
    },
}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    for name, body in FILES.items():
        gold = {"article": name, **body}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(body["claims"]))


if __name__ == "__main__":
    main()
