import sys; sys.path.insert(0, '/work/blind/set-rn/tools')
from gold_lib import C, write
D = "2014-10-29"; T = ["culture-tourism"]
write("rn-07-kmib.txt",
      {"headline": "전주한옥마을 ‘1000만명 관광객 유치’… 종합대책 마련",
       "published": "2014-10-29T16:57+09:00", "reporter": "김용권", "outlet": "국민일보", "jurisdiction": "45110"},
      [],
      [
        C("1000만명 관광객 시대를 준비하는 종합대책을 마련했다", None, D, T, "target"),
        C("한옥마을 수용태세 개선 종합계획을 확정했다고 29일 밝혔다", None, D, T, "plan"),
        C("시는 6개 분야, 18개 사업계획을 펼쳐 전주를 한국 전통문화 수도로 만들어 나가겠다고 덧붙였다", None, D, T, "plan"),
        C("6개 분야는 한옥마을 관리·운영체계 강화를 비롯해", None, D, T, "statement"),
        C("지나친 상업화를 막기 위해 행정지원 시스템을 구축하고 다양한 생활지원 프로그램을 운영, 주민 정주여건을 개선할 방침이다", None, D, T, "plan"),
        C("한옥마을 내 대규모 축제와 행사를 제한하기로 했다", None, D, T, "plan"),
        C("‘한옥마을 촌장제’ 운영 계획도 세웠다", None, D, T, "plan"),
        C("남부시장 한옥마을 야시장 지속 운영 등 전통문화 관광콘텐츠도 확충된다", None, D, T + ["small-merchants"], "plan"),
        C("1000만 관광객 유치, 5000명 관광일자리 창출을 이끌어 나가겠다", None, D, T + ["jobs"], "target", "정태현"),
      ],
      ["전주한옥마을 ‘1000만명 관광객 유치’… 종합대책 마련",
       "전주=김용권 기자 ygkim@kmib.co.kr"])
