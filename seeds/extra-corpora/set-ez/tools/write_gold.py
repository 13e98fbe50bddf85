"""Write set-ez gold files (hand annotation; compact tuples -> README format)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


def meta(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


W = "won-gang-su"
D1 = "2023-05-11"
Y = "yun-hwa-seop"
D2 = "2019-03-21"
D3 = "2015-01-13"
D4 = "2018-09-03"
L = "lee-dong-hwan"
YU = "yuk-dong-han"
D6 = "2024-03-04"
D7 = "2022-03-07"
K = "kim-jin-tae"
D8 = "2023-01-02"
J = "jeong-myeong-geun"
D9 = "2023-09-18"

FILES = {
"ez-01-tf.txt": (
    meta("원주시민 51.6%, 지역경제 활성화 방안 '일자리 창출' 꼽아", "2023-05-11T07:55+09:00", "서백", "더팩트", "42130"),
    [W],
    [
        c("36만 원주시민들은 지역경제 활성화를 위한 최우선 정책으로", None, D1, ["jobs"], "statement"),
        c("시민 51.6%가 '일자리 창출'을, 20.5%는 '기업, 정부(투자)기관, 외자유치'를 꼽았다", None, D1,
          ["jobs", "investment-attraction"], "statement"),
        c("32.6%의 시민이 '관내 기업 유치를 통한 양질의 일자리 확대'를 선택했다", None, D1,
          ["youth-policy", "startup-support", "investment-attraction", "jobs"], "statement"),
        c("전통시장 활성화 방안에 대해 시민59.4%는", None, D1, ["small-merchants"], "statement"),
        c("강원특별자치도법 개정을 통해 기업 유치를 위한 제도적 기반 마련에 나선다는 방침이다", None, D1,
          ["investment-attraction"], "plan"),
        c("총 200면 규모의 공영주차장 조성을 검토하고 있다", None, D1, ["small-merchants"], "statement"),
        c("앞으로도 기업 유치를 통해 새로운 일자리를 창출하고", W, D1,
          ["investment-attraction", "jobs", "small-merchants"], "plan"),
    ],
    ["원주시민 51.6%, 지역경제 활성화 방안 '일자리 창출' 꼽아", "사지은 혁신도시 모습./원주시",
     "2022년 원주시 사회조사 결과"],
),
"ez-02-ajunews.txt": (
    meta("윤화섭 안산시장 “시민 안심할 수 있는 미세먼지 저감대책 추진하겠다”", "2019-03-21T15:43+09:00", None, None, "41270"),
    [Y],
    [
        c("첨단 장비 등을 활용한 환경관리를 실시해 시민들이 안심할 수 있는 미세먼지 저감대책을 추진해 나가겠다", Y, D2,
          ["fine-dust"], "plan"),
        c("최근 미세먼지 문제가 화두로 떠오르고 있는 만큼", Y, D2, ["fine-dust"], "plan"),
        c("드론 등을 활용한 환경감시를 통한 미세먼지 해결에 적극적 의지를 나타냈다", Y, D2, ["fine-dust"], "plan"),
        c("내년부터 3억원을 들여 드론과 이동측정 장비를 이용한 과학적 환경감시 체계를 구축해 운영한다는 계획이다", None, D2,
          ["fine-dust", "fourth-industrial-revolution"], "plan"),
    ],
    ["윤화섭 안산시장 “시민 안심할 수 있는 미세먼지 저감대책 추진하겠다”",
     "지난해 안산시의 연간 초미세먼지(PM2.5) 평균 농도는 24㎍/㎥으로", "[사진=안산시 제공]"],
),
"ez-03-investkorea.txt": (
    meta("원주시, 기업유치 '청신호'…인구유입·고용창출", "2015-01-20", None, "뉴시스", "42130"),
    [],
    [
        c("올해 수도권 10개 우량기업 유치를 위해 행정력을 집중한다고 13일 밝혔다", None, D3,
          ["investment-attraction"], "target"),
        c("외국인 투자기업 유치에 중점을 두고 기업유치 활동에 박차를 가할 계획이다", None, D3,
          ["investment-attraction"], "plan"),
        c("지난해에는 8개기업(총 투자규모 2303억원)을 유치하는 성과를 올렸고", None, D3,
          ["investment-attraction"], "achievement"),
        c("구인·구직 해피데이를 통해 직원 420여명을 신규 채용했다", None, D3,
          ["jobs", "investment-attraction"], "achievement"),
        c("인구유입 효과와 고용창출이 그게 늘어날 것으로 예상하고 있다", None, D3,
          ["jobs", "investment-attraction"], "statement"),
        c("교통망 확충에 따른 기업유치 전망이 밝아진 것이 그 이유라 할 수 있다", None, D3,
          ["investment-attraction", "public-transit"], "statement"),
    ],
    ["원주시, 기업유치 '청신호'…인구유입·고용창출", "출처: 뉴시스(2015.01.13)"],
),
"ez-04-joongangtv.txt": (
    meta("고양시, 도시재생 뉴딜사업 2곳 선정", "2018-09-03", "이종훈", None, "41280"),
    [],
    [
        c("삼송·일산 지역이 최종 선정됐다고 3일 밝혔다", None, D4, ["urban-regeneration"], "achievement"),
        c("고양 시내 도시재생 뉴딜 사업지는 총 4곳이다", None, D4, ["urban-regeneration"], "achievement"),
        c("도시재생활성화계획 고시문을 게재했다", None, D4, ["urban-regeneration"], "achievement"),
        c("화전지역 국·도비 156억 지원이 최종 확정됐고", None, D4, ["urban-regeneration"], "achievement"),
        c("총 228억 원을 확보했다", None, D4, ["urban-regeneration"], "achievement"),
        c("삼송과 일산지역 도시재생 뉴딜사업에 대해 이달부터 신속히 추진할 계획이다", None, D4,
          ["urban-regeneration"], "plan"),
    ],
    ["고양시, 도시재생 뉴딜사업 2곳 선정", "228억 원 확보 이달부터 추진"],
),
"ez-05-newsis.txt": (
    meta(None, None, "송주현", "뉴시스", "41280"),
    [L],
    [
        c("정부의 주택공급 압박 속에서도 아파트 숲이 아니라 기업과 사람과 기술이 모이는 지식융합단지로 지켜냈다", L, None,
          ["housing", "investment-attraction"], "achievement"),
        c("경기북부 최초 벤처기업육성촉진지구로 지정받았고, 벤처기업 수는 16%나 증가했다", None, None,
          ["startup-support"], "achievement"),
        c("경기북부 첫 경제자유구역 후보지가 된 사례도", None, None, ["investment-attraction"], "achievement"),
    ],
    ["신년 기자회견 4대 설계 전략과 실행 성과 발표", "4년간 자립도시 재설계 행정 집중했다",
     "지난 4년 도시의 기초 설계를 다시 했고", "운명을 스스로 선택할 수 있는 자립 도시로 재설계하기 위해",
     "공업지역 면적을 두 배 가까이 늘린 부분도 성과다"],
),
"ez-06-tvchosun.txt": (
    meta("마임 등 춘천 대표축제 레고랜드서 열린다…관광 활성화 '맞손'", "2024-03-04T08:36+09:00", "이승훈", "TV조선", "51110"),
    [YU],
    [
        c("춘천을 대표하는 마임축제와 막국수닭갈비 축제가 올해부터는 레고랜드 일대에서 열립니다", None, D6,
          ["culture-tourism"], "plan"),
        c("춘천시는 축제 부지확보 문제를 해결했고", None, D6, ["culture-tourism"], "achievement"),
        c("주차 공간이 올해부터는 축제장으로 변신합니다", None, D6, ["culture-tourism"], "plan"),
        c("해당 부지를 축제공간으로 무상 제공하기로 결정했습니다", None, "2024-02-28", ["culture-tourism"], "achievement"),
        c("5월 말 예정된 춘천마임축제를 시작으로", None, D6, ["culture-tourism"], "plan"),
        c("반복된 부지확보와 주차 문제가 해결될 것으로 기대하고 있습니다", None, D6, ["culture-tourism"], "statement"),
        c("레고랜드 인근에 축제장을 확보하게 돼 축제 자체도 발전하고", YU, D6, ["culture-tourism"], "achievement"),
        c("티켓 프로모션을 통해 지역 관광산업 발전도 협력할 계획입니다", None, D6, ["culture-tourism"], "plan"),
    ],
    ["마임 등 춘천 대표축제 레고랜드서 열린다…관광 활성화 '맞손'",
     "레고랜드는 축제 연계 효과를 기대합니다", "저희는 윈윈이라고 생각하고 있습니다"],
),
"ez-07-nspna.txt": (
    meta("강릉시, 탄소중립 친환경 도시 본격 준비", "2022-03-07T09:59+09:00", "조이호", "NSP통신", "42150"),
    ["kim-han-geun"],
    [
        c("올해 탄소중립 친환경 도시로 나가기 위해 본격적인 준비를 시작한다", None, D7, ["climate-carbon"], "plan"),
        c("탄소중립 정책을 체계적으로 추진할 예정이다", None, D7, ["climate-carbon"], "plan"),
        c("그 시작점인 스마트 그린도시 사업은 총사업비 100억이 투자되는 사업으로", None, D7,
          ["smart-city", "fine-dust", "climate-carbon"], "plan"),
        c("에코로드 조성에 따라 온실가스 배출량을 줄이고", None, D7,
          ["climate-carbon", "smart-city", "fine-dust"], "plan"),
    ],
    ["강릉시, 탄소중립 친환경 도시 본격 준비",
     "온실가스 감축·기후변화 적응 종합계획 수립해 탄소중립정책 체계적 추진",
     "#김한근 #강릉시청 #김한근강릉시장 #탄소중립친환경도시"],
),
"ez-08-krtube-kbs.txt": (
    meta("김진태, “특별자치도 성공적 출범에 사활”", "2023-01-02", "박성은", "KBS", "42"),
    [K],
    [
        c("강원도의 가장 큰 화두는 단연 특별자치도 출범입니다", None, D8, ["decentralization"], "statement"),
        c("껍데기에 불과한 강원자치도법을 내실 있게 채워야 합니다", None, D8, ["decentralization"], "plan"),
        c("강원자치도의 성공적 출범에 사활을 걸겠다고 합니다", K, D8, ["decentralization"], "plan"),
        c("강원 특별자치도 출범 원년이 밝았습니다", K, D8, ["decentralization"], "statement"),
        c("제대로 출범하도록 하겠습니다", K, D8, ["decentralization"], "plan"),
        c("멋진 국제도시로 강원특별자치도 만들어 나가겠습니다", K, D8,
          ["decentralization", "investment-attraction"], "plan"),
        c("지역 발전을 가로막는 규제는 풀고, 정부의 권한은 가져와야 합니다", None, D8, ["decentralization"], "plan"),
        c("이렇게 특별자치도에 넣으려고 합니다", K, D8, ["decentralization"], "plan"),
        c("중앙정부의 권한을 이양받을 계획입니다", K, D8, ["decentralization"], "plan"),
        c("기가팩토리 유치전에서도 최후의 승자는 강원도와 강릉으로 만들겠다는 각오도 밝힙니다", K, D8,
          ["investment-attraction", "future-vehicles"], "plan"),
        c("친환경 청정에너지의 도시 강원도가 장점으로 작용할 것이라고 기대합니다", K, D8,
          ["energy-transition", "investment-attraction"], "statement"),
        c("테슬라를 설득해 나가도록 하겠습니다", K, D8, ["investment-attraction", "future-vehicles"], "plan"),
    ],
    ["김진태, “특별자치도 성공적 출범에 사활”", "천혜의 자연환경 하면 강원도 아니겠습니까", "연속기획보도를 마련했습니다",
     "지난해 레고랜드발 빚을 갚느라 생긴 또다른 채무"],
),
"ez-09-giview.txt": (
    meta("화성시, 청년의 삶을 바꾸는 청년정책 추진", "2023-09-18T11:06:10+09:00", "이선호", "경인뷰", "41590"),
    [J],
    [
        c("청년의 삶을 바꾸는 청년정책을 추진하겠다며 비전을 밝혔다", J, D9, ["youth-policy"], "plan"),
        c("화성시가 청년들이 홀로 일어설 수 있도록 든든한 조력자가 되겠다", J, D9, ["youth-policy"], "plan"),
        c("청년들의 취업 및 창업을 지원하겠다", J, D9, ["youth-policy", "jobs", "startup-support"], "plan"),
        c("청년은 월 1만원으로 상가를 운영할 수 있게 된다", None, D9, ["youth-policy", "startup-support"], "statement"),
        c("월 임차료 최대 15만원을 지원하는 ‘청년월세 지원사업’을 계획하고 있다", J, D9,
          ["housing", "youth-policy"], "plan"),
        c("다양한 정신건강 사업을 통해 청년들의 마음건강을 챙기겠다", J, D9, ["public-health", "youth-policy"], "plan"),
    ],
    ["화성시, 청년의 삶을 바꾸는 청년정책 추진",
     "취업과 주거문제 등 경제적인 어려움으로 고통받는 경우가 많다",
     "청년들의 취업은 단순히 경제적인 문제를 넘어 자존감 있는 삶과도 연결된다",
     "높은 주거비로 가처분소득이 주는 경우가 많다", "마음 다칠 일이 많을 것"],
),
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, (metadata, officials, claims, not_claims) in FILES.items():
        doc = {"article": name, "metadata": metadata, "officials": officials, "claims": claims,
               "not_claims": not_claims}
        (GOLD / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
        total += len(claims)
        print(name, len(claims))
    print("total", total)
