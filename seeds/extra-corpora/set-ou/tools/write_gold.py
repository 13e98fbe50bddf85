"""Writes gold/*.json for set-ou and asserts each quote occurs exactly once (whitespace collapsed)."""
import json, re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
def col(s): return re.sub(r"\s+", " ", s).strip()
def C(q, sp, d, pol, k): return {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
G = {}

# ---------- ou-01 동작구 청년구청장 (2023-03-27) ----------
D = "2023-03-27"; YC = ["youth-policy", "citizen-participation"]
G["ou-01-asiatoday.txt"] = dict(
  metadata=dict(headline="동작구, ‘청년 구청장’ 모집…청년 눈높이에서 정책 발굴", published="2023-03-27T17:09+09:00",
                reporter="지환혁", outlet=None, jurisdiction="11590"),
  officials=["park-il-ha"],
  claims=[
    C("서울 동작구가 청년의 눈높이에서 정책을 발굴할 '청년구청장'을 모집한다", None, D, YC, "plan"),
    C("동작구 청년구청장은 구청과 동일한 직위를 부여해 명예직으로 운영한다", None, D, YC, "statement"),
    C("청년구청장, 청년국장, 청년홍보담당관, 위원 등 30명을 위촉할 예정이다", None, D, YC, "plan"),
    C("활동 분야는 △구정홍보 △안전환경 △행정자치△ 도시교통 등 7개로", None, D, YC, "statement"),
    C("청년구청장은 조직을 대표해 정기회의를 주재하고 각종 행사에 참석하게 된다", None, D, YC, "statement"),
    C("청년국장은 분야별 분과회의를 주재해 정책 발굴을 총괄한다", None, D, YC, "statement"),
    C("홍보담당관은 구정 SNS를 통해 홍보 활동을 하거나", None, D, YC, "statement"),
    C("구는 상시 회의가 가능한 회의실을 제공하고 역량강화를 위한 교육을 실시한다", None, D, YC, "plan"),
    C("우수 정책제안자에게는 최대 100만 원의 포상을 지원할 예정이다", None, D, YC, "plan"),
    C("신청은 29일부터 31일까지 동작구청 누리집에서", None, D, YC, "statement"),
    C("청년의 목소리가 구정에 반영될 수 있도록 많은 관심을 가지고 적극 지원해 달라", "park-il-ha", D, YC, "statement"),
  ],
  not_claims=["동작구, ‘청년 구청장’ 모집…청년 눈높이에서 정책 발굴",
              "동작구는 3개 대학과 노량진 수험가가 있는 청년들의 꿈과 희망이 살아있는 곳"])

# ---------- ou-02 성북구 주민의제 제안 (2026-01-27) ----------
D = "2026-01-27"; CP = ["citizen-participation"]
G["ou-02-seouland.txt"] = dict(
  metadata=dict(headline="성북구, “주민이 만드는 우리 동네” 2026년 주민제안 접수", published="2026-01-27T09:58+09:00",
                reporter=None, outlet="서울앤", jurisdiction="11290"),
  officials=["lee-seung-ro"],
  claims=[
    C("3월 20일까지 주민자치계획 수립을 위한 '주민의제 제안'을 접수한다", None, D, CP, "plan"),
    C("이번 주민의제 제안은 주민이 직접 동네 문제를 발굴하고 해결 방안을 제시하는 주민자치계획의 핵심 단계다", None, D, CP, "statement"),
    C("제안 내용은 동네 불편 사항 개선, 지역 문제 해결 사업, 지역 자원 활용 아이디어 등을 포함한다", None, D, CP, "statement"),
    C("생활권자라면 누구나 참여할 수 있다", None, D, CP, "statement"),
    C("구는 청년과 직장인 등 2040세대부터 어르신까지 다양한 세대의 의견을 수렴할 계획이다", None, D, CP, "plan"),
    C("특히 참여 확대를 위해 방문 접수 외에도 QR코드와 이메일을 통한 온라인 접수를 병행한다", None, D, CP, "plan"),
    C("접수된 의제는 숙의 과정과 실현 가능성 검토, 공공성 심사를 거쳐 주민총회 투표로 최종 선정된다", None, D, CP, "statement"),
    C("선정된 의제는 '주민자치계획사업' 또는 '주민참여예산사업'으로 편성돼 실제 사업으로 추진될 예정이다", None, D, CP, "plan"),
    C("전 세대의 목소리를 담는 과정이 성북형 주민자치의 핵심 동력", None, D, CP, "statement"),
    C("주민이 동네 변화의 주체가 되는 주민자치계획에 생생한 현장의 목소리가 반영될 수 있도록 많은 참여를 부탁드린다", None, D, CP, "statement"),
  ],
  not_claims=["성북구, “주민이 만드는 우리 동네” 2026년 주민제안 접수", "2026년 주민제안 접수 포스터. 성북구 제공",
              "서울앤 취재팀 편집"])

# ---------- ou-03 유정복 시무식 (발행 2017-01-03, event 2일) ----------
G["ou-03-kyeongin.txt"] = dict(
  metadata=dict(headline="유정복 인천시장 \"인천발 KTX·루원시티등 성과낼 것\"", published="2017-01-03",
                reporter="이현준", outlet=None, jurisdiction="28"),
  officials=["yoo-jeong-bok"],
  claims=[
    C("그는 인천발 KTX, 루원시티, 경인고속도로 이관 등을 가시적 성과를 낼 현안 사업으로 꼽았다", "yoo-jeong-bok", "2017-01-02", ["public-transit"], "plan"),
  ],
  not_claims=["유정복 인천시장 \"인천발 KTX·루원시티등 성과낼 것\"",
              "각종 현안 사업의 가시적 성과를 바탕으로 인천을 국가 성장을 견인할 핵심도시로 발전시키겠다",
              "인천은 도시발전의 기반인 인구와 면적이 지속해서 늘어나는 등 성장 잠재력이 커지고 있다",
              "올 한해 소통하고 공감하는 시정을 펴나가면서 전체의 이익을 생각하는 혁신도 함께하겠다",
              "희망찬 300만 인천시대를 새롭게 열겠다"])

# ---------- ou-04 남동구 일자리사업 설명회 (undated) ----------
G["ou-04-csbntv.txt"] = dict(
  metadata=dict(headline="남동구, 통장 520명 대상 일자리사업 사업설명회 가져", published=None,
                reporter=None, outlet=None, jurisdiction="28200"),
  officials=["lee-gang-ho"],
  claims=[
    C("지난 15일 구청 대강당에서 통장 520명을 대상으로 2019 일자리사업 설명회를 개최했다", None, None, ["jobs"], "achievement"),
    C("이 날 설명회는 민선7기 일자리정책로드맵을 구체적으로 제시하고", None, None, ["jobs"], "statement"),
    C("이를 뒷받침할 주요 전략과제로는", None, None, ["jobs", "youth-policy"], "plan"),
    C("올해 신규 사업으로는 청년 창업 활성화에 크게 기여할 청년창업지원센터 설치 운영", None, None, ["startup-support", "youth-policy", "jobs"], "plan"),
    C("저소득 취약계층을 위한 공공일자리사업과 사회적경제 활성화 및 마을기업육성사업", None, None, ["jobs"], "plan"),
    C("취업취약계층에 대한 공공일자리를 비롯해 청년, 노인, 여성, 신중년 등 다양한 계층의 일자리 사업을 적극 발굴 추진하고", "lee-gang-ho", None, ["jobs"], "plan"),
  ],
  not_claims=["해당된 기사를 공유합니다", "보도자료"])

# ---------- ou-05 평창 수출전문 ICT 생산단지 (2022-09-28) ----------
D = "2022-09-28"; AG = ["agriculture"]
G["ou-05-breaknews.txt"] = dict(
  metadata=dict(headline=None, published="2022-09-28T10:21+09:00", reporter="서종협", outlet=None, jurisdiction="42760"),
  officials=["sim-jae-guk"],
  claims=[
    C("추경에 강원도 주관 수출전문 첨단 ICT 생산단지 육성사업비 3억1,500만원(군비)을 확보하면서", None, D, AG, "achievement"),
    C("평창군 2개소가 최종 선정돼 도비 총 1억 5천만 원을 확보했다", None, D, AG, "achievement"),
    C("군은 총사업비 7억 5천만 원을 투입한 스마트팜 온실신축", None, D, AG, "plan"),
    C("ICT 기술을 접목한 수출 전문단지 조성 등을 통해 생산성을 향상하는 것은 물론", "sim-jae-guk", D, AG, "plan"),
    C("진부영농조합법인은 봉평면 원길리 일대 4,459㎡ 온실신축(4억 규모)", None, D, AG, "plan"),
  ],
  not_claims=["Pyeongchang-gun (Governor Shim Jae-guk) announced that it is focusing",
              "two of Pyeongchang-gun were finally selected from among the export-specialized organizations"])

# ---------- ou-06 화천 최문순 군수 인터뷰 (undated; 2025 축제) ----------
CT = ["culture-tourism"]; M = "choi-mun-sun"
G["ou-06-ilovegangwon.txt"] = dict(
  metadata=dict(headline="최문순 화천군수 “짜릿한 손맛, 녹지 않는 겨울추억 선사”", published=None,
                reporter=None, outlet=None, jurisdiction="51790"),
  officials=[M],
  claims=[
    C("2025 화천산천어축제가 오는 11일부터 2월2일까지 화천군 화천읍 화천천 일대에서 23일 간 열린다", None, None, CT, "plan"),
    C("선등거리 점등식과 세계 최대 실내얼음조각광장 개장식이 열렸으며", None, None, CT, "statement"),
    C("산천어축제는 지난해 문화체육관광부가 국내 겨울축제 중 유일하게 ‘글로벌 축제’로 지정했다", None, None, CT, "achievement"),
    C("매년 화천 인구의 40배가 넘는 100만 명 이상의 구름인파가 찾는 진기록을 세우고 있다", None, None, CT, "achievement"),
    C("안전한 축제, 즐거운 축제로 관광객에게 최고의 겨울축제를 선사하겠다", M, None, ["culture-tourism", "disaster-safety"], "plan"),
    C("군청 직원들과 축제 종사자, 자원봉사자들이 한마음으로 제설에 나섰다", M, None, CT, "achievement"),
    C("모든 주민들이 ‘내 축제, 우리 축제’라는 인식을 갖고 있는데다", M, None, CT, "statement"),
    C("주민 모두가 축제의 주인공이다", M, None, CT, "statement"),
  ],
  not_claims=["11일 개막하는 화천산천어축제 총사령탑 최문순군수",
              "폭설에도 신속히 축제장 제설, 30㎝두께 얼음판 확보",
              "화천서 숙박하면 파크골프·평일얼음낚시·밤낚시 무료",
              "“안전하고 즐거운 축제, 최고의 축제를 관광객에 선사”",
              "축제장을 누비는 최문순 화천군수를 만났다",
              "많은 눈이 내리는데도 제설작업이 신속하게 이뤄지고 있다",
              "5일 폭설이 내렸지만 제설 작업이 동시에 이뤄졌다"])

# ---------- ou-07 서귀포 야간경관 (2023-04-25; 24일 시에 따르면) ----------
D = "2023-04-24"; CT = ["culture-tourism"]
G["ou-07-ihalla.txt"] = dict(
  metadata=dict(headline="서귀포시 관광·상권 활성화 야간경관 밝힌다", published="2023-04-25T10:08+09:00",
                reporter="백금탁", outlet="한라일보", jurisdiction="50"),
  officials=[],
  claims=[
    C("서귀포시가 체류형 웰니스 관광을 지향하며 야간경관 조성을 통한 지역 상권 및 관광 활성화를 도모한다", None, D, ["culture-tourism", "small-merchants"], "plan"),
    C("2025년까지 중장기 사업을 통해 기존 관광지를 활용한 야간관광 상품 개발에 주력한다는 입장이다", None, D, CT, "plan"),
    C("시는 2021년을 시작으로 향후 5개년 사업으로 야간관광 활성화를 위한 5단계 기본계획을 수립했다", None, D, CT, "achievement"),
    C("이에 따른 소요 예산은 112억5000만원 규모다", None, D, CT, "statement"),
    C("기본계획 1단계 사업은 지역주민과 관광객이 많이 찾는 걸매생태공원과 새연교에 대한 사업비 9억원을 투입해", None, D, CT, "statement"),
    C("이어 중기사업(2~3단계)은 안덕면 사계해안을 포함한 6개 구간을 대상으로 추진하며", None, D, CT, "statement"),
    C("마지막 3단계 장기사업(4~5단계)은 새섬과 문섬을 비롯해 10개 구간에서 이뤄지며", None, D, CT, "statement"),
    C("솜반천탐방로, 변시지그림공원, 서복전시관, 서귀진지 등이 사업 대상에 포함된다", None, D, CT, "statement"),
    C("특히 시는 올해 3단계 사업으로 '행복한 빛의 권역'으로 천지연폭포(7억원)와", None, D, CT, "statement"),
    C("시는 야간경관 조성과 함께 원도심 지역상권", None, D, ["culture-tourism", "small-merchants"], "statement"),
  ],
  not_claims=["2025년까지 112억 투입 중장기 단계별 개선사업 추진",
              "이중섭거리·천지연폭포·자구리공원·사계해안 등 대상"])

# ---------- ou-08 서귀포 천지동 도시재생 (2024-09-05) ----------
D = "2024-09-05"; UR = ["urban-regeneration"]; URT = ["urban-regeneration", "culture-tourism"]
G["ou-08-mediajeju.txt"] = dict(
  metadata=dict(headline="서귀포 원도심, 도시재생 및 관광생태계 활성화로 되살아날까?", published="2024-09-05T13:33+09:00",
                reporter="고원상", outlet="미디어제주", jurisdiction="50"),
  officials=[],
  claims=[
    C("천지동이 도시재생으로 활력을 찾을 수 있을지 이목이 모아지고 있다", None, D, UR, "statement"),
    C("천지동이 올해 하반기 국토교통부의 지역특화재생사업에 도전한다고 5일 밝혔다", None, D, UR, "plan"),
    C("지역특화재생사업은 지역 고유자산을 활용한 관광거점을 조성하거나", None, D, URT, "statement"),
    C("다양한 산책로들을 더욱 활성화시키는 전략을 세웠다", None, D, UR, "achievement"),
    C("총 301억원을 들여 걷고, 쉬기 좋은 원도심 관광지로 조성하는 비전을 갖고 있다", None, D, URT, "plan"),
    C("서귀포시는 천지동 내 30만2317㎡의 부지에 보행환경 개선을 통해", None, D, URT, "plan"),
    C("사업이 마무리될 2028년 무렵에는 천지동 대표 골목상권인 아랑조을거리", None, D, ["urban-regeneration", "small-merchants"], "plan"),
  ],
  not_claims=["천지동, 도시재생 위한 국토부 지역특화사업에 지원", "최종편집 2024-10-09 15:58"])

# ---------- ou-09 원희룡 감귤 구조혁신 (undated) ----------
AG = ["agriculture"]; W = "won-hee-ryong"
G["ou-09-ndsoftnews.txt"] = dict(
  metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="50"),
  officials=[W],
  claims=[
    C("비상품 감귤에 지원하던 ㎏당 50원을 올해부터 주지 않겠다는 방침을 거듭 재확인했다", W, None, AG, "plan"),
    C("또 비상품 감귤을 상습적으로 반출하는 선과장은 조례 개정을 통해 더 이상 운영할 수 없게 만들겠다고 말했다", W, None, AG, "plan"),
    C("‘고품질 감귤 안정생산 구조혁신’ 방안에 대해 농업인단체 등을 중심으로 반발기류가 형성되자", None, None, AG, "statement"),
    C("조례를 개정해서라도 비상품 감귤을 고의적으로 밀반출하는 선과장은 문을 닫게 하겠다", W, None, AG, "plan"),
    C("선과장에 상주하는 품질관리원을 둘 수 없도록 조례 개정을 하면", W, None, AG, "statement"),
    C("감귤산업을 제대로 살릴 수 있다면 수백억원이라도 써야 한다", W, None, AG, "plan"),
    C("비상품을 처리하는 데 수십억의 보조금을 투입하는 것이 아깝다", W, None, AG, "criticism"),
    C("제한없이 비상품을 수매하니 밭에 떨어진 감귤까지 폐지 수집하듯 다 모아서 수매 현장에 나온다", W, None, AG, "criticism"),
    C("그는 농민단체 등 생산자단체와 충분한 대화와 토론을 거쳐 구체적", W, None, AG, "plan"),
  ],
  not_claims=["‘제주 혁신이야기’ 주제 특강서 강경 입장 거듭 피력",
              "“생산자 단체와 대화 후 고품질 감귤 생산 정책 추진”",
              "‘제주 혁신이야기’를 주제로 한 특강에서 이같이 밝혔다"])

total = 0
for name, g in G.items():
    text = col((ROOT / "articles" / name).read_text(encoding="utf-8"))
    for c in g["claims"]:
        n = text.count(col(c["quote"]))
        assert n == 1, (name, c["quote"], n)
    for nc in g["not_claims"]:
        assert col(nc) in text, (name, nc)
    out = {"article": name, **g}
    (ROOT / "gold" / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    total += len(g["claims"]); print(name, len(g["claims"]))
print("total", total)
