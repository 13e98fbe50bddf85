"""Write set-mi gold files. Claim tuple: (quote, speaker, date, policies, kind[, speaker_name])."""
import json, pathlib
GOLD = pathlib.Path(__file__).resolve().parent.parent / "gold"
G = {}
D = "2025-01-21"
G["mi-01-seouland.txt"] = dict(
 meta=("은평구, 2025년 참여예산 주민제안 사업 공모", "2025-01-21T09:53+09:00", None, "서울앤", "11380"),
 officials=["kim-mi-gyeong"],
 claims=[
  ("‘참여예산 주민제안 사업 공모’를 진행한다고 21일 밝혔다", None, D, ["citizen-participation"], "plan"),
  ("직접 사업을 제안할 수 있도록 마련됐다", None, D, ["citizen-participation"], "statement"),
  ("올해 참여예산 규모는 총 30억 원으로", None, D, ["citizen-participation"], "statement"),
  ("온라인 주민 참여 플랫폼 ‘참여의 큰숲’을 운영 중이며", None, D, ["citizen-participation"], "statement"),
  ("제안서 작성이 어려운 주민은 컨설팅 신청을 통해", None, D, ["citizen-participation"], "statement"),
  ("제안자의 정책 배경과 내용을 검토하고 유사 사례를 공유하며 완성도를 높인다", None, D, ["citizen-participation"], "statement"),
  ("공모에 참여하려면 온라인의 경우", None, D, ["citizen-participation"], "statement"),
  ("접수된 제안은 공론장을 통해 구체화되며, 주민총회의 투표를 거쳐 최종 선정된다", None, D, ["citizen-participation"], "statement"),
  ("선정된 사업은 2026년 예산에 반영되며", None, D, ["citizen-participation"], "statement"),
  ("참여예산 사업을 통해 매년 주민 체감형 정책과 창의적인 사업들이 발굴되고 있다", "kim-mi-gyeong", D, ["citizen-participation"], "achievement"),
 ],
 not_claims=["은평구, 2025년 참여예산 주민제안 사업 공모", "이번 공모에 구민 여러분의 많은 관심과 참여를 부탁드린다"])
D = "2020-12-30"
G["mi-02-donga.txt"] = dict(
 meta=("83년된 종로구청, 신청사 건립…내년 3월까지 임시청사", "2020-12-30T15:05+09:00", None, "뉴시스", "11110"),
 officials=["kim-yeong-jong"],
 claims=[
  ("신청사 건립에 따라 임시청사 대상지로 대림빌딩과", None, D, ["city-hall"], "plan"),
  ("현 청사 부지에 신청사를 건립하기 위해서는 기존 청사 철거, 문화재 발굴 등의 절차가 필요하다", None, D, ["city-hall"], "statement"),
  ("구는 청사 옆에 위치한 대림빌딩을 임시청사로 지정하고 단계별로 이전한다", None, D, ["city-hall"], "plan"),
  ("스마트도시과(신설)를 대림빌딩 7층으로 우선 이전한다", None, D, ["city-hall"], "plan"),
  ("해당 부서는 내년 1월4일부터 업무를 개시한다", None, D, ["city-hall"], "plan"),
  ("이후 내년 3월까지 나머지 부서들 역시 단계별로 이전하게 된다", None, D, ["city-hall"], "plan"),
  ("신청사 준공 시까지 입주할 예정이다", None, D, ["city-hall"], "plan"),
  ("연면적 6만7000㎡ 규모로 통합청사 건립 공사가 진행된다", None, D, ["city-hall"], "plan"),
  ("구는 2022년 6월 착공, 2024년 12월 준공을 목표로 하고 있다", None, D, ["city-hall"], "plan"),
  ("복합문화공간으로 조성될 예정이다", None, D, ["city-hall", "disaster-safety", "culture-tourism"], "plan"),
 ],
 not_claims=["83년된 종로구청, 신청사 건립…내년 3월까지 임시청사", "임시청사 대상지 대림빌딩·94빌딩"])
