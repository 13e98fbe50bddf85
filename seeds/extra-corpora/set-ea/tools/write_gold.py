"""Writes set-ea gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def C(quote, speaker, date, policies, kind, name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        c["speaker_name"] = name
    return c


def M(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


PT, CT = "public-transit", "culture-tourism"
D1 = "2022-11-27"
FILES = {
    "ea-01-kislandnews.txt": {
        "metadata": M("인천 섬 여행객..내년부터 발길 가벼워진다", "2022-11-28T10:46+09:00", "윤종은", None, "28720"),
        "officials": [],
        "claims": [
            C("인천 앞바다 섬을 찾는 여행객들의 발길이 한결 가벼워질 전망이다", None, D1, [CT, PT], "plan"),
            C("여객운임을 비롯한 모두 11개 지원 사업을 시행한다고 27일 밝혔다", None, D1, [CT, PT], "plan"),
            C("내년에 169억원의 관련 예산을 확보할 계획이다", None, D1, [CT, PT], "plan"),
            C("서해 섬을 편리하게 방문할 수 있도록 여객운임 지원 사업을 시행한다", None, D1, [CT, PT], "plan"),
            C("관광 목적의 타 지역민이 대상이며 연 3회", None, D1, [CT, PT], "plan"),
            C("여객선 차량 운임의 20~50%를 지원한다", None, D1, [PT], "plan"),
            C("명절 귀성객 여객운임 지원 사업도 내년 설부터 재개한다", None, D1, [PT], "plan"),
            C("직계 존비속 및 배우자로 여객선 운임의 80%를 지원한다", None, D1, [PT], "plan"),
            C("지원 기간은 설·추석 명절 당일 및 전후 3일이다", None, D1, [PT], "statement"),
            C("올 3월부터 여객선 요금을 시내버스 요금 수준으로 낮췄다", None, D1, [PT], "achievement"),
            C("이에 따라 섬 주민들은 1250원만 부담하면", None, D1, [PT], "statement"),
        ],
        "not_claims": ["인천 섬 여행객..내년부터 발길 가벼워진다", "타 지역민 1박 2일 이상 뱃값 50% 지원, 주말은 제외",
                       "인천여객선터미널에서 관광객들이 여객선에 오르고 있다"],
    },
    "ea-02-newdaily.txt": {
        "metadata": M("중장기 비전과 목표를 담은 기본계획 수립", None, None, None, "28"),
        "officials": [],
        "claims": [
            C("인천시 수소산업 육성을 위한 중장기 비전과 목표를 담은 기본계획이 내년 3월까지 수립된다", None, None, ["energy-transition"], "plan"),
            C("수소산업 육성 전략과 향후 정책 방향을 논의했다", None, None, ["energy-transition"], "statement"),
            C("지역 맞춤형 수소산업 생태계 조성 방안이 집중 논의됐다", None, None, ["energy-transition"], "statement"),
            C("생태계 구축과 민간투자 유치, 인재 양성 방안 등이 구체화된다", None, None, ["energy-transition", "investment-attraction"], "plan"),
            C("이산화탄소 포집 설비를 갖춘 수소생산기지를 건립할 계획이다", None, None, ["energy-transition", "public-transit", "climate-carbon"], "plan"),
            C("15곳의 수소충전소를 운영해 7개 특별·광역시 중 가장 많은 수소 인프라를 보유하고 있다", None, None, ["energy-transition", "future-vehicles"], "achievement"),
            C("다각적인 정책을 통해 수소경제 기반 조성을 선도하고 있다", None, None, ["energy-transition"], "statement"),
            C("자문기구인 수소산업위원회도 운영하고 있다", None, None, ["energy-transition"], "statement"),
            C("민관 협력을 바탕으로 인천형 수소산업 생태계를 체계적으로 구축하고", None, None, ["energy-transition"], "plan"),
        ],
        "not_claims": ["참석한 위원들이 기념촬영을 하고 있다", "중장기 비전과 목표를 담은 기본계획 수립"],
    },
    "ea-03-genews.txt": {
        "metadata": M("인천시 아낌없는 지원 필요 강조···4일 중구청 연두 방문서", None, None, None, "28110"),
        "officials": ["kim-jeong-heon", "yoo-jeong-bok"],
        "claims": [
            C("올해 신설될 제물포구·영종구의 성공적 안착은 남은 4개월 간의 준비에 달려있다", "kim-jeong-heon", None, ["decentralization"], "statement"),
            C("대승적 차원에서 인천시 차원의 아낌없는 지원이 필요하다", "kim-jeong-heon", None, ["decentralization"], "plan"),
            C("개항장 일대 문화재 규제 완화와 지구단위계획 변경을 통한 개발·투자 여건 개선이", "kim-jeong-heon", None, ["investment-attraction", "culture-tourism"], "statement"),
            C("내항 1·8부두 재개발과 동인천역 민자 역사 개발을 속도감 있게 추진해", "kim-jeong-heon", None, ["urban-regeneration", "investment-attraction"], "plan"),
            C("신청사 건립 사업 지원 확대", "kim-jeong-heon", None, ["city-hall", "public-transit", "culture-tourism"], "plan"),
        ],
        "not_claims": ["인천시 아낌없는 지원 필요 강조···4일 중구청 연두 방문서", "올해 중구의 주요 지역 현안에 대해 의견을 주고받았다", "제물포구·영종구의 성공적 출범을 위한 지역 현안 등 건의",
                       "기자들과 차담회를 가진 뒤", "주민 소통 행사인 ‘생생톡톡 애인(愛仁) 소통’을 통해"],
    },
    "ea-04-newsfreezone.txt": {
        "metadata": M("박원순, \"복지는 공동체 사람들과 함께 살아가고자 하는 마음\"", "2019-03-15T11:57+09:00", "임새벽", "뉴스프리존", "11"),
        "officials": ["park-won-soon"],
        "claims": [
            C("복지는 공동체 사람들과 함께 살아가고자 하는 마음이다", "park-won-soon", "2019-03-15", ["welfare"], "statement"),
            C("고통받고 고독하고 힘들게 사는 모든 사람에게 투자하고 싶다", "park-won-soon", "2019-03-15", ["welfare"], "plan"),
            C("복지확대의 필요성을 호소했다", "park-won-soon", "2019-03-15", ["welfare"], "plan"),
            C("오스트리아 빈의 공공주택 보급률이 40%에 이르는 이유는", "park-won-soon", "2019-03-15", ["housing"], "statement"),
            C("쪽방촌이나 고시원을 서울시가 매입하거나 통째로 빌려", "park-won-soon", "2019-03-15", ["housing"], "plan"),
        ],
        "not_claims": ["나도 70년을 시장을 해야겠다", "주메뉴 바로가기 본문 바로가기", "박원순, \"복지는 공동체 사람들과 함께 살아가고자 하는 마음\""],
    },
    "ea-05-siminilbo.txt": {
        "metadata": M("인천시 부평구, 제4호 치매안심마을로 ‘십정1동’ 지정·선포", "2025-09-20T10:00:00+09:00", "문찬식", "시민일보", "28237"),
        "officials": ["cha-jun-taek"],
        "claims": [
            C("십정1동을 지난 15일 ‘제4호 치매안심마을’로 지정하고", None, "2025-09-15", ["dementia-care"], "achievement"),
            C("치매 친화적 안전망을 구축하는 사업이다", None, "2025-09-20", ["dementia-care"], "statement"),
            C("앞서 구는 지난 2019년 갈산1동(제1호)을 시작으로", None, "2025-09-20", ["dementia-care"], "achievement"),
            C("치매환자와 가족이 이웃과 함께 안전하게 살아갈 수 있기를 바란다", None, "2025-09-15", ["dementia-care"], "statement", "김윤자"),
            C("앞으로도 다양한 교육 프로그램과 인식 개선캠페인, 안전망을 확대하여", None, "2025-09-15", ["dementia-care"], "plan", "김윤자"),
        ],
        "not_claims": ["운영위원 위촉장 수여와 현판 제막식이 진행됐다"],
    },
    "ea-06-newscj.txt": {
        "metadata": M("연수구, 4차산업혁명 청년창업지원센터 첫발", None, "김미정", "천지일보", "28185"),
        "officials": ["go-nam-seok"],
        "claims": [
            C("청년창업자 육성을 위해 추진한 ‘4차산업혁명 청년창업지원센터’ 조성에 첫발을 뗐다", None, None, ["startup-support", "youth-policy", "fourth-industrial-revolution"], "achievement"),
            C("조성·운영을 위한 협약을 체결했다고 21일 밝혔다", None, None, ["startup-support", "youth-policy", "fourth-industrial-revolution"], "achievement"),
            C("구청장 공약사업인 창업플랫폼 조성을 위한", None, None, ["startup-support", "youth-policy", "fourth-industrial-revolution"], "achievement"),
            C("올해 10월 개소 예정이며 25개팀이 사용 가능한 보육공간과", None, None, ["startup-support", "youth-policy", "fourth-industrial-revolution"], "plan"),
            C("예비 창업자 25개팀을 선정해", None, None, ["startup-support"], "plan"),
            C("혁신적인 창업 아이디어가 있는 청년 창업가를 지원·육성해", "go-nam-seok", None, ["startup-support", "youth-policy"], "plan"),
        ],
        "not_claims": ["위·수탁 협약을 체결하고 관계자들과 함께 기념촬영을 하고 있다",
                       "창업공간 공유·사업화자금 지원·창업교육·멘토링 등 지원"],
    },
    "ea-07-incheonilbo.txt": {
        "metadata": M("대체 매립지·5호선 연장 논란, 논의·해결 바라", None, None, "인천일보", "28260"),
        "officials": ["kang-beom-seok", "yoo-jeong-bok"],
        "claims": [
            C("그 부지를 도심항공교통(UAM) 시험장", "yoo-jeong-bok", None, ["future-vehicles"], "plan"),
            C("서울지하철 5호선 김포 연장을 위한 업무 협약을 맺으면서", None, None, ["public-transit"], "statement"),
        ],
        "not_claims": ["GTX·소상공인 지원 등 현안사업 행정력 집중", "어르신 일자리 5300개 창출 노후·경제 두 토끼",
                       "이젠 구민에게 약속한 공약 사항을 본격 풀어내고자 합니다",
                       "소각재를 묻을 대체 매립지를 확보하고",
                       "수도권매립지관리공사 관할권을 인천시로 이관하는 절차가 선행돼야 한다",
                       "폭증하는 민원 해결과 도시 정체성에 대한 고민"],
    },
    "ea-08-jeonmae.txt": {
        "metadata": M(None, None, "황성기", "전국매일신문", "11440"),
        "officials": ["park-gang-su"],
        "claims": [
            C("‘2024년 미세먼지 저감 종합대책’을 추진한다고 11일 밝혔다", None, None, ["fine-dust"], "plan"),
            C("3개 분야로 저감 대책을 수립했으며", None, None, ["fine-dust"], "achievement"),
            C("마포구재난안전대책본부를 운영하며", None, None, ["fine-dust", "disaster-safety"], "plan"),
            C("자동차 매연 점검과 공회전 차량 단속을 추진한다", None, None, ["fine-dust"], "plan"),
            C("저소득층에 가정용 친환경 보일러 교체 비용을 지원한다", None, None, ["fine-dust", "welfare"], "plan"),
        ],
        "not_claims": [],
    },
    "ea-09-asiae.txt": {
        "metadata": M("2023년보다 70% 늘릴 계획", "2025-11-27", None, None, "11500"),
        "officials": ["jin-gyo-hun"],
        "claims": [
            C("어르신들의 활력 넘치는 노후를 위해 일자리를 확대해 나가겠다", "jin-gyo-hun", "2025-11-26", ["jobs", "welfare"], "plan"),
            C("이같이 말하며 내년도 일자리 확대 계획을 내놨다", "jin-gyo-hun", "2025-11-26", ["jobs", "welfare"], "plan"),
            C("정부와 지방정부가 함께 노인 일자리 확대를 위해 노력해야 한다", "jin-gyo-hun", "2025-11-26", ["jobs", "welfare"], "plan"),
            C("내년에는 올해보다 650개가 늘어난 6083개의 일자리를 마련할 계획", "jin-gyo-hun", "2025-11-26", ["jobs", "welfare"], "target"),
            C("줄곧 노인 일자리 정책에 주력해 왔다", None, "2025-11-27", ["jobs", "welfare"], "statement"),
            C("취임 당시만 해도 노인 일자리는 3566개였으나", None, "2025-11-27", ["jobs", "welfare"], "achievement"),
            C("내년에는 650개를 더해 총 6083개로 확대될 전망이다", None, "2025-11-27", ["jobs", "welfare"], "target"),
            C("18명 중 1명이 일자리를 갖게 된다", None, "2025-11-27", ["jobs", "welfare"], "target"),
            C("노인 일자리의 중요성에 대해 다시금 확인했다", "jin-gyo-hun", "2025-11-26", ["jobs", "welfare"], "statement"),
            C("진정한 복지는 자긍심을 높여줄 수 있는 일자리에서 시작된다", "jin-gyo-hun", "2025-11-26", ["welfare", "jobs"], "statement"),
        ],
        "not_claims": ["AI 요약 기술은 핵심만 전달합니다", "인사말을 하고 있다",
                       "일자리 참여 어르신 780여 명이 참석한 가운데"],
    },
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, body in FILES.items():
        data = {"article": name, **body}
        (GOLD / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(body["claims"]))
    print("total", sum(len(b["claims"]) for b in FILES.values()))
