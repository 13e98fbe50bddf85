"""Writes the hand-made gold annotations of set-pe to gold/."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold")
os.makedirs(OUT, exist_ok=True)


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


G = {}

# pe-01: 의왕시 치매안심센터 개소 (아주경제 AMP, 2019-03-05 10:33)
D = "2019-03-05"
G["pe-01-ajunews.txt"] = {
    "metadata": {"headline": "김상돈 의왕시장 \"치매안심센터 치매사업 중요한 허브역할 하게될 것\"",
                 "published": "2019-03-05T10:33+09:00", "reporter": None, "outlet": None,
                 "jurisdiction": "41430"},
    "officials": ["kim-sang-don"],
    "claims": [
        c("앞으로 치매안심센터를 통해 치매 친화적인 환경을 조성하고", "kim-sang-don", D, ["dementia-care"], "plan"),
        c("새롭게 문을 연 의왕시 치매안심센터는 보건소 3층에 위치해 있으며", None, D, ["dementia-care"], "achievement"),
        c("지난해 11월 말 착공해 약 2개월간 공사를 거쳐 올해 1월말에 준공됐으며", None, D, ["dementia-care"], "achievement"),
        c("다양한 사업을 확대 발전시켜 나갈 계획이다", None, D, ["dementia-care"], "plan"),
    ],
    "not_claims": [
        "치매안심센터 치매사업 중요한 허브역할 하게될 것",
        "개소식은 식전행사와 경과보고, 시장 인사말과 내빈 축사, 테이프커팅, 시설 관람 순으로 진행됐다",
        "‘기억마루’란 별칭을 사용하고 있는데",
        "시·도의원 등 100여명이 참석해 개소식을 축하했다",
    ],
}

# pe-02: 원주시 2025년 투자유치 실적 (메이저뉴스, 2026-01-05 08:15:26), institutional narration
D = "2026-01-05"
G["pe-02-majornews.txt"] = {
    "metadata": {"headline": "원주시, 지난해 11개 기업·2,888억 원 투자 유치",
                 "published": "2026-01-05T08:15:26+09:00", "reporter": None, "outlet": "메이저뉴스",
                 "jurisdiction": "51130"},
    "officials": [],
    "claims": [
        c("853명의 고용을 창출하는 투자협약을 체결했다", None, D, ["investment-attraction", "jobs"], "achievement"),
        c("투자 기업은 ▲반도체 장비(EUV 장비 등)", None, D, ["investment-attraction"], "statement"),
        c("첨단 기술 기반 산업으로 지역의 산업 구조가 확대될 것으로 예상된다", None, D, ["investment-attraction"], "statement"),
        c("투자유형별로는 타·시도 이전 및 신설 기업이 5곳으로 가장 많았고", None, D, ["investment-attraction"], "achievement"),
        c("투자 지역은 조성 중인 부론산업단지를 중심으로", None, D, ["investment-attraction"], "statement"),
        c("외국인기업 2곳이 입주 계약을 체결하며 분양이 100% 완료됐다", None, D, ["investment-attraction"], "achievement"),
        c("협약에 따른 투자와 고용은 단계적으로 추진될 예정이다", None, D, ["investment-attraction", "jobs"], "plan"),
        c("투자 이행에 필요한 행정 지원을 적극적으로 이어갈 계획이다", None, D, ["investment-attraction"], "plan"),
    ],
    "not_claims": [
        "원주시, 지난해 11개 기업·2,888억 원 투자 유치",
        "인허가, 관계기관 협의 등 기업투자·일자리 창출 최우선 지원",
    ],
}

# pe-03: 춘천시 제7차 미세먼지 계절관리제 (아시아경제 text, ' date 2025-12-08'), institutional narration
D = "2025-12-08"
G["pe-03-asiae.txt"] = {
    "metadata": {"headline": None, "published": "2025-12-08", "reporter": None, "outlet": None,
                 "jurisdiction": "51110"},
    "officials": ["yuk-dong-han"],
    "claims": [
        c("'제7차 미세먼지 계절관리제'를 시행한다", None, D, ["fine-dust"], "plan"),
        c("시민 건강 보호를 최우선 목표로 한 종합 대응체계를 가동한다", None, D, ["fine-dust"], "plan"),
        c("계절관리제는 2019년 도입된 이후 초미세먼지 저감에 실질적인 효과를 보여 왔다", None, D, ["fine-dust"], "achievement"),
        c("2025년에는 18㎍/㎥로 약 44% 개선되었다", None, D, ["fine-dust"], "achievement"),
        c("춘천시는 기존보다 더 강화된 관리정책을 적용할 계획이다", None, D, ["fine-dust"], "plan"),
        c("시민 생활 전반을 아우르는 미세먼지 저감 조치를 포함한다", None, D, ["fine-dust"], "statement"),
        c("5등급 경유차량 1,961대에 대한 상시 모니터링과 단속이 이뤄지고", None, D, ["fine-dust"], "plan"),
        c("배출가스 특별단속도 병행된다", None, D, ["fine-dust"], "plan"),
        c("산업부문에서는 사업장과 대형 공사장에 대한 점검이 한층 강화된다", None, D, ["fine-dust"], "plan"),
        c("비산먼지 저감시설 가동 여부와 불법 배출 가능성이 있는 지역을 중심으로 현장 점검을 확대하고", None, D, ["fine-dust"], "plan"),
    ],
    "not_claims": [
        "AI 요약 기술은 핵심만 전달합니다",
        "2월부터 2026년 3월까지…고농도 시기 선제 대응",
        "계절관리제 도입 이후 농도 44% 감소…올해는 국외 유입 증가 전망",
        "전년보다 농도 상승 가능성이 제기되고 있다",
    ],
}

# pe-04: 연수구 주민참여예산정책 토론회 (기호일보, undated -> all dates null)
G["pe-04-kihoilbo.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "김희연", "outlet": "기호일보",
                 "jurisdiction": "28185"},
    "officials": ["go-nam-seok"],
    "claims": [
        c("전문가들의 의견과 주민들의 바람을 수렴해 내년도 사업에 반영할 예정이다", None, None, ["citizen-participation"], "plan"),
        c("토론회는 주민들과의 소통을 통해 다양한 생각과 정책 방향을 공유할 수 있는 뜻깊은 자리였다", None, None, ["citizen-participation"], "statement"),
        c("주민 의견을 충분히 수렴해 반영할 수 있도록 노력하겠다", None, None, ["citizen-participation"], "plan"),
        c("주민들의 의견을 구정에 접목하고자 하는 것이 이번 토론회의 목적", "go-nam-seok", None, ["citizen-participation"], "statement"),
        c("주민 한 사람, 한 사람이 구청장이 되는 직접민주주의를 구현하겠다", "go-nam-seok", None, ["citizen-participation"], "plan"),
    ],
    "not_claims": [
        "인천시 연수구는 2일 선학근린공원에서 주민참여예산정책 토론회를 열었다",
        "도시농업 전문가를 초빙해 주민과 소통하는 자리다",
        "지난달 18일 솔찬공원에 이어 두 번째로 진행됐다",
    ],
}

# pe-05: 가평군 민선8기 군정 비전·방침 (브레이크뉴스 경기북부/강원, 2022/08/24 11:42)
D = "2022-08-24"
G["pe-05-breaknews.txt"] = {
    "metadata": {"headline": "민선8기 서태원 가평군수, 군정 비전 및 방침 확정...\"본격적인 군정시작 알려\"",
                 "published": "2022-08-24T11:42+09:00", "reporter": "김현우", "outlet": "브레이크뉴스",
                 "jurisdiction": "41820"},
    "officials": ["seo-tae-won"],
    "claims": [
        c("미래성장 동력인 문화 및 관광 산업으로 견인하여 경제성장을 도모하고", None, D, ["culture-tourism"], "plan"),
        c("3. 지역문화는 더 다채롭게, 4. 주민참여는 더 활발하게, 5. 주민안전은 더 세심하게 정했다", None, D,
          ["culture-tourism", "citizen-participation", "disaster-safety"], "plan"),
        c("군민 정책 아이디어 공모전을 실시할 계획이다", None, D, ["citizen-participation"], "plan"),
    ],
    "not_claims": [
        "서태원 가평군수는 민선8기 군정 비전과 방침을 확정하고 본격적인 군정시작을 알렸다",
        "가평군민의 삶 전반이 한걸음 더 나아지게 하려는 의지를 군민들이 이해하기 쉬운 용어로 표현하였다",
        "민선8기 서태원 가평군수 군정 비전 및 방침 확정 <사진제공=가평군>",
        "The following is [the full text] of the English article",
    ],
}

# pe-06: 최종환 파주시장 취임식 취소, 재난안전 대책회의 (경기일보, 노출승인 2018-07-01 18:25)
D = "2018-07-01"
G["pe-06-kyeonggi.txt"] = {
    "metadata": {"headline": "최종환 파주시장 취임식취소… 재난안전 대책회의를 시작으로 공식 업무시작",
                 "published": "2018-07-01T18:25+09:00", "reporter": "김요섭", "outlet": "경기일보",
                 "jurisdiction": "41480"},
    "officials": ["choi-jong-hwan"],
    "claims": [
        c("취임식보다 시민안전이 먼저라는 의지 때문이다", "choi-jong-hwan", D, ["disaster-safety"], "statement"),
        c("‘재난안전대책본부’를 가동하여 모든 필요한 조치를 취하겠다", "choi-jong-hwan", D, ["disaster-safety"], "plan"),
        c("공직자들은 시민의 안전을 최우선으로 책임져야 할 막중한 책무를 지니고 있다", "choi-jong-hwan", D, ["disaster-safety"], "statement"),
        c("소관 분야별로 피해 예방에 최선을 다해 달라", "choi-jong-hwan", D, ["disaster-safety"], "plan"),
        c("산사태·하천변 등 취약지역 특별 점검", "choi-jong-hwan", D, ["disaster-safety"], "plan"),
        c("재해위험지역을 직접 찾아 현장을 점검하고 이어 파주통일경제특구 대비 중국투자 협회와의 상호협력체결을 추진한다",
          "choi-jong-hwan", D, ["disaster-safety", "investment-attraction"], "plan"),
    ],
    "not_claims": [
        "진행하려던 취임식을 전격 취소했다",
        "현충탑 참배와 시의회에서 취임 선서를 하는 것으로 대신할 예정이다",
        "시청에서 재난안전 대책회의를 여는 것으로 첫 공식 업무를 시작했다",
        "불가피하게 취임식을 취소하게 됐다",
        "최종환 파주시장 취임식취소… 재난안전 대책회의를 시작으로 공식 업무시작",
    ],
}

# pe-07: 최문순 강원도지사 민선7기 1년 인터뷰 (한국경제 page, undated -> all dates null)
G["pe-07-hankyung.txt"] = {
    "metadata": {"headline": "[인터뷰] 최문순 \"좌고우면 없이 초심에서 공약 성과 낼 것\"",
                 "published": None, "reporter": None, "outlet": None, "jurisdiction": "42"},
    "officials": ["choi-moon-soon"],
    "claims": [
        c("고용과 인구 안전성 확보를 위한 혁신성장 신산업 육성에 집중하겠다", "choi-moon-soon", None, ["jobs"], "plan"),
        c("경제활력과 일자리 창출에 중점을 둬 5월 기준 역대 최고기록인 고용률 전국 3위(64.5%)에 오르고", "choi-moon-soon", None,
          ["jobs"], "achievement"),
        c("춘천∼속초 동서고속화철도 전략환경영향평가 협의처리", "choi-moon-soon", None, ["public-transit"], "achievement"),
    ],
    "not_claims": [
        "평화와 번영 평화경제 기반 마련…일자리·소득 창출 전력",
        "장기현안 성과도출은 미흡…4차 산업혁명 능동 대응 총력",
        "평화경제시대로 패러다임을 전환하고 기반을 마련했다",
        "DMZ 평화의 길 개방을 비롯한 DMZ 활성화 등 남북평화의 강원도 역할론을 주도해왔다",
        "알펜시아리조트 매각 등 일부 장기현안 과제 미해결",
    ],
}

# pe-08: 유정복 인천시장 주재 집중호우 대비 점검회의 (theinnews page, 기사등록 2025-07-18 16:20:51)
D = "2025-07-18"
G["pe-08-theinnews.txt"] = {
    "metadata": {"headline": "유정복 인천시장 주재 집중호우 대비 점검회의 개최",
                 "published": "2025-07-18T16:20:51+09:00", "reporter": None, "outlet": None,
                 "jurisdiction": "28"},
    "officials": ["yoo-jeong-bok"],
    "claims": [
        c("국지성 집중호우와 태풍 가능성에 대비해 시 전반의 대응체계를 점검하고", None, D, ["disaster-safety"], "statement"),
        c("재해취약지역을 중심으로 인명 피해 방지 대책을 다시 확인했다", None, D, ["disaster-safety"], "statement"),
        c("예방사업 추진 현황을 보고 받고", None, D, ["disaster-safety"], "statement"),
        c("국지성 호우가 증가하고 있다며", "yoo-jeong-bok", D, ["disaster-safety", "climate-carbon"], "statement"),
        c("중요한 것은 시민의 생명과 안전이라고", "yoo-jeong-bok", D, ["disaster-safety"], "statement"),
    ],
    "not_claims": [
        "실시간 예·경보 체계를 통해 신속하게 정보를 전달하고, 선제적 대응으로 골든타임을 반드시 지켜야 한다",
        "무엇보다 중요한 것은 시민의 생명과 안전”이라고 강조했다. - 이어",
        "18일 인천시청 재난안전상황실에서 호우 대비 점검회의를 개최했다",
        "시 관련 국장과 10개 군·구 부단체장들이 참석했다",
    ],
}

# pe-09: 옹진군 섬 출항 오전배 연구용역 최종보고회 (여성종합뉴스, 입력 2022-12-21 17:44)
D = "2022-12-21"
G["pe-09-womannews.txt"] = {
    "metadata": {"headline": "옹진군, ‘섬 지역 오전출항 여객선 운항 타당성 검토 연구용역’관련 최종보고회 개최",
                 "published": "2022-12-21T17:44+09:00", "reporter": "민일녀", "outlet": "여성종합뉴스",
                 "jurisdiction": "28720"},
    "officials": ["mun-gyeong-bok"],
    "claims": [
        c("오전에 출발하는 여객선 도입방안 및 운영수지에 대한 연구용역을 실시해왔다", None, D, ["public-transit"], "statement"),
        c("당일에도 섬으로 돌아올 수 있는 1일 생활권이 확보되어 주민 삶의 질을 높일 것으로 보고 있다", None, D, ["public-transit"], "statement"),
        c("섬 출항 오전배 도입사업이 조속히 추진될 수 있도록 하여", "mun-gyeong-bok", D, ["public-transit"], "plan"),
    ],
    "not_claims": [
        "지난 20일 옹진군청 중회의실에서 ‘섬지역 오전출항 여객선 운항 타당성 검토 연구용역’ 최종보고회를 개최했다",
        "섬에서 출발하는 항로는 백령 – 인천항로(코리아프린세스호)가 유일하다",
        "입금할 금액은 입니다.",
    ],
}

for name, gold in G.items():
    record = {"article": name, **gold}
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as handle:
        json.dump(record, handle, ensure_ascii=False, indent=1)
    print(name, len(gold["claims"]))
