"""Write set-nt gold files (hand annotation)."""
import json, os
G = os.path.join(os.path.dirname(__file__), '..', 'gold')
os.makedirs(G, exist_ok=True)

def c(quote, policies, kind, date, speaker=None, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d

SY = ["startup-support", "youth-policy"]
D1 = "2025-06-04"
gold = {}
gold["nt-01-busanilbo.txt"] = {
 "metadata": {"headline": "청년 로컬크리에이터 레벨업 사업, 최대 6000만 원 지원", "published": "2025-06-04",
              "reporter": None, "outlet": "부산일보", "jurisdiction": "26"},
 "officials": [],
 "claims": [
  c("25일부터 청년 로컬크리에이터 레벨업 사업 참여 기업을 모집한다고 밝혔다", SY, "plan", D1),
  c("이번 사업의 모집 대상은 창업 7년 미만, 만 39세 이하의 청년이 대표로 있는 기업이다", SY, "statement", D1),
  c("총 11개 사를 선정할 계획이다", SY, "target", D1),
  c("선정된 기업에는 콘텐츠 강화와 판로 확대를 위한 맞춤형 혜택이 제공된다", SY, "plan", D1),
  c("일반 육성 기업에는 최대 4000만 원의 사업화 자금과 함께", SY, "plan", D1),
  c("성과 공유회 등 현장 프로그램이 마련된다", SY, "plan", D1),
  c("우수 기업으로 선정될 경우 최대 6000만 원까지 추가 지원을 받을 수 있다", SY, "plan", D1),
  c("이번 사업은 단순한 자금 지원을 넘어, 청년 창업가들이", SY, "statement", D1),
 ],
 "not_claims": ["청년 로컬크리에이터 레벨업 사업, 최대 6000만 원 지원",
                "부산시, 지역 기반 청년 창업팀 11개 사 선정 계획 발표",
                "로컬크리에이터란 지역의 자연·문화 자산과 특성을 기반으로"],
}

D2 = "2025-09-07"
DS = ["disaster-safety"]
gold["nt-02-heraldcorp.txt"] = {
 "metadata": {"headline": "관악구 봉천동 현대시장 인근 '안심가로등' 확대…주민 밤길 밝힌다", "published": "2025-09-07T09:38+09:00",
              "reporter": "박종일", "outlet": "헤럴드경제", "jurisdiction": "11620"},
 "officials": ["park-jun-hui"],
 "claims": [
  c("‘2025년 안심가로등 플러스 지원사업’ 공모에 최종 선정됐다", DS, "achievement", D2),
  c("‘첨단 스마트폴 안심가로등’을 조성해 밤길 주민 안전을 강화하는 사업이다", DS, "statement", D2),
  c("신림역 일대에 안심가로등 20본을 설치했다", DS, "achievement", D2),
  c("‘최대 주거 밀집 지역’에 안심가로등 20본을 추가로 설치할 계획이다", DS, "target", D2),
  c("구는 해당 지역에 안심가로등 설치를 결정했다", DS, "achievement", D2),
  c("‘사물인터넷(IoT) 기반 장치’가 탑재되어 있다", ["disaster-safety", "fourth-industrial-revolution"], "statement", D2),
  c("관악구 통합관제센터와 연동된 폐쇄회로(CCTV)가 실시간으로 현장을 확인해", DS, "statement", D2),
  c("원격 제어가 가능한 점멸기와 홍보용 전광판도 함께 설치된다", DS, "plan", D2),
  c("올해 봉천 권역에도 주민들이 안심하고 다닐 수 있는 밤길을 만들어줄 안전 인프라를 확대할 예정", DS, "plan", D2, "park-jun-hui"),
  c("첨단 기술을 적극 활용하는 스마트 안전 도시 관악으로 나아가겠다", ["disaster-safety", "smart-city"], "plan", D2, "park-jun-hui"),
 ],
 "not_claims": ["관악구 봉천동 현대시장 인근 '안심가로등' 확대…주민 밤길 밝힌다",
                "현대시장 일대 주거 단지에는 약 12,000세대가 거주하고 있고"],
}

D3 = "2024-05-03"
AC = ["agriculture", "culture-tourism"]
gold["nt-03-kpinews.txt"] = {
 "metadata": {"headline": "도심속 농업의 가치 즐긴다'...청주 도시농업 페스티벌", "published": "2024-05-03T03:12+09:00",
              "reporter": "박상준", "outlet": "KPI뉴스", "jurisdiction": "43110"},
 "officials": [],
 "claims": [
  c("'2024 도시농업 페스티벌'이 이틀간 일정으로 3일", AC, "statement", D3),
  c("24개의 전시행사와 34개의 농업 관련 체험행사 등을 조성했다", AC, "achievement", D3),
  c("시민과 관광객들이 휴식을 취할 수 있는 쉼터와 포토존도 준비했다", ["culture-tourism"], "achievement", D3),
  c("장난감 농기계 체험, 미생물 활용 세제 만들기 등 무료 체험행사도 열린다", AC, "statement", D3),
 ],
 "not_claims": ["▲도시농업 페스티벌이 열리는 청주시 농업기술센터옆 유채꽃밭",
                "시는 페스티벌 기간 주차 편의를 위해 셔틀버스",
                "KPI뉴스 / 박상준 기자"],
}

D4 = "2021-10-16"
JY = ["jobs", "youth-policy"]
gold["nt-04-geumcheon.txt"] = {
 "metadata": {"headline": "“현직자와 취업 상담해요”…금천구 직무부트캠프 눈길", "published": "2021-10-16",
              "reporter": None, "outlet": None, "jurisdiction": "11545"},
 "officials": ["yu-seong-hun"],
 "claims": [
  c("현직자 직무부트캠프는 청년 구직자가 가장 필요한 직무 경험을 쌓을 수 있도록 지원하는 사업이다", JY, "statement", D4),
  c("현직자 멘토는 참여자에게 일대일로 조언해주는 체험형 직무 교육 프로그램이다", ["jobs"], "statement", D4),
  c("반도체 공정기술 7개 과정으로 구성됐다", ["jobs"], "statement", D4),
  c("실전 취업특강을 추가 제공해", ["jobs"], "plan", D4),
  c("모집 인원은 7개 직무별 8명씩 총 56명이다", JY, "target", D4),
  c("현직자 직무부트캠프를 통해 청년 구직자들이 취업에 대한 자신감을 얻고", JY, "statement", D4, "yu-seong-hun"),
 ],
 "not_claims": ["“현직자와 취업 상담해요”…금천구 직무부트캠프 눈길",
                "최근 기업들이 채용 전형에서 직무역량을 가장 중요한 평가 요소로 고려하고 있다",
                "참여를 희망하는 청년은 오는 23일까지"],
}

D5 = "2021-10-16"
gold["nt-05-taean.txt"] = {
 "metadata": {"headline": "태안군, ‘드론 자격증’ 교육과정 인기", "published": "2021-10-16",
              "reporter": None, "outlet": None, "jurisdiction": "44825"},
 "officials": ["ga-se-ro"],
 "claims": [
  c("추진 중인 드론 자격증 교육과정이 큰 인기를 끌고 있다", ["jobs"], "achievement", D5),
  c("‘제4·5기 드론 자격증 취득과정 교육생 오리엔테이션’을 개최했다고 밝혔다", ["jobs"], "statement", "2021-10-15"),
  c("드론 자격증 취득과정은 지역 여성 및 청년층의 안정적인 취업과 창업을 위한 것으로", ["jobs", "startup-support", "youth-policy"], "achievement", D5),
  c("이번 4·5기 교육과정에는 총 16명이 선발됐으며", ["jobs"], "achievement", D5),
  c("24명의 교육생이 과정을 수료하고 관련 업종 취업을 준비 중", ["jobs"], "achievement", D5),
  c("다양한 교육의 장을 마련할 수 있도록 최선을 다하겠다", ["jobs"], "plan", D5),
  c("지역 청년 및 여성 총 70명을 대상으로", JY, "target", D5),
 ],
 "not_claims": ["태안군, ‘드론 자격증’ 교육과정 인기"],
}

CB = ["childcare-birth"]
gold["nt-06-dongducheon.txt"] = {
 "metadata": {"headline": "불현동, 다섯쌍둥이 가정 찾아 건강한 여름나기 응원", "published": None,
              "reporter": None, "outlet": None, "jurisdiction": "41250"},
 "officials": ["park-hyeong-deok"],
 "claims": [
  c("관내 다섯쌍둥이 가정을 찾아 부모를 격려하고", CB, "statement", None),
  c("부모가 다섯쌍둥이를 양육하며 겪는 어려움과 건의 사항을 들었다", CB, "statement", None),
  c("필요한 지원 방안을 지속적으로 검토할 계획이다", CB, "plan", None),
  c("아이 키우기 좋은 동두천을 만드는 데 힘쓰겠다고 밝혔다", CB, "plan", None),
 ],
 "not_claims": ["불현동, 다섯쌍둥이 가정 찾아 건강한 여름나기 응원"],
}

for name, g in gold.items():
    out = {"article": name, **g}
    with open(os.path.join(G, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(name, len(g["claims"]))
print('total', sum(len(g["claims"]) for g in gold.values()))
