"""Writes set-bo gold files (hand annotation; see GOLD_NOTES.md)."""
import json, os
OUT = os.path.join(os.path.dirname(__file__), "..", "gold")

def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name:
        c["speaker_name"] = name
    return c

def M(headline, published, reporter, outlet, jurisdiction):
    return dict(headline=headline, published=published, reporter=reporter, outlet=outlet, jurisdiction=jurisdiction)

G = {}

# bo-01 강북구 민선8기 2주년 확대간부회의 (승인 2024-07-10 13:44; 회의 지난 9일)
L, E = "lee-sun-hui", "2024-07-09"
G["bo-01-sijung.txt"] = dict(
    metadata=M("강북구, 민선8기 후반기 핵심사업 속도 낸다", "2024-07-10T13:44+09:00", "신일영", "시정일보", "11305"),
    officials=[L],
    claims=[
        C("노후 주거지 정비와 도시 개발에 청신호가 켜졌다", L, E, ["urban-regeneration"], "achievement"),
        C("재개발ㆍ재건축 활성화, 도시철도 신강북선 유치 등 핵심사업들을 속도감 있게 추진해 나갈 것", L, E,
          ["housing", "public-transit"], "plan"),
    ],
    not_claims=["재개발ㆍ재건축 활성화, 도시철도 신강북선 유치 등에 최선 다짐",
                "직원들의 노고를 치하하고 앞으로의 비전을 밝혔다",
                "‘누구나 살고 싶고 자랑할 만한 도시’로 점차 도약하고 있다",
                "34년 만에 북한산 고도제한 개발 규제가 완화되는 쾌거를 이뤘다",
                "강북구민의 오랜 숙원이 드디어 결실을 맺은 것이기에",
                "고도제한 완화는 강북구의 또 다른 도약과 변화를 알리는 신호탄",
                "첫 마음가짐을 잃지 않고 쉼 없이 달리겠다"])

# bo-02 은평구 2026 신년사 (2026-01-02 21:48:43; 신년사 2일)
K, D = "kim-mi-gyeong", "2026-01-02"
G["bo-02-siminilbo.txt"] = dict(
    metadata=M("김미경 은평구청장 '구민 삶 속으로 더 깊이'··· 2026년 신년사 발표", "2026-01-02T21:48:43+09:00",
               "이대우", "시민일보", "11380"),
    officials=[K],
    claims=[
        C("아이 키우는 가정을 위한 마음 건강과 돌봄 지원 강화", K, D, ["childcare-birth", "public-health", "welfare"], "plan"),
        C("자립준비청년을 위한 공간인 '카페 에피소드'를 언급하며", K, D, ["welfare"], "statement"),
        C("불광역 서울혁신파크 부지와 수색·DMC역 복합개발 추진", K, D, ["small-merchants", "urban-regeneration"], "plan"),
        C("세대별 공론장 운영을 통한 구민 참여 행정 강화 등을 약속했다", K, D,
          ["culture-tourism", "citizen-participation", "youth-policy"], "plan"),
    ],
    not_claims=["은평의 변화는 언제나 구민의 삶에서 출발했다",
                "구민의 삶 속에서 체감되는 변화를 완성해 나가겠다",
                "'구민의 삶 속으로 뛰어드는 구정'을 최우선 과제로 제시했다",
                "'더 가까운 은평, 더 머무르고 싶은 은평'을 만들기 위한 구상도 밝혔다",
                "은평의 길을 은평답게 만들어 온 가장 큰 힘",
                "오늘이 살기 좋고 내일이 기대되는 도시 은평을 구민과 함께 만들어 가겠다"])

