"""Writes gold/*.json for set-kh (hand annotation; one claim = (quote, speaker, date, policies, kind))."""
import json, os
G = {}
def C(q, s, d, p, k):
    return {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}

D = "2020-10-20"
G["kh-01-hankookilbo.txt"] = dict(
    metadata={"headline": "대전시ㆍ유성구ㆍ창조경제혁신센터 창업활성화 맞손", "published": "2020-10-20T15:02+09:00",
              "reporter": "허택회", "outlet": "한국일보", "jurisdiction": "30"},
    officials=["heo-tae-jeong"],
    claims=[
        C("대전시는 20일 유성구 궁동에 들어서는 스타트업파크의 원활한 조성을 위해", None, D, ["startup-support"], "achievement"),
        C("지역경제 활성화와 혁신기술 창업성장, 양질의 일자리 창출 등에 기여하기로 했다", None, D, ["startup-support", "jobs"], "plan"),
        C("협약에 따라 대전시는 스타트업파크 조성사업과 운영을 총괄하고", None, D, ["startup-support"], "plan"),
        C("중소벤처기업부의 공모사업에 선정된 대전 스타트업파크는 유성구 궁동 공영주차장 부지에", None, D, ["startup-support"], "plan"),
        C("이곳에는 창업기업과 민간운영사를 위한 입주공간과", None, D, ["startup-support"], "statement"),
        C("대전 스타트업파크를 우리나라의 지역주도형 혁신창업 성공모델로 만들어", "heo-tae-jeong", D, ["startup-support"], "plan"),
    ],
    not_claims=["대전시ㆍ유성구ㆍ창조경제혁신센터 창업활성화 맞손", "유성구 궁동조성 스타트업파크 조성 업무협약"])

D = "2023-01-19"
G["kh-02-kbc.txt"] = dict(
    metadata={"headline": "[순천기획2]생태도시 순천의 과거·현재·미래", "published": "2023-01-19T21:17:32+09:00",
              "reporter": "이계혁", "outlet": None, "jurisdiction": "46150"},
    officials=["noh-gwan-gyu"],
    claims=[
        C("2013년 국내 최초로 국제정원박람회를 개최하며", None, D, ["culture-tourism"], "achievement"),
        C("전국 23곳에서 국가정원 지정을 추진하고 있습니다", None, D, ["culture-tourism"], "statement"),
        C("모델은 바로 순천만국가정원입니다", None, D, ["culture-tourism"], "statement"),
        C("순천만국가정원으로 인한 전남의 생산유발효과가", None, D, ["culture-tourism"], "achievement"),
    ],
    not_claims=["평범한 농업 도시에서 전국 최고의 생태정원도시로 탈바꿈한",
                "순천만 내륙습지를 복원하고 흑두루미 보호를 위해 전신주 280여 개를 철거하는 등 생태활성화 사업에 팔을 걷어붙였습니다",
                "수도권에서 누릴 수 없는 행복을 누릴 수 있는 도시로 변화되어야 합니다",
                "정원 속에 사람이 살고 있는 그런 도시로 바뀌어야 되지 않겠습니까",
                "순천만의 생태 건강성이 도심까지 확장됐다고 평가하고 있습니다"])

D = "2018-10-15"
G["kh-03-newstnt.txt"] = dict(
    metadata={"headline": "양승조 충남지사, \"저출산·고령화·양극화라는 3대 위기 극복 위한 선도모델 구축할 것\"",
              "published": "2018-10-15T13:07+09:00", "reporter": "이용환", "outlet": "뉴스티앤티", "jurisdiction": "44"},
    officials=["yang-seung-jo"],
    claims=[
        C("취임 1호 결재로 ‘저출산 시책’에 서명하는 등 복지수도를 향한 애착을 보인", None, D, ["childcare-birth", "welfare"], "statement"),
        C("3대 위기요소의 심화로 인해 향후 지역과 국가의 소멸까지 우려할 수준이라", "yang-seung-jo", D, ["childcare-birth", "welfare"], "statement"),
        C("민선 7기 충남도정은 3대 위기 극복을 위한 집중 투자와 선도모델을 구축하겠다", "yang-seung-jo", D, ["childcare-birth", "welfare"], "plan"),
        C("월 10만원의 충남아기수당을 도입하여", "yang-seung-jo", D, ["childcare-birth", "education", "dementia-care", "public-health"], "plan"),
        C("내년 하반기부터 75세 이상 어르신부터 순차적으로 진행하겠다", "yang-seung-jo", D, ["public-transit"], "plan"),
    ],
    not_claims=["취임 100일 기자회견 갖고, 향후 도정 운영방향 등에 대한 입장 밝혀",
                "취임 100일 기자회견에서 향후 도정 운영방향을 이야기하는 양승조 충남지사 / 뉴스티앤티",
                "저출산·고령화·양극화라는 3대 위기 극복 위한 선도모델 구축할 것",
                "충남도서관 3층에서 취임 100일 기자회견을 갖고"])

