"""Write set-hd's gold files (hand annotation; format of seeds/corpus/README.md)."""
import json
from pathlib import Path

N = None  # null
G = {}


def gold(name, meta, officials, claims, not_claims):
    keys = ("headline", "published", "reporter", "outlet", "jurisdiction")
    out = []
    for c in claims:
        quote, speaker, date, policies, kind = c[:5]
        d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
        if len(c) > 5:
            d["speaker_name"] = c[5]
        out.append(d)
    G[name] = {"article": name, "metadata": dict(zip(keys, meta)), "officials": officials,
               "claims": out, "not_claims": not_claims}


LIM, D1, P1 = "lim-byeong-taek", "2018-09-03", ["small-merchants"]
gold("hd-01-shinailbo.txt",
     ["시흥화폐 '시루' 제1호 가맹점 현판식 개최", "2018-09-04T13:05+09:00", "송한빈", "신아일보", "41390"],
     [LIM],
     [("지역 가맹점 제1호 현판식을 지난 3일 임병택 시흥시장이 참석한 가운데 개최했다고", N, D1, P1, "achievement"),
      ("지역화폐가 골목상권에 도움이 된다는 사실을 예전부터 알고 있었다", N, D1, P1, "statement", "김도영"),
      ("행복머니 시루의 가맹점과 지역사회가 협력적 소비를 통해", LIM, D1, P1, "statement")],
     ["은행동 시흥그린마트, 가두 홍보캠페인도 함께 진행",
      "1호 가맹점은 시흥시 은행동에 위치한 ‘시흥그린마트’로",
      "골목슈퍼의 자생력을 강화하기 위해 소상공인시장진흥공단이 지원하는 나들가게이기도 한",
      "가맹 1호점이 되어 자랑스럽다",
      "시흥화폐 시루 가두 홍보캠페인을 함께 진행했다"])

WON, D2 = "won-gang-su", "2023-06-30"
gold("hd-02-ekn.txt",
     ['원강수 원주시장, "경제도시로의 변혁에 역량 집중"', "2023-06-30T19:11+09:00", "박에스더", "에너지경제신문", "51130"],
     [WON],
     [("그 시작이 시장 집무실 1층 이전이다", WON, D2, ["citizen-participation"], "achievement"),
      ("시민의 목소리를 경청하고 소통하겠다는 의지의 표현이었다", WON, D2, ["citizen-participation"], "statement"),
      ("소상공인 경영안정자금과 중소기업 육성자금 이차 보전율을 전국 최대인 6%까지 확대하고", WON, D2,
       ["small-merchants"], "achievement"),
      ("민선8기 원주시는 대중교통 체계 개선과 도로망 확충에 박차를 가하고 있다", N, D2, ["public-transit"], "statement"),
      ("시민의 발인 대중교통을 획기적으로 개선해", WON, D2, ["public-transit"], "achievement")],
     ["강원특별자치도 시대를 맞아 경제도시로의 변혁을 위해 가능한 모든 역량을 집중하겠다",
      "전국 최고의 지자체로 거듭나기 위한 전국 최조의 새로운 도전과 행보의 연속이었다",
      "지역 경제에 새바람을 일으키기 위해 노력한 한 해였다",
      "도로망 확충을 위해 14년간 방치된 동부순환도로 미개통구간을 착공했다"])

FD = ["fine-dust"]
gold("hd-03-ajunews.txt",
     [N, N, "박재천", "아주경제", "41270"],
     ["je-jong-gil"],
     [("노후경유 자동차(2005년 12월 31일 이전 제작차)를 대상으로 조기폐차 보조금 지원에 나선다", N, N, FD, "plan"),
      ("약 1,600여대의 노후 경유차에 대한 조기폐차를 권고할 계획이다", N, N, FD, "target"),
      ("이러한 조기폐차에 대한 보조금 지원 정책은", N, N, FD, "statement"),
      ("향후 노후경유차에 대한 재정적 지원을 확대함은 물론", N, N, FD, "plan")],
     [])

