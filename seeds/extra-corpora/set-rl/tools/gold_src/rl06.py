D = "2018-08-17"
def c(q, p, k, s=None, d=D):
    return {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
GOLD = {
 "article": "rl-06-kado.txt",
 "metadata": {"headline": "주민 주도 도시재생, 정선 성장동력 활용",
              "published": "2018-08-17", "reporter": "윤수용",
              "outlet": "강원도민일보", "jurisdiction": "42770"},
 "officials": [],
 "claims": [
  c("국내 대표 폐광지역인 정선군이 도시재생 프로젝트를 통해 본격적인 성장 동력 찾기에 나섰다", ["urban-regeneration"], "statement"),
  c("시효가 끝나는 2025년 이후를 대비하는 움직임이다", ["urban-regeneration"], "statement"),
  c("추리소설은 앞으로 다양한 시나리오로 재탄생해 영화와 웹툰 등의 소재로 제공된다", ["culture-tourism"], "plan"),
  c("여름추리소설학교를 통해 전국 최초의 추리마을 정통성 선점은 물론 방 탈출 게임과 전국탐정대회 등의 모티브로도 활용할 계획이다", ["culture-tourism"], "plan"),
  c("폐특법 시효 만료 후 지속적인 대안을 모색한다", ["urban-regeneration"], "plan"),
  c("현재 폐광지역에서 추진 중인 도시재생 프로젝트는 재개발이 아닌 주민주도형의 골목이 주 무대다", ["urban-regeneration", "citizen-participation"], "statement"),
  c("새로운 이름의 골목으로 각각 도시재생에 나서고 있다", ["urban-regeneration"], "statement"),
  c("고한 18리 주민들은 골목형 관광지 조성을 위해 ‘고한 18번가 마을 만들기 위원회’를 운영 중이다", ["urban-regeneration", "culture-tourism"], "statement"),
 ],
 "not_claims": [
  "주민 주도 도시재생, 정선 성장동력 활용",
  "재개발 아닌 골목 중심 변화",
  "재생지원센터 21일 타운미팅",
  "메이힐스리조트에서 ‘제31회 여름추리소설학교’를 연다",
  "고한을 배경으로 집필을 마친 추리소설을 공개한다",
 ],
}
