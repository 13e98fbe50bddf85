L = "lee-yong-seop"
T = "public-transit"
C = "citizen-participation"
GOLD = {
 "article": "rs-03-kjmbc.txt",
 "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "29"},
 "officials": [L],
 "claims": [
  ("선거기간 때부터 도시철도 2호선은 필요하다는 입장입니다", L, None, [T], "statement"),
  ("공론화 과정을 거쳐서 부작용을 최소화하고 지역사회의 여론을 통합해 갈 것이다", L, None, [T, C], "plan"),
  ("거기에 대해서는 전혀 달라진 것이 없습니다", L, None, [T], "statement"),
  ("이미 광주혁신위원회에서 도시철도 2호선에 대해서는 5차례에 걸쳐서", L, None, [T, C], "achievement"),
  ("효율적인 그런 공론화 방법을 채택을 하겠습니다", L, None, [C, T], "plan"),
  ("이 시민 모임에 어떤 방식으로 공론화를 진행하면 좋겠는지 의견을 달라고 요청을 했습니다", L, None, [C, T], "achievement"),
  ("이게 이제 들어오면 이제 우리 광주시의 입장을 밝힐 것이고요", L, None, [C, T], "plan"),
  ("우리가 16년 동안 도시철도 2호선 끌어왔지만", L, None, [T], "criticism"),
 ],
 "not_claims": [
  "취임한 지 4일밖에 지나지 않았는데도 이곳저곳에서 비판의 목소리를 높이고 있습니다마는",
  "저도 이제 3번이나 참여를 해서 의견을 들었습니다",
  "이미 사람중심 미래교통 시민모임이 있어요",
  "오래 끈다고 해서 좋은 결론이 나오는 것은 아닙니다",
 ],
}
