"""Write set-ju gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def C(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


def M(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


D1 = "2017-03-21"
D2 = "2025-11-13"
D3 = "2024-01-16"
D4 = "2023-03-14"
D5 = "2024-04-01"
D6 = "2011-12-07"
D7 = "2019-04-18"
D8 = "2026-02-24"
HAN, LEE, HONG, GWON, LSG, PARK, YUN = ("han-dong-su", "lee-gang-deok", "hong-nam-pyo", "gwon-gi-chang",
                                        "lee-sun-geol", "park-heong-joon", "yun-seok-jun")
AG, ED, FD, FV, ET = "agriculture", "education", "fine-dust", "future-vehicles", "energy-transition"
HO, YP, MI, DS = "housing", "youth-policy", "medical-industry", "disaster-safety"

FILES = {
"ju-01-gbprimenews.txt": (
    M("청송군, 적극적으로 귀농·귀촌인 유치", "2017-03-21T16:43:58+09:00", "김진한", "프라임경북뉴스", "47750"),
    [HAN],
    [C("청송군이 2017년 다양한 정책을 펼치며 귀농인 유치에 발 벗고 나섰다", None, D1, [AG], "statement"),
     C("‘2017 성공귀농 행복귀촌 박람회’에서 우수 홍보관으로 선정되었다", None, D1, [AG], "achievement"),
     C("예비 귀농·귀촌인을 모집하여 귀농학교를 운영할 예정이며", None, D1, [AG], "plan"),
     C("자녀교육 문제를 인재양성원 운영을 통해 해소하고 있으며", None, D1, [AG, ED], "plan"),
     C("다른 곳과는 차별된 귀농인 지원책을 펼쳐 귀농·귀촌인 유치에 최선의 노력을 다 할 것", HAN, D1, [AG], "plan")],
    ["▲ 2017 성공귀농 행복귀촌 박람회", "청송군, 적극적으로 귀농·귀촌인 유치2017"]),
"ju-02-ohmynews.txt": (
    M(None, "2025-11-14", None, None, "47110"),
    [LEE],
    [C("고용위기 선제대응지역 지정 확대와 임금 일부 보전으로 대량해고 방지", LEE, D2, ["jobs"], "plan")],
    ["단기적 처방과 K-스틸법이 필요하다고 강조했다",
     "철강산업은 유례없는 위기에 직면해 있다",
     "내수 위축과 전기요금 급등이 위기의 직격탄이 됐다고 진단했다",
     "관급공사에 국내산 철강 사용 의무화",
     "이번 정기국회 내 통과돼야 한다",
     "시정 전념 후 판단하겠다"]),
"ju-03-asiatoday.txt": (
    M("창원시, 미래 50년 신성장 산업생태계 대전환 시동", "2024-01-16T16:08+09:00", "허균", "아시아투데이", "48120"),
    [HONG],
    [C("낭보인 '디지털 마산자유무역지역 지정 결정'과 '마산자유무역지역 국가산업단지 지정'을 기념하고자", None, D3,
       ["investment-attraction"], "achievement"),
     C("우리는 그 너머를 계획하고 추진해야 한다", HONG, D3, ["investment-attraction"], "plan")],
    ["마산자유무역지역 국가산업단지 지정\n전국 최초 디지털 자유무역지역",
     "홍남표 창원시장이 16일 마산자유무역지역, 마산해양신도시를 방문했다",
     "'국가산업단지 지정과 마산자유무역지역의 재도약'을 주제로 한 간담회에 참석했다",
     "창원의 새로운 산업생태계 구축을 위한 간담회를 경남대학교에서 가졌다"]),
"ju-04-localnewsroom.txt": (
    M("[경북도/안동시] 권기창 시장 “바이오생명 국가산단 유치 총력...백신ㆍ헴프(HEMP) 중심 바이오의약\"",
      "2023-03-14", "정시은", "한국지방정부신문", "47170"),
    [GWON],
    [C("'안동 바이오생명 국가산업단지' 선정에 기대를 걸고 있는 안동시와 지역 정치권이 막판 총력전을 펼치고 있다", None, D4,
       [MI], "statement"),
     C("안동 바이오생명 국가산업단지 후보지로 신청한 풍산읍 노리 일원에서", None, D4, [MI], "statement"),
     C("권기창 시장의 민선8기 공약 사업으로 백신, 헴프(HEMP) 중심의 바이오의약의 R&D", None, D4,
       [MI, "research-development", "jobs"], "statement"),
     C("헴프(HEMP)를 이용한 원료의약품 및 식품산업을 육성할 계획이다", None, D4, [MI], "plan"),
     C("안동시는 지난해 8월 후보지 제안서를 제출했다", None, D4, [MI], "achievement"),
     C("반드시 국가산단을 유치해내도록 최선의 노력을 다하겠다", GWON, D4, [MI], "plan")],
    ["풍산읍 노리 일원서 전략회의...15일 신규 12곳 후보지 공식 발표",
     "국토교통부는 오는 15일 신규 국가산업단지 12곳가량을 후보지로 공식 발표할 예정이다"]),
"ju-05-ktin.txt": (
    M("울주군, 여름철 자연재난 사전대비 실태점검 및 대응계획 회의", "2024-04-01T15:21+09:00", "박경태", "경인투데이뉴스",
      "31710"),
    [LSG],
    [C("울주군이 1일 군청 이화홀에서 여름철 자연재난 사전대비 실태점검 및 대응계획 회의를 실시했다", None, D5, [DS],
       "statement"),
     C("인명피해 제로화, 자연재난 피해 최소화를 위한 방안을 논의했다", None, D5, [DS], "statement"),
     C("여름철 자연재난 피해 예방을 위해서는 과할 정도의 선제적 조치가 필요하다", LSG, D5, [DS], "plan"),
     C("산사태 취약지구, 지하차도, 해안가 저지대 등은 다시 한번 꼼꼼하게 점검해달라", LSG, D5, [DS], "plan")],
    ["이순걸 군수 주재로 부군수, 국·소장, 23개 협업부서장과 12개 읍·면장 등이 참석한 가운데 여름철",
     "이날 회의는 이순걸 군수 주재로"]),
"ju-06-kmib.txt": (
    M("대구 ‘지능형 전기자동차 도시’ 꿈꾼다… 2020년까지 1만대 보급", "2011-12-07T18:05+09:00", "최일영", "국민일보", "27"),
    [],
    [C("대구시가 ‘전기자동차 도시’에 대한 청사진을 제시했다", None, D6, [FV], "plan"),
     C("지능형 전기자동차 상용화 거점도시 마스터플랜을", None, D6, [FV], "plan"),
     C("3단계 사업으로 인근 중소도시에 전기자동차 붐울 일으킨다는 내용이 들어있다", None, D6, [FV], "plan"),
     C("2020년까지 전기자동차 1만대 보급, 충전 인프라 구축을 위한 충전기 1만8000기 구축 계획과", None, D6, [FV], "target"),
     C("휴대전화로 쉽게 검색할 수 있도록 관련 서비스를 제공한다는 것이다", None, D6, [FV], "plan"),
     C("전기자동차 상용화 촉진을 위해 세금감면, 유료도로 통행료 감면", None, D6, [FV], "plan"),
     C("세부적인 계획을 세워 전기자동차 거점도시 사업을 진행할 방침이다", None, D6, [FV], "plan")],
    ["대구 ‘지능형 전기자동차 도시’ 꿈꾼다… 2020년까지 1만대 보급"]),
"ju-07-ajunews.txt": (
    M("김해시, 수송분야 미세먼지 잡기 490억 투입", "2019-04-18T12:52+09:00", None, None, "48250"),
    [],
    [C("수송분야에만 올해부터 2022년까지 490억원을 투입해 배출가스를 줄여 나간다고 18일 밝혔다", None, D7, [FD], "plan"),
     C("목표 연도까지 125억원의 예산을 투입해 경유차로 인한 미세먼지를 줄인다", None, D7, [FD], "plan"),
     C("전기차 1,520대, 수소전기차 135대, 수소충전소 2개소를 구축할 계획이다", None, D7, [FV, ET, FD], "target"),
     C("특히 경유차 매연 특별단속을 추진한다", None, D7, [FD], "plan"),
     C("수송분야 미세먼지 저감과 함께 시민운동으로 확산시키기 위해 캠페인 등 홍보를 강화하기로 했다", None, D7, [FD],
       "plan"),
     C("미세먼지 대응으로 매일 맑음 김해'라는 홍보부스를 운영한다", None, D7, [FD], "plan"),
     C("직원과 시민을 대상으로 미세먼지 줄이기 캠페인을 진행한다", None, D7, [FD], "plan"),
     C("시민들이 대기질 개선효과를 체감할 수 있도록 최대한의 행정력을 투입할 것", None, D7, [FD], "plan"),
     C("시민들도 차량 2부제와 대중교통 이용을 생활화 해 적극 동참해 달라", None, D7, [FD], "statement")],
    ["2022년까지 전문가 주원인 지목 배출가스 줄여",
     "전문가들은 중국발 스모그와 공장 매연, 자동차 배출가스를 미세먼지 주 원인으로 지목한다"]),
"ju-08-newspim.txt": (
    M(None, "2026-02-24", "남동현", "뉴스핌", "26"),
    [PARK],
    [C("공공임대주택 입주 청년·신혼부부 대상 2026년 평생함께 청년모두가 주거비 지원사업 700세대를 모집한다고", None, D8,
       [HO, YP], "target"),
     C("1인 미혼청년과 혼인 7년 이내 신혼부부의 월 임대료를 지원해 부산 장기 거주 기반을 마련한다", None, D8, [HO, YP],
       "statement"),
     C("건강보험료 고지액으로 확인하며 법정 저소득층·저소득 세대를 우선 선정한다", None, D8, [HO], "statement"),
     C("제외 대상은 세대원 중 주거급여·럭키7하우스·청년월세", None, D8, [HO], "statement"),
     C("지원 기간은 청년 최대6년, 신혼부부 최대7년이며", None, D8, [HO, YP, "childcare-birth"], "statement"),
     C("최근 계약 임대료 본인부담금에서 3만원 제외액으로", None, D8, [HO], "statement"),
     C("청년 주거안정은 청년이 머물며 꿈 실현하는 부산 핵심 과제", PARK, D8, [HO, YP], "statement"),
     C("주거비 걱정 없이 평생 안정되게 하는 정책으로 희망 사다리 마련하겠다", PARK, D8, [HO, YP], "plan")],
    ["소득 100% 이하 저소득층 우선 선정", "자녀 출산 시 최대 20년 주거비 지원", "사진은 부산시청 전경"]),
"ju-09-donga.txt": (
    M("윤석준 대구 동구청장 인터뷰", None, None, "동아일보", "27140"),
    [YUN],
    [C("동구의 교육 혁신은 지역 불균형 문제를 해소할 변화와 개혁의 씨앗이 될 것입니다", YUN, None, [ED], "statement"),
     C("대구 지역불균형 문제는 결국 교육 격차에서 발생하는 것이다", YUN, None, [ED], "statement"),
     C("동구가 교육 환경을 획기적으로 개선해 균형 발전 해법을 제시할 것", YUN, None, [ED], "plan"),
     C("행정기관을 넘어 교육기관 역할도 해야 한다고 생각한다", YUN, None, [ED], "plan"),
     C("윤 구청장이 교육 혁신에 나선 것은 동구가 직면한 문제 때문이다", None, None, [ED], "statement"),
     C("교육 격차로 인한 심각한 인구 유출 현상을 겪고 있다", None, None, [ED], "statement"),
     C("젊은층이 아이들의 교육 환경 문제로 동구를 떠나고 있다", YUN, None, [ED], "statement"),
     C("교육이 도시 정주 여건의 핵심 사안이다", YUN, None, [ED], "statement"),
     C("교육 지원을 골고루 받을 수 있도록 공교육 품질을 높일 것", YUN, None, [ED], "plan"),
     C("윤 구청장은 조만간 지역 내 57개 초중고교 교직원과 학부모", None, None, [ED], "plan")],
    ["공교육 품질 향상에 행정 주안점", "다양한 교육 프로그램 마련할 것",
     "지방은 소멸하고 수도권을 중심으로 인구가 쏠리는 현상의 축소판처럼 보인다",
     "기초지방자치단체가 일자리를 만들고 결혼까지 시켜주는 시대",
     "신서혁신도시 등 대규모 개발 호재가 있었다",
     "교육위원과 교육위원장을 차례로 거치며 교육 행정 역량과 전문성을 쌓았다고 자부한다"]),
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, (meta, officials, claims, not_claims) in FILES.items():
        gold = {"article": name, "metadata": meta, "officials": officials, "claims": claims,
                "not_claims": not_claims}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(claims)
        print(name, len(claims))
    print("total", total)
