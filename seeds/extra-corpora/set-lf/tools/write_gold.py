"""Write set-lf gold files. Claim tuple: (quote, speaker, date, policies, kind)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
G = {}

def art(name, meta, officials, claims, not_claims):
    G[name] = {"article": name,
               "metadata": dict(zip(["headline", "published", "reporter", "outlet", "jurisdiction"], meta)),
               "officials": officials,
               "claims": [dict(zip(["quote", "speaker", "date", "policies", "kind"], c)) for c in claims],
               "not_claims": not_claims}

D = "2018-08-31"; P = "2018-09-02"
art("lf-01-cctimes.txt",
    ["충남 10곳 `도시재생 뉴딜사업' 추진한다", "2018-09-02T17:19+09:00", "오세민", None, "44"],
    ["yang-seung-jo"],
    [("`도시재생 뉴딜사업' 대상에 충남도내 6곳이 최종 선정됐다", None, D, ["urban-regeneration"], "achievement"),
     ("당초 목표를 1곳 초과 달성한 것으로", None, D, ["urban-regeneration"], "achievement"),
     ("6개 시·군 6곳(총 사업비 3517억원)이 선정됐다고 31일 밝혔다", None, D, ["urban-regeneration"], "achievement"),
     ("도시재생 뉴딜사업은 주거복지 실현과 도시 경쟁력 회복", None, P, ["urban-regeneration", "housing", "jobs"], "statement"),
     ("5곳 이상 선정을 목표로 행정력을 집중해왔다", None, D, ["urban-regeneration"], "target"),
     ("보령 원도심 뉴딜 프로젝트'가 공모 대상에 이름을 올렸다", None, D, ["urban-regeneration"], "achievement"),
     ("홍성 `꿈을 찾아 새봄둥지, 남문동마을'(〃 117억원)도 공모를 통과했다", None, D, ["urban-regeneration"], "achievement")],
    ["지난해 4곳 이어 6개 시·군 국토부 공모 최종 선정", "1조1323억 투입… 구도심 활성화·일자리 창출 기대",
     "양승조 지사는 “중앙부처", "오세민 기자"])

Z = None
art("lf-02-hankookilbo.txt",
    ["권익현 부안군수 \"청년 정착은 인구소멸 위기 속 희망\"", None, None, "한국일보", "52800"],
    ["gwon-ik-hyeon"],
    [("지역청년지원 분야 행정안전부 장관상을 수상했다", None, Z, ["youth-policy"], "achievement"),
     ("부안군 청년 정책의 지속 가능성과 실효성을 인정받은 것", "gwon-ik-hyeon", Z, ["youth-policy"], "achievement"),
     ("수소경제 활성화를 통한 지역 산업 발전 공로를 인정받아", None, Z, ["energy-transition"], "achievement"),
     ("'부안형 청년 지원 모델' 운영을 통해 생활 인구 유입 효과가 나타나고 있다", "gwon-ik-hyeon", Z, ["youth-policy"], "achievement"),
     ("청년 700명이 지역에 머물렀고, 현재 20여 명이 정착해 살고 있다", "gwon-ik-hyeon", Z, ["youth-policy"], "achievement"),
     ("부안형 청년 지원 모델은 청년들에게 주거·일자리·복지·문화 등", None, Z, ["youth-policy", "housing", "jobs"], "statement"),
     ("전액 군비를 들여 지역 정착 일자리 사업을 추진 중이다", None, Z, ["jobs", "youth-policy"], "statement"),
     ("청년들의 취업난으로 인한 인구 유출은 부안군의 오랜 고민거리", "gwon-ik-hyeon", Z, ["jobs", "youth-policy"], "statement")],
    ["인구 소멸이라는 위기를 극복하기 위해 꾸준히 노력해온 결실이라고 생각합니다",
     "대한민국 지방자치경영대전은 전국 지방자치단체의 창의적이고 모범적인 정책을 발굴해",
     "부안군은 지난해에 이어 올해 2년 연속 수상이다", "2년간 인건비·주거비 지원", "기업 연계 상생 모델 효과",
     "지방경영대전 행안부장관상", "'K리그1 우승' 전북, 광주 꺾고 코리아컵 우승", "권익현 부안군수. 부안군 제공"])

D = "2021-04-22"
art("lf-03-airkorea.txt",
    ["‘미세먼지로부터 안전한 충남’ 만든다", "2021-04-27", None, None, "44"],
    [],
    [("미세먼지 신호등 설치 등 4개 사업을 추진한다고 22일 밝혔다", None, D, ["fine-dust"], "plan"),
     ("추진 사업은 △미세먼지 신호등 설치", None, D, ["fine-dust"], "statement"),
     ("미세먼지 신호등은 주민 누구나 대기상태를 쉽게 알 수 있도록", None, D, ["fine-dust"], "statement"),
     ("총 50대를 유동 인구가 많은 장소에 설치할 계획이다", None, D, ["fine-dust"], "target"),
     ("어린이집 미세먼지 알리미는 어린이집에서 야외활동 시 참고할 수 있도록", None, D, ["fine-dust"], "statement"),
     ("아산시 소재 어린이집 400개소에 설치한다", None, D, ["fine-dust"], "target"),
     ("미세먼지 발생원 소재 시군에 주민 건강 피해 예방을 위한 미세먼지 안심마을과 안심승강장을 조성한다", None, D, ["fine-dust"], "plan"),
     ("미세먼지 안심마을은 대기환경 정보 제공", None, D, ["fine-dust"], "statement")],
    ["- 도, 미세먼지 피해 예방 4개 사업 추진…대기 정보 신속 제공 -", "안심승강장은 버스 승강장 부", "바로가기 : 미세먼지 종합포털 홈"])

D = "2022-07-03"
art("lf-04-gwangnam.txt",
    ["[민선8기 시장군수에 듣는다]정기명 여수시장 \"남해안 거점도시 건설 집중\"", "2022-07-03T17:38+09:00", None, None, "46130"],
    ["jeong-gi-myeong"],
    [("민선 8기 5대 시정방침을 소통화합 열린도시, 인재육성 산업도시, 문화예술 복지도시", "jeong-gi-myeong", D,
      ["citizen-participation", "culture-tourism", "welfare", "climate-carbon"], "plan"),
     ("시정의 답을 현장에서 찾는 소통화합 열린도시를 건립하겠다", "jeong-gi-myeong", D, ["citizen-participation"], "plan"),
     ("시정운영의 투명성과 개방성을 높인다", "jeong-gi-myeong", D, ["citizen-participation"], "plan"),
     ("열린 시정으로 시민에게 만족을 전하는 민선 8기 시정을 만들어 나갈 방침이다", "jeong-gi-myeong", D, ["citizen-participation"], "plan"),
     ("신성장 미래 산업을 추가로 육성해 양질의 일자리를 창출할 전략이다", "jeong-gi-myeong", D, ["jobs"], "plan")],
    ["소통과 화합, 행복한 여수 건설에 총력을 기울이겠다", "여수는 새롭게 변화하고 혁신해야 한다",
     "여수시의 기치로 소통과 화합, 시민 행복을 내걸었다", "2012세계박람회를 성공 개최한 시민 역량을 결집해",
     "코로나19로 힘든 시민들의 고충을 헤아리고", "그는 지역경제 활성화에도 집중한다",
     "새로운 변화·혁신 강조…2026여수세계섬박람회 성공 개최 행정력 집중"])

D = "2022-03-14"
art("lf-05-kmib.txt",
    ["전북 수소경제 선제 대응… 전문위원회 출범", "2022-03-15T04:08+09:00", "김용권", "국민일보", "45"],
    [],
    [("2050 탄소중립과 수소경제 중심의 에너지전환 가속화로", None, D, ["energy-transition", "climate-carbon"], "statement"),
     ("전라북도 수소위원회를 출범했다고 14일 밝혔다", None, D, ["energy-transition"], "achievement"),
     ("수소위원회는 도 정무부지사를 위원장으로", None, D, ["energy-transition"], "statement"),
     ("수소산업 육성과 지원에 관한 기본계획 수립과 관련 시책의 수립·지원 등에 대한 사항을 심의한다", None, D, ["energy-transition"], "statement"),
     ("2030 전라북도 수소산업 육성 발전 계획의 차질 없는 이행과", None, D, ["energy-transition"], "statement"),
     ("유기적인 연계·협력 체계를 구축하고 수소경제를 선도하겠다는 구상이다", None, D, ["energy-transition", "research-development"], "plan")],
    ["전주=김용권 기자 ygkim@kmib.co.kr"])

Z = None
art("lf-06-newdaily.txt",
    ["시민 이동 편의 증대 및 효율적 대중교통 체계 구축 최민호 세종시장, 노선 신설 관련 기자간담회", None, "이길표", None, "36"],
    ["choi-min-ho"],
    [("광역노선 5개와 시내버스 7개 노선을 신설한다", None, Z, ["public-transit"], "target"),
     ("더 효율적 대중교통 체계를 구축하기 위해 이번 노선 개편을 추진했다고 밝혔다", "choi-min-ho", Z, ["public-transit"], "statement"),
     ("5개 광역노선은 세종시에서 인접 지자체(대전·청주·공주)를 연결하는 노선이다", None, Z, ["public-transit"], "statement"),
     ("광역급행버스 ‘세종 M버스’는 내달 10일 개통할 예정이다", None, Z, ["public-transit"], "plan"),
     ("BRT 노선 1003번 버스는 소외지역인", None, Z, ["public-transit"], "statement"),
     ("개통은 내달 1일 운행을 시작한다", None, Z, ["public-transit"], "plan"),
     ("신도심과 공주를 잇는 BRT 노선은 2026년 상반기 개통을 목표로 오는 10월 착공한다", None, Z, ["public-transit"], "plan"),
     ("1001번 노선은 지난해 8월 운행 중이다", None, Z, ["public-transit"], "statement"),
     ("B7 노선이 운행하고 있다", None, Z, ["public-transit"], "statement"),
     ("시내버스 7개 노선도 신설한다", None, Z, ["public-transit"], "target"),
     ("신설하는 271번 노선은 산울동(6생활권) 신규 입주에 따라", None, Z, ["public-transit"], "statement")],
    ["최민호 세종시장이 28일 오전 시청 정음실에서 기자간담회를 하고 있다", "광역 신설 노선도", "4생활권 공동캠퍼스 개교와 지식산업단지"])

D = "2024-01-22"
art("lf-07-joongdo.txt",
    ["[새해설계] 정용래 유성구청장 \"다 함께 더 좋은 유성 만들겠다\"", "2024-01-22T17:04+09:00", "김지윤", None, "30200"],
    ["jeong-yong-rae"],
    [("전민복합문화센터 개관, 학하동 복합커뮤니티센터·신성동 행정복지센터 신축 착공", "jeong-yong-rae", D,
      ["culture-tourism", "childcare-birth"], "achievement"),
     ("구민의 문화 향유 기회를 확대하고", "jeong-yong-rae", D, ["culture-tourism"], "achievement"),
     ("구민들의 적극적인 구정 참여와 공직자들의 노력이 빛을 발했던 한해", "jeong-yong-rae", D, ["citizen-participation"], "achievement")],
    ["작년 현안사업 추진.외부 수상 등 성과의 해", "창업.마을.돌봄.문화 등 분야별 생태계 조성",
     "구민의 성원과 참여로 많은 현안사업을 내실 있게 진행했다", "여러 사람의 마음을 모아 새로운 가치를 만드는 미래혁신도시로 도약하겠다는 것이다",
     "한국서비스품질지수 3년 연속 전국 1위", "정용래 대전 유성구청장."])

D = "2022-01-05"
art("lf-08-jnilbo.txt",
    ["미래가 기대되는 체류형 문화관광도시로 도약", "2022-01-05T13:38+09:00", None, None, "29110"],
    ["lim-taek"],
    [("인구 10만명 회복과 함께 구도심 활성화의 기틀을 다지며", None, D, ["urban-regeneration"], "achievement"),
     ("재임 3년6개월 동안 동구는 문화관광도시로 거듭났다고 자평했다", "lim-taek", D, ["culture-tourism"], "achievement"),
     ("광주 대표 문화관광도시로 도약할 수 있도록 하겠다", "lim-taek", D, ["culture-tourism"], "plan"),
     ("동구가 문화관광도시로 발돋움할 수 있도록 주력하고 있는 것이 바로 '빛의 분수대' 조성사업이다", None, D, ["culture-tourism"], "statement"),
     ("대한민국 대표 도심 야간관광 거점으로 육성하고자 부단한 노력을 기울여왔다", "lim-taek", D, ["culture-tourism"], "statement"),
     ("'미디어 테마 콘텐츠 체험관광 플랫폼' 조성사업을 차질 없이 추진할 계획이다", "lim-taek", D, ["culture-tourism"], "plan"),
     ("'추억의 충장축제'는 코로나 시대 개최 가능한 지역 축제의 모델", None, D, ["culture-tourism"], "achievement")],
    ["●2022 새해다짐 임택 광주 동구청장", "코로나19 이후의 새로운 시대를 준비하는데 만전을 기하겠다",
     "모두가 공감하는 소통행정을 추진하며", "동구는 과거 쇠락하는 도시 이미지를 완전히 씻어냈다"])

D = "2018-01-02"
art("lf-09-weeklytoday.txt",
    ["제주도, 전기차 1만 대 시대…'탄소없는 섬' 실현", "2018-01-02T21:08+09:00", "장용", "위클리오늘", "50"],
    [],
    [("전기차 1만 대 시대를 맞는 2018년도에 1070억여 원을 투입해", None, D, ["future-vehicles", "climate-carbon"], "plan"),
     ("제주 전기차 민간보급은 총 3634대 보급을 목표로 추진된다", None, D, ["future-vehicles"], "target"),
     ("국비 보조금이 200만 원 줄어들어, 대당 1800만원 이내(추후결정) 지원받을 수 있다", None, D, ["future-vehicles"], "statement"),
     ("전기이륜차는 차종 규모별로 230만~350만 원까지 차등 지원될 예정이다", None, D, ["future-vehicles"], "statement"),
     ("내연차량의 전기차 전환을 유도해 도내 차량 증가 억제를 통한 교통난을 최소화해 나간다", None, D, ["future-vehicles"], "plan"),
     ("완속충전기 2430기를 추가로 설치해 전기차 운행여건 및 충전편의를 제고한다", None, D, ["future-vehicles"], "target")],
    ["▲전기차 구매 지원에 880억여 원을 투입", "▲충전기 인프라 최적화 및 이용 편의 환경 조성에 116억여 원을 투입",
     "전기차 구매 지원‧충전 인프라 확충 등 혜택, 연관산업 육성을 통한 일자리 창출",
     "‘탄소없는 섬, 제주’ 실현을 통한 청정 제주 브랜드 가치를 극대화한다. <사진=제주도청>", "공동주택 주변 주차도로 전봇대를 활"])

if __name__ == "__main__":
    out = os.path.join(HERE, "..", "gold")
    os.makedirs(out, exist_ok=True)
    for name, g in G.items():
        with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
        print(name, len(g["claims"]))
    print("total", sum(len(g["claims"]) for g in G.values()))
