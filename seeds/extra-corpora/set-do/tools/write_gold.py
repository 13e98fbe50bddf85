"""Writes the hand annotations of set-do to gold/ (one JSON file per article)."""
import json
import os

OUT = '/work/blind/set-do/gold'
G = {}


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


# ---------------------------------------------------------------- do-01 (서울시, TV script, undated)
OH = "oh-se-hoon"
G["do-01-dailymotion.txt"] = {
    "metadata": {"headline": "오세훈 \"올해 대중교통 획기적 변신…표지판 불편 죄송\"", "published": None,
                 "reporter": "윤솔", "outlet": None, "jurisdiction": "11"},
    "officials": [OH],
    "claims": [
        c("올해 서울시가 대중교통 분야에서 획기적인 변신을 하겠다고 선언했습니다", None, None, ["public-transit"], "plan"),
        c("기후동행카드와 수상버스 등 도입 계획을 말하며 이같이 밝혔는데요", OH, None, ["public-transit"], "plan"),
        c("'버스 대란'을 놓고는 추가 대책을 모색하겠다면서 사과했습니다", OH, None, ["public-transit"], "plan"),
        c("올해 서울시에 일어날 주요한 변화 중 하나로 '교통'이 꼽혔습니다", None, None, ["public-transit"], "statement"),
        c("기후동행카드와 수상버스의 연계를 예고했습니다", OH, None, ["public-transit"], "plan"),
        c("이 대중교통의 획기적인 변신이 올해 서울시정에 상당한, 중요한 포션을 차지한다", OH, None, ["public-transit"], "plan"),
        c("관광용이 아닌 통근수단으로서 입지를 굳히겠다는 설명입니다", OH, None, ["public-transit"], "plan"),
        c("포화 상태인 광역 버스 운행에 입석 문제를 포함해 해결 방안을 찾겠다고 말했습니다", OH, None, ["public-transit"], "plan"),
        c("이미 포화 상태에 이른 광역버스를 조금 과감하게 받아들인 측면이 있습니다", OH, None, ["public-transit"], "criticism"),
        c("지형이 허락하는 한 그런 새로운 변화들을 최대한 모색해보고", OH, None, ["public-transit"], "plan"),
        c("'메가 서울' 이슈를 놓고는 선거용 이슈로 낙인이 찍혀선 안 된다며", OH, None, ["decentralization"], "plan"),
        c("VR, AR, E스포츠 등이 융합된 '창조 산업'을 견인할 거라며", OH, None,
          ["culture-tourism", "fourth-industrial-revolution", "housing"], "plan"),
        c("올해는 아마 창조산업에 리부팅, 다시 불을 붙이는 원년이 될 것이다", OH, None,
          ["culture-tourism", "fourth-industrial-revolution"], "plan"),
    ],
    "not_claims": ["표지판 불편 죄송", "윤솔 기자입니다", "자연스럽게 투자가 이뤄"],
}

# ---------------------------------------------------------------- do-02 (성동구, AMP interview, undated)
JW = "jeong-won-o"
G["do-02-kmib.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": "국민일보", "jurisdiction": "11200"},
    "officials": [JW],
    "claims": [
        c("앞으로 적정기술을 활용한 스마트 포용도시로 나아가겠다", JW, None, ["smart-city"], "plan"),
        c("성동구는 일자리를 비롯해 서울시 최고 수준의 성장을 보인다", JW, None, ["jobs"], "achievement"),
        c("대기업에 이어 중견기업의 입주 러시가 이어지고 있다", None, None, ["investment-attraction"], "achievement"),
        c("성수동 도시 재생 사업의 성공 등 비약적인 문화적 성취에 따른 것이다", None, None,
          ["urban-regeneration", "investment-attraction"], "achievement"),
        c("강남에서도, 구로에서도 기업들이 넘어온다", JW, None, ["investment-attraction"], "achievement"),
        c("기업 유치 확대를 위해 인센티브 및 세금 감면, 용적률 완화 등 패키지 정책을 도입했다", None, None,
          ["investment-attraction"], "achievement"),
        c("교통인프라 혁신도 상승세를 이끌었다", None, None, ["public-transit"], "achievement"),
        c("가능성이 0%였던 GTX-C 노선의 왕십리역 정차에 총력전을 편 이유", JW, None, ["public-transit"], "achievement"),
        c("성동구의 나아갈 방향을 ‘스마트 포용도시’로 명문화했다", JW, None, ["smart-city"], "plan"),
        c("지속가능한 성장을 위해선 포용도시를 지향해야 한다", JW, None, ["smart-city"], "plan"),
        c("외국인, 여성, 사회적 약자를 포용하기 위해선 돈이 많이 든다", JW, None, ["welfare"], "statement"),
        c("이를 보완하는 게 적정기술", JW, None, ["smart-city"], "statement"),
        c("첨단 버스정류장인 ‘스마트 쉼터’나 ‘스마트 횡단보도’ 등 전국구 정책을 펼쳐 인정받았다", None, None,
          ["smart-city", "public-transit"], "achievement"),
        c("스마트 기술을 적용하면 포용 정책의 비용을 낮출 수 있다", JW, None, ["smart-city"], "statement"),
    ],
    "not_claims": ["성동구는 강남과 견줄 정도로 성장했다", "경제적 기반과 문화적 기반이 모두 발전하고 있다",
                   "MZ세대에게는 직장 주변 문화가 매우 중요한데 그 부분을 성동구가 만족시키고 있다",
                   "서울 북동부(베드타운)를 강남과 연결하는 요충지"],
}

