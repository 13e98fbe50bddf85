D = "2019-10-07"
def c(q, s, p, k, name=None, d=D):
    x = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: x["speaker_name"] = name
    return x
Y = "yun-sang-gi"
GOLD = {
 "article": "rf-03-tvchosun.txt",
 "metadata": {"headline": "[네트워크 초대석] 윤상기 하동군수 \"작지만 강한 도시로 발전할 것\"",
              "published": "2019-10-07T08:54+09:00", "reporter": "이성진", "outlet": None, "jurisdiction": "48850"},
 "officials": [Y],
 "claims": [
  c("지리산과 섬진강, 그리고 남해안을 연결하는 관광상품 개발과 오는 2022년 야생차엑스포 개최", None, ["culture-tourism"], "plan"),
  c("알프스종합복지관은 오늘도 어르신 쎈터를 제가 개소를 하고 왔어요", Y, ["welfare"], "achievement"),
  c("어르신센터는 뭐하는 곳이냐면 치매 노인들이 사전에 와서 교육도 받고", Y, ["dementia-care", "welfare"], "statement"),
  c("치매가 안 걸리고 건강한 삶을 유지함으로 해서 결국 삶의 질이 높아진다", Y, ["dementia-care"], "statement"),
  c("11월에요 FAO 유엔식량농업기구에 정식으로 이제 신청을 하게 됩니다", Y, ["agriculture"], "plan"),
  c("정식 신청 하면 내년 3~4월에 승인이 되는 걸로 하고", Y, ["agriculture"], "plan"),
 ],
 "not_claims": [
  "윤상기 하동군수 \"작지만 강한 도시로 발전할 것\"",
  "하동군민의 삶의 질을 높이기 위해 여러 정책을 실행하셨다고 하는데요",
  "최근에는 로타리를 7개 만들고 전선도 지중화하고 특히 3년 전부터 도시가스를 공급하게 됐거든요",
  "섬진강 재첩잡이 세계중요농업유산 등재 진척은?",
  "수정 2020.10.02 02:00",
 ],
}
