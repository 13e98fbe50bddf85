"""Write set-cc gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def C(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


def M(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


KTH = "kim-tae-heum"
CMH = "choi-min-ho"
CMS = "choi-moon-soon"
CSG = "choi-sang-gi"
WGS = "won-gang-su"
JGH = "jo-gil-hyeong"
PJH = "park-jeong-hyeon-30230"
D06 = "2026-03-09"

GOLDS = {
    "cc-01-newsstory.txt": {
        "metadata": M(None, None, None, None, "44"),
        "officials": [KTH],
        "claims": [
            C("탄소중립경제특별도 전략발표회에서 질타와 함께 9월까지 보완을 지시했다", KTH, None, ["climate-carbon"], "criticism"),
            C("최종보고회지만 정확한 구체성이 없고 백화점식 나열뿐이어서 9월 말까지 보완하도록 했다", KTH, None, ["climate-carbon"], "criticism"),
            C("무엇보다 생활 속 탄소중립 실천 방법이 없고, 연간 목표치 설정이나 정체성이 없어 아쉬웠다", KTH, None, ["climate-carbon"], "criticism"),
            C("축산단지를 집단화해 농림축산분야의 탄소를 줄이거나 선박에서 나오는 이산화탄소 감축, 에너지 전환 등 고민이 담기지 않은 실천 방안", KTH, None, ["climate-carbon", "energy-transition", "agriculture"], "criticism"),
            C("모든 분야에서 고민이 담긴 전략을 수립해 오는 10월 대외적으로", KTH, None, ["climate-carbon"], "plan"),
            C("2045년까지 50조 6000억 원을 투입, 전국적으로 생산유발 97조 원", None, None, ["climate-carbon", "jobs"], "target"),
            C("석탄화력발전 폐쇄 및 전환 20개", None, None, ["energy-transition", "climate-carbon", "agriculture", "research-development"], "target"),
        ],
        "not_claims": [
            "청사 내 일회용품 사용, 반입 금지 선언을 하고도 여전히 일회용품을 사용하고 있는 공무원들의 반성도 주문했다",
            "탄소중립경제 특별도 추진전략 최종보고회가 열렸다",
        ],
    },
    "cc-02-newspim.txt": {
        "metadata": M("세종시, 광역·시내버스 노선 개편...대전·청주·공주 등 노선 신설", None, "오종원", "뉴스핌", "36"),
        "officials": [CMH],
        "claims": [
            C("대대적인 시내·외 버스 노선 증·개편을 통해 대중교통 중심도시로서 입지를 넓힌다", None, None, ["public-transit"], "plan"),
            C("이번 노선 개편안은 시민 출퇴근 등 광역 간 이동이 많은 세종시 특성을 반영해", None, None, ["public-transit"], "statement"),
            C("세종시는 당초 대중교통 중심도시로 설계됐으나 수단이 발단되지 못하며", CMH, None, ["public-transit"], "criticism"),
            C("신규 입주민의 대중교통 접근성을 강화하기 위해 이번 개편을 진행했다", CMH, None, ["public-transit"], "statement"),
            C("먼저 시는 다음달 10일 세종과 대전 중심 광역급행 버스인", None, None, ["public-transit"], "plan"),
        ],
        "not_claims": [
            "최민호 세종시장 '광역·시내버스 노선 개편 계획' 발표",
            "내달 10일 세종·대전 중심 'M버스' 출범...출퇴근 편의 ↑",
            "세종시, 광역·시내버스 노선 개편...대전·청주·공주 등 노선 신설",
        ],
    },
    "cc-03-kado.txt": {
        "metadata": M("도-한국당 수소도시 비전선포", None, "이세훈", "강원도민일보", "42"),
        "officials": [CMS, "kim-yang-ho"],
        "claims": [
            C("‘수소도시 비전선포 및 액화 수소포럼’을 열고 강원도 수소도시 비전을 선포했다", None, None, ["energy-transition"], "plan"),
            C("또 액화 수소산업 육성을 위한 업무협약(MOU)과 함께", None, None, ["energy-transition"], "achievement"),
            C("수소경제 선도국가는 정부와 일부 자치단체와 공공기관의 노력만으로는 이룰 수 없다", CMS, None, ["energy-transition"], "statement"),
            C("유기적으로 협력해야 비로소 선도국가로 도약할 수 있다", CMS, None, ["energy-transition"], "plan"),
            C("올해 정부는 수소 생산기지 구축사업에 삼척이 선정되면서 도는 자체 수소생산능력을 갖추게 됐다", None, None, ["energy-transition"], "achievement", "이철규"),
            C("수소 에너지를 새로운 성장동력으로 활용해 지역의 신산업으로 성장할 수 있도록 최선을 다하겠다", None, None, ["energy-transition"], "plan", "이철규"),
        ],
        "not_claims": [
            "도-한국당 수소도시 비전선포",
            "수소 생산기지 양해각서 체결",
            "강원도 수소도 비전 선포 퍼포먼스를 하고 있다",
            "선포식에는 김양호 삼척시장을 비롯해",
        ],
    },
    "cc-04-pressian.txt": {
        "metadata": M(None, None, None, None, "51810"),
        "officials": [CSG],
        "claims": [
            C("가장 높은 관광객 증가율을 기록하며 1천만 관광도시 조성에 탄력을 받고 있다", None, None, ["culture-tourism"], "achievement"),
            C("올 8월 인제군을 방문한 관광객은 모두 124만 4300명으로 전월대비 54% 증가했다", None, None, ["culture-tourism"], "achievement"),
            C("찾는 방문객이 늘어난 것으로 분석했다", None, None, ["culture-tourism"], "statement"),
            C("신규 관광지 개발을 통해 1천만 관광객 유치에 행정력을 집중할 계획이다", None, None, ["culture-tourism"], "target"),
            C("2026년까지 총사업비 142억원 투입해 장기체류형 캠핑장과 커뮤니티센터 등을 갖춘 캠핑마을을 조성할 계획이다", None, None, ["culture-tourism"], "plan"),
            C("국민치유숲힐링센터, 아미산워케이션센터를 2026년까지 조성하고", None, None, ["culture-tourism"], "plan"),
            C("빙어호를 활용한 사계절 관광지 조성사업도 탄력을 받고 있다", None, None, ["culture-tourism"], "statement"),
            C("소양호 빙어체험마을과 명품생태화원 조성사업은 올해 준공 예정이며", None, None, ["culture-tourism"], "plan"),
            C("2027년까지 백담역 인근 용대관광지 일원에 15ha 규모의 지방정원을 조성하고", None, None, ["culture-tourism"], "plan"),
            C("관광지 개발에 대한 집중 투자로 관", CSG, None, ["culture-tourism"], "statement"),
        ],
        "not_claims": [],
    },
    "cc-05-nocutnews.txt": {
        "metadata": M(None, None, None, None, "43110"),
        "officials": [],
        "claims": [
            C("올해 초미세먼지 연평균 농도 목표를 17㎍/㎥로 잡고", None, None, ["fine-dust"], "target"),
            C("시는 예산 1842억 원을 투입해", None, None, ["fine-dust", "climate-carbon"], "plan"),
            C("분야별 중점 추진 과제는 △소규모사업장 대기오염방지시설 설치", None, None, ["fine-dust", "future-vehicles", "energy-transition"], "plan"),
            C("이 밖에도 시는 △대중교통 및 자전거도로 이용 활성화", None, None, ["fine-dust", "climate-carbon", "public-transit"], "plan"),
            C("시민들이 더 맑은 청주 하늘을 체감할 수 있도록 미세먼지 관리 시행계획을 적극 추진하겠다", None, None, ["fine-dust"], "plan"),
            C("초미세먼지 관측 이래 최저치를 기록했다", None, None, ["fine-dust"], "achievement"),
        ],
        "not_claims": [],
    },
    "cc-06-asiae.txt": {
        "metadata": M("원강수 원주시장, '원도심의 반전' 선언", "2026-03-09", None, None, "51130"),
        "officials": [WGS],
        "claims": [
            C("도시재생은 단순히 낡은 건물을 고치는 공사가 아니다", WGS, D06, ["urban-regeneration"], "statement"),
            C("주민이 마을의 주인이 되어 공동체의 활력을 되찾는 원주의 새로운 정체성을 세우는 과정이다", WGS, D06, ["urban-regeneration"], "statement"),
            C("그간 추진해 온 도시재생 사업의 성과와 향후 계획을 직접 발표했다", WGS, D06, ["urban-regeneration"], "statement"),
            C("쇠퇴해가던 원도심을 경제·문화 중심지로 탈바꿈시키겠다는 강력한 의지를 표명했다", WGS, D06, ["urban-regeneration"], "plan"),
            C("학성동은 과거의 부정적 이미지를 벗고 문화예술의 옷을 입고 있다", WGS, D06, ["urban-regeneration", "culture-tourism"], "achievement"),
            C("시민들이 즐겨 찾는 문화 거점으로 거듭날 것", WGS, D06, ["urban-regeneration", "culture-tourism"], "statement"),
            C("역전시장 연계 사업을 통해 골목 상권에 실질적인 온기를 불어넣겠다고 약속했다", WGS, D06, ["urban-regeneration", "small-merchants"], "plan"),
            C("하이볼 축제의 성공은 상인과 대학생이 어우러질 때 발휘되는 시너지를 증명했다", WGS, D06, ["urban-regeneration", "culture-tourism", "small-merchants"], "achievement"),
            C("꿈드림센터와 상생캠프를 통해 청년들이 머물고 싶은 우산동을 만들겠다", WGS, D06, ["urban-regeneration", "youth-policy"], "plan"),
            C("문화공유플랫폼을 통해 전통시장과 문화유산", WGS, D06, ["urban-regeneration", "small-merchants", "culture-tourism"], "statement"),
        ],
        "not_claims": [
            "4개 권역 도시재생 청사진 발표",
            "\"학성서 봉산까지\" 도시재생으로 지역 활력 회복",
            "원강수 원주시장이 9일 시청 브리핑룸에서 기자회견을 열고 있다",
            "4개 권역의 변화상을 상세히 설명했다",
            "우산동에 대해서는 대학과 마을의 상생 모델을 제시했다",
        ],
    },
    "cc-07-dynews.txt": {
        "metadata": M("조길형 충주시장 현안업무보고", None, "윤규상", "동양일보", "43130"),
        "officials": [JGH],
        "claims": [
            C("청년에게는 희망이 되는 사업을 적극 발굴해 추진해 달라", JGH, None, ["youth-policy"], "plan"),
            C("청년일자리 창출을 위한 기업유치, 농업분야 청년 정착지원 사업 등", JGH, None, ["jobs", "youth-policy", "investment-attraction", "agriculture"], "plan"),
            C("초과근무를 해야만 월 200만원을 받는 일자리로는 청년들이 충주에 머물게 할 수 없다", JGH, None, ["jobs", "youth-policy"], "statement"),
            C("우량기업을 유치해 양질의 일자리를 창출하는 것이 필요하다", JGH, None, ["jobs", "investment-attraction"], "plan"),
        ],
        "not_claims": ["조길형 충주시장 현안업무보고"],
    },
    "cc-08-jbnews.txt": {
        "metadata": M(None, None, "김금란", "중부매일", "30230"),
        "officials": [PJH],
        "claims": [
            C("올해 발행액이 700억원을 넘어섰다고 19일 밝혔다", None, None, ["small-merchants"], "achievement"),
            C("당초 300억원이었던 올해 발행액을 지난 6월 달성했고", None, None, ["small-merchants"], "achievement"),
            C("연말까지 900억원을 발행 목표로 또 바꿨다", None, None, ["small-merchants"], "target"),
            C("지금까지 발행된 대덕e로움 사용현황을 보면", None, None, ["small-merchants"], "statement"),
            C("업종별로 보면 음식업 36%", None, None, ["small-merchants"], "statement"),
            C("대한민국을 대표하는 지역화폐로 우뚝 섰다", PJH, None, ["small-merchants"], "achievement"),
            C("그린뉴딜 등 다양한 현안문제를 풀어가는 해결사 역할을 담당할 수 있도록 정책적 역량을 집중해 나갈 것", PJH, None, ["small-merchants", "climate-carbon"], "plan"),
            C("지난해 7월 대전시에서 처음으로 출시된 대덕e로움은", None, None, ["small-merchants"], "achievement"),
        ],
        "not_claims": [
            "지역화폐 대덕e로움 카드를 소개하고 있다",
            "구는 오는 23일 전문가를 초청해 공개포럼을 개최",
        ],
    },
    "cc-09-kmib.txt": {
        "metadata": M(None, None, "서승진", "국민일보", "42780"),
        "officials": [],
        "claims": [
            C("귀농인의 귀농 초기 정착여건 조성 및 주거환경 개선을 위한 지원사업을 추진한다", None, None, ["agriculture", "housing"], "plan"),
            C("농가 주택 수리비 지원, 주택설계비, 소형농기계 관리기 구입, 이사비용 지원 등 사업이 진행된다", None, None, ["agriculture", "housing"], "plan"),
            C("사업대상자는 철원에 전입해 5년이 지나지 않은 세대주로", None, None, ["agriculture"], "statement"),
            C("이주 직전에 1년 이상 지속해서 도시지역에서 거주한 이력이 있어야 신청할 수 있다", None, None, ["agriculture"], "statement"),
            C("상반기 사업신청은 3월 8일까지 주소지 읍면 사무소에 신청할 수 있으며", None, None, ["agriculture"], "plan"),
            C("하반기 귀농 농업창업 및 주택구입 지원사업도 6월 중에 시행할 계획이다", None, None, ["agriculture", "startup-support", "housing"], "plan"),
            C("귀농인들의 주거환경 개선 및 기초 영농기술교육을 지원하는 등 신규농업인 육성하고", None, None, ["agriculture", "housing"], "plan", "김미경"),
        ],
        "not_claims": ["자세한 사항은 철원군청 및 농업기술센터 홈페이지를 참고하거나"],
    },
}

for name, body in GOLDS.items():
    out = {"article": name, **body}
    (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(GOLDS), "gold files;", sum(len(b["claims"]) for b in GOLDS.values()), "claims")
