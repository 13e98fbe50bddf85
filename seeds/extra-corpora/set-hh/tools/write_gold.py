"""Write set-hh gold files (hand annotation). C(quote, speaker, date, policies, kind)."""
import json
from pathlib import Path

G = Path(__file__).resolve().parents[1] / "gold"


def C(q, s, d, p, k):
    return {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}


def M(h, pub, rep, out, jur):
    return {"headline": h, "published": pub, "reporter": rep, "outlet": out, "jurisdiction": jur}


IA, SC, CP = "investment-attraction", "smart-city", "citizen-participation"
GOLD = {}

d = "2026-03-03"; jm = "jeong-myeong-geun"
GOLD["hh-01-newspim.txt"] = dict(
    metadata=M(None, d, "박노훈", "뉴스핌", "41590"), officials=[jm],
    claims=[
        C("'2026 화성특례시 투자유치 설명회'를 개최하고", None, d, [IA], "plan"),
        C("투자환경을 소개하고 산업단지 분양 홍보 및 개별 상담을 진행할 예정이다", None, d, [IA], "plan"),
        C("투자유치 인센티브 안내", None, d, [IA], "statement"),
        C("약 9500억 원 규모의 투자의향이 접수되는 성과를 거뒀다", None, d, [IA], "achievement"),
        C("전략적 기업 유치를 통해 지역 산업 경쟁력을 더욱 강화할 계획이다", None, d, [IA], "plan"),
        C("유망기업 유치와 첨단산업 클러스터 조성에 주력하며 기업 협력을 확대해 왔다", jm, d, [IA], "achievement"),
        C("기업들이 실질적인 투자 기회를 모색하는 자리가 되도록 준비하겠다", jm, d, [IA], "plan"),
    ],
    not_claims=["[화성=뉴스핌] 박노훈 기자"])

d = "2025-11-27"
GOLD["hh-02-segye.txt"] = dict(
    metadata=M(None, "2025-11-28", None, None, "41110"), officials=[],
    claims=[
        C("3회 연속 스마트도시 인증을 획득했다", None, d, [SC], "achievement"),
        C("2021년과 2023년에 이어 국토교통부가 주관하는", None, d, [SC], "achievement"),
        C("2년 단위로 스마트도시 인증 공모를 시행하고 있다", None, d, [SC], "statement"),
        C("종합 평가해 인증한다", None, d, [SC], "statement"),
        C("인파 밀집 인공지능(AI) 카메라 시스템 등으로 높은 점수를 얻었다", None, d,
          [SC, CP, "fourth-industrial-revolution"], "achievement"),
        C("어린이들이 스마트폰을 보며 걷는 것을 방지하는 사업이다", None, d, [SC, "disaster-safety"], "statement"),
        C("보행안전 앱을 설치하면", None, d, [SC, "disaster-safety"], "statement"),
        C("11개 초등학교 스쿨존에서 운용되고 있다", None, d, [SC, "disaster-safety"], "statement"),
        C("자체 예산을 활용해 ITS를 구축한 뒤 고도화해 운영하고 있다", None, d, [SC], "statement"),
        C("1만여건의 교통 데이터를 실시간으로 수집·분석해", None, d, [SC], "statement"),
        C("‘파란학기제’가 높은 평가를 얻었다", None, d, [SC, CP], "achievement"),
        C("시에 정책 제안을 하는 사업이다", None, d, [CP], "statement"),
        C("‘새빛톡톡’이 눈에 띄었다", None, d, [SC, CP], "achievement"),
        C("2023년 출시된 새빛톡톡은", None, d, [CP], "achievement"),
    ],
    not_claims=["수원시청."])

d = "2026-02-26"; FD = ["fine-dust"]
GOLD["hh-03-asiatoday.txt"] = dict(
    metadata=M("봄철 미세먼지 총력 대응계획도 수립", d, None, None, "41190"), officials=[],
    claims=[
        C("최근 2개월 동안 초미세먼지 농도를 크게 낮춘 것으로 나타났다", None, d, FD, "achievement"),
        C("13.6% 개선됐다고 26일 밝혔다", None, d, FD, "achievement"),
        C("미세먼지 계절관리제는 고농도 미세먼지가 집중적으로", None, d, FD, "statement"),
        C("최근 2개월 동안의 미세먼지 저감 성과는", None, d, FD, "achievement"),
        C("주말과 공휴일을 제외하고 배출가스 5등급 차량 운행을 제한했다", None, d, FD, "achievement"),
        C("현장 관리와 점검 활동을 강화해 저감 효과를 높일 계획이다", None, d, FD, "plan"),
        C("'봄철 초미세먼지 총력 대응 계획'을 수립하고 추진한다", None, d, FD, "plan"),
        C("3개 분야 9개 과제를 선정했다", None, d, FD, "achievement"),
        C("공사장 비산먼지 발생 사업장에 대한 현장 단속을 강화한다는 계획이다", None, d, FD, "plan"),
    ],
    not_claims=["봄철 미세먼지 총력 대응계획도 수립",
                "진출입로 주변을 청소 중인 분진흡입차량 모습"])

