"""Write set-pg's gold files (hand annotation)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"

def C(quote, policies, kind, date, speaker=None, speaker_name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        c["speaker_name"] = speaker_name
    return c

D1 = "2024-06-20"
D3 = "2025-01-16"
D4 = "2022-06-27"
D5 = "2017-01-05"
D6 = "2021-07-22"
D8 = "2022-08-25"
D9 = "2023-02-02"
HS = ["disaster-safety", "housing"]

GOLDS = {
"pg-01-seouland.txt": {
  "metadata": {"headline": "성동구, 모든 반지하 주택에 물막이판 설치 지원 나서", "published": "2024-06-20T15:51+09:00",
               "reporter": None, "outlet": "서울&", "jurisdiction": "11200"},
  "officials": ["jeong-won-o"],
  "claims": [
    C("집중폭우에 대비해 특별대책팀(TF)을 구성해 반지하 등 위험 거처의 주거 안전 확보에 나섰다", HS, "achievement", D1),
    C("부구청장을 단장으로 6개 부서가 참여한다", HS, "statement", D1),
    C("올해는 이에 더해 사각지대 발굴과 더욱 촘촘한 지원에 나선다", HS, "plan", D1),
    C("재난관리기금 6억원을 편성해, 모든 반지하 주택에 침수 방지시설인 물막이판(차수판)을 설치하도록 적극 독려하고 집중적인 재점검을 한다", HS, "plan", D1),
    C("여전히 미설치 주택이 있어 추가적인 설득을 진행한다", HS, "plan", D1),
    C("노후 물막이판 재설치 요청에 대해서도 즉시 지원한다", HS, "plan", D1),
  ],
  "not_claims": ["성동구, 모든 반지하 주택에 물막이판 설치 지원 나서", "성동구, 집중폭우, 침수, 주거안전",
                 "본 콘텐츠는 <서울&>의 의견과 다를 수 있으며"],
},
"pg-02-seoul.txt": {
  "metadata": {"headline": "보육 수준 한 단계 더 높이는 ‘보육 1등 도시’ 동작", "published": None,
               "reporter": None, "outlet": None, "jurisdiction": "11590"},
  "officials": ["lee-chang-u"],
  "claims": [
    C("‘보육 1등 도시’ 서울 동작구가 보육 수준을 한 단계 더 끌어올린다", ["childcare-birth"], "plan", None),
    C("보육청 사업의 2단계 중기계획을 수립하는 연구 용역을 통해서다", ["childcare-birth"], "plan", None),
    C("구는 2015년부터 전국 최초로 구 육아종합지원센터를", ["childcare-birth"], "achievement", None),
    C("크게 성장시킨 구는 2020~2023년 보육청의 중기 계획 수립에 나섰다", ["childcare-birth"], "plan", None),
    C("협치 실행단을 조성해 이들을 통해 보육 정책의 현주소를 정확히 진단한다", ["childcare-birth", "citizen-participation"], "plan", None),
    C("미래 보육 정책과 전략을 정할 컨설팅 연구 용역을 진행한다", ["childcare-birth"], "plan", None),
    C("보육청 사업의 선도적인 모델로서 우리 구가 제시하는 비전이 대한민국의 보육 정책을 움직인다는 책임감을 갖고 있다",
      ["childcare-birth"], "statement", None, "lee-chang-u"),
    C("앞으로도 아이가 행복하고 부모가 안심할 수", ["childcare-birth"], "plan", None, "lee-chang-u"),
  ],
  "not_claims": ["층간 소음 더 키우는 ‘정부 인정’…성능 미달 부실 바닥", "바닥구조 사전인정제 허점",
                 "보육 수준 한 단계 더 높이는 ‘보육 1등 도시’ 동작", "‘미래 보육정책·전략’ 컨설팅 연구 용역",
                 "구청장이 동작의 보육 정책이 나아갈 방향에 대해 얘기하고 있다"],
},
"pg-03-kwangju.txt": {
  "metadata": {"headline": "북구, 기후위 기극복·탄소중립 대응 나선다", "published": "2025-01-21T20:00+09:00",
               "reporter": None, "outlet": None, "jurisdiction": "29170"},
  "officials": [],
  "claims": [
    C("광주시 북구가 ‘기후 위기 극복’과 ‘탄소중립’ 달성을 위해 다양한 주민 참여형 사업을 추진한다", ["climate-carbon"], "plan", D3),
    C("‘탄소중립 실천가게 선정 및 지원’ 등 참여형 신규 시책사업을 추진한다", ["climate-carbon"], "plan", D3),
    C("‘탄소중립 녹생성장 비전선포식’도 개최한다", ["climate-carbon"], "plan", D3),
    C("평두메습지의 생태적 가치와 기후 위기의 심각성을 공유하고자 마련됐다", ["climate-carbon"], "statement", D3),
    C("습지 보존의 중요성에 관심을 가질 수 있도록 2월 중 추진된다", ["climate-carbon"], "plan", D3),
    C("북구는 3월 중 북구내 소상공인을 대상으로 ‘탄소중립 실천가게’를 선정하고 지원한다", ["climate-carbon", "small-merchants"], "plan", D3),
    C("‘탄소 코디네이터’가 소상공인 사업장에 직접 방문 후", ["climate-carbon", "small-merchants"], "plan", D3),
    C("기후 위기 대응과 탄소중립 실천 의지를 대외적으로 선언할 방침이다", ["climate-carbon"], "plan", D3),
    C("2045년 탄소중립을 이루기 위한 북구의 비전과 목표 그리고 기후변화 대응 계획과 전략이 담긴 장기 추진계획이다", ["climate-carbon"], "statement", D3),
  ],
  "not_claims": ["북구, 기후위 기극복·탄소중립 대응 나선다", "참여형 신규시책·녹색성장 비전선포",
                 "이를 위해 지난해 11월 2045 북구 탄소중립"],
},
"pg-04-ajunews.txt": {
  "metadata": {"headline": "이용섭 광주시장 퇴임 \"밖에서 광주발전 돕겠다\"", "published": "2022-06-27T19:15+09:00",
               "reporter": None, "outlet": None, "jurisdiction": "29"},
  "officials": ["lee-yong-seop", "kang-gi-jung"],
  "claims": [
    C("또 강기정 시장 당선인에게는 광주형 일자리, 인공지능(AI) 산업이 잘 정착하도록 당부했다",
      ["jobs", "fourth-industrial-revolution"], "plan", D4, "lee-yong-seop"),
    C("이제 시작단계인 광주형 일자리와 AI를 민선 8기에서 완성해 정착시켜 달라고 요청했다",
      ["jobs", "fourth-industrial-revolution"], "plan", D4, "lee-yong-seop"),
    C("광주글로벌모터스(GGM)와 관련해 친환경 자동차 생산으로 바꾸고 노사 상생",
      ["jobs", "future-vehicles", "labor-relations"], "plan", D4, "lee-yong-seop"),
  ],
  "not_claims": ["강기정 당선인에게는 광주형 일자리, AI산업 정착 당부", "밖에서 광주발전에 힘을 보태겠다고 말했다",
                 "지난 4년간 쉼 없이 달려왔다", "어디에서 무슨 일을 하든 광주에 힘을 보태겠다",
                 "항상 광주라는 두 글자를 가슴에 새기고 광주 발전에 힘을 보태겠다",
                 "광주에서 과도한 정치권력 독점을 공개적으로 비판한 점을 들어"],
},
"pg-05-kmib.txt": {
  "metadata": {"headline": "[신년 초대석] 윤장현 광주시장 “미래 먹거리 산업에 행정력 집중”", "published": "2017-01-05T17:32+09:00",
               "reporter": None, "outlet": "국민일보", "jurisdiction": "29"},
  "officials": ["yoon-jang-hyun"],
  "claims": [
    C("친환경 자동차와 에너지 신산업, 문화융합콘텐츠 등 3대 미래 먹거리 산업 발전에 땀 흘릴 것입니다",
      ["future-vehicles", "energy-transition", "culture-tourism"], "plan", D5, "yoon-jang-hyun"),
    C("4차 산업혁명을 대표하는 인공지능과 사물인터넷, 빅데이터 등의 산업육성을 통해 청년일자리를 창출하고 사회적 약자와 소수자도 적극 챙길 것",
      ["fourth-industrial-revolution", "jobs", "youth-policy", "welfare"], "plan", D5, "yoon-jang-hyun"),
    C("중외공원 아트피크닉 등을 통해 ‘찾아와서 머물고 싶은 도시’가 되도록 했다",
      ["culture-tourism"], "achievement", D5, "yoon-jang-hyun"),
    C("1913송정역시장과 남광주 밤기차야시장 등 청년상인 참여로 전통시장도 활성화됐다",
      ["small-merchants"], "achievement", D5, "yoon-jang-hyun"),
    C("향후에는 도심 곳곳의 전통시장을 단순한 매장기능을 넘어",
      ["culture-tourism", "small-merchants"], "plan", D5, "yoon-jang-hyun"),
  ],
  "not_claims": ["윤장현 광주광역시장이 5일 시청 집무실에서 자동차밸리 활성화 등 새해 사업구상을 밝히고 있다",
                 "3대 미래 먹거리 산업을 육성하고 약자·소수자를 돌보는 데 앞장서겠다고 강조했다",
                 "공정하고 투명한 행정을 펼치는 일도 소홀히 하지 않겠습니다",
                 "사람이 중심이 되고 생명이 존중받는 따뜻한 광주공동체 건설에 시정의 초점을 맞추겠다",
                 "미래 먹거리 산업에 행정력 집중"],
},
"pg-06-jnilbo.txt": {
  "metadata": {"headline": "신안군, 전국 최초 2분기 태양광 이익 배당금 지급", "published": "2021-07-22T14:21+09:00",
               "reporter": "홍일갑", "outlet": None, "jurisdiction": "46910"},
  "officials": ["park-u-ryang"],
  "claims": [
    C("전국 최초로 태양광 이익 배당금을 지난 4월 1분기 지급에 이어 2분기 배당금을 지급했다고 22일 밝혔다",
      ["energy-transition"], "achievement", D6),
    C("신재생에너지 개발이익공유 조례에 따라 안좌도 96㎽와 자라도 24㎽ 태양광 발전사업의 수익금을",
      ["energy-transition"], "achievement", D6),
    C("최근 태양광 이익 배당금 지급 이후 전국에서 귀어·귀촌 관련 문의가 쇄도하고 있으며 7년 만에 처음으로 인구가 38명 증가했다",
      ["energy-transition", "agriculture"], "achievement", D6),
    C("변전소 주변 지역인 창마, 대척마을은 가중치 1을 더해 지급하며", ["energy-transition"], "statement", D6),
    C("태양광 이익공유 정책으로 인해 지역주민들이 많은 혜택을 누리고 있으며",
      ["energy-transition", "agriculture"], "achievement", D6, "park-u-ryang"),
    C("2030년까지 8.2GW 해상풍력단지를 조성해 신재생에너지 발전사업 수익금의 전 군민 지급을 목표로",
      ["energy-transition"], "target", D6),
  ],
  "not_claims": ["신안군, 전국 최초 2분기 태양광 이익 배당금 지급", "인생 2막 귀어·귀촌 문의 폭주…인구 늘어"],
},
"pg-07-kpinews.txt": {
  "metadata": {"headline": "강진군, 2024년 '반값 강진 관광의 해' 선포 지역경제 활성화 올인", "published": "2024-01-03T21:07:53+09:00",
               "reporter": "강성명", "outlet": "KPI뉴스", "jurisdiction": "46810"},
  "officials": ["kang-jin-won"],
  "claims": [
    C("2024년을 '반값 강진 관광의 해'로 선포하고 지역경제 활성화에 주력할 방침이다고 3일 밝혔다",
      ["culture-tourism"], "plan", "2024-01-03"),
    C("선제적으로 '반값 관광'이라는 새로운 비전을 제시하며 성공 의지를 다졌다", ["culture-tourism"], "plan", "2024-01-02"),
    C("관광객 500만명 유치에 불을 당겨 지역경제 활성화에 속도를 내겠다고 강조했다",
      ["culture-tourism"], "target", "2024-01-02", "kang-jin-won"),
    C("대규모 관광객 유치를 통해 관광산업에 활력을 불어넣겠다", ["culture-tourism"], "plan", "2024-01-02", "kang-jin-won"),
    C("축제와 관광 두 수레바퀴를 힘차게 굴리는 것은 결국 강진에서 생산되는 농수특산물의 판매 확대와 상권 활성화에 따른 소득 증대를 위한 것",
      ["culture-tourism", "agriculture", "small-merchants"], "statement", "2024-01-02", "kang-jin-won"),
  ],
  "not_claims": ["강진군, 2024년 '반값 강진 관광의 해' 선포 지역경제 활성화 올인",
                 "아치 조형물 제막을 시작으로 문을 열었다",
                 "2024년 반값 가족여행 강진으로 오세요'라는 홍보문구가 쓰여 있다",
                 "강진원 군수가 직접 반값 강진 관광의 의미와 내용 설명을 통해 2024년의 그림을 소개했다",
                 "국가적 경기침체로 지방자치단체는 어려운 게 사실",
                 "지역소멸을 넘어 지역소생을 위해 강진경제 발전에 모든 노력을 다하"],
},
"pg-08-mt.txt": {
  "metadata": {"headline": "제주도에 오는 2026년까지 공공주택 7000호 공급", "published": "2022-08-26T10:54+09:00",
               "reporter": "나요안", "outlet": "머니투데이", "jurisdiction": "50"},
  "officials": ["oh-young-hun"],
  "claims": [
    C("민선8기 공공주택·주거복지 분야 공약 실천계획 마련을 위한 전문가 워킹그룹을 구성하고 지난 25일",
      ["housing"], "achievement", D8),
    C("그동안 제주는 공공임대주택 위주의 양적 공급에 집중했지만 부동산 정책에 근본적인 해결은 부족했다",
      ["housing"], "criticism", D8, "oh-young-hun"),
    C("수요자 맞춤형 주택 공급을 확대해 나가겠다", ["housing"], "plan", D8, "oh-young-hun"),
    C("제주도는 오는 2026년까지 공공주택 7000호를 공급할 계획이다", ["housing"], "target", D8, "oh-young-hun"),
    C("공공분양 주택 3000호와 통합 공공임대", ["housing", "youth-policy"], "target", D8, "oh-young-hun"),
  ],
  "not_claims": ["제주도에 오는 2026년까지 공공주택 7000호 공급",
                 "오영훈 지사, 워킹그룹 첫 회의 개최…공공주택·주거복지 분야 공약 실천계획 마련",
                 "오영훈 제주지사가 주재한 워킹그룹회의 장면",
                 "12명의 위원들이 참석했다",
                 "이날 회의는 제주지역 주택시장 동향과 도정의 주거정책 및 주거지원사업에 대한 공유가 이뤄졌으며"],
},
"pg-09-dwbnews.txt": {
  "metadata": {"headline": "서귀포시, 도시재생사업으로 도심 활력 되찾아", "published": "2023-02-02T18:38+09:00",
               "reporter": "유태복", "outlet": None, "jurisdiction": "50"},
  "officials": [],
  "claims": [
    C("올해 지역주민과의 소통을 통해 도시재생 뉴딜사업 5개소를 추진하여", ["urban-regeneration"], "statement", D9),
    C("총 3개 지구에 도시재생뉴딜사업을 시행하고 있다", ["urban-regeneration"], "statement", D9),
    C("월평마을 도시재생사업은 지난해까지 총사업비 141억 원을 투입하여", ["urban-regeneration"], "achievement", D9),
    C("대정읍 도시재생사업은 올해까지 총사업비 151억 원을 투입하여", ["urban-regeneration", "culture-tourism"], "statement", D9),
    C("대정몽생이센터는 어린이와 부모 등을 위한", ["urban-regeneration", "childcare-birth"], "plan", D9),
    C("중앙동 도시재생사업은 올해 3년차 사업으로", ["urban-regeneration"], "statement", D9),
  ],
  "not_claims": ["서귀포시, 도시재생사업으로 도심 활력 되찾아",
                 "서귀포시 대정읍, 중앙동, 고성리, 성산리, 천지동 도시재생사업 추진한다.",
                 "서귀포시 대정읍, 중앙동, 고성리, 성산리, 천지동 도시재생사업을 추진한다."],
},
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, g in GOLDS.items():
        out = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(GOLDS), "gold files;", sum(len(g["claims"]) for g in GOLDS.values()), "claims")
