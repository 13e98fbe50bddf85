"""Write set-ir gold files. Claim tuple: (quote, speaker, date, policies, kind)."""
import json, pathlib
G = pathlib.Path(__file__).resolve().parent.parent / "gold"
def C(q, s, d, p, k): return {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
ARTS = {}
d1, e1 = "2020-10-28", "2020-10-27"
ARTS["ir-01-sobien.txt"] = ({"headline": None, "published": "2020-10-28T00:14+09:00", "reporter": "김경순", "outlet": None, "jurisdiction": "41460"}, ["baek-gun-gi"], [
 C("기업하기 좋은 용인시를 만들어갈 것", "baek-gun-gi", e1, ["investment-attraction"], "plan"),
 C("반도체 기업들로부터 입지 관련 문의가 지속되는 등", None, d1, ["investment-attraction"], "statement"),
 C("SK하이닉스 반도체 클러스터가 처인구 원삼면으로 유치 확정한 데 이어", None, d1, ["investment-attraction"], "achievement"),
 C("서플러스글로벌이 처인구 남사면 통삼일반산업단지에 착공하고", None, d1, ["investment-attraction"], "achievement"),
], ["반도체 중심도시 조성을 위해 주요 반도체 기업의 공사 현장을 방문해", "램리서치코리아의 연구소와 처인구 원삼면", "가능한 행정지원에 총력을 다해달라", "다수의 반도체 중견기업이 입지해 있다"])
d2 = "2026-01-27"
ARTS["ir-02-fnnews.txt"] = ({"headline": "정명근 화성시장, 4개 구청 출범은 새 역사...200만 자족도시 '4대 전환 전략' 추진", "published": "2026-01-27T11:04+09:00", "reporter": None, "outlet": "파이낸셜뉴스", "jurisdiction": "41590"}, ["jeong-myeong-geun"], [
 C("우선 만세구는 바이오·모빌리티·인공지능(AI) 산업을 기반으로", None, d2, ["fourth-industrial-revolution", "medical-industry", "future-vehicles", "culture-tourism"], "plan"),
 C("평생학습 체계 구축을 바탕으로 문화예술타운과 봉담와우도서관", None, d2, ["education", "culture-tourism"], "plan"),
 C("병점역 복합환승센터를 조성하고", None, d2, ["public-transit", "culture-tourism"], "plan"),
], ["AI 미래경제도시 완성...AI스마트전략실, AI혁신센터", "화성은 '4대 전환'으로 더 화성다운 '대도약'을 이끌어가겠다", "만세구, 효행구, 병점구, 동탄구는 생활권 중심 행정 체제의 시작", "행정체제의 전환...4개 구청시대"])
d3 = "2017-08-21"
ARTS["ir-03-donga.txt"] = ({"headline": "사통팔달 원주시에 기업 투자 러시", "published": "2017-08-21T03:00+09:00", "reporter": None, "outlet": "동아일보", "jurisdiction": "42130"}, [], [
 C("강원 원주시에 기업 투자가 쇄도하고 있다", None, d3, ["investment-attraction"], "statement"),
 C("강원도와 원주시는 21일 원주시청에서", None, d3, ["investment-attraction"], "plan"),
 C("총 388억 원을 투자해 원주 기업도시와 혁신도시 내에", None, d3, ["investment-attraction", "jobs"], "target"),
], ["더마펌 등 3곳과 투자협약 체결", "더마펌은 2002년 설립된 화장품 소재 전문기업으로", "원주 혁신도시 부지에 한류드라마 영상물 촬영장을 건립할 예정이다", "춘천교대 인형극회"])
d4, e4 = "2026-02-09", "2026-02-06"
ARTS["ir-04-asiae.txt"] = ({"headline": None, "published": "2026-02-09", "reporter": "이종구", "outlet": None, "jurisdiction": "41650"}, [], [
 C("경기 포천시는 지난 6일 포천시청 시정회의실에서", None, e4, ["small-merchants"], "achievement"),
 C("관내 상권 전반에 대한 현황 분석과 문제점 진단을 실시하고", None, d4, ["small-merchants"], "plan"),
 C("소상공인 원스톱 지원센터 운영 방안", None, d4, ["small-merchants"], "plan"),
 C("지역 상권의 경쟁력을 강화하고 시민과 소상공인이 체감할 수 있는 상권 환경을 조성하기 위한 중요한 첫걸음", None, d4, ["small-merchants"], "statement"),
 C("포천시 여건에 부합하는 상권친화형 도시 조성 실행계획을 수립해 나가겠다", None, d4, ["small-merchants"], "plan"),
 C("오는 5월 1일까지 완료될 예정이다", None, d4, ["small-merchants"], "plan"),
], ["“소상공인이 체감하는 경제 도시로”", "포천시, 상권 활성화 연구용역 착수", "다양한 현장 의견을 수렴했다"])
d5 = "2025-12-18"
ARTS["ir-05-asiae.txt"] = ({"headline": None, "published": "2025-12-18", "reporter": None, "outlet": None, "jurisdiction": "51150"}, ["kim-hong-gyu"], [
 C("'통합공공임대주택 건립사업'의 실시설계와 행정절차를 마무리하며", None, d5, ["housing"], "achievement"),
 C("통합공공임대주택은 국가 주도형 임대주택 공급의 한계를 극복하고", None, d5, ["housing", "youth-policy"], "statement"),
 C("건축 규모는 지하 1층, 지상 10층", None, d5, ["housing"], "statement"),
 C("전용면적 기준 20㎡형 20세대와", None, d5, ["housing"], "statement"),
 C("오는 2027년 12월 준공을 목표로 하고 있다", None, d5, ["housing"], "plan"),
 C("공공임대주택 조성을 통해 지역의 오래된 안전 문제를 해소하고", None, d5, ["housing", "disaster-safety"], "statement"),
 C("청년층이 강릉시에 원활히 유입·정착할 수 있도록 주거안정 여건을 조성해", "kim-hong-gyu", d5, ["housing", "youth-policy"], "plan"),
 C("맞춤형 공공주택 공급에 힘쓰겠다", "kim-hong-gyu", d5, ["housing"], "plan"),
], ["재난위험지에서 공공주택으로", "강릉 통합공공임대주택 건립 순항"])
e6, d6 = "2024-09-19", "2024-09-18"
ARTS["ir-06-hankookilbo.txt"] = ({"headline": "\"지역소멸 대응\"… 공공주택 공급 나선 강원도", "published": "2024-09-18T14:00+09:00", "reporter": None, "outlet": None, "jurisdiction": "51"}, ["kim-jin-tae", "sim-jae-guk"], [
 C("청년층 정착을 유도할 주택 공급사업을 추진한다", None, e6, ["housing", "youth-policy"], "plan"),
 C("강원형 공공주택 사업 대상에 선정했다고 밝혔다", None, e6, ["housing"], "achievement"),
 C("40억 원의 도비와 행정적인 지원이 이뤄진다", None, e6, ["housing"], "plan"),
 C("화천군은 군인과 신혼부부를 위한 맞춤형 임대주택을", None, e6, ["housing", "youth-policy"], "plan"),
 C("청년 및 노년층 주거 환경개선을 위한 사업이 추진된다", None, e6, ["housing", "youth-policy"], "plan"),
 C("2028년까지 1,060억 원을 들여 400세대의 공공주택을 더 공급할 계획", "sim-jae-guk", e6, ["housing"], "target"),
 C("이 사업은 강원도와 시군이 주거환경 개선을 개선", None, d6, ["housing"], "statement"),
 C("주택을 시세보다 저렴하게 30년 동안 제공하는 게 핵심이다", None, d6, ["housing"], "statement"),
 C("강원도는 매년 2개 시군 이상에 공공주택을 지을 계획이다", None, e6, ["housing"], "target"),
 C("강원도는 앞서 2021년 영월 덕포지구(102세대)를 시작으로", None, d6, ["housing"], "statement"),
], ["화천·강릉·삼척·평창 임대주택 건설", "\"주택복지 사각지대·인구감소 대응\"", "강원도 \"매년 2개 시군에 주택 건축\""])
d7 = "2026-03-05"
ARTS["ir-07-seoul.txt"] = ({"headline": None, "published": "2026-03-05", "reporter": None, "outlet": None, "jurisdiction": "51790"}, [], [
 C("강원 화천군의 교육과 돌봄 정책이 더욱 촘촘해진다", None, d7, ["education", "childcare-birth"], "plan"),
 C("올해 군은 학생에 대한 지원을 늘리고, 온종일 돌봄시설도 넓힌다", None, d7, ["education", "childcare-birth"], "plan"),
 C("입학축하금 지원 제도를 신설했다고 5일 밝혔다", None, d7, ["education"], "achievement"),
 C("아이 기르기 가장 좋은 화천 만들기 지원 조례를 개정했다", None, d7, ["education"], "achievement"),
 C("지원 대상은 화천에 주민등록을 두고", None, d7, ["education"], "statement"),
 C("지원 금액은 초등생 30만원, 중학생 40만원, 고교생 50만원이다", None, d7, ["education"], "statement"),
 C("신청은 오는 31일까지 온라인이나 읍면사무소에서 가능하다", None, d7, ["education"], "statement"),
 C("양육자 등의 보호자가 신청할 수 있다", None, d7, ["education"], "statement"),
 C("입학축하금은 지역화폐인 화천사랑카드 계좌로", None, d7, ["education"], "statement"),
], ["강원 화천군은 올해부터 초중고 신입생에게 입학축하금을 지급한다", "온종일 돌봄시설인 화천커뮤니티센터", "강원 화천군이 운행하는 스마트 안심셔틀"])
ARTS["ir-08-joongang.txt"] = ({"headline": "'이재명표 3대 무상복지' 무상교복지원 고교 신입생까지 확대", "published": None, "reporter": "유길용", "outlet": "중앙일보", "jurisdiction": "41130"}, ["lee-jae-myung"], [
 C("교복 무상지원 사업이 내년부터 고등학교 신입생까지 확대된다", None, None, ["education"], "plan"),
 C("오늘날도 교복 구입비가 없어서 선배들이 물려준 헌 교복을 입는 학생들이 있다", "lee-jae-myung", None, ["education"], "statement"),
 C("적어도 고교에 다니는 아이들 교복 정도는 사회가 책임질 수 있어야 한다", "lee-jae-myung", None, ["education"], "plan"),
 C("1인당 15만원씩 12억6000만원의 교복 비용을 지원했다", None, None, ["education"], "achievement"),
 C("당초엔 25억원 가량을 지원할 계획이었지만", None, None, ["education"], "statement"),
 C("고등학생 31억원의 교복 지원예산을 책정했다", None, None, ["education"], "plan"),
 C("또 청년배당 113억원, 산후조리 지원비 36억원도", None, None, ["youth-policy", "childcare-birth"], "plan"),
 C("청년배당사업도 정부 반대로 분기 지급액이 25만원에서 절반으로 줄었다", None, None, ["youth-policy"], "statement"),
 C("헌법재판소에 권한쟁의심판을 청구했다", None, None, ["education", "youth-policy", "childcare-birth", "decentralization"], "criticism"),
], ["이재명 성남시장. [강정현 기자]", "'이재명표 3대 무상복지' 무상교복지원 고교 신입생까지 확대"])
d9 = "2024-04-22"
K = "kim-dong-yeon"
ARTS["ir-09-ajunews.txt"] = ({"headline": "기후도지사 김동연, \"지구와 대한민국 경제 살리는 길에 경기도가 앞장설 것\"", "published": "2024-04-22T22:33+09:00", "reporter": None, "outlet": None, "jurisdiction": "41"}, [K], [
 C("지구와 대한민국 경제를 함께 살리는 길에 경기도가 앞장서겠다", K, d9, ["climate-carbon"], "plan"),
 C("공공기관 신재생에너지 100% 전환, 산업단지 RE100, 기후행동 기회소득까지", K, d9, ["energy-transition", "climate-carbon"], "statement"),
 C("'기후도지사'는 김동연의 자부심이자 다짐이다", K, d9, ["climate-carbon"], "statement"),
], ["'오늘이 지구의 날'이다", "누군가는 걱정만 할 때 경기도는 이미 실천하고 있다", "뜨거워지는 지구, 일상이 된 기후 위기", "기후도지사 김동연, \"지구와 대한민국 경제 살리는 길에 경기도가 앞장설 것\""])
if __name__ == "__main__":
    G.mkdir(exist_ok=True)
    for name, (meta, offs, claims, nots) in ARTS.items():
        obj = {"article": name, "metadata": meta, "officials": offs, "claims": claims, "not_claims": nots}
        (G / f"{name}.json").write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(claims))
    print("total", sum(len(v[2]) for v in ARTS.values()))
