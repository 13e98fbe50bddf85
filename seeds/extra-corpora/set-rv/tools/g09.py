from gold_lib import C, write
# the text prints no date -> published and every claim date null
K = "kim-hong-jang"
write("rv-09-tjmbc.txt",
      {"headline": "국가 에너지 전환? \"당진을 보라\"/데스크", "published": None, "reporter": "고병권", "outlet": None,
       "jurisdiction": "44270"},
      [K],
      [
          C("충남 당진이 국가 에너지 정책의 대전환의 전초기지로 주목받고 있습니다", None, None, ["energy-transition"], "achievement"),
          C("석탄 화력발전소 신규 건설 계획이 취소된 대신 그 부지에 친환경 태양광 발전소가 들어선 건데요", None, None,
            ["energy-transition"], "achievement"),
          C("바다와 맞닿은 충남 최북단 넓은 땅에 태양광 설비가 빼곡히 자리 잡았습니다", None, None, ["energy-transition"], "statement"),
          C("연간 전기 생산량은 1만 3천 MW, 인구 16만인 당진시 전체 가구 전기 사용량의 6% 정도를 생산합니다", None, None,
            ["energy-transition"], "achievement"),
          C("태양광 전기를 저장할 수 있는 에너지 저장 장치도 한쪽에 설치됐습니다", None, None, ["energy-transition"], "achievement"),
          C("태양광 발전소가 들어서기까지는 우여곡절이 많았습니다", None, None, ["energy-transition"], "statement"),
          C("미세먼지와 온실가스 배출 문제 등으로 지역 주민은 물론 충남도, 그리고 정치권 등의 강경한 반대에 부딪쳤고", None, None,
            ["energy-transition", "fine-dust", "climate-carbon"], "achievement"),
          C("정부의 친환경 연료 정책에 부응하는 차원에서 결정했고요", None, None, ["energy-transition"], "statement",
            speaker_name="김봉학"),
          C("그리고 또 주민들의 바람을 무시할 수 없어서 결정했습니다", None, None, ["energy-transition"], "statement",
            speaker_name="김봉학"),
          C("석탄 화력 발전소에서 친환경 발전소로 변경돼 세워진 전국 첫 사례입니다", None, None, ["energy-transition"], "achievement"),
          C("그린 에너지 정책과 함께 에너지 전환 사업의 첫 사례여서 매우 의미 있고", K, None, ["energy-transition"], "achievement"),
      ],
      ["국가 에너지 전환? \"당진을 보라\"/데스크",
       "2012년 SK가스와 동서발전 등은 이곳에 석탄 화력 발전소를 짓기로 하고 정부에 허가까지 받았습니다.",
       "[김봉학 / 당진 에코 파워 대표이사]",
       "고병권 기자가 취재했습니다."])
