"""Write set-gv gold files (hand annotation)."""
import json
from pathlib import Path

G = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


E = "energy-transition"
F = {}

d = "2021-05-06"
F["gv-01-todayenergy.txt"] = (
    {"headline": "강원도, 2030 강원형 액화수소산업 육성 로드맵 발표", "published": "2021-05-07",
     "reporter": "유정근", "outlet": "투데이에너지", "jurisdiction": "42"},
    [],
    [
        c("강원도가 지난 6일 2030 강원형 액화수소산업 육성 로드맵을 발표했다", None, d, [E], "plan"),
        c("정책 역량에 집중해온 결과 정부의 수소관련 주요 공모사업", None, d, [E], "achievement"),
        c("강원형 액화수소라는 특화산업 모델 마련으로", None, d, [E], "plan"),
        c("생활, 산업, SOC에서의 액화수소산업 육성을 본격적으로 추진한다", None, d, [E], "plan"),
        c("2030년까지 수소모빌리티 수소차 5만대", None, d, [E, "future-vehicles"], "target"),
        c("기체 수소생산시설 15개소와 액체 수소생산시설 1개로", None, d, [E, "research-development"], "target"),
        c("산업에서의 미래형 그린수소 육성을 위해서는", None, d, [E], "plan"),
    ],
    ["3조9,000억원 매출 등 혁신성장 기대"],
)

d = "2015-07-21"
F["gv-02-timenews.txt"] = (
    {"headline": "전국 지자체 인구 순위 한 단계 올라선 양구군", "published": "2015-07-21T11:22+09:00",
     "reporter": None, "outlet": "타임뉴스", "jurisdiction": "42800"},
    [],
    [
        c("장기복무 군(軍) 간부 및 제대군인 정착 지원으로 주택개량 및 구입", None, d, ["housing"], "statement"),
        c("출산장려금 지원으로 둘째아이를 출산한 가정에", None, d, ["childcare-birth"], "statement"),
        c("태항아리를 출산을 축하하는 기념품으로 지급하고 있다", None, d, ["childcare-birth"], "statement"),
    ],
    ["양구군은 인구를 늘리기 위해 여러 가지 시책을 개발해 추진해오고 있다",
     "인구대비 인구증가율은 1.65%로 나타났다",
     "이외에도 관외에서 전입한 주민을 위해 쓰레기봉투"],
)

d = "2026-01-27"
J = "jeong-myeong-geun"
F["gv-03-seoul.txt"] = (
    {"headline": None, "published": "2026-01-27", "reporter": None, "outlet": None, "jurisdiction": "41590"},
    [J],
    [
        c("4대 전환 전략으로 ▲4개 구청 시대 ▲AI·미래경제도시 ▲문화의 힘 ▲화성형 기본사회를 발표했다", J, d,
          ["fourth-industrial-revolution", "culture-tourism", "welfare"], "plan"),
        c("만세구는 바이오·모빌리티·인공지능(AI) 산업을 기반으로 한 산업 생태계와 서해안 관광자원", None, d,
          ["fourth-industrial-revolution", "culture-tourism"], "plan"),
        c("효행구는 7개 대학과 화성시민대학을 중심으로 한 평생학습 체계 구축을 바탕으로", None, d,
          ["education", "culture-tourism"], "plan"),
    ],
    ["첫 번째 전환 전략으로 4개 구청 시대로 나아가는 행정체제의 전환을 내놓았다",
     "‘내 집 앞 30분 행정생활권’ 시대를 여는 핵심 기반이다",
     "2026년 신년 기자회견을 열고 이같은 구상을 밝혔다"],
)

