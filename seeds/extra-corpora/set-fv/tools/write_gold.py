"""Writes gold/*.json for set-fv from the compact tables below (hand annotation)."""
import json
N = None
G = {}
def C(q, sp, d, pol, k, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: c["speaker_name"] = name
    return c
D = "2026-01-30"; W = "woo-beom-gi"
G["fv-01-fnnews.txt"] = ({"headline": "'청년이 직접 정책 발굴' 전주시 청년희망단 활동 시작", "published": "2026-01-30T14:32+09:00",
  "reporter": "강인", "outlet": "파이낸셜뉴스", "jurisdiction": "52110"}, [W], [
  C("청년희망단이 청년에게 필요한 정책을 발굴하기 위한 활동에 나선다", N, D, ["youth-policy", "citizen-participation"], "plan"),
  C("제10기 청년희망단이 발대식을 갖고 활동을 시작한다", N, D, ["youth-policy"], "statement"),
  C("공개모집을 거쳐 18~39세 대학생과 취업준비생", N, D, ["youth-policy"], "statement"),
  C("정책 과제로 구체화해 전주시에 제안할 예정이다", N, D, ["youth-policy", "citizen-participation"], "plan"),
  C("청년희망단 위원들이 제안한 정책을 시정에 반영했다", N, D, ["youth-policy", "citizen-participation"], "achievement"),
  C("실효성 있는 청년정책이 발굴될 수 있도록 적극적인 활동에 임해주길 바란다", W, D, ["youth-policy"], "statement"),
 ], ["'청년이 직접 정책 발굴' 전주시 청년희망단 활동 시작", "청년은 미래의 주역이자 현재의 동력으로"])
D = "2016-04-18"
G["fv-02-yeosu.txt"] = ({"headline": "여수시, ‘살고 싶고, 또 가고 싶은 행복한 섬’ 만들기", "published": "2016-04-18T14:26+09:00",
  "reporter": N, "outlet": N, "jurisdiction": "46130"}, ["ju-cheol-hyeon"], [
  C("유인도 중 관광객이 많이 방문하는 섬을 중심으로 행정력과 예산을 집중시켜", N, D, ["culture-tourism"], "plan"),
  C("도서지역 47곳에 생활기반 조성 사업비로 157억7700만원을 투입해", N, D, ["welfare"], "plan"),
  C("또 도서민 운임지원과 생필품 및 LPG 운송사업 지원", N, D, ["public-transit"], "plan"),
  C("명품 섬에 사업비 29억원을 투입해 백야 바지락 체험장", N, D, ["culture-tourism"], "plan"),
  C("관광 두레사업도 종전 7개소에서 10개소로 확대해", N, D, ["culture-tourism"], "target"),
  C("시는 관광객들이 관심 있는 섬을 쉽고 정확하게 찾아갈 수 있도록", N, D, ["culture-tourism"], "statement"),
  C("현재 DB로 구축된 전남 섬 홈페이지를 다음 달에 여수시 홈페이지와 연계해", N, D, ["culture-tourism"], "plan"),
 ], ["여수시, ‘살고 싶고, 또 가고 싶은 행복한 섬’ 만들기", "UPDATED. 2019-09-11 15:58"])
D = "2017-03-17"; R = "won-hee-ryong"
G["fv-03-betanews.txt"] = ({"headline": "제주 아일랜드, 160대 전기차가 이제는 1만대 시대", "published": "2017-03-17T22:50:26+09:00",
  "reporter": "심미숙", "outlet": N, "jurisdiction": "50"}, [R], [
  C("국제전기자동차 엑스포는 세계에서 처음으로 열린 순수전기차 국제행사입니다", R, D, ["future-vehicles"], "achievement"),
  C("제주 또한 그동안 전기차와 에너지 분야에서 의미 있는 성과를 만들어 가고 있습니다", R, D, ["future-vehicles", "energy-transition"], "achievement"),
  C("2013년 전국에서 최초로 160대의 전기차를 보급했던 제주는 이제 전기차 1만대 시대를 눈앞에 두고 있습니다", R, D, ["future-vehicles"], "achievement"),
  C("대규모 풍력 단지 조성 등 미래 에너지 산업 발전을 위해서도 많은 투자와 노력을 기울이고 있습니다", R, D, ["energy-transition"], "statement"),
  C("교통부문을 중심으로 자율주행 같은 최첨단 기술과 스마트 에너지 기술 등에도 과감하게 도전하고 있습니다", R, D, ["future-vehicles", "energy-transition"], "statement"),
  C("다가오는 변화를 제주에서 가장 먼저 경험하고, 테스트 할 수 있는 환경을 만들기 위해서 지속적으로 노력해 나갈 것입니다", R, D, ["future-vehicles", "energy-transition"], "plan"),
 ], ["17일 제주도 여미지식물원에서 제4회 국제전기자동차엑스포가 개막했다", "사진설명=공식기자회견을 갖고 있는 원희룡 제주도지사",
     "이번 엑스포에서는 배터리 컨퍼런스, 자율주행 포럼, 전기차이용자 포럼 등이 신설되었습니다",
     "300km가 훌쩍 넘는 제2세대 전기차가 선을 보이고 있습니다"])
D = "2021-09-29"; J = "jang-jong-tae"
G["fv-04-timenews.txt"] = ({"headline": "대전 서구, 관저동 마치상가 지역 ‘골목형상점가’ 첫 지정", "published": "2021-09-29T16:19:01+09:00",
  "reporter": "홍대인", "outlet": "대전타임뉴스", "jurisdiction": "30170"}, [J], [
  C("29일 구청에서 골목형상점가 심의위원회 개최하고 관저동 마치상가 지역을 골목형상점가를 처음으로 지정했다", N, D, ["small-merchants"], "achievement"),
  C("소상공인 점포가 30개소 이상 밀집하여 있는 골목상권을 대상으로, 지난 6월부터 8월까지 두 차례에 걸친 공개모집을 진행했다", N, D, ["small-merchants"], "achievement"),
  C("민간 공모사업비 2,000만 원을 지원받아 골목상권 홍보사업, 소비촉진 활성화 사업 등을 추진할 수 있게 되었다", N, D, ["small-merchants"], "statement"),
  C("기존 전통시장과 상점가에만 해당하던 국·시비 지원사업도 지원받을 수 있게 되며", N, D, ["small-merchants"], "statement"),
  C("앞으로도 서구에서는 골목상권 활성화를 위해 골목형상점가를 발굴·지정하고", N, D, ["small-merchants"], "plan"),
  C("코로나19로 어려움을 겪고 있는 골목상권 소상공인에게 도움이 되었으면 한다", J, D, ["small-merchants"], "statement"),
  C("앞으로도 소상공인의 경영난 해소와 침체된 골목경제 회복을 위해 최선을 다하겠다", J, D, ["small-merchants"], "plan"),
 ], ["대전 서구, 관저동 마치상가 지역 ‘골목형상점가’ 첫 지정", "민간 공모사업비 지원 및 각종 국·시비 지원 사업 추진 가능",
     "광역시 충청북도충청남도경상북도전라북도전라남도"])
D = "2015-09-04"
G["fv-05-kmib.txt"] = ({"headline": "청주 시내버스 준공영제 도입 시동", "published": "2015-09-04T13:21+09:00",
  "reporter": "홍성헌", "outlet": "국민일보", "jurisdiction": "43110"}, [], [
  C("시내버스 준공영제 추진협의회의를 구성하고 위원 19명에게 위촉장을 전달했다", N, D, ["public-transit"], "achievement"),
  C("협의회는 앞으로 매월 정례회를 통해 준공영제 도입과 관련", N, D, ["public-transit"], "plan"),
  C("앞서 시는 지난 3월 6개 시내버스 업체와 준공영제 도입 협약을 했다", N, D, ["public-transit"], "achievement"),
  C("준공영제는 버스회사들의 모든 수입금을 공동관리위원회가 관리하면서", N, D, ["public-transit"], "statement"),
  C("협의회 구성은 준공영제 도입의 사회적 합의를 위한 구체적인 논의가 시작됐다는 의미", N, D, ["public-transit"], "statement"),
  C("내년 7월 준공영제 도입을 목표로 활동할 것", N, D, ["public-transit"], "plan"),
 ], ["청주 시내버스 준공영제 도입 시동", "협의회는 윤재길 부시장이 위원장을 맡고"])
D = "2023-06-07"; M = "choi-min-ho"
G["fv-06-newspim.txt"] = ({"headline": "최민호 세종시장 \"최상의 도락은 생명 다루는 가드닝\"", "published": "2023-06-08T09:13+09:00",
  "reporter": "홍근진", "outlet": "뉴스핌", "jurisdiction": "36"}, [M], [
  C("국제정원도시박람회에 시민들의 참여를 적극 요청했다고 8일 밝혔다", M, D, ["culture-tourism", "citizen-participation"], "statement"),
  C("행정수도와 미래전략수도라는 자존심에 걸맞은 행사로 국제정원도시박람회를 준비하고 있다며", M, D, ["culture-tourism"], "statement"),
  C("최 시장은 박람회의 경제적 가치에 대해 순천만 정원박람회가", M, D, ["culture-tourism"], "statement"),
 ], ["최상의 도락은 생명 다루는 가드닝", "정원도시 활성화 간담회서 2025년 행사에 시민참여 적극 요청",
     "간담회에서 발언하는 최민호 세종시장 모습", "경제소득에 따라 즐기는 도락이라는 것이 있다",
     "정원 가꾸기는 꽃과 나무처럼 생명을 다루는 일이기 때문에 무궁무진한 가능성이 있다",
     "녹지율 52%의 세종시에는 전국 어디에서도 찾을 수 없는 빼어난 정원 기반을 갖추고 있다",
     "그 예로 금강과 중앙공원, 국립세종수목원, 베어트리파크, 전의 조경수마을이 있다"])
D = "2019-12-04"; L = "임찬혁"
G["fv-07-jnilbo.txt"] = ({"headline": "광주시, 소규모 재생사업 공모 2곳 선정", "published": "2019-12-04T18:47+09:00",
  "reporter": "김정대", "outlet": "전남일보", "jurisdiction": "29"}, [], [
  C("최종 선정돼 국비 2억원을 확보했다고 밝혔다", N, D, ["urban-regeneration"], "achievement"),
  C("지역주민이 자발적으로 계획을 수립하고 사업에 직접 참여해", N, D, ["urban-regeneration", "citizen-participation"], "statement"),
  C("계림1동 푸른길공원 일원의 취약한 주거환경을 개선하고 쇠퇴 상권을 활성화시키는 사업이다", N, D, ["urban-regeneration", "small-merchants"], "statement"),
  C("우산빛여울채 임대아파트를 1인 청년가구에게 임대해 청년 주거문제를 해결하고", N, D, ["housing", "youth-policy", "urban-regeneration"], "statement"),
  C("여러 지역에서 다양한 사업이 추진될 수 있도록 앞으로도 사업 공모에 만전을 기할 계획이다", N, D, ["urban-regeneration"], "plan", L),
  C("소규모 재생사업에 지역주민의 적극적인 관심과 참여를 바란다", N, D, ["urban-regeneration"], "statement", L),
 ], ["광주시, 소규모 재생사업 공모 2곳 선정", "주민참여 사업… 국비 2억원 확보", "광주시 전경."])
D = "2025-10-13"; K = "김석필"
G["fv-08-newsstep.txt"] = ({"headline": "천안시, 수도권 이전기업 등 6개사와 2175억원 투자협약", "published": "2025-10-13T18:45:14+09:00",
  "reporter": "최선경", "outlet": "뉴스스텝", "jurisdiction": "44130"}, ["kim-tae-heum"], [
  C("천안시는 13일 충남도청에서 수도권 이전기업인 ㈜웨이비스를 비롯한 6개 기업과 투자협약을 체결했다", N, D, ["investment-attraction"], "achievement"),
  C("9만 8,153㎡ 부지에 공장 이전·증설을 추진하고 971명의 고용 효과를 창출하게 된다", N, D, ["investment-attraction", "jobs"], "target"),
  C("1,432명의 고용 성과를 달성하는 등 안정적인 투자유치 실적을 이어가고 있다", N, D, ["investment-attraction", "jobs"], "achievement"),
  C("시는 기업유치를 위해 투자설명회와 각종 박람회에 홍보부스를 운영하며", N, D, ["investment-attraction"], "plan"),
  C("천안으로 공장 이전·증설을 추진한 6개 기업대표께 감사드린다", N, D, ["investment-attraction"], "statement", K),
  C("투자가 원활하게 추진될 수 있도록 관련 인허가 절차를 적극 지원하고", N, D, ["investment-attraction"], "plan", K),
 ], ["천안시, 수도권 이전기업 등 6개사와 2175억원 투자협약", "971명 고용 창출…올해 누적 6,107억 투자 성과",
     "13일 충남도청에서 열린 투자협약식에서 김석필 천안시장 권한대행 부시장",
     "지역경제 활성화와 일자리 창출을 위한 협력의지를 다졌다"])
P = "park-u-ryang"
G["fv-09-namdonews.txt"] = ({"headline": N, "published": N, "reporter": N, "outlet": N, "jurisdiction": "46910"}, [P], [
  C("햇빛연금 정책의 햇빛과 바람은 지역주민의 것이라는 것에서 출발했으며", P, N, ["energy-transition"], "statement"),
  C("‘신안군 도시계획 조례’ 개정을 통해 주민참여의 기틀을 마련", N, N, ["energy-transition", "citizen-participation"], "achievement"),
  C("지역별로 신재생에너지 주민협동조합을 설립하고", P, N, ["energy-transition", "citizen-participation"], "achievement"),
  C("발전소와의 거리별로 차등으로 햇빛연금을 지급하고", P, N, ["energy-transition"], "achievement"),
  C("2021년 4월 26일 전국 최초로 안좌도와 자라도에 신재생에너지 배당금인 햇빛연금이 지급됐다", P, N, ["energy-transition"], "achievement"),
  C("2021년 11월 지도에서 첫 햇빛연금이 지급", P, N, ["energy-transition"], "achievement"),
  C("이는 군민 3만8천여명 중 약 1만524명이 지급받아 약 28%가 해당된다", P, N, ["energy-transition"], "achievement"),
  C("햇빛연금 지급 3년만에 100억원을 돌파했다", P, N, ["energy-transition"], "achievement"),
 ], ["2018년 조례 개정…주민 참여 기틀 마련", "연금 지급 3년만에 100억원 돌파 ‘뿌듯’", "최대 4천만원 햇빛아동장학적금 시행 예정",
     "전남 박우량 신안군수. /전남 신안군 제공", "군민들이 섬에 사는 것을 자랑스럽게 여기는 신안을 만들기 위해 최선을 다하겠다"])
for f, (meta, off, claims, nc) in G.items():
    d = {"article": f, "metadata": meta, "officials": off, "claims": claims, "not_claims": nc}
    open("/work/blind/set-fv/gold/" + f + ".json", "w", encoding="utf-8").write(json.dumps(d, ensure_ascii=False, indent=1))
    print(f, len(claims))
