"""Writes gold/*.json for set-j (hand annotation; see GOLD_NOTES.md)."""
import json, os
os.chdir(os.path.dirname(os.path.abspath(__file__)) + '/..')

def C(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}

G = []

# j-01 newstomato: 박원순, Seoul urban-regeneration conference, 2018-09-13
P, D = 'park-won-soon', '2018-09-13'
G.append({"article": "j-01-newstomato.txt",
 "metadata": {"headline": "(서울도시재생엑스포)박원순 시장 “도시재생으로 일자리 30만개 창출”",
              "published": "2018-09-13T17:21:22+09:00", "reporter": "박용준", "outlet": "뉴스토마토", "jurisdiction": "11"},
 "officials": [P],
 "claims": [
  C("2025년까지 도시재생으로 서울 전역에 30만개에 일자리를 창출해", P, D, ["urban-regeneration", "jobs"], "target"),
  C("박 시장은 도시재생으로 추구할 좋은 도시에 대해 서울의 영문 알파벳을 따", P, D, ["urban-regeneration"], "statement"),
  C("‘인문 도시를 향한 서울의 도시재생 비전’을 주제로 지속가능한 미래도시에 대해 얘기했다", P, D, ["urban-regeneration"], "statement"),
  C("주민이 직접 참여해 지역문제를 스스로 해결할 역량을 갖추고", None, D, ["urban-regeneration"], "statement"),
  C("과거 대규모 개발 프로젝트가 아니라 역사적 랜드마크를 재발견하고 주민과 주변의 연계를 통해 공동체를 강화하는 방식", P, D, ["urban-regeneration"], "statement"),
 ],
 "not_claims": ["서울 도시재생 국제컨퍼런스를 열었다",
                "꾸준히 진행해 총 133곳", "델리, 인구팽창으로 큰 문제"]})

# j-02 gitimes: 염태영 수원시장, 스마트시티 대상 (text undated: '18일' only; 2020)
P, D = 'yeom-tae-yeong', None
G.append({"article": "j-02-gitimes.txt",
 "metadata": {"headline": "수원시, 2020 대한민국 지식혁신 스마트시티 대상에서 '대상'",
              "published": None, "reporter": "한정민", "outlet": "경인통신", "jurisdiction": "41110"},
 "officials": [P],
 "claims": [
  C("경기도 수원시가 올해 처음으로 선정한 ‘2020 대한민국 지식혁신 스마트시티 대상’에서 대상을 받았다", None, D, ["smart-city"], "achievement"),
  C("수원시의 스마트시티 정책을 소개했다", P, D, ["smart-city"], "statement"),
  C("수원시는 시민이 참여하는 사람 중심의 스마트시티 정책을 추진하고 있다", P, D, ["smart-city"], "statement"),
  C("시민들이 언제, 어디서니 체감할 수 있는 스마트시티 서비스를 제공할 것", P, D, ["smart-city"], "plan"),
  C("‘세계 선도형 스마트시티 연구개발 사업’에 1차 선정된 바 있으며", None, D, ["smart-city", "research-development", "urban-regeneration"], "achievement"),
  C("수원시 여건을 고려해 스마트도시 목표·방향을 설정하고 있다", None, D, ["smart-city"], "statement"),
  C("스마트도시서비스 사업의 가이드라인으로 활용할 예정이다", None, D, ["smart-city"], "plan"),
 ],
 "not_claims": ["‘지식혁신’을 바탕으로 스마트시티를 조성하는 우수 지자체에 수여한다",
                "1차 서류심사로 12개 지자체를 선정했고",
                "시상식은 18일 서울 신라호텔에서 열린 제21회 세계지식포럼 중 진행됐다",
                "수상에 앞서 ‘수원시 스마티시티 추진사례’ 소개"]})

