"""Write set-gu's hand annotations to gold/*.json (format of seeds/corpus/README.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


def meta(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


P, D1 = "park-won-soon", "2019-10-14"
M, D2 = "mun-seok-jin", "2019-02-14"
D3 = "2025-11-07"
O = "oh-se-hoon"
D5 = "2019-04-15"
L, D6 = "lee-jae-ho", "2025-11-18"
Y, D7 = "yoo-jeong-bok", "2026-02-06"
J = "jo-yun-gil"
N = "park-nam-chun"

GOLDS = {
    "gu-01-ajunews.txt": {
        "metadata": meta("[2019 국감] 박원순 서울시장 \"제로페이, 새로운 결제시스템으로 정착\"", "2019-10-14T10:11+09:00",
                         None, None, "11"),
        "officials": [P],
        "claims": [
            c("새롭게 도입한 제로페이가 정부와 은행 등 각계각층의 헌신적인 지원으로", P, D1, ["small-merchants"], "achievement"),
            c("상대적으로 소외됐던 소상공인과 자영업자의 부담을 완화하기 위해 최선을 다해왔다", P, D1, ["small-merchants"], "statement"),
            c("카드 수수료 부담을 낮춘 제로페이와 함께 고용보험료 지원, 유급병가 제도 도입 등 소상공인 어려움 해소를 위해 노력하겠다", P, D1,
              ["small-merchants"], "plan"),
            c("서울시는 청년수당 도입, 청년 일자리 사업, 중장년을 위한 50플러스 사업, 노인 일자리와 복지서비스 강화", P, D1,
              ["youth-policy", "jobs", "welfare"], "statement"),
            c("서울시는 그간 공적지원주택 24만호 공급을 목표로 열심히 뛰어 왔다", P, D1, ["housing"], "target"),
            c("도심유휴공간과 공간 재창조를 통해 8만호를 추가로 공급하겠다", P, D1, ["housing"], "target"),
            c("양재·홍릉 등에 AI와 바이오 분야 혁신거점을 조성하고", P, D1,
              ["fourth-industrial-revolution", "medical-industry", "culture-tourism"], "statement"),
        ],
        "not_claims": [
            "행안위 국정감사 출석, 박 시장 \"전 세대 일자리 사업, 공공주택 등 추가공급\"",
            "저성장이 고착된 한국사회에서 청년들이 느끼는 좌절감이 세대갈등으로 비화되고 있다",
            "서울시는 서울의 미래먹거리를 찾는데도 최선을 다하고 있다",
        ],
    },
    "gu-02-siminilbo.txt": {
        "metadata": meta("[로컬거번너스] 서울 서대문구, 에너지자립마을 17곳 운영", "2019-02-14T04:00:36+09:00", "고수현",
                         "시민일보", "11410"),
        "officials": [M],
        "claims": [
            c("서울시 자치구 중 가장 많은 17개 에너지자립마을이 운영되고 있다", None, D2, ["energy-transition"], "achievement"),
            c("에너지자립마을이란, 마을에서 필요한 에너지를 지역의 특성에 알맞은 방식으로 생산하고 사용하는 마을로", None, D2,
              ["energy-transition"], "statement"),
            c("주민 활동가들은 협의회 운영을 통해 매월 한 차례씩 정기 간담회를 열어", None, D2, ["energy-transition"], "statement"),
            c("주민과 함께 이뤄낸 서대문구 에너지자립마을의 다양한 성과가", M, D2, ["energy-transition", "welfare"], "achievement"),
            c("호박골마을은 한국해비타트가 시행한 ‘에너지효율 개선사업’ 공모에 선정돼", None, D2, ["energy-transition"], "achievement"),
            c("홍은청소년공부방에 대해서는 에너지 효율화 개선 사업을", None, D2, ["energy-transition"], "statement"),
        ],
        "not_claims": [
            "주민주도형 신재생에너지 전환·에너지복지 증대 모델 만든다",
            "▲ 북한산호박골놀이터에 설치된 태양광 지붕.",
            "에너지자립마을별로 에너지 효율성을 높이기 위해 어떤 노력을 하고 있는지 살펴봤다",
        ],
    },
    "gu-03-segye.txt": {
        "metadata": meta("마포구, 지방자치 경영대전서 보건복지부 장관상… 저출생 대응 정책 인정", "2025-11-07T07:40:29+09:00",
                         "양다훈", "세계일보", "11440"),
        "officials": ["park-gang-su"],
        "claims": [
            c("마포구는 저출생 극복 부문에서 평가를 받았다", None, D3, ["childcare-birth"], "achievement"),
            c("구는 임신·출산·양육 전반을 아우르는 통합 지원체계 구축을 추진 중이며", None, D3, ["childcare-birth"], "statement"),
            c("양육자 교류 공간인 ‘맘카페’ 등 관련 인프라를 확충해 왔다", None, D3, ["childcare-birth"], "achievement"),
            c("2024년 마포구 출생아 수는 1788명으로 전년(1571명)보다 13.2% 증가했다", None, D3, ["childcare-birth"], "achievement"),
            c("같은 기간 전국(3.6%)과 서울(5.4%)의 증가율을 웃도는 수치다", None, D3, ["childcare-birth"], "achievement"),
            c("마포구는 생애주기별 돌봄 정책을 지속 확대할 방침이다", None, D3, ["childcare-birth", "welfare"], "plan"),
        ],
        "not_claims": [
            "‘보건복지부 장관상’을 받았다고 7일 밝혔다",
            "저출생 극복·지역활력 제고·지방물가 안정·청년지원·특화자원 개발 등 5개 분야로 나뉜다",
            "54세 고현정, 여대생 미모…압도적 청순미",
        ],
    },
    "gu-04-newdaily.txt": {
        "metadata": meta("오세훈 시장, 취임 2주년 기자간담회", None, None, None, "11"),
        "officials": [O, "lee-jae-myung"],
        "claims": [
            c("정책 우수성, 효과성, 가성비를 따지면 기본소득은 안심소득에 범접할 수조차 없다", O, None, ["welfare"], "criticism"),
            c("이 전 대표의 기본소득은", O, None, ["welfare"], "criticism"),
            c("현행 기초수급자 제도에서는 탈피율이 0.1%가 채 안 된다", O, None, ["welfare"], "statement"),
            c("그에 비해 안심소득의 탈피율은 4.8%로 혁명적인 수치이자 일상의 혁명", O, None, ["welfare"], "achievement"),
            c("안심소득이 얼마나 상대적으로 장점이 많은지 백일하에 드러날 것이라 확신한다", O, None, ["welfare"], "statement"),
        ],
        "not_claims": [
            "\"대권 운운, 도리 아냐… 낮은 곳에서 더 매진\"",
            "세금조차 내기 어려울 정도로 어려운 분을 더 도와야 되는 것이 세상의 상식 아니냐",
            "임기 반환점을 도는 시점에 대권을 운운하는 것은 유권자에 대한 도리가 아니다",
            "어느 자리에 가는 것이 중요한 게 아니라 무엇을 하는 것이 더 중요하다고 이야기를 해왔다",
        ],
    },
    "gu-05-joongdo.txt": {
        "metadata": meta("인천시, ‘중심시가지형 도시재생사업’ 추진... 총 1779억 투입", "2019-04-15T17:47+09:00", "주관철",
                         None, "28"),
        "officials": ["lee-jae-hyeon"],
        "claims": [
            c("중심시가지형 도시재생사업 추진을 위해 15일 서구 석남동 거북시장 인근에 현장지원센터를 개소하고", None, D5,
              ["urban-regeneration"], "achievement"),
            c("인천시는 지난해 8월 31일 국토교통부 공모에 선정되어", None, D5, ["urban-regeneration"], "statement"),
            c("아울러 센터를 통해 주민의견을 모아 보다 힘 있게 사업을 추진할 계획이며", None, D5, ["urban-regeneration"], "plan"),
            c("경인고속도로 일반화사업과 가정·석남동 주변 도시재생사업은 우리 인천이 발전할 수 있는 성장 동력으로", None, D5,
              ["urban-regeneration"], "statement", "최태안"),
            c("이에 우리 인천시와 서구청, 그리고 LH공사 등 여러 조직이 주민들과 힘을 합쳐야 할 것", None, D5,
              ["urban-regeneration"], "plan", "최태안"),
        ],
        "not_claims": [
            "서구 석남동 거북시장 인근에 현장지원센터 개소... 본격 업무 돌입",
            "개소식에는 인천광역시 최태안 도시재생건설국장",
        ],
    },
    "gu-06-joongboo.txt": {
        "metadata": meta("인천 연수구, ‘공영버스 노선’ 주민 의견 수렴…인천대입구역 경유 검토", "2025-11-18", "고동우", None,
                         "28185"),
        "officials": [L],
        "claims": [
            c("앞서 구는 대중교통 취약지역인 송도동에 공영버스를 투입해", None, D6, ["public-transit"], "plan"),
            c("총 예산 20억 원을 들여 친환경 전기 중형버스 6대를 배치하고", None, D6, ["public-transit", "future-vehicles"], "plan"),
            c("운행 시간은 평일 오전 6시 30분부터 오후 9시 30분까지로", None, D6, ["public-transit"], "plan"),
            c("구는 주민의 의견을 충분히 검토한 뒤, 전문가와 함께 배차 간격과 효율성", None, D6, ["public-transit"], "plan"),
            c("구는 늦어도 내년 2월 안에 공영버스 최종 노선안을 확정하고", None, D6, ["public-transit"], "plan"),
            c("공영버스 도입과 교통환경 개선이 실질적인 교통 복지 향상으로 이어질 수 있도록 최선을 다하겠다", L, D6,
              ["public-transit"], "plan"),
        ],
        "not_claims": [
            "인천 연수구가 지난 12일부터 14일까지 ‘공영버스 및 교통인프라 주민설명회’를 개최했다",
            "이번 설명회는 최근 구가 확정한 공영버스 투입 계획을 비롯해",
            "설명회에 참석한 주민들은 공영버스 노선 등에 대한 다양한 의견을 제시했다",
            "송도 6공구 내 정류장 변경 등을 요구하는 목소리가 많았다",
            "이재호 인천 연수구청장이 지난 13일 구청에서 진행된",
        ],
    },
    "gu-07-lawissue.txt": {
        "metadata": meta("인천시, ‘1억+i dream’ 효과 가시화… 전국 출생아 감소 속 나홀로 ‘반등’", "2026-02-06T00:10:29+09:00",
                         "차영환", "로이슈", "28"),
        "officials": [Y],
        "claims": [
            c("저출생 문제 해결을 위해 추진해 온 민선 8기 출산·양육 정책이 전국적인 감소 위기 속에서도", None, D7,
              ["childcare-birth"], "achievement"),
            c("인천은 상대적으로 안정적인 증가 흐름을 보이거나 감소 폭을 크게 완화한 것으로 나타났다", None, D7,
              ["childcare-birth"], "achievement"),
            c("삼박자 정책이 맞물린 결과로 분석하고 있다", None, D7, ["childcare-birth", "housing"], "achievement"),
            c("유정복 시장은 취임 이후 저출생 문제를 도시의 생존과 직결된 미래 전략으로 설정하고", Y, D7, ["childcare-birth"],
              "achievement"),
            c("출생부터 18세까지 국가 지원에 시 자체 예산을 더해 총 1억 원을 지원하는 인천형 대표 브랜드 정책이다", None, D7,
              ["childcare-birth"], "statement"),
            c("특히 8세부터 지원이 끊기는 아동수당의 한계를 보완한", None, D7, ["childcare-birth"], "achievement"),
            c("신혼부부에게 하루 임대료 1,000원(월 3만 원)으로 주택을 공급하는", None, D7, ["housing", "childcare-birth"],
              "statement"),
        ],
        "not_claims": [
            "- 유정복 시장 민선 8기 핵심 시정 ‘아이 키우기 좋은 인천’ 종합 정책 결실",
            "- 출생부터 주거까지… 현금 지원·천원주택·돌봄 연계한 ‘인천형 모델’ 정착",
            "■ 전국적 감소세 속 인천만 ‘안정적 흐름’… 정책 효능감 입증",
            "■ ‘1억+i dream’부터 ‘천원주택’까지… 생활 밀착형 지원 강화",
        ],
    },
    "gu-08-kyeongin.txt": {
        "metadata": meta(None, None, None, "경인일보", "28720"),
        "officials": [J],
        "claims": [
            c("해상교통의 근본적인 해결 방안인 여객선 준공영제와 여객 운임 대중교통화가 이뤄질 수 있도록 하겠다", J, None,
              ["public-transit"], "plan"),
            c("백령도에서 아침에 출발하는 여객선을 취항하면 1박2일 생활권으로 줄어들 수 있어 지원이 필요하다", J, None,
              ["public-transit"], "plan"),
            c("조 군수는 백령도 소형공항의 개발도 하루 빨리 이뤄져야 한다고 주장한다", J, None, ["airport-relocation"], "plan"),
            c("최근 건설을 위한 타당성 조사 예산이 확보돼 사업에 물꼬를 텄다", None, None, ["airport-relocation"], "achievement"),
            c("북한의 위협 속에 살고 있는 접경지역에 무슨 일이라도 나면 물자도 수송하고", J, None, ["airport-relocation"],
              "statement"),
        ],
        "not_claims": [
            "섬주민 교통문제 삶의 질 직결",
            "인천 1박2일 생활권 실현 강조",
            "소형공항 타당성 예산 확보도",
            "조윤길 옹진군수는 신년인터뷰에서 섬 지역의 낙후된 해상인프라 개선을 위해 최선을 다하겠다고 밝혔다",
            "이 때문에 해상교통 인프라는 옹진군 주민들의 생활과 직결된다",
            "부산도 하루만에 왔다 갔다 하는데 백령도 등 서해5도 주민들은 인천에 가려면 최소한 2박 3일이다",
        ],
    },
    "gu-09-joongang.txt": {
        "metadata": meta("박남춘 시장 “그린뉴딜을 통한 2050 탄소중립 실현 동참”", None, None, "중앙일보", "28"),
        "officials": [N],
        "claims": [
            c("인천이 그린뉴딜을 추진하는 것은 각별한 의미가 있으며", None, None, ["climate-carbon"], "statement", "이용식"),
            c("2050 탄소중립을 향해 인천시도 동참하겠다는 뜻을 분명히 하였다", N, None, ["climate-carbon", "public-health"],
              "plan"),
            c("그는 서면 환영사를 통해 인천형 그린뉴딜을 통한 2050 탄소중립을 위한 추진방향을 밝혔다", N, None,
              ["climate-carbon"], "plan"),
            c("첫째 에너지·산업·교통·폐기물처리 등 인천시의 모든 경제·생활 분야에 있어 탄소배출의 감축", N, None,
              ["climate-carbon"], "plan"),
        ],
        "not_claims": [
            "“인천형 그린뉴딜과 2050 탄소중립”을 주제로",
            "이번 포럼은 개회사, 환영사, 축사, 인천형 그린뉴딜 소개, 기조강연, 토론순으로 진행되었다",
        ],
    },
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, g in GOLDS.items():
        doc = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(g["claims"])
        print(name, len(g["claims"]))
    print("total claims", total)
