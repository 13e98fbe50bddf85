"""Write set-mb gold files from compact tuples: (quote, speaker, date, policies, kind)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"
L, K, P, S, Y, C, H, D = ("lim-byeong-taek", "kim-deok-hyeon", "park-sang-su", "kim-seong-je",
                          "choi-myeong-seo", None, None, "sim-gyu-eon")

SETS = {
 "mb-01-seonamtoday.txt": (
  {"headline": "취임 1주년 맞은 임병택 시흥시장, \"미래 시흥 30년 주춧돌 놓겠다\"", "published": "2019-07-01T16:41+09:00",
   "reporter": "오현택", "outlet": "서남투데이", "jurisdiction": "41390"}, [L],
  [("임 시장이 꼽은 주요 추진 정책은", L, "2019-07-01",
    ["citizen-participation", "childcare-birth", "dementia-care", "jobs", "small-merchants", "culture-tourism"], "achievement"),
   ("수돗물 문제는 태스크포스팀을 구성해 재발 방지 대책을 구축하고", L, "2019-07-01", ["water-supply", "housing"], "statement"),
   ("시흥시 미래 비전으로는 △2021년 국제안전도시 추진", None, "2019-07-01", ["disaster-safety", "education"], "plan")],
  ["시민 덕분에 52만 대도시의 문을 열었다", "큰 논란이 됐던 배곧신도시 탁수 문제와 국책사업 등에 대해서도 언급했다",
   "(사진=김대희 기자)"]),
 "mb-02-kmib.txt": (
  {"headline": None, "published": "2025-09-25", "reporter": None, "outlet": None, "jurisdiction": "51130"}, [],
  [("강원도 원주시가 기업하기 좋은 도시로 빠르게 성장하고 있다", None, "2025-09-25", ["investment-attraction"], "achievement"),
   ("‘기업하기 좋은 환경 조성’을 핵심 과제로 삼았다", None, "2025-09-25", ["investment-attraction"], "statement"),
   ("기업 유치가 일자리 창출로 이어지고", None, "2025-09-25", ["investment-attraction", "jobs"], "statement"),
   ("시는 2022년 8월 기업 유치를 위한 조직을 재정비했다", None, "2025-09-25", ["investment-attraction"], "achievement"),
   ("경제국, 투자유치과를 신설하고", None, "2025-09-25", ["investment-attraction"], "achievement"),
   ("35개 기업으로부터 8100억원에 달하는 투자를 유치했다", None, "2025-09-25", ["investment-attraction"], "achievement"),
   ("1850개의 신규 일자리가 창출될 것으로 기대한다", None, "2025-09-25", ["jobs", "investment-attraction"], "target"),
   ("1500억원 규모의 반도체 테스트베드 사업들이 진행 중이다", None, "2025-09-25", ["investment-attraction"], "statement"),
   ("5개 반도체 기업 1300억원의 투자유치도 성공했다", None, "2025-09-25", ["investment-attraction"], "achievement"),
   ("4대 분야별 전략에 따라 반도체 산업을 집중해서 육성하고 있다", None, "2025-09-25", ["investment-attraction"], "statement"),
   ("대표적 성과는 지난 4월 착공한 한국반도체교육원이다", None, "2025-09-25", ["research-development"], "achievement"),
   ("국내 최초 공공형 반도체 인력 육성 전문기관이다", None, "2025-09-25", ["research-development"], "statement"),
   ("연간 1060명의 인력을 양성할 수 있다", None, "2025-09-25", ["research-development"], "statement"),
   ("2층 규모로 내년 말 준공 예정이다", None, "2025-09-25", ["research-development"], "plan"),
   ("삼성전자, DB하이텍 등과 협력해 국내 최고 수준의 교육을 제공한다", None, "2025-09-25", ["research-development"], "statement"),
   ("엔비디아의 교육센터도 원주에 들어선다", None, "2025-09-25", ["research-development"], "plan"),
   ("AI 디지털트윈, 로보틱스 등 첨단기술을 실습하고", None, "2025-09-25", ["fourth-industrial-revolution", "research-development"], "statement"),
   ("특성화고·지역대학에서도 반도체·바이오 관련 학과 신설", None, "2025-09-25", ["education"], "statement")],
  ["단기간에 굵직한 반도체 사업을 연이어 유치했다"]),
 "mb-03-seoul.txt": (
  {"headline": "김덕현 군수, 군정 추진 현황·과제", "published": "2025-12-23", "reporter": None, "outlet": None,
   "jurisdiction": "41800"}, [K],
  [("수도권 전철 1호선 개통, 국도 3호선 우회도로 개통", K, "2025-12-23", ["public-transit", "culture-tourism"], "achievement"),
   ("전철 1호선 개통 이후 접근성이 크게 개선되면서 관광객이 늘고", K, "2025-12-23", ["public-transit", "culture-tourism"], "achievement"),
   ("지난 10월 농어촌 기본소득 시범사업 유치도 빼놓을 수 없다", K, "2025-12-23", ["agriculture"], "achievement"),
   ("49개 지역이 경쟁한 가운데 연천이 최종 선정됐다", K, "2025-12-23", ["agriculture"], "achievement"),
   ("내년 2~3월 시행 예정인데", K, "2025-12-23", ["agriculture"], "plan")],
  ["‘한탄강 베개용암 출렁다리’ 앞에서 다리 제원과 주변 경관을 설명하고 있다",
   "결코 소멸하지 않는 작지만 알찬 ‘경기 최북단 자족도시’를 만들어 가겠습니다",
   "문화·교통·산업 인프라 확충을 앞세워 변화를 꾀해 온", "특히 교통망 확충은 연천의 숙원이었다",
   "1호선 개통 첫날 첫차에 탑승했던 순간이다"]),
 "mb-04-kmib.txt": (
  {"headline": "“미군 공여지 장기 미반환, 동두천 발전 최대 걸림돌”", "published": "2025-05-15T17:52+09:00",
   "reporter": None, "outlet": None, "jurisdiction": "41250"}, [],
  [("철도망 개선, 청년 일자리 창출, 공공의료기관 유치 등 다양한 정책 수요도 드러냈다", None, "2025-05-15",
    ["public-transit", "jobs", "youth-policy", "public-health"], "statement")],
  ["미군 공여지 개발 방향으로는 산업시설과 상업·유통시설 조성이 가장 적절하다는 응답이 많았다",
   "공여지의 전략적 활용과 산업 육성에 대한 기대가 높게 나타났다"]),
 "mb-05-segye.txt": (
  {"headline": "“전국 대표 수소도시·1000만 관광 도시 이뤄낼 것” [민선8기 단체장에 듣는다]",
   "published": "2022-11-22T01:10+09:00", "reporter": None, "outlet": "세계일보", "jurisdiction": "42230"}, [P],
  [("전국 대표 수소도시 육성, 1000만 관광 도시를 모두 이뤄내겠습니다", P, "2022-11-21", ["energy-transition", "culture-tourism"], "target"),
   ("1000만 관광객 유치를 위한 청사진을 21일 밝혔다", P, "2022-11-21", ["energy-transition", "culture-tourism"], "plan"),
   ("수소특화산업단지 조성을 기반으로 수소도시를 육성하고 기존 삼척시 관광전략을 보완", P, "2022-11-21",
    ["energy-transition", "culture-tourism"], "plan"),
   ("정부의 탄소중립 에너지 정책에 발맞춰", P, "2022-11-21", ["climate-carbon", "energy-transition", "investment-attraction"], "statement"),
   ("최소 20개 이상의 기업을 유치하기 위해", P, "2022-11-21", ["investment-attraction"], "target"),
   ("제2농공단지와 수소특화단지를 조성하고 양질의 일자리 창출을 실현하겠다", P, "2022-11-21",
    ["investment-attraction", "energy-transition", "jobs"], "plan"),
   ("액화수소 신뢰성 평가센터도 유치", P, "2022-11-21", ["energy-transition", "investment-attraction"], "plan")],
  ["민선 8기 삼척시정의 핵심 목표는 침체된 지역 경제살리기",
   "삼척 경제 활성화 계획 등을 밝히고 있다"]),
 "mb-06-kmib.txt": (
  {"headline": "김성제 의왕시장, 전국서 가장 살기좋은 도시 도약 내세운 것은", "published": "2026-01-03",
   "reporter": None, "outlet": None, "jurisdiction": "41430"}, [S],
  [("월암지구와 청계2지구 도시지원시설 부지에 양질의 기업을 유치한다", S, "2026-01-02", ["investment-attraction"], "plan"),
   ("의왕도깨비시장 아케이드는 4월까지 설치를 마무리한다", S, "2026-01-02", ["small-merchants"], "plan"),
   ("의왕역 GTX-C노선이 조기에 공사가 추진될 수 있도록", S, "2026-01-02", ["public-transit"], "plan"),
   ("‘제5차 국가철도망 구축계획’에 반영될 수 있도록", S, "2026-01-02", ["public-transit"], "plan"),
   ("‘학생통학 순환버스’ 도입을 추진하고", S, "2026-01-02", ["public-transit"], "plan"),
   ("‘의왕미래교육센터’ 건립을 착공하고", S, "2026-01-02", ["education"], "plan")],
  ["전국에서 가장 살기좋은 도시로 도약할 수 있도록 시민 여러분과 함께 더욱 힘차게 뛰겠다"]),
 "mb-07-shinailbo.txt": (
  {"headline": "최명서 영월군수 \"지속가능한 미래 100년과 사계절 체류형 관광 실현\"", "published": "2024-01-14T09:14+09:00",
   "reporter": "백남철", "outlet": "신아일보", "jurisdiction": "51750"}, [Y],
  [("ITX-마음 운행으로 수도권 접근 1시간대 단축하는 등", Y, "2024-01-11", ["public-transit"], "achievement"),
   ("고용률 23년上 71.4%", Y, "2024-01-11", ["jobs", "culture-tourism"], "achievement")],
  ["젊은이가 모여드는 강원남부권 중심도시로 만들기 위해 최선을 다해 노력하겠다",
   "62개 공약사업 1년차에 85.4%의 공약 이행률을 달성하고"]),
 "mb-08-kmib.txt": (
  {"headline": "횡성한우를 세계적 브랜드로…군, 2014년까지 육성사업", "published": "2010-03-24T00:03+09:00",
   "reporter": None, "outlet": None, "jurisdiction": "42730"}, [],
  [("세계적인 명품으로 육성하기 위한 밑그림이 그려졌다", None, "2010-03-23", ["agriculture"], "plan"),
   ("횡성한우 육성 5개년 기본계획을 수립했다고 23일 밝혔다", None, "2010-03-23", ["agriculture"], "plan"),
   ("7개 분야 100개 사업을 추진할 계획이라고 덧붙였다", None, "2010-03-23", ["agriculture"], "plan"),
   ("위락시설인 ‘한우문화촌’을 조성할 예정이다", None, "2010-03-23", ["agriculture", "culture-tourism"], "plan"),
   ("횡성한우 가치 향상을 위한 사업에 281억7000만원을 투자한다", None, "2010-03-23", ["agriculture"], "plan"),
   ("조사료 확충 등 37개 사업에 120억여원이 사용된다", None, "2010-03-23", ["agriculture"], "plan"),
   ("양축농가들의 자생력 강화에도 78억여원이 지원된다", None, "2010-03-23", ["agriculture"], "plan"),
   ("한우산업 특성화에 12억여원 등이 투자될 예정이다", None, "2010-03-23", ["agriculture"], "plan"),
   ("1961개 농가에서 사육되는 한우 두수는 지난해 말 현재 4만3792마리다", None, "2010-03-23", ["agriculture"], "statement"),
   ("2014년에는 7만1427마리로 늘어날 전망이다", None, "2010-03-23", ["agriculture"], "target"),
   ("147개 농가에서는 무항생제 축산물 인증을 받았고", None, "2010-03-23", ["agriculture"], "statement")],
  []),
 "mb-09-kado.txt": (
  {"headline": "“북방물류 거점 동해항 육성 남북 경제협력 준비”", "published": "2018-11-07", "reporter": "홍성배",
   "outlet": None, "jurisdiction": "42170"}, [D],
  [("폐광산을 활용한 새로운 관광지 개발", None, "2018-11-07", ["culture-tourism"], "statement"),
   ("장·단기 사업을 분류해 일자리를 만들어 나갈 것이다", D, "2018-11-07", ["jobs"], "plan")],
  ["채석장 지형 활용 관광지 개발", "폐산업 문화재생사업 재탄생", "무릉 3지구 개발사업과 한섬개발 등 신성장 동력사업을 밀도있게 추진할 계획이다",
   "남북경제협력에 대한 기대감이 고조되고 있다"]),
}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    for article, (meta, officials, claims, not_claims) in SETS.items():
        gold = {"article": article, "metadata": meta, "officials": officials,
                "claims": [{"quote": q, "speaker": s, "date": d, "policies": p, "kind": k} for q, s, d, p, k in claims],
                "not_claims": not_claims}
        (GOLD / f"{article}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(article, len(claims))


if __name__ == "__main__":
    main()
