"""Write set-it gold files (hand annotation). C(quote, speaker, date, policies, kind[, speaker_name])."""
import json
from pathlib import Path

def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name:
        c["speaker_name"] = name
    return c

G = {}
LCH, D1 = "lee-choon-hee", "2020-07-21"
G["it-01-seoul.txt"] = dict(
    metadata=dict(headline="이춘희 세종시장 국회에서 “세종의사당 건립하라” 요구", published="2020-07-21T17:15+09:00",
                  reporter="이천열", outlet=None, jurisdiction="36"),
    officials=[LCH, "heo-tae-jeong", "yang-seung-jo", "lee-si-jong"],
    claims=[
        C("이춘희 세종시장이 국회에서 세종의사당 건립을 요구했다", LCH, D1, ["decentralization"], "plan"),
        C("국회법을 고쳐 세종의사당 건립의 근거를 만들고 건립 설계비 10억원을 반영하라고 요청했다", LCH, D1, ["decentralization"], "plan"),
        C("‘행정수도 완성’ 지지 공동선언문을 채택했다", None, D1, ["decentralization"], "achievement"),
        C("충청권이 힘을 모아 국가균형발전의 신호탄이 될 행정수도 완성을 위해 최선을 다하겠다", LCH, D1, ["decentralization"], "plan"),
        C("의원은 지난달 10일 ‘세종시에 국회 세종의사당을 둔", None, "2020-06-10", ["decentralization"], "statement"),
    ],
    not_claims=["공동선언문을 채택하고 포즈를 취하고 있다", "박병석 국회의장 등 국회 및 민주당 주요 인사가 참석했다"],
)

WHR, D2 = "won-hee-ryong", "2018-11-08"
G["it-02-gukjenews.txt"] = dict(
    metadata=dict(headline="원희룡, \"규모보다 질적정책 선도\"...전기차에 무한 애정", published="2018-11-09T07:23+09:00",
                  reporter="고병수", outlet="국제뉴스", jurisdiction="50"),
    officials=[WHR],
    claims=[
        C("전기차에 가졌던 정책적 고려와 무한 애증이 식지 않았음을 보여줬다", None, D2, ["future-vehicles"], "statement"),
        C("전기차는 카본프리 아일랜드 2030(탄소제로섬 프로젝트) 구축을 위해 지속적으로 관심을 갖고 있는 정책", WHR, D2, ["future-vehicles", "climate-carbon"], "statement"),
        C("그 결과로 올해 전기차 1만대 시대가 열린 것", WHR, D2, ["future-vehicles"], "achievement"),
        C("전기차 연관 산업 및 육성 정책에 변함없는 무한한 애정을 표하며", WHR, D2, ["future-vehicles"], "statement"),
        C("블록체인은 정부에 문제 제기를 하고 가속도를 붙이는 차원에서 자주 언급을 한 것", WHR, D2, ["fourth-industrial-revolution", "future-vehicles"], "statement"),
        C("선도적 측면에서 전기차 정책을 펼쳐 왔다", WHR, D2, ["future-vehicles"], "statement"),
        C("최우선 고객이자 협력자로 전기차 이용자들과 함께 정책을 이끌어 갈 생각", WHR, D2, ["future-vehicles"], "plan"),
        C("전기차 특구 등 산업화 측면에서 다방면으로 규제를 풀기위해 노력 중", None, D2, ["future-vehicles"], "statement", "노희섭"),
        C("원 지사는 지난 2016년 10월 보조금 위주의 관 주도 보급정책에서", None, D2, ["future-vehicles"], "statement"),
    ],
    not_claims=["元 “최우선 고객-협력자 전기차 이용자들 함께 정책 이끌어 갈 생각”", "원 지사, ‘한국전기차사용자협회 제주토론회’ 참석"],
)

