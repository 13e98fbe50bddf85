"""Write set-ka's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


PT, EN, CC, FV = "public-transit", "energy-transition", "climate-carbon", "future-vehicles"
SM, SU, YP, WF = "small-merchants", "startup-support", "youth-policy", "welfare"
D1, D2, D3, D4, D5, D6 = "2020-07-01", "2025-04-10", "2025-09-09", "2024-06-03", "2025-03-31", "2025-01-23"
PNC, PJH, JMH, PYC, OSR, OSH, MGB = ("park-nam-chun", "park-jong-hyo", "jeong-mun-heon", "park-yong-cheol",
                                     "oh-seung-rok", "oh-se-hoon", "mun-gyeong-bok")

FILES = {
    "ka-01-fnnews.txt": (
        {"headline": "인천시, 시 전지역에 트램 5개 노선 도입 추진", "published": "2020-07-01T16:44+09:00",
         "reporter": "한갑수", "outlet": "파이낸셜뉴스", "jurisdiction": "28"},
        [PNC],
        [
            c("트램 5개 노선 도입을 추진한다", None, D1, [PT], "plan"),
            c("후반기 2년간 트램사업을 비롯 교통망을 확충하겠다고 밝혔다", PNC, D1, [PT], "plan"),
            c("부평안안부두선과 송도국제도시를 순환하는 송도트램", None, D1, [PT], "plan"),
            c("제물포역∼연안부두를 트램으로 연결하는 제물포연안부두선도 진행된다", None, D1, [PT], "plan"),
            c("신규 철도망 5개 노선 구축이 추진된다", None, D1, [PT], "plan"),
            c("시가 추진하는 광역철도망은 서울2호선 청라 연장", None, D1, [PT], "plan"),
            c("지역 내 신규 철도망은 서울7호선 청라국제도시 연장", None, D1, [PT], "plan"),
            c("여객선 준공영제 노선 확대(8개)에 나선다", None, D1, [PT], "plan"),
        ],
        ["인천시, 시 전지역에 트램 5개 노선 도입 추진", "후반기 시정운영 3대 핵심사업으"],
    ),
    "ka-02-newsstep.txt": (
        {"headline": "인천시, 신·재생에너지 발굴·보급 촉진 …지속 가능한 미래에너지 생태계 조성 박차",
         "published": "2025-04-10T13:10:14+09:00", "reporter": "최선경", "outlet": "뉴스스텝", "jurisdiction": "28"},
        [],
        [
            c("지속 가능한 미래에너지 생태계 조성을 본격적으로 추진한다고 밝혔다", None, D2, [EN], "plan"),
            c("수소경제를 선도하는 도시로 도약하기 위한 기본계획 수립을 위해 현재 관련 용역을 진행 중이다", None, D2, [EN], "statement"),
            c("수도권 최초로 탄소포집형 수소생산기지 구축을 위한 업무협약을 체결했다", None, "2025-03-17", [EN, CC], "achievement"),
            c("이 사업은 총 190억 원이 투입되며", None, D2, [EN], "plan"),
            c("하루 1.3톤의 수소를 생산할 수 있는 설비", None, D2, [EN, CC], "target"),
            c("생산된 수소 가스를 저장하고 출하할 수 있는 시설도 함께 들어선다", None, D2, [EN], "plan"),
            c("친환경 무공해 모빌리티 보급 확대에도 박차를 가하고 있다", None, D2, [FV], "statement"),
            c("수소 승용차 500대와 수소 버스 180대를 지원할 수 있게 됐다", None, D2, [FV], "achievement"),
            c("수소 버스는 전국에서 인천시가 가장 많은 수량을 보급하고 있다", None, D2, [FV], "achievement"),
            c("약 5,000대에 대한 보조금을 지원함으로써", None, D2, [FV], "statement"),
        ],
        ["인천시, 신·재생에너지 발굴·보급 촉진", "수도권 최초 탄소포집형 수소생산기지 구축, 2027년 준공 목표"],
    ),
    "ka-03-asiae.txt": (
        {"headline": "인천 남동구, 전통시장 6곳 시설 현대화 추진…22억 확보", "published": "2025-09-09T14:30+09:00",
         "reporter": "박혜숙", "outlet": "아시아경제", "jurisdiction": "28200"},
        [PJH],
        [
            c("인천 남동구가 전통시장 활성화를 위해 대대적인 시설 현대화를 추진한다", None, D3, [SM], "plan"),
            c("6개 사업이 선정됐다고 9일 밝혔다", None, D3, [SM], "achievement"),
            c("인천시 전체 사업 규모의 40%에 달하며", None, D3, [SM], "achievement"),
            c("내년 2월부터 추진할 예정이다", None, D3, [SM], "plan"),
            c("비가림막 신설 사업을 단계적으로 추진해", None, D3, [SM], "plan"),
            c("9개의 전통시장 시설 현대화사업을 마쳤으며", None, D3, [SM], "achievement"),
            c("전통시장 활성화 사업을 내년에도 내실있게 추진하겠다", PJH, D3, [SM], "plan"),
            c("지역문화의 중심지로 성장할 수 있도록 노력하겠다", PJH, D3, [SM], "plan"),
        ],
        ["인천 남동구, 전통시장 6곳 시설 현대화 추진…22억 확보", "만수시장은 1984년 개장한 골목형 재래시장으로"],
    ),
    "ka-04-siminilbo.txt": (
        {"headline": "‘청년창업센터’ 종로구청 별관에 새둥지··· 2·3층으로 확장 이전",
         "published": "2024-06-03T17:27:15+09:00", "reporter": "이대우", "outlet": "시민일보", "jurisdiction": "11110"},
        [JMH],
        [
            c("최근 종로청년창업센터를 구청 별관", None, D4, [SU, YP], "achievement"),
            c("센터를 구심점 삼아 청년 기업 발굴·육성에 매진할 계획이다", None, D4, [SU, YP], "plan"),
            c("성균관대학교는 킹고스타트업스페이스혜화 등 3곳의 운영을 맡았다", None, D4, [SU], "statement"),
            c("최종 65팀을 선정했다", None, D4, [SU], "achievement"),
            c("센터에는 24팀이 입주했다", None, D4, [SU], "achievement"),
            c("창업센터를 거점 삼아 청년 기업가를 위한 실효성 있는 지원책을 강구하겠다", JMH, D4, [SU, YP], "plan"),
        ],
        ["2·3층으로 확장 이전", "새로운 시작을 함께하게 돼 매우 기쁘게 생각한다"],
    ),
    "ka-05-addnewsin.txt": (
        {"headline": "서울시, 1인가구 고립·불안 해소 나선다…‘외로움 없는 도시’ 본격 추진",
         "published": "2025-03-31T13:50:01+09:00", "reporter": None, "outlet": None, "jurisdiction": "11"},
        [],
        [
            c("서울시가 ‘외로움 없는 서울’을 만들기 위한 정책적 ‘빌드업’에 들어갔다", None, D5, [WF], "statement"),
            c("일상‧자립‧연결을 아우르는 맞춤형 정책이 본격 확대된다", None, D5, [WF], "plan"),
            c("서울시는 2022년부터 ‘1인가구 안심 종합계획(2022~2026)’을 추진 중이며", None, D5, [WF], "plan"),
            c("이용 횟수를 기존 주 2회에서 월 10회로 늘리고", None, D5, [WF], "target"),
            c("AI 기반 지능형 CCTV 1,800대와 스마트 보안등 4,000등도 신규 설치된다", None, D5,
              ["disaster-safety", "fourth-industrial-revolution"], "target"),
            c("자립지원 정책도 실질적이다", None, D5, [WF], "statement"),
            c("저장 강박이나 은둔 위험군을 위한 ‘정리수납 컨설팅’이 새롭게 도입되고", None, D5, [WF], "plan"),
            c("청년 1인가구엔 최대 40만 원의 중개보수‧이사비", None, D5, ["housing", YP], "statement"),
        ],
        ["2023년 기준 서울시 1인가구는 163만 가구로", "서울시 1인가구 맞춤형 경제교육 현장",
         "정리수납, 공동식사 등 중장년 대상 지원사업 신규·확대"],
    ),
    "ka-06-cunews.txt": (
        {"headline": "박용철 강화군수 취임 100일, 군민과 함께하는 소통행정 구현",
         "published": "2025-01-23T12:25+09:00", "reporter": "홍성찬", "outlet": "연합시민의소리", "jurisdiction": "28710"},
        [PYC],
        [
            c("강화군 전 지역을 '위험지역으로 설정'해 대북전단지 살포를 금지시켰다", None, D6, ["disaster-safety"], "achievement"),
            c("박 군수의 군정목표인 '군민소통과 화합'을 위한 실천도 발 빠르게 진행됐다", None, D6,
              ["citizen-participation"], "achievement"),
            c("'찾아가는 이동군수실'도 운영을 시작했다", None, D6, ["citizen-participation"], "achievement"),
            c("'기회발전특구 지정'에 총력을 기울이겠다는 입장이다", PYC, D6,
              ["investment-attraction", "decentralization"], "plan"),
            c("스마트팜 등 첨단농업 육성 및 청년농 지원을 통해", None, D6,
              ["agriculture", YP, "culture-tourism"], "target"),
        ],
        ["박 군수는 7개월간의 군정 공백을 신속히 안정시키고", "강화군 예산을 작년보다 90억 원 가까이 증액한 것도",
         "군내 주요 산업 지원도 확대할 예정이다", "2025년 '강화남단경제자유구역 지정' 총력 다할 것"],
    ),
    "ka-07-heraldcorp.txt": (
        {"headline": None, "published": None, "reporter": "박종일", "outlet": "헤럴드경제", "jurisdiction": "11350"},
        [OSR],
        [
            c("정책의 완성도를 높이는 역할을 수행한다", None, None, [CC], "statement"),
            c("탄소중립 도시 전환을 본격화할 계획이다", None, None, [CC], "plan"),
            c("공동주택 에너지 효율화, 생활 속 탄소감축 실천 확산 등", None, None, [CC, EN], "plan"),
            c("기후위기로부터 구민의 일상을 지키는 데 초점을 맞췄다", None, None, [CC, "disaster-safety"], "statement"),
            c("5개 부문 43개 과제를 통해 취약계층 보호와 선제적 대응 체계를 강화할 예정이다", None, None,
              [CC, "disaster-safety"], "plan"),
            c("수도권 유일의 탄소중립 선도도시로서 노원이 추진하는 정책과 기후위기 적응대책은", OSR, None, [CC], "statement"),
            c("안전하고 지속가능한 도시 환경을 조성해 나가겠다", OSR, None, [CC], "plan"),
        ],
        ["제5차 정기회의’를 개최했다", "위원장 선출, 탄소중립 선도도시 사업의 추진 경과와 향후 계획 보고"],
    ),
    "ka-08-safetimes.txt": (
        {"headline": None, "published": None, "reporter": None, "outlet": "세이프타임즈", "jurisdiction": "11"},
        [OSH],
        [
            c("기후 불평등 해결 방법 가운데 하나인 기후동행카드를 소개했다", OSH, None, [PT, CC], "statement"),
            c("기후동행카드란 월 6만5000원인 정기권을 구매하면", None, None, [PT], "statement"),
            c("기후 위기에 대응하겠다는 것이 오 시장의 주장이다", OSH, None, [PT, CC], "plan"),
        ],
        ["기조연설을 시작으로 서울시 기후환경본부장", "해법을 찾는 의미 있는 시간이 되길 바란다",
         "기후동행카드 도입시행과 관련해 브리핑을 하고 있다"],
    ),
    "ka-09-kyeongin.txt": (
        {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "28720"},
        [MGB],
        [
            c("'리별속속 간담회'를 열었다", MGB, None, ["citizen-participation"], "achievement"),
            c("'주민건의사항 관리시스템'도 구축해 운영하고 있다", MGB, None, ["citizen-participation"], "achievement"),
            c("섬 지역 주민들에게 가장 중요한 인프라인 '교통'부문 혁신을 강조했다", MGB, None, [PT], "statement"),
            c("취임하면서 '군민편의 교통혁신'을 약속했다", MGB, None, [PT], "statement"),
            c("섬 지역 교통의 획기적인 발전과 옹진의 더 높은 비상을 견인할 것이라고 확신한다", MGB, None, [PT], "statement"),
            c("'여객선 전 국민 동일요금제' 효과가 크다고 했다", MGB, None, [PT], "achievement"),
            c("전년 대비 방문객이 7% 늘었고", MGB, None, [PT, "culture-tourism"], "achievement"),
            c("옹진군 전체로 확대하는 방안을 검토할 것", MGB, None, [PT], "plan"),
            c("연안여객선이 대중교통으로 확실히 자리 잡을 수 있는 작은 밀알이 되기를 희망한다", MGB, None, [PT], "statement"),
        ],
        ["민선 8기 반환점에 섰다", "'군민의 삶'에 더욱 가까이 다가가겠다고 강조했다",
         "더 낮은 자세로 군민의 목소리를 경청할 것", "700만명 찾는 관광시대 열것"],
    ),
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, (meta, officials, claims, not_claims) in FILES.items():
        gold = {"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": not_claims}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(claims)
        print(name, len(claims))
    print("total", total)