UR, D4 = ["urban-regeneration"], "2021-04-02"
gold("hd-04-edaily.txt",
     ["부천시 도시재생사업 성과 ‘풍성’…원도심 활성화", "2021-04-02T13:38:53+09:00", "이종일", "이데일리", "41190"],
     [],
     [("최근 5년간 소사 도시재생사업을 추진해 원도심이 활성화됐다고", N, D4, UR, "achievement"),
      ("5년 동안 소사 도시재생사업(소사본동·소사본3동 주변 대상)에 100억원", N, D4, UR, "achievement"),
      ("거점공간 문화교육 프로그램 수강생 수는 42% 증가했다", N, D4, UR, "achievement"),
      ("특성화 가로 주변 빈 점포는 32% 줄었고", N, D4, UR + ["small-merchants"], "achievement"),
      ("부천시는 노후화된 환경 개선 사업을 통해 다양한 시설과 거리를 조성했다", N, D4, UR, "achievement"),
      ("마을재생의 중심지가 됐다", N, D4, UR, "achievement"),
      ("마을특화거리는 소사지역에 활력을 불어넣고 있다", N, D4, UR, "achievement"),
      ("안전한 보행거리를 위한 안심거리와 담장 없는 주거경관 54곳을 개선했다", N, D4, UR + ["disaster-safety"],
       "achievement"),
      ("소사종합시장은 아케이드사업과 연계해", N, D4, UR + ["small-merchants"], "achievement"),
      ("지역주민이 주도하는 지속 가능한 도시재생 실현을 목표로 주민사업 29개 팀", N, D4, UR, "achievement"),
      ("주민 역량 강화를 위한 프로그램과 교육도 실시했다", N, D4, UR, "achievement")],
     ["소사지역 빈 점포 줄고 인구 늘어", "소사종합시장 시설현대화 추진",
      "시민들은 성주산 가족산책로(정지용 향수길)"])

DS, D5 = ["disaster-safety"], "2017-05-15"
gold("hd-05-ajunews.txt",
     ["삼척 산불지역, '하절기 집중 호우' 피해 우려…긴급 복구 대책 마련 시급", "2017-05-15T22:45+09:00", "박범천",
      "아주경제", "42230"],
     [],
     [("국민안전처에 ‘특별재난지역’ 지정을 지난 12일 공식 건의했다고", N, D5, DS, "achievement"),
      ("긴급한 복구지원과 대책마련이 필요하다는 판단이다", N, D5, DS, "statement"),
      ("지난 9일부터 피해 지역에 대한 분야별 피해조사와", N, D5, DS, "statement"),
      ("신속한 수습을 위해 모든 행정력을 집중하고 있다", N, D5, DS, "statement"),
      ("범정부 차원의 종합적 지원책 마련이 꼭 필요한 상황이다", N, D5, DS, "statement"),
      ("특별재난지역 선포로 복구 및 지원이 신속하게 이루어져", N, D5, DS, "statement")],
     ["삼척시, 국민안전처에 '특별재난지역' 지정 공식 건의", "삼척 산불 피해 모습 [사진=삼척시 제공]"])

LEE, D6, IA = "lee-sang-il", "2025-11-21", ["investment-attraction"]
gold("hd-06-kmib.txt",
     ["이상일 용인특례시장 “용인에 진행되는 반도체 투자 규모 1000조 육박”", "2025-11-23", N, N, "41460"],
     [LEE],
     [("투자를 기존 122조원에서 600조원 규모로 대폭 확대하겠다고 한 것", LEE, D6, IA, "statement"),
      ("용인에서 진행될 반도체 관련 총 투자 규모가 1000조원에 육박한다", LEE, D6, IA, "statement"),
      ("반도체 관련 기업들이 대거 입주해서 활동하게 되므로 시의 재정이 크게 좋아질 것", LEE, D6, IA, "statement"),
      ("2023년 3월 첨단시스템반도체 국가산단을 용인으로 유치한 것이 결정적인 계기가 됐다", LEE, D6,
       IA + ["water-supply"], "achievement"),
      ("국가산단 일부가 송탄상수원보호구역에 걸쳐 있었는데", LEE, D6, ["water-supply"], "achievement")],
     ["처인구·기흥구·수지구 곳곳에 시민을 위한 투자를 지속적으로 확대할 수 있을 것"])

