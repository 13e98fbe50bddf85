# Writes gold/*.json for set-fs (hand annotation; compact tuples -> README format).
import json, pathlib
G = pathlib.Path(__file__).resolve().parent.parent / "gold"
def C(q, sp, d, pol, k): return {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
def W(name, md, officials, claims, nots):
    hl, pub, rep, out, jur = md
    G.mkdir(exist_ok=True)
    (G / (name + ".json")).write_text(json.dumps({"article": name, "metadata": {"headline": hl, "published": pub,
        "reporter": rep, "outlet": out, "jurisdiction": jur}, "officials": officials, "claims": claims,
        "not_claims": nots}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

P = "park-nam-chun"; d = "2021-07-01"
W("fs-01-joongangtv.txt", ('박남춘 인천시장 "탄소 중립 선도 도시, 환경특별시 인천 만들 것"', d, "이복수·김덕현", None, "28"), [P], [
  C("그는 2030년 인천의 4대 미래상으로 ▲환경특별시, 탄소중립 선도도시", P, d, ["climate-carbon"], "plan"),
  C("▲DNA(Data-Network-AI)혁신밸리(송도-주안․도화-계양테크노밸리) ▲바이오헬스밸리", None, d,
    ["fourth-industrial-revolution", "medical-industry", "future-vehicles", "urban-regeneration"], "plan"),
 ], ["탄소 중립 선도 도시, 환경특별시 인천 만들 것", "해야 할 때에 할 일을 하는 시장 되겠다",
     "지난 민선 7기 3년은 환경특별시 정책 등을 통해 누적돼 온 인천의 문제들을 풀어가는 시간이었습니다",
     "2021년판 「인천 2030 미래 비전」을 설명했다", "특히 박 시장은 인천형 뉴딜 정책과 함께 환경"])

L = "lee-gang-ho"; d = "2020-01-18"
W("fs-02-sijung.txt", ("인천 남동구, 지난해 9000여개 일자리 창출", "2020-01-18T09:05+09:00", "강수만", "시정일보", "28200"), [L], [
  C("인천 남동구(구청장 이강호)가 지난해 9000여개 이상의 일자리 창출 성과를 달성했다", None, d, ["jobs"], "achievement"),
  C("남동구는 2019년 9000여개 이상의 일자리 창출 성과를 달성한 것으로 집계됐다", None, d, ["jobs"], "achievement"),
  C("남동구 직업상담사 알선을 통한 취업자 수가 전년대비 2.4% 상승한 3396명인 것으로 조사됐다", None, d, ["jobs"], "achievement"),
  C("인천시와 10개 군구의 취업자 수와 비교해도 괄목할 만한 성과다", None, d, ["jobs"], "achievement"),
  C("구는 남동구 일자리센터와 각 동 직업상담사의 역할이 컸던 것으로 분석했다", None, d, ["jobs"], "achievement"),
  C("2020년에는 9200개의 일자리 창출이 가능할 것으로 기대하고 있다", None, d, ["jobs"], "target"),
  C("남동구는 2015년부터 구 본청의 일자리센터 기능을 확대 운영하고", None, d, ["jobs"], "achievement"),
  C("모든 동에 배치한 곳은 남동구가 유일하다", None, d, ["jobs"], "statement"),
  C("구인처 합동 발굴 등 다양한 사업을 통해 구민을 위한 양질의 일자리 발굴과 제공에 집중하고 있다", None, d, ["jobs"], "statement"),
  C("다양한 남동형 취업․고용 서비스 지원으로 행복한 삶을 함께하는 희망찬 남동구를 만들어 나갈 것", None, d, ["jobs"], "plan"),
 ], ["직업상담사 알선 취업자수 3396명", "올해 9200개 일자리 마련 전망", "인천 남동구, 지난해 9000여개 일자리 창출"])

d = "2018-10-15"
W("fs-03-mt.txt", ("이강호 남동구청장, 노후 산단 구조 고도화→'최첨단 산단 개편'", "2018-10-15T13:24+09:00", "윤상구", "머니투데이", "28200"), [L], [
  C("지역경제 활성화와 원도심 정비사업 등으로 세대를 이어 살고 싶은 남동구를 만들어 나갈 것", L, d, ["urban-regeneration"], "plan"),
  C("중소기업을 신성장동력으로 육성해 제4차 산업혁명을 선도적으로 이끌겠다", L, d, ["fourth-industrial-revolution"], "plan"),
  C("최첨단산업인 4차산업, IT산업의 업종을 유치하고 청년들의 스타트업을 지원할 것", L, d,
    ["fourth-industrial-revolution", "investment-attraction", "startup-support", "youth-policy"], "plan"),
  C("공단근로환경 개선을 위한 행정지원 및 국비지원 확대 건의와 기업체방문 확대를 추진할 것", L, d, ["labor-relations"], "plan"),
  C("문화편의시설을 갖춘 청년 친화형 산업단지도 조성해", L, d, ["youth-policy", "jobs", "housing"], "plan"),
  C("아이디어를 실현하고 싶은 청년들은 남동구에서 그 꿈을 펼칠 수 있도록 적극 지원하고 협조할 것", L, d, ["youth-policy"], "plan"),
 ], ["경제 활성화로 살기 좋은 남동행복특구를 실현해 나갈 것”이라고 밝히고 있다",
     "앞으로 남동행복특구를 만들어 나가는데 총력을 기울일 것입니다", "여성·장년·어르신들을 위해 행복의 밑거름",
     "노후 산단 구조 고도화→'최첨단 산단 개편'"])

J = "park-jun-hui"; d = "2023-03-28"; e = "2023-03-27"
W("fs-04-munhwa.txt", ("“청년이 지휘하는 ‘청년청’ 만들어… 일자리·주거 전방위 지원”[서울인사이드]", "2023-03-28T09:05+09:00", "민정혜", "문화일보", "11620"), [J], [
  C("서울 관악구는 ‘청년특별시’입니다.", J, e, ["youth-policy"], "statement"),
  C("관악구가 청년 정책을 선도해 나갈 겁니다", J, e, ["youth-policy"], "plan"),
  C("박준희(사진) 관악구청장은 청년 정책에 각별한 애정을 쏟고 있다", None, d, ["youth-policy"], "statement"),
  C("청년 인구 비율이 41%에 달해 정책 수요자가 많을 뿐만 아니라", None, d, ["youth-policy"], "statement"),
  C("구청에 청년 업무를 전담하는 ‘청년정책과’를 신설했다", None, d, ["youth-policy"], "achievement"),
  C("청년과 문화를 연계한 ‘청년문화국’을 새로 만들었다", None, d, ["youth-policy", "culture-tourism"], "achievement"),
 ], ["청년이 지휘하는 ‘청년청’ 만들어… 일자리·주거 전방위 지원", "맛있는 한 끼 소셜다이닝 프로그램에 참여한 청년들이 음식을 만들어 먹고 있다",
     "지하1·지상7층 규모 내달 개관", "기초지자체 첫 청년정책과 설립", "문화국 만들어 젊은예술인 돕고",
     "박 구청장 역시 정치인의 꿈을 키우며", "관악구는 예술인이 서울 자치구 중 세 번째, 청년 예술인은 두 번째로 많다",
     "구가 가진 청년, 예술, 문화 자원"])

O = "oh-eon-seok"; d = "2022-11-03"
W("fs-05-jeonmae.txt", ("도봉구, ‘제4회 대한민국 솔라리그’ 환경부장관상", d, "홍상수", "전국매일신문", "11320"), [O], [
  C("우수 기초지자체로 선정돼 ‘환경부 장관상’을 수상했다고 3일 밝혔다", None, d, ["energy-transition"], "achievement"),
  C("국내 최대인 구청사 건물일체형태양광(BIPV) 설치(100.31kW)", None, d, ["energy-transition", "climate-carbon", "welfare"], "achievement"),
  C("이번 성과는 2050 탄소중립을 위한 구의 노력을 인정받았다는 데에 의의가 있다", O, d, ["climate-carbon"], "achievement"),
  C("앞으로도 기후위기 대응을 위한 다양한 정책을 구민과 함께 펼쳐가겠다", O, d, ["climate-carbon"], "plan"),
 ], ["구청사 남측면 건물일체형태양광 설치 운영 공공 햇빛나눔발전소 전력판매대금 기후변화기금 조성",
     "서울 도봉구가 ‘제4회 대한민국 솔라리그’에서 ‘환경부 장관상’을 받았다.[도봉구 제공]",
     "지자체와 민간의 태양에너지 보급을 통한 온실가스 감축 성과를 겨루는 장이다",
     "지자체 및 공공 6곳, 민간 7곳이 수상자로 선정됐다"])

Y = "yoo-jeong-bok"; d = "2026-02-12"
W("fs-06-fnewstv.txt", ("유정복 인천시장, 부평구 연두방문 생생톡톡 애인(愛仁)소통, 구민 500여명과 소통", "2026-02-12T16:55:40+09:00", "김영란", "파이낸셜경제", "28237"), [Y], [
  C("구는 먼저 부평지하도상가가 부평역 인근 상권과 연계해 활성화 될 수 있도록", None, d, ["small-merchants", "disaster-safety"], "plan"),
  C("또 반환된 캠프마켓 부지가 도시계획 시설 설치 전까지 오랜 시간 방치되는 것을 막기 위한 각종 주민편의시설 조성도 언급했다", None, d, ["urban-regeneration"], "plan"),
  C("캠프마켓 A구역 부지에 대한 유휴부지 활용을 위한 국방부 토지 무상사용 협의", None, d, ["urban-regeneration"], "plan"),
 ], ["부평구, 지하도상가 활성화 및 캠프마켓 부지 활용한 주민편의시설 조성 요청",
     "'생생톡톡 애인(愛仁)소통' 행사를 개최했다고 밝혔다", "현장의 목소리를 시정에 반영하기 위해 마련됐다",
     "D구역 가운데 오염되지 않은 일부 구간 개방을 요청하기도 했다"])

d = "2018-12-04"
W("fs-07-fnnews.txt", ("서울시, 도시재생 희망지사업 대상지 15곳 선정", "2018-12-04T18:25+09:00", "윤지영", "파이낸셜뉴스", "11"), [], [
  C("희망지사업은 서울시가 지난 2016년부터 도시재생사업 추진을 위해 사전 주민역량 강화를 지원하는 준비단계 사업이다", None, d, ["urban-regeneration"], "statement"),
  C("주민들에게 도시재생에 대한 홍보와 주민공모사업 등을 시행한 바 있다", None, d, ["urban-regeneration"], "achievement"),
  C("올해 희망지사업 대상지로 선정된 곳은 총 15곳(조건부 선정 포함)으로", None, d, ["urban-regeneration"], "achievement"),
  C("일반근린 유형 사업지는 △중구 다산동 일대", None, d, ["urban-regeneration"], "statement"),
  C("우리동네 살리기 유형 사업지는 △동대문구 제기동 일대", None, d, ["urban-regeneration"], "statement"),
 ], ["서울시, 도시재생 희망지사업 대상지 15곳 선정"])

S = "seo-gang-seok"
W("fs-08-seoul.txt", (None, None, None, "서울신문", "11710"), [S], [
  C("‘스마트도시 인증제’는 국내 도시 스마트화 수준을 체계적으로 진단하고", None, None, ["smart-city"], "statement"),
  C("지자체 규모별로 대도시(50만명 이상)와 중소도시로 구분하여 평가·인증한다", None, None, ["smart-city"], "statement"),
  C("도시서비스 및 기반 시설 수준, 제도 기반과 추진 체계, 공무원들의 전문성과 혁신성 등을 평가한다", None, None, ["smart-city"], "statement"),
  C("중소도시 부문은 송파구를 포함한 4곳이 선정됐다", None, None, ["smart-city"], "achievement"),
  C("구는 스마트도시 인증을 받기 위해 올해 초부터 타 지자체 벤치마킹을 통해 우수사례를 분석하고", None, None, ["smart-city"], "achievement"),
  C("이번 인증으로 구는 우수 스마트도시로 홍보될 수 있도록 국토부 장관 표창과 동판이 수여된다", None, None, ["smart-city"], "achievement"),
  C("송파구가 추진한 다양한 스마트도시 사업들이 인정을 받아 기쁘다", S, None, ["smart-city"], "achievement"),
  C("앞으로도 스마트기술을 접목한 차별화 된 섬김행정을 실천하여", S, None, ["smart-city"], "plan"),
 ], ["국토부 선정…송파구 생활밀착형 사업 높은 평가", "지능형 선별관제, 스마트폴 구축 등 사업 추진",
     "‘지능형 선별관제시스템’ 모습. 송파구 제공", "스마트서비스 기능을 가로등과 결합한 ‘스마트 폴’ 모습"])

Z = "jo-yun-gil"
W("fs-09-kyeongin.txt", (None, None, None, None, "28720"), [Z], [
  C("올해는 군정의 효율적 경영을 통하여 지역경제 살리기와 실질적 복지향상을 추진하겠다", Z, None, ["welfare"], "plan"),
  C("취약계층에 대한 공공부문 일자리 사업을 확대해 자활·자립할 수 있도록 생산적 복지로 전환하고", Z, None, ["welfare", "jobs"], "plan"),
  C("소연평도, 울도, 문갑도에 보건진료소를 설치하고 이동진료를 확대하는 등", Z, None, ["public-health", "welfare"], "plan"),
  C("조 군수는 농·어업의 경쟁력을 높여 군민소득 증대로 이어지도록 다양한 시책을 추진할 방침이다", Z, None, ["agriculture"], "plan"),
  C("강소농 육성을 위해 우량종자 공급, 유용미생물을 활용한 친환경 농업 육성 등을 위한 예산을 확대 투자하고", Z, None, ["agriculture"], "plan"),
  C("수산업도 잡는 어업에서 기르는 어업으로 전환되도록 종묘 방류사업에 지속적으로 투자하고", Z, None, ["agriculture"], "plan"),
  C("옹진군의 가장 경쟁력 있는 산업은 해양레저 관광산업", None, None, ["culture-tourism"], "statement"),
  C("지난해 개통한 경인아라뱃길과 연계해 덕적도의 마리나항을 추진하고", Z, None, ["culture-tourism"], "plan"),
  C("계남분교를 역사·문화 스토리텔링 공간으로 조성하는 등 문화와 연계된 관광산업도 추진해 나간다는 구상이다", Z, None, ["culture-tourism"], "plan"),
 ], ["시민단체 등의 반대로 지연되고 있는 굴업도"])
