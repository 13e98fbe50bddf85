import json,os
G='/work/blind/set-pa/gold'
def C(q,sp,d,pol,k,name=None):
    c={"quote":q,"speaker":sp,"date":d,"policies":pol,"kind":k}
    if name: c["speaker_name"]=name
    return c
golds={}
UR="urban-regeneration"
d3,d5="2025-12-03","2025-12-05"
golds["pa-01-gangjin-pressrelease.txt"]=dict(
 metadata=dict(headline="강진군 병영면에서 전남형 빈집재생 모델 만든다",published="2025-12-14T01:51+09:00",reporter=None,outlet=None,jurisdiction="46810"),
 officials=["kang-jin-won"],
 claims=[
  C("‘2025년 전남형 빈집재생 현장포럼 in 강진 병영’을 개최했다고",None,d3,[UR],"achievement"),
  C("강진군 청년마을 공유주거 조성사업으로 조성된 성하객잔",None,d3,[UR,"housing","youth-policy"],"statement"),
  C("보존하는 방식의 빈집 재생이 경쟁력이 있을 것",None,d3,[UR],"statement","김승근"),
  C("폐양곡창고를 재생해 조성한 하멜양조장 등을 방문했다",None,d3,[UR],"statement"),
  C("병영면에서 추진되는 농촌소멸대응 빈집재생사업이 나아가야 할 방향성",None,d3,[UR],"statement"),
  C("빈집문제에 대한 높은 관심도를 확인할 수 있었다","kang-jin-won",d5,[UR],"statement"),
  C("전남형 빈집재생사업의 기틀을 마련할 수 있도록 다하겠다","kang-jin-won",d5,[UR],"plan"),
 ],
 not_claims=["공공과 민간이 함께 만드는 빈집재생 모델 주목","도내 9개 시·군에서 도시재생사업 관계자, 중간지원조직, 주민앵커조직 등 70여명이 참석했다","빈집거래 플랫폼 ‘봄집’을 운영과 빈집을 활용한 프로젝트를 소개했다","‘강진 병영면 빈집재생 현황과 핵심요소’ 발표로 시작됐다","빈집재생포럼이 진행되고 있다"])
N="2025-12-15"; IA="investment-attraction"; FIR="fourth-industrial-revolution"; SS="startup-support"
golds["pa-02-naju-pressrelease.txt"]=dict(
 metadata=dict(headline="나주시, 혁신도시 빈 상가 해소와 기업 육성 위해 임대보조금 지원",published="2025-12-15T19:20+09:00",reporter=None,outlet=None,jurisdiction="46170"),
 officials=["yun-byeong-tae"],
 claims=[
  C("혁신도시 내 입주 기업을 대상으로 임차료를 지원하는 사업을 본격 추진한다",None,N,[IA],"plan"),
  C("정보기술 기반 산업을 혁신도시의 핵심 성장축으로 육성해 기업 집적과 창업 생태계 확산을 도모한다는 계획이다",None,N,[IA,SS,FIR],"plan"),
  C("‘건물임대보조금 지원사업’을 새롭게 추진한다고 15일 밝혔다",None,N,[IA,FIR],"plan"),
  C("상시근로자 3인 이상을 고용한 기업이 신청할 수 있다",None,N,[IA],"statement"),
  C("최대 2천만 원까지 최대 2년간 임대보조금이 지급된다",None,N,[IA],"statement"),
  C("지원금은 임차계약 후 연 단위 사후정산 방식으로 집행된다",None,N,[IA],"statement"),
  C("기술 기반 창업 생태계 조성을 촉진할 방침이다",None,N,[IA,SS],"plan"),
  C("AI와 데이터 중심 산업 구조로의 전환을 앞당겨 지역경제 경쟁력 강화로 이어질 것으로 내다보고 있다",None,N,[IA,FIR],"statement"),
  C("기업 지원사업 간 혼선을 줄이기 위해 지원 대상을 구분했다",None,N,[IA],"statement"),
  C("공공기관 연관 산업 기업 유치 지원사업(미래전략과 소관)은",None,N,[IA],"plan"),
  C("혁신도시 빈 상가 문제 해결과 정보기술기업 유치와 육성을 동시에 추진하기 위한 중요한 정책","yun-byeong-tae",N,[IA],"statement"),
  C("AI, 데이터 기반 산업 생태계를 강화해 지역 산업구조를 고도화하고","yun-byeong-tae",N,[FIR],"statement"),
 ],
 not_claims=["정보기술업종 기업 대상 임차료 최대 2천만 원, 2년간 지원","AI, 데이터 기반 산업 구조 고도화로 지역경제 활력 기대","나주시가 혁신도시 상가 공실 문제 해소와 정보기술 기업 성장을 돕기 위해 임차료 지원 사업을 추진한다","사진은 빛가람혁신도시 전경"])
