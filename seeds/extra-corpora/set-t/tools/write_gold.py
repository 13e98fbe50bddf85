"""Writes set-t gold files (hand annotation, see GOLD_NOTES.md)."""
import json
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
G = {}

J, D = "jeong-won-o", "2018-10-09"
G["t-01-asiatoday.txt"] = dict(
    metadata=dict(headline="서울시 성동구 비전 ‘스마트포용도시 성동’ 확정", published="2018-10-09T10:00+09:00",
                  reporter=None, outlet="아시아투데이", jurisdiction="11200"),
    officials=[J],
    claims=[
        C("구정 비전을 ‘더불어 행복한 스마트포용도시 성동’으로 확정했다고 9일 밝혔다", None, D, ["smart-city"], "achievement"),
        C("9월 20일자로 시책추진담당관을 신설해 스마트포용도시와 생활밀착형 사업 등을 맡게했다", None, D, ["smart-city"], "achievement"),
        C("스마트포용도시 학술용역을 서울대 산학협력단과 연계해 진행하고 있다", None, D, ["smart-city"], "statement"),
        C("전국 최초로 구 조례를 2019년 1월 중에 시행할 예정이다", None, D, ["smart-city"], "plan"),
        C("거주자 우선 주차구역에 센서를 설치하고 모바일 앱을 활용해", None, D, ["smart-city"], "plan"),
        C("사물인터넷 기술(Iot)을 활용해 도로변 및 공사장 미세먼지, 소음 등도 실시간 관리·감독하는 시스템을 도입한다", None, D,
          ["smart-city", "fourth-industrial-revolution", "fine-dust"], "plan"),
        C("4차산업혁명체험센터를 지난해 10월 개관·운영하고 있다", None, D, ["fourth-industrial-revolution"], "achievement"),
        C("구의 스마트포용도시 정책이 구민 모두의 삶과 희망을 응원하고", J, D, ["smart-city"], "statement"),
    ],
    not_claims=["시책추진담당관 신설 2019년 1월 스마트포용도시 관련 조례 시행 예정", "민선7기 성동구 비전브랜드.",
                "아시아투데이 로고"])

K, D = "kim-yeong-jong", "2021-01-14"
G["t-02-ipnomics.txt"] = dict(
    metadata=dict(headline="종로구, \"4차산업시대 혁신기술 도시에 적용한다\"", published="2021-01-14T09:30+09:00",
                  reporter="구교현", outlet=None, jurisdiction="11110"),
    officials=[K],
    claims=[
        C("2021년 1월1일자로 '스마트도시과'를 신설했다고 14일 밝혔다", None, D, ["smart-city"], "achievement"),
        C("4차 산업 시대 자연 친화적 기술과 ICT 기술을 융·복합해 '스마트도시'를 구현하고", None, D, ["smart-city", "fourth-industrial-revolution"], "statement"),
        C("스마트도시과는 '스마트정책팀', '스마트사업팀', '기반시설구축팀' 총 3개 팀으로 구성돼 있다", None, D, ["smart-city"], "statement"),
        C("정책팀은 스마트도시 사업을 발굴하고 지역 실정에 맞는 관련 계획을 수립한다", None, D, ["smart-city"], "statement"),
        C("직원교육, 조례관리 등도 담당한다", None, D, ["smart-city"], "statement"),
        C("지역문제를 해결할 수 있는 스마트서비스 사업을 발굴하고 시스템을 구축할 계획이다", None, D, ["smart-city"], "plan"),
        C("관내 공공와이파이 확충과 빅데이터를 활용한 신규 사업대상 발굴", None, D,
          ["smart-city", "fourth-industrial-revolution", "disaster-safety"], "plan"),
        C("'스마트도시 리빙랩 구민참여단'을 구성·운영한다", None, D, ["smart-city", "citizen-participation"], "plan"),
        C("4차 산업 혁명시대의 혁신 기술을 활용해 '스마트도시과'를 중심으로 다양한 사업을 펼쳐나갈 계획", K, D,
          ["smart-city", "fourth-industrial-revolution"], "plan"),
    ],
    not_claims=["종로구청사 전경(제공:종로구)", "4차산업시대 혁신기술 도시에 적용한다",
                "계정을 선택하시면 로그인·계정인증을 통해"])

