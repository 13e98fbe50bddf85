P = "park-u-ryang"; E = ["energy-transition"]
G = {
 "article": "qy-09-theleader.txt",
 "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "46910"},
 "officials": [P],
 "claims": [
  ("안좌·자라·지도·사옥도·임자도에 태양광 발전 시설이 들어서 있다", None, None, E, "statement"),
  ("'신재생에너지 개발이익 공유 등에 관한 조례'가 제정되면서 주민들이 연금을 받을 수 있는 근거가 마련됐다", None, None, E, "achievement"),
  ("일반 주민들은 1만원을 내고 회원으로 가입해 햇빛연금을 받는다", None, None, E, "statement"),
  ("이제 막 신안으로 이사 온 사람(만 40살 이하)도 조합원으로 가입할 수 있다", None, None, E, "statement"),
  ("가구당 인원 제한도 없다", None, None, E, "statement"),
  ("연금을 받는 주민은 총 1만6333명으로 신안군 전체 인구(3만8173명) 중 44%에 해당한다", None, None, E, "achievement"),
  ("분기마다 1인당 10만∼68만 원 받을 수 있고, 1년 최대 한도는 600만원이다", None, None, E, "statement"),
  ("발전회사가 수익을 주민들에게 나눠주더라도 손해보는 구조는 아니다", None, None, E, "statement"),
  ("복잡한 행정절차가 신속하게 진행돼 그만큼 빨리 사업을 시작해서 수익을 얻을 수 있기 때문이다", None, None, E, "statement"),
  ("천연자원으로 돈을 번 재생에너지를 발전회사의 이익을 주민들하고 같이 나누는 게 당연한 일", P, None, E, "statement"),
  ("햇빛연금 수령액은 조합원 거주지가 발전소와 가까울수록 많아진다", None, None, E, "statement"),
  ("태양광발전으로 빛 반사·전자파·미세먼지·소음 등 피해 발생 우려가 있는 지역에 더 많은 혜택을 주기 위해서다", None, None, E, "statement"),
  ("신안군 햇빛연금 누적 지급액은 220억 원을 넘어섰다", None, None, E, "achievement"),
  ("이같은 연금은 지역 경제 활성화로도 이어진다", None, None, E, "achievement"),
  ("주민들이 정책을 믿고 협조해 오늘날의 햇빛연금이 가능했다", None, None, E, "achievement"),
 ],
 "not_claims": ["우리에게 햇빛과 바람 등 자연환경은 엄청난 자산", "앞으로도 더 많은 군민"],
}
