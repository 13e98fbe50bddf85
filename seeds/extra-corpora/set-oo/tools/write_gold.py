#!/usr/bin/env python3
"""Writes set-oo gold files (hand annotation; see GOLD_NOTES.md)."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")

def C(quote, date, policies, kind, speaker=None, name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        c["speaker_name"] = name
    return c

G = {}

# ---------- oo-01 동작구 (SQL dump row) ----------
P = "2021-10-15"
G["oo-01-dongjak.txt"] = {
 "metadata": {"headline": "동작구, 식품안전관리자 양성 후 취업 지원", "published": P, "reporter": None, "outlet": None, "jurisdiction": "11590"},
 "officials": [],
 "claims": [
  C("서울시 동작구는 식품안전관리자 양성을 위한 2차 교육생을 오는 22일까지 모집한다", P, ["jobs"], "statement"),
  C("12일 구에 따르면 식품안전관리자 양성과정은 식음료 실무자(바리스타·와인소믈리에·바텐더) 양성을 위한 교육으로", "2021-10-12", ["jobs"], "statement"),
  C("참여자는 자격증 취득에 필요한 교육을 무료로 수강할 수 있다", P, ["jobs"], "statement"),
  C("모든 비용은 동작구 예산으로 진행한다", P, ["jobs"], "statement"),
  C("해당 과정을 이수한 후 일정 점수 이상 받아 시험에 통과하면 자격증을 취득할 수 있다", P, ["jobs"], "statement"),
  C("자격증 소지자는 위드코로나 시대로 전환되면", P, ["jobs"], "statement"),
  C("자격증 취득자를 대상으로 취업 연계를 진행할 계획이다", P, ["jobs"], "plan"),
  C("1차 교육은 지난 2일(토)에 개강해 매주 토요일마다", "2021-10-02", ["jobs"], "achievement"),
  C("이번에 모집 중인 2차 교육은 이달 27일부터 내달 2일까지", P, ["jobs"], "plan"),
  C("교육생은 수업에 필요한 교재와 수료증, 취업 연계 지원 등 다양한 혜택을 받을 수 있다", P, ["jobs"], "statement"),
  C("교육 참여를 원하는 구민은 신청서와 개인정보동의서, 구직신청서 등을 작성한 후", P, ["jobs"], "statement"),
  C("고용노동부에서 주관하는 일자리 포털 ‘워크넷’에서 다양한 정보를 한눈에 볼 수 있다", P, ["jobs"], "statement"),
  C("취업정보를 통합한 취업정보사이트로, 고용부와 한국고용정보원은", P, ["jobs"], "statement"),
  C("이번 교육은 위드코로나를 준비하는 청년들에게 레스토랑과 호텔에 취업하는데 필요한 자격증을 취득할 수 있는 좋은 기회이므로", P, ["jobs", "youth-policy"], "statement", None, "전혜영"),
  C("앞으로도 청년들이 양질의 일자리를 얻을 수 있도록 다양한 교육과정을 운영하고 사후관리도 지속하겠다", P, ["jobs", "youth-policy"], "plan", None, "전혜영"),
 ],
 "not_claims": ["동작구, 식품안전관리자 양성 후 취업 지원", "신청 관련 자세한 내용은 미국호텔협회 한국교육원으로 문의하면 안내를 받을 수 있다"],
}

# ---------- oo-02 경기도 주4.5일제 ----------
P = "2025-06-19"
KDY = "kim-dong-yeon"
G["oo-02-chosun-gyeonggi.html"] = {
 "metadata": {"headline": "경기도, 전국 최초 민간 대상 주 4.5일제 시범사업 본격 추진", "published": "2025-06-19T15:44:33+09:00", "reporter": None, "outlet": None, "jurisdiction": "41"},
 "officials": [KDY, "lee-jae-myung"],
 "claims": [
  C("경기도가 전국 최초로 민간을 대상으로 하는 주 4.5일제 시범 사업을 시작한다", P, ["labor-relations"], "plan"),
  C("4.5일제 도입은 경기도가 작년부터 본격 추진해왔다", P, ["labor-relations"], "statement"),
  C("노동시간을 줄이는 것이 핵심으로, 이달부터 오는 2027년까지 2년 동안 한시적으로 실험할 예정이다", P, ["labor-relations"], "plan"),
  C("경기도는 지난 4월 공모를 통해 4.5일제를 직접 도입해 시범 운영할 민간기업 67곳을 선정했다", P, ["labor-relations"], "achievement"),
  C("사회적기업부터 IT기업, 제조업, 지역 언론사까지 다양한 조건과 특성을 가진 기업들이 사업에 참여하겠다는 의사를 밝혔다", P, ["labor-relations"], "statement"),
  C("또 경기도 산하 공공기관 중 경기콘텐츠진흥원 1곳이 참여해 민·관 모두에서 진행된다", P, ["labor-relations"], "statement"),
  C("구체적으로 경기도가 기업 근로자 1명당 최대 26만 원의 장려금을 지원하면", P, ["labor-relations"], "statement"),
  C("경기도가 주는 장려금은 임금 보전을 위한 재정지원 개념이다", P, ["labor-relations"], "statement"),
  C("또 기업당 최대 2000만원의 노무 맞춤 컨설팅과 근태관리를 위한 인사시스템 구축도 지원하기로 했다", P, ["labor-relations"], "plan"),
  C("경기도에선 이번 사업을 통해 노동생산성·직무만족도 등 44개 세부지표를 통해 실질적인 성과를 분석할 예정이다", P, ["labor-relations"], "plan"),
  C("이후 적정 노동시간에 대한 사회적 합의 기준을 제시하고, 전국 확대를 위한 제도 개선 등도 건의하겠다는 계획이다", P, ["labor-relations"], "plan"),
  C("경기도와 경기도일자리재단은 19일 수원 라마다프라자호텔에서 ‘주4.5일제 시범사업’ 참여 기업들과 함께 업무협약을 체결하고", P, ["labor-relations"], "achievement"),
  C("4.5일제를 본격 시행하면 우리 도민과 국민의 ‘일주일의 삶’이 바뀔 수 있다는 생각이 들어 전국 최초로 시범사업을 시작하게 됐다", P, ["labor-relations"], "achievement", KDY),
  C("다시 노동시장과 우리 국민의 노동에 한 획을 긋는 사업을 경기도가 하게 돼 기쁘다", P, ["labor-relations"], "statement", KDY),
  C("새 정부가 출범하면서 본격화된 이 사업이 경기도를 기점으로 전국적으로 확산될 수 있을 것으로 기대한다", P, ["labor-relations"], "statement", KDY),
 ],
 "not_claims": [
  "경기도, 전국 최초 민간 대상 주 4.5일제 시범사업 본격 추진",
  "주4.5일제 시범사업 업무협약에서 김동연 경기도지사, 주4.5일제 참여기업 68개 기업 및 노동자 대표 등이 기념촬영을 하고 있다",
  "파주시에 위치한 제조업체 휴그린주식회사는 노동강도가 높아",
  "육체피로도를 줄이면 채용도 원활하게 되고",
  "성남시에 위치한 정보서비스 기업 주식회사 둡은 2021년 5월부터 주 35시간 근무제를 실시하고 있었는데",
  "근무시간을 단축해도 생산성이나 개발 속도에 전혀 차이가 없었다",
 ],
}

# ---------- oo-03 완도군 해조류 블루카본 ----------
P = "2024-11-26"
SW = "shin-u-cheol"
G["oo-03-chosun-wando.html"] = {
 "metadata": {"headline": "신우철 완도군수, NASA 등 방문… “탄소 흡수하는 해조류, 우수성 알렸다”", "published": "2024-11-26T15:39:40+09:00", "reporter": None, "outlet": None, "jurisdiction": "46890"},
 "officials": [SW],
 "claims": [
  C("미국 항공우주청(NASA)을 방문해 해조류 우수성을 알렸다", P, ["agriculture"], "achievement"),
  C("국내 기초지방단체 중 특정 산업을 놓고 NASA 측과 실무 협의를 벌인 곳은 완도군이 처음", P, ["agriculture"], "achievement"),
  C("해조류의 우수성을 알리고 해조류를 블루카본으로 인증받기 위한 방문이었다", P, ["climate-carbon", "agriculture"], "statement"),
  C("신 군수는 NASA에서 완도 해조류 양식 기술과 해조류 우수성, 해조류 블루카본의 가치 등을 직접 설명했다고 한다", P, ["climate-carbon", "agriculture"], "statement", SW),
  C("기후변화에 대응하기 위해 해조류가 블루카본으로 인증받을 수 있도록 완도 해조류 양식장에 대해 다시 한번 재조명해 달라고 요청했다", P, ["climate-carbon", "agriculture"], "statement", SW),
  C("로라 로렌조니 NASA 해양생물·생물지구화학 책임자는", P, ["climate-carbon"], "achievement", SW),
  C("완도군은 해조류가 블루카본으로 인정되면 지역 해조류 양식이 탄소 중립에 이바지할 것으로 기대한다", P, ["climate-carbon", "agriculture"], "statement"),
  C("한미 에너지부 국제 공동 연구 개발사업(2025~2029년)인 ‘외해 해조류 양식 기술 시스템’ 구축을 위해 사업 대상지 완도군을 방문했다", P, ["research-development", "agriculture"], "statement"),
  C("외해 해조류 양식 기술 시스템은 먼바다에 자동화·기계화 시설을 구축", P, ["research-development", "agriculture"], "statement"),
  C("해조류를 활용한 바이오 매스 대량 생산과 블루카본 발굴을 위해 최첨단 공법의 양식 기술이 투입된다", P, ["climate-carbon", "agriculture"], "statement"),
  C("신 군수는 에블린 엔 왕 ARPA-E 원장, 관계자들과 협력 방안, 구체적인 사업 추진 계획 등에 관해 논의했다", P, ["research-development"], "statement"),
  C("군은 사업이 완료되면 외해 양식을 통해 생산된 해조류를 해양바이오산업 소재와 미래 에너지원으로 활용할 계획이다", P, ["research-development", "agriculture"], "plan"),
  C("완도 해조류에 대한 세계적인 관심이 해외시장 개척에도 도움이 될 것", P, ["agriculture"], "statement", SW),
  C("해조류를 특화한 해양바이오산업을 육성할 계획", P, ["agriculture"], "plan", SW),
 ],
 "not_claims": [
  "신우철 완도군수, NASA 등 방문",
  "신우철 전남 완도군수가 미국 에너지부 산하 기관인 에너지 고등계획원(ARPA-E) 관계자에게 해조류 서적을 기념품으로 전달하고 있다",
  "신우철 완도군수 일행은 최근 NASA와 미국 에너지부 산하 기관 ‘에너지 고등계획원(ARPA-E)’을 방문했다",
  "건강식품과 미래 식량 등으로 해조류에 대한 관심이 세계적으로 커졌다",
  "해양생태계가 흡수하는 탄소를 말한다",
  "탄소흡수 속도가 50배 빠르고 탄소 저장 능력도 훨씬 높다",
  "아마존 열대우림보다도 탄소흡수 능력이 더 뛰어나다",
  "해조류는 아직 블루카본으로 국제적으로 공식 인증을 받지는 못했다",
  "앞서 NASA는 2021년 완도 해조류 양식장을 찍은 인공위성 사진을 공개했다",
  "해조류를 친환경적으로 양식한다고 언급했다",
  "신 군수는 NASA에 이어 ARPA-E도 찾았다",
 ],
}

# ---------- oo-04 서울 미리 내 집 ----------
P = "2024-10-25"
OSH = "oh-se-hoon"
HC = ["housing", "childcare-birth"]
G["oo-04-chosun-seoul.html"] = {
 "metadata": {"headline": "신혼부부 장기전세, 내년 청담·신반포·잠실에도 공급", "published": "2024-10-25T01:30:50+09:00", "reporter": None, "outlet": None, "jurisdiction": "11"},
 "officials": [OSH],
 "claims": [
  C("여긴 서울시가 저출생 극복 대책으로 내놓은 신혼부부 장기 전세 주택 ‘미리 내 집’ 1호다", P, HC, "statement"),
  C("신혼부부가 입주해 아이를 낳으면 20년까지 살 수 있고 20년 뒤에는 감정가보다 최고 20% 싼 가격에 매수할 수도 있다", P, HC, "statement"),
  C("아이를 낳으면 더 넓은 평형으로 옮길 수도 있다", P, HC, "statement"),
  C("온라인 부동산 커뮤니티에서 화제가 됐다", P, ["housing"], "statement"),
  C("둔촌주공아파트를 재건축한 올림픽파크포레온에는 미리 내 집이 300가구 있다", P, ["housing"], "achievement"),
  C("300가구에 입주할 신혼부부를 모집하는 데 1만8000쌍이 몰렸다", P, ["housing"], "achievement"),
  C("경쟁률이 60대1이었다", P, ["housing"], "achievement"),
  C("올림픽파크포레온에 있는 미리 내 집의 전셋값은 전용 면적 59㎡가 4억3000만원이다", P, ["housing"], "statement"),
  C("아이만 낳으면 이 전셋값으로 최장 20년까지 살 수 있다", P, HC, "statement"),
  C("20년 뒤 감정가를 20억원으로 가정하면 최대 4억원 싼 가격에 매수할 수 있다", P, ["housing"], "statement"),
  C("서울시가 내년에는 이러한 미리 내 집을 1000가구 공급한다", P, ["housing"], "target"),
  C("특히 신혼부부들이 선호하는 강남 3구에 집중 공급한다", P, ["housing"], "plan"),
  C("그동안 임대주택은 주로 시 외곽 지역에 많았는데 강남 역세권 재건축·재개발 단지를 뚫고 들어가는 것이다", P, ["housing"], "statement"),
  C("24일 서울시에 따르면, 내년도 미리 내 집 공급 단지에는", "2024-10-24", ["housing"], "plan"),
  C("신혼부부는 주변 시세보다 20% 정도 싸게 입주할 수 있을 것", P, ["housing"], "statement"),
  C("미리 내 집은 서울시가 재건축·재개발 단지에서 기부 채납받는 물량을 활용한다", P, ["housing"], "statement"),
  C("그래서 상대적으로 싼값에 공급할 수 있다", P, ["housing"], "statement"),
  C("서울시는 기존 장기 전세 주택(시프트)에서도 150가구 이상을 신혼부부용으로 전환할 계획이다", P, ["housing"], "target"),
  C("서울시는 저출생 문제를 해결하기 위한 다양한 방안 중 하나로 미리 내 집을 계속 확대한다는 방침이다", P, HC, "plan"),
  C("2026년까지 미리 내 집 4400가구를 공급할 계획이다", P, ["housing"], "target"),
  C("미리 내 집의 높은 경쟁률은 그동안 신혼부부들이 주거 문제로 얼마나 고민했는지를 보여주는 증거", P, ["housing"], "statement", OSH),
  C("공공이 나서서 집 부담을 덜어줘야 저출생 문제도 해결할 수 있다", P, HC, "statement", OSH),
  C("다만 여전히 높은 전셋값과 제한된 물량은 풀어야 할 과제다", P, ["housing"], "criticism"),
  C("주변 시세보다 싸긴 하지만 서울 집값이 워낙 비싸다 보니 신혼부부가 부담하기 만만치 않다는 것이다", P, ["housing"], "criticism"),
  C("20년 뒤에는 부동산 가격이 급등해 감정가의 20%를 깎아주더라도 집을 살 수 있는 신혼부부가 거의 없을 수 있다", P, ["housing"], "criticism", None, "임재만"),
  C("공급 물량을 늘리고 비용 부담을 덜기 위해 내년부터는 아파트 외에 신축 빌라와 오피스텔 등도 매년 2000가구씩 추가 공급할 계획", P, ["housing"], "target"),
  C("서울시가 저출생 극복 대책으로 지난 5월 도입한 장기 전세 주택(시프트)", P, HC, "achievement"),
  C("신혼부부가 전세로 입주한 뒤 아이를 낳으면 최장 20년까지 살 수 있고", P, HC, "statement"),
  C("아이를 낳으면 더 넓은 평형으로 옮겨갈 수도 있다", P, HC, "statement"),
 ],
 "not_claims": [
  "신혼부부 장기전세, 내년 청담·신반포·잠실에도 공급",
  "서울시는 300가구를 신혼부부를 위한 ‘미리 내 집’으로 처음 공급했다",
  "연말 입주를 앞두고 신혼부부 네 쌍이 집 안을 꼼꼼하게 살펴보고 있었다",
  "이 집에 당첨되자마자 내년 여름 결혼식장을 잡았다",
  "그동안 집 때문에 결혼을 미뤘는데 소원 성취했다",
  "미리 내 집은 ‘내 집을 (싼값에) 미리 마련한다’는 뜻을 담았다",
  "같은 평형 일반 가구의 전셋값은 8억~9억원 수준이다",
  "현재 이 평형의 매매가는 20억원 정도다",
  "부동산 커뮤니티 등에서 ‘대장 아파트’ 중 한 곳으로 불리는 단지다",
 ],
}

# ---------- oo-05 충북 안전 ----------
P = "2024-05-27"
KYH = "kim-yung-hwan"
DS = ["disaster-safety"]
G["oo-05-chosun-chungbuk.html"] = {
 "metadata": {"headline": "오송 참사 아픔 겪은 충북, ‘안전한 충북’ 만든다", "published": "2024-05-27T15:55:36+09:00", "reporter": None, "outlet": None, "jurisdiction": "43"},
 "officials": [KYH],
 "claims": [
  C("충북도가 ‘안전한 충북’을 만들기 위한 대책을 마련한다", P, DS, "plan"),
  C("도는 사고 재발 방지와 안전한 충북 실현에 역량을 집중했고, 그 결과 3개 전략 33개 과제의 ‘재난안전관리 강화전략’을 수립했다", P, DS, "achievement", KYH),
  C("3개 전략은 예방 중심 안전 시스템 강화, 도민 안전의식 제고를 위한 안전 문화 확산, 미래 지속 가능한 안전 전문성 제고다", P, DS, "statement"),
  C("도는 예방 중심 안전 시스템 강화를 위해 선제적인 사고 예방, 지하차도 안전관리", P, DS, "plan"),
  C("도는 여름철 호우에 대비해 인명피해 우려 지역을 전수조사하고", P, DS, "plan"),
  C("상반기 중 도내 30개 지하차도에 자동차단시설 설치를 완료한다", P, DS, "target"),
  C("비가 내려 지하차도에 15㎝ 정도 물이 차면 자동으로 전광판에 차량 통행금지를 알리고", P, DS, "statement"),
  C("도로관리청은 지하차도에 다른 위험요소가 발생할 경우 수동으로 차량 진입을 통제할 수도 있다", P, DS, "statement"),
  C("특히 지난해 사고가 발생한 오송 궁평 2지하차도에는 최고높이 4.3m, 직선연장 52.7m의 차수벽을 설치한다", P, DS, "plan"),
  C("도는 지하차도별 민·관 합동 4인 담당제", P, DS, "plan"),
  C("또 재난대응체계 강화를 위해 신고자의 통화 내용을 글자로 변환하는 AI 기반 119신고 접수시스템을 구축하고", P, ["disaster-safety", "fourth-industrial-revolution"], "plan"),
  C("이와 함께 정기적인 위기관리 매뉴얼 정비, 재대본 임무숙지 훈련을 통해 공무원 재난 대응 역량을 키운다는 방침이다", P, DS, "plan"),
  C("도는 오송지하차도 침수사고의 원인이 됐던 미호강 치수 사업을 추진하고", P, DS, "plan"),
  C("지난해 월류 위험이 있던 괴산댐의 홍수기 운영수위 개선과 괴산댐 상류지역에 저류지 설치 사업도 추진한다", P, DS, "plan"),
  C("미래 지속 가능한 안전 전문성 제고 전략으로 충북 재난안전 비전 2030 연구용역 추진과 재난안전 통합관제 구축사업을 추진한다", P, DS, "plan"),
  C("충북 안전재단을 설립하고 재난 안전연구센터의 연구 기능을 강화할 방침이다", P, ["disaster-safety", "research-development"], "plan"),
  C("특히 기피부서로 낙인된 재난안전 부서 근무 공무원의 인사 우대와 수당 지원 등 처우 개선을 위한 전향적인 제도 검토를 하고 있다", P, DS, "statement"),
  C("이를 통해 역량 있는 공무원이 재난안전 부서에서 오래 근무할 수 있도록 지원할 계획이다", P, DS, "plan"),
  C("또 자연재난 상해보험을 신설, 보장을 부상자까지 확대하기로 했다", P, DS, "plan"),
  C("도민 안전을 위한 각종 정책을 꼼꼼하게 추진하고, 미비점을 끊임없이 보완해 나갈 것", P, DS, "plan", KYH),
  C("도정 역량을 결집해 안전한 충북을 만들겠다", P, DS, "plan", KYH),
 ],
 "not_claims": [
  "오송 참사 아픔 겪은 충북, ‘안전한 충북’ 만든다",
  "김영환 충북지사가 안전한 충북 건설을 위한 계획을 발표하고 있다",
  "지난해 충북은 오송 지하차도 사고의 아픔을 겪었다",
  "미호강 치수사업 계획도",
 ],
}

# ---------- oo-06 부산 인구정책 ----------
P = "2024-09-10"
G["oo-06-chosun-busan.html"] = {
 "metadata": {"headline": "부산 ‘인구 위기’ 돌파구… 주거·보육·교육·청년·고령층 등 맞춤형으로", "published": "2024-09-10T17:58:17+09:00", "reporter": None, "outlet": None, "jurisdiction": "26"},
 "officials": [],
 "claims": [
  C("저출생·고령화·청년유출 등 지역 인구 문제에 대한 전면적 대응전략을 마련했다", P, ["childcare-birth", "youth-policy"], "achievement"),
  C("이같은 인구 변화의 위기의식과 불안을 해소하고 이를 새로운 기회의 흐름으로 바꾸기 위해 새로운 인구정책을 수립했다", P, ["childcare-birth", "youth-policy"], "achievement", None, "이준승"),
  C("단순히 출산 제고에 예산을 퍼붓는 방식이 아니라", P, ["childcare-birth"], "plan", None, "이준승"),
  C("임신·출산 동기가 분명한 난임 가구에 대한 지원을 강화하고, 출산·산후조리 지원금을 확대한다", P, ["childcare-birth"], "plan"),
  C("내년부터 종전 지원을 하지 않았던 난임 시술 중단의 경우에도 회당 50만원을 지급하고", P, ["childcare-birth"], "plan"),
  C("학부모 부담 어린이집 필요경비 대상을 3~5세에서 2~5세로 확대하고 외국 국적 영유아 보육료도 지원한다", P, ["childcare-birth"], "plan"),
  C("2026년부터는 손자를 보살피는 조부모에게 주는 ‘조부모 돌봄수당’을 지급할 계획이다", P, ["childcare-birth"], "plan"),
  C("신혼부부 대상의 ‘럭키7하우스’를 청년·다자녀 가구 등에도 확대 공급하고", P, ["housing", "childcare-birth", "youth-policy", "welfare"], "plan"),
  C("‘부산청년문화패스’ 대상을 현재 5000명에서 1만명으로 확대하고", P, ["youth-policy", "culture-tourism"], "target"),
  C("현재 각 2곳인 우리 동네 이에스지(ESG)센터와 하하센터를 각 16곳씩으로 확충할 계획이다", P, ["welfare"], "target"),
  C("이에스지(ESG)센터와 하하센터는 고령층이 자원재활용이나 각종 취미·실용 프로그램 등에 참여하거나", P, ["welfare"], "statement"),
  C("공적연금을 보완한 ‘부산형 노후소득보장제’를 도입하는 방안도 추진한다", P, ["welfare"], "plan"),
  C("시민들이 지역의 공공개발에 참여토록 하고 그에 따른 이익을 분배받아 노후소득으로 활용하는 방식 등을 검토 중", P, ["welfare"], "statement"),
  C("내년 외국인의 주거·취업·창업 등의 과정을 도와주는 ‘외국인 통합지원 센터’ 를 개설하고", P, ["jobs", "startup-support"], "plan"),
 ],
 "not_claims": [
  "부산 ‘인구 위기’ 돌파구",
  "부산 인구는 1995년 388만명을 정점으로 이후 하락세를 보였고",
  "2023년 0.66명으로 서울(0.55명)에 이어 최저 수준이다",
  "고령인구는 2023년 전체 인구 중 22.6%로 특별·광역시 중 최고 수준이다",
  "부산은 전국 광역시 중 처음으로 소멸위험 지역(올해 3월 기준)에 진입하기도 했다",
  "이준승 부산시 행정부시장이 10일 오후 부산의 인구 문제에 대한 새로운 대응 방안 및 정책에 대해 브리핑을 하고 있다",
  "‘생활인구’로 파악해 그들의 규모와 수요 등 데이터 분석에 따른 맞춤형 정책을 개발해 나갈 계획",
  "거스를 수 없는 인구변화의 힘을 긍정적으로 바꾸고",
 ],
}

def norm(s):
    return re.sub(r"\s+", "", s)

for name, g in G.items():
    text = norm(open(os.path.join(ROOT, "articles", name), encoding="utf-8").read())
    for c in g["claims"]:
        assert norm(c["quote"]) in text, (name, c["quote"])
    for n in g["not_claims"]:
        assert norm(n) in text, (name, n)
    out = {"article": name, **g}
    with open(os.path.join(ROOT, "gold", name + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(name, len(g["claims"]))
