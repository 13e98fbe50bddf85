from gold_lib import C, write

K = "kim-yeong-gil"
D = "2025-06-13"  # interview at the festival site, broadcast day
write(
    "ri-07-usmbc.txt",
    headline="[대담] 김영길 중구청장에게 듣는다",
    published="2025-06-13T21:31:39+09:00",
    reporter="이용주",
    outlet=None,
    jurisdiction="31110",
    officials=[K],
    claims=[
        C("중구는 이번 축제를 지역경제 활성화의 마중물로 삼겠다는 구상인데요", None, D, ["culture-tourism"], "plan"),
        C("민선8기부터는 태화강으로 영역을 넓혀서", K, D, ["culture-tourism"], "achievement"),
        C("수상 체험과 어린이 프로그램을 대폭 확대하여", K, D, ["culture-tourism"], "plan"),
        C("거리 퍼레이드와 치맥 페스티벌을 강화하고", K, D, ["culture-tourism"], "plan"),
        C("사람이 많이 모이고 지역 상권이 살아납니다", K, D, ["culture-tourism", "small-merchants"], "statement"),
        C("성남동 원도심에 생기를 불어넣고 상인들에게 희망을 주는 축제를 선사하겠습니다", K, D,
          ["culture-tourism", "urban-regeneration", "small-merchants"], "plan"),
    ],
    not_claims=[
        "울산의 대표 여름축제인 태화강마두희 축제가 열리는 현장입니다",
        "올해 태화강마두희 축제는 어떤 점을 눈여겨 봐야 할까요?",
        "축제는 즐거워야 하고, 행복해야 하고, 또 기다려져야 합니다",
        "이런 축제들이 지역에 어떤 영향을 줄것으로 기대하고 계신가요?",
        "대한민국 7군데 중구 중 인구가 늘",
    ],
)
