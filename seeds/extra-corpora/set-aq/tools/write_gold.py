"""Write set-aq gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


KYH = "kim-yung-hwan"
AHJ = "ahn-hee-jung"
KHJ = "kim-hong-jang"
JYR = "jeong-yong-rae"
LCH = "lee-choon-hee"
PJH = "park-jeong-hyeon-30230"
JGH = "jo-gil-hyeong"

GOLDS = [
    {
        "article": "aq-01-cctimes.txt",
        "metadata": {"headline": "최악 미세먼지 오명 씻어내야", "published": "2023-03-20T20:06+09:00",
                     "reporter": "하성진", "outlet": "충청타임즈", "jurisdiction": "43"},
        "officials": [KYH],
        "claims": [
            c("전국 최고 농도의 지역 미세먼지 해결을 거듭 강조했다", KYH, "2023-03-20", ["fine-dust"], "plan"),
            c("이런 상태의 미세먼지라면 (충북은) 귀농 귀촌과 레이크파크 르네상스 추진을 말하기 어렵다", KYH, "2023-03-20",
              ["fine-dust", "agriculture"], "criticism"),
            c("하루빨리 이 불명예를 씻어내야 한다", KYH, "2023-03-20", ["fine-dust"], "plan"),
            c("보건환경연구원, 환경 전문가들과 함께 집중 논의해 나갈 것", KYH, "2023-03-20", ["fine-dust"], "plan"),
            c("이 문제에 대한 대안을 찾아 반드시 해결해야 한다", KYH, "2023-03-20", ["fine-dust"], "plan"),
            c("대청호 수질 개선과 미세먼지 저감은 레이크파크 르네상스를 하기 위한 가장 기본적이고 가장 중요한 조건", KYH, "2023-03-17",
              ["fine-dust"], "plan"),
        ],
        "not_claims": [
            "김영환 충북지사 확대간부회의서 대책 마련 주문",
            "국외와 다른 시도에서 유입된 미세먼지가 높은 산맥 때문에 충북에 머무는 시간이 길기 때문",
            "도정에 차질을 빚어진 것은 안타깝게 생각한다",
            "앞으로 도정에 더 집중하겠다",
            "충북은 2022년 기준 국내 초미세먼지 연평균 농도 전국 1위(20ug/㎥)다",
            "충북지역 미세먼지는 외부 유입 비율이 높다",
        ],
    },
    {
        "article": "aq-02-sstimes.txt",
        "metadata": {"headline": None, "published": None, "reporter": None, "outlet": "서산시대", "jurisdiction": "44"},
        "officials": [AHJ],
        "claims": [
            c("석탄화력발전소의 사회적 수명을 지방정부가 결정할 수 있도록 제도화해야 한다", AHJ, None,
              ["energy-transition", "decentralization"], "plan"),
            c("에너지 정책에 대한 지방정부의 권한이 강화돼야 한다", AHJ, None, ["energy-transition", "decentralization"], "plan"),
            c("안 지사는 중앙정부에 탈석탄 에너지 로드맵 수립도 제안했다", AHJ, None, ["energy-transition"], "plan"),
            c("중앙정부는 탈석탄 로드맵을 세우고, 에너지 공급체계를 지역 분산형으로 전환해야 한다", AHJ, None,
              ["energy-transition"], "plan"),
            c("지방정부가 주체적으로 재생 가능 에너지 시스템을 구축하고 발전시켜 나아갈 수 있도록 지원해 주길 바란다", AHJ, None,
              ["energy-transition", "decentralization"], "plan"),
        ],
        "not_claims": [
            "탈석탄 친환경 에너지 전환 국제 콘퍼런스서 특별연설",
            "충남도와 산업통상자원부, 환경부가 마련한 국제 학술회의다",
        ],
    },
    {
        "article": "aq-03-atnnews.txt",
        "metadata": {"headline": None, "published": None, "reporter": "하동길", "outlet": "에이티엔뉴스",
                     "jurisdiction": "44270"},
        "officials": [KHJ],
        "claims": [
            c("△시민참여 열린 시정 △풍요로운 당진경제 △함께 잘 사는 농어촌 △품격 있는 교육문화 △더불어 누리는 복지", KHJ, None,
              ["citizen-participation", "agriculture", "education", "welfare"], "plan"),
            c("읍‧면‧동 마을계획 수립과 주민총회 확대, 주민자치 선도 도시 정책박람회 개최로 실질적 참여 민주주의 구현에 나서기로 했다", None, None,
              ["citizen-participation"], "plan"),
            c("청년타운 조성과 청년 생활임금제 도입 등 당진형 청년정책을 적극 추진한다", None, None,
              ["research-development", "investment-attraction", "agriculture", "youth-policy", "labor-relations"], "plan"),
            c("소상공인을 위한 특례보증자금 지원을 확대하고 전통시장 재정비 계획 수립과 신중년 지원센터 조성으로", None, None,
              ["small-merchants", "jobs"], "plan"),
        ],
        "not_claims": [
            "16일 신년 기자회견…전국 최초 '에너지 센터 설립', 대기·수질환경 개선",
            "김홍장시장이 16일 신년기자회견을 하고 있는 모습",
            "30만 자족기능 도시 기반을 마련하고 신 성장 동력의 기틀을 다지는 원년이 될 것",
            "당진시정 운영 목표인 지속가능발전을 기반으로 한 2019년 시정운영 방향을 제시했다",
            "신평~내항간 항만진입도로의 차질 없는",
        ],
    },
    {
        "article": "aq-04-tf.txt",
        "metadata": {"headline": None, "published": None, "reporter": "라안일", "outlet": "더팩트", "jurisdiction": "30200"},
        "officials": [JYR],
        "claims": [
            c("대전 유성구가 올해 청년 지원을 위해 41억원을 투입한다", None, None, ["youth-policy"], "plan"),
            c("유성구 청년정책위원회를 열고 2023년 유성구 청년정책시행계획(안)을 최종 확정했다", None, None, ["youth-policy"],
              "achievement"),
            c("구는 올해 총 41억원을 들여 일자리, 주거 등 5대 분야 25개 세부 추진과제를 시행할 예정이다", None, None,
              ["youth-policy", "jobs", "housing"], "plan"),
            c("이는 지난해 대비 자체 신규사업은 7건, 전체적으로는 11건의 사업이 추가됐다", None, None, ["youth-policy"], "statement"),
            c("청년 맞춤형 일자리 확보를 위해 스타트업파크·기업연계 일자리 창출", None, None,
              ["youth-policy", "jobs", "startup-support", "fourth-industrial-revolution"], "plan"),
            c("유성구 청년주택 확보 및 공급 방안을 마련하고 국토부와 연계한 청년월세 한시 지원", None, None,
              ["youth-policy", "housing"], "plan"),
            c("금융·경제 및 취·창업 교육, NFT 크리에이터 클래스 운영 등 3개 사업을 통해 청년 역량을 높인다", None, None,
              ["youth-policy", "startup-support"], "plan"),
            c("청년 1인가구 지원사업, 유성산책 버스킹, 복지부 연계 청년내일저축계좌, 자립준비청년 자립지원", None, None,
              ["youth-policy", "welfare"], "plan"),
            c("청년정책의 체계적 추진을 위한 청년지원센터 설치, 청년네트워크 운영 등으로 청년과 소통한다", None, None,
              ["youth-policy"], "plan"),
            c("5대 분야 25개 과제를 충실히 이행, 청년의 삶 전반에 대한 지원강화로 청년이 살기 좋은 유성", JYR, None,
              ["youth-policy"], "plan"),
        ],
        "not_claims": [
            "일자리·주거 등 5대 분야 25개 세부과제 추진",
            "열린 청년정책위원회 회의에서 2023년 유성구 청년정책시행계획(안)이 최종 확정됐다",
            "저성장, 고물가 등의 어려운 경제여건 속에, 특히 사회초년생 등 청년층이 체감하는 경기는 더 악화되고 있다",
        ],
    },
    {
        "article": "aq-05-kitvnews.txt",
        "metadata": {"headline": None, "published": None, "reporter": "이원영", "outlet": "한국미디어뉴스",
                     "jurisdiction": "44790"},
        "officials": [],
        "claims": [
            c("지속 가능한 농촌 기반을 마련하기 위해 올해 총사업비 221억 원을 투입한다", None, None, ["agriculture"], "plan"),
            c("군은 15일 6대 분야 12개 중점 추진과제를 설정하고", None, None, ["agriculture"], "plan"),
            c("외국인 계절근로자 도입을 대폭 확대해 나갈 계획이다", None, None, ["agriculture"], "plan"),
            c("군은 2023년 209명이었던 도입 인원을 지난해 745명까지 늘려", None, None, ["agriculture"], "achievement"),
            c("지난해 4월 준공된 외국인 계절근로자 기숙사를 적극 활용해", None, None, ["agriculture"], "statement"),
            c("산지 유통의 현대화를 위한 스마트 APC(농산물 산지유통센터) 건립도 속도를 낸다", None, None, ["agriculture"], "plan"),
            c("총 30억 5천만 원이 투입되는 스마트 APC는 올해 말 준공을 목표로 하고 있으며", None, None, ["agriculture"], "plan"),
            c("농산물 패키징 표준화·규격화 21개 사업에 42억 원을 투입해 ‘칠갑마루’의 시장 경쟁력을 높일 계획이다", None, None,
              ["agriculture"], "plan"),
            c("기후 변화에 대응한 미래형 선진 농업 체계 구축에도 힘을 쏟는다", None, None, ["agriculture", "climate-carbon"], "plan"),
            c("전략 육성 품목에 대한 생산시설·장비를 지원하는 등 17개 사업에 42억 원을 투입할 계획이다", None, None, ["agriculture"],
              "plan"),
            c("향진주쌀을 지역 대표 고품질 브랜드쌀로 육성하기 위해 GAP 인증 출하조직을 4개소로", None, None, ["agriculture"],
              "target"),
        ],
        "not_claims": [],
    },
    {
        "article": "aq-06-ctjournal.txt",
        "metadata": {"headline": "자연치유 도시로서 관광객들의 마음을 사로잡는 ‘관광경쟁력도시 제천’",
                     "published": "2016-02-16T16:32:37+09:00", "reporter": None, "outlet": None, "jurisdiction": "43150"},
        "officials": ["lee-geun-gyu"],
        "claims": [
            c("총 15억의 사업비를 투자해 명실상부 최고의 관광도시로 도약할 계획이다", None, "2016-02-16", ["culture-tourism"], "plan"),
            c("2.3km의 청풍호 그린케이블카 조성 공사가 오는 3월에 착공해 2017년 3월 준공 예정으로", None, "2016-02-16",
              ["culture-tourism"], "plan"),
            c("제천시가 관광분야에 인적역량과 인프라 구축에 꾸준히 투자한 결과라 해석된다", None, "2016-02-16", ["culture-tourism"],
              "achievement"),
            c("이는 관광정책환경, 인적역량, 지역홍보 면에서 경쟁력을 갖춘 것으로 검증됐다는 측면에서 의미가 크다", None, "2016-02-16",
              ["culture-tourism"], "achievement"),
            c("관광분야에 있어 퍼스트 무버(first mover)로서 타 지자체를 선도하는 역할도 충실히 할 것을 다짐하고 있다", None, "2016-02-16",
              ["culture-tourism"], "plan"),
            c("제천시의 퍼스트 무버 활동으로는 우리나라 최고 높이의 번지점프장을 조성한 것과", None, "2016-02-16", ["culture-tourism"],
              "achievement"),
            c("최초의 산악체험장, 최초의 수상비행장, 전국 최초의 청풍호 관광모노레일 등", None, "2016-02-16", ["culture-tourism"],
              "achievement"),
        ],
        "not_claims": [
            "단체장에게 듣는다-이근규 충북 제천시장",
        ],
    },
    {
        "article": "aq-07-ajunews.txt",
        "metadata": {"headline": None, "published": None, "reporter": "윤소", "outlet": "아주경제", "jurisdiction": "36"},
        "officials": [LCH],
        "claims": [
            c("도농상생의 상징인 세종시 제1호 로컬푸드 직매장이 20일 착공했다", None, None, ["agriculture"], "achievement"),
            c("신선 농축산물, 가공품 등 판매장과 다목적 강당 등이 들어선다", None, None, ["agriculture"], "statement"),
            c("앞으로 거점별로 로컬푸드 직매장을 건립하는 한편", LCH, None, ["agriculture", "education"], "plan"),
        ],
        "not_claims": [
            "이해찬 국회의원, 임상전 세종시의회 의장 등이 참석한 가운데",
            "신도시와 농촌 간 상생과 이해의 전기가 마련되길 바란다",
            "싱싱장터가 개설돼 로컬푸드 농산물과 가공품 시식과 판매행사가 진행됐다",
        ],
    },
    {
        "article": "aq-08-timenews.txt",
        "metadata": {"headline": "대전 대덕구, 대덕e로움 유통활성화 운동본부 출범!",
                     "published": "2019-05-06T12:31:50+09:00", "reporter": "홍대인", "outlet": "대전타임뉴스",
                     "jurisdiction": "30230"},
        "officials": [PJH],
        "claims": [
            c("주민 대표 344명으로 구성된 ‘대덕e로움 유통활성화 운동본부’ 출범식을 가졌다", None, "2019-05-03", ["small-merchants"],
              "achievement"),
            c("운동본부는 순수 주민 주도 조직으로", None, "2019-05-06", ["small-merchants", "citizen-participation"], "statement"),
            c("대전시민 모두가 대덕e로움을 구매해 사용함으로서 지역경제가 살아날 수 있도록 역량을 총결집해 나갈 것", None, "2019-05-03",
              ["small-merchants"], "plan", speaker_name="박흥용"),
            c("대전시 최초로 출시하는 지역화폐 대덕e로움은", PJH, "2019-05-03", ["small-merchants"], "statement"),
            c("운동본부가 제 역할을 다 할 수 있도록 행정적 지원을 아끼지 않을 것", PJH, "2019-05-03", ["small-merchants"], "plan"),
            c("명칭공모 된 818건의 제안 중 최종 선정된 대덕구 지역화폐의 이름이다", None, "2019-05-06", ["small-merchants"],
              "statement"),
        ],
        "not_claims": [
            "대덕구, 6월말 대덕e로움 출시 앞두고 3일 대규모 운동본부 발족",
            "새로운 지역경제, 다함께 잘사는 대덕구를 만드는데 운동본부가 앞장서겠다",
        ],
    },
    {
        "article": "aq-09-wowtv.txt",
        "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "43130"},
        "officials": [JGH],
        "claims": [
            c("우리 충주는 기업의 든든한 동반자가 되겠다", JGH, None, ["investment-attraction"], "plan"),
            c("기업하기 좋은 도시가 사람 살기 좋은 도시, 일자리 만들기가 곧 최고의 복지라는 자세로", JGH, None,
              ["investment-attraction", "jobs"], "statement"),
            c("많은 기업 입주는 곧 인구 증가로 이어지고 경제의 선순환을 이끌 것", JGH, None, ["investment-attraction"], "statement"),
            c("이것이 바로 지역 활력 회복의 첫걸음이고", JGH, None, ["investment-attraction"], "statement"),
            c("기업들에게 매력 있는 충주시가 되겠다", JGH, None, ["investment-attraction"], "plan"),
            c("충주댐의 풍부한 용수 및 안정적인 전력공급으로 기업하기 좋은 여건을 가지고 있다", None, None, ["investment-attraction"],
              "statement"),
            c("중소기업 육성을 위한 경영안정 자금 지원 등 기업환경 조성을 위한 정책도 시행중이다", None, None,
              ["investment-attraction", "startup-support"], "statement"),
            c("근로환경 개선을 위한 기업의 정주여건 개선사업 역시 손꼽히는 시책으로 평가된다", None, None,
              ["investment-attraction", "labor-relations"], "achievement"),
            c("충주시는 9년 연속 기업하기 좋은 도시로 선", JGH, None, ["investment-attraction"], "achievement"),
        ],
        "not_claims": [],
    },
]

if __name__ == "__main__":
    GOLD.mkdir(parents=True, exist_ok=True)
    for gold in GOLDS:
        path = GOLD / (gold["article"] + ".json")
        path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.name, len(gold["claims"]))
    print("total", sum(len(g["claims"]) for g in GOLDS))
