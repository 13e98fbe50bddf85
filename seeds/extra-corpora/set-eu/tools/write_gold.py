"""Write set-eu's gold files (hand annotation). C(quote, speaker, date, policies, kind[, speaker_name])."""
import json
from pathlib import Path

def C(q, sp, d, pol, kind, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": kind}
    if name:
        c["speaker_name"] = name
    return c

def M(h, p, r, o, j):
    return {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j}

UR, CT, SM = "urban-regeneration", "culture-tourism", "small-merchants"
G = {}

d = "2019-04-15"
G["eu-01-kmib.txt"] = dict(
    metadata=M("인천 중심시가지형 도시재생사업 첫발", "2019-04-15T21:52+09:00", "정창교", "국민일보", "28"),
    officials=[],
    claims=[
        C("인천시는 중심시가지형 도시재생사업 추진을 위해 석남동 거북시장 인근에 현장지원센터의 문을 열었다고 15일 밝혔다", None, d, [UR], "achievement"),
        C("총 사업비 1779억원이 투입돼 2023년도에 완료할 예정이다", None, d, [UR], "plan"),
        C("가정·석남동 주변 도시재생사업은 인천이 발전할 수 있는 성장 동력으로 원도심 지역에 큰 희망을 줄 것", None, d, [UR], "statement", "최태안"),
        C("중심시가지형 재생사업은 무엇보다도 주민들의 적극적인 참여와 소통 및 지역경제 활성화에 무게를 둬야 한다", None, d, [UR], "plan", "이학재, 김종인"),
        C("가정동 및 석남동 주변 사업구역 내에서 중심시가지형 도시재생뉴딜사업을 추진 중이다", None, d, [UR], "statement"),
        C("현장 전문가 육성을 위한 도시재생대학도 운영 중이다", None, d, [UR], "statement"),
    ],
    not_claims=["인천 중심시가지형 도시재생사업 첫발", "도시재상사업 위치도",
                "지역주민들은 주민과 상생 협력을 위해 출범한 현장지원센터의 역할을 기대했다"],
)

d1, d0 = "2022-05-12", "2022-05-13"
P = "park-nam-chun"
G["eu-02-kmib.txt"] = dict(
    metadata=M("박남춘 민주당 후보 “이음경제 100조 도시 완성”", "2022-05-13T04:05+09:00", None, "국민일보", "28"),
    officials=[P, "yoo-jeong-bok"],
    claims=[
        C("‘이음경제 100조원 도시’를 대표공약으로 제시했다", P, d1, [SM], "plan"),
        C("지역화폐인 이음카드를 성공시킨 경험을 바탕으로 지역 공공금융플랫폼인 인천 이음뱅크를 설립하겠다", P, d1, [SM], "plan"),
        C("이를 통해 지역경제 선순환 규모를 100조원까지 키울 것", P, d1, [SM], "target"),
        C("그는 재선이 되면 즉시 ‘이음경제 100조 시대’ 실행을 위해 TF팀을 가동하겠다고 했다", P, d1, [SM], "plan"),
        C("인천 이음카드는 가입자 수만 231만199명으로, 결제액 규모는 10조4942억원으로 파악됐다", None, d0, [SM], "achievement"),
        C("인기 비결은 캐시백 10%였다", None, d0, [SM], "statement"),
        C("인천 안에서의 경제 선순환 규모를 100조원까지 키운다는 게 박 후보 구상이다", P, d1, [SM], "target"),
        C("지난 4년간 성과가 이음카드를 통한 지역경제 선순환이었던 만큼", P, d1, [SM], "achievement"),
        C("인천 전역을 거미줄 순환 교통망으로 잇고 복합역세상권을 조성해", P, d1, ["public-transit"], "plan"),
    ],
    not_claims=["박남춘 민주당 후보 “이음경제 100조 도시 완성”",
                "‘돌봄 특별도시’ 카드로 최초의 여성 인천시장에 도전장을 낸 이정미 전 정의당 대표의 3파전으로 치러진다",
                "앞으로 민선 8기 인천시의 재정은 경제 활성화에 최우선적으로 투입돼야 한다",
                "코로나19로 지역 경제가 큰 타격을 입었다"],
)

CC, EN, CPn = "climate-carbon", "energy-transition", "citizen-participation"
G["eu-03-safetimes.txt"] = dict(
    metadata=M(None, None, None, None, "11350"),
    officials=[],
    claims=[
        C("서울 노원구는 '탄소중립도시 노원'을 향해 본격적으로 나선다", None, None, [CC], "plan"),
        C("'2050 탄소중립도시 추진계획'을 수립했다고 9일 밝혔다", None, None, [CC], "achievement"),
        C("추진계획의 핵심 전략은 '노원 탄소중립 2050 구민회의'를 중심으로 하는 구민참여 사업과", None, None, [CC, CPn], "statement"),
        C("탄소중립 리더 100여명으로 구성된 구민회의를 구성한다", None, None, [CC, CPn], "plan"),
        C("구민회의에서는 시민사회단체, 종교·교육 기관, 지역상공인단체, 주민자치 기구 등", None, None, [CC, CPn], "plan"),
        C("선도적으로 탄소중립형 재건축 추진 모델을 제시하고 제로에너지건물(ZEB) 인증 설계와 컨설팅 지원 등 탄소중립형 주거단지를 조성한다", None, None, [CC, EN], "plan"),
        C("RE100 캠페인과 에너지 효율 개선사업, 공동주택의 노원형 태양광발전소 보급 확대도 눈에 띈다", None, None, [EN], "plan"),
        C("건물분야의 에너지 전환과 효율 개선에 초점을 맞췄다", None, None, [CC, EN], "statement"),
        C("생활경제-문화-청년 일자리를 연계한 전기차 선도도시 조성", None, None, ["future-vehicles", "jobs", "youth-policy", CC], "plan"),
        C("'노원구 2050 탄소중립녹색성장위원회'에서 이 추진계획을 심의", None, None, [CC], "statement"),
    ],
    not_claims=["구는 30년 이상 경과된 아파트가 올해로 55개 단지, 7만4000여 세대로 서울시 자치구 중 가장 많다"],
)

L, d = "lee-jae-ho", "2024-01-07"
G["eu-04-viva100.txt"] = dict(
    metadata=M("[신년사] 이재호 연수구청장“구민의 행복한 내일”을 위해 현장에서 답 찾겠다", "2024-01-07T11:19+09:00", None, None, "28185"),
    officials=[L],
    claims=[
        C("‘원도심 재생 New 마스터플랜’을 완성해 도시 개발 추진의 기틀을 마련했다고 밝혔다", L, d, [UR], "achievement"),
        C("노후계획도시 정비를 전담하는 ‘도시재창조지원팀’을 신설해", L, d, [UR], "achievement"),
        C("이는 원도심 개발이 연수구 전체의 지역 발전을 견인하고", L, d, [UR], "statement"),
    ],
    not_claims=["안전하고 탄탄한 도시기반을 구축해 구민들께 행복을 드리겠다",
                "민선8기 원년은 회복과 균형에 집중했다고 밝혔다",
                "재정건전성 최우수 지자체로 평가받은 것은",
                "구민 모두가 누릴 수 있는 ‘균형’ 있는 정책을 마련해 나갈 것이라고 했다"],
)

O, d, W = "oh-se-hoon", "2022-07-01", "welfare"
G["eu-05-mt.txt"] = dict(
    metadata=M("취임 첫날부터 쪽방촌 달려간 오세훈..'약자와의 동행' 약속 지킨다", "2022-07-01T16:08+09:00", "김지현, 기성훈", "머니투데이", "11"),
    officials=[O],
    claims=[
        C("첫 번째로 '약자 동행 서울특별시'를 만들겠다고고 강조하고, 첫 민생 행보로 창신동 쪽방촌을 찾아 노숙인·주민들을 위한 지원책을 발표했다", O, d, [W], "plan"),
        C("'약자와의 동행'은 오 시장이 '6·1 지방선거' 기간 내내 강조했던 키워드다", None, d, [W], "statement"),
        C("오 시장은 취임사에서 '약자 동행 서울시'를 최우선적으로 꼽았다", O, d, [W], "plan"),
        C("약자와의 동행은 정치적 구호가 아닌, 제가 서울시장으로서 존재하는 이유이자, 평생의 과업", O, d, [W], "statement"),
        C("약자와의 동행은 우리 사회 양극화를 해소하고 서울의 도시경쟁력을 높이기 위한 필수과제", O, d, [W], "statement"),
        C("하후상박형 복지시스템 '안심소득'", O, d, [W, "education", "housing", "public-health"], "plan"),
        C("수치로 보여줄 수 있는 '약자 동행지수'를 개발해", O, d, [W], "plan"),
    ],
    not_claims=["(상보)취임식 전후로 '약자와의 동행' 강조",
                "\"약자와의 동행은 평생의 과업입니다.\"",
                "'최초 4선' 오세훈 서울시장이 임기 첫날부터 약속 이행에 나섰다",
                "집중호우로 인한 피해 대비를 이유로 취임식을 취소했다",
                "첫 일정으로 방문한 서울 종로구 창신동 쪽방촌에서 주민과 대화하고 있다"],
)

H, d, CB = "lee-hae-sik", "2016-05-19", "childcare-birth"
G["eu-06-newsis.txt"] = dict(
    metadata=M("강동구, 저출산 문제 선제대응", "2016-05-19T15:34:05+09:00", "임재희", "뉴시스", "11740"),
    officials=[H],
    claims=[
        C("저출산으로 인한 인구감소 문제 대응을 위해 '저출산대책 협의회'를 운영한다고 19일 밝혔다", None, d, [CB], "plan"),
        C("구는 협의회 운영 근거를 마련하고 지난 17일 위촉식과 정책협의를 위한 협의회를 개최했다", None, "2016-05-17", [CB], "achievement"),
        C("협의회는 위원장인 부구청장을 포함해", None, d, [CB], "statement"),
        C("이들은 ▲저출산 대책사업 평가 및 자문", None, d, [CB], "statement"),
        C("지역 차원의 작은 노력들이 모여 저출산 해결을 위한 변화의 물결이 일어날 수 있을 것", H, d, [CB], "statement"),
        C("다양한 분야 의견을 통해 강동구 저출산 정책이 발전할 수 있기를 바란다", H, d, [CB], "statement"),
        C("한편 강동구 출산율은 2014년 기준 1.039로 서울시 25개 자치구 중 4번째로 높다", None, d, [CB], "statement"),
        C("다만 출생아수는 지난해 3824명으로 2011년 이후 감소 추세다", None, d, [CB], "statement"),
    ],
    not_claims=["강동구, 저출산 문제 선제대응", "많이 본 기사"],
)

J = "lee-dong-jin"
G["eu-07-sijung.txt"] = dict(
    metadata=M("이동진 도봉구청장, 전통시장 찾은 까닭은?", "2020-01-14T13:40+09:00", "김소연", "시정일보", "11320"),
    officials=[J],
    claims=[
        C("지역 상권의 중심인 전통시장 이용을 홍보하고, 각 시장 상인회에는 제로페이 가맹점 가입 및 이용 활성화에 적극 동참해 줄 것을 당부했다", J, "2020-01-13", [SM], "plan"),
        C("저렴하고 정 넘치는 지역의 전통시장에서 따뜻한 명절을 준비해 지역경제가 성장할 수 있도록 노력해 달라", J, "2020-01-14", [SM], "plan"),
        C("도봉구에서도 지역이 함께 사는 전통시장 활성화를 위해서 노력을 아끼지 않겠다", J, "2020-01-14", [SM], "plan"),
    ],
    not_claims=["지난 13일 이동진 도봉구청장이 신창시장에서 설명절 제수용품을 구매하고 있다",
                "지역 내 전통시장을 찾아 시장상인들의 애로사항을 듣고, 주민들과 만나는 시간을 갖는다",
                "온누리상품권으로 곶감, 전, 과일 등 제수용품을 직접 구입하고",
                "14일에는 쌍문시장, 백운시장, 쌍문역 인근의 상점가를 방문해 상인과 주민들을 만날 예정이다"],
)

Y = "lee-yeong-hun"
G["eu-08-incheontoday.txt"] = dict(
    metadata=M(None, None, "김도윤", "인천투데이", "28177"),
    officials=[Y],
    claims=[
        C("2024년 새해를 앞두고 발표한 신년사에서 원도심 발전을 강조했다", Y, None, [UR], "plan"),
        C("원도심 재개발 성과를 설명했다", Y, None, [UR, CT], "achievement"),
        C("감염병 예방 24시간 상시 대응 시스템 유지, 건강체력증진센터 운영, 다양한 축제와 행사", Y, None, ["public-health", CT], "plan"),
        C("무상교육 지원, 노인·장애인 대상 일자리 제공, 육아종합지원센터 운영으로 복지 도시를 실현하겠다", Y, None, ["education", "jobs", "welfare", CB], "plan"),
        C("수요자 중심의 일자리정책 추진, 일자리지원센터 운영과 채용박람회 등 맞춤형 취업지원서비스를 제공하겠다", Y, None, ["jobs"], "plan"),
        C("‘동 중심 민원종합책임제’를 정착시켜 민관 협치 행정을 강화하겠다", Y, None, [CPn], "plan"),
    ],
    not_claims=["29일 신년사에서 \"주민이 행복한 미추홀구 만들 것\"",
                "새해 응변창신의 자세로 오직 주민 행복과 풍요로운 삶을 위해 구정 운영에 박차를 가하겠다",
                "이영훈 미추홀구청장.(사진제공 미추홀구)"],
)

G["eu-09-ilyo.txt"] = dict(
    metadata=M(None, None, "박창식", "일요신문", "28720"),
    officials=["jo-yun-gil"],
    claims=[
        C("서해5도 방문의 해 지원사업이 관광객에게 혜택을 주고 지역경제 활성화에 좋은 사업임에도 불구하고 중단될 위기에 놓였다", None, None, [CT], "statement"),
        C("여객선 정상요금 50%를 지원해 관광 및 지역 경제를 활성화하고자 시행하는 사업이다", None, None, [CT], "statement"),
        C("2016년도부터는 인천시의 보조금 지원이 중단돼", None, None, [CT], "statement"),
        C("서해5도 방문의 해 지원사업의 지속적인 추진에 대한 찬성의견이 35%", None, None, [CT], "statement"),
        C("섬 관광활성화를 위한 프로젝트를 준비하고 있는 인천시에 보조금 지원에 대해 지속 건의할 예정", None, None, [CT], "plan"),
        C("옹진 섬 접근성을 확보하고 개선사항을 재검토해 서비스 품질이 더욱 향상된 다시 찾고 싶은 옹진섬이 될 수 있도록 노력하겠다", None, None, [CT], "plan"),
    ],
    not_claims=["사진제공=옹진군"],
)

if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "gold"
    out.mkdir(exist_ok=True)
    total = 0
    for name, g in G.items():
        doc = {"article": name, **g}
        (out / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(g["claims"])
        print(name, len(g["claims"]))
    print("total", total)
