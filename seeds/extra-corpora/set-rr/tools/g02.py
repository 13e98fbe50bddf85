from gold_lib import C, write
D = '2018-06-21'; N = '김한근'  # 당선자 before his term (2018-07-01) -> speaker null + speaker_name
write('rr-02-donga.txt',
 {"headline": "김한근 강릉시장 당선자 “인구감소 막기 위해 기업 유치… 관광산업 위주 산업구조 바꿀 것”",
  "published": "2018-06-22T03:00+09:00", "reporter": None, "outlet": "동아일보", "jurisdiction": "42150"},
 ["kim-han-geun"],
 [C("인구 감소를 막기 위해 기업을 유치하고 일자리를 만드는 것을 시정의 제1 목표로 하겠다", None, D, ["investment-attraction", "jobs"], "plan", N),
  C("복합산업단지 및 물류단지를 조성하고 기업이 들어올 수 있는 개방된 환경을 만들어", None, D, ["investment-attraction"], "plan", N),
  C("관련 중소기업들을 자연스럽게 추가 유치할 수 있다", None, D, ["investment-attraction"], "statement", N),
  C("우선 안인에코파워를 중심으로 발전설비단지를 조성하겠다", None, D, ["investment-attraction"], "plan", N),
  C("신소재비철복합단지 역시 기존에 진행되고 있는 대기업과 협의하고", None, D, ["investment-attraction"], "plan", N),
 ],
 ["김한근 강릉시장 당선자 “인구감소 막기 위해 기업 유치… 관광산업 위주 산업구조 바꿀 것”",
  "새로운 강릉을 위한 비전과 정책 제시에 시민들이 공감했기 때문에 승리를 자신했다",
  "공약 가운데 대규모 실버타운 조성이 있었는데",
  "현재 구상하고 있는 실버타운은 은퇴한 노인들이 와서 거주하는 단순한 주거 공간이 아니다"])
