"""Writes set-md gold files (hand annotation; see GOLD_NOTES.md)."""
import json, os
G = '/work/blind/set-md/gold/'
os.makedirs(G, exist_ok=True)
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
def M(h, pub, rep, out, j): return {"headline": h, "published": pub, "reporter": rep, "outlet": out, "jurisdiction": j}
F = {}

# md-01: undated (no publication date in text) -> all dates null
K = 'kim-yung-rok'
F["md-01-hankyung.txt"] = (M("[지역일자리대책] 전남 일자리 플랫폼 구축 기업 1천개 유치", None, None, None, "46"), [K], [
 C("전남도는 청년 중심의 좋은 일자리를 창출해 인구 감소에 대응하고", None, None, ["jobs", "youth-policy"], "plan"),
 C("'내 삶이 바뀌는 전남 일자리 행복시대'를 목표로 한 일자리 창출 방안을 발표했다", K, None, ["jobs"], "plan"),
 C("청년이 정착하도록 좋은 일자리를 많이 만들어 달라는 도민 목소리를 받들겠다는 뜻을 밝혔다", K, None, ["jobs", "youth-policy"], "plan"),
 C("전남도는 지역 일자리 창출을 위해 '전남 일자리 플랫폼'을 구축한다", None, None, ["jobs"], "plan"),
 C("기획·집행·취업연계·창업지원·평가 등 원스톱 서비스가 이뤄지는 일자리 컨트롤타워다", None, None, ["jobs", "startup-support"], "statement"),
 C("시·도별 일자리 플랫폼이 필요하다는 제안도 했다", None, None, ["jobs"], "statement"),
 C("순천 '청춘 창고'를 지역 청년 일자리 정책 대표 사례로 제시했다", None, None, ["jobs", "youth-policy"], "achievement"),
 C("청년 마을로는 청년 활동가가 사회적 기업 등 마을 사업장에서 근무하며", None, None, ["jobs", "youth-policy"], "statement"),
 C("청춘 창고는 낡은 양곡 창고를 리모델링해 청년 창업 점포, 문화공간으로 탈바꿈시킨 것으로", None, None, ["startup-support", "youth-policy", "jobs", "culture-tourism"], "achievement"),
 C("전남도는 앞으로 대규모 창업 벤처타운을 조성하고 멘토단을 운영해 창업에 대한 종합적 지원을 하기로 했다", None, None, ["startup-support"], "plan"),
 C("사회적 경제 기업 2천개, 자립형 마을공동체 1천개를 육성해 사회적 경제 일자리도 창출한다", None, None, ["jobs"], "target"),
 C("스마트 팜·양식, 농수축산업 혁신 밸리 조성을 통해", None, None, ["agriculture"], "plan"),
], ["'청년 마을로' '청춘 창고' 사례 제시…창업벤처타운조성", "[지역일자리대책] 전남 일자리 플랫폼 구축 기업 1천개 유치"])

# md-02: institutional narration; dated 2017-01-09
D = "2017-01-09"
F["md-02-sisamagazine.txt"] = (M("목포시, 관광 활성화 위해 전방위적 사업 추진", D, "이지원", "시사매거진", "46110"), [], [
 C("목포시가 관광도시로 도약하기 위해 힘차게 걸음을 내딛고 있다", None, D, ["culture-tourism"], "statement"),
 C("해상케이블카 구간은 유달산 리라유치원 앞↔유달산 마당바위 밑↔고하도 공생재활원이다", None, D, ["culture-tourism"], "statement"),
 C("총 3.12km로 육상(2.3km)과 해상(0.82km)을 오가며 해상거리는 국내에서 최장이다", None, D, ["culture-tourism"], "statement"),
 C("올해 착공해 2018년 봄 운행할 예정이며", None, D, ["culture-tourism"], "plan"),
 C("시는 케이블카의 차별화를 위해 탑승에 그치는 것이 아니라 다양한 관광을 유도할 방침이다", None, D, ["culture-tourism"], "plan"),
 C("유달산에서는 둘레길과 인근 근대문화유산을 둘러보도록 하고", None, D, ["culture-tourism"], "plan"),
 C("섬과 섬을 연결하는 크루즈 여행도 구상하고 있다", None, D, ["culture-tourism"], "plan"),
 C("시는 천혜의 경관을 갖춘 고하도를 관광 상품화한다", None, D, ["culture-tourism"], "plan"),
 C("시는 고하도의 말바우 인근에 올해 완공을 목표로 높이 20m 규모의 전망대를 전액 도비(6억)로 설치한다", None, D, ["culture-tourism"], "plan"),
 C("‘고하도 해안 힐링랜드 조성사업’도 추진한다", None, D, ["culture-tourism"], "plan"),
 C("‘고하도 용오름 둘레숲길 정비사업’을 추진해 용오름 둘레숲길(왕복 6km)을 정비하고, 석굴 탐방로를 신설한다", None, D, ["culture-tourism"], "plan"),
], ["해상케이블카, 고하도 유원지 조성 등 관광콘텐츠 확충", "시 관광시책의 지난해 실적과 올해 추진계획 등에 대해 알아봤다",
    "220만9천㎡ 규모인 고하도는 용의 형상을 하고 있어 용섬이라 불린다", "▲ 고하도 유원지 조성사업"])

