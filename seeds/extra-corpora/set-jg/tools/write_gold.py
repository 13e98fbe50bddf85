"""Write set-jg gold files (hand annotation)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


P = "park-jong-hyo"
L = "lee-jeong-hun"
Y = "yu-seong-hun"
K = "kim-jeong-heon"
B = "park-yong-cheol"
W = "park-won-soon"

FILES = {
    "jg-01-maeil.txt": {
        "metadata": {"headline": "인천 남동구, ‘2024 전국 지방자치단체 일자리대상’ 인천 최초 ‘3년 연속’ 수상",
                     "published": "2025-08-09", "reporter": "이종민", "outlet": "매일일보", "jurisdiction": "28200"},
        "officials": [P],
        "claims": [
            c("지역일자리 목표공시제 부문 장관상(우수상)을 수상했다고 9일 밝혔다", None, "2025-08-09", ["jobs"], "achievement"),
            c("인천시 지자체 중 최초로 3년 연속 수상의 영광을 안았다", None, "2025-08-09", ["jobs"], "achievement"),
            c("맞춤형 고용서비스를 강화하고 뿌리산업 위기 극복을 위한 다양한 고용 안정 사업을 추진해 성과를 거뒀다", None, "2025-08-09", ["jobs"], "achievement"),
            c("청년도전 및 창업지원 사업", None, "2025-08-09", ["jobs", "startup-support", "youth-policy"], "achievement"),
            c("일자리 창출이 최고의 복지이자 지역경제 활성화 방안", P, "2025-08-09", ["jobs"], "statement"),
            c("양질의 일자리를 꾸준히 확대해 나가겠다", P, "2025-08-09", ["jobs"], "plan"),
        ],
        "not_claims": ["일자리 분야 최고의 상이다", "종합적인 일자리 성과에 대해 심사를 거쳐 우수기관을 선정했다",
                       "지역일자리 목표공시제 부문 고용노동부 장관상(우수상) 수상"],
    },
    "jg-02-kspnet.txt": {
        "metadata": {"headline": "강동구, 스마트 그린도시 조성을 위한 마스터플랜 수립",
                     "published": "2021-04-15T10:16+09:00", "reporter": "이종선", "outlet": None, "jurisdiction": "11740"},
        "officials": [L],
        "claims": [
            c("안전한 주민들의 삶을 위한 스마트도시 조성 마스터플랜을 수립했다", None, "2021-04-15", ["smart-city"], "achievement"),
            c("지속가능한 스마트 그린도시 조성에 박차를 가할 계획이다", None, "2021-03-29", ["smart-city"], "plan"),
            c("37개 스마트도시 서비스 구축을 목표로 내세웠다", None, "2021-03-29",
              ["smart-city", "climate-carbon", "fourth-industrial-revolution"], "target"),
            c("사물인터넷(IoT) 기술을 기반으로 ‘스마트 의류수거함’을 선보였으며", None, "2021-04-15",
              ["smart-city", "fourth-industrial-revolution"], "achievement"),
            c("365일 대출과 반납이 자유로운 스마트도서관을 설치해", None, "2021-04-15", ["smart-city", "culture-tourism"], "statement"),
            c("스마트도시는 주민의 삶을 근본적으로 바꾸는 생활 혁명 공간이다", L, "2021-04-15", ["smart-city"], "statement"),
        ],
        "not_claims": ["이종선 기자"],
    },
    "jg-03-sijung.txt": {
        "metadata": {"headline": "금천구, 디자인·제조혁신을 위한 메이커 지원시설 개관",
                     "published": "2019-06-21T17:00+09:00", "reporter": "김해인", "outlet": "시정일보", "jurisdiction": "11545"},
        "officials": [Y],
        "claims": [
            c("‘서울지식재산센터 분소’를 합동개관했다", None, "2019-06-20", ["startup-support", "research-development"], "achievement"),
            c("특허까지 한 장소에서 원스톱으로 진행할 수 있게 됐다", None, "2019-06-20", ["startup-support", "research-development"], "achievement"),
            c("창업을 꿈꾸는 청년들과 많은 이야기를 하며 소통해 보니 여러 요구 사항들이 있었다", Y, "2019-06-20",
              ["startup-support", "youth-policy"], "statement"),
            c("4차산업 관련 창업 전문도서관 및 창업사관학교 등을 필요로 하고 있었으며", Y, "2019-06-20",
              ["startup-support", "youth-policy", "fourth-industrial-revolution"], "statement"),
        ],
        "not_claims": ["이날 개관식은 구와 중소기업벤처기업부, 산업통상자원부, 특허청이 공동주관했다",
                       "‘메이커 정책발표’, ‘메이커와의 질의응답’ 등이 진행됐다",
                       "메이커지원시설 합동 개관식에서 유성훈 금천구청장이 인사말을 하고 있다"],
    },
    "jg-04-cunews.txt": {
        "metadata": {"headline": "인천 연수구, 치매센터 관리 및 운영 조례 제정",
                     "published": "2021-07-23T19:23+09:00", "reporter": "홍성찬", "outlet": "연합시민의소리", "jurisdiction": "28185"},
        "officials": ["go-nam-seok"],
        "claims": [
            c("연수구 치매센터의 관리 및 운영에 관한 조례’를 제정공포했다", None, "2021-07-23", ["dementia-care"], "achievement"),
            c("치매주간보호센터가 장기요양기관으로 지정되어 사회복지시설이 됨에 따라", None, "2021-07-23", ["dementia-care", "welfare"], "statement"),
            c("주요 내용은 치매센터의 관리 및 운영에 관한 구청장의 책무", None, "2021-07-23", ["dementia-care"], "statement"),
            c("이번 조례제정으로 치매로 고통 받는 구민의 어려움을 조금이나마 해소하는데 도움이 되기를 바란다", None, "2021-07-23",
              ["dementia-care"], "statement"),
        ],
        "not_claims": ["무통장입금 정보입력", "카카오톡 네이버 밴드 공유"],
    },
    "jg-05-maeil.txt": {
        "metadata": {"headline": "인천 중구, ‘2050 탄소중립녹색성장위원회’ 구성 기후 위기 극복 나선다",
                     "published": "2025-11-14", "reporter": "이종민", "outlet": "매일일보", "jurisdiction": "28110"},
        "officials": [K],
        "claims": [
            c("‘탄소중립녹색성장위원회’를 구성, 본격적인 운영에 들어갔다고 14일 밝혔다", None, "2025-11-14", ["climate-carbon"], "achievement"),
            c("그 시행에 관한 사항을 심의·의결하기 위해 구성된 협의체다", None, "2025-11-14", ["climate-carbon"], "statement"),
            c("위원들은 임기 동안 탄소중립과 녹색성장 실현을 위한 정책 전반에 관해 심의·의결하게 된다", None, "2025-11-14", ["climate-carbon"], "statement"),
            c("온실가스 감축목표 설정에 관한 사항 등이 해당한다", None, "2025-11-14", ["climate-carbon"], "statement"),
            c("효과적인 기후 위기 대응을 위해 힘써달라고 당부했다", K, "2025-11-13", ["climate-carbon"], "statement"),
            c("전 세계가 기후 위기를 겪고 있고, 우리나라도 예외는 아니다", K, "2025-11-14", ["climate-carbon"], "statement"),
            c("이상기후로 인한 재난, 경제적 피해로 일", K, "2025-11-14", ["climate-carbon"], "statement"),
        ],
        "not_claims": ["위원회는 총 14명으로 구성됐다", "임기는 위촉일로부터 2년이다",
                       "부구청장이 위원장, 업무 담당 국장·부서장이 당연직 위원을 맡고",
                       "중구청 서별관 회의실에서 ‘인천광역시 중구 2050 탄소중립녹색성장위원회 위촉식’을 진행했다"],
    },
    "jg-06-ajunews.txt": {
        "metadata": {"headline": "강서구, 인구 60만명 넘어서 서울 자치구 중 두 번째… 마곡지구 개발 영향 '톡톡'",
                     "published": "2017-06-22T09:59+09:00", "reporter": "강승훈", "outlet": "아주경제", "jurisdiction": "11500"},
        "officials": ["noh-hyeon-song"],
        "claims": [
            c("의료시설의 급증은 '의료관광특구 지정'에도 긍정적 영향을 줬다", None, "2017-06-22", ["medical-industry", "culture-tourism"], "achievement"),
            c("1만9507명의 해외환자와 관광객이 찾아와", None, "2017-06-22", ["medical-industry", "culture-tourism", "jobs"], "target"),
            c("롯데, 대한해운 등 14개 기업체가 입주를 완료했다", None, "2017-06-22", ["investment-attraction"], "achievement"),
            c("2019년까지 LG, 코오롱 등 90여 곳이 추가로 들어설 예정이다", None, "2017-06-22", ["investment-attraction"], "plan"),
            c("대중골프장, 국립항공박물관, 공항 배후지원시설 건설 등의 개발을 추진하고 있다", None, "2017-06-22", ["culture-tourism"], "statement"),
        ],
        "not_claims": ["강서구가 서울 자치구 중 두 번째로 인구 60만명을 넘어섰다",
                       "LG사이언스파크는 국내 R&D(연구개발) 단지 가운데 최대 면적을 자랑한다",
                       "마곡지구의 성공적 개발이 주요 요인이란 분석이다",
                       "마곡지구 개발 조감도.[사진=강서구 제공]"],
    },
    "jg-07-newsis.txt": {
        "metadata": {"headline": "박용철 강화군수 \"강화의 100년 미래 전략, 현실로 바꿀 때\"[신년사]",
                     "published": "2026-01-01T07:00:00+09:00", "reporter": "전예준", "outlet": "뉴시스", "jurisdiction": "28710"},
        "officials": [B],
        "claims": [
            c("▲교육·복지 기반 강화 ▲방문하는 관광을 머무는 관광으로 전환", B, "2026-01-01",
              ["education", "welfare", "culture-tourism", "agriculture"], "plan"),
            c("독거노인 안심서비스를 도입해 긴급상황 대응체계를 구축하고", B, "2026-01-01", ["welfare", "public-health"], "plan"),
            c("어르신 무상교통 지원을 여객선까지 확대해 생활 속 복지를 강화할 계획이다", B, "2026-01-01", ["public-transit", "welfare"], "plan"),
            c("마니산 관광지 야간 명소화 사업과 국가유산 미디어아트 사업을 계획하고 있다", None, "2026-01-01", ["culture-tourism"], "plan"),
            c("창업일자리센터 기능을 강화해", None, "2026-01-01", ["startup-support", "jobs", "youth-policy", "small-merchants"], "plan"),
            c("강화 경제자유구역 지정과 국립강화고려박물관 건립, 평화경제특구 조성 등을 통해", None, "2026-01-01",
              ["investment-attraction", "culture-tourism"], "plan"),
        ],
        "not_claims": ["북한의 소음 공격이라는 전례 없는 위기를 이겨낼 수 있었다",
                       "지방 소멸의 위기를 극복하고 지속 가능한 지역 발전을 위한 변화의 계기도 만들기 시작했다",
                       "2026년의 끝에는 더 나은 미래가 기다리고 있을 것이라고"],
    },
    "jg-08-edaily.txt": {
        "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "11"},
        "officials": [W],
        "claims": [
            c("‘태양의 도시, 서울’ 종합계획을 발표했다", None, None, ["energy-transition"], "plan"),
            c("서울이 태양의 도시가 되면 시민들의 전기요금 부담은 줄고", W, None, ["energy-transition"], "statement"),
            c("서울은 에너지 자립도시가 되고", W, None, ["energy-transition"], "statement"),
            c("태양광 산업으로 발전(發展)하는 세계최고의 태양의 도시, 서울을 만들 것", W, None, ["energy-transition"], "plan"),
            c("탈원전, 탈석탄으로의 이정표를 제시하겠다", W, None, ["energy-transition"], "plan"),
            c("온실가스 연 54만톤 감축", None, None, ["energy-transition", "climate-carbon", "jobs"], "target"),
            c("태양광은 온실가스·미세먼지 걱정이 없으면서도", W, None,
              ["energy-transition", "climate-carbon", "fine-dust", "fourth-industrial-revolution"], "statement"),
            c("서울이라는 대도시에 적합한 최적의 재생에너지", W, None, ["energy-transition"], "statement"),
            c("△태양광 발전 100만 가구 보급(551MW)", None, None, ["energy-transition", "citizen-participation"], "target"),
            c("미니태양광 보급을 2022년까지 100만 가구로 늘린다", None, None, ["energy-transition"], "target"),
            c("베란다형 미니태양광(260W 규모) 설치를 의무화하고", None, None, ["energy-transition"], "plan"),
        ],
        "not_claims": ["기존 아파트는 설"],
    },
    "jg-09-shinailbo.txt": {
        "metadata": {"headline": "은평 구산동 도서관 마을 기공식",
                     "published": "2014-04-14T14:24+09:00", "reporter": "이준철", "outlet": "신아일보", "jurisdiction": "11380"},
        "officials": ["kim-u-yeong"],
        "claims": [
            c("구산동 도서관 마을 건립 기공식을 가졌다", None, "2014-04-10", ["culture-tourism"], "achievement"),
            c("문화 인프라가 부족했던 은평구 서북지역에 주민과 함께 만들어 가는 최초의 도서관으로", None, "2014-04-14", ["culture-tourism"], "statement"),
            c("6월에 개관할 예정이다", None, "2014-04-14", ["culture-tourism"], "plan"),
            c("도서관 마을이 개관하면 단순히 책을 보는 도서관이 아니라", None, "2014-04-14", ["culture-tourism"], "statement"),
        ],
        "not_claims": ["지역주민 등 300여명이 참석한 가운데 열렸다", "이 기사를 공유합니다"],
    },
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, body in FILES.items():
        data = {"article": name, **body}
        (GOLD / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(body["claims"]))
