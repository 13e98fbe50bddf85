"""Write set-fr gold files. Claim tuple: (quote, speaker, date, policies, kind[, speaker_name])."""
import json, pathlib
G = pathlib.Path(__file__).resolve().parent.parent / "gold"
D = {}
def art(name, meta, officials, claims, not_claims):
    cl = []
    for c in claims:
        d = {"quote": c[0], "speaker": c[1], "date": c[2], "policies": c[3], "kind": c[4]}
        if len(c) > 5: d["speaker_name"] = c[5]
        cl.append(d)
    D[name] = {"article": name, "metadata": dict(zip(["headline","published","reporter","outlet","jurisdiction"], meta)),
               "officials": officials, "claims": cl, "not_claims": not_claims}

KYR, E1 = "kim-yung-rok", "2024-12-24"
art("fr-01-jnilbo.txt",
    ["김 지사 “내년 ‘더 위대한 전남’ 힘 모으자”", "2024-12-25T14:03+09:00", "최동환", "전남일보", "46"],
    [KYR],
    [("주요 도정성과는 △전남 통합대 국립 의과대학 설립 추진 합의", None, E1,
      ["public-health", "culture-tourism", "agriculture", "childcare-birth", "public-transit"], "achievement")],
    ["올 한해 다양한 분야 괄목할 만한 성과를 거뒀고", "긴급민생 지원 1185억 투입",
     "김영록 전남도지사가 지난 24일 오전 도청 서재필실에서 실국장 정책회의를 주재하고 있다",
     "최근 통계청이 발표한 주요 경제지표에서도 중위권 수준을 유지하고 있다",
     "수도권의 역외유입이 70조원이나 되는 것과 비교하면 너무나 큰 문제"])

KTH, E2 = "kim-tae-heum", "2025-12-30"
art("fr-02-ohmynews.txt",
    [None, "2025-12-30", None, None, "44"],
    [KTH],
    [("충남대 내포캠퍼스, tbn충남교통방송국 설립, 가로림만 국가해양생태공원 1호 지정 등의 현안들이 풀렸다", KTH, E2, ["education"], "achievement"),
     ("복지도 산업도 아닌 농업은 돈이 되는 산업으로 전환됐다", None, E2, ["agriculture"], "achievement"),
     ("충남 곳곳에서 도의 지원으로 스마트팜을 창농한 청년들이 억대 소득을 올리는", KTH, E2, ["agriculture", "youth-policy"], "achievement"),
     ("저출산 대응과 관련해서는", KTH, E2, ["childcare-birth"], "achievement")],
    ["힘 쎈 충남답게 역대급 성장과 변화가 있었다\"고 자평했다", "충남의 근본적인 체질이 역동적이고 파워풀하게 바뀌었다고 강조했다",
     "4년 동안 국비 총액이 47.2% 증가했는데", "공약 이행률도 84%로 높은 수치를 기록했다",
     "5대 핵심과제를 통해 충남을 넘어 대한민국의 50년, 100년 미래를 준비해왔다"])

SCM, PHJ, E3 = "seo-cheol-mo", "park-hui-jo", "2023-01-03"
art("fr-03-kukinews.txt",
    ["대전 서철모·박희조·최충규 구청장 지역 현안 해결 최선", "2023-01-04T01:51+09:00", None, None, "30"],
    [SCM, PHJ, "choi-chung-gyu", "lee-jang-woo"],
    [("올 상반기 방위사업청 이전 선발대가 내려온다", SCM, E3, ["decentralization"], "statement"),
     ("주택 특별 공급, 자녀 교육 여건, 이사비 지원 등", SCM, E3, ["housing", "education"], "plan"),
     ("국가정원 조성, 도서관 건립, 대전교도소 개발 부지 활용 방안 등 대부분 서구갑 지역 공약", SCM, E3, ["culture-tourism"], "statement"),
     ("올해 가장 중점을 두고 있는 사업은 역세권 개발과 대청호 규제 완화 두 가지다", PHJ, E3, ["urban-regeneration"], "plan")],
    ["최충규 대덕구청장 \"산단 리모델링, 관광 자원 개발, SOC 구축 등\"",
     "3일 대전시의회 기자실을 방문해 올해 지역현안 해결에 최선을 다하겠다고 입을 모았다",
     "이를 극복하기 위해 경제 활성화에 최선을 다하겠다",
     "이장우 시장에게 대전역 선상 야구장을 제안했다"])

