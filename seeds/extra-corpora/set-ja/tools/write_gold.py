"""Writes gold/*.json for set-ja (hand annotations)."""
import json, os
G = {}
def C(q, sp, d, pol, k, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: c["speaker_name"] = name
    return c
def M(h, p, r, o, j): return {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j}

d = "2017-12-12"; A = "ahn-sang-su"
G["ja-01-yonhap.txt"] = dict(metadata=M("서울·부산보다 높은 창원 미세먼지 농도 확 낮춘다", "2017-12-12T16:16+09:00", "이정훈", "연합뉴스", "48120"),
 officials=[A], claims=[
 C("미세먼지 배출량을 지금보다 대폭 줄이는 청사진을 공개했다", None, d, ["fine-dust"], "plan"),
 C("2018년부터 2022년까지 미세먼지 배출량을 지금보다 30% 줄이겠다고 약속했다", A, d, ["fine-dust"], "target"),
 C("오염물질을 배출하는 대규모 국가산업단지가 있어 대기 질이 별로 좋지 않다", None, d, ["fine-dust"], "statement"),
 C("최근 3년간 창원시 미세먼지 농도가 46.7㎛", A, d, ["fine-dust"], "statement"),
 C("미세먼지 제거 전용차량 3대를 구입하고 대형 건설사와는 날림먼지를 줄이는 협약을 체결하겠다고 밝혔다", A, d, ["fine-dust"], "plan"),
 C("낡은 경유차 교체비용을 지원하고 수소차, 전기차 등 친환경차 보급을 확대하겠다고 강조했다", A, d, ["fine-dust", "future-vehicles"], "plan"),
 C("대형 직화구이 음식점을 미세먼지 저감 시범업소로 지정하고 사업장에는 미세먼지 방지시설 설치자금을 지원하기로 했다", A, d, ["fine-dust"], "plan"),
 C("미세먼지 저감대책을 제대로 실현하려면 5년간 국비와 지방비, 사업자 부담 545억원이 든다고 설명했다", None, d, ["fine-dust"], "statement"),
 C("2018년 시정연설에서도 미세먼지 줄이기를 중요시책으로 강조한 바 있다", A, d, ["fine-dust"], "statement"),
 ], not_claims=["안상수 시장, 미세먼지 저감대책 발표", "(창원=연합뉴스) 이정훈 기자", "<저작권자(c) 연합뉴스"])

d = "2015-10-15"; B = "baek-seon-gi-26350"
G["ja-02-newsprime.txt"] = dict(metadata=M("해운대구, 구민 참여 업무계획 보고의 장 마련", "2015-10-15T09:01+09:00", "서경수", "프라임경제", "26350"),
 officials=[B], claims=[
 C("주민과의 소통을 활발히 하기 위해 '구민과 함께하는 2016년도 업무계획 보고의 장'을 마련한다", None, d, ["citizen-participation"], "statement"),
 C("업무계획 수립 논의의 장에 주민을 참여시킨 것", None, d, ["citizen-participation"], "statement"),
 C("12명의 주민이 참석해 공무원과 자유롭게 토론하는 방식으로 진행된다", None, d, ["citizen-participation"], "statement"),
 C("참여 주민은 그동안 구정에 각별한 관심을 갖고 지역발전 정책의 자문 역할을 맡아온 구정정책자문위원들이다", None, d, ["citizen-participation"], "statement"),
 C("주민이 참여하는 이번 보고회를 통해 구민의 진정한 욕구를 파악하는 한편", B, d, ["citizen-participation"], "statement"),
 C("해운대구는 앞으로도 구민과 함께하는 자리를 자주 마련할 계획이다", None, d, ["citizen-participation"], "plan"),
 C("'현장이동 구청장실'을 운영해 주민 목소리 수렴에 나선다", None, d, ["citizen-participation"], "plan"),
 ], not_claims=["\"내년도 업무계획 수립은 주민과 함께\"", "해운대구는 매년 10월마다 한해의 업무성과를 돌아보고 다음해 구정발전 계획을 수립한다", "통상적으로 부서별 업무계획을 수립해 구청장 검토를 거쳐 최종 확정, 추진해왔다"])

d = "2022-07-22"; p = "2022-07-25"
G["ja-03-imaeil.txt"] = dict(metadata=M("행안부, 소멸위험지역 의성 찾아 현장 목소리 청취", "2022-07-25T15:44+09:00", None, None, "47730"),
 officials=[], claims=[
 C("귀농유치 실적은 2020년과 2021년 연속 전국 1위를 차지하며 대비를 보였다", None, p, ["agriculture"], "achievement"),
 C("의성군은 일자리와 생활여건 개선 등을 통해 지방소멸에 대응하겠다고 밝혔다", None, d, ["jobs"], "plan"),
 C("창업 및 일자리 창출로 청년인구를 유입하고", None, d, ["startup-support", "jobs", "youth-policy", "agriculture"], "plan", "권경수"),
 C("서부권역 관광명소 개발을 통한 관광 목적의 생활인구 유입도 확대할 계획", None, d, ["culture-tourism"], "plan", "권경수"),
 ], not_claims=["행정안전부가 인구소멸지역의 현장 목소리를 청취하기 위해", "인구감소 현황과 대응방안 등에 대해 의견을 나눴다", "지방소멸위험지수 전국 2위인 실정이다", "특히 생산가능인구와 청년인구 감소세가 높다", "인구 유출의 주 원인은 교육, 주택, 교통 등이다", "지방소멸을 막을 지원책과 방안 등을 다각도로 마련하도록 노력하겠다"])

d = "2019-11-29"; O = "oh-keo-don"
G["ja-04-conslove.txt"] = dict(metadata=M("부산 ‘에코델타 스마트시티’ 착공", "2019-11-29T11:09+09:00", "선태규", "한국건설신문", "26"),
 officials=[O], claims=[
 C("‘부산 에코델타 스마트시티 국가시범도시’의 착공식을 개최하고 본격적으로 추진한다고 밝혔다", None, d, ["smart-city"], "plan"),
 C("백지상태의 부지에 4차산업혁명 관련 신기술을 자유롭게 실증・접목하고", None, d, ["smart-city", "fourth-industrial-revolution"], "statement"),
 C("헬스케어, 스마트워터, 로봇 등 10대 전략과제를 통해 세계 최고 수준의 스마트시티를 조성할 계획이다", None, d, ["smart-city", "medical-industry", "water-industry", "robot-industry"], "plan"),
 C("총사업비 2조2천여억원이 투입될 것으로 추산되며", None, d, ["smart-city"], "statement"),
 C("혁신기술이 집약된 스마트시티 빌리지를 시작으로 2021년 하반기부터 본격 입주가 시작될 예정이다", None, d, ["smart-city"], "plan"),
 C("4차산업혁명에 선제적으로 대응하는 미래의 도시 상을 앞당겨 보여줌으로써", O, d, ["smart-city", "fourth-industrial-revolution"], "statement"),
 ], not_claims=["2조2천억원 투입해 2023년까지 조성 계획", "이날 착공식에는 문재인 대통령과 오거돈 부산시장 등 정부 관계자와"])

d = "2019-04-24"
G["ja-05-kpenews.txt"] = dict(metadata=M("치매안심센터 업무협약 체결..김해시, 친화적인 분위기 조성", "2019-04-24T16:00+09:00", "최규철", "한국정경신문", "48250"),
 officials=[], claims=[
 C("=최규철 기자] 김해시 대동면 주중마을과 감내마을이 지역 첫 치매안심(기억채움)마을로 선정됐다", None, d, ["dementia-care"], "achievement"),
 C("이들 마을과 치매안심마을 조성협약을 체결했다고 밝혔다", None, d, ["dementia-care"], "achievement"),
 C("치매안심마을은 민관이 네트워크를 형성해", None, d, ["dementia-care"], "statement"),
 C("치매바로알기 교육을 통해 치매 파트너를 양성", None, d, ["dementia-care"], "plan"),
 C("치매안심센터는 조기 검진과 인지 프로그램을 지원해 치매 예방에 힘쓰기로 했다", None, d, ["dementia-care"], "plan"),
 C("이번 협약을 계기로 주민들의 치매 예방과 치료에 도움이 되었으면 좋겠다", None, d, ["dementia-care"], "statement", "이종학"),
 ], not_claims=["치매안심센터 업무협약 체결..김해시, 친화적인 분위기 조성", "협약식에는 김해시의회 김형수 의장, 대동농협 정창호 조합장을 비롯해"])

d = "2023-12-08"
G["ja-06-mediatoday.txt"] = dict(metadata=M("[기획] ‘지역의 부활’ 각양각색 울산 중구 도시재생", "2023-12-08T20:00+09:00", "안상일", "미디어투데이", "31110"),
 officials=[], claims=[
 C("‘도시재생’이 도시를 살리는 해법으로 등장한다", None, d, ["urban-regeneration"], "statement"),
 C("‘도시재생’ 이란 지역의 자원을 활용해", None, d, ["urban-regeneration"], "statement"),
 C("기존의 것들을 모두 허물고 새로 짓는 재개발과는 달리", None, d, ["urban-regeneration"], "statement"),
 C("지난 2013년 도시재생법을 제정하고 도시재생사업을 적극 추진하고 있다", None, d, ["urban-regeneration"], "statement"),
 C("현재 전국 560곳에서 다양한 도시재생사업이 진행되고 있다", None, d, ["urban-regeneration"], "statement"),
 C("울산 중구도 이러한 정책 흐름에 맞춰 지역의 특성을 살린 각양각색의 도시재생사업을 추진하고 있다", None, d, ["urban-regeneration"], "statement"),
 C("2016년부터 중앙동, 2018년부터 학성동, 2019년부터 병영동 일원에서 도시재생사업을 진행하며", None, d, ["urban-regeneration"], "statement"),
 ], not_claims=["지역 특성 살린 도시재생사업 추진…지역 활성화 및 정체성 강화", "◇ 옛 상권 중심지 ‘성남동’ 활성화…중앙동 도시재생사업 ‘울산, 중구로다(中具路多)’", "역사를 되짚어보면 도시는 시대의 흐름에 따라 성장과 쇠퇴를 반복하며 발전해 왔다", "상권이 남구 삼산동 등 주변 지역으로 이동하면서"])

L = "lee-gang-deok"
G["ja-07-newdaily.txt"] = dict(metadata=M(None, None, None, None, "47110"),
 officials=[L, "lee-cheol-u"], claims=[
 C("이차전지 특화단지가 포항에 지정돼야 할 당위성을 설명했다", None, None, ["investment-attraction"], "statement"),
 C("관련 글로벌 선도기업 대규모 유치 등의 강점을 내세우며", None, None, ["investment-attraction"], "plan"),
 C("이차전지 특화단지 유치를 위해 끝까지 협력을 이어 나가기로 했다", L, None, ["investment-attraction"], "plan"),
 C("모든 인프라가 갖춰진 이차전지 특화단지의 최적지", L, None, ["investment-attraction"], "statement"),
 C("경북도와 함께 반드시 포항에 이차전지 특화단지를 유치해", L, None, ["investment-attraction"], "plan"),
 C("정부의 심사를 거쳐 오는 6월경 국가첨단전략산업위원회에서 최종 후보지를 발표할 예정이다", None, None, ["investment-attraction"], "statement"),
 ], not_claims=["국가 첨단전략산업 특화단지 전략 발표평가…기술, 인프라 등 강점 설명", "이철우 도지사와 적극 소통하며 특화단지 유치 힘모으기로", "그동안 총력을 기울여 온 이차전지 특화단지 전략 발표를 꼼꼼히 챙겼다"])

d = "2021-06-24"; K = "kim-mun-o"
G["ja-08-kukinews.txt"] = dict(metadata=M("[달성소식] 달성군, 관광 활성화 위한 사업설명회 개최 외", "2021-06-28T11:31+09:00", "최태욱", "쿠키뉴스", "27710"),
 officials=[K], claims=[
 C("인플루언서 등 현지 업계를 대상으로 관광객 유치를 위한 관광설명회를 가졌다", None, d, ["culture-tourism"], "statement"),
 C("수도권에 집중된 여행객들을 다각도에서 흡수하기 위해 마련됐다", None, d, ["culture-tourism"], "statement"),
 C("향후 달성군의 관광개발 방향을 적극 홍보했다", None, d, ["culture-tourism"], "statement"),
 C("매력적이고 안전한 관광지인 달성군의 관광 자원을 알렸다", None, d, ["culture-tourism"], "statement"),
 C("지금의 관광산업 위기가 전화위복의 기회라고 생각한다", K, d, ["culture-tourism"], "statement"),
 C("관광 트렌드를 선도해 1000만 관광도시를 실현하겠다", K, d, ["culture-tourism"], "target"),
 ], not_claims=["관광객 유치 활성화를 위한 관광설명회를 가졌다. (달성군 제공)", "달성군, 국·공유지 교환으로 지역 행정수요 적극 대응", "달성군은 지난 25일 경북지방우정청과 국·공유 재산 교환계약을 체결했다"])

P = "bae-gwang-sik"
G["ja-09-ajunews.txt"] = dict(metadata=M(None, None, None, None, "27230"),
 officials=[P], claims=[
 C("청년 코워킹 공간 ‘창업놀이터’를 조성하고 1월 23일부터 2월 8일까지 입주자를 모집한다고 19일 전했다", None, None, ["startup-support", "youth-policy", "urban-regeneration"], "plan"),
 C("창업놀이터는 경북대 북문 맞은편 대학로 99-4에 위치하며", None, None, ["startup-support"], "statement"),
 C("신청 자격은 19세부터 39세까지의 청년으로 예비창업자 또는 3년 미만 초기 창업자이며", None, None, ["startup-support", "youth-policy"], "statement"),
 C("최종 10팀을 선발할 예정이며", None, None, ["startup-support"], "plan"),
 C("창업을 꿈꾸는 청년들에게 공간과 사업화 역량을 지원하고 지역발전의 신성장동력을 마련하기 위해 창업놀이터를 조성했다", P, None, ["startup-support", "youth-policy"], "achievement"),
 C("청년들의 취‧창업지원 사업을 지속적으로 발굴하여 청년이 살고 싶은 행복 북구 조성에 힘쓰겠다", P, None, ["startup-support", "jobs", "youth-policy"], "plan"),
 ], not_claims=["신청자는 이달 23일부터 다음 달 8일 18시까지 관련 서류를 준비하여 북구청 담당자 메일로 접수하면 된다"])

os.makedirs('/work/blind/set-ja/gold', exist_ok=True)
n = 0
for f, g in G.items():
    out = {"article": f, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"], "not_claims": g["not_claims"]}
    n += len(g["claims"])
    with open('/work/blind/set-ja/gold/' + f + '.json', 'w', encoding='utf-8') as h:
        json.dump(out, h, ensure_ascii=False, indent=1)
print(len(G), 'files', n, 'claims')
