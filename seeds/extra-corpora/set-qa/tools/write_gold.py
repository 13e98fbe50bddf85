"""Write set-qa gold files (hand annotation)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


KGS, D1 = "kim-gyeong-su", "2021-06-28"
HNP, D2 = "hong-nam-pyo", "2025-01-07"
D3 = "2017-02-02"
KYJ = "kwon-young-jin"
GGC, D5 = "gwon-gi-chang", "2025-01-02"
D6 = "2025-07-03"
JNY, D7 = "ju-nak-yeong", "2025-11-30"
KDG = "kim-doo-gyeom"
HTY, D9 = "hong-tae-yong", "2024-07-01"

GOLDS = {
"qa-01-cnbnews.txt": {
  "metadata": {"headline": None, "published": "2021-06-28T17:30+09:00", "reporter": "최원석",
               "outlet": None, "jurisdiction": "48"},
  "officials": [KGS],
  "claims": [
    c("민선7기 3주년 기자회견을 갖고 \"청년이 살고 싶은 더 큰 경남\"을 다시 한번 강조했다", KGS, D1, ["youth-policy"], "plan"),
    c("청년이 살고 싶은 경남을 만들지 않으면 경남 미래가 없다", KGS, D1, ["youth-policy"], "statement"),
    c("청년이 떠나가는 지역은 청년 미래뿐만 아니라 모든 연령의 도민들 미래가 어둡다", KGS, D1, ["youth-policy"], "statement"),
    c("'청년이 살고 싶은 더 큰 경남'을 위해 다양한 과제를 제시했다", KGS, D1, ["youth-policy"], "plan"),
    c("청년들을 위한 광역 대중교통망 확충을 첫 번째 과제로 들며", KGS, D1, ["public-transit", "youth-policy"], "plan"),
    c("지난 한 해 동안 경남 20∼30대 청년 1만 8천명이 순유출됐다", KGS, D1, ["youth-policy"], "statement"),
    c("이들 청년은 일자리 때문에 경남을 떠났다고 하는데, 수도권보다 일자리를 선택할 수 있는 공간 범위가 제한됐다", KGS, D1, ["jobs", "youth-policy"], "statement"),
    c("수도권은 전철 등으로 출퇴근할 수 있는 일자리 선택 공간이 넓지만", KGS, D1, ["jobs", "public-transit"], "statement"),
    c("편리한 광역 대중교통 인프라 구축으로 동일 생활권을 형성해", KGS, D1, ["public-transit", "jobs", "youth-policy"], "plan"),
    c("스마트 제조혁신, IT 산업과 새 서비스산업 육성에 나서야 한다", KGS, D1, ["jobs", "youth-policy", "fourth-industrial-revolution"], "plan"),
    c("창원국가산단 에너지 그린화, 대기업 유치, 경남 음악창작소 설치·경남 웹툰 캠퍼스 개소 등의 새 서비스산업 육성 성과를 소개했다", KGS, D1, ["energy-transition", "investment-attraction", "culture-tourism"], "achievement"),
    c("청년들이 선호하는 일자리를 늘리지 않으면 안 된다", KGS, D1, ["jobs", "youth-policy"], "plan"),
    c("청년이 지역에 머물 수 있도록", KGS, D1, ["youth-policy"], "plan"),
  ],
  "not_claims": ["최원석기자 |"],
},
"qa-02-ekn.txt": {
  "metadata": {"headline": "홍남표 창원시장 “시정의 핵심, 4차 산업혁명 물결 정책에 반영하는 것”",
               "published": "2025-01-07T01:00+09:00", "reporter": "이상욱", "outlet": "에너지경제신문",
               "jurisdiction": "48120"},
  "officials": [HNP],
  "claims": [
    c("4차 산업혁명의 물결을 정책에 반영하는 것을 시정 핵심으로 보고", HNP, D2, ["fourth-industrial-revolution", "future-vehicles", "medical-industry"], "statement"),
    c("기계·방산의 디지털전환 중요성을 체감했다고 했다", HNP, D2, ["fourth-industrial-revolution"], "statement"),
    c("급격한 최저임금 인상과 주 52시간제에 따른 충격파를 덮어쓰고 있었다", None, D2, ["labor-relations"], "criticism"),
    c("'기계·방산 제조 디지털전환 지원센터 구축'은 창원국가산단 일원에", None, D2, ["fourth-industrial-revolution"], "statement"),
    c("기업들이 생산공정 단계별로 디지털전환 시스템을 구축해 제품 경쟁력을 확보할 것으로 기대한다", HNP, D2, ["fourth-industrial-revolution"], "statement"),
  ],
  "not_claims": ["“제조혁신 디지털 생태계 조성 실현될 것”",
                 "창원의 경제 산업 지형을 바꿔야 한다고 느꼈습니다.",
                 "지난 2년이 '미래 먹거리'를 실현하기 위한 시간이었다고 했다",
                 "미래 신산업을 빠르게 추진해 창원 경제를 바꿀 것",
                 "이를 시정에 반영하는 것이 창원시장의 의무"],
},
"qa-03-ajunews.txt": {
  "metadata": {"headline": "울산 남구, 장생포 고래문화특구 마스터플랜 수립", "published": "2017-02-02T11:09+09:00",
               "reporter": "정하균", "outlet": "아주경제", "jurisdiction": "31140"},
  "officials": [],
  "claims": [
    c("고래문화특구의 체계적인 개발을 위한 마스터플랜 수립에 들어간다고 2일 밝혔다", None, D3, ["culture-tourism"], "plan"),
    c("구는 연말께 완성되는 마스터플랜을 통해", None, D3, ["culture-tourism"], "plan"),
    c("고래생태체험관 및 고래문화마을 건립과 고래바다여행선 도입 등을 추진해 왔다", None, D3, ["culture-tourism"], "achievement"),
  ],
  "not_claims": ["울산 남구, 장생포 고래문화특구 마스터플랜 수립"],
},
"qa-04-newdaily.txt": {
  "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "27"},
  "officials": [KYJ],
  "claims": [
    c("현대중공업그룹 전체의 지주회사가 대구로 온 것", KYJ, None, ["investment-attraction"], "achievement"),
    c("세계적인 로봇 기업을 대구가 품은 것", KYJ, None, ["robot-industry", "investment-attraction"], "achievement"),
    c("로봇을 통한 공장의 전 자동화 공정과 스마트팩토리 덕분에", KYJ, None, ["robot-industry", "fourth-industrial-revolution"], "statement"),
    c("국가물산업클러스터에 대기업인 롯데케미칼이 착공식을 가진다", KYJ, None, ["water-industry", "investment-attraction"], "statement"),
    c("멤브레인이라는 물산업을 기반으로 시작하지만", KYJ, None, ["water-industry"], "plan"),
    c("미래첨단산업도시로 순항하고 있다는 방증이다", KYJ, None, ["investment-attraction"], "achievement"),
  ],
  "not_claims": ["시민들께서 현대로보틱스가 대구로 온 의미에 대해 체감을 잘 못하시는 것 같다",
                 "로봇이 로봇을 만드는 자동화된 공정을 보면서 아디다스를 떠올렸다"],
},
"qa-05-ynews.txt": {
  "metadata": {"headline": "권기창 안동시장, 신년사 통해 안동시 시정 방향 제시", "published": "2025-01-02T07:30+09:00",
               "reporter": "김재중", "outlet": "경상도뉴스", "jurisdiction": "47170"},
  "officials": [GGC],
  "claims": [
    c("사계절 축제가 역대 가장 많은 방문객을 기록하며", GGC, D5, ["culture-tourism"], "achievement"),
    c("「투자와 일자리가 넘치는 친환경 기업도시」 안동을 만들겠다", GGC, D5, ["investment-attraction", "jobs"], "plan"),
    c("바이오·백신, 헴프, 물산업을 집중 육성하고", GGC, D5, ["medical-industry", "water-industry", "water-supply"], "plan"),
    c("사계절 축제를 세계적인 축제로 만들고 중앙선 1942 안동역을 복합문화단지로", GGC, D5, ["culture-tourism"], "plan"),
    c("청년의 정착, 청춘 남녀의 만남과 결혼, 출산과 보육, 노인복지까지", GGC, D5, ["youth-policy", "childcare-birth", "welfare"], "plan"),
    c("호우 피해 복구 및 정비 등으로 「더 안전한 도시」를", GGC, D5, ["disaster-safety", "public-transit"], "plan"),
  ],
  "not_claims": ["사계절축제 정착 및 3대 특구 석권 등 안동의 미래 가능성 확인",
                 "안동의 미래를 그리며 달려온 과정에서 안동의 희망과 가능성을 확인했다",
                 "새해에는 ‘전통과 현대가 공존하는 미래도시 안동’을 향해 나아가고자 한다"],
},
"qa-06-smnews.txt": {
  "metadata": {"headline": "대구 달서구, 민선8기 3주년 주요성과 발표", "published": "2025-07-03",
               "reporter": "황보문옥", "outlet": None, "jurisdiction": "27290"},
  "officials": ["lee-tae-hun"],
  "claims": [
    c("청년창업지원센터 등 특화 창업벨트 구축과 세대별 맞춤형 취업 지원으로", None, D6, ["startup-support", "youth-policy", "jobs", "small-merchants"], "achievement"),
    c("찾아가는 보건복지서비스 제공 등 지역복지사업 평가 11년 연속 수상", None, D6, ["welfare", "youth-policy"], "achievement"),
  ],
  "not_claims": ["인구위기, 기후위기 및 디지털 대전환 선제적 대응",
                 "지역 최대 평생학습관·디지털창작센터 등 인프라",
                 "이태훈 달서구청장이 민선8기 3주년 주요성과를 발표하고 있다",
                 "비수도권 자치구 최초 예산 1조원 시대를 열며"],
},
"qa-07-segye.txt": {
  "metadata": {"headline": None, "published": "2025-11-30", "reporter": None, "outlet": None, "jurisdiction": "47130"},
  "officials": [JNY],
  "claims": [
    c("도로가 완공되면 울산에서 보문관광단지로 이동하는 시간이 크게 단축될 것으로 예상된다", None, D7, ["culture-tourism"], "statement"),
    c("보문관광단지 접근성을 획기적으로 개선하고, 관광·상권 활성화로 이어지는", None, D7, ["culture-tourism", "small-merchants"], "statement"),
    c("경주의 교통 체계 개선과 관광경쟁력 강화를 이끄는 마중물 역할을 하는 만큼", JNY, D7, ["culture-tourism"], "plan"),
  ],
  "not_claims": ["상생협력 지원금 280억 원을 확보했다고 30일 밝혔다",
                 "확보한 280억 원의 지원금은 모두 보문–구정 간 도로개설 사업에 투입한다",
                 "시민들의 정주환경 전반이 향상될 것으로 전망된다"],
},
"qa-08-daum.txt": {
  "metadata": {"headline": "김두겸 울산시장 \"울산 한가운데 그린벨트 풀어 산단·신도시 조성..인구 확 늘리겠다\"",
               "published": None, "reporter": None, "outlet": "한국경제신문", "jurisdiction": "31"},
  "officials": [KDG],
  "claims": [
    c("세계적으로 기업하기 가장 좋은 투자 여건을 조성해", KDG, None, ["investment-attraction"], "plan"),
    c("‘전략적 투자유치 및 기업 규제 완화, 지원계획’ 등에 방점을 찍었다", KDG, None, ["investment-attraction"], "achievement"),
    c("공격적인 개발제한구역(그린벨트) 해제를 통한 산업단지 조성 등의 내용도 담았다", KDG, None, ["investment-attraction"], "plan"),
    c("태화강에 아시아 최대 규모의 오페라하우스를 건립하는 사업도 예고했다", KDG, None, ["culture-tourism"], "plan"),
  ],
  "not_claims": ["대통령에 \"공장 확장 못해 그린벨트 600만평 풀어달라\" 건의",
                 "기업 유치·일자리 창출·인구 유출 방지 선순환 구조 만들 것",
                 "현대차 2조원대 전기차 공장 신설, 행정력 총동원해 돕겠다",
                 "태화강에 명품 오페라하우스..대왕암공원 리조트 추진",
                 "대한민국 최고의 비즈니스 시장이 되겠습니다.",
                 "울산을 다시 울산답게 만드는 게 목표",
                 "취임 후 인구 감소 문제를 가장 먼저 해결할 과제로 정했습니다."],
},
"qa-09-newsjk.txt": {
  "metadata": {"headline": "홍태용 김해시장 민선8기 2주년 기자회견 하반기 시정 견인 10대 현안 반드시 해결",
               "published": "2024-07-01T17:47+09:00", "reporter": None, "outlet": "JK뉴스", "jurisdiction": "48250"},
  "officials": [HTY],
  "claims": [
    c("이와 함께 이날 제시한 10대 현안은", HTY, D9, ["education", "culture-tourism", "public-health", "climate-carbon"], "plan"),
  ],
  "not_claims": ["하반기 시정은 공약 이행률을 지속적으로 높이는 데 주력하는 동시에",
                 "올 1분기 현재 공약 이행률은 29.87%로",
                 "국가 스마트 물류 플랫폼 구축 시범"],
},
}

if __name__ == "__main__":
    GOLD.mkdir(parents=True, exist_ok=True)
    total = 0
    for name, g in GOLDS.items():
        doc = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(g["claims"])
        print(name, len(g["claims"]))
    print("total", total)
