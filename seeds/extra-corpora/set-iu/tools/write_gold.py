"""Write set-iu gold files (hand annotation; see GOLD_NOTES.md)."""
import json, pathlib
GOLD = pathlib.Path(__file__).resolve().parent.parent / "gold"

def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d

def meta(headline, published, reporter, outlet, jur):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet, "jurisdiction": jur}

G = {}

D = "2020-03-30"
G["iu-01-kstnews.txt"] = dict(
    metadata=meta("부평구, 올해 1만868개 일자리 창출", "2020-03-30T12:24+09:00", "김진수", None, "28237"),
    officials=["cha-jun-taek"],
    claims=[
        c("올해 1만868개의 일자리를 창출한다", None, D, ["jobs"], "target"),
        c("제조업 성장 지원에 행·재정력을 적극 투입한다는 방침이다", None, D, ["jobs", "small-merchants"], "plan"),
        c("고용 동력을 유지할 수 있을 것으로 구는 내다보고 있다", None, D, ["jobs"], "statement"),
        c("일자리 창출을 위한 5대 전략과 19개 과제를 중점 과제로 설정하고 세부 추진사업을 제시했다", None, D, ["jobs"], "plan"),
        c("사회적경제 활성화 및 고용서비스 강화를 핵심 전략으로 수립했다", None, D,
          ["jobs", "youth-policy", "urban-regeneration", "small-merchants"], "plan"),
    ],
    not_claims=["제조업 성장 지원에 행·재정력을 적극 투입 방침", "일자리 창출 박람회 현장",
                "국가산업단지에 지식산업센터 ‘테크시"],
)

D = "2019-06-03"
G["iu-02-shinailbo.txt"] = dict(
    metadata=meta("부평, 전국 지자체 일자리대상 '특별상' 수상", "2019-06-03T13:56+09:00", "박주용", "신아일보", "28237"),
    officials=["cha-jun-taek"],
    claims=[
        c("‘특별상’을 수상하고 8000만원의 재정지원 인센티브를 받았다", None, D, ["jobs"], "achievement"),
        c("부평구가 해당부문 수상기관에 올랐다", None, D, ["jobs"], "achievement"),
        c("일자리 질 개선 노력 등이 좋은 평가를 받았다", None, D,
          ["jobs", "youth-policy", "startup-support", "welfare"], "achievement"),
        c("취약계층 일자리 확충 사업 등도 인정받았다", None, D,
          ["jobs", "labor-relations", "urban-regeneration", "welfare"], "achievement"),
        c("그간 전 행정력을 집중해 추진한 일자리 창출의 성과들이 인정받게 돼 기쁘다", "cha-jun-taek", D, ["jobs"], "achievement"),
        c("행복을 만드는 일자리 창출에 최선을 다하겠다", "cha-jun-taek", D, ["jobs"], "plan"),
    ],
    not_claims=["지역일자리목표 공시제 부문…인센티브 8천만원 확보"],
)

D = "2024-08-22"
G["iu-03-seouland.txt"] = dict(
    metadata=meta("노원구, ‘대한민국 솔라리그’서 산자부 장관상", "2024-08-22T16:11+09:00", "김보근", None, "11350"),
    officials=["oh-seung-rok"],
    claims=[
        c("재생에너지 확대를 위한 노력을 인정받아", None, "2024-08-20", ["energy-transition"], "achievement"),
        c("노원구는 베란다형 태양광 보급, 건물 일체형 컬러 태양광 발전시설(BIPV) 설치 실증 사업을 하고 있다", None, D,
          ["energy-transition"], "statement"),
        c("10년간 베란다형 미니 태양광 1만5629건을 지원했고", None, D, ["energy-transition"], "achievement"),
        c("신청이 많아 조기 마감될 정도로 주민들의 호응도 높았다", None, D, ["energy-transition"], "achievement"),
        c("탄소중립 선도 도시로 거듭나기 위한 노력을 기울이고 있다", None, D,
          ["energy-transition", "climate-carbon"], "statement"),
        c("다른 공공건축물에도 확산할 예정이다", None, D, ["energy-transition"], "plan"),
        c("기후위기에 맞서 지자체 역할의 막중함을 느끼고 탄소중립을 위해 태양광 에너지 보급 등 다양한 노력을 기울이고 있다",
          "oh-seung-rok", D, ["climate-carbon", "energy-transition"], "statement"),
        c("친환경 에너지를 통한 탄소중립실현을 위해 민간에 대한 지원과 공공분야의 노력을 아끼지 않겠다",
          "oh-seung-rok", D, ["climate-carbon", "energy-transition"], "plan"),
    ],
    not_claims=["대한민국 솔라리그는 지방정부와 민간태양광발전 보급 성과를 겨루는 대회다",
                "올해 신설된 정책성과부문에서는"],
)

