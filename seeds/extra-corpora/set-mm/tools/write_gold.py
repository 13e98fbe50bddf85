"""Writes gold/*.json for set-mm from the compact tables below (claims: quote, speaker, date, policies, kind)."""
import json
from pathlib import Path
G = {}
Y, N = "yoo-jeong-bok", None
G["mm-01-ajunews.txt"] = dict(
    metadata=dict(headline='유정복 인천시장, "전세 사기 피해 어려움 덜어드릴 방안 최대한 마련하겠다"', published="2023-04-20T05:00+09:00",
                  reporter=None, outlet=None, jurisdiction="28"),
    officials=[Y],
    claims=[
        ("전세 사기 피해 지원센터 개소와 실태 조사 등 대책을 마련해 오던 상황에서", Y, "2023-04-19", ["housing"], "statement"),
        ("어려움을 해소해 나가도록 최선의 노력을 다하겠다", Y, "2023-04-19", ["housing"], "plan"),
        ("정부 대책과 별개로 인천시 지원 방안에 대해 기자회견을 통해 다음과 같은 내용을 밝혔다", Y, "2023-04-19", ["housing"], "statement"),
        ("버팀목 전세자금 대출을 받은 피해자분들에게 2년간 이자 전액을 지원하고, 18세 이상 39세 이하 청년 비중이 높은데", Y, "2023-04-19", ["housing", "youth-policy"], "plan"),
        ("긴급 주거지원을 신청하신 피해자분들이 공공임대주택에 입주할 때 가구당 150만원 이상을 지원하고", Y, "2023-04-19", ["housing"], "plan"),
    ],
    not_claims=["유가족분들께도 깊은 위로의 말씀을 드린다", "유 시장, 인품자립준비 청년지원사업... 청년, 장애인 여러분 힘내십시오",
                "유정복 인천시장이 기자회견을 통해 버팀목 전세자금 대출을 받은 피해자분에게", "[사진=유정복 시장 페북 캡처]"])
P = "park-u-seop"
G["mm-02-shinmoongo.txt"] = dict(
    metadata=dict(headline="인천 남구, 청년 창업 희망스타트 사업 선정자와 협약 체결", published="2017-11-02T14:36+09:00",
                  reporter="현종열", outlet=None, jurisdiction="28170"),
    officials=[P],
    claims=[
        ("인천 남구는 지난 1일 청년 창업 희망스타트 지원 공모사업 선정자와 업무협약을 체결했다", N, "2017-11-01", ["startup-support", "youth-policy"], "achievement"),
        ("‘청년창업특화거리’로 조성, 변종유흥업소문제와 청년들의 일자리 문제를 동시에 해결하는 등", N, "2017-11-02", ["startup-support", "youth-policy", "jobs"], "statement"),
        ("지속가능한 청년일자리가 창출되는 계기가 되길 바란다", P, "2017-11-01", ["youth-policy", "jobs"], "plan"),
        ("한편 이번 선정된 사업은 11월 리모델링 및 준비기간을 거쳐 12월중 개소할 예정이다", N, "2017-11-02", ["startup-support", "youth-policy"], "plan"),
        ("구는 이번 시범운영을 거쳐 제운사거리 불법유흥업소를 대상으로 사업을 확대할 계획이다", N, "2017-11-02", ["startup-support", "youth-policy"], "plan"),
    ],
    not_claims=["공모 사업 선정자는 올해 대학을 졸업한", "이씨는 동네 사랑방 역할을 담당할 여름동사무소-인문학카페를 개설할 예정이며"])
YH = "yun-hwan"
D3 = "2024-04-03"
G["mm-03-joongdo.txt"] = dict(
    metadata=dict(headline="인천 계양구, 2024년 지역특화 관광축제 공모 선정", published="2024-04-03T16:55+09:00",
                  reporter="주관철", outlet="중도일보", jurisdiction="28245"),
    officials=[YH],
    claims=[
        ("인천 계양구는 올해 인천시가 주관한 '지역특화 관광축제 지원사업' 공모에 최종 선정됐다고 3일 밝혔다", N, D3, ["culture-tourism"], "achievement"),
        ("지역 특성을 반영한 시민 참여형 축제를 발굴·지원함으로써 지역관광 활성화를 도모하는 사업이다", N, D3, ["culture-tourism"], "statement"),
        ("앞서 계양구는 2022년, 2023년 2년 연속 공모에 선정돼", N, D3, ["culture-tourism"], "achievement"),
        ("빛 축제 구간을 계산역 일대 주부토로로 결정했다", N, D3, ["culture-tourism"], "achievement"),
        ("주·야간 모두 풍성한 볼거리를 제공해 '낮과 밤이 아름다운 도시, 계양'을 만든다는 계획이다", N, D3, ["culture-tourism"], "plan"),
        ("구민에게 더욱 풍성한 볼거리와 문화예술 향유의 기회를 제공할 계획이다", YH, D3, ["culture-tourism"], "plan"),
        ("계양의 문화·관광 인프라 확충을 통해 구민의 삶 증진과 지역경제 활성화에 최선을 다하겠다", YH, D3, ["culture-tourism"], "plan"),
    ],
    not_claims=["계양구민의 삶 증진과 지역경제 활성화에 최선", "3년 연속 공모 선정, 올해도 ‘계양 빛 축제’ 추진",
                "해당 구간은 계양산, 학교, 체육공원, 도서관, 박물관 등의 배후시장을 보유하고", "계양구청 전경 (3)"])
