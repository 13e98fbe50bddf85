"""Write set-px gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


MH = "myeong-hyeon-gwan"
D1 = "2025-12-11"
D2 = "2026-01-19"
D3 = "2025-04-14"
KY = "kim-yung-rok"
D5 = "2025-06-26"
KC = "kim-chang-gyu"
D6 = "2025-01-22"
YJ, MG = "yoo-jeong-bok", "mun-gyeong-bok"
D7 = "2026-01-30"
YD = "yuk-dong-han"
D8 = "2025-07-01"

FILES = {
    "px-01-asiae.txt": {
        "metadata": {"headline": "명현관 군수 \"5.4GW 단지 막는 건 규제\"…현장 애로 직소", "published": "2025-12-11",
                     "reporter": None, "outlet": None, "jurisdiction": "46820"},
        "officials": [MH],
        "claims": [
            c("지역 기반 탈탄소 정책의 새 장을 열었다", None, D1, ["climate-carbon"], "achievement"),
            c("'솔라시도 AI 에너지 미래도시' 청사진을 제시했다", MH, D1,
              ["fourth-industrial-revolution", "energy-transition"], "plan"),
            c("대규모 AI 인프라를 안정적으로 운영하기 위해서는 충분한 재생에너지 전력 확보가 필수적", MH, D1,
              ["energy-transition", "fourth-industrial-revolution"], "target"),
            c("재생에너지 사업 추진 과정에서 인허가 지연, 전력 계통연계 한계, 환경평가 장기화", MH, D1,
              ["energy-transition"], "criticism"),
            c("탈탄소 생태계 조성을 체계적으로 추진하겠다는 방침을 밝혔다", None, D1, ["climate-carbon"], "plan", "김성환"),
            c("규제 개선방안도 함께 마련할 예정이다", None, D1, ["climate-carbon"], "plan", "김성환"),
            c("해남 지역의 재생에너지 인프라 현황과 확장 가능성을 직접 점검했다", None, D1, ["energy-transition"], "statement"),
            c("RE100 전용 산업단지가 조성되면 국가 산업경쟁력 강화에도 크게 기여할 것", MH, D1,
              ["energy-transition"], "statement"),
        ],
        "not_claims": ["5.4GW 단지 막는 건 규제", "명 군수는 현장의 목소리를 전달하는 데도 주력했다",
                       "명현관 해남군수와 현장을 점검하고 있다", "각 기관과의 긴"],
    },
    "px-02-asiae.txt": {
        "metadata": {"headline": None, "published": "2026-01-19", "reporter": "박혜숙", "outlet": "아시아경제",
                     "jurisdiction": "28"},
        "officials": [],
        "claims": [
            c("올해 695명을 채용하는 공공일자리 사업을 추진한다고 19일 밝혔다", None, D2, ["jobs", "welfare"], "target"),
            c("채용 인원은 공공근로사업 420명, 지역공동체일자리사업 275명으로", None, D2, ["jobs"], "target"),
            c("실제 채용 규모는 군·구별 수요와 사업 여건에 따라 조정될 수 있다", None, D2, ["jobs"], "statement"),
            c("공공근로사업은 ▲정보화 추진 ▲공공서비스 지원", None, D2, ["jobs"], "statement"),
            c("참여자는 행정업무 보조, 공공시설 관리, 생활환경 개선 등", None, D2, ["jobs"], "statement"),
            c("지역공동체일자리사업은 ▲지역자원활용형", None, D2, ["jobs"], "statement"),
            c("공공일자리 신청 자격은 만 18세 이상 인천시민으로", None, D2, ["jobs", "welfare"], "statement"),
            c("일선 군·구는 이달 참여자를 모집해 다음 달부터 사업을 시작할 예정이다", None, D2, ["jobs"], "plan"),
        ],
        "not_claims": ["채용 인원과 세부 자격 요건 등은 군·구 누리집 모집공고를 참고하면 된다"],
    },
    "px-03-kukinews.txt": {
        "metadata": {"headline": "'강원에서 살아보기' 평창에서 본격 운영…도시민 6가구 선정",
                     "published": "2025-04-14T17:32:30+09:00", "reporter": "백승원", "outlet": "쿠키뉴스",
                     "jurisdiction": "51760"},
        "officials": [],
        "claims": [
            c("귀농·귀촌을 희망하는 도시민을 대상으로 '강원에서 살아보기' 지원사업을 운영한다고 14일 밝혔다", None, D3,
              ["agriculture"], "plan"),
            c("14일부터 3개월간 프로그램을 운영할 계획이다", None, D3, ["agriculture"], "plan"),
            c("해당 사업은 체류형 귀농 전환 프로그램으로", None, D3, ["agriculture"], "statement"),
            c("총 6가구 8명을 최종 선정했다", None, D3, ["agriculture"], "achievement"),
            c("도시민이 실제 체류를 통해 농촌을 경험하고 필요한 정보를 얻을 수 있도록 실효성 있는 프로그램을 운영하겠다",
              None, D3, ["agriculture"], "plan", "이용하"),
            c("정착 과정에서 겪는 시행착오를 줄여 안정적인 귀농·귀촌이 이뤄질 수 있도록 하겠다", None, D3,
              ["agriculture"], "plan", "이용하"),
        ],
        "not_claims": ["평창에서 본격 운영…도시민 6가구 선정", "평창군청 전경."],
    },
    "px-04-jeonmae.txt": {
        "metadata": {"headline": None, "published": None, "reporter": "김강태", "outlet": "전국매일신문",
                     "jurisdiction": "42730"},
        "officials": ["kim-myeong-gi"],
        "claims": [
            c("2023년 귀농귀촌인 유치를 위해 적극 나설 계획이라고 19일 밝혔다", None, None, ["agriculture"], "plan"),
            c("관내 귀농귀촌 인구는 지난 2012년 962명을 시작으로", None, None, ["agriculture"], "achievement"),
            c("귀농귀촌 1번지로서의 강점을 적극 알려나간다는 계획이다", None, None, ["agriculture"], "plan"),
            c("주요 사업으로는 ▲귀농 농업창업 및 주택자금 지원", None, None, ["agriculture", "startup-support"], "plan"),
            c("귀농·귀촌인의 안정적 정착 및 군민으로서 자부심 갖고 살아 갈 수 있도록 노력하겠다", "kim-myeong-gi", None,
              ["agriculture"], "plan"),
        ],
        "not_claims": ["군은 장점은 아름다운 호수와 청정 산림", "군민이 부자되는 군에서 제2의 삶을 힘차게 열어보길 바란다"],
    },
    "px-05-newsis.txt": {
        "metadata": {"headline": "김영록, 3선 출마 공식화…\"기후에너지부 전남이 최적지\"",
                     "published": "2025-06-26T15:19:35+09:00", "reporter": "송창헌", "outlet": "뉴시스",
                     "jurisdiction": "46"},
        "officials": [KY],
        "claims": [
            c("'기후에너지부'는 에너지 수도 전남이 최적지라고 밝히며", KY, D5,
              ["decentralization", "energy-transition"], "plan"),
            c("광주 군·민간공항 이전과 8부 능선에 도달한 국립 의과대학 설립 등을 대표적인 숙제로 언급한 뒤", KY, D5,
              ["airport-relocation", "public-health"], "plan"),
            c("기후에너지부 전남 유치에도 방점을 찍었다", KY, D5, ["decentralization", "energy-transition"], "plan"),
        ],
        "not_claims": ["해수부 등 2곳은 지방으로…무안공항 10∼11월 재개항",
                       "민선8기 출범 3주년 기자회견에서 행정연속성 등 강조",
                       "내년 3선 도지사 출마 의지를 공식적으로 밝혔다",
                       "민선 9기까지 이어지는 사업들이 많은 만큼",
                       "경제부지사·송미령 장관 인선 논란에도 소신 입장 밝혀"],
    },
    "px-06-kbs.txt": {
        "metadata": {"headline": "[대담한7] 제천시 신년 과제와 운용 계획은?", "published": "2025-01-22T19:44+09:00",
                     "reporter": None, "outlet": "KBS", "jurisdiction": "43150"},
        "officials": [KC],
        "claims": [
            c("이제 투자 유치 제가 공약을 드린 3조 원 거의 달성을 했습니다", KC, D6, ["investment-attraction"],
              "achievement"),
            c("관광객 1500만 목표에 작년에 이제 1100만 거의 달성함으로써", KC, D6, ["culture-tourism"], "achievement"),
            c("올해는 시립미술관이라든가 또 국립산림치유원 이러한 것에 그 예산을 우리가 성립을 시켜야 됩니다", KC, D6,
              ["culture-tourism"], "plan"),
        ],
        "not_claims": ["저희가 고도 경제 성장을 위한 기반을 닦았다는 것을 자랑스럽게 보고를 드립니다",
                       "거시 경제 성장 전략을 중단 없이 추진을 해서",
                       "그간의 성과 어떤 걸 꼽을 수 있을까요?"],
    },
    "px-07-csojournalist.txt": {
        "metadata": {"headline": "“섬 발전이 인천의 미래” 유정복 시장, 옹진군 연두방문",
                     "published": "2026-01-30T19:06:39+09:00", "reporter": "고암영", "outlet": "한국기자연대",
                     "jurisdiction": "28"},
        "officials": [YJ, MG],
        "claims": [
            c("두무진 유람선 건조, 영흥종합사회복지관 건립, 신도 평화대교 개통, 백령공항 건설 등 핵심 사업 추진 의지를 밝혔다",
              MG, D7, ["culture-tourism", "welfare", "airport-relocation"], "plan"),
            c("섬 주민 교통 편의 개선, 해양관광 활성화, 청년 일자리 창출 등 지속가능한 발전을 적극 지원하겠다", YJ, D7,
              ["public-transit", "culture-tourism", "jobs", "youth-policy"], "plan"),
            c("식수 부족, 연도교 건설, 주차장 확충, LPG시설 구축, 안전사고 예방 등 생활 불편을 건의했으며", None, D7,
              ["water-supply", "disaster-safety", "public-transit"], "criticism"),
            c("재정 부담을 최소화하고 개통 후 주민 불편을 체계적으로 관리하겠다", YJ, D7, ["public-transit"], "plan"),
        ],
        "not_claims": ["‘섬 발전’을 인천의 미래 전략으로 강조했다", "옹진은 인천의 미래 성장 거점",
                       "섬 지역 균형 발전 방안을 논의했다", "교통·관광·청년 일자리 지원 강조",
                       "섬 주민 생활 불편 해소와 지역 경제 활성화를 위해 최선을 다하겠다",
                       "옹진군이 인천 균형 발전의 주역이 되도록 노력하겠다"],
    },
    "px-08-kbs.txt": {
        "metadata": {"headline": "육동한 “미래 동력 확보”…“보이는 성과 아직”", "published": "2025-07-01T19:19+09:00",
                     "reporter": "고순정", "outlet": None, "jurisdiction": "51110"},
        "officials": [YD],
        "claims": [
            c("춘천 광판리 기업혁신파크 사업지입니다", None, D8, ["investment-attraction"], "statement"),
            c("이 일대 360만㎡가 미니 신도시로 거듭날 예정입니다", None, D8, ["investment-attraction"], "plan"),
            c("앵커 기업을 중심으로 연구, 산업, 문화 기능이 한 곳에 집중됩니다", None, D8, ["investment-attraction"],
              "statement"),
            c("사업을 위한 사업시행법인 설립이 가시화되고 있습니다", None, D8, ["investment-attraction"], "statement"),
            c("춘천 의암호 일대는 호수지방정원으로 선정됐습니다", None, D8, ["culture-tourism"], "achievement"),
            c("곧 국가정원 지정도 준비하고 있습니다", None, D8, ["culture-tourism"], "plan"),
            c("경제 성장의 발판으론 바이오산업, 국가첨단전략산업단지 등의 성과를 꼽았습니다", YD, D8,
              ["medical-industry"], "achievement"),
            c("지방시대 엑스포 개최로 문화관광도시 기반도 다졌다고 말합니다", YD, D8, ["culture-tourism"], "achievement"),
            c("수도권광역급행철도의 춘천 연장은 춘천의 위상을 바꿨다고 자평했습니다", YD, D8, ["public-transit"],
              "achievement"),
            c("GTX-B노선 연장 확정으로 수도권과의 연결성을 획기적으로 높이고 있습니다", YD, D8, ["public-transit"],
              "achievement"),
            c("산단 부족 등의 여파로 기업 유치 실적은 20곳을 밑돌아", None, D8, ["investment-attraction"], "criticism"),
        ],
        "not_claims": ["춘천의 미래 동력을 찾았다고 자평했습니다",
                       "그간 확보한 역점시책은 엄격한 과정 관리와 이행을 통해",
                       "하지만 손에 잡히는 변화는 적다는 지적도 나옵니다",
                       "인구는 3년 동안 700명 느는데 그쳤습니다"],
    },
    "px-09-hankyung.txt": {
        "metadata": {"headline": "미세먼지 저감나선 충북도, 친환경 사업에 3728억 투입", "published": None,
                     "reporter": "임호범", "outlet": "한국경제", "jurisdiction": "43"},
        "officials": [],
        "claims": [
            c("3728억원을 들여 5개 분야, 30개 사업을 추진한다고 11일 밝혔다", None, None, ["fine-dust"], "plan"),
            c("지난해 충북의 초미세먼지 평균 농도는 2019년 대비 25%", None, None, ["fine-dust"], "achievement"),
            c("수소차 902대, 전기차 4805대 등 무공해 친환경자동차를 대폭 늘리기로 했다", None, None,
              ["fine-dust", "future-vehicles"], "target"),
            c("대규모 사업장에 대기오염총량제 시행", None, None, ["fine-dust"], "plan"),
            c("미세먼지 차단숲 4개소와 도시 외곽의 찬바람을", None, None, ["fine-dust"], "target"),
            c("도시 바람길 숲도 1개소를 조성한다", None, None, ["fine-dust"], "target"),
            c("미세먼지 교육과 범도민 실천운동도 적극 추진한다", None, None, ["fine-dust"], "plan"),
        ],
        "not_claims": ["미세먼지 저감나선 충북도, 친환경 사업에 3728억 투입"],
    },
}

if __name__ == "__main__":
    GOLD.mkdir(parents=True, exist_ok=True)
    total = 0
    for name, body in FILES.items():
        data = {"article": name, **body}
        (GOLD / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(body["claims"])
        print(name, len(body["claims"]))
    print("total", total)
