"""Writes gold/*.json for set-lx (hand annotation)."""
import json, os
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
def C(q, s, d, p, k): return {'quote': q, 'speaker': s, 'date': d, 'policies': p, 'kind': k}
def W(art, md, offs, claims, nots):
    keys = ['headline', 'published', 'reporter', 'outlet', 'jurisdiction']
    json.dump({'article': art, 'metadata': dict(zip(keys, md)), 'officials': offs, 'claims': claims, 'not_claims': nots},
              open(os.path.join(G, art + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
T = ['culture-tourism']
d = '2020-01-10'
W('lx-01-breaknews.txt', ['양평군 관광종합발전계획 최종보고회 개최', '2020-01-11T09:46+09:00', '하인규', '브레이크뉴스', '41830'], ['jeong-dong-gyun'], [
  C('양평군은 지난 10일 양평군청 대회의실에서 정동균 양평군수를 비롯한', None, d, T, 'statement'),
  C('‘365일 감성교류 관광도시 양평’을 만들고자 하는 내용이 담겼다', None, d, T, 'plan'),
  C('군은 이를 위해 지난해 5월부터 전문가 현장 컨설팅', None, d, T, 'statement'),
  C('관광 민간협의회 운영 등의 다양한 추진과제를 도출했다', None, d, T, 'achievement'),
  C('먼저 군은 2023년까지 세미원을 국가정원으로 지정하는 한편', None, d, T, 'plan'),
  C('구둔역 아트스테이션을 중심으로 사람, 문화, 역사가 공존하는 구역을 만들계획이며', None, d, T + ['agriculture'], 'plan'),
], ['양평관광 순풍에 돛을 달다!', '양평군 관광종합발전계획 수립 용역 최종보고회 모습'])
d = '2022-09-05'
W('lx-02-ptcn.txt', [None, '2022-09-13T14:24+09:00', None, None, '41'], ['kim-dong-yeon', 'lee-jae-jun'], [
  C('탄소중립 경기도를 실현하기 위해 공동 노력하겠다고 선언했다', None, d, ['climate-carbon'], 'plan'),
  C('‘탄소중립 추진체계 구축과 공동협력을 위한 선언문’을 선포하고 서명식을 진행했다', None, d, ['climate-carbon'], 'statement'),
  C('이와 같은 것들이 기후변화와 관련된 문제라고 생각한다', 'kim-dong-yeon', d, ['climate-carbon'], 'statement'),
  C('2030년까지 온실가스 30% 감축, 2050년 온실가스 배출 걱정 없는 탄소중립을 차질없이 이끌어 나가겠다', 'kim-dong-yeon', d, ['climate-carbon'], 'target'),
], ['다른 곳에 퍼가실 때는 아래 고유 링크 주소를 출처로 사용해주세요'])
d = '2016-04-07'; L = 'lee-jae-myung'; Wf = ['welfare']
W('lx-03-ajunews.txt', ['이재명 성남시장 "성남 복지정책 끝까지 완수할 것"', '2016-04-07T14:13+09:00', '박재천', '아주경제', '41130'], [L], [
  C('이재명 성남시장이 7일 성남의 복지정책을 끝까지 완수하겠다고 공언했다', L, d, Wf, 'plan'),
  C('정부의 사회보장사업 정비지침을 반대하는 시민 1만6972명의 탄원서를 전달받았다', None, d, Wf, 'statement'),
  C('게을러진다는 말을 대한민국 운영을 맡고 있는 사람들이 하고 있다', L, d, Wf, 'criticism'),
  C('성남시가 그걸 깨고 있다', L, d, Wf, 'statement'),
  C('이 잘못된 복지에 대한 패러다임을 깨나가겠다', L, d, Wf, 'plan'),
  C('재판에서 반드시 승소해 우리가 우리의 세금과 권한으로 하고 있는 성남의 복지정책을 끝까지 완수하겠다', L, d, Wf, 'plan'),
], ['이재명 성남시장 "성남 복지정책 끝까지 완수할 것"', '시는 이날 받은 시민 16,972명의 탄원서를 헌법재판소에 제출할 계획이다'])
d = '2021-05-06'; K = 'lee-jae-jun-41280'; F = ['future-vehicles']
W('lx-04-edaily.txt', ['고양시, 전기차 충전시설 확충으로 탄소중립도시 ′한발짝 더', '2021-05-06T14:54+09:00', '정재훈', '이데일리', '41280'], [K], [
  C('고양시가 전기차 충전 인프라 확충을 통해 탄소중립도시로 한발짝 더 다가선다', None, d, F + ['climate-carbon'], 'statement'),
  C('국립암센터에 급속충전기 설치를 완료할 계획이라고 6일 밝혔다', None, d, F, 'plan'),
  C('충전인프라 구축이 어려운 시민들을 위해 공영주차장과 행정복지센터 등 부지발굴을 통해 구축을 추진 중에 있다', None, d, F, 'statement'),
  C('급속충전기 10기를 추가 구축했다', None, d, F, 'achievement'),
  C('현재 고양시 내 충전 인프라는 2018년 174기', None, d, F, 'achievement'),
  C('고양시의 전기차 등록대수는 1772대로', None, d, F, 'plan'),
  C('전기자동차는 온실가스 및 미세먼지를 줄이는 친환경 교통수단', K, d, F + ['climate-carbon', 'fine-dust'], 'statement'),
  C('충전인프라 구축에 적극 노력하겠다', K, d, F, 'plan'),
], ['올해 4월기준 1252기…1대당 0.71기', '전기차 충전시설.(사진=고양시 제공)'])
d = '2025-12-02'
W('lx-05-siminilbo.txt', ['고양시, GB 내 전기차 급속충전기 80% 이상 설치 의무화', '2025-12-02T17:03+09:00', '민장홍', '시민일보', '41280'], [], [
  C('지난 1일 고시했다고 밝혔다', None, '2025-12-01', F, 'achievement'),
  C('엄격한 관리의 필요성이 꾸준히 제기돼 왔다', None, d, F, 'statement'),
  C('해당 기준에는 3m 초과 절ㆍ성토가 필요한 토지', None, d, F, 'statement'),
  C('친환경 인프라의 건전한 확충을 도모하겠다는 의지를 밝혔다', None, d, F, 'plan'),
], ['입지·시설 기준 고시', '완공 후 용도변경등 지속 점검'])
d = '2023-01-01'; O = 'won-gang-su'
W('lx-06-breaknews.txt', ['원강수 원주시장, 2023년 계묘년 신년사', '2023-01-01T15:52+09:00', '김현우', '브레이크뉴스', '42130'], [O], [
  C('취임 즉시 긴급재난지원금 준비에 착수해 10월 지급을 완료했습니다', O, d, ['welfare'], 'achievement'),
  C('고속버스터미널 운영 중단 위기를 시외버스터미널과의 통합 운영이라는 기회로 바꾸었습니다', O, d, ['public-transit'], 'achievement'),
  C('시장실 1층 이전으로 실현하였습니다', O, d, ['citizen-participation'], 'achievement'),
  C('이제 소통은 원주시 행정에서 가장 중요한 키워드가 될 것입니다', O, d, ['citizen-participation'], 'statement'),
  C('해결의 정답은 기업 유치와 신산업 육성입니다', O, d, ['investment-attraction'], 'statement'),
], ['원강수 원주시장, 2023년 계묘년 신년사', '이 모든 성과는 ‘현장에 답이 있다’는 시정 철학을 바탕으로',
    '모든 역량과 자원을 원주시의 변화와 발전으로 맞바꾸겠습니다'])
d = '2025-01-23'
W('lx-07-newsstep.txt', ['속초의 매력, 한국관광 100선에 담다', '2025-01-23T11:20+09:00', '최선경', '뉴스스텝', '51210'], [], [
  C('속초관광수산시장과 설악산국립공원 두 곳이 2025년 한국관광 100선에 선정됐다', None, d, T, 'achievement'),
  C('한국 관광 100선은 문화체육관광부와 한국관광공사에서 2년 주기로', None, d, T, 'statement'),
  C('2024년 도내 내비게이션 관광지 검색 1위를 달성한 곳으로', None, d, T, 'statement'),
  C('주변 관광지와 인접해 있어 짧은 시간 내 쇼핑과 관광을 할 수 있는', None, d, T, 'statement'),
  C('외국적 크루즈 선사 유치 등 해외 관광객들의 방문도 늘어나', None, d, T + ['small-merchants'], 'achievement'),
  C('특히 가을 단풍철에는 국내 관광객뿐만 아니라 수많은 외국인 관광객이 몰려오는 곳이다', None, d, T, 'statement'),
], ['속초관광수산시장, 설악산국립공원 한국관광 100선 선정', '한국관광 100선 관련(설악산 및 설악향기로)'])
d = None
W('lx-08-g1tv.txt', ['<신년.8> 속초시, 체류형 관광 인프라 구축', None, '조기현', None, '42210'], [], [
  C('굵직한 관광 인프라 조성을 본격화해', None, d, T + ['public-transit'], 'plan'),
  C('속초시가 설악동을 다시 사람이 머물며 쉬는 곳으로 바꾸기 위해 애쓰는 이유입니다', None, d, T, 'statement'),
  C('설악동 재건 사업의 틀을 마무리할 계획으로, 예산 264억 원을 확보했습니다', None, d, T, 'achievement'),
  C('온천마을 힐링 휴 족욕쉼터를 조성하고', None, d, T, 'plan'),
  C('민간 자본을 유치하기 위한 자본 유치 설명회를 서울에서 개최한다든지', None, d, T + ['investment-attraction'], 'plan'),
  C('체류형 관광 속초를 만들기 위한 구상은 호수와 바다로 이어집니다', None, d, T, 'plan'),
  C('외옹치 바다향기로 등 신규 관광지를 집중 육성합니다', None, d, T, 'plan'),
  C('해변 케이블카도 착공하는 등 다양한 관광 콘텐츠를 확충합니다', None, d, T, 'plan'),
  C('경관조명을 더해 주야간 관광명소로 만들고', None, d, T, 'plan'),
], ['80년대 말까지만 해도 국내 관광의 성지였던 설악동은 침체에 빠진지 오랩니다',
    '폐업한 건물이 흉물스럽게 방치돼 있고', '<신년.8> 속초시, 체류형 관광 인프라 구축'])
d = '2022-07-01'; S = 'sim-jae-guk'
W('lx-09-news1.txt', ['4년 만에 복귀한 심재국 군수…평창 남부권 인프라 보강 약속', '2022-07-01T16:31+09:00', '신관호', '뉴스1', '42760'], [S], [
  C('북부권에도 체류관광객을 확대할 수 있는 대책도 내놓기로 약속하는 등', S, d, T, 'plan'),
], ['남부권 발전을 위해 나서겠다고 밝혀 관심이 쏠리고 있다', '앞으로 평창 8개 읍‧면이 발전할 수 있는 대책을 추진할 것',
    '올림픽 누린 북부권도 체류관광 활성화 위해 지원 강화', '평창을 남부권과 북부권으로 구분하면서 지역발전 대책을 내놓겠다는 입장을 피력했다'])
print('ok')
