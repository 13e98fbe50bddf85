# Writes gold/<article>.json for set-lw (hand annotation) and checks every quote / not_claim is in the text.
import json, os, re

D = os.path.join(os.path.dirname(__file__), "..")
def C(q, sp, d, pol, k): return {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
def M(h, p, r, o, j): return {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j}
FD, ET, CP, HO, YP = "fine-dust", "energy-transition", "citizen-participation", "housing", "youth-policy"
DS, SC, IA, JB, ED = "disaster-safety", "smart-city", "investment-attraction", "jobs", "education"
SM, CT, CC, WF = "small-merchants", "culture-tourism", "climate-carbon", "welfare"

G = {}
d = "2026-02-04"
G["lw-01-kmib.txt"] = (M("인천 초미세먼지 10년 전보다 34.5% ↓…인천시 종합대책 효과", "2026-02-04", None, None, "28"), [], [
 C("초미세먼지(PM2.5) 연평균 농도가 19㎍/㎥로 관측됐다고 4일 밝혔다", None, d, [FD], "achievement"),
 C("29㎍/㎥를 기록한 2015년과 비교하면 34.5%나 감축됐다", None, d, [FD], "achievement"),
 C("국내외 배출원이 집적된 지리적 여건으로 대기질 개선에 구조적 어려움을 겪고 있다", None, d, [FD], "statement"),
 C("‘인천시 미세먼지 저감 종합대책’을 수립·추진 중이다", None, d, [FD], "statement"),
 C("대기오염총량 관리 분야에선 대기배출사업장(1∼3종)에 대해", None, d, [FD], "statement"),
 C("자발적 감축협약을 체결해 핵심 배출원을 관리하고 있다", None, d, [FD], "statement"),
 C("시민 인식 제고를 위한 ‘푸른 하늘의 날’ 기념행사도 연다", None, d, [FD], "statement"),
 C("2029년까지 초미세먼지 연평균 농도 15㎍/㎥ 달성을 목표로 사업을 진행 중이다", None, d, [FD], "target"),
 C("‘미세먼지 계절관리제’와 ‘대기오염 예·경보제’를 운영하고 있다", None, d, [FD], "statement"),
 C("산업단지 관리 분야에선 배출업소를 등급·종별로 분류해 체계적으로 관리한다", None, d, [FD], "statement"),
 C("영세사업장 환경시설 개선과 사물인터넷(IoT) 측정기기 설치도 지원하는 한편", None, d, [FD, "fourth-industrial-revolution"], "statement"),
 C("차량 관리 분야에선 노후 경유차 및 건설기계 조기폐", None, d, [FD], "statement"),
], ["인천 초미세먼지 10년 전보다 34.5% ↓…인천시 종합대책 효과"])

d = "2019-04-29"
G["lw-02-wowtv.txt"] = (M("'인천 수소연료전지발전소 건립'에 해당 주민 96% 반대", "2019-04-29T10:57+09:00", "최은지", "연합뉴스", "28140"), [], [
 C("인천 동구 연료전지발전소 건립에 대해 반대 여론이 우세한 것으로 나타났다", None, d, [ET], "criticism"),
 C("96.76%에 달하는 1만7천487명이 연료전지발전소 건립에 반대표를 던졌다", None, d, [ET, CP], "criticism"),
 C("찬성은 524명(2.89%)에 그쳤고 무효표는 61명(0.37%)이었다", None, d, [ET, CP], "statement"),
 C("동구 주관으로 11개 동 행정복지센터에서 이뤄진 투표에는", None, d, [ET, CP], "statement"),
 C("동구가 양해 각서를 체결하면서 추진됐다", None, d, [ET], "statement"),
 C("같은 해 8월 산업통상자원부가 발전 사업을 허가했고", None, d, [ET], "achievement"),
 C("사업이 일방적으로 추진됐다며 강하게 반발했다", None, d, [ET], "criticism"),
 C("현재 동구는 사업과 관련한 모든 행정 절차를 중단한 상태지만", None, d, [ET], "statement"),
], ["'인천 수소연료전지발전소 건립'에 해당 주민 96% 반대",
    "동구 \"산업부 등 관계기관에 사업 재검토 요청할 계획\"",
    "연료전지 발전은 수소와 산소를 화학 반응시켜 전기와 열을 생산하는 친환경 신재생 에너지 시스템이다",
    "인천연료전지 측은 지난 1일 기자회견"])

d = None
G["lw-03-wowtv.txt"] = (M(None, None, "강영연", "한국경제", "11590"), ["park-il-ha"], [
 C("추진 중인 ‘청석행복주택’의 입주 신청접수를 시작한다고 10일 밝혔다", None, d, [HO, YP], "plan"),
 C("청석행복주택은 SH공사가 공급하는 공공임대주택으로", None, d, [HO, YP], "statement"),
 C("동작구가 우선공급 규정에 따라 확보한 17가구", None, d, [HO, YP], "statement"),
 C("대학생(18㎡, 20㎡)과 청년(23㎡, 28㎡)으로 구분해 공급된다", None, d, [HO, YP], "statement"),
 C("임대보증금은 공급유형에 따라 6324만 원에서 최대 1억 152만 원 까지다", None, d, [HO], "statement"),
 C("청년 대상 주택은 소득 유무에 따라 약 500만 원 내외의 보증금 차이가 있다", None, d, [HO, YP], "statement"),
 C("청석행복주택은 동작구 상도동 54의 27 일대에 건립 중이다", None, d, [HO, YP], "statement"),
 C("내년 2월 준공 예정이다", None, d, [HO, YP], "plan"),
 C("연면적 3852㎡, 지하 2층~지상 7층 규모다", None, d, [HO], "statement"),
 C("창업보육센터, 공영주차장 등 부대시설이 함께 조성된다", None, d, [HO, "startup-support"], "plan"),
 C("청석행복주택은 청년층의 주거 문제와 해당 지역의 주차난을 동시에 해결할 수 있는 획기적인 복합시설", "park-il-ha", d, [HO, YP], "statement"),
 C("앞으로도 청년 복지 향상을 위해 최선을 다하겠다", "park-il-ha", d, [YP], "plan"),
], ["신청은 인터넷과 방문으로 가능하다", "인터넷으로는 7월 11일 오전 10시부터 15일 오후 5시까지 신청할 수있다",
    "주말 접수는 불가하다", "방문 접수는 7월 14일 오전 10시부터", "서류심사대상자는 7월 25일 오후 4시 이후에 발표한다"])

d = "2019-12-11"
G["lw-04-newsis.txt"] = (M("성동구, 318대 CCTV 신규설치…안전체감 상승", "2019-12-11T15:18:39+09:00", "윤슬기", "뉴시스", "11200"), ["jeong-won-o"], [
 C("총 16억원의 예산을 투입해 7월부터 11월까지 다목적 폐쇄회로(CC)TV 141대를 신규 설치하고", None, d, [DS], "achievement"),
 C("구는 현재 총 3066대의 CCTV를 통합운영하고 있다", None, d, [DS], "statement"),
 C("범죄 및 화재발생 위험이 높은 지역을 CCTV 설치 우선 장소로 선정했다", None, d, [DS], "achievement"),
 C("어린이보호구역 등이 우선장소로 선정됐다", None, d, [DS], "statement"),
 C("공원방범 등을 위한 다목적CCTV 141대를 신규 설치하고 기존 노후 CCTV 177대도 교체했다", None, d, [DS], "achievement"),
 C("스마트CCTV 영상관제시스템을 구축했다", None, d, [DS, SC], "achievement"),
 C("‘성동구청 스마트도시 통합운영센터’에서는 경찰관과 공무원 등 20명이", None, d, [DS, SC], "statement"),
 C("늦은 밤 안심귀가를 책임지며 주민들의 안전을 책임지고 있다", None, d, [DS, SC], "statement"),
 C("모든 CCTV 설치 장소는 스마트 성동지도", None, d, [DS], "statement"),
 C("성동구는 유비무환의 자세로 안전 도시를 만들기 위해 다양한 CCTV 사업을 추진하고 있다", "jeong-won-o", d, [DS], "statement"),
 C("스마트 포용도시로 여성, 어린이, 1인 가", "jeong-won-o", d, [SC], "statement"),
], ["성동구, 318대 CCTV 신규설치…안전체감 상승", "안전 우선지역 다목적CCTV 141대 신규 설치",
    "서울 성동구 스마트도시 통합운영센터 전경. 2019.12.11."])

d = None
G["lw-05-kyeonggi.txt"] = (M("인천 계양구, 베드타운 넘어 경제자족도시 발돋음 위한 사업 순항", None, None, None, "28245"), ["park-hyeong-u"], [
 C("자치구 단위 전국 최초의 산업단지인 ‘서운일반산업단지’를 성공적으로 조성했다", None, d, [IA], "achievement"),
 C("박형우 구청장은 2010년 민선 5기 때부터 경제자족도시를 강조하면서", None, d, [IA], "achievement"),
 C("1만 명 이상의 고용과 약 5천억원의 부가가치 창출 효과가 나타날 것으로 내다봤다", None, d, [IA, JB], "statement"),
 C("지난달 기준 11개 업체가 입주했으며, 앞으로 60개 업체가 들어설 예정이다", None, d, [IA], "achievement"),
 C("제2산업단지인 계양산업단지 설계용역을 준비하고 있다", None, d, [IA], "statement"),
 C("산업단지계획 승인, 토지보상, 분양 등을 추진할 예정이다", None, d, [IA], "plan"),
 C("3기 신도시 조성에 포함된 계양 테크노밸리 사업도 기대를 모으고 있다", None, d, [HO], "statement"),
 C("양질의 일자리 창출과 직주근접형 자족도시로 조성할 수 있도록 중앙부처와 적극협력한다는 계획이다", None, d, [JB, HO], "plan"),
 C("교육문화도시를 위한 각종 정책도 추진된다", None, d, [ED, CT], "statement"),
 C("인재양성장학재단을 설립해 7월 현재 출연금 30억원과 기탁금 2억 5천500만 원을 확보했다", None, d, [ED], "achievement"),
 C("2022년까지 100억원의 기금 마련을 목표로 하고 있다", "park-hyeong-u", d, [ED], "target"),
 C("청소년 문화의 집을 건립햐ㅐ 청소년들이 다양한 분야에서 끼와 재능을 펼칠 수 있도록 할 것이다", "park-hyeong-u", d, [CT], "plan"),
], ["인천 계양구, 베드타운 넘어 경제자족도시 발돋음 위한 사업 순항",
    "인천 계양구가 베드타운을 넘어 경제 자족도시로 발돋움하기 위한 각종 사업이 순항하고 있다",
    "이밖에 구는 영유아·청소년·여성·노인"])

d = "2019-06-10"
G["lw-06-edaily.txt"] = (M("인천 미추홀구, 다음달 지역화폐 발행…캐시백 8% 적용", "2019-06-10T14:57:43+09:00", "이종일", "이데일리", "28177"), ["kim-jeong-sik"], [
 C("인천 미추홀구가 다음 달 지역화폐를 발행한다", None, d, [SM], "plan"),
 C("인천시는 10일 미추홀구, 코나아이㈜와 지역화폐 미추홀이(e)음 발행을 위해 업무협약을 했다", None, d, [SM], "achievement"),
 C("미추홀구는 플랫폼을 활용해 다음 달 1일 미추홀이음을 발행한다", None, d, [SM], "plan"),
 C("코나아이㈜는 미추홀이음 카드발급과 모바일 앱 운영업무를 대행한다", None, d, [SM], "statement"),
 C("미추홀이음은 모바일 앱과 선불카드 형태로 발행된다", None, d, [SM], "statement"),
 C("전국 만 14세 이상 국민은 누구나 가입할 수 있다", None, d, [SM], "statement"),
 C("미추홀구 등 인천지역 점포에서 사용이 가능하다", None, d, [SM], "statement"),
 C("프랜차이즈 직영점 등의 일부 점포는 제외된다", None, d, [SM], "statement"),
 C("결제 금액의 8%(구비 2% 지원 포함)를 소비자에게 돌려준다", None, d, [SM], "statement"),
 C("미추홀구 외부 점포에서 사용하면 6%만 준다", None, d, [SM], "statement"),
 C("연말정산 시 현금과 같이 30% 소득공제(전통시장 40%)가 적용된다", None, d, [SM], "statement"),
 C("올해 50억원을 목표로 지역화폐를 발행한다", "kim-jeong-sik", d, [SM], "target"),
 C("인천지역 자금의 외부유출 최소화로 지역경제 활성화를 도모하겠다", "kim-jeong-sik", d, [SM], "plan"),
], ["인천 미추홀구, 다음달 지역화폐 발행…캐시백 8% 적용", "다음달 1일 미추홀이음 발행",
    "미추홀구청장이 10일 구청에서 허종식(왼쪽) 인천시 균형발전정무부시장",
    "협약식에는 김정식 미추홀구청장, 허종식 인천시 균형발전정무부시장"])

d = "2018-09-11"
G["lw-07-mbn.txt"] = (M("박원순 시장 \"2022년까지 원전1기 설비용량 규모(1GW)의 태양광 보급할 것\"", "2018-09-11T15:54+09:00", "나현준", "매일경제", "11"), ["park-won-soon"], [
 C("2022년까지 원전1기 설비용량 규모(1GW)의 태양광을 보급하겠다", "park-won-soon", d, [ET], "target"),
 C("기후변화에 대응하기 위해 친환경에너지인 태양광을 적극적으로 늘리겠다는 것이다", "park-won-soon", d, [ET, CC], "plan"),
 C("서울시는 지난 5월 올해 태양광 미니발전소 보급사업에 80억원을 지원한다고 밝힌 바 있다", None, d, [ET], "statement"),
 C("기후변화 대응에서 가장 중요한 것은 바로 '시민참여'라고 강조하고", "park-won-soon", d, [CC, CP, ET], "plan"),
], ["박원순 시장 \"2022년까지 원전1기 설비용량 규모(1GW)의 태양광 보급할 것\"",
    "포럼에서, 박 시장은 이 같이 밝혔다"])

d = "2026-02-12"
G["lw-08-heraldcorp.txt"] = (M(None, "2026-02-12", "박종일", "헤럴드경제", "11350"), ["oh-seung-rok"], [
 C("‘2026년 노원구 어르신 일자리 발대식’을 개최하고", None, d, [JB, WF], "statement"),
 C("어르신일자리 정책을 적극 추진하여 어르신들의 사회적 역할을 확대하고", None, d, [JB, WF], "statement"),
 C("올해 구청직영 어르신 일자리 사업 참여자는 총 2465명으로", None, d, [JB, WF], "statement"),
 C("공익활동형 일자리는 ▲스쿨존 교통지원봉사", None, d, [JB, WF], "statement"),
 C("일자리는 곧 어르신들의 삶의 활력으로 이어진다고 생각한다", "oh-seung-rok", d, [JB, WF], "statement"),
 C("일자리를 기반으로 자긍심 높은 어르신친화도시를 만들겠다", "oh-seung-rok", d, [JB, WF], "plan"),
], ["이날 행사에는 오승록 노원구청장을 비롯해 어르신 일자리 참여자 등 관계자 약 650여 명이 참석했다",
    "▲개회 및 국민의례 ▲내빈 소개 ▲구청장 인사말"])

d = "2017-11-29"
G["lw-09-shinailbo.txt"] = (M("강화군 내년 관광객 유치계획 본격화", "2017-11-29T14:45+09:00", "백경현", None, "28710"), ["lee-sang-bok"], [
 C("인천 강화군이 29일 ‘올해의 관광도시’를 대비한 2018년 관광객 유치계획을 밝혔다", None, d, [CT], "plan"),
 C("내년 관광객 유치 목표를 지난 2016년 대비 42%가 증가한 500만명으로 계획하고 있다", None, d, [CT], "target"),
 C("‘관광도시 강화’를 만든다는 계획이다", None, d, [CT], "plan"),
 C("관광블로그 홍보단을 운영하고, 9개의 강화 SNS를 가동한다", None, d, [CT], "plan"),
 C("지상파 메이저 프로그램에 강화를 소개하고", None, d, [CT], "plan"),
 C("국내‧외 관광박람회에도 참가할 예정이다", None, d, [CT], "plan"),
 C("움직이는 강화관광 홍보차량이", None, d, [CT], "plan"),
 C("고려인삼축제 등 대형행사를 개최할 예정이다", None, d, [CT], "plan"),
 C("관광객 유치는 행정기관의 노력만으로는 한계가 있고, 민간차원에서의 적극적인 홍보가 필요하다", "lee-sang-bok", d, [CT], "plan"),
 C("2018년도 올해의 관광도시가 얼마 남지 않은 만큼 관광도시 연계사업이 빠르게", "lee-sang-bok", d, [CT], "plan"),
], ["강화군 내년 관광객 유치계획 본격화", "내년 유치 목표 500만명… 2016년 보다 42%↑"])

col = lambda s: re.sub(r"\s+", " ", s).strip()
os.makedirs(os.path.join(D, "gold"), exist_ok=True)
total = 0
for name, (meta, offs, claims, nots) in G.items():
    text = col(open(os.path.join(D, "articles", name), encoding="utf-8").read())
    for c in claims:
        n = text.count(col(c["quote"]))
        if n != 1: print("QUOTE", name, n, c["quote"])
    for q in nots:
        if col(q) not in text: print("NOTCLAIM missing", name, q)
    total += len(claims)
    with open(os.path.join(D, "gold", name + ".json"), "w", encoding="utf-8") as f:
        json.dump({"article": name, "metadata": meta, "officials": offs, "claims": claims, "not_claims": nots},
                  f, ensure_ascii=False, indent=1)
    print(name, len(claims))
print("total", total)
