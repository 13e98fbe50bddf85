D = None
def c(q, s, p, k, name=None, d=D):
    x = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: x["speaker_name"] = name
    return x
O = "oh-gyu-seok"
GOLD = {
 "article": "rf-05-newdaily.txt",
 "metadata": {"headline": None, "published": None, "reporter": None, "outlet": "뉴데일리", "jurisdiction": "26710"},
 "officials": [O],
 "claims": [
  c("국내 최대 규모의 해수담수화 수돗물 공급을 앞두고 해당 지역 주민들과 시 측의 갈등이 끊이지 않고 있다", None, ["water-supply"], "statement"),
  c("부산시 상수도사업본부가 해수담수화 수돗물 공급을 7일로 예고했다가", None, ["water-supply"], "statement"),
  c("7일 낮 12시에서 1시 사이 부산시청 앞 광장에서", O, ["water-supply"], "criticism"),
  c("지난 5일 해수담수 수돗물 공급에 반대하는 주민 200여 명이", None, ["water-supply"], "statement"),
  c("주민 동의라는 전제 없는 부산시의 일방적인 해수담수 수돗물 공급은 군에서 절대 받아들일 수 없다", O, ["water-supply"], "criticism"),
  c("이는 해수담수화의 장단점을 떠나 절차와 행정의 문제", O, ["water-supply"], "criticism"),
  c("취수권한은 시장에게 있지만 주민들의 선택 의사 역시 존중받아야 하는 것 아니냐", O, ["water-supply"], "criticism"),
 ],
 "not_claims": [
  "7일 오후 1시 30분경 오규석 기장군수가 기장 주민들을 대표해 '기장 해수담수화 수돗물 공급 결정'에 대해",
  "시에서 금요일 오후에 일방적으로 공문을 보내와 토요일 오전에야 보고를 받았다",
 ],
}
