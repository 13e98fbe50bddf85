"""Writes the hand annotations of set-en to gold/ (one JSON per article)."""
import json
import os

D = '/work/blind/set-en/gold/'
G = {}


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


K = "kim-byeong-su"
E = "2025-12-30"
G["en-01-asiae.txt"] = dict(
    metadata=dict(headline="골드라인 2분 10초대 단축·5호선 연장 박차", published="2025-12-31",
                  reporter=None, outlet=None, jurisdiction="41570"),
    officials=[K],
    claims=[
        c("김 시장은 올해 최우선 과제로 '교통 인프라의 가시적 성과'를 꼽았다", K, E, ["public-transit"], "plan"),
        c("광역철도망 구축 사업을 흔들림 없이 추진할 계획이다", None, E, ["public-transit"], "plan"),
        c("김포골드라인의 배차 간격을 2분 10초대까지 단축하는 것을 목표로 삼았다", None, E, ["public-transit"], "target"),
        c("2026년에는 김포의 미래를 바꿀 교통 인프라를 현실로 만들어내는데 총력을 다하겠다", K, E, ["public-transit"], "plan"),
        c("서울5호선연장과 GTX-D, 인천2호선, 서울2·9호선 연장 등 광역철도망 구축을 흔들림 없이 이어가겠다", K, E, ["public-transit"], "plan"),
        c("김포골드라인의 배차 간격을 2분 10초대 단축 목표로 김포교통의 오늘과 내일을 바꿔나가겠다", K, E, ["public-transit"], "target"),
    ],
    not_claims=["골드라인 2분 10초대 단축·5호선 연장 박차", "'일상이 자부심 되는 70만 미래도시' 도약",
                "2026년은 시민이 꿈꾸는 내일이 실제 일상의 변화로 이어지는 결실의 해가 될 것",
                "일산대교 통행료 반값 지원을 통해 시민들의 교통 기본권을 되찾겠다는 강력한 의지를 표명했다",
                "일산대교 통행료 반값 지원으로 시민의 교통기본권을 되찾고"],
)

N = "nam-kyung-pil"
G["en-02-sedaily.txt"] = dict(
    metadata=dict(headline="남경필, “일자리창출 1위, 여전히 배고프다”", published=None,
                  reporter=None, outlet=None, jurisdiction="41"),
    officials=[N],
    claims=[
        c("남경필 경기도지사가 민선 6기 후반기 도정 목표로 일자리 창출에 매진하겠다는 뜻을 밝혔다", N, None, ["jobs"], "plan"),
        c("그 결과로 지난 2년 동안 약 30만1,000개의 일자리를 만들어냈다", N, None, ["jobs"], "achievement"),
        c("남은 2년 동안 70만개 일자리를 달성하기 위해 최선을 다할 것", N, None, ["jobs"], "target"),
        c("경기도 취업자 수는 30만1,000명으로 전국 71만2,000명의 42.3%를 기록했다고 밝혔다", None, None, ["jobs"], "achievement"),
        c("일자리 증가율은 4.9%로 200만 명 이상의 지자체 가운데 가장 높았다", None, None, ["jobs"], "achievement"),
        c("일자리 30만개는 뛰어난 성과지만 나는 아직도 배가 고프다", N, None, ["jobs"], "achievement"),
        c("더 좋은 일자리 창출에 매진해 일자리 도지사로 기억되도록 하겠다", N, None, ["jobs"], "plan"),
        c("우리 집 근처에 좋은 일자리를 많이 만들어서 이러한 고통에서 헤어날 수 있도록 해야 한다", N, None, ["jobs"], "plan"),
        c("경기도 주식회사, 판교제로시티, 스타트업캠퍼스 등의 정책을 제시했다", N, None, ["jobs", "startup-support"], "plan"),
    ],
    not_claims=["남경필, “일자리창출 1위, 여전히 배고프다”",
                "많은 젊은 부부들이 주택난과 교통난, 사교육비 때문에 힘들어 한다",
                "그래서 우리는 배가 고파야 한다"],
)

