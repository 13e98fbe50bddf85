"""Write set-ky's gold files (hand annotation). C(quote, speaker, date, policies, kind)."""
import json
from pathlib import Path

def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p.split(), "kind": k}
    if name:
        c["speaker_name"] = name
    return c

def M(h, pub, rep, out, jur):
    return {"headline": h, "published": pub, "reporter": rep, "outlet": out, "jurisdiction": jur}

G = {}

d = "2026-02-12"
G["ky-01-seoul.txt"] = dict(
    metadata=M(None, "2026-02-12", "송현주", None, "11290"),
    officials=["lee-seung-ro"],
    claims=[
        C("서울 성북구가 설 명절을 맞아 전통시장을 찾아 민생 현황 점검과 장보기 행사를 진행했다고 12일 밝혔다", None, d, "small-merchants", "statement"),
        C("구는 지난 10일 길음시장을 시작으로", None, "2026-02-10", "small-merchants", "statement"),
        C("지역 내 소비 촉진으로 침체한 민생 경제에 활력을 불어넣기 위해 마련됐다", None, d, "small-merchants", "statement"),
        C("현장의 의견을 구정에 반영하겠다는 뜻을 밝혔다", "lee-seung-ro", d, "small-merchants", "plan"),
        C("시장 이용 분위기 확산을 위한 지원을 계속 추진할 계획이다", None, d, "small-merchants", "plan"),
    ],
    not_claims=["상인 애로사항 청취, 경기 상황 공유", "명절 전통시장 이용 독려, 지역 소비 분위기 확산",
                "성북구청장이 설 명절을 맞아 전통시장을 찾아 민생현황을 점검하다 한 상인과 인사를 나누고 있다",
                "시장 곳곳을 둘러보며 제수용품을 구매하고", "설 명절을 맞아 전통시장을 적극 이용해 달라고 당부했다",
                "전통시장은 지역 경제의 근간이자 주민들의 삶과 가장 가까운 공간",
                "전통시장 이용이 더욱 활성화돼 상인과 주민 모두에게 힘이 되기를 바란다"],
)

d = "2025-02-17"
G["ky-02-guminnews.txt"] = dict(
    metadata=M("서강석 송파구청장, 傳統市場 상인들과 점심 먹으며 소통 懇談會…民生現場 살펴", "2025-02-17T18:27+09:00", None, "구민신문", "11710"),
    officials=["seo-gang-seok"],
    claims=[
        C("관내 6개의 모든 전통시장을 차례로 방문해 상인들을 격려하고 민생현장을 직접 살필 예정이라고 밝혔다", "seo-gang-seok", d, "small-merchants", "plan"),
        C("이번 방문은 최근 한파와 경기 불황으로 어려움을 겪고 있는 전통시장을 찾아", None, d, "small-merchants", "statement"),
        C("침체한 전통시장 경기 활성화를 위해 야시장 개최, 명절맞이 이벤트, 고객센터 조성, 시장 노후시설 개선 등 다양한 지원을 하고 있다", None, d, "small-merchants", "statement"),
        C("온누리상품권 환급행사 등 다양한 이벤트도 기획 중이다", None, d, "small-merchants", "plan"),
        C("새마을시장은 시설 개선이 잘 되어서, 서울시 대표시장으로도 손색이 없는 것 같다", "seo-gang-seok", "2025-02-13", "small-merchants", "achievement"),
    ],
    not_claims=["213일부터 한 달간 애로사항 청취지원책 마련에 중점", "첫 방문으로 새마을 시장을 찾았다",
                "허심탄회한 소통의 시간을 가졌다", "전통시장의 어려움에 대해 솔직한 이야기를 나눴다"],
)

d = "2024-05-02"
G["ky-03-adtimes.txt"] = dict(
    metadata=M("진교훈 서울 강서구청장, 기후위기 대응 컨퍼런스서 탄소중립 공동대응 선언", "2024-05-02T12:45+09:00", "최진형", "행정신문", "11500"),
    officials=["jin-gyo-hun", "oh-se-hoon"],
    claims=[
        C("참석해 탄소중립을 위한 공동대응에 나서기로 했다", None, d, "climate-carbon", "plan"),
        C("건물 온실가스 감축을 위한 실천의지를 다졌다", None, d, "climate-carbon", "plan"),
        C("온실가스 감축 정책인 기후동행건물 프로젝트를 발표했다", None, d, "climate-carbon", "plan"),
        C("탄소중립 실천은 미래세대를 위한 우리의 책임이자 모두가 동참해야 하는 시대적 과제", "jin-gyo-hun", d, "climate-carbon", "statement"),
        C("서울시, 중앙정부와 함께 일원화된 대응체계를 구축", "jin-gyo-hun", d, "climate-carbon", "plan"),
    ],
    not_claims=["서울시, 중앙정부와 함께 탄소중립 실천의지 다져", "공동결의문 서명 퍼포먼스를 선보였다",
                "정책 토론회 등의 순으로 진행됐다", "오세훈 서울시장과 악수하고 있다"],
)

