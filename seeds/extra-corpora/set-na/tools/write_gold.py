"""Write set-na's gold files (hand annotation, one dict per article)."""
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


A = {}

D = "2023-02-23"
A["na-01-busan.txt"] = {
    "metadata": meta("청년정책 집중 성과 났나… 소멸위기 의령군, 지난해 합계출산율 도내 1위",
                     "2023-02-23T17:12:34+09:00", None, None, "48720"),
    "officials": ["oh-tae-wan"],
    "claims": [
        c("경남 최저 인구수를 보이는 의령군이 도내 합계출산율 1위를 기록했다", None, D, ["childcare-birth"], "achievement"),
        c("군은 지난해 의령의 합계출산율이 1.02명이라고 23일 밝혔다", None, D, ["childcare-birth"], "achievement"),
        c("의령의 출산율은 2020년 1.04명, 2021년 0.93명으로 경남 6번째를 보이다가 이번에 반전을 이뤘다", None, D,
          ["childcare-birth"], "achievement"),
        c("군은 출산장려금 확대와 산후조리비용 지원 등 정책과", None, D, ["childcare-birth", "youth-policy"], "achievement"),
        c("청년 소상공인 창업 지원 최대 2500만 원과 중고차 구입비 1인당 1500만 원, 빈집 리모델링 반값 사업", None, D,
          ["youth-policy", "startup-support", "small-merchants", "urban-regeneration"], "statement"),
        c("군은 정책 수혜자를 늘리기 위해 청년 나이 기준을 ‘만 18세~49세’로 수정했고", None, D,
          ["youth-policy", "agriculture"], "achievement"),
        c("소멸위기 의령군에 출산율 1", "oh-tae-wan", D, ["childcare-birth"], "achievement"),
    ],
    "not_claims": [
        "청년정책 집중 성과 났나… 소멸위기 의령군, 지난해 합계출산율 도내 1위",
        "2021년 경남서 6번째였다가 1년 만에 대반전",
        "청년나이 만49세 확대해 각종 지원 펼쳐",
        "'의령청년 동아리활동 성과공유회' 행사 참석자들이 기념사진을 찍고 있다",
        "합계출산율은 여성 1명이 평생 낳을 것으로 예상되는 평균 출생아 수를 말한다",
        "도내 합계출산율 평균은 0.84명이다",
    ],
}

D = "2020-10-15"
A["na-02-siminilbo.txt"] = {
    "metadata": meta("거창군, 실종예방을 위한 치매등대지기 현판 전달", "2020-10-15T12:11:36+09:00", "이영수", "시민일보",
                     "48880"),
    "officials": ["gu-in-mo"],
    "claims": [
        c("거창군 치매안심센터는 15일부터 지역사회 자원을 활용한 치매실종예방사업인", None, D, ["dementia-care"], "statement"),
        c("치매실종 예방을 위한 빈틈없는 안전망을 구축해 치매환자가 안전하게 가정으로 복귀할 수 있도록 최선의 노력을 할 것",
          "gu-in-mo", D, ["dementia-care"], "plan"),
        c("10월 말까지 100곳을 추가로 지정해 치매실종 대응을 위한 지역사회 자원을 강화할 예정이다", None, D,
          ["dementia-care"], "target"),
    ],
    "not_claims": ["거창군, 실종예방을 위한 치매등대지기 현판 전달", "치매실종 예방을 위한 지역사회 자원 강화"],
}

D = "2017-04-16"
A["na-03-kmib.txt"] = {
    "metadata": meta("‘문화도시’ 안동, 관광객 1000만명 시대 선언", "2017-04-16T18:33+09:00", "김재산", "국민일보", "47170"),
    "officials": [],
    "claims": [
        c("2020년 1000만 관광객 유치를 목표로 전략적인 관광산업 육성에 나섰다", None, D, ["culture-tourism"], "target"),
        c("문화도시로서의 품격을 기반으로 천만 관광객 시대를 열겠다는 것이다", None, D, ["culture-tourism"], "target"),
        c("안동시 관광객은 2010년 이후 꾸준히 늘어 500만명을 넘어섰고", None, D, ["culture-tourism"], "achievement"),
        c("시는 최근 국·내외 관광 트렌드에 맞춰 관광산업을 육성한다는 전략을 세웠다", None, D, ["culture-tourism"], "plan"),
        c("관광홍보 등을 전략으로 1000만 관광객 시대를 열어가겠다는 목표다", None, D, ["culture-tourism"], "target"),
        c("안동문화 세계화는 유네스코 세계유산등록으로 완성한다는 게 목표다", None, D, ["culture-tourism"], "plan"),
        c("안동시는 사찰과 서원도 세계유산 등재를 추진하기로 했다", None, D, ["culture-tourism"], "plan"),
        c("도산서원과 병산서원도 2019년까지 등재할 수 있을 것으로 기대하고 있다", None, D, ["culture-tourism"], "plan"),
        c("하회별신굿탈놀이는 한국의 탈춤을 묶어 ‘인류무형유산’으로 등재할 방침이다", None, D, ["culture-tourism"], "plan"),
        c("유일무이한 도시로서 1000만 관광도시를 견인하겠다는 취지다", None, D, ["culture-tourism"], "target"),
    ],
    "not_claims": ["‘문화도시’ 안동, 관광객 1000만명 시대 선언", "사진은 월영교 야경"],
}

