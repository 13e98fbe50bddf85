"""Writes gold/*.json for set-ng (hand annotations)."""
import json
from pathlib import Path

G = {}
def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}

D = "2024-03-21"
G["ng-01-edaily.txt"] = dict(
    metadata={"headline": "이승로 \"청년 주거 최적..신입 공무원에게 성북구 청약 권해\"", "published": "2024-03-21T05:55+09:00",
              "reporter": "양희동", "outlet": "이데일리", "jurisdiction": "11290"},
    officials=["lee-seung-ro"],
    claims=[
        c("장위뉴타운 등 재개발·재건축 가속화, 기초자치단체 최초 ‘천원의 아침밥’ 지원", None, D,
          ["housing", "urban-regeneration", "welfare", "youth-policy", "startup-support"], "achievement"),
        c("성북구는 전국 최다 규모인 125개 구역의 재개발·재건축 정비사업이 진행 중이다", None, D, ["housing"], "statement"),
        c("활발한 정비사업으로 인한 첨예한 조합 내 갈등 조정도 이 구청장의 주요 업무 중 하나다", None, D, ["housing"], "statement"),
    ],
    not_claims=["성북사랑상품권 올해 710억원 발행…지역경제 활성화", "8개 대학 협력…'천원의 아침밥' 등 청년 정책 확대",
                "‘현장에서 답을 찾다’를 슬로건으로 처음부터 현장 행정을 해왔다", "지역경제 회복 등 가시적 성과를 내겠다며 이같이 밝혔다",
                "장위10구역 갈등은 물리적 충돌까지 벌어져 극한으로 치닫기도 했다"],
)

D = "2026-03-10"
G["ng-02-asiatoday.txt"] = dict(
    metadata={"headline": "청년주거통합브랜드 ‘더드림집+’ 발표…청년 전세사기 예방 핵심", "published": "2026-03-10",
              "reporter": None, "outlet": None, "jurisdiction": "11"},
    officials=["oh-se-hoon"],
    claims=[
        c("2030년까지 청년주택 7만 4000호를 공급하는 청년 주거안정 대책을 발표했다", "oh-se-hoon", D, ["housing", "youth-policy"], "target"),
        c("핵심은 주택 공급 확대, 주거비 부담 완화, 전세사기 사전 차단의 세 축이다", None, D, ["housing", "youth-policy"], "statement"),
        c("시는 기존 4만 9000호에 2만 5000호를 추가 발굴", None, D, ["housing", "youth-policy"], "target"),
    ],
    not_claims=["주택공급·주거비·안전망 지원…이자지원 및 전세보증금 반환보증 보증료 2만명 확대 등",
                "집 때문에 꿈을 포기하지 않도록 총력", "청년 주거안정 대책을 발표하고 있다",
                "이런 행사가 청년들에게 많이 도움이 된다", "서울 청년 가구 115만 중 90%가 세입자다",
                "원룸 임대료는 10년 새 49만원에서 80만원으로 뛰었다"],
)

D = "2020-02-11"
G["ng-03-mygoodnews.txt"] = dict(
    metadata={"headline": "금천구 독산1동, 미세먼지 안심동네 만든다", "published": "2020-02-11T09:58+09:00",
              "reporter": None, "outlet": "우리집신문", "jurisdiction": "11545"},
    officials=["yu-seong-hun"],
    claims=[
        c("독산1동 일대 지원 사업을 확정하고 3월부터 본격적으로 시행한다", None, D, ["fine-dust"], "plan"),
        c("미세먼지 취약계층의 건강피해를 예방하고 최소화하기 위한 안심구역을 말한다", None, D, ["fine-dust"], "statement"),
        c("초미세먼지(PM2.5)는 15㎍을 초과하는 지역을 대상으로 한다", None, D, ["fine-dust"], "statement"),
        c("다양한 미세먼지 저감·보호 방안을 시행할 방침이다", None, D, ["fine-dust"], "plan"),
        c("미세먼지 쉼터 조성 등 주민지원 사업을 우선적으로 추진한다", None, D, ["fine-dust"], "plan"),
        c("미세먼지 저감을 위한 대책들도 실행한다", None, D, ["fine-dust"], "plan"),
    ],
    not_claims=["금천구, 3월부터 미세먼지 집중관리구역 세부사업 본격 시행"],
)

