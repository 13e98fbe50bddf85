"""Write set-km's gold files (hand annotation). Claim tuple: (quote, speaker, date, policies, kind)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"
PJH, KTU, LJH, JMH, LPH, HIS, OSH, SJG, PNC = ("park-jun-hui", "kim-tae-u", "lee-jae-hyeon", "jeong-mun-heon",
    "lee-pil-hyeong", "hong-in-seong", "oh-se-hoon", "sim-jae-guk", "park-nam-chun")
SC, AI, DS = "smart-city", "fourth-industrial-revolution", "disaster-safety"
SU, YP, HO, UR, PT, CP = "startup-support", "youth-policy", "housing", "urban-regeneration", "public-transit", "citizen-participation"

G = {}
d = "2025-12-15"
G["km-01-heraldcorp.txt"] = (
    dict(headline=None, published=d, reporter="박병국", outlet="헤럴드경제", jurisdiction="11620"), [PJH], [
    ("2회 연속 스마트도시 인증을 획득했다", None, d, [SC], "achievement"),
    ("지자체의 스마트도시 사업을 정량(1000점), 정성(1000점) 지표로 종합 평가해", None, d, [SC], "statement"),
    ("관악구는 2023년 최초 인증 이래로 이번 재인증에 성공했다", None, d, [SC], "achievement"),
    ("민선 7기부터 스마트도시 전담 조직을 신설하고", None, d, [SC, AI], "achievement"),
    ("지능형 폐쇄회로(CCTV)를 확충하고, ICT 기반 산불감시 플랫폼", None, d, [SC, AI, DS], "achievement"),
    ("데이터·인공지능(AI) 기반 행정서비스를 본격 도입했다", None, d, [SC, AI], "achievement"),
    ("스마트 쉼터 구축, 사물인터넷(IoT) 공유·무인 주차장을 설치했다", None, d, [SC, AI], "achievement"),
    ("스마트 빗물받이 신고 플랫폼을 만들고 교육로봇을 활용한 디지털 역량 교육을 진행했다", None, d, [SC, AI, DS], "achievement"),
    ("인공지능(AI)와 데이터에 기반한 스마트도시 정책으로 주민의 안전과 편의를 높이는", PJH, d, [SC, AI], "achievement"),
    ("스마트인프라를 지속적으로 고도화해 모든 구민이 체감하는 포용적 스마트도시 관악을 만들어 가겠다", PJH, d, [SC, AI], "plan"),
    ], [])

d = "2026-01-15"
G["km-02-newsis.txt"] = (
    dict(headline="인천 부평구, 사업화 자금 지원받을 '청년사장님' 모집", published="2026-01-15T17:23:20+09:00",
         reporter="이루비", outlet="뉴시스", jurisdiction="28237"), [], [
    ("'2026년 청년창업 재정지원 사업'의 참여자를 모집한다고 15일 밝혔다", None, d, [SU, YP], "plan"),
    ("성장 가능성이 높은 청년창업자에게 임차료, 시제품 제작비, 마케팅비에 사용할 사업화 자금을 지원하는 사업이다", None, d, [SU, YP], "statement"),
    ("모집 대상은 거주지 제한 없이 부평구에 사업장을 두고", None, d, [SU, YP], "statement"),
    ("2명 등 총 14명을 선정할 예정이다", None, d, [SU, YP], "target"),
    ("1000만~1500만원의 사업화 자금을 지원하고 창업 맞춤형 상담(컨설팅)", None, d, [SU, YP], "plan"),
    ("2019년부터 지난해까지 청년창업자 총 84명을 대상으로 재정 등을 지원하며", None, d, [SU, YP], "achievement"),
    ], ["부평구에 사업장 가진 19~39세 14명 선정", "참여를 희망하는 청년은 부평구청 일자리창출과에 직접 방문하거나",
        "필요 서류 등 자세한 사항은 부평구 누리집을 참고하거나"])

d = "2022-08-30"
G["km-03-newsis.txt"] = (
    dict(headline="\"화곡도 마곡된다\"…강서구, 재개발·재건축 전담팀 구성", published="2022-08-30T14:54:09+09:00",
         reporter="하종민", outlet="뉴시스", jurisdiction="11500"), [KTU], [
    ("공약 사항을 지키기 위해 재건축·재개발 전담 조직을 별도로 구성했다고 30일 밝혔다", None, d, [HO], "achievement"),
    ("원도심의 주거환경개선을 통해 지역균형발전을 이루기 위한 첫걸음이다", None, d, [UR], "statement"),
    ("슬로건을 내세우며 재건축·재개발을 촉진하겠다는 의지를 밝힌 바 있다", KTU, d, [HO], "plan"),
    ("모아주택, 모아타운을 전담하는 '모아타운팀'을 신설했다", None, d, [HO, UR], "achievement"),
    ("원도심 활성화(재개발·재건축)를 위한 전담 조직을 구성해", KTU, d, [HO, UR], "achievement"),
    ("원도심활성화 추진위원회 운영을 통해 다양한 의견을 적극적으로 반영하겠다", KTU, d, [UR, CP], "plan"),
    ("변화에 대한 구민의 열망을 가시적인 성과로 보일 것", KTU, d, [HO, UR], "plan"),
    ], ["김태우 구청장 \"가시적 성과 보일 것\"", "고도제한 완화 추진의 실질적인 결과를 도출하기 위한"])

d = "2021-02-25"
G["km-04-hyundaiilbo.txt"] = (
    dict(headline="서구 주민불편 최소화 버스 노선 조정", published="2021-02-25T14:17+09:00",
         reporter="강용희", outlet=None, jurisdiction="28260"), [LJH], [
    ("일부 시내버스 노선이 조정돼 운행될 예정이라고 25일 밝혔다", None, d, [PT], "plan"),
    ("서구지역에 1개 노선을 신설하고 7개 노선을 조정하는 내용을 지난 8일 노선조성분과위원회에서 확정했다", None, "2021-02-08", [PT], "achievement"),
    ("시내버스 이용자에게 편의를 제공하고 이용수요를 높이는 데 중점을 뒀다", None, d, [PT], "statement"),
    ("T/F팀을 구성해 노선 개편에 주민의 목소리를 담고자 노력했다", None, d, [PT], "achievement"),
    ("주민과 함께하는 대중교통 행정을 펼쳐가고 있다", None, d, [PT], "statement"),
    ("서구의 대안을 인천시가 적극적으로 수용한 결과 이뤄낸 작은 성과", LJH, d, [PT], "achievement"),
    ], ["이재현 구청장 “이용 편의”"])

d = "2025-11-18"
G["km-05-siminilbo.txt"] = (
    dict(headline="인천시 연수구, 내년 2월 공영버스 노선 최종 확정", published="2025-11-18T15:11:10+09:00",
         reporter="문찬식", outlet="시민일보", jurisdiction="28185"), [], [
    ("연수구 공영버스 도입 설명을 비롯해 개인형 이동장치(PM) 단속 강화", None, d, [PT], "statement"),
    ("송도동에 투입될 공영버스 노선 운영에 대한 다양한 의견을 제시했다", None, d, [PT], "statement"),
    ("공영버스 노선 관련 제안 사항이 주를 이뤘다", None, d, [PT], "statement"),
    ("실현 가능성이 있는 의견부터 정책에 반영한다는 계획이다", None, d, [PT, CP], "plan"),
    ("환승 패턴 분석 등을 통해 주민들의 교통 불편을 최소화한 뒤 노선을 확정하기로 했다", None, d, [PT], "plan"),
    ("교통 취약지역의 추가적인 개선 사항도 적극 검토할 계획이다", None, d, [PT], "plan"),
    ("2026년 3월에 공영버스를 정식 운행할 예정이다", None, d, [PT], "plan"),
    ], ["정류장 위치·배차 간격 조정 검토", "주민 300명이 참석한 가운데 성황리에 마무리했다고 18일 밝혔다"])

d = "2024-07-20"
G["km-06-cwn.txt"] = (
    dict(headline="서울 '물폭탄'에 수방 일선에 선 구청장들", published="2024-07-20T10:10:37+09:00",
         reporter="정수희", outlet="CWN", jurisdiction="11"), [JMH, LPH], [
    ("구청장들이 현장 일선에서 지역과 주민 피해 최소화를 위해 활약했다", None, d, [DS], "achievement"),
    ("정문헌 종로구청장은 수해 현장에서 발로 뛰었다", None, d, [DS], "statement"),
    ("서울 전역에 폭우 피해가 계속되던 지난 17일 정 구청장은 직접 현장 점검에 나섰다", None, "2024-07-17", [DS], "statement"),
    ("피해·안전 상황을 확인하고 신속한 복구를 지시했다", JMH, "2024-07-17", [DS], "plan"),
    ("침수 방지시설 이상 여부를 확인하고 쪽방촌 주민을 포함한 취약계층에 대한 안전 점검을 진두지휘했다", None, "2024-07-15", [DS], "statement"),
    ("경찰, 소방과 협력해 풍수해 대비 태세를 강화하겠다", JMH, d, [DS], "plan"),
    ("지난 18일 집중호우에 따른 안전 점검을 위해 정릉천을 찾았다", None, "2024-07-18", [DS], "statement"),
    ("전날에도 공사장과 공동주택, 중랑천 일대 등 주요 시설 및 현장을 점검했다", None, "2024-07-17", [DS], "statement"),
    ("가장 중요한 것은 주민들의 안전", LPH, d, [DS], "statement"),
    ("장마가 끝날 때까지 긴장을 늦추지 않", LPH, d, [DS], "plan"),
    ], ["직접 점검 나서며 발로 뛰는 현장 행보", "\"수해 대비 구민 안전 최우선\" 한목소리",
        "정문헌 종로구청장(오른쪽)이 비 피해 현장을 점검 중이다", "이필형 동대문구청장(왼쪽)이 정릉천을 찾아 안전 점검을 하고 있다",
        "잠수교가 전면 통제되고 있는 모습"])

d = "2018-12-26"
CT = "culture-tourism"
G["km-07-ifm.txt"] = (
    dict(headline="인천 중구 개항장 일원 활성화를 위한 연구용역 실시", published=d,
         reporter="최상철", outlet="경인방송", jurisdiction="28110"), [HIS], [
    ("내년 인천에서 가장 핫한 장소가 개항장이 될 것이라고 오늘(26일) 밝혔습니다", None, d, [CT], "statement"),
    ("내년에 '개항장 일원 활성화를 위한 연구용역'을 진행한다는 계획입니다", None, d, [CT], "plan"),
    ("다양한 관광전략 구축이 필요로 되고 있습니다", None, d, [CT], "plan"),
    ("개항장만의 독특하고 특별한 사업을 적극 추진한다는 계획입니다", None, d, [CT], "plan"),
    ("근대역사문화의 중심지였다는 것을 널리 알릴 것", HIS, d, [CT], "plan"),
    ], ["관광객의 집객을 유도할 수 있는 매력적인 역사, 문화, 예술적 자원을 다수 보유하고 있습니다"])

d = "2024-12-27"
ED = "education"
G["km-08-etoday.txt"] = (
    dict(headline="오세훈, 서울런 보급 확대…“교육은 가장 강한 계층 사다리”", published="2024-12-27T15:25+09:00",
         reporter=None, outlet=None, jurisdiction="11"), [OSH, SJG], [
    ("서울런의 공적 기능을 확대해서 대한민국의 더 많은 학생들이 이 혜택을 누릴 수 있도록 노력하겠다", OSH, d, [ED], "plan"),
    ("평창군과 지역간 교육 자원 격차를 해소하기 위한 협력을 다짐하게 돼 기쁘다", OSH, d, [ED], "plan"),
    ("이제 서울런은 계층 간 교육 격차 해소를 너머서 지역 간 교육 격차 해소를 하기 시작했다", OSH, d, [ED], "achievement"),
    ("평창의 교육 격차를 해소할 수 있는 조건이 돼서", SJG, d, [ED], "statement"),
    ], ["교육은 우리 사회에서 가장 강력한 계층 이동 사다리", "출발선이 어디에 있든 누구나 공정한 기회가 주어져야 한다",
        "이게 바로 우리가 믿는 정의이고", "새로운 꿈을 꾸고 더 넓은 세상을 향해 꿈을 키워나가기를 바란다",
        "서울시, 27일 평창군과 ‘서울런 업무협약식’", "오 시장 “더 많은 학생이 혜택 누리도록 노력”",
        "서울시청에서 열린 ‘서울시-평창군 서울런 업무협약식’에 참석해 이처럼 말했다",
        "서울시청에서 열린 비상경제회의(주요 경제 기관 간담회)에서 모두발언 하고 있다"])

PH, CC = "public-health", "climate-carbon"
G["km-09-ohmynews.txt"] = (
    dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="28"), [PNC], [
    ("인천광역시 내 국립종합병원 설치를 정부에 지속해서 요청하고 있다'고 밝혔다", PNC, None, [PH], "plan"),
    ("정세균 국무총리에게도 이같이 요청한 바 있다", PNC, None, [PH], "plan"),
    ("영종도 인천공항 인근에 감염병·항공 재난에 대비 할 수 있는 국립종합병원 건립을", PNC, None, [PH, DS], "plan"),
    ("이번 코로나 발생 뒤 인천의료원이 시민들에게 소중한 존재라는 걸 절감했다", PNC, None, [PH], "statement"),
    ("인천시의 코로나 초기 대응 평가가 긍정적이었던 것은", PNC, None, [PH], "achievement"),
    ("이를 위해 100억 원을 지급해 임금 및 수당에 대비했다", PNC, None, [PH], "achievement"),
    ("의료인력지원 MOU(양해각서) 체결을 통한 전문의를 확보할 계획이다", PNC, None, [PH], "plan"),
    ("올해 하반기 실시하는 공중보건 장학제도 사업도 활용하겠다", PNC, None, [PH], "plan"),
    ("인천시는 향후 기후 위기 비상사태 해결에서도 나선다", PNC, None, [CC], "plan"),
    ("온실가스 감축 방안이 포함된 '인천시 기후변화 대응 종합계획'을 수립", None, None, [CC], "plan"),
    ], ["'국립종합병원 설치 요청' 발언은 9일 시정 질문에 대한 답변에서 나왔다"])

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, (meta, officials, claims, not_claims) in G.items():
        doc = {"article": name, "metadata": meta, "officials": officials,
               "claims": [dict(quote=q, speaker=s, date=dt, policies=p, kind=k) for q, s, dt, p, k in claims],
               "not_claims": not_claims}
        (GOLD / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(claims))
