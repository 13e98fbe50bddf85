S = 'won-hee-ryong'
D = '2017-01-23'
def c(q, pol, kind, sp=S, d=D):
    return {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": kind}
G = {
 "article": "rk-06-kctvjeju.txt",
 "metadata": {"headline": "\"쓰레기·교통문제 실마리 풀 것\"",
              "published": "2017-01-23T16:27+09:00", "reporter": "최형석", "outlet": "KCTV제주방송", "jurisdiction": "50"},
 "officials": [S],
 "claims": [
  c("쓰레기와 교통문제가 실마리를 푸는 첫 해가 될 것이라며", ["public-transit"], "statement"),
  c("전기차산업을 만들기 위한 필수 조건이라며", ["future-vehicles"], "statement"),
  c("시내 대중교통을 획기적으로 개선시키겠다며", ["public-transit"], "plan"),
  c("대중교통과 주차문제에 대해서는 저희들이 감수해야 되는 어려움은 의지로써 밀고 나가겠고", ["public-transit"], "plan"),
  c("정책에 대해서는 강한 애정을 나타냈습니다", ["future-vehicles"], "statement"),
  c("일정 규모의 시장이 형성돼야 전기차산업이 만들어질 수 있다며", ["future-vehicles"], "statement"),
  c("미래는 전기차 시대니까 제주도가 앞서감으로써 기업", ["future-vehicles"], "statement"),
 ],
 "not_claims": [
  "\"쓰레기·교통문제 실마리 풀 것\"",
  "생활쓰레기 요일별 배출제로 도민 불편이 이어지고 있는데 대해 행정부터 반성해야 한다고 말했습니다",
  "다만 현재는 과정이니 만큼 적극 개선해 나가겠다며 협조를 당부했습니다",
  "도저히 안되는 부분들은 개선한다는 원칙을 세우고",
  "차고지증명제 확대 등 억제 정책도 밀고 나갈 뜻을 내비쳤습니다",
  "또 미루면 제주도의 미래는 없다고 생각합니다",
 ],
}
