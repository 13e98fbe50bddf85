#!/usr/bin/env python3
"""Writes set-oc gold files (hand annotation)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold")

def c(quote, date, policies, kind, speaker=None, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d

G = {}

D = "2026-07-21"
G["oc-01-buyeo.html"] = {
 "metadata": {"headline": "부여군보건소, 부여군 공공건축물 최초 ‘녹색건축물 전환 인증’ 획득",
              "published": "2026-07-21T16:01:40+09:00", "reporter": None, "outlet": "부여군", "jurisdiction": "44760"},
 "officials": [],
 "claims": [
  c("부여군보건소가 공공건축물 그린리모델링 사업을 통해 연간 단위 면적당 1차 에너지소요량을 기존 대비 45.2% 개선한 것으로 인정받아", D, ["climate-carbon", "energy-transition"], "achievement"),
  c("부여군은 이번 인증이 단순한 에너지 효율 개선을 넘어 그린리모델링 사업의 성과가", D, ["climate-carbon", "energy-transition"], "achievement"),
  c("이번 성과는 공공부문 탄소중립 이행과 에너지 절감 정책을 조기에 이행한 사례로", D, ["climate-carbon", "energy-transition"], "statement"),
 ],
 "not_claims": ["공공건축물 그린리모델링 사업으로 연간 단위 면적당 1차 에너지소요량 45.2% 개선",
                "부여군보건소, 부여군 공공건축물 최초 ‘녹색건축물 전환 인증’ 획득"],
}

D = "2026-07-05"
YJ = ["youth-policy", "jobs"]
G["oc-02-goesan.html"] = {
 "metadata": {"headline": "괴산군, 2026년도 하계 학생 아르바이트 실시",
              "published": "2026-07-05", "reporter": None, "outlet": "괴산군", "jurisdiction": "43760"},
 "officials": [],
 "claims": [
  c("충북 괴산군은 2026년 하계 학생 아르바이트 프로그램을 운영한다고 밝혔다", D, YJ, "statement"),
  c("관내 대학생을 대상으로 추첨을 통해 30명을 선발했으며", D, YJ, "achievement"),
  c("생활 여건이 어려운 대학생들과 중원대학교 학생들을 우선 선발해 학생들의 학비 마련과 사회경험 기회를 확대했다", D, YJ + ["welfare"], "achievement"),
  c("참여 학생들은 군청과 읍·면사무소, 사업소 등 근무지에 배치돼", D, YJ, "statement"),
  c("직무 이해도를 높이고 근로의식도 키울 것으로 기대하고 있다", D, YJ, "statement"),
 ],
 "not_claims": ["괴산군, 2026년도 하계 학생 아르바이트 실시"],
}

D = "2026-07-27"
G["oc-03-ulsan-namgu.html"] = {
 "metadata": {"headline": "‘24시간 편의점이 무더위 쉼터로’.. 남구, 폭염 대비 CU 편의점 27곳을 무더위 쉼터로 신규 지정",
              "published": "2026-07-27", "reporter": None, "outlet": "울산 남구", "jurisdiction": "31140"},
 "officials": [],
 "claims": [
  c("울산 남구는 여름철 폭염과 열대야로부터 구민들의 건강을 지키기 위해", D, ["disaster-safety"], "achievement"),
  c("남구는 맞춤형 폭염 대책의 하나로 씨유 편의점을 무더위 쉼터로 지정하는 계획을 실행했다", D, ["disaster-safety"], "achievement"),
  c("열대야와 폭염에 대응하기에는 한계가 있었다", D, ["disaster-safety"], "criticism"),
  c("폭염 안전망 관리를 빈틈없이 하겠다고 말했다", D, ["disaster-safety"], "plan"),
 ],
 "not_claims": ["남구, 폭염 대비 CU 편의점 27곳을 무더위 쉼터로 신규 지정", "담당부서 : 재난대응과"],
}

D = "2026-07-26"
CT = ["culture-tourism"]
G["oc-04-daegu-donggu.html"] = {
 "metadata": {"headline": "대구 동구 '두두썸동' 5만 인파… 금호강 대표 여름축제 우뚝",
              "published": "2026-07-26", "reporter": None, "outlet": "대구 동구", "jurisdiction": "27140"},
 "officials": [],
 "claims": [
  c("많은 주민과 관광객이 방문한 가운데 성황리에 막을 내렸다고 밝혔다", D, CT, "achievement"),
  c("올해 축제는 행사기간을 확대하고 물놀이와 공연, 야간 콘텐츠를 결합한 참여형 여름축제로 운영됐다", D, CT, "statement"),
  c("금호강을 대표하는 여름축제로 자리매김했다", D, CT, "achievement"),
  c("축제장에서는 워터밤 콘서트, 전국 댄스경연대회", D, CT, "statement"),
  c("구청은 앞으로도 금호강 수변자원을 활용한 차별화된 관광콘텐츠를 지속적으로 발굴할 계획이라고 설명했다", D, CT, "plan"),
 ],
 "not_claims": ["금호강 대표 여름축제 우뚝"],
}

G["oc-05-boryeong.html"] = {
 "metadata": {"headline": "보령시, 민선9기 공약사항 추진계획 보고회 개최... ‘시민과의 약속’ 설계",
              "published": "2026-07-15", "reporter": None, "outlet": "보령시", "jurisdiction": "44180"},
 "officials": ["eom-seung-yong"],
 "claims": [
  c("시민 중심의 투명하고 공정한 공약 이행을 위한 공약이행평가단 위촉식도 진행됐다", "2026-07-14", ["citizen-participation"], "achievement"),
  c("평가단은 앞으로 공약 추진 상황과 이행 실적을 객관적으로 평가하고 시민의 의견을 시정에 전달하는 역할을 맡는다", "2026-07-15", ["citizen-participation"], "statement"),
 ],
 "not_claims": ["시민과의 약속을 구체화하기 위한 공약별 실행계획을 점검했다",
                "25개 소관부서가 총 76개 공약의 추진 방향과 실행계획, 재원 투자계획, 문제점 등을 보고했다",
                "공약의 실현 가능성과 정책 효과를 높이기 위한 보완사항을 점검하고",
                "시민이 변화를 체감할 수 있도록 책임감 있게 추진하겠다고 말했다"],
}

P = "2025-12-22"
H = ["housing"]
G["oc-06-pinpoint-yongin.html"] = {
 "metadata": {"headline": "\"용인 르네상스\" 이끈 이상일 용인특례시장…경남아너스빌 현장점검",
              "published": "2025-12-22", "reporter": None, "outlet": "핀포인트뉴스", "jurisdiction": "41460"},
 "officials": ["lee-sang-il"],
 "claims": [
  c("을 방문해 공사 진행 상황과 하자 여부 등을 점검했습니다", "2025-12-18", H, "statement"),
  c("입주민들의 주거 품질을 직접 확인하고 개선하기 위한 노력의 일부입니다", P, H, "statement"),
  c("반도체 국가산단 유치, 송탄상수원보호구역 해제, 경안천변 수변구역 해제", P, ["investment-attraction", "water-supply"], "achievement"),
  c("4번이나 현장을 방문하여 실상 파악", P, H, "achievement"),
  c("초강경 조치로 시공사 압박", P, H, "achievement"),
  c("모든 하자를 깨끗이 해결", P, H, "achievement"),
  c("용인시 전체 신축아파트 품질 관리 대책 수립", P, H, "achievement"),
  c("아파트 하자 문제를 깨끗하게 해결해 주셔서 대단히 감사합니다", "2025-04-04", H, "achievement", speaker_name="경남아너스빌디센트 입주민 대표"),
  c("시장님의 노력 덕분에 안심하고 입주할 수 있게 되었습니다", "2025-04-04", H, "achievement", speaker_name="경남아너스빌디센트 입주민 대표"),
  c("을 보여주는 대표적인 사례로 평가받고 있습니다", P, H, "achievement"),
  c("이상일 시장은 경남아너스빌 사례를 계기로", P, H, "achievement"),
  c("사전점검 강화", P, H, "plan"),
  c("준공 불허 조치", P, H, "plan"),
  c("책임 강화", P, H, "plan"),
  c("보호 시스템", P, H, "plan"),
  c("이러한 노력으로 용인시는", P, H, "achievement"),
  c("4차례 현장 방문과 강력한 조치로 모든 하자가 완벽하게 해결되었습니다", P, H, "achievement"),
  c("네, 용인시는 이번 사례를 계기로", P, H, "achievement"),
  c("모든 신축 아파트에 대해 엄격한 사전점검과 하자 관리가 이루어집니다", P, H, "statement"),
 ],
 "not_claims": ["이끈 이상일 용인특례시장…경남아너스빌 현장점검",
                "용인특례시장, 경남아너스빌, 이상일시장, 아파트하자",
                "경남아너스빌 현장을 점검하는 모습",
                "지난 3년 반 동안 기관과 개인 명의로",
                "지하주차장 천장과 외벽에서 누수",
                "입주민들도 만족하며 감사패를 전달했습니다",
                "SK하이닉스 반도체 클러스터와 약 10분 거리입니다",
                "본 게시글은 핀포인트뉴스(2025.12.22) 보도 내용을 참고하여 작성되었습니다."],
}

D = "2026-07-22"
G["oc-07-wando.html"] = {
 "metadata": {"headline": "완도군, 폭염 대응 ‘인명·재산 피해 최소화’ 총력",
              "published": "2026-07-22", "reporter": None, "outlet": "완도군", "jurisdiction": "12850"},
 "officials": [],
 "claims": [
  c("완도군은 계속되는 폭염에 대응해 군민의 인명과 재산 피해를 최소화하기 위한 종합 대책을 추진하고 있다", D, ["disaster-safety"], "statement"),
  c("군은 취약계층을 대상으로 안부 확인을 강화하고 무더위쉼터 운영 상황을 점검하는 한편", D, ["disaster-safety", "welfare"], "statement"),
  c("관계 부서와 읍면이 협력해 피해 예방 활동을 확대할 계획이다", D, ["disaster-safety"], "plan"),
  c("폭염 취약 시간대 야외 활동 자제를 당부했다", D, ["disaster-safety"], "statement"),
 ],
 "not_claims": ["완도군, 폭염 대응 ‘인명·재산 피해 최소화’ 총력"],
}

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    n = 0
    for name, g in G.items():
        out = {"article": name, "metadata": g["metadata"], "officials": g["officials"],
               "claims": g["claims"], "not_claims": g["not_claims"]}
        n += len(g["claims"])
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(len(G), "articles", n, "claims")
