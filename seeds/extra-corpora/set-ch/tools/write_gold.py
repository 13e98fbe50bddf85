"""Write set-ch's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


FILES = {}

# ch-01: 포항 이강덕 신년 인터뷰 (Q&A; answers = the mayor's words), 승인 2019-01-03 22:11
D = "2019-01-03"
L = "lee-gang-deok"
FILES["ch-01-kyongbuk.txt"] = {
    "metadata": {"headline": "이강덕 포항시장 \"포항형 스마트시티 건설…산·학·연·관 역량 집중\"",
                 "published": "2019-01-03T22:11+09:00", "reporter": "곽성일", "outlet": None,
                 "jurisdiction": "47110"},
    "officials": [L],
    "claims": [
        c("5대 핵심 산업으로 바이오산업과 첨단신소재산업을 비롯해서 로봇융합신산업과 해양·에너지산업, ICT융·복합산업을 선정하고",
          L, D, ["medical-industry", "robot-industry", "fourth-industrial-revolution"], "plan"),
        c("4차 산업혁명 중심도시로 조성하기 위한 산·학·연·관 협력을 본격 가동했다", L, D,
          ["fourth-industrial-revolution", "research-development"], "achievement"),
        c("스마트시티에 대한 현황과 국내외 정책 동향을 살펴보고 향후 추진방향을 공유하고 있다", L, D,
          ["smart-city"], "statement"),
        c("포항형 스마트시티의 로드맵을 수립하기 위해서 앞으로 산·학·연·관 간의 협력과 혁신역량을 집중할 계획이다", L, D,
          ["smart-city", "research-development"], "plan"),
    ],
    "not_claims": ["포항형 스마트시티 건설…산·학·연·관 역량 집중",
                   "‘미래를 여는 융·복합도시 스마트 포항’을 위한 과제는?",
                   "포항만이 가진 장점과 여건을 십분 활용한 관련 산업의 육성에 집중하고 있다",
                   "그 안에 유수기업들의 투자가 이뤄지는 포항"],
}

# ch-02: 의성 김주수 feature interview, 입력 2023-03-16 15:19
D = "2023-03-16"
K = "kim-ju-su"
FILES["ch-02-donga.txt"] = {
    "metadata": {"headline": "‘활력 넘치는 의성’ 이끄는 김주수 의성군수", "published": "2023-03-16T15:19+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "47730"},
    "officials": [K],
    "claims": [
        c("특히 청년층 유입을 위해 ‘이웃사촌시범마을사업’을 만들어 농촌인구 구조의 건전화를 추진하고 있다", K, D,
          ["youth-policy", "agriculture"], "statement"),
        c("단순히 일자리창출을 위한 창업자금지원만으로는 청년들이 정착하기 어렵다", K, D,
          ["jobs", "startup-support", "youth-policy"], "statement"),
        c("이웃사촌시범마을사업은 일자리뿐 아니라 청년들이 거주할 주거공간", K, D,
          ["youth-policy", "jobs", "housing"], "statement"),
        c("의성군은 인구유입을 위해 지난 2019년부터 청년창업, 스마트팜, 창농, 스틸하우스 등 주거단지를 만들어 입주시키고", None, D,
          ["startup-support", "youth-policy", "agriculture", "housing", "urban-regeneration", "childcare-birth"],
          "achievement"),
    ],
    "not_claims": ["‘이웃사촌’ 조성 박차…청년들이 살고 싶은 마을로",
                   "연내 신혼 주거단지 140호 건설",
                   "미래먹거리 ‘세포배양산업’ 특화",
                   "의성이 ‘지방소멸’ 대명사가 아니라, 활기 넘치고 희망이 있는 고장으로 거듭날 것이다",
                   "‘이웃사촌시범마을’ 정책이 그것이다",
                   "의성에 인구를 유입하는 것이 급선무",
                   "구체적인 청년유입 방안을 설명했다"],
}

# ch-03: 구미 투자유치, 2023-12-12 14:04
D = "2023-12-12"
J = "kim-jang-ho"
FILES["ch-03-mt.txt"] = {
    "metadata": {"headline": "구미시, 올해 2조 3000억 투자 유치…경제 재도약 시동",
                 "published": "2023-12-12T14:04+09:00", "reporter": "심용훈", "outlet": "머니투데이",
                 "jurisdiction": "47190"},
    "officials": [J],
    "claims": [
        c("경북 구미시가 올해 2조 3000억원의 기업 투자유치 성과를 올리며", None, D, ["investment-attraction"], "achievement"),
        c("시는 올해 기업 투자유치로 230개사, 2조 2348억원의 성과를 거뒀다", None, D, ["investment-attraction"], "achievement"),
        c("올해 들어 투자유치 기업 수가 급증했다", None, D, ["investment-attraction"], "achievement"),
        c("구미에 기업투자가 본격 활성화된 것은", None, D, ["investment-attraction"], "achievement"),
        c("현재까지 총 320개사, 4조 3275억원의 투자 성과를 거두기도 했다", None, D, ["investment-attraction"], "achievement"),
        c("기업이 투자하기 좋은 최적의 환경을 만들고 기업유치 활동도 지속적으로 펼치겠다", J, D,
          ["investment-attraction"], "plan"),
        c("㈜에이프로세미콘과 경상북도·구미시 간 투자협약을 맺는다", None, D, ["investment-attraction"], "plan"),
        c("2024년까지 광주 본사를 구미로 이전해 총 600억원 이상 투자하고 20명 이상 신규 고용을 창출해", None, D,
          ["investment-attraction", "jobs"], "target"),
    ],
    "not_claims": ["구미시, 올해 2조 3000억 투자 유치…경제 재도약 시동",
                   "민선 8기 총 4조 3000억 성과",
                   "방산 혁신클러스터와 반도체 특화단지 유치로 구미경제 재도약의 발판을 마련했다"],
}

# ch-04: 대구 권영진 확대간부회의 (press-release bullets), undated ('5월 13일', no year)
P = "kwon-young-jin"
FILES["ch-04-newgbnews.txt"] = {
    "metadata": {"headline": "“청년이 떠나지 않는 도시, 청년이 꿈을 펼칠 수 있는 도시, 역동적으로 다시 일어서는 청년 대구를 만들어가자”",
                 "published": None, "reporter": None, "outlet": None, "jurisdiction": "27"},
    "officials": [P],
    "claims": [
        c("청년대구 건설은 단순히 일자리를 몇 개 만든다는 의미가 아니라", P, None, ["youth-policy"], "statement"),
        c("그동안 청년이 떠나지 않는 사회를 만들기 위한 지역사회 전반의 진지한 고민이 부족했다", P, None,
          ["youth-policy"], "criticism"),
        c("청년유출을 막기 위한 구체적인 목표를 세우고, 이를 달성하기 위한 치밀한 체계를 마련해야 한다", P, None,
          ["youth-policy"], "plan"),
        c("대구시가 역점 추진하고 있는 신성장동력사업이 3년에서 5년 후에는 좋은 일자리를 창출할 수 있을 것이며", P, None,
          ["jobs"], "plan"),
        c("지역 기업을 청년이 선호하는 직장으로 변화시키기 위한 지원을 아끼지 않아야 하며", P, None,
          ["youth-policy", "jobs", "decentralization"], "plan"),
    ],
    "not_claims": ["청년이 떠나지 않는 도시, 청년이 꿈을 펼칠 수 있는 도시, 역동적으로 다시 일어서는 청년 대구를 만들어가자",
                   "떠나는 인구의 60~70%가 20대와 30대 청년이다",
                   "첫 번째는 양질의 일자리가 부족한 문제를 토로하며"],
}

# ch-05: 대구 달서구 결혼장려 (institutional narration only), 등록 2026-01-27 16:03
D = "2026-01-27"
FILES["ch-05-kbmaeil.txt"] = {
    "metadata": {"headline": "대구 달서구, 결혼에서 출산까지 ‘잘 만나보세 사업안내단’ 확대 운영",
                 "published": "2026-01-27T16:03+09:00", "reporter": "김재욱", "outlet": None, "jurisdiction": "27290"},
    "officials": [],
    "claims": [
        c("결혼친화 정책의 현장 체감도를 높이기 위해 ‘잘 만나보세, 사업안내단’을 확대 운영한다", None, D,
          ["childcare-birth"], "plan"),
        c("현장 중심의 결혼장려 정책 홍보를 강화한다고 27일 밝혔다", None, D, ["childcare-birth"], "plan"),
        c("달서구가 전국 유일 결혼친화도시로 자리매김하는 데 핵심 역할을 해온 사업이다", None, D,
          ["childcare-birth"], "achievement"),
        c("관 주도의 일회성 홍보에서 벗어나 민·관 협력을 기반으로 현장에서 정책을 전달하는 것이 특징이다", None, D,
          ["childcare-birth"], "statement"),
        c("달서구는 2016년 전국 최초로 결혼장려 전담조직을 신설한 이후", None, D, ["childcare-birth"], "achievement"),
        c("연계한 생애주기 인구정책 설명으로 범위를 확대한다", None, D, ["childcare-birth"], "plan"),
        c("실질적인 지원 정책을 함께 안내해 주민 체감도를 높일 계획이다", None, D,
          ["childcare-birth", "youth-policy"], "plan"),
    ],
    "not_claims": ["대구 달서구, 결혼에서 출산까지 ‘잘 만나보세 사업안내단’ 확대 운영",
                   "민·관 협력 결혼친화 정책 현장 홍보 강화",
                   "‘출산BooM 달서’ 연계 생애주기 인구정책 확대",
                   "대구 달서구가 현장 중심의 결혼장려 정책을 홍보하고 있다. /대구 달서구 제공"],
}

# ch-06: 강원도 2040 탄소중립 (최문순), 등록 2021-02-18 16:00; press conference '18일' = publication day
D = "2021-02-18"
M = "choi-moon-soon"
FILES["ch-06-hani.txt"] = {
    "metadata": {"headline": "강원도, 2040년까지 탄소중립 선언", "published": "2021-02-18T16:00+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "42"},
    "officials": [M],
    "claims": [
        c("강원도가 2040년까지 지역 내연기관 차량의 절반을 수소나 전기차로 바꾸는 등 탄소중립 계획을 추진하기로 했다", None, D,
          ["climate-carbon", "future-vehicles"], "target"),
        c("2050년까지 탄소중립을 하겠다는 정부 발표보다 10년을 앞당긴 계획이라 눈길을 끈다", None, D,
          ["climate-carbon"], "statement"),
        c("이런 내용을 담은 ‘강원도 2040 탄소중립 추진전략 기본계획’을 공개했다", M, D, ["climate-carbon"], "plan"),
        c("강원도는 이를 위해 4대 전략 12개 실천과제를 중점적으로 추진하기로 했다", None, D, ["climate-carbon"], "plan"),
        c("먼저 수소차와 전기차 등 그린카 보급을 대폭 확대한다", None, D, ["future-vehicles"], "plan"),
        c("2040년까지 수소차와 전기차를 각각 19만2000대씩 보급해 내연기관 차량의 50%를 교체하기로 했다", None, D,
          ["future-vehicles"], "target"),
        c("전기 이륜차도 2만대 보급한다", None, D, ["future-vehicles"], "target"),
        c("수소충전소는 도내 엘피지충전소의 절반 수준인 70곳 이상으로 확대한다", None, D,
          ["future-vehicles", "energy-transition"], "target"),
        c("에너지 자립 130%를 달성하는 수소도시도 만들기로 했다", None, D, ["energy-transition"], "target"),
        c("설비용량 2.4GW 규모의 해상풍력 발전단지도 조성된다", None, D, ["energy-transition"], "plan"),
    ],
    "not_claims": ["강원도, 2040년까지 탄소중립 선언",
                   "기자회견을 열어 ‘강원도 2040 탄소중립 추진전략 기본계획’을 공개하고 있다",
                   "‘탄소중립’이란 배출한 이산화탄소와 같은 양을 흡수하는 대책을 세워 순 배출량을 ‘0’으로 만드는 개념이다"],
}

# ch-07: 춘천 마을버스 개편 (육동한), no date line ('20일', '22일' only) -> published and dates null
Y = "yuk-dong-han"
FILES["ch-07-kwnews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "42110"},
    "officials": [Y],
    "claims": [
        c("춘천시 마을버스가 오는 22일부터 개편, 운행", None, None, ["public-transit"], "plan"),
        c("마을버스 환승시스템을 개선하고 중앙시장까지 연장 운행하는 것을 골자로 하는 마을버스 개편이 22일부터 시행된다", Y, None,
          ["public-transit"], "plan"),
        c("읍·면 주민설명회를 통해 당사자인 주민 의견을 듣고 마을별 실행방안을 수립했다", Y, None,
          ["public-transit", "citizen-participation"], "achievement"),
        c("77건, 94%를 이번 개편안에 반영했다", Y, None, ["public-transit", "citizen-participation"], "achievement"),
        c("마을버스의 중앙시장 진입횟수가 기존 238회에서 145회가 늘어난 총 383회로 대폭 확대된다", None, None,
          ["public-transit"], "plan"),
        c("오전시간에는 개편 전 147회에서 개편 후 153회로 6회가 늘었다", None, None, ["public-transit"], "statement"),
        c("출근시간대(오전8~9시) 중앙로 진입횟수는 개편 전과 변동없이 32회다", None, None, ["public-transit"], "statement"),
        c("오후 시간은 139회 늘었고", None, None, ["public-transit"], "statement"),
        c("버스승강장 37곳은 신설 및 이전됐고", None, None, ["public-transit"], "achievement"),
        c("시는 지난해 11월 마을버스 환승제도 개편을 발표하고", None, None, ["public-transit"], "achievement"),
        c("미흡한 부분이 없는지 다시 한번 점검해 필요할 경우 추가 반영을 검토할 예정이다", None, None,
          ["public-transit", "citizen-participation"], "plan"),
        c("마을버스 개편안내 콜센터를 운영 중으로", None, None, ["public-transit"], "plan"),
        c("시내버스 준공영제는 시민의 편의성을 제고", Y, None, ["public-transit"], "statement"),
    ],
    "not_claims": ["본보 지난 1월18일자 10면·지난 14일자 10면 등 보도"],
}

# ch-08: 대구 수성구 치매 인식개선 (김대권), undated (no date line)
S = "kim-dae-gwon"
FILES["ch-08-ksmnews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "조필국", "outlet": "경상매일신문",
                 "jurisdiction": "27260"},
    "officials": [S],
    "claims": [
        c("희망수성 천사계좌사업 예산을 지원받아 수성구 주민의 ‘치매 확산 방지 및 인식개선사업’을 실시하고 있다", None, None,
          ["dementia-care"], "statement"),
        c("치매로부터 안전한 수성구를 만들기 위해 추진됐다", None, None, ["dementia-care"], "statement"),
        c("치매 인식개선 교육, 캠페인 실시, 치매 검사 등을 지원한다", None, None, ["dementia-care"], "plan"),
        c("따뜻한 수성구 만들기에 중점을 둘 방침이다", None, None, ["dementia-care"], "plan"),
        c("치매로부터 안전한 수성구 만들기에 최선을 다하겠다", S, None, ["dementia-care"], "plan"),
    ],
    "not_claims": [],
}

# ch-09: 강릉 미세먼지 저감대책 (institutional narration only), undated ('6일')
FILES["ch-09-kado.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "구정민", "outlet": "강원도민일보",
                 "jurisdiction": "42150"},
    "officials": [],
    "claims": [
        c("시가 모든 학교에 공기청정기를 보급하는 등의 미세먼지 저감대책을 강구하고 나섰다", None, None, ["fine-dust"], "statement"),
        c("시는 6일부터 고농도 미세먼지 비상저감조치를 시행한다고 밝혔다", None, None, ["fine-dust"], "plan"),
        c("고농도 미세먼지 비상저감조치는 초미세먼지(PM-2.5)가 발령당일(0~16시)", None, None, ["fine-dust"], "statement"),
        c("행정·공공기관(의무)과 주민(자율)들을 대상으로 차량 2부제가 시행된다", None, None, ["fine-dust"], "statement"),
        c("지역 내 중·고교 23곳을 대상으로 전 학급에 공기청정기를 보급할 계획이다", None, None, ["fine-dust"], "plan"),
        c("특수학교(1곳)에는 공기청정기 보급이 마무리됐다", None, None, ["fine-dust"], "achievement"),
        c("중·장기 대책으로 전기차 보급을 확대하고 노후경유차 조기폐차 지원", None, None,
          ["fine-dust", "future-vehicles"], "plan"),
        c("미세먼지 저감 인프라 구축을 지속하기로 했다", None, None, ["fine-dust"], "plan"),
    ],
    "not_claims": ["중·고교 23곳 공기청정기 보급",
                   "전기차 보급 확대·도시숲 조성",
                   "고농도 미세먼지 대책으로 6일 주민들에게 미세먼지 마스크를 제공했다"],
}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, body in FILES.items():
        gold = {"article": name, **body}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(body["claims"])
        print(name, len(body["claims"]))
    print("total", total)


if __name__ == "__main__":
    main()
