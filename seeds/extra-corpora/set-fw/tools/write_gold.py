"""Write set-fw gold files (hand annotation). C(quote, speaker, date, policies, kind)."""
import json, pathlib
G = pathlib.Path(__file__).resolve().parent.parent / "gold"
def C(q, s, d, p, k): return {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
def M(h, pub, rep, out, jur): return {"headline": h, "published": pub, "reporter": rep, "outlet": out, "jurisdiction": jur}
F = {}
d = "2025-11-25"
F["fw-01-seoul.txt"] = (M("성동구, 국토교통부 주관 ‘스마트도시’ 3회 연속 인증", d, None, "서울Pn", "11200"), ["jeong-won-o"], [
 C("서울 성동구는 2025년 ‘스마트도시’ 인증을 획득했다고", None, d, ["smart-city"], "achievement"),
 C("2027년까지 ‘스마트도시’ 자격을 유지하게 됐다", None, d, ["smart-city"], "achievement"),
 C("3등급 이상 기관에 인증을 부여하는 ‘스마트도시 인증제’를 운영하고 있다", None, d, ["smart-city"], "statement"),
 C("성동구는 인구 50만명 미만 중소도시 부문에서 우수 지자체로 선정됐다", None, d, ["smart-city"], "achievement"),
 C("다양한 스마트 정책을 추진해온 점이 높게 평가됐다", None, d, ["smart-city"], "achievement"),
 C("주민 아이디어를 정책에 반영하는 ‘성동형 리빙랩’", None, d, ["smart-city", "citizen-participation"], "statement"),
], ["성동구, 국토교통부 주관 ‘스마트도시’ 3회 연속 인증", "스마트 정책 소통 시스템을 설명하는 모습", "첨단산업·문화·녹지 어우러진 서울 디지털바이오시티"])
d = "2026-01-22"
F["fw-02-heraldcorp.txt"] = (M("7월 출범하는 신설구 영종·검단 추가 방문", d, "이홍석", "헤럴드경제", "28"), ["yoo-jeong-bok"], [
 C("‘천원주택·천원택배·바다패스’와 ‘6종 드림세트’ 등 시민체감형 정책을 통해", "yoo-jeong-bok", d, ["housing", "public-transit", "public-health"], "achievement"),
 C("체감 복지 확대, 교통 혁명 완성", "yoo-jeong-bok", d, ["welfare", "public-transit", "urban-regeneration"], "plan"),
 C("각 군·구별로 주민들의 건의사항을 청취하고", None, d, ["citizen-participation"], "plan"),
 C("시정 운영방향에 대한 다양한 의견을 수렴하고", None, d, ["citizen-participation"], "plan"),
], ["2월 12일까지 10개 군·구를 순회한다", "행정체제 개편에 따라 7월 신설 예정인 영종구와 검단구", "군·구 간 주요 정책을 공유하고 지역 현안에 대한 협력 방안과 균형 발전 전략을 모색한다", "경제성장률과 인구 증가세를 동시에 기록했으며"])
d = "2025-09-25"
F["fw-03-donga.txt"] = (M(None, d, None, None, "28"), [], [
 C("인천시가 올해 일자리 16만3000개 창출을 목표로", None, d, ["jobs"], "target"),
 C("민선 8기 임기 목표인 ‘일자리 60만 개 창출’을 내년 상반기 중 조기 달성한다는 계획이다", None, d, ["jobs"], "target"),
 C("일자리 대책 연차별 세부 계획을 통해 올해 16만3000개의 일자리를 창출할 계획이다", None, d, ["jobs"], "target"),
 C("지난해에는 16만2000개를 각각 만들어 목표를 초과 달성했다", None, d, ["jobs"], "achievement"),
 C("당시 목표는 2023년 14만2000개, 지난해 약 15만 개였다", None, d, ["jobs"], "statement"),
 C("5대 전략을 세우고 연차별 실천 과제를 추진하고 있다", None, d, ["jobs", "youth-policy"], "statement"),
 C("신성장산업 육성을 통해 미래 일자리 1만6000여 개를 확보한다", None, d, ["jobs"], "target"),
 C("인공지능(AI) 활용 인력 양성 교육 확대", None, d, ["fourth-industrial-revolution", "startup-support", "investment-attraction"], "plan"),
 C("‘인천형 특화’ 일자리 2만 개를 창출한다", None, d, ["jobs"], "target"),
 C("중소기업의 고용 환경 개선", None, d, ["jobs"], "plan"),
], ["인천시 “2023년부터 2년 연속 목표 초과 달성”", "지역 내 우수 기업의 면세점 입점을 지원하고"])
F["fw-04-fnnews21.txt"] = (M("박남춘 인천시장의 e음조끼 대장정 첫 행보는 일자리 챙기기", None, "김선근", "청년투데이", "28"), ["park-nam-chun"], [
 C("박 시장의 이날 행보는 경제와 일자리 챙기기에 방점을 찍었다", None, None, ["jobs"], "statement"),
 C("취업준비 중인 청년들과 취업상담사들의 고충을 듣는 것으로 일정을 시작했다", None, None, ["jobs", "youth-policy"], "statement"),
 C("일자리 희망 프로젝트를 풀가동 하겠다", "park-nam-chun", None, ["jobs", "youth-policy"], "plan"),
 C("인천을 바이오헬스 산업 전진기지로 만들 것", "park-nam-chun", None, ["medical-industry"], "plan"),
 C("전문 바이오 인력양성에도 적극 나설 것", "park-nam-chun", None, ["medical-industry"], "plan"),
 C("11만개의 일자리를 창출하는 바이오헬스 혁신 클러스터 조성을 골자로 한 업무협약을 맺은 바 있다", None, None, ["medical-industry", "jobs", "investment-attraction"], "achievement"),
], ["한 달여간의‘e음조끼 대장정’에 나섰다", "전국에서도 젊고 활력이 넘치는 도시로 주목받고 있다", "세계 최대 규모인 바이오의약품 생산 공장을 신설한다는 계획이다", "인하 문화의거리 상점가를 방문"])
d = "2021-04-06"
F["fw-05-kukinews.txt"] = (M("인천시, 수소 생산 클러스터 조성 등 탄소제로 도시 실현 박차", "2021-04-06T10:32:40+09:00", "이현준", "쿠키뉴스", "28"), [], [
 C("친환경에너지 전환으로 탄소제로 도시 실현에 속도를 높인다고", None, d, ["energy-transition", "climate-carbon"], "plan"),
 C("상호협력에 관한 업무협약을 체결하고 수소산업 선도도시를 선언했다", None, "2021-03-02", ["energy-transition"], "achievement"),
 C("수소자동차 전환과 인프라 구축 등 재정·행정적 지원을", None, d, ["energy-transition", "future-vehicles"], "plan"),
 C("현대차는 수소차 산업 육성과 수소차 보급", None, d, ["future-vehicles", "energy-transition"], "plan"),
 C("액화수소 인프라 구축에 투자할 예정이다", None, d, ["energy-transition"], "plan"),
 C("건축물 발생 온실가스 32.6% 감축을 목표로 설정하고", None, d, ["climate-carbon"], "target"),
 C("‘인천시 녹색건축물 설계기준’을 제정해", None, d, ["climate-carbon"], "plan"),
 C("신재생에너지를 활용한 제로에너지건축 구현과", None, d, ["energy-transition", "climate-carbon"], "plan"),
 C("취약계층이 주로 이용하는 공공건축물에 대한 그린리모델링과", None, d, ["welfare", "housing", "climate-carbon"], "plan"),
], [])
d = "2019-01-15"
F["fw-06-kmib.txt"] = (M("[신년 초대석-이재현 인천서구청장] “주민참여예산 200억 확보… 정책회의도 개방”", "2019-01-17T21:20+09:00", None, "국민일보", "28260"), ["lee-jae-hyeon"], [
 C("전국 최대 규모인 주민참여예산 200억원을 바탕으로 지역을 바꾸는 일에 적극 나서겠습니다", "lee-jae-hyeon", d, ["citizen-participation"], "plan"),
 C("주민참여예산위원회를 거쳐 예산 120억원을 확보했고", "lee-jae-hyeon", d, ["citizen-participation"], "achievement"),
 C("주민참여를 확대하기 위해 오는 25일 열리는 정책회의에도 문호를 개방하기로 했다", "lee-jae-hyeon", d, ["citizen-participation"], "plan"),
 C("20억원 이상을 투입해 세계불꽃축제를 유치하고", "lee-jae-hyeon", d, ["culture-tourism"], "plan"),
 C("찾아가는 음악회인 노을마당에도 1억5000만원의 예산을 투입하겠다", "lee-jae-hyeon", d, ["culture-tourism"], "plan"),
 C("인천시 제2청사도 유치해 향후 행정교육복합타운을 조성하겠다는 복안이다", "lee-jae-hyeon", d, ["city-hall"], "plan"),
], ["조경곤 인간문화재 등 민간부문 예술가들과", "인천지방국세청을 유치해 2022년 개관을 목표로", "청소년 미래전당을 조성하겠다는 포부도 밝혔다", "매립지 특별회계 예산을 지난해(200억원)보다 5배나 많은", "복합체육관을 건립하는데 483억원이 편성되고"])
F["fw-07-seoul.txt"] = (M("강서 공항동 15만㎡ 도시재생활성화 지역 선정", None, None, None, "11500"), ["noh-hyeon-song"], [
 C("하반기 서울시 도시재생활성화 지역으로 선정됐다고", None, None, ["urban-regeneration"], "achievement"),
 C("후보지 9곳 가운데 민간전문가로 구성된 평가위원회 심사를 거쳐 최종 대상지로 뽑혔다", None, None, ["urban-regeneration"], "achievement"),
 C("내년부터 2024년까지 5년간 100억원이 투입된다", None, None, ["urban-regeneration"], "plan"),
 C("향후 뉴딜사업 대상지로 확정되면 사업비 250억원을 추가로 지원받게 된다", None, None, ["urban-regeneration"], "statement"),
 C("구는 지난 2월 도시재생과 신설 후 구도심 도시재생 추진 등 다양한 활동을 펼쳤다", None, None, ["urban-regeneration"], "achievement"),
 C("화곡8동과 화곡본동이 골목길 재생사업 대상지로 뽑혔다", None, None, ["urban-regeneration"], "achievement"),
 C("도시재생에 대한 공항동 주민들의 오랜 바람이 이제 곧 실현될 것", "noh-hyeon-song", None, ["urban-regeneration"], "plan"),
 C("지역 특성을 살린 도시재생사업을 추진해 나가겠다", "noh-hyeon-song", None, ["urban-regeneration"], "plan"),
], ["강서 공항동 15만㎡ 도시재생활성화 지역 선정", "내년부터 5년간 100억 투입", "GTX C노선 정차역 신설 놓고", "최근 마곡지구 개발로 주민들이 상대적 박탈감을 느꼈던 곳이다"])
d = "2020-07-06"
F["fw-08-segye.txt"] = (M("박원순 “공공임대 40만호 2022년까지 공급”", "2020-07-07T04:00:00+09:00", "송민섭", "세계일보", "11"), ["park-won-soon"], [
 C("공공임대주택 40만가구(국토교통부 공급분 포함)를 공급하겠다고 6일 강조했다", "park-won-soon", d, ["housing"], "target"),
 C("서울시 핵심 부동산 정책은 공공임대주택을 대규모로 확대하는 것", "park-won-soon", d, ["housing"], "statement"),
 C("40만가구의 공공임대주택을 갖추게 된다", "park-won-soon", d, ["housing"], "target"),
 C("380만가구의 10%가 넘는 것", "park-won-soon", d, ["housing"], "statement"),
 C("주택공급을 늘리기 위해 그린벨트를 일부 해제해야 한다는 주장에 대해서는", "park-won-soon", d, ["housing"], "statement"),
 C("정부의 부동산 정책에 협력해 왔고 앞으로도 그럴 것", "park-won-soon", d, ["housing"], "statement"),
 C("역세권 부지를 직접 매입하는 방안을 검토하는 기류다", None, "2020-07-07", ["housing"], "statement"),
 C("서울시가 할 수 있는 부동산 대책 중 하나는 도심지 고밀도 개발", "park-won-soon", d, ["housing"], "statement"),
 C("서울시로서는 공공임대주택을 대규모로 지을 수 있다", "park-won-soon", d, ["housing"], "statement"),
], ["현 단계에서는 언급을 자제하는 게 좋겠다", "본분을 제대로 지키면 시민들이 성과나 진정성을 알아주는 날이 올 것", "그린벨트는 미래세대를 위해 남겨놔야 할 정말 보물과 같은 곳"])
d = "2022-11-06"
F["fw-09-seoul.txt"] = (M("솔라리그 우수 지자체로 선정", "2022-11-07", "조희선", "서울신문", "11320"), ["oh-eon-seok"], [
 C("우수 기초지방자치단체로 선정돼 환경부 장관상을 받았다고", None, d, ["energy-transition"], "achievement"),
 C("태양에너지 보급을 통한 온실가스 감축 성과를 겨루는 ‘태양광발전 경쟁리그’다", None, d, ["energy-transition", "climate-carbon"], "statement"),
 C("신재생에너지 정책 추진 등을 대표 우수 사례로 인정받았다", None, d, ["energy-transition", "climate-carbon", "welfare"], "achievement"),
 C("이번 성과는 2050 탄소중립 실현과 재생에너지 보급 확대를 위한 도봉구의 노력을 인정받았다는 데 의의가 있다", "oh-eon-seok", d, ["climate-carbon", "energy-transition"], "achievement"),
 C("기후위기 대응을 위한 다양한 정책을 구민과 함께 펼쳐 나가겠다", "oh-eon-seok", d, ["climate-carbon"], "plan"),
], ["솔라리그 우수 지자체로 선정", "지자체 및 공공 6곳, 민간(개인) 7곳이 수상단체로 선정됐다", "시상식은 지난 2일 경기 고양 킨텍스에서"])
if __name__ == "__main__":
    G.mkdir(exist_ok=True)
    for name, (meta, offs, claims, nots) in F.items():
        obj = {"article": name, "metadata": meta, "officials": offs, "claims": claims, "not_claims": nots}
        (G / f"{name}.json").write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(claims))
