"""Write set-hx gold files (hand annotation; one dict per article)."""
import json, pathlib
G = pathlib.Path(__file__).resolve().parent.parent / "gold"

def c(q, sp, d, pol, k, name=None):
    x = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name:
        x["speaker_name"] = name
    return x

A, SM, CT, MI, DC, SC, CC, CP, JO, YP, HO, PT, CB = ("agriculture", "small-merchants", "culture-tourism",
    "medical-industry", "dementia-care", "smart-city", "climate-carbon", "citizen-participation", "jobs",
    "youth-policy", "housing", "public-transit", "childcare-birth")

D1 = "2024-12-24"
D2 = "2025-02-20"
D3 = "2013-12-23"
D4 = "2021-09-28"
D5 = "2026-01-02"
D6 = "2026-02-03"
D7 = "2022-12-30"
D8 = "2019-01-02"
KJT, LMG, KDG, JGH, JDG = "kim-jin-tae", "lee-min-geun", "kim-dong-geun", "jo-gwang-han", "jeong-dong-gyun"

FILES = {
"hx-01-tvtoday.txt": (
  {"headline": "양양군 지역특화 임대형 스마트팜 공모 선정…강원, 전국 최다", "published": "2024-12-24T20:00:36+09:00",
   "reporter": "이재현", "outlet": None, "jurisdiction": "51"},
  [KJT],
  [c("2025년 지역특화 임대형 스마트팜 공모사업에서 양양군이 최종 선정됐다고 24일 밝혔다", None, D1, [A], "achievement"),
   c("이로써 도는 임대형 스마트팜 15개소 중", None, D1, [A], "achievement"),
   c("전국 7개 광역 시도가 치열한 경쟁을 펼친 끝에 양양과 제주가 최종 선정됐다", None, D1, [A], "achievement"),
   c("도는 완성도 높은 예비계획서와 치밀한 운영 체계", None, D1, [A], "achievement"),
   c("총사업비 259억원을 투입해 스마트팜 4㏊를 조성할 계획이다", None, D1, [A], "target"),
   c("영동 북부권을 중심으로 스마트팜 확산 거점으로 자리 잡게 할 예정이다", None, D1, [A], "plan"),
   c("이번 양양군 스마트팜 사업 선정은 도가 스마트 농업의 중심지로 도약하는 중요한 이정표가 될 것", KJT, D1, [A], "statement"),
   c("농업에 열정을 품은 청년들과 함께 지속 가능한 농업 생태계를 만들어 가겠다", KJT, D1, [A], "plan")],
  ["양양군 지역특화 임대형 스마트팜 공모 선정…강원, 전국 최다",
   "김진태 지사의 영상 메시지와 김명선 행정부지사의 대면 평가 발표는", "[강원도 제공.재판매 및 DB 금지]"]),
"hx-02-mstoday.txt": (
  {"headline": "춘천풍물시장을 명품 시장으로⋯ 명소화 사업 시동", "published": "2025-02-20",
   "reporter": "한승미", "outlet": "MS투데이", "jurisdiction": "51110"},
  [],
  [c("춘천시는 올해부터 2년간 최대 10억원을 투입해 춘천풍물시장을 명품시장으로 육성한다", None, D2, [SM], "plan"),
   c("특성화시장 육성 사업(문화관광형) 공모 대상지로 최종 선정된 것에 따른 것이다", None, D2, [SM, CT], "achievement"),
   c("시는 예산 10억원을 확보, 풍물시장 명소화를 위한 사업을 진행한다", None, D2, [SM, CT], "plan"),
   c("이번 사업은 풍물시장의 경쟁력을 강화하고 관광 명소로 만들기 위해 추진된다", None, D2, [SM, CT], "statement"),
   c("시는 시장을 관광 자원화해 지역경제 활성화에 보탬이 될 것으로 기대하고 있다", None, D2, [SM, CT], "statement"),
   c("시는 소상공인시장진흥공단 주관으로 사업단을 구성해 내달부터 본격적으로 사업을 진행할 예정이다", None, D2, [SM], "plan"),
   c("이를 위해 지난 1월 사업추진협의회를 구성했다", None, D2, [SM], "achievement"),
   c("시장 대표 특화상품 개발과 야시장 기반 시설 정비, 문화 체험 프로그램 도입", None, D2, [SM, CT], "plan"),
   c("또 대상을 고려한 홍보 마케팅도 병행해 시장의 차별성을 강조할 계획이다", None, D2, [SM], "plan"),
   c("이어 2026년에는 시장 인지도 향상과 지속가능성 확보를 목표로 사업을 확대한다", None, D2, [SM], "plan"),
   c("외국인 플리마켓 운영, 여행자 교류·체험 프로그램 마련", None, D2, [SM, CT], "plan"),
   c("특성화시장 육성 사업을 통해 침체된 지역경제에 활기를 불어넣고, 풍물시장을 지역 대표 명소로 발돋움시키겠다", None, D2, [SM, CT], "plan")],
  ["춘천풍물시장을 명품 시장으로⋯ 명소화 사업 시동",
   "풍물시장, 중소벤처기업부 특성화시장 육성 사업 선정 2년간 최대 10억원 투입해"]),
"hx-03-timenews.txt": (
  {"headline": "춘천시, 관광기반 시설 정비·확충", "published": "2013-12-23T12:23:47+09:00",
   "reporter": "임현규", "outlet": "춘천타임뉴스", "jurisdiction": "42110"},
  [],
  [c("춘천시는 내년에 30억원을 들여 관광 기반시설을 정비·확충한다고 23일 밝혔다", None, D3, [CT], "plan"),
   c("내년 주요 사업은 청평사 관광지 정비(2억원)", None, D3, [CT], "plan"),
   c("청평사 관광지는 등산로와 주차장을 정비하고 방문객 편의시설을 늘리며", None, D3, [CT], "plan"),
   c("인디언 캠핑장은 의암호 물레길과 연계한 체험 캠핑장을 삼천동 일원에 조성", None, D3, [CT], "plan"),
   c("시는 약사리 고개 확장 구간 빈터에 저잣거리를 조성하며", None, D3, [CT], "plan"),
   c("외국인 관광객 유치를 위해 대규모 케이팝 페스티벌과", None, D3, [CT], "plan")],
  ["춘천시, 관광기반 시설 정비·확충", "서울타임뉴스인천타임뉴스"]),
"hx-04-kbs.txt": (
  {"headline": "[여기는 원주] 원주 의료기기 산업 기반 확충 ‘속도’", "published": "2021-09-28T19:30+09:00",
   "reporter": "강탁균", "outlet": None, "jurisdiction": "42130"},
  [],
  [c("원주 의료기기 산업이 꾸준히 성장하면서 이제는 의료기기를 생산하기 위한 공장 터가 부족할 정도가 됐습니다", None, D4, [MI], "achievement"),
   c("이에따라 원주시가 산업 기반 확충에 속도를 내고 있습니다", None, D4, [MI], "statement"),
   c("의료기기 업체의 초기 성장에 필수적인 임대형 공장은 현재 포화상태 입니다", None, D4, [MI], "statement"),
   c("태장과 동화산업단지 등 원주의 임대공장 3곳 모두 100% 입주가 끝났습니다", None, D4, [MI], "statement"),
   c("디지털 헬스케어 산업 지원센터가 원주 기업도시에 건립됩니다", None, D4, [MI], "plan"),
   c("한강수계기금 110억 원을 포함해 모두 190억 원이 투입됩니다", None, D4, [MI], "plan"),
   c("지상 5층 규모로 임대형 공장 50개가 새로 조성됩니다", None, D4, [MI], "target"),
   c("원주의 차세대 전략 산업인 디지털 헬스케어 육성의 거점 역할을 할 것으로도 기대됩니다", None, D4, [MI], "statement")],
  ["원주 의료기기 산업의 성장세가 꾸준히 지속되고 있죠?", "피부 미용용 초음파 의료기기를 생산하는 업체입니다",
   "지금도 오겠다는 업체 20여 곳이 대기중입니다", "현재 지원센터 내에 입주 공간이 부족해서 입주를 못하고",
   "[여기는 원주] 원주 의료기기 산업 기반 확충 ‘속도’"]),
"hx-05-kuk.txt": (
  {"headline": "횡성 치매안심센터 안흥분소 상시운영 체제 전환", "published": "2026-01-02T13:25:40+09:00",
   "reporter": None, "outlet": None, "jurisdiction": "51730"},
  [],
  [c("1월부터‘횡성군치매안심센터 안흥분소’운영을 상시 운영으로 전환", None, D5, [DC], "plan"),
   c("기존 주 1일 운영에서 주 5일 상시운영 체제로 전환", None, D5, [DC], "plan"),
   c("운영을 상시 운영으로 확대한다고 2일 밝혔다", None, D5, [DC], "plan"),
   c("보다 안정적인 서비스 제공의 필요성이 제기돼 왔다", None, D5, [DC], "statement"),
   c("안흥분소에는 간호사 1명이 전담인력으로 상시 배치되고", None, D5, [DC], "plan"),
   c("치매 조기발견과 지속적인 사례관리 체계가 강화될 것으로 기대된다", None, D5, [DC], "statement"),
   c("안흥분소 상시 운영으로 주민들이 가까운 곳에서 치매 상담과 검진·지원 서비스를 지속적으로 받을 수 있게 됐다", None, D5, [DC], "achievement", "김영대")],
  ["횡성군, 주1일→주5일 확대운영, 치매관리서비스 강화", "고령화 대응, 상담·조기검진·사례관리 연속성 증진",
   "횡성군치매안심센터 안흥분소. 횡성군 제공"]),
"hx-06-wowtv.txt": (
  {"headline": "안산시, 스마트도시 전환 본격화…3기 신도시·경제자유구역에 적용", "published": "2026-02-03T16:04+09:00",
   "reporter": "정진욱", "outlet": None, "jurisdiction": "41270"},
  [LMG],
  [c("경기 안산시가 스마트도시 전환에 속도를 낸다", None, D6, [SC], "plan"),
   c("3기 신도시와 경제자유구역 개발에 계획을 접목한다는 구상이다", None, D6, [SC], "plan"),
   c("안산시는 최근 최종 보고회를 열고 승인 결과를 공유했다고 3일 밝혔다", None, D6, [SC], "achievement"),
   c("데이터·환경·산업 문제를 스마트 기술로 해결하고, 시민 체감 서비스를 확대하는 것이 골자다", None, D6, [SC], "statement"),
   c("디지털 행정 고도화와 탄소중립 기반의 그린 스마트도시도 목표로 제시했다", None, D6, [SC, CC], "plan"),
   c("헬프데스크, 전문가 자문, 시민 설문, 리빙랩을 운영해 현장 의견을 반영했다", None, D6, [SC], "achievement"),
   c("시는 승인 내용을 고시한 뒤 신규 도시 조성 사업에 적용할 방침이다", None, D6, [SC], "plan"),
   c("초지역세권 개발에 스마트도시를 구현하겠다", LMG, D6, [SC], "plan")],
  ["교통·환경·안전·복지가 조화된 도시를 만들겠다", "안산시, 스마트도시 전환 본격화…3기 신도시·경제자유구역에 적용"]),
"hx-07-ajunews.txt": (
  {"headline": "[신년사] 김동근 경기 의정부시장 \"혁신·변화로, 새롭게 도약하는 원년 만들 것\"", "published": "2022-12-30T14:45+09:00",
   "reporter": None, "outlet": None, "jurisdiction": "41150"},
  [KDG],
  [c("일자리가 부족해 생산력이 낮아서 입니다", KDG, D7, [JO], "statement"),
   c("청년을 붙들지 못해 활력이 떨어져서 입니다", KDG, D7, [YP], "statement"),
   c("시민의 이야기를 진솔하게 들어주는 시장이고자 '현장 시장실'을 열었습니다", KDG, D7, [CP], "achievement"),
   c("대책을 같이 논의하는 '민관합동조사단'도 꾸려 돌파구를 찾고 있습니다", KDG, D7, [CP], "statement"),
   c("전문가와 시민, 공무원이 시의 핵심 정책을 연구하고 논의하고 합의점을 도출하면서", KDG, D7, [CP], "statement")],
  ["우리 시를 시민과 함께 끌어가는 제일의 원칙은 소통과 공감입니다", "공직 사회 내부를 혁신하고자 했습니다",
   "월례 조회라는 틀에 박힌 식을 없애고", "올해는 의정부시가 시 승격 60년을 맞는 뜻깊은 해입니다"]),
"hx-08-ajunews.txt": (
  {"headline": "남양주 시장 \"왕숙 1·2지구, 주택·교통 어우러진 자족 도시로 만들 것\"", "published": "2019-01-02T16:47+09:00",
   "reporter": None, "outlet": None, "jurisdiction": "41360"},
  [JGH],
  [c("왕숙 1·2지구를 주거, 교통, 일자리, 문화가 어우러진 자족 도시로 만들겠다고 강조했다", JGH, D8, [HO, JO], "plan"),
   c("3기 신도시 사업이 완료되는 오는 2028년, 남양주는 완전히 새로운 도시가 될 것", JGH, D8, [HO], "statement"),
   c("국토교통부는 지난달 19일 경기 남양주 왕숙 1·2지구 1134㎡ 부지에 3기 신도시를 건설하겠다고 발표한 바 있다", None, "2018-12-19", [HO], "plan"),
   c("기존 1·2기 신도시는 온전히 서울 중심 사고에서 도시의 주거 기능만 떠안는 형태였다", JGH, D8, [HO], "criticism"),
   c("주택만 있는 서울 위성도시인 남양주는 10년 내 엄청난 변화가 일어날 것", JGH, D8, [HO], "statement"),
   c("처음으로 제대로 된 도시철도 시대가 개막돼 남양주 균형발전과 성장을 견인할 것", JGH, D8, [PT], "statement")],
  ["남양주 시장 \"왕숙 1·2지구, 주택·교통 어우러진 자족 도시로 만들 것\"", "남양주, 10년 내 엄청난 변화 일어날 것\""]),
"hx-09-hankyung.txt": (
  {"headline": "양평군, 인구유치 위해 출산장려금 상향해 지원조례 개정", "published": None,
   "reporter": None, "outlet": None, "jurisdiction": "41830"},
  [JDG],
  [c("경기 양평군이 출생아 등 인구 유치를 위해 출산장려금 지원액 및 지원 대상 확대에 나섰다", None, None, [CB], "achievement"),
   c("이는 지난 10년간 600명을 유지하던 출생아 수가 2018년 542명으로 80여명이 감소한데 따른 것이다", None, None, [CB], "statement"),
   c("출산장려금 개정 조례를 공포했다고 17일 발표했다", None, None, [CB], "achievement"),
   c("부모 중 1인만 군에 6개월이상 거주하면 지원대상이 되는 내용도 포함했다", None, None, [CB], "statement"),
   c("개정 조례에 따라 첫째아는 200만원(100만원씩 2년간)에서", None, None, [CB], "achievement"),
   c("이어 둘째아도 300만원에서 500만원(125만원씩 4년간)으로 200만원 상향", None, None, [CB], "achievement"),
   c("또 넷째아 이상은 기존 700만원에서 2000만원(400만원씩 5년간)으로 1300만원 상향했다", None, None, [CB], "achievement"),
   c("부모 중 1인만 군에 6개월 이상 두고 거주하는 경우에도 출산장려금 지원대상으로 확대했다", None, None, [CB], "achievement"),
   c("도내 31개 시군중 출산장려금을 가장 많이 지급하는 지방자치단체가 됐다", None, None, [CB], "achievement"),
   c("2018년 주민등록 신고건수를 집계한 결과 80명 감소하는 등 인구가 감소하고 있다", None, None, [CB], "statement"),
   c("민선7기 공약사업인 저출생 극복을 위한 출산대책 지원 강화의 하나로 출산장려금 확대 지원을 추진했다", None, None, [CB], "achievement"),
   c("군민이 행복한 양평을 만들기 위해 저출생 극복을 위한 출산대책 지원 강화의 하", JDG, None, [CB], "statement")],
  ["양평군, 인구유치 위해 출산장려금 상향해 지원조례 개정"]),
}

if __name__ == "__main__":
    G.mkdir(exist_ok=True)
    total = 0
    for name, (meta, offs, claims, nots) in FILES.items():
        doc = {"article": name, "metadata": meta, "officials": offs, "claims": claims, "not_claims": nots}
        (G / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
        total += len(claims)
        print(name, len(claims))
    print("total", total)
