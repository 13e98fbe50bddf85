"""Writes gold/*.json for set-gf from compact tuples; asserts every quote / not_claim occurs in its article."""
import json, os, re
D = os.path.join(os.path.dirname(__file__), "..")
ws = lambda s: re.sub(r"\s+", "", s)
G = {}
def art(name, meta, officials, claims, not_claims):
    G[name] = dict(article=name, metadata=dict(zip(["headline", "published", "reporter", "outlet", "jurisdiction"], meta)),
                   officials=officials,
                   claims=[dict(quote=q, speaker=s, date=d, policies=p, kind=k) for q, s, d, p, k in claims],
                   not_claims=not_claims)
D1 = "2022-11-21"
art("gf-01-seoul.txt", ["에너지기술평가원, 강원도와 ‘수소산업 생태계 조성’ 업무협약", "2022-11-23T13:44+09:00", None, "서울신문", "42"],
    ["kim-jin-tae"], [
    ("강원도청사 소회의실에서 ‘수소산업 전주기 생태계 조성을 위한 업무협약’을 체결했다고", None, D1, ["energy-transition"], "achievement"),
    ("지역의 수소산업 육성, 일자리 창출 등 신사업 창출을 견인하기 위해 추진됐다", None, D1, ["energy-transition", "jobs"], "statement"),
    ("액화수소 저장·운송·활용분야의 R&D 수요발굴 및 국산화 환경조성을 위한 협력을 강화한다는 계획이다", None, D1, ["energy-transition", "research-development"], "plan"),
    ("수소산업 인력양성 및 고용 촉진 프로그램 발굴 등을 위해서도 협력하기로 했다", None, D1, ["energy-transition", "jobs"], "plan"),
    ], ["에너지기술평가원, 강원도와 ‘수소산업 생태계 조성’ 업무협약", "업무협약’을 체결한 뒤 기념촬영을 하고 있다", "'출산'은 곧 '결혼'으로 이어져야 하는가"])
P2 = "2021-06-30"
art("gf-02-bucheon.txt", ["도, 청사 정문 조형물 새 단장. ‘경제정책’ 지역화폐형 기본소득 강조", P2, None, None, "41"],
    [], [
    ("지역화폐와 결합한 기본소득의 정체성을 ‘경제정책’으로 재차 강조했다", None, "2021-06-25", ["small-merchants", "welfare"], "statement"),
    ("지역화폐형 기본소득은 지역화폐와 기본소득을 결합한 것이다", None, P2, ["small-merchants", "welfare"], "statement"),
    ("재난기본소득, 농민기본소득, 청년기본소득처럼 기본소득을 사용기간과 사용처가 한정된 지역화폐 방식으로 지급해", None, P2, ["welfare", "small-merchants", "youth-policy", "agriculture"], "achievement"),
    ("지역화폐로 가계 소득과 소상공인 매출을 동시에 증대시키는 복지적 경제정책의 의미를 도민과 공유하고자", None, P2, ["small-merchants", "welfare"], "statement"),
    ], ["도, 청사 정문 조형물 새 단장. ‘경제정책’ 지역화폐형 기본소득 강조", "모두가 잘 사는 경제정책 지역화폐형 기본소득’, 내일의 희망이 돕니다",
        "슈퍼맨이 경기지역화폐 카드로 결제하고 주변에 소상공인이 모여 환호하는 모습으로 꾸며졌다", "라는 문구가 적혔다",
        "‘골목상권 살리는 경기지역화폐’라는 문구와 함께 슈퍼맨이"])
P3 = "2026-03-02"
art("gf-03-asiae.txt", [None, P3, None, None, "51110"], ["yuk-dong-han"], [
    ("강촌리 일원을 중심으로 도시재생지역특화사업 공모에 도전, 주민들의 의견 수렴에 나선다", None, P3, ["urban-regeneration"], "plan"),
    ("'남산면 강촌리 도시재생활성화계획(안) 수립'을 위한 공청회를 개최한다", None, P3, ["urban-regeneration"], "plan"),
    ("국토교통부 도시재생 지역특화사업 공모를 앞두고 마련된 자리로", None, P3, ["urban-regeneration"], "statement"),
    ("도시재생활성화계획(안) 설명과 함께 전문가 토론, 시민 질의응답이 진행된다", None, P3, ["urban-regeneration"], "plan"),
    ("'감성·생태·문화가 결합된 정원형 체류관광지' 조성을 기본 방향으로 삼고", None, P3, ["culture-tourism", "urban-regeneration"], "plan"),
    ("강촌로 일대는 보행친화 가로와 가로정원을 도입해 걷고 싶은 거리로 재편할 계획이다", None, P3, ["urban-regeneration"], "plan"),
    ("방문객 체류시간을 늘리고, 지역 상권과 자연스럽게 연결되는 구조를 만든다는 계획이다", None, P3, ["culture-tourism", "small-merchants"], "plan"),
    ], ["AI 요약 기술은 핵심만 전달합니다", "국토부 지역특화사업 준비…시민·전문가 의견 수렴", "감성·생태·문화 결합 '정원형 체류관광지' 전환 추진",
        "상상정원·가든스트리트 조성…상권 활성화 기반 마련", "강촌은 한때 청춘 문화의 상징으로 각광받았으나"])
