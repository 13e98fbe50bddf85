#!/usr/bin/env python3
"""Write set-sb's hand annotations to gold/<article>.json (format of seeds/corpus/README.md)."""
import json
import pathlib

GOLD = pathlib.Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


G = {}

# sb-01 남양주 interview, 승인 2019.01.11; interview day not given -> publication day.
J, D = "jo-gwang-han", "2019-01-11"
G["sb-01-kihoilbo.txt"] = {
    "metadata": {"headline": "3기 신도시로 성장 발판 다질 것", "published": "2019-01-11", "reporter": "조한재",
                 "outlet": None, "jurisdiction": "41360"},
    "officials": [J],
    "claims": [
        c("3기 신도시 확정으로 일자리, 주거, 교통, 문화가 있는 도시다운 도시로 성장할 수 있는 기회를 얻었다", J, D, ["housing", "jobs"], "achievement"),
        c("수도권 동북부지역에 대형 프로젝트 사업이 수립·추진되는 것은 해방 이후 처음이다", J, D, ["housing"], "statement"),
        c("교통과 일자리를 선제적으로 조성하는 선 교통대책 후 입주", J, D, ["housing", "jobs"], "statement"),
        c("서울과 연계성이 좋은 지역에 만들어진다는 것이다", J, D, ["housing"], "statement"),
        c("기존 지구를 합치면 28㎢ 이상이어서 지구 간 연계 시너지 효과를 기대할 수 있다", J, D, ["housing"], "statement"),
        c("광역도로망 확충과 철도교통 혁신이 뒷받침된다면 도시의 획기적인 성장을 기대할 수 있다", J, D, ["public-transit"], "statement"),
        c("GTX-B노선의 조기 추진 및 역 신설, 4호선·8호선 연장, 경의중앙선 역 신설 등이 이뤄져", J, D, ["public-transit"], "plan"),
    ],
    "not_claims": [
        "‘2050년 녹색 자족도시 완성’이라는 목표를 실현하기 위해 힘찬 항해를 시작했다",
        "온통 새로운 남양주의 시작을 이끄는 조광한 시장을 만나 봤다",
        "3기 신도시가 남양주에 어떤 변화의 바람을 불러올 전망인가",
        "3기 신도시 특징은 3가지로 볼 수 있다",
        "왕숙2지구(2.4㎢)는 다산지구, 양정역세권과 맞닿아 있다",
    ],
}

# sb-02 오산 radio interview (경인방송), broadcast 17년 7월 19일 = 작성일 2017-07-19.
K, D = "gwak-sang-uk", "2017-07-19"
G["sb-02-ifm.txt"] = {
    "metadata": {"headline": "곽상욱 오산시장, \"정부와 지차체 협력, 교육 자치도시 모델로 거듭 날 것\"",
                 "published": "2017-07-19", "reporter": "양채아", "outlet": "경인방송", "jurisdiction": "41370"},
    "officials": [K],
    "claims": [
        c("아동친화도시는 유니세프가 인증하는데요", K, D, ["welfare"], "statement"),
        c("저는 삼년 전부터 아동친화도시로 인증을 받기위해서 아주 많은 노력을 해왔어요", K, D, ["welfare"], "achievement"),
        c("드디어 5월 말일자로 인증을 받아서 너무 기쁘고요", K, D, ["welfare"], "achievement"),
        c("국제적으로 아이들이 행복한 도시를 만드는데 큰 기여를 하고 인증을 받는 것 같아서 기뻤는데요", K, D, ["welfare"], "achievement"),
        c("유엔에서 채택된 아동권리협약을 실천하기 위해", K, D, ["welfare"], "statement"),
    ],
    "not_claims": [
        "경기도 최초 유니세프로부터 아동친화도시로 인정받았다고 들었는데요",
        "외국에 갔을 때 아동친화도시를 방문했는데",
        "6년만에 채무 제로도시 오산 완성",
        "정부와 지차체 협력, 교육 자치도시 모델로 거듭 날 것",
        "아이들이 행복할 때 기성세대가 행복한게 아닌가 하는 생각이예요",
    ],
}

