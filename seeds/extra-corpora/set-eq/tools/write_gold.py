"""Write set-eq gold files (hand annotation). C(quote, speaker, date, policies, kind)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(HERE, '..', 'gold')
def C(q, s, d, p, k): return {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
G = {}
D = '2026-03-13'
G['eq-01-asiae.txt'] = ({"headline": "동 단위 통합 치매 관리체계 구축", "published": "2026-03-13", "reporter": None, "outlet": None, "jurisdiction": "11620"},
 ["park-jun-hui"], [
 C("전국 최초로 관내 21개 전 동을 '치매안심마을'로 지정 완료했다", None, D, ["dementia-care"], "achievement"),
 C("치매안심마을은 치매 환자와 가족이 안전한 일상을 보낼 수 있도록 지역사회 기반의 안전망을 구축하는 사업이다", None, D, ["dementia-care"], "statement"),
 C("2018년 보라매·은천동을 시작으로, 올해 초 서원·신원·남현·난향동 지정을 끝으로", None, D, ["dementia-care"], "achievement"),
 C("구는 올해 신규 지정된 4개 동에서 '치매안심노리터'를 총 8회 운영한다", None, D, ["dementia-care"], "plan"),
 C("매주 새로운 놀이를 접목한 신체·두뇌 통합 인지 활동 프로그램으로 치매 예방을 도모하며", None, D, ["dementia-care", "public-health"], "plan"),
 C("구는 주민 주도형 치매안심마을 정착에 주력하며 치매 안심가맹점 확대, 기억 친구 교육 등을 추진해왔다", None, D, ["dementia-care"], "statement"),
 C("서울시 광역치매센터 우수사례 경진대회 대상 등 6건을 수상했으며", None, D, ["dementia-care"], "achievement"),
 ], ["동 단위 통합 치매 관리체계 구축", "올해 치매 환자 수가 100만 명을 돌파할 것으로 예상되는 가운데", "오후 2시부터 4시까지 사전 신청 없이 무료로 참여할 수 있다", "남현동은 지난 10일부터 매주 화요일 예촌어린이공원에서"])

D = '2018-08-20'
PK = 'park-nam-chun'
G['eq-02-bizm.txt'] = ({"headline": "박남춘 인천시장 \"워터프런트 민주적 절차 따를 것… 시장이 함부로 못바꿔\"", "published": "2018-08-21", "reporter": "윤설아", "outlet": None, "jurisdiction": "28"},
 [PK], [
 C("광역버스 정책은 '원칙'적으로 가겠다는 소신을 밝혔다", PK, D, ["public-transit"], "plan"),
 C("시내버스 준공영제는 투명성을 높이기 위한 제도 개선을 검토할 구상이다", PK, D, ["public-transit"], "plan"),
 C("방재 기능이 있는 1-1공구를 시작으로 1-2공구까지 단계별로 추진할 수 있도록 검토하겠다", PK, D, ["disaster-safety"], "plan"),
 C("박남춘 시장은 광역버스에 대한 소신도 굽히지 않았다", PK, D, ["public-transit"], "statement"),
 C("임기 내 광역버스 준공영제 도입은 없을 것이라는 원칙은 분명하다", PK, D, ["public-transit"], "plan"),
 C("광역버스 폐선에 대비해 인천교통공사 운영을 철저히 준비한 만큼 효율적 운영을 하기 위해 공부할 것", PK, D, ["public-transit"], "plan"),
 C("1천억원의 예산이 투입되는 시내버스 준공영제에 대해서는 투명성을 확보하기 위한 제도개선 의지를 밝혔다", PK, D, ["public-transit"], "plan"),
 C("대당 표준 운송원가가 적정한지 검토가 필요하다는 방향성을 갖고 있다", PK, D, ["public-transit"], "plan"),
 ], ["\"광역버스 준공영제 도입 불가\" 원칙 확인… 시내버스 제도 개선 방침도", "최근 시의 현안인 송도 워터프런트 조성사업과 광역버스 폐선 논란에 대해 입을 열었다",
     "워터프런트 사업은 지방재정투자심사위원회가 결정한 만큼 시장이 함부로 바꿀 수 없다", "공약 사항인 만큼 사업을 추진하되 민주적 과정과 절차에 따라 진행하겠다"])

D = '2025-01-22'
G['eq-03-breaknews.txt'] = ({"headline": None, "published": "2025-01-22T15:25+09:00", "reporter": "박상도", "outlet": "브레이크뉴스", "jurisdiction": "28"},
 [], [
 C("2025년에도 ‘아이들이 행복한 도시'를 실현하기 위해 다양한 정책과 사업을 적극 추진하며", None, D, ["childcare-birth"], "plan"),
 C("임신·출산 지원, 아동 돌봄 강화, 출생률 반등을 위한 정책 확대 등 전방위적인 노력을 이어갈 계획이다", None, D, ["childcare-birth"], "plan"),
 C("임신과 출산을 지원하기 위해 난임 시술비 지원 정책이 한층 강화된다", None, D, ["childcare-birth"], "plan"),
 C("시술비 지원 횟수를 기존 부부당 25회에서 출산당 25회로 확대했으며", None, D, ["childcare-birth"], "achievement"),
 C("취약계층 산모를 위한 ‘맘편한 산후조리비’ 사업을 새롭게 도입해", None, D, ["childcare-birth", "welfare"], "plan"),
 C("아동 돌봄 공백 해소를 위해 다양한 지원책도 마련됐다", None, D, ["childcare-birth"], "achievement"),
 C("정부 지원 기준이 가구중위소득 150% 이하에서 200% 이하로 완화됐으며", None, D, ["childcare-birth"], "achievement"),
 C("활동 돌보미에게 추가 수당을 지급해 돌봄 품질을 높일 계획이다", None, D, ["childcare-birth"], "plan"),
 C("초등학생에 대한 틈새돌봄 서비스도 새로 선보인다", None, D, ["childcare-birth"], "plan"),
 ], ["○ 행복하고 건강한 임신·출산 지원", "○ 틈새 없는 든든한 영유아·아동 돌봄", "해당 지원은 2월부터 ‘정부24’를 통해 신청할 수 있다"])

D = '2015-08-13'
E = ["energy-transition"]
G['eq-04-maeil.txt'] = ({"headline": "노원구, 아파트 베란다서 연 1억2000만원 전기 생산", "published": "2015-08-13", "reporter": "김종영", "outlet": "매일일보", "jurisdiction": "11350"},
 [], [
 C("노원구가 베드타운에서 벗어나 태양의 도시로의 도약하고 있다", None, D, E, "statement"),
 C("기후변화 문제에 대응하고 에너지 자립도시를 조성하기 위해 아파트 베란다에 미니 태양광 발전시설을 신청한 400세대에게", None, D, ["energy-transition", "climate-carbon"], "achievement"),
 C("2000가구 이상을 노원구에 설치한다는 목표를 세우고 주민들에게 접수받은 결과 8일까지 1061가구의 신청을 받았다", None, D, E, "achievement"),
 C("이는 지금까지 서울시 미니태양광 전체 접수분 3965개의 26%에 달하는 실적이다", None, D, E, "achievement"),
 C("서울시 미니태양광 보급 접수현황을 자치구별로 살펴보면", None, D, E, "statement"),
 C("노원구가 25개 자치구중 압도적 1위를 차지한 것", None, D, E, "achievement"),
 C("2012년 탈핵-에너지전환 도시선언 이후 에너지 정책의 실질적인 변화를 위해 구 행정력을 집중했기 때문이다", None, D, E, "achievement"),
 C("미니태양광 단체 신청자에게 서울시 지원금 30만원 이외에 추가로 5만원을 지원했다", None, D, E, "achievement"),
 C("단체로 신청한 공동주택이나 단체에는 구가 추진하는 사업에 우선 참여할 수 있도록 인센티브를 부여했다", None, D, E, "achievement"),
 C("구는 이들 가구에 5만원씩 1250만원을 추가 지원할 예정이다", None, D, E, "plan"),
 ], ["서울시 미니태양광 보급사업 25개 자치구 중 1위", "통상 250W짜리 미니 태양광 발전시설에서 한 달 24Kw의 전기를 생산하"])

D = '2024-03-06'
Y = 'yoo-jeong-bok'
G['eq-05-edaily.txt'] = ({"headline": "유정복 “인천시 공항경제권 구축, 국제항공도시로 도약”", "published": "2024-03-06T14:50+09:00", "reporter": "이종일", "outlet": "이데일리", "jurisdiction": "28"},
 [Y], [
 C("“공항경제권을 구축해 인천을 국제항공도시로 만들고 지역경제를 발전시키겠습니다.”", Y, D, ["airport-relocation"], "plan"),
 C("인천국제공항 관련 산업을 육성하겠다", Y, D, ["airport-relocation"], "plan"),
 C("나는 자동차가 현실화돼 올 하반기(7~12월)부터 인천 하늘에서 그 모습을 볼 수 있다", Y, D, ["future-vehicles"], "statement"),
 C("하늘을 나는 자동차의 출발은 인천공항이 될 것이다", Y, D, ["future-vehicles"], "statement"),
 C("공항을 기반으로 UAM이 발전하고 이와 연관된 산업은 자동차산업보다 더 크게 성장할 것이다", Y, D, ["future-vehicles"], "statement"),
 C("공항경제권과 첨단 모빌리티산업, 항공정비(MRO)산업, 드론산업 등의 장점을 융복합해 인천경제를 성장시킬 것", Y, D, ["airport-relocation", "future-vehicles", "fourth-industrial-revolution"], "plan"),
 C("인천을 국제항공도시로 육성하기 위해 다양한 노력을 기울이겠다", Y, D, ["airport-relocation"], "plan"),
 C("공항경제권은 공항의 항공운송기능을 기반으로 참여자 간 상호작용을 촉진해", None, D, ["airport-relocation"], "statement"),
 C("인천시는 ‘인천공항경제권 발전 기본계획’을 수립해", None, D, ["airport-relocation"], "statement"),
 ], ["■지자체장에게 듣는다-유정복 인천시장", "MRO·UAM 기반 구축, 일자리 창출 지원", "공항 수용인원 증가…제2공항철도 추진", "◇공항 중심 산업 생태계 육성",
     "미래에는 지구촌이 1일 생활권이 되는 시대가 도래할 것으로 생각한다", "유정복 인천시장. (사진=인천시)"])

D = '2019-10-04'
G['eq-06-wikitree.txt'] = ({"headline": "남동구, 구민 체감형 사업에 행정력 집중키로", "published": "2019-10-04T12:27+09:00", "reporter": None, "outlet": None, "jurisdiction": "28200"},
 ["lee-gang-ho"], [
 C("내년 남동구에서 추진될 주요 사업은 세대통합형 복합시설", None, D, ["welfare", "urban-regeneration", "city-hall", "youth-policy", "jobs"], "plan"),
 C("대·중소기업 상생형 스마트공장 지원 사업, 소래논현 도시개발지역 미세먼지 차단숲 조성, 소래포구 어시장 현대화사업", None, D, ["fourth-industrial-revolution", "fine-dust", "small-merchants"], "plan"),
 ], ["2020년 주요업무계획 보고회 마무리", "구민이 체감하는 가시적인 성과를 창출할 수 있도록 주요사업을 면밀히 분석하고 모든 행정력을 집결한다는 방침이다",
     "공직자의 창의ㆍ혁신 행정과 적극적인 업무추진 자세가 중요하다", "구정발전을 위한 참신한 특수시책을 지속적으로 발굴해 새로운 변화를 만들자"])

D = '2018-11-19'
P = 'park-won-soon'
U = ["urban-regeneration"]
G['eq-07-newsis.txt'] = ({"headline": "박원순 \"도시재생 정책, 재개발·뉴타운에 대한 반성\"", "published": "2018-11-19T17:06+09:00", "reporter": "배민욱, 윤슬기", "outlet": "뉴시스", "jurisdiction": "11"},
 [P], [
 C("\"도시재생은 일방적으로 추진됐던 재개발·뉴타운의 반성적 차원에서 만들어진 정책\"이라고 밝혔다", P, D, U, "statement"),
 C("대규모 재개발 과정에서 원주민이 쫓겨나고 지역 공동체도 해체되고", P, D, ["housing"], "criticism"),
 C("전면 철거형의 재개발 방식보다는 고쳐서 다시 쓰는 도시재생이 대안이 됐다", P, D, U, "statement"),
 C("중앙정부도 50조원을 투입하는 도시재생 뉴딜정책을 시행 중", P, D, U, "achievement"),
 C("동시에 재개발·재건축이 많이 지정되고 있다", P, D, ["housing"], "statement"),
 C("사전 타당성 검토단계를 거치고 주민들 의견도 중요하게 받아들이고 있다", P, D, ["housing"], "statement"),
 C("워낙 많은 지역이기 때문에 도시재생을 한번에 다할 수는 없다", P, D, U, "statement"),
 C("시간이 걸린다", P, D, U, "statement"),
 C("도시재생에 여러 사업이 진행되고 있어 시민의 삶의 질에는 큰 도움이 될 것이라고 믿는다", P, D, U, "statement"),
 ], ["박원순, 서울시의회 2일차 시정질문", "\"재개발 과정에서 주민들 아픔 겪어\"", "\"고쳐서 다시 쓰는 도시재생이 대안\"",
     "서울형 주민자치회 시범사업 활동공유회에서 인사말을 하고 잇다"])

D = '2026-01-02'
J = 'jin-gyo-hun'
G['eq-08-heraldcorp.txt'] = ({"headline": "서울 강서구, 2026년도 시무식 개최", "published": "2026-01-02", "reporter": "박종일", "outlet": "헤럴드경제", "jurisdiction": "11500"},
 [J], [
 C("인공지능, 빅데이터 등 첨단 선진 기업들이 밀집한 마곡산업단지의 경쟁력을 활용해", J, D, ["fourth-industrial-revolution"], "plan"),
 C("최근 몇 년간 강서의 사업체 수와 매출액, 종사자 수 모두 증가세를 보이고 있다", J, D, ["jobs"], "achievement"),
 C("초기 창업 기업의 안정적인 성장을 돕는 ‘창업허브센터’ 등의 정책들이 미래경제도시의 마중물이 될 수 있도록 안정적으로 추진해 나가겠다", J, D, ["housing", "small-merchants", "startup-support"], "plan"),
 ], ["미래경제도시로의 성장은 강서구의 5대 구정목표의 정책적 지향점과 맞닿아 있다", "미래의 첨단 기술을 가진 강서구의 경쟁력이 실질적인 경제적 효과로 나타나고 있다",
     "나라에 국격이 있듯이"])

D = '2026-02-23'
O, W = 'oh-se-hoon', 'jeong-won-o'
G['eq-09-khan.txt'] = ({"headline": "‘성수동의 성공’ 두고 두 유력 후보 공방", "published": "2026-02-23", "reporter": None, "outlet": None, "jurisdiction": "11200"},
 [W, O], [
 C("지금 성수동을 만든 것은 서울숲 조성과 IT진흥지구 지정, 열정있는 자영업자들", O, '2026-02-22', ["investment-attraction"], "achievement"),
 C("그래서 IT진흥지구로 지정했으며", O, D, ["investment-attraction"], "achievement"),
 C("‘젠트리피케이션 방지 정책’이 탄생했고", W, D, ["urban-regeneration"], "achievement"),
 C("도시재생 시범지구를 ‘서울숲 카페거리’로 조성하고, 소셜 벤처 지원 정책으로", W, D, ["urban-regeneration", "startup-support", "youth-policy"], "achievement"),
 C("복합문화공간 ‘언더스탠드 에비뉴’가 들어서면서 한 해 7000만명이 찾는 동네가 됐다고 설명했다", W, D, ["culture-tourism"], "achievement"),
 ], ["성수동에 이토록 관심을 가지시니 성동구청장에 직접 출마해 보시는 건 어떻겠느냐", "즉 성동구의 성장은 이명박 전 시장과 오 시장이 만들어냈다는 얘기다",
     "성수동은 어느 날 갑자기 만들어지지 않았다", "저와 성동구는 (성수동의 성장에) 조연을 맡았다"])

os.makedirs(OUT, exist_ok=True)
for name, (meta, offs, claims, nots) in G.items():
    doc = {"article": name, "metadata": meta, "officials": offs, "claims": claims, "not_claims": nots}
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
print(sum(len(v[2]) for v in G.values()), 'claims')
