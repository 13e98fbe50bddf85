# Writes gold/*.json for set-mu (hand annotation; one entry per article).
import json, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold")

def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}

G = {}
# mu-01: 강범석 서구청장, press meeting '4일' = publication day 2022-10-04
d = "2022-10-04"; K = "kang-beom-seok"
G["mu-01-theleader.txt"] = dict(
    metadata={"headline": "강범석 인천 서구청장, 민선 8기 출범 100일", "published": "2022-10-04T23:33+09:00",
              "reporter": "박영복", "outlet": "머니투데이 더리더", "jurisdiction": "28260"},
    officials=[K],
    claims=[
        c("분야에 대한 수요가 많고", K, d, ["childcare-birth", "education"], "statement"),
        c("재건축이든 재개발이든 도시재생이든 서구가 전권을 갖고 추진하기에는 어려움이 많지만", K, d, ["housing", "urban-regeneration"], "plan"),
        c("체육시설과 관련해서는 보다 신속히 추진될 수 있도록 힘쓰겠다", K, d, ["culture-tourism", "welfare"], "plan"),
    ],
    not_claims=["구청장과의 대화의 시간’을 개최했다고 밝혔다", "원도심 균형발전’ 등 현안 관련 질의응답으로 이뤄졌다",
                "민원 역시 세분화된 점이 많다", "주민 의견 최대한 반영해서 서구 발전과 복리 증진에 최선 다할 것"])
# mu-02: 강서구 청년창업 공간 개소식 '29일', page date line ' date 2020-07'
d = "2020-07-29"; K = "noh-hyeon-song"
G["mu-02-asiae.txt"] = dict(
    metadata={"headline": None, "published": "2020-07", "reporter": "박종일", "outlet": "아시아경제", "jurisdiction": "11500"},
    officials=[K],
    claims=[
        c("청년창업 공간 개소식을 갖고 본격 운영을 알렸다", None, d, ["startup-support", "youth-policy"], "achievement"),
        c("이날 문을 연 청년창업 지원 공간은 2곳이다", None, d, ["startup-support", "youth-policy"], "statement"),
        c("등촌중학교 등마루관 1층에 조성된 ‘Youth-Up 센터’다", None, d, ["startup-support", "youth-policy"], "statement"),
        c("청년창업팀 입주 공간 2실과 3D프린터, 각종 공구 등을 갖췄으며", None, d, ["startup-support", "youth-policy"], "statement"),
        c("창업을 준비하는 청년들에게 도움을 주기 위해 청년창업 지원 공간을 조성하게 됐다", K, d, ["startup-support", "youth-policy"], "achievement"),
        c("앞으로도 청년 창업가들이 마음껏 꿈을 펼칠 수 있도록 다양한 정책을 마련, 적극 지원하겠다", K, d, ["startup-support", "youth-policy"], "plan"),
    ],
    not_claims=[])
# mu-03: 금천구 (Yonhap, reposted; 작성일 2023-11-01 17:01:56), '1일 밝혔다'
d = "2023-11-01"; K = "yu-seong-hun"
G["mu-03-yonhap.txt"] = dict(
    metadata={"headline": "금천구, 청년창업 통합지원 '금천청년꿈터' 명칭 공모", "published": "2023-11-01T17:01:56+09:00",
              "reporter": "정준영", "outlet": "연합뉴스", "jurisdiction": "11545"},
    officials=[K],
    claims=[
        c("다음 달 준공 예정인 '(가칭)금천청년꿈터'의 새로운 이름을 찾기 위해", None, d, ["startup-support", "youth-policy"], "plan"),
        c("금천청년꿈터는 청년 창업자의 도전을 장려하고 진로 설계를 돕고자", None, d, ["startup-support", "youth-policy"], "statement"),
        c("내년 상반기부터 39세 이하 예비·초기 창업자에게 입주공간을 제공하고 창업 교육도 할 예정이다", None, d, ["startup-support", "youth-policy"], "plan"),
        c("청년창업 지원 거점으로서 G밸리 기업 및 대학 산학협력단과 연계해 청년창업 확산에 기여할 것", K, d, ["startup-support", "youth-policy"], "plan"),
        c("앞으로도 많은 청년이 창업에 도전하고 꿈을 이룰 수 있도록 적극 지원하겠다", K, d, ["startup-support", "youth-policy"], "plan"),
    ],
    not_claims=["이런 공간의 특성과 상징성을 잘 표현할 수 있는 이름을 짓기 위해 공모를 추진하게 됐다",
                "최종 선정된 3명(최우수, 우수, 장려)에게 문화상품권을 지급할 계획이다",
                "공모 참여에는 지역·연령 제한이 없으며"])
