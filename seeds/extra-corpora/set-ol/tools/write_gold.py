"""Write set-ol's gold files (hand annotation) and assert each quote occurs once (whitespace collapsed)."""
import json, re
from pathlib import Path

SET = Path(__file__).resolve().parent.parent

def C(quote, date, policies, kind, speaker=None, speaker_name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        c["speaker_name"] = speaker_name
    return c

GOLD = {
  "ol-01-gwangju.html": {
    "metadata": {"headline": "광주 인공지능인들, AI산업 상생발전 다짐", "published": "2025-12-05T17:09+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "29"},
    "officials": ["kang-gi-jung"],
    "claims": [
      # the only clean parts of the lead are repeated in og:description; the quote has to hold the page's entity
      C("인공지능인의 날&rsquo;을 열고, 지역 인공지능산업 발전에 기여한 종사자들을 격려했다", "2025-12-05",
        ["fourth-industrial-revolution"], "statement"),
      C("지역 인공지능산업 발전을 위해 노력해 온 관계자들이 한자리에 모여 성과를 공유하고", "2025-12-05",
        ["fourth-industrial-revolution"], "statement"),
      C("협회는 인공지능산업 생태계 조성과 상호 협력 기반 마련을 위한 활동을 지속하고 있다", "2025-12-05",
        ["fourth-industrial-revolution"], "statement"),
      C("이날 행사에서는 인공지능산업 발전에 기여한 유공자들을 표창했다", "2025-12-05",
        ["fourth-industrial-revolution"], "achievement"),
      C("짧은 시간에 광주가 큰 성과를 이뤄냈다", "2025-12-05",
        ["fourth-industrial-revolution"], "achievement", speaker_name="김영문"),
      C("실증과 융합을 통해 실질적 가치를 창출하는 시대를 선도해 나가길 바란다", "2025-12-05",
        ["fourth-industrial-revolution"], "plan", speaker_name="김영문"),
    ],
    "not_claims": [
      "광주 인공지능인들, AI산업 상생발전 다짐",
      "지역 AI생태계 협력 강화…실증도시 광주 도약 기반 마련",
      "김영문 광주시문화경제부시장이 5일 북구 오룡동 인공지능산업융합사업단 컨퍼런스홀에서 열린",
      "오상진 인공지능산업융합사업단장 등 인공지능 관련 산",
      "165개 기업",
      "15명이 광주시장 표창을 받았다",
      "광주광역시는 2026~2045년 도시교통종합계획 수립을 위해 시민 의견을 조사하고 있습니다.",
      "광주시, 관광공사 사장 후보에 정재영씨 내정",
    ],
  },
  "ol-02-shinan.html": {
    "metadata": {"headline": "신안군, 의료·요양·돌봄 통합지원 시범사업 통합지원회의 개최..\"통합지원계획 검토 및 서비스 연계 방안 집중 논의\"",
                 "published": "2025-12-12T17:44+09:00", "reporter": None, "outlet": None, "jurisdiction": "46910"},
    "officials": [],
    "claims": [
      C("신안군은 12월 12일 신안군보건소 회의실에서", "2025-12-12", ["welfare", "public-health"], "statement"),
      C("이번 회의는 내년 3월부터 전국적으로 시행될 의료·요양·돌봄 통합지원사업에 선제적으로 대응하고", "2025-12-12",
        ["welfare", "public-health"], "statement"),
      C("통합판정 결과를 토대로 대상자의 건강 상태, 돌봄 욕구, 생활 환경을 종합 검토해", "2025-12-12",
        ["welfare"], "statement"),
      C("군은 통합지원회의를 정기적으로 개최해", "2025-12-12", ["welfare"], "plan"),
      C("이번 회의는 신안형 통합돌봄체계를 구축하는 중요한 시작점", "2025-12-12", ["welfare"], "statement"),
      C("통합지원 기반을 더욱 촘촘히 만들어가겠다", "2025-12-12", ["welfare"], "plan"),
    ],
    "not_claims": [
      "통합지원계획 검토 및 서비스 연계 방안 집중 논의",
      "회의에는 보건소, 7개 읍면 담당자, 군청 노인건강과",
      "자료제공: 노인건강과 노인복지팀",
    ],
  },
  "ol-03-naju.html": {
    "metadata": {"headline": "꽃소마루 나주혁신점-빛가람동, ‘한돈·가족 외식권 후원’ 협약", "published": "2025-12-05T16:40+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "46170"},
    "officials": [],
    "claims": [
      C("빛가람동(동장 김귀남)은 지난 2일 꽃소마루 나주혁신점(대표 송한기)과", "2025-12-02", ["welfare"], "achievement"),
      C("이날 협약에 따라 꽃소마루 나주혁신점은", "2025-12-02", ["welfare"], "plan"),
      C("취약계층 아동들이 건강하고 행복하게 자랄 수 있도록 세심한 지원을 이어 나가겠다", "2025-12-02",
        ["welfare"], "plan", speaker_name="김귀남"),
    ],
    "not_claims": [
      "내년 12월까지 지역아동센터 3곳에 780만 원 상당 한돈 지원",
      "위탁·조손가정 3곳에 270만 원 상당 가족 외식권 후원키로",
      "어려운 환경에 처한 아이들에게 조금이나마 도움이 되고자 후원을 결정했다",
      "앞으로도 지역의 아동복지 향상을 위해 나눔 활동을 지속적으로 추진하겠다",
      "따뜻하고 든든한 한 끼가 아이들의 건강한 성장과 발달에 큰 힘이 된다",
      "나주시 빛가람동은 지난 2일 꽃소마루 나주혁신점과 매월",
    ],
  },
}

col = lambda s: re.sub(r"\s+", " ", s).strip()
for name, g in GOLD.items():
    text = col((SET / "articles" / name).read_text(encoding="utf-8", errors="replace"))
    for c in g["claims"]:
        n = text.count(col(c["quote"]))
        assert n == 1, (name, c["quote"], n)
    for q in g["not_claims"]:
        assert col(q) in text, (name, q)
    out = {"article": name, **g}
    (SET / "gold" / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(name, len(g["claims"]))
