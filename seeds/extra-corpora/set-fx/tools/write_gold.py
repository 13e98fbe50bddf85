"""Writes set-fx gold files (hand annotation, see GOLD_NOTES.md)."""
import json
from pathlib import Path
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
def M(h, pub, rep, out, j): return dict(headline=h, published=pub, reporter=rep, outlet=out, jurisdiction=j)
G = {}
IA, DC = ["investment-attraction"], ["decentralization"]
W, D = "won-gang-su", "2023-01-04"
G["fx-01-kukinews.txt"] = dict(
    metadata=M('원강수 원주시장 "기업하기 좋은 경제도시 육성"', "2023-01-04T16:03+09:00", None, None, "42130"),
    officials=[W],
    claims=[
        C("원주시가 개발한 특례를 강원특별자치도 특별법에 꼼꼼히 반영하겠다", W, D, DC, "plan"),
        C("원주시의 새해 핵심 과제로 내세우며 이같이 밝혔다", W, D, IA, "plan"),
        C("중부권 반도체 클러스터의 중심도시로 도약할 수 있도록 모든 역량을 집중하겠다", W, D, IA, "plan"),
        C("각종 과도한 규제를 혁파하고 지리적 이점과 산업 성장을 기반으로 한 원주 경제의 대전환을 이루겠다", W, D, IA, "plan"),
        C("반도체 교육센터 건립을 시작하기 위해 장비구축을 위한 국비 200억 원을 확보", None, D, IA, "achievement"),
        C("가장 큰 걸림돌로 수질오염총량제를 언급했다", W, D, IA, "criticism"),
        C("고도화된 정화 시스템으로 충분히 유치할 수 있다", W, D, IA, "statement"),
        C("정부는 과거의 규제를 현재까지도 계속 갖고 있어 특례를 통해 해결하려고 한다", W, D, DC + IA, "plan"),
        C("규제에서 벗어난 대체 용지(부지)도 찾은 상태다", W, D, IA, "achievement"),
    ],
    not_claims=['원강수 원주시장 "기업하기 좋은 경제도시 육성"', "새해 시정 방향에 대한 브리핑을 하고 있다. (원주시청 제공)",
                "입체적 교통 기반 시설 조성을"])
D, E = "2018-09-11", "2018-09-10"
G["fx-02-pajusidae.txt"] = dict(
    metadata=M("탄현 성동리 치매안심 마을 3호 지정", "2018-09-11T19:31+09:00", None, "파주시대", "41480"),
    officials=[],
    claims=[
        C("탄현면 성동리를 ‘치매안심마을’ 3호로 지정해 마을회관에서", None, E, ["dementia-care"], "achievement"),
        C("치매안심마을은 치매환자가 살아온 지역사회에서 더불어 살아갈 수 있는 환경마련을 통해", None, D, ["dementia-care"], "statement"),
        C("실종 예방을 위해 배회하는 어르신 신고활동 등에 적극적으로 동참할 계획이다", None, D, ["dementia-care"], "plan"),
        C("치매 친화적 환경을 조성해 치매환자와 가족의 삶의 질이 개선되도록 노력하겠다", None, D, ["dementia-care"], "plan", "김규일"),
    ],
    not_claims=["탄현 성동리 치매안심 마을 3호 지정", "파주시대 pajusidae@naver.com"])
D, FV, SC = "2025-07-09", ["future-vehicles"], ["smart-city"]
G["fx-03-newspak.txt"] = dict(
    metadata=M("고양시, 경기북부 최초 '자율주행자동차 시범운행지구' 지정", "2025-07-09T07:50+09:00", "배상미", "뉴스팍", "41280"),
    officials=[],
    claims=[
        C("‘자율주행자동차 시범운행지구’에 최종 선정됐다고 9일 밝혔다", None, D, FV, "achievement"),
        C("최초로 자율주행 모빌리티 서비스 실증과 상용화를 위한 제도적·행정적 특례를 적용받게 되며", None, D, FV, "statement"),
        C("자율주행차 시범운행지구는 국토교통부가 자율주행 상용화와 지역 교통문제 해결을", None, D, FV, "statement"),
        C("선정된 지구에는 도로·교통 관련 규제특례가 부여되며", None, D, FV, "statement"),
        C("광역교통망과 스마트시티 인프라를 갖추고 있고", None, D, SC + FV, "achievement"),
        C("심야 시간대에는 대화역–정발산역–대곡역–화정역 구간(약 10.5km)을 운행해", None, D, FV, "plan"),
        C("시는 인근 상업·문화 거점을 연결하고 실생활과 밀접한 주요 지점 연결 노선을 설계에 반영해", None, D, FV, "plan"),
        C("이번 선정은 스마트시티와 미래교통 혁신의 접점을 찾기 위한 노력의 결실", None, D, SC + FV, "achievement"),
        C("안전하고 편리한 자율주행 서비스를 조속히 선보여", None, D, FV, "plan"),
    ],
    not_claims=["고양시, 경기북부 최초 '자율주행자동차 시범운행지구' 지정",
                "총 16km 자율주행 시범운행 본격 준비…스마트 모빌리티 중심지 도약"])
