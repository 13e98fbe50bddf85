"""Write set-ff gold files. Claim tuple: (quote, speaker, date, policies, kind[, speaker_name])."""
import json, pathlib
D = pathlib.Path(__file__).resolve().parent.parent
G = {}
def art(name, headline, published, reporter, outlet, jur, officials, claims, not_claims):
    cl = []
    for c in claims:
        d = {"quote": c[0], "speaker": c[1], "date": c[2], "policies": c[3], "kind": c[4]}
        if len(c) > 5: d["speaker_name"] = c[5]
        cl.append(d)
    G[name] = {"article": name, "metadata": {"headline": headline, "published": published, "reporter": reporter,
               "outlet": outlet, "jurisdiction": jur}, "officials": officials, "claims": cl, "not_claims": not_claims}

K, N = "kim-i-gang", "2026-01-01"
art("ff-01-wikitree.txt",
    "[신년사]김이강 광주시 서구청장, 2026년 구정 핵심 키워드로 ‘착한 경제·완성형 돌봄·정원문화 도시’ 제시",
    "2025-12-29T16:46+09:00", "노해섭", "위키트리", "29140", [K], [
    ("‘완성형 통합돌봄’, ‘생활 속 정원문화 도시’라는 3대 핵심 비전을 통해", K, N, ["welfare"], "plan"),
    ("전국 최초 골목형 상점가 지정, 천원국시·천원택시 등 서구만의 복지 표준 정립", K, N, ["small-merchants", "welfare"], "achievement"),
    ("‘소상공인 경영지원센터’를 거점으로 골목상권의 자생력을 키우는 데 집중한다", None, N, ["small-merchants"], "plan"),
    ("공공배달앱 지원 확대로 소비를 촉진", None, N, ["small-merchants"], "plan"),
    ("공공의료와 연계한 ‘돌봄 특구’를 완성한다", None, N, ["welfare", "public-health"], "plan"),
    ], ["5대 분야의 구체적인 정책 과제를 제시했다", "골목 자생력 강화 및 돌봄 특구 완성에 주력"])

art("ff-02-dailycc.txt", "청주시 민선8기 투자유치 34조원 돌파…기업하기 좋은 도시 입증",
    "2025-06-25", "박종관", None, "43110", [], [
    ("첨단산업 중심의 투자유치, 지역경제 회복, 민생안정 정책을 통해 도시의 성장 기반을 구축했다", None, "2025-06-25", ["investment-attraction"], "achievement"),
    ("34조 833억원의 역대 최대 투자유치 성과는 청주의 도시 경쟁력을 입증하는", None, "2025-06-25", ["investment-attraction"], "achievement"),
    ("대한민국 대표 기업친화도시로 성장했다", None, "2025-06-25", ["investment-attraction"], "achievement"),
    ("출범 3년 만에 누적 총 65개 기업, 34조 833억원의 투자유치 성과를 달성했다", None, "2025-06-25", ["investment-attraction"], "achievement"),
    ("1만803명의 고용 효과도 창출하며", None, "2025-06-25", ["investment-attraction", "jobs"], "achievement"),
    ("글로벌 기업들이 청주를 선택한 것은 단지 입지 조건 때문이 아니다", None, "2025-06-25", ["investment-attraction"], "achievement"),
    ("환경을 만들어온 현장 밀착형 행정 덕분이다", None, "2025-06-25", ["investment-attraction"], "achievement"),
    ("623억원의 투자유치 보조금을 지급하며 초기 정착을 지원했다", None, "2025-06-25", ["investment-attraction"], "achievement"),
    ("원스톱으로 해결하는 ‘기업애로해소지원단’도 운영하며", None, "2025-06-25", ["investment-attraction"], "statement"),
    ], ["기업 투자유치·현장밀착형 맞춤형 지원까지,…민생경제 회복에 주력"])

J, JD = "ju-cheol-hyeon", "2017-08-10"
art("ff-03-seoul.txt", "주철현 전남 여수시장 “에메랄드빛 바다, 섬 여행 힐링 가득”",
    "2017-08-10T17:34+09:00", "최종필", "서울신문", "46130", [J], [
    ("정부의 ‘찾아가고 싶은 섬’으로 선정돼 개발이 한창", J, JD, ["culture-tourism"], "achievement"),
    ("주민들의 복지와 연계되도록 다양한 아이디어를 찾고 있다", J, JD, ["culture-tourism", "welfare"], "statement"),
    ("해양레저스포츠가 함께하는 특별한 공간으로 만들어 갈 것", J, JD, ["culture-tourism"], "plan"),
    ("차별화된 관광 콘텐츠가 입혀지면서 최고의 해양관광도시가 돼 가고 있다", J, JD, ["culture-tourism"], "achievement"),
    ("여수만의 차별화된 관광 상품을 계속 개발해 품격 있는 관광도시의 명성을 이어 갈 수 있도록 할 것", J, JD, ["culture-tourism"], "plan"),
    ], ["탁 트인 에메랄드빛 바다를 경험해 보라", "차별화된 생태관광지에서 모든 스트레스를 풀고 재충전하는 시간을 가져 보라"])