D = "2018-10-21"
G["kh-04-jejuilbo.txt"] = dict(
    metadata={"headline": "“도민과 소통 강화” 주민참여예산총회 첫 개최", "published": "2018-10-21T16:08+09:00",
              "reporter": "김지우", "outlet": "제주일보", "jurisdiction": "50"},
    officials=[],
    claims=[
        C("2018년 주민참여예산총회를 개최한다고 21일 밝혔다", None, D, ["citizen-participation"], "plan"),
        C("주민참여예산제도는 시행 6년차를 맞고 있지만", None, D, ["citizen-participation"], "statement"),
        C("제주도는 이번 총회에서 내년도 예산편성 방향에 대해 공유하고", None, D, ["citizen-participation"], "plan"),
        C("주민참여예산으로 배정된 200억 규모 사업에 대한 선정 과정과 편성 결과를", None, D, ["citizen-participation"], "plan"),
        C("우수사업 사례 발표와 주민참여예산제도의 발전을 위한 토크콘서트 등을 진행할 계획이다", None, D, ["citizen-participation"], "plan"),
        C("그동안 주민참여예산제도는 읍면동 중심의 사업 추진으로", None, D, ["citizen-participation"], "criticism"),
        C("이번 총회를 계기로 도민과의 소통을 강화하는 등 주민참여예산제도 운영에 내실화를 기해 나갈 것", None, D, ["citizen-participation"], "plan"),
    ],
    not_claims=["“도민과 소통 강화” 주민참여예산총회 첫 개최"])

D = "2021-09-07"
G["kh-05-asiatoday.txt"] = dict(
    metadata={"headline": "유기상 고창군수, 농민공익수당 지급 현장 찾아 ‘농민 격려’", "published": "2021-09-07T15:18+09:00",
              "reporter": "신동준", "outlet": "아시아투데이", "jurisdiction": "45790"},
    officials=["yu-gi-sang"],
    claims=[
        C("7일 오전 농민공익수당이 지급되고 있는 공음면 농협을 찾아", None, D, ["agriculture"], "statement"),
        C("올해 지역 농촌은 일손부족과 자재값 인상, 이상기후 등으로 그 어느 때보다 어려움이 컸다", "yu-gi-sang", D, ["agriculture"], "statement"),
        C("농생명 식품수도 고창을 이끌어 가고 있는 농민들과 손잡고 지금의 어려움을 함께 극복해 나가겠다", "yu-gi-sang", D, ["agriculture"], "plan"),
        C("2019년 전북도에서 처음으로 농가당 28만5000원씩 농민수당을 지급했다", None, D, ["agriculture"], "achievement"),
        C("지난해는 도내 14개 전체 시·군으로 확대 시행됐다", None, D, ["agriculture"], "achievement"),
        C("올해는 어가와 양봉농가까지 포함해 61억여원", None, D, ["agriculture", "small-merchants"], "statement"),
        C("1위에도 농민수당이 선정되며 남녀노소 모든 고창군민이 공감하는 정책에 이름을 올리기도 했다", None, D, ["agriculture"], "achievement"),
    ],
    not_claims=["2019년 전북에서 처음으로 농가당 28만5000원씩 농민수당 지급",
                "유기상 고창군수가 7일 농협에서 농어민공익수당 지급을 안내하고 있다./제공 = 고창군",
                "유기상 고창군수, 농민공익수당 지급 현장 찾아 ‘농민 격려’"])

D = "2018-01-04"
G["kh-06-news1.txt"] = dict(
    metadata={"headline": "최영호 광주 남구청장 \"청년들 위한 정책발굴에 최선\"", "published": "2018-01-04T17:29+09:00",
              "reporter": "남성진", "outlet": "뉴스1", "jurisdiction": "29155"},
    officials=["choi-yeong-ho"],
    claims=[
        C("청년들의 마음에 집을 짓는 심정으로 현재 백지 상태인 청년들을 위한 정책 발굴에 최선을 다하겠다", "choi-yeong-ho", D, ["youth-policy"], "plan"),
        C("지역 청년들은 기존에 추진돼 왔던 청년정책의 문제점을 지적하며", None, D, ["youth-policy"], "criticism"),
        C("청년들이 제안한 사업 아이템이 청년정책에 반영될 수 있도록 해야 한다는 의견도 많았다", None, D, ["youth-policy"], "plan"),
        C("광주시에서 청년 실태조사를 했는데 광주 사정을 잘 모르는 서울 용역업체를 선정해", None, D, ["youth-policy"], "criticism"),
        C("유럽연합처럼 청년지표를 만들어", None, D, ["youth-policy"], "plan"),
        C("보통 청년정책들이 대학생이나 20대에 집중돼 있는데", None, D, ["youth-policy"], "criticism"),
    ],
    not_claims=["광주지역 대학 총학생회·청년단체 대표 만나 간담회",
                "대학생 및 청년단체 대표들과 청년정책 발굴을 위한 간담회를 가졌다. (광주 남구 제공)© News1",
                "청년들 위한 정책발굴에 최선"])

