"""Writes gold/*.json for set-jz (hand annotation)."""
import json, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
os.makedirs(D, exist_ok=True)
def C(q, sp, d, pol, k): return {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
G = {}
# 01 Jeonju buses (institutional)
d = "2025-12-09"; PT = ["public-transit"]
G["jz-01-fnnews.txt"] = dict(
 metadata=dict(headline="전주시, 완주 봉동·용진 방면 지간선제 운영", published="2025-12-09T12:03+09:00", reporter="강인", outlet="파이낸셜뉴스", jurisdiction="52110"),
 officials=[],
 claims=[
  C("새해 첫날부터 전주와 완주 봉동·용진 방면을 오가는 시내버스가 지간선제로 바뀐다고", None, d, PT, "plan"),
  C("지간선제는 시내버스와 마을버스를 연계하는 방식으로", None, d, PT, "statement"),
  C("전주 시내버스 21개 노선이 6개로 통합돼", None, d, PT, "plan"),
  C("완주군 시설관리공단에서 운영하는 마을버스 8대가 맡는다", None, d, PT, "plan"),
  C("순환노선이 신설되고 KTX 이용객을 위한 심야버스도 확대 운영된다", None, d, PT, "plan"),
  C("이번 노선 개편은 광역교통체계로 가는 밑그림으로", None, d, PT, "statement"),
 ],
 not_claims=["전북 전주 시내버스 완주 방면 지간선제 도입 전후 노선도", "전주시, 완주 봉동·용진 방면 지간선제 운영"])
# 02 Chungnam smart-farm booklet (institutional)
d = "2024-03-07"; AG = ["agriculture"]
G["jz-02-ebaekje.txt"] = dict(
 metadata=dict(headline="충남도, 스마트팜의 모든 정보 ‘한권에’", published="2024-03-07T07:27+09:00", reporter="이원구", outlet=None, jurisdiction="44"),
 officials=[],
 claims=[
  C("‘스마트 농업 육성’을 도정 핵심 과제로 중점 추진 중인 가운데", None, d, AG, "achievement"),
  C("책자를 발간했다고 7일 밝혔다", None, d, AG, "achievement"),
  C("도의 스마트 농업 정책에 대한 청년농 등의 이해도 제고를 위해 마련했다", None, d, AG, "statement"),
  C("7장 100개 항목으로 구성했다", None, d, AG, "statement"),
  C("일반 농업과 스마트 농업의 차이점 등을 담았다", None, d, AG, "statement"),
  C("청년농 3000명 육성 및 250만 평 단지 조성 계획", None, d, ["agriculture", "youth-policy"], "target"),
  C("청년농 교육 과정 △충남형 스마트팜 참여 방법", None, d, ["agriculture", "youth-policy"], "statement"),
  C("충남에 정착할 스마트 농업인 자격", None, d, AG, "statement"),
 ],
 not_claims=["충남도, 스마트팜의 모든 정보 ‘한권에’", "책자 발간\nⓒ충청남도"])
# 03 Daejeon mayor at construction new-year event
d = "2024-01-24"; S = "lee-jang-woo"
G["jz-03-shinailbo.txt"] = dict(
 metadata=dict(headline="이장우 대전시장, 건설인 신년교례회 참석", published="2024-01-25T07:32+09:00", reporter="정태경", outlet=None, jurisdiction="30"),
 officials=["lee-jang-woo", "seol-dong-ho"],
 claims=[
  C("대전시는 지난해에 방위사업청을 조기에 이전했고", S, d, ["decentralization"], "achievement"),
  C("2200억 정도의 예산이 모이면 방위사업청의 사업을 시작할 것이다", S, d, ["decentralization"], "plan"),
  C("대전 중심의 방산업, 인재 연구 개발, 로봇 센서 이런 부분에 대한 성장을", S, d, ["research-development", "robot-industry"], "statement"),
  C("인재 육성 연구 개발 부분에 970억의 예산을 사용했다", S, d, ["research-development"], "achievement"),
  C("국가산업단지 160만평을 교촌동에 유치하면서", S, d, ["investment-attraction"], "achievement"),
 ],
 not_claims=["좋은 기업들이 오면 양질의 일자리가 창출될 것", "대전 지역 업체를 보호하고, 협력하는 일이다", "건설인 신년교례회에 참석했다"])
# 04 Jeonbuk governor's speech (province web site)
d = "2023-06-23"; S = "kim-gwan-yeong"
G["jz-04-jeonbuk.txt"] = dict(
 metadata=dict(headline="중앙정부 청년보좌역-전라북도 간담회 인사말", published="2023-06-23", reporter=None, outlet=None, jurisdiction="45"),
 officials=["kim-gwan-yeong"],
 claims=[
  C("핵심이 떠나는 청년을 안 떠나게, 비교적 그 숫자를 줄이는 것이 가장 중요하죠", S, d, ["youth-policy"], "statement"),
  C("여기에 쓸 만한 일자리를 만들어야 되는데", S, d, ["jobs", "startup-support"], "plan"),
  C("새로운 기업을 유치하고, 창업을 활성화하기 위해서는 창업에 관한 생태계를 만들어서", S, d, ["jobs", "investment-attraction", "startup-support"], "plan"),
 ],
 not_claims=["전라북도 청년정책포럼단 단원 여러분들", "인구소멸 위기를 어떻게 극복할까입니다", "자신감을 가져라, 자기 자신을 믿어라"])
# 05 Yeosu mayor, 3rd anniversary press conference
d = "2021-07-01"; S = "gwon-o-bong"
G["jz-05-fnnews.txt"] = dict(
 metadata=dict(headline="권오봉 여수시장 \"시민중심시정을 계속 펼쳐나가겠다\"", published="2021-07-01T15:44+09:00", reporter="황태종", outlet="파이낸셜뉴스", jurisdiction="46130"),
 officials=["gwon-o-bong"],
 claims=[
  C("민선7기 최대 성과로 코로나19 선제적 대응과 경제 활력", S, d, ["public-health"], "achievement"),
  C("유엔기후변화협약 당사국총회(COP28)은 유치추진단 구성과 공동 유치 시·군이 12개로 확대됐고", None, d, ["climate-carbon", "culture-tourism"], "achievement"),
  C("전남 최초 드라이브 선별진료소 도입과 광범위한 검체검사로 선제적 대응을 이어왔고", None, d, ["public-health", "agriculture"], "achievement"),
  C("소상공인을 위한 공공배달앱 '씽씽여수'와 '섬섬여수페이' 출시로 경제 활력을 이끌었다", None, d, ["small-merchants", "public-health"], "achievement"),
  C("10조 412억원의 전략적 투자유치와 국가", None, d, ["investment-attraction"], "achievement"),
 ],
 not_claims=["초심을 잃지 않고 시민중심 시정을 펼치면서", "특별법 제정이라는 새로운 역사를 썼다", "11개 다리 연결이 가시화되면서"])
# 06 Gwangju vice-mayor's site visit (institutional)
d = "2021-11-30"; CP = ["citizen-participation"]
G["jz-06-gjtnews.txt"] = dict(
 metadata=dict(headline="김종효 광주부시장, 남구지역 현안사업 현장 점검", published="2021-11-30T17:24+09:00", reporter="김영란", outlet="광주타임즈", jurisdiction="29"),
 officials=[],
 claims=[
  C("2020년 남구 ‘마을주민협치를 통한 공간 플랫폼 조성사업’", None, d, CP, "plan"),
  C("공동체 활성화 거점공간으로서의 역할을 할 것으로 기대된다", None, d, CP, "statement"),
  C("주민자치회가 중심이 되어 활발한 주민활동으로 마을공동체 활성화에 기여하고 있다", None, d, CP, "achievement"),
  C("2017년 월산5동 마을미래계획을 수립한 이후", None, d, CP, "achievement"),
 ],
 not_claims=["대촌동 주민자치회 관계자, 마을활동가 등과 간담회를 갖고", "월산5동 마을공동체사업 현장을 방문해 추진상황을 살펴봤다", "현안사업 현장을 방문해 추진현황 등을 점검했다"])
# 07 Jeju governor on the 2nd airport (undated)
S = "won-hee-ryong"; AR = ["airport-relocation"]
G["jz-07-donga.txt"] = dict(
 metadata=dict(headline=None, published=None, reporter=None, outlet="뉴시스", jurisdiction="50"),
 officials=["won-hee-ryong"],
 claims=[
  C("제주 제2공항은 제주의 경제지도를 바꿀 사업", S, None, AR, "statement"),
  C("제2공항 건설이 필요하다는 입장", S, None, AR, "statement"),
  C("도정에서 본격적인 논의와 작업을 벌여나가겠다", S, None, AR, "plan"),
  C("정부의 충분한 설명이 이뤄지도록 하겠고", S, None, AR, "plan"),
  C("정리된 입장을 모든 도민께 공개하겠다", S, None, AR, "plan"),
 ],
 not_claims=["19일 제주도의회 제369회 임시회 1차 본회의서 밝혀", "인사말을 통해 이 같이 밝혔다"])
# 08 Sejong mayor, garden-city expo (undated)
S = "choi-min-ho"; CT = ["culture-tourism"]
G["jz-08-newspim.txt"] = dict(
 metadata=dict(headline=None, published=None, reporter="홍근진", outlet="뉴스핌", jurisdiction="36"),
 officials=["choi-min-ho"],
 claims=[
  C("국제정원도시박람회에 시민들의 참여를 적극 요청했다고", S, None, CT, "plan"),
  C("성공 개최를 위해 시민과 민간 단체의 적극적인 동참을 당부했다", S, None, CT, "plan"),
  C("후방산업을 통해 기대하는 경제적 효과는 2조 4000억 원을 내다본다고", S, None, CT, "statement"),
  C("정원도시박람회 성공 개최는 공무원이나 전문가 노력만으로는 실현할 수 없다", S, None, CT, "statement"),
 ],
 not_claims=["경제소득에 따라 즐기는 도락이라는 것이 있다", "정원 가꾸기는 꽃과 나무처럼 생명을 다루는 일", "빼어난 정원 기반을 갖추고 있다", "집집마다 정원을 가꾸고 정원도시 세종을 가꿔주시면 좋겠다"])
# 09 Cheongju births (undated)
CB = ["childcare-birth"]; HO = ["housing"]
G["jz-09-newspim.txt"] = dict(
 metadata=dict(headline=None, published=None, reporter="백운학", outlet="뉴스핌", jurisdiction="43110"),
 officials=["lee-beom-seok"],
 claims=[
  C("2025년 출생아 수가 5525명으로 7년 만에 최고치를 경신하며", None, None, CB, "achievement"),
  C("체계적인 정책이 결실을 맺은 결과다", None, None, CB, "achievement"),
  C("청년층 결혼 부담 완화와 출산 가정 지원이 출생률 상승의 핵심 동력", None, None, CB, "statement"),
  C("지속 가능한 가족 지원 체계를 강화하겠다", None, None, CB, "plan"),
  C("아이 낳고 키우는 일이 자연스러운 선택이 되도록 도시 역할을 확대할 것", "lee-beom-seok", None, CB, "plan"),
  C("신혼부부 주거비 지원이 대표적이다", None, None, HO, "statement"),
  C("민선 8기 1469가구에 14억2000만원을 집행했다", None, None, HO, "achievement"),
  C("올해 400가구에 4억원을 추가 투입한다", None, None, HO, "target"),
  C("결혼·출산 대출 이자 지원도 통합 운영되며", None, None, ["childcare-birth", "housing"], "statement"),
  C("충북행복결혼공제는 청년 근로자 최대 4800만원 목돈 마련을 돕는다", None, None, ["youth-policy", "childcare-birth"], "statement"),
  C("임신·출산 단계 맞춤 복지도 강화됐다", None, None, CB, "achievement"),
  C("지원 유효기간을 6개월로 연장하고 생식세포 동결 비용도 보전한다", None, None, CB, "statement"),
  C("가임력 검사, 풍진 항체 검사, 영양제 지원, 백일해 예방접종 등이 이뤄진다", None, None, ["childcare-birth", "public-health"], "statement"),
  C("첫째 출산 가정은 2026년까지 최대 4426만원", None, None, CB, "statement"),
  C("보육 공백 최소화 정책도 두드러진다", None, None, CB, "statement"),
  C("공동육아 나눔터 6개소(오창 추가), 시간제·24시간 어린이집 확대", None, None, CB, "achievement"),
  C("놀이공간 확충은 가족 만족도를 높였다", None, None, CB, "achievement"),
  C("도심 물놀이장 10개소(2025년 8만8000명 이용)와 대형 놀이터", None, None, CB, "statement"),
 ],
 not_claims=[])
for name, g in G.items():
    out = {"article": name, **g}
    with open(os.path.join(D, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
print(len(G), sum(len(g["claims"]) for g in G.values()))