G_, D = "gu-in-mo", "2018-11-22"
G["t-03-urinews.txt"] = dict(
    metadata=dict(headline="거창군, 대학생들과 청년+지역사회 토크콘서트 개최", published="2018-11-22T14:29+09:00",
                  reporter="박인수", outlet="경남우리신문", jurisdiction="48880"),
    officials=[G_],
    claims=[
        C("창업 로드맵을 제시하는 일자리정책 시행, 안정적인 주거정책", None, D,
          ["jobs", "startup-support", "housing", "education", "public-health", "agriculture"], "statement", "거창대학 학생들"),
        C("거창군도 좋은 일자리 창출로 청년들을 모으고", G_, D, ["jobs", "youth-policy"], "plan"),
        C("콘서트 현장의 생생한 목소리가 최대한 녹아드는 정책을 펼치겠다고 전했다", G_, D, ["youth-policy"], "plan"),
        C("공공일자리 수요증대를 위해", None, D, ["jobs", "youth-policy"], "plan"),
    ],
    not_claims=["지금은 젊은 거창을 만들기 위해 모두가 한마음으로 고민해야할 절박한 시기다",
                "거창군, 대학생들과 청년+지역사회 토크콘서트 개최"])

K, D = "kim-gyeong-su", None
G["t-04-pressian.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="48"),
    officials=[K],
    claims=[
        C("낙동강 본류 외 새로운 취수원 발굴해 안전한 수돗물 공급을 신속하게 추진하겠다", K, D, ["water-supply"], "plan"),
        C("낙동강 표류수를 상수원수로 사용하는데 대한 불안감에 따른 조치이다", None, D, ["water-supply"], "statement"),
        C("그 과도기 동안 주민들이 깨끗하고 안전한 물을 마실 수 있도록", K, D, ["water-supply"], "plan"),
        C("낙동강 수질 개선 사업은 정부의 한국판 뉴딜에 포함돼야 한다", K, D, ["water-supply"], "plan"),
        C("다음달 5일 정부에 공식적으로 요구하겠다", K, D, ["water-supply"], "plan"),
        C("동남권 지역 주민들이 깨끗하고 안전한 물을 마시는 것은 권리다", K, D, ["water-supply"], "statement"),
        C("깨끗하고 안전한 물을 제공하는 것은 정부와 국가의 의무이다", K, D, ["water-supply"], "statement"),
        C("오염원에 대한 전수조사와 공공 폐수·하수처리시설의 점검, 정수장 대응능력 강화 등 관련 대책을 마련해 시행 중에 있다", None, D, ["water-supply"], "statement"),
    ],
    not_claims=["영남권 5개 시·도지사가 모여 논의한 내용이다", "전체댓글 0"])

S, D = "shin-sang-jin", None
G["t-05-ajunews.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="41130"),
    officials=[S],
    claims=[
        C("기업 하기 좋은 4차산업 특별도시 성남을 만들기 위한 올해 중점 추진사업과 주요 청사진을 제시했다", S, D,
          ["investment-attraction", "fourth-industrial-revolution"], "plan"),
        C("시정 주요 추진계획으로 대한민국 선도 첨단 4차산업 특별도시 구축", S, D,
          ["fourth-industrial-revolution", "education", "culture-tourism", "urban-regeneration"], "plan"),
        C("성남시의료원을 대학병원 위탁을 거쳐 우수한 의료진을 안정적으로 확보한 후", S, D, ["public-health"], "plan"),
        C("산후 조리비를 최대 100만원까지 지원하고, 맞벌이 가정 돌봄 공백 해소를 위한 해님달님 놀이터를 운영해", S, D, ["childcare-birth"], "plan"),
        C("청년들의 결혼이 성사될 수 있도록 솔로몬 정책 등을 활성화시키겠다고 힘줘 말했다", S, D, ["childcare-birth", "youth-policy"], "plan"),
    ],
    not_claims=["희망의 미래 50년을 여는 ‘새로운 성남’의 길로 힘차게 달려가겠다",
                "공정과 혁신 시정의 토대 위에 선제·창의적인 행정으로",
                "시민 한분 한분 목소리에 귀 기울이는 소통핸정을 이어간다"])

