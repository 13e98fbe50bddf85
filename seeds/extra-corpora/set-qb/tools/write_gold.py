"""Write set-qb's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


FILES = {}

# qb-01 강화군 (인천), 2023-11-17
D = "2023-11-17"
FILES["qb-01-maeil.txt"] = {
    "metadata": {"headline": "인천 강화군, 농‧축‧수산업 경쟁력 향상에 ‘두팔걷어’", "published": "2023-11-17",
                 "reporter": "최종만", "outlet": "매일일보", "jurisdiction": "28710"},
    "officials": ["yu-cheon-ho"],
    "claims": [
        c("발전 정책 협의회를 개최했다고 17일 밝혔다", None, D, ["agriculture"], "statement"),
        c("경쟁력 향상을 위한 현안 사업을 논의됐다", None, D, ["agriculture", "youth-policy"], "statement"),
        c("북미 한인사회에 강화섬쌀을 소개와 함께 판로 개척에 나섰다", None, "2023-10-31", ["agriculture"], "achievement"),
        c("인천시 홍보물품으로 강화군 지역 특산품을 우선 구매하기로 합의했다", None, "2023-11-11", ["agriculture"], "achievement"),
        c("대형마트 매장의 방송 장비를 통해 강화 농특산물을 홍보하고 있다", None, D, ["agriculture"], "statement"),
        c("과감한 시책으로 농특산물 유통 판로를 확대했다", "yu-cheon-ho", D, ["agriculture"], "achievement"),
        c("과감한 시책을 이어가겠다", "yu-cheon-ho", D, ["agriculture"], "plan"),
    ],
    "not_claims": ["조합장 17명이 참석했다", "농‧축‧수산업 발전 정책협의회 개최",
                   "인천 강화군, 농‧축‧수산업 경쟁력 향상에 ‘두팔걷어’"],
}

# qb-02 수원시, Yonhap text reposted on the city's news portal
D = "2022-11-29"
FILES["qb-02-suwon.txt"] = {
    "metadata": {"headline": "수원시, 3년내 전기차 충전기 3배 증설…총 8천600대로 증가",
                 "published": "2022-12-07T14:01:51+09:00", "reporter": "최종호", "outlet": "연합뉴스",
                 "jurisdiction": "41110"},
    "officials": [],
    "claims": [
        c("1천27곳의 시설에 전기차 충전기 6천411대를 추가 설치한다고 29일 밝혔다", None, D, ["future-vehicles"], "target"),
        c("추가 설치되는 충전기는 공공부문 826대, 민간부문 5천585대이다", None, D, ["future-vehicles"], "target"),
        c("수원시 내 전기차 충전기는 총 8천600여대가 된다", None, D, ["future-vehicles"], "target"),
        c("모두 2천196대의 전기차 충전기가 운영 중이다", None, D, ["future-vehicles"], "statement"),
        c("가로등형 충전기도 내년 말까지 14곳에 설치할 계획이다", None, D, ["future-vehicles"], "target"),
        c("420여 곳의 아파트 단지와 공중이용시설도 추가 설치 대상 시설이다", None, D, ["future-vehicles"], "target"),
        c("전기차는 1% 수준인 5천여 대다", None, D, ["future-vehicles"], "statement"),
        c("5분 이내에 전기차 충전기를 방문해 충전할 수 있을 것으로 보고 있다", None, D, ["future-vehicles"], "statement"),
        c("수소차 충전소를 서부권역, 남부권역, 북부권역에 한곳씩 추가 조성해", None, D, ["future-vehicles"], "plan"),
    ],
    "not_claims": ["수원시, 3년내 전기차 충전기 3배 증설…총 8천600대로 증가",
                   "수소차 충전소도 1곳서 4곳으로 확대…동서남북 권역별 운영",
                   "영통구청에 설치된 전기차 충전기"],
}

# qb-03 인천시 공공와이파이, 2022-11-08
D = "2022-11-08"
FILES["qb-03-incheonin.txt"] = {
    "metadata": {"headline": "인천시, 공공시설 773곳에 와이파이 추가 설치", "published": "2022-11-08",
                 "reporter": "김영빈", "outlet": None, "jurisdiction": "28"},
    "officials": [],
    "claims": [
        c("인천시가 공공와이파이 확대 구축 공사에 착수했다", None, D, ["smart-city"], "achievement"),
        c("본격적인 공사에 들어갔다고 8일 밝혔다", None, D, ["smart-city"], "achievement"),
        c("공공와이파이 확대구축 사업비는 44억6,400만원", None, D, ["smart-city"], "target"),
        c("올해 16억9,200만원의 시비가 들어간다", None, D, ["smart-city"], "statement"),
        c("연내 확대 구축이 끝나면 6,115개소로 늘어난다", None, D, ["smart-city"], "target"),
        c("기존 시설물 점검과 이용안내 스티커 교체를 병행키로 했다", None, D, ["smart-city"], "plan"),
        c("원도심 빌라촌 등 40개소를 확대 구축 장소로 첫 선정했다", None, D, ["smart-city"], "achievement",
          speaker_name="손혜정"),
        c("공공와이파이를 지속적으로 확대 구축해 나가겠다", None, D, ["smart-city"], "plan", speaker_name="손혜정"),
    ],
    "not_claims": ["인천 공공와이파이 총 6,115개소로 늘려 설치비는 국비, 운영비는 시비로 부담",
                   "보안형 아이디와 비밀번호는 모두 ‘wifi'다",
                   "인천시, 공공시설 773곳에 와이파이 추가 설치"],
}

# qb-04 경기도 (SBS broadcast script), 2026-02-03; press conference 어제 = 2026-02-02
E, P = "2026-02-02", "2026-02-03"
K = "kim-dong-yeon"
FILES["qb-04-sbs.txt"] = {
    "metadata": {"headline": None, "published": "2026-02-03", "reporter": None, "outlet": None,
                 "jurisdiction": "41"},
    "officials": [K],
    "claims": [
        c("만 20세가 될 때까지 사회 진출 자금 마련을 지원하는 사업을 추진합니다", None, E,
          ["youth-policy", "welfare"], "plan"),
        c("또 오는 2030년까지 주택 80만 호를 공급하겠다는 계획도 밝혔습니다", None, P, ["housing"], "target"),
        c("'사회 출발 자금'이라는 형태의 목돈 마련을 지원합니다", None, E, ["youth-policy", "welfare"], "plan"),
        c("도민 연금이나 경기도형 적정임금제 등 실생활에서 체감할 수 있는 정책들을 고민하고 있다", K, E,
          ["welfare", "labor-relations"], "statement"),
        c("만 20살 될 때까지 일정한 규모의 자산 형성을 도와주는 프로그램이 되겠습니다", K, E,
          ["youth-policy", "welfare"], "plan"),
        c("학업이 됐든 사회생활이 됐든, 출발하는 든든한 뒷받침이 될 수 있도록", K, E, ["youth-policy"], "statement"),
        c("장단점을 파악해 조만간 구체적인 내용을 발표할 예정입니다", None, E, ["youth-policy"], "plan"),
        c("도심 지역 내 공급에 주력하기로 했습니다", None, P, ["housing", "urban-regeneration"], "target"),
        c("젊은 층의 부동산 실수요를 감안한 조치입니다", None, P, ["housing"], "statement"),
        c("인프라가 잘 돼 있는 곳으로 공동으로 개발되는 것이 좋지 않을까 생각을 했습니다", None, P, ["housing"],
          "statement", speaker_name="고동혁"),
        c("3분의 1은 임대주택으로 조성합니다", None, P, ["housing"], "target"),
    ],
    "not_claims": ["2026년부터 203"],
}

# qb-05 서울 강북구, 2021-04-16 19:23
D = "2021-04-16"
B = "park-gyeom-su"
FILES["qb-05-sinhan.txt"] = {
    "metadata": {"headline": "강북구, 저출산 극복 범국민 포(4)함 릴레이 챌린지 참여",
                 "published": "2021-04-16T19:23+09:00", "reporter": "고태우", "outlet": None,
                 "jurisdiction": "11305"},
    "officials": [B, "kim-mi-gyeong", "yu-dong-gyun", "lee-seong-ho"],
    "claims": [
        c("올해 출생축하금을 높이고 첫째 아이로 그 범위를 확대했다", None, D, ["childcare-birth"], "achievement"),
        c("‘수유1동 공동육아나눔터’를 신규 개소했다", None, "2021-04-15", ["childcare-birth"], "achievement"),
        c("‘우리동네 키움센터’ 3호점은 올해 안으로 개소될 예정이다", None, D, ["childcare-birth"], "plan"),
        c("아이를 잘 키울 수 있는 환경을 조성해 주는 것이 중요하다", B, D, ["childcare-birth"], "statement"),
        c("다양한 정책을 적극 발굴하는 데 최선을 다하겠다", B, D, ["childcare-birth"], "plan"),
    ],
    "not_claims": ["범국민 포(4)함 릴레이 챌린지’에 동참했다",
                   "저출산이 가져올 국가 위기를 극복하기 위해",
                   "다음 릴레이 참여자로 이성호 양주시장을 지명했다",
                   "강북구, 출생축하금 인상 및 범위 확대, 공동육아나눔터 신규 개소 등으로 돌봄 체계 마련"],
}

# qb-06 강원 홍천군 (Yonhap via 스포츠조선 AMP), 2026-01-22
D = "2026-01-22"
FILES["qb-06-sportschosun.txt"] = {
    "metadata": {"headline": "의료 돌봄 공백 해소…홍천군·중앙원, 지원사업 '맞손'",
                 "published": "2026-01-22T11:35:17+09:00", "reporter": "강태현", "outlet": "연합뉴스",
                 "jurisdiction": "51720"},
    "officials": ["shin-yeong-jae"],
    "claims": [
        c("사회복지법인 중앙원과 의료 돌봄 통합 지원사업 협력 기관 협약식을 했다", None, D, ["welfare"], "achievement"),
        c("의료 돌봄 통합지원 범위를 확대해 서비스를 제공할 수 있을 것으로 기대한다", None, D, ["welfare"], "statement"),
        c("6개 기관과 협약을 맺고 현장 중심 지원을 이어왔다", None, D, ["welfare"], "achievement"),
        c("지역사회 돌봄 공백을 최소화해 군민이 행복하고 건강한 삶을 영위할 수 있도록 최선을 다하겠다",
          "shin-yeong-jae", D, ["welfare"], "plan"),
        c("지역사회 돌봄이 필요한 분들을 더 촘촘히 살필 수 있도록 협력하겠다", None, D, ["welfare"], "plan",
          speaker_name="김영규"),
        c("현장에서 체감할 수 있는 돌봄 지원이 이뤄지도록 힘을 보태겠다", None, D, ["welfare"], "plan",
          speaker_name="김영규"),
    ],
    "not_claims": ["유명 아역 스타, 뺑소니 사고로 현장서 사망", "의료 돌봄 공백 해소…홍천군·중앙원, 지원사업 '맞손'"],
}

# qb-07 강원 화천군 (undated feature)
FILES["qb-07-segye.txt"] = {
    "metadata": {"headline": "23일간 현장서 출퇴근 최문순 화천군수, 산천어 축제 흥행 이끌었다", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "51790"},
    "officials": ["choi-mun-sun"],
    "claims": [
        c("화천 산천어 축제의 마지막 날을 즐기려는 인파로 축제장은 발 디딜 틈이 없었다", None, None,
          ["culture-tourism"], "achievement"),
        c("산천어 낚시를 즐기는 관광객들이 얼음 낚시터에 머무는 시간이 길어지면서", None, None,
          ["culture-tourism"], "statement"),
        c("다섯 배에 달하는 11만5000명에 달했다", None, None, ["culture-tourism"], "achievement"),
        c("얼음 두께와 관광객 안전 등을 실시간으로 확인했다", None, None, ["disaster-safety", "culture-tourism"],
          "statement"),
        c("매일 새벽 축제장 곳곳을 둘러보고 얼음 두께와 유속 등을 점검했다", None, None, ["disaster-safety"],
          "statement"),
        c("틈틈이 관광객을 만나 불편함은 없는지 확인했다", None, None, ["culture-tourism"], "statement"),
    ],
    "not_claims": ["간이 사무실에서 서류를 보고 있다", "폐쇄회로(CC)TV 모니터를 확인하고 있었다",
                   "산천어 축제에 대한 최 군수의 열정은 지역에서는 이미 유명하다",
                   "코로나19 이후 3년 만에 축제가 재개된 지난해에는 밤새 쏟아진 폭우로",
                   "작은 균열도 있어선 안 된다는 생각 때문이다"],
}

# qb-08 서울 관악구, 2026-02-19 10:13
D = "2026-02-19"
FILES["qb-08-seouland.txt"] = {
    "metadata": {"headline": "관악구, ‘주민참여예산제’ 본격 운영", "published": "2026-02-19T10:13+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "11620"},
    "officials": ["park-jun-hui"],
    "claims": [
        c("올해도 ‘주민참여예산제’를 본격적으로 운영한다", None, D, ["citizen-participation"], "plan"),
        c("‘동 주민참여예산회의’를 구성해 운영 중이다", None, D, ["citizen-participation"], "statement"),
        c("민관협치를 공고히 하는 데 목적이 있다", None, D, ["citizen-participation"], "statement"),
        c("주민참여예산위원회 위원 40명을 3월13일까지 모집한다", None, D, ["citizen-participation"], "plan"),
        c("위원 임기는 2년으로 예산 의견 수렴 및 사업 평가 등 사후관리에 참여한다", None, D,
          ["citizen-participation"], "statement"),
        c("주민참여 예산학교를 상시 운영하고 8인 이상 단체 대상 찾아가는 교육도 제공한다", None, D,
          ["citizen-participation"], "statement"),
        c("올해 주민참여예산은 사업 29개에 14억400만원이 투입된다", None, D, ["citizen-participation"], "statement"),
        c("내년도 주민참여예산 사업 규모 18억원으로 확정해 추진할 계획이다", None, D, ["citizen-participation"], "plan"),
        c("위촉식 및 정기회의를 개최할 계획이다", None, D, ["citizen-participation"], "plan"),
        c("예산 규모를 18억 원으로 확정했다", "park-jun-hui", D, ["citizen-participation"], "achievement"),
    ],
    "not_claims": ["참여 신청 자격은 관악구 거주자 또는 관악구 생활권자로서",
                   "강좌를 수료하면 된다", "팩스(02-879-7805)를 통해 신청하면 된다", "구민의 행복을 위해 위원회에"],
}

# qb-09 서울시 기후동행카드 문답, print date 2024-08-08; the city's Q&A 7일 = 2024-08-07
D = "2024-08-07"
FILES["qb-09-seoulshinmun.txt"] = {
    "metadata": {"headline": "문답으로 본 ‘기후동행카드’", "published": "2024-08-08", "reporter": "김민석",
                 "outlet": None, "jurisdiction": "11"},
    "officials": [],
    "claims": [
        c("무제한 대중교통 정기권 ‘기후동행카드’에 관해", None, D, ["public-transit"], "statement"),
        c("지하철은 서울지역 내 지하철, 김포골드라인을 이용할 수 있다", None, D, ["public-transit"], "statement"),
        c("공공자전거인 따릉이가 포함돼 있고, 10일부터는", None, D, ["public-transit"], "plan"),
        c("이용범위 외에서 하차하면 기후동행카드를 적용할 수 없다", None, D, ["public-transit"], "statement"),
        c("에서는 하차 가능하지만 해당 역에서 승차할 수 없다", None, D, ["public-transit"], "statement"),
        c("광역버스·공항버스 등은 제외된다", None, D, ["public-transit"], "statement"),
        c("국립발레단 공연(10% 할인)", None, D, ["public-transit"], "statement"),
    ],
    "not_claims": ["사용 만료일 이전 신청자만 환불 받을 수 있다", "수수료는 500원이다",
                   "-충전금을 연말정산에 반영하는 방법은", "문답으로 본 ‘기후동행카드’"],
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, body in FILES.items():
        gold = {"article": name, **body}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(body["claims"])
        print(name, len(body["claims"]))
    print("total", total)