G["ng-04-dailyt.txt"] = dict(
    metadata={"headline": "서울시 '2050년 탄소중립' 온실가스감축 추진계획 제출", "published": "2020-12-29T12:04+09:00",
              "reporter": "김동식", "outlet": None, "jurisdiction": "11"},
    officials=[],
    claims=[
        c("'C40 도시기후리더십그룹'(C40)에 제출한다고 29일 밝혔다", None, "2020-12-29", ["climate-carbon"], "plan"),
        c("C40의 회원도시들은 2050년까지 탄소중립을 달성한다는 목표를 설정하고 계획을 수립해 제출해야 한다", None, "2020-12-29", ["climate-carbon"], "statement"),
        c("서울시는 C40와 논의를 거쳐 보고서를 보완하고 2021년 2월경에 확정할 예정이다", None, "2020-12-29", ["climate-carbon"], "plan"),
        c("이를 구체화하고 부문별 세부 사업계획을 담아 이번 추진계획을 만들었다", None, "2020-12-29", ["climate-carbon"], "achievement"),
        c("5대 부문의 74개 세부과제로 구성돼 있다", None, "2020-12-29", ["climate-carbon"], "statement"),
        c("2030년까지 온실가스를 2005년 대비 40% 줄이고 2050년에는 탄소중립을 달성하겠다는 목표를 제시했다", None, "2020-12-29", ["climate-carbon"], "target"),
        c("시는 지난 23일 시 기후변화대책위원회를 개최해 이 추진계획을 심의하고 확정했다", None, "2020-12-23", ["climate-carbon"], "achievement"),
        c("탄소중립 목표 달성에 차질이 없도록 할 예정이다", None, "2020-12-29", ["climate-carbon"], "plan"),
        c("2050년 탄소중립 목표는 달성하기 쉽지 않은 과감한 목표이지만", None, "2020-12-29", ["climate-carbon"], "statement"),
    ],
    not_claims=["▲2050 서울 온실가스 감축 추진계획 표지", "미국과 유럽의 22개 도시가 제출을 완료했다"],
)

D = "2019-05-16"
G["ng-05-segyelocal.txt"] = dict(
    metadata={"headline": "인천 남동구, '기업지원 및 일자리 창출협약’체결", "published": "2019-05-16T12:31+09:00",
              "reporter": "장선영", "outlet": "세계로컬타임즈", "jurisdiction": "28200"},
    officials=["lee-gang-ho"],
    claims=[
        c("기업과의 상생을 위한 ‘기업지원 및 일자리 창출협약’도 체결했다", None, D, ["jobs"], "achievement"),
    ],
    not_claims=["이강호 구청장, 소통 강화 나서...시민 위한 공약 앞장", "2016년에는 신용보증기금 스타기업으로 선정됐다",
                "기업인들의 애로사항을 듣고 상생협약을 맺는 등 소통을 강화하고 있다",
                "세계적인 기술을 보유한 기업들이 남동구에 있는 것에 대해 큰 자부심을 느낀다",
                "어려운 환경 속에서도 끊임없는 기술개발과 일자리 창출"],
)

G["ng-06-daum.txt"] = dict(
    metadata={"headline": "2026년 ‘제물포구’ 출범 앞두고 철도 교통·복지 확충", "published": None,
              "reporter": None, "outlet": None, "jurisdiction": "28140"},
    officials=["kim-chan-jin"],
    claims=[
        c("동구는 원도심에 가장 필요한 것이 철도교통과 지역 개발, 복지로 보고 민선 8기 시작부터 이 3대 사업에 주력해왔다", None, None,
          ["public-transit", "welfare", "urban-regeneration"], "statement"),
        c("인천3호선 유치를 위해 총력을 기울일 계획이다", "kim-chan-jin", None, ["public-transit"], "plan"),
        c("세심한 복지정책 수립과 복지 사각지대 발굴 지원에 공을 들이고 있다", "kim-chan-jin", None, ["welfare"], "statement"),
        c("동구는 전국 최초로 65세 이상 저소득층 노인들을 대상으로 스케일링 본인부담금 지원 사업을 통해", None, None, ["welfare"], "achievement"),
    ],
    not_claims=["제물포구 출범 전담 과를 신설하고 행정환경 변화에 신속히 대응하기 위한 조직개편을 단행할 예정이다",
                "제물포구 출범이 인천의 중심지로 재도약할 수 있는 기회가 될 것이라고 확신한다",
                "인천1·2호선은 동구와 중구, 옹진·강화를 제외하고 모든 지역을 지난다",
                "내륙에서 철도교통에 소외된 곳은 제물포구뿐이다",
                "인천 동구에는 전국 최초, 인천 최초로 도입된 사업들이 많다"],
)

D = "2022-09-29"
G["ng-07-ebreaknews.txt"] = dict(
    metadata={"headline": "민선8기 윤환 구청장 취임 100일...답은 현장에 있고, 현장에 구민이 있다.", "published": "2022-09-29T13:48+09:00",
              "reporter": "박상도", "outlet": "브레이크뉴스인천", "jurisdiction": "28245"},
    officials=["yun-hwan"],
    claims=[
        c("계산중학교 일원 자전거 이용 시설 개선을 위한 현장 점검을 실시했다", None, D, ["disaster-safety"], "achievement"),
        c("학생들의 교통사고 예방과 안전한 통학로를 확보하기 위해", None, D, ["disaster-safety"], "achievement"),
    ],
    not_claims=["민원 현장을 직접 찾아 해결 방안을 모색하고, 사회 각계각층과 적극적인 소통을 이어갔다",
                "▲ 지역과 주민을 위한 안전하고 쾌적한 환경 조성", "구민이 곧 해답이자 길이라는 뜻이다"],
)