CMH, E4a, E4b = "choi-min-ho", "2026-01-21", "2026-01-20"
art("fr-04-newspim.txt",
    ["최민호 세종시장 \"5대 비전 완성...시민과 함께 나아갈 것\"", "2026-01-21T09:53+09:00", "오종원", "뉴스핌", "36"],
    [CMH],
    [("세종시청 여민실에서 올해 첫 '시민과의 대화'를 개최했다고 21일 밝혔다", None, E4a, ["citizen-participation"], "achievement"),
     ("행정수도 완성을 중심으로 한글문화도시, 박물관도시, 정원도시, 스마트도시 등 5대 비전", CMH, E4b,
      ["decentralization", "culture-tourism", "smart-city"], "statement"),
     ("행정수도 완성 비전이 가시화되고 있다고 강조했다", CMH, E4b, ["decentralization"], "achievement"),
     ("행정수도특별법을 여야가 함께 발의한 상황", CMH, E4b, ["decentralization"], "statement"),
     ("2029년 8월까지 집무실을 건립하겠다는 계획도 속도를 낼 것", CMH, E4b, ["decentralization"], "plan"),
     ("한글문화도시로 나아가는 세종시에 자부심을 가져달라고 당부했다", CMH, E4b, ["culture-tourism"], "statement"),
     ("한글 교육은 물론 K-문화체험 등 모든", CMH, E4b, ["culture-tourism", "education"], "statement")],
    ["이번 행사는 직장인, 자영업자 등 다양한 계층 참여를 고려해",
     "최민호 세종시장과 시민과의 대화에 참석한 주민들이 기념 퍼포먼스를 진행하고 있다", "20일 '시민과의 대화' 개최"])

OYH, E5 = "oh-young-hun", "2024-06-17"
art("fr-05-mt.txt",
    ["제주 '탄소중립'에 중앙부처 8개 기관 지원...오영훈 지사 \"글로벌 그린 수소도시로\"", "2024-06-17T12:51+09:00", "이정혁", "머니투데이", "50"],
    [OYH],
    [("오는 2035년까지 탄소중립(Net-Zero) 사회를 실현하기 위해", None, E5, ["climate-carbon"], "plan"),
     ("재생에너지와 그린수소를 기반으로 한 자체적 탄소중립 정책에 본격 드라이브를 건다", None, E5, ["climate-carbon", "energy-transition"], "plan"),
     ("아시아 최초로 탄소중립 사회 도전을 선포했다", None, E5, ["climate-carbon"], "plan"),
     ("제주도가 탄소중립 실현 목표로 잡은 2035년은 정부 차원의 로드맵인 2050년보다 15년 빠르다", None, E5, ["climate-carbon"], "target"),
     ("현재 도내 재생에너지 발전 비율이 19.2%로 전국에서 가장 높은 만큼", None, E5, ["energy-transition", "climate-carbon"], "statement"),
     ("2035 탄소중립 시나리오가 현실화되면", None, E5, ["climate-carbon"], "statement", "양제윤")],
    ["'2035 탄소중립 비전 달성을 위한 혁신기관 협의체'를 주재하고 있다/사진=이정혁 기자",
     "이날 도와 손잡은 기관은 △한국에너지기술연구원"])

E6 = "2025-09-11"
art("fr-06-segye.txt",
    [None, "2025-09-11", None, None, "29"],
    ["kang-gi-jung"],
    [("AI중심도시 도약을 위한 비전을 공개했다", None, E6, ["fourth-industrial-revolution"], "plan"),
     ("광주의 인공지능 중심도시 도약 비전을 제시하는", None, E6, ["fourth-industrial-revolution"], "statement"),
     ("도시를 인공지능이 중심으로 발전시키겠다는 목표가 담겼다", None, E6, ["fourth-industrial-revolution"], "plan"),
     ("대중교통 최적화가 가능한 교통시스템을 도입한다", None, E6, ["fourth-industrial-revolution", "public-transit"], "plan"),
     ("'민주주의 플랫폼'도 도입한다", None, E6, ["fourth-industrial-revolution", "citizen-participation"], "plan"),
     ("인공지능 중심의 맞춤형 헬스케어 등이 일상생활에 활용되며", None, E6, ["fourth-industrial-revolution", "medical-industry"], "plan"),
     ("인공지능 안전 보안관을 도입해 범죄 예방·재난 대응 감시체계를 고도화한다", None, E6, ["fourth-industrial-revolution", "disaster-safety"], "plan"),
     ("반도체·AI 분야 21개 기업과 업무협약도 체결했다", None, E6, ["fourth-industrial-revolution", "investment-attraction"], "achievement"),
     ("협약을 맺은 기업들은 광주로 이전하거나 사무소를 설치해", None, E6, ["fourth-industrial-revolution", "investment-attraction"], "plan"),
     ("'국가AI컴퓨팅센터'로 보고 시민 퍼포먼스를 통해 유치를 요구했다", None, E6, ["fourth-industrial-revolution"], "statement")],
    ["선포식에는 강기정 시장과 광주시의회, 대학 총장"])

