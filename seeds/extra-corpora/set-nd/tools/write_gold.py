"""Write set-nd gold files from compact tuples: (quote, speaker, date, policies, kind)."""
import json, sys
from pathlib import Path
G = Path(__file__).resolve().parent.parent / "gold"

def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d

def write(article, meta, officials, claims, not_claims):
    obj = {"article": article, "metadata": meta, "officials": officials, "claims": claims, "not_claims": not_claims}
    (G / f"{article}.json").write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

def M(h, p, r, o, j):
    return {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j}

D = "2023-02-02"; K = "kim-gyeong-il"
write("nd-01-ajunews.txt",
  M("[경기 파주소식] 파주시, 스마트 관광도시 조성 공모 신청 外", "2023-02-02T15:39+09:00", None, None, "41480"),
  [K],
  [c("'2023 스마트 관광도시 조성 공모사업'에 신청했다고 2일 밝혔다", None, D, ["culture-tourism"], "achievement"),
   c("사업 내용은 기존 관광지를 대상으로", None, D, ["culture-tourism", "fourth-industrial-revolution"], "statement"),
   c("시는 관광명소형에 공모했다", None, D, ["culture-tourism"], "achievement"),
   c("시는 임진각 관광지와 DMZ 일원을 사업 장소로 제출했다", None, D, ["culture-tourism"], "achievement"),
   c("시는 시비를 더해 90억원을 투입해 사업을 추진할 계획이다", None, D, ["culture-tourism"], "plan"),
   c("시는 사업 선정을 위해 경기관광공자, 파주도시관광공사 등과 협의체를 구성하고", None, D, ["culture-tourism"], "plan"),
   c("전 연령층이 가상현실(AR)과 증강현실(VR), 통합 관광 정보서비스 등을 직접 체험하며 즐길 수 있을 것으로 기대된다", K, D, ["culture-tourism", "fourth-industrial-revolution"], "statement"),
   c("파주시는 한국농어촌공사 파주지사와 연풍지구 농업기반시설 조성 사업", None, D, ["agriculture"], "achievement")],
  ["'임진각관광지·DMZ 일원 사업 장소로 제출'", "이 사업은 문화체육관광부에서 주관하고, 한국관광공사에서 주최하는 것이다",
   "한국관광공사는 이달 중 1차 서면 평가 결과를 유형별로 발표할 예정이다",
   "1차 평가를 통과한 지자체를 대상으로 평가위원회, 발표 및 현장 평가 등을 거쳐 대상 지자체를 선정할 계획이다",
   "파주시, 연풍지구 농업기반시설 조성…농어촌공사와 위·수탁 협약"])

D = "2019-12-26"
write("nd-02-pajusidae.txt",
  M("파주시 주요 5대 정책 성과", "2019-12-26T23:41+09:00", None, None, "41480"),
  [],
  [c("올해 4월 마침내 관광특구로 지정됐다", None, D, ["culture-tourism"], "achievement"),
   c("파주시는 통일동산 활성화를 위해 △관광안내소 신설", None, D, ["culture-tourism", "smart-city"], "statement"),
   c("‘CJ ENM 콘텐츠 월드’ 조성을 위한 상생협약을 체결했다", None, D, ["culture-tourism", "investment-attraction"], "achievement"),
   c("관광이 결합된 복합문화시설로 축구장 32개 크기인", None, D, ["culture-tourism"], "statement"),
   c("오픈세트의 경우 촬영지를 관광시설로 조성해 관광수요 창출에 기여할 것으로 예상된다", None, D, ["culture-tourism"], "statement"),
   c("파주시는 대중교통 체계의 획기적인 변화를 꽤했다", None, D, ["public-transit"], "achievement"),
   c("우선 도심 내 교통 사각지대에 ‘도시형 교통모델’이라는 새로운 방식의 마을버스를", None, D, ["public-transit"], "statement"),
   c("가장 인기가 있었던 것은 단연코 ‘천원택시’다", None, D, ["public-transit"], "achievement"),
   c("올해 4월부터 실시된 천원택시는 총 14개 마을을 대상으로", None, D, ["public-transit"], "achievement")],
  ["1. 29년만의 통일동산 관광특구 지정", "2. ‘도시형 교통모델’, ‘천원택시’  등 대중교통 서비스 증진", "▲ CJ ENM 콘텐츠 월드 조감도"])

