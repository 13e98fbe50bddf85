"""Write set-ma gold files (hand annotation)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, policies, kind, date, speaker=None, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


def meta(headline, published, reporter, outlet, jur):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet, "jurisdiction": jur}


D1, E1 = "2018-12-18", "2018-12-12"
D2, E2 = "2020-11-04", "2020-11-03"
D3 = "2017-01-26"
D5 = "2020-01-16"
D6 = "2022-12-20"
D7 = "2018-07-12"
PWS, JGH, SJH, HIH, JSH, YCH = ("park-won-soon", "jo-gil-hyeong-11560", "seong-jang-hyeon", "heo-in-hwan",
                                "jang-seok-hyeon", "yu-cheon-ho")

G = {
"ma-01-fnnews.txt": (
    meta("성동구, ‘생활형 스마트시티’ 서울시 자치구 유일 선정", "2018-12-18T08:08+09:00", "김성원", "파이낸셜뉴스", "11200"),
    [],
    [c("서울 성동구는 지난 12일 서울 스마트시티 테스트베드 특구로 지정됐다고", ["smart-city"], "achievement", E1),
     c("2차 제안서 발표를 통해 성동구가 스마트시티 특구로 지정됐다", ["smart-city"], "achievement", D1),
     c("총 3년간 진행되는 이번 스마트시티 특구는 15억원의 시비를 지원받아", ["smart-city"], "plan", D1),
     c("사회약자 돌봄 지능형 모바일 CCTV 사업이 지정과제로 선정됐다", ["smart-city", "welfare"], "achievement", D1),
     c("성동구는 총 3년간 스마트시티 인프라 구축을 마련하고", ["smart-city"], "plan", D1),
     c("그동안 성동구는 스마트도시 통합운영센터와 4차 산업혁명체험센터를 만들어 운영하고 있다", ["smart-city", "fourth-industrial-revolution"], "statement", D1),
     c("IoT를 활용해 복지, 경제, 안전, 교통, 환경, 교육, 문화에서 이미 다양한 스마트시티 사업을", ["smart-city", "fourth-industrial-revolution"], "achievement", D1),
     c("민선 7기 구정의 비전으로 전국 최초 ‘스마트포용도시’를 선포하고", ["smart-city"], "achievement", D1)],
    ["성동구, ‘생활형 스마트시티’ 서울시 자치구 유일 선정", "'서울시 테스트베드 특구' 공모 15억원 시비 받아",
     "‘스마트포용도시’에 관한 기본조례 내년 1월 공포", "성동구청 5층 스마트도시 통합운영센터 전경"]),
"ma-02-ajunews.txt": (
    meta("용산구, 청년사업가 지원 프로젝트 본격 가동", "2020-11-04T09:24+09:00", None, None, "11170"),
    [SJH],
    [c("서울 용산구는 지난 3일 국제빌딩 4구역 청년창업지원센터(서빙고로 17)에서 입주기업 간담회를 열었다고", ["startup-support", "youth-policy"], "statement", E2),
     c("구에서 지원하는 청년 창업지원 프로그램 운영 계획에 대한 사업설명회", ["startup-support", "youth-policy"], "statement", E2),
     c("청년지원센터는 연면적 710㎡ 규모다", ["startup-support"], "statement", D2),
     c("역량 있는 창업가 육성을 통해 청년 일자리 창출과 지역경제 활성화를 위해", ["startup-support", "jobs"], "achievement", D2),
     c("센터는 창업보육 공간, 소회의실, 운영사무실", ["startup-support"], "statement", D2),
     c("특히 창업보육 공간은 2인실(10개)", ["startup-support"], "statement", D2),
     c("구는 지난 8월 20~39세 청년 사업자를 대상으로 입주기업을 모집해 입주기업 19곳을 최종 선정했다", ["startup-support", "youth-policy"], "achievement", D2),
     c("이어 지난 10월 센터 입주를 마무리하고 이달부터 본격 운영에 들어간다", ["startup-support"], "plan", D2),
     c("먼저 청년사업가를 위한 전문 상담센터를 운영한다", ["startup-support", "youth-policy"], "plan", D2),
     c("입주 기업과 지역 내 사업자등록자면 누구나 이용 가능하며", ["startup-support"], "statement", D2)],
    ["용산구, 청년사업가 지원 프로젝트 본격 가동", "전문가 상담 센터, 전문 분야 교육 프로그램 등 운영",
     "청년창업지원센터 입주기업 간담회 참석자들과 기념촬영을 하고 있는 모습",
     "성장현 용산구청장과 업체 대표를 비롯해 관계 공무원 등 20여 명이 자리했다"]),
"ma-03-mbn.txt": (
    meta("박원순 \"청년들 첫 직장 잡을 때까지 월 30만 원 지급\"", "2017-01-26T10:32+09:00", None, "MBN", "11"),
    [PWS],
    [c("박원순 서울시장이 월 30만 원 청년기본소득과 공공 청년 일자리 50만 개 확대를 제시하겠다고 밝혔습니다", ["youth-policy", "jobs"], "target", D3, PWS),
     c("청년들이 첫 직장을 잡을 때까지 디딤돌로 최대 3년간 월 30만 원을 지급하겠다", ["youth-policy"], "plan", D3, PWS),
     c("소요 비용 2조 6천억 원은 재정개혁, 조세개혁, 공공부문 개혁으로", ["youth-policy", "jobs"], "plan", D3, PWS)],
    ["박원순 \"청년들 첫 직장 잡을 때까지 월 30만 원 지급\"", "MBN APP 다운로드"]),
"ma-04-seoul.txt": (
    meta("국공립 어린이집 입학 쉬워지는 영등포", None, "이범수", "서울신문", "11560"),
    [JGH],
    [c("서울 영등포구가 지난 2일 국공립 어린이집 9곳을 새로 개원했다고", ["childcare-birth"], "achievement", None),
     c("지역 내 국공립 어린이집은 62곳으로 늘어났다", ["childcare-birth"], "achievement", None),
     c("구는 하반기 4곳을 추가 개원해 올해 총 13곳을 개원하는 게 목표다", ["childcare-birth"], "target", None),
     c("이번에 개원한 어린이집은 금나래(신길1동)", ["childcare-birth"], "statement", None),
     c("혜택받는 아이들은 386명이다", ["childcare-birth"], "achievement", None),
     c("구는 지난해 총 19곳의 어린이집을 승인받아", ["childcare-birth"], "achievement", None),
     c("늘어나는 주민 복지 수요 충족을 위해 국공립 어린이집을 지속적으로 확충하고 있다", ["childcare-birth", "welfare"], "statement", None, JGH),
     c("믿고 맡길 수 있는 보육환경 조성을 위해 더욱 힘쓰겠다", ["childcare-birth"], "plan", None, JGH)],
    ["국공립 어린이집 입학 쉬워지는 영등포", "구, 9곳 개원… 386명 수혜",
     "서울 영등포구 신길1동에 새롭게 개원한 금나래 어린이집의 내부 모습", "“우리 동네 변전소·환기구 안 된다”… GTX 부",
     "산불 예방 영농부산물 파쇄 사업, 일부 시군 늑장"]),
"ma-05-kgdm.txt": (
    meta("인천 남동구, 지난해 취업실적 9000명 넘겨", "2020-01-16T18:32+09:00", "김민정", None, "28200"),
    [],
    [c("인천 남동구가 지난해 9000개 이상의 일자리 창출 성과를 달성했다", ["jobs"], "achievement", D5),
     c("남동구는 2019년 9000개 이상의 일자리 창출 성과를 달성한 것으로 집계됐다", ["jobs"], "achievement", D5),
     c("이중 남동구 직업상담사 알선을 통한 취업자 수가 전년 대비 2.4% 상승한 3396명", ["jobs"], "achievement", D5),
     c("인천시와 10개 군·구의 취업자 수와 비교해도 괄목할만한 성과다", ["jobs"], "achievement", D5),
     c("구는 남동구일자리센터와 각 동 직업상담사의 역할이 컸던 것으로 분석했다", ["jobs"], "statement", D5),
     c("2020년에는 9200개의 일자리 창출이 가능할 것으로 기대하고 있다", ["jobs"], "target", D5),
     c("구는 2015년부터 구 본청의 일자리센터 기능을 확대 운영하고", ["jobs"], "statement", D5),
     c("인천에서 남동구와 미추홀구만 동 행정복지센터에 상담사를 배치하고 있으며", ["jobs"], "statement", D5),
     c("구는 채용박람회와 구인구직 만남의 날, 동행면접", ["jobs"], "statement", D5),
     c("다양한 남동형 취업·고용서비스 지원으로 행복한 삶을 함께하는", ["jobs"], "plan", D5)],
    ["인천 남동구, 지난해 취업실적 9000명 넘겨", "9200개 일자리 창출 전망", "남동구 채용박람회의 한 장면"]),
"ma-06-yna.txt": (
    meta("인천시 내년 수소차 2천127대 보급…충전소 14곳으로 확대", "2022-12-20T11:05+09:00", "홍현기", "연합뉴스", "28"),
    [],
    [c("인천시는 수송 분야 탄소중립을 실현하기 위해 내년에 수소자동차 2천127대를 보급할 계획이라고", ["future-vehicles", "climate-carbon"], "target", D6),
     c("이는 2019년 승용형 '넥쏘'를 시작으로 올해까지 인천에 보급된 1천659대를 훨씬 웃도는 규모다", ["future-vehicles"], "achievement", D6),
     c("시는 올해보다 3.7배 늘어난 1천71억원을 내년 수소자동차 보급 예산으로 확보해", ["future-vehicles"], "plan", D6),
     c("인천시는 수소자동차 구매 비용 일부를 부담하는 방식으로 차량을 보급한다", ["future-vehicles"], "statement", D6),
     c("수소 승용차 구매자는 1대당 국비와 시비를 합쳐 3천250만원을 지원받는다", ["future-vehicles"], "statement", D6),
     c("시는 내년에 수소자동차 충전소도 기존 6곳에서 14곳으로 확대할 계획이다", ["future-vehicles"], "target", D6),
     c("2030년까지는 수소자동차 6만대 보급을 목표로 사업을 추진하고 있다", ["future-vehicles"], "target", D6),
     c("수소 시내버스를 대규모 도입해 전국 최초로 수소 대중교통체계를 구축할 계획", ["future-vehicles", "public-transit"], "plan", D6)],
    ["인천시 내년 수소차 2천127대 보급…충전소 14곳으로 확대"]),
"ma-07-wooriilbo.txt": (
    meta("새로운 변화 모두가 행복한 '동구'", "2018-07-12T17:59+09:00", "김종진", None, "28140"),
    [HIH],
    [c("이번 보고회는 구청장 공약사항인 교육환경기금 100억 조성으로 교육환경 개선", ["education", "small-merchants", "childcare-birth", "disaster-safety", "welfare", "jobs"], "plan", D7),
     c("▲ 꿈을여는 교육도시 ▲ 희망주는 복지도시 ▲ 품격있는 문화도시", ["education", "welfare", "culture-tourism", "disaster-safety"], "plan", D7)],
    ["인천동구, 민선7기 구청장 취임 주요업무보고회 개최", "유아부터 노인까지 모두가 행복한 동구를 만들기 위해",
     "항상 낮은 자세로 주민들을 먼저 찾아뵙고 소통하는 행정을 펼치겠다", "11일부터 구청 상황실에서 '주요업무 보고회'를 개최하고 있다"]),
"ma-08-incheonilbo.txt": (
    meta("\"최상의 복지 '좋은 일자리' 창출 최선\"", None, None, None, "28200"),
    [JSH],
    [c("장석현 남동구청장은 민선6기를 시작하면서 '최상의 복지는 일자리제공'이라는 목표를 내걸었다", ["jobs", "welfare"], "statement", None, JSH),
     c("일자리 정책을 유연하게 실현해 구민들에게 꼭 필요한 일자리를 제공하기 위해서다", ["jobs"], "statement", None),
     c("그 결과 2014년부터 현재까지 총 1만9000여명의 주민들이 일자리를 얻었다", ["jobs"], "achievement", None),
     c("기업들을 대상으로 남동구민 채용을 독려하고 채용기업에게는 인센티브를 줬다", ["jobs"], "achievement", None),
     c("노인들에게 안정적이고 지속적인 일자리를 제공할 수 있는 기업도 설립했다", ["jobs"], "achievement", None),
     c("고령친화기업 '보네베이커리'는 제빵 사업을 통해 노인인력 고용을 창출하고 있다", ["jobs"], "statement", None),
     c("지역에 필요한 일자리를 만들어 구민들에게 제공한 것이 가장 큰 성과이자 보람입니다", ["jobs"], "achievement", None, JSH),
     c("장 구청장은 3년간의 성과로 일자리를 꼽았다", ["jobs"], "achievement", None, JSH),
     c("남동구는 일자리 창출을 위해 일자리 인력은행을 개설하고", ["jobs"], "achievement", None),
     c("앞으로도 현장 밀착형 구인·구직 서비스를 위해 힘쓸 것이라고 밝혔다", ["jobs"], "plan", None, JSH)],
    ["\"최상의 복지 '좋은 일자리' 창출 최선\"", "고령 친화 제빵사업 실시", "인력은행 개설·상담사 배치",
     "남동형 기초생활보장사업", "에코산단 추진 … 관광메카로", "▲구민들을 위한 일자리 창출"]),
"ma-09-japolicenews.txt": (
    meta(None, None, None, None, "28710"),
    [YCH],
    [c("농림‧수산업 발전 정책협의회를 개최했다", ["agriculture"], "statement", None),
     c("강화군의 올해 농ㆍ축ㆍ어업분야 예산은 918억 원으로", ["agriculture"], "achievement", None),
     c("농·축·수산업 발전을 위한 향후 협력사업에 대해 심층 논의했다", ["agriculture"], "statement", None),
     c("▲전 군민 독감백신 무료접종 ▲조류인플루엔자 특별방역", ["agriculture", "public-health"], "plan", None),
     c("한해에 대비한 한강물 농업용수 원할한 공급추진에 대한 방안을 집중 논의했다", ["agriculture"], "statement", None),
     c("다목적 농촌용수 개발사업으로 17ha", ["agriculture"], "plan", None),
     c("구간으로 이전 설치해 농업용수를 원활하게 공급하기로 했다", ["agriculture"], "plan", None),
     c("‘전 군민 무료 독감예방 접종’에 농·축·어업인들이 적극적으로 참여할 수 있도록", ["public-health", "agriculture"], "plan", None),
     c("농ㆍ축ㆍ수산업의 경쟁력 강화와 실질적인 소득 향", ["agriculture"], "plan", None, YCH)],
    []),
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, (m, officials, claims, not_claims) in G.items():
        doc = {"article": name, "metadata": m, "officials": officials, "claims": claims, "not_claims": not_claims}
        (GOLD / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(claims)
        print(name, len(claims))
    print("total", total)
