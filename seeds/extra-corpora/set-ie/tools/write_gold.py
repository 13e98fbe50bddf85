"""Write set-ie gold files (hand annotations) to gold/<article>.json."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


A = {}

# 01 관악구 청년청 개관 (fnnews)
P, E = "2023-04-24", "2023-04-22"
A["ie-01-fnnews.txt"] = dict(
    metadata=dict(headline="창업부터 예술활동까지... 청년중심의 공간 열렸다", published="2023-04-24T18:28+09:00",
                  reporter="정순민", outlet="파이낸셜뉴스", jurisdiction="11620"),
    officials=["park-jun-hui", "yu-jong-pil"],
    claims=[
        c("관악청년청을 거점으로 청년들과 함께 성장하며 청년정책의 롤모델로 거듭날 것", "park-jun-hui", E, ["youth-policy"], "plan"),
        c("미래세대에 기회의 장을 열어주는 '청년이 꿈을 이루는 도시'를 만들어가겠다", "park-jun-hui", E, ["youth-policy"], "plan"),
        c("'청년 중심의 맞춤형 컨설팅'을 종합적으로 제공해나갈 예정이다", None, P,
          ["youth-policy", "startup-support", "jobs", "welfare"], "plan"),
        c("관악청년청은 청년들의 비즈니스 역량을 개발할 수 있는 공간으로도 활용된다", None, P, ["youth-policy"], "statement"),
        c("청년문화가 경제·산업·복지 분야에 기여할 수 있는 기반을 마련한다는 복안이다", None, P,
          ["youth-policy", "culture-tourism", "small-merchants"], "plan"),
    ],
    not_claims=["서울 자치구 첫 관악청년청 개관", "이날 개관식에는 박 구청장 외에도 원로 연극배우인 박정자 관악문화재단 이사장",
                "청년중심의 공간 열렸다"],
)

# 02 부평구 전통시장 (onetoonenews)
P, E = "2025-09-30", "2025-09-29"
A["ie-02-onetoonenews.txt"] = dict(
    metadata=dict(headline="차준택 부평구청장, 추석 맞이 전통시장 방문", published="2025-09-30T12:33+09:00",
                  reporter=None, outlet="원투원뉴스", jurisdiction="28237"),
    officials=["cha-jun-taek"],
    claims=[
        c("전통시장에 활력을 불어넣고자 10월 1일 전통시장 가는 날 행사를 운영한다", None, P, ["small-merchants"], "plan"),
        c("행사에는 구청 공직자 60여 명이 참여하며", None, P, ["small-merchants"], "plan"),
        c("앞으로도 전통시장이 활력을 되찾고, 상인과 주민 모두가 함께 웃을 수 있도록 다양한 지원과 노력을 이어가겠다",
          "cha-jun-taek", E, ["small-merchants"], "plan"),
    ],
    not_claims=["차준택 부평구청장, 추석 맞이 전통시장 방문",
                "시장 상인들의 애로사항을 청취하고 격려하는 등 소통하는 시간을 가졌다",
                "‘명절 성수품 물가 안정 캠페인’도 진행할 예정이다",
                "부평깡시장·진흥종합시장·부평종합시장을 방문했다"],
)

# 03 인천 서구 강범석 인터뷰 (kyeongin; undated)
K = "kang-beom-seok"
A["ie-03-kyeongin.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="28260"),
    officials=[K],
    claims=[
        c("민생경제 주축인 소상공인과 자영업자의 든든한 버팀목이 되고자 한다", K, None, ["small-merchants"], "plan"),
        c("강 구청장은 골목형 상점가 지원, 서구사랑상품권(서로e음) 통합플랫폼 운영, 맞춤형 일자리 확대 등을 구상하고 있다",
          K, None, ["small-merchants", "jobs"], "plan"),
        c("강 구청장은 신도시뿐만 아니라 구도심 지역 도시개발에도 힘쓸 예정이다", K, None, ["urban-regeneration"], "plan"),
        c("주거환경과 문화복지 등 도시 인프라 시설 격차를 줄일 수 있도록 다양한 재생사업을 진행하겠다", K, None,
          ["urban-regeneration"], "plan"),
        c("'아이 키우기 좋은 서구'를 만들기 위한 정책도 확대한다", None, None, ["childcare-birth"], "plan"),
        c("아빠 육아휴직장려금 지원 기간을 늘리고, 다함께돌봄센터·공동육아나눔터·국공립어린이집을 확충하는 등 돌봄서비스도 확대할 방침이다",
          K, None, ["childcare-birth"], "plan"),
        c("마을과 함께하는 교육공동체 조성과 저소득층을 대상으로 한 외국어 교육 지원 확대 방안도 마련할 계획", K, None,
          ["education", "welfare"], "plan"),
    ],
    not_claims=["청라·검단 철도교통 확충 최선", "구도심 재생으로 도시품격 '업'", "'미세먼지 방지시설' 지원 추진",
                "올 한 해 민생 안정과 지역경제 활성화를 위해 최선을 다하겠다",
                "코로나19 장기화와 금리 인상 등으로 인해 구민들의 시름이 깊어졌다",
                "서구는 지난 4월 기준 내국인 인구 60만명을 돌파했다",
                "도시 품격을 높이는 데 제 몫을 한 서구의 심장"],
)

# 04 인천e음 캐시백 (incheonin)
P = "2022-10-27"
A["ie-04-incheonin.txt"] = dict(
    metadata=dict(headline="인천e음 캐시백 내년에도 5~10% 유지... 시, 지원예산 2,019억 편성", published="2022-10-27",
                  reporter="윤성문", outlet=None, jurisdiction="28"),
    officials=[],
    claims=[
        c("인천e음카드의 현행 캐시백 혜택 5~10%가 내년에도 유지된다", None, P, ["small-merchants"], "plan"),
        c("인천e음 캐시백 지원 예산 2,019억원을 반영해", None, P, ["small-merchants"], "plan"),
        c("앞서 시는 지난달 5일 인천e음 캐시백 개편 방안을 발표해", None, "2022-09-05", ["small-merchants"], "achievement"),
        c("연 매출 3억원 이하 영세소상공인의 가맹점에서 결제하면 캐시백 10%를", None, P, ["small-merchants"], "statement"),
        c("캐시백 헤택이 주어지는 사용액 한도는 월 30만원이다", None, P, ["small-merchants"], "statement"),
        c("각 군·구가 1~2%의 캐시백을 추가 제공하는 것도 조만간 시행할 예정이다", None, P, ["small-merchants"], "plan"),
        c("이와함께 시는 모바일 간편 결제 시스템을 도입하고", None, P, ["small-merchants"], "plan"),
        c("이들 방안은 새로운 인천e음 운영사 선정 절차를 밟은 뒤 내년 초부터 시행할 수 있을 것으로 예상된다", None, P,
          ["small-merchants"], "plan"),
    ],
    not_claims=["인천e음 캐시백 내년에도 5~10% 유지... 시, 지원예산 2,019억 편성"],
)

# 05 서울시 전기차 충전기 (newspim)
P = "2022-05-30"
F = ["future-vehicles"]
A["ie-05-newspim.txt"] = dict(
    metadata=dict(headline="서울시, 올해 상반기 전기차 충전기 1만2000기 설치", published="2022-05-30T11:15+09:00",
                  reporter="최아영", outlet="뉴스핌", jurisdiction="11"),
    officials=[],
    claims=[
        c("서울시가 6월 말까지 전기차 충전기 1만2000여기를 본격 설치한다고 30일 밝혔다", None, P, F, "target"),
        c("시는 올해 환경부 등 유관기관과 함께 총 3만5000기의 전기차 충전기를 보급할 계획이다", None, P, F, "target"),
        c("이중 2만2000기는 시 보조금으로 설치한다", None, P, F, "target"),
        c("충전기는 지난 2월 시민들이 신청한 장소에 설치된다", None, P, F, "plan"),
        c("노후아파트 등 사각지대에 충전기 보급을 확대한다", None, P, F, "plan"),
        c("현장 조사를 진행하고 충전기를 주변 이웃과 공유하도록 했다", None, P, F, "achievement"),
        c("가락동 컴코스빌딩은 주차장을 무료 개방해 인근 주민들의 불편을 해소했다", None, P, F, "achievement"),
        c("택시 차고지를 개방해 누구나 이용할 수 있도록 했다", None, P, F, "achievement"),
        c("녹번동 서울혁신파크의 경우 어린이통학차량의 충전도 가능하다", None, P, F, "statement"),
        c("이웃 주민 등과 충전기를 공유할 경우 우선 선정해 지원하고 있다", None, P, F, "statement"),
        c("기술적으로 설치가 어려운 곳은 인근 공영주차장이나 공공건물 등에 보급할 계획이다", None, P, F, "plan"),
        c("현재 서울시 홈페이지에서 콘센트형 충전기에 대한 설치 신청을 받고 있으며", None, P, F, "statement"),
    ],
    not_claims=["서울시, 올해 상반기 전기차 충전기 1만2000기 설치", "수색동 고지대에 설치된 전기차 충전기 [사진=서울시]",
                "6월 말까지 시민 요청 장소에 설치 예정", "올해 말까지 총 3만5000기 보급 계획"],
)

# 06 오세훈 청년주거 (hankyung magazine)
P, O = "2026-03-10", "oh-se-hoon"
H, HY = ["housing"], ["housing", "youth-policy"]
A["ie-06-hankyung.txt"] = dict(
    metadata=dict(headline=None, published="2026-03-10", reporter=None, outlet=None, jurisdiction="11"),
    officials=[O],
    claims=[
        c("오세훈 서울시장이 ‘청년주거상담 페어’에 참석한 이후 이재명 정부의 부동산 정책을 비판했다", O, P, H, "criticism"),
        c("올해 2월 기준 서울 전세 매물은 1만 9000건으로 1년 전보다 33.5% 급감했다", O, P, H, "statement"),
        c("특히 이재명 정부의 10·15 대책이 있은 하반기에 4.9%가 집중적으로 뛰었다", O, P, H, "criticism"),
        c("시장을 이기려는 이재명 정부의 오만이 전월세 매물찾기 대란을 부른 것이라는 비판이다", O, P, H, "criticism"),
        c("그 혼란의 최대 피해자는 언제나 청년", O, P, HY, "criticism"),
        c("5~6평 원룸 월세가 100만 원을 넘기고, 그마저도 구하기 어렵다는 것이 지금 청년들의 현실", O, P, HY, "criticism"),
        c("민간임대사업자에 대한 무차별적 규제를 완화해달라고 정부에 강력 건의도 했지만 전혀 응답이 없다", O, P, H, "criticism"),
        c("청년 주거 통합 브랜드 ‘더드림집 플러스’를 발표하며 청년 주거 정책을 한층 더 촘촘하게 강화했다", O, P, HY, "achievement"),
        c("맞춤형 청년주택을 2030년까지 7만 4000호 공급하겠다", O, P, HY, "target"),
        c("금융·주거비 지원도 두텁게 강화하겠다", O, P, HY, "plan"),
        c("이재명 정부의 부동산 실정으로 청년들의 피해만 커지고 있다", O, P, HY, "criticism"),
        c("서울시가 구석구석 꼼꼼히 살펴 청년들의 든든한 울타리가 되겠다", O, P, HY, "plan"),
    ],
    not_claims=["'서울시민의 자부심을 디자인하다' 북콘서트에서 책을 들어보이고 있다"],
)

# 07 노원구-한전 탄소중립 협약 (ket)
P, E, R = "2024-07-10", "2024-07-08", "oh-seung-rok"
A["ie-07-ket.txt"] = dict(
    metadata=dict(headline="노원구, 한국전력과 함께 탄소중립 실현 나선다", published="2024-07-10T08:00+09:00",
                  reporter="김은미", outlet=None, jurisdiction="11350"),
    officials=[R],
    claims=[
        c("한국전력서울본부와 탄소중립 선도도시 조성을 위한 업무협약을 체결했다고 밝혔다", None, E, ["climate-carbon"], "achievement"),
        c("에너지 효율 향상을 위해 양 기관 간 지속가능한 협력체계를 구축하기 위해서다", None, E, ["energy-transition"], "statement"),
        c("도심 내 에너지 자급자족 기반구축을 위한 공동 협력 등을 추진할 계획이다", None, P,
          ["climate-carbon", "energy-transition"], "plan"),
        c("구민과 함께 탄소중립을 위한 생활방식의 변화를 만들어 탄소중립 도시를 선도해나간다는 방침이다", None, P,
          ["climate-carbon"], "plan"),
        c("노원구 탄소중립의 청사진과 발전 방향에 대해 논의하는 시간도 가졌다", None, E, ["climate-carbon"], "statement"),
        c("현재 수립하고 있는 <탄소중립 기본계획>에 따라 탄소중립형 재개발", None, P,
          ["climate-carbon", "energy-transition", "future-vehicles"], "plan"),
    ],
    not_claims=["노원구, 한국전력과 함께 탄소중립 실현 나선다",
                "업무협약 체결 후 기념촬영하는 오승록 구청장과 전시식 한국전력서울본부장"],
)

# 08 옹진군 문경복 신년 인터뷰 (incheonilbo; undated)
M = "mun-gyeong-bok"
T = ["public-transit"]
A["ie-08-incheonilbo.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet="인천일보", jurisdiction="28720"),
    officials=[M],
    claims=[
        c("올해도 섬 주민들의 교통 불편을 해소하는 데 행정력을 집중할 계획이다", None, None, T, "plan"),
        c("7차례에 걸쳐 인천∼백령 항로 대형 여객선 지원 사업 공고를 냈으나", None, None, T, "statement"),
        c("오전에 출항할 여객선 운항 선사를 모집했으나, 이 역시 선사의 관심을 끌지 못해 무위로 돌아갔다", None, None, T, "statement"),
        c("주민의 보편적 권리인 이동권 확보를 위해 도서지역 한계를 극복하겠다", M, None, T, "plan"),
        c("혁신적 방안을 강구해 반드시 여객선을 유치하겠다", M, None, T, "plan"),
        c("이들을 위한 맞춤형 정책들을 추진하겠다는 계획도 내놨다", M, None, ["small-merchants"], "plan"),
        c("2025년 서해평화도로가 개통되면 관광객이 큰 폭으로 증가할 것", M, None, ["culture-tourism"], "statement"),
        c("북도면에 수산물 직판장을 조성해 관광객이 즐겨 찾는 상권으로 육성하겠다", M, None,
          ["small-merchants", "agriculture", "culture-tourism"], "plan"),
    ],
    not_claims=["인천~백령 항로 대형 여객선 유치 총력", "북도면 수산물 직판장 조성 상권 활성화",
                "백령·대청 일원 생태관광 체험센터 등 조성", "기회발전특구' 지정 고대",
                "옹진군 미래를 주도할 전략과 사업 수립에 역량을 집중하겠습니다",
                "지금부터는 군민들에게 성과로 보답해야 할 시기",
                "서해평화도로는 중구 영종도와 북도면 신도를 잇는 다리로 2021년 공사에 들어갔다"],
)

# 09 중구 전기차 충전기 수요조사 (jgnews; undated)
G = "kim-gil-seong"
A["ie-09-jgnews.txt"] = dict(
    metadata=dict(headline="중구, 친환경차 전기차 충전기 설치 수요조사 실시", published=None, reporter=None, outlet=None,
                  jurisdiction="11140"),
    officials=[G],
    claims=[
        c("전기차 충전기 설치 수요조사를 실시한다고 4월 21일 밝혔다", None, None, F, "plan"),
        c("설치부지로 적합한 시설에는 신청 방법에 대해 안내할 계획이다", None, None, F, "plan"),
        c("서울시는 2026년 ‘전기차 10% 시대’를 실현하기 위해 작년부터 충전기 설치부지 신청을 받고 있다", None, None, F, "statement"),
        c("생활거점 내 전기차 충전기 설치를 원하는 주민 누구나 부지소유자의 동의를 얻어 신청할 수 있다", None, None, F, "statement"),
        c("아울러 구는 관내 아파트 내 전기차 충전기 보급도 확대한다", None, None, F, "plan"),
        c("35개소 아파트에 473기를 우선 확충하고 2026년까지 총 63개소에 1천340기를 보급할 예정이다", None, None, F, "target"),
        c("충전인프라가 빠르게 구축되어 지금보다 배터리 충전이 편리해지는 것이 급선무", G, None, F, "statement"),
        c("선제적으로 충전기를 설치해 친환경차 시대에 대비토록 하겠다", G, None, F, "plan"),
    ],
    not_claims=["중구, 친환경차 전기차 충전기 설치 수요조사 실시", "오프라인 수요조사 통해 필요한 충전기 종류와 대수 파악",
                "2026년까지 아파트 63곳에 전기차 충전소 1천340기 추가보급",
                "신청방법은 서울시 홈페이지 메인화면> 분야별 정보> 환경> 서울의 환경>"],
)

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, g in A.items():
        doc = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(g["claims"]))
    print("total", sum(len(g["claims"]) for g in A.values()))