Y, D, CC = "yeom-tae-yeong", "2022-01-17", ["climate-carbon"]
G["fx-04-newspim.txt"] = dict(
    metadata=M("염태영 수원시장, 전세계 지방정부에 기후 행동 동참 요청", "2022-01-17T17:14+09:00", "순정우", "뉴스핌", "41110"),
    officials=[Y],
    claims=[
        C("참가해 수원시의 '기후 행동'을 세계에 알린다", None, D, CC, "plan"),
        C("'기후 행동'은 국가적·국제적으로 기후 변화에 대응하는 정책과 실질적인 노력 등을 소개한다", None, D, CC, "statement"),
        C("2030년까지 온실가스 배출량을 2005년 대비 40% 감축하겠다는 목표를 설정했다", Y, D, CC, "target"),
        C("2013년에는 대한민국 지방정부 최초로 온실가스 감축량을 정량적으로 분석하는", Y, D, CC, "achievement"),
        C("2021년 4월에는 '수원시 탄소중립 기본계획'을 수립했다", Y, D, CC, "achievement"),
        C("적극적인 에너지 전환과 절약으로 2050년", Y, D, CC + ["energy-transition"], "plan"),
    ],
    not_claims=["염태영 수원시장, 전세계 지방정부에 기후 행동 동참 요청", "국제회의 꾸준히 참가해 수원시 환경정책 전세계에 알려",
                "염태영 시장이 17일 집무실에서 주제발표 영상을 촬영하고 있다",
                "염 시장은 17일 집무실에서 국제 시장 포럼에서 소개될 발표 영상을 촬영했다"])
K, D, HO = "kim-hong-gyu", "2022-07-07", ["housing"]
G["fx-05-kbs.txt"] = dict(
    metadata=M('김홍규 강릉시장 "강원 제일도시 만들겠다"', "2022-07-07T21:45+09:00", "김보람", "KBS 춘천", "42150"),
    officials=[K],
    claims=[
        C("지역 경제를 한 단계 도약시킬 방안으로 기업 유치를 제시했습니다", K, D, IA, "plan"),
        C("우선 물류비와 접근성을 줄이겠다며 옥계항만 확장사업에 가장 공을 들이고 있습니다", K, D, IA, "statement"),
        C("김 시장은 일단 공급 확대를 해법으로 제시했습니다", K, D, HO, "plan"),
        C("앞으로 주택 인허가를 확대하겠다", K, D, HO, "plan"),
    ],
    not_claims=['김홍규 강릉시장 "강원 제일도시 만들겠다"', "강릉을 다시 강원도 제일도시로 만들겠다는 포부를 밝혔습니다",
                "관광산업에만 의존하다 보니 관광경기가 침체 되면", "하역사와 선주 또 물량 이것이 이제 확보되고",
                "치솟고 있는 집값으로 지역 주민들의 정주 여건이 나빠지는 것도 지역 현안입니다",
                "아파트값이 가장 많이 오른 5개 도시 중 하나가 강릉입니다"])
L, D, WS = "lee-sang-il", "2026-01-20", ["water-supply"]
G["fx-06-kmib.txt"] = dict(
    metadata=M("반도체 소", "2026-01-20", None, None, "41460"),
    officials=[L],
    claims=[
        C("정부는 전력과 용수 공급 등의 환경을 고려해 용인을 최적의 도시로 선정한 것으로 안다", L, D, WS, "statement"),
        C("전력과 용수공급 계획을 수립한 만큼 이를 신속하게 이행하는 것이 정부의 의무이자 책임", L, D, WS, "plan"),
    ],
    not_claims=["정부는 15개의 국가산단 후보지를 선정했고", "반도체 메가 클러스터 프로젝트는 무산됐을 수도 있다고 생각한다"])
