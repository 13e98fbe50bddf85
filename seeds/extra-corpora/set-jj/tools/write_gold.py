"""Write set-jj's gold files (hand annotation; one tuple per claim: quote, speaker, date, policies, kind[, speaker_name])."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


D1, D2, D3 = "2019-02-11", "2023-08-29", "2023-11-28"
D4, D5, D7, D8 = "2026-01-19", "2026-01-08", "2023-10-26", "2018-04-17"
UR = "urban-regeneration"
CT = "culture-tourism"

FILES = {
    "jj-01-newsis.txt": (
        {"headline": "[광주소식]북구 대학타운형 도시재생 지원센터 개소 등", "published": "2019-02-11T17:58+09:00",
         "reporter": "신대희", "outlet": "뉴시스", "jurisdiction": "29170"},
        ["mun-in"],
        [
            c("개소\n\n광주 북구는 11일 중흥동에 설립한", None, D1, [UR], "achievement"),
            c("북구는 광주역·전남대 주변에 일자리 창출과 지역상권 활성화를 위한 도시재생 뉴딜 사업을 추진 중이다", None, D1,
              [UR, "jobs", "small-merchants"], "statement"),
            c("2023년까지 국비 150억 원을 포함한 총 380여억 원을 투자한다", None, D1, [UR], "plan"),
            c("청년일자리·주민공동체·스마트시티 총 3개팀 5명으로 꾸렸다", None, D1, [UR], "achievement"),
            c("주민 의견을 수렴하고 대학·기업·청년단체 등과 함께 도시재생 사업의 현장 지원 업무를 전담한다", None, D1, [UR], "statement"),
            c("현장 중심의 중간지원조직(사회적경제지원센터·창업지원센터 등)과 네트워크를 구축", None, D1, [UR], "plan"),
            c("특히 주민공모사업 컨설팅, 주민 교육, 마을공동체 운영 등 주민 주도 사업 유지·관리에 주력한다", None, D1, [UR], "statement"),
            c("청년 창업과 소상공인들의 경영활동", None, D1, ["startup-support", "youth-policy", "small-merchants"], "statement"),
        ],
        ["이날 문인 광주 북구청장이 개소식에서 인사말을 하고 있는 모습", "◇북구 대학타운형 도시재생 지원센터 개소"],
    ),
    "jj-02-breaknews.txt": (
        {"headline": "우범기 시장 '문화관광 사업' 현장 방문", "published": "2023-08-29T18:33+09:00",
         "reporter": "이요한", "outlet": None, "jurisdiction": "45110"},
        ["woo-beom-gi"],
        [
            c("우범기 시장이 29일 왕의궁원 프로젝트 주요 현장을 방문했다", None, D2, [CT], "statement"),
            c("우 시장의 이날 현장 행정은", None, D2, [CT], "statement"),
            c("전주에 해마다 많은 관광객이 찾고 있는 만큼", "woo-beom-gi", D2, [CT], "plan"),
        ],
        ["다양한 숨겨진 도시의 매력을 발굴하고 관광객을 위한 편의시설을 확충해",
         "추진계획 공유하며 예산확보 및 단계적 추진 '주문'"],
    ),
    "jj-03-kukinews.txt": (
        {"headline": "이장우 시장, 대전은 일류경제 도시로 나아가고 있다", "published": "2023-11-28T23:01+09:00",
         "reporter": "명정삼", "outlet": None, "jurisdiction": "30"},
        ["lee-jang-woo"],
        [
            c("민선 8기 들어 국가산업단지 160만 평을 비롯한 산업단지 5백만 평 조성과 기업 유치 등 활발한 활동으로 성과를 내고 있으나",
              None, D3, ["investment-attraction"], "achievement"),
            c("전세사기에 대한 기자 질의에 이 시장은", "lee-jang-woo", D3, ["housing"], "statement"),
        ],
        ["대전은 상장기업이 54개사로", "'전세사기' 제도가 허용하는 범위에서 최선 다해", "'대변인'(4급)보직을 다시 만들어"],
    ),
    "jj-04-seoul.txt": (
        {"headline": None, "published": "2026-01-19", "reporter": None, "outlet": None, "jurisdiction": "44130"},
        [],
        [
            c("충남 천안시가 인구 100만 도시 성장을 위해 스마트기술·첨단산업·인프라 혁신 등 3대 전략을 추진한다", None, D4,
              ["smart-city"], "plan"),
            c("목표는 스마트 기술 확산, 첨단·전략산업 육성과 인재 양성", None, D4, ["smart-city"], "plan"),
            c("시는 국립치의학연구원 천안 유치와 미래의료 신산업 클러스터, 미래모빌리티 국가산단 조성", None, D4,
              ["medical-industry", "future-vehicles"], "plan"),
            c("천안아산 R＆D 특구 내 MICE 산업 기본구상도 구체화해", None, D4, ["research-development", CT], "plan"),
            c("올해말까지 거점형 스마트도시 조성사업을 완료하고", None, D4,
              ["fourth-industrial-revolution", "energy-transition", "smart-city"], "plan"),
            c("투자유치 딜리버리, 중소기업 지원사업 설명회 등으로", None, D4, ["investment-attraction"], "plan"),
        ],
        ["충남 천안시 성환 혁신지구 도시재생사업 구상안. 시 제공", "해외 바이어 초청 수출상담회와 글로벌시장 탐방단 운영도 추진한다",
         "‘성장·안전·동행’을 설정하고"],
    ),
    "jj-05-sportsworldi.txt": (
        {"headline": None, "published": "2026-01-09", "reporter": None, "outlet": None, "jurisdiction": "46110"},
        [],
        [
            c("주요 점검 대상 사업은 ▲향토음식진흥센터 건립", None, D5, [CT, UR], "statement"),
            c("대반동·선창권역은 관광과 도시재생이 어우러진 목포의 핵심 공간", None, D5, [CT, UR], "statement", "조석훈"),
        ],
        ["개별 사업을 단편적으로 추진하기보다 부서 간 협업을 강화해",
         "조석훈 목포시장 권한대행이 대반동·선창권역 업무 점검회의를 주재하고 있다"],
    ),
    "jj-06-chosunbiz.txt": (
        {"headline": None, "published": None, "reporter": None, "outlet": "조선비즈", "jurisdiction": "43"},
        ["kim-yung-hwan"],
        [
            c("대청호 주변을 관광자원으로 적극 개발하겠다", "kim-yung-hwan", None, [CT], "plan"),
            c("본인이 공약한 ‘충북 레이크파크 관광 르네상스’", None, None, [CT], "statement"),
            c("찾았을 때도 이 같은 구상을 전했다", "kim-yung-hwan", None, [CT], "statement"),
            c("지역 농업 발전을 위한 구상을 털어놓으며 교육의 중요성도 강조했다", "kim-yung-hwan", None,
              ["agriculture", "education"], "statement"),
            c("‘충북 레이크파크 르네상스 추진 방향’이다", "kim-yung-hwan", None, [CT], "achievement"),
            c("레이크파크는 민선 8기 핵심 공약으로", "kim-yung-hwan", None, [CT], "statement"),
        ],
        ["충북은 한국의 스위스입니다", "‘레이크파크(호수공원)’이라는 단어를 여러 차례 강조했다", "청주 대청호는 대한민국의 진주다"],
    ),
    "jj-07-goodnews365.txt": (
        {"headline": "세종시 ‘국제정원도시박람회’ 1년 연기", "published": "2023-10-27T01:39+09:00",
         "reporter": None, "outlet": "굿뉴스365", "jurisdiction": "36"},
        ["choi-min-ho"],
        [
            c("최민호 세종시장이 공약인 ‘국제정원도시박람회’를 1년 연기해 2026년 개최키로 결정했다", None, D7, [CT], "plan"),
            c("이는 대내외적인 변수와 시 재정 여건 등을 심사숙고한 결과로", None, D7, [CT], "statement"),
            c("1년이라는 시간이 추가로 확보된 만큼 기본구상을 재구성하여", "choi-min-ho", D7, [CT], "plan"),
            c("일회성 행사가 아닌 세계 속의 정원 도시로서 위상을 정립하는 계기로", "choi-min-ho", D7, [CT], "plan"),
            c("국회세종의사당, 대통령 제2집무실, 박물관단지 등 다양한 국책사업 추진으로", None, D7,
              ["decentralization", CT], "statement"),
            c("중점과제로는 ▲생활환경 정비 ▲가족-마을-도시 잇는 입체적 정원 조성 ▲정원 연계 문화행사 개최", None, D7, [CT], "plan"),
        ],
        ["2026년 개최…‘정원속 삶의 활력‘ 등 4대전략 11대 중점과제 추진",
         "‘2026년까지 시를 ‘정원 속의 도시’로 성장시키기 위한 4대 전략, 11개 중점과제를 추진할 계획이다"],
    ),
    "jj-08-ajunews.txt": (
        {"headline": "원희룡, 6.13 지방선거 제주도지사 출마 공식 선언", "published": "2018-04-17T14:17+09:00",
         "reporter": "진순현", "outlet": None, "jurisdiction": "50"},
        ["won-hee-ryong"],
        [
            c("중산간 개발을 제한하고, 외국인 투자영주권을 제한하고, 대규모 투자자본을 검증했다", "won-hee-ryong", D8,
              ["investment-attraction"], "achievement"),
            c("제2공항 건설,대중교통 개편과 렌터카 총량 제한,재활용품 분리 배출 등을 추진하고 있다", "won-hee-ryong", D8,
              ["airport-relocation", "public-transit"], "statement"),
            c("소통이 부족했다", "won-hee-ryong", D8, ["citizen-participation"], "criticism"),
            c("의견수렴이나 설명이 부족한 상태에서 정책이 추진되는 경우도 적지 않았다", "won-hee-ryong", D8,
              ["citizen-participation"], "criticism"),
        ],
        ["4000억 원이 넘는 차입부채를 모두 갚아 건전재정의 기초를 마련했다", "공무원 편 가르기를 없애고, 인사도 공정하게 했다",
         "한 번 더 기회를 주라"],
    ),
    "jj-09-asiae.txt": (
        {"headline": "강기정 시장 '광주 전략적 선택이 AI·미래차 도시로”", "published": None, "reporter": None, "outlet": None,
         "jurisdiction": "29"},
        ["kang-gi-jung"],
        [
            c("광주만의 전략적 미래산업 설계를 통해 지역 균형발전과 인구감소 문제에 대응해 나가겠다", "kang-gi-jung", None,
              ["decentralization"], "plan"),
            c("이를 해결하기 위해서는 인공지능(AI)과 미래차, 창업과 실증을 중심으로 하는 전략적인 미래산업 설계", "kang-gi-jung", None,
              ["fourth-industrial-revolution", "future-vehicles", "startup-support"], "plan"),
            c("1960년대 산업화 시대에는 자동차산업(아시아자동차)을", "kang-gi-jung", None,
              ["future-vehicles", "fourth-industrial-revolution"], "achievement"),
            c("그 선택이 오늘날 2개 완성차 공장 보유 도시, 광산업 도시, AI 중심도시로 이어졌다", "kang-gi-jung", None,
              ["future-vehicles", "fourth-industrial-revolution"], "achievement"),
            c("수도권 일극 체제는 국가 질병", "kang-gi-jung", None, ["decentralization"], "criticism"),
            c("지금까지 추진한 지역 균형발전 정책은 큰 효", "kang-gi-jung", None, ["decentralization"], "statement"),
        ],
        ["저출산 등 인구 위기가 현실화하고 있다", "지역경제 활성화와 일자리 창출을 논의하는 장이다",
         "민주주의 중심서 AI 리딩 도시로 거듭나야", "지역이 살아야 대한민국이 살 수 있다"],
    ),
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, (meta, officials, claims, not_claims) in FILES.items():
        gold = {"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": not_claims}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(claims)
        print(name, len(claims))
    print("total", total)
