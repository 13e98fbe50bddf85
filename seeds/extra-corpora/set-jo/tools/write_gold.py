"""Write set-jo gold files (hand annotation)."""
import json, os
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold")
os.makedirs(G, exist_ok=True)
def c(q, sp, d, pol, k, name=None):
    x = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: x["speaker_name"] = name
    return x
def md(h, p, r, o, j): return {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j}
JY = ["jobs", "youth-policy"]
D1 = "2025-12-24"
gold = {}
gold["jo-01-seoul.txt"] = (md(None, "2025-12-24", None, None, "11560"), ["choi-ho-gwon"], [
    c("사업 참여자를 오는 26일부터 다음 달 7일까지 모집한다고 24일 밝혔다", None, D1, JY, "plan"),
    c("진로를 탐색할 수 있도록 돕는 맞춤형 공공일자리 프로그램이다", None, D1, JY, "statement"),
    c("모집 대상은 관내 거주하는 19~39세 청년 20명으로", None, D1, JY, "statement"),
    c("근무 시간은 주 5일 하루 6시간이다", None, D1, JY, "statement"),
    c("급여는 내년 구 생활임금인 시급 1만 2121원을 기준으로 지급된다", None, D1, JY, "statement"),
    c("주요 업무는 ▲청년센터, 도서관 등 공공시설 운영 지원", None, D1, JY, "statement"),
    c("사업도 마련, 7명을 선발한다", None, D1, JY, "plan"),
    c("평일 야간은 하루 3시간, 주말은 하루 6시간 이내로 근무한다", None, D1, JY, "statement"),
    c("모집 대상과 급여 기준은 청년 드림나래 일자리와 같다", None, D1, JY, "statement"),
    c("청년들이 행정 현장에서 경험을 쌓고 직무 역량을 키우는 기회가 되길 바란다", "choi-ho-gwon", D1, JY, "statement"),
], ["다음 달 7일까지 총 27명 모집", "영등포구 청년 일자리 참여자 모집 홍보물. 영등포구 제공",
    "신청자는 관심 분야에 따라 희망하는 부서와 직무를 선택해 지원할 수 있다", "두 사업 모두 동주민센터에 방문, 신청하면 된다",
    "자세한 내용은 구청 누리집 ‘고시공고’ 또는 ‘영등포 청년’ 네이버 카페에서 26일부터 확인할 수 있다", "기타 문의는 청년정책과로 하면 된다"])
D2 = "2018-02-05"
gold["jo-02-seoul.txt"] = (md("[엄마 품처럼 따뜻한 복지행정] 치매 안심마을 꿈꾸는 사당1동", "2018-02-06", "송수연", "서울신문", "11590"), [], [
    c("주민추진위원단 발대식을 개최한다고 5일 밝혔다", None, D2, ["dementia-care"], "plan"),
    c("서울시 자치구 중 유일하게 치매안심마을 시범 사업지역으로 선정됐다", None, D2, ["dementia-care"], "achievement"),
    c("치매돌봄 프로그램 등 각종 특화사업을 펼치고 있다", None, D2, ["dementia-care"], "statement"),
    c("치매에 대한 올바른 인식을 확대하는 데 힘쓸 계획이다", None, D2, ["dementia-care"], "plan"),
    c("지역커뮤니티를 활용한 주민교육, 인지프로그램도 운영키로 했다", None, D2, ["dementia-care"], "plan"),
], ["지자체마다 청년 범위 들쭉날쭉… 인구구조·재정 형", "“관광·지역경제 활성화”… 지자체들 캐릭터 마케팅",
    "[엄마 품처럼 따뜻한 복지행정] 치매 안심마을 꿈꾸는 사당1동", "동작구 주민추진위 발대식",
    "발대식은 사당1동 주민센터 4층 강당에서 진행된다", "치매지킴이 등 120여명이 참석할 예정이다", "자료 제공 : 정책브리핑 korea.kr"])