D = "2022-10-07"
J = "jeong-jong-bok"
A["na-04-ulsanilbo.txt"] = {
    "metadata": meta("취임 100일 맞은 민선8기 정종복 기장군수, “울산과 운명공동체, 상생방안 모색”", "2022-10-07", "김갑성",
                     None, "26710"),
    "officials": [J],
    "claims": [
        c("먼저 대중교통망 확충을 위해 ‘도시철도 유치’에 심혈을 기울이고 있다", J, D, ["public-transit"], "statement"),
        c("도시철도가 없는 기장군은 부산 내 다른 지역에 비해 상대적으로 접근성이 부족하기 때문이다", J, D, ["public-transit"],
          "statement"),
        c("관광 인프라를 적극 활용하기 위해서는 교통인프라 확충이 무엇보다 시급하다", J, D,
          ["public-transit", "culture-tourism"], "statement"),
        c("도시철도 노포정관선 1단계 건설사업", J, D, ["public-transit"], "achievement"),
        c("도시철도 기장선과 KTX-이음역 유치에도 발벗고 나서 사통팔달의 교통망을 완성하는 데 최선을 다할 계획이다", J, D,
          ["public-transit"], "plan"),
    ],
    "not_claims": [
        "취임 100일 맞은 민선8기 정종복 기장군수",
        "기장군 발전과 군민 복지 향상에 역량을 집중하고 있다",
        "고향 기장을 군민이 행복한 삶의 터전으로 만들기 위해 역량을 집중하겠다",
    ],
}

