"""Write set-qd's gold files (hand annotations, format of seeds/corpus/README.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


FILES = {}

# qd-01 starnews: 전라북도, 2023-06-01, 김관영
D = "2023-06-01"
FILES["qd-01-starnews.txt"] = {
    "metadata": {"headline": "전라북도, 이차전지 특화단지 유치위해 총력전", "published": "2023-06-01T13:54+09:00",
                 "reporter": "채준", "outlet": "스타뉴스", "jurisdiction": "45"},
    "officials": ["kim-gwan-yeong"],
    "claims": [
        c("최근 3년간 이차전지 관련 7조원의 기업 투자가 이루어졌다", "kim-gwan-yeong", D, ["investment-attraction"], "achievement"),
    ],
    "not_claims": [
        "전라북도, 이차전지 특화단지 유치위해 총력전",
        "'새만금 이차전지 특화단지' 유치를 위해 총력전을 펼치고 있다",
        "특화단지가 유치되면, 전북은 비상할 것이다",
        "도전경성의 자세로 마지막까지 도민과 함께 최선을 다해 반드시 이뤄낼 것이다",
        "국가첨단전략산업 특화단지 결과는 국가첨단전략산업위원회 심의의결",
    ],
}

# qd-02 siminilbo: 전라남도, 2022-11-02, institutional
D = "2022-11-02"
FILES["qd-02-siminilbo.txt"] = {
    "metadata": {"headline": "전남도, 내년 77곳에 신재생에너지 설비", "published": "2022-11-02T16:01:24+09:00",
                 "reporter": "황승순", "outlet": "시민일보", "jurisdiction": "46"},
    "officials": [],
    "claims": [
        c("2023년 신재생에너지확대기반조성사업 공모에서 22개 사업 77곳이 선정돼 국비 9억7000만원을 확보했다고 밝혔다", None, D, ["energy-transition"], "achievement"),
        c("평가위원들로부터 타 지역과 차별성이 있다는 호평을 받았다", None, D, ["energy-transition"], "achievement"),
        c("이는 전국에서 가장 많은 국비를 확보하는 성과로 이어졌다", None, D, ["energy-transition"], "achievement"),
        c("공개평가를 통해 총 222개 사업을 선정했다", None, D, ["energy-transition"], "statement"),
        c("77곳에 태양광 1메가와트(MW)를 설치할 계획이다", None, D, ["energy-transition"], "target"),
        c("신재생에너지 사업은 지역 주민이 공감하고 함께하는 것이 중요하다", None, D, ["energy-transition"], "statement", "김정섭"),
        c("도민에게 혜택이 돌아가는 신재생에너지 보급을 위해 노력하겠다", None, D, ["energy-transition"], "plan", "김정섭"),
    ],
    "not_claims": [
        "전남도, 내년 77곳에 신재생에너지 설비",
        "국비 공모 전국 최다 선정··· 9억7000만원 확보",
        "19억 투입해 체육공원ㆍ복지시설 등에 1mW 설치",
    ],
}

# qd-03 fnnews: 익산시 (전북특별자치도), 2025-09-03, institutional
D = "2025-09-03"
FILES["qd-03-fnnews.txt"] = {
    "metadata": {"headline": "\"반갑다 인구증가\"…익산시, 합계출산율 8.5% 상승", "published": "2025-09-03T14:14+09:00",
                 "reporter": "강인", "outlet": "파이낸셜뉴스", "jurisdiction": "52140"},
    "officials": [],
    "claims": [
        c("지난해 지역 합계출산율은 0.76명으로 전년도 0.7명 대비 8.5% 증가했다", None, D, ["childcare-birth"], "achievement"),
        c("익산형 출산·양육 지원 정책이 효과를 보이기 시작했다는 평가다", None, D, ["childcare-birth"], "achievement"),
        c("출산 친화 도시 기반을 더욱 강화해 나갈 방침이다", None, D, ["childcare-birth"], "plan"),
        c("시는 산모의 건강한 출산을 위한 다양한 맞춤형 정책을 운영하고 있다", None, D, ["childcare-birth"], "statement"),
        c("도내 최초로 2010년부터 시행 중인 익산시 자체 사업으로, 임신 1회당 40만 원을 지원한다", None, D, ["childcare-birth"], "statement"),
        c("올해는 785명 규모로 진행된다", None, D, ["childcare-birth"], "statement"),
        c("출산 1년 이내 산모가 지정 요양 기관에서 치료받을 경우 최대 20만원을 지원하는 제도다", None, D, ["childcare-birth"], "statement"),
        c("2019년부터 시작해 2024년까지 3897명의 산모가 혜택을 받았다", None, D, ["childcare-birth"], "achievement"),
        c("건강관리사를 출산가정에 파견해 산모 회복과 신생아 돌봄을 지원한다", None, D, ["childcare-birth"], "statement"),
        c("본인부담금 90%를 시에서 지원한다", None, D, ["childcare-birth"], "statement"),
        c("영유아를 위한 육아 필수재 지원도 익산시의 특화된 지원 정책이다", None, D, ["childcare-birth"], "statement"),
        c("기저귀 월 9만 원, 조제분유 월 11만 원씩 최대 24개월간 지원한다", None, D, ["childcare-birth", "welfare"], "statement"),
        c("현재 460명의 아동이 지원 대상이다", None, D, ["childcare-birth", "welfare"], "statement"),
        c("결혼, 임신, 출산, 양육을 행복한 선택으로 인식할 수 있도록 시가 든든한 지원군이 되겠다", None, D, ["childcare-birth"], "plan", "이진윤"),
    ],
    "not_claims": [
        "\"반갑다 인구증가\"…익산시, 합계출산율 8.5% 상승",
        "전북 익산에 인구 증가 소식이 들리며 지역활성화에 대한 기대가 커지고 있다",
    ],
}

# qd-04 jnilbo: 광주 광산구, 2022-07-03 (inaugural speech 지난 1일 = 2022-07-01), 박병규
D = "2022-07-01"
FILES["qd-04-jnilbo.txt"] = {
    "metadata": {"headline": "위기 극복…안전하고 행복한 광산 만들겠다", "published": "2022-07-03T16:01:04+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "29200"},
    "officials": ["park-byeong-gyu"],
    "claims": [
        c("△참여하며 나누는 복지 △문화관광 꽃피는 도시 등을 제시했다", "park-byeong-gyu", D, ["welfare", "culture-tourism"], "plan"),
        c("'청년 창업 샌드박스 운영' 등 다양한 청년정책", "park-byeong-gyu", D, ["youth-policy", "startup-support"], "plan"),
    ],
    "not_claims": [
        "위기 극복을 통해 안전하고 행복한 광산구를 만들어 배고프고 억울한 사람이 없도록 하겠다",
        "취임사를 통해 4대 구정 비전을 제시했다",
        "저성장과 실업, 양극화와 불평등의 심화 끝에 사회적 갈등이 커지고 있다",
        "주민이 안전하고 행복하게 살도록 돕는 일,배고픈 사람이 없게 하는 일, 억울한 사람이 없게 하는 일이 우리 행정의 임무",
        "'지속가능성장 경제특구 추진', '광주송정역세권 1시간 맛거리 조성'에 나서겠다고 밝혔다",
        "광산구 안전한 삶 지원",
    ],
}

# qd-05 kmib: 세종, 2025-12-11, 최민호
D = "2025-12-11"
FILES["qd-05-kmib.txt"] = {
    "metadata": {"headline": None, "published": "2025-12-11", "reporter": None, "outlet": None, "jurisdiction": "36"},
    "officials": ["choi-min-ho"],
    "claims": [
        c("4개 기업은 2028년까지 세종시 전동일반산단과 스마트그린산단, 벤처밸리, 테크밸리 등 지역 산업단지 내 3만여㎡ 부지에 공장을 신설하거나 투자를 추진한다", None, D, ["investment-attraction"], "plan"),
        c("전략산업 중심의 투자유치 활동을 지속하겠다", "choi-min-ho", D, ["investment-attraction"], "plan"),
    ],
    "not_claims": [
        "세종시장과 지역 유망기업 관계자들이 11일 투자협약을 체결하고 기념촬영을 하고 있다",
        "오캄바이오는 전동면 전동일반산단 1만540㎡ 부지에 1396억원을 들여 의약품 제조공장을 짓는다",
        "덕산코트랜은 소정면 스마트그린산단에 300억원을 투자해",
        "동남은 집현동 세종테크밸리에 95억원을 투자해",
    ],
}

# qd-06 siminilbo: 해남군, 2026-02-08, 명현관
D = "2026-02-08"
FILES["qd-06-siminilbo.txt"] = {
    "metadata": {"headline": "해남군, '2454억' 국ㆍ도비 사업 발굴", "published": "2026-02-08T11:23:12+09:00",
                 "reporter": "정찬남", "outlet": "시민일보", "jurisdiction": "46820"},
    "officials": ["myeong-hyeon-gwan"],
    "claims": [
        c("주요 발굴 사업으로는 ▲스마트농업 육성지구 조성사업(200억원)", None, D, ["agriculture", "water-supply"], "plan"),
    ],
    "not_claims": [
        "해남군, '2454억' 국ㆍ도비 사업 발굴",
        "장기성장동력 확보를 위한 역점사업 발굴에 본격 착수했다",
        "총 130건, 2454억원 규모의 중점 관리 사업을 발굴하고",
        "국·도비 확보는 열악한 지방재정 여건 속에서 중장기 성장동력을 확보하기 위한 핵심 재원",
        "내년 국비 확보 역시 선제적으로 대응해 지역의 미래 성장동력을 지속적으로 확보해 나가겠다",
    ],
}

# qd-07 nocutnews: 광주광역시, undated, 강기정
FILES["qd-07-nocutnews.txt"] = {
    "metadata": {"headline": "강기정 광주시장 \"통합돌봄, 광주정신·포용도시 상징\"", "published": None,
                 "reporter": None, "outlet": "노컷뉴스", "jurisdiction": "29"},
    "officials": ["kang-gi-jung"],
    "claims": [
        c("복지정책을 훨씬 넘어서 민주주의의 완성과 광주정신을 실현하는 대표정책", "kang-gi-jung", None, ["welfare"], "statement"),
        c("민선 8기 광주다움 통합돌봄의 혁신성과 광주다움 통합돌봄이 도시안전망과 공동체 구축에 어떻게 기여하는지에 대해 역설했다", "kang-gi-jung", None, ["welfare"], "statement"),
        c("정부의 사회안전망 사각지대 해소를 위해 광주다움 통합돌봄을 시작했다", "kang-gi-jung", None, ["welfare"], "achievement"),
        c("광주다움 통합돌봄의 배경으로 5·18민주화운동을 소개했다", "kang-gi-jung", None, ["welfare"], "statement"),
    ],
    "not_claims": [
        "강기정 광주시장 \"통합돌봄, 광주정신·포용도시 상징\"",
        "광저우 세계시장포럼서 '도시안전망과 공동체' 주제 기조연설",
        "'광주다움 통합돌봄' 정책을 주제로 기조연설에 나서",
        "급격한 고령화에 따른 돌봄수요와 1인 가구 증가, 경제적 양극화의 문제에 직면해 있다",
        "광주는 '광주정신'이라는 이름을 갖고 있는 대한민국에서 유일한 도시",
    ],
}

# qd-08 wowtv (연합뉴스): 세종, undated, 이춘희
FILES["qd-08-wowtv.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "이재림", "outlet": "연합뉴스", "jurisdiction": "36"},
    "officials": ["lee-choon-hee"],
    "claims": [
        c("세종시 행정중심복합도시를 순환하는 시내버스가 다음 달 3일부터 운행한다", None, None, ["public-transit"], "plan"),
        c("내부순환 급행버스운행체계(BRT) 노선 번호는 900번이다", None, None, ["public-transit"], "statement"),
        c("세종도시교통공사에서 운영한다.", None, None, ["public-transit"], "statement"),
        c("한별리까지 양방향으로 다닌다", None, None, ["public-transit"], "statement"),
        c("출발 시각 기준 오전 6시부터 오후 11시 30분까지다", None, None, ["public-transit"], "statement"),
        c("오후 11시 35분까지 15분 간격으로 다닌다", None, None, ["public-transit"], "statement"),
        c("압축천연가스(CNG) 초 저상버스를 배치할 방침이다", None, None, ["public-transit"], "plan"),
        c("교통약자배려석(예비 엄마석), 교통약자 안심벨", None, None, ["public-transit"], "plan"),
        c("새롭게 디자인할 방침이라고 시는 25일 설명했다", None, None, ["public-transit"], "plan"),
        c("내부순환 BRT 개통은 세종시 신도심이 하나로 연결되는 대중교통 중심도시 완성의 시작점", "lee-choon-hee", None, ["public-transit"], "statement"),
        c("읍·면 지역에서도 신도심 접근성이 향상해 이동이 더 활발해질 것", "lee-choon-hee", None, ["public-transit"], "statement"),
    ],
    "not_claims": [
        "세종도시교통공사서 운영…행정중심복합도시 내 연결",
        "대평동 교통공사 버스운영센터에서 개통식을 할 예정이다",
    ],
}

# qd-09 asiae: 장성군, " date 2021-07", 6일 밝혔다 -> 2021-07-06, 유두석
D = "2021-07-06"
FILES["qd-09-asiae.txt"] = {
    "metadata": {"headline": None, "published": "2021-07", "reporter": "조한규", "outlet": "아시아경제", "jurisdiction": "46880"},
    "officials": ["yu-du-seok"],
    "claims": [
        c("‘전국 지방자치단체 일자리대상’ 평가에서 특별상을 수상해 상사업비 5500만원을 확보했다고 밝혔다", None, D, ["jobs"], "achievement"),
        c("군은 지난해(우수상)에 이어 2년 연속 수상이다", None, D, ["jobs"], "achievement"),
        c("국립심뇌혈관센터 설립과 국비 350억원 규모 국립아열대작물실증센터 유치에 연달아 성공한 바 있다", None, D, ["public-health", "agriculture"], "achievement"),
        c("미래 성장 신(新)산업 일자리 기반을 구축한 ‘발상의 전환’ 사례로 다시 한번 조명받았다", None, D, ["jobs"], "achievement"),
        c("지역 농산물의 판로를 넓히고 유통을 강화한 점이 호평을 얻었다", None, D, ["agriculture"], "achievement"),
        c("지역 자원을 활용한 도시·관광분야 개발도 깊은 인상을 남겼다", None, D, ["culture-tourism"], "achievement"),
        c("장성호 수변길·출렁다리 등 관광자원의 가치를 재발견해 치유 여행 명소로 탈바꿈시켰다", None, D, ["culture-tourism"], "achievement"),
        c("청년 일자리 프로젝트를 통해 지역 청년들의 취업과 장기근속을 지원했으며", None, D, ["jobs", "youth-policy"], "achievement"),
        c("거버넌스(민관합치)의 힘을 발휘해 적극적으로 노력한 점이 좋은 평가로 이어졌다", "yu-du-seok", D, ["jobs"], "achievement"),
        c("앞으로도 일자리", "yu-du-seok", D, ["jobs"], "plan"),
    ],
    "not_claims": [
        "고용노동부가 전국 243개 자치단체의 일자리 창출 분야 사업 성과를 종합 평가·시상하는 행사다",
    ],
}


def main() -> None:
    GOLD.mkdir(parents=True, exist_ok=True)
    total = 0
    for article, body in FILES.items():
        gold = {"article": article, **body}
        (GOLD / f"{article}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(body["claims"])
        print(article, len(body["claims"]))
    print("total", total)


if __name__ == "__main__":
    main()
