"""Write set-od's gold files (hand annotation; this script only serialises it)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, policies, kind, date, speaker=None, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


D1 = "2026-01-29"
D3 = "2025-08-03"
D4 = "2018-11-18"
D6 = "2024-11-08"
CT, DS, PH, MI = ["culture-tourism"], ["disaster-safety"], ["public-health"], ["medical-industry"]

GOLDS = [
    {
        "article": "od-01-gangneung.txt",
        "metadata": {"headline": "겨울 강릉의 진짜 매력 '대관령 옛길'…\"눈꽃이 길이 되는 곳\"",
                     "published": "2026-01-29T10:35:55+09:00", "reporter": None, "outlet": None,
                     "jurisdiction": "51150"},
        "officials": [],
        "claims": [
            c("2월의 추천 여행지로 대관령 옛길을 선정했다고 29일 밝혔다", CT, "achievement", D1),
            c("시는 이에 2026 2027 강릉 방문의 해 를 맞아", CT, "achievement", D1),
            c("월별 추천 여행지를 지속해 선보일 계획 이라고 말했다", CT, "plan", D1, speaker_name="엄금문"),
        ],
        "not_claims": [
            "눈꽃이 길이 되는 곳",
            "겨울 강릉 관광의 본모습을 가장 선명하게 느낄 수 있다",
            "걷기 여행명소로 자리 잡고 있다",
            "누구나 겨울 트레킹을 즐길 수 있다",
            "여행 만족도를 높이는 핵심 요소로 자리하고 있다",
        ],
    },
    {
        "article": "od-02-jeju.txt",
        "metadata": {"headline": "제주 올해 입도객 100만명 돌파…설연휴로 상승세 지속 전망",
                     "published": "2026-01-29T10:35:16+09:00", "reporter": None, "outlet": None,
                     "jurisdiction": "50"},
        "officials": [],
        "claims": [
            c("올해 제주 입도객이 지난 28일 기준 100만명을 넘어섰다", CT, "achievement", D1),
            c("가족 단위 여행객이 늘고 소규모 자유여행이 확산한 영향이 컸던 것으로 보고 있다", CT, "statement", D1),
            c("1분기 관광시장에 활력을 불어넣을 것으로 기대하고 있다", CT, "statement", D1),
            c("시장별 맞춤형 전략으로 내실 있는 성장을 도모할 방침", CT, "plan", D1),
        ],
        "not_claims": [
            "설연휴로 상승세 지속 전망",
            "최근 3년간 입도객 100만명 돌파일은",
        ],
    },
    {
        "article": "od-03-yonhap-muan.txt",
        "metadata": {"headline": "극한호우에 전남 무안·함평 침수…주민 대피령", "published": "2025-08-03",
                     "reporter": "김혜인", "outlet": "연합뉴스", "jurisdiction": "46840"},
        "officials": [],
        "claims": [
            c("고 긴급 재난문자를 발송했다", DS, "statement", D3),
            c("라는 안전문자를 발송했다", DS, "statement", D3),
            c("함평군도 오후 8시 33분께", DS, "statement", D3),
            c("대피 현황을 파악하고 있다", DS, "statement", D3),
            c("침수 피해를 최소화할 수 있도록 예의주시하겠다", DS, "plan", D3),
        ],
        "not_claims": [
            "주민 대피령",
            "침수가 일어나 주민들이 대피하고 있다",
            "이날 1시간 최대 강수량은",
        ],
    },
    {
        "article": "od-04-sokcho.txt",
        "metadata": {"headline": "여성안심귀갓길..범죄 예방 효과 '톡톡'", "published": "2018-11-18",
                     "reporter": "조기현", "outlet": None, "jurisdiction": "42210"},
        "officials": [],
        "claims": [
            c("순찰을 강화하는 '여성안심귀갓길' 제도를 운영하고 있는데요", DS, "statement", D4),
            c("범죄 발생율이 크게 줄어든 것으로 나타나면서", DS, "achievement", D4),
            c("경찰들이 순찰차량을 이용해 골목길을 수시로 순찰하고 있기 때문입니다", DS, "statement", D4),
            c("경찰 분들이 옆에 있다는 생각에 안심이 되기도 했습니다", DS, "statement", D4),
            c("전국 처음으로 시행한 여성안심귀갓길 제도가 큰 효과를 거두고 있습니다", DS, "achievement", D4),
            c("LED 조명을 바닥에 비추는 로고젝터를 설치하고, 순찰을 강화하기 시작했습니다", DS, "achievement", D4),
            c("성폭력 범죄는 66.7%, 절도는 35.3%가 감소했습니다", DS, "achievement", D4),
            c("대구 수성구와 서울 도봉구에서도 여성안심귀갓길 제도를 도입했습니다", DS, "achievement", D4),
            c("범죄 예방효과가 큰 것으로 나타났습니다", DS, "achievement", D4),
            c("20개소에 추가 설치할 계획입니다", DS, "target", D4),
            c("치안 만족도를 높이는 효과가 입증된 셈입니다", DS, "achievement", D4),
        ],
        "not_claims": [
            "범죄 예방 효과 '톡톡'",
            "조기현 기자가 보도합니다",
            "학원에 갈 때마다 걱정이 많았습니다",
            "요즘엔 걱정을 덜었습니다",
        ],
    },
    {
        "article": "od-05-suseong.txt",
        "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None,
                     "jurisdiction": "27260"},
        "officials": ["bae-gwang-sik"],
        "claims": [
            c("보건소장 자리가 공석인 가운데 후임자를 놓고", PH, "statement", None),
            c("최근 실시한 개방직 보건소장 공모에 8명의 후보가 신청했다", PH, "statement", None),
            c("서로 자신의 직군에서 소장이 배출돼야 한다고 주장하고 있어", PH, "statement", None),
            c("보건소장에 의사를 우선적으로 선발해야 한다", PH, "plan", None),
            c("큰 의미가 없다", PH, "criticism", None),
            c("7명으로 이미 심사위원회를 꾸려 놨다", PH, "achievement", None),
            c("임기 2년의 소장을 결정하기로 했다", PH, "plan", None),
            c("구에서는 심사위원회에 결정을 맡겼다", PH, "statement", None, speaker="bae-gwang-sik"),
            c("신임 보건소장을 결정해 오면 그대로 따르겠다", PH, "plan", None, speaker="bae-gwang-sik"),
        ],
        "not_claims": [
            "의사직 5명, 간호직 1명, 보건직 공무원 2명 등으로 나뉜다",
            "유력한 후보로 거론되면서 양 직군의 자존심 경쟁으로",
        ],
    },
    {
        "article": "od-06-tf-siheung.txt",
        "metadata": {"headline": "시흥시, 강원바이오엑스포서 바이오 특화단지 공동정책관 운영",
                     "published": "2024-11-08T14:23:00+09:00", "reporter": None, "outlet": "더팩트",
                     "jurisdiction": "41390"},
        "officials": [],
        "claims": [
            c("전국 5개 바이오 특화단지(인천·경기시흥, 강원, 대전, 경북, 전남화순) 공동정책관에 참여해", MI, "statement", D6),
            c("특화단지 간 연계·협력을 강화할 수 있어 의미가 크다", MI, "statement", D6),
            c("세계 1위 바이오 메가 클러스터 조성에 박차를 가하는 계기가 됐다", MI, "achievement", D6),
        ],
        "not_claims": [
            "7일 춘천송암스포츠타운에서 개막했다",
        ],
    },
]

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for g in GOLDS:
        (GOLD / (g["article"] + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(g["claims"]) for g in GOLDS), "claims in", len(GOLDS), "files")
