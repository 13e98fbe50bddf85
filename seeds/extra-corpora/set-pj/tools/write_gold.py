"""Write the set-pj gold files (hand annotation) and assert every quote occurs exactly once."""
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def C(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


GOLD = {}

# pj-01 보은군수 최재형 interview (충청일보 page; outlet not named in the text)
D1 = "2024-06-26"
CJH = "choi-jae-hyeong"
GOLD["pj-01-ccdailynews.txt"] = {
    "metadata": {"headline": "“보은군민이 행복한 도시형 농촌 건설 위해 최선”", "published": "2024-06-26",
                 "reporter": "심연규", "outlet": None, "jurisdiction": "43720"},
    "officials": [CJH],
    "claims": [
        C("정주 여건 개선, 귀농·귀촌 정책, 청년 정책, 휴식공간 조성, 교육환경 확대 등", None, D1,
          ["agriculture", "youth-policy", "education"], "achievement"),
        C("지역활력타운, 농촌협약 등을 통해 인구 유입을 위한 새로운 거주 인프라 구축에 앞장서고 있다", CJH, D1,
          ["agriculture", "housing"], "statement"),
        C("‘2024년 지역활력타운 공모사업’에 최종 선정돼", CJH, D1,
          ["housing", "youth-policy", "startup-support"], "achievement"),
        C("청년들의 주거 지원 및 교육과 보육, 창업 활동을 지원할 수 있는 종합 인프라를 구축함으로써", CJH, D1,
          ["housing", "youth-policy", "education", "childcare-birth", "startup-support"], "plan"),
    ],
    "not_claims": [
        "희망차게 시작한 민선 8기가 반환점에 접어들었다",
        "최 군수를 만나 지난 2년간의 성과와 앞으로의 계획에 대해 들어본다",
        "-농촌 인프라 확대와 귀농·귀촌인, 청년 인구 유입을 위해 어떤 노력을 하고 있는지.",
    ],
}

# pj-02 고창군수 유기상 special lecture at 전북대 고창캠퍼스 (지난 23일 = 2019-09-23)
YGS = "yu-gi-sang"
EV2, D2 = "2019-09-23", "2019-09-24"
GOLD["pj-02-jbyonhap.txt"] = {
    "metadata": {"headline": "유기상 군수, “깨끗하고 안전한 먹거리가 고창 농생명식품산업의 경쟁력”",
                 "published": "2019-09-24T14:27+09:00", "reporter": "김종성", "outlet": None,
                 "jurisdiction": "45790"},
    "officials": [YGS],
    "claims": [
        C("지역 농식품 산업을 이끌 인재들에게 “깨끗하고 안전한 고창 먹거리로 전 세계인을 사로잡으라”고 강조했다", YGS, EV2,
          ["agriculture"], "statement"),
        C("고창의 절대 강점인 깨끗하고 안전한 먹거리를 활용한 참신한 가공품들로", YGS, EV2, ["agriculture"], "statement"),
        C("‘농업의 공익적 가치 존중’을 위한 조례를 전국 최초로 제정하고, 지역 농민들에게 일정 수당을 지급하고 있다", None, D2,
          ["agriculture"], "achievement"),
        C("고창군은 전문 농업인 여러분들의 패기 넘치는 도전을 두 팔 벌려 환영 한다", YGS, EV2, ["agriculture"], "statement"),
    ],
    "not_claims": [
        "유기상 군수, 전북대 고창캠퍼스 농생명과학과 재학생 대상 특강",
        "이날 유 군수는 한반도 첫수도의 의미, 전문 농업인으로서 자긍심, 농생명식품산업의 강점 등을 이야기 했다",
        "일본의 수출규제, 미국의 보호무역주의 등이 자칫 식량·식품 전쟁으로 번지지 않으리라는 보장이 없다",
        "통상 식량(Food)은 무기(Fire) 연료(Fuel)와 함께 국가 안보에 필수적인 ‘3F’로 불린다",
        "블랙보리 등 국내 식품대기업이 고창과 손을 잡자 매출이 급상승하고 있다",
    ],
}

# pj-03 오산시장 곽상욱 exit interview with 로컬라이프 (no interview day -> publication day)
GSU = "gwak-sang-uk"
D3 = "2022-05-09"
GOLD["pj-03-locallife.txt"] = {
    "metadata": {"headline": "곽상욱 오산시장 \"교육이 최고의 복지, 지방정부가 앞장서 자치교육 실현해야\"",
                 "published": "2022-05-09T14:35:13+09:00", "reporter": "임현상", "outlet": "로컬라이프",
                 "jurisdiction": "41370"},
    "officials": [GSU],
    "claims": [
        C("▲교육도시 오산의 기반 마련을 자신의 최대 시정 성과로 꼽았다", GSU, D3, ["education"], "achievement"),
        C("자치분권의 시대에 걸맞은 자치교육이 이뤄져야 한다", GSU, D3, ["education", "decentralization"], "plan"),
        C("지방정부가 앞장서 자치교육을 실현해야 하며 교육이야말로 최고의 복지이다", GSU, D3,
          ["education", "decentralization"], "plan"),
        C("교육은 학교와 교육청만의 몫이 아니고 평생교육이나 시민교육도 지자체 혼자의 노력으론 불가하다", GSU, D3,
          ["education"], "statement"),
        C("업무 경계를 허물고 혁신의 주체는 시민이 돼야 한다", GSU, D3, ["education", "citizen-participation"], "plan"),
        C("교육 불모지로 여겨지던 오산시는 대한민국의 혁신을 이끄는 교육도시로 탈바꿈했다", GSU, D3, ["education"],
          "achievement"),
        C("'도시가 곧 학교'라는 신념으로 교육사업에 투자해왔고", GSU, D3, ["education"], "achievement"),
    ],
    "not_claims": [
        "[지역을 듣다. 36] \"'교육도시' 잇는 오산의 미래 비전은 '관광도시'\"",
        "아울러, '교육'을 잇는 오산의 미래 비전으로 '관광'을 제시했다. (사진제공=오산시)",
        "오로지 시민을 위한 시정에 진심을 다했고, 모든 정책을 시민의 입장에서 판단하고자 했다",
        "12년 동안 오산시는 모든 면에서 괄목한 성장과 발전을 이뤄냈다",
    ],
}

# pj-04 단양군수 김문근 interview with 서울신문 on 19일 (= 2025-08-19), published 2025-08-20
KMG = "kim-mun-geun"
EV4, D4 = "2025-08-19", "2025-08-20"
GOLD["pj-04-seoul.txt"] = {
    "metadata": {"headline": None, "published": "2025-08-20", "reporter": None, "outlet": "서울신문",
                 "jurisdiction": "43800"},
    "officials": [KMG],
    "claims": [
        C("이 때문에 단양이 내륙관광 1번지로 부상하며 지역소멸 위기 속에서도 생활인구에서 성과를 내는 것", KMG, EV4,
          ["culture-tourism"], "achievement"),
        C("외지 방문객들이 지역에서 숙박, 식사, 체험 등을 하며 소비활동을 주도하고 있다", KMG, EV4, ["culture-tourism"],
          "statement"),
        C("비치파크, 단양역 복합관광 단지, 단양강 순환길 등 새로운 관광시설들이 들어설 예정", KMG, EV4, ["culture-tourism"],
          "plan"),
        C("올해부터 KTX 중앙선이 부산까지 완전 개통돼 수도권뿐만 아니라 경상권 관광객들도 단양을 찾을 것", KMG, EV4,
          ["culture-tourism", "public-transit"], "statement"),
        C("지난 4월 단양군의 유네스코 세계 지질공원 지정도 호재가 될 것으로 김 군수는 전망했다", KMG, EV4,
          ["culture-tourism"], "statement"),
        C("유네스코 세계 지질공원은 지질학적으로 중요하고 아름다운 곳을 인증해 지켜가자는 제도", KMG, EV4,
          ["culture-tourism"], "statement"),
        C("교육적 공간으로 가치가 높아 수학여행단 등 학생들 방문이 많이 늘어날 것", KMG, EV4, ["culture-tourism"],
          "statement"),
        C("단양군의 유네스코 세계 지질공원 지정은 국내서 여섯 번째, 충청권에선 처음이다", None, D4, ["culture-tourism"],
          "achievement"),
        C("김 군수는 앞으로 관광정책 방향을 젊은층과 외국인에 맞출 계획이다", KMG, EV4, ["culture-tourism"], "plan"),
        C("또한 단양팔경을 눈으로 보는 것에 그치지 않고 새로운 볼거리", KMG, EV4, ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "이미지 확대 김문근 충북 단양군수",
        "남한강이 단양군 8개 읍면 가운데 6개 읍면을 관통하면서 시내에 강, 호수, 관광지가 모두 있다",
        "단양은 역사와 문화적 스토리도 많아 매력적인 고장",
        "단양군은 도담삼봉, 선암계곡, 사인암, 고수·온달·노동동굴 등 지질명소 12곳을 보유하고 있고",
    ],
}

# pj-05 강화군수 유천호 interview with 동아일보, met 1일 (= 2019-04-01)
YCH = "yu-cheon-ho"
EV5 = "2019-04-01"
GOLD["pj-05-donga.txt"] = {
    "metadata": {"headline": "유천호 강화군수 “역사문화의 보고, 강화로 초대합니다”",
                 "published": "2019-04-04T03:00+09:00", "reporter": None, "outlet": "동아일보",
                 "jurisdiction": "28710"},
    "officials": [YCH],
    "claims": [
        C("제12회 고려산 진달래축제를 시작으로 축제의 막이 오른다", YCH, EV5, ["culture-tourism"], "plan"),
        C("진달래축제는 지난해 40만 명이 다녀갔을 정도로 대표적 봄꽃축제가 됐다", YCH, EV5, ["culture-tourism"],
          "achievement"),
        C("같은 시기 강화읍에서는 ‘북문 벚꽃길 야행’이 펼쳐진다", YCH, EV5, ["culture-tourism"], "plan"),
        C("야간 조명을 설치하고 음악이 흘러나오도록 꾸며 낭만적인 분위기를 연출할 것이다", YCH, EV5, ["culture-tourism"],
          "plan"),
        C("토요문화마당과 ‘강화문화재 야행’이 관광객을 기다린다", YCH, EV5, ["culture-tourism"], "plan"),
        C("가을이 되면 강화도의 맛과 멋을 느낄 수 있는 섬포도축제와 새우젓축제", YCH, EV5, ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "유천호 강화군수(68·사진)는 강화도 발전을 위한 밑그림을 다시 그리고 있다",
        "정부가 최근 ‘접경지역 발전 종합계획’을 발표해 2030년까지 2조800억 원을 들여 각종 인프라를 확충하는 14개 사업을 추진하기로 했기 때문이다",
        "―수도권 관광명소로 진가를 드러내고 있는 강화도의 매력은….",
        "강화도는 선사시대부터 근대에 이르는 역사문화유적이 즐비한 대한민국의 보고(寶庫)다",
        "유네스코 세계문화유산인 고인돌을 비롯해 고려궁지(宮址), 강화산성, 외규장각, 조선시대 군사기지같이 수많은 관광자원을 지니고 있다",
        "어찌 관광객이 오지 않을 수 있겠는가",
        "―축제가 많이 열리는 것으로도 유명하다",
    ],
}

# pj-06 화성시 효행구보건소 opening (institutional; 보건소장 not in the registry)
D6 = "2026-02-12"
GOLD["pj-06-asiae.txt"] = {
    "metadata": {"headline": "치매 예방·돌봄 등 밀착형 보건서비스 확대", "published": "2026-02-12",
                 "reporter": None, "outlet": None, "jurisdiction": "41590"},
    "officials": [],
    "claims": [
        C("4개 구청 체제에 따라 효행구보건소를 신설했다고 12일 밝혔다", None, D6, ["public-health"], "achievement"),
        C("보건 행정 및 건강 증진 서비스를 제공한다", None, D6, ["public-health"], "statement"),
        C("이번 보건소 신설로 이 일대 주민들은 생활권 중심의 치매 관리 서비스를 받을 수 있게 됐다", None, D6,
          ["dementia-care", "public-health"], "achievement"),
        C("보건소 측은 치매 조기 발견과 지속적인 관리 체계를 구축해 치매 사각지대 해소에 주력할 계획이다", None, D6,
          ["dementia-care"], "plan"),
        C("'비봉보건지소'에 치매 쉼터를 운영하고, 경증 치매 어르신을 대상으로 낮 돌봄과 인지 강화 프로그램을 제공한다", None, D6,
          ["dementia-care"], "statement"),
        C("75세 이상 고령 운전면허 갱신 대상자를 위해", None, D6, ["dementia-care"], "plan"),
        C("앞으로 치매 예방부터 돌봄, 생활 안전까지 포괄하는 체계적인 치매 관리 사업을 추진하겠다", None, D6,
          ["dementia-care"], "plan", speaker_name="유종우"),
    ],
    "not_claims": [
        "치매 관리 사업 관련 문의는 화성시치매안심센터에서 안내받을 수 있다",
    ],
}

# pj-07 인천 동구 urban regeneration (undated: every date null)
GOLD["pj-07-itimes.txt"] = {
    "metadata": {"headline": "지역 대표 원도심, 도시 재생 10곳 진행", "published": None, "reporter": None,
                 "outlet": None, "jurisdiction": "28140"},
    "officials": [],
    "claims": [
        C("동구가 다양한 도시재생사업을 추진하면서 지역에 활력을 불어 넣고 있다", None, None, ["urban-regeneration"],
          "achievement"),
        C("구는 지난 4월 도시재생지원센터도 개소", None, None, ["urban-regeneration"], "achievement"),
        C("동구에서 총 10개의 도시재생 사업이 진행되고 있다", None, None, ["urban-regeneration"], "statement"),
        C("2016년 도시 활력증진지역 개발사업에 공모해 선정된 '도란도란 송현마을' 사업 등이 있다", None, None,
          ["urban-regeneration"], "statement"),
        C("앞서 2007년부터 추진된 동구의 각종 사업은 금융위기로 시작된 국내 건설 경기 침체로 장기간 표류해왔다", None, None,
          ["urban-regeneration"], "criticism"),
        C("새뜰 마을 공모사업에 2015년부터 3년 연속 선정되면서 사업 추진에 물꼬를 트기 시작했다", None, None,
          ["urban-regeneration"], "achievement"),
        C("총 85억원으로 만석동 원괭이부리 마을과 철길마을의 생활 인프라를 2020년까지 개선할 예정이다", None, None,
          ["urban-regeneration"], "plan"),
        C("'도란도란 송현 마을' 사업도 현재 진행 중이다", None, None, ["urban-regeneration"], "statement"),
        C("내년까지 20억원을 투입해 송현초교 주변 주요 통학로를 정비하고", None, None, ["urban-regeneration"], "plan"),
        C("도시재생사업의 활력은 도시정비사업까지 영향을 미칠 것이라 구는 설명했다", None, None, ["urban-regeneration"],
          "statement"),
        C("'뉴스테이 연계형 정비사업' 지역인 송림초교구역은 관리처분계획 인가 후 이주·보상 중이다", None, None,
          ["housing"], "statement"),
        C("송림1·2동 구역은 사업시행 인가 후 분양신청 완료", None, None, ["housing"], "statement"),
        C("전국 최초의 결합개발 방식 도입을 통해 정상적으로 추진되고 있다", None, None, ["urban-regeneration"],
          "achievement"),
    ],
    "not_claims": [
        "송현·원괭이부리·철길마을·송림지구 등",
    ],
}

# pj-08 군산시 public delivery app (undated: every date null; 과장 not in the registry)
GOLD["pj-08-jjn.txt"] = {
    "metadata": {"headline": "군산시 공공배달앱 개발중", "published": None, "reporter": None, "outlet": None,
                 "jurisdiction": "45130"},
    "officials": [],
    "claims": [
        C("군산사랑상품권을 공공배달앱과 연계해 시너지 효과 극대화에 나섰다", None, None, ["small-merchants"], "plan"),
        C("골목상권 활성화사업 장기전략 2단계 사업을 본격 추진하고", None, None, ["small-merchants"], "plan"),
        C("골목상권 활성화를 위한 장기 전략을 추진한다고 밝혔다", None, None, ["small-merchants"], "plan"),
        C("군산경제 활성화에 마중물의 역할을 해냈다고 자평했다", None, None, ["small-merchants"], "achievement"),
        C("군산시만의 공공배달앱을 2단계 사업으로 추진하고 있다", None, None, ["small-merchants"], "statement"),
        C("배달앱이 차지하는 비중이 급격히 확대되면서 소상인에게 큰 부담으로 작용하고 있기 때문이다", None, None,
          ["small-merchants"], "statement"),
        C("소비자들은 배달앱을 통해 모바일 상품권을 사용해 할인혜택을 받을 수 있게 됐다", None, None, ["small-merchants"],
          "plan"),
        C("경제적 부담이 컸던 광고료와 수수료가 줄어들 것으로 예상된다", None, None, ["small-merchants"], "statement"),
        C("군산사랑상품권 가맹점에 가입돼 있는 배달이 가능한 음식점이면 누구나 가능하다", None, None, ["small-merchants"],
          "statement"),
        C("공공배달앱을 통해 보다 더 편리한 환경을 구축해", None, None, ["small-merchants"], "plan",
          speaker_name="김성우"),
    ],
    "not_claims": [
        "사업주 수수료-광고 무료",
        "12월 시범운영 내달 모바일",
        "상품권 출시 시너지 기대",
    ],
}

# pj-09 팔당 수계 7 시·군 signature campaign (용인시 source); 설명회 지난 12일 = 2025-09-12
D9, EV9 = "2025-09-19", "2025-09-12"
GOLD["pj-09-asiae.txt"] = {
    "metadata": {"headline": "수도권 7개 시·군 \"팔당 수계 규제 개선해야\"…대국민 서명운동",
                 "published": "2025-09-19T10:28+09:00", "reporter": "정두환", "outlet": None,
                 "jurisdiction": "41460"},
    "officials": [],
    "claims": [
        C("7개 시·군과 지역 주민들이 정부에 규제 개선을 요구하는 서명운동에 나섰다", None, D9, ["water-supply"],
          "criticism"),
        C("특별대책지역 수질보전정책협의회는 팔당 수계규제 개선을 위한 서명운동을 벌이고 있다", None, D9, ["water-supply"],
          "statement"),
        C("이 자리에서 협의회 측은 주민지원사업의 현실화와 합리적인 규제개선의 필요성을 설명했다", None, EV9,
          ["water-supply"], "criticism"),
        C("협의회는 오는 11월까지 팔당 수계 인근 지자체의 목소리를 모아 정부에 규제 개선을 건의할 예정이다", None, D9,
          ["water-supply"], "plan"),
        C("수도권에 식수원을 공급하기 위해 묵묵히 희생한 팔당 수계 주민들을 지원하는 주민지원사업비까지 정부가 일방적으로 삭감한 것은", None, EV9,
          ["water-supply"], "criticism", speaker_name="문승종"),
    ],
    "not_claims": [
        "주민지원사업비 현실화, 중첩규제 개선 등 요구",
        "협의회 관계자가 지역 주민들에게 팔당 수계의 규제 개선 필요성을 설명하고 있다. 용인시 제공",
        "서명운동에 나선 지자체는 용인시를 비롯해 가평군·광주시·남양주시·양평군·여주시·이천시 등 7개 시·군이다",
        "용인시의 경우 지난 12일 모현읍행정복지센터에서 특별대책지역 1권역인 처인구 모현읍 이장단을 대상으로 주민설명회를 열었다",
        "설명회는 팔당 수계주민지원사업비 현실화와 중첩규제 개선을 위한 규제개선 서명운동에 대한 내용을 공유하기 위해 마련됐다",
    ],
}


def collapse(text):
    return re.sub(r"\s+", " ", text).strip()


def main():
    (ROOT / "gold").mkdir(exist_ok=True)
    total = 0
    for name, gold in GOLD.items():
        text = collapse((ROOT / "articles" / name).read_text(encoding="utf-8"))
        for claim in gold["claims"]:
            n = text.count(collapse(claim["quote"]))
            assert n == 1, (name, claim["quote"], n)
        for nc in gold["not_claims"]:
            assert collapse(nc) in text, (name, nc)
        out = {"article": name, **gold}
        (ROOT / "gold" / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n",
                                                     encoding="utf-8")
        total += len(gold["claims"])
        print(name, len(gold["claims"]))
    print("total claims", total)


if __name__ == "__main__":
    main()
