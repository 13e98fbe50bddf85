"""Write set-kj gold files (hand annotation; see GOLD_NOTES.md)."""
import json, os
OUT = os.path.join(os.path.dirname(__file__), '..', 'gold')
def C(q, sp, d, pol, k, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: c["speaker_name"] = name
    return c
def M(h, p, r, o, j): return {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j}
G = {}
d = "2022-09-05"
G['kj-01-gg.txt'] = (M("경기도, 탄소중립 위해 시·군-도의회와 ‘맞손’…‘에코 페어 코리아’ 개최", "2022-09-05T15:30+09:00", None, "경기도", "41"),
  ["kim-dong-yeon", "lee-jae-jun"],
  [C("2050년까지 온실가스를 배출하지 않는 탄소중립 경기도를 실현하기 위해 공동 노력하겠다고 선언했다", None, d, ["climate-carbon"], "plan"),
   C("‘탄소중립 추진체계 구축과 공동협력을 위한 선언문’을 선포하고 서명식을 진행했다", None, d, ["climate-carbon"], "achievement"),
   C("8월 집중호우로 피해 복구를 하고 있는데 이와 같은 것들이 기후변화와 관련된 문제라고 생각한다", "kim-dong-yeon", d, ["climate-carbon", "disaster-safety"], "statement"),
   C("2030년까지 온실가스 30% 감축, 2050년 온실가스 배출 걱정 없는 탄소중립을 차질없이 이끌어 나가겠다", "kim-dong-yeon", d, ["climate-carbon"], "target"),
   C("신재생에너지 등 여러 기술 발달이 새로운 성장동력이 되고 그 혜택이 경기도민에게 골고루 가도록 노력하겠다", "kim-dong-yeon", d, ["energy-transition"], "plan")],
  ["김동연 지사, 탄소중립시대 미래 교통수단인 수소버스 타고 행사장 도착",
   "도, 시·군, 경기도 의회와 탄소중립 공동 협력 선언, 도민추진단도 발족하여 민관 협치 강화",
   "김 지사 “기후변화특별위원회 만들어 탄소중립 차질 없이 이끌어 나갈 것”",
   "경기도, 탄소중립 위해 시·군-도의회와 ‘맞손’…‘에코 페어 코리아’ 개최"])
d = "2021-03-22"
G['kj-02-fnnews.txt'] = (M("강원도, 귀농귀촌 적응 위한 '행복농촌 살아보기' 사업 추진", "2021-03-22T12:02+09:00", None, "뉴시스", "42"),
  [],
  [C("7개 시군에서 약 40가구를 모집해 운영할 계획이며", None, d, ["agriculture"], "target"),
   C("월 15일 간 프로그램을 성실히 참여하면 30만원의 연수비를 지급한다", None, d, ["agriculture"], "statement"),
   C("이번 사업이 농촌생활을 이해하고 시행착오를 줄여 농촌에 안정적으로 정착하는데 큰 도움을 줄 것으로 기대한다", None, d, ["agriculture"], "statement", "이영일")],
  ["강원도, 귀농귀촌 적응 위한 '행복농촌 살아보기' 사업 추진"])
d = "2018-06-14"
G['kj-03-kmib.txt'] = (M("3선 성공 최문순 강원지사 “남북평화경제의 중심지… 강원시대 열겠다”", "2018-06-14T21:17+09:00", None, None, "42"),
  ["choi-moon-soon"],
  [C("저출산 문제를 해결키 위해 아동수당은 72개월 동안 월 50만원씩", "choi-moon-soon", d, ["childcare-birth"], "plan"),
   C("노인일자리 연 4만개를 창출한다", "choi-moon-soon", d, ["welfare", "jobs"], "target"),
   C("청년 일자리 수당은 현재 월 30만원에서 60만원으로 인상해 최대 3개월간 지원한다", "choi-moon-soon", d, ["youth-policy", "jobs"], "plan"),
   C("동해북부선 착공과 금강산 관광 재개를 위해서도 노력하기로 했다", "choi-moon-soon", d, ["public-transit", "culture-tourism"], "plan")],
  ["소외와 변방의 대명사였던 강원도를 남북평화경제의 중심지로 만들겠습니다",
   "평창동계올림픽의 성공 개최와 평화 올림픽 실현은 한반도 평화 체제의 기반을 만들어냈고",
   "땅길과 하늘길, 바닷길을 열어 강원시대의 서막을 알렸고",
   "강원도 발전을 위해 내세운 5대 공약을 차질 없이 추진하겠다고 약속했다",
   "3선 성공 최문순 강원지사 “남북평화경제의 중심지… 강원시대 열겠다”"])
d, p = "2025-09-30", "2025-10-01"
G['kj-04-segye.txt'] = (M(None, "2025-10-01", None, None, "41130"),
  ["shin-sang-jin"],
  [C("시의료원의 대학병원 위탁안 신속 승인을 거듭 촉구하는 서한문을 보냈다", "shin-sang-jin", d, ["public-health"], "statement"),
   C("양질의 의료서비스 제공과 공공보건의료사업 확대·강화를 위해 성남시의료원 대학병원 위탁운영 승인을 요청했다", "shin-sang-jin", d, ["public-health"], "statement"),
   C("509병상 규모 공공병원의 역할을 제대로 수행하지 못하는 안타까운 상황에 직면해 있다", "shin-sang-jin", d, ["public-health"], "criticism"),
   C("단순한 재정지원이 아닌 위탁운영 승인이라는 정책적 지원이 필요하다", "shin-sang-jin", d, ["public-health"], "plan"),
   C("시의료원에 4785억원의 시 예산이 투입됐다는 사실을 강조했다", "shin-sang-jin", d, ["public-health"], "statement"),
   C("근본적 체질이 개선되지 않아 자생의 길은 요원하다", "shin-sang-jin", d, ["public-health"], "criticism"),
   C("복지부는 승인 기준·절차가 마련되지 않았다는 이유로 1년9개월간 결정을 미뤄왔다", None, p, ["public-health"], "statement"),
   C("복지부는 성남시의료원을 서울의료원과 함께 ‘다층 진료기능 허브’로 육성한다는 방침이지", None, p, ["public-health"], "plan")],
  ["표류하는 성남시의료원의 대학병원 위탁운영안은 해법을 찾을 수 있을까",
   "2023년 11월 성남시의료원 대학병원 위탁안을 발표하는 신상진 성남시장. 성남시 제공",
   "1년9개월간 미뤄진 결정…509병상 공공병원",
   "신상진 성남시장이 정은경 보건복지부 장관에게 보낸 서한문. 성남시 제공",
   "시가 이날 공개한 서한문에는 정 장관과의 면담을 요청하는 내용이 담겼다"])
d = "2022-01-20"
G['kj-05-news1.txt'] = (M("역대 최저 3만5000명..정선군 \"분야별 인구대책 찾겠다\"", "2022-01-20T16:55+09:00", "신관호", "뉴스1", "42770"),
  [],
  [C("기자 = 지난해 역대 최저 인구를 기록한 강원 정선군이 일자리 창출과 청년인구 유입 등", None, d, ["jobs", "youth-policy"], "plan"),
   C("일자리창출과 청년인구 유입, 생활인구 확대 등 다양한 인구활력사업을 발굴 추진해 나갈 계획이다", None, d, ["jobs", "youth-policy"], "plan")],
  ["지난해 정선군 주민등록인구는 3만5675명을 기록했다",
   "행안부 발표 1992~2021년 정선 인구 작년 최저",
   "군, 지역 실정에 맞는 맞춤형 인구활력 계획 수립",
   "역대 최저 3만5000명..정선군 \"분야별 인구대책 찾겠다\""])
d = "2020-05-14"
G['kj-06-shinailbo.txt'] = (M("철원·고성·파주 DMZ평화관광 재개 협력", "2020-05-14T14:11+09:00", "최문한", "신아일보", "42780"),
  ["lee-hyeon-jong", "ham-myeong-jun", "choi-jong-hwan"],
  [C("접경지역 3개 지자체가 함께 DMZ평화관광 재개를 위해 협력에 나선다", None, d, ["culture-tourism"], "plan"),
   C("DMZ 평화관광 중단에 따른 피해현황을 공유하고 대책을 마련하는 회의를 진행한다", None, d, ["culture-tourism"], "plan"),
   C("평화관광 재개를 정부 관계 당국에 건의할 예정이다", None, d, ["culture-tourism"], "plan"),
   C("아프리카돼지열병 등으로 DMZ 평화관광 중단이 장기화됨에 따라 지역 경기 침체가 지속되고 있다", None, d, ["culture-tourism"], "statement", "김연수"),
   C("힘을 모아 관광 재개의 방안을 강구하고 함께 대응해 나갈 것", None, d, ["culture-tourism"], "plan", "김연수")],
  ["20일 3개 지자체장 대책회의···공동 건의문 채택", "철원·고성·파주 DMZ평화관광 재개 협력"])
G['kj-07-kyeongin.txt'] = (M(None, None, "이종태", "경인일보", "41480"),
  ["choi-jong-hwan"],
  [C("대중교통 서비스 확대를 위해 지하철 3호선 및 SRT 파주 연장, 조리·금촌선 신설을 추진하고 있다", "choi-jong-hwan", None, ["public-transit"], "statement"),
   C("GTX 운정정거장도 철도, 버스 등 교통수단 간 효율적인 연계와 함께", "choi-jong-hwan", None, ["public-transit"], "statement"),
   C("경기교통공사 유치를 반드시 성공시키도록 최선을 다하고 있다", "choi-jong-hwan", None, ["public-transit"], "plan"),
   C("천원택시, 마을버스 준공영제 시행 등 성과와 경험을 바탕으로 교통복지를 실현해 가고 있다", "choi-jong-hwan", None, ["public-transit"], "achievement")],
  ["사본 -최종환시장04"])
G['kj-08-kado.txt'] = (M(None, None, None, "강원도민일보", "42780"),
  ["lee-hyeon-jong"],
  [C("평화산업단지 조성사업을 비롯해 경원선·금강산선복원,태봉국 도성 남북공동조사·복원 등 모든 사업은", "lee-hyeon-jong", None, ["public-transit", "culture-tourism"], "statement")],
  ["군정 역점목표로 통일중심 철원,찾아오는 철원,살맛나는 철원,4대걱정거리 해소를 제시했다",
   "남북간 화해와 협력을 필요로 하는 사업이다",
   "접경지역 통일경제특구 설치 계획에도 철원이 고려됐을 것으로 확신한다",
   "통일시대를 준비해야 하는 것은 행정의 몫일 수밖에 없다",
   "접경지역이라는 특수성을 지역발전의 토대로 삼을 수 있도록 최선을 다해 준비할 계획이다"])
G['kj-09-keconomynews.txt'] = (M("전진선 양평군수 “친환경농산물 판로 확대할 것”", None, None, None, "41830"),
  ["jeon-jin-seon"],
  [C("양평 딸기 산업의 발전 방향과 판로 확대 방안을 모색하며", None, None, ["agriculture"], "statement"),
   C("친환경농업 활성화와 판로 확대를 위해 적극 노력하겠다", "jeon-jin-seon", None, ["agriculture"], "plan"),
   C("겨울 축제인 ‘겨울엔 양평’을 개최했다", None, None, ["culture-tourism"], "achievement"),
   C("축제 기간에는 딸기농장에 방문객 발걸음이 끊이지 않는 등", None, None, ["culture-tourism", "agriculture"], "achievement")],
  ["앞으로도 양평군 기관장협의회와 현장에서 소통하며 진정성있는 모임을 갖고",
   "전진선 양평군수 “친환경농산물 판로 확대할 것”"])
if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for name, (meta, offs, claims, nots) in G.items():
        g = {"article": name, "metadata": meta, "officials": offs, "claims": claims, "not_claims": nots}
        with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
        print(name, len(claims))
