"""Writes the hand annotations of set-ru to gold/*.json (one article at a time, by hand)."""
import json, os, sys

G = {}

def C(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}

# ru-01: 포항 지진특별법, 이강덕 press conference on 13일 = publication day
D = "2019-11-13"
G["ru-01-shinailbo.txt"] = {
 "metadata": {"headline": "이강덕 포항시장 “지진특별법 제정은 새로운 포항을 향한 출발점”",
              "published": "2019-11-13T17:16+09:00", "reporter": "배달형", "outlet": None, "jurisdiction": "47110"},
 "officials": ["lee-gang-deok"],
 "claims": [
  C("국가사업인 지열발전에 의해 촉발된 지진으로 지난 2년간 막대한 고통을 감내하고 견디며 피해회복을 위해 노력했다", "lee-gang-deok", D, ["disaster-safety"], "statement"),
  C("시민들이 삶의 터전으로 무사히 돌아갈 수 있도록 국회와 정부가 지진 특별법 제정에 힘써 달라", "lee-gang-deok", D, ["disaster-safety"], "plan"),
  C("조속한 ‘포항지진 특별법’의 제정을 촉구하고 있다", None, D, ["disaster-safety"], "statement"),
  C("특별법이 제정될 수 있도록 시정의 모든 역량을 동원한다는 방침이다", "lee-gang-deok", D, ["disaster-safety", "housing"], "plan"),
  C("피해주민 806가구의 100%가 보금자리를 찾은 데 이어", None, D, ["housing", "disaster-safety"], "achievement"),
  C("지진 피해지역을 복구하기 위한 특별재생사업을 추진하는 한편", None, D, ["urban-regeneration", "disaster-safety"], "plan"),
 ],
 "not_claims": ["이 시장, 지진발생 2년 맞아 13일 시청서 기자회견", "(사진=배달형 기자)"],
}

# ru-02: 영양 풍력, 권영택 press conference 10일 = publication day
D = "2017-04-10"
G["ru-02-smnews.txt"] = {
 "metadata": {"headline": "영양군, 풍력발전기 130기 조성", "published": "2017-04-10T19:48+09:00",
              "reporter": "이승학", "outlet": None, "jurisdiction": "47760"},
 "officials": ["gwon-yeong-taek"],
 "claims": [
  C("지역 내 130기 규모 풍력발전단지만 조성토록 하겠다고 밝혔다", None, D, ["energy-transition"], "target"),
  C("풍력발전 사업의 유치는 지역경제의 활성화와 국가의 신재생에너지 정책에 이바지하기 위해 추진한 것", "gwon-yeong-taek", D, ["energy-transition"], "statement"),
  C("풍력발전단지 조성을 적법한 절차 없이 진행되고 있는 것처럼 폄하하고", "gwon-yeong-taek", D, ["energy-transition"], "statement"),
  C("현재 영양군에 추진되거나 진행 중인 풍력발전기 현황은 총 130기이며", "gwon-yeong-taek", D, ["energy-transition"], "statement"),
  C("공사진행 중인 것이 27기(양구리 22기, 무창리 5기)", "gwon-yeong-taek", D, ["energy-transition"], "statement"),
  C("현재 행정절차가 진행 중인 44기까지만 조성하고", "gwon-yeong-taek", D, ["energy-transition"], "plan"),
 ],
 "not_claims": ["권영택 군수가 직접 기자회견을 가졌다", "영양군의 공식입장을 밝혔다", "군민들 강력 반발지역경제 활성화"],
}

# ru-03: 의령 오태완 broadcast interview; text prints no date -> all dates null
G["ru-03-tvchosun.txt"] = {
 "metadata": {"headline": None, "published": None, "reporter": "이성진", "outlet": None, "jurisdiction": "48720"},
 "officials": ["oh-tae-wan"],
 "claims": [
  C("최근 들어선 청년 귀농이 늘며 인구 감소세도 주춤한데", None, None, ["agriculture", "youth-policy"], "statement"),
  C("지난해에는 376세대의 청년 가구가 의령으로 귀촌을 했습니다", "oh-tae-wan", None, ["agriculture", "youth-policy"], "achievement"),
  C("출산 장려금 확대라든지 또 산후조리 비용 지원 또 의료 극약 처방도 한몫하고 있지만", "oh-tae-wan", None, ["childcare-birth", "public-health"], "achievement"),
 ],
 "not_claims": ["100일에서 의령을 살릴 테이블 세터가 되겠다고 천명했습니다", "이젠 성장의 토대를 단계별로 다져 나가는 정책 정주행이 필요합니다",
                "인구 감소로 소멸 위험이 매우 높은 곳입니다", "지난해 5월 처음으로 인구가 증가했습니다"],
}

