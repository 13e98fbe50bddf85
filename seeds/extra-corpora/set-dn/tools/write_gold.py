"""Write set-dn's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


def md(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


SETS = {}

# dn-01 구례군, 김순호; undated text ("25일" only) -> every date null
KS = "kim-sun-ho"
SETS["dn-01-newsfreezone.txt"] = {
    "metadata": md(None, None, "김영만", "뉴스프리존", "46730"),
    "officials": [KS],
    "claims": [
        c("「국가균형발전 특별법」 및 시행령 개정을 통해 인구감소지역 지정과 그 지원 근거를 마련한 바 있으며",
          None, None, ["decentralization"], "achievement"),
        c("지방소멸대응 기금이 일자리 창출, 청년인구 유입, 생활인구 확대 등을 위해", None, None,
          ["jobs", "youth-policy"], "plan"),
        c("코로나19로 인한 자가격리자 관리, 소상공인 손실보상제도 적극 홍보, 농촌일손돕기 추진", KS, None,
          ["public-health", "small-merchants", "agriculture"], "plan"),
    ],
    "not_claims": [
        "인구감소 확산세에 따른 선제적 대응 지시 등 적극적인 현안 추진을 당부했다",
        "지난 주 행정안전부에서 89개 지역을 인구감소지역으로 지정했다",
        "구례군은 인구감소지역으로서 지원책을 마련하기 위해 선제적 대응에 나선다는 방침이다",
        "전국 지방자치단체 중 인구감소지역 지정은 89곳으로 인구 위기를 극복할 수 있는 방안을 마련할 수 있도록 대응하라",
    ],
}

# dn-02 세종시 (institutional narration), 2025-06-19
D2 = "2025-06-19"
SETS["dn-02-cctoday.txt"] = {
    "metadata": md("세종시, 새 정부에 ‘행정수도 완성’ 국정과제 제안", D2, "이승동", "충청투데이", "36"),
    "officials": [],
    "claims": [
        c("행정수도 세종시 지위 확립과 기능 강화 등을 중심으로 작성한 ‘국정과제 정책제안서’를 전달했다", None, D2,
          ["decentralization"], "plan"),
        c("행정수도의 백년대계를 위한 정책적 비전과 실현 전략을 담아 총 7대 분야, 44개 과제를 마련했다", None, D2,
          ["decentralization"], "plan"),
        c("국회 세종의사당과 대통령 세종집무실을 임기 내 건립한다는 대선공약의 이행을 중심으로", None, D2,
          ["decentralization"], "plan"),
        c("세종시의 행정수도 지위를 법적으로 명문화하고", None, D2, ["decentralization"], "plan"),
        c("지방분권 종합타운 조성 등 행정수도에 필수적인 기반시설 확충", None, D2, ["decentralization"], "plan"),
        c("세종 도심지 통과 광역급행철도(CTX)의 조속 추진을 올렸다", None, D2, ["public-transit"], "plan"),
        c("간선급행버스체계(BRT) 중심의 저탄소 교통체계", None, D2, ["public-transit", "climate-carbon"], "plan"),
        c("‘인공지능(AI) 시대 테스트베드 조성’과 연계된 사업을 제", None, D2,
          ["decentralization", "fourth-industrial-revolution", "investment-attraction"], "plan"),
    ],
    "not_claims": [
        "세종의사당·대통령 집무실 건립 등 7대 분야 44개 과제 포함",
        "국회세종의사당 예정부지 주변",
        "제2외곽순환도로 건설, 첫마을 IC 신설, 국지도 96호선 지하차도 건설 등도 주요 과제로 제안했다",
    ],
}

# dn-03 광산구, 박병규 interview, 입력 2025-09-22 19:11
PB, D3 = "park-byeong-gyu", "2025-09-22"
SETS["dn-03-gwangnam.txt"] = {
    "metadata": md("지속가능 일자리 향한 광산의 길, 이제 대한민국의 길", "2025-09-22T19:11+09:00", None, None, "29200"),
    "officials": [PB],
    "claims": [
        c("지속가능 일자리가 시대의 부름에 응답해, 광산에서 전국으로 뻗어가게 됐다", PB, D3, ["jobs"], "achievement"),
        c("민선 8기에 역점 추진해 온 지속가능일자리특구 조성은", PB, D3, ["jobs"], "achievement"),
        c("복잡한 한국 사회 고용 환경으로 비정규직, 플랫폼 노동, 인력 불균형 등의 문제가 나타나고 있다", PB, D3,
          ["jobs", "labor-relations"], "statement"),
        c("이런 시대일수록 일자리는 단순한 고용의 문제를 넘어", PB, D3, ["jobs"], "statement"),
        c("광산구는 이 과제를 시민참여형 풀뿌리 사회적 대화로 풀어가고 있다", PB, D3,
          ["jobs", "labor-relations", "citizen-participation"], "statement"),
        c("광산구는 비정규직, 자영업자, 청년, 장년, 여성 등 이해당사자를 동등한 협상 테이블에 앉혔다", PB, D3,
          ["labor-relations", "citizen-participation"], "achievement"),
        c("일회성 토론회가 아닌 상시 대화기구를 설치하고", PB, D3,
          ["labor-relations", "citizen-participation"], "achievement"),
        c("‘사회임금’ 도입으로 노동자 삶의 질 향상과 지역경제 선순환을 함께 꾀하는", PB, D3,
          ["labor-relations"], "statement"),
        c("광산구가 만든 이 모델은 이제 ‘지방의 실험’을 넘어", PB, D3,
          ["labor-relations", "citizen-participation"], "achievement"),
    ],
    "not_claims": [
        "지속가능 일자리 국가 시범도시, 정책 성공 총력",
        "첫 번째로 ‘주체의 확장’을 꼽았다",
        "과거 정책은 행정과 전문가 중심이었다",
    ],
}

# dn-04 당진시, 오성환; undated ("지난 17일", "18일")
OS = "oh-seong-hwan"
SETS["dn-04-thefairnews.txt"] = {
    "metadata": md(None, None, "오주진", "더페어", "44270"),
    "officials": [OS],
    "claims": [
        c("총 1,700억 원 규모의 투자협약(MOU)을 체결했다고 18일 밝혔다", None, None,
          ["investment-attraction"], "achievement"),
        c("국내 유망기업 4곳이 당진시에 생산 시설 신·증설을 추진하는 내용을 담고 있으며", None, None,
          ["investment-attraction", "jobs"], "statement"),
        c("약 98명의 신규 일자리가 창출될 것으로 기대하며", None, None, ["jobs", "investment-attraction"], "statement"),
        c("당진시가 민간기업 투자 유치에 성공한 점이 더욱 주목받고 있다", None, None,
          ["investment-attraction"], "achievement"),
        c("입지적·제도적 경쟁력을 고려해 투자를 결정한 것으로 전해졌다", None, None,
          ["investment-attraction"], "statement"),
        c("선제적이고 전략적인 투자가 위기 극복의 열쇠", OS, None, ["investment-attraction"], "statement"),
        c("입지, 인프라, 인허가 등 전 분야에서 맞춤형 지원을 지속하겠다", OS, None,
          ["investment-attraction"], "plan"),
    ],
    "not_claims": [
        "기업명과 세부 투자 내용은 비공개로 진행됐으며",
    ],
}

# dn-05 충청북도, 이시종; undated ("22일" only)
LS = "lee-si-jong"
SETS["dn-05-cbinews.txt"] = {
    "metadata": md(None, None, None, "충북인뉴스", "43"),
    "officials": [LS],
    "claims": [
        c("개별적인 기업 유치 차원을 넘어 큰 틀에서 육성 계획을 수립해야 한다", LS, None,
          ["investment-attraction"], "plan"),
        c("4차 산업혁명 시대에 신성장 동력으로 주목받고 있다", LS, None, ["medical-industry"], "statement"),
        c("바이오산업의 성장을 막고 있는 규제인", LS, None, ["medical-industry"], "plan"),
        c("바이오산업 허브로서 충북 위상을 높여야 한다", LS, None, ["medical-industry"], "plan"),
    ],
    "not_claims": [
        "'제2의 판교'로 육성할 수 있는 방안을 검토해 보라고 지시했다",
        "오창산업단지에 건립을 추진하는 지식산업센터는 오송과 오창 밸리의 중심 기능을 수행할 것이다",
        "제2의 판교가 될 수 있도록 추진 체계를 구축하라",
        "오송첨단의료복합단지처럼 과감한 국비 지원이 이뤄질 수 있는 방안을 마련하라",
    ],
}

# dn-06 제주특별자치도 (institutional narration); undated ("10일" only)
SETS["dn-06-jejunews.txt"] = {
    "metadata": md("제주시 시내버스 노선 다음달부터 전면 개편", None, None, None, "50"),
    "officials": [],
    "claims": [
        c("다음 달부터 제주시내 버스노선이 전면 개편될 전망이다", None, None, ["public-transit"], "plan"),
        c("다음 달부터 적용될 예정인 시내버스 노선개편 조정안을 발표했다", None, None, ["public-transit"], "plan"),
        c("버스가 14대 증차돼 현행 26개 노선 161대에서 28개 노선 175대로 확대된다", None, None,
          ["public-transit"], "target"),
        c("5개 노선 18대가 신설됐고, 3개 노선 6대는 폐지된다", None, None, ["public-transit"], "target"),
        c("신흥 주거밀집 지역 및 교통소외지역 불편 해소를 위해", None, None, ["public-transit"], "plan"),
        c("버스가 운행될 수 있도록 노선을 조정했다", None, None, ["public-transit"], "plan"),
        c("제주대 노선을 첨단과학단지와 국제대학교까지 연장했고", None, None, ["public-transit"], "plan"),
        c("평일 심야 버스를 운행해", None, None, ["public-transit"], "plan"),
        c("38번 노선이 공항을 경유하도록 했고", None, None, ["public-transit"], "plan"),
        c("현재 운행되는 버스 2", None, None, ["public-transit"], "statement"),
    ],
    "not_claims": [
        "제주도, 버스노선 개편...제주시 동 지역 28개 노선 175대로 확대",
    ],
}

# dn-07 대덕구, 최충규 시정연설; undated ("20일" only)
CC = "choi-chung-gyu"
SETS["dn-07-cctoday.txt"] = {
    "metadata": md("시정연설 통해 구정 운영 방향 제시", None, "이심건", "충청투데이", "30230"),
    "officials": [CC],
    "claims": [
        c("신성장 기반 구축과 생활인프라 개선, 명품도시 조성, 저출생·초고령사회 대응 등 4대 목표를 강조했다", CC, None,
          ["childcare-birth", "welfare"], "plan"),
        c("구는 신청사 건립과 신대·연축지구 종합개발", None, None, ["city-hall", "culture-tourism"], "plan"),
        c("대전 대표 도서관 조성과 장동~이현간 도로 개설, 신탄진역 인천공항버스 정류소 행정 절차도 완료해", None, None,
          ["culture-tourism", "public-transit"], "plan"),
        c("대덕물빛축제를 지역 대표 브랜드로 키우고", None, None, ["culture-tourism"], "plan"),
        c("저출생·초고령사회를 대비해 가족센터 활성화, 청년 정책 강화, 노인 돌봄 체계 구축 등 맞춤형 복지 정책도 시행한다",
          None, None, ["childcare-birth", "welfare", "youth-policy"], "plan"),
    ],
    "not_claims": [
        "구정 운영의 4대 목표와 구체적 실행 계획을 제시했다",
        "내년 예산을 지난해보다 3.45% 증가한 5716억 원으로 편성했다",
        "2025년은 민선 8기 구정의 결실을 맺는 해",
        "주민 숙원사업과 주요 현안 과제를 해결해 대덕구의 미래를 열겠다",
    ],
}

# dn-08 완주군, 박성일; undated
PS = "park-seong-il"
SETS["dn-08-dailyan.txt"] = {
    "metadata": md(None, None, "양평호", "데일리연합", "45710"),
    "officials": [PS],
    "claims": [
        c("완주 탐방 및 청년 교류를 통해 정착할 수 있는 기회를 제공하는", None, None, ["youth-policy"], "plan"),
        c("관외 거주 청년들에게 최대 14박까지 숙박비 80%를 지원하고", None, None, ["youth-policy"], "statement"),
        c("게스트 하우스와 협약을 맺었다", None, None, ["youth-policy"], "achievement"),
        c("청년들이 부담없이 지역을 알아보고 탐색할 수 있길 바란다", PS, None, ["youth-policy"], "statement"),
        c("청년 쉐어하우스와 행복주택 등 청년 주거 지원 정책도 홍보해", PS, None,
          ["housing", "youth-policy"], "plan"),
    ],
    "not_claims": [
        "청년정책에 대한 궁금한 사항은 사회적경제과 청년정책팀으로 문의하면 된다",
    ],
}

# dn-09 광주광역시, 이용섭 (broadcast script), 입력 2021-01-25 09:18
LY, D9 = "lee-yong-seop", "2021-01-25"
SETS["dn-09-mbn.txt"] = {
    "metadata": md("\"광주의 새로운 꿈은 인공지능\"…이용섭 광주광역시장을 만나다", "2021-01-25T09:18+09:00", "정치훈",
                   None, "29"),
    "officials": [LY],
    "claims": [
        c("일찌감치 인공지능에 눈을 돌린 광주에 다음 달 우리나라에서 가장 큰 슈퍼컴퓨터가 들어설 예정입니다", None, D9,
          ["fourth-industrial-revolution"], "plan"),
        c("광주가 이제는 4차 산업혁명을 이끄는 도시가 됐습니다", None, D9,
          ["fourth-industrial-revolution"], "achievement"),
        c("광주가 대한민국의 인공지능 대표 도시가 되기 위한 광주의 발전 전략이고 비전입니다", LY, D9,
          ["fourth-industrial-revolution"], "statement"),
        c("4차 산업을 꾸준히 밀어붙인 끝에 국가 인공지능 융복합단지를 유치했습니다", None, D9,
          ["fourth-industrial-revolution"], "achievement"),
        c("우리 광주시만 여기에도 혁신이 필요하다 해서 인공지능 집적단지를 신청하게 됐고", LY, D9,
          ["fourth-industrial-revolution"], "achievement"),
        c("가장 큰 컴퓨터가 들어서는 데이터센터가 첫 삽을 뜹니다", None, D9,
          ["fourth-industrial-revolution"], "plan"),
        c("대한민국에 있는 모든 데이터를 여기에 집중시키는 거죠", LY, D9, ["fourth-industrial-revolution"], "plan"),
        c("클라우딩 시스템을 통해서 대한민국에 있는 모든 기업, 경제 주체에게 다 공개를 하고", LY, D9,
          ["fourth-industrial-revolution"], "plan"),
        c("지방 인력 부족을 해소하기 위해 인공지능 사관학교를 세웠고", None, D9,
          ["fourth-industrial-revolution", "investment-attraction"], "achievement"),
    ],
    "not_claims": [
        "4차 산업혁명이 일상으로 파고들면서, 관련 산업도 점차 커지고 있습니다",
        "4차 산업의 가장 기본이 바로 인공지능인데요",
        "이용섭 광주광역시장을 만나 4차 산업혁명 관련 얘기를 들어봤습니다",
    ],
}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    for name, gold in SETS.items():
        doc = {"article": name, **gold}
        (GOLD / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(gold["claims"]))
    print("total", sum(len(g["claims"]) for g in SETS.values()))


if __name__ == "__main__":
    main()