DEC="decentralization"; EN="energy-transition"
golds["pa-03-jeonnam-pressrelease.txt"]=dict(
 metadata=dict(headline="전남 1호 데이터센터 장성서 착공 AI 전진기지 첫발",published="2025-12-15T17:23+09:00",reporter=None,outlet=None,jurisdiction="46"),
 officials=["kim-yung-rok","kim-han-jong"],
 claims=[
  C("전남 제1호 데이터센터인 ‘장성 파인데이터센터’ 착공식을 열고",None,N,[FIR,IA],"achievement"),
  C("첫 업무협약(MOU) 사업이 실제 사업으로 이어졌다는 점에서 의미가 크다",None,N,[FIR,IA,DEC],"achievement"),
  C("총 3천959억 원을 투입해 26MW급 데이터센터 1기를 우선 구축하고",None,N,[FIR,IA],"plan"),
  C("발표 이후 체결된 첫 업무협약 사례다",None,N,[FIR,IA,DEC],"statement"),
  C("투자사와 유기적 협업 체계를 구축하고, 관련 행정 지원을 지속했다",None,N,[IA],"achievement"),
  C("민간 투자사와 임차사 모집에도 탄력이 붙었다",None,N,[IA],"achievement"),
  C("센터는 2028년 2월까지 공사를 마치고",None,N,[FIR],"plan"),
  C("빅테크 기업의 전남 유입과 함께 데이터센터 구축 문의도 늘 것으로 기대된다",None,N,[IA,FIR],"statement"),
  C("권역별 AI 혁신생태계를 단계적으로 구축할 방침이다",None,N,[FIR],"plan"),
  C("400평 규모의 창업지원센터를 조성해 스타트업 공유 오피스를 제공하고",None,N,[SS,FIR],"plan"),
  C("아시아·태평양 AI 허브 도약 발판을 마련해다",None,N,[FIR,IA],"achievement"),
  C("신재생에너지를 기반으로 첨단산업 유치를 추진한 전략이",None,N,[EN,IA],"achievement"),
  C("많은 빅테크 기업이 전남에 AI 데이터센터 입지를 타진하고 있고","kim-yung-rok",N,[IA,FIR],"statement"),
  C("한쪽에는 농수산업을, 다른 한쪽에는 첨단산업을 육성해","kim-yung-rok",N,["agriculture"],"plan"),
 ],
 not_claims=["- 파인데이터센터, 26MW 28년부터 운영…60MW 단계적 확장 -","- 수도권 집중 완화 첫 성과 빅테크 기업 등 전남 유입 기대감 -","참여기업 대표와 주민 등 300여 명이 참석해 뜻깊은 출발을 함께했다","부지 공터에는 풋살장 등 생활체육시설을 조성·개방할 예정이다","센터에서는 지역 상생 프로그램도 적극 추진한다","참석해 인사말을 하고 있다","전남해양수산과학원, ‘수출 효자’ 가리맛조개 양성관리","전남보건환경연구원, 시험·검사 업무협력 우수기관 표창"])
YP="youth-policy"; d17="2025-12-17"; d19="2025-12-19"
golds["pa-04-damyang-pressrelease.txt"]=dict(
 metadata=dict(headline="담양군, 제2차 담양군 청년정책 기본계획 수립 연구용역 중간보고회 개최",published="2025-12-19T07:06+09:00",reporter=None,outlet=None,jurisdiction="46710"),
 officials=["jeong-cheol-won"],
 claims=[
  C("수립을 위한 연구용역 중간보고회를 열었다",None,d17,[YP],"achievement"),
  C("청년정책 기본계획의 방향과 내용에 대해 의견을 나눴다",None,d17,[YP],"statement"),
  C("회의에 앞서 청년정책위원회 위원 위촉도 함께 이뤄졌다",None,d17,[YP],"achievement"),
  C("청년 유입과 정착을 위한 5개 분야 21개 사업과 청년센터 조성 및 운영 방안도 함께 제시됐다",None,d17,[YP],"statement"),
  C("청년 참여형 지역활동 일자리 사업 등 4개 사업과 청년센터 조성을 지방소멸대응기금으로 추진할 계획이다",None,d19,[YP,"jobs"],"plan"),
  C("‘군복무 청년 상해보험 지원사업’을 새롭게 추진하고",None,d19,[YP],"plan"),
  C("청년정책위원들의 적극적인 의견 제시와 참여가 정책의 완성도를 높이는 중요한 과정","jeong-cheol-won",d17,[YP],"statement"),
  C("청년이 돌아올 수 있는 정주 여건을 차근차근 마련해 실효성 있는 청년정책을 추진해 나가겠다","jeong-cheol-won",d17,[YP,"housing",IA],"plan"),
 ],
 not_claims=["※ 사진 있음 ("])
