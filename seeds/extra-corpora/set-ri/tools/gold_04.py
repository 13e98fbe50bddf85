from gold_lib import C, write

E = "eom-yong-su"
write(
    "ri-04-hankyung.txt",
    headline="\"밀양을 나노산업의 메카로\"",
    published=None,  # undated text (URL suggests 2013-01-28; not used)
    reporter="강종효",
    outlet="한국경제",  # reporter e-mail k123@hankyung.com
    jurisdiction="48270",
    officials=[E],
    claims=[
        C("한국전기연구원의 나노센터를 2008년 포스텍에서 밀양으로 유치하는 데 성공했다", None, None,
          ["research-development"], "achievement"),
        C("나노클러스터를 구축하기 위해 나노센터가 꼭 필요했다", E, None, ["research-development"], "statement"),
        C("부지와 연구시설 구축 등을 무상 지원하기로 하는 등 파격적인 내용을 제안했다", E, None,
          ["research-development"], "achievement"),
        C("총 147억원의 연구·개발비를 지원받게 됐다", None, None, ["research-development"], "achievement"),
        C("부산대 등 8개 산·학·연 기관이 참여한다", None, None, ["research-development"], "statement"),
        C("1만여명의 고용 창출 효과가 예상된다", E, None, ["jobs"], "target"),
    ],
    not_claims=[
        "밀양을 국내 최고의 나노융합산업 중심지로 만들겠습니다",
        "기존 전통산업인 농업만으로는 더 이상 경쟁력이 없다는 판단에서다",
        "나노산업 육성에 사활을 걸고 시정을 꾸려왔다",
        "2011년 100나노급 원통나노금형 기술을 개발해",
        "343만㎡ 규모의 나노융합국가산업단지를 조성할 계획",
        "나노국가산단 조성 계획…2022년 6조원 매출 기대",
    ],
)
