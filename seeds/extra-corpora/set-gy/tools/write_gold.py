"""Writes gold/*.json for set-gy (hand annotation)."""
import json, pathlib
G = pathlib.Path(__file__).resolve().parent.parent / "gold"
def C(q, s, d, p, k): return {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
def W(art, meta, officials, claims, nots):
    h, pub, rep, out, jur = meta
    G.joinpath(art + ".json").write_text(json.dumps({"article": art, "metadata": {"headline": h, "published": pub,
        "reporter": rep, "outlet": out, "jurisdiction": jur}, "officials": officials, "claims": claims,
        "not_claims": nots}, ensure_ascii=False, indent=1), encoding="utf-8")

d = "2021-04-06"; m = "2021-03-02"
W("gy-01-cctvnews.txt", ("환경특별시 인천, 탄소제로도시 향해 달린다", "2021-04-06T10:13+09:00", "황민승", None, "28"), [], [
 C("탄소중립 실현에 속도를 높인다고 밝혔다", None, d, ["energy-transition", "climate-carbon"], "plan"),
 C("탈석탄 동맹(Powering Past Coal Alliance. PPCA)에 가입", None, d, ["energy-transition", "climate-carbon"], "achievement"),
 C("기업들과 손잡고 ‘수소산업 선도도시’를 선언했다", None, d, ["energy-transition"], "achievement"),
 C("‘수소산업 기반 구축을 위한 상호협력에 관한 업무협약’을 체결했다", None, m, ["energy-transition"], "achievement"),
 C("수소자동차 전환과 인프라 구축 등 재정·행정적 지원에 노력하기로 했다", None, m, ["energy-transition", "future-vehicles"], "plan"),
 C("서구는 수소산업 기반의 구축과 환경 개선, 안전성 증진을 위해 노력한다", None, m, ["energy-transition"], "plan"),
 C("수소차 산업 육성과 수소차 보급에 적극 노력하고", None, m, ["future-vehicles", "energy-transition"], "plan"),
 C("이와 연계한 액화수소 인프라 구축에 투자할 예정이다", None, m, ["energy-transition"], "plan"),
], ["수소경제 컨트롤타워인 수소경제위원회(정세균 국무총리, 위원장)도 함께했다",
    "시는 향후 부생수소와 함께 수도권매립지에서 나오는 바이"])

d = "2024-01-10"
W("gy-02-news1.txt", ("'어촌신활력 증진사업'서 강화군 주문항 선정…인천시 유일", "2024-01-10T15:23+09:00", "이시명", "뉴스1", "28710"), ["yu-cheon-ho"], [
 C("공모에서 주문항이 선정됐다고 10일 밝혔다", None, d, ["agriculture"], "achievement"),
 C("이는 인천시 유일 선정이다", None, d, ["agriculture"], "achievement"),
 C("어촌형 신규 일자리를 창출하는 등 어촌경제 활성화와 자립기반 구축에 목적을 두고 있다", None, d, ["agriculture", "jobs"], "statement"),
 C("수산물 가공·판매시설을 조성할 계획이다", None, d, ["agriculture"], "plan"),
 C("공유자전거 마련하는 '웰컴스테이션'도 구축할 예정이다", None, d, ["agriculture", "culture-tourism"], "plan"),
 C("주문항에 대한 사업을 차질없이 추진하겠다", "yu-cheon-ho", d, ["agriculture"], "plan"),
], ["'어촌신활력 증진사업'서 강화군 주문항 선정…인천시 유일"])

d = "2017-11-01"
W("gy-03-kmib.txt", ("[로컬 브리핑] 사당1동에 치매안심마을 조성", "2017-11-01T21:44+09:00", None, None, "11590"), ["lee-chang-u"], [
 C("‘치매안심마을 공모사업’에 최종 선정됐다고 1일 밝혔다", None, d, ["dementia-care"], "achievement"),
 C("서울 자치구 중에는 동작구가 유일하다", None, d, ["dementia-care"], "achievement"),
 C("국비 6000만원을 지원받아 사당1동에 치매안심마을을 조성한다", None, d, ["dementia-care"], "plan"),
 C("사업기간은 내년 3월까지이며 치매예방과 관리, 치매극복을 위한 환경을 만들게 된다", None, d, ["dementia-care"], "statement"),
 C("주민들이 주도하는 ‘치매돌봄 거버넌스’를 구축키로 했다", None, d, ["dementia-care"], "plan"),
 C("‘기억 찾기 길 조성’ 등 특화사업도 진행한다", None, d, ["dementia-care"], "plan"),
], ["[로컬 브리핑] 사당1동에 치매안심마을 조성"])

d = "2025-07-01"
W("gy-04-localsegye.txt", ("[기획] 계양구, 민선8기 3주년… 윤환 구청장 “처음처럼, 다시 시작”", "2025-07-01T15:32:31+09:00", "김웅렬", "로컬세계", "28245"), ["yun-hwan"], [
 C("△계양 3기 신도시 철도 유치", "yun-hwan", d, ["public-transit", "culture-tourism"], "achievement"),
 C("△계양아라온 관광명소화", "yun-hwan", d, ["culture-tourism"], "achievement"),
], ["신도시 철도 유치·문화예술공연장 확보 등 핵심성과 강조",
    "오직 계양의 희망만을 생각하며 남은 1년을 달려가겠다",
    "이제 계양의 공직자들은 전국에서 배우러 오는 모델이 되고 있다"])

d = "2020-07-21"
W("gy-05-ohmynews.txt", ("박남춘 인천시장 \"우리는 코로나를 이겨가고 있습니다\"", "2020-07-21T16:42+09:00", None, None, "28"), ["park-nam-chun"], [
 C("코로나19 관리에 대한 강한 자신감을 나타냈다", "park-nam-chun", d, ["public-health"], "statement"),
 C("코로나19를 충분히 관리할 수 있다는 판단이 선다", "park-nam-chun", d, ["public-health"], "statement"),
 C("방역수칙 준수를 전제로 개방을 검토시켰다", "park-nam-chun", d, ["public-health"], "plan"),
 C("수용인원의 50%로 제한해 개방할 예정이다", None, d, ["public-health"], "plan"),
 C("사회복지시설 등도 논의 중인 것으로 알려졌다", None, d, ["public-health"], "statement"),
 C("최근까지 이어온 수도권 방역 강화조치는", "park-nam-chun", d, ["public-health"], "statement"),
], ["박남춘 인천시장은 공공시설 개방과 코로나19 관리의 병행에 대한 강한 자신감을 보였다",
    "감염병 전담진료전문병원인 인천의료원을 방문해 코로나19 대응 상황을 점검하는 모습",
    "인천공항 검역 과정에서 확인된 국내 첫 환자는 인천의 첫 환자기도 했다",
    "지난 6개월의 시간은 참 힘들고 노심초사한 나날이었다"])

d = "2022-12-05"; e = "2022-12-04"
W("gy-06-gangnam.txt", ("“차별화된 지원으로 국내 벤처창업 메카로 도약”", "2022-12-05", None, None, "11680"), ["jo-seong-myeong"], [
 C("차별화된 스타트업 생태계를 조성해 강남구를 문화와 예술을 잇는 세계적인 창업의 메카로 만들겠습니다", "jo-seong-myeong", e, ["startup-support"], "plan"),
 C("3단계에 걸쳐 지원함으로써 선순환 구조를 구축하겠습니다", "jo-seong-myeong", e, ["startup-support"], "plan"),
 C("강남구에 본사를 둔 벤처기업은 2328개사로 우리나라 기초단체 중 1위", "jo-seong-myeong", e, ["startup-support"], "statement"),
 C("강남구는 여전히 국내 벤처창업의 맏형 역할을 맡고 있다", "jo-seong-myeong", e, ["startup-support"], "statement"),
 C("강남구의 창업 경쟁력은 각종 지표에서도 드러난다", None, d, ["startup-support"], "statement"),
 C("창업투자회사 197개사 중 135개사가 모여 있다", None, d, ["startup-support"], "statement"),
 C("민선 8기 최대 역점 사업으로 강남구를 명실상부한 벤처창업의 메카로 만들겠다는 청사진을 세웠다", "jo-seong-myeong", e, ["startup-support"], "plan"),
], ["차별화된 지원으로 국내 벤처창업 메카로 도약",
    "벤처창업 생태계 활성을 위한 전략을 설명하고 있다",
    "전대미문의 위기에 내몰리면서 투자 유치에 심각한 어려움을 겪고 있다"])

W("gy-07-swnews.txt", (None, None, "우미자", "서울복지신문", "11290"), ["lee-seung-ro"], [
 C("88번째 국공립 어린이집을 개원했다고 밝혔다", None, None, ["childcare-birth"], "achievement"),
 C("서울시 자치구 중 6번째로 많은 국공립어린이집을 보유하게 됐다", "lee-seung-ro", None, ["childcare-birth"], "achievement"),
 C("보육 서비스의 질적 향상을 통해", "lee-seung-ro", None, ["childcare-birth"], "plan"),
 C("안전한 보육 환경 조성에 행정력을 집중하고 있다", None, None, ["childcare-birth"], "statement"),
], ["88번째 국공립 어린이집의 개원을 축하하며 관계자들과 테이프커팅을 하고 있다",
    "88번째 국공립 어린이집의 개원을 축하하고 격려하는 행사를 진행했다",
    "전국 최초 아동친화도시 상위단계 2차 인증까지 획득한 바 있다"])

d = "2018-11-06"
W("gy-08-shinailbo.txt", ("인천 동구, CCTV 통합관제센터 구축사업 완료", "2018-11-06T13:38+09:00", "고윤정", None, "28140"), ["heo-in-hwan"], [
 C("CCTV 통합관제센터 구축사업을 완료함에 따라", None, d, ["disaster-safety"], "achievement"),
 C("2018년 사업지원 대상으로 선정", None, d, ["disaster-safety"], "achievement"),
 C("연면적 335㎡ 규모로 구축됐다", None, d, ["disaster-safety"], "statement"),
 C("총 510대 CCTV를 통합해 동구 전역을 24시간 365일 실시간 모니터링이 가능해져", None, d, ["disaster-safety"], "statement"),
 C("CCTV 통합관제센터 운영에 관한 협약을 체결한다", None, d, ["disaster-safety"], "plan"),
 C("양 기관의 운영체계를 확고히 구축할 방침이다", None, d, ["disaster-safety"], "plan"),
], ["14일 중부서와 운영 협약-개소식 행사 개최",
    "CCTV 통합관제센터 개소식에 앞서 사전 시설점검을 하고 잇는 모습"])

d = "2026-01-15"
W("gy-09-seoul.txt", ("이달 31일, 이호철북콘서트홀에서 소통의 장", "2026-01-15", "송현주", None, "11380"), ["kim-mi-gyeong"], [
 C("저자가 임기 기간 추진해 온 평생학습 정책의 배경, 과정, 현장에서의 경험을 정리한 책이다", None, d, ["education"], "statement"),
 C("평생학습 정책의 우수성을 인정받아", None, d, ["education"], "achievement"),
], ["평생학습도시 정책 추진 과정·현장 경험·비결도",
    "네 번째 저서 ‘김미경의 평생학습도시 이야기’ 출판기념회를 연다고 15일 밝혔다",
    "지방정부 차원에서 평생학습 정책이 어떻게 추진됐는지부터",
    "이 책은 평생학습 현장에서 함께 고민하고 실천해 온 많은 이들의 이야기를 담은 기록",
    "지역과 배움의 의미를 다시 한번 생각해 보는 계기가 되기를 바란다"])