D3 = "2022-01-10"
AG = ["agriculture"]
G["it-03-hani.txt"] = dict(
    metadata=dict(headline="전남 화순, 4월 농민수당 ‘전국 최다’ 120만원 지급", published="2022-01-10T11:37+09:00",
                  reporter=None, outlet=None, jurisdiction="46790"),
    officials=[],
    claims=[
        C("전남 화순 농민들은 오는 4월 가구당 120만원의 농민수당을 받게 됐다", None, D3, AG, "plan"),
        C("전국 최다 액수다.", None, D3, AG, "statement"),
        C("2019년부터 도입한 농민수당을 지난해 60만원에서 올해 100% 인상한 120만원으로 결정했다", None, D3, AG, "achievement"),
        C("오는 4월 농가 9000가구에 1년분을 한꺼번에 지급할 방침", None, D3, AG, "plan"),
        C("지난달 군의회 본예산 심의 때 관련 예산을 편성해 승인받았다", None, D3, AG, "achievement"),
        C("군은 2019년 12월 농가 7430가구에 30만원씩 첫 농민수당을 지급했다", None, D3, AG, "achievement"),
        C("도비 40%, 군비 60%로 분담해 2년을 지급했다", None, D3, AG, "achievement"),
        C("전남의 다른 시·군과 동일한 액수였다", None, D3, AG, "statement"),
        C("농민수당이 한 달 5만원꼴이어서 너무 적다", None, D3, AG, "criticism"),
        C("농민들을 실질적으로 돕기 위해 2배로 인상하자", None, D3, AG, "plan"),
        C("연이은 농업재해, 코로나19 장기화 등으로 농민이 이중삼중의 어려움을 겪고 있다", None, D3, AG, "statement"),
        C("저소득 농민의 기본소득을 보장하기 위해 농민수당을 올리자", None, D3, ["agriculture", "welfare"], "plan"),
        C("재원이 충분하지 않다는 반응이 돌아오자 독자 추진에 나섰다", None, D3, AG, "statement"),
        C("군은 올해 본예산 심의 때 농민수당을 120만원으로 올리기로 확정했다", None, D3, AG, "achievement"),
        C("재원 108억원 중 80%를 군에서 대기로 했다", None, D3, AG, "statement"),
        C("군 부담은 애초 32억4천만원에서 86억4천만원으로 늘어났다", None, D3, AG, "statement"),
        C("도는 20%인 21억6천만원만 지원한다", None, D3, AG, "statement"),
    ],
    not_claims=["화순군청 청사. 화순군청 제공"],
)

D4 = "2014-05-13"
UR, URP = ["urban-regeneration"], ["urban-regeneration", "citizen-participation"]
G["it-04-maeil.txt"] = dict(
    metadata=dict(headline="광주 북구, 도시재생사업 워크숍 개최", published="2014-05-13T10:18+09:00",
                  reporter="조성호", outlet="매일일보", jurisdiction="29170"),
    officials=[],
    claims=[
        C("주민주도의 ‘도시재생사업’을 위해 오는 15일 14시 북구청 3층 회의실에서 워크숍을 개최한다", None, D4, URP, "plan"),
        C("도심공동화 지역 주민 50명으로 구성된 ‘ 도시재생 주민참여단’ 및 관계자 100여명이 참석한다", None, D4, URP, "statement"),
        C("도시재생관련 전문가, 마을리더 등 추천을 통해 50명으로 구성했다", None, D4, URP, "achievement"),
        C("앞으로 주민들과 열린 논의과정을 통해 마을에 걸맞는 도시재생 모델 창출을 위해 최선을 다하겠다", None, D4, URP, "plan"),
        C("1,200호의 행복주택을 공급한다", None, D4, ["housing"], "target"),
    ],
    not_claims=["‘지속가능한 도시를 위한 도시재생’을 주제로", "광주 북구, 도시재생사업 워크숍 개최"],
)

