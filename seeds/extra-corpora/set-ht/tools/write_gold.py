"""Writes gold/*.json for set-ht (hand annotation; see GOLD_NOTES.md)."""
import json, pathlib
G = pathlib.Path(__file__).resolve().parent.parent / "gold"
def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name: d["speaker_name"] = name
    return d
F = {}
NAM = "nam-kyung-pil"; D = "2017-11-15"
F["ht-01-ifm.txt"] = dict(
 metadata=dict(headline='남 지사 "서울시 미세먼지대책 동의 못해...독자추진 할 것"', published="2017-11-15",
               reporter="구대서", outlet="경인방송", jurisdiction="41"),
 officials=[NAM],
 claims=[
  c("경유버스 제로화 시대를 열고, 전기버스를 전면 도입하겠다고 밝혔습니다", NAM, D, ["fine-dust", "future-vehicles"], "plan"),
  c("미세먼지 대책은 근본책이 아니며, 동의도 할 수 없다", NAM, D, ["fine-dust"], "criticism"),
  c("4천109대에 달하는 도내 경유버스를 모두 폐차하고, 이를 친환경 전기버스로 대체하기로 했습니다", NAM, D, ["fine-dust", "future-vehicles"], "target"),
  c("경기도 부담분 3년치만 모아도 경유버스 전체를 없앨 수 있다", NAM, D, ["fine-dust"], "criticism"),
  c("1만3천기의 충전기를 설치하기로 했습니다", NAM, D, ["future-vehicles"], "target"),
  c("2005년식 이하 화물차 5만1천여대를 조기 폐차하고, 매연저감장치 설치, LPG엔진 개조 등도 추진하기로 했습니다", NAM, D, ["fine-dust"], "target"),
  c("서울시 관할 대중교통 무료운행 등을 담은 미세먼지 10대 대책을 발표하고", None, D, ["fine-dust", "public-transit"], "plan"),
 ],
 not_claims=["Please wait...", "서울시 미세먼지대책 동의 못해...독자추진 할 것", "[ 경인방송 = 구대서 기자 ]"])
D = "2022-05-11"
F["ht-02-kmib.txt"] = dict(
 metadata=dict(headline="경기도, 시외버스 250대에 ‘실내 공기정화장치’ 보급", published="2022-05-12T04:06+09:00",
               reporter="강희청", outlet="국민일보", jurisdiction="41"),
 officials=[],
 claims=[
  c("생활밀착형 대기환경 조성에 박차를 가하기로 했다", None, D, ["fine-dust"], "target"),
  c("2022년 경기도 대기환경 개선 추진계획을 수립, 시행한다고 11일 밝혔다", None, D, ["fine-dust"], "plan"),
  c("4대 전략 39개 세부 사업에 걸쳐 총 5744억원의 사업비를 투입한다", None, D, ["fine-dust"], "plan"),
  c("생활 분야에서는 다양한 신규사업이 추진된다", None, D, ["fine-dust"], "plan"),
  c("보급사업을 본격 진행해 시외버스 250대에 버스형 공기정화장치를 설치한다", None, D, ["fine-dust"], "target"),
  c("취약계층 이용시설에 대한 집중관리도 지원한다", None, D, ["fine-dust"], "plan"),
  c("고농도 시 신속한 저감조치를 시행한다", None, D, ["fine-dust"], "plan"),
  c("전기이륜차 및 전기굴착기 보급, 운행경유차 배출가스 저감사업 등을 벌인다", None, D, ["fine-dust", "future-vehicles"], "plan"),
 ],
 not_claims=["경기도, 시외버스 250대에 ‘실내 공기정화장치’ 보급", "수원=강희청 기자 kanghc@kmib.co.kr"])
GONG = "gong-jae-gwang"
F["ht-03-kmib.txt"] = dict(
 metadata=dict(headline=None, published=None, reporter="강희청", outlet="국민일보", jurisdiction="41220"),
 officials=[GONG],
 claims=[
  c("우리 평택은 4차 산업혁명을 선도하게 됐다", GONG, None, ["fourth-industrial-revolution", "investment-attraction"], "achievement"),
  c("평택시는 삼성전자 반도체 2기 투자 실행을 지원할 체계를 갖췄다", GONG, None, ["investment-attraction"], "achievement"),
  c("지원 T/F를 2기 지원을 위해 조직 체계를 확대 개편했다", GONG, None, ["investment-attraction"], "achievement"),
  c("일일 평균 1만2000여개의 일자리가 창출됐다", GONG, None, ["jobs"], "achievement"),
  c("44만 여개의 일자리 창출을 기대하고 있다", None, None, ["jobs"], "statement"),
 ],
 not_claims=["우리 평택시는 삼성전자와 함께하겠다", "저를 비롯한 49만 평택시민과 함께 적극 환영한다",
             "명실상부한 대한민국 경제 및 세계 반도체 생산의 중심지가 될 것",
             "월 평균 500억원의 지역경제 파급효과와 함께 지방세 250억원 세입 증대효과도 있었다", "트위터페이스북구글플러스"])
