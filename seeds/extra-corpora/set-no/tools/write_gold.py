"""Write set-no's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


def meta(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


D = "dementia-care"
A = {}

A["no-01-bukbu.txt"] = (
    meta("강북구치매안심센터, 치매안심마을 상반기 운영위원회 개최", "2025-05-07", None, None, "11305"),
    ["lee-sun-hui"],
    [
        c("지난 4월 21일 2025년 치매안심마을 상반기 운영위원회를 개최했다", None, "2025-04-21", [D], "statement"),
        c("치매 친화적 환경 조성을 목표로, 2025년 운영 방향을 논의했다", None, "2025-04-21", [D], "statement"),
        c("2024년에는 수유1동을 신규 지정하며 사업을 확장해왔다", None, "2025-05-07", [D], "achievement"),
        c("수유1동 활성화를 중점 추진할 계획이다", None, "2025-05-07", [D], "plan"),
        c("치매 인식 개선 캠페인, 치매극복선도단체 지정, 정확한 정보 제공을 위한 교육 등을 강북구 전역에서 전개하고 있다",
          None, "2025-05-07", [D], "statement"),
        c("치매안심마을 사업은 주민들에게 치매에 대한 긍정적 인식 변화를 이끌어낼 수 있는 중요한 사업", None, "2025-05-07",
          [D], "statement", "이찬녕"),
        c("치매 환자와 가족이 익숙한 터전에서 평범한 일상을 유지할 수 있도록 유관기관과 함께 지속적으로 노력하겠다", None,
          "2025-05-07", [D], "plan", "이찬녕"),
    ],
    ["총 17명의 위원으로 구성됐으며", "운영위원들이 운영회의를 갖고 치매 친화 환경 조성을 위한 운영 방향 등을 논의했다",
     "치매안심마을 상반기 운영위원회 개최 2025년 운영 방향 논의"],
)

C = "climate-carbon"
A["no-02-jeonmae.txt"] = (
    meta("종로구, ‘2050 탄소중립녹색성장위원회’ 첫 정기회의 개최", "2024-04-24", "임형찬", "전국매일신문", "11110"),
    ["jeong-mun-heon"],
    [
        c("최근 구청에서 탄소중립 및 녹색성장 실천을 위한", None, "2024-04-24", [C], "statement"),
        c("탄소중립 기본계획의 2023년 이행사항 점검 결과 심의", None, "2024-04-22", [C], "statement"),
        c("내년 4월까지 환경부 승인을 받기 위해", None, "2024-04-24", [C], "plan"),
        c("기후 위기는 인류가 직면한 난제이며", "jeong-mun-heon", "2024-04-24", [C], "statement"),
        c("그간의 추진 결과를 면밀하게 분석하고 개선할 점 역시 파악해 정책에 반영하겠다", "jeong-mun-heon", "2024-04-24",
          [C], "plan"),
    ],
    ["서울 종로구는 지난 22일 기획상황실에서 ‘2050 탄소중립녹색성장위원회’ 첫 정기회의를 개최했다",
     "공동위원장인 정문헌 구청장, 김권 종로구상공회 상임고문을 포함한 총 24명으로 구성됐다",
     "분야별 전문가‧구민‧구의원 등 24명으로 구성 탄소중립 정책에 대한 자문·심의 맡아"],
)

S = "smart-city"
A["no-03-kihoilbo.txt"] = (
    meta("송도 찾은 김현미 장관, 스마트시티 현황 등 살펴", "2017-08-28", "김덕현", "기호일보", "28"),
    ["yoo-jeong-bok"],
    [
        c("27일 인천 송도국제도시를 찾아 스마트시티 관련 시설을 둘러봤다", None, "2017-08-27", [S], "statement"),
        c("공항철도 환승 할인 등 6개 인천 현황 해결을 김 장관에게 건의했다", "yoo-jeong-bok", "2017-08-27",
          ["public-transit"], "plan"),
        c("인천 스마트시티 추진 현황을 보고받고", None, "2017-08-27", [S], "statement"),
        c("IFEZ 스마트시티 운영센터는 이달", None, "2017-08-28", [S], "achievement"),
        c("인천의 스마트시티가 세계의 우수 사례로 선정되고", None, "2017-08-27", [S], "achievement", "김현미"),
        c("인천의 우수 사례를 배우겠다", None, "2017-08-27", [S], "plan", "김현미"),
    ],
    ["태양광과 지열, 빗물 재활용 등 최첨단 친환경 기술을 건축물에 적용한 사례를 보고 들었다",
     "각종 지역 현안을 해결해 달라고 요청하고 있는 주민들과 대화하고 있다"],
)

PH = "public-health"
A["no-04-dynews1.txt"] = (
    meta("박남춘 인천시장 \"인천시의 자원순환정책 대전환은 새로운 길\"", "2020-12-05T15:33+09:00", "우연주", "동양뉴스",
         "28"),
    ["park-nam-chun"],
    [
        c("우리 시도 지난달 24일부터 사회적 거리두기를 2단계로 격상했다", "park-nam-chun", "2020-12-04", [PH],
          "achievement"),
        c("인천의 2만4000여명이 대학수학능력시험을 무사히 치러냈다", "park-nam-chun", "2020-12-04", [PH, "education"],
          "achievement"),
        c("최근 코로나19의 빠른 확산세를 잠재우기 위해 시민들께 연말모임 자제를 당부한다", "park-nam-chun", "2020-12-04",
          [PH], "plan"),
        c("이들 고위험 시설에 대해 챙겨 봐 달라", "park-nam-chun", "2020-12-04", [PH], "plan"),
    ],
    ["인천과 대한민국의 후진국형 자원순환 체계를 환경선진국과 같이 바꾸는 새로운 길",
     "현 세대의 흔적을 최소화하는, 선진국에서 검증된 자원순환 체계를 도입하는 것",
     "정치적 유불리를 떠나 우리 지역과 미래세대를 위한 대화와 논의에 동참해 주시길 바란다",
     "박남춘 인천시장 \"인천시의 자원순환정책 대전환은 새로운 길\""],
)

YJ = ["youth-policy", "jobs"]
A["no-05-ohmynews.txt"] = (
    meta(None, "2025-11-24", None, None, "28"),
    ["yoo-jeong-bok"],
    [
        c("겨울을 맞아 동계 아르바이트 청년 100명을 모집한다", None, "2025-11-24", YJ, "plan"),
        c("청년들에게 행정 경험의 기회를 제공하고, 지역사회에 대한 이해를 높이기 위해 마련됐다", None, "2025-11-24", YJ,
          "statement"),
        c("신청 자격은 모집 공고일(2025년 11월 24일) 기준 인천시에 주민등록이 되어있는 청년으로", None, "2025-11-24", YJ,
          "statement"),
        c("일반 모집은 18세 이상 39세 이하인 청년을 대상으로 한다", None, "2025-11-24", YJ, "statement"),
        c("특별 모집은 2년제 이상 대학(교) 재학생 또는 휴학생 중 저소득층", None, "2025-11-24", YJ, "statement"),
        c("다양한 공공기관에서 근무하게 된다", None, "2025-11-24", YJ, "statement"),
    ],
    ["선발은 12월 8일 전산 추첨을 통해 무작위로 진행된다", "근무 시간은 주 5일, 하루 7시간(점심시간 제외)이다",
     "11월 24일 오전 9시부터 12월 5일 오후 6시까지 인천시 누리집"],
)

IA = "investment-attraction"
Y = "양대웅"
A["no-06-asiae.txt"] = (
    meta("양대웅 구로구청장 \"기업하기 좋은 환경을 만들겠습니다\"", "2008-07-07T10:45+09:00", None, "아시아경제", "11530"),
    [],
    [
        c("근로자 수가 10만명을 돌파할 정도로 서울디지털단지의 인기가 높습니다", None, "2008-07-07", [IA, "jobs"],
          "achievement", Y),
        c("서울디지털단지 근무자 10만명 시대를 맞이한 배경에는", None, "2008-07-07", [IA, "jobs"], "achievement", Y),
        c("벤처기업들이 몰리는 것은 단지 임대료 등이 싼 이유만은 아니다", None, "2008-07-07", [IA], "statement", Y),
        c("자치단체에서 적극 지원하는 산업단지의 투자 가치와 비전이 높기 때문", None, "2008-07-07", [IA], "achievement", Y),
        c("입주기업에 지방세 감면 혜택을 주는 것 외에도", None, "2008-07-07", [IA], "statement"),
        c("구청의 모든 부서가 IT빌딩과 자매결연을 체결해", None, "2008-07-07", [IA], "statement", Y),
        c("각종 인허가 및 민원문제 등이 많이 해결됐다고 전한다", None, "2008-07-07", [IA], "achievement"),
        c("서울 가리봉동을 배후기능도시로 육성하는 도시정비사업도 실시 중이다", None, "2008-07-07",
          ["urban-regeneration"], "statement"),
        c("친환경 생활지구로 조성하는 계획이다", None, "2008-07-07", ["urban-regeneration"], "plan"),
    ],
    ["거꾸로 세웠더니 '대박'", "양대웅 구로구청장 \"기업하기 좋은 환경을 만들겠습니다\"", "[서울 디지털 산업단지의 변신]"],
)

CP = "citizen-participation"
A["no-07-heraldcorp.txt"] = (
    meta(None, "2025-09-05", "박종일", "헤럴드경제", "11440"),
    ["park-gang-su"],
    [
        c("2026년 예산편성을 위한 주민 설문조사를 9월 22일까지 실시한다", None, "2025-09-05", [CP], "plan"),
        c("주민의 다양한 의견을 수렴하여 예산편성 과정의 투명성과 효율성을 제고하고자 마련됐다", None, "2025-09-05", [CP],
          "statement"),
        c("참여 대상은 마포구민 또는 사업장 소재지가 마포구인 자", None, "2025-09-05", [CP], "statement"),
        c("설문조사 결과를 2026년 예산편성 시 참고자료로 적극 활용할 계획이다", None, "2025-09-05", [CP], "plan"),
    ],
    ["주민 한 분, 한 분의 의견은 더 좋은 마포를 만들어가는 밑거름이 된다",
     "실질적인 변화를 체감할 수 있는 예산이 편성될 수 있도록 최선의 노력을 다하겠다",
     "설문조사는 서울시 엠보팅 누리집에서"],
)

J = "jobs"
A["no-08-sportsdonga.txt"] = (
    meta(None, None, None, None, "28140"),
    ["kim-chan-jin"],
    [
        c("2026년도 일자리사업 참여자를 올해 오는 22일부터 2026년 1월 2일까지 신청받는다", None, None, [J], "plan"),
        c("취업 취약계층에게 공공부문 일자리를 제공해 생계 안정을 돕고 사회참여 기회를 확대하기 위해 마련됐다", None, None,
          [J, "welfare"], "statement"),
        c("전체 156명을 선발한다", None, None, [J, "youth-policy"], "target"),
        c("2026년 2월부터 11월까지 공공서비스 지원, 사회서비스 제공, 지역정비 등의 업무를 수행하게 되며", None, None, [J],
          "statement"),
        c("희망브릿지는 20~55세 경력단절 여성이 공공·사회서비스 업무에 참여한다", None, None, [J], "statement"),
        c("아울러 청년일자리는 19~39세 미취업 청년이 행정 운영지원 업무를 맡고", None, None, [J, "youth-policy"],
          "statement"),
    ],
    ["●김찬진 구청장, “근로 의욕 있는 주민 위한 일자리 지원 지속”", "신분증과 구비서류를 지참해 모집 기간 중",
     "●동구, 공공서비스·사회서비스 지원 중심…2026년 2~11월 운영"],
)

A["no-09-sentv.txt"] = (
    meta("인천, 강화·백령·옹진에 공중보건의사 확충", "2025-04-11T14:55:57+09:00", "김혜준", "서울경제TV", "28"),
    [],
    [
        c("의료 취약지 지원을 위해 신규 공중보건의사 49명을 배치했습니다", None, "2025-04-11", [PH], "achievement"),
        c("도서·농어촌 지역에 집중 배치돼 지역 주민들의 건강을 돌볼 예정이라고 밝혔습니다", None, "2025-04-11", [PH],
          "plan"),
        c("총 77명의 공중보건의사가 올해 지역 보건 현장에서 활동하게 된다고 전했습니다", None, "2025-04-11", [PH],
          "statement"),
    ],
    ["인천시, 갈등조정에서 공론화로… 시민 참여 숙의 행정 본격화", "유정복 인천시장, ‘시민이 묻고 시장이 답하다’ 현장 소통",
     "문경복 인천 옹진군수 “정확한 통계...정책의 기초”", "인천시, 수도권 규제완화 논의… 지역 역차별 해법 찾는다"],
)

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, (m, officials, claims, not_claims) in A.items():
        doc = {"article": name, "metadata": m, "officials": officials, "claims": claims, "not_claims": not_claims}
        (GOLD / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(claims))
    print("total", sum(len(v[2]) for v in A.values()))
