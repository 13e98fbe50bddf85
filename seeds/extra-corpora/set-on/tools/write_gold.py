"""Write set-on's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


G = []

# on-01 시민일보, 서울 강남구, 2024-06-17
D = "2024-06-17"
G.append({
 "article": "on-01-siminilbo.txt",
 "metadata": {"headline": "강남구, 洞주민센터서 복지·건강 특화사업", "published": "2024-06-17T15:42:24+09:00",
              "reporter": "이대우", "outlet": "시민일보", "jurisdiction": "11680"},
 "officials": ["jo-seong-myeong"],
 "claims": [
  c("새로운 복지사각지대 발굴을 위한 복지·건강 특화사업을 할 수 있도록 총 2000만원을 지원한다", None, D, ["welfare"], "plan"),
  c("17일 구에 따르면 새로운 복지사각지대 발굴을 위한 다양한 신규 사업을 추진하고 있지만", None, D, ["welfare"], "statement"),
  c("구는 이번 동별 특화 사업 지원을 통해 민간과 협치한다는 강남형 ESG 실천이", None, D, ["welfare"], "statement"),
  c("지역 곳곳 소외계층을 찾아가는 복건복지서비스 사업을 추진하면서 매년 신규 사업을 기획해 지역 복지 수요에 대응하고 있다", "jo-seong-myeong", D, ["welfare"], "statement"),
  c("동별 특성에 맞는 특화 사업을 통해 만족도 높은 복지서비스를 제공하겠다", "jo-seong-myeong", D, ["welfare"], "plan"),
 ],
 "not_claims": ["강남구, 洞주민센터서 복지·건강 특화사업", "22개동 공모 신청받아 7개洞 최종 선정",
                "1인가구 고독사 예방등 지역 맞춤형 사업 추진"],
})

# on-02 시사매거진, 경남 창원시, 2019-03-04
D = "2019-03-04"
G.append({
 "article": "on-02-sisamagazine.txt",
 "metadata": {"headline": "창원시, 3월 정례조회 개최", "published": "2019-03-04",
              "reporter": "양희정", "outlet": "시사매거진", "jurisdiction": "48120"},
 "officials": ["heo-seong-mu"],
 "claims": [
  c("대형 사업들과 연계한 일자리 창출과 지역민의 소득증대 방안 검토를 강조했다", "heo-seong-mu", D, ["jobs"], "plan"),
  c("창원국가산업단지가 ‘스마트 선도산단’으로 선정돼", "heo-seong-mu", D,
    ["jobs", "fourth-industrial-revolution", "robot-industry", "culture-tourism"], "plan"),
  c("수소, 방위산업 등 전략산업 뿐 아니라, 문화, 관광, 복지 등 모든 분야에서", "heo-seong-mu", D,
    ["energy-transition", "culture-tourism", "welfare"], "plan"),
 ],
 "not_claims": ["대형사업 연계 일자리 창출 방안 마련", "직원 300여명이 참석한 가운데 3월 정례조회를 개최했다",
                "국책사업 선점을 위한 발 빠른 대응도 주문했다", "지방세정 종합 평가 우수기관 표창",
                "승해경 경남다문화가족지원센터장을 강사로 초청해 성희롱 예방교육도 있었다"],
})

# on-03 (국민일보 page, no outlet in text), 경상남도, 2025-09-24
D = "2025-09-24"
G.append({
 "article": "on-03-kmib.txt",
 "metadata": {"headline": "‘대한민국 귀농귀촌 1번지’ 경남으로 오세요", "published": "2025-09-24",
              "reporter": None, "outlet": None, "jurisdiction": "48"},
 "officials": [],
 "claims": [
  c("‘2025 대한민국 농업박람회’에 참가해 귀농·귀촌 통합부스를 운영한다고 24일 밝혔다", None, D, ["agriculture"], "plan"),
  c("6개 시군과 함께 상담 부스를 윤번제로 운영한다", None, D, ["agriculture"], "plan"),
  c("귀농·귀촌 홍보 및 맞춤형 상담을 통해 도시민에게 경남의 다양한 지원정책과 정착 정보를 제공할 예정이다", None, D, ["agriculture"], "plan"),
  c("특히 귀농인 안정정착 지원, 농촌에서 살아보기, 귀농 농업창업·주택구입 자금 지원", None, D,
    ["agriculture", "startup-support", "youth-policy"], "plan"),
  c("적극적인 정책 홍보와 상담을 통해 귀농·귀촌 희망자들이 안정적으로 정착할 수 있도록 하겠다", None, D, ["agriculture"], "plan", "성흥택"),
  c("앞서 경남도는 지난 6월 부산에서 귀농·귀촌·귀향 유치설명회를 열어", None, D, ["agriculture"], "achievement"),
  c("수도권과 부산 등지에서 열린 박람회에 7차례 참가해 맞춤형 상담 등 폭넓은 지원으로 도시민 유치를 성과를 거두고 있다", None, D, ["agriculture"], "achievement"),
 ],
 "not_claims": ["경남도, ‘2025 대한민국 농업박람회’서 귀농귀촌 정책 홍보",
                "‘농업·농촌 혁신이 만드는 성장과 행복’을 주제로",
                "대한민국 농업박람회는 도시민에게 경남의 매력을 직접 알리는 절호의 기회"],
})

# on-04 연합시민의소리, 인천 남동구, 2024-07-22
D = "2024-07-22"
G.append({
 "article": "on-04-cunews.txt",
 "metadata": {"headline": "인천 남동구, 청년 도전 지원사업 참여자들과 함께하는 토크콘서트 개최",
              "published": "2024-07-22T10:30+09:00", "reporter": "이경문", "outlet": "연합시민의소리",
              "jurisdiction": "28200"},
 "officials": ["park-jong-hyo"],
 "claims": [
  c("박종효 구청장과 청년 도전 지원사업 참여자들이 함께하는 토크콘서트를 개최했다고 22일 밝혔다", None, D, ["youth-policy"], "achievement"),
  c("이번 행사는 남동구 일자리정책과에서 진행 중인 청년 도전 지원사업에 참여 중인 구직 준비 청년들을 격려하고", None, D, ["youth-policy", "jobs"], "statement"),
  c("청년의 가장 큰 화두인 일자리 복지와 관련해", None, D, ["jobs", "youth-policy"], "statement"),
  c("앞으로 중앙정부와 시와 협력하고 고민해 청년 일자리 환경이 개선될 수 있도록 구에서도 최선을 다하겠다", "park-jong-hyo", D, ["youth-policy", "jobs"], "plan"),
 ],
 "not_claims": ["인천 남동구, 청년 도전 지원사업 참여자들과 함께하는 토크콘서트 개최", "무통장입금 정보입력",
                "가장 많이 본 기사"],
})

# on-05 (서울신문 page, no outlet in text), 제주특별자치도, 2026-01-26
D = "2026-01-26"
CB = ["childcare-birth", "welfare"]
G.append({
 "article": "on-05-seoul.txt",
 "metadata": {"headline": "제주도, 체감형 복지·일자리·주거 패키지 가동", "published": "2026-01-26",
              "reporter": None, "outlet": None, "jurisdiction": "50"},
 "officials": ["oh-young-hun"],
 "claims": [
  c("제주도가 돌봄·일자리·주거를 아우르는 도민 체감형 복지정책을 본격 추진한다", None, D, ["welfare", "jobs", "housing"], "plan"),
  c("올해 도는 도민이 체감할 수 있는 복지와 고용 안정에 정책 역량을 집중하겠다는 구상이다", None, D, ["welfare", "jobs"], "plan"),
  c("손주돌봄수당 시행, 달빛어린이병원 본인부담금 지원, 4050 고용안정 대책, 주거복지 확대 방안 등을 확정했다고 밝혔다", None, D,
    ["childcare-birth", "welfare", "public-health", "jobs", "housing"], "achievement"),
  c("도는 전국 최초로 ‘달빛어린이병원 본인부담금 지원’에 나선다", None, D, ["public-health"], "plan"),
  c("달빛어린이병원을 이용하는 18세 이하 아동은 진료비 본인부담금을 지원받는다", None, D, ["public-health"], "statement"),
  c("개인당 제주시는 4800원, 서귀포시는 3400원을 대신 도에서 지원해준다", None, D, ["public-health"], "statement"),
  c("예산은 3억 7000만원 책정됐다", None, D, ["public-health"], "statement"),
  c("조부모가 손주를 돌보는 가정에 지급하는 손주돌봄수당은 3월부터 지급된다", None, D, CB, "plan"),
  c("손주돌봄수당은 부모를 대신해 손주를 돌보는 조부모에게 돌봄수당을 지급하는 제도다", None, D, CB, "statement"),
  c("맞벌이 등으로 양육 공백이 있고 기준 중위소득 150% 이하인 가정이 대상이다", None, D, CB, "statement"),
  c("1월 신청 결과 419명이 접수해 계획 대비 95%의 신청률을 기록했다", None, D, CB, "achievement"),
  c("조부모는 월 40시간 이상 돌봄 시 아동 1명 기준 월 30만원", None, D, CB, "statement"),
  c("손주돌봄수당은 조부모 돌봄의 사회적 가치를 인정하는 정책", None, D, CB, "statement", "이혜란"),
 ],
 "not_claims": ["제주도, 체감형 복지·일자리·주거 패키지 가동",
                "오영훈 지사가 26일 주간혁신성장회의를 열어 도민 체감형 복지정책 추진 의지를 피력하고 있다"],
})

# on-06 (경남일보 page; text names no outlet), 경남 진주시, 2019-10-10
D = "2019-10-10"
UR = ["urban-regeneration"]
G.append({
 "article": "on-06-gnnews.txt",
 "metadata": {"headline": "진주시, 도시재생 뉴딜사업 선정 회견", "published": "2019-10-10",
              "reporter": "정희성", "outlet": None, "jurisdiction": "48170"},
 "officials": ["jo-gyu-il"],
 "claims": [
  c("시민들과 함께 원도심 활성화를 위해 행정력을 집중하겠다", "jo-gyu-il", D, UR, "plan"),
  c("그간 진주 원도심은 시청 이전, 혁신도시 조성, 외곽 택지개발 확대 등 도시 공간구조 변화로", "jo-gyu-il", D, UR, "statement"),
  c("하지만 이번 성북지구 도시재생 뉴딜사업 선정으로 원도심 활성화는 물론", "jo-gyu-il", D, ["urban-regeneration", "culture-tourism"], "achievement"),
  c("성공적인 도시재생 사업 추진을 위해 시민설명회를 개최하는 등 다양한 의견을 들을 예정", "jo-gyu-il", D, UR, "plan"),
  c("향후 사업 추진을 통해 지속가능한 원도심 활성화가 될 수 있도록 시민들의 장기적인 관심과 참여를 바란다", "jo-gyu-il", D, UR, "statement"),
  c("성북지구와 같이 신청했지만 강남지구 도시재생 뉴딜사업은 아쉽게 탈락했다", "jo-gyu-il", D, UR, "statement"),
  c("계획을 수정·보완해 내년 상반기에 재도전하겠으며", "jo-gyu-il", D, UR, "plan"),
  c("한편 성북지구 도시재생 뉴딜사업에는 국비 180억", None, D, ["urban-regeneration", "youth-policy", "culture-tourism"], "plan"),
 ],
 "not_claims": ["진주시, 도시재생 뉴딜사업 선정 회견",
                "조규일 시장 “원도심 활성화 위해 행정력 집중” 성북·중앙동 등 진주성 일대 청년 하우스 등 421억 투입"],
})

# on-07 서울신문, 서울 동대문구, 2019-01-17 (입력)
D = "2019-01-17"
JW = ["jobs", "welfare"]
G.append({
 "article": "on-07-seoul.txt",
 "metadata": {"headline": "동대문 어르신들 일자리 걱정 마세요", "published": "2019-01-17T23:14+09:00",
              "reporter": "주현진", "outlet": "서울신문", "jurisdiction": "11230"},
 "officials": ["yu-deok-yeol"],
 "claims": [
  c("구는 2682명 중 1423명을 선정하기 위해 오는 24일까지 참여자를 모집한다", None, D, JW, "plan"),
  c("분야별로 지역사회 봉사활동인 공익형 2235명", None, D, JW, "statement"),
  c("광고물클린도우미(불법광고물 정비활동 45명) 사업을 새롭게 추진한다", None, D, JW, "plan"),
  c("참여 어르신들이 안전하게 활동할 수 있도록 안전사고 예방에 힘쓰겠다", "yu-deok-yeol", D, ["jobs", "welfare", "disaster-safety"], "plan"),
 ],
 "not_claims": ["동대문 어르신들 일자리 걱정 마세요", "공익형·근로활동 등 2682명 모집", "2019-01-18 20면"],
})

# on-08 연합뉴스 (via 한국경제 page), 인천광역시, undated
G.append({
 "article": "on-08-hankyung.txt",
 "metadata": {"headline": "인천시, 초미세먼지 비상저감조치 강화…초기부터 적극 대응", "published": None,
              "reporter": None, "outlet": "연합뉴스", "jurisdiction": "28"},
 "officials": [],
 "claims": [
  c("인천시는 고농도 초미세먼지 발생 초기 단계부터 차량 운행 제한과 배출량 감축 등 비상저감조치를 강화한다고 20일 밝혔다", None, None, ["fine-dust"], "plan"),
  c("'인천형 초미세먼지 비상저감조치'를 시행할 계획이다", None, None, ["fine-dust"], "plan"),
  c("인천형 비상저감조치가 발령되면 행정·공공기관의 관용차량은 전면 운행이 제한되고", None, None, ["fine-dust"], "statement"),
  c("관급 공사장에서는 터파기, 기초 공사 등 날림먼지 발생 공정이 전면 중지되고", None, None, ["fine-dust"], "statement"),
  c("11월 중 인천형 초미세먼지 비상저감조치 모의훈련을 시행하고", None, None, ["fine-dust"], "plan"),
 ],
 "not_claims": ["인천시, 초미세먼지 비상저감조치 강화…초기부터 적극 대응", "/연합뉴스"],
})

# on-09 (전자신문 page; text names no outlet), 제주특별자치도, undated
ET = ["energy-transition"]
G.append({
 "article": "on-09-etnews.txt",
 "metadata": {"headline": "오영훈 제주도지사 “데이터센터부터 감귤농사까지 그린수소 도입…재생E 단점 극복 수단”",
              "published": None, "reporter": None, "outlet": None, "jurisdiction": "50"},
 "officials": ["oh-young-hun"],
 "claims": [
  c("데이터센터부터 양계장까지 생활 전 영역에 그린수소를 적용할 계획", "oh-young-hun", None, ET, "plan"),
  c("간담회를 갖고 제주도의 그린수소 사업·활용 계획을 설명했다", "oh-young-hun", None, ET, "statement"),
  c("'그린수소 생산 기술 개발 실증' 지방자치단체로 선정됐다", None, None, ET, "achievement"),
  c("제주시 구좌읍에 3㎿ 규모 청정수소 실증 플랜트를 구축했고", None, None, ET, "plan"),
  c("계획대로면 제주도는 아시아 최대규모의 그린수소 생산기지가 된다", None, None, ET, "statement"),
  c("2030년 기준 그린수소 생산량은 3800톤으로", None, None, ET, "target"),
  c("제주도는 이미 그린수소 활용에 나섰다", None, None, ET, "achievement"),
  c("그린수소 생산 실증에 성공한 지난해 8월, 수소버스 운행을 시작했다", None, None, ["energy-transition", "future-vehicles"], "achievement"),
  c("2030년까지 수소 버스를 300대까지 늘리고 수소트램을 도입", None, None,
    ["future-vehicles", "public-transit", "energy-transition"], "target"),
  c("5500세대 규모 화북2지구를 '친환경 그린수소 에너지시티'로 조성한다는 그림을 그렸다", None, None, ET, "plan"),
  c("(그린수소)계획이 차차 확대될 것", "oh-young-hun", None, ET, "statement"),
  c("농업 분야에선 감귤, 양계 등 분야에서 사용하는 전력도 그린수", "oh-young-hun", None, ET, "statement"),
 ],
 "not_claims": ["오영훈 제주도지사 “데이터센터부터 감귤농사까지 그린수소 도입…재생E 단점 극복 수단”",
                "김상협 탄소중립녹색성장위원회 민간위원장이 제주국제컨벤션센터에서 산업통상자원부 출입기자단과 간담회를 갖고 답변하는 모습"],
})

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    n = 0
    for g in G:
        (GOLD / (g["article"] + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        n += len(g["claims"])
        print(g["article"], len(g["claims"]))
    print("total", n)
