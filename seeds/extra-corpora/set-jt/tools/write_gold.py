"""Write set-jt gold files (hand annotation). C(quote, speaker, date, policies, kind)."""
import json
from pathlib import Path
GOLD = Path(__file__).resolve().parent.parent / "gold"
def C(q, s, d, p, k):
    return {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
def M(h, pub, rep, out, jur):
    return {"headline": h, "published": pub, "reporter": rep, "outlet": out, "jurisdiction": jur}
G = {}
LJJ = "lee-jae-jun"; P1 = "2026-01-28"; E1 = "2026-01-27"
G["jt-01-heraldcorp.txt"] = (M(None, "2026-01-28", "박정규", "헤럴드경제", "41110"), [LJJ], [
    C("‘2026년 수원시 청년정책 실행계획’을 심의·의결했다", None, E1, ["youth-policy"], "achievement"),
    C("청년의 삶 전반을 체계적으로 지원하기 위한 종합계획이다", None, P1, ["youth-policy"], "statement"),
    C("5대 분야에서 86개 과제를 추진한다", None, P1, ["youth-policy", "jobs", "housing", "education"], "plan"),
    C("24개 부서가 참여하며, 총사업비는 392억 6500만 원이다", None, P1, ["youth-policy"], "statement"),
    C("분야별 중점 추진 방향은", None, P1, ["youth-policy", "jobs", "housing", "education", "public-health", "citizen-participation"], "plan"),
    C("주요 사업은 ▷취업준비청년 면접정장 무료대여", None, P1, ["youth-policy", "jobs", "housing"], "statement"),
    C("청소년학 전공 현장실습 등 신규 사업을 추진한다", None, P1, ["youth-policy", "housing", "fourth-industrial-revolution", "public-transit"], "plan"),
    C("수원시 청년정책에 관한 주요 사항을 심의·조정하는 역할을 한다", None, P1, ["youth-policy"], "statement"),
], ["[헤럴드경제(수원)=박정규 기자]", "제5기 수원시 청년정책조정위원회는 청년과 전문가, 공직자, 수원시"])

LJM = "lee-jae-myung"; D2 = "2015-03-16"
G["jt-02-womannews.txt"] = (M("성남시, 전국 최초 ‘무상 공공산후조리’ 시작", "2015-03-16T12:35+09:00", "민일녀", "여성종합뉴스", "41130"), [LJM, "hong-joon-pyo"], [
    C("16일 성남시가 전국 최초로 ‘무상 공공산후조리’를 시작하겠다고 밝혔다", None, D2, ["childcare-birth"], "plan"),
    C("산후조리비 지원을 골자로 한 ‘무상 공공산후조리’ 계획을 밝혔다", LJM, D2, ["childcare-birth"], "plan"),
    C("최근 또다시 아이들의 밥상 문제가 논란이 되는 상황을 보며 참담한 마음을 가눌 수 없다", LJM, D2, ["education"], "criticism"),
    C("아이들의 한 끼 식사조차 해결하지 못하는 정부의 존재이유는 무엇이냐", LJM, D2, ["education"], "criticism"),
    C("시립의료원 설립, 시민주치의제에 이어 출산지원사업의 대폭확대를 결정했다", LJM, D2, ["public-health", "childcare-birth"], "plan"),
    C("전국 최초로 ‘무상 공공산후조리원’을 설치하고, 민간산후조리원 이용료 지원 등 산후조리비 지원을 시작하겠다", LJM, D2, ["childcare-birth"], "plan"),
    C("3개구에 무상으로 운영되는 공공산후조리원을 설치할 계획이다", None, D2, ["childcare-birth"], "target"),
    C("저소득층과 다산가정 등이 우선 사용할 수 있도록 배려한다는 방침이다", None, D2, ["childcare-birth"], "plan"),
], ["국민의 삶의 질을 향상시키고, 희망과 활력이 넘치는 사회를 만드는 것은 국가와 지방정부의 최소한의 의무",
    "정부 역할에 대한 철학의 차이가 시민의 삶과 직결되는 현장을 우리 모두가 목격하고 있다",
    "성남시, 전국 최초 ‘무상 공공산후조리’ 시작", "공공산후조리원을 이용하지 못하"])

NKP = "nam-kyung-pil"; E3 = "2016-07-04"; P3 = "2016-07-05"
G["jt-03-shnews.txt"] = (M("남경필 지사, 일자리창출 1위..2년간 약 30만개 창출", "2016-07-05T16:10+09:00", None, "주간시흥", "41"), [NKP], [
    C("민선 6기 후반기 도정 목표로 일자리 창출에 매진하겠다는 뜻을 밝혔다", NKP, E3, ["jobs"], "plan"),
    C("그 결과로 지난 2년 동안 약 301천개의 일자리를 만들어냈다", NKP, E3, ["jobs"], "achievement"),
    C("남은 2년 동안 70만개 일자리를 달성하기 위해 최선을 다할 것", NKP, E3, ["jobs"], "target"),
    C("집계된 경기도 취업자 수는 301천 명으로 전국 712천 명의 42.3%를 기록했다고 밝혔다", None, P3, ["jobs"], "achievement"),
    C("일자리 증가율은 4.9%200만 명 이상의 지자체 가운데 가장 높았다", None, P3, ["jobs"], "achievement"),
    C("일자리 30만개는 뛰어난 성과지만 나는 아직도 배가 고프다", NKP, E3, ["jobs"], "achievement"),
    C("더 좋은 일자리 창출에 매진해 일자리 도지사로 기억되도록 하겠다", NKP, E3, ["jobs"], "plan"),
    C("우리 집 근처에 좋은 일자리를 많이 만들어서", NKP, E3, ["jobs"], "plan"),
], ["남은 2년 동안 70만개 일자리 달성에 최선 다할 것", "많은 젊은 부부들이 주택난과 교통난, 사교육비 때문에 힘들어 한다",
    "남경필 지사, 일자리창출 1위..2년간 약 30만개 창출"])

KGI = "kim-gyeong-il"; E4 = "2023-03-16"; P4 = "2023-03-20"
G["jt-04-atpaju.txt"] = (M("파주시, 지역보건의료심의위원회 개최…보건의료 정책 방향 논의", "2023-03-20T00:29+09:00", None, None, "41480"), [KGI], [
    C("지역보건의료계획()을 심의·의결했다고 밝혔다", None, E4, ["public-health"], "achievement"),
    C("3대 추진전략과 9개 추진과제 및 24개 세부과제를 확정했다", None, E4, ["public-health"], "achievement"),
    C("별도 외부용역을 통하지 않고 사업별 담당자로 구성된 T/F수립단을 구성해", None, P4, ["public-health"], "achievement"),
    C("코로나19 이후 변화하는 의료환경에 적극 대응하고 시민의 건강증진에 도움이 될 것", KGI, P4, ["public-health"], "statement"),
    C("시민 모두가 행복하고 건강한 파주를 만들어 나가는 데 최선을 다하겠다", KGI, P4, ["public-health"], "plan"),
    C("지역보건법 제7조에 의거 4년 주기로", None, P4, ["public-health"], "statement"),
], ["향후 4년간 파주시 보건의료 정책 방향에 대해 논의했다", "- 포용하고 보듬는 더 건강한 도시 파주",
    "파주시, 지역보건의료심의위원회 개최…보건의료 정책 방향 논의"])

KDH = "kim-deok-hyeon"; P5 = "2024-07-24"
G["jt-05-kyeongin.txt"] = (M("[기초단체장 취임 2주년 인터뷰] 김덕현 연천군수", "2024-07-24T19:09+09:00", None, None, "41800"), [KDH], [
    C("인프라 구축, 첨단산업 유치, 관광 활성화에 주력해 연천군이 탁월한 경쟁력을 갖추도록 하겠다", KDH, P5, ["culture-tourism", "investment-attraction"], "plan"),
    C("지역축제 활성화 등을 통해 방문객 200만명을 돌파했다", KDH, P5, ["public-transit", "culture-tourism", "disaster-safety"], "achievement"),
    C("교통망이 획기적으로 개선돼 주민들의 지역발전에 대한 기대감이 높은 상태다", None, P5, ["public-transit"], "achievement"),
    C("경원선 전철이 시너지 효과를 발휘하면서 지역경제가 활기를 띠고 있다", None, P5, ["public-transit"], "achievement"),
    C("수도권 주민들에게 1일 힐링장소로 주목받고 있다", None, P5, ["public-transit", "culture-tourism"], "achievement"),
], ["지역내 생활인구 1천만명 시대를 만들어나가겠습니다", "민선 8기 후반기에는 연천의 20년 미래를 내다보고 행정을 집중적으로 추진하겠다",
    "지역발전을 위한 도약의 결실을 맺을 수 있도록 과제 실천의 노력을 앞당기겠다", "앞으로 2년동안 미래 주요사업에 속도를 내겠다",
    "'인프라·첨단산업·관광' 중점", "경원선 전철·국도3호선 우회道 개통"])

P6 = "2026-01-14"; SC = "smart-city"; CP = "citizen-participation"
G["jt-06-newsknock.txt"] = (M("시민과 함께 만드는 춘천 스마트도시…리빙랩 운영", "2026-01-14T10:35+09:00", "김인호", "뉴스노크", "51110"), [], [
    C("시민 참여형 혁신 모델이 운영된다", None, P6, [SC, CP], "plan"),
    C("춘천시는 ‘춘천시 스마트도시계획 수립 리빙랩(Living Lab)’을 운영한다", None, P6, [SC, CP], "plan"),
    C("전문가와 함께 해결 방안을 모색하는 시민 주도형 혁신 모델이다", None, P6, [SC, CP], "statement"),
    C("스마트 기술을 실제 생활 공간에 적용해 실증하고 그 결과를 정책과 계획에 반영하는 방식으로 운영된다", None, P6, [SC], "statement"),
    C("총 3차례에 걸쳐 워크숍 방식으로 진행된다", None, P6, [SC, CP], "plan"),
    C("스마트기술 기반 해결 방안을 함께 도출한다", None, P6, [SC, CP], "plan"),
    C("스마트도시 전문가(퍼실리테이터)가 멘토로 참여해", None, P6, [SC], "statement"),
    C("이번 리빙랩은 ‘춘천시 스마트도시계획’ 수립 과정의 일부다", None, P6, [SC], "statement"),
    C("정보통신기술(ICT)과 디지털 기술을 접목해 도시 경쟁력과 시민 삶의 질을 높이기 위한 중장기 종합계획이다", None, P6, [SC, "fourth-industrial-revolution"], "statement"),
    C("시민 대상 설문조사 결과를 종합해 계획에 반영할 예정이다", None, P6, [SC], "plan"),
], ["▲ 춘천시청", "시민참여단 3차례 워크숍 통해 도시 문제 발굴", "land8238@naver.com"])

LBS = "lee-byeong-seon"; E7 = "2017-07-02"; P7 = "2017-07-03"
G["jt-07-news1.txt"] = (M("[도민이 묻는다] 이병선 속초시장 “강남보다 대세, 함께 만드는 속초”", "2017-07-03T06:20+09:00", "고재교", "뉴스1", "42210"), [LBS], [
    C("육해공을 잇는 교통망 구축과 동계올림픽 배후관광도시 지정 등으로 개발호재가 이어지고 있다", None, P7, ["public-transit", "culture-tourism"], "achievement"),
    C("크루즈선이 속초에 왔다는 것은 속초로서는 행운이고 큰 부가가치가 오는 것", LBS, E7, ["culture-tourism"], "statement"),
    C("동해안에서 속초가 유일한 크루즈 도시가 되는 것", LBS, E7, ["culture-tourism"], "achievement"),
    C("코스타빅토리아호가 지난 5월1일 첫 입항을 시작으로 8항차", LBS, E7, ["culture-tourism"], "achievement"),
], ["모든 일은 공직자들과 시민들의 힘에서 나온다고 말한다", "시민들이 느낄 수 있는 지역경제 효과에 대해 질의했다",
    "민선6기 3주년을 맞아 ‘도민이 묻는다’라는 주제로", "이병선 속초시장이 2일 뉴스1 강원본부와 인터뷰를 하고 있다"])

CMS = "choi-myeong-seo"; P8 = "2019-05-22"; CT = "culture-tourism"
G["jt-08-sisaon.txt"] = (M("[인터뷰] 최명서 “영월읍 전체를 정원으로 만들겠다”", "2019-05-22T19:00+09:00", "김병묵, 조서영", "시사오늘", "42750"), [CMS], [
    C("영월군의 관광자원, 농특산품을 홍보하기 위한 노력의 일환이었다", None, P8, [CT, "agriculture"], "statement"),
    C("서울 광화문에서 단종문화제 거리홍보전도 펼쳤다", None, "2019-04-20", [CT], "statement"),
    C("아름다운 자연경관 등 관광자원이 많은 곳이다", CMS, P8, [CT], "statement"),
    C("크고 작은 26개의 박물관은 군 단위에서 가장 많은 숫자다", CMS, P8, [CT], "statement"),
    C("또한 강원도 유일의 국제 슬로시티다", CMS, P8, [CT], "statement"),
    C("어딘가 연계가 부족했다거나 하는 문제점이 있어서 늘 아쉬웠다", CMS, P8, [CT], "criticism"),
    C("자원들이 연계돼 시너지 효과를 내면 관광객들이 정말 많이 올 곳이다", CMS, P8, [CT], "statement"),
    C("관광객은 지역 경제로 또 연결될 거라고 본다", CMS, P8, [CT], "statement"),
    C("그걸 정원으로 가꿀거", CMS, P8, [CT], "plan"),
], ["일자리로 청년 정착할 수 있는 생태계 구축할 것", "동강시스타 매각은 당연한 결과…서로 미뤄왔다",
    "[인터뷰] 최명서 “영월읍 전체를 정원으로 만들겠다”", "-영월군 홍보에 상당한 비중을 두는 것으로 알려졌다",
    "-홍보 외에 영월 관광에 대한 다른 비전도 있나", "1000억 원 이상이 들어간 사업으로 공원 형태인데, 사람들이 이용하지 않는다"])

PSS = "park-sang-su"; ET = "energy-transition"
G["jt-09-asiae.txt"] = (M(None, None, "선주성", "아시아경제", "51230"), [PSS], [
    C("제3회 수소의날 기념식에서 국무총리 표창을 수상했다", None, None, [ET], "achievement"),
    C("수소산업을 육성해 온 공적을 인정받았다", None, None, [ET, "future-vehicles"], "achievement"),
    C("수소경제 활성화에 노력한 점을 높게 평가 받았다", None, None, [ET, "research-development"], "achievement"),
    C("지역 내 수소산업이 뿌리내릴 수 있도록 계속 노력하겠다", PSS, None, [ET], "plan"),
], ["수소기업육성 등 수소경제 활성화 노력 평가받아", "수소산업은 미래 산업…지역 내 뿌리내리도록 지원",
    "수소의날 기념식은 사단법인 한국수소연합과 코리아H2써밋이 공동주관하고 산업통상자원부가 후원하는 행사다",
    "수소 산업인의 화합과 사기 진작을 위해 마련됐다", "박상수 삼척시장이 직접 참석했다"])

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    n = 0
    for art, (meta, offs, claims, nots) in G.items():
        d = {"article": art, "metadata": meta, "officials": offs, "claims": claims, "not_claims": nots}
        (GOLD / (art + ".json")).write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        n += len(claims); print(art, len(claims))
    print("total", n)
