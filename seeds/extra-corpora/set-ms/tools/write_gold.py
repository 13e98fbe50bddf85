"""Write set-ms gold files. C(quote, speaker, date, policies, kind[, speaker_name])."""
import json, os
G = os.path.join(os.path.dirname(__file__), '..', 'gold')
def C(q, sp, d, pol, k, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: c["speaker_name"] = name
    return c
def M(h, p, r, o, j): return {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j}
F = {}
# ms-01 청송군 신년 인터뷰 (입력 2024-01-17 07:50)
Y, d = "yun-gyeong-hui", "2024-01-17"
F['ms-01-yeongnam.txt'] = (M("[경북 시·군 단체장 신년 인터뷰] 윤경희 청송군수 \"노인 일자리 발굴·청년들 정착할 거주환경 조성\"",
    "2024-01-17T07:50+09:00", "배운철", None, "47750"), [Y], [
  C("새해에는 재해 예방과 농촌 일손 부족 문제 해결", Y, d, ["disaster-safety", "agriculture", "urban-regeneration"], "plan"),
  C("그의 첫 번째 과제는 변화를 이끄는 농업정책이다", None, d, ["agriculture"], "plan"),
  C("이에 군은 냉해 예방을 위해 미세살수 장치를 지원한다", None, d, ["agriculture"], "plan"),
  C("과수전염병을 예방하는 등을 통해 농가 경쟁력과 생산성을 향상할 방침이다", None, d, ["agriculture"], "plan"),
  C("모두가 행복한 복지 청송 구현에도 나선다", None, d, ["welfare"], "plan"),
  C("어르신이 건강하고 활기차게 생활할 수 있는 환경을 조성해야 한다", Y, d, ["welfare"], "plan"),
  C("어르신의 능력과 요구에 맞는 다양한 일자리를 발굴하고 참여 기회를 늘려가겠다", Y, d, ["jobs", "welfare"], "plan"),
  C("청년이 모이는 청송도 만든다", None, d, ["youth-policy"], "plan"),
  C("청년이 지역에 거주하며 지역에서 일할 수 있는 환경을 조성한다", None, d, ["youth-policy", "housing"], "plan"),
  C("청송읍 월막리에 공공임대주택을 건", None, d, ["housing"], "plan"),
 ], ["냉해 예방 미세살수장치 지원", "인구유입 문화관광정책 총력", "'함께하는 군민, 모두가 잘사는 청송'으로 정하고",
     "봄철 과수 냉해 여부가 그해 농업 성과를 결정한다 해도 과언이 아니다"])
# ms-02 포항 이차전지 (date 2025-10-14; 14일 밝혔다)
d = "2025-10-14"
F['ms-02-kmib.txt'] = (M("포항시, 이차전지 ‘3대 전략·8대 프로젝트’ 시동…2030년 100조 매출", "2025-10-14", None, None, "47110"), [], [
  C("일자리 1만5000개, 국내외 산업 비즈니스 방문객 3만명 유치를 목표로 하고 있다", None, d, ["jobs"], "target"),
  C("친환경 공정 테스트베드가 집적된 실증 허브로 조성해 연구개발부터 상용화까지", None, d, ["investment-attraction", "research-development"], "plan"),
  C("메가 트레이닝 캠퍼스를 조성해 교육·연구·창업 기능을 강화하고", None, d, ["startup-support", "youth-policy", "future-vehicles"], "plan"),
  C("세계 최초 청정 암모니아 기반 무탄소 발전 실증사업을 추진한다", None, d, ["energy-transition"], "plan"),
  C("3000억원 규모의 배터리 혁신성장 벤처펀드를 조성해 유망 스타트업을 발굴·육성한다", None, d, ["startup-support"], "plan"),
  C("기업 성장단계별 디딤돌 공간을 마련해 중소·스타트업이 중견기업으로 성장할 수 있도록", None, d, ["startup-support"], "plan"),
 ], ["이차전지 산업을 집중 육성하고 고도화하기 위해", "핵심 거점인 블루밸리 국가산단에는 ‘배터리 이노베이션 캠퍼스’가 들어선다",
     "산업단지 인프라도 대폭 확충한다", "용수·전력·폐수 등 기반시설도 단계적으로 확충할 계획이다"])
# ms-03 경남 환경의 날 (송고 2020-06-05 16:25)
K, d = "kim-gyeong-su", "2020-06-05"
F['ms-03-yna.txt'] = (M("김경수 경남지사 \"기후위기 대응, 경제와 삶의 질 문제\"", "2020-06-05T16:25+09:00", "황봉규", "연합뉴스", "48"), [K], [
  C("기후 위기에 적극 대응하지 않으면 경제적으로도 삶의 질도 나아지지 않는다는 인식 변화를 함께 만들어가야 한다", K, d, ["climate-carbon"], "plan"),
  C("지금까지 기후 위기 대응은 정부나 지방정부보다는 민간의 주도적인 노력으로 여기까지 올 수 있었다", K, d, ["climate-carbon"], "statement"),
  C("이제 행정이 화답하기 시작하는 단계다", K, d, ["climate-carbon"], "statement"),
  C("광역지방자치단체의 기후위기 선언은 인천과 충남에 이어 경남이 세 번째다", None, d, ["climate-carbon"], "achievement"),
  C("그린뉴딜은 지금과 같이 해왔던 방식으로는 더는", K, d, ["climate-carbon"], "statement"),
 ], ["'도민과 함께 그린뉴딜 경남' 제25회 환경의 날 기념행사", "라이브토론 '응답하라 사람책' 순으로 진행됐다",
     "선언문 낭독과 퍼포먼스로 펼쳐졌다"])
# ms-04 달서구 (date 2026-03-09)
L, d = "lee-tae-hun", "2026-03-09"
F['ms-04-heraldcorp.txt'] = (M(None, "2026-03-09", "김병진", "헤럴드경제", "27290"), [L], [
  C("저소득 다자녀 가정의 셋째 이상 자녀에게 생일축하금 5만원을 지원하는", None, d, ["childcare-birth", "welfare"], "plan"),
  C("다자녀 가정의 양육 부담을 덜고", None, d, ["childcare-birth"], "statement"),
  C("따뜻한 복지 공동체를 조성하기 위한 지역 참여형 복지운동이다", None, d, ["welfare"], "statement"),
  C("아이 키우기 좋은 달서구 조성을 위한 의미 있는 정책이 될 것으로 기대하고 있다", None, d, ["childcare-birth"], "statement"),
  C("아이의 생일을 지역사회가 함께 축하한다는 상징적인 의미를 담아 이번 사업을 추진하게 됐다", L, d, ["childcare-birth"], "statement"),
  C("다자녀 가정이 체감할 수 있는 다양한 지원 정책을 지속적으로 추진하겠다", L, d, ["childcare-birth"], "plan"),
 ], [])
# ms-05 부산 해양관광 (입력 2008-07-16 05:53; 15일 밝혔다)
d = "2008-07-15"
F['ms-05-donga.txt'] = (M("[부산/경남]부산 해안선 동북아 해양관광 메카로", "2008-07-16T05:53+09:00", None, None, "26"), [], [
  C("동북아의 ‘해양관광 메카’로 거듭난다", None, d, ["culture-tourism"], "plan"),
  C("‘해양관광 활성화 종합대책’을 마련 중이라고 15일 밝혔다", None, d, ["culture-tourism"], "statement"),
  C("부산항 북항재개발 사업이 2012년 완공되면 새로운 전기를 맞게 된다는 것", None, d, ["culture-tourism", "urban-regeneration"], "statement"),
  C("해양레저 및 레크리에이션 인프라 개발을 우선적으로 추진하기로 했다", None, d, ["culture-tourism"], "plan"),
  C("동부해안권역(해운대지구, 동해남부선 이설 용지, 대변항)으로 나눠 개발할 방침이다", None, d, ["culture-tourism"], "plan"),
  C("사업을 통해 대규모 해양관광 인프라를 구축할 계획이다", None, d, ["culture-tourism"], "plan"),
  C("수상택시 등을 2020년까지 연차적으로 도입하기로 했다", None, d, ["culture-tourism"], "plan"),
  C("크루즈 및 해양레저 상품개발을 위해", None, d, ["culture-tourism"], "plan"),
 ], ["軍 철조망 철거따라 관광 활성화 대책 마련", "해양레저-레크리에이션 인프라 우선 추진", "크루즈, 해양스포츠, 해양테마 문화체험"])
# ms-06 울산 남구 고래특구 (undated)
S = "seo-dong-uk"
F['ms-06-hankyung.txt'] = (M("울산 장생포 고래특구 새단장… 관광객 200만명 유치 나섰다", None, "하인식", "한국경제", "31140"), [S], [
  C("고래문화관광특구를 기반으로 올해 관광객 200만 명을 유치하기로 했다", None, None, ["culture-tourism"], "target"),
  C("지난해보다 두 배 많은 관광객을 유치하기로 했다고 발표했다", None, None, ["culture-tourism"], "target"),
  C("관광객들에게 큰 인기를 끌고 있다", None, None, ["culture-tourism"], "achievement"),
  C("여행선은 550t급 크루즈선으로 최대 365명이 승선할 수 있다", None, None, ["culture-tourism"], "statement"),
  C("고래탐사 프로그램은 오는 11월 말까지 매주 8회 운영한다", None, None, ["culture-tourism"], "statement"),
  C("디너크루즈 상품도 주 1회 운영한다", None, None, ["culture-tourism"], "plan"),
  C("1.5㎞의 공중 모노레일(사진)을 운행하기로 했다", None, None, ["culture-tourism"], "plan"),
  C("푸드트럭 등을 갖춘 워터프런트를 개장했다", None, None, ["culture-tourism"], "achievement"),
  C("5차원(5D) 입체영상관도 열었다", None, None, ["culture-tourism"], "achievement"),
  C("고래를 테마로 한 관광개발사업에 나서면서 장생포항이 다시 활기를 띠고 있다", None, None, ["culture-tourism"], "achievement"),
  C("장생포를 세계적인 고래 생태관광단지로 발전시키겠다", S, None, ["culture-tourism"], "plan"),
 ], ["한 바퀴 도는 데 20~25분 걸린다", "장생포항은 1986년 국제포경위원회(IWC)가 고래잡이를 금지한 이후 점차 쇠락했다"])
# ms-07 거창 스마트농업 육성지구 (기사등록 2025/02/24 18:11:37)
d = "2025-02-24"
F['ms-07-newsis.txt'] = (M("경남 거창군, 농림부 '스마트농업 육성지구 공모' 선정", "2025-02-24T18:11:37+09:00", "홍정명", "뉴시스", "48880"), [], [
  C("'스마트농업 육성지구 공모사업'에 거창군이 선정됐다고 밝혔다", None, d, ["agriculture"], "achievement"),
  C("신규 임대형 스마트팜 단지 5㏊를 조성하고", None, d, ["agriculture"], "plan"),
  C("스스로 스마트팜 창업비용을 마련하고 안정적으로 지역에 정착할 수 있도록", None, d, ["agriculture", "startup-support", "youth-policy"], "plan"),
  C("로컬푸드센터 및 먹거리통합지원센터 등을 유기적으로 배치하여", None, d, ["agriculture"], "plan"),
  C("스마트농업 육성 시행계획을 수립하여 955억 원을 투입할 계획이며", None, d, ["agriculture", "startup-support", "youth-policy"], "plan", "이정곤"),
  C("한편 경남도는 밀양에 설치한 스마트팜 혁실밸리에서 청년", None, d, ["agriculture"], "statement"),
 ], ["2027년까지 200억 원 투입, 장기임대형 스마트팜 구축", "스마트APC, 공동육묘장, 로컬푸드센터 등과 연계 추진",
     "경남 거창군 스마트농업 육성지구 조감도"])
# ms-08 구미시장 취수원 (undated)
J = "kim-jang-ho"
F['ms-08-news1.txt'] = (M("김장호 구미시장 \"취수원 이전, 새 대구시장 취임 후 논의해야\"", None, "정우용, 남승렬", "뉴스1", "47190"),
  [J, "hong-joon-pyo", "kim-jeong-gi"], [
  C("대구 취수원 이전 문제는 공석인 대구시장이 새로 취임한 이후 본격적으로 논의돼야 한다", J, None, ["water-supply"], "plan"),
  C("대구시는 취수원 이전과 관련된 구미시와의 협약을 파기 통보한 후", J, None, ["water-supply"], "statement"),
  C("김정기 대구시장 권한대행이 다시 파기할 수 있는가 하는 문제는 법적, 정치적 논란이 있을 수 있다", J, None, ["water-supply"], "statement"),
  C("취수원 이전 문제는 민선 9기 대구시장이 새로 취임한 이후 논의돼야 되지 않겠느냐", J, None, ["water-supply"], "plan"),
  C("안동댐 물을 대구로 공급하는 내용의 '맑은물 하이웨이' 협약을 맺었다", None, None, ["water-supply"], "statement"),
  C("대구 취수원 이전 문제는 새로운 현안으로 떠올랐다", None, None, ["water-supply"], "statement"),
  C("대구취수원 이전은 대구, 구미, 의성, 상주 등 주변 도시에 물을 공급하는", J, None, ["water-supply"], "statement"),
 ], ["권한대행이 현상 변경과 새로운 것을 추구하기 어렵지 않느냐", "아시아포럼21 초청토론회에 참석해 발언하고 있다"])
# ms-09 부산진구 출산지원금 (undated)
W = "kim-yeong-uk"
F['ms-09-nocutnews.txt'] = (M(None, None, None, None, "26230"), [W], [
  C("저출생 문제를 해결하기 위해 내년부터 출산 지원금을 확대한다고 19일 밝혔다", None, None, ["childcare-birth"], "plan"),
  C("첫째 자녀에게 20만 원, 둘째에게는 50만 원, 셋째에게는 100만 원으로 지원금을 늘린다", None, None, ["childcare-birth"], "plan"),
  C("올해까지는 둘째와 셋째 자녀에게만 각각 20만 원, 60만 원씩 축하금을 전달해 왔다", None, None, ["childcare-birth"], "statement"),
  C("조례' 일부 개정을 추진한 바 있다", None, None, ["childcare-birth"], "achievement"),
  C("출산축하금은 정부 지원과 별개로 부산진구 자체 예산으로 지원한다", None, None, ["childcare-birth"], "statement"),
  C("주민센터에서 신청할 수 있다", None, None, ["childcare-birth"], "statement"),
  C("이번 출산축하금 지원 확대가 자녀를 출산하고 양육하는 가정에 보탬이 되기를 바란다", W, None, ["childcare-birth"], "statement"),
  C("저출생 위기 극복을 위해 실질적인 지원 정책을 계속 추진하겠다", W, None, ["childcare-birth"], "plan"),
 ], ["부산 부산진구청. 부산진구 제공"])
if __name__ == '__main__':
    os.makedirs(G, exist_ok=True)
    for art, (meta, offs, claims, nots) in F.items():
        with open(os.path.join(G, art + '.json'), 'w', encoding='utf-8') as f:
            json.dump({"article": art, "metadata": meta, "officials": offs, "claims": claims, "not_claims": nots},
                      f, ensure_ascii=False, indent=1)
        print(art, len(claims))
