"""Write set-jx gold files (hand annotation; see GOLD_NOTES.md)."""
import json, pathlib
G = pathlib.Path(__file__).resolve().parent.parent / "gold"
G.mkdir(exist_ok=True)

def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d

def w(article, meta, officials, claims, not_claims):
    keys = ["headline", "published", "reporter", "outlet", "jurisdiction"]
    doc = {"article": article, "metadata": dict(zip(keys, meta)), "officials": officials,
           "claims": claims, "not_claims": not_claims}
    (G / (article + ".json")).write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

KHG, YDH, WGS = "kim-hong-gyu", "yuk-dong-han", "won-gang-su"
w("jx-01-economist.txt",
  ["“강릉, 환태평양 거점도시로 만들 것…바이오 산업 메카 되겠다”", None, None, None, "51"],
  [KHG, YDH, WGS],
  [c("강릉을 기업하기 좋은 도시로 만들기 위해 노력하겠다", KHG, None, ["investment-attraction"], "plan"),
   c("강릉은 기업하기 좋은 도시는 아니다", KHG, None, ["investment-attraction"], "criticism"),
   c("기업하기에 좋은 여건을 만들기 위해 노력하겠다", KHG, None, ["investment-attraction"], "plan"),
   c("강릉을 바이오 산업의 메카로 만들겠다", KHG, None, ["medical-industry"], "plan"),
   c("연구개발(R&D)만 붙이면 완전체가 될 것", KHG, None, ["medical-industry", "research-development"], "statement"),
   c("천연물 소재 전주기 표준화 허브사업 유치에 성공한 바 있다", None, None, ["medical-industry"], "achievement"),
   c("시간이 갈수록 기업하기 좋은 도시가 될 수 있도록 하겠다", KHG, None, ["investment-attraction"], "plan"),
   c("바이오 산업을 중심으로 산업단지를 확대하고 있다", YDH, None, ["medical-industry"], "statement"),
   c("GTX를 포함해 3개의 전철이 연결되면서 수도권화될 것이다", WGS, None, ["public-transit"], "statement"),
   c("조만간 취업 동방한계선은 원주로 설정될 것", WGS, None, ["jobs"], "statement")],
  ["[2023 강원특별자치도 기업 투자유치설명회]",
   "김홍규 강릉시장·육동한 춘천시장·원강수 원주시장 환영사",
   "최근엔 기존 항만에 수출 기능을 붙였고, 새로운 항만을 만들려고 하고 있다",
   "강릉은 내수시장을 노리는 기업에겐 불리한 게 맞다",
   "80억 인구를 상대로 한다면 강릉을 눈여겨 봐달라",
   "남춘천 110만평의 부지를 판교를 능가하는 도시로 만들겠다",
   "많은 기업의 역량을 담아낼 수 있는 좋은 그릇이 될 것",
   "기업인들이 어떻게하면 신명나게 일할 수 있을지"])

JMG = "jeong-myeong-geun"
SC, FIR, FV = "smart-city", "fourth-industrial-revolution", "future-vehicles"
w("jx-02-etnews.txt", [None, None, "김동성", "전자신문", "41590"], [JMG],
  [c("사물인터넷(IoT) 기술을 활용해 스마트시티 구축에 박차를 가한다", None, None, [SC, FIR], "plan"),
   c("AI와 빅데이터, IoT 등을 활용한 도시관리시스템을 전면 도입하겠다", JMG, None, [SC, FIR], "plan"),
   c("친환경 에너지관리를 결합한 스마트 모빌리티 기반을 단단히 갖출 것", JMG, None, [FV, SC], "plan"),
   c("올해 예산 3조5027억원 중 상당 부분을 스마트시티 구축에 투자할 계획이다", None, None, [SC], "plan"),
   c("특히 AI 기반 민원서비스 고도화에 주력한다", None, None, [FIR, SC], "plan"),
   c("AI 챗봇을 통해 24시간 민원 상담이 가능한 시스템을 구축하고", None, None, [FIR, SC], "plan"),
   c("또 IoT 기술을 활용한 스마트 도시 관리도 확대된다", None, None, [SC, FIR], "plan"),
   c("스마트 가로등, 스마트 주차장, 스마트 쓰레기통 등 IoT 기반 도시 인프라를 확충해", None, None, [SC, FIR], "plan"),
   c("자율주행 셔틀 시범 운행을 확대하고, 전기차 충전 인프라를 대폭 확충할 계획이다", None, None, [FV], "plan"),
   c("또 공유 모빌리티 서비스를 도입해", None, None, [FV], "plan"),
   c("화성시는 스마트시티 구축을 통해 도시 경쟁력을 높이고", None, None, [SC], "plan"),
   c("5090억원의 지역화폐를 발행하고, 소상공인에 51억원을 지원하는 등", None, None, ["small-merchants"], "plan"),
   c("리터러시 교육 프로그램을 운영하겠다", JMG, None, [FIR, "education"], "plan"),
   c("디지털 격차 해소에도 힘쓰겠다", JMG, None, [FIR], "plan"),
   c("화성시가 대한민국 대표 스마트시티로 거듭나는데 힘쓰겠다", JMG, None, [SC], "plan")],
  ["화성=김동성 기자 estar@etnews.com"])

