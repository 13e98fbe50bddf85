import sys; sys.path.insert(0, '/work/blind/set-rj/tools')
from gold_lib import C, write
D = "2013-07-09"; K = "강운태"
UR, CP = "urban-regeneration", "citizen-participation"
write("rj-01-todaygwangju.txt",
  {"headline": "광주시, ‘창조마을’ 살기좋은 도시재생 모델 정착", "published": "2013-07-09",
   "reporter": "박주하", "outlet": None, "jurisdiction": "29"},
  [],
  [C("2011년부터 실시 중인 ‘행복한 창조마을 만들기 사업’이 살기좋은 마을 만들기의 성공모델로 정착되고 있다", None, D, [UR], "achievement"),
   C("광주시는 민선 5기 출범과 함께 도시재생의 비전을", None, D, [UR], "statement"),
   C("창조마을 만들기 사업은 도시재생으로서의 주변 환경 개선도 중요하지만", None, D, [UR], "statement", K),
   C("사업의 성패가 주민의 적극적인 참여 여부에 달려있으므로", None, D, [UR, CP], "plan", K),
   C("철저한 주민 주도 사업으로 진행 하고 있다", None, D, [UR, CP], "statement"),
   C("광주시는 특히 지속가능한 마을의 발전과 사업의 성공을 위해서는", None, D, [UR, CP], "statement")],
  ["-민선 5기 주거·문화 등 어우러진 주민참여형 도시재생 추진",
   "-강운태 시장 “이웃간 소통 통한 지역공동체 형성 중요”",
   "-1·2차 10개 마을 ‘성과’…3차 7개 마을 선정 사업 실시",
   "효덕동 송화공동체(거점공간)",
   "일곡동 농부학교 모내기 체험"])
