"""Writes set-ee gold files (hand annotation) to gold/."""
import json, os
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold")
def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
def md(h, p, r, o, j):
    return {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j}
D = {}
O, d = "oh-se-hoon", "2025-10-20"
D["ee-01-sbs.txt"] = (md(None, "2025-10-20", None, None, "11"), [O], [
    c("주택 문제 해결에 총력을 기울이고 있다", O, d, ["housing"], "statement"),
    c("민간 주도로 시민이 살고 싶은 곳에 공급을 집중하고 신속통합기획을 통해 행정 지원 속도를 높이겠다", O, d, ["housing"], "plan"),
    c("사업지별로 착공까지 걸리는 기간을 대폭 단축하고 주택시장 안정과 시민의 주거 여건 개선에 기여하겠다", O, d, ["housing"], "plan"),
    c("최근 정부의 부동산 규제가 정비사업에 미칠 파장을 면밀히 검토하고", O, d, ["housing"], "plan"),
    c("최근 서울의 출생아 수가 8년 만에 증가세로 돌아섰다", O, d, ["childcare-birth"], "achievement"),
    c("'탄생응원 서울 프로젝트'를 확대하고 있다", O, d, ["childcare-birth"], "statement"),
    c("신혼부부에게는 미리내집을 공급해 주거 안정을 도모하고 동네마다 서울형 키즈카페를 만들어 양육의 부담을 덜겠다", O, d, ["housing", "childcare-birth"], "plan"),
    c("출산과 육아가 기쁨이 되는 도시, 그 길을 서울이 열겠다", O, d, ["childcare-birth"], "plan"),
    c("초고령 사회에 대응하기 위해 '9988 서울 프로젝트'를 추진 중", O, d, ["welfare"], "statement"),
    c("돌봄, 건강, 주거, 여가를 하나로 묶어 어르신들이 평생 지내온 동네에서 건강한 노후를 누릴 수 있게 하겠다", O, d, ["welfare"], "plan"),
], ["오세훈 서울시장이 20일 서울시청에서 열린 서울시에 대한 국회 국토교통위원회 국정감사에서 업무보고를 하고 있다"])

D["ee-02-news1.txt"] = (md("동대문구, 2050 탄소중립도시 선포…\"2030년 온실가스 40% 감축\"", None, "권혜정", "뉴스1", "11230"), ["lee-pil-hyeong"], [
    c("'동대문구 2050 탄소중립 선포식'을 개최하고 탄소중립도시 이행·실천 원년을 선포했다고 밝혔다", None, None, ["climate-carbon"], "plan"),
    c("'탄소중립도시'란 대기 중에 배출·방출 또는 누출되는 온실가스의 양에서", None, None, ["climate-carbon"], "statement"),
    c("구는 글로벌 추세에 맞춰 2030년에는 온실가스 40%를 감축하고 2050년에는 탄소중립을 실현한다는 계획이다", None, None, ["climate-carbon"], "target"),
    c("구는 이를 위해 '2050 탄소중립 녹색성장 기본계획'을 3월 중 수립할 예정이다", None, None, ["climate-carbon"], "plan"),
    c("미세먼지를 감축하는 도시숲을 조성하고 도시텃밭을 늘려 동대문구를 '꽃의 도시'로 가꿔나갈 방침이다", None, None, ["fine-dust", "climate-carbon"], "plan"),
    c("폐기물을 감량하고 공기 질을 개선할 예정이다", None, None, ["climate-carbon", "energy-transition", "future-vehicles", "fine-dust"], "plan"),
    c("구민 스스로 탄소중립을 실천할 수 있도록 '나만의 탄소중립 실천 서약서'를 제작해 배포한다", None, None, ["climate-carbon"], "plan"),
    c("'동대문구 탄소중립 지원센터'를 설치해 녹색성장을 추진하는 싱크탱크를 마련하고 구에 대통령직속 2050 탄소중립위원회를 유치할 계획이다", None, None, ["climate-carbon"], "plan"),
], ["이필형 구청장 \"기후위기 선제적 대응…일류도시로 발돋움\"", "이필형 동대문구청장은 \"탄소"])