# ru-04: 함양 서춘수 interview, 승인 2019-08-08
D = "2019-08-08"
G["ru-04-tournews21.txt"] = {
 "metadata": {"headline": "[인터뷰] 서춘수 함양군수 “함양군, 불로장생 건강 항노화 산업 글로벌 중심지로 발전”",
              "published": "2019-08-08T10:14+09:00", "reporter": "유경훈", "outlet": None, "jurisdiction": "48870"},
 "officials": ["seo-chun-su"],
 "claims": [
  C("‘2020년 함양산삼항노화엑스포’는 함양 산삼의 가치를 세계적으로 재조명함과 동시에", "seo-chun-su", D, ["culture-tourism", "agriculture"], "plan"),
  C("함양군에 있어 산삼은 지역경제를 책임지는 주요 특산물이면서, 웰니스 고장의 명성을 쌓아주는 관광 문화콘텐츠다", None, D, ["agriculture", "culture-tourism"], "statement"),
  C("서 군수는 이러한 산삼을 연계해 관광상품을 개발하고, 국내 항노화 산업을 선도하겠다는 포부를 밝혔다", "seo-chun-su", D, ["culture-tourism", "agriculture"], "plan"),
  C("함양군은 이들 산 줄기에서 산양삼을 재배하고 있습니다", "seo-chun-su", D, ["agriculture"], "statement"),
  C("함양 산양삼의 인기는 대단합니다", "seo-chun-su", D, ["agriculture"], "achievement"),
 ],
 "not_claims": ["올 여름 많은 분들이 함양산삼축제를 함께 즐기면서 함양여행의 즐거움과 행복을 맛보시길 바랍니다",
                "기대와 자부심은 실로 대단했다", "산삼으로 누리는 함양군의 행복 경영을 서춘수 군수에게 들어봤다",
                "함양 산삼산업 발전 계획은", "함양 산양삼을 한마디로 정의하면 건강입니다",
                "최종편집 : 2024-03-19 11:47 (화)"],
}

# ru-05: 칠곡 성인문해교육, 입력 2023/05/14 17:02; institutional narration
D = "2023-05-14"
G["ru-05-newgbnews.txt"] = {
 "metadata": {"headline": "‘칠곡할매글꼴’ 성인문해 선생님 감동 사연", "published": "2023-05-14T17:02+09:00",
              "reporter": "강명환", "outlet": "일간경북신문", "jurisdiction": "47850"},
 "officials": ["kim-jae-uk"],
 "claims": [
  C("칠곡군은 2006년부터‘찾아가는 늘배움학교’를 운영해 지금은 23개 마을에 200명이 넘는 할머니에게 한글을 가르치는", None, D, ["education"], "statement"),
  C("칠곡군이 운영하는 평생학습대학에서", None, D, ["education"], "statement"),
  C("이들은 할머니들이 사는 마을회관으로 찾아가 한글을 가르치며", None, D, ["education"], "statement"),
  C("3월에서 12월까지 매주 화요일과 목요일에 마을회관을 찾아", None, D, ["education"], "statement"),
  C("선생님들은 숙제를 내고 매년 10월이면 가족들이 지켜보는 가운데 학예회를 열어", None, D, ["education"], "statement"),
  C("시 쓰는 할머니들을 배출하는 데 일조했다", None, D, ["education"], "achievement"),
 ],
 "not_claims": ["23개 마을 200여명 할매들", "찾아가는 늘배움학교 운영", "한글공부…며느리·딸 역할",
                "선생님들을 가장 힘들게 만드는 것은", "카네이션과 꽃바구니를 전달했다"],
}

# ru-06: 진주 시내버스 노선 개편, 2017-04-25; institutional narration
D = "2017-04-25"
G["ru-06-gnmaeil.txt"] = {
 "metadata": {"headline": "진주 시내버스 노선 전면 개편", "published": "2017-04-25",
              "reporter": "이대근", "outlet": None, "jurisdiction": "48170"},
 "officials": [],
 "claims": [
  C("진주시는 오는 6월 1일부터 시내버스 노선을 전면 개편해 시행한다고 25일 밝혔다", None, D, ["public-transit"], "plan"),
  C("주요 내용은 기존 100개 시내버스 노선 중 중복노선을 통합ㆍ조정해 84개 노선으로 줄였다", None, D, ["public-transit"], "statement"),
  C("교통 수요가 많은 외곽지역 노선은 늘렸다", None, D, ["public-transit"], "statement"),
  C("동부지역 무료순환버스는 폐지하고 일반 시내버스로 전환했다", None, D, ["public-transit"], "statement"),
  C("시는 이번 전면 개편에서 시내버스 11대를 줄였다", None, D, ["public-transit"], "statement"),
  C("시는 지난달 15일 1차 노선 개편을 시행한 바 있다", None, D, ["public-transit"], "achievement"),
  C("출ㆍ퇴근 시간 시내버스를 집중적으로 배차하는 탄력배차제를 시행하기로 해", None, D, ["public-transit"], "plan"),
 ],
 "not_claims": ["6월 1일부터 시행"],
}

