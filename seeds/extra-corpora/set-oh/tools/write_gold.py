"""Writes gold/*.json for set-oh (hand annotation; see GOLD_NOTES.md)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


G = {}

# oh-01 heraldcorp: 대구 달서구 marriage promotion (institutional narration only)
d = "2025-12-02"
G["oh-01-heraldcorp.txt"] = {
    "metadata": {"headline": None, "published": "2025-12-02", "reporter": "김병진", "outlet": "헤럴드경제",
                 "jurisdiction": "27290"},
    "officials": [],
    "claims": [
        c("최근 200호 성혼 커플이 탄생하는 성과를 거뒀다고 2일 밝혔다", None, d, ["childcare-birth"], "achievement"),
        c("대구의 연간 출생아 수는 2018년 이후 7년 만에 1만명을 회복했다", None, d, ["childcare-birth"], "achievement"),
        c("출생아 증가율 전국 2위, 대구 내 구·군별 출생아 수 1위는 달서구(2016명)로 나타났다", None, d, ["childcare-birth"], "achievement"),
        c("합계출산율도 2015년 이후 9년 만에 반등했으며", None, d, ["childcare-birth"], "achievement"),
        c("추진해온 결혼장려 정책의 결실이라는 평가다", None, d, ["childcare-birth"], "achievement"),
        c("정책이 실질적인 성과로 이어지고 있음을 보여주는 사례다", None, d, ["childcare-birth"], "achievement"),
        c("184개 기관·단체와 42차례 업무협약을 체결하고 찾아가는 결혼장려 홍보를 통해", None, d, ["childcare-birth"], "statement"),
        c("달서구의 결혼장려 사업은 결혼인식개선, 미혼남녀 만남기회 제공", None, d, ["childcare-birth"], "statement"),
    ],
    "not_claims": [
        "[헤럴드경제(대구)=김병진 기자]",
        "2025 달서 결혼·출산정책 성과전을 개최했다",
        "홍보방안을 논의하는 공감의 장을 마련했다",
    ],
}

# oh-02 asiatoday: 경주시 smart-city plan, 주낙영
d = "2022-09-22"
G["oh-02-asiatoday.txt"] = {
    "metadata": {"headline": "경주시, 스마트도시 추진 박차", "published": "2022-09-22T11:24+09:00", "reporter": None,
                 "outlet": "아시아투데이", "jurisdiction": "47130"},
    "officials": ["ju-nak-yeong"],
    "claims": [
        c("경북 경주시가 '스마트도시 사업'을 추진한다", None, d, ["smart-city"], "plan"),
        c("도시 특성에 적합한 '경주시 스마트도시계획'을 수립하기 위해 추진됐다", None, d, ["smart-city"], "statement"),
        c("현재 경주시가 추진하고 있는 스마트사업에 대한 확산·고도화와 신규 제안 사업 7개 분야와 19개 이행과제 등이 논의됐다", None, d, ["smart-city"], "statement"),
        c("특히 경주로 ON 통합관광 플랫폼", None, d, ["smart-city", "culture-tourism"], "statement"),
        c("한편 스마트도시 계획은 2023년부터 2027년까지를 기간으로 삼는다", None, d, ["smart-city"], "statement"),
        c("중앙부처 공모사업 등에 적극 참여해 국·도비를 확보한다는 방침이다", None, d, ["smart-city"], "plan"),
        c("스마트한 세계도시로 도약할 수 있는 밑거름이 될 것", "ju-nak-yeong", d, ["smart-city"], "statement"),
        c("다양한 분야와 방식으로 디지털 전환을 시도하겠다", "ju-nak-yeong", d, ["smart-city", "fourth-industrial-revolution"], "plan"),
    ],
    "not_claims": [
        "경주시, 스마트도시 추진 박차",
        "최종보고회를 개최했다고 밝혔다",
        "경주시청 청사 전경/제공=경주시",
    ],
}

# oh-03 sisatoday: 울산 남구 climate-response urban forests, 서동욱
d = "2025-07-16"
G["oh-03-sisatoday.txt"] = {
    "metadata": {"headline": "울산 남구 '기후대응 도시숲' 만든다", "published": "2025-07-16T17:33+09:00",
                 "reporter": "이지연", "outlet": "시사투데이", "jurisdiction": "31140"},
    "officials": ["seo-dong-uk"],
    "claims": [
        c("'기후 위기에 대응하기 위한 도시숲'이 조성된다고 밝혔다", None, d, ["climate-carbon"], "plan"),
        c("3곳을 이같은 사업 대상지로 선정해 착공했다", None, d, ["climate-carbon"], "achievement"),
        c("도시숲 조성 면적은 사업지당 1㏊씩 총 3㏊다", None, d, ["climate-carbon"], "statement"),
        c("'사계절 아름다운 꽃과 향기가 있는 숲'을 주제로 도시숲을 만든다", None, d, ["climate-carbon"], "plan"),
        c("화물철도역 인근 오염물질 흡수와 경관 개선, 휴게 공간 마련 등의 효과가 기대된다", None, d, ["fine-dust"], "statement"),
        c("매연과 미세먼지를 차단하기 위해 대상지로 선정됐으며", None, d, ["fine-dust", "climate-carbon"], "plan"),
        c("'칼라풀 힐링 숲'을 주제로 오랫동안 불법 경작과 농막 등으로 훼손된 녹지를 복구하는 작업이 이뤄진다", None, d, ["climate-carbon"], "plan"),
        c("사업비는 기후대응 기금 15억원, 시비 7억5천만원, 구비 7억5천만원 등 총 30억원이 투입된다", None, d, ["climate-carbon"], "plan"),
        c("올해 12월까지 도시숲 조성을 완료할 계획이다", None, d, ["climate-carbon"], "plan"),
        c("총 2만4천55그루를 심는다", None, d, ["fine-dust", "climate-carbon"], "target"),
        c("연간 평균 20.7t의 이산화탄소 흡수 효과와 미세먼지 평균 25.6%", None, d, ["climate-carbon", "fine-dust"], "statement"),
        c("쾌적한 생활환경과 기후변화 대응을 위해 꼭 필요한 사업", "seo-dong-uk", d, ["climate-carbon"], "statement"),
        c("지속해서 도시숲 사업을 추진하겠다", "seo-dong-uk", d, ["climate-carbon"], "plan"),
    ],
    "not_claims": [
        "sisatoday001@daum.net",
        "울산 남구 '기후대응 도시숲' 만든다",
    ],
}

# oh-04 newsis: 부산 사하구 감천문화마을 job-creation centre (institutional narration only)
d = "2015-08-27"
G["oh-04-newsis.txt"] = {
    "metadata": {"headline": "사하구, 감천문화마을 '감내골 행복발전소' 개관", "published": "2015-08-27T13:33+09:00",
                 "reporter": "제갈수만", "outlet": "뉴시스", "jurisdiction": "26380"},
    "officials": [],
    "claims": [
        c("감천문화마을 주민들의 일거리 창출을 위한 ‘감내골 행복발전소’가", None, d, ["jobs"], "achievement"),
        c("감내골 행복발전소는 사업비 19억원으로 지상 2층", None, d, ["jobs"], "statement"),
        c("공동작업장에 입점시키고 주민 25명을 채용했다", None, d, ["jobs"], "achievement"),
        c("채용인원은 30명으로 늘어날 예정이다", None, d, ["jobs"], "plan"),
        c("도자기, 목공예체험 프로그램을 1인당 1만5000~2만5000원에 운영하고 있다", None, d, ["culture-tourism"], "statement"),
        c("감천문화마을의 관광상품도 입점시킬 계획이다", None, d, ["culture-tourism"], "plan"),
        c("골목투어 동선 확장을 위해", None, d, ["culture-tourism"], "achievement"),
    ],
    "not_claims": [
        "【부산=뉴시스】제갈수만 기자",
        "부산시의 도시텃밭사업비를 지원받아",
        "jgsm@newsis.com",
    ],
}

# oh-05 kukinews: 대구 권영진 future vehicles (undated: all dates null)
G["oh-05-kukinews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "김덕용", "outlet": "쿠키뉴스",
                 "jurisdiction": "27"},
    "officials": ["kwon-young-jin"],
    "claims": [
        c("미래형자동차 선도도시 대구를 시민과 함께 만들겠습니다", "kwon-young-jin", None, ["future-vehicles"], "plan"),
        c("전기차 완성차를 생산하는 도시로 만들기 위해 역점적으로 사업을 추진하고 있다", "kwon-young-jin", None, ["future-vehicles"], "statement"),
        c("대구국가산업단지에 입주하기로 계약을 체결해", "kwon-young-jin", None, ["future-vehicles", "investment-attraction"], "achievement"),
        c("'전기자동차 구매청약운동'을 범시민운동으로 펼쳐나갈 생각이다", "kwon-young-jin", None, ["future-vehicles"], "plan"),
        c("시장 업무용 차량부터 솔선해 전기자동차로 구매할 예정", "kwon-young-jin", None, ["future-vehicles"], "plan"),
        c("산하기관에서도 전기차 구매에 적극 나서줄 것", "kwon-young-jin", None, ["future-vehicles"], "plan"),
        c("자동차부품연구원 대경본부에 C-Auto 기획 추진단을 구성해 운영해 오고 있다", None, None, ["future-vehicles"], "statement"),
        c("오는 10월까지 미래형 자동차산업 종합계획을 수립한다", None, None, ["future-vehicles"], "plan"),
        c("대구시가 미래형자동차산업의 선도도시로 도약할 수 있도록 노력하겠다", "kwon-young-jin", None, ["future-vehicles", "research-development"], "plan"),
    ],
    "not_claims": [
        "대구=김덕용 기자 sv101@kukinews.com",
    ],
}

# oh-06 segye: 울산 김두겸 first approval = investment attraction plan
d = "2022-07-01"
G["oh-06-segye.txt"] = {
    "metadata": {"headline": "김두겸 울산시장 1호 결재… '투자 유치와 기업 지원'", "published": "2022-07-01T12:21+09:00",
                 "reporter": None, "outlet": "세계일보", "jurisdiction": "31"},
    "officials": ["kim-doo-gyeom"],
    "claims": [
        c("민선 8기 김두겸 울산시장의 1호 결재는 ‘전략적 투자유치 및 기업지원 계획’이다", "kim-doo-gyeom", d, ["investment-attraction"], "achievement"),
        c("울산시의 투자유치 및 기업 지원 방향, 투자유치 가능 분야", None, d, ["investment-attraction"], "statement"),
        c("대규모 투자유치를 통해 지역 일자리 창출과 인구증가를 이루는 등", "kim-doo-gyeom", d, ["investment-attraction", "jobs"], "plan"),
        c("기업 지원계획은 △전략산업 육성 △차별화된 지원 △투자인프라 확충 등 3대 전략을 제시하고 있다", None, d, ["investment-attraction"], "statement"),
        c("세부사업으로는 3대 주력산업 구조 고도화 지원과", None, d, ["investment-attraction"], "statement"),
        c("그린벨트 해제를 통한 산단 조성과 제2 자유무역지역 지정 등도 적극 추진된다", None, d, ["investment-attraction"], "plan"),
        c("주요 투자유치 가능 대상 기업 및 사업들을 대상으로 유치 협의에 본격 나설 예정이다", None, d, ["investment-attraction"], "plan"),
        c("기업들이 울산시에 원활하게 투자를 할 수 있도록 행정 및 재정 지원을 할 계획이다", None, d, ["investment-attraction"], "plan"),
    ],
    "not_claims": [
        "대한민국 최고 비즈니스 시장이 돼 울산을 다시 잘 사는 도시로 만들 수 있도록 하겠다",
        "제8대 울산시장 취임식에서 취임 선서를 하고 있다",
        "김두겸 울산시장 1호 결재… '투자 유치와 기업 지원'",
    ],
}

# oh-07 cnbnews: 경북 영천 agriculture budget, 최기문 (undated: all dates null)
G["oh-07-cnbnews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "47230"},
    "officials": ["choi-gi-mun"],
    "claims": [
        c("제1회 추경예산에 203억원을 추가로 편성해 960억원을 확보했다", None, None, ["agriculture"], "achievement"),
        c("이번 추경의 분야별 세부사업을 살펴보면", None, None, ["agriculture", "fine-dust"], "statement"),
        c("매년 농업예산을 100억원 가량 증액함에 따라 농업인의 소득 및 농작업 환경이 개선된 것으로 파악됐으며", None, None, ["agriculture"], "achievement"),
        c("농가 맞춤형 지원을 통해 농가 소득을 향상시킬 수 있는 사업을 중점적으로 편성했다", "choi-gi-mun", None, ["agriculture"], "achievement"),
        c("미래 먹거리 산업 발굴과 부자농촌을 위해 전 행정력을 집중하겠다", "choi-gi-mun", None, ["agriculture"], "plan"),
    ],
    "not_claims": [],
}

# oh-08 fnnews: 부산시 기장 desalination plant reuse (박형준, 정종복 attend; nobody quoted)
d = "2025-09-03"
G["oh-08-fnnews.txt"] = {
    "metadata": {"headline": "부산시, 기장 해수담수화시설 활용방안 찾아...실증시설·공업용수 활용",
                 "published": "2025-09-03T09:19+09:00", "reporter": None, "outlet": "파이낸셜뉴스",
                 "jurisdiction": "26"},
    "officials": ["park-heong-joon", "jeong-jong-bok"],
    "claims": [
        c("미래 물 산업 실증기지와 공업용수 공급으로 활용하는 방안이 추진된다", None, d, ["water-industry"], "plan"),
        c("시는 해수담수화시설 제1계열을 실증시설로 조성해 그린수소 생산", None, d, ["water-industry", "energy-transition"], "plan"),
        c("인근 하수처리장의 하수 처리수를 공업용수로 전환해 인근 동부산 산업단지에 저렴하게 공급한다는 계획이다", None, d, ["water-industry"], "plan"),
        c("부산산업단지 발전협의회와 공업용수 공급을 위한 업무협약을 체결한다", None, d, ["water-industry"], "plan"),
        c("동부산 산업단지에 안정적인 공업용수 공급 체계를 구축할 예정이다", None, d, ["water-industry"], "plan"),
        c("시는 해수담수화시설 1·2 계열 활용 사업을 2030년까지 완료할 계획이다", None, d, ["water-industry"], "plan"),
        c("1계열 사업은 환경부와 협력해 절차 이행", None, d, ["water-industry"], "plan"),
    ],
    "not_claims": [
        "시설 활용방안 마련 주민보고회를 연다고 밝혔다",
        "이날 행사에는 박형준 시장, 정동만 국회의원, 정종복 기장군수",
        "사업 추진 현황을 알리기 위해 마련됐다",
        "보고회에선 해수 담수화시설의 전략적 활용 방안이 소개된다",
        "부산시, 기장 해수담수화시설 활용방안 찾아...실증시설·공업용수 활용",
    ],
}

# oh-09 moneys: 경북 의성군 youth housing in 이웃사촌시범마을, 김주수 (undated: all dates null)
G["oh-09-moneys.txt"] = {
    "metadata": {"headline": "의성군, 이웃사촌시범마을 청년주거지 신규 입주자 선정", "published": None, "reporter": None,
                 "outlet": "머니S", "jurisdiction": "47730"},
    "officials": ["kim-ju-su"],
    "claims": [
        c("청년주거지 신규 입주자 모집을 추진한 결과 최종 합격자 6명을 선정했다", None, None, ["housing", "youth-policy"], "achievement"),
        c("지방소멸을 극복하고 농촌 혁신성장을 위한 기반을 조성하기 위해 추진된 이웃사촌시범마을조성사업의 일환으로 공급되는 주거시설이다", None, None, ["housing", "youth-policy", "agriculture"], "statement"),
        c("의성군으로 이주한 자를 우선순위로 모집했다", None, None, ["housing", "youth-policy"], "statement"),
        c("2차 최종 면접 심사를 거쳐 고득점자 순으로 합격자를 선발했다", None, None, ["housing", "youth-policy"], "statement"),
        c("군에 유입된 청년들이 안정적으로 정착할 수 있는 환경을 단계적으로 개선해 나가도록 하겠다", "kim-ju-su", None, ["youth-policy"], "plan"),
    ],
    "not_claims": [
        "경북 의성군청 전경/사진=황재윤 기자",
        "[머니S포토] '조국' 징역 2년·추징금 600만원 1심 선고",
        "코스피 : 2480.40상승",
    ],
}

os.makedirs(GOLD, exist_ok=True)
for name, gold in G.items():
    record = {"article": name, **gold}
    with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as handle:
        json.dump(record, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    print(name, len(gold["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
