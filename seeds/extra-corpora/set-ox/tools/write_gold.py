"""Writes set-ox gold files (hand annotation, blind)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
G = {}

def c(quote, policies, kind, date, speaker=None, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d

# ox-01 고흥: the detail markup prints no date -> undated, every claim date null
G["ox-01-goheung-pressrelease.html"] = {
 "metadata": {"headline": "고흥군, 농산물 스마트 공급센터 준공... 산지 유통 혁신 포문 열다",
              "published": None, "reporter": None, "outlet": "고흥군", "jurisdiction": "46770"},
 "officials": [],
 "claims": [
  c("고흥군은 지역 농산물의 수급 조절과 산지 유통 경쟁력 강화를 위한 농산물 스마트 공급센터 준공식을 개최하고 본격적인 운영에 들어갔다고 밝혔다", ["agriculture"], "achievement", None),
  c("센터 1층에는 고품질 농산물 출하를 위한 스마트 공동 선별장, 소포장실, 저온 냉장창고, 위생검수실을 갖춰 농산물의 안전성과 상품성을 높였다", ["agriculture"], "achievement", None),
  c("군은 앞으로 토마토 재배 농가와 연계해 공동 선별·출하 시스템을 본격적으로 가동하고 안정적인 운영 관리와 농가 지원에 역량을 집중하겠다고 말했다", ["agriculture"], "plan", None),
 ],
 "not_claims": ["산지 유통 혁신 포문 열다",
                "이날 준공식은 풍물놀이 식전공연을 시작으로 개식, 경과보고, 기념사, 참여농가 답사, 축사, 기념 색줄 자르기와 시설 시찰 순으로 진행됐다",
                "공공누리 안내"],
}

D2 = "2026-07-21"
G["ox-02-namwon-pressrelease.html"] = {
 "metadata": {"headline": "남원시 작물 병해충 선제 대응 나선다",
              "published": "2026-07-21", "reporter": None, "outlet": "남원시", "jurisdiction": "52190"},
 "officials": [],
 "claims": [
  c("남원시농업기술센터는 최근 고온다습한 날씨와 이상기후로 작물에 병해충이 늘고 있어 농촌진흥청, 전북특별자치도농업기술원과 함께 벼에 발생하는 병해충과 과수에 발생하는 탄저병을 현장에서 살피고 방제하는 기술을 지원한다", ["agriculture"], "plan", D2),
  c("남원시농업기술센터는 7월부터 9월까지 모두 네 차례에 걸쳐 벼에 발생하는 병해충을 예찰한다", ["agriculture"], "plan", D2),
  c("벼멸구와 흰등멸구, 혹명나방 등 외부에서 들어오는 해충과 도열병, 깨씨무늬병 등을 중점적으로 살핀다", ["agriculture"], "plan", D2),
 ],
 "not_claims": ["남원시 작물 병해충 선제 대응 나선다",
                "작물에 발생하는 병해충은 초기에 발견해 신속하게 방제할수록 확산을 막고 피해를 줄일 수 있다",
                "병해충이 이미 넓게 퍼진 뒤에는 방제 효과가 크게 떨어지고, 농가가 부담해야 하는 약제비와 노동력도 늘어난다"],
}

D3 = "2026-07-21"
G["ox-03-jeongeup-pressrelease.html"] = {
 "metadata": {"headline": "낮엔 물놀이·밤엔 음악분수…정읍 여름 명소 25일 문 연다",
              "published": "2026-07-21", "reporter": None, "outlet": "정읍시", "jurisdiction": "52180"},
 "officials": [],
 "claims": [
  c("정읍시는 여름 휴가철과 방학을 맞아 오는 25일부터 정읍천 미로분수 물놀이장과 내장산 워터파크 음악분수를 운영한다", ["culture-tourism"], "plan", D3),
  c("시민과 관광객들은 낮에는 물놀이를, 밤에는 음악분수 공연을 즐길 수 있다", ["culture-tourism"], "statement", D3),
  c("내장산 워터파크 음악분수는 시설 정비를 마치고 오는 25일부터 10월 말까지 공연을 선보인다", ["culture-tourism"], "plan", D3),
  c("공연은 평일 오후 8시와 9시 등 하루 2차례 열리며, 주말과 공휴일에는 오후 3시와 5시, 8시, 9시 등 하루 4차례 운영한다", ["culture-tourism"], "statement", D3),
  c("시는 노후한 분사구와 배관 등을 정비하고 새로운 공연 곡도 추가했다", ["culture-tourism"], "achievement", D3),
  c("음악에 맞춘 화려한 조명과 다양한 분수 연출을 통해 관람객들에게 풍성한 볼거리를 선보일 예정이다", ["culture-tourism"], "plan", D3),
 ],
 "not_claims": ["정읍 여름 명소 25일 문 연다"],
}

D4 = "2026-07-03"
G["ox-04-gyeryong-pressrelease.html"] = {
 "metadata": {"headline": "계룡시, 민선9기 기관·단체 방문 시작…자율방재단과 첫 소통",
              "published": "2026-07-03", "reporter": None, "outlet": "계룡시", "jurisdiction": "44250"},
 "officials": ["lee-eung-u"],
 "claims": [
  c("충남 계룡시는 민선9기 출범을 맞아 추진하는 유관기관·단체 방문의 첫 일정으로 계룡시 자율방재단을 찾아 단원들과 소통하는 시간을 가졌다고 밝혔다", ["citizen-participation"], "statement", D4),
  c("이번 방문은 민선9기 시정의 핵심 가치인 시민과의 소통을 바탕으로 현장 중심 행정을 실천하고 지역사회 각 분야에서 활동하는 기관·단체와 협력체계를 강화하기 위해 마련됐다", ["citizen-participation"], "statement", D4),
  c("시는 기관별 주요 현안과 다양한 의견을 직접 듣고 이를 시정에 적극 반영해 시민이 체감하는 행정을 실현해 나갈 계획이다", ["citizen-participation"], "plan", D4),
  c("이응우 시장은 자율방재단 관계자들과 간담회를 갖고 여름철 자연재난 대응 현황을 점검하는 한편 현장 활동 과정의 어려운 점과 건의사항을 청취했다", ["disaster-safety"], "statement", D4),
  c("시는 앞으로도 자율방재단과 긴밀한 협력체계를 유지하며 시민이 안심하고 생활할 수 있는 안전한 도시 조성에 힘쓸 계획이다", ["disaster-safety"], "plan", D4),
 ],
 "not_claims": ["자율방재단과 첫 소통"],
}

D5 = "2026-07-20"
G["ox-05-cheongyang-pressrelease.html"] = {
 "metadata": {"headline": "김홍열 청양군수, 민선9기 첫 ‘주민과의 대화’ 성료",
              "published": "2026-07-20", "reporter": None, "outlet": "청양군", "jurisdiction": "44790"},
 "officials": ["kim-hong-yeol"],
 "claims": [
  c("민선 9기 군정 운영의 핵심 가치인 현장 행정을 실현하기 위한 10개 읍·면 주민과의 대화를 성공적으로 마무리했다", ["citizen-participation"], "achievement", D5),
  c("이번 주민과의 대화는 민선9기 출범에 맞춰 군정 비전과 주요 정책 방향을 군민과 직접 공유하고 주민 생활 현장의 생생한 목소리를 군정에 적극적으로 반영하기 위해 마련됐다", ["citizen-participation"], "statement", D5),
  c("김홍열 군수는 주민들의 건의사항을 일일이 기록하며 적극적인 해결의지를 보였다", ["citizen-participation"], "statement", D5),
  c("즉시 처리가 가능한 생활 불편 사항은 신속히 조치하고 중장기적인 검토나 예산확보가 필요한 사업은 관련 부서의 협의를 거쳐 구체적인 로드맵을 마련해 주민들에게 알릴 계획이다", ["citizen-participation"], "plan", D5),
 ],
 "not_claims": ["현장 청취 통해 현장 밀착형 건의 수렴…신속 해결 및 군정 적극 반영",
                "민선9기 첫 ‘주민과의 대화’ 성료",
                "공공누리 안내"],
}

# ox-06 거창 (뉴시스): no publication date in the text ('23일' only; '2024년' is the contest's name) -> dates null
G["ox-06-newsis.txt"] = {
 "metadata": {"headline": None, "published": None, "reporter": "서희원", "outlet": "뉴시스", "jurisdiction": "48880"},
 "officials": [],
 "claims": [
  c("경남 거창군은 결혼·출산·육아에 대한 관심을 유도하고 가족 친화적인 사회 분위기를 조성하는 등 저출산 극복에 대한 사회적 공감대를 형성하기 위해 ‘2024년 제4회 거창군 가족사진 공모전’을 개최한다고 23일 밝혔다", ["childcare-birth"], "plan", None),
  c("이번 공모전의 주제는 ‘가족과 함께하는 모든 날, 모든 순간을 담아요’로", ["childcare-birth"], "statement", None),
 ],
 "not_claims": ["거창=뉴시스] 서희원 기자"],
}

D7 = "2026-07-21"
G["ox-07-danyang-pressrelease.html"] = {
 "metadata": {"headline": "시원한 여름축제의 시작… ‘2026 매화골 Hot Summer Festival’ 25일 개막",
              "published": "2026-07-21", "reporter": None, "outlet": "단양군", "jurisdiction": "43800"},
 "officials": [],
 "claims": [
  c("단양군 매포읍의 대표 여름축제인 ‘2026 매화골 Hot Summer Festival’이 오는 25일부터 26일까지 이틀간 열려 주민과 관광객들에게 시원하고 특별한 여름 추억을 선사한다", ["culture-tourism"], "plan", D7),
  c("이번 축제는 음악공연과 체험행사, 먹거리, 물놀이 프로그램 등 남녀노소 누구나 함께 즐길 수 있는 다채로운 콘텐츠로 꾸며진다", ["culture-tourism"], "plan", D7),
  c("축제 첫날에는 음악회가 열려 인기 가수들이 무대에 오르고, 다양한 세대가 함께 즐길 수 있는 공연과 경품 추첨 행사도 마련된다", ["culture-tourism"], "plan", D7),
  c("둘째 날에는 온 가족이 함께 참여할 수 있는 맨손 물고기 잡기 체험이 진행되고, 현장 참여 이벤트와 먹거리 장터도 운영된다", ["culture-tourism"], "plan", D7),
  c("이번 축제는 지역 주민과 관광객이 함께 어우러지는 참여형 축제로, 여름철 관광객 유치와 지역 상권 활성화에 활력을 불어넣을 것으로 기대된다", ["culture-tourism", "small-merchants"], "statement", D7),
 ],
 "not_claims": ["시원한 여름축제의 시작"],
}

if __name__ == "__main__":
    d = os.path.join(HERE, "..", "gold")
    os.makedirs(d, exist_ok=True)
    n = 0
    for name, g in G.items():
        out = {"article": name}
        out.update(g)
        with open(os.path.join(d, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")
        n += len(g["claims"])
        print(name, len(g["claims"]))
    print("claims", n)
