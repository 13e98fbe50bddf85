D = None
def c(q, s, p, k, name=None, d=D):
    x = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: x["speaker_name"] = name
    return x
K = "kim-jin-hong"
GOLD = {
 "article": "rf-09-newsis.txt",
 "metadata": {"headline": "김진홍 동구청장 \"낙후된 원도심 이미지 벗고 북항시대로\"[인터뷰]",
              "published": None, "reporter": "김민지", "outlet": "뉴시스", "jurisdiction": "26170"},
 "officials": [K],
 "claims": [
  c("산복도로로 대표되는 동구의 낙후된 원도심 이미지에서 벗어나 북항 재개발 사업 등을 통해 미래 도시로 나아갈 것이다", K, ["urban-regeneration"], "plan"),
  c("과거뿐만 아니라 현재와 미래까지 담을 수 있도록 북항 재개발 사업과 2030세계박람회 유치에 힘쓸 것", K, ["urban-regeneration"], "plan"),
 ],
 "not_claims": [
  "김진홍 동구청장 \"낙후된 원도심 이미지 벗고 북항시대로\"[인터뷰]",
  "주민 밀착형 사업 위해 노력, 초량살림숲 이전 대표적",
  "2030세계박람회 주요 무대인 북항, 동구 미래 달려",
  "우리 근현대의 피난민들을 수용한 동구는 역사가 담겨 있는 도시",
  "주민을 직접 찾아가 도움을 주는 '칼갈이·우산 수리 사업' 등이 고령층에게 반응을 얻었다",
  "박람회 유치를 위해 지난 8월 기초자치단체 중 최초로 박람회 유치 테스크포스(TF)팀을 신설했고",
  "코로나19 사태가 진정되면서 주민들이 이야기하는 현장의 요구사항을 해결하려 애썼다",
 ],
}
