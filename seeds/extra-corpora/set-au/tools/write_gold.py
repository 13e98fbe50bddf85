"""Writes the hand annotations of set-au to gold/*.json."""
import json
import os

GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold")


def c(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


G = {}

# au-01: 경기 성남시, 국민일보 AMP, 2015-06-12; 이재명 SNS posts '12일'
D1 = "2015-06-12"
L = "lee-jae-myung"
G["au-01-kmib.txt"] = {
    "metadata": {"headline": "“사람의 생명만큼 중요한 건 없습니다” 이재명 “메르스의 교훈이자 진주의료원 폐쇄 부당 의미”",
                 "published": "2015-06-12T15:23+09:00", "reporter": "김영석", "outlet": "국민일보",
                 "jurisdiction": "41130"},
    "officials": [L],
    "claims": [
        c("이번 메르스 사태에서 얻은 여러가지 교훈중 하나가 바로 공공 의료의 중요성입니다", L, D1, ["public-health"], "statement"),
        c("의료는 돈벌이 수단이 아니라 국민의 생명이 달린 최소한의 공공복지서비스입니다", L, D1, ["public-health"], "statement"),
        c("그래서 공공의료원이 중요한데 우리나라 공공의료 비중이 점차 떨어져 세계 최하위수준인 9%대가 되었습니다", L, D1, ["public-health"], "criticism"),
        c("성남시립의료원 왜 짓는지, 진주의료원 왜 폐쇄하면 안되는지를 잘 보여주지요", L, D1, ["public-health"], "criticism"),
    ],
    "not_claims": ["사람의 생명만큼 중요한 건 없습니다”라고 강조했다", "조국이 조국을 부른다",
                   "이재명 “메르스의 교훈이자 진주의료원 폐쇄 부당 의미”"],
}

# au-02: 경기 김포시, local web paper (no outlet named), 2016 (no day/month), 유영록 briefing
Y2 = "yu-yeong-rok"
G["au-02-gimporo.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "41570"},
    "officials": [Y2],
    "claims": [
        c("△활력이 넘치는 경제도시 건설 △배려와 공존의 복지도시 표방 △시민 중심의 첨단 교통도시 건설 △문화교육도시 지향", Y2, None,
          ["welfare", "culture-tourism", "education"], "plan"),
        c("평화문화도시 선포, 대중국 전략사업, 시민 안전지킴이로 자리 매김한 스마토피아 센터 운영 등을 중심으로 브리핑이 진행됐다", None, None,
          ["culture-tourism", "disaster-safety"], "achievement"),
        c("38% 공정율을 보이고 있는 도시철도 건설과 관련해 고용복지플러스센터 및 여성새일센터, 육아종합지원센터 등의 복지 분야와 문화재단 출범", None, None,
          ["public-transit", "jobs", "childcare-birth", "welfare", "culture-tourism"], "statement"),
    ],
    "not_claims": ["올 한해 역점을 두고 추진할 주요 시정정책을 언론브리핑을 통해 지난 21일 시청 대회의실에 밝혔다",
                   "시네폴리스 사업, 거물대리 환경문제, 공동주택 분쟁 해결 등 시 현안에 대한 40여분간의 질의시간",
                   "시민 결집으로 열매를 맺고 미래 초석을 다지는 새로운 한해가 시작됐다",
                   "시민을 위해 전 공직자의 혼신의 노력을 기울여 나갈 것이다"],
}

# au-03: 인천 남동구, 중부일보, undated ('25일'), 장석현 quoted
J3 = "jang-seok-hyeon"
G["au-03-joongboo.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "강정규", "outlet": "중부일보", "jurisdiction": "28200"},
    "officials": [J3],
    "claims": [
        c("인천 남동구의 일자리 정책이 성과를 내고 있다", None, None, ["jobs"], "achievement"),
        c("민선 6기 출범 이후 지난달까지 총 취업자 수 2만74명을 기록했다고 25일 밝혔다", None, None, ["jobs"], "achievement"),
        c("이는 장석현 구청장이 취임한 이후 3년여 만에 이룬 성과다", None, None, ["jobs"], "achievement"),
        c("▶남동구 일자리 인력은행 홈페이지 운영 ▶19개 동·일자리센터 취업상담사 배치 ▶맞춤형 구인·구직 알선 등의 결과라고 설명했다", None, None, ["jobs"], "achievement"),
        c("내년까지 최대 3만개에 달하는 일자리 창출이 가능할 것이라고 내다봤다", None, None, ["jobs"], "target"),
        c("한쪽은 일자리가 없고, 다른쪽에서는 일할 사람이 부족한 현상을 줄이기 위해 일자리 매칭 사업에 주력하고 있다", J3, None, ["jobs"], "statement"),
        c("지금까지 거둔 성과에 안주하지 않고 앞으로도 일자리 창출 사업에 더욱 박차를 가할 것", J3, None, ["jobs"], "plan"),
    ],
    "not_claims": ["저작권자 © 중부일보 - 경기·인천의 든든한 친구"],
}

# au-04: 인천 옹진군, 인천일보 page (no outlet/byline in text), undated (조윤길's last 5 months: early 2018)
J4 = "jo-yun-gil"
G["au-04-incheonilbo.txt"] = {
    "metadata": {"headline": "\"교통 편의 증대.맞춤 복지 주력 … 매력적인 휴양관광지 도약할 것\"", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "28720"},
    "officials": [J4],
    "claims": [
        c("인천시는 2020년 유네스코 세계지질공원 등재를 목표로 하고 있다", None, None, ["culture-tourism"], "plan"),
        c("조윤길 옹진군수는 남은 5개월여 임기 동안 교통편의 증대와 맞춤형 복지 사업에 주력할 계획이다", J4, None, ["public-transit", "welfare"], "plan"),
        c("조 군수는 경제적 부담 해소를 위해 올해도 여객선 운임 지원 사업을 펼칠 방침이다", J4, None, ["public-transit"], "plan"),
        c("인천시민, 국군 장병 면회객의 여객선 운임 80%를 지원하겠다", J4, None, ["public-transit"], "plan"),
        c("타 시·도민과 명절 귀성객 등에 대한 여객선 운임도 지원해나가겠다", J4, None, ["public-transit"], "plan"),
    ],
    "not_claims": ["국군 면회객 등 여객선 운임 80% 지원", "다각적 마케팅 통해 섬 명소 적극 홍보",
                   "인천 옹진군은 때 묻지 않은 자연과 생태의 보고다",
                   "군과 관, 민이 합동해 마을을 재건해냈다",
                   "가장 교통이 불편한 지역이다",
                   "섬 간 이동을 원활하기 위해 연도교 사업도 추진한다",
                   "덕적도와 소야도 간 연도교가 올해 개통되면 교통여건이 크게 개선될 것이라고 기대하고 있다"],
}

# au-05: 경기 하남시, mid-article excerpt (no outlet/date), '김 시장' = 김상호
K5 = "kim-sang-ho"
G["au-05-ajunews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "41450"},
    "officials": [K5],
    "claims": [
        c("이를 위해 시는 정부와 지방자치단체, 기업, 시민을 하나로 범국가적 대응체계 시스템 구축에 주력할 계획이다", None, None, ["fine-dust"], "plan"),
        c("고농도 미세먼지 발생 시 신속한 대응·협업을 위한 부서별 미세먼지 저감 대책회의를 개최했다", None, None, ["fine-dust"], "statement"),
        c("이번 회의에서는 ‘6개 분야 37개 과제사업’을 중심으로 논의가 이어졌다", None, None, ["fine-dust"], "statement"),
        c("6개 분야로는 ◇미세먼지 대응분야 ◇민간계층 중점보호", None, None, ["fine-dust"], "statement"),
        c("미세먼지는 너나 할 것 없이 전 직원과 시민이 하나돼 적극 홍보하고, 함께 동참해야 할 특별한 과제", K5, None, ["fine-dust"], "plan"),
        c("각 동의 모범사례 등을 공유해서 하남전체 마을로 확산될 수 있도록 노력하자", K5, None, ["fine-dust"], "plan"),
        c("공원녹지과를 중심으로 나무심기·공원가꾸기를 통해 도심 숲 조성을 확산하고", K5, None, ["fine-dust"], "plan"),
        c("정부에서는 12월부터 내년 3월까지 4개월 동안‘미세먼지 계절 관리제’를 시행 중이며", None, None, ["fine-dust"], "statement"),
    ],
    "not_claims": [],
}

# au-06: 인천 미추홀구, hankyung page crediting 연합뉴스, undated ('22일'), institutional
U6 = "urban-regeneration"
G["au-06-hankyung.txt"] = {
    "metadata": {"headline": "인천 용현동 뉴딜사업관리자 지정…인천도시공사가 주도", "published": None, "reporter": None,
                 "outlet": "연합뉴스", "jurisdiction": "28177"},
    "officials": [],
    "claims": [
        c("인천 용현동 도시재생 뉴딜사업을 공기업인 인천도시공사가 주도적으로 추진한다", None, None, [U6], "plan"),
        c("도시재생 뉴딜사업의 총괄 사업관리자로 인천도시공사를 지정할 계획이라고 22일 밝혔다", None, None, [U6], "plan"),
        c("구는 인천도시공사와 협약을 맺고 뉴딜사업과 관련한 일부 또는 모든 업무를 공사에 대행하거나 위탁하게 된다", None, None, [U6], "plan"),
        c("3월 중 용현2동에 현장 지원센터를 설치할 예정이다", None, None, [U6], "plan"),
        c("총괄 사업관리자 뉴딜사업은 공기업이 시행하는 거점 개발사업을 중심으로 도시재생 활성화 계획을 세우고", None, None, [U6], "statement"),
        c("그동안 도시재생은 지방자치단체가 계획을 수립하고 사업을 주도하는 구조여서 공기업의 참여가 제한적이었다", None, None, [U6], "statement"),
        c("올해부터 2023년까지 사업비 1천68억원을 들여 용현2동 일대 12만136㎡ 부지에 테마거리, 복지센터, 숲길 등을 조성할 예정이다", None, None, [U6, "welfare"], "plan"),
        c("사업을 빠르고 체계적으로 추진할 수 있도록 인천도시공사와 총괄 사업관리자 협약을 맺기로 했다", None, None, [U6], "plan", "박제성"),
        c("공사 측이 뉴딜사업을 제안했던 만큼 더욱 전문적으로 사업이 추진될 것으로 기대한다", None, None, [U6], "statement", "박제성"),
    ],
    "not_claims": ["/연합뉴스"],
}

# au-07: 인천 서구, 경기도민일보, 2021-04-21 (승인 line), 이재현
D7 = "2021-04-21"
R7 = "lee-jae-hyeon"
G["au-07-kgdm.txt"] = {
    "metadata": {"headline": "이재현 인천 서구청장, 탄소중립 지방정부추진단 참석", "published": "2021-04-21T15:00+09:00",
                 "reporter": "이원영", "outlet": "경기도민일보", "jurisdiction": "28260"},
    "officials": [R7],
    "claims": [
        c("인천 서구가 가까이 다가온 친환경 수소경제사회에 발 빠르게 대비하기 위한 대책 마련에 전방위적으로 나서고 있다", None, D7, ["energy-transition"], "statement"),
        c("‘기초지방정부 10대 실천과제’를 선언했다고 21일 밝혔다", R7, D7, ["climate-carbon"], "plan"),
        c("이번 선언은 정부가 그린뉴딜 정책을 발표하고 2050 탄소중립 목표를 선언하는 등", None, D7, ["climate-carbon"], "statement"),
        c("전 세계가 기후위기를 생존의 문제로 인식하고 각국이 앞 다퉈 탄소중립을 외치는 흐름과도 맥락을 같이한다", None, D7, ["climate-carbon"], "statement"),
        c("2030년까지 온실가스 45% 감축을 위한 10대 실천과제를 선정해 선언문을 마련했다", None, D7, ["climate-carbon"], "target"),
        c("실천과제는 탄소중립 기반 구축, 탄소중립 감축 이행, 탄소중립 사회 전환 등 3대 목표에 따라 총 10개로 구성된다", None, D7, ["climate-carbon"], "statement"),
        c("탄소중립 기반 구축과제는 △행정조직 개편 및 강화 △탄소중립 조례 제정", None, D7, ["climate-carbon"], "plan"),
    ],
    "not_claims": ["10대 실천과제 선언 동참",
                   "서구청장이 국회 탄소중립특위에 참석해 지방정부 중심 ‘10대 실천과제 선언’에 동참했다"],
}

# au-08: 경기 가평군, local web paper (편집장 byline, no outlet named), undated ('16일'), institutional
A8 = "agriculture"
G["au-08-gpfact.txt"] = {
    "metadata": {"headline": "가평군, 가평에서 한 달 살기. 귀농․귀촌 성공적 정착 돕는다", "published": None,
                 "reporter": "남영삼", "outlet": None, "jurisdiction": "41820"},
    "officials": [],
    "claims": [
        c("귀농귀촌의 성공적 정착을 위해 가평에서 한 달 살아보기 지원사업을 추진한다고 16일 밝혔다", None, None, [A8], "plan"),
        c("1, 2기 각 8명씩 나눠 진행되는 사업은", None, None, [A8], "statement"),
        c("현재 1기가 다음달 2일까지 진행 중인 가운데 2기는 7월말부터 추진된다", None, None, [A8], "statement"),
        c("2기 참여희망자는 사전 신청을 통해 선착순으로 이루어진다", None, None, [A8], "statement"),
        c("가평에서 한 달 살아보기 프로그램은 가평 귀촌귀농학교에서 실시된다", None, None, [A8], "statement"),
        c("귀농후보 작목선정 계획세우기 등 사전 준비된 정보습득으로 귀농귀촌을 돕게 된다", None, None, [A8], "statement"),
        c("귀촌귀농에 대한 시행착오 없이 인생 2막을 준비해 나갈 계획이다", None, None, [A8], "plan"),
        c("농업인의 삶의 질 향상 및 신규 농업인의 귀농정착을 유도할 방침이다", None, None, [A8], "plan"),
        c("2024~2028년 농업농촌 및 식품산업 발전계획 수립용역을 비롯해", None, None, [A8], "plan"),
    ],
    "not_claims": ["[▲ 가평군청 전경]"],
}

# au-09: 경기 평택시, 뉴스핌 (dateline), undated (only '2025년 예산'), institutional
W9 = "welfare"
G["au-09-newspim.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "이성훈", "outlet": "뉴스핌", "jurisdiction": "41220"},
    "officials": [],
    "claims": [
        c("2025년 예산 중 총 8122억 원을 편성해 다각적인 복지사업을 추진하기로 했다", None, None, [W9], "plan"),
        c("'누구나 돌봄사업'을 통해 생활 불편을 겪는 시민들에게 신속한 돌봄 서비스를 제공하는 한편", None, None, [W9], "plan"),
        c("복지 사각지대를 해소하기 위한 시스템을 통해 위기가구를 적극 발굴해 긴급생계지원을 제공하고", None, None, [W9], "plan"),
        c("730억 원을 들여 맞춤형 급여와 재가의료급여사업을 추진해 취약계층의 지역사회 정착을 지원할 계획이다", None, None, [W9], "plan"),
        c("44개 자활사업단에 약 100억 원을 투입해 저소득층 근로 능력자의 자립을 돕고", None, None, [W9], "plan"),
        c("노인 복지 분야에는 총 2,822억 원을 투입해 약 4천 명의 어르신에게 맞춤형 돌봄 서비스와 안전 지원을 제공한다", None, None, [W9], "plan"),
        c("장애인들을 위해서는 790억 원을 투입해 발장애인을 위한 1:1 맞춤 돌봄과 방과 후 지원 서비스를 확대하고", None, None, [W9], "plan"),
    ],
    "not_claims": ["평택시청 청사[사진=평택시]", "초고령 사회를 대비한 공설 종합장사시설 건립 계획도 강화한다",
                   "2030년까지 공사를 마무리할 예정이다"],
}


def main():
    os.makedirs(GOLD, exist_ok=True)
    for name, g in G.items():
        out = {"article": name, **g}
        with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(name, len(g["claims"]))
    print("total", sum(len(g["claims"]) for g in G.values()))


if __name__ == "__main__":
    main()
