from g import C, write
P = "park-jeong-hyeon"
write("qx-04-bybtv.txt",
 {"headline": None, "published": None, "reporter": None, "outlet": "부여방송", "jurisdiction": "44760"},
 [P],
 [
  C("부여군이 내년부터 충남 도내 시·군 가운데 처음으로 농민수당을 지급한다고 밝혔다", None, None, ["agriculture"], "plan"),
  C("농민수당은 박정현 부여군수의 핵심 공약 중 하나로", None, None, ["agriculture"], "statement"),
  C("2020년까지 연간 50만원을 받을 수 있도록 추진하고", None, None, ["agriculture"], "plan"),
  C("농민수당 도입은 꼭 필요한 사항", P, None, ["agriculture"], "statement"),
  C("부여군이 충남에서 가장 먼저 농민수당을 시행하는데 의미를 두고 적극 추진해 달라", P, None, ["agriculture"], "plan"),
 ],
 ["-2020년까지 연간 50만원, 이후 24만원으로 늘려-"])
