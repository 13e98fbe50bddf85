"""Write set-dx gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


def meta(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


WG = "won-gang-su"
CMS = "choi-moon-soon"
CMH = "choi-myeong-hui"
LSI = "lee-sang-il"
KMS = "kim-man-su"
JDG = "jeong-dong-gyun"
D4 = "2025-10-31"
D5 = "2018-01-21"
D9 = "2020-05-21"
E9 = "2020-05-18"

FILES = {
    "dx-01-news1.txt": {
        "metadata": meta("원강수 원주시장 \"숙원사업 물꼬 터…더 큰 원주 성장발판 마련\"", None, "신관호", "뉴스1", "51130"),
        "officials": [WG],
        "claims": [
            c("문화예술시설 건립 추진 등 지역경제변화를 위해 활동해왔다고 강조했다", WG, None, ["culture-tourism"], "achievement"),
            c("옛 종축장부지에 더아트강원콤플렉스 건립을 추진하는 청사진을 그려냈다", WG, None, ["culture-tourism"], "achievement"),
            c("기업유치를 통한 새로운 일자리를 만들어내고자 불철주야 뛰어다녔다", WG, None, ["investment-attraction", "jobs"], "achievement"),
            c("총 28개 기업이 6960억원의 지역 신규투자를 할 수 있도록 했다", WG, None, ["investment-attraction"], "achievement"),
            c("1459명의 신규고용 창출 성과도 끌어냈다", WG, None, ["jobs", "investment-attraction"], "achievement"),
            c("올해는 불과 6개월 만에 16개 기업의 투자를 끌어낸 것", WG, None, ["investment-attraction"], "achievement"),
        ],
        "not_claims": [
            "남은 임기 2년은 새로운 변화, 큰 행복, 더 큰 원주로 성장하기 위해 시민과 함께 호흡하겠습니다",
            "지난 15년간 표류해왔던 부론일반산업단지, 10여 년 넘게 끊겨 있던 동부순환고속도로 착공을 이끌어냈다",
            "원주지역 기업들의 수출활동도 강화했다고 소개했다",
            "전반기 시정에 대한 입장을 밝히고 있다",
        ],
    },
    "dx-02-h2news.txt": {
        "metadata": meta(None, None, "성재경", "월간수소경제", "42"),
        "officials": [CMS],
        "claims": [
            c("강원도가 2040년까지 탄소배출 ‘제로(0)’ 달성을 위한 ‘2040 탄소중립’을 선언했다", None, None, ["climate-carbon"], "target"),
            c("삼척 액화수소와 태백 플라즈마 그린수소 클러스터 조성 등을 통한 조기 달성이 주목된다", None, None, ["climate-carbon", "energy-transition"], "statement"),
            c("‘2040 탄소중립 추진전략 기본계획’을 발표한 자리에서 7대 역점 과제를 포함한 12대 실천 과제를 제시했다", CMS, None, ["climate-carbon"], "plan"),
            c("액화수소 도시 조성, 수소차와 수소열차 등 그린카 보급", None, None, ["energy-transition", "future-vehicles", "climate-carbon"], "plan"),
            c("2,727억 원(국비 577억, 지방비 540억, 민간 1,610억)을 투입해 ‘플라즈마 그린수소 클러스터’를 조성하기로 했다", None, None, ["climate-carbon", "energy-transition"], "plan"),
            c("그린수소를 제조하는 연구개발과 기술 고도화를 추진한다", None, None, ["energy-transition", "research-development"], "plan"),
            c("수소 분야 전문인력 1,000명을 양성하고", None, None, ["energy-transition"], "target"),
            c("강원도형 그린수소 경제를 이끌고 기후변화 대응 행동의 이정표를 제시하겠다", CMS, None, ["energy-transition", "climate-carbon"], "plan"),
            c("태백이 석탄을 대체하는 그린수소 사업으로 새로운 재도약의 기회를 마련할 것으로 기대한다", CMS, None, ["energy-transition"], "statement"),
        ],
        "not_claims": [
            "강원도 태백이 ‘플라스마 그린수소 클러스터’로 거듭난다",
            "SNS 기사보내기",
        ],
    },
    "dx-03-kado.txt": {
        "metadata": meta("올림픽 홍보·교육 역할수행", None, None, None, "42150"),
        "officials": [CMH],
        "claims": [
            c("강릉 아이스아레나에 올림픽 기념관이 조성된다", None, None, ["culture-tourism"], "plan"),
            c("올림픽기념관을 설치해 올림픽을 홍보·교육하는 새로운 올림픽 허브 역할을 수행토록 하겠다", CMH, None, ["culture-tourism"], "plan"),
            c("스위스 로잔에 있는 올림픽 박물관과 긴밀한 협조를 통해 올림픽 열기를 이어가도록 하겠다", CMH, None, ["culture-tourism"], "plan"),
            c("현재 확보된 전시물품은 올림픽·패럴림픽 성화봉", None, None, ["culture-tourism"], "statement"),
            c("올림픽 후 강릉도심 재개발에 대해서도 다양한 방안을 제시했다", CMH, None, ["urban-regeneration"], "plan"),
            c("대기업 민자유치를 통해 재개발해 물류와 문화,쇼핑시설 등을 아우르는 복합문화시설로 확충해 나간다는 방향이 제시됐다", CMH, None, ["urban-regeneration", "investment-attraction", "culture-tourism"], "plan"),
            c("강릉 MICE 산업을 육성하고", CMH, None, ["culture-tourism"], "plan"),
            c("관광지 야시장 조성과 시티투어버스 운영", CMH, None, ["culture-tourism"], "plan"),
        ],
        "not_claims": [
            "성화봉·기념주화 등 전시",
        ],
    },
    "dx-04-kmib.txt": {
        "metadata": meta("용인특례시, 수지구치매안심센터 문 열어", D4, None, None, "41460"),
        "officials": [LSI],
        "claims": [
            c("31일 수지구보건소 5층에 수지구치매안심센터가 새롭게 문을 열고 본격적인 운영에 들어갔다고 밝혔다", None, D4, ["dementia-care"], "achievement"),
            c("지역사회 중심의 치매통합관리를 강화하고 다양한 보건 서비스와 연계성을 높이기 위해 보건소 증축이 추진됐다", None, D4, ["dementia-care", "public-health"], "statement"),
            c("시는 총사업비 50억4600만원을 들여 지난해 11월 착공", None, D4, ["dementia-care", "public-health"], "achievement"),
            c("치매환자와 가족을 위한 맞춤형 지원이 가능하다", None, D4, ["dementia-care"], "statement"),
            c("지역 돌봄의 중심 공간이 될 것이라고 설명했다", None, D4, ["dementia-care"], "statement"),
            c("맞춤형 치매통합관리 서비스를 제공할 방침이다", None, D4, ["dementia-care"], "plan"),
            c("더 넓은 공간과 더 좋은 시설을 갖추고 개소하게 된 것을 축하한다", LSI, D4, ["dementia-care"], "achievement"),
            c("치매통합관리를 위한 노력이 강화될테니 어르신들과 가족들이 많이 이용해 주시기 바란다", LSI, D4, ["dementia-care"], "statement"),
        ],
        "not_claims": [
            "65세 이상 노인 18만명 중 치매 진단을 받은 이는 약 1만 9200명에 달한다",
        ],
    },
    "dx-05-shinailbo.txt": {
        "metadata": meta("부천시, 미세먼지 비상대책 추진", "2018-01-21T15:52+09:00", "오택보", None, "41190"),
        "officials": [KMS],
        "claims": [
            c("경기 부천시가 미세먼지 비상대책을 추진한다", None, D5, ["fine-dust"], "plan"),
            c("봄철까지 미세먼지 비상대책본부를 운영하는 등 미세먼지 대응에 만전을 기해 나갈 방침이라고 21일 밝혔다", None, D5, ["fine-dust"], "plan"),
            c("시는 우선 공공부문이 앞장서고 민간이 동참하는 분위기를 조성한다", None, D5, ["fine-dust"], "plan"),
            c("공공부문에서 차량 2부제를 실시하고", None, D5, ["fine-dust"], "plan"),
            c("군부대 출퇴근 간부용 차량 등 참여를 확대해 나간다", None, D5, ["fine-dust"], "plan"),
            c("살수차 7대와 진공노면청소차 14대를 가동하고", None, D5, ["fine-dust"], "plan"),
            c("공기청정기 450대를 지원하고", None, D5, ["fine-dust"], "plan"),
            c("시는 민간부문의 참여와 협조도 지속적으로 독려할 계획이다", None, D5, ["fine-dust"], "plan"),
            c("비상저감조치 발령 시 대기배출사업장과 대형 건설공사장 담당자에게", None, D5, ["fine-dust"], "plan"),
            c("노후경유차 운행제한 등 시민행동요령을 전파하고 생활주변 미세먼지를 제거한다", None, D5, ["fine-dust"], "plan"),
            c("공공기관에서 우선 시행할 수 있는 방법에서 시작해서 점차 민간영역으로 확대하고 협조를 구할 것을 당부한다", KMS, D5, ["fine-dust"], "plan"),
        ],
        "not_claims": [
            "봄철까지 비상대책본부 운영… 차량 2부제 등 시행",
            "이 기사를 공유합니다",
        ],
    },
    "dx-06-incheonilbo.txt": {
        "metadata": meta("올해 90억 투입 45대 운행", None, "김기원", "인천일보", "41590"),
        "officials": [],
        "claims": [
            c("화성시는 오는 11월부터 일부 버스·마을 노선을 대상으로 버스 공영제를 시행한다고 12일 밝혔다", None, None, ["public-transit"], "plan"),
            c("버스공영제는 11월 시행되는 '아동·청소년 무상교통'과 함께 민선 7기 핵심 정책이다", None, None, ["public-transit"], "statement"),
            c("시는 올해에만 90억원을 들여 시내버스 11개 노선에 30대", None, None, ["public-transit"], "plan"),
            c("전체 노선에 10%에 해당한다", None, None, ["public-transit"], "statement"),
            c("버스 공영제가 실시되는 노선은 버스회사가 적자운영을 이유로 반납했거나", None, None, ["public-transit"], "statement"),
            c("운행 준비를 마치는 대로 모두 45대 공영버스를 운영할 예정이다", None, None, ["public-transit"], "plan"),
            c("시내버스는 11개 노선 중 5개 노선을 신설할 계획이다", None, None, ["public-transit"], "plan"),
            c("신설 노선은 ▲향남-송탄역", None, None, ["public-transit"], "statement"),
            c("시는 버스 공영제가 시민의 이동권을 보장하고 운수종사자들의 근무환경을 개선할 수 있을 것으로 기대하고 있다", None, None, ["public-transit"], "statement"),
            c("버스노선과 차량 부족 문제를 점진적으로 해소할 계획이다", None, None, ["public-transit"], "plan"),
            c("시는 오는 2025년까지 공영버스 335대를 확충해 전체 노선 중 30%를 공영버스로 전환할 계획이다", None, None, ["public-transit"], "target"),
            c("내년에만 버스 공영제에 200억원을 투입할 예정이다", None, None, ["public-transit"], "plan"),
            c("시민 누구나 편리하게 대중교통을 이용할 수 있다면", None, None, ["public-transit"], "statement"),
            c("시민 모두가 만족하는 교통정책이 실현될 수 있도록 최선을 다하겠다", None, None, ["public-transit"], "plan"),
        ],
        "not_claims": [],
    },
    "dx-07-kyeongin.txt": {
        "metadata": meta("경기도 청년참여기구 4기 발대식 개최", None, None, None, "41"),
        "officials": [],
        "claims": [
            c("경기도가 청년의 날을 맞아 경기도 청년참여기구 4기 발대식을 개최하고 청년 기본소득 정책 토론회를 진행했다", None, None, ["youth-policy", "citizen-participation"], "achievement"),
            c("청년위원 250명에게 위촉장을 수여했다고 24일 밝혔다", None, None, ["youth-policy", "citizen-participation"], "achievement"),
            c("청년들의 도정 참여 기회를 확대하고 수요자 중심의 정책을 추진하기 위해 지난 2021년 구성된 청년 합의체다", None, None, ["youth-policy", "citizen-participation"], "statement"),
            c("청년기본소득에 대한 청년위원의 의견을 청취하기 위해 브라운백 미팅 형식의 정책 토론회가 진행했다", None, None, ["youth-policy"], "achievement"),
            c("청년기본소득은 도내 24세 청년에게 소득과 관계없이 100만원을 지역화폐로 지급하는 경기도 청년 대표 정책이다", None, None, ["youth-policy"], "statement"),
            c("토론회에서 다룬 주요 내용은 ▲경제 수준에 따른 청년 기본소득 차등 지급 방안", None, None, ["youth-policy"], "statement"),
            c("청년들이 기본소득을 더욱 알차게 활용할 수 있는 방안을 마련하겠다", None, None, ["youth-policy"], "plan", "이인용"),
        ],
        "not_claims": [
            "지급 대상 연령, 사용처 관련 의견 청취",
            "이날 행사에는 경기도의회 장민수(민·비례) 의원과 최태석 경기도 청년정책조정위원장, 이인용 경기도 청년기회과장이 참석했다",
        ],
    },
    "dx-08-pressian.txt": {
        "metadata": meta(None, None, None, None, "42750"),
        "officials": [],
        "claims": [
            c("‘영월군에서 한 달 살기’를 지원사업을 추진한다고 밝혔다", None, None, ["agriculture"], "plan"),
            c("이번 사업은 사업량 6명, 사업비 900만 원으로 농촌체험마을과 연계해 추진하며", None, None, ["agriculture"], "plan"),
            c("지역 내 농촌체험휴양마을 사업운영 대상이 선정되면", None, None, ["agriculture"], "statement"),
            c("참가대상은 영월군에 관심이 있고 이주를 고려 중인", None, None, ["agriculture"], "plan"),
            c("체계적인 귀농·귀촌 정책과 실용적인 프로그램을 제공해 성공적인 영농정착을 유도하겠다", None, None, ["agriculture"], "plan", "송노학"),
        ],
        "not_claims": [
            "자세한 사항은 영월군농업기술센터 농업축산과 귀농귀촌팀으로 문의하면 된다",
        ],
    },
    "dx-09-newsworks.txt": {
        "metadata": meta(None, "2020-05-21T11:37+09:00", "오영세", "뉴스웍스", "41830"),
        "officials": [JDG],
        "claims": [
            c("정동균 양평군수가 바쁜 영농현장을 찾아 구슬땀을 흘리고 있는 농업인을 격려하며 소통·참여 행정을 펼쳤다", None, E9, ["agriculture"], "statement"),
            c("코로나19 장기화로 인한 농산물 출하 판매 부진 등 영농현장 애로사항을 청취하고 격려했다", None, E9, ["agriculture"], "statement"),
            c("정 군수는 다음달 16일까지 12개 읍면 영농현장을 방문해", None, D9, ["agriculture"], "plan"),
            c("희망이 되는 미래농업 육성을 위한 해결책은 현장에 있고 농가와의 소통 속에서 찾을 수 있다고 생각한다", JDG, E9, ["agriculture"], "statement"),
            c("이를 정책에 반영해 농민들에게 도움이 되는 농업정책을 펼치겠다", JDG, E9, ["agriculture"], "plan"),
        ],
        "not_claims": [
            "정동균 군수가 지난 18일 쌈채 재배농가(오른쪽)와 쌀 가공업체(왼쪽)를 방문해 농업인과 대화하고 있다",
            "저작권자 © 뉴스웍스 무단전재 및 재배포 금지",
        ],
    },
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, body in FILES.items():
        gold = {"article": name, **body}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(body["claims"]))
    print("total", sum(len(b["claims"]) for b in FILES.values()))