# md-03: dated 2025-11-18; 임택 동구청장
D = "2025-11-18"; K = 'lim-taek'
F["md-03-asiae.txt"] = (M("지난해부터 총 4천890점포 대상", D, None, None, "29110"), [K], [
 C("광주 동구는 지역 상권 활성화와 소상공인 경쟁력 강화를 위해 전 지역을 골목형상점가로 지정했다고 18일 밝혔다", None, D, ["small-merchants"], "achievement"),
 C("골목형상점가는 전통시장 또는 상점가에 포함되지 않는 골목상권 가운데", None, D, ["small-merchants"], "statement"),
 C("동구는 지난해 11월부터 이달 12일까지 지역 내 총 73개 4,890점포를 골목형상점가로 지정했으며", None, D, ["small-merchants"], "achievement"),
 C("이번 골목형상점가 지정으로 동구 전 지역에 온누리상품권 가맹이 가능해졌다", None, D, ["small-merchants"], "achievement"),
 C("현재 동구 내 온누리상품권 가맹점은 현재 3,350여 개소이며", None, D, ["small-merchants"], "statement"),
 C("동구랑페이 가맹도 함께 추진함으로써 지역 내 소비 촉진과 소상공인 매출 증대에 기여하고 있다", None, D, ["small-merchants"], "statement"),
 C("동구 전역 골목형상점가 73개소 지정은 지역 상권의 기반을 강화하는 중요한 계기가 됐다", K, D, ["small-merchants"], "achievement"),
 C("온누리상품권과 동구랑페이 등 지역경제 활성화 정책의", K, D, ["small-merchants"], "statement"),
], ["지난해부터 총 4천890점포 대상", "오는 27일에는 푸른마을공동체센터에서 각 골목형상점가 대표들을 초청해 전 지역 골목형상점가 지정 기념 선포식을 개최한다",
    "임택 동구청장이 소상공인들과 직접 대화하는 시간도 마련해 현장의 의견을 경청할 예정이다"])

# md-04: dated 2021-03-15 (board post date); 양승조 충남지사
D = "2021-03-15"; K = 'yang-seung-jo'
F["md-04-airkorea.txt"] = (M("“대한민국 탄소중립·그린뉴딜 이끈다”", D, None, "미세먼지 종합포털", "44"), [K], [
 C("충남이 대한민국 탄소중립과 그린뉴딜을 선도하겠다", K, D, ["climate-carbon"], "plan"),
 C("기후위기는 우리 인류가 마주한 가장 시급한 과제이며, 탄소중립은 우리 시대가 이뤄야 할 가장 절실한 목표", K, D, ["climate-carbon"], "statement"),
 C("깨끗한 공기·푸른 하늘을 되찾기 위해 탄소중립과 그린뉴딜을 앞장서 이끌어야 하는 것은 충남의 시대적 사명", K, D, ["climate-carbon", "fine-dust"], "plan"),
 C("도는 지난 2019년 전국 최초로 ‘기후비상상황’을 선포하며, 지난해 정부의 탄소중립 구상을 견인했다", None, D, ["climate-carbon"], "achievement"),
 C("또 자발적 미세먼지 감축 사업장을 20곳에서 123곳으로 늘리고, 노후 경유차 조기 폐차와 친환경 자동차 보급 등을 앞장서 추진 중이다", None, D, ["fine-dust", "future-vehicles"], "achievement"),
 C("전국 56개 기관이 참여한 탈석탄 금고를 추진, 148조 원 규모의 재생에너지 투자 전환을 유도했다", None, D, ["energy-transition"], "achievement"),
 C("탈석탄 동맹, 탈석탄 컨퍼런스 등을 통해서는 국내·외 국가·지방정부와의 공조 체제를 강화했다", None, D, ["energy-transition"], "achievement"),
], ["양승조 지사, 실국원장회의 통해 “충남이 중추적 역할 할 것”",
    "도내에는 전국 석탄화력발전소의 절반이 위치해 있으며", "이로 인해 도내 온실가스 배출량은 전국의 22.2%를 차지하고 있다",
    "초미세먼지 배출량 전국 1위, 미세먼지 연평균 농도 전국 2위라는 불명예도 안고 있다"])