# mu-04: 관악구 치매안심센터, 입력 2018-06-11 23:38; institutional narration
d = "2018-06-11"
G["mu-04-seoul.txt"] = dict(
    metadata={"headline": "치매 노인 안전한 관악", "published": "2018-06-11T23:38+09:00", "reporter": "윤수경",
              "outlet": "서울신문", "jurisdiction": "11620"},
    officials=[],
    claims=[
        c("2008년 문을 연 관악구 치매안심센터는 종합적인 치매 예방 및 지원 사업을 펼치고 있다", None, d, ["dementia-care"], "statement"),
        c("연중 무료로 ‘치매조기검진’을 실시해", None, d, ["dementia-care"], "statement"),
        c("치매가족 스트레스 관리를 위한 ‘희망다이어리’ 등의 프로그램도 제공한다", None, d, ["dementia-care"], "statement"),
    ],
    not_claims=["경찰서 지문사전등록제 시행", "치매 노인 안전한 관악"])
# mu-05: 박원순, GEEF 2019 keynote '14일' (published 2019-02-15 06:00)
d = "2019-02-14"; K = "park-won-soon"
G["mu-05-segye.txt"] = dict(
    metadata={"headline": "박원순 “신재생에너지로 원전 3기 전력량 대체”", "published": "2019-02-15T06:00:00+09:00",
              "reporter": None, "outlet": "세계일보", "jurisdiction": "11"},
    officials=[K],
    claims=[
        c("2020년까지 신재생에너지로 원전 3기가 1년간 생산하는 전력량만큼을 대체하겠습니다", K, d, ["energy-transition"], "target"),
        c("또 2022년까지 태양광을 원전 1기 설비용량만큼 보급하겠습니다", K, d, ["energy-transition"], "target"),
        c("박원순 서울시장이 ‘지속가능한 서울’을 위한 에너지 정책을 발표했다", K, d, ["energy-transition"], "statement"),
        c("7년간 에너지 516만TOE(원유 1t을 연소할 때 나오는 에너지)를 절감했다", K, d, ["energy-transition"], "achievement"),
        c("서울이 에너지 소비 도시에서 이제 생산의 도시로 바뀌기 시작했다", K, d, ["energy-transition"], "achievement"),
        c("서울시와 같은 정책을 펴면 원전 14기 분량이 필요 없게 된다", K, d, ["energy-transition"], "statement"),
        c("24기 원전이 가동 중임을 생각하면 서울시 노력이 얼마나 중요한지 알 수 있다", K, d, ["energy-transition"], "statement"),
        c("지속가능한 도시를 위한 여성 노동 정책도 강조했다", K, d, ["labor-relations"], "statement"),
        c("제가 처음 취임할 때 국공립어린이집 이용 비율이 10%에 불과했다", K, d, ["childcare-birth"], "statement"),
        c("7년 후인 현재 30%로 늘어났고, 제 임기가 끝나는 4년 후에는 50%가 넘어서게 될 것", K, d, ["childcare-birth"], "target"),
    ],
    not_claims=["박원순 “신재생에너지로 원전 3기 전력량 대체”", "“원전1기 용량 만큼 태양광 보급”",
                "여성 리더 신년회선 ‘성평등’ 강조"])
# mu-06: 유정복 시장 visits 동구 (생생톡톡); no event day -> publication day 2026-02-06
d = "2026-02-06"; Y = "yoo-jeong-bok"; KC = "kim-chan-jin"
G["mu-06-cnbnews.txt"] = dict(
    metadata={"headline": None, "published": "2026-02-06T14:54:41+09:00", "reporter": "박기현", "outlet": None,
              "jurisdiction": "28140"},
    officials=[Y, KC],
    claims=[
        c("2026년 시정 주요 정책을 설명하는 생생톡톡 애인 소통의 시간을 통해 구민들과 대화의 시간을 가졌다고 밝혔다", None, d, ["citizen-participation"], "statement"),
        c("동구 구립 요양원 건립 사업 시비 지원, 장애인 복지관 운영 시비 지원", None, d, ["welfare", "public-transit", "disaster-safety"], "plan"),
        c("주민과의 소통 시간인 생생톡톡 애인 소통 행사에서", None, d, ["citizen-participation"], "statement"),
        c("동구의 복지교통주민 편의 등을 한층 발전시키기 위해 인천시의 혁신적인 정책 추진과 지원이 필요하다", KC, d, ["welfare", "public-transit"], "plan"),
        c("제물포구가 다시 문화산업관광이 어우러지는 도시로 혁신적 변화가 일어날 수 있도록 힘쓰겠다", Y, d, ["culture-tourism"], "plan"),
    ],
    not_claims=["지역 간 균형 발전 실현을 위해 추진했다", "해사법원 제물포구 유치에도 동구가 주민과 함께 적극적으로 협력하겠다",
                "제물포구 탄생은 침체됐던 동구가 되살아나는 계기가 될 것"])
