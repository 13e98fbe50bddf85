"""Write set-je gold files. C(quote, speaker, date, policies, kind); run: python3 tools/write_gold.py"""
import json
from pathlib import Path

G = Path(__file__).resolve().parent.parent / "gold"


def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name:
        c["speaker_name"] = name
    return c


def M(h, pub, rep, out, jur):
    return {"headline": h, "published": pub, "reporter": rep, "outlet": out, "jurisdiction": jur}


A = "agriculture"; IA = "investment-attraction"; W = "welfare"; J = "jobs"; CT = "culture-tourism"
WS = "water-supply"; UR = "urban-regeneration"; FIR = "fourth-industrial-revolution"; Y = "youth-policy"
GOLD = {}

d = "2015-06-10"
GOLD["je-01-kmib.txt"] = (M("남해군 맞춤형 귀농정책 큰 성과… 1분기 76가구 유입", "2015-06-11T02:02+09:00", "이영재", "국민일보", "48840"), [], [
    C("맞춤형 귀농·귀촌 정책으로 적잖은 성과를 내고 있다", None, d, [A], "achievement"),
    C("총 76가구(166명)가 유입됐다고 10일 밝혔다", None, d, [A], "achievement"),
    C("도시민 농어촌 유치사업이 효과를 발휘하고 있기 때문이다", None, d, [A], "achievement"),
    C("군은 올 상반기 선진지 견학 5회(200명)", None, d, [A], "achievement"),
    C("또 귀농·귀촌인 홍보 리플릿 4만부", None, d, [A], "achievement"),
    C("참가를 시작으로 이달 중 선진지 견학 및 남해체험투어, 아카데미 운영 등을 실시할 예정이다", None, d, [A], "plan"),
    C("귀농귀촌인 만남 프로그램 등도 추진할 방침이다", None, d, [A], "plan"),
    C("귀농·귀촌인들의 올바른 정착을 유도할 것", None, d, [A], "plan", "박재철"),
    C("귀농·귀촌 1번지의 명성을 확보해 나갈 것", None, d, [A], "plan", "박재철"),
], ["창원=이영재 기자", "남해군 맞춤형 귀농정책 큰 성과… 1분기 76가구 유입"])

d = "2023-05-08"
GOLD["je-02-kukinews.txt"] = (M("포항시, '배터리 도시' 입지 굳힌다", "2023-05-08T12:15+09:00", "성민규", None, "47110"), ["lee-gang-deok"], [
    C("이차전지 소재 분야 글로벌 기업들이 포항으로 몰려들고 있다", None, d, [IA], "statement"),
    C("올 상반기 5조원 규모의 투자 유치에 성공했다", None, d, [IA], "achievement"),
    C("향후 12조원 규모의 투자가 예정돼 있다", None, d, [IA], "statement"),
    C("포스코퓨처엠의 대규모 투자를 통해", None, d, [IA], "statement"),
    C("현재 국내·외 기업들의 투자가 잇따르고 있다", None, d, [IA], "statement"),
    C("국내·외 기업들이 입주할 부지는 200만㎡(60만평)에 달한다", None, d, [IA], "statement"),
    C("시는 기업들의 원활한 투자·입주를 지원하기 위해 인프라 조성에 박차를 가하고 있다", None, d, [IA], "statement"),
    C("동남권 전기자동차 산업 발전을 견인할 것으로 예상되고 있기 때문이다", None, d, ["future-vehicles"], "statement"),
    C("글로벌 기업들의 투자 지원을 위해 이차전지 특화단지 지정이 필요한 상황", "lee-gang-deok", d, [IA], "plan"),
], ["포항시, '배터리 도시' 입지 굳힌다", "올 상반기 투자 유치 5조, 향후 12조 투자 계획",
    "경북 포항시가 배터리 도시 입지를 공고히 하고 있다", "1조7000억원 규모의 투자를 결정했다",
    "세계 전구체 생산 1위 기업인 중국 CNGR의 투자도 이뤄지고 있다", "1조6000억원을 투자해 영일만4산단에",
    "이차전지 특화단지 지정 여부에 관심이 쏠린다", "포항이 이차전지 산업 글로벌 초격차 경쟁력 확보를 견인할 수 있도록 힘쓰겠다",
    "포항시청 전경. (포항시 제공)"])

