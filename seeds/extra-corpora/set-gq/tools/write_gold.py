"""Write set-gq gold files (hand annotation). C(quote, speaker, date, policies, kind)."""
import json, pathlib
G = pathlib.Path(__file__).resolve().parent.parent / "gold"
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
GOLD = {}
d = "2022-12-08"; O = "oh-seung-rok"
GOLD["gq-01-seouland.txt"] = dict(
 metadata=dict(headline="노원구, 탄소중립추진단 신설…6대 부문 26개 핵심 과제 추진", published="2022-12-08T09:17+09:00",
               reporter="이동구", outlet="서울&", jurisdiction="11350"),
 officials=[O],
 claims=[
  C("노원구가 탄소중립도시로 거듭나기위한 조치로 ‘탄소중립추진단’을 부구청장 직속으로 신설한다", None, d, ["climate-carbon"], "plan"),
  C("탄소중립 정책을 총괄할 탄소중립정책팀을 제1팀으로 신설해 추진동력을 확보한다는 계획이다", None, d, ["climate-carbon"], "plan"),
  C("2030년에는 온실가스 배출량이 1308.3천톤으로 2005년 대비 25.1% 감축될 것", None, d, ["climate-carbon"], "statement"),
  C("전망치 초과 달성을 목표로 환경주체들을 통합하고 사업을 이행하는 데 행정력을 총동원하기로 했다", None, d, ["climate-carbon"], "plan"),
  C("지난 4월 구는 탄소중립도시 종합계획을 세워", None, d, ["climate-carbon"], "achievement"),
  C("탄소중립 인식개선 및 실천운동의 주체로는 노원환경재단이 나선다", None, d, ["climate-carbon"], "statement"),
  C("녹색성장 기본 조례’를 신설, 12월 중 공포 예정이다", None, d, ["climate-carbon"], "plan"),
  C("내년에는 ‘탄소중립 녹색성장 기본계획’을 수립할 예정이다", None, d, ["climate-carbon"], "plan"),
  C("탄소중립은 더는 미룰 수 없는 전 세계적인 과제인 만큼 노원구가 앞장서겠다", O, d, ["climate-carbon"], "plan"),
  C("탄소중립 목표를 달성해 사람과 자연이 함께하는 탄소중립도시로 거듭나기 위해 만전을 기하겠다", O, d, ["climate-carbon"], "plan"),
 ],
 not_claims=["노원구, 탄소중립추진단 신설…6대 부문 26개 핵심 과제 추진", "노원구청 전경. 노원구청 제공"])
d = "2023-09-21"
GOLD["gq-02-viva100.txt"] = dict(
 metadata=dict(headline="인천시 25개 도시재생사업 구역…240여 개 마중물사업 추진", published="2023-09-21T12:51+09:00",
               reporter="이춘만", outlet=None, jurisdiction="28"),
 officials=[],
 claims=[
  C("인천시가 오는 2027년까지 총 2조5000여 억원의 사업비를 들여 25개 도시재생사업구역에서 240여 개에 달하는 마중물 사업을 추진해", None, d, ["urban-regeneration"], "plan"),
  C("연내 개항창조도시, 동구 송림골, 계양구 효성마을, 서구 상생마을, 옹진군 심청이마을 사업을 완료해 나갈 것이라고 강조했다", None, d, ["urban-regeneration"], "plan", "최도수"),
  C("도시재생 거점시설들이 준공되면서 그간의 도시재생사업의 성과가 속속 드러나고 있다고 밝혔다", None, d, ["urban-regeneration", "culture-tourism"], "achievement"),
  C("인천시의 도시재생사업은 지난 2021년부터 준공을 시작해", None, d, ["urban-regeneration"], "achievement"),
  C("도시재생사업은 물리적 재생 외에도 주민 역량과 공동체 활성화 기반이 강화되고 있다", None, d, ["urban-regeneration"], "achievement"),
  C("사회적 경제조직이 지역의 일자리를 창출하는 등 도시 활력도 회복되고 있다고 했다", None, d, ["urban-regeneration", "jobs"], "achievement"),
  C("시는 총 사업비 903억 원을 들여 강화국 관청리 신문리 일원에", None, d, ["urban-regeneration"], "achievement"),
 ],
 not_claims=["인천시 25개 도시재생사업 구역…240여 개 마중물사업 추진", "노후주택 정비, 주민거점공간 조성부터 일자리 창출까지",
             "도시균형국장이 원도심 도시재생사업에 대한 기자회견을 진행하고 있다", "특히 2016년 인천 최초 도시재생사업으"])
