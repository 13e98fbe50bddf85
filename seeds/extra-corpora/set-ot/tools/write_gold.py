#!/usr/bin/env python3
"""Writes set-ot gold files and asserts every quote occurs exactly once and every not_claim occurs."""
import json, os, re

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def C(quote, policies, kind, date=None, speaker=None, speaker_name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        c["speaker_name"] = speaker_name
    return c


G = {}

D = "2026-07-15"
G["ot-01-hongcheon-pressrelease.html"] = {
    "metadata": {"headline": "홍천군, 주거 인프라 연계 돌봄서비스", "published": D, "reporter": None,
                 "outlet": None, "jurisdiction": "51720"},
    "officials": [],
    "claims": [
        C("해소에", ["welfare"], "achievement", D),
        C("예방적", ["welfare"], "statement", D),
        C("케어콜", ["welfare", "fourth-industrial-revolution"], "achievement", D),
        C("확대하겠다고", ["welfare"], "plan", D),
    ],
    "not_claims": ["홍천군, 주거 인프라 연계 돌봄서비스"],
}

D = "2026-07-20"
G["ot-02-osan-pressrelease.html"] = {
    "metadata": {"headline": "2026년 7월 20일 보도자료", "published": D, "reporter": None,
                 "outlet": None, "jurisdiction": "41370"},
    "officials": [],
    "claims": [
        C("주민 기탁과 복지 연계 사업을 지속적으로 추진하고 있다", ["welfare"], "statement", D),
        C("맞춤형 복지 서비스를 연계할 계획이다", ["welfare"], "plan", D),
        C("복지 사각지대 해소를 위한 활동을 강화한다", ["welfare"], "plan", D),
    ],
    "not_claims": ["익명의 주민이 성금 50만 원을 기탁하며", "나눔 문화 확산에 노력하겠다고 밝혔다", "보도자료(2026.7.20.누리집).hwp"],
}

G["ot-03-daedeok-pressrelease.html"] = {
    "metadata": {"headline": "대전 대덕구 회덕동, 경로당 노후 멀티탭 교체로 화재예방·탄소중립 실천", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "30230"},
    "officials": [],
    "claims": [
        C("생활 속 탄소중립 실천을 확산하기 위해", ["climate-carbon", "disaster-safety"], "achievement"),
        C("탄소중립생활실천연대 사업과 연계해 운영됐으며", ["climate-carbon"], "statement"),
        C("지원 범위를 단계적으로 확대할 계획이라고 설명했다", ["welfare", "disaster-safety"], "plan"),
    ],
    "not_claims": ["경로당 노후 멀티탭 교체로 화재예방·탄소중립 실천"],
}

G["ot-04-donghae-pressrelease.html"] = {
    "metadata": {"headline": "동해시, 시민 제안 34건 시정에 담는다", "published": None, "reporter": None,
                 "outlet": None, "jurisdiction": "51170"},
    "officials": [],
    "claims": [
        C("접수된 시민 제안을 시정 운영에 적극 반영한다", ["citizen-participation"], "plan"),
        C("시청 홈페이지를 통해 시민 제안을 접수했으며", ["citizen-participation"], "achievement"),
        C("시정 전반에 걸친 정책 아이디어를 담고 있었다", ["citizen-participation"], "statement"),
        C("시민이 체감하는 참여행정을 실현해 나갈 계획이라고 밝혔다", ["citizen-participation"], "plan"),
    ],
    "not_claims": ["동해시, 시민 제안 34건 시정에 담는다"],
}

G["ot-05-taebaek-pressrelease.html"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "51190"},
    "officials": ["lee-sang-ho"],
    "claims": [
        C("필리핀 마발라캇시 대표단이", ["agriculture"], "plan"),
        C("대표단은 농가와 숙소를 방문해 근무환경을 점검하고", ["agriculture"], "plan"),
        C("보다 안정적이고 발전적인 운영체계 구축 방안을 논의할 계획이다", ["agriculture"], "plan"),
        C("안정적인 인력 수급체계 구축에 최선을 다하겠다고 설명했다", ["agriculture"], "plan"),
    ],
    "not_claims": [],
}

