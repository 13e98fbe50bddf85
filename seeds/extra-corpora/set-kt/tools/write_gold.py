"""Write set-kt's gold files. Claim tuples: (quote, speaker, date, policies, kind[, speaker_name])."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"
H, N, M, C, S = "heo-tae-jeong", "noh-gwan-gyu", "choi-min-ho", "myeong-hyeon-gwan", "park-byeong-gyu"
ST, IA, EN, AG, CT = "startup-support", "investment-attraction", "energy-transition", "agriculture", "culture-tourism"
HO, YO, JO, PT = "housing", "youth-policy", "jobs", "public-transit"

G = {
    "kt-01-kmib.txt": dict(
        meta=("대전시, 기술창업 생태계 조성 위해 팔 걷어 붙였다", "2018-09-13T14:24+09:00", None, None, "30"),
        officials=[H],
        claims=[
            ("창업생태계의 조성과 기술기반 혁신창업 육성에 행정력을 집중한다", None, "2018-09-13", [ST], "plan"),
            ("민간 창업전문가들이 주도하는 대전형 창업생태계 조성에 나선다고", None, "2018-09-13", [ST], "plan"),
            ("보유 자원을 효율적으로 연계하지 못했다는 지적을 받았다", None, "2018-09-13", ["research-development", ST], "criticism"),
            ("창업 촉진 조례를 제정", None, "2018-09-13", [ST], "achievement"),
            ("권역별 5대 거점 스타트업타운을 조성한다는 방침이다", None, "2018-09-13", [ST], "plan"),
            ("특구 내 Post-BI 창업성장센터가 내년도 사업으로 추진된다", None, "2018-09-13", [ST], "plan"),
            ("월평동 상점가 등에도 2개소가 추가 확대될 전망이다", None, "2018-09-13", [ST], "plan"),
            ("쌍방향으로 소통할 수 있는 온라인 플랫폼도 구축한다", None, "2018-09-13", [ST], "plan"),
            ("초기창업 투자 전용펀드를 확대하며", None, "2018-09-13", [ST], "plan"),
            ("내년 3월 ‘글로벌 스타트업 페스티벌’ 개최를", None, "2018-09-13", [ST], "plan"),
        ],
        not_claims=["기술창업 생태계 조성 위해 팔 걷어 붙였다"],
    ),
    "kt-02-jeonmae.txt": dict(
        meta=("순천시 \"정원박람회 성공 개최...남해안벨트 허브도시 도약\"", "2023-01-04T16:26+09:00", "서길원", "전국매일신문", "46150"),
        officials=[N],
        claims=[
            ("2023순천만국제정원박람회를 반드시 성공시키고 남해안벨트 허브도시로 도약하겠다", N, "2023-01-04", [CT], "plan"),
            ("‘가든스테이’는 순천의 로컬 식재료를 활용해", N, "2023-01-04", [CT], "statement"),
            ("그 열매는 인근 도시도 함께 나눴으면 한다", N, "2023-01-04", [CT], "statement"),
        ],
        not_claims=[
            "경전선 전철화 도심 통과 우회 신설 관철시킬 것",
            "정원박람회 개최 10주년이 되는 해이자",
            "창의적이고 탄력성있게 시정을 운영하겠다",
            "2023년 순천시 시정 방향에 대해 설명하는 노관규 시장",
        ],
    ),
    "kt-03-mi.txt": dict(
        meta=("당진시, 수소경제 선도도시 로드맵 ‘눈길’", "2022-02-02T16:21+09:00", "오범택", "매일일보", "44270"),
        officials=[],
        claims=[
            ("임해형 수소경제 선도도시 기반 마련에 집중하고 있어", None, "2022-02-02", [EN], "statement"),
            ("수소경제 전주기에 걸친 주요 핵심 사업 설명과", None, "2022-01-28", [EN, "future-vehicles"], "plan", "이민정"),
            ("3월 중 최종보고회와 2차 수소경제 포럼을 통해 로드맵을 최종 완성할 계획이다", None, "2022-01-28", [EN], "plan"),
            ("민선8기 충남도지사 공약사업으로 각 정당에 제안하는 한편", None, "2022-02-02", [EN], "plan"),
            ("‘수소경제 포럼’을 개최한 후 충남연구원과 함께", None, "2022-02-02", [EN], "achievement"),
        ],
        not_claims=[
            "당진항 활용 해외 그린수소 도입 전용 항만 구축도 용이",
            "수소경제 로드맵 수립 2차 보고회 개최",
            "수소경제 로드맵 수립 2차 중간보고회 모습",
        ],
    ),
    "kt-04-ihalla.txt": dict(
        meta=("서귀포시, 감귤조수입 2022년까지 1조원 달성 총력", "2017-12-14T15:40+09:00", "이태윤", "한라일보", "50"),
        officials=[],
        claims=[
            ("2022년 감귤 조수입 1조원 달성을 목표로", None, "2017-12-14", [AG], "target"),
            ("매년 600억씩 증대할 기반을 마련하겠다", None, "2017-12-14", [AG], "target", "이상순"),
            ("모든 행정력을 집중하고 있다", None, "2017-12-14", [AG], "statement", "이상순"),
            ("13대 감귤 시책사업을 살펴보면", None, "2017-12-14", [AG], "plan"),
        ],
        not_claims=[
            "내년 감귤농가 보조율 상향 조정 등 신규사업 추가",
            "현실화 될 수 있도록 행정력 집중",
            "14일 시청 기자실 찾아 감귤산업 관련 간담회 개최",
        ],
    ),
    "kt-05-asiae.txt": dict(
        meta=("'33개 기업 2천216억' 투자협약 체결", "2025-12-29", None, None, "52140"),
        officials=[],
        claims=[
            ("2025년 투자유치 우수기관 평가에서 '최우수기관'으로 선정됐다", None, "2025-12-29", [IA], "achievement"),
            ("9개 분야를 종합적으로 평가해 선정한다", None, "2025-12-29", [IA], "statement"),
            ("최우수기관 6회, 우수기관 1회에 선정되며", None, "2025-12-29", [IA], "achievement"),
            ("33개 기업과 2,216억 원 규모의 투자협약을 체결하고", None, "2025-12-29", [IA, JO], "achievement"),
            ("이들 기업의 본격적인 가동은 지역 경제에 새로운 활력을", None, "2025-12-29", [IA], "statement"),
            ("신성장 기술집약 산업 중심의 투자유치 전략을 추진하며", None, "2025-12-29", [IA], "statement"),
            ("첨단 기술 기반 기업 유치는 양질의 일자리 창출은 물론", None, "2025-12-29", [IA, JO], "achievement"),
        ],
        not_claims=[
            "동우화인켐은 반도체 소재 등 신성장 동력 확보를 위해",
            "익산시청 전경. 익산시 제공",
        ],
    ),
    "kt-06-kbs.txt": dict(
        meta=("[여기는 충주] 탄금호 관광·문화시설 확충…과제 산적", "2025-04-03T19:29+09:00", "천춘환", "KBS", "43130"),
        officials=[],
        claims=[
            ("충주시가 탄금호 주변 관광·문화시설 확충에 나섰습니다", None, "2025-04-03", [CT], "plan"),
            ("이런 시설이 상대적으로 부족한 금가권역이 대상인데요", None, "2025-04-03", [CT], "statement"),
            ("해결해야 할 과제가 만만치 않습니다", None, "2025-04-03", [CT], "criticism"),
            ("관광 인프라가 취약한 금가권역입니다", None, "2025-04-03", [CT], "statement"),
            ("여행객과 주민이 함께 즐길 공간을 모색하고 있습니다", None, "2025-04-03", [CT], "statement"),
            ("여러 사람들이 함께 즐길 수 있는 공간을 만들려고 하고 있습니다", None, "2025-04-03", [CT], "plan", "김민정"),
            ("4가지 주제가 우륵대교 아래 호수를 따라 2.5km 이어집니다", None, "2025-04-03", [CT], "plan"),
            ("신광역 관광개발 공모 선정에 기대를 걸고 있습니다", None, "2025-04-03", [CT], "statement"),
            ("사업 타당성을 높이는 방안도 검토 중입니다", None, "2025-04-03", [CT], "statement"),
            ("공모 사업 등을 통해서 사업비를 확보하고", None, "2025-04-03", [CT], "plan", "손명자"),
        ],
        not_claims=[
            "호수를 따라 노지 캠핑장이 군데군데 들어섰습니다",
            "보행하는 사람들의 공간이 매우 부족했거든요",
            "북부권 소식 살펴보겠습니다",
        ],
    ),
    "kt-07-wikitree.txt": dict(
        meta=("“월세 0원, 취업 준비만 하세요”~광주시 광산구, ‘청년온가’ 입주자 모집", "2026-02-14T07:12+09:00", "노해섭", "위키트리", "29200"),
        officials=[S],
        claims=[
            ("‘주거비’ 걱정 없이 미래를 준비할 수 있는 기회가 찾아왔다", None, "2026-02-13", [HO, YO], "statement"),
            ("청년들의 홀로서기를 돕기 위해 파격적인 조건의 주거 공간을 제공한다", None, "2026-02-13", [HO, YO], "statement"),
            ("‘광산 청년온가’의 추가 입주자를 모집한다고 밝혔다", None, "2026-02-13", [HO, YO], "plan"),
            ("미취업 남성 청년 4명이다", None, "2026-02-13", [HO, YO], "statement"),
            ("4층 규모의 쾌적한 연립주택에서 생활하게 된다", None, "2026-02-13", [HO, YO], "statement"),
            ("월 임대료가 전혀 없으며", None, "2026-02-13", [HO, YO], "statement"),
            ("취업 준비에 온전히 집중할 수 있는 환경이다", None, "2026-02-13", [HO, YO, JO], "statement"),
            ("실질적인 구직 활동을 돕는다", None, "2026-02-13", [JO, ST, YO], "statement"),
            ("개인별 심리 상담 프로그램도 지원한다", None, "2026-02-13", [YO], "statement"),
            ("지역 청년들에게 재도약의 기회가 되길 바란다", S, "2026-02-13", [HO, YO], "statement"),
            ("실효성 있는 정책을 지속적으로 발굴하겠다", S, "2026-02-13", [YO], "plan"),
        ],
        not_claims=[
            "월세 0원, 취업 준비만 하세요",
            "“몸만 오세요” 파격 혜택",
            "보증금 50만 원에 관리비만 내면 최대 2년 거주",
            "19~39세 미취업 남성 청년 4명 추가 선발",
        ],
    ),
    "kt-08-esejong.txt": dict(
        meta=(None, None, None, None, "36"),
        officials=[M],
        claims=[
            ("대중교통 전면 무료화 정책을 백지화하기로했다", None, None, [PT], "statement"),
            ("‘세종 이응패스’신설 추진 방안을 모색중이다", None, None, [PT], "plan"),
            ("꼼꼼한 점검의 필요성이 제기되고 있다", None, None, [PT, CT], "criticism"),
            ("5만원 한도 내 사용할 수 있는 ‘세종 이응패스’를 내년 9월부터 시행한다", M, None, [PT], "plan"),
            ("버스 무료화를 실행하지 못한 점에 대해서는 시민들께 매우 송구한 마음", M, None, [PT], "criticism"),
            ("매우 혁신적인 방안이라고 확신한다", M, None, [PT], "statement"),
            ("새로운 개념의 월 정액권임을 설명했다", M, None, [PT], "statement"),
            ("자동으로 소멸도록 설계", None, None, [PT], "plan"),
        ],
        not_claims=[
            "세종지역버스뿐아니라 대전·청주·공주 등으로 운행 버스도 모두 이용",
            "대중교통혁신 추진단 현판식 행사가 4월 27일",
        ],
    ),
    "kt-09-fnnews.txt": dict(
        meta=("명현관 해남군수 \"신성장산업과 농어업 함께 숨 쉬는 미래 준비\"", "2025-12-04T16:45+09:00", "김태성", "뉴스1", "46820"),
        officials=[C],
        claims=[
            ("신성장산업과 농어업이 함께 살아 숨 쉬는 미래를 준비하겠다고 밝혔다", C, "2025-12-03", [AG], "plan"),
            ("군정의 발전 방향을 구체화하고자 한다", C, "2025-12-03", [AG], "plan"),
            ("RE100 국가산단 완성과 지산지소 에너지 자립도시 조성", C, "2025-12-03", [EN], "plan"),
            ("분야별 핵심 과제로 진행한다", C, "2025-12-03",
             ["fourth-industrial-revolution", AG, "climate-carbon", CT, YO], "plan"),
            ("대한민국 농어촌수도로서 세계적인 변화의 첫 무대에", C, "2025-12-03", [AG], "statement"),
        ],
        not_claims=[
            "주마가편 마음으로 더 큰 도약을 위해 힘껏 뛰겠다",
            "내년 본예산을 올해보다 1.31%(117억 원) 증액한",
        ],
    ),
}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    for name, g in G.items():
        h, p, r, o, j = g["meta"]
        claims = []
        for c in g["claims"]:
            d = {"quote": c[0], "speaker": c[1], "date": c[2], "policies": c[3], "kind": c[4]}
            if len(c) > 5:
                d["speaker_name"] = c[5]
            claims.append(d)
        doc = {"article": name,
               "metadata": {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j},
               "officials": g["officials"], "claims": claims, "not_claims": g["not_claims"]}
        (GOLD / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(g["claims"]) for g in G.values()), "claims")


if __name__ == "__main__":
    main()
