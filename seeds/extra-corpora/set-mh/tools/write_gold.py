"""Write set-mh gold files (hand annotation)."""
import json, pathlib
G = pathlib.Path(__file__).resolve().parent.parent / "gold"
def c(q, sp, d, pol, k, name=None):
    x = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: x["speaker_name"] = name
    return x
def md(h, p, r, o, j): return {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j}
F = {}
OY = "oh-young-hun"; ET = "energy-transition"
F["mh-01-chosun.txt"] = (md(None, None, None, None, "50"), [OY], [
  c("앞으로 제주에선 RE100 감귤, RE100 계란이 나올 거에요", OY, None, [ET], "plan"),
  c("세 가지 청정 에너지를 통해 2035년 탄소중립을 달성할 것", OY, None, [ET, "climate-carbon"], "plan"),
  c("’RE100′을 선언한 기업은 모두 제주에 관심을 가질 수밖에 없을 것", OY, None, [ET], "statement"),
  c("제주도의 재생에너지와 그린수소에 대해 민간 기업들의 수요가 늘어날 것", OY, None, [ET], "statement"),
  c("농업도 100% 재생에너지 기반으로 바뀔 것", OY, None, [ET, "agriculture"], "plan"),
  c("제주는 태양광과 풍력 등 재생에너지 발전 비중이 다른 지역에 비해 크다", None, None, [ET], "statement"),
  c("취임해보니 재생에너지 발전비율이 19.1%였다", OY, None, [ET], "statement"),
  c("전국 평균 9.1%의 두 배 이상", OY, None, [ET], "statement"),
  c("2035년까지 재생에너지의 발전 비중을 70% 이상으로 늘릴 것", OY, None, [ET], "target"),
 ], ["/제주특별자치도 제공", "RE100은 기업이 사용하는 전력의 100%를 재생에너지로 충당하겠다는 글로벌 캠페인이다",
     "탄소 배출이 적은 재생에너지 사용을 확대하자는 취지에서 시작됐다",
     "지난해 아모레퍼시픽은 제주 북촌마을의 풍력발전 회사와 계약을 체결했다",
     "유럽에 제품을 수출하기 위해 RE100을 선언했는데", "아모레퍼시픽과 같은 사례가 앞으로 계속 등장할 것"])
CY = "choi-yeong-ho"; D2 = "2015-02-12"; UR = "urban-regeneration"
F["mh-02-siminsori.txt"] = (md('광주 남구 도시재생 학술 컨퍼런스 "후끈"', "2015-02-13T00:23+09:00", "신문식", None, "29155"), [CY], [
  c("도시재생정책의 방향과 광주광역시 남구의 재생전략에 대해서 학술 컨퍼런스를 개최하였다", None, D2, [UR], "statement"),
  c("도시재생으로 주민의 안전과 삶의 질을 높이기 위해 만전을 기해야 한다", CY, D2, [UR, "disaster-safety"], "plan"),
  c("월산 공원주변도 위험지구가 많아 재해위험지구로 공모할 계획이다", CY, D2, ["disaster-safety"], "plan"),
  c("문화재생은 어렵지만 균형을 맞춰야 한다", None, D2, [UR], "plan", "김영"),
  c("남구 주민들의 도시재생의 열정에 정말 놀랍다", None, D2, [UR], "statement", "김영"),
 ], ['광주 남구 도시재생 학술 컨퍼런스 "후끈"', "주민 참여 열정은 곧 열악한 주거롼경과 관련 있어",
     "대화아파트 축대벽붕괴라는 불행한 사고가 발생하여 마음이 무겁다", "뒤처리가 공사가 마무리되어 다행이다",
     "이날 남구 도시재생에 참여한 토론자는", "추운 날씨에도 많은 주민들이 도시재생컴퍼런스에 참여하였다",
     "남구는 문화유산 자원이 많다", "푸른길 공원은 테마거리 클러스터로 했으면 한다"])
