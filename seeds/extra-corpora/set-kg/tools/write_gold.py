"""Writes gold/*.json for set-kg (hand annotation)."""
import json, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
os.makedirs(D, exist_ok=True)
def C(q, sp, d, pol, k, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: c["speaker_name"] = name
    return c
def M(h, p, r, o, j): return {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j}
G = {}
d = "2019-03-19"
G["kg-01-kmib.txt"] = (M("경남, 수출주도형 스마트팜 혁신밸리 추진", "2019-03-19T20:56+09:00", None, None, "48"), [], [
 C("경남도가 나노 기술을 활용한 수출주도형 스마트팜 혁신밸리 조성 사업을 추진한다", None, d, ["agriculture"], "plan"),
 C("스마트팜 혁신밸리 예비계획서를 지난 8일 제출했다", None, d, ["agriculture"], "achievement"),
 C("최근 현장평가를 마쳤으며 오는 25일 대면평가를 거쳐 이달 말 사업대상지가 최종 확정된다", None, d, ["agriculture"], "statement"),
 C("스마트팜 혁신밸리는 스마트팜 관련 생산·교육·연구 기능을 모두 갖춘 일종의 산업단지로", None, d, ["agriculture"], "plan"),
 C("도는 이를 위해 지난 1월 행정부지사를 추진단장으로", None, d, ["agriculture"], "achievement"),
 C("스마트팜 혁신밸리의 지속가능한 산업 생태계를 조성할 계획이다", None, d, ["agriculture"], "plan"),
 C("정부 공모 스마트팜 혁신밸리에 선정되면", None, d, ["agriculture"], "statement"),
 C("도는 이를 발판삼아 스마트팜 실증단지를 중심으로 전후방 산업을 육성하는 동시에", None, d, ["agriculture"], "statement"),
], ["경남, 수출주도형 스마트팜 혁신밸리 추진", "조성할 계획인 ‘경남 스마트팜 혁신밸리’ 조감도", "경남은 작물 재배에 적합한 기후 여건을 갖추고 있는 전국 1위 시설원예단지다", "도는 올해 스마트 산업을 적극 추진할 계획"])

d = "2024-08-13"
G["kg-02-imaeil.txt"] = (M("5년간 4조원 투입 경북형 탄소중립 프로젝트 추진…온실가스 배출량 43% 감축", "2024-08-13T15:36:59+09:00", None, "매일신문", "47"), [], [
 C("경상북도가 2030년까지 온실가스 배출량을 43% 감축하는 '경북형 탄소중립 프로젝트'를 추진한다", None, d, ["climate-carbon"], "target"),
 C("온실가스 배출량 감축을 위한 4대 추진전략 46개 세부과제를 추진한다고 밝혔다", None, d, ["climate-carbon"], "plan"),
 C("도에 따르면 탄소 중립을 위해 도는", None, d, ["climate-carbon"], "plan"),
 C("또 건물, 수송, 농·축산, 자원순환, 흡수원, 산업 등 총 6대 부문에 세부 사업들도 시행한다", None, d, ["climate-carbon"], "plan"),
 C("전망매출량 대비 15만t의 온실가스 감축 등 건물의 에너지 효율성을 높여 나간다", None, d, ["climate-carbon", "energy-transition"], "target"),
 C("같은 기간 수송 분야에선 노후경유차 18만대 폐차", None, d, ["future-vehicles", "fine-dust"], "target"),
 C("탄소중립포인트제 가입 자동차를 2만7천대로 확대해 34만t의 온실가스 감축을 계획하고 있다", None, d, ["climate-carbon"], "target"),
 C("농·축수산 부문에선 축분기반 농업에너지 전환", None, d, ["agriculture", "energy-transition"], "plan"),
], ["4대 추진전략 46개 세부과제 수립", "경북도청 전경. 매일신문DB.", "'경북형 탄소중립 프로젝트'를 소개하고 있다. 경북도 제공.", "또 2030년까지 총 2천726"])

d = "2023-07-20"; L = "lee-gang-deok"
G["kg-03-kukinews.txt"] = (M("포항시, '이차전지·수소도시' 도약 발판 마련", "2023-07-20T17:48:42+09:00", None, None, "47110"), [L], [
 C("철강산업에 이어 미래 신산업 발전에 기여할 '이차전지·수소도시' 도약 발판을 마련한 것", None, d, ["energy-transition"], "achievement"),
 C("이강덕 시장은 20일 시청에서 기자회견을 갖고", L, d, ["energy-transition"], "achievement"),
 C("그동안 축적한 도시 저력과 역량을 모아 이차전지·수소도시로 도약할 것", L, d, ["energy-transition"], "plan"),
 C("양극재 글로벌 시장 점유율 1위의 독보적 위상과 대규모 기업투자 유치 등이다", None, d, ["investment-attraction"], "achievement"),
 C("포항은 수소도시 기반 조성을 통해 친환", None, d, ["energy-transition"], "plan"),
], ["이강덕 시장이 이차전지·수소도시 계획을 설명하고 있다. (포항시 제공)", "수소연료전지 클러스터 예타 '통과'", "수소도시 기반 조성, 친환경 산업도시 실현", "포항 등 4개 지역이 이차전지 특화단지로 지정됐다", "포항은 선도기업 여부, 신규 투자 계획", "포항은 앞으로 산단 기반시설을 포함해 다양한 정책 지원을 받게 된다"])

d = "2022-10-06"
G["kg-04-kukinews.txt"] = (M("김해시 부울경 최초 스마트도시 인정받은 이유는", "2022-10-06T10:57:44+09:00", None, None, "48250"), [], [
 C("김해시가 부울경 지역에서 최초로 스마트도시로 인정받았다", None, d, ["smart-city"], "achievement"),
 C("일명 '리빙랩'을 도입한 것이 주 요인이다", None, d, ["smart-city"], "achievement"),
 C("결국 스마트 도시시책을 추진하는데 시민들의 적극적인 참여가 있었기에 가능했다", None, d, ["smart-city", "citizen-participation"], "achievement"),
 C("5대 분야에 스마트 시스템을 구축했다", None, d, ["smart-city"], "achievement"),
 C("시는 4차 산업혁명 시대에 대비한 스마트도시 사업을 추진하고자 2019년 스마트도시팀을 만들었다", None, d, ["smart-city"], "achievement"),
 C("과단위 스마트도시담당관으로 승격시켜 스마트도시 사업을 본격화했다", None, d, ["smart-city"], "achievement"),
 C("스마트 도시 주요 기반시설 분야로는 스마트도시통합운영센터를 운영한 것이 대표적 사례다", None, d, ["smart-city"], "statement"),
 C("시는 2014년 별관청사 1층에 CCTV통합관제센터인", None, d, ["smart-city", "disaster-safety"], "achievement"),
 C("이 센터에는 방범과 주정차단속 등 CCTV 4561대와 비상벨 233대를 관제한다", None, d, ["smart-city", "disaster-safety"], "statement"),
 C("영상정보를 공유하는 스마트 안전망도 구축해", None, d, ["smart-city", "disaster-safety"], "achievement"),
 C("2017년에는 스마트도시 통합플랫폼을 도입했다", None, d, ["smart-city"], "achievement"),
 C("내년에는 차량등록사업소 자리에 복합건물을 지어", None, d, ["smart-city"], "plan"),
], ["그 이유는 뭘까", "스마트도시는 정보통신기술(ICT)과 빅데이터 등 신기술을 접목해"])

d = "2019-01-31"
G["kg-05-idaegu.txt"] = (M("달서구 “신청사는 두류정수장 후적지가 딱”", "2019-01-31T22:10+09:00", "정은빈", None, "27290"), [], [
 C("유치전에 뛰어든 대구 달서구청이 유치 활동 계획을 구체화했다", None, d, ["city-hall"], "plan"),
 C("대구시청사 유치 TF(Task Force·전담반)를 꾸리고 31일 첫 회의를 열었다", None, d, ["city-hall"], "achievement"),
 C("이전 필요성을 공론화할 방침이다", None, d, ["city-hall"], "plan"),
 C("연구 용역은 오는 4월 말까지 90일간 이뤄진다", None, d, ["city-hall"], "statement"),
 C("용역 착수 보고회는 오는 2월 11일 열 예정이다", None, d, ["city-hall"], "plan"),
 C("이어 3월 말 중간 보고회, 4월 말 최종 보고회를 갖는다", None, d, ["city-hall"], "plan"),
 C("시민설문조사와 시민공청회는 최종 보고회 전인 4월 중 실시할 예정이다", None, d, ["city-hall"], "plan"),
 C("‘범구민추진위원회’도 발족하기로 했다", None, d, ["city-hall"], "plan"),
 C("가장 큰 과제는 두류정수장 후적지 진입도로 확장이다", None, d, ["city-hall"], "statement"),
 C("시청사 건립 시 추가 도로 확보가 필요한 상태다", None, d, ["city-hall"], "statement"),
 C("달서구청은 달구벌대로에서 정수장으로 바로 연결되는 도로 확장을 고민하고 있다", None, d, ["city-hall"], "statement"),
 C("두류공원 방면 동쪽 차량 진입로 개설 등 차선책도 논의할 계획이다", None, d, ["city-hall"], "plan"),
 C("올 7월 시청사 유치 제안서 공모 때 대구시로 제출키로 했다", None, d, ["city-hall"], "plan"),
 C("대구시는 지난 1월 1일 ‘신청사건립추진단’을 모은 데 이어", None, d, ["city-hall"], "achievement"),
], ["시청사 유치 활동 본격화", "전담 TF 꾸리고 첫 회의"])

d = "2022-05-20"; S = "song-cheol-ho"
G["kg-06-donga.txt"] = (M("송철호 “해상풍력 확대해 일자리 창출”", "2022-05-23T03:00+09:00", None, "동아일보", "31"), [S], [
 C("부유식 해상풍력발전과 수소산업, 동북아 오일·가스 허브 등은 울산의 신성장동력이자 미래 먹거리 산업이다", S, d, ["energy-transition"], "statement"),
 C("이 사업이 멈추는 순간 울산의 미래도 멈춘다", S, d, ["energy-transition"], "statement"),
 C("울산 앞바다에 2030년까지 원전 10기에 해당하는 10GW(기가와트) 규모의 풍력발전단지를 조성하는", S, d, ["energy-transition"], "target"),
 C("이제 재생에너지와 조선·자동차·화학이 융합된 미래형 신산업도시로 나가야 한다", S, d, ["energy-transition"], "plan"),
 C("세계가 탄소중립으로 가고 있다", S, d, ["climate-carbon"], "statement"),
 C("RE100(재생에너지 100% 캠페인)과 탄소국경세 등으로", S, d, ["energy-transition", "climate-carbon"], "statement"),
], ["‘울산의 미래’를 위해 한 번 더 시정을 맡겨 달라", "‘시민의, 시민을 위한, 시민에 의한 행정’이 있었기에 가능했다", "울산은 1962년 공업단지 지정 이후 60년간", "20일 울산 중구 캠프 사무실에서 만난 더불어민주당 송철호 울산시장 후보", "송 후보는 “부유식 해상풍력발전단지는 울산의 신성장동력이자 미래 먹거리 산업”이라고 말했다"])

O = "oh-gyu-seok"
G["kg-07-maeililbo.txt"] = (M("오규석 기장군수, 기장군 현안 해결 위한 1인시위 이어가", "2021-09-24", "최인락", "매일일보", "26710"), [O], [
 C("그는 도시철도 정관선·기장선 조기 건설, 일광신도시 우회도로 즉각 개설을 요구했다", O, "2021-09-24", ["public-transit"], "plan"),
 C("또 저류지 공원 조성, 오시리아 관광단지 내 하수처리장 신설", O, "2021-09-24", ["disaster-safety"], "plan"),
 C("지난 18일에도 박성훈 부산시 경제부시장과 면담을 하고", O, "2021-09-18", ["public-transit"], "plan"),
 C("당시 오 군수는 도시철도 정관선·기장선을 원전비상사태 시", O, "2021-09-18", ["public-transit", "disaster-safety"], "statement"),
], ["오 군수는 24일 12시 부산시청 시민광장 앞에서 1인 시위를 벌였다", "군민들의 절박한 아우성을 부산시에 전하고자 이 자리에 섰다", "정관선·기장선은 원전비상사태 시 시민 구할 생명선"])

d = "2025-12-17"; B = "bae-gwang-sik"
G["kg-08-seoul.txt"] = (M("배광식 대구 북구청장 인터뷰", "2025-12-18", None, "서울신문", "27230"), [B], [
 C("생기를 잃은 공간에 새로운 활력을 불어넣는 게 급선무였다", B, d, ["urban-regeneration"], "statement"),
 C("도시재생을 해답으로 선택한 결과 북구는 도심융합 특구와 기회발전 특구로 지정되는 등", B, d, ["urban-regeneration", "decentralization", "investment-attraction"], "achievement"),
 C("관광 활성화를 통해 생활인구를 늘려야 하는 만큼", B, d, ["culture-tourism"], "plan"),
 C("대구를 찾은 사람들이 금호강에서 하루를 온전히 보낼 수 있어야 한다", B, d, ["culture-tourism"], "plan"),
], ["20대 초반 행정고시에 합격한 그는", "금호강 시대를 열어야 한다고 주장해 왔다", "하중도 개발과 대구 관문에 있는 신천 하수처리장의 지하화", "특히 북구는 치맥 페스티벌과 함"])

K = "kang-seok-ju"
G["kg-09-onseoul.txt"] = (M(None, None, None, None, "48220"), [K], [
 C("지난 8월 탑승객 연인원 1,300만 명을 돌파한 통영케이블카와", K, None, ["culture-tourism"], "achievement"),
 C("가장 큰 숙제는 경제와 일자리입니다", K, None, ["jobs"], "statement"),
 C("지난 4월 5일 고용위기지역 지정에 이어", K, None, ["jobs"], "achievement"),
], ["회원사 초청 팸투어를 실시했다", "300년 통제영 문화유산을 가진 역사의 고장입니다", "걸출한 문화 예술인들을 배출한 예향의 도시입니다", "조선산업 붕괴로 최악의 고용·실업률을 기록하고 있는", "통영은 현재 조선업 불황으로 지역경제가 매우 어렵습니다"])

for name, (meta, offs, claims, nots) in G.items():
    g = {"article": name, "metadata": meta, "officials": offs, "claims": claims, "not_claims": nots}
    open(os.path.join(D, name + ".json"), "w", encoding="utf-8").write(json.dumps(g, ensure_ascii=False, indent=1) + "\n")
    print(name, len(claims))
print("total", sum(len(v[2]) for v in G.values()))