# sb-03 여주 TV interview (네트워크 초대석), 2024.09.23 08:45; no interview day -> publication day.
L, D = "lee-chung-u", "2024-09-23"
G["sb-03-tvchosun.txt"] = {
    "metadata": {"headline": "[네트워크 초대석] 이충우 여주시장 \"관광 인프라 늘려 지역 경제 활성화\"",
                 "published": "2024-09-23T08:45+09:00", "reporter": "김승돈", "outlet": None, "jurisdiction": "41670"},
    "officials": [L],
    "claims": [
        c("수도권에 식수를 공급하는 남한강 주변은 각종 규제로 묶여 있습니다", None, D, ["water-supply"], "statement"),
        c("이 때문에 남한강이 관통하는 여주시는 지역 발전에 어려움을 겪었는데요", None, D, ["water-supply"], "criticism"),
        c("이곳은 우리 여주시가 운영하는 수도권에서 제일 유명한 금은모래 캠핑장입니다", L, D, ["culture-tourism"], "statement"),
        c("깨끗한 물을 지키려고 많은 규제 속에서 살았습니다", L, D, ["water-supply"], "criticism"),
        c("강을 활용해서 관광객을 유치하고 시민들이 충분히 쉴 수 있는 공간을 만들자", L, D, ["culture-tourism"], "statement"),
        c("지금 이곳 우리 금은모래 유원지 개발하고", L, D, ["culture-tourism"], "statement"),
        c("많은 분들이 놀러 올 수 있게 하는 정책을 지금 펴고 있습니다", L, D, ["culture-tourism"], "statement"),
        c("출렁다리가 금년 말이면 준공이 됩니다", L, D, ["culture-tourism"], "plan"),
        c("강을 횡단하도록 설치하는 것은 이곳이 처음일 것 같고", L, D, ["culture-tourism"], "statement"),
    ],
    "not_claims": [
        "최근 정부로부터 상생 방안을 이끌어내는 등 변화의 바람이 불고 있습니다",
        "남한강 주변 주요 관광 시설은?",
        "관광 인프라 늘려 지역 경제 활성화",
        "당남리섬은 4대강 사업을 하면서 일부 공원 조성을 완료했거든요",
        "강을 이용할 줄은 모르고 바라만 보고 살았죠",
    ],
}

# sb-04 강화 interview, undated text -> published and all claim dates null.
S = "lee-sang-bok"
G["sb-04-segyelocalnews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "유영재", "outlet": "세계로컬신문",
                 "jurisdiction": "28710"},
    "officials": [S],
    "claims": [
        c("인천시 강화군이 2018년도 올해의 관광도시 선정을 계기로 지역 경제발전과 복지에 어느 때보다 힘쓰고 있다", None, None, ["culture-tourism", "welfare"], "statement"),
        c("교통망 확대·구축을 통한 균등 발전과 경제 활성화, 문화부흥을 위해 노력 중", S, None, ["culture-tourism"], "statement"),
        c("모든 군 사업을 관광도시 사업과 연계하고 있다", S, None, ["culture-tourism"], "statement"),
        c("골목상권 활성화를 위해 ‘스토리 워크(Story Walk)’, ‘야간관광 활성화’, ‘문화관광 플랫폼’을 조성 완료해 시범운영에 들어갈 계획이다", S, None, ["small-merchants", "culture-tourism"], "plan"),
        c("강화직물소창사업을 재조명하고 관광 상품화하고 강화읍 도시재생사업", S, None, ["culture-tourism", "urban-regeneration"], "plan"),
    ],
    "not_claims": [
        "야간관광 활성화 등에 매진·스포츠 시설 확충",
        "한강물 공급사업 추진…군민 우선채용도 권장",
        "2018년 올해의 관광도시로 선정됐는데?",
        "스포츠 발전에도 힘쓰고 있다",
        "신정리 종합체육시설이 착공 예정이다",
    ],
}

