"""Write set-jp's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


PT, FV = "public-transit", "future-vehicles"
A = {}

A["jp-01-shinailbo.txt"] = (
    {"headline": "[예타면제] 경기, '전철 7호선 포천 연장사업' 확정", "published": "2019-01-29T15:18+09:00",
     "reporter": "박고은", "outlet": None, "jurisdiction": "41650"},
    [],
    [c("유일하게 철도가 놓이지 않은 포천시에 7호선이 들어설 전망이다", None, "2019-01-29", [PT], "plan"),
     c("'전철 7호선 포천 연장사업'을 최종 의결했다", None, "2019-01-29", [PT], "achievement"),
     c("이 사업은 1조 391억원을 들여 전철 7호선을", None, "2019-01-29", [PT], "statement"),
     c("도봉산에서 양주 옥정까지 15.3㎞ 연장하는 사업이", None, "2019-01-29", [PT], "statement"),
     c("시는 7호선이 연결되면 낙후된 지역 발전에 큰 도움이 될 것으로 기대하고 있다", None, "2019-01-29", [PT], "statement"),
     c("23만여 명 이상이 철도 서비스 혜택을 볼 전망이다", None, "2019-01-29", [PT], "statement"),
     c("7호선 연결 때 1시간으로 단축돼 서울 출·퇴근도 편리해진다", None, "2019-01-29", [PT], "statement"),
     c("다른 철도 노선으로 환승할 수 있어 서울 접근성이 좋아진다", None, "2019-01-29", [PT], "statement"),
     c("보상 차원에서 철도 건설을 요구한 만큼", None, "2019-01-29", [PT], "statement")],
    ["경기도, 지역 발전에 큰 도움 기대↑…2024년 개통 목표", "도봉산포천선 노선도. (사진=포천시)", "인접 지자체가 발"],
)

A["jp-02-gimpotimes.txt"] = (
    {"headline": "김병수 시장 ‘골드라인 출근’ 언급…尹대통령 “잘 알고 있다”", "published": "2022-11-01T17:02+09:00",
     "reporter": None, "outlet": "김포타임즈", "jurisdiction": "41570"},
    ["kim-byeong-su"],
    [c("‘김포지하철시대’ 비전에 공감대를 형성했다", None, "2022-10-28", [PT], "statement"),
     c("수도권 광역교통망 확충이 얼마나 중요한지를 실감했다", None, "2022-01-07", [PT], "statement", "윤석열")],
    ["5호선 연장(김포한강선)·GTX-D 등 ‘김포지하철시대’ 기대감↑",
     "여의도 국회의사당으로 출근했던 지난 1월7일의 기억",
     "젊은 세대들이 많이 사는데 출퇴근이 굉장히 힘들겠다",
     "직능총괄본부 광역교통개선지"],
)

A["jp-03-kukinews.txt"] = (
    {"headline": "이상호 태백시장 \"현장이 답이다\"...구문소서 체류형 관광 주문", "published": "2023-03-13T20:51+09:00",
     "reporter": "김태식", "outlet": "쿠키뉴스", "jurisdiction": "42190"},
    ["lee-sang-ho"],
    [c("주요 안건으로는 구문소지역 발전방안 및 관광화를 위한 비와야폭포 관광지화 개발", None, "2023-03-13",
       ["culture-tourism", "education", "urban-regeneration"], "statement"),
     c("다양한 관광 콘텐츠 확충으로 체류형 관광을 활성화 하는데 주력해 줄 것", "lee-sang-ho", "2023-03-13",
       ["culture-tourism"], "plan"),
     c("핵심 광물 국가산업단지 조성 및 대기업 유치로 대규모 고용인력 창출", "lee-sang-ho", "2023-03-13",
       ["culture-tourism", "investment-attraction", "jobs"], "plan")],
    ["구문소지역 비와야폭포 인근에서 현장 간부회의를 개최했다"],
)

A["jp-04-newsis.txt"] = (
    {"headline": "이재명, 산본 깜짝 방문…지역화폐로 '쇼핑'", "published": "2021-04-21T15:43+09:00",
     "reporter": "박상욱", "outlet": "뉴시스", "jurisdiction": "41"},
    ["lee-jae-myung"],
    [c("경기도 재난기본소득과 지역화폐에 대해 설명하며 적극적인 이용을 당부했다", "lee-jae-myung", "2021-04-21",
       ["welfare", "small-merchants"], "statement"),
     c("이를 골목상점에 쓰면서 지역경제가 좋아지고 선순환이 되는 것", "lee-jae-myung", "2021-04-21",
       ["welfare", "small-merchants"], "statement"),
     c("그 중 일부가 기본소득, 재난기본소득, 지역화폐", "lee-jae-myung", "2021-04-21",
       ["welfare", "small-merchants"], "statement")],
    ["\"기본소득, 지역화폐는 지속 경제성장 위한 해법\"", "화장품, 꽈배기 등 구매하고 소상공인 고충 들어",
     "경기도 재난기본소득 31개 시군 데이트, 군포편",
     "지역화폐로 직접 화장품과 먹거리 등을 구매하고 소상공인에게 응원과 격려의 메시지를 전달했다",
     "군포편에 출연, 시청자와 실시간 소통하는 시간을 가졌다",
     "저성장 시대에는 적은 기회를 나눠야 하니까"],
)

CB = "childcare-birth"
A["jp-05-donga.txt"] = (
    {"headline": None, "published": "2025-11-17", "reporter": None, "outlet": None, "jurisdiction": "51750"},
    ["choi-myeong-seo"],
    [c("공공산후조리원이 준공돼 18일 문을 열고 공식 운영을 시작한다", None, "2025-11-17", [CB], "plan"),
     c("개원식은 다음 달 별도로 진행될 예정이다", None, "2025-11-17", [CB], "plan"),
     c("지방소멸대응기금 22억5000만 원을 포함해 총 69억 원의 사업비가 투입됐다", None, "2025-11-17", [CB], "statement"),
     c("연면적 1387㎡, 지상 3층 규모로 건립됐으며 산모실 10실을 갖췄다", None, "2025-11-17", [CB], "statement"),
     c("1층에는 신생아실, 2층에는 산모실·마사지실·프로그램실이 배치됐고", None, "2025-11-17", [CB], "statement"),
     c("평창군과 정선군 산모도 감면 혜택을 받을 수 있다", None, "2025-11-17", [CB], "statement"),
     c("사전 예약제로 운영되며", None, "2025-11-17", [CB], "statement"),
     c("출산 가정의 경제적 부담을 줄일 것으로 기대한다", "choi-myeong-seo", "2025-11-17", [CB], "statement"),
     c("영월군이 아이 낳고 기르는 좋은 도시로 도약하는 계기가 되길 바란다", "choi-myeong-seo", "2025-11-17", [CB], "statement")],
    ["date 2025-11-17"],
)

A["jp-06-joongangtv.txt"] = (
    {"headline": "염태영 ‘전기버스·전기충전소는 환경도시의 척도’..전기·수소버스 탈바꿈 힘 모을 것",
     "published": "2021-05-12T21:20+09:00", "reporter": "권영복", "outlet": "중앙신문", "jurisdiction": "41110"},
    ["yeom-tae-yeong"],
    [c("업무협약서명 소식을 알리며 전기버스와 전기충전소는 환경도시의 척도라고 밝혔다", "yeom-tae-yeong", "2021-05-12",
       [FV, PT], "achievement"),
     c("12(24대 충전 가능)를 설치하고", "yeom-tae-yeong", "2021-05-12", [FV, PT], "target"),
     c("친환경 버스로 전환하기 위한 한 발 앞선 투자를 해주셨다면서", "yeom-tae-yeong", "2021-05-12",
       [FV, PT, "public-health"], "statement"),
     c("저는 시장이 되자마자 환경도시를 향해, 전기버스 시범사업 협약을 거쳐", "yeom-tae-yeong", "2021-05-12",
       [FV, PT], "achievement")],
    ["(사진=염태영 수원시장 페이스북)", "12개 (24대 충전 가능)를 설치하고",
     "‘남부버스차고지 내 전기 충전 인프라 구축을 위한 업무협약’ 서명 소식을 알렸다"],
)

AG = ["agriculture"]
A["jp-07-mediayonhap.txt"] = (
    {"headline": "양평군 5개 마을, 생태보전농업 실천마을 선정", "published": "2020-02-12",
     "reporter": None, "outlet": "마이TV", "jurisdiction": "41830"},
    [],
    [c("경기 양평군 5개 마을이 경기도에서 선정한 ‘생태보전농업 실천마을’로 선정됐다", None, "2020-02-11", AG, "achievement"),
     c("절반에 가까운 5개 마을이 양평군의 마을이라고 밝혔다", None, "2020-02-11", AG, "achievement"),
     c("친환경 농업을 활성화하기 위한 ‘생태보전농업 실천마을’로 선정된 양평군의 마을은", None, "2020-02-11", AG, "statement"),
     c("이행 실적에 따라 농가당 인센티브를 지급한다", None, "2020-02-11", AG, "statement"),
     c("3월부터 생태 환경 보전 농업을 위한 본격적인 과제 수행에 들어가게 된다", None, "2020-02-11", AG, "plan"),
     c("시·군별로는 양평 5곳과 용인, 여주, 광주, 연천, 이천, 평택 각 1개 마을이다", None, "2020-02-11", AG, "statement")],
    ["화전2리, 병산2리, 다대2리, 옥현2리, 신원3리 선정", "최종편집 2020-02-20(목)"],
)

A["jp-08-etnews.txt"] = (
    {"headline": "육동한 춘천시장, “일류 시민과 초일류 춘천 실현”…취임 2주년 기자회견", "published": None,
     "reporter": None, "outlet": None, "jurisdiction": "51110"},
    ["yuk-dong-han"],
    [c("△연구개발특구 지정 △교육발전특구 운영 △기업혁신파크 조성", "yuk-dong-han", None,
       ["research-development", "education", "investment-attraction", "urban-regeneration", PT,
        "culture-tourism", "medical-industry"], "plan"),
     c("△보건소 신축 △공공하수처리시설 이전 △15분 도서관 생활권 완성", "yuk-dong-han", None,
       ["public-health", "culture-tourism"], "plan")],
    ["후반기 시정방향은 성과확산과 지속성장, 공동체 회복", "시민이 참여하고 보살피는 시정을 실현하겠다",
     "기회를 외면하지 않고 위기를 회피하지 않는 것이 시장으로서 신념이자 원칙"],
)

CC = ["climate-carbon"]
A["jp-09-asiae.txt"] = (
    {"headline": "'기후변화 대응 복합센터' 2023년 완공 추진", "published": None,
     "reporter": "라영철", "outlet": "아시아경제", "jurisdiction": "42"},
    ["choi-moon-soon"],
    [c("'강원형 탄소중립 이행전략'을 본격적으로 추진한다", None, None, CC, "plan"),
     c("올해를 탄소중립 이행 원년으로 삼아", None, None, CC, "plan"),
     c("탄소중립 지원센터를 지정·운영할 방침이다", None, None, CC, "plan"),
     c("도정 협력체계를 담고 있다", None, None, CC, "statement"),
     c("도는 기후변화 대응 관련 산업 육성과", None, None, CC, "plan"),
     c("온실가스 감축은 커다란 도전이며", "choi-moon-soon", None, CC, "statement")],
    ["'기후변화 대응 복합센터' 2023년 완공 추진"],
)

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, (meta, officials, claims, not_claims) in A.items():
        doc = {"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": not_claims}
        (GOLD / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(claims))
