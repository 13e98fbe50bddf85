"""Writes gold/*.json (hand annotation, kept in code form only to avoid JSON typing errors)."""
import json
def C(q, sp, d, pol, k, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: c["speaker_name"] = name
    return c
G = {}
D = "2023-11-01"
G["f-01-yonhap.html"] = dict(
  metadata=dict(headline="창원시, 지역 국회의원 만나 현안사업 국비 지원 건의", published="2023-11-01T09:17+09:00",
                reporter="김선경", outlet="연합뉴스", jurisdiction="48120"),
  officials=["hong-nam-pyo"],
  claims=[C("인공지능·빅데이터 기반 의료·바이오 첨단기기 연구제조센터 구축", None, D,
            ["fourth-industrial-revolution", "medical-industry"], "plan")],
  not_claims=["국비 확보가 원활히 이뤄질 수 있도록 적극 지원해달라고 요청했다",
              "주요 사업은 총 12건이다",
              "양질의 국비 확보가 이뤄질 수 있도록 적극적 지원을 요청한다",
              "창원시청 [창원시 제공. 재판매 및 DB 금지]"])
J = "jo-hui-yeon"
G["f-02-kbs.html"] = dict(
  metadata=dict(headline="[최강시사] 조희연 “서울 ‘도시형 캠퍼스’ 추진…주교 복합도 가능”", published="2023-11-01T09:26+09:00",
                reporter=None, outlet="KBS", jurisdiction="11"),
  officials=["jo-hui-yeon", "oh-se-hoon"],
  claims=[C("9개 정도를 정해서 말하자면 학교를 유지시키기 위한 지원 정책도 펴는데요", J, D, ["education"], "statement"),
          C("일종의 개편을 해서 소규모 캠퍼스로 유지하는 개편형이 있고요", J, D, ["education"], "plan"),
          C("중간 단계로 신설형 도시형 캠퍼스 학교를 이렇게 만드는", J, D, ["education"], "plan"),
          C("어떻게든지 학교를 유지하려는 입장에서 만들어지는 거고요", J, D, ["education"], "statement"),
          C("초등학교 1, 2, 3학년만 있는 소규모 캠퍼스를 만들어서 이렇게 하는데", J, D, ["education"], "plan"),
          C("한 단일 전체 온 학교를 운영할 정도보다는 예산이 적게 들지만 들 건 다 드는 거죠", J, D, ["education"], "statement"),
          C("학생들이 받아야 할 교육과정의 불이익은 없어야 하니까요", J, D, ["education"], "plan"),
          C("좀 특화된 교육 과정도 운영해서", J, D, ["education"], "plan"),
          C("충분한 불편함이 없는 교육을 받을 수 있도록 해야 한다, 하려고 한다", J, D, ["education"], "plan"),
          C("우리도 이 도시형 캠퍼스라도 만들자, 만들어 달라", J, D, ["education"], "statement"),
          C("학교하고 주거지가 결합하는 복합 학교를 생각하고 있습니다", J, D, ["education"], "plan"),
          C("학교 소멸 위험이 역으로 적어지죠", J, D, ["education"], "statement"),
          C("주상 복합의 한 두세 층이 학교가 들어갈 수 있다", J, D, ["education"], "statement"),
          C("그런 학교를 만들어 가는 것이 우리의 이상이다", J, D, ["education"], "statement"),
          C("학생 인권을 존중하는 조례를 통해서 그런 학교로 왔는데", J, D, ["education"], "achievement"),
          C("공동체형 학교를 만들어야 된다", J, D, ["education"], "plan")],
  not_claims=["‘도시형 캠퍼스’ 추진..통폐합 학교를 소규모 캠퍼스로 유지",
              "예산은 어떻게 이제 확보를 하실 건지 그것도 걱정이 되는데요",
              "거기에 약 한 12% 정도가 300명 이하 학교입니다",
              "혹시 학부모님들 여론 같은 건 좀 수렴을 해 보셨나요",
              "인터뷰 자료의 저작권은 KBS 라디오에 있습니다"])
G["f-03-chosun.txt"] = dict(
  metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="11"),
  officials=["oh-se-hoon"],
  claims=[],
  not_claims=["해외 직구 상품과 관련해 안전성 확보 대책을 발표했고",
              "시민 안전과 기업 보호에 있어선 그 무엇과도 타협하지 않겠다",
              "안전과 기업 보호는 직구 이용자들의 일부 불편을 감안해도 포기할 수 없는 가치다",
              "모든 정책에는 순기능과 역기능이 있고"])