D = None
G["iu-04-newspim.txt"] = dict(
    metadata=meta(None, None, "홍재경", "뉴스핌", "28"),
    officials=["yoo-jeong-bok"],
    claims=[
        c("2045년까지 지역의 탄소중립(이산화탄소 배출량 제로화)을 실현하기로 했다", None, D,
          ["climate-carbon", "energy-transition"], "target"),
        c("이는 국가 온실가스 감축 목표(NDC)인 2050년보다 5년 앞선 시점이다", None, D, ["climate-carbon"], "statement"),
        c("이 같은 내용을 담은 '인천 탄소중립 비전'을 공개했다", "yoo-jeong-bok", D, ["climate-carbon"], "plan"),
        c("4대 정책 방향과 15대 과제를 추진하겠다고 밝혔다", "yoo-jeong-bok", D, ["climate-carbon"], "plan"),
        c("시내버스의 연료를 수소로 전환하는 등 친환경 교통체계를 구축하기로 했다", None, D,
          ["energy-transition", "public-transit", "future-vehicles"], "plan"),
        c("석탄발전 폐지 등 그린에너지 대전환을 준비하고", None, D, ["energy-transition"], "plan"),
        c("이산화탄소 흡수원을 늘려나가기로 했다", None, D, ["climate-carbon"], "plan"),
        c("탄소중립 조기 실현을 위해 시민들의 적극적인 지지와 동참, 정부와 국제사회의 협조를 부탁드린다", "yoo-jeong-bok", D,
          ["climate-carbon"], "statement"),
    ],
    not_claims=["반기문 전 UN사무총장 등 참석자들이 기념촬영을 하고 있다",
                "한편 이날부터 인천에서는 '제2회 저탄소도시 국제포럼'이 열린다",
                "저탄소도시 조성을 위해 국제사회가 협력체계를 구축하는 행사로"],
)

D = "2026-03-09"
G["iu-05-newspim.txt"] = dict(
    metadata=meta(None, "2026-03-09", "조수민", "뉴스핌", "11"),
    officials=["oh-se-hoon"],
    claims=[
        c("오는 10일 '청년층 주거 안심 대책'을 내놓겠다고 밝혔다", "oh-se-hoon", D, ["housing", "youth-policy"], "plan"),
        c("전월세 부담을 완화하고 전세사기 불안을 해소하기 위한 종합적 대책을 마련했다는 설명이다", "oh-se-hoon", D,
          ["housing", "youth-policy"], "plan"),
        c("청년 주거 지원 정책을 패키지를 준비하고 있다", "oh-se-hoon", D, ["housing", "youth-policy"], "plan"),
        c("10일 발표할 계획", "oh-se-hoon", D, ["housing", "youth-policy"], "plan"),
        c("청년임대주택과 대학가 기숙사 등 약 3만5000가구를 공급했고", "oh-se-hoon", D, ["housing", "youth-policy"], "achievement"),
        c("고통스러운 공급난이 이어지고 있다", "oh-se-hoon", D, ["housing"], "criticism"),
        c("(다주택자) 사업하지 말라는 신호", "oh-se-hoon", D, ["housing"], "criticism"),
        c("누가 이 시장에 투자하겠느냐", "oh-se-hoon", D, ["housing"], "criticism"),
    ],
    not_claims=["공급량 확대·이자 및 월세 부담 완화·전세사기 예방 등 담겨",
                "청년 전월세 주거난과 관련된 애로사항을 청취했다",
                "청년 주거지 현장을 학생들과 함께 방문해"],
)

D = "2026-01-07"
G["iu-06-asiae.txt"] = dict(
    metadata=meta(None, "2026-01-07", None, None, "11440"),
    officials=["park-gang-su", "oh-se-hoon"],
    claims=[
        c("장애인 자립 지원 정책인 '누구나 카페' 등을 지난 성과로 꼽았다", "park-gang-su", D,
          ["welfare", "childcare-birth"], "achievement"),
        c("마포순환열차버스·마포상생앱 등 골목상권 활성화 정책도 언급했다", "park-gang-su", D,
          ["culture-tourism", "small-merchants"], "achievement"),
        c("AI와 청년 중심의 'K-실리콘밸리' 조성", "park-gang-su", D,
          ["fourth-industrial-revolution", "youth-policy"], "plan"),
    ],
    not_claims=["K-실리콘밸리 조성 본격 추진", "새해 구정 운영 방향을 밝혔다",
                "구청장의 한 시간은 36만 마포구민의 한 시간을 모은 것과 같다",
                "'마포강변 8.2 프로젝트'를 본격 추진하겠다", "행정은 멈출 수 없다",
                "국립경찰교향악단 축하공연"],
)