DM = ["dementia-care"]
G["it-05-jungannews.txt"] = dict(
    metadata=dict(headline="공주시 치매안심센터, 올 상반기 치매안심마을 운영위원회 열어", published="2026-02-06T10:11+09:00",
                  reporter="황도연", outlet="정안뉴스", jurisdiction="44150"),
    officials=[],
    claims=[
        C("지난 5일 계룡면 유평1리 마을에서 상반기 치매안심마을 운영위원회를 열었다고 밝혔다", None, "2026-02-05", DM, "statement"),
        C("치매에 친화적인 환경을 조성하는 사업이다", None, "2026-02-06", DM, "statement"),
        C("치매 고위험군 발굴, 치매안심가맹점 지정, 치매 안전망 구축 등 상반기 운영계획 전반에 대해 논의했다", None, "2026-02-05", DM, "statement"),
        C("치매 조기 검진, 치매 교육과 예방 프로그램 운영, 치매 인식 개선 활동 등 다양한 지원을 제공할 예정이다", None, "2026-02-06", DM, "plan"),
        C("지역 여건에 맞는 맞춤형 치매 지원을 통해 치매에 친화적인 환경을 조성하는 데 지속적으로 힘쓰겠다", None, "2026-02-06", DM, "plan", "조윤상"),
    ],
    not_claims=["공주시 치매안심센터, 올 상반기 치매안심마을 운영위원회 열어"],
)

YSJ, D6 = "yang-seung-jo", "2019-11-21"
CB = ["childcare-birth"]
G["it-06-monthlypeople.txt"] = dict(
    metadata=dict(headline="양승조 충남도지사 - 사회양극화와 고령화, 저출산 등 3대 위기 극복해 더 행복한 충남 건설한다",
                  published="2019-11-21T10:10+09:00", reporter="박금현", outlet=None, jurisdiction="44"),
    officials=[YSJ],
    claims=[
        C("명확한 도정 목표가 있었기에 다양한 정책을 성공적으로 안착시켰다", None, D6, ["welfare", "childcare-birth"], "achievement"),
        C("신 해양산업과 복지정책으로 전국 광역단체로 부터 주목을 받고 있는", None, D6, ["welfare"], "statement"),
        C("우선 저출산 대책으로 아이 키우기 좋은 충남을 만들기 위해 최선을 다했습니다", YSJ, D6, CB, "achievement"),
        C("저출산 관련 정책 14건에 총 8,310억 원을 투입할 계획", YSJ, D6, CB, "plan"),
        C("모든 출생아에게 1년간 월 10만원씩 지원하는 충남 아기수당", YSJ, D6, CB, "achievement"),
        C("임 이후 첫 결재로 추진한 임산부 민원 우선 창구", YSJ, D6, ["childcare-birth", "labor-relations", "education"], "achievement"),
    ],
    not_claims=["어떤 목표로 충남도정을 이끌어 오셨고, 성과는 어떠했나요?", "양승조 충남도지사 Ⓒ박금현 기자"],
)

KSS, D7 = "kim-seung-su", "2020-07-01"
G["it-07-jtv.txt"] = dict(
    metadata=dict(headline="\"4차산업, 문화.여행도시, 특례시 추진\"", published="2020-07-01T20:54+09:00",
                  reporter="송창용", outlet=None, jurisdiction="45110"),
    officials=[KSS],
    claims=[
        C("디지털 산업을 육성하기 위해 J-디지털 사업을 추진하고", KSS, D7, ["fourth-industrial-revolution", "decentralization"], "plan"),
        C("착한 임대인 운동과 해고없는 도시 등을", KSS, D7, ["small-merchants", "labor-relations", "public-health", "culture-tourism", "energy-transition"], "achievement"),
        C("AI 인공지능과 빅데이터 등 4차 산업을", KSS, D7, ["fourth-industrial-revolution", "culture-tourism", "public-transit"], "plan"),
        C("또 특례시로 지정받기 위해 노력하겠다고", KSS, D7, ["decentralization"], "plan"),
        C("(특례시 법안들을) 본격적으로 국회에서 논의를 하게 되겠죠.", KSS, D7, ["decentralization"], "statement"),
        C("그 다음에 병합심사를 하게 될 텐데", KSS, D7, ["decentralization"], "statement"),
        C("시민들과 군민들께서 자연스럽게 통합에 대한 필요성이 나올 수 있도록 분위기를 잡아가겠습니다", KSS, D7, ["decentralization"], "plan"),
    ],
    not_claims=["적지않은 성과를 거뒀다고 자평했습니다", "민감한 문제에 대해서는 말을 아꼈습니다", "항공대대 소음 문제를 둘러싼",
                "찬반 입장을 명확히 하지 않았습니다", "남은 2년 동안 중점 추진할 3가지 정책도 발표했습니다"],
)

