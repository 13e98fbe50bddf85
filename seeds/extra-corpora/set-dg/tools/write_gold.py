"""Writes the hand-made gold files of set-dg (format of seeds/corpus/README.md)."""
import json, os
G = []

def C(quote, speaker, date, policies, kind, name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        c["speaker_name"] = name
    return c

# dg-01 인천시 (박남춘), undated excerpt -> published and every claim date null
G.append({"article": "dg-01-kukinews.txt",
 "metadata": {"headline": None, "published": None, "reporter": "이현준", "outlet": "쿠키뉴스", "jurisdiction": "28"},
 "officials": ["park-nam-chun"],
 "claims": [
  C("공공부문 온실가스 감축 목표를 전년 55.4% 대비 1.6%포인트 높인 57%로 설정하는 등", None, None, ["climate-carbon"], "target"),
  C("탄소중립 대전환 인프라 구축, 지역맞춤형 시민체감 환경 조성", None, None, ["climate-carbon"], "plan"),
  C("강소연구개발특구 조성에 인천에코사이언스파크가 선정될 수 있도록 행정력을 집중하기로 했다", None, None, ["research-development", "climate-carbon"], "plan"),
  C("오는 2030년까지 신재생에너지 보급목표 35.7% 달성을 위해", None, None, ["energy-transition"], "target"),
  C("영흥석탄화력발전소 1, 2호기 조기폐쇄도 지속적으로 추진한다", None, None, ["energy-transition", "climate-carbon"], "plan"),
  C("맞춤형 미세먼지 개선사업 등 탄소중립을 위한 다양한 개선사업에도 나설 계획이다", None, None, ["fine-dust", "climate-carbon"], "plan"),
  C("탄소중립을 위한 자원순환정책 대전환은 그 누구도 피해갈 수 없는 시대적 과제", "park-nam-chun", None, ["climate-carbon"], "statement"),
  C("재생에너지와 갯벌 등 환경을 인천의 성장동력으로 키워가는", "park-nam-chun", None, ["energy-transition"], "plan"),
 ],
 "not_claims": [
  "2025년 수도권매립지 종료를 목표로 ‘친환경 자체매립지’와 ‘친환경 자원순환센터’ 건립 추진에 속도를 낼 계획이다",
  "생활폐기물 감축 추진, 사업장폐기물 감축을 위한 정책 기반 마련",
 ]})

# dg-02 인천 부평구 (차준택), 등록 2023.01.01 06:00
D2 = "2023-01-01"
G.append({"article": "dg-02-newsis.txt",
 "metadata": {"headline": "[신년 인터뷰] 차준택 인천 부평구청장 \"수도권 중심도시 도약\"", "published": "2023-01-01T06:00+09:00",
              "reporter": "함상환", "outlet": "뉴시스", "jurisdiction": "28237"},
 "officials": ["cha-jun-taek"],
 "claims": [
  C("기업, 구직자, 소상공인 모두를 위한 정책을 펼치겠다", "cha-jun-taek", D2, ["small-merchants", "jobs"], "plan"),
  C("부평형 통합돌봄과 찾아가는 보건복지 서비스를 기존보다 활성화해", "cha-jun-taek", D2, ["welfare"], "plan"),
  C("민선8기에도 소통과 협치로 신뢰받는 행정을 이어가겠다", "cha-jun-taek", D2, ["citizen-participation"], "plan"),
  C("주민자치회, 주민참여예산학교 등을 바탕으로 구민과 공감하는 '소통부평'을 이룰 것", "cha-jun-taek", D2, ["citizen-participation"], "plan"),
  C("일상에 여유를 더하는 '문화부평'과 안전하고 편안한 '안심부평'을 만들기 위해 나선다", "cha-jun-taek", D2, ["culture-tourism", "disaster-safety"], "plan"),
 ],
 "not_claims": [
  "2023년을 '새로운 50만, 수도권 중심도시로 도약'하는 원년으로 삼고",
  "민선7기에 이뤄온 성과와 기반을 바탕으로 구민의 삶의 질을 높이고",
  "지속가능부평 11번가 사업과 굴포천 생태하천 복원사업 등 대형사업의 완성도를 높이겠다",
  "구가 경제주체의 버팀목이 되겠다",
  "(사진=부평구 제공)",
 ]})

# dg-03 서울시 (오세훈), 2024.10.10 16:30:45, event 10일
D3 = "2024-10-10"
G.append({"article": "dg-03-edaily.txt",
 "metadata": {"headline": "오세훈 \"스마트도시, 누구도 소외 안돼\"…'사람 중심 기술' 역설", "published": "2024-10-10T16:30:45+09:00",
              "reporter": "함지현", "outlet": "이데일리", "jurisdiction": "11"},
 "officials": ["oh-se-hoon"],
 "claims": [
  C("서울시가 꿈꾸는 스마트도시는 모든 사람이 디지털의 혜택을 누리고, 함께 성장하는 동행 공동체다", "oh-se-hoon", D3, ["smart-city"], "statement"),
  C("개막식에서 스마트도시 서울의 비전을 발표했다", "oh-se-hoon", D3, ["smart-city"], "plan"),
  C("서울은 최첨단 디지털 기술이 역동적으로 움직이는 명실상부한 스마트도시라고 강조했다", "oh-se-hoon", D3, ["smart-city", "future-vehicles", "robot-industry"], "achievement"),
  C("서울이 지향하는 스마트도시는 차갑고 기계적인 최첨단 도시가 아니다", "oh-se-hoon", D3, ["smart-city"], "statement"),
  C("사람과 사람을 이어주는 따뜻한 온기와 휴머니즘이 넘치는 도시", "oh-se-hoon", D3, ["smart-city"], "statement"),
  C("서울시는 사회적 약자들이 편안하고 편리하게 스마트라이프를 누릴 수 있도록", "oh-se-hoon", D3, ["smart-city", "welfare"], "statement"),
  C("약자와의 동행은 스마트 도시가 가야할 길이고", "oh-se-hoon", D3, ["smart-city", "welfare"], "statement"),
 ],
 "not_claims": [
  "스마트도시, 기계적 최첨단 도시 아닌 '휴머니즘' 도시 추구",
  "세계 스마트도시들의 혁신플랫폼 될 것",
  "스마일을 먼저 생각하고 스마트를 잇는 비전을 공유하고 싶다",
  "주제는 ‘스마일 인 스마트라이프’다",
  "중요한 것은 누구도 기술에서 소외되어서는 안 된다는 것",
 ]})

# dg-04 서울 중구 (김길성), ' date 2025-11-16' prefix; 16일 밝혔다
D4 = "2025-11-16"
G.append({"article": "dg-04-seoul.txt",
 "metadata": {"headline": None, "published": "2025-11-16", "reporter": "김주연", "outlet": "서울신문", "jurisdiction": "11140"},
 "officials": ["kim-gil-seong"],
 "claims": [
  C("지방자치단체 부문에서 행정안전부 장관 표창을 받았다고 16일 밝혔다", None, D4, ["small-merchants"], "achievement"),
  C("구는 2019년부터 ‘전통시장 전담부서’를 운영하며 시장별 맞춤형 지원에 나서왔다", None, D4, ["small-merchants"], "statement"),
  C("이후 상권발전소 설립, 디자인혁신, 시설현대화, 상인교육, 라이브커머스 지원 등 다양한 정책을 펼쳤다", None, D4, ["small-merchants"], "achievement"),
  C("전국 최초 민관협력 상권관리 전문기구인 ‘서울중구전통시장상권발전소’를 출범해", None, D4, ["small-merchants"], "statement"),
  C("시장 현대화도 속도를 내고 있고, 라이브커머스 지원으로 일부는 해외 온라인몰까지 진출했다", None, D4, ["small-merchants"], "achievement"),
  C("디지털 중심의 전통시장 마케팅 전환, 골목 상권의 이야기를 담은 상권 브랜딩 강화", None, D4, ["small-merchants"], "statement"),
  C("이번 수상은 상인, 주민, 전문가들과 함께 힘을 모아 중구가 전통시장 혁신과 상권 활성화를 이끈 성과", "kim-gil-seong", D4, ["small-merchants"], "achievement"),
 ],
 "not_claims": [
  "행정안전부 장관상 수상. 중구 제공",
  "Copyright ⓒ 서울신문 All rights reserved.",
 ]})

# dg-05 인천 연수구 (이재호), 2025.01.08 10:55:36, new-year interview
D5 = "2025-01-08"
G.append({"article": "dg-05-kgnews.txt",
 "metadata": {"headline": "[신년인터뷰] 이재호 연수구청장 “개청 30주년, 가치를 더한 미래 인프라 구축할 것”", "published": "2025-01-08T10:55:36+09:00",
              "reporter": None, "outlet": None, "jurisdiction": "28185"},
 "officials": ["lee-jae-ho"],
 "claims": [
  C("근심을 덜어내는 복지․경제 도약 ▲활력을 곱하는 환경․안전 도약 ▲여유를 나누는 문화․교육 도약 등 4대 도약을 내놨다", "lee-jae-ho", D5, ["welfare", "disaster-safety", "culture-tourism", "education"], "plan"),
  C("GTX-B노선의 착공과 원도심 정차를 반드시 이뤄내고", "lee-jae-ho", D5, ["public-transit"], "plan"),
 ],
 "not_claims": [
  "연수구 미래를 위한 4대 도약 내놔",
  "오늘날 연수구 발전을 이끈 원동력은 구민들의 아낌없는 성원과 격려 덕분이었다",
  "신속한 원스톱 민원서비스로 구민 편의는 대폭 확대하겠다",
  "연수하나로 자전거이음길을 올해 착수해 구민의 여가 활동 범위를 확장하겠다",
  "이 구청장은 가치를 더한 미래 인프라 구축을 통해 도시 위상을 높이겠다는 계획이다",
  "세계 최고 수준의 글로벌 도시로 자리매김했다",
 ]})

# dg-06 서울 동작구 (institutional; 과장 김성복 quoted), undated excerpt
G.append({"article": "dg-06-kizmom.txt",
 "metadata": {"headline": None, "published": None, "reporter": "김지현", "outlet": "키즈맘", "jurisdiction": "11590"},
 "officials": ["lee-chang-u"],
 "claims": [
  C("국공립어린이집 3곳을 추가로 개원한다", None, None, ["childcare-birth"], "plan"),
  C("3곳을 신규 개원한다고 31일 밝혔다", None, None, ["childcare-birth"], "plan"),
  C("구의 국공립어린이집은 58곳으로 늘었으며, 이용률도 40% 이상으로 올라갔다", None, None, ["childcare-birth"], "achievement"),
  C("사당3동 아파트단지 내 관리동을 무상임대로 바꿔 운영한다", None, None, ["childcare-birth"], "statement"),
  C("구는 시설 개선을 돕고 주민 공동이용시설 개선비도 지원할 계획이다", None, None, ["childcare-birth"], "plan"),
  C("입주민에게 입소 우선권도 제공한다", None, None, ["childcare-birth"], "plan"),
  C("아리아어린이집은 신대방2동 주상복합 밀집지역 내 업무시설에 생겼다", None, None, ["childcare-birth"], "statement"),
  C("‘시간제 보육’ 서비스를 운영하며 가정양육 가구에 대한 지원을 강화할 방침이다", None, None, ["childcare-birth"], "plan"),
  C("보육의 공공성 확보는 미래를 위한 효과적인 투자", None, None, ["childcare-birth"], "statement", "김성복"),
  C("공보육 서비스 향상을 위해 국공립어린이집 확충을 이어가겠다", None, None, ["childcare-birth"], "plan", "김성복"),
 ],
 "not_claims": []})

# dg-07 인천 옹진군 (institutional), 2012.09.06 19:03:36
D7 = "2012-09-06"
G.append({"article": "dg-07-kgnews.txt",
 "metadata": {"headline": "옹진군, 하반기 섬 나들이 사업 실시", "published": "2012-09-06T19:03:36+09:00",
              "reporter": "윤용해", "outlet": "경기신문", "jurisdiction": "28720"},
 "officials": [],
 "claims": [
  C("7억원의 사업비를 들여 오는 17일부터 예산 소진시까지 하반기 옹진 섬 나들이 사업을 실시한다", None, D7, ["culture-tourism"], "plan"),
  C("천혜 해양관광자원의 보고(寶庫)이지만 타 지역에 비해 접근성이 낮고", None, D7, ["culture-tourism"], "statement"),
  C("침체된 지역상권 및 옹진관광 활성화를 위해", None, D7, ["culture-tourism", "small-merchants"], "plan"),
  C("인천시민의 경우 이미 여객운임의 50%를 할인받고 있어 지원대상에서 제외됐으며", None, D7, ["culture-tourism"], "statement"),
 ],
 "not_claims": [
  "자세한 내용은 군 홈페이지(www.ongjin.go.kr)에서 확인하면 된다",
  "저작권자 © 경기신문 무단전재 및 재배포 금지",
 ]})

# dg-08 서울시 (박원순), 2015.05.28 10:00; remarks made '28일 저녁'
D8 = "2015-05-28"
G.append({"article": "dg-08-mt.txt",
 "metadata": {"headline": "박원순 시장 \"서울역7017=서울역 서부 대개발 사업\"", "published": "2015-05-28T10:00+09:00",
              "reporter": "남형도", "outlet": "머니투데이", "jurisdiction": "11"},
 "officials": ["park-won-soon"],
 "claims": [
  C("극단적인 반대여론이 거의 사라져 틀이 잡혔다고 밝혔다", "park-won-soon", D8, ["urban-regeneration"], "achievement"),
  C("쇠락한 서울역 서부 '재생' 사업임을 강조, 오는 7월 프로젝트를 종합 발표하겠다고 말했다", "park-won-soon", D8, ["urban-regeneration"], "plan"),
  C("극심한 반대 목소리가 거의 없어졌고 큰 틀이 잡힌 것 같다", "park-won-soon", D8, ["urban-regeneration"], "achievement"),
  C("서부권을 어떻게 연결해 도심 활력을 불어넣고 남대문시장을 활성화할지 다 포함해 오는 7월 직접 발표할 것", "park-won-soon", D8, ["urban-regeneration", "small-merchants"], "plan"),
  C("현장시장실을 돌면서 단지 서울역고가만의 문제가 아니라는 걸 느꼈다", "park-won-soon", D8, ["urban-regeneration", "citizen-participation"], "statement"),
  C("이곳을 연결하고 개발해 도시 활력을 불어넣자는 것", "park-won-soon", D8, ["urban-regeneration"], "statement"),
  C("호박마을 재개발, 중림동 봉제상가 활성화 등 프로젝트가 어마어마하게 늘어났다", "park-won-soon", D8, ["urban-regeneration", "housing", "citizen-participation"], "statement"),
  C("일대가 사업 대상에 들어갔고 큰 변화가 있을 것", "park-won-soon", D8, ["urban-regeneration"], "statement"),
  C("서울역고가 프로젝트가 사실상 '서울역 서부 대개발 사업'이 됐다는 것", "park-won-soon", D8, ["urban-regeneration"], "statement"),
  C("시민들의 반대 여론이 상당부분 완화된 것을 자평했다", "park-won-soon", D8, ["urban-regeneration"], "achievement"),
 ],
 "not_claims": [
  "인근 주민들 반대 거의 사라져… 7월 종합계획 발표",
  "박원순 서울시장. /사진=뉴스1",
  "서울시 출입기자들과 함께 남산골 한옥마을 문화행사를 관람하는 자리에서",
 ]})

# dg-09 서울 노원구 (오승록), print date 2019-05-16; 15일 밝혔다 -> 2019-05-15 for the announcement's content
D9 = "2019-05-15"
G.append({"article": "dg-09-seoul.txt",
 "metadata": {"headline": "미세먼지 걱정 없는 쉼터 만드는 노원… 버스정류소·주민센터 공기청정기 설치", "published": "2019-05-16",
              "reporter": "강국진", "outlet": "서울신문", "jurisdiction": "11350"},
 "officials": ["oh-seung-rok"],
 "claims": [
  C("서울 노원구가 미세먼지 걱정 없는 쉼터를 운영한다고 15일 밝혔다", None, D9, ["fine-dust"], "statement"),
  C("갈수록 심각해지는 미세먼지에 대응해 구민 건강권을 지키기 위해", None, D9, ["fine-dust"], "achievement"),
  C("이곳에는 스탠드형 공기청정기와 미세먼지 측정기를 함께 설치했다", None, D9, ["fine-dust"], "achievement"),
  C("미세먼지 주의보가 발령되면 하루 12시간씩 공기청정기를 가동한다", None, D9, ["fine-dust"], "statement"),
  C("쉼터에는 의자도 마련해 버스를 기다리면서 앉아서 쉴 수 있도록 했다", None, D9, ["fine-dust"], "achievement"),
  C("이 밖에도 모든 경로당과 어린이집에 공기청정기를 보급했다", None, D9, ["fine-dust"], "achievement"),
  C("미세먼지로부터 주민 건강을 지켜주는 미세먼지 안전 쉼터로 변신했다", "oh-seung-rok", D9, ["fine-dust"], "achievement"),
 ],
 "not_claims": [
  "주민들의 안전권 확보를 위해 최선을 다하겠다",
  "난, 농사꾼 드론…농업 적용 연구·보급 활발",
  "골프장부터 전망대까지… 하수처리장 무한변신",
  "2024년 이전 창동차량기지, 최첨단 의료단지로 키워보자",
  "관가 “세종 중심 근무 분위기 확산”…하위직 공무원·공공기관도 비상령",
 ]})

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
os.makedirs(out, exist_ok=True)
n = 0
for g in G:
    json.dump(g, open(os.path.join(out, g["article"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    n += len(g["claims"])
    print(g["article"], len(g["claims"]))
print("total", n)
