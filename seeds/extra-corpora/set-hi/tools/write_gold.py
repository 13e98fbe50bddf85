"""Write set-hi gold files (hand annotation)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


G = {}

G["hi-01-newsworks.txt"] = dict(
    metadata=dict(headline=None, published="2020-07-09T15:50+09:00", reporter="이용규", outlet="뉴스웍스",
                  jurisdiction="27290"),
    officials=["lee-tae-hun"],
    claims=[
        c("대구 달서구가 저출산 극복을 위한 다양한 시책으로 최우수상을 수상했다", None, "2020-07-08", ["childcare-birth"], "achievement"),
        c("저출산 우수시책 경진대회'서 최우수상을 수상했다고 지난 8일 발표했다", None, "2020-07-08", ["childcare-birth"], "achievement"),
        c("저출산 우수시책 경진대회는 대구시가 7월 11일 세계인구의 날을 맞아", None, "2020-07-09", ["childcare-birth"], "statement"),
        c("달서구는 저출산 극복을 위한 ‘출산공감·행복나눔으로 스마일링 달서맘 만들기’를 추진하고 있다", None, "2020-07-09", ["childcare-birth"], "statement"),
        c("예비부부의 건강검진과 D라인 임부체험 등을 통한 부부공감", None, "2020-07-09", ["childcare-birth"], "statement"),
        c("출산·육아용품 나눔 '달서 아이맘 장터' 운영을 통한 출산가정의 경제적 부담경감", None, "2020-07-09", ["childcare-birth"], "statement"),
        c("아이 낳기 좋은 달서만들기를 위해 더욱 힘쓰겠다", "lee-tae-hun", "2020-07-08", ["childcare-birth"], "plan"),
    ],
    not_claims=["경진대회서 최우수상을 수상하고 기념촬영을 하고 있다",
                "1차 서면심사와 저출산 극복 관련 전문가 등으로 구성된 2차 대면평가로 이뤄졌다"],
)

G["hi-02-kukinews.txt"] = dict(
    metadata=dict(headline="거창군, 스마트농업 육성지구 조성사업 본격 추진", published="2025-11-09T09:42:53+09:00",
                  reporter=None, outlet=None, jurisdiction="48880"),
    officials=["gu-in-mo"],
    claims=[
        c("‘거창군 스마트농업육성지구 조성사업’ 추진을 위한 위·수탁 협약식을 개최했다", None, "2025-11-06", ["agriculture"], "achievement"),
        c("청년농, 승계농을 위한 임대형 스마트팜 단지를 구축하고", None, "2025-11-09", ["agriculture", "youth-policy"], "statement"),
        c("이번 협약으로 거창군은 사업의 총괄 관리와 행정 지원을 담당하고", None, "2025-11-06", ["agriculture"], "statement"),
        c("사업이 완료되면 청년농업인들이 입주하여 첨단 스마트농업 기술을 활용한 고부가가치 농업을 실현하게 되며", None, "2025-11-09", ["agriculture", "youth-policy"], "statement"),
        c("행정안전부 중앙투자심사 통과로 스마트팜 사업의 타당성과 추진력을 인정받았다", "gu-in-mo", "2025-11-06", ["agriculture"], "achievement"),
        c("거창군이 전국을 대표하는 스마트농업 중심지로 도약할 수 있도록 최선을 다하겠다", "gu-in-mo", "2025-11-06", ["agriculture"], "plan"),
        c("앞으로 거창군은 2026년 실시설계와 착공을 거쳐", None, "2025-11-09", ["agriculture"], "plan"),
    ],
    not_claims=["거창군, 스마트농업 육성지구 조성사업 본격 추진"],
)

G["hi-03-gnmaeil.txt"] = dict(
    metadata=dict(headline="경남 탄소중립 가슴으로 품다", published="2021-06-22T22:06+09:00", reporter="박재근",
                  outlet=None, jurisdiction="48"),
    officials=["kim-gyeong-su", "park-jong-hun", "heo-seong-mu", "kang-seok-ju", "heo-seong-gon",
               "byeon-gwang-yong", "oh-tae-wan", "jo-geun-je"],
    claims=[
        c("‘2050 탄소중립’ 실현을 위한 대장정에 나섰다", None, "2021-06-22", ["climate-carbon"], "achievement"),
    ],
    not_claims=["출범식에서 참석자들이 백합나무 묘목을 들고 있다",
                "경남 그린뉴딜 컨트롤 타워 역할",
                "김 지사 “한층 속도 올려 실천”",
                "추진위 출범… 도민위원 줌 참석",
                "기후, 에너지, 산업, 시민사회, 청년 등 사회 각계를 대표하는 민간위원 등 50여 명이 참석했으며",
                "청년대표들의 기후위기 대응 정책 설문조사 결과 보고",
                "행사 관련 물품은 재활용(recycle) 제품이나 새활용(upcycle) 제품을 사용했다"],
)

G["hi-04-kbin.txt"] = dict(
    metadata=dict(headline="치매 환자 돌봄 공간 ‘안동시 치매안심센터’ 개소식 개최", published="2019-12-16T16:15+09:00",
                  reporter="김용준", outlet=None, jurisdiction="47170"),
    officials=["gwon-yeong-se"],
    claims=[
        c("안동시 치매안심센터가 용상동에 새롭게 문을 열고", None, "2019-12-16", ["dementia-care"], "achievement"),
        c("신축 개소한 안동시치매안심센터는 안동시 보현로 12에", None, "2019-12-16", ["dementia-care"], "statement"),
        c("인지 재활 프로그램에 참여하시는 치매 어르신들의 다양한 작품을 전시하고 있다", None, "2019-12-16", ["dementia-care"], "statement"),
        c("인지 자극 프로그램을 운영할 계획이며", None, "2019-12-16", ["dementia-care"], "plan"),
        c("인지강화 프로그램을 오전·오후반으로 나누어 운영하는 등", None, "2019-12-16", ["dementia-care"], "plan"),
        c("치매 환자와 가족들이 편하게 기댈 수 있는 돌봄의 공간으로 거듭나길", "gwon-yeong-se", "2019-12-16", ["dementia-care"], "statement"),
    ],
    not_claims=["지역주민을 위한 통합 치매 관리 중추 역할 기대",
                "식전행사인 풍물단 공연을 시작으로"],
)

G["hi-05-cwtimes.txt"] = dict(
    metadata=dict(headline="창원시, 전통시장 활성화 위해 112억원 지원한다", published="2019-09-17T14:55+09:00",
                  reporter=None, outlet="창원타임즈", jurisdiction="48120"),
    officials=[],
    claims=[
        c("시는 이번 공모에서 문화관광형사업 2곳", None, "2019-09-17", ["small-merchants", "disaster-safety"], "achievement"),
        c("지역의 문화와 관광 자원을 연계해 사업을 추진할 계획이다", None, "2019-09-17", ["small-merchants", "culture-tourism"], "plan"),
        c("마산어시장 등 12개 시장에는 7억4천만원이 지원돼", None, "2019-09-17", ["small-merchants"], "plan"),
        c("6개 시장에는 사업비 83억여원이 지원될 예정이다", None, "2019-09-17", ["small-merchants"], "plan"),
        c("노후된 전통시장 화재안전시설 정비를 위해", None, "2019-09-17", ["small-merchants", "disaster-safety"], "plan"),
        c("이번 공모선정을 계기로 활력이 되살아나길 기대하고 있다", None, "2019-09-17", ["small-merchants"], "statement"),
    ],
    not_claims=["창원시, 전통시장 활성화 위해 112억원 지원한다"],
)

G["hi-06-chosun.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="31110"),
    officials=["kim-yeong-gil"],
    claims=[
        c("지지부진했던 주택재개발 사업을 성공시키고 정주 여건도 개선해 떠났던 주민들이 돌아오게 할 것", "kim-yeong-gil", None, ["housing"], "plan"),
        c("그동안 중구 내 주택재개발사업은 조합원 내부 갈등과 시공사와의 마찰 등으로 십여 년간 지지부진했다", "kim-yeong-gil", None, ["housing"], "criticism"),
        c("B-04(북정·교동) 구역은 4000가구 아파트를 지을 계획으로 추진 중이다", "kim-yeong-gil", None, ["housing"], "target"),
        c("현재 사업시행 인가를 받고, 새 시공사를 선정 중이다", "kim-yeong-gil", None, ["housing"], "statement"),
        c("B-05(복산동) 구역의 경우 내년 9월 준공을 앞두고 공사 중이다", "kim-yeong-gil", None, ["housing"], "statement"),
        c("이 2개 사업이 성공적으로 마무리되면 6000가구 아파트가 들어서", "kim-yeong-gil", None, ["housing"], "statement"),
        c("도시개발사업 인허가 과정을 2년으로 단축한 서울시 사례를 참고할 계획이다", "kim-yeong-gil", None, ["housing"], "plan"),
        c("그동안 구청은 재개발사업에 대해 관리 감독만 하는 태도를 보여왔다", "kim-yeong-gil", None, ["housing"], "criticism"),
        c("저는 중재자로서 적극적으로 개입해 조합 내 갈등을 봉합하고", "kim-yeong-gil", None, ["housing"], "plan"),
        c("우정혁신도시 일대 상권도 활성화되지 못하고 있다", None, None, ["small-merchants"], "criticism"),
        c("동서로 길게 뻗은 입지 형태 탓에 중심 상권이 잘 형성되지 않는 문제가 있다", "kim-yeong-gil", None, ["small-merchants"], "statement"),
    ],
    not_claims=["-주택재개발 사업을 강조하는 이유는.",
                "-구체적인 지원책이 있다면.",
                "그러나 도시 개발 지형이 바뀌면서 수년간 침체기를 겪고 있다",
                "인구도 2015년 24만5000명에서 지난 7월 기준 21만명으로 3만명 넘게 줄었다"],
)

G["hi-07-ubc.txt"] = dict(
    metadata=dict(headline="'조선업 불황' 동구..\"추가 지원책 강구\"", published="2019-11-21", reporter="김규태",
                  outlet="ubc", jurisdiction="31170"),
    officials=["jeong-cheon-seok"],
    claims=[
        c("동구를 고용위기 지역으로 지정했지만 상황은 크게 나아지지 않고 있습니다", None, "2019-11-21", ["jobs"], "criticism"),
        c("황덕순 청와대 일자리수석이 직접 동구를 찾아 추가 지원 방안 모색에 나섰습니다", None, "2019-11-21", ["jobs"], "statement"),
        c("지정했지만, 현장에선 여전히 어렵다는 반응입니다", None, "2019-11-21", ["jobs"], "criticism"),
        c("조선업체 관계자 등과 간담회를 갖고 정부 차원의 지원 방안을 논의했습니다", None, "2019-11-21", ["jobs"], "statement"),
        c("추가적인 지원방안이나 이런 부분들도 고민하고 있습니다", None, "2019-11-21", ["jobs"], "statement", name="황덕순"),
    ],
    not_claims=["고용보험의 피보험자를 보면 약 35%, 2만5천 명이 (감소했습니다 )",
                "조선업체 종사자는 3만5천 명으로, 3년 만에 34%나 줄었습니다",
                "올해 3분기 동구의 소규모 상가 공실률은 13 6%로 전국 평균보다 2배 이상 높았고",
                "근로자들이 없습니다 노동자들이 없어서 힘들고",
                "동구의 인구는 4년 새 만7천 명이나 줄었습니다"],
)

G["hi-08-maeil.txt"] = dict(
    metadata=dict(headline="부산시 영도구 등 기초단체 4곳 근린재생지구 선정", published="2017-01-06", reporter="박동욱",
                  outlet="매일일보", jurisdiction="26"),
    officials=[],
    claims=[
        c("기초지자체 4곳이 근린재생형으로 선정됐다고 6일 밝혔다", None, "2017-01-06", ["urban-regeneration"], "achievement"),
        c("중구·서구·강서구는 일반형으로 선정됐다", None, "2017-01-06", ["urban-regeneration"], "achievement"),
        c("중심시가지 재생사업 대상 지역은 앞으로 5년 동안 200억원", None, "2017-01-06", ["urban-regeneration"], "statement"),
        c("도시재생 사업을 본격화할 방침이다", None, "2017-01-06", ["urban-regeneration"], "plan"),
        c("감천문화마을 재생 등 산복도로 르네상스 사업을 성공적으로 추진해 왔다", None, "2017-01-06", ["urban-regeneration"], "achievement"),
        c("도시재생 전략계획에 따라 도시재생 사업을 계속 확대해 나갈 계획", None, "2017-01-06", ["urban-regeneration"], "plan"),
    ],
    not_claims=["부산시 영도구 등 기초단체 4곳 근린재생지구 선정", "향후 5년간 100~200억원 사업비 지원"],
)

G["hi-09-busan.txt"] = dict(
    metadata=dict(headline="“더 많이 보듬고 소통… 삶에 힘 되는 북구로”", published=None, reporter=None, outlet="부산닷컴",
                  jurisdiction="26320"),
    officials=["jeong-myeong-hui"],
    claims=[
        c("대통령께 손편지를 보내는 등 복지 예산 확대를 위해 꾸준히 노력했습니다", "jeong-myeong-hui", None, ["welfare"], "achievement"),
        c("임기 전반기 정 청장은 ‘사회복지비’ 문제 해소에 큰 공을 들였다", None, None, ["welfare"], "achievement"),
        c("문재인 대통령에게 기초연금 부담이 큰 북구의 실정을 편지로 호소해 화답도 받았다", None, None, ["welfare"], "achievement"),
        c("기초연금법 시행령이 개정되면서 북구는 총 102억 원가량 재정 확충 효과를 거뒀다", None, None, ["welfare"], "achievement"),
        c("‘사회보장 특별지원구역 운영’ 지원 사업에 선정돼 8억 7000만 원의 복지 예산도 확보했다", None, None, ["welfare"], "achievement"),
    ],
    not_claims=["구포가축시장 폐업은 이렇게 빨리 진행될 줄 몰랐습니다",
                "“일자리 늘리고 관광 활성화 추진”",
                "수상·공모 250여 건 선정 쾌속 질주",
                "250여 건에 이르는 수상과 공모사업 선정으로 총 300억 원에 가까운 사업비를 확보했다고 밝혔다",
                "청렴도 평가 1등급 기관으로 선정되기도 했다",
                "구포개시장은 민·관·정 협력을 이끌어 60여 년 역사에 종지부를 찍었다"],
)

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    n = 0
    for name, g in G.items():
        doc = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        n += len(g["claims"])
    print(len(G), "files,", n, "claims")