S = "sim-min"
G["f-04-jjan.txt"] = dict(
  metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="45750"),
  officials=["sim-min"],
  claims=[C("옥정호 수상레저 체험지구 조성사업과 옥정호 물문화체험탐방로 조성, 농촌중심지 활성화사업 등에 대해 중점 지적했다", S, None,
            ["culture-tourism", "agriculture"], "statement"),
          C("하천재해예방사업과 우수저류시설 설치사업 등 지역관광기반 확충 및 군민안전 사업에 대해서도", S, None,
            ["disaster-safety", "culture-tourism"], "plan")],
  not_claims=["국가예산 확보 대응전력을 토론키 위해 마련되었다",
              "활기찬 지역발전에는 국가예산 확보가 중요하다",
              "타당한 논리와 사업성을 근거로 정부 관계자를 설득해야 할 것"])
CS = "choi-seong"
G["f-05-ajunews.txt"] = dict(
  metadata=dict(headline=None, published=None, reporter=None, outlet="아주경제", jurisdiction="41280"),
  officials=["choi-seong"],
  claims=[C("2016년의 일자리창출 추진방안과 대안제시를 위한 분임토의로 실시됐다", None, None, ["jobs"], "statement"),
          C("일자리와 취업문제는 우리 모두의 문제이며", CS, None, ["jobs"], "statement"),
          C("안정된 일자리야 말로 최고의 복지", CS, None, ["jobs", "welfare"], "statement"),
          C("100만 시민의 행복한 일자리창출을 위해 모든 정책을 집중할 것", CS, None, ["jobs", "youth-policy"], "plan"),
          C("내년 일자리대책 종합계획에 반영돼", None, None, ["jobs"], "statement")],
  not_claims=["무단전재·재배포 금지"])
DD = "2016-12-05"
G["f-06-ccnnews.txt"] = dict(
  metadata=dict(headline="부여군의회 김종수 의원, \"인구유출 심각, 청년 정책 추진해야\"", published="2016-12-05",
                reporter="조홍기", outlet=None, jurisdiction="44760"),
  officials=["lee-yong-u"],
  claims=[C("부여군 인구감소에 대비한 청년 정책을 추진해야 한다고 나섰다", None, DD, ["youth-policy"], "plan", "김종수"),
          C("청년들이 머무를 수 있는 정책을 발굴할 시점", None, DD, ["youth-policy"], "plan", "김종수"),
          C("중.장기적인 관점에서 청년들이 부여에 정착하도록 도와야한다", None, DD, ["youth-policy"], "plan", "김종수"),
          C("청년시책 추진은 반드시 필요하다", "lee-yong-u", DD, ["youth-policy"], "plan"),
          C("청년들이 정착하고 일할 수 있는 시책을 추진하고 환경을 조성할 것", "lee-yong-u", DD, ["youth-policy"], "plan")],
  not_claims=["부여군은 현재 7만명 인구도 위태로운 상황",
              "청년층이 줄어들고 자연스레 일자리가 줄어들면서 인구가 감소하는 심각한 악순환이 지속되고 있다",
              "청년 머물수 있는 정책 발굴 필요한 시점"])
