"""Write set-nz gold files (hand annotation)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, date, policies, kind, speaker=None, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


G = {}
P = "2021-10-16"
G["nz-01-suwon.txt"] = dict(
    metadata=dict(headline="‘역경을 뒤집으면 경력, 고민보다 고(GO)!’", published=P, reporter=None, outlet=None,
                  jurisdiction="41110"),
    officials=[],
    claims=[
        c("수원시 팔달여성새로일하기센터가 오는 18일부터 29일까지 경력단절 예방 사진전", P, ["jobs"], "plan"),
        c("경력단절 여성들의 재취업 의지를 고취하기 위해 마련한 이번 사진전은", P, ["jobs"], "plan"),
        c("팔달새일센터의 다양한 취업 지원 프로그램에 참여한 경력단절 여성들의 활동 모습을 담은 사진 130점이 전시된다", P, ["jobs"], "statement"),
        c("△나의 발자취(구인·구직 상담, 찾아가는 새일센터 등)", P, ["jobs"], "statement"),
        c("이번 사진전이 경력단절을 경험한 여성들에게 희망과 용기를 전달할 수 있길 바란다", P, ["jobs"], "statement"),
        c("경력단절 여성들의 재취업 의지를 높이고, 맞춤형 취업 지원 서비스를 제공하기 위해 최선을 다하겠다", P, ["jobs"], "plan"),
        c("지난 2013년 2월 문을 연 팔달여성새로일하기센터는", P, ["jobs"], "statement"),
    ],
    not_claims=["온라인 사진전은 4개 코너로 구성됐다"],
)

P = "2026-07-21"
E = "2026-07-16"
G["nz-02-taean.html"] = dict(
    metadata=dict(headline="주민의 손으로 직접 그리는 우리 마을의 내일", published=P, reporter=None, outlet="태안군",
                  jurisdiction="44825"),
    officials=[],
    claims=[
        c("태안군이 주민 스스로 살기 좋은 마을을 만들고, 지역 공동체에 활력을 불어넣기 위해 본격적인 배움의 장을 열었다", E,
          ["citizen-participation"], "achievement"),
        c("‘2026년 태안군 마을대학 개강식’을 개최했다고 밝혔다", E, ["citizen-participation"], "statement"),
        c("태안군 마을대학은 주민들이 마을 공동체의 중요성을 이해하고", P, ["citizen-participation"], "statement"),
        c("올해 교육은 7월 16일부터 8월 13일까지 주 1회씩 총 5회에 걸쳐 진행된다", P, ["citizen-participation"], "plan"),
        c("이번 마을대학 프로그램은 마을 공동체의 이해, 갈등관리와 소통법", P, ["citizen-participation"], "statement"),
        c("이번 마을대학을 통해 싹튼 주민들의 아이디어가 태안군 전역 마을을 활성화하는 소중한 밑거름이 되도록 힘쓰겠다", P,
          ["citizen-participation"], "plan"),
    ],
    not_claims=["주민의 손으로 직접 그리는 우리 마을의 내일", "공공누리 조건에 따라 이용할 수 있습니다"],
)

G["nz-03-muan.html"] = dict(
    metadata=dict(headline="무안군, 벼 병해충 예찰·중점 방제 지도 총력", published=None, reporter=None, outlet="무안군",
                  jurisdiction="12810"),
    officials=[],
    claims=[
        c("27일간을 벼 병해충 기본방제기간으로 정하고, 병해충 예찰과 방제 지도, 적기 이삭거름 시용 지도에 총력을 기울이고 있다", None,
          ["agriculture"], "statement"),
        c("주요 병해와 멸구류, 혹명나방, 먹노린재 등을 중점 방제 대상으로 정하고 집중적인 예찰과 방제 지도에 나서고 있다", None,
          ["agriculture"], "statement"),
        c("농가에서는 적기 방제와 이삭거름 시용에 각별히 신경 써 달라고 당부했다", None, ["agriculture"], "statement"),
    ],
    not_claims=["잦은 강우와 고온에 병해충 우려… 농가 적기 방제 당부",
                "평균기온이 평년보다 높고 고온·다습한 날씨가 이어질 것으로 전망된다"],
)

G["nz-04-joongboo.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="장학인", outlet="중부일보", jurisdiction="41820"),
    officials=[],
    claims=[
        c("가평군은 오는 10월 말까지 만 19세 이상 성인 900여 명을 대상으로 ‘2018년 지역사회 건강조사’를 실시한다", None,
          ["public-health"], "plan"),
        c("지역보건의료 계획 및 건강정책 수립에 필요한 건강통계 산출을 위해 실시하는 이번 조사는", None, ["public-health"], "statement"),
        c("건강조사에서는 흡연, 음주, 신체활동 등 건강행태와 예방접종여부", None, ["public-health"], "plan"),
        c("조사된 모든 내용은 건강도시 가평군의 보건의료사업을 시행하기 위한 기초자료로 지역주민의 건강수준 향상에 기여할 것", None,
          ["public-health"], "statement"),
    ],
    not_claims=["장학인기자", "저작권자 © 중부일보 무단전재 및 재배포 금지"],
)

G["nz-05-gochang.html"] = dict(
    metadata=dict(headline="심덕섭 군수, 국가예산 및 현안사업 확보 ‘총력’", published="2026-07-21", reporter=None, outlet="고창군",
                  jurisdiction="52790"),
    officials=["sim-deok-seop"],
    claims=[
        c("농어촌 생활 인프라 개선, 지역 균형 발전 사업, 주민 안전 확보를 위한 재난 예방 사업 등 군민 생활과 밀접한 사업 지원 필요성을 설명했다",
          "2026-07-20", ["agriculture", "decentralization", "disaster-safety"], "statement", speaker="sim-deok-seop"),
    ],
    not_claims=["심덕섭 군수, 국가예산 및 현안사업 확보 ‘총력’",
                "2027년도 국가예산사업과 핵심 현안사업 예산 반영을 위한 행보에 나섰다",
                "고창읍 우회도로 개설공사의 국도·국지도 건설계획 예타 통과를 건의했다",
                "국가예산 확보와 현안 해결에 총력을 기울일 계획이라고 밝혔다"],
)

G["nz-06-gongju.html"] = dict(
    metadata=dict(headline="공주시, 행정안전부 재난관리평가 우수기관 선정", published=None, reporter=None, outlet="공주시",
                  jurisdiction="44150"),
    officials=[],
    claims=[
        c("공주시는 행정안전부가 실시한 재난관리평가에서 우수기관으로 선정됐다고 밝혔다", None, ["disaster-safety"], "achievement"),
        c("공주시는 현장 중심의 안전관리 체계와 시민 참여형 재난 예방 활동에서 좋은 평가를 받았다", None, ["disaster-safety"], "achievement"),
        c("시는 앞으로도 재난 취약시설 점검과 시민 안전교육을 강화하고", None, ["disaster-safety"], "plan"),
    ],
    not_claims=["공주시, 행정안전부 재난관리평가 우수기관 선정"],
)

P = "2026-07-21"
G["nz-07-nonsan.html"] = dict(
    metadata=dict(headline="논산시, 탑정호 음악분수 21일부터 운영 재개", published=P, reporter=None, outlet="논산시",
                  jurisdiction="44230"),
    officials=[],
    claims=[
        c("논산시는 지난 6월 임시 중단했던 탑정호 음악분수 운영을 21일부터 재개한다고 밝혔다", P, ["culture-tourism"], "plan"),
        c("논산의 대표 관광 콘텐츠로 방문객들에게 시원한 볼거리와 휴식 공간을 제공하고 있다", P, ["culture-tourism"], "statement"),
        c("음악분수 운영을 일시 중단한 바 있다", P, ["culture-tourism"], "statement"),
        c("운영은 매주 화요일부터 일요일까지이며", P, ["culture-tourism"], "statement"),
        c("많은 시민과 관광객들이 탑정호 음악분수를 다시 찾아 시원한 공연과 아름다운 야간 경관을 즐기길 바란다고 밝혔다", P,
          ["culture-tourism"], "statement"),
    ],
    not_claims=["평일 2회·주말 및 공휴일 3회 운영…낮과 밤 모두 즐기는 명소로", "논산시, 탑정호 음악분수 21일부터 운영 재개"],
)

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, g in G.items():
        out = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(g["claims"]))
