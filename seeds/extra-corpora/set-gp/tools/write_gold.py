"""Writes gold/*.json for set-gp from compact tuples: (quote, speaker, date, policies, kind[, speaker_name])."""
import json
G = {}
def art(name, meta, officials, claims, not_claims):
    cl = []
    for c in claims:
        d = {"quote": c[0], "speaker": c[1], "date": c[2], "policies": c[3], "kind": c[4]}
        if len(c) > 5:
            d["speaker_name"] = c[5]
        cl.append(d)
    G[name] = {"article": name, "metadata": meta, "officials": officials, "claims": cl, "not_claims": not_claims}
def M(h, p, r, o, j):
    return {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j}

D = "2019-12-05"
art("gp-01-asiatime.txt", M("광주광역시 광산구, 치매안심센터·모아모아행복센터 개소", "2019-12-05T16:54:55+09:00", "조대현", "아시아타임즈", "29200"), [], [
    ("광산구가 5일 치매안심센터와 모아모아행복센터를 개소했다", None, D, ["dementia-care", "childcare-birth"], "achievement"),
    ("하남동에 건립된 두 센터는 국·시비 등 약 26억원을 들여", None, D, ["dementia-care", "childcare-birth"], "statement"),
    ("총 19명의 전문 인력이 치매 조기검진, 예방 교육과 홍보", None, D, ["dementia-care"], "statement"),
    ("모아모아행복센터는 커뮤니티, 영유아 공공돌봄 등 영유아와 여성을 위한 공간으로 이용된다", None, D, ["childcare-birth"], "statement"),
    ("치매와 육아·돌봄은 지역사회가 함께 풀어가야 숙제인만큼", None, D, ["dementia-care", "childcare-birth"], "plan"),
], ["광주광역시 광산구, 치매안심센터·모아모아행복센터 개소", "청년의 꿈"])

D = "2024-10-09"
art("gp-02-segye.txt", M("“제주, 2035년 탄소 중립 실현… 재생 에너지 비율 70%대로” [심층기획]", "2024-10-10T06:00:00+09:00", None, "세계일보", "50"), ["oh-young-hun"], [
    ("정부 계획보다 15년 앞당겨 2035년 탄소중립 사회를 실현하겠습니다", "oh-young-hun", D, ["climate-carbon"], "plan"),
    ("지난달 탄소중립 선도 국가로 꼽히는 유럽 덴마크·노르웨이·영국 3개국을 방문해", "oh-young-hun", D, ["climate-carbon"], "statement"),
    ("탄소중립 2035 비전의 완성도를 높이겠다", "oh-young-hun", D, ["climate-carbon"], "plan"),
    ("세계 각국이 기후변화의 주요인으로 꼽히는 탄소 줄이기에 나서고 있다", "oh-young-hun", D, ["climate-carbon"], "statement"),
    ("2035년까지 7기가와트(GW) 이상의 재생에너지를 확충해 발전비율을 70% 이상으로 끌어올리고", "oh-young-hun", D, ["energy-transition"], "target"),
    ("실시간 거래시장과 분산에너지 활성화와 같은 혁신적 시장 메커니즘을 도입하겠다", "oh-young-hun", D, ["energy-transition"], "plan"),
    ("신재생에너지 발전을 대폭 확대하고, 화석 에너지 소비를 줄여나가야 한다", "oh-young-hun", D, ["climate-carbon", "energy-transition"], "plan"),
], ["유럽국가 선진 정책·경험 벤치마킹", "에너지·물 소비 감축도 적극 힘써야", "재생 에너지 비율 70%대로"])

D = "2025-04-21"
art("gp-03-kctvjeju.txt", M("\"4시간 RE100, 2035 탄소중립 실현 가능성\"", "2025-04-21T11:57+09:00", "양상현", "KCTV제주방송", "50"), ["oh-young-hun"], [
    ("2035년 탄소중립 목표의 실현 가능성을 높게 전망했습니다", "oh-young-hun", D, ["climate-carbon"], "statement"),
    ("도내 전력수요를 100% 재생에너지로 충당하고", "oh-young-hun", D, ["energy-transition"], "achievement"),
    ("재생에너지 발전 비율을 더욱 높일 수 있을 것으로 예상했습니다", "oh-young-hun", D, ["energy-transition", "future-vehicles"], "statement"),
    ("관광지 가격질서 구축 등의 현안을 강조했습니다", "oh-young-hun", D, ["culture-tourism"], "statement"),
], ["4시간 RE100, 2035 탄소중립 실현 가능성"])

D = "2019-03-08"
SY = ["startup-support", "youth-policy"]
art("gp-04-businesspost.txt", M("천안시, 지역 청년창업가에게 창업자금 지원사업 펼쳐", "2019-03-08T17:55:50+09:00", "김남형", "비즈니스포스트", "44130"), ["gu-bon-yeong"], [
    ("지역청년에게 창업자금을 지원하는 ‘청년창업 지원사업’을 추진한다", None, D, SY, "plan"),
    ("올해 45명의 청년창업가를 육성하기 위해 예산 5억1600만 원을 확보했다", None, D, SY, "target"),
    ("운영기관을 통해 청년창업가에 교육, 컨설팅, 공간제공", None, D, SY, "plan"),
    ("11개 팀 28명의 청년창업가를 발굴·육성해 새로운 일자리 조성을 도왔다", None, D, SY + ["jobs"], "achievement"),
    ("올해도 28일까지 청년창업자 2명 이상으로 구성된 팀을 확보한", None, D, SY, "plan"),
    ("만 18세부터 39세까지 천안에 거주하는 청년창업자를 공개 모집한 뒤", None, D, SY, "statement"),
    ("모집 분야는 중소기업 성장기반, 제조업, 정보통신업분야", None, D, SY, "statement"),
    ("지역주도형 청년 일자리사업이 지역청년들의 일자리 창출에 긍정적 효과를 낳아", None, D, SY + ["jobs"], "achievement", "현석우"),
], ["청년창업가들의 많은 관심과 참여를 바란다", "삼성전자 TSMC 2나노 추격"])