# sb-05 이천 smart-farm training, 승인 2015.11.18 16:50; event '지난 16일' = 2015-11-16.
P, E = "2015-11-18", "2015-11-16"
G["sb-05-globalnewsagency.txt"] = {
    "metadata": {"headline": "이천시, 정보통신기술을 통한 농업경쟁력 강화", "published": "2015-11-18T16:50+09:00",
                 "reporter": "송재우", "outlet": "글로벌뉴스통신", "jurisdiction": "41500"},
    "officials": ["jo-byeong-don"],
    "claims": [
        c("시설화훼 농업인 40명을 대상으로 스마트팜 확산을 위한 ICT(정보통신기술) 교육을 실시했다", None, E, ["agriculture"], "achievement"),
        c("스마트팜은 농식품 ICT 융·복합 기술이 적용된 농장으로", None, P, ["agriculture"], "statement"),
        c("농식품 ICT거점지원센터 운영사업의 일환으로 농업인의 인식제고와 이용확산을 위하여", None, E, ["agriculture"], "statement"),
        c("스마트팜 운영을 위한 ICT 융·복합 시설장비를 지원하고 있으며", None, P, ["agriculture"], "statement"),
        c("ICT융·복합을 통해 시설 원예작물의 품질 및 가격경쟁력을 향상시키겠다", None, P, ["agriculture"], "plan"),
        c("스마트팜의 확산을 통해 토지와 노동력이 부족한 농업의 어려움을 극복하고 경쟁력을 키우는데 노력하겠다", None, P, ["agriculture"], "plan"),
    ],
    "not_claims": [
        "김태완 이사장의 강의로 농식품산업 ICT 활용 현황과 스마트팜(ICT 융·복합) 확산사업 안내의 순으로 진행되었다",
        "이천시, 정보통신기술을 통한 농업경쟁력 강화",
    ],
}

# sb-06 인천 (IFEZ bio cluster), 승인 2021.10.20 16:02; '20일 밝혔다' = publication day. Institutions only.
D = "2021-10-20"
G["sb-06-sisajournal.txt"] = {
    "metadata": {"headline": "[인천24시] 인천 송도국제도시 ‘바이오 클러스터’ 확장", "published": "2021-10-20T16:02+09:00",
                 "reporter": "이정용", "outlet": "시사저널", "jurisdiction": "28"},
    "officials": [],
    "claims": [
        c("인천 송도국제도시의 바이오 클러스터 규모가 확대된다", None, D, ["medical-industry"], "plan"),
        c("총 200만㎡ 규모의 바이오 클러스터를 조성하겠다고 20일 밝혔다", None, D, ["medical-industry"], "plan"),
        c("송도 11공구에 백신과 치료제 등을 생산하는 첨단 의약품 제조시설을 유치한다는 방침이다", None, D, ["medical-industry", "investment-attraction"], "plan"),
        c("2030년에는 700개의 기업이 들어서고, 2만 개의 일자리가 창출될 것으로 예상된다", None, D, ["medical-industry", "jobs"], "target"),
        c("‘글로벌 바이오 허브’로 한 단계 도약하기 위한 것이다", None, D, ["medical-industry"], "statement"),
        c("약 60개의 바이오·헬스케어 분야 연구·제조·서비스기업이 들어서 있다", None, D, ["medical-industry"], "statement"),
        c("단일도시 기준으로 세계 최대 규모의 바이오의약품 생산능력을 갖추고 있다", None, D, ["medical-industry"], "statement"),
    ],
    "not_claims": [
        "기존 92㎡에서 200만㎡로 2배 확대…입주기업 700개, 고용인원 2만명 예상",
        "‘제5차 유네스코 학습도시 국제회의(ICLC)’를 개최한다고 20일 밝혔다",
        "연수구, ‘유네스코 학습도시 국제회의’ 27일 개최",
        "인천경제자유구역청 전경",
    ],
}

# sb-07 광명 BBS radio transcript; '06월 16일(금)' with no year -> undated: published and claim dates null.
Y = "yang-gi-dae"
G["sb-07-bbsi.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "전영신", "outlet": "BBS", "jurisdiction": "41210"},
    "officials": [Y],
    "claims": [
        c("KTX광명역에서 출발하는 열차가 북한을 거쳐서 중국이나 러시아 또 몽골 유럽을 가는 그런 유라시아 대륙철도시대를 선도하는 그런 대비를 하고 있습니다", Y, None, ["public-transit"], "statement"),
        c("이들 도시를 우리 시민원정대들과 함께 방문해서 상호 교류 협력을 위한 양해각서를 교환하고 왔습니다", Y, None, ["public-transit"], "achievement"),
        c("아직은 좀 멀게 느껴지고 또 이걸 중앙정부가 해야할 일이라", Y, None, ["public-transit"], "statement"),
    ],
    "not_claims": [
        "대륙철도라는 큰 그림의 선봉에 서고 계신 경기도 광명시의 양기대 시장님 만나 보겠습니다",
        "유라시아 대륙철도시대, 지금으로써는 다소 멀게 느껴지는 것도 사실인데요",
        "이르쿠츠크시와 울란바토르는 그런 유라시아 대륙 철도로 가는 거점 도시죠",
    ],
}