# bo-03 금천구 G밸리 워커스 나잇 (date 2025-11-09; 행사 지난 6일) - institutional narration
Y, P, E = "yu-seong-hun", "2025-11-09", "2025-11-06"
G["bo-03-heraldcorp.txt"] = dict(
    metadata=M(None, "2025-11-09", "박종일", "헤럴드경제", "11545"),
    officials=[Y],
    claims=[
        C("청년 노동자들을 지원하기 위한 ‘G밸리에서 일하는 사람들의 밤", None, E, ["youth-policy", "labor-relations"], "achievement"),
        C("G밸리 워커스 나잇은 G밸리(구로·가산디지털단지)에서 일하는 청년들을 위한 네트워킹 행사다", None, P,
          ["youth-policy"], "statement"),
        C("G밸리에 대한 소속감을 가지고 지역활동에까지 참여할 수 있도록 자리를 마련했다", None, E, ["youth-policy"], "statement"),
        C("청년 노동자 100여 명으로 구성된 ‘G밸리 워커스’가 출범해 주목을 받았다", None, E,
          ["youth-policy", "labor-relations"], "achievement"),
        C("청년 친화적 G밸리 조성을 위한 민관 협력체계가 구축됐다고 구는 설명했다", None, P,
          ["youth-policy", "labor-relations"], "achievement"),
    ],
    not_claims=["6일 G밸리 재직 청년 네트워킹 행사 ‘G밸리 워커스 나잇’ 개최",
                "청년 친화적 G밸리 조성을 위해 민·관 협력체계 구축",
                "청년 노동자 관련 기관 관계자들은 행사에서 응원과 격려를 전했다",
                "밸런스 게임, 명함 교환 및 워커스 선언문 작성",
                "G밸리 워커스의 시작을 함께 할 수 있어 보람을 느꼈다"])

# bo-04 광진구 김경호 취임 100일 기자간담회 (2022-10-13 10면; 간담회 12일)
G4, E = "kim-gyeong-ho", "2022-10-12"
G["bo-04-seoul.txt"] = dict(
    metadata=M("김경호 광진구청장 취임 100일", "2022-10-13", "장진복", "서울신문", "11215"),
    officials=[G4],
    claims=[
        C("매주 ‘구청장과의 만남’을 진행하는 등 소통을 강화하고 있다", None, E, ["citizen-participation"], "statement"),
        C("내년도 예산안에 소통예산과 소통비용이라는 항목을 만들 것", G4, E, ["citizen-participation"], "plan"),
        C("주민들이 구청장이나 동 주민센터 등을 통해 직접 요구한 사업들을 추진하기 위한 것", G4, E,
          ["citizen-participation"], "statement"),
        C("도시계획 지도 전면 재정비, 주거환경 개선 등과 관련한 구상도 밝혔다", G4, E, ["urban-regeneration"], "plan"),
        C("저층주거지 종합발전계획 및 2040 광진플랜을 수립할 것", G4, E, ["urban-regeneration"], "plan"),
        C("중곡동 지역의 도시계획을 재정비하고 주차장 공간을 확충할 것", G4, E, ["urban-regeneration"], "plan"),
        C("미래 인재 양성을 위한 최적의 교육 환경을 조성할 것", G4, E, ["education"], "plan"),
    ],
    not_claims=["소통과 협력을 통해 광진구의 문제들이 하나씩 해결되고 있다",
                "공정, 소통, 친절을 정책 기조로 삼았다",
                "직통문자 민원 서비스 등 운영",
                "Copyright ⓒ 서울신문 All rights reserved."])

# bo-05 중랑구 류경기 인터뷰 (조선일보 amp; undated in text)
R = "ryu-gyeong-gi"
G["bo-05-chosun.txt"] = dict(
    metadata=M(None, None, None, None, "11260"),
    officials=[R],
    claims=[
        C("축제 공간으로 변모한 중랑천이 있고", R, None, ["culture-tourism"], "statement"),
        C("누구나 부러워할 교육과 환경의 중심지로 키우겠다", R, None, ["education"], "plan"),
        C("교육 환경을 획기적으로 바꾸는 것이 최우선 구정(區政) 목표", R, None, ["education"], "plan"),
        C("부정적 이미지를 떨쳐내겠다는 것이다", R, None, ["education"], "plan"),
        C("초·중·고교 지원 규모를 연간 50억원까지 늘렸다", None, None, ["education"], "achievement"),
        C("앞으로도 매해 10억원씩 늘려 갈 방침이다", None, None, ["education"], "target"),
        C("교육비 지원은 6위로 상위급이다", None, None, ["education"], "achievement"),
        C("일선 학교의 교육 기능을 보완할 구립 교육센터도 건립된다", None, None, ["education"], "plan"),
        C("상봉역 인근에 내년 10월 문을 열 중랑구립 방정환 교육지원센터다", None, None, ["education"], "plan"),
        C("사업비 73억원이 투입됐다", None, None, ["education"], "statement"),
        C("초·중·고생을 위한 입시 컨설팅 등 교육 프로그램", None, None, ["education"], "statement"),
    ],
    not_claims=["주민들의 교육열은 더없이 높다",
                "잠재력이 그 어느 곳보다 풍부하다",
                "행정고시로 공직에 입문해",
                "참 잘한 결정이었다고 생각한다",
                "중랑구의 재정자립도는 25개 구 가운데 21위다",
                "소파 방정환의 이름을 땄다"])

