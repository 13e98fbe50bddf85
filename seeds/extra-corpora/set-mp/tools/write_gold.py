"""Write set-mp's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, policies, kind, date, speaker=None, name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        claim["speaker_name"] = name
    return claim


def meta(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


G = {}

d = "2025-09-30"
G["mp-01-seoul.txt"] = dict(
    metadata=meta("일자리 공시제 최우수, 사업 부문 우수상 수상", "2025-09-30", None, None, "30"),
    officials=["lee-jang-woo"],
    claims=[
        c("대전의 일자리 시책이 주목받고 있다", ["jobs"], "achievement", d),
        c("일자리 공시제 부문 최우수상, 사업 부문 우수상을 받았다", ["jobs"], "achievement", d),
        c("일자리 정책 성과를 평가하는데 4년 연속 수상이다", ["jobs"], "achievement", d),
        c("6대 전략산업과 연계한 기업 투자 촉진과 청년 맞춤형 취·창업 및 지역 정착 지원",
          ["investment-attraction", "youth-policy", "startup-support", "jobs"], "achievement", d),
        c("청년이 원하는 일자리와 기업을 매칭해 구인난 해소와 지역 정착을 동시에 지원한다",
          ["jobs", "youth-policy"], "statement", d),
        c("대전만의 창의적 고용 모델로 자리매김했다", ["jobs", "youth-policy"], "achievement", d),
        c("대전의 청년 인구 증가에 양질의 일자리 발굴·지원 효과가 반영됐다는 분석",
          ["jobs", "youth-policy"], "achievement", d, name="권경민"),
        c("청년 맞춤형 고용 정책이 취·창업과 생활 기반으로 이어지면서",
          ["jobs", "youth-policy", "startup-support"], "statement", d, name="권경민"),
    ],
    not_claims=[
        "8월 기준 전입자 69%가 10~30대 청년 인구",
        "대전시장이 30일 대전시청에서 열린 '2025 대전 청년채용박람회'에서 구직자 현황판을 살펴보고 있다",
        "대전시는 올해 8월까지 인구가 지난해 말보다 2439명 증가했다",
        "10~30대가 전체 69.0%에 달했다",
    ],
)

d = "2025-06-12"
LBS = "lee-beom-seok"
G["mp-02-kmib.txt"] = dict(
    metadata=meta("청주·청원 통합 11년 만에…시청 신청사 내달 착공", "2025-06-12T13:36+09:00", None, None, "43110"),
    officials=[LBS],
    claims=[
        c("청주시청 신청사가 내달 착공한다", ["city-hall"], "plan", d),
        c("2014년 7월 옛 청원군과 행정구역을 통합한 지 11년 만이다", ["city-hall"], "statement", d),
        c("오는 7월에 신청사를 착공할 계획이라고 12일 밝혔다", ["city-hall"], "plan", d),
        c("신청사는 총사업비 3413억원을 들여", ["city-hall"], "plan", d),
        c("당초 2019년 착공해 2022년 준공될 예정이었으나", ["city-hall"], "statement", d),
        c("신청사 1~2층은 민원실, 역사관, 대강당, 어린이 보육시설, 작은도서관 등",
          ["city-hall", "childcare-birth", "culture-tourism"], "statement", d),
        c("12층에는 도시를 조망하는 스카이라운지가 설치된다", ["city-hall"], "statement", d),
        c("총 844면의 주차 공간도 확보해 민원인 편의성도 크게 개선된다", ["city-hall"], "statement", d),
        c("신청사는 청주의 역사적 상징을 건축적으로 구현했다", ["city-hall"], "statement", d),
        c("외벽은 직지의 조판 패턴에서 착안했고", ["city-hall"], "statement", d),
        c("청주의 유산을 현대 건축에 담았다", ["city-hall"], "statement", d),
        c("국내 공공청사 최초로 제로에너지건축물 4등급 기준을 적용해 친환경 청사로 건립된다",
          ["city-hall", "energy-transition"], "plan", d),
        c("태양광·지열을 활용한 냉난방", ["city-hall", "energy-transition"], "statement", d),
        c("시의회동은 별동으로 건립된다", ["city-hall"], "plan", d),
        c("2층부가 시청동과 다리로 연결되게 설계했다", ["city-hall"], "statement", d),
        c("청주시청 신청사를 차질 없이 완성하겠다", ["city-hall"], "plan", d, LBS),
    ],
    not_claims=["청주·청원 통합 11년 만에…시청 신청사 내달 착공", "청주의 미래 100년을 준비"],
)

d = "2026-01-14"
JYR = "jeong-yong-rae"
G["mp-03-ccnnews.txt"] = dict(
    metadata=meta("유성구, 지역 의료기관과 협력 ‘치매안심의원’ 운영", "2026-01-14", "김용우", "충청뉴스", "30200"),
    officials=[JYR],
    claims=[
        c("지역 의료기관과 협력해 ‘치매안심의원’을 운영한다고 14일 밝혔다", ["dementia-care"], "statement", d),
        c("치매안심센터와 병의원 간 협력체계를 구축해 운영된다", ["dementia-care"], "statement", d),
        c("9개 의료기관이 치매안심의원으로 지정되어 있다", ["dementia-care"], "achievement", d),
        c("지정된 치매안심의원은 치매환자 등록·관리 연계", ["dementia-care"], "statement", d),
        c("치매안심의원을 통해 치매 환자가 가까운 의료기관에서 조기에 진단받고", ["dementia-care"],
          "statement", d, JYR),
        c("앞으로도 지역사회 중심의 치매 관리 체계를 강화하겠다", ["dementia-care"], "plan", d, JYR),
    ],
    not_claims=["관내 병의원 9곳 지정…치매 환자 조기 진단·치료·관리 등 강화"],
)

d = "2017-07-07"
G["mp-04-kmknews.txt"] = dict(
    metadata=meta("고농도 미세먼지 분야별 종합대책 추진", "2017-07-07T10:14+09:00", None, "광교저널", "44130"),
    officials=[],
    claims=[
        c("천안시가 고농도 미세먼지 분야별 중장기 종합대책을 본격 추진한다고 밝혔다", ["fine-dust"], "plan", d),
        c("시민들의 건강을 위협하고 있는 미세먼지를 줄이기 위해 마련됐다", ["fine-dust"], "statement", d),
        c("관리 목표를 세우고, 653억원의 재원이 소요될 것으로 판단", ["fine-dust"], "target", d),
        c("중점 추진사항으로 이동배출원 관리", ["fine-dust", "future-vehicles"], "plan", d),
        c("노후경유차 3만5886대 전체를 2030년까지 연차적으로 조기 폐차하도록 지원사업을 실시한다",
          ["fine-dust"], "target", d),
        c("경유 시내버스 45대와 노후 천연가스버스 60대를 2020년까지",
          ["fine-dust", "public-transit"], "target", d),
        c("전기자동차를 지난해 공공부문에 우선 도입한 천안시는 내년부터 민간부문으로 확대한다",
          ["future-vehicles"], "plan", d),
        c("2020년까지 전기자동차 500대와 도심 거점지역별로 급속 또는 완속 충전시설 150기를 보급한다",
          ["future-vehicles"], "target", d),
    ],
    not_claims=["▲ 대기오염전광판", "또 친환경자동차인"],
)

d = "2025-04-02"
G["mp-05-newsprime.txt"] = dict(
    metadata=meta("광주 북구, 주민의 목소리 담은 지역 발전 사업 공모", "2025-04-02T14:50:31+09:00", "김성태",
                  "프라임경제", "29170"),
    officials=["mun-in"],
    claims=[
        c("광주시 북구가 주민 중심의 참여형 예산 사업을 공개 모집한다", ["citizen-participation"], "plan", d),
        c("주민들의 생생한 의견을 내년도 예산에 반영하기 위한 노력의 일환이다", ["citizen-participation"],
          "statement", d),
        c("총 20억 원 규모로 진행되는 이번 주민참여예산 사업은", ["citizen-participation"], "statement", d),
        c("'구 정책사업'은 1억 원 이하의 단년도 사업으로", ["citizen-participation"], "statement", d),
        c("'지역 현안 사업'은 5000만원 이하의 소규모 사업으로", ["citizen-participation"], "statement", d),
        c("북구는 이를 통해 주민들의 실질적인 요구를 정책에 반영하고자 한다", ["citizen-participation"], "plan", d),
        c("주민참여예산위원들의 심의를 거쳐 최종 예산 반영 여부가 결정된다", ["citizen-participation"],
          "statement", d),
        c("예산 편성에 관심 있는 생활권자라면 누구나 신청 가능하다", ["citizen-participation"], "statement", d),
        c("주민들의 목소리를 적극적으로 반영해 주민이 주인되는 북구를 만들겠다", ["citizen-participation"],
          "plan", d, "mun-in"),
    ],
    not_claims=["광주 북구, 주민의 목소리 담은 지역 발전 사업 공모",
                "내년도 예산에 반영될 편익 증진 및 지역 현안 사업 주민이 직접 제안", "광주 북구청사 전경"],
)

d = "2025-10-16"
CMH = "choi-min-ho"
G["mp-06-kmib.txt"] = dict(
    metadata=meta(None, "2025-10-16", None, None, "36"),
    officials=[CMH],
    claims=[
        c("‘이응패스 도입 효과 및 요금 특성 분석’ 연구 결과", ["public-transit"], "statement", d),
        c("대중교통 이용이 늘어난 이유로 응답자의 72%가 ‘이응패스 도입’을 꼽았다", ["public-transit"],
          "achievement", d),
        c("이어 무료 환승제도(9%), 버스노선 개편(6%) 등의 응답이 나왔다", ["public-transit"], "achievement", d),
        c("제도 시행 이후 자가용 운행은 하루 5000대 가량 줄어들었다", ["public-transit"], "achievement", d),
        c("연간 약 40억원의 교통사고 비용이 절감됐으며 6억원 상당의 대기오염 저감 효과가 발생했다",
          ["public-transit", "fine-dust", "disaster-safety"], "achievement", d),
        c("이응패스로 절감한 교통비는 생활비(50.3%)", ["public-transit"], "achievement", d),
        c("이응패스 예산 64억원을 투입해 지역에 21억원의 생산유발효과", ["public-transit"], "achievement", d),
        c("‘대중교통의 날’ 확대 운영 등으로 시민 참여를 독려한다는 방침이다", ["public-transit"], "plan", d),
        c("이응패스는 시민의 교통 편의를 높이는 동시에 지역 경제와 환경에도 긍정적 영향을 주고 있다",
          ["public-transit"], "achievement", d, CMH),
        c("더 많은 시민이 대중교통을 이용할 수 있도록 이응패스 제도를 발전시키겠다", ["public-transit"],
          "plan", d, CMH),
    ],
    not_claims=["세종시 대중교통 정액권 '이응패스' 카드. 세종시 제공", "연구는 1월 1일~9월 30일 진행됐으며"],
)

WBG = "woo-beom-gi"
YH = ["housing", "youth-policy"]
G["mp-07-koreacom.txt"] = dict(
    metadata=meta(None, None, None, "국제뉴스", "52110"),
    officials=[WBG],
    claims=[
        c("만 원 임대주택을 공급하는 등 청년 지원 정책을 강화한다고 밝혔다", YH, "plan", None),
        c("청년 세대의 보호와 지원은 미래 지방시대를 선도하기 위한 핵심 정책", ["youth-policy"], "statement",
          None, WBG),
        c("무주택 청년의 주거비 부담을 크게 줄여주는 ‘청춘별채’ 사업이다", YH, "statement", None),
        c("청년 매입 임대주택 임대료를 올해부터 1만원으로 줄였으며", YH, "achievement", None),
        c("올해 82호를 공급하고 2028년까지 210호로 늘릴 계획이다", YH, "target", None),
        c("19~39세의 무주택 미혼 청년으로, 공공주택 입주자 소득 및 자산 기준을 충족해야 한다", YH,
          "statement", None),
        c("입주 기간은 2년이며, 무주택 요건 충족 시 최대 4회까지 재계약이 가능하다", YH, "statement", None),
        c("청춘별채는 대학교 근처에 공급되며", YH, "statement", None),
        c("2026년까지 일자리 연계형 지원주택 70호를 추가 공급하고", ["housing", "youth-policy", "jobs"],
          "target", None),
        c("취업 준비 청년에게는 월 50만 원씩 최대 6개월간 청년 활력 수당을 제공하며", ["youth-policy", "jobs"],
          "plan", None),
        c("미래세대의 꿈을 이어갈 수 있도록 총력을 다하겠다", ["youth-policy"], "plan", None, WBG),
    ],
    not_claims=["부동산, 아파트 단지 모습 (사진=국제뉴스 DB)"],
)

JSH = "jo-seok-hun"
G["mp-08-ikbc.txt"] = dict(
    metadata=meta("목포시, 대반동·선창권역 현안사업 전면 점검…도시 경쟁력 강화 시동", None, "박재형", "중앙통신뉴스",
                  "46110"),
    officials=[JSH],
    claims=[
        c("핵심 현안사업을 총점검하며 관광과 도시재생 연계 강화에 박차를 가하고 있다",
          ["culture-tourism", "urban-regeneration"], "statement", None),
        c("▲향토음식진흥센터 건립 ▲야간경관 디자인 개선 ▲국제여객선터미널 추가 확충",
          ["culture-tourism", "urban-regeneration", "public-transit"], "statement", None),
        c("도시재생, 항만, 관광의 연계를 통해 권역 전체의 활력을 높이겠다",
          ["urban-regeneration", "culture-tourism"], "plan", None, JSH),
    ],
    not_claims=[
        "목포시, 대반동·선창권역 현안사업 전면 점검…도시 경쟁력 강화 시동",
        "2차 권역별 현안업무 점검회의를 열었다",
        "부서 간 협업 통해 권역별 시너지 효과를 극대화하는 방안도 공유됐다",
        "대반동·선창권역은 목포의 정체성과 미래 경쟁력을 상징하는 공간",
        "시 전역을 8개 권역으로 나누어 순차적인 현안 점검에 들어갔다",
        "점검 결과를 ‘목포 큰그림 프로젝트’에 적극 반영해 시정 전략과 정책기획에 실효성을 더하겠다",
    ],
)

d = "2025-02-18"
OSM = "오순문"
G["mp-09-hnnews365.txt"] = dict(
    metadata=meta("문화관광도시 추진으로 서귀포시 민생경제에 활력을", "2025-02-18T10:28+09:00", "오순문", "호남도민신문",
                  "50"),
    officials=[],
    claims=[
        c("매력 넘치는 ‘문화관광도시'로 만들겠습니다", ["culture-tourism"], "plan", d, name=OSM),
        c("지역상권과 연계한 관광명소화 사업을 추진하겠습니다", ["culture-tourism", "small-merchants"], "plan", d,
          name=OSM),
        c("원도심의 두 개 축인 새섬~천지연폭포와 명동로~이중섭거리를 새롭게 단장하겠습니다",
          ["culture-tourism", "urban-regeneration"], "plan", d, name=OSM),
        c("칠십리야외공연장을 리모델링하여 주·야간 관광자원을 확충하겠습니다", ["culture-tourism"], "plan", d,
          name=OSM),
        c("관광객을 유인하고 체류기간을 늘려 나가겠습니다", ["culture-tourism"], "plan", d, name=OSM),
        c("올해 강정항에 195척의 크루즈선이 입항합니다", ["culture-tourism"], "statement", d, name=OSM),
        c("이에 대응하기 위한 전담팀도 신설하였습니다", ["culture-tourism"], "achievement", d, name=OSM),
        c("관광명소 연계 프로그램 개발로 관광객의 체류와 소비를 유도하여", ["culture-tourism"], "plan", d,
          name=OSM),
        c("문화관광과 1차산업·스포츠를 연계하여 시너지를 극대화하겠습니다", ["culture-tourism", "agriculture"],
          "plan", d, name=OSM),
        c("웰빙기능성 가공식품 체험, 고향사랑 지정기부 사업인",
          ["agriculture", "culture-tourism", "decentralization"], "statement", d, name=OSM),
    ],
    not_claims=[
        "문화관광도시 추진으로 서귀포시 민생경제에 활력을",
        "시장으로서 무거운 역할을 통감했습니다",
        "제가 들은 시민의 목소리를, 최대한 빨리 시정의 메아리로 돌려 드리겠습니다",
        "1차산업은 서귀포시 경제의 22%를 차지하는 생명산업입니다",
    ],
)

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, gold in G.items():
        doc = {"article": name, **gold}
        (GOLD / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(gold["claims"]))
