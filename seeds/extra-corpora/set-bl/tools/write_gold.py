"""Write set-bl's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


FILES = {}

# bl-01 수원 (이데일리, 2023-09-04)
D = "2023-09-04"
FILES["bl-01-edaily.txt"] = {
    "metadata": {"headline": "수원시 '탄소중립 선도도시' 비전 선포 \"일상 변화해야\"",
                 "published": "2023-09-04T17:34:32+09:00", "reporter": "황영민", "outlet": "이데일리",
                 "jurisdiction": "41110"},
    "officials": ["lee-jae-jun"],
    "claims": [
        c("수원특례시가 기후위기에 대응하기 위한 탄소중립 선도 도시로 나아가기 위한 비전을 수립했다", None, D, ["climate-carbon"], "plan"),
        c("‘탄소중립, 시민의 일상이 되다’를 비전으로 선포했다", None, D, ["climate-carbon"], "plan"),
        c("4대 핵심정책을 발표했다", None, D, ["climate-carbon", "energy-transition", "public-transit"], "plan"),
        c("탄소중립을 실현하려면 시민 한분 한분의 적극적인 실천이 필요하다", "lee-jae-jun", D, ["climate-carbon"], "plan"),
        c("지난 2월부터 ‘우리집 탄소모니터링’ 시범사업을 3개 아파트 단지 1999세대에서 실시하고 있다", None, D, ["climate-carbon"], "statement"),
        c("자발적으로 탄소 발생량을 줄이는 노력을 하는 것이다", None, D, ["climate-carbon"], "statement"),
        c("참여 가정의 전력 사용량은 지난해 같은 기간 대비 10%가량 감소한 것으로 나타났다", None, D, ["climate-carbon"], "achievement"),
        c("우리집 탄소모니터링 참여 가구를 올해 하반기까지 2만 세대, 2030년까지 10만 세대로 확대한", None, D, ["climate-carbon"], "target"),
    ],
    "not_claims": [
        "수원시 '탄소중립 선도도시' 비전 선포",
        "탄소중립 비전선포식 열고 4대 핵심정책 발표",
        "탄소중립센터에 이어 탄소중립 시민위원회 발족",
        "인사말을 하고 있다.(사진=수원시)",
        "시민 모두가 일상의 변화를 이뤄내야 한다",
    ],
}

# bl-02 화성 (매일일보, 2014-09-05)
D = "2014-09-05"
FILES["bl-02-maeililbo.txt"] = {
    "metadata": {"headline": "화성시, 서부권 대중교통기반시설 확대 추진", "published": "2014-09-05",
                 "reporter": "강태희", "outlet": "매일일보", "jurisdiction": "41590"},
    "officials": ["chae-in-seok"],
    "claims": [
        c("화성시는 4일부터 남양(화성시청)-사당간 광역직행버스 1008번 버스를 하루 4대 21회 운행에서 6대 36회로 확대했다", None, "2014-09-04", ["public-transit"], "achievement"),
        c("직행광역버스 남양(화성시청)-사당간 노선을 신설했다", None, D, ["public-transit"], "achievement"),
        c("버스 2대를 증차하고 하루 운행횟수를 15회 더 늘렸다", None, D, ["public-transit"], "achievement"),
        c("이번 직행광역버스 증차를 통해 지역주민의 대중교통 이용 불편이 다소 해소되길 바란다", "chae-in-seok", D, ["public-transit"], "statement"),
        c("저상버스 구입, 출퇴근시간대 이용자가 집중되는 동탄지역 정기이용권 버스 운영 확대", None, D, ["public-transit"], "statement"),
    ],
    "not_claims": [
        "화성시, 서부권 대중교통기반시설 확대 추진",
        "남양-사당 1008번 버스 배차간격 줄여 불편해소",
        "증차를 위해 협조해준 (주)제부여객 조인행 대표와 관계자들의 노고를 치하했다",
    ],
}

# bl-03 오산 (경인일보 by URL; outlet not named in the text; 발행일 2018-01-15)
D = "2018-01-15"
FILES["bl-03-kyeongin.txt"] = {
    "metadata": {"headline": "[곽상욱 오산시장 새해설계]온마을이 학교로 '새 패러다임'… 주거·교통환경 개선 추진 자신",
                 "published": "2018-01-15", "reporter": "신창윤", "outlet": None, "jurisdiction": "41370"},
    "officials": ["gwak-sang-uk"],
    "claims": [
        c("오산시만의 특화된 교육정책을 통해 학교와 시민들의 큰 호응을 얻으며 자타공인 대한민국 공교육 1번지로 자리매김했다", None, D, ["education"], "achievement"),
        c("또 교육뿐만 아니라 경제·일자리·복지·보육·안전·문화예술·체육, 환경 분야에서도 큰 성과를 거뒀다", None, D,
          ["education", "jobs", "welfare", "childcare-birth", "disaster-safety", "culture-tourism"], "achievement"),
        c("핵심은 '온 마을이 학교로 지역사회가 함께하는 교육정책의 패러다임'을 확립하는 것이다", None, D, ["education"], "plan"),
        c("오산 특화 '아동친화도시' 조성, 아이들이 행복한 '혁신교육' 일반화 추진", None, D, ["education", "welfare"], "plan"),
        c("오산형 혁신 모델학교인 '물 향기 학교'를 공교육 혁신의 모범학교로 육성하고", None, D, ["education"], "achievement"),
        c("공교육을 보완 지원하는 제도도 확대 발전시켰다", None, D, ["education"], "achievement"),
    ],
    "not_claims": [
        "백년시민대학등 특화 교육정책",
        "국내 최초 악기도서관 7월 건립",
        "컨설팅 지원 줄서는 식당 사업도",
        "오산시가 올해 시 개청 30주년을 맞는다",
        "시는 올해에도 30개 항목의 주요 현안사항을 제시했다",
    ],
}

# bl-04 이천 (' date 2025-08-20'; outlet not named)
D = "2025-08-20"
FILES["bl-04-segye.txt"] = {
    "metadata": {"headline": None, "published": "2025-08-20", "reporter": None, "outlet": None,
                 "jurisdiction": "41500"},
    "officials": ["kim-gyeong-hui"],
    "claims": [
        c("경기 이천시가 투자유치와 수출입기업 지원, 구직활동 활성화 등 지역경제를 위한 ‘삼박자 경영’에 나섰다", None, D, ["investment-attraction", "jobs"], "statement"),
        c("착수보고회를 열고 반도체 산업 고도화 방안 등을 마련하기로 했다", None, D, ["investment-attraction"], "plan"),
        c("미래 신산업을 선제적으로 유치해 성과를 높일 계획이다", None, D, ["investment-attraction"], "plan"),
        c("시의 투자유치 비전을 구체화하고 지속 가능한 산업생태계 기반을 마련하겠다", "kim-gyeong-hui", "2025-08-19", ["investment-attraction"], "plan"),
    ],
    "not_claims": [
        "김경희 시장이 투자유치 활성화 전략수립 용역 착수보고회를 주재하고 있다",
        "반도체 정책산업 자문단 등이 참석했다",
        "타깃 산업 및 기업 발굴 방안 등을 논의했다",
        "수출산업 발전을 위한 간담회도 최근 개최했다",
        "시가 해외시장개척단 사업을 비롯해 수출물류비와 해외전시 지원 등에 꾸준히 도움을 줘 매출이 늘고 있다",
        "이천시 구인·구직 만남의 날 행사장을 방문해 시민과 대화하고 있다",
        "기업의 발전이 이천시의 발전",
    ],
}

# bl-05 성남 (2021-06-21; institutional narration only)
D = "2021-06-21"
FILES["bl-05-joongangtv.txt"] = {
    "metadata": {"headline": "성남시, 5년간 1996억원 투입해 '청년정책 추진'", "published": "2021-06-21",
                 "reporter": "장은기", "outlet": None, "jurisdiction": "41130"},
    "officials": [],
    "claims": [
        c("성남시가 앞으로 5년간 총 1996억원을 투입해 '청년 정책'을 추진한다", None, D, ["youth-policy"], "plan"),
        c("5개 정책분야의 59개 중점과제를 추진한다고 밝혔다", None, D, ["youth-policy"], "plan"),
        c("첫 5개년 종합계획인 성남시 청년정책 기본계획(2021~2025)’을 수립했다", None, D, ["youth-policy"], "achievement"),
        c("각 분야에서 청년들의 삶을 지원한다", None, D,
          ["youth-policy", "jobs", "housing", "education", "welfare", "culture-tourism"], "statement"),
        c("성남시 19~34세 청년층 205487(전체 인구의 22%)이 대상이다", None, D, ["youth-policy"], "statement"),
        c("시는 일자리 분야에서 17개 과제를 추진해 청년의 일할 권리를 보장한다", None, D, ["jobs", "youth-policy"], "plan"),
        c("지역주도형 일자리사업을 통해 청년 고용을 확대하고", None, D, ["jobs", "youth-policy"], "plan"),
        c("주거 분야는 10개 과제를 추진해 집에 대한 청년들의 걱정을 던다", None, D, ["housing", "youth-policy"], "plan"),
        c("시는 오는 2025년까지 공공임대주택 7266가구", None, D, ["housing", "startup-support", "youth-policy"], "target"),
        c("교육 분야 추진과제는 8개로", None, D, ["education", "jobs", "youth-policy"], "plan"),
        c("복지·문화 분야 추진과제는 16개다", None, D, ["welfare", "culture-tourism", "youth-policy"], "statement"),
        c("신용회복을 지원하고 청년기본소득 지급 등을 한다", None, D, ["youth-policy", "welfare"], "plan"),
    ],
    "not_claims": [
        "성남시, 5년간 1996억원 투입해 '청년정책 추진'",
        "19~34세까지 청년층 20만 여명 대상 일자리·주거·교육·복지·문화 등 지원",
    ],
}

# bl-06 경기도 (이재명 지사, 오산 오색시장; text gives only '13일' -> undated)
FILES["bl-06-pressian.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "41"},
    "officials": ["lee-jae-myung", "gwak-sang-uk"],
    "claims": [
        c("지역화폐 정책을 통한 골목경제와 중소기업 지원의 중요성을 강조했다", "lee-jae-myung", None, ["small-merchants"], "statement"),
        c("그 방법 중 하나가 지역화폐다", "lee-jae-myung", None, ["small-merchants"], "statement"),
        c("지역화폐를 쓰면 소비 승수효과, 재정승수 효과가 크다", "lee-jae-myung", None, ["small-merchants"], "statement"),
        c("똑같은 돈을 써도 지방에, 골목에, 서민에게 쓰면 경제 활성화 효과가 훨씬 크기 때문", "lee-jae-myung", None, ["small-merchants"], "statement"),
        c("고용을 더 많이 책임지는 중소기업이나 자영업자들을 지원해야 한다", "lee-jae-myung", None, ["small-merchants"], "plan"),
        c("전통시장과 골목경제가 사는 것은 개인에게도 국가에게도 정말 중요한 과제", "lee-jae-myung", None, ["small-merchants"], "statement"),
    ],
    "not_claims": [
        "추석 명절을 앞두고 민생행보에 나섰다",
        "이럴 때일수록 더 나은 내일을 위해 준비해야 한다",
        "거기에 더해 함께 잘사는 길을 찾아야 한다",
        "두 번째는 중소기업에 주목해야 한다",
        "같이 잘 먹고 잘 살기 위해서는 중소기업이 살아야 한다",
        "모두가 재미있고 행복한 세상을 위해 경기도가 열심히 노력하겠다",
    ],
}

# bl-07 용인 (백군기 취임 100일; text gives only '10일' -> undated)
B = "baek-gun-gi"
FILES["bl-07-kmib.txt"] = {
    "metadata": {"headline": "백군기 용인시장 “편리하고 안전한 ‘스마트 대중교통 도시’ 구현”", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "41460"},
    "officials": [B],
    "claims": [
        c("사회적 약자와 취약계층을 위해 시장으로 할 수 있는 일은 다 하겠습니다", B, None, ["welfare"], "plan"),
        c("편리하고 안전한 대중교통을 위해 ‘스마트 교통도시’를 구현하겠다는 의지를 피력했다", B, None, ["public-transit", "smart-city"], "plan"),
        c("교통문제는 대중교통 중심으로 풀어가겠다", B, None, ["public-transit"], "plan"),
        c("다세대·연립주택에도 아파트처럼 관리·지원을 하는 등 역차별을 해소하겠다", B, None, ["housing"], "plan"),
        c("이곳을 GTX 용인역과 연계해 수도권 남부의 교통허브로 조성하고", B, None, ["public-transit"], "plan"),
        c("미래경쟁력 강화를 위해 전국 최고 교육특별도시를 향한 투자도 강화키로 했다", B, None, ["education"], "plan"),
    ],
    "not_claims": [
        "‘스마트 대중교통 도시’ 구현” 기사의 사진",
        "사람중심의 새로운 용인을 향한 시스템을 정비했다",
        "‘선 교통대책 수립, 후 개발’ 원칙을 고수하겠다",
        "플랫폼시티 구상도 펼쳤다",
        "보정·마북동 일원 100만평 부지에 명품복합도시를 건설할 것",
        "난개발조사특위를 발족하고",
    ],
}

# bl-08 평택 (뉴스핌, ' date 2026-03-07')
D = "2026-03-07"
J = "jeong-jang-seon"
FILES["bl-08-newspim.txt"] = {
    "metadata": {"headline": None, "published": "2026-03-07", "reporter": "이성훈", "outlet": "뉴스핌",
                 "jurisdiction": "41220"},
    "officials": [J],
    "claims": [
        c("여성·가족·보육사업에 2774억 원을 편성해 가족이 안심하고 아이를 키울 수 있는 도시 조성에 나선다", None, D, ["childcare-birth", "welfare"], "plan"),
        c("내·외국인이 함께 어울려 성장하는 도시를 만들기 위해 예산을 편성해 추진한다", None, D, ["childcare-birth", "welfare"], "plan"),
        c("여성1인가구 안심패키지 35가구, 스마트도어벨 142가구, 여성안심무인택배함 7개소를 운영 중이다", None, D, ["disaster-safety"], "statement"),
        c("'바로희망팀'을 개소하고 초기 대응부터 상담·사례관리까지 통합 지원하는 지역사회 안전망을 구축한다는 계획이다", None, D, ["welfare", "disaster-safety"], "plan"),
        c("21개 부서에서 100개 사업을 추진하며", None, D, ["welfare", "culture-tourism"], "plan"),
        c("국공립어린이집 11개소를 확충해 총 101개소까지 확대한다", None, D, ["childcare-birth"], "target"),
        c("부모가 신뢰할 수 있는 보육환경을 조성할 방침이다", None, D, ["childcare-birth"], "plan"),
        c("앞으로도 가족과 내·외국인이 함께 어울려 성", J, D, ["welfare"], "plan"),
    ],
    "not_claims": [
        "평택시 등록 외국인 주민은 5만518명으로 전국 226개 지자체 중 7번째",
        "2021년 3만5431명 대비 5년간 42.6% 증가한 수치다",
    ],
}

# bl-09 안산 (2021-05-11 date line; outlet not named)
D = "2021-05-11"
Y = "yun-hwa-seop"
FILES["bl-09-ajunews.txt"] = {
    "metadata": {"headline": "윤화섭 안산시장, \"세계적인 모범 수소도시 되고 탄소중립 시대 앞당길 것\"",
                 "published": "2021-05-11T18:01+09:00", "reporter": None, "outlet": None, "jurisdiction": "41270"},
    "officials": [Y, "lee-jae-myung"],
    "claims": [
        c("안산 수소 시범도시 착공식을 열고, 친환경 수소특별시로 나아가기 위한 첫발을 내디뎠다", None, D, ["energy-transition"], "achievement"),
        c("안산스마트허브 및 대부도 방아머리 일대에서 관련 사업을 본격적으로 추진할 계획이다", Y, D, ["energy-transition"], "plan"),
        c("이를 통해 수소경제 기반을 구축하고 ‘친환경 수소특별시’로 거듭나겠다는 의지를 내비치고 있다", None, D, ["energy-transition"], "plan"),
        c("기본요소 사업은 수소추출기", None, D, ["energy-transition", "future-vehicles"], "statement"),
        c("2030년까지 수소충전소를 15개소로 확대하기로 했다", Y, D, ["future-vehicles", "energy-transition"], "target"),
        c("정부의 수소경제 활성화 로드맵에 발맞춰 글로벌 시대에 걸맞은 ‘친환경 수소특별시’로 자리매김할 것", Y, D, ["energy-transition"], "plan"),
    ],
    "not_claims": [
        "세계적인 모범 수소도시 되고 탄소중립 시대 앞당길 것",
        "친환경 수소특별시 안산’ 수소시범도시 착공식 열어",
        "내년 말까지 410억 원 투입해 수소경제 기반 구축",
        "경과보고 및 수소e로움 충전시연 등의 순으로 진행됐다",
    ],
}

if __name__ == "__main__":
    GOLD.mkdir(parents=True, exist_ok=True)
    for name, body in FILES.items():
        out = {"article": name, **body}
        (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(body["claims"]))
