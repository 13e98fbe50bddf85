"""Writes set-ns gold files (hand annotation)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
G = {}

def c(quote, policies, kind, date, speaker=None, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d

D = "2023-11-01"
G["ns-01-kyunghyang.html"] = {
 "metadata": {"headline": "고속도로 문화재 1호 ‘대전육교’, 아치교의 아름다움 살린 명품 관광자원으로 개발된다",
              "published": "2023-11-01T09:26+09:00", "reporter": "윤희일", "outlet": "경향신문", "jurisdiction": "30"},
 "officials": ["lee-jang-woo"],
 "claims": [
  c("대전시가 방치된 이 ‘대전육교’를 명품 관광자원으로 다시 살리는 사업에 나서기로 했다", ["culture-tourism"], "plan", D),
  c("시는 대전육교 일원을 관광자원으로 활용하기 위해 ‘대전육교 일원 관광 자원화 공간디자인 용역’을 추진한다고 1일 밝혔다", ["culture-tourism"], "plan", D),
  c("이 육교가 사람을 불러모으는 새로운 관광자원이 될 수 있도록 한다는 구상을 하고 있다", ["culture-tourism"], "plan", D),
  c("2024년 5월까지 대전육교 일원에 대한 관광 자원화 마스터플랜을 수립하고", ["culture-tourism"], "plan", D),
  c("이 사업에는 약 1억9000만원의 사업비가 투입된다", ["culture-tourism"], "statement", D),
  c("대전육교를 명품 관광 자원으로 개발하겠다는 공약을 낸 바 있다", ["culture-tourism"], "plan", D, "lee-jang-woo"),
  c("산책로와 전망대를 만들고, 하부에는 보행 경관로를 조성하는 것이 주요 내용이다", ["culture-tourism"], "plan", D),
  c("방치되고 있는 대전육교에 획기적인 공간디자인을 입혀 대전의 새로운 명품 관광자원으로 만들겠다", ["culture-tourism"], "plan", D, None, "박승원"),
 ],
 "not_claims": ["아치교의 아름다움 살린 명품 관광자원으로 개발된다",
                "고속도로 1호 문화재(국가등록문화재 제783호)로 지정됐다",
                "이후 지금까지 별다른 용도 없이 방치됐다",
                "국가발전의 중추 역할을 했다"],
}
G["ns-02-yonhap.html"] = {
 "metadata": {"headline": "창원시, 지역 국회의원 만나 현안사업 국비 지원 건의",
              "published": "2023-11-01T09:17+09:00", "reporter": "김선경", "outlet": "연합뉴스", "jurisdiction": "48120"},
 "officials": ["hong-nam-pyo"],
 "claims": [
  c("창원국가산단 미래 50년 제조 디지털전환(DX) 지원센터 구축 130억원", ["fourth-industrial-revolution", "future-vehicles", "medical-industry"], "plan", D),
 ],
 "not_claims": ["내년도 주요 현안 사업에 대한 국비 확보가 원활히 이뤄질 수 있도록 적극 지원해달라고 요청했다",
                "국회 예산 확정시까지 국비 확보를 위해 공동 대응해나가겠다고 약속했다",
                "양질의 국비 확보가 이뤄질 수 있도록 적극적 지원을 요청한다",
                "창원시가 국비 확보가 뒷받침돼야 한다고 판단하는 주요 사업은 총 12건이다"],
}
G["ns-03-yonhap.html"] = {
 "metadata": {"headline": "평택시, '가상 건축심의' 제도 활용해 고도제한 완화 추진",
              "published": "2023-11-01T09:00+09:00", "reporter": "최해민", "outlet": "연합뉴스", "jurisdiction": "41220"},
 "officials": [],
 "claims": [
  c("'군공항 비행안전영향 검토 및 원도심 활성화 방안 수립 용역'을 진행 중이다", ["urban-regeneration"], "statement", D),
 ],
 "not_claims": ["고도제한을 완화하기 위해 '가상의 건축심의' 제도를 활용하는 방안을 추진한다",
                "고도제한을 완화하기 위한 세부 계획을 추진하기로 했다",
                "사각지대 2~3곳을 골라 군 당국에 가상의 건축심의를 신청할 계획이다",
                "가상의 건축심의를 고도제한 완화의 방안으로 추진하는 것",
                "이번에 선례를 남기면 향후 평택뿐 아니라 전국 어디에서도"],
}
H = "2026-07-23"
G["ns-04-haenamgun.html"] = {
 "metadata": {"headline": "해남군, 국토부 스마트 재활 거점 공모 선정, 국비 30억원 확보",
              "published": H, "reporter": None, "outlet": "해남군", "jurisdiction": "12790"},
 "officials": [],
 "claims": [
  c("해남이 전남광주 남서권의 열악한 의료·복지 격차를 해소하기 위한 스마트 재활 거점 공모에 최종 선정됐다", ["welfare", "public-health"], "achievement", H),
  c("장애인과 어르신, 만성질환자를 대상으로 지역 내 재활 접근성을 높이고", ["welfare", "public-health"], "plan", H),
  c("보건소와 복지기관, 의료기관이 함께 참여하는 협력 체계를 구축해", ["welfare", "public-health"], "plan", H),
  c("지역 특성에 맞는 권역형 재활 기반을 안정적으로 조성해 군민 체감도를 높이겠다고 밝혔다", ["welfare", "public-health"], "plan", H),
 ],
 "not_claims": ["국토부 스마트 재활 거점 공모 선정, 국비 30억원 확보", "완도·진도·강진군 아우르는 ‘1535 복지 라인’ 가동, 권역 거점 재활 인프라 구축"],
}
K = "2026-07-20"
G["ns-05-gimjesi.html"] = {
 "metadata": {"headline": "김제시, 2026년도 제1회 추경예산 1조 2,402억원 편성",
              "published": K, "reporter": None, "outlet": "김제시", "jurisdiction": "52210"},
 "officials": [],
 "claims": [
  c("주요 사업으로는 피해지원금, 상품권 발행 지원, 출산장려금 지원, 인구정책 지원금 등", ["childcare-birth", "small-merchants"], "statement", K),
 ],
 "not_claims": ["2026년도 제1회 추가경정예산안을 시의회에 제출했다고 밝혔다",
                "민생 안정과 지역 경제 활성화에 중점을 두었다",
                "주요 현안 사업을 신속히 추진해 시민 생활 안정과 지역 경쟁력 강화를 이어갈 계획이라고 설명했다"],
}
Y = "2026-07-21"
G["ns-06-yesangun.html"] = {
 "metadata": {"headline": "예산군, 덕산온천관광지 새 단장 시동… 불법광고물·무단점유 시설물 정비",
              "published": Y, "reporter": None, "outlet": "예산군", "jurisdiction": "44810"},
 "officials": [],
 "claims": [
  c("덕산온천관광지 전역의 주요 도로변과 군유지를 중심으로 미관을 저해하는 불법광고물과 무단점유 시설물에 대한 일제 정비를 추진한다고 밝혔다", ["culture-tourism"], "plan", Y),
  c("이번 정비는 단순 단속이나 강제 철거를 지양하고 주민과의 상생 협의와 자진 정비 유도를 최우선 추진한다", ["culture-tourism"], "plan", Y),
  c("관광지 방문객이 많이 찾는 주요 진입로와 상업지역을 중심으로 현장 조사를 실시하고", ["culture-tourism"], "plan", Y),
  c("쾌적한 환경 조성과 관광 경쟁력 강화를 위해 관련 부서 간 협업체계를 구축하고", ["culture-tourism"], "plan", Y),
 ],
 "not_claims": ["올해 말까지 전수조사 추진 … ‘머무는 덕산’ 사업과 연계"],
}

if __name__ == "__main__":
    for name, g in G.items():
        out = {"article": name, **g}
        with open(os.path.join(HERE, "..", "gold", name + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(sum(len(g["claims"]) for g in G.values()), "claims in", len(G), "files")