d = "2023-02-27"
G["ky-04-ifocus.txt"] = dict(
    metadata=M("서울시, 자치구와 '탄소중립 원팀' 구성…기후위기 공동대응", "2023-02-28T13:19+09:00", "전홍선", "포커스데일리", "11"),
    officials=[],
    claims=[
        C("서울시가 25개 자치구와 저탄소 건물 전환, 전기차 보급 확대, 그린인프라 확충 등 기후위기 정책 추진에 힘을 모은다", None, d, "climate-carbon future-vehicles", "plan"),
        C("기후위기 극복과 탄소중립 실현을 위한 5가지 사항을 공동 결의한다", None, d, "climate-carbon", "plan"),
        C("저탄소 건물 전환에 속도를 내고 교통, 에너지 분야의 화석연료 의존도를 낮추기로 했다", None, d, "climate-carbon energy-transition", "plan"),
        C("올해 노후건물 22만호를 저탄소 건물로 전환하고, 2026년까지 누적 100만호를 달성한다", None, d, "climate-carbon", "target"),
        C("올해 전기차 충전기 2만기 보급, 배출가스 4등급 차량의 조기 폐차 지원 등으로 온실가스 배출을 최대한 억제한다", None, d, "climate-carbon future-vehicles fine-dust", "target"),
    ],
    not_claims=["저탄소 건물 전환·전기차 보급 확대 등 공동결의", "'2050 탄소중립 원팀서울' 출정식 홍보 이미지",
                "'2050 탄소중립 원팀서울' 출정식을 연다", "자치구 우수사례 발표순으로 진행된다",
                "다회용컵을 1천만개까지 확대하고", "대형건물 내 1회용품 반입금지도 강화한"],
)

d = "2018-06-16"
P = "park-hyeong-u"
G["ky-05-edaily.txt"] = dict(
    metadata=M('[선택 6.13]박형우 계양구청장 "3선에 감사…계양 가치 높일 것"', "2018-06-16T21:22:17+09:00", "이종일", "이데일리", "28245"),
    officials=[P],
    claims=[
        C("서운산업단지, 계양테크노밸리 등을 조성해 일자리와 세수를 확충하고 자족도시를 만들겠다", P, d, "jobs", "plan"),
        C("계양산성박물관 준공과 계양산성 복원, 국가사적 신청 등을 통해 계양의 역사성, 정체성을 확립하겠다", P, d, "culture-tourism", "plan"),
        C("청라까지 연결하는 광역철도망을 추진하겠다", P, d, "public-transit", "plan"),
        C("계양을 교통의 중심지로 만들겠다", P, d, "public-transit", "plan"),
    ],
    not_claims=['"홍대~청라 철도망 구축할것"', "구민의 3선 선택에 감사하다", "구민의 선택으로 민선 7기 구청장이 됐다",
                "그동안 추진한 사업을 마무리하고 더 잘 사는 계양을 만드는 일에 노력을 다하겠다",
                "계양산, 천마산 복원·정비를 지속 추진해 계양의 브랜드 가치를 높이겠다",
                "살고 싶은 도시, 머무르고 싶은 도시 계양의 발전과 미래를 위해 최선을 다하겠다"],
)

G["ky-06-mediaic.txt"] = dict(
    metadata=M("미추홀구, 도시형 취약지역 생활여건 개조 사업 선정", "2019-04-01T17:01+09:00", "김상옥", "미디어인천신문", "28177"),
    officials=[],
    claims=[
        C("인천 미추홀구가 지난 29일 도시형 취약지역 생활여건 개조 공모사업에 최종 선정됐다", None, "2019-03-29", "urban-regeneration", "achievement"),
        C("집수리 지원, 주거관리 서비스 등 주택정비", None, "2019-04-01", "urban-regeneration disaster-safety housing", "statement"),
        C("대상지는 도시재생활성화지역인 장사래마을 내 숭의동 290-1번지 일원으로 인천지역에서는 미추홀구가 유일하게 선정됐다", None, "2019-04-01", "urban-regeneration", "achievement"),
        C("최대 16억원의 예산이 투입될 예정이다", None, "2019-04-01", "urban-regeneration", "plan"),
        C("미추홀구가 생활여건 개조사업에 선정된 것은 이번이 처음", None, "2019-04-01", "urban-regeneration", "achievement"),
        C("주민의 주거환경개선을 위한 국비확보를 위해 앞으로도 최선을 다하겠다", None, "2019-04-01", "urban-regeneration", "plan"),
    ],
    not_claims=["숭의동 지역, 최대 16억원 예산 투입 예정", "도시형 취약지역 생활여건 개조 사업 선정된 미추홀구 숭의동 290-1 지역",
                "삭제한 댓글은 다시 복구할 수 없습니다"],
)

