# Writes gold/<article>.json from the compact tables below (one tuple per claim: quote, speaker, date, policies, kind).
import json, os
G = os.path.join(os.path.dirname(__file__), '..', 'gold')
def c(q, s, d, p, k): return {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
Y, K, P, C, U, T = 'yun-sang-gi', 'kim-dong-jin', 'park-heong-joon', 'han-jeong-u', 'park-seong-min', 'lee-tae-hun'
D1 = '2021-12-24'
gold = {}
gold['mw-01-kpinews.txt'] = dict(
 metadata={"headline": "[하동군 소식] '세계차엑스포' 내년으로 연기 \"녹차 전문가 양성\" 등", "published": "2022-01-21T05:10:33+09:00",
           "reporter": "박종운", "outlet": None, "jurisdiction": "48850"},
 officials=[Y],
 claims=[
  c("올해 4월 예정돼 있던 '하동세계차엑스포'가 내년 5월로 연기됐다", None, D1, ["agriculture", "culture-tourism"], "plan"),
  c("농림축산식품부에 하동세계차엑스포의 1년 연기를 요청, 최종 승인을 받았다", Y, D1, ["agriculture", "culture-tourism"], "achievement"),
  c("하동 녹차 세계화 방안은 △녹차 소비 활성화", None, D1, ["agriculture", "culture-tourism"], "statement"),
  c("하동야생차유통센터를 건립하고 티 소믈리에·차 품평사 등 녹차 전문가 양성을 확대해 나가기로 했다", None, D1, ["agriculture"], "plan"),
  c("내년 수출규모를 600만 달러(2021년 300만 달러)까지 늘릴 계획이다", None, D1, ["agriculture"], "target"),
  c("녹차와 지역 6대 관광지를 잇는 관광코스를 개발하고", None, D1, ["culture-tourism"], "plan"),
  c("세계인에게 희망을 심어주는 엑스포를 만들겠다", Y, D1, ["agriculture", "culture-tourism"], "plan"),
 ],
 not_claims=["하동녹차 첫 수출길…올해 500만달러 목표", "지난 한해 동안 892세대 하동에서 인생 2막",
             "내년 국·도비 예산 3000억원 확보에 총력", "윤상기 군수가 24일 세계차엑스포 1년 연기에 따른 계획을 설명하고 있다"])
D2 = '2018-01-08'
gold['mw-02-kmib.txt'] = dict(
 metadata={"headline": "통영시, 한려수도 6개 섬 연결… 세계 최장 23.4㎞ 해상케이블카 추진", "published": "2018-01-08T18:55+09:00",
           "reporter": "이영재", "outlet": "국민일보", "jurisdiction": "48220"},
 officials=[K],
 claims=[
  c("경남 통영시가 한려수도 6개 섬을 연결하는 세계 최장 해상케이블카를 추진하기로 했다", None, D2, ["culture-tourism"], "plan"),
  c("4000억원을 투입해 6개 섬을 연결하는 국내 최장 해상케이블카를 건립할 계획이라고 8일 밝혔다", None, D2, ["culture-tourism"], "plan"),
  c("케이블카는 산양읍 달아마을 통영수산과학관에서 출발해", None, D2, ["culture-tourism"], "statement"),
  c("사업비 4000억원은 모두 민자 유치를 통해 조달할 계획이다", None, D2, ["culture-tourism", "investment-attraction"], "plan"),
  c("2022년까지 완공해 운영에 들어간다는 구상이다", None, D2, ["culture-tourism"], "plan"),
  c("김동진 시장은 지난 4∼5일 산양면과 욕지면에서 열린 주민과의 대화에서 이 같은 계획을 공개했다", K, "2018-01-04", ["culture-tourism"], "plan"),
  c("시는 올해 안으로 업체를 선정해 실시 설계에 들어갈 예정이다", None, D2, ["culture-tourism"], "plan"),
  c("각 섬에 정류장을 설치해 탑승객들의 섬 관광을 유도한다는 계획이다", None, D2, ["culture-tourism"], "plan"),
  c("지역 조선업 위기를 극복하기 위한 미래 먹거리사업으로 해상케이블카를 구상하게 됐다", None, D2, ["culture-tourism"], "statement"),
  c("지역을 대표하는 최고의 관광자원이 되도록 할 것", None, D2, ["culture-tourism"], "plan"),
 ],
 not_claims=["통영시, 한려수도 6개 섬 연결… 세계 최장 23.4㎞ 해상케이블카 추진", "그래픽=전진이 기자"])
D3 = '2005-12-13'
gold['mw-03-kimcheon.txt'] = dict(
 metadata={"headline": "혁신도시 유치확정 기자 회견문", "published": "2005-12-14", "reporter": None, "outlet": "김천신문", "jurisdiction": "47150"},
 officials=[],
 claims=[
  dict(c("국가균형발전을 위한 혁신도시 입지선정이 준비된 도시 우리 김천시로 확정된 것에 대하여", None, D3, ["decentralization"], "achievement"), speaker_name="박팔용"),
  dict(c("가장 모범적이고 성공적인 혁신 도시를 건설하도록 노력하겠습니다", None, D3, ["decentralization"], "plan"), speaker_name="박팔용"),
  dict(c("이제 혁신도시로 인한 모든 갈등과 반목을 웅도경북의 발전으로 아름답게 승화시켜 나가겠습니다", None, D3, ["decentralization"], "plan"), speaker_name="박팔용"),
  dict(c("지역에 이전하게 될 13개 공공기관의 의견을 충분히 수렴하여", None, D3, ["decentralization"], "plan"), speaker_name="박팔용"),
 ],
 not_claims=["그동안 혁신 도시 유치를 위하여 지역의 모든 역량을 모아 주신 공무원과 사회단체 등 시민 여러분께도 진심으로 감사의 말씀을 드립니다",
             "심심한 위로의 말씀을 드립니다", "날짜 : 2025-07-04 09:48:15",
             "‘제2차 김천시 청년정책 기본계획 수립 연구용역’ 중간 보고회 개최", "김천의료원 건강검진센터 준공식 성황리에 개최"])
D4 = '2021-01-11'
gold['mw-04-ucinews.txt'] = dict(
 metadata={"headline": "울산시, 2050 탄소 배출 없는 울산 대장정 '첫 발'", "published": "2021-01-11T21:52+09:00",
           "reporter": "최경호", "outlet": "울산시민신문", "jurisdiction": "31"},
 officials=["song-cheol-ho"],
 claims=[
  c("울산시가 2050년 탄소 제로화를 위해 기후 위기 대응 강화를 새해 시정 중점과제로 추진한다", None, D4, ["climate-carbon"], "plan"),
  c("2021 기후위기 대응 방안을 마련키로 했다", None, D4, ["climate-carbon"], "plan"),
  c("온실가스 감축 울산 선도사업을 3대 추진전략으로 선정했다", None, D4, ["climate-carbon"], "plan"),
  c("탄소중립 민관협력 거버넌스 구축은 울산 탄소중립위원회와 탄소중립실무추진단 구성", None, D4, ["climate-carbon"], "statement"),
  c("기후위기 대응 플랫폼 구축은 기후변화 대등 기본계획과", None, D4, ["climate-carbon", "fine-dust"], "statement"),
 ],
 not_claims=["기후위기 선제적 대응 위해 2021 기후위기 대응방향 논의",
             "울산시는 11일 송철호 시장과 실국장 등이 참석한 정책조정회의에서 '2021 기후위기 대응 방향'을 논의했다",
             "울산지역 기후 변화 여건을 반영한 ‘2021 기후위기 대응 방향’ 정책조정회의를 개최했다",
             "취약계층 지원 및 친환경생활 실천, 공공부문"])
D5 = '2024-11-12'
gold['mw-05-newspim.txt'] = dict(
 metadata={"headline": "박형준 부산시장 \"청년·신혼부부 주거 환경 개선 박차…행복주거도시 조성\"", "published": "2024-11-12T14:44+09:00",
           "reporter": "남동현", "outlet": "뉴스핌", "jurisdiction": "26"},
 officials=[P],
 claims=[
  c("부산시가 청년과 신혼부부, 장년층의 주거환경 개선을 위한 전략을 내놨다", None, D5, ["housing", "youth-policy"], "plan"),
  c("2032년까지 세대 맞춤형 주거 공급을 목표로 하는 종합계획을 발표했다", P, D5, ["housing"], "plan"),
  c("박 시장이 밝힌 5대 중점과제는", P, D5, ["housing", "youth-policy", "urban-regeneration"], "plan"),
  c("첫 번째 과제인 '청년모두가(家)'를 통해 청년·신혼부부의 주거 안정을 지원할 계획이다", None, D5, ["housing", "youth-policy"], "plan"),
  c("공공임대주택은 매입임대, 전세임대 기준 월 임대료 전액을 지원하며", None, D5, ["housing"], "plan"),
  c("부산시는 2025~2030년 동안 1만 호의 주택을 지원하고, 매년 2000호 지원을 추가 목표로 삼았다", None, D5, ["housing"], "target"),
  c("'상상 이상의 공공주택' 구상도 포함됐다", None, D5, ["housing"], "statement"),
  c("청년층에게 시세보다 저렴하고 질 좋은 임대주택을 공급한다", None, D5, ["housing", "youth-policy"], "plan"),
  c("이를 위해 부산시는 건축규제를 완화하고", None, D5, ["housing"], "plan"),
 ],
 not_claims=["'세대별 맞춤 주거공급을 위한 주거 혁신 대책'을 발표하고 있다", "KYD 디데이"])
D6 = '2020-11-19'
gold['mw-06-siminilbo.txt'] = dict(
 metadata={"headline": "창녕군, ‘경남형 시군 연계협력사업’ 3개 선정", "published": "2020-11-19T17:22:03+09:00",
           "reporter": "최성일", "outlet": "시민일보", "jurisdiction": "48740"},
 officials=[C],
 claims=[
  c("‘습지와 철새 in 경남’모바일 스탬프 투어 운영이 선정됐다고 19일 밝혔다", None, D6, ["culture-tourism"], "achievement"),
  c("포스트 코로나 시대의 청정·로컬·웰니스·힐링 관광을 활성화할 계획이다", None, D6, ["culture-tourism"], "plan"),
  c("합강권역 일원을 관광 명소화 한다는 계획이다", None, D6, ["culture-tourism"], "plan"),
  c("자연과 함께 걸을 수 있는 치유산책길을 조성하는 계획이다", None, D6, ["culture-tourism"], "plan"),
 ],
 not_claims=["우포늪, 주남저수지, 화포천 연계 모바일스탬프 투어", "경남의 대표습지이자 철새도래지인 우포늪 전경",
             "경남형 시군연계사업은 지자체간 협력활성화를 위하여 꼭 필요한 사업",
             "인접 시군간 연계협력사업을 지속적으로 발굴하여 서로 상생해 나갈 수 있도록 하겠다"])
gold['mw-07-donga.txt'] = dict(
 metadata={"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "31110"},
 officials=[U],
 claims=[
  c("원도심 개발 사업은 런던의 밀레니엄 프로젝트 사업과 흡사하다", U, None, ["urban-regeneration", "culture-tourism"], "statement"),
  c("울산 중구가 최근 문화체육관광부로부터 ‘2019 올해의 관광도시’로 선정됐기 때문이다", None, None, ["culture-tourism"], "achievement"),
  c("‘2019 올해의 관광도시’ 선정을 위해 차근차근 준비해 왔다", U, None, ["culture-tourism"], "achievement"),
  c("시립미술관과 연계한 거리 디자인 작업에 나선다", None, None, ["urban-regeneration", "culture-tourism"], "plan"),
  c("파인아트 거리를 조성해 역사와 현대문화가 공존하는 관광지로 개발할 계획이다", None, None, ["culture-tourism"], "plan"),
  c("이를 위해 5개 분야 19개 사업을 추진한다", None, None, ["culture-tourism"], "plan"),
 ],
 not_claims=["울산 중구를 역사와 현대가 공존하는 전국 최고의 도심 체류형 관광지로 조성하겠다",
             "테이트 모던 미술관은 템스 강 관광객을 유치하기 위해 폐발전소를 개조해 같은 해 개관한 현대미술관이다",
             "자연 재해로 외지인 방문이 감소하는 등 어려움에 직면해 있다",
             "인문학적 자원이 풍부하다"])
gold['mw-08-yeongnam.txt'] = dict(
 metadata={"headline": None, "published": None, "reporter": "이남영", "outlet": "영남일보", "jurisdiction": "27290"},
 officials=[T],
 claims=[
  c("대구 달서구가 대구경북 지자체 최초로 스마트 도시 인증을 획득했다", None, None, ["smart-city"], "achievement"),
  c("최초 우수 스마트자치구로 인정받았다고 밝혔다", None, None, ["smart-city"], "achievement"),
  c("스마트도시 인증제는 국내 스마트도시 수준을 체계적으로 진단해", None, None, ["smart-city"], "statement"),
  c("스마트도시 조성을 위한 민·관·산학연 거버넌스 추진체계가 우수하다는 평가를 받았다", None, None, ["smart-city"], "achievement"),
  c("대구지역 최초 스마트도시 전담조직을 신설해", None, None, ["smart-city"], "achievement"),
  c("국책 사업 연계·확보에도 적극적으로 활용할 예정이다", None, None, ["smart-city"], "plan"),
  c("디지털 대전환의 중심에서 속도와 공감력으로 대응하여", T, None, ["smart-city", "fourth-industrial-revolution"], "plan"),
 ],
 not_claims=["29일 대구 달서구는 대구·경북 지자체 최초로 스마트 도시 인증을 획득했다"])
gold['mw-09-hankookilbo.txt'] = dict(
 metadata={"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "47210"},
 officials=[],
 claims=[
  c("귀농인 임대주택 45호와 임대농장을 조성하고, 52억원으로 중소기업 일자리 확대 기반확충 사업을 추진한다", None, None, ["agriculture", "housing", "jobs"], "plan"),
  c("청년정주지원프로그램 운영 및 청년쉐어하우스 조성에 나선다", None, None, ["youth-policy", "housing"], "plan"),
  c("지역체류형 관광인프라를 구축한다", None, None, ["culture-tourism"], "plan"),
  c("지역에 취업하면 체류특례를 제공(F-2 비자발급)한다", None, None, ["jobs"], "plan"),
  c("30여명의 외국인이 지역제조업체와 고용계약을", None, None, ["jobs"], "achievement"),
 ],
 not_claims=["10만명대 붕괴가 초읽기에 들어갔다", "사망자1392명에 비해 출생아 수는 341명에 불과해",
             "다른 지역과 차별화된 인구정책 사업을 추진할 계획이지만 특단의 대책 없이는 효과가 미지수다"])
for name, g in gold.items():
    out = {"article": name, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"], "not_claims": g["not_claims"]}
    with open(os.path.join(G, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=2); f.write('\n')
    print(name, len(g["claims"]))
print('total', sum(len(g["claims"]) for g in gold.values()))