w("jx-03-kmknews.txt",
  ["용인시, 스마트도시계획 수립 위한 전 직원 특강 개최", "2021-06-08T19:44+09:00", "유현희", "광교저널", "41460"], [],
  [c("현재 시가 추진하고 있는 ‘용인시 스마트도시계획 수립용역 사업’의 MP(마스트플래너)로 활동 중이다", None, "2021-06-08", [SC], "statement"),
   c("스마트도시계획에 대해 소개하고 스마트도시에 대한 인식을 확산하기 위해 마련했다", None, "2021-06-07", [SC], "statement"),
   c("시가 내년부터 오는 2026년까지 추진 예정인 스마트도시에 대한 중장기 발전계획이 담길 예정이다", None, "2021-06-08", [SC], "plan"),
   c("스마트도시계획을 최종 수립하고 국토교통부 승인을 받아 실행해 나갈 예정이다", None, "2021-06-08", [SC], "plan"),
   c("스마트도시계획을 차질없이 수립해 도시경쟁력은 물론 다양성과 일자리가 넘치는 살기 좋은 용인시를 만들어 나가겠다", None, "2021-06-08", [SC, "jobs"], "plan")],
  ["‘용인시 스마트도시 중심에 서다’를 주제로 특강을 개최했다", "많은 시민들의 관심을 부탁드린다", "기사입력 2021.06.08 19:44"])

JDG, CB, D4 = "jeong-dong-gyun", "childcare-birth", "2020-04-17"
w("jx-04-bjyanche8.txt",
  ["양평군, 출산장려금 지원액 등 확대…도내 최고", "2020-04-18T09:51+09:00", None, None, "41830"], [JDG],
  [c("경기 양평군이 출산장려금 지원액 및 지원 대상을 확대한다", None, D4, [CB], "plan"),
   c("‘양평군 출산장려금 지원 조례’ 일부개정 조례를 공포했다", None, D4, [CB], "achievement"),
   c("조례에 따르면 올해 1월 1일 출생아를 둔 가정부터", None, D4, [CB], "achievement"),
   c("부모 중 1인만 군에 6개월 이상 두고 거주하는 경우에도 출산장려금 지원대상으로 확대했다", None, D4, [CB], "achievement"),
   c("양평군의 출산장려금은 경기도 31개 지방자치단체중 최고가 된다", None, D4, [CB], "achievement"),
   c("군은 10년간 600명선을 유지하던 출생아수가", None, D4, [CB], "statement"),
   c("군민이 행복한 양평을 만들기 위해 저출생 극복을 위한 출산대책 지원 강화의 하나로 출산장려금을 확대 지원했다", JDG, D4, [CB], "achievement")],
  ["양평군, 출산장려금 지원액 등 확대…도내 최고", "Pregnancy & birth"])

SM, D5 = "small-merchants", "2020-11-01"
w("jx-05-gnewsbiz.txt",
  ["경기도, 4곳 전통시장 특성화사업 대상 선정", D5, "김인종", None, "41"], [],
  [c("도내 4곳의 전통시장을 내년 전통시장 특성화사업 대상으로 선정했다고 밝혔다", None, D5, [SM], "achievement"),
   c("이번 사업은 전통시장 상인 등 자영업자들의 생업 기반 강화와 구도심 상권 부흥", None, D5, [SM], "statement"),
   c("연천 전곡전통시장과 하남 신장전통시장이 선정됐다", None, D5, [SM], "achievement"),
   c("이 두 곳에는 한 곳당 4년간 최대 40억원을 지원하고", None, D5, [SM], "plan"),
   c("상생발전형 경기공유마켓에는 송탄전통시장이 선정됐다", None, D5, [SM], "achievement"),
   c("다양한 지역 주체들이 공유 상업공간을 만들 수 있도록 2억원을 지원한다", None, D5, [SM], "plan"),
   c("경기도 우수시장 육성 사업에는 수원 구매탄시장이 선정됐다", None, D5, [SM], "achievement"),
   c("10억원을 지원해 설비 정비, 빈 점포 등 공간 활용", None, D5, [SM], "plan"),
   c("한정판 지역화폐 등 다양한 대책을 발굴해 추진하고 있다", None, D5, [SM], "statement", "조장석"),
   c("상인들의 자생력 강화와 지역경제 활성화를 위해 내실 있는 사업을 추진할 것", None, D5, [SM], "plan", "조장석")],
  ["2020-11-01     김인종 기자", "경기도청 전경. [사진=경기도]"])