K, d = "kim-gil-seong", "2023-04-09"
D["ee-03-wowtv.txt"] = (md("서울도 출산지원금 줄상향…중구 최대 1000만원", "2023-04-09T15:01+09:00", None, None, "11140"), [K], [
    c("서울 자치구들도 자체적으로 지원금을 지급하며 출산율 올리기에 안간힘을 쓰고 있다", None, d, ["childcare-birth"], "statement"),
    c("올해부터 출산양육지원금을 최대 1천만원까지 확대 지원한다고 9일 밝혔다", None, d, ["childcare-birth"], "plan"),
    c("다섯째 500만→1천만원으로 증액했다", None, d, ["childcare-birth"], "achievement"),
    c("지원금을 1천만원까지 상향한 건 서울 자치구 중 유일하다", None, d, ["childcare-birth"], "achievement"),
    c("확대 지원 대상은 올해 1월1일 이후 자녀를 출산한 중구민이며", None, d, ["childcare-birth"], "statement"),
    c("지원금은 전액 일시금으로 지급한다", None, d, ["childcare-birth"], "statement"),
    c("양육비 부담을 줄여주고 아이가 세상에 태어나는 순간부터 중구가 함께하겠다는 메시지", K, d, ["childcare-birth"], "statement"),
    c("보육시스템, 주거환경, 일자리까지 보다 큰 틀에서 저출산 현상을 바라보고 지자체 차원에서 할 수 있는 일을 해나가겠다", K, d, ["childcare-birth"], "plan"),
], ["서울도 출산지원금 줄상향…중구 최대 1000만원", "출생신고일로부터 6개월 이내 거주지 동주민센터를 방문해 신청하거나 정부24에서 온라인으로 신청하면 된다", "관련 문의는 중구청 가족정책과 출산가족팀에서 받는다"])

D["ee-04-seonamtoday.txt"] = (md(None, None, None, None, "11530"), [], [
    c("치매 환자와 가족, 주민이 더불어 사는 지역공동체를 만들기 위해 치매안심센터를 추가 설치했다", None, None, ["dementia-care"], "achievement"),
    c("오류1동에 치매안심센터 분소가 들어설 공간을 마련해 공사를 마치고 이달 초 본격적인 운영에 들어갔다", None, None, ["dementia-care"], "achievement"),
    c("치매관리 서비스의 접근성이 낮아지는 지역이 발생했다", None, None, ["dementia-care"], "statement"),
    c("이에 구로구는 분소를 마련키로 결정, 지난해 말 오류1동으로 대상지를 정했다", None, None, ["dementia-care"], "achievement"),
    c("하늘쉼빌딩 5층에 지어진 분소는 150㎡ 규모로", None, None, ["dementia-care"], "statement"),
    c("치매예방 및 인지향상 프로그램 운영, 치매환자 가족 지원 등 다양한 사업을 추진한다", None, None, ["dementia-care"], "statement"),
    c("경증 치매 어르신 2명이 교대로 음료를 제공하는 등 카페 운영에 참여하는 기회도 제공한다", None, None, ["dementia-care"], "statement"),
    c("분소 운영으로 지리적 한계를 극복하고 어르신의 돌봄 사각지대를 해소할 수 있을 것", None, None, ["dementia-care", "welfare"], "statement"),
], ["앞으로도 어르신들이 안전하고 건강한 지역사회를 조성하기 위해 최선을 다하겠다"])

d = "2020-02-19"
D["ee-05-seouland.txt"] = (md("서대문구, 26년 만에 마을버스 노선 신설", "2020-02-21T05:03+09:00", None, "서울&", "11410"), ["mun-seok-jin"], [
    c("신설 마을버스가 첫 운행을 시작한다고 밝혔다", None, d, ["public-transit"], "achievement"),
    c("구에 새 마을버스 노선이 생기는 것은 1994년 ‘서대문04번’ 개통 이후 26년 만이다", None, d, ["public-transit"], "achievement"),
    c("지난해부터 노선 신설을 본격 추진했다", None, d, ["public-transit"], "achievement"),
    c("지난해 11월 마을버스 운송사업자를 선정했다", None, d, ["public-transit"], "achievement"),
    c("새 노선은 왕복 4㎞ 운행구간에 총 정류소는 24개며", None, d, ["public-transit"], "statement"),
], ["서대문구, 26년 만에 마을버스 노선 신설", "본 콘텐츠는 <서울&>의 의견과 다를 수 있으며"])

d = "2026-02-03"
SM = ["small-merchants"]
D["ee-06-kmib.txt"] = (md("인천시, 소상공인·금융취약계층 종합 지원…39억 투입", "2026-02-03", None, None, "28"), [], [
    c("인천소상공인종합지원센터를 중심으로 각종 지원사업을 추진한다고 3일 밝혔다", None, d, ["small-merchants", "welfare"], "plan"),
    c("관련 예산으로는 39억원이 투입된다", None, d, ["small-merchants", "welfare"], "statement"),
    c("금융취약계층 회복 등을 포괄하는 종합 지원체계를 구축하는데 중점을 두고 있다", None, d, ["small-merchants", "welfare"], "statement"),
    c("현장 밀착형 상담과 전문적인 사업 운영을 통해 정책 체감도를 높일 계획이다", None, d, SM, "plan"),
    c("‘소상공인 특색간판 지원사업’을 새롭게 도입한다", None, d, ["small-merchants", "startup-support"], "plan"),
    c("‘지역방송 협력 소상공인 판로개척 지원사업’ 등을 통해서는 매출 증대와 경쟁력 강화를 도모한다", None, d, SM, "plan"),
    c("‘폐업 및 새출발 지원사업’을 확대해 점포 철거 및 원상복구 비용 등을 지원하고 기술훈련 등을 뒷받침한다", None, d, SM, "plan"),
    c("상권별 특성과 수요를 반영한 ‘맞춤형 상권 브랜딩 지원사업’을 신규 추진한다", None, d, SM, "plan"),
    c("민간 전문가와 협업해 상권 진단과 발전 전략을 수립하고 브랜드북 제작 등을 통해 실질적인 성과로 이어질 수 있도록 지원할 예정이다", None, d, SM, "plan"),
    c("‘우리마을 상인회 활성화 지원사업’ 등을 통해서는 공동 마", None, d, SM, "plan"),
], ["인천시, 소상공인·금융취약계층 종합 지원…39억 투입"])

