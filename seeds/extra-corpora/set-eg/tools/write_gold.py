"""Writes gold/*.json for set-eg (hand annotation; compact tuples -> README format)."""
import json
import os

G = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
os.makedirs(G, exist_ok=True)


def C(quote, speaker, date, policies, kind, name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        c["speaker_name"] = name
    return c


def write(article, meta, officials, claims, not_claims):
    h, p, r, o, j = meta
    gold = {"article": article,
            "metadata": {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j},
            "officials": officials, "claims": claims, "not_claims": not_claims}
    with open(os.path.join(G, article + '.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print(article, len(claims))


# eg-01 경남 청년정책조정위원회 (2025-11-10)
PW, D = "park-wan-su", "2025-11-10"
write("eg-01-heraldcorp.txt",
      ("10일, 도청서 ‘2025년 제2차 청년정책조정위원회’ 청년이 주도하는 정책 논의의 장 열려 청년‧전문가 등 20명 참석…“청년이 머무는 경남으로”",
       "2025-11-10", "황상욱", "헤럴드경제", "48"),
      [PW],
      [C("올해 청년정책 추진 성과를 점검하고 내년도 정책 방향을 논의했다", None, D, ["youth-policy"], "statement"),
       C("일자리·교육 등 모든 분야에서 정책을 꼼꼼히 챙기겠다", PW, D, ["youth-policy", "jobs", "education"], "plan"),
       C("청년의 목소리를 자주 듣고 이를 도정에 적극 반영하겠다", PW, D, ["youth-policy"], "plan"),
       C("올해 추진한 청년정책의 성과와 내년도 신규과제를 중심으로 활발한 논의가 이어졌다", None, D, ["youth-policy"], "statement"),
       C("청년 창업 활성화를 위한 국·공유재산 임대료 인하를 건의했다", None, D,
         ["culture-tourism", "jobs", "agriculture", "startup-support", "youth-policy"], "statement", "유창만, 최보연"),
       C("청년 감성에 맞는 제품 포장 디자인 개발비 지원”을 제안했다", None, D,
         ["culture-tourism", "agriculture", "youth-policy"], "statement", "이다예"),
       C("경남도는 올해 주요 성과로 ▷기업 채용 연계형 청년일자리", None, D,
         ["youth-policy", "jobs", "research-development", "education", "housing"], "achievement")],
      ["청년이 머무는 경남으로",
       "회의에는 박완수 도지사와 유창만 청년대표를 비롯해 청년위원, 전문가, 도의원, 관계 공무원 등 20명이 참석했다"])

# eg-02 울산 북구 주민참여예산 (published 2025-12-23; announced 22일)
PC, D = "park-cheon-dong", "2025-12-22"
write("eg-02-ksilbo.txt",
      ("주민참여예산제 실적평가, 북구 ‘우수 지자체’ 선정", "2025-12-23", "김은정", "경상일보", "31200"),
      [PC],
      [C("울산에서 유일하게 우수 지방자치단체로 선정됐다고 22일 밝혔다", None, D, ["citizen-participation"], "achievement"),
       C("북구는 울산 지자체 중에서 유일하게 ‘우수기관’ 명단에 이름을 올렸다", None, D, ["citizen-participation"], "achievement"),
       C("찾아가는 동별 주민참여예산학교 운영을 통해 예산편성 과정에 주민 접근성을 높이고", None, D, ["citizen-participation"], "achievement"),
       C("구정에 적극적으로 참여해 주신 구민 여러분의 열정 덕분", PC, D, ["citizen-participation"], "achievement"),
       C("구민의 목소리가 구정의 중심이 되는 진정한 의미의 지방자치를 실현해 가겠다", PC, D, ["citizen-participation"], "plan")],
      ["주민참여예산 기구 구성의 대표성, 주민 참여 수준 및 권한, 홍보 및 교육실적 등 모두 7개 지표를 종합 심사했다"])

# eg-03 포항 에코프로지이엠 착공 (undated)
LG = "lee-gang-deok"
write("eg-03-nspna.txt",
      (None, None, "조인호", "NSP통신", "47110"),
      [LG],
      [C("발로 뛴 광폭행보가 가시적인 성과를 거두고 있다", None, None, ["investment-attraction"], "achievement"),
       C("500명 이상의 신규 일자리를 창출할 계획이며", None, None, ["jobs", "youth-policy"], "target"),
       C("포항시의 투자유치 노력과 함께 포항만이 가지고 있는", None, None, ["investment-attraction"], "achievement", "이동채"),
       C("언제 어디든지 한 걸음에 달려가는 세일즈시장이 될 것", LG, None, ["jobs", "investment-attraction"], "plan")],
      ["'에코프로지이엠'이 공장 신축공사를 위한 착공식을 가졌다",
       "GEM사와 외국인투자법인 형태로 설립한 회사다",
       "지역의 청년들을 채용하여 회사를 운영하겠다",
       "지속적인 투자환경 조성 및 공격적"])

# eg-04 대구 맑은물하이웨이 간담회 (undated)
HJ = "hong-joon-pyo"
W = ["water-supply"]
write("eg-04-ksmnews.txt",
      (None, None, "김영식", "경상매일신문", "27"),
      [HJ],
      [C("‘맑은물하이웨이’ 정책 조율을 위해 간담회를 가졌다", None, None, W, "statement"),
       C("홍준표 시장의 대구시장 선거공약으로 대구취수원으로 구미 해평취수장 공동이용 대신 안동댐을 활용하는 것이다", None, None, W, "statement"),
       C("도수관로 약 147㎞로 구축한다", None, None, W, "plan"),
       C("비용은 약 1조 4000억원으로 추정된다", None, None, W, "statement"),
       C("해평위수장 공동이용에 대한 협약 파기를 통보하고", None, None, W, "statement"),
       C("대구시에 필요한 물량을 1일 100만t으로 상정했다", HJ, None, W, "target"),
       C("두 가지 방안을 동시에 검토하는 내용을 토의했다", HJ, None, W, "statement"),
       C("식수댐을 건설해 댐용수로 취수하는 방안으로 대전환해야 함을 강조했다", HJ, None, W, "plan"),
       C("장기적으로 중수도 정책에 대한 필요성도 적극 입장을 피력했고", HJ, None, W, "plan")],
      ["대형마트 상생협력과 관련해서 국무조정실에서는 대구시의 적극적인 역할을 기대한다고 얘기했다"])

# eg-05 김해 스마트도시 (2019-10-17)
HS, D = "heo-seong-gon", "2019-10-17"
write("eg-05-siminilbo.txt",
      ("경남 김해시, 8대 분야 50개 스마트 사업추진", "2019-10-17T10:14:18+09:00", "최성일", "시민일보", "48250"),
      [HS],
      [C("김해시는 보건·복지 분야서 가장 많은 스마트 사업을 추진하는 것으로 나타났다", None, D, ["smart-city"], "statement"),
       C("개방형 데이터 허브 플랫폼은 데이터 축적과 개방으로", None, D, ["smart-city", "fourth-industrial-revolution"], "statement"),
       C("스마트시티 기반시설 확대 차원에서", None, D, ["smart-city", "fourth-industrial-revolution"], "plan"),
       C("본 인증도 전국 처음으로 받을 수 있도록 최우선 과제로 정해 추진한다", None, D, ["smart-city"], "plan"),
       C("스마트 역사문화도시 조성을 추진 중이다", None, D, ["smart-city", "culture-tourism"], "statement"),
       C("스마트시티형 도시재생사업 선정으로 인제대학교와 연계해 삼방동 경제지원 스마트타운을 조성 중이다", None, D,
         ["smart-city", "urban-regeneration"], "statement"),
       C("스마트도시 조성으로 시민들에게 편리함과 여유를 드릴 수 있도록 노력하겠다", HS, D, ["smart-city"], "plan")],
      ["2023년 전국체전대비 체감형 서비스 제공", "전국 최초 스마트도시 본인증 최우선 추진",
       "특히 2023년 전국체전과 김해 방문의 해를 맞아 우리시를 찾는 방문객과 시"])

# eg-06 해운대구 지역브랜드 대상 (undated)
BS = "baek-seon-gi-26350"
write("eg-06-seoul.txt",
      ("[대한민국 지역브랜드 대상] “달맞이언덕 등 일류 관광지로… 외국인 투숙객 50만 목표”", None, None, None, "26350"),
      [BS],
      [C("천혜의 관광자원을 지닌 휴양도시로 최근 10여년 만에 상전벽해라고 할 만큼 발전을 거듭해", BS, None, ["culture-tourism"], "achievement"),
       C("탄탄한 문화산업 인프라 구축으로 발전속도가 더욱 빨라질 것", BS, None, ["culture-tourism"], "statement"),
       C("문화와 산업이 함께 성장하고 주민이 행복한 도시를 만들겠다", BS, None, ["culture-tourism"], "plan")],
      ["순천 백년대계… 10년마다 국제정원 박람회", "경남 남해 ‘독일 5월 축제’ 보러 오세요",
       "“메밀 품종 국산화”… 제주, 채종단지 조성", "달맞이언덕 등 일류 관광지로… 외국인 투숙객 50만 목표",
       "지역브랜드 대상 수상의 영광을 43만 해운대구민에게 돌리고 싶다",
       "해운대구는 1990년 25만명에서 현재 43만명으로 2배 가까이 늘었다"])

# eg-07 경주 귀농인 지원사업 (published 2021-01; announced 8일)
A, D = ["agriculture"], "2021-01-08"
write("eg-07-asiae.txt",
      (None, "2021-01", "최재호", "아시아경제", "47130"),
      [],
      [C("귀농인 영농정착 지원사업 대상자를 19일까지 모집한다고 8일 밝혔다", None, D, A, "plan"),
       C("사업 분야는 △귀농인 영농정착 지원", None, D, A, "statement"),
       C("사업비는 2000만원(자부담 600만원, 지원 1400만원)이다", None, D, A, "statement"),
       C("사업비는 280만원(자부담 84만원, 지원 196만원)이다", None, D, A, "statement"),
       C("사업비는 200만원(자부담 60만원, 지원 140만원)이다", None, D, A, "statement"),
       C("귀농·귀촌인과 마을주민 간의 화합분위기를 조성하는 사업이다", None, D, A, "statement"),
       C("2000만원의 사업비로 마을 주민들이 공동으로 사용할 수 있는", None, D, A, "statement")],
      ["귀농인 주택수리비 지원사업엔 귀농인 본인 또는 배우자 소유의 농가주택 수리비(지붕보수,"])

# eg-08 부산 도시재생뉴딜 (2018-04-26)
U, D = ["urban-regeneration"], "2018-04-26"
write("eg-08-mbn.txt",
      ("부산시, 국비 400억원 규모 도시재생뉴딜 5개 사업 선정 추진", "2018-04-26T08:26+09:00", "조성신", "매일경제", "26"),
      [],
      [C("우리 동네 살리기 사업 포함 5개 사업 선정을 추진할 계획이라고 26일 밝혔다", None, D, U, "target"),
       C("구·군과 부산도시공사 등 관련기관과 협의해 사업을 신청할 예정이다", None, D, U, "plan"),
       C("8월 말 100곳 내외를 최종 선정하고", None, "2018-04-24", U, "plan"),
       C("총 4곳이 선정돼 국비 398억원을 지원 받아", None, D, U, "achievement"),
       C("주민이 직접 계획·제안하는 '소규모재생사업'", None, D, U + ["citizen-participation"], "plan"),
       C("도시재생지원센터의 조직 및 기능을 대폭 정비할 계획이다", None, D, U, "plan")],
      ["2017년 뉴딜사업으로 선정된 베리베리 굿 봉산마을 복덕방"])

# eg-09 대구 달서구 미세먼지 (2021-09-14)
LT, F, D = "lee-tae-hun", ["fine-dust"], "2021-09-14"
write("eg-09-idaegu.txt",
      ("대구 달서구청, 주민공감 맞춤형 미세먼지 저감사업 추진", "2021-09-14T15:52:31+09:00", "신헌호", "대구일보", "27290"),
      [LT],
      [C("3개 경로당에 호흡기 건강을 보호하는 ‘환경 취약계층 미세먼지 저감사업’을 추진했다", None, D, F, "achievement"),
       C("‘미세먼지 강창안심구역’으로 호산동·파호동 일대를 지정·고시했다", None, D, F, "achievement"),
       C("어르신, 어린이 이용시설에 대한 미세먼지 저감사업을 계획 중에 있다", None, D, F, "plan"),
       C("창호부착형 공기순환기 설치 사업을 시행했다", None, D, F, "achievement"),
       C("향후 어린이 이용시설에 대한 미세먼지 저감시설 설치도 추진할 계획이다", None, D, F, "plan"),
       C("‘숨 쉬기 좋은 달서구’를 조성하는데 지속적으로 노력하겠다", LT, D, F, "plan")],
      ["이태훈 대구 달서구청장이 미세먼지 알리미를 점검하고 있다"])