D = "2022-07-01"
S = "seo-dong-uk"
A["na-05-newsis.txt"] = {
    "metadata": meta("[인터뷰]서동욱 울산 남구청장 \"민생·지역경제 살리기가 최우선\"", "2022-07-01T15:09:22+09:00", "안정섭",
                     "뉴시스", "31140"),
    "officials": [S],
    "claims": [
        c("먼저 여천배수장과 매립장 일원에 생태공원과 복합문화시설을 조성해", S, D, ["culture-tourism"], "plan"),
        c("이와 함께 문화예술산업 육성을 통해 관련 일자리도 늘려 가겠다", S, D, ["culture-tourism", "jobs"], "plan"),
        c("산업구조 다각화를 통한 일자리 창출을 목표로 남구를 문화광관도시로 만들어 갈 것이다", S, D,
          ["jobs", "culture-tourism"], "plan"),
        c("삼산동은 숙박과 쇼핑 의료관광 허브", S, D, ["culture-tourism", "medical-industry"], "plan"),
        c("남구 주요 관광지와 태화강 국가정원을 관광벨트로 연계하고", S, D, ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "민선 8기 최우선 과제는 코로나19로 무너진 민생을 회복하고 지역경제를 활성화하는 것",
        "민선 7기에서 추진한 다양한 정책의 완성도를 높이고 중단 없이 이어 나가겠다",
        "2014년 울산 남구청장으로 처음 당선됐다",
    ],
}

D = "2019-05-07"
A["na-06-gnnews.txt"] = {
    "metadata": meta("통영시, '어촌뉴딜300 사업' 속도 낸다", "2019-05-07", "강동현", "경남신문", "48220"),
    "officials": [],
    "claims": [
        c("통영시는 ‘어촌뉴딜300사업’ 지역협의체를 구성하고, 착수보고회를 완료하는 등", None, D, ["agriculture"],
          "achievement"),
        c("사업 착수보고회’를 완료했다고 7일 밝혔다", None, D, ["agriculture"], "achievement"),
        c("해수부 주관으로 어촌·어항을 현대화해 해양관광 활성화와 어촌의 혁신성장을 견인하는 사업으로", None, D,
          ["agriculture", "culture-tourism"], "statement"),
        c("통영시는 올해 확정된 전국 70개 사업대상지 중 가장 많은 5개소가 선정됐다", None, D, ["agriculture"], "achievement"),
        c("총사업비 624억 원을 투입해 2020년까지", None, D, ["agriculture", "culture-tourism"], "plan"),
        c("이번 착수보고회를 시작으로 해양관광 활성화와 지역 일자리 창출", None, D,
          ["culture-tourism", "jobs", "agriculture"], "plan"),
        c("한국어촌어항공단에 사업을 위(수)탁해 진행하고 있다", None, D, ["agriculture"], "statement"),
    ],
    "not_claims": ["통영시, '어촌뉴딜300 사업' 속도 낸다",
                   "지역협의체 구성·착수보고회 완료 전국 사업대상지 중 5곳 최다 선정"],
}

D = "2021-09-09"
A["na-07-investkorea.txt"] = {
    "metadata": meta("대구시, 로봇산업 육성방향 발표…한국형 로봇융합클러스터 조성", "2021-09-13", "정창오", "뉴시스", "27"),
    "officials": [],
    "claims": [
        c("한국형 로봇융합클러스터를 조성하겠다는 '대구 로봇사업 육성방향'을 발표했다", None, D, ["robot-industry"], "plan"),
        c("로봇산업 육성정책을 강력히 추진해왔으며 지난 8월 국가로봇테스트필드 유치에 성공하면서", None, D,
          ["robot-industry"], "achievement"),
        c("대구시 전역을 로봇산업의 테스트베드로 제공하겠다는 개념이다", None, D,
          ["robot-industry", "investment-attraction"], "statement"),
        c("로봇 소재부품과 SW기업을 육성하는 K-로봇플랫폼 조성", None, D, ["robot-industry"], "statement"),
        c("한국형 로봇융합클러스터 세부계획을 구체화해 대선공약 반영 등에 적극 나설 계획이다", None, D, ["robot-industry"],
          "plan"),
        c("국가로봇테스트필드 혁신사업의 예타 통과를 위해 정부의 특별한 관심과 지원을 요청했다", None, D, ["robot-industry"],
          "statement"),
    ],
    "not_claims": ["대구시, 로봇산업 육성방향 발표…한국형 로봇융합클러스터 조성",
                   "한국로봇산업진흥원을 찾아 로봇산업 설명을 듣고 있다"],
}

P = "박종길"
L = "lee-tae-hun"
A["na-08-iij.txt"] = {
    "metadata": meta("박종길 달서구의원,‘ 구정질문 ’달서구 탄소중립 전략수립과 기후변화대응팀 해체 재검토해야!", None, "윤혜진",
                     "국제i저널", "27290"),
    "officials": [L],
    "claims": [
        c("구정질문을 통해 탄소중립 전략수립과 행정조직 개편에 대해 보완과 재검토를 주문했다", None, None, ["climate-carbon"],
          "criticism", P),
        c("지속가능발전팀이 기후변화업무와 지속가능발전 업무 두 가지를 함께 하는 것은 상식적으로 맞지 않다", None, None,
          ["climate-carbon"], "criticism", P),
        c("‘기후변화대응팀’을 없애는 것은 시대에 역행하는 것이다", None, None, ["climate-carbon"], "criticism", P),
        c("지속가능발전팀이 신설되더라도 기후변화대응팀을 존속시켜 줄 것", None, None, ["climate-carbon"], "plan", P),
        c("기후변화대응팀 이름은 폐지되지만, 전체적으로는 확대되는 것으로 봐달라", L, None, ["climate-carbon"], "statement"),
        c("지속가능발전팀에서 지속가능발전과 기후변화대응 업무를 병행해서 운영할 것", L, None, ["climate-carbon"], "plan"),
        c("기후변화대응팀 폐지는 전국에서 찾을 수 없는 기후위기 시대에 역행적인 사례가 될 것", None, None, ["climate-carbon"],
          "criticism", P),
        c("2030년까지 2018년 대비 45%의 온실가스 감축 목표의 실행 계획이 부실하다고 지적했다", None, None,
          ["climate-carbon"], "criticism", P),
        c("131개 세부사업 대부분이 기존사업을 나열한", None, None, ["climate-carbon"], "criticism", P),
    ],
    "not_claims": ["HOME 정치 대구시의회 대구시", "ⓒ국제i저널",
                   "박종길 달서구의원,‘ 구정질문 ’달서구 탄소중립 전략수립과 기후변화대응팀 해체 재검토해야!"],
}

B = "baek-seon-gi"
A["na-09-kbmaeil.txt"] = {
    "metadata": meta("민선 7기 출범 1년 백선기 칠곡군수", None, None, None, "47850"),
    "officials": [B],
    "claims": [
        c("투명하고 신뢰받는 열린행정", B, None, ["citizen-participation"], "plan"),
        c("△일자리창출과 지역경제 살리기 △고품격 문화·관광도시 조성 △친환경, 6차산업 중심의 부자농촌 건설", None, None,
          ["jobs", "small-merchants", "culture-tourism", "agriculture"], "achievement"),
        c("매출 1조원대 사료공장인 (주)팜스코를 칠곡에 유치했다", None, None, ["investment-attraction"], "achievement"),
        c("또 관광산업 육성을 위해 애착을 가지고 사업에 주력했다", None, None, ["culture-tourism"], "achievement"),
        c("칠곡 호국관광벨트화 사업을 통해", None, None, ["culture-tourism"], "achievement"),
        c("관평루를 유치해 관광객을 끌어 모았다", None, None, ["culture-tourism"], "achievement"),
    ],
    "not_claims": ["민선 7기 출범 1년 백선기 칠곡군수", "‘평화의 도시 칠곡’ 정체성 확립", "‘인문학 마을’ 27개 조성 성과",
                   "위대한 칠곡을 완성하겠다", "‘행정의 달인’이란 명성답게"],
}

for name, g in A.items():
    out = {"article": name, **g}
    (GOLD / (name + ".json")).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(name, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in A.values()))
