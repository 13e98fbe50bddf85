"""Writes set-fh gold files (hand annotation). C(quote, speaker, date, policies, kind, name=None)."""
import json, os
OUT = os.path.join(os.path.dirname(__file__), '..', 'gold')
def C(q, sp, d, pol, kind, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": kind}
    if name: c["speaker_name"] = name
    return c
def M(h, p, r, o, j): return {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j}
G = {}
d = "2021-03-10"
G["fh-01-jeonmae.txt"] = dict(
 metadata=M("‘시흥형 그린시티’ 조성 속도낸다", "2021-03-10T13:59+09:00", "정길용", "전국매일신문", "41390"),
 officials=[],
 claims=[
  C("시흥시가 올해를 ‘기후 위기 대책 추진 원년의 해’로 정하고 시흥형 그린시티를 조성한다고", None, d, ["climate-carbon"], "plan"),
  C("지난달 기후변화 대응 조례 제정으로 정책 기반을 마련했고", None, d, ["climate-carbon", "fine-dust"], "plan"),
  C("사업장 시설 개선에 91억 원을 투입한다", None, d, ["climate-carbon", "fine-dust"], "plan"),
  C("신재생에너지 확대 보급 등으로 오염 물질 발생량을 최소화한다", None, d, ["energy-transition", "fine-dust"], "plan"),
  C("수소·전기차 등 친환경차는 293대를 신규 보급할 계획이다", None, d, ["fine-dust", "future-vehicles"], "target"),
  C("공용 전기충전소는 기존 195개소에 더해", None, d, ["future-vehicles"], "plan"),
 ],
 not_claims=["‘시흥형 그린시티’ 조성 속도낸다", "시, 2021년 기후변화 대응 종합 대책 추진",
  "온실가스·미세먼지 저감 분야별 개선책 마련", "시흥시 전기차 충전소(대야2 공영주차장) [시흥시 제공]",
  "시흥시민이 체감할 수 있는 환경 변화를 만들기 위해 지방정부 차원의 노력을 적극적으로 추진하겠다"])
d = "2026-01-27"; J = "jeon-jin-seon"
G["fh-02-ypnews.txt"] = dict(
 metadata=M("전진선 군수, 한강유역환경청 방문서 수질 개선 기여 농가에 실질적 지원 건의", "2026-01-28T11:08+09:00", None, "YPN뉴스", "41830"),
 officials=[J],
 claims=[
  C("친환경농업인에 대한 한강수계관리기금 지원 필요성을 건의했다", J, d, ["agriculture", "water-supply"], "statement"),
  C("30여 년간 팔당상수원 수질 개선을 위한 역할을 수행해 왔다", None, d, ["agriculture", "water-supply"], "achievement"),
  C("유기농 자재를 지원할 수 있도록 기금 운용 규칙 개정을 요청해 줄 것을 건의했다", None, d, ["agriculture", "water-supply"], "statement"),
  C("양평의 친환경농업인들은 팔당상수원 수질 개선에 대한 자부심으로 오랜 기간 헌신해 왔다", J, d, ["agriculture", "water-supply"], "achievement"),
  C("수질 개선에 기여하는 농가가 정당한 지원을 받을 수 있도록 제도적인 보완을 요청드린다", J, d, ["agriculture", "water-supply"], "statement"),
 ],
 not_claims=["거지 동냥 하듯이 지원해달라고 하셧군요"])
d = "2026-01-23"
G["fh-03-hkn114.txt"] = dict(
 metadata=M("`2026-2027 강릉방문의 해 선포식` 국제관광도시 도약 선언", "2026-01-26T09:12:23+09:00", "김경훈", "일간환경연합", "51150"),
 officials=["kim-hong-gyu"],
 claims=[
  C("외국인 관광객 50만 명 유치를 목표로 하는", None, d, ["culture-tourism"], "target"),
  C("국제관광도시로 도약하기 위한 실천적 사업을 천명하고", None, d, ["culture-tourism"], "statement"),
  C("체류형 관광인프라와 특화 관광상품을 확대해 국내외 관광객 유치에 총력을 기울일 계획임을 밝혔다", None, d, ["culture-tourism"], "plan", "심상복"),
 ],
 not_claims=["선포식을 성황리에 개최했다고 밝혔다", "선포 퍼포먼스 및 BI(Brand Identity) 로고 공개 순으로 진행됐다",
  "각 지역의 관광지를 소개하는 퍼포먼스가 펼쳐졌으며", "오늘 선포식은 강"])
d = "2024-04-08"
G["fh-04-tvchosun.txt"] = dict(
 metadata=M("태백 폐광지역 대체산업 육성 모든 행정력 동원", "2024-04-08T08:38+09:00", "이승훈", "TV조선", "51190"),
 officials=["kim-jin-tae"],
 claims=[
  C("태백시를 고용위기지역으로 신청하고", None, d, ["jobs"], "statement"),
 ],
 not_claims=["실업자는 870여명, 경제 피해액은 3조 3000억원이 예상됩니다",
  "청정 메탄올이라던지 티타늄 이런 핵심 광물이라든지 석탄 경석 이런 다른 대체 산업들도 지금 많이 준비가 돼 있습니다",
  "태백시는 국가정책추진실을 신설해 폐광 대체 산업 발굴에 나섰고"])
S = "choi-mun-sun"
G["fh-05-kado.txt"] = dict(
 metadata=M("최문순 화천군수 지역정책연구회의 발제", None, "이수영", "강원도민일보", "42790"),
 officials=[S],
 claims=[
  C("화천군의 교육복지정책과 화천산천어축제가 지역 간 불균형 발전을 해소할 해법으로 주목받았다", None, None, ["education", "culture-tourism"], "achievement"),
  C("‘아이 기르기 가장 좋은 화천 만들기’ 정책과 글로벌 육성축제로 성장한 화천산천어축제를 소개했다", S, None, ["childcare-birth", "culture-tourism"], "statement"),
  C("가임여성 비율 및 출산율은 높지만 보육과 자녀교육 기반이 부족한 것으로 나타났다", S, None, ["childcare-birth", "education"], "statement"),
  C("전국 최초로 교육복지과를 신설하고 대학생 자녀 전원 등록금 100% 지원", S, None, ["education"], "achievement"),
 ],
 not_claims=["심각한 재정 불균형을 겪고 있는 곳", "군민과 함께 지역의 위기를 진단하고 해법을 모색했다"])
d = "2025-12-15"; B = "baek-yeong-hyeon"
G["fh-06-kmib.txt"] = dict(
 metadata=M("백영현 포천시장 “철도 중심으로 도시 미래 설계”", "2025-12-15", None, "국민일보", "41650"),
 officials=[B],
 claims=[
  C("옥정~포천 광역철도 착공은 단순한 교통시설 건설이 아니라", B, d, ["public-transit"], "statement"),
  C("철도를 중심으로 도시의 미래를 다시 설계해 나가겠습니다", B, d, ["public-transit"], "plan"),
  C("옥정~포천 광역철도 착공의 의미와 향후 철도망 확충 구상을 이같이 밝혔다", B, d, ["public-transit"], "statement"),
  C("올해 6월 전 공구에 대한 사업계획 승인을 마치고 착공에 들어가", None, d, ["public-transit"], "achievement"),
  C("철도를 중심으로 한 대중교통 체계의 근본적인 변화로 이어지고 있다", B, d, ["public-transit"], "statement"),
  C("철도 개통은 시민 이동 편의성 향상은 물론 기업과 산업체 유치", B, d, ["public-transit", "investment-attraction"], "statement"),
  C("현재 공사는 각 정거장과 환기구 구간을 중심으로 가시설 설치 등 기초 공정이 본격화됐다", None, d, ["public-transit"], "statement"),
  C("통행 불편과 소음·진동 등 생활 속 불편을 겪고 계신 점을 잘 알고 있다", B, d, ["public-transit"], "criticism"),
 ],
 not_claims=["백영현 포천시장 “철도 중심으로 도시 미래 설계”",
  "버스·택시 승강장을 약 160m 이전해 임시 운영 중이며", "군내사거리 좌회전이 금지되고 우회 운행이 이뤄지고 있다"])
G["fh-07-seonamtoday.txt"] = dict(
 metadata=M("부천시, 주민참여예산 시민위원회 시작···1차 회의 개최", "2019-06-14T11:49:37+09:00", "서원호", "서남투데이", "41190"),
 officials=[],
 claims=[
  C("1차 회의를 시작으로 주민참여예산제 활동을 본격화했다고 14일 밝혔다", None, "2019-06-12", ["citizen-participation"], "achievement"),
  C("동 주민회의 제안사업을 검토하고 시 예산편성에 대한 의견을 제출할 예정이다", None, "2019-06-14", ["citizen-participation"], "plan"),
  C("부천시 주민참여예산제는 2011년 출범 후 시민위원들의 노력으로 지속적인 발전을 이룩해 왔으며", None, "2019-06-12", ["citizen-participation"], "achievement", "송유면"),
  C("부천시 참여예산제가 한 단계 발전하는 계기를 마련해 나가겠다", None, "2019-06-12", ["citizen-participation"], "plan", "김태웅"),
 ],
 not_claims=["시민위원 70명 참석, 주민회의 제안사업 검토 후 시 예산 편성 의견 제출",
  "부천시 참여예산 시민위원회 1차 회의. (사진 = 부천시)",
  "올해 주민참여예산제 운영계획 설명, 시민위원회 및 분과위원회 임원진 선출로 진행됐다",
  "1년간 참여예산시민위원회를 이끌게 된다"])
L = "lee-byeong-seon"
G["fh-08-kwnews.txt"] = dict(
 metadata=M("청년인구 유입 10만 문화관광도시 속초 조성", None, None, None, "42210"),
 officials=[L],
 claims=[
  C("문화형 청년인구 유입 및 정주지원, 세대통합 일자리종합센터 설치", L, None, ["youth-policy", "jobs", "culture-tourism"], "plan"),
  C("근로자의 근로의욕 향상 및 안정적 정착, 관계인구 전입 유도 등으로 속초에 새로운 활력을 불어넣는다", None, None, ["youth-policy"], "plan"),
  C("신규 노인일자리 사업 발굴, 실버사업 취·창업 연계로 삶의 질을 향상시킬 계획이다", None, None, ["jobs", "welfare"], "plan"),
  C("설악동 재건사업과 연계해 설악동 체류인구 증대를 위한 관광여건 개선사업으로 추진하고", None, None, ["culture-tourism"], "plan"),
  C("문화관광 도시 속초를 만들어 가기 위한 민선8기 시정 방향에 발맞춰", L, None, ["culture-tourism"], "plan"),
  C("이와함께 문화 청년을 유입시켜 인구 10만의", L, None, ["youth-policy"], "target"),
 ],
 not_claims=["청년인구 유입 10만 문화관광도시 속초 조성", "시청 브리핑룸에서 기자단 정례 간담회를 갖고 주요 시정을 설명하고 의견을 들었다",
  "82억원의 국비를 확보한 속초시가 세부적인 사업 추진에 나선다"])
Y = "yeom-tae-yeong"; d = "2022-01-25"
G["fh-09-locallife.txt"] = dict(
 metadata=M("염태영 수원시장, 국제 시장 포럼서 ‘수원시의 기후행동 사례’ 발표", "2022-01-26T00:09:19+09:00", "송준형", "로컬라이프", "41110"),
 officials=[Y],
 claims=[
  C("온라인으로 참여해 수원시의 기후행동 사례를 발표했다", Y, "2022-01-26", ["climate-carbon"], "statement"),
  C("기후위기 대응, 행동할 때이다”라고 강조했다", Y, d, ["climate-carbon"], "statement"),
  C("2030년까지 온실가스 배출량을 2005년 대비 40% 감축하겠다는 목표를 정했다", Y, d, ["climate-carbon"], "target"),
  C("대한민국 지방정부 최초로 온실가스 감축량을 정량적으로 자체 분석하는", Y, d, ["climate-carbon"], "achievement"),
  C("수원시는 매년 온실가스 배출량을 산정해 이행상황을 평가한 후", Y, d, ["climate-carbon"], "statement"),
  C("차량 1대당 21.8%를 줄이는 성과를 거두었다", Y, d, ["climate-carbon"], "achievement"),
  C("2050년까지 온실가스 배출량을 80% 줄이고", Y, d, ["climate-carbon"], "target"),
  C("공공건물을 신축할 때 ‘에너지제로 건축’을 의무화하고", Y, d, ["climate-carbon", "energy-transition"], "plan"),
  C("전기차 · 수소차 충전 인프라 구축을 서둘러 신재생 에너지로 전환 속도를 높이", Y, d, ["future-vehicles", "energy-transition"], "plan"),
 ],
 not_claims=["염태영 수원시장, 국제 시장 포럼서 ‘수원시의 기후행동 사례’ 발표", "사진출처=염태영 페이스북"])
os.makedirs(OUT, exist_ok=True)
n = 0
for art, g in G.items():
    g = {"article": art, **g}
    n += len(g["claims"])
    with open(os.path.join(OUT, art + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
print(len(G), "files,", n, "claims")
