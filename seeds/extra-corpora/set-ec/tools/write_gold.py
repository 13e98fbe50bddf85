"""Write set-ec's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


def meta(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


CP, DC, SM, ET, CC, FV, IA = ("citizen-participation", "dementia-care", "small-merchants", "energy-transition",
                              "climate-carbon", "future-vehicles", "investment-attraction")
YP, JB, DE, CT, PT, CB, SS, FIR = ("youth-policy", "jobs", "decentralization", "culture-tourism", "public-transit",
                                   "childcare-birth", "startup-support", "fourth-industrial-revolution")

G = {}

# ec-01: 울산시 주민참여예산 성과공유회; undated -> all dates null
KDG = "kim-doo-gyeom"
G["ec-01-thepowernews.txt"] = dict(
    metadata=meta(None, None, "이승렬", "더파워", "31"),
    officials=[KDG],
    claims=[
        c("한 해 동안 추진한 주민참여예산제 운영 성과를 공유했다", None, None, [CP], "statement"),
        c("중점 과제로 추진했다", None, None, [CP], "statement"),
        c("주민참여예산위원회는 분과위원회 24회, 운영위원회 5회, 총회 2회를 개최하고", None, None, [CP], "achievement"),
        c("시민의 적극적인 참여가 주민참여예산제의 성과로 이어졌다", KDG, None, [CP], "achievement"),
        c("시민의 목소리가 정책과 예산에 실질적으로 반영되도록 제도를 지속적으로 발전시키겠다", KDG, None, [CP], "plan"),
        c("시 소관 119건을 심의해, 체감도가 높은 33개 사업(300억 원 규모)을 2026년도 본예산에 반영했다", None, None, [CP],
          "achievement"),
    ],
    not_claims=[
        "시민 제안 33개 사업, 2026년 본예산 반영",
        "성과공유회·연수회 열고 한 해 운영 성과 점검",
        "제6기 주민참여예산위원과 관계 공무원 등 90여 명이 참석했으며",
        "주민제안사업 활성화 등에 기여한 공로로 울산시장 표창 9명",
        "주민제안사업 심의 방법 교육과 분과위원회별 토론이 이어지며",
        "울산 상공에서 찍은 시내 전경./ 사진=울산시",
    ],
)

# ec-02: 부산 사상구 치매안심센터 개소; institutional; undated (caption date ignored)
G["ec-02-newspim.txt"] = dict(
    metadata=meta(None, None, "조상철", "뉴스핌", "26530"),
    officials=[],
    claims=[
        c("부산 사상구는 지난 19일 보건소 2층에 치매안심센터 문을 열었다", None, None, [DC], "achievement"),
        c("사상구는 사업비 15억원을 들여 사상구보건소 2층을 증축해", None, None, [DC], "achievement"),
        c("사상구치매안심센터는 치매환자 등록 관리를 위한 ‘사무실’을 비롯해", None, None, [DC], "statement"),
        c("주민들에게 치매관리 통합지원 서비스를 제공할 수 있게 됐다", None, None, [DC], "achievement"),
    ],
    not_claims=[
        "부산 사상구 치매안심센터 개소식 [사진=사상구청] 2019.9.20",
        "기존 보건소 3층에 있던 물리치료실도 치매안심센터 시설 내로 확장 이전해",
    ],
)

# ec-03: 대구시 현장소통 시장실 at 상인회관; undated
KYJ = "kwon-young-jin"
G["ec-03-imaeil.txt"] = dict(
    metadata=meta("권시장, 올해 현장소통 첫 행보는 '전통시장 살리기'", None, None, "매일신문", "27"),
    officials=[KYJ],
    claims=[
        c("대구시는 8일 올해 첫 '현장소통 시장실'을 남구 상인회관 교육장에 열었다", None, None, [CP], "statement"),
        c("상인회관은 대구시가 전통시장 활성화와 상인들의 자긍심 고취를 목표로 2017년 11월 건립한 곳이다", None, None, [SM],
          "achievement"),
        c("권영진 대구시장은 이날 올해 첫 현장소통 행보로 상인회관을 찾아", None, None, [SM, CP], "statement"),
        c("시내 전통시장 활성화를 위한 대구시 지원을 집중적으로 건의했다", None, None, [SM], "statement"),
        c("모두 93곳에 현장소통 시장실을 열고 382건의 시민 건의사항을 해결했다", None, None, [CP], "achievement"),
        c("집단 민원 발생지역에 현장소통 시장실을 열고 해결 방안을 제시할 계획이다", None, None, [CP], "plan"),
        c("자영업자와 소상공인이 최대의 위기에 처해 있다", KYJ, None, [SM], "statement"),
        c("자영업과 중소기업이 다시 일어날 수 있는 지역 공동체를 통해 민생 경제를 살리는 데 총력을 쏟겠다", KYJ, None, [SM],
          "plan"),
    ],
    not_claims=[
        "권시장, 올해 현장소통 첫 행보는 '전통시장 살리기'",
        "남구 상인회관에서 올해 첫 ‘현장소통 시장실’ 운영",
        "8일 남구 상인회관에서 열린 올해 첫 대구시 '현장소통 시장실'. 대구시 제공",
    ],
)

# ec-04: 경북 수소경제 비전 선포식; broadcast-style text; undated
LCU = "lee-cheol-u"
G["ec-04-iij.txt"] = dict(
    metadata=meta(None, None, "임가영, 이순호", "국제i저널", "47"),
    officials=[LCU],
    claims=[
        c("2050 경상북도 수소경제 마스터플랜과 주요성과 향후 중점 추진 사업을 발표 했습니다", None, None, [ET], "statement"),
        c("수소산업 경쟁력 제고를 위한 세부 전략과제로 70개 기업을 유치하고", None, None, [ET, IA], "target"),
        c("수소생산·공급 기반 강화 세부 전략과제로는 수소복합터미널 구축과 수소배관망 구축", None, None, [ET], "plan"),
        c("생활 밀착형 기반 확대 세부 전략과제로는 수소도시 조성 10개소와 수소차 보급 10,000대", None, None, [ET, FV],
          "target"),
        c("에너지분권 실현으로 기후위기 대응과 2050 탄소중립을 실현을 경상북도가 반드시 주도해 나가겠다", LCU, None, [CC, ET],
          "plan"),
    ],
    not_claims=[
        "경북도는 25일 2023 지방시대 주도 수소경제 대전환 비전 선포식을 개최했습니다",
        "국제아이저널 임가영입니다",
    ],
)

# ec-05: 경남 청년 일자리 현장간담회; ' date 2021-10' + 19일 -> 2021-10-19; 박종원 경제부지사 not in registry
D5 = "2021-10-19"
G["ec-05-asiae.txt"] = dict(
    metadata=meta(None, "2021-10", "이상현", "아시아경제", "48"),
    officials=[],
    claims=[
        c("수도권의 구직자 집중 현상으로 인한 지역 불균형을 국가발전의 저해 요소로 인식하고", None, D5, [YP, JB], "statement"),
        c("지역 주도의 지속 가능한 국가균형발전을 달성하기 위해 청년의 역할이 무엇보다 중요하다", None, D5, [DE], "statement",
          "박종원"),
        c("미래형 청년 일자리를 창출하고, 청년이 일하고 싶은 기업문화 확산을 위해 노력하겠다", None, D5, [JB, YP], "plan",
          "박종원"),
    ],
    not_claims=[
        "'지역청년 일자리 개선을 위한 현장간담회'를 개최했다",
        "경남도 청년정책추진단의 경남 청년정책 발표",
        "지역 청년 일자리 개선을 위한 자유토론도 진행됐다",
    ],
)

# ec-06: TBC 경북 시군 축제 (2023-05-05); 안동시장 권기창 interviewed
D6, GGC = "2023-05-05", "gwon-gi-chang"
G["ec-06-tbc.txt"] = dict(
    metadata=meta("경북 시.군 축제 봇물..지역경제 활성화 한 몫", D6, "이혁동", "TBC", "47"),
    officials=[GGC],
    claims=[
        c("가정의 달인 5월, 경북 시. 군마다 축제가 봇물을 이루고 있습니다", None, D6, [CT], "statement"),
        c("크고 작은 행사들이 이어지고 있는데 지역경제 활성화에 도움이 될 것으로 보입니다", None, D6, [CT], "statement"),
        c("예천 활축제가 코로나이후 4년 만에 대면으로 개막했습니다", None, D6, [CT], "statement"),
        c("차전장군노국공주 축제로 이름을 바꿔 안동 원도심에서 개막했습니다", None, D6, [CT], "statement"),
        c("전통놀이가 펼쳐져 관광객들의 발길이 이어지고 있습니다", None, D6, [CT], "achievement"),
        c("주변 상권활성화에 한 몫하고 있습니다", None, D6, [CT, SM], "achievement"),
        c("축제 목적은 지역의 브랜드 이미지 향상과 지역 경제 활성화가 주요 목적입니다", GGC, D6, [CT], "statement"),
        c("이번 축제는 탈춤과 민속을 분리시키고 도심의 거리형 축제로 시행하게 됐습니다", GGC, D6, [CT], "statement"),
        c("문경 찻사발축제와 영주 한국선비문화축제도 7일까지 이어져", None, D6, [CT], "statement"),
    ],
    not_claims=[
        "경북 시.군 축제 봇물..지역경제 활성화 한 몫",
        "와서 보니까 예천에서 배출된 (활) 선수들도 많다고 하고",
        "서울에서 가족들이랑 가족 여행하게 됐는데",
        "축제장을 찾은 관광객과 주민들은 활 서바이벌 게임과 체험 등을 하며 축제를 즐깁니다",
    ],
)

# ec-07: 부산 대중교통 비전 2030; institutional; undated; headline/subheadline at the top
G["ec-07-hankyung.txt"] = dict(
    metadata=meta("부산시, 승용차 수송분담률 45% 넘으면 혼잡통행료 검토", None, None, None, "26"),
    officials=[],
    claims=[
        c("부산이 2030년까지 대중교통 중심 도시로 거듭난다", None, None, [PT], "plan"),
        c("부산시는 '부산 대중교통 비전 2030'을 수립해 본격 추진한다고 23일 밝혔다", None, None, [PT], "plan"),
        c("승용차 수송 분담률이 45%를 넘으면 혼잡통행료를 부과하는 등 강력한 교통수요 대책을 검토해 추진할 계획이다", None,
          None, [PT], "plan"),
        c("모든 대중교통에 사용할 수 있는 통합 할인권을 전국 최초로 도입하는 방안을 검토하고 있다", None, None, [PT], "plan"),
        c("차세대 급행철도 시스템인 어반루프를 2026년에 착공해 2030부산세계박람회 이전에 개통한다는 계획도 내놨다", None, None,
          [PT], "plan"),
        c("'부산형 급행철도시스템'을 2026년 국가철도망 구축계획에 반영해 추진하고", None, None, [PT, FV], "plan"),
        c("15분 도시 생활권 62곳에 공유 모빌리티 운영 지구를 1곳씩 설치하고", None, None, [PT], "target"),
        c("오시리아선을 2030년까지 구축하겠다는 목표를 제시하고", None, None, [PT], "plan"),
        c("복합환승센터 등을 우선 조성하고 빅데이터를 활용해 맞춤형 버스 노선을 확대한다는 구상도 밝혔다", None, None,
          [PT, FIR], "plan"),
        c("올해 하반기 수륙양용 버스 운행을 시작으로", None, None, [PT], "plan"),
    ],
    not_claims=[
        "대중교통 비전 2030 추진…통합할인권 도입·어반루프 착공 등",
        "부산시, 승용차 수송분담률 45% 넘으면 혼잡통행료 검토",
    ],
)

# ec-08: 남해군 인구증대시책 조례 개정 (2021-06-30 11:36); 팀장 강홍주 not in registry
D8 = "2021-06-30"
G["ec-08-seoul.txt"] = dict(
    metadata=meta("남해군 출산장려금 올리고 결혼장려금 신설 등 인구증대 안간힘", "2021-06-30T11:36+09:00", "강원식", None,
                  "48840"),
    officials=[],
    claims=[
        c("셋째아 이상 출산장려금을 기존 500만원에서 1000만원으로 올리고", None, D8, [CB], "plan"),
        c("셋째아 이상 출산장려금을 100% 올리고", None, D8, [CB], "plan"),
        c("어린이집 신입생에게 입학준비금 9만 5000원을 지원한다", None, D8, [CB], "plan"),
        c("임산부에게 20만원 교통카드를 지급하고", None, D8, [CB], "plan"),
        c("인구증대시책 지원조례 일부개정안을 지난 24일 입법예고했다", None, "2021-06-24", [CB], "achievement"),
        c("군은 개정조례안이 빠르면 7월, 늦어도 8월 군의회 임시회에서 통과돼 시행될 수 있을 것으로 내다봤다", None, D8, [CB],
          "statement"),
        c("그동안 인구증대 지원시책 조례 개정을 위해 군민과 각계의 다양한 의견을 수렴해 반영했다", None, D8, [CB], "achievement",
          "강홍주"),
        c("이같은 지원시책이 인구를 늘리는데 도움이 돼 소멸위기 지역에서 벗어날 수 있기를 기대한다", None, D8, [CB], "statement",
          "강홍주"),
    ],
    not_claims=[
        "남해군 출산장려금 올리고 결혼장려금 신설 등 인구증대 안간힘",
        "인구증가 유공 군민 인센티브 최대 100만원 지급",
        "인구늘리기 유공 군민 인센티브 지원도 신설해",
    ],
)

# ec-09: 울산 북구청장 박천동 청년창업가 간담회; undated
PCD = "park-cheon-dong"
G["ec-09-thenewsin.txt"] = dict(
    metadata=meta("박천동 울산 북구청장, 청년창업가와 소통 간담회", None, "주재영", "더뉴스인", "31200"),
    officials=[PCD],
    claims=[
        c("청년창업가의 꿈과 도전은 개인적인 것이기도 하지만 한편으로는 지역 경제에 활력을 주고", PCD, None, [SS, YP],
          "statement"),
        c("다양한 지원 프로그램과 인프라로 꿈을 펼칠 기회의 장을 마련해 청년창업가의 성공을 돕겠다", PCD, None, [SS, YP], "plan"),
        c("한편 북구는 청년의 기술 창업 지원에 앞장서고 있다", None, None, [SS, YP], "statement"),
        c("'청년창업지원센터'는 창업 공간 지원은 물론이고", None, None, [SS, YP], "statement"),
        c("북구는 또 정부 및 울산시의 청년 창업 관련 공모사업도 적극 활용해 청년 창업가를 지원하고 있다", None, None, [SS, YP],
          "statement"),
        c("이날 간담회가 진행된 청년공간 와락(樂) 또한 청년 소통 공간이다", None, None, [YP], "statement"),
        c("취업, 인문·문화 특강 등 청년맞춤 프로그램도 다양하게 운영하고 있다", None, None, [YP, JB], "statement"),
    ],
    not_claims=[
        "박천동 울산 북구청장, 청년창업가와 소통 간담회",
        "창업 경험 및 애로사항 공유 및 정책 건의",
        "청년창업가들과 만나 소통하는 시간을 가졌다",
        "창업의 경험과 애로사항을 공유하고, 필요한 정책을 건의했다",
    ],
)


def main():
    GOLD.mkdir(exist_ok=True)
    for name, g in G.items():
        out = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(G), "files,", sum(len(g["claims"]) for g in G.values()), "claims")


if __name__ == "__main__":
    main()
