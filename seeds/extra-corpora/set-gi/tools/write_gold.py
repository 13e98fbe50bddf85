"""Write set-gi's gold files (hand annotations; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


def meta(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


D1 = "2023-01-11"
D2 = "2025-11-17"
D3 = "2026-03-10"
D4 = "2024-07-08"
D5 = "2017-07-05"
D7 = "2018-06-20"
D9E = "2025-07-17"
OH, JW, YJ = "oh-se-hoon", "jeong-won-o", "yoo-jeong-bok"

FILES = {
"gi-01-mediaic.txt": dict(
    metadata=meta("인천 강화군, 2023년 6개 분야 106개 사업 추진", "2023-01-11T13:22+09:00", "문종권", "미디어인천신문", "28710"),
    officials=[],
    claims=[
        c("6개 분야 106개 사업을 추진한다고 11일 밝혔다", None, D1, ["welfare", "public-health", "education"], "plan"),
        c("군에 따르면 올해 추진할 주요 사업은", None, D1,
          ["welfare", "public-health", "education", "disaster-safety", "agriculture", "culture-tourism"], "plan"),
        c("복지‧보건‧교육분야는 강화군 복지재단이 공식 출범한다", None, D1, ["welfare"], "plan"),
        c("강화군 복지재단은 강화형 복지서비스 개발", None, D1, ["welfare"], "plan"),
        c("지능형 CCTV를 대폭 확충하고", None, D1, ["disaster-safety", "housing"], "plan"),
        c("농업용 전기온풍기를 새롭게 지원해", None, D1, ["agriculture"], "plan"),
        c("함상공원이 올 4월 새롭게 개장하고", None, D1, ["culture-tourism"], "plan"),
    ],
    not_claims=["이 기사를 공유합니다", "전망대에서는 한강하구와 서해 바다의 아름다운 풍경과",
                "인천 강화군, 2023년 6개 분야 106개 사업 추진"]),
"gi-02-kmib.txt": dict(
    metadata=meta(None, "2025-11-17", None, None, "28"),
    officials=[],
    claims=[
        c("시민 삶의 질을 높이는 스마트서비스를 구축하는 것이 핵심이다", None, D2, ["smart-city"], "statement"),
        c("스마트도시계획 연계 및 서비스 사례 공유", None, D2, ["smart-city", "fourth-industrial-revolution"], "statement"),
        c("내년 2월까지 사업 신청을 마무리할 계획이다", None, D2, ["smart-city"], "plan"),
        c("공모에 최종 확정된 사업은 내년 9월 정부 예산에 반영된다", None, D2, ["smart-city"], "statement"),
        c("내년 스마트빌리지 사업으로 국비 153억원을 지원받아", None, D2, ["smart-city"], "achievement"),
        c("인공지능(AI) 및 ICT를 활용한 건강증진 인프라 조성(미추홀구) 등이 추진된다", None, D2,
          ["smart-city", "fourth-industrial-revolution", "public-health"], "plan"),
    ],
    not_claims=["인천시청 전경. 인천시 제공"]),
"gi-03-khan.txt": dict(
    metadata=meta("오세훈 “이재명 정부 부동산 실정, 최대 피해자는 언제나 청년”", "2026-03-10T15:21+09:00", "류인하", "경향신문", "11"),
    officials=[OH],
    claims=[
        c("청년들의 피해가 커지고 있다”고 비판했다", OH, D3, ["housing"], "criticism"),
        c("시장을 이기려는 이재명 정부의 오만이 전월세 매물찾기 대란을 불렀다", OH, D3, ["housing"], "criticism"),
        c("서울 전세매물은 1만9000건으로 1년 전보다 33.5% 감소했고", OH, D3, ["housing"], "statement"),
        c("10.15대책 이후인 하반기에 4.9%가 집중적으로 뛰었다고도 내세웠다", OH, D3, ["housing"], "criticism"),
        c("혼란의 최대 피해자는 언제나 청년”이라며", OH, D3, ["housing"], "criticism"),
    ],
    not_claims=["어제 오늘 연이틀 청년들의 목소리를 들었다",
                "오 시장은 이에 앞서 오는 2030년까지 맞춤형 청년주택 7만7400가구 공급계획을 밝혔다",
                "전세사기 위험 분석 서비스도 확대해 전세사기 걱정 '제로'인 서울을 만들겠다",
                "청년 주거 안정 통합 브랜드 ‘더드림집+’를 선포하고",
                "본문 요약"]),
"gi-04-segye.txt": dict(
    metadata=meta("정원오 성동구청장 “‘젠트리피케이션 방지 시즌2’ 역점 추진” [2024 서울 구청장에 묻다]",
                  "2024-07-08T05:00:00+09:00", None, "세계일보", "11200"),
    officials=[JW],
    claims=[
        c("첫 임기였던 2015년 젠트리피케이션 방지 정책을 전국 최초로 도입했다", None, D4, ["urban-regeneration"], "achievement"),
        c("관련 조례 제정과 전담 조직 신설은 물론, 국회를 설득해 법제화까지 이끌어냈다", None, D4, ["urban-regeneration"], "achievement"),
        c("성수동은 지역 고유의 개성을 지키며 서울의 대표적인 핫플레이스로 자리 잡았다", None, D4, ["urban-regeneration"], "achievement"),
    ],
    not_claims=["2015년 방지책 전국 최초 도입", "고유색 지킨 성수동 ‘핫플’됐다", "‘젠트리피케이션’(둥지 내몰림)의 사전적 정의다",
                "젠트리피케이션 우려가 높아졌다", "여전히 개선해야 할 부분이 적잖다", "“저출생 해법도 지방분권에 답”"]),
"gi-05-seoul.txt": dict(
    metadata=meta("노원구 ‘제로 에너지 주택’으로 이사 가세요", "2017-07-05T22:44+09:00", None, None, "11350"),
    officials=["kim-seong-hwan"],
    claims=[
        c("‘제로 에너지주택’을 조성하고 입주자를 모집한다고 밝혔다", None, D5, ["energy-transition", "housing"], "plan"),
        c("노원구와 국토교통부, 명지대가 함께 국가 연구개발로 추진해 온 사업이다", None, D5,
          ["energy-transition", "housing", "research-development"], "statement"),
        c("115가구를 산업단지형 행복주택으로 공급할 계획이다", None, D5, ["housing", "energy-transition"], "target"),
        c("공공임대주택으로 주변 시세보다 임대료가 저렴하다", None, D5, ["housing"], "statement"),
        c("입주 대상은 신혼부부, 고령자, 산업단지 근로자다", None, D5, ["housing"], "statement"),
        c("노원구 거주 고령자에게 12가구를 우선공급한다", None, D5, ["housing"], "plan"),
        c("나머지 33가구는 노원구 또는 연접지역", None, D5, ["housing"], "plan"),
        c("입주 신청은 오는 21일부터 23일까지이며", None, D5, ["housing"], "statement"),
        c("태양광발전, 지열히트펌프 등 신재생에너지", None, D5, ["energy-transition"], "statement"),
    ],
    not_claims=["115가구의 에너지 사용량 60% 신재생에너지 활용해 자체 생산", "온종일 에어컨을 틀어도 한 달 전기료를 5만원만 내는 게 가능할까",
                "‘제로 에너지 주택’ 건설 현장을 둘러보고 있다", "서천군 오기로 일궈 낸 전국 최초 ‘희망택시’"]),
"gi-06-kukinews.txt": dict(
    metadata=meta(None, None, "이현준", "쿠키뉴스", "28"),
    officials=[YJ],
    claims=[
        c("원도심 혁신 균형발전도시, 모든 길이 인천으로 연결되는 교통이 편리한 도시를 정책목표로 정했다", YJ, None,
          ["urban-regeneration", "public-transit"], "plan"),
        c("제물포 르네상스 시대 개막과 원도심 개발 촉진 등이 핵심 과제다", YJ, None, ["urban-regeneration"], "plan"),
        c("교통분야는 인천발 KTX와 GTX, 제2경인선 등 철도망 구축과", YJ, None, ["public-transit", "airport-relocation"], "plan"),
        c("일하기 좋은 경제도시, 맑은 생명이 살아 숨쉬는 녹색환경도시가 정책목표다", YJ, None, ["jobs", "climate-carbon"], "plan"),
        c("맞춤형 보살핌으로 행복한 도시, 시민 모두가 건강하고 행복한 교육‧안전도시", YJ, None,
          ["welfare", "education", "disaster-safety", "citizen-participation"], "plan"),
        c("문화와 예술이 일상이 되는 도시, 농어민과 도시인이 상생하는 도시가 정책목표다", YJ, None,
          ["culture-tourism", "agriculture"], "plan"),
    ],
    not_claims=["경제규모 100조 시대를 열어 인천을 우리나라 제2의 도시로 도약시키겠다는 포부를 밝혔다",
                "10대 정책들을 발표하고 설명했다", "3대 시정가치를 바탕으로 시민과 소통하며 달려온 100일",
                "제가 이루고자 하는 시민의 꿈은 시민이 행복한 사회, 초일류도시 인천"]),
"gi-07-kyeongin.txt": dict(
    metadata=meta("차준택 인천부평구청장 당선자 \"인천 경제 중심 재도약, 새시대 발판 마련\"", "2018-06-20", "정운", None, "28237"),
    officials=["cha-jun-taek", "hong-mi-yeong"],
    claims=[
        c("'한 층 더 수준 높은 주민 협치, 민관 거버넌스'를 시행하겠다는 포부를 밝혔다", None, D7, ["citizen-participation"], "plan", "차준택"),
        c("정책 입안부터 실행·평가까지 구민 참여를 최대한 보장하겠다는 계획이다", None, D7, ["citizen-participation"], "plan", "차준택"),
    ],
    not_claims=["미래비전위 구성 주민들 참여 보장", "캠프마켓의 신속하고 완결성 있는 토양정화를 추진할 것이며",
                "부평이 다시 인천과 인천 경제의 중심으로 도약할 수 있는 발판을 마련하겠다",
                "5대 핵심 과제와 6대 도시 비전을 골자로 한 공약을 충실히 수행할 것을 약속했다"]),
"gi-08-joongboo.txt": dict(
    metadata=meta(None, None, None, None, "28"),
    officials=[YJ, "lee-yeong-hun"],
    claims=[
        c("▶시 문화시설 부지와 구 문화시설 간 교환 ▶재개발 정비 계획 수립 용역 사업비 지원", None, None,
          ["culture-tourism", "housing"], "statement"),
        c("숙원 사업인 만큼 시 차원의 적극적인 검토와 구와의 주기적인 협업을 통해 민원 해소에 힘쓰겠다", YJ, None,
          ["culture-tourism", "housing"], "plan"),
        c("미추홀구 신청사 건립과 재정난으로 어려움을 겪고 있는 수봉 공원 스카이워크 사업에 대해", YJ, None,
          ["city-hall", "culture-tourism"], "plan"),
    ],
    not_claims=["긍정적인 검토와 재정적인 지원을 약속했다", "‘생생톡톡 애인(愛仁) 소통’ 행사를 진행했다",
                "2024년도 주요 시정 운영 방향에 대해 구민들에게 소개하고"]),
"gi-09-seoul.txt": dict(
    metadata=meta("강남구 1등 행정 비법은 ‘경청 행정’", "2025-07-22T10:17+09:00", "김동현", None, "11680"),
    officials=["jo-seong-myeong"],
    claims=[
        c("어르신들을 대상으로 한 복지프로그램을 좀 더 많은 곳에서 할 수 있었으면 좋겠어요", None, D9E, ["welfare"], "statement"),
        c("초등학교 저학년을 위한 돌봄센터를 좀 더 늘어나면 저출산 문제 해결에도 도움이 될 것 같아요", None, D9E,
          ["childcare-birth"], "statement"),
        c("민선 8기 동안 강남구 정책을 평가하고, 주민들이 느낀 정책 성과와 아이디어 듣기 위해 마련됐다", None, D9E,
          ["citizen-participation"], "statement"),
        c("주민들이 정책을 어떻게 받아들이는지 알 수 있는 소중한 자리", "jo-seong-myeong", D9E, ["citizen-participation"], "statement"),
    ],
    not_claims=["“주민들 목소리 바탕으로 미래 강남 설계”", "주민들의 다양한 아이디어로 뜨겁게 달아올랐다",
                "좋은 의도를 갖고 한 정책이지만 현장에서 제대로 발현이 안되는 경우도 있다",
                "조성명 강남구청장이 주민들의 이야기를 듣고 답하고 있다"]),
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, body in FILES.items():
        doc = {"article": name, **body}
        (GOLD / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(FILES), "files,", sum(len(b["claims"]) for b in FILES.values()), "claims")
