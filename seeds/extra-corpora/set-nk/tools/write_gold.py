"""Writes gold/*.json for set-nk (hand annotation)."""
import json, os
G = "/work/blind/set-nk/gold/"
os.makedirs(G, exist_ok=True)
def c(q, sp, d, pol, k, name=None):
    x = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: x["speaker_name"] = name
    return x
def w(art, meta, off, claims, nots):
    h, p, r, o, j = meta
    json.dump({"article": art, "metadata": {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j},
               "officials": off, "claims": claims, "not_claims": nots},
              open(G + art + ".json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)

D = "2021-09-15"; L = "lee-dong-jin"
w("nk-01-sijung.txt", ("도봉구, 전국 최초 ‘탄소중립 기본 조례’ 제정·공포", "2021-09-15T15:10+09:00", "김응구", "시정일보", "11320"), [L], [
  c("도봉구가 16일 이를 공포한다", None, D, ["climate-carbon"], "plan"),
  c("이번 조례는 2050년을 목표로 도봉구의 탄소중립을 실행하는 한편", None, D, ["climate-carbon"], "statement"),
  c("탄소중립 실현이 사회적 과제이자 구정(區政)의 중대 목표라는 점에서 이번 조례 제정은 큰 의의가 있다", L, D, ["climate-carbon"], "achievement"),
  c("기후위기는 행정의 노력만으로 달성할 수 없는 일인 만큼 구민 여러분의 책무에 관해서도 규정해 놓았다", L, D, ["climate-carbon"], "statement"),
  c("이번 조례를 계기로 탄소중립을 위한 생활 실천에 적극적으로 참여해주시길 부탁드린다", L, D, ["climate-carbon"], "statement"),
  c("2050년까지 도봉구의 온실가스 순 배출량을 ‘0’으로 하는 탄소중립을 달성하고", None, D, ["climate-carbon"], "target"),
  c("7대 부문별 목표를 설정하고, 부문·연도별 이행 계획 수립에 대한 근거를 마련했다", None, D, ["climate-carbon"], "statement"),
], ["도봉구, 전국 최초 ‘탄소중립 기본 조례’ 제정·공포", "이동진 구청장 “區政의 중대목표”", "16일 이후 조례 全文 열람 가능",
    "2050 탄소중립 실천 범구민 결의대회’에서 이동진 도봉구청장이 인사말을 하고 있다"])

D = "2020-07-03"
w("nk-02-joongangtv.txt", ("계양구, 탄소중립 지방정부 실천연대 참여", "2020-07-05", "이복수", None, "28245"), [], [
  c("계양구가 기후변화대응 선도도시로서 탄소중립 지방정부 실천연대에 참여한다고 지난 3일 밝혔다", None, D, ["climate-carbon"], "plan"),
  c("62개의 시구 지방정부가 함께 실천연대 구성에 동참 했으며 오는 7일 발족식을 앞두고 있다", None, D, ["climate-carbon"], "statement"),
  c("탄소중립 지방정부 실천연대는 앞으로 온실가스 감축로드맵 등", None, D, ["climate-carbon"], "plan"),
  c("계양구와 환경부는 기후변화 공동대응에 대한 협약을 맺고", None, D, ["climate-carbon"], "statement"),
  c("구 관계자는 앞으로 기후변화 위기에 적극적으로 대응하고", None, D, ["climate-carbon"], "plan"),
], ["계양구, 탄소중립 지방정부 실천연대 참여", "탄소중립계획 수립·모니터링·정책 홍보·국제활동 등 역할"])

D = "2016-09-06"; T = ["public-transit"]
w("nk-03-seoul.txt", ("서울시, 16∼17일 지하철·버스 새벽 2시까지 운행", "2016-09-06T07:28+09:00", None, None, "11"), [], [
  c("16∼17일 서울 시내 지하철과 주요 버스 노선의 막차 시간이 새벽 2시로 연장된다", None, D, T, "plan"),
  c("서울시는 이 같은 내용을 담은 ‘추석특별교통대책’을 6일 발표했다", None, D, T, "statement"),
  c("지하철은 종착역 도착 기준으로 기존 새벽 1시에서 2시까지 1시간 연장 운행된다", None, D, T, "plan"),
  c("노선 127개가 종점 방향 막차 통과시간 기준 새벽 2시까지 연장된다", None, D, T, "plan"),
  c("행선지 별로 막차 시간이 달라 안내문이나 120다산콜센터 등을 통해 막차 시간을 사전에 확인해 두는 것이 좋다", None, D, T, "statement"),
  c("이 기간 심야 올빼미 버스와 심야 전용 택시도 정상 운행된다", None, D, T, "statement"),
  c("시립묘지를 지나가는 버스 4개 노선을 총 68회 늘려 운행한다", None, D, T, "plan"),
  c("서울 시내 5개 터미널을 경유하는 고속·시외버스 운행도 늘리고", None, D, T, "plan"),
], ["추석특별교통대책 발표…시립묘지 가는 버스 운행 늘린다", "해당 노선은 201·262·270번(망우리)과 703번(용미리)이다",
    "‘도시고속도로 교통 예보’도 7일부터 선보인다", "시는 이번 추석 연휴 중국인 관광객 방문이 늘"])

D = "2021-07-01"; L = "lee-gang-ho"
w("nk-04-edaily.txt", ("이강호 인천 남동구청장 “도시 가치 높이겠다”", "2021-07-01T15:50:05+09:00", "이종일", "이데일리", "28200"), [L], [
  c("안전과 교통문화, 복지, 노인 일자리 등 다양한 분야에서 정부 표창을 78차례 수상했다", L, D, ["disaster-safety", "welfare", "jobs"], "achievement"),
  c("화재로 잿더미가 된 소래포구어시장을 현대식 건물로 재탄생시켰다", L, D, ["small-merchants"], "achievement"),
  c("소래포구의 변화는 인근 관광지와의 시너지로", L, D, ["culture-tourism", "small-merchants"], "achievement"),
  c("청년창업지원센터 운영 등 지역 주도형 청년창업·일자리 사업을 추진했고", None, D, ["startup-support", "youth-policy", "jobs", "urban-regeneration"], "achievement"),
  c("소래포구어시장은 최근 현대화 2단계 사업을 준공했고 이달 중 개장한다", L, D, ["small-merchants"], "achievement"),
  c("소래관광벨트 구축사업은 순환열차 도입", L, D, ["culture-tourism"], "plan"),
], ["남은 임기 동안 도시의 가치를 키워 구민이 행복한 도시를 만드는 데 집중하겠다",
    "숫자로 보이는 1등이 아닌 주민이 삶 속에서 만족하고", "전 분야에 걸친 질적 성장을 토대로 인천을 넘어 전국에서 손꼽히는 도시로 성장했다",
    "남은 임기 1년 동안 도시 경쟁력 강화에 집중하겠다", "이강호 인천 남동구청장 “도시 가치 높이겠다”"])

D = "2022-04-19"; N = "유준호"; E = ["energy-transition"]
w("nk-05-fnnews.txt", ("[fn이사람] “회색도시 인천 ‘청정수소도시’로 탈바꿈할것”", "2022-04-19T18:07+09:00", "한갑수", "파이낸셜뉴스", "28"), [], [
  c("매연과 미세먼지가 날리는 회색 도시를 청정 도시로 바꾸겠습니다", None, D, ["fine-dust"], "plan", N),
  c("인천을 청정도시로 조성하겠다고 말했다", None, D, E, "plan", N),
  c("추진하고 있는 사업이 청라국제도시 수소사업이다", None, D, E, "statement"),
  c("기후위기 극복을 위해 수소에너지로의 전환이 반드시 필요하고", None, D, ["energy-transition", "climate-carbon"], "statement", N),
  c("인천시가 수소경제를 본격적으로 추진한 것은 지난해부터다", None, D, E, "statement"),
  c("수소 생산기반 구축과 수소산업 육성을 목표로 2023년부터 2027년까지 조성된다", None, D, E, "plan"),
  c("SK의 액화수소플랜트 구축 5000억원 투자", None, D, ["energy-transition", "investment-attraction"], "achievement"),
], ["[fn이사람] “회색도시 인천 ‘청정수소도시’로 탈바꿈할것”", "청라 수소산업 클러스터 조성", "SK·현대모비스 플랜트 유치",
    "인천 수소산업이 타 시도와 차별되는 점은"])

D = "2018-07-06"; M = "문재인"
w("nk-06-bukbu.txt", (None, "2018-07-10T23:04:00+09:00", None, None, "11350"), ["oh-seung-rok", "kim-seong-hwan"], [
  c("태풍으로 인한 재난대책을 준비하느라 1주일가량 예정보다 늦어진 것이다", None, D, ["disaster-safety"], "statement"),
  c("중앙의 권한을 지방에 과감히 이양하고 실질적 주민자치를 위한 제도를 만들겠습니다", None, D, ["decentralization", "citizen-participation"], "plan", M),
  c("자치분권되어야 재정분권도 흔들림 없이 추진됩니다", None, D, ["decentralization"], "statement", M),
  c("평온한 국민의 삶을 위한 자치분권과 국가균형발전을 추진하고 있다", None, D, ["decentralization"], "statement", M),
], ["지방이 튼튼해야 나라가 튼튼합니다", "국정운영의 동반자입니다", "노원구의 비전을 보여주는 구정목표를 프리젠테이션 형식으로",
    "새로운 노원을 만들어가겠다는 의미로"])

w("nk-07-incheontoday.txt", ("유정복 시장, 송도국제도시 안전·재난복원 사례 설명", None, "김갑봉", "인천투데이", "28"), ["yoo-jeong-bok"], [
  c("국내 대표적인 스마트도시로 꼽히는 송도국제도시의 사례를 중국 톈진시와 공유하고", None, None, ["smart-city"], "statement"),
  c("양 도시의 스마트시티 정책과 성과를 공유하고, 미래 방향과 과제를 논의했다고 28일 밝혔다", None, None, ["smart-city"], "statement"),
  c("이어 유정복 시장이 인천시의 스마트도시 사례를 설명했다", None, None, ["smart-city"], "statement"),
  c("첨단 유비쿼터스와 스마트시티 기술을 적극 적용해 도시 전체에 정보통신 인프라를 설치하고, 통합운영센터를 구축했다", None, None, ["smart-city"], "achievement"),
  c("인천경제청은 관련 부서로 스마트시티과를 설치해 운영하고 있고", None, None, ["smart-city"], "statement"),
], ["유정복 시장, 송도국제도시 안전·재난복원 사례 설명", "도시 복원력 향상-미래를 위한 스마트시티 전략",
    "자매결연 30주년을 기념해 지난 26일부터 톈진시를 방문 중이다", "인천시는 송도국제도시가 자족도시로 기능할 수 있게 기반 시설을 설치했다"])

P = "park-won-soon"; U = ["urban-regeneration"]
w("nk-08-etoday.txt", (None, None, None, None, "11"), [P, "kim-yeong-jong"], [
  c("세운상가의 축적된 역사의 힘에 첨단의 미래를 융합해 4차 산업혁명의 전략거점으로 만들겠다", P, None, ["urban-regeneration", "fourth-industrial-revolution"], "plan"),
  c("서울시의 미래 먹거리를 위한 전략거점을 이곳 세운상가에 조성했다", P, None, ["urban-regeneration", "fourth-industrial-revolution"], "achievement"),
  c("세계 어디에도 세운상가만큼 4차 산업혁명으로의 전환이 적합한 지역은 찾을 수 없다", P, None, ["fourth-industrial-revolution"], "statement"),
  c("도시재생은 주민의 삶과 흔적들을 가능한 남기는 사업이다", P, None, U, "statement"),
  c("앞으로 서울시가 추진할 모든 사업은 도시재생적 관점으로 접근할 것", P, None, U, "plan"),
  c("세운상가 재생 사업에 반발하는 일부 시민들이 난입해 소란이 빚어지기도 했다", None, None, U, "criticism"),
  c("세운4구역 사업이 추진되면 세계문화유산으로 지정된 600년 전통의 종묘 제례를", None, None, U, "criticism", "오 회장"),
], ["사업 반대하는 일부 시민 난입해 한 차례 소란 빚어지기도", "유관 지자체장인 김영종 종로구청장"])

Y = "yu-seong-hun"; DC = ["dementia-care"]
w("nk-09-tf.txt", (None, None, "장혜승", "더팩트", "11545"), [Y], [
  c("치매가 있어도 살기 좋은 금천구를 만들기 위한 업무협약을 체결했다고 8일 밝혔다", None, None, DC, "achievement"),
  c("공인중개사무소를 중심으로 치매안심 가맹점을 모집하고 있다", None, None, DC, "statement"),
  c("배회 어르신을 발견하면 임시보호하고", None, None, DC, "statement"),
  c("치매 안심 가맹점을 순차적으로 확대한다", None, None, DC, "plan"),
  c("앞으로도 적극적으로 치매관리사업을 추진하겠다", Y, None, DC, "plan"),
], ["동참한 한국공인중개사협회에 감사드린다", "업무협약 체결 모습"])
print("written")