D = "2025-11-20"
G["kh-07-ccdailynews.txt"] = dict(
    metadata={"headline": "유성구, '기업가정신 도시' 새 지도 그려… 전국 첫 정부 표창 쾌거", "published": "2025-11-20",
              "reporter": "이한영", "outlet": None, "jurisdiction": "30200"},
    officials=["jeong-yong-rae"],
    claims=[
        C("대전시 유성구가 지역 창업 지형의 좌표를 다시 그리며", None, D, ["startup-support"], "achievement"),
        C("단체 부문 전국 지자체 최초로 중소벤처기업부장관 표창을 받았다고 20일 밝혔다", None, D, ["startup-support"], "achievement"),
        C("그 가운데 지자체가 이름을 올린 첫 사례가 유성구다", None, D, ["startup-support"], "achievement"),
        C("'창업 혁신'을 구정 혁신의 한 축으로 올려놓고 정책을 지속적으로 누적한 점이다", None, D, ["startup-support"], "achievement"),
        C("지역 안에서 성장하는 창업 생태계 기반을 구축했다", None, D, ["startup-support"], "achievement"),
        C("'어궁혁신포럼'을 운영해 대학·연구기관·기업 간 협력 지형을 넓혀 왔다", None, D, ["startup-support", "research-development"], "achievement"),
        C("'어궁 스타트업 커피챗'을 마련해", None, D, ["startup-support"], "achievement"),
    ],
    not_claims=["창업정책 진화시켜 지역 생태계 확장 어궁동 중심, 혁신거점 새롭게 구축 청소년까지 잇는 기업가정신 저변 강화",
                "사진 가운데 정용래 유성구청장과 직원들이",
                "이 포상은 매년 11월 셋째 주에 열리는",
                "창업 생태계의 성장을 이끈 개인·기관을 선정해 시상한다"])

G["kh-08-newdaily.txt"] = dict(
    metadata={"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "43110"},
    officials=["lee-seung-hun"],
    claims=[
        C("청주공예비엔날레 성공 개최, 미세먼지 최소화 노력 등도 주문했다", "lee-seung-hun", None, ["culture-tourism", "fine-dust"], "plan"),
        C("국비 일몰제에 따라 예산이 축소된 것과", "lee-seung-hun", None, ["culture-tourism"], "criticism"),
        C("적은 예산으로 새로운 시도를 통해 지금까지 보다 더 성공적인 공예비엔날레를 개최할 수 있도록", "lee-seung-hun", None, ["culture-tourism"], "plan"),
        C("미세먼지 특성분석 및 대기질 개선대책 수립용역 최종보고에 따르면", "lee-seung-hun", None, ["fine-dust"], "statement"),
    ],
    not_claims=["미세먼지 최소화…대기배출 사업장·건설공사장 등 지도 점검 강화 당부",
                "2심 결과가 좋지 않아 매우 안타깝고 송구하다",
                "시정을 평소와 같이 흔들림 없이 운영해 나갈 계획인데",
                "시정이 전혀 흔들림 없이 나아가도록 직원들이 중심을 잡고 일을 할 것"])

G["kh-09-newsprime.txt"] = dict(
    metadata={"headline": None, "published": None, "reporter": None, "outlet": "프라임경제", "jurisdiction": "36"},
    officials=["choi-min-ho"],
    claims=[
        C("첫번째 세종사랑 '대중교통의 날'을 맞아 991번 버스를 이용해 출근하며", None, None, ["public-transit"], "statement"),
        C("대중교통 이용에 대한 의견을 나누고, 시민들의 건의 사항을 청취했다", None, None, ["public-transit"], "statement"),
        C("최 시장은 이에 대해 더 나은 대중교통 체계를 마련하겠다고 약속했다", "choi-min-ho", None, ["public-transit"], "plan"),
        C("시장 취임 이후 버스를 100대 증차하고, 이응패스를 도입해", "choi-min-ho", None, ["public-transit"], "achievement"),
        C("시 소속 공공기관 직원들도 대중교통을 이용하며", None, None, ["public-transit"], "statement"),
        C("인근 음식점을 이용하며 지역 상권 활성화에도 기여했다", None, None, ["small-merchants"], "achievement"),
        C("매월 네 번째 금요일에는 세종시 산하 기관장과 직원들이 함께 대중교통을 이용한다", "choi-min-ho", None, ["public-transit"], "plan"),
        C("야간 문화관광 활성화를 확대할 계획이다", None, None, ["culture-tourism", "public-transit"], "plan"),
        C("시민들이 대중교통을 이용하며 문화와 여가를 즐길 수 있도록 유도하고", None, None, ["public-transit", "culture-tourism", "small-merchants"], "plan"),
    ],
    not_claims=[])

os.makedirs('/work/blind/set-kh/gold', exist_ok=True)
for name, g in G.items():
    out = {"article": name, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"], "not_claims": g["not_claims"]}
    open(f'/work/blind/set-kh/gold/{name}.json', 'w', encoding='utf-8').write(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
    print(name, len(g["claims"]))
