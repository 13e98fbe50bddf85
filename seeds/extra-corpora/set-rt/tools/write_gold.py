"""Write set-rt's gold files (one JSON per article). Run from /work/blind/set-rt."""
import json
from pathlib import Path

GOLD = []


def C(quote, speaker, date, policies, kind, speaker_name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        c["speaker_name"] = speaker_name
    return c


def G(article, headline, published, reporter, outlet, jurisdiction, officials, claims, not_claims):
    GOLD.append({
        "article": article,
        "metadata": {"headline": headline, "published": published, "reporter": reporter,
                     "outlet": outlet, "jurisdiction": jurisdiction},
        "officials": officials, "claims": claims, "not_claims": not_claims,
    })


# ---------------------------------------------------------------- rt-01 (노원구, 2013-11-05)
D1 = "2013-11-05"
EH = ["energy-transition", "housing"]
G("rt-01-ajunews.txt",
  "<인터뷰>김성환 노원구청장 \"인간과 자연 공존하는 도시, 제로에너지 주택 해법 제시할 것\"",
  "2013-11-05T11:46+09:00", "강승훈", "아주경제", "11350",
  ["kim-seong-hwan"],
  [
      C("화석연료를 전혀 사용하지 않는 초에너지절약형 실거주 주택을 2016년까지 하계동에 짓기로 했다", None, D1, EH, "plan"),
      C("그간 제로에너지 주택은 모델하우스에선 적용한 사례가 있지만", None, D1, ["energy-transition"], "statement"),
      C("이 같은 획기적 주거모형(한국형 베드제드)은 김성환(49) 노원구청장의 오랜 고민에 대한 해법이자 결실이다", None, D1, EH, "achievement"),
      C("취임 초부터 이 구상을 시작해 작년 7월 출간한 저서 '나비효과'에서 구체화시켰다", None, D1, EH, "achievement"),
      C("지구촌과 인류의 당면 과제를 기후변화로 꼽고 환경문제 해결이 시급하다고 언급했다", None, D1, ["climate-carbon"], "statement", "김성환"),
      C("총 사업비 442억여원이 투입되는 '제로에너지 하우스'는 하계동 251-9 일대", None, D1, EH, "plan"),
      C("주택은 공동 3개동 106세대, 단독 2개동 2세대", None, D1, EH, "statement"),
      C("신혼부부 등 도시근로자를 입주 대상으로 난방·냉방·급탕·조명·환기에너지 비용은 전혀 없으나", None, D1, EH, "statement"),
      C("이 주택은 모든 세대를 남향으로 배치해 전층이 햇볕을 충분히 받고", None, D1, ["energy-transition"], "statement", "김성환"),
      C("3중 유리와 시스템 창호, 외부 차양, 폐열회수환기장치 설치 등으로 전체 에너지의 절반을 절감하게 된다", None, D1, ["energy-transition"], "statement", "김성환"),
  ],
  ["인간과 자연 공존하는 도시, 제로에너지 주택 해법 제시할 것",
   "'인간과 자연이 공존하는 환경도시'를 표방하고 있는 노원구",
   "제로에너지 하우스의 또 다른 특징은 주거 공급을"])

# ---------------------------------------------------------------- rt-02 (경기도, undated ≈2012)
KM = "김문수"
PT = ["public-transit"]
G("rt-02-kgnews.txt",
  "김문수 지사 기우회 모임에서 일침",
  None, None, None, "41",
  [],
  [
      C("국가 청렴도와 경쟁력 하락, 출산율 저하 등 문제가 심각한데도 대선 후보들은 전부 표만 보고 있다", None, None, ["childcare-birth"], "criticism", KM),
      C("항상 1순위가 교통문제 해결", None, None, PT, "statement", KM),
      C("철원백마고지까지 가는데 2시간이 넘게 걸리니 도로라고 할 수 있나", None, None, PT, "criticism", KM),
      C("경기도는 서울과 달리 지하철이 없어서 버스가 없으면 걸어다닐 길도 없다", None, None, PT, "statement", KM),
      C("서울을 30분 이내로 연결하는 GTX는 교통문제를 해결하는 방안이 될 것", None, None, PT, "statement", KM),
      C("신도시를 살리기 위해서도 교통문제 해결이 시급하다", None, None, ["public-transit", "childcare-birth"], "plan", KM),
      C("요즘 젊은이들을 신도시로 끌어들이기 위해서도 GTX를 건설해 공동화를 막아야 한다", None, None, ["public-transit", "childcare-birth"], "plan", KM),
      C("북부에 도로와 철도를 집중적으로 늘려야 대한민국의 수도가", None, None, PT, "plan", KM),
  ],
  ["김문수 지사 기우회 모임에서 일침",
   "대선 후보들이 경기도를 안중에도 두고있지 않다고 일침을 가했다"])

# ---------------------------------------------------------------- rt-03 (경기도, 2017-07-14, MBN 금요초대석)
D3 = "2017-07-14"
NK = "nam-kyung-pil"
G("rt-03-mbn.txt",
  "[금요초대석]'민선6기 3년' 남경필 경기도지사",
  "2017-07-14T10:31+09:00", "은영미", "MBN", "41",
  [NK],
  [
      C("일자리 도지사 하겠습니다", NK, D3, ["jobs"], "plan"),
      C("연 15만 개 씩 45만 개의 일자리를 경기도에서 만들었습니다", NK, D3, ["jobs"], "achievement"),
      C("이게 전국에서 만든 일자리 90만 개의 딱 절반 정도입니다", NK, D3, ["jobs"], "achievement"),
      C("일자리를 많이 만드는 것, 그것이 가장 보람이 있고요", NK, D3, ["jobs"], "statement"),
  ],
  ["경선에서 제가 통과해서 대통령 본선 무대에 나갔으면 좋았겠지만",
   "본청에서 갚아야 할 빚만 3조 2천억 원 정도 있는데",
   "올해 연말이 되면 부채 제로를 선언할 수 있을 것 같습니다",
   "의회와 함께 협력해서 달성할 수 있도록 끝까지 노력하겠습니다",
   "광역자치단체장을 만나 민선6기 임기 3년을 평가하고 현안을 짚어보는 릴레이 인터뷰"])

# ---------------------------------------------------------------- rt-04 (가평군, 2024-01-09, institutional)
D4 = "2024-01-09"
SM = ["small-merchants"]
G("rt-04-edaily.txt",
  "가평 4개 전통시장 모두 경기도 지원사업 선정 '쾌거'",
  "2024-01-09T13:33+09:00", "정재훈", "이데일리", "41820",
  [],
  [
      C("가평 소재 모든 전통시장이 경기도 지원사업에 모두 선정되는 쾌거를 이뤘다", None, D4, SM, "achievement"),
      C("가평·청평·설악·조종 등 지역 내 4개 시장이 모두 선정됐다고 9일 밝혔다", None, D4, SM, "achievement"),
      C("2개 사업에 국·도비 총 1억7000만 원을 확보하는 성과를 거뒀다", None, D4, SM, "achievement"),
      C("조종면 상권 활성화에 큰 역할을 할 것으로 기대를 모으고 있다", None, D4, SM, "achievement"),
      C("군이 지난해 소상공인지원과의 시장관리팀을 신설하고 전통시장 상인회와 함께 한 결과로", None, D4, SM, "achievement"),
      C("전통 시장을 살리자는데 군과 상인들의 뜻을 모은 결과", None, D4, SM, "achievement"),
      C("정감이 넘치고 활력을 불어넣는 전통시장을 만들어 나가는데 상인들과 소통하며 최선을 다하겠다", None, D4, SM, "plan"),
  ],
  ["가평 4개 전통시장 모두 경기도 지원사업 선정 '쾌거'",
   "가평 잣고을시장.(사진=정재훈기자)"])

# ---------------------------------------------------------------- rt-05 (연천군, 2019-06-30; interview on 24일)
D5 = "2019-06-24"
G("rt-05-gnnew.txt",
  "[영상인터뷰]통일훈풍~ 제2의 도약 준비하는 .. ‘HI LOVE연천’, 김광철 군수.",
  "2019-06-30T09:58+09:00", "이건구", "경기북도일보", "41800",
  ["kim-gwang-cheol"],
  [
      C("연천군이 야심차게 준비했던 임진강생물권보전지역의 유네스코 등재 과정과 함께", None, D5, ["culture-tourism"], "plan"),
      C("동두천-연천 경원선 전철연장사업", None, D5, ["public-transit"], "plan"),
  ],
  ["군민들의 웃음소리가 골목마다 넘쳐날 것",
   "군수를 만나 지난 1년의 군정활동을 되돌아보고 앞으로 3년간의 계획을 들어보는 영상 인터뷰 시간을 가졌다",
   "김 군수만의 행정 내공을 유감없이 보였다",
   "지난 1년은 정신없이 달려온 시간이었다"])

# ---------------------------------------------------------------- rt-06 (성동구, 2025-08-31)
D6 = "2025-08-31"
W = ["welfare"]
JW = "jeong-won-o"
G("rt-06-seoul.txt",
  "10월 1일부터 통합돌봄·어르신복지 등 묶어 출범",
  "2025-08-31", "김동현", "서울신문", "11200",
  [JW],
  [
      C("서울 성동구가 서울 자치구 최초로 ‘통합돌봄국’을 만든다", None, D6, W, "plan"),
      C("통합돌봄 정책 전담 조직인 통합돌봄국을 10월 1일부터 신설한다고 31일 밝혔다", None, D6, W, "plan"),
      C("‘지금 사는 곳에서 누리는 통합돌봄’을 지역 차원에서 더욱 구체적으로 실현하기 위한 조직이다", None, D6, W, "statement"),
      C("2026년 3월 시행 예정인 ‘의료·요양 등 지역 돌봄의 통합지원에 관한 법률’에 선제적으로 대비하기 위한 조치다", None, D6, W, "statement"),
      C("복지 관련 기존 국 조직에 돌봄 업무를 추가하는 것이 아니라 통합돌봄 정책만을 전담하게 될 것", None, D6, W, "plan"),
      C("각 부서에 흩어져 있던 돌봄 기능을 하나로 통합한 것이 특징", None, D6, W, "statement"),
      C("지난해 12월 보건복지부 ‘의료·돌봄 통합지원’ 시범지역으로 선정된 것에 이어", None, D6, ["welfare", "public-health"], "achievement"),
      C("성동구민이 지금 사는 곳에서 안심하고 돌봄을 누릴 수 있도록, 지역 특성에 맞는 선도적인 모델을 만들어 가겠다", JW, D6, W, "plan"),
  ],
  ["정원오 구청장 “지금 사는 곳에서 돌봄 누리도록”",
   "서울 성동구청장이 성동구 송정도 스마트헬스케어센터를 둘러보고 있다",
   "Copyright ⓒ 서울신문 All rights reserved"])

# ---------------------------------------------------------------- rt-07 (화성시, undated MBN script ≈2019)
SC = "seo-cheol-mo-41590"
G("rt-07-mbn.txt",
  None, None, "윤길환", "MBN", "41590",
  [SC],
  [
      C("인구 50만 명 이상 대도시에서는 처음으로 버스 무상교통 정책을 시작했습니다", None, None, PT, "achievement"),
      C("내년엔 청년과 고령층까지 무상교통 범위를 확대합니다", None, None, PT, "plan"),
      C("이 카드만 있으면 버스비가 무료입니다", None, None, PT, "statement"),
      C("학생들은 만만찮은 교통비 부담을 덜게 됐습니다", None, None, PT, "achievement"),
      C("무료로 버스를 이용할 수 있게 되면서 공부에 필요한 책이나", None, None, PT, "statement", "한유리"),
      C("화성시가 이번 달부터 버스 무상교통 정책을 시작했습니다", None, None, PT, "achievement"),
      C("화성 거주 만 18세 이하 청소년이면 누구든지 시내버스나 마을버스를", None, None, PT, "statement"),
      C("최종적으론 화성시민 모두가 무상교통을 이용할 수 있게 됩니다", None, None, PT, "plan"),
      C("무상교통으로 인한 재정부담보다 시민의 이동권 보장과 에너지, 환경비용 절감 효과가 더 크다고 강조합니다", None, None, PT, "statement"),
      C("대중교통 시스템을 체계화하고 무상화해 이동을 보장한다면", SC, None, PT, "statement"),
      C("화성시는 무상교통과 함께 버스 공영제도 시작해 사각지대 없는 교통 서비스를 제공할 계획입니다", None, None, PT, "plan"),
  ],
  ["교복을 입은 학생들이 버스에 올라탑니다",
   "윤길환 기자가 보도합니다",
   "#MBN #화성시 #무상교통 #버스공영제"])

# ---------------------------------------------------------------- rt-08 (서대문구, 2022-04-07, institutional)
D8 = "2022-04-07"
CB = ["childcare-birth"]
G("rt-08-seouland.txt",
  "서대문, 공공산후조리원 건립 연내 목표로 추진",
  "2022-04-07T14:34+09:00", None, "서울&", "11410",
  ["mun-seok-jin"],
  [
      C("서대문구(구청장 문석진)가 북가좌2동에 공공산후조리원을 건립한다", None, D8, CB, "plan"),
      C("지하1층, 지상 4층 연면적 1351㎡ 규모에 모자동실 12곳과 모자녀건강센터", None, D8, CB, "statement"),
      C("예산은 용지 매입과 공사비 등에 97억여원이 들 예정이다", None, D8, CB, "statement"),
      C("공사는 10월까지로 계획돼 있어 연말이면 첫 산모를 맞이할 전망이다", None, D8, CB, "plan"),
      C("이용 기간은 14일로 연간 최대 312명의 산모가 입소할 수 있다", None, D8, CB, "statement"),
      C("기본 이용료(14일)는 민간 시설에 견줘 저렴한 250만원이다", None, D8, CB, "statement"),
      C("한부모가족 등의 산모는 우선 입소할 수 있고 기본 이용료의 50%를 감면받는다", None, D8, ["childcare-birth", "welfare"], "statement"),
      C("신생아 출생일 기준 1년 이상 서대문구에 주민등록을 두고 거주한 산모도", None, D8, CB, "statement"),
  ],
  ["서대문, 공공산후조리원 건립 연내 목표로 추진",
   "본 콘텐츠는 <서울&>의 의견과 다를 수 있으며"])

# ---------------------------------------------------------------- rt-09 (서울시, 2017-10-20)
D9 = "2017-10-20"
PW = "park-won-soon"
ET = ["energy-transition"]
G("rt-09-newsis.txt",
  "박원순 \"신고리 공론화위 논의 지속해야…원전 이해 더 필요\"",
  "2017-10-20T11:14+09:00", "임재희", "뉴시스", "11",
  [PW],
  [
      C("원자력발전 관련 결정을 모두 종결하는 것이 아니라 이 논의를 지속해갔으면 좋겠다", PW, D9, ["energy-transition", "citizen-participation"], "statement"),
      C("아직 우리는 원전에 대한 이해나 사회적으로 충분한 논의가 덜 됐다", PW, D9, ET, "criticism"),
      C("시민참여단의 최종 4차 공론조사 결과, 원전 건설 재개에 찬성한 비율이 59.5%로", None, D9, ["energy-transition", "citizen-participation"], "statement"),
      C("이에 따라 공론화위원회는 정부에 공사가 일시 중단된 신고리 5·6호기 건설을 재개하도록 권고했다", None, D9, ["energy-transition", "citizen-participation"], "statement"),
      C("전통적인 에너지에 대한 의존도나 그 에너지가 끊어지는 것에 대한 두려움이 있기 때문", PW, D9, ET, "statement"),
      C("당장 올해 안에 (원전을) 없애자는 게 아니라 차츰차츰 순차적으로", PW, D9, ET, "plan"),
  ],
  ["'서울선언문'을 발표하고 있다. 2017.10.19.suncho21@newsis.com",
   "신고리 공론화위 논의 지속해야…원전 이해 더 필요"])


def main():
    out = Path(__file__).resolve().parent.parent / "gold"
    out.mkdir(exist_ok=True)
    for g in GOLD:
        (out / (g["article"] + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(g["article"], len(g["claims"]))


if __name__ == "__main__":
    main()
