"""Write set-np gold files. C(quote, speaker, date, policies, kind[, speaker_name])."""
import json
from pathlib import Path
GOLD = Path(__file__).resolve().parent.parent / "gold"

def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c

def M(h, pub, rep, out, j): return {"headline": h, "published": pub, "reporter": rep, "outlet": out, "jurisdiction": j}

G = {}
d = "2025-05-28"; ET, RD = "energy-transition", "research-development"
G["np-01-kukinews.txt"] = (M("동해시, 수소산업 전주기 체계 구축…R&D·특화단지 '투트랙' 전략 시동", "2025-05-28T15:03:24+09:00", None, None, "51170"), [], [
 C("수소산업을 지역 핵심 전략산업으로 육성하기 위해 전주기 지원체계를 본격 가동한다", None, d, [ET], "plan"),
 C("R&D와 산업기반 시설을 동시에 추진하며 수소 중심도시로의 도약을 본격화하고 있다", None, d, [ET, RD], "statement"),
 C("시는 올해부터 수소기업 기술력 확보를 위한 R&D 과제 지원에 나섰다", None, d, [RD, ET], "statement"),
 C("사업은 올해부터 4년간 총사업비 12억 원 규모로 추진되며", None, d, [RD], "statement"),
 C("지난 4월 공모를 통해 2개 기업을 선정했고", None, d, [RD], "achievement"),
 C("연구인력 이전이나 신규고용이 필수 조건이다", None, d, [RD, "jobs"], "statement"),
 C("수소 저장·운송 클러스터 기반시설이 구축된다", None, d, [ET], "plan"),
 C("오는 2028년까지 총사업비 3178억원이 투입된다", None, d, [ET], "plan"),
 C("사업부지 분양대금 잔금 지급 및 소유권 이전 등기를 완료하고", None, d, [ET], "achievement"),
 C("내년 상반기 착공에 돌입할 계획으로", None, d, [ET], "plan"),
 C("동해·삼척 액화수소 저장·운송단지가 조성된다", None, d, [ET], "plan"),
 C("사업화 R&D 우선지원 등의 혜택을", None, d, [ET, RD], "statement"),
], ["수소분야에 총 3547억 투입, 수소중심도시 도약", "동해시청 전경."])

d = "2018-01-03"; CP = "citizen-participation"
G["np-02-ajunews.txt"] = (M("광명시 2018 주민참여예산...4억7800만원 편성", "2018-01-03T10:47+09:00", None, None, "41210"), ["yang-gi-dae"], [
 C("2018년 주민참여예산사업으로 총 18건에 4억7800만 원을 확정했다", None, d, [CP], "achievement"),
 C("주요 사업으로는 테마가 있는 너부대공원 만들기", None, d, [CP], "statement"),
 C("주민참여예산사업은 시민 불편사항이나 복지 증진", None, d, [CP], "statement"),
 C("시민 누구나 제안할 수 있으며", None, d, [CP], "statement"),
 C("가까운 동 주민센터를 방문해 제안서를 작성해 제출하면 된다", None, d, [CP], "statement"),
 C("2019년 예산에 반영할 주민참여예산사업은 올 3월부터 7월까지 신청을 받을 예정이다", None, d, [CP], "plan"),
 C("위원회는 주민참여예산을 잘 사용할 수 있도록 예산학교와 워크숍을 운영하고", None, d, [CP], "statement"),
 C("이들은 그 동안 아름다운 마을 조성을 위한 벽화사업", None, d, [CP], "achievement"),
 C("메타세쿼이아 숲길 조성은 시민들에게 좋은 평가를 받았다", None, d, [CP], "achievement"),
 C("해를 거듭할수록 주민참여예산제도의 중요성을 알고 참여하는 시민이 늘고", None, d, [CP], "achievement", "이재서"),
 C("주민참여예산제도는 민주주의를 실현하는 시민의 권리와 의무이므로", None, d, [CP], "statement", "이재서"),
], [])

d = "2023-09-11"; Y, J, S = "youth-policy", "jobs", "startup-support"
G["np-03-queen.txt"] = (M("고양특례시, 청년의 꿈을 응원한다", "2023-09-11T08:22+09:00", "지현애", None, "41280"), ["lee-dong-hwan"], [
 C("고양특례시가 청년들이 꿈과 희망을 마음껏 펼칠 수 있도록 응원한다", None, d, [Y], "statement"),
 C("시는 청년일자리 확대를 위해 청년과 기업이 상생하는 지역주도형 청년일자리", None, d, [Y, J, "housing", S], "statement"),
 C("청년창업 투자설명회, 고양청년창업펀드, 스타트업 팝업스토어 등 창업활성화를 위한 기반을 확대하고 있다", None, d, [S, Y], "statement"),
 C("청년들의 취업과 일자리 창출을 위해 고양경제자유구역을 추진하고", "lee-dong-hwan", d, [J, Y, S], "plan"),
 C("고양특례시는 청년을 채용하는 기업에 인건비를 지원하여", None, d, [J, Y], "statement"),
 C("청년에게는 고양시 관내 기업에 취업하여 직무역량을 강화하는 기회를 제공하고", None, d, [J, Y], "statement"),
 C("고양시는 4개 사업 90여명을 지원하여", None, d, [J, Y], "achievement"),
], ["경제자유구역·첨단산업 육성…일자리·창업기회 풍부한 자족도시 만들겠다", "청년과 기업이 상생하는 지역주도형 청년일자리 추진", "'청년 간담회'에서 청년들과 대화를 나누고 있다"])