d = "2019-06-12"; jg = "jo-gwang-han"; PT = ["public-transit"]
GOLD["hh-04-fnnews.txt"] = dict(
    metadata=M("조광한 남양주시장 ‘남양주 철도혁명’ 동분서주", "2019-06-12T23:54+09:00", "강근주",
               "파이낸셜뉴스", "41360"), officials=[jg],
    claims=[
        C("남양주시 철도교통의 혁명적 개선을 위해 연일 동분서주하고 있다", None, d, PT, "statement"),
        C("철도교통 확충이 바람직하며", jg, d, PT, "statement"),
        C("다른 방식으로 추진할 필요가 있다", jg, d, PT, "plan"),
        C("철도나 환승센터는 대중교통 유도, 승용차 감축정책에 기본적으로 필요하다", None, d, PT, "statement"),
    ],
    not_claims=["동북권 광역교통망 기본구상을 위한 간담회에 참석했다",
                "신도시 교통대책 보완방안에 대한 논의를 위해 마련됐으며",
                "남양주시에서 건의한 사항을 적극 검토해 달라",
                "향후 인구정책 및 인구변화 추이를 고려한 정책이 필요하다",
                "광역교통문제 개선을 위해 필요한 정책에 대해 논의했다",
                "12일 동북권 광역교통망 기본구상 간담회 참석. 사진제공=남양주시"])

d = "2024-07-31"
GOLD["hh-05-fnnews.txt"] = dict(
    metadata=M("'글로벌 경제도시' 꿈꾸는 원강수 원주시장", "2024-07-31T16:00+09:00", "김기섭",
               "파이낸셜뉴스", "51130"), officials=["won-gang-su"],
    claims=[
        C("단 2년만에 28개 기업을 유치하고 투자유치자금만 7000억원에 육박하는 성과", None, d, [IA], "achievement"),
        C("'기업하기 좋은 경제도시 원주'를 만들겠다는 일념으로", None, d, [IA], "achievement"),
        C("정작 기업들이 입주하지 않아 제자리를 찾지 못하고 겉돌았다", None, d, [IA], "statement"),
        C("기업유치를 통해 장기 미착공 부지를 해소하면서", None, d, [IA], "achievement"),
        C("의료기기 산업에만 매달리던 원주시의 산업 생태계에 변화를 주기 시작했다", None, d,
          ["medical-industry"], "achievement"),
        C("기업들이 원주에 둥지를 틀기 시작하면서 기대 이상의 성과를 내고 있다", None, d, [IA], "achievement"),
    ],
    not_claims=["원주시의 성장세가 무섭다",
                "원강수 시장의 탁월한 리더십이 있었기에 가능했다",
                "'반도체 산업' 육성에 나섰다",
                "시대 흐름을 읽는 리더십도 원주시의 초고속 성장에 원동력이 됐다"])

d = "2026-02-02"
GOLD["hh-06-segye.txt"] = dict(
    metadata=M(None, d, None, None, "51"), officials=["kim-jin-tae"],
    claims=[
        C("산림·환경·농지·국방 등 여러 분야의 규제를 개선하고", None, d, ["decentralization"], "statement"),
        C("차례로 착공해 반도체 산업 전반을 아우르는 생태계 조성이 본격화하고 있다", None, d,
          ["research-development"], "achievement"),
        C("자체 육성한 바이오·헬스 산업은", None, d, ["medical-industry"], "statement"),
        C("도 전역을 하나의 바이오 클러스터로 묶는 것이다", None, d, ["medical-industry"], "statement"),
    ],
    not_claims=["지방자치단체장상을 수상했다",
                "‘새로운 강원’ 비전을 제시한 점에서 높은 점수를 받았다",
                "정책 추진력이 돋보였다는 평가를 받았다",
                "반도체 산업 육성 전략을 발표하고 있다. 강원도 제공",
                "3000억원 규모로 총 12개 사업을 추진하고 있다"])