P = "park-nam-chun"
D["ee-07-24news.txt"] = (md("박남춘 인천시장, 소상공인과 ‘취중진담 간담회’ 개최", "2018-11-11T14:40+09:00", "양다겸", "한국뉴스", "28"), [P], [
    c("어려움을 겪고 있는 소상공인들을 위해 현장 소통 행정을 펼치고 있다", None, "2018-11-11", SM, "statement"),
    c("소상공인들의 매출증대 및 골목 상권을 활성화 시킬 수 있는 다양한 지원 정책을 발굴하기 위해 이번 간담회를 마련했다", None, "2018-11-11", SM, "statement"),
    c("수렴해 더 좋은 상생 협력 방안을 찾을 수 있는 소중한 시간이 됐다", P, "2018-11-09", SM, "statement"),
    c("앞으로 지역 소상공인들을 도울 수 있는 모든 방법을 강구하겠다", P, "2018-11-09", SM, "plan"),
], ["지난 9일 남구 숭의동의 한 식당에서 소상공인들과 ‘취중진담 간담회’를 개최했다",
    "인천에서 오랫 동안 가게를 운영하고 있는 소상공인 20여명이 참석했다",
    "현재 소상공인들은 영업에 필요한 제반 비용 부담이 가중되고, 매출 하락이 지속돼 큰 어려움을 겪고 있다"])

C = "kim-chan-jin"
D["ee-08-joongboo.txt"] = (md(None, None, "최기주", None, "28140"), [C], [
    c("소상공인의 애로사항을 청취하고, 실효성 있는 지역 맞춤 지원책을 마련하기 위해 마련됐다", None, None, SM, "statement"),
    c("금융 지원과 지역사랑상품권 특별할인 확대 등 다양한 지원책을 모색하고 있다", None, None, SM, "statement"),
    c("향후 현장의 목소리를 반영한 추가 대책을 마련할 계획이다", None, None, SM, "plan"),
    c("간담회에서 제기된 소상공인의 의견을 구정 정책에 적극 반영해 어려움이 없도록 적극 돕겠다", C, None, SM, "plan"),
], ["인천 동구가 지난 26일 민생 안정을 위한 소통간담회를 실시했다",
    "김찬진 동구청장은 간담회에서 소상공인의 고충과 정책적 요구 사항을 직접 들으며 소통하는 시간을 가졌다",
    "소상공인은 지역 경제의 중추이며, 민생안정을 위한 핵심 파트너"])

Y = "yu-cheon-ho"
D["ee-09-cunews.txt"] = (md("강화군, 갑비고차전원생활연구회와 귀농정책 의견 공유", "2022-03-30T14:10+09:00", "홍성찬", "연합시민의소리", "28710"), [Y], [
    c("귀농·귀촌인의 안정적 정착 강화를 위한 연찬회를 가졌다", None, "2022-03-29", ["agriculture"], "statement"),
    c("청년후계농 영농정착금 지원사업 등을 직접 설명하고", Y, "2022-03-29", ["agriculture", "youth-policy"], "statement"),
    c("귀농인들이 빠르게 농촌 생활터전에 정착할 수 있도록 영농기술 및 정보를 제공하고", None, "2022-03-30", ["agriculture"], "plan"),
], ["강화군, 갑비고차전원생활연구회와 귀농정책 의견 공유",
    "귀농·귀촌인 품목별연구회 모임으로 지난 2005년 설립됐으며",
    "귀농·귀촌을 희망하는 분들에게 정착하기 좋은 강화군으로 자리매김할 수 있기를 기대한다"])

if __name__ == "__main__":
    n = 0
    for art, (meta, offs, claims, nots) in D.items():
        with open(os.path.join(G, art + ".json"), "w", encoding="utf-8") as f:
            json.dump({"article": art, "metadata": meta, "officials": offs, "claims": claims, "not_claims": nots}, f, ensure_ascii=False, indent=1)
        n += len(claims)
    print(len(D), "gold files,", n, "claims")
