"""Writes gold/*.json for set-lk (claims as tuples: quote, speaker, date, policies, kind)."""
import json, os
G = {}
def art(name, headline, published, reporter, outlet, jur, officials, claims, not_claims):
    G[name] = {"article": name,
               "metadata": {"headline": headline, "published": published, "reporter": reporter,
                            "outlet": outlet, "jurisdiction": jur},
               "officials": officials,
               "claims": [{"quote": q, "speaker": s, "date": d, "policies": p, "kind": k} for q, s, d, p, k in claims],
               "not_claims": not_claims}

D = "2024-02-13"
art("lk-01-jeonmae.txt", "이영훈 인천 미추홀구청장 “미추홀의 재부흥 위한 초석 놓을 것”", "2024-02-13T17:00+09:00",
    "맹창수", "전국매일신문", "28177", ["lee-yeong-hun"], [
    ("구도심은 대단위 아파트 단지들로 바뀌고 있고", "lee-yeong-hun", D, ["housing", "urban-regeneration"], "statement"),
    ("평생학습 프로그램 등 복지·건강·문화 정책을 제대로 시행하며", "lee-yeong-hun", D, ["education", "welfare", "culture-tourism"], "statement"),
], ["이영훈 인천 미추홀구청장 “미추홀의 재부흥 위한 초석 놓을 것”", "인구 최대 50만까지 증가 예상",
    "지역 정체성 확립 차원에서 2018년 현재의 이름으로 바꿨다", "‘전국 첫 자치구’였다",
    "도심은 쇠퇴해 지역 발전이 정체됐다"])

D = "2023-01-17"
art("lk-02-kgnews.txt", "[신년 인터뷰] 차준택 인천 부평구청장 “민선 7기 성과 바탕으로 수도권 중심 도시 도약할 것”",
    "2023-01-17T14:31+09:00", None, None, "28237", ["cha-jun-taek"], [
    ("민선8기 부평구는 아동과 청년에 집중할 계획이다", None, D, ["youth-policy", "welfare"], "plan"),
    ("조직 개편을 통해 아동복지과와 청년정책팀을 신설했다", None, D, ["welfare", "youth-policy"], "achievement"),
    ("유니세프 인증 아동친화도시 지정에 도전한다", None, D, ["welfare"], "plan"),
    ("청년 생활 전반에 걸친 종합 정책을 펼칠 계획이다", None, D, ["youth-policy", "jobs", "startup-support", "housing"], "plan"),
    ("올해는 문화도시 사업 3년차다", None, D, ["culture-tourism"], "statement"),
    ("인천에서 유일하게 문화도시 조성 사업을 진행하는 만큼", None, D, ["culture-tourism"], "plan"),
    ("다양한 문화예술 활동을 접하고 누릴 수 있게 돕는다", None, D, ["culture-tourism"], "plan"),
    ("원도심이라는 부평의 특성상 복지 정책에도 힘쓴다", None, D, ["welfare"], "plan"),
    ("취약계층 사회안전망을 더욱 촘촘하게 구축하고", None, D, ["welfare"], "plan"),
    ("부평형 통합돌봄과 찾아가는 보건복지 서비스를", None, D, ["welfare"], "plan"),
    ("1인 가구를 지원하기 위해 부동산 계약을 돕고", None, D, ["welfare", "housing"], "plan"),
], ["토끼의 지혜로 어려움을 헤쳐가고", "수도권 중심도시로 도약하겠다고 밝혔다"])

D = "2018-11-02"
art("lk-03-mbn.txt", "조희연 \"내년 서울 전 자치구서 고교 무상급식 실시 노력하겠다\"", "2018-11-02T12:19+09:00",
    None, "MBN", "11", ["jo-hui-yeon"], [
    ("고등학교 무상급식을 전면 실시하는 방안을 고려하고 있다고 밝혔습니다", "jo-hui-yeon", D, ["education"], "plan"),
    ("절반가량에서 고교 무상급식을 할 수 있다", "jo-hui-yeon", D, ["education"], "statement"),
    ("전면실시가 이뤄지도록 시·시의회와 노력해봤으면 한다", "jo-hui-yeon", D, ["education"], "plan"),
    ("9개 자치구에서 내년 고교 무상급식을 시범실시한다는 계획을 발표했습니다", None, "2018-10-29", ["education"], "plan"),
    ("무상급식 실시 사실을 몰라 참여하지 못했다는 볼멘소리가 나왔습니다", None, D, ["education"], "criticism"),
    ("불참한 구청에 학부모 민원이 쏟아지기도 했습니다", None, D, ["education"], "criticism"),
    ("추가로 참여 의사를 밝힌 것으로 전해졌습니다", None, D, ["education"], "statement"),
    ("서울시가 5일까지 추가 참여 신청을 받은 뒤 명단을 정리해 통보해주기로 했다", None, D, ["education"], "plan"),
    ("이후 무상급식 시범실시 자치구가 확정될 것", None, D, ["education"], "plan"),
], ["조희연 \"내년 서울 전 자치구서 고교 무상급식 실시 노력하겠다\"", "MBN APP 다운로드"])

