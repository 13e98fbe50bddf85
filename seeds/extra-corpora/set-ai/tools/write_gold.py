"""Writes gold/*.json for set-ai (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

G = {}


def c(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


# ---------------------------------------------------------------- ai-01 서울 (박원순), 한국경제 via wowtv, 2015-05-08
P = "2015-05-08"
G["ai-01-wowtv.txt"] = {
    "metadata": {"headline": "[낙후된 부도심, 예술을 입다] 박원순 시장 브랜드 '도시재생'…산업·주거·문화 3박자",
                 "published": "2015-05-08T21:07+09:00", "reporter": "강경민", "outlet": "한국경제",
                 "jurisdiction": "11"},
    "officials": ["park-won-soon"],
    "claims": [
        c("지난해 재선에 성공한 뒤 ‘도시재생’을 핵심 브랜드로 내세웠다", None, P, ["urban-regeneration"], "statement"),
        c("서울시는 지난 1월 도시재생 업무를 전담하는 도시재생본부를 신설했다", None, P, ["urban-regeneration"], "achievement"),
        c("지난 1일엔 서울역 일대 종합개발계획을 전담하는 국장급 추진단을 발족했다", None, "2015-05-01",
          ["urban-regeneration"], "achievement"),
        c("‘서울형 도시재생’의 핵심은 종전 지역 전체를 밀어낸 뒤", None, P, ["urban-regeneration"], "statement"),
        c("주거 품질 제고와 산업 활성화 및 문화 인프라 개발을 통해 지역 경제를 활성화시키겠다는 것이다", None, P,
          ["urban-regeneration", "culture-tourism"], "plan"),
        c("시는 서울역 고가도로 보행 공원화를 시작으로 지역 특색에 맞는 도시재생을 추진하겠다는 계획이다", None, P,
          ["urban-regeneration"], "plan"),
        c("도시재생의 성공을 판가름할 수 있는 열쇠이기 때문이라는 게 전문가들의 공통적인 분석이다", None, P,
          ["urban-regeneration"], "statement"),
    ],
    "not_claims": [
        "[낙후된 부도심, 예술을 입다] 박원순 시장 브랜드 '도시재생'…산업·주거·문화 3박자",
        "'그림의떡' 안심전환대출 포기자들, 주택 아파트담보대출 금리 비교로 '반색'",
        "대회 참가자 평균 누적수익률 40%육박",
    ],
}

# ---------------------------------------------------------------- ai-02 서울 구로구, 서울신문, 2019-09-03
P = "2019-09-03"
G["ai-02-goseoul.txt"] = {
    "metadata": {"headline": "조기검진부터 작업·음악치료까지… 치매 가족 책임지는 구로", "published": P,
                 "reporter": "김희리", "outlet": "서울신문", "jurisdiction": "11530"},
    "officials": [],
    "claims": [
        c("서울 구로구 치매안심센터가 2일 구로3동 구로디지털단지 내 지하이시티 건물 2층으로 이전해 새롭게 문을 열었다",
          None, "2019-09-02", ["dementia-care"], "achievement"),
        c("이전한 구로구 치매안심센터는 면적 530㎡ 규모에", None, P, ["dementia-care"], "statement"),
        c("쉼터와 치매환자 가족을 위한 가족카페 공간도 들어섰다", None, P, ["dementia-care"], "statement"),
        c("치매예방과 인식개선 활동, 치매환자 가족 지원 등 다양한 사업을 진행할 계획이다", None, P, ["dementia-care"], "plan"),
        c("센터 이전은 자치단체 소유의 별도 공간 확보", None, P, ["dementia-care"], "statement"),
        c("구로구는 센터 이전에 따른 불편을 줄이기 위해 하루 6회씩 무료 셔틀버스를 운행한다", None, P,
          ["dementia-care"], "statement"),
    ],
    "not_claims": [
        "조기검진부터 작업·음악치료까지… 치매 가족 책임지는 구로",
        "치매안심센터, 구로디지털단지로 이전",
        "시설 등 확충… 매일 6회 무료 셔틀버스",
        "‘일반고 사각지대’ 서울 동작구 흑석동, 학교 유치에 역점",
        "남구로역, 구로역, 고척1동, 오류동역, 오류1동, 개봉역 등을 경유한다",
    ],
}

# ---------------------------------------------------------------- ai-03 경기도 (이재명), 경인방송, 2019-05-29
E = "2019-05-28"
LJM = "lee-jae-myung"
G["ai-03-ifm.txt"] = {
    "metadata": {"headline": "\"청년 미래 없어\"...이재명 경기지사, '청년기본소득 락 페스티벌'서 청년정책 확대 약속",
                 "published": "2019-05-29", "reporter": "조유송", "outlet": "경인방송", "jurisdiction": "41"},
    "officials": [LJM],
    "claims": [
        c("그동안 청년들을 위한 정책이 매우 부족했다", LJM, E, ["youth-policy"], "criticism"),
        c("청년기본소득 정책의 확대를 약속했습니다", LJM, E, ["youth-policy", "welfare"], "plan"),
        c("청년들의 입장에 공감하며 청년기본소득 도입의 취지를 설명했습니다", LJM, E, ["youth-policy", "welfare"],
          "statement"),
        c("제가 행정을 하며 가장 안타깝게 생각한 것이 청년들에 대한 정책이 거의 없다는 거예요", LJM, E,
          ["youth-policy"], "criticism"),
        c("이 지사는 앞으로 청년기본소득정책을 확대해 나갈 계획이라고 말했습니다", LJM, E, ["youth-policy", "welfare"],
          "plan"),
        c("오지혜 경기도의원도 이 같은 취지에 크게 공감했습니다", None, E, ["youth-policy", "welfare"], "statement",
          speaker_name="오지혜"),
        c("제가 생각하는 청년기본소득은 '시간'이라고 생각합니다", None, E, ["youth-policy", "welfare"], "statement",
          speaker_name="오지혜"),
    ],
    "not_claims": [
        "'경기도 청년기본소득 락(樂) 페스티벌' 행사가 성황리에 이뤄졌습니다",
        "수원역 환승센터 문화광장 야외무대에서 열린 경기도 청년기본소득 락 페스티벌",
        "인류 역사상 아버지 어머니 세대보다 더 미래가 없게 생각되는 유일한 첫 세대입니다",
        "2019 경기도 청춘크리에이터 100명이 함께한 발대식이 진행됐",
        "이재명 경기지사, '청년기본소득 락 페스티벌'서 청년정책 확대 약속",
    ],
}

# ---------------------------------------------------------------- ai-04 수원 (이재준), 일요신문, undated
LJJ = "lee-jae-jun"
HY = ["housing", "youth-policy"]
G["ai-04-ilyo.txt"] = {
    "metadata": {"headline": "수원시, LH와 ‘수원청년 맞춤형 주거지원 업무협약’ 체결", "published": None,
                 "reporter": "손시권", "outlet": "일요신문", "jurisdiction": "41110"},
    "officials": [LJJ],
    "claims": [
        c("수원시와 LH(한국토지주택공사)는 7월 29일 시청 상황실에서", None, None, HY, "achievement"),
        c("협약에 따라 LH는 역세권 청년 매입임대주택을 공급 호수의 30% 범위에서 수원시에 우선 공급하고", None, None, HY,
          "plan"),
        c("공급하는 주택은 LH가 매입 후 리모델링한, 수원시청역 주변 6개 주택이다", None, None, ["housing"], "statement"),
        c("2022년 7월부터 2024년 10월까지 차례로 준공될 예정이다", None, None, ["housing"], "plan"),
        c("2024년까지 277호를 저소득 대학생·취업준비생·창업인 등 수원시가 선정한 주거취약 청년에게 우선 임대한다", None,
          None, HY, "target"),
        c("청년주택 내 매입임대상가와 청년자립 공간도 지원한다", None, None, HY, "plan"),
        c("LH가 매입임대상가와 커뮤니티실을 무상으로 공급하고, 수원시는 시설 운영·관리를 담당한다", None, None, HY, "plan"),
        c("자립준비청년을 위한 ‘셰어하우스 CON’ 공급도 협력한다", None, None, ["housing", "welfare", "youth-policy"],
          "plan"),
        c("LH는 매입임대주택을 셰어하우스 CON으로 공급하고, 기본가전제품을 설치해준다", None, None,
          ["housing", "welfare"], "plan"),
        c("수원시는 입주자를 선정·관리하고, 임대보증금·임대료를 지원한다", None, None, ["housing", "welfare"], "plan"),
        c("수원시는 8~9월에 역세권 청년주택 입주대상자, 셰어하우스 입주자를 모집할 계획이다", None, None, HY, "plan"),
        c("주거지 마련에 어려움을 겪는 수원 청년들에게 청년 맞춤형 주택과 활동 공간 지원을 약속한 LH에 감사드린다", LJJ,
          None, HY, "statement"),
        c("LH와 긴밀하게 협력해 시민 모두가 누리고, 전국적으로 확대할 수 있는 주거복지정책을 수립해 추진하겠다", LJJ, None,
          ["housing"], "plan"),
    ],
    "not_claims": [
        "수원시, LH와 ‘수원청년 맞춤형 주거지원 업무협약’ 체결",
        "수원시청역에서 도보로 5~10분 거리에 있다",
        "이날 협약식에는 이재준 수원특례시장, 김현준 LH 사장, 권세연 LH 경기지역본부장 등이 참석했다",
        "이천, 탄핵 시위 집회",
    ],
}

# ---------------------------------------------------------------- ai-05 용인, 내일신문, undated (institutional)
G["ai-05-naeil.txt"] = {
    "metadata": {"headline": "환경부·경기도 공모서 47억원 확보", "published": None, "reporter": "곽태영",
                 "outlet": "내일신문", "jurisdiction": "41460"},
    "officials": [],
    "claims": [
        c("환경부와 경기도의 탄소중립 관련 3개의 공모사업에 선정돼 47억원을 확보했다", None, None, ["climate-carbon"],
          "achievement"),
        c("시는 이 예산을 활용해 전기차 충전 인프라 조기확보 등 다양한 탄소중립 정책을 추진할 방침이다", None, None,
          ["future-vehicles", "climate-carbon"], "plan"),
        c("시는 지난 24일 환경부의 무공해차 전환 브랜드사업 공모에 선정돼 43억원", None, None,
          ["future-vehicles", "climate-carbon"], "achievement"),
        c("초급속 충전시설 4대, 급속충전 66대, 완속충전 9대를 설치한다", None, None, ["future-vehicles"], "target"),
        c("탄소중립 교육 콘텐츠 개발 및 공유 플랫폼 구축과 ESG 경영 포럼 개최 및 친환경 자동차 전시회도 추진한다", None,
          None, ["climate-carbon", "future-vehicles"], "plan"),
        c("공모사업 선정은 탄소중립도시 조성을 위한 마중물 역할을 할 것", None, None, ["climate-carbon"], "statement"),
        c("탄소중립 실현을 위한 기후변화 대응계획 수립 등 기후위기 대응을 선도적으로 추진하겠다", None, None,
          ["climate-carbon"], "plan"),
    ],
    "not_claims": [
        "전기차 충전인프라 확충 등에 사용",
        "환경부·경기도 공모서 47억원 확보",
    ],
}

# ---------------------------------------------------------------- ai-06 인천 (유정복), 경기일보, undated
YJB = "yoo-jeong-bok"
PH = ["public-health"]
G["ai-06-kyeonggi.txt"] = {
    "metadata": {"headline": "인천시, 공공의료 강화위해 인천대 공공의대 설립 필요", "published": None, "reporter": None,
                 "outlet": "경기일보", "jurisdiction": "28"},
    "officials": [YJB],
    "claims": [
        c("인천시가 인천지역 공공의료 강화를 위해 국립 인천대학교에 공공의대를 설립하는데 힘을 보탠다", None, None, PH,
          "plan"),
        c("시는 9일 인천대 송도캠퍼스에서", None, None, PH, "achievement"),
        c("인천대 공공의대 설립을 공동 추진하기로 뜻을 모았다", None, None, PH, "plan"),
        c("시와 협의회는 협약을 한 뒤 지역사회 공감대 형성을 위한 시민 서명 캠페인에 시민들의 동참을 호소했다", None, None,
          PH, "statement"),
        c("도심에서도 의료인력 부족 문제가 발생하고 있다", None, None, PH, "statement"),
        c("공공의대 신설, 제2인천의료원 설립, 감염병 전문병원 선정, 영종지역 국립대학병원 유치 등을 민선 8기 공약에 담고",
          None, None, PH, "plan"),
        c("국립대인 인천대에 있어야 공공의료 강화라는 목적을 이룰 수 있다", YJB, None, PH, "statement"),
        c("바이오산업 육성을 위한 인프라 확충이 필요하다", YJB, None, ["public-health", "medical-industry"], "plan"),
    ],
    "not_claims": [
        "유정복 인천시장이 지난 2월17일 인천대학교 송도캠퍼스에서 열린 ‘인천대학교 학위수여식’에서 축사를 하고 있다",
        "인천시, 공공의료 강화위해 인천대 공공의대 설립 필요",
    ],
}

# ---------------------------------------------------------------- ai-07 인천 남동구, 매일일보 via terradarcobaleno, 2021-05-03
P = "2021-05-03"
SC4 = ["smart-city", "fourth-industrial-revolution"]
G["ai-07-terradarcobaleno.txt"] = {
    "metadata": {"headline": "인천 남동구, 원도심 노상주차장에 스마트 주차관제시스템 구축",
                 "published": "2021-05-03T16:29+09:00", "reporter": "차영환", "outlet": "매일일보",
                 "jurisdiction": "28200"},
    "officials": ["lee-gang-ho"],
    "claims": [
        c("인천시 남동구가 원도심 주민 편의를 위해 노상주차장에 스마트 주차관제시스템을 구축한다", None, P,
          ["smart-city"], "plan"),
        c("3일 구는 ‘순찰형 스마트 노상주차장 주차관제시스템 구축사업’이", None, P, ["smart-city"], "achievement"),
        c("이번 공모는 지역의 교통·환경·복지·안전 등 다양한 도시문제를 4차 산업 신기술과 접목한", None, P, SC4,
          "statement"),
        c("남동구는 지난해 ‘인공지능 모바일앱 대형폐기물 간편 배출서비스’에 이어", None, P, SC4, "achievement"),
        c("이번 공모에 선정된 사업은 원도심 내 노상주차장이", None, P, ["smart-city"], "plan"),
        c("시범 사업 대상은 유료전환 요구가 지속됐던 하촌로 노상주차장(183면)이다", None, P, ["smart-city"], "statement"),
        c("구는 우선 주차비 결재와 입ㆍ출차 서비스를 위한 모바일앱(ICT)ㆍ차량감지기(IOT)", None, P, SC4, "plan"),
    ],
    "not_claims": [
        "인천 남동구, 원도심 노상주차장에 스마트 주차관제시스템 구축",
        "'시민체감형 스마트도시 시범사업' 2년 연속 공모 선정",
        "스마트기술과 순찰방식의 조합으로 부정주차 최소화 기대",
        "또한 무료운영 중인 노상주차장을 유료",
    ],
}

# ---------------------------------------------------------------- ai-08 원주 (원강수), kukinews page, undated
WGS = "won-gang-su"
G["ai-08-kukinews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "51130"},
    "officials": [WGS],
    "claims": [
        c("첨단산업부터 농업발전까지 알토란같은 지원요청을 브리핑했다", None, None, ["agriculture"], "plan"),
        c("지역 핵심 현안 건의는 △AI·디지털 기반 첨단의료복합단지 조성", WGS, None,
          ["medical-industry", "fourth-industrial-revolution", "culture-tourism"], "plan"),
        c("AI·디지털 기반 첨단의료복합단지 조성 사업은 원주가 대구·오송과 차별화되는", None, None,
          ["medical-industry", "fourth-industrial-revolution"], "statement"),
        c("수도권·비수도권 의료산업 격차 해소와 첨단산업 중심 균형 발전에 이바지할 최적의 도시란 논리다", None, None,
          ["medical-industry", "decentralization"], "statement"),
        c("농업인의 날 발상 기념관 건립 사업은 원주시가", None, None, ["culture-tourism"], "statement"),
        c("의료산업과 교통인프라의 두 축이 원주의 미래 성장동력", WGS, None, ["medical-industry"], "statement"),
        c("정부가 추진 중인 첨단산업 육성과 지역 균형 발전 정책에 맞춰 원주가 중부권 핵심 거점으로 성장할 수 있도록 관심을 부탁한다",
          WGS, None, ["decentralization"], "plan"),
    ],
    "not_claims": [
        "다양한 지역 핵심 현안을 공식 건의했다",
        "원주공항 시설 개선은 여객청사와 계류장이 분리된 전국 유일의 이원화된 공항 구조를 개선",
        "김민석 총리는 같은 날 오후 원주의료기기클러스터 내에 있는 (재)원주의료기기산업진흥원을 방문했다",
        "의료기기 산업의 경쟁력 강화를 위해 지역 모범사례 점검은 물론 현장 목소리도 듣는 자리였다",
    ],
}

# ---------------------------------------------------------------- ai-09 화천 (최문순 군수), 연합뉴스 via korean-vibe, 2026-01-30
P = "2026-01-30"
CMS = "choi-mun-sun"
G["ai-09-koreanvibe.txt"] = {
    "metadata": {"headline": "3선 퇴임 앞둔 최문순 화천군수, 산천어축제 마지막 회의 주재",
                 "published": "2026-01-30T11:12:13+09:00", "reporter": "이상학", "outlet": "연합뉴스",
                 "jurisdiction": "51790"},
    "officials": [CMS],
    "claims": [
        c("그의 이날 회의 화두는 마지막까지 '안전'이었다", CMS, P, ["disaster-safety"], "statement"),
        c("안전하게 마무리될 수 있도록 맡은 역할을 다해 달라고 주문했다", CMS, P,
          ["disaster-safety", "culture-tourism"], "plan"),
        c("매년 100만명 이상 찾는 '밀리언 페스티벌'로 성장시킨 일등공신이다", None, P, ["culture-tourism"], "achievement"),
        c("밤을 새워가며 축제장을 정비해 축제를 성공적으로 이끄는 열정을 보이기도 했다", None, P, ["culture-tourism"],
          "achievement"),
        c("화천산천어축제를 글로벌 축제로 끌어 올릴 수 있었던 것은 여러분이 있었기에 가능했다", CMS, P,
          ["culture-tourism"], "achievement"),
    ],
    "not_claims": [
        "3선 퇴임 앞둔 최문순 화천군수, 산천어축제 마지막 회의 주재",
        "12년 동안 이어진 회의 종료…마지막까지 '안전' 강조",
        "최문순 화천군수가 12년째 이어진 축제의 마지막 평일 업무보고 회의를 마쳤다",
        "화천청소년수련관에서 열린 축제 일일 업무보고 회의를 주재했다",
        "지난 12년간 코로나19와 이상기후까지 겹쳐 많이 힘들었던 시기가 있었다",
    ],
}


def main() -> None:
    out = Path(__file__).resolve().parents[1] / "gold"
    out.mkdir(exist_ok=True)
    total = 0
    for name, g in G.items():
        doc = {"article": name, **g}
        (out / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(g["claims"])
        print(name, len(g["claims"]))
    print("total", total)


if __name__ == "__main__":
    main()
