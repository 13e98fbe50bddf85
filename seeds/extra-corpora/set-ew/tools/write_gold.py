"""Write set-ew gold files (hand annotation; compact tuples -> README format)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"
P, A, T, S, C = "plan", "achievement", "target", "statement", "criticism"

def cl(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d

ARTS = {}
L, D = "lee-gang-deok", "2018-04-16"
ARTS["ew-01-safetimes.txt"] = (
    {"headline": "이강덕 포항시장 \"포항을 지진 극복한 명소로 만들자\"", "published": "2018-04-16T17:15+09:00",
     "reporter": "배규범", "outlet": None, "jurisdiction": "47110"}, [L],
    [cl("지난해 지진으로 피해를 본 포항을 지진방재 시스템 구축과 도시재건으로 재난극복 명소로 만들어야 한다", L, D, ["disaster-safety"], P),
     cl("특별도시재생 사업과 방재 인프라 조성, 국립 트라우마 치유센터 유치, 인구 증가·일자리 창출 대책으로", L, D, ["urban-regeneration", "disaster-safety", "jobs"], P),
     cl("이를 위해 특별법 제정으로 재난지원금을 현실화하고 건축물 내진보강과 중소기업·소상공인 지원, 공동주택 복구비 지원", L, D, ["disaster-safety", "small-merchants", "housing"], P),
     cl("정부와 지자체가 협력해 지진 피해 지역을 세계 명소로 만들어 가는 것은 대한민국 저력을 보여주는 것", L, D, ["disaster-safety"], P),
     cl("이번에 통과한 도시재생특별법은 단순한 복구 개념을 넘어 도시를 한층 업그레이드할 수 있는 근거를 마련한 것이다", None, D, ["urban-regeneration"], A, "김정재"),
     cl("포항이 지진 이전보다 더 발전한 도시로 탈바꿈하도록 노력해야 한", None, D, ["urban-regeneration"], P, "김정재")],
    ["이강덕 포항시장 \"포항을 지진 극복한 명소로 만들자\"",
     "이강덕 포항시장이 국회에서 개최된 포항 재난지역 특별도시재생 전문가 토론회에서 발제를 하고 있다"])

L, D = "lee-cheol-u", "2020-01-01"
ARTS["ew-02-kbs.txt"] = (
    {"headline": "경북도 \"일자리 창출에 도정 역량 집중\"", "published": "2020-01-01T21:56+09:00",
     "reporter": "김도훈", "outlet": "KBS", "jurisdiction": "47"}, [L],
    [cl("일자리 창출 등에 도정의 역량을 집중합니다", None, D, ["jobs"], P),
     cl("새해 가장 중요한 정책 목표는 일자리입니다", None, D, ["jobs"], P),
     cl("좋은 일자리 창출에 역량을 쏟아붓는다는 계획입니다", None, D, ["jobs", "youth-policy"], P),
     cl("일자리 만드는 일이 가장 중요합니다.", L, D, ["jobs"], S),
     cl("양질의 일자리는 기업유치, 또 문화관광 산업, 농촌에도 일자리를 많이 만들 수 있습니다", L, D, ["jobs", "investment-attraction", "culture-tourism", "agriculture"], S),
     cl("4차 산업혁명 분야의 투자 유치에 나서고", None, D, ["fourth-industrial-revolution", "investment-attraction", "culture-tourism", "jobs"], P),
     cl("국내외 관광객 유치에 집중해 관광산업의 기반을 만들 계획입니다", None, D, ["culture-tourism"], P),
     cl("대구 경북 관광의 해 많은 사람이 올 수 있도록 시·도민 여러분께서 다 같이 협력해주시기 바랍니다", L, D, ["culture-tourism"], P),
     cl("신공항 이전 사업을 성사시키고", None, D, ["airport-relocation"], P)],
    ["경상북도의 올해 신년 화두는 푸른 새바람으로 좋은 일을 많이 만들겠다는 뜻인 녹풍다경입니다",
     "101회 전국체육대회를 잘 준비해 경북의 위상을 높일 계획입니다"])

D = "2019-04-23"
ARTS["ew-03-ddmnews.txt"] = (
    {"headline": "대구시, ‘스마트시티 대구’ 사업 박차", "published": "2019-04-23T16:03+09:00",
     "reporter": "이민수", "outlet": None, "jurisdiction": "27"}, [],
    [cl("대구시가 최근 시민중심의 스마트시티 대구사업에 박차를 가하고 있다", None, D, ["smart-city", "citizen-participation"], S),
     cl("다양한 소통 창구 개설과 시민이 함께하는 참신한 광고 제작 등으로 시민 참여를 유도하겠다는 취지다", None, D, ["smart-city", "citizen-participation"], P),
     cl("16일에는 각종 도시문제 발굴에 시민이 직접 참여하는 도시문제 발굴단도 출범했다", None, "2019-04-16", ["smart-city", "citizen-participation"], A),
     cl("지난주에 대구시에서 제작·발표한 시민참여 시리즈 광고", None, D, ["smart-city", "citizen-participation"], A),
     cl("2015년부터 스마트시티를 핵심 사업으로 적극 추진해온 대구시는", None, D, ["smart-city", "fourth-industrial-revolution"], A),
     cl("시민이 스마트시티의 주체라는 기조로, 다양한 시민참여 방안을 모색 중에 있다", None, D, ["smart-city", "citizen-participation"], S),
     cl("5월중에 시민이 시정에 적극 참여하는 창구가 될 디지털시민청 개소를 앞두고 있으며", None, D, ["smart-city", "citizen-participation"], P),
     cl("다양한 분야의 리빙랩을 활용하여, 시민·민간·공공이 함께 고민하고 학습하는 스마트한 협업 플랫폼을 만들겠다는 포부다", None, D, ["smart-city", "citizen-participation"], P)],
    ["디지털시민청, 스마트시티 시민홍보단 등 다양한 시민 소통 창구 개설",
     "대구시가 제작한 스마트시티 대구시민참여 시리즈 광고"])

D = "2019-04-24"
ARTS["ew-04-siminilbo.txt"] = (
    {"headline": "경남 김해시, 인구유입 차별화된 시책 발굴 집중", "published": "2019-04-25T00:00+09:00",
     "reporter": "최성일", "outlet": "시민일보", "jurisdiction": "48250"}, [],
    [cl("신규시책 22건, 개선사업 41건이며 분야별로는 보육교육 분야 25건, 고용경제 분야 7건", None, D, ["childcare-birth", "jobs"], S),
     cl("보육교육 분야는 △어린이집 이용 영유아 간식비 지원", None, D, ["childcare-birth", "youth-policy", "small-merchants", "jobs"], S),
     cl("과거 출산장려에서 시민 삶의 질 향상을 목표로 하는 인구정책 패러다임 전환에 맞춰", None, D, ["childcare-birth"], P, "조현명")],
    ["39개 부서 63개 사업 발굴 현실화 추진",
     "시청 소회의실에서 실국소장과 부서장 등 간부 공무원이 모인 가운데 인구정책 신규시책 발굴 보고회를 개최했다",
     "이날 보고회에서는 39개 부서에서 63개 사업이 발굴됐다",
     "시는 이번 발굴 사업들을 부서별로 조례 개정, 예산 확보 등의 절차를 거쳐 적극 추진하기로 했다",
     "발굴된 정책을 현실화해 인구 60만명, 나아가 70만명까지 달성하도록 노력하겠다"])

L, D = "lee-seon-ho", "2020-04-07"
ARTS["ew-05-ulsanilbo.txt"] = (
    {"headline": "울산 울주군울산테크노파크 스마트팜 보급 확산 나선다", "published": "2020-04-08",
     "reporter": "이춘봉", "outlet": "경상일보", "jurisdiction": "31710"}, [L],
    [cl("울산 울주군과 (재)울산테크노파크가 스마트팜 보급 확산에 본격적으로 나선다", None, D, ["agriculture"], P),
     cl("업무 협약을 체결했다고 7일 밝혔다", None, D, ["agriculture"], A),
     cl("스마트팜 보급과 확산을 통해 청년 창업농 육성 및 귀농 창업자의 안정적인 정착을 유도한다", None, D, ["agriculture", "startup-support", "youth-policy"], S),
     cl("또 고령 농가의 은퇴에 따른 세대 교체에도 도움이 될 전망이다", None, D, ["agriculture"], S),
     cl("군은 올해 총 9억5000만원을 투입해 스마트팜 설비 및 설치 지원을 시작으로", None, D, ["agriculture"], P),
     cl("사업 공고 및 신청서 접수는 오는 5월18일까지며", None, D, ["agriculture"], S),
     cl("4차 산업혁명시대의 새로운 일자리와 부가가치 창출은 6차 산업에서부터 시작될 것", L, D, ["jobs", "agriculture"], S),
     cl("울주군 6차산업의 첫 단추인 스마트팜 보급·확산을 통해 새로운 도약을 시작할 것", L, D, ["agriculture"], P)],
    ["울산 울주군울산테크노파크 스마트팜 보급 확산 나선다"])

D = "2018-06-13"
ARTS["ew-06-asiatoday.txt"] = (
    {"headline": "[6·13 지방선거]오거돈 부산시장 당선자 ‘3전4기’ 성공…“불통의 23년 깨고 새 부산 만들겠다”",
     "published": "2018-06-14T00:13+09:00", "reporter": "조영돌", "outlet": "아시아투데이", "jurisdiction": "26"},
    ["oh-keo-don", "suh-byung-soo"],
    [cl("그는 부산의 미래를 위해 ‘청년이 살고 싶은 부산’을 만들겠다는 각오를 다졌다", None, D, ["youth-policy"], P, "오거돈"),
     cl("부산의 젊은이가 행복해지기 위해서는 일자리와 보금자리가 보장되어야 하며 아이를 낳고 생활하는데 어려움이 없어야 한다", None, D, ["youth-policy", "jobs", "housing", "childcare-birth"], P, "오거돈"),
     cl("청년자산가 키우기’와 ‘청년기업가 키우기’ 프로젝트를", None, D, ["youth-policy", "startup-support"], P, "오거돈")],
    ["23년간 지속된 부산시정의 권위주의와 불통을 깨고 새로운 시민행복시대를 열 수 있다는 희망을 가지게 됐습니다",
     "이번 선거는 특정계층에 의해 주도된 부산시정의 변화를 바라는 시민의 염원이 담긴 결과",
     "부산에서 민주당 소속 시장이 당선된 것은 이번이 처음이다",
     "뉴델리 24.8℃"])

K = "kwon-young-jin"
ARTS["ew-07-kukinews.txt"] = (
    {"headline": None, "published": None, "reporter": "최태욱", "outlet": "쿠키뉴스", "jurisdiction": "27"}, [K],
    [cl("5년간 대구형 스마트시티 추진 밑그림을 제시했다", None, None, ["smart-city"], P),
     cl("삶터와 일터가 행복한 스마트 대구를 목표로 시민공감도시(체감형 서비스 구축, 시민참여 확대)", None, None, ["smart-city", "citizen-participation", "fourth-industrial-revolution"], P),
     cl("6개 분야별 추진과제 로드맵도 마련됐다", None, None, ["smart-city", "disaster-safety", "jobs"], P),
     cl("자율주행차를 이용할 수 있는 도시를 만들며", None, None, ["smart-city", "future-vehicles", "disaster-safety"], S),
     cl("스마트시티 건설에 약 5519억 원이 들 전망이다", None, None, ["smart-city"], S),
     cl("고용 유발인원은 약 4500명으로 산정했다", None, None, ["smart-city", "jobs"], S),
     cl("연내 국토교통부에 승인을 받아 확정할 예정이다", None, None, ["smart-city"], P),
     cl("스마트도시계획을 통해 미래의 대구 스마", K, None, ["smart-city"], P)],
    ["대구시는 3일 시청 본관 대회의실에서 ‘대구시 스마트도시계획 수립 용역 최종보고회’를 개최했다"])

W = "park-wan-su"
ARTS["ew-08-nocutnews.txt"] = (
    {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "48"}, [W],
    [cl("맞춤형 지역사랑상품권 공모사업에 11개 시군 16개 사업이 선정됐다고 30일 밝혔다", None, None, ["small-merchants"], A),
     cl("이에 따라 하반기에 지역사랑상품권 262억 원을 발행한다", None, None, ["small-merchants"], P),
     cl("이번 상품권 발행에 13억 1200만 원을 투입한다", None, None, ["small-merchants", "childcare-birth", "youth-policy"], P),
     cl("인근 상권 2270곳을 대상으로 20억 원 규모의 상품권을 발행한다", None, None, ["small-merchants"], P),
     cl("김해시는 저출산 대응을 위해", None, None, ["childcare-birth", "small-merchants"], P),
     cl("전통시장 활성화를 위한 상품권은 69억 원어치가 발행된다", None, None, ["small-merchants"], P),
     cl("23곳의 전통시장에서 사용할 수 있다", None, None, ["small-merchants"], S),
     cl("청년 소상공인 상품권은 104억 원 규모다", None, None, ["small-merchants", "youth-policy"], S),
     cl("소상공인 매출 증대에 9억 원 규모로 발행하고", None, None, ["small-merchants"], P),
     cl("지역맞춤형 상품권 할인율은", None, None, ["small-merchants"], S),
     cl("소상공인이 느끼는 체감경기는 어려운 실정으로 이번 지역맞춤형 상품권 발행을 통해", W, None, ["small-merchants"], S)],
    [])

D = "2012-07-23"
ARTS["ew-09-kmib.txt"] = (
    {"headline": "[꿈 익는 경북] 투자유치 12조·새일자리 14만개 ‘행복 충전’", "published": "2012-07-23T20:31+09:00",
     "reporter": None, "outlet": None, "jurisdiction": "47"}, [],
    [cl("12조원의 국내외 투자를 유치하고 14만개의 일자리를 창출해", None, D, ["investment-attraction", "jobs"], A),
     cl("‘2015년 제7차 세계물포럼’ 개최지로 공식 인정을 받았다", None, D, ["water-industry"], A),
     cl("이 물포럼은 2000억원의 경제적 이익과 1900여명의 고용창출이 기대된다", None, D, ["water-industry", "jobs"], S),
     cl("또 내년 9월 터키 이스탄불에서 20일간 세계문화엑스포를 열기로 합의했다", None, D, ["culture-tourism"], P),
     cl("경주엑스포가 해외에서 열리는 것은 2006년 캄보디아 앙코르와트에 이어 두 번째다", None, D, ["culture-tourism"], S),
     cl("청년 창업, 해외 청년취업, 일자리 부조화 해결 등에 주력한다는 방침이다", None, D, ["startup-support", "youth-policy", "jobs"], P),
     cl("6만개 일자리를 추가 창출해 민선 5기에 모두 20만개의 일자리를 만들어낼 계획이다", None, D, ["jobs"], T),
     cl("총 투자유치 20조원을 달성한다는 목표다", None, D, ["investment-attraction"], T)],
    ["[꿈 익는 경북] 투자유치 12조·새일자리 14만개 ‘행복 충전’",
     "민선 5기 전반기인 지난 2년 동안 경북도는 굵직굵직한 성과를 거뒀다",
     "2015년 세계 물 시장은 8650억원에 달할 것으로 예상되고 있다"])

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, (meta, officials, claims, nots) in ARTS.items():
        doc = {"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": nots}
        (GOLD / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(claims))
