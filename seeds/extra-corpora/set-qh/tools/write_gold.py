"""Write set-qh's gold files (hand annotation; format of seeds/corpus/README.md)."""

import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


G = {}

# ---------------------------------------------------------------- qh-01 충북도: 영동·보은·증평 도시민농업유치지원사업 (institutional)
D = "2015-11-09"
AG = ["agriculture"]
G["qh-01-kmib.txt"] = {
    "metadata": {"headline": "귀농하면 최대 1년 거처 제공… 충북 영동·보은·증평군 3년간 6억원 지원 확정",
                 "published": "2015-11-09T21:26+09:00", "reporter": "홍성헌", "outlet": "국민일보",
                 "jurisdiction": "43"},
    "officials": [],
    "claims": [
        c("영동·보은·증평군의 귀농·귀촌 정책이 탄력을 받을 전망이다", None, D, AG, "statement"),
        c("2016도시민농업유치지원사업에 선정돼 내년부터 3년간 총 6억원을 지원받게 됐다고 9일 밝혔다", None, D, AG, "achievement"),
        c("이번 공모사업에는 전국 지자체 42곳이 응모해 25개 지자체가 선정됐다", None, D, AG, "statement"),
        c("보은군과 영동군은 2013년 1차에 이어 이번 2차(2016∼2018년) 공모사업에 연속으로 뽑혔다", None, D, AG, "achievement"),
        c("귀농귀촌종합센터와 협력해 다양한 프로그램을 추진할 방침이다", None, D, AG, "plan"),
        c("군은 2018년까지 2519가구에 4400여명의 도시민을 유치한다는 목표를 세웠다", None, D, AG, "target"),
        c("영동군은 예비 귀농귀촌인 교육, 귀농인의 집 운영, 귀농인 집수리 지원, 귀농귀촌박람회 참가 등 다양한 프로그램을 운영할 계획이다", None, D, AG, "plan"),
        c("군은 2018년까지 2400가구 4500명의 도시민을 유치할 계획이다", None, D, AG, "target"),
        c("올해는 지난 6월까지 476가구 712명이 귀농·귀촌했다", None, D, AG, "achievement"),
        c("증평군은 귀농·귀촌 지원센터 운영, 귀농인의 집 조성, 농촌 체험프로그램 운영 등의 사업을 추진할 계획이다", None, D, AG, "plan"),
        c("귀농인의 집은 귀농인이 짧게는 6개월, 길게는 1년간 임시 거처로 사용할 수 있다", None, D, AG, "statement"),
        c("증평군의 귀농·귀촌 인구는 2002년 2가구 7명을 시작으로 현재 480가구 974명으로 크게 늘었다", None, D, AG, "achievement"),
    ],
    "not_claims": ["귀농하면 최대 1년 거처 제공… 충북 영동·보은·증평군 3년간 6억원 지원 확정"],
}

# ---------------------------------------------------------------- qh-02 수원시 여야 공동선언 (이재준)
D = "2025-09-10"
FOUR = ["childcare-birth", "welfare", "public-transit", "public-health"]
G["qh-02-seoul.txt"] = {
    "metadata": {"headline": "출산지원금 확대, 청소년 생리용품 지원, 무상교통, 대상포진 무료 접종",
                 "published": "2025-09-10", "reporter": None, "outlet": None, "jurisdiction": "41110"},
    "officials": ["lee-jae-jun"],
    "claims": [
        c("수원시 여야가 뜻을 모아 추진하는 시민 체감 숙원사업은 ▲출산지원금 확대 ▲청소년 생리용품 지원 ▲무상교통 ▲대상포진 무료 접종 등이다", None, D, FOUR, "plan"),
        c("공동 선언한 주요 사업은 10월 조례안을 의결하고 예산 편성 후 내년에 시행할 예정이다", None, D, FOUR, "plan"),
        c("70세 이상 어르신 등이 무료로 대중교통을 이용할 수 있도록 교통비를 지원하는 사업이고", None, D, ["public-transit", "welfare"], "statement"),
        c("첫째 아이 출산지원금(50만 원)을 신설하고, 둘째 아이 출산지원금은 기존 50만 원에서 100만 원으로 올린다", None, D, ["childcare-birth"], "plan"),
        c("65세 이상 시민에게 무료로 대상포진 예방접종을 하는 사업이다", None, D, ["public-health"], "statement"),
        c("사업 추진에 필요한 예산은 연간 275억 원 규모로 예상된다", None, D, FOUR, "statement"),
        c("수원시는 민선 8기 기업 유치 등으로 새로운 세원을 발굴하", None, D, ["investment-attraction"], "statement"),
    ],
    "not_claims": [
        "시민 체감 숙원사업이 적힌 손팻말을 들고 기념 촬영을 하고 있다",
        "민생안정을 위한 4건의 시민 체감 숙원사업을 추진하겠다",
        "10일 시청 상황실에서 여야 공동선언을 하고 협력을 약속했다",
    ],
}