D = "2025-03-27"
art("gp-05-joongdo.txt", M("청주시, 올해 초미세먼지 농도 17㎍/㎥ 목표… 1842억원 투입", "2025-03-27T10:21+09:00", "정태희", None, "43110"), [], [
    ("청주시가 2025년 초미세먼지 농도 17㎍/㎥ 달성을 위해", None, D, ["fine-dust"], "target"),
    ("초미세먼지 관측 이래 최저치를 기록했다", None, D, ["fine-dust"], "achievement"),
    ("2016년 연평균 농도 29㎍/㎥ 보다 39% 감소한 수치다", None, D, ["fine-dust"], "achievement"),
    ("더 나은 대기환경을 만들기 위해 12개 부서와 협업해", None, D, ["fine-dust"], "plan"),
    ("대기 환경 개선을 위해 12개 부서와 협력하여 종합적인 정책을 펼칠 계획이다", None, D, ["fine-dust"], "plan"),
    ("예산 1842억 원을 투입해 산업, 수송, 녹지 등의 분야에서", None, D, ["fine-dust"], "plan"),
    ("추진 과제로는 ▲소규모사업장 대기오염방지시설 설치", None, D, ["fine-dust", "future-vehicles", "public-transit", "climate-carbon"], "plan"),
    ("초미세먼지 '좋음' 일수는 189일을 기록했다", None, D, ["fine-dust"], "achievement"),
    ("국외 미세먼지 유입 감소, 양호한 기상 여건 등이 복합적으로 작용한 결과로 분석", None, D, ["fine-dust"], "statement"),
], ["지난해 연평균 농도 17.5㎍/㎥ 보다 강화… 40개 세부과제 진행"])

D = "2018-06-27"
art("gp-06-domin.txt", M("정헌율 익산시장 “민선 7기에도 시민과 소통하겠다”", "2018-06-27T15:18+09:00", "김현주", None, "45140"), ["jeong-heon-yul"], [
    ("저조한 산업단지 분양률을 41%에서 58%로 끌어올렸으며", None, D, ["investment-attraction"], "achievement"),
    ("신청사 건립과 원도심 활성화 사업은", None, D, ["city-hall", "urban-regeneration"], "achievement"),
], ["안정적으로 시정을 이끌어갈 수 있게 됐다", "폐석산 지정폐기물 불법매립 사건은", "부채도시라는 오명을 씻기 위해"])

D = "2014-07-10"
art("gp-07-krnews21.txt", M("조길형 충주시장, 첫 시정연설", "2014-07-10T12:30:00+09:00", "남기봉", None, "43130"), ["jo-gil-hyeong"], [
    ("일자리 창출을 최우선 과제로 추진해 지역경제 활성화의 밑거름으로 삼고", None, D, ["jobs", "investment-attraction"], "plan"),
    ("문화관광형 전통시장 육성 등 서민경제에 활력을 불어넣고", None, D, ["small-merchants", "agriculture", "welfare"], "plan"),
    ("문화·체육·관광도시를 만들어 경쟁력의 원", None, D, ["culture-tourism"], "plan"),
], ["25만 자족도시의 기반을 다지겠다", "혼신의 힘을 다하겠다", "옛 영광을 되찾겠다", "'약자 보호'라는 세 가지 기본원칙"])

D = "2019-06-26"
art("gp-08-newspim.txt", M("정현복 광양시장 “올해가 ‘광양경제 제2의 원년’”", "2019-06-26T17:05+09:00", "오정근", "뉴스핌", "46230"), ["jeong-hyeon-bok"], [
    ("민선7기 추진 성과로 △아이 양육하기 좋은 환경", None, D, ["childcare-birth", "jobs"], "achievement"),
], ["새로운 30년, 더 큰 광양을 만들기 위해 시정의 모든 역량을 집중하겠다", "7대 역점시책을 중심으로 시정운영 방향을 설명하고", "질의응답시간에는 △도시개발사업, 관광사업"])

D = "2025-11-14"
art("gp-09-asiae.txt", M("80개 상점가(골목형) 상인회와 간담회 열어", "2025-11-14", None, None, "30"), ["lee-jang-woo"], [
    ("상점가와 골목형 상권은 단순한 소비 공간을 넘어", "lee-jang-woo", D, ["small-merchants"], "statement"),
    ("지속 가능한 상권 생태계를 조성하겠다", "lee-jang-woo", D, ["small-merchants"], "plan"),
    ("전통시장과 상점가 등 지역 상권 전반의 경쟁력 강화와 상인 지원 확대를 위한 현장 소통 행보", None, D, ["small-merchants"], "statement"),
    ("대전시가 추진 중인 지역 상권 회복과 소상공인 경쟁력 강화를 위해", None, D, ["small-merchants"], "statement"),
    ("대전시의 소상공인 지원사업 추진 현황이 공유됐으며", None, D, ["small-merchants"], "statement"),
    ("맞춤형 지원 정책을 지속적으로 추진하겠다고 밝혔다", None, D, ["small-merchants"], "plan"),
    ("자생적 상권 활성화 모델을 구축해 나갈 계획이다", None, D, ["small-merchants"], "plan"),
], ["'상점가(골목형) 활성화 간담회'를 개최했다"])

for name, g in G.items():
    open('/work/blind/set-gp/gold/' + name + '.json', 'w', encoding='utf-8').write(json.dumps(g, ensure_ascii=False, indent=1) + "\n")
    print(name, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