W="welfare"; d15="2025-12-15"
golds["pa-05-yeongam-pressrelease.txt"]=dict(
 metadata=dict(headline="영암군, 내년 사는 곳 중심 통합돌봄 서비스 제공한다",published="2025-12-19T10:41+09:00",reporter=None,outlet=None,jurisdiction="46830"),
 officials=["woo-seung-hui"],
 claims=[
  C("내년 통합돌봄사업 실행계획을 심의·의결했다",None,d15,[W],"achievement"),
  C("영암형 통합돌봄을 추진하고 있다",None,d19,[W],"statement"),
  C("서비스가 끊기지 않도록 운영하는 체계 구축이 목표다",None,d19,[W],"plan"),
  C("이를 뒷받침하는 영암군 통합지원협의체는",None,d15,[W],"statement"),
  C("‘2026년 통합돌봄사업 실행계획(안)’ 최종 심의·의결을 위해 다양한 의견을 제시했다",None,d15,[W],"statement"),
  C("‘통합돌봄 신청자 재가 거주율 80% 이상 달성’ 등 성과 목표",None,d15,[W],"target"),
  C("영암에서 영암군민이 살아가는 방식으로 자리잡게 만들자","woo-seung-hui",d15,[W],"plan"),
  C("지역 돌봄 자원을 유기적으로 연결해 영암군민의 더 나은 생활을 위해 노력하자","woo-seung-hui",d15,[W],"plan"),
 ],
 not_claims=["<끝>"])
RD="research-development"; ED="education"; d10="2025-12-10"
golds["pa-06-gwangju-pressrelease.txt"]=dict(
 metadata=dict(headline="광주, 국가대표 반도체 첨단패키징 거점 육성",published="2025-12-15T09:00+09:00",reporter=None,outlet=None,jurisdiction="29"),
 officials=["kang-gi-jung"],
 claims=[
  C("연구개발 기반 구축(실증 인프라)과 인력 양성(연합공대) 등 전방위로 지원하고",None,N,[RD],"plan"),
  C("신경망처리장치(NPU) 개발 집중투자",None,d10,[FIR,ED],"statement"),
  C("반도체 생태계의 수도권 집중 완화를 위해",None,d10,[DEC],"plan"),
  C("재생에너지 자립도시 등 지정",None,d10,[EN,RD,ED],"plan"),
  C("반도체설계 분야 전문인력 1400명을 양성할 예정이다",None,d10,[RD,IA,ED],"target"),
  C("첨단패키징 기업의 집적이 유리하다",None,N,[IA,FIR],"statement"),
  C("연구소·대학 등 지식 인프라도 우수하다",None,N,[EN,RD],"statement"),
  C("420억원을 투입해 첨단패키징 실증센터를 구축해 기업의 연구개발(R&D)을 지원한다",None,N,[RD],"plan"),
  C("실증센터는 추후 약 5000억원 규모(신규 예타 기획)로 확대해 나간다는 계획이다",None,N,[RD],"plan"),
  C("광주시는 이를 위해 내년도 국비 60억원을 확보해 놓은 상태다",None,N,[RD],"achievement"),
  C("실제 공정에 적용해 성능 변화를 검증할 수 있는 기반을 마련할 계획이다",None,N,[RD],"plan"),
  C("반도체설계(팹리스) 기업 26개 유치",None,N,[IA,RD,FIR],"achievement"),
  C("광주는 인공지능(AI)·반도체 중심 첨단산업의 핵심 거점도시로 도약하고 있다","kang-gi-jung",N,[FIR],"statement"),
  C("기업 유치, 인재 육성, 기반시설 확충을 적극 지원하겠다","kang-gi-jung",N,[IA,ED],"plan"),
 ],
 not_claims=["여러 칩을 하나의 패키지에 통합해 데이터처리 고속화, 소형화, 저전력화 등 반도체 성능을 극대화하는 기술이다","※ 붙임 : 광주시 주요사업 현황"])