# j-03 ilyo: 이재명 성남시장, 청년배당 2분기 (text undated; real 2016-04-20)
P, D = 'lee-jae-myung', None
G.append({"article": "j-03-ilyo.txt",
 "metadata": {"headline": "이재명 성남시장 “청년 응원하는 사람들이 많다는 것 알아줬으면”",
              "published": None, "reporter": "서동철", "outlet": "일요신문", "jurisdiction": "41130"},
 "officials": [P],
 "claims": [
  C("시민들의 세금을 최대한 아껴서 시민들의 복지에 쓰는 게 성남시의 역할", P, D, ["welfare"], "statement"),
  C("차질없이 청년배당과 성남시 복지를 계속 시행토록 할 것이다", P, D, ["youth-policy", "welfare"], "plan"),
  C("‘청년배당’의 2분기(4~6월)분을 기존 지급자인 8,475명과 신규 신청자 2,825명 등 총 11,300명에게 지급한다", None, D, ["youth-policy"], "statement"),
  C("불가피하게 절반인 12만 5000원만 지급하게 됐다", None, D, ["youth-policy"], "statement"),
  C("지급이 유보된 12만 5000원은 권한쟁의심판에서 성남시가 승소할 경우 곧바로 지급된다", None, D, ["youth-policy"], "plan"),
  C("또 패소하면 재정 페널티로 충당할 예정이다", None, D, ["youth-policy"], "plan"),
  C("▲청년 복지향상 ▲취업역량 강화 ▲지역경제 활성화 등을 위해 성남시가 올해 처음 도입한 것으로", None, D, ["youth-policy", "welfare", "jobs"], "statement"),
  C("사용자의 편의성을 높이기 위해 전자카드로 지급하는 방안을 검토 중이다", None, D, ["youth-policy"], "statement"),
 ],
 "not_claims": ["이재명 성남시장과 성남시 청년배당을 받은 청년들", "청년 응원하는 사람들이 많다는 것 알아줬으면"]})

# j-04 newsq: 김동연 경기지사, 경기 RE100 (text undated; real 2023-04-24)
P, D = 'kim-dong-yeon', None
G.append({"article": "j-04-newsq.txt",
 "metadata": {"headline": None, "published": None, "reporter": None, "outlet": "뉴스Q", "jurisdiction": "41"},
 "officials": [P],
 "claims": [
  C("기후도지사가 되어 대한민국을 변화시겠다", P, D, ["climate-carbon"], "plan"),
  C("‘경기 RE100’ 비전을 선포했다", P, D, ["energy-transition"], "achievement"),
  C("‘RE100’은 2050년까지 사용전력량의 100%를 재생에너지로 조달하자는 기후위기 대응 캠페인이다", None, D, ["energy-transition", "climate-carbon"], "statement"),
  C("수출기업에게 재생에너지 전환은 신(新)무역장벽으로 선택이 아닌 생존 문제이다", P, D, ["energy-transition"], "statement"),
  C("그러나 정부는 신재생에너지 발전 비중을 30.2%에서 21.6%로 하향하고", P, D, ["energy-transition", "climate-carbon"], "criticism"),
  C("온실가스 감축 목표량 75%를 차기정부와 미래세대에 전가했다", P, D, ["climate-carbon"], "criticism"),
  C("①2030까지 신재생에너지 비중 30% 달성", P, D, ["energy-transition", "climate-carbon"], "target"),
  C("‘탄소중립·녹색성장 위원회’를 구성해 매월 제가 직접 회의를 주재하며 비전을 구체화하고 실천하겠다", P, D, ["climate-carbon"], "plan"),
 ],
 "not_claims": ["공장 지붕에 상업용 태양광 시설을 설치한 중소기업에서 선포식을 했다",
                "SK하이닉스, 삼성전자, LG에너지솔루션 등 대기업이 동참하고 있다",
                "‘기후대사’로 경기도의 비전을 지지하고 후원할 예정이다",
                "누구도 도전하지 않은 길을 경기도가 열어가겠다"]})

# j-05 edaily: 박남춘 인천시장, 취임 3주년 기자간담회, 2021-07-01
P, D = 'park-nam-chun', '2021-07-01'
G.append({"article": "j-05-edaily.txt",
 "metadata": {"headline": "박남춘 인천시장 “첨단산업 육성해 일자리 늘리겠다”",
              "published": "2021-07-01T17:29:53+09:00", "reporter": "이종일", "outlet": "이데일리", "jurisdiction": "28"},
 "officials": [P],
 "claims": [
  C("박남춘 인천시장은 1일 “첨단산업 중심의 일자리가 풍부한 도시를 만들겠다”고 밝혔다", P, D, ["jobs"], "plan"),
  C("데이터·네트워크·인공지능(DNA) 혁신밸리 육성 방안을 제시했다", P, D, ["fourth-industrial-revolution", "urban-regeneration"], "plan"),
  C("바이오헬스밸리, 항공·모빌리티밸리로 키우겠다고 발표했다", P, D, ["medical-industry", "future-vehicles"], "plan"),
  C("서구 청라(수소발전·커넥티드카·로봇)", P, D, ["energy-transition", "future-vehicles", "robot-industry", "culture-tourism", "fourth-industrial-revolution", "medical-industry"], "plan"),
 ],
 "not_claims": ["지역별로 핵심첨단산업을 선정해 집중 육성하겠다",
                "3개 핵심정책을 추진해 첨단산업 도시로의 전환을 이루겠다",
                "이미 가시적 성과가 드러난 바이오산업 외에도",
                "청년지원 확대 살고싶은 도시로"]})