P, D = "park-won-soon", None
G["t-06-bbsi.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="박준상", outlet="BBS", jurisdiction="11"),
    officials=[P],
    claims=[
        C("서울시는 올해 저출산과 청년 문제 해결에 초점을 맞추고 집중적인 투자를 할 계획을 세워놓고 있습니다", None, D,
          ["childcare-birth", "youth-policy"], "plan"),
        C("가장 먼저 손에 꼽은 것은 바로 ‘저출산 문제’", P, D, ["childcare-birth"], "plan"),
        C("국공립 어린이집을 올해 천500개소까지 확대할 것이라고 밝혔습니다", P, D, ["childcare-birth"], "target"),
        C("출산과 보육에 공공책임제 모델을 만들고 정착되게 하겠습니다", P, D, ["childcare-birth"], "plan"),
        C("올해부터 보육 지원과 함께 청년세대의 비혼 문제를 해결하는 데 집중합니다", None, D, ["childcare-birth", "youth-policy"], "plan"),
        C("주거와 일자리, 자녀 양육 문제에 대한 복합대책을 추진하겠다는 겁니다", None, D, ["housing", "jobs", "childcare-birth"], "plan"),
        C("모자보건소를 만든 서초구와 양육지원금을 확대한 강남구", None, D, ["childcare-birth"], "statement"),
        C("서울시가 올해 주력하는 또 하나의 키워드는 미래세대인 ‘청년’입니다", None, D, ["youth-policy"], "plan"),
        C("월 50만 원씩 취업장려금을 주는 ‘청년수당’과", None, D, ["youth-policy", "housing", "jobs"], "plan"),
    ],
    not_claims=["박원순 서울시장 - 서울시 신년인사회", "서울시가 올해 주력할 몇 가지 과제들을 발표했습니다",
                "사랑과 미래와 혁신에 투자하는 시민의 삶을 바꾸는 10년 혁명을 완성하려고 합니다",
                "서울시의회에도 올해 첫 조례로 청년들의 주거", "BBS 신년기획보도입니다"])

S, D = "song-cheol-ho", "2019-09-10"
G["t-07-donga.txt"] = dict(
    metadata=dict(headline="울산시, 2조원 투입해 4600개 일자리 창출", published="2019-09-11T03:00+09:00",
                  reporter="정재락", outlet="동아일보", jurisdiction="31"),
    officials=[S],
    claims=[
        C("2조 원을 투입해 약 4600개의 일자리를 창출하는 것을 골자로 한", None, D, ["jobs"], "target"),
        C("3개 기업이 친환경자동차 플랫폼 구축에 3686억 원을 투자해 940개의 일자리를 창출한다", S, D,
          ["jobs", "investment-attraction", "future-vehicles"], "target"),
        C("2개 기업이 7214억 원을 투자해 3500개 일자리를 만든다", S, D, ["jobs", "investment-attraction", "culture-tourism"], "target"),
        C("4개 기업이 9943억 원을 투자해 150개의 일자리를 만든다", S, D, ["jobs", "investment-attraction"], "target"),
        C("10개 기업으로부터 투자를 이끌어냈다", S, D, ["investment-attraction"], "achievement"),
        C("앞으로도 안정적인 일자리를 늘려 울산 경제의 활력과 재도약을 이뤄 나가겠다", S, D, ["jobs"], "plan"),
    ],
    not_claims=["#일자리 창출#울산형 일자리#송철호 울산시장", "‘울산형 일자리 창출 로드맵’ 발표", "울산시, 2조원 투입해 4600개 일자리 창출"])