E7 = "2026-02-19"
art("fr-07-segye.txt",
    [None, "2026-02-19", None, None, "52"],
    [],
    [("전북도가 올해 청년정책에 3577억원을 투입해 5개 분야 100개 사업을 본격 추진한다", None, E7, ["youth-policy"], "plan"),
     ("청년들이 지역에서 꿈꾸고 취·창업에 도전해 안정적으로 정착할 기반을 만들려는 계획이다", None, E7, ["youth-policy", "jobs", "startup-support"], "plan"),
     ("전북도는 일자리와 교육·직업훈련, 주거, 금융·복지·문화, 참여·기반 등 5개 분야로 정책을 체계화했다", None, E7,
      ["youth-policy", "jobs", "education", "housing", "welfare"], "statement"),
     ("청년 9000여명에게 직접적인 기회를 제공할 예정이다", None, E7, ["jobs", "youth-policy"], "target"),
     ("‘지역혁신중심 대학지원(RISE)’에는 1446억원을 투입한다", None, E7, ["research-development", "education", "youth-policy"], "plan"),
     ("도내 14개 대학이 참여해 지역 산업과 연계한 인재를 양성하고", None, E7, ["education", "research-development"], "plan"),
     ("청년 직무인턴 사업은 1000명을 대상으로", None, E7, ["youth-policy", "jobs"], "target"),
     ("구직 단념 청년을 위한 ‘청년도전 지원사업’은", None, E7, ["youth-policy", "jobs"], "plan"),
     ("청년 농업인 육성도 강화한다", None, E7, ["agriculture", "youth-policy"], "plan"),
     ("청년 창업농 2041명에게 월 90만~110만원의 영농 정착 지원금을 지급하고", None, E7, ["agriculture", "youth-policy", "startup-support"], "target"),
     ("농촌 정착을 희망하는 청년에게 안정적인 소득 기반을 마련해 주려는 취지다", None, E7, ["agriculture", "youth-policy"], "statement"),
     ("청년과 신혼부부를 위한 임대주택 936호를 공급한다", None, E7, ["housing", "youth-policy"], "target"),
     ("장수·임실·남원에 ‘반할 임대주택’ 320호를 건립하고", None, E7, ["housing", "youth-policy"], "target"),
     ("월세 지원 사업은 4450명을 대상으로", None, E7, ["housing", "youth-policy"], "target"),
     ("청년농촌보금자리도 확대해 귀농·귀촌 청년의 주거", None, E7, ["agriculture", "housing", "youth-policy"], "plan")],
    [])

E8 = "2022-01-18"
art("fr-08-cbreaknews.txt",
    ["청주시, 올해 전방위 녹지・산림 분야 적극 확충", "2022-01-18T09:51+09:00", "임창용", "브레이크뉴스", "43110"],
    [],
    [("장기 미집행 도시공원 및 녹지 조성사업에 더욱 박차를 가하고", None, E8, ["climate-carbon"], "plan"),
     ("다양한 이해관계자들이 참여해 운영된 ‘청주시 장기미집행 도시계획시설 난개발 대책 거버넌스’의 역할이 절대적이었다", None, E8, ["citizen-participation"], "achievement"),
     ("약 7개월간 밤낮을 가리지 않고 함께 숙의했다", None, E8, ["citizen-participation"], "statement"),
     ("의견 대립으로 치열한 갈등과 공방이 이어지기도 하였으나 총 64차례 회의를", None, E8, ["citizen-participation"], "statement")],
    ["옥화자연휴양림 전경", "1400여억 원 투입, 2022년을 숲・사람 동행 원년으로 조성",
     "머물고 싶은 공원과 숲을 조성해 2022년을 도시 생태계의 건강성과",
     "8개 도시공원의 민간개발을 꾀해", "총 4440억 원을 절약할 수 있게 되었다"])

SDS = "sim-deok-seop"
art("fr-09-joongdo.txt",
    [None, None, "전경열", "중도일보", "52790"],
    [SDS],
    [("내년 2월 3개 동의 온실이 완공돼 청년 농업인을 대상으로 임대 신청이 이뤄질 예정이다", None, None, ["agriculture", "youth-policy"], "plan"),
     ("내년 말 전체적인 스마트팜 단지 준공을 목표로 하고 있다", None, None, ["agriculture"], "plan"),
     ("스마트팜 청년 보육체계와 온실 지원 등을 유기적으로 연계해", None, None, ["agriculture", "youth-policy"], "plan"),
     ("기존 농업인과 청년 농업인 간 상생 모델을 만들어 나갈 방침이다", None, None, ["agriculture", "youth-policy"], "plan"),
     ("미래농업의 성장동력이 될 스마트팜은 농업인구 감소와 농업인의 고령화 문제를 해결하고", SDS, None, ["agriculture", "youth-policy"], "statement"),
     ("누구나 스마트팜에 도전할 수 있도록 짜임새 있게 운영해 나가겠다", SDS, None, ["agriculture", "youth-policy"], "plan")],
    ["지난 26일 열린 청년 농업인 스마트팜 단지 기공식에서 인사말을 하고 있다",
     "기공식에는 심덕섭 고창군수, 조민규 고창군의회 의장",
     "'고창 청년 농업인 스마트팜 단지 기공식'을 열고 있다"])

if __name__ == "__main__":
    G.mkdir(exist_ok=True)
    for name, d in D.items():
        (G / f"{name}.json").write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(d["claims"]))