D = "2020-10-19"
art("lk-04-mt.txt", "인천 송도11공구 바이오융합 산단 지정…바이오 클러스터 날개", "2020-10-19T10:42+09:00",
    "강남주", "뉴스1", "28", ["park-nam-chun"], [
    ("인천 송도11공구 북단이 바이오 관련 산업단지로 개발된다", None, D, ["medical-industry"], "plan"),
    ("‘바이오융합 산업기술단지’로 지정됐다고 19일 밝혔다", None, D, ["medical-industry"], "achievement"),
    ("의료기기 글로벌 실증 트레이닝 센터 등이 들어선다", None, D, ["medical-industry"], "plan"),
    ("본사·연구소 227개를 유치해 4600여명의 일자릴 창출할 예정이다", None, D, ["medical-industry", "investment-attraction", "jobs"], "target"),
    ("송도11공구 바이오 클러스터 구축사업은 날개를 달게 됐다", None, D, ["medical-industry"], "statement"),
    ("단일도시 세계 1위 바이오의약품 생산도시인 송도에는", None, D, ["medical-industry", "investment-attraction"], "statement"),
    ("중소기업들을 활발히 유치해 이같은 문제점을 개선한다는 목표다", None, D, ["investment-attraction", "medical-industry"], "plan"),
    ("인천의 바이오 클러스터가 한 단계 발전하는 계기가 될 것", "park-nam-chun", D, ["medical-industry"], "statement"),
], ["송도 바이오융합 산업기술단지 조감도", "저작권자 © 뉴스1코리아"])

D = "2022-02-10"
JW = ["jobs", "welfare"]
art("lk-05-sijung.txt", "강동구, 역대 최대 135억원 예산으로 투입···어르신 일자리 제공", "2022-02-10T18:35+09:00",
    "이윤수", "시정일보", "11740", ["lee-jeong-hun"], [
    ("'2022년도 어르신일자리 사업'에 3557명을 채용했다", None, D, JW, "achievement"),
    ("구는 올해 더 많은 어르신들의 일자리 확보를 위해 노력했다", None, D, JW, "statement"),
    ("다양한 유형의 신규 사업 9개를 추가로 발굴했다", None, D, JW, "achievement"),
    ("2월 초부터 본격적인 활동을 시작했다", None, D, JW, "statement"),
    ("약 10~11개월 간 활동을 지속할 예정이다", None, D, JW, "plan"),
    ("어르신일자리 사업의 안정성과 연속성을 확보할 예정이다", None, D, JW, "plan"),
], ["강동구, 역대 최대 135억원 예산으로 투입···어르신 일자리 제공"])

D = "2026-01-07"
art("lk-06-heraldcorp.txt", "“멈추지 않겠습니다”...박강수 마포구청장, 2026 신년인사회서 구정 비전 제시", "2026-01-07",
    "박종일", "헤럴드경제", "11440", ["park-gang-su", "oh-se-hoon"], [
    ("‘누구나 카페’ 등 장애인 자립 지원 정책 등을 대표 사례로 언급했다", "park-gang-su", D, ["welfare", "childcare-birth", "education"], "achievement"),
    ("골목상권 활성화 정책도 마포의 중요한 변화로 짚었다", "park-gang-su", D, ["culture-tourism", "small-merchants"], "achievement"),
    ("AI와 청년을 중심으로 한 ‘K-실리콘밸리’", "park-gang-su", D, ["fourth-industrial-revolution", "youth-policy"], "plan"),
], ["오세훈 시장이 노란색 넥타이를 매고 미소짓고 있으며", "구청장의 한 시간은 36만 마포구민의 한 시간을 모은 것과 같다",
    "단 한순간도 허투루 쓰지 않겠다는 마음으로 현장을 누벼왔다", "‘마포강변 8.2 프로젝트’를 본격 추진하겠다",
    "이어 마포의 중장기 비전도 분명히 했다"])

