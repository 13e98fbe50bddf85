"""Write set-jb's hand annotations to gold/<article>.json (format of seeds/corpus/README.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def C(quote, speaker, date, policies, kind, name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        c["speaker_name"] = name
    return c


def M(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


S, D1 = "song-ha-jin", "2018-06-14"
Y, D2 = None, "2019-03-11"
J, D3 = "jang-jong-tae", "2018-03-15"
D4 = "2021-12-20"
W, D5 = "won-hee-ryong", "2017-08-08"
L = "lee-yong-seop"
E, D7 = "lee-choon-hee", "2020-06-25"
G, D9 = "yang-seung-jo", "2019-03-21"

ARTICLES = {
    "jb-01-saemangeum.txt": (
        M("송하진 전북지사 당선인, 자타공인 `전북통`…새만금 개발 앞세워 재선 성공", "2018-06-14T02:04:32+09:00", "박진주", None, "45"),
        [S],
        [
            C("식품생명·첨단부품·관광산업을 통해 4차 산업혁명 시대를 견인하는 새로운 성장 거점으로 전북을 발전시키겠다", S, D1,
              ["culture-tourism", "fourth-industrial-revolution"], "plan"),
            C("친환경 자동차 자율주행 기반 글로벌 전진기지 조성이 해법", S, D1, ["future-vehicles"], "statement"),
            C("내년부터 3000억원을 투입해 전북 상용차 자율주행 시험주행장과 주행 시험시설 구축", S, D1, ["future-vehicles"], "plan"),
            C("전북연구개발특구 혁신성장 생태계 구축, 신재생에너지 클러스터 구축이 그것이다", None, D1,
              ["research-development", "energy-transition"], "plan"),
        ],
        ["송하진 전북지사 당선인, 자타공인 `전북통`…새만금 개발 앞세워 재선 성공",
         "새만금 세계잼버리대회의 성공과 전북 대도약의 시대를 열겠습니다",
         "메가 프로젝트를 위한 정책협의기구가 운영돼야 한다",
         "새만금~중국 해저터널, 새만금 카본타워 조성 등 전북 대도약을 위한 정책협의를 하겠다는 것이다",
         "현대중공업 군산조선소와 한국GM 군산공장 폐쇄에 대한 해법 찾기에 나섰다"],
    ),
    "jb-02-yonhap.txt": (
        M("877억원 투입할 '청년정책 시행계획' 확정", "2019-03-11T08:22+09:00", "심규석", "연합뉴스", "43"),
        [],
        [
            C("충북도는 올해 청년 일자리 1만개를 창출하기 위한 청년 정책을 추진한다", Y, D2, ["jobs", "youth-policy"], "target"),
            C("77개 단위사업에 877억원을 투입하는 내용의 '청년 정책 시행계획'을 확정했다", Y, D2, ["youth-policy"], "achievement"),
            C("5대 전략은 청년과 소통하는 열린 청년 정책", Y, D2, ["youth-policy", "jobs", "startup-support"], "statement"),
            C("정책 형성 과정에 청년 참여를 확대하고 청년광장 구성·운영", Y, D2, ["youth-policy"], "plan"),
            C("또 충북청년희망센터를 조성·운영하고 청년 연구자 역량 강화 지원 및 지역인재 채용 설명회를 추진한다", Y, D2,
              ["youth-policy", "jobs"], "plan"),
            C("특성화 고교생·대학생들의 취업역량 교육을 확대하고 글로벌 현장학습을 지원하며 일·경험 일자리 사업을 추진한다", Y, D2,
              ["jobs", "youth-policy"], "plan"),
            C("창업 베이스캠프를 운영하고 창업 선도대학을 지원하며 농촌 창업 청년 농업인 정착을 돕기로 했다", Y, D2,
              ["startup-support", "youth-policy", "agriculture"], "plan"),
            C("행복결혼공제 확대, 출산 양육지원금 지급, 행복주택 건립 사업이 추진된다", Y, D2,
              ["childcare-birth", "housing", "youth-policy"], "plan"),
            C("청년 중심의 젊은 충북을 실현하기 위한 다양한 정책을 모색하겠다", None, D2, ["youth-policy"], "plan", "한창섭"),
        ],
        ["877억원 투입할 '청년정책 시행계획' 확정", "(청주=연합뉴스) 심규석 기자"],
    ),
    "jb-03-timenews.txt": (
        M("대전 서구, 청년창업 지원센터 본격 운영", "2018-03-15T18:00:31+09:00", "홍대인", "대전타임뉴스", "30170"),
        [J],
        [
            C("‘청년창업가 입주식’을 열고 본격적인 운영에 들어간다고 밝혔다", None, D3, ["startup-support", "youth-policy"], "statement"),
            C("맞춤형 서비스를 제공으로 청년창업의 허브 역할을 하고 있다", None, D3, ["startup-support", "youth-policy"], "statement"),
            C("설립 원년인 지난해 15개의 청년 창업기업이 입주해 청년 일자리 창출", None, D3,
              ["startup-support", "youth-policy", "jobs"], "achievement"),
            C("현실에 맞는 청년 일자리 정책을 인정받아", None, D3, ["jobs", "youth-policy", "startup-support"], "achievement"),
            C("앞으로 추가 모집을 통해 창업을 희망하는 청년 창업가를 발굴․지원할 계획이다", None, D3,
              ["startup-support", "youth-policy"], "plan"),
            C("청년창업 지원센터가 일자리 창출과 지역경제 활성화의 구심점이 될 수 있도록 최선을 다하겠다", J, D3,
              ["startup-support", "youth-policy", "jobs"], "plan"),
        ],
        ["대전 서구, 청년창업 지원센터 본격 운영", "신규 청년창업가 입주식 열어",
         "불확실한 미래를 걱정하는 젊은이들에게는 성공과 희망을 향한 열정과 도전정신 회복이 중요하다"],
    ),
    "jb-04-asiae.txt": (
        M(None, "2021-12", "정일웅", "아시아경제", "44"),
        [],
        [
            C("도시재생 뉴딜사업 대상에 충남 관내 17곳이 새로 이름을 올렸다", None, D4, ["urban-regeneration"], "achievement"),
            C("도시재생 뉴딜사업 4곳과 도시재생예비사업 13곳이 최종 선정됐다고 20일 밝혔다", None, D4, ["urban-regeneration"], "achievement"),
            C("추가 선정된 도시재생 뉴딜사업은 보령시의", None, D4, ["urban-regeneration"], "statement"),
            C("또 예비사업지에는 아산 3곳, 서천 2곳", None, D4, ["urban-regeneration"], "statement"),
            C("이들 지역에는 2026년까지 총예산 469억원이 연차적으로 투입될 예정이다", None, D4, ["urban-regeneration"], "plan"),
            C("앞서 충남은 올해 상반기 9곳이 도시재생 뉴딜사업 공모에 선정됐다", None, D4, ["urban-regeneration"], "achievement"),
            C("상·하반기를 통틀어 공모에 선정된 지역은 총 26곳으로 국비 616억원이 확보됐다", None, D4, ["urban-regeneration"], "achievement"),
            C("총사업비는 5347억원으로 늘어난다", None, D4, ["urban-regeneration"], "statement"),
            C("지역에서 진행되는 도시재생 사업이 차질 없이 추진될 수 있도록 최선을 다하겠다", None, D4, ["urban-regeneration"], "plan", "이동민"),
            C("도시재생 사업이 지역경제 활성화, 도민의 주거환경 개선 등에 기여할 수 있도록 하는데 행정력을 집중할 것", None, D4,
              ["urban-regeneration"], "plan", "이동민"),
            C("2014년부터 올해까지 총 41곳, 국비 3353억원을 확보하는 성과를 거뒀다", None, D4, ["urban-regeneration"], "achievement"),
            C("사업에 투입될 예산은 2026년까지 총 2조576억원에 이를 것으로 도는 내다본다", None, D4, ["urban-regeneration"], "statement"),
        ],
        ["[아시아경제(홍성) 정일웅 기자]"],
    ),
    "jb-05-seoul.txt": (
        M("부지 중 30%만 주택용지로… 나머지는 공공용지로 남겨 두는 것 고심", "2017-08-08T22:32+09:00", None, "서울신문", "50"),
        [W],
        [
            C("단기간에 폭등한 주택값 때문에 청년과 신혼부부 등 미래 세대들이", W, D5, ["housing"], "statement"),
            C("도민들이 행복주택 건설에 힘을 실어 달라", W, D5, ["housing", "youth-policy"], "statement"),
            C("제주시내권에 대체 국공유지가 없어 시민복지타운이 행복주택 최적지", W, D5, ["housing"], "statement"),
            C("읍면 지역에 공공주택을 짓기 위해서는 도시계획과 도로 등", W, D5, ["housing"], "statement"),
            C("부지 중 30%의 제한된 일부에 대해서만 주택 용지로 사용하고", W, D5, ["housing"], "statement"),
        ],
        ["부지 중 30%만 주택용지로… 나머지는 공공용지로 남겨 두는 것 고심",
         "청년세대 외곽서 출퇴근 경쟁력 약화…제주에 희망있다는 걸 보여주고 싶어",
         "민통선에서도 농업용 드론 허용해야", "권익위, 50대 농민 민원 국방부에 권고",
         "젊은 세대들이 경제적인 이유로 외곽으로 가면 학교와 직"],
    ),
    "jb-06-hankyung.txt": (
        M('이용섭 광주시장, 확대간부회의서 "한전공대 설립에 적극 협조도"', None, None, None, "29"),
        [L],
        [
            C("광주형 일자리 합작법인 ㈜광주글로벌모터스의 조기 안정과 인공지능(AI) 대표도시 광주 만들기에 최선을 다해주기 바란다",
              L, None, ["jobs", "fourth-industrial-revolution"], "plan"),
            C("23일은 광주글로벌모터스가 논의된 지 5년여만에 설립 등기를 완료했고", L, None,
              ["jobs", "fourth-industrial-revolution"], "achievement"),
            C("올해 안에 국내에서 23년 만에 자동차공장을 착공할 예정이며", L, None, ["jobs", "fourth-industrial-revolution"], "plan"),
            C("노동이 존중받고 기업하기 좋은 노사상생 도시, 인공지능 기반 4차 산업혁명 선도도시로 우뚝 설 것", L, None,
              ["labor-relations", "investment-attraction", "fourth-industrial-revolution"], "plan"),
            C("광주글로벌모터스는 1만2천개의 일자리를 창출하고", L, None, ["jobs", "fourth-industrial-revolution"], "target"),
            C("이는 광주가 4차 산업혁명 시대에 세계적 도시로 도약할 수 있는 양대 축이고 기회", L, None,
              ["fourth-industrial-revolution", "jobs"], "statement"),
            C("국가 균형발전을 도모하는 광주시와 전남도의 공동 현안 사업", L, None, ["education", "decentralization"], "statement"),
            C("한전공대가 애초 계획대로 2022년 3월에 개교할 수 있도록 적극적", L, None, ["education"], "plan"),
        ],
        ['이용섭 광주시장, 확대간부회의서 "한전공대 설립에 적극 협조도"', "광주글로벌모터스 조기 안정·AI 대표도시 만들기 최선"],
    ),
    "jb-07-ccnnews.txt": (
        M("이춘희 세종시장, 다함께 잘사는 세종 만들기 최선", "2020-06-25", "최형순", None, "36"),
        [E],
        [
            C("청춘조치원 프로젝트 시즌2를 본격화하고 도시재생 뉴딜사업과 농촌중심지활성화사업을 계속 추진하여", E, D7,
              ["urban-regeneration", "agriculture"], "plan"),
            C("공공급식지원센터를 개장(2020년 9월)하고", E, D7, ["agriculture"], "plan"),
            C("2040 행복도시권 광역도시계획을 수립하고", E, D7, ["decentralization"], "plan"),
            C("그동안 청춘조치원 프로젝트 총 76개 과제 중 42개 과제를 완료하였고", None, D7,
              ["urban-regeneration", "agriculture"], "achievement"),
            C("세종형 로컬푸드운동 2단계도 성공적으로 추진하여", None, D7, ["agriculture", "education"], "achievement"),
            C("국가균형발전선언 기념식을 개최하였고, 지방과 중앙의 소통 및 협력을 강화하기 위해 지방자치회관을 개관하였다", None, D7,
              ["decentralization"], "achievement"),
        ],
        ["이춘희 세종시장, 다함께 잘사는 세종 만들기 최선", "다함께 잘사는 세종을 만들기 위해 노력하겠다"],
    ),
    "jb-08-newscj.txt": (
        M(None, None, "천성현", "천지일보", "46780"),
        ["kim-cheol-u"],
        [
            C("지난해 출생아 수는 105명으로 전년도 81명 대비 24명 증가했다", None, None, ["childcare-birth"], "achievement"),
            C("임신·출산 친화 정책이 효과를 거두고 있는 것으로 보인다", None, None, ["childcare-birth"], "achievement"),
            C("또한 청년 인구 유입을 위해 경제 활성화와 생활 인구 기반 확충에 힘쓰고 있다", None, None, ["youth-policy"], "statement"),
            C("청년 농업인 임대형 스마트팜단지 조성, 농산어촌 유학 지원사업 등을 추진하고 있다", None, None,
              ["agriculture", "youth-policy", "education"], "statement"),
            C("농산어촌 유학 활성화를 위해 모듈러 주택을 8동을 신축했으며", None, None, ["education"], "achievement"),
        ],
        ["출산장려금 확대로 출생아 수 증가", "농산어촌 유학으로 청년 정착 지원", "귀농 귀촌 지원으로 인구감소 대응",
         "청년 인구 유입 위해 경제 활성화", "김철우 보성군수가 어린이집 1일 교사로 방문해",
         "지방 소멸 위기 극복을 최우선 군정 과제로 삼고 다양한 인구정책을 추진하고 있다고 25일 밝혔다"],
    ),
    "jb-09-cctimes.txt": (
        M("석탄발전 기지 오명 벗을 것", "2019-03-21T17:44+09:00", "오세민", None, "44"),
        [G],
        [
            C("`기후변화 대응 리더'로 새로운 길을 달려가겠습니다", G, D9, ["energy-transition", "climate-carbon"], "plan"),
            C("현재 가동 중인 전국 화력발전소 60기 중 절반이 충남에 있다", G, D9, ["energy-transition"], "statement"),
            C("국민은 미세먼지와 온실가스 등으로 건강과 안전을 위협받고 있다", G, D9, ["fine-dust", "climate-carbon"], "statement"),
            C("그렇다고 지금 당장 모든 발전소를 없애자는 것은 아니다", G, D9, ["energy-transition"], "statement"),
            C("전력 수급 상황을 고려, 단계적으로 폐쇄 또는 에너지를 전환해야 한다", G, D9, ["energy-transition"], "plan"),
            C("석탄화력 조기 폐쇄는 장기적 비전으로", G, D9, ["energy-transition"], "statement"),
            C("충남은 발전소 조기폐쇄와 성능개선사업 중단을 위해 태스크포스(TF) 가동", G, D9, ["energy-transition"], "statement"),
        ],
        ["양승조 지사 국회 정책토론회서 포부", "노후 석탄화력 조기 감축을 위한 정책토론회'에 참석해 밝힌 포부다",
         "오늘 우리는 청정하고 안전한 대한민국을 만들기 위해 이 자리에 모였다",
         "정부와 국회가 한마음 한뜻으로 힘과 지혜를 모아 달라"],
    ),
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, (meta, officials, claims, not_claims) in ARTICLES.items():
        gold = {"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": not_claims}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(claims)
        print(name, len(claims))
    print("total", total)
