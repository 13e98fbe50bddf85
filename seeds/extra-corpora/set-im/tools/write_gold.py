"""Writes gold/*.json for set-im (hand annotation; compact claim tuples: quote, speaker, date, policies, kind)."""
import json, os
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
os.makedirs(G, exist_ok=True)

def w(article, meta, officials, claims, not_claims):
    keys = ["headline", "published", "reporter", "outlet", "jurisdiction"]
    d = {"article": article, "metadata": dict(zip(keys, meta)), "officials": officials,
         "claims": [{"quote": q, "speaker": s, "date": dt, "policies": p, "kind": k} for q, s, dt, p, k in claims],
         "not_claims": not_claims}
    open(os.path.join(G, article + '.json'), 'w', encoding='utf-8').write(json.dumps(d, ensure_ascii=False, indent=1))

D = "2022-04-03"
w("im-01-siminilbo.txt",
  ["[로컬거버넌스] 인천 서구, '수소 1등 도시' 도약 가속 페달", "2022-04-03T10:56+09:00", "문찬식", "시민일보", "28260"],
  ["lee-jae-hyeon"],
  [("인천 서구가 수소 외투 기업 유치를 통한 수소 선진기술 확보에 나서며", None, D, ["investment-attraction", "energy-transition", "climate-carbon"], "plan"),
   ("서구형 수소 생태계를 구축, ‘수소 1등 도시’로 나아가고 있다", None, D, ["energy-transition"], "statement"),
   ("2025년까지 수소차 1만대 운행을 목표로", None, D, ["future-vehicles"], "target"),
   ("상용차의 수소차 전환에 앞장서 대기오염물질과 교통소음이 없는 도시를 만드는데 주력한다는 입장이다", None, D, ["future-vehicles", "fine-dust"], "plan"),
   ("축적한 아이디어를 수소 생태계 구축에 적극 활용할 예정이다", None, D, ["energy-transition"], "plan"),
   ("폐비닐·폐플라스틱 열분해 기술로 수소생산까지도 해낸다는 방침이다", None, D, ["energy-transition"], "plan")],
  ["5500억 규모 외투법인 투자 유치··· 수소차 1만대 규모 충전 인프라 구축",
   "SK E&S·현대차·Plug Power 등과 생산시설 유치 공동 협약",
   "2025년까지 수소충전소 7곳 구축··· 상용차 수소차 전환 박차",
   "매립지 메탄가스·폐비닐·폐플라스틱 등 활용 수소생산 추진도",
   "■ 양질의 일자리 창출을 통한 지역경제 활성화까지도 기대",
   "청라 주변 지역에 인천그린에너지, 현대모비스 등 국내 수소"])

D = "2024-07-05"
w("im-02-ndaily.txt",
  ["도봉구, 창동권역에 치매안심센터 분소 개소", "2024-07-05T15:00+09:00", "정준영", "ndaily", "11320"],
  ["oh-eon-seok"],
  [("도봉구치매안심센터 분소를 창동권역에 개소하고 운영에 들어갔다고 5일 밝혔다", None, D, ["dementia-care"], "achievement"),
   ("이번 분소의 개소에 따라 원거리 주민의 불편이 줄어들 것으로 기대된다", None, D, ["dementia-care"], "statement"),
   ("분소는 창3동 467-1번지에 연면적 197.46㎡ 규모로 조성됐다", None, D, ["dementia-care"], "statement"),
   ("치매 조기검진실 ▲ 치매예방 프로그램실 ▲ 치매환자 가족 카페 등이 들어섰다", None, D, ["dementia-care"], "statement"),
   ("운영시간은 매주 월~금요일 오전 9시부터 오후 6시까지다", None, D, ["dementia-care"], "statement"),
   ("치매안심센터 분소 운영으로 지역주민이 더 가깝고, 다양한 치매 관리 서비스를 받을 수 있기를 바란다", "oh-eon-seok", D, ["dementia-care"], "statement"),
   ("앞으로도 치매안전망 구축에 최선을 다하겠다", "oh-eon-seok", D, ["dementia-care"], "plan")],
  ["[도봉구 제공. 재판매 및 DB 금지]"])

D = "2025-10-01"
w("im-03-heraldcorp.txt",
  [None, "2025-10-01", "박병국", "헤럴드경제", "11545"],
  ["yu-seong-hun"],
  [("지역 내 일자리 창출 활성화를 위해 금천구 민·관·공 일자리 거버넌스를 구성했다고 1일 밝혔다", None, D, ["jobs"], "achievement"),
   ("금천구는 지난 30일 민·관·공 일자리 거버넌스 참여기관들과 함께 업무협약식을 개최했다", None, "2025-09-30", ["jobs"], "achievement"),
   ("참여 기관은 금천구·서울상공회의소 금천구상공회 ·한국지식산업센터연합회 등 총 14개 기관이다", None, D, ["jobs"], "statement"),
   ("지역 일자리 문제 해결의 컨트롤타워 역할을 하게 된다", None, D, ["jobs"], "statement"),
   ("다변화시대에 대응하는 취·창업 프로그램 발굴 등 협력 방안 도모", None, D, ["jobs", "startup-support"], "statement"),
   ("필요시 공동사업도 추진할 계획이다", None, D, ["jobs"], "plan"),
   ("이번 거버넌스는 산업체와 유관기관, 교육기관까지 함께하는 실질적인 협의체라는 점에서 큰 의미가 있다", "yu-seong-hun", D, ["jobs"], "statement"),
   ("앞으로 이 협의체가 금천구의 일자리 문제를 해결하고 지역 경제를 살리는 선도 모델로 자리매김하길 기대한다", "yu-seong-hun", D, ["jobs"], "statement")],
  [])