G["ng-08-ifm.txt"] = dict(
    metadata={"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "28"},
    officials=["park-nam-chun"],
    claims=[
        c("수소경제 육성을 통해 탄소 중립 실현에 속도를 높인다고 6일 밝혔습니다", None, None, ["energy-transition", "climate-carbon"], "plan"),
        c("탄소를 흡수하는 도시숲 조성 등을 통해 탄소중립 실현을 확대한다는 계획입니다", None, None, ["climate-carbon"], "plan"),
        c("기업들과 손잡고 '수소산업 선도도시'를 선언했습니다", None, None, ["energy-transition"], "achievement"),
        c("'수소산업 기반 구축을 위한 상호협력에 관한 업무협약'을 체결했습니다", None, None, ["energy-transition"], "achievement"),
        c("바이오·부생수소 생산 클러스터 구축을 주도적으로 추진하고 수소자동차 전환과 인프라 구축 등 재정·행정적 지원에 노력하기로 했습니다", None, None,
          ["energy-transition", "future-vehicles"], "plan"),
        c("수소산업 기반의 구축과 환경 개선, 안전성 증진을 위해 서구와 함께 협업해 나갈 계획입니다", None, None, ["energy-transition"], "plan"),
        c("수소 모빌리티 보급 확대에도 총력을 다할 예정입니다", None, None, ["energy-transition", "future-vehicles"], "plan"),
        c("일자리 창출, 관련 산업의 발전 등 경제적 효과가 상당할 것으로 예측됩니다", None, None, ["energy-transition", "jobs"], "statement"),
        c("시는 자원순환정책 대전환과 탄소배출 감축을 통해 '인천형 그린뉴딜'을 본격 추진하", None, None, ["climate-carbon"], "plan"),
    ],
    not_claims=["박남춘 인천시장이 현대차의 수소전기차 '넥쏘'를 시승하고 있다", "▶ 수소산업 선도...친환경에너지 도시로 전환",
                "수소경제 컨트롤타워인 수소경제위원회도 참석했습니다", "▶ 인천형 그린뉴딜로 환경특별시 도약"],
)

G["ng-09-newsis.txt"] = dict(
    metadata={"headline": None, "published": None, "reporter": "김동영", "outlet": "뉴시스", "jurisdiction": "28185"},
    officials=["lee-jae-ho"],
    claims=[
        c("GTX-B 노선 착공 등 교통 인프라 확충을 추진하겠다고 밝혔다", "lee-jae-ho", None, ["public-transit"], "plan"),
        c("송도국제도시도서관과 청소년수련관 등 주요 인프라도 개관해 주민 복지를 강화할 계획이다", "lee-jae-ho", None, ["culture-tourism", "welfare"], "plan"),
        c("출산 친화적 환경 조성과 어르신 일자리 창출, 스마트 헬스케어 도입 등 복지 강화와 더불어 소상공인 지원", "lee-jae-ho", None,
          ["childcare-birth", "jobs", "welfare", "small-merchants", "medical-industry"], "plan"),
        c("AI 기술을 활용한 스마트 안전시스템과 '연수지킴댕댕이' 방범 프로그램도 주목받았다", None, None,
          ["fourth-industrial-revolution", "disaster-safety"], "statement"),
        c("연수 능허대 문화축제의 차별화, 구 송도역사의 복합문화공간 전환, 연수 큰재장학재단 확대 등으로", "lee-jae-ho", None,
          ["culture-tourism", "education"], "plan"),
    ],
    not_claims=["인천 연수구가 2025년 개청 30주년을 맞아 미래 비전을 선포하며 구민과 함께 도약을 약속했다",
                "지방정부의 책임을 다하며 구민의 삶을 돌보는 데 최선을 다한 한 해",
                "예산 규모를 21.53% 늘려 8810억 원을 달성한 점을 주요 성과로 꼽았다",
                "구민들의 응원과 협력 덕분에 연수구가 글로벌 도시로 자리 잡을 수 있었다",
                "구민과의 약속을 끝까지 실천하며 누구나 살고 싶은 도시, 연수구를 만들어가겠다"],
)

out = Path(__file__).resolve().parent.parent / "gold"
out.mkdir(exist_ok=True)
for name, g in G.items():
    doc = {"article": name, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"], "not_claims": g["not_claims"]}
    (out / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(name, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
