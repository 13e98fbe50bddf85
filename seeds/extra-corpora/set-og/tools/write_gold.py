"""Write set-og's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"
GOLD.mkdir(exist_ok=True)


def c(quote, date, policies, kind, speaker=None, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


G = {}

D = "2026-07-27"
G["og-01-ulju-pressrelease.html"] = {
    "metadata": {"headline": "울주군, 모기·해충 방역 비상체계 가동", "published": "2026-07-27",
                 "reporter": None, "outlet": "울주군", "jurisdiction": "31710"},
    "officials": [],
    "claims": [
        c("모기 등 해충이 급증함에 따라 방역 비상체계를 가동한다고 밝혔다", D, ["public-health"], "plan"),
        c("감염병 발생을 예방하기 위해 울주군 전역을 대상으로 유충 구제 사업을 대폭 강화해 추진한다", D, ["public-health"], "plan"),
        c("방역반은 정화조, 하수구, 연못 등 모기 서식 우려 지역에 대한 예찰과 친환경 약품 투여를 병행한다", D, ["public-health"], "plan"),
    ],
    "not_claims": ["울주군, 모기·해충 방역 비상체계 가동</h4>",
                   "올해는 장마철 강수량이 적고 고온다습한 환경이 이어지면서",
                   "문의처:건강관리과"],
}

D = "2023-11-01"
P = "박주민"
G["og-02-edaily-gimpo.html"] = {
    "metadata": {"headline": "김포시 서울 편입?…野 박주민 \"의문점 있다\"", "published": "2023-11-01T09:00+09:00",
                 "reporter": "김유성", "outlet": "이데일리", "jurisdiction": "41570"},
    "officials": [],
    "claims": [
        c("최근 여권에서 제기한 ‘서울·김포시 편입’ 문제를 놓고 “의문점이 있다”고 밝혔다", D, ["decentralization"], "criticism", name=P),
        c("그동안 추진해왔던 국토균형발전 계획에 차질을 빚을 수 있고 총선용 공약이라고 그는 추정했다", D, ["decentralization"], "criticism", name=P),
        c("단순하게 ‘김포가 서울로 들어온다’로 되는 문제가 아니다", D, ["decentralization"], "criticism", name=P),
        c("경기도와 서울의 역할 문제라든지, 다른 지방과의 문제라든지 또는 더 넓게 보면 ‘지역 균형발전은 어떻게 되냐’라는 얘기가 벌써부터 나오고 있다", D, ["decentralization"], "criticism", name=P),
        c("이런 것을 차분히 검토하면서 얘기가 나와야 하는데, (여권이) 많이 급한 가", D, ["decentralization"], "criticism", name=P),
        c("서울·김포시 편입을 통해 국면을 전환할 것이라는 뜻이다", D, ["decentralization"], "statement"),
        c("김포시민 중 일부는 이를 환영하고 있고 구리·광명·하남 등 서울 권역 경기도 중소 도시도 들썩이는 분위기다", D, ["decentralization"], "statement"),
        c("박 원내수석부대표는 지금까지 진행됐던 메가시티론에 대한 우려도 했다", D, ["decentralization"], "criticism", name=P),
        c("부산 등 서울 이외 지방에서도 메가시티를 조성해 지역 균형발전을 하겠다는 계획이 자칫 무너질 수 있기 때문이다", D, ["decentralization"], "criticism"),
        c("경남 지역에서는 자치단체장들끼리 협약까지 이뤄지는 성과가 나왔는데, 이런 것들이 다 사라지면서 갑자기 서울만 대폭 키우겠다는 건가", D, ["decentralization"], "criticism", name=P),
        c("지금 이 주장이 어느 정도 현실성이 있는지, 또 어떤 영향을 미칠지에 대한 검토가 되면서 진행이 돼야 하고", D, ["decentralization"], "criticism", name=P),
    ],
    "not_claims": ["김포시 서울 편입?…野 박주민 \"의문점 있다\"</h3>",
                   "인사말 하는 박주민 의원 (사진=연합뉴스)\n           </figcaption>",
                   "여러 고민을 (당 차원에서) 고민하고 있을 것",
                   "무조건 반대할 수도, 섣불리 따라갈 수도 없는 당 지도부의 입장을 반영한 것이다",
                   "김유성 (kys401@edaily.co.kr)"],
}

D = "2026-01-29"
G["og-03-yonhap-ulsan-bukgu.txt"] = {
    "metadata": {"headline": "울산쇠부리축제 5월 8∼10일 달천철장·북구청서 개최", "published": "2026-01-29T10:37:10+09:00",
                 "reporter": "장지현", "outlet": "연합뉴스", "jurisdiction": "31200"},
    "officials": [],
    "claims": [
        c("제22회 울산쇠부리축제가 5월 8 10일 달천철장과 북구청 광장에서", D, ["culture-tourism"], "plan"),
        c("달천철장에서는 울산쇠부리문화의 정체성을 담은 프로그램을, 북구청 광장에서는 울산쇠부리문화를 재해석한 프로그램을 선보인다", D, ["culture-tourism"], "plan"),
        c("정크아트 등 다양한 체험 프로그램이 준비된다", D, ["culture-tourism"], "plan"),
    ],
    "not_claims": ["울산쇠부리축제 5월 8∼10일 달천철장·북구청서 개최"],
}

D = "2026-01-29"
G["og-04-unknown-jeju.txt"] = {
    "metadata": {"headline": "제주관광공사, 한국마사회와 말(馬) 활용 특화 콘텐츠 만든다", "published": "2026-01-29T10:34:42+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "50"},
    "officials": [],
    "claims": [
        c("제주관광공사가 한국마사회 제주본부와 손잡고 말을 활용한 굿즈 제작 등 특화 콘텐츠 개발에 나선다", D, ["culture-tourism"], "plan"),
        c("제주 말 馬 문화 특화 콘텐츠 개발 및 제주관광 활성화를 위한 업무협약 을 체결했다고 29일 밝혔다", D, ["culture-tourism"], "achievement"),
        c("말 문화를 관광 자원화함으로써 제주관광의 새로운 성장 동력을 확보하기 위해 마련됐다", D, ["culture-tourism"], "statement"),
        c("말마 프렌즈 를 적극 활용해 올 한해 다양한 협업 굿즈를 선보일 예정이다", D, ["culture-tourism"], "plan"),
        c("주요 관광 거점에서 말 관련 다채로운 현장 이벤트를 개최해 제주만의 친근하고 매력적인 말 문화 경험을 선사할 계획이다", D, ["culture-tourism"], "plan"),
        c("제주가 글로벌 말 문화 관광의 메카로 도약할 수 있도록 노력하겠다", D, ["culture-tourism"], "plan", name="고승철"),
    ],
    "not_claims": ["제주관광공사, 한국마사회와 말(馬) 활용 특화 콘텐츠 만든다"],
}

D = None
YH = ["youth-policy", "housing"]
Y = ["youth-policy"]
G["og-05-appdigest-seoul.txt"] = {
    "metadata": {"headline": "서울시 청년 중개. 이사비 지원사업 시작", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "11"},
    "officials": [],
    "claims": [
        c("서울시는 청년들의 부담을 줄이기 위해 부동산 중개보수와 이사비를 지원하는 프로그램을 운영하고 있습니다", D, YH, "statement"),
        c("이 프로그램은 학업이나 구직으로 인해 이사가 잦은 청년들을 대상으로 합니다", D, Y, "statement"),
        c("올해, 서울시는 청년들의 의견을 수렴하여 프로그램을 개선했습니다", D, Y, "achievement"),
        c("첫째로, 지원 대상 기간이 2년 이상으로 확대되었습니다", D, Y, "achievement"),
        c("이는 서울로 전입하거나 서울 내 이사한 청년들이 더 많은 기회를 가질 수 있도록 한 조치입니다", D, Y, "statement"),
        c("모집 횟수가 연 1회에서 연 2회로 늘어났습니다", D, Y, "achievement"),
        c("이로써 이사 시기와 모집 기간이 일치하지 않아 기다려야 했던 청년들도 신속하게 지원을 받을 수 있게 되었습니다", D, Y, "achievement"),
        c("선정 소요기간이 단축되어 기존보다 더 신속한 지원이 가능해졌습니다", D, Y, "achievement"),
        c("이는 선정 과정을 효율적으로 개선하여 청년들이 빠르게 지원금을 받을 수 있도록 하기 위한 노력입니다", D, Y, "statement"),
        c("이 프로그램은 서울로 전입하거나 서울 내에서 이사한 만 19~39세 청년을 대상으로 합니다", D, Y, "statement"),
        c("거래금액이 2억원 이하인 주택에 거주하는 청년들이 지원 대상입니다", D, YH, "statement"),
        c("신청은 온라인으로 청년몽땅정보통에서 가능합니다", D, Y, "statement"),
        c("지원 사업명은 '청년 부동산 중개보수 및 이사비 지원사업'입니다", D, YH, "statement"),
        c("지원금액은 최대 40만 원이며, 실비로 지원됩니다", D, Y, "statement"),
        c("지원 대상자가 많을 경우 사회적 약자와 주거취약 청년을 우선으로 선발하게 됩니다", D, YH, "statement"),
    ],
    "not_claims": ["이사는 너무 어려워!", "청년 중개·이사비 40만원 지원", "🌟 서울시 부동산 지원 프로그램 개선",
                   "📓 2024년 개선사항", "그밖에 자세한 내용 및 제출서류는 청년몽땅정보통에서 확인할 수 있습니다"],
}

D = None
G["og-06-unknown-gangjin.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "46810"},
    "officials": [],
    "claims": [
        c("강진군 성전면 지역사회보장협의체(위원장 오명종)는 지난 20일 성전면 청년회와 성전면 명동마을 조병곤 씨로부터 이웃돕기 성금 150만 원을 기탁받았다", D, ["welfare"], "achievement"),
        c("기탁된 성금은 사회복지공동모금회와 연계해 복지 소외층 긴급지원 및 저소득층 주거환경 개선 등 지역 내 어려운 이웃들을 돕는 데 사용될 예정이다", D, ["welfare"], "plan"),
        c("기탁해 주신 분들께 진심으로 감사드리며, 소외된 이웃이 없도록 세심하게 살피겠다", D, ["welfare"], "plan", name="오명종"),
    ],
    "not_claims": ["이날 청년회(회장 이영수)가 50만 원, 조병곤 씨가 100만 원을 각각 기탁했다",
                   "청년회와 조병곤 씨는 매년 꾸준히 성금을 기탁하며 지역사회에서 나눔을 실천하고 있다",
                   "앞으로도 지역의 청년들이 함께 나눔에 동참하며 더 살기 좋은 성전면을 만들어 나가겠다",
                   "추운 겨울 어려운 이웃들에게 조금이나마 도움이 됐으면 좋겠다"],
}

if __name__ == "__main__":
    for name, g in G.items():
        out = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(g["claims"]))