d = "2026-02-13"
GOLD["gq-03-heraldcorp.txt"] = dict(
 metadata=dict(headline=None, published="2026-02-13", reporter="박병국", outlet="헤럴드경제", jurisdiction="11530"),
 officials=["jang-in-hong"],
 claims=[
  C("관내 전통시장과 골목형상점가를 차례로 방문해 상권 운영 상황을 살피고 상인들의 목소리를 들었다", None, d, ["small-merchants"], "statement"),
  C("구는 현장에서 수렴한 의견을 전통시장과 골목상권 운영에 참고하고", None, d, ["small-merchants"], "plan"),
  C("전통시장과 골목상권은 지역 경제의 중요한 기반인 만큼 지속적인 관심과 지원을 이어가겠다", None, d, ["small-merchants"], "plan"),
  C("구로구는 설 명절을 맞아 전통시장과 골목상권 활성화를 위한 다양한 행사를 지원했다", None, d, ["small-merchants"], "achievement"),
  C("온수골 골목형상점가에서는 18일까지 할인 행사와 경품 이벤트가 진행 중이다", None, d, ["small-merchants"], "statement"),
  C("가리봉시장과 고척골목시장에서는 15일까지 고객 참여형 행사가 이어진다", None, d, ["small-merchants"], "statement"),
 ],
 not_claims=["남구로시장·구로시장·가리봉시장 등 전통시장과 골목형상점가 16곳을 대상으로 했다",
             "설 명절을 앞두고 현장에서 상인들의 목소리를 직접 듣고자 했다",
             "이번 현장 방문은 1월 30일과 2월 2일, 2월 12일 등 세 차례에 걸쳐 진행됐다"])
d = "2025-09-25"; T = ["public-transit"]
GOLD["gq-04-donga.txt"] = dict(
 metadata=dict(headline=None, published="2025-09-25", reporter=None, outlet=None, jurisdiction="28720"),
 officials=[],
 claims=[
  C("인천 옹진군이 해상교통 혁신과 문화예술 행사 확대를 통해 주민들의 정주 여건을 개선하는 데 가시적인 성과를 보이고 있다", None, d, ["public-transit", "culture-tourism"], "achievement"),
  C("‘해상교통 혁신을 통한 정주 여건 개선’을 핵심 정책으로 추진하고 있다", None, d, T, "statement"),
  C("옹진군의 지리적 특성상 불편한 교통을 개선하기 위한 조치다", None, d, T, "statement"),
  C("‘대부고속훼리9호’ 등의 운항을 시작했다", None, d, T, "achievement"),
  C("백령도를 오가는 대형 여객선 건조 계약을 체결해", None, d, T, "achievement"),
  C("이 초쾌속 대형 카페리 여객선은 2600t급으로", None, d, T, "statement"),
  C("친환경 고효율 선박으로 제작될 예정이다", None, d, T, "plan"),
  C("인천항 연안여객터미널 인근에 ‘옹진군민의 집’도 개관했다", None, d, ["welfare"], "achievement"),
  C("편히 쉴 수 있는 다목적 복지회관이다", None, d, ["welfare"], "statement"),
  C("지상 1∼6층 규모로 온돌·침대방 등 28개 객실을 갖췄다", None, d, ["welfare"], "statement"),
  C("주민들이 해상교통을 편리하게 이용할 수 있는 환경이 마련된 셈이다", None, d, T, "achievement"),
  C("천혜의 자연환경을 활용한 문화·예술·체육 행사 추진에도 힘쓰고 있다", None, d, ["culture-tourism"], "statement"),
 ],
 not_claims=["지난달 덕적도에서 열린 ‘주섬주섬음악회’"])
d = "2023-02-01"; P = "park-jong-hyo"
GOLD["gq-05-daum.txt"] = dict(
 metadata=dict(headline="[2023년 신년인터뷰] 박종효 인천 남동구청장", published="2023-02-01T20:04+09:00",
               reporter="이지용", outlet=None, jurisdiction="28200"),
 officials=[P],
 claims=[
  C("비즈니스 하기 좋은 환경 조성과 양질의 일자리 확대 등을 위한 다양한 지원에 나서겠다", P, d, ["jobs", "investment-attraction"], "plan"),
  C("남동산단을 송도바이오밸리와 연계·발전할 수 있도록 적극 도울 것이다", P, d, ["medical-industry"], "plan"),
  C("제조업체와 스마트공장 등을 다양한 방법으로 지원하겠다", P, d, ["fourth-industrial-revolution"], "plan"),
 ],
 not_claims=["-양질의 일자리를 창출하기 위한 계획은.", "경제 회복에 다양한 지원... 행복한 남동구 만들겠다",
             "어려운 경제 상황을 극복해 남동을 대한민국 최고의 행복도시",
             "해외시장개척단 파견과 해외 바이어 초청 수출 상담 등에도 나서려 한다",
             "2023년 구정 운영 방향에 대해 설명하고 있다"])
