"""Writes the hand annotations of set-oy to gold/."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
G = {}
def C(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d

# oy-01 인천시 복지 업무보고 (institutional narration)
E = "2025-11-28"
G["oy-01-kmib.txt"] = {
 "metadata": {"headline": "인천시, 외로움돌봄국 신설 등 보건복지 정책 강화", "published": "2025-11-30",
              "reporter": None, "outlet": None, "jurisdiction": "28"},
 "officials": [],
 "claims": [
  C("시는 내년 보건복지 분야에서 ‘위기가구 발굴, 취약계층 기본생활 보장 강화’", None, E, ["welfare", "public-health"], "plan"),
  C("제도 밖 위기가구를 적극 발굴·지원할 계획이다", None, E, ["welfare"], "plan"),
  C("인천형 SOS 긴급복지 기준도 6.51% 인상한다", None, E, ["welfare"], "plan"),
  C("또 장애인 일자리를 확대하고 일자리 근무 환경을 개선한다", None, E, ["welfare", "jobs"], "plan"),
  C("장애인복지시설 12곳에는 스마트 플랫폼 구축해", None, E, ["welfare", "jobs"], "plan"),
  C("새로운 사회문제에 대응하기 위해서는 외로움돌봄국을 신설한다", None, E, ["welfare"], "plan"),
  C("24시간 외로움 상담 전화 운영을 통해 고립감 등에 대한 기초상담 및 정보를 제공한다", None, E, ["welfare"], "plan"),
  C("인천사회복지회관을 미추홀구 용현·학익 7블록으로 이전 건립하는 사업을 추진할 예정이다", None, E, ["welfare"], "plan"),
  C("생명존중 안심마을은 70곳으로 확대하고", None, E, ["public-health", "dementia-care", "welfare"], "target"),
 ],
 "not_claims": ["‘시민중심 복지실현’ 업무보고회", "위기가구 발굴·복지인프라 확충",
                "주요업무 보고회를 개최했다고 30일 밝혔다"],
}

# oy-02 옹진군 등 4개 군 공동건의
D = "2025-08-27"
G["oy-02-segye.txt"] = {
 "metadata": {"headline": None, "published": "2025-08-27", "reporter": None, "outlet": None, "jurisdiction": "28720"},
 "officials": ["mun-gyeong-bok"],
 "claims": [
  C("정부 지방우선정책에서 소외되고 있는 경인지역 인구감소 및 접경지의 공정한 지원을 촉구했다", None, D, ["decentralization"], "criticism"),
  C("수도권 내 인구감소지역도 비수도권과 동일하게 국가 정책의 우선지원 대상에 포함시켜야 한다", None, D, ["decentralization"], "plan", "4곳 단체장"),
  C("건의문은 △옹진·연천·가평·강화 4개 군을 모든 지방우선정책 대상 포함", None, D, ["decentralization"], "plan"),
  C("도서의 특수한 열악성과 접경지 희생을 고려해 국가 정책에서 역차별이 발생하지 않도록 해야 한다", "mun-gyeong-bok", D, ["decentralization"], "plan"),
  C("향후 행정안전부에 이번 건의문을 공식 전달할 계획이다", None, D, ["decentralization"], "plan"),
 ],
 "not_claims": ["국회 소통관에서 강화·연천·가평군과 함께 기자회견을 열고",
                "교통·산업·생활 여건은 비수도권 농산어촌보다 열악한 서해 최북단의 섬 지역",
                "인구 증가 차원의 여러 정책과 사업을 적극적으로 추진하기로 했다"],
}

# oy-03 송파구 추석 복지시설 방문
V = "2025-09-30"; P = "2025-10-02"
G["oy-03-heraldcorp.txt"] = {
 "metadata": {"headline": "아동공동생활가정 등 명절 인사 송파구 취약계층 돌봄활동 강화", "published": "2025-10-02",
              "reporter": None, "outlet": None, "jurisdiction": "11710"},
 "officials": ["seo-gang-seok"],
 "claims": [
  C("구 차원의 지원을 아끼지 않겠다", "seo-gang-seok", V, ["welfare"], "plan"),
  C("보호가 필요한 아동에게 돌봄·양육·자립을 지원하고 있다", None, P, ["welfare", "childcare-birth"], "statement"),
  C("구가 세심히 살피겠다", "seo-gang-seok", V, ["welfare"], "plan"),
  C("노인의 집 등 3곳에 위문품을 전달하고 노숙인 순찰도 강화한다", None, P, ["welfare"], "plan"),
  C("‘우리동네 돌봄단’을 통해 안부 확인을 이어가고 있다", None, P, ["welfare"], "statement"),
  C("따뜻한 관심과 촘촘한 복지를 통해", "seo-gang-seok", P, ["welfare"], "plan"),
 ],
 "not_claims": ["지역 복지시설과 노인 1인 가구를 직접 찾아 따뜻한 격려의 마음을 전했다",
                "소담의 집은 지난해 문을 연 신설 그룹홈으로",
                "여전히 주변에는 소외된 이웃이 있다"],
}

# oy-04 정선군 농어촌 기본소득 시범사업
J = "2025-10-20"
G["oy-04-kmib.txt"] = {
 "metadata": {"headline": None, "published": "2025-10-20", "reporter": "서승진", "outlet": "국민일보", "jurisdiction": "51770"},
 "officials": ["choi-seung-jun"],
 "claims": [
  C("강원도 정선군이 농식품부 농어촌 기본소득 시범사업 대상지로 최종 선정됐다", None, J, ["agriculture"], "achievement"),
  C("이 사업은 농림축산식품부가 추진하는 것이다", None, J, ["agriculture"], "statement"),
  C("전국 인구감소지역 69개 군을 대상으로 공모를 추진해", None, J, ["agriculture"], "statement"),
  C("최종 발표평가를 통해 7개 군을 사업 대상지로 정했다", None, J, ["agriculture"], "statement"),
  C("인구소멸 위기를 근본적으로 돌파하기 위한 사업이다", None, J, ["agriculture"], "statement"),
  C("1인당 월 15만원(연 180만원)을 지역사랑상품권으로 지급한다", None, J, ["agriculture", "small-merchants"], "plan"),
  C("4차례의 재난기본소득 지급을 통해 실행력 또한 갖췄다", None, J, ["agriculture"], "achievement"),
  C("기본소득 시범사업의 2년간 총사업비는 1167억8400만원", None, J, ["agriculture"], "statement"),
  C("2026년에는 총 587억800만원의 사업비가 소요될 전망이다", None, J, ["agriculture"], "statement"),
  C("공공배달앱인 먹깨비 활성화", None, J, ["agriculture", "small-merchants"], "plan"),
  C("큰 힘이 되어 공모에 선정될 수 있었다", "choi-seung-jun", J, ["agriculture"], "achievement"),
  C("정선형 기본소득의 성공적인 모델을 만들어 가겠다", "choi-seung-jun", J, ["agriculture"], "plan"),
 ],
 "not_claims": ["군의 주요 재원은 강원랜드 주식배당금을 활용한다는 계획이다"],
}

# oy-05 원희룡 당선인 새도정준비위 (cut at start; print date)
W = "2014-06-24"
G["oy-05-seoul.txt"] = {
 "metadata": {"headline": None, "published": "2014-06-24", "reporter": "황경근", "outlet": "서울신문", "jurisdiction": "50"},
 "officials": [],
 "claims": [
  C("버스 준공영 제도를 도입해 노선망을 개편하고 환승시설을 구축", None, W, ["public-transit"], "plan"),
  C("100억원 정도의 추가 재정으로 가능하다는 것이다", None, W, ["public-transit"], "statement"),
  C("도지사 직속 버스개선추진단을 신설해", None, W, ["public-transit"], "plan"),
  C("환경 보전 컨트롤타워인 ‘환경협치위원회’를 설치하겠다고 밝혔다", None, W, ["citizen-participation"], "plan"),
  C("제주형 재난안전 컨트롤타워인 가칭 ‘제주안전관리본부’를 설치해", None, W, ["disaster-safety"], "plan"),
 ],
 "not_claims": ["준비위는 천혜의 제주 자연환경을 보전하기 위한 방안도 마련했다", "2014-06-24 29면"],
}

# oy-06 남동구 청년창업지원센터 (undated; caption date only)
G["oy-06-newscj.txt"] = {
 "metadata": {"headline": None, "published": None, "reporter": "김미정", "outlet": "천지일보", "jurisdiction": "28200"},
 "officials": ["lee-gang-ho"],
 "claims": [
  C("오는 3월 개소를 목표로 ‘남동구 청년창업지원센터 건립’에 박차를 가하고 있다", None, None, ["startup-support", "youth-policy"], "statement"),
  C("남동구 청년들이 창업할 수 있는 공간 10곳이 마련된다", None, None, ["startup-support", "youth-policy"], "target"),
  C("구는 이달 중 청년창업 기획전을 추진하고", None, None, ["startup-support", "youth-policy"], "plan"),
  C("창업을 꿈꾸고 있는 청년들에게 공간을 제공하고", None, None, ["startup-support", "youth-policy"], "plan"),
  C("청년 실업 문제를 해소하고 지역 청년들의 취·창업 역량 강화 프로그램 등도 추진할 계획이다", None, None, ["youth-policy", "jobs", "startup-support"], "plan"),
  C("시설물 구축에 최선을 다해달라", "lee-gang-ho", None, ["startup-support", "youth-policy"], "plan"),
  C("센터를 통해 청", "lee-gang-ho", None, ["startup-support", "youth-policy"], "plan"),
 ],
 "not_claims": ["ⓒ천지일보 2019.1.15", "이강호 구청장 “청년 실업 해소에 활력 불어넣을 것”",
                "청년창업지원센터 조성 공사 현장을 시찰했다", "시설물 등을 꼼꼼히 점검했다"],
}

# oy-07 최문순 지사 2017 신년사 (시정일보)
K = "2017-01-05"
G["oy-07-sijung.txt"] = {
 "metadata": {"headline": "최문순 강원도지사 / ‘강원방문의 해’ 맞아 평창올림픽 성공개최에 최선",
              "published": "2017-01-05T14:04+09:00", "reporter": "한성혜", "outlet": "시정일보", "jurisdiction": "42"},
 "officials": ["choi-moon-soon"],
 "claims": [
  C("올해와 내년을 ‘강원방문의 해’로 지정했습니다", "choi-moon-soon", K, ["culture-tourism"], "achievement"),
  C("외국인 관광객을 지금의 두 배인 한 해 500 만 명까지 늘려 보고자 합니다", "choi-moon-soon", K, ["culture-tourism"], "target"),
  C("2월9일 부터는 올림픽 페스티벌이 열립니다", "choi-moon-soon", K, ["culture-tourism"], "plan"),
  C("다양한 문화 예술 공연을 선보입니다", "choi-moon-soon", K, ["culture-tourism"], "plan"),
  C("강원도의 돈을 만들었습니다", "choi-moon-soon", K, ["small-merchants"], "achievement"),
  C("강원도 안에서만 쓸 수 있는 돈입니다", "choi-moon-soon", K, ["small-merchants"], "statement"),
 ],
 "not_claims": ["올해 도정의 핵심은 그 첫 번째가 올림픽입니다", "철도와 도로 항만과 항공이 획기적으로 변화할 것입니다",
                "22개의 올림픽 사전 경기가 진행됩니다", "올림픽을 계기로 경제역량을 최대한 높일 계획입니다",
                "‘강원도 주식회사-강원도의 기업화’를 부지런히 추진하겠습니다"],
}

# oy-08 강서구 공공 와이파이 (서울신문 print page with chrome headlines)
S = "2019-07-16"
G["oy-08-seoul.txt"] = {
 "metadata": {"headline": "강서, 공공 와이파이존 확대", "published": "2019-07-17", "reporter": "김승훈", "outlet": "서울신문", "jurisdiction": "11500"},
 "officials": ["noh-hyeon-song"],
 "claims": [
  C("서울 강서구가 ‘공공 와이파이 존’ 확대에 나선다", None, S, ["smart-city"], "plan"),
  C("누구나 인터넷을 무료로 편리하게 이용할 수 있도록 하기 위해서다", None, S, ["smart-city"], "statement"),
  C("와이파이 무선접속장치(AP) 600대를 설치한다고 16일 밝혔다", None, S, ["smart-city"], "target"),
  C("문화시설 주변에 343대의 AP를 설치한다", None, S, ["smart-city"], "target"),
  C("데이터 비용 걱정 없이 관광정보, 음악, 시장정보 등 인터넷 기반 서비스를 이용할 수 있을 것", None, S, ["smart-city"], "statement"),
  C("해마다 체육시설 등 다중이용시설 주변 100곳 이상에 AP를 구축한다", None, S, ["smart-city"], "target"),
  C("구에는 현재 총 417대의 AP가 있다", None, S, ["smart-city"], "statement"),
  C("2022년엔 1000곳이 넘는 곳에 무선망이 구축되는 만큼", "noh-hyeon-song", S, ["smart-city"], "target"),
  C("‘와이파이 강서’를 만들겠다", "noh-hyeon-song", S, ["smart-city"], "plan"),
 ],
 "not_claims": ["대구 수성알파시티에 자율주행 셔틀버스", "‘광주형 일자리’ 본격 출범", "광주시·현대차 합작법인 오늘 윤곽",
                "기초수급 신청 때 ‘가족해체 제3자 인증’ 요구", "강서, 공공 와이파이존 확대"],
}

# oy-09 원희룡 임대주택 (제주MBC script, undated)
G["oy-09-jejumbc.txt"] = {
 "metadata": {"headline": None, "published": None, "reporter": "김찬년", "outlet": "제주MBC", "jurisdiction": "50"},
 "officials": ["won-hee-ryong"],
 "claims": [
  C("주거 취약계층을 위한 임대주택 공급을\n확대하겠다고 밝혔습니다", "won-hee-ryong", None, ["housing"], "plan"),
  C("임대주택을\n1만 세대까지 공급하겠다고 약속했습니다", "won-hee-ryong", None, ["housing"], "target"),
  C("임대료 50%를 감면해주고 있습니다", None, None, ["housing"], "statement"),
 ],
 "not_claims": ["삼도동 행복주택 입주민과의 간담회에서"],
}

if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "..", "gold"), exist_ok=True)
    for name, g in G.items():
        out = {"article": name, **g}
        with open(os.path.join(HERE, "..", "gold", name + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
    print(len(G), "files;", sum(len(g["claims"]) for g in G.values()), "claims")
