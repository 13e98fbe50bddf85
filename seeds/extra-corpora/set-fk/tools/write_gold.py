"""Write set-fk gold files (hand annotation; format of seeds/corpus/README.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"
Y = "yoo-jeong-bok"
A = {}

def art(name, headline, published, reporter, outlet, jur, officials, claims, not_claims):
    A[name] = {"article": name,
               "metadata": {"headline": headline, "published": published, "reporter": reporter,
                            "outlet": outlet, "jurisdiction": jur},
               "officials": officials,
               "claims": [{"quote": q, "speaker": s, "date": d, "policies": p, "kind": k} for q, s, d, p, k in claims],
               "not_claims": not_claims}

d = "2026-02-05"
art("fk-01-ekn.txt", "유정복, 검단구·서구 연두방문...행정체제 개편 현장서 ‘미래 인천’ 제시", "2026-02-06T00:45+09:00",
    "송인호", "에너지경제신문", "28", [Y], [
    ("'현장 소통 행정'에 속도를 냈다", None, d, ["citizen-participation"], "statement"),
    ("행정체제 개편의 의미를 상세히 설명했다", Y, d, ["decentralization"], "statement"),
    ("검단구 임시청사 6월 입주 준비 상황을 직접 언급하며", Y, d, ["city-hall", "decentralization"], "plan"),
    ("인천순환3호선 구축을 통해 검단을 수도권 교통의 중심으로 도약시키겠다는 구상이다", Y, d, ["public-transit"], "plan"),
    ("여기에 문화·복지·생활 인프라 확충", Y, d, ["culture-tourism", "welfare"], "plan"),
], ["행정체제 개편 현장서 ‘미래 인천’ 제시", "주민과 직접 소통하며 교통·환경·행정 청사진 ‘공유’",
    "변화의 중심에서 끝까지 함께 하겠다", "2026년 시정운영방향을 설명하고 있다",
    "행정체제 개편 이후 인천의 청사진을 주민과 공유하고 직접 질문을 듣고 답하는 자리였다",
    "유 시장은 이날 새롭게 출범할 검단구를 찾아 주민들과 마주 앉았다", "교통 비전도 구체적이었다"])

d = "2022-04-06"
art("fk-02-kiyln.txt", "강화군, 확 높아진~ 농·어업경쟁력으로 풍요로운 농‧어촌 실현", "2022-04-06T10:22+09:00",
    None, None, "28710", [], [
    ("강화군이 농·어업을 지역의 핵심 성장 동력으로 만들어가고 있다", None, d, ["agriculture"], "statement"),
    ("2021년 918억 원으로 2배 이상 증가시키며", None, d, ["agriculture"], "achievement"),
    ("농어업인 공익수당의 확대 지급을 위해 추경에 57억6천만 원을 편성하고", None, d, ["agriculture"], "achievement"),
    ("관내 전 지역에 한강물 농업용수 공급 시스템을 구축했다", None, d, ["agriculture"], "achievement"),
    ("송수관로 78km 등을 구축해 한강물을 관내 전역에 공급하는 사업이다", None, d, ["agriculture"], "statement"),
    ("하루 한강물 공급량이 5만 6천 톤으로 대폭 늘어나", None, d, ["agriculture"], "achievement"),
    ("밭농사에도 한강물을 활용할 수 있도록 농업용수 24시간 공급체계에 박차를 가하고 있다", None, d, ["agriculture"], "statement"),
    ("농림부 농업용수 이용체계 개편사업의 기본대상지로 선정됐으며", None, d, ["agriculture"], "achievement"),
], ["지역 농‧어업의 경쟁력 강화를 위해 강화군에서 추진하고 있는 사업들을 살펴봤다",
    "농·어업 경쟁력 혁신 선도, 지속발전 선순환 체계 확립", "가뭄에도 물 걱정없는... 한강물 24시간 공급체계 구축"])

P = "park-won-soon"; d = "2018-08-26"
art("fk-03-seoul.txt", "한발 물러선 박원순의 여의도·용산 개발", "2018-08-26T23:14+09:00", "김승훈", "서울신문", "11", [P], [
    ("공공주택 공급 대폭 확대 계획도 재강조했다", P, d, ["housing"], "plan"),
    ("임기 내 공적 임대주택 24만호 공급 계획을 차질 없이 추진하겠다", P, d, ["housing"], "target"),
    ("전체 주택 대비 공공임대주택 비율이 약 10%에 이르게 되는데", P, d, ["housing"], "statement"),
], ["한발 물러선 박원순의 여의도·용산 개발", "부동산 시장 안정 때까지 전면 보류"])

L = "lee-seung-ro"; d = "2025-04-11"
art("fk-04-womennews.txt", "성북구, 2050 탄소중립 위한 기본계획 최종 확정", "2025-04-11", "김나연", None, "11290", [L], [
    ("113개 핵심 과제를 본격 추진한다", None, d, ["climate-carbon"], "plan"),
    ("구는 최근 성북구 탄소중립위원회를 열고", None, d, ["climate-carbon"], "achievement"),
    ("2030년까지 온실가스 배출량을 40% 감축한다는 목표 아래", None, d, ["climate-carbon", "energy-transition"], "target"),
    ("12개 부문에서 총 113개 핵심 과제가 제시됐다", None, d, ["climate-carbon"], "statement"),
    ("총 4차례의 용역 보고회와 전문가 자문회의를 열고", None, d, ["climate-carbon"], "statement"),
    ("실현 가능한 정책 설계에 힘을 보탰다는 평가다", None, d, ["climate-carbon"], "achievement"),
    ("33개 세부사업도 책임감 있게 추진해 기후위기에 안전한 도시를 만들고 있다", L, d, ["climate-carbon", "disaster-safety"], "statement"),
], ["온실가스 40% 감축 목표 113개 과제로 ‘2050 탄소중립’ 추진",
    "구민 여러분께서도 탄소중립 실천과 기후위기 적응에 적극 동참해 주시길 바란다"])

C = "cha-jun-taek"; d = "2019-01-31"; e = "2019-01-30"
art("fk-05-cunews.txt", "인천 부평구, 설 명절 맞아 전통시장 활성화 나서", "2019-01-31T12:11+09:00", "홍성찬", "연합시민의소리", "28237", [C], [
    ("민족 최대의 명절인 설을 맞아 지역 전통시장 활성화에 나섰다", None, d, ["small-merchants"], "statement"),
    ("‘설 명절 맞이 전통시장 가는 날’ 행사와 ‘물가 안정 캠페인’을 열었다고 밝혔다", None, d, ["small-merchants"], "achievement"),
    ("이번 행사는 경기 침체 등으로 어려움을 겪고 있는 지역 전통시장을 돕고자 마련됐다", None, d, ["small-merchants"], "statement"),
    ("지역 전통시장을 애용해 달라’고 당부했다", None, e, ["small-merchants"], "statement"),
    ("온누리상품권을 지역 저소득 가정에 배부해", None, d, ["small-merchants", "welfare"], "achievement"),
    ("설 선물도 전통시장과 삼산농산물시장 등을 통해 구매했다", None, d, ["small-merchants"], "achievement"),
    ("차준택 부평구청장도 지역 전통시장 살리기에 함께 했다", None, e, ["small-merchants"], "statement"),
], ["올해 경기가 많이 어렵지만 설 명절에는 가족들과 함께 즐거운 시간을 보내며 기운내시길 바란다",
    "구민들이 희망을 가지고 행복하게 사는 부평이 되도록 항상 최선을 다하겠다",
    "별도의 의전 없이 부평 전통시장들을 찾아 명절 선물을 사며", "인천 부평구, 설 명절 맞아 전통시장 활성화 나서"])

I = "lee-cheong-yeon"; d = "2016-10-19"
art("fk-06-kmib.txt", "인천에서도 중학교 무상급식 내년부터 전면실시", "2016-10-19T11:52+09:00", "정창교", "국민일보", "28", [Y, I], [
    ("2017년부터 인천에서도 중학교 전학년 무상급식이 실시된다", None, d, ["education"], "plan"),
    ("공동기자회견을 통해 중학교 무상급식 계획을 발표했다", Y, d, ["education"], "plan"),
    ("무상급식 총 소요액은 591억원 규모이다", None, d, ["education"], "statement"),
    ("시청 23.2%(137억원), 군·구가 17.4%(240억원)를 분담한다", None, d, ["education"], "statement"),
    ("중학교 무상급식 전면시행을 추진하게 됐다", Y, d, ["education"], "plan"),
    ("시민의 소망과 힘으로 인천 의무교육 무상급식을 실현할 수 있게 됐다", I, d, ["education"], "achievement"),
    ("의무교육 무상급식은 헌법정신을 따른 시민의 권리이자 공교육의 의무", I, d, ["education"], "statement"),
], ["‘300만 인천, 미래를 준비합니다’라는 슬로건을 내세웠다",
    "내년부터 중학교 무상급식을 전면시행하겠다고 발표하고 있다",
    "중학생 8만명에게 2017년부터 무상급식을 전면실시하겠다고 발표하고 있다",
    "인천에서도 중학교 무상급식 내년부터 전면실시"])

K = "park-gang-su"; d = "2025-07-28"
art("fk-07-siminilbo.txt", "전국 펄펄··· 마포구, 무더위 쉼터 운영·골목길 살수 작업", "2025-07-28T15:51:51+09:00", "문민호", "시민일보", "11440", [K], [
    ("주말에도 무더위쉼터 경로당 운영과 골목길 살수 작업을 즉시 시행하는 등 신속한 조치에 나섰다", None, d, ["disaster-safety", "welfare"], "statement"),
    ("현재 구는 무더위쉼터를 약 80곳을 지정·운영 중이며", None, d, ["disaster-safety", "welfare"], "statement"),
    ("폭염에 취약한 노인들이 언제든지 쉴 수 있도록 조치했다", None, d, ["disaster-safety", "welfare"], "achievement"),
    ("소형 살수차를 활용한 물뿌리기 작업을 실시했다", None, d, ["disaster-safety"], "achievement"),
    ("폭염특보 발령 시에는 4회 이상으로 늘려 도시 온도를 낮춘다는 방침이다", None, d, ["disaster-safety"], "plan"),
    ("폭염상황관리 전담반과 대책본부를 운영, 노인일자리 시간 단축", None, d, ["disaster-safety", "welfare"], "statement"),
    ("폭염 대비 행동 요령과 무더위쉼터 현황을", None, d, ["disaster-safety"], "statement"),
    ("무더위쉼터 경로당 개방과 골목 살수 작업을 긴급 확대했다", K, d, ["disaster-safety", "welfare"], "achievement"),
    ("구민 안전을 위해 행정력을 총동원해 선제적이고 촘촘한 대응에 나서겠다", K, d, ["disaster-safety"], "plan"),
], ["주말도 경로당·복지관·안전숙소 개방", "폭염특보 발령땐 1日 4회 이상 골목 물뿌리기",
    "마포구, 무더위 쉼터 운영·골목길 살수 작업"])

J = "lee-jae-hyeon"; d = "2020-10-28"
art("fk-08-kmaeil.txt", "인천 서구, 2020년 주민참여예산 민관협의회 개최", "2020-10-28T23:30+09:00", "김정호", "경인매일", "28260", [J], [
    ("53건 21억7천만 원 규모의 주민참여예산 사업을 최종 의결했다고 28일 밝혔다", None, d, ["citizen-participation"], "achievement"),
    ("서구는 주민참여예산 규모 확대와 주민 의견의 적극적인 반영을 위해", None, d, ["citizen-participation"], "achievement"),
    ("「범죄예방 CCTV 설치 사업」", None, d, ["citizen-participation", "disaster-safety"], "achievement"),
    ("추진한 주민참여예산제도가 주민의 적극적인 관심을 받고 있다", J, d, ["citizen-participation"], "achievement"),
    ("주민참여의 개념을 확대 운영할 것이며", J, d, ["citizen-participation"], "plan"),
], ["2020년 주민참여예산 민관협의회 개최 모습. 사진제공=서구청"])

S = "lee-su-hui"; d = "2023-12-21"
art("fk-09-seouland.txt", "강동구, 고덕강일지구에 국공립어린이집 신규 개원", "2023-12-21T16:18+09:00", None, "서울&", "11740", [S], [
    ("국공립어린이집 ‘구립꿈이랑어린이집’을 조성하고, 지난 14일 개원식을 했다", None, "2023-12-14", ["childcare-birth"], "achievement"),
    ("65명의 영유아를 돌볼 수 있는 보육실, 유희실, 교사실 등을 갖췄다", None, d, ["childcare-birth"], "statement"),
    ("시공사인 현대건설과 무상 임대에 대한 협약을 체결하고", None, d, ["childcare-birth"], "achievement"),
    ("향후 2년 동안 16곳이 새로 조성될 계획이다", None, d, ["childcare-birth"], "target"),
], ["본 콘텐츠는 <서울&>의 의견과 다를 수 있으며"])

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, gold in A.items():
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(A), "files,", sum(len(g["claims"]) for g in A.values()), "claims")
