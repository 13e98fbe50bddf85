"""Writes gold/*.json for set-lb (hand annotation; one compact tuple per claim)."""
import json
from pathlib import Path

def C(quote, speaker, date, policies, kind, name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        c["speaker_name"] = name
    return c

G = {}
d = "2026-03-03"
G["lb-01-newspim.txt"] = dict(
    metadata=dict(headline="'인재 양성–취·창업–장기근속' 3단계 전략…2만1000명 교육·취업 목표",
                  published="2026-03-03", reporter="백운학", outlet="뉴스핌", jurisdiction="43110"),
    officials=[],
    claims=[
        C("청년의 취업과 창업을 체계적으로 지원하기 위한 '청년일자리 창출 종합계획'을 마련하고 본격 추진에 들어간다고", None, d, ["youth-policy", "jobs", "startup-support"], "plan"),
        C("청년 2만1629명의 교육과 취업을 목표로 하고 있다", None, d, ["youth-policy", "jobs"], "target"),
        C("시는 청년 역량 강화에서 지역 정착까지 이어지는 종합 지원체계를 구축한다는 방침이다", None, d, ["youth-policy"], "plan"),
        C("관내 8개 대학과 5개 유관기관이 참여하는 협의체를 운영해 지역산업 맞춤형 인력 양성 방안을 논의한다", None, d, ["jobs", "youth-policy"], "plan"),
        C("'지역혁신중심 대학지원체계(RISE)' 사업을 통해", None, d, ["education", "jobs", "fourth-industrial-revolution"], "plan"),
        C("'첨단산업 인재양성 부트캠프'와 '대학일자리센터'를 운영해", None, d, ["jobs", "youth-policy"], "plan"),
        C("'청년도전 지원사업'을 확대하고", None, d, ["youth-policy", "jobs"], "plan"),
        C("자격증 시험 응시료 지원을 새로 도입해 취업 준비 청년의 경제적 부담을 덜어준다", None, d, ["youth-policy", "jobs"], "plan"),
    ],
    not_claims=["'인재 양성–취·창업–장기근속' 3단계 전략…2만1000명 교육·취업 목표", "[청주=뉴스핌] 백운학 기자"],
)
d = "2014-08-15"
G["lb-02-seoul.txt"] = dict(
    metadata=dict(headline=None, published="2014-08-15", reporter="황경근", outlet="서울신문", jurisdiction="50"),
    officials=["won-hee-ryong"],
    claims=[
        C("원희룡 제주지사가 15일부터 전기자동차를 타고 업무를 수행한다", None, d, ["future-vehicles"], "statement"),
        C("관용차로 전기차를 도입한 것은 원 지사가 처음이다", None, d, ["future-vehicles"], "achievement"),
        C("제주도는 친환경 전기차 보급을 위해 2012년 전기자동차 시범도시 기본계획을 마련, 시행 중이다", None, d, ["future-vehicles"], "statement"),
        C("2030년까지 100% 전기차로 대체해 세계적 수준의 탄소 없는 녹색성장 도시로 성장한다는 구상이다", None, d, ["future-vehicles", "climate-carbon"], "target"),
        C("국제전기자동차 엑스포 행사 유치 등으로 전기차 붐을 조성해 왔다", None, d, ["future-vehicles"], "achievement"),
        C("전기차 보급사업에 새로운 활력을 불어넣게 될 것으로 기대된다", None, d, ["future-vehicles"], "statement"),
        C("그동안 제주도가 보급한 전기자동차는 6월 현재 408대이며 올해 451대를 추가 보급할 계획이다", None, d, ["future-vehicles"], "target"),
        C("도는 전기자동차를 구입하는 도민에게 보조금 2300만원", None, d, ["future-vehicles"], "statement"),
    ],
    not_claims=["단체·기관장 관용차 중 처음… 탄소 ‘제로’ 도시 몸소 실천", "2014-08-15 25면", "제주 황경근 기자"],
)
d = "2020-12-15"
G["lb-03-newscore.txt"] = dict(
    metadata=dict(headline="충남도, 저출산 극복 정책 추진 현황 공유·논의", published="2020-12-15T16:39+09:00",
                  reporter="곽금미", outlet="뉴스코어", jurisdiction="44"),
    officials=[],
    claims=[
        C("이번 회의는 저출산 극복 정책 추진 현황을 보고하고, 청년 일자리 지원 강화 방안 등을 논의하기 위해 마련했다", None, d, ["childcare-birth", "youth-policy", "jobs"], "statement"),
        C("저출산 관련 정책 전반을 심의·평가하고, 분야별 정책 자문 역할을 수행하고 있다", None, d, ["childcare-birth"], "statement"),
        C("이날 회의에서는 도의 저출산 극복 대책 추진 현황 및 향후 계획을 공유했으며", None, d, ["childcare-birth", "youth-policy", "jobs"], "statement"),
        C("도는 현재 저출산 극복을 도정 최우선 과제로 삼아 다양한 정책을 추진하고 있다", None, d, ["childcare-birth"], "statement"),
        C("구체적으로는 △전담부서 신설 △관련 조례 제정", None, d, ["childcare-birth", "housing"], "statement"),
        C("최근의 결혼·출산 패러다임을 반영한 지원 방안 마련에 초점을 맞춰야 한다고 조언했다", None, d, ["childcare-birth"], "plan"),
        C("또 단기간에 수치화된 성과를 내기보다는 사회 전반에 아이 키우기 좋은 문화", None, d, ["childcare-birth"], "plan"),
    ],
    not_claims=["충남도, 저출산 극복 정책 추진 현황 공유·논의", "충남도는 15일 도청에서 ‘2020년도 충청남도 저출산대책위원회 회의’를 개최했다",
                "곽금미 | 기사입력 2020/12/15 [16:39]"],
)
d = "2013-01-24"
G["lb-04-jjan.txt"] = dict(
    metadata=dict(headline="도, 전주 옛도심 재생 추진…주거환경개선 등 246억 투입", published="2013-01-25T23:02+09:00",
                  reporter="구대식", outlet=None, jurisdiction="45"),
    officials=[],
    claims=[
        C("갈수록 설자리를 잃고 있는 옛도심에 대한 재생사업이 펼쳐진다", None, d, ["urban-regeneration"], "plan"),
        C("올해 도시활력 증진지역 개발사업 4개 분야, 7개 사업에 총 246억원을 투입한다고 24일 밝혔다", None, d, ["urban-regeneration"], "plan"),
        C("전주 16개 구역에서 주거환경개선사업(168억원)이 펼쳐진다", None, d, ["urban-regeneration"], "plan"),
        C("중심시가지 재생사업으로는 전주 삼천동과 한옥마을 일대에서", None, d, ["urban-regeneration"], "plan"),
        C("특히 농촌생활환경 개선사업(11억 4000만원)이", None, d, ["urban-regeneration", "agriculture"], "plan"),
        C("동동동 마을재생 코디네이터 사업(2억원)이 각각 펼쳐질 예정이다", None, d, ["urban-regeneration"], "plan"),
    ],
    not_claims=["도, 전주 옛도심 재생 추진…주거환경개선 등 246억 투입", "UPDATE. 2018-04-23 22:02 (월)", "승인 2013.01.25 23:02"],
)
G["lb-05-daejonilbo.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="진나연", outlet="대전일보", jurisdiction="30170"),
    officials=["jang-jong-tae"],
    claims=[
        C("관저동 마치상가 지역을 골목형상점가로 첫 지정했다", None, None, ["small-merchants"], "achievement"),
        C("구는 마치광장 지역 상인회에 민간 공모사업비 2000만 원을 지원", None, None, ["small-merchants"], "plan"),
        C("온누리상품권 가맹점으로 등록도 해줄 계획이다", None, None, ["small-merchants"], "plan"),
        C("이번 지정을 통해 코로나19로 어려움을 겪고 있는 골목상권 소상공인에게 도움이 되었으면 한다", "jang-jong-tae", None, ["small-merchants"], "statement"),
        C("앞으로도 소상공인의 경영난 해소와 침체된 골목경제 회복을 위해 최선을 다하겠다", "jang-jong-tae", None, ["small-merchants"], "plan"),
    ],
    not_claims=["민간 공모사업비 지원 및 각종 국·시비 지원사업 추진 가능",
                "29일 대전 서구가 골목형상점가 심의위원회에서 관저동 마치상가 지역을 골목형상점가를 지정한 뒤 기념촬영을 하고 있다"],
)
d = "2023-03-07"
G["lb-06-thebigdata.txt"] = dict(
    metadata=dict(headline="강기정 광주시장 정례조회서 \"따뜻한 돌봄도시 광주 만들 것\"", published="2023-03-07T16:46+09:00",
                  reporter="박경호", outlet="빅데이터뉴스", jurisdiction="29"),
    officials=["kang-gi-jung"],
    claims=[
        C("도움이 필요한 순간 가장 안전하고 믿음직한 도움의 손길을 드리는 것이 전국 어디에도 없는 광주다움 통합돌봄의 핵심", None, d, ["welfare"], "statement", "김경명"),
        C("행정이 나서서 돌봄 계획을 수립하여 계획에 따라 민간 제공기관이 서비스를 지원하는 일련의 돌봄서비스 체계를 구축하는 것", None, d, ["welfare"], "statement", "김경명"),
        C("민선 8기 복지 공약 1호 ‘광주다움 통합돌봄’이 탄생하기 까지의 과정을 소개하고", "kang-gi-jung", d, ["welfare"], "achievement"),
        C("가족의 책임에서 사회의 책임으로 돌봄 패러다임을 바꿔야 했다", "kang-gi-jung", d, ["welfare"], "statement"),
    ],
    not_claims=["강기정 광주시장 정례조회서 \"따뜻한 돌봄도시 광주 만들 것\"", "‘봄과 함께 찾아온 광주다움통합돌봄’을 주제로",
                "시민 모두의 가장 가까운 이웃이 되고자 한다", "광주시 정례조회가 직원 토크쇼, 시정 주요현안 공감 등으로 변신을 꾀하고 있다"],
)
d = "2024-06-26"
G["lb-07-segye.txt"] = dict(
    metadata=dict(headline="최민호 시장, 시민과 함께 그린 세종의 미래", published="2024-06-27T02:13+09:00",
                  reporter=None, outlet="세계일보", jurisdiction="36"),
    officials=["choi-min-ho"],
    claims=[
        C("최 시장에게 교통인프라 개선과 함께 지역학생과 기업 연결 등을 요청했다", None, d, ["public-transit"], "statement", "샤피 쿠슈부"),
        C("고복저수지를 참 좋아하는데 대중교통이 불편해 아쉽다", None, d, ["public-transit"], "criticism", "샤피 쿠슈부"),
        C("대중교통 접근성을 높여달라", None, d, ["public-transit"], "statement", "샤피 쿠슈부"),
        C("지역에 마땅한 기업이 없어 서울로 올라가야 한다", None, d, ["jobs"], "criticism", "샤피 쿠슈부"),
        C("인근 지역과 인턴 연계를 할 수 있는 방안을 마련해주면 좋겠다", None, d, ["jobs"], "statement", "샤피 쿠슈부"),
        C("행정수도 완성을 위해선 오늘 시민분들이 제언한 것이 필요조건으로 들어가야 한다", "choi-min-ho", d, ["decentralization", "citizen-participation"], "plan"),
        C("잘 검토하고 시행하도록 하겠다", "choi-min-ho", d, ["citizen-participation"], "plan"),
        C("최 시장은 앞서 세종시 비전발표에서 △행정수도", "choi-min-ho", d, ["decentralization", "culture-tourism", "smart-city"], "plan"),
    ],
    not_claims=["최민호 시장, 시민과 함께 그린 세종의 미래", "시민 의견 토대로 행정수도 완성",
                "청년들이 꿈꾸는 세상을 만들어주는 게 나의 꿈", "공실 많은 상가에 공공디자인을 입히면 삭막함은 줄고"],
)
G["lb-08-ilyoseoul.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="조광태", outlet="일요서울", jurisdiction="46110"),
    officials=["kim-jong-sik"],
    claims=[
        C("전남 목포시가 대한민국 4대 관광도시로서의 비전을 선포했다", None, None, ["culture-tourism"], "plan"),
        C("선정 기념식을 갖고 ‘세계인이 찾는 관광도시 목포’", None, None, ["culture-tourism"], "plan"),
        C("목포가 대한민국 관광의 새로운 한축으로 도약하는 계기를 맞았다", "kim-jong-sik", None, ["culture-tourism"], "achievement"),
        C("관광거점도시 육성 사업을 통해 2025년 1,500만 관광객이 찾는", "kim-jong-sik", None, ["culture-tourism"], "target"),
    ],
    not_claims=["2025년 1,500만 관광객 찾는 글로벌 도시 도약", "김종식 시장 “목포 대한민국 관광의 새로운 축",
                "목포시, 대한민국 4대 관광도시 비전 선포 (선포 세레모니)", "코로나19 상황을 감안해 참석인원을 최소화하고"],
)
G["lb-09-news1.txt"] = dict(
    metadata=dict(headline="진안군 스마트팜·청년농 정착 농어촌공사 전북본부가 지원", published=None,
                  reporter="김동규", outlet="뉴스1", jurisdiction="52720"),
    officials=["jeon-chun-seong"],
    claims=[
        C("전북 진안군의 스마트농업과 청년농업인 정착을 한국농어촌공사 전북본부가 지원한다", None, None, ["agriculture", "youth-policy"], "plan"),
        C("업무협약'을 체결했다고 밝혔다", None, None, ["agriculture", "youth-policy"], "achievement"),
        C("미래 농업을 선도할 청년농 육성을 강화하기 위해 마련됐다", None, None, ["agriculture", "youth-policy"], "statement"),
        C("긴밀한 협력체계 구축을 약속했다", None, None, ["agriculture", "youth-policy"], "plan"),
        C("스마트농업 기술 보급과 청년농 지원을 강화할 계획이다", None, None, ["agriculture", "youth-policy"], "plan"),
        C("이번 협약은 진안 농업의 미래 경쟁력을 높이는 중요한 계기", "jeon-chun-seong", None, ["agriculture"], "statement"),
        C("지역 농업의 체질을 강화하고 새로운 성장 동력을 만들어가겠다", "jeon-chun-seong", None, ["agriculture", "youth-policy"], "plan"),
    ],
    not_claims=["진안군 스마트팜·청년농 정착 농어촌공사 전북본부가 지원", "진안군-농어촌공사 전북본부 업무협약 체결",
                "(진안군제공. 재판매 및 DB금지)2025.11.19/뉴스1", "협약식에는 전춘성 진안군수와 김동인 한국농어촌공사 전북본부장을 비롯한 관계자들이 참석했다"],
)

if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "gold"
    out.mkdir(exist_ok=True)
    for name, g in G.items():
        doc = {"article": name, **g}
        (out / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(G), "files;", sum(len(g["claims"]) for g in G.values()), "claims")
