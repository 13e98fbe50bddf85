"""Write set-ok gold files (hand annotation)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"
GOLD.mkdir(exist_ok=True)

def C(quote, speaker, date, policies, kind, name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        c["speaker_name"] = name
    return c

def M(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}

G = {}

# ok-01 화천군 신혼부부 공공 임대주택
d, e = "2025-12-11", "2025-12-10"
G["ok-01-chosun-hwacheon.html"] = dict(
    metadata=M("신혼부부 위한 보금자리… 화천군 공공 임대주택 준공", "2025-12-11T15:27:01+09:00", None, None, "51790"),
    officials=["choi-mun-sun"],
    claims=[
        C("강원 화천군이 신혼부부 주거 안정을 위해 조성한 공공 임대주택이 준공돼 입주가 시작됐다", None, d, ["housing"], "achievement"),
        C("화천군은 지난 10일 하남면 거례리에서 신혼부부 공공 임대주택 준공식을 개최했다고", None, e, ["housing"], "achievement"),
        C("이 사업은 지방소멸대응기금 등 43억5000만원을 들여 4900㎡ 부지에 단독주택 10동을 조성한 것으로", None, d, ["housing"], "achievement"),
        C("단지 내부에는 도로·전기·통신·가로등·상하수도 등 기본 시설이 갖춰졌다", None, d, ["housing"], "statement"),
        C("공공 임대주택의 가장 큰 특징은 임대 보증금과 월 임대료의 90%를 군이 부담하는 파격적 지원이다", None, d, ["housing"], "statement"),
        C("입주 신혼부부는 보증금 409만5000원, 월 임대료 3만6000원만 내면 된다", None, d, ["housing"], "statement"),
        C("최초 거주 기간은 5년이며, 자녀 출산 1명당 5년씩 연장돼 최장 30년까지 거주가 가능하다", None, d, ["housing", "childcare-birth"], "statement"),
        C("현재 6가구가 입주했으며, 나머지 4가구도 연말까지 입주 절차를 마칠 예정이다", None, d, ["housing"], "achievement"),
        C("주거가 안정돼야 결혼과 출산이 이어진다", "choi-mun-sun", d, ["housing", "childcare-birth"], "statement"),
        C("정주 여건을 높이는 주택 사업을 계속 확대하겠다", "choi-mun-sun", d, ["housing"], "plan"),
    ],
    not_claims=[
        "신혼부부 위한 보금자리… 화천군 공공 임대주택 준공",
        "최문순 화천군수 등이 참석한 가운데 열렸다",
        "주택 단지는 산천어 파크골프장과 거례리 레포츠타운과 가깝고 생활권 접근성도 양호하다",
    ],
)

# ok-02 달성군 불법 촬영 카메라 탐지기 대여
d = "2025-11-11"
G["ok-02-chosun-dalseong.html"] = dict(
    metadata=M("“불법 촬영 꼼짝마”… 대구 달성군, 카메라 탐지기 대여 서비스", "2025-11-11T17:15:36+09:00", None, None, "27710"),
    officials=["choi-jae-hun"],
    claims=[
        C("대구 달성군은 ‘불법 촬영 카메라 탐지기 대여 서비스’를 시작했다고 11일 밝혔다", None, d, ["disaster-safety"], "achievement"),
        C("스마트폰과 소형 카메라를 이용한 디지털 성범죄로부터 군민을 지키기 위해서다", None, d, ["disaster-safety"], "statement"),
        C("달성군은 신형 불법 촬영 카메라 탐지기 20대를 읍·면 행정복지센터 등에 배부하고, 지난 10일부터 기기 대여를 시작했다", None, "2025-11-10", ["disaster-safety"], "achievement"),
        C("다중이 이용하는 민간 화장실 관리자는 물론 필요한 군민 누구나 이용할 수 있다", None, d, ["disaster-safety"], "statement"),
        C("대여를 원할 경우 신분증을 가지고 가까운 읍·면 행정복지센터나 군청 가족정책과에서 찾으면 된다", None, d, ["disaster-safety"], "statement"),
        C("대여 기간은 3일이고 필요하면 1회 연장(3일)도 가능하다", None, d, ["disaster-safety"], "statement"),
        C("시니어클럽 노인 일자리 불법 카메라 탐지단 운영을 통해 지역 내 200여 개 공중화장실 점검도 진행하고 있다", None, d, ["disaster-safety", "jobs", "welfare"], "statement"),
        C("디지털 성범죄는 더 이상 남의 일이 아니라 우리 일상에 큰 영향을 미치는 심각한 문제", "choi-jae-hun", d, ["disaster-safety"], "statement"),
        C("불법 촬영 카메라 탐지기 대여 사업을 통해 주민 안전을 지키고, 디지털 성범죄를 예방하는 데 최선을 다하겠다", "choi-jae-hun", d, ["disaster-safety"], "plan"),
    ],
    not_claims=[
        "“불법 촬영 꼼짝마”… 대구 달성군, 카메라 탐지기 대여 서비스",
        "대구 달성군, 지난 10일부터 불법 촬영 카메라 탐지기 대여 서비스 실시/달성군",
    ],
)

# ok-03 평택시 출생아 증가율
d = "2025-01-09"
G["ok-03-chosun-pyeongtaek.html"] = dict(
    metadata=M("평택 출생아 증가율 10.8%...50만 대도시 중 1위, 왜?", "2025-01-09T14:28:05+09:00", None, None, "41220"),
    officials=["jeong-jang-seon"],
    claims=[
        C("경기 평택시는 지난해 지역 내에서 4110명의 출생아가 집계됐다고 9일 밝혔다", None, d, ["childcare-birth"], "achievement"),
        C("이는 2023년보다 10.8% 늘어난 것이다", None, d, ["childcare-birth"], "achievement"),
        C("이 같은 ‘출생아 증가율’은 인구 50만명 이상 전국 기초지방자치단체 중 가장 높다", None, d, ["childcare-birth"], "achievement"),
        C("평택시는 삼성전자 평택캠퍼스 등을 비롯한 배후단지의 취업자 수, 높은 주택 보급률에 따른 젊은 층의 유입, 높은 혼인율 등이 복합적으로 작용한 결과인 것으로 분석했다", None, d, ["childcare-birth", "jobs", "housing"], "statement"),
        C("취업자 수는 2013년부터 매년 꾸준히 증가하는 추세고, 2019년 인구 50만 돌파에 이어 주택수 증가율, 조혼인율도 매년 전국 상위권을 기록하고 있다", None, d, ["jobs", "housing"], "achievement"),
        C("반도체 등 미래산업을 바탕으로 양질의 일자리가 창출되고 있고", "jeong-jang-seon", d, ["jobs", "housing"], "achievement"),
        C("이에 따라 높은 혼인율과 많은 출산으로 이어지고 있는 것", "jeong-jang-seon", d, ["childcare-birth"], "achievement"),
    ],
    not_claims=[
        "평택 출생아 증가율 10.8%...50만 대도시 중 1위, 왜?",
        "삼성전자 평택캠퍼스. /삼성전자",
        "평택시에 이어 경기 수원시(9.0%), 화성시(7.4%), 안양시(6.7%) 파주시(5.1%), 용인시(4.8%) 등 순으로 집계돼",
        "전국 출생아 평균 증가율은 3.1% 수준이었다",
        "평택시의 평균 연령도 전국(45.3세)보다 낮은 41.9세로 집계됐다",
        "고덕동의 경우 평균 연령이 33.1세로, 수도권 읍·면·동 중에선 가장 젊었다",
    ],
)

# ok-04 춘천 캠프페이지 도시재생혁신지구
d = "2025-09-05"
G["ok-04-chosun-chuncheon.html"] = dict(
    metadata=M("“논란 종지부”... 춘천 캠프페이지 혁신지구 선정", "2025-09-05T16:39:28+09:00", None, None, "51110"),
    officials=["yuk-dong-han"],
    claims=[
        C("강원 춘천 캠프페이지가 5일 도시재생혁신지구 공모 사업에 최종 선정됐다", None, d, ["urban-regeneration"], "achievement"),
        C("육동한 춘천시장은 이날 시청 브리핑룸에서 기자회견을 열고", "yuk-dong-han", d, ["urban-regeneration"], "achievement"),
        C("도시재생혁신지구는 ‘도시재생특별법’에 근거해 쇠퇴한 도심에 산업·상업·복지 기능을 집약해 새로운 성장 거점을 만드는 대규모 사업이다", None, d, ["urban-regeneration"], "statement"),
        C("쇠퇴 지역을 국가 차원의 신성장 거점으로 육성하는 사업이다", None, d, ["urban-regeneration"], "statement"),
        C("시는 옛 캠프페이지(근화동 198 일원) 부지 중 일부 12만㎡ 규모에 시민공원과 함께 첨단 영상산업 클러스터, 대형 복합 스튜디오, 컨벤션센터 등을 조성한다", None, d, ["urban-regeneration", "culture-tourism"], "plan"),
        C("또 공원과 어우러지는 개방형 공간과 축제 광장을 조성해 시민이 체감할 수 있는 생활문화 거점으로 발전시켜 나가겠다는 방침이다", None, d, ["urban-regeneration", "culture-tourism"], "plan"),
        C("총 사업비는 3568억원 규모로 공모 선정으로 이 중 국비 250억원을 확보했다", None, d, ["urban-regeneration"], "achievement"),
        C("사업 시행자는 주택도시기금과 지자체가 공동으로 출자하는 리츠(부동산투자회사)로 지정해 안정적 재원 조달을 보장하고 있다", None, d, ["urban-regeneration"], "statement"),
        C("춘천시는 관련 법 절차에 따라 곧바로 후속 절차에 착수하겠다고 밝혔다", None, d, ["urban-regeneration"], "plan"),
        C("우선 주택도시기금과 협의를 통해 시행자인 리츠를 설립해 본격적으로 사업을 추진한다", None, d, ["urban-regeneration"], "plan"),
        C("시는 국내외 영상 제작사와 협력해 VFX와 AI가 결합된 차세대 K콘텐츠 산업을 선도하는 거점을 캠프페이지에 조성하겠다는 구상이다", None, d, ["urban-regeneration", "culture-tourism", "fourth-industrial-revolution"], "plan"),
        C("도시재생 혁신지구는 춘천의 미래를 바꾸는 결정적 전환점", "yuk-dong-han", d, ["urban-regeneration"], "statement"),
        C("청년에게는 꿈과 일자리를, 도시에는 새로운 생명력을, 그리고 시민 모두에게는 자부심을 드리게 될 것", "yuk-dong-han", d, ["urban-regeneration", "jobs", "youth-policy"], "statement"),
    ],
    not_claims=[
        "“논란 종지부”... 춘천 캠프페이지 혁신지구 선정",
        "최종 선정된 소감을 밝히고 있다./뉴스1",
        "춘천 국가시범지구 계획안./춘천시",
        "활용 방안을 두고 끊임없는 논란이 있어왔다",
    ],
)

# ok-05 하남시 공직사회 출산·육아 친화정책
d = "2025-04-13"
G["ok-05-chosun-hanam.html"] = dict(
    metadata=M("“육아가 기쁨이 되도록”… 하남시, 공직사회에 출산·육아 친화정책 확대", "2025-04-13T18:17:21+09:00", None, None, "41450"),
    officials=["lee-hyeon-jae"],
    claims=[
        C("경기 하남시가 일과 가정의 양립을 위한 ‘육아 친화 행정’에 속도를 내고 있다", None, d, ["childcare-birth"], "statement"),
        C("직장 어린이집 운영부터 출산 가점 확대, 복직 지원 제도까지 다방면에서 정책을 펼치며 직원들은 육아 부담을 덜어냈다", None, d, ["childcare-birth"], "achievement"),
        C("시는 2022년부터 직장 어린이집을 운영 중이다", None, d, ["childcare-birth"], "statement"),
        C("현재 11개 반에서 63명의 원아가 생활하며, 민간 위탁 방식으로 전문 보육 서비스를 제공한다", None, d, ["childcare-birth"], "statement"),
        C("운영 시간은 오전 7시 30분부터 오후 7시 30분까지로, 맞벌이 직원들의 실질적 요구를 반영했다", None, d, ["childcare-birth"], "statement"),
        C("출산과 육아를 위한 복지도 눈에 띈다", None, d, ["childcare-birth"], "statement"),
        C("시는 둘째 자녀 출산 시 200만원, 셋째 이상은 300만원 상당의 복지 포인트를 제공하고 있으며", None, d, ["childcare-birth"], "statement"),
        C("자녀가 초등학교 2학년 이하일 경우 공무원은 하루 2시간씩 최대 36개월간 육아 시간을 사용할 수 있다", None, d, ["childcare-birth"], "statement"),
        C("올해 들어서만 150명 넘는 직원이 이 제도를 활용했다", None, d, ["childcare-birth"], "achievement"),
        C("육아와 업무를 병행하는 데 큰 도움이 됐다", None, d, ["childcare-birth"], "achievement", "김예지"),
        C("아이가 아플 때 병원을 데려가거나 어린이집에서 하원 시켜야 할 때 자유롭게 시간을 쓸 수 있어 부모로서 안심이 된다", None, d, ["childcare-birth"], "statement", "김예지"),
        C("복직을 앞둔 직원에겐 ‘희망 부서제’도 운영 중이다", None, d, ["childcare-birth"], "statement"),
        C("육아휴직 후 업무 적응을 돕기 위한 제도다", None, d, ["childcare-birth"], "statement"),
        C("올해 3월 복직한 임성은(35) 주무관은 직장 어린이집이 있는 본청 내 부서를 희망해 배치받았다", None, d, ["childcare-birth"], "statement"),
        C("업무 연속성과 육아를 동시에 챙길 수 있어 복직이 부담이 아닌 새 출발처럼 느껴졌다", None, d, ["childcare-birth"], "statement", "임성은"),
        C("내년부터는 출산 인사 가점도 대폭 강화된다", None, d, ["childcare-birth"], "plan"),
        C("현재는 자녀 2명 이상에게 0.5점을 부여하지만, 2026년부터는 첫째 0.7점", None, d, ["childcare-birth"], "plan"),
        C("도내 31개 시·군 중 가장 높은 수준이다", None, d, ["childcare-birth"], "statement"),
        C("공직 사회부터 출산과 육아가 ‘기쁨’이 될 수 있는 문화를 만들어야 한다", "lee-hyeon-jae", d, ["childcare-birth"], "plan"),
        C("공무원들이 일과 가정을 조화롭게 꾸려갈 수 있도록 적극 뒷받침하겠다", "lee-hyeon-jae", d, ["childcare-birth"], "plan"),
    ],
    not_claims=[
        "“육아가 기쁨이 되도록”… 하남시, 공직사회에 출산·육아 친화정책 확대",
        "유연길·김예지·임성은 주무관과 자녀들, 어린이집 원장과 함께 기념사진을 촬영하고 있다",
        "믿음가득반(4세) 아이들과 시간을 보내고 있다",
    ],
)

# ok-06 경북 북부 거점형 공공산후조리원
d = "2024-10-23"
G["ok-06-chosun-gyeongbuk.html"] = dict(
    metadata=M("경북 안동에 청송·영양·봉화 주민도 이용하는 산후조리원 들어선다", "2024-10-23T17:17:59+09:00", None, None, "47"),
    officials=["lee-cheol-u"],
    claims=[
        C("경북 안동에 경북 북부 지역 주민들이 함께 이용할 수 있는 공공산후조리원이 들어설 전망이다", None, d, ["childcare-birth"], "plan"),
        C("경북도는 2027년까지 193억원을 투입해 안동시 용상동에 ‘경북 북부 거점형 공공산후조리원’을 건립한다고 23일 밝혔다", None, d, ["childcare-birth"], "plan"),
        C("이 조리원은 4층 규모로 1~2층엔 영유아 복합 놀이·돌봄 시설이, 3~4층엔 산모와 아기가 쉴 수 있는 객실 14개가 각각 들어선다", None, d, ["childcare-birth"], "plan"),
        C("경북 안동시, 영양군, 청송군, 봉화군 주민들이 모두 이용할 수 있다", None, d, ["childcare-birth"], "statement"),
        C("국내 최초로 임신과 출산, 양육까지 지원하는 통합 시설이 되는 셈", None, d, ["childcare-birth"], "statement"),
        C("38억원 등을 조리원 건립에 투입할 방침이다", None, d, ["childcare-birth"], "plan"),
        C("경북도는 북부 지역 주민들이 함께 이용할 수 있는 산후조리원을 통해 저출생 문제를 극복하겠다는 점을 내세우며 공모에 선정됐다", None, d, ["childcare-birth"], "achievement"),
        C("주민들에게 체감되는 저출생 극복 사업 모델을 만들어 전국으로 퍼뜨리겠다", "lee-cheol-u", d, ["childcare-birth"], "plan"),
    ],
    not_claims=[
        "경북 안동에 청송·영양·봉화 주민도 이용하는 산후조리원 들어선다",
        "경북도청사/뉴스1",
        "인접한 지자체들이 협력해 함께 공공 서비스를 제공하자는 취지로 시작됐다",
        "인구 감소 지역은 서로 협력해서 주민들에게 필요한 시설을 신속하게 건립하고 지방 재정 효율성을 높여야한다",
    ],
)

# ok-07 경기도 누리과정 준예산 (undated)
G["ok-07-unknown-gyeonggi.txt"] = dict(
    metadata=M(None, None, None, None, "41"),
    officials=["nam-kyung-pil", "lee-jae-jeong"],
    claims=[
        C("경기도의회 여야가 누리과정예산안에 합의를 이루지 못하고 처리시한인 지난해 12월 31일을 넘기면서, 경기도와 경기도교육청이 사상 첫 준예산 사태를 맞았습니다", None, None, ["childcare-birth", "education"], "statement"),
        C("35만 명이 넘는 유아에 대한 누리과정 지원이 중단됩니다", None, None, ["childcare-birth", "education"], "statement"),
        C("유치원과 어린이집 모두 누리과정 예산이 전혀반영되지 않은 곳은 서울·광주·전남에 이어 경기도가 4번째입니다", None, None, ["childcare-birth", "education"], "statement"),
        C("앞서 경기도의회 다수당인 더불어민주당은 누리과정 예산을중앙정부가 책임져야 한다며", None, None, ["childcare-birth", "education"], "criticism"),
        C("예산안 처리가 무산되자 남경필 경기도지사는 입장자료를 내고, 빠른 시간 안에 도의회 임시회를 열어 예산안을 처리해달라고 요청했습니다", "nam-kyung-pil", None, ["childcare-birth", "education"], "statement"),
        C("이재정 경기도 교육감은 준예산 사태를 유발한 모든 책임은 대통령과 정부 당국에 있다며 대통령이 결단해달라고 촉구했습니다", "lee-jae-jeong", None, ["childcare-birth", "education"], "criticism"),
    ],
    not_claims=[
        "준예산은 지방자치법에 따라 회계연도가 시작되는 1월 1일까지 예산안이 의결되지 못할 경우, 전년도 예산에 준해 법정 경비만 집행하는 것입니다",
    ],
)

# ok-08 경주 해파랑길 (city press page in a vitest fixture)
d = "2026-07-27"
G["ok-08-gyeongju-pressrelease.html"] = dict(
    metadata=M("동해 절경 품은 경주 해파랑길…주상절리·문무대왕릉 한 번에", "2026-07-27", None, "경주시", "47130"),
    officials=[],
    claims=[
        C("경주 해파랑길이 동해안 대표 걷기 명소로 주목받고 있다", None, d, ["culture-tourism"], "achievement"),
        C("양남 주상절리와 문무대왕릉 등 경주의 대표 자연·역사 명소를 함께 만날 수 있어서다", None, d, ["culture-tourism"], "statement"),
        C("경주시는 해파랑길 경주 구간이 자연과 역사, 문화를 함께 즐길 수 있는 관광코스로 인기를 끌고 있다고 밝혔다", None, d, ["culture-tourism"], "achievement"),
    ],
    not_claims=[
        "동해 절경 품은 경주 해파랑길…주상절리·문무대왕릉 한 번에",
        "천혜의 자연과 천년 신라 역사 잇는 동해안 명품 걷기길",
        "해안 데크길과 산책로를 따라 걷다 보면 파도 소리와 해송 숲, 기암괴석이 어우러진 풍광이 펼쳐지고",
    ],
)

for name, g in G.items():
    out = {"article": name, **g}
    (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(G), sum(len(g["claims"]) for g in G.values()))
