"""Writes gold/*.json for set-ke. C(quote, speaker, date, policies, kind)."""
import json, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def line(f, n):
    return open(os.path.join(D, 'articles', f), encoding='utf-8').read().split('\n')[n - 1]
def C(q, s, d, p, k):
    return {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
G = {}
# ke-01 은평구 미세먼지 (2019-02-08)
d = "2019-02-08"; K = "kim-mi-gyeong"
G["ke-01-heraldcorp.txt"] = dict(
  metadata={"headline": "은평구 주민참여로 미세먼지 잡는다", "published": "2019-02-08T09:55+09:00", "reporter": "한지숙", "outlet": "헤럴드경제", "jurisdiction": "11380"},
  officials=[K],
  claims=[
    C("2019년 주민참여형 미세먼지 저감 종합대책을 세워 주민과 함께 미세먼지 줄이기에 나선다고 8일 밝혔다", None, d, ["fine-dust"], "plan"),
    C("구 15개 부서에 걸쳐 31개 사업을 벌인다", None, d, ["fine-dust"], "plan"),
    C("신속하게 알리는 전달체계를 구축한다", None, d, ["fine-dust"], "plan"),
    C("공공기관 주차장 출입제한과 차량 2부제를 실시한다", None, d, ["fine-dust"], "plan"),
    C("도로청소를 위한 분진흡입 및 살수차 운행도 포함된다", None, d, ["fine-dust"], "statement"),
    C("자동차 배출가스를 집중 단속하고", None, d, ["fine-dust"], "plan"),
    C("카셰어링(나눔카) 사업 추진 등 교통 대책도 함께 추진한다", None, d, ["fine-dust"], "plan"),
    C("손잡고 미세먼지 캠페인 뿐 아니라 시원차림 캠페인", None, d, ["fine-dust"], "plan"),
    C("미세먼지 알리기 소형 전광판을 설치했다", None, d, ["fine-dust"], "achievement"),
    C("미세먼지 취약계층을 위한 조치도 마련한다", None, d, ["fine-dust", "welfare"], "plan"),
    C("우리 구는 모든 행정력을 동원해 미세먼지 저감 대책 추진에 최선을 다하겠다", K, d, ["fine-dust"], "plan"),
  ],
  not_claims=["은평구 주민참여로 미세먼지 잡는다", "- 미세먼지 저감 종합대책 수립", "미세먼지 농도가 나쁜 날에는 은평구 청사 주차장이 폐쇄된다", "구민들께서도 많은 관심과 참여를 바란다"])
# ke-02 강서구 마곡 일자리 (2018-10-16)
d = "2018-10-16"; K = "noh-hyeon-song"
G["ke-02-seoul.txt"] = dict(
  metadata={"headline": "서울 마곡지구 일자리 창출, 민관이 손잡는다", "published": "2018-10-16T15:10+09:00", "reporter": "홍인기", "outlet": "서울신문", "jurisdiction": "11500"},
  officials=[K],
  claims=[
    C("서울 강서구는 마곡산업단지 활성화 및 일자리창출을 위한 민·관 업무협약을 체결한다", None, d, ["jobs"], "plan"),
    C("마곡산업단지 활성화와 양질의 일자리 창출을 위해 협력하고", None, d, ["jobs"], "plan"),
    C("양질의 일자리가 지역 주민에게 돌아갈 수 있도록 노력하기로 했다", None, d, ["jobs"], "plan"),
    C("일자리·고용지원 사업을 지원에 역량을 집중하기로 했다", None, d, ["jobs"], "plan"),
    C("구민의 일자리 확충이 지역의 큰 현안", K, d, ["jobs"], "statement"),
    C("강서구민이 우선 채용될 수 있는 환경을 조성하고자 이번 업무협약을 준비했다", K, d, ["jobs"], "statement"),
  ],
  not_claims=["서울 마곡지구 일자리 창출, 민관이 손잡는다", "강서구 등 12개 기관 오는 23일 업무 협약식", "마곡산업단지 활성화를 위한 12개 기관 업무 협약식을 갖는다고 16일 밝혔다", "기업 199곳을 대상으로 합동설명회를 연다"])
# ke-03 영등포구 다둥이 (2020-01-02; visit on 새해 첫날 2020-01-01)
p = "2020-01-02"; e = "2020-01-01"; K = "chae-hyeon-il"
G["ke-03-naeil.txt"] = dict(
  metadata={"headline": "영등포구청장 새해 첫날 행보는?", "published": "2020-01-02T12:20:53+09:00", "reporter": None, "outlet": None, "jurisdiction": "11560"},
  officials=[K],
  claims=[
    C("채 구청장이 출산을 장려하고 육아의 어려움을 듣기 위해", None, e, ["childcare-birth"], "statement"),
    C("다양한 돌봄 수요에 탄력적으로 대응할 수 있는 정책을 펼쳐 나가겠다", K, e, ["childcare-birth"], "plan"),
    C("아이를 축복이라 여기는 부모의 마음으로 안심하고 키울 수 있는 환경을 구축하겠다", K, e, ["childcare-birth"], "plan"),
    C("영등포구는 출산장려금부터 서울시 25개 자치구 가운데 규모가 큰 편이다", None, p, ["childcare-birth"], "statement"),
    C("첫째와 둘째는 각각 10만원과 50만원", None, p, ["childcare-birth"], "statement"),
    C("2018년 이후 태어난 아이부터 적용되는데", None, p, ["childcare-birth"], "statement"),
    C("난임부부 시술비와 산후조리비 지원, 출산용품 지급 등 산전·후 지원에 포함된다", None, p, ["childcare-birth"], "statement"),
    C("육아지원을 위한 대표적인 공간은 지난해 권역별로 문을 연 영유아 돌봄", None, p, ["childcare-birth"], "statement"),
  ],
  not_claims=["영등포구청장 새해 첫날 행보는?", "겹쌍둥이 다둥이네 방문", "새해 첫 주민방문 대상으로 다둥이가정을 택해 눈길을 끈다", "아이들을 실질적으로 돌봐줄 수 있는 산후도우미 등 육아지원 서비스가 확대됐으면 좋겠다", "채현일 구청장이 새해 첫날 쌍둥이로만 네자녀를 둔 이수정씨네를 찾았다"])
# ke-04 송파구 시무식 (2020-01-02)
d = "2020-01-02"; K = "park-seong-su"
G["ke-04-songpatimes.txt"] = dict(
  metadata={"headline": line("ke-04-songpatimes.txt", 1), "published": "2020-01-02", "reporter": "윤세권", "outlet": None, "jurisdiction": "11710"},
  officials=[K],
  claims=[
    C("동남권 서울시민청 및 시립 서울도서관 분관 유치 등 많은 성과를 거뒀다", K, d, ["culture-tourism"], "achievement"),
    C("2020년 중점 추진 과제로 일자리 등 지역경제 활성화를 위한 가시적 성과를 주문했다", K, d, ["jobs"], "plan"),
    C("구민의 삶의 질 개선을 위한 돌봄 및 보육사업도 중점적으로 추진해 줄 것을 당부했다", K, d, ["education", "welfare", "childcare-birth"], "plan"),
    C("국제적 문화관광도시로서의 품격을 높이는데 더 노력해 줄 것을 당부했다", K, d, ["culture-tourism"], "plan"),
    C("석촌호수 수변 복합문화공간 조성", K, d, ["culture-tourism"], "plan"),
    C("중앙전파관리소 송파ICT보안클러스트 조성", K, d, ["fourth-industrial-revolution", "public-transit"], "plan"),
  ],
  not_claims=[line("ke-04-songpatimes.txt", 1), "2020년 시무식서 3년차 ‘서울을 이끄는 송파’ 중점과제 제시", "역점사업들이 가시적 성과를 낼 수 있도록 임해 달라", "새해에도 전문가로서 창의적 행정을 펼쳐달라"])
# ke-05 인천시 수소산업 (2025-05-15; committee 지난 14일)
p = "2025-05-15"; e = "2025-05-14"
G["ke-05-sentv.txt"] = dict(
  metadata={"headline": "인천시, 수소산업 육성 본격화", "published": "2025-05-15T11:02:02+09:00", "reporter": "김혜준", "outlet": "서울경제TV", "jurisdiction": "28"},
  officials=[],
  claims=[
    C("인천시가 수소산업 육성에 속도를 내고 있습니다", None, p, ["energy-transition"], "statement"),
    C("‘인천광역시 수소산업 육성 기본계획’ 수립 방향을 집중 논의했다고 밝혔습니다", None, e, ["energy-transition"], "statement"),
    C("맞춤형 수소산업 생태계 조성이 필요하다고 입을 모았다고 밝혔습니다", None, e, ["energy-transition"], "plan"),
    C("전 과정을 아우르는 중장기 기본계획을 2026년 3월까지 마련할 예정이라고 전했습니다", None, p, ["energy-transition"], "plan"),
  ],
  not_claims=["인천시, 수소산업 육성 본격화", "영천시, 귀농인 전국 1위...귀농 정책 결실", "고창군, 발효·식품산업육성지원센터 준공"])
# ke-06 인천시 스마트도시 공모 (2021-01-13)
d = "2021-01-13"
G["ke-06-ebreaknews.txt"] = dict(
  metadata={"headline": line("ke-06-ebreaknews.txt", 2), "published": "2021-01-13T15:01+09:00", "reporter": "박상도", "outlet": "브레이크뉴스", "jurisdiction": "28"},
  officials=[],
  claims=[
    C("인천형 스마트도시 조성의 지자체 확산을 위해 올해 스마트도시 분야", None, d, ["smart-city"], "plan"),
    C("각 2억 원 범위 내에서 지원할 예정이며", None, d, ["smart-city"], "plan"),
    C("각 3천만 원 범위 내에서 시민주도 문제해결 플랫폼인 리빙랩", None, d, ["smart-city", "citizen-participation", "fourth-industrial-revolution"], "plan"),
    C("3월 중으로 사업제안서를 제출하면 된다", None, d, ["smart-city"], "statement"),
    C("이미 인천시에 도입됐거나 도입 예정인 서비스는 배제된다", None, d, ["smart-city"], "plan"),
    C("추돌방지형 스마트 자전거도로 서비스", None, d, ["smart-city", "fourth-industrial-revolution"], "achievement"),
  ],
  not_claims=[line("ke-06-ebreaknews.txt", 2), line("ke-06-ebreaknews.txt", 3)])
# ke-07 인천 중구 상권 르네상스 (2022-01-17)
d = "2022-01-17"; K = "hong-in-seong"
G["ke-07-edaily.txt"] = dict(
  metadata={"headline": line("ke-07-edaily.txt", 3), "published": "2022-01-17T15:37:08+09:00", "reporter": "이종일", "outlet": "이데일리", "jurisdiction": "28110"},
  officials=[K],
  claims=[
    C("상권 르네상스 사업을 추진해 인천 중구의 번영·발전을 이끌겠습니다", K, d, ["small-merchants"], "plan"),
    C("지난해 10월 중소벤처기업부 공모를 통해 인천 중구 상권 르네상스 사업이 선정됐다", K, d, ["small-merchants"], "achievement"),
    C("올해부터 2026년까지 100억원을 투입해 개항장 일대 상권을 발전시키겠다", K, d, ["small-merchants"], "plan"),
    C("다시 한 번 중구의 상권을 크게 일으키는 것이 목표다", K, d, ["small-merchants"], "plan"),
    C("인천 중구는 상권 르네상스 사업 비전을", None, d, ["small-merchants"], "statement"),
    C("면요리 특화 창업지원", None, d, ["small-merchants", "startup-support"], "statement"),
    C("상인 역량 교육, 컨설팅, 온라인 홍보마케팅 강화를 위한 라이브스튜디오 조성 등 다양한 프로그램을 도입한다", None, d, ["small-merchants"], "plan"),
    C("개항장의 근대 역사·문화 자원을 기반으로 상업 인프라를 구축할 것", K, d, ["small-merchants"], "plan"),
    C("인프라를 활용해 관광객을 모으고 다양한 상업시설을 이용하도록 해 소상공인 매출 확대를 도울 것", K, d, ["small-merchants", "culture-tourism"], "plan"),
  ],
  not_claims=[line("ke-07-edaily.txt", 3), "2026년까지 개항장 일대 상권 부활·발전", "역사·문화자원 토대로 상업 인프라 구축", "코로나19 장기화로 지역경제가 크게 위축됐다", "홍인성 인천 중구청장이 구청 집무실에서 17일 이데일리와 인터뷰를 하고 있다"])
# ke-08 박남춘 신년 인터뷰 (undated)
K = "park-nam-chun"
G["ke-08-kgmaeil.txt"] = dict(
  metadata={"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "28"},
  officials=[K],
  claims=[
    C("새해에는 인천의 원도심과 구도심의 신도시가 골고루 발전하게 하고", K, None, ["urban-regeneration"], "plan"),
    C("민생경제 발전을 위해 정부·기업 투자 유치에 힘쓰고 모든 시민을 위해 복지와 안전에 집중해", K, None, ["investment-attraction", "welfare", "disaster-safety"], "plan"),
    C("외지인의 인천 방문을 늘려 인천의 경제 활력을 높이고 일자리를 창출하는데 힘쓰겠다", K, None, ["jobs", "culture-tourism"], "plan"),
  ],
  not_claims=["인천시는 2019년 처음으로 ‘예산 10조원’ 시대를 열었고", "이는 인천시가 무궁무진하게 발전할 수 있는 발판이 될 것이라고 생각한다", "안전하고 깨끗한 환경 속에서 행복한 삶을 누리도록 하겠다", "OECD세계포럼과 세계한상대회 등 세계적인 국제대회가 인천에서 개최됐다", "시는 재정위기단체에서 벗어났고"])
# ke-09 인천 서구 전통시장 (undated)
K = "lee-jae-hyeon"
G["ke-09-kyeongin.txt"] = dict(
  metadata={"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "28260"},
  officials=[K],
  claims=[
    C("인천 서구가 올해 200억원대 예산을 투입해 전통시장 활성화 사업을 추진하기로 했다", None, None, ["small-merchants"], "plan"),
    C("지역 5개 전통시장에 약 200억원을 투입해 각종 활성화 사업을 추진할 계획이라고 19일 밝혔다", None, None, ["small-merchants"], "plan"),
    C("석남동 신거북시장에 약 120억원을 들여 주차장과 판매시설 등을 새로 지을 계획이다", None, None, ["small-merchants"], "plan"),
    C("신거북시장 주변을 쇼핑특화거리로 조성한다는 구상이다", None, None, ["small-merchants"], "plan"),
    C("아케이드 자동 개폐기와 화재 알림시설 설치, 시장경영 바우처 지원사업 등을 추진하기로 했다", None, None, ["small-merchants", "disaster-safety"], "plan"),
    C("문화관광형시장 육성사업 대상으로 선정돼 기반시설을 갖췄다", None, None, ["small-merchants"], "achievement"),
    C("만화를 소재로 한 '문화특화시장'으로 만들 예정이다", None, None, ["small-merchants", "culture-tourism"], "plan"),
    C("시장 특성을 살린 관광 특화시장으로 만들 계획이다", None, None, ["small-merchants", "culture-tourism"], "plan"),
    C("서구 전통시장 활성화 사업에는 국비도 지원받는다", None, None, ["small-merchants"], "statement"),
    C("'특성화 첫걸음시장' 사업에 신거북시장과 인천축산물시장이", None, None, ["small-merchants"], "achievement"),
    C("상인들에게 전통시장 활성화 구상을 밝히며", K, None, ["small-merchants"], "plan"),
  ],
  not_claims=["상인 보듬는 이재현 구청장", "올 200억 지원… 2곳에 주차장 등 확충", "이재현 서구청장은 최근 이들 전통시장을 방문해 시장 상인들을 격려했다"])
os.makedirs(os.path.join(D, 'gold'), exist_ok=True)
for f, g in G.items():
    out = {"article": f, **g}
    json.dump(out, open(os.path.join(D, 'gold', f + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(f, len(g['claims']))
print('total', sum(len(g['claims']) for g in G.values()))
