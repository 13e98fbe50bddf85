"""Writes gold/*.json for set-ks (hand annotation; data below)."""
import json, pathlib
G = pathlib.Path(__file__).resolve().parent.parent / "gold"
G.mkdir(exist_ok=True)
def C(q, sp, d, pol, k): return {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
def W(name, md, off, claims, nc):
    keys = ["headline", "published", "reporter", "outlet", "jurisdiction"]
    doc = {"article": name, "metadata": dict(zip(keys, md)), "officials": off, "claims": claims, "not_claims": nc}
    (G / (name + ".json")).write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

D = "2018-11-12"; L = "lee-gang-deok"
W("ks-01-shinailbo.txt", ['"전국 최고 안전 도시 포항으로 거듭나겠다"', "2018-11-12T17:20+09:00", "배달형", None, "47110"], [L], [
 C("전파·반파 가구의 99.4%가 보금자리를 찾았다", L, D, ["housing", "disaster-safety"], "achievement"),
 C("흥해지역에 대한 특별도시재생사업을 시작할 계획이다", None, D, ["urban-regeneration"], "plan"),
 C("특별재난형 도시재생사업을 통해 포항을 전국에서 가장 안전한 도시로 거듭나게 한다는 계획이다", None, D, ["urban-regeneration", "disaster-safety"], "plan"),
 C("자율주택정비사업을 추진할 계획이다", None, D, ["urban-regeneration"], "plan"),
], ["지진이 발생한지 1년이 됐다고 12일 밝혔다", "지진 발생 1년 맞아 향후 계획 브리핑", "시청 브리핑룸에서 지진 발생 1년을 맞아 향후 방안에 대한 기자회견을 가졌다. (사진=배달형 기자)\n이강덕"])

D = "2021-11-02"; L = "lee-seon-ho"
W("ks-02-smaeil.txt", ["울주군-한국동서발전 「울주 미래 희망에너지타운 조성」공동추진 협약", "2021-11-02T11:19+09:00", "이두호", None, "31710"], [L], [
 C("희망에너지타운 조성’을 위한 협약을 체결했다", None, D, ["energy-transition"], "achievement"),
 C("청정에너지 도시로 도약할 수 있도록", None, D, ["energy-transition"], "statement"),
 C("테마별 신재생에너지 사업추진을 담당한다", None, D, ["energy-transition"], "statement"),
 C("‘햇빛 상생 발전사업’을 내년 3월 착공을 목표로 추진한다", None, D, ["energy-transition"], "plan"),
 C("생활 SOC형 연료전지 발전사업이다", None, D, ["energy-transition"], "statement"),
 C("노면블럭형 태양광 발전 연구개발품을 내년 4월", None, D, ["energy-transition"], "plan"),
 C("저탄소 청정에너지 울주군을 만드는 데 최선을 다하겠다", L, D, ["climate-carbon", "energy-transition"], "plan"),
], ["「울주 미래 희망에너지타운 조성」공동추진 협약", "개의 댓글"])

D = "2008-06-18"
W("ks-03-energytimes.txt", ["울산시 신재생에너지사업 탄력", "2008-06-18T14:37+09:00", "장효진", "에너지타임즈", "31"], [], [
 C("울산시가 추진 중인 신재생에너지 사업이 탄력을 받고 있다", None, D, ["energy-transition"], "statement"),
 C("200㎾급 태양광 발전시설을 각각 설치한다", None, D, ["energy-transition"], "plan"),
 C("태양열 온수 공급을 준비 중이다", None, D, ["energy-transition"], "plan"),
 C("울산시는 교육시설에도 투자를 확대한다", None, D, ["energy-transition"], "plan"),
 C("49.3㎾급 태양광발전시설을 각각 설치할 계획이다", None, D, ["energy-transition"], "plan"),
 C("에너지혁신도시 기반구축을 위한 용역사업도 예정돼 있다", None, D, ["energy-transition", "decentralization"], "plan"),
 C("내년에도 신재생에너지사업을 적극 추진할 방침으로", None, D, ["energy-transition"], "plan"),
 C("울산대공원 태양광발전소 건설 등 다양한 시설을 설치했다", None, D, ["energy-transition"], "achievement"),
], ["울산시 신재생에너지사업 탄력", "내년 예산 2배 확대 계획… 태양광시설 확충"])

D = "2019-03-12"; L = "oh-keo-don"
W("ks-04-ohmynews.txt", ['부산시 영도 비전 선포 "희망 찾겠다"', "2019-03-12T17:37+09:00", None, None, "26"], [L], [
 C("'해양 과학기술과 해양 관광의 메카, 영도'로 정했다", L, D, ["culture-tourism"], "plan"),
 C("특화된 도시재생사업 적극 지원, 해양 신산업 스마트시티 조성", L, D, ["urban-regeneration", "smart-city"], "plan"),
 C("흰여울 문화마을 등을 적극적으로 지원하기로 했다", L, D, ["urban-regeneration"], "plan"),
 C("문화도시 지정과 경제기반형 도시재생 뉴딜사업을 적극 추진해", None, D, ["urban-regeneration", "culture-tourism"], "statement"),
 C("해양과학기술 산·학·연 플랫폼 기반을 구축하는 해양 신산업 스마트시티 조성 사업을 진행한다", None, D, ["smart-city", "research-development"], "plan"),
], ["'부산대개조' 정책투어의 첫 번째 행보로 영도 비전 선포식을 열었다", "부산대개조 정책의 중심에 영도가 놓여있다",
    "영도에 희망이 다시 자리 잡을 수 있도록 하겠다", "해양 신산업도 한 축을 맡는다", "3.3km의 방파제를 건설하는 사업이다",
    "첫 번째 부산대개조 정책투어로 ‘영도 비전선포식’을 열었다. ⓒ 부산광역시", "오거돈 시장 정책투어 첫 방문지로 영도구 선택"])

D = "2024-02-01"; L = "ryu-gyu-ha"; SY = ["startup-support", "youth-policy"]
W("ks-05-newsis.txt", ["대구 중구, 북성로 청년창업클러스터 위·수탁 협약 체결", "2024-02-01T15:02+09:00", "김정화", "뉴시스", "27110"], [L], [
 C("청년창업클러스터의 관리·운영을 위한 위·수탁 협약을 체결했다고 1일 밝혔다", None, D, SY, "achievement"),
 C("청년기업 인큐베이팅 프로그램 운영과", None, D, SY, "statement"),
 C("5월부터 본격적인 운영에 들어간다", None, D, SY, "plan"),
 C("북성로 청년창업클러스터는 도시재생사업의 거점시설로", None, D, ["startup-support", "youth-policy", "urban-regeneration"], "achievement"),
 C("사무실 3개, 청년상가 3개, 교육장", None, D, SY, "statement"),
 C("도시재생사업의 성공적인 운영 모델이 될 수 있도록 하겠다", L, D, ["urban-regeneration"], "plan"),
], ["많이 본 기사"])

D = "2006-12-26"; CB = ["childcare-birth"]
W("ks-06-donga.txt", ["[대구/경북]안동시, 출산장려금 내년부터 2배로 늘린다", "2006-12-27T06:23+09:00", "최성진", "동아일보", "47170"], [], [
 C("금액과 지급기간이 각각 배로 늘어난다", None, D, CB, "plan"),
 C("출산장려금을 대폭 상향 조정해 내년 1월 1일부터 지급하기로 했다", None, D, CB, "plan"),
 C("1년인 지급기간도 2년으로 확대된다", None, D, CB, "plan"),
 C("영유아 가정에도 출산장려금을 지원하기로 했다", None, D, CB, "plan"),
 C("저출산 문제에 적극 대처하기 위해 출산장려금을 크게 늘렸다", None, D, CB, "achievement"),
 C("출산율을 높이고 일자리와 교육시설 등을 확충하면 지역 인구가 늘어날 것", None, D, ["childcare-birth", "jobs", "education"], "statement"),
], ["안동시, 출산장려금 내년부터 2배로 늘린다", "현재 17만 명 등 지속적으로 감소하고 있다"])

D = "2021-03-02"; FD = ["fine-dust"]
W("ks-07-newsfreezone.txt", ["진주시, 민선 7기 미세먼지 저감사업 중점 추진", "2021-03-02T10:16+09:00", "정병기", "뉴스프리존", "48170"], [], [
 C("미세먼지 저감 사업을 중점 추진한다고 2일 밝혔다", None, D, FD, "plan"),
 C("미세먼지 저감 사업을 시범적 측면에서 추진해 왔다", None, D, FD, "achievement"),
 C("민선 7기 후반기부터는 중점적으로 미세먼지 저감 사업을 추진하고 있다", None, D, FD, "statement"),
 C("미세먼지 저감사업에 올해 예산 583억 원을 투입한다", None, D, ["fine-dust", "future-vehicles"], "plan"),
 C("이는 지난해 대비 3배 증가한 규모이다", None, D, FD, "statement"),
], ["올해 총 583억 원 투입, 미세먼지 저감 및 대응 관리에 총력", "민선 7기 후반기 중점사업으로 추진, 올해 역대 최대 583억원 투입",
    "초미세먼지는 허파 등에서 인체 밖으로 나가지 않는다", "미세먼지 신호등./ⓒ진주시"])

L = "gu-in-mo"; AG = ["agriculture"]; AY = ["agriculture", "youth-policy"]
W("ks-08-tf.txt", [None, None, "이경구", "더팩트", "48880"], [L], [
 C("스마트 팜을 비롯한 치유산업 투자를 강화할 계획이라고 23일 밝혔다", None, None, AY, "plan"),
 C("미래형 사과 다축과원에 디지털 뉴딜 접목 등 많은 노력을 해왔다", None, None, ["agriculture", "youth-policy", "fourth-industrial-revolution"], "achievement"),
 C("청년들을 대상으로 교육을 할 수 있는 시설도 갖출 계획이다", None, None, AY, "plan"),
 C("치유산업을 농업에 접목하는 원년으로 삼고", None, None, AG, "plan"),
 C("‘한방녹색농업대학’을 설립을 내년부터 추진할 계획이다", None, None, AG, "plan"),
 C("반려 동물과 지역농업이 상생할 수 있는 산업시설도 구상하고 있다", None, None, AG, "plan"),
 C("외국인 근로자 전용 기숙형 일손 돕기 지원센터도 건립을 검토하고 있다", None, None, AG, "plan"),
 C("농업분야의 가장 큰 문제는 고령화와 인력 부족", L, None, AG, "statement"),
 C("미래 농업 경쟁력 강화를 위한 장기발전계획을 통해", L, None, AG, "plan"),
], ["발로 뛰는 <더팩트>는 24시간 여러분의 제보를 기다립니다"])

L = "suh-byung-soo"; WS = ["water-supply"]
W("ks-09-newdaily.txt", ["기장·장안·일광 3곳 읍·면 주민, 정수장 또는 해수담수화 선택", None, None, None, "26"], [L], [
 C("주민의 선택에 따라 결정되는 방향으로 결론났다", None, None, WS, "statement"),
 C("주민들 간 갈등을 해소하기 위해 수돗물 선택제를 실시하기로 했다", L, None, WS, "plan"),
 C("해수담수화 수돗물 역시 완벽히 깨끗하다", L, None, WS, "statement"),
 C("고민 끝에 수돗물 선택제를 실시하기로 했다", L, None, WS, "plan"),
 C("일부 지역주민로부터 큰 반발을 불러일으켰다", None, None, WS, "criticism"),
 C("반발 분위기를 잠재우지 못하고 공급을 유보해 왔다", None, None, WS, "statement"),
 C("해수담수화 수돗물 전용관로 9.7km을 설치하기로 했다", None, None, WS, "plan"),
 C("주민들이 원하는 물을 선택해 공급받게 됐다", None, None, WS, "plan"),
], ["기장·장안·일광 3곳 읍·면 주민, 정수장 또는 해수담수화 선택"])
print("written", len(list(G.glob("*.json"))))
