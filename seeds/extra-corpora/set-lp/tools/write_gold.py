"""Writes gold/*.json for set-lp (hand annotation; see GOLD_NOTES.md)."""
import json, os
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold")
os.makedirs(G, exist_ok=True)

def c(q, pol, kind, date, sp=None, name=None):
    d = {"quote": q, "speaker": sp, "date": date, "policies": pol, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d

def w(art, meta, officials, claims, nots):
    keys = ["headline", "published", "reporter", "outlet", "jurisdiction"]
    obj = {"article": art, "metadata": dict(zip(keys, meta)), "officials": officials, "claims": claims, "not_claims": nots}
    with open(os.path.join(G, art + ".json"), "w", encoding="utf-8") as h:
        json.dump(obj, h, ensure_ascii=False, indent=1)

CB = ["childcare-birth"]
d = "2025-12-18"
w("lp-01-asiae.txt", ["첫째 출생축하금 50만원 신설", "2025-12-19", None, None, "41390"], ["lim-byeong-taek"], [
    c("경기도 시흥시가 내년부터 출생 가정 지원금의 범위와 금액을 크게 늘린다", CB, "plan", d),
    c("넷째 아이를 낳으면 840만원의 파격적인 지원금을 지급한다", CB, "plan", d),
    c("'시흥시 임신·출산 지원에 관한 조례'를 전면 개정", CB, "plan", d),
    c("모든 출산가정에 산후조리비를 지역화폐로 자체 지원해 왔다", CB, "statement", d),
    c("출생축하금을 추가로 지급하며 단계적으로 지원을 늘려왔다", CB, "statement", d),
    c("첫째아 출산 가정에 출생축하금 50만원을 추가로 지원한다", CB, "plan", d),
    c("출생축하금을 각각 100만원, 200만원으로 2배 인상한다", CB, "plan", d),
    c("산후조리비와 출생축하금을 합쳐 ▲첫째아 90만원", CB, "plan", d),
    c("개정 조례는 내년 1월 1일 이후 출생한 영아부터 적용된다", CB, "plan", d),
    c("인상분은 조례 공포 이후 추가 지급한다", CB, "plan", d),
    c("경기도 산후조리비 50만원과 중복 수령이 가능하다", CB, "statement", d),
    c("출산지원금은 출생 신고 시 동 주민센터에서 함께 신청하면 된다", CB, "statement", d),
    c("이번 출생축하금 확대는 출산 가정의 경제적 부담을 완화하고", CB, "statement", d, "lim-byeong-taek"),
], ["둘째·셋째 지원금 2배로 인상", "자세한 내용은 시흥시청 누리집에서 확인하거나"])

IA = ["investment-attraction"]
d = "2026-01-19"
w("lp-02-kukinews.txt", ["민선 8기 원주시정, ‘기업 투자유치 2조3200억원’", "2026-01-19T18:39+09:00", None, "쿠키뉴스", "51130"], [], [
    c("4년 동안 2조원이 넘는 기업 투자를 유치한 것으로 나타났다", IA, "achievement", d),
    c("원주시는 4년 전 투자유치과 신설 이후 9200억원 규모의 투자를 유치했다", IA, "achievement", d),
    c("올해 안으로 단일부서 기준, 1조원 투자유치 달성이 유력하다", IA, "statement", d),
    c("민선 8기 원주시정 총 투자유치는 2조3200억원 규모다", IA, "achievement", d),
    c("이번 사업은 원주시가 추진 중인 ‘의료·헬스케어 시티’ 구상을 구체화하는 핵심 인프라다", ["medical-industry"], "statement", d),
    c("독보적인 투자유치 실적은 전략산업 중심의 집중 유치 전략에 따른 성과가 현실화하고 있다는 평가다", IA, "achievement", d),
    c("1조원 투자유치 달성에 7년이 걸렸다고 설명했다", IA, "statement", d),
    c("이 같은 투자유치 속도는 원주시의 주력산업이 기존 의료기기산업 중심에서", IA + ["medical-industry"], "statement", d),
    c("전략산업을 중심으로 한 선택과 집중도 실질적인 투자유치로 이어지고 있다", IA, "achievement", d),
], ["투자유치과, 신설 4년만 9200억원 실적", "원주시와 리드텍은 AI·디지털 헬스케어 산업 협력을 위한 업무협약을 체결했다",
    "메가데이타코리아는 원주시 최초의 ‘도시첨단산업단지’를 조성한다", "도시첨단산업단지 AI데이터센터 착공식"])

FD = ["fine-dust"]
d = "2018-05-02"
w("lp-03-ajunews.txt", ["안양시 '미세먼지 걱정없는 도시 만든다'", "2018-05-02T11:04+09:00", None, None, "41170"], ["lee-pil-un"], [
    c("미세먼지 저감 종합대책을 수립하고, 본격 추진에 나선다", FD, "plan", d),
    c("지난해 안양시의 연평균 미세먼지 농도는 49㎍/㎥로 나타났다", FD, "statement", d),
    c("노후경유차 2100대를 대상으로 폐차 보조금을 지급하고", FD + ["future-vehicles"], "target", d),
    c("대기배출사업장에 대한 지도점검을 강화하고", FD, "plan", d),
    c("시청 옥상에 살수시설(스프링쿨러)을 설치해", FD, "plan", d),
    c("미세먼지 저감 종합대책 추진을 통해 시민들이", FD, "plan", d, "lee-pil-un"),
], ["미세먼지 저감 종합대책 7개 분야 22개 사업 본격 추진", "최근 미세먼지가 심각한 사회적 문제로 떠올랐다"])

PT = ["public-transit"]
KB = "kim-byeong-su"
w("lp-04-ajunews.txt", [None, None, None, "아주경제", "41570"], [KB], [
    c("현재 김포시에서 가장 필요한 것은 교통과 소통", PT, "statement", None, KB),
    c("교통이란 혈관을 뚫어야 한다", PT, "plan", None, KB),
    c("'5호선 김포한강선 연장'과 'GTX-D김포~강남(팔당) 실현'", PT, "plan", None, KB),
    c("교통이 김포 전역에 흐르게 되면 교육과 복지, 문화, 의료 등의 인프라도", PT + ["education", "welfare", "culture-tourism", "public-health"], "statement", None, KB),
    c("누구나 참여해 문제를 논의하고 해결점을 찾아갈 것", ["citizen-participation"], "plan", None, KB),
    c("△지하철 5호선 한강선 연장 △북부권 트램", PT + ["culture-tourism", "public-health"], "plan", None, KB),
], ["김병수 김포시장이 12일 언론인간담회에서 '교통과 소통'을 강조하고 있다", "'70만 김포시대'를 준비해야 한다",
    "김 시장, 민선 8기는 실용적이고 시민 위주의 편의행정이 '최우선'", "시민의 행복한 삶을 시정 우선 가치로 삼고"])

AG = ["agriculture"]; YP = ["youth-policy"]; SU = ["startup-support"]
HW = "han-wang-gi"
w("lp-05-kmknews.txt", ["평창군, 지역특화 임대형 스마트팜···공모사업 선정!", "2019-12-24T11:03+09:00", "최영숙", "광교저널", "42760"], [HW], [
    c("농림축산식품부는 지난 23일 평창군을 「지역특화 임대형 스마트팜 조성 지역」으로 선정했다", AG, "achievement", "2019-12-23"),
    c("총 사업비 505억 원(국·도비 및 융자 포함)을 들여", AG, "plan", "2019-12-24"),
    c("청년들에게 지자체가 조성한 스마트팜을 계약기간동안 저렴하게 임대함으로써", AG + YP + SU, "statement", "2019-12-24"),
    c("청년들이 농업·농촌으로 찾아오는 기반이 될 것으로 전망한다", AG + YP, "statement", "2019-12-24", HW),
    c("창업을 고민하는 청년들에게는 좋은 기회의 장이 될 것으로 기대한다", AG + YP + SU, "statement", "2019-12-24", HW),
    c("2022년부터 만 18세 이상에서 만40세 미만의 청년에 한해 임대되며", AG + YP + SU, "plan", "2019-12-24"),
], [])

d = "2023-06-16"
w("lp-06-fnnews.txt", ["미래 농업 이끌 청년농업인 모집...평창 횡계 스마트팜 3년까지 임대", "2023-06-17T09:00+09:00", "김기섭", "파이낸셜뉴스", "51"], [], [
    c("대한민국 청년농업인들을 모집해 지역내 스마트팜을 임대해주기로 했다", AG + YP, "plan", d),
    c("오는 27일부터 29일까지 총 8개 팀, 24명의 청년농업인을 모집한다", AG + YP, "target", d),
    c("저온성 작물을 재배할 수 있는 기회를 얻게 된다", AG + YP, "plan", d),
    c("임대 기간은 최소 1년에서 최대 3년까지며 입주는 올해 9월1일부터 시작된다", AG, "plan", d),
    c("스마트팜 청년창업 보육사업 교육을 수료하거나 예정인 청년농업인이 1순위", AG + YP + SU, "statement", d),
    c("영농 의욕 등을 심층적으로 검증해 최종 선발한다", AG + YP, "plan", d),
    c("청년농들에게 창업 기회를 제공하고 그들이 안정적인 환경에서 영농을 이어나갈 수 있도록 지원할 계획", AG + YP + SU, "plan", d, None, "정영모"),
    c("스마트팜 시스템을 활용한 청년농의 성공은", AG + YP, "statement", d, None, "정영모"),
], [])

SG = "sim-gyu-eon"; d = "2025-11-26"
w("lp-07-asiae.txt", ["동해시, 6924억 예산으로 '시민 행복' 시정 청사진 제시", "2025-11-27", None, None, "51170"], [SG], [
    c("다양한 분야에서 가시적인 성과를 이뤄냈다고 평가했다", ["culture-tourism", "education", "welfare"], "achievement", d, SG),
    c("수소특화단지 지정과 기회발전특구 고시를 통해 수소 산업의 핵심 거점으로 성장 기반을 확보했다", ["energy-transition", "investment-attraction"], "achievement", d),
    c("한국관광 100선에 연속 선정되는 등 지역 브랜드 가치가 높아졌으며", ["culture-tourism"], "achievement", d),
    c("구도심 도시재생으로 지역 공동체의 재도약 토대를 마련했으며", ["urban-regeneration", "citizen-participation", "education", "welfare"], "achievement", d),
    c("동해페이 인센티브 상향, 소상공인 이자 및 카드수수료 지원", ["small-merchants"], "achievement", d),
    c("2026년도 시정 목표는", ["culture-tourism"], "plan", d),
], ["AI 요약 기술은 핵심만 전달합니다", "수소경제·복합관광단지 중심 '전국 10대 관광도시' 도약 선언",
    "심규언 동해시장이 지난 26일 제357회 동해시의회 제2차 정례회에서 올해 시정 성과를 보고하고 있다",
    "\"변화 속에서도 흔들림 없는 시정\"을 강조하며"])

w("lp-08-jeonmae.txt", ["이천시, SK하이닉스 본사이전 일축", "2023-08-21T16:18+09:00", "지원배", "전국매일신문", "41500"], ["kim-gyeong-hui"], [
    c("SK하이닉스의 본사는 이천에 계속 위치할 것", IA, "statement", "2023-08-21"),
], ["하이닉스와 글로벌 반도체 도시 육성", "이천의 경쟁 상대는 용인과 청주가 아닌",
    "반도체산업 발전을 위해 앞으로도 시와 상생협력을 지속해 나갈 것",
    "이천캠퍼스에 대한 R&D 투자는 지속될 것", "HBM3의 경우, 첨단 생산공정을 갖춘 이천캠퍼스에서"])

KM = "kim-man-su"; CT = ["culture-tourism"]
w("lp-09-seoul.txt", ["김만수 부천시장 “문화도시 부천을 넘어 새 가치를 만들어내는 창의도시로 거듭나겠다”", None, None, None, "41190"], [KM], [
    c("이제 부천은 문화도시를 넘어 새것을 생각해내고 가치를 만들어내는 혁신을 통해 창의도시로 거듭나겠습니다", CT, "plan", None, KM),
    c("부천은 전국 최초 버스정보시스템을 비롯해 송내역환승센터와 부천마루광장 조성 등", PT, "achievement", None, KM),
    c("올해는 문화특별시에서 창의도시로 한 단계 도약하기 위해 문화·경제·환경·시민 4대 혁신을 추진하겠다", CT, "plan", None, KM),
    c("여러 공연단이 모두 38차례 문화공연을 펼칠 예정으로", CT, "plan", None),
], ["창의적 DNA로 다양한 사업성과 이뤄, 새해 문화·경제·환경·시민 4대 혁신 추진",
    "김만수 부천시장이 22일 기자회견을 열고 새해 시정계획을 발표하고 있다",
    "김연아공원을 조성하는 게 좋겠다는 생각", "새해 시정계획을 이같이 말했다"])
print("ok")
