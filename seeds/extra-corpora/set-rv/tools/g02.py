from gold_lib import C, write
P = "2025-09-03"   # ' date 2025-09-03' line; the 보고회 is '3일' = publication day
write("rv-02-segye.txt",
      {"headline": None, "published": "2025-09-03", "reporter": None, "outlet": None, "jurisdiction": "44130"},
      ["kim-seok-pil"],
      [
          C("천안시가 추구하는 성장은 소상공인 지원을 비롯한 민생안정과 기업지원 등", None, P, ["small-merchants"], "statement"),
          C("안전은 이재명 대통령이 사례까지 들며 강조하고 있는 산업체와 각종 건설현장에서의 사고 예방책 마련이다", None, P,
            ["disaster-safety"], "statement"),
          C("동행은 시민들의 목소리를 시정에 반영하는 것과 아동·노인·취약계층 등을 배려하고 지원하는 시책 발굴과 시행이다", None, P,
            ["citizen-participation", "welfare"], "statement"),
          C("천안 중부권 AI 컴퓨팅 센터 구축 추진, 온디바이스 AI 서비스 실증·확산", None, P,
            ["fourth-industrial-revolution", "research-development", "culture-tourism", "startup-support"], "plan"),
          C("천안형 지역 우수기업 전담관리제 운영, 2026 C-TRADE 해외바이어 초청 수출상담회, 우리동네 상권UP 프로젝트 등을 추진한다", None, P,
            ["startup-support", "small-merchants"], "plan"),
      ],
      ["성장·안전·동행이라는 3대 핵심가치를 기반으로 국민주권정부 주요 정책 과제에 능동적으로 대응해",
       "천안시는 3일 시청 대회의실에서 ‘2026 시책구상 보고회’를 개최했다.",
       "실·국별로 3대 핵심가치 실현을 위한 392건의 시책을 발굴해 공유하고 추진 방향을 논의했다"])
