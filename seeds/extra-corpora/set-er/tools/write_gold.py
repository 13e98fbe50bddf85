"""Write set-er's gold files (hand annotations)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def C(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


def M(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


G = {}

JM, D1 = "jeong-myeong-geun", "2025-07-01"
G["er-01-segye.txt"] = (
    M("화성시, 전국 최초 ‘기본사회담당관’ 신설", "2025-07-02T06:00+09:00", "오상도", "세계일보", "41590"),
    [JM],
    [
        C("정명근 시장이 ‘화성형 기본사회’를 취임 4년차 과제로 제시했다", JM, D1, ["welfare"], "plan"),
        C("화성형 기본사회를 완성해 나가겠다", JM, D1, ["welfare"], "plan"),
        C("복지와 주거, 노동, 교육, 돌봄, 문화가 조화를 이루는 사회를 만들겠다고 밝혔다", JM, D1,
          ["welfare", "housing", "education", "culture-tourism"], "plan"),
        C("기본사회 전담조직이 생애주기별 사회안전망을 관리·강화하는 내용이다", None, D1, ["welfare"], "statement"),
        C("민생 안정과 첨단산업 육성, 교통혁신, 문화·복지 확대 등을 이루게 된다", None, D1,
          ["welfare", "culture-tourism"], "statement"),
        C("동탄 트램 조속 추진", JM, D1, ["public-transit", "culture-tourism", "public-health"], "plan"),
    ],
    ["화성시, 전국 최초 ‘기본사회담당관’ 신설", "정명근 시장, 화성형 기본사회 강조",
     "시민의 더 나은 삶이야말로 시정의 최종 목표이자 시작점",
     "‘시민이 원하는 삶이 완성된 도시’와 ‘완결형 미래도시’를 내세웠다"],
)

LS, D2 = "lee-sang-il", "2025-09-18"
G["er-02-asiae.txt"] = (
    M("'2025 용인 반도체 컨퍼런스' 개최", "2025-09-19", None, None, "41460"),
    [LS],
    [
        C("소재·부품·장비 기업에 대한 적극적인 지원을 약속했다", LS, D2, ["investment-attraction"], "plan"),
        C("입주하거나 입주를 희망하는 소부장 기업을 적극적으로 도울 것", LS, D2, ["investment-attraction"], "plan"),
        C("고용창출과 용인 지역경제 활성화에 크게 기여할 것이라고 전망했다", LS, D2, ["jobs"], "statement"),
        C("도로와 철도 등 교통망 확충, 교육·문화예술·생활체육 인프라 확충에도 주력하고 있다고 소개했다", LS, D2,
          ["public-transit", "education", "culture-tourism"], "statement"),
    ],
    ["기업 위한 교통·교육 등 인프라도 적극 확충",
     "시간이 곧 보조금이라는 생각으로 프로젝트를 진행해야 한다",
     "반도체산업 중심도시를 위한 미래 청사진을 제시했다",
     "반도체산업 관련 협회와 기업, 전문가와 대학교수, 시민 등 약 200여명이 참석한 가운데 열렸다",
     "반도체산업 생태계 구축을 위해 시는 신속한"],
)

LD, D3 = "lee-dong-hwan", "2026-01-28"
G["er-03-locallife.txt"] = (
    M("이동환 고양특례시장 \"GTX는 서울로 가는 길이 아니라 고양으로 오는 길을 넓힌 교통 혁신\"",
      "2026-01-29T23:32:59+09:00", "송준형", "로컬라이프", "41280"),
    [LD],
    [
        C("GTX-A 개통 1년, 고양의 시간이 바뀌자 도시의 풍경도 달라졌다", LD, D3, ["public-transit"], "achievement"),
        C("GTX-A가 고양을 달리기 시작한 지 1년이 되었다", LD, D3, ["public-transit"], "statement"),
        C("킨텍스에서 서울까지 50분 넘게 걸리던 길이 이제는 16분", LD, D3, ["public-transit"], "achievement"),
        C("짧아진 이동 시간은 출퇴근길뿐 아니라 시민 여러분의 하루 전체를 바꾸고 있다", LD, D3, ["public-transit"],
          "achievement"),
        C("지난 1년간 GTX-A 이용객은 800만 명을 넘어섰고", LD, D3, ["public-transit"], "achievement"),
        C("이 숫자들은 행정의 성과가 아니라 시민의 체감 변화라고 생각한다", LD, D3, ["public-transit"], "statement"),
        C("GTX 덕분에 고양을 찾는 길이 쉬워지면서 대형 공연과 전시", LD, D3, ["public-transit", "culture-tourism"],
          "achievement"),
        C("콘서트를 보러, 문화를 즐기러 사람들이 고양으로 모이고", LD, D3, ["culture-tourism"], "achievement"),
        C("고양으로 오는 길을 넓힌 교통 혁신이다", LD, D3, ["public-transit"], "achievement"),
    ],
    ["이동환 고양특례시장은 지난 28일, GTX-A 개통 1년을 맞아 킨텍스역을 찾았다",
     "이동환 고양특례시장이 킨텍스역에서 GTX-A에 탑승하고 있다",
     "GTX-A 개통 1년을 맞아 킨텍스역 방문",
     "조용하지만 분명하게 나아가겠다", "고양의 변화는 언제나 시민 여러분과 함께이다"],
)

G["er-04-newspim.txt"] = (
    M("수원시 \"역사·기술·사람의 스마트 포용도시로\"", "2021-03-09T09:52+09:00", "순정우", "뉴스핌", "41110"),
    [],
    [
        C("'수원시 스마트도시계획(2021~2025)'을 마련 도시의 경쟁력을 향상하고", None, "2021-03-09", ["smart-city"],
          "achievement"),
        C("정책발표에서 스마트시티 수원의 계획을 소개했다", None, "2021-02-25", ["smart-city"], "statement"),
        C("모든 부서가 앞으로 5년간 스마트시티의 구현에 동참할 수 있도록 한 셈이다", None, "2021-02-25",
          ["smart-city"], "statement"),
        C("2017년 스마트도시법 개정에 발맞춰 스마트도시로 향하는 이정표를 마련하기 위한", None, "2021-03-09",
          ["smart-city"], "achievement"),
    ],
    ["'스마트'가 개인의 삶을 편리하게 바꾼 사례는 무궁무진하다",
     "사물인터넷을 활용해 집 밖에서도 간편하게",
     "수원시가 수립한 스마트수원 비전체계",
     "'스마트'가 이제는 공공의 영역으로 확장되고 있다",
     "도시계획을 수립해야 하는 시대적 흐름이 반영되는 것이다",
     "◆수원시 스마트도시로 혁신한다"],
)

JD = "jang-deok-cheon"
G["er-05-kyeongin.txt"] = (
    M("포커스경기-장덕천 부천시장", None, "장철순", "경인일보", "41190"),
    [JD],
    [
        C("캐치프레이즈를 정했다\"고 말했다", JD, None, ["culture-tourism"], "plan"),
        C("문화도시의 첫걸음은 모든 시민이 자신의 의견을 말할 수 있어야 하고", JD, None, ["culture-tourism"], "plan"),
        C("영화, 만화, 애니메이션 등 문화사업을 적극 육성해왔다", JD, None, ["culture-tourism"], "achievement"),
        C("시민 문화권 보호와 증진, 지역문화 예술 생태 강화 등을 지원하고 있다", JD, None, ["culture-tourism"],
          "statement"),
        C("도당산의 폐쇄된 배수지를 문화시설로 변화시켜 나갈 것", JD, None, ["culture-tourism"], "plan"),
        C("문화를 도시의 핵심정책으로 삼아", JD, None, ["culture-tourism"], "plan"),
    ],
    ["캐치프레이즈를 정했다\"고 밝혔다. /부천시 제공",
     "부천이 문화적 권리와 책임이 공존하는 도시",
     "부천은 산업과 사람을 바탕으로 수도권의 핵심도시가 됐으며"],
)

CM, D6 = "choi-moon-soon", "2019-02-12"
G["er-06-mtn.txt"] = (
    M("최문순 강원도지사 \"한국전쟁 70년 이제 그만 끝낼 때\"", "2019-02-12T21:19+09:00", "신효재", "머니투데이방송",
      "42"),
    [CM],
    [
        C("금강산 관광, 동해 관광공동특구, 동해안 남북공동어로, 통일경제특구, 동해북부선 철도의 건설을 비롯해", CM, D6,
          ["culture-tourism", "agriculture", "public-transit"], "plan"),
        C("강원평화특별자치도도 꾸준히 추진하겠다", CM, D6, ["decentralization"], "plan"),
        C("평화특별자치도는 남북이 안정적이고 장기적인 교류를 하기 위해 반드시 필요하다", CM, D6,
          ["decentralization"], "statement"),
        C("법적으로 또 국제적으로 담보하는 장치다", CM, D6, ["decentralization"], "statement"),
    ],
    ["한국전쟁 70년 긴세월 고통이었다", "가장 큰 변화를 맞이하는 해",
     "북미 정상회담이 분단 체제를 해체하고 평화 체제를 만드는 결실을 만들기를 기대한다",
     "기업 활동과 외국 자본의 투자 보장을 비롯한 개혁 개방이 진행되고 있는 현장도 목격했다",
     "그 역할을 우리 강원도민들이 앞장서서 해야 한다",
     "평창올림픽 1주년 행사 핵심은‘평화포럼’이다"],
)

LB, D7 = "lee-byeong-seon", "2023-02-05"
G["er-07-hankookilbo.txt"] = (
    M("지난해 사상 최대 관광객 맞이한 속초시… 2000만 명 가까이 다녀갔다", "2023-02-05T21:12+09:00", "임명수",
      "한국일보", "42210"),
    [LB],
    [
        C("지난해 강원 속초시를 방문한 관광객이 2,000만 명에 육박하는 것으로 나타났다", None, D7,
          ["culture-tourism"], "achievement"),
        C("지난해 속초를 찾은 방문객은 1,943만6,783명이다", None, D7, ["culture-tourism"], "achievement"),
        C("통계자료 작성 이래 가장 많은 수치이며", None, D7, ["culture-tourism"], "achievement"),
        C("속초시는 관광객 증가 이유로 코로나19 사회적 거리 두기 완화에 따른 결과로 보고 있다", None, D7,
          ["culture-tourism"], "statement"),
        C("시가 추진한 생활관광 활성화를 위한 ‘속초시 살아보기’ 등 관광패턴 변화의 결과라는 게 시의 판단이다", None, D7,
          ["culture-tourism"], "achievement"),
        C("관광정책을 다양하게 확대 시행하겠다", LB, D7, ["culture-tourism"], "plan"),
        C("명실상부 대한민국 제일의 관광도시로 명성을 이어가도록 하겠다", LB, D7, ["culture-tourism"], "plan"),
    ],
    ["입춘 이후 낮 기온이 크게 올라간 5일 속초해변을 찾은 시민과 관광객들이 휴일을 즐기고 있다",
     "지난해 사상 최대 관광객 맞이한 속초시"],
)

D8 = "2022-03-07"
G["er-08-theleader.txt"] = (
    M("강릉시, ‘탄소중립’ 친환경 도시 본격 준비", "2022-03-07T14:01+09:00", "이형진", "더리더", "42150"),
    ["kim-han-geun"],
    [
        C("올해 탄소중립 친환경 도시로 나아가기 위한 본격적인 준비를 시작했다", None, D8, ["climate-carbon"], "plan"),
        C("탄소중립 정책을 체계적으로 추진할 예정이다", None, D8, ["climate-carbon"], "plan"),
        C("출발점인 스마트 그린도시 사업은 총사업비 100억원이 투자되는 사업으로", None, D8,
          ["climate-carbon", "smart-city", "fine-dust"], "plan"),
        C("탄소중립과 RE100을 목표로 스마트그린 산업단지와 스마트농업 복합단지를 조성해", None, D8,
          ["climate-carbon", "energy-transition", "agriculture", "investment-attraction"], "plan"),
        C("앞으로도 청정에너지 활용과 지속발전 가능한 강릉시를 위해 더욱더 노력하겠다", None, D8,
          ["climate-carbon", "energy-transition"], "plan"),
    ],
    ["김한근 강원 강릉시장(자료사진)",
     "‘강릉 허브거점단지(E-Hub)’조성을 위한 기본구상 및 수요조사 연구용역을 완료했다"],
)

KJ = "kim-jin-tae"
G["er-09-news1.txt"] = (
    M("김진태 지사, 원주 의료기기 제조 현장 방문…\"첨단의료복합단지 지정 총력\"", None, "한귀섭", "뉴스1", "51"),
    [KJ],
    [
        C("도내 의료기기 산업은 지난해 수출액 1조 200억 원으로 전국 2위", None, None, ["medical-industry"],
          "achievement"),
        C("의료기기 제조와 디지털헬스케어 기술 개발을 선도하는 국가 대표 거점으로 자리 잡았다", None, None,
          ["medical-industry"], "achievement"),
        C("의료기기는 도 대표 효자산업으로 자리 잡았다", KJ, None, ["medical-industry"], "achievement"),
        C("원주가 첨단의료복합단지로 추가 지정될 수 있도록 최선을 다하겠다", KJ, None, ["medical-industry"], "plan"),
    ],
    ["강원 의료기기 수출액 전국 2위로 강원도 대표 효자 산업",
     "의료기기 생산공장인 인성메디칼을 방문하며 현장 행보를 이어갔다",
     "의료기기 산업현황 및 향후 발전과제에 대해 보고를 받았다",
     "현장 체험 과정에서 기업 애로사항 청취도 이어졌다"],
)

GOLD.mkdir(exist_ok=True)
total = 0
for name, (meta, officials, claims, not_claims) in G.items():
    doc = {"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": not_claims}
    (GOLD / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    total += len(claims)
    print(name, len(claims))
print("total", total)
