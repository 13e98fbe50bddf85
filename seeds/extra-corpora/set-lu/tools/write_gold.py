"""Writes gold/*.json for set-lu from compact tables (hand annotation)."""
import json, os
G = {}
def art(name, meta, officials, claims, not_claims):
    G[name] = {"article": name,
               "metadata": dict(zip(["headline", "published", "reporter", "outlet", "jurisdiction"], meta)),
               "officials": officials,
               "claims": [dict(zip(["quote", "speaker", "date", "policies", "kind"], c)) for c in claims],
               "not_claims": not_claims}

D = "2019-02-18"; K = "kim-mun-o"
art("lu-01-seoul.txt", ["대구 달성군 영농정착 지원으로 젊은 귀농인 유입", "2019-02-18T11:26+09:00", "한찬규", "서울신문", "27710"], [K], [
 ("‘청년창업형 후계농’과 ‘일반 후계농’으로 구분하여 지난 1월 말까지 사업신청을 받았다", None, D, ["agriculture", "startup-support", "youth-policy"], "statement"),
 ("후계농 11명과 청년창업농 17명, 총 28명이 신청했다", None, D, ["agriculture", "startup-support", "youth-policy"], "achievement"),
 ("후계농 사업은 세대 당 최대", None, D, ["agriculture"], "statement"),
 ("청년창업농 사업은 최대 3년간, 영농정착 지원금 월 80~100만원을", None, D, ["agriculture", "startup-support", "youth-policy"], "statement"),
 ("달성농업의 미래를 이끌어 나갈 젊고 유능한 인재들이 성공적으로 달성군에 정착할 수 있도록 함께 고민하고 노력하겠다", K, D, ["agriculture", "youth-policy"], "plan"),
], ["대구 달성군 영농정착 지원으로 젊은 귀농인 유입", "Copyright ⓒ 서울신문"])

D = "2017-10-22"
art("lu-02-yonhap.txt", ["경남도, 고농도 미세먼지 억제한다…주민체감형 대책 시행", "2017-10-22T08:00+09:00", "황봉규", "연합뉴스", "48"], [], [
 ("주민 체감형 특별관리대책을 시행한다고 22일 밝혔다", None, D, ["fine-dust"], "plan"),
 ("특별대책은 미세먼지 관리기반 구축", None, D, ["fine-dust"], "statement"),
 ("미세먼지 통합상황실을 운영하며 피해사항 접수와 상황 전파에 신속하게 대응한다", None, D, ["fine-dust"], "plan"),
 ("대기오염 경보 문자메시지 수신자를 내년 5월까지 2만명 이상으로 확대해 홍보를 강화한다", None, D, ["fine-dust"], "target"),
 ("대기오염 상황을 신속하게 전파하기로 했다", None, D, ["fine-dust"], "plan"),
 ("대량 배출사업장은 분기별로 특별점검해 미세먼지 배출원 지도·점검을 강화한다", None, D, ["fine-dust"], "plan"),
 ("비산먼지 발생사업장과 쓰레기 불법소각행위도 강력하게 단속한다", None, D, ["fine-dust"], "plan"),
 ("도장시설에 대한 시료 채취도 강화할 방침이다", None, D, ["fine-dust"], "plan"),
 ("시민사회단체와 산업계 관계자를 포함해 13명으로 확대 운영한다", None, D, ["fine-dust"], "plan"),
 ("생활 속 미세먼지 저감 대책에 반영하기 위해서다", None, D, ["fine-dust"], "statement"),
 ("마산자유무역지역을 중심으로 미세먼지 예비주의보가 발령되면", None, D, ["fine-dust"], "plan"),
], ["경남도, 고농도 미세먼지 억제한다…주민체감형 대책 시행", "미세먼지 걱정", "연합뉴스 본문 바로가기 메뉴 바로가기"])

