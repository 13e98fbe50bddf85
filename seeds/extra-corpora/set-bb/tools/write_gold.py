"""Write set-bb's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


def md(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


G = {}

# bb-01 인천시 청년일자리 (text gives only '8일' and '2018년도에도'; URL id 2018-02-08, not used)
YJB = "yoo-jeong-bok"
G["bb-01-egreennews.txt"] = {
    "metadata": md("인천 유정복 시장, 청년일자리 담담 창업지원과 방문 격려", None, "김민성", "글로벌이코노믹", "28"),
    "officials": [YJB],
    "claims": [
        c("이는 인천시 청년일자리 정책 의지를 표명하기 위한 것이다", None, None, ["jobs", "youth-policy"], "statement"),
        c("인천시의 청년일자리 정책이 정책의 최우선에 있음을 표명하기 위한 것으로 해석된다", None, None,
          ["jobs", "youth-policy"], "statement"),
        c("창업지원과의 올해 사업들을 의지를 가지고 신속하게 추진해 줄 것을 당부했다", YJB, None,
          ["jobs", "youth-policy"], "plan"),
        c("올해는 인천시 청년실업률이 두자리 수에서 벗어나", YJB, None, ["jobs", "youth-policy", "startup-support"], "target"),
        c("인천시는 심각한 청년실업을 해결하고자 지난해 2월 일자리경제국과 청년취업 전담부서인 창업지원과를 신설해", None, None,
          ["jobs", "youth-policy"], "achievement"),
        c("시는 2018년도에도 현장에서 답을 찾고", None, None, ["jobs", "youth-policy", "startup-support"], "plan"),
    ],
    "not_claims": ["청년일자리 담담 창업지원과 방문 격려",
                   "창업지원과를 전격 방문해 직원들을 격려했다"],
}

# bb-02 인천 동구 도시재생 (undated; '20171227 인터뷰사진', '올해', '첫해' -> early 2018, not used)
G["bb-02-kyeongin.txt"] = {
    "metadata": md(None, None, None, None, "28140"),
    "officials": [],
    "claims": [
        c("인천 동구는 올해 정부의 '도시 재생' 사업에 발맞춰", None, None, ["urban-regeneration"], "plan"),
        c("동구의 각종 구도심 도시 개발 사업은 지난 10여 년간 좌초되거나 지지부진하다", None, None,
          ["urban-regeneration"], "criticism"),
        c("구는 올해 새 정부 핵심 국정과제인 '도시재생'을 계기로", None, None, ["urban-regeneration"], "plan"),
        c("우선 동구는 정부의 '뉴딜 공모사업' 첫해에 938억원 규모의", None, None, ["urban-regeneration"], "achievement"),
        c("패밀리-컬처노믹스타운, 송림골 사업은 송림오거리 주변 지역을 '주민 맞춤형' 재생사업으로", None, None,
          ["urban-regeneration", "culture-tourism"], "statement"),
        c("화수동 정원 마을 사업은 도시재생 뉴딜 시범사업 '우리 동네 살리기'로", None, None, ["urban-regeneration"], "plan"),
        c("주변 기업 근로자와 청년을 위한 기능복합형 공공임대주택을 건설하고", None, None,
          ["housing", "urban-regeneration", "youth-policy"], "plan"),
        c("이와 함께 취약지역 도시재생 사업으로 만석동 원괭이부리마을", None, None, ["urban-regeneration"], "statement"),
    ],
    "not_claims": ["정부의 '뉴딜 공모사업'으로 선정된 송림오거리 주변 지역",
                   "동구는 '패밀리-컬처노믹스타운 송림골'이란 이름 아래 맞춤형 도시 재생사업을 벌인다",
                   "원주민 갈등 10여년 개발 지지부진",
                   "정부 뉴딜공모 송림골·화수동 선정",
                   "區지원센터 설립 종합적인 뒷받침",
                   "취약계층이나 고령자가 많아 개발을 원하지 않는 원주민들도 상당해 갈등을 빚고 있기도 하다"],
}

# bb-03 광주 AI 비전 (' date 2025-09-11'; event '11일')
D = "2025-09-11"
KGJ = "kang-gi-jung"
G["bb-03-kmib.txt"] = {
    "metadata": md("광주시, 교통·청소·민원 등 생활전반 AI로 바꾼다", "2025-09-11", None, None, "29"),
    "officials": [KGJ],
    "claims": [
        c("광주광역시가 인공지능(AI) 중심도시 도약을 위한 ‘모두의 AI 광주 비전’을 선포했다", None, D,
          ["fourth-industrial-revolution"], "plan"),
        c("2단계 사업이 본격화할 경우 시민의 하루가 매 시간마다 달라지는 구체적인 과제를 제시했다", None, D,
          ["fourth-industrial-revolution"], "plan"),
        c("AI 공원 놀이터와 AI 교통시스템·대중교통 최적화 시스템, AI 청소로봇", None, D,
          ["fourth-industrial-revolution", "public-transit", "robot-industry"], "plan"),
        c("광주는 2017년부터 AI라는 새로운 길을 선택했고", KGJ, D, ["fourth-industrial-revolution"], "achievement"),
        c("시민 모두가 AI 혜택을 체감하는 AI 중심도시로 도약하고", KGJ, D, ["fourth-industrial-revolution"], "plan"),
        c("시는 앞으로 국가 인공지능집적단지 지정과 규제자유특구 지정을 추진하고", None, D,
          ["fourth-industrial-revolution", "education"], "plan"),
    ],
    "not_claims": ["‘모두의 AI 광주’ 비전 선포",
                   "시민일상·산업·도시 변화 제시",
                   "광주시와 인공지능산업융합사업단은 11일 첨단3지구 인공지능집적단지에서 ‘모두의 AI, 광주 비전 선포식’을 열었다",
                   "시민의 일상과 산업 분야를 포함한 도시 전반이 AI로 어떻게 변화할지 처음으로 공개한 자리였다",
                   "경제단체 및 기업·유관단체 관계자와 시민 등 500여명이 참석했다",
                   "선포식은 자율주행 드라이빙 시뮬레이터 첫 공개와 함께"],
}

# bb-04 광주 서구 2024 신년사 (no date line; '2024년' in text only)
KIG = "kim-i-gang"
G["bb-04-csojournalist.txt"] = {
    "metadata": md("광주광역시 서구, 주민 삶 바꾸는 정책으로 ‘내곁에 생활정부’ 완성", None, None, "한국기자연대", "29140"),
    "officials": [KIG],
    "claims": [
        c("그동안 진정성 있는 소통으로 행정의 신뢰를 쌓고", KIG, None, ["citizen-participation"], "achievement"),
        c("마을BI(Brand Identity)와 연계한 특화사업을 집중 발굴‧추진하고", None, None,
          ["citizen-participation", "culture-tourism"], "plan"),
        c("영세 소상공인 카드 수수료 지원사업, 소상공인 희망길라잡이 학교 운영 등을 추진할 예정이다", None, None,
          ["small-merchants"], "plan"),
        c("‘천원국시’는 현재 4개점에서 8개점까지 확대 운영하고", None, None, ["jobs", "welfare", "youth-policy"], "target"),
        c("자원순환가게를 18개 동에 확대‧설치하고", None, None, ["climate-carbon"], "plan"),
    ],
    "not_claims": ["김이강 서구청장 신년사 통해",
                   "광주광역시 서구가 2024년 생활밀착형 정책으로 주민들의 삶의 질 향상에 주력한다",
                   "새해에는 주민들이 원하고 필요로 하는 정책들을 미세한 부분까지 꼼꼼하게 살피고",
                   "또 2024년까지 각 지역의 특성을 살린 맨발로(路) 조성을 마무리할 예정"],
}

# bb-05 여수 관광주간 담화문 (기사입력 2015-04-30 11:34:51; event '30일')
D = "2015-04-30"
JCH = "ju-cheol-hyeon"
G["bb-05-timenews.txt"] = {
    "metadata": md("주철현 여수시장, 관광주간·거북선축제 앞두고", "2015-04-30T11:34:51+09:00", None, "타임뉴스", "46130"),
    "officials": [JCH],
    "claims": [
        c("손님맞이에 30만 시민의 위대한 역량을 결집해 줄 것을당부했다", JCH, D, ["culture-tourism"], "plan"),
        c("어느 때보다 많은 관광객이 여수를 찾을 것으로 예상된다", JCH, D, ["culture-tourism"], "statement"),
        c("눈앞에 작은 이익보다 관광객을 내 가족과 같이 맞아", JCH, D, ["culture-tourism"], "plan"),
        c("관광객이많은 지역 내 불법 주정차와 호객행위를 삼가해 달라고 주문했다", JCH, D, ["culture-tourism"], "plan"),
        c("음식·숙박업소에서는 청결을 최우선시 하고", JCH, D, ["public-health", "culture-tourism"], "plan"),
        c("세계 속의 명품 해양관광 도시로 도약할 절호의 기회를 맞을 것", JCH, D, ["culture-tourism"], "statement"),
        c("국제 해양관광의 중심으로 만드는 주역으로 앞장서가자", JCH, D, ["culture-tourism"], "plan"),
    ],
    "not_claims": ["주철현 여수시장, 관광주간·거북선축제 앞두고",
                   "승용차 이용을 자제하고 돌산 방면은거북선대교를 이용해 줄 것으로 당부했다"],
}

# bb-06 전남 신안 해상풍력 집적화단지 (text gives only '22일'; context 2025, not used)
KYR = "kim-yung-rok"
G["bb-06-nocutnews.txt"] = {
    "metadata": md(None, None, None, None, "46"),
    "officials": [KYR],
    "claims": [
        c("전남 신안 해상풍력 발전단지를 집적화단지로 지정한 가운데", None, None, ["energy-transition"], "achievement"),
        c("정부가 신안 해상풍력 발전사업을 신재생에너지 집적화단지로 지정한데 대한 환영문을 발표했다", KYR, None,
          ["energy-transition"], "achievement"),
        c("블루 이코노미 비전을 선포한지 6년 만에 큰 성과를 거뒀고", KYR, None, ["energy-transition"], "achievement"),
        c("블루 이코노미는 전남의 청정자원과 4차 산업혁명 기술을 접목한 전남의 미래 비전으로", None, None,
          ["fourth-industrial-revolution"], "statement"),
        c("지난 3년간 많은 노력을 했고 한결같은 지지를 보내준 도민들 덕분에 결실을 맺었다", KYR, None,
          ["energy-transition"], "achievement"),
        c("새정부가 출범하면 순풍을 만난 배처럼 사업이 원활하게 추진될 것", KYR, None, ["energy-transition"], "statement"),
        c("전남 동부권의 해상풍력 집적화단지 조성에도 힘을 쏟겠다", KYR, None, ["energy-transition"], "plan"),
        c("13GW 규모의 해상풍력 발전단지를 조성할 계획으로", KYR, None, ["energy-transition"], "target"),
    ],
    "not_claims": ["파란색 상의를 입고 나와 눈길을 끌었다",
                   "전남 동부권의 해상풍력 발전에 대한 관심도 나타냈다"],
}

# bb-07 해남군 농민수당 하반기 (undated; '2019년 하반기분', '지난 22일')
G["bb-07-hnews.txt"] = {
    "metadata": md(None, None, None, None, "46820"),
    "officials": [],
    "claims": [
        c("'해남군 농민수당'의 2019년 하반기분이 오는 9월 5일부터 농가에 지급된다", None, None, ["agriculture"], "plan"),
        c("특히 농민수당은 해남사랑상품권으로 지급되며 지역경제 활성화에도 힘을 싣고 있다", None, None,
          ["agriculture", "small-merchants"], "statement"),
        c("해남군 농민수당 정책은 성공적으로 안착하면서", None, None, ["agriculture"], "achievement"),
        c("하반기 지급금액 39억5300만원을 지역농협에 이체할 예정이다", None, None, ["agriculture"], "plan"),
        c("각 30만원의 농민수당을 해남사랑상품권으로 지급받을 수 있다", None, None,
          ["agriculture", "small-merchants"], "statement"),
        c("1만2818명의 지급대상자를 확정했다", None, None, ["agriculture"], "achievement"),
        c("이는 상반기 농민수당 지급 대상자인 1만2487명 보다 331명이 증가했다", None, None, ["agriculture"], "statement"),
        c("농민수당은 농업의 공익적 가치를 인정해 지급되는 만큼", None, None, ["agriculture"], "statement"),
    ],
    "not_claims": ["상반기보다 331명 증가해", "기본의무 성실히 이행해야"],
}

# bb-08 제주 전기차 2.0 (2016-10-04 12:27; event '4일')
D = "2016-10-04"
WHR = "won-hee-ryong"
G["bb-08-ajunews.txt"] = {
    "metadata": md("제주도, 전기차 2.0 시대 선포", "2016-10-04T12:27+09:00", None, None, "50"),
    "officials": [WHR],
    "claims": [
        c("지난 9월말 기준, 전기차 3608대가 등록됐다", WHR, D, ["future-vehicles"], "achievement"),
        c("도내 전 차량대수의 1% 이상을 점유하게 된 기점을 맞아 이날 전기차 2.0시대를 선포한다", WHR, D,
          ["future-vehicles"], "plan"),
        c("도는 올해 전기차 4000대를 보급중이며", None, D, ["future-vehicles"], "target"),
        c("이는 도내 전 차량대수 34만8324대의 1% 이상을 점유하는 수치로", None, D, ["future-vehicles"], "achievement"),
        c("이번 전기차 보급정책을 한 단계 상승시킨 전기차 2.0 시대는", WHR, D, ["future-vehicles", "culture-tourism"], "plan"),
        c("내년부터는 단계적으로 전기차 구매 보조금 감소", WHR, D, ["future-vehicles"], "plan"),
        c("전기차 이용자들과 함께하는 Fun Fun EV Road 조성", WHR, D,
          ["future-vehicles", "culture-tourism", "energy-transition"], "plan"),
        c("앞으로 전기차 이용자 포럼․폐스티발 정례 개최 등", WHR, D, ["future-vehicles"], "plan"),
    ],
    "not_claims": ["보조금 위주 정책 벗어나 민·관 협업, 개방형혁신 방식으로 전환"],
}

# bb-09 제주 감귤 시장격리 (date line 2019-12-17; '18일', '지난 16일')
P = "2019-12-17"
G["bb-09-jejunews.txt"] = {
    "metadata": md("제주감귤 가격 안정 위해 정부도 사업비 지원", "2019-12-17", "김정은", None, "50"),
    "officials": [],
    "claims": [
        c("감귤을 시장에서 격리하는 사업에 정부도 사업비를 지원하기로 했다", None, P, ["agriculture"], "plan"),
        c("농림축산식품부는 감귤수급조절 시장격리 사업(2L 규격 2만톤)에 소요되는 사업비 60억원 중 10억원을 지원한다", None,
          "2019-12-18", ["agriculture"], "plan"),
        c("이에 앞서 제주도는 지난 16일 총 사업비 60억원을 투입해", None, "2019-12-16", ["agriculture"], "plan"),
        c("지원단가는 1300원이다", None, P, ["agriculture"], "statement"),
        c("국비를 제외하고 제주도는 46억원을, 농현 제주본부가 4억원을 부담한다", None, P, ["agriculture"], "statement"),
        c("감귤은 제주 생명산업이기 때문에", None, P, ["agriculture"], "plan"),
        c("이번 사업에 적극적으로 동참하고", None, P, ["agriculture"], "plan"),
    ],
    "not_claims": ["道 추진 감귤수급조절 시장격리 사업 60억원 중 10억원"],
}


def main():
    GOLD.mkdir(parents=True, exist_ok=True)
    total = 0
    for name, g in G.items():
        out = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(g["claims"])
        print(name, len(g["claims"]))
    print("total", total)


if __name__ == "__main__":
    main()
