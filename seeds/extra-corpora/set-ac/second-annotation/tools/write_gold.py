"""Write the hand annotations of set-ac-b to gold/*.json (second, independent annotator)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


W = "won-hee-ryong"
G = {}

G["ac-01-etnews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "박태준", "outlet": "전자신문", "jurisdiction": "50"},
    "officials": [W],
    "claims": [
        c("원희룡 제주도지사가 도내 전기차 보급 활성화에 직접 나선다", W, None, ["future-vehicles"], "plan"),
        c("자사의 관용차량으로 전기자동차를 도입한다고 11일 밝혔다", None, None, ["future-vehicles"], "plan"),
        c("관용차로 전기차를 도입하는 건 처음이다", None, None, ["future-vehicles"], "statement"),
        c("중 한 개 모델을 결정할 예정이다", None, None, ["future-vehicles"], "plan"),
        c("전국 지자체 처음으로 전기차 보급과를 신설한다", W, None, ["future-vehicles"], "plan"),
        c("사업 일환으로 2030년까지 도내 37만대 차량을 전기차로 대체하는 각종 보급 사업을 전담한다", None, None,
          ["future-vehicles", "climate-carbon"], "target"),
        c("연말이면 제주의 전기차 보급수가 서울보다 많은 1000대를 훌쩍 넘을 전망이다", None, None, ["future-vehicles"], "statement"),
        c("제주는 이달 중 225대의 전기차를 추가 보급한다", None, None, ["future-vehicles"], "target"),
        c("올해만 약 500대 전기차가 보급되는 것으로", None, None, ["future-vehicles"], "statement"),
        c("원 지사는 글로벌 유명 전기차 모델 유치에도 적극 나설 방침이다", W, None, ["future-vehicles"], "plan"),
        c("엘론 머스크 테슬라모터스 CEO와 만남을 추진한다", W, None, ["future-vehicles", "investment-attraction"], "plan"),
        c("테슬라모터스의 제주도 진출은 물론이고 도내 사업장도 유치한다는 계획이다", W, None,
          ["future-vehicles", "investment-attraction"], "plan"),
        c("제주는 전기차 충전 인프라 구축에 최적의 조건을 갖추고 있다", W, None, ["future-vehicles"], "statement"),
        c("2030년까지 도의 37만대 모든 차량을 전기차로 전환해 글로벌 전기차 중심지가 되도록 할 것", W, None,
          ["future-vehicles"], "target"),
    ],
    "not_claims": ["박태준기자 gaius@etnews.com"],
}

P = "park-wan-su"
D2 = "2025-11-10"
G["ac-02-newspim.txt"] = {
    "metadata": {"headline": None, "published": "2025-11-10", "reporter": "남경문", "outlet": "뉴스핌", "jurisdiction": "48"},
    "officials": [P],
    "claims": [
        c("청년의 목소리를 자주 듣고 이를 적극적으로 정책에 반영하겠다", P, D2, ["youth-policy"], "plan"),
        c("청년이 각자의 목표와 꿈을 실현할 수 있도록 정책을 꼼꼼히 챙기겠다", P, D2, ["youth-policy"], "plan"),
        c("일자리, 교육 등 다양한 분야에서 각별한 애정을 가지고 사업을 추진하고 있다", P, D2, ["youth-policy", "jobs"], "statement"),
        c("청년정책의 실효성을 높이기 위해서는 위원 여러분의 조언과 협력이 절실하다", P, D2, ["youth-policy"], "plan"),
        c("K-콘텐츠 한류와 연계한 반값 여행 지원, 어촌·해양 신산업 일자리 발굴", None, D2,
          ["youth-policy", "culture-tourism", "jobs", "startup-support", "agriculture"], "statement"),
    ],
    "not_claims": [
        "청년정책 조정위에서 방향 논의",
        "K-콘텐츠 연계 맞춤형 정책 제안",
        "내년도 정책 방향을 논의하고 있다",
        "박완수 지사와 유창만 청년대표가 공동위원장을 맡았다",
        "20명이 참석해 일자리·주거·복지·문화 등 다양한 분야의 청년정책 추진 상황과 향후 계획을 논의했다",
        "건의 사항의 추진 상황을 공유하는 자리",
        "청년정책 방향에 대해 허심탄회한 의견을 주시길 바란다",
    ],
}

U = ["urban-regeneration"]
G["ac-03-yonhap.txt"] = {
    "metadata": {"headline": "부산시 진구·수영구 도시재생사업지로 선정돼…국비 120억 확보", "published": None,
                 "reporter": "박창수", "outlet": "연합뉴스", "jurisdiction": "26"},
    "officials": [],
    "claims": [
        c("부산진구와 수영구 등 2곳이 국토교통부로부터 국비지원 도시재생 뉴딜사업에 선정됐다고 밝혔다", None, None, U, "achievement"),
        c("'바위동산이 숨트는 신선마을'은 우리동네살리기 부문에 선정됐다", None, None, U, "achievement"),
        c("공·폐가를 비롯해 낡은 집을 정비하고 마을 주민공유센터, 마을공유주차장 등이 조성된다", None, None, U, "plan"),
        c("'도시거주민과 방문객을 위한 도시수영-도도수영'은 일반 근린형으로 각각 선정됐다", None, None, U, "achievement"),
        c("이곳에는 어울림센터와 스마트 둘레 네트워크, 좌수영성 일원 특화경관 조성 등이 추진된다", None, None, U, "plan"),
        c("사업지에 선정된 이들 두 곳에는 국가 예산 120억원이 책정됐다", None, None, U, "achievement"),
        c("하반기에 4∼5곳이 추가로 도시재생 뉴딜사업에 선정될 수 있도록", None, None, U, "target"),
        c("시는 하반기 국비확보 목표를 650억원으로 잡았다", None, None, U, "target"),
        c("국토부는 올해 뉴딜사업 대상을 '우리동네살리기'를 제외한 활성화 지역으로 제한했다", None, None, U, "statement"),
        c("연말까지 도시재생 전략계획을 수립하고 쇠퇴도 등을 조사해 활성화 지역을 지정할 계획이다", None, None, U, "plan"),
        c("지난해에는 7곳이 도시재생 뉴딜사업에 선정돼 국비 1천90억원을 확보했다", None, None, U, "achievement"),
        c("'수시 선정'에 적극적으로 응모할 예정", None, None, U, "plan"),
    ],
    "not_claims": ["부산시 진구·수영구 도시재생사업지로 선정돼…국비 120억 확보", "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>"],
}

L = "lee-seung-yul"
A = ["agriculture"]
G["ac-04-kbmaeil.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "심한식", "outlet": "경북매일", "jurisdiction": "47820"},
    "officials": [L],
    "claims": [
        c("국비 2억원과 지방비 2억원 등 총 4억원의 예산을 확보했다", None, None, A, "achievement"),
        c("도시민유치지원 사업과 귀농인의 집, 마을단위 융화교육과 신규 프로그램인 농촌에서 미리 살아보기를 통합한 사업이다", None, None, A, "statement"),
        c("다양하고 체계적인 지원을 할 예정이다", None, None, A, "plan"),
        c("경북도에서는 청도군과 포항시가 신규로 선정됐다", None, None, A, "achievement"),
        c("올해 귀농귀촌담당 신설과 다양한 정책지원 사업을 추진한 결과 선정됐다", L, None, A, "achievement"),
        c("첫 단계부터 정착단계까지 맞춤형 지원을 통해 찾고 싶고, 살고 싶은 행복한 희망 청도를 만드는 데 최선을 다 하겠다", L, None, A, "plan"),
    ],
    "not_claims": ["/심한식기자 shs1127@kbmaeil.com", "저작권자 © 경북매일 무단전재 및 재배포 금지"],
}

S = "ahn-sang-su"
F = ["fine-dust"]
G["ac-05-nocutnews.txt"] = {
    "metadata": {"headline": "안상수 창원시장 \"미세먼지 발생 현장 집중관리\"", "published": None, "reporter": None,
                 "outlet": None, "jurisdiction": "48120"},
    "officials": [S],
    "claims": [
        c("창원시가 미세먼지 억제방안 마련에 적극 나서기로 했다", None, None, F, "plan"),
        c("국내에서 발생하는 미세먼지는 지방정부에서 적극적인 억제 방안을 마련해야 할 것이다", S, None, F, "plan"),
        c("우선 배출 비중이 높은 사업장과 공사장에 대한 관리가 강화돼야 할 것이다", S, None, F, "plan"),
        c("즉각적으로 감소시킬 수 있는 대책도 강화해 주기 바란다", S, None, F, "plan"),
        c("노면청소와 살수차의 운행구간을 확대해야 하고", S, None, F, "plan"),
        c("미세먼지 종합대책을 강화해 체계적으로 상황을 관리하고 대처해 나가기 바란며", S, None, F, "plan"),
    ],
    "not_claims": [
        "안상수 창원시장 \"미세먼지 발생 현장 집중관리\"",
        "'전국 미세먼지 주의보'는 130회나 발령돼 지난해보다 72%나 늘었고",
        "미세먼지의 발생 원인은 사업장과 건설공사장의 90% 정도이고",
        "많이 본 뉴스",
    ],
}

SC = "song-cheol-ho"
E = "2022-04-22"
SM = ["smart-city"]
G["ac-06-ulsanilbo.txt"] = {
    "metadata": {"headline": "울산 스마트 도시 조성, 5년간 2955억 투입", "published": "2022-04-25T00:10+09:00",
                 "reporter": "차형석", "outlet": None, "jurisdiction": "31"},
    "officials": [SC],
    "claims": [
        c("울산시가 시민 체감형 미래도시를 위해 5년간 2955억원을 투입해", None, E, SM, "plan"),
        c("앞으로 5년간 추진할 스마트도시 기본계획을 발표했다", SC, E, SM, "plan"),
        c("울산 스마트도시 비전은 ‘시민 체감형 미래도시, 스마트 울산’이다", None, E, SM, "statement"),
        c("디지털 인재 도시 조성 등을 목표로 교통·환경·안전·산업·행정 등 7대 분야에서 36개 사업을 추진할 계획이다", None, E,
          ["smart-city", "fourth-industrial-revolution"], "plan"),
        c("이 사업에는 오는 2026년까지 총 2955억원이 투입된다", None, E, SM, "plan"),
        c("‘수요 맞춤 스마트 교통’ 분야에서는 6개 사업에 344억원이 투입된다", None, E, SM, "plan"),
        c("‘탄소중립 그린환경’ 분야는 6개 사업에 570억원이 투입된다", None, E, ["smart-city", "climate-carbon"], "plan"),
        c("‘일상안심 스마트안전’ 분야는 4개 사업으로 구성됐으며", None, E, ["smart-city", "disaster-safety"], "statement"),
        c("‘소외 없는 스마트복지’ 분야는 4개 사업에 290억원이 투입되며", None, E,
          ["smart-city", "welfare", "culture-tourism"], "plan"),
        c("‘디지털 혁신 산업·경제’ 분야에서는 8개 사업에 1399억원이 투입되고", None, E,
          ["smart-city", "fourth-industrial-revolution", "citizen-participation"], "plan"),
        c("스마트도시 서비스는 공간계획에 따라 6개 생활권역과 2개 특", None, E, SM, "statement"),
    ],
    "not_claims": [
        "울산 스마트 도시 조성, 5년간 2955억 투입",
        "스마트 교통·안전 등 7대 분야 36개 사업을 추진하는 ‘시민 체감형 미래도시, 스마트 울산’ 계획을 밝히고 있다",
        "이 기사를 공유합니다",
    ],
}

T = "lee-tae-hun"
E7 = "2024-09-09"
WF = ["welfare"]
G["ac-07-imaeil.txt"] = {
    "metadata": {"headline": "대구 달서구, 복지위기가구 발굴 및 지원을 위한 업무협약 체결",
                 "published": "2024-09-11T16:06:20+09:00", "reporter": None, "outlet": None, "jurisdiction": "27290"},
    "officials": [T],
    "claims": [
        c("복지위기가구 발굴 및 지원을 위한 업무협약을 체결했다", None, E7, WF, "achievement"),
        c("이번 협약은 민관협력을 통해 더 많은 위기가구를 발굴하고", None, E7, WF, "statement"),
        c("각 기관 생활지원사를 명예사회복지공무원으로 위촉", None, E7, WF, "plan"),
        c("SNS 서포터즈 온통발굴 홍보단을 통해", None, "2024-09-11", WF, "plan"),
        c("복지 사각지대에 있는 위기가구가 지역 안에서 더욱 행복한 삶을 영위할 수 있도록 노력하겠다", T, E7, WF, "plan"),
    ],
    "not_claims": ["입력 2024-09-11 16:06:20"],
}

LS = "lee-sun-geol"
E8 = "2024-07-04"
G["ac-08-fnnews.txt"] = {
    "metadata": {"headline": "울주군, 전 국민 관광 1번지로 조성.. 이순걸 군수 후반기 계획 밝혀",
                 "published": "2024-07-04T18:32+09:00", "reporter": "최수상", "outlet": "파이낸셜뉴스", "jurisdiction": "31710"},
    "officials": [LS],
    "claims": [
        c("전 국민이 찾는 관광 울주를 조성하겠습니다", LS, E8, ["culture-tourism"], "plan"),
        c("'문화·관광, 산업이 어우러진 젊은 도시'를 만들겠다고 밝혔다", LS, E8, ["culture-tourism"], "plan"),
        c("하이브리드형 세계 최대 식물원 조성, 산악익스트림센터 건립, 울주 해안도로 관광 명소화 추진", LS, E8, ["culture-tourism"], "plan"),
        c("기업 투자 유치금 보조와 기업 맞춤형 지원 사업을 통해 투자 기업 유치와 강소기업 육성을 꾀하고", LS, E8,
          ["investment-attraction", "labor-relations"], "plan"),
        c("남부권·서부권 육아종합지원센터 건립, 굴화지역 통합키움센터 건립, 유니세프 아동친화 도시 조성", LS, E8,
          ["welfare", "childcare-birth", "fourth-industrial-revolution"], "plan"),
        c("언양 무동마을 자연재해 위험개선지구 정비사업 추진", LS, E8, ["disaster-safety"], "plan"),
        c("KTX역세권 복합특화단지와 율현지구 도시개발 등 대규모 지", LS, E8, ["smart-city"], "plan"),
    ],
    "not_claims": [
        "울주군, 전 국민 관광 1번지로 조성.. 이순걸 군수 후반기 계획 밝혀",
        "민선 8기 2주년 기자간담회를 갖고 주요 군정 성과와 임기 후반기 주요 계획을 발표했다",
        "남부권 국민체육센터를 건립하고 파크골프장을 조성해 군민 건강 증진과 여가의 장을 마련하겠다고 밝혔다",
    ],
}

PT = ["public-transit"]
G["ac-09-jejutwn.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "50"},
    "officials": [],
    "claims": [
        c("281번 노선에 차량 3대를 증차한다고 밝혔다", None, None, PT, "plan"),
        c("만원버스로 인한 불편사항이 해소될 전망이다", None, None, PT, "statement"),
        c("학생 통학과 출퇴근 이용객의 편의를 도모해 나갈 계획이다", None, None, PT, "plan"),
        c("15개 노선 신설, 55개 노선에 대한 운행시간표 조정 등 총 115건에 대한 후속조치를 시행 한 바 있다", None, None, PT, "achievement"),
    ],
    "not_claims": [],
}

for name, gold in G.items():
    record = {"article": name, **gold}
    (OUT / f"{name}.json").write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(G), "files,", sum(len(g["claims"]) for g in G.values()), "claims")
