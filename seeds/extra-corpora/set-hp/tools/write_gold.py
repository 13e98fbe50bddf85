"""Write set-hp gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, policies, kind, date, speaker=None, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


def meta(headline, published, reporter, outlet, jur):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet, "jurisdiction": jur}


G = {}

D = "2025-11-13"
G["hp-01-asiae.txt"] = {
    "metadata": meta("강원도, 제2차 수소정책 협의회 개최…2026년 추진전략 논의", "2025-11-13T10:30+09:00", "이종구", None, "51"),
    "officials": ["kim-jin-tae"],
    "claims": [
        c("액화수소 신뢰성 평가센터 건립 사업 ▲평창 그린수소 생산기지 구축 사업", ["energy-transition"], "plan", D),
        c("2026년부터 본격 추진될 ▲수소 저장·운송 클러스터 구축 사업", ["energy-transition"], "plan", D),
        c("'기업 유치를 위한 인센티브 마련'", ["investment-attraction"], "plan", D),
    ],
    "not_claims": ["강원도, 제2차 수소정책 협의회 개최…2026년 추진전략 논의",
                   "수소정책 협의회'를 개최한다고 밝혔다",
                   "'수소 저장·운송 기술 교류 세미나'를 개최하고 있다",
                   "이번 협의회는 올해 마지막 회의로"],
}

D = "2023-01-03"
G["hp-02-smartfn.txt"] = {
    "metadata": meta("고양시, 일자리대책 공시…“자족도시로 발돋움”", "2023-01-03T12:54+09:00", "김승열", "스마트에프엔", "41280"),
    "officials": [],
    "claims": [
        c("민선8기 일자리대책 종합계획을 공시하고", ["jobs", "investment-attraction"], "plan", D),
        c("4대 핵심 전략으로 삼았다", ["jobs", "investment-attraction"], "plan", D),
        c("고용률 68.5%, 취업자수 56만5,000명", ["jobs"], "target", D),
        c("매년 6,000여억원의 예산을 투입해 500~600개의 세부사업을 추진할 계획이다", ["jobs"], "plan", D),
        c("이제는 일자리 발굴의 패러다임을 전환하고 있다", ["jobs"], "statement", D),
        c("시의 전략산업·첨단산업 생태계 조성으로 미래 먹거리창출에 주력할 계획이다", ["medical-industry", "culture-tourism", "investment-attraction"], "plan", D),
        c("방송영상산업은 고양시 대표적인 전략산업으로 꼽힌다", ["culture-tourism"], "statement", D),
        c("영화·드라마 종합 전문촬영단지를 조성하는", ["culture-tourism"], "statement", D),
    ],
    "not_claims": ["고양시, 일자리대책 공시…“자족도시로 발돋움”",
                   "미래·전략산업 수립…공공 효율화·민간 일자리발굴",
                   "재정자립도가 낮은 베드타운형 도시다",
                   "고양드론앵커센터"],
}

D = "2017-01-11"
G["hp-03-g1tv.txt"] = {
    "metadata": meta("<신년>삼척시 \"신재생에너지 도시로..\"", "2017-01-11", "홍서표", "G1강원민방", "42230"),
    "officials": ["kim-yang-ho"],
    "claims": [
        c("오늘은 신재생에너지 도시로 도약하고 있는 삼척시로 가봅니다", ["energy-transition"], "statement", D),
        c("에너지 자립도시 구축과 관광 활성화, 농수축산물의 6차 산업화 등에 집중할 방침입니다", ["energy-transition", "culture-tourism", "agriculture"], "plan", D),
        c("정부 정책에 반하는 '원전 백지화'를 선언하자", ["energy-transition"], "statement", D),
        c("정부의 원전 건설 드라이브에 제동이 불가피해 졌습니다", ["energy-transition"], "statement", D),
        c("올해부터는 원전에서 벗어나 새로운 사업을 본격 추진하기로 했습니다", ["energy-transition"], "plan", D),
        c("원전을 대신할 신재생 에너지 사업에 사활을 걸었습니다", ["energy-transition"], "statement", D),
        c("신재생에너지 사업은 모두 93건으로, 발전량은 635MW에 달합니다", ["energy-transition"], "achievement", D),
        c("웬만한 화력발전소 1기와 맞먹는 규모입니다", ["energy-transition"], "statement", D),
        c("기후변화 대응 체제의 일환으로 신재생에너지 사업을 지난해부터 적극적으로 추진하고 있습니다", ["climate-carbon", "energy-transition"], "statement", D),
        c("태양광과 풍력을 계속적으로 추진해 나갈 것이고", ["energy-transition"], "plan", D),
        c("신규 자원을 무기로 관광 활성화에도 속도를 냅니다", ["culture-tourism"], "plan", D),
    ],
    "not_claims": ["<신년>삼척시 \"신재생에너지 도시로..\"",
                   "삼척시는 오랫동안 '원자력 발전소'라는 틀에 갇혀 있었던 게 사실입니다",
                   "도내 각 시.군의 현안과 과제를 짚어 보는 신년 기획보도"],
}

E, P = "2016-06-02", "2016-06-22"
LJM = "lee-jae-myung"
G["hp-04-snvision.txt"] = {
    "metadata": meta("[공공의료의 메카, 성남]전국 최초 주민 발의 공공병원, 성남시의료원", "2016-06-22T15:31+09:00", None, "비전성남", "41130"),
    "officials": [LJM],
    "claims": [
        c("창립 현판식을 개최하고 본격적인 의료원 개원작업에 돌입했다", ["public-health"], "achievement", E),
        c("국내 최초 주민 발의로 설립하는 지역거점 공공의료기관이다", ["public-health", "citizen-participation"], "statement", P),
        c("사업비 전액 1,931억여 원을 지방자치단체 재정으로 건립한다", ["public-health"], "statement", P),
        c("이날 현판을 내걸면서 본격적인 개원 작업에 착수했다", ["public-health"], "achievement", E),
        c("각 분야별 전문가를 순차적으로 채용할 예정이다", ["public-health"], "plan", P),
        c("의료는 공공서비스다", ["public-health"], "statement", E, LJM),
        c("돈벌이 수단이 됐다", ["public-health"], "criticism", E, LJM),
        c("대한민국 공공의료가 가야할 첫길을 열고 제시하는 성과를 낼 것", ["public-health"], "plan", E, LJM),
        c("가장 아름답고 이상적인 공공병원", ["public-health"], "statement", E, None, "조승연"),
        c("참된 공공의료를 알리는 데 혼신의 노력을 다하겠다", ["public-health"], "plan", E, None, "조승연"),
        c("본시가지 의료 환경이 크게 개선될 것으로 기대된다", ["public-health"], "statement", E),
    ],
    "not_claims": ["[공공의료의 메카, 성남]전국 최초 주민 발의 공공병원, 성남시의료원",
                   "6월 2일 창립 현판식… 개원 작업 본격화",
                   "사람들의 삶에서 건강한 삶은 가장 중요한 가치가 있다"],
}

D = "2018-05-29"
G["hp-05-shinailbo.txt"] = {
    "metadata": meta("부천시, 원도심 활성화… 도시재생사업 본격 착수", "2018-05-29T17:05+09:00", "오택보", None, "41190"),
    "officials": [],
    "claims": [
        c("지난 28일 원미2동 주민센터 2층에", ["urban-regeneration"], "achievement", D),
        c("경기도형 도시재생사업은 원도심 활성화를 위해 추진하는", ["urban-regeneration"], "statement", D),
        c("지속가능한 공동체 형성을 목표로 진행한다", ["urban-regeneration"], "plan", D),
        c("진정한 의미의 협치를 통한 주민 중심의 활성화계획 수립과 주민역량 강화교육을 지원한다", ["urban-regeneration", "citizen-participation"], "statement", D),
        c("도시재생사업의 성패는 주민들의 적극적인 참여와 관심", ["urban-regeneration", "citizen-participation"], "statement", D, None, "장환식"),
        c("지역의 정체성을 강화하는 발판 역할을 수행하도록 최선", ["urban-regeneration"], "plan", D, None, "장환식"),
    ],
    "not_claims": ["부천시, 원도심 활성화… 도시재생사업 본격 착수",
                   "‘원미 경기도형 도시재생사업 현장지원센터’를 열고 본격적인 도시재생사업에 착수했다. (사진=부천시)"],
}

D = "2024-01-06"
CMS = "choi-mun-sun"
G["hp-06-yonhap.txt"] = {
    "metadata": meta("[인터뷰] '밀리언 페스티벌' 화천산천어축제 일등 공신 최문순 군수", "2024-01-06T09:10+09:00", "이상학", "연합뉴스", "51790"),
    "officials": [CMS],
    "claims": [
        c("세계 겨울 레저문화의 선도 아이콘으로 자리잡고자 한다", ["culture-tourism", "disaster-safety"], "plan", D, CMS),
        c("사계절 관광지로 만들어 침체한 지역 경기를 살리는 것은", ["culture-tourism"], "statement", D, CMS),
        c("축제장을 정비해 축제를 성공적으로 이끄는 열정을 보이기도 했다", ["culture-tourism"], "achievement", D),
        c("'밀리언 아이스 페스티벌'로 성장시킨 일등 공신이다", ["culture-tourism"], "achievement", D),
        c("산천어축제는 이날 개막해", ["culture-tourism"], "statement", D),
    ],
    "not_claims": ["[인터뷰] '밀리언 페스티벌' 화천산천어축제 일등 공신 최문순 군수",
                   "\"안전 축제·관광객과 지역경제 상생 축제·겨울 레저문화 선도\"",
                   "\"겨울 축제와 파크골프까지 이어지는 사계절 관광지가 목표\"",
                   "2023 화천산천어축제 [연합뉴스 자료사진]"],
}

KDY = "kim-dong-yeon"
G["hp-07-locallife.txt"] = {
    "metadata": meta(None, None, "송준형", "로컬라이프", "41"),
    "officials": [KDY],
    "claims": [
        c("기후도지사가 되어 대한민국을 변화시키겠다", ["climate-carbon"], "plan", None, KDY),
        c("‘경기 RE100’ 비전을 선포했다", ["energy-transition"], "achievement", None, KDY),
        c("재생에너지로 조달하자는 기후위기 대응 캠페인이다", ["energy-transition", "climate-carbon"], "statement", None, KDY),
        c("대기업이 동참했다", ["energy-transition"], "statement", None, KDY),
        c("재생에너지 전환은 신(新)무역장벽으로서 선택이 아닌 생존 문제이다", ["energy-transition"], "statement", None, KDY),
        c("신재생에너지 발전 비중을 30.2%에서 21.6%로 하향하고", ["energy-transition", "climate-carbon"], "criticism", None, KDY),
        c("온실가스 감축 목표량 75%를 차기정부와 미래세대에 전가했다", ["climate-carbon"], "criticism", None, KDY),
        c("①2030까지 신재생에너지 비중 30% 달성", ["energy-transition", "climate-carbon"], "target", None, KDY),
        c("매월 제가 직접 회의를 주재하며 비전을 구체화하고 실천하겠다", ["climate-carbon"], "plan", None, KDY),
        c("‘기후대사’로 경기도의 비전을 지지하고 후원할 예정이다", ["climate-carbon"], "plan", None, KDY),
    ],
    "not_claims": ["김동연 경기도지사가 ‘경기 RE100’ 비전 선포식에 참석하고 있다",
                   "“‘경기 RE100’ 비전 선포식”을 개최했다",
                   "공장 지붕에 상업용 태양광 시설을 설치한 중소기업에서 선포식을 했다",
                   "누구도 도전하지 않은 길을 경기도가 열"],
}

G["hp-08-gukhoeuijeong.txt"] = {
    "metadata": meta(None, None, None, "국회의정저널", "42810"),
    "officials": ["choi-sang-gi"],
    "claims": [
        c("다함께 돌봄센터운영, 대학생 장학금 지원 확대 등", ["childcare-birth", "education"], "achievement", None),
    ],
    "not_claims": ["다시 3만 2천명 선을 회복했다고 밝혔다",
                   "전입정착지원금을 1인당 20만원에서 30만원으로 상향하는",
                   "인제사랑 수기 공모전을 개최해",
                   "인구증가시책 홍보에 더 심혈을 기울일 예정이다",
                   "더 좋은 인제 만들기에 최선을 다하겠다"],
}

D = "2024-06-20"
KGI = "kim-gyeong-il"
G["hp-09-nspna.txt"] = {
    "metadata": meta("김경일 파주시장, GTX 플러스 상생협력 협약 체결·국회 토론회 참석", "2024-06-20T16:52+09:00", "강은태", "NSP통신", "41480"),
    "officials": [KGI, KDY],
    "claims": [
        c("제5차 국가철도망 구축 계획 반영 등 성공적 추진을 위해 노력하고", ["public-transit"], "plan", D),
        c("GTX-A 개통을 앞둔 관심과 기대가 큰 상황 속에서", ["public-transit"], "achievement", D, KGI),
        c("모든 역할과 책임을 다하겠다", ["public-transit"], "plan", D, KGI),
    ],
    "not_claims": ["김경일 파주시장, GTX 플러스 상생협력 협약 체결·국회 토론회 참석",
                   "파주에 더 큰 희망과 가능성 선사하는 값진 결실이다",
                   "‘GTX 플러스 상생 협력 협약식 및 국회 토론회’에 참석했다",
                   "#GTX 플러스 상생협력"],
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, g in G.items():
        out = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(g["claims"]))
