"""Write set-pf's gold files (hand annotation; see GOLD_NOTES.md)."""

import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


FILES = []

# pf-01 서울신문, 울산 부유식 해상풍력 비전선포식 (event 6일), 수정 2021.05.07 01:12
D = "2021-05-06"
FILES.append({
    "article": "pf-01-seoul.txt",
    "metadata": {"headline": "울산 ‘부유식 해상풍력’ 세계 톱 도전… 탄소 제로 그린수소 8만 4000t 생산",
                 "published": "2021-05-07T01:12+09:00", "reporter": None, "outlet": "서울신문",
                 "jurisdiction": "31"},
    "officials": ["song-cheol-ho"],
    "claims": [
        c("울산이 부유식 해상풍력과 그린수소 산업을 발판으로 세계적인 친환경 에너지 선도 도시로 거듭난다", None, D,
          ["energy-transition"], "plan"),
        c("‘부유식 해상풍력 육성 비전선포식’을 열고 전 세계 청정에너지시장을 선점할 울산의 3대 전략과 9대 핵심과제를 발표했다",
          None, D, ["energy-transition"], "plan"),
        c("3대 전략은 ▲부유식 해상풍력 혁신성장 기반구축", None, D, ["energy-transition"], "plan"),
        c("오는 2030년까지 총 36조원을 투입해 동해가스전 인근에 서울 면적의 두 배에 달하는", None, D,
          ["energy-transition"], "target"),
        c("동해 가스전의 불꽃이 사그라지는 그 자리에 2030년까지 세계 최대 규모의 부유식 해상풍력단지가 건설되고", None, D,
          ["energy-transition"], "target", speaker_name="문재인"),
    ],
    "not_claims": [
        "친환경 에너지 도시 3대 전략 발표",
        "2030년 36조 투입… 일자리 21만개 창출",
        "文대통령 “2030년까지 세계 최대 울산 부유식 해상풍력단지 건설”",
        "“민관이 총 36조원을 투자하고, 21만개의 일자리가 만들어질 것”이라고 밝혔다",
        "이 행사에는 문재인 대통령, 송철호 울산시장, 송영길 더불어민주당 대표 등이 참석했다",
    ],
})

# pf-02 시사오늘, 전주시 2050 탄소중립 시민인식교육, 2021-08-25 (25일 밝혔다)
D = "2021-08-25"
FILES.append({
    "article": "pf-02-sisaon.txt",
    "metadata": {"headline": "[전북오늘] 전주시, 2024까지 탄소중립 가속화…전북도, 1조 205억 일괄 예타 통과",
                 "published": "2021-08-25", "reporter": "한설희", "outlet": "시사오늘", "jurisdiction": "45110"},
    "officials": [],
    "claims": [
        c("실질 탄소배출량을 ‘0’으로 만드는 탄소중립도시로 나아가기 위해 시민들의 인식 변화와 동참을 유도한다고 25일 밝혔다",
          None, D, ["climate-carbon"], "plan"),
        c("오는 2024년까지 시민 22만 명을 대상으로 단계적 시민인식 전환교육을 추진하겠다는 것", None, D,
          ["climate-carbon"], "target"),
        c("시는 올해 연말까지 탄소중립 시민교육을 위한 강사를 3만 명 육성하고", None, D, ["climate-carbon"], "target"),
        c("교육은 영유아 초·중·고·대 성인 노인 등 생애주기별", None, D, ["climate-carbon"], "plan"),
        c("2050 탄소중립 실현을 위한 업무협약을 체결하고, 온실가스 저감에 앞장서는 시민들에게 금리우대를 지원하기로 결정한 바 있다",
          None, D, ["climate-carbon"], "achievement"),
        c("시는 탄소중립 관련 중장기적인 비전을 제시하기 위해 종합계획을 수립하고 연구용역을 추진하고 있다", None, D,
          ["climate-carbon"], "statement"),
        c("6개 분야별 실행기구로 구성된 생태도시 민관협력기구가 참여한다", None, D, ["climate-carbon"], "statement"),
        c("시민들의 출자금으로 태양광 발전시설을 운영하는 전주시민햇빛발전소를 올해 연", None, D,
          ["energy-transition"], "plan"),
    ],
    "not_claims": [
        "2024까지 22만 명 대상 ‘2050 탄소중립’ 시민인식교육 추진",
        "전주시, ‘2050 탄소중립’ 실현 …개인 텀블러 사용 운동 전개",
    ],
})

