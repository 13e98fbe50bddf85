"""Writes the hand annotations of set-at to gold/*.json."""
import json
import os

GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold")


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


G = {}

# at-01: 서울 구로구, 헤럴드경제, no date in text (URL id 2017-07-06)
G["at-01-heraldcorp.txt"] = {
    "metadata": {"headline": "구로구, 청년지원팀 신설", "published": None, "reporter": "한지숙",
                 "outlet": "헤럴드경제", "jurisdiction": "11530"},
    "officials": ["lee-seong"],
    "claims": [
        c("서울 구로구(구청장 이성)는 청년지원팀을 신설했다고 6일 밝혔다", None, None, ["youth-policy"], "achievement"),
        c("3팀이던 일자리지원과에 청년지원팀을 추가했다", None, None, ["youth-policy", "jobs"], "achievement"),
        c("청년 일자리 창출을 제1공약으로 내세운 새 정부의 시책에 맞춰 효율적인 청년정책을 수행하기 위해 청년지원팀을 신설", None, None, ["youth-policy", "jobs"], "achievement"),
        c("청년지원팀은 앞으로 청년인턴, 대학생 아르바이트, 청년 뉴딜일자리 등", None, None, ["youth-policy", "jobs"], "plan"),
        c("심각한 청년실업 문제로 일자리 창출에 대한 사회적 요구가 분출하고 있고 청년정책에 대한 중요성도 날로 높아지고 있다", None, None, ["youth-policy", "jobs"], "statement"),
        c("좌절한 청년들에게 더 나은 삶에 대한 꿈과 희망을 줄 수 있는 청년지원책을 일관성 있게 추진해 나가겠다", None, None, ["youth-policy"], "plan"),
    ],
    "not_claims": ["구로구, 청년지원팀 신설", "맞춤 정보"],
}

# at-02: 서울 동작구, 시정일보, 2016-03-02, institutional narration
D2 = "2016-03-02"
G["at-02-sijung.txt"] = {
    "metadata": {"headline": "동작구 국공립어린이집 확충 박차", "published": "2016-03-02T17:36+09:00",
                 "reporter": "최희주", "outlet": "시정일보", "jurisdiction": "11590"},
    "officials": ["lee-chang-u"],
    "claims": [
        c("공공보육기반 확충을 위한 국공립어린이집을 지속 확대하기로 해 주목된다", None, D2, ["childcare-birth"], "plan"),
        c("구는 지난해 국공립 어린이집 6개소에 이어 올해 8개소를 확충하기로 했다", None, D2, ["childcare-birth"], "target"),
        c("이중 5개소가 현재 원아모집을 마치고 3월 개원을 앞두고 있다", None, D2, ["childcare-birth"], "statement"),
        c("이로써 지역 내 국공립 어린이집 수는 39개가 됐다", None, D2, ["childcare-birth"], "achievement"),
        c("구는 2018년까지 지속적으로 국공립어린이집을 확충하기로 하고 51개소까지 늘리는 것을 목표로 추진하고 있다", None, D2, ["childcare-birth"], "target"),
        c("2018년이 되면 영유아 두 명 중 한 명은 공공시설에서 보육을 하게 되는 셈이다", None, D2, ["childcare-birth"], "target"),
        c("또한 구는 국공립 어린이집 확충은 물론 어린이집에 대한 ‘균형배치, 비용절감, 민간부문과의 상생, 보육 품질관리’에도 주력한다는 방침이다", None, D2, ["childcare-birth"], "plan"),
        c("지역별 보육수요에 대한 철저한 조사를 통해 어린이집 설립 위치 선정 시 이를 반영키로 했다", None, D2, ["childcare-birth"], "plan"),
        c("또한 재원문제는 기부채납과 민ㆍ관 연대 등을 통한 비용절감으로 재원부담을 최소화하기로 했다", None, D2, ["childcare-birth"], "plan"),
        c("이와 같은 방식을 통해 구는 지난해 사업비 7억여원을 절감하기도 했다", None, D2, ["childcare-birth"], "achievement"),
        c("민간부문과의 상생을 도모하는 일도 보육과 지역경제 발전이 함께 가기 위한 중요한 요인으로 꼽고 있다", None, D2, ["childcare-birth"], "statement"),
        c("이를 위해 구는 최근 기존 육아종합지원센터를 ‘보육청’의 기능을 할 수 있도록", None, D2, ["childcare-birth"], "achievement"),
    ],
    "not_claims": ["2018년까지 51곳 목표, 작년 6곳이어 올해 8곳 설립"],
}

