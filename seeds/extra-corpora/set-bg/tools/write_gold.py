"""Writes set-bg's gold files (hand annotation) to gold/."""
import json
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
G = []


def gold(article, metadata, officials, claims, not_claims):
    G.append({"article": article, "metadata": metadata, "officials": officials,
              "claims": [dict(quote=q, speaker=s, date=d, policies=p, kind=k) for q, s, d, p, k in claims],
              "not_claims": not_claims})


def md(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


# bg-01: 경남도 탄소중립추진위원회 출범 (연합뉴스 repost on ecofair.kr board), event 22일 = 2021-06-22
D = "2021-06-22"
KGS = "kim-gyeong-su"
gold("bg-01-ecofair.txt",
     md("'2050 탄소중립 실현'…경남도, 민관협력 추진위원회 출범", "2021-06-23T09:21+09:00", "황봉규", "연합뉴스", "48"),
     [KGS],
     [
         ("'2050 탄소중립' 실현에 본격 동참했다", None, D, ["climate-carbon"], "achievement"),
         ("한층 더 속도를 올려 실천하겠다", KGS, D, ["climate-carbon"], "plan"),
         ("'탈탄소 사회 전환' 촉진을 위한 민관협력기구다", None, D, ["climate-carbon"], "statement"),
         ("전문가 40여명이 위원으로 참여한다", None, D, ["climate-carbon"], "statement"),
         ("탄소중립 핵심정책과 추진전략을 심의·결정한다", None, D, ["climate-carbon"], "statement"),
         ("농축산어업 7개 분과위원회가 구성된다", None, D, ["climate-carbon"], "statement"),
         ("관련 실·국장으로 이뤄진 집행위원회가 함께 설치된다", None, D, ["climate-carbon"], "statement"),
     ],
     ["'2050 탄소중립 실현'…경남도, 민관협력 추진위원회 출범",
      "김경수 지사 \"탄소 중립, 책임감과 의무감으로 속도 올려 실천\"",
      "'2050 경남 탄소중립추진위원회' 출범식",
      "참석한 가운데 추진위 출범식을 열었다",
      "기후도민위원으로 위촉된 140명의 도민도 온라인으로 출범식을 함께했다",
      "경남은 대한민국의 축소판인 산업구조로 되어 있다"])

# bg-02: 울산 북구 민선8기 일자리 대책 (뉴스1 AMP), undated text -> dates null
PCD = "park-cheon-dong"
gold("bg-02-news1.txt",
     md("울산 북구, 2026년까지 일자리 2만4000개 만든다", None, "김재식", "뉴스1", "31200"),
     [PCD],
     [
         ("2023년부터 2026년까지 2만4000개의 일자리를 창출한다", None, None, ["jobs"], "target"),
         ("지역 일자리 창출을 위한 상호 협력을 결의했다고 20일 밝혔다", None, None, ["jobs"], "achievement"),
         ("일자리 정책 4대 추진방향은", None, None, ["jobs", "labor-relations"], "statement"),
         ("2026년까지 2만4000개의 일자리를 만든다는 계획이다", None, None,
          ["jobs", "future-vehicles", "energy-transition"], "target"),
         ("구민맞춤형 일자리를 제공할 수 있도록 더욱 노력하겠다", PCD, None, ["jobs"], "plan"),
     ],
     ["울산 북구, 2026년까지 일자리 2만4000개 만든다", "울산 북구청사 /뉴스1 ⓒ News1"])

# bg-03: 창원시 2040 수소정책 비전 (매일경제 article on MBN AMP), 28일 = 2020-07-28
D = "2020-07-28"
HSM = "heo-seong-mu"
gold("bg-03-mbn.txt",
     md("경남 창원시, 2040년 수소도시 탈바꿈…\"집집마다 수소발전기\"", "2020-07-28T14:42+09:00", "최승균", "매일경제",
        "48120"),
     [HSM],
     [
         ("가정마다 수소발전기를 설치하는 비전을 제시했다", None, D, ["energy-transition", "future-vehicles"], "plan"),
         ("수소에너지를 손쉽게 사용하는 수소도시로 변모 시키겠다는 것이다", None, D, ["energy-transition"], "plan"),
         ("모든 에너지원의 1/3가량을 수소로 공급해", None, D, ["energy-transition"], "target"),
         ("수소 모빌리티(이동수단) 핵심부품을 개발·실증·보급하는 메카로 만들겠다는 복안이다", None, D,
          ["future-vehicles", "investment-attraction", "energy-transition"], "plan"),
         ("2040년 수소산업 종사자가 4만2000명", None, D, ["energy-transition", "jobs"], "statement"),
         ("근로자 4만2000명은 현재 창원국가산업단지 근로자 수의 1/3", None, D, ["energy-transition", "jobs"],
          "statement"),
         ("수소산업이 창원경제를 일으키는 원동력이자 경쟁력이 되도록 최선을 다하겠다", HSM, D, ["energy-transition"], "plan"),
         ("수소산업을 미래 핵심성장동력으로 육성했다", None, D, ["energy-transition"], "achievement"),
         ("기초지자체 가장 많은 수소차를 보급했고", None, D, ["future-vehicles"], "achievement"),
         ("패키지형 수소충전소도 창원시가 전국 최초로 설치했다", None, D, ["future-vehicles", "energy-transition"],
          "achievement"),
     ],
     ["경남 창원시, 2040년 수소도시 탈바꿈…\"집집마다 수소발전기\"",
      "'2040 수소정책 비전 선포식'을 했다",
      "[ⓒ 매일경제 & mk.co.kr, 무단전재 및 재배포 금지]"])

# bg-04: 울산의료원 설립 추진 (Yonhap-style text hosted on hankyung), undated -> dates null
SCH = "song-cheol-ho"
gold("bg-04-hankyung.txt",
     md("2천억 투입 2025년까지 최대 500병상 울산의료원 설립 추진", None, None, None, "31"),
     [SCH],
     [
         ("'울산의료원 설립 사업'을 본격적으로 추진한다고 1일 밝혔다", None, None, ["public-health"], "plan"),
         ("울산의료원 설립 의지와 추진계획 등을 발표했다", SCH, None, ["public-health"], "plan"),
         ("20여 개 진료과 규모로 2025년까지 울산의료원을 설립한다", None, None, ["public-health"], "target"),
         ("'울산의료원 설립 타당성 조사용역'을 의뢰할 계획이다", None, None, ["public-health"], "plan"),
         ("예비타당성조사 면제를 받고자 기획재정부와도 협의에 나선다는 방침이다", None, None, ["public-health"], "plan"),
         ("부지 선정 절차를 먼저 추진하기로 했다", None, None, ["public-health"], "plan"),
         ("후속 절차 지연 등을 방지하려는 목적이다", None, None, ["public-health"], "statement"),
         ("공공의료원 울산 유치에 힘을 모으는 것이 우선", None, None, ["public-health"], "plan"),
         ("물밑에서는 부지 선정을 놓고 치열한 경쟁을 벌일 것으로 전망된다", None, None, ["public-health"], "statement"),
         ("5개 구·군이 제출한 후보지를 대상으로 시와", SCH, None, ["public-health"], "statement"),
     ],
     ["'시민 보건 중추 기능'…송철호 시장과 구·군 단체장, 계획 발표 회견",
      "정부에 예비타당성 조사 면제 신청, 조속한 사업 위해 부지 선정 먼저",
      "2천억 투입 2025년까지 최대 500병상 울산의료원 설립 추진"])

# bg-05: 남해군 남부권 광역관광개발계획 (nocutnews), undated -> dates null
JCN = "jang-chung-nam"
CT = ["culture-tourism"]
gold("bg-05-nocutnews.txt",
     md(None, None, None, None, "48840"),
     [JCN],
     [
         ("남해군 사업 3건이 포함됐다고 29일 밝혔다", None, None, CT, "achievement"),
         ("총 사업비 405억 원을 확보했으며", None, None, CT, "achievement"),
         ("남부권 광역관광개발사업은 현 정부 국정과제로", None, None, CT, "statement"),
         ("문화체육관광부가 의욕적으로 추진하는 사업이다", None, None, CT, "statement"),
         ("이번에 확정된 남해군 사업은", None, None, CT, "statement"),
         ("2024년부터 2033년까지 추진될 계획이다", None, None, CT, "plan"),
         ("조각공원에 야간경관과 해양치유센터를 조성하는 사업이다", None, None, CT, "statement"),
         ("2027년까지 총 사업비 109억 원이 투입될 계획이다", None, None, CT, "plan"),
         ("호도를 힐링 특화 여행지로 조성하는 사업이다", None, None, CT, "statement"),
         ("미술관과 야외갤러리 등이 들어설 계획이다", None, None, CT, "plan"),
         ("2031년부터 2033년까지 총 사업비 113억 원이 투자될 계획이다", None, None, CT, "plan"),
         ("해양스포츠 치유여행 플랫폼 조성사업을 조기에 완료하고", JCN, None, CT, "plan"),
         ("남부권 관광휴양벨트의 중심지로 거듭나기 위해 최선을", JCN, None, CT, "plan"),
     ],
     ["남해군청 제공"])

# bg-06: 진주시장 청년네트워크 간담회 (동양뉴스), event 지난 21일 = 2022-09-21, published 2022-09-22
D = "2022-09-21"
JGI = "jo-gyu-il"
gold("bg-06-dynews1.txt",
     md("조규일 진주시장 “일하고 즐기며 머물고 싶은 청년친화도시 추진”", "2022-09-22T10:51+09:00", "김상우", "동양뉴스",
        "48170"),
     [JGI],
     [
         ("진주시와 청년을 잇는 소통창구 역할을 하고 있다", None, "2022-09-22", ["youth-policy", "citizen-participation"],
          "statement"),
         ("청년정책을 청년들이 주도적으로 발굴·제안하는 청년 대표 소통기구로 활동 중이다", None, "2022-09-22",
          ["youth-policy", "citizen-participation"], "statement"),
         ("청년들이 일하고 즐기며 머물고 싶은 청년 친화도시를 추진하고 있다", JGI, D, ["youth-policy"], "statement"),
         ("양질의 일자리가 넘쳐나는 ‘미래산업도시’를 만들기 위해 정주행 중", JGI, D, ["jobs", "youth-policy"],
          "statement"),
     ],
     ["조규일 진주시장 “일하고 즐기며 머물고 싶은 청년친화도시 추진”",
      "2022 청년네트워크’와 시민과의 데이트 진행…청년정책 공유",
      "위원들과 9월 ‘시민과의 데이트’ 시간을 가졌다",
      "청년 복지에 대해 폭넓은 질문을 했다",
      "‘KAI 회전익 비행센터’ 설립사업이 행정안전부 지방재"])

# bg-07: 김해시 선순환 인구정책 (동네방네), institutional, undated -> dates null
CB = "childcare-birth"
YP = "youth-policy"
gold("bg-07-dongnebangne.txt",
     md(None, None, "김형규", "동네방네", "48250"),
     [],
     [
         ("선순환 인구정책을 본격 추진한다고 3일 밝혔다", None, None, [CB, YP, "housing"], "plan"),
         ("기존 출생희망 6-패키지(만남-결혼-임신-출산-돌봄-주거) 기반 위에", None, None, [CB, "housing"], "statement"),
         ("연결형 정책을 지속 확대할 방침이다", None, None, [CB], "plan"),
         ("청년 만남 프로그램 ‘나는 김해솔로 오늘부터, 우리’를 반기별(6, 10월)로 운영한다", None, None, [YP, CB], "plan"),
         ("전용 창구를 마련해 참가자 모집과 운영을 통합 관리한다", None, None, [YP, CB], "plan"),
         ("교육·체험형 프로그램도 새롭게 구성할 계획이다", None, None, [YP, CB], "plan"),
         ("결혼을 준비하는 예비부부를 위한 지원도 강화된다", None, None, [CB], "plan"),
         ("‘가장 우리다운 결혼식’ 지원 사업을 신규 추진한다", None, None, [CB], "plan"),
         ("메이크업 비용 일부를 부부당 최대 100만원까지 지원한다", None, None, [CB], "statement"),
         ("임신·출산·돌봄·주거 분야를 통합해", None, None, [CB, "housing"], "statement"),
     ],
     ["동네방네 김형규 기자"])

# bg-08: 하동군 소규모 스마트팜 공모 선정 (thegnnews), 28일 = 2023-03-28
D = "2023-03-28"
HSC = "ha-seung-cheol"
AG = "agriculture"
gold("bg-08-thegnnews.txt",
     md("경남 하동군, 소규모 스마트팜 조성 시범사업 공모 선정", "2023-03-28T23:34+09:00", "정창현", None, "48850"),
     [HSC],
     [
         ("총 15억원의 사업비를 확보했다고 28일 밝혔다", None, D, [AG], "achievement"),
         ("새로운 기술을 도입하려는 청년농업인에게 지원되는 사업으로", None, D, [AG, YP], "statement"),
         ("정보통신기술을 활용한 빅데이터 기술과 결합해", None, D, [AG, "fourth-industrial-revolution"], "statement"),
         ("청년 농업인의 어려움을 덜 수 있도록 할 계획이다", None, D, [AG, YP], "plan"),
         ("청년 농업인이 조기에 영농에 정착할 수 있도록 지원하고", HSC, D, [AG, YP], "plan"),
     ],
     ["경남도 주관 총사업비 15억원 확보…시설원예 스마트팜 확산 기대"])

# bg-09: 울산시 미세먼지 저감 특별 대책 (press release on newswire), undated (2013 by content) -> dates null
FD = "fine-dust"
gold("bg-09-newswire.txt",
     md("울산시, ‘미세먼지 저감 특별 대책’ 적극 추진", None, None, None, "31"),
     [],
     [
         ("이 대책은 ‘올해 10대 시정혁신과제’이다", None, None, [FD], "statement"),
         ("2012년 46 등으로 점차 개선되고 있다", None, None, [FD], "achievement"),
         ("올해 미세먼지 개선 목표를 연평균 45㎍/㎥로 잡았다", None, None, [FD], "target"),
         ("사업비는 총 1018억 원", None, None, [FD], "statement"),
         ("공단도로 ‘미세먼지 오염실태 조사’를 실시한다", None, None, [FD], "plan"),
         ("진공노면 청소차량(10대)에 대해 미세먼지 저감장치를 부착하고", None, None, [FD], "target"),
         ("잔디 운동장 조성사업(5개교)을 지속 추진하고", None, None, [FD], "target"),
         ("친환경 자동차보급사업, 자발적 환경관리 협약 체결", None, None, [FD, "future-vehicles"], "plan"),
         ("추진으로 미세먼지가 점차 개선되고 있으나", None, None, [FD], "achievement"),
         ("앞으로 미세먼지 저감 시책을 더욱 강화해 나갈 것", None, None, [FD], "plan"),
     ],
     ["- 2013년 10대 시정 혁신과제로 선정",
      "- 올해 개선 목표 연평균 45㎍/㎥(환경기준 50㎍/㎥)",
      "배출원은 산업(51%)과 교통 및 차량 등(43%)인 것으로 나타났다",
      "울산광역시청은 120만 시민을 위해 봉사하는 기관으로"])

os.makedirs(OUT, exist_ok=True)
for g in G:
    with open(os.path.join(OUT, g["article"] + ".json"), "w", encoding="utf-8") as h:
        json.dump(g, h, ensure_ascii=False, indent=1)
        h.write("\n")
    print(g["article"], len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G))
