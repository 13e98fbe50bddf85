from gold_lib import C, write
D = "2012-06-18"
N = dict(speaker_name="박현욱")
claims = [
 C("첫 대담은 세계적인 관광도시로 부상하고 있는 부산 수영구입니다", None, D, ["culture-tourism"], "statement"),
 C("아시아 최고의 휴양도시로 발돋움시키기 위한 노력에 구정의 초점을 맞추고 있습니다", None, D, ["culture-tourism"], "statement"),
 C("주거나 문화, 복지, 우리지역 특성상 관광 그리고 안전 도시 쪽으로 준비를 하고 있습니다", None, D, ["housing", "culture-tourism", "welfare", "disaster-safety"], "statement", **N),
 C("CCTV통합관제센터가 이달 중에 완공이 됩니다", None, D, ["disaster-safety"], "plan", **N),
 C("수영구에서 범죄가 일어나면 반드시 잡힌다는 인식을 심어주기위한 관제센터가 완공이 되고", None, D, ["disaster-safety", "public-health"], "statement", **N),
]
write("rq-02-nspna.txt",
 {"headline": "민선5기, 중간 점검 ‘박현욱 부산 수영구청장’",
  "published": "2012-06-18T17:21+09:00", "reporter": "강혜진", "outlet": "NSP통신", "jurisdiction": "26500"},
 ["park-hyeon-uk"], claims,
 ["광안리 축제의 바다 정열의 바다로 발전거듭하고 있어", "민선5기 구청장에게 듣는다",
  "현재 구정 현안사항이나 중점적으로 추진하고 있는 사항이 있다면 무엇입니까", "민생 주민들의 삶의 질을 위해서"])
