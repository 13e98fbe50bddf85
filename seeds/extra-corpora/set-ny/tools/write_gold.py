"""Write set-ny gold files (hand annotation)."""
import json, os
G = os.path.join(os.path.dirname(__file__), '..', 'gold')

def c(quote, date, policies, kind, speaker=None, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d

GOLD = {
 "ny-01-sunchang.html": dict(
  metadata={"headline": "전북은행 순창지점, 보건위생용품 100박스 기탁", "published": "2026-07-20",
            "reporter": None, "outlet": None, "jurisdiction": "52770"},
  officials=[],
  claims=[
   c("보건위생용품 100박스를 순창군에 기탁했다", "2026-07-13", ["welfare"], "achievement"),
   c("지역사회 나눔과 복지안전망 구축에 의미가 있다", "2026-07-20", ["welfare"], "statement"),
   c("촘촘한 복지안전망을 구축하겠다고 밝혔다", "2026-07-20", ["welfare"], "plan"),
  ],
  not_claims=["전북은행 순창지점, 보건위생용품 100박스 기탁"]),
 "ny-02-jangsu.html": dict(
  metadata={"headline": "장수군, 하오마을(유) ‘김부각’ 미국 시장 첫 진출", "published": "2026-07-22",
            "reporter": None, "outlet": None, "jurisdiction": "52740"},
  officials=[],
  claims=[
   c("지역 농산물의 해외 판로를 넓히고", "2026-07-22", ["agriculture"], "statement"),
   c("가공식품 개발, 수출 상담, 판로 확대를 지속적으로 지원하겠다고 밝혔다", "2026-07-22", ["agriculture"], "plan"),
  ],
  not_claims=["김부각으로 미국 시장 진출에 첫걸음을 내디뎠다고 밝혔다",
              "김부각과 식혜를 생산하는 산서면 소재 전통식품 농업회사법인이다"]),
 "ny-03-gwangju.html": dict(
  metadata={"headline": "광주시장애인가족지원센터, 장애인 가족 대상 \"아빠와 함께하는 워터파크\" 가족 캠프 운영",
            "published": "2026-07-23", "reporter": None, "outlet": None, "jurisdiction": "41610"},
  officials=[],
  claims=[
   c("장애인가족 70명을 대상으로 캐리비안베이에서", "2026-07-17", ["welfare"], "achievement"),
   c("장애인 가족의 여가활동 기회를 확대하고 아버지의 가족 돌봄 참여를 높이기 위해 마련됐다", "2026-07-23", ["welfare"], "statement"),
   c("가족이 양육과 돌봄 과정에서 겪는 부담을 함께 나누고", "2026-07-23", ["welfare"], "achievement"),
   c("장애인 가족의 양육 부담을 완화하고 가족 모두가 함께 참여할 수 있는 프로그램을 지속적으로 운영하겠다고 밝혔다", "2026-07-23", ["welfare"], "plan"),
  ],
  not_claims=["참여 가족들은 워터파크 내 다양한 물놀이 시설을 이용하며",
              "아버지들은 자녀와 함께 물놀이에 참여하며 돌봄에 함께했고",
              "본 게시물은 자동화로봇에 의해 등록되었습니다"]),
 "ny-04-goseong.txt": dict(
  metadata={"headline": "(2026.7.27.일자 보도자료) 고성군, 벼 병해충 공동방제 본격 추진", "published": "2026-07-24",
            "reporter": None, "outlet": None, "jurisdiction": "51820"},
  officials=[],
  claims=[
   c("벼 병해충 공동 방제 지원 사업을 추진한다", "2026-07-24", ["agriculture"], "plan"),
   c("이번 공동 방제 살포는 두 차례로 나누어 진행되며", "2026-07-24", ["agriculture"], "plan"),
   c("농촌 고령화에 따른 일손 부족 해소와 농가 경영비 절감에도 도움을 줄 것으로 기대된다", "2026-07-24", ["agriculture"], "statement"),
   c("고품질 쌀 생산과 농가 소득 증대에 최선을 다하겠다고 밝혔다", "2026-07-24", ["agriculture"], "plan"),
  ],
  not_claims=["고성군, 벼 병해충 공동방제 본격 추진"]),
 "ny-05-suwon.txt": dict(
  metadata={"headline": "‘역경을 뒤집으면 경력, 고민보다 고(GO)!’", "published": "2021-10-16",
            "reporter": None, "outlet": None, "jurisdiction": "41110"},
  officials=[],
  claims=[
   c("오는 18일부터 29일까지 경력단절 예방 사진전", "2021-10-16", ["jobs"], "plan"),
   c("경력단절 여성들의 재취업 의지를 고취하기 위해 마련한 이번 사진전은", "2021-10-16", ["jobs"], "plan"),
   c("다양한 취업 지원 프로그램에 참여한 경력단절 여성들의 활동 모습을 담은 사진 130점이 전시된다", "2021-10-16", ["jobs"], "statement"),
   c("를 주제로 한 경력단절 여성들의 활동 모습을 볼 수 있다", "2021-10-16", ["jobs"], "statement"),
   c("이번 사진전이 경력단절을 경험한 여성들에게 희망과 용기를 전달할 수 있길 바란다", "2021-10-16", ["jobs"], "statement"),
   c("맞춤형 취업 지원 서비스를 제공하기 위해 최선을 다하겠다", "2021-10-16", ["jobs"], "plan"),
   c("종합적인 취업 지원 프로그램을 운영하고 있다", "2021-10-16", ["jobs"], "statement"),
  ],
  not_claims=["온라인 사진전은 4개 코너로 구성됐다"]),
}
for name, g in GOLD.items():
    out = {"article": name, **g}
    with open(os.path.join(G, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print(name, len(g['claims']))
