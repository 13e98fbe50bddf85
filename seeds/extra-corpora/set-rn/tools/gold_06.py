import sys; sys.path.insert(0, '/work/blind/set-rn/tools')
from gold_lib import C, write
D = "2024-01-07"; K = "kang-jin-won"; T = ["culture-tourism"]
write("rn-06-donga.txt",
      {"headline": "“남도답사 1번지 강진… 반값 여행으로 재도약”",
       "published": "2024-01-08T03:00:00+09:00", "reporter": None, "outlet": "동아일보", "jurisdiction": "46810"},
      [K],
      [
        C("“‘반값 여행’으로 ‘남도 답사 1번지’의 위상을 다시금 보여주겠다.”", K, D, T, "plan"),
        C("여행을 떠나고 싶어 하는 대한민국 모든 국민이 우리의 고객", K, D, T, "statement"),
        C("올해부터 시작하는 ‘강진 반값 관광’ 성공을 위해 온 힘을 쏟겠다", K, D, T, "plan"),
        C("인구가 줄어드는 지방소멸지역은 관광으로 먹고살아야 하는데", K, D, T, "statement"),
        C("그래서 강진을 찾는 여행객의 비용 일부를 자치단체가 부담하기로 한 것이다", K, D, T, "statement"),
        C("가족 단위 관광객의 경제적 부담을 줄여주면 더 많은 관광객을 끌어모으고", K, D, T, "statement"),
        C("숙박업소는 물론이고 음식점, 소매점까지 매출이 늘어나는 효과를 기대할 수 있다", K, D, T + ["small-merchants"], "statement"),
        C("강진군이 전남에서 유일하게 ‘한국 관광의 별’로 선정됐는데", None, D, T, "achievement"),
        C("전남 기초자치단체 중 최초로 관광 마케팅 기구인 ‘강진군문화관광재단’을 설립했다", K, D, T, "achievement"),
        C("재단을 통해 지역 관광 브랜딩에 나서고 오감통통 광역시티투어", K, D, T + ["small-merchants"], "achievement"),
      ],
      ["“남도답사 1번지 강진… 반값 여행으로 재도약”",
       "강진원 전남 강진군수 인터뷰",
       "가족 관광객 체류시간 늘며",
       "지역 상권 매출 증가 기대",
       "―반값 여행 상품을 내놓은 이유는…?",
       "절박함과 간절함 때문이다",
       "―반값 여행 상품의 효과는 무엇인가."])