d = None
G["np-04-hankyung.txt"] = (M("삼척시 지속 가능 친환경 수소 도시 조성 탄력", None, None, "연합뉴스", "42230"), ["kim-yang-ho"], [
 C("수소 및 재생에너지사업 협력 강화를 위한 업무협약을 했다", None, d, [ET], "achievement"),
 C("강원도 최초로 수소충전소(250kg/일)를 운영하는 삼척시는", None, d, ["future-vehicles", ET], "statement"),
 C("수소 연구·개발 특화도시 선정, 액화수소 규제 자유 특구 지정 등", None, d, [ET, RD], "statement"),
 C("삼척시는 이번 업무협약을 통해 수소 시범도시 인프라 기술개발사업", None, d, [ET, RD], "plan"),
 C("수소·재생에너지 융·복합 주거·휴양단지 조성", None, d, [ET, "culture-tourism"], "plan"),
 C("그린뉴딜 핵심사업 추진·탄소중립 시책에 적극적인 투자 의지 표명", "kim-yang-ho", d, ["climate-carbon", ET], "plan"),
 C("수소와 신재생에너지를 활용한 지속가능한 생태도시 기반 구축의 마중물 역할은 물론", "kim-yang-ho", d, [ET], "statement"),
], ["한수원, 수소시범도시연구단과 투자·협력 강화 협약", "RE100은 기업, 특정시설, 복합단지 등에서 사용하는 전력의 100%를 재생에너지로 충당하는 것이다"])

d = "2026-02-09"; SM = "small-merchants"
G["np-05-asiae.txt"] = (M("속초시, 설맞이 장보기 행사로 전통시장에 활력 충전", "2026-02-09T15:36+09:00", "이종구", None, "51210"), ["lee-byeong-seon"], [
 C("강원도 속초시가 민족 최대 명절 설을 맞아 전통시장 활성화에 나선다", None, d, [SM], "plan"),
 C("시는 오는 18일까지 '전통시장 활성화' 기간으로 정하고", None, d, [SM], "plan"),
 C("이에 시는 9일부터 12일까지 부서별로 장보기 행사에 참여할 계획이다", None, d, [SM], "plan"),
 C("시는 불황 타격이 큰 전통시장 및 골목상권 식당에서 오찬을 하고", None, d, [SM], "plan"),
 C("시는 이번 행사가 가파른 물가 상승세에 따른 소비심리 위축", None, d, [SM], "statement"),
 C("설맞이 장보기 행사가 전통시장 상인들에게 조금이나마 도움이 되기를 바란다", "lee-byeong-seon", d, [SM], "statement"),
 C("시민께서는 저렴하고 품질 좋은 우리 전통시장 많이 이용해 주시길 바란다", "lee-byeong-seon", d, [SM], "statement"),
 C("속초사랑상품권과 온누리상품권을 많이 활용해 가계 부담도 줄이시길 바란다", "lee-byeong-seon", d, [SM], "statement"),
], ["전통시장 활성화 기간 지정", "기관·단체에 전통시장 이용 독려", "첫날인 9일에는 이병선 시장이 직접 속초관광수산시장을 방문해 장을 보고 상인들을 격려했다", "상인들을 격려하고 잇다. 속초시 제공"])

d = "2025-11-03"; PT, DS, CT = "public-transit", "disaster-safety", "culture-tourism"
G["np-06-localsegye.txt"] = (M("김병수 시장, 김동연 지사 만나 김포골드라인 증차 등 지원 요청", "2025-11-03T16:31:49+09:00", "유기호", "로컬세계", "41570"), ["kim-byeong-su", "kim-dong-yeon"], [
 C("김 시장은 김포골드라인 전동차 증차, 행정선 건조, 자연재해위험개선지구 지정 등", "kim-byeong-su", d, [PT, DS], "statement"),
 C("김포골드라인 전동차 증차 사업은 김포시가 국비 153억 원을 확보해", None, d, [PT], "achievement"),
 C("하지만 지방비 분담을 위한 경기도의 도비 지원은 지금까지 이루어지지 않았다", None, d, [PT], "criticism"),
 C("수차례 요청에도 지원이 이뤄지지 않았다", "kim-byeong-su", d, [PT], "criticism"),
 C("부래도 관광자원화사업, 한강 독도섬 개발 등 수상업무 수행이 빈번해짐에 따라", None, d, [CT], "statement"),
 C("신곡리의 ‘자연재해위험개선지구’ 지정과 국도비 사업 추진", "kim-byeong-su", d, [DS, CT], "plan"),
 C("시민의 교통과 안전은 어떤 이유에도 불구하고 갖춰져야 한다", "kim-byeong-su", d, [PT, DS], "plan"),
], ["김포시민의 안전과 직결된 주요 현안에 대해 경기도 차원의 적극적인 지원을 요청했다", "시 단독 재원 확보에는 한계가 있어, 경기도의 협조가 반드시 필요하다는 설명이다"])