# at-03: 서울 도봉구, 서울신문, 2021-02-05 (print line), 이동진 quoted
D3 = "2021-02-05"
G["at-03-seoul.txt"] = {
    "metadata": {"headline": None, "published": "2021-02-05", "reporter": "윤수경",
                 "outlet": "서울신문", "jurisdiction": "11320"},
    "officials": ["lee-dong-jin"],
    "claims": [
        c("지난해 6월 전국 226개 기초자치단체와 기후위기 비상 선언을 한 이후 7월 ‘탄소중립 지방정부 실천연대’에 참여했다", None, D3, ["climate-carbon"], "achievement"),
        c("8월에는 12개의 유관 과와 26개 팀으로 이뤄진 ‘도봉구 온실가스 감축 태스크포스(TF)’를 구성하고", None, D3, ["climate-carbon"], "achievement"),
        c("‘2050년 탄소중립 실현’으로 명문화한 ‘도봉구 기후변화 대응에 관한 조례’를 제정했다", None, D3, ["climate-carbon"], "achievement"),
        c("‘도봉구 기후변화대책위원회’를 신설해 민관 협력을 강화할 계획이다", None, D3, ["climate-carbon"], "plan"),
        c("올해는 2050년 탄소제로로의 긴 여정을 출발하는 원년으로 지방정부 차원에서의 실질적인 온실가스 감축이 그 시작점", "lee-dong-jin", D3, ["climate-carbon"], "statement"),
        c("공공부문에서부터 시작된 탄소 저감 노력이 사회 전 분야로 활성화될 수 있도록 선도적 역할을 해나가겠다", "lee-dong-jin", D3, ["climate-carbon"], "plan"),
    ],
    "not_claims": ["그린 뉴딜 일자리도 277개 신규 창출", "이동진 구청장 “공공부문 선도할 것”"],
}

# at-04: 경기 화성시, asiae page (' date' line), 2025-09-25; seminar '24일'
E4, P4 = "2025-09-24", "2025-09-25"
G["at-04-asiae.txt"] = {
    "metadata": {"headline": "국회 '입법박람회'서 '화성형 기본돌봄' 소개", "published": "2025-09-25",
                 "reporter": None, "outlet": None, "jurisdiction": "41590"},
    "officials": ["jeong-myeong-geun"],
    "claims": [
        c("출생아 수 2년 연속 전국 1위의 비결로 '단계별 맞춤형 저출생 극복 전략'을 꼽았다", "jeong-myeong-geun", E4, ["childcare-birth"], "achievement"),
        c("정책 발표회'에서 '화성형 기본돌봄 정책'을 소개했다", "jeong-myeong-geun", E4, ["childcare-birth", "welfare"], "statement"),
        c("화성시는 지난해 한 해 출생아 수 7200명으로 전국 기초지자체 가운데 가장 많은 출생아 수를 기록했다", None, P4, ["childcare-birth"], "achievement"),
        c("합계출산율 역시 1.01명으로 5개 특례시 중 가장 높았으며", None, P4, ["childcare-birth"], "achievement"),
        c("정 시장은 이런 성과의 배경으로 '단계별 맞춤형 저출생 극복전략'을 꼽았다", "jeong-myeong-geun", E4, ["childcare-birth"], "achievement"),
        c("올해 75개 관련 사업에 4270억원을 투입해 결혼→임신→출산→육아까지 생애주기별 맞춤 지원", "jeong-myeong-geun", E4, ["childcare-birth"], "statement"),
        c("대표적인 것이 시가 전국 최초로 도입한 신혼부부 전용 매칭통장 '연지곤지 통장'이다", None, P4, ["childcare-birth"], "achievement"),
        c("신혼부부가 매월 30만원을 저축하면 시가 9만 원을 매칭 지원해", None, P4, ["childcare-birth"], "statement"),
        c("임신·출산 단계에서도 다양한 지원책을 시행 중이다", None, P4, ["childcare-birth"], "statement"),
        c("예비·신혼부부에 건강검진 12종을 지원하고 난임부부에는 최대 180만원의 치료비를 지원한다", None, P4, ["childcare-birth"], "statement"),
        c("특히 특례시로는 처음으로 산모 기초·막달 검사 및 기형아 검사비를 지원하", None, P4, ["childcare-birth"], "achievement"),
    ],
    "not_claims": [
        "국회 '입법박람회'서 '화성형 기본돌봄' 소개",
        "이날 발표회는 국회의원 연구단체인 '국회기본사회포럼'이 주최한 '2025 입법박람회'의 세부 세미나로 열렸다",
        "세미나에서는 국회와 지방정부가 함께 기본사회 실현을 위한 입법·정책 대안이 논의됐다",
        "정 시장은 세미나에서 돌봄 분야 지자체 우수사례 발표자로 참여했다",
    ],
}