K = "kim-dong-geun"
d = "2022-07-15"
F["gv-04-breaknews.txt"] = (
    {"headline": "김동근 의정부시장, 정음마을고산2단지 경로당 개소 축하...\"어르신 복지공약 잘 지키겠다\"",
     "published": "2022-07-18T10:50+09:00", "reporter": "장선희", "outlet": "브레이크뉴스",
     "jurisdiction": "41150"},
    [K],
    [
        c("고산동 정음마을고산2단지 경로당 개소식에 참석해 '어르신들에 대한 복지공약을 잘 지켜나가겠다'고 밝혔다", K, d,
          ["welfare"], "plan"),
        c("7월 1일 경로당을 등록하고 2년여만인 이날 개소식이 열렸다", None, d, ["welfare"], "achievement"),
        c("앞으로도 경로당 확충에 힘써 어르신들의 삶이 나날이 향상될 것으로 기대한다", K, d, ["welfare"], "plan"),
        c("관내 245개소 경로당에 대해 물품 지원과 환경개선으로", K, d, ["welfare"], "plan"),
        c("정음마을고산2단지 경로당은 2020년 6월 26일 준공됐으며", None, "2022-07-18", ["welfare"], "statement"),
    ],
    ["김동근 의정부시장, 정음마을고산2단지 경로당 개소식 참석", "민선 8기 어르신 관련 공약 착실하게 추진"],
)

S = "sim-gyu-eon"
F["gv-05-hankookilbo.txt"] = (
    {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "42230"},
    [S, "park-sang-su"],
    [
        c("강원 삼척시와 동해시가 수소경제 중심지로 도약을 선언했다", None, None, [E], "plan"),
        c("강원대 삼척캠퍼스 그린에너지연구관 국제회의실에서 ‘수소 저장·운송 클러스터’ 선포식을 개최했다", None, None, [E], "statement"),
        c("강원도의 전략산업인 수소경제 공급망 구축을 위한 의지를 다지는 자리다", None, None, [E], "statement"),
        c("모두 3,177억 원을 투자하는 대형사업이다", None, None, [E], "statement"),
        c("실증테스트베드와 안전성 시험센터 등 기술검증 시설을", None, None, [E, "investment-attraction"], "plan"),
        c("최근 예비타당성 조사를 통과해 가속도가 붙었다", None, None, [E], "achievement"),
        c("일자리 4,500개가 새로 만들어지는 등 4,100억 원이 넘는 경제효과를 기대하고 있다", None, None, [E, "jobs"], "target"),
        c("동해안권 수소벨트의 한 축을 담당할 것이란 기대감이 크다", None, None, [E], "statement"),
        c("과거 석탄산업 성지로 국가 경제의 중추적일 역할을 했던 강원도가", S, None, [E], "statement"),
    ],
    ["미래산업 글로벌 도시로 우뚝 서겠다"],
)

C = "choi-moon-soon"
d = "2017-11-01"
F["gv-06-newspim.txt"] = (
    {"headline": "[일문일답②] 최문순 강원도지사 “올림픽 경기장 시설 마무리..문화올림픽으로”",
     "published": "2017-12-04T11:15+09:00", "reporter": "김규희", "outlet": "뉴스핌", "jurisdiction": "42"},
    [C],
    [
        c("일반 관람객 숙박은 1일 최대 3만실 정도가 필요할 것으로 판단하고 있고", C, d, ["culture-tourism"], "statement"),
        c("강원도는 청정산업 기반을 연계하고 친환경‧저탄소 미래 에너지산업을 육성하고 있다", C, d,
          [E, "climate-carbon"], "statement"),
        c("문화 올림픽으로 치루겠다는 계획을 발표했다", None, d, ["culture-tourism"], "plan"),
        c("숙박시설 부족, 교통난 등의 지적도 있다", None, d, ["culture-tourism"], "criticism"),
    ],
    ["미래 먹거리 산업 육성 방안, 동해권경제자유구역(EFEZ) 구축 사업 등을 주제로 진행됐다",
     "세계인 다시 찾는 먹거리, 즐길거리, 쉴거리 마련",
     "대회 차량, 관중셔틀버스만 이용하는 올림픽 전용도로 운영",
     "사실상 올림픽이 개막됐다고 볼 수 있다"],
)

