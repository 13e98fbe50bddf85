N = "noh-gwan-gyu"; D = "2022-10-12"
G = {
 "article": "qy-03-ysmbc.txt",
 "metadata": {"headline": "D/I]순천시장 취임 100일...민선 8기 '일류 순천'에 주력", "published": "2022-10-12T15:29:16+09:00",
              "reporter": "최우식", "outlet": "여수MBC", "jurisdiction": "46150"},
 "officials": [N],
 "claims": [
  ("내년 정원박람회 성공개최와 순천의 변화, 해양습지정원 유치에 대한 구상도 밝혔습니다", N, D, ["culture-tourism"], "plan"),
  ("박람회도 해야지, 경전선 문제도 해결해야지", N, D, ["culture-tourism", "public-transit"], "plan"),
  ("순천시는 현재 내년 정원 박람회가 가장 현안인데요", None, D, ["culture-tourism"], "statement"),
 ],
 "not_claims": ["인근 자치단체간의 협치의 아쉬움과 필요성을 강조했고", "'일류 순천'이라는 공약 실천 의지를 다시한번 강조했습니다",
                "전남동부지역의 미래를 같이 좀 고민하는 토대를 좀 만들었으면 좋겠다", "시장으로서는 정말 할 일이 태산입니다"],
}