# md-05: dated 2024-03-27; 김영환 충북지사
D = "2024-03-27"; K = 'kim-yung-hwan'
F["md-05-donga.txt"] = (M("김영환 지사, ‘서울인구심포지엄’ 인구증가로 기조연설", "2024-03-27T10:09:00+09:00", "장관섭", "스포츠동아", "43"), [K], [
 C("출산육아수당 1천만 원 지급, 전국 최초 난자 냉동시술비 지원, 임산부 예우조례 시행 등 출산·양육하기 좋은 환경을 조성하기 위해 시행하고 있는 다양한 정책들을 강조했다", K, D, ["childcare-birth"], "achievement"),
], ["도의 차별화된 인구증가 및 밀집정책을 주제로 기조연설을 했다", "이번 심포지엄은 인구위기 해법을 찾기 위해"])

# md-06: dated 2018-12-12; 원희룡 제주지사
D = "2018-12-12"; K = 'won-hee-ryong'
F["md-06-jejunews.txt"] = (M("元 지사 “제주현안 안정화 안 하면 대형 사고로”", D, "김승범", None, "50"), [K], [
 C("▲주거환경(부동산 안정화 등) ▲대중교통 ▲생활환경(쓰레기, 악취)", None, D, ["housing", "public-transit", "jobs", "future-vehicles", "culture-tourism"], "achievement"),
 C("부동산 가격폭등과 주거난, 대중교통, 주차, 쓰레기, 악취, 수자원 환경 인프라와 생활문제는 지금 안정화하지 않으면 대형사고가 생길 수 있어 개선을 위해 힘을 쏟겠다", K, D, ["housing", "public-transit"], "plan"),
], ["“도민생활에 안착시켜야 한다”고 강조", "제주현안 안정화 안 하면 대형 사고로"])

# md-07: institutional; dated 2026-01-04; announcement '2일 밝혔다' -> 2026-01-02 for the whole plan
D = "2026-01-02"
F["md-07-jjan.txt"] = (M("정착 지원 패키지 사업 추진…초기 정착부터 안정적인 생활까지 맞춤형 지원", "2026-01-04", None, None, "52140"), [], [
 C("익산시가 올해도 전입 청년의 초기 정착부터 안정적인 생활까지 돕는 맞춤형 지원을 이어간다", None, D, ["youth-policy"], "plan"),
 C("문화 향유와 자산 형성까지 종합적인 지원에 나선다고 2일 밝혔다", None, D, ["youth-policy"], "plan"),
 C("이 사업은 전입 청년 웰컴 박스, 이사비 및 부동산 중개보수비 지원, 문화예술패스, 웰컴 익산청년 우대저축 상품 운영 등으로 구성됐다", None, D, ["youth-policy"], "statement"),
 C("올해 지원 대상은 2025년 1월 1일 이후 시로 전입한 18~39세 청년이다", None, D, ["youth-policy"], "statement"),
 C("범위를 넓혀 보다 많은 전입 청년이 정책 혜택을 체감할 수 있도록 문턱을 낮췄다", None, D, ["youth-policy"], "achievement"),
 C("전입 청년 웰컴 박스에는 생활필수품과 함께 시 주요 청년 정책 정보가 담겨 있다", None, D, ["youth-policy"], "statement"),
 C("이를 통해 전입 초기 지역 정보 부족으로 겪는 불편을 줄이고 빠른 지역 적응을 돕는다", None, D, ["youth-policy"], "statement"),
 C("아울러 이사비 및 부동산 중개보수비를 1인당 최대 50만 원까지 지원해 주거비용 부담을 실질적으로 낮춘다", None, D, ["youth-policy", "housing"], "plan"),
 C("문화예술패스는 1인당 15만 원 상당으로, 전국 어디서나 문화·예술·여가 활동에 활용할 수 있다", None, D, ["youth-policy", "culture-tourism"], "statement"),
 C("장기 거주한 18~39세 청년까지 지원 대상을 확대해 문화 향유와 자기계발 기회를 넓혔다", None, D, ["youth-policy", "culture-tourism"], "achievement"),
 C("웰컴 익산청년 우대저축 상품은 1.0~1.5% 수준의 우대 금리 혜택을 제공해 자산 형성과 경제적 자립을 지원한다", None, D, ["youth-policy"], "statement"),
], ["익산시 ‘2026년 전입 청년 정착 지원 패키지 사업’ 안내 포스터. /사진 제공=익산시"])

