from gold_lib import C, write
W = 'won-hee-ryong'  # undated text -> all dates null
write('rr-03-jejumbc.txt',
 {"headline": None, "published": None, "reporter": "김찬년", "outlet": None, "jurisdiction": "50"},
 [W],
 [C("원희룡 지사가 제 2공항 건설 반대 여론에 대해 트집을 잡는다며 섭섭함을 드러냈습니다", W, None, ["airport-relocation"], "criticism"),
  C("감귤값 폭락을 막기 위한 대책을 마련하겠다고 약속했습니다", W, None, ["agriculture"], "plan"),
  C("대화에 앞서 우선 제2공항 반대 여론에 대한 아쉬움을 밝혔습니다", W, None, ["airport-relocation"], "criticism"),
  C("(제2공항은) 국회에서, 중앙에서도 지원사격이 필요하고", W, None, ["airport-relocation"], "criticism"),
  C("원희룡 지사는 무제한 소통으로 문제를 풀겠다고 강조했습니다", W, None, ["airport-relocation", "citizen-participation"], "plan"),
  C("원 지사는 감귤혁신 계획을 보완하겠다고 약속했습니다", W, None, ["agriculture"], "plan"),
  C("현지에 감귤 거래소를 빨리 만들어서", W, None, ["agriculture"], "plan"),
  C("하루에 500여 명을 만난 시민과의 대화", None, None, ["citizen-participation"], "statement"),
 ],
 ["다른 마을처럼 우리 마을이 찢어지고 분열되고",
  "강정에서 얻어야 할 교훈입니다",
  "노지감귤과 비가림감귤, 만감류가 한꺼번에 나갔을 때는 제주도 경제 자체가 흔들릴 거라 생각하고 있습니다"])
