"""Write set-oe's gold files (hand annotation, blind)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


Y = "yu-dong-gyun"
D1 = "2019-04-02"
g01 = {
    "article": "oe-01-bbsi.txt",
    "metadata": {"headline": "유동균 마포구청장 “재난안전센터 시급 추진…젠트리피케이션팀도 조직”",
                 "published": "2019-04-02T14:10+09:00", "reporter": "배재수", "outlet": "BBS불교방송",
                 "jurisdiction": "11440"},
    "officials": [Y],
    "claims": [
        c("시급히 추진해 재난이 났을 때 구민들이 재빠르게 대비할 수 있는 시스템을 갖추겠다고 말했습니다", Y, D1, ["disaster-safety"], "plan"),
        c("앞으로의 주적은 재난이 될 것", Y, D1, ["disaster-safety"], "statement"),
        c("주택기금으로 이미 35억 원을 마련했고, LH에서 주택 4채를 무상으로 받아 현재 수리를 하고 있다", Y, D1, ["housing"], "achievement"),
        c("조만간 조직개편을 통해 관련 팀을 만들어 선제적으로 대응할 계획", Y, D1, ["urban-regeneration"], "plan"),
    ],
    "not_claims": [
        "유동균 마포구청장 “재난안전센터 시급 추진…젠트리피케이션팀도 조직”",
        "스튜디오에서 진행된 'BBS 이상휘의 아침저널'에 생방송 출연하고 있다",
        "먼저 자원순환도시 협치를 위해 은평구는 재활용쓰레기",
    ],
}

O = "oh-eon-seok"
D2 = "2026-01-22"
g02 = {
    "article": "oe-02-heraldcorp.txt",
    "metadata": {"headline": None, "published": "2026-01-22", "reporter": "박종일", "outlet": "헤럴드경제",
                 "jurisdiction": "11320"},
    "officials": [O],
    "claims": [
        c("제8기 도봉구 주민참여예산위원회 위원을 공개 모집한다", None, D2, ["citizen-participation"], "statement"),
        c("주민참여예산제는 예산 편성 과정에 주민의 의견을 반영", None, D2, ["citizen-participation"], "statement"),
        c("제8기 주민참여예산위원은 2026년 3월 1일부터 2028년 2월 29일까지 2년간", None, D2, ["citizen-participation"], "statement"),
        c("주요 활동 사항은 ▲예산 편성에 대한 주민 의견 수렴", None, D2, ["citizen-participation"], "statement"),
        c("주민참여예산제는 투명하고 효율적인 지방재정을 실현하기 위한 창구", O, D2, ["citizen-participation"], "statement"),
        c("이번 제8기 주민참여예산위원회 신규위원 모집에 많은 관심과 신청을 바란다", O, D2, ["citizen-participation"], "statement"),
    ],
    "not_claims": [
        "총 24명 구 누리집 등으로 신청",
        "이번 공개 모집 인원은 임기만료 등 동별 결원 인원에 따른 24명이다",
        "누구나 신청 가능하다",
        "신청은 구 누리집(온라인)으로 하면 된다",
        "모두가 충족된 경우는 무작위 추첨을 통해 선정한다",
    ],
}

D3 = "2022-12-08"
g03 = {
    "article": "oe-03-cnbnews.txt",
    "metadata": {"headline": "서울 노원구, ‘2050 탄소중립’ 위해 박차 가한다",
                 "published": "2022-12-08T16:49:12+09:00", "reporter": "김응구", "outlet": "cnbnews",
                 "jurisdiction": "11350"},
    "officials": ["oh-seung-rok"],
    "claims": [
        c("8일 기후위기에 선도적으로 대응하며 ‘탄소중립 도시’로 거듭나겠다고 선언했다", None, D3, ["climate-carbon"], "plan"),
        c("2050년까지 탄소중립을 달성해야 한다", None, D3, ["climate-carbon"], "plan"),
        c("2030년까지 온실가스 배출량 40% 감축을 목표로 세우고", None, D3, ["climate-carbon"], "target"),
        c("컨설팅‧지원 역할을 체계적으로 추진할 ‘탄소중립추진단’을 부구청장 직속으로 신설한다", None, D3, ["climate-carbon"], "plan"),
        c("탄소중립 정책을 총괄할 탄소중립정책팀을 제1팀으로 신설해 추진동력을 확보할 계획이다", None, D3, ["climate-carbon"], "plan"),
        c("2030년에는 온실가스 배출량이 130만8300톤으로 2005년 대비 25.1% 감축될 것으로 전망됐다", None, D3, ["climate-carbon"], "statement"),
        c("구는 전망치 초과 달성을 목표로 환경 주체들을 통합하고", None, D3, ["climate-carbon"], "plan"),
        c("구는 지난 4월 ‘노원구 탄소중립도시 종합계획’을 수립했다", None, D3, ["climate-carbon"], "achievement"),
        c("이를 통해 △녹지 △폐기물 △모빌리티", None, D3, ["climate-carbon"], "statement"),
    ],
    "not_claims": [
        "2030년까지 온실가스 배출량 40% 감축 목표… ‘탄소중립추진단’ 신설 등 탄소중립도시 준비 완료",
        "오승록 노원구청장(오른쪽 세 번째) 등이 탄소중립 선언을 하고 있다",
        "부구청장 직속 ‘탄소중립추진단’ 신설",
    ],
}

P = "park-nam-chun"
D4 = "2020-04-02"
g04 = {
    "article": "oe-04-incheontoday.txt",
    "metadata": {"headline": "박남춘, 정세균 총리에 ‘인천권 감염병전문병원’ 건의",
                 "published": "2020-04-02T17:02+09:00", "reporter": "김갑봉", "outlet": "인천투데이",
                 "jurisdiction": "28"},
    "officials": [P, "do-seong-hun"],
    "claims": [
        c("인천에 감염병 전문병원 설립 요구가 커지고 있다", None, D4, ["public-health"], "statement"),
        c("인천을 방문한 정세균 국무총리에게 인천에 감염병 전문병원 설립을 적극 요청했다", P, D4, ["public-health"], "statement"),
        c("국제공항과 국제항을 두고 있어 감염병전문병원 설립이 시급하다", None, D4, ["public-health"], "statement"),
        c("국내 5대 권역(영남, 호남, 제주, 중부, 인천권)에 감염병전문병원이 필요하다고 정책 결정을 내렸다", None, D4, ["public-health"], "achievement"),
        c("지난달 처리한 추가경정예산안에 영남과 중부권 설립을 위한 설계 예산안이 반영됐으며", None, D4, ["public-health"], "statement"),
    ],
    "not_claims": [
        "정세균 총리, ‘코로나19’에 따른 온라인 개학 점검 차 인천 방문",
        "공항 입국자 확진 증가…박 시장, ‘신속검사ㆍ접촉 최소화’ 강조",
        "인천시의 누계 확진환자는 74명이고",
        "총 격리자는 1359명이고, 자가격리 대상자는 978명이다",
        "전체 확진환자의 약 40%가 해외입국자이고",
        "대응 정책을 점검 중인 도성훈 인천교육감과 정세균 국무총리",
    ],
}

K = "kang-beom-seok"
D5 = "2025-12-31"
g05 = {
    "article": "oe-05-localsegye.txt",
    "metadata": {"headline": "인천 서구, 2026년 신년사 발표…“서해구·검단구 출범, 새로운 미래 준비”",
                 "published": "2025-12-31T15:35:48+09:00", "reporter": "김웅렬", "outlet": "로컬세계",
                 "jurisdiction": "28260"},
    "officials": [K],
    "claims": [
        c("서구가 ‘서해구’로, 검단 지역은 ‘검단구’로 각각 출범한다고 밝혔다", K, D5, ["decentralization"], "plan"),
        c("늘어나는 인구와 행정 수요에 체계적으로 대응하기 위한 조치", K, D5, ["decentralization"], "statement"),
        c("분구 첫날부터 행정 공백 없는 서비스를 제공할 수 있도록 철저히 준비하겠다", K, D5, ["decentralization"], "plan"),
        c("인천1호선 검단 연장선 개통, 청라하늘대교(제3연륙교) 개통, 서울7호선 청라 연장 승인 등", None, D5, ["public-transit"], "achievement"),
        c("원도심 재생사업과 신도시 생활SOC 확충을 통해 균형 있는 도시 성장을 추진했다", None, D5, ["urban-regeneration"], "achievement"),
        c("올해 중점 과제로 ▲분구 안정적 출범", K, D5, ["decentralization", "climate-carbon", "culture-tourism", "welfare"], "plan"),
    ],
    "not_claims": [
        "2026년 병오년(丙午年) 새해를 맞아 신년사를 발표했다",
        "2026년은 변화의 문턱에서 서구의 새로운 내일을 준비하는 뜻깊은 해",
        "교통·안전·복지·경제·문화 등 다양한 분야에서 성과를 거뒀다",
        "스타필드 청라, 돔구장, 서울아산병원 등 핵심 시설을 통해",
        "서해구와 검단구가 각자의 잠재력을 바탕으로 더 큰 성장을 이어갈 것",
    ],
}

J = "jo-yong-ik"
D6 = "2022-09-05"
g06 = {
    "article": "oe-06-theplaza.txt",
    "metadata": {"headline": "조용익 부천시장 “탄소중립은 미래세대를 위한 의무”",
                 "published": "2022-09-05T10:29:05+09:00", "reporter": "이다운", "outlet": None,
                 "jurisdiction": "41190"},
    "officials": [J],
    "claims": [
        c("부천시는 조용익 부천시장이 상동 호수공원에서 개최된", J, D6, ["climate-carbon"], "statement"),
        c("기후변화는 재해로 다가온 위기", J, D6, ["climate-carbon"], "statement"),
        c("탄소중립을 목표로 시와 시민사회단체, 시민이 함께 나아가야 한다", J, D6, ["climate-carbon"], "plan"),
        c("탄소중립 기본조례 제정, 로드맵 수립 계획 및 시민 공감대 확산과 실천을 위해 다양한 기후대응 정책을 추진하고 있다고 밝혔다", None, D6, ["climate-carbon"], "statement"),
        c("시민사회에 탄소중립의 숨을 불어 넣는 중추적 역할이 되어 주길 당부했다", J, D6, ["climate-carbon"], "statement"),
        c("기후위기에 대해 목소리를 내기 위해 만든 연대 단체이다", None, D6, ["climate-carbon"], "statement"),
        c("지속가능한 부천을 만들기 위해 다양한 기후위기 대응활동을 펼칠 계획이다", None, D6, ["climate-carbon"], "plan"),
    ],
    "not_claims": [
        "조용익 부천시장 “탄소중립은 미래세대를 위한 의무”",
        "`기후위기 부천비상행동` 발족식에 참석하여 탄소중립의 중요성을 강조했다",
        "기후골든벨 및 탄소중립 부스운영 등 다양한 행사와 선언문 낭독",
    ],
}

D7 = "2025-05-16"
g07 = {
    "article": "oe-07-breaknewsdb.txt",
    "metadata": {"headline": "가평군, 농식품부와 ‘농촌협약’ 체결",
                 "published": "2025-05-16T12:57+09:00", "reporter": "하인규", "outlet": "브레이크뉴스",
                 "jurisdiction": "41820"},
    "officials": ["seo-tae-won"],
    "claims": [
        c("지난 15일 서울 아모리스 역삼에서 농림축산식품부와 ‘농촌협약’을 공식 체결하고", None, "2025-05-15", ["agriculture"], "achievement"),
        c("‘농촌협약’은 지방자치단체가 지역 특성과 수요에 맞는 중장기 계획을 수립하면", None, D7, ["agriculture"], "statement"),
        c("가평군은 지난해 ‘2024년 농촌협약 공모사업’에 선정돼", None, D7, ["agriculture"], "achievement"),
        c("청평생활권이 시급성·파급성·형평성 등을 고려해 우선생활권으로 선정됐으며", None, D7, ["agriculture"], "achievement"),
        c("총사업비는 2025년부터 5년간 국비 210억원을 포함한 300억원이다", None, D7, ["agriculture"], "statement"),
        c("주요 사업은 △청평중심지활성화사업 160억원", None, D7, ["agriculture"], "statement"),
        c("청평생활권에 포함된 4개 지역에 올해부터 연차적", None, D7, ["agriculture"], "plan"),
    ],
    "not_claims": [
        "청평면 등 4개 생활권 중심으로 향후 5년간 총 300억원 투입...정주여건 개선",
        "가평군 농림축산식품부와 농촌협약 체결 기념촬영 모습",
        "이날 협약식에는 송미령 농림축산식품부 장관을 비롯해",
    ],
}

L = "lee-hyeon-jae"
D8 = "2026-01-29"
g08 = {
    "article": "oe-08-donga.txt",
    "metadata": {"headline": None, "published": "2026-01-29", "reporter": None, "outlet": None,
                 "jurisdiction": "41450"},
    "officials": [L],
    "claims": [
        c("교육은 도시 경쟁력을 결정짓는 가장 강력한 브랜드", L, D8, ["education"], "statement"),
        c("신설추진단이 생기면서 독립된 교육 행정 체계 구축을 위한 실질적인 실행 단계에 진입했다", L, D8, ["education"], "achievement"),
        c("학교 울타리를 넘어 도시 전체가 배움의 공간이 되는", L, D8, ["education"], "statement"),
        c("교육지원청 소속의 ‘추진단’과 하남시의 ‘지원단’", None, D8, ["education"], "statement"),
        c("과밀학급 해소와 학교 신설 등 지역 교육 현안을 협업한다", None, D8, ["education"], "statement"),
        c("하남교육지원청 신설은 단순한 행정 효율을 넘어", None, D8, ["education"], "statement", "오성애"),
        c("향후 학생과 학부모가 체감할 수 있는 안전하고 쾌적한 미래 교육 신도시로 자리매김할 것", None, D8, ["education"], "statement", "오성애"),
        c("하남교육지원청 신설을 준비했다", None, D8, ["education"], "achievement"),
        c("2020년 하남교육지원센터 개소 협약", None, D8, ["education"], "achievement"),
    ],
    "not_claims": [
        "현판식에 참석해 이같이 밝혔다",
        "하남지역 학교 운영위원회·학부모회 관계자 등 200여 명이 참석했다",
        "하남시는 인구 33만 명, 학생 수는 4만 1000명 정도다",
        "주요 10개 대학 및 의학 계열 합격자는 287명으로",
        "2026학년도 수시 모집 합격자만 238명으로 역대 최고의 진학 성과를 냈다",
    ],
}

g09 = {
    "article": "oe-09-suwonilbo.txt",
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": "수원일보",
                 "jurisdiction": "41370"},
    "officials": ["gwak-sang-uk"],
    "claims": [
        c("오산시 전역이 혁신교육지구로 지정된다", None, None, ["education"], "plan"),
        c("오산시와 혁신교육지구 지정을 위한 MOU체결식을 갖는다고 10일 밝혔다", None, None, ["education"], "plan"),
        c("혁신교육지구 사업의 우선협상 지자체로 오산시를 선정", None, None, ["education"], "achievement"),
        c("오산시 전 지역은 오산혁신교육지구로 지정, 향후 5년 동안 운영된다", None, None, ["education"], "plan"),
        c("2011년 오산혁신교육지구에 총 47억5300만원을 투자한다", None, None, ["education"], "plan"),
        c("공교육 혁신 분야 3대 사업 5개 세부사업에 20억800만원", None, None, ["education"], "plan"),
        c("향후 5년간 혁신교육지구 사업에 계속 투자할 계획이다", None, None, ["education"], "plan"),
    ],
    "not_claims": [
        "김상곤 경기도교육감과 곽상욱 광명시장",
        "모두 36개교가 소재하고 있다",
    ],
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for g in (g01, g02, g03, g04, g05, g06, g07, g08, g09):
        (GOLD / (g["article"] + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(g["article"], len(g["claims"]))
