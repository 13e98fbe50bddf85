"""Write set-cv's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path


def c(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


GOLD = {}

# ---------------------------------------------------------------- cv-01 강원도 최문순 interview (2017-11-28)
D = "2017-11-28"
CMS = "choi-moon-soon"
GOLD["cv-01-korea.txt"] = {
    "metadata": {"headline": "미래의 강원도, 올림픽이 시작점", "published": "2017-11-28", "reporter": None,
                 "outlet": "문화체육관광부 국민소통실", "jurisdiction": "42"},
    "officials": [CMS],
    "claims": [
        c("세계인이 다시 찾는 제1의 관광 수도·문화 수도 조성을 위해 최 지사는 세가지를 언급했다", CMS, D,
          ["culture-tourism"], "plan"),
        c("최근 트렌드 변화와 글로벌 수준에 맞춘 새로운 관광정책의 구현이 필요하다고 말했다", CMS, D,
          ["culture-tourism"], "plan"),
        c("이미 강원도는 대한민국 제1의 관광벨트이지만 올림픽 이후 더 많은 세계인이 강원도를 찾을 것으로 기대되는데 지금부터 철저한 대비가 필요하다",
          CMS, D, ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "[최문순 강원도지사 인터뷰 후기] “올림픽 유산 효율적으로 활용”",
        "올림픽의 성공적 개최와 사후관리에 있다고 봤다",
        "강원도 미래를 준비하는 것이 매우 중요하다고 강조했다",
        "동계올림픽은 또 한번 대한민국 경제도약의 시발점이 됨은 물론",
        "강원도 모든 정책의 새로운 패러다임 변화가 절실하다",
        "강원도청 전경.(제공=강원도청)",
        "2024 정부 업무보고 국민과 함께하는 민생토론회",
    ],
}

# ---------------------------------------------------------------- cv-02 수원 이재준 (2023-01-26)
D = "2023-01-26"
LJJ = "lee-jae-jun"
GOLD["cv-02-newspeak.txt"] = {
    "metadata": {"headline": "이재준 수원특례시장 “수원을 탄소중립 랜드마크로”", "published": "2023-01-26",
                 "reporter": "이민우", "outlet": "뉴스피크", "jurisdiction": "41110"},
    "officials": [LJJ],
    "claims": [
        c("이재준 수원특례시장이 수원을 탄소중립 랜드마크로 만들겠다는 의지를 밝혔다", LJJ, D, ["climate-carbon"], "plan"),
        c("앞서 수원시는 지난해 4월 환경부 주관 ‘탄소중립 그린도시 사업’ 대상지로 선정돼 국비 240억 원을 확보했다", None, D,
          ["climate-carbon"], "achievement"),
        c("2026년까지 추진되는 탄소중립 그린도시 사업은", None, D, ["climate-carbon"], "statement"),
        c("전기·수소 충전소 하나 지으면 탄소중립이 될까요?", LJJ, D, ["climate-carbon"], "statement"),
        c("친환경 건물을 지으면 지속가능한 탄소중립으로 나아갈 수 있을까요?", LJJ, D, ["climate-carbon"], "statement"),
    ],
    "not_claims": [
        "26일 ‘수원시 탄소중립 그린도시 조성사업 총괄계획단(MP)’ 위촉",
        "위촉한 뒤 함께 기념사진을 찍고 있다",
        "위촉 소식을 전하며 위와 같이 말했다",
        "등 위원 7명에게 위촉장을 수여했다",
        "‘탄소중립 그린도시 조성사업 총괄계획단’에 위촉되신",
    ],
}

# ---------------------------------------------------------------- cv-03 경기도 청년정책 (undated; 2021)
YP = "youth-policy"
GOLD["cv-03-hankyung.txt"] = {
    "metadata": {"headline": "경기도, 청년정책에 4천511억 투자…청년참여기구 신설", "published": None,
                 "reporter": None, "outlet": "연합뉴스", "jurisdiction": "41"},
    "officials": [],
    "claims": [
        c("경기도는 올해 일자리, 주거, 교육 등 청년정책 5대 분야 42개 사업에 4천511억원을 투입한다고 26일 밝혔다", None, None,
          [YP, "jobs", "housing", "education"], "plan"),
        c("도는 최근 청년정책조정위원회를 열어 이런 내용의 '2021년 청년정책 시행계획'을 확정했다", None, None, [YP], "achievement"),
        c("세부 사업은 분야별로 ▲일자리 18개 ▲주거 4개 ▲교육 7개 ▲복지·문화 6개 ▲참여·권리 7개 등이다", None, None,
          [YP, "jobs", "housing", "education", "welfare", "culture-tourism", "citizen-participation"], "statement"),
        c("관련 사업 예산은 국비를 포함해 총 4천511억원을 투입한다", None, None, [YP], "plan"),
        c("신규 사업으로 올해부터 '청년정책 거버넌스 운영'(참여·권리 분야) 사업을 추진한다", None, None,
          [YP, "citizen-participation"], "plan"),
        c("청년참여기구를 통해 정책을 직접 제안받고", None, None, [YP, "citizen-participation"], "statement"),
        c("수요자 중심의 정책 추진으로 정책 실효성을 높이겠다는 방침이다", None, None, [YP, "citizen-participation"], "plan"),
        c("청년참여기구는 다음 달 11일까지 청년 구성원 200여명을 모집할 예정이다", None, None,
          [YP, "citizen-participation"], "plan"),
        c("'경기청년 일자리 매치업 취업지원사업'(일자리 분야)도 올해 처음 추진한다", None, None, [YP, "jobs"], "plan"),
        c("청년 구직자를 인턴으로 연계해 70% 이상을 정규직으로 채용하도록 지원하는 내용이다", None, None, [YP, "jobs"], "target"),
        c("주거 분야에선 부동산 문제로 어려움을 호소하는 청년을 위해", None, None, [YP, "housing"], "plan"),
        c("대학생 학자금 대출이자 지원, 대학생 취업브리지 등 기존 교육 분야 사업도 이어간다", None, None,
          [YP, "education", "jobs"], "plan"),
    ],
    "not_claims": ["/연합뉴스", "ⓒ 한경닷컴, 무단전재 및 재배포 금지"],
}

# ---------------------------------------------------------------- cv-04 춘천 도시재생 (2015-12-29)
D = "2015-12-29"
UR, CP = "urban-regeneration", "citizen-participation"
GOLD["cv-04-reporternside.txt"] = {
    "metadata": {"headline": "춘천 번개시장 일원 도시재생사업 주민 주도형 추진", "published": "2015-12-29",
                 "reporter": "김아영", "outlet": None, "jurisdiction": "42110"},
    "officials": [],
    "claims": [
        c("춘천시에서는 처음으로 시작되는 도시재생사업이 주민 주도형으로 추진된다", None, D, [UR, CP], "plan"),
        c("춘천시는 소양로 번개시장 일원 24만5천㎡을 대상으로 2020년까지 국비 등 100억원을 들여 도시재생사업을 추진한다", None, D,
          [UR], "plan"),
        c("이 사업은 철거 위주의 재정비사업과는 달리", None, D, [UR, CP, "small-merchants"], "statement"),
        c("시는 체계적인 추진을 위해 내년 2월 사업을 전담하는 도시재생지원센터를 설립한다", None, D, [UR], "plan"),
        c("번개시장 내 건물을 임대, 리모델링을 마쳤으며 조만간 센터장과 직원을 공모할 계획이다", None, D, [UR], "plan"),
        c("시는 기반시설로 향후 5년간 △번개시장 현대화", None, D,
          [UR, "small-merchants", "startup-support", YP, "culture-tourism"], "plan"),
        c("이들 시설은 수차례 주민 의견 수렴을 거쳐 마련된 것이다", None, D, [UR, CP], "statement"),
        c("주민 주도 사업을 위해 상인회, 부녀회 등의 마을 자생단체가 참여하는 주민협의체가 구성된다", None, D, [UR, CP], "plan"),
        c("단체나 마을별로 상권활성화, 마을 가꾸기 등의 사업계획을 마련하면", None, D, [UR, CP, "small-merchants"], "statement"),
        c("시는 기본계획은 마련된 상태이나 구체적인 시설과 사업은 연초 주민들의 의견을 다시 수렴해 최종 확정할 계획이다", None, D,
          [UR, CP], "plan"),
        c("재생사업의 성공은 주민 참여에 달려 있는 만큼 도시재생센터를 중심으로 주민들의 참여를 적극적으로 이끌어 내겠다", None, D,
          [UR, CP], "plan", speaker_name="홍순익"),
    ],
    "not_claims": ["김아영 기자", "이 기사를 공유합니다"],
}

# ---------------------------------------------------------------- cv-05 화천 최문순 군수 (undated; 2025)
CB = "childcare-birth"
CMSH = "choi-mun-sun"
GOLD["cv-05-kwnews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "51790"},
    "officials": [CMSH],
    "claims": [
        c("화천군이 신혼부부 결혼 지원금 제도를 신설하고 사내면에 온종일 돌봄시설을 건립하는 등 저출산 대응을 강화하고 있다", None, None,
          [CB], "statement"),
        c("군은 올해부터 화천에 주민등록을 두고 있으면서 혼인 신고를 한 신혼부부 세대에 결혼 지원금 제도를 신설했다", None, None,
          [CB], "achievement"),
        c("신청기한은 전입 신고일부터 1년 이내로 세대별 지원금은 150만원이다", None, None, [CB], "statement"),
        c("지원금은 최초 신청시 50만원 지급, 1년 이상 주민등록 유지 시 100만원 추가 지급 방식으로 지원된다", None, None,
          [CB], "statement"),
        c("2024년에 혼인신고한 세대의 경우 신고 후 화천군에 1년 이상 계속 거주 시 신청할 수 있다", None, None, [CB], "statement"),
        c("이와함께 지난해 화천시내에 전국 최초로 지자체 주도 온종일 돌봄시설인 커뮤니티센터를 건립한데 이어", None, None,
          [CB], "plan"),
        c("오는 2026년말까지 사내면 사창리에 준공 예정인 이 시설은", None, None, [CB], "plan"),
        c("여기에는 돌봄교실을 비롯해 실내 놀이터, 중고교생을 위한 미래인재양성관", None, None, [CB, "education"], "plan"),
        c("교육지원, 돌봄 서비스, 주거안정 지원책이 청년들의 혼인과 출산에 실질적으로 도움이 될 수 있도록 하겠다", CMSH, None,
          [CB, "education", "housing"], "plan"),
    ],
    "not_claims": [],
}

# ---------------------------------------------------------------- cv-06 김진태 삼척 방문 (2022-09-14)
D = "2022-09-14"
KJT = "kim-jin-tae"
ET = "energy-transition"
GOLD["cv-06-fnnews.txt"] = {
    "metadata": {"headline": "김진태 지사, 삼척시 첫 방문“수소기업 전문산업단지 지정 협조”",
                 "published": "2022-09-14T22:01+09:00", "reporter": "서백", "outlet": "파이낸셜뉴스", "jurisdiction": "42"},
    "officials": [KJT, "park-sang-su"],
    "claims": [
        c("김진태 강원도지사는 14일 삼척시를 첫 방문", KJT, D, [ET], "plan"),
        c("포항~삼척 철도 개통과 평택~삼척 동서고속도로 완성 등 고속교통망 확충을 통해 더 많은 관광객이 찾아 올 삼척의 앞날이 기대된다", KJT, D,
          ["public-transit", "culture-tourism"], "statement"),
        c("삼척시는 수소기업육성 산학연 클러스터 조성을 위해 수소기업 전문산업단지 지정과 수소관련 정부사업 국비확보 등 도의 협력을 요청하였다",
          None, D, [ET, "research-development"], "plan"),
        c("이와 관련, 김진태 강원도지사는 “삼척을 중심으로 동해안을 액화수소 에너지 혁신허브로 성장시키겠다", KJT, D, [ET], "plan"),
        c("삼척이 수소기업 전문산업단지로 지정받을 수 있도록 적극 협력하겠다", KJT, D, [ET], "plan"),
    ],
    "not_claims": [
        "고 밝혔다. 사진=강원도 제공",
        "14일 김진태 강원도지사는 이날 삼척시를 첫 방문",
        "박상수 삼척시장과 지역구 도의원·시의원들과 삼척시청에서 현장간담회를 진행했다",
        "syi23@fnnews.com 서백 기자",
    ],
}

# ---------------------------------------------------------------- cv-07 고양 이동환 신년 기자회견 (undated; 2026-01)
LDH = "lee-dong-hwan"
PT, FV = "public-transit", "future-vehicles"
GOLD["cv-07-wowtv.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "41280"},
    "officials": [LDH],
    "claims": [
        c("GTX 개통을 고양 변화의 핵심 동력으로 제시하며 “교통 혁명이 도시의 구조를 바꿨다”고 밝혔다", LDH, None, [PT], "achievement"),
        c("GTX와 서해선 개통으로 서울역 16분, 김포공항 19분 시대가 열렸다", LDH, None, [PT], "achievement"),
        c("고양은 더 이상 서울로 출퇴근하는 베드타운이 아니라, 수도권 10분대 생활권의 중심 도시가 됐다", LDH, None, [PT], "achievement"),
        c("교통은 단순한 이동 수단이 아니라 인재와 기업을 끌어오는 도시 경쟁력", LDH, None, [PT, "investment-attraction"], "statement"),
        c("GTX 개통을 기점으로 고양의 위상이 근본적으로 달라졌다", LDH, None, [PT], "achievement"),
        c("GTX-A와 서해선 개통 이후 고양은 동서로만 연결돼 있던 철도 구조에 남북 축이 더해지며", None, None, [PT], "achievement"),
        c("이 시장은 후속 철도망 확충 계획도 제시했다", LDH, None, [PT], "plan"),
        c("대장홍대선은 이미 착공에 들어갔고, 고양은평선은 올해 착공을 앞두고 있다", None, None, [PT], "statement"),
        c("가좌식사선과 대곡고양시청식사선은 정부 승인을 받았으며", None, None, [PT], "statement"),
        c("GTX 접근성을 높이기 위한 ‘역세권-생활권 연결’도 주요 과제로 언급했다", LDH, None, [PT], "plan"),
        c("자율주행 셔틀과 AI 교통 신호체계를 활용한 역 접근성 개선 계획을 밝혔다", LDH, None,
          [PT, FV, "fourth-industrial-revolution"], "plan"),
        c("고양시는 대곡역과 킨텍스역을 중심으로 자율주행 셔틀과 로보택시 실증을 추진하고 있으며", None, None,
          [FV, "smart-city"], "plan"),
        c("GTX를 중심으로 철도, 자율주행, 미래 항공 모빌리티까지 연결해 고양", LDH, None, [PT, FV], "plan"),
    ],
    "not_claims": [],
}

# ---------------------------------------------------------------- cv-08 연천 김덕현 군정연설 (2024-11-18)
D = "2024-11-18"
KDH = "kim-deok-hyeon"
GOLD["cv-08-kmib.txt"] = {
    "metadata": {"headline": "김덕현 연천군수 “2030년 생활인구 1000만명 달성”", "published": "2024-11-18T12:58+09:00",
                 "reporter": "박재구", "outlet": "국민일보", "jurisdiction": "41800"},
    "officials": [KDH],
    "claims": [
        c("김 군수는 올해 주요 성과로 수도권 전철 1호선과 국도 3호선 대체 우회도로 개통 등 교통 인프라 확충", KDH, D,
          [PT, "housing", "education", "medical-industry"], "achievement"),
        c("2025년에는 서울~연천 고속도로 조기착수, 종합장사시설 건립, 에듀헬스케어센터 조성, 국립보훈종합복지시설 유치", KDH, D,
          ["welfare"], "plan"),
        c("특히 연천 구석기 EXPO와 세계평화정원 조성, 재인폭포의 국가대표 관광지화 등 관광산업 육성에도 박차를 가할 예정이다", KDH, D,
          ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "경기 연천군이 2030년까지 생활인구 1000만명 달성을 목표로 대대적인 도시 발전 계획을 추진한다",
        "이 같은 내용을 골자로 하는 2025년 군정 운영 방향을 발표했다",
        "내년도 총예산은 6244억원으로 올해 본예산 대비 1.81% 증가했다",
        "집행부, 의회, 군민이 힘을 모아 목표 달성을 위해 노력하겠다는 의지를 밝혔다",
    ],
}

# ---------------------------------------------------------------- cv-09 용인 반도체클러스터 (2021-01)
D13, D11 = "2021-01-13", "2021-01-11"
BGG = "baek-gun-gi"
IA = "investment-attraction"
GOLD["cv-09-asiae.txt"] = {
    "metadata": {"headline": None, "published": "2021-01", "reporter": "이영규", "outlet": "아시아경제",
                 "jurisdiction": "41460"},
    "officials": [BGG],
    "claims": [
        c("122조원이 투입되는 경기도 '용인 반도체클러스터' 조성사업에 탄력이 붙게 됐다", None, D13, [IA], "achievement"),
        c("경기 용인시는 13일 용인 반도체클러스터 일반산업단지 조성사업이 '경기도 지방산업단지 계획 심의'를 통과했다고 밝혔다", None, D13,
          [IA], "achievement"),
        c("용인시는 이에 따라 올 상반기 수도권정비위원회 심의와 용인시 산업단지계획 승인 절차를 마무리하고", None, D13, [IA], "plan"),
        c("용인 반도체클러스터는 용인시 원삼면 죽능리 일원에 415만㎡ 규모로", None, D13, [IA], "statement"),
        c("기반시설 및 SK하이닉스 생산설비를 포함해 조성비용으로 122조가 투입된다", None, D13, [IA], "statement"),
        c("시는 클러스터가 조성되면 2만여 명의 일자리가 창출되고", None, D13, ["jobs", IA], "statement"),
        c("함께 입주하는 50여 업체도 5000여명을 고용하게 된다", None, D13, ["jobs"], "statement"),
        c("시는 앞서 지난 11일 용인 반도체클러스터의 성공적 조성을 위해", None, D11, [IA], "achievement"),
        c("이날 협약에 따라 6개 기관은 산업단지가 원만하게 조성될 수 있도록 협력하고", None, D11, [IA], "plan"),
        c("산업단지조성에 있어서 가장 중요한 단계를 통과해 사업 시행이 본궤도에 안착했다", BGG, D13, [IA], "achievement"),
        c("남은 행정절차를 조속히 마무리해 하루라도 빨리 착공할", BGG, D13, [IA], "plan"),
    ],
    "not_claims": [
        "SK하이닉스는 반도체 팹(Fab) 4개 운영에 1만2000명, 연구ㆍ지원인력 3000명 등 1만5000명을 채용한다",
        "[아시아경제(용인)=이영규 기자]",
    ],
}


def main() -> None:
    out = Path(__file__).resolve().parents[1] / "gold"
    out.mkdir(exist_ok=True)
    for name, gold in GOLD.items():
        doc = {"article": name, **gold}
        (out / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(gold["claims"]))
    print("total", sum(len(g["claims"]) for g in GOLD.values()))


if __name__ == "__main__":
    main()