S, SD = "kim-seung-su", "2021-06-09"
art("ff-04-jjn.txt", "전주시 탄소중립 생태전환도시 실현", "2021-06-09T16:41+09:00", "김낙현", None, "45110", [S], [
    ("기후위기 대응·에너지전환 지방정부협의회 주최로 열린", S, SD, ["climate-carbon"], "statement"),
    ("정원도시 인프라 구축 등 ‘2050 탄소중립’ 계획을 EU(유럽연합) 도시 등과 공유하는", None, SD, ["climate-carbon"], "statement"),
    ("지속가능한 생태도시를 위한 6대 전략과 주요과제를 소개했다", S, SD, ["energy-transition", "urban-regeneration"], "plan"),
    ("에너지전환도시 분야의 경우 전주시민햇빛발전소 사업이 소개됐다", None, SD, ["energy-transition"], "statement"),
    ("신재생에너지를 확대 보급하는 이 사업을 통해", None, SD, ["energy-transition"], "statement"),
    ], ["아트홀봄에서 열린 '2050 탄소중립을 위한 기초지방정부 국제 웨비나'에 참석해",
        "국내 지자체들이 참여해 탄소중립을 위한 다양한 정책과 사례를 공유했다", "EU도시 친환경 교통수단"])

Y, YD = "yang-seung-jo", "2019-03-04"
art("ff-05-ccnnews.txt", "양승조 지사, '도민이 실감하는 미세먼지 대책' 추진", "2019-03-04", "김윤아", None, "44", [Y], [
    ("도민이 실감할 수 있는 미세먼지 대책을 추진한다", None, YD, ["fine-dust"], "plan"),
    ("산업체 배출량이 미세먼지 요인의 67.4% 차지하고 있다", Y, YD, ["fine-dust"], "statement"),
    ("기존 도로이동배출원 중심 비상저감대책에서 벗어나", Y, YD, ["fine-dust"], "plan"),
    ("대기오염물질 다량 배출사업장 58개소 자발적 감축", Y, YD, ["fine-dust"], "plan"),
    ("보령1, 2호기의 조기폐쇄 및 수명연장 중단", Y, YD, ["energy-transition", "fine-dust"], "plan"),
    ("8대 전략, 43개 과제를 성실히 추진하겠다", Y, YD, ["fine-dust"], "plan"),
    ("정부목표인 17㎍/㎥보다 강화된 15㎍/㎥를 달성하고", Y, YD, ["fine-dust"], "target"),
    ], ["산업부문과 비도로이동오염원, 비이동오염원 저감"])

H, HD = "kim-hong-jang", "2020-01-13"
art("ff-06-naewaynews.txt", "당진시, 환경부 장관에 ‘미세먼지 저감’ 대응사업 지원 요청", "2020-01-13T16:38+09:00", "강봉조", "내외신문", "44270", [H], [
    ("미세먼지 현안사업 건의 및 정책 제안을 위해 환경부 장관과 면담을 가졌다", None, HD, ["fine-dust"], "statement"),
    ("석탄화력 청정연료 전환 및 조기폐기", H, HD, ["fine-dust", "energy-transition"], "plan"),
    ("충남 3곳의 지방정부를 대표해 지역 현안사업을 건의했다", H, HD, ["fine-dust"], "statement"),
    ("미세먼지로부터 가장 많은 피해를 받는 지방정부 간 의미 있는 협력 사례라며", H, HD, ["fine-dust"], "statement"),
    ("미세먼지 문제 해결을 위해 적극인 대응을 지속적으로 추진해 나갈 것", H, HD, ["fine-dust"], "plan"),
    ("미세먼지에 의한 건강피해 예방과 대기질 개선을 위해 필요한 대책을 적극 추진하기로 했다", None, HD, ["fine-dust"], "achievement"),
    ], ["미세먼지 저감을 위한 현안사업 제안", "참담한 고양시의 소상공인 행"])

