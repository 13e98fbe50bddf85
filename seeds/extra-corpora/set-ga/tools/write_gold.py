"""Write set-ga gold files. Claim rows: (quote, speaker, date, policies, kind[, speaker_name])."""
import json, pathlib
G = pathlib.Path(__file__).resolve().parent.parent / "gold"
S = {}
def art(name, meta, officials, claims, not_claims):
    rows = []
    for c in claims:
        d = {"quote": c[0], "speaker": c[1], "date": c[2], "policies": c[3], "kind": c[4]}
        if len(c) > 5: d["speaker_name"] = c[5]
        rows.append(d)
    S[name] = {"article": name, "metadata": dict(zip(["headline", "published", "reporter", "outlet", "jurisdiction"], meta)),
               "officials": officials, "claims": rows, "not_claims": not_claims}

D = "2021-01-18"
art("ga-01-sijung.txt", ["종로구, ‘스마트도시과’ 신설… 스마트도시 조성 박차", "2021-01-18T10:47+09:00", "이승열", "시정일보", "11110"],
    ["kim-yeong-jong"], [
    ("‘스마트도시과’를 신설하고 스마트도시 조성에 본격적으로 뛰어들었다", None, D, ["smart-city"], "achievement"),
    ("ICT 기술을 융·복합한 ‘스마트도시’ 구현, 도시의 지속가능성 제고, 새로운 산업 육성에 매진할 계획이다", None, D, ["smart-city"], "plan"),
    ("‘스마트도시 리빙랩 구민참여단’을 구성·운영한다", None, D, ["smart-city", "citizen-participation"], "plan"),
    ("해결방안 모색에 정보통신기술을 적극적으로 활용할 계획이다", None, D, ["smart-city"], "plan"),
    ("빅데이터 및 사물인터넷(IoT) 기술 등을 교통, 환경, 복지, 경제, 안전, 행정 등 구정 전 분야에 골고루 접목시키는 것", None, D, ["smart-city", "fourth-industrial-revolution"], "plan"),
    ("관련 산업 활성화와 도시경쟁력 강화를 꾀하며, 관리기능을 제고하는 효과를 기대한다", None, D, ["smart-city"], "statement"),
    ("스마트도시과는 스마트정책팀, 스마트사업팀, 기반시설구축팀 등 3개 팀으로 구성돼 있다", None, D, ["smart-city"], "statement"),
    ("스마트정책팀은 스마트도시 사업 발굴, 지역 실정에 맞는 관련 계획 수립, 직원교육, 조례관리 등을 담당한다", None, D, ["smart-city"], "statement"),
    ("스마트사업팀은 주민의견 수렴과 부서 협업을 통해", None, D, ["smart-city"], "statement"),
    ], ["‘스마트도시’ 구현, 도시 지속가능성 제고, 신산업 육성 매진", "3월까지 조례 제정, 리빙랩 주민참여단 구성", "승인 2021.01.18 10:47"])

D = "2021-04-21"
art("ga-02-seoul.txt", ["오세훈 “청년들 희망 갖는 서울 만들 것...공정과 상생이 답”", "2021-04-22T10:48+09:00", "임효진", "서울신문", "11"],
    ["oh-se-hoon"], [
    ("청년이 희망을 가질 수 있는 ‘청년서울’을 만들겠다고 말했다", "oh-se-hoon", D, ["youth-policy"], "plan"),
    ("서울이 상생과 공정을 바탕으로 2030세대를 위한 정책 마련에 앞장서 나가겠다", "oh-se-hoon", D, ["youth-policy"], "plan"),
    ("10%를 상회하는 청년 실업률에 바늘구멍 같은 취업의 관문을 뚫어도", "oh-se-hoon", D, ["youth-policy", "jobs"], "statement"),
    ("청년들이 기회와 일자리를 얻는 서울", "oh-se-hoon", D, ["youth-policy", "jobs"], "plan"),
    ("그 희망을 갖는 것이 당연한 ‘청년서울’을 만들겠다", "oh-se-hoon", D, ["youth-policy"], "plan"),
    ], ["청년들 희망 갖는 서울 만들 것...공정과 상생이 답",
        "취업, 주거, 교육과 관련한 현실적인 어려움을 직접 들었다",
        "최선을 다해 취업 준비를 하는 우리의 청년들이 대견하다",
        "모든 것의 시작점은 불공정과 불평등",
        "동대문디자인플라자(DDP) 화상 스튜디오 ‘서울-온’에서 진행한 취임식에 참석했다"])