J = "jo-gwang-han"
write("nd-03-breaknews.txt",
  M("조광한 남양주시장, 임인년 첫 시정연설 통해 2022년 비젼 밝혀", "2022-01-21T07:40+09:00", "하인규", "브레이크뉴스", "41360"),
  [J],
  [c("연장사업이 확정되면서 ‘先교통 後입주’라는 3기신도시 정책 실현이 가시화되었고", J, "2022-01-19", ["public-transit", "housing"], "achievement")],
  ["시정연설을 통해 민선7기 결과보고와 함께 2022년 시정업무 주요 계획을 밝혔다",
   "예전의 남양주는 자족기능이 없는 베드타운이었고,지하철도 없었으며",
   "재정자주도는 경기도에서 최하위권인 28위였습니다",
   "저를 포함한 우리시 공직자들은 최선을 다해왔습니다",
   "불법으로 가득했던 청학천은 수도권 시민의 휴식처인"])

L = "lim-byeong-taek"
write("nd-04-kyeonggi.txt",
  M(None, None, "이성남", None, "41390"),
  [L],
  [c("소통과 자치로 시민의 중지를 모으는 숙의 민주주의 시대를 지향할 것", L, None, ["citizen-participation"], "plan"),
   c("민원상담 전담기구를 설치해 시장이 직접 시민의 소리를 듣겠다", L, None, ["citizen-participation"], "plan"),
   c("4차산업혁명 미래준비위원회를 설치해 시흥시를 4차산업혁명특별시로 만들겠다", L, None, ["fourth-industrial-revolution"], "plan"),
   c("이를 위해 제가 갖고 있는 중앙정부 인맥을 최대한 활용해", L, None, ["fourth-industrial-revolution"], "plan"),
   c("서울대와 국책사업 유치단을 공동 운영하면서", L, None, ["research-development"], "plan"),
   c("생활문화 콘텐츠 확대, 안전한 시흥, 건겅한 체육, 사각지대 없는 복지", L, None,
     ["culture-tourism", "disaster-safety", "welfare", "public-transit", "jobs", "education"], "plan")],
  ["앞으로 오늘의 시흥보다는 내일의 시흥을 준비하기 위해 게을리 하지 않겠다",
   "시흥의 주인은 45만 시흥시민이라는 기본에서 출발해",
   "더 큰 내일의 시흥을 만드는 것이 우리 앞에 놓인 과제이고"])

D = "2018-03-30"
write("nd-05-chbbs.txt",
  M("춘천시, 2020 년까지 167억원 투입해 옛 도심 재생사업 추진", "2018-03-30", None, None, "42110"),
  [],
  [c("춘천시가 2020 년까지 167억원을 투입해 옛 도심 재생사업을 본격화합니다", None, D, ["urban-regeneration"], "plan"),
   c("도시재생 뉴딜사업 계획을 마련했다고 밝혔습니다", None, D, ["urban-regeneration"], "achievement"),
   c("사업 구역은 2016 년부터 추진한 근화·소양권", None, D, ["urban-regeneration"], "statement"),
   c("도시기능을 옛 도심으로 집중시키는 정책이 필요해", None, D, ["urban-regeneration"], "statement")],
  [])

