from gold_lib import C, write
# the text prints no publication date -> published and every claim date null (ANNOTATION_NOTES item 6)
K = "park-seong-il"
write("rv-05-jjan.txt",
      {"headline": "완주 로컬푸드, 농촌융복합산업 전국 모델로 ‘우뚝’", "published": None, "reporter": None, "outlet": None,
       "jurisdiction": "45710"},
      [K],
      [
          C("완주 로컬푸드가 전국 농촌융복합산업 모델로 우뚝 섰다", None, None, ["agriculture"], "achievement"),
          C("완주군 로컬푸드 사례가 지역단위 부문 대상을 수상했다고 1일 밝혔다", None, None, ["agriculture"], "achievement"),
          C("마을공동체회사 육성 등을 통해 지역 생산력을 복원시킨 점", None, None, ["agriculture", "jobs"], "achievement"),
          C("또 농민가공센터 운영 성과도 높게 평가된 것으로 전해졌다", None, None, ["agriculture"], "achievement"),
          C("2500여 가족소농이 참여하고 있는 완주 로컬푸드의 연간 매출액은 600억 원 규모다", None, None, ["agriculture"],
            "achievement"),
          C("귀농귀촌, 농촌체험관광, 지역축제 활성화 등 농촌융복합산업의 긍정적인 효과가 사회적 경제 영역으로 확대되고 있다", None, None,
            ["agriculture", "culture-tourism", "jobs"], "achievement"),
          C("소농·고령농 중심의 농업정책과 농촌체험관광 활성화 등 농가소득증대사업을 적극 지원해왔다", K, None,
            ["agriculture", "culture-tourism"], "achievement"),
          C("앞으로도 6차 산업에 대한 정책을 발굴, 농가소득 안정, 일자리창출, 사람 찾는 농업농촌 육성에 노력을 기울이겠다", K, None,
            ["agriculture", "jobs"], "plan"),
      ],
      ["완주 로컬푸드, 농촌융복합산업 전국 모델로 ‘우뚝’",
       "농식품부 우수사례 경진대회서 대상 수상",
       "이번 경진대회에는 총 56건이 접수됐으며",
       "심사에서는 전국 농촌융복합산업 인증 경영체, 지자체 지역단위의 추진실적이 평가됐다."])