D = "2025-09-15"
art("lu-03-kukinews.txt", ["[지방시대] 하늘 품고 도약하는 사천시...대한민국 우주항공 수도 '우뚝'", "2025-09-15T07:41+09:00", None, None, "48240"], ["park-dong-sik"], [
 ("교육·복지·문화 분야 혁신 등 다방면에서 성과를 만들어냈다는 평가를 받고 있다", None, D, ["education", "welfare", "culture-tourism"], "achievement"),
 ("경상국립대 우주항공기술경영학과 개설 등 교육 인프라 확충도 가시화됐다", None, D, ["education"], "achievement"),
 ("차세대 우주항공 인재 양성과 산업 경쟁력 강화라는 두 축을 동시에 달성하기 위한 전략적 투자다", None, D, ["education"], "statement"),
], ["[지방시대] 하늘 품고 도약하는 사천시", "박동식 사천시장이 프랑스 툴루즈를 방문해 사천시 미래 청사진을 설명하고 있다",
    "우주항공 분야에서는 상징적인 성과가 잇따랐다", "사천~진주 광역권 균형발전을 위한 우주항공복합도시 전략계획 수립",
    "국립창원대학교 사천우주항공캠퍼스 개교식이 열리고 있다", "우주항공 인재양성 주도"])

E = "2024-01-09"; L = "lee-cheol-u"
art("lu-04-ajunews.txt", ["이철우 경북도지사 \"초저출산과의 전쟁 선포\"", "2024-01-10T15:08+09:00", None, None, "47"], [L], [
 ("모든 정책을 초저출산 대책에 대응할 수 있도록 대책을 강구하라고 지시했다고 10일 밝혔다", L, E, ["childcare-birth"], "plan"),
 ("지금 상황은 ‘초저출산과의 전쟁 선포’라는 말밖에는", L, E, ["childcare-birth"], "statement"),
 ("저출산 문제를 해결하기 위해 전 부서에서 팀별로 세세한 부분까지 대책을 내놓을 수 있도록 하라", L, E, ["childcare-birth"], "plan"),
 ("1월 18일 업무 보고 시 하루 동안 끝장 토론 형식으로 진행하겠다", L, E, ["childcare-birth"], "plan"),
 ("먼저 전 실국이 전문가들과 토론을 통해 의견을 충분히 수렴해 대책을 마련하라", L, E, ["childcare-birth"], "plan"),
 ("전담 전문위원회도 구성해야 한다", L, E, ["childcare-birth"], "plan"),
 ("어떻게 하면 경상북도에서 아이를 많이 낳고 키울 수 있는지 완벽한 체제를 만들어", L, E, ["childcare-birth"], "plan"),
 ("저출산 문제 해결을 위해 사회적, 정신적 운동까지 모두 포함해서 할 수 있는 방법을 다 찾아내야 한다", L, E, ["childcare-birth"], "plan"),
 ("민간 투자 활성화, 시군과 함께 중앙 부처 예산 확보 등 모든 부분에서 총체적으로 대응해야 한다", L, E, ["childcare-birth"], "plan"),
 ("문제는 수도권 병", L, E, ["childcare-birth", "decentralization"], "statement"),
], ["이철우 경북도지사 \"초저출산과의 전쟁 선포\"", "이 지사, 18일 업무 보고 시 대안 마련 지시...끝장 토론할 것",
    "\"경북도에서 초저출산 문제 해결, 새로운 출구 찾겠다\""])

