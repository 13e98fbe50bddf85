"""Write set-iz gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


G = {}
D = "2022-09-06"
G["iz-01-kukinews.txt"] = dict(
    metadata=dict(headline="강원도, ‘청년 체감 일자리정책’ 추진…“지역 청년유출 대응”", published="2022-09-06T18:52:14+09:00",
                  reporter=None, outlet=None, jurisdiction="42"),
    officials=["kim-jin-tae"],
    claims=[
        c("강원도가 지역 청년 유출에 대응하기 위해 청년 체감 일자리정책을 추진한다", None, D, ["youth-policy", "jobs"], "plan"),
        c("정책 기조를 ‘청년이 체감할 수 있는 체계적 일자리 정책’으로 전환한다고 6일 밝혔다", None, D, ["youth-policy", "jobs"], "plan"),
        c("도는 임금이 낮고 소득이 불안정한 청년을 지원해 청년 지역 유출에 대응할 계획이다", None, D, ["youth-policy", "jobs"], "plan"),
        c("주요 공약 사업은 청년창업자금 무이자 대출 지원", None, D, ["youth-policy", "startup-support", "jobs", "education"], "plan"),
        c("눈높이에 맞는 청년 정책을 만들어 나갈 방침이다", None, D, ["youth-policy"], "plan"),
        c("김진태 도지사와 청년과의 현장 대화를 정기적으로 개최하는 등 소통을 강화한다", None, D, ["youth-policy", "citizen-participation"], "plan"),
        c("오는 17일 청년의 날을 기념해 원주복합문화교육센터에서 ‘강원청년 페스티벌’을 개최할 예정이다", None, D, ["youth-policy"], "plan"),
        c("‘강원도 청년센터 설치 및 청년포털 구축’(가칭)을 추진한다", None, D, ["youth-policy"], "plan"),
        c("앞으로 일자리 정책의 중심은 청년이다", "kim-jin-tae", D, ["jobs", "youth-policy"], "statement"),
        c("청년 눈높이에 맞춰 체감할 수 있도록 속도감 있게 추진할 것", "kim-jin-tae", D, ["youth-policy", "jobs"], "plan"),
    ],
    not_claims=["김진태 도지사 \"청년 눈높이에 맞는 정책 발굴·제공\"",
                "토크콘서트, 청년 지역정착 우수사례발표, 창업오디션, 축하공연 등"],
)

D = "2018-09-11"
G["iz-02-mi.txt"] = dict(
    metadata=dict(headline="수원시 기후변화 책임 첫발 뗀 '수원기후행동네트워크'", published="2018-09-11T21:21+09:00",
                  reporter="강세근", outlet="매일일보", jurisdiction="41110"),
    officials=["yeom-tae-yeong"],
    claims=[
        c("수원시 기후변화와 에너지 정책의 비전과 운영 전략을 발굴하게 될 ‘수원기후행동네트워크’가 출범했다", None, D, ["climate-carbon"], "achievement"),
        c("‘수원기후행동네트워크’ 출범식을 열고 출범을 선언했다고 밝혔다", None, D, ["climate-carbon"], "achievement"),
        c("수원시 기후변화와 에너지 정책의 운영 방향·비전을 제안하고, 전략과제를 발굴하는 역할을 한다", None, D, ["climate-carbon"], "statement"),
        c("시민참여를 바탕으로 수원시가 기후변화에 나아가야 할 방향을 제시한다", None, D, ["climate-carbon", "citizen-participation"], "statement"),
        c("주요 활동은 지역에너지실행계획 실무협의회 운영", None, D, ["climate-carbon", "citizen-participation"], "statement"),
        c("꾸준히 시민과 함께 녹색행정을 실천하고 있다", "yeom-tae-yeong", D, ["climate-carbon"], "achievement"),
    ],
    not_claims=["수원기후행동네트워크 출범, 시민참여 기후변화·에너지 정책 발굴",
                "염태영 수원시장과 기후행동네트워크 관계자들 출범식 (사진=수원시)",
                "10개 기관·단체가 참여한다"],
)

D = "2018-11-30"
G["iz-03-mediatoday.txt"] = dict(
    metadata=dict(headline="수원시, '제2차 기후변화 적응대책' 시행계획 수립 위한 연구용역 착수보고", published="2018-11-30T08:42+09:00",
                  reporter="안상일", outlet="미디어투데이", jurisdiction="41110"),
    officials=[],
    claims=[
        c("수원형 기후변화 적응대책의 방향을 알렸다", None, D, ["climate-carbon"], "statement"),
        c("급변하는 기후변화에 대응할 수 있는 지속 가능한 실천 방안을 찾는 종합대책이다", None, D, ["climate-carbon"], "statement"),
        c("기초지방자치단체는 2015년부터 5년 단위로 시행계획을 수립해야 한다", None, D, ["climate-carbon"], "statement"),
        c("수원시는 2014년 환경부로부터 기후변화 적응대책 시범도시로 선정돼", None, D, ["climate-carbon"], "achievement"),
        c("김호정 연구원은 지역 특성을 반영한 기후변화 적응 여건 분석", None, D, ["climate-carbon"], "statement", "김호정"),
        c("연구진은 ‘1차 기후변화 적응대책’의 성과를 분석하고 보완점을 도출해 2차 대책을 수립한다", None, D, ["climate-carbon"], "plan"),
        c("6개 분야에서 연도별 적응대책을 마련할 예정이다", None, D, ["climate-carbon"], "plan"),
        c("실천 가능한 기후변화 적응대책을 발굴할 계획이다", None, D, ["climate-carbon"], "plan"),
    ],
    not_claims=["기후변화에 대응할 수 있는 지속가능한 실천방안 수립",
                "연구 방향 설명과 질의응답 등으로 진행됐다",
                "지난여름 기록적 폭염 등 기후변화로 인"],
)

D = "2025-01-31"
G["iz-04-fnnews.txt"] = dict(
    metadata=dict(headline="강릉시 \"관광객 4000만명 시대 연다\"…5대 전략 본격 추진", published="2025-01-31T10:22+09:00",
                  reporter="윤왕근", outlet="뉴스1", jurisdiction="51150"),
    officials=[],
    claims=[
        c("올해 국내관광객 4000만 명, 해외관광객 50만 명 유치를 목표로", None, D, ["culture-tourism"], "target"),
        c("지난해 강릉시를 찾은 방문객은 국내 관광객 3300만 명, 외국인 관광객 35만 명이며", None, D, ["culture-tourism"], "achievement"),
        c("국제관광도시 조성 추진단을 운영하고", None, D, ["culture-tourism"], "plan"),
        c("견고한 관광수용태세를 확립해 나갈 예정이다", None, D, ["culture-tourism"], "plan"),
        c("웰니스와 힐링을 연계한 체류형 도보 관광상품을 운영하고", None, D, ["culture-tourism"], "plan"),
    ],
    not_claims=["강원 강릉 정동진 해맞이 자료사진", "강원 강릉 경포벚꽃축제장 자료사진"],
)

D = "2026-02-02"
G["iz-05-asiae.txt"] = dict(
    metadata=dict(headline=None, published="2026-02-02", reporter=None, outlet=None, jurisdiction="51130"),
    officials=[],
    claims=[
        c("지속 가능한 건강도시 구현을 위해 공공의료 체계를 더욱 강화한다", None, D, ["public-health"], "plan"),
        c("시는 지난해 감염병 대응을 비롯해 통합건강증진사업", None, D, ["public-health", "fourth-industrial-revolution"], "achievement"),
        c("소아청소년 응급의료지원 업무협약을 체결해 안정적인 소아 응급의료 체계를 구축했다", None, D, ["public-health"], "achievement"),
        c("달빛어린이병원과 공공심야어린이병원 운영을 지원해", None, D, ["public-health"], "achievement"),
        c("'시민 건강을 책임지는 공공의료 체계 강화'를 목표로", None, D, ["public-health", "welfare"], "plan"),
        c("건강증진형 보건지소를 시범 운영한다", None, D, ["public-health"], "plan"),
        c("소초면보건지소를 건강증진형 보건지소로 전환하고", None, D, ["public-health"], "plan"),
    ],
    not_claims=["AI 요약 기술은 핵심만 전달합니다", "필수·공공의료 인프라 확충", "지역사회 기반 통합·돌봄서비스 강화",
                "'2025 원주 뷰티 페스티벌'을 개최하고"],
)

D = "2016-11-17"
G["iz-06-kmib.txt"] = dict(
    metadata=dict(headline="성남시, 교복 무상지원 내년 고교 신입생으로 확대", published="2016-11-17T21:49+09:00",
                  reporter="강희청", outlet="국민일보", jurisdiction="41130"),
    officials=["lee-jae-myung"],
    claims=[
        c("경기도 성남시가 교복 무상지원 대상을 내년부터 중학생에서 고등학교 신입생으로 확대한다", None, D, ["education"], "plan"),
        c("적어도 고교에 다니는 아이들 교복 정도는 사회가 책임질 수 있어야 한다", "lee-jae-myung", D, ["education"], "plan"),
        c("시는 무상교복과 함께 청년배당과 산후조리비도 지속적으로 지원한다", None, D, ["education", "youth-policy", "childcare-birth"], "plan"),
        c("3대 무상복지를 위한 내년 예산은 청년배당 113억원", None, D, ["welfare", "education", "youth-policy", "childcare-birth"], "statement"),
    ],
    not_claims=["성남=강희청 기자 kanghc@kmib.co.kr"],
)

D = "2025-10-31"
G["iz-07-heraldcorp.txt"] = dict(
    metadata=dict(headline=None, published="2025-10-31", reporter="박정규", outlet="헤럴드경제", jurisdiction="41590"),
    officials=["jeong-myeong-geun"],
    claims=[
        c("‘화성시민 복지기준선 수립 추진단’ 출범식을 열고 ‘시민이 함께 만드는 복지도시’ 실현에 나섰다", None, D, ["welfare"], "achievement"),
        c("향후 화성특례시 복지정책의 핵심 지침으로 활용된다", None, D, ["welfare"], "statement"),
        c("추진단은 시장, 의장, 시민대표를 공동위원장으로 하며", None, D, ["welfare"], "statement"),
        c("남기철 동덕여대 교수는 지난 7월부터", None, D, ["welfare"], "statement", "남기철"),
        c("분과별 복지기준선 초안을 중심으로", None, D, ["welfare"], "statement"),
        c("2026년 2월까지 ‘화성시민 복지기준선(안)’을 마련할 계획이다", None, D, ["welfare"], "plan"),
        c("우리가 수립할 복지기준선은 시민의 삶을 지탱하는 기초", "jeong-myeong-geun", D, ["welfare"], "statement"),
    ],
    not_claims=["위촉장 수여, 기초연구 결과 발표, 분과별 토론 및 향후 추진계획 공유 등이 진행됐다"],
)

G["iz-08-newsis.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="김의석", outlet="뉴시스", jurisdiction="51760"),
    officials=["sim-jae-guk"],
    claims=[
        c("'청년의 목소리'를 정책에 반영하기 위한 간담회를 열었다", None, None, ["youth-policy"], "statement"),
        c("각 분야의 대표 청년들을 추천받아 17명을 선정했다", None, None, ["youth-policy"], "achievement"),
        c("이들과의 간담회를 통해 청년정책에 대해 논의하고 건의사항을 청취했다", None, None, ["youth-policy"], "statement"),
        c("이날 간담회는 일자리, 주거, 복지, 교육 등 청년 문제를 함께 공감하고 소통했다", None, None, ["youth-policy"], "statement"),
        c("소통 결과를 관련부서에 공유해 시정에 반영할 계획이다", None, None, ["youth-policy"], "plan"),
        c("앞서 평창군은 민선8기 공약사항에 청년정책을 반영했다", None, None, ["youth-policy"], "achievement"),
        c("지난해 12월 청년기본조례를 제정해 청년의 범위를 49세까지 확대한 바 있다", None, None, ["youth-policy"], "achievement"),
        c("미래세대인 청년들의 의견을 정책에 잘 반영해 살고 싶고, 오고 싶은 군을 만들겠다", "sim-jae-guk", None, ["youth-policy"], "plan"),
    ],
    not_claims=["일자리·주거·복지·교육 등 청년문제 공감", "살고 싶고, 오고 싶은 평창군 만들겠다"],
)

G["iz-09-jungbunews.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="김석희", outlet="중부뉴스통신", jurisdiction="51230"),
    officials=["park-sang-su"],
    claims=[
        c("지자체의 역량을 수소산업에 집중해 수소산업을 육성해 온 공적을 인정받았다", None, None, ["energy-transition", "future-vehicles"], "achievement"),
        c("2023년 수소 저장·운송 클러스터 예타사업에 통과되었을 뿐만아니라", None, None, ["energy-transition", "research-development"], "achievement"),
        c("수소산업은 삼척시 미래 100년을 이끌어갈 주요사업으로", "park-sang-su", None, ["energy-transition"], "plan"),
    ],
    not_claims=["삼척시청사전경(사진=삼척시)",
                "수소경제 활성화를 통해 산업 발전과 국가경쟁력 강화에 기여한 유공자를 격려하고"],
)

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, g in G.items():
        out = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(G), "files,", sum(len(g["claims"]) for g in G.values()), "claims")