L = "lee-dong-hwan"
d = "2023-03-14"
I = "investment-attraction"
F["gv-07-jobpost.txt"] = (
    {"headline": "이동환 고양시장, 경제자유구역 전도사로 나서", "published": "2023-03-15T10:10+09:00",
     "reporter": "임택", "outlet": "잡포스트", "jurisdiction": "41280"},
    [L],
    [
        c("동별 주민 소통간담회를 열고 경제자유구역 전도사로 나서고 있다", None, "2023-03-15", [I], "statement"),
        c("서울로 일자리를 찾아갈 필요가 없도록 첨단 글로벌 클러스터와 산업 생태계를 조성하겠다", L, d, [I, "jobs"], "plan"),
        c("바이오, 컬쳐, 마이스, 반도체 등 미래 혁신기술이 고양시로 집약되고", L, d, [I, "culture-tourism"], "statement"),
        c("경제자유구역으로 생겨날 경제·교통·인프라 등 모든 혜택이 최대한 시민께 돌아갈 수 있도록 최선을 다하겠다", L, d, [I], "plan"),
    ],
    ["고양시는 군에서 시로 승격한 1992년에 26만 명에 불과했으나",
     "인프라는 부족해 소비도시, 위성도시의 역할에 정체해 있다",
     "시민들의 지속적인 관심과 지지로 함께해 달라",
     "행신2·행주·효자동 ‘주민과의 대화’ 진행"],
)

G8 = "jo-gwang-han"
d = "2019-08-16"
P = "public-transit"
F["gv-08-ajunews.txt"] = (
    {"headline": "조광한 남양주시장, 광역교통 문제 해결 '잰걸음'", "published": "2019-08-16T14:05+09:00",
     "reporter": None, "outlet": None, "jurisdiction": "41360"},
    [G8],
    [
        c("조광한 경기 남양주시장이 광역교통 문제를 해결하고자 잰걸음을 하고 있다", None, d, [P], "statement"),
        c("최기주 대도시권 광역교통위원회 위원장을 만나 광역교통 현안을 설명하고, 협조를 요청했다", None, d, [P], "statement"),
        c("3기 신도시의 성공적인 추진과 정부 정책의 신뢰성 확보를 위해선 철도교통망 확충이 핵심", G8, d, [P, "housing"], "statement"),
        c("GTX-B노선의 예비타당성조사 결과가 이달 중 발표 될 수 있도록 노력해 달라", G8, d, [P], "statement"),
        c("남양주를 포함 수도권 동북부의 교통문제에 대해서 적극 공감한다", None, d, [P], "statement", "최기주"),
        c("남양주시가 롤 모델이 될 수 있도록 위원회도 적극 협조하겠다", None, d, [P], "plan", "최기주"),
        c("한국교통연구원과 수도권 동북부 광역교통개선을 위한 업무협약을 체결한 바 있다", None, "2019-08-06", [P], "achievement"),
    ],
    ["최 위원장간의 만남은 지난 5월 이후 두번째다", "'최기주 광역교통 위원장 만나 철도·교통 문제 협조 요청'"],
)

H = "shin-yeong-jae"
A3 = ["agriculture", "youth-policy", "startup-support"]
F["gv-09-thenews24.txt"] = (
    {"headline": None, "published": None, "reporter": None, "outlet": "더뉴스24", "jurisdiction": "42720"},
    [H],
    [
        c("스마트팜 확대보급을 위한 장기 종합계획 공유 간담회를 개최한다", None, None, ["agriculture"], "plan"),
        c("청년농업인 인큐베이팅 시스템 소개와", None, None, A3, "plan"),
        c("청년농업인 인큐베이팅 시스템은 스마트 타운을 조성하여", None, None, A3, "statement"),
        c("안정적으로 자립하는 청년 창업농을 지속적으로 육성해 나갈 계획이다", None, None, A3, "plan"),
        c("현재 직면한 농업·농촌문제 해결의 열쇠는 청년이 쥐고 있다", H, None, ["agriculture", "youth-policy"], "statement"),
        c("청년이 농업을 통해 안정적으로 정착할 수 있는 기반조성과 시스템 구축을 위해 최선을 다하겠다", H, None,
          ["agriculture", "youth-policy"], "plan"),
    ],
    ["이날 간담회에는 신영재 군수와 박영록 군의장, 홍천농업고등학교, 청년농업인이 참석할 예정이다"],
)

if __name__ == "__main__":
    G.mkdir(parents=True, exist_ok=True)
    total = 0
    for name, (meta, officials, claims, nots) in F.items():
        obj = {"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": nots}
        (G / f"{name}.json").write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(claims)
        print(name, len(claims))
    print("total", total)