# ---------------------------------------------------------------- qh-03 수원시 2025 인구정책 시행계획 (institutional)
D = "2025-03-24"
CB = ["childcare-birth"]
G["qh-03-kizmom.txt"] = {
    "metadata": {"headline": "\"등교시키고 10시까지 출근하세요\" 수원시, 3천600억원 투입한다",
                 "published": "2025-03-24T16:05:17+09:00", "reporter": "김주미", "outlet": "키즈맘",
                 "jurisdiction": "41110"},
    "officials": [],
    "claims": [
        c("경기 수원시가 3천억원 이상을 투입해 '10시 출근제', '다 함께 돌봄센터 확충' 등 저출생 해결을 위한 사업을 시행한다", None, D, CB, "plan"),
        c("저출생·고령사회 정책지원 통합 관리 및 체계화 등 3대 정책목표로 구성되며, 125개 사업이 추진된다", None, D, CB, "plan"),
        c("시는 특히 저출생 대응 분야에 3천631억원을 투입한다", None, D, CB, "plan"),
        c("주요 추진사업은 ▲ 중소사업장 초등 새내기 10시 출근제", None, D, ["childcare-birth", "housing"], "plan"),
        c("직원 1명당 2개월간 최대 60만원을 지원한다", None, D, CB, "statement"),
        c("지난해 수원시 출생아 수는 전년도 대비 8.97% 증가했다", None, D, CB, "achievement"),
        c("이는 전국 평균 증가율(3.1%)의 2배 이상이다", None, D, CB, "achievement"),
        c("다양한 분야의 정책이 조금씩 효과를 내기 시작해 지난해 출생아 수가 많이 증가한 것으로 보인다", None, D, CB, "achievement"),
        c("청년·신혼부부가 수원에 안착할 수 있도록 적극적으로 지원해 아이 키우기 좋은 도시를 만들겠다", None, D, ["childcare-birth", "youth-policy"], "plan"),
    ],
    "not_claims": [
        "\"등교시키고 10시까지 출근하세요\" 수원시, 3천600억원 투입한다",
        "수원형 저출생 대응 정책 홍보물(수원시 제공)",
        "24일 수원시는 '2025 인구정책 시행계획'을 수립해 추진한다고 밝혔다",
    ],
}

# ---------------------------------------------------------------- qh-04 기장군 군정정책자문위원회 (정종복 attends)
D = "2025-07-23"
G["qh-04-joongdo.txt"] = {
    "metadata": {"headline": "부산 기장군, '8대 정책과제' 순항 중…군민 체감 변화 이끈다",
                 "published": "2025-07-24T22:05+09:00", "reporter": "김성욱", "outlet": None,
                 "jurisdiction": "26710"},
    "officials": ["jeong-jong-bok"],
    "claims": [
        c("관광 인프라 확충 분야에서 특히 두드러진 성과를 보였다", None, D, ["culture-tourism"], "achievement"),
        c("세대별 맞춤형 일자리 창출 정책도 활발히 추진 중이다", None, D, ["jobs", "agriculture"], "statement"),
        c("'일차의료 만성질환관리 사업'을 통해 올해 상반기에만 209명의 주민이 건강관리 서비스를 받았다", None, D, ["public-health"], "achievement"),
        c("기장군의 미래 먹거리인 관광 분야", None, D, ["culture-tourism"], "statement"),
    ],
    "not_claims": [
        "민선 8기 핵심 과제 이행률 67% 달성",
        "기장군이 2025년 군정정책자문위원회를 진행하고 있다",
        "민선 8기 핵심 정책인 '8대 정책과제' 추진 현황을 점검했다",
        "14개 세부 과제는 평균 67%의 높은 이행률을 기록하며",
        "공사 분야 관내업체 수의계약 비율이 65.3%를 기록하며",
        "군민의 삶의 질 향상을 위한 노력도 빛을 발했다",
    ],
}

