"""Write set-jf gold files (hand annotation). C(quote, speaker, date, policies, kind[, speaker_name])."""
import json, pathlib
G = pathlib.Path(__file__).resolve().parent.parent / "gold"
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
KG, D1 = "kim-gwan-yeong", "2023-07-20"
JY = "jeong-yong-rae"
CM, D3 = "choi-min-ho", "2025-08-11"
KJ, D4 = "kim-jong-sik", "2019-09-06"
KK, D5 = "kang-gi-jung", "2025-06-18"
D6 = "2025-07-16"
KT = "kim-tae-heum"
OY = "oh-young-hun"
SM = ["small-merchants"]
GOLD = {
"jf-01-jeonmin.txt": dict(
 metadata=dict(headline="김관영 도지사 “전북경제와 산업의 역사적 전환점 마련”", published="2023-07-20", reporter="윤동길", outlet=None, jurisdiction="45"),
 officials=[KG],
 claims=[
  C("전북 청년들이 고향에서 일할 수 있게 됐다", KG, D1, ["jobs", "youth-policy"], "achievement"),
  C("이번 지정으로 새만금에 정부의 대대적인 투자와 지원이 이어질 것이고, 기업 세액공제와 정부R&D예산 우선반영", KG, D1, ["investment-attraction", "research-development"], "statement"),
  C("이차전지 관련 기업들의 투자가 더욱 확대될 것으로 기대를 모은다", None, D1, ["investment-attraction"], "statement"),
  C("새만금은 지난 6월 제1호 투자진흥지구로 지정되면서", None, D1, ["investment-attraction"], "achievement"),
  C("최근 3년간 새만금에 집중된 7조원의 기업투자는", KG, D1, ["investment-attraction"], "statement"),
  C("꽤 괜찮은 일자리를 새만금 곳곳에서 찾아볼 수 있게 됐다", KG, D1, ["jobs"], "statement"),
 ],
 not_claims=["10년 후, 새만금이 이차전지 산업의 메카가 될 것 확신", "전북 경제와 산업의 역사적인 전환점이 마련됐다",
             "새만금의 이차전지를 탑재한 전기차가 세계를 누빌 것이다", "새만금은 대한민국 이차전지 핵심소재 공급기지로 도약할 것을 확신한다"]),
"jf-02-bknews.txt": dict(
 metadata=dict(headline="유성구, 대덕특구 기관장 교류 모임‘혜윰나잇’개최", published="2023-10-26T18:25+09:00", reporter="방수옥", outlet="BK뉴스", jurisdiction="30200"),
 officials=[JY],
 claims=[
  C("대전 유성구는 25일 유림공원에서 대덕연구개발특구기관장협의회(이하 연기협) 교류 모임인", None, "2023-10-25", ["research-development"], "statement"),
  C("대덕특구와 자치구의 협력 강화 방안을 논의하였으며", None, "2023-10-25", ["research-development"], "statement"),
  C("앞으로도 유성구가 출연연과 기업 간 가교 역할을 수행하겠다", JY, "2023-10-25", ["research-development"], "plan"),
  C("과학기술 기반 창업 혁신 생태계를 만들기 위해 추진 중인 현안에 대해", None, "2023-10-25", ["startup-support"], "statement", "김장성"),
 ],
 not_claims=["대덕특구 50주년 맞아 대덕특구와 자치구 협력 방안 논의", "정용래 유성구청장(오른쪽, 여섯 번째)과 참석자들이 기념촬영을 하고 있다",
             "14명의 정부출연기관장, 언론사 사장 등 대덕특구 리더와 관계자들이 참석해 자리를 빛냈다",
             "지역이 가진 성장 잠재력을 끌어올릴 수 있도록 최선을 다하겠다", "앞으로도 유성구와 함께 변화를 만들어 나가겠다"]),
"jf-03-kbs.txt": dict(
 metadata=dict(headline=None, published="2025-08-11", reporter=None, outlet="KBS", jurisdiction="36"),
 officials=[CM],
 claims=[
  C("최민호 세종시장이 국회 세종의사당과 대통령 세종집무실의 건립 규모와 시기, 기능을 담은 구체적인 로드맵 마련을 정부에 요구했습니다", CM, D3, ["decentralization"], "statement"),
  C("행정수도 완성에 대한 국민적 우려가 크다며 이같이 밝혔습니다", CM, D3, ["decentralization"], "criticism"),
  C("국회사무처는 국회세종의사당 설계공모를 관리할 용역업체를 선정하고", None, D3, ["decentralization"], "plan"),
 ],
 not_claims=["'KBS제보' 검색, 채널 추가"]),
"jf-04-kjmbc.txt": dict(
 metadata=dict(headline="목포, 해상케이블카 개통..관광 전기 맞을까", published="2019-09-06T20:20:00+09:00", reporter="김윤", outlet=None, jurisdiction="46110"),
 officials=[KJ],
 claims=[
  C("목포 해상케이블카가 오늘 개통식과 함께 공식 운영에 들어갔습니다", None, D4, ["culture-tourism"], "achievement"),
  C("목포 관광 활성화에 기여할 것으로 기대됩니다", None, D4, ["culture-tourism"], "statement"),
  C("총길이 3.23킬로미터로 국내에서 가장 깁니다", None, D4, ["culture-tourism"], "statement"),
  C("지난 2017년 착공된 목포 해상케이블카가 개통식을 갖고", None, D4, ["culture-tourism"], "achievement"),
  C("천 만 관광객 시대를 목표로 하는 목포시도 케이블카에 거는 기대가 매우 큽니다", None, D4, ["culture-tourism"], "target"),
  C("문화예술 관광상품들과 시너지 효과를 내면서 앞으로 천만 관광객 시대를 열어가는 견인차 역할을 할 것입니다", KJ, D4, ["culture-tourism"], "statement"),
  C("목포 해상케이블카 주식회사의 공익적 운영도 강조되고 있습니다", None, D4, ["culture-tourism"], "statement"),
  C("목포시는 케이블카주식회사와 협약을 맺고 매출액의 3%를", None, D4, ["culture-tourism"], "achievement"),
 ],
 not_claims=["목포, 해상케이블카 개통..관광 전기 맞을까", "유달산의 기암괴석을 바로 옆에서 감상할 수 있고",
             "물살을 가르며 지나는 선박들이 '낭만항구 목포'의 진수를 보여주고 있습니다", "목포케이블카는 첫 단계로 공익기부를 약속했습니다",
             "여기서 얻어지는 이익으로 관광재"]),
"jf-05-newsis.txt": dict(
 metadata=dict(headline="상권 야간주차 허용·공공기관 매칭…광주시, 골목경제 살리기 가동", published="2025-06-18T16:23:52+09:00", reporter="류형근", outlet="뉴시스", jurisdiction="29"),
 officials=[KK],
 claims=[
  C("광주시가 골목상권을 살리기 위해 주변 도로 야간주차를 허용하고", None, D5, SM, "plan"),
  C("'골목경제 상황실'을 설치하고 본격 가동한다고 18일 밝혔다", None, D5, SM, "achievement"),
  C("'골목경제 상황실'은 소상공인의 어려움을 해소하고", None, D5, SM, "statement"),
  C("우선 공공기관에서는 장보기, 점심식사 골목식당 가기", None, D5, SM, "plan"),
  C("또 골목상권 주변도로에 야간주차를 허용하고", None, D5, SM, "plan"),
  C("전담조직 신설 방안도 마련한다", None, D5, SM, "plan"),
  C("20일에는 공공배달앱 활성화 간담회를 열어", None, D5, SM, "plan"),
  C("골목경제 상황실을 통해 지역경제 회복을 위한 현장 밀착형 대응을 강화할 방침", KK, D5, SM, "plan"),
  C("광주시 산하에 골목상권 전담조직 신설을 검토하는 등 지역 경제 살리기에 올인하겠다", KK, D5, SM, "plan"),
 ],
 not_claims=["골목경제 상황실 설치…지원 대책 마련", "[광주=뉴시스] 광주시청. (사진=뉴시스 DB). photo@newsis.com"]),
"jf-06-newsstep.txt": dict(
 metadata=dict(headline="광주광역시 서구, 현장 중심 골목집무실 운영 본격화", published="2025-07-16T18:10:08+09:00", reporter="최선경", outlet="뉴스스텝", jurisdiction="29140"),
 officials=["kim-i-gang"],
 claims=[
  C("광주광역시 서구는 전국 최초로 지역 전체를 골목형상점가로 지정하고", None, D6, SM, "achievement"),
  C("서구는 16일 풍암동을 시작으로", None, D6, SM, "plan"),
  C("골목상점 내부 한편을 구청장 집무 공간으로 활용하며", None, D6, SM, "plan"),
  C("온누리상품권 가맹점 현황을 살피고", None, D6, SM, "plan"),
  C("골목형상점가 지정 이후 손님이 눈에 띄게 늘었다", None, D6, SM, "achievement"),
  C("할인혜택에 대한 호응이 좋다", None, D6, SM, "statement"),
  C("온누리상품권 가맹률 제고 등을 통해 골목경제 회복에 속도를 낼 계획이다", None, D6, SM, "plan"),
 ],
 not_claims=["서구 지역 전체 골목형상점가 지정 후속조치", "▲ 광주 서구, 현장 중심 골목집무실 운영 본격화",
             "아직 가맹점 등록하지 않은 매장을 중심으로 적극적인 홍보가 이뤄졌으면 좋겠다", "민선8기 대표 소통 창구인"]),
"jf-07-newdaily.txt": dict(
 metadata=dict(headline="“스마트팜 250만평 이상 조성 청년농 3천명 유입”", published=None, reporter=None, outlet=None, jurisdiction="44"),
 officials=[KT],
 claims=[
  C("적극적인 세일즈로 국내외를 막론한 128개 기업에서 18조731억 원의 투자유치를 달성했다", KT, None, ["investment-attraction"], "achievement"),
  C("천안과 홍성에 지방 최대 규모의 신규 국가산단을 유치하고, 국립경찰병원 분원 유치", KT, None, ["investment-attraction", "public-health"], "achievement"),
  C("농업·농촌의 구조개혁, 국가 탄소 중립경제 선도, 베이 밸리 메가시티 조성 등 3가지 큰 방향을 정하고", KT, None, ["agriculture", "climate-carbon", "decentralization"], "plan"),
  C("‘석탄 화력발전소 폐지지역 지원 특별법’ 제정을 통해 에너지 전환과 산업재편의 중심에 서겠다", KT, None, ["decentralization", "energy-transition"], "plan"),
  C("첨단농장 단지 250만 평 이상을 조성해 청년 농 3000명 이상을 유입할 수 있도록", KT, None, ["agriculture", "youth-policy"], "target"),
 ],
 not_claims=["스마트팜 250만평 이상 조성 청년농 3천명 유입", "갑진년(甲辰年) 새해가 밝았습니다",
             "지난해는 ‘힘쎈충남’의 저력을 증명해내는 한해였다", "도정 사상 최초로 국비 10조 원을 돌파했다",
             "충남도민의 관심과 성원 덕분이었다", "50년, 100년 미래 준비에 도전 역량을 집중하겠다",
             "대한민국의 경제산업지도를 새롭게 그려나갈 것"]),
"jf-08-cbnews.txt": dict(
 metadata=dict(headline=None, published=None, reporter="안영록", outlet="충북뉴스", jurisdiction="43"),
 officials=[],
 claims=[
  C("충북도가 국내외 우수 바이오기업 유치에 집중한다", None, None, ["medical-industry", "investment-attraction"], "plan"),
  C("지난 4일엔 기업유치추진단도 꾸렸다", None, None, ["investment-attraction", "medical-industry"], "achievement"),
  C("오송에 거점을 둬 바이오기업의 투자 동향에 신속히 대응할 계획", None, None, ["medical-industry", "investment-attraction"], "plan"),
  C("유치 분야는 바이오의약과 의료기기, 화장품, 천연물산업에 집중할 방침이다", None, None, ["medical-industry", "investment-attraction"], "plan"),
  C("보건의료 관련 공공기관 등도 유치 대상에 포함하는 등", None, None, ["investment-attraction", "medical-industry"], "plan"),
  C("바이오 5각 벨트를 조기 실현하는 동시에 전 시군에 바이오산업을 확산시킨다는 전략이다", None, None, ["medical-industry", "investment-attraction"], "plan"),
 ],
 not_claims=["▲충북도청. ⓒ충북뉴스"]),
"jf-09-jejumbc.txt": dict(
 metadata=dict(headline=None, published=None, reporter="조인호", outlet=None, jurisdiction="50"),
 officials=[OY],
 claims=[
  C("정부가 제주 제 2공항 건설 추진절차를 재개했지만", None, None, ["airport-relocation"], "statement"),
  C("일단 제주공항 확충은 어렵다고 밝혔지만", OY, None, ["airport-relocation"], "statement"),
  C("제주공항 확충이 가능하냐는 질문에 오영훈 지사는 어렵다고 밝혔습니다", OY, None, ["airport-relocation"], "statement"),
  C("시설 확충은 현 공항에서는 쉽지 않겠다는 생각을 말씀드린바가 있고", OY, None, ["airport-relocation"], "statement"),
  C("활주로 하나를 더 추가하는 것은 동서 활주로 방향이기 때문에 상당히 어렵다는 얘기를 많이 들었습니다", OY, None, ["airport-relocation"], "statement"),
  C("오 지사는 명확한 답변은 하지 않은 채 피해나갔습니다", None, None, ["airport-relocation"], "statement"),
  C("현재 공항 확충이 어렵다고 하면 대안이 있어야 될 것 아니겠습니까?", None, None, ["airport-relocation"], "criticism", "김황국"),
  C("네 그래서 지금 제 2공항 건설이 추진이 되고 있는 것이고요", OY, None, ["airport-relocation"], "statement"),
  C("그것을 공항시설의 확충이라는 범주에서 말씀드립니다", OY, None, ["airport-relocation"], "statement"),
  C("공항시설 확충이 필요하다고 저는 표현했습니다", OY, None, ["airport-relocation"], "statement"),
  C("제 2공항 도민 경청회는 일부 파행이 있었지만 성공적이었다고 평가했고", OY, None, ["airport-relocation", "citizen-participation"], "achievement"),
 ],
 not_claims=["올해 첫 제주도의회 도정질문을 조인호 기자가 정리했습니다", "제 2공항 필요성에 대한 지사님의 생각은 어떻습니까?",
             "제 2공항이 필요하다는 말씀으로 인식해도 되겠습니까?"]),
}
G.mkdir(exist_ok=True)
for name, g in GOLD.items():
    (G / f"{name}.json").write_text(json.dumps({"article": name, **g}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(GOLD), sum(len(g["claims"]) for g in GOLD.values()))