CM, CB = "choi-mun-sun", ["childcare-birth"]
G["fx-07-ekn.txt"] = dict(
    metadata=M(None, None, None, None, "51790"),
    officials=[CM],
    claims=[
        C("'아이 기르기 가장 좋은 화천 만들기' 사업을 더욱 완성도 있게 가다듬겠다", CM, None, CB, "plan"),
        C("온종일 돌봄시설 화천 커뮤니티센터 내실화, 교육발전특구 사업을 꼼꼼하게 준비해", CM, None, CB + ["education"], "plan"),
        C("공공주거정책 추진으로 정주여건 개선에 속도를 내겠다", CM, None, HO + CB, "plan"),
        C("신혼부부 임대주택은 임대보증금과 월임대료를 파격적으로 지원하겠다", CM, None, HO, "plan"),
        C("주거와 출산, 보육, 교육 걱정 없이 누구나 터를 잡고 살아갈 수 있는 환경을 조성해 나가겠다", CM, None, HO + CB, "plan"),
        C("사계절 관광객 유입의 새로운 전기를 마련하겠다", CM, None, ["culture-tourism"], "plan"),
    ],
    not_claims=["어르신 잘 모시고, 화천의 미래인 아이들 잘 키우는 것을 가장 기본으로 한다",
                "'행복한 마음, 신나는 삶, 밝은 화천'이라는 지향점을 향해", "최명기 화천군수는 새해 군정 방향을 밝혔다",
                "파크골프산업이 우리 군의 미래 신성장 동력으로"])
D, CT = "2017-06-28", ["culture-tourism"]
G["fx-08-localsegye.txt"] = dict(
    metadata=M("삼척시, 대규모 '힐링 숲' 조성한다", "2017-06-28T10:18+09:00", "김재덕", "로컬세계", "42230"),
    officials=[],
    claims=[
        C("미로면 활기리 일대에 대규모 힐링 숲 조성에 나선다", None, D, CT, "plan"),
        C("총 사업비 113억원을 투입해 치유 숲과", None, D, CT, "plan"),
        C("지난해 실시설계 및 각종 사전 행정절차 이행을 완료했다", None, D, CT, "achievement"),
        C("오는 7월부터 본격적으로 사업을 추진해 2019년까지 완료할 계획이며", None, D, CT, "plan"),
        C("총 62억원을 투자하는 자연휴양림 25ha 사업에는", None, D, CT, "plan"),
        C("차별화된 산림복지단지로 확대 조성해 전국적인 관광객을 유치하겠다", None, D, CT + ["agriculture"], "plan"),
    ],
    not_claims=["삼척시, 대규모 '힐링 숲' 조성한다", "[ⓒ 로컬(LOCAL)세계. 무단전재-재배포 금지]"])
H, SY = "heo-pil-hong", ["startup-support", "youth-policy"]
G["fx-09-thenews24.txt"] = dict(
    metadata=M(None, None, None, None, "42720"),
    officials=[H],
    claims=[
        C("‘청년창업지원센터(창업공작소)’가 15일 개소했다", None, None, SY, "achievement"),
        C("미래의 혁신주체인 청년들의 창업허브 공간 역할과", None, None, SY + ["jobs"], "plan"),
        C("2021년까지 강원대학교 창업지원단에서 위탁 운영", None, None, SY, "plan"),
        C("홍천에서 청년이 일자리를 찾아 살아가 수 있는 희망을 주기위해 지원센터가 개소됐다", H, None, SY + ["jobs"], "statement"),
        C("행정에서도 정책을 발굴해 청년들이 홍천을 떠나지 않고", H, None, ["youth-policy"], "plan"),
        C("청년창업 지원 연령을 47세로 상향하는 청년창업 생태계 조성을 위한 조례를 제정해", None, None, SY, "achievement"),
    ],
    not_claims=["미래 혁신주체 청년 창업자들에게 지원서비스", "창업생태계 조성, 청년 일자리 창출, 네트워크 확대",
                "홍천에 일자리가 없는 것은 청년이 없기 때문이다", "창업해 실패하면 물질적 정신적 피해가 상당히 크다",
                "센터가 홍천지역 여건에 맞는 역할을 하길 기대한다",
                "이날 개소식에는 허필홍 군수와 김재근 군의회의장을 비롯해"])
if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "gold"
    out.mkdir(exist_ok=True)
    for name, g in G.items():
        (out / f"{name}.json").write_text(json.dumps({"article": name, **g}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(g["claims"]))
