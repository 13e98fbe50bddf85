"""Writes gold/*.json for set-pt (hand annotation; see GOLD_NOTES.md)."""
import json
import os

G = {}

def C(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}

# pt-01 전국매일신문, 충남 탄소중립 전략, 2020-12-09 (institutional narration only)
d = "2020-12-09"
G["pt-01-jeonmae.txt"] = {
    "metadata": {"headline": "충남도, 2050년까지 석탄발전 모두 폐쇄한다", "published": "2020-12-09T09:52+09:00",
                 "reporter": "한상규", "outlet": "전국매일신문", "jurisdiction": "44"},
    "officials": [],
    "claims": [
        C("도내 모든 석탄화력발전소 폐쇄를 추진하기 위해 '2050 탄소중립 전략'을 수립해 추진한다", None, d, ["climate-carbon", "energy-transition"], "plan"),
        C("2026년까지 도내 석탄화력발전소 14기, 2050년까지 30기를 모두 폐쇄하는 방침을 세우고", None, d, ["energy-transition"], "target"),
        C("도내 전체 온실가스 배출량의 50%인 9000만t 이상을 감축할 수 있을 것으로 전망하고 있다", None, d, ["climate-carbon", "energy-transition"], "statement"),
        C("벙커C유·정제유 등의 연료를 사용하는 시설을 LNG·LPG용 시설로 전환하도록 할 방침이다", None, d, ["energy-transition"], "plan"),
        C("수소경제·친환경 에너지 확대를 위한 산업 클러스터도 조성한다는 방침이다", None, d, ["energy-transition"], "plan"),
        C("3.8GW 규모의 해상풍력단지를 조성하는 제6차 지역 에너지계획도 마련했다", None, d, ["energy-transition"], "target"),
        C("신재생에너지가 차지하는 비율이 40%까지 높아질 것으로 도는 전망했다", None, d, ["energy-transition"], "target"),
        C("기업 사용 전력의 100%를 재생에너지로 충당할 수 있는 RE100 산업단지를 조성하는 한편", None, d, ["energy-transition"], "plan"),
    ],
    "not_claims": ["탄소중립 전략 수립…2040년까지 태양광·풍력 등 신재생에너지 40%",
                   "보령화력발전소 [충남도 제공]",
                   "현재 충남에는 국내 운영 화력발전소의 절반인 30기가 운영 중이다"],
}

# pt-02 뉴스프리존, 천안 성환 도시재생 예비사업, 2021-12-20
d = "2021-12-20"
G["pt-02-newsfreezone.txt"] = {
    "metadata": {"headline": "충남 천안시, 국토부 주관 도시재생 예비사업 공모 선정", "published": "2021-12-20T09:39+09:00",
                 "reporter": "김형태", "outlet": "뉴스프리존", "jurisdiction": "44130"},
    "officials": ["park-sang-don"],
    "claims": [
        C("2022년 도시재생 예비사업 전국 공모에서 최종 선정됐다고 20일 밝혔다", None, d, ["urban-regeneration"], "achievement"),
        C("추후 도시재생 뉴딜사업으로 발전하기 위한 준비단계 사업으로", None, d, ["urban-regeneration"], "statement"),
        C("2022년도 한 해 동안 성환읍 예비사업을 추진하고 이후 본 사업에 대한 공모 신청을 진행할 예정이다", None, d, ["urban-regeneration"], "plan"),
        C("성환읍에 활력을 불어넣는 다양한 도시재생사업으로 구성됐다", None, d, ["urban-regeneration"], "statement"),
        C("지역공동체 활동 거점시설을 조성하고", None, d, ["urban-regeneration"], "plan"),
        C("마을지도 제작 등 소프트웨어 사업도 추진할 예정이다", None, d, ["urban-regeneration"], "plan"),
    ],
    "not_claims": ["이번 선정으로 국비 2억 원 확보, 지방비 2억 원 추가해 4억 원으로 진행",
                   "천안시청 전경(사진=천안시).",
                   "풍부한 잠재적 가치와 역사가 깊은 성환에"],
}

