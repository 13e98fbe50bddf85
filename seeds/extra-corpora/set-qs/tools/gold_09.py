from g import C, write
write("qs-09-g1tv.txt",
 {"headline": "춘천시, 청년친화도시 추진단 출범", "published": "2025-09-18", "reporter": "박명원", "outlet": "G1방송", "jurisdiction": "51110"},
 [],
 [C("지역 청년들이 직접 참여하는 춘천 청년친화도시 추진단이 오늘(18일) 출범했습니다", None, "2025-09-18", ["youth-policy"], "achievement")],
 ["평일 오후 5시 40분", "키보드 단축키 안내"])
