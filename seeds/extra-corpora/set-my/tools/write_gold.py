"""Write set-my gold files (hand annotation). C(quote, speaker, date, policies, kind[, speaker_name])."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name:
        c["speaker_name"] = name
    return c

def M(h, pub, rep, out, jur):
    return {"headline": h, "published": pub, "reporter": rep, "outlet": out, "jurisdiction": jur}

UR, SM, JOB, YP, CB = "urban-regeneration", "small-merchants", "jobs", "youth-policy", "childcare-birth"
AI, DC, SU = "fourth-industrial-revolution", "dementia-care", "startup-support"
G = {}

d = "2019-03-18"
G["my-01-joongangtv.txt"] = dict(
    metadata=M("박남춘 인천시장, 미추홀구 방문…현안사항 점검", "2019-03-18", "박승욱", None, "28"),
    officials=["park-nam-chun"],
    claims=[
        C("각종 도시재생사업을 역점적으로 추진하고 있다", None, d, [UR], "statement"),
        C("원도심 활성화 사업에 중점을 맞추고 시의 협조와 지원방안 등을 논의하는 자리를 가졌다", None, d, [UR], "statement"),
        C("시 차원에서 원도심 활성화 사업에 가시적인 성과를 낼 수 있도록 최선을 다하겠다", "park-nam-chun", d, [UR], "plan"),
        C("숭의2동 청사 신축 사업을 포함 3건의 현안사항을 기관 건의사항으로 시에 제출했으며", None, d, ["city-hall"], "plan"),
    ],
    not_claims=["박남춘 인천시장, 미추홀구 방문…현안사항 점검", "지역현안 청취·지원방안 논의",
                "인천시는 18일 미추홀구를 방문, 지역현안사항으로 역점 추진중인 3개소에서"],
)

d = "2021-02-02"
G["my-02-yonhap.txt"] = dict(
    metadata=M("서울 송파구, 102번째 구립 어린이집 개원", "2021-02-02T09:20+09:00", "임미나", "연합뉴스", "11710"),
    officials=["park-seong-su"],
    claims=[
        C("구립 어린이집 2곳을 추가로 개원한다고 2일 밝혔다", None, d, [CB], "achievement"),
        C("구의 101번·102번째 어린이집이다", None, d, [CB], "statement"),
        C("보육의 공공성 강화와 어린이집 확충을 역점사업으로 추진하고 있다", None, d, [CB], "statement"),
        C("지난해 말 100번째 구립 어린이집을 개원해", None, d, [CB], "achievement"),
        C("새로 여는 2곳은 석촌동과 삼전동에 있는 민간 어린이집을 매입한 것이다", None, d, [CB], "statement"),
        C("리모델링을 거친 후 국공립 기준에 맞춰 운영할 예정이다", None, d, [CB], "plan"),
        C("2022년까지 110개소를 채운다는 목표다", None, d, [CB], "target"),
        C("출생자 수가 사망자 수보다 많은 인구 자연 증가를 보이며", "park-seong-su", d, [CB], "achievement"),
        C("올해에도 아이 키우기 편한 송파를 만들어 가겠다", "park-seong-su", d, [CB], "plan"),
    ],
    not_claims=["서울 송파구, 102번째 구립 어린이집 개원"],
)

d = "2020-03-30"
G["my-03-knnws.txt"] = dict(
    metadata=M("인천 부평구, 올해 1만868개 일자리 창출... 677억원 투입 예정", "2020-03-30T21:57+09:00", None, None, "28237"),
    officials=[],
    claims=[
        C("일자리 대책 세부계획'을 마련하고 올해 1만868개의 일자리를 창출한다", None, d, [JOB], "target"),
        C("소상공인 지원을 비롯해 취업 취약계층 고용안정망 강화, 제조업 성장 지원에 행·재정력을 적극 투입한다는 방침이다", None, d, [JOB, SM], "plan"),
        C("고용 위기를 잘 극복한다면 고용 동력을 유지할 수 있을 것으로 구는 내다보고 있다", None, d, [JOB], "statement"),
        C("일자리 창출을 위한 5대 전략과 19개 과제를 중점 과제로 설정하고", None, d, [JOB], "plan"),
        C("사회적경제 활성화 및 고용서비스 강화를 핵심 전략으로 수립했다", None, d, [JOB, YP, UR, SM], "plan"),
        C("국가산업단지에 취업지원센터 분소를 설치·운영해 입주기업들의 구인을 지원한다는 방침이다", None, d, [JOB], "plan"),
    ],
    not_claims=["1만868개 일자리 창출... 677억원 투입 예정", "부평구는 지난해 인구 감소, 제조업과 도·소매업 종사자의 감소 등으로 어려움이 많았다"],
)

d, J = "2025-12-16", "jin-gyo-hun"
G["my-04-donga.txt"] = dict(
    metadata=M("서울 자치구 첫 ‘AI 조례’ 제정, 행정혁신 앞장 [기고/진교훈]", "2025-12-16T03:00+09:00", None, None, "11500"),
    officials=[J],
    claims=[
        C("이제는 인공지능(AI)의 고속도로를 구축할 때", None, "2025-11-04", [AI], "plan", "대통령"),
        C("10조 1000억 원의 예산을 AI 분야에 투입해", J, d, [AI], "statement"),
        C("‘AI 특화도시 도약의 원년’으로 정하고 체계적인 준비를 진행했다", J, d, [AI], "achievement"),
        C("‘AI 행정혁신 추진단’을 출범시켜 부서 간 협력체계를 구축했다", J, d, [AI], "achievement"),
        C("‘인공지능 기본조례’를 제정하여 제도적 기반을 마련했다", J, d, [AI], "achievement"),
        C("‘인공지능 기술·정책 자문단’을 운영해 정책의 타당성과 효율성을 검토하고 있다", J, d, [AI], "statement"),
        C("생성형 AI 활용교육을 정기적으로 진행하고, 주민 대상 AI 정책 아이디어 공모전을 개최했다", J, d, [AI], "achievement"),
        C("AI 행정혁신을 위한 22개 세부 실행과제를 마련해 추진하고 있다", J, d, [AI], "statement"),
        C("‘AI 기반 실종자 고속검색시스템’은 방대한 CCTV 영상을 1분 내에 분석해", J, d, [AI], "statement"),
        C("AI 염수 자동 살포시스템도 가동된다", J, d, [AI], "plan"),
    ],
    not_claims=["이러한 국가적 흐름 속에서 지방정부의 역할은 무엇일까", "AI 특화도시 원년 체계적 준비",
                "주민에게 더 풍요로운 삶 제공"],
)

d = "2025-10-23"
G["my-05-segye.txt"] = dict(
    metadata=M("인천 서구, 치매안심마을 확대 가정1동 여섯 번째 지정", "2025-10-23T15:11+09:00", "강승훈", "세계일보", "28260"),
    officials=[],
    claims=[
        C("지역 주민들이 치매에 대한 올바른 인식을 갖고자 한 ‘치매안심마을’", None, d, [DC], "statement"),
        C("예방에서 돌봄까지 함께 참여하는 마을 단위의 환경 조성 시스템이다", None, d, [DC], "statement"),
        C("가정1동을 관내 여섯 번째 치매안심마을로 지정하고 이를 기념하는 선포식을 최근 열었다", None, d, [DC], "achievement"),
        C("서구는 2019년 연희동을 시작으로", None, d, [DC], "statement"),
        C("주민대표 운영위원회를 통한 의견 수렴과", None, d, [DC], "statement"),
        C("가정1동의 지정이 치매에 대한 편견을 줄이고", None, d, [DC], "statement"),
        C("환자와 가족뿐만 아니라 구성원 모두 안심하고 살아갈 수 있도록 최선을 다하겠다", None, d, [DC], "plan"),
    ],
    not_claims=["인천 서구, 치매안심마을 확대 가정1동 여섯 번째 지정"],
)

H = "heo-in-hwan"
G["my-06-kyeongin.txt"] = dict(
    metadata=M(None, None, "변민철", "경인일보", "28140"),
    officials=[H],
    claims=[
        C("인천 동구는 치매안심통합관리센터가 확장 이전했다고 20일 밝혔다", None, None, [DC], "achievement"),
        C("2018년 문을 연 치매안심통합관리센터와 구립 치매전담형 주간보호센터를 통합 운영하기로 하고", None, None, [DC], "achievement"),
        C("새로 단장한 동구 치매안심통합관리센터는 전체 면적", None, None, [DC], "statement"),
        C("치매노인 주간보호, 전문의 진료, 인지프로그램 운영 등 다양한 돌봄 서비스를 제공할 예정이다", None, None, [DC], "plan"),
        C("치매안심통합관리센터의 새 출발을 알리는 행사를 열었다", None, None, [DC], "achievement"),
        C("치매관리에 체계적인 추진이 가능할 것으로 기대한다", H, None, [DC], "statement"),
        C("치매가 있어도 안심하고 살아갈 수 있는 치매안심사회를 실현하는 데 최선을 다하겠다", H, None, [DC], "plan"),
    ],
    not_claims=["치매안심통합관리센터 이전 개소식을 열었다. 2022.2.17 /동구 제공",
                "동구 치매안심통합관리센터 개소식 보도사진1"],
)

d, L = "2024-08-19", "lee-seung-ro"
G["my-07-tvseoul.txt"] = dict(
    metadata=M("'성북 청년 스마트 창업센터' 착공…\"창업 복합 거점시설\"", "2024-08-19T08:44+09:00", "신민수", "TV서울", "11290"),
    officials=[L],
    claims=[
        C("지난 14일 '성북 청년 스마트 창업센터'(가칭) 착공식을 개최했다고 19일 밝혔다", None, "2024-08-14", [SU, YP], "achievement"),
        C("센터는 길음동 1245-1~3번지", None, d, [SU, YP], "statement"),
        C("총사업비 138억여 원이 투입되며 2025년 준공이 목표다", None, d, [SU, YP], "plan"),
        C("지역 청년산업 육성을 위한 다양한 공간이 들어선다", None, d, [SU, YP], "plan"),
        C("5층 '뷰티창업 공간'은 관내 대학과의 협업을 통해 뷰티 분야 청년 인재 육성에 힘쓸 예정이다", None, d, [SU, YP], "plan"),
        C("'중소기업·소상공인 협업 공용공간'도 조성된다", None, d, [SM, SU], "plan"),
        C("성북구의 대표 창업 복합 거점시설로서 지역경제에 활력을 불어넣을 것으로 기대한다", L, d, [SU], "statement"),
        C("하루빨리 개관할 수 있도록 노력과 지원을 아끼지 않겠다", L, d, [SU], "plan"),
    ],
    not_claims=["착공…\"창업 복합 거점시설\"", "공소취소 거래설 뜬금없어"],
)

d = "2024-05-01"
G["my-08-gwanak.txt"] = dict(
    metadata=M("경제활력의 도시 관악, ‘10원의 경제’로 미래를 꿈꾸다", "2024-05-01", None, None, "11620"),
    officials=["park-jun-hui"],
    claims=[
        C("민선7기부터 지역경제의 모세혈관인 골목상권 육성에 많은 노력을 기울여왔다", None, d, [SM], "statement"),
        C("구는 먼저 행정조직을 개편했다", None, d, [SM], "achievement"),
        C("골목상권의 자생력, 경쟁력 강화를 위한 제도적 기반을 마련했다", None, d, [SM], "achievement"),
        C("전체 골목상권을 분석해 10대 주요 골목상권을 지정했다", None, d, [SM], "achievement"),
        C("‘골목상권 마스터플랜’을 수립해 5년간 총 33억 원을 투입해 오고 있다", None, d, [SM], "statement"),
        C("3개 분야 18개 사업에 총 100억 원을 투입한다", None, d, [SM], "plan"),
        C("소상공인이 체감할 수 있는 경영 안정을 돕고 있다", None, d, [SM], "statement"),
        C("소상공인에게 필요한 지원사업도 꼼꼼히 챙긴다", None, d, [SM], "statement"),
        C("골목상권 브랜드 인지도를 높이고 주변의 전통시장과의 연계해 시너지 효과까지 꾀하고 있다", None, d, [SM], "statement"),
    ],
    not_claims=["관악구는 근로자 10명 미만의 소규모 사업장이 95.8%에 달할 정도로",
                "삼성동시장에서 소상공인을 격려하는 박준희 관악구청장",
                "신림동별빛거리축제에서 소상공인들과 함께 축제를 즐기고 있는 박준희 구청장"],
)

Y = "lee-yeong-hun"
G["my-09-sportsdonga.txt"] = dict(
    metadata=M(None, None, None, None, "28177"),
    officials=[Y],
    claims=[
        C("원도심 재창조와 미래 100년 성장동력 확보의 전환점으로 삼고", None, None, [UR], "plan"),
        C("원도심의 한계를 넘어 새로운 변화와 도약을 구민과 함께 만들어 가겠다", Y, None, [UR], "plan"),
        C("구정 핵심 과제로 도시 재창조와 경제 활력 시스템 구축", Y, None, [UR, "culture-tourism", "welfare", "disaster-safety"], "plan"),
        C("비룡공감 2080 도시재생 뉴딜사업 등 주요 재개발·재건축 사업을 정상 추진하고 구청 신청사 건립을 차질 없이 진행해", None, None, [UR, "city-hall"], "plan"),
        C("원도심 교통 환경을 개선하고 수요자 중심 일자리 지원과 맞춤형 채용 연계를 통해", None, None, [UR, JOB], "plan"),
        C("전 세대를 아우르는 맞춤형 돌봄 서비스 확대, 복지 사각지대 해소, 생활권 중심 문화시설 확충, 안전시설 정비", None, None, ["welfare", "culture-tourism", "disaster-safety"], "plan"),
    ],
    not_claims=["2026년은 민선 8기를 마무리하고 미추홀구의 미래 청사진을 완성하는 매우 중요한 해",
                "●문화·복지·안전 조화로 모두가 함께하는 행복공동체 구현",
                "●K-컬처 아레나·복합문화커뮤니티 등 미래 성장동력 확보",
                "이영훈 인천 미추홀구청장 신년사. 사진제공|인천 미추홀구청"],
)

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, g in G.items():
        doc = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(g["claims"])
        print(name, len(g["claims"]))
    print("total", total)
