"""Write set-mr gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

def C(quote, speaker, date, policies, kind, name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        c["speaker_name"] = name
    return c

def M(headline, published, reporter, outlet, jur):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet, "jurisdiction": jur}

G = {}
d = "2020-07-07"
G["mr-01-mstoday.txt"] = (M("춘천시, 280억 투입해 조운동 도시재생 추진...복합문화거점 변신", "2020-07-07T06:55+09:00", "신관호", None, "42110"), [], [
    C("280억원을 들여 조운동을 복합문화거점지로 만드는 도시재생 안을 추진키로 했다", None, d, ["urban-regeneration", "culture-tourism"], "plan"),
    C("예산 284억8000만원을 투입해 조운동 도시재생활성화계획을 추진하기로 했다", None, d, ["urban-regeneration"], "plan"),
    C("조운동의 도시재생활성화계획의 핵심은 문화시설을 집중시키는데 있다", None, d, ["urban-regeneration", "culture-tourism"], "statement"),
    C("조운동 도시재생활성화계획의 비전은 ‘문화가 숨쉬는 조운동네’로", None, d, ["urban-regeneration", "culture-tourism"], "statement"),
    C("조운동의 도시재생활성화계획은 크게 3가지 사업계획으로 구분된다", None, d, ["urban-regeneration"], "statement"),
    C("△복합문화거점 조성사업 △생활문화 공간활성화 사업 △도심인프라 개선사업이다", None, d, ["urban-regeneration", "culture-tourism"], "statement"),
    C("그중에서도 복합문화거점 조성의 핵심은 상상어울림센터 조성사업", None, d, ["urban-regeneration", "culture-tourism"], "statement"),
], ["춘천 조운동 행정복지센터 일대.", "1990년대 3만여명이 훨씬 넘었던 인구가 2018년 기준 1만여명으로 급감했다",
    "낙후되는 파고를 겪었다"])

d = "2022-05-06"
SY = "신영재"
G["mr-02-g1tv.txt"] = (M("<공약.11> 홍천군수 '허필홍 vs 신영재' 맞대결", "2022-05-06", "정창영", "G1방송", "42720"), ["heo-pil-hong", "shin-yeong-jae"], [
    C("전통 시장에 축제와 야시장을 열고 기업 유치 지원을 통해 홍천을 경제도시로 부상시키겠다는 전략입니다", "heo-pil-hong", d, ["small-merchants", "culture-tourism", "investment-attraction"], "plan"),
    C("여성친화도시 지원센터를 건립하고 어린이 실내 놀이터를 늘리는 등 미래 세대에 대한 투자도 약속했습니다", "heo-pil-hong", d, ["childcare-birth"], "plan"),
    C("산업단지와 농공단지를 홍천에 유치해 수도권 친환경 신도시를 조성하겠다는 겁니다", None, d, ["investment-attraction"], "plan", SY),
    C("농자재 구입비용 50% 지원, 스마트팜을 통한 청년 농민 육성과 같은 농업 활성화 정책도 펼치겠다고 밝혔습니다", None, d, ["agriculture", "youth-policy"], "plan", SY),
    C("드라마 테마파크와 스튜디오를 만들어 홍천이 문화예술 산업 발전의 마중물이 되", None, d, ["culture-tourism"], "plan", SY),
], ["연속성 있는 군정이 반드시 필요합니다", "지난 군정을 통해 추진 중인 사업들을 성공적으로 마무리하겠다고 강조했습니다",
    "이번에는 예산 1조 원 시대를 만들겠다는 비전을 제시했습니다", "군민과 소통하는 군수가 되겠다는 포부입니다",
    "지방선거 단체장 출마 후보들의 주요 공약을 살펴보는 기획보도 순서"])

d = "2018-03-16"
G["mr-03-theleader.txt"] = (M("‘동해.묵호항’.. 심규언 시장 “지속 투자로 해양관광 거점항으로”", "2018-03-16T15:45+09:00", "이형진", "더리더", "42170"), ["sim-gyu-eon"], [
    C("동해.묵호항의 어업 인프라와 편의시설 등을 구축하고자 총 275억원을 투자했다", None, d, ["agriculture"], "achievement"),
    C("해양관광.교통 거점항으로 새롭게 변모됐다", None, d, ["culture-tourism"], "achievement"),
    C("어업인 복지회관 신축 11억원, 동해시 수산업 경영인 복지회관 신축 10억원을 투자했다", None, d, ["agriculture"], "achievement"),
    C("해양관광 거점항으로 발돋움할 수 있도록 최선을 다하겠다", "sim-gyu-eon", d, ["culture-tourism"], "plan"),
    C("묵호항의 노후된 위판장과 도로변 담장을 철거하고 ‘수산물 위판장’ 신축을 추진한다", None, d, ["agriculture"], "plan"),
    C("어민과 관광객 편의를 제공할 계획이다", None, d, ["agriculture", "culture-tourism"], "plan"),
], ["묵호항 재창조 1단계사업 및 신축 묵호항 여객선터미널 준공식에서 인사말을 하고 있다",
    "묵호지구의 변신이 지역경제 활성화를 도모하고 있다고 16일 밝혔다"])

d = "2025-01-24"
G["mr-04-g1tv.txt"] = (M("(신년17) 정선군, 교통망 기반.3대 현안 박차", "2025-01-24", "윤수진", "G1방송", "51770"), [], [
    C("수십 년 동안 많은 관광산업과 지역 경제활성화를 위해 투자를 했습니다만", None, d, ["culture-tourism"], "criticism"),
    C("국내 최초 산림형 국가정원 조성까지 목표하고 있습니다", None, d, ["culture-tourism"], "plan"),
], ["동서6축 고속도로의 마지막 구간, 영월~삼척 노선이 기재부 문턱을 넘어서면서",
    "규제 완화가 절대적으로 필요합니다", "강원랜드에 묶여 있던 각종 규제 완화에도 더 힘을 쏟을 계획입니다",
    "글로벌 복합리조트로 도약하고 있는 강원랜드는"])

G["mr-05-dailian.txt"] = (M("고양시, 미세먼지 농도 5년 전 대비 38% 줄었다.", "2023-05-10T09:51+09:00", "안순혁", "데일리안", "41280"), [], [
    C("고양특례시의 미세먼지 평균 농도가 2017년 대비 38% 줄어든 것으로 나타났다", None, "2023-05-10", ["fine-dust"], "achievement"),
    C("올해 미세먼지 관리 종합계획과 그간 사업 결과를 공유했다", None, "2023-05-04", ["fine-dust"], "statement"),
    C("2022년 미세먼지 연 평균 농도가 2017년 대비 38% 감소했고, 초미세먼지는 32% 감소했다", None, "2023-05-10", ["fine-dust"], "achievement"),
    C("노면 청소차 및 고압 살수차의 무공해 전기차 전환 등의 필요성을 제기했다", None, "2023-05-04", ["fine-dust", "future-vehicles"], "plan"),
    C("친환경 자동차 4570대 보급(전년대비 1097대 증가)", None, "2023-05-10", ["fine-dust", "future-vehicles"], "target"),
], ["고양시, 미세먼지 농도 5년 전 대비 38% 줄었다."])

d = "2025-08-21"
P = "park-seung-won"
G["mr-06-newsstep.txt"] = (M("박승원 광명시장 \"시민 주도의 에너지 절약·전환이 탄소중립 실현의 핵심\"", "2025-08-22T07:50:16+09:00", "최선경", "뉴스스텝", "41210"), [P], [
    C("광명시가 ‘에너지의 날’을 맞아 시민 주도의 탄소중립 실천 의지를 다졌다", None, d, ["climate-carbon"], "statement"),
    C("시민 주도의 에너지 절약과 전환이 2050 탄소중립 실현의 핵심", P, d, ["climate-carbon", "energy-transition"], "statement"),
    C("재생에너지에 대한 사회적 수용성을 높이고, 민‧관의 지속적인 협력으로 목표 달성에 속도를 내겠다", P, d, ["energy-transition", "climate-carbon"], "plan"),
    C("기술과 행정만으로는 에너지 전환을 이룰 수 없고", P, d, ["energy-transition"], "statement"),
    C("기후위기와 에너지 절약에 대한 시민 인식을 확산하고 실천을 독려하기 위해 마련됐으며", None, d, ["climate-carbon"], "statement"),
    C("지역 에너지 자립의 필요성이 조명됐다", None, d, ["energy-transition"], "statement"),
], ["작은 실천이 도시를 바꾸고 지구를 지킨다", "광명시, 21일 시청 잔디광장에서 ‘에너지의 날’ 기념 시민토크쇼 개최",
    "‘빛의 도시 광명’의 미래 에너지 비전이 제시됐다", "공연과 전시를 통해 환경을 생활문화로 받아들이는 다양한 접근이 공유됐고"])

d = "2025-01-08"
B = "baek-gyeong-hyeon"
G["mr-07-kuk.txt"] = (M("백경현 구리시장 \"2025년은 복지정책이 최우선 과제\"", "2025-01-08T16:08:04+09:00", None, None, "41310"), [B], [
    C("신년기자회견을 열고, 2025년은 복지정책이 최우선 과제라며", B, d, ["welfare"], "plan"),
    C("구리시는 올해 복지정책을 최우선 과제로 삼고 있다", B, d, ["welfare"], "statement"),
    C("본예산의 47.79%인 3071억원을 사회복지 예산으로 편성해 국가유공자 처우개선 등 다양한 복지 정책을 추진한다", B, d, ["welfare"], "plan"),
    C("6.25 '참전영웅수당'을 신설하여 매월 10만원을 지급한다", None, d, ["welfare"], "plan"),
    C("복지사각지대 발굴 시스템과 동 인적자원망을 통해 선제적 위기가구 발굴과 연계 서비스 활성화를 추진하고", None, d, ["welfare"], "plan"),
    C("구리토평2 공공주택지구 스마트 그린시티 사업을 2034년 준공을 목표로 미래 세대 주거복지를 실현한다는 내용이다", B, d, ["housing", "smart-city"], "plan"),
    C("토평2지구에 한강 조망이 특화된 고품격 주거 단지와 신성장 혁신산업 부지 조성·유치", B, d, ["housing", "investment-attraction"], "plan"),
], ["마라톤에서도 후반기가 중요하듯이", "백 시장은 미래 성장을 위한 자족도시 건설도 강조했다",
    "구리시의 2025년 비전과 6대 시정 방향을 발표하고 있다. 구리시"])

d = "2026-01-19"
L = "lee-hyeon-jae"
G["mr-08-kmib.txt"] = (M("이현재 하남시장 “일하며 즐기는 교통·산업·문화 도시 조성”", "2026-01-20", None, "국민일보", "41450"), [L], [
    C("광역교통망 확충을 축으로 산업·의료·교육·문화 인프라를 단계적으로 구축하고 있다면서", L, d, ["public-transit"], "statement"),
    C("‘지하철 5철’로 불리는 철도망 구축에 행정력을 집중하고 있다", None, d, ["public-transit"], "statement"),
    C("위례신사선은 예비타당성 평가 절차를 앞두고 있다", None, d, ["public-transit"], "statement"),
    C("하남 연장이 광역교통시행계획에 반영될 수 있도록 관계 부처와의 협의도 진행 중이다", None, d, ["public-transit"], "statement"),
    C("서울 접근성을 높이는 동시에 권역 간 연결성을 강화하는 데 초점을 두고 있다", L, d, ["public-transit"], "statement"),
    C("학생 전용 통학버스와 공공시설을 잇는 순환버스 도입도 검토 중이다", None, d, ["public-transit"], "statement"),
    C("하남시 첫 종합병원인 연세하남병원은 2027년 준공을 목표로 건립을 추진 중이다", None, d, ["public-health"], "plan"),
], ["지하철 5철 연계 등 교통 대책 추진", "“교육·의료 시설 확충, 삶의 질 향상”",
    "교통 문제 해결을 출발점으로 도시 구조 전반을 재편하는 것이 하남시의 중장기 과제",
    "동서·남북 간선도로 신설과 확장", "민간에서 제안한 5성급 호텔과 컨벤션 시설 확충안도 검토가 이뤄지고 있다"])

d = "2021-04-20"
E = "eom-tae-jun"
G["mr-09-maeil.txt"] = (M("엄태준 이천시장, 호법농협 공동육묘장 방문 ‘격려’", "2021-04-21T10:51+09:00", "나헌영", "매일일보", "41500"), [E], [
    C("4억원 상당의 예산을 농협을 통해 이미 지원했다", None, d, ["agriculture"], "achievement"),
    C("지난 2003년에 준공된, 이천시에서는 첫 벼 공동육묘장이다", None, d, ["agriculture"], "statement"),
    C("모판상토작업과 볍씨파종을 함께하여 부족한 농촌 일손 돕기에 나섰다", None, d, ["agriculture"], "statement"),
    C("코로나19로 어려움을 겪는 농가에 도움이 될 수 있도록 다양한 지원사업을 펼쳐 나가겠다", E, d, ["agriculture"], "plan"),
], ["방문해 농민들을 격려했다", "고품질의 임금님표이천쌀 생산에 노력하시는 농업인들께 진심으로 감사드린다",
    "시름이 깊어진 농업인을 격려하기 위한 것이라고 전했다", "볍씨 파종 및 못자리 작업으로 분주한 모습이었다"])

out = Path(__file__).resolve().parent.parent / "gold"
out.mkdir(exist_ok=True)
for name, (meta, officials, claims, nots) in G.items():
    doc = {"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": nots}
    (out / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(name, len(claims))