# sb-08 인천 시장 간부회의 '9일', 발행일 2017-01-10 -> his remarks 2017-01-09.
U, D = "yoo-jeong-bok", "2017-01-09"
G["sb-08-kyeongin.txt"] = {
    "metadata": {"headline": "유정복 인천시장 \"일자리 확대·경제 활성화 온힘\"", "published": "2017-01-10",
                 "reporter": "목동훈", "outlet": None, "jurisdiction": "28"},
    "officials": [U],
    "claims": [
        c("올해 일자리 확대와 지역경제 활성화를 강력히 추진하겠다", U, D, ["jobs"], "plan"),
        c("일자리 확대와 지역경제 활성화 등 3대 시책을 제시했다", U, D, ["jobs"], "plan"),
        c("'투자유치' 부서를 접목해 일자리 확대와 지역경제 활성화에 초점을 맞췄다", U, D, ["investment-attraction", "jobs"], "achievement"),
        c("나아가 인천 마이스터제를 강력하게 추진하길 바란다", U, D, ["jobs"], "plan"),
        c("명장 차원을 넘어 인재를 육성하고 산업 발전에 기여했으면 좋겠다", U, D, ["jobs"], "plan"),
        c("시민 의견과 논의 결과를 시정에 반영해 시범적으로 추진해 보는 게 좋을 것 같다", U, D, ["citizen-participation"], "plan"),
    ],
    "not_claims": [
        "지난해 지하철역에 인천 명장의 전당을 만든 것이 좋은 사례",
        "해양·문화·환경·교통·민생 등 5대 분야 추진 사업을 발표한 바 있다",
        "인천시와 기업 간 소통강화 방안을 유 시장에게 보고했다",
        "올해 첫 간부회의서 시정 청사진… 주권시대 실현 등 3대시책 제시",
    ],
}

# sb-09 시흥 시정 전략 발표 '24일', 입력 2025-06-24 15:40.
M, D = "lim-byeong-taek", "2025-06-24"
G["sb-09-wowtv.txt"] = {
    "metadata": {"headline": "임병택 시흥시장 \"바이오와 시화호는 미래 먹거리 핵심\"", "published": "2025-06-24T15:40+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "41390"},
    "officials": [M],
    "claims": [
        c("시흥시가 향후 미래 먹거리 핵심축으로 바이오와 시화호를 제시했다", None, D, ["medical-industry"], "plan"),
        c("바이오와 시화호를 통한 성장 동력 확보 기반을 다졌다", M, D, ["medical-industry"], "achievement"),
        c("AI와 바이오를 융합한 국가대표 첨단 바이오 도시 조성을 위해 속도를 내겠다고 밝혔다", M, D, ["fourth-industrial-revolution", "medical-industry"], "plan"),
        c("국가첨단전략산업 바이오 특화단지 유치를 시작으로", None, D, ["medical-industry", "investment-attraction"], "achievement"),
        c("연간 1500명 이상의 바이오 인력을 양성하고", None, D, ["medical-industry", "education"], "target"),
        c("거북섬 해양레저 인프라도 구축 속도를 내서", M, D, ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "혁신 기술로 미래를 선도하고, 자연과 공존하는 지속가능한 도시로 나아가기 위해 남은 민선 8기도 끝까지 책임을 다하겠다",
        "바이오와 시화호는 미래 먹거리 핵심",
    ],
}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, g in G.items():
        out = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(g["claims"])
        print(name, len(g["claims"]))
    print("total", total)


if __name__ == "__main__":
    main()
