"""Write set-nx gold files (hand annotation). Claim tuple: (quote, speaker, date, policies, kind, speaker_name)."""
import json
from pathlib import Path

J, O, K, Y, G, H = "jang-jong-tae", "oh-young-hun", "kim-don-gon", "yu-hui-tae", "kang-gi-jung", "hong-joon-pyo"
JB = "jeong-jong-bok"
UR, AG, CB, EN, FV, FD, JO, WE = "urban-regeneration", "agriculture", "childcare-birth", "energy-transition", "future-vehicles", "fine-dust", "jobs", "welfare"
FIR, RD, CT, PH, SM, IA, MI, SC = "fourth-industrial-revolution", "research-development", "culture-tourism", "public-health", "small-merchants", "investment-attraction", "medical-industry", "smart-city"

GOLD = {
"nx-01-timenews.txt": dict(
  meta=("대전 서구, 도시재생 뉴딜 사업 주민설명회 열어", "2017-11-09T16:59+09:00", "홍대인", "대전타임뉴스", "30170"),
  officials=[J],
  claims=[
    ("도마2동 주민센터 회의실에서 주민 100여 명이 참석한 가운데, 도시재생 뉴딜 사업에 대한 주민설명회를 열었다", None, "2017-11-09", [UR], "statement", None),
    ("‘도시재생 뉴딜 사업’은 정부의 100대 국정과제 중 하나로", None, "2017-11-09", [UR], "statement", None),
    ("도시재생 뉴딜사업 광역공모사업으로 신청했다고 주민들에게 설명했다", None, "2017-11-09", [UR, SC, CT, WE], "achievement", "유용희"),
    ("이번 기회를 계기로 침체된 지역을 주민이 원하는 생활환경으로 조성하고", J, "2017-11-09", [UR], "statement", None),
    ("성공적인 뉴딜 사업 추진을 위해 최선을 다하겠다", J, "2017-11-09", [UR], "plan", None),
  ],
  not_claims=["도마동 105번지 일원, 누구나 살고 싶은 멋진 도솔마을로 재생", "도시기능이 현저하게 쇠퇴한 지역이다",
              "구석구석에 역사가 묻어 있는 동네이다", "광역시 충청북도충청남도경상북도전라북도전라남도"]),
"nx-02-culturejeju.txt": dict(
  meta=("道, 극조생 노지감귤 수확‧유통 지원 강화", "2022-10-20T12:10+09:00", None, None, "50"),
  officials=[O],
  claims=[
    ("제주특별자치도는 극조생 노지감귤 수확철을 맞아 농가 인력 부족 문제를 해결하는 방안을 마련하고", None, "2022-10-20", [AG], "plan", None),
    ("품질이 좋은 품종으로 교체해 나가야 한다", O, "2022-10-19", [AG], "plan", None),
    ("많은 농가가 감귤 품종 교체에 동참할 수 있도록 적극 홍보하겠다", O, "2022-10-19", [AG], "plan", None),
    ("베트남과 외국인 계절근로자 사업 업무협약을 체결하고, 공공인력을 농가에 투입하는 등", O, "2022-10-19", [AG], "statement", None),
    ("앞으로도 농가 인력난을 개선해 나가기 위한 여러 사업을 발굴해 나가겠다", O, "2022-10-19", [AG], "plan", None),
    ("행정과 농협은 이 감귤을 유통·관리·지원하는 역할을 해야 한다", O, "2022-10-19", [AG], "plan", None),
    ("제주도는 농협과 협업해 물류비 지원, 농가 인력 확보", O, "2022-10-19", [AG], "statement", None),
  ],
  not_claims=["오영훈 지사, 노지감귤 수확철 맞아 19일 서귀포시 감귤 수확 현장 방문",
              "농협 관계자 간담회서 감귤산업 발전 위한 농가-농협간 협업 강화 강조",
              "올해 감귤 가격과 출하 동향을 살폈다", "감귤 선별과정을 점검하고, 농협 관계자들과 간담회를 가졌다"]),
"nx-03-ccnnews.txt": dict(
  meta=("김돈곤 청양군수, \"저출산‧고령화 어떻게 대응하냐\" 고심", "2018-10-24T12:03+09:00", "조홍기", None, "44790"),
  officials=[K],
  claims=[
    ("저출산‧고령 인구감소추세가 심각해짐에 따라 지난 23일", None, "2018-10-23", [CB], "statement", None),
    ("부서별 인구정책 추진현황 및 저출산 고령 대응시책 보고", None, "2018-10-23", [CB], "statement", None),
    ("귀농·귀촌 지원, 정주여건 개선, 일자리 창출·보육·복지 등 중장기적인 인구증가 대책을 논의했다", None, "2018-10-23", [AG, JO, CB, WE], "statement", None),
    ("지방자치단체에서 어떻게 대응하냐에 따라 미래는 달라질 것이다", K, "2018-10-23", [CB], "statement", None),
  ],
  not_claims=["청양군 ,2018년 인구감소대책 종합보고회 개최", "주민들에게서 답을 찾을 것이며 민관협력을"]),
"nx-04-asiatoday.txt": dict(
  meta=("“햇볕을 자원으로”…완주군 ‘완주 햇빛연금마을’ 조성 속도", "2026-02-10T13:56+09:00", "박윤근", "아시아투데이", "52710"),
  officials=[Y],
  claims=[
    ("전북 완주군이 태양광 발전 수익을 주민에게 나눠주는 '햇빛연금마을' 조성에 속도를 낸다", None, "2026-02-10", [EN], "plan", None),
    ("재생에너지를 단순한 발전시설 확대가 아닌 지역 소득으로 연결하는 모델로 전환하겠다며", Y, "2026-02-10", [EN], "plan", None),
    ("마을 협동조합이 발전소를 소유하고 기업은 설계·시공·운영만 맡는 방식으로", Y, "2026-02-10", [EN], "plan", None),
    ("공공시설을 활용한 발전사업 수익을 문화·체육 등 생활 서비스로 다시 돌려", Y, "2026-02-10", [EN], "plan", None),
    ("39개 마을이 참여 의사를 밝히는 등 높은 정책 수요를 확인했다", None, "2026-02-10", [EN], "achievement", None),
    ("완주형 재생에너지 기반을 구축할 방침이다", None, "2026-02-10", [EN], "plan", None),
    ("전문가 자문단을 운영해 사업 추진의 전문성도 강화한다", None, "2026-02-10", [EN], "plan", None),
  ],
  not_claims=["유희태 완주군수 \"재생에너지 수익 주민환원 구조 만들겠다\"",
              "'분산에너지·지역소득·산업경쟁력'을 연계한 전략 패키지로 제시하며 실행 로드맵을 발표했다./완주군"]),
"nx-05-hidomin.txt": dict(
  meta=("경주시, 전기자동차 생태계 확장 나선다", "2018-11-08", "김진규", "경북도민일보", "47130"),
  officials=[],
  claims=[
    ("친환경 전기자동차 및 충전인프라 구축사업을 중점 추진한다", None, "2018-11-08", [FV, FD], "plan", None),
    ("민간 195대 등 총 249대를 보급했으며", None, "2018-11-08", [FV], "achievement", None),
    ("충전시설 38개소 55기를 설치 운영하고 있으며", None, "2018-11-08", [FV], "achievement", None),
    ("전기자동차 관련 공장 유치 및 전기자동차 분야의 선도적 역할을 위한", None, "2018-11-08", [FV, IA], "plan", None),
    ("3209백만원을 투입해 전기자동차 179대와 공공용 급속충전기 15기", None, "2018-11-08", [FV], "target", None),
  ],
  not_claims=["도심 대기환경 개선 위해", "올해 전기車 249대 보급", "충전소 설치 인프라 구축"]),
"nx-06-ulsanilbo.txt": dict(
  meta=("울산시 ‘노인 일자리 확대’ 역대 최대 예산 투입", "2024-02-05T00:10+09:00", "석현주", None, "31"),
  officials=[],
  claims=[
    ("울산시가 올해 노인일자리 분야에 역대 최대 예산을 투입한다", None, "2024-02-05", [JO, WE], "plan", None),
    ("올해 노인 일자리 예산으로 689억원을 책정했다", None, "2024-02-05", [JO, WE], "statement", None),
    ("지난해 525억원보다 164억원 증가한 수준으로, 역대 최대 규모다", None, "2024-02-05", [JO, WE], "statement", None),
    ("일자리 수도 공익활동형 1만1452명", None, "2024-02-05", [JO, WE], "target", None),
    ("지난해 1만3843명보다 2151명 증가했다", None, "2024-02-05", [JO, WE], "statement", None),
    ("총 254개 사업단에서 다양한 분야에서 활동하게 된다", None, "2024-02-05", [JO, WE], "statement", None),
    ("사회서비스형 일자리를 대폭 확대, 다양한 신규 시범사업을 실시할 방침이다", None, "2024-02-05", [JO, WE], "plan", None),
    ("대표 신규 사업으로는 △전기와 가스 분야 등", None, "2024-02-05", [JO, WE], "statement", None),
    ("27만원이던 공익활동형 활동비를", None, "2024-02-05", [JO, WE], "plan", None),
  ],
  not_claims=["울산은 지난해 처음으로 60대 이상 인구가 20~30대 인구를 넘어섰다",
              "60대 이상 인구가 2030 인구를 넘어선건 지난해가 처음이다"]),
"nx-07-wikitree.txt": dict(
  meta=("광주시, AI 3대 핵심 과제로 ‘AI 중심도시’ 시동~글로벌 학술대회로 기술 혁신 ‘집결’", "2025-10-15T14:56+09:00", "노해섭", "위키트리", "29"),
  officials=[G],
  claims=[
    ("광주가 AI 중심도시로 도약할 미래 전략을 선포했다", None, "2025-10-15", [FIR], "plan", None),
    ("‘AI 3대 과제’를 중심으로 광주 AI 혁신 비전을 제시했다", G, "2025-10-15", [FIR, RD], "plan", None),
    ("6000억 원이 투입되는 AX실증밸리, 정부의 AI강국 비전, 글로벌 협력 등을 힘 있게 추진하겠다고 강조했다", G, "2025-10-15", [FIR], "plan", None),
    ("AI 3대 과제 실현으로 광주가 진정한 AI 중심도시가 되고", G, "2025-10-15", [FIR, JO], "statement", None),
  ],
  not_claims=["“AI컴퓨팅센터·연구원·집적단지, 광주의 미래 이끈다”", "45개 기업이 참가해 AI반도체, 컴퓨팅",
              "세계 각국의 산업동향과 AI정책도 공유됐다", "“혁신 인프라로 기업·일자리 기회의 땅 구현”"]),
"nx-08-yonhap.txt": dict(
  meta=("[신년인터뷰] 정종복 부산 기장군수 \"백년대계 끌어나갈 정책사업\"", None, "차근호", "연합뉴스", "26710"),
  officials=[JB],
  claims=[
    ("차별화된 랜드마크형 관광자원을 적극적으로 개발하겠다고 설명했다", JB, None, [CT], "plan", None),
    ("의료사각지대 해소를 위해 동남권원자력의학원 내 심뇌혈관센터 구축에 나선 것이다", JB, None, [PH], "achievement", None),
    ("함께 힘을 모아 이룬 성과라서 더욱 큰 의미가 있다", JB, None, [PH], "achievement", None),
    ("기장시장 자율상권 구역에 5개년 상권 전략을 수립하고", JB, None, [SM], "plan", None),
    ("국책사업을 적극적으로 지원하면서 우수기업 유치에도 힘쓰겠다", JB, None, [MI, IA], "plan", None),
  ],
  not_claims=["일광유원지 스포츠 관광, 중입자 치료센터와 연계한 의료관광", "기장의 백년대계를 끌어 나갈 정책사업을 추진하겠다",
              "경영성과 부문 군 단위 전국 1위를 기록하는 쾌거를 거두기도 했다", "향후 기장의 백년대계를 끌어나갈 정책사업들을 추진하겠다",
              "심뇌혈관센터 구축사업 협약식"]),
"nx-09-newstory24.txt": dict(
  meta=("대구시 북구 산격동에 공공도서관 들어선다", "2023-07-12T11:00+09:00", "조현배", None, "27"),
  officials=[H],
  claims=[
    ("대구광역시가 북구에 거점 공공도서관 짓는다", None, "2023-07-12", [CT], "plan", None),
    ("거점 도서관은 북구 산격동 1832번지에 들어선다", None, "2023-07-12", [CT], "plan", None),
    ("사업비 120억 원을 들여 지하 1층, 지상 4층 규모로 건립한다", None, "2023-07-12", [CT], "plan", None),
    ("연면적은 2180㎡에 이른다", None, "2023-07-12", [CT], "statement", None),
    ("지하 1층 주차장, 1층 북카페와 어린이자료실", None, "2023-07-12", [CT], "statement", None),
    ("사업 기간은 2023년부터 2026년까지다", None, "2023-07-12", [CT], "statement", None),
    ("2026년 8월께 개관할 예정이다", None, "2023-07-12", [CT], "plan", None),
    ("대구시 북구에는 공공도서관이 모두 7곳이 있다", None, "2023-07-12", [CT], "statement", None),
    ("인구에 견줘 도서관 수가 구군 9곳 가운데 달성군에 이어 가장 적다", None, "2023-07-12", [CT], "statement", None),
    ("북구 지역은 도서관 1곳에 서비스 인구가 약 6만 명이다", None, "2023-07-12", [CT], "statement", None),
    ("산격동과 복현동 일원에 공공도서관을 건립함으로써 시민 만족도가 높아질 것으로 기대한다", H, "2023-07-12", [CT], "statement", None),
    ("북구 지역 발전에 디딤돌이 될 것으로 본다", H, "2023-07-12", [CT], "statement", None),
  ],
  not_claims=["대구시 북구 산격동에 공공도서관 들어선다", "거점 공공도서관 예정 부지. 대구시 제공"]),
}

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "gold"
    out.mkdir(exist_ok=True)
    for name, g in GOLD.items():
        h, p, r, o, j = g["meta"]
        claims = []
        for q, s, d, pol, k, sn in g["claims"]:
            c = {"quote": q, "speaker": s, "date": d, "policies": pol, "kind": k}
            if sn:
                c["speaker_name"] = sn
            claims.append(c)
        doc = {"article": name, "metadata": {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j},
               "officials": g["officials"], "claims": claims, "not_claims": g["not_claims"]}
        (out / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(g["claims"]) for g in GOLD.values()), "claims")
