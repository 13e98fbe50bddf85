from gold_lib import C, write

K = "kim-gi-hyeon"
D = "2017-01-03"  # 신년 기자회견, no own day given -> broadcast day
write(
    "ri-03-usmbc.txt",
    headline="올해 시정 '경제와 일자리' 집중",
    published="2017-01-03T20:20:00+09:00",
    reporter="서하경",
    outlet=None,
    jurisdiction="31",
    officials=[K],
    claims=[
        C("올해 울산 시정은 경제회복과 일자리 창출에 집중됩니다", None, D, ["jobs"], "plan"),
        C("울산을 대내외에 알릴 역점사업도 마련됩니다", None, D, ["culture-tourism"], "plan"),
        C("올해도 시정의 방점은 경제와 일자리라고 밝혔습니다", K, D, ["jobs"], "plan"),
        C("주력 산업에 ICT를 접목시키고 투자를 이끌어 체질을 강화하면", K, D,
          ["fourth-industrial-revolution", "investment-attraction"], "plan"),
        C("관광산업 육성에도 힘을 기울입니다", None, D, ["culture-tourism"], "plan"),
        C("관광객 400만 명 방문을 목표로", K, D, ["culture-tourism"], "target"),
        C("이 스토리를 저희들은 관심을 두고 있습니다", K, D, ["culture-tourism"], "statement"),
    ],
    not_claims=[
        "울산 실업률 증가율 전국 1위라는 불명예를 안겼습니다",
        "이번 기회에 경쟁력을 더 강화시켜 나갈 수 있는 찬스라고 생각합니다",
        "새누리당 탈당과 관련해서는",
        "지역 현안 등 울산의 목소리를 많이 반영하겠다고 약속했습니다",
        "김기현 시장의 신년 기자회견 내용을",
    ],
)
