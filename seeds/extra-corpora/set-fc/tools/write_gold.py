"""Write set-fc gold files. C(quote, speaker, date, policies, kind)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def C(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


def M(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


P = "2017-02-13"
KW = "kim-u-yeong"
G = {}
G["fc-01-seoulgo.txt"] = (
    M("[현장 행정] “주민의 손으로…93개 사업·34억 짰다”", "2017-02-13T22:26+09:00", None, None, "11380"),
    [KW],
    [
        C("주민들이 참여하고 감시해야죠", KW, "2017-02-09", ["citizen-participation"], "plan"),
        C("93개 사업, 34억여원에 해당하는 참여예산 사업을 진행한다", None, P, ["citizen-participation"], "plan"),
        C("공동체 문화, 사회적 약자 배려, 시민 참여, 주민생활 향상, 청년·청소년 분야 등이다", None, P, ["citizen-participation"], "statement"),
        C("제대로 성공한 기초자치정부 중 하나는 은평구다", None, P, ["citizen-participation"], "achievement"),
        C("‘은평구 주민참여 기본 조례’를 제정하고서 주민참여위원 선정, 참여예산 주민총회를 일사천리로 진행했다", None, P, ["citizen-participation"], "achievement"),
        C("앞서 2003년 광주시 북구 등 몇몇 지자체가 사업을 시도하긴 했지만", None, P, ["citizen-participation"], "statement"),
    ],
    ["화재 사망자 51%가 일반주택서 발생", "2030년까지 10조 투입… ‘뉴강남’ 청사진", "주민·의회 상생하는 은평구 ‘참여예산’ 편성",
     "주민들이 낸 세금의 다른 이름이 곧 ‘예산’입니다", "신사1동 주민토론회에서 주민참여사업 발전방안에 대해 토론하고 있다",
     "참여예산 사업에 품은 남다른 열정이 느껴지는 한 마디를 쏟아냈다", "이날 행사는 사업을 제안한 시민들과 구청 부서가 함께 ‘공동 실행’에 손가락을 건 자리였다",
     "[현장 행정] “주민의 손으로…93개 사업·34억 짰다”"],
)

P = "2019-01-05"
G["fc-02-ekn.txt"] = (
    M("서대문구, 에너지자립마을 지속가능성 더한다", "2019-01-05T17:21+09:00", "이현정", "에너지경제신문", "11410"),
    ["mun-seok-jin"],
    [
        C("신재생에너지 보급을 위한 지탱가능한 성과를 내고 있어 주목된다", None, P, ["energy-transition"], "achievement"),
        C("‘호박 모양의 태양광 대문등 150개’를 설치했다", None, P, ["energy-transition"], "achievement"),
        C("에너지 효율화 개선 사업을 시행하고 옥상에 태양광 휴식공간을 마련했다", None, P, ["energy-transition"], "achievement"),
        C("주택형 태양광발전기 500개, 옥상 쿨루프", None, P, ["energy-transition"], "achievement"),
        C("에너지자립마을 축제, 에너지 환경영화제 등의 프로그램을 운영해", None, P, ["energy-transition"], "statement"),
        C("경비실 지붕에 태양광발전기를 설치했다", None, P, ["energy-transition"], "achievement"),
        C("‘우리 마을 에너지 진단 컨설팅’을 실시하며", None, P, ["energy-transition"], "statement"),
    ],
    ["2024년 11월 23일(토)", "▲서대문구 홍은1동 북한산호박골놀이터 태양광지붕 [사진제공=서대문구청]"],
)

E = "2019-10-23"
G["fc-03-icbp.txt"] = (
    M("평구 도시재생뉴딜사업 본격 궤도에", "2019-12-02", "정복희", None, "28237"),
    [],
    [
        C("혁신센터 조성사업은 지난 8월 사업부지인 오수정화조부지 반환을 조기에 완료해", None, E, ["urban-regeneration"], "achievement"),
        C("푸드플랫폼 구축사업은 올해 11월부터 기존 상권 살리기 지원교육을 본격적으로 추진하고", None, E, ["urban-regeneration", "small-merchants"], "plan"),
        C("스마트시티 상권 활성화 사업도 2020년 상반기에 착공할 예정이다", None, E, ["urban-regeneration", "smart-city", "small-merchants"], "plan"),
        C("굴포문화활성화 사업은 도시재생현장지원센터와 연계해", None, E, ["urban-regeneration", "culture-tourism"], "plan"),
        C("음악이 흐르는 도시재생 축제 ‘굴포먹거리타운 문화콘서트’가 성황리에 개최됐다", None, "2019-10-19", ["urban-regeneration", "culture-tourism"], "achievement"),
        C("지역 거버넌스 활성화도 도시재생현장지원센터 운영", None, E, ["urban-regeneration", "citizen-participation"], "plan"),
    ],
    ["-도시재생뉴딜사업 추진계획 보고회 열어 향후 5년 간 추진상황 점검-",
     "구청 중회의실에서 ‘부평구 도시재생뉴딜사업 추진계획 보고회’를 열었다",
     "추진 1년 차를 맞아 추진성과와 2020년도 추진계획을 보고하고 현안 사항 등을 논의하기 위해 마련됐다",
     "이번 보고회는 부평구 도시재생뉴딜사업의 전반적인 사항을 공유하고"],
)

P = "2018-07-12"
JJ = "jang-jeong-min"
G["fc-04-kihoilbo.txt"] = (
    M("‘대한민국 해양관광 1번지’ 기대해주세요", "2018-07-12", "배종진", "기호일보", "28720"),
    [JJ],
    [
        C("원년으로 삼고 관광 인프라 구축 마련에 총력을 기울이기로 했다", None, P, ["culture-tourism"], "plan"),
        C("여객선 준공영제를 확대하고 대중교통화 실현으로", None, P, ["public-transit", "culture-tourism"], "plan"),
        C("불합리한 여객선 운항제도도 과감히 개선해 군민과 관광객 중심의 해상체계 구현 등을 군정운영 방침으로 정했다", None, P, ["public-transit", "culture-tourism"], "plan"),
        C("해양레저산업을 체계적이고 전략적으로 육성해 일자리를 창출하고", None, P, ["culture-tourism", "jobs"], "plan"),
        C("이 같은 구상은 장정민 군수의 공약이기도 하다", None, P, ["culture-tourism"], "statement"),
        C("평화의 섬 관광유람사업을 추진한다", None, P, ["culture-tourism"], "plan"),
    ],
    ["‘대한민국 해양관광 1번지’ 기대해주세요", "[지자체 주요사업 어떻게 추진하나]<8> 옹진군 ‘관광 인프라 구축’",
     "장 군수는 관광 인프라 구축에 주력할 것을 다짐했다"],
)

P = "2018-02-09"
G["fc-05-hgtimes.txt"] = (
    M("강동구, ‘2018년 강동 도시텃밭’ 참여자 선착순 모집", "2018-02-09T09:48+09:00", "조영남", "한강타임즈", "11740"),
    ["lee-hae-sik"],
    [
        C("‘2018년 강동 도시텃밭’ 참여자를 선착순 모집한다고 9일 밝혔다", None, P, ["agriculture"], "plan"),
        C("현재 서울시 자치구 중 최대 규모인 164,188㎡(7640구좌)의 텃밭을 운영 중에 있다", None, P, ["agriculture"], "achievement"),
        C("6개 텃밭 총 1817구좌이다", None, P, ["agriculture"], "statement"),
        C("‘정원형텃밭’을 10구좌 추가 조성해", None, P, ["agriculture"], "plan"),
        C("강동구민이면 누구나 신청 가능하며, 1가구당 1구좌까지 신청할 수 있다", None, P, ["agriculture"], "statement"),
        C("강일·가래여울·암사·상일텃밭은 1인당 3구좌까지 가능하다", None, P, ["agriculture"], "statement"),
        C("초보 농부들을 위한 친환경 영농교육 및 유기질 비료·친환경 약제·농기구 등을 지원한다", None, P, ["agriculture"], "statement"),
    ],
    ["강동구, ‘2018년 강동 도시텃밭’ 참여자 선착순 모집"],
)

P = "2019-12-03"
PN = "park-nam-chun"
G["fc-06-incheontoday.txt"] = (
    M("박남춘 인천시장, 첫 국무회의 참석… 미세먼지 논의", "2019-12-03T10:38+09:00", "김갑봉", "인천투데이", "28"),
    [PN, "lee-jae-myung"],
    [
        C("미세먼지 절감을 위한 계절관리제(올해 12월~내년 3월)를 시행하면서", None, P, ["fine-dust"], "statement"),
        C("수소연료전지 충전 인프라 구축과 전기버스 확대 등을 위한 국비 지원을 요청했다", PN, P, ["fine-dust", "future-vehicles", "energy-transition"], "plan"),
        C("여기서 숱한 미세먼지를 대량으로 배출하고 있다", None, P, ["fine-dust"], "statement"),
    ],
    ["박남춘 인천시장이 역대 시장 중 처음으로 국무회의에 참석했다", "수도권매립지와 발전소 등 인천 특성 설명하며 정부지원 강조",
     "2019년 4월 2일 인천 송도 경원재에서 열린 '국가관광전략회의'에 참석한",
     "생활 폐기물 처리를 책임지고 있는 인천에 대한 배려를 요청했다"],
)

P = "2022-10-26"
PJ = "park-jun-hui"
G["fc-07-seoulgo.txt"] = (
    M(None, "2022-10-26", "이하영", "서울신문", "11620"),
    [PJ],
    [
        C("청년문화국을 신설하고 청년 문화공간·일자리 확대, 주거 안정, 사회참여 활성화 등을 추진한다", None, P, ["youth-policy", "culture-tourism", "jobs", "housing"], "plan"),
        C("청년정책과 내 청년교류팀을 신설한다", None, P, ["youth-policy", "culture-tourism"], "plan"),
        C("복지정책과 내 1인 가구 지원팀도 마련한다", None, P, ["youth-policy", "welfare"], "plan"),
        C("‘관악청년청’을 활용해 청년 지원 시책을 강화할 계획이다", None, P, ["youth-policy"], "plan"),
        C("올해 준공을 위해 박차를 가하고 있다", None, P, ["youth-policy"], "statement"),
        C("공공 문화공간 운영도 확대한다", None, P, ["youth-policy", "culture-tourism"], "plan"),
        C("관악 특화 청년 정책을 펼쳤다", None, P, ["youth-policy", "jobs", "housing"], "achievement"),
        C("청년 정책의 롤모델을 만들어 가겠다", PJ, P, ["youth-policy"], "plan"),
    ],
    ["새달 1일부터 행정조직 개편", "130억 투입 ‘청년청’ 올해 준공"],
)

P = "2024-01-04"
Y = "yu-seong-hun"
G["fc-08-asiatoday.txt"] = (
    M("[갑진 인터뷰] 유성훈 금천구청장 “새해, 청년 일자리 등 역점사업…답은 ‘G밸리’다”", "2024-01-04T06:00+09:00", "권대희", "아시아투데이", "11545"),
    [Y],
    [
        C("청년 일자리 지원 정책을 강조, 갑진년 새해 가장 기대되는 일이 '금천청년꿈터' 조성이라 답했다", Y, "2023-12-28", ["youth-policy", "jobs"], "plan"),
        C("금천청년꿈터는 청년 창업단체의 입주공간으로", None, P, ["startup-support", "youth-policy"], "statement"),
        C("청년창업을 활성화 할 수 있는 다양한 사업을 추진할 예정이다", None, P, ["startup-support", "youth-policy"], "plan"),
        C("유 구청장은 청년꿈터를 통해 지역 내 창업기업이 성장하고", Y, "2023-12-28", ["startup-support", "jobs", "youth-policy"], "statement"),
    ],
    ["유 구청장, '금천청년꿈터' 조성…청년 일자리 지원 정책 강조", "역점사업, G밸리 경쟁력 강화 제시",
     "우리구는 G밸리(서울디지털산업단지)라는 지역적 특성으로 청년들이 많다",
     "서울시 청년인구 비율은 감소하고 있는 반면 금천구는 지속적으로 증가하고 있다",
     "새해 금천구 구정 방향 및 역점사업에 대해 설명하고 있다"],
)

K = "kim-chan-jin"
G["fc-09-sportsdonga.txt"] = (
    M(None, None, None, None, "28140"),
    [K],
    [
        C("향후 동구 재개발 사업이 완료되는 2028년쯤에는 13만명에 육박할 것으로 예상되기에", K, None, ["housing"], "statement"),
        C("화수부두 일대가 도시재생 혁신지구로 선정되면서", K, None, ["urban-regeneration"], "achievement"),
        C("혁신 지구에 뿌리기업 기술개발과 인력양성 등 고부가가치 첨단산업의", K, None, ["urban-regeneration", "jobs"], "plan"),
    ],
    ["●화수부두 도시재생 사업으로 미래 성장 동력 확보", "●동인천역 북광장 일대에 대한 개발 사업 본격화 추진",
     "김찬진 인천 동구청장이 출입기자 간담회를 열고 발언하고 있다",
     "동·중구의 물리적 결합으로 끝나는 게 아닌 비전과 목표를 공유하며"],
)

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, (meta, officials, claims, not_claims) in G.items():
        data = {"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": not_claims}
        (GOLD / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(claims))
