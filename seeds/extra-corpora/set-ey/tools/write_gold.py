"""Writes set-ey gold files (hand annotation, see GOLD_NOTES.md)."""
import json, pathlib
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
def M(h, pub, rep, out, jur):
    return dict(headline=h, published=pub, reporter=rep, outlet=out, jurisdiction=jur)
G = {}
UR = ["urban-regeneration"]
# ey-01 인천시 도시재생뉴딜 공모 신청 (2017-10-26)
D = "2017-10-26"
G["ey-01-ajunews.txt"] = dict(
    metadata=M("정부 공모 첫 도시재생뉴딜사업에 인천시 3곳 신청", "2017-10-26T09:30+09:00", None, None, "28"),
    officials=[],
    claims=[
        C("정부가 공모사업으로 추진할 첫 도시재생뉴딜사업의 인천지역 후보지들이다", None, D, UR, "statement"),
        C("이른바 도시재생 뉴딜정책을 천명했다", None, D, UR, "statement"),
        C("전국에 총70곳의 시범대상지를 12월중 결정할 계획이다", None, D, UR, "plan"),
        C("8곳의 도시재생 뉴딜사업 후보지 가운데 3곳을 11월말까지 선정할 예정이다", None, D, UR, "plan"),
        C("청년창업 융·복합센터건립과 주변 노후 주택가 주거환경 개선사업을 실시할 계획이다", None, D,
          UR + ["startup-support", "youth-policy"], "plan"),
        C("공공임대주택건설,노후주거지 개선사업,주민편의시설 조성등의 사업을 전개할 예정이다", None, D, UR + ["housing"], "plan"),
        C("이번 공모는 지역안배를 고려하지 않겠다는 것이 국토부의 방침", None, D, UR, "statement"),
    ],
    not_claims=["정부 공모 첫 도시재생뉴딜사업에 인천시 3곳 신청", "인천시가 국토부에 신청한 도시재생 뉴딜사업을 구체적으로 살펴보면",
                "▶부평굴포천 도시재생사업(중심시가지형)"])
# ey-02 서울 송파구 생활 속 미세먼지 줄이기 (2017-12-11)
D = "2017-12-11"
FD = ["fine-dust"]
G["ey-02-kmib.txt"] = dict(
    metadata=M("송파구, 주민이 나서 미세먼지 관리한다", "2017-12-11T22:39+09:00", "김유나", "국민일보", "11710"),
    officials=["park-chun-hui"],
    claims=[
        C("‘구민이 중심이 되는 생활 속 미세먼지 줄이기’ 운동을 펼치고 있다고 11일 밝혔다", None, D, FD, "statement"),
        C("23개 사업을 진행하는 ‘미세먼지 위기관리대응 종합계획’을 수립했다", None, D, FD, "achievement"),
        C("생활 속 미세먼지까지 관리 영역을 넓혔다", None, D, FD, "achievement"),
        C("‘송파구 미세먼지 줄이기 구민실천단’이 생겨났다", None, D, FD + ["citizen-participation"], "achievement"),
        C("실천단은 저감 활동과 캠페인, 교육 및 예방활동, 정책제안 등에 참여한다", None, D, FD + ["citizen-participation"], "statement"),
    ],
    not_claims=["송파구, 주민이 나서 미세먼지 관리한다"])
