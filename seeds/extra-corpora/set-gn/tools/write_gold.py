"""Write set-gn's hand-made gold files (one per article)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def C(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


def M(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


YUK, D1 = "yuk-dong-han", "2025-07-01"
D2 = "2025-10-24"
D3 = "2026-02-23"
D4 = "2020-02-11"
D5 = "2026-02-03"
D6 = "2019-01-16"
LJJ, D7E, D7P = "lee-jae-jun-41280", "2021-08-26", "2021-08-30"
CMS = "choi-mun-sun"
SYJ, D9 = "shin-yeong-jae", "2023-01-02"

GOLDS = {
    "gn-01-mk.txt": {
        "metadata": M('육동한 춘천시장 "남은 1년, 시민 성공시대 완성과 도약에 집중"', "2025-07-01T16:00+09:00",
                      "이상학", "연합뉴스", "51110"),
        "officials": [YUK],
        "claims": [
            C("GTX-B 춘천 연장 확정, 세계태권도연맹 본부 유치", YUK, D1,
              ["public-transit", "culture-tourism", "education"], "achievement"),
            C("교육 분야는 교육발전특구 지정, 경제·산업 분야는 전통시장 활성화를 위한 야시장 지원", YUK, D1,
              ["education", "small-merchants", "research-development"], "achievement"),
            C("의암호 출렁다리 개장을 통한 관광 인프라 확충과 외국인 관광객 약 40% 증가", YUK, D1,
              ["culture-tourism"], "achievement"),
            C("도시·건설 분야에서는 기업혁신파크 조성, 역세권 개발", YUK, D1,
              ["investment-attraction", "welfare"], "achievement"),
            C("환경·농업 분야는 푸드테크 산업 추진, 로컬푸드 공급 확대", YUK, D1, ["agriculture"], "achievement"),
        ],
        "not_claims": [
            "남은 1년은 시민 성공시대를 위한 완성과 도약에 집중하겠다",
            "도지사 후보군 거론에",
            "[춘천시 제공.재판매 및 DB 금지]",
            "이날 기자회견은 첨단지식산업의 거점이자",
        ],
    },
    "gn-02-asiae.txt": {
        "metadata": M('원강수 시장 "현장 목소리가 곧 정책…기업이 머물고 싶은 도시 만들 것"', "2025-10-24T14:41+09:00",
                      "이종구", None, "51130"),
        "officials": ["won-gang-su"],
        "claims": [
            C("24일 시청에서 '투자유치 기업 간담회'를 개최했다", None, D2, ["investment-attraction"], "statement"),
            C("투자 진행 상황을 공유하고 건의 및 애로사항을 청취했다", None, D2, ["investment-attraction"], "statement"),
            C("△전문 인력 양성 및 채용 지원 △투자 보조금 확대", None, D2, ["investment-attraction", "jobs"],
              "statement"),
            C("기업 전담 PM(프로젝트 매니저) 제도 운영", None, D2, ["investment-attraction"], "statement"),
            C("총 36개 기업과 8600억원 규모의 투자 협약을 체결했으며", None, D2, ["investment-attraction", "jobs"],
              "achievement"),
        ],
        "not_claims": [
            "현장 목소리가 곧 정책…기업이 머물고 싶은 도시 만들 것",
            "36개 투자기업 8600억원 규모 투자 협약 체결",
            "1800여 개 일자리 창출…투자기업과 동반성장 모색",
            "'투자유치 기업 간담회'를 개최하고 있다. 원주시 제공",
        ],
    },
    "gn-03-ytn.txt": {
        "metadata": M("\"예산 5천억 투입\"...화성시, '출생아 만 명 시대' 연다", "2026-02-23T01:24+09:00",
                      "최명신", None, "41590"),
        "officials": [],
        "claims": [
            C("올해 저출생 대응 예산으로 5천억 원 넘는 예산을 투입합니다", None, D3, ["childcare-birth"], "plan"),
            C("연간 출생아 만 명 시대를 열겠다는 목표를 세웠습니다", None, D3, ["childcare-birth"], "target"),
            C("지난해 화성시에서 태어난 아기는 모두 8,116명", None, D3, ["childcare-birth"], "achievement"),
            C("유일하게 8천 명을 넘기며 3년 연속 출생아 수 1위를 기록했습니다", None, D3, ["childcare-birth"],
              "achievement"),
            C("경기도 전체 출생아 10명 가운데 1명이 화성에서 태어난 셈입니다", None, D3, ["childcare-birth"],
              "achievement"),
            C("출산과 돌봄을 아우르는 정책 지원이 더해진 결과로 분석됩니다", None, D3, ["childcare-birth"],
              "achievement"),
            C("넷째 이상 300만 원의 출산지원금을 지급하고 있습니다", None, D3, ["childcare-birth"], "statement"),
            C("다자녀 기준도 두 자녀로 완화해", None, D3, ["childcare-birth"], "achievement"),
            C("보육 인프라도 전국 최대 규모입니다", None, D3, ["childcare-birth"], "achievement"),
            C("시립 어린이집 163곳을 운영하며 주말과 시간제 돌봄까지 확대했습니다", None, D3, ["childcare-birth"],
              "achievement"),
            C("출생아 수 1만 명 시대를 중장기 목표로 제시했습니다", None, D3, ["childcare-birth"], "target"),
            C("올해 2월부터는 저출생 대응과를 신설하였고", None, D3, ["childcare-birth"], "plan", "이희정"),
            C("다자녀 가구 주택자금 대출 이자 지원", None, D3, ["childcare-birth", "housing"], "statement"),
        ],
        "not_claims": [
            "아이를 데리고 갈 수 있는 편의시설도 많다 보니",
            "최명신 기자가 보도합니다.",
        ],
    },
    "gn-04-onulnews.txt": {
        "metadata": M("양평군, 5개 마을 ‘생태보전농업 실천마을’ 에 선정", "2020-02-12T15:52+09:00",
                      "노명복", "오늘뉴스", "41830"),
        "officials": [],
        "claims": [
            C("양평군 5개 마을이 경기도에서 선정한", None, D4, ["agriculture"], "achievement"),
            C("절반에 가까운 5개 마을이 양평군의 마을이라고 밝혔다", None, D4, ["agriculture"], "achievement"),
            C("친환경 농업을 활성화하기 위한 ‘생태보전농업 실천마을’로 선정된 양평군의 마을은", None, D4,
              ["agriculture"], "statement"),
            C("이행 실적에 따라 농가당 인센티브를 지급한다", None, D4, ["agriculture"], "statement"),
            C("다양한 친환경농업 실천 노력을 벌여왔다", None, D4, ["agriculture"], "statement", "정동진"),
            C("장기적으로 친환경농업 활성화 기반을 다져 나가게 될 것", None, D4, ["agriculture"], "plan", "정동진"),
        ],
        "not_claims": [
            "양평군, 5개 마을 ‘생태보전농업 실천마을’ 에 선정",
            "기사 내용과 관련이 없는 글, 욕설을 사용하는 등",
        ],
    },
    "gn-05-newsis.txt": {
        "metadata": M("삼척시 '석탄산업전환 통합지원' 조례 제정 추진", "2026-02-03T09:05+09:00",
                      "홍춘봉", "뉴시스", "51230"),
        "officials": [],
        "claims": [
            C("석탄 중심의 산업 구조를 의료·관광·대학도시로 완전히 탈바꿈하겠다는", None, D5,
              ["culture-tourism", "medical-industry", "education"], "plan"),
            C("정부의 지역사회 통합돌봄 정책과 연계해", None, D5, ["welfare", "medical-industry"], "statement"),
            C("주거비·생계비·의료비 및 교육비 지원을 구체화했다", None, D5, ["welfare", "housing"], "statement"),
            C("지역 내 창업 및 이전 기업은 물론, 보건·의료와 농축산업 분야에 대한 다각적인 지원책", None, D5,
              ["startup-support", "investment-attraction", "medical-industry", "agriculture"], "plan"),
            C("주민들의 의견을 수렴할 수 있는 제도적 기반을 강화해", None, D5, ["citizen-participation"], "plan"),
        ],
        "not_claims": [
            "폐광 충격 넘어서 의료·관광 도시로",
            "이달 말 폐광하는 대한석탄공사 도계광업소 모습",
            "'석탄산업전환지역 맞춤형 조례' 제정을 추진한다고 밝혔다",
            "지역 경제의 연착륙과 새로운 미래 산업으로의 도약을 뒷받침할 제도적 기틀을 마련한다",
            "현실적인 타격을 최소화하는 데 방점을 뒀다",
        ],
    },
    "gn-06-theonetv.txt": {
        "metadata": M('[뉴스in현장] 염태영 수원시장, "시민의 힘으로 새로운 100년 열겠다."', "2019-01-16T21:17+09:00",
                      "김정순", "더원방송", "41110"),
        "officials": ["yeom-tae-yeong"],
        "claims": [
            C("‘수원시 수도정비기본계획 변경(안)’을 승인하면서", None, D6, ["water-supply"], "achievement"),
            C("비상급수원인 광교상수원보호구역 일부가 해제된 것은", "yeom-tae-yeong", D6, ["water-supply"],
              "achievement"),
        ],
        "not_claims": [
            "기승을 부렸던 미세먼지가 영하 10도 남짓한 추위에 사라졌습니다",
            "맑은 하늘과 꽁꽁 언 얼음이",
            "2019년 주요 시정계획을 발표해 눈길을 끌었다고 합니다",
            "새로운 100년을 향해 나가겠다는 포부를 밝혔습니다",
        ],
    },
    "gn-07-cnbnews.txt": {
        "metadata": M("고양시 주거안정화 방안은?...능곡1904서 열린 '도시재생' 세미나", "2021-08-30T09:23+09:00",
                      "김진부", "CNB뉴스", "41280"),
        "officials": [LJJ],
        "claims": [
            C("능곡역을 도시재생뉴딜사업을 통해 문화복합공간으로 리모델링한 곳", None, D7P,
              ["urban-regeneration"], "achievement"),
            C("이제 도시재생은 주거복지와 안정적인 주택공급 등", LJJ, D7E, ["urban-regeneration", "housing"], "plan"),
            C("고양시가 추구해야 할 주거안정의 방향성과 정책 아이디어", LJJ, D7E, ["housing"], "statement"),
            C("창릉3기 신도시와 1기 신도시 리모델링, 공공주택, 사회주택 등으로 이어나가며", LJJ, D7E, ["housing"],
              "plan"),
        ],
        "not_claims": [
            "고양시 도시재생 2.0 \"주거안정화 방안 세미나\"를 개최했다",
            "신혼부부와 중장년층의 임차가구 증가로 주거안정성 악화",
            "\"공공의 이익과 실효성 제고 두마리 토끼 잡아야\"",
            "\"3기 신도시와 1기 신도시 리모델링 등 풀어야 할 숙제\"",
            "우리나라 주택시장은 수급불균형",
        ],
    },
    "gn-08-kado.txt": {
        "metadata": M("[민선7기 출범 1년]최문순 화천군수 인터뷰", None, None, None, "42790"),
        "officials": [CMS],
        "claims": [
            C("교육,복지,농업,지역경제,지역발전 등 5개 분야에서 14개 전략", CMS, None,
              ["education", "welfare", "agriculture"], "statement"),
            C("화천산천어축제의 글로벌 육성축제 선정과 LPG 배관망 구축", CMS, None, ["culture-tourism"],
              "achievement"),
            C("전국 최초로 모든 대학생 자녀들의 등록금 실 납입액 100%가 지원됐고", CMS, None, ["education"],
              "achievement"),
            C("화천어린이도서관과 사내도서관은", CMS, None, ["culture-tourism"], "achievement"),
            C("모두 미래를 위한 투자다", CMS, None, ["education", "culture-tourism"], "statement"),
            C("교육과 보육 인프라 구축에 초점을 맞춰 나가겠다", CMS, None, ["education", "childcare-birth"], "plan"),
        ],
        "not_claims": [
            "산천어축제·LPG 구축 등 성과",
            "교육환경 조성, 미래 위한 투자",
            "■ 평화관광이 새로운 트렌드로 주목받고 있는데,대비책은.",
            "물고기를 주기 보다는 잡는 법을 가르치는 것이 맞다",
            "흙수저,금수저 논란을 완전히 없애도록 노력을 기울이겠다",
        ],
    },
    "gn-09-breaknews.txt": {
        "metadata": M(None, "2023-01-02T09:03+09:00", "남상훈", None, "42720"),
        "officials": [SYJ],
        "claims": [
            C("도시재생사업 추진 유공 기관표창, 노인일자리사업 우수 지자체 선정", SYJ, D9,
              ["urban-regeneration", "jobs", "welfare", "public-health", "agriculture"], "achievement"),
            C("면역항체 치료소재 개발지원센터 구축, 항체산업 비즈니스센터 건립", SYJ, D9,
              ["medical-industry", "water-supply", "culture-tourism"], "achievement"),
            C("경제활력, 복지증진, 농촌활력, 인재육성, 문화․관광 진흥", SYJ, D9,
              ["welfare", "agriculture", "education", "culture-tourism"], "plan"),
        ],
        "not_claims": [
            "신영재 홍천군수의 계묘년 신년사",
            "출향군민과 군장병, 경찰관, 소방관 여러분께도",
            "일심동체되어 노력해 주신 군민여러분 모두의 열정과 노고가",
        ],
    },
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, gold in GOLDS.items():
        record = {"article": name, **gold}
        (GOLD / f"{name}.json").write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(gold["claims"])
        print(name, len(gold["claims"]))
    print("total", total)