# mu-07: 유정복 새얼아침대화 lecture; undated text -> published and all claim dates null
Y = "yoo-jeong-bok"
G["mu-07-daum.txt"] = dict(
    metadata={"headline": "[현장] 유정복 인천시장 “균형·창조·소통으로 시민 행복도시 만들 것”", "published": None,
              "reporter": None, "outlet": None, "jurisdiction": "28"},
    officials=[Y],
    claims=[
        c("인천의 대표 성과로 인구 증가와 출생아 수 회복을 꼽았다", Y, None, ["childcare-birth"], "achievement"),
        c("출생아 수 역시 최근 2년간 두 자릿수 증가율을 기록했다", Y, None, ["childcare-birth"], "achievement"),
        c("'아이플러스 드림'과 '천원주택' 등 이른바 드림 정책 6종 세트와", Y, None, ["childcare-birth", "housing"], "achievement"),
    ],
    not_claims=["인구·출생아 증가…체감 정책 성과 강조", "부산을 넘어 제2도시로 도약할 가능성이 현실화하고 있다",
                "시민이 일상에서 직접 체감하는 정책이 삶의 질을 실질적으로 끌어올리고 있다",
                "체감형 정책이 인천 경쟁력의 핵심", "인천형 행정 체제 개편에 대한 기대감도 드러냈다",
                "검단구·영종구·제물포구 신설을 통해 원도심과 신도시의"])
# mu-08: 옹진군 서해5도 방문 지원사업 중단; undated -> all null; institutional
G["mu-08-seoul.txt"] = dict(
    metadata={"headline": "인천 옹진군 ‘서해5도 방문 사업’ 중단 위기", "published": None, "reporter": None,
              "outlet": None, "jurisdiction": "28720"},
    officials=[],
    claims=[
        c("여객선 운임의 절반을 지원하는 ‘서해 5도 방문의 해 지원사업’이 올해부터 중단돼", None, None, ["culture-tourism", "public-transit"], "criticism"),
        c("인천시가 올해부터 이러한 여객운임 보조금 지원을 중단했다", None, None, ["culture-tourism", "public-transit"], "statement"),
        c("관광객이 1박 이상 머물 경우 여객선 요금 50%를 지원하는 것으로 시작됐다", None, None, ["culture-tourism", "public-transit"], "statement"),
        c("매년 14억원의 예산으로 추진됐다", None, None, ["culture-tourism", "public-transit"], "statement"),
        c("이 사업으로 운임 혜택을 받은 인원은", None, None, ["culture-tourism", "public-transit"], "achievement"),
        c("군 자체 재원으로 사업 추진이 어렵다는 게 옹진군의 설명이다", None, None, ["culture-tourism", "public-transit"], "statement"),
        c("서해 5도는 높은 여객선 운임으로 관광객 접근이 쉽지 않다", None, None, ["culture-tourism", "public-transit"], "statement"),
    ],
    not_claims=["팔당서 수돗물 공급받는 인천, 서울시보다 3배 비", "전남 의대 1곳·대학병원 2곳 세운다",
                "市, 여객운임 절반 지원 중단… 관광 위축 전망에 주민 ‘울상’", "울릉도 이틀 간 300㎜ 폭우"])
# mu-09: 강동구 공공임대 입주자 모집; undated -> all null; institutional
L = "lee-hae-sik"
G["mu-09-asiae.txt"] = dict(
    metadata={"headline": None, "published": None, "reporter": "박종일", "outlet": "아시아경제", "jurisdiction": "11740"},
    officials=[L],
    claims=[
        c("저소득 무주택 주민의 주거안정을 지원하기 위해", None, None, ["housing"], "plan"),
        c("공공임대아파트의 신청자격은 기초생활수급자", None, None, ["housing"], "statement"),
        c("서울시 전역에 있는 17개 단지에 200가구다", None, None, ["housing"], "statement"),
        c("서울시내 총 11개 구에 200가구를 공급할 예정이다", None, None, ["housing"], "plan"),
        c("입주자로 선정되면 최장 10년간 거주할 수 있다", None, None, ["housing"], "statement"),
        c("청약저축가입 여부 등을 고려해 선발할 계획이며", None, None, ["housing"], "plan"),
    ],
    not_claims=["서울시내 공공임대아파트, 다세대임대주택 총 400가구", "신청은 주소지 동 주민센터에서 접수하며"])

if __name__ == "__main__":
    os.makedirs(D, exist_ok=True)
    for name, g in G.items():
        out = {"article": name, "metadata": g["metadata"], "officials": g["officials"],
               "claims": g["claims"], "not_claims": g["not_claims"]}
        with open(os.path.join(D, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
        print(name, len(g["claims"]))
