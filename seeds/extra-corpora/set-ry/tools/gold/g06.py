import sys; sys.path.insert(0, __import__("os").path.dirname(__file__) + "/..")
from gold_lib import C, write

D = "2014-11-19"
K = "noh-bak-rae"
write(
    "ry-06-tournews21.txt",
    {"headline": "[인터뷰] 노박래 충남 서천군수 “생태·체류형 관광 정착시켜 주민소득 높일 터”",
     "published": "2014-11-19T14:03+09:00", "reporter": "유경훈·오재랑", "outlet": "투어코리아",
     "jurisdiction": "44770"},
    [K],
    [
        C("고부가가치 관광산업 육성에 주력할 계획이다", K, D, ["culture-tourism"], "plan"),
        C("지역 특산품 마케팅을 강화해 지역주민의 소득도 높여갈 방침이다", K, D, ["agriculture"], "plan"),
        C("명품 김 생산지로 이름을 높일 계획이다", K, D, ["agriculture"], "plan"),
        C("이를 위해 내년에 서천 김을 테마로 한 ‘김 축제’도 개최할 계획이다", K, D,
          ["culture-tourism", "agriculture"], "plan"),
        C("송림이 우거진 춘장대해수욕장 등 천혜의 관광자원을 두루 갖추고 있다", K, D, ["culture-tourism"], "statement"),
        C("국립생태원과 국립해양생물자원관 또한 중요한 관광 인프라 시설이다", K, D, ["culture-tourism"], "statement"),
        C("서천관광이 새로운 미래 가치를 추구하는데 있어 견인차 역할을 할 것으", K, D, ["culture-tourism"], "statement"),
    ],
    [
        "내년에 서천 김을 테마로 ‘김 축제’ 개최할 계획",
        "국립생태원, 국립해양생물자원관 등 생태계의 보고(寶庫)를 갖추고 있다",
        "서천 관광의 최대 강점은",
        "최종편집 : 2022-07-05 18:36 (화)",
    ],
)
