"""Write set-jv gold files (hand annotation). C(quote, speaker, date, policies, kind)."""
import json
from pathlib import Path
G = Path(__file__).resolve().parent.parent / "gold"
def C(q, s, d, p, k): return {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
def M(h, pub, rep, out, j): return {"headline": h, "published": pub, "reporter": rep, "outlet": out, "jurisdiction": j}
KT, D1 = "kim-tae-heum", "2025-09-18"
E = ["energy-transition"]
g = {}
g["jv-01-seoul.txt"] = (M(None, "2025-09-18", None, "서울신문", "44"), [KT], [
 C("친환경 수소 산업 벨트를 구축한다", None, D1, E, "plan"),
 C("글로벌 수소 허브로 탈바꿈이 목표다", None, D1, E + ["climate-carbon"], "plan"),
 C("서해안 수소산업 벨트 구축 본격 추진을 선언했다", KT, D1, E, "plan"),
 C("추진 전략은 △수소 120만t 생산", None, D1, E + ["future-vehicles"], "target"),
 C("투자 예산은 2030년까지 5년간 10조 9173억원 규모다", None, D1, E, "statement"),
 C("대학은 인력 양성과 연구개발에 나서고", None, D1, E + ["research-development"], "plan"),
 C("충남 네 번째 수소 도시로 조성된다", None, D1, E, "plan"),
 C("탄소중립 대처와 인공지능(AI) 시대에 따른 전력 수요 급증 대응을 위해 탈석탄과 에너지 다변", KT, D1, ["climate-carbon"] + E, "statement"),
], ["이미지 확대 김태흠 충남지사가 17일 충남 수소에너지 국제포럼 개막식에서 인사말을 하고 있다",
    "제7회 충남 수소에너지 국제포럼을 개최했다",
    "이번 협약에는 보령시·서산시·당진시·태안군 등 지자체를 비롯해",
    "지자체와 연구기관은 정책·행정·기술적 지원을 담당한다"])
D25, D04 = "2018-06-25", "2018-06-04"
IA, MI = "investment-attraction", "medical-industry"
g["jv-02-cmn.txt"] = (M("충청북도, 바이오기업 유치 ‘올인’한다", "2018-06-27T17:17+09:00", "심재영", "CMN", "43"), ["lee-si-jong"], [
 C("국내외 우수 바이오기업을 집중 유치하기로 했다고 지난 25일 밝혔다", None, D25, [IA, MI], "plan"),
 C("지난 4일 기업유치추진단(단장 맹은영(충청북도 바이오정책과장))을 구성하고 전면적인 기업유치 활동에 나섰다", None, D04, [IA], "achievement"),
 C("‘바이오산업의 중심, 충북’의 위상을 굳힌다는 의지다", None, D25, [IA, MI], "plan"),
 C("오송에 거점을 둠으로써 바이오기업의 투자 동향에 신속하게 대응할 계획이다", None, D25, [IA, MI], "plan"),
 C("유치 분야로는 바이오의약, 의료기기, 화장품, 천연물산업에 집중하고", None, D25, [IA, MI], "plan"),
 C("바이오 5각 벨트를 조기에 실현함과 동시에", None, D25, [IA, MI], "plan"),
], ["충청북도, 바이오기업 유치 ‘올인’한다", "바이오기업 투자유치추진단 구성, 공격적 유치활동 전개"])
D3, AG = "2025-03-19", "agriculture"
g["jv-03-channeljeju.txt"] = (M("서귀포시, 2025년 지속 가능한 1차산업 경쟁력 강화 집중", "2025-03-19T07:18+09:00", "박혜정", "채널제주", "50"), [], [
 C("서귀포시는 올 한 해 1657억 원을 투자해 지속 가능한 1차산업 경쟁력 강화에 집중할 것을 밝혔다", None, D3, [AG], "plan"),
 C("이는 농촌인구 초고령화*와 이상기후로 인한", None, D3, [AG, "climate-carbon"], "statement"),
 C("농업분야에서 고품질 감귤 생산 및 밭작물 대체품종 육성 등을 지원한다", None, D3, [AG], "plan"),
 C("FTA기금사업 확대지원 등 23개 사업에 644억 원을 투입하고", None, D3, [AG], "plan"),
 C("기후변화에 대응한 마늘 기계작업 대행비와 마늘 주아재배를 신규 지원한다", None, D3, [AG, "climate-carbon"], "plan"),
 C("농촌 인력난에 대응해 인력 지원사업 또한 확대한다", None, D3, [AG], "plan"),
 C("외국인 공공형 계절근로사업*은 3개소 140명으로 추진하며", None, D3, [AG], "target"),
], ["1차산업 종사자 소득안정과 기후변화 대응을 위한 정책지원 총력", "65세 이상 농업인 수 전체 농가의 44.7%",
    "양식장 고수온 피해", "열과 발생: (레드향) 도 38.4%"])
JH, D4, YP = "jeong-heon-yul", "2025-10-10", "youth-policy"
g["jv-04-fnnews.txt"] = (M("익산으로 전입한 청년에 '정착 지원 혜택'", "2025-10-10T14:24+09:00", "강인", "파이낸셜뉴스", "52140"), [JH], [
 C("전입 청년들 지역 정착을 돕기 위해 선물 보따리를 마련했다", None, D4, [YP], "achievement"),
 C("'전입 청년 정착지원 패키지 사업' 대상자를 모집한다고 10일 밝혔다", None, D4, [YP], "plan"),
 C("지원 분야는 △생활(전입 청년 웰컴 박스)", None, D4, [YP, "housing"], "statement"),
 C("생활필수품과 함께 익산시 주요 청년 정책 정보가 담겼다", None, D4, [YP], "statement"),
 C("1인당 15만 원 상당의 복지비를 지원할 예정이다", None, D4, [YP, "culture-tourism"], "plan"),
 C("지원으로 주거비 부담을 완화할 계획이다", None, D4, [YP, "housing"], "plan"),
 C("지원 대상은 9월 이후 익산시로 전입한 18~39세 청년이다", None, D4, [YP], "statement"),
 C("실질적인 도움이 되는 정책을 마련했다", JH, D4, [YP], "achievement"),
 C("청년이 주인공이 되는 익산을 만들기 위해 아낌없는 지원을 이어가겠다", JH, D4, [YP], "plan"),
], ["익산으로 전입한 청년에 '정착 지원 혜택'", "사업별 구체적인 요건과 신청 방법은 익산시 누리집 공고문에서 확인할 수 있다"])
HT, D5, FI = "heo-tae-jeong", "2018-07-12", "fourth-industrial-revolution"
g["jv-05-sisajournal.txt"] = (M("허태정 대전시장 “4차산업혁명 특별시 완성하겠다”", "2018-07-12T13:21+09:00", "김상현", "시사저널", "30"), [HT, "gwon-sun-taek"], [
 C("4차 산업혁명 특별시 완성은 저의 1호 공약이자", HT, D5, [FI], "statement"),
 C("자신의 가장 핵심 공약을 ‘4차 산업혁명 특별시’ 완성으로 꼽았다", HT, D5, [FI], "plan"),
 C("4차 산업혁명 특별시는 지난해 권선택 전 시장이 강력하게 추진하던 사업이다", None, D5, [FI], "achievement"),
 C("흐지부지되는 것이 아닌가 하는 우려를 낳았다", None, D5, [FI], "criticism"),
 C("4대 전략 25개 핵심과제를 계승하겠다는 뜻을 밝혔다", HT, D5, [FI], "plan"),
 C("민선 7기에 맞게 새롭게 디자인해서 시민들이 실질적으로 체감할 수 있도록 만들겠다는 계획이다", HT, D5, [FI], "plan"),
 C("이를 통해 나온 성과를 전국으로 확산시키겠다는 의지다", HT, D5, [FI], "plan"),
 C("좋은 일자리가 만들어지고 지역경제에 숨통이 트일 것으로 확신했다", HT, D5, [FI, "jobs"], "statement"),
 C("4차 산업혁명 특별시로 만들기 위한 과감한 정책 재설계를 하겠다", HT, D5, [FI], "plan"),
 C("왕성한 창업과 기업성장을 도모하고 일자리를 창출하는 톱니바퀴를 본격적으로 가동하겠다", HT, D5, [FI, "startup-support", "jobs"], "plan"),
], ["허태정 대전시장 “4차산업혁명 특별시 완성하겠다”", "대덕특구 활용해 대전 경제 발전 이룰 것",
    "4차 산업혁명 특별시를 완성해 지역경제를 활성화하겠다"])
KG, D6, W = "kang-gi-jung", "2026-02-27", "welfare"
g["jv-06-newspim.txt"] = (M("행정통합 이후 '기본 사회 돌봄'으로", "2026-02-27", "박진형", "뉴스핌", "29"), [KG], [
 C("복지공약 1호 '광주다움 통합돌봄'을 재설계하겠다고 밝혔다", KG, D6, [W], "plan"),
 C("5세대 기본사회 돌봄으로 진화할 것이다", KG, D6, [W], "plan"),
 C("전남의 특성을 고려한 맞춤형 서비스 전략이 필요하다", KG, D6, [W], "plan"),
 C("광주시는 2023년 전국 최초로 '광주다움 통합돌봄'을 도입했으며", None, D6, [W], "achievement"),
 C("올해는 4세대 기본 돌봄을 확대 개편 중이다", None, D6, [W], "statement"),
 C("대도시형·중소도시형·농어촌형·도서지역형 등 맞춤형 서비스를 제공할 방침이다", None, D6, [W], "plan"),
 C("예를 들어 대도시형은 맞벌이나 1인 가구가 많아", KG, D6, [W, "public-health"], "plan"),
], ["행정통합 이후 '기본 사회 돌봄'으로", "대도시·농어촌·도서지역 등 맞춤형",
    "광주다움 통합돌봄 정책에 대해 설명하고 있다", "지역별 특성이 모두 다르다"])
KJ, D7v, D7 = "kang-jin-won", "2022-12-06", "2022-12-12"
g["jv-07-siminilbo.txt"] = (M("강진원 강진군수, 원예농가와 선진 농업시설 현장 답사", "2022-12-12T11:07+09:00", "정찬남", "시민일보", "46810"), [KJ], [
 C("강진 농업의 새로운 도약 및 사업의 방향과 아이디어를 얻기 위해 지난 6일", None, D7v, [AG], "statement"),
 C("군은 관내 청년농 육성과 새로운 인구 유입 활성화를 위해", None, D7v, [AG, YP], "plan"),
 C("고흥 스마트팜 혁신밸리는 고흥군 도덕면 가야리 일대에", None, D7, [AG], "achievement"),
 C("임대형 스마트팜 조성은 청년에게 경험 축적의 기회를 제공해", KJ, D7v, [AG, YP], "statement"),
 C("농업 현장에 4차산업혁명 기술을 적용해 선도적으로 미래 농업을 준비해 나가겠다", KJ, D7v, [AG, FI], "plan"),
 C("시설원예분야 스마트팜 지원사업을 적극 추진할 계획이다", None, D7, [AG, YP], "plan"),
], ["강진원 강진군수, 원예농가와 선진 농업시설 현장 답사", "고흥 스마트팜 혁신밸리 방문.. 강진농업 접목 현장 운영 등 아이디어 모색",
    "200억 원 규모 지역특화 임대형 스마트팜 조성 준비"])
CM = "choi-min-ho"
g["jv-08-newdaily.txt"] = (M(None, None, None, None, "36"), [CM], [
 C("누구나 살고 싶은 행정수도 세종을 완성하겠다", CM, None, ["decentralization"], "plan"),
 C("국회 세종의사당과 대통령 제2집무실 건립을 지원해 지방시대 분권모델을 선도해 나겠다", CM, None, ["decentralization"], "plan"),
 C("과학기술 육성과 스마트도시를 기반으로 신성장 산업을 육성해", CM, None, ["smart-city", "research-development"], "plan"),
 C("시민 중심의 대중교통 서비스로 쾌적한 교통 환경과", CM, None, ["public-transit"], "plan"),
 C("청년의 성장을 지원하고 배움이 즐거운 미래교육도시", CM, None, [YP, "education", "culture-tourism"], "plan"),
], ["최민호 세종시장.ⓒ세종시", "첨단 과학기술과 문화예술이 만나는 미래", "총명하고 지혜로운 토끼의 힘을 받아"])
WH, FV = "won-hee-ryong", "future-vehicles"
g["jv-09-hankyung.txt"] = (M("원희룡 제주지사 \"제주에 전기차 인프라 관련규제 모두 없앨 것\"", None, None, "한국경제신문", "50"), [WH], [
 C("제주에 전기차 인프라 구축과 관련된 모든 규제를 없애겠다", WH, None, [FV], "plan"),
 C("규제 걸림돌이 없는 ‘전기차 천국’을 조성해", WH, None, [FV, IA], "plan"),
 C("‘클린 비즈니스 전략’도 내놓았다", WH, None, [FV], "plan"),
 C("전기차는 조용한 데다 배출가스가 없다는 장점도 있다", WH, None, [FV], "statement"),
 C("업무용 차량으로 타고 있는데 전혀 불편함이 없다", WH, None, [FV], "statement"),
 C("전기차로도 충분히 곳곳을 돌아다닐 수 있다", WH, None, [FV], "statement"),
 C("전기차 활성화를 위한 테스트 베드로 완벽한 조건을 갖추고 있다", WH, None, [FV, IA], "statement"),
 C("원 지사는 작년 9월 ‘카본프리 아일랜드 2030 제주’ 프로젝트를 발표했다", None, None, ["climate-carbon"], "achievement"),
 C("단계적으로 2030년까지 도내 차량을 전부 전기차로 바꾸는 프로젝트다", None, None, [FV, "climate-carbon"], "target"),
 C("이를 올해 말까지 8%로 높일 방침", WH, None, [FV], "target"),
 C("이와 연관된 다양한 사업이 등장할 것", WH, None, [FV], "statement"),
 C("청년 창업과 마을기업, 충전 스테이션 등 새로운 형태의 사업을 적극 지원해", WH, None, ["startup-support", YP, FV], "plan"),
], ["원희룡 제주지사 \"제주에 전기차 인프라 관련규제 모두 없앨 것\"", "한국경제신문과 인터뷰를 했다",
    "르노삼성자동차의 전기차 SM3 Z.E를 타고 도청에 도착했다", "전기차 비중이 가장 높은 국가는 노르웨이로 15% 수준"])
G.mkdir(exist_ok=True)
for name, (meta, off, claims, nots) in g.items():
    doc = {"article": name, "metadata": meta, "officials": off, "claims": claims, "not_claims": nots}
    (G / (name + ".json")).write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(name, len(claims))
