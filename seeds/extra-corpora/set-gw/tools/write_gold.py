"""Write set-gw gold files (hand annotation; see GOLD_NOTES.md). Claim tuple: quote, speaker, date, policies, kind."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"
KY, BY = "kwon-young-jin", "byeon-gwang-yong"


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


G = {}
D = "2019-04-05"
G["gw-01-kukinews.txt"] = (
    {"headline": "권영진 대구시장, 올해 현장소통 첫 행보는 전통시장", "published": "2019-04-05T10:07:55+09:00",
     "reporter": "최태욱", "outlet": "쿠키뉴스", "jurisdiction": "27"},
    [KY],
    [c("올해 첫 현장소통 시장실로 ‘전통시장’을 찾은 것은", KY, D, ["small-merchants"], "plan"),
     c("상인회관은 대구시가 전통시장 활성화와 상인들의 자긍심을 높이기 위해", None, D, ["small-merchants"], "achievement"),
     c("전통시장 우수상품전시장을 비롯, 상인 교육장소로 활용되고 있다", None, D, ["small-merchants"], "statement"),
     c("상권 활성화를 위한 정책과 고충 해결방안을 논의할 예정이다", None, D, ["small-merchants"], "plan"),
     c("42일 93곳에서 382건의 시민의 목소리를 듣고 어려움을 해결했다", None, D, ["citizen-participation"], "achievement"),
     c("자영업자와 소상공인이 최대의 위기에 처해있다", KY, D, ["small-merchants"], "statement"),
     c("골목경제와 전통산업 지원을 확대하고 자영업과 중소기업이 다시 일어 날수 있는", KY, D, ["small-merchants"], "plan")],
    ["권영진 대구시장, 올해 현장소통 첫 행보는 전통시장",
     "대구시는오는 8일 대구시 상인회관 교육장에서 전통시장 활성화 방안을 위한 올해 첫 ‘현장소통 시장실’을 개최한다",
     "대구=최태욱 기자"])

D = "2023-11-06"
G["gw-02-ynnews.txt"] = (
    {"headline": "올해 치매안심마을 대감마을서 현판식", "published": "2023-11-03",
     "reporter": "최성애", "outlet": None, "jurisdiction": "48250"},
    [],
    [c("대감마을을 치매안심마을로 지정해 현판식을 개최했다고 6일 밝혔다", None, D, ["dementia-care"], "achievement"),
     c("대감마을의 치매안심마을 조성을 위해 지난 10개월간 치매인식개선 교육", None, D, ["dementia-care"], "achievement"),
     c("치매 친화적 마을을 조성하는 사업이다", None, D, ["dementia-care"], "statement"),
     c("올해 상동면 대감마을을 치매안심마을로 선정했다", None, D, ["dementia-care"], "achievement"),
     c("치매 친화 환경의 확산에 힘쓰겠다", None, D, ["dementia-care"], "plan", "허목")],
    ["올해 치매안심마을 대감마을서 현판식", "김해시치매안심센터, 주민ㆍ내빈 참석",
     "상동농협에서 치매예방프로그램 참여자 영상 상영을 시작으로"])

D = "2022-02-23"
G["gw-03-kmib.txt"] = (
    {"headline": "경남도, 도민과 함께하는 탄소중립으로 지속가능한 경남 실현", "published": "2022-02-23T12:57+09:00",
     "reporter": None, "outlet": None, "jurisdiction": "48"},
    [],
    [c("단계적 로드맵 등 다양한 정책을 마련, 본격 가동에 들어간다고 23일 밝혔다", None, D, ["climate-carbon"], "plan"),
     c("수립을 올 상반기 중으로 완료한다는 계획이다", None, D, ["climate-carbon"], "plan"),
     c("이행계획 시나리오 초안을 바탕으로, 시나리오 도출 근거를 확인하고 있다", None, D, ["climate-carbon"], "statement"),
     c("탄소중립집행위원회와 분과위원회, 경남기후도민회의에서 검토 중이다", None, D, ["climate-carbon"], "statement"),
     c("7월경 단계별 이행방안(로드맵)을 최종적으로 확정하고 발표할 계획", None, D, ["climate-carbon"], "plan"),
     c("안내서의 역할을 할 것으로 기대한다", None, D, ["climate-carbon"], "statement"),
     c("도의 산림 부분 전략은 ‘봄철 나무 심기’다", None, D, ["climate-carbon"], "statement"),
     c("151억원을 투입해 1423㏊에 306만본을 심는다는 계획이다", None, D, ["climate-carbon"], "target"),
     c("‘산불’을 방지하기 위한 특별대책도 내놨다", None, D, ["disaster-safety", "climate-carbon"], "plan"),
     c("산불 취약 지역과 입산 통제구역 순찰을 강화한다", None, D, ["disaster-safety"], "plan"),
     c("산불 전문 진화대원 3000여명이 항시 출동 대기 유지하고 있다고 설명했다", None, D, ["disaster-safety"], "statement")],
    ["경남도, 도민과 함께하는 탄소중립으로 지속가능한 경남 실현", "도는 또 도민 참여형 정책도 마련했다",
     "오는 4월 전국 최초로 1회용품"])

D = "2025-12-08"
G["gw-04-kukinews.txt"] = (
    {"headline": "부산시, 접근·연대·생태성 강화 '15분 행복 도시' 본격 추진", "published": "2025-12-08T16:46:52+09:00",
     "reporter": None, "outlet": None, "jurisdiction": "26"},
    ["park-heong-joon"],
    [c("어린이·학생·학부모가 안심할 수 있는 안전통학로를 조성한다", None, D, ["disaster-safety"], "plan"),
     c("차 없는 길, 보행자 전용 보도, 보행자 안심도로 등 3가지 유형으로 추진한다", None, D, ["disaster-safety"], "plan"),
     c("도로 다이어트를 통한 자전거도로 확보, 대중교통 연계", None, D, ["public-transit"], "plan")],
    ["시청서 15분도시 해피빌리지 운영",
     "부산시가 접근성과 연대성, 생태성을 강화하는 내용의 '15분 행복 도시' 정책을 추진한다",
     "찾아가는 의료버스, 도심 속 공원 체험 공간으로 구성된다",
     "연제만화도서관 꼬마만화방",
     "박형준 부시장이 15분도시 스텝업 추진 방향을 발표했다",
     "시민 생활과 밀접한 특화 프로젝트를 개발해 추진한다"])

D = "2022-12-14"
G["gw-05-newsis.txt"] = (
    {"headline": "창업해본 구청장과 창업하는 청년과의 만남", "published": "2022-12-14T16:50:16+09:00",
     "reporter": "권태완", "outlet": "뉴시스", "jurisdiction": "26230"},
    ["kim-yeong-uk"],
    [c("지난 2020년 7월 청년 창업 육성을 위해 구와 부산교통공사, 롯데장학재단이 함께 조성한 창업 공간", None, D,
       ["startup-support", "youth-policy"], "statement"),
     c("입주 초기 대비 고용과 매출이 두 배 이상 증가했고", None, D, ["startup-support", "jobs"], "achievement"),
     c("서류와 면접 심사를 거쳐 8팀이 최종 선정됐다", None, D, ["startup-support"], "achievement"),
     c("청춘드림센터가 청년 창업의 인큐베이터로 안정적인 사업 환경을 제공하고, 지원을 지속해 나가겠다",
       "kim-yeong-uk", D, ["startup-support", "youth-policy"], "plan")],
    ["청년 사업가 출신 구청장이 청년들에게 직접 창업 노하우를 전수한다",
     "'창업해본 구청장과 창업하는 청년과의 만남'이라는 주제로 간담회를 개최한다고 14일 밝혔다",
     "▲골목상권 앱 개발", "수산물 가공식품 도매업 ㈜해인교역을 창업해 운영했고",
     "김 구청장은 창업 선배로서 경영의 노하우를 소개한다"])

D, LS = "2021-01-17", "lee-seon-ho"
G["gw-06-ksilbo.txt"] = (
    {"headline": "[이선호 울주군수]미래 먹거리 농업 씨앗 뿌렸고 일자리·부가가치 창출만 남았다",
     "published": "2021-01-17T20:46:53+09:00", "reporter": None, "outlet": "경상일보", "jurisdiction": "31710"},
    [LS],
    [c("임기 1년 반을 남겨둔 올해부터 본격적인 사업화에 들어간다", None, D, ["agriculture", "culture-tourism"], "plan"),
     c("서생면 영어마을 부지에 울주형 스마트팜 단지를 조성할 예정이다", LS, D, ["agriculture"], "plan"),
     c("스마트 팜 온실과 식물공장, 컨테이너 팜 등을 준비하고 있다", LS, D, ["agriculture"], "statement"),
     c("스마트 팜은 국내 최초의 디지털 농업단지로 조성된다", LS, D, ["agriculture"], "plan"),
     c("이에 대한 것은 이달 말께 공개할 계획이다", LS, D, ["agriculture"], "plan"),
     c("농업은 미래 먹거리이자, 울주군의 필수 산업이다", LS, D, ["agriculture"], "statement"),
     c("2차, 3차 산업을 접목해 청년 일자리를 만들고 새로운 부가가치를 창출할 계획이다", LS, D,
       ["agriculture", "jobs", "youth-policy"], "plan"),
     c("관광을 활성화하기 위해 민선 7기 취임 초부터 로드맵을 세웠다", LS, D, ["culture-tourism"], "achievement"),
     c("진하해수욕장은 올해 변신한 모습을 볼 수 있다", LS, D, ["culture-tourism"], "plan")],
    ["스마트팜 계획 이달말 공개", "간절곶 체류형 관광지 개발", "-공약 사업 중 최대 현안인 스마트팜 조성 추이는.",
     "-관광 울주 도약을 위한 준비는.", "이선호 군수로부터 임기 후반기 주요 계획과 역점 추진 사업에 대해 들어봤다",
     "울주의 자연환경과 명소 등은 상당히 저평가돼 있다고 본다"])

D, GK = "2023-01-15", "gwon-gi-chang"
G["gw-07-adns.txt"] = (
    {"headline": "권기창 시장, \"백신·바이오 헴프산업, 안동 발전 ‘게임 체인저’ 돼야\"", "published": "2023-01-15T11:01+09:00",
     "reporter": "권기상", "outlet": "안동뉴스", "jurisdiction": "47170"},
    [GK],
    [c("“새로 시작한다는 각오로 실질적인 성과가 나오도록 로드맵을 재점검하고", GK, D, ["medical-industry"], "plan"),
     c("[안동=안동뉴스] 권기창 안동시장이 바이오 백신, 헴프 산업 등 안동 신성장동력사업 현장에 방문해", None, D,
       ["medical-industry"], "statement"),
     c("전 세계적으로 백신산업이 급부상하고 헴프 규제 완화 추세가 진행되는 호기를 맞아", GK, D,
       ["medical-industry"], "statement")],
    ["산업용 헴프 실증 사업장, 경북바이오산업연구원 등 방문",
     "이후 경북바이오산업연구원을 방문해 한진관 연구원장",
     "임하면 소재 산업용 헴프 재배 실증 관련 사업장인 ㈜농부심보의 헴프 재배현장이었다"])

TH = "lee-tae-hun"
G["gw-08-ksmnews.txt"] = (
    {"headline": None, "published": None, "reporter": "김영식", "outlet": "경상매일신문", "jurisdiction": "27290"},
    [TH],
    [c("탄소중립 생활 실천 퍼포먼스를 진행 중이다", None, None, ["climate-carbon"], "statement"),
     c("생활 속 탄소중립을 함께 실천하자는 퍼포먼스다", None, None, ["climate-carbon"], "statement"),
     c("방한모자를 쓰고 방한용품 사용을 적극 홍보 중이다", None, None, ["climate-carbon"], "statement"),
     c("난방비는 7%, 이산화탄소 배출은 10%를 줄일 수 있다", None, None, ["climate-carbon"], "statement"),
     c("대구지역 기초지자체 최초로 탄소중립 지원센터를 지정·운영하고", None, None, ["climate-carbon"], "achievement"),
     c("기후변화 대응에 대한 다양한 노력을 인정받고 있다", None, None, ["climate-carbon"], "achievement"),
     c("탄소중립은 산업의 전환뿐만 아니라 우리 사회의 모든 구조와 생활방식의 대전환을 의미한다", TH, None,
       ["climate-carbon"], "statement"),
     c("‘탄소중립 생활화’를 문화로 정착시켜 나갈 수 있도록 다양한 정책을 적극 추진해 나가겠다", TH, None,
       ["climate-carbon"], "plan")],
    ["[경상매일신문=김영식기자]", "유튜브에서 경상매일방송 채널을 구독해주세요!"])

D = "2019-09-26"
G["gw-09-ohmynews.txt"] = (
    {"headline": "변광용 거제시장, 김양수 해양수산부 차관 면담", "published": "2019-09-26T20:45+09:00",
     "reporter": None, "outlet": "오마이뉴스", "jurisdiction": "48310"},
    [BY],
    [c("고용・산업위기지역으로 지정된 만큼 지속적으로 감소하는 세수로 인해", BY, D, ["jobs"], "statement"),
     c("'2020년 어촌뉴딜 300사업 공모사업'과 '지세포 국가어항 개발사업'이 적기 실현될 수 있도록", BY, D,
       ["agriculture"], "plan"),
     c("거제가 가진 어촌의 고유자원을 활용해 특색 있는 사업 발굴이 지역경제 활성화와 일자리 창출의 시작이 될 것이다", BY, D,
       ["culture-tourism", "agriculture", "jobs"], "statement")],
    ["변광용 거제시장, 김양수 해양수산부 차관 면담",
     "'해양수산 취업박람회 일자리의 바다' 행사에 참석한 김양수 해양수산부 차관과 면담을 가졌다",
     "타이어 교체하다, 대한민국의 장래가 걱정됐다"])

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, (meta, officials, claims, not_claims) in G.items():
        gold = {"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": not_claims}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(claims)
        print(name, len(claims))
    print("total", total)