KJ = "kim-jong-sik"; D3 = "2020-01-13"; CT = "culture-tourism"
F["mh-03-kjmbc.txt"] = (md("목포, '천만 관광객 시대' 만든다", "2020-01-13T07:35+09:00", "박수인", None, "46110"), [KJ], [
  c("해상케이블카 개통과 슬로시티 지정 등으로 목포를 찾는 관광객들이 늘고 있습니다", None, D3, [CT], "achievement"),
  c("원년으로 만든다는 목표를 세웠습니다", None, D3, [CT], "target"),
  c("목포 원도심이 관광객들로 북적입니다", None, D3, [CT], "achievement"),
  c("지난해 목포근대역사관을 찾은 관광객은 25만명으로 1년 전보다 2배이상 늘었습니다", None, D3, [CT], "achievement"),
  c("맛의 도시 선포와 슬로시티 가입, 해상케이블카 개통 등으로 목포 도심 곳곳에 관광객들이 몰리고 있습니다", None, D3, [CT], "achievement"),
  c("2019년 목포를 방문한 관광객은 7백만명으로 역대 최대입니다", None, D3, [CT], "achievement"),
  c("목포시는 올해 천만 관광객 시대를 목표로 다양한 관광정책을 추진하고 있습니다", None, D3, [CT], "statement"),
  c("크게 3권역으로 나눠 관광인프라 확충이 추진됩니다", None, D3, [CT], "plan"),
  c("관광지로 조성한다는 구상입니다", None, D3, [CT], "plan"),
  c("생태공원과 스카이워크 포토존을 확충하고", None, D3, [CT], "plan"),
  c("해변맛길 30리로 조성해 원도심 역사자원과 연계한 도보여행 코스를 구축할 계획입니다", None, D3, [CT], "plan"),
  c("글로컬 관광상품으로 재탄생시키겠습니다", KJ, D3, [CT], "plan"),
 ], ["목포, '천만 관광객 시대' 만든다", "김양훈 기자가 취재했습니다", "두번째 왔는데.. 달라진 것도 있어요",
     "공기도 좋고 너무 좋습니다", "이달말 문화체육관광부는"])
OS = "oh-se-hyeon"; D4 = "2025-10-15"; IA = "investment-attraction"
F["mh-04-seoul.txt"] = (md(None, "2025-10-15", None, "서울신문", "44200"), [OS], [
  c("대한민국 대표 ‘기업 친화 도시’로 자리매김하고 있다", None, D4, [IA], "achievement"),
  c("지난 10년간 166개 기업을 유치했다", None, D4, [IA], "achievement"),
  c("23조 1287억원의 투자를 유치했고, 12만 9685명의 신규 고용을 창출했다", None, D4, [IA, "jobs"], "achievement"),
  c("입지 경쟁력은 기업 선택의 핵심으로 작용하고 있다고 분석했다", None, D4, [IA], "statement"),
  c("여의도 면적의 8배가 넘는 산업 기반도 갖추고 있다", None, D4, [IA], "statement"),
  c("스마트공장 보급·확산, 금융 지원", None, D4, ["fourth-industrial-revolution", IA], "statement"),
  c("기업이 머물고 함께 성장하는 도시로 발전하고 있다", OS, D4, [IA], "statement"),
 ], ["“교통·입지·인재·정책 4박자”", "여의도 면적 8배, 17개 산단 조성·계획중", "충남 아산시 전경. 서울신문DB",
     "삼성디스플레이는 탕정에 대규모 유기 발광 다이오드(OLED) 생산단지를 조성해", "삼성전자는 반도체 연구개발 및 협력 생태계를 강화하고 있다",
     "현대자동차 아산공장은 연 30만대 생산 체제를 기반으로 전기차 등 미래차 생산기지로 전환을 추진하고 있다",
     "글로벌 물류 거점으로서 유리한 위치를 확보하고 있기 때문이다"])
