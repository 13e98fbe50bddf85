from gold_lib import C, write
D = "2014-06-20"
N = dict(speaker_name="신장열")
claims = [
 C("신청사의 청량면 율리 건립은 변함없이 추진하고 있다", None, D, ["city-hall"], "statement", **N),
 C("부지의 면적은 당초 계획보다 다소 축소됐지만 여전히 차질없이 진행 중이다", None, D, ["city-hall"], "statement", **N),
 C("늦어도 2017년까지 준공해 이전을 완료할 계획이다", None, D, ["city-hall"], "plan", **N),
 C("현 청사는 매각해서 신청사 건립에 투입된 예산을 보전하는 것이 바람직할 것이라고 본다", None, D, ["city-hall"], "plan", **N),
 C("울산옹기축제는 다양한 프로그램을 계속 발굴해 세계적인 축제가 되도록 하겠다", None, D, ["culture-tourism"], "plan", **N),
 C("한국의 대표적 먹거리 축제로 만들겠다", None, D, ["culture-tourism"], "plan", **N),
 C("서생면 진하 일대를 동해안 해양관광·레포츠 거점단지로 육성할 계획이다", None, D, ["culture-tourism"], "plan", **N),
 C("폭발위험과 터빈 계통의 사고에 따른 방사성 물질 누출 가능성이 거의 없는 것으로 알고 있다", None, D, ["disaster-safety"], "statement", **N),
 C("만일의 사고에 대비해 원자력안전위원회와 긴밀하게 협력하고", None, D, ["disaster-safety"], "plan", **N),
]
write("rq-01-wowtv.txt",
 {"headline": "[단체장에게 듣는다] 신장열 울산 울주군수 당선자 \"진하 일대 해양·레포츠단지 육성\"",
  "published": "2014-06-20T07:00+09:00", "reporter": "하인식", "outlet": None, "jurisdiction": "31710"},
 ["shin-jang-yeol"], claims,
 ["진하 일대 해양·레포츠단지 육성", "울주군은 울산에서 유일하게 개발의 여지가 많은 곳",
  "다음 군수로 누가 오더라도 지역을 계속 발전시킬 수 있도록 초석을 제대로 놓을 것",
  "울주군 신청사 건립은 어떻게 추진하나", "지역 축제 발전계획은", "신고리 원전 3·4호기가 운영될 예정인데"])