d = "2024-11-15"
G["ky-07-maeil.txt"] = dict(
    metadata=M("2029 인천시 스마트 도시계획 추진", "2024-11-15", "이종민", "매일일보", "28"),
    officials=[],
    claims=[
        C("2024년 1월부터 12월까지 수립하고 세부과제를 추진할 예정이라고 밝혔다", None, d, "smart-city", "plan"),
        C("스마트도시 국가인증도시(2022년 9월)로 선정됐으며", None, d, "smart-city", "achievement"),
        C("스마트서비스 28개 과제를 발굴해 추진 중에 있는데", None, d, "smart-city", "statement"),
        C("국내외 최신 기술 및 정책 동향을 분석하고 국가차원의 스마트도시 구축이다", None, d, "smart-city", "plan"),
        C("세부 추진전략으로, ▲스마트서비스 권역별 위상분석을 기반으로", None, d, "smart-city", "plan"),
        C("차세대 스마트도시 구현을 위해", None, d, "smart-city", "plan", "류윤기"),
    ],
    not_claims=["지속 가능한 원·신도심 균형발전 기반의 차세대 인천 스마트도시 구현"],
)

Y = "yoo-jeong-bok"
G["ky-08-livesnews.txt"] = dict(
    metadata=M(None, None, None, None, "28"),
    officials=[Y],
    claims=[
        C("저출생 극복을 위한 인천시의 정책 의지를 다시 한 번 강조하는 자리였다", None, None, "childcare-birth", "statement"),
        C("출산과 양육에 대한 부담을 함께 나누는 것이 지방정부의 책임이라는 점을 분명히 했다", Y, None, "childcare-birth", "statement"),
        C("‘아이플러스(i+) 드림’ 정책을 통해 저출생 대응에 선도적으로 나서고 있다", None, None, "childcare-birth", "statement"),
        C("‘아이플러스(i+) 1억드림’을 본격 시행하며, 생애주기 전반에 걸친 촘촘한 지원 체계를 구축해 왔다", None, None, "childcare-birth", "achievement"),
        C("매년 120만 원을 지원하는 ‘천사지원금’을 비롯해", None, None, "childcare-birth", "statement"),
        C("부모의 양육 부담을 줄이고, 아이가 안정적인 환경에서 성장할 수 있도록 돕고 있다", None, None, "childcare-birth", "statement"),
        C("출산 가정의 생활 부담 완화를 위한 정책도 병행되고 있다", None, None, "childcare-birth", "statement"),
        C("대중교통 이용 시 요금을 최대 70%까지 환급하는", None, None, "childcare-birth public-transit housing", "statement"),
    ],
    not_claims=["새 생명의 울음이 인천의 새로운 한 해를 열었다", "출생을 축하하고 격려의 뜻을 전했다",
                "아이의 탄생이 개인과 가정을 넘어 지역사회와 도시의 미래를 밝히는 소중한 출발임을 강조했다",
                "새 생명의 탄생은 인천의 미래가 시작되는"],
)

O = "oh-eon-seok"
G["ky-09-etnews.txt"] = dict(
    metadata=M(None, None, None, None, "11320"),
    officials=[O],
    claims=[
        C("스마트 도시 구축은 빅데이터와 인공지능(AI) 등 정보통신기술(ICT)을 활용해", O, None, "smart-city fourth-industrial-revolution", "statement"),
        C("전담부서인 '스마트혁신과'를 신설했다", None, None, "smart-city", "achievement"),
        C("스마트혁신과는 AI와 데이터 기반 행정을 추진하고", None, None, "smart-city fourth-industrial-revolution", "statement"),
        C("국내 최초로 AI 굴다리 안전통행 서비스를 선보여 보행자 사고를 크게 줄였다", None, None, "smart-city fourth-industrial-revolution disaster-safety", "achievement"),
        C("라이다 센서와 AI 기술을 접목한 시스템을 설치했다", None, None, "smart-city fourth-industrial-revolution", "achievement"),
        C("굴다리를 지나가는 차량 높이를 실시간으로 알려주고", None, None, "smart-city fourth-industrial-revolution", "statement"),
        C("설치 후 1년 동안 사고가 한 건도 발생하지 않았다", O, None, "smart-city fourth-industrial-revolution disaster-safety", "achievement"),
        C("다른 지역에서 찾아와 벤치마킹을 할 정도로 성공한 사례", O, None, "smart-city fourth-industrial-revolution", "achievement"),
        C("AI 예측 플랫폼을 구축하고", None, None, "smart-city fourth-industrial-revolution disaster-safety", "plan"),
        C("지능형 폐쇄회로텔레비전(CCTV)을 도입해", None, None, "smart-city disaster-safety", "achievement"),
        C("재난·안전·교통·현황·대기환경등의 정보를 시각화해 한눈에 볼 수 있는 플랫폼을 설치했다", None, None, "smart-city", "achievement"),
        C("이는 정책 수립에 반영된다", None, None, "smart-city", "statement"),
        C("데이터 분석 결과를 바탕으로, 지역 내 소비 활성화를 위한 정", O, None, "smart-city small-merchants", "statement"),
    ],
    not_claims=[],
)

if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "gold"
    out.mkdir(exist_ok=True)
    total = 0
    for name, g in G.items():
        doc = {"article": name, **g}
        (out / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(g["claims"])
        print(name, len(g["claims"]))
    print("total", total)