# ey-03 서울 동작구 청년창업지원센터 (2019-02-22)
D = "2019-02-22"
SY = ["startup-support", "youth-policy"]
G["ey-03-sijung.txt"] = dict(
    metadata=M("동작구, 창업을 꿈꾸는 청년들 위한 '청년창업지업센터' 본격 운영", "2019-02-22T17:35+09:00", "김해인", "시정일보", "11590"),
    officials=["lee-chang-u"],
    claims=[
        C("‘청년창업지원센터’ 개관식을 열고 본격적인 운영에 들어간다", None, D, SY, "plan"),
        C("연면적 220㎡ 규모로, 창업자가 업무에 집중 할 수 있도록", None, D, SY, "statement"),
        C("입주 사무실은 성장단계 청년 창업기업의 전용 사무공간으로 총 4개로 구성돼 있다", None, D, SY, "statement"),
        C("코워킹 스페이스에는 예비창업자 간 정보를 공유하고", None, D, SY, "statement"),
        C("창업보육 전담인력이 상주하며", None, D, SY, "plan"),
        C("관내 대학 등 지역자원을 적극 활용하여 창업 클러스터를 조성할 예정이며", None, D, ["startup-support"], "plan"),
    ],
    not_claims=["오는 27일 오후 3시 개관식 개최, 본격적인 운영에 들어가",
                "입주사무실, 코워킹 스페이스 등으로 공간 구성... 전담인력 상주하며 창업지원체계 구축",
                "청년창업지원센터 전경사진",
                "개관식에는 구청장을 비롯한 지역 국회의원, 시ㆍ구의원, 대학교 관계자, 지역주민이 참석해"])
# ey-04 서울 서초구 조은희 보육정책 자치단체장상 (2018-10-30)
J, D = "jo-eun-hui", "2018-10-30"
CB = ["childcare-birth"]
G["ey-04-twig24.txt"] = dict(
    metadata=M("조은희 서초구청장 ‘보육정책’ 자치단체장상", "2018-10-30T21:56+09:00", "주현진", "트윅", "11650"),
    officials=[J],
    claims=[
        C("여성친화정책은 ‘워킹맘’으로서 여성들이 처한 현실을 잘 알던 조 구청장의 ‘엄마행정’이 빚은 결실이다", None, D, CB, "achievement"),
        C("국공립어린이집을 지난 4년간 40곳을 추가해 72곳으로 늘렸으며", None, D, CB, "achievement"),
        C("손주돌보미 제도, 소득 수준에 상관없이 모든 출산가정에 산모돌보미를 파견하는 서초형 산모돌보미 제도 등도 벤치마킹 대상이 됐다",
          None, D, CB, "achievement"),
        C("이외에도 몰카보안관, 경력단절 여성을 위한 서초 나비코치아카데미", None, D, ["disaster-safety", "jobs"], "achievement"),
        C("앞으로도 서초다운 여성친화정책이 대한민국 표준이 되도록 더욱 노력하겠다", J, D, CB, "plan"),
    ],
    not_claims=["조은희 서초구청장 ‘보육정책’ 자치단체장상", "전국여성대회 우수지방자치단체장상"])
# ey-05 서울 은평구 2019 예산 (2019-02-13)
K, D = "kim-mi-gyeong", "2019-02-13"
G["ey-05-seoul.txt"] = dict(
    metadata=M("더불어 잘 사는 은평…청년에서 노인까지 맞춤형 일자리 창출", "2019-02-13T17:44+09:00", "정서린", "서울신문", "11380"),
    officials=[K],
    claims=[
        C("지난해는 유독 고용시장에서 심각하게 경고음이 울렸습니다", K, D, ["jobs"], "statement"),
        C("구에서도 세대를 아우르는 일자리를 만들어 내고", K, D, ["jobs"], "plan"),
        C("노인들의 일자리 창출과 사회활동 지원에 124억원, 청년 신규 일자리 창출에 5억 6000만원 등을 지원하며", None, D,
          ["jobs", "welfare", "youth-policy"], "plan"),
        C("불광2동 향림마을 도시재생뉴딜사업, 은평뉴타운 주차장 건립 부지 매입", None, D, UR, "statement"),
        C("복지·안전 분야에는 4004억여원의 예산을 들여", None, D, ["welfare", "disaster-safety"], "plan"),
    ],
    not_claims=["더불어 잘 사는 은평…청년에서 노인까지 맞춤형 일자리 창출",
                "12.8% 증액된 7430억원의 예산으로 지역의 고른 발전을 도모한다고 밝혔다",
                "취약한 도시 기반 시설을 늘리는 데도 932억원가량을 투입한다"])
