"""Writes gold/*.json for set-hs (hand annotation; compact claim tuples: quote, speaker, date, policies, kind[, speaker_name])."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'gold')
os.makedirs(OUT, exist_ok=True)

G = {}


def C(q, sp, d, pol, kind, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": kind}
    if name:
        c["speaker_name"] = name
    return c


SC = ["smart-city"]
D = "2026-02-04"
G["hs-01-womannews.txt"] = dict(
    metadata=dict(headline="인천시 스마트도시계획 2025~2029 국토부 승인 완료…사람 중심 스마트도시 본격 추진",
                  published="2026-02-04T09:15+09:00", reporter="민일녀", outlet="여성종합뉴스", jurisdiction="28"),
    officials=[],
    claims=[
        C("글로벌 스마트도시 조성을 위한 중장기 로드맵을 확정했다", None, D, SC, "achievement"),
        C("국토교통부 승인으로 2029년까지 단계적 이행에 들어간다", None, D, SC, "plan"),
        C("최종 승인을 받아 계획 수립을 완료했다고 밝혔다", None, D, SC, "achievement"),
        C("스마트도시계획의 단계별 추진 방향과 기관·부서별 협조 사항을 논의했다", None, "2026-01-30", SC, "statement"),
        C("제4차 스마트도시종합계획과 연계해 수립됐다", None, D, SC, "statement"),
        C("군·구별 맞춤형 스마트도시 조성을 추진하는 것이 핵심이다", None, D, SC, "statement"),
        C("계획의 주요 목표는 균형발전 스마트도시", None, D, SC, "statement"),
        C("인천형 스마트 경로당 보급확산 서비스 등 41개 스마트도시 이행과제를 담았다", None, D, SC + ["welfare"], "statement"),
        C("계획 수립 과정에서는 시민과 공무원 설문조사 3회", None, D, SC, "statement"),
    ],
    not_claims=["국토부 승인 완료…사람 중심 스마트도시 본격 추진"],
)

OH = "oh-se-hoon"
D = "2025-10-13"
H = ["housing"]
G["hs-02-kmib.txt"] = dict(
    metadata=dict(headline="오세훈 “조국, 주택시장 원리도 모르고 훈수”", published="2025-10-13", reporter=None,
                  outlet=None, jurisdiction="11"),
    officials=[OH],
    claims=[
        C("서울시의 규제 완화와 재건축 활성화 정책이 집값 상승을 부추긴다고 지적하자", None, D, H, "criticism", "조국"),
        C("서울시 주택정책에 얼마나 무관심하고 무지했으면 이런 말을 쉽게 꺼내겠는가", OH, D, H, "criticism"),
        C("주택시장 원리를 모른 채 훈수 두는 분들을 보면 참 답답하다", OH, D, H, "criticism"),
        C("해제되고 취소된 재건축·재개발 사업으로 서울에 공급되지 못한 주택이 330여개 지역 28만호", OH, D, H, "criticism"),
        C("이로 인한 ‘공급 절벽’ 우려가 지금의 집값에 반영되고 있다", OH, D, H, "criticism"),
        C("‘민주당이 집권하면 집값이 오른다’는 인식까지 더해져 오늘의 ‘불장’이 만들어진 것", OH, D, H, "criticism"),
        C("서울시에 복귀한 뒤 ‘신통기획’을 도입한 이유는 분명하다", OH, D, H, "achievement"),
        C("시민이 원하는 곳에 신속하게 주택을 공급하기 위해서", OH, D, H, "statement"),
        C("잠실5단지 정비사업 사례를 소개했다", OH, D, H, "statement"),
        C("주택 공급과 규제 완화에 강남·북의 구분은 없다", OH, D, H, "statement"),
        C("서울시의 원칙은 단 하나, 시민이 원하는 곳에 필요한 만큼 공급한다는 것", OH, D, H, "statement"),
    ],
    not_claims=["정작 불을 지른 사람은 따로 있는데, 인제 와서 불 끄는 사람을 탓한다",
                "조국, 주택시장 원리도 모르고 훈수"],
)

CC = ["climate-carbon"]
E = "2023-02-27"
G["hs-03-bukbu.txt"] = dict(
    metadata=dict(headline="도봉구, ‘2050 탄소중립 원팀 서울」 출정식 참여", published="2023-03-08T15:46:42+09:00",
                  reporter=None, outlet=None, jurisdiction="11320"),
    officials=["oh-eon-seok", OH],
    claims=[
        C("2023년을 탄소중립 공동이행의 원년으로 삼아 서울시와 25개 자치구가 기후위기에 공동대응하기 위해 마련했다", None, E, CC, "statement"),
        C("‘2050 탄소중립’을 위한 서울시-자치구 공동결의문 발표와 다짐 퍼포먼스를", None, E, CC, "statement"),
        C("도봉구 탄소중립 기본 조례’ 제정", None, E, CC, "achievement"),
        C("민선8기 ‘탄소중립형 도시환경 조성’을 위해", None, E, CC, "plan"),
    ],
    not_claims=["탄소중립 결의 선서를 하고 있다",
                "출정식’에 함께 했다",
                "오언석 도봉구청장을 비롯한 자치구 대표, 탄소중립녹색성장위원회 위원, 탄소중립실천단 등 300여 명이 참석했다",
                "2023년 탄소중립 공동이행 원년 기후위기 공동대응 결의"],
)

J = ["jobs"]
D = "2020-03-31"
G["hs-04-jobinfo.txt"] = dict(
    metadata=dict(headline=None, published="2020-03-31T13:40+09:00", reporter=None, outlet=None, jurisdiction="28237"),
    officials=[],
    claims=[
        C("올해 1만868개의 일자리를 창출한다고 31일 밝혔다", None, D, J, "target"),
        C("소상공인 지원을 비롯해 취업 취약계층 고용안정망 강화, 제조업 성장 지원에 행·재정력을 적극 투입한다는 방침이다", None, D, J + ["small-merchants"], "plan"),
        C("사회적경제 활성화 및 고용서비스 강화를 핵심 전략으로 수립했다", None, D, J + ["youth-policy", "urban-regeneration", "small-merchants"], "achievement"),
        C("국가산업단지에 취업지원센터 분소를 설치·운영해 입주기업들의 구인을 지원한다는 방침이다", None, D, J, "plan"),
        C("제조업 분야 부흥과 경쟁력 강화를 이끌어낼 계획이다", None, D, J + ["fourth-industrial-revolution"], "plan"),
        C("부평e음 전자상품권 캐시백을 한시적으로 10% 상향 지원하고", None, D, ["small-merchants"], "plan"),
        C("소상공인 노란우산 가입 장려", None, D, ["small-merchants"], "plan"),
    ],
    not_claims=["부평구청.png"],
)

AI = ["fourth-industrial-revolution"]
JG = "jin-gyo-hun"
D = "2025-11-09"
G["hs-05-heraldcorp.txt"] = dict(
    metadata=dict(headline="서울 자치구 최초 ‘AI 기본 조례’ 제정·‘AI 정책 자문단’ 출범으로 제도 기반 마련 AI 포트홀 자동탐지·염수 자동살포·자율주행 로봇 등 생활밀착형 혁신 추진",
                  published="2025-11-09", reporter="박종일", outlet="헤럴드경제", jurisdiction="11500"),
    officials=[JG],
    claims=[
        C("선도적으로 AI 행정혁신을 이끌어온 결과로 평가된다", None, D, AI, "achievement"),
        C("‘AI 강서, 미래를 향한 큰 걸음’을 주제로 강서구 행정혁신 성과를 직접 발표했다", JG, D, AI, "achievement"),
        C("행정 전반에 인공지능을 본격적으로 도입했다", None, D, AI, "achievement"),
        C("‘AI 기술·정책 자문단’을 발족해 체계적인 정책 기반을 마련했다", None, D, AI, "achievement"),
        C("AI 행정문화 확산에도 힘써왔다", None, D, AI, "achievement"),
        C("‘AI 홍보 콘텐츠 제작 시스템’을 구축해 행정 효율성을 높였으며", None, D, AI, "achievement"),
    ],
    not_claims=["‘한국지방자치학회장상’을 수상했다",
                "자치분권의 미래 방향을 논의하는 ‘참좋은 지방자치 정책대회’에는 올해 전국 27개 지방정부가 참여했다",
                "생활 속 행정서비스의 혁신도 눈에 뛴다"],
)

YJ = "yoo-jeong-bok"
CB = ["childcare-birth"]
G["hs-06-daum.txt"] = dict(
    metadata=dict(headline="[뉴스인] 과감한 출생 지원 대책·도시 활성화…인천시장에게 듣다", published=None, reporter=None,
                  outlet=None, jurisdiction="28"),
    officials=[YJ],
    claims=[
        C("인천형 출산 대책을 발표하셨는데 반응이 '상당이 파격적이다'", None, None, CB, "statement"),
        C("파격을 넘어서 정말 획기적인 정책을 하지 않으면 안됩니다", YJ, None, CB, "plan"),
        C("18세까지 모두 일억 이상을 지원하는 획기적인 정책을 발표했습니다", YJ, None, CB, "plan"),
        C("이 모든 것이 내년부터 문제없이 추진됩니다", YJ, None, CB, "plan"),
        C("출생 정책을 새롭게 변화시키는 첫 단추를 끼웠고", YJ, None, CB, "achievement"),
        C("정부에 강력하게 출생 정책의 대전환이 필요하다는 것을", YJ, None, CB, "plan"),
        C("통합보조금으로 바꿔야 하고", YJ, None, CB, "plan"),
    ],
    not_claims=["대한민국의 출생률이 세계 236국가 중에서 꼴찌입니다",
                "인천의 인구가 최근 다시 삼백만 명 돌파를 목전에 두고 있습니다"],
)

LS = "lee-sang-bok"
CT = ["culture-tourism"]
D = "2016-04-15"
G["hs-07-segyetimes.txt"] = dict(
    metadata=dict(headline="\"2018 관광도시 선정… 안보코스 개발 등 인프라 구축\"", published="2016-04-15T10:00+09:00",
                  reporter=None, outlet="세계일보", jurisdiction="28710"),
    officials=[LS],
    claims=[
        C("문화자원을 활용한 관광산업 육성에 적극 나서겠습니다", LS, D, CT, "plan"),
        C("3차례에 걸친 심사를 통과해 선정됐다", LS, D, CT, "achievement"),
        C("수도권 최고의 관광도시로 도약하는 발판을 마련했다", LS, D, CT, "achievement"),
        C("향후 우리 국민은 물론 전 세계에 강화를 알려나갈 계획", LS, D, CT, "plan"),
        C("최근 문화관광과를 확대 설치하고 인력을 보강하는 조직개편을 실시했다", None, D, CT, "achievement"),
        C("강화군 관광진흥조례를 제정했다", None, D, CT, "achievement"),
        C("인천관광공사와 관광 증진을 위한 다양한 협력을 진행하기 위해", None, D, CT, "achievement"),
        C("관광프로그램과 상품 개발에 나서기로 했다고 소개했다", LS, D, CT, "plan"),
    ],
    not_claims=["의외로 수도권 시민들에게 덜 알려진 게 사실"],
)

ED = ["education"]
E = "2026-03-11"
G["hs-08-seoul.txt"] = dict(
    metadata=dict(headline="광진, 147억원 투입 ‘명품교육도시’ 만든다", published="2026-03-12", reporter=None,
                  outlet="서울Pn", jurisdiction="11215"),
    officials=[],
    claims=[
        C("교육경비 147억원을 투입해 유치원·초중고 68곳에 사업을 지원한다", None, E, ED, "plan"),
        C("지역 연계 교육과정 2억 2000만원 등 147억원을 지원한다고 11일 밝혔다", None, E, ED, "plan"),
        C("교육경비보조금을 전년 대비 5억원 증액했다", None, E, ED, "achievement"),
        C("공교육 강화를 위한 교육 투자가 지속적으로 확대되고 있음을 보여준다", None, E, ED, "achievement"),
        C("구는 학교별 특화사업과 노후 시설 개선 사업을 추진한다", None, E, ED, "plan"),
        C("지역주민에게 시설을 적극 개방하는 학교에 대한 지원을 확대해", None, E, ED, "plan"),
        C("구는 최근 광진미래기술체험관을 개관해", None, E, ED, "achievement"),
    ],
    not_claims=["서울 ‘청년주택’ 7만 4000가구 2030년까지",
                "아이 낳고 키우기 좋은 성동… 합계출산율 2년 연",
                "유치원·초중고 68곳 사업 지원"],
)

GN = "go-nam-seok"
PH = ["public-health"]
G["hs-09-kyeonggi.txt"] = dict(
    metadata=dict(headline="“포스트 코로나 민생경제 최우선”", published=None, reporter=None, outlet=None, jurisdiction="28185"),
    officials=[GN],
    claims=[
        C("원도심과 신도심이 조화로운 글로벌 국제도시에 걸맞은 정책들을 펼쳐 나가겠습니다", GN, None, ["urban-regeneration"], "plan"),
        C("연수구의 문화적 정체성을 찾는 일이 중요한 과제", GN, None, CT, "plan"),
        C("보건소에 인천 최초로 특수음압구급차를 배치하는 등 최선을 다하고 있다", GN, None, PH, "achievement"),
        C("자원봉사자와 함께 지역을 지켜낸다는 책임감으로 하루하루를 버티고 있다", GN, None, PH, "statement"),
        C("최근 해외유입 확진환자가 늘고 있어 잠시도 긴장을 늦출 수 없다", GN, None, PH, "statement"),
        C("1만2천500여명을 검체검사 해 누적 확진자는 43명이다", GN, None, PH, "achievement"),
        C("이중 33명이 완치판정을 받았다", GN, None, PH, "statement"),
        C("모든 학생을 검사했는데 전원 음성이 나오기도 했다", GN, None, PH, "achievement"),
    ],
    not_claims=["Q 코로나19 사태로 힘든 상황일 텐데",
                "코로나19에 대한 우려가 컸다",
                "‘구민들이 필요로 하는 구청장’이 될 것을 약속했다",
                "남은 후반기 2년 동안 항상 마음의 문을 열고 후회 없는 구정을 펼칠 것을 약속한다",
                "지역경제 문제는 우리의 삶과 직결되는 현안이라 더 절박하다"],
)

for name, g in G.items():
    doc = {"article": name, "metadata": g["metadata"], "officials": g["officials"],
           "claims": g["claims"], "not_claims": g["not_claims"]}
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(name, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
