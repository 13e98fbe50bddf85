"""Writes gold/*.json from the compact tables below (hand annotation of set-hn)."""
import json, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
os.makedirs(D, exist_ok=True)
G = {}
def c(q, sp, d, pol, k):
    return {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
def cn(q, name, d, pol, k):
    x = c(q, None, d, pol, k); x["speaker_name"] = name; return x

d = "2022-12-07"
G["hn-01-edaily.txt"] = dict(
 metadata=dict(headline="이장우 대전시장 \"민선8기서 고용률 70%·좋은 일자리 30만개 창출\"", published="2022-12-08T17:04+09:00",
               reporter="박진환", outlet="이데일리", jurisdiction="30"),
 officials=["lee-jang-woo"],
 claims=[
  c("대전시가 앞으로 4년간 고용률 70%, 좋은 일자리 30만개를 창출한다는 목표를 밝혔다", None, d, ["jobs"], "target"),
  c("고용률 70% 달성, 좋은 일자리 30만개 창출을 목표로 5대 핵심 전략을 마련하고, 12대 추진과제를 제시했다", None, d, ["jobs"], "target"),
  c("산업단지 조성과 대기업 유치 등 민간 주도의 일자리 창출을 비롯해", None, d, ["jobs", "investment-attraction", "medical-industry"], "plan"),
  c("청년, 여성, 신중년, 취약계층 등 대상별 맞춤형 일자리를 창출하고", None, d, ["jobs", "youth-policy", "culture-tourism", "labor-relations"], "plan"),
 ],
 not_claims=["李, 대전시 민선 8기 일자리 정책 추진방향 설명회서 밝혀", "산단 조성·대기업 유치 등 5대핵심전략·12대추진과제 제시",
  "일자리 창출과 관련된 정책 목표를 밝히고 있다", "‘민선8기 일자리 정책 추진방향 설명회’를 개최했다",
  "설명회는 민선8기 일자리정책 추진방향 및 노동정책 기본계획 수립 최종 용역 보고와"])

d = "2024-04-11"
G["hn-02-asiatoday.txt"] = dict(
 metadata=dict(headline="전주시, 전북 최초 ‘탄소중립 지원센터’ 출범", published="2024-04-11T12:00+09:00",
               reporter="박윤근", outlet=None, jurisdiction="52110"),
 officials=[],
 claims=[
  c("전주시는 11일 전주시정연구원에서 '전주시 탄소중립 지원센터' 개소식을 가졌다", None, d, ["climate-carbon"], "achievement"),
  c("전주시 탄소중립 지원센터는 2026년까지 3년 동안", None, d, ["climate-carbon"], "plan"),
  cn("전주시 시정 전반에서 탄소중립과 기후위기 적응에 대한 고려가 필요하다", "이승한", d, ["climate-carbon"], "plan"),
  cn("대도시형 온실가스 배출 특성상 수송과 건물 부문의 온실가스 배출을 줄이기 위해서는", "이승한", d, ["climate-carbon"], "plan"),
  cn("탄소중립 지원센터는 전주시 온실가스 감축 및 탄소중립을 구체화, 현실화하는 핵심 동력", "이기동", d, ["climate-carbon"], "statement"),
  cn("전주시 탄소중립 구현을 위해 앞장서 나가자", "이기동", d, ["climate-carbon"], "plan"),
  cn("전주시 탄소중립지원센터가 탄소중립 정책 실현에 중추적인 역할을 수행하고", "김용삼", d, ["climate-carbon"], "plan"),
 ],
 not_claims=["시, 11일 전주시정연구원에서 도내 지자체 최초의 탄소중립 지원센터 개소식 가져",
  "오는 2026년까지 3년 동안 탄소중립·기후변화·에너지·온실가스 등에 대한 연구 및 지원 예정",
  "환경공단 전북본부 관계자 등 50여 명이 참석했다"])

d = "2020-01-22"
G["hn-03-kwangju.txt"] = dict(
 metadata=dict(headline="군산시, ‘농민수당’ 신청자 4월까지 접수", published="2020-01-22T00:00+09:00",
               reporter="박금석", outlet="광주일보", jurisdiction="45130"),
 officials=[],
 claims=[
  c("군산시가 농민 삶의 질 향상을 위한 ‘농민공익 수당’ 제도를 마련하고 신청 접수에 들어갔다", None, d, ["agriculture"], "achievement"),
  c("지속 가능한 농업·농촌환경을 조성하고자 농민 공익수당을 시행한다며", None, d, ["agriculture"], "statement"),
  c("농민 공익수당은 지난해 광역 자치단체 최초로 마련한", None, d, ["agriculture"], "statement"),
  c("신청대상 기준은 지난 2017년 12월31일부터", None, d, ["agriculture"], "statement"),
  c("9월에 대상자를 확정해 지급한다는 계획이다", None, d, ["agriculture"], "plan"),
  c("공익수당은 연 60만원의 현금이나 지역화폐 등으로", None, d, ["agriculture"], "plan"),
 ],
 not_claims=["전체메뉴", "/군산=박금석 기자 nogusu@kwangju.co.kr"])

k = "kim-yung-hwan"
G["hn-04-jbnews.txt"] = dict(
 metadata=dict(headline=None, published=None, reporter="신동빈", outlet="중부매일", jurisdiction="43"),
 officials=[k],
 claims=[
  c("김영환 충북지사가 저출생 극복을 위해 도정이 총력대응해야 한다고 강조했다", k, None, ["childcare-birth"], "plan"),
  c("지난해 충북의 가장 큰 성과는 출생아수 증가율 1위위 달성", k, None, ["childcare-birth"], "achievement"),
  c("출산장려 정책을 더욱 확대하고, 과감하게 종합적으로 접근해야 한다", k, None, ["childcare-birth"], "plan"),
  c("저출생을 극복하는 것은 도정의 모든 부문에서 함께 나서야 하는 문제", k, None, ["childcare-birth"], "plan"),
  c("도의 모든 정책이 임신·출산·육아 친화적인 측면에서 고려되고", k, None, ["childcare-birth"], "plan"),
  c("도는 저출생 인구위기 극복을 위해 ▷반값아파트 공급", None, None, ["childcare-birth", "housing"], "plan"),
 ],
 not_claims=["\"저출생 극복을 위해 도정이 총력대응해야 한다\"고 말하고 있다. /충북도",
  "저작권자 © 중부매일 - 충청권 대표 뉴스 플랫폼 무단전재 및 재배포 금지"])

k = "won-hee-ryong"; d = "2019-01-02"
G["hn-05-jejugo.txt"] = dict(
 metadata=dict(headline="2019년도 제주특별자치도 시무식(2019.01.02.) 1", published="2019-01-02",
               reporter=None, outlet="제주특별자치도", jurisdiction="50"),
 officials=[k],
 claims=[
  c("민생 경제 안정과 일자리 창출을 최우선 순위로 두고 도정을 운영할 것과 더불어", k, d,
    ["jobs", "education", "childcare-birth", "welfare", "disaster-safety"], "plan"),
  c("외국의료기관인 녹지국제병원 조건부 허가, 행정체제 개편, 제2공항 등에 대해서도 거론했다", k, d,
    ["medical-industry", "airport-relocation"], "statement"),
  c("공론조사 결과를 완전히 수용하지 못해 다시 한 번 도민 여러분께 진심으로 사과의 말씀을 드린다", k, d,
    ["medical-industry", "citizen-participation"], "criticism"),
  c("전면 불허 결정으로 갈 경우 대규모 소송이 제기돼", k, d, ["medical-industry"], "statement"),
 ],
 not_claims=["민생 현안 해결과 통합을 향해 최선을 다하겠다", "‘소통·통합·혁신·실천’이라는 도민과의 약속을 반드시 실천하겠다",
  "미래 100년의 희망을 설계해야 한다", "새해에는 제주 미래 발전을 위한 중점 현안에 집중 하겠다",
  "등록일 : 2019-01-02 | 관련부서 : 자치도>공보관>공보관"])

k = "choi-min-ho"
G["hn-06-bulgyoilbo.txt"] = dict(
 metadata=dict(headline="최민호 세종시장 “대한민국 미래 이끌 새로운 세종 실현에 매진”", published=None,
               reporter=None, outlet=None, jurisdiction="36"),
 officials=[k],
 claims=[
  c("세종시를 자족기능을 갖춘 행정수도를 넘어 ‘미래전략수도’로 성장시키겠다", k, None, ["decentralization"], "plan"),
  c("국가 균형발전과 지방분권을 선도하는 행정수도의 위상을 한층 높였다", k, None, ["decentralization"], "achievement"),
  c("주요 성과로는 국회세종의사당·대통령 세종집무실 설치", k, None,
    ["decentralization", "investment-attraction", "culture-tourism", "public-transit"], "achievement"),
  c("국립민속박물관 유치, 사계절 축제 개최, 스마트 국가산단 지정, 소아응급의료체계 구축도", k, None,
    ["culture-tourism", "public-health"], "achievement"),
  c("행정수도 완성은 지역 발전을 넘어 국가적 위기 해법", k, None, ["decentralization"], "plan"),
  c("향후 과제로 ▲행정수도 교통망 완비", k, None,
    ["decentralization", "fourth-industrial-revolution", "smart-city", "culture-tourism", "agriculture", "education"], "plan"),
 ],
 not_claims=["지난 3년간의 성과를 공유하고 남은 임기 동안 5대 미래 비전을 실현하겠다고 밝혔다",
  "지난 3년은 창조와 도전의 정신으로 흔들림 없이 시정을 운영해온 시간",
  "세종시는 대한민국 미래를 이끄는 도시로 도약할 준비가 되어 있다",
  "‘본립도생(本立道生)’의 자세로 흔들림 없이 전력을 다하겠다"])

d = "2024-09-09"
G["hn-07-breaknews.txt"] = dict(
 metadata=dict(headline="천안시, 내년 신규시책 385건 발굴…", published="2024-09-09T13:34+09:00",
               reporter="김정환", outlet=None, jurisdiction="44130"),
 officials=["park-sang-don"],
 claims=[
  c("스마트도시 중심지로 도약을 위해 첨단 스마트 기술을 바탕으로 한 도로교통·도시기반 시스템을 구축한다", None, d, ["smart-city"], "plan"),
  c("주요사업은 원성동 명품 주거환경 조성", None, d, ["smart-city", "fourth-industrial-revolution"], "plan"),
  c("투자유치 확대를 위한 One-stop 서비스, 우리동네 착한가격업소 추천방 운영", None, d,
    ["investment-attraction", "small-merchants", "medical-industry"], "plan"),
  c("글로벌 문화관광 도시로의 발돋움할 발판을 마련한다", None, d, ["culture-tourism"], "plan"),
  c("육아 아빠를 위한 맞춤형 컨설팅, 틈새없이 든든한 보육환경 조성", None, d, ["childcare-birth", "welfare"], "plan"),
 ],
 not_claims=["2025 시책구상보고회 사진  © 천안시", "내년에 추진할 사업 385건을 제시했다",
  "박상돈 시장이 참석한 가운데 개최된 이번 보고회는", "천안시는 기술변화에 발맞춰 기존의 삶에 새로움을 더하는 도시혁신 정책을 추진한다"])

k = "mun-in"; d = "2026-01-01"
G["hn-08-newsis.txt"] = dict(
 metadata=dict(headline="문인 광주 북구청장 \"가까운 민생, 단단한 일상, 넓은 미래\"[신년인터뷰]", published="2026-01-01T13:03+09:00",
               reporter="이영주", outlet="뉴시스", jurisdiction="29170"),
 officials=[k],
 claims=[
  c("지역화폐 '부끄머니' 발행을 이어가고 카드수수료 지원 등으로 소상공인의 경영 부담을 덜겠다고 했다", k, d, ["small-merchants"], "plan"),
  c("'골목형상점가 상인교육관' 구축으로", k, d, ["small-merchants"], "plan"),
  c("도심 속 스마트 팜 운영을 통한 미래 먹거리 선제적 준비", k, d, ["agriculture", "welfare"], "plan"),
  c("주거 안정 방안도 내놓았다", k, d, ["housing"], "plan"),
  c("'북구형 사회주택 1호' 입주를 시작으로", k, d, ["housing", "childcare-birth", "welfare"], "plan"),
  c("건강 주치의제 시범사업을 본궤도에 올려놓겠다고도 했다", k, d, ["public-health"], "plan"),
  c("우수저류시설 설치와 수곡천 개선사업 등 도심 침수 예방대책을 단계적으로", k, d, ["disaster-safety"], "plan"),
 ],
 not_claims=["민생은 더 가까이, 일상은 더 단단하게, 미래는 더 넓게 준비하겠다",
  "구민 삶의 변화를 꾸준히 만들어나가겠다", "민생 회복을 역점으로 두고 북구의 행정을 이어갈 것을 약속했다",
  "(사진 = 광주 북구 제공) 2025.06.27. photo@newsis.com"])

d0 = "2018-08-26"; d = "2018-08-28"
G["hn-09-newsggam.txt"] = dict(
 metadata=dict(headline="김종식 목포시장, 도시재생뉴딜사업 현장 방문", published="2018-08-28T11:57+09:00",
               reporter="최병양", outlet="뉴스깜", jurisdiction="46110"),
 officials=["kim-jong-sik"],
 claims=[
  c("김종식 목포시장이 도시재생뉴딜사업 현장을 방문했다", None, d0, ["urban-regeneration"], "statement"),
  c("도시재생뉴딜사업이 진행되는 원도심을 찾아", None, d0, ["urban-regeneration"], "statement"),
  c("도시재생 뉴딜사업은 목포시가 국토교통부 공모에 선정된 사업으로", None, d,
    ["urban-regeneration", "jobs", "welfare", "culture-tourism"], "statement"),
  c("원도심의 15개 근대건축물이 문화재로 등록‧지정되는 한편", None, d, ["culture-tourism", "urban-regeneration"], "statement"),
  c("역사자원을 관광자원으로 활용함으로써 원도심 활성화도 앞당겨질 것으로 보인다", None, d,
    ["urban-regeneration", "culture-tourism"], "statement"),
  c("도시재생 뉴딜사업은 전국의 예술가들이", None, d, ["urban-regeneration"], "statement"),
 ],
 not_claims=["만호동, 유달동 일대 근대문화건축자산 관광자원화", "<사진제공=목포시>",
  "원도심은 일제강점기 건립된 근대건축문화자산이 다수 산재돼 역사적, 문화적 가치가 높은 지역이다"])

for name, g in G.items():
    out = {"article": name, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"], "not_claims": g["not_claims"]}
    open(os.path.join(D, name + ".json"), "w", encoding="utf-8").write(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
    print(name, len(g["claims"]))
