from gold_lib import C, write

D = "2012-06-07"  # KBS전주 radio interview '7일' (post dated 2012-06-08)
N = "임정엽"  # 완주군수 2006-2014; not in officials.csv
write(
    "rx-04-jjac.txt",
    "“신청사 개청은 지역발전의 진정한 구심점 될 것!”",
    "2012-06-08", "김정수", "전주대학교", "45710", [],
    [
        C("완주군 신청사 개청에 대해 군민에게 한 차원 높은 행정서비스를 제공하는것은 물론", None, D, ["city-hall"], "statement", N),
        C("군청사가 77년 동안 지역 외에 위치해 있음에 따라 주민 불편", None, D, ["city-hall"], "statement", N),
        C("신청사 개청은 주민이 진정한 주인이 되는 것", None, D, ["city-hall"], "statement", N),
        C("신청사 이전에 따른 효과로 주민의 접근성 제고", None, D, ["city-hall"], "statement", N),
        C("쉽지 않은 현안이 잘 마무리되게끔 중지를 모아준 주민에게 다시 한번 감사드린다", None, D, ["city-hall"], "achievement", N),
        C("농촌에 대한 가치판단을 어떻게 할 것인가가 중요하다", None, D, ["agriculture"], "statement", N),
        C("완주군 로컬푸드의 핵심은", None, D, ["agriculture"], "statement", N),
        C("로컬푸드의 생산주체는 그간 설자리를 잃어버린 60%의 소농과 고령농이라며", None, D, ["agriculture"], "achievement", N),
    ],
    [
        "[동정] (자랑스런동문) 임정엽 완주군수",
        "신청사 개청은 지역발전의 진정한 구심점 될 것!",
        "임정엽 군수, 신청사 개청의미 부여…로컬푸드 추진은 ‘자신감 생겼다’고 강조",
    ],
)