D3 = "2021-02-03"
CB = ["childcare-birth"]
gold["jo-03-siminilbo.txt"] = (md("강동구, 올해 국·공립어린이집 8곳 개소··· 연말까지 85곳으로", "2021-02-03T15:11:54+09:00", "이대우", "시민일보", "11740"), ["lee-jeong-hun"], [
    c("2021년 국공립어린이집 8곳을 확충한다고 3일 밝혔다", None, D3, CB, "target"),
    c("7단지 구립해봄어린이집(면적 593.53㎡, 정원 92명) 2곳이 문을 열었으며", None, "2021-02-01", CB, "achievement"),
    c("개원이 끝나면 올해 구가 운영하는 어린이집은 총 85곳이 된다", None, D3, CB, "target"),
    c("국공립어린이집 이용률을 오는 2024년까지 50%로 확대할 계획이다", None, D3, CB, "target"),
    c("보육인프라 구축뿐만 아니라 내실있는 보육시스템 운영도 중요하다", "lee-jeong-hun", D3, CB, "statement"),
    c("아이와 부모가 행복한 보육환경을 만들기 위해 최선을 다하겠다", "lee-jeong-hun", D3, CB, "plan"),
], ["4년내 이용률 40%→50%↑", "▲ 구립강동해밀어린이집 전경. (사진제공=강동구청)"])
D4 = "2019-01-31"
ET = ["energy-transition"]
gold["jo-04-esdmnews.txt"] = (md("태양광 대문 등, 빗물저금통, 지붕 태양광 발전기 설치", "2019-01-31T13:48+09:00", None, None, "11410"), [], [
    c("신재생에너지 보급을 위한 지속가능한 성과를 내고 있다", None, D4, ET, "achievement"),
    c("「에너지효율 개선사업」공모에서 선정돼 지난해", None, D4, ET, "achievement"),
    c("에너지 효율화 개선 사업을 시행하고 옥상에 태양광 휴식공간을 마련했다", None, D4, ET, "achievement"),
    c("주택형 태양광발전기 500개, 옥상 쿨루프", None, D4, ET, "achievement"),
    c("에너지자립마을 축제, 에너지 환경영화제 등의 프로그램을 운영해", None, D4, ET, "statement"),
    c("지하주차장 전등을 LED등으로 교체하고", None, D4, ET, "achievement"),
], ["2019.05.23 (목)", "홍은1·천연·북가좌1·2·남가좌1동에서 성과 돋보여",
    "아파트 옥상과 방음벽 태양광 설비로 '공동전기료 제로' 달성도", "△서대문구 홍은1동 북한산호박골놀이터 태양광지붕"])
D5 = "2017-11-14"
CT = ["culture-tourism"]
gold["jo-05-seoul.txt"] = (md(None, "2017-11-15", "최훈진", "서울신문", "11710"), ["park-chun-hui"], [
    c("위례신도시 주민들을 위해 송파위례도서관을 개방하기로 했다", None, D5, CT, "plan"),
    c("현행 조례상 송파위례도서관은 송파 구민에게만 대출 서비스를 제공할 수 있다", None, D5, CT, "statement"),
    c("구는 행정 칸막이에 막혀 불편을 겪는 주민을 위해 관련 조례를 개정키로 한 것이다", None, D5, CT, "plan"),
    c("보유 장서 1만 6000여권을 대출해 주기로 했다", None, D5, CT, "plan"),
    c("운영 조례 시행규칙’을 개정하는 절차에 착수했다", None, D5, CT, "achievement"),
    c("기존 조례는 구민이 아닌 경우 도서관 이용 시 현장 열람만 해 주고", None, D5, CT, "statement"),
    c("구는 이번 도서관 개방이 주민들의 문화 욕구를 조금이나마 해소할 수 있을 것으로 내다보고 있다", None, D5, CT, "statement"),
    c("송파의 품격 높은 독서문화 프로그램들을 누리길 바란다", "park-chun-hui", D5, CT, "statement"),
], ["위례신도시 성남·하남주민도 대여… 각종 주민 편의시설도 공유하기로", "현재 개발이 한창인 위례신도시는 각종 생활 인프라가 미비한 실정이다",
    "지역의 다양한 주민편의시설을 성남·하남시와 공유한다는 방침이다", "‘위례신도시 주민불편 해소를 위한 업무협약’을 체결하기도 했다",
    "누구나 살고 싶은 도시 만들기에 앞장서겠다"])
D6 = "2019-10-11"
SM = ["small-merchants"]
gold["jo-06-incheontoday.txt"] = (md("인천시, 제1회 인천e음 운영위원회 개최", "2019-10-11T09:52+09:00", "정양지", "인천투데이", "28"), [], [
    c("제1회 인천사랑상품권(인천e음) 운영위원회를 개최했다고 밝혔다", None, D6, SM, "achievement"),
    c("조례’를 근거로 출범한 위원회는 시민사회단체, 소상공인 관련 단체, 지역화폐 전문가 등 23명으로 구성됐다", None, D6, SM, "statement"),
    c("앞으로 인천e음의 운영 자문과 시민‧소상공인 협의기구로서의 역할을 맡게 된다", None, D6, SM, "statement"),
    c("인천e음은 10월 6일 기준 가입자 89만 명, 결제액 1조 원을 달성했다", None, D6, SM, "achievement"),
    c("신규 등록은 다소 줄어들었지만 결제액에는 큰 변동이 없는 것으로 알려졌다", None, D6, SM, "statement"),
    c("시는 하반기에 신설될 인천e음 부가서비스 준비에 매진하고 있다", None, D6, SM, "plan"),
    c("기부서비스 등이 10월 이후 도입될 예정이다", None, D6, ["small-merchants", "startup-support", "youth-policy"], "plan"),
    c("혜택플러스 가맹점을 늘려 시민들에게는 추가 할인혜택을 제공하고", None, D6, SM, "plan", "안광호"),
], ["시민‧소상공인‧전문가 등 23명 구성", "인천e음 운영 자문, 민‧관 협의 역할",
    "박준하 시 행정부시장과 위촉직 위원 중 1명이 공동위원장을 맡았다", "‘인천e음’ 실적 보고와 향후 발전방안을 논의했다"])
