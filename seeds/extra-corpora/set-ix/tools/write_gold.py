"""Write set-ix gold files (hand annotation; see GOLD_NOTES.md)."""
import json, pathlib
G = pathlib.Path(__file__).resolve().parent.parent / "gold"
def C(q, sp, d, pol, kind, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": kind}
    if name: c["speaker_name"] = name
    return c
def M(h, p, r, o, j): return {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j}
IA, MI, HO, YP = "investment-attraction", "medical-industry", "housing", "youth-policy"
D1, D2 = "2018-06-25", "2026-02-04"
GOLD = {
"ix-01-fnnews.txt": (M("충북도, 국내 바이오산업 집중 유치 노력 박차", "2018-06-25T16:33+09:00", "조석장", "파이낸셜뉴스", "43"), [], [
  C("국내외 우수 바이오기업을 집중 유치하기로 했다", None, D1, [IA, MI], "plan"),
  C("기업유치추진단을 구성하고 전면적인 기업유치 활동에 나섰다고 25일 밝혔다", None, D1, [IA, MI], "achievement"),
  C("바이오기업의 투자 동향에 신속하게 대응할 계획이다", None, D1, [IA, MI], "plan"),
  C("유치 분야로는 바이오의약, 의료기기, 화장품, 천연물산업에 집중하고", None, D1, [IA, MI], "plan"),
  C("도내 전 시군에 바이오산업이 확산되도록 연계 할 방침이다", None, D1, [IA, MI], "plan"),
  C("관련기업 유치 및 산업 육성에 많은 노력을 기울여 왔다", None, D1, [MI, IA], "achievement"),
  C("그 결과 바이오산업 생산규모와 인력이 전국 2위 수준을 달성하면서", None, D1, [MI], "achievement"),
  C("유망 바이오기업.기관을 우리 도에 유치함으로써", None, D1, [IA, MI], "plan"),
 ], ["충북도, 국내 바이오산업 집중 유치 노력 박차"]),
"ix-02-segye.txt": (M(None, "2026-02-04", None, None, "52"), [], [
  C("계층별 맞춤형 주거 지원 정책을 잇따라 확대하며", None, D2, [HO, YP], "statement"),
  C("전주시는 월 1만원 임대료로 공급하는 청년주택을 추가 조성했고", None, D2, [HO, YP], "achievement"),
  C("정읍시는 저소득층과 청년·신혼부부를 대상으로 임대보증금 무이자 지원 사업을 추진한다", None, D2, [HO, YP], "plan"),
  C("청춘별채를 추가 조성하고 4일 준공식을 열었다", None, D2, [HO, YP], "achievement"),
  C("청춘별채는 무주택 미혼 청년에게 보증금 50만원", None, D2, [HO, YP], "statement"),
  C("이번에 준공된 청춘별채는 원룸 3호와 투룸 21호 등 총 24호 규모로 조성됐다", None, D2, [HO, YP], "achievement"),
  C("청년 1인 가구 선호도가 높은 전용면적 33㎡ 중심으로 설계해", None, D2, [HO, YP], "statement"),
  C("각 호실에는 냉장고와 세탁기", None, D2, [HO, YP], "statement"),
  C("건물 1층에는 공동 빨래방과 커뮤니티룸을 마련해 입주 청년 간 교류", None, D2, [HO, YP], "statement"),
  C("시는 시설 점검을 마친 뒤 다음 달 말 입주자 모집을 진행할 계획이다", None, D2, [HO, YP], "plan"),
  C("‘중소 제조기업 기숙사 임차비 지원사업’ 참여 기업을 모집한다", None, D2, [HO], "plan"),
  C("근로자 기숙사로 제공하면 임차료의 80% 이내에서", None, D2, [HO], "statement"),
 ], ["청년만원주택 '청춘별채' 제막식. 전주시 제공"]),
"ix-03-ihalla.txt": (M('[특별대담] 오영훈 제주지사 "제2공항 주민투표 부적절"', "2024-04-22T00:00+09:00", "백금탁·김도영", "한라일보", "50"), ["oh-young-hun"], [
  C("민간 우주산업, 도심항공교통, 그린수소, 바이오산업까지", "oh-young-hun", "2024-04-18", ["future-vehicles", "energy-transition", MI, "welfare"], "achievement"),
  C("제주형 기초자치단체 설치는 도민 열망이 담긴 도정 핵심 정책으로", "oh-young-hun", "2024-04-18", ["decentralization"], "statement"),
 ], ["제주형 기초단체 필요성 등 행정안전부 설득해 나갈 것", "1·3차 중심 산업구조 개편해 제조업 비중 10%대로 확대",
     "지속가능한 제주 위해 인구전략 마스터플랜 수립", "제주 미래를 여는 정책을 차질 없이 추진하겠다고 강조했다",
     "올해는 더 담대한 혁신으로 대한민국과 제주의 품격을 높일 계획이다", "민선8기 주요 정책에 대해 설명하고 있다"]),
"ix-04-newdaily.txt": (M(None, None, None, None, "36"), ["choi-min-ho"], [
  C("세종시를 '국내 1호 정원도시'로 만들겠다", "choi-min-ho", None, ["culture-tourism"], "plan"),
  C("우리나라에 국가정원이나 민간정원은 있지만 정원도시는 없다", "choi-min-ho", None, ["culture-tourism"], "statement"),
  C("정원도시 세종이라는 이미지를 전국을 넘어 전 세계에 알리겠다", "choi-min-ho", None, ["culture-tourism"], "plan"),
  C("정원박람회는 환경복원, 먹거리 산업 활성화 등 다양한 가치를 지니고 있다", "choi-min-ho", None, ["culture-tourism"], "statement"),
  C("새로운 방식의 정원도시박람회를 성공적으로 개최하겠다", "choi-min-ho", None, ["culture-tourism"], "plan"),
  C("정원박람회는 호수·중앙공원, 금강 등을 꽃과 정원으로 탈바꿈하는 계기가 될 것", "choi-min-ho", None, ["culture-tourism"], "statement"),
  C("세종시 전체를 도시정원으로 조성해 국제적으로 공인된", "choi-min-ho", None, ["culture-tourism"], "plan"),
  C("우리 주변에 대한 쾌적한 환경 정비가 정원도시로 가는 첫걸음이다", "choi-min-ho", None, ["culture-tourism"], "statement"),
 ], ["쾌적하고 청결한 도시 정비에 힘써 줄 것", "3일 '직원소통의 날'서 밝혀", "모두 발언을 하고 있다"]),
"ix-05-segye.txt": (M("“젊은 도시 유성 잠재력 무한, 4차산업혁명 선도할 것” [민선8기 단체장에 듣는다]", "2022-08-01T21:46:10+09:00", None, "세계일보", "30200"), ["jeong-yong-rae"], [
  C("민선8기엔 4차산업혁명도시를 선도할 미래 전략도시로 조성하겠다", "jeong-yong-rae", "2022-08-01", ["fourth-industrial-revolution"], "plan"),
  C("△미래선도도시 △친환경 스마트도시 △주민자치도시 △문화복지도시 등 4대 공약을 제시했다", "jeong-yong-rae", "2022-08-01", ["smart-city", "citizen-participation", "culture-tourism", "welfare"], "plan"),
  C("민선8기 대표 공약인 디지털전환지원센터(DX) 설립은", None, "2022-08-01", ["fourth-industrial-revolution", "smart-city"], "statement"),
  C("사물인터넷과 인공지능, 빅데이터를 활용해", "jeong-yong-rae", "2022-08-01", ["fourth-industrial-revolution"], "achievement"),
 ], ["대덕연구개발특구 등 소재지로 국가적인 지위를 지닌 곳이다", "궁동에 스타트업파크 재탄생", "청년 창업·일자리 생태계 구축",
     "행정서 민생까지 디지털 전환", "구정 슬로건을 ‘더 좋은 미래로 유성스타’로 정했다"]),
"ix-06-jnilbo.txt": (M("쪽방촌·요양원 방문...광주 5개 구청장 '민생' 첫 일정", "2024-01-02T18:03+09:00", None, None, "29"), ["lim-taek", "kim-i-gang"], [
  C("임 청장은 광주 동구 대인동 쪽방촌 일원을 찾아 쪽방촌 복지사업과", None, "2024-01-02", ["welfare"], "statement"),
  C("김이강 광주 서구청장은 올해 첫 번째 업무로 장기요양 재택의료센터 확대 추진을 위한 업무협약을 소화했다", None, "2024-01-02", ["welfare", "public-health"], "achievement"),
  C("장기요양 재택의료센터는 의사와 간호사", None, "2024-01-02", ["welfare", "public-health"], "statement"),
 ], ["이동식 빨래방 상황을 점검했다", "세심한 행정을 할 수 있는 한 해가 됐으면 좋겠다", "갑진년 새해 첫 출발을 알렸다",
     "동구, 대인동 쪽방촌 현장 점검", "서구, 요양 종사자 업무 협약식", "광주 서구 제공"]),
"ix-07-gwangnam.txt": (M("목포시, 섬권역 정주여건·해양관광 활성화 총력", "2026-01-20T05:05+09:00", None, None, "46110"), [], [
  C("관내 섬권역을 중심으로 정주여건과 해양관광거점조성에 총력을", None, "2026-01-20", ["culture-tourism"], "statement"),
  C("20일 목포시에 따르면 조석훈 목포시장 권한대행 주재로", None, "2026-01-20", ["culture-tourism"], "statement"),
  C("정주 인프라 확충과 관광 활성화를 통한 지속 가능한 섬 발전 방향에 집중했다", None, "2026-01-20", ["culture-tourism"], "statement"),
  C("국립세월호 생명기억관 건립, 해상데크·해안동굴 탐방로 조성, 어촌뉴딜300 사업", None, "2026-01-20", ["culture-tourism", "agriculture"], "plan"),
  C("달리도~외달도 보행연도교 설치, 진입 해안도로 정비 등을 통해 섬 간 접근성을 강화하기로 했으며", None, "2026-01-20", ["culture-tourism"], "plan"),
 ], ["목포시는 최근 조석훈 권한대행 주재로 제3회차", "14개 주요 사업들을 차질없이 진행하기 위해 마련됐다", "'사람이 살고 머무는 섬' 육성"]),
"ix-08-wowtv.txt": (M(None, None, None, "한국경제TV", "44"), ["kim-tae-heum"], [
  C("메가시티 건설 프로젝트인 '베이밸리'가 순조롭게 진행중이다", None, None, ["decentralization"], "statement"),
  C("베이밸리 프로젝트는 미래의 대한민국 먹거리를 만들 수 있는 곳", "kim-tae-heum", None, ["decentralization"], "statement"),
  C("미국의 실리콘밸리처럼 최첨단 산업들과 벤처기업들", "kim-tae-heum", None, ["decentralization"], "statement"),
  C("베이밸리는 아산만을 중심으로", None, None, ["decentralization"], "statement"),
  C("수도권 집중화를 분산시키기 위해서는 일자리 창출이 이뤄져야 하고", "kim-tae-heum", None, ["jobs", "decentralization"], "plan"),
  C("여러 조건적인 측면에서 베이밸리가 가장 적합하다", "kim-tae-heum", None, ["decentralization"], "statement"),
  C("33조원의 기업 유치 실적 달성과 국내 굵직한 대기업들의 투자를 통해 베이밸리 건설은 순항 중이다", None, None, [IA, "decentralization"], "achievement"),
  C("탄소 중립 경제특별도 선언도 김 지사의 새로운 발상의 전환으로 평가받고 있다", None, None, ["climate-carbon"], "achievement"),
  C("탄소 배출량 1위 도시에서 탄소 중립 도시로의 선언은", None, None, ["climate-carbon"], "statement"),
  C("탄소 중립은 시대적으로 거스릴 수 없는 과제이기에", "kim-tae-heum", None, ["climate-carbon"], "achievement"),
  C("R&D 투자를 통해 산업 재편을 이끌고", "kim-tae-heum", None, ["research-development", "climate-carbon"], "plan"),
 ], ["충청남도가 대한민국 미래 먹거리를 만들 수 있는 지역으로 급부상하고 있다"]),
"ix-09-ccnnews.txt": (M("허태정 시장, 유성구민과 '대덕특구 스마트시티' 논의", "2018-10-02T16:05+09:00", "김윤아", "충청뉴스", "30"), ["heo-tae-jeong"], [
  C("‘누구나 토론회’는 시장과 해당 구청장이 해당지역 시민들과 현안에 대해 의견을 나누는 방식으로 진행된다", None, "2018-10-02", ["citizen-participation"], "statement"),
  C("참석자들은 ‘대덕특구 테마형 스마트시티 조성’을 비롯한", None, "2018-10-02", ["smart-city"], "statement"),
  C("테마형 스마트시티 조성 등의 약속사업이 제대로 추진될 수 있도록", "heo-tae-jeong", "2018-10-02", ["smart-city"], "plan"),
  C("뉴딜사업 대상지인 어은어린이공원을 방문해", None, "2018-10-02", ["urban-regeneration"], "statement"),
 ], ["허태정 시장, 유성구민과 '대덕특구 스마트시티' 논의", "의미가 남다르다", "모두 오후 2시 30분에 개최될 예정이다",
     "허태정 대전시장은 2일 유성구에서 ‘누구나 토론회’ 일정을 시작했다"]),
}
if __name__ == "__main__":
    G.mkdir(exist_ok=True)
    for art, (meta, offs, claims, nots) in GOLD.items():
        d = {"article": art, "metadata": meta, "officials": offs, "claims": claims, "not_claims": nots}
        (G / f"{art}.json").write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(v[2]) for v in GOLD.values()), "claims")
