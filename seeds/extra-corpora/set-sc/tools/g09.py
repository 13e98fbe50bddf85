from gold_lib import write

D = "2017-09-18"   # '18일 대구시에 따르면': the whole article reports the city's account of that day (published 2017-09-19)
DC = ["dementia-care"]
write(
    "sc-09-yeongnam.txt",
    {"headline": "대구 내년 하반기까지 40억 투입…중·동·달서구 치매안심센터 신설",
     "published": "2017-09-19T07:20+09:00", "reporter": "권혁준", "outlet": "영남일보", "jurisdiction": "27"},
    [],
    [
        ("늦어도 내년 하반기엔 대구지역 8개 구·군에 ‘치매안심센터’가 설치될 전망이다", None, D, DC, "plan"),
        ("내년 하반기까지 40억원이 투입돼 중구와 동구, 달서구에 치매안심센터가 새롭게 들어선다", None, D, DC, "plan"),
        ("통합정신치매센터는 치매안심센터로 이름을 바꾸고, 인력·시설 등을 확충해 운영할 계획이다", None, D, DC, "plan"),
        ("중구 치매안심센터는 내년 2월 완공되는 신축 보건소 안에 설치될 예정이다", None, D, DC, "plan"),
        ("동구와 달서구는 치매안심센터 설치 장소를 물색 중이다", None, D, DC, "statement"),
        ("효목2동 주민복지센터를 활용하는 방안을 놓고 고심하고 있다", None, D, DC, "statement"),
        ("본리동 주민센터 가운데 1곳에 치매안심센터를 마련할 계획이다", None, D, DC, "plan"),
        ("아직 장소를 확보하지 못한 곳이 있다", None, D, DC, "statement"),
        ("규모·이용도를 고려한 프로그램을 마련할 계획", None, D, DC, "plan"),
    ],
    [
        "중·동·달서구 치매안심센터 신설",
        "다음달 정부 지침 내려오면 구체적 계획 수립",
    ],
)