# md-08: undated -> all dates null; 이춘희 세종시장; outlet from caption
K = 'lee-choon-hee'
F["md-08-pwnews.txt"] = (M("이춘희 시장 제296회 정례브리핑서 '싱싱장터 누적 매출액 1,000억원 달성' 발표", None, None, "파워뉴스", "36"), [K], [
 C("세종시(시장 이춘희)가 ‘싱싱장터 누적 매출액’이 1,000억원을 달성했다", None, None, ["agriculture"], "achievement"),
 C("정례브리핑을 열어 ‘싱싱장터 누적 매출액 1,000억원 달성’에 대해 발표했다", K, None, ["agriculture"], "achievement"),
 C("지난 2014년부터 ‘세종형 로컬푸드 운동’을 적극 추진해 왔다", None, None, ["agriculture"], "statement"),
 C("이를 위해 세종형 로컬푸드 비전 선포식을 갖고, 전국 최초로 로컬푸드 전담조직인 로컬푸드과를 설치했다", None, None, ["agriculture"], "achievement"),
 C("2019년에는 아름점이 ‘우수농산물 직거래 사업장’으로 선정됐다", None, None, ["agriculture"], "achievement"),
 C("2018년에는 농식품부가 주관한 균특사업 평가에서 최우수사업에 선정됐고", None, None, ["agriculture"], "achievement"),
 C("4년간 91억원의 국비를 확보해 싱싱장터 3·4호점 건립을 추진하고 있다", None, None, ["agriculture"], "achievement"),
], ["정음실에서 제296회 정례브리핑을 열어 ‘싱싱장터 누적 매출액 1,000억원 달성’에 대해 발표하고 있다",
    "954 생산농가와 애정과 자부심을 갖고 지역 농산물을 구매해준 35만 세종시민 여러분께 진심으로 감사드린다",
    "시는 싱싱장터 누적매출액 1,000억원 달성을 기념, 내달초 기념행사와 포럼을 한다",
    "농산물을 저렴한 가격으로 판매하는 등 고객들에게 감사를 표하고, 세종시 로컬푸드를 알리는 전시홍보회도 가질 예정이다"])

# md-09: undated -> all dates null; 박정현 대덕구청장 (person key with code suffix)
K = 'park-jeong-hyeon-30230'
F["md-09-cctoday.txt"] = (M(None, None, "이정훈", "충청투데이", "30230"), [K], [
 C("지역화폐의 공식 명칭으로 ‘대덕e로움’을 선정했다고 4일 밝혔다", None, None, ["small-merchants"], "achievement"),
 C("대덕e로움은 쓰면 쓸수록 지역경제에 이로운 영향을 주는 지역화폐라는 의미를 담고 있다", None, None, ["small-merchants"], "statement"),
 C("3차에 걸친 내부심사를 거쳐 대덕e로움을 최우수작으로 확정했다", None, None, ["small-merchants"], "achievement"),
 C("BI·홍보동영상 등을 제작해 지역화폐를 본격적으로 홍보하는 한편", None, None, ["small-merchants"], "plan"),
 C("지역화폐 명칭공모에 있어 우리 구가 전국 최고의 응모 건수를 기록했다", K, None, ["small-merchants"], "achievement"),
 C("착실히 준비해 침체된 지역경제와 대한민국 경제에 파란을 일으킬 수 있도록 최선을 다할 것", K, None, ["small-merchants"], "plan"),
 C("대덕구 지역화폐 대덕e로움은 오는 6월말 출시되며 50억원 규모로 발행된다", None, None, ["small-merchants"], "target"),
], ["Untitled-2.jpg", "▲ 대전 대덕구 제공"])

n = 0
for f, (m, offs, claims, nots) in F.items():
    json.dump({"article": f, "metadata": m, "officials": offs, "claims": claims, "not_claims": nots},
              open(G + f + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    n += len(claims); print(f, len(claims))
print('total', n)
