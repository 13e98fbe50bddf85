"""Write set-ll gold files (hand annotation)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

def c(quote, policies, kind, date, speaker=None, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d

F = []
D = "2021-07-08"; fv = ["future-vehicles"]
F.append(("ll-01-fnnews.txt",
  {"headline": "수원시, 전국 최초 '가로등형 전기차 급속충전기' 설치", "published": "2021-07-08T10:37+09:00",
   "reporter": "장충식", "outlet": "파이낸셜뉴스", "jurisdiction": "41110"}, [],
  [c("전국 최초로 가로등 형태의 전기차 급속충전기를 노상 주차장에 설치한다고", fv, "plan", D),
   c("가로등형 전기차 급속충전기 4기를 설치할 예정이며", fv, "target", D),
   c("지난 3월 민간충전사업자와 업무협약을 체결하고", fv, "statement", D),
   c("연무대주차장에는 7월 말까지 일반 급속충전기를 설치하며", fv, "plan", D),
   c("올해 하반기에 친환경 전기승용차 500대를 민간에 추가로 보급하고", fv, "target", D),
   c("전기화물차는 상반기 구매지원 사업 잔여량(100여 대)을 지속해서 보급하고", fv, "plan", D),
   c("2개월 이상 거주한 수원시민·단체·법인이, 전기버스는 관내 운수업체가 신청할 수 있다", fv, "statement", D),
   c("지원 금액은 전기승용차 최대 1250만원", fv, "statement", D)],
  ["8월까지 노상 주차장에 4기 설치, 9월부터 이용", "구매 희망 차종 판매점을 방문해 신청서를 작성·제출하면 된다"]))

D = "2025-10-27"; cp = ["citizen-participation"]
F.append(("ll-02-kmib.txt",
  {"headline": "현장서 답 찾는다…고양시, 4년째 시민 소통행정 실현", "published": "2025-10-27",
   "reporter": None, "outlet": None, "jurisdiction": "41280"}, ["lee-dong-hwan"],
  [c("시민의견을 정책에 반영하는 ‘소통행정’을 추진하고 있다고 27일 밝혔다", cp, "statement", D),
   c("시민 의견이 신속히 시정에 반영될 수 있도록 체계적인 구조를 갖춰왔다", cp, "achievement", D),
   c("총 129회의 소통간담회를 진행하며 역대 민선 최다 기록을 세웠고", cp, "achievement", D),
   c("12월 초까지 전 동 순회를 완료할 예정이다", cp, "plan", D),
   c("시민들이 생활 현장에서 시장과 직접 대화할 수 있도록 했다", cp, "statement", D),
   c("현재 75%가 해결됐거나 추진 중이다", cp, "achievement", D),
   c("올해 새롭게 접수된 153건도 부서별 검토를 거쳐", cp, "plan", D),
   c("시민 유공자를 표창해 참여 분위기를 확산하고 있다", cp, "statement", D),
   c("‘직소민원(시장면담)’ 제도를 정례화해", cp, "achievement", D),
   c("전년 대비 1.6배 증가한 41건의 직소민원이 처리됐으며", cp, "achievement", D)],
  ["이동환 고양시장, 소통간담회 129회 진행", "주민참여예산제 등 시민 참여 행정 실현"]))

D = "2020-02-07"; cb = ["childcare-birth"]
F.append(("ll-03-danews.txt",
  {"headline": None, "published": "2020-02-07T12:33+09:00", "reporter": None, "outlet": None,
   "jurisdiction": "41570"}, ["jeong-ha-yeong"],
  [c("교통, 교육, 복지, 환경, 일자리 등 시민의 실생활 문제 해결과 개선에 주력해 왔다",
     ["education", "welfare", "jobs"], "statement", D),
   c("새해에는 생활복지를 더욱 확대하고 예산을 집중해", ["welfare"], "plan", D),
   c("50만 원씩 임신축하금이 김포페이로 지원된다", cb, "plan", D),
   c("거주기간이 180일 미만인 경우도 신생아 출생일로부터", cb, "statement", D),
   c("출산축하금을 둘째아 이상으로 확대하는 방안도", cb, "plan", D),
   c("연장보육 전담교사를 배치하는 등 보육지원체개가 개편된다", cb, "plan", D),
   c("등?하원 안심알리미 서비스도 시작된다", cb, "plan", D),
   c("초등학교 방과후 돌봄을 책임지는 우리아이행복돌봄센터도", cb, "statement", D)],
  ["행정의 최우선 가치를 시민행복에 두겠다", "김포시가 2020년 새해 ‘시민행복 플러스 행정’을 펼친다",
   "임신축하금 첫 지원…연장보육 전담교사 배치", "김포시의 특색 있는 주요 시책들을 살펴본다"]))

F.append(("ll-04-newsworks.txt",
  {"headline": None, "published": "2019-03-20T09:52+09:00", "reporter": "최윤희", "outlet": "뉴스웍스",
   "jurisdiction": "41370"}, ["gwak-sang-uk", "lee-dong-jin", "park-seung-won", "mun-seok-jin", "choi-dae-ho"],
  [c("일반자치와 교육자치의 협력강화를 위해 2018년 3월 출범하여", ["education"], "statement", "2019-03-20"),
   c("오산시는 대한민국 혁신교육의 선두주자로", ["education"], "achievement", "2019-03-19", "gwak-sang-uk")],
  ["교육 혁신을 추진하는 전국 지방정부 관계자들이 모두 모였다",
   "교육분야 협력방안 등 혁신교육의 앞날에 대해 논의했다",
   "'온 마을이 학교인 교육도시 오산'을 소개하는 박람회도 열렸다",
   "2019년 사업계획 승인을 마치고 유 교육부장관과 정책간담회 시간을 가졌다"]))

D = "2019-07-01"; S = "choi-moon-soon"
F.append(("ll-05-kbs.txt",
  {"headline": "민선7기①-2/강원도지사 대담", "published": "2019-07-01T21:58+09:00", "reporter": None,
   "outlet": None, "jurisdiction": "42"}, [S],
  [c("고용률도 전국 3위까지 올라가 있고", ["jobs"], "achievement", D, S),
   c("레고랜드 같은 것도 이제 거의 여러가지 국제적인 행정절차가 마무리돼서", ["culture-tourism"], "statement", D, S)],
  ["평창동게올림픽을 성공적으로 잘 치른 것이 제일 큰 성과가 아닌가",
   "경기장 사후활용 같은 문제들이 잘 풀리지 않고 있는데",
   "남북의 평화의 문을 여는데 기여를 했다고"]))

D = "2023-12-15"
F.append(("ll-06-mbceg.txt",
  {"headline": "하반기 도시재생사업에 동해·평창 선정", "published": "2023-12-15T18:25+09:00", "reporter": None,
   "outlet": None, "jurisdiction": "51"}, [],
  [c("강원권에서 2곳이 선정됐습니다", ["urban-regeneration"], "achievement", D),
   c("관광거점 조성, 지역 상권을 활성화하겠다는 계획입니다",
     ["urban-regeneration", "culture-tourism", "small-merchants"], "plan", D),
   c("국비 305억 원을 확보하는 성과를 거뒀습니다", ["urban-regeneration"], "achievement", D),
   c("주거지 개선과 지역상권 활성화 등 도시재생사업에 나서기로 했습니다",
     ["urban-regeneration", "small-merchants"], "plan", D)],
  []))

S = "choi-sang-gi"
F.append(("ll-07-kwnews.txt",
  {"headline": "[특집]“국제 생태관광 자유지역·금강~설악 국제 평화도시 계획”", "published": None,
   "reporter": None, "outlet": None, "jurisdiction": "42810"}, [S],
  [c("군 전체 상가 리모델링 사업을 추진해 주민들로부터 호평을 받고 있습니다", ["small-merchants"], "achievement", None, S),
   c("군장병 휴식공간과 복합커뮤니티센터 등 문화시설과 함께 다양한 인프라 구축사업을 추진하고 있습니다",
     ["culture-tourism"], "target", None, S)],
  ["국제 생태관광 자유지역·금강~설악 국제 평화도시 계획",
   "'평화지역'으로 탈바꿈하기 위해 다양한 사업을 시작했습니다",
   "국도 31호선(금강산 가는 길)이 직접 연결돼 있습니다"]))

S = "choi-dong-yong"; ct = ["culture-tourism"]
F.append(("ll-08-hankyung.txt",
  {"headline": "최동용 춘천시장 \"온 가족이 즐기는 문화관광 콘텐츠 강화\"", "published": None,
   "reporter": "선한결", "outlet": "한국경제", "jurisdiction": "42110"}, [S],
  [c("국제 명품관광도시로 거듭날 것입니다", ct, "plan", None, S),
   c("축제 콘텐츠를 융합해 새로운 관광상품을 개발할 계획입니다", ct, "plan", None, S),
   c("체류형 문화관광산업이 춘천의 새로운 미래 먹거리", ct, "statement", None, S),
   c("다양한 테마파크 조성 사업을 추진 중이다", ct, "statement", None),
   c("세계적인 테마파크 레고랜드가 시의 상징인 의암호 중도에 들어선다", ct, "plan", None),
   c("헬로키티테마파크는 2018년 1월 문을 연다", ct, "plan", None),
   c("춘천의 자연 환경을 이용한 관광시설도 마련한다", ct, "plan", None),
   c("가족용 문화관광 기반이 갖춰질 것", ct, "statement", None, S),
   c("지역 경제 전반에 미치는 파급효과가 크다", ct, "statement", None, S),
   c("월드DJ페스티벌을 적극 유치한 것도 이 때문이다", ct, "achievement", None),
   c("국제연극제, 고음악제, 김유정문학제 등을 열었다", ct, "achievement", None, S),
   c("개별적으로 축제를 열 때보다 더 많은 이들이 모였다", ct, "achievement", None, S)],
  ["온 가족이 즐기는 문화관광 콘텐츠 강화"]))

N = "정갑철"
F.append(("ll-09-seoul.txt",
  {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "42790"}, [],
  [c("해마다 한겨울이면 ‘산천어 축제’로 대박을 터뜨리고 있다", ct, "achievement", None),
   c("무려 14만 7000여명이 찾는 등 벌써부터 외지인들이 몰려 성황이다", ct, "achievement", None),
   c("100만명이 찾아 250여억원의 지역경제 유발효과를 기대하고 있다", ct, "target", None, None, N),
   c("단체 외국인 관광객도 쇄도하고 있다", ct, "achievement", None),
   c("동남아권 관광객들이 대거 찾아올 예정이다", ct, "statement", None),
   c("지난해에는 87만명이 찾아 150억원의 경제효과를 거뒀다", ct, "achievement", None),
   c("조그만 자치단체에서 거두는 경제효과로는 놀라운 수치다", ct, "achievement", None),
   c("농·특산물 상품권으로 돌려주면서 지역에서 돈이 풀리도록 유도하고 있다",
     ["culture-tourism", "agriculture"], "statement", None, None, N),
   c("5감 만족 축제로 자리매김하고 있다", ct, "achievement", None),
   c("쪽배축제와 토마토축제 등도 해마다 지역경제에 크게 기여하고 있다", ct, "achievement", None, None, N),
   c("토마토축제도 원조격인 스페인보다 더 성공적으로 치르고 있다", ct, "achievement", None, None, N),
   c("평화의댐을 조망할 수 있는 전망대를 새로 만들 계획이다", ct, "plan", None)],
  []))

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    n = 0
    for art, meta, officials, claims, nots in F:
        g = {"article": art, "metadata": meta, "officials": officials, "claims": claims, "not_claims": nots}
        (GOLD / f"{art}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        n += len(claims)
    print(len(F), "files,", n, "claims")
