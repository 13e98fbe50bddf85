"""Writes gold/*.json for set-in (hand annotation; one entry per article)."""
import json, os
D = '/work/blind/set-in/gold/'
os.makedirs(D, exist_ok=True)
def C(q, sp, d, pol, k, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: c["speaker_name"] = name
    return c
def M(h, p, r, o, j): return {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j}
G = {}
d = "2025-03-12"
G["in-01-newsis.txt"] = (M("원주시, 3고 악재 속 '일자리 증가'…기업유치 등 효과", "2025-03-12T08:49:40+09:00", "이덕화", "뉴시스", "51130"), [], [
  C("강원 원주시 일자리가 증가세를 보이며 지역 경제에 긍정적인 변화가 일어나고 있다", None, d, ["jobs"], "achievement"),
  C("지난해 지역 고용률은 전년 대비 하락했으나 이는 경기침체로 인한 전국적인 현상이다", None, d, ["jobs"], "statement"),
  C("원주의 경우 상반기 대비 하반기 고용률이 오히려 0.3% 상승했다", None, d, ["jobs"], "achievement"),
  C("민선8기 원주시는 산업단지 조성, 기업지원 확대, 산업다각화 노력 등을 통해 고용창출에 집중해 왔다", None, d, ["jobs"], "statement"),
  C("제조업 분야에서 일자리가 1000여 개 증가했다", None, d, ["jobs"], "achievement"),
  C("시의 우량기업 유치 노력, 지속적인 기업의 신규 투자 및 생산량 증가로 인한 신규 채용이 활발하게 이루어지면서", None, d, ["jobs", "investment-attraction"], "achievement"),
  C("적극적인 고용장려 정책이 일자리 증가를 도왔다", None, d, ["jobs"], "achievement"),
], ["원주시, 3고 악재 속 '일자리 증가'…기업유치 등 효과", "산업단지 조성 등 고용창출 집중", "㈜광덕에이앤티가 기업도시에 준공을 앞두고 있다", "올해 상반기 180명을 신규 채용할 예정이다", "㈜디에스테크노가 문막농공단지에서 착공식을 가졌다"])
d = "2024-05-15"
G["in-02-joongdo.txt"] = (M("수원시, '주거복지정책' 5개 전략·19개 추진", "2024-05-15T13:02+09:00", "김삼철", None, "41110"), [], [
  C("수원시가 15일 주거복지정책 방행으로 5개 전략으로 19개 추진계획을 수립했다고 밝혔다", None, d, ["housing"], "achievement"),
  C("'2024년 주거복지 시행계획'을 수립해 추진한다", None, d, ["housing"], "plan"),
  C("2024년 주거복지 시행계획은 5개 전략, 19개 추진 과제, 38개 단위 사업으로 이뤄져 있다", None, d, ["housing"], "statement"),
  C("'수원시 주거복지 종합계획(2020~2024)'을 토대로 수립했다", None, d, ["housing"], "statement"),
  C("수원시 맞춤형 주거복지 정책을 추진하는 것이다", None, d, ["housing"], "statement"),
  C("독자적인 공공주택 모형 개발·도시재생·그린 리모델링 등으로", None, d, ["housing", "urban-regeneration", "climate-carbon"], "statement"),
  C("5개 전략은 ▲주거취약계층 지원 강화(Supporting) ▲공공주택 공급 확대(Housing)", None, d, ["housing"], "statement"),
], ["2024년 주거복지정책 추진 방향은 '포용·안정·지속가능'", "세부 사업은 ▲수원형 주거 기준"])
d = "2018-07-02"; K = "kim-cheol-su"
G["in-03-soraknews.txt"] = (M("민선 7기 시장·군수 취임사 주요내용", "2018-07-09T14:50+09:00", None, None, "42210"), [K], [
  C("속초시의 가장 큰 현안인 물 문제, 난개발 문제 등을 시민들과 함께 지혜를 모아", K, d, ["water-supply"], "plan"),
  C("물 문제 해결은 민선 7기 속초시정의 제1과제로 정하고 혼신의 노력을 다해 적극적으로 추진하겠다", K, d, ["water-supply"], "plan"),
  C("친환경적인 제조업 중심의 기업을 적극 유치해", K, d, ["investment-attraction"], "plan"),
  C("서민 일자리 및 공공 일자리 등 좋은 일자리도 많이 만들겠다고 했다", K, d, ["jobs"], "plan"),
  C("‘시민 중심 원탁회의 형식’의 소통의 장을 만들어", K, d, ["citizen-participation"], "plan"),
], ["이 위기를 속초의 새로운 50년을 준비해야 하는 계기로 삼고", "속초를 역동적으로 바꾸어나갈 새로운 50년을 시민 여러분들과 함께 시작해 나가겠다", "고층 건축물의 인허가와 관련해", "새로운 50년, 시민들과 함께 시작"])
K = "lee-jae-myung"
G["in-04-ajunews.txt"] = (M("이재명 성남시장 \"시민복지권 확대하겠다!\"", "2016-11-18T08:02+09:00", "박재천", "아주경제", "41130"), [K], [
  C("무상급식을 내년부터 고교 신입생에게까지 확대하는 등 시민 복지권을 확대하겠다고 공언했다", K, "2016-11-17", ["education", "welfare"], "plan"),
  C("다른 예산을 아껴 3대 무상복지를 포함, 기존 복지정책을 유지하고, 고등학교 교복 및 초등학교 치과주치의사업을 확대한다", K, "2016-11-17", ["welfare", "education", "public-health"], "plan"),
  C("'3대 무상복지'인 청년배당과 산후조리비도 지속적으로 지원하기로 하고", None, "2016-11-18", ["education", "youth-policy", "childcare-birth", "welfare"], "plan"),
], ["원상회복 투쟁을 하면서 또 대비책을 강구해봐야지요", "성남이 하면 대한민국의 표준이 됩니다"])
d = "2026-02-25"; K = "jeon-jin-seon"
G["in-05-kgfnews.txt"] = (M("양평군, 경기도 동부권 발전 및 친환경농업 분야 정책 건의", "2026-02-27T12:50:32+09:00", "박소연", "한국글로벌뉴스", "41830"), [K], [
  C("무농약 직불금이 3회 지급 후 지원이 종료되는 구조로 지속 영농에 한계가 있다는 점을 지적하며", None, d, ["agriculture", "water-supply"], "criticism"),
  C("친환경 농업은 단순한 1차 산업을 넘어 환경보전과 공익적 가치를 실현하는 분야로", K, d, ["agriculture"], "plan"),
], ["지역발전을 위한 제도 개선 사항을 건의했다", "33건의 안건을 심의하고", "관계 부처에 지역발전을 위해 지속 건의하고", "경기도 시장군수와 동부권 규제 현실 공유, 친환경농업직불제 개편 노력"])
d = "2018-07-02"; K = "lee-jae-su"
G["in-06-kado.txt"] = (M("“모든 의사결정 권한 시민께 돌려드릴 것”", "2018-07-02", "김정호", None, "42110"), [K], [
  C("시민이 중심이 되는 ‘시민정부’를 통한 시정 운영에 역점을 두고 있다", None, d, ["citizen-participation"], "statement"),
  C("(가칭)행복한 춘천 시민 정부를 만들겠다", K, d, ["citizen-participation"], "plan"),
  C("정책 결정의 중심에 시민으로 구성된 시민 기구를 두겠다는 것이다", K, d, ["citizen-participation"], "plan"),
  C("시민들의 자발적 에너지를 춘천 발전의 동력을 삼겠다는 의미다", K, d, ["citizen-participation"], "plan"),
  C("이 권한을 시민들에게 돌려드리겠다", K, d, ["citizen-participation"], "plan"),
  C("시민 정부가 내놓는 정책에 대한 최종 심의 의결은 대의 기구인 시의회가 하게 된다", K, d, ["citizen-participation"], "statement"),
  C("시민과 시의회,집행부 3축으로 시정이 굴러가게 될 것이다", K, d, ["citizen-participation"], "statement"),
  C("전국 최초의 시민 직접 민주주의 모델 도시를 만들겠다", K, d, ["citizen-participation"], "plan"),
  C("이것은 실험이 아니고 실제 실행이며,새로운 시도이자 도전이다", K, d, ["citizen-participation"], "statement"),
  C("모든 것을 시민이 주도하고,결정하고,모든 것의 기준이 시민이 되는 도시를 만들겠다", K, d, ["citizen-participation"], "plan"),
  C("모든 정책과 사업은 시민들이 숙의를 통해 결정할 것이다", K, d, ["citizen-participation"], "plan"),
], ["역대 첫 진보 성향 시장답게 새로운 변화를 예고하고 있다", "춘천시정 구호는 ‘춘천,시민이 주인입니다’이다", "지금까지 모든 의사 결정 권한을 집행부가 가졌다"])
d = "2026-01-23"
G["in-07-aanews.txt"] = (M("'2026-2027 강릉방문의 해 선포식'국제관광도시 도약 선언", "2026-01-23T08:14:30+09:00", None, "아시아월드뉴스", "51150"), ["kim-hong-gyu"], [
  C("2027년까지 국내 관광객 5000만명, 외국인 관광객 50만명 유치를 목표로 하는", None, d, ["culture-tourism"], "target"),
  C("국제관광도시로 도약하기 위한 실천적 사업을 천명하고 전 시민의 참여 분위기를 조성하기 위해 마련됐다", None, d, ["culture-tourism"], "statement"),
  C("체류형 관광인프라와 특화 관광상품을 확대해 국내외 관광객 유치에 총력을 기울일 계획이다을 밝혔다", None, d, ["culture-tourism"], "plan", "심상복"),
], ["선포식을 성황리에 개최했다고 밝혔다", "행사는 축하 공연, 추진계획 발표, 선포 퍼포먼스 및 BI 로고 공개 순으로 진행됐다", "각 지역의 관광지를 소개하는 퍼포먼스가 펼쳐졌으며"])
K = "kim-dong-yeon"
G["in-08-nspna.txt"] = (M(None, None, "김병관", "NSP통신", "41"), [K], [
  C("선도적인 기후정책으로 경기도가 모범을 보이겠다고 강조했다", K, None, ["climate-carbon"], "plan"),
  C("경기도는 지난달 24일 ‘경기 RE100’ 비전을 선포했다", K, None, ["energy-transition"], "achievement"),
  C("기후위기 대응을 위한 위원회를 구성해 직접 챙기겠다고 약속했다", K, None, ["climate-carbon"], "plan"),
  C("매월 작더라도 실천할 수 있는 기후문제 해결책을 도출해 차곡차곡 쌓아갈 것", K, None, ["climate-carbon"], "plan"),
  C("내일 17일 첫 회의를 개최해 그 약속을 지킨다", K, None, ["climate-carbon"], "plan"),
  C("제가 직접 주재하고 경기도 기후대사 강금실 전 장관께서도 함께 해주신다", K, None, ["climate-carbon"], "statement"),
  C("정부는 신재생에너지 발전 비중과 온실가스 감축 목표를 낮추며 거꾸로 가고 있다", K, None, ["energy-transition", "climate-carbon"], "criticism"),
], ["지난달 24일 ‘경기 RE100’ 비전 선포 기념촬영 모습", "경기도와 대한민국의 더 나은 내일을 위해 한 걸음씩 앞으로 나아가겠다"])
K = "lee-min-geun"
G["in-09-asiatoday.txt"] = (M("이민근 시장 \"교통·환경·안전·복지 분야 조화롭게 어우러진 도시 조성\"", None, None, None, "41270"), [K], [
  C("'스마트도시계획 수립 용역 최종 보고회'를 열고", None, None, ["smart-city"], "statement"),
  C("지난 2024년 5월 스마트도시계획 수립 용역에 착수한 이후", None, None, ["smart-city"], "statement"),
  C("시민 리빙랩 운영 등을 통해 다양한 의견을 수렴해 왔다", None, None, ["smart-city", "citizen-participation"], "statement"),
  C("지난해 12월 스마트도시계획을 수립해 국토교통부에 승인을 요청했으며, 지난 1월 최종적으로 승인받았다", None, None, ["smart-city"], "achievement"),
  C("△탄소중립을 실현하는 그린 스마트도시를 목표로 한다", None, None, ["smart-city", "climate-carbon"], "plan"),
  C("△시민과 함께 성장하는 스마트도시 안산을 비전과 목표로 제시했다", None, None, ["smart-city"], "plan"),
  C("스마트도시 계획을 본격 적용해 나갈 방침이다", None, None, ["smart-city"], "plan"),
  C("시민들이 체감할 수 있는 스마트도시를 구현해 나가겠다", K, None, ["smart-city"], "plan"),
], ["교통·환경·안전·복지 분야 조화롭게 어우러진 도시 조성"])
for f, (meta, offs, claims, nots) in G.items():
    json.dump({"article": f, "metadata": meta, "officials": offs, "claims": claims, "not_claims": nots},
              open(D + f + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(f, len(claims))