D = "2025-09-30"
art("ga-03-siminilbo.txt", ["김길성 중구청장, 추석 앞두고 전통시장·골목상권 방문", "2025-10-01T15:29:03+09:00", "여영준", "시민일보", "11140"],
    ["kim-gil-seong"], [
    ("김길성 서울 중구청장이 전통시장과 골목형상점가를 찾았다", None, D, ["small-merchants"], "statement"),
    ("을지명보골목형상점가를 차례대로 방문해 상인들을 만나 격려하며 현장의 목소리를 청취했다", None, D, ["small-merchants"], "statement"),
    ("11월에는 중구시장 곳곳에 매립식 소화장치가 설치될 예정", "kim-gil-seong", D, ["disaster-safety", "small-merchants"], "plan"),
    ("상인과 주민 모두가 안심하고 이용할 수 있는 시장을 만들겠다", "kim-gil-seong", D, ["small-merchants", "disaster-safety"], "plan"),
    ("지난 8월 새롭게 지정된 을지명보골목형상점가로 발걸음을 옮긴 김 구청장은 상인들과 간담회를 열었다", None, D, ["small-merchants"], "statement"),
    ], ["최병천 상인회장에게 서울특별시장 표창장을 전달했다",
        "‘2025 전통시장 활성화 유공시민’에 선정됐다",
        "따뜻한 공동체 정신으로 상권을 지켜주신 상인회에 감사드린다",
        "소방시설과 위생 상태까지 꼼꼼히 살폈다",
        "김길성 중구청장이 백학시장에 방문해 상인들과 인사하며 추석맞이 장을 보고 있다"])

D = "2026-02-09"
art("ga-04-seoul.txt", [None, "2026-02-09", "송현주", "서울신문", "11305"],
    ["lee-sun-hui"], [
    ("지역 전통시장과 골목형 상점가를 순회하며 민생 현장 의견을 청취한다고 9일 밝혔다", None, D, ["small-merchants"], "plan"),
    ("순회는 전통시장과 골목형 상점가 등 16곳을 대상으로", None, D, ["small-merchants"], "statement"),
    ("전통시장 이용 분위기를 조성하고, 주민과 상인들의 현장 의견을 구정에 반영하기 위해 마련됐다", None, D, ["small-merchants"], "statement"),
    ("삼양·솔샘 골목형 상점가 등 지역 곳곳을 방문한다", None, D, ["small-merchants"], "statement"),
    ("현장에는 관할 동장과 시장 관계자가 함께해 상인들과의 소통을 지원한다", None, D, ["small-merchants"], "statement"),
    ("지역 상권 활성화를 위한 의견을 폭넓게 들을 계획이다", None, D, ["small-merchants"], "plan"),
    ("실질적인 지원 방안을 검토한다는 방침이다", None, D, ["small-merchants"], "plan"),
    ("전통시장과 골목상권을 중심으로 주민과 상인의 의견을 듣는 데 중점을 두고 있다", None, D, ["small-merchants"], "statement"),
    ("현장 중심의 소통을 통해 지역경제에 활력을 불어넣을 수 있도록 노력하겠다", None, D, ["small-merchants"], "plan"),
    ], ["이달 5~12일 전통시장·골목형상점가 방문",
        "이순희(오른쪽) 강북구청장이 설 명절을 맞아 지난 5일 시장을 방문해"])

D = "2022-04-13"
art("ga-05-fnnews.txt", ["인천시, 소공인지원사업 설명회 개최", "2022-04-13T10:07+09:00", "한갑수", "파이낸셜뉴스", "28"],
    [], [
    ("올해 소공인 지원사업을 설명하고 각종 건의사항을 경청하는 자리를 마련한다고 13일 밝혔다", None, D, ["small-merchants"], "plan"),
    ("기술 장인과 기계장비 소공인이 밀집한 지역이다", None, D, ["small-merchants"], "statement"),
    ("인천지역 최초로 인천 소재·부품·장비산업 허브단지로 지정됐다", None, D, ["small-merchants"], "achievement"),
    ("지역 소공인들에게 특화된 사업을 진행하며 소공인들의 성장·발전을 이끌고 있다", None, D, ["small-merchants"], "achievement"),
    ("올해 주요 사업은 스마트교육, 공동플랫폼 구축, 기업 홍보물 제작, 시제품 제작, 기업편람 제작 등이 있다", None, D, ["small-merchants"], "statement"),
    ("올해 센터사업에 대한 내용과 함께 지원사업 신청방법 및 제출서류 작성방법 등을 상세히 안내할 예정이다", None, D, ["small-merchants"], "plan"),
    ("소공인들의 목소리를 사업에 적극 반영할 계획", None, D, ["small-merchants"], "plan", "조인권"),
    ], ["인천시, 소공인지원사업 설명회 개최", "설명회는 소공인 사업에 관심이 있는 누구나 무료로 참석 가능하다"])

D = "2019-02-28"
art("ga-06-cunews.txt", ["인천시, 신규공무원 1,962명 선발, 역대 최다 규모", "2019-02-28T21:09+09:00", "홍성찬", "연합시민의소리", "28"],
    ["park-nam-chun"], [
    ("올해 신규지방공무원 1,962명을 채용한다고 밝혔다", None, D, ["jobs"], "target"),
    ("2004년 보다 2배 이상 증가된 채용 규모다", None, D, ["jobs"], "statement"),
    ("공공부문 일자리 창출을 통한 청년실업 해소에 역점을 두었기 때문이다", None, D, ["jobs", "welfare", "youth-policy"], "statement"),
    ("직급별 채용규모는 7급 32명", None, D, ["jobs"], "statement"),
    ("장애인 94명과 저소득층 45명을 채용하고", None, D, ["welfare", "jobs"], "target"),
    ], ["인천시, 신규공무원 1,962명 선발, 역대 최다 규모",
        "시험 운영의 효율성을 높이고 시와 구간 인사교류 활성화도 도모할 수 있게 되었다",
        "2회에 걸쳐 필기시험을 보게 되며"])

