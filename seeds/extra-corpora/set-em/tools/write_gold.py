"""Write set-em's gold files (hand annotation; one dict per article)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


OH, KYJ, KGS, CJT = "oh-se-hoon", "kim-yeong-jong", "kim-gil-seong", "cha-jun-taek"
KJH, PJH, LYH, KBS = "kim-jeong-heon", "park-jong-hyo", "lee-yeong-hun", "kang-beom-seok"
D1 = "2022-07-01"
D4 = "2025-11-16"
D5 = "2018-07-02"
D8 = "2018-10-25"

ARTICLES = {
"em-01-imbc.txt": dict(
    metadata={"headline": "오세훈 4년 임기 시작‥\"'약자와의 동행' 평생의 과업으로 삼을 것\"",
              "published": "2022-07-01T11:23+09:00", "reporter": "이동경", "outlet": None, "jurisdiction": "11"},
    officials=[OH],
    claims=[
        c("정치적 구호가 아닌, 서울시장으로서 존재하는 이유이자 평생의 과업으로 삼겠다", OH, D1, ["welfare"], "plan"),
        c("약자와의 동행은 우리 사회의 양극화를 해소하고 서울의 도시경쟁력을 높이기 위한 필수과제", OH, D1, ["welfare"], "statement"),
        c("앞으로 서울시의 모든 정책은 이를 최우선으로 하여 어렵고 소외된 분들에게 더 혜택이 돌아가도록 하겠다", OH, D1, ["welfare"], "plan"),
        c("개발해 정책 수립과 예산집행 단계부터 반영하겠다", OH, D1, ["welfare"], "plan"),
        c("재개발·재건축을 정상화해 주택시장을 안정화하겠다", OH, D1, ["housing"], "plan"),
        c("모든 정책 수단을 구사해 신규주택을 최대한 공급하겠다", OH, D1, ["housing"], "plan"),
        c("연령대별 맞춤형 보육정책 수립과 구도심 개발", OH, D1, ["childcare-birth", "urban-regeneration"], "plan"),
    ],
    not_claims=["평생의 과업으로 삼을 것", "취임사를 통해 이 같이 밝혔습니다"]),
"em-02-nocutnews.txt": dict(
    metadata={"headline": "종로구 '스마트도시' 가속화…주민 삶의 질 높인다",
              "published": None, "reporter": None, "outlet": None, "jurisdiction": "11110"},
    officials=[KYJ],
    claims=[
        c("지난 1일자로 스마트도시과를 신설하고 스마트도시 조성을 통해 주민 삶의 질을 높이고", None, None, ["smart-city"], "plan"),
        c("스마트도시 구현과 함께 도시의 지속가능성을 제고하고 신산업 육성을 전담하게 된다", None, None, ["smart-city"], "statement"),
        c("스마트정책팀은 스마트도시 신사업 발굴과 관련 계획 수립", None, None, ["smart-city"], "statement"),
        c("기반시설구축팀은 공공와이파이 확충, 빅데이터를 활용한 사업대상 발굴", None, None,
          ["smart-city", "fourth-industrial-revolution", "disaster-safety"], "statement"),
        c("구는 오는 3월까지 종로구 스마트도시 조례 제정을 마무리한 뒤", None, None, ["smart-city", "citizen-participation"], "plan"),
        c("해결방안을 모색하는데 정보통신기술을 적극적으로 활용할 계획이라고 설명했다", None, None,
          ["smart-city", "fourth-industrial-revolution"], "plan"),
        c("한편 종로구는 올 1월 스마트도시과와 함께 어르신가족과, 질병예방과 등 3개 과와 9개 팀을 신설하고", None, None,
          ["smart-city"], "achievement"),
    ],
    not_claims=["종로구 '스마트도시' 가속화…주민 삶의 질 높인다", "서울 종로구청사. 종로구 제공",
                "행정기구를 재정비해 남은 민선 7기 역점 사업 추진에 박차를 가한다는 계획이다",
                "4차 산업 혁명시대의 혁신 기"]),
"em-03-hankyung.txt": dict(
    metadata={"headline": None, "published": None, "reporter": "김계연", "outlet": "연합뉴스", "jurisdiction": "11680"},
    officials=["shin-yeon-hui"],
    claims=[
        c("저출산 문제를 해결하고자 올해 어린이집 10곳을 새로 열 계획이라고", None, None, ["childcare-birth"], "target"),
        c("신사어린이집을 재건축해 구립 어린이집 6곳을 늘릴 예정이다", None, None, ["childcare-birth"], "target"),
        c("구에 있는 기업체에도 어린이집 4곳이 만들어진다", None, None, ["childcare-birth"], "target"),
        c("10개 어린이집은 어린이 500명 이상을 수용할 수 있는 규모다", None, None, ["childcare-birth"], "statement"),
        c("전일시간제 보육시설을 기존 3곳에서 5곳으로 확충하고", None, None, ["childcare-birth"], "plan"),
        c("출산장려 예산은 작년보다 9%를 늘렸다", None, None, ["childcare-birth"], "achievement"),
        c("강남을 '아이 낳기 좋은 도시'로 만들겠다", None, None, ["childcare-birth"], "plan"),
    ],
    not_claims=["(서울연합뉴스) 김계연 기자"]),
"em-04-segye.txt": dict(
    metadata={"headline": None, "published": "2025-11-17", "reporter": None, "outlet": None, "jurisdiction": "11140"},
    officials=[KGS],
    claims=[
        c("지방자치단체 부문에서 행정안전부 장관 표창을 받았다", None, D4, ["small-merchants"], "achievement"),
        c("시 자치구 중 유일하게 전통 시장 전담 부서인 전통시장과를 운영하며 맞춤형 지원을 이어 왔다", None, D4,
          ["small-merchants"], "achievement"),
        c("지난해 전국 최초로 민관 협력 상권 관리 전문기구인", None, D4, ["small-merchants"], "achievement"),
        c("전통시장상권발전소는 상인 역량 강화 교육, 온라인 판로 구축 및 마케팅 지원", None, D4, ["small-merchants"], "statement"),
        c("‘전통시장 라이브커머스’도 지원하고 있다", None, D4, ["small-merchants"], "statement"),
        c("이번 수상은 상인, 주민, 전문가들과 함께 전통 시장 혁신과 상권 활성화를 이끈 성과", KGS, D4, ["small-merchants"], "achievement"),
    ],
    not_claims=["구엔 전통 시장과 골목형 상점가가 51곳으로, 시 25개 자치구 중 가장 많다"]),
"em-05-smaeil.txt": dict(
    metadata={"headline": "민선7기 차준택 인천 부평구청장 취임", "published": "2018-07-02T15:08+09:00",
              "reporter": "정순학", "outlet": None, "jurisdiction": "28237"},
    officials=[CJT],
    claims=[
        c("부평형 찾아가는 복지시스템을 통해 촘촘한 복지안전망을 구축하겠다", CJT, D5, ["welfare"], "plan"),
        c("정책 입안부터 집행, 평가까지 구민이 주인되는 참여구정을 제도적으로 마련할 것", CJT, D5, ["citizen-participation"], "plan"),
        c("GM 아시아태평양본부를 부평에 유치해 부평과 인천지역 협력업체의 경영개선을 도모하겠다", CJT, D5,
          ["investment-attraction"], "plan"),
    ],
    not_claims=["지금이 부평의 새로운 10년과 재도약의 전기를 마련할 수 있는 골든타임으로 새로운 10년을 열어가는 대장정을 시작한다",
                "혼자 부평구정을 이끌겠다는 오만한 생각은 하지 않을 것",
                "피부로 체감하는 부평의 미래를 그려나갈 것",
                "공식적인 취임식은 취소하고",
                "꼭 가야할 길을 묵묵히 걸어가겠다"]),
"em-06-kyeonggi.txt": dict(
    metadata={"headline": "인천 군수·구청장, 2025년 ‘안전·소통·경제’…새해 키워드 분석",
              "published": None, "reporter": None, "outlet": None, "jurisdiction": "28"},
    officials=[KJH, PJH, LYH],
    claims=[
        c("내년 구정 목표를 사회 안전망 강화에 방점을 찍고 있다", None, None, ["welfare", "disaster-safety"], "plan"),
        c("예고 없이 찾아오는 사고 예방은 물론 각종 범죄 및 고령화 등으로 인한 사회적 문제 때문이다", None, None,
          ["disaster-safety"], "statement"),
        c("모든 세대와 계층을 아우르는 사회안전망을 강화하겠다", KJH, None, ["welfare"], "plan"),
        c("찾아가는 복지서비스를 세밀하게 제공하고", KJH, None, ["welfare"], "plan"),
        c("주민 행복과 지역 발전을 위한 우선적 가치는 안전", PJH, None, ["disaster-safety"], "statement"),
        c("사고 예방을 위한 인프라 구축에 집중할 것", PJH, None, ["disaster-safety"], "plan"),
        c("그 어느 때보다 안전이 중요하다", PJH, None, ["disaster-safety"], "statement"),
        c("감염병에 신속히 대응할 수 있는 24시간 상시대응 체계를 유지하며", LYH, None, ["public-health"], "plan"),
        c("방범용 폐쇄회로(CC)TV 확대 설치와 통합관제센터 24시간 운영을 통해", LYH, None, ["disaster-safety"], "plan"),
    ],
    not_claims=["인천지역 10개 군수·구청장의 신년사 키워드를 워드클라우드로 만든 이미지",
                "새해 키워드로 ‘사회 안전망 강화’와 ‘소통’, 그리고 ‘지역경제 활성화’를 꼽았다"]),
"em-07-kyeongin.txt": dict(
    metadata={"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "28260"},
    officials=[KBS],
    claims=[
        c("강 구청장은 취임 후 2년 동안 출산·육아 환경 개선에 힘쓰고 있다", None, None, ["childcare-birth"], "statement"),
        c("다자녀 지원도 기존 200만원에서 300만원으로 확대하고", None, None, ["childcare-birth"], "plan"),
        c("국공립어린이집을 늘렸고, 야간과 휴일에도 운영하는 달빛어린이병원도", KBS, None,
          ["childcare-birth", "public-health"], "achievement"),
        c("다함께돌봄센터를 9곳으로 확대했는데, 올해 말까지 3개를 추가할 예정", KBS, None, ["childcare-birth"], "target"),
        c("여성안심도시 만들기, 노인 일자리 확대, 장애인 일자리 개발도 강 구청장의 당면 과제다", None, None,
          ["disaster-safety", "jobs", "welfare"], "statement"),
        c("'여성 안심도시 서구'를 만들기 위한 전략을 치밀하게 수립하고 있다", KBS, None, ["disaster-safety"], "statement"),
        c("취약계층 공공일자리를 확대하고", KBS, None, ["jobs", "welfare"], "statement"),
        c("'검단 분구' 행정업무 준비에 전력을 기울이고 있다", None, None, ["decentralization"], "statement"),
        c("분구 행정업무를 차질없이 준비할 방침이다", None, None, ["decentralization"], "plan"),
        c("유일하게 남는 방위식 지명 변경을 추진할 예정이다", None, None, ["decentralization"], "plan"),
        c("분구추진실무준비단의 규모를 확대할 계획", KBS, None, ["decentralization"], "plan"),
        c("명칭을 검단구 출범 시기에 맞춰 변경을 준", KBS, None, ["decentralization"], "plan"),
    ],
    not_claims=["다자녀 지원금·국공립 어린이집 확대", "'출산·육아 환경' 안심 도시로", "달빛어린이병원 4곳으로 '전국 최다'",
                "분구준비단 확대·방위식 명칭 변경", "서구 인구는 지난해 4월 60만명을 돌파했다",
                "서구가 많은 인구와 우수한 도시 인프라를 자산으로 발전하고 있다고 강조했다"]),
"em-08-incheonntv.txt": dict(
    metadata={"headline": "인천시, 원도심 활성화 사업 중 2019년 추진 가능한 선도과제 발표",
              "published": "2018-10-26", "reporter": "한수림", "outlet": "인천시 인터넷방송", "jurisdiction": "28"},
    officials=[],
    claims=[
        c("허종식 균형발전정무부시장을 통해 그 동안 구상해 온 원도심 활성화 사업 중", None, D8, ["urban-regeneration"], "plan", "허종식"),
        c("인천시는 이러한 원도심 정책 실행력 제고를 위해 전담 부시장 및 원도심재생조정관 등 도시재생 전담조직 정비를 마친 바 있으며",
          None, D8, ["urban-regeneration"], "plan"),
        c("2019년 상반기에 인천시 전체 원도심에 대한 균형발전 마스터플랜을 확정할 계획입니다", None, D8, ["urban-regeneration"], "plan"),
    ],
    not_claims=["인천시, 원도심 활성화 사업 중 2019년 추진 가능한 선도과제 발표",
                "3대 전략을 실천하기 위한 후속 조치인데요", "인천시 인터넷방송 한수림입니다"]),
"em-09-kihoilbo.txt": dict(
    metadata={"headline": "연수구 ‘탄소중립도시로 도약’ 기틀 닦는다", "published": "2019-06-21",
              "reporter": "김희연", "outlet": "기호일보", "jurisdiction": "28185"},
    officials=[],
    claims=[
        c("온실가스 감축을 위해 ‘연수구 탄소중립도시 조성정책 수립’ 용역을 실시한다", None, "2019-06-21", ["climate-carbon"], "plan"),
        c("이는 인천 기초자치단체 최초로 추진된다", None, "2019-06-21", ["climate-carbon"], "achievement"),
        c("잇따라 탄소중립 실천을 선언하고 있다", None, "2019-06-21", ["climate-carbon"], "statement"),
        c("특색 있는 탄소중립도시 전략이 필요한 지역이다", None, "2019-06-21", ["climate-carbon"], "statement"),
        c("온실가스 감축 중장기 마스터플랜을 수립하는 과정이다", None, "2019-06-21", ["climate-carbon"], "statement"),
        c("주요 과업 내용은 ▶대외 여건 분석", None, "2019-06-21", ["climate-carbon"], "statement"),
        c("일단 구는 20일 오후 2시 구청 대상황실에서 용역사와", None, "2019-06-20", ["climate-carbon"], "achievement"),
    ],
    not_claims=["온실가스 감축 중장기 마스터플랜 수립 용역 착수보고회 가져",
                "내년 1월까지 마무리… 민·관 거버넌스~프로그램 운영 추진",
                "갖고 있다. <연수구 제공>",
                "탄소중립은 배출하는 탄소의 양과 흡수하는 탄소의 양을 동일하게 하는 개념이다"]),
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, a in ARTICLES.items():
        doc = {"article": name, "metadata": a["metadata"], "officials": a["officials"],
               "claims": a["claims"], "not_claims": a["not_claims"]}
        (GOLD / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(a["claims"]))