# at-05: 경기 수원시, 뉴스피크, 2017-07-03, 염태영 at the monthly assembly '3일'
D5 = "2017-07-03"
G["at-05-newspeak.txt"] = {
    "metadata": {"headline": "염태영 수원시장, “수원의 새로운 미래 구상 계속”", "published": "2017-07-03",
                 "reporter": "이순연", "outlet": "뉴스피크", "jurisdiction": "41110"},
    "officials": ["yeom-tae-yeong"],
    "claims": [
        c("인구 100만 명 이상 대도시 ‘특례시’ 법제화가 조기 실현될 수 있도록 국회와 중앙정부의 협력을 끌어내고, 지방자치 강화와 지방분권 개헌 실현을 위해 중앙과 지방의 가교역할을 하겠다", "yeom-tae-yeong", D5, ["decentralization"], "plan"),
        c("‘한옥 특화 역사문화도시재생사업’, ‘수원역 주변 성매매집결지 정비사업’", None, D5, ["urban-regeneration"], "statement"),
    ],
    "not_claims": [
        "수원시장으로서 계획했던 것을 차질 없이 잘 마무리하는 것이 저의 제1 과제입니다",
        "수원의 새로운 미래 구상도 계속해 나갈 것입니다",
        "남은 1년 동안 수원시정을 한 단계 넘어서는 활동을 하겠다",
        "새로운 도전은 시대의 소명과 하늘의 뜻이 있어야 한다고 생각한다",
        "문재인 정부의 국정과제와 연계된 수원시 정책과제가 실현될 수 있도록 치밀하게 준비하겠다는 의지도 표명했다",
        "3일 민선 6기 3주년 맞아 소회와 남은 1년 계획 밝혀",
    ],
}

# at-06: 인천 중구, interview with 서울경제(신문), only '28일' -> undated
G["at-06-sedaily.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None,
                 "outlet": "서울경제", "jurisdiction": "28110"},
    "officials": ["kim-jeong-heon", "yoo-jeong-bok"],
    "claims": [
        c("인천 중구의 내항 재개발을 원도심 부흥의 추진 동력으로 삼기 위해 다각적인 정책을 추진하고", "kim-jeong-heon", None, ["urban-regeneration"], "plan"),
        c("인천 원도심 지역의 낙후된 정주 환경 개선을 위해 도시재생 사업을 추진함으로써 원도심 재생 및 경제에 활력을 불어넣겠다", "kim-jeong-heon", None, ["urban-regeneration"], "plan"),
        c("자유공원 일대 고도 완화를 이끌어내기 위해 타당성 용역 조사와 지구단위 계획을 인천사와 협의해 변경하는 방안을 새로 추진하겠다", "kim-jeong-heon", None, ["urban-regeneration"], "plan"),
        c("김 구청장의 이 같은 구상은 유정복 인천시장의 제1호 공약인 ‘제물포 르네상스 프로젝트’와도 추진 방향을 같이한다", None, None, ["urban-regeneration"], "statement"),
        c("인천 내항의 해양문화와 원도심의 역사문화자원이 어우러진 문화관광도시를 만들겠다는 청사진을 세웠다", "kim-jeong-heon", None, ["culture-tourism", "urban-regeneration"], "plan"),
        c("김 구청장은 우선 중구가 안고 있는 시급한 현안으로 영종국제도시의 교통 인프라 확충을 꼽았다", "kim-jeong-heon", None, ["public-transit"], "statement"),
        c("서울지하철 9호선을 인천공항까지 연결하고 트램 신규 건설 및 버스 노선 확충 등을 통해", "kim-jeong-heon", None, ["public-transit"], "plan"),
    ],
    "not_claims": [
        "교육과 복지 전반에 혁신 구정을 도입할 계획",
        "구민과 소통하는 열린 구정을 펼쳐 나가겠다",
    ],
}

# at-07: 인천 강화군, kgnews page (first line is the site clock), '8일' only -> undated
G["at-07-kgnews.txt"] = {
    "metadata": {"headline": "“농업은 강화군의 중심산업”… 예산 586억 대폭 확대", "published": None,
                 "reporter": "이환", "outlet": None, "jurisdiction": "28710"},
    "officials": ["yu-cheon-ho"],
    "claims": [
        c("인천 강화군은 민선 7기 농업 분야 예산을 대폭 확대해 농업 중심의 정책을 추진한다고 8일 밝혔다", None, None, ["agriculture"], "plan"),
        c("군은 올해 농업 분야에 총 586억 원을 투입해 다양한 사업을 추진할 계획이다", None, None, ["agriculture"], "plan"),
        c("특히 농가용 저온저장고, 곡물건조기 등을 위해 10.7%인 55억 원이 증가했다", None, None, ["agriculture"], "statement"),
        c("올해 14억8천만 원의 예산으로 농산물 저온저장고 411동을 지원한다", None, None, ["agriculture"], "target"),
        c("올해 7억 2천만 원의 예산으로 곡물건조기 100대를 지원한다", None, None, ["agriculture"], "target"),
        c("농업은 강화군의 중심 산업", "yu-cheon-ho", None, ["agriculture"], "statement"),
        c("앞으로도 농업예산을 계속 증액해 발전전략을 모색하겠다", "yu-cheon-ho", None, ["agriculture"], "plan"),
    ],
    "not_claims": ["“농업은 강화군의 중심산업”… 예산 586억 대폭 확대", "2025.05.05 (월)"],
}