CC = ["climate-carbon"]
gold["jo-07-itimes.txt"] = (md(None, None, None, None, "28260"), ["lee-jae-hyeon"], [
    c("'탄소중립 일류도시 서구'를 향한 시동을 걸었다", None, None, CC, "achievement"),
    c("'탄소중립 추진단'이 본격적인 활동을 시작했다고 밝혔다", None, None, CC, "achievement"),
    c("'2050 탄소중립 사회를 위한 서구 추진계획'을 통해 구체적인 방향을 제시했다", None, None, CC, "statement"),
    c("2030년 온실가스 감축 목표 설정 및 로드맵 수립, 조례 개정 등 기반 구축에도 나선다", None, None, CC, "plan"),
    c("서구는 이를 토대로 구체적인 온실가스 감축대책을 추진한다", None, None, CC, "plan"),
    c("▲수소 모빌리티 산업 선도도시 구축 ▲폐비닐·폐플라스틱의 신재생 에너지화", None, None, ["climate-carbon", "future-vehicles", "energy-transition"], "plan"),
    c("기후재난에 대비한 대책도 마련한다", None, None, CC, "plan"),
    c("'인천시 탈석탄 금고 선언' 등에 동참했다", "lee-jae-hyeon", None, ["climate-carbon", "energy-transition"], "achievement"),
    c("'수소보급 선도모델도시 지정' 등을 적극적으로 건의했다", "lee-jae-hyeon", None, ["energy-transition"], "achievement"),
    c("탄소중립 실현은 정부와 지자체, 기업은 물론이고", "lee-jae-hyeon", None, CC, "statement"),
], ["시민·전문가 추진단 구성"])
gold["jo-08-kyeongin.txt"] = (md("[민선 6기 후반기, 기초단체장에게 듣는다] 새로운 동구 명칭 찾기 나선 이흥수 동구청장", "2016-06-29", "김주엽", "경인일보", "28140"), ["lee-heung-su"], [
    c("이 구청장은 이번 명칭 변경을 계기로 '문화관광벨트 조성사업'에 더욱 매진할 계획이다", "lee-heung-su", "2016-06-28", CT, "plan"),
], ["관광벨트화 연계 지역 상생발전", "송현 야시장·송림달빛마을 빛의거리 조성", "역사·문화·전통 재발굴… 오고싶은 거리로",
    "취임 2주기를 맞아 \"'문화관광벨트 조성사업'에 더욱 매진하겠다\"고 강조하고 있다",
    "'동구'라는 명칭을 새로운 이름으로 변경할 준비를 하기 시작한 것이다", "주민 79.3%가 구 명칭 변경에 찬성했고",
    "동구 주민들의 자긍심을 세워줄 수 있는 구 명칭으로 변경을 추진하겠다"])
H = "heo-in-hwan"
gold["jo-09-1gan.txt"] = (md("일간경기TV 묵직한 인터뷰, 허인환 인천 동구청장과 함께했습니다!", None, None, "일간경기TV", "28140"), [H], [
    c("교육환경 개선기금 100억원을 조성해서 교육환경의 많은 부분을 개선해나가고 있습니다", H, None, ["education"], "achievement"),
    c("분산형 수소발전소가 전국에서 처음으로 동구에서 만들어지면서", H, None, ["energy-transition"], "achievement"),
    c("1인 미디어실과 청소년 공립도서관, 스터디카페 등 각종 청소년을 위한 공간을 많이 만들었고요", H, None, CT, "achievement"),
    c("경력단절 여성들에 대한 재정사업으로 지원하고 있습니다", H, None, ["jobs"], "statement"),
    c("재개발 재건축 도시재생뉴딜사업이 활발히 이뤄지고 있습니다", H, None, ["urban-regeneration"], "statement"),
    c("금창동 도시재생뉴딜사업이 선정돼서 약 160억 원의 시비와 구비를 확보할 수 있었고요", H, None, ["urban-regeneration"], "achievement"),
    c("송림동 매화마을도 시범사업으로 선정돼서 각각 100억씩 200억을 본 사업의 예산으로 확보할 예정입니다", H, None, ["urban-regeneration"], "plan"),
], ["‘새로운 변화, 모두가 행복한 동구’를 이끌어가고 있고", "저희 동구는 원도심이기 때문에 교육과 주거가 굉장히 열악한 편이었습니다",
    "연료전지 측에서 약 37억 상당의 건물을 저희 구에 기부채납을 했습니다"])
for name, (m, off, claims, nc) in gold.items():
    with open(os.path.join(G, name + ".json"), "w", encoding="utf-8") as f:
        json.dump({"article": name, "metadata": m, "officials": off, "claims": claims, "not_claims": nc}, f, ensure_ascii=False, indent=1)
        f.write("\n")
print(sum(len(v[2]) for v in gold.values()), "claims")
