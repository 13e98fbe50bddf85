"""Write set-eb's gold files (hand annotation; this script only serialises it)."""

import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


def meta(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


KIM_GI = "kim-gyeong-il"
D01 = "2023-02-15"
PT = ["public-transit"]

FILES = {
    "eb-01-aanews.txt": {
        "metadata": meta("김경일 파주시장, ‘철도혁명 시대’ 사통팔달 철도망 구축 계획 발표", "2023-02-15T16:44+09:00",
                         "김성훈", "AANEWS", "41480"),
        "officials": [KIM_GI],
        "claims": [
            c("교통이 편리한 파주시를 위한 철도망 구축 계획을 발표했다", KIM_GI, D01, PT, "plan"),
            c("3호선 연장의 출발역인 금릉역에서 철도망 비전을 제시한 만큼, 3호선 파주연장의 강한 의지를 보였다", KIM_GI, D01, PT, "plan"),
            c("지하철 3호선 파주연장의 민자적격성 통과를 위해 모든 행정을 총동원하고", KIM_GI, D01, PT, "plan"),
            c("서해선 파주연장 사업은, 올해 상반기 내 국토교통부로부터 승인을 받을 예정이다", None, D01, PT, "plan"),
            c("철도망의 획기적 발전을 이뤄내겠다는 입장이다", KIM_GI, D01, PT, "plan"),
            c("시내버스 준공영제 단계적 전환 등 대중교통 노선의 전면적 개편으로 GTX 이용의 편의성과 만족도를 높일 계획이라고 전했다",
              KIM_GI, D01, PT, "plan"),
            c("전국 최초 마을버스 준공영제 실시, 경기도 최초 수요응답형버스 운행", KIM_GI, D01, PT, "achievement"),
        ],
        "not_claims": [
            "“파주시 철도의 미래, 서울 통근시간 30분대 실현할 것”",
            "친수공간 조성사업, 성매매집결지 폐쇄 정비계획, 국립민속박물관 파주관 유치에 이어 네 번째 현장브리핑이다",
            "김성훈 기자",
        ],
    },
    "eb-02-kmib.txt": {
        "metadata": meta("횡성군, 청년 일자리 정책 박차…취업부터 정착까지", "2026-01-26", None, None, "51730"),
        "officials": [],
        "claims": [
            c("‘청년이 살기 좋은 도시’를 만들기 위해 2026년 청년 일자리 정책을 추진한다", None, "2026-01-26", ["jobs", "youth-policy"], "plan"),
            c("취업 준비 청년의 경제적 부담을 덜어주기 위해 ‘청년 면접수당’을 지원한다", None, "2026-01-26", ["jobs", "youth-policy"], "plan"),
            c("횡성군 소재 기업의 면접에 응시하면 1회 5만원, 최대 3회까지 면접수당을 준다", None, "2026-01-26", ["jobs", "youth-policy"], "statement"),
            c("횡성사랑카드 충전 방식으로 지급한다", None, "2026-01-26", ["jobs", "youth-policy"], "statement"),
            c("예산 소진 시 조기에 종료될 수 있다", None, "2026-01-26", ["jobs", "youth-policy"], "statement"),
            c("횡성형 청년일자리 사업도 준비돼 있다", None, "2026-01-26", ["jobs", "youth-policy"], "plan"),
            c("관내 기업에 취업한 청년의 안정적 정착을 유도하고자 추진하는 사업이다", None, "2026-01-26", ["jobs", "youth-policy"], "statement"),
            c("지원 대상은 신청일로부터 과거 3년 동안 횡성에 주민등록을 등재한 사실이 없는", None, "2026-01-26", ["jobs", "youth-policy"], "statement"),
            c("매월 20만원씩 최대 5년간 전입근로수당을 준다", None, "2026-01-26", ["jobs", "youth-policy"], "statement"),
            c("가족(배우자 및 직계비속)이 함께 전입하면 매월 30만원이 추가로 지급된다", None, "2026-01-26", ["jobs", "youth-policy"], "statement"),
            c("구직 의욕이 낮아진 지역 청년을 위한 맞춤형 프로그램 ‘청년도전 지원사업’도 마련돼 있다", None, "2026-01-26", ["jobs", "youth-policy"], "plan"),
            c("최근 6개월간 취업, 교육, 직업훈련 이력이 없는 18세~45세 청년이 대상이다", None, "2026-01-26", ["jobs", "youth-policy"], "statement"),
            c("자기이해 기반 취·창업 역량강화 프로그램을 이수하면 5주마다 50만원의 수당을 준다", None, "2026-01-26", ["jobs", "youth-policy"], "statement"),
            c("25주 과정을 모두 마치면 최대 300만원의 수당을 받을 수 있다", None, "2026-01-26", ["jobs", "youth-policy"], "statement"),
            c("취업 후 3개월간 근속하면 50만원의 근속수당이 추가로 지급돼 총 350만원의 혜택을 누릴 수 있다", None, "2026-01-26", ["jobs", "youth-policy"], "statement"),
            c("청년창업가 양성 지원사업도 추진한다", None, "2026-01-26", ["startup-support", "youth-policy"], "plan"),
            c("창업 기업의 사업화 지원과 지역 내 창업 생태계 기반을 강화하기 위해 마련됐다", None, "2026-01-26", ["startup-support", "youth-policy"], "statement"),
        ],
        "not_claims": [
            "횡성군, 청년 일자리 정책 박차…취업부터 정착까지",
        ],
    },
    "eb-03-kukinews.txt": {
        "metadata": meta("원강수 시장 \"원주 산업발전에 획을 긋는 한 해 될 것\"", "2024-01-03T14:22+09:00", None, None, "51130"),
        "officials": ["won-gang-su"],
        "claims": [
            c("미래차전자부품시스템반도체 신뢰성 검증센터, AI의료반도체 전문인력 양성센터 등의 국비를 확보함으로써 사업 속도에 박차를 가하고 있다",
              "won-gang-su", "2024-01-03", ["future-vehicles", "fourth-industrial-revolution", "jobs"], "achievement"),
            c("이 같은 사업의 전체 예산을 다 합치면 1000억 원에 가깝다", "won-gang-su", "2024-01-03",
              ["future-vehicles", "fourth-industrial-revolution", "jobs"], "statement"),
            c("최근 국비 확보 성과가 뚜렷한 ‘원주 오페라하우스(디 아트 강원)’도 강조했다", "won-gang-su", "2024-01-03", ["culture-tourism"], "achievement"),
            c("오페라하우스는 사업 예산 2000억 원 중 국비 1000억 원이 확보된 상태다", None, "2024-01-03", ["culture-tourism"], "achievement"),
            c("원주시의 문화 환경뿐만 아니라 정주여건 개선에 큰 효과를 기대한다", "won-gang-su", "2024-01-03", ["culture-tourism"], "statement"),
        ],
        "not_claims": [
            "반도체클러스터, 오페라하우스 국비 확보 강조",
            "원주 발전에 한 획을 긋는 한해가 될 수 있도록 더욱 분발하겠다",
            "경제가 좋아야 문화, 복지, 교육, 안전도 챙길 수 있는 여건이 조성될 수 있다",
            "‘반도체클러스터’를 착실하게 조성하겠다는 의지를 내비췄다",
            "원주시와 강원특별자치도가 추구하는 반도체클러스터를 통해 원주의 산업기반 및 경제 진형을 바꾸는 선을 그려나가고 있다",
            "2024 강원 원주시 전체 기업인 간담회 및 신년인사회.",
        ],
    },
    "eb-04-asiae.txt": {
        "metadata": meta("이재준 수원시장 \"탄소중립은 시민실천이 있을 때 실현\"", "2025-11-03T09:10+09:00", "이영규", None, "41110"),
        "officials": ["lee-jae-jun"],
        "claims": [
            c("탄소 중립은 시민 한 사람 한 사람의 실천이 있을 때 실현할 수 있다", "lee-jae-jun", "2025-11-02", ["climate-carbon"], "statement"),
            c("적정 실내 온도를 유지하고, 쓰레기 배출량을 줄이는 등 작은 행동이 모여 지구를 위한 큰 물결이 될 수 있다", "lee-jae-jun", "2025-11-02",
              ["climate-carbon"], "statement"),
            c("우리 자신과 후손들, 지구에 사는 모든 이를 위해 '탄소중립'에 동참해 달라", "lee-jae-jun", "2025-11-02", ["climate-carbon"], "plan"),
            c("수원시 최초로 운영하는 '탄소중립 실천 주간(11월 2~14일)'의 시작을 알리는 행사였다", None, "2025-11-02", ["climate-carbon"], "statement"),
        ],
        "not_claims": [
            "공연과 체험, 캠크닉(소풍을 가듯 가볍게 즐기는 캠핑)존이 어우러진 시민 참여형 축제로 진행됐다",
            "이날 축제는 탄소중립 그린도시 기념식과 탄소공감 버스킹공연·영화상영회, 탄소중립 키자니아 어린이 직업체험존 운영 등으로 이뤄졌다",
            "에너지 절약, 자원순환, 탄소중립 생활 습관 등을 체험하며 배울 수 있도록 프로그램을 구성했다",
            "탄소중립 그린도시 기념식은 '탄소흡수나무' 기념식수, 유공자 표창, 미디어 퍼포먼스 등으로 진행됐다",
            "이재준 수원시장이 2일 열린 '제1회 탄소중립 한마당 축제'에 참석해 시민들과 함께 기념사진을 찍고 있다",
        ],
    },
    "eb-05-kpinews.txt": {
        "metadata": meta("김동연 \"당장 기본소득 실천 만만치 않아…그래서 나온 게 기회소득\"", "2022-10-18T20:29+09:00", "서창완", None, "41"),
        "officials": ["kim-dong-yeon", "lee-jae-myung"],
        "claims": [
            c("김동연 경기도지사가 기본소득 정책에 대해 당장은 어렵다는 입장을 밝혔다", "kim-dong-yeon", "2022-10-18", ["welfare"], "statement"),
            c("중장기적으로 의미가 있다고 생각하지만, 이것을 당장 실천하는 것은 만만치 않다", "kim-dong-yeon", "2022-10-18", ["welfare"], "statement"),
            c("기본소득 정책이 기회소득으로 바뀌면서 보편복지가 후퇴하는 게 아니냐는 우려가 있는데", None, "2022-10-18", ["welfare"], "criticism",
              speaker_name="용혜인"),
            c("기본소득을 주요 정책으로 뽑아온 이재명 전 지사와는 차별점이 드러난다", None, "2022-10-18", ["welfare"], "statement"),
            c("기본소득을 보편적 복지라고 표현했는데 조금 생각을 달리한다", "kim-dong-yeon", "2022-10-18", ["welfare"], "statement"),
            c("복지 측면보다는 일의 미래와 산업구조 개편 등 먼 장래에 있을 것에 대비해", "kim-dong-yeon", "2022-10-18", ["welfare"], "statement"),
            c("이를 당장 실천에 옮기기에는 만만치 않고, 그래서 나온 게 기회소득", "kim-dong-yeon", "2022-10-18", ["welfare"], "statement"),
            c("경기도가 농촌기본소득 시범사업을 하고 있기에 긴 안목에서 봐야 하고", "kim-dong-yeon", "2022-10-18", ["welfare", "agriculture"], "statement"),
            c("문화예술인부터 기회소득 도입해 지원하겠다", "kim-dong-yeon", "2022-09-22", ["welfare", "culture-tourism"], "plan"),
        ],
        "not_claims": [
            "\"기본소득, 먼 미래와 산업구조 개편 등 대비한 개념\"",
            "김동연 경기도지사가 18일 경기도 수원시 영통구 경기도청에서 열린 국회 행정안전위원회의 경기도에 대한 국정감사에서 의원 질의에 경청하고 있다",
        ],
    },
    "eb-06-segye.txt": {
        "metadata": meta(None, "2025-11-29", None, None, "51230"),
        "officials": ["park-sang-su"],
        "claims": [
            c("수소·탄소중립 기반 신 성장산업으로 지역경제 회복 견인", "park-sang-su", "2025-11-27",
              ["energy-transition", "climate-carbon", "urban-regeneration", "culture-tourism", "agriculture", "welfare"], "plan"),
            c("수소특화 일반산업단지와 임대형 공장 건립을 마무리하고 기업 입주를 가속화해", "park-sang-su", "2025-11-27",
              ["energy-transition", "investment-attraction"], "plan"),
            c("산·학·연 기반 수소경제 생태계 완성에도 속도를 낼 것", "park-sang-su", "2025-11-27",
              ["energy-transition", "research-development"], "plan"),
            c("탄소 포집·활용·저장 진흥센터 건립과 이차전지 전기화제 복합시험 인증 플랫폼 구축으로", "park-sang-su", "2025-11-27",
              ["climate-carbon", "investment-attraction"], "plan"),
        ],
        "not_claims": [
            "민선 8기 4년간 이뤄낸 성과를 토대로 지역의 구조적 전환과 시민이 체감할 수 있는 성과 창출에 집중하는 한편",
            "박상수 삼척시장이 이달 27일 열린 삼척시의회 정례회 시정연설을 통해 시정 운영 방향을 밝히고 있다",
            "도시 기반시설도 강화할 것",
            "영월·삼척 고속도로는 예비타당성 조사 통과와 50억원 예산 반영에 따라",
        ],
    },
    "eb-07-donga.txt": {
        "metadata": meta("수소교통 ‘허브도시’ 첫걸음", "2025-12-03", None, None, "51110"),
        "officials": [],
        "claims": [
            c("강원 춘천시는 2일 수소교통 복합기지 준공식을 열고", None, "2025-12-02", ["future-vehicles", "energy-transition"], "achievement"),
            c("동내면 학곡리에 조성된 수소교통 복합기지 공사를 마무리하고 이날 현장에서 준공식을 개최했다", None, "2025-12-02",
              ["future-vehicles", "energy-transition"], "achievement"),
            c("종합형 수소 모빌리티 인프라로, 전국 최고 수준 규모를 자랑한다", None, "2025-12-03", ["future-vehicles", "energy-transition"], "statement"),
            c("하루 최대 100대의 수소 버스·트럭을 충전할 수 있는 2000kg 규모 액화수소 충전소 4기와", None, "2025-12-03",
              ["future-vehicles", "energy-transition"], "achievement"),
            c("‘원스톱 수소 모빌리티 시스템’을 갖춘 셈이다", None, "2025-12-03", ["future-vehicles", "energy-transition"], "statement"),
            c("강원도가 추진하는 수소 분야 친환경 모빌리티 전환 정책의 핵심 축으로", None, "2025-12-03", ["future-vehicles", "energy-transition"], "statement"),
            c("수소교통 선도 도시로 도약하는 기반이 될 것이란 기대도 나온다", None, "2025-12-03", ["future-vehicles", "energy-transition"], "statement"),
            c("도내 수소차 보급은 지난달 기준 3466대로 인구 대비 전국 최고 수준이다", None, "2025-12-03", ["future-vehicles"], "achievement"),
            c("시군별로는 춘천이 1267대로 가장 많고", None, "2025-12-03", ["future-vehicles"], "statement"),
            c("도내 수소충전소는 춘천·원주·강릉·동해·속초·삼척·횡성·평창·인제 등 15곳이 운영 중이며", None, "2025-12-03",
              ["future-vehicles", "energy-transition"], "statement"),
        ],
        "not_claims": [
            "액화수소 충전소 4기-검사시설",
            "‘원스톱 모빌리티 시스템’ 갖춰",
            "수소교통 선도 도시 도약 기대",
        ],
    },
    "eb-08-shinailbo.txt": {
        "metadata": meta("양평 5개마을 ‘생태보전농업 실천마을’ 선정", "2020-02-12T13:16+09:00", "문명기", "신아일보", "41830"),
        "officials": [],
        "claims": [
            c("경기 양평군의 5개마을이 경기도에서 선정한 ‘생태보전농업 실천마을’로 선정됐다", None, "2020-02-12", ["agriculture"], "achievement"),
            c("5개마을이 선정됐다고 밝혔다", None, "2020-02-12", ["agriculture"], "achievement"),
            c("농촌 마을에 환경 보전ㆍ개선을 위한 일정 과제 부여 후 이행 실적에 따라 농가당 인센티브를 지급한다", None, "2020-02-12",
              ["agriculture"], "statement"),
            c("3월부터 생태 환경 보전 농업을 위한 본격적인 과제 수행에 들어간다", None, "2020-02-12", ["agriculture"], "plan"),
            c("시군별로는 양평 5곳과 용인, 여주, 광주, 연천, 이천, 평택 각 1개 마을이다", None, "2020-02-12", ["agriculture"], "statement"),
        ],
        "not_claims": [
            "화전2리·병산2리·다대2리·옥현2리·신원3리",
            "[신아일보] 양평/문명기 기자",
        ],
    },
    "eb-09-ygcl.txt": {
        "metadata": meta("[민선7기] 소통 강화 양구군, 인구 감소 해법은?", "2019-07-16T18:40+09:00", "한재영", None, "42800"),
        "officials": ["jo-in-muk"],
        "claims": [
            c("양구군은 협치위원회를 구성하는 등", None, "2019-07-16", ["citizen-participation"], "statement"),
            c("내금강 관광길 복원과\nDMZ 생태체험 관광 활성화 사업에 속도를 내고 있습니다", None, "2019-07-16", ["culture-tourism"], "statement"),
            c("내금강 최단로인 31번 국도 개선을 정부 사업에\n반영될 수 있도록 하겠습니다", "jo-in-muk", "2019-07-16", ["culture-tourism"], "plan"),
            c("중·고교 신입생 교복 구매비 지원과\n군민 안전보험 가입, 농어촌버스 요금 단일화", None, "2019-07-16",
              ["education", "disaster-safety", "public-transit"], "achievement"),
        ],
        "not_claims": [
            "기획시리즈, 조인묵 양구군수 순섭니다",
            "모색을 통해 통일시대 기반을 확충하도록 하겠습니다",
            "공약 이행률이 40%에 이르고 있지만",
            "인구 2만 명 선이 무너질 수 있다는 위기감이 커지고 있습니다",
        ],
    },
}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, body in FILES.items():
        gold = {"article": name, **body}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(body["claims"])
        print(name, len(body["claims"]))
    print("total", total)


if __name__ == "__main__":
    main()
