"""Write set-hk gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

def C(quote, speaker, date, policies, kind, name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        c["speaker_name"] = name
    return c

def M(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}

UR, D1 = ["urban-regeneration"], "2023-07-26"
G = {}
G["hk-01-globalepic.txt"] = dict(
    metadata=M("인천시, 도시재생사업 후보지 발굴...60여 곳 현장 조사", "2023-07-26T08:45+09:00", "유창규", None, "28"),
    officials=["yoo-jeong-bok"],
    claims=[
        C("신규 도시재생사업을 위한 후보지 발굴을 위해 군·구 방문 협의를 추진한다고 밝혔다", "yoo-jeong-bok", D1, UR, "plan"),
        C("원도심 지역 921.74㎢를 대상으로 도시재생 추진전략을 마련하기 위한 것이다", None, D1, UR, "statement"),
        C("그동안 발굴한 약 60곳을 찾아 적합성을 검토하고 현장을 확인할 예정이다", None, D1, UR, "plan"),
        C("각 후보지별 실행전략 및 사업방식 등을 제시할 예정이며", None, D1, UR, "plan"),
        C("유형별 기능에 따른 연계 전략 마련에 기초자료로 활용될 예정이다", None, D1, UR, "plan"),
        C("지역별 맞춤형 사업에 부합한 도시재생 활성화 지역 후보지 발굴이 시급하다", None, D1, UR, "statement", "최도수"),
        C("원도심의 활성화, 일자리 창출 등 가시적인 사업효과가 조기에 나타날 수 있도록", None, D1, UR + ["jobs"], "plan", "최도수"),
    ],
    not_claims=["인천시, 도시재생사업 후보지 발굴...60여 곳 현장 조사",
                "9월 말까지 현장 확인...각 사업별 기능에 따른 연계전략 마련"],
)

O, D2, CT = "oh-se-hoon", "2023-10-31", ["climate-carbon"]
G["hk-02-shinailbo.txt"] = dict(
    metadata=M("오세훈, 기후불평등 해소 방법으로 '기후동행카드' 제시", "2023-10-31T09:37+09:00", "진현우", None, "11"),
    officials=[O],
    claims=[
        C("기후 불평등의 해법으로 '기후동행'을 제시할 예정이다", None, D2, CT, "plan"),
        C("기후 불평등 해결 방법 중 하나인 '기후동행카드'를 소개할 예정이다", None, D2, CT + ["public-transit"], "plan"),
        C("대중교통 수단을 무제한으로 이용할 수 있는 제도다", None, D2, ["public-transit"], "statement"),
        C("시민들의 대중교통 이용을 지금보다 더욱 활성화해 기후 위기에 대응하겠단 것이 오 시장의 생각이다", O, D2,
          ["public-transit", "climate-carbon"], "plan"),
    ],
    not_claims=["오 시장, 31일 2023 서울 국제기후환경 포럼 참석",
                "기후동행카드, 월 6만 5000원으로 대중교통 무제한 이용",
                "서울시청 브리핑룸에서 열린 기후동행카드 도입시행 기자설명회에서 브리핑하고 있다",
                "서울시청 본관 다목적홀에 개최되는 '2023 서울 국제기후환경 포럼'에 참석한다",
                "'모두를 위한 여정 : 기후동행'을 주제로 한 이번 포럼은"],
)

G["hk-03-segye.txt"] = dict(
    metadata=M(None, "2026-02-03", None, None, "28720"),
    officials=["mun-gyeong-bok"],
    claims=[
        C("인천 옹진군이 새해 주민들과 소통에 본격적으로 나섰다", None, "2026-02-03", ["citizen-participation"], "statement"),
        C("서해 5도의 생생한 목소리를 현장에서 직접 듣고", None, "2026-02-03", ["citizen-participation"], "statement"),
        C("△백령공항 건설 등 정주 여건의 획기적 개선을 위한 교통 인프라 확충 방안이 집중적으로 논의됐다", None, "2026-02-02",
          ["airport-relocation"], "statement"),
        C("백령공항과 연계한 관광 활성화 방안을 비롯해", None, "2026-02-03", ["culture-tourism", "airport-relocation"], "statement"),
    ],
    not_claims=["최근 준공된 ‘백령 국민체육문화센터’를 방문했다",
                "10명의 지역 리더에게 공로패를 수여했다",
                "사람이 모여드는 풍요로운 옹진’을 만들 수 있도록 행정력을 집중하겠다"],
)

FD, D4 = ["fine-dust"], "2025-12-05"
G["hk-04-segye.txt"] = dict(
    metadata=M(None, "2025-12-06", None, None, "28"),
    officials=[],
    claims=[
        C("인천시가 고농도 미세먼지 대응을 강화한다", None, D4, FD, "plan"),
        C("강화된 배출 저감 조치를 시행하는 ‘제7차 계절관리제’ 운영을 통해서다", None, D4, FD, "plan"),
        C("22.5㎍ 목표로 계절관리제를 시행한다고 5일 밝혔다", None, D4, FD, "target"),
        C("분야별 고강도 대책을 추진한다", None, D4, FD, "plan"),
        C("배출가스 5등급 차량을 대상으로 평일 오전 6시부터", None, D4, FD, "plan"),
        C("무인단속시스템으로 위반 시 1일 10만원의 과태료를 부과한다", None, D4, FD, "statement"),
        C("저공해 조치를 완료했거나 긴급자동차·장애인차량·보훈차량의 경우 제외된다", None, D4, FD, "statement"),
        C("살수차와 분진흡입차를 집중 투입시킨다", None, D4, FD, "plan"),
        C("도로 날림먼지 포집시스템 가동으로 재비산먼지는 억제하고", None, D4, FD, "plan"),
        C("시는 예방 감시단도 투입한다", None, D4, FD, "plan"),
        C("환경오염 불법 행위를 점검하기 위한 목적이다", None, D4, FD, "statement"),
        C("사물인터넷(IoT) 기반 실시간 비산먼지 원격감시체계도 한층 강화한다", None, D4,
          FD + ["fourth-industrial-revolution"], "plan"),
        C("불필요 대기오염물질 배출이 최소화되도록 한다", None, D4, FD, "plan"),
        C("분야별 미세먼지 저감대책을 빈틈 없이 진행해 시민 건강은 지키고 쾌적한 대기환경 조성에 힘쓰겠다", None, D4, FD,
          "plan", "정승환"),
    ],
    not_claims=[],
)

P, D5 = "park-nam-chun", "2022-04-25"
G["hk-05-incheonin.txt"] = dict(
    metadata=M("박남춘 인천시장, 재선 도전 공식 선언", "2022-04-25", "김영빈", None, "28"),
    officials=[P],
    claims=[
        C("취임 후 첫 번째 지시사항으로 이곳 인천애뜰을 만들었다", P, D5, ["citizen-participation"], "achievement"),
        C("지역 소비의 역외 유출을 막기 위한 ‘인천e음 정착’", P, D5,
          ["small-merchants", "investment-attraction", "startup-support", "youth-policy", "water-supply"], "achievement"),
    ],
    not_claims=["인천의 자존심과 시민의 자긍심을 당당하고 더 크게 이어가겠다",
                "더불어민주당 소속 박남춘 인천시장이 재선 도전을 공식 선언했다",
                "시장직무가 정지되고 예비후보 신분이 됐다",
                "저에게 제 고향 인천은 자존심",
                "코로나로 고통받아 온 지역경제는 이제 겨우 숨통이 트이기 시작했고"],
)

ET, D6 = ["energy-transition"], "2014-07-02"
G["hk-06-seoul.txt"] = dict(
    metadata=M("‘태양의 도시’ 노원구, 태양광발전 정책 박차", "2014-07-02T00:00+09:00", None, None, "11350"),
    officials=["kim-seong-hwan"],
    claims=[
        C("‘태양의 도시’로 거듭나기 위한 날갯짓을 본격화했다", None, D6, ET, "achievement"),
        C("구청사 4~8층 외벽에 미니 태양광발전 설비를 설치했다", None, "2014-06-29", ET, "achievement"),
        C("이산화탄소를 18.9t 줄일 수 있게 됐다", None, D6, ET + ["climate-carbon"], "achievement"),
        C("710만원의 전기료를 해마다 줄일 수 있게 됐다", None, D6, ET, "achievement"),
        C("협동조합 방식의 ‘노원 햇빛과 바람 발전소’를 세웠다", None, D6, ET, "achievement"),
        C("355만원 상당)를 생산해 한국전력에 판매했다", None, D6, ET, "achievement"),
        C("미니 태양광 학습장 역할도 해낼 것으로 내다봤다", None, D6, ET, "statement"),
        C("2000가구 이상을 노원구에 설치한다는 계획을 잡았다", None, D6, ET, "target"),
        C("자체적으로 추진한 미니 태양광 사업을 마무리하고 서울시 사업으로 확대한 것이다", None, D6, ET, "achievement"),
        C("베란다 미니 태양광 설치 보조사업(30만원 지원)을 희망하는", None, D6, ET, "statement"),
    ],
    not_claims=["구청 외벽에 태양광발전 설비… 연간 5만 5050㎾h 생산 가능"],
)

SM, D7 = ["small-merchants"], "2025-10-02"
G["hk-07-heraldcorp.txt"] = dict(
    metadata=M(None, "2025-10-02", "박병국", "헤럴드경제", "11"),
    officials=[O],
    claims=[
        C("전통시장을 더 자주 방문해 장바구니 부담도 덜고 시장 상인들에게 힘을 보태 달라", O, D7, SM, "statement"),
        C("전통시장을 안전하게 관리하고 더욱 활성화하도록 꼼꼼하게 챙기겠다", O, D7, SM, "plan"),
        C("지난해 무료 주·정차 대상 시장에 선정된 바 있다", None, D7, SM, "achievement"),
        C("등 화재안전 및 활성화를 지원한 바 있다", None, D7, SM + ["disaster-safety"], "achievement"),
    ],
    not_claims=["고척근린시장과 강서구 남부골목시장을 차례로 찾아 성수품 수급, 가격 동향 등을 살폈다",
                "과일과 한과 등을 온누리상품권으로 직접 구매하고",
                "‘남부골목시장’은 약 167개 점포가 영업 중이다"],
)

J, DS = "jeong-won-o", ["disaster-safety"]
G["hk-08-seouland.txt"] = dict(
    metadata=M("성동구 민선8기 3주년 첫날 ‘아주 보통의 하루’ 보내", "2025-07-02T16:16+09:00", None, None, "11200"),
    officials=[J],
    claims=[
        C("대현산 사방사업과 하수관로 보수공사 현장을 스마트정책소통방에서 모니터링하며", None, "2025-07-01", DS, "statement"),
        C("주민의 평범한 하루는 안전에서 비롯된다는 구정 철학을 강조했다", J, "2025-07-01", DS, "statement"),
        C("골목상권의 식당을 찾아 식사하며 상인의 애로사항을 들었고", None, "2025-07-01",
          ["small-merchants", "public-transit"], "statement"),
        C("교통 사각지대를 연결해 주민 만족도가 높다", None, "2025-07-02", ["public-transit"], "achievement"),
        C("홀몸어르신에게 직접 안부 전화를 걸어", None, "2025-07-01", ["welfare"], "statement"),
        C("옥탑방과 반지하 가구를 방문해 주거 안전을 점검했다", None, "2025-07-01", DS + ["housing"], "statement"),
        C("침수·화재 방지시설과 냉난방 케어 지원사업을 추진하고 있다", None, "2025-07-02", DS, "statement"),
    ],
    not_claims=["화려한 기념행사 대신 평소처럼 생활밀착 행정 현장을 찾아 주민과 소통하는",
                "저연차 공무원들과 차담회를 열고, 공직생활 꿀팁을 전했다",
                "서울시 최초로 ‘대체처분 제도’를 도입해",
                "스마트정책소통방을 통해 재난‧침수 위험지역을 살피고 있는 정원오 구청장"],
)

HI = "hong-in-seong"
G["hk-09-ggetv.txt"] = dict(
    metadata=M(None, None, None, "경기eTV뉴스", "28110"),
    officials=[HI],
    claims=[
        C("도시재생 사업을 널리 알리고 주민들에게 홍보함으로써 해당 사업의 이해도를 높일 예정이다", None, None, UR, "plan"),
        C("인천 중구가 도시재생사업을 선도하는 선두주자임을 대내외에 알렸다는 점에서 의미가 있다", None, None, UR, "achievement"),
        C("중구가 도시재생사업을 성공적으로 이끌 수 있는 좋은 기회가 될 것", HI, None, UR, "statement"),
        C("지역의 주거안정과 일자리 창출, 살기좋은 마을조성 등의 목표로", None, None, UR + ["housing", "jobs"], "plan"),
    ],
    not_claims=["‘2019 도시재생 산업 박람회’에 홍보관을 운영한다",
                "도시재생사업을 진행하고 있는 전국 각지의 지자체들이 참가하는 전국단위의 대규모 행사다"],
)

if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "gold"
    out.mkdir(exist_ok=True)
    total = 0
    for name, g in G.items():
        doc = {"article": name, **g}
        (out / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(g["claims"])
        print(name, len(g["claims"]))
    print("total", total)
