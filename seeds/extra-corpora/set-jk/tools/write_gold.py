"""Writes set-jk gold files (hand annotation, see GOLD_NOTES.md)."""
import json, os
G = '/work/blind/set-jk/gold/'
os.makedirs(G, exist_ok=True)
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
def W(art, meta, offs, claims, nots):
    json.dump({"article": art, "metadata": meta, "officials": offs, "claims": claims, "not_claims": nots},
              open(G + art + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
def M(h, p, r, o, j): return {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j}

d = "2026-03-13"; DC = ["dementia-care"]
W("jk-01-seoul.txt", M("올해 서원·신원·남현·난향동 추가 지정", "2026-03-13", None, None, "11620"), [], [
 C("전국 최초 21개 모든 동을 ‘치매안심마을’로 지정을 완료했다고 13일 밝혔다", None, d, DC, "achievement"),
 C("치매 환자와 가족이 안전한 일상을 보낼 수 있는 치매 안전망을 지역 사회에 구축하는 사업이다", None, d, DC, "statement"),
 C("관악구는 2018년 보라매동과 은천동을 시작으로 치매안심마을 조성을 시작했다", None, d, DC, "achievement"),
 C("추가 지정하면서 ‘동(洞) 단위 통합 치매 관리체계’를 갖췄다", None, d, DC, "achievement"),
 C("신규 지정된 4개 동에서 ‘치매안심노리터(老利攄)’를 총 8회 운영한다", None, d, DC, "plan"),
 C("신체·두뇌 통합 인지 활동 프로그램으로 어르신의 인지를 자극하고 치매 예방을 도모한다", None, d, DC, "statement"),
 C("상시 무료 치매(기억력) 검사를 병행해 치매 조기 검진과 치료, 예방에 힘쓴다", None, d, DC, "statement"),
 C("어르신의 전자기기 활용 능력 향상을 위한 정보통신기술(ICT) 체험 프로그램도 운영한다", None, d, DC + ["fourth-industrial-revolution"], "statement"),
 C("대사증후군 관리 등 건강관리 프로그램도 함께 진행된다", None, d, ["public-health"], "statement"),
 C("지역주민 누구나 사전 신청 없이 무료로 참여할 수 있다", None, d, DC, "statement"),
], ["서울 관악구 남현동 ‘치매안심노리터’에서 주민들이 기억력 검사를 받고 있다",
    "인지 활동 놀이·무료 치매 검사·건강관리 프로그램 등", "지난 10일부터 시작된 남현동 치매안심노리터"])

d = "2023-09-15"; PT = ["public-transit"]; O = "oh-se-hoon"
W("jk-02-ytn.txt", M("오세훈 '서울 무제한 교통카드'...경기·인천 충돌?", "2023-09-15", None, "YTN", "11"), [O], [
 C("대중교통을 무제한으로 이용할 수 있는 교통카드를 출시하겠다고 발표했습니다", O, d, PT, "plan"),
 C("출퇴근 교통비를 아낄 수 있는 서울시민들은 모두 반기는 분위기입니다", None, d, PT, "achievement"),
 C("협의 없이 일방적으로 발표했다며불편한 기색을 감추지 못하고 있습니다", None, d, PT, "criticism"),
 C("승용차로 출퇴근하시는 분들이 대중교통, 버스, 지하철, 따릉이를 이용하지 않겠어요", O, d, PT, "statement"),
 C("그렇게 되면 이산화탄소 발생이 아무래도 줄어들겠죠", O, d, ["climate-carbon", "public-transit"], "statement"),
 C("지금 계속 탄소저감을 하고 있는데 거기에 아주 결정적인 기여를 할 수 있기 때문에 이름을 그렇게 지었습니다", O, d, ["climate-carbon", "public-transit"], "statement"),
 C("한 달에 6만 5000원입니다", None, d, PT, "statement"),
 C("월 6만 5000원이면 무제한으로 공공자전거 따릉이, 지하철, 버스 이렇게 다 이용할 수", None, d, PT, "statement"),
], ["오늘 오세훈 서울시장을 모시고이른바 '기후동행 카드'에 대해 자세하게 들어보겠습니다",
    "직접 작명하셨다고요", "오랫동안 환경운동가셨기 때문에 연결시킨 것도 관련이 있을까요",
    "아래 텍스트는 실제 방송 내용과 차이가 있을 수 있으니"])

d = "2025-09-02"; FD = ["fine-dust"]
W("jk-03-donga.txt", M("겨울 계절관리로 초미세먼지 줄여", "2025-09-03", "차준호", "동아일보", "28"), [], [
 C("인천시가 올해 상반기(1∼6월) 실시한 미세먼지 저감 사업이 전반적으로 우수한 것으로 나타났다", None, d, FD, "achievement"),
 C("전체 85개 사업 가운데 74개 사업(87%)이 우수하게 진행되고 있는 것으로 조사됐다", None, d, FD, "achievement"),
 C("6개 분야 85개 과제로 구성된 미세먼지 저감 사업 종합계획을 추진하고 있다", None, d, FD, "statement"),
 C("주요 추진 실적은 노후 경유차 조기 폐차 3583대 지원", None, d, FD + ["future-vehicles"], "achievement"),
 C("‘미세먼지 집중 관리구역’으로 지정해 어린이집·경로당 등에 공기청정기 지원", None, d, FD, "statement"),
 C("제6차 미세먼지 계절 관리제를 시행한 결과", None, d, FD, "achievement"),
 C("전국 17개 광역자치단체 중 종합 1위를 차지했다", None, d, FD, "achievement"),
], ["전기차 보급-도로먼지 포집 성과", "겨울 계절관리로 초미세먼지 줄여"])

d = "2025-07-24"; SM = ["small-merchants"]
W("jk-04-naeil.txt", M("숨은 맛집서 ‘먹방’…공무원에게 간식 선물", "2025-07-24T13:00+09:00", None, None, "11"),
  ["jeong-won-o", "lee-seung-ro", "ryu-gyeong-gi"], [
 C("서울 구청장들이 지역 내 소비를 유도하기 위한 다양한 행보를 보이고 있다", None, d, SM, "statement"),
 C("이왕이면 동네에서 소비해 침체된 상권에 활력을 불어넣겠다는 취지다", None, d, SM, "statement"),
 C("정원오 구청장은 소비쿠폰으로 지역 내 숨은 맛집 탐방을 이어간다", None, d, SM, "plan"),
 C("직접 음식을 먹으며 점포를 소개하는 영상 ‘안고독한 미식가’를 연재하고 있다", None, d, SM, "statement"),
 C("현재 19회까지 올라온 게시물에 대한 주민들 호응이 크다", None, d, SM, "achievement"),
 C("마장동 축산물시장을 찾아 ‘소고기 먹방’을 선보이기도 했다", None, "2025-07-22", SM, "statement"),
 C("골목상권 응원 캠페인을 시작한다며 안진걸티브이(TV)에서 출연을 제안했고 취지가 좋아 참여하게 됐다", None, d, SM, "statement"),
 C("이승로 성북구청장과 류경기 중랑구청장은 전통시장에서 적립금을 소비할 예정이다", None, d, SM, "plan"),
 C("삼선동 구청 인근 돈암시장을 방문해 식사를 하기로 했다", None, d, SM, "plan"),
], ["골목 내 숨은 맛집에서 ‘먹방’하며 누리꾼들에게 음식점 소개하고",
    "방송 전 누리소통망에 이같은 내용을 공유했다", "서울 구청장 ‘민생회복 소비쿠폰’ 활용",
    "골목상권 살리기 앞장 ‘동네 소비’ 독려"])

PT = ["public-transit"]; Y = "yun-hwan"
W("jk-05-kyunginnews.txt", M("계양구, 대장홍대선 계양·청라 연장 추진에 힘 모아", None, "김종득", "경인뉴스통신", "28245"), [Y], [
 C("대장홍대선 계양·청라 철도 연장의 필요성을 공유하며 사업 추진에 대한 강한 의지를 밝혔다", None, None, PT, "plan"),
 C("동서를 잇는 철도 교통망이 부족해 시민들이 큰 불편을 겪고 있다", None, None, PT, "statement"),
 C("BRT(청라~화곡) 노선만으로는 늘어나는 교통수요를 감당하기 어려운 상황이다", None, None, PT, "statement"),
 C("교통난 해소는 물론 지역 경제 전반에 새로운 활력을 불어넣을 것이라고 강조했다", None, None, PT, "statement"),
 C("대장홍대선 계양·청라 연장은 계양구를 넘어 인천시 전체에 긍정적인 영향을 미친다", None, None, PT, "statement"),
 C("계양과 청라가 서울과 직결되면 출퇴근 시간 단축", None, None, PT, "statement"),
 C("이는 단순히 교통 편의 향상을 넘어 인천시 전역의 장기적 성장 기반을 다지는 효과를 가져올 것으로 전망된다", None, None, PT, "statement"),
 C("제5차 국가철도망구축계획에 반영하고자 지난해 5월 국토교통부에 건의한 바 있다", None, None, PT, "achievement"),
 C("계양구 역시 이에 발맞추어 행정적 지원과 지역 협력을 강화하며 사업 추진에 힘을 쏟고 있다", None, None, PT, "statement"),
 C("대장홍대선 계양·청라 연장이 성공적으로 추진될 수", Y, None, PT, "plan"),
], ["윤환 구청장 “부족한 철도 네트워크 강화해 살기 좋은 계양 만들 것”"])

d = "2025-05-20"; DS = ["disaster-safety"]; S = "seo-gang-seok"
W("jk-06-tvseoul.txt", M("송파구, 폭염·집중호우 선제 대응…\"주민 안전 최우선\"", "2025-05-20T09:16+09:00", "심현주", "TV서울", "11710"), [S], [
 C("4대 분야 19개 세부 과제로 구성한 '여름철 종합대책'을 가동한다고 20일 밝혔다", None, d, DS, "plan"),
 C("주민의 건강과 안전을 최우선에 두고 수립됐다고 구는 설명했다", None, d, DS, "statement"),
 C("주민센터, 경로당 등 188곳에 쉼터를 운영하고, 재난도우미 1천237명이 어르신 안전을 확인한다", None, d, DS + ["welfare"], "plan"),
 C("연장쉼터(오전 9시~오후 9시)를 지난해의 2배 수준인 26곳으로 늘린다", None, d, DS, "target"),
 C("경로당 25곳에는 부식비를 매월 10만원씩 4개월간 지원해 어르신 돌봄을 강화했다", None, d, ["welfare", "disaster-safety"], "achievement"),
 C("스마트 그늘막 20개와 고정형 그늘막 4개를 추가로 설치해 일사병 예방 효과를 높인다", None, d, DS, "target"),
 C("풍수해대책본부를 조기 가동하고 재해 취약지 정비, 침수 취약지 방재시설 보강 등을 추진 중이다", None, d, DS, "statement"),
 C("급식소·취약음식점 위생관리 등 감염병 예방 활동도 전개한다", None, d, ["public-health"], "plan"),
 C("주민이 서비스 혜택을 받을 수 있게 적극적으로 홍보할 방침이다", None, d, DS, "plan"),
 C("사각지대 없는 촘촘한 대응체계를 구축해 주민 모두가 안전하고 건강한 여름을 보낼 수 있게 하겠다", S, d, DS, "plan"),
], ["앞으로도 현장 중심의 섬김 행정을 통해 생활 속 불편을 덜겠다"])

ED = ["education"]; D = "do-seong-hun"
W("jk-07-kyeonggi.txt", M("시교육청 화단 철거 열린공간 조성", None, "김경희", None, "28"), [D], [
 C("인천 교육정책에 시민이 직접 참여할 수 있도록 내년 상반기까지 인천 미래교육위원회를 신설하고", D, None, ED + ["citizen-participation"], "plan"),
 C("혁신 미래교육 추진, 민관 교육 협치 등 4가지를 인천 교육 방향으로 제시했다", D, None, ED, "plan"),
 C("1인당 30만1천원 범위 안에서 교복을 무상 지원하기로 합의했다", None, None, ED, "achievement"),
 C("사립유치원 3∼5세 3만2천명 원아에게도 확대해 전 연령 무상급식을 완성할 계획이다", None, None, ED + ["childcare-birth"], "plan"),
 C("내년부터 급식비 지원 단가를 4천원으로 인상하기로 했다", None, None, ED, "plan"),
 C("2022년까지 예산 130억원을 투입해 현행 40개교에서 100개교로 확대키로 했다", None, None, ED, "target"),
 C("전국 최초로 유치원부터 고등학교까지 무상교육 시대를 열었다", D, None, ED, "achievement"),
 C("979개 시교육청 주관 사업 가운데 23.5%를 통폐합해 불필요한 현장 업무도 줄이겠다", D, None, ED, "plan"),
], ["시교육청 바로 앞에 있던 화단을 망치로 부수는 퍼포먼스를 하고", "민주적 학교문화 등 4대 방안 제시"])

d = "2026-01-12"; MI = ["medical-industry"]; L = "lee-jae-ho"
W("jk-08-asiae.txt", M("인천 연수구-롯데바이오, 지역 일자리 창출 맞손", "2026-01-12T14:33+09:00", "박혜숙", "아시아경제", "28185"), [L], [
 C("지역 바이오산업의 지속 가능한 발전 및 일자리 창출을 위한 업무협약(MOU)을 맺었다고 12일 밝혔다", None, d, MI + ["jobs"], "achievement"),
 C("생명공학 협력단지(바이오 클러스터)의 위상을 더욱 공고히 한다는 구상이다", None, d, MI, "plan"),
 C("지역 주민을 우선 채용하는 등의 일자리 창출 방안을 논의하기로 했다", None, d, ["jobs"], "plan"),
 C("지역 바이오 특화단지 활성화와 위탁개발생산(CDMO) 분야의 인력 양성에도 협력할 예정이다", None, d, MI + ["jobs"], "plan"),
 C("롯데바이오가 기초자치단체와 맺은 첫 협력이라는 점에서 의미가 크다고 구는 설명했다", None, d, MI + ["jobs"], "statement"),
 C("세계적인 바이오 기업이 지역과 함께 성장하는 것이 이번 협약의 핵심", L, d, MI, "statement"),
 C("지역 주민 우선 채용 등 실질적인 혜택이 돌아갈 수 있도록 행정적 지원을 아끼지 않겠다", L, d, ["jobs"], "plan"),
], ["대규모 바이오 캠퍼스(생산공장)를 건립 중이며", "인천 연수구-롯데바이오 업무협약. 인천 연수구 제공"])

UR = ["urban-regeneration"]; P = "park-won-soon"
W("jk-09-wowtv.txt", M(None, None, None, None, "11"), [P, "kim-yeong-jong"], [
 C("'다시·세운 프로젝트' 1단계 '공공선도사업' 착수를 선포했다", None, None, UR, "achievement"),
 C("총 1km 구간을 2단계로 나눠 순차적으로 추진해 2017년 5월 준공을 목표로 하고 있다", None, None, UR, "plan"),
 C("분야별 전문가 설계자문단 협의를 거친 후 12 ?최종안을 확정했다", None, None, UR, "achievement"),
 C("'세운상가 활성화 종합계획'을 발표하고", None, None, UR + ["citizen-participation"], "achievement"),
 C("'다시세운협업지원센터'를 설립하고, 성장 동력에 필요한 전략기관 유치 등 장기적인 정책적 지원도 강화할 계획이다", None, None, UR, "plan"),
 C("'공공공간 활용협약'을 체결해 후속조치의 이행을 약속했다", P, None, UR + ["small-merchants"], "achievement"),
 C("주민주도의 지역재생을 위해 서울시가 적극적으로 공공의 기능을 투", P, None, UR, "plan"),
], ["▲임대인 임차인 대표들과 '젠트리피케이션 상생협약'을 맺고 포즈를 취한 박원순 서울시장"])
print('written', len(os.listdir(G)))
