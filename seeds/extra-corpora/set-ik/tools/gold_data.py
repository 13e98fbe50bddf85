"""Per-article annotations of set-ik (used by write_gold.py)."""
def ARTICLES(C):
    A = []
    # ik-01 남해군 화전 (institutional; 군 관계자 unnamed)
    d = "2019-06-07"; SM, CT = "small-merchants", "culture-tourism"
    A.append(("ik-01-seoul.txt",
        ["경남 남해군, 지역 축제장에서 지역화폐 花錢 판매", "2019-06-07T14:54+09:00", "강원식", "서울신문", "48840"],
        ["jang-chung-nam"],
        [C("남해지역 화폐인 화전(花錢) 현장판매를 한다고 밝혔다", None, d, [SM, CT], "plan"),
         C("지역 화폐 사용을 통해 성공적인 축제 개최와 지역 경제 활성화에 도움이 되도록 하기 위해서다", None, d, [SM, CT], "statement"),
         C("군은 축제장안에 화전 현장판매장을 운영하고", None, d, [SM, CT], "plan"),
         C("특산물을 구입하거나 음식점을 이용할 때 화전을 사용할 수 있다", None, d, [SM], "statement"),
         C("부스마다 화전을 사용하는 고객을 대상으로 우대 이벤트도 진행한다", None, d, [SM], "plan"),
         C("방문객들이 화전을 많이 사용하면 축제 및 지역경제 활성화에 도움이 될 것", None, d, [SM, CT], "statement"),
         C("발행 4개월 만인 지난달 31일까지 9억여원이 발행됐다", None, d, [SM], "achievement"),
         C("화전을 취급하는 남해군 지역 가맹점은 870여개에 이른다", None, d, [SM], "achievement")],
        ["경남 남해군, 지역 축제장에서 지역화폐 花錢 판매",
         "남해화폐 화전 남해군과 NH농협은행 등이 지난 1월 31일 남해화폐 화전 발행 행사를 갖고",
         "남해 강원식 기자 kws@seoul.co.kr"]))
    # ik-02 울산 복지 예산 (institutional)
    d = "2026-01-19"; W, CB, Y, J = "welfare", "childcare-birth", "youth-policy", "jobs"
    A.append(("ik-02-heraldcorp.txt",
        ["시 예산의 32%인 1.8조원 투입 출산 지원, 고령친화 환경 조성", d, "박동순", "헤럴드경제", "31"],
        [],
        [C("1조8326억원을 투입해 사각지대 없는 ‘촘촘한 복지’를 구축한다", None, d, [W], "plan"),
         C("‘통합돌봄서비스’ 체제를 구축한다", None, d, [W], "plan"),
         C("6000명의 명예사회복지공무원을 통해 대상자 발굴부터", None, d, [W], "plan"),
         C("울산청년미래센터를 중심으로 고립·은둔청년 상담과", None, d, [W, Y], "plan"),
         C("다태아 안심보험을 통해 출생 후 2년간", None, d, [CB], "plan"),
         C("24시간 연중무휴 ‘시립아이돌봄센터’를 개소한다", None, d, [CB], "plan"),
         C("아이돌봄서비스 지원 기준을 중위소득 250% 이하로 확대하고", None, d, [CB], "plan"),
         C("외국인 가정의 3~5세 아동 보육료도 지원한다", None, d, [CB], "plan"),
         C("어르신 세대의 사회 참여와 소득 안정 정책도 강화한다", None, d, [W], "plan"),
         C("역대 최대 규모인 1만8584명에게 일자리를 제공한다", None, d, [J, W], "target"),
         C("17개 노인복지관과 866개 경로당, 시니어 초등학교 운영을 통해", None, d, [W], "plan"),
         C("4801억원을 투입해 기초연금 지급", None, d, [W], "plan")],
        ["시 예산의 32%인 1.8조원 투입 출산 지원, 고령친화 환경 조성", "[헤럴드경제(울산)=박동순 기자]"]))
    # ik-03 경북도·구미시 반도체 팹 유치 제안 (event 11일 = publication day)
    d = "2026-02-11"; IA, DC = "investment-attraction", "decentralization"
    A.append(("ik-03-mt.txt",
        ["경북도·구미시, '반도체 팹' 유치 제안..재계 300조 지방 투자 계획 대응", "2026-02-11T13:06+09:00", "심용훈", None, "47190"],
        ["lee-cheol-u", "kim-jang-ho"],
        [C("300조원 규모 지방 투자 계획'에 대한 선제 대응에 나섰다", None, d, [IA], "statement"),
         C("투자유치 제안을 공식화했다", None, d, [IA], "statement"),
         C("구미가 국가 균형발전과 기업의 투자 효율성을 동시에 챙길 가장 현실적 대안", "lee-cheol-u", d, [IA, DC], "statement"),
         C("대한민국 반도체 초격차 확보와 국가 균형발전은 더 이상 미룰 수 없는 시대적 과제", "lee-cheol-u", d, [DC], "statement"),
         C("경북도가 지방 투자 300조 시대의 성공 모델을 확실히 보여주겠다", "lee-cheol-u", d, [IA], "plan"),
         C("전력·용수·부지를 충분히 갖췄다", "kim-jang-ho", d, [IA], "statement"),
         C("기업이 언제든지 몸만 오면 되는 수준의 완벽한 산업 생태계를 구축하고 있다", "kim-jang-ho", d, [IA], "statement"),
         C("구미는 반도체 인프라와 산업 생태계를 갖춘 최적의 요충지", "kim-jang-ho", d, [IA], "statement")],
        ["구미는 반도체 인프라와 산업 생태계 갖춘 최적의 요충지",
         "구미 반도체 특화단지가 남부권 반도체 혁신벨트의 핵심 거점이자",
         "이철우 경북도지사(오른쪽)와 김장호 구미시장이 재"]))
    # ik-04 김기현 울산시장 후보 공약 (incumbent mayor)
    d = "2018-05-10"; K = "kim-gi-hyeon"; H = "housing"
    A.append(("ik-04-yonhap.txt",
        ["김기현 울산시장 후보 \"결혼이 행복한 울산 만든다\"", "2018-05-10T14:06+09:00", "장영은", "연합뉴스", "31"],
        [K],
        [C("결혼·출산·육아·보육까지 연계형 맞춤 지원에 나서겠다", K, d, [CB, Y], "plan"),
         C("행복주택 600호를 구·군별 분산 건설해 주거부담을 덜어주겠다", K, d, [H, Y], "target"),
         C("기저귀와 우윳(분유)값도 출산 후 1년간 지원해 육아 부담을 줄이겠다", K, d, [CB], "plan"),
         C("매년 55억원을 들여 공공 산후조리원을 설치하고", K, d, [CB], "plan"),
         C("국공립어린이집을 매년 10곳 씩(현재 46곳)", K, d, [CB], "target"),
         C("아이와 아이를 보육하는 교사의 행복으로 이어지도록 하겠다", K, d, [CB], "plan")],
        ["시민과의 1호 약속으로 결혼이 행복한 울산을 만들겠다",
         "행복주택 600호 건설·기저귀 및 분유 월10만원 1년간 지원",
         "young@yna.co.kr"]))
    # ik-05 홍준표 예비후보 (not yet in office -> speaker null + speaker_name)
    d = "2022-04-06"; WS, CH, HJ = "water-supply", "city-hall", "홍준표"
    A.append(("ik-05-hankookilbo.txt",
        ["홍준표 대구시장되면... 취수원은 낙동강 상류 댐, 시청이전 재검토", "2022-04-06T15:00+09:00", None, None, "27"],
        ["hong-joon-pyo"],
        [C("낙동강 상류 지역 댐의 물을 대구의 원수로 쓰고, 시청이전사업도 재검토하겠다고 밝혔다", None, d, [WS, CH], "plan", HJ),
         C("운문댐 등으로 공급해 정수비용을 줄이겠다", None, d, [WS], "plan", HJ),
         C("상류 지역 댐의 물을 대구에 공급하겠다는 것이다", None, d, [WS], "plan", HJ),
         C("우리나라는 75%가 강물을 원수으로 삼고 있는데", None, d, [WS], "statement", HJ),
         C("맑은 물을 공급하는 것은 지자체의 책무고", None, d, [WS], "statement", HJ),
         C("댐의 원수를 수돗물로 공급하는 것이 우선 순위이자 최고의 가치", None, d, [WS], "statement", HJ),
         C("대구취수원 구미이전 사업과는 별도로 진행될 것", None, d, [WS], "plan", HJ)],
        ["영주댐~운문댐 120㎞ 도수관로로 연결해 대구에 1급수 공급",
         "\"대구시청 이전이 그리 급한 업무인가\" 유보 입장 표명",
         "홍준표 국민의힘 의원이 6일 대구 중구 삼덕동 선거준비사무소에서 공약을 발표하고 있다",
         "물은 자연의 소산이고 국민 모두의 것"]))
    # ik-06 오거돈 미세먼지 종합대책 (announced 20일; published 21일)
    d = "2018-11-20"; FD, FV, O = "fine-dust", "future-vehicles", "oh-keo-don"
    A.append(("ik-06-viva100.txt",
        ["오거돈 부산시장, 미세먼지 줄이기 종합대책 발표", "2018-11-21T08:47+09:00", "김동기", None, "26"],
        [O],
        [C("푸른하늘 부산 프로젝트인 ‘부산시 미세먼지 저감을 위한 종합대책’을 발표했다", O, d, [FD], "plan"),
         C("시민들의 우려를 불식시키기 위해서이다", None, d, [FD], "statement"),
         C("시민체감형 대책이 보완된 6대 전략 17개 과제로 구성되어 있다", None, d, [FD], "statement"),
         C("원인별 맞춤형 저감 대책을 추진하게 된다", None, d, [FD], "plan"),
         C("조기에 부산항을 ‘배출규제해역’으로 지정·관리하고", None, d, [FD, FV], "plan"),
         C("대중교통인 버스와 도시철도 내부에 공기정화장", None, d, [FD], "plan")],
        ["오거돈 부산시장이 지난 20일 시청 후문 버스주차장에서 미세먼지 줄이기 종합대책을 발표했다",
         "오거돈 부산시장, 미세먼지 줄이기 종합대책 발표"]))
    # ik-07 박완수 스마트팜 혁신밸리 (undated)
    AG, P = "agriculture", "park-wan-su"
    A.append(("ik-07-ohmynews.txt",
        [None, None, None, None, "48"],
        [P, "park-il-ho"],
        [C("'경남 스마트팜 혁신밸리 조성사업' 현장을 방문해 직접 점검에 나섰다", None, None, [AG], "statement"),
         C("스마트팜 청년 실습온실을 둘러보고", None, None, [AG], "statement"),
         C("스마트농업은 우리 농업과 농촌의 성장을 이끌고 지역발전의 원동력이 될 것", P, None, [AG], "statement"),
         C("청년 농업인들이 농업 분야에 안심하고 진입할 수 있도록 관심과 지원을 지속적으로 이어나가겠다", P, None, [AG, Y], "plan"),
         C("청년인력 양성과 기술혁신을 집약한 스마트팜을 확산하고", P, None, [AG], "plan")],
        ["▲밀양의 ‘경남 스마트팜 혁신밸리 조성사업’ 현장",
         "도와 시군은 동반자 관계로서 지역 문제를 함께 고민하고",
         "민생현안에 대한 의견을 청취하기 위해 박일호 밀양시장"]))
    # ik-08 부산시 주민참여예산 제안마당 (institutional)
    d = "2019-03-29"; CP = "citizen-participation"
    A.append(("ik-08-kukinews.txt",
        ["부산시, 찾아가는 주민참여예산 제안마당 운영", "2019-03-29T08:47+09:00", "강민한", "쿠키뉴스", "26"],
        ["oh-keo-don"],
        [C("부산시 주민참여예산제도를 통해 생활밀착형 사업 발굴에 나선다", None, d, [CP], "plan"),
         C("‘찾아가는 주민참여예산 제안마당’을 운영한다고 29일 밝혔다", None, d, [CP], "plan"),
         C("올 4월까지 접수된 주민제안사업은 2020년도 예산으로 편성된다", None, d, [CP], "statement"),
         C("‘주민참여예산 제도를 알리는 홍보마당’으로 구성했다", None, d, [CP], "statement"),
         C("29일 용두산 공원을 시작으로 다음달 9일 영도구청", None, d, [CP], "plan"),
         C("다음달 4일 부경대학교, 5일 부산대학교", None, d, [CP], "plan"),
         C("청년, 대학생의 시각에서 제안하는 사업을 현장 접수한다", None, d, [CP], "plan"),
         C("주민참여예산 홈페이지 구축과 조례 개정 등을 추진해 왔다", None, d, [CP], "achievement"),
         C("시민의 실질적인 시정참여가 확대될 것으로 기대한다", None, d, [CP], "statement")],
        ["부산시, 찾아가는 주민참여예산 제안마당 운영", "부산=강민한 기자 kmh0105@kukinews.com"]))
    # ik-09 주낙영 경주시장 인터뷰 (undated)
    JN, UR = "ju-nak-yeong", "urban-regeneration"
    A.append(("ik-09-donga.txt",
        [None, None, None, None, "47130"],
        [JN],
        [C("전통적인 역사유적만으로 새로운 관광객을 끌어들이는 데 한계가 있다고 본다", JN, None, [CT], "statement"),
         C("도시 전체를 밝은 이미지로 개선하는 방안을 생각하고 있다", JN, None, [CT], "plan"),
         C("경주의 밤을 만끽할 수 있는 관광 코스를 구상 중이다", JN, None, [CT], "plan"),
         C("야시장 같은 콘텐츠도 도입할 계획이다", JN, None, [CT], "plan"),
         C("보문관광단지는 리모델링과 함께 모노레일", JN, None, [CT], "plan"),
         C("구도심은 도시재생사업과 연계해 문화, 예술의 향기가 흐르는 곳으로", JN, None, [UR, CT], "plan"),
         C("곳곳에 야외공연장과 예술의 거리", JN, None, [CT], "plan")],
        ["―경주 관광산업 활성화가 시급한데",
         "현장 소통이 행정의 기초",
         "보고 시간이 줄면서 행정 효율이 높아졌다"]))
    return A