G["ot-06-cheorwon-pressrelease.html"] = {
    "metadata": {"headline": "꽃잎 가득한 와수마을, 봄꽃 마실 축제 개최", "published": None, "reporter": None,
                 "outlet": None, "jurisdiction": "51780"},
    "officials": [],
    "claims": [
        C("봄꽃 마실 축제가 와수시가지 회전교차로 일원에서 진행된다", ["culture-tourism"], "plan"),
        C("특별한 하루를 선사할 예정이다", ["culture-tourism"], "plan"),
        C("지역 상권 활성화와 공동체 회복을 위해 행사를 준비했으며", ["culture-tourism", "small-merchants"], "plan"),
        C("축제와 문화 행사를 지속적으로 지원하겠다고 밝혔다", ["culture-tourism"], "plan"),
    ],
    "not_claims": ["꽃잎 가득한 와수마을, 봄꽃 마실 축제 개최"],
}

HAN = "한원모"
G["ot-07-asianews-gangdong.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "장세희", "outlet": "아시아뉴스통신",
                 "jurisdiction": "11740"},
    "officials": ["lee-jeong-hun"],
    "claims": [
        C("‘독거 어르신께 달려가는 성내1동 짜장Day’ 사업을 시행한다", ["welfare"], "plan"),
        C("저소득 독거 어르신들의 우울증과 결식 가능성을 방지하기 위해 추진되었다", ["welfare"], "statement"),
        C("'비대면 배달서비스' 방식을 통해 어르신 식사 대접을 진행한다", ["welfare"], "plan"),
        C("회원들의 자발적 참여로 음식조리(짜장면 및 탕수육)와 비대면 배달서비스 등이 이루어진다", ["welfare"], "statement"),
        C("담당 복지플래너를 통해 어르신 건강 안부확인과 배달일정 안내 등이 함께 이루어질 예정이다", ["welfare"], "plan"),
        C("독거어르신들께 조금이나마 힘이 되길 바란다", ["welfare"], "statement", speaker_name=HAN),
        C("주민들이 마음 편히 복지서비스를 누릴 수 있도록 노력하겠다", ["welfare", "public-health"], "plan", speaker_name=HAN),
        C("독거어르신 식사대접 행사(이상 성내1동 짜장Day)의 연속적 성격을 띤다", ["welfare"], "statement"),
        C("저소득 독거 어르신 총 240명을 대상으로", ["welfare"], "achievement"),
    ],
    "not_claims": ["[아시아뉴스통신=장세희 기자]"],
}

G["ot-08-nabiyam-gangseo.txt"] = {
    "metadata": {"headline": "나눔비타민-강서구-건협, 결식 우려 아동 지원을 위한 업무협약 체결", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "11500"},
    "officials": ["jin-gyo-hun"],
    "claims": [
        C("결식 우려 아동 지원을 위한 업무협약을 체결했다", ["welfare"], "achievement"),
        C("구는 결식이 우려되는 저소득 가정 아동을 발굴·선정하는 등 행정적 지원을", ["welfare"], "plan"),
    ],
    "not_claims": ["나눔비타민-강서구-건협, 결식 우려 아동 지원을 위한 업무협약 체결",
                   "지역 상권 활성화를 위한 모바일 식권 플랫폼"],
}


def collapse(t):
    return re.sub(r"\s+", " ", t).strip()


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "gold"), exist_ok=True)
    total = 0
    for name, g in G.items():
        text = collapse(open(os.path.join(HERE, "articles", name), encoding="utf-8").read())
        for c in g["claims"]:
            n = text.count(collapse(c["quote"]))
            assert n == 1, (name, c["quote"], n)
        for nc in g["not_claims"]:
            assert collapse(nc) in text, (name, nc)
        out = {"article": name, **g}
        with open(os.path.join(HERE, "gold", name + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
        total += len(g["claims"])
        print(name, len(g["claims"]))
    print("total claims", total)