GOLD["je-03-heraldcorp.txt"] = (M("범서읍 중부종합복지타운에 개소 “현장 중심 지원으로 만족도 제고”", "2025-09-01", "박동순", "헤럴드경제", "31710"), ["lee-sun-geol"], [
    C("울산 울주군민의 복지 증진을 위한 ‘울주복지재단’이 지난달 29일", None, "2025-08-29", [W], "achievement"),
    C("변화하는 복지 환경에 대응하고 맞춤형 복지체계를 마련하기 위해 설립됐다", None, "2025-09-01", [W], "statement"),
    C("복지관 8개소를 관할하면서 사회복지·정책·홍보 등 3개 분야, 9개 사업을 추진한다", None, "2025-09-01", [W], "statement"),
    C("‘사회복지시설 운영 및 지원’ 분야에서", None, "2025-09-01", [W], "statement"),
    C("현장 중심 복지 서비스로 행복한 울주를 만들어 가겠다", "lee-sun-geol", "2025-08-29", [W], "plan"),
], ["범서읍 중부종합복지타운에 개소 “현장 중심 지원으로 만족도 제고”", "[헤럴드경제(울산)=박동순 기자]"])

d = "2025-11-11"
GOLD["je-04-imaeil.txt"] = (M("기후와 기술, 그리고 사람… 안동 농업이 변한다", "2025-11-11T06:30+09:00", None, None, "47170"), [], [
    C("이라는 비전 아래 농업 혁신을 이어가고 있다", None, d, [A], "statement"),
    C("4대 축을 중심으로 미래 농업의 기반을 다져왔다", None, d, [A, FIR, Y], "achievement"),
    C("'지속 가능한 농업도시 안동'이 구체화되고 있다", None, d, [A], "statement"),
    C("'노지 스마트농업 시범사업'을 성공적으로 수행하며", None, d, [A], "achievement"),
    C("'데이터 기반 농업'으로의 전환을 추진중이다", None, d, [A, FIR], "statement"),
    C("과학과 기술이 함께 움직이는 농업으로 진화하고 있다", None, d, [A], "statement"),
], ["디지털·청년농업인·친환경·융복합 산업 등 4대축 농업 활성화", "스마트기술·인재·지역공동체 어우러진 '지속 가능한 농업도시'",
    "4대축 정책 추진에 나서고 있다. 안동시 제공", "오늘날 농촌은 데이터로 움직인다", "기술만으로 농업이 지속될 수는 없다",
    "안동 농업이 변한다"])

d = "2015-05-22"
GOLD["je-05-asiatoday.txt"] = (M("부산 사하구, 전국 일자리 대상 ‘최우수’", "2015-05-22T16:43+09:00", "김옥빈", None, "26380"), [], [
    C("목표대비 일자리 실적을 33%나 초과 달성했다", None, d, [J], "achievement"),
    C("다대포 해양관광단지 조성 등 지역특성에 맞춘 사업도 높은 점수를 받았다", None, d, [J, CT], "achievement"),
    C("민선6기 구정 운영도 큰 호응을 얻었다", None, d, [J, "labor-relations"], "achievement"),
    C("지속적으로 일자리 사업을 추진할 계획", None, d, [J], "plan"),
    C("민간 일자리 창출에도 적극 노력할 계획", None, d, [J], "plan"),
], ["부산 사하구, 전국 일자리 대상 ‘최우수’", "일자리 실적 33% 초과 달성, 노동부서 1억원 받아",
    "지역일자리 목표 공시제의 전년도 추진실적을 평가해 시상하고 있다"])

d = "2025-01-06"; JN = "ju-nak-yeong"
GOLD["je-06-breaknews.txt"] = (M("주낙영 경주시장, “역대 가장 성공적인 APEC 정상회의로 보답 ”", "2025-01-06T14:21+09:00", "박희경", "브레이크뉴스", "47130"), [JN], [
    C("24시간 분만 시스템 구축 등을 지난해 핵심 성과로 꼽았다", JN, d, [CT, "small-merchants", "public-health"], "achievement"),
    C("역대 최대 규모 재정이라고 평가했다", JN, d, ["disaster-safety", UR], "achievement"),
    C("경주의 위상을 드높였다고 설명했다", JN, d, [CT], "achievement"),
    C("Post-APEC 사업을 통해 그 성과가 이어지도록 노력하겠다고 포부를 밝혔다", JN, d, [CT], "plan"),
], ["주낙영 경주시장, “역대 가장 성공적인 APEC 정상회의로 보답 ”", "공직자들과 함께 시민들의 삶이 나아지고",
    "신년 언론인 간담회를 가지고 올해 시정운영 비전을 제시했다", "경주 발전을 위한 청사진을 제시했다",
    "2조 250억 원의 본예산을 올해 편성해"])

