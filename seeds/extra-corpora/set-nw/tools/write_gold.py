"""Write set-nw gold files (hand annotation, compact form: quote, speaker, date, policies, kind)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def C(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


D1 = "2025-10-02"
D3 = "2026-02-12"
D4 = "2024-10-16"
D5 = "2018-07-11"
D7 = "2020-09-17"
D8 = "2023-02-02"
JW, KT, YJ, WM = "jeong-won-o", "kim-tae-u", "yoo-jeong-bok", "won-chang-muk"

FILES = {
    "nw-01-seoul.txt": {
        "metadata": {"headline": "청년 일자리·소셜벤처 등 정책 호평", "published": "2025-10-03", "reporter": "유규상",
                     "outlet": None, "jurisdiction": "11200"},
        "officials": [JW],
        "claims": [
            C("11년 연속 수상이라는 기록을 세웠다고 2일 밝혔다", None, D1, ["jobs"], "achievement"),
            C("구는 공시제 부문에서 ‘최우수상’, 우수사업 부문에서 ‘우수상’을 받아 2관왕에 올랐다", None, D1, ["jobs"], "achievement"),
            C("‘고용 잇는 성장과 동행’을 비전으로 삼고", None, D1, ["jobs", "youth-policy", "startup-support"], "statement"),
            C("지자체 최초로 소셜벤처 허브센터를 운영하고, 전국 단위 엑스포를 개최했다", None, D1, ["startup-support"], "achievement"),
            C("성동미래일자리주식회사를 운영해 어르신 등 취업 취약계층에 안정적인 장기 일자리를 제공하며", None, D1, ["jobs"], "achievement"),
            C("‘고립·은둔 청년 찾아가는 멘토링’ 사업이 호평받아 우수사업 부문 수상으로 이어졌다", None, D1, ["youth-policy"], "achievement"),
            C("지속가능한 일자리 창출을 통해 ‘일자리 포용도시 성동’을 만들기 위해 최선을 다하겠다", JW, D1, ["jobs"], "plan"),
        ],
        "not_claims": [
            "청년 일자리·소셜벤처 등 정책 호평",
            "‘전국 지방자치단체 일자리대상’ 11년 연속 수상을 기념해 직원들과 사진을 찍고 있다",
            "고용노동부가 주관하는 이번 평가는 전국 243개 광역·기초 자치단체가 참여하는 국내 최대 규모다",
        ],
    },
    "nw-02-seouland.txt": {
        "metadata": {"headline": "“매일 아침 10시 구청장과 만나요”…강서구, 릴레이 주민 소통 추진",
                     "published": "2023-03-09T09:21+09:00", "reporter": None, "outlet": None, "jurisdiction": "11500"},
        "officials": [KT],
        "claims": [
            C("김태우 강서구청장이 주민 3만여 명과 직접 소통에 나선다", None, "2023-03-09", ["citizen-participation"], "target"),
            C("13일부터 구청장과 주민들이 직접 만나 소통하는 ‘매일매일 태우는 주민소통 열차’를 추진한다", None, "2023-03-09", ["citizen-participation"], "plan"),
            C("평일 오전 10시부터 20명 내외의 주민들과 김 구청장이 구청 북카페에서 직접 만나 격식 없이 소통하는 자리", None, "2023-03-09", ["citizen-participation"], "statement"),
            C("참석자는 평소 구에 바라는 점이나 궁금했던 점에 대해 직접 김 구청장에게 물어보고 답변받을 수 있다", None, "2023-03-09", ["citizen-participation"], "statement"),
            C("즉석에서 답변이 어려운 경우에는 해당 부서에서 검토 후 별도로 답변이 전달된다", None, "2023-03-09", ["citizen-participation"], "statement"),
            C("총 2만9900여명의 주민과 만남을 진행한다", None, "2023-03-09", ["citizen-participation"], "target"),
            C("다양한 의견을 구정 운영에 반영해 나가며 주민들의 행정에 대한 참여도를 높여 나가겠다는 방침이다", None, "2023-03-09", ["citizen-participation"], "plan"),
            C("주요 현안이나 숙원사업들에 대한 진행상황을 공유하며 주민들의 적극적인 협력을 이끌어 나갈 계획이다", None, "2023-03-09", ["citizen-participation", "housing"], "plan"),
            C("오랜 숙원사업들을 해결할 수 있었던 것은 항상 현장에서 주민들과 소통했기에 가능했던 것", KT, "2023-03-09", ["housing", "citizen-participation"], "achievement"),
            C("앞으로도 항상 주민들의 목소리를 더욱 귀 기울이며 오로지 주민만을 위한 행정을 펼쳐 나가겠다", KT, "2023-03-09", ["citizen-participation"], "plan"),
        ],
        "not_claims": ["“매일 아침 10시 구청장과 만나요”…강서구, 릴레이 주민 소통 추진", "자세한 내용은 강"],
    },
    "nw-03-locallife.txt": {
        "metadata": {"headline": "유정복 인천광역시장 \"부평의 도약이 곧 인천의 도약\"", "published": "2026-02-12T23:22+09:00",
                     "reporter": "송준형", "outlet": "로컬라이프", "jurisdiction": "28"},
        "officials": [YJ],
        "claims": [
            C("철길정원과 청소년복합문화센터 개관 등 시민이 체감하는 변화를 만들어냈다", YJ, D3, ["culture-tourism"], "achievement"),
            C("여성친화도시 대통령상, 전통시장 활성화 국무총리상 수상은 그 노력의 결실이다", YJ, D3, ["small-merchants"], "achievement"),
            C("GTX-B 착공으로 서울역 30분 시대를 열고", YJ, D3, ["public-transit"], "plan"),
            C("43만㎡ 캠프마켓을 생태·역사문화공원으로 조성하고, 굴포천 중심의 생태문화벨트를 완성하겠다", YJ, D3, ["culture-tourism"], "plan"),
            C("뉴빌리지 사업과 도시재생혁신센터, 아이사랑드림센터, 군부대 이전 부지 개발까지 더해 지속가능한 기반을 다지겠다", YJ, D3, ["urban-regeneration", "childcare-birth"], "plan"),
            C("민생경제 회복과 원도심 활성화도 시와 구가 '원팀'으로 속도감 있게 추진하겠다", YJ, D3, ["urban-regeneration"], "plan"),
        ],
        "not_claims": [
            "부평의 도약이 곧 인천의 도약이다",
            "부평구를 끝으로 올해 군·구 연두방문 일정을 마무리했다",
            "시와 구가 한자리에 모여 2026년 재도약의 방향을 함께 논의했다",
            "이제는 부평역을 중심으로 한 초역세권 시대가 새로운 성장의 축이 되고 있다",
            "이제 다시 한 번 도약할 때이다",
        ],
    },
    "nw-04-hancheong.txt": {
        "metadata": {"headline": "연수구, 송도동 제2청사 개청…국제미래도시 담는다", "published": "2024-10-16T14:24+09:00",
                     "reporter": None, "outlet": "한청신문", "jurisdiction": "28185"},
        "officials": ["lee-jae-ho"],
        "claims": [
            C("2년 만에 셋방살이를 접고 21일 연수구 제2청사에서 본격적인 행정 업무를 시작한다", None, D4, ["city-hall"], "plan"),
            C("오는 30일에는 단독청사 완공을 기념하기 위해 송도동 주민들과 함께 연수구 제2청사 개청식을 열고", None, D4, ["city-hall"], "plan"),
            C("송도국제도시 내 공공청사 건립을 위한 토지사용 허가와 향후 매입 협의를 마무리하고 신속한 공사를 거쳐 새 둥지를 마련하게 됐다", None, D4, ["city-hall"], "achievement"),
            C("송도관리단을 마무리 공사 중인 연수구 제2청사로 이전해 21일 업무를 시작한다", None, D4, ["city-hall"], "plan"),
            C("총면적 2천208㎡의 지상 1층 규모로 건립됐고", None, D4, ["city-hall"], "statement"),
            C("가족관계등록신고 업무를 추가해 송도동 주민들을 위한 민원행정서비스를 강화한다", None, D4, ["city-hall"], "plan"),
            C("또 지방세 제증명, 취득세·등록면허세 신고 등 세무행정서비스 운영과 함께", None, D4, ["city-hall"], "statement"),
        ],
        "not_claims": [
            "연수구, 송도동 제2청사 개청…국제미래도시 담는다",
            "지난해 10월 인구 21만 명으로 원도심을 추월한 송도동은 계속되는 인구 유입으로 행정 수요가 많이 늘어나면서",
        ],
    },
    "nw-05-kihoilbo.txt": {
        "metadata": {"headline": "시흥, 스마트시티 실증도시에 선정", "published": "2018-07-12", "reporter": "이옥철",
                     "outlet": "기호일보", "jurisdiction": "41390"},
        "officials": [],
        "claims": [
            C("데이터 기반 스마트시티 국가전략 프로젝트 연구개발사업의 실증도시로 선정됐다고 11일 밝혔다", None, D5, ["smart-city", "research-development"], "achievement"),
            C("한국형 스마트시티 데이터 허브 모델을 개발하는 연구사업이다", None, D5, ["smart-city", "research-development"], "statement"),
            C("실증연구 과제는 연구 목적에 따라 2개 유형인 도시문제 해결형(511억 원), 비즈니스 창출형(368억 원)으로 구분된다", None, D5, ["smart-city", "research-development"], "statement"),
            C("각 1개씩 실증도시를 선정했으며 8월부터 본격적인 연구에 착수할 예정이다", None, D5, ["smart-city", "research-development"], "plan"),
            C("3차 운영위원회 종합심사를 통해 시흥시를 비즈니스 창출형 실증도시로 선정했다", None, D5, ["smart-city"], "achievement"),
            C("시는 정왕동 일대를 리빙랩 실증 대상지역으로 응모했으며", None, D5, ["smart-city"], "achievement"),
            C("정왕동 도시재생 뉴딜사업, 서울대 스마트캠퍼스, V-City 조성 등 시흥시 핵심 사업들과 연계해 서비스를 확대해 나갈 계획이다", None, D5, ["smart-city", "urban-regeneration"], "plan"),
            C("또 사업 지정연구기관인 한국산업기술대와 리빙랩 운영", None, D5, ["smart-city", "research-development"], "statement"),
        ],
        "not_claims": ["시흥, 스마트시티 실증도시에 선정", "국가프로젝트 연구개발 본격화", "시흥시청 전경"],
    },
    "nw-06-mbn.txt": {
        "metadata": {"headline": None, "published": None, "reporter": "이혁준", "outlet": "MBN", "jurisdiction": "41280"},
        "officials": ["lee-jae-jun-41280"],
        "claims": [
            C("고양시가 판교에 버금가는 자족도시를 만들기 위해 일산테크노밸리 기업 유치에 나섰습니다", None, None, ["investment-attraction"], "statement"),
            C("시장이 직접 나서 사업설명회를 열었고, 기업 관계자와 투자자들이 몰려 성황을 이뤘습니다", None, None, ["investment-attraction"], "achievement"),
            C("1,900여 개 기업을 유치해 1만 8천여 명을 직접 고용한다는 목표를 세웠습니다", None, None, ["investment-attraction", "jobs", "fourth-industrial-revolution"], "target"),
            C("둥지를 틀 기업을 찾기 위해 이재준 고양시장이 사업설명회를 열었습니다", None, None, ["investment-attraction"], "statement"),
            C("고양시에서는 투자유치지원조례를 이미 만들어놓고 있습니다", "lee-jae-jun-41280", None, ["investment-attraction"], "achievement"),
            C("투자금액에 따라서 최대 10억 원까지 지원할 수 있도록 하겠습니다", "lee-jae-jun-41280", None, ["investment-attraction"], "plan"),
            C("장항공공주택지구를 통해 판교나 마곡보다 더 안정된 주거를 제공할 수 있다는 장점도 강조합니다", None, None, ["housing"], "statement"),
            C("고양시의 105만여 시민에게 풍부한 일자리를 만들어주면", None, None, ["jobs"], "statement"),
        ],
        "not_claims": [
            "2023년 입주를 목표로 한 일산테크노밸리 부지입니다",
            "베드타운이었던 일산이 자족도시로 탈바꿈할 거란 기대가 큽니다",
            "경부선 남부 축에만 모두 몰려서 일을 할 순 없습니다",
            "이 큰 산업의 흐름을 경기 서북부권으로 만드는 그 사업이 바로 일산테크노밸리 사업입니다",
            "일산을 제2의 판교로 이끌 견인차가 될지 주목됩니다",
        ],
    },
    "nw-07-kukinews.txt": {
        "metadata": {"headline": "가평군, 대표관광명소 '자라섬' 전면 개방", "published": "2020-09-17T15:52+09:00",
                     "reporter": "윤형기", "outlet": "쿠키뉴스", "jurisdiction": "41820"},
        "officials": ["kim-seong-gi"],
        "claims": [
            C("자라섬이 제모습을 드러내며 전면 개방에 들어갔다고 17일 밝혔다", None, D7, ["culture-tourism"], "achievement"),
            C("부유물질 제거 등 수해복구 작업에 총력을 기울여 수마의 상처를 치유해왔다", None, D7, ["disaster-safety"], "achievement"),
            C("자라섬 개방은 수해복구와 더불어 강화된 수도권 사회적 거리두기 하양 조정에 따라 이뤄지게 됐다", None, D7, ["culture-tourism", "disaster-safety", "public-health"], "statement"),
            C("세계 속의 관광명소로 부각시켜 나가겠다", "kim-seong-gi", D7, ["culture-tourism"], "plan"),
            C("관광편의시설 등을 설치해 '꽃섬'으로 탈바꿈하며 방문객 8만명 시대를 열었다", None, D7, ["culture-tourism"], "achievement"),
            C("서도에는 캠핑장이 설치됐으며 중도는 재즈 페스티벌 등 사계절 축제가 열리고 있다", None, D7, ["culture-tourism"], "statement"),
            C("미개발지역으로 방치된 동도도 산책공원 등의 활용방안을 모색하고 있다", None, D7, ["culture-tourism"], "statement"),
            C("한국관광공사가 선정하는 '야간경관 100선'에 뽑히기도 했다", None, D7, ["culture-tourism"], "achievement"),
        ],
        "not_claims": [
            "지난달 내린 물폭탄으로 침수됐다",
            "형형색색의 꽃들이 생명력을 발휘하며 피어나기 시작했다",
            "면적은 61만4000㎡로 인근 남이섬의 1.5배다",
        ],
    },
    "nw-08-ajunews.txt": {
        "metadata": {"headline": "최문순 화천군수 \"화천 인재가 화천의 미래...변함없는 교육 지원 이어가겠다\"",
                     "published": "2023-02-02T17:53+09:00", "reporter": None, "outlet": None, "jurisdiction": "42790"},
        "officials": ["choi-mun-sun"],
        "claims": [
            C("학업에만 집중할 수 있도록 변함없는 교육지원을 하겠다고 2일 밝혔다", "choi-mun-sun", D8, ["education"], "plan"),
            C("이에 따라 화천 출신 대학생들을 위한 전폭적 교육지원이 올해도 이어진다", None, D8, ["education"], "plan"),
            C("2023년 1학기 지역 인재 지원 대상자를 선발하게 된다", None, D8, ["education"], "plan"),
            C("주민등록 기준 3년 이상 화천에 실거주하는 조건이면 된다", None, D8, ["education"], "statement"),
            C("국가 장학금과 교내 장학금 등을 제외한 등록금 실 납입액 전액을 지원한다", None, D8, ["education"], "statement"),
            C("대학 신입생은 첫 학기만 성적 기준이 미적용돼 전원 지원을 받을 수 있다", None, D8, ["education"], "statement"),
            C("직전 학기 성적 평점 2.5점 이상을 획득해야 한다", None, D8, ["education"], "statement"),
            C("지원 금액도 파격적이다", None, D8, ["education"], "statement"),
            C("학기 당 100만원이 일괄 지급된다", None, D8, ["education"], "statement"),
            C("월 50만원 한도 내에서 원룸, 기숙사 등의 거주비 실비 100%가 지급된다", None, D8, ["education", "housing"], "statement"),
            C("부모의 납부 소득세 규모에 따라 특별 지원금이 차등 지급된다", None, D8, ["education"], "statement"),
            C("지역 인재들이 경제적 걱정 없이 학업에만 집중하며, 꿈을 실현해 나갈 수 있도록 돕겠다", "choi-mun-sun", D8, ["education"], "plan"),
        ],
        "not_claims": ["사람이 곧 화천의 미래 경쟁력", "화천 인재가 화천의 미래...변함없는 교육 지원 이어가겠다"],
    },
    "nw-09-hankyung.txt": {
        "metadata": {"headline": "[인터뷰] 원창묵 원주시장 \"부론産團·화훼특화단지에 행정력 집중…관광객 1000만명 유치할 것\"",
                     "published": None, "reporter": None, "outlet": "한국경제신문", "jurisdiction": "42130"},
        "officials": [WM],
        "claims": [
            C("화훼특화관광단지를 중심으로 원주를 기업·관광도시로 발전시키겠다", WM, None, ["medical-industry", "culture-tourism"], "plan"),
            C("임기 내에 신규 일자리 2만6000개와 관광객 1000만 명을 유치하겠다", WM, None, ["jobs", "culture-tourism"], "target"),
            C("원주는 혁신도시와 기업도시를 동시에 유치한 곳", WM, None, ["investment-attraction", "decentralization"], "achievement"),
            C("오는 9월 기업도시가 준공되면 양질의 일자리가 창출될 것", WM, None, ["investment-attraction", "jobs"], "plan"),
            C("원주시는 2005년 전국에서 유일하게 혁신도시와 기업도시에 동시 선정됐다", None, None, ["decentralization", "investment-attraction"], "achievement"),
            C("혁신도시는 2007년 착공에 들어가", None, None, ["decentralization"], "achievement"),
            C("13개 공공기관이 입주를 시작해 2017년 이전을 완료했다", None, None, ["decentralization"], "achievement"),
            C("5000여 명이 근무한다", None, None, ["decentralization", "jobs"], "statement"),
            C("9750억원을 투입해 조성 중인 기업도시는 오는 9월 준공을 앞두고 있다", None, None, ["investment-attraction"], "statement"),
            C("공정률은 84.7%다", None, None, ["investment-attraction"], "statement"),
            C("산업용지 47필지 중 43필지를 분양해 분양률은 88.5%에 이른다", None, None, ["investment-attraction"], "achievement"),
            C("14개 기업이 입주해 가동 중이다", None, None, ["investment-attraction"], "achievement"),
            C("국가혁신융복합단지 지정이 맞물리면서 기업 유치에 탄력이 붙고 있다", WM, None, ["investment-attraction", "decentralization"], "achievement"),
            C("이들을 묶어 첨단 의료기기산업 클러스터로 발전시키겠다", WM, None, ["medical-industry"], "plan"),
            C("원주시 발전 핵심 키워드로 △일자리 △관광 △문화 △도시재생을 꼽았다", WM, None, ["jobs", "culture-tourism", "urban-regeneration"], "plan"),
        ],
        "not_claims": ["부론産團·화훼특화단지에 행정력 집중…관광객 1000만명 유치할 것", "'첨단 의료기기산업 선도' 강원 원주시",
                       "민선 5·6기에 이어 지난해 6·13 지방선거에서 3선에 성공한"],
    },
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, body in FILES.items():
        data = {"article": name, **body}
        (GOLD / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(body["claims"]))
