"""Write set-iq gold files (hand annotation; one compact spec per article)."""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
P, A, T, C, S = "plan", "achievement", "target", "criticism", "statement"


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


GOLD = {
"iq-01-segye.txt": (
    {"headline": "서울 강서구청 마곡 신청사 첫삽… “자랑스러운 공간 될 것”", "published": "2023-04-12T17:42+09:00",
     "reporter": None, "outlet": "세계일보", "jurisdiction": "11500"},
    ["kim-tae-u", "oh-se-hoon"],
    [c("강서구 통합신청사는 강서 르네상스 100년의 시작이자 구민과 소통하는 열린 청사로 구민이 중심이 되는 자랑스러운 공간이 될 것입니다", "kim-tae-u", "2023-04-12", ["city-hall"], P),
     c("통합신청사는 서울 서남권 교통의 중심지인 마곡지구에 들어선다", None, "2023-04-12", ["city-hall"], P),
     c("2026년 준공을 목표로 건립된다", None, "2023-04-12", ["city-hall"], P),
     c("원스톱 행정’을 위한 통합신청사가 건립되면", None, "2023-04-12", ["city-hall"], S),
     c("취임 후 물가인상으로 인한 사업비 증가와 설계 지체 우려 등 숱한 어려움을", "kim-tae-u", "2023-04-12", ["city-hall"], S)],
    ["서울 강서구청 마곡 신청사 첫삽", "2026년 준공 목표… 구의회 등도 한자리에",
     "마곡동 통합신청사 부지에서 열린 착공식에서 이 같이 강조했다",
     "안전·착공 퍼포먼스 순으로 진행됐다", "강서구청 통합신청사 착공식에서 오세훈 서울시장"]),
"iq-02-shinailbo.txt": (
    {"headline": "초록 도시 노원, 2050 탄소중립도시 청사진 그린다", "published": "2023-06-11T08:30+09:00",
     "reporter": "허인", "outlet": None, "jurisdiction": "11350"},
    [],
    [c("서울 노원구가 ‘탄소중립도시 노원’을 향해 본격 나선다", None, "2023-06-11", ["climate-carbon"], P),
     c("‘2050 탄소중립도시 추진계획’을 수립했다고 11일 밝혔다", None, "2023-06-11", ["climate-carbon"], A),
     c("추진계획의 핵심 전략은", None, "2023-06-11", ["climate-carbon"], S),
     c("먼저 구는 탄소중립 리더 100여 명으로 구성된 구민회의를 구성한다", None, "2023-06-11", ["climate-carbon"], P),
     c("탄소중립 이행 주체인 구민의 역할을 강화하고 자발적 감축 효과를 확대하기 위해서다", None, "2023-06-11", ["climate-carbon"], S),
     c("구민 리더십을 발굴하고 능동적인 실천운동을 전개할 계획이다", None, "2023-06-11", ["climate-carbon"], P),
     c("올해 하반기에 구성해 발족식을 갖고", None, "2023-06-11", ["climate-carbon"], P),
     c("필요 시 예산도 지원한다", None, "2023-06-11", ["climate-carbon"], P),
     c("또한 지역 특성에 맞는 특화사업도 발굴한다", None, "2023-06-11", ["climate-carbon"], P),
     c("선도적으로 탄소중립형 재건축 추진 모델을 제시하고", None, "2023-06-11", ["climate-carbon"], P),
     c("RE100(Renewable Electricity 100) 캠페인 및 에너지 효율 개선사업", None, "2023-06-11", ["climate-carbon", "energy-transition"], S)],
    ["30년 이상 경과된 아파트가 올해로 55개 단지"]),
"iq-03-kmib.txt": (
    {"headline": "‘인천형 주민자치’ 뿌리 내리게… 지원 대폭 확대", "published": "2022-04-06T04:06+09:00",
     "reporter": "정창교", "outlet": "국민일보", "jurisdiction": "28"},
    [],
    [c("인천시가 올해 주민자치 활성화 지원금을 대폭 확대한다", None, "2022-04-06", ["citizen-participation"], P),
     c("인천형 주민자치회의 성공적 안착을 위해 총 121억원을 지원한다고 밝혔다", None, "2022-04-06", ["citizen-participation"], P),
     c("전년보다 50억원 늘어난 규모다", None, "2022-04-06", ["citizen-participation"], S),
     c("주민자치회형 참여예산에 32억원을 편성했다", None, "2022-04-06", ["citizen-participation"], A),
     c("현재 운영 중인 137개 전체 주민자치회에 지원해", None, "2022-04-06", ["citizen-participation"], P),
     c("간사활동비로 11억원을 지원한다", None, "2022-04-06", ["citizen-participation"], P),
     c("주민자치회 참여에 대한 동기를 부여하고", None, "2022-04-06", ["citizen-participation"], P),
     c("주민자치센터 공간 구조 개선사업에도 5억원을 편성해", None, "2022-04-06", ["citizen-participation"], P),
     c("이로써 총 72곳의 주민자치센터 공간이", None, "2022-04-06", ["citizen-participation"], A),
     c("지난 4년간 꾸준히 지원을 확대해왔다", None, "2022-04-06", ["citizen-participation"], A),
     c("인천시의 주민자치회전환율은 전국 자치단체 중 가장 높은 수준이다", None, "2022-04-06", ["citizen-participation"], A),
     c("올해는 나머지 18개 읍면동에 주민자치회를 설치할 계획이다", None, "2022-04-06", ["citizen-participation"], P)],
    ["‘인천형 주민자치’ 뿌리 내리게… 지원 대폭 확대", "인천=정창교 기자"]),
"iq-04-cunews.txt": (
    {"headline": "인천 계양구, 미래지향적 도시 기반 구축", "published": "2024-09-20T11:04+09:00",
     "reporter": "이경문", "outlet": "연합시민의소리", "jurisdiction": "28245"},
    ["yun-hwan"],
    [c("가장 먼저 착공한 계양테크노밸리는 경제자족도시로 성장하기 위한 중요한 프로젝트다", None, "2024-09-20", ["investment-attraction"], S),
     c("정보통신기술(ICT)과 문화콘텐츠 중심의 산업 유치를 추진하고 있다", None, "2024-09-20", ["investment-attraction", "fourth-industrial-revolution"], S),
     c("이로써 기존의 베드타운 이미지를 벗고 고부가가치 창출을 목표로 하고 있다", None, "2024-09-20", ["investment-attraction"], S),
     c("물류창고로 전락할 우려가 있었다", None, "2024-09-20", ["investment-attraction"], C),
     c("첨단산업 비율 확대를 강력히 요구했다", "yun-hwan", "2024-09-20", ["investment-attraction"], S),
     c("계양구는 인천시, LH 등과 협력해 TF를 구성하고 지속적으로 협의해왔다", None, "2024-09-20", ["investment-attraction"], S),
     c("ICT 및 문화디지털 산업 비율을 늘린 새로운 계획안을 인천시에 제출했다", None, "2024-09-20", ["investment-attraction", "fourth-industrial-revolution"], A),
     c("경제 자족도시로 비상하기 위해서는 계양테크노밸리의 성공이 필수적", "yun-hwan", "2024-09-20", ["investment-attraction"], S),
     c("양질의 일자리 창출을 위한 앵커기업 유치에 총력을 다할 것이라고 밝혔다", "yun-hwan", "2024-09-20", ["investment-attraction", "jobs"], P)],
    ["미래지향적 도시 기반 구축에 나섰다", "계양구는 30년 동안 각종 규제를 겪으며 발전에서 소외됐다",
     "230921_계양테크노밸리 공공시설부지 현장 방문"]),
"iq-05-tvseoul.txt": (
    {"headline": "오세훈 시장, “기후동행카드 신용카드 후불제 시스템 도입해나갈 것”", "published": "2024-01-29T14:22+09:00",
     "reporter": "이현숙", "outlet": "TV서울", "jurisdiction": "11"},
    ["oh-se-hoon"],
    [c("전국 최초의 대중교통 무제한 정기권인 서울시 '기후동행카드'가 지난 27일 첫차부터 운행을 시작한 가운데", None, "2024-01-29", ["public-transit"], A),
     c("서두르면 아마 4월 정도에는 가능할 것 같다", "oh-se-hoon", "2024-01-29", ["public-transit"], P),
     c("신용카드를 활용한 충전이 될 수 있도록 하는 방안 모색과 함께", "oh-se-hoon", "2024-01-29", ["public-transit"], P)],
    ["기후동행카드 신용카드 후불제 시스템 도입해나갈 것", "65,000원권으로 충전했다",
     "472번 시내버스에 승차해 버스 환승 관련 불편 사항은 없는지 점검하고"]),
"iq-06-seoul.txt": (
    {"headline": "어르신도 일자리가 복지다… 성북 어르신 어울림한마당", "published": "2019-10-10",
     "reporter": "김승훈", "outlet": "서울신문", "jurisdiction": "11290"},
    ["lee-seung-ro"],
    [c("매년 어르신일자리와 어르신복지시설을 꾸준히 늘려", "lee-seung-ro", "2019-10-02", ["welfare", "jobs"], P)],
    ["어르신도 일자리가 복지다… 성북 어르신 어울림한마당", "‘2019 성북 어르신 어울림 한마당’을 개최했다고 9일 밝혔다",
     "어르신복지기여자 16명에게 성북구청장 표창이 수여됐다", "일자리·건강 상담, 전통차 체험 등 다양한 부대행사도 열렸다",
     "서울 서북권 최초 자율주행버스", "도봉 ‘스마트 보안등’으로 밤길 안전 사수"]),
"iq-07-kfm.txt": (
    {"headline": "취임 100일맞은 박남춘 인천시장, 시정운영 계획 발표", "published": "2018-10-15T16:48+09:00",
     "reporter": "신종한", "outlet": None, "jurisdiction": "28"},
    ["park-nam-chun"],
    [c("특히 시민과 함께 하는 시정을 비롯해 인천의 균형발전 등을 시정 목표로 삼았습니다", "park-nam-chun", "2018-10-15", ["citizen-participation"], P),
     c("'시민공론화위원회'를 광역시 중 최초로 운영하기로 했습니다", None, "2018-10-15", ["citizen-participation"], P),
     c("오는 2022년까지 연간 200억원의 주민참여예산을 확정할 계획입니다", None, "2018-10-15", ["citizen-participation"], T),
     c("맞춤형 공공임대주택 공급은 물론 인천 내항 재개발 사업 등에 속도를 낸다는 방침입니다", None, "2018-10-15", ["housing"], P),
     c("서울지하철 2호선 청라연장과 수도권광역급행철도인 GTX 노선의 조기착공", None, "2018-10-15", ["public-transit"], P),
     c("시장 직속 일자리위원회를 출범해 창업을 위한 기금 조성에도 힘쓸 계획입니다", None, "2018-10-15", ["jobs", "startup-support"], P)],
    ["무엇보다 시민이 우선되는 인천만들 것", "민선 7기 시정운영 계획을 발표했습니다",
     "이제 시작이라는 각오로 함께 만드는 인천", "동북아 평화번영이 중심이 되는 것도 5대 시정목표에 포함시켰습니다"]),
"iq-08-kyeongin.txt": (
    {"headline": "[반환점 돈 민선7기, 기초단체장에게 듣는다·(10·끝)]이재현 인천 서구청장", "published": "2020-07-14",
     "reporter": "이현준", "outlet": "경인일보", "jurisdiction": "28260"},
    ["lee-jae-hyeon"],
    [c("사물인터넷 기반 '악취·미세먼지 통합 관제센터'를 열고", None, "2020-07-14", ["fine-dust", "fourth-industrial-revolution"], A),
     c("대기오염물질 배출량을 2022년까지 20% 이상 줄일 수 있도록 함께 노력하기로 했다", None, "2020-07-14", ["fine-dust"], T),
     c("방범용 CCTV 600여대를 추가로 설치하고", None, "2020-07-14", ["disaster-safety"], A)],
    ["2022년까지 대기오염 배출 20%↓", "사통팔달 교통망·서로e음 플랫폼노인돌봄·아이낳기 좋은도시 역점",
     "현장에 길이 있고 소통에 답이 있다는 걸 확신하게 된 2년이었습니다",
     "소통과 상생으로 함께 성장하는 '미래도시 서구'를 만들기 위해 더욱 노력할 생각이다"]),
"iq-09-tournews21.txt": (
    {"headline": "강화군,‘2018올해의 관광도시’사업으로 관광객 500만 유치", "published": "2018-01-02",
     "reporter": "유경훈", "outlet": "투어코리아", "jurisdiction": "28710"},
    [],
    [c("올해 관광객 유치 목표를 지난해 대비 40% 증가한 500만 명으로 세웠다", None, "2018-01-02", ["culture-tourism"], T),
     c("주요 사업’으로 확보하겠다는 전략이다", None, "2018-01-02", ["culture-tourism"], P),
     c("2년 동안 50개 연계사업을 확정한 뒤 TF팀을 구성해", None, "2018-01-02", ["culture-tourism"], A),
     c("그 결과 대부분의 사업 준비가 완료돼 올해부터 정식 가동에 들어간다", None, "2018-01-02", ["culture-tourism"], A),
     c("부분적으로 공정을 완료해 관광객들에게 우선 선보일 계획이다", None, "2018-01-02", ["culture-tourism"], P),
     c("강화관광플랫폼은 지난해 11월 3일 개관해 절찬리에 운영 중이다", None, "2018-01-02", ["culture-tourism"], A),
     c("미디어파사드 콘텐츠 등은 이달 중 정식 운영에 들어갈 예정이다", None, "2018-01-02", ["culture-tourism"], P),
     c("문화예술포토존은 강화군 14개소에 설치하고", None, "2018-01-02", ["culture-tourism"], A),
     c("강화읍과 온수리 원도심은 조형물 설치와 벽화를 그려 경관을 개선하고", None, "2018-01-02", ["culture-tourism", "urban-regeneration"], A)],
    ["▲ 2018올해의 관광도시", "▲ 고려산 진달래"]),
}

if __name__ == "__main__":
    total = 0
    for name, (meta, officials, claims, not_claims) in GOLD.items():
        gold = {"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": not_claims}
        (ROOT / "gold" / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        total += len(claims)
        print(name, len(claims))
    print("total", total)
