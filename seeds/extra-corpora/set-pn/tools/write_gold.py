"""Writes the hand annotations of set-pn to gold/ (one JSON per article)."""
import json
import os

G = "/work/blind/set-pn/gold/"
os.makedirs(G, exist_ok=True)


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


def write(article, metadata, officials, claims, not_claims):
    g = {"article": article, "metadata": metadata, "officials": officials, "claims": claims,
         "not_claims": not_claims}
    with open(G + article + ".json", "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
    print(article, len(claims))


# pn-01: 인천 부평구, 시대일보, headline date (2018-08-02); announcement '1일' = 2018-08-01
D = "2018-08-01"
write("pn-01-sidaeilbo.txt",
      {"headline": "인천 부평 원도심 재생사업 본격", "published": "2018-08-02", "reporter": "이복수",
       "outlet": "시대일보", "jurisdiction": "28237"},
      [],
      [
          c("인천 부평 원도심을 되살리는 정부의 도시재생 뉴딜 사업이 본격적으로 추진된다", None, D,
            ["urban-regeneration"], "plan"),
          c("도시재생 활성화 계획이 국토교통부 도시재생특별위원회 심의를 통과해 국비 지원이 확정됐다고 1일 밝혔다", None, D,
            ["urban-regeneration"], "achievement"),
          c("2018년부터 2022년까지 국비 등 사업비 1천642억원을 투입해", None, D, ["urban-regeneration"], "plan"),
          c("쇠퇴한 부평 원도심의 교통·문화·전통상권을 활성화해 도시를 재생하자는 취지다", None, D,
            ["urban-regeneration", "small-merchants"], "statement"),
          c("4개 핵심전략을 토대로 원도심에 혁신센터를 조성하고 푸드 플랫폼을 구축할 계획이다", None, D,
            ["urban-regeneration", "jobs", "small-merchants"], "plan"),
          c("굴포 먹거리타운과 스마트시티 조성을 통해 지역 상권을 활성화하고", None, D,
            ["urban-regeneration", "smart-city", "small-merchants", "culture-tourism"], "plan"),
          c("올해 6월 국토부에 해당 사업계획 승인을 신청했다", None, D, ["urban-regeneration"], "achievement"),
          c("이번 사업은 주민이 주도하고 구와 도시재생전문가가 지원하는 형태로", None, D,
            ["urban-regeneration", "citizen-participation"], "plan"),
      ],
      ["시대일보를 시작페이지로", "인천 부평 원도심 재생사업 본격 (2018-08-02)", "5년간 1천640억 투입…국비 지원 확정",
       "8월 남북정상회담 개최설 솔솔", "특검, 김경수"])

# pn-02: 인천 옹진군, undated (the '2024.03.29 (금)' line is the site's weather header, not the publication date)
write("pn-02-kgnews.txt",
      {"headline": "‘옹진 섬 관광 활성화’ 전략짜기 박차", "published": None, "reporter": "최종만",
       "outlet": None, "jurisdiction": "28720"},
      ["jang-jeong-min"],
      [
          c("섬 관광 활성화를 위해 3억2천만원을 들여 관광 진흥종합발전계획을 수립한다고 12일 밝혔다", None, None,
            ["culture-tourism"], "plan"),
          c("권역별 개발계획과 관광정책의 마스터플랜을 준비하고 있다", None, None, ["culture-tourism"], "statement"),
          c("각 섬의 특색을 살린 관광 인프라를 2030년까지 구축하는 계획이 공개됐다", None, None, ["culture-tourism"],
            "plan"),
          c("백령도를 ‘평화 순례의 섬’, 연평도를 ‘평화 공감의 섬’", None, None, ["culture-tourism"], "plan"),
          c("옹진군만의 관광전략을 짜고 있다", None, None, ["culture-tourism"], "statement", "이동원"),
          c("옹진군의 미래 먹거리인 해양관광산업을 육성하기 위한 정책이 제대로 마련돼야 한다", "jang-jeong-min", None,
            ["culture-tourism"], "plan"),
          c("추가로 현장의 의견을 반영해 내실 있는 계획을 수립하겠다", "jang-jeong-min", None, ["culture-tourism"],
            "plan"),
      ],
      ["2024.03.29 (금)", "기상청 제공", "郡, 3억2천만원 투입", "권역별 특색있는 계획 역점",
       "권역별로 옹진 섬의 특색있는 중장기 구상을 마련하는 데 역점을 두고 있다", "COVER STORY"])

# pn-03: 광주광역시, 승인 2018.07.02 14:49; 취임사 not dated in the text -> publication day
D = "2018-07-02"
write("pn-03-siminsori.txt",
      {"headline": "이용섭 號, 정의롭고 풍요로운 광주...일자리로 구현", "published": "2018-07-02T14:49+09:00",
       "reporter": "박용구", "outlet": None, "jurisdiction": "29"},
      ["lee-yong-seop"],
      [
          c("그러면서 일자리 창출을 강조했다", "lee-yong-seop", D, ["jobs"], "statement"),
          c("취임사에서 밝힌 7대 정책 방향 가운데 3건이 일자리와 관련이 있다", None, D, ["jobs"], "statement"),
          c("시민의 삶을 바꾸는 ‘일자리 시장’이 되겠다", "lee-yong-seop", D, ["jobs"], "plan"),
          c("좋은 일자리 창출만이 광주경제가 직면하고 있는 저성장, 인구유출, 삶의 질 저하라는 문제들을 해결할 수 있다는 판단 때문이다",
            "lee-yong-seop", D, ["jobs"], "statement"),
          c("광주시의 운영체계를 일자리 중심으로 전면 개편하고, 좋은 일자리를 만들어 지역경제를 살리겠다고 했다",
            "lee-yong-seop", D, ["jobs"], "plan"),
          c("4차 산업혁명의 중심도시 반열에 올려놓겠다는 약", "lee-yong-seop", D, ["fourth-industrial-revolution"],
            "plan"),
      ],
      ["좋은 일자리 창출․광주다움 회복에 주력", "개방‧포용성으로 혁신 이끌어 사람·기업·돈 모이도록",
       "‘광주’ ‘시민’ ‘정의’ ‘일자리’ 順 언급", "광주시정의 핵심 키워드는 ‘정의’와 ‘풍요’다",
       "광주는 ‘정의로운 도시’라는 이유만으로도 잘 살아야 한다", "떠나는 광주에서 돌아오는 광주로 선순환 구조를 확립하겠다는 뜻이다"])

# pn-04: 광주광역시 (districts' programmes), 입력 2023-04-25 04:03 (label garbled); statement '24일 밝혔다'
D = "2023-04-24"
write("pn-04-kmib.txt",
      {"headline": "광주 자치구들 생활밀착 정책 ‘눈에 띄네’", "published": "2023-04-25T04:03+09:00",
       "reporter": None, "outlet": None, "jurisdiction": "29"},
      [],
      [
          c("광주지역 각 자치구가 개성 넘치는 정책을 내놓고 있다", None, D,
            ["childcare-birth", "culture-tourism", "welfare"], "statement"),
          c("남구는 인구절벽 돌파를 위한 ‘미래인구 건강 가꾸기’ 사업을 추진 중이다", None, D, ["childcare-birth"],
            "statement"),
          c("다음 달부터 차세대 부모를 위한 임신·육아교실과 야간 출산준비 교실", None, D, ["childcare-birth"], "plan"),
          c("출산준비를 원하는 예비 부모 등 젊은층의 문의가 벌써 이어지고 있다", None, D, ["childcare-birth"],
            "statement"),
          c("체험을 곁들이는 ‘비엔날레 아트버스’를 운행 중이다", None, D, ["culture-tourism"], "statement"),
          c("국제 문화행사를 활용해 관광객을 끌어들이기 위한 특화 프로그램이다", None, D, ["culture-tourism"],
            "statement"),
          c("참여자들은 KTX 광주송정역을 출발해 남도향토음식박물관에서", None, D, ["culture-tourism"], "statement"),
          c("파빌리온 전시관 9곳에서는 국제 현대예술의 현 주소를 생생히 감상할 수 있다", None, D, ["culture-tourism"],
            "statement"),
          c("아트버스는 6월 23일까지 운행한 뒤 혹서기를 피해", None, D, ["culture-tourism"], "plan"),
          c("광산구는 최근 집배원 120명을 ‘명예사회복지공무원’으로 위촉했다", None, D, ["welfare"], "achievement"),
      ],
      ["남구, 미래인구 건강가꾸기", "북구, 비엔날레 아트버스", "광산구, 복지집배원 위촉",
       "각 자치구가 지역 특성을 반영한 맞춤형 시책을 개발·시행 중이라고 24일 밝혔다", "주거 취약가구, 사회적"])

# pn-05: 광주 북구, undated (only '11일', '지난 8일')
write("pn-05-news1.txt",
      {"headline": "광주 북구, 탄소중립 그린마을 '동행'개최…환경 실천 앞장", "published": None, "reporter": "박지현",
       "outlet": "뉴스1", "jurisdiction": "29170"},
      ["mun-in"],
      [
          c("주민들이 탄소중립을 실천하는 다양한 활동을 공유하고", None, None, ["climate-carbon"], "statement"),
          c("탄소중립을 위한 북구 주민들의 꾸준한 노력이 지구", "mun-in", None, ["climate-carbon"], "statement"),
      ],
      ["주민들의 노력이 살기 좋은 미래를 만드는 밑거름", "참석자들이 기념사진을 찍고 있다",
       "탄소중립 그린마을 '동행'을 개최했다고 11일 밝혔다",
       "자원순환을 위해 7800㎏의 종이팩을 수거하는 성과를 거뒀다", "중흥권역탄소중립그린마을연합공동체(중흥권역)",
       "12월 20일 국민통합위원장 표창을 수상할 예정이다"])

# pn-06: 세종, undated ('지난 13일' only); no headline (first line is a deck)
write("pn-06-ygnews.txt",
      {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "36"},
      ["lee-choon-hee"],
      [
          c("세종시를 균형발전과 도시재생의 성공지역으로 완성하겠다고 밝혔다", None, None, ["urban-regeneration"], "plan"),
          c("세종형 도시재생사업인 청춘조치원사업을 더욱 발전시키고 도시재생 뉴딜사업 전담 T/F팀을 운영하겠다",
            "lee-choon-hee", None, ["urban-regeneration"], "plan"),
          c("주거 정비, 전통시장 활용, 청년일자리와 사회적 경제 연계, 면지역 확대 등을 추진한다", None, None,
            ["urban-regeneration", "small-merchants", "jobs", "youth-policy"], "plan"),
          c("이달 말까지 청춘조치원과에 도시재생 뉴딜사업 전담 T/F팀을 설치·운영한다", None, None,
            ["urban-regeneration"], "plan"),
          c("세종시 도시재생지원센터의 인력을 기존 5명에서 7명으로 확충한다", None, None, ["urban-regeneration"],
            "target"),
          c("조치원을 북부권 경제중심축으로 개발하고 면지역까지 발전역량을 확산시킨다는 계획이다", None, None,
            ["urban-regeneration"], "plan"),
          c("내년도 농촌중심지 활성화사업 통합지구 국비예산 확보를 위해", None, None, ["agriculture"], "plan"),
          c("제도적 기반을 바련한다", None, None, ["urban-regeneration", "housing"], "plan"),
      ],
      ["조치원읍, 전동·연동·연서면 연계 통합정비 발전 성과 확산", "▲세종시 원도심 도시재생 구상도.",
       "시는 또한 새정부의 도시재생 뉴딜 정책과 관련"])

# pn-07: 세종 (KTV 국민기자 report), 등록일 2025.08.16 12:17; narration + two residents
D = "2025-08-16"
write("pn-07-ktv.txt",
      {"headline": "도농 상생 10년, 세종형 로컬푸드 운동 관심", "published": "2025-08-16T12:17+09:00",
       "reporter": "장진아", "outlet": None, "jurisdiction": "36"},
      [],
      [
          c("'세종형 로컬푸드 운동'이 올해로 10년을 맞았습니다", None, D, ["agriculture"], "statement"),
          c("도시와 농촌이 함께 성장하는 모델로 주목받아 온 이 운동은", None, D, ["agriculture"], "achievement"),
          c("세종 지역 300여 농가가 생산한 농산물이 진열돼 있습니다", None, D, ["agriculture"], "statement"),
          c("모든 품목은 안전성 검사를 거친 뒤 판매되는데요", None, D, ["agriculture"], "statement"),
          c("신선한 제철 농산물을 사려는 시민들로 매장은 활기를 띱니다", None, D, ["agriculture"], "statement"),
          c("농산물이 전부 다 싱싱하고 채소가 너무 신선하고", None, D, ["agriculture"], "statement", "오득상"),
          c("최근 문을 연 소담동 싱싱장터 4호점.", None, D, ["agriculture"], "achievement"),
          c("단순히 농산물만 판매하는 곳이 아닙니다", None, D, ["agriculture"], "statement"),
          c("탄소 감축을 체험하는 새활용센터와 실내놀이터가 마련돼 있는데요", None, D,
            ["climate-carbon", "childcare-birth"], "statement"),
          c("정식 개장 후 사흘 만에 방문객 2만여 명이 다녀갈 정도로 반응이 뜨겁습니다", None, D, ["agriculture"],
            "achievement"),
          c("가까운 데서 생산된 농산물들이 오잖아요", None, D, ["agriculture"], "statement", "박상희"),
      ],
      ["그 성과와 앞으로의 과제를 장진아 국민기자가 취재했습니다", "세종시 도담동에 있는 로컬푸드 직매장.",
       "(장소: 세종로컬푸드 싱싱장터 소담점 / 세종시 소담동)", "첫째는 아파트 앞이라 가까워서 좋고"])

# pn-08: 경북 경주시, ' date 2026-01-14' line; 간담회 '13일' = 2026-01-13
D = "2026-01-13"
write("pn-08-segye.txt",
      {"headline": None, "published": "2026-01-14", "reporter": None, "outlet": "세계일보",
       "jurisdiction": "47130"},
      ["ju-nak-yeong"],
      [
          c("이를 산업·관광·도시 정책 전반과 연계해 활용해 나갈 방침", "ju-nak-yeong", D, ["culture-tourism"], "plan"),
          c("국제교류 확대, 관광 콘텐츠 고도화, 도시 인프라 정비 등 중·장기 과제를 중심으로 정책을 추진해 나갈 구상이라고 밝혔다",
            "ju-nak-yeong", D, ["culture-tourism"], "plan"),
          c("소형원자로(SMR) 국가산업단지 후보지 선정 이후 경주시가 검토 중인 산업 정책 방향과", "ju-nak-yeong", D,
            ["energy-transition"], "statement"),
          c("지역 산업과 연계해 중·장기 관점에서 접근하고 있다", "ju-nak-yeong", D, ["energy-transition"],
            "statement"),
          c("체류형 관광 확대 및 도심 혼잡 완화, 관광과 일상이 조화를 이루는 도시 환경 조성이 주요 과제로 제시됐다",
            "ju-nak-yeong", D, ["culture-tourism"], "plan"),
      ],
      ["경주의 국제행사 개최 역량을 보여준 계기가 됐다", "시정과 행정 전반에 반영될 수 있도록 차분히 정리해 나가겠다",
       "시정 전반을 안정적으로 운영해 나가겠다", "Copyright ⓒ 세계일보"])

# pn-09: 경북 안동시, TBC broadcast script, 2023년 12월 28일 18:10:42; '[권기' cut before the mayor speaks
D = "2023-12-28"
write("pn-09-tbc.txt",
      {"headline": "신년기획-안동 바이오산업 현주소와 과제", "published": "2023-12-28T18:10:42+09:00",
       "reporter": "이혁동", "outlet": "TBC", "jurisdiction": "47170"},
      [],
      [
          c("앵커 기업들이 들어서", None, D, ["medical-industry"], "statement"),
          c("연구 인프라도 속속 구축되고 있습니다", None, D, ["medical-industry", "research-development"],
            "statement"),
          c("국가 백신은행 유치도 추진하고 있습니다", None, D, ["medical-industry", "jobs"], "statement"),
          c("교육센터를 오픈해서 전문 인력을 양성할 생각이고", None, D, ["medical-industry", "jobs"], "plan", "이홍균"),
          c("백신상용화기술지원센터도 지난해 문을 열고 본격적인 가동에 들어갔습니다", None, D, ["medical-industry"],
            "achievement"),
          c("백신 관련 전주기 인프라가 구축됩니다", None, D,
            ["medical-industry", "research-development", "startup-support", "jobs"], "plan"),
          c("안동 바이오생명 국가산단 조성도", None, D, ["medical-industry"], "plan"),
          c("빠르면 내년에는 착공한다는 계획입니다", None, D, ["medical-industry"], "plan"),
          c("기회발전 특구와 교육특구 유치도", None, D,
            ["medical-industry", "investment-attraction", "decentralization", "education", "jobs"], "plan"),
      ],
      ["대구.경북 미래 신산업과 주요 현안을 짚어보는 신년 기획 순섭니다",
       "안동 바이오산업 현주소와 과제를 이혁동 기자가 점검해 봤습니다", "안동시 풍산읍 바이오산업단집니다.", "[권기"])