# at-08: 강원 춘천시 (51110), 전국매일신문, 2024-02-04; vision declared '지난 2일'
E8, P8 = "2024-02-02", "2024-02-04"
G["at-08-jeonmae.txt"] = {
    "metadata": {"headline": "춘천시, 올해 관광객 1천만 명 유치 나선다", "published": "2024-02-04T13:43+09:00",
                 "reporter": "이승희", "outlet": "전국매일신문", "jurisdiction": "51110"},
    "officials": [],
    "claims": [
        c("강원 춘천시가 올해 관광객 1,000만 명 유치에 나선다", None, E8, ["culture-tourism"], "target"),
        c("이번 선포식을 통해 시는 ‘대한민국 대표 체류형 국제문화관광도시’를 구현한다는 목표를 제시했다", None, E8, ["culture-tourism"], "plan"),
        c("이를위해 시는 4개 분야로 나누어 정책을 추진한다", None, E8, ["culture-tourism"], "plan"),
        c("▲춘천, 설레다(관광수용태세) ▲춘천, 축제와 만나다(축제)", None, E8, ["culture-tourism"], "statement"),
        c("먼저 시민이 자발적으로 관광객을 환대할 수 있는 분위기를 만들어 실천할 수 있게 한다", None, E8, ["culture-tourism"], "plan"),
        c("또 사업비 15억 원을 투입해 삼악산호수케이블카, 김유정레일바이크, 애니메이션박물관 및 토이박물관을 열린관광지로 조성한다", None, E8, ["culture-tourism"], "plan"),
        c("열린관광지는 장애인·고령자·영유아가족 등 모든 관광객이 이동의 불편 및 관광활동 제약 없이 이용할 수 있는 장애물 없는 관광지다", None, P8, ["culture-tourism"], "statement"),
        c("이에 더해 온라인 및 해외 마케팅을 강화하고, 주요 관광지도 정비한다", None, E8, ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "천만 관광시대 비전 선포식이 개최했다",
        "이날 결의대회에는 국회의원, 시의원, 유관기관 관계자, 관광분야 민간단체 등 300여 명이 참여했다",
        "천만 관광시대 ‘춘천 ,만나다’ 비전 선포",
        "관광수용태세·축제·호수·체류형 관광 구현",
        "춘천시, 올해 관광객 1천만 명 유치 나선다",
    ],
}

# at-09: 강원 강릉시, kwnews page, '4일' only -> undated; 김홍규 (term from 2022-07-01)
G["at-09-kwnews.txt"] = {
    "metadata": {"headline": "강릉시, 소상공인 지원 전담 부서 확대 추진", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "42150"},
    "officials": ["kim-hong-gyu"],
    "claims": [
        c("강릉시가 코로나19 로 어려움을 겪는 소상공인의 지원을 강화하기 위해 소상공인 지원 전담부서를 확대하고 지원 시책을 적극 발굴하기로 했다", None, None, ["small-merchants"], "plan"),
        c("지역 소상공인과 소통의 자리에서 이 같은 현장의 소리를 듣고 정책에 적극 반영하겠다고 약속했다", "kim-hong-gyu", None, ["small-merchants"], "plan"),
        c("시청 조직 진단을 통해 소상공인 지원 전담부서를 확대하겠다고 답변했다", "kim-hong-gyu", None, ["small-merchants"], "plan"),
        c("또 강릉페이 일반발행액 1,200억원 목표 달성으로 지역경제에 활력을 불어넣고", "kim-hong-gyu", None, ["small-merchants", "jobs"], "target"),
    ],
    "not_claims": [
        "김홍규 시장, 4일 지역 소상공인과 소통의 자리에서 밝혀",
        "강릉페이 1,200억원 달성 등 지역경제 회생 역량 결집키로",
        "코로나19로 어려움을 겪고 있는 소상공인들과 간담회를 개최했다",
        "등 다양한 의견을 냈다",
    ],
}

os.makedirs(GOLD, exist_ok=True)
for name, gold in G.items():
    out = {"article": name, **gold}
    with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as handle:
        json.dump(out, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    print(name, len(gold["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