T = ["public-transit"]
G["mm-04-sumtoday.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="28720"),
    officials=["jang-jeong-min"],
    claims=[
        ("옹진군이 서해5도 주민들의 해상교통여건 개선을 위한 대형여객선 도입지원", N, None, T, "statement"),
        ("가장 사활을 걸고 추진하는 사업은 인천~백령항로 대형여객선 도입지원 사업이다", N, None, T, "statement"),
        ("초쾌속카페리선을 도입하여 운영하는 선사를 10년간 총100억 원을 지원하는 조항을 신설했다", N, None, T, "achievement"),
        ("옹진군은 지난해 2월 인천~백령항로 대형여객선 도입지원사업을 공고했으나 참여 선사가 없었다", N, None, T, "statement"),
        ("지원액을 100억원에서 120억원으로 증액 후 지난해 7월 사업을 재공고했으나", N, None, T, "statement"),
        ("인천~백령항로 대형여객선 도입지원사업의 추진방안을 마련할 예정이라고 설명했다", N, None, T, "plan"),
        ("옹진군은 중앙부처에 대형여객선 도입 지원사업에 대한 국비 지원을 지속적으로 건의하고 있으며", N, None, T, "statement"),
    ],
    not_claims=["2023년 5월 운항이 종료된다", "전 세계적인 코로나19 사태로 해운업계 전반의 경영사정 악화"])
L = "lee-chang-u"
G["mm-05-heraldcorp.txt"] = dict(
    metadata=dict(headline="[지금 구청은]임대주택, 청년공유주택 활용", published="2017-06-22T11:35+09:00",
                  reporter="한지숙", outlet="헤럴드경제", jurisdiction="11590"),
    officials=[L],
    claims=[
        ("LH공사 소유 매입임대주택 중 일부를 청년공유주택으로 활용한다고 22일 밝혔다", N, "2017-06-22", ["housing", "youth-policy"], "plan"),
        ("청년과 대학생을 대상으로 안정적인 임대주택 공급을 위한 다양한 사업을 추진할 계획이다", N, "2017-06-22", ["housing", "youth-policy"], "plan"),
    ],
    not_claims=["국내 최대 고시촌인 노량진 학원가와 3개 대학이 위치한 동작구는", "[지금 구청은]임대주택, 청년공유주택 활용"])
H = ["housing", "youth-policy"]
D6 = "2022-06-20"
G["mm-06-seoul.txt"] = dict(
    metadata=dict(headline="서울 ‘청년월세’ 지원받을 1인가구 2만명 모집", published="2022-06-21",
                  reporter="박재홍", outlet="서울신문", jurisdiction="11"),
    officials=[],
    claims=[
        ("청년들에게 월세를 지원하는 ‘청년월세’ 지원자 2만명을 모집한다고 20일 밝혔다", N, D6, H, "plan"),
        ("청년 1인가구 중 기준중위소득 150% 이하가 대상이다", N, D6, H, "statement"),
        ("오는 8월 말 최종 지원 대상이 선정되고 10월부터 지원이 시작된다", N, D6, H, "plan"),
        ("월세 60만원 이하 건물에 월세로 거주하는 무주택자여야 하며", N, D6, H, "statement"),
        ("지원자 신청은 오는 28일부터 열흘간 서울주거포털을 통해 할 수 있다", N, D6, H, "statement"),
    ],
    not_claims=["서울 어르신 놀이터 25개 모든 자치구에 조성", "해외 신용카드로 버스·지하철 탄다", "“성동구청장이 직접 ‘토허제’ 안내해요”",
                "‘국민행복민원실’ 국무총리 표창", "서울 ‘청년월세’ 지원받을 1인가구 2만명 모집"])