D5 = "2024-11-13"
F["mh-05-segye.txt"] = (md("충북도, 수소 산업 육성으로 지역 경제 성장 도모", "2024-11-13T15:34+09:00", "이현진", "세계타임즈", "43"), [], [
  c("충북 수소 산업 육성을 위한 중장기 발전계획 수립 연구용역 중간보고회를 개최했다", None, D5, [ET], "statement"),
  c("수소 산업 육성 중장기 로드맵을 자문위원회, 지역자문단, 시군 담당 공무원들과 함께 발전계획 및 추진 전략을 체계적으로 실행하기 위하여", None, D5, [ET], "statement"),
  c("2030년까지 충북을 대한민국 수소 산업의 중심으로 만들기 위한 세부 추진 전략을 수립하였다", None, D5, [ET], "plan"),
  c("4대 핵심 전략을 바탕으로 30대 세부 추진 과제를 도출하였다", None, D5, [ET], "plan"),
  c("기존 추진 중인 24개 중점사업과 연계하여 수소 산업을 확장", None, D5, [ET], "plan"),
 ], ["충북도, 수소 산업 육성으로 지역 경제 성장 도모", "충북 수소 산업 육성 중장기 계획수립 연구용역 중간보고회 개최",
     "업계 최고 전문가들로 구성되어 연구용역 집필에 참여하였으며"])
D6 = "2025-10-01"; PT = "public-transit"; SM = "small-merchants"; DS = "disaster-safety"
F["mh-06-sejongilbo.txt"] = (md("세종시 명절맞이 '특별교통대책' 추진", "2025-10-01", "배진우", None, "36"), [], [
  c("오는 2일부터 12일까지 11일간 특별교통대책을 추진한다", None, D6, [PT], "plan"),
  c("교통상황실 운영, 교통안전 관리 강화, 실시간 교통정보 제공, 전통시장 이용 등을 지원한다", None, D6, [PT, DS, SM], "plan"),
  c("대중교통 이용불편 상황에 신속 대응할 방침이다", None, D6, [PT], "plan"),
  c("시내버스는 전 노선을 주말·공휴일 수준으로 운행하고", None, D6, [PT], "plan"),
  c("운수종사자 대상 특별 안전교육과 차량 점검을 강화하고", None, D6, [PT, DS], "plan"),
  c("시장 주변 불법주정차 단속을 최대 2시간까지 유예해", None, D6, [SM], "plan"),
  c("실시간 교통정보를 제공해 시민들의 교통편의를 높인다", None, D6, [PT], "plan"),
  c("철저한 교통대책을 추진해 시민 만족도를 높이겠다", None, D6, [PT], "plan", "천흥빈"),
 ], ["세종시 명절맞이 '특별교통대책' 추진", "시내버스 주말 및 공휴일 수준 운영 전통시장 불법주정차 단속 2시간 유예", "클립아트코리아 제공"])
CH = "choi-hun-sik"; AG = "agriculture"; YP = "youth-policy"
F["mh-07-nocutnews.txt"] = (md(None, None, None, None, "52740"), [CH], [
  c("장수군 지역특화 임대형 스마트팜 착공식이 19일 장수읍 두산리 일원에서 열렸다", None, None, [AG], "achievement"),
  c("지역특화 임대형 스마트팜 사업에는 300억원이 투입된다", None, None, [AG], "statement"),
  c("총 8.2ha 규모로 올해 말 준공한다", None, None, [AG], "plan"),
  c("온실 3개 동은 4ha 규모다", None, None, [AG], "statement"),
  c("청년창업 보육센터 수료생에게 우선적으로 입주 기회가 제공된다", None, None, [AG, "startup-support", YP], "plan"),
  c("지역 청년 농업인도 입주할 수 있다", None, None, [AG, YP], "plan"),
  c("지원센터는 청년 농업인 교육, 경영, 데이터 수집 및 분석 등의 서비스를 제공한다", None, None, [AG, YP], "plan"),
  c("농업 경쟁력을 높인다는 계획이다", None, None, [AG, YP], "plan"),
  c("청년층의 농촌 유입 효과도 기대할 수 있다", None, None, [AG, YP], "statement"),
  c("미래 농업을 선도할 수 있도록 지역주민들의 적극적인 관심이 필요하다", CH, None, [AG], "statement"),
 ], ["이종섭 군의회 부의장, 김종훈 전북특별자치도 경제부지사"])