# ---------------------------------------------------------------- do-03 (마포구, ' date' excerpt, 2026-02-27)
PK = "park-gang-su"
D3 = "2026-02-26"
G["do-03-seoul.txt"] = {
    "metadata": {"headline": None, "published": "2026-02-27", "reporter": "김동현", "outlet": None, "jurisdiction": "11440"},
    "officials": [PK],
    "claims": [
        c("2030년까지 5년간 약 160억원을 투입해 시설 개선과 경영 활성화 지원을 진행한다고 26일 밝혔다", None, D3,
          ["small-merchants"], "plan"),
        c("망원시장은 올해 아케이드 정비를 추진해 노후 구조물을 보강하고", None, D3, ["small-merchants"], "plan"),
        c("아케이드 1차 보수공사를 마친 아현시장은 올해 2차 보수공사를 이어간다", None, D3, ["small-merchants"], "plan"),
        c("망원동월드컵시장은 증발냉방장치(쿨루프) 교체 사업을 추진해", None, D3, ["small-merchants"], "plan"),
        c("노후 인프라 정비를 내실 있게 마무리할 방침이다", None, D3, ["small-merchants"], "plan"),
        c("안전관리와 경영 지원, 관광 콘텐츠, 청년 창업까지 연계해 상권 경쟁력을 높이는 해가 될 것", PK, D3,
          ["small-merchants", "disaster-safety", "culture-tourism", "startup-support", "youth-policy"], "plan"),
        c("방문객에게는 찾고 싶은 곳이 될 수 있도록 지원을 아끼지 않겠다", PK, D3, ["small-merchants"], "plan"),
    ],
    "not_claims": ["망원·월드컵·농수산물시장 등", "5년간 시설 개선·활성화 나서",
                   "서울 마포구청장이 전통시장 활성화를 위한 캠페인에 참여해 시장을 둘러보고 있다"],
}

# ---------------------------------------------------------------- do-04 (구로구, print page, 2025-03-18)
EU = "eom-ui-sik"
D4 = "2025-03-18"
G["do-04-seouland.txt"] = {
    "metadata": {"headline": "구로구, 해빙기·풍수해 대비 하천·수방시설물 점검 추진", "published": "2025-03-18T10:04+09:00",
                 "reporter": None, "outlet": "서울앤", "jurisdiction": "11530"},
    "officials": [EU],
    "claims": [
        c("해빙기와 풍수해에 대비해 주요 하천과 수방시설물에 대한 일제 점검을 실시한다고 18일 밝혔다", None, D4,
          ["disaster-safety"], "plan"),
        c("수문 31개소(85문) 등 60개소다", None, D4, ["disaster-safety"], "statement"),
        c("전문가와 공무원으로 구성된 점검반을 편성해 1차 점검을 진행 중이며", None, D4, ["disaster-safety"], "plan"),
        c("시일이 필요한 사항은 4월 25일까지 정비할 예정이다", None, D4, ["disaster-safety"], "plan"),
        c("별도의 정비계획을 수립해 보완해 나갈 방침이다", None, D4, ["disaster-safety"], "plan"),
        c("하수도 건설 공사 현장에 대한 합동점검을 실시한다", None, D4, ["disaster-safety"], "plan"),
        c("수해 예방을 위한 주요 시설물 중 하나인 사각형거를 직접 찾아 점검할 계획이다", None, D4,
          ["disaster-safety"], "plan"),
    ],
    "not_claims": ["서울앤 취재팀 편집", "개봉1동 2 간이펌프장 점검 모습. 구로구 제공"],
}