D = "2021-03-11"; S = "song-cheol-ho"
art("lu-05-wowtv.txt", ["송철호 울산시장 \"해상풍력사업 박차…어떤 위기에도 끄떡없는 울산 만들겠다\"", "2021-03-11T15:21+09:00", None, "한국경제신문", "31"], [S], [
 ("대한민국 최초로 추진하는 부유식 해상풍력발전사업에 외국자본이 밀려들고 있습니다", S, D, ["energy-transition", "investment-attraction"], "achievement"),
 ("2~3년 안에 해상풍력발전 기자재를 생산하는 제조업체의 굉음소리가", S, D, ["energy-transition"], "statement"),
 ("총 1억6000만달러 규모의 외국인직접투자가 신고됐습니다", S, D, ["investment-attraction"], "achievement"),
 ("부유식 해상풍력발전사업에 세계가 주목하고 있다는 증거입니다", S, D, ["energy-transition"], "statement"),
 ("다섯 곳이 투자를 본격화하고 있습니다", S, D, ["investment-attraction"], "statement"),
 ("이들은 2030년까지 1~2GW급 단지를 각각 조성한다는 계획인데", S, D, ["energy-transition", "investment-attraction"], "target"),
 ("‘동해1 부유식 해상풍력사업’을 동서발전, 에퀴노르사와 공동 추진하고 있습니다", S, D, ["energy-transition"], "statement"),
 ("울산시는 2025년까지 원자력발전소 1개 규모와 맞먹는 1GW 이상의 부유식 해상풍력발전단지를 조성할 계획입니다", S, D, ["energy-transition"], "target"),
 ("2030년까지 6GW 이상의 부유식 해상풍력발전단지를 확대 조성해 21만 명 규모의 고용 창출 효과를 낸다는 목표입니다", S, D, ["energy-transition", "jobs"], "target"),
], ["송철호 울산시장 \"해상풍력사업 박차…어떤 위기에도 끄떡없는 울산 만들겠다\"",
    "울산을 대한민국 경제·산업 특구 중심도시로 육성해 어떤 위기에도 흔들리지 않는 울산을 만들겠다",
    "▷부유식 해상풍력발전사업에 외국자본이 유입되고 있습니다.", "▷울산경제자유구역청이 1월 문을 열었습니다."])

D = "2026-01-13"; J = "ju-nak-yeong"
art("lu-06-kpinews.txt", ["주낙영 시장 \"동양의 로마 경주, 미래 천년 선도 도시로 육성\"", "2026-01-13T13:53+09:00", "장영태", "KPI뉴스", "47130"], [J], [
 ("국제교류 확대, 관광 콘텐츠 고도화, 도시 인프라 정비 등 중·장기 과제를 중심으로 정책을 추진해 나가겠다는 구상이다", None, D, ["culture-tourism"], "plan"),
 ("SMR(소형모듈원자로) 국가산업단지 후보지 선정 이후", None, D, ["energy-transition"], "statement"),
 ("지역 산업과 연계해 중·장기 관점에서 접근하고 있다고 설명했다", None, D, ["energy-transition"], "statement"),
 ("체류형 관광 확대와 도심 혼잡 완화, 관광과 일상이 조화를 이루는 도시 환경 조성이 주요 과제로 제시됐다", None, D, ["culture-tourism"], "plan"),
 ("5개 시내버스 노선을 운영하고 일부 노선은 이색적인 관광경험 및 대중교통 활성화를 위해 2층 버스를 도입할 계획", J, D, ["public-transit", "culture-tourism"], "plan"),
], ["주낙영 시장 \"동양의 로마 경주, 미래 천년 선도 도시로 육성\"", "시정 전반 중·장기 운영 방향과 주요 과제 공유",
    "2025년 APEC 정상회의는 경주의 국제행사 개최 역량을 보여준 계기였다",
    "그 성과가 일회성에 그치지 않고 시정과 행정 전반에 반영될 수 있도록 차분히 정리해 나가겠다"])

D = "2019-03-27"; W = "kwon-young-jin"
art("lu-07-kukinews.txt", ["권영진 대구시장, “물산업기술인증원은 화룡점정…대통령도 인정”", "2019-03-27T18:22+09:00", "최태욱", "쿠키뉴스", "27"], [W], [
 ("물기술인증원 대구 건립은 대한민국 물산업의 미래를 위한", W, D, ["water-industry"], "statement"),
 ("이는 대통령도 필요성을 인정한", W, D, ["water-industry"], "statement"),
 ("물기술인증원 대구 건립의 필요성을 잘 알고 계셨다", W, D, ["water-industry"], "statement"),
 ("대구는 물과 관련한 다양한 경험과 역량을 충분히 쌓아왔다", W, D, ["water-industry"], "achievement"),
 ("물산업인증원을 대구에 건립하는 것은 당연한 이치", W, D, ["water-industry"], "statement"),
 ("4년에 걸친 대구의 노력으로 ‘물기술산업법’을 제정했다", W, D, ["water-industry"], "achievement"),
 ("제도까지 완성한 것이다", W, D, ["water-industry"], "achievement"),
 ("여기에 물산업인증원까지 더해진다면 이거야말로 대한민국 물산업 청사진의 화룡점정이 될 것", W, D, ["water-industry"], "statement"),
 ("‘물산업인증원 대구 유치’가 그 기회를 움켜잡는 것이다", W, D, ["water-industry"], "plan"),
], ["권영진 대구시장, “물산업기술인증원은 화룡점정…대통령도 인정”", "이는 고맙고 반가운 일이다",
    "대구의 미래와 시민의 이익이 극대화할 수 있도록 시정의 방향을 잡아 가자", "기회가 왔을 때 그것을 반드시 잡아야 한다",
    "조병화 시인의 ‘해마다 봄이 되면’을 낭송해"])

