"""Write set-hy gold files (hand annotation). C(quote, speaker, date, policies, kind[, name])."""
import json
from pathlib import Path

G = Path(__file__).resolve().parent.parent / "gold"


def C(quote, speaker, date, policies, kind, name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        c["speaker_name"] = name
    return c


def M(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


CB, YP, JOB = "childcare-birth", "youth-policy", "jobs"
MED, CT, RD, ET = "medical-industry", "culture-tourism", "research-development", "energy-transition"
LAB = "labor-relations"

D1 = "2026-02-10"
D2 = "2021-07-12"
D3 = "2023-03-19"
D4 = "2020-07-20"
D5 = "2019-01-17"
KIG, SCS, HGH, HGD, KJS, PHJ, KJH = ("kim-il-gwon", "seo-chun-su", "han-gyeong-ho", "heo-gi-do", "kim-ju-su",
                                     "park-heong-joon", "kim-jong-hun")

GOLD = {
"hy-01-kbmaeil.txt": (
    M("대한민국 결혼1번지 달서, 결혼친화정책 본격화", "2026-02-10T15:26+09:00", "김재욱", None, "27290"),
    [],
    [
        C("초저출생 시대 인구 위기 대응을 위해 결혼친화 정책을 한층 강화하며", None, D1, [CB], "statement"),
        C("달서구는 2026년에도 청년 결혼 지원과 가족 친화 문화 확산을 위한 다양한 결혼친화 사업을 추진한다", None, D1, [CB, YP], "plan"),
        C("결혼으로 이어질 수 있는 환경 조성에 정책 역량을 집중한다는 구상이다", None, D1, [CB], "plan"),
        C("결혼장려 인프라 구축, 건강한 결혼문화 정착 등 다각적인 정책을 지속 추진해 왔다", None, D1, [CB], "statement"),
        C("총 211커플이 성혼에 성공하며 결혼친화도시로서 입지를 다져왔다는 평가다", None, D1, [CB], "achievement"),
        C("달서구는 2016년 전국 최초로 결혼장려 전담 조직을 신설한 이후", None, D1, [CB], "achievement"),
        C("지역 특화 결혼 정책 모델을 구축하며 전국 유일 결혼친화도시 이미지를 형성해 왔다", None, D1, [CB], "achievement"),
        C("저출산 대응 정책도 강화하고 있다", None, D1, [CB], "statement"),
        C("출산정책 전담 조직을 신설하고, 대구 최초 출산정책 브랜드", None, D1, [CB], "statement"),
        C("△저출산 전문가 자문단 구성 △AI 기반 출생축하 서비스 도입", None, D1, [CB, "fourth-industrial-revolution", YP], "statement"),
    ],
    ["이색 만남행사·결혼 인프라 확대⋯초저출생 대응 청년 결혼 지원 총력",
     "결혼친화서포터즈단과 함께 진행한 전통시장 장보기 행사 및 결혼장려 캠페인의 모습"],
),
"hy-02-ulsanilbo.txt": (
    M("김일권 양산시장 언론간담회, “지난 3년처럼 내실있게 양산시정 운영”", "2021-07-13", "김갑성", None, "48330"),
    [KIG],
    [
        C("4년차 시정 방향을 소통과 참여, 미래 먹거리기반 강화, 교육과 문화의 융성", KIG, D2,
          ["citizen-participation", "education", CT], "plan"),
        C("장애인체육회 출범, 기업체 장애인 스포츠 선수 고용을 통한 안정적인 장애인 체육활동 지원", KIG, D2,
          ["welfare", JOB, "small-merchants"], "achievement"),
    ],
    ["지난 3년의 성과와 향후 시정 운영 계획을 밝혔다",
     "남은 1년 동안 모든 시정 역량을 집중하겠다",
     "초심을 잃지 않고 혼신을 다하겠다",
     "김일권 양산시장 언론간담회, “지난 3년처럼 내실있게 양산시정 운영”"],
),
"hy-03-fnnews.txt": (
    M("안동시, 글로벌 백신산업 허브 도약 기대", "2023-03-19T14:00+09:00", "김장욱", "파이낸셜뉴스", "47170"),
    [],
    [
        C("국내 바이오산업 중심지로 급부상할 전망이다", None, D3, [MED], "statement"),
        C("바이오·백신 관련 연구기관과 시설을 보유하고 있다", None, D3, [MED, RD], "statement"),
        C("전주기 지원 시스템도 갖췄다", None, D3, [MED], "statement"),
        C("도시경쟁력 확보를 위해서는 국가산업단지 유치가 절실했다", None, D3, [MED], "statement", "이영석"),
        C("바이오 융·복합 분야 신산업을 육성해 전국 타 바이오클러스터와 차별화되는 신산업을 육성하겠다", None, D3, [MED], "plan", "이영석"),
        C("'바이오·디지털헬스 중심국가 글로벌 중심국가 도약'을 국정과제에 포함했다", None, D3, [MED], "statement"),
        C("국가 연구개발(R&D)을 확대하는 동시에", None, D3, [RD, MED], "plan"),
        C("안동 바이오생명 국가산업단지 신규 지정을 신청했다", None, D3, [MED], "achievement"),
        C("사업비 3579억원을 투입해 바이오·백신산업 클러스터를 조성하고", None, D3, [MED], "plan"),
    ],
    ["안동시, 글로벌 백신산업 허브 도약 기대"],
),
"hy-04-tvchosun.txt": (
    M("[네트워크 초대석] 서춘수 함양군수 \"산양삼으로 항노화산업 육성\"", "2020-07-20T08:53+09:00", "이성진", None, "48870"),
    [SCS],
    [
        C("이 산양삼을 활용해 항노화산업의 중심지가 되겠다는", SCS, D4, [MED], "plan"),
        C("모두가 행복한 함양을 만들기 위한 복지 시책을 역점적으로 추진하였습니다", SCS, D4, ["welfare", "urban-regeneration"], "achievement"),
        C("2년 연속 도시재생 뉴딜사업에 선정되어서", SCS, D4, ["urban-regeneration"], "achievement"),
        C("독신자와 신혼부부를 위한 200세대 행복주택 건립과", SCS, D4, ["housing"], "achievement"),
        C("천원버스 단일요금제 및 버스 승하차 도우미 시행, 또 장수마을 조성, 치매안심센터 운영", SCS, D4,
          ["welfare", "public-transit", "dementia-care"], "achievement"),
    ],
    ["산양삼으로 항노화산업 육성",
     "산양삼 재배면적이 전국에서 가장 넓습니다",
     "아직도 부족한 부분과 아쉬운 점들이 많이 있습니다",
     "함양군이 역점 추진하는 항노화산업이란?",
     "항노화 산업이라 하면 좀 포괄적인 이야기입니다만"],
),
"hy-05-lawissue.txt": (
    M("\"원전해체연구소, 기장군 내 조속 건립돼야\"", "2019-01-17T15:21+09:00", "전용모", "로이슈", "26710"),
    [],
    [
        C("원전해체연구소가 기장군 내에 조속히 건립돼야 한다", None, D5, [ET, RD], "plan"),
        C("탈 원전으로 줄어드는 지역개발세로 인해 지역주민들은 이중고를 겪고 있다", None, D5, [ET], "criticism"),
        C("원전해체연구소의 기장군 설립 필요성과 원전해체연구소와 지역발전의 동반성장을 강조했다", None, D5, [ET, RD], "plan"),
        C("‘기장군 원전해체연구소 범군민유치위원회’를 구성, 대정부 건의문을 채택하고", None, D5, [ET, RD], "achievement"),
    ],
    ["부산기장군청 전경.(사진제공=기장군)",
     "지난 40여 년간 국가전력산업 성장이라는 명목하에",
     "코스피 2,628.62"],
),
"hy-06-shinailbo.txt": (
    M("한경호 경남도지사 권한대행, 산청군 방문", "2018-03-09T13:21+09:00", "김종윤", "신아일보", "48"),
    [HGH, HGD],
    [
        C("경남도에서 추진 중인 항노화 웰니스 관광산업과 한방약초산업 등 현장에서 잘 진행되고 있는지 점검하고", None,
          "2018-03-09", [MED, CT], "statement"),
        C("항노화 웰니스 관광산업과 한방약초산업은 경남의 미래를 책임질 신 성장 산업", HGH, "2018-03-08", [MED, CT], "statement"),
        C("항노화 산업의 부가가치 향상을 위해 힘써달라", HGH, "2018-03-08", [MED], "plan"),
        C("웰니스 관광과 한방약초산업이 동반성장을 통해 큰 시너지를 얻을 것으로 확신한다", HGD, "2018-03-08", [MED, CT], "statement"),
        C("남명 조식선생의 사상을 대중화·세계화 하는데도 앞장서겠다", HGD, "2018-03-08", [CT], "plan"),
    ],
    ["항노화주식회사 등 출자·출연기관 찾아",
     "산청군 소재 경남도 출자·출연 기관을 방문했다",
     "경남항노화주식회사와 한방약초산업 관련 기업을 육성하고 연구개발을 수행하는 경남한방약초연구소를 방문해",
     "선비문화 체험·연수시설인 한국선비문화연구원도 잇따라 찾았다"],
),
"hy-07-newscj.txt": (
    M(None, None, "송해인", "천지일보", "47730"),
    [KJS],
    [
        C("인구정책, 출산지원, 청년정책, 일자리, 귀농·귀촌 등 전담부서를 설치해", None, None,
          [CB, YP, JOB, "agriculture", "education"], "statement"),
        C("합계출산율도 경북 1위(2년 연속)와 전국 3위를 기록한 지역", KJS, None, [CB], "achievement"),
    ],
    ["(제공: 경북 의성군) ⓒ천지일보 2020.11.20",
     "‘2020년 10월 인구증가대책 보고회’를 개최했다고 20일 밝혔다",
     "남은 2020년 인구증가를 위한 추진대책을 중점적으로 다뤘다",
     "인구구조를 개선하기 위해 지속적인 투자와 분위기 조성에 최선을 다하겠다"],
),
"hy-08-news2day.txt": (
    M("박형준 부산시장, “부산의 잠재력을 높게 구현할 것”...15분도시 비전투어 시즌2 금정구 편 개최", None, "문지영", "뉴스투데이", "26"),
    [PHJ, "yun-il-hyeon"],
    [
        C("주민들의 의견 청취와 제안 과제 수렴을 목적으로 한다", None, None, ["citizen-participation"], "statement"),
        C("부산 청년들의 이탈이 증가하는 추세를 언급하며", PHJ, None, [YP], "statement"),
    ],
    ["부산시의 15분도시 정책은 부산 지역 내 거주지와 상관없이",
     "우리가 하는 일을 꿋꿋이 빈틈없이 해야 된다",
     "시민이 행복한 도시와 글로벌 허브 도시라는 두 가지 비전으로 새로운 도시를 만들겠다"],
),
"hy-09-news1.txt": (
    M("울산 동구,'노동의 가치 중시' 노동정책 용역 보고회 열어", None, "김지혜", "뉴스1", "31170"),
    [KJH],
    [
        C("울산 동구가 노동의 가치를 중시하는 존중도시를 만들기 위해 노동정책 용역 보고회를 열었다", None, None, [LAB], "statement"),
        C("‘울산 동구 노동정책 기본계획’ 및 ‘여성직종 평균임금 실태조사’ 용역에 대한 추진상황을 공유하고자", None, None, [LAB], "statement"),
        C("향후 5년간 추진할 울산 동구 노동정책의 실행계획 수립을 위해 용역을 수행하고 있으며", None, None, [LAB], "plan"),
        C("노동 시장의 양극화가 심화 되었으며", KJH, None, [LAB], "statement"),
        C("고용 안전망을 구축하여 일하는 모든 사람이 행복한 노동 존중 정책을 펼치겠다", KJH, None, [LAB, JOB], "plan"),
    ],
    ["울산 동구는 10일 구청장실에서 노동 정책 용역 보고회를 열었다.(울산동구청 제공)",
     "울산 동구 노동 정책 관련하여 용역 보고회를 개최했다고 10일 밝혔다"],
),
}

if __name__ == "__main__":
    G.mkdir(exist_ok=True)
    total = 0
    for name, (meta, officials, claims, not_claims) in GOLD.items():
        doc = {"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": not_claims}
        (G / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(claims)
        print(name, len(claims))
    print("total", total)
