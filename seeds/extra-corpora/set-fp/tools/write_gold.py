"""Write set-fp gold files (hand annotation; one dict per article)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d

A = {}

D = "2019-09-10"; P = "park-yun-guk"
A["fp-01-maeililbo.txt"] = dict(
    metadata={"headline": "포천시, 청년일자리 창출 '낭낭포레(스마트 팜)' 협약", "published": "2019-09-10T18:10+09:00",
              "reporter": "김정종", "outlet": "매일일보", "jurisdiction": "41650"},
    officials=[P],
    claims=[
        c("청년일자리 창출 조성을 위한 '낭낭포레(스마트 팜)' 사업 추진 업무협약식을 진행했다", None, D,
          ["agriculture", "culture-tourism", "jobs", "youth-policy"], "achievement"),
        c("포천시는 그에 수반되는 인허가 및 인프라 지원에 적극 협조 할 것을 골자로", None, D, ["agriculture"], "plan"),
        c("IoT기술을 적용한 스마트 팜 재배단지를 조성해 포천시에 청년 일자리 창출과", None, D,
          ["agriculture", "fourth-industrial-revolution", "jobs", "youth-policy", "culture-tourism"], "statement"),
        c("포천시 스마트 농산물 시장 확대를 위한 초석이 될 것", P, D, ["agriculture"], "statement"),
        c("인허가 및 인프라 구축 등 적극적인협력과 지원에 최선을 다 하겠다", P, D, ["agriculture"], "plan"),
    ],
    not_claims=["포천시, 청년일자리 창출 '낭낭포레(스마트 팜)' 협약", "삭제한 댓글은 다시 복구할 수 없습니다"],
)

D = "2025-07-07"
A["fp-02-kmib.txt"] = dict(
    metadata={"headline": "횡성군, 이모빌리티 산업중심도시 ‘우뚝’", "published": "2025-07-07T14:32+09:00",
              "reporter": None, "outlet": None, "jurisdiction": "51730"},
    officials=["kim-myeong-gi"],
    claims=[
        c("강원도 횡성군이 이모빌리티 산업중심도시로 탈바꿈하고 있다", None, D, ["future-vehicles"], "statement"),
        c("82만6446㎡ 부지에 미래 모빌리티 거점 특화단지를 조성한다", None, D, ["future-vehicles"], "plan"),
        c("총 2196억이 투입될 예정이다", None, D, ["future-vehicles"], "plan"),
        c("국내 유일의 미래차 원스톱 전주기 기업지원 생태계를 구축하는 것이 목표다", None, D, ["future-vehicles"], "plan"),
        c("사업은 2030년까지 3단계로 구분돼 추진된다", None, D, ["future-vehicles"], "plan"),
        c("1단계는 이모빌리티 연구·실증단지 조성으로 추진한다", None, D, ["future-vehicles"], "plan"),
        c("전기차 재제조 배터리 안전성 평가센터가 차례로 조성된다", None, D, ["future-vehicles"], "plan"),
        c("산악도로 기반 자율주행 실증센터도 들어설 예정이다", None, D, ["future-vehicles"], "plan"),
        c("이들 센터에서는 이모빌리티 부품과 제작 지원", None, D, ["future-vehicles"], "statement"),
        c("자율주행 생태계 조성 등 역할도 한다", None, D, ["future-vehicles"], "statement"),
        c("2단계 사업을 통해 모빌리티 R&D 제조구역을 조성한다", None, D, ["future-vehicles", "research-development"], "plan"),
        c("기업 유치를 위한 부지조성, 산업통상자원부 1개 공모사업", None, D,
          ["investment-attraction", "jobs", "future-vehicles"], "plan"),
    ],
    not_claims=["민선 8기 3주년 주요성과 및 향후계획 언론브리핑을 가졌다", "횡성군, 이모빌리티 산업중심도시 ‘우뚝’"],
)

D = "2023-03-28"; K = "kim-dong-yeon"
A["fp-03-kgnews.txt"] = dict(
    metadata={"headline": "김동연 “기후도지사 되겠다”…기후변화·탄소중립 강조", "published": "2023-03-28T17:04:03+09:00",
              "reporter": None, "outlet": None, "jurisdiction": "41"},
    officials=[K],
    claims=[
        c("기후변화 대응과 탄소중립에 앞장서겠다는 뜻을 강조했다", K, D, ["climate-carbon"], "plan"),
        c("경기도가 기후변화에 앞장서겠다”며 이같이 밝혔다", K, D, ["climate-carbon"], "plan"),
        c("기후변화 위기는 더 이상 먼 미래의 일이 아니라 바로 앞에 닥친 일", K, D, ["climate-carbon"], "statement"),
        c("경기도와 광명시가 기후변화의 첨병이 되도록 노력하겠다", K, D, ["climate-carbon"], "plan"),
        c("광명시가 추진 중인 ‘텐텐텐 캠페인’(매월 10일 저녁 10시 10분 간 소등)에 공감했다", K, D, ["climate-carbon"], "statement"),
        c("도민들이 많이 할 수 있는 캠페인을 추진하겠다", K, D, ["climate-carbon"], "plan"),
        c("광명시가 개척하고 있으니, 경기도와 함께 대한민국을 바꿔보겠다", K, D, ["climate-carbon"], "plan"),
        c("환경보존 문제나 기후변화 대응은 공공의 힘만으로 할 수 없다", K, D, ["climate-carbon"], "statement"),
        c("캠페인이나 정책이 널리 확산될 수 있도록 하겠다", K, D, ["climate-carbon"], "plan"),
        c("대기 뿐 아니라 수질과 폐기물 문제도 신경쓰겠다는 의지를 밝히며", K, D, ["fine-dust"], "plan"),
    ],
    not_claims=["이번 맞손토크에 참여한 도민들은 김 지사에 다양한 제안을 전달했다",
                "국민의 의식이 변해야 하고, 행실이 변해야 한다",
                "28일 광명에서 기후변화 주제 여섯 번째 맞손토크 진행",
                "소홀히 하지 않고 신경쓰겠다",
                "레드팀에서 결정한 일회용컵 반입 금지를"],
)

D = "2018-01-06"
A["fp-04-g1tv.txt"] = dict(
    metadata={"headline": "<신년.5> '올림픽 도시 강릉' 세계로 도약", "published": "2018-01-06",
              "reporter": "김도환", "outlet": "G1방송", "jurisdiction": "42150"},
    officials=[],
    claims=[
        c("고대했던 KTX도 운행을 시작했습니다", None, D, ["public-transit"], "achievement"),
        c("대관람차 등 새로운 관광 자원을 추가할 계획입니다", None, D, ["culture-tourism"], "plan"),
    ],
    not_claims=["평화 올림픽을 구현한 도시로 우리 강릉시가 남을 수 있습니다",
                "'채무 제로' 도시를 선포할 계획입니다",
                "올림픽 유산을 어떻게 활용하냐가 최대 과제입니다",
                "차량 2부제에도 동참 열기가 높습니다"],
)

D = "2025-12-18"
A["fp-05-wikitree.txt"] = dict(
    metadata={"headline": "의정부시, 버스노선·배차 전면 개편해 체감 교통복지 강화", "published": "2025-12-18T12:27+09:00",
              "reporter": None, "outlet": None, "jurisdiction": "41150"},
    officials=["kim-dong-geun"],
    claims=[
        c("버스의 서비스 수준을 전면적으로 개선하는 정책 방향을 제시했다", None, D, ["public-transit"], "plan"),
        c("시민 이동권을 실질적으로 개선하기 위한 의정부시의 중장기 교통 전략이다", None, D, ["public-transit"], "statement"),
        c("서비스 체감도가 낮았다는 진단을 토대로 이번 혁신 방안을 마련했다", None, D, ["public-transit"], "criticism"),
        c("지금이야말로 버스 체계를 전면적으로 재정비해야 할 시점이라고 판단했다", None, D, ["public-transit"], "plan"),
        c("3개 분야, 10대 과제로 구성됐다", None, D, ["public-transit"], "statement"),
        c("노선 재설계 분야에서는 서울 방면 광", None, D, ["public-transit"], "plan"),
    ],
    not_claims=["김동근 시장이 12월 18일 시청 브리핑룸에서 ‘버스 서비스 10대 혁신 방안’을 발표하고 있다",
                "순환·마을버스 개편으로 교통체계 대전환",
                "버스 복지의 새로운 도약…이동권 재설계로 체감도 높인다"],
)

D = "2023-03-07"
A["fp-06-breaknews.txt"] = dict(
    metadata={"headline": "삼척시, 급감하는 인구...저출산 극복 상생협력 협약 체결", "published": "2023-03-07T11:37+09:00",
              "reporter": "김준호", "outlet": "경기북부/강원 브레이크뉴스", "jurisdiction": "42230"},
    officials=[],
    claims=[
        c("저출산 극복을 위한 상생협력 협약을 체결했다고 밝혔다", None, D, ["childcare-birth"], "achievement"),
        c("이번 협약은 저출산 장기화로 출산 친화적인 사회환경을 조성하여", None, D, ["childcare-birth"], "statement"),
        c("1인당 20만 원의 출산장려금을 지원하게 되며", None, D, ["childcare-birth"], "plan"),
        c("민관이 공동으로 노력한다는 점에서 남다른 의미를 가진다", None, D, ["childcare-birth"], "statement"),
        c("91명이 1,820만 원의 출산장려금을 지원받았다", None, D, ["childcare-birth"], "achievement"),
        c("저출산 극복을 위한 협력을 강화하고 출산 친화적인 분위기를 조성해 나가겠다", None, D,
          ["childcare-birth"], "plan", "이명기"),
    ],
    not_claims=["현재는 6만 3천여명까지 인구가 지속적으로 감소하고 있다",
                "저출산 극복 상생협력 협약  © 경기북부/강원 브레이크뉴스",
                "Samcheok City was a population of nearly 300,000"],
)

W = "won-chang-muk"
A["fp-07-hankyung.txt"] = dict(
    metadata={"headline": "원주시 '장애인·치매 전문 치료 관리' 보건복지타운 조성", "published": None,
              "reporter": None, "outlet": "연합뉴스", "jurisdiction": "42130"},
    officials=[W],
    claims=[
        c("치매 치료·관리와 장애인 작업장 등을 갖춘 종합 보건복지타운이 조성됐다", None, None,
          ["dementia-care", "welfare"], "achievement"),
        c("무실동 일원에 보건복지타운을 완공하고 12일 입주식을 가졌다", None, None, ["dementia-care", "welfare"], "achievement"),
        c("장애인보호작업장인 행복공감 등 3개 시설이 입주한다", None, None, ["dementia-care", "welfare"], "statement"),
        c("체계적이고 전문적인 치매 관리 통합 서비스를 제공하게 된다", None, None, ["dementia-care"], "statement"),
        c("장애인 보호와 재활프로그램 등을 제공한다", None, None, ["welfare"], "statement"),
        c("직업 훈련 등을 통해 소득 창출과 취업 기회를 제공한다", None, None, ["welfare", "jobs"], "statement"),
        c("지역의 보건·복지 허브로서 어르신과 장애인에게 보다 나은 서비스를 제공하게 될 것으로 기대한다", W, None,
          ["welfare", "dementia-care"], "statement"),
    ],
    not_claims=["시설관계자만 참석하는 간소한 입주식을 치르기로 했다"],
)

D = "2026-01-20"
A["fp-08-donga.txt"] = dict(
    metadata={"headline": "부천시, 올해 맞춤형 주거복지사업 강화", "published": "2026-01-20T09:45:00+09:00",
              "reporter": "황금천", "outlet": "동아일보", "jurisdiction": "41190"},
    officials=[],
    claims=[
        c("맞춤형 주거복지사업을 강화한다고 20일 밝혔다", None, D, ["housing"], "plan"),
        c("주거 위기에 놓인 취약 가구를 찾아 이주와 정착에 이르기까지 모든 과정을 지원하는 것이다", None, D,
          ["housing", "welfare"], "statement"),
        c("전세사기 피해자 지원 등을 포함해 20개 사업을 추진할계획이다", None, D, ["housing"], "plan"),
        c("핵심 사업인 ‘부천안심드림주택’을 활성화할 계획이다", None, D, ["housing"], "plan"),
        c("부천희망재단에 후원금 5000만 원을 기탁하며 시작됐다", None, D, ["housing"], "achievement"),
        c("최대 6개월간 무상으로 거주할 수 있는 임시 거처를 제공한다", None, D, ["housing"], "statement"),
        c("보증금과 임대료는 전액 면제된다", None, D, ["housing"], "statement"),
        c("거주지를 잃은 3가구를 신속하게 부천안심드림주택에 입주할 수 있도록 지원했다", None, "2026-01-06", ["housing"], "achievement"),
        c("저소득층 가구의 아동들을 위한 주거환경 개선 사업인 ‘꿈이 자라는 방’에 사용할 계획이다", None, D,
          ["housing", "welfare"], "plan"),
    ],
    not_claims=["뉴스 트렌드 생활정보 International edition 매체", "지금 뜨는 뉴스"],
)

D = "2025-09-22"; L = "lee-byeong-seon"
A["fp-09-asiae.txt"] = dict(
    metadata={"headline": "속초관광수산시장 전기·가스 등", "published": "2025-09-22",
              "reporter": "이종구", "outlet": "아시아경제", "jurisdiction": "51210"},
    officials=[L],
    claims=[
        c("22일 속초관광수산시장에서 민관 합동 안전 점검을 실시했다", None, D, ["disaster-safety"], "achievement"),
        c("화재 발생 시 대규모 피해가 우려되는 전통시장의 특성을 고려해 추진됐다", None, D, ["disaster-safety"], "statement"),
        c("일부 개선 사항은 추석 연휴 전까지 신속히 조치해 선제적으로 위험을 차단할 방침이다", None, D, ["disaster-safety"], "plan"),
        c("현장 안전관리 체계도 꼼꼼히 확인했다", None, D, ["disaster-safety"], "achievement"),
        c("풍수해·지진 재해보험 가입과 지원 제도에 대한 홍보활동도 함께 펼쳤다", None, D, ["disaster-safety"], "achievement"),
        c("화재 예방은 상인의 자발적인 참여가 무엇보다 중요하다", L, D, ["disaster-safety"], "statement"),
        c("안심하고 전통시장을 이용할 수 있도록 안전사고 예방에 최선을 다하겠다", L, D, ["disaster-safety"], "plan"),
    ],
    not_claims=["민관 합동 안전점검을 실시하고 있다. 속초시 제공", "분야별 안전점검으로 화재 예방 총력",
                "투자가를 위한 경제콘텐츠 플랫폼"],
)

def main() -> None:
    GOLD.mkdir(exist_ok=True)
    n = 0
    for name, g in A.items():
        out = {"article": name, **g}
        (GOLD / (name + ".json")).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        n += len(g["claims"])
        print(name, len(g["claims"]))
    print("total", n)

if __name__ == "__main__":
    main()