D = "2020-11-05"; S = "sim-gyu-eon"
write("nd-06-reporternside.txt",
  M("강원도 동해안권 상생발전협 \"동해안 해안침식 공동대응\" 연안관리법시행령 개정 건의문 채택", "2020-11-05", "김지성", None, "42"),
  [S, "kim-jin-ha"],
  [c("전 부시장은 어촌에서 이루어지는 민박에 활성화를 고민해야 한다는 입장을 피력했고", None, D, ["agriculture", "culture-tourism"], "plan", "전재섭"),
   c("심규언 협회장은 어촌 민박이 단속의 느슨한 점을 이용하여 상업적으로 이용하는 문제가 발생 있다고 지적했다", S, D, ["agriculture", "culture-tourism"], "criticism"),
   c("민박들은 주로 미신고업체로 차후 소송에 휘말릴수있어 신중한 결정이 필요하다고 강조했다", S, D, ["agriculture", "culture-tourism"], "plan"),
   c("동해선 삼척~고성 철도망 구축", None, D, ["public-transit"], "statement")],
  ["제5대 협의회장 김진하 양양군수 선출", "9개의 상생협력과제 추진상황 점검",
   "강원도 동해안권 상생발전협의회(회장 심규언 동해시장 / 이하 협의회)가 더욱 공고해지고 있다",
   "동해건강무릉숲에서 동해안권 6개 시장·군수(강릉, 동해, 속초, 삼척, 고성, 양양)가 참석한 가운데 제7차 정례회를 개최했다",
   "피서철 숙박업소 숙박비 폭리 문제 해결에 대한 소신 발언이 눈에 띄기도 했다"])

K = "kim-jin-ha"
write("nd-07-kado.txt",
  M("김진하 양양군수 시정연설", None, "최훈", "강원도민일보", "42830"),
  [K],
  [c("서핑이 양양군의 핵심산업으로 집중 육성된다", None, None, ["culture-tourism"], "plan"),
   c("서핑의 관광산업,해양레포츠로서의 가치와 함께 산업적 가치에 주목해야 할 때", K, None, ["culture-tourism"], "plan"),
   c("설악해변 외 7곳을 서핑 해양레저 특화지구로 지정하는 등 ‘서핑 1번지’를 만들겠다", K, None, ["culture-tourism"], "plan"),
   c("양양국제공항은 북한의 갈마,삼지연으로 가는 관문공항의 역할을 하게 될 것", K, None, ["airport-relocation"], "statement"),
   c("5곳에 300가구가 주거할 수 있는 전원마을 택지를 조성해", K, None, ["housing"], "plan")],
  ["내년 예산안 제출에 따른 시정연설을 통해 ‘글로벌 플랫폼!열린 미래도시 양양’을 만들어가기 위한 내년도 군정운영 방향을 밝혔다"])

D = "2014-12-09"
write("nd-08-reporternside.txt",
  M("화천군, 27,000번째 전입자 각종혜택 이벤트", "2014-12-09", None, "ATNnews", "42790"),
  [],
  [c("각종 귀농정책, 우수교육기반 도입 등과 함께", None, D, ["agriculture", "education"], "achievement")],
  ["화천군 인구 한달간 1,050명 증가 23년전 무너진 2만 7천명 회복 전망",
   "연말기준 인구 2만 7천을 목표로 군(軍)의 우리 군민화 운동을 강력히 추진하고 있다",
   "2,000명의 인구증가를 목표로 노력을 경주하고 있는 바",
   "접경지역인 화천군의 지역상권은 군장병과 지역주민들로 북새통을 이뤘고"])

C = "choi-moon-soon"
write("nd-09-kado.txt",
  M(None, None, None, None, "42"),
  [C],
  [c("교통,숙박,음식,관광 안내,자원봉사 등 올림픽 개최를 위한 모든 분야를 완벽하게 준비하겠다", C, None, ["culture-tourism"], "plan"),
   c("관광과 국가 이미지 제고 등 43조 8000억원의 간접적인 경제적 효과도 기대된다", C, None, ["culture-tourism"], "statement"),
   c("세계적 수준의 관광 인프라를 발굴,육성해 가겠다", C, None, ["culture-tourism"], "plan")],
  ["2018평창동계올림픽이 성공적으로 개최될 수 있도록 준비에 최선의 준비를 다하겠다",
   "이를 통해 대한민국이 문화 강대국임을 알리고",
   "남은 1년 동안 국내외 홍보를 강화해 강원도와 평창을 알려나갈 계획",
   "평창동계올림픽의 가장 큰 약점 중 하나는 국제적 인지도가 부족하다는 점"])
print("written")