GOLD["je-07-pressian.txt"] = (M(None, None, None, None, "48170"), ["jo-gyu-il"], [
    C("항공우주와 첨단소재 부품 관련 시험인증과 연구기관이 위치해 있다", "jo-gyu-il", None, ["research-development"], "statement"),
    C("우수한 지역 인재들이 활발한 연구활동을 하고 있다", "jo-gyu-il", None, ["research-development"], "statement"),
], ["진주, 항공우주도시로 도약하겠다", "우주산업협력지구 위성특화지구로 지정했다",
    "항공우주 특별시 조성에 행정력을 집중해온 진주시와 36만 시민이 함께 이룬 결과이다",
    "그 중심에는 진주시가 있다", "우주경제 실현에 박차를 가하고 있다"])

HJ = "hong-joon-pyo"
GOLD["je-08-nocutnews.txt"] = (M(None, None, None, None, "27"), [HJ], [
    C("해평 취수장 공동이용에 발목을 잡고 있는 구미시를 향해", HJ, None, [WS], "criticism"),
    C("상수원을 구미공단 상류로 이전하는 예타비용 32억을 책정하여 준 일이 있었다", HJ, None, [WS], "achievement"),
    C("헛된 시간만 보낸 지난 13년 이였다", HJ, None, [WS], "criticism"),
    C("분노를 사고도 남을 충격적인 망언이었다", HJ, None, [WS], "criticism"),
    C("그런 식의 물 문제 해법은 하지 않을 것", HJ, None, [WS], "plan"),
    C("이런 사태는 더 이상 계속되어서는 안 된다", HJ, None, [WS], "criticism"),
    C("폐수방류를 하지 못하도록 특단의 조치를 강구할 수도 있다", HJ, None, [WS], "plan"),
    C("해평 취수장 공동 이용에 반대하는", HJ, None, [WS], "criticism"),
], ["위천공단이 부산시민들의 반대로 무산되었던 일을 잊었느냐", "홍준표 대구시장 페이스북 캡처"])

KC = "kim-cheol-hun"
GOLD["je-09-busan.txt"] = (M("영도 도시재생 적극 추진… 원도심 중심 지구로", None, "이상배", "부산일보", "26200"), [KC], [
    C("‘예술 도시 섬’으로 일구겠습니다", KC, None, [CT], "plan"),
    C("역점 사업으로 ‘경제기반형 도시재생 뉴딜사업’을 꼽았다", KC, None, [UR], "plan"),
    C("노후 공간을 정비해 고부가가치 산업으로 탈바꿈시키는 것을 목표로 한다", None, None, [UR], "statement"),
    C("총 2000억 원가량 예산이 투입되는 대규모 사업이다", None, None, [UR], "statement"),
    C("7000여 명 일자리가 창출돼 지역 경제에 상당히 도움이 될 것", KC, None, [UR, J], "target"),
    C("영도구가 원도심의 중심으로 바뀔 것이라는 게 그의 설명이다", KC, None, [UR], "statement"),
    C("9개 마을에 630억 원 규모의 도시재생 사업을 활발히 추진하고 있다", KC, None, [UR], "statement"),
], ["공약 32건 중 절반인 16건을 2년 동안 실행했다", "2년 연속 수상하기도 했다", "공약 이행률 100%를 달성해",
    "민선 7기 후반기 청사진 밝혀", "'수리조선 밀집지역 뉴딜' 역점", "천혜경관 살린 매력적 문화도시",
    "최근 경기 침체로 업계 전체가 어려움을 겪고 있다", "이상배 기자 sangbae@busan.com"])

if __name__ == "__main__":
    G.mkdir(exist_ok=True)
    n = 0
    for art, (meta, offs, claims, nots) in GOLD.items():
        doc = {"article": art, "metadata": meta, "officials": offs, "claims": claims, "not_claims": nots}
        (G / f"{art}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        n += len(claims)
        print(art, len(claims))
    print("total", n)