C = "choi-jong-hwan"
P = "2020-01-09"
G["en-03-pajusidae.txt"] = dict(
    metadata=dict(headline="최종환 시장, 올 한해 시정계획 언론인들과 공유", published="2020-01-09T20:31+09:00",
                  reporter=None, outlet=None, jurisdiction="41480"),
    officials=[C],
    claims=[
        c("공공 와이파이(’19년 256대) 140대를 추가로 설치하겠다고 밝혔다", C, P, ["smart-city"], "target"),
        c("미래지향적 스마트 시티의 기반을 마련한다", None, P, ["smart-city"], "plan"),
        c("소상공인의 어려움도 함께 나누겠다고 했다", C, P, ["small-merchants"], "plan"),
        c("지역화폐 파주페이의 발행목표를 121억 원으로 확대하고", None, P, ["small-merchants"], "target"),
        c("오프라인 발급처는 7개소에서 53개소로 확대하고", None, P, ["small-merchants"], "target"),
        c("‘소상공인 특례보증 지원’도 확대한다", None, P, ["small-merchants"], "plan"),
        c("출연금은 작년보다 3억이 증가한 8억 원", None, P, ["small-merchants"], "statement"),
    ],
    not_claims=["최종환 시장, 올 한해 시정계획 언론인들과 공유",
                "삶 속 변화와 성장을 체감할 수 있도록 모든 행정력 집중",
                "‘민원 해피콜 제도’를 시행할 예정에 있다",
                "시민중심의 민원서비스 제공이 이뤄지도록 최선을 다할 계획이다"],
)

L = "lee-jae-jun"
G["en-04-kgnews.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="나규항", outlet="경기신문", jurisdiction="41110"),
    officials=[L],
    claims=[
        c("탄소중립 실현을 위한 실천과제를 논의했다", None, None, ["climate-carbon"], "statement"),
        c("탄소중립을 실현을 위해 가장 필요한 것은 시민 한 사람 한 사람의 행동 변화", L, None, ["climate-carbon"], "statement"),
        c("오늘같은 토론을 자주 열어 시민 의견을 꾸준히 수렴하겠다", L, None, ["climate-carbon", "citizen-participation"], "plan"),
        c("탄소중립실천 강사가 돼 지역 곳곳에 탄소중립실천을 위한 행동을 전파해 달라", L, None, ["climate-carbon"], "statement"),
        c("‘수원시 탄소중립 그린도시 사업(안)’을 발표했다", None, None, ["climate-carbon"], "statement"),
        c("▲플러스 에너지 행정타운 조성 ▲에너지 자립마을 ▲흡수원 확대/기후변화 적응", None, None,
          ["climate-carbon", "energy-transition"], "plan", "최석환"),
        c("수원시는 지난해 환경부가 주관하는 탄소중립 그린도시 사업 대상지로 선정돼", None, None, ["climate-carbon"], "achievement"),
        c("탄소중립 그린도시 사업은 주거지역·상업지구·행정타운·산업시설·환경시설 등이 모여있는 고색동 일원을", None, None,
          ["climate-carbon"], "statement"),
        c("수원시 탄소중립 종합계획에 반영할 예정이다", None, None, ["climate-carbon"], "plan"),
        c("‘2050 탄소중립 이행을 위한 수원특례시 비전’을 발표할 계획이다", None, None, ["climate-carbon"], "plan"),
    ],
    not_claims=["[ 경기신문 = 나규항 기자 ]"],
)

G["en-05-asiatoday.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="41390"),
    officials=[],
    claims=[
        c("전세 사기를 예방한다", None, None, ["housing"], "plan"),
        c("'시흥 신중년 내일지원센터'를 운영해 중장년의 일자리 창출을 위한 종합 서비스를 제공하고", None, None,
          ["jobs", "education"], "plan"),
        c("시흥형 기본교통비 지원사업도 확대된다", None, None, ["public-transit"], "plan"),
        c("만 65세 이상 어르신에도 지원하는 사업이 하반기에 시행될 예정이다", None, None, ["public-transit"], "plan"),
        c("시내버스 서비스 향상, 안정과 공공성 강화를 위해 재정지원 제도를 개선한다", None, None, ["public-transit"], "plan"),
        c("돌봄이 필요한 청년, 중·장년 일상 돌봄서비스가 새로 신설되고", None, None, ["welfare"], "plan"),
        c("방문의료, 심리상담을 신설해 총 7대 단기 서비스를 운영한다", None, None, ["welfare"], "plan"),
        c("둘째아 50만원, 셋째아 100만원의 출생축하금을 지원하고", None, None, ["childcare-birth"], "plan"),
        c("난임부부를 적극 지원한다는 방침이다", None, None, ["childcare-birth"], "plan"),
        c("통합문화이용권을 기존 11만원에서 13만원으로 증액 지원한다", None, None, ["culture-tourism", "welfare"], "plan"),
    ],
    not_claims=["올해 달라지는 행정제도는 △일반행정 6건"],
)