art("ga-07-edaily.txt", [None, None, "이종일", "이데일리", "28245"],
    ["park-hyeong-u"], [
    ("마지막 남은 임기 1년 동안 안전한 행복도시 구현에 최선을 다하겠다", "park-hyeong-u", None, ["disaster-safety"], "plan"),
    ("구민의 안전과 건강을 최우선으로 정책을 추진하고 있다", "park-hyeong-u", None, ["public-health", "disaster-safety"], "statement"),
    ("보건소 건립 공사는 내년 상반기 준공을 목표로 차질 없이 하고 있다", "park-hyeong-u", None, ["public-health"], "statement"),
    ("주민에게 보편적 보건혜택을 제공하기 위해 지속적으로 노력하겠다", "park-hyeong-u", None, ["public-health"], "plan"),
    ("내년까지 100억원의 기금을 확보하고 계양 인재의 꿈을 지원하겠다", "park-hyeong-u", None, ["education"], "target"),
    ("효성·작전 권역에 청소년문화의집을 짓고 있다", "park-hyeong-u", None, ["culture-tourism"], "statement"),
    ("청소년을 위한 교육·문화·예술 등 최신 교육플랫폼을 제공하는 문화공간으로 만들겠다", "park-hyeong-u", None, ["education", "culture-tourism"], "plan"),
    ], ["공공체육시설도 확충해 다양한 생활체육 인프라를 조성하겠다",
        "민선 7기까지 12년째 구정을 이끌고 있다",
        "박 구청장은 내년 지방선거에는 출마할 수 없다"])

art("ga-08-newscj.txt", [None, None, "김미정", "천지일보", "28710"],
    ["yu-cheon-ho"], [
    ("농업경쟁력 향상을 위해 ‘2020년 농업보조사업’을 확대 지원한다", None, None, ["agriculture"], "plan"),
    ("36억 8000만원의 예산을 들여 농산물 저온저장고 378동, 곡물건조기 100대, 농업용 관정 150동 등을 지원할 계획이라고 6일 밝혔다", None, None, ["agriculture"], "target"),
    ("농특산물 포장재 지원사업 등 5개 사업이며", None, None, ["agriculture"], "statement"),
    ("농업 생산과 유통 분야에서 다양한 보조사업을 시행한다", None, None, ["agriculture"], "achievement"),
    ("밭 1000㎡ 미만 소규모 농가도 지원받을 수 있도록 자격을 확대했다", None, None, ["agriculture"], "achievement"),
    ("‘밭면적 1000㎡ 이상 농업인’에 지원하도록 기준을 대폭 완화했다", None, None, ["agriculture"], "achievement"),
    ("인천시와 지속적인 협의를 통해 지원기준을 대폭 완화했다", "yu-cheon-ho", None, ["agriculture"], "achievement"),
    ("앞으로도 지역 농산물의 안정", "yu-cheon-ho", None, ["agriculture"], "plan"),
    ], ["유천호 “농업인 혜택 완화… 실질적 도움 정책 펼칠 것”",
        "인천 강화군 농업보조사업 지원 확대. (제공: 인천 강화군) ⓒ천지일보 2020.2.6",
        "그 외 사업별 세부내역은 강화군청 홈페이지를 참고하거나"])

art("ga-09-kmib.txt", [None, None, "김민", "국민일보", "28"],
    ["yoo-jeong-bok"], [
    ("유정복 시장이 제2회 저탄소도시 국제포럼에서 ‘2045 인천시 탄소중립 비전’을 선언했다고 밝혔다", "yoo-jeong-bok", None, ["climate-carbon"], "plan"),
    ("인천의 탄소중립 실현 시점을 국가온실가스 감축목표(NDC)보다 5년 앞당긴 2045년으로 정했다", None, None, ["climate-carbon"], "target"),
    ("이를 위한 4대 정책 방향과 15대 추진과제도 선언에 담았다", None, None, ["climate-carbon"], "statement"),
    ("4대 정책 방향은 저탄소 경제·생태도시 조성, 맞춤형 시민 기후행동 확대", None, None, ["climate-carbon"], "statement"),
    ("탄소중립의 대전환을 준비하는 비전과 로드맵 실천을 더욱 강화하고", "yoo-jeong-bok", None, ["climate-carbon"], "plan"),
    ("탄소중립 조기 실현을 위해 시민들의 적극적인 지지와 동참", "yoo-jeong-bok", None, ["climate-carbon"], "statement"),
    ], [])

if __name__ == "__main__":
    G.mkdir(exist_ok=True)
    for name, g in S.items():
        (G / f"{name}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(g["claims"]))
    print("total", sum(len(g["claims"]) for g in S.values()))
