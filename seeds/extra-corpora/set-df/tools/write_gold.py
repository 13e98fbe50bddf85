"""Writes the hand-made gold annotations of set-df to gold/*.json."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, '..', 'gold')
os.makedirs(GOLD, exist_ok=True)


def c(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


G = {}

# df-01: 강화군 농정 예산 (기호일보), no date in the text -> all dates null; institutional narration only.
G["df-01-kihoilbo.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "김혁호", "outlet": "기호일보", "jurisdiction": "28710"},
    "officials": [],
    "claims": [
        c("강화군은 올해 농정 분야에 416억 원을 투입해 다양한 사업을 추진한다", None, None, ["agriculture"], "plan"),
        c("이 예산은 지난해보다 90억 원이 증액됐다", None, None, ["agriculture"], "statement"),
        c("한강물 농업용수 공급사업을 기존 북부지역 뿐 아니라", None, None, ["agriculture"], "plan"),
        c("밭 작물까지 농업용수를 공급할 수 있도록 새로운 사업을 추진한다", None, None, ["agriculture"], "plan"),
        c("올해 밭 작물 농가에 물탱크와 펌프, 스프링클러, 간이 여과장치 등 관수시설을 지원할 계획이다", None, None, ["agriculture"], "plan"),
        c("실시간 농업용수 관측시스템을 구축하고, 저수지 수질 정화사업도 추진한다", None, None, ["agriculture"], "plan"),
        c("고품질 쌀 고시히카리 플러스 육성단지 조성은 차별화된 생산 및 판매전략으로 올해도 연차별 계획에 따라 실시한다", None, None, ["agriculture"], "plan"),
        c("논 타작물 재배 지원사업을 추진해 1㏊당 평균 340만 원을 지원한다", None, None, ["agriculture"], "plan"),
        c("강화고려인삼을 고소득 전략작목으로 육성하기 위해", None, None, ["agriculture"], "plan"),
        c("여성농업인 행복바우처 지원사업을 올해부터 신설해 연 20만 원을 지원한다", None, None, ["agriculture"], "plan"),
    ],
    "not_claims": [
        "강화=김혁호 기자",
        "기호일보 - 아침을 여는 신문, KIHOILBO",
        "저작권자 © 기호일보 - 아침을 여는 신문 무단전재 및 재배포 금지",
    ],
}

# df-02: 서울 자치구 청년 일자리 (CWN), undated; cut off inside the 관악구 part.
G["df-02-cwn.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "정수희", "outlet": "CWN", "jurisdiction": "11620"},
    "officials": [],
    "claims": [
        c("양질의 다양한 일자리를 발굴해 청년들의 미래를 지원하는 것이 수반돼야 하기 때문이다", None, None, ["jobs", "youth-policy"], "plan"),
        c("자치구들은 청년정책 중에도 일자리 분야에 공을 들이고 있다", None, None, ["youth-policy", "jobs"], "statement"),
        c("'청년정책과'를 만든 데 이어 2022년에는 '청년문화국'을 신설해 청년 지원 정책을 펼치고 있다", None, None, ["youth-policy"], "achievement"),
        c("특히 구는 고용부 주관 공모사업인 '청년도전지원사업'에 3회 연속 선정됐다", None, None, ["youth-policy", "jobs"], "achievement"),
        c("구직 단념 청년을 발굴해 구직 의욕 고취와 자신감 강화를 돕고 취업 촉진을 지원하는 사업이다", None, None, ["jobs", "youth-policy"], "statement"),
        c("'관악청년청'을 중심으로 취업활동을 지원한다", None, None, ["jobs", "youth-policy"], "plan"),
        c("청년 활동 거점 공간으로 일자리·복지·커뮤니티 지원 등 청년 맞춤", None, None, ["youth-policy", "jobs"], "statement"),
    ],
    "not_claims": [
        "'3명 중 1명 청년' 광진, 청년정책 136억 규모",
        "노원, 청년정책 예산 절반이상 일자리 발굴에 투입",
        "양천, 디지털 크리에이터 센터·온라인 마케팅 지원 사업 등",
        "지난해 관악구 '청년도전지원사업' 중 큐어링 프로그램",
        "20대 취업자는 지난 2022년 11월 이후 1년4개월째 감소세를 보인 것으로 나타났다",
        "청년층의 가장 큰 관심사가 일자리임을 방증하는 결과다",
        "일자리는 지역 경제와도 직결된다",
    ],
}

# df-03: 오세훈 취임 (한겨레), undated (only '1일').
OH = "oh-se-hoon"
G["df-03-hani.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "김선식", "outlet": "한겨레", "jurisdiction": "11"},
    "officials": [OH],
    "claims": [
        c("서울을 ‘약자 동행 특별시’로 만들겠다", OH, None, ["welfare"], "plan"),
        c("약자와의 동행은 정치적 구호가 아닌 제가 서울시장으로서 존재하는 이유이자, 제 평생의 과업", OH, None, ["welfare"], "statement"),
        c("서울시 모든 정책은 약자와의 동행을 최우선 가치로 두겠다", OH, None, ["welfare"], "plan"),
        c("‘약자와의 동행’ 4대 정책을 추진해왔다", None, None, ["welfare", "education", "housing", "public-health"], "achievement"),
        c("이날 오 시장은 ‘약자 동행지수’를 개발하겠다고 밝혔다", OH, None, ["welfare"], "plan"),
        c("서울시 정책이 ‘약자’에게 도움이 된 정도를 수치로 나타내", OH, None, ["welfare"], "plan"),
        c("노숙인 시설 공공 급식 확대·개선, 폭염 대비 에어컨 설치 등 쪽방촌 생활환경 개선 등의 지원 방안을 발표했다", OH, None, ["welfare", "housing", "disaster-safety"], "plan"),
    ],
    "not_claims": [
        "온라인 취임식에서 선서하고 있다",
        "‘서울시 바로세우기’를 완수하겠다고도 했다",
        "서울시 바로 세우기가 반의 반도 마무리하지 못했다",
        "특정 시민단체 민간 위탁금·보조금 반복 지원과 인건비 과다 편성 등을 더욱 철저히 점검하고",
        "민선 8기 첫 민생 행보로 서울 창신동 쪽방촌을 방문했다",
    ],
}

# df-04: 강서구 스마트도시 협약 (헤럴드경제), undated ('26일').
NOH = "noh-hyeon-song"
G["df-04-heraldcorp.txt"] = {
    "metadata": {"headline": "스마트도시 강서 조성 협력", "published": None, "reporter": "한지숙", "outlet": "헤럴드경제", "jurisdiction": "11500"},
    "officials": [NOH],
    "claims": [
        c("‘스마트도시 강서 조성’을 위해 구와 중앙대학교가 협약서를 교환했다고 밝혔다", None, None, ["smart-city"], "achievement"),
        c("스마트도시 구축을 위한 각종 공모사업을 함께 추진한다", None, None, ["smart-city"], "plan"),
        c("구 전역을 첨단 ICT 기술이 융복합되는 스마트도시로 구축해", NOH, None, ["smart-city"], "plan"),
        c("한편 강서구는 2010년부터 마곡지구를 중심으로 U-City 사업을 추진해왔다", None, None, ["smart-city"], "achievement"),
        c("스마트교통, 스마트방범, 스마트재난관리 등 공공필수 서비스를 운영하고 있다", None, None, ["smart-city", "disaster-safety"], "statement"),
        c("스마트도시 전담조직인 스마트도시과를 신설하고 스마트도시 조례제정", None, None, ["smart-city"], "achievement"),
    ],
    "not_claims": [
        "스마트도시 강서 조성 협력",
        "김창수 중앙대 총장이 26일 협약서에 서명한 뒤 악수하고 있다",
    ],
}

# df-05: 문경복 옹진군수 3주년 기자회견 (세계일보), 2025-07-01; cut off mid-word.
MUN = "mun-gyeong-bok"
D5 = "2025-07-01"
G["df-05-segye.txt"] = {
    "metadata": {"headline": "문경복 옹진군수 “손님맞이 최선 700만 관광시대 열 것” 포부", "published": "2025-07-01T11:40:25+09:00",
                 "reporter": None, "outlet": "세계일보", "jurisdiction": "28720"},
    "officials": [MUN],
    "claims": [
        c("섬을 만들어 700만 관광시대를 열어나갈 것입니다", MUN, D5, ["culture-tourism"], "target"),
        c("미래산업인 관광 발전을 위해 힘쓰겠다고 포부를 알렸다", MUN, D5, ["culture-tourism"], "plan"),
        c("“손님맞이에 정성을 다했다”고 평가했다", MUN, D5, ["culture-tourism"], "achievement"),
        c("정주여건 개선의 최우선 정책인 교통편의 시책 추진에도 행정력을 모았다", None, D5, ["public-transit"], "achievement"),
        c("‘가고싶은 K-관광 섬 육성사업’에 선정돼 90억원의 예산을 확보한 바 있다", None, D5, ["culture-tourism"], "achievement"),
        c("관광자원 및 콘텐츠 개발, 휴식처 조성 등의 여러 인프라 구축에 나섰다", None, D5, ["culture-tourism"], "statement"),
        c("자월도는 힐링 꽃섬으로 변화시키고자 1단계 10㏊ 임야에 대규모 화훼단지를 마련했다", MUN, D5, ["culture-tourism"], "achievement"),
        c("2028년까지 총 20㏊, 100억 상당의 테마정원을 설치해 전 국민이 축제를 즐기러 오도록 할 것", MUN, D5, ["culture-tourism"], "target"),
        c("지방정원 조성 예정지 지정을 받음으로써 본궤도에 올랐다", None, "2025-06-17", ["culture-tourism"], "achievement"),
        c("대형여객선의 2028년 상반기 운항을 예고했다", MUN, D5, ["public-transit"], "plan"),
        c("2019년부터 민간 선사를 대상으로 교체 도입을 추진했지만 적자 노선인 탓에 재차 공", None, D5, ["public-transit"], "statement"),
    ],
    "not_claims": [
        "문경복 옹진군수 “손님맞이 최선 700만 관광시대 열 것” 포부",
        "취임 3주년 정주 여건 개선 교통편의 추진",
        "든든한 군정, 미래산업 관광 발전 진력",
        "그동안 대외적으로 여러 성과를 거뒀다",
        "차량을 싣지 못하는 순수 여객선만 다니고 있다",
    ],
}

# df-06: 유정복 중앙지방협력회의 출생정책 건의 (page: dailian; outlet not named in the text), 2024-07-26.
YOO = "yoo-jeong-bok"
D6 = "2024-07-26"
G["df-06-dailian.txt"] = {
    "metadata": {"headline": "유정복, 중앙지방협력회의서 ‘인천형 출생정책’…“전국확대 건의”", "published": "2024-07-26T08:28+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "28"},
    "officials": [YOO],
    "claims": [
        c("중앙정부에 출생 정책의 대전환을 건의했다고 26일 밝혔다", YOO, D6, ["childcare-birth"], "plan"),
        c("인천의 선제적 출생정책인‘1억+dream’과‘+집 dream’사업을 소개했다", YOO, D6, ["childcare-birth", "housing"], "statement"),
        c("1+1 주거정책인 +집 dream정책도 아울러 소개했다", YOO, D6, ["housing", "childcare-birth"], "statement"),
        c("국가 차원의 종합 대책을 마련할 것을 강력히 제안했다", YOO, D6, ["housing", "childcare-birth"], "plan"),
        c("앞으로도 인천시는 저출생 극복을 위해 시정 역량을 집중하고 다양한 정책을 추진하겠다", YOO, D6, ["childcare-birth"], "plan"),
        c("저출생 문제 해결이 대한민국의 미래를 만들어 나가는 초석이 되므로 중앙정부의 지원 확대도 더욱 중요하다", YOO, D6, ["childcare-birth"], "statement"),
    ],
    "not_claims": [
        "유정복, 중앙지방협력회의서 ‘인천형 출생정책’…“전국확대 건의”",
        "현안 및 주요 정책을 논의하는 회의로 제2의 국무회의로 불리고 있다",
    ],
}

# df-07: 성동구 젠트리피케이션 방지 전담부서 (아주경제), 2015-12-31.
JWO = "jeong-won-o"
D7 = "2015-12-31"
G["df-07-ajunews.txt"] = {
    "metadata": {"headline": "성동구, 전국 최초 젠트리피케이션 방지 전담부서 신설", "published": "2015-12-31T07:52+09:00",
                 "reporter": "박성준", "outlet": "아주경제", "jurisdiction": "11200"},
    "officials": [JWO],
    "claims": [
        c("전국최초로 젠트리피케이션 방지 전담부서를 신설·운영한다고 31일 밝혔다", None, D7, ["urban-regeneration"], "plan"),
        c("산하에 지속발전과, 도시재생과를 만들어 서울형 도시재생시범사업을 선도적으로 추진할 계획이다", None, D7, ["urban-regeneration"], "plan"),
        c("지속발전과에서는 성수동 옛 공장지대의 젠트리피케이션", None, D7, ["urban-regeneration"], "statement"),
        c("도시재생과에서는 서울형 도시재생시범사업을 선도적으로 추진하고 사회적 경제 중심 도시육성", None, D7, ["urban-regeneration", "jobs"], "statement"),
        c("더욱 노력해야할 부분을 검토해 이번 기구 개편을 준비했다", JWO, D7, ["urban-regeneration"], "achievement"),
    ],
    "not_claims": [
        "성동구, 전국 최초 젠트리피케이션 방지 전담부서 신설",
        "도시균형 발전을 주도하고 성동구만의 특화사업 추진으로 지속가능한 도시경쟁력 강화를 위해 1,200명 성동구 직원과 함께 최선을 다하겠다",
    ],
}

# df-08: 중랑구 어린이집 실내공기질 측정기 (page: wooritvnews; outlet not named), 2018-12-05; institutional.
D8 = "2018-12-05"
G["df-08-wooritvnews.txt"] = {
    "metadata": {"headline": "중랑구, 어린이집 실내공기질 측정기 설치", "published": "2018-12-05",
                 "reporter": "안명옥", "outlet": None, "jurisdiction": "11260"},
    "officials": [],
    "claims": [
        c("국공립 어린이집 33개소 ‘실내공기질 측정기’ 설치를 완료했다", None, "2018-11-30", ["fine-dust", "childcare-birth"], "achievement"),
        c("11월 초부터 어린이집 실내공기질 측정기 설치에 나선 것이다", None, D8, ["fine-dust", "childcare-birth"], "statement"),
        c("이번에 설치되는 실내공기질 측정기는 사물인터넷(IOT)을 기반으로", None, D8, ["fine-dust", "fourth-industrial-revolution"], "statement"),
        c("구청에서 시스템 모니터링을 통해 환기 및 공기청정기 가동 여부 등 행동요령을 알려준다", None, D8, ["fine-dust", "childcare-birth"], "statement"),
        c("미세먼지 등 대기오염으로부터 구민 건강을 보호하기 위해 다양한 사업을 진행하고 있다", None, D8, ["fine-dust"], "statement"),
        c("33개의 유치원에 60만원씩의 공기청정기 설치비를 지원했으며", None, D8, ["fine-dust", "childcare-birth", "education"], "achievement"),
        c("대기오염 예‧경보제를 운영 중에 있다", None, D8, ["fine-dust"], "statement"),
        c("800가구미니태양광 설치 지원, 중랑초록에너지체험관 운영 등 미세 먼지 저감을 위해 적극적인 노력을 진행 중이다", None, D8, ["fine-dust", "energy-transition"], "statement"),
    ],
    "not_claims": [
        "중랑구, 어린이집 실내공기질 측정기 설치",
        "2018-12-05     안명옥 기자",
    ],
}

# df-09: 이강호 남동구청장 소래포구 방문 (KNS뉴스통신), 승인 2019-09-27; top line 2019-10-17 is page chrome.
LGH = "lee-gang-ho"
D9 = "2019-09-26"
G["df-09-kns.txt"] = {
    "metadata": {"headline": "이강호 남동구청장, 소래포구 찾아 상인들 마음 다독여", "published": "2019-09-27T20:44+09:00",
                 "reporter": "김재우", "outlet": "KNS뉴스통신", "jurisdiction": "28200"},
    "officials": [LGH],
    "claims": [
        c("소래포구축제(9.27~9.29)의 개막을 이틀 앞두고 전격 취소했다", None, "2019-09-25", ["culture-tourism", "agriculture"], "achievement"),
        c("돼지열병 확산을 막기 위해 소래포구축제가 취소가 되었음을 이해를 구하고", LGH, D9, ["culture-tourism", "agriculture"], "statement"),
        c("상인들은 이강호 구청장의 빠른 결단에 대해 대부분 이해하고 지지하는 분위기였다", None, D9, ["culture-tourism", "small-merchants"], "achievement"),
        c("축제 취소가 더 늦었으면 상품 등의 주문이 끝나 큰 손해를 볼 뻔 했다", None, D9, ["culture-tourism"], "statement", "고철남"),
        c("청장님의 신속한 결정 덕분에 손해를 보지 않았다고 말했으며", None, D9, ["culture-tourism", "agriculture"], "achievement", "고철남"),
        c("잘하신 결정이다고 전체 상인들의 의견을 전했다", None, D9, ["culture-tourism"], "achievement", "고철남"),
        c("어시장 현대화와 다양한 관광자원 발굴을 통해 더 많은 사람들이 소래포구를 찾을 수 있도록 최선을 다 하겠다고 말했다", LGH, D9, ["culture-tourism", "small-merchants"], "plan"),
    ],
    "not_claims": [
        "2019-10-17 14:17 (목)",
        "시장상인회장들에게 축제 취소에 따른 이해 구하고 상인들 격려",
        "지난 26일 직접 소래포구를 찾아 5개 시장상인회장을 만났다",
        "김재우 기자 woom00211@hanmail.net",
    ],
}

for name, g in G.items():
    out = {"article": name, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"], "not_claims": g["not_claims"]}
    with open(os.path.join(GOLD, name + '.json'), 'w', encoding='utf-8') as h:
        json.dump(out, h, ensure_ascii=False, indent=1)
        h.write('\n')
    print(name, len(g["claims"]))
print('total', sum(len(g["claims"]) for g in G.values()))
