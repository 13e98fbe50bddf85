"""Write set-pb's gold files; assert each quote occurs exactly once (whitespace collapsed) and each not_claim occurs."""
import json
import re
from pathlib import Path

SET = Path(__file__).resolve().parents[1]


def C(quote, date, policies, kind, speaker=None, speaker_name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        c["speaker_name"] = speaker_name
    return c


GOLD = {
    "pb-01-damyang-pressrelease.html": {
        "metadata": {"headline": "담양군 누리집, 과학기술정보통신부 ‘웹 접근성 품질인증 마크’ 인증",
                     "published": "2025-12-11", "reporter": None, "outlet": None, "jurisdiction": "46710"},
        "officials": ["jeong-cheol-won"],
        "claims": [
            C("딥러닝 기술 도입으로 누리집의 여러 정보를 쉽게 찾을 수 있도록 하는 등 사용성 개선에 노력해 왔다",
              "2025-12-11", ["fourth-industrial-revolution"], "achievement"),
            C("단순한 정보제공을 넘어 인공지능 등 다양한 기술을 활용한 양방향 소통 공간으로 기능을 확장했다",
              "2025-12-11", ["fourth-industrial-revolution", "citizen-participation"], "achievement"),
            C("앞으로도 군민과 소통하는 담양을 위해 누리집을 지속 개선하겠다",
              "2025-12-11", ["citizen-participation"], "plan"),
        ],
        "not_claims": [
            "품질 인증 마크를 획득했다고 11일 밝혔다",
            "정보를 비장애인과 동등하게 접근하고 이용할 수 있도록 보장하는",
            "누리집 운영 과정에서 발생할 수 있는 개인정보 유출 위험을 줄이고",
            "인공지능(AI) 기능 확대 및 사용자 편의성 향상",
        ],
    },
    "pb-02-gangjin-pressrelease.html": {
        "metadata": {"headline": "“새로 열린 기차 타고 강진 가자”",
                     "published": "2025-12-10", "reporter": None, "outlet": None, "jurisdiction": "46810"},
        "officials": [],
        "claims": [
            C("관광·MICE·레저 분야 종사자 30여명이 참여한 가운데 지난 7일 성공적으로 마무리됐다",
              "2025-12-07", ["culture-tourism"], "achievement"),
            C("1박2일 일정으로 두 차례 시범 운영한 뒤 내년부터는 4계절 철도여행상품으로 확대 개발할 예정이다",
              "2025-12-10", ["culture-tourism"], "plan"),
            C("강진의 철도관광의 가능성을 직접 확인할 수 있는 기회였다",
              "2025-12-10", ["culture-tourism"], "achievement", speaker_name="김기태"),
            C("강진의 축제와 연계한 4계절 철도상품을 개발할 계획",
              "2025-12-10", ["culture-tourism"], "plan", speaker_name="김기태"),
            C("정책에 발맞춰 강진관광 경쟁력을 강화하고 신규 관광객 유입 가능성을 넓힌 사례라는 평가를 받고 있다",
              "2025-12-10", ["culture-tourism"], "achievement"),
            C("후속 사업을 추진해 강진 관광 브랜드 가치를 지속적으로 높일 계획이다",
              "2025-12-10", ["culture-tourism"], "plan"),
        ],
        "not_claims": [
            "관광·MICE·레저 전문가들 1박2일 강진 매력 체험",
            "전문가 그룹이 강진군의 관광 자원을 직접 체험했다",
            "강진의 자연·문화·역사 콘텐츠를 폭넓게 경험했다",
            "향후 MICE 단체 프로그램으로도 충분한 경쟁력이 있다",
            "관광 홍보 영상 촬영지로 적극 추천하고 싶다",
            "철도 기반 이동은 접근성을 크게 높여준다",
            "강진의 자연환경은 파크골프 단체 관광과도 잘 맞을 것",
            "남도해양열차와 연계한 부산 관광객 초청 팸투어에서 참가자들이 가우도 앞에서 자리를 함께 했다",
        ],
    },
    "pb-03-gyeongbuk-pressrelease.html": {
        "metadata": {"headline": "경북도, 하수 중 항생제 내성균 및 내성 유전자 조사 결과 발표",
                     "published": "2026-01-07T14:11+09:00", "reporter": None, "outlet": None, "jurisdiction": "47"},
        "officials": [],
        "claims": [
            C("도내 8개 지역 하수처리장의 유입수를 대상으로 유전자 정밀 분석",
              "2026-01-07", ["public-health"], "achievement"),
            C("기존의 환자·의료기관 중심의 감시체계를 보완한",
              "2026-01-07", ["public-health"], "statement"),
            C("연구 대상은 도내 8개 하수처리장 유입수로, 지난해 3월과 7월에 각각 4주간 채수한 시료를 대상으로 진행되었다",
              "2026-01-07", ["public-health"], "statement"),
            C("이번 연구에서 항생제 내성균은 62종, 항생제 내성 유전자는 265종이 존재함을 확인했고",
              "2026-01-07", ["public-health"], "achievement"),
            C("이번 연구 결과는 지역사회 항생제 내성균에 대한 선제적 대응 전략을 수립하는 데 기초자료로 활용할 예정이다",
              "2026-01-07", ["public-health"], "plan", speaker_name="이창일"),
        ],
        "not_claims": [
            "하수 분석을 통한 도내 항생제 내성균 분포 특성 확인",
            "검출 빈도가 상대적으로 높은 항생제 내성균은 시트로박터",
            "봄철에 비해 항생제 내성 유전자의 확산 잠재력이 높아진 것으로 분석되었다",
            "경북도, 노지 스마트기술 융복합 확산사업 2년 연속 선정",
        ],
    },
    "pb-04-jeonnam-pressrelease.html": {
        "metadata": {"headline": "해수부 복합해양레저관광도시 공모에 여수시 선정",
                     "published": "2025-12-09", "reporter": None, "outlet": None, "jurisdiction": "46"},
        "officials": [],
        "claims": [
            C("해양수산부의 ‘복합해양레저관광도시 조성사업’ 공모에서 여수시가 선정됐다고 밝혔다",
              "2025-12-09", ["culture-tourism"], "achievement"),
            C("글로벌 해양레저관광도시 육성을 목표로 진행됐으며",
              "2025-12-09", ["culture-tourism"], "statement"),
            C("8천억 원 이상의 민간자본을 유치하고, 재정사업비 2천억 원을 더해",
              "2025-12-09", ["culture-tourism", "investment-attraction"], "statement"),
            C("지난 7월에 2개소를 선정했으며, 이번에 추가로 1개소를 선정했다",
              "2025-12-09", ["culture-tourism"], "achievement"),
            C("투자액의 50% 이상은 관광형 숙박시설과 해양레저 상업시설에 투입돼야 한다",
              "2025-12-09", ["culture-tourism", "investment-attraction"], "statement"),
            C("재정사업은 정부와 지방자치단체가 50대 50 매칭 방식으로 지원한다",
              "2025-12-09", ["culture-tourism"], "statement"),
            C("관광형 숙박시설 등을 건립하는 사업계획을 마련하고 공모에 참여했다",
              "2025-12-09", ["culture-tourism", "investment-attraction"], "achievement"),
            C("조성 기본계획 수립 용역’을 완료했다",
              "2025-12-09", ["culture-tourism"], "achievement"),
            C("국회와 협력하며 공모사업 선정에 온 힘을 기울였다",
              "2025-12-09", ["culture-tourism"], "statement"),
            C("세계적 해양관광도시로 도약할 기회를 마련하게 됐다",
              "2025-12-09", ["culture-tourism"], "achievement"),
            C("복합해양레저관광도시 공모사업 선정을 도민과 함께 열렬히 환영한다",
              "2025-12-09", ["culture-tourism"], "achievement", speaker_name="김규웅"),
            C("해양레저관광도시로 그 발길이 계속되게 하겠다",
              "2025-12-09", ["culture-tourism"], "plan", speaker_name="김규웅"),
            C("기본계획수립 용역 추진과 해수부 승인을 통해 사업계획을 확정하고",
              "2025-12-09", ["culture-tourism"], "plan"),
            C("2040년까지 관광객 3천500만 명, 관광 수입 5조 원, 고용 창출 1만 5천 명으로",
              "2025-12-09", ["culture-tourism", "jobs"], "target"),
        ],
        "not_claims": [
            "인프라·투자연계 등 강점…글로벌 해양레저관광 허브 기대",
            "무술목·경도·돌산·여수세계박람회장 등 일원 1조980억 투입",
            "섬해양정책과장 박태건 286-6710",
            "전남도-금호타이어, 함평에 미래형 스마트 타이어 생산기지",
        ],
    },
    "pb-05-mokpo-pressrelease.html": {
        "metadata": {"headline": "목포향기나는교회, 유달동 어려운 이웃에 온수매트 전달",
                     "published": "2025-12-09", "reporter": None, "outlet": None, "jurisdiction": "46110"},
        "officials": [],
        "claims": [
            C("동절기는 취약계층에게 더욱 힘든 시기인 만큼 복지사각지대 해소에 최선을 다하겠다",
              "2025-12-08", ["welfare"], "plan", speaker_name="김일섭"),
        ],
        "not_claims": [
            "저소득 취약계층을 위해 온수매트 6개(60만 원 상당)를 유달동 행정복지센터에 기탁하며",
            "6세대를 방문해 설치를 도와드리고, 안전한 사용을 위한 설명까지 제공하는 등 세심한 지원이 이뤄졌다",
            "이번 겨울을 따뜻하게 보내는 데 작게나마 보탬이 되기를 바란다",
            "따뜻한 나눔을 실천해주신 교회 관계자분들께 깊이 감사드린다",
            "2015년부터 연탄, 온수매트, 상품권 등 다양한 물품을 꾸준히 기부하며",
        ],
    },
}


def collapse(t):
    return re.sub(r"\s+", " ", t).strip()


def main():
    (SET / "gold").mkdir(exist_ok=True)
    for name, g in GOLD.items():
        text = collapse((SET / "articles" / name).read_text(encoding="utf-8", errors="replace"))
        for c in g["claims"]:
            n = text.count(collapse(c["quote"]))
            assert n == 1, (name, c["quote"], n)
        for nc in g["not_claims"]:
            assert collapse(nc) in text, (name, nc)
        out = {"article": name, **g}
        (SET / "gold" / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(name, len(g["claims"]))


if __name__ == "__main__":
    main()
