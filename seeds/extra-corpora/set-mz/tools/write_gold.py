"""Write set-mz gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind, name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        claim["speaker_name"] = name
    return claim


def meta(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


K, D1 = "kim-han-geun", "2019-01-17"
S, D3 = "lee-byeong-seon", "2022-11-28"
CH, D7 = "choi-moon-soon", "2017-12-02"
SEO = "seo-cheol-mo-41590"
G = {
"mz-01-sisazoom.txt": (
    meta('김한근 강릉시장 "강릉 관광 근본적인 변화 필요"', "2019-01-18T15:57+09:00", "김남권", None, "42150"),
    [K],
    [c("'관광 변화', '안전 강화', '복지 증진' 등 올 한해 강릉시정 주요 방향을 제시했다", K, D1,
       ["culture-tourism", "disaster-safety", "welfare"], "plan"),
     c("'마더센터 건립' 등 강릉형 복지강화 정책과 '출산지원금' 대폭 인상으로 인구증가 정책을 제시했다", K, D1,
       ["welfare", "childcare-birth"], "plan"),
     c("김 시장은 특히 강릉관광에 변화가 필요한 시점이라고 강조했다", K, D1, ["culture-tourism"], "plan"),
     c("강릉관광에 큰 변화가 없다고 지적했다", K, D1, ["culture-tourism"], "criticism"),
     c("임팩트있는 곳이 없어서 특별하게 강릉을 찾을 이유를 찾지 못하겠다", None, D1, ["culture-tourism"], "criticism"),
     c("이제는 기존 강릉관광에 대한 개념을 전면 수정을 검토하지 않으면 안된다", K, D1, ["culture-tourism"], "plan"),
     c("경포권은 세계적으로 유명한 친환경 테마파크 시설을", None, D1, ["culture-tourism"], "plan")],
    ["원스톱 행정서비스 지원으로 본격적인 기업 유치", "김한근 강릉시장이 17일 2019년 신년기자회견을 하고있다",
     "내년도 국비확보 예산 8천억 목표", "내년도 정부예산 확보액을 8000억 원으로 설정하고",
     "부시장을 단장으로 하는 국비확보 TF팀을 꾸려"]),
"mz-02-asiae.txt": (
    meta("파주시, ‘접경지역 평화안전 연석회의’ 참석", "2026-02-27", None, None, "41480"),
    ["kim-gyeong-il"],
    [c("정부와 접경지역 지자체 간 평화 안전망 구축 방안을 논의했다", None, "2026-02-26", ["disaster-safety"], "statement"),
     c("접경지역의 특수성을 반영한 안전망 구축과 평화경제특구 추진 등 지속가능한 발전 방안을 중점적으로 논의했다", None,
       "2026-02-26", ["disaster-safety"], "statement")],
    ["평화경제특구·안보 기본소득 등 접경지역 발전 방안 건의", "접경지역은 국가 안보의 최전선이자 평화의 출발점",
     "주민들의 희생과 노력에 대한 확실한 보상이 이루어져야 한다",
     "접경지역이 제약의 공간이 아닌 기회의 공간으로 전환될 수 있도록 실질적인 방안 마련이 시급하다",
     "▲평화경제특구 지정 ▲민통선 북상을 통한 에너지 평화공존 협력 ▲파주-개성 국제마라톤 개최",
     "파주시, 통일부 주최 ‘접경지역 평화안전 연석회의’ 참석. 파주시 제공"]),
"mz-03-ajunews.txt": (
    meta("이병선 속초시장, 민선 8기 첫 시정연설...'새 시대 새 속초' 원년 공표", "2022-11-28T12:41+09:00", None, None, "42210"),
    [S],
    [c("기후 변화와 경제 둔화, 지역소멸 위기 등 직면한 위기에는 시정 역량을 집주하여", S, D3,
       ["climate-carbon", "decentralization"], "plan"),
     c("2022년도의 주요 시정성과로는", S, D3, ["citizen-participation", "youth-policy"], "achievement"),
     c("다가오는 새해의 주요 정책 방향으로는", S, D3, ["culture-tourism"], "plan")],
    ["계묘년(癸卯年) 새해 민선 8기 공약사항 및 주요·핵심 정책 본격화",
     "산적한 현안 문제들을 신속히 해결해 나감과 동시에, 지역의 지속가능한 성장을 담보할 미래 청사진을 성실히 그려나간 값진 시간"]),
"mz-04-ajunews.txt": (
    meta("양평군, 치매 지원센터 안심센터로 전환", "2018-01-10T14:57+09:00", None, None, "41830"),
    ["kim-seon-gyo"],
    [c("치매지원센터를 국가 기준에 맞는 치매안심센터로 전환, 운영을 시작했다", None, "2018-01-10", ["dementia-care"], "achievement"),
     c("새 정부 공약인 국가 치매안심센터가 전국적으로 설치중인데 따른 것이라고 군은 설명했다", None, "2018-01-10",
       ["dementia-care"], "statement"),
     c("그동안 받던 이용료도 무료로 전환했다", None, "2018-01-10", ["dementia-care"], "achievement"),
     c("올해 말 준공을 목표로 신축할 계획이다", None, "2018-01-10", ["dementia-care"], "plan"),
     c("신축되는 센터에는 검진실과 교육상담실을 비롯해 치매쉼터, 가족카페 등이 들어서게 된다", None, "2018-01-10",
       ["dementia-care"], "plan")],
    []),
"mz-05-asiae.txt": (
    meta("강원도, 원주서 반도체 박람회 개최", "2025-11-06", None, None, "51"),
    ["kim-jin-tae"],
    [c("기업 지원제도 및 테스트베드 구축 현황 등 도의 주요 반도체 육성정책을 소개한다", None, "2025-11-06",
       ["investment-attraction"], "statement"),
     c("한국반도체교육원을 중심으로 한 인력양성 프로그램과", None, "2025-11-06", ["jobs"], "statement"),
     c("의료 AI 반도체 전문인력 양성센터(연세대 미래), 반도체 소모품 실증센터(강원TP)", None, "2025-11-06",
       ["research-development", "fourth-industrial-revolution", "future-vehicles"], "statement")],
    ["AI 시대, 강원이 미래 산업 선도해야", "클러스터 조성 및 인력양성 전략 공개",
     "강원의 반도체 산업 육성 전략과 미래 비전을 대대적으로 홍보한다",
     "강원 반도체 홍보관, 반도체산업 홍보존, XR체험존 등을 운영하며"]),
"mz-06-heraldcorp.txt": (
    meta("19세~39세 청년 대상, 12월 5일까지 접수", "2025-12-01", "박준환", "헤럴드경제", "41390"),
    ["lim-byeong-taek"],
    [c("‘제10기 시흥시 청년정책위원회’ 청년위원을 12월 5일까지 공개 모집한다", None, "2025-12-01",
       ["youth-policy", "citizen-participation"], "plan"),
     c("청년정책 기본계획 및 시행계획 수립과 청년정책 평가, 제도 개선 등에 대한 심의·의결 기능을 수행한다", None,
       "2025-12-01", ["youth-policy", "citizen-participation"], "statement"),
     c("청년위원으로 선정되면 청년정책 관련 회의 및 활동 참여 기회가 주어지며", None, "2025-12-01",
       ["youth-policy", "citizen-participation"], "statement"),
     c("청년의 목소리가 시정 곳곳에 반영될 수 있도록 청년들의 적극적인 참여를 바란다", None, "2025-12-01",
       ["youth-policy", "citizen-participation"], "statement", "조혜옥")],
    ["선발은 1차 서류심사와 2차 면접 심사로 진행되며", "임기는 2026년 1월 1일부터 12월 31일까지 1년이다"]),
"mz-07-newspim.txt": (
    meta("[일문일답①] 최문순 강원도지사 “강원 교통망 구축,국제적 관광 1번지로 도약”", "2017-12-04T11:03+09:00",
         "김규희", "뉴스핌", "42"),
    [CH],
    [c("국제 관광, 문화 콘텐츠 관광, 개별 관광, 4계절 관광으로 바꾸어 고부가가치 신 관광정책을 추진할 것", CH, D7,
       ["culture-tourism"], "plan"),
     c("농산물의 고품질화, 스마트화, 브랜드화 추진해 농가소득 전국 1위가 되도록 신 농업을 추진하겠다", CH, D7,
       ["agriculture"], "plan")],
    ["속초·동해항 국제크루즈시대 개막..양양공항 동북아 거점공항으로 육성", "강원도, 수도권과 90분내 생활권 편입",
     "시정, 민생정책, 오색케이블카사업, 복지정책, 주요경제정책, SOC정책 등을 주제로 진행됐다",
     "하지만 동계올림픽 준비는 거의 끝났다"]),
"mz-08-tmedia.txt": (
    meta("“환경이 밥 먹여준다” 녹색시장 나선 고양특례시", "2024-01-22T10:19+09:00", "박보현", "더 미디어", "41280"),
    ["lee-dong-hwan"],
    [c("신재생에너지와 미세먼지 저감 등을 통한 탄소중립 도시 실현을 위한 토론을 주도했다", None, "2024-01-22",
       ["energy-transition", "fine-dust", "climate-carbon"], "statement")],
    ["고양시 업무보고서 디젤자동차 제로화, 전기차 전환 가속화 등 논의", "기후대응도 글로벌하게... COP33 유치 도전",
     "저탄소‧친환경이 도시 발전 견인하는 시대",
     "환경과 도시의 발전은 과거에는 대립 개념이었지만 이제는 환경이 도시의 발전을 견인하는 시대",
     "고양 장항습지 인근에 생태관을 개관하여 습지 생태계를 알릴 예정이다"]),
"mz-09-mediawhy.txt": (
    meta(None, None, "홍인기", "미디어와이", "41590"),
    [SEO],
    [c("2050 탄소중립 목표 달성을 위한 ‘화성형 그린뉴딜’을 본격 추진하겠다", SEO, None, ["climate-carbon"], "plan"),
     c("수도권 최초의 무상교통정책이고, 버스공영제는 기후위기에 대응하는 친환경 교통정책", SEO, None,
       ["public-transit", "climate-carbon"], "statement"),
     c("사회적 합의를 통해 점진적으로 확대한다면", SEO, None, ["public-transit"], "statement"),
     c("수원 군 공항의 화성시 이전을 막고", SEO, None, ["airport-relocation"], "plan"),
     c("화성국제테마파크, 동탄 트램, 신안산선·신분당선 연장", SEO, None, ["culture-tourism", "public-transit"], "plan")],
    ["시정연설을 하고 있는 서철모 화성시장"]),
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for article, (metadata, officials, claims, not_claims) in G.items():
        gold = {"article": article, "metadata": metadata, "officials": officials, "claims": claims,
                "not_claims": not_claims}
        (GOLD / f"{article}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    print(len(G), "files,", sum(len(v[2]) for v in G.values()), "claims")
