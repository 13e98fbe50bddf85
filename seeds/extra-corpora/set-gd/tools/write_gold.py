# Writes gold/*.json for set-gd (hand annotation). c(quote, speaker, date, policies, kind[, speaker_name])
import json, os
G = os.path.join(os.path.dirname(__file__), '..', 'gold')
def c(q, s, d, p, k, name=None):
    x = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: x["speaker_name"] = name
    return x
def md(h, pub, rep, out, j): return {"headline": h, "published": pub, "reporter": rep, "outlet": out, "jurisdiction": j}
F = {}
d = "2024-04-30"
F['gd-01-ihalla.txt'] = (md("제주 탄소중립·녹색성장 방향은?… 내달 7일 주민 공청회", "2024-04-30T14:39+09:00", "김도영", "한라일보", "50"), [], [
 c("탄소중립·녹색성장 기본계획(2024~2033년)'에 대한 도민 의견을 수렴하고자", None, d, ["climate-carbon"], "plan"),
 c("10년을 계획기간으로 두고 5년마다 수립하는 법정계획이다", None, d, ["climate-carbon"], "statement"),
 c("부문별·연도별 중장기 이행 로드맵 ▷연차별 소요 예산", None, d, ["climate-carbon"], "statement"),
 c("신재생에너지 및 친환경 전기차 보급을 담고 있으며", None, d, ["climate-carbon", "energy-transition", "future-vehicles"], "statement"),
 c("제주도는 계획안 마련을 위해 부서별 협의", None, d, ["climate-carbon"], "statement"),
], ["제주도 '제1차 탄소중립·녹색성장 기본계획' 수립", "중장기 이행 로드맵 발표 신재생에너지 등도 포함", "최종보고회는 오는 2일 오후 4시 제주문학관 대강당에서 열리며"])
d = "2026-02-02"
F['gd-02-asiatoday.txt'] = (md("‘농어촌기본소득 덕분?’...옥천군 인구 5만명 돌파", "2026-02-02T17:09+09:00", "이대희", "아시아투데이", "43730"), ["hwang-gyu-cheol"], [
 c("농어촌기본소득 시범지역으로 선정되면서 부터 인구감소 흐름에 전환점을 맞았다", None, d, ["welfare"], "achievement"),
 c("전입·정착 지원 정책을 비롯해 주거·생활 인프라 확충, 일자리 창출, 돌봄 정책 강화 등", None, d, ["housing", "jobs", "welfare"], "statement"),
], ["약 4년 만에 다시 인구 5만 명대에 재진입하며", "△청년인구 유출 등으로 지역분위기가 침체했었다", "옥천군이 다시 도약할 수 있다는 가능"])
d = "2018-02-05"
F['gd-03-hankookilbo.txt'] = (md("[2018 지자체 평가] 정원문화 선도 순천시… 주민 10명 중 9명 “거주에 만족”", "2018-02-05T04:40+09:00", "하태민", "한국일보", "46150"), [], [
 c("관광객이 가장 많이 찾는 도시 4위, 광주ㆍ전남 관광객 방문 1위 도시다", None, d, ["culture-tourism"], "achievement"),
 c("드라마촬영장 등 다양한 명소를 갖춘 덕분이다", None, d, ["culture-tourism"], "statement"),
 c("순천만 국가정원에는 지난해에만 610만 명이 다녀갔다", None, d, ["culture-tourism"], "achievement"),
 c("유료 입장으로 전환했음에도 탐방객이 매년 증가하고 있다", None, d, ["culture-tourism"], "achievement"),
 c("순천시를 찾은 방문객은 총 920만명에 이른다", None, d, ["culture-tourism"], "achievement"),
 c("방문객 1,000만명 시대가 멀지 않았다", None, d, ["culture-tourism"], "statement"),
 c("정원문화의 새 지평을 열었다는 점에서도 주목 받는다", None, d, ["culture-tourism"], "achievement"),
], ["연간 방문객 1000만명 시대 눈앞", "방문객 1,000만명 시대를 견인하는 일등 탐방지다", "관람객들 반응이 꾸준히 좋아 즐겁게 일하고 있다", "순천만 국가정원의 동문주차장은"])
d = "2022-05-04"
F['gd-04-kpinews.txt'] = (md("세종시장 후보들 '시내버스 요금 무료' 공약 경쟁적으로 제시", "2022-05-04T21:00+09:00", "박상준", "KPI뉴스", "36"), ["lee-choon-hee", "choi-min-ho"], [
 c("경쟁적으로 시내버스 무료화 공약을 내놔 주목을 끌고 있다", None, d, ["public-transit"], "plan"),
 c("누가 당선되던 '시내버스 요금 무료화'가 추진될 것으로 보인다", None, d, ["public-transit"], "plan"),
 c("단계적으로 전면 무료화를 추진하겠다", "lee-choon-hee", d, ["public-transit"], "plan"),
 c("광역버스 요금 시간대별 차등화 공약에 맞대응하는 방안인 것으로 보인다", None, d, ["public-transit"], "statement"),
 c("무료화 수준의 시내버스 준공영제를 시행하고 있다", None, d, ["public-transit"], "statement", "최민호"),
 c("버스 운영에 투입하면 요금 무료화가 가능할 것", None, d, ["public-transit"], "statement", "최민호"),
], ["민주당 이춘희 '단계적 무료화' 국민의힘 최민호 '전면 무료화'", "2020년 1월에 도입된 전기굴절 시내버스"])
d = "2019-05-22"
F['gd-05-newspim.txt'] = (md("전남, '국가 그린수소산업' 중심지 도약 다짐", "2019-05-23T09:07+09:00", "지영봉", "뉴스핌", "46"), ["kim-yung-rok", "gwon-o-bong"], [
 c("국가 그린수소산업 중심지로의 도약을 다짐하는", None, d, ["energy-transition"], "plan"),
 c("그린수소 생산 여건을 기반으로 마련됐다", None, d, ["energy-transition"], "statement"),
 c("그린수소 생산의 최적지로 꼽힌다", None, d, ["energy-transition"], "statement"),
 c("그린수소 연구개발 및 생산․실증 거점 육성", None, d, ["energy-transition", "research-development", "future-vehicles"], "plan"),
], ["여수서 비전선포식 개최…권역별 계획 발표·한전 등 유관기관 협약", "유관기관 관계자 500여 명이 참석했다", "물을 전기분해해 생산하는 친환경 수소다", "수소경제가 지향하는 최종 목표라고 할 수 있다"])
d = "2019-09-18"
F['gd-06-shinailbo.txt'] = (md("대전시, 청년주간 맞아 민선7기 향후 청년정책 방향 제시", "2019-09-18T16:04+09:00", "정태경", None, "30"), ["heo-tae-jeong"], [
 c("대전시가 청년주간을 맞아 민선7기 향후 청년정책의 방향성을 제시했다", None, d, ["youth-policy"], "plan"),
 c("청년의 삶을 돌보는 주거안정 관련한 내용을 골자로 한 기자간담회를 열었다", None, d, ["youth-policy", "jobs", "startup-support", "housing"], "statement"),
 c("2000개의 스타트업을 육성해 나간다는 계획이다", None, d, ["jobs", "youth-policy", "startup-support"], "target"),
 c("오는 11월 창업성장캠퍼스 개소를 시작으로", None, d, ["startup-support"], "plan"),
 c("250개 기업 입주와 1500개의 일자리를 만들어낼 전망이다", None, d, ["investment-attraction", "jobs"], "target"),
 c("지역인재 의무채용 30%가 적용되는 혁신도시법 개정", None, d, ["jobs", "decentralization"], "plan"),
], ["\"일자리 창출과 주거 안정으로 청년 자립기반 만들 것\"", "기자간담회를 통해 청년일자리 창출과 주거 안정으로 청년 자립기반 만들것에 대해 밝히고 있다"])
d = "2019-03-21"
F['gd-07-kukinews.txt'] = (md("완주군, 미래에너지 수소경제중심도시 도약 ‘신호탄 ’", "2019-03-21T15:34+09:00", None, None, "45710"), ["park-seong-il"], [
 c("일자리 정책 박람회에 참여해 수소경제중심도시 도약의 신호탄을 쐈다", None, d, ["energy-transition"], "statement"),
 c("수소경제중심도시를 통한 미래 일자리 비전을 선보였다", None, d, ["energy-transition", "jobs"], "plan"),
 c("현대자동차의 수소승용차 넥소와 수소버스 모형을 선보여", None, d, ["energy-transition", "future-vehicles"], "statement"),
 c("충전소 확충 지원 계획을 내놓아 수소경제에", None, d, ["energy-transition", "future-vehicles"], "plan"),
 c("2030년까지 총 9695억원을 투자 계획을 밝혀", None, d, ["energy-transition"], "statement"),
 c("수소경제 중심도시 지정에 한발 앞서간다는 구상이다", None, d, ["energy-transition"], "plan"),
 c("상생 협력의 틀을 갖추고, 미래에너지", "park-seong-il", d, ["energy-transition"], "plan"),
], ["친환경 미래 에너지원이다", "관련기업이 다수 입주해 경쟁력을 갖추고 있다"])
d = "2026-01-16"
F['gd-08-tf.txt'] = (md("충남도, 고농도 미세먼지 대응 합동 현장점검", "2026-01-16T16:15+09:00", "노경완", "더팩트", "44"), [], [
 c("충남도가 고농도 미세먼지에 대응해 관계 기관과 함께 대형 배출원 현장 점검에 나섰다", None, d, ["fine-dust"], "statement"),
 c("당진발전본부를 방문해 비상저감조치 이행 실태를 점검했다고 밝혔다", None, d, ["fine-dust"], "statement"),
 c("도민 건강 피해를 최소화하기 위해 추진됐다", None, d, ["fine-dust"], "statement"),
 c("미세먼지 저감 대책 추진 상황을 보고받고", None, d, ["fine-dust"], "statement"),
 c("미세먼지 대응 행동 요령 홍보도 지속할 방침이다", None, d, ["fine-dust"], "plan"),
 c("미세먼지 농도 저감을 위한 가용 자원을 총동원하겠다", None, d, ["fine-dust"], "plan", "김영명"),
], ["당진발전본부 방문…화력발전 상한 제한·방지 시설 가동 여부 확인", "기후에너지환경부와 금강유역환경청이 함께한 합동 점검이다", "선제적인 관리가 무엇보다 중요하다"])
d = "2023-06-08"
F['gd-09-kjdaily.txt'] = (md("광주시 ‘도시 재생·지역공동체 발전’ 머리 맞댔다", "2023-06-08T20:39+09:00", "박선강", None, "29"), [], [
 c("국내외 도시재생 사례를 분석·공유해 구도심의 지역공동체 발전방안 모색을 위해 마련했다", None, d, ["urban-regeneration"], "statement"),
 c("10곳의 대표적 자치구 도시재생사업을 소개했다", None, d, ["urban-regeneration"], "statement", "이유종"),
 c("생기 잃은 구도심에 활력을 불어", None, d, ["urban-regeneration"], "statement", "이유종"),
], ["세미나서 국내외 사례 공유 구도심 활성화 방안 모색", "‘도시 재생과 지역공동체 형성’ 세미나를 개최했다", "종합토론 순으로 진행됐다"])

os.makedirs(G, exist_ok=True)
for name, (meta, offs, claims, nots) in F.items():
    with open(os.path.join(G, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump({"article": name, "metadata": meta, "officials": offs, "claims": claims, "not_claims": nots}, f, ensure_ascii=False, indent=1)
    print(name, len(claims))