D = "2025-12-05"
F["ht-04-ekn.txt"] = dict(
 metadata=dict(headline="[포커스] 김포시 교통불모지서 요충지로 ‘환골탈태’", published="2025-12-05T16:52+09:00",
               reporter="강근주", outlet="에너지경제신문", jurisdiction="41570"),
 officials=["kim-byeong-su"],
 claims=[
  c("밖으로는 철도와 도로를 뚫고, 안으로는 교통편의를 대폭 확대하며 김포교통 대전환을 이끌고 있다", None, D, ["public-transit"], "statement"),
  c("5호선 김포연장사업을 제4차 대도시권 광역교통시행계획에 추가검토사업에서 본사업으로 확정 짓는 성과를 거두며", None, D, ["public-transit"], "achievement"),
  c("서울 30분 시대 개막도 이뤄냈다", None, D, ["public-transit"], "achievement"),
  c("서부권 광역급행철도가 예비타당성조사를 통과했다", None, D, ["public-transit"], "achievement"),
  c("강남 직결 GTX-D노선 마중물인 만큼 서울 도심 주파 속도가 더욱 빨라질 전망이다", None, D, ["public-transit"], "statement"),
  c("5호선 연장과 함께 2호선 신정지선과 9호선 연장도 추진 중이다", None, D, ["public-transit"], "statement"),
  c("5호선의 김포 구간 노선을 9호선과 공동 사용하는 방안을 검토하는 연구용역을 진행해 왔다", None, D, ["public-transit"], "statement"),
  c("최적안을 도출하고 경기도에 제출한 상태다", None, D, ["public-transit"], "achievement"),
  c("제5차 대도시권 광역교통시행계획(2026~2030)에 반영", None, D, ["public-transit"], "plan"),
 ],
 not_claims=["▲2022년 11월 5호선 방화역-김포 연장 업무협약 체결. 제공=김포시", "◆ 5호선 김포연장 확정-서광급 예타 통과",
             "▲2024년 2월 5호선 김포연장 시민 의견 청취회. 제공=김포시", "[포커스] 김포시 교통불모지서 요충지로 ‘환골탈태’"])
D = "2021-10-06"; CHOI = "최귀영"
F["ht-05-ajunews.txt"] = dict(
 metadata=dict(headline="경기 구리시, 공동주택 통한 정주 여건 개선…시민 '주거 복지' 껴안기", published="2021-10-06T17:40+09:00",
               reporter=None, outlet=None, jurisdiction="41310"),
 officials=["lee-jae-myung"],
 claims=[
  c("누구나 내 집 마련의 꿈을 이루는 공동주택 조성을 활성화해 정주 여건을 향상하고 있다", None, D, ["housing"], "statement", CHOI),
  c("주거 복지 방안을 추진하며 그에 따른 성과를 끌어냈다", None, D, ["housing"], "achievement"),
  c("교문 공공주택지구가 포함되는 성과를 거뒀다", None, D, ["housing"], "achievement"),
  c("주택 1280세대를 기본주택으로 건설하며", None, D, ["housing"], "target"),
  c("2027년 준공 목표다", None, D, ["housing"], "plan"),
  c("서민 주거복지 향상은 물론 주택가격 안전화에도 기여할 것으로 전망된다", None, D, ["housing"], "statement"),
  c("누구나 적정 임대료로 30년 이상 거주할 수 있는 장기 공공임대주택이다", None, D, ["housing"], "statement"),
  c("향후 지구 지정과 기본주택 법제화가 완료되는 대로", None, D, ["housing"], "plan", CHOI),
 ],
 not_claims=["'집 걱정 없이 평생 거주할 수 있는 주거 복지 추진'", "'교문지구, GH기본주택 건설…재건축·재개발 구체적 성과 거둬'",
             "뛰어난 교통 접근성과 아차산 자락의 쾌적한 자연환경을 갖추고 있다"])
LEE = "lee-byeong-seon"
F["ht-06-fnnews.txt"] = dict(
 metadata=dict(headline="[강원 신년 인터뷰] 이병선 속초 시장에게 듣다.", published="2018-01-05T10:01+09:00",
               reporter="서정욱", outlet="파이낸셜뉴스", jurisdiction="42210"),
 officials=[LEE],
 claims=[
  c("속초항 국제크루즈터미널 준공은 속초항이 동북아 크루즈 중심지로 도약하는 기반을 마련했다", LEE, "2018-01-05", ["public-transit", "culture-tourism"], "achievement"),
 ],
 not_claims=["유라시아 대륙간 횡단열차의 통일한국 최북단 중심도시의 시발점이자 종착역의 역할을 할 것",
             "민선 6기는 시민 여러분과 함께 미래발전을 위한 제2도약의 발판을 다진 시간이다",
             "서울-양양간 동서고속도로 개통은 수도권과의 1시간대 생활권의 실현으로",
             "본지 인터뷰에 답하는 이병선 속초시장.",
             "빨대효과나 둥지이탈현황 심화 등 여러 부정적 현상이 우려되고 있다",
             "2035 속초도시기본계획 및 도시관리계획과 역세권 개발 타당성 조사"])
