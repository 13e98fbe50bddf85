"""Write set-ih gold files (hand annotations)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


def meta(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


D1 = "2025-04-16"
D2 = "2019-01-10"
D3 = "2025-06-12"
OY = "oh-young-hun"
D5, D5e, D5p = "2023-05-13", "2023-05-10", "2023-05-17"
NG = "noh-gwan-gyu"
D6 = "2025-02-20"
D7 = "2025-10-02"
D8 = "2026-01-14"
LY = "lee-yong-seop"

GOLDS = {
    "ih-01-news1.txt": {
        "metadata": meta("청주시 '취업→정착' 청년 일자리 창출 종합계획 추진", "2025-04-16T09:53+09:00", "박재원", "뉴스1", "43110"),
        "officials": [],
        "claims": [
            c("올해 298억 원을 들여 '인재 양성, 취업 지원, 지역 정착' 목표로 청년 일자리 창출 종합계획을 추진한다고", None, D1, ["jobs", "youth-policy"], "plan"),
            c("협의체를 운영해 반도체 등 지역산업 맞춤형 인력을 양성한다", None, D1, ["jobs"], "plan"),
            c("'첨단산업 인재양성 부트캠프'와 산업 인력에게 맞춤형 교육훈련을 제공하는", None, D1, ["jobs"], "plan"),
            c("'산학 연계 대학생 현장실습 지원'은 올해 신규로 진행한다", None, D1, ["jobs"], "plan"),
            c("구직 단념 청년을 발굴하고 구직 의욕을 높이는 청년 도전 지원사업은", None, D1, ["jobs", "youth-policy"], "plan"),
            c("젊은 농업인의 경쟁력 강화를 위한 작물 재배, 영농 정착 교육과", None, D1, ["agriculture", "youth-policy"], "plan"),
            c("청년 월세 한시 특별지원, 전세자금 대출이자 지원 등도 한다", None, D1, ["jobs", "youth-policy", "housing"], "plan"),
            c("올해 청년 2만 1773명 지원을 목표로 35개 세부사업을 추진할 계획", None, D1, ["jobs", "youth-policy"], "target"),
        ],
        "not_claims": ["청주시 '취업→정착' 청년 일자리 창출 종합계획 추진", "청주시 취업박람회. (시 제공. 재판매 및 DB금지)"],
    },
    "ih-02-yonhap.txt": {
        "metadata": meta("전북도 인구늘리기 안간힘…200개 사업에 6조3천억원 쏟는다", "2019-01-09T16:33+09:00", "백도인", "연합뉴스", "45"),
        "officials": [],
        "claims": [
            c("출생률을 높이기 위해 임산부와 출생아에 대한 지원을 늘리고", None, D2, ["childcare-birth"], "plan"),
            c("청년층의 결혼 부담을 줄여주기 위해 주거비 등의 지원을 확대한다", None, D2, ["housing", "youth-policy"], "plan"),
            c("귀농·귀촌에 대한 지원을 강화하고 다양한 다문화 친화 정책도 발굴한다", None, D2, ["agriculture", "welfare"], "plan"),
            c("양질의 일자리를 만들고 취업과 창업 정책도 활성화한다", None, D2, ["jobs", "startup-support", "youth-policy"], "plan"),
            c("저출산 극복을 위한 제도적 지원 확대, 출산휴가 확대 및 유급휴직 의무화", None, D2, ["childcare-birth"], "plan"),
            c("이번 종합대책은 저출산 극복과 청년 일자리 창출, 농촌 활력 제고, 도시재생까지", None, D2,
              ["childcare-birth", "jobs", "youth-policy", "agriculture", "urban-regeneration"], "statement", "김송일"),
        ],
        "not_claims": [
            "전북도 인구늘리기 안간힘…200개 사업에 6조3천억원 쏟는다",
            "임산부·출생아, 귀농귀촌, 청년층 창업, 은퇴자 정착 지원 확대",
            "'인구정책 종합대책'을 확정해 10일 발표했다",
            "종합대책은 '제2 고향 만들기' 등 200개 사업으로 구성됐으며",
            "도시 은퇴자를 유입시키는 '제2 고향 만들기'를 역점사업으로 추진한다",
            "인구정책을 총괄할 전담팀도 신설해 운영하기로 했다",
        ],
    },
    "ih-03-newsis.txt": {
        "metadata": meta("오영훈 제주도지사 \"대선 전후 관광 회복세\"…단체관광객 인센티브 지속", "2025-06-12T11:18:12+09:00", "임재영", "뉴시스", "50"),
        "officials": [OY],
        "claims": [
            c("관광이 회복세로 돌아섰다", OY, D3, ["culture-tourism"], "statement"),
            c("단체관광객 인센티브를 계속 시행하면서 하반기에 성장률을 높일 수 있도록 관리하겠다", OY, D3, ["culture-tourism"], "plan"),
            c("내국인 관광객 수를 어느 정도 유지해야하는 지에 대한 종합적인 검토가 필요하다", OY, D3, ["culture-tourism"], "plan"),
            c("내국인 관광객 적정 규모와 목표 지표를 정하기 위해 소비와 지출 등의 분석 작업을 시작했다", OY, D3, ["culture-tourism"], "statement"),
            c("8월까지 주민투표를 위한 정부의 의지를 확인할 수 있어야 하는데", OY, D3, ["decentralization", "citizen-participation"], "statement"),
            c("10월까지는 주민투표가 이뤄져야 한다", OY, D3, ["decentralization", "citizen-participation"], "plan"),
            c("제주도가 추진하는 행정체제개편은 현행 행정시(제주시", None, D3, ["decentralization"], "statement"),
        ],
        "not_claims": [
            "오영훈 제주도지사 \"대선 전후 관광 회복세\"…단체관광객 인센티브 지속",
            "내국인 관광객 적정 규모…소비 지출 등 분석 시작",
            "행정체제개편 주민투표, 10월이 '마지노선'",
            "기자간담회를 갖고 관광실태와 행정체제개편 등에 대한 입장을 밝히고 있다",
        ],
    },
    "ih-04-sjbnews.txt": {
        "metadata": meta("'전주사람'이 자랑스런 도시 만들겠다", "2018-07-05T20:03+09:00", "공현철", None, "45110"),
        "officials": ["kim-seung-su"],
        "claims": [
            c("△삶이 되고 밥이 되는 찬란한 문화", "kim-seung-su", "2018-07-05", ["culture-tourism", "welfare"], "plan"),
            c("‘덕진권역 뮤지엄밸리 조성’과 미세먼지 저감, 열섬", "kim-seung-su", "2018-07-05", ["culture-tourism", "fine-dust"], "plan"),
        ],
        "not_claims": [
            "미세먼지 저감, 열섬해소 위한 1,000만그루 더불어 숲 프로젝트 등",
            "민선7기 출범 기자회견을 열고 전주형 문화경제 실현을 위한 5개 목표와 25대 중점과제를 발표하고 있다",
            "이 말이 자랑이 되는 도시를 만들겠습니다",
            "스스로 운명을 개척해왔다",
            "찬란한 전주시대를 열어갈 것",
        ],
    },
    "ih-05-donga.txt": {
        "metadata": meta("“생태도시 표준모델 순천, 관람객 300만 명 돌파”", "2023-05-17T03:00+09:00", None, "동아일보", "46150"),
        "officials": [NG],
        "claims": [
            c("13일 2023천만국제정원박람회 관람객들의 호평에 대해 이렇게 소감을 밝혔다", NG, D5, ["culture-tourism"], "statement"),
            c("10일 관람객 300만 명을 돌파하며 흥행 몰이를 하고 있다", None, D5e, ["culture-tourism"], "achievement"),
            c("2023순천만국제정원박람회 기획자인 노 시장은 박람회 현장을 진두지휘하고 있다", None, D5p, ["culture-tourism"], "achievement"),
            c("전국 자치단체 130여 곳이 순천만국제정원박람회를 배우기 위해 순천을 찾았다", None, D5p, ["culture-tourism"], "achievement"),
            c("순천을 벤치마킹해 지방 정원을 조성할 정도로 정원 열풍이 불고 있다", None, D5p, ["culture-tourism"], "achievement"),
            c("순천의 앞선 생태 경험을 전국 자치단체와 나누겠다", NG, D5, ["culture-tourism"], "plan"),
            c("다양한 자연이 조화를 이룬다", None, D5p, ["culture-tourism"], "statement"),
            c("1조6000억 원의 경제 효과가 기대되고", NG, D5, ["culture-tourism"], "achievement"),
        ],
        "not_claims": [
            "“생태도시 표준모델 순천, 관람객 300만 명 돌파”",
            "관람객들의 좋은 평가에 자부심과 긍지를 느낍니다",
            "중소도시인 순천이 대한민국 생태도시 표준 모델이 됐다",
            "여름 정원이 가장 좋아 즐기기에 제격",
            "인근 도시들과 연대해 미래를 내다보는 도시 순천을 만들고 싶다",
        ],
    },
    "ih-06-sejongilbo.txt": {
        "metadata": meta("세종시, 이응패스·어울링 연계한 대중교통 이용 독려", "2025-02-20", "배진우", None, "36"),
        "officials": [],
        "claims": [
            c("매월 네 번째 금요일을 세종사랑 '대중교통의 날'로 운영한다고 20일 밝혔다", None, D6, ["public-transit"], "plan"),
            c("대중교통 혁신 정책의 성과를 확산하고 이용을 활성화한다는 계획이다", None, D6, ["public-transit"], "plan"),
            c("대중교통 이용 실적이 우수한 시민 200명을 선정해", None, D6, ["public-transit"], "plan"),
            c("공영자전거 어울링 이용자 300명에게 일주일 무료 이용권을 제공해", None, D6, ["public-transit"], "plan"),
            c("민원인과 교통약자에게만 개방해 직원들의 대중교통 이용을 유도한다", None, D6, ["public-transit"], "plan"),
            c("행복도시 교통정책협의체에서 처음 논의됐다", None, D6, ["public-transit"], "statement"),
            c("대중교통 이용의 날을 확대·발전시켜 대중교통 중심도시로 자리매김한다는 방침이다", None, D6, ["public-transit"], "plan"),
        ],
        "not_claims": ["세종시, 이응패스·어울링 연계한 대중교통 이용 독려"],
    },
    "ih-07-segye.txt": {
        "metadata": meta(None, "2025-10-02", None, None, "44"),
        "officials": ["kim-tae-heum"],
        "claims": [
            c("추석을 앞둔 2일 천안·아산 지역 전통시장을 상인들과 도민들을 찾아 소통했다", None, D7, ["small-merchants"], "statement"),
            c("물가 안정·소비 촉진 캠페인을 벌였다", None, D7, ["small-merchants"], "statement"),
            c("천안중앙시장에서 장보기와 소비촉진 캠페인에 참여했다", None, D7, ["small-merchants"], "statement"),
            c("전통시장 활성화를 위한 도 차원의 지원책을 발굴·추진하고", "kim-tae-heum", D7, ["small-merchants"], "plan"),
            c("시설 현대화 지원사업, 화재 공제 지원·온라인 전자상거래 활성화 등 경영 현대화 지원사업을 추진하고 있다", None, D7,
              ["small-merchants", "disaster-safety"], "statement"),
        ],
        "not_claims": [
            "추석 차례상 음식을 구매하고 시음하면서 상인들로부터 현장의 목소리를 들었다",
            "1974년 개설된 상설시장으로, 점포 수는 각각 420개, 394개에 달한다",
        ],
    },
    "ih-08-ccnnews.txt": {
        "metadata": meta("정용래 유성구청장 \"유성만의 고유 브랜드 만들겠다\"", "2026-01-14", "김용우", "충청뉴스", "30200"),
        "officials": ["jeong-yong-rae"],
        "claims": [
            c("창업, 마을, 돌봄, 문화라는 4대 혁신의 고도화에 집중하겠다", "jeong-yong-rae", D8,
              ["startup-support", "welfare", "culture-tourism"], "plan"),
        ],
        "not_claims": [
            "정용래 유성구청장 \"유성만의 고유 브랜드 만들겠다\"",
            "경제, 행정, 복지, 문화예술 등 모든 분야에서 유성만의 고유 브랜드를 만들어 가겠습니다",
            "유성이 지방정부 시대의 새로운 모범을 세워 가겠다",
            "실질적 완성의 단계로 나아가겠다",
            "유성구라는 ‘미래형 자동차’의 속도를 높이겠다",
        ],
    },
    "ih-09-ajunews.txt": {
        "metadata": meta(None, None, None, "아주경제", "29"),
        "officials": [LY],
        "claims": [
            c("중요한 것은 우리 아이들의 일자리를 많이 만드는 것이며", LY, None, ["jobs"], "statement"),
            c("실제 일자리가 없어 많은 사람들이 광주를 떠나고 있다", LY, None, ["jobs"], "statement"),
            c("대한민국에서 처음으로 노사상생도시를 선언했다", LY, None, ["labor-relations", "jobs"], "achievement"),
            c("산업평화도시 노사상생도시의 첫 걸음이 바로 광주형 일자리다", LY, None, ["jobs", "labor-relations"], "statement"),
            c("오히려 지금 있는 일자리의 지속 가능성과 안전성을 키우는 것", LY, None, ["jobs"], "statement"),
            c("광주형 일자리로 광주에 1만2000개의 일자리가 만들어질 뿐 아니라", LY, None, ["jobs"], "target"),
            c("떠났던 기업들도 다시 돌아오는 리쇼어링 효과도 있다", LY, None, ["investment-attraction", "jobs"], "statement"),
        ],
        "not_claims": [
            "2017년에도 8100명이 광주를 떠났고 안타깝게도 이 가운데 66%가 젊은이들",
            "광주의 운명은 광주가 결정해야 한다",
            "시장을 믿고 많이 도와주기 바란다",
        ],
    },
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, g in GOLDS.items():
        out = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(g["claims"]))
