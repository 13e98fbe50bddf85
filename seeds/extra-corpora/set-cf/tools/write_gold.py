"""Write set-cf's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


def md(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


G = []

# cf-01 경기도 RE100 vision (김동연), event 24일, published 2023-04-25
D0, D1 = "2023-04-24", "2023-04-25"
KDY = "kim-dong-yeon"
G.append({
    "article": "cf-01-wonyesanup.txt",
    "metadata": md("경기도, ‘경기 RE100 비전’ 발표", "2023-04-25T20:07+09:00", "권성환", None, "41"),
    "officials": [KDY],
    "claims": [
        c("경기도가 2030년까지 신재생에너지 발전 비중을 30%까지 높이고 온실가스 배출량을 40% 감축할 계획이다", None, D0,
          ["energy-transition", "climate-carbon"], "target"),
        c("이런 내용의 비전을 선포했다", None, D0, ["energy-transition", "climate-carbon"], "plan"),
        c("미래세대·차기 정부에 기후 위기 극복 부담을 떠넘기지 않겠다는 민선8기 경기도의 강력한 의지를 담았다", None, D0,
          ["climate-carbon", "energy-transition"], "statement"),
        c("이는 정부가 2050 탄소중립·녹색성장 기본계획에서 신재생에너지 발전 비중 목표를 30.2%→21.6%로 낮추고", None, D1,
          ["climate-carbon", "energy-transition"], "statement"),
        c("경기도는 탄소중립과 녹색성장에 대해서 가장 앞장서 나가려고 한다", KDY, D0, ["climate-carbon"], "plan"),
        c("탄소중립녹색성장위원회를 매달 한 번씩 회의를 주재하며", KDY, D0, ["climate-carbon"], "plan"),
        c("정부의 탄소중립과 관련된 역량과 정책은 상당히 우려되는 바가 크다", KDY, D0, ["climate-carbon"], "criticism"),
        c("미래세대를 위해 중앙정부가 하는 게 부족하다면 경기도가 하는 것이 맞다고 생각한다", KDY, D0, ["climate-carbon"], "plan"),
        c("기후변화, 에너지 문제가 피할 수 없는 문제라면 정면으로 부딪쳐서 기회로 삼는 선도자가 될 것", KDY, D0,
          ["climate-carbon", "energy-transition"], "plan"),
    ],
    "not_claims": [
        "2030년까지 온실가스 배출량 40%↓",
        "김동연 경기도지사가 경기 RE100비전 선포식에 앞서 공장지붕 태양광 발전설비 및 현장 라운딩을 하고 있다",
        "경기도, ‘경기 RE100 비전’ 발표",
    ],
})

# cf-02 수원 welfare/housing review, institutional narration, published 2025-06-24
D = "2025-06-24"
G.append({
    "article": "cf-02-dailian.txt",
    "metadata": md("'민선 8기 수원', 수원형 복지·주거정책으로 시민 삶의 질 높여", "2025-06-24T10:24+09:00", "유진상",
                   "데일리안", "41110"),
    "officials": ["lee-jae-jun"],
    "claims": [
        c("시민 삶의 질을 높이기 위한 복지·주거·생활정책을 확대하며 성과를 내고 있다", None, D, ["welfare", "housing"],
          "achievement"),
        c("돌봄·자활·주거 안정·생활편의까지 전방위적으로 시정을 펼쳐왔다", None, D, ["welfare", "housing"], "statement"),
        c("핵심 복지 정책인 '수원새빛돌봄'은 올해부터 외국인 체류자까지 대상을 넓히고", None, D, ["welfare"], "achievement"),
        c("서비스 금액은 기존 100만원에서 150만원으로 증액됐으며", None, D, ["welfare"], "achievement"),
        c("특히 식사배달은 폭발적인 호응을 얻으며 지난해 11월부터 전 동으로 확대됐다", None, D, ["welfare"], "achievement"),
        c("고독사 예방을 위한 조례 제정과 함께, 고립위기 시민을 위한 민관협력 체계도 마련됐다", None, D, ["welfare"],
          "achievement"),
        c("자활사업 또한 강화돼 자활참여자 수가 증가하고 일자리 대기기간은 줄어들었다", None, D, ["welfare", "jobs"],
          "achievement"),
        c("라라워시사업단 같은 특화 사업단도 성공적으로 운영되며 자립 기반을 넓혔다", None, D, ["welfare"], "achievement"),
        c("주거복지 분야에서는 노후 주택을 수리하는 '새빛하우스' 사업이 주목을 받았다", None, D, ["housing"], "achievement"),
        c("누적 2000호 지원을 앞두고 있는 이 사업은 방수·단열·창호 등 주거환경 개선에 실질적인 도움을 줬다", None, D,
          ["housing"], "achievement"),
        c("수원시는 내년까지 지원 대상을 3천 호로 상향 조정할 계획이다", None, D, ["housing"], "target"),
        c("또한 저소득 다자녀 가구를 위한 '수원휴먼주택'", None, D, ["housing", "welfare", "childcare-birth"], "statement"),
    ],
    "not_claims": [
        "'시민이 체감하는 변화'…돌봄부터 주거, 교통, 문화까지",
        "'시민 삶의 공백을 메우다'…수원형 복지·주거·생활정책 성과",
        "이재준 수원시장이 수원새빛돌봄 지원 대상자 가구를 방문해 대화를 나누고 있는 모습",
    ],
})

# cf-03 연천방문의 해 kickoff meeting 28일, published 2019-08-29, institutional
D = "2019-08-28"
G.append({
    "article": "cf-03-kmib.txt",
    "metadata": md("연천군, ‘2020-2022 연천방문의 해’…1000만명 관광객 유치 목표", "2019-08-29T16:18+09:00", "박재구",
                   "국민일보", "41800"),
    "officials": ["kim-gwang-cheol"],
    "claims": [
        c("생동감 넘치는 연천으로 거듭나고자 연천방문의 해를 추진하게 됐다", None, D, ["culture-tourism"], "statement"),
        c("연천형 관광자원 육성 및 프로그램을 개발하고, 각종 홍보 매체를 통해 대대적으로 홍보한다", None, D,
          ["culture-tourism"], "plan"),
        c("1000만명의 관광객 유치를 목표로 추진할 계획이다", None, D, ["culture-tourism"], "target"),
        c("다양한 콘텐츠 개발과 맞춤형 마케팅을 추진할 계획이다", None, D, ["culture-tourism"], "plan"),
        c("연천방문의 해 추진결과는 정밀분석해 빅데이터 작성하고 연천 관광 장기 발전계획 수립에 활용될 계획이다", None, D,
          ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "경기도 연천군은 지난 28일 오후 대회의실에서",
        "1413년 연천 현감을 설치해 600년이 넘는 역사를 이어오고 있다",
        "김광철 연천군수가 지난 28일 ‘2020-2022 연천방문의 해 기본계획 수립 용역 착수보고회’에서 발언하고 있다",
    ],
})

# cf-04 부천 youth policy, published 2024-09-26 ('26일 밝혔다')
D = "2024-09-26"
G.append({
    "article": "cf-04-asiatoday.txt",
    "metadata": md("부천시, 청년의 꿈과 미래 위한 공간·정책 전폭 지원..2차 청년정책 기본계획도 준비",
                   "2024-09-26T09:00+09:00", "장이준", None, "41190"),
    "officials": ["jo-yong-ik"],
    "claims": [
        c("경기 부천시가 청년 역량 키우기에 심혈을 기울이고 있다", None, D, ["youth-policy"], "statement"),
        c("청년들이 꿈을 펼치고 역량을 키울수 있도록 다양한 정책을 추진하고 있다고 26일 밝혔다", None, D, ["youth-policy"],
          "statement"),
        c("오는 11월까지 '제2차 청년정책 기본계획(2025~2029)'을 수립하고", None, D, ["youth-policy"], "plan"),
        c("금전적인 지원을 넘어 청년이 새로운 도전을 할 수 있는 정책 마련에 힘쓸 방침이다", None, D, ["youth-policy"], "plan"),
        c("지난 2019년 원미도서관 3층에 조성된 '원미청정구역'은 대표 청년 복합공간이다", None, D, ["youth-policy"],
          "statement"),
        c("청년 네트워크 형성과 활동 지원을 위한 열린 학습공간, 공유 부엌, 스튜디오 등으로 구성돼 있다", None, D,
          ["youth-policy"], "statement"),
        c("지난해 총 3만여 명이 방문했고 취·창업 동아리 활동과 연계사업에 2800여 명이 참여했다", None, D,
          ["youth-policy", "jobs", "startup-support"], "achievement"),
        c("미니 스튜디오에서는 화상회의와 면접 교육을 제공 중이다", None, D, ["youth-policy", "jobs"], "statement"),
        c("취업 준비생을 위한 1:1 맞춤형 컨설팅과 인공지능(AI) 모의 면접을 지원한다", None, D,
          ["youth-policy", "jobs", "fourth-industrial-revolution"], "statement"),
        c("또한 무료 면접 복장 대여", None, D, ["youth-policy", "jobs"], "statement"),
    ],
    "not_claims": [
        "조용익 시장 “청년 체감 정책 지속 발굴해 도시 미래 중심축 지원할 것”",
        "◇ 원미청정구역·부천청년리더샵·그라운드 21 등 '청년 공간' 지속 확대",
        "지난해 9월 청년 주간행사에 설치된 '청년리더샵' 부스를 방문해 참석자들과 하트 세레머니를 하고 있다",
    ],
})

# cf-05 포천 fine dust, meeting 15일, published 2023-03-20; 부시장 정덕채 not in registry
D0, D1 = "2023-03-15", "2023-03-20"
G.append({
    "article": "cf-05-kmib.txt",
    "metadata": md("초미세먼지 줄이자…포천시, 방안 마련 등 총력 대응", "2023-03-20T11:13+09:00", None, None, "41650"),
    "officials": [],
    "claims": [
        c("경기 포천시는 초미세먼지 발생량 최소화를 위해 다양한 사업을 추진한다고 20일 밝혔다", None, D1, ["fine-dust"],
          "plan"),
        c("우리시 초미세먼지 일평균 농도는 점차 낮아지고 있어 대기환경이 개선되고 있으나 전국 평균보다는 높다", None, D0,
          ["fine-dust"], "statement", "정덕채"),
        c("이에 대해 강력하게 대책 마련을 강구하자", None, D0, ["fine-dust"], "plan", "정덕채"),
        c("비산먼지 발생사업장의 집중적인 지도점검을 실시하기로 했다", None, D0, ["fine-dust"], "plan"),
        c("분진 흡입차량 및 살수 차량을 추가로 확보·운영한다", None, D0, ["fine-dust"], "plan"),
        c("파쇄작업 예산을 증액해 3~4월까지 작업을 확대한다", None, D0, ["fine-dust"], "plan"),
        c("임차한 파쇄기를 지원해 생물성 연소가 발생하지 않도록 한다", None, D0, ["fine-dust"], "plan"),
        c("도로의 우수받이 준설과 도로변 토사를 제거한다", None, D0, ["fine-dust"], "plan"),
        c("전년 동월 대비 대기오염물질 배출량을 25~30% 감축하기로 했다", None, D0, ["fine-dust"], "target"),
        c("소각시설의 가동시간 조정 등을 통해 봄철 초미세먼지", None, D1, ["fine-dust"], "plan"),
    ],
    "not_claims": [
        "부시장 주관으로 초미세먼지 발생량 최소화를 위한 관련부서 대책회의를 개최했다",
        "초미세먼지 줄이자…포천시, 방안 마련 등 총력 대응",
    ],
})

# cf-06 화성 jobs plan, published 2018-12-31 (작성일)
D = "2018-12-31"
SCM = "seo-cheol-mo-41590"
G.append({
    "article": "cf-06-ifm.txt",
    "metadata": md("화성시 2020년까지 신규 일자리 13만개 창출", "2018-12-31", "구대서", "경인방송", "41590"),
    "officials": [SCM],
    "claims": [
        c("경기도 화성시가 오는 2020년까지 신규 일자리 13만개를 창출하기로 했습니다", None, D, ["jobs"], "target"),
        c("'민선7기 일자리대책 종합계획'을 수립하고, 고용노동부 지역고용정보 네트워크 전산망을 통해 공시했습니다", None, D,
          ["jobs"], "achievement"),
        c("취업취약계층을 대상으로 한 생활기반형 일자리 3천여개를 포함하고 있습니다", None, D, ["jobs"], "target"),
        c("시는 다음달 초 일자리 정책을 추진할 컨트롤타워인 '행복화성 일자리 위원회'를 출범시킬 계획입니다", None, D,
          ["jobs"], "plan"),
        c("계층별 일자리 지원 확대, 일자리정책추진 인프라 구축, 기업.민간 투자 유도를 적극 추진합니다", None, D,
          ["jobs", "investment-attraction"], "plan"),
        c("주요 일자리 창출 사업은 ▲돌봄 일자리 ▲장애인 사회 참여", None, D, ["jobs", "youth-policy", "welfare"], "plan"),
        c("지역 현안과 연계한 투자지원으로 지속가능한 일자리를 창출할 계획입니다", None, D,
          ["jobs", "urban-regeneration", "public-transit"], "plan"),
        c("양질의 일자리를 창출할 수 있도록 제도적.행정적 지원을 강화할 것", SCM, D, ["jobs"], "plan"),
    ],
    "not_claims": [
        "화성시 2020년까지 신규 일자리 13만개 창출",
    ],
})

# cf-07 남양주 이웃사촌상인회, ceremony 16일, published 2022-11-17
D0, D1 = "2022-11-16", "2022-11-17"
JGD = "ju-gwang-deok"
G.append({
    "article": "cf-07-morningtoday.txt",
    "metadata": md("남양주시, 수동면 물골안상인회 ‘제1호 이웃사촌상인회’ 지정", "2022-11-17T14:26+09:00", "신지현",
                   "모닝투데이", "41360"),
    "officials": [JGD],
    "claims": [
        c("남양주시는 수동면 물골안상인회(회장 김명남)를 ‘제1호 이웃사촌상인회’로 지정했다고 17일 밝혔다", None, D1,
          ["small-merchants"], "achievement"),
        c("기존 등록 상권에만 해당되던 상인회 지원을 읍·면·동 단위 상인 단체와 온라인 상인 단체 등으로 확대해", None, D1,
          ["small-merchants"], "statement"),
        c("최대 1,000만 원까지 사업비를 지원받을 수 있으며", None, D1, ["small-merchants", "culture-tourism"], "plan"),
        c("‘제1호 남양주시 이웃사촌상인회’로 지정돼 기쁘다", JGD, D0, ["small-merchants"], "achievement"),
        c("수동면 지역의 관광 산업과 지역 상권을 활성화할 수 있도록 더욱 많은 관심을 기울이겠다", JGD, D0,
          ["small-merchants", "culture-tourism"], "plan"),
    ],
    "not_claims": [
        "경기도시장상권진흥원이 주관한 ‘2020년 골목상권 상인회’에 선정된 친목 상인회로, 현재 38명의 회원이 활동하고 있다",
        "오른쪽에서 두 번째 김명남 물골안상인회장",
    ],
})

# cf-08 파주 금촌 도시재생 뉴딜, undated text -> all dates null
G.append({
    "article": "cf-08-fnnews.txt",
    "metadata": md("파주시 금촌 뉴딜사업 선정…사업비 150억 확보", None, "강근주", "파이낸셜뉴스", "41480"),
    "officials": ["choi-jong-hwan"],
    "claims": [
        c("‘2022년 도시재생 뉴딜사업 일반근린형 공모’에 최종 선정됐다", None, None, ["urban-regeneration"], "achievement"),
        c("이로써 파주시는 국비 72억원, 지방비 70억원, 기금 8억원 등 사업비 150억원을 확보했다", None, None,
          ["urban-regeneration"], "achievement"),
        c("이번 공모 선정은 작년 도전에서 고배를 마신 뒤 올해 다시 도전해 이룬 값진 결과인 만큼 계획적으로 사업을 추진해 나가겠다",
          "choi-jong-hwan", None, ["urban-regeneration"], "plan"),
        c("옛날 금촌 명성을 회복하고 한반도 평화수도 파주의 대표적 중심 시가지로 변신할 새로운 금촌의 모습을 기대해 달라",
          "choi-jong-hwan", None, ["urban-regeneration"], "plan"),
        c("지역 특성에 맞는 차별화된 도시재생 뉴딜사업을 추진한다", None, None, ["urban-regeneration"], "plan"),
        c("쇠퇴가 가속화돼 도심 활성화가 시급한 곳이다", None, None, ["urban-regeneration"], "statement"),
        c("금촌1동 중심 시가지에 활력을 불어 넣을 방침이다", None, None, ["urban-regeneration", "small-merchants"], "plan"),
        c("보행환경을 개선하고 골목정원을 조성하며, 상권 활성화 및 청년창업 지원을 위한 컨설팅 센터", None, None,
          ["urban-regeneration", "small-merchants", "startup-support", "youth-policy"], "plan"),
    ],
    "not_claims": [
        "파주시 금촌 도시재생 뉴딜사업 총괄도",
        "파주시 금촌 뉴딜사업 선정…사업비 150억 확보",
    ],
})

# cf-09 이천쌀 export ceremony, undated text -> all dates null
KGH = "kim-gyeong-hui"
G.append({
    "article": "cf-09-asiatoday.txt",
    "metadata": md(None, None, None, None, "41500"),
    "officials": [KGH],
    "claims": [
        c("지속가능한 농업의 미래와 농업인의 생활 안정을 고민해야 하는 시점에 와 있다", KGH, None, ["agriculture"], "plan"),
        c("체계적인 유통시스템을 구축해 농민은 생활 걱정 없이 질 좋은 농산물 생산에만 전념할 수 있도록 '농심공감' 정책을 펼치겠다",
          KGH, None, ["agriculture"], "plan"),
        c("적극적인 해외 판로 개척을 통한 쌀 소비 촉진으로 농업 위기 극복을 위한 새로운 패러다임을 제시하는 이천시가 자랑스럽다",
          None, None, ["agriculture"], "achievement", "송석준"),
        c("근본적이고 미래지향적인 대안 마련을 위해 적극 노력하겠다", None, None, ["agriculture"], "plan", "송석준"),
        c("이천쌀 국내 판매량도 꾸준히 늘어 지난 20일 기준 2022년산 재고량이 14%로", None, None, ["agriculture"],
          "achievement"),
        c("미국에서도 이천쌀의 소비층이 점점 늘고 있어 이번에 수출 물량이 대폭 늘었다", None, None, ["agriculture"],
          "achievement"),
        c("김 시장의 선제적 농업정책을 적극 지원하고", None, None, ["agriculture"], "statement"),
    ],
    "not_claims": [
        "이천쌀에 대한 민관정의 브랜드 자긍심과 단합된 힘을 엿볼 수 있었다",
        "우리 농업을 지키는 여러분이 계셔서 든든하다",
    ],
})

if __name__ == "__main__":
    GOLD.mkdir(parents=True, exist_ok=True)
    total = 0
    for g in G:
        (GOLD / (g["article"] + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(g["claims"])
        print(g["article"], len(g["claims"]))
    print("total", total)
