"""Write set-hf gold files (hand annotation; this script only serialises it)."""
import json, pathlib
GOLD = pathlib.Path(__file__).resolve().parent.parent / "gold"
def C(quote, speaker, date, policies, kind, name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name: c["speaker_name"] = name
    return c
def M(headline, published, reporter, outlet, jur):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet, "jurisdiction": jur}
CMH, D1 = "choi-min-ho", "2025-02-28"
D2 = "2022-04-17"; D3 = "2025-04-07"; D4 = "2025-10-27"; D5 = "2020-06-09"; D6 = "2021-05-07"
D9, D9m = "2018-01-28", "2018-01-26"
PT, SM, SC, AI4, DS = "public-transit", "small-merchants", "smart-city", "fourth-industrial-revolution", "disaster-safety"
J, Y, CT, AG, W = "jobs", "youth-policy", "culture-tourism", "agriculture", "welfare"
G = {
"hf-01-tf.txt": (M("최민호 시장, '대중교통의 날' 맞아 버스 출근", "2025-02-28T14:29+09:00", "김형중", "더팩트", "36"), [CMH], [
  C("한 달에 한 번은 꼭 버스로 출퇴근하려고 하는데", CMH, D1, [PT], "plan"),
  C("28일 첫 번째 세종사랑 '대중교통의 날'을 맞아 991번 버스를 이용해 출근하며 시민들과 대화를 나눴다", None, D1, [PT], "statement"),
  C("일부 노선은 배차 간격이 길어 불편하다며 개선을 건의하기도 했다", None, D1, [PT], "criticism"),
  C("더 나은 대중교통 체계 마련을 약속했다", CMH, D1, [PT], "plan"),
  C("버스를 100대 늘리고 이응패스도 도입했는데", CMH, D1, [PT], "achievement"),
  C("매월 네 번째 금요일에는 저도 그렇고 세종시 산하 기관장들, 직원 모두 버스 타고 출근한다", CMH, D1, [PT], "statement"),
  C("소상공인 같은 어려운 사람들이 더 어려운 지금 경기 살려보려고 하는 것", CMH, D1, [SM, PT], "statement"),
 ], ["28일 세종사랑 '대중교통의 날' 첫 시행…출근길 시민과 소통", "구내식당 휴무·밤마실 행사 연계 등 지역경제 활성화 취지 설명도",
     "991번 버스를 이용해 출근하면서시민들과 대화를 나누고 있다", "교통 이용에 대한 의견을 나누고 시민들과 소소한 일상을 공유했다"]),
"hf-02-joongdo.txt": (M("대전시 올해 스마트시티 조성 본격화… 1262억 투입 8개 분야 과제 선도", "2022-04-17T09:40+09:00", "이해미", None, "30"), [], [
  C("대전시가 스마트시티 조성 실행계획을 발표하고 8개 분야 60개 추진 과제에 1262억 원을 투입한다", None, D2, [SC], "plan"),
  C("2025년까지는 1조 6552억원을 투입해 교통과 안전, 경제와 환경, 행정 등 전 영역에서 스마트 서비스를 제공하겠다는 목적이다", None, D2, [SC], "plan"),
  C("17일 대전시의 스마트시티 조성 계획을 살펴보면", None, D2, [SC, AI4], "statement"),
  C("5개 분야 37개 세부과제가 담겼다", None, D2, [SC], "statement"),
  C("인공지능 기반도시로 3개 분야에서 23개 과제가 추진된다", None, D2, [SC, AI4], "plan"),
  C("스마트도시 구축을 위해 17개 신규 과제도 추진하겠다는 목표다", None, D2, [SC], "plan"),
  C("충청권 인공지능 선도사업, 제조 AI 플랫폼 구축, 디지털트윈 기반의 지능형 재난 예측 플랫폼 구축으로", None, D2, [AI4, SC, DS], "plan"),
  C("지난해가 대전형 스마트시티 조성의 기틀을 마련했다면", None, D2, [SC], "plan", "정재용"),
 ], ["2025년까지는 시정 전 영역에서 스마트 서비스 제공"]),
"hf-03-newsis.txt": (M("전북 순창군 \"보편적 복지정책+농촌유학생↑⇒전입 인구 확대\"[지방소멸 해법-단체장에게 듣는다]", "2025-04-07T10:30+09:00", "김종효", "뉴시스", "52770"), ["choi-yeong-il"], [
  C("민선 8기 보편적 복지 정책을 적극 시행하며 전국적인 인구감소 추세에서도 최근 2년 연속 인구증가라는 반전이 일어났다", None, D3, [W], "achievement"),
  C("2022년 2만6727명, 2023년 2만6764명, 2024년 2만6822명으로", None, D3, [W], "achievement"),
 ], ["아동, 대학생·청년, 농민, 노인층에 장례비까지 군민 생애 전 분야 복지", "민선 8기 들어 2년 연속 인구증가, 순창 포함 전국 5개 지역 뿐",
     "인구감소가 지역만의 문제가 아니라 국가균형발전에 필요한 과제라는 판단에서다", "출생률이 감소하다보니 인구감소가 불가피한 시대에 직면해 있다"]),
"hf-04-ohmynews.txt": (M(None, "2025-10-28", None, "충북인뉴스", "43"), ["kim-yung-hwan"], [
  C("민선 8기 도정은 저출생 극복, 고용, 투자유치 등에서 전국 최고 성과를 내고 있다", "kim-yung-hwan", D4, ["childcare-birth", J, "investment-attraction"], "achievement"),
  C("이런 성과는 모두 도 공직자들의 창의적 노력 덕분이지만", "kim-yung-hwan", D4, ["childcare-birth", J, "investment-attraction"], "achievement"),
 ], ["각 실·국에 도정 홍보 강화를 지시했다", "나는 요즘 어디를 가든 충북의 도정 성과를 홍보하며", "어두운 면은 외면했다는 지적도 나온다"]),
"hf-05-newspim.txt": (M("'맛의 도시 목포' 남진 야시장 다시 관광객몰이", "2020-06-09T13:35+09:00", "고규석", "뉴스핌", "46110"), [], [
  C("남진 야시장이 오는 7월부터 다시 관광객몰이에 나선다", None, D5, [SM, CT], "plan"),
  C("1000만 관광객 시대를 열기위해 포스트 코로나 일환으로 남진 야시장을 오는 7월부터 다시 운영한다고 밝혔다", None, D5, [CT, SM], "plan"),
  C("시는 이를 위해 남진야시장 이동식 매대 운영자를 모집한다", None, D5, [SM], "plan"),
  C("모집 인원은 20명이며 기간은 9일부터 23일까지다", None, D5, [SM], "statement"),
  C("야시장에 적합하면서 한식, 양식, 중식, 일식, 다문화 등", None, D5, [SM], "statement"),
  C("목포 9미 식재료를 활용한 특색 있는 음식과 차별화된 창작요리는 우대한다", None, D5, [SM], "statement"),
  C("1차 서류심사와 2차 면접과 출품요리 품평회를 거쳐 최종 선정된다", None, D5, [SM], "statement"),
  C("지난 2015년 10억원을 들여 자유시장에 개장해", None, D5, [SM], "achievement"),
  C("남진야시장 나름의 특색과 정체성을 살려내는 것이 중요하다", None, D5, [SM], "statement", "김귀선"),
  C("부산 깡통야시장의 경우 다문화가정을 참여시켜", None, D5, [SM], "statement", "김귀선"),
  C("안정적인 진열체계와 편안한 동선, 밝은 조명 등으로 경쟁력을 키울 필요가 있다", None, D5, [SM], "plan", "김귀선"),
  C("'먹거리가 단순하고 통로가 비좁다'는 이용객들의 주된", None, D5, [SM], "criticism"),
 ], ["재개장을 앞두고 새로운 매대 운영자 20명을 모집한다"]),
"hf-06-breaknews.txt": (M("광주시, 청년일자리 대책 마련 나선다", "2021-05-07T17:50+09:00", "이학수", "브레이크뉴스", "29"), ["lee-yong-seop"], [
  C("광주광역시가 청년일자리 대책 마련에 나선다", None, D6, [J, Y], "plan"),
  C("청년일자리 참여청년 및 기업 관계자 등 20명과 현장 간담회를 개최했다", None, D6, [J, Y], "statement"),
  C("청년들의 어려움을 현장에서 파악하고 지원책을 마련하기 위해", None, D6, [Y], "statement"),
  C("▲청년고용 우수기업 지원 ▲청년일자리 사업 지원기간 연장", None, D6, [J, Y], "statement"),
 ], ["이용섭 시장, 청년일자리 사업현장 방문…청년·기업과 간담회", "지역주도형 청년일자리 사업 보고에 이어",
     "청년일자리사업 추진사항을 보고 받은 뒤", "청년창업 지원사업 제2기 청년창", "청년기업의 제품을 살펴보고"]),
"hf-07-headlinejeju.txt": (M("원희룡 \"감귤 구조혁신, 농민 반발 예상됐지만 설득할 것\"", None, None, None, "50"), ["won-hee-ryong"], [
  C("\"예상됐던 부분\"이라며 농가를 설득해 나가겠다고 밝혔다", "won-hee-ryong", None, [AG], "plan"),
  C("이제 농가가 느슨해진 면이 있다", "won-hee-ryong", None, [AG], "criticism"),
  C("품질이 떨어지는 감귤은 산지에서부터 퇴출을 시켜", "won-hee-ryong", None, [AG], "statement"),
  C("이제 가공용 감귤도 저희가 줄여야 되겠다", "won-hee-ryong", None, [AG], "statement"),
  C("그나마 지금은 가공용 주스를 팔아서 농가", "won-hee-ryong", None, [AG], "statement"),
 ], ["꾸준히 토론하고 설득해서 방안 수립", "감귤 생산구조 혁신방안과 관련한 입장을 밝혔다", "감귤이 계속 위기를 맞고 있다", "과거에 감귤은 겨울철의 유일한 과일이었고 국민과일이었다"]),
"hf-08-joongdo.txt": (M(None, None, "임붕순", "중도일보", "44210"), ["lee-wan-seop"], [
  C("행복버스 운행 구간도 확대해 교통 소외 지역을 해소할 계획", "lee-wan-seop", None, [PT], "plan"),
  C("노인 일자리 확대, 저소득 어르신 바우처 지원 등으로 걱정 없는 복지 도시 구현에 적극 나서겠다", "lee-wan-seop", None, [W, J], "plan"),
  C("도시침수 대응사업과 배수체계 고도화 등 재난 대비를 강화하는 한편", "lee-wan-seop", None, [DS, "energy-transition", "climate-carbon"], "plan"),
 ], ["'만화개진(萬和開進)'을 제시하며", "행정의 중심에는 언제나 시민의 삶이 있어야 한다", "`대전·충남통합` 첫 단체장은 누구 손에?"]),
"hf-09-ikbc.txt": (M("윤장현 광주시장 “청년 일자리 극대화, 비상한 마음으로 임해야”", "2018-01-28T20:01+09:00", "박종하", "중앙통신뉴스", "29"), ["yoon-jang-hyun"], [
  C("광주광역시는 올해 30개 사업에 469억원의 재정을 투입해 청년일자리 2921개를 창출하고", None, D9, [J, Y], "target"),
  C("청년창업지원, 청년직접일자리 및 인력양성, 청년취업 지원 등 3개 분야에 걸쳐 이루어진다", None, D9, [J, Y, "startup-support"], "statement"),
  C("청년창업지원에는 9개 사업에 204억원을 투입해 310개의 청년 일자리를 만들 계획이며", None, D9, [J, Y, "startup-support"], "target"),
  C("청년취업 지원을 위해 20억원을 들여 대학일자리센터 운영을 지원하고", None, D9, [J, Y], "plan"),
  C("청년일자리 긴급 점검회의를 열어", None, D9m, [J, Y], "statement"),
  C("양질의 청년일자리 창출을 위해서는 민간부문의 참여가 절실하다는데 인식을 함께 하고", None, D9m, [J, Y], "plan"),
  C("광주형 일자리가 국가적 의제로 부상하고 광", "yoon-jang-hyun", D9m, [J], "statement"),
 ], ["광주시, 469억 투입 청년일자리 2921개 만든다", "청년 일자리 극대화, 비상한 마음으로 임해야"]),
}
if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, (meta, officials, claims, nots) in G.items():
        d = {"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": nots}
        (GOLD / f"{name}.json").write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(G), "files,", sum(len(v[2]) for v in G.values()), "claims")
