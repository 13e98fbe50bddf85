"""Write set-nh gold files (hand annotation). C(quote, speaker, date, policies, kind[, speaker_name])."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def C(quote, speaker, date, policies, kind, speaker_name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        c["speaker_name"] = speaker_name
    return c


def M(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter,
            "outlet": outlet, "jurisdiction": jurisdiction}


KDY, D1 = "kim-dong-yeon", "2023-04-24"
PSW, D2 = "park-seung-won", "2023-01-18"
LBT = "lim-byeong-taek"
D4 = "2019-03-27"
CMS, D5 = "choi-moon-soon", "2019-12-26"
D6 = "2024-02-02"
D7 = "2019-10-22"
KCS = "kim-cheol-su"
D9 = "2010-07-13"
ET, CC, FD, CT = "energy-transition", "climate-carbon", "fine-dust", "culture-tourism"

FILES = {
"nh-01-kgoodnews.txt": (
    M("경기도, ‘경기 RE100 비전’ 발표", "2023-04-27T17:33+09:00", None, "경기포털뉴스", "41"),
    [KDY],
    [
        C("원전 6기 규모인 9GW(기가와트)의 신재생에너지 발전시설을 확충하기로 했다", None, D1, [ET], "target"),
        C("공공기관은 100% 신재생에너지를 사용하기로 했다", None, D1, [ET], "target"),
        C("2030년 30%까지 높이고 온실가스 배출량을 40% 감축할 계획이다", None, D1, [ET, CC], "target"),
        C("경기도는 탄소중립과 녹색성장에 대해서 가장 앞장서 나가겠다", KDY, D1, [CC], "plan"),
        C("정면으로 부딪쳐서 기회로 삼는 선도자가 될 것", KDY, D1, [CC], "plan"),
        C("도의 과감한 기후 위기 대책을 담았다", None, D1, [CC], "statement"),
        C("실천 방안을 공공·기업·도민·산업까지 4가지 분야 13개 과제에 담아 발표했다", None, D1, [ET], "statement"),
        C("대규모 신재생에너지 집적단지 조성 등 대형 프로젝트를 추진하겠다고 밝혔다", None, D1, [ET], "plan"),
    ],
    ["경기도, ‘경기 RE100 비전’ 발표",
     "김동연 경기지사, “기후위기에 정면으로 부딪혀 위기를 기회로”",
     "공공·기업·도민·산업까지 4가지 분야 13개 전략과제 추진",
     "‘경기 RE100 비전 선포식’을 24일 시흥 시화국가산업단지에 위치한 ㈜마팔하이테코 공장에서 갖고",
     "경기도 2050 탄소중립녹색성장위원회, 도의원, 기후대사 등 90여 명이 참석했다"],
),
"nh-02-kmtimes.txt": (
    M("광명시, 탄소중립 실현 위한 중단 없는 신재생에너지 사업 추진으로 다섯 번째 햇빛발전소 가동",
      "2023-01-18T08:19+09:00", None, "광명시민신문", "41210"),
    [PSW],
    [
        C("광명시(시장 박승원)는 탄소중립 실현을 위해 관내 공공기관 유휴 부지를 유상 임대하고", None, D2, [CC, ET], "statement"),
        C("광명형 그린뉴딜사업의 일환으로 시민이 자발적으로 결성한", None, D2, [ET, CC], "statement"),
        C("다섯 번째 태양광발전소가 광명5동 행정복지센터 옥상에 설치되어 1월 초 상업 운전을 시작했다", None, D2, [ET], "achievement"),
        C("시민 한 사람 한 사람의 관심과 참여 없이는 탄소중립을 실현할 수 없다", PSW, D2, [CC], "statement"),
        C("광명시는 탄소중립 선도도시로서 앞으로도 시민과 함께 힘을 모아 중단 없는 신재생에너지 사업을 추진해 나가겠다", PSW, D2, [CC, ET], "plan"),
        C("5호기는 시설용량 59kW로 연간 75,370kWh 전기를 생산할 수 있다", None, D2, [ET], "statement"),
        C("연간 33톤의 이산화탄소 배출 절감 효과, 나무 12,000그루 식재 효과가 있다", None, D2, [ET, CC], "statement"),
        C("2017년 국토교통부의 도시재생 뉴딜 사업 공모에 선정되어", None, D2, ["urban-regeneration"], "achievement"),
    ],
    ["광명시, 탄소중립 실현 위한 중단 없는 신재생에너지 사업 추진으로 다섯 번째 햇빛발전소 가동"],
),
"nh-03-kihoilbo.txt": (
    M(None, None, "이옥철", "기호일보", "41390"),
    [LBT],
    [
        C("시루 배달앱 시범서비스를 18일부터 시작했다", None, None, ["small-merchants"], "achievement"),
        C("자영업·소상공인의 경비 절감에 큰 도움이 될 것으로 보인다", None, None, ["small-merchants"], "statement"),
        C("업체와 소비자 모두에게 득이 될 수 있다", None, None, ["small-merchants"], "statement"),
        C("순차 적용되며 소비자는 해당 앱을 스마트폰에 설치해 기존 배달앱처럼 사용하면 된다", None, None, ["small-merchants"], "statement"),
        C("내년 1월부터는 본격적인 서비스를 지역에 정착시킬 계획이다", None, None, ["small-merchants"], "plan"),
        C("배달앱 경비 절감은 코로나19로 어려워진 소상공인의 숙원으로 더 이상 지켜볼 수 없는 과제", LBT, None, ["small-merchants"], "statement"),
        C("시루 배달앱도 안정적으로 자리매김할 것", LBT, None, ["small-merchants"], "statement"),
    ],
    ["시흥=이옥철 기자 oclee@kihoilbo.co.kr"],
),
"nh-04-kns.txt": (
    M("부천시, 미세먼지 저감 추진계획 보고회", "2019-03-28T11:11+09:00", "이정성", "KNS뉴스통신", "41190"),
    ["jang-deok-cheon"],
    [
        C("다양한 미세먼지 저감 시범사업을 추진할 계획이다", None, D4, [FD], "plan"),
        C("부천 중앙공원에 인공안개 분사시설을 6월까지 설치할 예정이다", None, D4, [FD, "disaster-safety"], "plan"),
        C("관용 화물차에도 맞춤형 ‘쿨링포그(인공안개 분사시설)’를 설치해 상시 운행하는 시범사업도 추진할 계획이다", None, D4, [FD], "plan"),
        C("이 사업비는 재난안전 특별교부세 선도사업으로 선정되면 10억여 원의 예산을 지원받게 된다", None, D4, [FD], "statement"),
        C("4개 초등학교 실내 미세먼지 유입 차단을 위한 저감 장치를 오는 10월까지 완료할 예정이다", None, D4, [FD], "target"),
        C("신재생 에너지 보급 확대사업도 실시한다", None, D4, [ET], "plan"),
        C("4개 사업을 경기도 보조금으로 올 상반기 안으로 완료할 예정이다", None, D4, [ET], "plan"),
    ],
    ["부천시, 미세먼지 저감 추진계획 보고회",
     "중앙공원·관용차에 인공안개 분사기 설치",
     "초등학교 4곳에 미세먼지 저감 장치",
     "미세먼지 대응을 위한 ‘미세먼지 추진계획 보고회’를 개최했다",
     "총 16개 추진 부서에서 22개 세부사업과 추진계획을 점검하고"],
),
"nh-05-yna.txt": (
    M("[신년인터뷰] 최문순 강원지사 \"남북교류 재개 대비 자체 시스템 준비\"", "2019-12-26T06:10+09:00",
      "임보연", "연합뉴스", "42"),
    [CMS],
    [
        C("제조업 기반이 취약한 도의 4차 산업 진입에 힘쓰겠다고 밝혔다", CMS, D5, ["fourth-industrial-revolution"], "plan"),
        C("혁신성장 신산업 본격 투자 및 투자환경 개선, 3년 연속 고용률 60% 이상 유지", CMS, D5, ["investment-attraction", "jobs"], "achievement"),
    ],
    ["도민 경제 주권확보를 위한 혁신·적극 행정을 가속화 하겠다",
     "주요 공약과 현안 사업의 내실 있는 성과를 도출하겠다",
     "금강산관광 재개 범 강원도민운동 추진 등 평화경제 공동체 실현 기반을 마련한 만큼",
     "평화경제공동체 실현 기반 성과…환경 이슈·중첩규제 등 극복 과제"],
),
"nh-06-ekn.txt": (
    M("춘천시, 천만 관광시대 ‘춘천, 만나다’ 비전선포", "2024-02-05T00:40+09:00", "박에스더", "에너지경제신문", "51110"),
    ["yuk-dong-han"],
    [
        C("1000만 관광시대 비전선포식을 개최하고 올해 관광객 1000만명 유치에 나선다", None, D6, [CT], "target"),
        C("시는 '대한민국 대표 체류형 국제문화관광도시'를 구현한다", None, D6, [CT], "plan"),
        C("4가지 분야로 나눠 정책을 추진한다", None, D6, [CT], "plan"),
        C("시는 시민이 자발적으로 관광객을 환대할 수 있는 분위기를 만들어 실천한다", None, D6, [CT], "plan"),
        C("김유정레일바이크, 애니메이션박물관 및 토이박물관을 열린 관광지로 조성한다", None, D6, [CT], "plan"),
        C("온라인 및 해외 마케팅을 강화하고, 주요 관광지도 정비한다", None, D6, [CT], "plan"),
        C("다양한 축제를 세계화한다는 전략이다", None, D6, [CT], "plan"),
    ],
    ["2024년 10월 26일(토)",
     "이날 관광객 1000만명을 목표로 육동한 춘천시장을 비롯해",
     "▲춘천시는 지난 2일 춘천시청 대회의실에서 천만 관광시대 '춘천, 만나다' 비전선포식을 개최했다"],
),
"nh-07-kado.txt": (
    M("동해 원도심 활성화 도시재생사업 ‘활발’", "2019-10-22", "구정민", "강원도민일보", "42170"),
    [],
    [
        C("원도심 활성화를 위한 도시재생사업이 활발하게 진행되고 있다", None, D7, ["urban-regeneration"], "statement"),
        C("‘묵호 언덕빌딩촌 지구’(2016~2020년·묵호 게구석~산제골) 등 사업이 진행되고 있다", None, D7, ["urban-regeneration"], "statement"),
        C("시는 올해 새뜰마을 사업에 따른 기본설계를 거쳐 내년부터 본격 사업에 나설 계획이다", None, D7, ["urban-regeneration"], "plan"),
        C("구도심 리빌딩 프로젝트가 한창 진행되고 있다", None, D7, ["urban-regeneration"], "statement"),
        C("원도심 활성화 사업도 탄력이 붙고 있다", None, D7, ["urban-regeneration"], "statement"),
        C("‘바닷가 책방’이라는 테마로 특화거리를 조성하고 있고", None, D7, ["urban-regeneration", "welfare"], "statement"),
    ],
    ["묵호·발한 등 정부 공모 선정", "지역특색 살린 명품거리 조성", "공원·주택 정비 생활여건 개선"],
),
"nh-08-kado.txt": (
    M(None, None, "김창삼", "강원도민일보", "42210"),
    [KCS],
    [
        C("속초해변 케이블카사업에 대해 속초시가 전향적 검토 의사를 밝혀", None, None, [CT], "statement"),
        C("행정적으로 특별한 문제가 없으면 추진하려고 한다", KCS, None, [CT], "plan"),
        C("케이블카 사업과 관련한 법규가 상당부분 개정돼", KCS, None, [CT], "statement"),
        C("큰 걸림돌이 없을 경우 사업추진을 인정할 방침", KCS, None, [CT], "plan"),
        C("최근 전남과 경남지역 케이블카 사업 운영 현장을 직접 갔다온 것으로 알려졌다", None, None, [CT], "statement"),
        C("관광객 유치 효과에 크게 기여할 것으로 기대됐다", None, None, [CT], "statement"),
    ],
    ["민간업체 제안 수년간 답보", "김철수 시장 긍정 검토 시사", "대포항 ~ 속초해수욕장 구간"],
),
"nh-09-theleader.txt": (
    M("김대수 “삼척 해양레일바이크 대박 터뜨린다”", "2010-07-13T22:58+09:00", "이태용", "더리더", "42230"),
    [],
    [
        C("울창한 소나무숲과 멋지게 어우러지면서 대박을 터뜨릴 것이다", None, D9, [CT], "statement", "김대수"),
        C("미래 해양관광 시대를 선도적으로 열어 갈 것이다", None, D9, [CT], "statement", "김대수"),
        C("시승 소감과 개선 사항을 파악하기 위한 시승식을 갖고 이용객 불편을 해소하기로 했다", None, D9, [CT], "plan"),
        C("오는 19일 정식 개통식을 갖은 뒤 20일부터 관광객을 태우고 본격 운행한다", None, D9, [CT], "plan"),
        C("총 사업비 347억원을 들여 조성한 해양 레일바이크는", None, D9, [CT], "statement"),
        C("초곡휴게소에서 15분간 휴식 시간을 포함, 1시간 가량 소요된다", None, D9, [CT], "statement"),
    ],
    ["김대수 “삼척 해양레일바이크 대박 터뜨린다”",
     "20일부터 궁촌리~용화리 5.4㎞ 왕복 운행",
     "삼척지역 주민들이 13일 해양레일바이크 정식 운행에 앞서"],
),
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, (meta, officials, claims, not_claims) in FILES.items():
        gold = {"article": name, "metadata": meta, "officials": officials,
                "claims": claims, "not_claims": not_claims}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(claims)
        print(name, len(claims))
    print("total claims", total)
