"""Writes gold/*.json for set-hg (hand annotations, one dict per article)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def C(quote, speaker, date, policies, kind, name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        c["speaker_name"] = name
    return c

def M(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}

G = {}
UR, CP = "urban-regeneration", "citizen-participation"
d = "2019-04-15"
G["hg-01-joongdo.txt"] = (M("인천시, ‘중심시가지형 도시재생사업’ 추진... 총 1779억 투입", "2019-04-15T09:59+09:00", None, None, "28"),
  ["lee-jae-hyeon"],
  [C("중심시가지형 도시재생사업 추진을 위해 15일 서구 석남동 거북시장 인근에 현장지원센터를 개소하고", None, d, [UR], "achievement"),
   C("국토교통부 공모에 선정되어 가정동 및 석남동 주변 사업구역 내에서 중심시가지형 도시재생뉴딜사업을 추진 중이며", None, d, [UR], "statement"),
   C("센터를 통해 주민의견을 모아 보다 힘 있게 사업을 추진할 계획이며", None, d, [UR], "plan"),
   C("가정·석남동 주변 도시재생사업은 우리 인천이 발전할 수 있는 성장 동력으로 원도심 지역에 큰 희망을 줄 것", None, d, [UR], "statement", "최태안")],
  ["서구 석남동 거북시장 인근에 현장지원센터 개소... 본격 업무 돌입", "개소식에는 인천광역시 최태안 도시재생건설국장", "도시재생사업_위치도"])

d = "2026-02-01"; E = "education"; K = "kim-jeong-heon"
G["hg-02-cnbnews.txt"] = (M(None, "2026-02-01T21:57:52+09:00", "박기현", None, "28110"),
  [K, "do-seong-hun"],
  [C("인천 중구가 영종구 출범 원년을 맞아 인천시교육청에 영종교육지원청 조기 설립과 미단초중학교 원안 착공을 강력하게 건의했다", None, d, [E], "statement"),
   C("인구 유입에 따른 인프라 부족 문제를 해결하고 진정한 지역 교육 자치를 실현하겠다는 의지를 피력했다", K, d, [E], "plan"),
   C("현장 밀착형 교육 행정을 수행할 영종교육지원청의 조속한 설립을 건의했다", K, d, [E], "statement"),
   C("현재 교육 행정 서비스는 원도심에 소재한 남부교육지원청이 담당하고 있어 주민 불편이 가중되는 상황이다", None, d, [E], "statement"),
   C("교육청 측은 오는 3월부터 전담 TF팀을 구성해 절차를 추진할 계획이라고 밝혔다", None, d, [E], "plan"),
   C("교육 시설 확충은 정주 여건 개선의 핵심임을 강조하며 미단초중학교가 원안대로 정상 개교할 수 있도록", K, d, [E], "statement"),
   C("미단시티 지역 학생들의 원거리 통학 불편 해소를 위한 대책 마련도 당부했다", K, d, [E], "statement"),
   C("교육청은 학생들의 안전한 등하교를 위해 오는 3월부터 통학버스를 지원하는 방안을 검토 중이라고 답변했다", None, d, [E], "statement"),
   C("중구 역시 대중교통을 통한 통학 환경이 개선될 수 있도록", None, d, [E, "public-transit"], "plan"),
   C("교육에 대한 투자는 곧 우리 미래 세대를 위한 가장 가치 있는 투자", K, d, [E], "statement"),
   C("영종 지역이 인천을 대표하는 아이 키우기 좋은 교육도시로 거듭날 수 있도록 시 교육청이 앞장서 달라", K, d, [E], "statement")],
  ["김정헌 중구청장은 인천시교육청에서 도성훈 교육감을 만나"])

d = "2020-07-16"; CB = ["childcare-birth"]; L = "lee-jeong-hun"
G["hg-03-siminilbo.txt"] = (M("강동구, 상반기 구립어린이집 6곳 개원", "2020-07-16T16:44:02+09:00", "이대우", "시민일보", "11740"),
  [L],
  [C("‘구립에코포레어린이집’이 최근 문을 열었다", None, "2020-07-09", CB, "achievement"),
   C("연면적 229.3㎡에 정원 30명 규모의 영아전담 어린이집으로 운영된다", None, d, CB, "statement"),
   C("구는 연내 11곳 국공립어린이집 개원을 목표로 하고 있다", None, d, CB, "target"),
   C("지난 9일 문을 연 구립에코포레어린이집까지 총 6곳을 마무리했다", None, d, CB, "achievement"),
   C("하반기에는 고덕강일공공주택4단지 내 어린이집을 비롯해 5곳을 추가 개원할 예정이다", None, d, CB, "plan"),
   C("2010년부터 구는 공보육 강화와 보육서비스 품질 개선을 위해", None, d, CB, "statement"),
   C("국공립어린이집 수는 44곳에서 75곳으로 31곳이 늘었으며", None, d, CB, "achievement"),
   C("부모님들이 자녀를 믿고 맡길 수 있는 국공립어린이집을 지속적으로 확충해 나갈 것이다", L, d, CB, "plan"),
   C("든든한 보육 인프라를 구축해 아이 낳고 키우기 좋은 행복도시 강동을 만들어가겠다", L, d, CB, "plan")],
  ["강동구, 상반기 구립어린이집 6곳 개원", "연내 고덕강일등 5곳 추가"])

d = "2018-01-15"; J = ["jobs"]
G["hg-04-kyeongin.txt"] = (M("[장석현 인천 남동구청장 새해설계]수요자 중심 일자리 인력 은행… 소래포구 어시장 현대화 노력", "2018-01-15", "김명래", None, "28200"),
  ["jang-seok-hyeon"],
  [C("구직을 희망하는 주민에게 다양한 일자리를 소개해주는 것은 남동구의 역점 사업이었다", None, d, J, "statement"),
   C("19개 주민센터 모두에 일자리 상담사를 각각 1명씩 배치해 상주시켰다", None, d, J, "achievement"),
   C("일자리가 필요한 주민에게 남동구의 기업을 연계하는 역할이었다", None, d, J, "statement"),
   C("공급자가 아닌 수요자 중심의 사업을 지향했다", None, d, J, "statement"),
   C("남동구 일자리 인력 은행 홈페이지에 접속하면 누구나 쉽게 구직 정보를 등록할 수 있고", None, d, J, "statement"),
   C("업체 발굴이 이어지면서 '미스 매칭'이 줄었다", None, d, J, "achievement"),
   C("지난 해 남동구 일자리 인력 은행을 통해 약 8천800명이 취업했다", None, d, J, "achievement"),
   C("2014년 7월 기준 1천 명에 못 미쳤던 것과 비교하면 괄목할 만한 성장이다", None, d, J, "achievement"),
   C("남동구 세입을 늘리면서 주민 일자리를 늘리는 역할을 하게 될 것", None, d, J, "statement")],
  ["본청 인력 줄이고 주민센터 확대", "상습 침수지역 하수도 정비 계획", "보육환경 안정화·체육시설 확충",
   "남동구 일자리 상담", "산업단지 2곳의 확충 사업이 동시에 가시화되는 것도 눈여겨볼 지점이다"])

d = "2021-01-12"; FV = ["future-vehicles"]
G["hg-05-edaily.txt"] = (M("서울시 서소문청사·송월동차고지 등 전기차 급속충전 무료", "2021-01-12T06:00:00+09:00", "양지윤", "이데일리", "11"),
  [],
  [C("공용 급속충전기 200기를 추가 설치했다고 12일 밝혔다", None, d, FV, "achievement"),
   C("이로써 서울시내 전기차 급속충전기는 총 789기까지 늘었다", None, d, FV, "achievement"),
   C("17개소는 충전요금 부담을 덜어주기 위해 한시적으로 무료로 운영한다", None, d, FV, "statement"),
   C("지난해 5개소에 급촉충전기 25기를 설치했다", None, d, FV, "achievement"),
   C("시는 올해도 자치구 공개모집을 통해 8개소에 급속충전기 24기를 추가로 구축한다", None, d, FV, "target"),
   C("전기차 이용자 53.8%가 주거지 인근에서 주로 충전을 한다고 응답했다", None, d, FV, "statement"),
   C("주거지 외에 충전소 설치를 희망하는 장소로는 ‘주요 공영주차장’이 35%로 가장 많았다", None, d, FV, "statement"),
   C("전기차 구입의 가장 큰 장애요인으로 ‘충전소 부족(41.7%)’과 ‘느린 충전속도(19%)’를 꼽았다", None, d, FV, "statement")],
  ["17개소 충전소, 한시적 무료 운영", "대기 없는 집중충전소, 올해 급속충전기 24기 추가", "서울시 서초구 양재 솔라스테이션 현장"])

d = "2020-02-14"; SM = ["small-merchants"]
G["hg-06-incheonin.txt"] = (M("부평구도 지역화폐 ‘부평e음’ 3월2일부터 발행", "2020-02-14T16:21+09:00", None, "인천in", "28237"),
  ["cha-jun-taek"],
  [C("부평구가 발행하는 지역화폐 ‘부평e음’이 오는 3월2일부터 발행을 시작한다", None, d, SM, "plan"),
   C("인천 자치구 중 4번째로 발행하는 것이다", None, d, SM, "statement"),
   C("지난해 서로e음, 미추홀e음, 연수e음이 발행됐으며", None, d, SM, "statement"),
   C("부평구 전자상품권 ‘부평e음’ 발행을 위한 3자 협약을 체결했다", None, d, SM, "achievement"),
   C("부평구는 지난해 9월 관련 조례를 제정하고", None, d, SM, "achievement"),
   C("지역경제 활성화를 위해 혜택+가맹점을 집중 지원한다는 방침이다", None, d, SM, "plan"),
   C("혜택+가맹점을 운영하는 소상공인들에게는 카드 수수료 0.5%를 지원할 계획이다", None, d, SM, "plan"),
   C("부평e음 발행과 혜택+가맹점 확보를 위해", None, d, SM, "plan"),
   C("한편 인천시는 작년 한 해 인천e음을 통해 가입자 93만명", None, d, SM, "achievement")],
  ["인천 기초단체 중 4번째... 중구, 계양구, 옹진군도 올해 발행 계획", "'지역상생선순환 경제 구축"])

CPL = [CP]; Y = "yu-dong-gyun"
G["hg-07-bbsnews.txt"] = (M(None, None, None, "BBS NEWS", "11440"),
  [Y],
  [C("지난해 말 출범한 각 동 주민자치회의 민주주의 공론장인 주민총회를 엽니다", None, None, CPL, "plan"),
   C("주민자치회 5개 시범동에서 자치계획을 결정하는 주민총회를 개최합니다", None, None, CPL, "plan"),
   C("해당 사업별 찬반과 선호도를 투표해 사업의 시행 여부와 우선순위를 결정하게 됩니다", None, None, CPL, "statement"),
   C("당일 참석이 어려우면 각 동주민센터에서 사전투표도 가능합니다", None, None, CPL, "statement"),
   C("주민총회가 주민의 자치력을 향상시키는 풀뿌리 민주주의의 경험의 장이 될 것", Y, None, CPL, "statement")],
  [])

P = "park-won-soon"
G["hg-08-wowtv.txt"] = (M("박원순 시장 \"서울형 도시재생 핵심은 '주민자치'\"", None, None, None, "11"),
  [P],
  [C("박원순 서울시장이 서울형 도시재생의 핵심은 `주민자치`라고 강조했다", P, None, [UR, CP], "statement"),
   C("각 구청들이 준비를 하고 있는데 주민자치가 중요한 것을 알았으면 좋겠다", P, None, [UR, CP], "statement"),
   C("그래야 공모 점수를 많이 받을 수 있다", P, None, [UR], "statement"),
   C("앞으로 서울형 도시재생은 기본적으로 서울시가 주도하는 게 맞다", P, None, [UR], "statement"),
   C("소프트웨어가, 주민주체가 함께 가는 것이 중요하다고 생각한다", P, None, [UR, CP], "statement"),
   C("도시재생을 잘 표현하는 브랜드명도 시민 의견을 반영해 공모할 계획이다", P, None, [UR], "plan"),
   C("4개 권역별 서울형 도시재생사업 모델을 만든다고 지난달 발표한 바 있다", None, None, [UR], "plan"),
   C("도시재생이 시급한 지역을 대상으로", None, None, [UR], "statement")],
  ["서울형 도시재생 핵심은 `주민자치`", "지금 보시는 뉴스를 읽어드립니다"])

d = "2022-07-27"; YP = "youth-policy"; PJ = "park-jun-hui"
G["hg-09-segye.txt"] = (M("“젊은층과 협치행정… 청년이 꿈 이루는 도시 만들 것” [민선8기 단체장에 듣는다]", "2022-07-27T22:49:15+09:00", None, "세계일보", "11620"),
  [PJ],
  [C("꿈을 이룰 수 있는 ‘청년 특별시’로 만들어나가겠다고 강조했다", PJ, d, [YP], "plan"),
   C("유일하게 청년 업무를 전담하는 ‘청년정책과’를 신설했다", PJ, d, [YP], "achievement"),
   C("전국 최초로 ‘청년문화국’을 신설해 청년과 문화를 아우르는 정책을 펼치겠다", PJ, d, [YP, "culture-tourism"], "plan"),
   C("박 구청장은 이어 올해 준공될 ‘관악 청년청’을 소개했다", PJ, d, [YP], "plan"),
   C("총 사업비 130억원이 투입된 관악 청년청은 지하 1층∼지상 7층 규모로 건립된다", None, d, [YP], "statement"),
   C("관악 청년청이 완공되면 청년청장을 모집할 계획", PJ, d, [YP], "plan"),
   C("고용, 일자리, 복지, 심리상담, 커뮤니티 지원 등 청년 종합정책의 허브 기능을 수행하도록 지원하겠다", PJ, d, [YP, "jobs"], "plan"),
   C("청년과의 소통 공간 확대와 더불어 공론장 운영, 청년동아리 활동 지", PJ, d, [YP], "plan")],
  ["창업지원 ‘관악 청년청’ 연내 준공", "청년청장 뽑아 일자리·복지 협력", "임대주택 확대 주거 안정도 온힘",
   "‘관악 중소벤처진흥원’ 설립 예정", "모두가 행복한 ‘더불어 으뜸 관악구’를 반드시 실현하겠다",
   "서울 관악구는 서울에서 가장 젊은 자치구다"])

os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
total = 0
for name, (meta, officials, claims, not_claims) in G.items():
    gold = {"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": not_claims}
    with open(os.path.join(ROOT, "gold", name + ".json"), "w", encoding="utf-8") as handle:
        json.dump(gold, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    total += len(claims)
    print(name, len(claims))
print("total", total)
