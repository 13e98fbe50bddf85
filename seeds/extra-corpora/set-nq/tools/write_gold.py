"""Writes gold/*.json for set-nq (hand annotation; see GOLD_NOTES.md)."""
import json, os
G = '/work/blind/set-nq/gold/'
os.makedirs(G, exist_ok=True)
def c(q, sp, d, pol, k, name=None):
    x = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: x["speaker_name"] = name
    return x
def w(art, meta, offs, claims, nots):
    h, p, r, o, j = meta
    json.dump({"article": art, "metadata": {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j},
               "officials": offs, "claims": claims, "not_claims": nots},
              open(G + art + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)

# nq-01 창원 (안상수 특강 + 도시활력증진 선정)
A = "ahn-sang-su"; E = "2016-10-21"; P = "2016-10-24"; UR = ["urban-regeneration"]
w("nq-01-kukinews.txt", ("[창원소식] 안상수 창원시장, 창원산단 경영자협 워크숍 특강", "2016-10-24T02:36:28+09:00", "강종효", "쿠키뉴스", "48120"),
  [A], [
  c("창의적 기업가 정신을 바탕으로 투자와 고용을 확대해야 한다", A, E, ["jobs"], "plan"),
  c("▲관광산업 활성화 ▲문화예술특별도시 조성", A, E, ["culture-tourism"], "plan"),
  c("‘2017년도 도시활력증진지역 개발사업’에 선정돼 국비 30억 원을 확보했다고 24일 발표했다", None, P, UR, "achievement"),
  c("국토교통부가 지역의 경쟁력 강화와 주민 삶의 질 향상을 통해", None, P, UR, "statement"),
  c("총 18개 사업을 2017년부터 2020년까지 추진한다", None, P, UR, "plan"),
 ], ["경제살리기 의지가 결집돼야 한다", "창원국가산단 경영자협의회 주최 ‘워크숍’에 참석해",
     "창원시, 도시재생활력사업에 선정…국비 30억원 확보", "진해구 구도심 인구가 정체 또는 감소해 지역경기가 점"])

# nq-02 창원 도시재생 (institutional)
P = "2017-03-12"; CT = ["culture-tourism"]
w("nq-02-lafent.txt", ("창원시, 도시재생사업으로 창원관광 활성화 도모", "2017-03-12", "신혜정", "라펜트", "48120"),
  [], [
  c("임항선 그린웨이 프로젝트 사업 등이 올해 완료된다", None, P, UR, "plan"),
  c("문화예술의 옷을 입히는 투-트랙의 도시재생사업을 추진해 오고 있다", None, P, UR + CT, "statement"),
  c("유동인구(132.6%)와 청년창업(39.5%)이 증가하고 있다고 발표한 바 있다고 밝혔다", None, P, UR + ["startup-support"], "achievement"),
  c("문화·예술 중심의 도시재생사업 추진에 박차를 가한다", None, P, UR + CT, "plan"),
  c("도시 관광 활성화를 위한 산해진미 보행네트워크 사업", None, P, UR + CT, "plan"),
  c("총 18개 사업이 추진된다", None, P, UR, "plan"),
  c("‘행복의창 만들기 사업’은 국비와 지방비를 활용해 총 64억 원의 예산으로", None, P, UR, "statement"),
 ], ["사람과 문화 하나로 모아 매력적인 도시공간 창출", "‘행복의창 만들기’사업 현황도 ⓒ창원시"])

# nq-03 부산 신재생에너지 보급사업 (유재수 경제부시장, not in registry)
P = "2019-09-24"; ET = ["energy-transition"]; YJ = "유재수"
w("nq-03-localsegye.txt", ("부산시, 신재생에너지 보급사업 국비 38억원 확보!", "2019-09-24T12:36:50+09:00", "박남욱", "로컬세계", "26"),
  [], [
  c("부산지역 4곳이 선정돼 국비 38억원을 확보했다고 24일 밝혔다", None, P, ET, "achievement"),
  c("신재생 에너지 시설을 고도화하는 사업을 추진한다", None, P, ET, "plan"),
  c("태양광 147곳 811kW와 태양열 4곳 24㎡를 설치한다", None, P, ET, "target"),
  c("태양광 75곳 1109kW,, 지열 1곳 460kW를 설치한다", None, P, ET, "target"),
  c("태양광 59곳189kW와 태양열 5곳 30㎡를 설치한다", None, P, ET, "target"),
  c("태양광 170곳 825kW와 연료전지 1곳 10kW를 설치한다", None, P, ET, "target"),
  c("총 사업비 78억원(국비38, 시비26 자부담14)을 투자해 해당 사업을 진행한다는 방침이다", None, P, ET, "plan"),
  c("신재생에너지 관련 산업 활성화, 일자리 창출에도 크게 기여할 것이다", None, P, ET + ["jobs"], "statement", YJ),
  c("앞으로 신재생에너지 융복합사업을 더욱 확대하여", None, P, ET, "plan", YJ),
 ], ["강서·기장·금정 등 신재생 에너지 고도화사업 추진", "가덕도 융복합지원사업 대상지.(부산시 제공)"])

# nq-04 부산 클린에너지 도시전략 (서병수)
S = "suh-byung-soo"; P = "2017-01-04"
w("nq-04-bseconomy.txt", ("에너지 신사업 경제와 환경을 부산시 클린에너지 도시전략", "2017-01-04T12:01:15+09:00", "김성봉", None, "26"),
  [S], [
  c("에너지 정책을 새롭게 시작하기 위해 신재생에너지 현장을 방문해", None, P, ET, "plan"),
  c("새해 첫 방문지는 △햇빛드림 태양광발전소", None, P, ET, "statement"),
  c("신재생에너지 보급·확산을 통해 클린에너지 도시를 만들어갈 예정이다", None, P, ET, "plan"),
  c("프로슈머 도시를 조성할 계획이다", None, P, ET, "plan"),
  c("신재생에너지 보급 확대와 관련 산업 육성에 역량을 집중하겠다", S, P, ET, "plan"),
 ], ["김성봉 기자의 다른 기사 보기"])

# nq-05 울주군 산불방지대책본부 (institutional; 연합뉴스 text on the nfsa board)
P = "2025-11-02"; DS = ["disaster-safety"]
w("nq-05-yonhap.txt", ("\"더는 대형 산불은 없다\"…울주군 산불방지대책본부 가동", "2025-11-02", "장영은", "연합뉴스", "31710"),
  [], [
  c("산불 예방과 대응을 위해 산불방지대책본부를 본격적으로 운영한다고 2일 밝혔다", None, P, DS, "plan"),
  c("2026년 5월 15일까지를 '산불조심 기간'으로 지정했다", None, P, DS, "achievement"),
  c("산림휴양과에서 7개 조 20여 명을 편성해 전담하도록 한다", None, P, DS, "plan"),
  c("12개 읍면에 각 1곳 산불 상황실을 두기로 했다", None, P, DS, "plan"),
  c("토·일요일과 공휴일에는 오전 10시~오후 8시 운영된다", None, P, DS, "statement"),
  c("산불감시원 108명과 산불전문예방진화대 40여 명을 배치하기로 했다", None, P, DS, "plan"),
  c("산불진화 헬기 5대(임차헬기 1대, 울산소방 1대, 산림헬기 3대)를 마련한다는 방침이다", None, P, DS, "plan"),
  c("설치해 경각심을 일깨우기로 했다", None, P, DS, "plan"),
  c("모든 주민이 산불 예방에 앞장서주길 바란다", None, P, DS, "statement"),
  c("울주군은 자연 복원(267.2㏊)", None, P, DS, "statement"),
 ], ["내년 5월까지 읍면별로도 상황실 운영…감시·진화인력 운영",
     "총 443.49㏊에 달하는 피해가 발생했다"])

# nq-06 의성 이웃사촌 청년 시범마을 (undated)
K = "kim-ju-su"; YP = ["youth-policy"]
w("nq-06-imaeil.txt", ("의성 '청년 인구 유입 사례' 발표…시행 4년째 107명 정착", None, None, "매일신문", "47730"),
  [K], [
  c("'청년 인구 유입 성공 사례'에 대해 발표했다", None, None, YP, "achievement"),
  c("의성군의 청년 인구 유입 성공 사례가 소개됐다", None, None, YP, "statement"),
  c("사업을 통한 청년 인구 유입 성공 사례를 20여 분간 발표해", None, None, YP, "achievement", "백정만"),
  c("인구 감소 위기 극복을 위한 역점사업을 추진하고 있다", None, None, YP + ["jobs", "agriculture"], "statement"),
  c("107명의 청년이 지역에 정착했다", K, None, YP, "achievement"),
  c("청년 유입을 위한 지역 맞춤형 사업 발굴에 최선을 다하겠다", K, None, YP, "plan"),
 ], ["'이웃사촌 청년 시범마을' 사업 통해 청년 107명 의성에 정착", "의성군청 전경. 매일신문 DB",
     "'청년 농업인 스마트팜 딸기창업교육'에 참여한 도시 청년들이 파이팅을 외치고 있다",
     "글로벌 정책 리서치 '호주에서 배우는 지방 소도시 활성화 전략' 성공 사례 발표"])

# nq-07 울산 중구 (박성민 YTN interview)
B = "park-seong-min"; P = "2018-01-16"
w("nq-07-ytn.txt", ("[프라임인터뷰] “울산 종갓집을 글로벌 문화 도시로” 박성민 울산중구청장", "2018-01-16T18:03+09:00", None, None, "31110"),
  [B], [
  c("울산 중구는 '문화·관광'을 키워드로, 전통 알리기에 주력하고 있습니다", None, P, CT, "statement"),
  c("유동인구도 많아지고 과거와는 달리 활성화된 느낌을 받습니다", None, P, UR, "achievement"),
  c("자신이 생겨서 ‘문화·관광도시’로 가게 됐습니다", B, P, CT, "statement"),
  c("우리 중구에 많은 사람들이 추억을 갖고 찾아오게 됐습니다", B, P, CT, "achievement"),
  c("이번엔 중구가 ‘2019 올해의 관광도시’로 선정됐죠", None, P, CT, "achievement"),
  c("관광객 600만 명 유치를 목표로 하고 있는데", None, P, CT, "target"),
 ], ["우리 중구의 역사와 문화가 중요하다고 봤습니다", "그래서 우리도 재밌는 도시를 만들기 위해 노력하고 있습니다",
     "요즘은 재밌고 편한 도시에 많은 이들이 모이게 됩니다", "“울산 종갓집을 글로벌 문화 도시로”"])

# nq-08 안동 바이오·백신산업 (institutional)
P = "2019-12-09"; MI = ["medical-industry"]
w("nq-08-kbin.txt", ("안동시, 글로벌 바이오·백신산업의 중심 도시 구축 추진", "2019-12-09T16:34+09:00", "김용준", None, "47170"),
  [], [
  c("글로벌 바이오·백신산업의 중심도시 구축 및 중소기업 지원을 다각도로 추진하고 있다", None, P, MI + ["jobs"], "statement"),
  c("현재도 기틀을 다져나가고 있다", None, P, MI, "statement"),
  c("글로벌 백신 클러스터 목표아래 2012SK바이오사이언스 유치", None, P, MI + ["investment-attraction", "research-development"], "achievement"),
  c("안동 바이오·백신 시티 활성화가 본격적으로 진행된다", None, P, MI, "plan"),
  c("경북 안동 백신 클러스터를 지속적으로 홍보해 왔다", None, P, MI, "statement"),
 ], ["지역경제 활성화와 일자리 창출, 중소기업 활동이 활발한 도시 추진", "동물세포실증지원쎈터 조감도"])

# nq-09 대구 동구 도시재생 평가 (undated)
Y = "yun-seok-jun"
w("nq-09-kyongbuk.txt", (None, None, "전재용", "경북일보", "27140"),
  [Y], [
  c("8개 구·군 가운데 가장 높은 점수를 획득, 최우수 기관으로 선정됐다", None, None, UR, "achievement"),
  c("주민공동체 기반을 구축한 점을 인정받았다", None, None, UR, "achievement"),
  c("올해 각종 사업에서의 성과도 높이 평가됐다", None, None, UR + CT, "achievement"),
  c("최적의 대상지를 계속 발굴해나갈 예정이라고 밝혔다", None, None, UR, "plan"),
  c("동구만의 특색 있는 도시재생사업으로 좋은 평가를 받아 뜻깊게 생각한다", Y, None, UR, "achievement"),
  c("진행 중인 사업의 원활한 추진과 지속적인 사업발굴에 최선을 다하겠다", Y, None, UR, "plan"),
 ], ["지속적인 도심재생사업 추진을 다짐하고 있다", "△도시재생사업 체계적 관리 △구·군 자체도시재생사업",
     "경찰서, 군부대, 교통, 환경, 노동 및 시민단체를 담당하고 있습니다"])
print("ok")
