"""Write set-dv's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, policies, kind, speaker=None, date=None, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


def meta(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


FILES = {}

# dv-01 증평군 스마트도시 (undated)
LJY = "lee-jae-yeong"
FILES["dv-01-newdaily.txt"] = {
    "metadata": meta("추진단 2차 회의…미래형 도시 도약 준비", None, None, None, "43745"),
    "officials": [LJY],
    "claims": [
        c("충북 증평군이 스마트도시 조성사업을 본격적으로 추진하며 미래형 도시로의 도약을 준비한다", ["smart-city"], "plan"),
        c("스마트도시 조성 추진단은 추진단장인 이재영 군수를 포함한 당연직 위원 4명과 위촉직 위원 9명", ["smart-city"], "statement"),
        c("증평군 스마트도시 계획 수립 시까지 활동하게 된다", ["smart-city"], "statement"),
        c("대한민국의 미래형 스마트도시를 선도하는 선진모델이 될 수 있도록 최선을 다하겠다", ["smart-city"], "plan", LJY),
        c("25년 하반기까지 사업비 25억 원을 들여 증평읍 일대에", ["smart-city"], "plan"),
    ],
    "not_claims": [
        "추진단 2차 회의…미래형 도시 도약 준비",
        "군은 2일 창의파크에서 스마트도시 조성 추진단 2차 회의를 개최했다고 밝혔다",
        "증평군 스마트도시 추진현황 및 추진방안에 대한 보고가 이뤄졌다",
        "증평군 스마트도시 사업의 정책 방향에 대한 다양한 의견이 논의됐다",
        "자문위원들이 지역사회에 적합한 목표설정, 비전 및 발전방향 등을 적극 제시해 주길 바란다",
    ],
}

# dv-02 충청남도 돌봄정책 플러스 (2026-02-10)
D2 = "2026-02-10"
FILES["dv-02-headlinecc.txt"] = {
    "metadata": meta("충남도, 326억 투입 ‘돌봄정책 플러스’ 추진... 저출생 정면 돌파", D2, None, "헤드라인충청", "44"),
    "officials": [],
    "claims": [
        c("충남도가 저출생 위기 극복을 위해 기존 돌봄 체계를 한층 보완·확대한", ["childcare-birth"], "plan", date=D2),
        c("4개 패키지, 12개 사업으로 구성됐으며 총 326억 원의 예산이 투입된다", ["childcare-birth"], "statement", date=D2),
        c("이번 계획은 지역 실정에 맞는 더 두텁고 촘촘한 저출생 위기 극복 대책이 필요해짐에 따라 마련했다", ["childcare-birth"],
          "statement", date=D2, speaker_name="김종수"),
        c("공공의 책임을 강화하는 것이 핵심", ["childcare-birth"], "statement", date=D2, speaker_name="김종수"),
        c("35세 이상 임산부에게 임신 1회당 최대 50만 원의 의료비를 신규 지원한다", ["childcare-birth"], "plan", date=D2),
        c("난임 시술비 지원 횟수를 무제한으로 확대해", ["childcare-birth"], "plan", date=D2),
        c("‘소상공인 육아 지원 패키지’가 신설됐다", ["childcare-birth", "small-merchants"], "plan", date=D2),
        c("대체인력 인건비를 월 100만 원씩 최대 3개월간 지원하며", ["childcare-birth", "small-merchants"], "plan", date=D2),
        c("돌봄 인프라 개선을 위한 ‘보육·돌봄 패키지’도 강화된다", ["childcare-birth"], "plan", date=D2),
        c("마을돌봄터를 50개소까지 단계적으로 확대한다", ["childcare-birth"], "target", date=D2),
        c("‘방학 온(ON) 돌봄’ 20개소를 운영할 계획이다", ["childcare-birth"], "target", date=D2),
        c("조직 문화 개선을 위한 ‘육아 친화 문화 패키지’도 추진한다", ["childcare-birth"], "plan", date=D2),
    ],
    "not_claims": [
        "충남도, 326억 투입 ‘돌봄정책 플러스’ 추진... 저출생 정면 돌파",
        "2026.02.10 (화)",
    ],
}

# dv-03 전주시 도시재생 현장점검 (undated)
KSS = "kim-seung-su"
FILES["dv-03-jjan.txt"] = {
    "metadata": meta("전주시, 전통문화 중심 도시재생사업 현장점검", None, None, None, "45110"),
    "officials": [KSS],
    "claims": [
        c("구도심 100만평 아시아 문화심장터 프로젝트의 핵심인 ‘전주 전통문화 중심의 도시재생사업’을 본격화한다",
          ["urban-regeneration"], "plan"),
        c("구도심을 대상으로 추진되는 전주 전통문화 중심의 도시재생사업 현장점검에 나섰다", ["urban-regeneration"], "statement"),
        c("국비 91억원 등 총 182억원이 투입돼 전라감영로 특성화사업 등 13개 마중물사업이 추진되는", ["urban-regeneration"],
          "statement"),
        c("젠트리피케이션 현상 등 사회문제를 완화하기 위한 지속가능성 확보 등을 병행 추진할 것을 주문했다",
          ["urban-regeneration", "investment-attraction"], "plan", KSS),
    ],
    "not_claims": ["전주시, 전통문화 중심 도시재생사업 현장점검"],
}

# dv-04 광주 서구 마을총회 (2024-09-29)
KIG = "kim-i-gang"
D4 = "2024-09-29"
FILES["dv-04-kcejournal.txt"] = {
    "metadata": meta("광주광역시 서구, 축제형 마을총회로 ‘내곁에 생활정부’실현", "2024-09-29T19:04+09:00", "정소앙", None, "29140"),
    "officials": [KIG],
    "claims": [
        c("서구는 주민총회를 통해 동BI를 반영한 마을의제 100건을 확정했다", ["citizen-participation"], "achievement", date=D4),
        c("동별로 주민자치회가 주민총회추진운영위원회를 구성하고", ["citizen-participation"], "achievement", date=D4),
        c("탄소중립의식개선교육(감탄마을 치평동)", ["citizen-participation", "climate-carbon"], "achievement", date=D4),
        c("서구는 향후 주민들의 의견을 적극 반영해 사업별 계획을 수립하고", ["citizen-participation"], "plan", date=D4),
        c("주민총회는 주민의 직접 참여를 통해 스스로 마을을 바꿔나가는 민주주의의 과정이다", ["citizen-participation"],
          "statement", KIG, D4),
        c("주민들의 고민과 투표로 발굴된 마을의제 사업들이", ["citizen-participation"], "plan", KIG, D4),
    ],
    "not_claims": [
        "광주 서구는 18개 동에서 주민 주도 축제형 마을총회를 개최했다",
        "주민 주도로 마을의제 100건 상정…마을BI 반영한 특화사업 활발히 논의",
    ],
}

# dv-05 세종시 대중교통 무료화 (undated)
CMH = "choi-min-ho"
FILES["dv-05-newdaily.txt"] = {
    "metadata": meta("대중교통 기본조례 등 추진…최민호 시장, 추진계획 발표", None, None, None, "36"),
    "officials": [CMH],
    "claims": [
        c("세종시가 2025년부터 시내버스 요금 무료화를 추진한다", ["public-transit"], "plan"),
        c("대중교통 활성화와 무료화에 가장 접합한 도시", ["public-transit"], "statement", CMH),
        c("대중교통 무료화 사업에 따른 '대중교통 기본조례' 등을 추진하겠다", ["public-transit"], "plan", CMH),
        c("무료화에 따른 세부 추진계획을 마련하고 ‘대중교통 기본조례 개정’을 추진하겠다", ["public-transit"], "plan", CMH),
        c("운송업체에 지원금을 지원(약 400억 원)하고 있다", ["public-transit"], "statement", CMH),
        c("요금 약 180억 원만 추가하면 무료화를 시작할 수 있다", ["public-transit"], "statement", CMH),
        c("지역화폐 여민전 또는 어울링 요금 등으로 환급해 주는 방식으로 추진하겠다", ["public-transit"], "plan", CMH),
        c("대중교통 무료화 사업이 시행되면 인구 유입에 따른 세입 증가와", ["public-transit"], "statement", CMH),
        c("시민들의 대중교통 활성화에 의견을 주시면 적극 반영하겠다", ["public-transit"], "plan", CMH),
    ],
    "not_claims": [
        "최민호 세종시장이 21일 시청 정음실에서 기자간담회를 열어 대중교통 무료화 추진계획에 대해 발표하고 있다",
        "대중교통 기본조례 등 추진…최민호 시장, 추진계획 발표",
        "운송회사 간 이해관계가 비교적 단순하다",
        "수입은 174억 원(세종교통 83억 원, 세종도시교통공사 91억 원) 정도",
    ],
}

# dv-06 신안군 치매안심센터 (undated)
PUR = "park-u-ryang"
FILES["dv-06-newsfreezone.txt"] = {
    "metadata": meta(None, None, "이병석", "뉴스프리존", "46910"),
    "officials": [PUR],
    "claims": [
        c("종합적인 서비스 컨롤 타워 역할을 하게 될 “치매안심센터 개소식”을 개최했다고 밝혔다", ["dementia-care"], "achievement"),
        c("치매가 있어도 살기 불편하지 않고 치매로부터 자유로워질 수 있도록 치매안심센터가 노력해 줄 것", ["dementia-care"],
          "plan", PUR),
        c("치매예방 프로그램, 치매 조기검진, 치매안심마을 운영", ["dementia-care"], "statement"),
    ],
    "not_claims": [
        "실버댄스, 합창, 난타공연 등 식전 공연과 함께 진행됐다",
        "우리나라 전체 의료비가 70조 원을 육박하고 그중 노인 의료비가 40%가 넘어 사회적인 문제로 대두되고 있다",
    ],
}

# dv-07 익산시 청년 비전 (undated: only caption dates)
JHY = "jeong-heon-yul"
FILES["dv-07-news1.txt"] = {
    "metadata": meta("정헌율 익산시장 \"청년과 함께 기회의 땅 일굴 것\"", None, "장수인", "뉴스1", "52140"),
    "officials": [JHY],
    "claims": [
        c("청년들의 꿈을 실현하는 '청년 천국, 익산시'로 만들기 위해 본격적인 여정을 시작합니다", ["youth-policy"], "plan", JHY),
        c("'위대한 도시, 위드 청년'이라는 새 비전을 발표하며 이같이 밝혔다", ["youth-policy"], "plan", JHY),
        c("청년 유출로 얇아진 인구 허리를 다시 단단히 만드는 정책이 올해 핵심 비전", ["youth-policy"], "statement", JHY),
        c("단계별 지원체계를 갖춘 '청년 창업 혁신 거점'을 조성하고, 우리 청년들과 함께", ["startup-support", "youth-policy"],
          "plan", JHY),
        c("두루 갖춰진 청년들의 낙원을 만들고자 한다", ["youth-policy"], "plan", JHY),
        c("청년 전담조직을 새롭게 개편했고, 취업부터 창업까지 전방위적 지원으로",
          ["youth-policy", "jobs", "startup-support"], "plan", JHY),
        c("320억4600만원을 투입해 4개 분야, 79개 지원 정책을 추진한다", ["youth-policy"], "plan"),
        c("시는 청년 창업과 취업의 문턱을 낮추고", ["youth-policy", "startup-support", "jobs"], "plan"),
        c("먼저 시는 청년 창업을 지원하기 위해", ["youth-policy", "startup-support"], "plan"),
    ],
    "not_claims": [
        "정헌율 익산시장이 7일 시청 브리핑품에서 열린 신년기자회견에서 올해 비전을 발표하고 있다",
        "전북 익산시가 올해 추진하는 청년비전(익산시 제공)",
        "정 시장 신년기자회견…'위대한 도시, 위드 청년' 새 비전 발표",
    ],
}

# dv-08 제주도 제3차 관광진흥계획 (undated)
T = ["culture-tourism"]
FILES["dv-08-jejudomin.txt"] = {
    "metadata": meta("제3차 관광진흥계획 발표…2023년까지 5개년 추진", None, None, "제주도민일보", "50"),
    "officials": [],
    "claims": [
        c("위기의 제주관광 재도약 발판 마련을 위한 관광진흥계획이 수립됐다", T, "achievement"),
        c("제주도는 2023년까지 5년간 추진할 '제3차 제주도 관광진흥계획'을 5일 발표했다", T, "plan"),
        c("관광진흥가치 재정립을 5대 목표로 설정했다", T, "plan"),
        c("주요 전략방향을 보면 관광정책의 관리와 책임성을 강화하고", T, "plan"),
        c("고부가가치 관광상품의 개발 및 촉진 등에도 역점을 둔다", T, "plan"),
        c("이를 실현하기 위한 141개 세부과제도 제시됐다", T, "plan"),
        c("이번 계획수립 과정에 도·내외 전문가의 자문과", T, "statement"),
        c("고객중심의 체질개선과 제주관광의 경쟁력 강화에 중점을 뒀으며", T, "plan"),
    ],
    "not_claims": [
        "'행복을 키우는 청정 휴양관광도시, 제주' 비전 설정",
        "저작권자 © 제주도민일보 무단전재 및 재배포 금지",
    ],
}

# dv-09 대전 유성구 역점사업 (2025-02-24)
D9 = "2025-02-24"
FILES["dv-09-cctoday.txt"] = {
    "metadata": meta("과학의 심장 ‘유성’ 한국 실리콘밸리 꿈꾼다", "2025-02-24", "조사무엘", "충청투데이", "30200"),
    "officials": [],
    "claims": [
        c("기술과 창업이 만나 미래 산업을 이끄는 ‘한국판 실리콘밸리’로 도약하겠다는 포부다", ["startup-support"], "plan", date=D9),
        c("스타트업 기업이 성장할 수 있는 혁신창업생태계를 조성한다", ["startup-support"], "plan", date=D9),
        c("대덕특구 등 지역 혁신역량을 연결, 이를 바탕으로 창업 생태계를 조성해",
          ["startup-support", "research-development"], "plan", date=D9),
        c("유망 창업가와 투자자를 연결하는 네트워크를 확대하고", ["startup-support"], "plan", date=D9),
        c("기회발전특구와 바이오특화단지로 선정되는 쾌거를 거뒀다",
          ["investment-attraction", "decentralization", "medical-industry"], "achievement", date=D9),
        c("구는 기업 유치와 생산·고용 효과로 지역경제 활성화는 물론", ["investment-attraction", "jobs"], "plan", date=D9),
        c("유성온천지구도 글로벌 헬스·치유 관광지로 재탄생한다", ["culture-tourism"], "plan", date=D9),
        c("‘웰니스(Wellness) 힐링 관광’이라는 새로운 개", ["culture-tourism"], "statement", date=D9),
    ],
    "not_claims": [
        "2025년을 ‘글로벌 혁신도시’로 도약하기 위한 변화와 도전의 해로 삼았다",
        "광역 국책 도시개발 현안사업도 다양하다",
        "서구 만년·월평동 일원이 특수영상콘텐츠특구로 지정됐다",
        "5개 자치구 역점사업 [유성구] 어은·궁동 지역 중심 혁신창업생태계 조성",
    ],
}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    for name, body in FILES.items():
        gold = {"article": name, **body}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