S7="2021-10-16"
golds["pa-07-seoul.txt"]=dict(
 metadata=dict(headline="청년 맞춤형 정책·서비스 제공 ‘서울청년센터 서초오랑’ 개관",published="2021-10-16",reporter=None,outlet=None,jurisdiction="11"),
 officials=[],
 claims=[
  C("청년이 필요로 하는 자원과 정보를 제공하는 서울시 청년공간이다",None,S7,[YP],"statement"),
  C("2021년 현재 서초까지 총 10개소를 운영 중이다",None,S7,[YP],"statement"),
  C("지역특화 프로그램 등을 온?오프라인으로 운영하고 있다",None,S7,[YP],"statement"),
  C("10월 개관하는 서초 청년센터는",None,S7,[YP],"statement"),
  C("만 19세부터 39세까지의 청년이라면 누구나 자유롭게 이용할 수 있으며",None,S7,[YP],"statement"),
  C("서초 청년센터는 연면적 557㎡의 공간으로",None,S7,[YP],"statement"),
  C("생활지원 등 전반적인 문제에 대한 종합상담을 지원한다",None,S7,[YP],"statement"),
  C("청년들의 사회진입을 돕기 위한 청년 관련 정보 및 지역 정보도",None,S7,[YP],"statement"),
  C("취업·진로 분야를 집중적으로 지원할 계획이다",None,S7,[YP,"jobs"],"plan"),
  C("필요한 정책정보를 얻고, 다채로운 프로그램에 참여할 수 있는 공간이 되길 바란다",None,S7,[YP],"statement","김철희"),
  C("운영시간은 평일 10시부터 22시",None,S7,[YP],"statement"),
 ],
 not_claims=[])
U="2021-10-15"; DS="disaster-safety"
golds["pa-08-ulsan-edu.txt"]=dict(
 metadata=dict(headline="울산교육청, 직업계고 학생 현장실습 전수조사",published="2021-10-16",reporter=None,outlet=None,jurisdiction="31"),
 officials=[],
 claims=[
  C("직업계고 학생들의 현장실습 운영 현황을 전수조사한다",None,U,[ED,DS],"plan"),
  C("18일부터 30일까지 학교와 기업체에서 지도·점검을 벌인다고",None,U,[ED],"plan"),
  C("△현장실습 전 사전교육 실시 여부",None,U,[ED],"plan"),
  C("표준협약서 준수, 안전한 환경, 인권침해 여부 등을 중점 점검한다",None,U,[ED,DS],"plan"),
  C("특성화고와 마이스터고 11개교 학생 347명이 기업체 137곳에서 현장실습 중이다",None,U,[ED],"statement"),
  C("울산에서는 현장실습생 산업재해는 발생하지 않았다",None,U,[ED,DS],"statement"),
  C("즉시 학생 현장실습을 중단하고 지방고용노동관서와 협업해",None,U,[ED],"plan"),
  C("안전한 현장실습 환경을 제공하기 위해 현장실습 전후로 지도점검도 강화하고 있다",None,U,[ED,DS],"statement"),
  C("학교 취업지원관, 담당교사 점검을 2차로 진행하고 있다",None,U,[ED],"statement"),
  C("현장실습생 실시간 점검 체계도 강화했다",None,U,[ED],"achievement"),
  C("우수한 업체를 선도기업으로 지정해 기업 정보를 학교에 제공하고 있다",None,U,[ED],"statement"),
  C("1차로 안전 점검을 진행한 뒤",None,U,[ED,DS],"statement"),
  C("교육청 담당자로 구성했다",None,U,[ED],"statement"),
  C("매달 지역협의체를 열어 선도기업을 선정하고 있다",None,U,[ED],"statement"),
 ],
 not_claims=[])
for name,g in golds.items():
    out={"article":name,**g}
    json.dump(out,open(os.path.join(G,name+'.json'),'w'),ensure_ascii=False,indent=2)
print(len(golds), sum(len(g['claims']) for g in golds.values()))