D = "2024-08-21"
w("im-04-kmib.txt",
  ["노원구, ‘대한민국 솔라리그’ 산업통상자원부 장관상", "2024-08-21T16:05+09:00", "김용헌", "국민일보", "11350"],
  ["oh-seung-rok"],
  [("재생에너지 확대를 위한 사업을 진행하고 있다", None, D, ["energy-transition"], "statement"),
   ("구는 2014년부터 지난해까지 베란다형 미니 태양광 설치를 1만5629건 지원했다", None, D, ["energy-transition"], "achievement"),
   ("21개 발전 사업자에게 보조금도 지원했다", None, D, ["energy-transition"], "achievement"),
   ("건축물에서 배출되는 탄소를 효과적으로 제어하기 위해 ‘공공건축물 제로에너지 건물 로드맵’을 수립해 단계적으로 적용하고 있다", None, D, ["climate-carbon"], "statement"),
   ("패시브 공법을 활용해 에너지 효율을 극대화한다는 방침이다", None, D, ["climate-carbon"], "plan"),
   ("기후 위기에 맞서는 지자체의 역할이 중요해 태양광 에너지 보급 등 다양한 노력을 기울이고 있다", "oh-seung-rok", D, ["climate-carbon", "energy-transition"], "statement"),
   ("이번 수상을 계기로 앞으로도 친환경 에너지를 통한 탄소중립을 실현하겠다", "oh-seung-rok", D, ["climate-carbon", "energy-transition"], "plan")],
  ["대한민국 솔라리그는 지방정부와 민간의 태양광 발전 보급 성과를 겨루는 대회다", "노원구 제공"])

D = "2016-02-01"
w("im-05-ancnews.txt",
  ["인천항 등 인천 원도심 12곳 도시재생 추진", "2016-02-01", "장치열", None, "28"],
  [],
  [("원도심 12곳에서 재정비 사업과 주민공동시설 설치 등 도시재생 사업이 본격적으로 추진될 예정이다", None, D, ["urban-regeneration"], "plan"),
   ("‘2025 인천도시재생전략계획’을 최근 마련했다고 밝혔다", None, D, ["urban-regeneration"], "achievement"),
   ("원도심의 도시공동화로 도시재생의 수요가 끊임없이 제기돼왔다", None, D, ["urban-regeneration"], "statement"),
   ("대상지역은 ▷인천항 주변▷연안부두 어시장 일원", None, D, ["urban-regeneration"], "statement"),
   ("인천시는 이들 지역을 국토교통부의 도시재생사업에 선정되도록 해 국비를 확보할 예정이다", None, D, ["urban-regeneration"], "plan"),
   ("2025인천도시재생전략계획 공청회를 열어 시민의견을 수렴하고", None, D, ["urban-regeneration"], "plan")],
  ["10년간 2천억원 투입 계획"])

w("im-06-sedaily.txt",
  [None, None, None, "서울경제", "11440"],
  [],
  [("서울 마포구가 '장애인복지 종합계획'을 수립해 생애 주기 맞춤형 사업을 추진한다고 7일 밝혔다", None, None, ["welfare"], "plan"),
   ("구는 올해 장애인 복지 예산으로 전년 대비 약 20% 늘어난 392억 원을 편성해", None, None, ["welfare"], "plan"),
   ("장애인 자립기반을 위해서 장애인상생위원회와 장애인한마음축제를 운영하고 장애인 일자리와 인식 개선 관련 사업을 확대한다", None, None, ["welfare", "jobs"], "plan"),
   ("장애인 돌봄 수요 충족과 장애인 가구의 생활 안정을 위해", None, None, ["welfare"], "plan"),
   ("'장애인 행복·동행 하우스'를 설치하고 마포장애인종합복지관과 마포장애인가족지원센터를 운영한다", None, None, ["welfare"], "plan")],
  [])

