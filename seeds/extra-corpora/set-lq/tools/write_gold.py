"""Write set-lq gold files (hand annotation). C(quote, speaker, date, policies, kind)."""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = {}


def C(quote, speaker, date, policies, kind, name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        c["speaker_name"] = name
    return c


def art(name, meta, officials, claims, not_claims):
    GOLD[name] = {"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": not_claims}


# lq-01 경남도 농정 브리핑 (13일 = publication day)
d = "2024-03-13"
AGY = ["agriculture", "startup-support", "youth-policy"]
art("lq-01-gndomin.txt",
    {"headline": "경남도 스마트 농업 확대·농업 분야 청년 창업 맞춤형 지원", "published": "2024-03-13T17:15+09:00",
     "reporter": "최원태", "outlet": None, "jurisdiction": "48"},
    [],
    [C("올해 스마트 농업 확산, 청년 창업농 지원, 미래농업 경쟁력 강화를 중심으로 농업정책을 추진한다", None, d, AGY, "plan"),
     C("경남도는 먼저 스마트 농업 확대 방침을 밝혔다", None, d, ["agriculture"], "plan"),
     C("‘스마트농업 육성 및 지원법률’이 올해 7월 26일 시행에 들어간다", None, d, ["agriculture"], "statement"),
     C("국가 차원 스마트농업 육성 움직임에 맞춰 스마트 농업 확산을 추진한다", None, d, ["agriculture"], "plan"),
     C("밀양 스마트팜혁신밸리를 거점으로 삼아 스마트농업 기술을 전파하고", None, d, ["agriculture"], "plan"),
     C("청년이 농촌에서 농업 분야 창업을 하도록 맞춤형 지원을 한다", None, d, AGY, "plan"),
     C("‘청년 창업농 스마트농업 단지 조성 공모사업’에 도전하고", None, d, AGY, "plan"),
     C("농식품 수출가공 클러스터 조성, 농촌 인력지원 등을 통해", None, d, ["agriculture"], "plan"),
     C("농업인들이 걱정 없이 농업에 전념할 수 있는 영농환경을 조성하고", None, d, ["agriculture"], "plan", "김인수")],
    ["경남도 스마트 농업 확대·농업 분야 청년 창업 맞춤형 지원", "농업경쟁력 강화 정책 추진…그린바이오 생태계 조성 등",
     "2024년 농정분야 정책브리핑을 했다", "농업에 뜻을 둔 청년들은 농지 확보, 스마트팜 조성에 어려움을 호소한다"])

# lq-02 송철호 울산시장 수소엑스포 (19일 = publication day)
d = "2019-06-19"
art("lq-02-ajunews.txt",
    {"headline": "송철호 울산시장, 중기벤처부에 '수소그린모빌리티 특구' 지정 건의", "published": "2019-06-19T08:00+09:00",
     "reporter": None, "outlet": None, "jurisdiction": "31"},
    ["song-cheol-ho"],
    [C("‘글로벌 에너지허브 도시 울산 구축방안(부유식 해상풍력발전산업 육성, 수소경제 생태계 조성", "song-cheol-ho", d, ["energy-transition"], "plan"),
     C("울산 수소산업 육성 10대 계획을 통한 ‘2030 울산 세계 최고 수소도시 육성계획’을 발표한다", "song-cheol-ho", d, ["energy-transition"], "plan"),
     C("울산 수소산업 육성 10대 계획은 △수소전기차 생산기반 구축", None, d, ["energy-transition", "future-vehicles"], "statement"),
     C("울산 수소경제의 성공을 위해서는 수소기반 혁신성장 밸류체인 구축을 통한 주력산업 고도화 및 신산업 창출이 필요하다", "song-cheol-ho", d, ["energy-transition", "future-vehicles"], "plan"),
     C("대한민국 수소경제의 성공을 위해서는 울산이 성공해야 한다", None, "2019-01-17", ["energy-transition"], "plan", "문재인"),
     C("울산의 수소경제 기반(인프라)와 비전에 대한 내용을 담은", None, d, ["energy-transition"], "statement")],
    ["‘2019 대한민국 수소엑스포’ 참가…‘2030 울산 수소도시 육성계획’ 발표",
     "19일 개막 총회에서는 성윤모 산업통상자원부 장관의 기조연설에 이어"])

# lq-03 대구 탄소중립 시민협의체 (6일 밝혔다 -> 2021-06-06 for the whole announcement)
d = "2021-06-06"
CC = ["climate-carbon"]
art("lq-03-kmib.txt",
    {"headline": "대구 “시민과 함께 탄소중립 실현”", "published": "2021-06-07T04:06+09:00",
     "reporter": None, "outlet": None, "jurisdiction": "27"},
    ["kwon-young-jin"],
    [C("미래를 지키는 탄소중립 실현을 위해 대구 전체가 힘을 모으기로 했다", None, d, CC, "plan"),
     C("세계적인 관심사로 떠오른 친환경 분야를 선점해 도시 이미지를 높일 방침이다", None, d, CC, "plan"),
     C("‘대구시 탄소중립 시민협의체’(이하 탄소중립협의체)를 구성했다고 6일 밝혔다", None, d, ["climate-carbon", "citizen-participation"], "achievement"),
     C("대구의 탄소중립 정책을 연구하고 사업과제를 도출하는 기구다", None, d, CC, "statement"),
     C("위원장은 권영진 대구시장과 이재하 대구상공회의소 회장이 공동으로 맡았다", None, d, CC, "statement"),
     C("위원은 8개 분야별로 5명씩 모두 40명이 위촉 됐다", None, d, CC, "achievement"),
     C("심도 있는 논의가 이뤄질 수 있도록 산·관·학 전문가", None, d, CC, "statement"),
     C("탄소중립협의체는 앞으로 각 분야별 연구와 토론을 진행해", None, d, CC, "plan"),
     C("연말까지 ‘2050 탄소중립 전략’을 수립한다", None, d, CC, "plan"),
     C("내년부터 본격적으로 탄소중립 분위기를 조성해", None, d, CC, "plan"),
     C("대구시는 탄소중립 선도를 위해 일찌감치 준비에 나섰다", None, d, CC, "achievement"),
     C("2010년 지방자치단체 최초로 ‘기후변화대응 기본계획’을 수립했다", None, d, CC, "achievement"),
     C("공공부문 온실가스 감축 목표 관리제 1위 등 성과를 내고 있다", None, d, CC, "achievement"),
     C("205개 지자체의 탄소중립 선언을 주도한 바 있고", None, d, CC, "achievement")],
    ["대구 “시민과 함께 탄소중립 실현”"])

# lq-04 울산 남구 복지 (no event day -> publication day)
d = "2025-07-04"
art("lq-04-ulsanilbo.txt",
    {"headline": "울산 남구, ‘요람에서 무덤까지…’ 촘촘한 맞춤복지 완성", "published": "2025-07-04",
     "reporter": "권지혜", "outlet": None, "jurisdiction": "31140"},
    [],
    [C("민관 협력의 촘촘하고 두터운 복지안전망을 구축하고 노인과 장애인의 복지욕구 충족에 힘쓰고 있다", None, d, ["welfare"], "statement"),
     C("양질의 보육환경 조성과 함께 맞춤형 건강증진 사업 추진으로 모두가 더 행복한 남구를 구현했다", None, d, ["childcare-birth", "public-health"], "achievement"),
     C("선도적 복지모델로 ‘희망ON나’ 사업을 추진하고 있다", None, d, ["welfare"], "statement"),
     C("CU편의점 130여곳을 명예사회복지공무원 거점으로 활용해", None, d, ["welfare"], "achievement"),
     C("전국 최초로 은둔·고립 가구를 위한 바우처 카드를 지원해", None, d, ["welfare"], "achievement"),
     C("‘AI안부든든 서비스’ ‘울산안심알리미 앱’ 등 첨단 기술을 활용한 위기가구 선제 대응도 강화하고 있다", None, d, ["welfare", "fourth-industrial-revolution"], "statement"),
     C("2016년부터 구민들의 자발적이고 지속적인 모금으로 나눔천사 프로젝트를 추진", None, d, ["welfare"], "achievement")],
    ["울산 남구, ‘요람에서 무덤까지…’ 촘촘한 맞춤복지 완성", "◇나눔·참여·기술이 함께 만드는 촘촘한 남구형 복지 안전망",
     "남구는 자원봉사의 새로운 가치를 확산하기 위한 노력도 이어가고 있다",
     "500시간 이상 봉사활동을 실천한 300여명에게 골드증을 발급했다"])

# lq-05 허성곤 김해시장 인터뷰 (26일 = publication day)
d = "2021-05-26"
H = "heo-seong-gon"
CT = ["culture-tourism"]
art("lq-05-asiatoday.txt",
    {"headline": "[인터뷰] 허성곤 김해시장 “가야왕도만의 문화적 브랜드 가치 높일 것”", "published": "2021-05-26T09:50+09:00",
     "reporter": "허균", "outlet": "아시아투데이", "jurisdiction": "48250"},
    [H],
    [C("가야왕도 김해시만의 독창적인 역사와 문화적 브랜드 가치를 한층 더 높이겠다", H, d, CT, "plan"),
     C("역사 전통 분야 법정 문화도시로 지정받았다", H, d, CT, "achievement"),
     C("시민과 함께 문화를 통한 새로운 김해를 그려갈 계획", H, d, CT, "plan"),
     C("문화도시센터의 독립성과 자율성을 보장하고 문화도시 협의체 운영을 바탕으로", H, d, CT, "plan")],
    ["21세기는 문화 수준이 도시 경쟁력을 좌우하는 시대", "가야문화권 최초로 법정 문화도시 지정",
     "5년간 200억 투입 새로운 김해 그릴 것", "올해 문화체육관광부로부터 법정 문화도시로 지정됐다. 향후 추진 방향은",
     "허성곤 김해시장이 26일 아시아투데이와의 인터뷰에서 향후 시정방향을 설명하고 있다"])

# lq-06 이철우 지방시대 (undated -> all null)
DC = ["decentralization"]
L = "lee-cheol-u"
art("lq-06-imaeil.txt",
    {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "47"},
    [L],
    [C("도정 목표로 내건 '지방시대'를 열기 위해 속도를 높이고 있다", None, None, DC, "statement"),
     C("모든 역량을 지방시대를 여는 데 집중하고 있다", None, None, DC, "statement"),
     C("'지방시대'가 6대 국정목표의 하나로 자리매김하는 데 큰 역할을 했다", None, None, DC, "achievement"),
     C("지방정부가 의제 설정을 주도해야 한다고 강하게 주장하고 있다", L, None, DC, "plan"),
     C("많은 문제가 수도권에 집중된 불균형한 발전으로부터 기인하는데", L, None, DC, "plan"),
     C("한두 개의 균형발전 사업으로 지방소멸을 극복하고 지방시대를 열 수 없다", L, None, DC, "criticism"),
     C("지방정부에게 권한을 줘야 진정한 지방시대 실현이 가능하다", L, None, DC, "plan"),
     C("국가운영의 틀을 완전히 바꿔야 한다", L, None, DC, "plan")],
    ["한국은 경제적으로 성공했지만 청년 실업, 결혼 포기, 세계 최저 출산율", "정부의 초대 대한민국시도지사협의회장으로 추대된 것도",
     "이 도지사는 지역 숙원사업 해결에도 가속도를 붙이고 있다"])

# lq-07 거창군 태양광 (undated -> all null)
ET = ["energy-transition"]
art("lq-07-mgenews1.txt",
    {"headline": None, "published": None, "reporter": "최혁열", "outlet": "매일경남뉴스", "jurisdiction": "48880"},
    ["gu-in-mo"],
    [C("총 8개소에 355㎾ 태양광 발전소를 건립해", None, None, ET, "achievement"),
     C("주민수익형 발전소는 산업통상자원부 공모사업 및 경남도 공모사업 선정을 통해", None, None, ET, "statement"),
     C("주민수익형 태양광 발전소는 연간 9천만 원 정도 수익 창출이 예상되고", None, None, ET, "achievement"),
     C("민선7기 임기 내 마을햇빛발전소 100개소 건립이라는 지역에너지 신산업을 확대 추진할 계획", "gu-in-mo", None, ET, "target")],
    ["저작권자 © 매일경남뉴스 무단전재 및 재배포 금지"])

# lq-08 최진봉 부산 중구청장 인터뷰 ('최근' interview -> publication day)
d = "2025-07-20"
art("lq-08-busan.txt",
    {"headline": "최진봉 부산 중구청장 “북항 배후도시로 성장 동력 충분 생활 밀착 정책에 인구 반등 기대” [취임 3년, 단체장을 만나다]",
     "published": "2025-07-20T18:20:37+09:00", "reporter": None, "outlet": "부산일보", "jurisdiction": "26110"},
    ["choi-jin-bong"],
    [C("망양로 일원 산복도로 고도 제한도 완화되면서 원도심 지역 도시재생이 촉진될 전망이다", None, d, ["urban-regeneration"], "statement"),
     C("낙후된 원도심 지역의 생활 여건을 개선하기 위해 공공성과 조화를 이룬 개발은 적극적으로 지원하고", "choi-jin-bong", d, ["urban-regeneration"], "plan"),
     C("중구는 출산장려금 대폭 확대 등", None, d, ["childcare-birth"], "statement")],
    ["북항 배후도시로서 성장 동력을 갖추고 인구 구조 변화에 대응하는 맞춤형 사업에 심혈을 기울였다",
     "상업지역 가로구역별 최고 높이 대폭 상향 등 도시 개발 여건을 획기적으로 개선했다",
     "지방 소멸 위기 앞에서 ‘100년 도시’ 중구를 향해 달려왔다",
     "인구 감소는 중구에 실질적인 존립 문제다", "원도심 공공성 조화 이룬 개발"])

# lq-09 강성태 수영구청장 (문화일보 interview reposted; 작성일 = publication day)
d = "2021-10-29"
K = "kang-seong-tae"
UR = ["urban-regeneration"]
art("lq-09-criexpo.txt",
    {"headline": "“떠난 주민도 돌아오고 싶은 곳으로…골목 골목마다 활력 불어넣을 것”", "published": "2021-10-29T14:25+09:00",
     "reporter": None, "outlet": "문화일보", "jurisdiction": "26500"},
    [K],
    [C("성공적인 도시재생사업으로 주민들의 행복지수를 높이는 것이 최대 목표입니다", K, d, UR, "plan"),
     C("사람과 자연, 문화가 함께 어우러져 상생을 통한 역사와 문화의 재생이 중요하다", K, d, ["urban-regeneration", "culture-tourism"], "statement"),
     C("도시재생을 통해 지역 골목상권의 활성화를 이루고", K, d, ["urban-regeneration", "small-merchants"], "plan"),
     C("도시재생사업의 중심인 수영동 지역은 문화재 보호구역으로", K, d, ["urban-regeneration", "culture-tourism"], "statement"),
     C("다양한 리모델링으로 노후화된 환경을 밝고 안전한 거리로 조성해 나가겠다", K, d, UR, "plan"),
     C("수영강을 잘 연결해 골목골목마다 활력을 불어넣겠다", K, d, UR, "plan"),
     C("수영구에 관광객이 많이 찾아올 것이라고 설명했다", K, d, CT, "statement"),
     C("관광해설을 겸한 도시재생해설사들을 본격 양성하는 등의 노력으로", K, d, ["urban-regeneration", "culture-tourism"], "plan")],
    ["주민들이 떠나기 싫어하고, 떠났더라도 돌아오고 싶은 곳으로", "글쓴이 관리자 조회수 812"])

if __name__ == "__main__":
    for name, g in GOLD.items():
        (ROOT / "gold" / f"{name}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1), encoding="utf-8")
        print(name, len(g["claims"]))
    print("total", sum(len(g["claims"]) for g in GOLD.values()))