D = None
PT = ["public-transit"]
art("lk-07-incheonilbo.txt", None, None, None, None, "28720", ["mun-gyeong-bok"], [
    ("섬 지역 이동권 보장에 주력할 예정이다", None, D, PT, "plan"),
    ("전 국민 동일 요금제를 내년 하반기 군비를 투입해 시범 운영할 예정이다", None, D, PT, "plan"),
    ("내년 3월 중 시범 노선으로 확정한다는 방침이다", None, D, PT, "plan"),
    ("여객선 이용 시 1250원 운임 요금을 내고 있다", None, D, PT, "statement"),
    ("타 지역 주민들은 요금 전부를 부담하고 있는 상황이다", None, D, PT, "statement"),
    ("옹진군 주민들이 내는 1250원을 적용할지 검토하겠다", "mun-gyeong-bok", D, PT, "plan"),
    ("시내버스 준공영제 사업에 5000억원가량을 지원하고 있다", "mun-gyeong-bok", D, PT, "statement"),
    ("궁극적으로 완전 공영제가 시행돼야 한다", "mun-gyeong-bok", D, PT, "plan"),
    ("신규 선사 공모에도 사활을 건다는 각오다", None, D, PT, "plan"),
], ["2023년도 군정 청사진을 발표하고 있다", "문경복 인천 옹진군수가 2023년도 군정 청사진을 발표했다",
    "이 같은 계획을 밝혔다", "이는 최종적으로 불발된 것으로 확인됐다"])

A = ["agriculture"]
art("lk-08-kihoilbo.txt", None, None, "김혁호", "기호일보", "28710", [], [
    ("각종 농업보조사업을 벌인다", None, D, A, "plan"),
    ("올해 농업농촌분야 예산은 730억 원으로", None, D, A, "statement"),
    ("해마다 농업예산을 확대편성해", None, D, A, "plan"),
    ("농산물 품질 향상과 농가소득 증대 같은 농업인 중심 사업이다", None, D, A, "statement"),
    ("친환경소형농기계(78종) 지원사업이 있다", None, D, A, "statement"),
    ("33㎡는 최대 1천200만 원까지 지원한다", None, D, A, "statement"),
    ("농가 신청이 많은 보조사업 중 하나다", None, D, A, "statement"),
    ("올해 예산은 2억7천만 원이다", None, D, A, "statement"),
    ("78종의 농기계에 대해 최대 1천320만 원까지 지원한다", None, D, A, "statement"),
    ("생산비 절감으로 가격 경쟁력을 높이고 인력난 해소에 이바지한다", None, D, A, "statement"),
    ("예산은 9억 원이다", None, D, A, "statement"),
    ("신청자격은 강화군에 주소를 두고", None, D, A, "statement"),
    ("다양한 농업관련 보조사업을 추진 중이다", None, D, A, "statement"),
], ["오는 17일까지 읍면사무소에 신청하면 된다", "나머지 자세한 사항은 읍면사무소에 문의하면 된다",
    "기호일보 - 아침을 여는 신문"])

art("lk-09-ajunews.txt", None, None, None, None, "11350", ["oh-seung-rok"], [
    ("복지 사각지대 해소 정책 추진 등에서 높은 평가를 받아왔다", None, D, ["welfare"], "achievement"),
    ("전 세대를 아우르는 복지체계를 구축했다", None, D, ["welfare", "childcare-birth", "jobs"], "achievement"),
    ("지속 가능한 복지 실현에 힘쓰고 있다", None, D, ["welfare"], "statement"),
    ("그 가치를 인정받아 기쁘다", "oh-seung-rok", D, ["welfare"], "achievement"),
    ("생애주기별 맞춤 복지를 강화해 구민 모두가 체감하는 복지를 실현하겠다", "oh-seung-rok", D, ["welfare"], "plan"),
], ["'지방정부 부문' 대상을 수상한 후 기념촬영을 하고 있다", "이번 시상식은 채널A가 주최하며"])

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
os.makedirs(out, exist_ok=True)
n = 0
for name, g in G.items():
    json.dump(g, open(os.path.join(out, name + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    n += len(g["claims"]); print(name, len(g["claims"]))
print("total", n)
