"""Write set-lg gold files. Claim tuples: (quote, speaker, date, policies, kind)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"
FV, FD = "future-vehicles", "fine-dust"
PW, KS, NC, PI, YC = "park-won-soon", "kim-su-yeong", "park-nam-chun", "park-il-ha", "yu-cheon-ho"
PG, LJ = "park-gang-su", "lee-jeong-hun"

A = {}

d = "2018-06-27"
A["lg-01-kyeongin.txt"] = dict(
    meta=("계양구청사에 전기차 급속충전기 추가 설치", "2018-06-27T20:35+09:00", "공승배", "경인일보", "28245"),
    officials=[],
    claims=[
        ("전기자동차 급속 충전기 2대를 구청사 주차장에 추가 설치한다", None, d, [FV], "plan"),
        ("전기자동차 급속충전기 무상 설치 협약을 맺었다고 밝혔다", None, d, [FV], "achievement"),
        ("이 협약으로 한전은 계양구 청사 주차장에 전기차 급속충전기 2대를 추가 설치하게 된다", None, d, [FV], "plan"),
        ("현재 이 주차장에는 급속충전기 1대, 완속충전기 1대가 마련돼 있다", None, d, [FV], "statement"),
        ("지역 내에 전기차 충전기를 늘려간다는 계획이다", None, d, [FV], "plan"),
        ("구에 등록된 전기차는 모두 53대로", None, d, [FV], "statement"),
        ("현재 계양구에는 모두 18곳에 전기차 충전기가 설치돼 있다", None, d, [FV], "statement"),
        ("작전동이 급속충전기 3곳, 완속충전기 5곳 등 모두 8곳에 충전기가 설치돼 있어", None, d, [FV], "statement"),
        ("계양동에는 완속 충전기 2곳만 설치돼 있어", None, d, [FV], "statement"),
        ("급속충전기가 없는 계양동, 효성동에 우선적으로 충전기를 설치한다는 방침이다", None, d, [FV], "plan"),
        ("이 곳 위주로 충전기를 추가 설치할 계획", None, d, [FV], "plan"),
        ("관계 기관들과 협약을 통해 충전기를 늘려 나가겠다", None, d, [FV], "plan"),
    ],
    not_claims=["완속 충전기보다 수요가 높다", "계양구청사에 전기차 급속충전기 추가 설치", "한전 인천본부와 무상 협약",
                "효성·계양동 위주 늘릴 계획"],
)

d = "2019-08-10"
A["lg-02-seoul.txt"] = dict(
    meta=("양천구, 친환경 전기차 시대 이끈다", "2019-08-10T06:00+09:00", "김승훈", "서울신문", "11470"),
    officials=[KS],
    claims=[
        ("신월동 가로공원로 유휴도로부지에 급속충전기 5기를 설치한다", None, d, [FV], "plan"),
        ("해누리타운 1곳에 8대의 급속충전기를 설치한다", None, d, [FV], "plan"),
        ("신설될 충전기는 충전 시간이 평균 30분 이내로", None, d, [FV], "statement"),
        ("구는 2016년 전기차 충전기 설치를 시작, 올 7월 기준 관내 40곳에 73대", None, d, [FV], "achievement"),
        ("충전 기반 확충에 힘입어 전기차 이용자 수도 늘고 있다", None, d, [FV], "achievement"),
        ("전기차 등록 대수가 2017년 79대에서 지난 6월 기준 239대로 증가했다", None, d, [FV], "achievement"),
        ("모든 공공청사와 공영주차장에 1대 이상의 급속 충전기를 설치하는 게 목표다", None, d, [FV], "target"),
        ("친환경 전기자동차 보급은 미세먼지 없는 깨끗한 양천구를 만드는 데 큰 힘이 될 것", KS, d, [FV, FD], "statement"),
        ("전기차 충전 기반을 지속적으로 확충하고, 주민들에게 전기차 보급 필요성과 정부 보조금 지원 혜택 등을 적극 알리겠다", KS, d, [FV], "plan"),
    ],
    not_claims=["양천구, 친환경 전기차 시대 이끈다", "김승훈 기자 hunnam@seoul.co.kr"],
)

e, p = "2017-10-28", "2017-11-06"
A["lg-03-mt.txt"] = dict(
    meta=("[꿀빵]박원순 \"청춘들아, 혼자 끙끙대지 말고 같이 바꿔보자\".avi", "2017-11-06T20:41+09:00", "이상봉", "머니투데이", "11"),
    officials=[PW],
    claims=[
        ("현재 서울시가 진행하고 있는 청년 일자리 정책(=청년수당, 뉴딜일자리)을 소개했다", PW, e, ["youth-policy", "jobs"], "statement"),
        ("청년수당 서울시에 살고 있는 만 19세~29세 미취업 청년들의 구직 활동을 돕기 위한 수당이다", None, p, ["youth-policy", "jobs"], "statement"),
        ("매월 50만원씩 최소 2개월에서 최대 6개월 간 지급된다", None, p, ["youth-policy", "jobs"], "statement"),
        ("뉴딜일자리는 최대 23개월간 월 최대 171만원", None, p, ["youth-policy", "jobs"], "statement"),
    ],
    not_claims=["청춘들의 고민을 해결해야 될 책임자 중 한 사람인데 무한책임을 느낍니다",
                "박원순 서울시장이 1만명이 훌쩍 넘는 청춘들 앞에 섰다",
                "청춘들의 고민을 담은 영상을 본 박원순 시장은 차마 고개를 들 수 없을 정도라고 했다",
                "KMA 2017 모바일 컨퍼런스"],
)

d = "2021-02-25"
UC = ["urban-regeneration", "citizen-participation"]
A["lg-04-shinailbo.txt"] = dict(
    meta=("미추홀, 수봉마을 도시재생 주민공모사업 추진", "2021-02-25T14:41+09:00", "유용준", "신아일보", "28177"),
    officials=[],
    claims=[
        ("마을 주민들이 직접 도시재생사업에 참여할 수 있도록 주민공모사업을 추진한다고 25일 밝혔다", None, d, UC, "plan"),
        ("심사를 거쳐 최종 2개팀을 선정했다", None, d, UC, "achievement"),
        ("팀별 사업 내용은 다양한 활동을 통해 지역주민들 공동체성을 회복시키는 프로그램", None, d, UC, "statement"),
        ("이번 공모사업은 10월까지 운영하며 도시재생사업 유휴 부지를 활용해", None, d, UC, "plan"),
        ("이번 주민공모사업을 시작으로 주민참여와 관심을 유도하고 지속적으로 주민공모사업 팀을 모집해 운영할 계획", None, d, UC, "plan"),
    ],
    not_claims=["미추홀, 수봉마을 도시재생 주민공모사업 추진", "[신아일보] 미추홀구/유용준 기자"],
)

d = "2025-09-25"
A["lg-05-maeil.txt"] = dict(
    meta=("마포구, “치매 걱정 없는 마포 만든다”", "2025-09-25", "심기성", "매일일보", "11440"),
    officials=[PG],
    claims=[
        ("치매 상담과 디지털 인지훈련 프로그램, 치매 퀴즈, 치매 어르신 작품 전시 등이 준비된 다양한 홍보관이 마련됐다", None, d, ["dementia-care"], "statement"),
        ("경증 치매 어르신이 바리스타로 운영하는 커피 트럭은 행사에 참여한 주민들의 이목을 사로잡았다", None, d, ["dementia-care"], "statement"),
        ("치매의 부정적인 인식을 개선하고 치매 환자와 가족이 지역사회에서 응원과 지지를 받는 사회적 분위기가 조성되길 기대하고 있다", None, d, ["dementia-care"], "statement"),
        ("치매는 개인 혼자가 아닌 지역사회와 함께 지속해서 해결해나갈 질병", PG, d, ["dementia-care"], "statement"),
        ("마포구는 치매 지원 사업을 적극적으로 추진해 치매 걱정 없는 마포를 만들겠다", PG, d, ["dementia-care"], "plan"),
    ],
    not_claims=["박강수 마포구청장, ‘치매극복의 날’ 행사장 찾아",
                "박강수 마포구청장이 25일 오후 마포구청 로비와 야외광장에서 열린 ‘치매극복의 날’ 행사를 찾았다",
                "마포구, “치매 걱정 없는 마포 만든다”"],
)

d = "2021-04-05"
CB = ["childcare-birth"]
A["lg-06-jeonmae.txt"] = dict(
    meta=("강동구, 올해 국공립어린이집 8곳 개원…현재 85곳 운영", "2021-04-05", "이신우", "전국매일신문", "11740"),
    officials=[LJ],
    claims=[
        ("올해 추진 중인 8곳 국공립어린이집을 모두 개원했다고 밝혔다", None, d, CB, "achievement"),
        ("5일 구에 따르면 지난 2월", None, d, CB, "achievement"),
        ("현재 85곳 국공립어린이집을 운영하고 있다", None, "2021-04-01", CB, "achievement"),
        ("주택가에 민간어린이집을 매입해 국공립어린이집으로 신축했다", None, d, CB, "achievement"),
        ("이곳에는 48억 원의 예산이 투입됐다", None, d, CB, "statement"),
        ("구비부담분이 5% 내외인 국공립어린이집 확충 사업이지만", None, d, CB, "statement"),
        ("현재 45%인 국공립 이용률을 2024년까지 50%까지 확대할 계획이다", LJ, d, CB, "target"),
    ],
    not_claims=["오는 2024년까지 100곳 목표 보육환경 인프라 제공", "강동구는 올해 국공립어린이집 8곳을 개원했다. 사진은 강동구청사 전경",
                "고덕강일 11단지 구립해뜨는어린이집 [강동구 제공]"],
)

p, e = "2025-03-04", "2025-02-28"
SM = ["small-merchants"]
A["lg-07-naeil.txt"] = dict(
    meta=("골목상권 살리러 ‘구청장이 간다’", "2025-03-04T13:30+09:00", None, None, "11590"),
    officials=[PI],
    claims=[
        ("골목상권 부흥과 지역경제 성장을 견인하기 위해 직접 상인들과 머리를 맞댄다", None, p, SM, "plan"),
        ("소상공인들 어려움을 듣고 정책대안을 제시하는 자리를 잇따라 마련한다고 4일 밝혔다", None, p, SM, "plan"),
        ("‘릴레이 경제간담회’라 이름붙인 자리는 지난달 28일", None, e, SM, "statement"),
        ("상권분석과 개선방안을 내놓은 뒤 소상공인 지원정책 설명이 이어졌다", None, e, SM, "statement"),
        ("착한가격업소 현장접수와 청년 식비 지원사업 안내 등", None, e, SM + ["youth-policy"], "statement"),
        ("소상공인 경영활동에 실질적인 도움이 되는 6대 사업을 준비했다", None, p, SM, "statement"),
        ("무이자 융자를 지원하는 ‘소상공인 특별보증’ 등이다", None, p, SM, "statement"),
        ("집중 발행하고 있는 ‘동작사랑상품권’", None, p, SM, "statement"),
        ("특히 민선 8기 핵심 정책인 무이자 특별보증은 대출일부터 1년간 무이자를 지원한다", None, p, SM, "statement"),
        ("융자 규모는 지난 2023년부터 오는 2026년까지 총 1000억원에 달할 전망", None, p, SM, "target"),
    ],
    not_claims=["골목상권 살리러 ‘구청장이 간다’", "동작구 연쇄 경제간담회", "숭실대 인근 상권서 시작",
                "상점가 한 식당에서 박 구청장과 상인 30여명이 참석한 가운데 성황리에 개최됐다",
                "박일하 동작구청장이 지난달 말 열린 숭실대 상권 활성화 간담회에서 발언하고 있다",
                "상인들은 착한가격업소와 골목형 상점"],
)

PH = ["public-health"]
A["lg-08-incheonilbo.txt"] = dict(
    meta=("박남춘 인천시장, 임시회 시정보고서 올해 목표 제시", None, None, "인천일보", "28"),
    officials=[NC],
    claims=[
        ("가장 안정적으로 코로나19에 대응하고 있다", NC, None, PH, "achievement"),
        ("든든한 방역과 경제 안전망을 제공하는 것이 지방정부의 가장 중요한 역할", NC, None, PH, "statement"),
        ("전국 최초 코로나19 대응전담조직을 신설했고, 공공보건의료체계 강화를 위해 아낌없이 투자했다", NC, None, PH, "achievement"),
        ("24시간 이내 검사·격리·방역을 완료하는 비상근무체계를 유지하면서", NC, None, PH, "achievement"),
        ("올해 시정 방향으로 '코로나19 극복과 새로운 도약'을 제시했다", NC, None, PH, "plan"),
        ("코로나19 극복과 경기 회복을 촉진하면서 환경특별시, 첨단산업도시로 도약하는 성과를 만들어가고자 한다", NC, None, PH, "plan"),
        ("박 시장은 우선 공공의료 강화와 경제 방역을 강조했다", NC, None, PH, "plan"),
        ("영종도 공공종합병원 건립을 추진하는 등 공공보건의료체계 강화에 주력하겠다", NC, None, PH, "plan"),
    ],
    not_claims=["박남춘 인천시장, 임시회 시정보고서 올해 목표 제시", "“수도권 지방정부 중 코로나 대응 가장 안정적” 자평",
                "공공의료 확충·신산업 육성·환경정의 실현 등 포부 밝혀",
                "2021년도 시정보고를 하고 있다",
                "올해 시정 목표로는 산업구조를 혁신하는 '인천형 뉴딜'과 '환경특별시 도약'을 제시했다"],
)

A["lg-09-kgnews.txt"] = dict(
    meta=(None, None, None, None, "28710"),
    officials=[YC],
    claims=[
        ("70세 이상 무상교통 시행과 어린이 친화형 도시공원 조성 등 연령대별 복지에 힘쓰고 관광사업에도 역점을 둘 계획입니다", YC, None,
         ["public-transit", "welfare", "culture-tourism"], "plan"),
        ("외포항을 전국 최고 관광항으로 만들겠습니다", YC, None, ["culture-tourism"], "plan"),
        ("2024년 역점 사업으로 연령대별 복지 사업을 먼저 들었다", YC, None, ["welfare"], "plan"),
        ("헬스케어 경로당을 올해 54개소로 확대·운영한다는 방침이다", YC, None, ["welfare", "public-transit"], "target"),
        ("군립 키즈카페 프로그램 운영, 강화군 최초 전문공연장 건립 준비 등을 추진한다", None, None, ["childcare-birth", "culture-tourism"], "plan"),
        ("유 군수는 우수한 미래인재 양성을 위한 방안도 제시했다", YC, None, ["education"], "plan"),
        ("장학기금 30억 원 추가 출연 등을 언급했다", YC, None, ["education"], "plan"),
        ("첨단기술을 도입한 스마트 팜 조성과 어촌 지역의 열악한 정", None, None, ["small-merchants", "agriculture"], "plan"),
    ],
    not_claims=["군민의 일상이 행복한 강화군의 미래시대를 차질 없이 준비하겠습니다",
                "‘군민 말씀이라면 알았시다’ 라는 소신으로 군민과의 약속을 지키기 위해 노력해 왔다",
                "유천호 강화군수가 2024년 갑진년을 맞아 군민들께 전하는 신년사에서 강조한 말이다"],
)

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    n = 0
    for name, g in A.items():
        h, pub, rep, out, jur = g["meta"]
        doc = {"article": name,
               "metadata": {"headline": h, "published": pub, "reporter": rep, "outlet": out, "jurisdiction": jur},
               "officials": g["officials"],
               "claims": [{"quote": q, "speaker": s, "date": dt, "policies": pol, "kind": k} for q, s, dt, pol, k in g["claims"]],
               "not_claims": g["not_claims"]}
        n += len(doc["claims"])
        (GOLD / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("claims", n)
