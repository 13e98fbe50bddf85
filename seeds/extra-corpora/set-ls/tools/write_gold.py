"""Writes gold/*.json for set-ls (hand annotation)."""
import json
from pathlib import Path
G = {}
def C(q, sp, d, pol, k, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name:
        c["speaker_name"] = name
    return c
def M(h, p, r, o, j):
    return {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j}

D = "2022-09-29"; DC = ["dementia-care"]
G["ls-01-sisanews.txt"] = (M("노원구치매안심센터, 새 둥지로 옮겨 스마트 시스템 도입", "2022-09-29", None, None, "11350"),
  ["oh-seung-rok"],
  [C("지역 내 치매 환자의 집중 관리를 강화한다", None, D, DC, "plan"),
   C("마들보건지소로 확장하여 이전하기로 결정했다", None, D, DC, "plan"),
   C("센터는 약 519㎡ 규모이다", None, D, DC, "statement"),
   C("4층에는 치매선별검사, 정밀검사가 이루어지는 검진실과 진료실이 있으며", None, D, DC, "statement"),
   C("센터에 스마트 시스템을 도입해 이용하는 주민들의 편의성과 안전성을 향상하는 것이었다", None, D, DC, "statement"),
   C("시설 및 프로그램 이용에 ‘자동화 시스템’을 구축했다", None, D, DC, "achievement"),
   C("이용자의 안전과 편의를 대폭 향상했다", None, D, DC, "achievement")],
  ["치매안심센터 노원구청 5층에서 신축한 마들보건지소 4~5층으로 확장 이전",
   "고령화가 가속화되면서 국내 치매 환자의 수도 빠르게 증가하고 있다",
   "노원구의 추정 치매 환자 수는 8,183명으로 서울시 25개 자치구 중 가장 많은 것으로 나타났다",
   "어르신 인구 비율이 높은 구의 특성이 반영된 것으로 분석된다"])

D = "2023-08-03"; CB = ["childcare-birth"]
G["ls-02-seouland.txt"] = (M("강동구, 임신·출산 등 지원정보 담은 ‘맘편한 세상’ 발행", "2023-08-03T17:56+09:00", None, "서울&", "11740"),
  ["lee-su-hui"],
  [C("임신·출산·양육 관련 지원정보를 한 권으로 확인할 수 있는 정보 책자 <맘편한 세상>을 발행했다", None, D, CB, "achievement"),
   C("7개 영역에 대한 73개 지원 사업을 담았다", None, D, CB, "statement"),
   C("결혼부터 보육까지 시간의 흐름에 따라 구성돼", None, D, CB, "statement"),
   C("지원사업의 구체적인 지원 조건과 신청 방법까지 수록돼", None, D, CB, "statement"),
   C("한부모, 청소년 부모, 다자녀 가족 부모 등 가족 형태에 따른 지원 사업과", None, D, ["childcare-birth", "welfare"], "statement"),
   C("책자는 동 주민센터, 보건소 등에서 받을 수 있다", None, D, CB, "statement"),
   C("관내 산후조리원과 산부인과에도 비치돼 있다", None, D, CB, "statement")],
  ["본 콘텐츠는 <서울&>의 의견과 다를 수 있으며"])

D = "2022-02-07"; PH = ["public-health"]
G["ls-03-fnnews.txt"] = (M("인천시, 감염병전문병원·국립대병원·제2의료원 설립 등 추진", "2022-02-07T10:30+09:00", "한갑수", "파이낸셜뉴스", "28"),
  ["park-nam-chun"],
  [C("공공의료 인프라 구축 속도를 높이기 위한 전방위적 행정 지원에 나선다", None, D, PH, "plan"),
   C("수도권 감염병전문병원 유치에 모든 행정력을 집중하기로 했다", None, D, PH, "plan"),
   C("관련 단체와 함께 다양한 홍보도 전개하기로 했다", None, D, PH, "plan"),
   C("사업방향의 차별화 전략을 발굴하기로 했다", None, D, PH, "plan"),
   C("제2의료원 설립도 이달 중 ‘설립 타당성 검토를 위한 용역’에 착수하는 등", None, D, PH, "plan"),
   C("‘시민안심 응급의료체계 안전망’을 구축하기로 했다", None, D, PH, "plan"),
   C("인천에서 공공의료 필요성이 더욱 크게 대두되고 있다", "park-nam-chun", D, PH, "statement"),
   C("공공의료 인프라가 갖춰질 수 있도록 노력할 것", "park-nam-chun", D, PH, "plan")],
  ["박남춘 인천시장 주재로 열린 2022년 복지·가족·건강체육분야 업무보고에서 이 같이 밝혔다"])

D = "2021-03-29"; CR = "criticism"
G["ls-04-kmib.txt"] = (M("인천시 감염병 전문병원 유치 실패 후폭풍", "2021-03-29T10:22+09:00", None, None, "28"),
  ["park-nam-chun"],
  [C("감염병 전문병원을 인천권역에 유치하는 계획이 실패하면서 시민사회가 반발하고 있다", None, D, PH, CR),
   C("불가능한 전략만을 고수한 것이 화근이었다", None, D, PH, CR),
   C("감염병 전문병원 2곳 추가 구축예산은 반영되지 않았다", None, "2021-03-25", PH, "statement"),
   C("이번 추경에 실낱같은 기대를 했으나 인천 유치는 최종 실패했다", None, D, PH, "statement"),
   C("인천 유치의 최종 실패에 대한 책임은 박남춘 시장과 인천시에 있다고 지적했다", None, D, PH, CR),
   C("구체적이고 실무적인 전술이 부재했다", None, D, PH, CR),
   C("인천의 여러 공공 및 민간의 코로나19 전담병원들과 긴밀한 협의도 없었다는 것이다", None, D, PH, CR),
   C("인천시는 지역사회의 여론을 모으고 집중할 아무런 대응책도 마련하지 않았다", None, D, PH, CR)],
  [])

D = "2019-05-12"; UR = ["urban-regeneration"]
G["ls-05-kyeongin.txt"] = (M("미추홀구, 용현동 도시재생 공청회", "2019-05-13", "김성호", "경인일보", "28177"),
  [],
  [C("등을 조성하는 도시재생뉴딜사업을 추진 중이다", None, D, UR, "statement"),
   C("도시재생 필요성이 시급한 지역이다", None, D, UR, "statement"),
   C("총사업비는 1천161억원 규모로", None, D, UR, "statement"),
   C("도시재생활성화 계획안을 수립해 하반기 국토부 공모에 참여할 방침이다", None, D, UR, "plan")],
  ["'용현동 도시재생활성화계획 수립'을 위한 공청회를 가졌다고 12일 밝혔다",
   "이번 공청회는 국토교통부의 2019년 하반기 도시재생뉴딜사업 공모에 앞서 열렸다",
   "동영상·데이터 시각화 중심의 색다른 뉴스"])

D = "2023-03-07"
G["ls-06-munhwa.txt"] = (M("“G밸리는 청년 미래”… ‘IT·지식산업 메카’ 경쟁력 더 키운다[서울인사이드]", "2023-03-07T09:00+09:00", "김구철", "문화일보", "11545"),
  ["yu-seong-hun"],
  [C("다양한 지원사업을 통해 기업 하기 좋은 환경을 조성하며", None, D, ["investment-attraction"], "plan"),
   C("도시와 청년의 미래는 결국 경제와 일자리에 있다", "yu-seong-hun", D, ["jobs"], "statement"),
   C("입주기업 대부분이 중소창업기업인 G밸리에 활력을 불어넣어", "yu-seong-hun", D, ["startup-support"], "plan")],
  ["금천G밸리에 청년의 미래가 걸려 있습니다",
   "활성화 추진 배경을 이같이 설명했다",
   "1만2800여 개 기업이 입주해 14만여 명이 근무하고 있다",
   "G밸리활성화팀이 금천G밸리 2단지로 이전했다",
   "소상공인 · 자영업자 적극 지원",
   "민관네트워크 발전협의회 구성",
   "G밸리 1만2800여 개 입주기업 중 70%가 금천구 관내 금천G밸리에 있다"])

D = "2018-06-09"; J = "jo-eun-hui"
G["ls-07-seochotimes.txt"] = (M("조은희 서초구청장 후보 국공립어린이집 “추가 확충 멈출 수 없다”", "2018-06-09T21:19+09:00", "황상윤", None, "11650"),
  [J],
  [C("민선 6기 취임 당시 서초구 국공립 어린이집은 32곳으로 서울시 자치구 중 최하위권이었다", J, D, CB, "statement"),
   C("보육 도시 서초의 초석을 놓았다고 밝혔다", J, D, CB, "achievement"),
   C("올해 안에 6개의 국공립어린이집을 추가 확충하겠다고 말했다", J, D, CB, "target"),
   C("다양한 방법으로 국공립어린이집을 지속해서 확충해왔다고 말했다", J, D, CB, "achievement"),
   C("도구머리어린이집등은 더 애착이 가는 곳이다고 밝혔다", J, D, CB, "achievement"),
   C("민간·가정 어린이집도 국공립 수준으로 보육의 질을 높여가는 게 필요하므로", J, D, CB, "plan")],
  ["6f21e4aa265713e9b762a7f27dc0e923_1528297046_396.jpg"])

JB = ["jobs"]; Y = "yun-hwan"
G["ls-08-sisatopic.txt"] = (M("계양구, ‘2025년 시-군구 상생일자리 지원사업’ 업무협약 체결", None, "서병배", None, "28245"),
  [Y],
  [C("상생일자리 지원사업’ 추진을 위한 상호 협력에 뜻을 모았다", None, None, JB, "plan"),
   C("인천시가 선정해 지원하는 공모사업이다", None, None, JB, "statement"),
   C("2025년에 계양구가 추진하는 사업은 총 4개 사업으로", None, None, ["jobs", "public-transit", "startup-support"], "plan"),
   C("청년과 중장년층 모두에게 양질의 일자리를 제공할 수 있는 기반이 마련될 것으로 기대한다", Y, None, JB, "statement"),
   C("양질의 일자리가 창출될 수 있도록 최선을 다하겠다", Y, None, JB, "plan")],
  ["4개 기관이 참여했다"])

D = "2025-02-05"; AI = ["fourth-industrial-revolution"]; O = "oh-se-hoon"
G["ls-09-sbsbiz.txt"] = (M("오세훈 \"AI 강국 진입 서울이 승부처…비전 발표 계획\"", "2025-02-05T17:43+09:00", "윤지혜", "SBS Biz", "11"),
  [O],
  [C("충분한 인적 자원, 데이터 가공, 컴퓨팅파워를 최고조로 올려야 하는 최선의 준비가 필요하다", O, D, AI, "plan"),
   C("패권 전쟁이 본격화하면서 대한민국이 매우 왜소하게 느껴진다", O, D, AI, "statement"),
   C("우리가 과연 최선의 준비가 되어 있느냐 돌아보면 매우 큰 위기의식을 느낄 수밖에 없다", O, D, AI, "criticism"),
   C("그렇기에 대한민국 경제의 심장 서울시가 나설 수밖에 없다", O, D, AI, "plan"),
   C("다음 주에 AI 비전을 발표할 것", O, D, AI, "plan"),
   C("과감한 투자와 생태계 조성에 속도를 내고 있습니다", None, D, AI, "statement"),
   C("AI 분야 기술창업 육성 전문기관인 '서울 AI 허브'를 지난해 5월 개관했습니다", None, D, ["fourth-industrial-revolution", "startup-support"], "achievement"),
   C("'양재 AI 미래융합혁신특구'로 지정되면서 발전에 속도를 내고 있습니다", None, D, AI, "achievement"),
   C("올해 청년취업사관학교를 운영하고 서울 소재 대학과 연계하는 방식으로", None, D, ["jobs", "youth-policy"], "plan")],
  ["국내 최고 전문가들과 머리를 맞댔습니다",
   "'AI 산업육성 전략 자문회의'를 열고 AI 분야 대기업·스타트업 대표와 교수 등 전문가들과 발전방안을 논의했습니다",
   "인공지능(AI) 산업육성 전략 자문회의에서 발언하고 있다"])

out = Path(__file__).resolve().parent.parent / "gold"
out.mkdir(exist_ok=True)
for name, (meta, offs, claims, nots) in G.items():
    g = {"article": name, "metadata": meta, "officials": offs, "claims": claims, "not_claims": nots}
    (out / (name + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1), encoding="utf-8")
    print(name, len(claims))
print("total", sum(len(v[2]) for v in G.values()))