J = "kim-jin-tae"
Q = "2025-04-07"
G["en-06-mk.txt"] = dict(
    metadata=dict(headline="김진태 지사 \"강원특별법 3차 개정안 미반영분 대선 공약 포함\"",
                  published="2025-04-07T17:49+09:00", reporter="이재현", outlet="연합뉴스", jurisdiction="51"),
    officials=[J],
    claims=[
        c("3차 개정안에 미반영된 내용이 대선 공약에 포함될 수 있도록 준비해 나가겠다", J, Q, ["decentralization"], "plan"),
        c("강원특별법 2차 개정에 따른 특례 성과를 점검하고 향후 3차 개정안 추진 전략을 공유했다", None, Q, ["decentralization"], "statement"),
        c("그간의 성과로는 산림·환경·군사·농업 등 4대 분야 규제 해소를 손꼽았다", None, Q, ["decentralization"], "achievement"),
        c("고성 통일전망대가 산림 이용진흥지구로 지정돼 생태 안보 관광지로 조성된다", None, Q,
          ["decentralization", "culture-tourism"], "achievement"),
        c("환경영향평가를 도가 넘겨받아 협의할 수 있는 성과를 거뒀다", None, Q, ["decentralization"], "achievement"),
        c("390만평의 군사 규제가 풀렸다", None, Q, ["decentralization"], "achievement"),
        c("35만평이 농촌활력촉진지구로 지정돼 농촌 개발이 가능하게 됐다", None, Q, ["decentralization", "agriculture"], "achievement"),
        c("4대 특화산업 육성을 위한 광역 연구개발특구 지정을 신청했다", None, Q,
          ["research-development", "medical-industry"], "achievement"),
        c("도는 하반기 지정을 목표로", None, Q, ["research-development"], "plan"),
    ],
    not_claims=["김진태 지사 \"강원특별법 3차 개정안 미반영분 대선 공약 포함\"",
                "특례 실국 추진 상황 보고회…답보상태인 3차 개정안 새롭게 준비",
                "[강원도 제공.재판매 및 DB 금지]",
                "김 지사는 이날 도청 신관 회의실에서 강원특별법 특례 실국 추진 상황 보고회에서 이같이 밝혔다"],
)

W = "2017-11-07"
IJ = ["investment-attraction", "jobs"]
G["en-07-investkorea.txt"] = dict(
    metadata=dict(headline="기업 유치→일자리 창출→인구 증가…강원 원주경제 선순환", published="2017-11-07",
                  reporter="배연호", outlet="연합뉴스", jurisdiction="42130"),
    officials=[],
    claims=[
        c("강원 원주시에 기업이 몰려오면서 일자리 창출도 가속 중이다", None, W, IJ, "achievement"),
        c("원주시는 2014∼2017년 최근 4년간 38개 기업을 유치했다", None, W, ["investment-attraction"], "achievement"),
        c("이들 유치기업 고용규모는 5천121명에 이른다", None, W, IJ, "achievement"),
        c("기업 유치로 말미암은 신규 일자리 창출 규모가 2천 명에 이를 것으로 분석했다", None, W, IJ, "achievement"),
        c("구인·구직 해피데이에서 일자리를 구한 시민도 매년 증가 추세다", None, W, ["jobs"], "achievement"),
        c("현장면접으로 즉시 채용하는 구인·구직 해피데이를 2015년 3월부터 운영 중이다", None, W, ["jobs"], "statement"),
        c("구인·구직 해피데이는 한 달에 두 번씩 열린다", None, W, ["jobs"], "statement"),
        c("2016년 778명, 2017년 9월 말 현재 600명이 취업했다", None, W, ["jobs"], "achievement"),
        c("사회적 기업 육성을 통한 일자리 창출 성과도 크다", None, W, ["jobs"], "achievement"),
        c("원주시는 2015∼2017년 최근 3년간 36개 사회적 기업 육성을 지원했다", None, W, ["jobs"], "achievement"),
        c("이들 사회적 기업 총고용 규모는 494명이다", None, W, ["jobs"], "achievement"),
        c("일자리가 생기자 인구도 증가한다", None, W, ["jobs"], "achievement"),
        c("기업 유치, 일자리 창출, 인구 증가 등으로 이어지는 선순환 구조가 만들어지고 있다", None, "2017-11-03", IJ, "achievement"),
        c("올해 말 원주∼강릉 고속전철 개통 등으로 수도권 시대가 열리면", None, "2017-11-03",
          ["public-transit", "investment-attraction", "jobs"], "statement"),
    ],
    not_claims=["기업 유치→일자리 창출→인구 증가…강원 원주경제 선순환",
                "올해도 2천867명 늘어…\"수도권 시대 열리면 더 빨라질 것\"",
                "올해 10월 현재 원주시 인구는 34만3천997명으로"],
)