# bo-06 관악구 청년정책 (2024-10-15 25면; 박희선 발언 14일)
PJ, P, E = "park-jun-hui", "2024-10-15", "2024-10-14"
YP = ["youth-policy"]
G["bo-06-seoul.txt"] = dict(
    metadata=M(None, "2024-10-15", "서유미", None, "11620"),
    officials=[PJ],
    claims=[
        C("서울 관악구가 제2의 고향처럼 돕고 있습니다", None, E, YP, "statement", name="박희선"),
        C("전국 지방자치단체 최초 청년 전용 건물인 ‘관악청년청’", None, E, YP, "achievement"),
        C("청년 참여는 관악구 청년정책의 핵심 가치다", None, P, YP, "statement"),
        C("청년청 운영도 청년들의 운영위원회가 한다", None, P, YP, "statement"),
        C("청년들이 주인공이 돼서 구정의 미래를 만들어 가고 있다", PJ, P, YP, "statement"),
        C("관악구의 청년 고용률은 서울시 평균보다 2.6% 포인트 높은 53.5%", PJ, P, YP + ["jobs"], "achievement"),
        C("관악구의 새 도시 브랜드는 청년을 전면에 내세웠다", None, P, YP, "statement"),
        C("청년의 자립과 성장에 함께하겠다는 의지가 담겼다", None, P, YP, "statement"),
        C("“청년이 제안하고 행정이 지원하는 청년정책”을 선언했다", PJ, P, YP, "plan"),
        C("지난해 4월 봉천동에 문을 연 청년청은", None, P, YP, "statement"),
        C("136개 기업, 1042명의 직원이 근무하는 창업 생태계를 조성했다", None, P, ["startup-support", "jobs"], "achievement"),
        C("집중적인 청년정책을 인정받아", None, P, YP, "achievement"),
    ],
    not_claims=["청년 고용률, 서울 평균보다 높아",
                "예산도 6년 전보다 355배나 늘어",
                "청년 인구 비율(41.4%)이 가장 높다",
                "지난 4월 공포된 ‘대한민국 청년수도 관악’이다"])

# bo-07 영등포구 재개발·재건축 제2상담센터 개소 (기사승인 2024.05.09 14:52; 개소 9일)
CH, E = "choi-ho-gwon", "2024-05-09"
G["bo-07-asiatoday.txt"] = dict(
    metadata=M("[구청장은 지금] 영등포 최호권, 준공업 용적률 완화에…“문래·양평 ‘젊은 도시’로 도약”",
               "2024-05-09T14:52+09:00", None, None, "11560"),
    officials=[CH],
    claims=[
        C("재개발·재건축 정비사업이 94건으로 서울시 자치구 중 가장 많을 만큼", None, E, ["housing"], "statement"),
        C("문래동에 '재개발·재건축 제2상담센터'를 열었다", None, E, ["housing"], "achievement"),
        C("당산·양평·문래동의 정비사업을 신속하게 추진하기 위해서다", None, E, ["housing"], "statement"),
    ],
    not_claims=["재개발·재건축 제2상담센터 개소",
                "지역 여건과 특색 맞춘 상담 진행",
                "양질의 주택공급·생활 인프라 확충",
                "일자리·주거·녹지·문화 가득한 명품도시",
                "노후 불량 주택 비율도 약 78.8%로 상위에 달한다",
                "기계금속 업체 1300여개나 밀집된 상황이다",
                "영등포는 노후 저층 주택들이 가득한 걸 보고 많은 생각이 들었다",
                "센터 관계자들과 대화를 나누고 있다"])

