from gold_lib import C, write

D = "2018-07-19"  # interview '19일' = publication day
J = "jeon-dong-pyeong"
write(
    "rx-03-hankookilbo.txt",
    "“희망 영암, ‘군민행복 시대’ 완성하겠다”",
    "2018-07-19T15:53+09:00", None, "한국일보", "46830", [J],
    [
        C("더 나은 영암과 군민 모두가 행복한 복지를 위해 군민과 함께 힘차게 뛰겠습니다", J, D, ["welfare"], "plan"),
        C("5대 군정지표로 ▦더불어 잘사는 희망복지실현 ▦고품질ㆍ고속득 생명농업육성", J, D,
          ["citizen-participation", "welfare", "agriculture", "culture-tourism"], "plan"),
        C("일자리 창출을 통해 지역경제에 새로운 활력을 불어넣고 미래 생명산업인 종자산업을 육성해 최첨단 농업을 선도할 계획이다", J, D,
          ["jobs", "agriculture"], "plan"),
    ],
    [
        "“희망 영암, ‘군민행복 시대’ 완성하겠다”",
        "항공 등 4대 핵심전략산업 육성",
        "종자산업으로 최첨단 농업선도",
        "군민행복시대 완성이라는 성과를 거둘 준비를 다 하겠다",
    ],
)
