from gold_lib import C, write
D = "2019-01-14"
write("rw-05-usmbc.txt",
      {"headline": "울산시민 가슴 '답답'..울산시 '느긋'",
       "published": "2019-01-14T20:20:00+09:00", "reporter": "유영재", "outlet": None, "jurisdiction": "31"},
      [],
      [
       C("동해안인 울산은 동남권에서 가장 높았습니다", None, D, ["fine-dust"], "statement"),
       C("울산시는 미세먼지와 관련해 아무런 대책도 내놓지 않고 있습니다", None, D, ["fine-dust"], "criticism"),
       C("미세먼지 일평균 농도를 살펴보면 울산은 82 마이크로그램으로", None, D, ["fine-dust"], "statement"),
       C("그러나 울산의 대처는 엉성하기 짝이 없습니다", None, D, ["fine-dust"], "criticism"),
       C("시민 1만여 명에게만 미세먼지 주의보 발령 안내메시지를 보냈습니다", None, D, ["fine-dust"], "criticism"),
       C("시민 120만 명에게 긴급재난문자를 전파하고", None, D, ["fine-dust", "disaster-safety"], "achievement"),
       C("너무 많이 올라서 선제적으로 대응을 했습니다", None, D, ["fine-dust"], "achievement"),
      ],
      ["울산시민 가슴 '답답'..울산시 '느긋'",
       "오늘 하루 미세먼지 때문에 답답하셨죠",
       "짙은 안개가 낀 듯 온통 뿌였습니다",
       "남산의 모습이 뚜렷해 대조를 이룹니다",
       "어제 너무 심해서 집에 가만히 있었고요",
       "목이 칼칼하고 코가 좀 아무래도 비염기가 있는 듯이 간지럽고",
       "다음달 전면 시행"])
