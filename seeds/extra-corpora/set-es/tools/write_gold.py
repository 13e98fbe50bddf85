"""Write set-es gold files (hand annotations)."""
import json
from pathlib import Path

G = Path(__file__).resolve().parent.parent / "gold"

def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d

P = "park-heong-joon"
K = "kim-gi-hyeon"
L = "lee-tae-hun"
H = "heo-seong-mu"
LG = "lee-gang-deok"
D1, D1b = "2021-05-26", "2021-05-27"
GOLD = {
"es-01-donga.txt": (
  {"headline": "부산시 ‘15분 도시 비전 선포식’ 열어", "published": "2021-05-27T03:00+09:00", "reporter": "조용휘",
   "outlet": "동아일보", "jurisdiction": "26"},
  [P, "kim-u-ryong"],
  [c("편리한 스마트도시, 탄소중립 전환도시 등 부산의 미래를 담았다", P, D1, ["smart-city", "climate-carbon"], "plan"),
   c("시민의 일상과 스마트 기술을 접목해 삶의 질을 높이며", P, D1, ["smart-city", "climate-carbon"], "plan"),
   c("정책 제안을 공유하고 다양한 의견을 듣겠다", P, D1, ["citizen-participation"], "plan"),
   c("최근 1400명의 공감정책단을 공개 모집했다", None, D1b, ["citizen-participation"], "achievement"),
   c("16개 구군을 방문해 시민 의견을 들은 뒤 생활권별 발전 전략을 만들어나갈 계획이다", None, D1b, ["citizen-participation"], "plan")],
  ["부산시 ‘15분 도시 비전 선포식’ 열어", "‘15분 도시 부산 비전 선포식’을 열었다", "행사는 현장 참여 인원이 제한되는 대신", "조용휘 기자 silent@donga.com"]),
"es-02-seoul.txt": (
  {"headline": "400만…울산의 도전", "published": "2017-02-14T20:52+09:00", "reporter": None, "outlet": None, "jurisdiction": "31"},
  [K],
  [c("올해 400만명 관광객 유치를 위한 손님맞이에 나섰다", None, "2017-02-14", ["culture-tourism"], "target"),
   c("산업도시 울산은 관광산업 육성을 통해 도시 경쟁력의 다변화가 필요하다", K, "2017-02-14", ["culture-tourism"], "plan"),
   c("‘한국 대표관광지 100선’에 든 관광지가 가장 많다", K, "2017-02-14", ["culture-tourism"], "achievement"),
   c("여행사 관계자들에게 울산관광 세일즈를", None, "2017-02-14", ["culture-tourism"], "statement")],
  ["올 방문의 해 선포… 간절곶 등 ‘한국 관광지 100선’ 최다 선정", "울산 반구대 암각화 보존 또 표류", "2148억 규모...안병용 의정부시장 기자간담",
   "김기현 울산시장 등이 14일 서울 더플라자 호텔에서 울산 방문의 해 선포식을 개최한 뒤 기념 촬영을 하고 있다",
   "선포식에는 김기현 울산시장, 정갑윤·강길부 국회의원", "서울광장 등에 홍보관 운영"]),
"es-03-segye.txt": (
  {"headline": None, "published": "2025-12-07", "reporter": None, "outlet": None, "jurisdiction": "27290"},
  [L],
  [c("최고 등급인 ‘우수기관’으로 선정됐다고 7일 밝혔다", None, "2025-12-07", ["welfare"], "achievement"),
   c("지역사회서비스 투자사업 분야 최고상인 대구시장상을 받게 됐다", None, "2025-12-07", ["welfare"], "achievement"),
   c("총 14종의 서비스를 2778명에게 제공했다", None, "2025-12-07", ["welfare"], "achievement"),
   c("제공인력 등록·관리 체계를 투명하게 운영해 왔다", None, "2025-12-07", ["welfare"], "achievement"),
   c("맞춤형 직무교육을 대구 지자체 가운데 유일하게 자체 운영하고 있다", None, "2025-12-07", ["welfare"], "statement"),
   c("올해에는 2회로 확대해 복지보조금 부정수급 예방과", None, "2025-12-07", ["welfare"], "achievement"),
   c("사회서비스 품질 향상과 주민 삶의 질 개선을 위해 달서구가 꾸준히 노력해 온 결과", L, "2025-12-07", ["welfare"], "achievement"),
   c("고품질 사회서비스 제공을 위해 더 촘촘하고 효율적인 관리체계를 구축하겠다", L, "2025-12-07", ["welfare"], "plan")],
  ["평가는 대구시 9개 구·군을 대상으로", "이태훈(가운데) 구청장과 직원들이 기념 촬영을 하고 있다"]),
"es-04-yna.txt": (
  {"headline": "상주에 스마트팜 기반 조성…청년 농업인에 장기임대", "published": "2023-01-30T09:29+09:00", "reporter": "이승형",
   "outlet": "연합뉴스", "jurisdiction": "47"},
  [],
  [c("'농업 스타트업단지 조성' 공모에 상주가 뽑혔다고 30일 밝혔다", None, "2023-01-30", ["agriculture", "startup-support"], "achievement"),
   c("농지 확보에 어려움을 겪는 청년 농업인을 지원한다", None, "2023-01-30", ["agriculture", "startup-support", "youth-policy"], "statement"),
   c("국비 27억 원을 투입해 스마트팜을 지을 수 있는 부지 3ha를 조성한다", None, "2023-01-30", ["agriculture"], "plan"),
   c("용·배수로 등을 정비해 청년 농업인에게 장기임대한다", None, "2023-01-30", ["agriculture", "youth-policy"], "plan"),
   c("청년들이 지역에서 계속해서 스마트팜을 경영할 기회를 가질 수 있을 것으로 기대된다", None, "2023-01-30", ["agriculture", "youth-policy"], "statement"),
   c("청년 스마트팜 창업의 최대 걸림돌인 농지 확보 문제 해결에 도움이 될 것으로 기대한다", None, "2023-01-30",
     ["agriculture", "startup-support", "youth-policy"], "statement", "김주령"),
   c("청년들이 꿈을 이어갈 수 있도록 지속해서 지원하겠다", None, "2023-01-30", ["agriculture", "youth-policy"], "plan", "김주령")],
  ["상주에 스마트팜 기반 조성…청년 농업인에 장기임대", "haru@yna.co.kr", "2023/01/30 09:29 송고"]),
"es-05-kmib.txt": (
  {"headline": "경남도, ‘2050 탄소중립’ 실현 대장정 시작", "published": "2021-06-22T15:07+09:00", "reporter": None, "outlet": None,
   "jurisdiction": "48"},
  ["kim-gyeong-su", "park-jong-hun", "heo-seong-mu", "kang-seok-ju", "heo-seong-gon", "byeon-gwang-yong", "oh-tae-wan", "jo-geun-je"],
  [c("경남도가 기후변화에 적극 대응하기 위해 ‘2050 탄소중립’ 실현 위한 대장정을 시작했다", None, "2021-06-22", ["climate-carbon"], "achievement"),
   c("민관협력기구인 ‘경남 탄소중립추진위원회’를 출범했다", None, "2021-06-22", ["climate-carbon"], "achievement"),
   c("탄소중립 핵심정책 및 추진전략을 심의·결정하는 기구다", None, "2021-06-22", ["climate-carbon"], "statement"),
   c("경남의 기후위기 대응과 그린뉴딜 추진의 컨트롤 타워 역할을 수행하게 된다", None, "2021-06-22", ["climate-carbon"], "statement"),
   c("전문가 40여 명으로 구성되며 도지사가 위원장을 맡는다", None, "2021-06-22", ["climate-carbon"], "statement"),
   c("추진위에는 7개 분과위원회가 있고", None, "2021-06-22", ["climate-carbon"], "statement"),
   c("이해관계자 그룹 등이 참여해 구성된다", None, "2021-06-22", ["climate-carbon"], "statement"),
   c("각 부문별 탄소중립 전략 및 실행계획을 수립하고", None, "2021-06-22", ["climate-carbon"], "statement")],
  ["경남도, ‘2050 탄소중립’ 실현 대장정 시작", "출범식에는 김경수 지사와 김하용 도의회 의장", "140명의 도민이 온라인으로 출범식에 함께했다"]),
"es-06-thegnnews.txt": (
  {"headline": None, "published": "2022-03-10T23:09+09:00", "reporter": "정창현", "outlet": None, "jurisdiction": "48"},
  [],
  [c("경남도는 귀농귀촌인 경남도연합회가 출범했다고 밝혔다", None, "2022-03-10", ["agriculture"], "achievement"),
   c("귀농귀촌협의회장단 간담회를 열어 도단위 연합회를 결성해 발족했다", None, "2022-03-04", ["agriculture"], "statement"),
   c("도내 귀농귀촌 지원 방안 정책 제안", None, "2022-03-10", ["agriculture"], "plan"),
   c("귀농귀촌 지원 정책이 제공될 수 있도록 적극적으로 추진하겠다", None, "2022-03-10", ["agriculture"], "plan", "조현홍")],
  ["임원진 선출 결과", "임원진 구성 및 연합회 회칙을 제정했다"]),
"es-07-hankyung.txt": (
  {"headline": "창원시, 스마트도시 계획 윤곽", "published": None, "reporter": None, "outlet": None, "jurisdiction": "48120"},
  [H],
  [c("‘창원형 스마트도시계획’ 수립을 연말까지 완료한다고 7일 발표했다", None, None, ["smart-city"], "plan"),
   c("도시 전 분야에 정보통신기술(ICT)을 접목해 시민 삶의 질을 향상하고", None, None, ["smart-city"], "statement"),
   c("스마트도시 구축 목표를 해양친화도시, 공유경제도시, 창조적 상생도시, 친환경 에너지도시로 잡았다", None, None, ["smart-city"], "plan"),
   c("폐쇄회로TV(CCTV) 방범망을 구축하고 교통 신호제어 서비스를 도입할 계획이다", None, None, ["smart-city", "disaster-safety"], "plan"),
   c("최첨단 스마트도시 테스트베드로 조성해 랜드마크 역할을 부여하기로 했다", None, None, ["smart-city", "investment-attraction"], "plan"),
   c("드론(무인항공기)을 활용한 해상안전시스템과 해양레저 서비스 등을 선보인다", None, None,
     ["smart-city", "culture-tourism", "disaster-safety"], "plan"),
   c("미세먼지 프리존과 같은 친환경 공간도 마련하기로 했다", None, None, ["smart-city", "fine-dust"], "plan"),
   c("기업자원공유 서비스도 도입한다", None, None, ["smart-city"], "plan"),
   c("‘스마트도시 추진단’을 구성해 운영해왔다", None, None, ["smart-city"], "achievement"),
   c("사람과 도시, 도시와 산업, 사람과 산업을 연결한다는 비전을 갖고 있다", H, None, ["smart-city"], "statement")],
  ["창원시, 스마트도시 계획 윤곽", "도시 전체 테스트베드 조성", "마산해양신도시, 드론이 안전하게 지켜준다"]),
"es-08-wowtv.txt": (
  {"headline": None, "published": None, "reporter": "하인식", "outlet": "한국경제", "jurisdiction": "47110"},
  [LG],
  [c("‘2023 경북 투자유치대상’ 시·군 자치단체 부문에서 3년 연속 대상을 받았다", None, None, ["investment-attraction"], "achievement"),
   c("후속 투자도 이어지고 있다", None, None, ["investment-attraction"], "achievement"),
   c("총 14조원 규모의 기업 투자가 예정돼 있다고 밝혔다", None, None, ["investment-attraction"], "statement"),
   c("전기차 배터리 자원순환 클러스터 착공 등", None, None, ["investment-attraction", "future-vehicles"], "statement"),
   c("고용 1만5000명을 달성하겠다는 청사진을 제시했다", None, None, ["jobs"], "target"),
   c("수소특화단지로 지정받을 계획이다", None, None, ["energy-transition", "investment-attraction"], "plan"),
   c("맞춤형 원스톱 지원에 나서겠다", LG, None, ["investment-attraction"], "plan")],
  ["‘2차전지 메가클러스터’ 건설에 본격적으로 나설 방침이다", "포항=하인식 기자 hais@hankyung.com"]),
"es-09-ulsanpress.txt": (
  {"headline": None, "published": None, "reporter": "김미영", "outlet": "울산신문", "jurisdiction": "31140"},
  ["kim-jin-gyu"],
  [c("전통시장 활성화를 위한 설맞이 전통시장 장보기 행사를 오는 22일부터 25일까지 4일간 실시한다", None, None, ["small-merchants"], "plan"),
   c("상인들을 격려하고 전통시장 이용 활성화 분위기를 조성할 예정이다", None, None, ["small-merchants"], "plan"),
   c("온누리상품권을 구입하여 전통시장 살리기에 적극 동참할 계획이다", None, None, ["small-merchants"], "plan")],
  ["설맞이는 볼거리 먹을거리가 풍성한 전통시장에서 따뜻한 정을 나누며 제수용품도 준비하시길 바란다",
   "남구지역 7개시장을 대상으로 하는 이번 행사는"]),
}

if __name__ == "__main__":
    G.mkdir(exist_ok=True)
    n = 0
    for art, (meta, offs, claims, nots) in GOLD.items():
        doc = {"article": art, "metadata": meta, "officials": offs, "claims": claims, "not_claims": nots}
        (G / f"{art}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        n += len(claims)
        print(art, len(claims))
    print("total", n)
