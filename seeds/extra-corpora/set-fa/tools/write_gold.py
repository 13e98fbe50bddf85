"""Write set-fa's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

def C(quote, speaker, date, policies, kind, name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        c["speaker_name"] = name
    return c

def M(headline, published, reporter, outlet, jur):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet, "jurisdiction": jur}

CC, RE, FIR = "climate-carbon", "energy-transition", "fourth-industrial-revolution"
UR, CP, YP = "urban-regeneration", "citizen-participation", "youth-policy"

D1 = "2024-03-26"
D2 = "2017-01-31"
D3 = "2026-02-28"
D4 = "2024-07-01"
D6 = "2025-12-05"
D7 = "2022-11-14"
D8 = "2026-01-07"
D9 = "2021-07-14"
PARK, KIM, OH, JANG, JU, GU = "park-heong-joon", "kim-doo-gyeom", "oh-do-chang", "jang-chung-nam", "ju-nak-yeong", "gu-in-mo"

GOLD = {
"fa-01-hankookilbo.txt": (
  M("부산 2030년까지 19조 원 투입… 온실가스 45% 줄인다", "2024-03-26T15:28+09:00", None, None, "26"),
  [PARK],
  [C("부산이 2030년까지 19조 원을 투입해 온실가스를 45% 감축에 나서기로 했다", None, D1, [CC], "target"),
   C("온실가스 배출량을 2030년까지 2018년 대비 45% 감축하는 것을 목표로 한다", None, D1, [CC], "target"),
   C("이를 위해 2030년까지 19조8,700억 원을 투입한다", None, D1, [CC], "plan"),
   C("신재생에너지를 보급해 건물의 에너지 자립도를 향상하는 것을 비롯해 전기·수소차 등 친환경차 보급", None, D1, [CC, RE, "future-vehicles"], "plan"),
   C("8개 부문 기후위기 대응 이행 기반 강화 정책도 추진한다", None, D1, [CC], "plan"),
   C("2050탄소중립녹색성장위원회 심의를 거쳐 기본계획을 확정할 예정이다", None, D1, [CC], "plan"),
   C("온실가스 배출량 이행계획을 담은 제1차 부산시 탄소중립 녹색성장 기본계획안을 마련해 왔다", None, D1, [CC], "achievement"),
   C("이 과정에서 시민 설문조사, 전문가 자문회의, 시민공청회 등을 함께 진행했다", None, D1, [CC], "statement"),
   C("이번 기본계획안은 2050년까지 탄소중립을 목표로 하고", PARK, D1, [CC], "target")],
  ["부산 2030년까지 19조 원 투입… 온실가스 45% 줄인다", "8개 부분 101개 과제 기본계획안 마련",
   "‘제1차 부산시 탄소중립 녹색성장 기본계획 최종보고회’를 개최했다"]),
"fa-02-donga.txt": (
  M("시민 참여로 부산 ‘도시재생사업’ 확대", "2017-01-31T03:00+09:00", None, "동아일보", "26"),
  [],
  [C("부산의 도시재생사업이 확대된다", None, D2, [UR], "plan"),
   C("올해 부산 도시재생사업의 주요 추진 과제는 시민 소통과 참여다", None, D2, [UR, CP], "plan"),
   C("3년 연속 전국 최우수상, 대한민국 공간문화대상", None, D2, [UR], "achievement"),
   C("‘행복동(洞)그라미’를 슬로건으로 다양한 사업을 추진한다", None, D2, [UR], "plan"),
   C("행복주택 건립 예정지에서 도시재생 박람회를 연다", None, D2, [UR], "plan"),
   C("50여 개 부스를 운영하며 도시재생 정보를 교환한다", None, D2, [UR], "plan"),
   C("우수 콘텐츠 콘테스트 우승팀에는 10억 원이 지원된다", None, D2, [UR], "plan"),
   C("시민 소통 창구인 도시재생지원센터도 문을 연다", None, D2, [UR, CP], "plan"),
   C("다양한 영상물을 만들고 소식지도 발간한다", None, D2, [UR], "plan"),
   C("도시재생 종합 정보관리시스템을 구축한 뒤", None, D2, [UR], "plan"),
   C("마을공동체 행정협의회인 ‘행복동그라미+’를 구성해", None, D2, [UR], "plan")],
  ["5월 박람회 등 다양한 사업 추진… 도시재생지원센터도 문열어",
   "모형 마을지기가 망원경으로 마을을 살피고 있다"]),
"fa-03-segye.txt": (
  M(None, "2026-02-28", None, None, "27"),
  [],
  [C("‘제3차 청년정책 기본계획(2026~2030년)’을 수립해 청년이 머무는 도시 조성에 박차를 가한다", None, D3, [YP], "plan"),
   C("참여∙기반 5대 전략영역 64개 과제로 구성했다", None, D3, [YP, "jobs", "startup-support"], "statement"),
   C("도약형 모델로 전환한 것이 특징이다", None, D3, [YP], "statement"),
   C("스타트업 재정 안정화 등 19개 사업을 추진해 정착형 일자리 생태계를 구축한다", None, D3, [YP, "jobs", "startup-support"], "plan"),
   C("채용 연계형 산학협력 모델과 미래 첨단산업 이공계 연구인력 지원 등 9개 사업", None, D3, [YP, "education", "research-development"], "plan"),
   C("주거와 복지망도 한층 강화한다", None, D3, [YP, "housing", "welfare"], "plan"),
   C("임대주택 사업을 포함한 11개 주거 지원 사업과 청년우대 적금", None, D3, [YP, "housing", "culture-tourism"], "plan"),
   C("청년참여 기구를 정례화하고 청년정책 통합 플랫폼을 고도화해", None, D3, [YP, CP], "plan")],
  ["대구 청년의 정주의사는 55.8%로 비교적 높았지만",
   "‘대구시 청년 현장소통 간담회’가 열린 뒤 참석자들이 기념 촬영을 하고 있다"]),
"fa-04-ulsanilbo.txt": (
  M("김두겸 울산시장 “임기중 일자리 바다 울산 만들것”", "2024-07-02", "석현주", None, "31"),
  [KIM],
  [C("남은 2년간 울산을 ‘일자리 바다’로 만들겠다", KIM, D4, ["jobs"], "plan"),
   C("보통교부세를 약 1조원까지 늘린 것을 꼽고 싶다", KIM, D4, ["decentralization"], "achievement"),
   C("매년 울산이 확보할 보통교부세 규모가 크게 늘어났다는 점에서 가장 의미 있는 성과다", KIM, D4, ["decentralization"], "achievement"),
   C("여성 일자리를 만드는 일이 간단치 않다", KIM, D4, ["jobs"], "statement"),
   C("산업 구조의 틀을 바꿔서 여성 일자리를 창출하는 데 주력하겠다", KIM, D4, ["jobs", "culture-tourism"], "plan"),
   C("투자 규모에 비해 고용 효과가 제한적인 한계가 있다", KIM, D4, ["jobs"], "statement"),
   C("‘울산 출신 청년들을 채용해 달라’고 요구하는 장치를 마련하는 등 보완책을 준비할 것이다", KIM, D4, ["jobs", YP], "plan")],
  ["김두겸 울산시장 “임기중 일자리 바다 울산 만들것”", "-청년 인구 유출을 방지하기 위한 대안은.",
   "-종합대학 유치 공약은 어떻게 추진되고 있나.", "다음은 김 시장과의 일문일답"]),
"fa-05-heraldcorp.txt": (
  M(None, None, "김병진", "헤럴드경제", "47760"),
  [OH],
  [C("‘치매안심센터 개소식’ 행사를 열었다", None, None, ["dementia-care"], "achievement"),
   C("보건소 전관 3층에 확대·증축했으며", None, None, ["dementia-care"], "achievement"),
   C("8명의 전문 인력이 맞춤형 통합관리서비스를 지원한다", None, None, ["dementia-care"], "statement"),
   C("60세 이상 주민이면 누구나 이용 가능하다", None, None, ["dementia-care"], "statement"),
   C("치매예방과 관리사업을 확대해 치매 걱정 없는 행복한 군을 만드는 데 최선의 노력을 다하겠다", OH, None, ["dementia-care"], "plan")],
  ["영양군 치매안심센터 개소식 모습"]),
"fa-06-ohmynews.txt": (
  M(None, "2025-12-05", None, None, "48840"),
  [JANG],
  [C("농어촌기본소득 관련 경남도비 예산을 전액 삭감해 논란이다", None, D6, ["agriculture"], "statement"),
   C("\"소멸극복을 위한 마중물\"이라며 예산원상 복구를 호소하고", None, D6, ["agriculture"], "statement"),
   C("농어촌기본소득 시범사업으로 경남에서는 남해군을 선정했다", None, D6, ["agriculture"], "achievement"),
   C("매월 15만원(연 180만원)을 지역사랑상품권으로 받는다", None, D6, ["agriculture", "small-merchants"], "plan"),
   C("남해군 농어촌기본소득 사업 전체 예산은", None, D6, ["agriculture"], "statement"),
   C("내년도 경남도 예산안 심사과정에서 관련 예산 전액을 삭감했다", None, "2025-12-03", ["agriculture"], "statement"),
   C("관련 예산안이 전액 삭감되자 복원해야 한다는 목소리가 계속 나오고 있다", None, D6, ["agriculture"], "statement")],
  ["'농어촌기본소득 시범사업' 관련 기자회견", "경남도의회 농해수위는 전체 의원 10명이고",
   "예결위 심사가 오는 9일 열린다", "\"지역소멸을 극복할 수 있"]),
"fa-07-smnews.txt": (
  M("주낙영 경주시장, 도시재생사례 발표", "2022-11-14", "김경태", None, "47130"),
  [JU],
  [C("경주시의 도시재생사례를 발표했다", JU, D7, [UR], "statement"),
   C("성공적인 도시재생을 위한 필수 조건은", JU, D7, [UR], "statement"),
   C("지역공동체를 기반으로 한 지속적이고 단단한 네트워크가 필요하다", JU, D7, [UR], "statement"),
   C("도시재생은 경주가 문화·관광 대표도시로 한걸음 더 나아갈 원동력이 될 것", JU, D7, [UR, "culture-tourism"], "statement"),
   C("경주의 도시재생사업은 성공적인 모델이 될 것”이라고 덧붙였다", JU, D7, [UR, CP], "statement"),
   C("주민이 곧 수혜자이자 운영자로 직접 참여할 수 있도록", JU, D7, [UR, CP], "statement")],
  ["주낙영 경주시장, 도시재생사례 발표", "주낙영 시장 “경주도시재생사업 성공적인 모델 될 것” 소개",
   "‘역사도시 경주’의 매력을 전 세계에 전했다", "주제 발표자로 연단에 올랐다",
   "‘역사도시 정체성 보존 도시재생과 지역공동체’ 주제 발표"]),
"fa-08-kbmaeil.txt": (
  M("대구시, 통합돌봄·필수의료 강화로 시민 체감 복지 확대", "2026-01-08T16:03+09:00", "김락현", None, "27"),
  [],
  [C("대구시가 2026년을 목표로 지역사회 통합돌봄과 필수·공공의료 강화를 중심으로", None, D8, ["welfare", "public-health"], "plan"),
   C("‘지역·필수·공공의료 강화’를 핵심 방향으로 제시했다", None, D8, ["welfare", "public-health"], "plan", "김정기"),
   C("대구형 통합돌봄 정책인 ‘단디돌봄’을 본격 추진한다", None, D8, ["welfare"], "plan"),
   C("노인과 장애인은 한 번의 신청으로", None, D8, ["welfare"], "plan"),
   C("기초연금 인상과 노인일자리 확대", None, D8, ["welfare", "jobs"], "plan"),
   C("발달장애인 행동발달증진센터를 신설한다", None, D8, ["welfare"], "plan"),
   C("달빛어린이병원을 7개소로 확대한다", None, D8, ["public-health"], "target"),
   C("대구의료원의 공공의료 기능도 강화한다", None, D8, ["public-health"], "plan"),
   C("지역사회 기반 자살 예방체계를 강화하고", None, D8, ["public-health"], "plan"),
   C("통합돌봄과 필수의료 공백 해소에 집중해", None, D8, ["welfare", "public-health"], "plan", "김정기")],
  ["대구시, 통합돌봄·필수의료 강화로 시민 체감 복지 확대"]),
"fa-09-asiae.txt": (
  M(None, "2021-07", "최순경", "아시아경제", "48880"),
  [GU],
  [C("잘사는 농민·농촌’을 목표로 추진 성과를 짚어보고", None, D9, ["agriculture"], "statement"),
   C("농업인 수당 지급 등 그동안의 농정 성과를 통해 농민들의 걱정이 없어졌으면 한다", GU, D9, ["agriculture"], "achievement"),
   C("오늘 간담회에서 건의된 내용은 자세히 검토해 반영될 수 있도록 노력하겠다", GU, D9, ["agriculture"], "plan"),
   C("농업 농촌의 발전을 위해 장단기 과제로 검토 반영할 계획이다", None, D9, ["agriculture"], "plan")],
  ["재해, 고령화, 인력, 농기계, 새로운 소득 작목 등 다양한 의견 쏟아져",
   "'2021년 하반기 농업·농촌 발전을 위한 간담회'를 했다고 14일 밝혔다"]),
}

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "gold"
    out.mkdir(exist_ok=True)
    for name, (meta, officials, claims, not_claims) in GOLD.items():
        gold = {"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": not_claims}
        (out / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(GOLD), "files,", sum(len(v[2]) for v in GOLD.values()), "claims")
