"""Write set-mo gold files (hand annotation). Claim rows: quote, speaker, date, policies, kind[, speaker_name]."""
import json
from pathlib import Path

def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name:
        c["speaker_name"] = name
    return c

G = {}
D = "2021-08-13"
G["mo-01-asiatoday.txt"] = dict(
    metadata=dict(headline="부산 해운대구, 하반기 청년지원사업 추진 박차", published="2021-08-13T14:59+09:00",
                  reporter="조영돌", outlet="아시아투데이", jurisdiction="26350"),
    officials=["hong-sun-heon"],
    claims=[
        C("부산 해운대구가 하반기 청년 지원사업에 더욱 박차를 가한다", None, D, ["youth-policy"], "plan"),
        C("사회참여 지원, 취업 및 창업 지원, 생활·문화 지원 등 3개 분야 26개 사업을 추진하고 있다고 13일 밝혔다", None, D, ["youth-policy", "jobs", "startup-support"], "statement"),
        C("‘해운대형 지역주도형 청년일자리사업’을 통해 청년 채용기업에 최대 2년간 인건비를 지원한다", None, D, ["jobs", "youth-policy"], "statement"),
        C("재송동 선하부지에 ‘청년채움공간’을 개소해", None, "2021-04-27", ["startup-support", "youth-policy"], "achievement"),
        C("해운대기술교육원과 1인창조비즈니스센터에서도 일자리 상담", None, D, ["jobs", "youth-policy", "startup-support"], "statement"),
        C("올 하반기에는 ‘청년 지원조례’를 제정해", None, D, ["youth-policy"], "plan"),
        C("기업과 청년들의 결연으로 취업기회를 확대해 나갈 예정이다", None, D, ["startup-support", "jobs", "youth-policy"], "plan"),
    ],
    not_claims=["홍순헌 해운대구청장(앞줄 가운대)이 지난 4일 청년정책위원회를 개최한 후", "부산 해운대구, 하반기 청년지원사업 추진 박차"],
)
D = "2015-03-09"
G["mo-02-timenews.txt"] = dict(
    metadata=dict(headline="김해시, 전통시장 활성화 각별히 챙긴다.", published="2015-03-09T11:53:24+09:00",
                  reporter="조병철", outlet=None, jurisdiction="48250"),
    officials=[],
    claims=[
        C("올해도 46억원을 투입할 계획이라고 밝혔다", None, D, ["small-merchants"], "plan"),
        C("전통시장 1개소당 평균 46억원이 투입되는 셈이다", None, D, ["small-merchants"], "statement"),
        C("장옥개축 등 시설현대화 사업에 78억 7천만원", None, D, ["small-merchants"], "statement"),
        C("아케이드 설치및 주차장 조성에 전체 사업비의 63%를 투자했다", None, D, ["small-merchants"], "achievement"),
        C("진영시장은 내년에 사업을 추진할 계획이다", None, D, ["small-merchants"], "plan"),
        C("전통시장의 운영 시스템을 혁신하는 것이 관건이라 할 수 있다", None, D, ["small-merchants"], "statement"),
        C("김해시는 전통시장에 대한 경영혁신사업도 지속적으로 지원·유도하고 있다", None, D, ["small-merchants"], "statement"),
        C("소비자가 믿고 다시 찾는 전통시장을 만든다는 계획이다", None, D, ["small-merchants"], "plan"),
    ],
    not_claims=["김해시, 전통시장 활성화 각별히 챙긴다.", "전국 14번째 대도시에 어울리는 전통시장 시설 현대화 및 경영혁신 지속 추진"],
)
D = "2022-10-06"
G["mo-03-ulsanilbo.txt"] = dict(
    metadata=dict(headline="‘새희망 미래도시 명품 북구’ 건설", published="2022-10-06T00:10+09:00",
                  reporter="신동섭", outlet="경상일보", jurisdiction="31200"),
    officials=["park-cheon-dong"],
    claims=[
        C("△아날로그 도시재생 감성도시 분야 15개", None, D, ["urban-regeneration"], "plan"),
        C("분야별 공약으로는 국립 종합대학 이전 유치", None, D, ["education", "culture-tourism", "public-transit", "agriculture"], "plan"),
        C("매월 두차례 정도 현장 구청장실을 열어 민원현장의 목소리를 직접 듣고 있다", None, D, ["citizen-participation"], "statement"),
        C("현장구청장실에 대한 주민 관심도가 매우 높은 편이다", None, D, ["citizen-participation"], "achievement"),
        C("생활민원살피미 오픈 채팅방을 개설해 보다 빠르고 효과적으로 민원을 처리할 계획이다", None, D, ["citizen-participation"], "plan"),
    ],
    not_claims=["민선8기 박천동 구청장 공약으로 5개 분야 57개 사업을 확정했다",
                "‘새희망 미래도시 명품북구’를 조성해 간다는 방침이다",
                "대형 개발로 울산 해양관광 재도약 모색"],
)
E = "2019-01-22"
G["mo-04-ysnews.txt"] = dict(
    metadata=dict(headline="“지역 기업들, 일자리 창출 노력해 달라”", published="2019-01-29T09:27+09:00",
                  reporter="장정욱", outlet="양산시민신문", jurisdiction="48330"),
    officials=["kim-il-gwon"],
    claims=[
        C("김일권 양산시장이 기업인들에게 지역 일자리 창출을 위해 애써 달라고 당부했다", "kim-il-gwon", E, ["jobs"], "statement"),
        C("기업 인프라 구축을 통해 기업하기 좋은 양산이 되도록 앞으로도 계속 노력하겠다", "kim-il-gwon", E, ["investment-attraction"], "plan"),
        C("부산대 양산캠퍼스 유휴부지에 의생명과학단지를 조성하고", "kim-il-gwon", E, ["medical-industry"], "plan"),
        C("앞으로 기업 규제를 없애고 좋은 정책을 수렴하기 위해 부서 간 협의하고 그 결론을 기업에 회신하도록 하겠다", "kim-il-gwon", E, ["investment-attraction"], "plan"),
        C("특히 일자리 문제에 대해 “일자리가 없으면 행복한 도시가 아니다”", "kim-il-gwon", E, ["jobs"], "statement"),
    ],
    not_claims=["일자리 창출은 기업인들의 의무다", "“일자리 창출은 기업 의무” 강조",
                "양산시정과 기업 지원 시책을 설명하며 협조를 약속했다",
                "시민 모두의 복지가 더 나아질 수 있다",
                "기업과의 소통은 양산 발전을 위해 매우 중요하다는 것을 확인했다"],
)
D = "2021-12-13"
L = "lee-seon-ho"
G["mo-05-jcntv.txt"] = dict(
    metadata=dict(headline="울주형 6차산업 스마트팜 단지 '첫 삽'", published="2021-12-13T18:00+09:00",
                  reporter="구현희", outlet="JCN", jurisdiction="31710"),
    officials=[L],
    claims=[
        C("6차산업형 스마트팜 단지가 울주군에 조성됩니다", None, D, ["agriculture"], "plan"),
        C("스마트 농업 확대로 농가 소득을 증대하고 도시 청년들의 정착을 유도한다는 계획입니다", None, D, ["agriculture", "youth-policy"], "plan"),
        C("울주형 스마트팜 단지가 건설됩니다", None, D, ["agriculture"], "plan"),
        C("울주군은 430억 원을 들여 생산과 유통, 체험 시설을 갖춘 스마트팜 단지를 조성합니다", None, D, ["agriculture"], "plan"),
        C("식물공장 데이터 센터가 들어섭니다", None, D, ["agriculture"], "plan"),
        C("컨테이너 팜도 갖추게 됩니다", None, D, ["agriculture"], "plan"),
        C("생산과 가공, 유통과 체험, 관광이 융합된 6차 산업형 스마트팜입니다", None, D, ["agriculture"], "statement"),
        C("스마트 농업을 확대해 청년 귀농을 유도한다는 계획입니다", None, D, ["agriculture", "youth-policy"], "plan"),
        C("데이터를 기반으로 한 스마트팜 운영을 통하여", L, D, ["agriculture", "youth-policy"], "plan"),
        C("기존 농가에도 좋은 대안이 될 것으로", None, D, ["agriculture"], "statement"),
    ],
    not_claims=["스마트 팜은 농업에 정보통신기술을 접목해", "울주군 서생면의 옛 영어마을 부지입니다"],
)
D = "2019-04-15"
J = "ju-nak-yeong"
G["mo-06-gjfocus.txt"] = dict(
    metadata=dict(headline="[기자회견 발언전문] 주낙영시장, ”시민노력의 성과, 실패 아닌 절반의 성과“", published="2019-04-15T17:16+09:00",
                  reporter="김종득", outlet=None, jurisdiction="47130"),
    officials=[J],
    claims=[
        C("시민들의 성원과 각고의 노력으로 일권낸 성과이고, 실패가 아니라 절반의 성공으로 자평한다", J, D, ["energy-transition"], "achievement"),
        C("원전해체연구소가 어디에 들어가는가는 생각만큼 큰 의미가 있는 것이 아니다", J, D, ["energy-transition"], "statement"),
        C("해체에 따른 지역경제가 효과가 얼마나, 어디에 귀속되는가가 더욱 중요하다", J, D, ["energy-transition"], "statement"),
        C("원해연 유치에 총력을 기울여온 우리시는 아쉬운 마음이 크다", J, D, ["energy-transition"], "statement"),
        C("시민여러분의 성원에 힘입어 각고의 노력으로 일궈낸 성과이고, 실패가 아니라 절반의 성공이라고 자평한다", J, D, ["energy-transition"], "achievement"),
        C("중수로 해체 기술원을 세계최초로 설립함으로써", J, D, ["energy-transition"], "achievement"),
    ],
    not_claims=["주낙영 경주시장이 15일 오전 기자회견을 열고 중수로해체기술원 유치 의의등을 설명하고 있다",
                "대승적 수용 경주 원전메카 원동력 될것", "주낙영시장 기자회견문 전문 및 일문일답"],
)
D = "2018-12-06"
G["mo-07-sbs.txt"] = dict(
    metadata=dict(headline="[대구] \"위기 공감해야\"…상주·영천 '10만 지키기' 안간힘", published="2018-12-06T17:50+09:00",
                  reporter="박석현", outlet="TBC", jurisdiction="47250"),
    officials=["hwang-cheon-mo"],
    claims=[
        C("지자체들은 출산 장려금과 주소 옮기기 등 각종 대책을 내놓고", None, D, ["childcare-birth"], "statement"),
        C("영천시는 출산장려금 50만 원을 300만 원까지 늘리고", None, D, ["childcare-birth"], "achievement"),
        C("청년 일자리를 만들어 전출을 줄이고 출산을 늘리는 수밖에 없습니다", None, D, ["jobs", "youth-policy", "childcare-birth"], "plan"),
        C("사람들이 살 수 있는 문화적 인프라를 개선해서", None, D, ["culture-tourism"], "plan", "이경곤"),
    ],
    not_claims=["백약이 무효라 할 정도로 (인구 지키기가) 힘든 과제입니다",
                "인구 감소를 극복해야 하는 자세가 필요할 때입니다",
                "상주시가 공무원을 대상으로 내 고장 주소 갖기를 갖는 등 인구 지키기에 나서",
                "'지방 소멸'이 현실화 되고 있습니다"],
)
E = "2018-02-13"
D = "2018-02-14"
B = "bae-gwang-sik"
G["mo-08-kbinews.txt"] = dict(
    metadata=dict(headline="북구청, 칠곡시장에서 설명절 장보기행사", published="2018-02-14T14:59+09:00",
                  reporter="이정미", outlet=None, jurisdiction="27230"),
    officials=[B],
    claims=[
        C("설 명절을 맞아 대대적인 장보기 행사를 펼쳤다", None, E, ["small-merchants"], "statement"),
        C("침체된 전통시장에 활력을 불어넣을 목적으로 꾸준히 추진돼 온 장보기 행사가", None, E, ["small-merchants"], "statement"),
        C("전통시장 온누리상품권으로 제수용품과 선물 등을 구입하고", None, E, ["small-merchants"], "statement"),
        C("앞으로도 전통시장이 지역경제를 주도할 수 있도록 다각적인 지원을 아끼지 않을 것", B, E, ["small-merchants"], "plan"),
        C("칠곡시장 상인회 역시 대형마트 등과의 경쟁에서 살아남을 수 있도록", B, E, ["small-merchants"], "plan"),
        C("칠곡시장을 작지만 경쟁력 있는 전통시장으로 만들어나간다는 방침이다", None, D, ["small-merchants"], "plan"),
    ],
    not_claims=["북구청, 칠곡시장에서 설명절 장보기행사", "공무원·구의원·노조, 전통시장 살리기 한마음",
                "고성동 ‘어르신 백내장수술·반찬나눔사업’ 추진"],
)
H = "hong-joon-pyo"
G["mo-09-kmib.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="최일영", outlet="국민일보", jurisdiction="27"),
    officials=[H],
    claims=[
        C("대구 맑은 물 확보 정책 등에 관해 논의했다", None, None, ["water-supply"], "statement"),
        C("기존 협정의 문제점을 논의하고 이를 개선하기 위한 방안을 적극적으로 모색하기로 합의했다고 밝혔다", None, None, ["water-supply"], "plan", "이종헌"),
        C("대구에 하루 100만t의 물이 필요하다고 보고 이를 확보하기 위한 방안을 제시했다", H, None, ["water-supply"], "target"),
        C("관로 증설을 통해 안동·임하댐에서 30만t을 확보하는 방안을 동시에 검토하기로 했다", None, None, ["water-supply"], "plan", "이종헌"),
        C("구미시가 기존 입장을 바꾸자 협정 해지를 협정 참여 기관들에 통보했다", None, None, ["water-supply"], "statement"),
    ],
    not_claims=["대구=최일영 기자"],
)

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "gold"
    out.mkdir(exist_ok=True)
    for name, g in G.items():
        doc = {"article": name, **g}
        (out / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(g["claims"]) for g in G.values()), "claims in", len(G), "files")
