"""Writes set-ho gold files (hand annotation, see GOLD_NOTES.md)."""
import json
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
def M(h, pub, rep, out, j): return dict(headline=h, published=pub, reporter=rep, outlet=out, jurisdiction=j)
G = {}
D = "2024-11-18"; S = "smart-city"
G["ho-01-jeonmae.txt"] = dict(metadata=M("인천 계양구, 스마트빌리지 3년 연속 선정… 디지털 혁신 조성 박차", D, "맹창수", None, "28245"), officials=[], claims=[
 C("3년 연속 정부 스마트빌리지 공모사업에 선정되며 디지털 혁신도시 조성에 박차를 가하고 있다", None, D, [S, "fourth-industrial-revolution"], "achievement"),
 C("3년 연속 선정돼 국비와 시비 등 총 36억 원을 확보했다고 밝혔다", None, D, [S], "achievement"),
 C("효성1동 원도심에는 다양한 스마트 인프라를 가동하고 있다", None, D, [S], "statement"),
 C("사물인터넷(IoT) 화재 예방 시스템을 설치했으며", None, D, [S, "fourth-industrial-revolution", "disaster-safety"], "achievement"),
 C("교통사고 예방을 위한 보행자 안전 서비스를 구축했다", None, D, [S, "disaster-safety"], "achievement"),
 C("‘스마트 헬스 키오스크’를 마련했으며", None, D, [S], "achievement"),
 C("스마트버스쉼터를 완공한다", None, D, [S, "public-transit"], "plan"),
 C("스마트폴, 스마트횡단보도, 스마트 그늘막, 스마트 공원 등을 추가로 구축할 계획이다", None, D, [S], "plan"),
 C("‘2024년 시민참여 리빙랩’도 운영해", None, D, [S, "citizen-participation"], "statement"),
 C("병방시장로 일대로 스마트 인프라를 확대할 계획이다", None, D, [S], "plan"),
 C("아동·청소년을 위한 ICT 스포츠교실도 새롭게 조성한다", None, D, [S], "plan"),
], not_claims=["계양구청사 전경. [계양구 제공]", "구는 앞으로도 지난"])
D = "2021-06-24"; L = "lee-jae-hyeon"; SM = ["small-merchants"]
G["ho-02-incheonin.txt"] = dict(metadata=M("인천 서구, 골목형상점가 7개소 지정 완료", D, "윤성문", None, "28260"), officials=[L], claims=[
 C("총 7개소의 골목형 상점가 지정을 완료했다고 24일 밝혔다", None, D, SM, "achievement"),
 C("지난 3일 ‘서구 골목형상점가 위원회’에서 6개소의 골목형 상점가를 지정했다", None, "2021-06-03", SM, "achievement"),
 C("이번에 지정된 골목형상점가는", None, D, SM, "statement"),
 C("이곳은 앞으로 컨설팅 지원사업과 공동마케팅", None, D, SM, "plan"),
 C("찾아가는 상인대학 등을 운영할 계획이다", None, D, SM, "plan"),
 C("그동안 소외된 소상공인들이 지원받을 기회가 마련되고", L, D, SM, "achievement"),
 C("골목형상점가의 활성화를 위해 아낌없는 지원을 하겠다", L, D, SM, "plan"),
], not_claims=["올해 1월 1호점 이어 6개소 추가 지정"])
D = "2019-11-28"; F = ["fine-dust"]
G["ho-03-ajunews.txt"] = dict(metadata=M("서울 영등포·동작·금천 일부 '미세먼지 집중관리구역' 지정 추진", "2019-11-28T10:26+09:00", None, None, "11"), officials=[], claims=[
 C("금천구 두산로·범안로를 '미세먼지 집중관리구역'으로 선정했다", None, D, F, "achievement"),
 C("연말까지 지정 고시할 계획이다", None, D, F, "plan"),
 C("관리조치가 중점적으로 시행된다", None, D, F, "statement"),
 C("스마트 에어샤워, 식물 벽 조성 등 지원사업이 이뤄진다", None, D, F, "statement"),
 C("서울시가 각 자치구와 함께 수립해 시행한다", None, D, F, "plan"),
], not_claims=[])
J = "jeong-won-o"
G["ho-04-sijung.txt"] = dict(metadata=M("성동구, ‘2019 스마트포용도시 포럼’", "2019-11-27T14:15+09:00", "이승열", "시정일보", "11200"), officials=[J], claims=[
 C("민선 7기 비전인 ‘스마트포용도시’를 선포한 지 1년여를 맞아", None, "2019-11-25", ["smart-city"], "statement"),
 C("포용력 있는 스마트시티를 꿈꾼다", J, "2019-11-25", ["smart-city", "welfare"], "plan"),
], not_claims=["성수동 언더스탠드에비뉴 아트스탠드에서 ‘2019 스마트포용도시 포럼’을 열었다", "톰 머피 전 미국 피츠버그 시장(오른쪽 세 번째) 등 참석자들이 함께 기념촬영"])
D = "2022-12-28"; P = "park-il-ha"; FV = ["future-vehicles"]
G["ho-05-seouland.txt"] = dict(metadata=M("동작구, 공영주차장 5곳에 전기차 충전기 추가 설치", "2022-12-28T09:05+09:00", "이동구", "서울&", "11590"), officials=[P], claims=[
 C("동작구가 공영주차장 5곳에 전기자동차 충전기를 설치하고 새해 1월부터 운영한다", None, D, FV, "plan"),
 C("구는 5억원의 예산을 확보해 공영주차장 5곳에 충전기 9대를 설치했다", None, D, FV, "achievement"),
 C("공영주차장으로, 내년 1월 중 운영을 시작한다", None, D, FV, "plan"),
 C("모두 1200여 개의 충전시설을 설치·운영하고 있다", None, D, FV, "statement"),
 C("친환경 수소·전기차 구매보조금 지원, 공공 급속충전기 확충을 지속 추진할 계획이다", None, D, FV, "plan"),
 C("탄소 중립과 기후 위기 대응을 위한 다양한 정책을 펼쳐가겠다", P, D, ["climate-carbon"], "plan"),
], not_claims=["새해 1월 운영을 앞둔 동작주차공원 내 전기자동차 충전소 모습"])
D = "2017-02-16"; U = ["urban-regeneration"]
G["ho-06-kukinews.txt"] = dict(metadata=M("창동·노원역 개발 본격화…'일자리·문화' 중심", "2017-02-16T10:18+09:00", "이연진", "쿠키뉴스", "11"), officials=[], claims=[
 C("도시경제기반형 도시재생활성화계획(안)이 '원안가결' 됐다고 16일 밝혔다", None, D, U, "achievement"),
 C("'일자리‧ 문화 중심지'로 재탄생될 전망이다", None, D, U + ["jobs"], "statement"),
 C("3대 목표로 설정하고, 12개 단위사업 및 24개 세부단위사업을 발굴해 연차별로 추진한다", None, D, U, "plan"),
 C("동북권 창업센터 건립 및 동부간선도로", None, D, U + ["startup-support"], "plan"),
 C("총 2조원 이상이 투자될 것으로 예상된다", None, D, U, "statement"),
 C("대표적 도시재생의 성공모델로 육성해 나갈 것", None, D, U, "plan", "김승원"),
], not_claims=["서울 창동‧상계 지역의 개발이 본격화된다", "법정계획으로 확정돼 추진되는 것은 이번이 처음이다"])
O = "oh-se-hoon"
G["ho-07-hankyung.txt"] = dict(metadata=M("상계·창동 동북권 개발나서", None, None, None, "11"), officials=[O], claims=[
 C("서울대병원 등 일자리를 유치하고, ‘지천 르네상스’를 통한 문화 공간을 구축해 신도심을 조성하기로 했다", None, None, ["jobs", "culture-tourism"], "plan"),
 C("주민을 위한 상업시설과 문화시설, 일자리 등이 부족한 상황", O, None, ["jobs", "culture-tourism"], "criticism"),
 C("480만 개 일자리와 상업시설 등을 조성해 도심 기능을 활성화할 것", O, None, ["jobs"], "target"),
 C("바이오메디컬 클러스터가 조성될 전망이다", None, None, ["medical-industry"], "statement"),
 C("시는 이곳에 서울대병원과 바이오 기업 등을 유치하겠다는 계획이다", None, None, ["medical-industry", "investment-attraction"], "plan"),
 C("앵커시설로 서울대병원 유치에 총력을 다하고 있다", O, None, ["medical-industry"], "statement"),
 C("일자리 창출과 문화생활을 동시에 누릴 수 있는 방향으로 개발 계획을 수립 중", O, None, ["medical-industry", "jobs", "culture-tourism"], "plan"),
 C("콘서트 전문 공연장 ‘서울아레나’는 내년 5월 착공해 2025년 9월 준공될 예정이다", None, None, ["culture-tourism"], "plan"),
], not_claims=["'지천 르네상스'로 신도심 조성", "동북권 신도심 조성 현장을 방문해 주요 사업 현황에 대한 설명을 듣고 있다", "동북권 개발에 나선다", "선거 공약 중 하나인 동북권 제4도심 개발 계획을 밝혔다", "상계동과 창동 사이 중랑천을 연결하는"])
Y = "yoo-jeong-bok"; CB = ["childcare-birth"]
G["ho-08-ajunews.txt"] = dict(metadata=M("유정복 \"인구 증가는 곧 경제 성장의 기반\"", None, None, None, "28"), officials=[Y], claims=[
 C("출생아 증가율 1위 등 인천이 대한민국의 성장을 주도하고 있다", Y, None, CB, "achievement"),
 C("전국 평균(1.9%)의 5배 이상 넘어서는 압도적 1위", Y, None, CB, "achievement"),
 C("i 정책 시리즈 효과가 국가 인구소멸 위기 극복의 터닝 포인트가 된 것", Y, None, CB, "achievement"),
 C("이렇게 빨리 정책효과가 나타난 것은", Y, None, CB, "statement"),
 C("저출생 문제 해결을 위해 '인천형 저출생 정책 제1호'로", None, None, CB, "statement"),
 C("아이가 18세가 될 때까지 중단 없이 지원하는 인천형 출생 정책으로 설계되어 있다", None, None, CB, "statement"),
 C("여건에 따라 최대 3.4억원까지 맞춤형 지원이 가능하다", None, None, CB, "statement"),
 C("'천사지원금'과 '아이 꿈 수당', 임산부 교통비 등이 포함되어 있다", None, None, CB, "statement"),
 C("모든 아이에게 1억원이 지원되며", None, None, CB, "statement"),
], not_claims=["글로벌 톱텐 도시로 인천은 게속해서 앞으로 나아갈 것", "2023년 실질 경제성장률도 4.8%로", "아이 한 명당 최대 3.4억 지원...인천의 파격적 저출생 정책"])
N = "park-nam-chun"; PH = ["public-health"]
G["ho-09-incheonilbo.txt"] = dict(metadata=M("막대한 재정 소요 이유 들어 제2의료원 '중장기 과제'로", None, None, None, "28"), officials=[N], claims=[
 C("국립대학 병원이 없어 공공의료의 공적인 책임을 맡아 수행할 기관이 없습니다", N, None, PH, "statement"),
 C("인천대학교에 의과대학을 설립하는 방안까지 연구해야 합니다", N, None, PH, "plan"),
 C("제2의료원 건립 부지 선정을 위한 기본계획 수립", N, None, PH, "plan"),
 C("공공의료가 나아갈 방향이 뭔지 심사숙고가 필요하다", N, None, PH, "statement"),
 C("'타당성 검토용역'을 내년에 별도로 추진하겠다는 입장을 내놨다", None, None, PH, "plan"),
 C("공공 의료기관 건립의 필요성과 더불어 재원 조달 방안", None, None, PH, "statement"),
 C("용역을 다시 추진한다는 것은 시간끌기용 꼼수다", None, None, PH, "criticism"),
 C("인천시장의 방침을 결단하고 공식화하라", None, None, PH, "criticism"),
], not_claims=["관련 질의 이어지자 “의료 여건 변화 고려 공공의료 방향 심사숙고 필요”", "박남춘 인천시장이 인천시의회 제271회 정례회에서 발언하고 있다", "건립에 대한 질의가 이어졌다"])
for name, g in G.items():
    d = {"article": name, **g}
    with open('/work/blind/set-ho/gold/' + name + '.json', 'w', encoding='utf-8') as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
    print(name, len(g['claims']))
print('total', sum(len(g['claims']) for g in G.values()))