d = "2021-04-27"; CH = "city-hall"
G["np-07-joongangtv.txt"] = (M("이천 호법면 청사 재건축 건립공사 기공식 가져", "2021-04-27", "송석원", None, "41500"), ["eom-tae-jun"], [
 C("호법면 청사 재건축 건립공사 기공식를 가졌다", None, d, [CH], "achievement"),
 C("기존 호법면 청사는 지난 1981년도에 건축돼 낡고 협소한", None, d, [CH], "plan"),
 C("지난해부터 기본계획 수립 및 경기도 지방재정투자심사 등 각종 행정절차를 거쳐 착공하게 됐다", None, d, [CH], "achievement"),
 C("엄태준 시장은 새 청사는 기존의 공공청사의 기능 뿐 만아니라", "eom-tae-jun", d, [CH], "statement"),
 C("주민들에게 다양하고 양질의 공공서비스가 제공될 수 있도록 공사에 만전을 기해 달라고 말했다", "eom-tae-jun", d, [CH], "plan"),
], ["832㎡에서 1582.61㎡로 증축, 공공청사·작은도서관 등 갖춰", "이날 기공식에는 엄태준 이천시장, 정종철 시의회의장을 비롯해"])

d = None; IA = "investment-attraction"
G["np-08-newsis.txt"] = (M(None, None, None, None, "51130"), ["won-gang-su"], [
 C("원주시는 민선8기 들어 기업 유치 부문에서 꾸준한 성과를 내며", None, d, [IA], "achievement"),
 C("현재까지 지역 11개 기업과 총 2914억원 규모의 추가 투자협약을 체결했다", None, d, [IA], "achievement"),
 C("이를 통해 637명의 신규 일자리가 창출될 전망이다", None, d, [J, IA], "statement"),
 C("협약을 체결한 기업은 ▲반도체 분야 인테그리스코리아", None, d, [IA], "statement"),
 C("특히 지난 21일 체결된 ㈜한국정밀소재산업과의 투자협약은", None, d, [IA], "achievement"),
 C("투자 한파 속에서도 기업들의 연이은 투자는 원주시가", "won-gang-su", d, [IA], "statement"),
], ["기업하기 좋은 도시 입증", "11개 기업 총 2914억 추가 투자", "공장설립 전담팀 등 기업친화 행정 성과", "원주가 방위산업 핵심 거점으로 도약하며", "부론산업단지는 현재 분양률이 70%를 넘어섰다", "근로자 정주 여건 개선을 위한 복지 인프라도 확충된다"])

NK = "nam-kyung-pil"
G["np-09-asiae.txt"] = (M("남경필지사 \"아직은 배가 고프다\" 왜?", None, "이영규", "아시아경제", "41"), [NK], [
 C("경기도의 일자리 창출과 관련", NK, d, [J], "statement"),
 C("그 결과로 지난 2년 동안 30만1000여개의 일자리를 만들어냈다", NK, d, [J], "achievement"),
 C("남은 2년 동안 70만개 일자리를 달성하기 위해 최선을 다할 것", NK, d, [J], "target"),
 C("일자리 30만개는 뛰어난 성과지만 나는 아직도 배가 고프다", NK, d, [J], "achievement"),
 C("더 좋은 일자리 창출에 매진해 일자리 도지사로 기억되도록 하겠다", NK, d, [J], "plan"),
 C("우리 집 근처에 좋은 일자리를 많이 만들어서 이러한 고통에서 헤어날 수 있도록 해야 한다", NK, d, [J], "plan"),
 C("▲경기도 주식회사 ▲판교제로시티 ▲스타트업캠퍼스 등의 정책을 제시했다", NK, d, [J, S], "plan"),
], ["일자리 창출과 관련해서 아직은 배가 고프다고 밝히고 있다", "그래서 우리는 배가 고파야 한다", "경기도는 골키퍼 역할을 하겠다고 설명"])

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, (meta, officials, claims, nots) in G.items():
        doc = {"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": nots}
        (GOLD / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(claims))
