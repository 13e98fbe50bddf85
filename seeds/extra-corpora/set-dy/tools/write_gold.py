"""Writes the hand-made gold annotations of set-dy to gold/<article>.json."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'gold')
G = {}

def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}

# dy-01 kukinews: Cheongdo county return-to-farm unit; undated ('30일' only) -> all dates null
K = "lee-seung-yul"
G["dy-01-kukinews.txt"] = {
 "metadata": {"headline": None, "published": None, "reporter": "최재용", "outlet": "쿠키뉴스", "jurisdiction": "47820"},
 "officials": [K],
 "claims": [
  c("경북 청도군은 귀농·귀촌인 유치 및 인구유입을 도모하고, 농촌의 지속적인 발전을 위해 '귀농귀촌담당'이 신설했다고 30일 밝혔다", None, None, ["agriculture"], "achievement"),
  c("귀농·귀촌 신설조직에서 추진하는 사업은 예비귀농귀촌초청 페스티벌", None, None, ["agriculture"], "statement"),
  c("1억6000만원의 예산을 들여 적응 주기별 귀농인 지원사업을 추진하며", None, None, ["agriculture"], "plan"),
  c("3년차 80만원과 창업자금, 기술·경영 교육, 컨설팅을 지원하는 청년창업농 영농정착지원사업을 시행한다", None, None, ["agriculture", "youth-policy", "startup-support"], "plan"),
  c("이밖에도 청년농부육성지원사업, 청년농부창농기반구축지원사업, 월급받는 청년농부제 사업 등 4개 사업을 추진할 계획이다", None, None, ["agriculture", "youth-policy"], "plan"),
  c("농촌 신활력플러스사업과 연계한 농촌혁신을 창출해 농업·농촌가치를 높여 모두가 함께하는 행복한 청도를 만드는데 아낌없는 지원을 하겠다", K, None, ["agriculture"], "plan"),
 ],
 "not_claims": ["청도=최재용 기자 gd7@kukinews.com"],
}

# dy-02 hankyung AMP: Ulsan hydrogen convergence valley; institutional narration only; undated ('18일' only)
G["dy-02-hankyung.txt"] = {
 "metadata": {"headline": "울산시, 수소 융·복합밸리 조성…'수소경제' 앞장선다", "published": None, "reporter": None,
              "outlet": None, "jurisdiction": "31"},
 "officials": [],
 "claims": [
  c("울산시가 국내 최대 수소산업 인프라를 전·후방 산업과 연계해 국내 수소경제를 선도하기 위한 수소 융·복합밸리 조성에 본격 나섰다", None, None, ["energy-transition"], "statement"),
  c("시는 2030년까지 국비와 민자 등 6200억원을 들여 100만㎡ 규모의 수소 융·복합밸리와 수소산업 종합연구단지를 조성해", None, None, ["energy-transition", "investment-attraction", "research-development"], "target"),
  c("세계 최고 수소경제 선도도시로 집중 육성하기로 한 데 따른 후속 대책으로 마련됐다", None, None, ["energy-transition"], "statement"),
  c("시는 이날 시청에서 수소경제 연관기업 14개사와 고용·투자확대 업무협약을 맺고", None, None, ["energy-transition", "investment-attraction", "jobs"], "achievement"),
  c("수소전기차와 관련 부품산업 생산시스템, 연구개발, 기업지원, 마케팅 등 수소경제를 선도할 전주기 사업지원체제를 구축하기로 했다", None, None, ["energy-transition", "future-vehicles", "research-development"], "plan"),
  c("세계 수소시장 선점을 위한 다양한 정책을 수립하고 연구개발을 담당할 수소산업진흥원 유치에도 나서기로 했다", None, None, ["energy-transition", "research-development"], "plan"),
  c("정부기관인 수소산업진흥원 업무는 수소경제 정책 수립, 수소 관련 연구개발", None, None, ["energy-transition", "research-development"], "statement"),
 ],
 "not_claims": ["2030년까지 사업비 6200억 투입", "부품 산업 생산시스템 등 지원",
                "지난해 10월부터 노선버스로 시범운영 중인 124번 수소전기버스에 승객들이 타고 있다",
                "회의에는 현대자동차, SK가스, 에쓰오일"],
}

# dy-03 heraldcorp: Busan 2026 youth policy; event 10일 = publication day (' date 2026-02-10' line)
D = "2026-02-10"
G["dy-03-heraldcorp.txt"] = {
 "metadata": {"headline": "부산시, ‘청년의 물음에 정책으로 답하다’ 올 청년정책 발표", "published": "2026-02-10",
              "reporter": "정형기", "outlet": "헤럴드경제", "jurisdiction": "26"},
 "officials": ["park-heong-joon", "kang-seong-tae"],
 "claims": [
  c("10일 오후 2시 광안 XtoZ 청년커뮤니티센터에서 ‘청년G대 톡투유(Talk to Youth)를 개최하고 2026 청년정책을 발표했다", None, D, ["youth-policy"], "statement"),
  c("3대 전략 5대 분야에 23개 중점 과제가 담겼고, 총 104개 사업에 4622억원 예산이 투입된다", None, D, ["youth-policy", "jobs", "housing", "culture-tourism"], "plan"),
  c("일자리 미스매치 해소를 위해 청년 선호 기업인 ‘청끌기업’을 120개로 확대하고", None, D, ["youth-policy", "jobs"], "target"),
  c("청년의 일 경험 지원을 위해 정규직 전환을 조건으로 하는 ‘잡(JOB) 매칭 인턴사업’", None, D, ["youth-policy", "jobs"], "plan"),
  c("청년 주거비 부담 완화를 위해 ‘주거 안정 패키지’를 강화한다", None, D, ["youth-policy", "housing"], "plan"),
  c("공공임대주택 임대료를 지원하는 ‘평생 함께 청년 모두가’는 2030년 1만세대를", None, D, ["youth-policy", "housing"], "target"),
 ],
 "not_claims": ["일자리, 주거·문화, 정책 참여 등 104개 사업에 4622억 투입",
                "박형준 시장을 비롯, 강성태 수영구청장, 송복철 부산경제진흥원장, 청년 거버넌스, 사업 참여 청년 등 다양한 주체들이 함께했다"],
}

# dy-04 wowtv (Yonhap text): Changnyeong population policy; undated ('5일', '올해' only) -> all dates null
K = "kim-chung-sik"
G["dy-04-wowtv.txt"] = {
 "metadata": {"headline": "올해부터 첫째·셋째 아이 출산장려금 인상…기업유치·귀농귀촌 시책 눈길", "published": None,
              "reporter": "최병길", "outlet": "연합뉴스", "jurisdiction": "48740"},
 "officials": [K],
 "claims": [
  c("특히 기업 하기 좋은 환경을 만들어 467개 기업체를 유치하고 1만8천여 개 일자리를 창출했다", None, None, ["investment-attraction", "jobs"], "achievement"),
  c("도시민 유입과 안정적인 정착을 위해 생태귀농학교, 지원센터와 협의회 운영 등 다양한 귀농·귀촌 정책을 펼쳤다", None, None, ["agriculture"], "achievement"),
  c("올해부터는 출산장려금도 첫째 아이는 기존 100만원에서 200만원, 셋째 아이는 800만원에서 1천만원으로 올렸다", None, None, ["childcare-birth"], "achievement"),
  c("둘째 아이는 그대로 400만원이다", None, None, ["childcare-birth"], "statement"),
  c("교육·주거환경 등 저출산 극복을 위한 시책을 발굴하고 좋은 일자리도 창출해 다시 돌아오는 농촌으로 만들고 싶다", K, None, ["childcare-birth", "jobs", "agriculture"], "plan"),
 ],
 "not_claims": ["올해부터 첫째·셋째 아이 출산장려금 인상…기업유치·귀농귀촌 시책 눈길",
                "저출산과 고령화 등으로 인구가 급감하고 있지만 경남 창녕군은 예외다",
                "8년 연속 인구가 증가했다고 5일 밝혔다",
                "군은 2010년을 '인구증가 원년의 해'로 선포하고 꾸준히 공을 들여왔다",
                "2015년엔 인구증가 전담부서까지 설치했다",
                "부서 간 협업으로 경제와 복지 등 8개 분야에 걸쳐 48개 사업을 추진했다"],
}

# dy-05 yeongnam: Daegu new city hall; institutional/reporter narration only; undated ('22일' only)
G["dy-05-yeongnam.txt"] = {
 "metadata": {"headline": None, "published": None, "reporter": "노진실", "outlet": "영남일보", "jurisdiction": "27"},
 "officials": [],
 "claims": [
  c("대구시 신청사 건립이 다음 주 설계공모에 들어간다", None, None, ["city-hall"], "plan"),
  c("신청사 도시계획 시설 결정안이 원안 가결됐다", None, None, ["city-hall"], "achievement"),
  c("대구시 신청사 위치와 면적, 도로 관련 계획이 확정된 것", None, None, ["city-hall"], "achievement"),
  c("대구시 신청사 위치는 달서구에 있는 옛 두류정수장 부지이고", None, None, ["city-hall"], "statement"),
  c("이에 따라 대구시는 다음 주 중 신청사 설계공모에 본격 착수할 계획이다", None, None, ["city-hall"], "plan"),
  c("설계공모는 국제 설계공모로 이뤄질 예정이다", None, None, ["city-hall"], "plan"),
  c("현재 대구시 청사는 산격청사와 동인청사로 분산돼 운영되고 있다", None, None, ["city-hall"], "statement"),
  c("이 때문에 민원 처리의 불편함과 행정 효율성 저하 문제가 지속적으로 제기돼 왔다", None, None, ["city-hall"], "statement"),
  c("협소하고 노후화된 시설 문제로 신청사 건립의 필요성이 꾸준히 요구돼 왔다", None, None, ["city-hall"], "statement"),
  c("대구시는 신청사 설계공모가 완료되면 2026년까지 기본 및 실시설계와 건축 인허가 등 관련 행정 절차를 마무리할 계획이다", None, None, ["city-hall"], "plan"),
  c("같은 해 말 착공에 들어가 2030년쯤 준공하는 게 목표다", None, None, ["city-hall"], "plan"),
 ],
 "not_claims": ["대구시 신청사 건립 사업지구 현황 사진. 대구시 제공",
                "산격청사는 1967년, 동인청사는 1993년, 의회청사는 1956년에 각각 준공됐다"],
}

# dy-06 kukinews: Pohang secondary-battery special zone bid (no slug); event 17일 = publication day
D = "2023-05-17"; K = "lee-gang-deok"
G["dy-06-kukinews.txt"] = {
 "metadata": {"headline": "\"이차전지 특화단지 최적지는 포항\"", "published": "2023-05-17T15:57:05+09:00",
              "reporter": "성민규", "outlet": None, "jurisdiction": "47110"},
 "officials": [K, "lee-cheol-u"],
 "claims": [
  c("글로벌 선도기업 대규모 유치 등의 강점을 부각시킨 것", None, D, ["investment-attraction"], "achievement"),
 ],
 "not_claims": ["경북 포항시가 이차전지 특화단지 유치전에 사활을 걸었다",
                "기술·인프라·인재 등의 강점을 앞세워 유리한 고지를 선점한다는 전략이다",
                "모든 인프라가 갖춰진 이차전지 특화단지 최적지",
                "반드시 이차전지 특화단지를 유치해 글로벌 초격차 경쟁력 확보에 기여하겠다",
                "이철우 경북도지사와 소통하며 이차전지 특화단지 유치 협력을 이어가기로 했다",
                "이강덕 시장(왼쪽 세 번째), 이철우 경북도지사(왼쪽 네 번째)"],
}

# dy-07 gnnews AMP: Gimhae fine-dust project; date line 2019-01-23, event 23일 = publication day
D = "2019-01-23"; K = "heo-seong-gon"
G["dy-07-gnnews.txt"] = {
 "metadata": {"headline": "김해시 미세먼지 없는 도시 만든다", "published": "2019-01-23", "reporter": "박준언",
              "outlet": None, "jurisdiction": "48250"},
 "officials": [K],
 "claims": [
  c("친환경도시 김해시가 올해 93억을 들여 미세먼지 감축에 나선다", None, D, ["fine-dust"], "plan"),
  c("‘미세먼지로부터 안전한 김해 만들기’ 프로젝트 추진을 위해 올해 93억7400만원을 투입할 예정이라고 23일 밝혔다", None, D, ["fine-dust"], "plan"),
  c("프로젝트의 세부사항은 ‘운행차 배출가스 저감사업’, ‘친환경자동차 보급 확대’", None, D, ["fine-dust", "future-vehicles"], "statement"),
  c("우선 시는 차량 배출가스 저감을 위해 노후 경유차 조기 폐차 지원 360대", None, D, ["fine-dust"], "target"),
  c("또 친환경자동차 보급 확대를 위해 전기차 175대 지원", None, D, ["future-vehicles", "fine-dust"], "target"),
  c("어린이집 등 실내 공기질이 취약한 시설 400곳에 대한 무료진단", None, D, ["fine-dust"], "target"),
  c("이밖에 대기오염 측정망 1곳을 추가해 총 4개의 측정망을 운영하고 미세먼지 신호등 4곳 설치", None, D, ["fine-dust"], "target"),
  c("대기오염 경보제 발령사항 등을 문자로 제공받을 수 있도록 할 계획이다", None, D, ["fine-dust"], "plan"),
  c("2020년까지 초미세먼지 농도를 15㎍/㎥ 이하로 유지해 미세먼지로부터 안전한 김해를", K, D, ["fine-dust"], "target"),
 ],
 "not_claims": ["93억 투입 배출가스 저감 등 추진"],
}

# dy-08 tvtoday (Yonhap interview repost): Haeundae-gu head's new-year interview; 28일 = publication day
D = "2024-12-28"; K = "kim-seong-su"
G["dy-08-tvtoday.txt"] = {
 "metadata": {"headline": "[신년인터뷰] 김성수 부산 해운대구청장 \"일상행복, 매력관광 도시로\"",
              "published": "2024-12-28T09:00:20+09:00", "reporter": "차근호", "outlet": None, "jurisdiction": "26350"},
 "officials": [K],
 "claims": [
  c("매력 관광도시'로 정했다\"고 밝혔다", K, D, ["culture-tourism"], "plan"),
  c("해운대에서만 볼 수 있는 수준 높은 공공콘텐츠를 보여주겠다", K, D, ["culture-tourism"], "plan"),
  c("▲ 민선 8기 후반기 정책목표를 '일상 행복 도시, 매력 관광도시'로 정했다", K, D, ["culture-tourism"], "plan"),
  c("'머물고 싶은 관광·휴양도시', '행복한 교육·복지 도시'", K, D, ["culture-tourism", "education", "welfare", "smart-city", "disaster-safety"], "plan"),
  c("현재 6∼8월인 해수욕장 개장 기간을 내년에는 9월까지 연장하는 방안을 검토하고 있다", K, D, ["culture-tourism"], "plan"),
  c("연장 운영을 위해서는 소방 119구조대, 해경, 경찰 등 유관기관의 협조가 필요한 만큼 긴밀히 협의를 진행하고 있다", K, D, ["culture-tourism", "disaster-safety"], "statement"),
 ],
 "not_claims": ["-- 기후변화로 인한 해수욕장 연장 개장, 어떻게 진행되고 있나.", "-- 내년도 추진할 역점 사업은.",
                "84%의 구민이 생활에 만족하고 있고", "공약 이행 평가에서는 최우수(SA) 등급을 받는 성과도 거뒀다",
                "[신년인터뷰] 김성수 부산 해운대구청장 \"일상행복, 매력관광 도시로\""],
}

# dy-09 adtimes: Dalseo-gu carbon-neutrality plan kick-off; published 2024-04-01, event '29일' = 2024-03-29
E = "2024-03-29"; P = "2024-04-01"; K = "lee-tae-hun"
G["dy-09-adtimes.txt"] = {
 "metadata": {"headline": "달서구,‘탄소중립 녹색성장 기본계획’착수보고회 개최", "published": "2024-04-01T10:46+09:00",
              "reporter": "김종철", "outlet": "행정신문", "jurisdiction": "27290"},
 "officials": [K],
 "claims": [
  c("대구 달서구가 29일 오후 구청 4층 대회의실에서", None, E, ["climate-carbon"], "achievement"),
  c("2050 탄소중립 중장기 로드맵을 활용한 금번 연구용역을 통해", None, E, ["climate-carbon"], "plan"),
  c("달서구는 대구지역 기초지자체 최초로 지난해 하반기부터 탄소중립 지원센터를 지정·운영하고 있다", None, P, ["climate-carbon"], "achievement"),
  c("지역 맞춤형 온실가스 감축 프로그램과 서비스 개발해 구민들이 탄소중립에 동참할 수 있도록 지원하며", None, P, ["climate-carbon", "energy-transition"], "statement"),
  c("기후위기에 대응하고 탄소중립 사회 조기실현을 위하여 지속적으로 다양한 온실가스 감축 사업을 발굴하여 도시 전체로 확산해 나아가겠다", K, E, ["climate-carbon"], "plan"),
 ],
 "not_claims": ["지역 맞춤형 온실가스 감축 전략 수립을 위한 연구용역 시작",
                "온실가스 배출현황 분석에 대한 온실가스 감축 세부과제 도출방안에 대해 토론했다",
                "[뉴스출처 : 대구시 달서구청]"],
}

os.makedirs(OUT, exist_ok=True)
for name, g in G.items():
    g = {"article": name, **g}
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
print(len(G), 'gold files;', sum(len(g['claims']) for g in G.values()), 'claims')
