"""Write set-bq's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


LEE = "lee-cheol-u"
D1 = "2024-06-19"
HONG = "hong-joon-pyo"
LTH = "lee-tae-hun"
LGD = "lee-gang-deok"
JU = "ju-nak-yeong"
D5 = "2022-07-05"
D8 = "2020-08-13"
KHD = "kim-hak-dong"

FILES = {
    "bq-01-ekn.txt": {
        "metadata": {"headline": "경북도 이철우 지사, 대통령 주재 저출산·고령사회위원회 회의서 “지방 정부의 주도적 역할 강조”",
                     "published": "2024-06-19T17:45+09:00", "reporter": "정재우",
                     "outlet": "에너지경제신문", "jurisdiction": "47"},
        "officials": [LEE],
        "claims": [
            c("중앙 정부의 저출생 정책을 지역별 특성에 맞춰 구체적으로 실현해야 한다고 주장했다", LEE, D1, ["childcare-birth"], "plan"),
            c("'융합 돌봄 특구' 등의 시범사업을 성공적으로 추진해온 사례를 소개하며, 이를 전국으로 확산시키겠다고 약속했다", LEE, D1, ["childcare-birth"], "plan"),
            c("지방 정부는 중앙 정부의 지원을 받아 저출생 정책을 효과적으로 추진할 수 있어야 한다", LEE, D1, ["childcare-birth"], "plan"),
            c("지역사회가 국가적 저출생 문제 해결에 적극적으로 참여할 수 있도록 중앙 정부의 지원이 필요하다", LEE, D1, ["childcare-birth"], "plan"),
            c("태어난 곳에서 일하고 가정을 이루는 정주민 사회로의 전환을 촉구한다", LEE, D1, ["childcare-birth"], "plan"),
            c("구조 개혁과 사회 인식 변화가 저출생 대응에서 중요하다", LEE, D1, ["childcare-birth"], "statement"),
            c("중앙 정부의 지원 확대가 저출생 문제 해결의 열쇠라고 결론 내렸다", LEE, D1, ["childcare-birth"], "statement"),
        ],
        "not_claims": [
            "에너지경제신문 입력 2024.06.19 17:45",
            "경북도 이철우 지사, 대통령 주재 저출산 고령사회위원회 회의 참석",
            "이철우 도지사가 저출산고령사회위원회 회의에 참석해 윤석열 대통령과 인사를 하고 있다",
            "정부의 저출생 대응 안건을 검토하고 토론하는 자리였다",
            "정재우 기자 기사 더 보기",
        ],
    },
    "bq-02-dailydgnews.txt": {
        "metadata": {"headline": None, "published": None, "reporter": "이준호",
                     "outlet": "데일리대구경북뉴스", "jurisdiction": "27"},
        "officials": [HONG],
        "claims": [
            c("후적지 팔아서 민간공항이 관문공항을 짓는 것은 불가능하며", HONG, None, ["airport-relocation"], "plan"),
            c("윤석열 대통령도 수차례 약속했고", HONG, None, ["airport-relocation"], "statement"),
            c("하늘길을 열어야 대기업을 유치할 수 있다", HONG, None, ["airport-relocation", "investment-attraction"], "plan"),
            c("제2 대구의료원 건립 계획에 대해서는", HONG, None, ["public-health"], "plan"),
            c("서민병원으로 기능을 충실히 하도록 하겠다는 것으로", HONG, None, ["public-health"], "statement"),
        ],
        "not_claims": [
            "취임 후 첫 기자회견을 가졌다",
            "거침없는 공직 혁신으로 변화와 대전환의 기반을 마련하고",
            "앞으로 4년간 묵묵히 대구의 미래와 대구시민들만 보고 가겠다",
            "경제발전의 동력은 고속도로였다",
        ],
    },
    "bq-03-joins.txt": {
        "metadata": {"headline": "결혼을 지역대표 콘텐트로 … 9월엔 결혼특구 선포식",
                     "published": None, "reporter": None, "outlet": "중앙일보", "jurisdiction": "27290"},
        "officials": [LTH],
        "claims": [
            c("결혼친화 공원을 7월 중 조성하고, 9월엔 결혼특구 선포식을 열겁니다", LTH, None, ["childcare-birth"], "plan"),
            c("국가 경쟁력을 저해하는 저출산 문제의 해결책이 ‘결혼’이다", LTH, None, ["childcare-birth"], "statement"),
            c("달서구를 결혼장려 사업을 이끄는 선도 지자체로 만들겠다", LTH, None, ["childcare-birth"], "plan"),
            c("구청의 한 부서로 ‘결혼장려팀’을 신설, 41 커플을 만들었다", LTH, None, ["childcare-birth"], "achievement"),
            c("새 임기 동안 100 커플까지 만들어", LTH, None, ["childcare-birth"], "target"),
            c("이 과정이 저출산 문제를 해결하고, 장기적으론 지역 발전을 이끄는 원동력이다", LTH, None, ["childcare-birth"], "statement"),
        ],
        "not_claims": [
            "약속! 민선 7기 │ ‘재선’ 이태훈 달서구청장",
            "임기내 100커플 성사 저출산 해결",
            "선사체험관 짓고 원시인 관광 부흥",
            "달서구는 서울 송파구·강서구 다음 인구가 많은 기초 지자체다",
            "최근 3년 사이 61만여 명에서 58만여 명으로 감소 추세다",
            "왜 결혼장려 사업에 힘을 쓰는가",
            "동네에 주민이 북적여야 물건도 만들어 팔고 사면서 돈이 돈다",
        ],
    },
    "bq-04-segye.txt": {
        "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "47110"},
        "officials": [LGD],
        "claims": [
            c("‘친환경 수소에너지산업도시’ 기반 조성에 전 행정력을 집중하고 있다", None, None, ["energy-transition"], "statement"),
            c("중장기적인 수소사회 실현을 위한 관련 산업 육성과 기반 조성에 총력을 기울이기로 했다고 20일 밝혔다", None, None, ["energy-transition", "future-vehicles"], "plan"),
            c("구축사업이 올 연말 정부 예비타당성조사 대상 사업에 선정되기를 기대하고 있다", None, None, ["energy-transition"], "statement"),
            c("내년부터 2027년까지 1890억원을 들여 수소전문기업 30개사와", None, None, ["energy-transition"], "target"),
            c("4개 부문으로 나눠 수소에너지산업도시 기반을 조성하기로 했다", None, None, ["energy-transition", "future-vehicles"], "plan"),
            c("부생수소 생산기지(포스코)와 수소배관망 구축, 암모니아 분해 수소 생산기반 구축 등을 추진한다", None, None, ["energy-transition"], "plan"),
            c("가정·건물용 연료전지 보급 확산, 예비 수소전문기업 육성, 수소특화단지 지정 등을 진행한다", None, None, ["energy-transition"], "plan"),
            c("수소전기차와 수소충전소 확산 기반 조성, 단계별 수소버스 도입 등을", None, None, ["energy-transition", "future-vehicles"], "plan"),
            c("포항의 혁신 신성장 산업의 하나로 수소산업을 적극 육성", LGD, None, ["energy-transition"], "plan"),
        ],
        "not_claims": [],
    },
    "bq-05-newsis.txt": {
        "metadata": {"headline": "주낙영 경주시장 \"관광객 2천만 시대 열겠다\"...10대 비전 발표",
                     "published": "2022-07-05T15:31:46+09:00", "reporter": "이은희",
                     "outlet": "뉴시스", "jurisdiction": "47130"},
        "officials": [JU],
        "claims": [
            c("관광객 2000만 시대를 열겠다\"며 민선 8기 10대 비전을 발표했다", JU, D5, ["culture-tourism"], "target"),
            c("신라왕경 14개 핵심 유적 복원정비 등으로 세계적인 역사·문화도시를 육성하고 혁신을 통한 2000만 관광객 시대를 연다", None, D5, ["culture-tourism"], "target"),
            c("스마트 융합 관광도시 조성, 경북 관광기업지원센터 구축, 보문관광단지 리모델링", None, D5, ["culture-tourism"], "plan"),
            c("부자 농어촌 만들기, 희망 무지개 7대 청년 정책, 외동산단 대개조 등으로 일자리가 늘어나고", None, D5, ["research-development", "agriculture", "youth-policy", "jobs"], "plan"),
            c("경주역사 부지 재개발과 구도심 상권을 활성화한다", None, D5, ["urban-regeneration", "small-merchants"], "plan"),
            c("시민원탁회의와 사랑방좌담회로 소통을 강화하고", None, D5, ["citizen-participation"], "plan"),
        ],
        "not_claims": [
            "민선 8기, 81개 과제 127개 공약 제시",
            "향후 4년의 81개 과제 127개 공약을 공개했다",
            "중단없는 경주발전을 이뤄달라는 시민들의 염원에 희망과 꿈을 주는 시정이 되도록 최선을 다하겠다",
            "시민행복과 경주발전 공약을 완수하기 위해 변화와 도약을 이뤄내겠다",
        ],
    },
    "bq-06-imaeil.txt": {
        "metadata": {"headline": "구미시, 반도체 특화단지 유치 행정력 집중",
                     "published": "2022-12-27T18:07:15+09:00", "reporter": None, "outlet": None,
                     "jurisdiction": "47190"},
        "officials": ["kim-jang-ho"],
        "claims": [
            c("반도체 기업 투자와 연구개발 지원, 전문인력 양성 및 인재 채용 등 반도체 산업 발전을 위해 노력하고 있다", None, "2022-11-29", ["research-development", "investment-attraction"], "statement"),
            c("원익큐엔씨(800억원) 등 반도체산업 관련 투자가 활발히 진행 중이다", None, "2022-12-27", ["investment-attraction"], "statement"),
        ],
        "not_claims": [
            "반도체 관련 기업 123곳 밀집…국내 최대 글로벌 반도체 공급기지",
            "구미시는 '구미 반도체 특화단지' 유치를 위해 역량을 모으고 있다",
            "반도체 특화단지 지정에 필요한 기반시설을 두루 갖추고 있다",
            "국내 최대 글로벌 반도체 공급기지여서 클러스터 구축이 용이하다",
            "추가 비용 없이 기 조성된 반도체 산업 기반으로 반도체 공급망 구축과 성과 도출이 가능하",
        ],
    },
    "bq-07-dgy.txt": {
        "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "47730"},
        "officials": [],
        "claims": [
            c("치매국가책임제 실현을 위해 기존 치매상담센터를 치매안심센터로 명칭을 변경하고", None, None, ["dementia-care"], "statement"),
            c("간호사 4명 사회복지사 2명 등 전문인력을 채용해", None, None, ["dementia-care"], "statement"),
            c("찾아가는 치매조기선별검사를 실시해 치매환자 등록률을 높이고", None, None, ["dementia-care", "welfare"], "plan"),
            c("주간단기보호센터를 개설해 잠시라도 가족들이 편히 쉴 수 있도록 돕는다", None, None, ["dementia-care"], "plan"),
            c("치매에 대한 두려움을 함께 극복해 나아가도록 최선을 다 하겠다고 밝혔다", None, None, ["dementia-care"], "plan"),
        ],
        "not_claims": [],
    },
    "bq-08-fnnews.txt": {
        "metadata": {"headline": "대구 중구, 관광객 찾는 다채로운 관광 도시로 거듭나",
                     "published": "2020-08-13T10:06+09:00", "reporter": "김장욱",
                     "outlet": "파이낸셜뉴스", "jurisdiction": "27110"},
        "officials": [],
        "claims": [
            c("대구 중구가 '관광객이 찾는 다채로운 관광 도시'로 거듭난다", None, D8, ["culture-tourism"], "plan"),
            c("북성로 및 동산동·약령시 일원의 '도시재생뉴딜사업'을 진행 중이다", None, D8, ["urban-regeneration", "culture-tourism"], "statement"),
            c("동인·삼덕동 일원은 '동인·삼덕 생태문화골목길 조성사업'을 추진한다", None, D8, ["urban-regeneration"], "plan"),
            c("동인세대공감 마당과 쌈지공원을 조성, 지역주민들의 소통과 화합의 장으로 활용한다", None, D8, ["urban-regeneration"], "statement"),
            c("'남산 하누리 행복공간 조성사업'을 진행하고 있다", None, D8, ["urban-regeneration"], "statement"),
            c("근대와 소통하는 문화공간 조성, 쉬고 싶은 친수 공간 조성을 테마로 종교 문학 거리 등을 조성한다", None, D8, ["urban-regeneration", "culture-tourism"], "plan"),
        ],
        "not_claims": [
            "생태문화골목길 조성·도시재생뉴딜사업 통해",
            "사진은 중구 동인·삼덕 생태문화골목길 상징조형물",
            "고택 영빈관과 동산문화센터, 야외공연장 등으로 조성될 옛 구암서원 전경",
        ],
    },
    "bq-09-kytimes.txt": {
        "metadata": {"headline": "김학동 예천군수, 주말 반납 농업혁신타운 점검",
                     "published": None, "reporter": "채석일", "outlet": "한청타임즈", "jurisdiction": "47900"},
        "officials": [KHD, LEE],
        "claims": [
            c("농업대전환을 선언한 경상북도가 23개 시‧군을 대상으로 공모했으며", None, None, ["agriculture"], "statement"),
            c("청년농과 인근 마을의 기존 주민이 상생하는 모델을 추진하고", None, None, ["agriculture", "youth-policy", "housing", "energy-transition"], "plan"),
            c("예천군이 전국에서 명실상부한 첨단농업 거점지역으로 발돋움할 것", KHD, None, ["agriculture"], "statement"),
            c("농촌지역에 활력을 불어넣을 수 있도록 사업추진에 온 힘을 다하겠다", KHD, None, ["agriculture"], "plan"),
        ],
        "not_claims": [
            "이철우 도지사 현장 방문에 따라 사업 현황 등 설명",
            "공모사업에 선정된 지보면 매창리 일원을 현장점검 했다",
            "권석진 농정과장의 현황설명, 사업내용 등을 보고받았으며 이어 정책구상에 대해 논의했다",
        ],
    },
}


def main() -> None:
    GOLD.mkdir(parents=True, exist_ok=True)
    for name, gold in FILES.items():
        out = {"article": name, **gold}
        (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(gold["claims"]))


if __name__ == "__main__":
    main()