KJT, D6 = "kim-jin-tae", "2024-10-27"
w("jx-06-maeil.txt",
  ["김진태 지사 “미래산업유치가 지역소멸 대응”", "2024-10-28", "황경근", "매일일보", "51"], [KJT],
  [c("핵심 미래 산업인 반도체, 바이오헬스 육성에 관심을 가져줄 것을 요청했다고 27일 밝혔다", KJT, D6, ["medical-industry"], "statement"),
   c("오색케이블카가 연내 착공을 준비하고 있다고 밝혔다", KJT, D6, ["culture-tourism"], "plan"),
   c("현재 12개의 인허가 및 심의절차 중 11개를 이행해 1개의 절차만을 남겨두었고", KJT, D6, ["culture-tourism"], "achievement"),
   c("미래 산업이 유치되면 양질의 일자리가 생겨 사람이 모이니", KJT, D6, ["jobs", "investment-attraction"], "statement"),
   c("강원특별자치도의 핵심 미래 산업인 반도체와 바이오헬스에 관심을 가져달라", KJT, D6, ["medical-industry"], "statement"),
   c("삼성전자와 반도체 인력양성을 위해 반도체산업 발전 협력 협약 식을 가진 점", KJT, D6, ["jobs"], "achievement")],
  ["미래 산업 글로벌도시 실현, 지역소멸 대응의 핵심열쇠는 미래 산업 유치",
   "중부권 반도체 클러스터에 원주가 편입될 것을 요청하였다",
   "이번 회의에는 한덕수 국무총리"])

WCM, D7 = "won-chang-muk", "2022-01-24"
w("jx-07-reporternside.txt",
  ["원창묵 원주시장 \"3선을 마무리하며 시민들에게 마지막 인사를\"", "2022-01-24", "김민선", None, "42130"], [WCM],
  [c("문화관광 제일도시, 수도권 경제도시, 걸어서 5분 이내 명품공원도시, 어울림 복지라는 꿈을 실현할 수 있어", WCM, D7, ["culture-tourism", "welfare"], "achievement"),
   c("관광 불모지였던 원주가 대한민국 명품관광도시로", WCM, D7, ["culture-tourism", "public-transit", "welfare"], "achievement"),
   c("원시장은 여주-원주 복선철도 건설/ 새로운 원주역 시대 개막", WCM, D7, ["public-transit", "medical-industry", "jobs", "culture-tourism"], "achievement")],
  ["원주시장으로서 마지막인사를 고했다", "맡은 바 책임을 다해주신 공직자에게 감사를 전했다"])

AG = "agriculture"
w("jx-08-asiae.txt",
  ["KOICA-강원대 연수생, 양구 스마트농업 단지 견학", "2026-03-02", None, None, "51800"], [],
  [c("지역특화 임대형 스마트팜 4.0ha를 중심으로 스마트농업 운영지원센터와 청년혁신주거타운으로 조성된 복합단지다", None, "2026-03-02", [AG], "statement"),
   c("북방형 스마트팜 모델을 구현·확산하는 것을 목표로 추진되고 있다", None, "2026-03-02", [AG], "statement"),
   c("4월부터는 B동(2.2ha)에서 토마토 재배를 시작할 예정이다", None, "2026-03-02", [AG], "plan"),
   c("양구군은 스마트농업 육성을 위해 강원대학교와 업", None, "2026-02-27", [AG], "statement", "권은경")],
  ["첨단 스마트농업 단지, 국제 농업정책 역량 강화의 장 ‘우뚝’",
   "연수생들이 지난 27일 양구군 해안면에 위치한 양구군 첨단 스마트농업 단지를 견학했다",
   "대한민국의 농업·농촌 개발 경험과 정책 사례를 공유해",
   "양구군의 스마트농업 육성 정책과 지방소멸 위기 대응 사례를 현장에서 직접 살펴보기 위해 마련됐다",
   "양구군의 스마트농업 육성 방향에 대한 설명을 듣고"])

KDG = "kim-dong-geun"
w("jx-09-asiae.txt", [None, "2025-10-01", "이종구", "아시아경제", "41150"], [KDG],
  [c("호원2동 취약계층 2가구를 방문해 추석 선물꾸러미를 전달하고 안부를 살폈다", None, "2025-09-30", ["welfare"], "statement"),
   c("현장에서 직접 소통하는 복지행정을 실천하고자 마련했다", None, "2025-09-30", ["welfare"], "statement"),
   c("취약계층 돌봄과 복지 사각지대 해소에 힘쓸 방침이다", None, "2025-10-01", ["welfare"], "plan"),
   c("'모두의돌봄' 복지 정책을 지속하겠다", KDG, "2025-09-30", ["welfare"], "plan")],
  ["김동근 시장이 지난30일 '돌봄, 삶의현장' 사업의 일환으로 호원2동 취약계층 가정을 방문해 물품을 전달하고 있다",
   "사업의 참여자들과 함께 기념사진을 찍고 있다",
   "소외된 이웃에게 따뜻한 마음을 전할 수 있어 뜻깊게 생각한다"])
print("ok")
