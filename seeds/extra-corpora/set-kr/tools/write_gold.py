"""Write set-kr gold files (hand annotation; see GOLD_NOTES.md)."""
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


DS, CT, YP, SU, AG, SM, PT = ("disaster-safety", "culture-tourism", "youth-policy", "startup-support",
                              "agriculture", "small-merchants", "public-transit")
HAM, D1 = "ham-myeong-jun", "2025-11-03"
D2, D3, D4, D7, D9 = "2025-09-04", "2025-11-06", "2024-02-07", "2026-02-26", "2020-12-03"
D6 = "2024-01-29"
GOLDS = {
"kr-01-asiae.txt": (M(None, D1, "이종구", "아시아경제", "51820"), [HAM], [
    C("가을철 산불조심기간을 예년보다 12일 앞당긴 10월 20일부터 12월 15일까지 57일간 운영하며", None, D1, [DS], "statement"),
    C("총 6개소를 설치·운영하여 산불 대응 관리체계를 강화하고, 신속한 초동대응으로 산불 피해를 최소화할 방침이다", None, D1, [DS], "plan"),
    C("산불방지인력 197명(산불전문예방진화대 45명, 산불감시원 152명)을 투입하고", None, D1, [DS], "achievement"),
    C("산불감시카메라 2대를 추가 설치(총 9대 운영)하고", None, D1, [DS], "statement"),
    C("입산 통제 및 화기물 소지 금지구역으로 지정하고", None, D1, [DS], "plan"),
    C("큰 피해 없이 지나갈 수 있었다", HAM, D1, [DS], "achievement"),
  ], ["AI 요약 기술은 핵심만 전달합니다", "고성군청 전경. 강원 고성군 제공",
      "가을철에도 모두가 한마음으로 산불예방에 동참해 주시길 바란다"]),
"kr-02-kmib.txt": (M("핫한 속초, 체류 인구 월 73만명…인구 유입 전략 효과", D2, None, None, "51210"), [], [
    C("관광객 유치를 통한 지역 활력 제고를 위해 추진한 다양한 전략이 좋은 효과를 내고 있다", None, D2, [CT], "achievement"),
    C("속초에는 올해 월평균 73만명의 체류 인구가 머무르고 있는 것으로 나타났다", None, D2, [CT], "achievement"),
    C("속초가 명실상부한 국내 최대 관광거점 도시로 자리매김하고 있음을 증명하고 있다", None, D2, [CT], "achievement"),
    C("시는 체류 인구 확대를 위해 업무와 휴식을 결합한 워케이션 사업", None, D2, [CT], "statement"),
    C("‘강원생활도민 제도’ 확산에도 적극적으로 노력하고 있다", None, D2, [CT], "statement"),
    C("관광객의 재방문을 유도하고 체류 인구 증대와 지역 상권 활성화를 도모하고 있다", None, D2, [CT, SM], "statement"),
    C("모바일 강원생활도민증을 발급해 관광・숙박・음식점 등 제휴처의 할인 혜택을 제공하는 제도다", None, D2, [CT], "statement"),
    C("회원가입만으로 간편하게 모바일 도민증을 발급받을 수 있으며", None, D2, [CT], "statement"),
    C("시는 제휴처 발굴에 적극적으로 나선 끝에 시행 초기 3개", None, D2, [CT], "achievement"),
  ], ["핫한 속초, 체류 인구 월 73만명…인구 유입 전략 효과", "이는 주민등록 인구 8만명 규모 대비 9배에 달하는 규모다",
      "체류 인구란 주민등록 여부와 상관없이"]),
"kr-03-heraldcorp.txt": (M(None, D3, "박준환", "헤럴드경제", "41390"), ["lim-byeong-taek"], [
    C("청년이 지역 안에서 충분한 지원을 통해 성장할 수 있는 기반을 마련하기 위한 노력을 기울이고 있다", None, D3, [YP], "statement"),
    C("청년협업마을을 중심으로 한 청년 창업 지원 시스템은", None, D3, [YP, SU], "statement"),
    C("청년은 정책수혜자가 아닌 함께 상생하고 발전하는 파트너라는 시흥시의 인식이 녹아있다", None, D3, [YP], "statement"),
    C("시흥시는 청년의 미래뿐 아니라 일상까지 보듬으며", None, D3, [YP], "statement"),
    C("이러한 시흥시의 노력은 의미가 있다", None, D3, [YP], "statement"),
    C("시흥시는 지난 2016년부터 청년 창업가 육성 생태계 조성에 주력하고 있다", None, D3, [SU, YP], "statement"),
    C("각 시기에 적절한 지원체계를 구축해 놨다", None, D3, [SU, YP], "achievement"),
    C("예비 창업가들에게는 교육ㆍ멘토링을 통해", None, D3, [SU, YP], "statement"),
    C("창업에 필요한 분야의 전문가를 매칭해", None, D3, [SU, YP], "statement"),
  ], ["청년 예술인이 자유롭게 활동할 수 있는 기반 마련 위해 다양한 지원",
      "▶시흥시 청년 창업가 지원 시스템…창업 전부터 도약기까지 시흥시와 함께 ‘탄탄대로’"]),
"kr-04-themosttimes.txt": (M("[홍천군] 임대형 스마트팜 운영으로 청년 창업농 육성한다", "2024-02-07T12:42+09:00", "김소영",
                              "매경데일리", "51720"), ["shin-yeong-jae"], [
    C("지역 내 청년농업인들이 자립적으로 정착할 수 있도록 지원사업을 추진한다", None, D4, [AG, YP], "statement"),
    C("지방소멸대응기금 36억 원을 투입하여 스마트팜 교육을 시작으로", None, D4, [AG, YP, SU], "statement"),
    C("지속 가능한 농업을 영위할 수 있도록 돕겠다는 홍천군의 의지를 담고 있다", None, D4, [AG, YP], "statement"),
    C("이번 사업은 청년 창업농 육성을 위한 인큐베이팅(보육) 시스템 3단계로 진행되며", None, D4, [AG, YP, SU], "statement"),
    C("임대형 스마트팜은 11,570㎡(3,500평) 규모로 설치하여", None, D4, [AG, YP, SU], "statement"),
    C("2월 5일 사업설명회를 시작으로 본격적인 사업이 시작되었다", None, D4, [AG, YP], "achievement"),
    C("스마트팜은 농업 소득 증대 및 농촌 청년 창업농 유입 등", None, D4, [AG, YP, SU], "statement", "문명선"),
  ], ["임대형 스마트팜 운영으로 청년 창업농 육성한다", "김소영 | 기사입력 2024/02/07 [12:42]"]),
"kr-05-kyeonggi.txt": (M("최종환 파주시장 “67년 만에 DMZ 지적 복구 결실...유라시아 상생경제권 핵심축 채비”", None, "김요섭",
                          "경기일보", "41480"), ["choi-jong-hwan"], [
    C("통일동산 관광특구 지정, DMZ 안보관광의 패러다임을 평화관광으로 전환", "choi-jong-hwan", None, [CT], "achievement"),
  ], ["파주시에게는 평화가 경제이고, 생명이자, 생존입니다",
      "민선 7기의 핵심가치는 평화, 분권, 상생을 바탕으로 한 한반도 평화수도 파주의 완성",
      "평화의 기둥과 지붕을 세우는 등 평화수도 도약을 위해 뚜벅뚜벅 걸어가고 있다",
      "파주형 평화도시 중장기 청사진을 마련하고",
      "평화도시 실현을 위한 조직 및 관련 규정 틀을 구축했고",
      "판문점 주소를 67년 만에 되찾는 DMZ 지적복구 프로젝트 성과를 냈다",
      "한반도 평화는 거스를 수 없는 시대의 흐름이다",
      "파주를 동북아시아를 넘어 유라시아 상생경제권의 핵심축으로 만들 것"]),
"kr-06-fnnews.txt": (M("김포 골드라인 혼잡 완화 위해 올해 4개 광역버스 신설", "2024-01-29T14:26+09:00", "노진균",
                        "파이낸셜뉴스", "41570"), ["kim-byeong-su"], [
    C("출근 시간대 광역버스 공급을 확대한다고 29일 밝혔다", None, D6, [PT], "plan"),
    C("2개 노선을 올해 3월을 목표로 신설한다", None, D6, [PT], "target"),
    C("2개 노선도 신설될 예정이다", None, D6, [PT], "target"),
    C("김포골드라인 혼잡완화방안에 위와 같은 내용이 최종 포함됐다", None, D6, [PT], "achievement"),
    C("대체교통수단 확충이 필요하며, 지속적으로 골드라인 혼잡률 완화에 최선을 다하겠다", "kim-byeong-su", D6, [PT], "plan"),
  ], ["김포 골드라인 혼잡 완화 위해 올해 4개 광역버스 신설", "Hot 포토", "많이 본 뉴스"]),
"kr-07-heraldcorp.txt": (M(None, D7, None, None, "51"), ["kim-jin-tae"], [
    C("반도체, 바이오, 수소, 미래 차 등 7대 미래산업 생태계를 구축하는 데 도정 역량을 집중해 왔다", None, D7,
      ["medical-industry", "energy-transition", "future-vehicles"], "statement"),
    C("인공지능(AI) 기술을 더한 ‘강원 AI 대전환’을 통해 완성형으로 나아가고 있다", None, D7,
      ["fourth-industrial-revolution"], "statement"),
    C("인력 양성·테스트 베드·기반 조성·기업 유치라는 4대 전략을 통해 반도체 생태계를 조성하는 것이 목표다", None, D7,
      ["investment-attraction"], "statement"),
    C("바이오 분야는 30년 공력을 바탕으로 대한민국 첨단산업 신흥 강자로 도약 중이다", None, D7, ["medical-industry"], "statement"),
    C("의료기기 수출 전국 2위를 기록한 저력을 바탕으로", None, D7, ["medical-industry"], "plan"),
    C("이미 바이오 특화 단지 유치 등 국가 대형 프로젝트가 본궤도에 올랐다", None, D7, ["medical-industry"], "achievement"),
    C("수소 산업 역시 독보적이다", None, D7, ["energy-transition"], "statement"),
    C("광역지자체 최초로 수소 3종 세트(시범 도시·규제 특구·클러스터)에 이어 특화 단지 지정까지 성공했다", None, D7,
      ["energy-transition"], "achievement"),
  ], ["반도체·바이오·수소·미래車 등 고도화 푸드테크·방산·기후테크도 성장세 뚜렷",
      "김 지사가 가장 먼저 꼽은 성과는 반도체 산업이다",
      "현재 12개 사업, 총 3000억원 규모로 추진 중이다",
      "‘K-반도체 클러스터’를 조성한다는 구상이다"]),
"kr-08-chmbc.txt": (M("양구 인구 2만 명 붕괴 \"대응 방안은?\"", None, "백승호", None, "42800"), ["jo-in-muk"], [
    C("기업 유치 관련, 군부대와 함께 복지 대책을 세운다든가 그런 대규모 프로젝트를 준비해서", "jo-in-muk", None,
      ["investment-attraction", "welfare"], "plan"),
    C("동서고속화철도 역사 위치 선정과", None, None, [PT], "statement"),
    C("'소통과 협치'를 통해 답을 찾고 있습니다", None, None, ["citizen-participation"], "statement"),
    C("주민과 전문가가 참여한 협치위원회가", None, None, ["citizen-participation"], "achievement"),
    C("'군민 소통의 날'을 통해", None, None, ["citizen-participation"], "statement"),
    C("현장에서 이야기하는 목소리를 듣고 그것을 해결하면", "jo-in-muk", None, ["citizen-participation"], "statement"),
  ], ["모든 저의 정책은 인구 감소에 대한 대응 대책으로 강구해 나갈 겁니다", "현장이 답이다 라는게 정확하더라고요",
      "선거법 위반 1심 재판에서 무죄를 선고받아", "자치단체 민선 7기 1년을 되돌아보는 기획보도"]),
"kr-09-asiae.txt": (M(None, "2020-12", "이영규", "아시아경제", "41"), ["lee-jae-myung"], [
    C("자신이 추진한 경기도 공공배달앱 '배달특급'은 사회간접자본이라며 많이 이용해 달라고 당부했다", "lee-jae-myung", D9, [SM], "statement"),
    C("독점이 아닌 경쟁이 보장돼야 한다", "lee-jae-myung", D9, [SM], "plan"),
    C("경기도 배달특급 많이 가입하고 이용해 주시면 경제가 산다", "lee-jae-myung", D9, [SM], "statement"),
    C("도는 앞서 이달 1일부터 화성ㆍ오산ㆍ파주 등 3개 지역에서 시범 서비스에 들어갔다", None, "2020-12-01", [SM], "achievement"),
    C("첫날 하루에만 이들 지역에서 4504건의 주문이 접수돼 매출 1억1500만원을 기록했다", None, "2020-12-01", [SM], "achievement"),
    C("통해 내려 받아 설치 후 사용하면 된다", None, D9, [SM], "statement"),
    C("오랜 시간 공들인 '배달특급'이 드디어 이달 1일부터 시범서비스에 들어갔다", None, D9, [SM], "achievement", "이석훈"),
    C("앞으로 앱 기능과 서비스 등을 개선해 소비자 할인 등 혜택이 확대되도록 최선을 다하겠다", None, D9, [SM], "plan", "이석훈"),
    C("도는 배달특급을 내년에 27개 시ㆍ군으로 확대할 계획이다", None, D9, [SM], "target"),
  ], ["[아시아경제(수원)=이영규 기자]"]),
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    n = 0
    for name, (meta, officials, claims, not_claims) in GOLDS.items():
        data = {"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": not_claims}
        (GOLD / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        n += len(claims)
        print(name, len(claims))
    print("total", n)