D = "2022-07-13"
YU = "yu-cheon-ho"
w("im-07-segye.txt",
  ["유천호 강화군수 “볼거리·교통망 확충… 최고 관광도시 거듭날 것” [민선8기 단체장에 듣는다]", "2022-07-14T01:10+09:00", None, "세계일보", "28710"],
  [YU],
  [("“연간 방문객 1500만명 달성을 이뤘습니다.", YU, D, ["culture-tourism"], "achievement"),
   ("명실상부한 대한민국 최고의 관광·힐링 도시로 거듭날 것입니다", YU, D, ["culture-tourism"], "plan"),
   ("민선 8기 관광산업의 청사진을 차별화된 경쟁력 강화라고 요약했다", YU, D, ["culture-tourism"], "statement"),
   ("마니산 한겨레얼 체험공원 같은 다채로운 관광 인프라를 구축했다", None, D, ["culture-tourism"], "achievement"),
   ("향후 방침으로는 근대문화유산 재정비에 두기로 했다", None, D, ["culture-tourism"], "plan"),
   ("어재연 장군 충장사와 기독교역사기념관 활성화에 속도를 낸다", None, D, ["culture-tourism"], "plan"),
   ("산이포 평화공원, 국립고려박물관 건립으로 선조가 남긴 가치 있는 전통을 재조명할 것", YU, D, ["culture-tourism"], "plan"),
   ("화개정원 내 여러 프로그램을 개발하는 한편 새롭게 천문체험시설을 마련코자 한다", YU, D, ["culture-tourism"], "plan")],
  ["“年 방문객 1500만명 달성 이뤄”", "‘차별화된 경쟁력 강화’ 청사진", "여가시설 늘리고 맞춤형 복지",
   "근대문화유산 재정비 등 추진", "강화는 간략히 ‘지붕 없는 박물관’이라 불린다"])

PN = "park-nam-chun"
w("im-08-hankookilbo.txt",
  ["[특별·광역시 종합 1위 박남춘 인천시장 인터뷰]", None, None, None, "28"],
  [PN],
  [("그동안 '일자리가 곧 복지'라는 철학을 갖고 시정에 임했다", PN, None, ["jobs", "welfare"], "statement"),
   ("산업단지 재생 등을 통해 일자리 경쟁력을 높였다", PN, None, ["jobs"], "achievement"),
   ("인천형 바이오 혁신 클러스터를 조성해 고부가가치 미래 일자리도 창출했다", PN, None, ["medical-industry", "jobs"], "achievement"),
   ("코로나19 고용 충격을 최소화하기 위해 공공주도 일자리 사업을 추진했다", PN, None, ["jobs"], "achievement"),
   ("시민이 안전하다'라는 기조를 2년째 유지하고 있다", PN, None, ["public-health"], "statement"),
   ("인구 10만 명당 주간 확진자는 702.9명으로 수도권에서 가장 적다", PN, None, ["public-health"], "achievement"),
   ("재난지원금 목적은 지역경제, 특히 골목상권을 살리는 것인데", PN, None, ["small-merchants"], "statement"),
   ("인천이(e)음 카드로 결제 시 한 달 최대 5만5,000원까지 돌려드리는데", PN, None, ["small-merchants"], "statement")],
  ["'일자리=복지'...건전 재정 기반 일자리 창출 매진", "지역화폐 '인천e음' 경제활성화, 시민 만족도 94%",
   "자영업자·소상공인 지킴이 공공금융 플랫폼으로", "-재정역량과 일자리·코로나 대응이 돋보이는데.",
   "-재난지원금 지급이 아닌 지역화폐 캐시백 혜택을 확대했는데.", "건전한 재정은 행정의 기본이다",
   "지역 안에서 돈이 돌게 한 덕분"])

PW = "park-won-soon"
w("im-09-sbs.txt",
  ["박원순 \"대통령 만나 청년수당 설명하고 협조 구하겠다\"", None, None, "SBS", "11"],
  [PW],
  [("청년수당 정책을 설명하고 협조를 구하겠다며 대통령 면담을 요청했습니다", PW, None, ["youth-policy"], "plan"),
   ("서울시 청년수당은 2년 넘는 시간 동안 청년들이 토론하며 스스로 만든 정책", PW, None, ["youth-policy"], "statement"),
   ("서울시의 청년수당 사업을 직권취소해", PW, None, ["youth-policy"], "statement"),
   ("중앙정부와 맞서기 위해 이 정책을 놓은 것이 아니라 미래세대에 작은 책임을 다하려 만든 것", PW, None, ["youth-policy"], "statement"),
   ("정부에 대화와 토론으로 미래를 준비하는 해결책을 함께 찾자", PW, None, ["youth-policy"], "plan"),
   ("8조 원 넘는 돈을 청년 일자리 예산으로 투입했고", PW, None, ["youth-policy", "jobs"], "criticism"),
   ("오히려 청년실업 문제는 악화하고 있다", PW, None, ["youth-policy", "jobs"], "criticism"),
   ("청년실업률이 지난 6월 역대 최고치인 10.3%를 기록해 전체 실업률의 세배에 이른다", PW, None, ["youth-policy", "jobs"], "criticism"),
   ("서울시는 청년에 도움이 된다면 어떤 방안이든 수용할 준비가 돼 있다", PW, None, ["youth-policy"], "plan")],
  ["대통령의 답변을 기다리겠다", "미래세대준비위원회를 만들고 대통령이 위원장을 맡으면"])
print("ok")