P4 = "2018-02-26"
art("gf-04-yonhap.txt", ["[올림픽] 최명희 강릉시장 \"올림픽 최대 수혜지는 강릉\"", "2018-02-26T11:24+09:00", "유형재", "연합뉴스", "42150"],
    ["choi-myeong-hui"], [
    ("KTX 조기 건설을 비롯한 다양한 교통망 구축과 2천 실을 넘는 대규모 숙박시설 확충으로 관광 인프라를 확충했다", None, P4, ["public-transit", "culture-tourism"], "achievement"),
    ("언론을 통해 문화, 관광, 스포츠 도시로 각인됐다", None, P4, ["culture-tourism"], "achievement"),
    ], ["2018 평창동계올림픽 최대 수혜지는 빙상경기가 열렸던 강릉시입니다", "동계올림픽을 통해 강릉 브랜드 가치의 세계화 발판을 마련했다",
        "차량 2부제의 적극적인 참여와", "\"역사에 피니시 라인은 없다\"…패럴림픽 완벽 준비"])
P5 = "2022-07-01"
art("gf-05-cnbnews.txt", ["평창군, 제41대 심재국 평창군수 기자간담회…“관광에 사활 건다”", "2022-07-02T11:42:34+09:00", "신규성", None, "42760"],
    ["sim-jae-guk"], [
    ("일자리 창출을 통한 인구 유입 유도, 국제관광 도시에 준하는 관광인프라 구축", "sim-jae-guk", P5, ["jobs", "culture-tourism", "citizen-participation"], "plan"),
    ("북부권 4개 면도 스토리화 해서 체류관광객을 확대할 수 있는 대책도 마련하겠다", "sim-jae-guk", P5, ["culture-tourism"], "plan"),
    ("관광과 교육, 고령층 복지, 농업 등 각 분야의 비전을 함께 제시했다", "sim-jae-guk", P5, ["culture-tourism", "education", "welfare", "agriculture"], "plan"),
    ], ["평창군, 제41대 심재국 평창군수 기자간담회…“관광에 사활 건다”", "취임식이 1일 평창군 문화예술회관에서 열렸다",
        "알펜시아 리조트에 대한 입장을 밝혔다"])
P6 = "2020-09-13"
L = "lee-jae-myung"; SM = ["small-merchants"]
art("gf-06-fnnews.txt", ["이재명, 공공배달앱 벌써 대박 \"사전신청 1700건 돌파\"", "2020-09-13T12:27+09:00", "장충식", "파이낸셜뉴스", "41"],
    [L], [
    ("공공배달앱 사전 신청이 1700건을 돌파하며 목표치의 57%를 달성했다", L, P6, SM, "achievement"),
    ("모두가 더불어 상생하는 디지털 플랫폼으로 성장시켜 나가겠습니다", L, P6, ["small-merchants", "fourth-industrial-revolution"], "plan"),
    ("경기도 공공배달앱 시범지역인 오산, 파주, 화성 3곳에서 가맹점 사전 신청을 받은지 한 달이 채 안됐다", L, P6, SM, "statement"),
    ("벌써 10일 기준 1700건을 돌파하며 목표치 3000건의 약 57%를 달성했다", L, P6, SM, "achievement"),
    ("오산시는 이미 모집 목표 550곳을 넘었다", L, P6, SM, "achievement"),
    ("디지털 SOC인 공공배달앱을 선순환 플랫폼으로 반드시 성공시켜야겠다", L, P6, SM, "plan"),
    ("그러기 위해선 도민 여러분의 관심과 참여가 필요하다", L, P6, SM, "statement"),
    ("많은 도민 여러분이 이용하셔야 경기도 내 전 지역으로 영역을 넓혀나갈 수 있다", L, P6, SM, "statement"),
    ("경기도 공공배달앱은 시장의 독과점을 막고 공정한 배달산업 환경을 만들어", L, P6, SM, "statement"),
    ], ["목표치 3000건의 약 57% 달성", "아직도 모르셨다면'이라는 글을 올리며 이같이 말했다", "뜨거운 반응 보내주신 소상공인 여러분께 감사드린다",
        "공공배달앱에 함께 해주시는 모든 분들 참으로 든든하고 또 감사하다", "코로나 19로 경제활동이 심각하게 위축됐지만"])