# j-06 hankookilbo: 최문순 강원지사 신년사 (text undated; real 2019-12-31)
P, D = 'choi-moon-soon', None
G.append({"article": "j-06-hankookilbo.txt",
 "metadata": {"headline": "최문순, 평창올림픽 이후 3년째 키워드 언급",
              "published": None, "reporter": "박은성", "outlet": "한국일보", "jurisdiction": "42"},
 "officials": [P],
 "claims": [
  C("금강산 관광 재개를 비롯한 여러 사업들이 실질적인 진전을 이룰 수 있도록 노력하겠다", P, D, ["culture-tourism"], "plan"),
  C("올해 취업의 질과 양이 모두 좋아졌다", P, D, ["jobs"], "achievement"),
  C("새해 청년 고용을 늘리고 일자리 안심공제와 사회보험료 지원 등 강원도형 일자리 지원사업을 확대하겠다", P, D, ["jobs", "youth-policy"], "plan"),
  C("취업과 관련한 기능을 모두 통합한 일자리 재단을 설립, 노사정 대타협 모델을 완성하겠다는 포부도 밝혔다", P, D, ["jobs", "labor-relations"], "plan"),
 ],
 "not_claims": ["평창올림픽의 유산인 평화를 계승하고 확대시키겠다",
                "3년째 평화 경제를 도정 주요전략으로 내세운 것이다",
                "최 지사는 지역경제 활성화를 이끌겠다는 다짐도 빼놓지 않았다",
                "2024년 동계청소년올림픽(유스올림픽) 카드를 들고 나왔다",
                "“금강산 관광 재개ㆍ지역경제 활성화” 약속"]})

# j-07 jbnews: 이시종 충북지사, 수소산업 전문가 회의 (text undated; real 2019-01-23)
P, D = 'lee-si-jong', None
G.append({"article": "j-07-jbnews.txt",
 "metadata": {"headline": "충주~진천~음성 수소생태계 조성 주력",
              "published": None, "reporter": "김미정", "outlet": "중부매일", "jurisdiction": "43"},
 "officials": [P],
 "claims": [
  C("충주·진천·음성을 연결하는 수소에너지 클러스터 구축 등 수소산업 육성에 박차를 가한다", None, D, ["energy-transition"], "plan"),
  C("정부의 수소경제 활성화 로드맵과 연계한 충북도의 수소산업 중·장기 발전방향, 실행방안 등을 논의했다", None, D, ["energy-transition"], "statement"),
  C("도는 수소산업 육성계획 추진중인 3조3천억원 규모의 사업에", None, D, ["energy-transition"], "plan"),
  C("연료전지 스택을 2022년 연간 4만여대, 2030년 연간 70만대 생산할 기반을 구축하고", None, D, ["energy-transition", "future-vehicles"], "statement"),
  C("수소경제를 선도해나갈 수 있도록 모든 노력을 다하겠다", P, D, ["energy-transition"], "plan"),
 ],
 "not_claims": ["이시종 충북도지사가 회의를 주재하고 있다", "국내 관련분야 전문가 산·학·연 20여명이 참석했다"]})

