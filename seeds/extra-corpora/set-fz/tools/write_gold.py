# Writes gold/*.json for set-fz. C(quote, speaker, date, policies, kind, speaker_name=None)
import json, os
G = os.path.join(os.path.dirname(__file__), '..', 'gold')
def C(q, s, d, p, k, n=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if n: c["speaker_name"] = n
    return c
def M(h, pub, rep, out, j): return {"headline": h, "published": pub, "reporter": rep, "outlet": out, "jurisdiction": j}
F = {}
d = "2025-09-05"
F['fz-01-jjan.txt'] = (M("후계농·청년농 역할 재정립과 교류의 장", "2025-09-05", None, None, "52"), ["kim-gwan-yeong", "lee-hak-su"], [
 C("청년농업인 육성, K-푸드 정책, 농생명산업지구 조성 등 농정 대전환에 힘쓰고 있다", "kim-gwan-yeong", d, ["agriculture", "youth-policy"], "statement"),
], ["김관영 지사 “청년농·K-푸드로 농정 대전환”", "후계농업경영인들이 정읍에 모여 비전을 공유했다", "성황리에 마무리됐다고 5일 밝혔다", "회원들의 땀과 노력이 전북농업의 미래가 된다", "후계올림픽 유치에도 적극 동참해달라"])
d = "2020-01-15"
F['fz-02-shinailbo.txt'] = (M("진도군, 인구 늘리기 ‘올인’… 출산·결혼장려금 등 신설", "2020-01-15T13:30+09:00", "조규대", "신아일보", "46900"), [], [
 C("신혼부부 결혼장려금 200만원을 지원한다고 15일 밝혔다", None, d, ["childcare-birth"], "plan"),
 C("만 49세 이하인 신혼부부 대상이며", None, d, ["childcare-birth"], "statement"),
 C("다양한 인구늘리기 시책 사업을 실시하고 있다", None, d, ["childcare-birth"], "statement"),
 C("셋째아 이후 부터는 2000만원을 지급 전국 최대 규모로 확대 운영하고 있다", None, d, ["childcare-birth"], "statement"),
], ["‘인구 늘리기 범군민 운동’을 추진", "지역인구 감소는 지역경제 침체와", "인구 3만5000명까지 증가를 목표로", "찾아가는 전입신고 서비스. (사진=진도군)"])
d = "2022-01-15"
F['fz-03-fnnews.txt'] = (M("제주도, '2050 탄소중립 기후변화대응계획' 도민의견 듣는다", "2022-01-15T11:47+09:00", "강승남", "뉴스1", "50"), [], [
 C("기후변화대응계획 수립 공청회'를 오는 17일 온라인으로 연다고 15일 밝혔다", None, d, ["climate-carbon", "citizen-participation"], "plan"),
 C("대응계획'을 지난해 4월부터 수립하고 있다", None, d, ["climate-carbon"], "statement"),
 C("불가피하게 온라인으로 진행한다고 설명했다", None, d, ["climate-carbon", "citizen-participation"], "statement"),
 C("의견수렴 기간을 오는 17일부터 21일까지 5일간 연장해 운영할 계획이다", None, d, ["climate-carbon", "citizen-participation"], "plan"),
 C("탄소중립은 도내 산·학·연·민·관뿐만 아니라 제주 관광객, 중앙부처까지 모두 참여해야만 가능하다", None, d, ["climate-carbon"], "statement", "허문정"),
 C("제주도는 탄소중립 실천을 위해 도민과 소통하면서 제안을 반영해 나가겠다", None, d, ["climate-carbon", "citizen-participation"], "plan", "허문정"),
], ["fnSurvey"])
d = "2016-01-21"
F['fz-04-localsegye.txt'] = (M("대전시, 트램예정노선 현장방문", "2016-01-21T16:16+09:00", "오영균", "로컬세계", "30"), [], [
 C("올해 역점사업으로 선정된 트램의 원활한 추진을 위해 예정노선현장을 찾아", None, d, ["public-transit"], "statement"),
 C("진잠까지 순환형으로 건설할 계획이다", None, d, ["public-transit"], "plan"),
 C("1단계 구간만 28.6km에 달한다", None, d, ["public-transit"], "statement"),
 C("트램은 단순한 교통수단이 아닌 도시경관, 도시재생 등 도시전반을 바꿀 수 있는 새로운 패러다임", None, d, ["public-transit"], "plan", "노수협"),
], ["관계자들이 트램 예정노선현장을 방문해 의견을 나누고 있다"])
d, e = "2026-01-25", "2026-01-26"
F['fz-05-segye.txt'] = (M("지역 정착형 일자리 정책 결실", "2026-01-26", None, None, "43"), [], [
 C("전국 최고 수준의 청년 고용률을 기록하며", None, e, ["jobs", "youth-policy"], "achievement"),
 C("2.7%포인트 높아 전국 1위를 차지했다", None, d, ["jobs", "youth-policy"], "achievement"),
 C("청년 실업률은 2.0%로 전국 최저치를 기록했다", None, d, ["jobs", "youth-policy"], "achievement"),
 C("일자리의 질과 양 모두에서 성과를 보였다는 평가다", None, d, ["jobs", "youth-policy"], "achievement"),
 C("2024년 71.4% 등으로 지속 상승했다", None, d, ["jobs", "youth-policy"], "achievement"),
 C("지난해에는 전년 대비 2.8%포인트 상승했다", None, d, ["jobs", "youth-policy"], "achievement"),
 C("눈에 띄는 ‘역주행’ 페달을 밟았다", None, d, ["jobs", "youth-policy"], "achievement"),
 C("청년 인구 유출 역시 순유입으로 전환됐다", None, d, ["youth-policy"], "achievement"),
 C("떠난 인구보다 1433명 더 많았다", None, d, ["youth-policy"], "achievement"),
 C("도내 청년인구 유출 수는 2016년 1468명", None, d, ["youth-policy"], "statement"),
 C("2023년에는 105명의 유입을 기록하기도 했다", None, d, ["youth-policy"], "statement"),
 C("정형화된 틀을 깬 청년 일자리 지원 정책을 들었다", None, d, ["jobs", "youth-policy"], "achievement"),
 C("‘2025년 지자체 일자리대상’에서 종합대상을 받기도 했다", None, d, ["jobs"], "achievement"),
 C("우선 ‘충북형 도시근로자’ 사업이 있다", None, d, ["jobs"], "statement"),
 C("단시간 근로로 중소기업 등의 구인난에 도움을 준다", None, d, ["jobs", "youth-policy"], "statement"),
], ["청년 고용률 74.2% ‘전국 1위’", "청년 인구도 순유입으로 전환", "저고용·고실업 속 역주행 페달"])
d, e = "2024-09-11", "2024-09-12"
F['fz-06-newsprime.txt'] = (M("김태흠 충남지사 \"예산군 발전 위해 베이밸리 메가시티 지원 약속\"", "2024-09-12T09:42+09:00", "오영태", "프라임경제", "44"), ["kim-tae-heum"], [
 C("예산군 발전을 위해 베이밸리 메가시티 사업에 대한 지원을 약속했다", "kim-tae-heum", d, ["decentralization"], "plan"),
 C("경기도 측의 추가 선정 제안을 받아 예산군을 포함시키게 됐다", "kim-tae-heum", d, ["decentralization"], "achievement"),
 C("예산군이 이번 사업으로 더욱 발전할 수 있는 동력을 얻게 됐다", "kim-tae-heum", d, ["decentralization"], "statement"),
 C("4차 산업의 글로벌 경제 거점으로 육성하는 초광역 프로젝트다", None, e, ["decentralization", "fourth-industrial-revolution"], "statement"),
 C("예산군이 이 프로젝트를 통해 더욱 많은 발전 기회를 얻게 될 것", "kim-tae-heum", d, ["decentralization"], "statement"),
], ["민선8기 3년차 예산군 방문…\"베이밸리 추진 과정서 더 많은 사업 추진 뜻 밝혀\"", "충남으로 유치되도록 최선을 다하고 있다", "방문할 때마다 내포에 온 듯한 느낌을 받는다", "가능한 모든 지원을 아끼지 않겠다"])
d = "2025-08-01"
F['fz-07-globalepic.txt'] = (M("최민호 세종시장, \"행정수도 완성, 결단과 실행이 필요한 시점\"", "2025-08-01T23:02+09:00", "오경희", "글로벌에픽", "36"), ["choi-min-ho"], [
 C("대통령 세종집무실과 국회 세종의사당의 조속한 건립을 요청했다", "choi-min-ho", d, ["decentralization"], "plan"),
 C("행정수도 기능 약화와 경제적 손실에 대한 종합적인 대책도 요구했다", "choi-min-ho", d, ["decentralization"], "criticism"),
 C("국회 세종의사당의 구체적인 로드맵을 요청했다", "choi-min-ho", d, ["decentralization"], "criticism"),
 C("국회 세종의사당의 이전 규모와 건립 시기 등 실질적", "choi-min-ho", d, ["decentralization"], "statement"),
], ["이재명 대통령에 대통령 세종집무실·국회세종의사당 조속 건립 요청", "해수부 이전 시 행정수도 기능 훼손·법적 근거 미비 등 우려도 전달", "자연재난대응종합대책과 민생소비쿠폰 등 정부 현안을 공유하고"])
d, e = "2025-08-27", "2025-08-28"
F['fz-08-seoul.txt'] = (M("강기정 광주광역시장 인터뷰", "2025-08-28", None, None, "29"), ["kang-gi-jung"], [
 C("강 시장은 가장 먼저 ‘광주다움 통합돌봄’을 예로 들었다", "kang-gi-jung", d, ["welfare"], "statement"),
 C("돌봄은 단순한 복지 서비스를 넘어 민주주의 정책이자 시민의 삶 전체를 바꾸는 정책", "kang-gi-jung", d, ["welfare"], "statement"),
 C("보편적 돌봄을 광주에서 전국 최초로 시작했다", "kang-gi-jung", d, ["welfare"], "achievement"),
 C("노인장기요양보험법 등을 제정하며 보편복지에 깊은 관심을 기울여 왔다", None, e, ["welfare"], "achievement"),
 C("진짜 도움이 필요한 시민들이 사각지대에 놓일 수밖에 없는 게 현실", "kang-gi-jung", d, ["welfare"], "criticism"),
 C("일대일 맞춤형 돌봄계획을 수립하는 시스템을 만들었다", "kang-gi-jung", d, ["welfare"], "achievement"),
 C("통합돌봄 정책의 우수성을 인정받아", None, e, ["welfare"], "achievement"),
], ["광주의 정책들이 전국 모델이 된 것은 우연이 아니다", "익숙한 것과의 결별을 통해 새로운 광주를 만들겠다", "전국 표준모델이 된 광주광역시의 혁신 정책들이 최근 화제를 모으고 있다"])
d = "2025-05-27"
F['fz-09-jnilbo.txt'] = (M("김영록 지사 “재생에너지가 미래…태양광·풍력 확대”", "2025-05-27T13:03+09:00", "오지현", "전남일보", "46"), ["kim-yung-rok"], [
 C("27일 “재생에너지가 미래다.", "kim-yung-rok", d, ["energy-transition"], "statement"),
 C("이같은 재생에너지가 더 확대돼야 한다”고 밝혔다", "kim-yung-rok", d, ["energy-transition"], "plan"),
 C("우리나라의 재생에너지 비중이 크게 낮다", "kim-yung-rok", d, ["energy-transition"], "criticism"),
 C("재생에너지 발전 비중 평균은 35.4%로", None, d, ["energy-transition"], "statement"),
 C("국가별로는 유럽연합(EU) 46.9%", None, d, ["energy-transition"], "statement"),
 C("재생에너지가 무조건 좋다는 것은 아니다", "kim-yung-rok", d, ["energy-transition"], "statement"),
 C("2023년 태양광은 90% 하락해 한전의 전기단가 이하로 떨어졌고", "kim-yung-rok", d, ["energy-transition"], "statement"),
 C("태양광과 해상풍력을 계속 확대해야 한다", "kim-yung-rok", d, ["energy-transition"], "plan"),
], ["발전단가 지속 하락...안정적 에너지원", "대선 투표 강조·새정부 대책 마련 당부", "실국장 정책회의를 주재하고 있다", "소상공인이 서로 품앗이 해 가게를 봐주거나"])
os.makedirs(G, exist_ok=True)
for name, (meta, offs, claims, nots) in F.items():
    with open(os.path.join(G, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump({"article": name, "metadata": meta, "officials": offs, "claims": claims, "not_claims": nots}, f, ensure_ascii=False, indent=1)
print(sum(len(v[2]) for v in F.values()), 'claims')