FI = "fourth-industrial-revolution"; RD = "research-development"
F["mh-08-daejonilbo.txt"] = (md(None, None, None, None, "30"), ["gwon-sun-taek"], [
  c("4차 산업혁명을 이끄는 신기술들을 체감하는 곳, 스마트 융·복합 산업의 중심지", None, None, [FI], "plan"),
  c("대전시가 꿈꾸는 `4차 산업혁명 특별시`의 미래다", None, None, [FI], "plan"),
  c("대전이 대한민국을 선도하는 중심지로 도약하기 위한 청사진이 공개됐다", None, None, [FI], "plan"),
  c("실증화 단지 조성 등을 3대 전략으로 삼았다", None, None, [FI], "plan"),
  c("혁신소재 융합생태계와 R&D 플랫폼을 구축해 중소·중견기업 기술혁신 역량 강화할 계획이다", None, None, [RD, FI], "plan"),
  c("향후 충청권 4차 산업혁명 전진기지가 될 전망이다", None, None, [FI], "statement"),
  c("원천소재개발 센터 건립과 융복합 R&D 플라자 구축도 추진된다", None, None, [RD], "plan"),
  c("국방 ICT 첨단산업과 전문서비스 로봇산업기반, IoT기반 첨단센서산업에도 힘을 싣는다", None, None, ["medical-industry", "robot-industry", FI], "plan"),
  c("Big-Data 서비스지원센터 등 건립을 구상 중이다", None, None, [RD, FI], "plan"),
  c("실증화 단지 `스마트 월드`의 구축이다", None, None, [FI], "plan"),
  c("부지 2만4364㎡ 규모의 4차 산업혁명 체", None, None, [FI], "statement"),
 ], ["문재인 대통령이 약속한 9개 대전 지역공약 실행계획을 설명했다"])
D9 = "2018-01-03"; CP = "citizen-participation"
F["mh-09-gjdaily.txt"] = (md("남구, 민·관 협력 도시재생사업 잰걸음", "2018-01-03T18:08+09:00", "박찬용", None, "29155"), [], [
  c("민·관 협력 조직인 '도시재생지원센터'를 설치·운영하기로 했다", None, D9, [UR], "plan"),
  c("구도심을 중심으로 하는 도시재생사업의 컨트롤 타워 역할을 하는 곳이다", None, D9, [UR], "statement"),
  c("전문가와 주민 등이 참여하는 협력적 거버넌스를 구축해", None, D9, [UR, CP], "statement"),
  c("향후 뉴딜사업 및 새뜰마을 사업 등이 추가적으로 진행될 경우 현장지원센터를 구성할 계획이다", None, D9, [UR], "plan"),
  c("남구 관내 도시재생 사업 관련 정책 발굴 및 자문 활동", None, D9, [UR, CP], "statement"),
  c("주민들의 의견을 수렴하고, 도시재생지원센터의 업무를 지원하는 기능을 할 것으로 보인다", None, D9, [UR, CP], "statement"),
  c("도시재생지원센터 운영에 필요한 예산을 절감하기 위해", None, D9, [UR], "plan"),
 ], ["남구, 민·관 협력 도시재생사업 잰걸음", "백운광장에 거점센터 마련·사업장에는 현장지원센터 구축", "▲ 남구청 전경"])
G.mkdir(exist_ok=True)
n = 0
for art, (meta, offs, claims, nots) in F.items():
    (G / f"{art}.json").write_text(json.dumps({"article": art, "metadata": meta, "officials": offs, "claims": claims,
        "not_claims": nots}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n += len(claims); print(art, len(claims))
print("total", n)