# ---------------------------------------------------------------- qh-05 김영환 충북지사 2026 시무식 신년사
D = "2026-01-02"
S = "kim-yung-hwan"
G["qh-05-segye.txt"] = {
    "metadata": {"headline": None, "published": "2026-01-02", "reporter": None, "outlet": None,
                 "jurisdiction": "43"},
    "officials": [S],
    "claims": [
        c("청주공항 민간 전용 활주로 건설을 위한 제7차 공항개발 종합계획 반영과 특별법 제정을 반드시 실현하겠다는 의지다", S, D, ["airport-relocation"], "plan"),
        c("바이오·메디컬 분야를 집중적으로 육성하고 카이스트∙서울대병원과의 협력을 강화한다", S, D, ["medical-industry", "education", "research-development"], "plan"),
        c("충청권 광역급행철도, 영동~진천 민자고속도로 구축 등 교통 기반도 갖춘다", S, D, ["public-transit"], "plan"),
        c("문화∙관광 분야에서도 도약을 준비한다", S, D, ["culture-tourism"], "plan"),
        c("충북아트센터와 도립 미술관·문학관 건립 사업을 추진한다", S, D, ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "민생 안정과 경제 회복을 강조했다",
        "그간 쌓아온 성과를 기반으로 더 큰 미래를 향해 담대하게 나아가겠다",
        "직원들과 인사를 나누고 있다",
        "민생의 부담을 도민이 홀로 감내하지 않도록 늘 곁에서 함께 하겠다",
        "충북의 미래 100년을 책임질 핵심 사업 추진에도 속도를 낸다",
        "다목적 돔구장 건설 구상을 구체화해",
    ],
}

# ---------------------------------------------------------------- qh-06 제주도 전기차 추가 예산 (institutional)
D = "2025-11-10"
FV = ["future-vehicles"]
G["qh-06-asiae.txt"] = {
    "metadata": {"headline": "제주도, 전기차 추가 예산 확보…12일 접수 재개",
                 "published": "2025-11-10T16:13+09:00", "reporter": "박창원", "outlet": None,
                 "jurisdiction": "50"},
    "officials": [],
    "claims": [
        c("조기 소진된 전기차 보급 예산 120대분을 추가 확보해 12일부터 신청접수를 재개한다", None, D, FV, "plan"),
        c("10월 말 예산이 바닥났지만, 6억여 원을 추가로 마련했다", None, D, FV, "achievement"),
        c("탄소중립과 청정 제주 실현의 핵심 정책으로 전기차 전환을 적극 추진하고 있으며", None, D, ["future-vehicles", "climate-carbon"], "statement"),
        c("올해 전기차 신청 건수는 5,407대(10월 27일 기준)로 전년 동기(3,421대) 대비 58% 급증했다", None, D, FV, "achievement"),
        c("당초 목표 6,022대 중 5,407대를 보급해 보급률 89.8%를 기록했으며", None, D, FV, "achievement"),
        c("제주도의 전기차 보급률은 10.58%로 전국 최고 수준이다", None, D, FV, "achievement"),
        c("이번 추가 보급으로 청정 제주 실현에 더욱 탄력을 받을 것으로 기대된다", None, D, FV, "statement"),
        c("예산 조기 소진 사유로는 차고지 증명 대상 제외로 신청 문턱이 낮아진 점", None, D, FV, "statement"),
        c("민원 발생을 최소화한다는 방침이다", None, D, FV, "plan"),
        c("전기차 구매 지원 신청은 무공해차 통합누리", None, D, FV, "statement"),
    ],
    "not_claims": [
        "제주도, 전기차 추가 예산 확보…12일 접수 재개",
        "올해 5,407대 보급·목표 89% 달성",
        "전기차 보급률 10.58% 전국 최고",
        "제주시 한 공용주차장 전기차 충전기에 전기차가 충전하고 있다",
    ],
}

# ---------------------------------------------------------------- qh-07 원희룡 제주지사 2019 시무식 (undated text)
S = "won-hee-ryong"
G["qh-07-japolicenews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "50"},
    "officials": [S],
    "claims": [
        c("민생 경제 안정과 일자리 창출을 최우선 순위로 두고 도정을 운영할 것과 더불어", S, None,
          ["jobs", "education", "childcare-birth", "welfare", "disaster-safety"], "plan"),
        c("외국의료기관인 녹지국제병원 조건부 허가, 행정체제 개편, 제2공항 등에 대해서도 거론했다", S, None,
          ["medical-industry", "airport-relocation"], "statement"),
        c("공론조사 결과를 완전히 수용하지 못해 다시 한 번 도민 여러분께 진심으로 사과의 말씀을 드린다", S, None,
          ["medical-industry", "citizen-participation"], "statement"),
        c("외국인 의료관광객만 허용하는 ‘조건부 허가’를 차선책으로 결정하게 됐다", S, None, ["medical-industry"], "statement"),
        c("앞으로 의료공공성이 훼손되지 않도록", S, None, ["medical-industry", "public-health"], "statement"),
    ],
    "not_claims": [
        "민생 현안 해결과 통합을 향해 최선을 다하겠다",
        "도민과의 약속을 반드시 실천하겠다",
        "국가의 범국민적인 기념사업과 연계해",
        "새해에는 제주 미래 발전을 위한 중점 현안에 집중 하겠다",
    ],
}

# ---------------------------------------------------------------- qh-08 강성태 수영구청장 신년인터뷰
D = "2024-12-28"
S = "kang-seong-tae"
CT = ["culture-tourism"]
G["qh-08-ndaily.txt"] = {
    "metadata": {"headline": "[신년인터뷰] 강성태 부산 수영구청장 \"중단없는 변화와 혁신\"",
                 "published": "2024-12-28T09:00:21+09:00", "reporter": "차근호", "outlet": "ndaily",
                 "jurisdiction": "26500"},
    "officials": [S],
    "claims": [
        c("'SUP'으로 이기대 강과 바다를 여행하는 프로그램을 즐길 수 있다고 밝혔다", S, D, CT, "plan"),
        c("내년에는 국제장대높이뛰기와 함께 세계 여자 비치발리볼 대회를 광안리 해변에서 개최한다", S, D, CT, "plan"),
        c("스포츠와 문화가 어우러진 수영구형 스포츠 투어리즘으로 지역에 활기를 더하고자 한다", S, D, CT, "plan"),
        c("수영강을 여행하는 SUP 여행 프로그램을 운영한다", S, D, CT, "plan"),
        c("또 SUP 존 옆에 비치 보드 존을 설치한다", S, D, CT, "plan"),
        c("'광안리 비치 보드 페스타'를 열고", S, D, CT, "plan"),
    ],
    "not_claims": [
        "중단 없는 변화와 혁신의 구정을 이어 나가고자 한다\"고 말했다",
        "'국민 행복 민원실 평가'에서 전국 1위",
        "'부산사회조사'에서 거주 만족도 1위를 차지하는 등",
        "트렌디한 팝업스토어 조성을 추진하고 민락 매립지 공영주차장 조성사업을 조속히 마무리할 예정이다",
        "MZ세대에게 명소가 된 광안리, 내년에는 어떤 놀거리가 있나",
    ],
}

# ---------------------------------------------------------------- qh-09 오태원 북구청장 취임 100일 (채널e뉴스)
D = "2022-10-27"
S = "oh-tae-won"
G["qh-09-channelenews.txt"] = {
    "metadata": {"headline": "오태원 부산 북구청장 “내일이 더 기대되는 변화의 북구 만들겠다”",
                 "published": "2022-10-27T11:32+09:00", "reporter": "이하랑", "outlet": "채널e뉴스",
                 "jurisdiction": "26320"},
    "officials": [S],
    "claims": [
        c("낙동강 권역 문화·관광 자원화 사업을 공동 추진할 수 있는 계기를 만들었습니다", None, D, ["culture-tourism"], "achievement"),
        c("이와 함께 저출산과 인구 유출로 인한 ‘도시 슬럼화’", S, D, ["childcare-birth"], "statement"),
    ],
    "not_claims": [
        "‘내일이 더 기대되는 변화의 북구’를 이루겠다는 강한 의지를 보였습니다",
        "구민의 목소리에 귀 기울이고자 현장을 직접 챙겼습니다",
        "5대 분야, 35개 공약사업을 체계화해 ‘명품 주거도시’로 나아가는 디딤돌로 삼겠다고 밝혔습니다",
        "북구의 가장 시급한 현안으로 북구만의 특색이 담긴 랜드마크 조성을 꼽았습니다",
    ],
}


def main():
    GOLD.mkdir(parents=True, exist_ok=True)
    n = 0
    for name, g in G.items():
        out = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        n += len(g["claims"])
        print(name, len(g["claims"]))
    print("claims", n)


if __name__ == "__main__":
    main()
