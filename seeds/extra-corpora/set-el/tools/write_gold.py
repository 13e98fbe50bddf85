"""Write set-el's gold files (hand annotation; claims as (quote, speaker, date, policies, kind[, speaker_name]))."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"
D = {}

def art(name, meta, officials, claims, not_claims):
    out = []
    for c in claims:
        q, sp, date, pol, kind = c[:5]
        row = {"quote": q, "speaker": sp, "date": date, "policies": pol, "kind": kind}
        if len(c) > 5:
            row["speaker_name"] = c[5]
        out.append(row)
    keys = ["headline", "published", "reporter", "outlet", "jurisdiction"]
    D[name] = {"article": name, "metadata": dict(zip(keys, meta)), "officials": officials,
               "claims": out, "not_claims": not_claims}

L = "lee-choon-hee"
d1, d0 = "2019-07-25", "2019-07-24"
art("el-01-sejongmedia.txt",
    ["세종시 '자율주행 실증 규제자유특구' 지정... 자율주행 시대 열린다", "2019-07-25", "김은지", "세종 TV", "36"],
    [L],
    [("실제 승객이 탑승할 수 있는 자율주행 시대를 열게 됐다", None, d1, ["future-vehicles"], "achievement"),
     ("4년간 ‘자율주행 실증 규제자율특구'로 지정받게 됐다", None, d0, ["future-vehicles"], "achievement"),
     ("범위는 신도시 일원과 조치원읍 장영실과학기술지원센터를 포함한", None, d1, ["future-vehicles"], "statement"),
     ("자율차라는 신산업 분야를 선점했다는데 의미가 있다", L, d1, ["future-vehicles"], "achievement"),
     ("자율주행차 관련 기업을 유치해 세종시가 자율차 상용화 거점도시로 도약할 것", L, d1,
      ["future-vehicles", "investment-attraction"], "plan"),
     ("단독 시운전, 일반 차와 함께 운행, 승객탑승 허용 등 단계별 실증을 추진한다", None, d1, ["future-vehicles"], "plan"),
     ("주요 세부사업은 ▲도심특화형 전용공간 자율주행서비스 실증", None, d1, ["future-vehicles"], "statement"),
     ("자율주행 실증과 스마트시티 시번도시를 연계해 5-1생활권에 모빌리티 도시를 구현할 계획이다", L, d1,
      ["future-vehicles", "smart-city"], "plan")],
    ["도심 여객운송, 공원 관광형 자율주행 서비스 등 단계별 실증 추진"])

K = "kim-byeong-nae"
art("el-02-bizdaily.txt", [None, None, None, None, "29155"], [K],
    [("지역 청년들의 일자리 창출과 정책 활성화를 위해 광주 주요 청년기관들과 잇달아 손잡고", None, None, ["youth-policy", "jobs"], "statement"),
     ("‘청년정책 활성화 및 상호협력 업무협약’**을 체결했다", None, None, ["youth-policy"], "achievement"),
     ("청년 활동 지원을 위한 자료 및 공간 제공, 협업 사업 발굴 등 실질적인 협력체계를 구축하기로 했다", None, None, ["youth-policy"], "plan"),
     ("청년센터가 주관하는 다양한 행사를 양림동과 사직동 등지에서 개최해", None, None, ["youth-policy"], "plan"),
     ("김병내 구청장이 광주 청년일자리스테이션의 백경호 대표와 업무협약을 맺었다", None, None, ["youth-policy", "jobs"], "achievement"),
     ("▲진로 탐색 ▲취업 역량 강화 ▲경력 재설계 ▲멘토링 지원 등 다방면의 청년 지원 프로그램을 추진한다", None, None, ["youth-policy", "jobs"], "plan"),
     ("‘청년 MEET 창업지원 사업’을 통해 배출된 창업가들이", None, None, ["startup-support", "youth-policy"], "plan"),
     ("‘남구형 찾아오는 일자리스테이션’**을 신규 추진해, 청년 구직자들이", None, None, ["jobs", "youth-policy"], "plan")],
    ["광주 청년센터와 협약…청년 활동 지원 강화", "광주 청년일자리스테이션과도 맞손",
     "백 대표는 전남대 경제금융연구소 전임연구원으로", "창업 연계 및 찾아가는 일자리 지원 추진", "청년이 머무는 도시로 만들 것"])

art("el-03-kpinews.txt", [None, None, None, None, "29"], ["kang-gi-jung"],
    [("올해 사업비 3346억 원을 투입해 96개 청년사업을 추진한다", None, None, ["youth-policy"], "plan"),
     ("'2025년도 청년정책 시행계획안'을 심의·의결했다", None, None, ["youth-policy"], "achievement"),
     ("26명으로 구성된 광주시 최고 청년정책 기구다", None, None, ["youth-policy"], "statement"),
     ("33개 청년일자리 사업을 추진한다", None, None, ["youth-policy", "jobs", "startup-support"], "plan"),
     ("구직활동수당을 1개월 더 늘려 50만 원씩 300만 원으로 확대한다", None, None, ["youth-policy", "jobs"], "plan"),
     ("일경험드림사업은 청년 수요를 반영해 근무기간을", None, None, ["youth-policy", "jobs"], "plan"),
     ("참여사업장에서 청년을 채용하면 장려금을 지원하는 등 채용연계를 강화한다", None, None, ["youth-policy", "jobs"], "plan"),
     ("주거 분야는 8개 사업에 1313억 원을 들여", None, None, ["housing", "youth-policy"], "plan"),
     ("'지역혁신중심 대학지원체계'를 구축한다", None, None, ["education", "youth-policy"], "plan"),
     ("'광주형 청년일자리공제'를 500명으로 확대하고", None, None, ["youth-policy", "jobs"], "target")],
    ["강기정 광주광역시장이 20일 오후 시청 소회의실에서 열린 청년정책조정위원회 회의를 주재하고 있다"])

M = "myeong-hyeon-gwan"
e2, p4 = "2019-07-02", "2019-07-04"
art("el-04-donga.txt", ["전남지역 모든 시군에 농민수당 지급한다", "2019-07-04T03:00:00+09:00", None, None, "46"], [M],
    [("농민수당이 내년에는 22개 전체 시군으로 확대된다", None, e2, ["agriculture"], "plan"),
     ("농어민수당 지급에 도내 22개 시군이 모두 참여하기로 했다", None, e2, ["agriculture"], "plan"),
     ("농어업 경영체(24만3122명)다", None, e2, ["agriculture"], "statement"),
     ("1년에 2차례 30만 원씩 60만 원을 지역 상품권으로 모든 시군이 동일하게 지급한다", None, e2, ["agriculture"], "plan"),
     ("일단 자체 시행하고 내년부터는 시장·군수협의회 결정에 따르기로 했다", None, e2, ["agriculture"], "plan"),
     ("해남군은 올해 전국에서 처음으로 농민수당을 지급했다", None, p4, ["agriculture"], "achievement"),
     ("연 60만 원의 농민수당을 ‘해남사랑상품권’으로 지급한다", None, p4, ["agriculture"], "statement"),
     ("올해 상반기분은 6월 말까지 1만2487명에게 전달했다", None, p4, ["agriculture"], "achievement"),
     ("1년여간 노력 끝에 지급하게 됐다", M, p4, ["agriculture"], "achievement"),
     ("농민수당이 농업·농촌의 패러다임을 바꾸는 전국적인 모범사례가 되길 기대한다", M, p4, ["agriculture"], "statement"),
     ("함평군도 7월 말까지 신청을 받고", None, p4, ["agriculture"], "plan"),
     ("6068곳의 농가에 연 120만 원을 준다는 계획을 세웠다", None, p4, ["agriculture"], "plan"),
     ("강진군은 ‘논밭경영안정자금’이라는 명칭으로", None, p4, ["agriculture"], "statement")],
    ["내년부터 22개 시군으로 확대 실시, 지역 상품권으로 年 60만원 지급", "농업-농촌의 패러다임 전환 기대"])

P = "park-yong-gap"
art("el-05-cctoday.txt", [None, None, None, "충청투데이", "30140"], [P],
    [("유천동까지 도시재생 뉴딜사업 공모사업이 선정됐고", None, None, ["urban-regeneration"], "achievement"),
     ("유천동 도시재생 뉴딜사업은 유천 전통시장 일원에", None, None,
      ["urban-regeneration", "small-merchants", "disaster-safety"], "plan"),
     ("지역 경제가 뉴딜사업으로 기능을 회복할 것으로 기대된다", None, None, ["urban-regeneration"], "statement"),
     ("칼국수 특화거리가 하나의 지역 명소가 될 것으로 기대하고 있다", None, None, ["culture-tourism"], "statement"),
     ("도시재생 활성화계획 수립 용역을 준비 중다", None, None, ["urban-regeneration"], "statement"),
     ("지속적으로 도시재생 뉴딜사업을 추진해 주민 삶의 질을 향상시키겠다", P, None, ["urban-regeneration"], "plan")],
    ["이 밖에 생활여건 개선을 위해서도 노력하겠다"])

Y = "yang-seung-jo"
art("el-06-wedd.txt", [None, None, None, "웨딩TV", "44"], [Y],
    [("‘아이 낳고 키우기 좋은 충남’ 만들기에 온 힘을 다하겠다고 강조했다", Y, None, ["childcare-birth"], "plan"),
     ("출산 친화적인 문화와 구조를 모범적으로 정착시켜 나아갈 것", Y, None, ["childcare-birth"], "plan"),
     ("올해부터 보육에 차별화된 저출산 정책을 추진한다고 공표한 바 있다", None, None, ["childcare-birth"], "plan")],
    ["데서 벗어나 보육에 차별화된 저출산 정책을 추진", "‘두근두근 임신육아 자선 콘서트’에 참석해 도내 임산부들을 만났다",
     "건강한 임신·출산을 위한 올바른 정보 제공과 출산친화적 분위기 조성을 위해 연 이날 행사에는"])

art("el-07-ccdailynews.txt", [None, None, "곽근만", "충청일보", "43110"], [],
    [("2020년 미세먼지 종합대책을 수립해 추진한다고 13일 밝혔다", None, None, ["fine-dust"], "plan"),
     ("30% 이상(28.8㎍/㎥ →20.1㎍/㎥) 저감하는 것을 목표로", None, None, ["fine-dust"], "target"),
     ("산업 부문은 대기오염총량제 시행", None, None, ["fine-dust"], "plan"),
     ("수송 부문은 노후 경유차 저공해 사업, 친환경 자동차 보급 확대 등을 진행하고", None, None,
      ["fine-dust", "future-vehicles", "energy-transition"], "plan"),
     ("건설공사장 비산먼지 관리 강화 등을 추진한다", None, None, ["fine-dust"], "plan"),
     ("도시 숲 조성 등 녹지 부문 사업도 펼친다", None, None, ["fine-dust"], "plan"),
     ("미세먼지 피해예방 시민 건강관리사업, 마스크 보급사업 등", None, None, ["fine-dust", "public-health"], "plan")],
    ["市, 비용 523억8900억 투입", "7개 분야 34개 사업 추진"])

art("el-08-pressian.txt", [None, None, None, None, "52740"], ["choi-hun-sik"],
    [("이를 위해 대표관광지 확대 및 관광도시 육성에 총력전에 나선다", None, None, ["culture-tourism"], "target"),
     ("누리파크, 장안산 등 주요 거점관광지 확대를 적극적으로 추진하고 있다", None, None, ["culture-tourism"], "statement"),
     ("장수의 독특한 매력을 적극적으로 홍보해 찾아오게 한다는 방침이다", None, None, ["culture-tourism"], "plan"),
     ("100만 관광거점 대표관광지 조성과 국제산악관광도시 미래비전을 최우선 과제로 삼아", None, None, ["culture-tourism"], "target")],
    ["장수군이 당초 목표했던 10만명을 달성한 것으로 나타났다", "생활인구란 체류 횟수가 월 1회 이상인 사람으로",
     "관내 카드 사용액의 34% 이상을 체류인구가 소비하는 만큼", "덕산계곡과 방화동 일대에서 워크숍을 진행하고",
     "목표치를 15만으로 상향해 지역활력을 이끌겠다",
     "전 부서와 군민분들의 관심과 동참을 부탁드린다"])

W, S = "won-hee-ryong", "강성의"
art("el-09-jejudomin.txt",
    ['[도정질문]강성의 "정비 등 체계적 준비 미흡" vs 원희룡 "민간에서 해야할 문제"', None, None, None, "50"], [W],
    [("전기차 보급에만 적극적으로 나서고, 전략투자에는 대책이 없다는 지적이 제기됐다", None, None, ["future-vehicles"], "criticism"),
     ("전기차 정비나 배터리 활용에 대한 체계적인 준비가 미흡하고", None, None, ["future-vehicles"], "criticism", S),
     ("현재 제주도 전기차 지원단계는 다음단계 도약을 위한 단계", W, None, ["future-vehicles"], "statement"),
     ("지금은 민간 개인 소유가 70% 이상을 차지하고 있다", None, None, ["future-vehicles"], "statement", S),
     ("대한민국 전체 전기차 비율로 봐도 과반 이상을 차지하고 있다", None, None, ["future-vehicles"], "statement", S),
     ("현재는 비율이 급속히 떨어지고 있다", W, None, ["future-vehicles"], "statement"),
     ("전기차 보조금으로 수천억원을 지원했는데 이 돈이 지금 다 어디로 갔느냐", None, None, ["future-vehicles"], "criticism", S),
     ("전기차 생산하는 자동차 회사로 들어갔다", W, None, ["future-vehicles"], "statement"),
     ("현재 전기차 충전기가 고장이 많다고 들었다", None, None, ["future-vehicles"], "criticism", S),
     ("이는 관리주체가 일원화가 안되서 그런게 아니냐", None, None, ["future-vehicles"], "criticism", S),
     ("2~3단계 보급을 끌고 나가는 것은 민간에서 해결해야 할 부분", W, None, ["future-vehicles"], "statement"),
     ("제주도내에 전기차를 수리하는 곳이 총 10곳인데", None, None, ["future-vehicles"], "statement", S)],
    ['[도정질문]강성의 "정비 등 체계적 준비 미흡" vs 원희룡 "민간에서 해야할 문제"',
     "제366회 제2차 정례회를 재개해 원희룡 지사를 상대로 도정질문을 이어갔다"])

GOLD.mkdir(exist_ok=True)
for name, data in D.items():
    (GOLD / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(D), "files,", sum(len(d["claims"]) for d in D.values()), "claims")
