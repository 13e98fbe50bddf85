"""Write set-cm's hand-made gold files (one per article) in the format of seeds/corpus/README.md."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


S = "disaster-safety"
D1 = "2015-03-26"
FILES = {}

FILES["cm-01-ajunews.txt"] = {
    "metadata": {"headline": "서울시 중구, 범죄에 걱정없는 여성안심 귀갓길 조성", "published": "2015-03-26T10:49+09:00",
                 "reporter": "박성준", "outlet": "아주경제", "jurisdiction": "11140"},
    "officials": ["choi-chang-sik"],
    "claims": [
        c("늦은 시간 여성들이 안심하고 귀가할 수 있도록 귀갓길 환경개선을 본격적으로 추진한다고 26일 밝혔다", None, D1, [S], "plan"),
        c("귀갓길 자체의 환경개선을 통해 범죄를 예방하려고 한다", None, D1, [S], "plan"),
        c("현재 중구에는 23개의 노선이 여성안심 귀갓길로 지정돼 경찰서에서 순찰활동을 펼치고 있다", None, D1, [S], "statement"),
        c("나머지 19개구간은 올해 말까지 설치할 계획이다", None, D1, [S], "target"),
        c("귀가 동행을 지원하는‘여성 안심귀가 스카우트’를 2013년부터 운영하고 있다", None, D1, [S], "statement"),
        c("중구의 여성 안심귀가 스카우트는 11명으로 구성되어 2인 1조 또는 3인 1조로 활동하고 있다", None, D1, [S], "statement"),
        c("이들은 범죄 예상장소의 순찰도 병행하고 있다", None, D1, [S], "statement"),
        c("범죄 취약 지역인 중림동과 여성 인구 밀집지역을 거점 지역으로 정해", None, D1, [S], "statement"),
        c("깨끗하고 밝은 거리 환경조성은 범죄를 미리 예방하는데 큰 역할을 한다", "choi-chang-sik", D1, [S], "statement"),
        c("여성과 노약자들이 안심하고 활동할 수 있는 환경을 조성하여 안전 중구를 건설하는데 최선을 다할 것", "choi-chang-sik", D1, [S], "plan"),
    ],
    "not_claims": ["봉래초교, 회현체육센터 등 총 23개 구간 범죄예방 환경개선", "LED보안등 설치"],
}

U = "urban-regeneration"
FILES["cm-02-munhwa.txt"] = {
    "metadata": {"headline": "동작구 ‘국토부 뉴딜사업’ 선정", "published": None, "reporter": "이후민",
                 "outlet": "문화일보", "jurisdiction": "11590"},
    "officials": ["lee-chang-u"],
    "claims": [
        c("주민의 열의와 역량이 높아 긍정적인 평가를 받았다", None, None, [U], "achievement"),
        c("이에 지난해 서울형 도시재생 대상지에 최종 선정된 데 이어 올해 국토교통부 도시재생 뉴딜사업에 선정됐다", None, None, [U], "achievement"),
        c("이에 구는 사당4동에 국·시비와 구비 등 2023년까지 총 260억 원을 투입할 계획이다", None, None, [U], "plan"),
        c("구는 사업을 통해 △안전한 마을 교통체계 구축 △스마트마을 기반시설 조성 △집수리 리빙 랩 사업", None, None,
          [U, "smart-city", "housing"], "plan"),
        c("잠시 머물다 떠나는 도시가 아닌 주민이 살고 싶은 마을을 주민 스스로 만들어가는 것이 도시재생의 핵심", "lee-chang-u", None, [U], "statement"),
        c("도시재생 사업의 성공적 추진을 통해 지역 문제를 주민과 함께 해결해가도록 노력하겠다", "lee-chang-u", None, [U], "plan"),
    ],
    "not_claims": [
        "2023년까지 총260억원 투입",
        "‘사당4동 도시재생 뉴딜사업 주민협의체’ 발대식을 개최한다고 18일 밝혔다",
        "주민협의체 참여를 홍보하기 위해 발대식을 개최한다고 설명했다",
        "발대식은 주민협의체 대표 위촉장 수여와 활성화 계획 공유, 뮤지컬 축하공연 등으로 진행될 계획이다",
    ],
}

F = "fine-dust"
FILES["cm-03-siminilbo.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "박준우", "outlet": "시민일보", "jurisdiction": "11620"},
    "officials": ["park-jun-hui"],
    "claims": [
        c("미세먼지로부터 구민들을 지키기 위해 미세먼지 차단에 온 힘을 쏟고 있다고 23일 밝혔다", None, None, [F], "statement"),
        c("미세먼지 저감 대책이 시급한 상황이었다", None, None, [F], "statement"),
        c("전체 지역에 미세먼지 저감 사업을 추진하고 있다", None, None, [F], "statement"),
        c("'창문환기형 공기청정기' 35대를 설치했다", None, None, [F], "achievement"),
        c("추운 겨울 창문을 열지 않아도 된다는 점이 영유아와 노약자들에게 큰 장점으로 작용됐다는 게 구의 설명이다", None, None, [F], "statement"),
        c("식물 자동화시스템을 활용한 스마트 가든을 설치했다", None, None, [F], "achievement"),
        c("친환경 전기구동형 미세먼지청소차를 매일 30km 이상 운행해 미세먼지를 깔끔히 청소하고 있다", None, None, [F], "statement"),
        c("부착형 미세먼지 저감장치 27대를 오는 12월 말까지 설치완료할 계획이다", None, None, [F], "target"),
        c("지역 특성에 맞는 미세먼지 대책을 수립해 구민 건강증진을 위해 지속 노력하겠다", None, None, [F], "plan"),
        c("미세먼지 계절관리제 기간 동안 구에서 실시하는 다양한 미세먼지 저감 사업에 구민 여러분의 적극적 관심과 참여를 부탁드", None, None, [F], "plan"),
    ],
    "not_claims": ["3억 들여 곳곳에 스마트 가든·저감장치 등 설치", "어린이집에 설치된 창문환기형 공기청정기"],
}

E = "education"
D4 = "2026-01-30"
FILES["cm-04-seoul.txt"] = {
    "metadata": {"headline": None, "published": "2026-01-30", "reporter": "서유미", "outlet": None, "jurisdiction": "11410"},
    "officials": ["lee-seong-heon"],
    "claims": [
        c("올해 교육경비보조금 100억원을 편성한다고 30일 밝혔다", None, D4, [E], "plan"),
        c("올해 교육경비보조사업 기본 방향을 ‘미래맞춤형 교육환경 조성’", None, D4, [E], "plan"),
        c("중점 지원 분야는 ▲노후 교실·급식실·체육시설 등 학교시설 및 교육 기자재 개선", None, D4,
          [E, "fourth-industrial-revolution", "public-health"], "statement"),
        c("늘봄학교 운영, 차별 없는 교육환경 조성은 교육격차 완화를 위해 지속해서 지원한다", None, D4, [E], "plan"),
        c("정서심리·마음건강 지원은 신설 사업으로 학교와 학부모의 요구가 높았다", None, D4, [E, "public-health"], "statement"),
        c("서대문구가 예산을 편성해 관내 학교에 보조금 형태로 교부한다", None, D4, [E], "statement"),
        c("교육은 개인의 성장을 넘어 지역의 미래를 만드는 중요한 투자", "lee-seong-heon", D4, [E], "statement"),
        c("학교 현장의 목소리를 세심히 반영하는 가운데 교육경비 지원을 꾸준히 추진해 나가겠다", "lee-seong-heon", D4, [E], "plan"),
    ],
    "not_claims": ["서울 서대문구 한 학교에 있는 체육관. 교육경비보조사업으로 마련됐다"],
}

M = "dementia-care"
FILES["cm-05-jeonmae.txt"] = {
    "metadata": {"headline": "성장현 용산구청장, 치매안심센터 송년회 참석", "published": "2019-12-11", "reporter": "박창복",
                 "outlet": "전국매일신문", "jurisdiction": "11170"},
    "officials": ["seong-jang-hyeon"],
    "claims": [
        c("올해는 센터 운영 10주년이 되는 뜻 깊은 해", "seong-jang-hyeon", "2019-12-10", [M], "statement"),
        c("시설 이용에 불편이 없도록 앞으로도 구가 최선을 다할 것", "seong-jang-hyeon", "2019-12-10", [M], "plan"),
        c("검진실을 기존 4개에서 6개로 늘리고 치매가족 힐링카페를 신설했다", None, "2019-12-11", [M], "achievement"),
    ],
    "not_claims": [
        "10일 구청 대회의실에서 치매안심센터 송년회를 개최했다",
        "이날 행사는 2019년 치매관리사업 보고, 송년회 순으로 2시간 동안 진행됐으며",
        "센터는 구 보건소 지하 1~2층에 자리했다",
        "면적은 575㎡다",
    ],
}

C = "smart-city"
FILES["cm-06-ajunews.txt"] = {
    "metadata": {"headline": "김성제 시장 \"의왕시 특징 살린 친환경 명품 스마트도시 조성 최선 다할 것\"",
                 "published": "2023-07-14T14:11+09:00", "reporter": None, "outlet": "아주경제", "jurisdiction": "41430"},
    "officials": ["kim-seong-je"],
    "claims": [
        c("의왕시 특징을 살린 친환경 명품 스마트도시를 만들기 위해 최선의 노력을 다하겠다", "kim-seong-je", "2023-07-13", [C], "plan"),
        c("의왕 특화형 스마트도시계획 수립을 위해 시민 설문조사, 시민리빙랩", None, "2023-07-14", [C], "statement"),
        c("국토교통부 공모사업인 스마트시티 솔루션 확산사업에 선정되는 성과를 거두기도 했다", None, "2023-07-14", [C], "achievement"),
        c("완성도 높은 스마트도시계획을 수립해 국토교통부에 승인을 신청할 계획이다", "kim-seong-je", "2023-07-14", [C], "plan"),
    ],
    "not_claims": [
        "시청 중회의실에서 의왕시 스마트도시계획 수립용역 1차 중간보고회를 열고 이 같은 입장을 밝혔다",
        "이번 보고회에는 김 시장을 비롯한 전문가와 관계공무원 등 20여명이 참석했다",
        "스마트도서서비스(안) 등을 발표하고, 이에 대한 전문가와 관계공무원들의 의견을 공유하는 시간을 가졌다",
        "의왕시 특징 살린 친환경 명품 스마트도시 조성 최선 다할 것",
    ],
}

D7 = "2017-10-30"
FILES["cm-07-ajunews.txt"] = {
    "metadata": {"headline": "평택시, 진위3산업단지 입주기업과 '상생협력 협약' 체결", "published": "2017-10-30T14:19+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "41220"},
    "officials": ["gong-jae-gwang"],
    "claims": [
        c("진위3 산업단지에 입주할 17개 기업체와 일자리 창출 등 6개 분야의 세부 내용을 담은 '상생협력' 협약을 체결했다고 30일 밝혔다",
          None, D7, ["jobs", "investment-attraction"], "achievement"),
        c("4차 산업혁명의 중심 도시이자 대한민국에서 가장 역동적인 도시로 발돋음 하고 있다", None, D7,
          ["fourth-industrial-revolution"], "statement"),
        c("총 6613억 원을 투자해 고용인원 5300명의 일자리를 창출하겠다는 입장을 표명했다", None, D7,
          ["jobs", "investment-attraction"], "target"),
        c("기업체의 애로사항을 적극 해결하기 위해 모든 행정력을 아낌 없이 지원하겠다", "gong-jae-gwang", D7,
          ["investment-attraction"], "plan"),
    ],
    "not_claims": [
        "기업체 투자금 6613억 원…일자리 창출 5300명 기대",
        "진위3산단에 입주할 기업체 관계자들과 상생협력 방안에 대해 이야기를 나누고 있다",
        "삼성과 LG, 쌍용자동차 등 반도체디스플레이, 자동차 부품기업 클러스터가 형성돼 있다",
        "행정기관과 기업체, 평택시민이 함께 공존하고 상생 발전하는 도시를 만들겠다",
    ],
}

K = "climate-carbon"
FILES["cm-08-yonhap.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "김광호", "outlet": "연합뉴스", "jurisdiction": "41590"},
    "officials": [],
    "claims": [
        c("2030년까지 온실가스 배출량을 2018년 대비 40% 감축하고, 2050년 탄소중립을 달성하는 내용의", None, None, [K], "target"),
        c("기후위기 대응을 위한 탄소중립·녹색성장 기본법'에 따라 수립된 시의 법정 최상위 계획이다", None, None, [K], "statement"),
        c("6개 분야 104개 세부 과제를 실행해 나갈 계획이다", None, None,
          [K, "energy-transition", "future-vehicles", "agriculture"], "plan"),
        c("처음으로 탄소중립·녹색성장 기본계획을 수립한 뜻깊은 해", None, None, [K], "achievement", "오제홍"),
        c("기후위기에 적극 대응하며 녹색에너지 전환을 실현하는 특례시로 나아가겠다", None, None,
          [K, "energy-transition"], "plan", "오제홍"),
    ],
    "not_claims": ["본 콘텐츠는 뉴스픽 파트너스에서 공유된 콘텐츠입니다"],
}

A = "agriculture"
FILES["cm-09-livein.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "41460"},
    "officials": [],
    "claims": [
        c("로컬푸드 직거래 장터가 휴게소 방문객들로부터 큰 호응을 얻고 있다고 14일 밝혔다", None, None, [A], "achievement"),
        c("한 번에 평균 1000여 명의 방문객이 찾을 정도로 활기를 띠고 있다", None, None, [A], "achievement"),
        c("총 9회를 운영하며 4000만원 이상의 매출을 올리는 등 안정적으로 자리잡고 있다", None, None, [A], "achievement"),
        c("지역 농업인의 소득 향상과 자립 기반 마련에 기여하고 있다", None, None, [A], "achievement"),
        c("품질 좋은 농산물을 합리적인 가격에 구매할 수 있어 만족도가 높다", None, None, [A], "achievement"),
    ],
    "not_claims": ["전체 내용보기"],
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, body in FILES.items():
        doc = {"article": name, **body}
        (GOLD / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
        print(name, len(body["claims"]))
    print("total", sum(len(b["claims"]) for b in FILES.values()))