# pf-03 (outlet not named), 익산 국화축제 예산 증액, undated
FILES.append({
    "article": "pf-03-jjan.txt",
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "45140"},
    "officials": ["jeong-heon-yul"],
    "claims": [
        c("익산 천만송이 국화축제가 내년도에 한단계 더 도약한다", None, None, ["culture-tourism"], "plan"),
        c("3억원의 예산 증액 편성을 통해 대한민국 명품의 국화축제 브랜드로서 확고한 자리매김을 다지겠다는 강한 의지다",
          None, None, ["culture-tourism"], "plan"),
        c("올해보다 3억원이 증액된 예산을 편성해 시의회에 제출했다", "jeong-heon-yul", None, ["culture-tourism"],
          "achievement"),
        c("제출한 예산액대로 반드시 통과될 수 있도록 총력을 기울여 달라", "jeong-heon-yul", None,
          ["culture-tourism"], "plan"),
        c("축제장 규모 확대와 시기 연장은 매년 폭발적인 증가추세를 보이고 있는 관광객들의 호응에", "jeong-heon-yul", None,
          ["culture-tourism"], "statement"),
        c("명성에 걸맞은 행사로 치러내기 위한 외연은 물론 내연까지 확대해 나갈수 있도록 착실히 준비해 주길 바란다",
          "jeong-heon-yul", None, ["culture-tourism"], "plan"),
        c("미세먼지 저감 등 대기질 개선을 위해 실시하는 시민 5부제, 공무원 2부제를 적극 홍보하고", "jeong-heon-yul", None,
          ["fine-dust"], "plan"),
        c("71만 구름인파가 다녀갔고, 230억원 가량의 지역경제 유발효과를 거뒀다", None, None, ["culture-tourism"],
          "achievement"),
    ],
    "not_claims": [
        "익산시가 환경친화도시로 나아가겠다고 선포한 만큼 앞으로는 안전환경국이 주도적으로 시정을 이끌어야 한다",
        "친환경 도시와 관련한 과별 추진사항을 정책과제에 포함할 수 있도록 적극 검토하라",
    ],
})

# pf-04 CBN뉴스, 안동시 한우시책, 입력 2014년 01월 17일
D = "2014-01-17"
FILES.append({
    "article": "pf-04-icbnnews.txt",
    "metadata": {"headline": "권영세 안동시장,우시장 찾아 한우농가 위로", "published": "2014-01-17",
                 "reporter": "이재영", "outlet": "CBN뉴스", "jurisdiction": "47170"},
    "officials": ["gwon-yeong-se"],
    "claims": [
        c("새해 안동시가 구상중인 한우시책에 관해 의견을 나눴다", None, D, ["agriculture"], "statement"),
        c("안동한우의 취약한 번식기반 회복을 위해 올해 처음으로 1억2천만 원의 사업비를 확보해", None, D,
          ["agriculture"], "plan"),
        c("축사환경개선과 기자재 지원사업 등에 5억3백만 원을 지원할 계획이며", None, D, ["agriculture"], "plan"),
        c("안동한우의 명성회복을 위해 안동봉화축협(조합장 권기수)과 긴밀히 협의해", None, D, ["agriculture"], "plan"),
    ],
    "not_claims": [
        "한우농가 폐업 희망이 늘어나는 등 주름살이 펴지기 어려운 여건 속에 권영세 안동시장이 새벽 우시장은 찾아 어려움에 처한 한우농가를 위로했다",
        "Copyrights ⓒCBN뉴스 - 봉화",
    ],
})

