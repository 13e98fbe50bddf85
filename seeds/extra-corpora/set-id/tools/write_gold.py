"""Write set-id gold files (hand annotation). Claim tuple: (quote, speaker, date, policies, kind[, speaker_name])."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"
UR, HO, DS, CB, JO, CP, CT, WE, CL, AG, ST, ET, FV, YP, IA, PH, SM = (
    "urban-regeneration", "housing", "disaster-safety", "childcare-birth", "jobs", "citizen-participation",
    "culture-tourism", "welfare", "climate-carbon", "agriculture", "startup-support", "energy-transition",
    "future-vehicles", "youth-policy", "investment-attraction", "public-health", "small-merchants")

A = {}

d = "2025-07-07"
A["id-01-sejongilbo.txt"] = dict(
    meta=("대전 원도심 도시재생 시동…생활안전·주차장·커뮤니티 강화", "2025-07-07", "이성재", None, "30"),
    officials=[],
    claims=[
        ("총사업비 309억 원을 투입하는 뉴:빌리지 도시재생사업을 본격적으로 추진한다", None, d, [UR], "plan"),
        ("행정절차를 거쳐 지난 6월 30일 '도시재생 활성화계획'을 고시했다", None, "2025-06-30", [UR], "achievement"),
        ("사업 대상지는 중구 대흥동 309-11번지 일원으로", None, d, [UR], "statement"),
        ("사업기간은 2025년부터 2029년까지 5년이며", None, d, [UR], "statement"),
        ("이 가운데 국비 150억 원, 시·구 지방비 150억 원", None, d, [UR], "statement"),
        ("원도심의 활력을 회복하는 데 목적이 있다", None, d, [UR], "statement"),
        ("방범 CCTV 및 보안등 설치 등 생활안전 인프라 구축", None, d, [UR, DS], "statement"),
        ("생활밀착형 사업을 중심으로 정주환경의 실질적 개선을 도모할 계획이다", None, d, [UR], "plan"),
        ("노후 주택지의 주택공급 활성화도 유도할 방침이다", None, d, [UR, HO], "plan"),
        ("이번 도시재생사업은 침체된 대흥동 일대에 실질적 변화를 이끌 계기가 될 것", None, d, [UR], "statement"),
        ("향후에도 국비 공모를 지속적으로 추진해 도시재생 기", None, d, [UR], "plan"),
    ],
    not_claims=["대전 원도심 도시재생 시동…생활안전·주차장·커뮤니티 강화",
                "대흥동은 과거 대전도청이 위치했던 지역으로"])

A["id-02-ccnnews.txt"] = dict(
    meta=(None, None, "최형순", "충청뉴스", "36"),
    officials=["choi-min-ho"],
    claims=[
        ("2025년 4월 제1회 정원박람회를 개최를 준비하겠습니다", "choi-min-ho", None, [CT], "plan"),
        ("매년 정원박람회 개최하여 세종시가 가지고 있는 정원의 아름다운 모습들을", "choi-min-ho", None, [CT], "plan"),
        ("일대 자연경관이 굉장한 잠재력을 가지고 있다고 저는 느꼈다", "choi-min-ho", None, [CT], "statement"),
        ("올해부터 박람회 개최 T/F팀을 구성하여", "choi-min-ho", None, [CT], "plan"),
        ("전의 조경수 단지를 중심으로 해서 정원수 또 화해 산업에", "choi-min-ho", None, [CT], "statement"),
        ("수변 상가들의 지역경제 활성화를 도모하는 데 매우 큰 도움이 된다", "choi-min-ho", None, [CT, SM], "statement"),
        ("새로운 관광 산업으로 우리 세종시가 거듭날 수 있다", "choi-min-ho", None, [CT], "statement"),
        ("관광 시설도 유치하기에 이로워지고", "choi-min-ho", None, [CT], "statement"),
        ("지방 정원으로 등록할 수도 있고, 나아가서 국가 정원으로 승격시켜서", "choi-min-ho", None, [CT], "statement"),
    ],
    not_claims=["[충청뉴스 최형순 기자]"])

d = "2024-03-27"
A["id-03-dailycc.txt"] = dict(
    meta=("김영환 도지사, 제7회 서울인구심포지엄 참석", "2024-03-27T16:39+09:00", "신민하", "충청신문", "43"),
    officials=["kim-yung-hwan"],
    claims=[
        ("다양하고 촘촘한 저출생 정책을 추진하고 있음을 발표해", "kim-yung-hwan", d, [CB], "achievement"),
    ],
    not_claims=["김영환 도지사, 제7회 서울인구심포지엄 참석",
                "‘전국 유일 출생 증가 충북, 촘촘한 정책이 관건’ 주제 기조연설",
                "(사진=충북도 제공)",
                "서울인구심포지엄은 한반도미래인구연구원(회장 김종훈)과 파이낸셜뉴스"])

d = "2019-05-16"
A["id-04-cbinews.txt"] = dict(
    meta=("청주시 뉴딜사업 대상지 19곳 추가 선정", "2019-05-17T08:54+09:00", "김남균", None, "43110"),
    officials=[],
    claims=[
        ("'도시재상 뉴딜사업' 대상지 19곳을 추가 선정했다", None, d, [UR], "achievement"),
        ("'2025 청주 도시재생전략계획안'을 충북도로부터 최종 변경 승인받았다", None, d, [UR], "achievement"),
        ("19곳이 최종적으로 도시재생 활성화 대상지역으로 뽑혔다", None, d, [UR], "achievement"),
        ("우리동네살리기형 5가지 방식으로 추진된다", None, d, [UR], "statement"),
        ("추가로 선정한 곳은 중심시가지형 중앙동 등 3곳", None, d, [UR], "achievement"),
        ("2곳을 올해 하반기에 있을 공모사업에 참여시킨다", None, d, [UR], "plan"),
        ("변경된 전략계획은 6월 16일까지 공고되고", None, d, [UR], "statement"),
        ("4곳이 도시재생 뉴딜사업으로 추진되고 있다", None, d, [UR], "statement"),
    ],
    not_claims=["청주시 뉴딜사업 대상지 19곳 추가 선정", "삭제한 댓글은 다시 복구할 수 없습니다"])

d = "2026-01-29"
A["id-05-kmib.txt"] = dict(
    meta=("천안시, 올해 인구 정책에 1.9조원 투입", "2026-01-29", None, None, "44130"),
    officials=[],
    claims=[
        ("양육, 일자리, 고령층 지원, 지역 불균형 해소 등의 정책을 추진하기로 결정했다", None, d, [CB, JO, WE], "plan"),
        ("아이 키우기 좋은 환경을 위해 어린이꿈누리터 프로그램 확대", None, d, [CB], "plan"),
        ("도서관 내 은빛 서재 운영과 기후대응 도시숲 조성", None, d, [CT, CL], "plan"),
    ],
    not_claims=["충남 천안시는 올해 인구 정책에 1.9조원을 투입한다고 29일 밝혔다",
                "시민이 머물고 싶은 정착 기반을 강화하는 데 정책의 무게중심을 두겠다",
                "지난해 5월 인구 70만명을 돌파한"])

d = "2025-08-09"
PB = "park-byeong-gyu"
A["id-06-wikitree.txt"] = dict(
    meta=("“시민이 묻고 시민이 답한다” 광주시 광산구, 지속가능 일자리 해법 찾기 나서", "2025-08-09T18:22+09:00",
          "노해섭", "위키트리", "29200"),
    officials=[PB],
    claims=[
        ("지속가능한 일자리 해법을 직접 주민과 찾는 사회적대화에 다시 나섰다", None, d, [JO, CP], "statement"),
        ("‘지속가능 일자리 대화마당’ 2차 행사를 연다", None, d, [JO, CP], "plan"),
        ("박병규 구청장이 직접 21개 동을 방문해 정책 추진 배경과 현황을 주민과 나누며 소통했다", None, d, [JO, CP], "statement"),
        ("마을 일자리 생태계 등 다양한 주제에 대해 의견을 모으고 사회적 해답을 논의한다", None, d, [JO, CP], "plan"),
        ("일자리의 질, 사회임금 필요성 등 실질적 논의도 심화될 예정이다", None, d, [JO], "plan"),
        ("주민의 목소리를 종합해 ‘지속가능 일자리 백서’에 적극 반영할 계획이다", None, d, [JO, CP], "plan"),
        ("시민의 질문으로 시작한 논의가 이제 해답을 찾는 단계로 접어들었다", PB, d, [JO, CP], "statement"),
        ("주민 참여형 사회적 대화를 통해 광산구만의 실질적 일자리 청사진을 만들겠다", PB, d, [JO, CP], "plan"),
        ("‘지속가능일자리특구추진단’을 신설해", None, d, [JO], "statement"),
    ],
    not_claims=["####주민 의견 모아 실제 정책 반영까지", "add remove print link"])

d = "2025-01-07"
JH = "jeong-heon-yul"
A["id-07-jmbc.txt"] = dict(
    meta=("익산시장 \"청년이 살고 싶은 도시 만들겠다\"", "2025-01-07", "박혜진", "전주MBC", "52140"),
    officials=[JH],
    claims=[
        ("벤처기업을 유치해 익산을 청년 창업의 거점으로 구축하고", JH, d, [ST, IA, YP, HO], "plan"),
        ("공공산후조리원 등을 한곳에 모은 모아복합센터 건립을 진행하겠다고 말했습니다", JH, d, [CB, PH], "plan"),
    ],
    not_claims=["반구십리(半九十里)의 자세로 시민이 체감하는 정책을 펼치겠다",
                "익산시장 \"청년이 살고 싶은 도시 만들겠다\""])

d = "2019-10-06"
A["id-08-kmib.txt"] = dict(
    meta=("전남 귀농어·귀촌 정책 ‘순풍에 날개’", "2019-10-06T22:09+09:00", "김영균", "국민일보", "46"),
    officials=[],
    claims=[
        ("귀농인의 집 조성사업에 33억4000만원을 확보했다고 6일 밝혔다", None, d, [AG], "achievement"),
        ("농촌 정보 제공 프로그램 운영 등에 29억2000만원이 투입된다", None, d, [AG], "statement"),
        ("정착 지원의 기본이 되는 사업이다", None, d, [AG], "statement"),
        ("빈 집 리모델링 및 이동식 조립주택을 설치해 제공한다", None, d, [AG], "statement"),
        ("지금까지 114개동을 조성했으며", None, d, [AG], "achievement"),
        ("전국 최고의 816억원을 배정받아", None, d, [AG, ST], "achievement"),
        ("4만여 명의 귀농어·귀촌인이 찾아오고 있다", None, d, [AG], "achievement", "유현호"),
        ("안정적으로 정착하기 좋은 청정 전남을 만드는데 앞장서겠다", None, d, [AG], "plan", "유현호"),
    ],
    not_claims=["무안=김영균 기자", "전남 귀농어·귀촌 정책 ‘순풍에 날개’"])

OY = "oh-young-hun"
A["id-09-pressian.txt"] = dict(
    meta=(None, None, None, None, "50"),
    officials=[OY],
    claims=[
        ("제주도를 방문해 그린수소 생산 실증사업 현장을 둘러봤다", None, None, [ET], "statement"),
        ("국책과제 공모에 선정돼 추진된 사업이다", None, None, [ET], "statement"),
        ("함덕 그린수소 충전소를 방문해 사업 추진현황을 보고받고", None, None, [ET, FV], "statement"),
        ("제주도가 구상한 친환경 에너지정책들이 추진될 수 있도록", None, None, [ET], "statement", "문재인"),
        ("앞으로도 그린수소 사업이 확대될 수 있도록 노력해달라", None, None, [ET], "statement", "문재인"),
        ("2035 탄소중립과 에너지 대전환 실현을 위한 노력을 높이 평가했다", None, None, [ET, CL], "statement", "문재인"),
        ("2019년 1월 수소경제 활성화 로드맵 발표한 후", None, None, [ET], "achievement"),
        ("국내 최초로 그린수소 상용화에 성공했다", OY, None, [ET], "achievement"),
        ("2035년에는 청정에너지로 전력원을 100% 대체하고", OY, None, [ET], "target"),
        ("두산에너빌리티(주)와 에너지 대전환 산업 육성을 위한 상생협력 업무협약", None, None, [ET], "achievement"),
    ],
    not_claims=["이날 방문에는 김정숙 여사와 오영훈 지사"])

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, a in A.items():
        h, p, r, o, j = a["meta"]
        claims = []
        for c in a["claims"]:
            item = {"quote": c[0], "speaker": c[1], "date": c[2], "policies": c[3], "kind": c[4]}
            if len(c) > 5:
                item["speaker_name"] = c[5]
            claims.append(item)
        doc = {"article": name,
               "metadata": {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j},
               "officials": a["officials"], "claims": claims, "not_claims": a["not_claims"]}
        (GOLD / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(claims))