G["f-07-dynews.txt"] = dict(
  metadata=dict(headline=None, published=None, reporter="김진식", outlet="동양일보", jurisdiction="43745"),
  officials=["hong-seong-yeol"],
  claims=[C("군이 추진하는 주요 신규사업은 △농촌융복합산업 지구조성사업", None, None,
            ["agriculture", "water-supply", "urban-regeneration"], "plan")],
  not_claims=["2020년 정부예산확보 목표로 신규사업 48건에 사업비 283억원을 설정했다고",
              "발굴된 48건의 사업에 들어가는 전체 예산은 1365억원이다",
              "발굴된 사업이 내년도 예산 편성으로 이어져 군민 행복 실현으로 이어질 수 있도록 노력하겠다",
              "정부의 각종 공모사업에 선제적으로 대응해 정부예산 확보에 총력을 기울인다는 방침이다"])
K = "kim-ju-su"
G["f-08-cnbnews.txt"] = dict(
  metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="47730"),
  officials=["kim-ju-su", "jeon-chun-seong", "jang-sin-sang", "kim-don-gon", "yeom-tae-yeong"],
  claims=[C("결혼-출산-육아-교육-일자리-주거를 종합적으로 개선하기 위한 사람중심의 전략과 정책이 필요하다", K, None,
            ["childcare-birth", "education", "jobs", "housing"], "plan"),
          C("인구복지정책, 청년에게 실질적인 도움이 되는 정책, 귀농귀촌 유치와 안정적인 정착 지원", K, None,
            ["welfare", "youth-policy", "agriculture"], "plan")],
  not_claims=["사람중심의 전략과 정책의 필요성을 강조했다",
              "지방소멸 위기에 대한 지역별 실정을 되짚어보고 실현 가능한 정책 대안을 모색했다"])
JS, DS = "jeon-seong-su", "2025-12-01"
G["f-09-herald.txt"] = dict(
  metadata=dict(headline=None, published="2025-12-01", reporter="박병국", outlet="헤럴드경제", jurisdiction="11650"),
  officials=["jeon-seong-su"],
  claims=[C("1일 방배치매안심센터가 새롭게 문을 연다고 밝혔다", None, DS, ["dementia-care"], "achievement"),
          C("원스톱 통합 지원 기능을 강화한다", None, DS, ["dementia-care"], "statement"),
          C("‘AI 브레인 인지 프로그램’을 도입해 인공지능 분석을 통한", None, DS, ["dementia-care", "fourth-industrial-revolution"], "statement"),
          C("17년간 다양한 사업을 추진하고 있다", None, DS, ["dementia-care"], "statement"),
          C("전국 최초의 권역별 분산 운영 체계가 마련됐다고", None, DS, ["dementia-care"], "achievement"),
          C("지역 치매관리 시스템이 권역별 체계화된 구조로 진화했음을 공식적으로 알리고", None, DS, ["dementia-care"], "statement"),
          C("치매관리 정책의 새로운 출발을 알리게 돼 기쁘게 생각한다", JS, DS, ["dementia-care"], "achievement"),
          C("주민 삶의 질을 높이는 보건정책을 꾸준히 발굴해 나가겠다", JS, DS, ["public-health"], "plan")],
  not_claims=["방배치매안심센터 개관식은 오는 29일 오후 1시 30분"])
G["f-10-kihoilbo.txt"] = dict(
  metadata=dict(headline=None, published=None, reporter="한동식", outlet="기호일보", jurisdiction="28110"),
  officials=["hong-in-seong"],
  claims=[],
  not_claims=["역사도보관광 등으로 중구의 역사와 문화에 대해 알아보는 시간을 가졌다",
              "한국과 인천의 문화에 대해 이해하는 시간과",
              "청소년 여러분의 성장에 밑거름이 되길 바란다",
              "구, 수흐바토르구 국제교류단 초청 역사도보관광 등 체험 프로 진행",
              "청소년 국제교류를 적극적으로 추진하고 있다"])
for name, g in G.items():
    out = {"article": name, **g}
    out = {"article": name, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"], "not_claims": g["not_claims"]}
    json.dump(out, open(f"gold/{name}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    open(f"gold/{name}.json", "a").write("\n")
print(len(G))
