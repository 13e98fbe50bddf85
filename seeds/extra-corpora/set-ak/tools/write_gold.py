"""Writes set-ak gold files (hand annotation, see GOLD_NOTES.md)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "gold"


def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name:
        c["speaker_name"] = name
    return c


G = {}

# ak-01 부산 해운대구, 백선기 interview (text gives only '24일' -> dates null)
B = "baek-seon-gi-26350"
CT = ["culture-tourism"]
G["ak-01-hankyung.txt"] = dict(
    metadata=dict(headline="백선기 해운대 구청장 \"해운대를 사계절 관광·MICE 중심 특구로 만들 것\"", published=None,
                  reporter=None, outlet="한국경제", jurisdiction="26350"),
    officials=[B],
    claims=[
        C("부산 해운대를 사계절 관광과 마이스(MICE)산업 중심 특구로 발전시키겠습니다", B, None, CT, "plan"),
        C("해운대해수욕장의 피서철 누적 방문객 수가 역대 최다 기록 경신을 앞두고 있다", B, None, CT, "achievement"),
        C("6월1일 개장한 해운대해수욕장의 총 피서객 수는", None, None, CT, "statement"),
        C("개장 이래 가장 많은 인파가 몰렸던 2013년보다 10만여명 더 많은 규모다", None, None, CT, "statement"),
        C("누적 피서객이 174만여명에 불과했던 것에 비춰보면 대기록", B, None, CT, "achievement"),
        C("피서객들의 안전을 도모한 것이 피서객 수 증가로 이어졌다", B, None, CT + ["disaster-safety"], "achievement"),
        C("해운대구는 겨울철 관광객 유치를 위해", None, None, CT, "plan"),
        C("짚와이어도 내년에 설치한다", None, None, CT, "plan"),
        C("선상투어와 야경투어 등을 결합해 사계절 관광지로 만들겠다", B, None, CT, "plan"),
        C("부산을 세계 10대 마이스 도시로 도약하는 발판을 마련하겠다", B, None, CT, "plan"),
    ],
    not_claims=["해운대를 사계절 관광·MICE 중심 특구로 만들 것"])

# ak-02 경북 포항시, 이강덕 briefing on 흥해 regeneration (text: '4일', '지난 3일' -> dates null)
L = "lee-gang-deok"
UR = ["urban-regeneration"]
URD = ["urban-regeneration", "disaster-safety"]
DS = ["disaster-safety"]
G["ak-02-kukinews.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="성민규", outlet=None, jurisdiction="47110"),
    officials=[L],
    claims=[
        C("흥해지역이 도시재생을 통해 안전하고 새로운 곳으로 거듭나게 하는 것이야 말로", L, None, URD, "statement"),
        C("건물은 그대로 두는 기존 도시재생과는 달리 흥해지역의 도시재생은 재건축 재개발 개념", L, None, UR, "statement"),
        C("이미 흥해지역은 지진으로 인해 건물이 많이 흔들려서 기존 도시재생과는 새로운 개념으로 봐야 한다", L, None, URD, "plan"),
        C("지진 피해지역을 도시재생 우선 지역으로 선정해 줄 것을 건의했다", L, None, URD, "plan"),
        C("이 총리도 국정현안점검조정회의에 상정해", None, None, URD, "plan", "이낙연"),
        C("응급복구는 어느 정도 해소됐으나 아직 보행 중 떨어지고 붕괴 위험요소가 많은 부분이 있다", L, None, DS, "statement"),
        C("복구가 마무리되면 도시재생, 재개발 쪽의 방향 설정이 필요하다", L, None, UR, "plan"),
        C("국 단위 지진대응 조직을 만들어 지진 대책을 준비하고", L, None, DS, "plan"),
        C("치밀한 계획과 연구를 위한 전담조직이 필요하다고 덧붙였다", L, None, DS, "plan"),
    ],
    not_claims=["포항 자체만으로의 능력으로 턱없이 부족하고 결국 중앙정부의 도움이 절대적으로 필요하다",
                "포항=성민규 기자"])

# ak-03 대구광역시, 국가물산업클러스터 (text: '20일' -> dates null)
K = "kwon-young-jin"
WI = ["water-industry", "investment-attraction"]
WIJ = ["water-industry", "investment-attraction", "jobs"]
G["ak-03-newdaily.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="27"),
    officials=[K],
    claims=[
        C("대구국가산업단지 내 국가물산업클러스터가 순항중이다", None, None, ["water-industry"], "statement"),
        C("시는 20일 클러스터 조성에 13개 물기업체를 유치해", None, None, WI, "achievement"),
        C("12개 강소물기업과 국가물산업클러스터 입주를 위한 분양 계약 또는 투자 협약을 체결했다", None, None, WI, "achievement"),
        C("13개 입주기업의 투자액은 1,200억 원 규모로 신규 고용창출은 700명에 달할 것으로 예상된다", None, None, WIJ, "statement"),
        C("12개 중소기업의 평균 투자액은 66억 원, 평균 고용인원은 50명에 이를 전망이다", None, None, WIJ, "statement"),
        C("2018년에는 61개 물기업의 입주가 예상되고 약 4,000억 원의 투자 유발, 3,000명의 신규 고용 창출로", None, None, WIJ, "target"),
        C("집중 투자유치 활동을 통해 우수한 기술을 보유한 물기업체를 지속적으로 유치한다는 복안이다", None, None, WI, "plan"),
        C("수요형 R&D 지원, 해외전시회 참가지원", K, None, ["water-industry", "research-development"], "plan"),
    ],
    not_claims=[])

# ak-04 경상남도, 일자리 대토론회 17일 (published 2018-10-17 19:30)
KG = "kim-gyeong-su"
D4 = "2018-10-17"
G["ak-04-kmib.txt"] = dict(
    metadata=dict(headline="경남 “제조업 쇠퇴로 지역 경제 힘들어… 정부 적극적 지원 절실”", published="2018-10-17T19:30+09:00",
                  reporter="이영재", outlet="국민일보", jurisdiction="48"),
    officials=[KG],
    claims=[
        C("스마트공장 확대를 통한 제조업 혁신과 스마트 산단을 통한 경남형 스마트 일자리 창출을 추진하고 있다", KG, D4,
          ["jobs", "fourth-industrial-revolution"], "statement"),
        C("국가차원의 제조업 혁신전략을 추진해 4차 산업혁명에 대비했다", KG, D4, ["fourth-industrial-revolution"], "statement"),
        C("경남의 절박한 일자리 문제를 해결하기 위해서는 중앙정부와 경상남도의 협업이 중요하다", None, D4, ["jobs"], "statement",
          "이목희"),
        C("향후 경남의 스마트 일자리 창출계획을 적극적으로 지원할 것", None, D4, ["jobs"], "plan", "이목희"),
    ],
    not_claims=["제조업 쇠퇴로 지역 경제 힘들어… 정부 적극적 지원 절실",
                "일자리 대토론회를 개최했다",
                "시급한 일자리 문제에 대해 정부와 지역이 인식을 같이하고 속도감 있게 대응하기 위해 마련됐다",
                "경남도의 제조업 혁신을 통한 일자리 창출 방안, 한국토지주택공사 및 한국남동발전의 일자리 창출 우수사례 발표",
                "제조업의 쇠퇴로 지역경제 전반이 어렵고 힘든 상황",
                "우리도 국가차원의 제조업 혁신과 지역 제조업 혁신에 대한 정부의 적극적인 지원이 필요하다"])

# ak-05 경남 함안군, 출산지원금 (published 2018-11-06 16:40:58; '6일')
D5 = "2018-11-06"
CB = ["childcare-birth"]
G["ak-05-kizmom.txt"] = dict(
    metadata=dict(headline=None, published="2018-11-06T16:40:58+09:00", reporter="김지현", outlet="키즈맘",
                  jurisdiction="48730"),
    officials=[],
    claims=[
        C("출산율을 높이기 위해 내년부터 출산지원금을 대폭 인상한다", None, D5, CB, "plan"),
        C("함안군은 6일 내년 출생아부터", None, D5, CB, "plan"),
        C("셋째는 지금과 같이 1000만원을 지원한다고 밝혔다", None, D5, CB, "statement"),
        C("지원대상은 부모가 신생아 출생일을 기준으로", None, D5, CB, "statement"),
        C("셋째 아이 이상 다자녀 가정이면 고등학생에 대한 수업료 전액을 지원받을 수 있다", None, D5, CB + ["education"],
          "statement"),
    ],
    not_claims=["군민들이 체감할 수 있는 다양한 맞춤형 시책을 마련해 행복한 함안 만들기에 최선을 다해 노력하겠다"])

# ak-06 경북 청도군, 귀농귀촌유치지원사업 (undated text: '26일')
LS = "lee-seung-yul"
AG = ["agriculture"]
G["ak-06-kbsm.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="47820"),
    officials=[LS],
    claims=[
        C("공모·선정돼 총 사업비 4억원(국비 2, 지방비 2)을 확보했다고 26일 밝혔다", None, None, AG, "achievement"),
        C("인구감소로 어려움을 겪고 있는 농촌지역의 활력 증진을 위해", None, None, AG, "statement"),
        C("청도군은 지난해에 이어 2년 연속 공모사업에 선정돼", None, None, AG, "achievement"),
        C("경북은 청도군을 포함해 18개 시군이 선정됐으며, 사업비는 청도군이 4억원으로 가장 많다", None, None, AG,
          "achievement"),
        C("귀농귀촌 1번지로써 오고 싶고, 살고 싶은 행복한 희망 청도를 만드는 데 최선을 다하겠다", LS, None, AG, "plan"),
    ],
    not_claims=["주메뉴 바로가기 본문 바로가기"])

# ak-07 제주특별자치도, 2050 탄소중립 기후행동 실천 선언식 (text: '19일' -> dates null)
W = "won-hee-ryong"
CC = ["climate-carbon"]
G["ak-07-headlinejeju.txt"] = dict(
    metadata=dict(headline="제주 '2050탄소중립' 기후행동 실천...\"기후위기 함께 극복\"", published=None, reporter=None,
                  outlet="헤드라인제주", jurisdiction="50"),
    officials=[W, "lee-seok-mun"],
    claims=[
        C("그린뉴딜 정책을 추진해온 제주에서", None, None, CC, "statement"),
        C("인사말을 통해 탄소중립 실천 의지를 표명했다", W, None, CC, "plan"),
        C("제주도는 10년 전부터 탄소 없는 섬 2030을 추진하는 등 도전적이고 실험적인 정책을 이끌어 왔다", W, None, CC,
          "achievement"),
        C("대한민국 2050 탄소중립의 목표를 제주에서 가장 먼저 이뤄낼 수 있도록 많은 관심과 지원을 부탁드린다", W, None, CC,
          "plan"),
        C("탄소중립 정책 추진을 위해 제주지역 민관산학 간 긴밀한 소통을 토대로", W, None, CC, "plan"),
    ],
    not_claims=["제주도, 탄소중립 기후행동 실천 선언식",
                "19일 열린 2050 탄소중립을 위한 기후행동 실천 선언식. ⓒ헤드라인제주",
                "제주도청 탐라홀서 ‘2050 탄소중립을 위한 기후행동 실천 선언식’을 개최했다",
                "도민사회 전반에 탄소중립 인식 확산을 도모하기 위해 추진됐다",
                "제주도내 35개 기관‧기업‧시민단체가 참여했다",
                "민관협력을 통해 기후위기를 극복하고 도민 전반에 탄소중립 인식을 확산하는 뜻깊은 자리",
                "실천 선언이 선언에 그치지 않고"])

# ak-08 울산광역시, 2026 청년정책 시행계획 (' date 2026-01-27'; '27일')
KD = "kim-doo-gyeom"
D8 = "2026-01-27"
YP = ["youth-policy"]
G["ak-08-khan.txt"] = dict(
    metadata=dict(headline=None, published="2026-01-27", reporter=None, outlet=None, jurisdiction="31"),
    officials=[KD],
    claims=[
        C("울산시는 올해 청년정책에 1871억 원을 투입할 예정이라고 27일 밝혔다", None, D8, YP, "plan"),
        C("울산 청년 정책 시행계획을 심의·의결한다", None, D8, YP, "plan"),
        C("5개 분야 96개 사업을 추진한다", None, D8, YP, "plan"),
        C("소상공인 창업 시 임차료 지원 등 15개 사업을 추진한다", None, D8,
          YP + ["jobs", "startup-support", "small-merchants"], "plan"),
        C("범서 굴화 청년특화주택, 온산 일자리 연계형 지원주택 건립 등이 18개 사업이 예정됐다", None, D8, YP + ["housing"],
          "plan"),
        C("이전공공기관 취업 아카데미", None, D8, YP + ["jobs", "education"], "plan"),
        C("청년 경제교육과 공공예식장 대관 등 26개 사업이 진행될 예정이며", None, D8, YP, "plan"),
        C("청년과의 대화에서 나온 제안을 시정 운영에 적극 반영한다는 계획이다", None, D8, YP + ["citizen-participation"],
          "plan"),
        C("청년의 도전이 울산의 경쟁력이 되는 도시를 만들기 위해 모든 역량을 집중하겠다", KD, D8, YP, "plan"),
    ],
    not_claims=["김두겸 울산시장과 청년들의 대화 시간이 예정됐다"])

# ak-09 제주특별자치도, 읍면동 전기차 (published 2014-01-02 15:31; '2일')
D9 = "2014-01-02"
FV = ["future-vehicles"]
G["ak-09-kmib.txt"] = dict(
    metadata=dict(headline="제주도, 전국 처음으로 '읍면동 1전기차 1충전기 시대' 연다", published="2014-01-02T15:31+09:00",
                  reporter="주미령", outlet="국민일보", jurisdiction="50"),
    officials=[],
    claims=[
        C("제주도가 전국에서 처음으로 모든 읍·면·동에 ‘1 전기차, 1 충전기 시대’를 연다", None, D9, FV, "plan"),
        C("올해 상반기 전기차와 충전기 각 18대를 구입, 제주시 18개 동사무소에 배치할 계획이라고 2일 밝혔다", None, D9, FV,
          "target"),
        C("도내 43개 읍·면·동사무소에 전기차와 충전기가 갖춰진다", None, D9, FV, "target"),
        C("레이EV, 르노삼성 SM3 Z.E., 한국지엠 쉐보레 스파크EV 3종 가운데 선택·구입토록 할 예정이다", None, D9, FV, "plan"),
        C("공무용 전기차는 물론 민간 전기차도 이용할 수 있게 된다", None, D9, FV, "statement"),
        C("읍·면 지역 전기자동차 구매자들이 충전에 불편을 겪어 왔다", None, D9, FV, "statement"),
        C("전기차 160대를 보급한 데 이어 올해 500대를 보급할 계획이다", None, D9, FV, "target"),
        C("대당 2300만원(국비 1500만원, 도비 800만원)의 보조금과 완속충전기 구입비 800만원을 지원한다", None, D9, FV,
          "statement"),
        C("현재 제주 지역 공공기관에서 운영되는 전기차는 모두 141대다", None, D9, FV, "statement"),
        C("이중 제주시 41대, 서귀포시 48대가 운행되고 있다", None, D9, FV, "statement"),
        C("일선 행정업무에 본격적으로 전기차를 활용하게 된다", None, D9, FV, "statement"),
    ],
    not_claims=["도민과 호흡하는 생활민원에 대한 밀착 서비스가 강화될 전망", "[쿠키 사회]"])


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    total = 0
    for name, g in G.items():
        data = {"article": name, **g}
        (OUT / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(g["claims"])
        print(name, len(g["claims"]))
    print("total", total)


if __name__ == "__main__":
    main()