# ru-07: 경남도 청년·신혼부부 임대주택, 입력 2023-04-20; institutional narration
D = "2023-04-20"
G["ru-07-wowtv.txt"] = {
 "metadata": {"headline": "경남, 청년·신혼부부 임대주택 공급", "published": "2023-04-20T18:44+09:00",
              "reporter": "김해연", "outlet": "한국경제", "jurisdiction": "48"},
 "officials": [],
 "claims": [
  C("3450가구의 공공임대주택을 공급한다고 20일 발표했다", None, D, ["housing", "youth-policy"], "target"),
  C("청년·신혼부부 임대주택 3450가구를 공급한다", None, D, ["housing", "youth-policy"], "target"),
  C("산업단지 등 일자리 연계형 주택 공급도 추진한다", None, D, ["housing", "jobs"], "plan"),
  C("경남형 청년주택 거북이집(20가구) 및 청년매입임대주택(10가구)도 확대한다", None, D, ["housing", "youth-policy", "jobs"], "target"),
  C("주거비 부담 해소도 경상남도의 정책 목표 중 하나다", None, D, ["housing"], "statement"),
  C("청년 주거복지 금융 지원을 대폭 확대해 8299명에게 90억원을 지원한다고 설명했다", None, D, ["housing", "youth-policy"], "target"),
  C("전세 피해자를 지원하기 위한 사업도 추진한다", None, D, ["housing"], "plan"),
 ],
 "not_claims": ["창원=김해연 기자 haykim@hankyung.com"],
}

# ru-08: 상주 소상공인 재난지원금, 2021-02-09 (9일 = publication day)
D = "2021-02-09"
G["ru-08-hidomin.txt"] = {
 "metadata": {"headline": "상주시, 소상공인 4927명에 재난지원금 100만원씩 지급", "published": "2021-02-09",
              "reporter": "황경연", "outlet": None, "jurisdiction": "47250"},
 "officials": ["kang-yeong-seok"],
 "claims": [
  C("소상공인을 위해 재난지원금 49억2700만원을 지급했다고 밝혔다", None, D, ["small-merchants"], "achievement"),
  C("4927명에게 재난지원금을 각각 100만원씩 지급했다", None, D, ["small-merchants"], "achievement"),
  C("이번에 지급한 재난지원금이 코로나19로 인해 어려움을 겪는 소상공인에게 부족하나마 작은 위로와 도움이 되길 바란다", "kang-yeong-seok", D, ["small-merchants"], "statement"),
  C("지역경제의 중요한 주체인 지역의 소상공인들이 이번 위기를 극복할 수 있도록 시민들께도 이해와 협조를 당부드린다", "kang-yeong-seok", D, ["small-merchants"], "plan"),
  C("지금까지 신청하지 않은 소상공인을 대상으로 오는 26일까지 추가 신청을 받는다", None, D, ["small-merchants"], "plan"),
  C("최대한 신속하게 지급할 계획이다", None, D, ["small-merchants"], "plan"),
 ],
 "not_claims": [],
}

# ru-09: 하동 석탄화력 폐쇄 대응; meeting 지난 10일 -> 2024-12-10 for the whole report
D = "2024-12-10"
G["ru-09-rkacip.txt"] = {
 "metadata": {"headline": "하승철 하동군수, 석탄화력발전 폐쇄에 적극 대응", "published": "2024-12-14T20:52+09:00",
              "reporter": "최길동", "outlet": None, "jurisdiction": "48850"},
 "officials": ["ha-seung-cheol"],
 "claims": [
  C("하승철 하동군수가 석탄화력발전소 폐쇄 대응에 적극적으로 나섰다", "ha-seung-cheol", D, ["energy-transition"], "statement"),
  C("석탄화력발전 폐쇄 대응 방안을 강력히 피력했다고 전했다", "ha-seung-cheol", D, ["energy-transition"], "statement"),
  C("군의 재정자립도를 고려했을 때 정부 차원의 지원이 반드시 필요하다고 강조했다", "ha-seung-cheol", D, ["energy-transition", "jobs"], "plan"),
  C("하동군을 ‘정의로운 전환 특별지구’로 지정해 줄 것과 그에 따른 일자리, 투자유치, 세제상 지원을 요청했다", "ha-seung-cheol", D, ["energy-transition", "jobs", "investment-attraction"], "plan"),
  C("대송산업단지를 경남 주력산업 지원을 위한 핵심 공급망 및 파트너 역할을 수행할 수 있는 ‘기회발전특구’로 지정할 것을 요청하면서", "ha-seung-cheol", D, ["decentralization", "energy-transition"], "plan"),
  C("기존의 화력 시설물들을 그대로 활용하여 하동의 과거와 미래를 연결하는 새로운 ‘미술 공간’으로 탈바꿈하는 방안도 함께 제안했다", "ha-seung-cheol", D, ["culture-tourism", "energy-transition"], "plan"),
 ],
 "not_claims": ["‘제1차 석탄발전 전환 협의체 회의’ 참석해 폐쇄 대응책 마련 논의", "현 상황을 공유하고 향후 해결책을 함께 논의했다"],
}

if __name__ == "__main__":
    only = sys.argv[1:]
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold")
    os.makedirs(out, exist_ok=True)
    for name, g in G.items():
        if only and name not in only:
            continue
        doc = {"article": name, **g}
        with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
        print(name, len(g["claims"]))