# ---------------------------------------------------------------- do-05 (인천시 / 인천경제청, 2022-02-23)
PN = "park-nam-chun"
D5 = "2022-02-23"
G["do-05-donga.txt"] = {
    "metadata": {"headline": "인천경제청, 4대 핵심사업으로 일자리 창출 나선다", "published": "2022-02-23T03:00+09:00",
                 "reporter": None, "outlet": "동아일보", "jurisdiction": "28"},
    "officials": [PN],
    "claims": [
        c("지난해 12월 27일 인천시청에서 송도국제도시 내 토지매입 계약을 했다", None, D5,
          ["investment-attraction", "medical-industry"], "achievement"),
        c("국내 3대 바이오 앵커 기업이 모두 들어서게 됐다", PN, D5,
          ["investment-attraction", "medical-industry"], "achievement"),
        c("바이오와 수소·자율차, 항공정비사업(MRO)을 인천의 미래를 위한 핵심 산업으로 집중 육성하겠다", PN, D5,
          ["medical-industry", "energy-transition", "future-vehicles"], "plan"),
        c("4개 핵심 사업을 핵심 전략 산업으로 집중 육성한다", None, D5,
          ["medical-industry", "fourth-industrial-revolution", "culture-tourism"], "plan"),
        c("올해 외국인 직접투자(FDI) 신고액 6억 달러 유치에 나선다", None, D5, ["investment-attraction"], "target"),
    ],
    "not_claims": ["바이오·헬스케어 중심으로 지식·관광서비스 등 집중육성", "글로벌 혁신성장 거점으로 조성",
                   "올해 외국인 투자 6억달러 유치", "최근 협업을 통해 성장하는 신생 바이오기업이 늘고 있다",
                   "본사와 연구소를 올해 착공한다", "22일 인천경제청에 따르면"],
}

# ---------------------------------------------------------------- do-06 (강화군, scraped page, undated)
YC = "yu-cheon-ho"
G["do-06-incheontoday.txt"] = {
    "metadata": {"headline": "강화군 농림수산업 발전정책협의회 개최", "published": None, "reporter": "이종선",
                 "outlet": "인천투데이", "jurisdiction": "28710"},
    "officials": [YC],
    "claims": [
        c("농축어업을 집중 육성하기 위해 민선 7기 취임 전보다 관련 분야 예산을 2배 이상 증액하며", None, None,
          ["agriculture"], "achievement"),
        c("강화군은 올해 농축어업 분야 예산을 918억원 편성했다", None, None, ["agriculture"], "achievement"),
        c("2017년 424억원에 비해 두 배 이상 늘어나며", None, None, ["agriculture"], "achievement"),
        c("전 군민 독감백신 무료접종 ▲조류인플루엔자 특별방역", None, None, ["agriculture", "public-health"], "plan"),
        c("한강물 농업용수를 원활하게 공급하기 위한 방안을 집중 논의했다", None, None, ["agriculture"], "statement"),
        c("북성저류지(17헥타르, 농업용수 67만톤)와 송수관로 5.2km가 내년까지 준공된다", None, None,
          ["agriculture"], "plan"),
        c("한강물 공급이 하루 3만톤에서 5만6000톤으로 대폭 늘어난다", None, None, ["agriculture"], "target"),
        c("양사면 북성저류지~양사면사무소 구간에 설치해 농업용수를 원활하게 공급하기로 했다", None, None,
          ["agriculture"], "plan"),
    ],
    "not_claims": ["농축어업 예산 424억→918억 대폭 증가", "농축수산업 소득 증대 힘쓸 것",
                   "농림‧수산업 발전 정책협의회를 개최했다고 21일 밝혔다",
                   "유 군수는 농·축·수산업 분야 조합장과 함께 향후 협력사업을 논의했다",
                   "유천호 군수는 “농·축·수산업의 경쟁력 강화"],
}

# ---------------------------------------------------------------- do-07 (부평구, institutional, undated)
G["do-07-joongboo.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "강정규", "outlet": "중부일보", "jurisdiction": "28237"},
    "officials": [],
    "claims": [
        c("원도심을 되살리는 정부의 도시재생 뉴딜 사업이 추진된다", None, None, ["urban-regeneration"], "plan"),
        c("도시재생 활성화 계획이 국토교통부 도시재생특별위원회 심의를 통과해 국비 지원이 확정됐다", None, None,
          ["urban-regeneration"], "achievement"),
        c("23만㎡ 규모의 원도심을 개발할 예정이다", None, None, ["urban-regeneration"], "plan"),
        c("교통·문화·전통상권을 활성화해 도시를 재생하자는 취지로 마련됐다", None, None,
          ["urban-regeneration", "small-merchants"], "statement"),
        c("원도심에 혁신센터를 조성하고 푸드 플랫폼을 구축할 계획이다", None, None,
          ["urban-regeneration", "jobs", "small-merchants"], "plan"),
        c("굴포 먹거리타운과 스마트시티 조성을 통해 지역 상권을 활성화하고", None, None,
          ["urban-regeneration", "smart-city", "small-merchants", "culture-tourism"], "plan"),
        c("올해 6월 국토부에 해당 사업계획 승인을 신청했다", None, None, ["urban-regeneration"], "achievement"),
        c("주민이 주도하고 구와 도시재생전문가가 지원하는 형태로", None, None,
          ["urban-regeneration", "citizen-participation"], "plan"),
    ],
    "not_claims": ["강정규기자/jeongkyu9726@joongboo.com", "중부일보 - 경기·인천의 든든한 친구"],
}