M = "choi-mun-sun"
G["en-08-ajunews.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet="아주경제", jurisdiction="42790"),
    officials=[M],
    claims=[
        c("최문순(사진) 화천군수가 새해에도", M, None, ["childcare-birth"], "plan"),
        c("최 군수가 중장기 계획을 세우고 추진 중인 인구정책이다", None, None, ["childcare-birth"], "achievement"),
        c("최 군수는 31일 새해 군정의 주요 계획을 발표한 신년사에서", M, None, ["childcare-birth"], "plan"),
        c("다양한 교육정책 기조를 유지하겠다", M, None, ["education"], "plan"),
        c("맞벌이 가정, 경력단절 여성들을 위한 맞춤형 돌봄서비스 제공을 위해 복합커뮤니티센터 건립을 차질 없이 추진하겠다", M, None,
          ["childcare-birth"], "plan"),
        c("중․고등학생 교복비와 교통비 지원, 청소년 교육 프로그램 개발과 해외연수 지원에도 힘쓸 것", M, None,
          ["education", "public-transit"], "plan"),
        c("농업기술센터 신축, 농기계 임대사업소 확충, 창업 교육장 신축을 진행해", M, None,
          ["agriculture", "small-merchants", "startup-support"], "plan"),
        c("산천어축제를 비롯해 여러 관광 콘텐츠와 스포츠 대회가 지역경제에 기여할 수 있도록 노력하겠다", M, None,
          ["culture-tourism", "welfare"], "plan"),
    ],
    not_claims=["©'5개국어 글로벌 경제신문' 아주경제"],
)

G["en-09-pressian.txt"] = dict(
    metadata=dict(headline="동해시, 동쪽바다중앙시장 어시장 새 단장", published=None, reporter=None,
                  outlet="프레시안", jurisdiction="42170"),
    officials=["sim-gyu-eon"],
    claims=[
        c("어시장이 낙후된 이미지를 벗어나 새로운 모습으로 탈바꿈했다고 밝혔다", None, None, ["small-merchants"], "achievement"),
        c("지난 8월까지 1층 규모로 신축되어 10명의 상인이 입주했다", None, None, ["small-merchants"], "achievement"),
        c("어시장 철거 및 신축은 총 4억7100만 원의 사업비로 추진되어", None, None, ["small-merchants"], "achievement"),
        c("동쪽바다 중앙시장이 영동지역의 대표 전통시장으로", None, None, ["small-merchants", "culture-tourism"], "statement", "박인수"),
    ],
    not_claims=["동해시, 동쪽바다중앙시장 어시장 새 단장", "4억 7100만 원 투자, 어시장 10곳과 파고라 설치",
                "어시장은 1980년경에 건축되어 현재에 이르렀다",
                "이 기사의 구독료를 내고 싶습니다"],
)

os.makedirs(D, exist_ok=True)
for name, g in G.items():
    out = {"article": name, "metadata": g["metadata"], "officials": g["officials"],
           "claims": g["claims"], "not_claims": g["not_claims"]}
    with open(D + name + '.json', 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    print(name, len(g["claims"]))
