"""Writes set-pm2 gold files (second, independent hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name:
        c["speaker_name"] = name
    return c


G = {}

# pm-01 고양시 28청춘창업소 (기사입력 2019-11-22 00:10; 개소식 21일)
L, E, D = "lee-jae-jun-41280", "2019-11-21", "2019-11-22"
SY = ["startup-support", "youth-policy"]
G["pm-01-gyinews.txt"] = dict(
    metadata=dict(headline="고양시, 청년창업지원시설 '고양 28청춘창업소' 개소", published="2019-11-22T00:10+09:00",
                  reporter=None, outlet="고양인터넷신문", jurisdiction="41280"),
    officials=[L],
    claims=[
        C("시의회 청사 예정부지에 조성된 28청춘창업소 개소식에 참석해 청년창업자들을 응원하고", None, E, SY, "achievement"),
        C("28청춘창업소는 청년창업지원시설로 3,000규모의 부지에 컨테이너 42개 동을 활용한 가설건축물로 조성됐으며", None, D, SY, "statement"),
        C("시는 28청춘창업소가 일산테크노밸리와 연계돼 시너지를 낼 수 있을 것으로", None, D, ["startup-support"], "statement"),
        C("청년의 꿈과 희망을 지원하는 체계가 만들어져가고 있다면서", L, E, SY, "achievement"),
        C("고양시도 청년 내일꿈 제작소 건립 등으로 지속적인 청년 정책을", L, E, ["youth-policy"], "plan"),
    ],
    not_claims=["이날 개소식은 경과보고, 내빈축사, 우수 청년창업가 사례발표",
                "28청춘 창업소에서 시작한 창업기업이 크게 성공한 기업이 되기를 바라며",
                "고양시, 청년창업지원시설 '고양 28청춘창업소' 개소"])

# pm-02 수원시 마을르네상스 (데스크승인 2011.09.29)
D = "2011-09-29"
CP = ["citizen-participation"]
G["pm-02-joongboo.txt"] = dict(
    metadata=dict(headline="수원시, 마을 58곳 '르네상스' 사업 추진", published="2011-09-29",
                  reporter="박종대", outlet="중부일보", jurisdiction="41110"),
    officials=["yeom-tae-yeong"],
    claims=[
        C("수원시 마을르네상스 사업이 본격 궤도에 올랐다", None, D, CP, "achievement"),
        C("마을르네상스 공모사업을 통해 선정된 58곳 마을만들기 추진주체와 협약식을 체결했다", None, D, CP, "achievement"),
        C("전문가(마을디자이너)를 전담 배치해 추진주체를 대상으로 교육을 실시할 계획이다", None, D, CP, "plan"),
        C("주민이 직접 마을의 주요정책을 제안하고 결정하는 '시민이 주인되는 마을 만들기 사업'을 추진하고 있다", None, D, CP, "statement"),
        C("이 사업은 주민이 스스로 참여해 생태·환경, 역사·문화 등", None, D, CP, "statement"),
        C("이는 주민의 다양한 제안을 행정기관과 전문가가 협력해 지원하는 방식으로 진행된다", None, D, CP, "statement"),
        C("시는 이를 위해 지난해 연말까지 기본계획 수립, 조례제정, 행정조직신설, 시민교육 등", None, D, CP, "achievement"),
        C("올해는 심의의결기구인 마을만들기 추진본부와 지원센터를 설치하고", None, D, CP, "achievement"),
    ],
    not_claims=["염태영 수원시장과 강장봉 수원시의장, 주민 등 200여명이 참석했다",
                "추진성과와 모범사례를 살펴보고 내년부터 시가 추진할 사업을 알아보자",
                "◐ 수원특례시의 종합/*기존_ 자료3(수원관련)종합"])

# pm-03 강원도 원주 혁신·기업도시 투자유치설명회 (2016-10-04, `4일 밝혔다`)
D = "2016-10-04"
IA = ["investment-attraction"]
G["pm-03-m-i.txt"] = dict(
    metadata=dict(headline="원주 혁신·기업도시 투자유치설명회 개최", published="2016-10-04",
                  reporter="황경근", outlet="매일일보", jurisdiction="42"),
    officials=[],
    claims=[
        C("강원원주 혁신·기업도시 투자유치설명회를 개최한다고 4일 밝혔다", None, D, IA, "plan"),
        C("도는 이번 설명회를 통해 원주 혁신·기업도시에 대한 투자관심이 높아지길 기대하고 있다", None, D, IA, "statement"),
        C("원주 혁신도시는 13개 공공기관 중 8개 기관이 이전을 완료했고", None, D, ["decentralization"], "achievement"),
        C("도는 원주시가 기업과 사람이 함께 공존하는 거점도시가 될 수 있도록 노력하겠다고 밝혔다", None, D, IA, "plan"),
    ],
    not_claims=["원주시 중견·중소기업 200명이 참석하여",
                "전국 유일 기업도시와 혁신도시가 함께 있는 도시로서",
                "지가지수가 3.07% 올라 연속 상승세를 이어가고 있으며"])

# pm-04 춘천 레고랜드 토론회 (undated: `9일` only -> all dates null)
J = "lee-jae-su"
CT = ["culture-tourism"]
G["pm-04-chunsa.txt"] = dict(
    metadata=dict(headline="이재수 춘천시장, ‘레고랜드 개장 대비 전문가 토론회’서 고민 토로", published=None,
                  reporter=None, outlet=None, jurisdiction="42110"),
    officials=[J],
    claims=[
        C("내년 7월을 목표로 준비 중인 춘천 레고랜드 개장을 앞두고 긴급하게 점검할 내용이 많다", J, None, CT, "statement"),
        C("금가루를 뿌려서라도 사람들을 시내로 유인할 방법이 없을까 고민한다", J, None, CT, "statement"),
        C("개장효과는 레고랜드만이 아니라 춘천이라는 도시 전체에 영향을 미친다", None, None, CT, "statement", "이영주"),
        C("춘천이라는 도시 전체가 어떻게 비쳐질 것인지에 대해 준비해야 한다", None, None, CT, "plan", "이영주"),
        C("춘천역에서 레고랜드 방향으로 좌회전하기만 편하게 돼 있다", None, None, CT, "criticism", "이영주"),
        C("시내 쪽으로 우회전하는 데 중심적인 역할을 할 캠프페이지 공간활용이 중요하다", None, None, CT, "plan", "이영주"),
        C("애니메이션 산업과 연계한 콘텐츠 산업을 제시했다", None, None, CT, "plan", "이영주"),
    ],
    not_claims=["참석 전문가, “춘천역서 시내 쪽 우회전 쉽게 캠프페이지 공간 활용하자” 제안도",
                "‘춘천 레고랜드 개장 대비 전문가 정책 토론회’를 개최했다",
                "관광·외식산업 분야 전문가들이 참석했다",
                "레고랜드로 쏠릴 사람들의 발걸음을 춘천 시내로까지 이어지도록 만드는 방안을 집중적으로 토의했다"])

# pm-05 익산시 출산장려 5대 핵심과제 (승인 2017.03.16 13:31; `16일 밝혔다`)
D = "2017-03-16"
CB = ["childcare-birth"]
G["pm-05-domin.txt"] = dict(
    metadata=dict(headline="익산시, 출산 장려 5대 핵심과제 추진", published="2017-03-16T13:31+09:00",
                  reporter="김경섭", outlet=None, jurisdiction="45140"),
    officials=["jeong-heon-yul"],
    claims=[
        C("지역 특색에 맞는 출산장려 지원 종합계획을 수립하는 등 ‘인구 늘리기’에 총력전에 나섰다", None, D, CB, "statement"),
        C("올해에도 다양한 인구늘리기를 위한 5대 핵심과제를 적극 추진하겠다", None, D, CB, "plan"),
        C("익산시가 올해 인구늘리기를 위해 수립한 5대 핵심과제와 51개 세부사항을 확정해 추진하고 있다", None, D, CB, "statement"),
        C("5대 핵심과제는 ▲출산친화 환경 조성 및 지역사회 인식개선", None, D, CB + ["housing", "public-health"], "statement"),
        C("지속적으로 출산장려 시책을 발굴하고 사업성과 보고회 등을 통해 부서별 역량을 극대화해 나갈 계획이다", None, D, CB, "plan"),
        C("이와 함께 시민과 함께하는 출산장려 분위기 조성을 위해 아빠", None, D, CB, "plan"),
    ],
    not_claims=["“인구 30만명을 지켜라…”", "익산=김경섭 기자"])

# pm-06 김승수 전주시장 민선7기 기자회견 (송고 2018-07-05 17:28; `5일`)
K, D = "kim-seung-su", "2018-07-05"
G["pm-06-anewsa.txt"] = dict(
    metadata=dict(headline="민선7기 전주시 운영방향, \"찬란한 전주시대를 열겠습니다\"", published="2018-07-05T17:28+09:00",
                  reporter="유병철", outlet="아시아뉴스통신", jurisdiction="45110"),
    officials=[K],
    claims=[
        C("선미촌을 예술마을로 전환하고, 신도시 개발을 무분별하게 추진하지 않았던 것도", K, D,
          ["urban-regeneration", "culture-tourism"], "achievement"),
        C("드론축구월드컵을 개최하여 드론메가시티로 성장하는", K, D, ["fourth-industrial-revolution"], "plan"),
    ],
    not_claims=["집중호우로 인해 취임식을 취소하고 현장에서 민선7기를 시작했습니다",
                "전통뿐만 아니라 첨단산업과 선 굵은 비전으로 경제의 근육을 키워",
                "전주의 성장과 발전을 위해 모든 힘을 다해 뛰겠습니다",
                "2024년 05월 05일 일요일"])

# pm-07 서경방송 민선7기 사천시 1년 (2019-07-03; interviews dated 2018.6.13 and 2019.6.27)
S, D, P = "song-do-geun", "2019-07-03", "2018-06-13"
G["pm-07-iscs.txt"] = dict(
    metadata=dict(headline="(기획R-2) 민선 7기 사천시 1년, 무슨 변화 있었나?", published="2019-07-03",
                  reporter="박성철", outlet="서경방송", jurisdiction="48240"),
    officials=[S],
    claims=[
        C("항공과 관광산업을 통한", S, P, CT, "plan"),
        C("케이블카에 관련된 연관 사업을 더 충실히 시행해서 머무는 사천이 될 수 있도록", S, P, CT, "plan"),
        C("송시장의 당선 소감처럼", None, D, CT, "statement"),
        C("KAI 우주센터 유치에 성공했고", None, D, IA, "achievement"),
        C("사천바다케이블카 흥행이 이어", None, D, CT, "achievement"),
    ],
    not_claims=["항공과 관련된 연관 산업을 제대로 발전시켜야 사천의 미래가 있습니다",
                "MRO 산업단지 착공을 계기로 해서 우리 사천시가 명실상부한 항공우주산업의 중심도시로",
                "민선 7기가 출범한지 1년이 지났습니다"])

# pm-08 허성곤 김해시장 기업 방문 (승인 2019.01.10 14:02; `10일`)
H, D = "heo-seong-gon", "2019-01-10"
G["pm-08-queen.txt"] = dict(
    metadata=dict(headline="허성곤 김해시장, 새해 첫 현장 방문 기업체에서 시작", published="2019-01-10T14:02+09:00",
                  reporter="김도형", outlet=None, jurisdiction="48250"),
    officials=[H],
    claims=[
        C("지역경제 살리기와 일자리 창출에 올해 시정 방향의 초점을 맞춘 것과 맥락을 같이 하는 행보이다", None, D, ["jobs"], "statement"),
        C("이번 방문을 통해 일자리 창출, 지역경제 활성화, 미래 신산업에 대한 현안을 다시 한 번 점검하고", H, D, ["jobs"], "plan"),
        C("스마트도시 조성, 의생명특화 거점도시, 신재생에너지 융복합 지원 등", H, D,
          ["smart-city", "medical-industry", "energy-transition"], "plan"),
    ],
    not_claims=["스마트공장인 ㈜월드튜브와 글로벌강소기업인 세원금속(주)을 방문해",
                "수출우수기업, 일자리창출우수기업, 신산업기업, 스마트팜을 찾아가",
                "2017년 기준 연매출이 각각 200여억원, 500여억원에 이른다",
                "행정적인 지원을 통한 해결방안을 모색하도록 지시했다",
                "‘지역경제 살리기’ 올해 시정 의지 드러내"])

# pm-09 원희룡 전기차 엑스포 기자회견 (2016-03-18 14:13; `18일`)
W, D = "won-hee-ryong", "2016-03-18"
FV = ["future-vehicles"]
G["pm-09-ajunews.txt"] = dict(
    metadata=dict(headline="원희룡 지사 “전기차 시대 제주도가 앞장서겠다”", published="2016-03-18T14:13+09:00",
                  reporter="윤정훈", outlet="아주경제", jurisdiction="50"),
    officials=[W],
    claims=[
        C("전기차 대중화를 위해 앞장서겠다고 발표했다", W, D, FV, "plan"),
        C("2030년까지 매우 야심찬 보급 목표가 설정돼 있다", W, D, FV, "statement"),
        C("양적인 보급이 늘어남에 따라 그동안 겪지 못한 새로운 어려움에 부딪치게 돼 있다", W, D, FV, "statement"),
        C("2030년까지 모든 차를 전기차로 바꾸겠다는 야심찬 계획을 발표한 바 있다", None, D, FV + ["climate-carbon"], "target"),
        C("제주도는 현재 2800여대의 전기차가 보급됐다", None, D, FV, "achievement"),
        C("올해 보급 목표는 승용차 부문에서 약 4000대로", None, D, FV, "target"),
        C("배터리 가격을 크게 낮추기 위해 중앙정부와 국내 주요 자동차 제조업체와 배터리 제조업체 등과 머리를 맞대고 개발하고 있다", W, D, FV, "statement"),
    ],
    not_claims=["원희룡 지사와 김대환 국제전기자동차엑스포 위원장은 공식 기자회견을 열었다",
                "전기차의 가격 중 많은 부분을 차지하는 배터리다",
                "지난해 73개 업체에서 2배가량 늘어난 146개사가 참가했다"])

for name, g in G.items():
    out = {"article": name, **g}
    (ROOT / "gold" / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(len(G), "files,", sum(len(g["claims"]) for g in G.values()), "claims")