# pf-05 (kuk.kode mirror; outlet not named), 수성구 스마트도시 재인증, 기사승인 2025-11-24 16:00:38
D = "2025-11-24"
FILES.append({
    "article": "pf-05-kukinews.txt",
    "metadata": {"headline": "수성구, 스마트도시 재선정…“첨단 도시 경쟁력 확인”",
                 "published": "2025-11-24T16:00:38+09:00", "reporter": None, "outlet": None,
                 "jurisdiction": "27260"},
    "officials": ["kim-dae-gwon"],
    "claims": [
        c("대구 수성구가 스마트도시 인증을 또 받으면서 첨단 도시 경쟁력을 보여줬다", None, D, ["smart-city"],
          "achievement"),
        c("중소도시 부문 스마트도시로 재선정됐다고 24일 밝혔다", None, D, ["smart-city"], "achievement"),
        c("스마트도시 인증제는 국토교통부가 2021년부터 시행 중이며", None, D, ["smart-city"], "statement"),
        c("인증은 도시 혁신성, 거버넌스 및 제도적 환경", None, D, ["smart-city"], "statement"),
        c("올해 대구시와 수성구를 비롯해 9개 지역이 인증을 획득했고", None, D, ["smart-city"], "achievement"),
        c("스마트주차정보시스템 구축으로 주차 환경을 개선하고, 인공지능(AI)·코딩 등 디지털 체험이 가능한 미래교육관을 설립·운영했다",
          None, D, ["smart-city", "fourth-industrial-revolution", "education"], "achievement"),
        c("스마트 관제 시스템 기반의 AI 활용 실종자 찾기 서비스 등 첨단 기술 사업에서 성과를 인정받았다", None, D,
          ["smart-city", "fourth-industrial-revolution"], "achievement"),
        c("대구시는 최근 알파시티 일원을 중심으로 스마트도시 특화단지 조성을 시작했으며", None, D,
          ["smart-city", "fourth-industrial-revolution"], "statement"),
        c("특히 수성구는 기회발전특구, 교육국제화특구 등 4대 특구를 보유한 점이", None, D,
          ["investment-attraction", "education"], "statement"),
    ],
    "not_claims": [
        "김대권 수성구청장 “주민 생활 전반에 스마트 기술 적극 활용”",
        "수성구가 국토교통부 주관 ‘2025년 스마트도시 인증’ 공모에서 중소도시 부문 스마트도시로 재선정됐다. 수성구청 제",
    ],
})

# pf-06 (outlet not named), 대구시 노인복지종합계획, ' date 2026-03-13' (13일 밝혔다)
D = "2026-03-13"
FILES.append({
    "article": "pf-06-asiatoday.txt",
    "metadata": {"headline": "노인복지종합계획 수립…2030년까지 2조원 투입", "published": "2026-03-13",
                 "reporter": None, "outlet": None, "jurisdiction": "27"},
    "officials": [],
    "claims": [
        c("노인들이 살던 곳에서 건강하고 활기찬 노후를 보낼 수 있도록 돕는 대규모 마스터플랜을 본격 가동한다", None, D,
          ["welfare"], "plan"),
        c("고령친화도시 조성을 위한 노인복지종합계획(2026~2030)을 수립했다고 밝혔다", None, D, ["welfare"], "plan"),
        c("이는 관련 조례에 따라 처음으로 수립된 5개년 중장기 법정 계획으로", None, D, ["welfare"], "statement"),
        c("이번 계획의 핵심은 철저한 '현장 맞춤형'이다", None, D, ["welfare"], "statement"),
        c("'건강한 노화 실현, 든든한 노년 보장, 즐거운 노후 지원'을 3대 목표로 설정하고", None, D, ["welfare"], "plan"),
        c("의료·돌봄·주거 서비스가 하나로 이어지는 연계 체계를 구축한다", None, D, ["welfare"], "plan"),
        c("스마트 돌봄 기술을 적극 도입해 사각지대를 해소하고", None, D, ["welfare"], "plan"),
        c("'일자리 다양화와 사회참여 확대'에도 20개 사업을 배정했다", None, D, ["jobs", "welfare"], "plan"),
        c("단순 보조 업무 위주에서 벗어나 노인 일자리를 다변화하고", None, D, ["jobs", "welfare"], "plan"),
    ],
    "not_claims": [
        "본 이미지는 AI로 생성한 이미지입니다",
        "대구 어르신들이 가장 시급하다고 꼽은 정책은 돌봄과 일자리로 77%를 차지했다",
        "재가 서비스를 받으며 거주하기를 희망한다는 응답이 67.7%로 압도적으로 높았다",
        "이 밖에도 평생학습",
    ],
})