CB = ["childcare-birth"]
GOLD["hh-07-kado.txt"] = dict(
    metadata=M(None, None, "유주현", "강원도민일보", "42720"), officials=[],
    claims=[
        C("내년부터 출산장려금을 대폭 인상하는 방안을 추진한다", None, None, CB, "plan"),
        C("홍천군 출산·양육 지원 조례 일부개정조례안을 설명했다", None, None, CB, "statement"),
        C("다문화가족에 한정되어 있던 출산장려금은", None, None, CB, "plan"),
        C("기존 20만원인 첫째아이 출산장려금을 200만원으로", None, None, CB, "plan"),
        C("친권자도 지원대상자로 추가했다", None, None, CB, "statement"),
        C("출산축하물품도 지원할 수 있도록 했다", None, None, CB, "statement"),
        C("총 5년간 58억원 정도가 소요될 것으로 분석했다", None, None, CB, "statement"),
        C("소멸위험 도시에 포함됐다", None, None, CB, "statement"),
        C("사회적인 출산장려분위기를 조성해 나가겠다", None, None, CB, "plan"),
    ],
    not_claims=["첫째 낳으면 200만원 지급", "군, 오늘 군의원과 간담회", "출생아수 연 5% 증가 기대"])

DS = ["disaster-safety"]; lb = "lee-byeong-seon"
GOLD["hh-08-news1.txt"] = dict(
    metadata=M("속초시, 폭설대응 특별교통대책 추진… 불법 주정차 단속 강화", None, "윤왕근", "뉴스1", "51210"),
    officials=[lb],
    claims=[
        C("오는 3월까지 겨울철 폭설대응 특별교통대책을 추진한다고", None, None, DS, "plan"),
        C("신속한 제설작업 시행과 더불어", None, None, DS, "statement"),
        C("신속한 제설작업 시행에도 큰 걸림돌로", None, None, DS, "statement"),
        C("사전 대책회의를 열어", None, None, DS, "plan"),
        C("안전한 교통 환경을 조성하겠다", None, None, DS, "plan"),
        C("강설시 공영주차장을 작년과 같이 임시 무료 개방하기로 했다", None, None, DS, "plan"),
        C("교통 통제에 적극적인 협조를 부탁한다", lb, None, DS, "statement"),
    ],
    not_claims=["속초시 폭설대응 특별교통대책 추진. (속초시 제공) 2024.1.8/뉴스1",
                "불법 주정차 문제에 시달리고 있다",
                "인구 밀도가 도내에서 가장 높다"])

ld = "lee-dong-hwan"
GOLD["hh-09-ilyo.txt"] = dict(
    metadata=M("이동환 시장 “고양시민 모두에게 혜택이 갈 수 있는 편리하고 안전한 교통망을 만들어가겠다”",
               None, "김영식", "일요신문", "41280"), officials=[ld],
    claims=[
        C("최초로 3개 노선(1000번, M7119번, M7731번)이 확정 운행중이다", None, None, PT, "achievement"),
        C("2개 노선이 추가로 선정됐다", None, None, PT, "achievement"),
        C("광역버스 준공영제 참여를 통한 대중교통 공공성 확보", None, None, PT, "achievement"),
        C("고양동을 시작으로 삼송-원흥-향동-가양역을 거쳐", None, None, PT, "statement"),
        C("연말에 운행 예정이다", None, None, PT, "plan"),
        C("교통수요를 충족할 수 있도록 고안됐다", None, None, PT, "statement"),
        C("서울 출퇴근길이 더욱 편리해 질 것으로 예상된다", None, None, PT, "statement"),
        C("준공영제를 점차 확대해 나갈 것", ld, None, PT, "plan"),
        C("대중교통 이용 편의를 증진시켜", ld, None, PT, "plan"),
        C("마을버스 준공영제 등을 추진중이다", None, None, PT, "statement"),
    ],
    not_claims=["고양시민 모두에게 혜택이 갈 수 있는 편리하고 안전한 교통망을 만들어가겠다"])

for name, g in GOLD.items():
    out = {"article": name, **g}
    (G / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(name, len(g["claims"]))
