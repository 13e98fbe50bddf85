"""Write set-la gold files (hand annotation)."""
import json
from pathlib import Path

G = Path(__file__).resolve().parent.parent / "gold"

def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}

KJH, OKD, HSG, GYS, LSY = "kim-jang-ho", "oh-keo-don", "heo-seong-gon", "gwon-yeong-se", "lee-seung-yul"
IA, JOBS = "investment-attraction", "jobs"
D1 = "2023-10-26"
FILES = {
"la-01-fnnews.txt": (
  {"headline": "구미시, 반도체대전 참가…기업 유치 나서", "published": "2023-10-26T16:19+09:00",
   "reporter": "김장욱", "outlet": "파이낸셜뉴스", "jurisdiction": "47190"},
  [KJH],
  [c("기업지원 시책을 소개하고 반도체 특화단지로서의 강점을 홍보했다고 26일 밝혔다", None, D1, [IA], "statement"),
   c("반도체 특화단지의 지원 혜택과 투자여건을 적극 홍보해 기업들을 구미로 유치할 계획이다", KJH, D1, [IA], "plan"),
   c("기업이 투자하기 좋은 도시로 도약할 수 있도록 최선을 다하겠다", KJH, D1, [IA], "plan"),
   c("찾아가는 투자유치 상담을 진행해 국내외 반도체 기업과의 네트워킹 형성에 나섰다", None, D1, [IA], "statement"),
   c("적극적으로 구미로의 유치를 구상할 계획이다", None, D1, [IA], "plan"),
   c("국가5산단을 활용한 신속한 대규모 투자 가능", None, D1, [IA], "statement")],
  ["구미시, 반도체대전 참가…기업 유치 나서", "6만명 이상의 관련 종사자가 방문하는 국내 최대 규모의 반도체 전문 전시회다",
   "다양한 반도체 기술을 관람했다"]),
"la-02-donga.txt": (
  {"headline": "부산시 “4년간 26만여 개 일자리 만들겠다”", "published": "2018-11-09T03:00+09:00",
   "reporter": None, "outlet": None, "jurisdiction": "26"},
  [OKD],
  [c("부산시가 앞으로 4년간 매년 2조 원 안팎의 예산을 들여 26만여 개의 일자리를 만든다", None, "2018-11-08", [JOBS], "target"),
   c("내년도 시 예산안을 발표하면서 일자리 만들기에 행정력을 집중하겠다고 밝혔다", OKD, "2018-11-08", [JOBS], "plan"),
   c("2022년까지 연 2조 원 안팎을 들여 26만600개의 새로운 일자리를 만들 계획", OKD, "2018-11-08", [JOBS], "target"),
   c("6일 부산 일자리위원회 출범식에서 ‘민선 7기 일자리 로드맵’을 발표했다", OKD, "2018-11-06", [JOBS], "plan"),
   c("4대 전략에 16개 과제를 추진한다", OKD, "2018-11-06", [JOBS], "plan"),
   c("취업계층별 고용여건을 개선해 모두 11만7600개의 일자리를 만든다", None, "2018-11-06", [JOBS], "target"),
   c("신기술 중심으로 모두 10만 개의 일자리를 만든다", None, "2018-11-06",
     [JOBS, "fourth-industrial-revolution", "culture-tourism"], "target")],
  ["부산시 “4년간 26만여 개 일자리 만들겠다”", "매년 2조원 안팎 예산 투입… 일자리 만들기에 행정력 집중",
   "‘민선 7기 일자리 로드맵’도 발표… 취업계층별 고용여건 개선 이끌어",
   "부산형 일자리 만들기 사업을 위해 ‘부산 일자리위원회’가 발족됐다"]),
"la-03-ajunews.txt": (
  {"headline": "[아주동영상-6.13 지방선거]허성곤 김해시장, 재선 도전 \"가야건국 2천년, 찬란한 김해의 꽃 피우겠다\"",
   "published": "2018-05-01T16:03+09:00", "reporter": None, "outlet": "아주경제", "jurisdiction": "48250"},
  [HSG],
  [c("좋은 일자리가 넘쳐나는 4차 산업혁명 선도도시 조성, 김해스마트시티 조성", HSG, "2018-05-01",
     ["culture-tourism", JOBS, "fourth-industrial-revolution", "smart-city", "education", "welfare"], "plan")],
  ["가야건국 2천년 세계도시 김해를 실현하기 위해 재선에 도전한다", "7대 핵심 공약을 제시했다",
   "1일 시청 프레스센터에서 출마 기자회견을 하고 있다", "행정 아마추어에게 시정의 중책을 맡겨서는 안 된다"]),
"la-04-businesspost.txt": (
  {"headline": "울산시, 미세먼지 2022년까지 40% 줄이기 종합대책 추진", "published": "2019-03-14T14:46+09:00",
   "reporter": "김남형", "outlet": "비즈니스포스트", "jurisdiction": "31"},
  ["song-cheol-ho"],
  [c("울산시가 2022년까지 미세먼지를 40% 줄인다", None, "2019-03-14", ["fine-dust"], "target"),
   c("‘울산형 미세먼지 관리 종합대책’을 발표했다", None, "2019-03-14", ["fine-dust"], "plan"),
   c("울산지역 미세먼지 오염원의 특성을 고려해 6개 분야 23개 사업을 추진한다", None, "2019-03-14", ["fine-dust"], "plan"),
   c("미세먼지 ‘나쁨’ 일수도 56일에서 40일 이하로 낮추기로 했다", None, "2019-03-14", ["fine-dust"], "target"),
   c("초미세먼지 농도도 환경기준에 맞게 관리한다", None, "2019-03-14", ["fine-dust"], "plan"),
   c("사업장을 포함해 174개까지 확대한다", None, "2019-03-14", ["fine-dust"], "target"),
   c("생활폐기물 소각장과 슬러지 소각시설의 가동을 최소한으로 줄여 운영한다", None, "2019-03-14", ["fine-dust"], "plan"),
   c("마스크 보급 등으로 시민들의 불편을 최소화하기로 했다", None, "2019-03-14", ["fine-dust"], "plan"),
   c("실시간 모니터링 시스템과 연구·조사 인프라 구축에도 적극나선다", None, "2019-03-14", ["fine-dust"], "plan"),
   c("현재 813대인 친환경 전기자동차를 2022년 5500대까지 늘리기로 했다", None, "2019-03-14", ["future-vehicles"], "target"),
   c("노후 경유차 조기폐차 지원도 2만 대까지 확대한다", None, "2019-03-14", ["fine-dust"], "target"),
   c("수소전기차 보급을 2022년 7천 대, 2030년 6만7천 대까지 늘린다", None, "2019-03-14", ["fine-dust", "future-vehicles"], "target"),
   c("수소전기차 생산기반을 50만 대로 확대하고 수소충전소와 배관", None, "2019-03-14", ["future-vehicles", "energy-transition"], "target")],
  ["울산시, 미세먼지 2022년까지 40% 줄이기 종합대책 추진", "▲ 송철호 울산시장."]),
"la-05-citizenadmnews.txt": (
  {"headline": "진주시, 시내버스 노선 신설⦁개편 ‘호응’", "published": "2025-10-01T18:30+09:00",
   "reporter": "강갑수", "outlet": "시민행정신문", "jurisdiction": "48170"},
  [],
  [c("시내버스 노선을 신설 또는 일부 개편해 운행하면서 호응을 얻고 있다", None, "2025-10-01", ["public-transit"], "achievement"),
   c("이번 노선개편은 진주 동부권의 ‘하모 콜버스’ 도입으로", None, "2025-10-01", ["public-transit"], "statement"),
   c("새롭게 신설된 노선은 ▲113번", None, "2025-10-01", ["public-transit"], "statement"),
   c("특히 ‘113번’의 경우는 경상국립대 가좌캠퍼스 내부와 칠암캠퍼스 앞을 잇고", None, "2025-10-01", ["public-transit"], "statement"),
   c("또한 개편되는 노선으로는 ‘210번’, ‘134번’, ‘140-1번’ 등 3개 노선으로", None, "2025-10-01", ["public-transit"], "statement")],
  ["학교 역세권 혁신도시 정촌 등 거점지역 강화 개편"]),
"la-06-idgj.txt": (
  {"headline": "달서구! 그린시티 선정 현판식 열어", "published": "2022-11-16T11:18+09:00",
   "reporter": "정희철", "outlet": None, "jurisdiction": "27290"},
  [],
  [c("기후위기 대응을 선도하는 다양한 시책 추진, 단체장의 환경에 대한 관심도 등에서 높은 평가를 받았다", None, "2022-11-16",
     ["fine-dust", "climate-carbon"], "achievement"),
   c("내년에도 유해물질 입체적 모니터링 시스템 구축, 탄소중립 UCC 경진대회", None, "2022-11-16", ["climate-carbon"], "plan")],
  ["대구지역 최초 그린시티로 선정, 환경관리 우수자치단체 국무총리상 수상",
   "`그린시티`선정 현판식을 개최했다고 밝혔다", "리빙랩 참여자, 철새보호 MOU 참여자",
   "총 3개 부문(탄소중립, 도시환경, 환경시책), 23개 지표의 서류평가와 현장평가를 거쳐 진행됐다",
   "전국 2위에 해당하는 국무총리상을 수상했으며"]),
"la-07-hankookilbo.txt": (
  {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "47170"},
  [GYS],
  [c("경북 안동시가 아시아 백신산업 메카로 도약하고 있다", None, None, ["medical-industry"], "achievement"),
   c("바이오, 백신산업을 차세대 먹거리로 삼고 전용산업단지 조성 등 육성에 나선 결과", None, None, ["medical-industry"], "achievement"),
   c("이듬해 SK케미칼과 1,200억원 규모의 투자 협약을 체결했다", None, None, [IA], "achievement"),
   c("안동이 코로나19 백신 생산의 거점으로 부상하는 토대가 됐다는 평가다", None, None, ["medical-industry"], "achievement"),
   c("백신산업 집적화에 나서 성과를 내고 있다", None, None, ["medical-industry", IA], "achievement"),
   c("전세계 코로나 백신의 약 5%가 안동백신공장에서 생산 중", GYS, None, ["medical-industry"], "statement"),
   c("안동은 백신산업에 대한 기대감이 커져가고 있는 상황이다", GYS, None, ["medical-industry"], "statement"),
   c("산학연 협력을 통한 상생과 선순환 체계를 통해 백신 클러스터 조성에 박차를 가하고 있으며", None, None,
     ["medical-industry", "research-development"], "statement")],
  ["SK 백신공장이 대표적이다", "SK는 2012년 국내 최대 세포배양 백신공장을 안동에 건립했다",
   "아스트라제네카 백신 위탁생산으로 국제적으로 주목받았다"]),
"la-08-ksmnews.txt": (
  {"headline": None, "published": None, "reporter": "조윤행", "outlet": "경상매일신문", "jurisdiction": "47820"},
  [LSY],
  [c("귀농·귀촌인을 위한 안내서를 한눈에 볼 수 있도록 발간했다", None, None, ["agriculture"], "achievement"),
   c("농업인 단체 및 읍·면사무소에 배포했다", None, None, ["agriculture"], "statement"),
   c("정착지원금 및 정착장려금지원사업을 추진해오고 있다", None, None, ["agriculture", "startup-support"], "statement"),
   c("귀농인이 청도에 안정적으로 정착하고 희망을 찾아", LSY, None, ["agriculture"], "plan")],
  ["[경상매일신문=조윤행기자]"]),
"la-09-newsfreezone.txt": (
  {"headline": "오거돈, 최악의 고용지표 타개를 위해 “부산판 고용위기 대책 마련하라”", "published": "2018-08-20T17:28+09:00",
   "reporter": "김수만", "outlet": "뉴스프리존", "jurisdiction": "26"},
  [OKD],
  [c("오거돈 부산시장이 ‘부산판 고용위기 대책을 조속히 마련하라’고 지시했다", OKD, "2018-08-20", [JOBS], "plan"),
   c("심각한 고용문제는 부산도 다르지 않은데 왜 여기에 대한 깊은 고민이 없느냐", OKD, "2018-08-20", [JOBS], "criticism"),
   c("시정 전체가 고용위기 해소에 초점을 맞춰 움직이라", OKD, "2018-08-20", [JOBS], "plan")],
  ["오거돈, 최악의 고용지표 타개를 위해 “부산판 고용위기 대책 마련하라”",
   "부산 실정에 맞는 특별 대책이 있어야 한다고 말했다", "부산 상황에 맞는 부산형 물가대책을 마련해야 한다"]),
}

if __name__ == "__main__":
    G.mkdir(exist_ok=True)
    total = 0
    for name, (meta, officials, claims, nots) in FILES.items():
        doc = {"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": nots}
        (G / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(claims)
        print(name, len(claims))
    print("total", total)
