"""Writes set-oi's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


FILES = []

# oi-01: 충북도 일자리대책 (institutional narration)
D = "2025-03-26"
FILES.append({
    "article": "oi-01-sejongilbo.txt",
    "metadata": {"headline": "충북도, 고용률 71.9% 목표…내년 일자리대책 추진", "published": "2025-03-26",
                 "reporter": "이현정", "outlet": None, "jurisdiction": "43"},
    "officials": [],
    "claims": [
        c("2025년 지역 일자리 창출 목표를 33만 1,665개로 설정하고", None, D, ["jobs"], "target"),
        c("이번 계획은 고용정책기본법에 따라 2022년 말 공시된 민선 8기 일자리종합계획을 바탕으로", None, D, ["jobs"], "statement"),
        c("5대 전략을 중심으로 19개 추진 과제를 마련했다", None, D, ["jobs"], "plan"),
        c("이를 위해 총 3,686억 원을 투입할 계획이다", None, D, ["jobs"], "plan"),
        c("지난해 15만 개였던 일자리 창출 목표치를 대폭 상향 조정했으며", None, D, ["jobs", "youth-policy"], "target"),
        c("‘일하는 밥퍼’ 사업과 도시근로자 사업을 결합해 새로운 일자리 형태를 구축하고", None, D, ["jobs"], "plan"),
        c("지역 맞춤형 일자리 대책을 지속적으로 수정·보완할 계획이다", None, D, ["jobs"], "plan"),
    ],
    "not_claims": ["충북도, 고용률 71.9% 목표…내년 일자리대책 추진"],
})

# oi-02: 박병규 광산구청장 민선 8기 3주년
D = "2025-07-03"
FILES.append({
    "article": "oi-02-wikitree.txt",
    "metadata": {"headline": "박병규 광주시 광산구청장 \"시민 중심, 새로운 행정의 길을 열겠다\"",
                 "published": "2025-07-03T13:22+09:00", "reporter": "노해섭", "outlet": "위키트리",
                 "jurisdiction": "29200"},
    "officials": ["park-byeong-gyu"],
    "claims": [
        c("박 청장은 시민과의 적극적인 소통을 바탕으로 행정 혁신을 이끌었으며", "park-byeong-gyu", D,
          ["citizen-participation"], "achievement"),
        c("구청장 직통 문자 서비스, 찾아가는 경청 구청장실 등 시민 참여 현장을 확대했으며", None, D,
          ["citizen-participation"], "achievement"),
        c("‘동 미래발전계획’을 본격 가동해 21개 동에서 자치 역량을 강화하고", None, D,
          ["citizen-participation"], "statement"),
        c("‘지속가능일자리특구’ 정책은 타 지자체의 벤치마킹 사례로 주목받고 있다", None, D,
          ["jobs", "citizen-participation"], "achievement"),
    ],
    "not_claims": [
        "지속가능 일자리‧동 미래발전 등 정책 선도",
        "우산동의 한 소박한 골목식당에서 기자간담회를 열고 구정 발전상과 미래 비전을 공유했다",
        "시민이 만든 변화, 내일을 여는 광산구의 도전",
    ],
})

# oi-03: 강임준 군산시장 재선 도전 선언
D = "2022-03-28"
FILES.append({
    "article": "oi-03-hankookilbo.txt",
    "metadata": {"headline": "\"튼튼한 자립도시 만들겠다\"...강임준 군산시장, 재선 도전 선언",
                 "published": "2022-03-28T13:41+09:00", "reporter": "최수학", "outlet": None,
                 "jurisdiction": "45130"},
    "officials": ["kang-im-jun"],
    "claims": [
        c("영유아부터 고교까지 책임지는 교육도시를 만들겠다고 약속했다", "kang-im-jun", D, ["education"], "plan"),
        c("△신재생에너지 산업 육성 △전기차 본격 생산을 통한 일자리 창출", "kang-im-jun", D,
          ["energy-transition", "future-vehicles", "jobs", "youth-policy", "agriculture"], "plan"),
        c("전기차, RE100 산업단지 등을 중심으로 군산의 낡은 산업을 미래산업구조로 바꾸고", "kang-im-jun", D,
          ["future-vehicles", "energy-transition"], "achievement"),
        c("군산사랑상품권 전면 유통과 배달의 명수, 강소연구개발특구", "kang-im-jun", D,
          ["small-merchants", "research-development"], "achievement"),
    ],
    "not_claims": [
        "재선하면 산업구조를 개편해 대기업 한 두곳에 흔들리지 않는 튼튼한 자립 도시를 만들겠다",
        "29일부터 황철호 부시장이 권한대행을 맡는다",
        "지금 군산은 연습할 시간이 없다",
    ],
})

# oi-04: 김홍규 강릉시장 신년사
D = "2025-01-02"
FILES.append({
    "article": "oi-04-seoul.txt",
    "metadata": {"headline": "김홍규 강릉시장 “도약의 한 해 될 것”", "published": "2025-01-02T13:19+09:00",
                 "reporter": "김정호", "outlet": "서울신문", "jurisdiction": "51150"},
    "officials": ["kim-hong-gyu"],
    "claims": [
        c("더 경제도시답게, 더 관광도시답게 나아가겠다", "kim-hong-gyu", D, ["culture-tourism"], "plan"),
        c("일자리 확충만이 우리가 고민하는 모든 어려움을 극복할 수 있는 근본적 해결책이다", "kim-hong-gyu", D,
          ["jobs"], "statement"),
        c("천연물바이오 국가산단 지정, 경포호 분수 설치, 북부권 케이블카·대관령 케이블카", "kim-hong-gyu", D,
          ["medical-industry", "culture-tourism"], "plan"),
    ],
    "not_claims": [
        "새 지평을 여는 도약의 한 해가 될 것",
        "환동해 복합물류 중심도시 도약, 인구증가세 전환, 강릉 공동체의 대통합을 이루는 원년으로 삼고",
        "하나 된 강릉의 힘으로 더 큰 도약을 이어 나가겠다",
    ],
})

# oi-05: 영암군 농정 (institutional narration)
D = "2021-03-25"
FILES.append({
    "article": "oi-05-jnilbo.txt",
    "metadata": {"headline": "'기운찬 농정' 영암군, 고품질·고소득 생명농업 지원",
                 "published": "2021-03-25T15:59+09:00", "reporter": "이병영", "outlet": None,
                 "jurisdiction": "46830"},
    "officials": ["jeon-dong-pyeong"],
    "claims": [
        c("영암군이 기(氣)운찬 농정 추진으로 올해부터", None, D, ["agriculture"], "plan"),
        c("'종자산업 육성'과 '달마지 쌀 골드 명품화'를 추진한다", None, D, ["agriculture"], "plan"),
        c("우수 농·특산물 6차 산업화, 읍면별 특화작목 육성", None, D, ["agriculture"], "plan"),
        c("농가소득 증진과 농업인 복지증진을 위해 올해 780억원을 쏟아붓는다", None, D, ["agriculture"], "plan"),
        c("영암군은 올해 농어민 공익수당을 조기 지급한다", None, D, ["agriculture"], "plan"),
        c("올해 가구당 60만원을 이달 중 한꺼번에 지급한다", None, D, ["agriculture"], "plan"),
        c("지급예산은 60억 원이다", None, D, ["agriculture"], "statement"),
        c("여성농업인을 위한 복지정책도 돋보인다", None, D, ["agriculture", "welfare"], "statement"),
        c("75세 미만 여성농업인 5600명에 행복바우처 카드를 지원한다", None, D, ["agriculture", "welfare"], "plan"),
    ],
    "not_claims": [
        "신성장 4대 핵심발전 산업 육성 ||특산물 6차산업· 특화작목 지원",
        "●농업인 행복' 위해 복지증진 앞장",
        "전동평 영암군수가 농특산물 품평 박람회를 찾아 얘기를 나누고 있다",
    ],
})

# oi-06: 이시종 충북경제 상황판 (undated)
FILES.append({
    "article": "oi-06-newdaily.txt",
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "43"},
    "officials": ["lee-si-jong"],
    "claims": [
        c("상황판에는 도 주요경제 지표 및 일자리 관련 지표 등 16개 지표가 나타난다", None, None, ["jobs"], "statement"),
        c("고용률‧실업률‧취업자 수 등의 일자리 지표는", None, None, ["jobs", "investment-attraction"], "statement"),
        c("양질의 일자리 창출을 정책의 최우선으로 하는 국정운영에 발맞춤과 동시에", None, None, ["jobs"], "statement"),
        c("4% 달성 연관지표를 추가해 직접 챙겨봄으로써", "lee-si-jong", None, ["jobs"], "plan"),
        c("도정운영을 일자리 중심으로 전환한다는 방침이다", None, None, ["jobs"], "plan"),
        c("직업능력 개발 훈련, 창업지원 등 신규 일자리 창출을 위한 사업 아이템 발굴에도", None, None,
          ["jobs", "startup-support"], "plan"),
    ],
    "not_claims": [
        "양질의 일자리 창출과 충북경제 4% 위해 더욱 노력하겠다",
        "이시종 충북도지사가 집무실에 ‘충북경제 상황판’을 설치하고 실시간 점검에 들어갔다",
    ],
})

# oi-07: 김영록 지사 해남 도민과의 대화 (undated)
FILES.append({
    "article": "oi-07-hnews.txt",
    "metadata": {"headline": "김영록 지사, 해남서 '도민과의 대화' 긍정적 답변", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "46"},
    "officials": ["kim-yung-rok"],
    "claims": [
        c("청년 농업인 경영실습 임대농장 확대, 해양쓰레기 암롤박스 지원", "kim-yung-rok", None,
          ["agriculture", "youth-policy"], "plan"),
        c("해남군은 전국 최초로 농민수당을 도입해 지역상품권으로 지급하고 있으며", "kim-yung-rok", None,
          ["agriculture", "small-merchants", "investment-attraction", "culture-tourism"], "achievement"),
        c("해남군민들의 염원인 KTX 유치도 검토하는 등 도 차원에서도 적극 지원해 나가겠다", "kim-yung-rok", None,
          ["public-transit"], "plan"),
        c("농식품 기후변화대응센터라는 매머드급 사업이 해남으로 유치되면서", "kim-yung-rok", None,
          ["climate-carbon", "agriculture"], "plan"),
    ],
    "not_claims": [
        "유기질비료 100% 지원·퇴비 공공처리시설 신설도",
        "새로운 해남발전 100년을 여는 신청사 개청 후 첫 방문을 도민과의 대화로 시작해 더욱 뜻깊다",
        "해남군민들의 다양한 정책 건의도 이뤄져 지원에 대한 긍정적인 답변을 이끌어냈다",
    ],
})

# oi-08: 장수군 청년협의체 (undated)
FILES.append({
    "article": "oi-08-kantgel.txt",
    "metadata": {"headline": None, "published": None, "reporter": "장병운", "outlet": "JB헤럴드",
                 "jurisdiction": "52740"},
    "officials": ["choi-hun-sik"],
    "claims": [
        c("장수군이 청년 24명으로 구성된 제4기 청년협의체를 위촉하고", None, None,
          ["youth-policy", "citizen-participation"], "achievement"),
        c("청년협의체는 18세부터 49세까지 지역 청년들로 구성된 참여기구로", None, None,
          ["youth-policy", "citizen-participation"], "statement"),
        c("청년정책은 청년들의 목소리를 듣는 것에서 시작된다고 생각한다", "choi-hun-sik", None,
          ["youth-policy"], "statement"),
        c("청년의 의견이 군정에 반영될 수 있도록 정책을 발굴하겠다", "choi-hun-sik", None,
          ["youth-policy", "citizen-participation"], "plan"),
    ],
    "not_claims": [
        "제4기 장수군 청년협의체 위촉식 및 정책간담회’를 개최했다",
        "제4기는 공개모집을 통해 선발된 농업인과 직장인, 창업가 등 다양한 분야 청년 24명으로 구성됐으며",
        "위촉장 수여와 선언문 낭독이 진행됐고",
        "청년 주거·생활지원 강화와 청년활력센터 운영 방향, 정기적 협의체 운영체계 구축 등이 주요 의제로 논의됐다",
    ],
})

# oi-09: 정헌율 익산시장 민선 8기 3주년 (forum repost)
D = "2025-06-26"
FILES.append({
    "article": "oi-09-theqoo.txt",
    "metadata": {"headline": "'3연임' 정헌율 익산시장 \"도지사 출마, 기회 오면 거부 않겠다\"(종합)",
                 "published": "2025-06-26T14:04+09:00", "reporter": None, "outlet": None,
                 "jurisdiction": "52140"},
    "officials": ["jeong-heon-yul"],
    "claims": [
        c("'국립식품박물관'은 현재 기본구상 용역을 추진하는 단계", "jeong-heon-yul", D, ["culture-tourism"], "statement"),
        c("종합문화 공간 건립으로 익산은 식품 수도로서의 위상을 확고히 할 계획", "jeong-heon-yul", D,
          ["culture-tourism"], "plan"),
        c("'재난안전산업 클러스터 조성'도 추진 중", "jeong-heon-yul", D, ["disaster-safety"], "statement"),
    ],
    "not_claims": [
        "왕궁 환경복원 등 추진…정주 여건 개선·신청사 건립 등 성과",
        "기회가 오면 마다하지 않겠다는 생각",
        "마지막 1년을 다가올 10년을 준비하는 첫해로 삼겠다",
    ],
})


def main() -> None:
    GOLD.mkdir(parents=True, exist_ok=True)
    for gold in FILES:
        path = GOLD / (gold["article"] + ".json")
        path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.name, len(gold["claims"]))
    print("total claims", sum(len(g["claims"]) for g in FILES))


if __name__ == "__main__":
    main()
