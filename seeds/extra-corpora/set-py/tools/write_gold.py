"""Writes the hand annotations of set-py to gold/ (one JSON file per article)."""
import json
import os

OUT = '/work/blind/set-py/gold'
G = []


def C(quote, speaker, date, policies, kind, speaker_name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        c["speaker_name"] = speaker_name
    return c


def art(name, headline, published, reporter, outlet, jurisdiction, officials, claims, not_claims):
    G.append({
        "article": name,
        "metadata": {"headline": headline, "published": published, "reporter": reporter,
                     "outlet": outlet, "jurisdiction": jurisdiction},
        "officials": officials,
        "claims": claims,
        "not_claims": not_claims,
    })


CP = ["citizen-participation"]

# py-01 서울 성북구, 승인 2019.01.16 10:59; no event day; institutional narration (이승로 named, not quoted)
P = "2019-01-16"
art("py-01-seoultopnews.txt",
    "성북구, 현장에서 경청하고 주민참여예산 팍팍 늘려", "2019-01-16T10:59+09:00", "김시온", None, "11290",
    ["lee-seung-ro"],
    [
        C("서울 성북구가 주민참여예산 사업을 파격적으로 확대한다", None, P, CP, "plan"),
        C("8억 원 규모의 주민제안을 공모한다고 밝혔다", None, P, CP, "plan"),
        C("2019 주민참여예산 11억4천만 원도 타 구에 비해 규모가 큰 편이라", None, P, CP, "statement"),
        C("해결방안을 모색하는 현장구청장실을 운영해왔다", None, P, CP, "statement"),
        C("그 어느 때보다 주민의 관심과 참여가 높았다", None, P, CP, "achievement"),
        C("주민참여예산 규모 확대를 결정하게 된 것이다", None, P, CP, "achievement"),
        C("공모분야는 주민공동체, 복지, 교육, 환경 및 도시문제 등이며", None, P, CP, "statement"),
        C("주민투표 결과를 반영해 사업을 확정한다", None, P, CP, "statement"),
        C("확정된 사업은 4월 추가경정예산에 반영해", None, P, CP, "plan"),
    ],
    ["성북구, 현장에서 경청하고 주민참여예산 팍팍 늘려", "2019 주민참여예산제 확대운영 포스터"])

# py-02 서울 마포구, date line 2025-11-05; first 반상회 '4일' = 2025-11-04
P, D = "2025-11-05", "2025-11-04"
SM = ["small-merchants"]
art("py-02-asiae.txt",
    "구청장과 상인들 소통하며 현안 논의", "2025-11-05", "김민진", "아시아경제", "11440",
    ["park-gang-su"],
    [
        C("‘마포 11대 상권 릴레이 반상회’를 순차적으로 개최한다", None, P, SM, "plan"),
        C("상권별 현안을 공유하며 활성화 방안을 모색하기 위해 마련됐다", None, P, SM, "statement"),
        C("11대 상권 현황과 추진 사업 설명, 상인들과 한강변 입지 활용", None, D, SM, "statement"),
        C("골목 상권의 발전과 협력을 다짐했다", None, D, SM, "plan"),
        C("상인과 지속적으로 소통해 마포형 상권 활성화 모델을 만들어가겠다", "park-gang-su", P, SM, "plan"),
    ],
    ["박강수 마포구청장이 합정 하늘길 상권 상인의 질의에 답변을 하고 있다",
     "첫 주자인 합정 하늘길 상권 반상회는 4일 합정동 먹자골목 내 음식점에서 진행됐다",
     "반상회는 6일 연남 끼리끼리길",
     "마포 11대 상권은 각각 고유한 개성과 매력을 지니고 있다"])

# py-03 경기 성남시, date line 2025-09-10; 개소식 '10일' = publication day
P = "2025-09-10"
CB = ["childcare-birth"]
art("py-03-asiae.txt",
    "신상진 성남시장, 해님달님놀이터 신흥점 개소식 참석", "2025-09-10", "이종구", "아시아경제", "41130",
    ["shin-sang-jin"],
    [
        C("신흥제2어린이집 1층에 새롭게 조성된 해님달님놀이터 신흥점 개소식에 참석했다", None, P, CB, "achievement"),
        C("신흥점은 신흥제2어린이집 1층에 44.5㎡ 규모로 조성됐으며", None, P, CB, "statement"),
        C("11번째 해님달님놀이터인 신흥점 개소를 진심으로 축하한다", "shin-sang-jin", P, CB, "achievement"),
        C("해님달님놀이터는 단순한 보육시설을 넘어", "shin-sang-jin", P, CB, "statement"),
        C("분당어린이종합지원센터 내 구미점을 추가 조성할 예정", "shin-sang-jin", P, CB, "plan"),
        C("해님달님놀이터 사업을 지속 확대해 나가겠다", "shin-sang-jin", P, CB, "plan"),
        C("성남시 대표 육아지원 사업이다", None, P, CB, "statement"),
    ],
    ["신상진 성남시장이 해님달님놀이터 신흥점 개소식에서 아동·보호자와 기념촬영을 하고 있다",
     "현판 제막식과 테이프 커팅, 시설 견학, 기념촬영 등이 진행됐다",
     "AI 요약 기술은 핵심만 전달합니다"])

# py-04 경기 안산시, 입력일 2019-09-05 10:02; '5일 밝혔다' = publication day; institutional (시 관계자)
P = "2019-09-05"
JW = ["jobs", "welfare"]
art("py-04-viva100.txt",
    "안산형 다문화 다함께 다돌봄 사업 참여자 모집", "2019-09-05T10:02+09:00", "이승식", None, "41270",
    ["yun-hwa-seop"],
    [
        C("3개월 동안 추진할 참여자 26명을 모집한다고 5일 밝혔다", None, P, JW, "plan"),
        C("지역공동체일자리 하반기 사업으로 ‘달뜨는 언덕마을 공방’ 등 21개 사업을 추진 중이며", None, P, ["jobs"], "statement"),
        C("전문 인력을 포함해서 모두 26명이다", None, P, JW, "statement"),
        C("외국인주민관련 주요 현안을 해소하는데 참여한다", None, P, JW, "statement"),
        C("참가자 모집은 10일까지 6일 동안 진행", None, P, JW, "statement"),
        C("오는 27일 합격자를 발표한다", None, P, JW, "statement"),
        C("일자리 사각지대였던 고려인 동포를 위한 일자리 창출효과와", None, P, JW, "statement"),
        C("민선7기 공약인 일자리 15만개 달성을 위해 노력할 것", None, P, ["jobs"], "target"),
    ],
    ["안산형 다문화 다함께 다돌봄 사업 참여자 모집", "고려인-다문화 특구 현안문제 함께 해결모색"])

# py-05 경기 양평군, undated (민선8기 취임 2주년 press conference '1일'): published and all dates null
art("py-05-joongdo.txt",
    None, None, "김호영", "중도일보", "41830",
    ["jeon-jin-seon"],
    [
        C("양평도서관 개관, 작은학교 채움사업 지원, 청년신혼부부 전세대출 이자지원, 노인복지관 개관 등을 주요성과로 소개했다",
          "jeon-jin-seon", None, ["culture-tourism", "education", "housing", "youth-policy", "welfare"], "achievement"),
        C("두물머리와 세미원을 하나로 묶어 국가정원화하고", "jeon-jin-seon", None, ["culture-tourism"], "plan"),
        C("양근천 청계천화, 양근강변길 특화거리 조성, 물안개공원 출렁다리 설치", "jeon-jin-seon", None,
          ["culture-tourism"], "plan"),
    ],
    ["전반기 주목할 만한 성과는 군단위 인구수 전국 1위, 증가수 2위를 차지한 인구증가",
     "군민의 소통이 알찬 결실을 맺고 있다",
     "중도일보(www.joongdo.co.kr), 무단전재 및 수집, 재배포 금지"])

# py-06 제주 서귀포시 (행정시, no own code -> 50), 입력 2019-06-02 10:09; '2일 밝혔다' = publication day
P = "2019-06-02"
FV = ["future-vehicles"]
art("py-06-ihalla.txt",
    "성산포항에 전기차 충전시설 확충한다", "2019-06-02T10:09+09:00", "문미숙", "한라일보", "50",
    [],
    [
        C("서귀포시 성산포항에 전기자동차 충전시설이 확충된다", None, P, FV, "plan"),
        C("도심생활형 전기차 충전시설 39기를 오는 9월까지 설치 예정이라고 2일 밝혔다", None, P, FV, "target"),
        C("충전시설의 확충 필요성이 꾸준히 제기돼 왔다", None, P, FV, "statement"),
        C("이번에 설치하는 충전시설은 1:N 방식으로", None, P, FV, "statement"),
        C("10월부터 본격 서비스에 들어갈 예정이다", None, P, FV, "plan"),
        C("카본프리아일랜드 2030(Carbon Free Island) 정책의 일환으로", None, P, FV + ["climate-carbon"], "plan"),
    ],
    ["서귀포시, 복층주차장에 39기 설치…10월부터 서비스", "사진은 성산포항 전경. 사진=서귀포시 제공",
     "서귀포시 주요기사더보기"])

# py-07 제주특별자치도, 2025-09-04; press conference '9월 4일' = publication day
P = "2025-09-04"
DC = ["decentralization"]
art("py-07-ilganjeju.txt",
    "[논란] 오영훈 지사 “2026년 기초자치단체 도입 불가”인정...도민대상 첫 사과 표명", "2025-09-04", "양지훈", "일간제주", "50",
    ["oh-young-hun"],
    [
        C("즉 기초자치단체 부활이 사실상 2026년 도입 목표에서 한발 물러나", None, P, DC, "statement"),
        C("민선8기 오영훈 도정에서 추진이 어렵게 된 사실에 대해 공식적으로 인정한 것", None, P, DC, "statement"),
        C("무리하게 추진된 면에 대해 사과하면서 도민들께 사과를 표하기도 했다", "oh-young-hun", P, DC, "criticism"),
        C("현 시점에서는 내년 지방선거 때 기초자치단체 도입은 어렵다", "oh-young-hun", P, DC, "statement"),
        C("행정안전부 검토 결과, 주민투표가 이뤄지더라도 법률 정비", "oh-young-hun", P, DC, "statement"),
    ],
    ["오영훈 도정의 공론화·협의 부족",
     "여론조사 주도한 제주도의회, 오영훈 도정에 ‘속도 조절’ 강력 일침",
     "오영훈 제주도지사, 9월 4일 출입기자간담회에서 제주형 행정체제개편 관련 입장 피력",
     "오영훈 제주지사는 9월 4일 도청에서 출입기자단과 간담회를 개최해 제주현안에 대해 이야기를 나눴다",
     "자존심이 강한 오영훈 지사가 어떻게 반응할지 여부에 관심이 쏠렸다"])

# py-08 경북 김천시, 등록일 2025-07-18 16:10 (게재일 07-19); 정례회 '17일' = 2025-07-17
P, D = "2025-07-18", "2025-07-17"
art("py-08-kbmaeil.txt",
    "배낙호 김천시장 \"공공기관 2차 이전, 균형개발 거점돼야\"", "2025-07-18T16:10+09:00", "나채복", None, "47150",
    ["bae-nak-ho"],
    [
        C("공공기관 2차 이전은 혁신도시가 혁신도시답게 지역 균형개발의 거점으로", "bae-nak-ho", D, DC, "plan"),
        C("여러 지자체 간 유치 경쟁 과열 상황에 대응하기 위해 개최됐다", None, D, DC, "statement"),
        C("한국도로공사 등 12개 기관 이전한 상태다", None, P, DC, "achievement"),
        C("상주인원도  5,000여 명 에 달한다", None, P, DC, "achievement"),
        C("혁신도시 정주 여건 개선 사업에 박차를 가하고 있다", None, P, DC, "statement"),
        C("주력 신성장 동력산업으로 육성하는 등 미래를 위한 준비에도 만전을 기하고 있다", None, P, DC, "statement"),
        C("혁신도시가 김천지역에 어느 정도 기여하는지에 대해서는 시민들 사이에서 논란이 지속되고 있다", None, P, DC, "criticism"),
        C("정부 소속 7개 기관은 순수한 공무원 조직이고", None, P, DC, "criticism"),
    ],
    ["전국혁신도시(지구) 협의회 정례회에 참석한 배낙호 시장이 발언을 하고 있다"])

# py-09 경북 울진군, 입력 2025-08-26 14:53; meeting '지난 25일', county's statement '26일 밝혔다'
P, D = "2025-08-26", "2025-08-25"
ET = ["energy-transition"]
art("py-09-kmib.txt",
    "울진군, 수소산업 정책 조정기구 출범…국가 수소경제 선도", "2025-08-26T14:53+09:00", "안창한", "국민일보", "47930",
    ["son-byeong-bok"],
    [
        C("원자력 기반 수소산업 육성을 위한 정책 조정·심의 기구를 공식 출범했다", None, P, ET, "achievement"),
        C("본격적인 활동에 들어갔다고 26일 밝혔다", None, P, ET, "achievement"),
        C("울진군의 수소산업 중심지 도약을 목표로 정책 수립 시 심의·조정 기능을 수행한다", None, P, ET, "statement"),
        C("국가 수소산업 정책과 연계할 수 있는 실질적 정책 마련에 의견을 모았다", None, D, ET, "plan"),
        C("원자력수소 국가산단 조성에 한층 더 속도를 낼 방침이다", None, P, ET, "plan"),
        C("국가의 수소경제 목표를 달성할 수 있는 가장 현실적이고 필수적인 사업", "son-byeong-bok", P, ET, "statement"),
        C("수소위원회가 전문성과 지역 현안을 반영한 정책적 기반 마련에 중심적인 역할을 해주길 기대한다", "son-byeong-bok", P, ET,
          "statement"),
    ],
    ["지난 25일 울진군청 대회의실에서 수소위원회 위원 위촉식과 임시회가 열렸다",
     "수소위원회는 지자체, 학계, 연구기관, 주민대표 등 17명으로 구성됐으며 임기는 2년이다",
     "위원장 선출, 산단 조성 진행 상황 보고, 주요 현안 논의 등이 이뤄졌다"])

os.makedirs(OUT, exist_ok=True)
for g in G:
    with open(os.path.join(OUT, g["article"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(g["article"], len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G))