Y = "yun-hwan"
GOLD["gq-06-incheonilbo.txt"] = dict(
 metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="28245"),
 officials=[Y],
 claims=[
  C("서울지하철 9호선과 대장·홍대선 조성", Y, None, ["public-transit", "culture-tourism", "startup-support", "youth-policy", "jobs"], "plan"),
  C("또 교육문화도시 조성에도 행정력을 집중한다", Y, None, ["education", "culture-tourism"], "plan"),
  C("효성동에 어린이 전용 도서관을 설치하고 빛 축제·가을 음악회 등 지역 축제를 내실화하겠다는 구상이다", Y, None, ["culture-tourism"], "plan"),
  C("우수 인재와 소외계층을 위한 장학 사업도 적극 추진하기로 했다", Y, None, ["education", "welfare"], "plan"),
  C("방범용 폐쇄회로(CC)TV를 확충하고 재난 취약시설 유형에 따른 대응 체계도 확립할 방침이다", Y, None, ["disaster-safety"], "plan"),
  C("공공보육 서비스 통합 지원 시스템 구축", Y, None, ["childcare-birth"], "plan"),
 ],
 not_claims=["“미래지향적 도시·교통 인프라 구축”", "“교육문화 조성·장학사업 적극 추진”",
             "계양구는 계양산업단지 조성과 계양테크노밸리 착공 등을 통해 경제 자족도시로서",
             "'미래지향적 도시 기반'과 '혁신적 교통 인프라' 구축을 제시했다",
             "내년도 구정 운영 방향을 설명하는 모습"])
d = "2026-01-29"; S = "oh-se-hoon"
GOLD["gq-07-fnnews.txt"] = dict(
 metadata=dict(headline="오세훈 \"서울, '약자 동행 도시'로 각인\"...사회복지 신년인사회 참석", published="2026-01-29T13:45+09:00",
               reporter="이창훈", outlet="파이낸셜뉴스", jurisdiction="11"),
 officials=[S],
 claims=[
  C("서울시민을 위한 체감형 복지 비전을 공유했다", S, d, ["welfare"], "statement"),
  C("약자와의 동행 정책을 국제 무대에서 인정받았을 때 가장 기뻤다", S, d, ["welfare", "startup-support"], "achievement"),
  C("서울이 '약자와 동행하는 도시'로 각인될 수 있도록 더 열심히 뛰겠다", S, d, ["welfare"], "plan"),
 ],
 not_claims=["사회복지 분야 관계자들의 노고에 감사를 전한다", "떡케이크를 컷팅하고 있다"])
d = "2019-07-27"
GOLD["gq-08-newsis.txt"] = dict(
 metadata=dict(headline="강동구, 매니페스토 경진대회 도시재생 최우수상", published="2019-07-27T15:53+09:00",
               reporter="배민욱", outlet="뉴시스", jurisdiction="11740"),
 officials=["lee-jeong-hun"],
 claims=[
  C("우수사례 경진대회'에서 도시재생 분야 최우수상을 수상했다고 27일 밝혔다", None, d, ["urban-regeneration"], "achievement"),
  C("이번에 수상한 사례는 세대통합 지역별 공동체 활성화와 청년지원 사업 중심의 도시재생이다", None, d, ["urban-regeneration", "youth-policy"], "statement"),
  C("특히 도시재생 분야에서는 서울시 자치구 중 유일하게 최우수상을 수상했다", None, d, ["urban-regeneration"], "achievement"),
  C("세대통합 공동체 공유공간을 조성해 주민 관계망 형성을 지원했다", None, d, ["urban-regeneration"], "achievement"),
  C("또 청년창업지원센터를 건립해 청년들이 성장할 수 있는 발판을 마련했다", None, d, ["startup-support", "youth-policy"], "achievement"),
 ],
 not_claims=["2024년이 되면 인구 55만명으로 서울시에서 세번째로 인구가 많은 도시가 된다",
             "공적인 계약인 공약을 더욱 성실히 이행하란 뜻으로 알겠다",
             "강동구의 여러 문제들을 해결해 살기 좋은 도시로 만들겠다"])
Yj = "yoo-jeong-bok"
GOLD["gq-09-ekn.txt"] = dict(
 metadata=dict(headline=None, published=None, reporter="송인호", outlet="에너지경제신문", jurisdiction="28"),
 officials=[Yj],
 claims=[
  C("청년들의 목소리에 귀 기울이고, 미래를 밝힐 수 있는 지원을 아끼지 않겠다", Yj, None, ["youth-policy"], "plan"),
  C("특히 일이 중요하고 청년 일자리는 더욱 중요하다", Yj, None, ["jobs", "youth-policy"], "statement"),
  C("인천시는 청년 여러분이 꿈을 이룰 수 있도록 다양한 청년 정책과 지원사업을 마련하고 있다", Yj, None, ["youth-policy"], "statement"),
  C("청년 취업설명회를 매달 열 계획이니 많은 참여를 바란다", Yj, None, ["jobs", "youth-policy"], "plan"),
 ],
 not_claims=["인생은 '일'과 '관계'", "500여 명의 열정적인 대학생과 청년의 꿈이 이루어지기를 바란다",
             "기업과의 상생과 소통, 그 중심에 청년 여러분을 생각하는 것도 잊지 않는다",
             "청년취업설명회 모습 사진제공=페북 캡처"])
if __name__ == "__main__":
    G.mkdir(exist_ok=True)
    for art, g in GOLD.items():
        out = {"article": art, **g}
        (G / f"{art}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(GOLD), "files;", sum(len(g["claims"]) for g in GOLD.values()), "claims")
