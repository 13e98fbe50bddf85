"""Writes the hand annotations of set-ap to gold/*.json."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'gold')


def c(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


G = {}

# ap-01 관악구 국공립 어린이집 (no date in the text -> published null, claim dates null)
G["ap-01-hankyung.txt"] = dict(
    metadata=dict(headline='서울 관악구 "국공립 어린이집 이용률 50% 공약 2년만에 달성"', published=None,
                  reporter=None, outlet="연합뉴스", jurisdiction="11620"),
    officials=["park-jun-hui"],
    claims=[
        c("'국공립 어린이집 이용률 50%' 목표를 2년만에 달성했다고", None, None, ["childcare-birth"], "achievement"),
        c("국공립 어린이집 이용률이 재작년 38.9%(이용 아동수 3천840명)에서 올해 7월 50.2%", None, None, ["childcare-birth"], "achievement"),
        c("관악구의 국공립 어린이집 수는 71개에서 82개로 늘었다", None, None, ["childcare-birth"], "achievement"),
        c("공보육 강화와 보육서비스 품질개선을 위해 동별로 국공립 어린이집을 균형배치하고", None, None, ["childcare-birth"], "statement"),
        c("자녀를 믿고 맡길 수 있는 국공립 어린이집을 계속 확충해 나갈 것", "park-jun-hui", None, ["childcare-birth"], "plan"),
        c("보육의 공공성 확보와 든든한 보육 인프라 구축으로 아이와 부모가 행복한 관악구를 만들어가겠다", "park-jun-hui", None, ["childcare-birth"], "plan"),
    ],
    not_claims=['서울 관악구 "국공립 어린이집 이용률 50% 공약 2년만에 달성"'],
)

# ap-02 음성군 전통시장 바우처 (no date)
G["ap-02-ccdailynews.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="김록현", outlet="충청일보", jurisdiction="43770"),
    officials=["jo-byeong-ok"],
    claims=[
        c("전통시장이 사업 대상자로 선정돼 국비 1억원을 확보했다", None, None, ["small-merchants"], "achievement"),
        c("시장경영 바우처 공모사업은 고객 유치를 위한", None, None, ["small-merchants"], "statement"),
        c("사업 대상자로 선정된 3개 전통시장은", None, None, ["small-merchants"], "plan"),
        c("어려움을 겪고 있는 전통시장이 활력을 되찾는데 도움이 되길 기대한다", "jo-byeong-ok", None, ["small-merchants"], "statement"),
        c("지역 소상공인과 전통시장 상인들의 매출 증대를 위한 행정지원을 지속적으로 추진해 나가겠다", "jo-byeong-ok", None, ["small-merchants"], "plan"),
    ],
    not_claims=["저작권자 © 충청일보 무단전재 및 재배포 금지"],
)

# ap-03 강서구 주민참여예산 (leading ' date 2026-01-27' line)
G["ap-03-asiae.txt"] = dict(
    metadata=dict(headline=None, published="2026-01-27", reporter=None, outlet=None, jurisdiction="11500"),
    officials=["jin-gyo-hun"],
    claims=[
        c("올해 주민참여예산 사업비를 전년보다 2억원 늘린 20억원 규모로 확대한다고", None, "2026-01-27", ["citizen-participation"], "plan"),
        c("동 주민자치회장 50여 명이 참석한 성과공유회에서 이같은 방침을 밝혔다", None, "2026-01-23", ["citizen-participation"], "plan"),
        c("예산 확대는 지난해 주민참여예산제 운영에서 거둔 성과를 바탕으로 한다", None, "2026-01-27", ["citizen-participation"], "statement"),
        c("구는 행정안전부 주관 '2025년 주민참여예산제도 성과평가'에서 '우수' 등급을 받았다", None, "2026-01-27", ["citizen-participation"], "achievement"),
        c("지난해에는 155건의 주민 제안 중 29건(17억5720만원)을 선정해", None, "2026-01-27", ["citizen-participation", "disaster-safety", "small-merchants"], "achievement"),
        c("구는 확대된 예산으로 주민 삶과 직결된 생활밀착형 사업을 지속 발굴·추진해나갈 계획이다", None, "2026-01-27", ["citizen-participation"], "plan"),
        c("행안부 주관 '우수' 등급은 주민들의 불편 해소와 생활 개선을 위한 목소리가 잘 담긴 유의미한 성과", None, "2026-01-27", ["citizen-participation"], "achievement"),
        c("올해도 예산을 더 확대해 주민의 뜻이 더욱더 반영되도록 노력하겠다", None, "2026-01-27", ["citizen-participation"], "plan"),
    ],
    not_claims=["AI 요약 기술은 핵심만 전달합니다", "지난해 주민참여예산 17억 집행 '우수' 평가",
                "진교훈 강서구청장이 성과공유회에서 인사말을 하고 있다"],
)

# ap-04 인천 전통시장 노후 상수관 (no date in the text)
G["ap-04-fnnews.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="한갑수", outlet="파이낸셜뉴스", jurisdiction="28"),
    officials=[],
    claims=[
        c("인천시는 급수 취약지역인 전통시장에 맑은 물 공급을 위한 수도관 정비에 나선다", None, None, ["water-supply"], "plan"),
        c("9개 시장에 매설된 노후관 2.2㎞를 오는 11월까지 정비한다고", None, None, ["water-supply"], "target"),
        c("30년 이상 경과 된 노후 관로는 약 35%인 16.2㎞로", None, None, ["water-supply"], "statement"),
        c("전통시장의 노후관 정비율이 낮은 이유는", None, None, ["water-supply"], "statement"),
        c("상설 실무협의체를 구성하고 지난 4월부터", None, None, ["water-supply"], "achievement"),
        c("전통시장의 노후관을 정비해 맑은 물을 안정적으로 공급하겠다", None, None, ["water-supply"], "plan", "이응길"),
    ],
    not_claims=["9개 전통시장에 매설된 노후관 2.2㎞를 오는 11월까지 정비하기로 했다",
                "사진은 최근 실시한 학익시장 노후관 정비공사 전경"],
)

# ap-05 강동구 노동권익센터 (승인 2019.06.21 19:31; opening 20일)
G["ap-05-slnews.txt"] = dict(
    metadata=dict(headline="강동구, 전국 최초 자치구 직영 ‘노동권익센터’ 설치", published="2019-06-21T19:31+09:00",
                  reporter="강다영", outlet=None, jurisdiction="11740"),
    officials=["lee-jeong-hun"],
    claims=[
        c("전국 최초 자치구 직영으로 운영하는 ‘노동권익센터’ 개소식을 가졌다", None, "2019-06-20", ["labor-relations"], "achievement"),
        c("강동구 노동권익센터는 유동인구가 많은 천호역세권에 위치", None, "2019-06-21", ["labor-relations"], "statement"),
        c("취약계층 노동자와 소상공인을 지원하고 노무 분야 외에", None, "2019-06-21", ["labor-relations", "small-merchants", "jobs"], "statement"),
        c("노동권익센터 설치는 구청장으로서 약속한 첫 번째 공약사항으로", "lee-jeong-hun", "2019-06-20", ["labor-relations", "jobs", "small-merchants"], "achievement"),
        c("이제 첫발을 내딛는 노동권익센터가 노동자뿐만 아니라 소상공인의 권익 보호와 복지 증진을 위한 거점 역할로", "lee-jeong-hun", "2019-06-20", ["labor-relations", "small-merchants"], "plan"),
    ],
    not_claims=["노동이 존중받는 사회가 삶의 질이 안정된 살기 좋은 사회", "사진= 강동구"],
)

# ap-06 합천군 집중호우 점검회의 (press text, no date)
G["ap-06-hcgokr.txt"] = dict(
    metadata=dict(headline="합천군, 장마철 집중호우 대처상황 점검 회의 개최", published=None, reporter=None, outlet=None,
                  jurisdiction="48890"),
    officials=["kim-yun-cheol"],
    claims=[
        c("15개 협업부서의 대처상황을 보고 하고 집중호우 대응체계를 점검했다", None, None, ["disaster-safety"], "statement"),
        c("인명피해 우려지역에는 수시로 사전예찰을 바란다", "kim-yun-cheol", None, ["disaster-safety"], "plan"),
        c("단 한명의 인명피해가 발생하지 않도록 재난대응에 만전을 기해주기 바란다", "kim-yun-cheol", None, ["disaster-safety"], "plan"),
        c("수시 예찰을 통해 위험요인을 사전에 제거하고, 철저한 안전관리를 강조했다", "kim-yun-cheol", None, ["disaster-safety"], "plan"),
        c("합천군 재난안전대책본부를 비상2단계로 격상하고 24시간 대응체계를 가동 중이다", None, None, ["disaster-safety"], "statement"),
    ],
    not_claims=["김윤철 군수 주재 협업부서별 대처상황 및 향후계획 논의",
                "‘장마철 집중호우 대처상황 점검회의’를 개최했다",
                "이 자료에 대하여 더욱 자세한 내용을 원하시면"],
)

# ap-07 문경시 시내버스 전면 무료화 (AMP text, no date)
G["ap-07-newsis.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet="뉴시스", jurisdiction="47280"),
    officials=["shin-hyeon-guk"],
    claims=[
        c("시민과 관광객 누구나 문경지역 시내버스를 무료 이용할 수 있게 됐다", None, None, ["public-transit"], "achievement"),
        c("이번 조치는 시민들의 대중교통 비용부담을 완화하고", None, None, ["public-transit"], "statement"),
        c("시는 시내버스 전면 무료화 타당성 검토 용역을 실시해", None, None, ["public-transit"], "achievement"),
        c("문경시가 중점사업으로 적극 추진해 마침내 결실을 맺었다", None, None, ["public-transit"], "achievement"),
        c("보편적 교통복지인 시내버스 전면 무료화를 시단위 전국 최초로 시행하게 돼 뜻깊게 생각한다", "shin-hyeon-guk", None, ["public-transit"], "achievement"),
        c("이번 시내버스 전면 무료화는 시민 복지 향상뿐만 아니라 관광객의 문경에 대한 이미지도 향상도 기대된다", "shin-hyeon-guk", None, ["public-transit", "culture-tourism"], "statement"),
    ],
    not_claims=["시민·관광객 누구나 시내버스 무료 이용"],
)

# ap-08 거창군 에너지 자립마을 (기사승인 2020-05-15 11:03:34)
G["ap-08-pressna.txt"] = dict(
    metadata=dict(headline="거창군, 에너지 자립마을에 3개소 선정, 인증서 및 현판 수여",
                  published="2020-05-15T11:03:34+09:00", reporter="김희수", outlet="프레스뉴스", jurisdiction="48880"),
    officials=["gu-in-mo"],
    claims=[
        c("자율인증제 인증서 및 현판 수여식을 신원면 과정마을에서 가졌다고", None, "2020-05-15", ["energy-transition"], "achievement"),
        c("그 중 거창군에서 3개 마을이 선정되는 영예를 안았다", None, "2020-05-15", ["energy-transition"], "achievement"),
        c("이번 평가에서 에너지 자립율이 신원면 과정마을은 43%", None, "2020-05-15", ["energy-transition"], "achievement"),
        c("우리군은 신재생에너지를 통한 에너지 자립도시 만들기와 에너지 복지정책에 총력을 다하고 있다", "gu-in-mo", "2020-05-15", ["energy-transition"], "statement"),
    ],
    not_claims=["거창군 에너지 자립마을 7개소, 경남 군부 최다 선정 기록",
                "군이 보유한 천혜의 자연환경 역시 우리 후손에게 물려주어야 할 귀중한 자산이다"],
)

# ap-09 창원시 교육투자예산 (승인 2019.01.20 23:00)
G["ap-09-gnmaeil.txt"] = dict(
    metadata=dict(headline="창원시, 올 교육투자예산 대폭 증액", published="2019-01-20T23:00+09:00", reporter="강보금",
                  outlet=None, jurisdiction="48120"),
    officials=["heo-seong-mu"],
    claims=[
        c("도내 최초로 중고교 신입생에게 교복비를 지원하는 등 올해 총 596억 원의 교육예산을 투자한다고", None, "2019-01-20", ["education"], "plan"),
        c("이는 2018년 예산인 390억 원보다 약 200억 원이 증액된 금액이다", None, "2019-01-20", ["education"], "statement"),
        c("올해 증액량은 지난해 대비 2배 이상 높다", None, "2019-01-20", ["education"], "statement"),
        c("학교교육경비지원분야에서 예산 126억 원에 비해 올해 145억 원으로 크게 올랐고", None, "2019-01-20", ["education"], "statement"),
        c("시의 주요교육투자사업을 살펴보면", None, "2019-01-20", ["education"], "statement"),
        c("올해 증액 및 신설된 분야는", None, "2019-01-20", ["education", "fine-dust"], "statement"),
        c("교복비 지원사업은 허성무 시장의 공약사업으로 취임 이후 7개월 만에 전격적으로 이행된다", None, "2019-01-20", ["education"], "achievement"),
        c("올해부터는 지역 내 학생들의 안전하고 건강한 급식을 위해 초중고에 친환경 쌀 구입비도 지원한다", None, "2019-01-20", ["education"], "plan"),
        c("같은 지역 고등학교까지의 무상급식 확대와 양질의 급식제공을 위한 급식단가", None, "2019-01-20", ["education"], "statement"),
    ],
    not_claims=["허 시장 “보편적 교육복지 확대” 작년보다 200억 오른 596억"],
)

os.makedirs(OUT, exist_ok=True)
for name, g in G.items():
    doc = {"article": name, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"],
           "not_claims": g["not_claims"]}
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as h:
        json.dump(doc, h, ensure_ascii=False, indent=1)
        h.write('\n')
    print(name, len(g["claims"]))
print('total', sum(len(g["claims"]) for g in G.values()))
