META = {"headline": "2018.6.19 (대담) 퇴임 앞둔 윤장현 광주시장 - 리포트 2316", "published": "2018-12-04", "reporter": None, "outlet": None, "jurisdiction": "29"}
OFFICIALS = ["yoon-jang-hyun"]
Y = "yoon-jang-hyun"
E = "2018-06-19"
CLAIMS = [
 ("그 안에는 이제 비정규직의 정규직화 문제, 소수 약자를 챙기는 문제", Y, E, ["labor-relations", "jobs"], "achievement"),
 ("시민들의 뜨거운 관심과 열정 속에서 성공적으로 치러졌던 것", Y, E, ["culture-tourism"], "achievement"),
]
NOT_CLAIMS = [
 "[시정] (앵커대담)퇴임 앞둔 윤장현 광주시장",
 "윤장현 광주시장의 임기도 이제 열흘 정도 남았습니다",
 "생명존중, 사람 중심의 가치를 시민 속에서 풀어가기 위해서 나름 책임을 갖고 애썼던 그런 4년이었던 것 같습니다",
 "특별히 5.18 진실 규명의 계기도 만들어졌던 그런 소중한 시기였죠",
]