# j-08 timenews: 김태흠 충남지사 당진 언론인 간담회, 2024-09-20
P, D = 'kim-tae-heum', '2024-09-20'
G.append({"article": "j-08-timenews.txt",
 "metadata": {"headline": "김태흠 충남지사 “충남서 가장 핫한 당진, 기업 유치로 더 키운다”",
              "published": "2024-09-21T20:12:03+09:00", "reporter": "홍대인", "outlet": "충남타임뉴스", "jurisdiction": "44"},
 "officials": [P],
 "claims": [
  C("더 많은 국내외 기업 투자 유치를 통해 당진 발전을 이끌어 나아가겠다고 밝혔다", P, D, ["investment-attraction"], "plan"),
  C("국내외 기업 투자 유치 측면에서 당진이 앞서가고 있다", P, D, ["investment-attraction"], "achievement"),
  C("민선8기 2년 동안 유치한 금액은 21조 9471억 원에 달한다", P, D, ["investment-attraction"], "achievement"),
  C("22조 가까운 금액 중 3분의 1 가량인 8조 원은 당진에 유치했다", P, D, ["investment-attraction"], "achievement"),
 ],
 "not_claims": ["당진은 충남에서 가장 핫한 곳", "앞으로도 더 큰 프로젝트와 사업들이 많다",
                "도와 시가 긴밀히 협조해 당진 발전 견인에 최선을 다할 것",
                "베이밸리는 당진 등 아산만 일대를 미국의 실리콘밸리처럼 키우겠다는 계획",
                "경제자유구역에는 신산업을 집어넣을 것", "김 지사는 “베이밸리 건설"]})

# j-09 cctoday: 박수범 대덕구청장 주간업무회의 미세먼지, 2017-05-22
P, D = 'park-su-beom', '2017-05-22'
G.append({"article": "j-09-cctoday.txt",
 "metadata": {"headline": "박수범 대전 대덕구청장 주문 “區차원 미세먼지 대비책 세워야”",
              "published": "2017-05-22T19:35+09:00", "reporter": "최윤서", "outlet": "충청투데이", "jurisdiction": "30230"},
 "officials": [P],
 "claims": [
  C("미세먼지 저감을 위한 구 차원의 적극적인 대책 마련을 주문했다", P, D, ["fine-dust"], "plan"),
  C("지자체 차원 대책마련에는 예산과 재정적 한계가 있다", P, D, ["fine-dust"], "statement"),
  C("선제적이고 종합적인 대비책을 마련하고자 하는 행정적 노력이 무엇보다 중요하다", P, D, ["fine-dust"], "plan"),
  C("2곳의 대형 산업단지가 있는 대덕구는 그 중요성이나 심각성이 다른 지역에 비해 더욱 심각한 지역", P, D, ["fine-dust"], "statement"),
  C("정부나 대전시에 미세먼지 측정소 설치를 요청해", P, D, ["fine-dust"], "plan"),
  C("구체적인 미세먼지 발생 예방대책도 중요할 것", P, D, ["fine-dust"], "plan"),
 ],
 "not_claims": ["區차원 미세먼지 대비책 세워야"]})

# j-10 maeil (terradarcobaleno repost): 이춘희 세종시장 대중교통 개편 (text undated; probably 2015)
P, D = 'lee-choon-hee', None
G.append({"article": "j-10-maeil.txt",
 "metadata": {"headline": "이춘희 시장, BRT 증편, 시영버스 도입 등 발표",
              "published": None, "reporter": "이길표", "outlet": "매일일보", "jurisdiction": "36"},
 "officials": [P],
 "claims": [
  C("세종시가 인구 증가에 따라 내년부터 대중교통체계를 전면 개편한다", None, D, ["public-transit"], "plan"),
  C("대통교통체계를 대폭 개편하겠다", P, D, ["public-transit"], "plan"),
  C("수도권 수준의 교통체계 마련을 위해 연구용역을 추진 중에 있다", P, D, ["public-transit"], "statement"),
  C("내년부터 본격적인 개편에 들어갈 계획", P, D, ["public-transit"], "plan"),
  C("1생활권 지선노선의 운행간격을 30분에서 20분으로 단축할 계획이다", None, D, ["public-transit"], "plan"),
  C("장군면 내 시내버스 미운행 지역에 대한 노선도 신설할 예정이다", None, D, ["public-transit"], "plan"),
  C("990번 노선을 수도권 수준으로 운행할 계획이다", None, D, ["public-transit"], "plan"),
 ],
 "not_claims": []})

os.makedirs('gold', exist_ok=True)
for g in G:
    json.dump(g, open('gold/' + g['article'] + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(G), sum(len(g['claims']) for g in G))
