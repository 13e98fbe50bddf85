"""Write set-ed's gold files (hand annotation; run once before hashing)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


FILES = {}

D = "2019-11-07"
FILES["ed-01-jbnews.txt"] = {
    "metadata": {"headline": "충북도, 미래자동차 부품산업 육성 본격 나선다", "published": "2019-11-07T16:54+09:00",
                 "reporter": "김미정", "outlet": "중부매일", "jurisdiction": "43"},
    "officials": ["lee-si-jong"],
    "claims": [
        c("미래먹거리산업으로 미래자동차 부품산업 육성을 본격 추진한다", None, D, ["future-vehicles"], "plan"),
        c("도청 소회의실에서 '충북 미래자동차 산업육성 종합계획' 수립을 위한 연구용역 착수보고회를 가졌다", None, D, ["future-vehicles"], "statement"),
        c("자동차 전문가 40여명을 자문위원으로 위촉하고 미래자동차 산업육성을 위한 논의를 진행했다", None, D, ["future-vehicles"], "statement"),
        c("'자율주행차 지역 테스트베드(c-track)'구축 공모사업에 전국 지자체 최초로 선정돼", None, D, ["future-vehicles", "investment-attraction"], "achievement"),
        c("'수송기계 부품 전자파센터' 공모사업에도 선정돼", None, D, ["future-vehicles"], "plan"),
        c("진행돼온 미래자동차 시장에 대한 대응을 보다 체계적", "lee-si-jong", D, ["future-vehicles"], "statement"),
    ],
    "not_claims": ["충북도, 미래자동차 부품산업 육성 본격 나선다", "7일 연구용역 착수보고회발전방안 논의",
                   "연구용역 착수보고회를 갖고 있다. / 충북도 제공"],
}

O = "oh-young-hun"
FILES["ed-02-kin.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "50"},
    "officials": [O],
    "claims": [
        c("제주관광 재도약을 위한 전방위적 정책을 본격 추진한다", None, None, ["culture-tourism"], "plan"),
        c("탐나는전 적립률 상향, 단체 수학여행객 유치 지원 등의 관광객 증대 방안과 함께", None, None, ["culture-tourism", "small-merchants"], "plan"),
        c("제주 관광시장의 본격적인 회복을 선제적으로 준비해야 한다", O, None, ["culture-tourism"], "plan"),
        c("4월부터 탐나는전 적립률을 기존 10%에서 15%로 상향 조정하고 충전 한도도 확대한다", None, None, ["small-merchants", "culture-tourism"], "plan"),
        c("단체 수학여행객 할인을 위한 구체적인 로드맵을 마련하는 등 관광객 유치를 위한 핵심 정책을 본격 시행한다", None, None, ["culture-tourism"], "plan"),
        c("모든 지원정책을 3월 30일 하계 스케줄 전환 시점과 맞물려 시행함으로써", None, None, ["culture-tourism"], "plan"),
        c("관광 인프라 개선에도 집중한다", None, None, ["culture-tourism"], "plan"),
        c("도민과 관광객 모두가 만족할 수 있는 관광환경을 조성하겠다", O, None, ["culture-tourism"], "plan"),
        c("하계 성수기 관광 회복 전망을 공유하고 지역경제 활성화를 위한 공동 대응을 강조했다", O, None, ["culture-tourism"], "plan"),
        c("제주관광이 완전한 회복세로 돌아", O, None, ["culture-tourism"], "statement"),
    ],
    "not_claims": ["최종편집 2025-09-12(금)", "정치적 불확실성 해소가 시급하다는 의견도 제기됐다"],
}

L = "lim-taek"
FILES["ed-03-yonhap.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "박철홍", "outlet": "연합뉴스", "jurisdiction": "29110"},
    "officials": [L],
    "claims": [
        c("'문화가 빛이 되는 동명마을 만들기' 공청회를 개최했다", None, None, ["urban-regeneration"], "statement"),
        c("2019년 하반기부터 본격적으로 도시재생 뉴딜사업을 추진할 예정이다", None, None, ["urban-regeneration"], "plan"),
        c("사람중심의 도시재생사업으로 추진될 것", L, None, ["urban-regeneration"], "plan"),
        c("주민들의 다양한 의견을 종합적으로 검토해 사업에 반영하도록 하겠다", L, None, ["urban-regeneration"], "plan"),
        c("4년간 총 200억원의 사업비를 투입하는 등 도시혁신사업을 추진한다", None, None, ["urban-regeneration", "housing"], "plan"),
    ],
    "not_claims": ["주민 의견수렴 순으로 진행됐다", "도시가스마저 공급이 되지 않았다",
                   "정주 여건 개선에 힘써주길 바란다"],
}

E = "2019-05-31"
FILES["ed-04-honam.txt"] = {
    "metadata": {"headline": "주민들이 살고 싶은 마을은?", "published": "2019-06-04T00:00+09:00",
                 "reporter": "이성호", "outlet": None, "jurisdiction": "29200"},
    "officials": ["kim-sam-ho"],
    "claims": [
        c("‘월곡2동 도시재생뉴딜사업 도시재생활성화계획(안) 공청회’를 개최했다", None, E, ["urban-regeneration"], "statement"),
        c("공모를 앞두고 광산구가 마련한 ‘월곡2동 도시재생활성화계획(안)’을 주민에게 설명하고", None, E, ["urban-regeneration"], "statement"),
        c("문제점을 고려인마을을 중심으로 해소하는 방안을 담고 있다", None, E, ["urban-regeneration"], "statement"),
        c("‘글로벌 달빛마을’ 조성 등 7가지 사업을 추진하는 내용이다", None, E, ["urban-regeneration", "housing"], "plan"),
    ],
    "not_claims": ["주민들이 살고 싶은 마을은?", "광산구, 도시재생 공청회",
                   "공청회 토론에는 조용준 조선대 명예교수", "변화될 도심에 대한 기대를 드러냈다"],
}

S = "song-ha-jin"
FILES["ed-05-jeollailbo.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "김대연", "outlet": "전라일보", "jurisdiction": "45"},
    "officials": [S],
    "claims": [
        c("기후변화 대응 선도도시로 거듭나기 위한 선도적 역할에 나선다", None, None, ["climate-carbon"], "plan"),
        c("‘탄소중립 지방정부 실천연대’에 참여한다고 밝혔다", None, None, ["climate-carbon"], "plan"),
        c("발족식에는 17개 광역지자체가 참여했다", None, None, ["climate-carbon"], "statement"),
        c("전국 63곳이 참여했다", None, None, ["climate-carbon"], "statement"),
        c("온실가스 감축로드맵 등 탄소중립계획의 수립·추진·모니터링 사업과", None, None, ["climate-carbon"], "plan"),
        c("신재생에너지의 메카이자 농생명산업의 전진기지, 전기차·수소산업의 비전지역으로 가꾸면서", S, None,
          ["energy-transition", "agriculture", "future-vehicles", "culture-tourism"], "plan"),
    ],
    "not_claims": ["생태문명적 차원에서 전북의 모든 정책을 구상해 추진하고 있다",
                   "실질적인 배출량을 ‘0’으로 만든다는 개념이다"],
}

G = "2025-10-13"
FILES["ed-06-asiae.txt"] = {
    "metadata": {"headline": "'월 1만원 임대형' 6명 최종 선정", "published": "2025-10-13",
                 "reporter": None, "outlet": None, "jurisdiction": "46720"},
    "officials": ["jo-sang-rae"],
    "claims": [
        c("군이 직접 조성한 임대형 스마트팜에 처음으로 입주한 청년 농업인들이", None, G, ["agriculture", "youth-policy"], "achievement"),
        c("월 임대료 1만원으로 3년간의 임대 계약을 체결하고 입주했다", None, G, ["agriculture", "youth-policy"], "achievement"),
        c("총사업비 39억원을 투입해 입면 송전리 일원에 조성됐다", None, G, ["agriculture", "youth-policy"], "achievement"),
        c("청년농업인 임대형 스마트팜 조성 사업(9억원, 2동)을 연계해 완성됐다", None, G, ["agriculture", "youth-policy"], "achievement"),
        c("자동제어 양액재배 시스템이 적용된 스마트 비닐온실 6동", None, G, ["agriculture"], "statement"),
        c("현장교육, 전문가 멘토링, 병해충 관리 등 다양한 지원 프로그램을 운영할 계획이다", None, G, ["agriculture", "youth-policy"], "plan"),
        c("병해충 방제에 대한 현장교육을 추진할 계획이다", None, G, ["agriculture"], "plan"),
        c("미래 농업을 선도할 수 있도록 적극 지원하겠다", None, G, ["agriculture", "youth-policy"], "plan"),
    ],
    "not_claims": ["'월 1만원 임대형' 6명 최종 선정", "미래농업 이끌 청년 창업농 육성"],
}

P = "2022-09-15"
FILES["ed-07-hankookilbo.txt"] = {
    "metadata": {"headline": "천안시, ‘기업하기 좋은 도시’ 입증", "published": "2022-09-15T14:48+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "44130"},
    "officials": ["park-sang-don", "kim-tae-heum"],
    "claims": [
        c("국내 우수기업으로부터 대규모 투자를 유치해 ‘기업하기 좋은 도시’임을 입증했다", None, P, ["investment-attraction"], "achievement"),
        c("7개 기업과 투자협약(MOU)을 맺고 1,873억원 규모의 투자를 유치했다", None, P, ["investment-attraction"], "achievement"),
        c("공장신축을 마치면 529명을 고용할 예정이다", None, P, ["investment-attraction", "jobs"], "target"),
        c("추가공장을 신축하거나 사업을 확장한다", None, P, ["investment-attraction"], "plan"),
    ],
    "not_claims": ["국내 우수 7개 기업 1873억 투자유치", "529명 신규 고용 창출 투자협약 체결",
                   "협약식은 이날 오전 충남도청 대회의실에서", "㈜에이프로는 북미, 유럽 등 공급 물량이 급증하면서",
                   "천안의 미래 투자가치를 믿고 투자를 결정한 기업대표"],
}

C = "choi-min-ho"
A = "2023-04-27"
FILES["ed-08-ajunews.txt"] = {
    "metadata": {"headline": "세종 시내버스 2025년부터 전면 무료화…연간 253억 투입", "published": "2023-04-27T12:01+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "36"},
    "officials": [C],
    "claims": [
        c("세종시 시내버스 요금이 오는 2025년부터 전면 무료화된다", None, A, ["public-transit"], "plan"),
        c("이 같은 내용을 담은 시내 교통체계 혁신 방안을 발표했다", C, A, ["public-transit"], "plan"),
        c("내년 하반기 출·퇴근 시간 무료화를 시범 시행한 뒤", None, A, ["public-transit"], "plan"),
        c("연간 소요 예산은 253억 원 정도로 예상된다", None, A, ["public-transit"], "statement"),
        c("시 재정으로 부담 가능하다", None, A, ["public-transit"], "statement"),
        c("광역버스 노선 5개(대전 3개, 청주 1개, 세종∼공주 1개)를 신설할 계획이다", None, A, ["public-transit"], "plan"),
        c("대중교통혁신 추진단을 출범시켜", None, A, ["public-transit"], "plan"),
        c("14개 대중교통 혁신과제를 도출했다", None, A, ["public-transit"], "achievement"),
        c("우리 시는 대중교통 중심도시로 설계됐으나", C, A, ["public-transit"], "statement"),
        c("버스요금 무료화는 교통체증 완화는 물론 탄소 저감, 인구 유입 등에 기여할 것", C, A, ["public-transit", "climate-carbon"], "statement"),
    ],
    "not_claims": ["세종 시내버스 2025년부터 전면 무료화…연간 253억 투입"],
}

H = "heo-tae-jeong"
FILES["ed-09-edaily.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "박진환", "outlet": "이데일리", "jurisdiction": "30"},
    "officials": [H],
    "claims": [
        c("‘글로벌 과학도시 대전 그랜드 디자인’을 발표하며, 본격적인 출범을 알렸다", None, None, ["research-development"], "achievement"),
        c("그동안 이미지로만 그렸던 과학도시 대전을 그랜드 디자인을 통해", H, None, ["research-development"], "plan"),
        c("대한민국 혁신 성장의 중심 과학수도 대전을 완성하겠다", H, None, ["research-development"], "plan"),
    ],
    "not_claims": ["유튜브 채널로도 생중계된 이날 행사는"],
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, gold in FILES.items():
        doc = {"article": name, **gold}
        (GOLD / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(gold["claims"])
        print(name, len(gold["claims"]))
    print("total", total)
