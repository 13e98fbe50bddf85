"""Writes gold/*.json for set-nn (hand annotation; see GOLD_NOTES.md)."""
import json, os
G = '/work/blind/set-nn/gold/'
os.makedirs(G, exist_ok=True)
def c(q, sp, d, pol, k, name=None):
    x = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: x["speaker_name"] = name
    return x
def w(art, meta, offs, claims, nots):
    h, p, r, o, j = meta
    json.dump({"article": art, "metadata": {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j},
               "officials": offs, "claims": claims, "not_claims": nots},
              open(G + art + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)

D = "2023-05-24"; CC = ["climate-carbon"]
w("nn-01-fnnews.txt", ("충북도,탄소중립 ‘최상위’ 법정계획 청사진그린다", "2023-05-24T09:40+09:00", "김원준", "파이낸셜뉴스", "43"),
  ["kim-yung-hwan"], [
  c("최상위 탄소중립 녹색성장 법정계획 수립에 나선다", None, D, CC, "plan"),
  c("‘도, 시군 탄소중립이행책임관’ 회의를 함께 연다고 24일 밝혔다", None, D, CC, "plan"),
  c("지난해 12월 출범한 탄소중립녹색성장위원회는", None, D, CC, "statement"),
  c("공동위원장을 맡고 에너지, 수소, 탄소포집", None, D, CC, "statement"),
  c("지난해 4월 충북도가 전국 최초로 구성한", None, D, CC, "achievement"),
  c("수립에 대한 착수보고 자리로", None, D, CC, "statement"),
 ], ["탄소중립녹색성장위원회·도,시군 탄소중립이행책임관 회의 동시 개최", "충북도의 탄소중립 도민참여단 모집 포스터",
     "회의에는 전의찬 민간위원장을 비롯"])

D = "2024-01-19"; SM = ["small-merchants"]; K = "kang-gi-jung"
w("nn-02-kmaeil.txt", ("강기정 시장, 설 명절 앞두고 전통시장 방문", "2024-01-19", "윤성수", "매일일보", "29"),
  [K], [
  c("19일 오전 광주 남구 무등시장을 찾아", None, D, SM, "statement"),
  c("특례보증 확대 등 소상공인 지원 방안을 함께 이야기하기 위해 마련됐다", None, D, SM, "statement"),
  c("임대료 지원을 새롭게 시행하기로 했다", K, D, SM, "plan"),
  c("전통시장 화재공제 지원도 적극 검토하겠다고 밝혔다", K, D, SM + ["disaster-safety"], "plan"),
  c("다양한 사업을 추진하고 있다", None, D, SM, "statement"),
  c("수산물 구입 금액의 최대 30%를 온누리상품권으로 환급", None, D, SM, "statement"),
 ], ["강 시장 “소상공인 특례보증 확대 등 확대재정으로 시민 삶 보듬어”", "무등시장에서 상인 간담회 및 장보기 행사 진행",
     "시민들이 어려울 때일수록 확대재정으로 시민 삶을 보듬어야 한다", "함께 힘을 합쳐 잘 헤쳐나가자",
     "온누리상품권으로 옥수수차, 간식, 설 명절 제수용품 등을 구매하고"])

D = "2026-03-17"; SU = ["startup-support"]; SY = ["startup-support", "youth-policy"]
w("nn-03-joongdo.txt", ("순천시, '청년창업' 단계별 지원체계 가동", "2026-03-17T17:45+09:00", "전만오", None, "46150"),
  ["noh-gwan-gyu"], [
  c("청년창업 초기의 장벽을 낮추기 위해", None, D, SY, "plan"),
  c("예비 창업자부터 초기 창업기업까지 체계적으로 지원한다는 계획이다", None, D, SU, "plan"),
  c("단순한 일회성 창업지원이 아니라", None, D, SY, "statement"),
  c("첫 단계는 창업 아이디어를 사업으로 구체화하는 창업준비단계다", None, D, SU, "statement"),
  c("'순천청년창업스쿨'을 운영해 창업 교육과 멘토링을 집중 지원한다", None, D, SY, "statement"),
  c("약 8주 과정으로 진행되는 교육에서는", None, D, SU, "statement"),
  c("특히 전담 멘토를 매칭해", None, D, SU, "statement"),
  c("창업 아이디어가 구체화된 이후에는 사업고도화단계로 이어진다", None, D, SU, "statement"),
  c("순천시는 예비 창업자부터 창업 3년 이내 기업을 대상으로", None, D, SU, "statement"),
 ], ["창업준비단계·사업고도화단계", "실전창업단계·성장·확산단계 등 체계 구축", "'2025년 순천창업페스티벌'에 참석한 청년들이"])

D = "2020-02-23"; PH = ["public-health"]; W = "won-hee-ryong"
w("nn-04-fnnews.txt", ("[전문] “제주도민 안전 최우선…심각단계 수위로 총력 대응”", "2020-02-23T12:42+09:00", "좌승훈", "파이낸셜뉴스", "50"),
  [W], [
  c("합동 브리핑을 갖고 확산 차단 조치와 도민 협조사항을 발표했다", W, D, PH, "plan"),
  c("이번 코로나19 사태로 인해 제주도도 상황이 심각합니다", W, D, PH, "statement"),
  c("우선 방역상황 자체도 심각하고", W, D, PH, "statement"),
  c("지난 한달동안 잘 방어하고 있었다고 생각하고", W, D, PH, "statement"),
  c("실제로 심각단계에 맞춰서 움직여 나가겠습니다", W, D, PH, "plan"),
 ], ["원희룡 제주지사, 23일 코로나19 추가 확진자 발생 브리핑 모두 발언", "긴급 기자회견을 가졌다",
     "도민을 보호하는 것이 제주도가 존재하는 이유이고 존재 가치입니다", "관광과 경제도 도민 안전"])

AG = ["agriculture"]; L = "이상순"
w("nn-05-jemin.txt", (None, None, None, None, "50"),
  [], [
  c("2022년 전국 최초로 감귤 조수입 1조원을 달성할 수 있도록", None, None, AG, "target", L),
  c("매년 600억원씩 증대해 2022년에 농산물 중 전국최초로 1조원 클럽에 가입할 수 있는 기반을 마련할 계획", None, None, AG, "target", L),
  c("13대 시책사업을 선정해 예산반영, 지침개정 등을 통한 현실화 작업에 행정력을 집중한다", None, None, AG, "plan"),
  c("10.5브릭스 이상 고당도 생산체계를 구축한다는 계획이다", None, None, AG, "target"),
  c("3心1 프로젝트의 13대 시책사업을 보면", None, None, AG, "statement"),
  c("하우스 지원사업은 지원을 받지 못했던 소농 중심으로 지원을 해", None, None, AG, "statement", L),
 ], ["이상순 서귀포시장 14일 취임 100일 감귤사업 관련 브리핑", "당도·소농·현장 중심 지원사업 추진…2022년 목표 기반마련"])

D = "2019-03-21"
w("nn-06-gukjenews.txt", ("'전북 大도약' 송하진 도지사, '광폭행보' 이어가, 완주군 방문", "2019-03-21T17:00+09:00", "조광엽", "국제뉴스", "45"),
  ["song-ha-jin"], [
  c("미래 신성장동력 수소산업의 선도기업인 일진복합소재와 스마트 농업 성장동력인", None, D, ["energy-transition", "agriculture"], "statement"),
  c("2030년 수소차 1만 4천대와, 수소충전소 24개소 구축을 내용으로 하는", None, D, ["energy-transition", "future-vehicles"], "target"),
 ], ["송하진 도지사는 21일, 시군 방문 두 번째로 완주군을 찾았다", "먼저 방문한 곳은 대한민국 수소산업의 선도기업인 일진복합소재이다",
     "첨단복합재표 제품 생산 전문기업으로", "전라북도 수소산업 발전방안에 대한 간담회를 가졌다",
     "현재 수소탱크를 제작 해 현대자동차에"])

D = "2025-07-13"
w("nn-07-ccnnews.txt", ("아산시, 첨단기술 중심의 ‘스마트농업’으로의 전환 시동", "2025-07-13T23:16+09:00", "유규상", "충청뉴스", "44200"),
  ["oh-se-hyeon"], [
  c("이를 지원할 농업기술센터 농업기술과 내에 ‘스마트농업팀’을 신설한다", None, D, AG, "plan"),
  c("새로 신설되는 스마트농업팀은 ICT 기반의 정밀농업", None, D, AG + ["fourth-industrial-revolution", "youth-policy", "startup-support"], "plan"),
  c("2026년까지 총 7개소(8.6ha)에 150억 원 규모의 스마트팜 단지를 구축한다는 계획이다", None, D, AG, "target"),
  c("청년자립형 4개소와 중소원예농가 자립형 1개소", None, D, AG, "statement"),
  c("연간 8천만 원 수준의 소득상승이 예상된다", None, D, AG, "statement"),
  c("‘충남형 스마트팜 사관학교는 2024~2025년 9억 2,500만원을 투입해", None, D, AG, "statement"),
 ], ["‘스마트농업팀’ 신설, 전문인력 체계적 양성, 창업지원", "엽채류 스마트팜 사관학교 내부"])

D = "2022-10-19"; KG = "kim-gwang-sin"
w("nn-08-kukinews.txt", ("김광신 대전 중구청장, 돌아오는 원도심 만들겠다", "2022-10-19T22:41+09:00", "명정삼", None, "30140"),
  [KG], [
  c("도시철도와 천변도로 등을 구축해 대중교통체계를 보완하고", KG, D, ["public-transit", "culture-tourism"], "plan"),
  c("보문산 개발의 확실한 의지를 가지고 시와 협력해 추진하겠다", KG, D, ["culture-tourism"], "plan"),
 ], ["100년 내다보는 도시 계획 확립...대중교통 문제 해소, 관광 명소 개발", "중촌 벤처밸리 건설, 도심융합특구 인프라 구성",
     "소상공인진흥공단 이전 막기 위해 충분한 제안과 최선의 노력", "그동안 추진한 것과는 다른 진단과 처방으로 중구 발전의 틀을 바꾸겠다",
     "▲젊은이들이 일하며 살고 놀 수 있는 중구", "취임 100일 기자회견을 갖고 그랜드 계획을 설명하고 있다"])

IA = ["investment-attraction"]; Y = "유한식"
w("nn-09-newdaily.txt", ("6,380명 일자리 창출 효과", None, None, None, "36"),
  [], [
  c("지난해 총 59개 기업을 유치했다", None, None, IA, "achievement"),
  c("6,380명의 일자리 창출효과를 거뒀다고 2일 밝혔다", None, None, IA + ["jobs"], "achievement"),
  c("투자유치 노력의 결과이다", None, None, IA, "achievement"),
  c("전략으로 기업유치 성과를 거뒀다", None, None, IA, "achievement"),
  c("명학산단 조기분양을 위해 노력하겠다", None, None, IA, "plan", Y),
  c("30대 그룹 대상의 투자유치 활동을 강화해", None, None, IA, "plan", Y),
 ], [])
print("ok")
