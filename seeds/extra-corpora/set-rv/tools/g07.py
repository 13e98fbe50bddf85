from gold_lib import C, write
D = "2023-04-03"   # 승인 2023.04.03 09:10; the interview day is not given -> publication day
H, Y = "lee-yong-rok", "choi-jae-gu"
write("rv-07-naeponews.txt",
      {"headline": "장밋빛 지역발전 청사진… 지켜보겠습니다!", "published": "2023-04-03T09:10+09:00", "reporter": "노진호",
       "outlet": "내포뉴스", "jurisdiction": "44800"},
      [H, Y],
      [
          C("홍성군은 내포신도시 미래 신산업 국가산업단지(이하 국가산단) 유치에 성공했으며", None, D,
            ["investment-attraction", "agriculture", "medical-industry"], "achievement"),
          C("예산시장과 예당호 모노레일 등은 전국적 ‘핫플레이스’로 뜨고 있으며", None, D,
            ["culture-tourism", "small-merchants"], "achievement"),
          C("내포신도시 인근 71만 3000평 부지에 조성되는 국가산단은 홍성군의 신성장 동력이 될 것", H, D,
            ["investment-attraction"], "statement"),
          C("충남혁신도시를 완성하는 것은 물론 대한민국 경제·산업 지도를 크게 바꿀 것", H, D,
            ["investment-attraction", "decentralization"], "statement"),
          C("2030년 국가산단 완성을 위해 행정 역량을 집중하겠다", H, D, ["investment-attraction"], "plan"),
          C("준공 및 분양 시점에는 기업 유치 전문관제를 도입해 대규모 투자기업을 유치하겠다", H, D, ["investment-attraction"], "plan"),
          C("165만 3000㎡ 규모의 농생명 그린바이오 클러스터 사업의 조기 가시화를 약속했다", Y, D,
            ["agriculture", "medical-industry"], "plan"),
      ],
      ["장밋빛 지역발전 청사진… 지켜보겠습니다!",
       "이용록 홍성군수·최재구 예산군수 인터뷰",
       "내포 국가산단·농생명 클러스터 등 ‘기대’",
       "홍주읍성 명소화·재정 1조원 시대 등 약속",
       "내포신도시 전경. 내포뉴스DB",
       "새 출발, 새 다짐으로 설레는 봄. 우리 지역에도 새로운 바람이 불고 있다.",
       "이용록 홍성군수는 국가산단에 대한 기대감을 숨기지 않았다."])