# ---------------------------------------------------------------- do-08 (남동구, undated)
PJ = "park-jong-hyo"
G["do-08-kyeonggi.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "28200"},
    "officials": [PJ],
    "claims": [
        c("남동국가산업단지를 중심으로 일자리를 창출하고 혁신 성장을 조성한다", None, None, ["jobs"], "plan"),
        c("‘2025년도 남동구 일자리 대책 연차별 세부 계획’을 수립해 최근 공시했다고 9일 밝혔다", None, None,
          ["jobs"], "achievement"),
        c("고질적인 대중교통 부재와 주차난 등 노후화한 환경과 입주기업 전문성 부재 등으로 대책 마련이 요구되고 있다",
          None, None, ["public-transit"], "criticism"),
        c("지역·산업별 특성에 맞는 지역 일자리 사업을 수립했다", None, None, ["jobs"], "achievement"),
        c("구는 남동산단을 위주로 구의 일자리를 창출할 계획이다", None, None, ["jobs"], "plan"),
        c("‘함께 성장하는 일자리’, ‘미래 성장 동력을 위한 일자리’ 등 5개 전략으로 나눠졌다", None, None,
          ["jobs", "youth-policy", "welfare"], "statement"),
        c("근로자 무료 통근버스 11대와 직영 어린이집 등을 운영한다", None, None,
          ["labor-relations", "childcare-birth", "public-transit"], "plan"),
        c("취업 취약계층의 적극적인 구직 참여가 이뤄질 것이라고 기대했다", None, None, ["jobs"], "statement"),
        c("바이오·기계 업체의 시제품 제작과 상품화를 지원하고 첨단제조로봇 도입 사업을 할 예정이다", None, None,
          ["robot-industry", "startup-support", "medical-industry"], "plan"),
        c("지역 고용률을 67.8%에서 68.0%로 높일 계획이다", None, None, ["jobs"], "target"),
    ],
    "not_claims": ["입주기업 8천34개, 노동자 8만3천721명이 근무하는 인천 제조업의 중추이다",
                   "입주기업의 전문성을 강화하기 위해 신성장 산업 육성도 지원한다",
                   "박종효 구청장은 “일자리 파라다"],
}

# ---------------------------------------------------------------- do-09 (옹진군, institutional, undated)
G["do-09-kyeongin.txt"] = {
    "metadata": {"headline": "옹진군, 여객선 도입 지원 정책", "published": None, "reporter": "정운", "outlet": "경인일보",
                 "jurisdiction": "28720"},
    "officials": [],
    "claims": [
        c("덕적도 주민들이 하루 만에 육지를 오가는 '1일 생활권'을 누릴 수 있게 된다", None, None, ["public-transit"], "plan"),
        c("최소한 1박을 해야 했던 불편함이 개선될 전망이다", None, None, ["public-transit"], "statement"),
        c("올해 하반기 중 덕적도에서 오전에 출항하는 선박을 운항할 예정이라고 22일 밝혔다", None, None,
          ["public-transit"], "plan"),
        c("'섬 지역 오전 출항 여객선 도입 지원' 정책을 마련했다", None, None, ["public-transit"], "achievement"),
        c("인천항 연안여객터미널까지 가는 항로에 이 사업을 적용했다", None, None, ["public-transit"], "achievement"),
        c("최근 (유)대부해운과 이 항로 운항을 위한 협약을 체결했다", None, None, ["public-transit"], "achievement"),
        c("인천 내륙에 체류하는 시간을 최소 4시간 이상 확보하는 방식으로 선박을 운용할 계획이다", None, None,
          ["public-transit"], "plan"),
        c("지인을 만나거나 병원 진료를 받을 수 있도록 시간을 확보하기 위해서다", None, None, ["public-transit"], "statement"),
        c("덕적·이작 주민들의 생활편의가 크게 나아질 것으로 기대하고 있다", None, None, ["public-transit"], "statement"),
    ],
    "not_claims": ["이작도 경유… 대부해운과 협약",
                   "간단한 업무를 보기 위해 육지로 가면 1박 이상을 머물러야 다시 섬으로 돌아올 수 있었다"],
}

os.makedirs(OUT, exist_ok=True)
total = 0
for name, g in G.items():
    doc = {"article": name, **g}
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write('\n')
    total += len(g["claims"])
    print(name, len(g["claims"]))
print('total claims', total)