# ey-06 인천 미추홀구 김정식 민선7기 반환점 (2020-07-01)
K, D = "kim-jeong-sik", "2020-07-01"
G["ey-06-kyeongin.txt"] = dict(
    metadata=M("[반환점 돈 민선7기, 기초단체장에게 듣는다·(3)]김정식 인천 미추홀구청장", "2020-07-01", "김성호", None, "28177"),
    officials=[K],
    claims=[
        C("그동안 구체적인 '현장 행정'을 펼치는 데 주력했다고 한다", K, D, ["citizen-participation"], "statement"),
        C("쾌적한 골목을 만들기 위해 노인 인력을 배치해 쓰레기 분리 배출을 돕고", None, D, ["disaster-safety", "jobs"], "achievement"),
        C("복지 사각지대를 찾는 '명예사회복지공무원' 제도는 구(區) 특색사업으로 자리를 잡았다", None, D, ["welfare"], "achievement"),
    ],
    not_claims=["현장 행정 '실천적 정책'이 해법… 골목까지 행복한 동네 더욱 매진", "안전·쾌적 다양한 골목사업 성과내",
                "이젠 주차난 해결·도시재생에 집중", "골목현장의 더 많은 이야기에 귀 기울이며 일하겠습니다",
                "필요한 정책을 만들어 내는 것과 그것이 현장에서 어떻게 실현되는지는 또 다른 문제",
                "김정식 구청장은 남은 임기도 현장에 집중할 계획이다"])
# ey-07 인천 연수구 고남석 3선 출마 선언 (2022-05-09)
K, D = "go-nam-seok", "2022-05-09"
G["ey-07-yeonsu.txt"] = dict(
    metadata=M("고남석 연수구청장, 3선 도전한다...\"연수 르네상스 개막\"", "2022-05-09T13:57+09:00", "서지수", None, "28185"),
    officials=[K],
    claims=[
        C("전 세계적 재난을 이겨내면서 기적과도 같은 희망을 만들었다", K, D, ["public-health"], "achievement"),
        C("코로나에 지친 주민을 위로하고자 한 베란다 음악회를 향한 주민들의 성원, 환경미화원 낮 시간 근무 실현, 송도 K-바이오랩 허브 유치",
          K, D, ["culture-tourism", "labor-relations", "medical-industry"], "achievement"),
        C("제5차 유네스코 학습도시 국제회의를 안전하게 열어 연수구가 아시아·태평양 평생학습 중심도시로서 저력을 보였고", K, D,
          ["education", "culture-tourism", "childcare-birth"], "achievement"),
    ],
    not_claims=["국제회의 유치·바이오허브 유치등 성과 거뒀지만 코로나로 인해 아쉬운점 많아",
                "고 구청장, 원도심과 송도 발전에 힘낼 것...시급한 현안 사항도 해결 위해 노력",
                "새로운 ‘연수 르네상스’를 열고자 3선 구청장에 도전한다"])
