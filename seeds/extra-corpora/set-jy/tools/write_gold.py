"""Writes gold/*.json for set-jy (hand annotation)."""
import json, os
N = None
def c(q, sp, d, pol, k, name=None):
    x = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: x["speaker_name"] = name
    return x
G = {}
d = "2019-02-12"
G["jy-01-hidomin.txt"] = ({"headline": "포항시, 시민 수요 중심 ‘스마트 도시’ 된다", "published": "2019-02-12", "reporter": "이진수", "outlet": "경북도민일보", "jurisdiction": "47110"}, [], [
 c("스마트도시계획 수립 용역 착수보고회를 개최했다", N, d, ["smart-city"], "achievement"),
 c("4차 산업혁명에 대응하는 미래 신성장 동력 확보를 목표로 수립된다", N, d, ["smart-city", "fourth-industrial-revolution"], "statement"),
 c("도시통합운영센터 구축과 운영 방안의 내용이 포함돼 있다", N, d, ["smart-city"], "statement"),
 c("시민의 다양한 목소리를 계획에 반영하고", N, d, ["smart-city", "citizen-participation"], "plan"),
 c("이번 용역은 포항의 미래 스마트도시계획을 설계하는 것", N, d, ["smart-city"], "statement", "송경창"),
 c("시민수요 중심의 스마트서비스 발굴 등으로 일자리 창출 및 시민 삶의 질 향상에 기여할 것으로 기대된다", N, d, ["smart-city", "jobs"], "statement", "송경창"),
], ["포항시, 시민 수요 중심 ‘스마트 도시’ 된다", "정보통신기술 활용 도시문제 전반 해결", "2019-02-12     이진수기자"])
d = "2022-02-23"
G["jy-02-kmib.txt"] = ({"headline": "“기후위기 선제 대응”… 경남 ‘탄소중립 로드맵’ 7월 나온다", "published": "2022-02-24T04:06+09:00", "reporter": N, "outlet": N, "jurisdiction": "48"}, [], [
 c("단계적 로드맵 등 다양한 정책을 마련, 본격 가동에 들어간다고 23일 밝혔다", N, d, ["climate-carbon"], "plan"),
 c("수립을 올 상반기 중으로 완료할 계획이다", N, d, ["climate-carbon"], "plan"),
 c("이행계획 시나리오 초안을 바탕으로 도출 근거를 확인하고 있다", N, d, ["climate-carbon"], "statement"),
 c("실현 가능성은 탄소중립집행위원회와 분과위원회, 경남기후도민회의에서 검토 중이다", N, d, ["climate-carbon"], "statement"),
 c("시나리오에 따른 분야별 이행수단 발굴에도 의견을 모으고 있다", N, d, ["climate-carbon"], "statement"),
 c("7월쯤 로드맵을 최종 확정하고 발표할 계획", N, d, ["climate-carbon"], "plan"),
 c("로드맵은 경남의 2050 탄소 중립 실현을 위한 안내서 역할을 할 것으로 기대한다", N, d, ["climate-carbon"], "statement"),
 c("도의 산림 부분 전략은 ‘봄철 나무 심기’다", N, d, ["climate-carbon"], "statement"),
 c("151억원을 투입해 1423㏊에 306만본을 심을 예정이다", N, d, ["climate-carbon"], "target"),
 c("산불 방지를 위한 특별대책도 내놨다", N, d, ["disaster-safety"], "plan"),
 c("산불 대응 태세를 점검하고, 산불 취약 지역과 입산 통제구역 순찰을 강화한다", N, d, ["disaster-safety"], "plan"),
 c("산불 전문 진화대원 3000여명이 항시 출동 대기 유지하고 있다고 설명했다", N, d, ["disaster-safety"], "statement"),
 c("도민 참여형 정책도 마련했다", N, d, ["climate-carbon"], "statement"),
], ["소나무림 1㏊에서 이산화탄소 54.1t이 발생되며", "1회용품 사용을 줄이기 위한 제로페이"])
d = "2018-03-27"
G["jy-03-hgnews.txt"] = ({"headline": "이철우 예비후보, 저출산 대책 세워야…", "published": "2018-04-02T15:59+09:00", "reporter": "권나형", "outlet": "황성신문", "jurisdiction": "47"}, [], [
 c("북한 핵 보다 더 무서운 것이 저출산", N, d, ["childcare-birth"], "statement", "이철우"),
 c("저출산 문제는 우리의 재앙이 될 수 있다", N, d, ["childcare-birth"], "statement", "이철우"),
 c("복합적 영역이라고 생각한다", N, d, ["childcare-birth"], "statement", "이철우"),
 c("저출산 난제를 해결하는데 주력하되", N, d, ["childcare-birth"], "plan", "이철우"),
 c("청년층의 지역 이탈, 결혼 및 출산 기피가 가장 큰 요인으로 꼽히고 있다", N, d, ["childcare-birth", "youth-policy"], "statement", "이철우"),
], ["도지사 되면 저출산 장기계획 세우겠다", "이철우 예비후보, 저출산 대책 세워야…", "35만7천700명으로 역대 가장 적었다", "16곳이 소멸위험지역으로 분류되어"])
d = "2026-01-02"
G["jy-04-cnbnews.txt"] = ({"headline": N, "published": "2026-01-02T15:14:47+09:00", "reporter": "임재희", "outlet": N, "jurisdiction": "26350"}, ["kim-seong-su"], [
 c("일자리경제과를 ‘일자리정책과’와 ‘경제진흥과’로 분리해 운영한다", N, d, ["jobs"], "statement"),
 c("복합적인 복지 문제에 선제적으로 대응하기 위한 조직 보강도 이뤄졌다", N, d, ["welfare"], "achievement"),
 c("‘통합돌봄팀’을 신설해 돌봄 취약계층을 대상으로", N, d, ["welfare"], "plan"),
], ["2026년 1월 1일 자로 조직개편을 단행했다", "조경 전문가를 신규 채용해", "새해에도 구민이 실질적으로 체감할 수 있는 행정을 펼치겠다"])
d = "2026-01-22"
G["jy-05-heraldcorp.txt"] = ({"headline": N, "published": "2026-01-22", "reporter": "황상욱", "outlet": "헤럴드경제", "jurisdiction": "48"}, ["park-wan-su"], [
 c("3대 전략에 ‘인구구조 변화 대응’을 추가한 4대 전략 체계를 확립했다", N, d, ["childcare-birth", "youth-policy"], "achievement"),
 c("출산율 제고에 치우치지 않고 인구 구조 변화에 선제 대응하겠다는 것으로 올해 1조5774억원을 투입한다", N, d, ["childcare-birth"], "plan"),
 c("인구 정책을 복지와 출산의 범주를 넘어 주거, 일자리", N, d, ["welfare", "childcare-birth", "housing", "jobs"], "statement"),
 c("저출생 극복을 위한 지원책은 임신부터 양육까지 전 단계에 걸쳐 대폭 보강된다", N, d, ["childcare-birth"], "plan"),
 c("난임 부부를 위한 진단비와 시술비 지원 범위를 확대하고", N, d, ["childcare-birth"], "plan"),
 c("주거 부담 완화 대책도 한층 강화한다", N, d, ["housing"], "plan"),
 c("주택구입 이자 지원 대상을 기존 신혼부부에서 출산 가정까지 넓히고", N, d, ["housing", "childcare-birth"], "plan"),
 c("아이돌봄 서비스와 손주돌봄 수당 규모를 확대하는", N, d, ["childcare-birth"], "plan"),
], ["‘인구구조 변화 대응’ 추가 1조5774억원 투입 난임 지원·주거 혜택 파격 확대로 저출생 극복", "올해부터 인구 정책 패러다임을 전면 전환한다"])
d = "2026-02-05"
G["jy-06-ohmynews.txt"] = ({"headline": N, "published": "2026-02-05", "reporter": N, "outlet": N, "jurisdiction": "31"}, ["kim-doo-gyeom", "kim-yeong-gil"], [
 c("지역 주민들과 직접 마주 앉아 소통하며 지역의 미래를 논의하는 자리를 이어간다", N, d, ["citizen-participation"], "plan"),
 c("문화·관광·교통 활성화를 위해 중구 지역 주요 현안 사업을 중심으로 한 정책 구상을 설명했다", N, d, ["culture-tourism"], "plan"),
 c("제조 인공지능(AI) 컴퓨팅센터 조성으로 첨단 산업 기반 강화가 제시됐다", N, d, ["research-development", "fourth-industrial-revolution"], "plan"),
 c("청년과 신혼부부 주거 지원을 위해 공공주택", N, d, ["housing", "youth-policy"], "plan"),
], ["중구는 울산의 원도심으로", "'문화·관광, 사통팔달 교통의 종갓집'을 주제로 마련됐다", "산업용지 공급이 제시됐다"])
G["jy-07-wowtv.txt"] = ({"headline": "김해공항 확장안 재검토 관련 \"일방적 주장으로는 입지 변경 안 돼\"", "published": N, "reporter": "류성무", "outlet": "연합뉴스", "jurisdiction": "27"}, ["kwon-young-jin"], [
 c("통합 신공항 건설은 대구의 미래를 열어 가는 통 큰 설계가 될 것", "kwon-young-jin", N, ["airport-relocation"], "statement"),
 c("통합 신공항 건설은 오랜 시간 갈구한 대구 시민의 사활이 걸린 최대 현안 사업", "kwon-young-jin", N, ["airport-relocation"], "statement"),
 c("신공항 없이는 대구의 미래도 없다", "kwon-young-jin", N, ["airport-relocation"], "statement"),
 c("일방적 이해관계에 의한 주장만으로는 입지가 변경될 수 없다", "kwon-young-jin", N, ["airport-relocation"], "criticism"),
 c("2곳으로 이전 후보지를 압축한 상태다", N, N, ["airport-relocation"], "statement"),
], ["백절불굴의 의지로 위기를 이겨내고", "외부 환경 변화에 의지가 꺾여서는 안 된다", "김해공항 확장안 재검토 관련 \"일방적 주장으로는 입지 변경 안 돼\""])
G["jy-08-busan.txt"] = ({"headline": "박형준 공약 ‘15분 도시’ 실현 ‘시동’", "published": N, "reporter": N, "outlet": "부산닷컴", "jurisdiction": "26"}, ["park-heong-joon"], [
 c("시민 1500명을 모집하는 시민 참여형 생활권 도시계획을 진행한다", N, N, ["citizen-participation"], "plan"),
 c("참여할 시민 1500명을 모집한다고 5일 밝혔다", N, N, ["citizen-participation"], "plan"),
 c("19세 이상 시민이면 누구나 참여할 수 있다", N, N, ["citizen-participation"], "statement"),
 c("무보수 명예 봉사 조직이다", N, N, ["citizen-participation"], "statement"),
 c("시민 1400명을 선정할 예정이다", N, N, ["citizen-participation"], "plan"),
 c("정책 제안과 워크숍 참여 토론 등의 활동을 한다", N, N, ["citizen-participation"], "statement"),
 c("학교와 문화·육아·생활체육 시설, 도서관, 공원, 병원 등을 15분 이내에", "park-heong-joon", N, ["education", "culture-tourism", "childcare-birth"], "plan"),
 c("기후변화를 부추기는 탄소 배출을 억제하고", "park-heong-joon", N, ["climate-carbon"], "plan"),
 c("16개 구·군 현장 방문하고, 15분 생활권을 만들 지역 발전 정책 토론을 이어갈 예정이다", N, N, ["citizen-participation"], "plan"),
], ["박형준 공약 ‘15분 도시’ 실현 ‘시동’", "공감정책단 1500명 모집 진행", "정책 제안·워크숍 참여 등 활동", "부산을 ‘15분 도시’로 재구성하겠다고 공약했다", "‘15분 도시의 재구성’을 실현하기 위해 부산시가 시동을 건다"])
G["jy-09-zum.txt"] = ({"headline": "경남 군단위 지자체 인구 1위 뺏겨…정주여건 개선·출산장려 적극 나서", "published": N, "reporter": "정종호", "outlet": "연합뉴스", "jurisdiction": "48730"}, [], [
 c("노후한 농공단지를 청년 친화적으로 조성하는 데 주력한다", N, N, ["youth-policy"], "plan"),
 c("농공단지에 청년 문화 센터를 조성하고, 관련 편의시설을 개선해 청년 정주 여건을 개선한다", N, N, ["youth-policy", "culture-tourism"], "plan"),
 c("기숙사도 만들어 청년 근로자들이 생활", N, N, ["youth-policy", "housing"], "plan"),
], ["경남 군단위 지자체 인구 1위 뺏겨…정주여건 개선·출산장려 적극 나서", "인구 6만명이 붕괴됐다", "두 가지 인구 감소 유형 모두를 고려한 인구 증가 정책을 계획하고 있다", "군북농공단지 산단환경조성사업 계획"])
os.makedirs("gold", exist_ok=True)
for name, (meta, officials, claims, nots) in G.items():
    with open(f"gold/{name}.json", "w", encoding="utf-8") as f:
        json.dump({"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": nots}, f, ensure_ascii=False, indent=1)
print(sum(len(v[2]) for v in G.values()), "claims in", len(G), "files")