# pt-03 (한국일보 page, outlet not named in the text), 경주시장 주낙영 interview, 2023-01-11
G["pt-03-hankookilbo.txt"] = {
    "metadata": {"headline": "\"원자력 요람에서 무덤까지\"... 천년고도 경주, 미래 에너지도시로", "published": "2023-01-11T17:00+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "47130"},
    "officials": ["ju-nak-yeong"],
    "claims": [
        C("소형모듈원자로(SMR) 국가산단 지정과 아시아태평양경제협력체(APEC) 정상회의 유치에 총력을 기울이고 있다", None, "2023-01-11", ["energy-transition"], "statement"),
        C("다음달 결정나는 SMR 국가산단 유치다", "ju-nak-yeong", "2023-01-10", ["energy-transition"], "statement"),
    ],
    "not_claims": ["SMR 국가산단 유치...2월 결정, 경주 청신호",
                   "혁신 원자력 연구단지 조성 계획을 설명하고 있다",
                   "원자력과 해오름동맹, APEC, 신라왕경 정비, 유소년 축구대회 등 경주의 올해 청사진을 들어봤다",
                   "국내외 관광객들은 천년고도 경주에서 대한민국 역사문화의 숨결을 느끼고 있지만"],
}

# pt-04 신아일보, 이철우 지사 농업대전환 간담회 (지난 5일), 2022-08-07
G["pt-04-shinailbo.txt"] = {
    "metadata": {"headline": "이철우 경북도지사, 농업대전환 위한 열공 모드", "published": "2022-08-07T15:44+09:00",
                 "reporter": "김진욱", "outlet": "신아일보", "jurisdiction": "47"},
    "officials": ["lee-cheol-u"],
    "claims": [
        C("첨단농업과 식량안보분야 전문가에게 경북농업대전환의 필요성을 설명하고", "lee-cheol-u", "2022-08-05", ["agriculture"], "statement"),
        C("지금이 농업을 첨단산업으로 대전환할 적기", "lee-cheol-u", "2022-08-05", ["agriculture"], "statement"),
        C("각 분야 전문가들이 함께 경북농업을 대전환 시켜 이를 통해 대한민국 농업을 확 바꿔나가자", "lee-cheol-u", "2022-08-05", ["agriculture"], "plan"),
    ],
    "not_claims": ["5일 전문가와 도시락 간담회",
                   "스마트농업 분야 권위자인 임기병 경북대 교수"],
}

# pt-05 (kyongbuk.co.kr page; undated), 상주 스마트팜 혁신밸리 선정, institutional narration only
G["pt-05-kyongbuk.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "47"},
    "officials": ["lee-cheol-u"],
    "claims": [
        C("첨단 농산업 단지인 ‘스마트팜 혁신밸리’가 상주에 조성된다", None, None, ["agriculture", "fourth-industrial-revolution"], "plan"),
        C("상주와 전북 김제를 대상지로 선정했다고 2일 밝혔다", None, None, ["agriculture"], "achievement"),
        C("경북도 농업분야 단일 공모사업으로는 역대 최대 규모다", None, None, ["agriculture"], "statement"),
        C("이 지사의 농정행보는 더욱 탄력을 받게 됐다", None, None, ["agriculture"], "achievement"),
        C("내년부터 2021년까지 상주시 사벌면 일대에 조성된다", None, None, ["agriculture"], "plan"),
        C("조성면적은 50.5㏊로 기존 농가가 입주하는 생산단지 11.2㏊", None, None, ["agriculture"], "statement"),
        C("재원별로 국비는 1048억원, 지방비 357억원, 기타 195억원이다", None, None, ["agriculture"], "statement"),
        C("내년 초부터 기반공사에 돌입", None, None, ["agriculture"], "plan"),
    ],
    "not_claims": ["1600억 투입 ICT기술 기반 최첨단 농산업단지 조성",
                   "2021년까지 사벌면 일대···생산·교육·연구 가능 갖춰",
                   "경북 스마트팜 혁신밸리 조감도."],
}

# pt-06 헤럴드경제, 강동구 주민참여예산 공모, 2026-03-10
d = "2026-03-10"
G["pt-06-heraldcorp.txt"] = {
    "metadata": {"headline": None, "published": "2026-03-10", "reporter": "박병국", "outlet": "헤럴드경제", "jurisdiction": "11740"},
    "officials": ["lee-su-hui"],
    "claims": [
        C("내년도 예산 편성에 반영할 주민제안사업을 5월 29일까지 공모한다고 밝혔다", None, d, ["citizen-participation"], "plan"),
        C("주민들이 직접 예산 편성 과정에 참여하는 제도다", None, d, ["citizen-participation"], "statement"),
        C("주민들이 직접 사업을 제안하고 심의에 참여할 수 있는 기회를 제공한다", None, d, ["citizen-participation"], "statement"),
        C("지난해 주민제안사업 43개를 선정해 올해 예산에 17억 8200만 원을 최종 편성했다", None, d, ["citizen-participation"], "achievement"),
        C("이번 공모는 총 18억 원 규모로 진행된다", None, d, ["citizen-participation"], "statement"),
        C("주민 생활과 밀접한 다양한 분야를 대상으로 한다", None, d, ["citizen-participation"], "statement"),
        C("구의회의 의결로 최종 선정된다", None, d, ["citizen-participation"], "statement"),
        C("선정된 사업은 2027년 예산에 반영된다", None, d, ["citizen-participation"], "statement"),
        C("누구나 사업을 제안할 수 있다", None, d, ["citizen-participation"], "statement"),
        C("기획예산과로 방문 또는 우편으로 사업신청서를 제출하면 된다", None, d, ["citizen-participation"], "statement"),
        C("구정에 관심 있는 많은 주민들의 적극적인 참여를 기대한다", "lee-su-hui", d, ["citizen-participation"], "statement"),
    ],
    "not_claims": ["주민 여러분의 작은 아이디어가 지역을 변화시킬 수 있다"],
}

# pt-07 한국경제 (hankyung.com e-mail), 박원순 청년수당 기자회견; undated text; body partly printed twice
G["pt-07-hankyung.txt"] = {
    "metadata": {"headline": "박원순 시장 \"대통령 만나 청년수당 협조 구하겠다\"", "published": None,
                 "reporter": "강경민", "outlet": "한국경제", "jurisdiction": "11"},
    "officials": ["park-won-soon"],
    "claims": [
        C("서울시 청년활동지원사업(청년수당)을 설명하고 협조를 구하겠다며 면담을 요청했다", "park-won-soon", None, ["youth-policy"], "plan"),
        C("서울시가 이제 할 수 있는 일은 대법원에 소송을 제기하는 것", "park-won-soon", None, ["youth-policy"], "statement"),
        C("중앙정부와 지방정부가 청년 문제로 법정에 서는 방법은 최선이 아니다", "park-won-soon", None, ["youth-policy"], "statement"),
        C("정부와 맞서기 위해 청년수당 정책을 내놓은 게 아니라 미래세대에 작은 책임을 다하려고 만든 것", "park-won-soon", None, ["youth-policy"], "statement"),
        C("정부에 대화와 토론으로 미래를 준비하는 해결책을 함께 찾자는 제안을 드린다", "park-won-soon", None, ["youth-policy"], "statement"),
    ],
    "not_claims": ["대통령 면담 요청"],
}

# pt-08 ndaily (page chrome; Yonhap-style text), 세종 탄소중립 기본계획, 2024-03-29
d = "2024-03-29"
G["pt-08-ndaily.txt"] = {
    "metadata": {"headline": "세종시, 2030년까지 온실가스 87만t 줄인다…90개 사업 추진", "published": "2024-03-29T18:00:41+09:00",
                 "reporter": "이은파", "outlet": "ndaily", "jurisdiction": "36"},
    "officials": ["choi-min-ho"],
    "claims": [
        C("2030년 온실가스 배출량 목표치를 2018년보다 40% 감축된 132만3천t으로 정하고 본격적인 사업에 나선다", None, d, ["climate-carbon"], "target"),
        C("제1차 탄소중립·녹색성장 기본계획 최종안을 확정했다", None, d, ["climate-carbon"], "achievement"),
        C("2023년 세종시 기후 위기 적응대책 이행점검 결과보고서를 심의 의결했다", None, d, ["climate-carbon"], "achievement"),
        C("2030년까지 2018년(219만1천t)의 40%인 86만8천t 감축을 목표로 한다", None, d, ["climate-carbon"], "target"),
        C("세부 사업은 90개다", None, d, ["climate-carbon"], "statement"),
        C("1㎿급 수소연료전지 발전소 1곳 설치, 6-2 생활권 제로에너지타운 조성", None, d, ["climate-carbon", "energy-transition"], "plan"),
        C("세종 만의 특색있는 시책을 지속 발굴해 탄소중립도시를 만들 것", "choi-min-ho", d, ["climate-carbon"], "plan"),
        C("시민과 기업의 적극적인 참여를 바란다", "choi-min-ho", d, ["climate-carbon"], "statement"),
    ],
    "not_claims": ["[세종시 제공. 재판매 및 DB 금지]"],
}

# pt-09 서울신문 (named in the text), 이춘희 세종시장 interview; undated excerpt
G["pt-09-seoul.txt"] = {
    "metadata": {"headline": "“지역 이기주의 버리고 주민들 열정 토론·결정 내년 본격 도약의 해로”", "published": None,
                 "reporter": None, "outlet": "서울신문", "jurisdiction": "36"},
    "officials": ["lee-choon-hee"],
    "claims": [
        C("청춘조치원 프로젝트(도시재생사업)를 해 보니 시민들 수준이 높고 열기도 뜨거워 주민자치를 해도 되겠다 생각했죠", "lee-choon-hee", None, ["urban-regeneration", "citizen-participation"], "statement"),
        C("주민들이 지역 이기주의를 버리고 토론으로 시에 도움이 되는 방향으로 결정을 하더라", "lee-choon-hee", None, ["citizen-participation"], "statement"),
        C("세종시를 자치분권 상징도시로 만들겠다는 생각은 전부터 했는데 그때 희망을 봤다", "lee-choon-hee", None, ["decentralization"], "plan"),
        C("이것은 시민이 결정하고 시에서 지원하는, 즉 참여 민주주의다", "lee-choon-hee", None, ["citizen-participation"], "statement"),
        C("공무원이 결정해 시행하는 것과 다르다", "lee-choon-hee", None, ["citizen-participation"], "statement"),
        C("올해가 제도를 마련하는 데 방점을 찍었다면 내년은 본격 추진하는 해", "lee-choon-hee", None, ["citizen-participation"], "plan"),
        C("주민과 전문가로 짜인 읍·면·동 심의위원회도 구성했다", None, None, ["citizen-participation"], "achievement"),
        C("시민이 사업이나 문제를 찾으면 전문가들이 해법을 찾는다", "lee-choon-hee", None, ["citizen-participation"], "statement"),
        C("토론을 벌여 실질적 의사결정을 하게 된다", "lee-choon-hee", None, ["citizen-participation"], "statement"),
        C("‘직접 민주주의’ 성패의 관건은 주민들의 참여에 있다고 강조했다", "lee-choon-hee", None, ["citizen-participation"], "statement"),
        C("‘시민주권 특별자치시 세종’을 선언하면서 마을 조직, 마을 재정", None, None, ["citizen-participation"], "statement"),
    ],
    "not_claims": ["‘일반고 사각지대’ 서울 동작구 흑석동, 학교 유치에 역점",
                   "이춘희 세종시장 인터뷰"],
}

os.makedirs('/work/blind/set-pt/gold', exist_ok=True)
for name, g in G.items():
    out = {"article": name, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"],
           "not_claims": g["not_claims"]}
    with open(f'/work/blind/set-pt/gold/{name}.json', 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
print(sum(len(g["claims"]) for g in G.values()), "claims in", len(G), "files")