O = "oh-se-hoon"
G["mi-03-etoday.txt"] = dict(
 meta=("기후동행카드 수도권 협의 지속할 것", None, None, None, "11"),
 officials=[O],
 claims=[
  ("경기도·인천시와의 원만한 협의를 거쳐 내년 하반기에 사업을 본격화하겠다고 밝혔다", O, None, ["public-transit"], "plan"),
  ("저탄소 교통복지 정책인 '기후동행카드' 시범사업을 시작한다", O, None, ["public-transit", "climate-carbon"], "plan"),
  ("내년 1월까지 시범 사업을 시행하기 힘들 것이라는 판단을 했다", O, None, ["public-transit"], "statement"),
  ("시민들에게도 빨리 시행할수록 도움이 되는 측면이 있다", O, None, ["public-transit"], "statement"),
  ("기후동행카드가 서울시 재정에 플러스가 될지", O, None, ["public-transit"], "statement"),
  ("다음 달 7일에도 인천·경기와 함께 꾸준히 협의 지속할 것", O, None, ["public-transit"], "plan"),
  ("한강을 다양한 볼거리와 즐길 거리로 가득 채우겠다", O, None, ["culture-tourism"], "plan"),
  ("서울항을 조성하고 리버버스도 도입하겠다", O, None, ["public-transit"], "plan"),
  ("'수변 문화공간'을 모든 자치", O, None, ["culture-tourism"], "plan"),
 ],
 not_claims=["기후동행카드 수도권 협의 지속할 것", "글로벌 경쟁력이 상승세로 돌아서는 가시적인 성과가 나오기 시작했다",
             "글로벌 콘텐츠·브랜드 도시로 거듭나기 위한 투자를 아끼지 않겠다"])
D = "2015-03-23"
G["mi-04-womannews.txt"] = dict(
 meta=("강동구, 친환경 도시텃밭 봄 개장", "2015-03-23T15:32+09:00", "이경문", "여성종합뉴스", "11740"),
 officials=[],
 claims=[
  ("본격적인 텃밭 운영을 시작하였다고 23일 밝혔다", None, "2015-03-21", ["agriculture"], "achievement"),
  ("올해 강동구의 친환경 공공텃밭은 6천 구좌로 작년 5천3백 구좌보다 13%가 늘었다", None, D, ["agriculture"], "achievement"),
  ("도시농업 공간을 활용한 다양한 소통과 나눔 프로그램을 운영한다", None, D, ["agriculture"], "plan"),
  ("2020년까지 1만개 도시텃밭 구좌를 조성할 계획이다", None, D, ["agriculture"], "target"),
  ("주민 주도형 도시텃밭을 활성화하기 위하여 최선을 다하겠다", None, D, ["agriculture"], "plan"),
 ],
 not_claims=["강동구, 친환경 도시텃밭 봄 개장", "시간대별로 개장식을 개최하였으며 텃밭 분양을 신청한 가족과 단체 등 5천여 명이 참가하였다",
             "개장식 행사는 텃밭자치회 멘토의 이랑만들기"])
P, D = "park-nam-chun", "2019-07-01"
G["mi-05-yeongjong.txt"] = dict(
 meta=("박남춘 시장 ... 인천 상수도 선진화 로드맵 추진하기로", "2019-07-01T12:45+09:00", None, None, "28"),
 officials=[P],
 claims=[
  ("수돗물 사태가 조심스럽지만 정상화와 안정화 단계에 진입했습니다", P, D, ["water-supply"], "achievement"),
  ("수돗물 수질이 5월 30일 이전으로 회복된 것으로 밝혔고", P, D, ["water-supply"], "achievement"),
  ("공촌정수계 상수도는 완전 정상화단계에 들어설 것으로 보입니다", P, D, ["water-supply"], "statement"),
  ("엄격한 잣대를 통해서 정상화 여부를 판단하기로 했습니다", P, D, ["water-supply"], "plan"),
  ("시민들께서 100% 신뢰를 가지셔야 정상화라 생각합니다", P, D, ["water-supply"], "statement"),
  ("시민들이 수질 회복의 결과를 직접 확인하실 수 있도록 하겠습니다", P, D, ["water-supply"], "plan"),
  ("수돗물 사용 급식재개 여부를 판정하겠습니다", P, D, ["water-supply", "education"], "plan"),
 ],
 not_claims=["인천 상수도 선진화 로드맵 추진하기로", "1일 취임 1주년 기자간담회에서 수돗물 정상화 대책 발표",
             "취임 1주년 행사를 붉은 수돗물 정상화 대책마련 기자간담회로 대체했다", "다시 한 번, 사과의 말씀을 드립니다"])
D = "2017-11-04"
G["mi-06-maeililbo.txt"] = dict(
 meta=("인천 서구청 신재생에너지 태양광발전시설 설치", "2017-11-04", "김양훈", "매일일보", "28260"),
 officials=["kang-beom-seok"],
 claims=[
  ("신재생에너지사업을 적극 추진하고 있다고 4일 밝혔다", None, D, ["energy-transition", "climate-carbon"], "statement"),
  ("연간 약 5만2000㎾의 전기생산으로 에너지절약 효과를얻고 있다", None, D, ["energy-transition"], "achievement"),
  ("신원원창동 주민센터에 태양광발전설비를 설치할 예정이고", None, D, ["energy-transition"], "plan"),
  ("태양광과 지열의 융복합설비 설치에 대한 타당성을 검토중에 있다", None, D, ["energy-transition"], "statement"),
  ("신재생에너지의 발굴 및 확대보급에 최선을 다할 것", None, D, ["energy-transition"], "plan"),
 ],
 not_claims=["인천 서구청 신재생에너지 태양광발전시설 설치"])
