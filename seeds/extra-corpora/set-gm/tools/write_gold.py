"""Write set-gm's gold files (hand annotation; see GOLD_NOTES.md). C(quote, speaker, date, policies, kind)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def C(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


def M(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


PT, PH, DC, SM, CT, UR, CC, FIR = ("public-transit", "public-health", "dementia-care", "small-merchants",
                                   "culture-tourism", "urban-regeneration", "climate-carbon",
                                   "fourth-industrial-revolution")
D1 = "2023-10-24"
D2 = "2022-09-23"
D3e = "2019-03-14"
D4 = "2020-06-25"
D5 = "2024-02-01"
D6 = "2024-11-08"
D8e, D8 = "2023-08-30", "2023-09-01"
D9 = "2017-03-02"
PNC, JSM, CJT, YSH, PWS = "park-nam-chun", "jo-seong-myeong", "cha-jun-taek", "yu-seong-hun", "park-won-soon"

GOLDS = {
"gm-01-kislandnews.txt": (
    M("옹진군, 연평·덕적도 오전 출항 여객선 내년부터 운항", "2023-10-24T11:34+09:00", "윤종은", None, "28720"),
    [],
    [C("오전에 출항해 육지 항구로 향하는 여객선이 2척 더 늘어난다", None, D1, [PT], "plan"),
     C("예산 25억8000만원을 들여 내년부터 연평도와 덕적도에서 오전에 출항해", None, D1, [PT], "plan"),
     C("구체적인 항로는 연평도∼인천 항로와", None, D1, [PT], "statement"),
     C("이달 말께 이들 항로의 여객선 운영 선사를 공모하는 공고를 낼 계획이다", None, D1, [PT], "plan"),
     C("선사의 적자가 발생할 경우 운항결손금도 따로 지원한다", None, D1, [PT], "plan"),
     C("덕적도에서 출항해 이작도를 경유하는 항로로 선회했다", None, D1, [PT], "statement"),
     C("이르면 내년 초부터 연평도와 덕적도의 오전 출항 여객선을 운항할 계획", None, D1, [PT], "plan"),
     C("적자를 보전할 수 있는 준공영제 방식", None, D1, [PT], "statement")],
    ["10월 말 여객선 운영 선사 공모..운항결손금 27억원 지원",
     "인천~옹진 항로를 오가는 여객선/사진=본지DB",
     "코리아프린세스호가 오전에 섬에서 출발하는 유일한 항로다",
     "주민들이 인천 육지에 나가면 최소 1박 2일을 묵어야 했다"]),
"gm-02-newsstep.txt": (
    M("새 둥지로 옮긴 노원구치매안심센터, 스마트 시스템 도입으로 치매 환자 케어 강화한다",
      "2022-09-23T08:15:10+09:00", "최선경", "뉴스스텝", "11350"),
    [],
    [C("노원구치매안심센터를 신축 마들보건지소로 확장 이전하고, 지역 내 치매 환자의 집중 관리를 강화한다고 밝혔다",
       None, D2, [DC], "plan"),
     C("노원구치매안심센터를 10월 정식 개관할 마들보건지소로 확장하여 이전하기로 결정했다", None, D2, [DC], "plan"),
     C("입주하게 된 센터는 약 519㎡ 규모이다", None, D2, [DC], "statement"),
     C("4층에는 치매선별검사, 정밀검사가 이루어지는 검진실과 진료실이 있으며", None, D2, [DC], "statement"),
     C("센터에 스마트 시스템을 도입해 이용하는 주민들의 편의성과 안전성을 향상하는 것이었다", None, D2, [DC], "statement"),
     C("먼저 시설 및 프로그램 이용에 ‘자동화 시스템’을 구축했다", None, D2, [DC], "achievement"),
     C("치매 검사의 접수, 이용자별 프로그램실 배정", None, D2, [DC], "statement")],
    ["치매안심센터 노원구청 5층에서 신축한 마들보건지소 4~5층으로 확장 이전",
     "▲ 노원구치매안심셈터(기억키움학교)",
     "고령화가 가속화되면서 국내 치매 환자의 수도 빠르게 증가하고 있다",
     "노원구의 추정 치매 환자 수는 8,183명으로 서울시 25개 자치구 중 가장 많은 것으로 나타났다",
     "이는 어르신 인구 비율이 높은 구의 특성이 반영된 것으로 분석된다"]),
"gm-03-straightnews.txt": (
    M("박남춘 시장 “영종도에 우선 응급의료센터라도 먼저 확보 필요”", "2019-03-15", "김상환", "스트레이트뉴스", "28"),
    [PNC, "hong-in-seong"],
    [C("우선은 응급의료센터라도 먼저 확보할 필요도 있어 보입니다", PNC, D3e, [PH], "plan"),
     C("병원 건립에는 많은 초기 비용이 드는 것이 사실이어서 수익성 문제가 걸림돌이다", PNC, D3e, [PH], "statement"),
     C("영종의 실질적인 유동인구는 20만에 가깝다", PNC, D3e, [PH], "statement")],
    ["“시와 중구가 힘을 모아 하루라도 빨리 종합병원 유치에 최선을 다하겠다”",
     "▲영종도 종합병원 유치를 주제로한 주민들과의 간담회에서 발언하고 있는 박남춘 인천시장",
     "영종도종합병원 유치를 주제로 주민들과 대화를 나누는 자리에서 이같이 말했다",
     "저도 마음이 더 안타까웠다"]),
"gm-04-kmib.txt": (
    M("재선도전 첫 언급 박남춘 “영종 국립종합병원 추진“", "2020-06-25T15:19+09:00", None, None, "28"),
    [PNC],
    [C("공공의료 중심의 국립종합병원을 추진할 수 있도록 지원해 줄 것을 요청했다", PNC, D4, [PH], "plan"),
     C("영종국제도시에 추진되는 국립종합병원에 대해서는 현재 인천경제자유구역청에서 용역을 하고 있어", None, D4, [PH],
       "statement"),
     C("공항재난에 대비해 감염병을 포함한 국립종합병원을 추진하면서", PNC, D4, [PH], "statement")],
    ["개항장 일대를 미래도시로 만들기위해 시간이 더 필요하다",
     "재선을 위해 남은 임기는 미래를 위해 투자하겠다",
     "수도권매립지의 직매립을 중단하는 방안을 제시하고, 매립지의 땅을 가져오겠다",
     "도시규모에 맞게 소각장을 대대적으로 추진하는 방안을 제시했다",
     "매립이 아닌 소각 방식으로 패러다임을 바꾸겠다"]),
"gm-05-asiatoday.txt": (
    M("[구청장은 지금] 조성명 강남구청장 “올해는 강남 혁신의 원년…강남 미래 만들것”", "2024-02-01T17:40+09:00",
      "김소영", "아시아투데이", "11680"),
    [JSM],
    [C("청담동 GTX-C 원안추진, 재건축시 기부채납 부지 내 문화·체육시설 확충, 세택(SETEC) 부지 내 신청사 건립 추진 등이 논의됐다",
       None, D5, [PT, "housing", "city-hall"], "statement"),
     C("조 구청장은 재건축·재개발, 안전, 기업지원, 복지, 문화 등 구정의 5대 비전과 구체적 실현", JSM, D5,
       ["housing", "disaster-safety", "welfare", CT], "plan")],
    ["삼성1·2동, 대치 2동 주민들과의 만남을 가졌다",
     "새해 달라지는 구정의 다양한 정책을 구민들에게 설명하고, 건의사항에 대해서는 현장에서 직접 피드백을 남겼다",
     "주민 의견을 경청하고 행정에 반영하도록 하는 자리인 만큼 편하게 구정에 대해 말씀해 주시면 좋겠다",
     "주민들의 민원을 신속하게 처리하기 위해 강남구청 국장단이 함께했다",
     "민선8기 구정 운영 방향을 설명하고 있다"]),
"gm-06-seouland.txt": (
    M("마포구, 11대 상권 활성화로 지역 경제에 생명 불어넣는다", "2024-11-08T10:36+09:00", None, None, "11440"),
    ["park-gang-su"],
    [C("맞춤형 상권 활성화 정책을 추진하고 있다", None, D6, [SM], "statement"),
     C("이 사업은 경기침체로 위축된 지역 상권에 활력을 불어넣기 위한 구의 노력의 일환이다", None, D6, [SM], "statement"),
     C("마포 11대 상권은 △아현시장", None, D6, [SM], "statement"),
     C("‘RE-VISIT 상권’을 단계적으로 구축할 계획이다", None, D6, [SM, CT], "plan"),
     C("상권의 개성을 살릴 다채로운 축제를 개최할 방침이다", None, D6, [SM, CT], "plan"),
     C("상인 역량 강화를 위해 컨설팅과 교육지원을 제공하고", None, D6, [SM], "statement"),
     C("시장 현대화사업, 마포순환열차버스 운영, 주차환경 개선 등 기반 시설 조성 정책도 함께 추진 중이다", None, D6, [SM],
       "statement"),
     C("젠트리피케이션 방지와 임차인 권리 보호를 위해", None, D6, [SM, UR], "statement"),
     C("이 같은 구의 노력은 상권 활성화로 이어지고 있다", None, D6, [SM], "achievement"),
     C("레드로드 상권의 경우 2023년 3월 서교동을 방문한 외국인 수가", None, D6, [SM, CT], "achievement")],
    ["마포구 아현시장 바닥이 깔끔하고 환하게 정비된 모습. 마포구 제공"]),
"gm-07-incheonilbo.txt": (
    M("주민에 이로운 캠프마켓 모색", None, None, None, "28237"),
    [CJT],
    [C("'GTX(수도권광역급행철도)-B 노선 예비타당성 조사 통과'로 지난해 인천 부평구가 들썩였다", None, None, [PT],
       "achievement"),
     C("GTX-B 노선도 예타를 통과하며 착공을 위한 첫 발을 내디뎠다", None, None, [PT], "achievement"),
     C("그 의견들을 구정에 반영하도록 노력했기 때문에 많은 성과를 이룰 수 있었다", CJT, None,
       ["citizen-participation"], "achievement"),
     C("특히 젊은 층이 적극 구정에 참여한 모습을 보고", CJT, None, ["citizen-participation"], "statement"),
     C("부평e음카드 도입 등을 통해 지역경제 활성화에도 나선다", None, None, [SM, UR], "plan")],
    ["작년엔 … 80년 만에 반환된 미군기지·GTX-B 예타 통과 등 성과",
     "올해는 … 캠프마켓 활용방안 마련·도시재생 통한 지역경제 활성화",
     "올해 부평의 새로운 미래를 만드는 사업들을 본격 추진한다",
     "부평의 미래가치는 캠프마켓과 3보급단 이전 부지 개발 방향에 달려 있다고 강조했다",
     "주민들에게 도움이 될 수 있는 방향으로 사업을 구체화하는 데 심혈을 기울이겠다는 방침이다",
     "지난해 12월 정부는 부평 캠프마켓을 반환한다고 발표했다"]),
"gm-08-sijung.txt": (
    M("금천구, 대한민국 지방정부 기후적응 선언 동참", "2023-09-01T14:40+09:00", "신일영", "시정일보", "11545"),
    [YSH, "yoo-jeong-bok"],
    [C("기후재난으로부터 안전한 사회조성에 대한 의지를 표명했다", None, D8e, [CC, "disaster-safety"], "plan"),
     C("선언문은 △기후변화의 심각성 인식", None, D8e, [CC], "plan"),
     C("‘기후위기 대응을 위한 탄소중립ㆍ녹색성장 기본 조례’를 제정했다", None, D8, [CC], "achievement"),
     C("탄소중립 시책 추진을 위한 기반을 마련했다", None, D8, [CC], "achievement"),
     C("온실가스 감축 목표를 초과 달성하고 있다", None, D8, [CC], "achievement"),
     C("주민 대상 기후환경교육, 쓰레기 없애기(제로 웨이스트) 상점 육성", None, D8, [CC], "statement")],
    ["‘기후재난으로부터 안전한 사회’ 만들 것",
     "유성훈 금천구청장(사진 가운데)이 환경과 직원들과 기념촬영을 하고 있다.",
     "선언식은 환경부가 주최하고",
     "유정복 인천광역시장 등과 함께 기후적응 선언문을 낭독했다"]),
"gm-09-etoday.txt": (
    M("박원순, “‘세’계의 기‘운’ 모이는 ‘세운상가’…4차 산업 거점으로 재도약할 것”", "2017-03-02T15:42+09:00",
      "김정웅", None, "11"),
    [PWS, "kim-yeong-jong"],
    [C("세운상가의 축적된 역사의 힘에 첨단의 미래를 융합해 4차 산업혁명의 전략거점으로 만들겠다", PWS, D9, [UR, FIR], "plan"),
     C("서울시의 미래 먹거리를 위한 전략거점을 이곳 세운상가에 조성했다", PWS, D9, [UR, FIR], "achievement"),
     C("세계 어디에도 세운상가만큼 4차 산업혁명으로의 전환이 적합한 지역은 찾을 수 없다", PWS, D9, [FIR], "statement"),
     C("재개발은 기존의 역사적 주변환경들을 완전히 다 지우는 건축 개발이라고 한다면", PWS, D9, [UR, "housing"],
       "statement"),
     C("앞으로 서울시가 추진할 모든 사업은 도시재생적 관점으로 접근할 것", PWS, D9, [UR], "plan")],
    ["사업 반대하는 일부 시민 난입해 한 차례 소란 빚어지기도",
     "세운4구역 설계공모에 당선된 건축가 루드히 에테마와 모형을 보며 이야기를 나누고 있다",
     "심사를 맡은 온영태 경희대 교수와 세운4구역 주민대표를 맡은 김종길 씨 등이 참석했다"]),
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for article, (meta, officials, claims, not_claims) in GOLDS.items():
        data = {"article": article, "metadata": meta, "officials": officials, "claims": claims,
                "not_claims": not_claims}
        (GOLD / f"{article}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(article, len(claims))
    print("total", sum(len(v[2]) for v in GOLDS.values()))
