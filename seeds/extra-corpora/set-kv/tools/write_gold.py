"""Writes gold/*.json for set-kv (hand annotation; claims as (quote, speaker, date, policies, kind[, speaker_name]))."""
import json, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
os.makedirs(D, exist_ok=True)
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
G = {}
d = "2024-02-28"; y = "yuk-dong-han"
G["kv-01-kmib.txt"] = ({"headline": "춘천시·레고랜드 지역축제 활성화 맞손", "published": "2024-02-28T17:02+09:00", "reporter": "서승진", "outlet": "국민일보", "jurisdiction": "51110"}, [y], [
 C("지역축제 활성화를 위해 손을 맞잡았다", None, d, ["culture-tourism"], "achievement"),
 C("28일 지역축제 및 관광 활성화를 위한 업무협약(사진)을 체결했다", None, d, ["culture-tourism"], "achievement"),
 C("5만4000㎡ 부지를 축제장으로 무상으로 제공하기로 했다", None, d, ["culture-tourism"], "plan"),
 C("지역 축제 활성화와 관광산업 발전을 도모해 나갈 방침이다", None, d, ["culture-tourism"], "plan"),
 C("시는 대규모 축제를 개최할 때 부지확보에 어려움을 겪었고", None, d, ["culture-tourism"], "statement"),
 C("5월 말 예정된 춘천마임축제가 레고랜드 주차장에서 열린다", None, d, ["culture-tourism"], "plan"),
 C("이 기간 예정된 문화도시박람회 및 국제콘퍼런스도 함께 이곳에서 열리게 된다", None, d, ["culture-tourism"], "plan"),
 C("6월 막국수닭갈비축제와 하반기 반려동물 페스티벌 등의 축제도 레고랜드 주차장에서 개최된다", None, d, ["culture-tourism"], "plan"),
 C("상생의 차원에서 부지를 제공하게 됐다", None, d, ["culture-tourism"], "statement", "이순규"),
 C("춘천시가 1000만 관광도시를 이루는 데 글로벌 어린이 테마파크가 큰 역할을 할 것으로 기대한다", y, d, ["culture-tourism"], "target"),
], ["제공 부지는 현재 활용 중인 레고랜드 주차장 부지 가운데 빈 곳으로 남아있는 곳이다", "시너지 효과를 거두는 우수 사례가 되도록 하겠다"])
d = "2025-12-31"; k = "kim-gyeong-il"
G["kv-02-asiae.txt"] = ({"headline": None, "published": "2025-12-31", "reporter": None, "outlet": None, "jurisdiction": "41480"}, [k], [
 C("올해 지역화폐 활성화와 더불어 지역공공 설립 추진", k, d, ["small-merchants"], "plan"),
 C("중소기업 RE100 지원을 위한 재생에너지 생산기지 조성과 청소년 교통비 지원 확대, 시립요양원 건립 추진", k, d, ["energy-transition", "public-transit", "welfare"], "plan"),
 C("경제자유구역과 평화경제특구 지정을 지속 추진하고 파주메디컬클러스터 조성 사업을 더욱 가속화하여", k, d, ["investment-attraction", "medical-industry"], "plan"),
 C("종합병원 유치를 신속히 마무리하고", k, d, ["public-health"], "plan"),
], ["문화와 생태가 숨 쉬는 '휴양 메카' 조성", "100만 자족도시 위한 ‘경제·교통’ 대전환", "'100만 자족도시 파주'를 향한 거침없는 행보를 예고했다", "'대한민국 기본사회 선도도시 건설'을 첫 번째 목표로 제시했다", "'100만 자족도시 신속 진입' 전략도 구체화됐다"])
d = "2024-04-02"; s = "shin-sang-jin"
G["kv-03-ajunews.txt"] = ({"headline": "신상진 성남시장 \"산단 기업과의 협업하에 성남 산업 발전에 밑거름될 것\"", "published": "2024-04-02T14:08+09:00", "reporter": None, "outlet": None, "jurisdiction": "41130"}, [s], [
 C("하이테크밸리 성남창업센터는 산단 기업과의 협업하에 성남 산업 발전에 밑거름이 될 것", s, d, ["startup-support"], "statement"),
 C("하이테크밸리 성남창업센터 개소식을 열고 이 같은 입장을 내비쳤다", None, d, ["startup-support"], "achievement"),
 C("관내 예비창업자와 창업기업인이 성남시의 공개모집 절차를 밟아", s, d, ["startup-support"], "statement"),
 C("판교2밸리(357㎡), 위례(380㎡)에 이어 3번째라는 점이 눈에 띈다", None, d, ["startup-support"], "statement"),
 C("센터는 LH로부터 30년간 무상임대해 운영되며", None, d, ["startup-support"], "statement"),
 C("이번 센터까지 8개의 성남창업센터를 구축해 운영중이다", None, d, ["startup-support"], "achievement"),
], ["개소식은 신 시장, 오동근 LH 경기남부지역본부 주거복지사업처장", "하이테크밸리는 성남시와 함께 시작돼 발전해 왔고"])
e = "2025-08-29"; p = "2025-09-01"; kd = "kim-deok-hyeon"
G["kv-04-asiae.txt"] = ({"headline": "'행정안전부-인구감소지역 정책간담회' 참석", "published": "2025-09-01", "reporter": None, "outlet": None, "jurisdiction": "41800"}, [kd], [
 C("기회발전특구 신청을 위한 수도권 지침을 조속히 마련해 줄 것을 요구했다", kd, e, ["decentralization", "investment-attraction"], "statement"),
 C("지방소멸대응기금 확대 등 주요 정부 정책 공유 등", None, e, ["decentralization"], "statement"),
 C("지방소멸대응기금의 경상비 지원 등 자율성 확대, 인구감소지역 재지정 등", None, e, ["decentralization"], "statement"),
 C("범정부 차원의 지방소멸 대응 정책에서 소외되지 않도록 행안부가 정책적 연계성을 유지해 줄 것을 당부드린다", kd, p, ["decentralization"], "statement"),
 C("올해 안에 연천군도 기회발전특구를 신청할 수 있도록", kd, p, ["decentralization", "investment-attraction"], "plan"),
], ["행안부에 지역 주요 현안을 건의했다고 1일 밝혔다", "행안부에 지역 주요 현안을 건의하고 있다. 연천군 제공"])
e = "2025-06-18"; p = "2025-06-19"
G["kv-05-pressna.txt"] = ({"headline": "안산시, 외국인주민 및 다문화가족 지원 활성화 방안 논의", "published": "2025-06-19T12:03+09:00", "reporter": "장현준", "outlet": "프레스뉴스", "jurisdiction": "41270"}, ["lee-min-geun"], [
 C("제1차 정기회의를 진행했다고 19일 밝혔다", None, e, ["welfare"], "statement"),
 C("지역사회 정착과 권익 증진을 위한 회의를 연 2회 개최하고 있다", None, p, ["welfare"], "statement"),
 C("올해 상반기에 추진한 외국인주민 지원사업을 점검하고", None, e, ["welfare"], "statement"),
 C("또한 외국인주민 및 다문화가족 지원을 위한 협력 방안에 대해 논의하는 시간도 마련됐다", None, e, ["welfare"], "statement"),
 C("세계인의 어울림한마당 행사 개최 등의 사업을 추진한 바 있다", None, p, ["welfare"], "achievement"),
 C("로컬디자인 연계프로그램 운영 등의 지원사업을 이어갈 계획이다", None, p, ["welfare"], "plan"),
 C("대한민국 최초 외국인 지원 전담 부서를 설치한 지 20주년", None, p, ["welfare"], "achievement", "이억배"),
], ["▲지난 18일 외국인주민지원본부 다목적실에서"])
d = "2003-06-18"
G["kv-06-donga.txt"] = ({"headline": "[강원]원주, 의료기기산업 메카 부상", "published": "2003-06-18T23:03+09:00", "reporter": "최창순", "outlet": "동아일보", "jurisdiction": "42130"}, [], [
 C("강원 원주시가 의료기기 산업의 신(新) 중심으로 변신한다", None, d, ["medical-industry"], "statement"),
 C("‘의료기기 산업 진흥센터’ 준공식을 가졌다", None, d, ["medical-industry"], "achievement"),
 C("국비와 도비 등 120억원의 사업비를 투자, 지난 2001년 착공해", None, d, ["medical-industry", "startup-support"], "statement"),
 C("의료기기 생산 공장시설을 확장하는 기념식이 열렸다", None, d, ["medical-industry"], "achievement"),
 C("국 도비 84억원이 투자돼 이날 준공된 의료기기 생산 공장은", None, d, ["medical-industry"], "achievement"),
 C("강원도의 3각 테크노밸리 사업의 하나로 97년부터 추진됐다", None, d, ["medical-industry"], "statement"),
 C("현재는 32개 업체가 입주해 지난해 341억원을 매출", None, d, ["medical-industry"], "achievement"),
 C("6500억원의 매출과 1600명의 고용증대가 이뤄질 것으로 전망돼", None, d, ["medical-industry", "jobs"], "target"),
 C("의료기기 산업 중점 육성대상 도시로 선정돼", None, d, ["medical-industry"], "achievement"),
], [])
d = "2023-01-01"; g = "sim-gyu-eon"
G["kv-07-nspna.txt"] = ({"headline": "심규언 동해시장 “2023년 계묘년, 우리에게 다시 없을 기회”", "published": "2023-01-03T09:51+09:00", "reporter": "조이호", "outlet": "NSP통신", "jurisdiction": "42170"}, [g], [
 C("강원도란 이름에서 특별자치도라는 변화가 찾아와 역사적인 변환점을 맞이하게 된다", g, d, ["decentralization"], "statement"),
 C("역사적 전환점을 우리 동해시와 어떻게 접목해", g, d, ["decentralization"], "statement"),
 C("6가지의 구체적인 실행목표를 정했다", g, d, ["decentralization", "jobs", "culture-tourism", "education", "welfare", "disaster-safety"], "plan"),
], ["새해는 우리에게 다시 없을 기회가 찾아온다", "중요한 것은 계획이 얼마나 거창한가가 아니라"])
G["kv-08-ajunews.txt"] = ({"headline": None, "published": None, "reporter": None, "outlet": "아주경제", "jurisdiction": "41800"}, ["kim-gyu-seon"], [
 C("인구의 고령화와 저 출산 등으로 계속되는 인구감소로", None, None, ["childcare-birth"], "statement"),
 C("신생아 출산 축하금 둘째 200만원, 셋째이상 500만원을 지급하고", None, None, ["childcare-birth", "public-health", "education"], "plan"),
 C("귀농인 귀농시 최대 1,940만원까지 지원하고", None, None, ["childcare-birth", "agriculture"], "plan"),
], ["“인구 5만명 회복”이 가능할 것으로 내다보고 있다", "2월말 현재 연천군 인구가 4만5215명으로 집계됐다고 밝혔다", "중첩규제로 인구가 지속적으로 감소하다 보니", "인구유입시책 홍보 및 추진에 최선을 다할 것을 당부"])
G["kv-09-nspna.txt"] = ({"headline": None, "published": None, "reporter": "조이호", "outlet": "NSP통신", "jurisdiction": "51230"}, ["park-sang-su"], [
 C("‘삼척시 수소경제위원’ 위촉식을 열고 위원들에게 위촉장을 수여했다", None, None, ["energy-transition"], "achievement"),
 C("삼척시 수소경제위원회는 위원장인 최종훈 삼척시 부시장을 포함해", None, None, ["energy-transition"], "statement"),
 C("수소산업 육성에 관한 사항을 심의·조정하는 역할을 하게 된다", None, None, ["energy-transition"], "statement"),
 C("‘청정수소드림시티’를 시정비전으로 제시하고 수소산업 육성에 역량을 집중하고 있다", None, None, ["energy-transition"], "statement"),
 C("‘삼척시 수소산업 육성 및 지원에 관한 조례’를 제정해 제도적 기반을 마련했고", None, None, ["energy-transition"], "achievement"),
 C("제1호인 수소 시내버스 시승식을 열고 이번 달부터 운행에 들어갈 예정이다", None, None, ["energy-transition", "public-transit", "future-vehicles"], "plan"),
 C("기업체 유치를 통한 일자리 마련을 위해 수소특화 산업단지 조성사업", None, None, ["energy-transition", "investment-attraction", "jobs", "research-development"], "statement"),
 C("민선 8기 핵심 공약사업인 수소산업 활성화를 위해 수소경제위원회가 중요한 역할을 해주길 바란다", None, None, ["energy-transition"], "statement"),
], [])
for f, (m, o, c, n) in G.items():
    json.dump({"article": f, "metadata": m, "officials": o, "claims": c, "not_claims": n},
              open(os.path.join(D, f + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f, len(c))
