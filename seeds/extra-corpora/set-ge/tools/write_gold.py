# Writes set-ge gold files (hand annotation; see GOLD_NOTES.md).
import json, os
G = os.path.join(os.path.dirname(__file__), '..', 'gold')
def C(q, sp, d, pol, k, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: c["speaker_name"] = name
    return c
def W(art, meta, offs, claims, nots):
    h, p, r, o, j = meta
    g = {"article": art, "metadata": {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j},
         "officials": offs, "claims": claims, "not_claims": nots}
    with open(os.path.join(G, art + '.json'), 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=1); f.write('\n')

PN, D = 'park-nam-chun', '2018-07-02'
W('ge-01-kmib.txt', ('원도심·신도시 상생 위한 전담기구 설립', '2018-07-02T22:06+09:00', '정창교', '국민일보', '28'), [PN], [
 C('시민이 주도적으로 시정에 참여하는 ‘시민특별시’를 만들겠다', PN, D, ['citizen-participation'], 'plan'),
 C('서울지하철을 연장해 청라국제도시에서 서울까지 10분이면 닿을 수 있는 시대를 열고', PN, D, ['public-transit'], 'plan'),
 C('‘상생특별시’를 만들기 위해 도시재생 전담기구를 설립하겠다', PN, D, ['urban-regeneration'], 'plan'),
 C('시장 직속의 ‘일자리 위원회’를 구성하겠다고 했다', PN, D, ['jobs'], 'plan'),
 C('좋은 일자리 창출 차원에서 인천형 창업플랫폼 조성 계획도 내놨다', PN, D, ['jobs', 'startup-support'], 'plan'),
], ['취임선서를 하고 있다', '15조원에 달하는 재정부담이 인천의 큰 문제가 되고 있다', '그는 다른 현안에 대해서도 적극적인 의견을 표명했다',
    '남북평화도로 건설을 목표로 남북평화도시 구축에 매진하겠다'])

OS, D = 'oh-seung-rok', '2024-09-10'
CC = ['climate-carbon']
W('ge-02-kmib.txt', ('노원구, ‘탄소중립 선도도시’ 1차 대상지 선정', '2024-09-10T10:31+09:00', '송태화', '국민일보', '11350'), [OS], [
 C('‘탄소중립 선도도시 공모사업’ 1차 대상지에 선정됐다고 10일 밝혔다', None, D, CC, 'achievement'),
 C('탄소중립 이행을 극대화할 수 있는 도시 모델 구축을 목표로 한다', None, D, CC, 'statement'),
 C('1차 대상지는 지난해 예비후보지로 지정된 전국 39개 기초지자체를 대상으로 진행됐다', None, D, CC, 'statement'),
 C('평가위원 심의를 거쳐 총 13개 지역이 선정됐다', None, D, CC, 'achievement'),
 C('서울에서는 노원구가 유일하게 선정 지역에 이름을 울렸다', None, D, CC, 'achievement'),
 C('노후주택 비율이 가장 높다는 특성에 주목했다', None, D, CC, 'statement'),
 C('건축 분야의 탄소중립 추진이 필수적이라고 판단', None, D, CC, 'statement'),
 C('온실가스 감축 전략으로 건물 온실가스 총량제, 제로에너지건축물(ZEB) 조기 추진 등을 제시했다', None, D, CC + ['energy-transition'], 'plan'),
 C('다음 달 말 경진대회를 진행한 뒤 최종 대상지 2곳을 선정할 계획이다', None, D, CC, 'plan'),
 C('최종 선정된 지역에는 내년부터 국비가 지원된다', None, D, CC, 'statement'),
 C('도심형 탄소중립 선진 모델로서의 특화사업들을 제시할 예정이다', None, D, CC, 'plan'),
 C('탄소중립을 위해 태양광 에너지 보급 등 다양한 노력을 기울여 왔다', OS, D, CC + ['energy-transition'], 'achievement'),
], ['노원구, ‘탄소중립 선도도시’ 1차 대상지 선정', '베란다형 태양광 보급 설비가 설치돼 있다'])

SY, D = ['startup-support', 'youth-policy'], '2021-06-29'
W('ge-03-edaily.txt', ('인천 서구, 내년 청년창업지원센터 개소', '2021-06-29T17:57:35+09:00', '이종일', '이데일리', '28260'), [], [
 C('주안DH비즈타워1차 건물 2층에서 청년창업지원센터를 개소한다고 29일 밝혔다', None, D, SY, 'plan'),
 C('개발이익을 이 건물 2층 사무실 1곳(100㎡)으로 기부받아 센터로 사용한다', None, D, SY, 'statement'),
 C('센터 공간을 넓히기 위해 이 사무실 외에 2개 사무실(전체 124㎡)을 임차한다', None, D, SY, 'statement'),
 C('센터에는 운영사무실 1곳과 입주기업 사무실 3~4곳, 상담실, 교육장 등을 조성한다', None, D, SY, 'statement'),
 C('센터는 청년창업가들에게 저렴한 비용으로 사무실을 빌려줄 예정이다', None, D, SY, 'plan'),
 C('또 창업 컨설팅 등 다양한 지원 프로그램을 운영한다', None, D, SY, 'statement'),
 C('청년정책위원, 청년참여단 등의 의견을 반영해 이번 사업을 계획했다', None, D, SY, 'statement'),
 C('올해 사업비 3억여원은 최근 서구의회에서 심의된 추가경정예산으로 마련했다', None, D, SY, 'statement'),
 C('인천 10개 군·구에서 3번째로 청년창업지원센터가 문을 여는 것이다', None, D, SY, 'statement'),
 C('남동구와 연수구가 청년창업지원센터를 1개씩 운영하고 있다', None, D, SY, 'statement'),
 C('청년창업 활성화, 청년 일자리 창출을 위해 청년창업지원센터 사업을 추진하고 있다', None, D, SY + ['jobs'], 'statement'),
 C('인천시 유유기지와 같은 청년활동공간 조성도 준비하겠다', None, D, ['youth-policy'], 'plan'),
 C('서구지역 청년들이 창업에 성공하고 지역에 정착할 수 있게 지원하겠다', None, D, SY, 'plan', '정진식'),
 C('청년활동공간 설치 및 운영 조례를 근거로 서구가 다양한 정책을 추진할 수 있게', None, D, ['youth-policy'], 'plan', '정진식'),
], ['인천 10개 군·구 중 3번째 운영 예정', '청년창업가에게 사무실 저렴하게 임대', '창업 컨설팅 등 지원 프로그램 도입', '서구청 전경.'])

YS, D = 'yu-seong-hun', '2019-02-15'
W('ge-04-sijung.txt', ("금천구, 'G밸리 고용환경개선 IoT 융합산업 일자리 생태계 조성사업' 추진", '2019-02-15T11:17+09:00', '김해인', '시정일보', '11545'), [YS], [
 C('고용노동부 주관 ‘2019년 지역산업 맞춤형 일자리창출 지원사업’에 선정됐다', None, D, ['jobs', 'fourth-industrial-revolution'], 'achievement'),
 C('지역 고용문제 해결을 위해 자치단체가 지역 내 고용관련 비영리 기관 등과 협력해 일자리를 창출하고', None, D, ['jobs'], 'statement'),
 C('구는 이번 공모사업 선정으로 국비 2억169만원을 확보했다', None, D, ['jobs'], 'achievement'),
 C('IoT융합산업 일자리 생태계 조성사업’은 △G밸리 근로시간 및 고용 컨설팅', None, D, ['jobs', 'fourth-industrial-revolution'], 'statement'),
], ['국비 2억169만원 확보', '공동으로 맞춤형 지원 위한 다양한 사업 추진', '공동사업 추진 약정을 체결했다'])

PH, D, CB = 'park-hong-seop', '2017-08-25', ['childcare-birth']
W('ge-05-wooritvnews.txt', ('마포구 국공립어린이집 4곳 내달1일 동시개원', '2017-08-25', '김현아', None, '11440'), [PH], [
 C('국공립어린이집 4곳이 다음달 1일 동시에 문을 연다', None, D, CB, 'plan'),
 C('개원하는 어린이집은 ▲합정동 도토리어린이집', None, D, CB, 'statement'),
 C('마포구 국공립어린이집은 2015년 46곳에서 지난해 49곳으로 늘었다', None, D, CB, 'achievement'),
 C('올해 13곳이 늘어나면 총 62곳이 된다', None, D, CB, 'target'),
 C('국공립어린이집이 전체 어린이집의 29%를 차지하게 됐다', None, D, CB, 'achievement'),
 C('정원 수로는 45%에 해당한다', None, D, CB, 'achievement'),
 C('2020년까지 국공립어린이집을 80곳으로 늘려', None, D, CB, 'target'),
 C('안심어립이집 추가사업을 추진하고 있다', None, D, CB, 'statement'),
 C('아이 낳고 키우기 좋은 환경을 만들기 위해 꾸준히 국공립어린이집을 확충하겠다', PH, D, CB, 'plan'),
 C('기존의 노후한 어린이집도 개보수와 기능보강사업을 통해 쾌적한 영유아 보육환경을 조성하겠다', PH, D, CB, 'plan'),
], ['마포구 국공립어린이집 4곳 내달1일 동시개원', '2006년 마포구에 출산한 신생아수는 4095명이고'])

PW, D, UR = 'park-won-soon', '2016-01-28', ['urban-regeneration']
W('ge-06-wowtv.txt', ('서울 세운상가 탈바꿈…다음 달 재생사업 착수', '2016-01-28T13:35+09:00', None, None, '11'), [PW], [
 C('서울시가 세운상가 일대 도시재생사업을 다음 달부터 추진합니다', None, D, UR, 'plan'),
 C('창의제조산업의 중심지로 도약시킬 계획입니다', None, D, UR, 'plan'),
 C('다시 웃는 세운(공동체 재생) 등 세 분야에 나눠서 진행됩니다', None, D, UR, 'statement'),
 C('보행 재생을 통해 상권을 회복시킬 계획입니다', None, D, UR + ['small-merchants'], 'plan'),
 C('경사광장 \'다시세운광장\'으로 새로 만듭니다', None, D, UR, 'plan'),
 C('신규창업 200개소 이상 등의 효과가 있을 것으로 내다봤습니다', None, D, UR + ['startup-support'], 'target'),
 C('주민주도의 세운산가 재생사업을 위해 시가 적극적으로 공공 기능을 투입하고 예산을 지원하고자 한다', PW, D, UR, 'plan'),
 C('일대 재생사업을 최선을 다해 추진하겠다', PW, D, UR, 'plan'),
], ['서울 세운상가 탈바꿈…다음 달 재생사업 착수', '한때 전자산업의 메카로 불렸지만 현재는 상권이 침체된 곳입니다'])

LG, D, FD = 'lee-gang-ho', '2020-04-14', ['fine-dust']
W('ge-07-cunews.txt', ('인천시 남동구, 미세먼지 불법배출 상시예방 감시체계 구축', '2020-04-14T10:24+09:00', '홍성찬', '연합시민의소리', '28200'), [LG], [
 C('미세먼지 배출 저감을 위한 상시 점검 및 감시활동을 시작한다', None, D, FD, 'plan'),
 C('민간환경감시원 2인을 채용하여 주기적인 감시활동 및 예방활동을 시작하기로 했다', None, D, FD, 'plan'),
 C('미세먼지 비상저감조치 발령 시 각 사업장 조치여부 현장 점검 등이 추진될 예정이다', None, D, FD, 'plan'),
 C('구민이 체감할 수 있는 실질적인 대기질 개선이 이루어질 수 있도록', None, D, FD, 'plan'),
], ['인천시 남동구, 미세먼지 불법배출 상시예방 감시체계 구축'])

LJ, CH = 'lee-jae-ho', ['city-hall']
W('ge-08-kyeongin.txt', (None, None, None, None, '28185'), [LJ], [
 C('인천 송도국제도시에 짓는 연수구 제2청사가 오는 10월 문을 열 예정이다', None, None, CH, 'plan'),
 C('연수구는 지난 4일 송도동 178-1번지 청사 부지에서', None, None, CH, 'achievement'),
 C('총면적 2천208㎡에 지상 1층 규모로 건립된다', None, None, CH, 'statement'),
 C('오는 9월 완공을 목표로 총예산 33억원이 투입된다', None, None, CH, 'plan'),
 C('지난 5월 토지 무상사용 허가와 토지매입 계약을 했다', None, None, CH, 'achievement'),
 C('송도관리단을 제2청사로 옮겨 조직과 업무를 확대 개편하기로 했다', None, None, CH, 'plan'),
 C('제2청사는 기존 송도관리단의 기능을 확대하는 사업으로', LJ, None, CH, 'plan'),
], ['송도동에는 21만명 구민들이 살고 있다', '송도동에 대한 행정 서비스를 강화해야 한다는 의견이 꾸준히 나왔다',
    '송도관리단을 두고 구민을 위한 행정 지원을 해왔다'])

LC = 'lee-chang-u'
W('ge-09-news33.txt', (None, None, '문이윤', '창업일보', '11590'), [LC], [
 C("서울 동작구  '청년창업지원센터'가 오는 27일 개관한다", None, None, SY, 'plan'),
 C('우수한 창업인재를 발굴·육성하기 위해 센터 설치를 추진해왔다', None, None, SY, 'statement'),
 C('예비 창업자 10명 모집 등 운영 준비해왔다', None, None, SY, 'statement'),
 C('연면적 220㎡ 규모다', None, None, SY, 'statement'),
 C('▲입주 사무실 ▲코워킹 스페이스 ▲회의실 등이 마련됐다', None, None, SY, 'statement'),
 C('입주 사무실은 성장단계 청년 창업기업 전용 사무공간이다', None, None, SY, 'statement'),
 C('10개 좌석이 설치됐다', None, None, SY, 'statement'),
 C('입주기업 간 소통하고 상담을 받는 회의실이 마련됐다', None, None, SY, 'statement'),
 C('창년창업지원센터에는 창업보육 전담인력이 상주한다', None, None, SY, 'statement'),
 C('창업주기별 맞춤형 보육 프로그램 운영, 체계적인 경영관리, 전문 컨설팅 등을 통해 청년 창업활동을 지원한다', None, None, SY, 'statement'),
 C('관내 대학 등 지역자원을 활용해 창업공간을 조성할 예정이다', None, None, SY, 'plan'),
 C("주민 대상 '열린 창업 상담실'도 운영된다", None, None, ['startup-support'], 'statement'),
 C('일자리 창출과 지역경제 활성화에도 기여할 것으로 기대된다', LC, None, SY + ['jobs'], 'statement'),
 C('앞으로 청년 창업가 발굴과 육성을 위한 지원을 아끼지 않겠다', LC, None, SY, 'plan'),
], ['서울 동작구 청년창업지원센터.', '이창우 구청장을 비롯한 지역 국회의원, 시·구의원, 대학교 관계자, 지역주민이 참석한 가운데 개관식을 한다고 22일 밝혔다'])
