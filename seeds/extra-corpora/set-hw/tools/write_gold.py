"""Write gold/<article>.json for set-hw (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


def meta(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter,
            "outlet": outlet, "jurisdiction": jurisdiction}


SM, KJH = ["small-merchants"], "kim-jeong-heon"
D1 = "2025-02-07"
DC = ["dementia-care"]
D2 = "2026-03-05"
OSH, PT = "oh-se-hoon", ["public-transit"]
PNC, WS = "park-nam-chun", ["water-supply"]
D4 = "2019-07-01"
FD, RGG, D5 = ["fine-dust"], "ryu-gyeong-gi", "2018-12-05"
UR, HMY = ["urban-regeneration"], "hong-mi-yeong"
JB, D7 = ["jobs"], "2026-01-27"
ET, D8 = ["energy-transition"], "2021-03-02"
MGB, D9 = "mun-gyeong-bok", "2023-07-03"

FILES = {
    "hw-01-maeil.txt": (
        meta("인천 중구 “전통시장에 활력을” 김정헌 구청장, 설맞이 민생행보", "2025-02-07", "이종민", "매일일보", "28110"),
        [KJH],
        [
            c("인천시 중구가 지역 전통시장에 활력을 불어넣기 위한 민생분야 현장 행보에 나섰다", None, D1, SM, "statement"),
            c("관내 대표 전통시장 3개소를 방문, 민생현장을 살펴보고", None, D1, SM, "statement"),
            c("전통시장 이용 홍보와 지역경제 활성화 등 ‘가치 있는 상생’을 위해 추진됐다", None, D1, SM, "statement"),
            c("신포국제시장을 잇달아 찾아 최근 고물가와 소비심리 위축", None, D1, SM, "statement"),
            c("앞으로도 전통시장에 활력을 불어넣는 데 힘쓰겠다는 의지를 전했다", KJH, D1, SM, "plan"),
            c("중구장애인복지관에 전달할 설 성수품을 직접 구매하는 ‘가치 나눔’의 기회도 마련했다", None, D1, ["welfare"], "statement"),
        ],
        ["민생의 생생한 목소리를 청취했다", "인천 중구와 ‘가치’ 활력 장보기 추진으로 지역경제 활성화 도모"],
    ),
    "hw-02-khan.txt": (
        meta(None, "2026-03-05", None, None, "11200"),
        [],
        [
            c("‘2026 찾아가는 인지상담소’를 운영한다고 5일 밝혔다", None, D2, DC, "plan"),
            c("무료로 치매 조기 검진을 받을 수 있도록 마련한 현장 중심 서비스", None, D2, DC, "statement"),
            c("전문의 진료로 연계하는 원스톱 서비스도 함께 제공한다", None, D2, DC, "statement"),
            c("검진 일정도 사전에 안내할 예정이다", None, D2, DC, "plan"),
            c("조기 검진을 받고 인지 건강을 관리하시길 바란다", None, D2, DC, "statement", "김희진"),
        ],
        ["치매는 조기에 발견해 적절히 치료하면 진행을 늦추거나 증상을 개선할 수 있다",
         "검진은 오전 10시부터 오후 4시까지 진행된다",
         "참여를 원하는 주민은 거주지와 관계없이 신분증을 갖고"],
    ),
    "hw-03-news1.txt": (
        meta("오세훈 \"기동카 본격 출범…올핸 대한민국 대중교통 혁신의 해\"", None, "권혜정, 이설", "뉴스1", "11"),
        [OSH],
        [
            c("2024년은 대한민국 대중교통 혁신의 한 해", OSH, None, PT, "statement"),
            c("오는 27일 전국 최초의 대중교통 통합정기권 기후동행카드가 본격 출범한다", OSH, None, PT, "plan"),
            c("기후동행카드만으로도 기대가 클텐데", OSH, None, PT, "statement"),
            c("본인에게 가장 유리한 제도를 비교해보고 선택하는 행복한 선택의 시간을 경험하게 될 것", OSH, None, PT, "statement"),
            c("시민의 혜택을 대폭 늘린 무제한 통합 교통권", OSH, None, PT, "statement"),
            c("기후동행카드로 시민들의 교통 편의와 기후 위기 대응 (능력) 등을 증진시키고", OSH, None, PT + ["climate-carbon"], "statement"),
            c("그동안 기후동행카드의 혜택을 수도권 주민들도 받을 수 있도록", OSH, None, PT, "statement"),
            c("4월 김포시를 시작으로 인천시 등 이외 수도권으로도 사용범위를 확대할 수 있도록 노력하겠다", OSH, None, PT, "plan"),
            c("상반기 중 청년권 기후동행카드를 출시하는 등 다른 옵션들도 속속 공개할 예정", OSH, None, PT + ["youth-policy"], "plan"),
        ],
        ["각자 유리한 제도 비교·선택하는 행복한 시간"],
    ),
    "hw-04-ytn.txt": (
        meta("박남춘 \"상수도 정책 혁신하겠다\"...취임 1주년에도 '사과' 표명", "2019-07-01T19:05+09:00", "이기정", None, "28"),
        [PNC],
        [
            c("박남춘 인천시장은 상수도 선진화 로드맵을 만들고 수돗물 정책을 전반적으로 개혁하겠다고 강조했습니다", PNC, D4, WS, "plan"),
            c("인천시는 아직 정상화 선언을 하지 못한 수돗물 사태 대책을 내놔야 했습니다", None, D4, WS, "criticism"),
            c("지난 1년의 노력이 붉은 수돗물 사태로 빛이 바랬다며 아쉬움을 나타냈습니다", PNC, D4, WS, "criticism"),
            c("인천 수돗물 상하수도 관련 정책을 혁신하고자 합니다", PNC, D4, WS, "plan"),
            c("상하수도 정책 전체를 훑어보고 밑그림부터 완전히 새롭게 그려나가겠습니다", PNC, D4, WS, "plan"),
            c("수돗물 시민평가단과 서포터즈를 신설하겠다고 밝혔습니다", PNC, D4, WS + ["citizen-participation"], "plan"),
            c("전문가 집단의 도움을 받아 상수도 선진화 로드맵도 만들겠다고 밝혔습니다", PNC, D4, WS, "plan"),
            c("감사 결과에 따라 합당한 후속 인사 조치를 취할 것이라고 말했습니다", PNC, D4, WS, "plan"),
            c("이번 수돗물과 관련한 책임규명은 정부 감사와 사법기관의 조사를 통해 명확한 판단이 내려질 것입니다", PNC, D4, WS, "statement"),
            c("정부에 요청한 감사를 통해 합당한 후속 인사 조치도 취할 것입니다", PNC, D4, WS, "plan"),
        ],
        ["안전과 소통의 일상화가 아직 조직 구석구석까지 체화되지 못했다"],
    ),
    "hw-05-seoul.txt": (
        meta("국공립 어린이집에 공기질 측정기 설치", "2018-12-06", "홍인기", "서울신문", "11260"),
        [RGG],
        [
            c("국공립 어린이집 33곳에 실내 공기질 측정기를 설치했다고 5일 밝혔다", None, D5, FD + ["childcare-birth"], "achievement"),
            c("지난달부터 어린이집 실내 공기질 측정기 설치에 나섰다", None, D5, FD + ["childcare-birth"], "statement"),
            c("유해 요소를 스마트폰과 온라인을 통해 실시간 확인할 수 있다", None, D5, FD + ["childcare-birth"], "statement"),
            c("구에서는 시스템 모니터링을 통해 행동요령을 알려 준다", None, D5, FD + ["fourth-industrial-revolution"], "statement"),
            c("어린이집 231곳의 공기청정기 임대료를 지원하고 있다", None, D5, FD + ["childcare-birth", "education"], "achievement"),
            c("미세먼지로부터 구민들의 건강을 보호할 수 있는 다양한 사업을 발굴하겠다", RGG, D5, FD, "plan"),
            c("미세먼지를 줄이려는 중장기적 정책을 통해", RGG, D5, FD, "plan"),
        ],
        ["실내 공기질도 안심할 수 없는 상황이다"],
    ),
    "hw-06-joongboo.txt": (
        meta(None, None, None, None, "28237"),
        ["yoo-jeong-bok", HMY],
        [
            c("2018년에 사업비를 지원해 줄 것을 건의했다고 밝혔다", None, None, UR, "statement"),
            c("선도사업 부지 확보를 위해 미군부대 오수정화조 부지 매입 및 사용권한이 확보되도록 협조 줄 것도 요청했다", None, None, UR, "statement"),
            c("시비 20억 원 지원이 필수적이다", HMY, None, UR, "statement"),
            c("부평미군부대 오수정화조부지 우선반환이 선행돼야 한다", HMY, None, UR, "plan"),
        ],
        ["시정보고와 부평구가 건의한 예산 등을 설명 하고 있다",
         "굴포천의 생태하천 복원(하천분야)을 위해 시비 및 구비 각각 10억 원을 확보했으나",
         "부평미군기지의 조속한 반환을 위해"],
    ),
    "hw-07-seoul.txt": (
        meta("서울, 올해 어르신 공공일자리 10만 1866개 공급", "2026-01-28", None, "서울Pn", "11"),
        [],
        [
            c("역대 가장 많은 10만개 이상의 어르신 공공일자리를 공급한다고 27일 밝혔다", None, D7, JB, "target"),
            c("지난해 9만 5201개에서 늘어난 10만 1866개가 공급된다", None, D7, JB, "target"),
            c("전년 대비 4585개 늘어난 7만 3775개로 가장 많다", None, D7, JB, "target"),
            c("작년에 비해 2080개 많아진 2만 881개가 공급된다", None, D7, JB, "target"),
            c("‘노인적합형 신직무’는 5291개 제공된다", None, D7, JB, "target"),
        ],
        ["용산구, 2026년 취약계층 복지에 673억원 투", "어르신 일자리 수행기관으로 문의하면 된다",
         "노인 적합형 신직무가 5291개"],
    ),
    "hw-08-faceworld.txt": (
        meta("인천시, 수소산업 선도도시 선언", "2021-03-02T20:12+09:00", None, None, "28"),
        [PNC, "lee-jae-hyeon"],
        [
            c("인천시가 수소산업 선도도시로의 도약을 선언하고", None, D8, ET, "plan"),
            c("‘수소산업 기반 구축을 위한 상호협력에 관한 업무협약’을 체결했다고 밝혔다", None, D8, ET, "achievement"),
            c("이날 협약은 박남춘 인천시장과 협약 당사자인 이재현 인천 서구청장", None, D8, ET, "achievement"),
            c("바이오·부생수소 생산 클러스터 구축을 주도적으로 추진하며, 수소자동차 전환과 인프라 구축 등", None, D8, ET + ["future-vehicles"], "plan"),
            c("수소경제 확대에 기여하기 위해 수소차 산업 육성 및 수소차 보급에 적극적으로 노력하며", None, D8, ET + ["future-vehicles"], "plan"),
            c("이와 연계한 액화수소 인프라 구축에 투자할 계획이다", None, D8, ET + ["investment-attraction"], "plan"),
        ],
        ["신은호 인천시의회 의장, 강원모 인천시의회 제1부의장",
         "박 시장, 국무총리와 정의선·최태원 회장 만나 지원 및 협력 건의"],
    ),
    "hw-09-daum.txt": (
        meta("인천 옹진군, 정주여건 개선 및 교통인프라 확충에 집중", "2023-07-03T15:56+09:00", "지우현", None, "28720"),
        [MGB],
        [
            c("민선 8기 2년차를 맞아 정주여건 개선과 교통인프라 확충에 집중한다", None, D9, PT, "plan"),
            c("백령 대형 카페리선 도입 등 교통 혁신을 이뤄내", MGB, D9, PT, "plan"),
            c("백령공항 조기 개항, 대형 카페리선 준공영제 등 하늘·바닷길 교통망 확충 등에 나선다", None, D9, PT + ["airport-relocation"], "plan"),
        ],
        ["지난 1년 간 많은 국가 지원을 받는 등 성과가 있었다",
         "인구 3만명 달성을 위한 정주여건 개선 등 인구정책을 추진한다",
         "행정안전부가 정한 대표적 인구감소지역",
         "지난해 말 인구수가 소폭 반등했다"],
    ),
}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    for name, (metadata, officials, claims, not_claims) in FILES.items():
        doc = {"article": name, "metadata": metadata, "officials": officials,
               "claims": claims, "not_claims": not_claims}
        (GOLD / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(claims))


if __name__ == "__main__":
    main()