KJT = "kim-jin-tae"; D = "2022-09-14"
F["ht-07-breaknews.txt"] = dict(
 metadata=dict(headline="김진태도지사, 동해시 방문...‘환동해권 산업물류 거점도시’", published="2022-09-15T00:08+09:00",
               reporter="김준호", outlet="경기북부/강원 브레이크뉴스", jurisdiction="42"),
 officials=[KJT, "sim-gyu-eon"],
 claims=[
  c("동해안권 경제자유구역 망상1지구 관광특화 추진과 북평산업단지 경쟁력 강화", None, D, ["culture-tourism", "energy-transition"], "plan"),
  c("출범하였으나 기대에 부응하지 못 했다", KJT, D, ["investment-attraction"], "criticism"),
  c("경제자유구역이라면 해외투자를 유치하거나, 관광 사업을 추진해야 하는데", KJT, D, ["investment-attraction", "culture-tourism"], "criticism"),
 ],
 not_claims=["동해안권경제자유구역청 재정비' 개발사업 정상화 할 것", "망상1지구 관광특화 추진, 북평산단 고도화 등 동해시 주요현안 논의",
             "'고 원 팀'(Go! One-Team) 비전공유를 위해 동해시를 방문했다고 밝혔다",
             "©경기북부/강원 브레이크뉴스"])
OH = "오경희"
F["ht-08-ajunews.txt"] = dict(
 metadata=dict(headline=None, published=None, reporter=None, outlet="아주경제", jurisdiction="42800"),
 officials=[],
 claims=[
  c("강원 양구군은 치매안심센터 건립 사업을 완료하고", None, None, ["dementia-care"], "achievement"),
  c("치매안심센터는 양구군보건소 옆 1008㎡ 부지에 들어선다", None, None, ["dementia-care"], "statement"),
  c("총 23억3500만 원의 사업비가 투입됐다", None, None, ["dementia-care"], "statement"),
  c("치매 환자와 가족들이 편안하게 이용할 수 있다", None, None, ["dementia-care"], "statement"),
  c("방문객의 이용 편의를 위해 보건소와 다리로 연결되어 있다", None, None, ["dementia-care"], "statement"),
  c("치매안심센터를 통해 세심한 서비스와 정보를 제공하도록 최선을 다하겠다", None, None, ["dementia-care"], "plan", OH),
 ],
 not_claims=["양구군 치매안심센터[사진=양구군 제공]"])
YUK = "yuk-dong-han"; D = "2025-06-30"
F["ht-09-chuncheon.txt"] = dict(
 metadata=dict(headline="육동한 춘천시장, 청년 창업가 간담회", published="2025-07-01",
               reporter=None, outlet="춘천시", jurisdiction="51110"),
 officials=[YUK],
 claims=[
  c("근화동396 청년창업지원센터를 찾아 청년창업가들과 간담회를 열고", None, D, ["startup-support", "youth-policy"], "statement"),
  c("청년창업 우수기업으로 선정된 6개 기업에 인증패를 직접 수여하고 격려했다", None, D, ["startup-support", "youth-policy"], "achievement"),
  c("청년 기업이 참여하는 축제·이벤트 등에서 브랜드 연계 홍보 기회를 지속적으로 제공하겠다고 밝혔다", YUK, D, ["startup-support", "youth-policy"], "plan"),
  c("공장 연계나 금형 지원 같은 스케일업 단계의 지원이 필요하다고 말했다", None, D, ["startup-support"], "plan", "정은지"),
  c("패션 창업 인프라가 부족하다", None, D, ["startup-support"], "criticism"),
  c("청년 우수기업 인증의 실효성을 높일 인센티브가 필요하다", None, D, ["startup-support", "youth-policy"], "plan"),
  c("청년 인재가 지역에 정착할 수 있도록 단계별", None, D, ["youth-policy"], "plan"),
 ],
 not_claims=["육동한 춘천시장청년 창업가 간담회", "- 육 시장 청년창업은 도시의 미래", "- 창업 생태계 전반 다양한 제안 잇따라",
             "다양한 분야의 청년 기업 대표들이 참석했다",
             "춘천을 알리는 공동 홍보 전략이 더 효과적일 것이라고 제안했다"])
if __name__ == "__main__":
    G.mkdir(exist_ok=True)
    for art, d in F.items():
        out = {"article": art, **d}
        (G / f"{art}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(F), "files,", sum(len(d["claims"]) for d in F.values()), "claims")
