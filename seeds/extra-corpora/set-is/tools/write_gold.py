"""Write set-is gold files (hand annotations; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


def meta(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


JJB, BGS, KYJ, JNY, PWS, GIM, HSG = ("jeong-jong-bok", "bae-gwang-sik", "kwon-young-jin", "ju-nak-yeong",
                                     "park-wan-su", "gu-in-mo", "heo-seong-gon")
D1, D1e = "2025-09-19", "2025-09-18"
D2 = "2018-10-22"
D4, D4e = "2025-05-15", "2025-05-14"
D5 = "2022-02-03"
D6 = "2019-05-07"
D7 = "2025-09-02"
D8 = "2025-04-04"
D9 = "2021-09-30"
SC, CT = "smart-city", "culture-tourism"

FILES = {
"is-01-asiae.txt": (meta(None, "2025-09-19", "조충현", "아시아경제", "26710"), [JJB], [
    c("새한누리주간보호센터와 기장장애인복지관을 순회 방문하고 복지시설 관계자들과 소통했다", None, D1e, ["welfare"], "statement"),
    c("사회복지 현장에서 묵묵히 헌신하는 종사자들의 노고를 격려하기 위해 마련됐다", None, D1e, ["welfare"], "statement"),
    c("정종복 군수는 이날 복지시설을 직접 둘러보고 시설 종사자들과 차담회를 진행하며 의견을 청취했다", None, D1e, ["welfare"], "statement"),
    c("군민이 체감할 수 있는 복지서비스 제공을 위해 다양한 지원을 이어갈 방침이다", None, D1, ["welfare"], "plan"),
    c("군민이 만족할 수 있는 복지서비스 향상에 힘쓰겠다", JJB, D1e, ["welfare"], "plan"),
], ["정종복 기장군수가 정관읍 소재 새한누리주간보호센터와 기장장애인복지관을 순회 방문하고 복지시설 관계자들과 기념촬영하고 있다",
    "사회복지 종사자 여러분께 진심으로 감사와 존경을 드린다", "종사자 격려·현장 의견 청취"]),

"is-02-kukinews.txt": (meta("대구 북구청, 590억 들여 100만 그루 나무 심는다", "2018-10-22T14:28:43+09:00", "최태욱", "쿠키뉴스", "27230"), [BGS], [
    c("대구 북구청이 미세먼지 저감 등을 위해 내년부터 오는 2023년까지 5년간 590억 원을 들여 100만 그루의 나무를 심는다", None, D2, ["fine-dust"], "target"),
    c("나무를 심는 곳은 가로와 시설 녹지 공간", None, D2, ["fine-dust"], "statement"),
    c("총 590억 원의 예산을 마련할 계획이다", None, D2, ["fine-dust"], "plan"),
    c("도시녹화사업은 50년, 100년 뒤 주민들로부터 평가를 받는다는 생각으로 추진할 계획", BGS, D2, ["fine-dust"], "plan"),
    c("생활권 그린 인프라 사업을 지속적으로 확충해 나가겠다", BGS, D2, ["fine-dust"], "plan"),
], ["대구 북구청, 590억 들여 100만 그루 나무 심는다"]),

"is-03-donga.txt": (meta(None, None, "명민준", "동아일보", "27"), [KYJ], [
    c("숲을 활용한 미세먼지 흡착 효과를 높이기 위해 바람길 숲도 함께 만든다", None, None, ["fine-dust"], "plan"),
    c("바람길 숲은 공기 순환을 유도해", None, None, ["fine-dust"], "statement"),
    c("대기오염물질 저감을 위한 미세먼지 차단 숲을 조성한다", None, None, ["fine-dust"], "plan"),
    c("도시 숲과 미세먼지 차단 숲을 조성해 대기오염으로 고통받는 시민들의 불편을 줄여나가겠다", KYJ, None, ["fine-dust"], "plan"),
], ["두류공원 일대 8만㎡ 힐링숲 등… 올해 사업비로 1455억 원 투입"]),

"is-04-ulsanilbo.txt": (meta("“수요일엔 전통시장”…직원도 상인도 웃음꽃", "2025-05-15", "주하연", None, "31110"), [], [
    c("울산 중구청 직원들이 지역내 전통시장으로 총출동했다", None, D4e, ["small-merchants"], "statement"),
    c("매월 둘째 주 수요일을 ‘전통시장 이용의 날’로 지정해 운영하고 있다", None, D4, ["small-merchants"], "statement"),
    c("인근 전통시장으로 나가 점심식사를 해결하고 장을 보는 행사다", None, D4, ["small-merchants"], "statement"),
    c("관이 직접 지역 경제 활성화에 힘을 보태는 실천형 정책으로", None, D4, ["small-merchants"], "statement"),
    c("9개 전통시장을 돌아가면서 방문한다", None, D4, ["small-merchants"], "statement"),
    c("단순한 소비가 아니라 상권 활성화에 도움을 준다는 점에서 의미가 크다", None, D4e, ["small-merchants"], "statement"),
    c("상인들도 반갑다는 반응이다", None, D4e, ["small-merchants"], "statement"),
], ["“수요일엔 전통시장”…직원도 상인도 웃음꽃", "동료들과 함께 시장 특유의 정과 활기를 느끼며 함께 장을 보니 재충전도 되고 즐겁다"]),

"is-05-yeongnam.txt": (meta("경주시, 국토부 ‘스마트시티 조성사업’ 선정…37억 확보", "2022-02-03T11:56+09:00", "송종욱", "영남일보", "47130"), [JNY], [
    c("경북 경주시는 국토교통부 ‘2022년 중·소도시 스마트시티 조성사업’ 대상지에 최종 선정됐다", None, D5, [SC], "achievement"),
    c("스마트시티는 정보통신기술(ICT)을 활용해", None, D5, [SC], "statement"),
    c("교통·환경·안전 분야 스마트 솔루션 구축 사업을 한다", None, D5, [SC], "plan"),
    c("대중교통 이용객을 위한 스마트 버스 쉼터 10곳", None, D5, [SC, "public-transit", "disaster-safety"], "target"),
    c("주민이 직접 참여할 수 있도록 설문과 만족도 조사를 활용할 방침이다", None, D5, [SC, "citizen-participation"], "plan"),
    c("경주시 전역에 스마트도시 조성을 위한 발판이 될 것으로 기대된다", None, D5, [SC], "statement"),
    c("스마트시티 조성으로 도시환경과 주민안전이 크게 향상될 것", JNY, D5, [SC, "disaster-safety"], "statement"),
    c("경주 전역 스마트 도시화 사업의 마중물이 되도록 최선을 다하겠다", JNY, D5, [SC], "plan"),
], ["경주시, 국토부 ‘스마트시티 조성사업’ 선정…37억 확보", "6월부터 내년 3월까지 37억 원 들여 도시 문제 해결",
    "외동읍 일원 교통·환경·안전 분야 스마트 체계 구축", "경주시 스마트시티 조성사업 계획도"]),

"is-06-imaeil.txt": (meta("문경 봉명산에 출렁다리…26억원 들여 내년 완공", "2019-05-07T10:56:00+09:00", None, None, "47280"), [], [
    c("경북 문경시는 봉명산에 출렁다리를 설치한다고 7일 밝혔다", None, D6, [CT], "plan"),
    c("26억원을 들여 길이 150여m, 폭 1.5m의 출렁다리를 만든다", None, D6, [CT], "plan"),
    c("이달 중 발주해 올 하반기까지 실시설계를 한 뒤", None, D6, [CT], "plan"),
    c("다리에서 수려한 주변 경관을 감상할 수 있다", None, D6, [CT], "statement"),
    c("문경새재에만 몰리는 관광객 분산 효과도 있다고 문경시는 설명했다", None, D6, [CT], "statement"),
    c("왕복 교행이 가능하고 산과 산을 잇는 출렁다리를 만들 계획이다", None, D6, [CT], "plan"),
    c("산주 동의를 얻으면 공사 규모가 결정된다", None, D6, [CT], "statement", "강용원"),
    c("문경의 새로운 관광시설이 될 것", None, D6, [CT], "statement", "강용원"),
], ["문경 봉명산에 출렁다리…26억원 들여 내년 완공", "인근 KTX역 건립으로 문경새재 관광객 분산 효과"]),

"is-07-ohmynews.txt": (meta(None, "2025-09-02", None, None, "48"), [PWS], [
    c("창원시민들과 직접 소통하는 자리가 2년 6개월 만", PWS, D7, ["citizen-participation"], "statement"),
    c("정부가 제조업 분야의 인공지능(AI) 기술을 집중 육성하기로 하고", PWS, D7, ["fourth-industrial-revolution"], "statement"),
    c("진해신항과 가덕도신공항을 연결하는 철도망이 필요하다", None, D7, ["public-transit", "airport-relocation"], "plan"),
    c("출산율 저하와 청년 일자리 부족 등 복합적 요인으로 인구가 줄고 있지만", PWS, D7, ["childcare-birth", "jobs", "youth-policy"], "statement"),
], ["박완수 경남도지사, 2일 오후 국립창원대 가온홀에서 ‘도민 상생대화’ 가져",
    "창원은 경남의 주력산업이 집약된 도시이자, 대한민국 산업화와 민주화의 상징적인 도시",
    "많은 시민들께서 함께해 주셔서 감사드린다"]),

"is-08-tf.txt": (meta("구인모 거창군수, 인구문제 인식 개선 릴레이 캠페인 동참", "2025-04-04T14:06+09:00", "이경구", "더팩트", "48880"), [GIM], [
    c("저출산과 인구 감소 문제 해결을 위해 군에서 태어난 아이가 청소년, 청년이 되어", None, D8, ["childcare-birth", "youth-policy"], "statement"),
    c("정주인구 정착을 위한 주거·의료·교육·복지 인프라 확장 정책과", None, D8, ["housing", "public-health", "education", "welfare"], "statement"),
    c("경남 합계출산율 1위(1.20명), 군부 출생아 수 1위(249명)", None, D8, ["childcare-birth", "youth-policy"], "achievement"),
], ["구인모 거창군수, 인구문제 인식 개선 릴레이 캠페인 동참",
    "구인모 거창군수가 인구문제 인식 개선 릴레이 캠페인에 동참하고 있다"]),

"is-09-asiae.txt": (meta(None, "2021-09", "이상현", "아시아경제", "48250"), [HSG], [
    c("내달 1일 경남 김해시 국공립어린이집 2개소가 신규 개원한다", None, D9, ["childcare-birth"], "plan"),
    c("관내 국공립어린이집은 49개소에서 51개소로 늘어났다", None, D9, ["childcare-birth"], "achievement"),
    c("영유아 30명을 돌볼 수 있는 보육실", None, D9, ["childcare-birth"], "statement"),
    c("영유아 27명을 돌볼 수 있는 보육실", None, D9, ["childcare-birth"], "statement"),
    c("국공립으로 설치·전환하는 방식을 통해 지속해서 국공립어린이집을 확충할 계획", HSG, D9, ["childcare-birth"], "plan"),
    c("안심하고 믿고 맡길 수 있는 보육환경을 조성해 나가겠다", HSG, D9, ["childcare-birth"], "plan"),
    c("2788명이 국공립어린이집을 이용하고 있으며", None, D9, ["childcare-birth"], "statement"),
], []),
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, (metadata, officials, claims, not_claims) in FILES.items():
        gold = {"article": name, "metadata": metadata, "officials": officials, "claims": claims,
                "not_claims": not_claims}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(claims))