Y = "yeom-tae-yeong"
art("gf-07-ilyo.txt", [None, None, "손시권", "일요신문", "41110"], [Y], [
    ("신재생에너지 생산이 3배 이상 늘었고, 공원 면적을 1.5배 이상 넓혔으며, 시민 1인당 온실가스 배출양도 15.6% 줄었다", Y, None, ["climate-carbon", "energy-transition"], "achievement"),
    ("파리기후변화협약을 이행해야 하는 원년이 바로 올해", Y, None, ["climate-carbon"], "statement"),
    ("각국에서는 2050년 탄소중립 달성을 위해 저마다 탄소배출 감축 목표치를 높이고 있다", Y, None, ["climate-carbon"], "statement"),
    ("내연기관 자동차 없는 도로 등 우리 사회 구석구석의 변화가 동반돼야 하고 당장의 실천적 행동, 탄소중립을 향한 연대에", Y, None, ["climate-carbon", "future-vehicles"], "plan"),
    ], ["수원시는 대한민국 환경수도를 지향하고 있다", "수원 녹색전환과 탄소중립 포럼“과 함께", "일상의 틀을 완전히 뒤집는 획기적인 변화가 필요하다"])
K = "kim-deok-hyeon"; E8 = "2025-08-29"
art("gf-08-kmib.txt", ["김덕현 연천군수, 행안부에 지역 주요 현안 건의", "2025-09-01", None, None, "41800"], [K], [
    ("기회발전특구 신청을 위한 수도권 지침을 조속히 마련해 줄 것을 요구했다", K, E8, ["decentralization", "investment-attraction"], "statement"),
    ("올해 안에 연천군도 기회발전특구를 신청할 수 있도록, 지침을 조속히 마련해", K, E8, ["decentralization", "investment-attraction"], "plan"),
    ("경원선 폐선활용 복합휴게공간 조성 사업, 청년 다목적 주거공간", None, "2025-09-01", ["housing", "youth-policy"], "statement"),
    ], ["“지방 우선 정책에 수도권 인구감소지역 포함해야”", "지방소멸대응기금 확대 등 주요 정부 정책 공유",
        "지방소멸대응기금의 경상비 지원 등 자율성 확대", "범정부 차원의 지방소멸 대응 정책에서 소외되지 않도록"])
C = "choi-mun-sun"
art("gf-09-ajunews.txt", ["3선 퇴임 앞둔 최문순 화천군수, 마지막 산천어축제 업무보고 주재", None, None, None, "51790"], [C], [
    ("마지막 화천산천어축제 평일 업무보고 회의를 주재하며 끝까지 ‘안전’을 강조했다", C, None, ["culture-tourism", "disaster-safety"], "statement"),
    ("축제 전반에 대한 점검과 함께 마지막 주말을 앞둔 안전관리 강화를 주문했다", C, None, ["culture-tourism", "disaster-safety"], "plan"),
    ("축제 막바지를 향해 가는 시점인 만큼 회의의 중심 화두는 단연 ‘안전’이었다", None, None, ["culture-tourism", "disaster-safety"], "statement"),
    ("당일 기온과 기상특보 등 안전 관련 사항을 하나하나 확인했다", None, None, ["disaster-safety"], "statement"),
    ("안전하게 잘 마무리될 수 있도록 맡은 역할을 다해 달라", C, None, ["culture-tourism", "disaster-safety"], "plan"),
    ], ["3선 퇴임 앞둔 최문순 화천군수, 마지막 산천어축제 업무보고 주재", "\"끝까지 안전\"…12년 축제 현장 지킨 마지막 평일 회의",
        "최문순 군수를 비롯한 실과소장들이 참석한 가운데 열렸다사진화천군"])
if __name__ == "__main__":
    os.makedirs(os.path.join(D, "gold"), exist_ok=True)
    n = 0
    for name, g in G.items():
        text = ws(open(os.path.join(D, "articles", name), encoding="utf-8").read())
        for s in [c["quote"] for c in g["claims"]] + g["not_claims"]:
            assert ws(s) in text, (name, s)
        n += len(g["claims"])
        with open(os.path.join(D, "gold", name + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
    print(len(G), "gold files,", n, "claims")