# ey-08 인천 옹진군 문경복 취임 3주년 회견 (undated)
K = "mun-gyeong-bok"
PT = ["public-transit"]
G["ey-08-news1.txt"] = dict(
    metadata=M("문경복 옹진군수 \"서해5도 지원금 지속 인상 추진…20만원 목표\"", None, "이시명", "뉴스1", "28720"),
    officials=[K],
    claims=[
        C("서해 5도 지원금 인상과 섬 주민 해상교통 서비스 개선을 추진한다", None, None, ["welfare", "public-transit"], "plan"),
        C("서해 5도 주민들의 정주 생활지원금 20만원 지급을 목표로 하고 있다", K, None, ["welfare"], "target"),
        C("지난 4년 연속 지원금을 인상해 현재는 거주기간 10년 이상 주민에겐 18만 원", K, None, ["welfare"], "achievement"),
        C("노선의 버스 통합환승제를 도입하고, 영흥면에 장애인 콜택시를 투입하는 등", K, None, PT + ["welfare"], "plan"),
        C("덕적도 섬 주민의 1일 생활권 보장을 위한 여객 선박을 이달 중 투입할 계획이다", None, None, PT, "plan"),
        C("이달 중 시험 운행을 마치면 선사와 협의해 해양수산부에 운항 면허를 취득할 계획", K, None, PT, "plan"),
        C("이 배가 출항하면 덕적도의 1일 생활권 보장이 가능해질 것", K, None, PT, "statement"),
        C("'여객선 대중교통화' 차원에 추진되고 있는 인천 바다 패스 도입과 관련한주민 불편에도 대응한다는 방침이다", None, None, PT, "plan"),
        C("올해 1분기 여객선 이용객은 전년 동기 대비 11% 늘고", None, None, PT, "statement"),
        C("관광객 증가로 주민 선표 예매 불편, 쓰레기 증가", None, None, ["culture-tourism", "public-transit"], "statement"),
        C("여객선 운임 할인 대신 지역 상품권 지급 등의 (과잉 관광) 해결 방안을 마련하기 위해 적극적으로 노력하고 있다", K, None,
          PT + ["culture-tourism", "small-merchants"], "statement"),
    ],
    not_claims=["문경복 옹진군수 \"서해5도 지원금 지속 인상 추진…20만원 목표\"", "\"덕적항로 여객선 이달 중 투입\"",
                "군민들이 의지하고 믿을 수 있는 든든한 군정을 펼치겠다"])
# ey-09 인천시 환경·안전분야 2022 주요업무계획 (undated)
P = "park-nam-chun"
CC = ["climate-carbon"]
G["ey-09-ifm.txt"] = dict(
    metadata=M("박남춘 시장 \"탄소중립은 누구도 피할 수 없는 시대적 과제\"", None, None, "경인방송", "28"),
    officials=[P],
    claims=[
        C("올해 공공부문 온실가스 감축 목표치를 전년 55.4%보다 1.6%p 높여 57%로 상향 조정했습니다", None, None, CC, "target"),
        C("주요업무계획 보고회에서 이같은 방침을 정했다고 밝혔습니다", None, None, CC, "statement"),
        C("△탄소중립 대전환 인프라 구축", None, None, CC, "plan"),
        C("'강소연구개발특구 조성'에 인천에코사이언스파크가 선정될 수 있도록 행정력을 집중하기로 했습니다", None, None,
          ["research-development"], "plan"),
        C("환경산업 융·복합 기술사업화 거점을 만든다는 계획입니다", None, None, ["research-development"], "plan"),
        C("2030년까지 민간·공공분야 신재생에너지 보급 사업을 확대하고", None, None, ["energy-transition", "climate-carbon"], "plan"),
        C("수소차 552대, 전기차 1만850대 등을 추가로 확대·보급하고", None, None,
          ["future-vehicles", "energy-transition", "fine-dust", "climate-carbon"], "target"),
        C("탄소중립을 위한 자원순환정책 대전환은 그 누구도 피해갈 수 없는 시대적 과제", P, None, CC, "statement"),
        C("재생에너지와 갯벌 등 환경을 인천의 성장동력으로 키워가는", P, None, ["energy-transition"], "plan"),
    ],
    not_claims=["박남춘 시장 \"탄소중립은 누구도 피할 수 없는 시대적 과제\"", "매연을 내뿜는 공장 / <사진 = 경인방송 DB>"])

if __name__ == "__main__":
    out = pathlib.Path(__file__).resolve().parent.parent / "gold"
    out.mkdir(exist_ok=True)
    n = 0
    for name, g in G.items():
        doc = {"article": name, **g}
        (out / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        n += len(g["claims"])
        print(name, len(g["claims"]))
    print("total", n)
