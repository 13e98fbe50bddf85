"""Writes gold/*.json for set-pi (hand annotation)."""
import json, os
G = {}
def c(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d

# pi-01 하동 하승철 신년인터뷰 (연합뉴스 repost on a board)
H = "ha-seung-cheol"; D = "2023-12-30"
G["pi-01-yfarmexpo.txt"] = {
 "metadata": {"headline": "[신년인터뷰] 하승철 하동군수 \"귀농·귀촌 정책 패러다임 획기적 전환\"",
              "published": "2023-12-30T00:00+09:00", "reporter": "박정헌", "outlet": "연합뉴스", "jurisdiction": "48850"},
 "officials": [H],
 "claims": [
  c("귀농인에만 한정된 사업들을 귀촌·귀향인까지 확대하겠다", H, D, ["agriculture"], "plan"),
  c("농업·농촌을 미래 먹거리의 성장엔진으로 육성하고", H, D, ["agriculture"], "plan"),
  c("국세 감소로 교부세가 많이 감소했다", H, D, ["decentralization"], "statement"),
  c("교부세가 삭감되지 않았다면 남은 채무를 다 갚고", H, D, ["decentralization"], "criticism"),
  c("귀농보다는 귀촌, 가구 형태로는 1인 가구, 연령으로는 60대가 주를 이루는 것으로 나타났다", H, D, ["agriculture"], "statement"),
 ],
 "not_claims": ["대송산단 관련 채무 975억 조기 상환 성과…교부세 삭감 아쉬워",
                "하동엑스포 행사장, 힐링·관광산업 함께 하는 공간으로 조성",
                "강력한 세출 구조조정과 효율적 재정 운영 노력으로 975억원을 조기 상환했다",
                "인구감소를 막기 위해 다양한 노력을 하고 있는데",
                "관리자 : 2023년 12월 30일 (토), 오전 12:00"],
}

# pi-02 남해 박영일 인터뷰 (한국경제, undated)
P = "park-yeong-il"
G["pi-02-hankyung.txt"] = {
 "metadata": {"headline": "\"힐링·건강 만족시킬 보물섬 남해로 귀농·귀촌 오세요\"",
              "published": None, "reporter": "강종효", "outlet": "한국경제", "jurisdiction": "48840"},
 "officials": [P],
 "claims": [
  c("남해군만의 귀농·귀촌자 유치 전략을 펼쳐 지역 농업에 새로운 활력을 불어넣겠습니다", P, None, ["agriculture"], "plan"),
  c("지난해 남해군이 차별화된 귀농·귀촌 유치 전략으로 전년 대비 큰 성과를 올렸다", P, None, ["agriculture"], "achievement"),
  c("올해는 이를 발판 삼아 귀농·귀촌의 메카로 도약하겠다", P, None, ["agriculture"], "plan"),
  c("남해군은 지난해 귀농·귀촌자 총 222가구, 376명을 유치해", None, None, ["agriculture"], "achievement"),
  c("특히 귀농자는 2013년 52가구, 116명에서", None, None, ["agriculture"], "statement"),
  c("최근 각 지자체가 각종 지원 혜택을 늘려 귀농을 적극 유도하고 있다", P, None, ["agriculture"], "statement"),
  c("남해군은 힐링과 건강이라는 테마를 활용하고", P, None, ["agriculture"], "statement"),
  c("민관 협치를 통한 체계적인 귀농·귀촌 유치 전략 시스템을 운영하고 있다", None, None, ["agriculture", "citizen-participation"], "statement"),
  c("올 상반기 중 지원조례 개정과 적극적인 홍보로 남해에 정착할 길을 활짝 열어나가겠다", P, None, ["agriculture"], "plan"),
 ],
 "not_claims": ["힐링·건강 만족시킬 보물섬 남해로 귀농·귀촌 오세요", "남해=강종효 기자 k123@hankyung.com"],
}

# pi-03 창녕 (gnmaeil page, outlet not named)
D3 = "2018-07-30"
G["pi-03-gnmaeil.txt"] = {
 "metadata": {"headline": "창녕군, 생태ㆍ문화ㆍ힐링관광 1번지 ‘박차’",
              "published": "2018-07-30T22:05+09:00", "reporter": "김희덕", "outlet": None, "jurisdiction": "48740"},
 "officials": ["han-jeong-u"],
 "claims": [
  c("지역발전 및 관광 활성화를 위해 첫걸음을 시작한다고 밝혔다", None, D3, ["culture-tourism"], "plan"),
  c("힐링관광 도시를 만드는 것을 목표로 노력하고 있다", None, D3, ["culture-tourism"], "statement"),
  c("이를 위해 첫째, 자연과 관광이 어우러진 매력적인 생태도시를 만들도록 노력하고 있다", None, D3, ["culture-tourism"], "statement"),
  c("생태관광인증 등록(한국관광공사)과 람사르 습지도시 인증을 추진하고 있으며", None, D3, ["culture-tourism"], "statement"),
  c("둘째, 창녕군 대표 휴양지인 부곡온천 활성화 및 화왕산의 옛 명성을 회복할 수 있도록", None, D3, ["culture-tourism"], "statement"),
  c("부곡하와이 재개장 및 재개발 자문단(단장 군수)을 구성", None, D3, ["culture-tourism"], "achievement"),
 ],
 "not_claims": ["2024-04-24 19:56 (수)", "민선7기 출범 한 달… 군정지표 설정ㆍ관광 활성화 첫걸음",
                "지난 6월 18일 개관한 우포잠자리나라 전경", "민선7기가 출범한지도 한 달이 지나갔다"],
}

# pi-04 울릉 관광설명회 (ktnbm page, outlet not named)
K = "kim-byeong-su-47940"; D4 = "2019-04-05"
G["pi-04-ktnbm.txt"] = {
 "metadata": {"headline": "55년 만에… 울릉도 일주도로 개통",
              "published": "2019-04-15T09:21+09:00", "reporter": "이예린", "outlet": None, "jurisdiction": "47940"},
 "officials": [K],
 "claims": [
  c("울릉도의 관광 산업 발전을 위해 새로운 마인드와 패러다임을 통해 인식 개선이 필요하다", K, D4, ["culture-tourism"], "plan"),
  c("여행업계 분들과 협업하여 울릉도의 관광활성화를 이룰 것이다", K, D4, ["culture-tourism"], "plan"),
  c("올해 100만 관광객을 노리고 호기로운 출발을 계획하고 있다", None, D4, ["culture-tourism"], "target"),
  c("대형여객선을 유치하여 여행수요에 대응하는 방안을 마련했다", None, D4, ["culture-tourism"], "achievement"),
  c("향후 사동항과 울릉공항의 착공과 도동항 여객부두 확장으로", None, D4, ["airport-relocation", "culture-tourism"], "plan"),
  c("국내 최초 국가지질공원 인증을 취득했으며", None, D4, ["culture-tourism"], "achievement"),
  c("더불어 스탬프 투어와 마라톤, MTB, 낚시, 트레킹", None, D4, ["culture-tourism"], "statement"),
 ],
 "not_claims": ["이번 관광설명회는 김병수 울릉도 군수가 임명 된 후 최초로 열린 울릉도 관광설명회로 그 의미가 깊다",
                "지난 5일 서울 여의도에 위치한 캔싱턴 호텔에서 울릉도 관광설명회가 개최했다",
                "관광 유치목표 및 추진전략과 울릉도의 관광 인프라에 대해 소개하는 시간을 가졌다",
                "2019 울릉도 관광설명회"],
}

# pi-05 예천 곤충산업 (institutional narration)
D5 = "2020-01-01"
G["pi-05-iyctv.txt"] = {
 "metadata": {"headline": "예천군, 새해 곤충산업 재도약을 꿈꾸다",
              "published": "2020-01-01T10:35:01+09:00", "reporter": "황성한", "outlet": None, "jurisdiction": "47900"},
 "officials": [],
 "claims": [
  c("2020년 새해는 예천군 곤충산업 재도약의 원년이 될 것으로 기대되고 있다", None, D5, ["agriculture"], "statement"),
  c("군은 곤충산업 고도화를 위한 농촌 신활력플러스", None, D5, ["agriculture"], "plan"),
  c("2020예천세계곤충엑스포를 예천곤충생태원과 예천읍 시가지 일원에서 개최하여", None, D5, ["agriculture", "culture-tourism"], "plan"),
  c("선도기업 유치 및 일자리 창출, 지역경제 활성화를 추구하는 사업이다", None, D5, ["agriculture", "jobs", "investment-attraction"], "statement"),
  c("4년간 총 70억 원의 사업비를 확보했다", None, D5, ["agriculture"], "achievement"),
  c("곤충 6차산업화 달성을 목적으로 한다", None, D5, ["agriculture"], "statement"),
  c("지역 주력산업으로 자리 잡기에는 미흡했다", None, D5, ["agriculture", "research-development"], "criticism"),
 ],
 "not_claims": ["황성한기자   |   송고 : 2020-01-01 10:35:01"],
}

# pi-06 강원 폐광지역 발전포럼 (강원일보 page, undated, no byline)
G["pi-06-kwnews.txt"] = {
 "metadata": {"headline": "[2025 폐광지역 발전포럼]폐광지역 지속가능한 대체산업·교통망 구축 모색",
              "published": None, "reporter": None, "outlet": None, "jurisdiction": "51"},
 "officials": ["park-sang-su", "lee-sang-ho", "choi-seung-jun", "choi-myeong-seo"],
 "claims": [
  c("대체산업 육성과 교통망 구축을 강조했다", None, None, ["public-transit"], "plan"),
  c("삼척시는 폐광지역에서 의료와 관광으로 전환을 꿈꾸고 있다", "park-sang-su", None, ["culture-tourism", "medical-industry"], "plan"),
  c("중입자 가속기 사업이 정부의 예타를 신속히 통과해야", "park-sang-su", None, ["medical-industry"], "plan"),
  c("무탄소 에너지 산업으로 전환을 준비하고 있다", "lee-sang-ho", None, ["energy-transition"], "statement"),
  c("강원 남부 고속철도망 연결 등 인프라 구축이 필요하다", "lee-sang-ho", None, ["public-transit"], "plan"),
  c("폐광지역 경제 회생의 핵심은 교통 인프라 확충", "choi-myeong-seo", None, ["public-transit"], "statement"),
  c("고속도로와 철도 등 기반 시설에 대한 신속한 국가 지원이 필요하다", "choi-myeong-seo", None, ["public-transit"], "plan"),
 ],
 "not_claims": ["2025 폐광지역 발전포럼 제1회의가 24일 정선 하이원리조트에서",
                "정부·지자체, “대체산업·교통 인프라에 힘 모은다”",
                "카지노에 대한 이중규제를 완화해야 한다"],
}

# pi-07 삼척 수소 (머니투데이 feature, institutional narration)
D7 = "2020-04-07"
G["pi-07-mt.txt"] = {
 "metadata": {"headline": "시멘트 대신 수소 선택한 삼척시...액화수소에 꽂히다",
              "published": "2020-04-07T05:30+09:00", "reporter": "안정준", "outlet": "머니투데이", "jurisdiction": "42230"},
 "officials": [],
 "claims": [
  c("1998년 근덕 원전 예정구역이 지정 철회됐고", None, D7, ["energy-transition"], "statement"),
  c("정부의 에너지 전환 정책과 지역 주민들의 반대(85%)로 지역발전은 동력을 잃었다", None, D7, ["energy-transition"], "criticism"),
  c("강원도는 모든 기회가 사라진 이곳에서 '수소'로 활로를 찾았다", None, D7, ["energy-transition"], "achievement"),
  c("삼척은 동해 항만을 바탕으로 수소를 공급하기 위한 최적지로 꼽힌다", None, D7, ["energy-transition"], "statement"),
  c("2025년까지 수소타운과 친환경리조트 등 주거시설이 대거 들어선다", None, D7, ["energy-transition"], "plan"),
 ],
 "not_claims": ["[수소엑스포 2020-그린수소 도시를 가다①] 삼척시의 과거와 미래",
                "대체 산업이 들어서지 못해 젊은이들은 서울이나 다른 도시로 떠났다",
                "강원도 삼척시는 시멘트와 석탄의 도시였다"],
}

# pi-08 세종 싱싱장터 4호점 (institutional narration; joongdo page, outlet not named)
D8 = "2025-01-16"
G["pi-08-joongdo.txt"] = {
 "metadata": {"headline": "세종시 로컬푸드직매장 싱싱장터 4호점, 23일 개장",
              "published": "2025-01-16T09:49+09:00", "reporter": "김덕기", "outlet": None, "jurisdiction": "36"},
 "officials": [],
 "claims": [
  c("세종시 로컬푸드직매장인 소담동 싱싱장터 4호점이 23일 개장한다", None, D8, ["agriculture"], "plan"),
  c("신선한 세종산 농산물을 만나볼 수 있는 싱싱장터 4호점은", None, D8, ["agriculture"], "statement"),
  c("23일부터 본격 개장해 시민들의 건강한 먹거리를 책임지게 된다", None, D8, ["agriculture"], "plan"),
  c("수산물(생물) 코너가 마련됐다", None, D8, ["agriculture"], "statement"),
  c("공익형 로컬가공소 '마슬마켓가공소' 1곳이 입점한다", None, D8, ["agriculture"], "statement"),
  c("지역 농산물을 활용해 다양한 가공품을 생산하는 곳으로", None, D8, ["agriculture"], "statement"),
  c("2층에는 세종형 실내놀이터 3호와 새활용센터가 조성돼", None, D8, ["childcare-birth"], "statement"),
  c("환승 주차장도 본격 운영돼 이용객들의 편의를 확보했다", None, D8, ["public-transit"], "achievement"),
  c("아울러 원활한 농산물 공", None, D8, ["agriculture"], "statement"),
 ],
 "not_claims": ["세종시 소담동에 들어서는 싱싱장터 4호점 내부 전경",
                "새활용센터는 폐기물 재활용 촉진을 위한",
                "센터는 내부 시설 보강과 프로그램 구성을 마무리한 뒤 오는 3월 말 운영될 예정이다",
                "-21~22일 시범운영…농가에서 식탁까지 신선한 세종산 농산물 공급"],
}

# pi-09 세종 최민호 확대간부회의 (글로벌에픽)
M = "choi-min-ho"; D9 = "2025-08-26"
G["pi-09-globalepic.txt"] = {
 "metadata": {"headline": "세종시 최민호 시장, \"한글문화도시 세종의 매력 전국에 알릴 기회\"...한글행사 준비 총력 당부",
              "published": "2025-08-26T22:14:59+09:00", "reporter": "오경희", "outlet": "글로벌에픽", "jurisdiction": "36"},
 "officials": [M],
 "claims": [
  c("방문객들이 한글문화도시 세종의 독특한 매력을 체감할 수 있도록 촘촘한 준비를 당부했다", M, D9, ["culture-tourism"], "plan"),
  c("외지에서 오는 방문객들에게 확실히 각인시켜야 한다", M, D9, ["culture-tourism"], "plan"),
  c("'2025 세종한글축제'를 운영한다", None, D9, ["culture-tourism"], "plan"),
  c("숙박시설, 먹거리, 굿즈 등 만반의 준비를 해야한다", M, D9, ["culture-tourism"], "plan"),
  c("한글도시와 정원도시의 품격을 보여야 한다", M, D9, ["culture-tourism"], "plan"),
  c("이응패스·여민전 통합카드 사용을 유도할 수 있는 혜택을 검토할 것을 요청했다", M, D9, ["public-transit", "small-merchants", "culture-tourism"], "plan"),
  c("세종시 최초 국가지정문화유산 지정이 예정된 한솔동 고분군을", M, D9, ["culture-tourism"], "plan"),
 ],
 "not_claims": ["UPDATED. 2025.09.01(월)",
                "중앙 예산 확보에 총력을 기울일 것을 주문했다",
                "우리시가 중점 추진한 예산이 내년도 정부 예산안에 원활하게 반영되고 있지만"],
}

os.makedirs('/work/blind/set-pi/gold', exist_ok=True)
for name, g in G.items():
    out = {"article": name, **g}
    out = {"article": name, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"], "not_claims": g["not_claims"]}
    with open(f'/work/blind/set-pi/gold/{name}.json', 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    print(name, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
