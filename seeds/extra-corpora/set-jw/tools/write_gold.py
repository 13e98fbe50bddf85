"""Write set-jw gold files (hand annotation). C(quote, speaker, date, policies, kind)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__)); G = os.path.join(HERE, '..', 'gold')
def C(q, s, d, p, k): return {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
SM, YP, SU = ["small-merchants"], ["youth-policy"], ["startup-support", "youth-policy"]
F = {}
# 01 연수e음 (whole article reports the 22일 agreement -> event day)
d = "2019-05-22"
F['jw-01-kyeongin.txt'] = dict(
 metadata=dict(headline="연수구, 지역 상생 '연수e음' 내달말 나온다", published="2019-05-23", reporter="박경호", outlet=None, jurisdiction="28185"),
 officials=["go-nam-seok"],
 claims=[C("인천 연수구가 다음 달 중 전자식 지역화폐 '연수e음'을 공식적으로 발행하기로 했다", None, d, SM, "plan"),
  C("연수e음 발행을 위한 3자 협약을 체결했다", None, d, SM, "achievement"),
  C("구는 플랫폼을 활용한 자체적인 운영방식을 도입해 연수e음을 출시할 계획이다", None, d, SM, "plan"),
  C("지역 내에서 쓸 경우 추가로 캐시백을 더하는 방식으로 운영하게 된다", None, d, SM, "plan"),
  C("연수구는 구체적인 추가 캐시백 비율을 조만간 확정할 방침이다", None, d, SM, "plan"),
  C("연수구는 지난해 12월 지역화폐 관련 조례를 제정하고", None, d, SM, "achievement"),
  C("다음 달 말께 연수e음을 공식 출시할 계획이다", None, d, SM, "plan")],
 not_claims=["인천e음 플랫폼 연계 캐시백혜택 추가… 市·대행사와 출시협약", "區·관내기업 활성화사업 공동발굴… 미추홀구도 7월 시행 추진",
  "이날 협약식에는 고남석 연수구청장, 박준하 인천시 행정부시장, 조정일 코나아이 대표이사가 참석했다", "사진은 왼쪽부터 박준하 인천시 행정부시장"])
# 02 강남 치매안심센터 출장소 (institutional; no event day)
d = "2025-03-27"; DC = ["dementia-care"]
F['jw-02-seouland.txt'] = dict(
 metadata=dict(headline="강남구, 치매안심센터 출장소 열어 어르신 인지건강 돌본다", published="2025-03-27T17:25+09:00", reporter=None, outlet=None, jurisdiction="11680"),
 officials=["jo-seong-myeong"],
 claims=[C("3월부터 역삼1동 주민센터 2층 역삼 어르신 건강관리센터에 ‘역삼 치매안심센터 출장소’를 운영하고 있다", None, d, DC, "statement"),
  C("매달 약 200명의 어르신에게 기초 건강 검사와 상담 서비스를 제공해왔으며 지난해 기준 총 1148건의 서비스를 기록했다", None, d, ["public-health"], "achievement"),
  C("수요 증가를 반영해 이번 출장소를 마련했다", None, d, DC, "achievement"),
  C("치매 예방과 관리 중심의 돌봄 체계를 구축할 계획이다", None, d, DC, "plan"),
  C("치매 등록·관리 서비스도 제공해 접근성과 편의성을 높였다", None, d, DC, "statement"),
  C("두뇌튼튼 인지훈련 프로그램은 태블릿 PC를 활용해", None, d, DC, "statement"),
  C("인지 능력 상태에 따라 8회에 걸쳐 맞춤형 과제와 피드백을 제공하며", None, d, DC, "statement"),
  C("치매 고위험군과 치매 환자 가족의 돌봄 역량을 강화하기 위한 가족 교육과", None, d, DC, "statement")],
 not_claims=["역삼 어르신 건강관리센터 내 치매안심센터 출장소. 강남구 제공"])
# 03 박원순 제로페이
d = "2019-01-24"; P = "park-won-soon"
F['jw-03-seoul.txt'] = dict(
 metadata=dict(headline="박원순 “제로페이, 5월 이후 정말 편하게 쓸 수 있을 것”", published="2019-01-24T15:23+09:00", reporter="강경민", outlet=None, jurisdiction="11"),
 officials=[P],
 claims=[C("적어도 5월 이후가 되면 정말 편하게 쓸 수 있을 것", P, d, SM, "plan"),
  C("실제로 약간 불편함이 있는데, 시스템이 개선되고 장착되는 과정이 3월 말, 4월까지 갈 것 같다", P, d, SM, "statement"),
  C("제로페이가 본궤도에 오르는 시점이 5월께까지 미뤄질 수 있다는 의미로 풀이된다", None, d, SM, "statement"),
  C("서울시는 지난해 12월 20일 제로페이를 시범 출시하며 올 3월 정식 서비스를 시작하겠다고 했다", None, "2018-12-20", SM, "plan"),
  C("내부 시스템 정비가 아마 3월 말 대부분 끝난다", P, "2019-01-16", SM, "plan"),
  C("이날 출범한 제로페이 국민운동본부에는", None, d, SM, "statement")],
 not_claims=["제로페이 국민운동본부 발족 24일 서울시청에서 열린 ‘제로페이 국민운동본부 발족식’에서", "2019.1.24 연합뉴스"])
# 04 유천호 강화 (broadcast interview; answers are his speech; no interview day -> publication day)
d = "2020-06-22"; Y = "yu-cheon-ho"; CT = ["culture-tourism"]; PH = ["public-health"]
F['jw-04-tvchosun.txt'] = dict(
 metadata=dict(headline="[네트워크 초대석] 유천호 강화군수 \"관광벨트 구축해 관광객 2000만 시대 열 것\"", published="2020-06-22T08:53+09:00", reporter="강석", outlet=None, jurisdiction="28710"),
 officials=[Y],
 claims=[C("지난해 관광객 1400만 명을 유치했습니다", None, d, CT, "achievement"),
  C("이제는 관광객 2000만 시대를 목표로 하고 있는", None, d, CT, "target"),
  C("강화대교와 초지대교를 봉쇄하고 코로나19 방역 활동을 실시하는 한편", Y, d, PH, "achievement"),
  C("450명 정도의 관광객들에게 2차 검사를 실시하게 해서", Y, d, PH, "achievement"),
  C("우리가 정확한 조사의 데이터는 1400만명 정도로 나와 있습니다", Y, d, CT, "achievement"),
  C("루지를 타러 젊은 친구들이 많이 왔고요", Y, d, CT, "statement"),
  C("동막에 해안에 갯벌체험을 하기 위해서 많은 관광객들이 남쪽을 찾습니다", Y, d, CT, "statement"),
  C("대룡시장을 찾는 관광객들이 상당히 많이 찾아왔다고 보고요", Y, d, CT, "statement")],
 not_claims=["강화도 연결 교량 폐쇄…코로나 선제방역 성과는?", "강화 관광객 1000만 돌파 비결은?",
  "우리 강화군은 6만9천여 인구 중에 과반 정도가 되는 43%가 60세 이상입니다", "소창체험관과 조양방직, 성공회 등 많은 역사 유물이 존재하고 있고요",
  "50년대 시절에 그런 풍경이 그대로 남아 있는 대룡시장이 있습니다"])
# 05 부평 청년 창업재정 지원
d = "2019-05-27"; CJ = "cha-jun-taek"
F['jw-05-kns.txt'] = dict(
 metadata=dict(headline="부평구, ‘청년 창업재정 지원 사업’ 지원 약정 체결", published="2019-05-27T16:05+09:00", reporter="김재우", outlet="KNS뉴스통신", jurisdiction="28237"),
 officials=[CJ],
 claims=[C("선정자 3명과 ‘지원 약정 체결식’을 가졌다고 밝혔다", None, d, SU, "achievement"),
  C("신청자 모집과 심의를 거쳐 3명의 청년 창업자를 선정했다", None, d, SU, "achievement"),
  C("1년간 임차료와 공공요금을 지원하고, 창업 교육 및 컨설팅을 진행하게 된다", None, d, SU, "plan"),
  C("창업 지원 심사 과정에서 구가 청년들에게 희망을 주기 위해 진정성을 갖고 노력하는 모습을 느낄 수 있었다", None, d, SU, "statement"),
  C("부평구의 청년 창업 재정지원 사업이 경험 부족과 경제적 어려움으로", CJ, d, SU, "statement")],
 not_claims=["2024-04-18 20:26 (목)", "△소비자와 전문제작 업체 사이를 연결하는 커스텀 디자인 상점",
  "우리나라에서 촉망받는 청년 기업으로 성장할 수 있도록 더욱더 분발하겠다", "청년 창업가 3명에 임차료, 공공요금 1년간 지원키로"])
# 06 노원 제로에너지 행복주택 (국토교통부 institutional)
d = "2017-07-05"; HE = ["housing", "energy-transition"]
F['jw-06-mbn.txt'] = dict(
 metadata=dict(headline="노원구 제로에너지 행복주택 입주자모집", published="2017-07-05T13:28+09:00", reporter="정순우", outlet="매일경제", jurisdiction="11350"),
 officials=[],
 claims=[C("제로에너지 기술이 적용된 행복주택이 첫 선을 보인다", None, d, HE, "plan"),
  C("제로에너지주택 실증단지 115가구를 행복주택으로 공급한다고 5일 밝혔다", None, d, HE, "plan"),
  C("국토부가 명지대, 노원구와 함께 추진중인 국가 연구·개발(R&D) 과제다", None, d, ["energy-transition", "research-development"], "statement"),
  C("5대 에너지를 태양광과 지열 등 신재생에너지로 자체 충당하고", None, d, ["energy-transition"], "statement"),
  C("신혼부부에 70가구, 고령자에 12가구가 우선 공급된다", None, d, ["housing"], "plan"),
  C("최종 입주자를 선정할 예정이다", None, d, ["housing"], "plan"),
  C("입주 신청은 21~23일 진행된다", None, d, ["housing"], "plan"),
  C("단지는 9월 완공, 11월 입주할 예정이다", None, d, ["housing"], "plan")],
 not_claims=["입주자 모집과 관련한 자세한 내용은 노원구청 홈페이지에서 확인할 수 있다", "MBN APP 다운로드"])
# 07 관악 박준희 청년문화 (award day 23일 = publication day)
d = "2025-12-23"; PJ = "park-jun-hui"; YC = ["youth-policy", "culture-tourism"]
F['jw-07-seoul.txt'] = dict(
 metadata=dict(headline=None, published="2025-12-23", reporter=None, outlet="서울신문", jurisdiction="11620"),
 officials=[PJ],
 claims=[C("‘2025년 전국 기초단체장 매니페스토 문화정책 콘체르토’에서 우수상을 수상했다", None, d, ["culture-tourism"], "achievement"),
  C("청년을 위한 관악구의 문화정책의 우수성을 전국적으로 인정받은 것이다", None, d, YC, "achievement"),
  C("박 구청장은 ‘대한민국 청년문화수도 관악 조성’을 주제로 우수 정책 사례를 발표했다", PJ, d, YC, "statement"),
  C("청년을 도시 문화의 수혜자가 아닌 ‘주도적 창조 주체’로 주목한 점에서 높은 평가를 받았다", None, d, YC, "achievement"),
  C("다양한 분야에서 청년 문화정책 체계를 구축했다", None, d, YC, "achievement"),
  C("관악구는 민선 8기에 청년문화국을 출범하고", None, d, YC, "achievement"),
  C("그 결과 청년정책 참여 문화 확산", None, d, YC, "achievement"),
  C("도움이 필요한 청년층과 지역사회를 연결하고자 노력했다", None, d, YP, "statement"),
  C("청년이 스스로 문화를 만들고, 그 문화가 다시 지역 발전의 원동력이 되는 선순환 구조를 만들기 위해 노력해 왔다", PJ, d, YC, "statement"),
  C("앞으로도 청년이 살고 싶고 머물고 싶은 문화도시 관악을 만드는 데", PJ, d, YC, "plan")],
 not_claims=["이미지 확대 박준희 서울 관악구청장.", "서울신문 DB", "지난 22일부터 이날까지 본선 대회가 열렸다",
  "전국 지방자치단체의 문화정책 우수사례를 공유하고 방향을 모색하기 위해 마련됐다"])
# 08 옹진 문경복 신년사 (undated text -> all dates null)
MG = "mun-gyeong-bok"; PT = ["public-transit"]
F['jw-08-genews.txt'] = dict(
 metadata=dict(headline="문경복 옹진군수, 병오년 새해 “말굽 멈추지 않겠다” 신년사", published=None, reporter=None, outlet="글로벌이코노믹", jurisdiction="28720"),
 officials=[MG],
 claims=[C("교통·상수도·의료·복지·관광·에너지·농수산업 전반을 아우르는 대규모 정책 구상을 밝혔다", MG, None,
           ["public-transit", "water-supply", "public-health", "welfare", "culture-tourism", "agriculture"], "plan"),
  C("문 군수가 제시한 첫 번째 핵심 과제는 교통 혁신이다", MG, None, PT, "plan"),
  C("해상교통 체계를 대대적으로 개편했다", None, None, PT, "achievement"),
  C("2026년에는 선표 부족 해소", None, None, PT, "plan")],
 not_claims=["섬의 일상을 바꾸는 대전환 선언", "교통·물·의료·일자리·관광 전방위", "군민들에게 유난히 힘겨웠던 해",
  "그럼에도 생업을 지켜낸 군민 여러분께 깊은 감사와 존경을 전한다", "‘마부정제(馬不停蹄)’를 군정 사자성어로 내걸고",
  "현장에서 답을 찾는 행정, 군민과 함께하는 군정이라는 원칙 아래 민선 8기 출범 이후 쉼 없이 달려왔다"])
# 09 은평 김미경 (undated text -> all dates null)
KM = "kim-mi-gyeong"; W = ["welfare"]
F['jw-09-swnews.txt'] = dict(
 metadata=dict(headline=None, published=None, reporter="장경근", outlet="서울복지신문", jurisdiction="11380"),
 officials=[KM],
 claims=[C("소통구조를 혁신하면서 협치 행정을 이루고자 한 것은", KM, None, ["citizen-participation"], "statement"),
  C("고령친화 사회를 맞아 어린이와 어르신이 함께 어우러져 살아가는 행복한 은평을 만들기 위해 돌봄 마일리지를 구상하고 있다", KM, None, W, "plan"),
  C("어르신이 입원하거나 거동이 불편하실 때 그 시간만큼 아이들이 봉사하고 섬기는 식의 선순환 구조를 이루면 좋을 것 같다", KM, None, W, "statement"),
  C("은평형 복지시스템을 구현해 가도록 할 것", KM, None, W, "plan"),
  C("복지 컨트롤타워", KM, None, W, "plan")],
 not_claims=["김미경 구청장이 주민들의 질의에 답변하고 있다", "구청장에 되기까지 어려운 과정이 있었으나 여러분의 성원과 지지로 이 자리에 섰습니다",
  "은평이 당면한 현실 문제를 잘 알고 있기에 은평구 공무원들과 눈높이를 맞추고 소통하며 구정을 잘 풀어가겠다",
  "구민의 의견에 맞춘 5대 공약 17개 핵심공약이 세워졌다"])
if __name__ == '__main__':
    os.makedirs(G, exist_ok=True)
    for name, g in F.items():
        out = {"article": name, **g}
        with open(os.path.join(G, name + '.json'), 'w', encoding='utf-8') as f:
            json.dump(out, f, ensure_ascii=False, indent=1); f.write('\n')
        print(name, len(g['claims']))