U, S = "yu-dong-gyun", ["smart-city"]
D7 = "2020-12-03"
G["mm-07-sijung.txt"] = dict(
    metadata=dict(headline="마포구, 12월부터 무료 공공와이파이 서비스", published="2020-12-03T13:00+09:00",
                  reporter="정수희", outlet="시정일보", jurisdiction="11440"),
    officials=[U],
    claims=[
        ("홍제천·불광천 전역에 공공와이파이(WiFi) 설치 사업을 추진한다", N, D7, S, "plan"),
        ("당초 구는 올해 서울시민 참여예산 사업으로", N, D7, ["smart-city", "citizen-participation"], "statement"),
        ("경의선숲길공원 전 구간(4.5km)을 서비스 지역에 포함, 확대키로 결정했다", N, D7, S, "achievement"),
        ("구간을 시작으로 무료 공공와이파이 서비스가 제공된다", N, D7, S, "plan"),
        ("이달 초 설치에 나서는 홍제천, 불광천 구간도 중순부터는 공공와이파이 서비스가 제공될 것으로 전망돼", N, D7, S, "plan"),
        ("구민이 많이 이용하는 장소를 중심으로 공공와이파이를 추가 설치할 계획이다", N, D7, S, "plan"),
        ("이에 대비해 구민의 통신 기본권을 보장할 수 있는 디지털 복지 확충에 더욱 힘을 쏟겠다", U, D7, S, "plan"),
    ],
    not_claims=["포스트코로나 시대는 비대면 온라인 활동이 증가하는 만큼 통신망 수요도 급증할 것으로 예상된다",
                "경의선숲길공원, 홍제천, 불광천 구간 대상", "내년 주요 도로, 버스정류장, 공원 등 확대"])
K = "kim-su-yeong"
G["mm-08-sisanews.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="11470"),
    officials=[K],
    claims=[
        ("‘서울시 스마트시티 테스트베드 특구지정 공모사업’ 복지환경 분야에 선정되어", N, None, S, "achievement"),
        ("신기술을 실제 생활현장 속 서비스에 적용하도록 하는 ‘생활현장 스마트시티 특구 조성 협약’을 체결하기도 했다", N, None,
         ["smart-city", "fourth-industrial-revolution"], "achievement"),
        ("4차 산업의 고도화된 기술로 도시문제를 해결하는 것이 바로 스마트시티라고 생각한다", K, None,
         ["smart-city", "fourth-industrial-revolution"], "statement"),
    ],
    not_claims=["도시 관리 행정력 절감 통해 구 특성에 맞는 복지, 환경 분야 등 집중",
                "현재 도시 관리에 쓰이고 있는 행정력을 절감해 주민들에게 높은 수준의 행정서비스를 제공하는 것이 바로 올바른 인적자원 배분이라고 생각한다",
                "이번 스마트시티 정책 언론사 좌담회는 지난 13일 서울시청 본관 3층 대회의실에서",
                "서울시 스마트시티 정책과 추진계획에 대해서 소개한 후 자유롭게 인터뷰 및 질의응답이 이어졌다"])
LS = "lee-seong"
G["mm-09-seoul.txt"] = dict(
    metadata=dict(headline=None, published="2016-03-18", reporter="최여경", outlet="서울신문", jurisdiction="11530"),
    officials=[LS],
    claims=[
        ("‘디지털 복지 강화’를 주장해 왔다", LS, "2016-03-18", S, "statement"),
        ("2018년까지 구 전역에 와이파이존을 조성하는 것을 목표로 지난해부터 와이파이 사업을 전개하고 있다", N, "2016-03-18", S, "statement"),
        ("마을버스 84대에 무료 와이파이망을 구축하고", N, "2016-03-18", S, "achievement"),
    ],
    not_claims=["박씨는 이날부터 오는 2018년 3월까지 와이파이 홍보대사로 활동하게 된다",
                "구는 17일 구청 본관 3층 르네상스홀에서 이성 구청장과 박씨가 참석한 가운데 위촉식을 열었다"])
out = Path(__file__).resolve().parent.parent / "gold"
out.mkdir(exist_ok=True)
for name, g in G.items():
    doc = {"article": name, "metadata": g["metadata"], "officials": g["officials"],
           "claims": [dict(quote=q, speaker=s, date=d, policies=p, kind=k) for q, s, d, p, k in g["claims"]],
           "not_claims": g["not_claims"]}
    (out / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(name, len(doc["claims"]))