# pf-07 (press repost on uwcf.or.kr; outlet not named), 서동욱 남구청장 고래등대 인터뷰, 기사입력 2016.05.19 21:33:59
D = "2016-05-19"
FILES.append({
    "article": "pf-07-uwcf.txt",
    "metadata": {"headline": "서동욱 울산남구청장 \"울산 장생포에 세계 최대 고래등대\"",
                 "published": "2016-05-19T21:33:59+09:00", "reporter": None, "outlet": None,
                 "jurisdiction": "31140"},
    "officials": ["seo-dong-uk"],
    "claims": [
        c("남구 장생포를 정주형 관광단지로 만들고, 울산의 랜드마크를 세우겠다", "seo-dong-uk", D, ["culture-tourism"],
          "plan"),
        c("고안한 것이 세계에서 가장 높은 고래등대였다", "seo-dong-uk", D, ["culture-tourism"], "statement"),
        c("시설 건립을 위한 기본계획 용역은 마쳤고, 타당성 용역을 6월에 발주할 예정", "seo-dong-uk", D,
          ["culture-tourism"], "plan"),
        c("고래를 주제로 하는 높이 150m 등대에 전망대와 호텔 등 시설을 만드는 것이다", None, D, ["culture-tourism"],
          "statement"),
        c("비즈니스 방문객을 위한 회의 공간과 울산의 음식 문화를 알리는 공간도 마련할 계획이다", None, D,
          ["culture-tourism"], "plan"),
        c("석유화학공단의 야경과 울산대교를 한눈에 감상할 수 있는 멋진 관광상품이 될 것", "seo-dong-uk", D,
          ["culture-tourism"], "statement"),
        c("이색적인 즐길거리를 제공하기 위해 공중 모노레일 건립도 추진 중이다", None, D, ["culture-tourism"],
          "statement"),
        c("고래생태체험관과 고래문화마을을 오가는 1.3㎞ 구간에 만들어질 계획이다", None, D, ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "국내 유일 고래문화특구인 장생포가 확 바뀝니다.",
        "그는 장생포의 화려한 변신을 지켜봐달라고 했다",
        "장생포는 공단에 둘러싸여 있어 발전에 한계가 있다는 말을 많이 하는데 오히려 장생포만의 큰 특색이 될 수 있다",
    ],
})

# pf-08 (Daum; outlet not named, '본지 인터뷰'), 주낙영 경주시장 인터뷰, undated
JU = "ju-nak-yeong"
FILES.append({
    "article": "pf-08-daum.txt",
    "metadata": {"headline": "“대형 원전보다 10배 안전… SMR 국가산업단지 만들겠다”", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "47130"},
    "officials": [JU],
    "claims": [
        c("소형모듈원자로(SMR) 사업을 통해 미래 먹거리를 발굴하겠다는 포부다", None, None, ["energy-transition"], "plan"),
        c("1조원이 넘는 경제 유발 효과와 8000여 명 규모의 취업 창출 효과를 기대할 수 있다", JU, None, ["jobs"],
          "statement"),
        c("1300년 전 신라의 옛 모습을 최대한 복원해 관광 2000만 시대를 열겠다", JU, None, ["culture-tourism"], "target"),
        c("2025년까지 1조150억원을 투자해 황룡사 9층 목탑 등 신라 왕경 14개 핵심 유적을 복원·정비할 방침이다", JU, None,
          ["culture-tourism"], "plan"),
        c("메타버스 등 가상 공간도 활용해 경주를 찾는 관광객이", JU, None,
          ["culture-tourism", "fourth-industrial-revolution"], "plan"),
        c("역사기념공원 건립 등 문무대왕릉 정비 사업도 진행하겠다", JU, None, ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "다양한 역사·문화 콘텐츠가 살아 숨쉬는 고장이다",
        "최근 경주시는 산업 도시로서의 역량 강화에 힘을 쏟고 있다",
        "경주를 역사와 산업을 품은 세계의 천년수도로 만들겠다",
        "-2025년 APEC 정상회의 유치에 힘을 쏟고 있다.",
        "경주는 2012년 APEC 교육장관회의 등 16차례 이상의 국제 행사 개최 경험이 있는 등 최적지라 자부한다",
        "-명성에 비해 볼거리가 제한적이라는 지적도 있다.",
        "-원전 산업에도 집중하고 있다.",
    ],
})

# pf-09 한국일보, 이강덕 포항시장 인터뷰 (19일), 입력 2024.06.26 05:00
D, DI = "2024-06-26", "2024-06-19"
LG = "lee-gang-deok"
FILES.append({
    "article": "pf-09-hankookilbo.txt",
    "metadata": {"headline": "[경북르네상스]\"철강에서 이차전지로 영일만 기적 한 번 더\"",
                 "published": "2024-06-26T05:00+09:00", "reporter": None, "outlet": "한국일보",
                 "jurisdiction": "47110"},
    "officials": [LG],
    "claims": [
        c("철강 일변도의 지역 산업을 이차전지(배터리)와 바이오, 수소 등 다양한 분야로 확대해 주목 받고 있다", None, D,
          ["medical-industry", "energy-transition"], "achievement"),
        c("역대 최대 규모인 7조4,000억 원의 기업 투자 유치를 달성했다", None, D, ["investment-attraction"],
          "achievement"),
        c("이로써 경북도 투자유치대상 자치단체 부문에서 3년 연속 대상에 올랐다", None, D, ["investment-attraction"],
          "achievement"),
        c("폭발적인 성장이 예상되는 배터리와 바이오 등 신 산업에 힘을 쏟았다", LG, DI, ["medical-industry"],
          "achievement"),
        c("발 빠르게 준비한 덕에 대규모 투자를 이끌어냈다", LG, DI, ["investment-attraction"], "achievement"),
        c("2019년 배터리 규제자유특구 지정으로 기업하기 좋은 여건을 만들었다", None, D,
          ["investment-attraction", "future-vehicles"], "achievement"),
        c("이후 배터리 기업의 투자가 잇따르면서 지난해 이차전지 특화단지로 지정되는 쾌거를 이뤘다", None, D,
          ["investment-attraction"], "achievement"),
    ],
    "not_claims": [
        "2016년부터 배터리 소재 기업 유치",
        "지난해 7조4000억 투자...역대 최고",
        "수소연료전지 클러스터 예타 통과",
        "첨단 바이오 혁신연구센터도 따내",
        "문화·교육 정주여건 개선에도 온 힘",
        "이강덕 포항시장이 19일 집무실에서 한국일보와 인터뷰하고 있다",
    ],
})


def main() -> None:
    GOLD.mkdir(parents=True, exist_ok=True)
    total = 0
    for gold in FILES:
        path = GOLD / f"{gold['article']}.json"
        path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(gold["claims"])
        print(f"{path.name}: {len(gold['claims'])} claims")
    print(f"total claims: {total}")


if __name__ == "__main__":
    main()
