"""Writes gold/*.json for set-cy (hand annotation; one call per article)."""
import json, os
OUT = '/work/blind/set-cy/gold'
os.makedirs(OUT, exist_ok=True)

def C(quote, speaker, date, policies, kind, speaker_name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        c["speaker_name"] = speaker_name
    return c

def W(article, headline, published, reporter, outlet, jurisdiction, officials, claims, not_claims):
    g = {"article": article,
         "metadata": {"headline": headline, "published": published, "reporter": reporter,
                      "outlet": outlet, "jurisdiction": jurisdiction},
         "officials": officials, "claims": claims, "not_claims": not_claims}
    with open(os.path.join(OUT, article + '.json'), 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=1)

# cy-01 MBC (undated, 서울시 기후동행카드, 오세훈)
W("cy-01-imbc.txt", None, None, None, None, "11", ["oh-se-hoon"], [
    C("서울시는 기후동행카드를 도입해, 기후위기에 대응하고 고물가 시대에 가계 부담을 덜 수 있을 것을 기대한다며", None, None, ["public-transit", "climate-carbon"], "statement"),
    C("모든 대중교통수단을 무제한으로 이용할 수 있는 교통카드입니다", None, None, ["public-transit"], "statement"),
    C("기후동행카드가 적용될 지하철 노선은", None, None, ["public-transit"], "statement"),
    C("서울 시내를 오가는 모든 시내버스와 마을버스에 적용이 가능합니다", None, None, ["public-transit"], "statement"),
    C("서울시는 내년 1월부터 5월까지 기후동행카드를 시범 운영한 뒤, 하반기부터 본격적으로 시행할 계획입니다", None, None, ["public-transit"], "plan"),
    C("교통 분야 기후위기 대응은 '대중교통 이용 활성화'가 핵심", "oh-se-hoon", None, ["public-transit", "climate-carbon"], "statement"),
    C("기후위기 대응뿐 아니라 가계 부담을 덜어드리기 위해 기후동행카드를 안정적으로 도입, 운영하겠다", "oh-se-hoon", None, ["public-transit", "climate-carbon"], "plan"),
], ["당신의 의견을 남겨주세요"])

# cy-02 아시아경제 (2026-02-03, 인천시 소상공인, institutional)
D = "2026-02-03"
W("cy-02-asiae.txt", None, "2026-02-03", "박혜숙", "아시아경제", "28", [], [
    C("인천시가 경기 둔화와 고물가 등으로 어려움을 겪는 소상공인에 대한 종합 지원체계를 가동한다", None, D, ["small-merchants"], "plan"),
    C("시는 올해 39억원을 들여 인천소상공인종합지원센터를 중심으로", None, D, ["small-merchants"], "plan"),
    C("시는 창업 초기 소상공인을 대상으로 '인천 골목창업 첫걸음 지원사업'과", None, D, ["small-merchants", "startup-support"], "plan"),
    C("지역방송을 통한 판로개척 사업을 통해 매출 증대와 경쟁력 강화를 도모한다", None, D, ["small-merchants"], "plan"),
    C("폐업 소상공인에 대해서는 '폐업 및 새 출발 지원사업'을 통해", None, D, ["small-merchants"], "plan"),
    C("또 골목상권 활성화 차원에서 상권별 특성과 수요를 반영한 '맞춤형 상권 브랜딩 지원'도 신규 사업으로 추진한다", None, D, ["small-merchants"], "plan"),
    C("민간 전문가와 협업해 상권 진단과 발전 전략을 수립하고", None, D, ["small-merchants"], "plan"),
    C("골목상권 공동체 육성, 우리마을 상인회 활성화 지원사업을 통해 공동 마케팅과 환경 개선도 추진한다", None, D, ["small-merchants"], "plan"),
    C("제조업 기반 소공인을 대상으로는 송림 소공인특화지원센터 운영을 통해", None, D, ["small-merchants"], "plan"),
    C("소상공인의 자립 기반을 강화하고 지속 가능한 성장을 뒷받침하기 위한 종합 지원체계를 구축하겠다", None, D, ["small-merchants"], "plan"),
], ["박혜숙 기자 hsp0664@asiae.co.kr", "<ⓒ투자가를 위한"])

# cy-03 경인방송 (undated, 강화군 농축수산업, 유천호)
W("cy-03-ifm.txt", "농ㆍ축ㆍ어업 조합장, 강화섬쌀ㆍ강화인삼 팔아주기 운동 적극 참여 결정", None, None, "경인방송", "28710", ["yu-cheon-ho"], [
    C("강화군은 군청 영상회의실에서 경쟁력 있는 농어촌 실현을 위한 ‘농ㆍ축ㆍ수산업 발전 정책협의회’를 개최했다고", None, None, ["agriculture"], "statement"),
    C("강화 섬 쌀과 강화인삼 팔아주기 운동에 한국 농어촌공사와 농, 축, 어업 조합이 함께 참여하기로 했습니다", None, None, ["agriculture"], "plan"),
    C("농·축·어가의 경쟁력 향상을 위한 현안 사업 추진을 논의했습니다", None, None, ["agriculture"], "statement"),
    C("농, 축, 수산업의 경쟁력 강화와 실질적인 소득 증가를 위해 유통 판로를 확대하고, 첨단농업 육성사업에도 투자를 아끼지 않겠다", "yu-cheon-ho", None, ["agriculture"], "plan"),
    C("앞으로도 조합장들과 함께 농, 축, 어민들의 삶의 질을 높을 수 있는 정책들을 발굴해", "yu-cheon-ho", None, ["agriculture"], "plan"),
], ["농ㆍ축ㆍ어업 조합장, 강화섬쌀ㆍ강화인삼 팔아주기 운동 적극 참여 결정",
    "이날 회의에는 유천호 군수를 비롯해 한국 농어촌공사 이수근 강화·옹진지사장 등 강화 농, 축, 어업분야 조합장들이 참석했습니다",
    "강화군청(사진=경인방송 DB)"])

# cy-04 시정일보 (2019-03-15, 송파구 스마트주민구청장실, 박성수 named only)
D = "2019-03-15"
W("cy-04-sijung.txt", "송파구, 스마트한 행정 ‘스마트주민구청장실’ 운영", "2019-03-15T14:30+09:00", "송이헌", "시정일보", "11710", ["park-seong-su"], [
    C("도시 내·외부의 각종 정보와 기술을 하나로 통합한 정보관리 시스템인 송파구 ‘스마트주민구청장실(Songpa Smart Platform)’을 개발해 2월부터 본격 운영에 들어갔다고 밝혔다", None, D, ["smart-city"], "achievement"),
    C("송파구민의 다양한 의견을 실시간으로 수렴하려는 박성수 구청장의 의지가 담긴 것이다", None, D, ["smart-city", "citizen-participation"], "statement"),
    C("시스템은 가로 5미터 세로 1.5미터의 대형 멀티비전과 터치패널로", None, D, ["smart-city"], "statement"),
    C("홈페이지의 민원접수 창구인 ‘구청장에게 바란다’를 대표화면에 표시해 실시간으로 구민의 불편사항을 상시 모니터링 할 수 있도록 했다", None, D, ["citizen-participation", "smart-city"], "statement"),
    C("재난발생 시 신속한 현장 대응을 위해 소방관련 재난정보와 1500여 대의 관내 CCTV를 연계해", None, D, ["disaster-safety", "smart-city"], "statement"),
    C("다가올 장마철에 대비해 도로 및 공사장 주변의 침수여부와 위험요인 파악 등 실시간 수방관제에도 적극 활용할 예정이다", None, D, ["disaster-safety", "smart-city"], "plan"),
    C("95종의 정책지표를 5개 주제로 분류해 차트나 이미지 등 시각화된 데이터 분석정보를 제공한다", None, D, ["smart-city"], "plan"),
], ["내·외부 정보 통합한 스마트 통합행정 시스템 운영 시작",
    "의견 수렴부터 재난정보까지...구민 의견 듣는 박 구청장의 의지 담겨",
    "또한, 민선 7기 75개 공약사업에 대"])

# cy-05 뉴스1 (undated, 인천시 부평 제3보급단·캠프마켓, 유정복)
W("cy-05-news1.txt", "인천 부평 제3보급단·캠프마켓, 공원·복합공간으로 재탄생", None, "강남주", "뉴스1", "28", ["yoo-jeong-bok"], [
    C("송도센트럴파크와 비견되는 거점 공원과 인천식물원·인천제2의료원 등 시민을 위한 선도시설이 조성된다", None, None, ["public-health"], "plan"),
    C("부평은 군부대 이전사업 외에도 GTX-B 부평역", "yoo-jeong-bok", None, ["public-transit"], "statement"),
    C("제물포르네상스를 추진하는 동력을 기반으로 부평르네상스 추진도 준비하겠다", "yoo-jeong-bok", None, ["urban-regeneration"], "plan"),
], ["인천 부평구 중심에 위치한 군부대 자리에 시민들을 위한 공원이 들어선다",
    "시민을 위한 휴식·여가공간으로 재탄생한다고 3일 밝혔다",
    "약 85만㎡ 규모의 제3보급단은 부개·일신동 17사단 안으로 이전한다",
    "기존 군부대 부지 양여에 관한 제반사항에 합의했다",
    "인천도시공사와 민간이 참여하는 공공·민간 공동개발 방식으로 추진하기로 확정하고",
    "공원조성 방향을 가시화하기 위한 마스터플랜 수립 용역이 진행 중이다",
    "캠프마켓 전경.(인천시 제공)"])

# cy-06 서울신문 page (2025-11-09, 인천시 전세사기 피해자 전수 상담, institutional + 과장)
D = "2025-11-09"
W("cy-06-seoul.txt", None, "2025-11-09", "강남주", None, "28", [], [
    C("인천시는 전세사기 피해자 중 제도적 도움을 신청하지 않은 피해자 1355명을 대상으로 전수 상담을 실시한다고 9일 밝혔다", None, D, ["housing"], "plan"),
    C("이는 일부 피해자가 제도를 알지 못하거나 개인 사정 등으로 실질적인 혜택을 받지 못하는 점을 고려한 조치다", None, D, ["housing"], "statement"),
    C("전세사기 피해 지원의 사각지대를 없애겠다는 취지다", None, D, ["housing"], "statement"),
    C("시는 오는 10일부터 12월 19일까지 6주간 전화 기반 1:1 맞춤 상담을 진행한다", None, D, ["housing"], "plan"),
    C("상담 대상은 ▲시 지원사업 및 긴급복지 등을 한번도 이용하지 않은", None, D, ["housing"], "statement"),
    C("시는 상담을 통해 현재 주거상황, 피해주택 경·공매 진행 여부", None, D, ["housing"], "plan"),
    C("필요한 경우 관련 부서 및 유관기관과 연계해 주거·금융·법률 지원으로 이어질 수 있도록 할 계획이다", None, D, ["housing"], "plan"),
    C("또한 상담 결과를 데이터베이스(DB)로 구축해 전세사기 피해자 지원 정책 설계에 반영할 예정이다", None, D, ["housing"], "plan"),
    C("이번 상담은 이미 마련된 제도가 피해자에게 실질적으로 닿을 수 있도록 하는 과정", None, D, ["housing"], "statement", "한지영"),
    C("1:1 맞춤형 상담을 통해 전세사기 피해자 중 단 한 명도 소외되지 않도록 하겠다", None, D, ["housing"], "plan", "한지영"),
], ["이미지 확대 인천시청 전경. 인천시 제공"])

# cy-07 서울& page (2024-11-01, 노원구 탄소중립 선도도시, 오승록; cut off)
D, E = "2024-11-01", "2024-10-31"
W("cy-07-seouland.txt", "노원구, 수도권 유일 ‘탄소중립 선도도시’ 선정", "2024-11-01T13:33+09:00", None, None, "11350", ["oh-seung-rok"], [
    C("노원구(구청장 오승록)가 탄소중립 선도도시로 최종 선정됐다", None, E, ["climate-carbon"], "achievement"),
    C("환경부와 국토부는 지난달 31일 탄소중립 선도도시로 노원구를 포함한 4곳을 발표했으며", None, E, ["climate-carbon"], "achievement"),
    C("구는 이번 선도도시로서 건축 분야의 탄소중립 정책에 중점을 두고 있다", None, D, ["climate-carbon"], "statement"),
    C("노후 주택 비율이 가장 높은 특성에 맞춰 이라는 슬로건을 내걸고 공모에 나섰다", None, D, ["climate-carbon"], "statement"),
    C("작년부터 공공건축물의 제로에너지건물(ZEB) 로드맵을 수립해", None, D, ["climate-carbon"], "target"),
    C("민간건축물도 ZEB 로드맵에 따라", None, D, ["climate-carbon"], "target"),
    C("광운대 역세권 개발사업에도 민간 분야 최초로 ZEB 5등급을 적용한다", None, D, ["climate-carbon"], "plan"),
    C("도심형 태양광 보급, 분산형 전원 도입 등 수도권 인프라 재구조화를 목표로 한 계획을 마련 중이다", None, D, ["climate-carbon", "energy-transition"], "plan"),
    C("탄소배출 크레딧 플랫폼, 시민참여형 탄소숲 조성, 발전수익 공유형 SPC 등을 통해", None, D, ["climate-carbon", "citizen-participation"], "statement"),
    C("환경부와 국토부는 4개 지자체의 사업제안서를 바탕으로 2026년까지 기본계획을 수립해 2030년까지 본격 추진할 예정이다", None, D, ["climate-carbon"], "plan"),
    C("수도권 유일 탄소중립 선도도시로서 도", "oh-seung-rok", D, ["climate-carbon"], "achievement"),
], ["에너지제로주택 및 에너지제로체험관 전경. 노원구 제공", "크게 작게"])

# cy-08 서울경제TV (2025-02-24, 계양구 청년정책조정위원회, 윤환)
D = "2025-02-24"
W("cy-08-sentv.txt", "인천 계양구, 청년정책조정위원회 열어", "2025-02-24T15:02:38+09:00", "김혜준", "서울경제TV", "28245", ["yun-hwan"], [
    C("인천광역시 계양구가 ‘2025년 계양구 청년정책조정위원회’ 정기회의를 열었습니다", None, D, ["youth-policy"], "statement"),
    C("청년정책조정위원회는 구청장을 위원장으로 하며", None, D, ["youth-policy"], "statement"),
    C("올해 계양구 청년정책 시행계획은", None, D, ["youth-policy"], "statement"),
    C("‘청년 이사 차량 지원사업’, ‘청년 보듬 우체통 운영’, ‘청년친화도시 조성’ 등 3개 신규 사업을 추진하며", None, D, ["youth-policy", "jobs"], "plan"),
    C("청년이 공감하고 주도하는 정책을 만들어 가겠다", "yun-hwan", D, ["youth-policy"], "plan"),
    C("청년들의 의견을 적극 반영해 계양구가 청년이 살기 좋은 도시가 될 수 있도록 노력하겠다", "yun-hwan", D, ["youth-policy"], "plan"),
], ["남원시장애인종합복지관, 가상현실 스포츠실 설치",
    "구리시, ‘AI 디지털 마케팅 전문가 양성 과정’ 수료식 개최",
    "남원 바이오기업, 베트남 해외시장 개척 박차",
    "장수군-덕유산국립공원, 산악 관광 혁신 나선다"])

# cy-09 서울신문 page (2019-12-10, 은평구 국공립어린이집, institutional; chrome names 김길성)
E = "2019-12-09"
W("cy-09-seoul.txt", "은평, 70번째 국공립어린이집 개원", "2019-12-10", "윤수경", "서울신문", "11380", [], [
    C("서울 은평구가 이번 달 국공립어린이집 3곳의 문을 열어 모두 70개 국공립어린이집을 운영한다고 9일 밝혔다", None, E, ["childcare-birth"], "achievement"),
    C("이번에 개원한 어린이집은 유치원을 매입해 국공립어린이집으로 전환한", None, E, ["childcare-birth"], "statement"),
    C("은평구는 그동안 공동주택 내 관리동어린이집, 우수 민간·가정어린이집 국공립 전환과 매입, 신축 등 국공립어린이집 늘리기에 힘써왔다", None, E, ["childcare-birth"], "statement"),
    C("그 결과 2016년까지 30곳이던 은평구 내 국공립어린이집은", None, E, ["childcare-birth"], "achievement"),
], ["노원구, 2026년 1조 3625억원 예산안 편성",
    "‘복지만 7000억’ 관악 예산 3년 연속",
    "김길성 구청장, 이순신 축제 참여",
    "‘10분 도시’ 강남스타일~",
    "은평, 70번째 국공립어린이집 개원"])
print("written", len(os.listdir(OUT)))
