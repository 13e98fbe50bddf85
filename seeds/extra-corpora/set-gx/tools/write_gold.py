"""Write set-gx gold files (hand annotations)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def C(quote, speaker, date, policies, kind, name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        claim["speaker_name"] = name
    return claim


def M(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


KYH, D1 = "kim-yung-hwan", "2026-02-19"
KTH, D3 = "kim-tae-heum", "2026-01-19"
D4 = "2026-01-22"
LT, D5 = "lim-taek", "2025-11-30"
LCH, D7 = "lee-choon-hee", "2019-05-20"
D8 = "2018-09-03"
WHR = "won-hee-ryong"
YU = "유득원"
D2 = "2025-08-14"
SM, UR = "small-merchants", "urban-regeneration"

ARTICLES = {
"gx-01-newsis.txt": (
    M("충북도, 투자유치 실무자 워크숍…\"현장 실행력 강화\"", "2026-02-19T17:46:12+09:00", "이도근", "뉴시스", "43"),
    [KYH],
    [
        C("충북도가 투자유치 전략의 현장 실행력 강화에 나섰다", None, D1, ["investment-attraction"], "statement"),
        C("투자 규모 확대를 넘어 혁신적 실천에 기반한 새로운 투자 유치 방향을 제시했다", KYH, D1, ["investment-attraction"], "plan"),
        C("민선 8기 투자유치 83조원 성과는 지리적 이점과 더불어", KYH, D1, ["investment-attraction"], "achievement"),
        C("기업이 체감하는 투자 환경을 강화해야 한다", KYH, D1, ["investment-attraction"], "plan"),
        C("도는 이번 행사를 계기로 투자유치 네트워크를 강화하는 한편", None, D1, ["investment-attraction"], "plan"),
    ],
    ["도지사 주재 전략 워크숍을 열었다", "3개 세션으로 펼쳐졌다", "실제 경험을 바탕으로 한 실무 사례를 발표했다",
     "최근 오리온의 진천 투자 결정 사례 등을 소개했다", "투자유치 경험 공유 워크숍에서 지역 투자 환경과 전략을 설명하고 있다"],
),
"gx-02-heraldcorp.txt": (
    M("8월 14일 민관협력 간담회 개최…대전형‘꿈씨희망 명함’첫 공개", "2025-08-14", "이권형", "헤럴드경제", "30"),
    [],
    [
        C("‘명함형 복지위기 알림 홍보물’(시민 별칭: 꿈씨희망 명함)을 첫 공개했다", None, D2, ["welfare"], "achievement"),
        C("복지 사각지대 재발을 막기 위한 대응체계 구축의 필요성이 제기돼 추진했다", None, D2, ["welfare"], "statement"),
        C("복지위기 알림서비스 QR코드를 포함했다", None, D2, ["welfare"], "statement"),
        C("위기 상황을 관할 동 행정복지센터에 손쉽게 알릴 수 있다", None, D2, ["welfare"], "statement"),
        C("접수된 내용은 센터에서 신속히 상담·연계 지원으로 이어진다", None, D2, ["welfare"], "statement"),
        C("대전시는 올해 안에 4만 장의 명함을 제작해", None, D2, ["welfare"], "target"),
        C("복지위기 조기 발견은 행정력만으로는 한계가 있다", None, D2, ["welfare"], "statement", YU),
        C("시민 한 분 한 분이 주변의 안전망이 될 수 있도록", None, D2, ["welfare"], "plan", YU),
    ],
    ["위기가구 발굴 협력 방안과 홍보물 활용계획을 논의했다", "가로 9cm, 세로 5cm의 명함 크기로"],
),
"gx-03-asiae.txt": (
    M("김태흠지사 \"청년 떠나면 지역에 미래 없다\"", "2026-01-19T15:24+09:00", "이병렬", None, "44"),
    [KTH],
    [
        C("김태흠 충남도지사가 청년정책을 도정의 최우선 과제로 끌어올렸다", KTH, D3, ["youth-policy"], "statement"),
        C("충남도는 올해 5063억 원을 투입해 일자리와 주거를 축으로", None, D3, ["youth-policy", "jobs", "housing"], "plan"),
        C("청년들과 직접 이야기해 보면 가장 큰 고민은 결국 일자리", KTH, D3, ["jobs", "youth-policy"], "statement"),
        C("이제는 정책과 행정이 청년의 현실에 맞춰야 한다", KTH, D3, ["youth-policy"], "plan"),
        C("충남이 청년에게 기회의 땅이 될 수 있도록 정책의 방향과 속도를 높여 나가겠다", KTH, D3, ["youth-policy"], "plan"),
        C("올해 청년정책 시행계획을 확정했다", None, D3, ["youth-policy"], "achievement"),
        C("올해 청년정책은 일자리, 주거, 교육, 복지·문화, 참여·권리 등 5대 분야 121개 과제로 구성됐다", None, D3,
          ["youth-policy", "jobs", "housing", "education", "welfare", "culture-tourism"], "statement"),
        C("총사업비는 5063억 원으로, 정책 체감도와 현장 실행력을 높이는 데 중점을 뒀다", None, D3, ["youth-policy"], "statement"),
        C("도 청년정책관은 청년 월세 지원과 주택 임차보증금 이자 지원", None, D3, ["youth-policy", "housing", "jobs"], "plan"),
        C("기획조정실은 대학생 천원의 아침밥, 학자금 이자 지원", None, D3, ["education", "welfare", "youth-policy"], "plan"),
        C("산업경제실은 청년 장기 근속 지원과 일자리 도약 장려금", None, D3, ["jobs", "youth-policy"], "plan"),
    ],
    ["121개 과제 확정… 일자리·주거 중심 '체감형 정책' 본격 추진", "청년이 꿈을 잃는 순간 사회는 활력을 잃는다",
     "\"청년이 떠나는 지역에는 미래가 없다\" 김태흠", "청년정책조정위원회 위원 등 30여 명이 참석했다"],
),
"gx-04-kwangju.txt": (
    M("광주시, 골목상권 ‘현장지원단’ 가동… 소상공인 행정 부담 던다", "2026-01-22T20:20+09:00", None, None, "29"),
    [],
    [
        C("소상공인들을 위해 ‘골목상권 현장지원단’을 본격 가동한다", None, D4, [SM], "plan"),
        C("이달부터 오는 6월까지 5개월간 운영에 들어간다고 22일 밝혔다", None, D4, [SM], "plan"),
        C("올해 투입되는 사업비는 시비 3억원(특별조정교부금)이다", None, D4, [SM], "statement"),
        C("지원단은 총 26명으로 구성되며", None, D4, [SM], "statement"),
        C("올해는 시장과 상점가가 가장 많은 북구에 9명을 집중 배치한다", None, D4, [SM], "plan"),
        C("남구 4명, 동구 3명 순으로 인력을 배정했다", None, D4, [SM], "achievement"),
        C("예산 역시 북구 1억200만원", None, D4, [SM], "statement"),
        C("지원단의 역할도 대폭 강화됐다", None, D4, [SM], "statement"),
        C("공모사업을 기획·추진하는 ‘시장 매니저’ 기능이 추가됐다", None, D4, [SM], "statement"),
        C("지원단 전문성 강화를 위한 교육 체계도 개편했다", None, D4, [SM], "statement"),
        C("자치구 자체 교육 대신 소상공인시장진흥공단", None, D4, [SM], "statement"),
    ],
    ["26명 투입…온누리상품권 가맹 등록·공모사업 지원 등 전담"],
),
"gx-05-asiae.txt": (
    M(None, "2025-11-30", None, None, "29110"),
    [LT],
    [
        C("4,890개 점포를 골목형상점가로 지정하는 등 전 지역을 골목상권 지원 체계 안으로 편입했다", None, "2025-11-12", [SM], "achievement"),
        C("골목형상점가 전 지역 지정은 동구 상권 회복의 중요한 기반을 마련한 것이다", LT, D5, [SM], "achievement"),
        C("골목상권이 다시 활력을 찾을 수 있도록 지속적으로 지원하겠다", LT, D5, [SM], "plan"),
        C("소상공인의 경영 안정과 상권 활성화를 위한 지원을 지속해 나갈 계획이다", None, D5, [SM], "plan"),
    ],
    ["73개 구역·4천890개 점포 대상", "지정 선포식'을 개최했다고 30일 밝혔다", "광주 동구 제공",
     "지역 상권 활성화를 위한 협력 의지를 다졌다", "소상공인 지원 사업과 향후 추진 정책을 안내했으며"],
),
"gx-06-pressian.txt": (
    M(None, None, None, None, "52790"),
    ["sim-deok-seop", "jang-jun-yong", "choi-seung-jun"],
    [
        C("저출생과 고령화 등 인구구조 변화에 대한 사회적 인식 개선을 위해", None, None, ["childcare-birth"], "statement"),
        C("군은 이번 캠페인과 더불어 현재 추진 중인", None, None, ["childcare-birth"], "plan"),
        C("고창군은 출산장려금, 산후조리비 지원 등 다양한 출산 장려 정책을 시행하고 있으며", None, None,
          ["childcare-birth", "youth-policy", "investment-attraction", "jobs"], "statement"),
    ],
    ["인구문제 해결을 위해 지역주민 모두의 참여와 관심이 필요하다고 독력했다",
     "인구감소는 더 이상 특정 지역만의 문제가 아닌 대한민국 전체의 미래에 대한 질문이다",
     "청년이 머물고 아이가 자라고 어르신이 편안한 지역으로 나아가기 위해", "이정환 농협중앙회 전북본부장을 지목했다"],
),
"gx-07-sejongmedia.txt": (
    M("이춘희, '청와대 세종집무실 설치' 국민청원 종료 아쉬움 토로", "2019-05-20", "김은지", "세종TV", "36"),
    [LCH],
    [
        C("청와대 세종집무실 설치를 위한 청와대 국민청원이 목표인원을 채우지 못하고 종료됐다", LCH, D7, ["decentralization"], "statement"),
        C("세종시를 행정수도로 완성하기 위해서는 전 국민의 공감이 필요하다는 것을 실감했다", LCH, D7, ["decentralization"], "statement"),
        C("세종시는 국가균형발전의 상징도시이며 행정수도 완성은", LCH, D7, ["decentralization"], "statement"),
        C("세종시를 명실상부한 행정수도로 완성하기 위해 전국적 연대를 함께 만들어 가야한다", LCH, D7, ["decentralization"], "plan"),
        C("행정수도 완성이 국가적 과업이라는 것을 알리고", LCH, D7, ["decentralization"], "plan"),
        C("국회 세종의사당과 대통령 세종집무실의 조속한 설치를 추진하고", LCH, D7, ["decentralization"], "plan"),
        C("세종시를 세계적인 스마트도시로 만들기 위한 기반을 닦겠다고 밝혔다", LCH, D7, ["smart-city"], "plan"),
        C("대전~세종 광역철도와 서울~세종 고속도로 등 교통망 확충사업을 차질 없이 추진할 것을 약속했다", LCH, D7, ["public-transit"], "plan"),
    ],
    ["\"행정수도 완성 위해서는 전 국민의 공감 필요하다\""],
),
"gx-08-dmorning.txt": (
    M("전남지역 8곳, 도시재생 뉴딜사업 ‘선정’", "2018-09-03T13:42+09:00", "홍갑의", "데일리모닝", "46"),
    [],
    [
        C("전남지역에서 화순·여수 문수동 등 8곳이 도시재생 뉴딜사업 대상지로 선정됐다", None, D8, [UR], "achievement"),
        C("이는 경기도 9곳에 두 번째로 많다", None, D8, [UR], "achievement"),
        C("2018년 도시재생 뉴딜사업 대상지로 확정됐다고 3일 밝혔다", None, D8, [UR], "achievement"),
        C("국토교통부가 직접 선정하는 사업에 3곳이 응모해 모두 선정된 바 있다", None, D8, [UR], "achievement"),
        C("18곳이 응모한 가운데 5곳이 국토교통부 도시재생특별위원회에서 최종 확정됐다", None, D8, [UR], "achievement"),
        C("이는 2017년 5곳 국비 550억 원 보다 늘어난 규모로", None, D8, [UR], "statement"),
        C("선정된 8곳은 분야별로 ▲우리동네살리기의 경우", None, D8, [UR], "statement"),
        C("이들 지역에는 2023년까지 총 800억 원에 달하는 국비가 지원되고", None, D8, [UR], "plan"),
        C("이에 따른 일자리 창출 규모는 1802개다", None, D8, [UR, "jobs"], "target"),
    ],
    ["여수문수동, 광양 태인동·광영동, 나주 영산동·금남동, 화순읍, 강진읍, 보성 벌교읍",
     "국비 800억·공기업 자금 등 1217억 투입", "구도심지역이 도시재생 뉴딜사업 대상지로 선정됐다.<자료 = 화순군 제공>"],
),
"gx-09-hankyung.txt": (
    M(None, None, "박상재", None, "50"),
    [WHR],
    [
        C("전기자동차는 제주도 자연환경을 유지하는 핵심 수단이다", WHR, None, ["future-vehicles"], "statement"),
        C("앞으로 도시 전체의 에너지 구조를 바꾸는 것이 필요하다", WHR, None, ["energy-transition"], "plan"),
        C("'카본프리 아이일랜드 2030 제주' 프로젝트 등 연관 산업에 집중해 나갈 것", WHR, None, ["climate-carbon", "future-vehicles"], "plan"),
        C("이 프로젝트는 단계적으로 2030년까지 도내 차량을 모두 전기차로 바꾸는 것이다", None, None, ["future-vehicles", "climate-carbon"], "target"),
        C("제주도의 청정 자연을 보존하기 위한 조건이 카본프리", WHR, None, ["climate-carbon"], "statement"),
        C("일반 시민들이 피부로 느낄 수 있는 수단인 전기차를 핵심으로 선정, 집중하고 있다", WHR, None, ["future-vehicles"], "statement"),
        C("그는 1단계 목표인 전기차 보급 확대 노력을 달성했다고 평가했다", WHR, None, ["future-vehicles"], "achievement"),
        C("현재 국내 전기차 가운데 절반 이상은 제주도에서 운행되고 있다", None, None, ["future-vehicles"], "achievement"),
        C("지난 3년간 전기차를 적극적으로 보급하고 불편함을 적극 해소해왔다", WHR, None, ["future-vehicles"], "achievement"),
        C("이러한 노력으로 1단계 목표인 보급 확대는 이제 완성됐다", WHR, None, ["future-vehicles"], "achievement"),
        C("이제는 전기차 배터리 재사용 문제, 카셰어링(차량 공유), 충전 장소", WHR, None, ["future-vehicles"], "plan"),
        C("자동차를 통해 도시 구조 전체를 바꿔나가는 것을 2단계로 삼고 있다", WHR, None, ["future-vehicles"], "plan"),
        C("풍력·태양광 발전 등으로 에너지를 만드는 구조를 정착시키겠다고 밝혔다", WHR, None, ["energy-transition"], "plan"),
        C("동시에 시민 참여를 이끌어내는 행정적 지원과 기업 참여 등도 이어가겠다고 덧붙였다", WHR, None, ["energy-transition"], "plan"),
    ],
    ["원희룡 제주지사(사진 정중앙). 사진=박상재 기자", "'전기차의 미래, 그리고 친환경 혁명'을 주제로 오는 23일까지 진행"],
),
}


def main():
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, (meta, officials, claims, not_claims) in ARTICLES.items():
        gold = {"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": not_claims}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(claims)
        print(name, len(claims), officials)
    print("total claims", total)


if __name__ == "__main__":
    main()