Y, D = "yu-cheon-ho", "2021-07-08"
G["mi-07-kgnews.txt"] = dict(
 meta=("유천호 인천 강화군수 \"혁신의 바람 계속 불어넣을 것\"", "2021-07-08T09:09:20+09:00", None, None, "28710"),
 officials=[Y],
 claims=[
  ("관광객으로 북적이고, 활력이 넘치는 강화군을 만드는데 몰두하겠습니다", Y, D, ["culture-tourism"], "plan"),
  ("재난지원금 83억 원을 선제적으로 지원했고", Y, D, ["small-merchants"], "achievement"),
  ("가용할 수 있는 정책을 모두 동원했다", Y, D, ["small-merchants"], "achievement"),
  ("포스트 코로나 시대 군의 경쟁력 강화와 관광객 유치에 사활을 거는 이유", Y, D, ["culture-tourism"], "statement"),
  ("그는 관광객으로 북적이는 강화를 만드는데 전념할 뜻을 내비쳤다", Y, D, ["culture-tourism"], "plan"),
  ("이미 관광객 유치를 위한 새로운 공간 창출에 시동을 걸었다", None, D, ["culture-tourism"], "achievement"),
  ("강화를 힐링스테이케이션 여행지로 만들겠다는 계획이다", None, D, ["culture-tourism"], "plan"),
  ("교동 화개산 관광자원화사업", Y, D, ["culture-tourism"], "plan"),
 ],
 not_claims=["혁신의 바람 계속 불어넣을 것", "취임 3주년 인터뷰", "군정을 이끌겠다고 밝혔다",
             "군민들의 미소를 되찾을 수 있는 정책을 펼치겠다는 포부다", "체감경기는 가늠하기 어려울 정도로 혹독하다"])
C = "cha-jun-taek"
G["mi-08-japolicenews.txt"] = dict(
 meta=(None, None, None, None, "28237"),
 officials=[C],
 claims=[
  ("1천만 원의 국비를 지원받게 됐다고 밝혔다", None, None, ["jobs", "youth-policy", "labor-relations"], "achievement"),
  ("청년세대 일자리 토론회 개최 등을 내용으로 하는", None, None, ["jobs", "youth-policy", "labor-relations"], "achievement"),
  ("지역 청년일자리 문제와 청년 정책에 대한 의제 발굴에 함께 하며", None, None, ["jobs", "youth-policy"], "statement"),
  ("많은 정책과 실천이 나올 수 있도록 최선을 다해 지원하겠다", C, None, ["youth-policy"], "plan"),
 ],
 not_claims=["위원회는 청년 20명이 주변 청년들의 삶에 대해 이야기를 나눈다", "서로 열정을 모아 실천하도록 하겠다",
             "부평지역 청년들이 부평에서 행복한 미래를 꿈꾸기 바란다"])
K = "park-hyeong-u"
G["mi-09-kyeonggi.txt"] = dict(
 meta=("박형우 계양구청장 취임 3주년 기념식… 교육문화·경제도시 힘찬 도약 서부수도권의 허브화 ‘도전장’", None, None, None, "28245"),
 officials=[K],
 claims=[
  ("지난 3년간 활기찬 경제도시 및 교육문화도시 조성 등을 주요성과로 꼽으며", K, None, ["education"], "achievement"),
  ("계양구 주민들의 미래먹거리 기반을 만들었다", K, None, ["small-merchants", "education"], "achievement"),
  ("고용창출과 지방세수 증대", None, None, ["jobs"], "statement"),
  ("전국 최초 재난안전지도 제작", K, None, ["disaster-safety"], "achievement"),
  ("치매 통합지원센터 설치", K, None, ["welfare", "public-health", "dementia-care"], "achievement"),
 ],
 not_claims=["교육문화·경제도시 힘찬 도약 서부수도권의 허브화", "초등학교 등굣길의 학생들을 대상으로 교통안전 캠페인을 함께 하고 있다",
             "‘서운일반산업단지 조성’에 박차를 가하겠다는 의지를 밝혔다", "사람이 먼 장래를 걱정하지 않으면"])

KEYS = ("headline", "published", "reporter", "outlet", "jurisdiction")
if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    n = 0
    for art, g in G.items():
        claims = []
        for c in g["claims"]:
            d = dict(quote=c[0], speaker=c[1], date=c[2], policies=c[3], kind=c[4])
            if len(c) > 5: d["speaker_name"] = c[5]
            claims.append(d)
        n += len(claims)
        out = dict(article=art, metadata=dict(zip(KEYS, g["meta"])), officials=g["officials"], claims=claims, not_claims=g["not_claims"])
        (GOLD / f"{art}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(art, len(claims))
    print("total", n)