# bo-08 강서구 노현송 민선7기 인터뷰 (헤럴드경제; undated in text)
N = "noh-hyeon-song"
G["bo-08-heraldcorp.txt"] = dict(
    metadata=M("[민선 7기 구청장에 듣는다-<20> 노현송 강서구청장] “마곡지구를 첨단 산업ㆍ연구단지로…도심 곳곳 문화시설도 보충”",
               None, "이원율", "헤럴드경제", "11500"),
    officials=[N],
    claims=[
        C("마곡지구를 4차 산업혁명시대에 걸맞는 첨단 산업ㆍ연구단지로 만들겠습니다", N, None, ["research-development"], "plan"),
        C("도심 곳곳에 시립 도서관, 미술관, 문예회관 등 여가시설을 만들 예정입니다", N, None, ["culture-tourism"], "plan"),
        C("강서구를 경제, 문화가 함께 융성하는 도시로 조성하려고 합니다", N, None,
          ["culture-tourism", "research-development"], "plan"),
        C("현재 주거단지 쪽은 거의 완성됐다", None, None, ["housing"], "achievement"),
        C("산업단지 쪽도 148개 업체가 모여들고 있다", None, None, ["investment-attraction"], "achievement"),
        C("대기업 연구시설의 입주도 순조롭다", None, None, ["investment-attraction", "research-development"], "achievement"),
        C("양질의 일자리도 창출될 것", N, None, ["jobs"], "statement"),
        C("연구개발(R&D) 연구단지로 만드는 것이 최종 목표", N, None, ["research-development"], "plan"),
        C("50만㎡ 규모의 서울식물원도 생긴다", None, None, ["culture-tourism"], "plan"),
    ],
    not_claims=["-366만㎡ 마곡지구 개발 순항",
                "-강서문예회관 등 문화시설 확충",
                "-서부광역철도 착공 이뤄져야",
                "-공항 고도제한 완화도 앞당길 것",
                "민선 7기에서 반드시 끝낼 숙제가 무엇이냐는 말에 마곡지구 개발을 언급했다",
                "애초 개발 아이디어를 낸 사람부터 노 구청장이다",
                "민선 5ㆍ6기 때 이를 본 궤도에 올려 적극 추진했다",
                "성공적이었다는 평가다",
                "세계적인 수준의 면적이다"])

# bo-09 마포구 10대 정책 / 효도밥상 (동아일보 page; undated in text) - institutional narration
PG = "park-gang-su"
W = ["welfare"]
CP = ["citizen-participation"]
G["bo-09-donga.txt"] = dict(
    metadata=M(None, None, None, None, "11440"),
    officials=[PG],
    claims=[
        C("효도밥상 사업이 가장 칭찬을 받은 정책인 것으로 나타났다", None, None, W, "achievement"),
        C("1인당 최대 3개의 사업을 선정하는 방식의 투표를 진행했다", None, None, CP, "achievement"),
        C("그 결과를 바탕으로 구는 민선 8기 마포구 10대 정책을 선정했다", None, None, CP, "achievement"),
        C("총 2975명의 주민과 직원이 참여해 약 8900표를 행사했다", None, None, CP, "achievement"),
        C("주민참여 효도밥상 사업은 805표를 받아 1위를 차지했다", None, None, W + CP, "achievement"),
        C("마포구가 전국 최초로 추진한 이 사업은", None, None, W, "achievement"),
        C("식사를 하러 오지 않은 어르신은 전화나 방문으로 안부를 확인한다", None, None, W, "statement"),
    ],
    not_claims=["주민 대상 마포구 10대 정책 선정",
                "75세 이상 어르신 대상으로 식사와 상담 제공",
                "하반기엔 대상자 1500명으로 확대할 계획"])

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    n = 0
    for name, g in G.items():
        doc = {"article": name, "metadata": g["metadata"], "officials": g["officials"],
               "claims": g["claims"], "not_claims": g["not_claims"]}
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=1)
        n += len(g["claims"])
        print(name, len(g["claims"]))
    print("total claims", n)