L, LD = "lee-choon-hee", "2019-10-09"
art("ff-07-ccnnews.txt", "이춘희 세종시장, \"대한민국 자율차 연구·개발 거점도시 만들 것”", "2019-10-29T16:04+09:00", "최형순", "충청뉴스", "36", [L], [
    ("세종시를 대한민국 자율주행차 연구·개발 거점도시로 만들 겠습니다", L, LD, ["future-vehicles", "research-development"], "plan"),
    ("관련 기술의 상용화를 위한 적극적이고도 유연한 지원", L, LD, ["future-vehicles"], "plan"),
    ("4차 산업혁명에서는 세계 모든 나라가 같은 출발점에 서 있다", L, LD, ["fourth-industrial-revolution"], "statement"),
    ("4차 산업혁명의 성패는 하고자하는 의지와 실행력에 달려있다", L, LD, ["fourth-industrial-revolution"], "statement"),
    ("다른 차량의 간섭 없이 실증 가능한 비알티(BRT)", L, LD, ["future-vehicles", "public-transit"], "statement"),
    ("세종시는 비알티를 갖추고 있고 한창 건설 중인 도시라는 점에서", L, LD, ["future-vehicles", "public-transit"], "statement"),
    ("자율주행 실증을 넘어 최초의 상용화도 앞장서서 해나갈 수 있을 것", L, LD, ["future-vehicles"], "plan"),
    ], ["관게자와 함께 자율차에 탑승하여 돌아고있다", "관계자와 함께 자율차에 탑승하여 돌아고있다",
        "세종특별자치시의 단층제 구조와 자"])

FD, C = "2022-07-27", "최교신"
art("ff-08-fnnews.txt", "대전시, 스마트도시 밑그림 그린다.", "2022-07-27T12:00+09:00", "김원준", "파이낸셜뉴스", "30", [], [
    ("‘대전스마트도시실무협의회’를 구성하고 27일 첫 회의를 개최했다고 밝혔다", None, FD, ["smart-city"], "achievement"),
    ("정부 스마트도시 정책을 연구하는 토지주택연구원 등 12개 기관의 중간관리자급 13명으로 구성됐다", None, FD, ["smart-city"], "statement"),
    ("각 기관별 디지털 전환과 스마트도시 추진사업 등의 정보를 공유했다", None, FD, ["smart-city", "fourth-industrial-revolution"], "statement"),
    ("시민 체감형 스마트도시 서비스사업을 지속적으로 발굴하고", None, FD, ["smart-city"], "plan"),
    ("2014년 전국 최초로 스마트도시 통합센터를 구축했고", None, FD, ["smart-city"], "achievement", C),
    ("시민이 보다 편안하고 안전한 스마트도시를 함께 만들어 나가겠다", None, FD, ["smart-city"], "plan", C),
    ], [])

O = "oh-young-hun"
art("ff-09-jejumaeil.txt", "‘교육에서 주거복지까지’ 청년 생애주기별 지원 강화", None, None, None, "50", [O], [
    ("상장기업 육성·유치를 바탕으로 ‘기업하기 좋은 제주’를 만들겠다고 밝혔다", O, None, ["jobs", "investment-attraction", "youth-policy"], "plan"),
    ("20개 상장기업을 육성·유치하는 것이 제주도정의 목표", O, None, ["investment-attraction"], "target"),
    ("제주청년들이 수도권으로 나가지 않고", O, None, ["youth-policy", "jobs"], "plan"),
    ("3개 기업은 올해 연말이나 내년에 상장이 가능할 정도로 준비된 것을 확인했다", O, None, ["investment-attraction"], "statement"),
    ("여러분들에게도 취업의 기회가 함께 찾아올 수 있도록 노력하겠다", O, None, ["jobs", "investment-attraction"], "plan"),
    ("친환경 신재생에너지, 분산에너지, 미래 모빌리티, 지능형 서비스 등", O, None, ["energy-transition", "future-vehicles"], "statement"),
    ("△청년창업자금 대출금리 지원 △스타트업 스케일업", O, None, ["youth-policy", "startup-support"], "statement"),
    ], ["‘빛나는 제주를 위한 새로운 기회와 도약’이라는 주제로 특별강연을 진행했다",
        "교육·취·창업·결혼·출산·주거복지로 도민 삶 뒤받침"])

(D / "gold").mkdir(exist_ok=True)
for name, g in G.items():
    (D / "gold" / f"{name}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(name, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