SHIN, D7 = "shin-yeong-jae", "2025-12-05"
gold("hd-07-seoul.txt",
     ["신영재 홍천군수 인터뷰", "2025-12-08", N, "서울신문", "51720"],
     [SHIN],
     [("매월 셋째 주 수요일 소통의 날을 운영하며", N, "2025-12-08", ["citizen-participation"], "statement"),
      ("기업 유치가 중요하다", SHIN, D7, IA, "statement"),
      ("기업이 들어와 양질의 일자리가 만들어져야 경제에 활력이 붙는다", SHIN, D7, IA + ["jobs"], "statement"),
      ("게다가 인구도 늘어 지속 가능한 도시가 될 수 있다", SHIN, D7, IA, "statement"),
      ("북방농공단지를 8월부터 분양했는데 출발이 좋다", SHIN, D7, IA, "achievement"),
      ("7개 구역에 대해 6개 기업이 관심을 갖고 있다", SHIN, D7, IA, "statement"),
      ("청년 일경험 지원사업, 청년주인수당 등 구직자를 위한 정책도 추진하고 있다", SHIN, D7,
       ["youth-policy", "jobs"], "statement"),
      ("소상공인을 위한 금융 지원과 시설 개선 등도 이어 나가고 있다", SHIN, D7, ["small-merchants"], "statement"),
      ("이탈률을 최소화하기 위해 도입한 계절근로자 선발부터", SHIN, D7, ["agriculture"], "achievement")],
     ["경제는 군정에서 최우선 가치입니다", "경제 살리기는 한시도 소홀히 할 수 없는 군정 과제",
      "‘힘차게 도약하는 경제 으뜸도시’를 민선 8기 비전으로 제시하며",
      "-외국인 계절근로자 이탈률 ‘0%대’로 주목받았다."])

CHOI, D8 = "choi-moon-soon", "2018-06-14"
gold("hd-08-seoul.txt",
     [N, "2018-06-14", "조한종", "서울신문", "42"],
     [CHOI],
     [("강릉~고성 제진 동해북부선 철도 조기 착공과 금강산 관광 재개", CHOI, D8,
       ["public-transit", "culture-tourism"], "plan"),
      ("동해북부선은 강원도가 북한을 넘어 유라시아 대륙까지", CHOI, D8, ["public-transit"], "statement"),
      ("서쪽으로는 관광·문화·예술의 메카로", CHOI, D8, ["culture-tourism"], "statement"),
      ("청년 일자리 수당 월 60만원 지급과 어르신 일자리 창출 등 맞춤형 복지 공약", CHOI, D8,
       ["youth-policy", "jobs", "welfare"], "plan"),
      ("아동수당 50만원, 육아 전업수당 20만원 지급도 약속했다", CHOI, D8, ["childcare-birth"], "plan")],
     ["평창동계올림픽으로 시작된 남북 평화 분위기에 이어",
      "소외와 변방의 대명사였던 강원도를 남북 평화 경제의 중심지로 만드는 데 마지막 열정을 쏟겠다",
      "문화방송(MBC) 사장, 18대 국회의원"])

NAM, J = "nam-kyung-pil", ["jobs"]
gold("hd-09-newdaily.txt",
     [N, N, N, N, "41"],
     [NAM],
     [("‘일자리 창출’을 임기 후반기 道政 운영 목표로 삼겠다는 뜻을 밝혔다", NAM, N, J, "plan"),
      ("지난 2년 동안 30만1천개의 새로운 일자리를 만들어냈다", NAM, N, J, "achievement"),
      ("남은 2년 동안 70만개 일자리를 달성하기 위해 최선을 다할 것", NAM, N, J, "target"),
      ("일자리 30만개는 뛰어난 성과지만 나는 아직도 배가 고프다", NAM, N, J, "achievement"),
      ("지난 성과에 만족하지 않고 더 좋은 일자리 창출에 매진해", NAM, N, J, "plan"),
      ("우리 집 근처에 좋은 일자리를 많이 만들어 이런 고통에서 헤어날 수 있도록 해야 한다", NAM, N, J, "plan"),
      ("판교제로시티, 스타트업캠퍼스 등의 정책을 통해", NAM, N, J + ["startup-support"], "target")],
     ["취임 2주년의 성과와 임기 후반기 핵심 정책을 설명하면서",
      "많은 청년과 은퇴자들이 미래에 대한 불안 때문에 힘들어한다",
      "많은 부부가 주택난, 교통난, 사교육비 때문에 고통을 겪는다", "그래서 우리는 배가 고파야 한다"])

out = Path(__file__).resolve().parents[1] / "gold"
out.mkdir(exist_ok=True)
for name, g in G.items():
    (out / f"{name}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(name, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