D = "2025-12-19"
G["iu-07-asiae.txt"] = dict(
    metadata=meta(None, "2025-12-19", None, None, "11500"),
    officials=["jin-gyo-hun"],
    claims=[
        c("마곡에 공공 창업 거점을 조성하고, 지역 창업 생태계 활성화에 적극 나섰다", None, D, ["startup-support"], "achievement"),
        c("'강서구 창업허브센터'를 조성했으며, 이달 29일 개관한다", None, D, ["startup-support"], "achievement"),
        c("총면적 489㎡(약 148평) 규모로 조성됐다", None, D, ["startup-support"], "statement"),
        c("기업 간 교류와 협업이 가능한 공유공간이 마련됐다", None, D, ["startup-support"], "statement"),
        c("입주 대상은 강서구에 소재한 예비 창업자 및 창업 7년 이내 초기 창업기업이다", None, D, ["startup-support"], "statement"),
        c("총 7개 기업을 최종 선정했다", None, D, ["startup-support"], "achievement"),
        c("창업 전 주기 지원체계를 구축해 입주기업의 실질적 성장을 돕는다", None, D, ["startup-support"], "plan"),
        c("청년 고용 확대와 지역경제 활성화를 이끌 것으로 기대한다", None, D,
          ["startup-support", "jobs", "youth-policy"], "statement"),
        c("창업기업이 지역에서 뿌리내리고 지속적으로 성장할 수 있도록 돕는 공공 창업 거점", "jin-gyo-hun", D,
          ["startup-support"], "statement"),
    ],
    not_claims=["AI 요약 기술은 핵심만 전달합니다", "진교훈 강서구청장. 강서구 제공.",
                "탁월한 기술력과 성장 잠재력을 갖춘 곳이다"],
)

D = "2021-08-24"
SP = ["smart-city", "public-transit"]
G["iu-08-sciencetimes.txt"] = dict(
    metadata=meta(None, "2021-08-24", None, "ScienceTimes", "11"),
    officials=[],
    claims=[
        c("2천340개 버스정류소에 공공와이파이 구축을 완료했다고 24일 밝혔다", None, D, SP, "achievement"),
        c("1년 앞당겨 구축을 마무리했다", None, D, SP, "achievement"),
        c("주요 중앙차로에 우선 설치했으며", None, D, SP, "achievement"),
        c("서울시 식별자(SSID)를 통해 접속이 가능하도록 조치했다", None, D, SP, "achievement"),
        c("공공와이파이가 설치된 모든 정류소에서 자동으로 연결된다", None, D, SP, "statement"),
        c("정류소 공공와이파이 설치를 통해 시민들의 편의가 증대되길 바란다", None, D, SP, "statement", "노병춘"),
        c("정류소 이용환경 개선을 위해 시민이 체감할 수 있는 다양한 사업들을 추진하겠다", None, D,
          ["public-transit"], "plan", "노병춘"),
    ],
    not_claims=["보안접속 ID와 비밀번호는 모두 'seoul'이다", "저작권자 2021-08-24 ⓒ ScienceTimes"],
)

D = None
G["iu-09-kyeonggi.txt"] = dict(
    metadata=meta("강화군 '2018 올해의 관광도시' 인천관광공사 협약 체결", None, None, None, "28710"),
    officials=["lee-sang-bok"],
    claims=[
        c("사업 상호협력을 위한 업무협약을 체결했다고 3일 밝혔다", None, D, ["culture-tourism"], "achievement"),
        c("강화군은 지난 1월 수도권 최초로 문화체육관광부가 지원하는", None, D, ["culture-tourism"], "achievement"),
        c("관광도시를 위한 인프라 조성과 사업 실행을 위한 전담 조직을 구성하고", None, D, ["culture-tourism"], "plan"),
        c("2018년까지 총 50억 원(국비 포함)을 들여 관광도시 육성계획 수립", None, D, ["culture-tourism"], "plan"),
        c("신규 관광자원을 관광도시와 연계해 나갈 계획이다", None, D, ["culture-tourism"], "plan"),
        c("대규모 민간 개발사업을 조기에 추진할 수 있도록 지원할 방침이다", None, D,
          ["investment-attraction", "culture-tourism"], "plan"),
        c("관광도시’의 성공 기반이 마련됐다", "lee-sang-bok", D, ["culture-tourism"], "achievement"),
        c("강화군이 매력적인 관광지로 거듭날 수 있도록 최선을 다하겠다", "lee-sang-bok", D, ["culture-tourism"], "plan"),
    ],
    not_claims=["▲ 강화군 2018 올해의 관광도시 업무 협약",
                "이상복 강화군수와 황준기 인천관광공사 사장이 ‘2018 올해의 관광도시’ 업무 협약을 체결한 뒤"],
)

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, g in G.items():
        out = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(G), "gold files;", sum(len(g["claims"]) for g in G.values()), "claims")