D = "2025-07-02"; Y = "kim-yeong-uk"
art("lu-08-busan.txt", ["김영욱 부산진구청장 “전국 첫 ‘청년친화도시’ 지정 성과…부전역 KTX 정차·복합센터 추진” [취임 3년, 단체장을 만나다]", "2025-07-02T18:25+09:00", None, "부산일보", "26230"], [Y], [
 ("임기 중 최대 성과로 전국 최초 ‘청년친화도시’ 지정을 꼽았다", Y, D, ["youth-policy"], "achievement"),
 ("청년친화도시로서 부산진구의 비전을 5개년 로드맵에 담아 체계적으로 실현하겠다는 계획이다", Y, D, ["youth-policy"], "plan"),
 ("부전역 KTX 정차와 복합환승센터 조성 △금정산·백양산국립공원 명칭 변경 등을 힘 있게 추진하겠다고 강조했다", Y, D, ["public-transit"], "plan"),
 ("올해 ‘청년이 머물고 싶은 도시’를 향한 첫걸음을 내디뎠다", Y, D, ["youth-policy"], "achievement"),
 ("전국 최초로 국무조정실이 인증하는 청년친화도시에 지정됐다", None, D, ["youth-policy"], "achievement"),
 ("10억 원을 청년 문화창업 생태계 조성 등에 투입한다", None, D, ["youth-policy", "startup-support"], "plan"),
 ("지난달 25일에는 청년친화도시 거버넌스가 공식 출범했다", None, "2025-06-25", ["youth-policy"], "achievement"),
 ("지역 청년들이 직접 청년 정책을 제안하고 감시하면서", None, D, ["youth-policy"], "statement"),
 ("부산진구는 청년이 기획하고 지역이 함", None, D, ["youth-policy"], "statement"),
], ["김영욱 부산진구청장 “전국 첫 ‘청년친화도시’ 지정 성과", "지난해 62건 수상 등 실적 강조", "환승센터, 부산 대표 공간으로…",
    "금정산·백양산 국립공원 명칭 추진", "주민들의 협력과 격려, 묵묵히 소임을 다해준 직원들 덕분에 가능했다"])

Z = "kim-ju-su"
art("lu-09-ksmnews.txt", [None, None, "박세명", "경상매일신문", "47730"], [Z], [
 ("청춘구행복동 7기 참여자를 모집한다고 밝혔다", None, None, ["youth-policy"], "statement"),
 ("도시청년들이 지역에 안정적으로 정착을 하도록 도움을 주는 프로그램이다", None, None, ["youth-policy"], "statement"),
 ("로컬 크리에이터에 관심있는 20~30대 도시청년 6명을 모집, 프로그램을 운영한다", None, None, ["youth-policy", "startup-support"], "statement"),
 ("청춘구 행복동 7기는 오는 11월 7일~12월 2일까지", None, None, ["youth-policy"], "statement"),
 ("총 4주동안 운영된다", None, None, ["youth-policy"], "statement"),
 ("선발된 6명은 의성군 서부권역인 안계면에서 활동하게 된다", None, None, ["youth-policy"], "statement"),
 ("외지청년들이 지역청년과 지역현안을 협업해 지역의 가능성에 대한 새로운 시선들이 조명될 수 있도록 다양한 지원을 아끼지 않겠다", Z, None, ["youth-policy"], "plan"),
], ["[경상매일신문=박세명기자]"])

os.makedirs('/work/blind/set-lu/gold', exist_ok=True)
for name, g in G.items():
    with open('/work/blind/set-lu/gold/' + name + '.json', 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
    print(name, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