L, D = "lee-jae-myung", "2019-05-28"
G["t-08-jobinfo.txt"] = dict(
    metadata=dict(headline=None, published="2019-05-29T11:49+09:00", reporter=None, outlet=None, jurisdiction="41"),
    officials=[L],
    claims=[
        C("그래서 청년기본소득정책을 확대해 나갈 계획", L, D, ["youth-policy"], "plan"),
        C("가장 안타깝게 생각한 것은 청년들에 대한 정책이 거의 없다는 것이다", L, D, ["youth-policy"], "criticism"),
        C("그 중 제일 지원 정책이 없는 나이대가 바로 여러분들", L, D, ["youth-policy", "welfare"], "criticism"),
        C("기본 복지제도로는 도저히 (청년문제) 극복이 불가능하기 때문에", L, D, ["welfare", "youth-policy"], "statement"),
        C("특히 청년층에 대한 지원은 사지가 멀쩡한데 라면서 반감이 많다", L, D, ["youth-policy"], "statement"),
        C("20% 정도 되는 청년들이 신청을 안 해서 못 받는다고 한다", L, D, ["youth-policy"], "statement"),
    ],
    not_claims=["‘경기도 청년기본소득 락(樂) 페스티벌’에 참석해", "우리 청년의 미래가 없다",
                "청년기본소득 제도를 경기도뿐 아니라 대한민국에 많이 알려주시기 바란다", "주변에 홍보해주시기 바란다",
                "청년기본소득 배당을 받은 분들이 인스타그램에 올린 얘기 중에"])

D = "2019-04-19"
G["t-09-ccnnews.txt"] = dict(
    metadata=dict(headline="대전교육청, 올해 1차 무상급식 지원 모든 학교 확대 시행", published="2019-04-19",
                  reporter="김용우", outlet=None, jurisdiction="30"),
    officials=["seol-dong-ho"],
    claims=[
        C("공립 및 사립 전체 556교에 대해 1차 무상급식 예산 488억원을 지원한다고 밝혔다", None, D, ["education"], "plan"),
        C("2019년부터는 유치원에서 고등학교까지 무상급식을 확대 시행함에 따라", None, D, ["education"], "achievement"),
        C("가정에서 학부모가 부담하는 교육비 일부를 경감하였다", None, D, ["education"], "achievement"),
        C("학교급식의 질을 높이는데 앞으로도 최선을 다할 것이다", "seol-dong-ho", D, ["education"], "plan"),
    ],
    not_claims=["대전 유·초·중·고 총 193,319명 학생 488억 지원", "대전교육청사",
                "대전교육청, 올해 1차 무상급식 지원 모든 학교 확대 시행"])

R, D = "lee-jae-jun", None
G["t-10-kgnewskorea.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="이병채", outlet="KG뉴스코리아", jurisdiction="41110"),
    officials=[R, "kim-dong-yeon"],
    claims=[
        C("지속적으로 지역화폐 증액에 힘써달라", R, D, ["small-merchants"], "plan"),
        C("가장 성과가 좋고 파괴력 있는 정책이 지역화폐", R, D, ["small-merchants"], "statement"),
        C("매년 200억원 내지 300억원의 지역화폐 발행을 하면 총규모 3000억원의 매출이 오른다", R, D, ["small-merchants"], "statement"),
        C("그 중 1000억원 정도가 지역화폐를 발행해서 얻는 수익", R, D, ["small-merchants"], "statement"),
        C("지난해 같은 경우 200억원을 투자해 1000억원의 효과를 봤다", R, D, ["small-merchants"], "achievement"),
        C("지역화폐라도 충분히 발행해서 동네 매출이 오르고 골목 경제가 활성화되면", None, D, ["small-merchants"], "statement", "이재명"),
        C("'지역상권 보호도시 종합 추진계획'을 수립했다", None, D, ["small-merchants"], "achievement"),
        C("2026년까지 총 25곳의 골목형상점가를 지정해 다양한 공모사업 등을 지원할 계획이다", None, D, ["small-merchants"], "target"),
        C("지역화폐 가맹점 등록 기준도 연매출 30억원 이하로 상향 적용돼", None, D, ["small-merchants"], "statement"),
    ],
    not_claims=["나라 전체로 경제가 너무 어렵다", "수원지역 국회의원들과 함께 못골종합·영동시장을 돌며 지역 소상공인들과 만났다",
                "지역사랑상품권 국고 지원을 위한 의견을 청취했다", "<저작권자 ⓒ KG뉴스코리아, 무단 전재 및 재배포 금지>"])

for f, g in G.items():
    out = {"article": f, **g}
    json.dump(out, open(f"/work/blind/set-t/gold/{f}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(sum(len(g["claims"]) for g in G.values()), {f: len(g["claims"]) for f, g in G.items()})
