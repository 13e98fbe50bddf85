"""Write set-eo gold files (hand annotation). Run once before hashing."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


FILES = {}

D = "2024-12-16"
FILES["eo-01-kpinews.txt"] = {
    "metadata": {"headline": "'부울경 1호 스마트도시' 김해시, 국토부 재인증 획득",
                 "published": "2024-12-16T17:30:58+09:00", "reporter": "최재호", "outlet": None,
                 "jurisdiction": "48250"},
    "officials": ["hong-tae-yong"],
    "claims": [
        c("재인증을 획득, 부울경 1호 스마트도시로서의 입지를 다졌다", None, D, ["smart-city"], "achievement"),
        c("스마트 역량 우수사례를 발굴하기 위해 스마트도시 서비스와 기반시설 수준", None, D, ["smart-city"], "statement"),
        c("부울경 최초로 스마트도시 인증(유효 기간 2년)을 획득했다", None, D, ["smart-city"], "achievement"),
        c("여러 방면에 걸쳐 노력한 실적에서 높은 평가를 받았다", None, D, ["smart-city"], "achievement"),
        c("5대 분야와 17가지 세부전략이 담겨져 있다", None, D, ["smart-city"], "statement"),
        c("이번 스마트도시 재인증은 시민의 삶의 질 향상을 위한 지속", "hong-tae-yong", D, ["smart-city"], "achievement"),
    ],
    "not_claims": ["2028년까지 세부계획 추진…내년 '대전환의 시작' 슬로건",
                   "홍태용 시장이 '2024년 스마트도시' 인증패를 들고 기념촬영을 하고 있다",
                   "내년도 시정 비전을 '대전환의 시작-글로컬시티 김해'로 정해"],
}

D = "2024-01-16"
FILES["eo-02-kns.txt"] = {
    "metadata": {"headline": "영천시, 2024년 청년사업 9개 분야 167억 투입...청년 맞춤 지원 박차!",
                 "published": "2024-01-16T07:46+09:00", "reporter": "안승환", "outlet": "KNS뉴스통신",
                 "jurisdiction": "47230"},
    "officials": ["choi-gi-mun"],
    "claims": [
        c("167억 원을 투입해 ‘청년 맞춤형 지원’에 박차를 가한다", None, D, ["youth-policy", "jobs", "housing"], "plan"),
        c("청년의 특성을 고려한 맞춤형 지원을 강화한다", None, D,
          ["youth-policy", "jobs", "startup-support", "housing", "childcare-birth"], "plan"),
        c("구도심 일대에 활력을 불어넣어 생동감 넘치는 거리를 만들 계획이다", None, D,
          ["youth-policy", "jobs", "startup-support", "urban-regeneration"], "plan"),
        c("지역 청년 창업의 거점기지로 역할을 기대하고 있다", None, D, ["startup-support", "youth-policy"], "plan"),
        c("청년 학자금 대출 장기연체자 지원사업은 경상북도에서 최초 시행 예정이며", None, D, ["youth-policy"], "plan"),
    ],
    "not_claims": ["청년이 머무를 수 있는 도시, 청년이 꿈을 이룰 수 있는 도시 만들겠다",
                   "9개 분야, 107개 사업, 예산 167억 투입",
                   "제2기 청년정책참여단 위촉식에서 인사말을 하고 있다"],
}

D = "2026-01-19"
FILES["eo-03-ohmynews.txt"] = {
    "metadata": {"headline": None, "published": "2026-01-19", "reporter": None, "outlet": None,
                 "jurisdiction": "31"},
    "officials": ["kim-doo-gyeom"],
    "claims": [
        c("'보다 촘촘하고 두터운 복지정책을 펼친다'는 계획이다", None, D, ["welfare"], "plan"),
        c("이는 울산시의 2026년 전체 예산 32.47%에 해당된다", None, D, ["welfare"], "statement"),
        c("시민의 일상에서 실제 체감할 수 있는 복지체계를 구축한다는 방침", None, D, ["welfare"], "plan", "장태준"),
        c("복지는 선택이 아닌 필수", "kim-doo-gyeom", D, ["welfare"], "statement"),
        c("시민의 삶 전 주기를 촘촘히 잇는 복지체계를 구축해", "kim-doo-gyeom", D, ["welfare"], "plan"),
        c("등 5개 부분으로 추진된다", None, D, ["welfare"], "plan"),
        c("주거·의료·요양·돌봄을 연계한 통합돌봄서비스를 제공한다", None, D, ["welfare"], "plan"),
        c("6000명의 명예사회복지공무원 활동을 강화해", None, D, ["welfare"], "plan"),
    ],
    "not_claims": ["2026년 연두 언론브리핑을 통해 올해 주요 추진사업 및 정책에 대해 설명하고 있다"],
}

D = "2024-11-12"
FILES["eo-04-breaknews.txt"] = {
    "metadata": {"headline": "박형준 시장 \"부산이 청년과 함께하는 상상 이상의 행복 주거도시\"...'제3차 시민행복부산회의' 개최",
                 "published": "2024-11-12T16:19+09:00", "reporter": "배종태", "outlet": "브레이크뉴스",
                 "jurisdiction": "26"},
    "officials": ["park-heong-joon"],
    "claims": [
        c("로 거듭나 글로벌 허브 도시의 면모를 완성하겠습니다", "park-heong-joon", D, ["housing", "youth-policy"], "plan"),
        c("시민들의 목소리를 직접 듣고 정책에 반영하기 위해 마련된 것으로", None, D, ["citizen-participation"], "statement"),
        c("보다 체계적이고 입체적인 주거정책이 필요한 상황", "park-heong-joon", D, ["housing"], "statement"),
        c("평생 주거 걱정 없이 행복한 삶의 기반을 지원할 획기적인 주거정책을 마련하게 된 것", "park-heong-joon", D,
          ["housing", "childcare-birth"], "statement"),
    ],
    "not_claims": ["▲제로 임대료 주택 2030년까지 1만 호 공급",
                   "주거걱정 없는 '청년이 살고싶은 도시', '노년이 행복한 도시'를 만들어 나가겠다",
                   "'상상 이상의 행복주거도시, 부산'을 주제로 '제3차 시민행복부산회의'를 개최하고 이같이 약속했다"],
}

FILES["eo-05-imaeil.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None,
                 "jurisdiction": "27290"},
    "officials": ["lee-tae-hun"],
    "claims": [
        c("생애 주기별 맞춤형 저출산·고령화 대책을 추진하는 한편", None, None, ["childcare-birth", "climate-carbon"], "statement"),
        c("'아이 키우기 좋은 도시', '살고 싶은 도시', 그리고 '미래가 기대되는 도시'로 나아가고 있다는 분명한 증거",
          "lee-tae-hun", None, ["childcare-birth"], "achievement"),
        c("달서구의 저출산·고령화 대책은 '지속성'에 중점을 두고 추진 중이다", None, None, ["childcare-birth"], "statement"),
        c("달서구 출생아 수는 12개월째 증가하고 있다", None, None, ["childcare-birth"], "achievement"),
        c("평균 증가율은 14%로, 전국(8.5%)과 대구시(12.2%)를 훨씬 상회한다", None, None, ["childcare-birth"], "achievement"),
        c("청년들이 양육에 보람을 느끼고 생활 속에서 손쉽게 정보를 접할 수 있도록 종합 생애 플랫폼 구축에도 나섰다",
          None, None, ["childcare-birth"], "statement"),
        c("'달서 결혼출산 정보 다이어리' 플랫폼을 구축", None, None, ["childcare-birth"], "achievement"),
        c("'대구시 저출생 대응 우수사례 경진대회'에서 최우수상 수상으로도 이어졌다", None, None, ["childcare-birth"], "achievement"),
        c("'탄소중립 녹색도시'로의 전환도 꾸준히 꾀하고 있다", None, None, ["climate-carbon"], "statement"),
    ],
    "not_claims": ["청년이 만나 가족을 꾸리고 지역을 기반으로 살아가기 좋은 '계속 살고 싶은 도시'로 자리매김 하고 있다",
                   "구민의 91.1%가 '달서구에 계속 살고 싶다'고 응답했다",
                   "구민의 삶과 행복을 최우선에 둔 구정 운영이 만들어낸 신뢰의 결과",
                   "도시생태축 복원사업을 완료해 수달, 반딧불이 등 생물과 사람이 공존하는 상생의 생태공간을 마련했다"],
}

D = "2025-10-29"
D24 = "2025-10-24"
FILES["eo-06-kbs.txt"] = {
    "metadata": {"headline": "‘도심에 저수지 만들자’ 제안까지…대구 물 문제 어디로?", "published": "2025-10-29",
                 "reporter": "정혜미", "outlet": "KBS", "jurisdiction": "27"},
    "officials": [],
    "claims": [
        c("대구시의회가 물 문제 해법으로 ‘분산형 취수장’ 구축을 제안했습니다", None, D, ["water-supply"], "statement"),
        c("취수원을 다변화하자는 취지인데, 대구시도 검토에 나서기로 했습니다", None, D, ["water-supply"], "plan"),
        c("낙동강 페놀 유출 이후 35년째 이어진 대구 식수 문제", None, D, ["water-supply"], "statement"),
        c("관계 지자체와의 협의가 원활하지 않아 기약 없이 지연되고 있습니다", None, D, ["water-supply"], "statement"),
        c("대통령도 최근 대구 물 문제에 대한 해결 의지를 밝혔습니다", None, D24, ["water-supply"], "plan", "이재명"),
        c("실효적인, 빠른 시간 내에 결론 낼 수 있는 그런 방안을 만들어서", None, D24, ["water-supply"], "plan", "이재명"),
        c("‘분산형 취수 전용 저수지’를 구축하자는 제안이 나왔습니다", None, D, ["water-supply"], "statement"),
        c("기존 취수장 인근 3곳에 취수용 저수지를 새로 파자는 겁니다", None, D, ["water-supply"], "statement"),
        c("기존의 정수 시설을 활용할 수 있어 빠른 추진이 가능하다는 게 근거입니다", None, D, ["water-supply"], "statement"),
        c("타지역에서 물을 끌어오기 위해서는 행정적인 절차도 엄청나게 복잡하고", None, D, ["water-supply"], "criticism", "김지만"),
        c("새로운 취수원의 다각화를 통해서 물을 공급할 수 있기 위한", None, D, ["water-supply"], "statement", "김지만"),
        c("입지 적정성과 비용, 규모 등을 검토하겠다는 입장입니다", None, D, ["water-supply"], "plan"),
        c("기존 댐 재활용 등 대구시가 생각하고 있는", None, D, ["water-supply"], "statement", "장재옥"),
    ],
    "not_claims": ["‘도심에 저수지 만들자’ 제안까지…대구 물 문제 어디로? / KBS 2025.10.29.",
                   "정혜미 기자가 보도합니다"],
}

D = "2026-02-09"
FILES["eo-07-hksisaeconomy.txt"] = {
    "metadata": {"headline": "사상구, 전통시장 현장 방문으로 민생경제 온기 불어넣는다",
                 "published": "2026-02-12T16:54:51+09:00", "reporter": "김숙영", "outlet": "한국시사경제",
                 "jurisdiction": "26530"},
    "officials": ["jo-byeong-gil"],
    "claims": [
        c("관내 전통시장을 방문해 민생 현장을 직접 점검하고", None, D, ["small-merchants"], "statement"),
        c("주요 전통시장을 차례로 방문해 시장 운영 전반과 시설 환경을 점검했다", None, D, ["small-merchants"], "statement"),
        c("가격 동향을 살피고, 상인들의 애로사항을 직접 들었다", None, D, ["small-merchants"], "statement"),
        c("지역경제 활성화를 위해 전통시장의 이용을 적극 당부했다", "jo-byeong-gil", D, ["small-merchants"], "statement"),
        c("전통시장은 주민 생활과 가장 밀접한 민생 경제의 현장", "jo-byeong-gil", D, ["small-merchants"], "statement"),
        c("이용 활성화를 위한 지원을 꾸준히 이어가겠다", "jo-byeong-gil", D, ["small-merchants"], "plan"),
    ],
    "not_claims": ["서울특별시 영등포구 여의대방로 379"],
}

FILES["eo-08-smnews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "정승호", "outlet": None,
                 "jurisdiction": "47110"},
    "officials": ["lee-gang-deok"],
    "claims": [
        c("포항에 신규 투자계획을 들었다", "lee-gang-deok", None, ["investment-attraction"], "achievement"),
        c("블루밸리 국가산업단지에 짓겠다는 약속을 받았다", "lee-gang-deok", None, ["investment-attraction"], "achievement"),
        c("고용인원은 100여 명 이상이며", "lee-gang-deok", None, ["jobs", "investment-attraction"], "plan"),
        c("이차전지소재 종합연구센터를 포항산업과학연구원(RIST)에 짓겠다는 약속도 받았다", "lee-gang-deok", None,
          ["investment-attraction", "fine-dust", "research-development"], "achievement"),
        c("사전 협의를 하지 않은 것으로 알려져 혼선이 빚어지고 있다", None, None, ["investment-attraction"], "criticism"),
    ],
    "not_claims": ["포항=정승호 기자"],
}

FILES["eo-09-hankyung.txt"] = {
    "metadata": {"headline": "탄소 중립 선도…경남도, 공공청사에 5년간 태양광 3㎿ 설치", "published": None,
                 "reporter": None, "outlet": "연합뉴스", "jurisdiction": "48"},
    "officials": [],
    "claims": [
        c("5년간 도내 공공청사에 3㎿의 태양광 설비를 설치한다고 23일 밝혔다", None, None,
          ["energy-transition", "climate-carbon"], "target"),
        c("단계별 보급 계획'을 수립해 시행한다", None, None, ["energy-transition"], "plan"),
        c("'재생에너지 3020' 이행, '2050 탄소 중립 달성'에 나선다", None, None,
          ["energy-transition", "climate-carbon"], "plan"),
        c("태양광 설비 설치대상은 경남도가 소유·관리하는 전 공공청사다", None, None, ["energy-transition"], "statement"),
        c("향후 5년(2022∼2026)간의 설치 계획을 수립했다", None, None, ["energy-transition"], "achievement"),
        c("총 7개소 360㎾를 설치한다", None, None, ["energy-transition"], "target"),
        c("83개 기관에 3㎿(지붕 1.7㎿, 주차장 1.3㎿)를 설치할 계획이다", None, None, ["energy-transition"], "target"),
        c("33개 기관에 3.3㎿(지붕 2.3㎿, 주차장 1㎿)의 태양광 설비를 설치했다", None, None, ["energy-transition"], "achievement"),
        c("연간 3천595t의 온실가스를 감축하게 된다", None, None, ["energy-transition", "climate-carbon"], "target"),
        c("신재생에너지 비중을 늘리기 위한 다양한 정책을 추진하고 있다", None, None,
          ["energy-transition", "climate-carbon"], "statement", "조현준"),
        c("2050 탄소중립을 달성하기 위해 신재생에너지 보급에 더욱 노력하겠다", None, None,
          ["energy-transition", "climate-carbon"], "plan", "조현준"),
    ],
    "not_claims": ["탄소 중립 선도…경남도, 공공청사에 5년간 태양광 3㎿ 설치"],
}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    for name, g in FILES.items():
        out = {"article": name, **g}
        (GOLD / (name + ".json")).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(FILES), "files,", sum(len(g["claims"]) for g in FILES.values()), "claims")


if __name__ == "__main__":
    main()