GST = "gwon-sun-taek"
SC = ["smart-city"]
G["it-08-sejongtv.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet="세종TV", jurisdiction="30"),
    officials=[GST],
    claims=[
        C("정부가 추진중인 스마트 시티 사업을 주도할 '대전형 스마트시티 개발을 주문했다", GST, None, SC, "plan"),
        C("스마트 시티는 4차 산업혁명의 상징이고 핵심적인 도시산업", GST, None, ["smart-city", "fourth-industrial-revolution"], "statement"),
        C("문재인 대통령이 4차 산업혁명위원회내에 별도 특위 설치를 지시할 정도로 중점을 두고 있다", GST, None, ["smart-city", "fourth-industrial-revolution"], "statement"),
        C("대전시는 과거 도안 신도시 조성하면서 U-city 통합센터를 구축했고", GST, None, ["smart-city", "disaster-safety"], "achievement"),
        C("이런 여세를 몰아 시가 전국을 선도할 수 있도록 전부서와 유관기관이 총력을 모아달라", GST, None, SC, "plan"),
        C("대전시가 대전형 스마트 시티 개념을 정립해 전국을 주도하자", GST, None, SC, "plan"),
        C("시대적 관심사인 신재생에너지 정책등에 대전의 강점을 담아", GST, None, ["energy-transition", "smart-city"], "plan"),
        C("스마트시티 추진단 역활과 위상을 높이기 위해 조직 설계에 신경써달라", GST, None, SC, "plan"),
        C("시민 참여를 통한 공감대 확산을 위해 관련 세미나와 공청회 마련", GST, None, ["smart-city", "citizen-participation"], "plan"),
    ],
    not_claims=["저작권자 © 세종TV 무단전재 및 재배포 금지"],
)

LSJ, D9 = "lee-si-jong", "2017-06-29"
G["it-09-kmib.txt"] = dict(
    metadata=dict(headline="이시종 충북지사 “4% 충북 경제 조기 실현 최선 다할 것”", published="2017-06-29T20:58+09:00",
                  reporter="홍성헌", outlet="국민일보", jurisdiction="43"),
    officials=[LSJ],
    claims=[
        C("투자유치 목표를 40조원으로 상향 조정했다", LSJ, D9, ["investment-attraction"], "target"),
        C("오송 제3생명과학단지의 국가산업단지 조성, 충주 당뇨 바이오 특화도시 조성, 제천 천연물 종합단지 조성 등은 정부 지원이 절대적으로 필요하다", LSJ, D9, ["medical-industry"], "plan"),
        C("제천국제한방바이오산업엑스포 등 대규모 행사의 성공 개최에 주력할 방침이다", LSJ, D9, ["medical-industry"], "plan"),
        C("스포츠어코드 컨벤션 유치는 세계로 미래로 비상하는 충북을 실현하는 계기가 될 것", LSJ, D9, ["culture-tourism"], "statement"),
    ],
    not_claims=["4% 충북 경제의 조기 실현을 위해 최선을 다할 것입니다", "1년 남은 임기의 최대 과제는 ‘4% 충북 경제’ 실현이다",
                "중부고속도로 남이∼호법 구간 확장과 청주국제공항의 중부권 거점공항 육성 등이 시급하다",
                "충북이 국제화 시대의 중심이 되도록 하겠다", "도민 행복도를 높이는 데 최선을 다하겠다"],
)

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "gold"
    out.mkdir(exist_ok=True)
    for name, g in G.items():
        data = {"article": name, "metadata": g["metadata"], "officials": g["officials"],
                "claims": g["claims"], "not_claims": g["not_claims"]}
        (out / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(g["claims"]))
