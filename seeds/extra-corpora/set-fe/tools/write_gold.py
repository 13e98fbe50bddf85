"""Write set-fe gold files (hand annotation). C(quote, speaker, date, policies, kind[, speaker_name])."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

def C(quote, speaker, date, policies, kind, name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        c["speaker_name"] = name
    return c

def M(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}

CB = "childcare-birth"
D1 = "2025-12-16"
LEE = "lee-cheol-u"
G = {}
G["fe-01-segye.txt"] = (M(None, "2025-12-16", None, None, "47"), [LEE], [
    C("저출생 대응 정책 과제 수는 줄이고 예산은 늘려 선택과 집중에 나섰다", None, D1, [CB], "statement"),
    C("지난해보다 400억원 늘어난 4000억원을 투입한다고 16일 밝혔다", None, D1, [CB], "plan"),
    C("올해 150대에서 30대를 줄인 120대 과제를 추진한다", None, D1, [CB], "plan"),
    C("세부적으로 예산은 행복 출산 분야 691억원과", None, D1, [CB, "housing"], "plan"),
    C("산부인과·소아과 원아워(ONE-hour) 진료체계 구축과 난임 부부 시술비", None, D1, [CB, "public-health"], "statement"),
    C("도의 대표 돌봄 모델인 K보듬 6000 운영에 사업비를 투입한다", None, D1, [CB], "plan"),
    C("내년까지 모든 시군에서 97개소를 운영한다", None, D1, [CB], "target"),
    C("24시 장애아 전문 어린이집 연장 운영에도 사업비를 투입해", None, D1, [CB], "plan"),
    C("신혼부부 월세 지원과 소상공인에게 출산 후 6개월간 대체인력 인건비를 지원하는", None, D1, [CB, "housing", "small-merchants"], "plan"),
    C("첫만남이용권과 부모 급여와 아동수당, 시군별 출산 지원금, 교육비 등에 예산을 별도로 투입한다", None, D1, [CB, "education"], "plan"),
    C("저출생 극복은 선택의 문제가 아니라 국가의 미래를 좌우하는 가장 시급한 과제이다", LEE, D1, [CB], "statement"),
    C("역대 최다 규모인 4000억원의 예산을 투입해 돌봄와 주거", LEE, D1, [CB, "housing"], "plan"),
], [])

D2 = "2022-03-03"
AG = "agriculture"; SU = "startup-support"
G["fe-02-thegnnews.txt"] = (M("경남도, 귀농·귀촌 사업을 총괄 지원한다", "2022-03-03T22:47+09:00", "정창현", None, "48"), [], [
    C("8개 사업에 46억 5100만 원의 예산을 확보해", None, D2, [AG], "plan"),
    C("주요 귀농·귀촌 지원 사업은", None, D2, [AG, SU], "statement"),
    C("32억 6700만 원을 지원해 도시민 유치에 전력한다", None, D2, [AG], "plan"),
    C("사업 내용은 시군별 도시민 농촌 유치 프로그램 지원", None, D2, [AG], "statement"),
    C("차액을 지원하는 2차보전사업이다", None, D2, [AG, SU], "statement"),
    C("농업창업 자금은 가구당 3억 원 한도", None, D2, [AG, SU], "statement"),
    C("농업창업 자금은 영농기반, 농식품 제조·가공시설 신축(수리) 등에 사용할 수 있다", None, D2, [AG, SU], "statement"),
    C("귀농인 안정 정착지원은 신규 농업인력 확보", None, D2, [AG], "statement"),
], ["경남도, 귀농·귀촌 사업을 총괄 지원한다", "귀농·귀촌 지원 온라인 플랫폼 구축"])

PH = "public-health"; HONG = "hong-tae-yong"
G["fe-03-cnbnews.txt"] = (M(None, "2024-12-13T10:36:26+09:00", "최원석", None, "48250"), [HONG], [
    C("경남도립 김해공공의료원을 설립하기 위한 타당성 조사 용역 최종보고회를 가졌다", None, "2024-12-12", [PH], "statement"),
    C("경남도립으로 건립하는 김해공공의료원은 민선 8기 경남도지사와 김해시장의 공약으로", None, "2024-12-13", [PH], "statement"),
    C("300병상의 15개 진료과목 및 2개 정부지정 전문센터와", None, "2024-12-12", [PH], "plan"),
    C("2032년에 준공할 계획이다", None, "2024-12-13", [PH], "plan"),
    C("필수의료를 책임지는 지역책임의료기관의 역할을 할 수 있을 것으로 기대한다", HONG, "2024-12-12", [PH], "statement"),
], ["이번 보고회에는 홍태용 시장을 비롯해"])

D4 = "2021-08-18"; LSH = "lee-seon-ho"
G["fe-04-mediafarm.txt"] = (M("울산 울주군, 스마트팜 단지 조성 실시설계용역 중간 보고회", "2021-08-18T16:45+09:00", "김시원", None, "31710"), [LSH], [
    C("울산광역시 울주군은 18일 군청에서 민선 7기 공약에 따라 추진 중인", None, D4, [AG], "statement"),
    C("이번 사업은 울주군이 6차산업 활성화 정책인", None, D4, [AG], "statement"),
    C("미래형 농업의 신소득 창출 시스템을 구성해 적극 추진할 계획이다", None, D4, [AG], "plan"),
    C("스마트팜 단지는 12월 착공한 뒤 내년 말 준공할 계획이다", None, D4, [AG], "plan"),
    C("6차산업은 4차산업혁명 시대에 우리 농업이 반드시 나아가야 할 길이다", LSH, D4, [AG], "plan"),
    C("울주형 스마트팜 단지를 시작으로 스마트농업을 확대 보급해", LSH, D4, [AG], "plan"),
], ["울산 울주군, 스마트팜 단지 조성 실시설계용역 중간 보고회", "이선호 군수와 관계 공무원, 용역기관 관계자 등 20여 명이 참석한"])

PT = "public-transit"; E5 = "2025-02-17"; P5 = "2025-02-18"
G["fe-05-smnews.txt"] = (M("경산, 시내버스 노선개편 용역 최종 보고회", "2025-02-18", "황보문옥", None, "47290"), ["jo-hyeon-il"], [
    C("‘경산시 시내버스 노선개편 용역’ 최종보고회를 개최했다", None, E5, [PT], "statement"),
    C("경산시는 2024년 1월 시내버스 노선 개편 용역을 시작으로", None, P5, [PT], "achievement"),
    C("이후 5월에는 착수보고회를 열어 노선 개편 방향을 설정했으며", None, P5, [PT, "citizen-participation"], "achievement"),
    C("주민 의견을 반영한 최종 개편안을 발표했다", None, E5, [PT], "statement", "유영근"),
    C("최종 개편안 주요 내용(총 36개 노선 개편)을 보면", None, E5, [PT], "statement"),
    C("수요 응답형버스(DRT) 도입 방안도 논의됐다", None, E5, [PT], "statement"),
    C("새로운 노선 개편을 시행 할 계획이다", None, P5, [PT], "plan"),
], ["경산, 시내버스 노선개편 용역 최종 보고회", "경산-대구 공동생활권역 대중교통 연계환승",
    "경산 시내버스 노선개편 용역 최종보고회 모습", "조현일 시장은 “중산지구 및 하양무학택지지구"])

JB = "jobs"
G["fe-06-segye.txt"] = (M("경남 거제시 최악 실업률 올해를 고용희망 원년으로 추진", None, "안원준", "세계일보", "48310"), [], [
    C("올해를 고용위기에서 고용희망으로 바꾸는 원년으로 삼는다고 밝혔다", None, None, [JB], "plan"),
    C("현재 12만3400명인 취업자 수를 4200명이 늘어난 12만7600명으로 늘릴 계획이라고 말했다", None, None, [JB], "target"),
    C("2017년 하반기 실업률 6.6%로 전국 1위라는 오명을 쓰고있다", None, None, [JB], "statement"),
    C("예산으로 227개 사업을 추진할 계획이다", None, None, [JB], "plan"),
    C("△청년일자리 사업 추진 △사회적경제 활성화", None, None, [JB, "youth-policy"], "plan"),
    C("민간부문으로 관광시설 분야 기업유치 신설 및 확장 3개 사업 등을 추진한다", None, None, [JB, "investment-attraction", "culture-tourism"], "plan"),
], ["경남 거제시 최악 실업률 올해를 고용희망 원년으로 추진"])

WF = "welfare"; D7 = "2026-03-09"
G["fe-07-sisatopic.txt"] = (M("사하구, '2026년 사하 희망두레박사업' 추진", "2026-03-09T16:11+09:00", "최준규", None, "26380"), [], [
    C("사하구가 2015년부터 부산사회복지공동모금회와 협약을 통해 추진해 온", None, D7, [WF], "statement"),
    C("약 8천만 원 규모의 9개 사업이 최종 선정됐다", None, D7, [WF], "achievement"),
    C("범죄 피해 아동 스트레스 해소 및 자존감 향상 지원사업", None, D7, [WF], "plan"),
    C("복지사각지대 발굴 및 지원체계 구축사업", None, D7, [WF], "plan"),
    C("거동 불편 독거노인 고립예방 및 주말 식사 지원사업", None, D7, [WF], "plan"),
    C("취약계층 장애인 안심 주거환경 조성사업", None, D7, [WF], "plan"),
    C("주민주도형 고령친화 주거복지사업", None, D7, [WF, "housing"], "plan"),
    C("고립·은둔 학교 밖 청소년 지원사업", None, D7, [WF, "education"], "plan"),
    C("취약계층 독거노인 생활환경 개선 지원사업", None, D7, [WF], "plan"),
    C("폐지 수집 어르신 안전·영양 지원사업", None, D7, [WF], "plan"),
    C("돌봄 사각지대 이주배경·다문화 가정 지원사업", None, D7, [WF], "plan"),
    C("촘촘한 지역사회 돌봄 체계를 구축해 주민들이 체감할 수 있는 복지 향상을 이루어 나가겠다", None, D7, [WF], "plan"),
], ["2026년에 추진될 사업과 수행 기관은 다음과 같다"])

CP = "citizen-participation"; D8 = "2025-07-23"
G["fe-08-kmib.txt"] = (M("부산시, 15분도시 시민참여단 ‘십오야 부산’ 출범", "2025-07-23T18:39+09:00", None, None, "26"), ["park-heong-joon"], [
    C("발대식을 열고 시민 중심 도시정책 실현을 위한 본격적인 행보에 나섰다", None, D8, [CP], "statement"),
    C("정책과 아이디어를 제안하는 시민참여 프로젝트다", None, D8, [CP], "statement"),
    C("현장 중심의 실질적인 의견 수렴을 통해 정책 완성도를 높이겠다는 의미가 담겼다", None, D8, [CP], "statement"),
    C("참여단은 최근 공개 모집을 통해 선발된 부산 시민 240명으로 구성됐다", None, D8, [CP], "statement"),
    C("16개 구·군별로 15명씩 배치됐으며", None, D8, [CP], "statement"),
    C("성별로는 남성 93명, 여성 147명이며", None, D8, [CP], "statement"),
], ["부산시, 15분도시 시민참여단 ‘십오야 부산’ 출범",
    "참여단은 오는 11월까지 15분도시 현장 체험과 정책 제안 등 다양한 활동을 펼칠 예정이다",
    "이날 발대식에는 박형준 시장을 비롯해 시민참여단 200여 명이 참석했다",
    "15분도시 정책 개요와 핵심 시설, 운영 프로그램에 대한 설명이 이어졌다",
    "이후 구·군별 그룹 편성과 활동 안내, 교육이 진행됐다"])

ED = "education"; RYU = "ryu-han-guk"
G["fe-09-news1.txt"] = (M("대구 서구, 교육부 주관 평생학습도시 선정…숙원사업 해결", None, "이성덕", "뉴스1", "27170"), [RYU], [
    C("신규 평생학습도시 지정 공모에 선정, 숙원사업이 해결됐다고 밝혔다", None, None, [ED], "achievement"),
    C("평생학습도시는 기초지자체 단위의 평생학습을 활성화하기 위한 사업이다", None, None, [ED], "statement"),
    C("12개의 특화교육 사업을 추진할 계획이다", None, None, [ED], "plan"),
    C("평생학습도시로 지정은 서구의 민선8기 공약사업 중 하나로", None, None, [ED], "achievement"),
    C("주민 맞춤형 특화 평생교육이 함께 제공할 수 있게 됐다", RYU, None, [ED], "achievement"),
    C("전 세대를 아우를 수 있는 교육을 펼치도록 하겠다", RYU, None, [ED], "plan"),
], ["대구 서구, 교육부 주관 평생학습도시 선정…숙원사업 해결",
    "대구 서구가 교육부의 평생학습도시에 지정돼 기념사진을 촬영하고 있다"])

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, (meta, officials, claims, not_claims) in G.items():
        doc = {"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": not_claims}
        (GOLD / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(claims))
