# Writes gold/*.json for set-lv. C(quote, speaker, date, policies, kind[, speaker_name])
import json, os
G = os.path.join(os.path.dirname(__file__), '..', 'gold')
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
def M(h, pub, rep, out, j): return {"headline": h, "published": pub, "reporter": rep, "outlet": out, "jurisdiction": j}
F = {}
d = "2019-04-16"
F['lv-01-honamtimes.txt'] = (M("전라북도, 인구문제 도-시군 함께 새로운 길 모색", "2019-04-16", "정진영", None, "45"), [], [
  C("귀농귀촌 희망자, 전북출향인 및 출향2세, 결혼이민자", None, d, ["agriculture", "welfare"], "statement"),
  C("저출생, 청년, 고령화 등의 꼼꼼한 인구정책 추진이", None, d, ["childcare-birth", "youth-policy"], "statement"),
], ["시군 인구동향 등 인구감소 대응방안 논의", "‘인구정책 조례’ 제정", "인구정책 우수 시·군 인센티브 부여"])
d = "2025-12-20"
ur = ["urban-regeneration"]
F['lv-02-seoul.txt'] = (M(None, "2025-12-19", None, None, "44"), [], [
  C("3개 시군 4개 지역에 노후 주거지 정비 등 도시재생사업이 추진된다", None, d, ur, "plan"),
  C("도시재생사업 공모에 3개 시군 4개 지역이 선정돼 국비 482억 5800만원을 확보했다", None, d, ur, "achievement"),
  C("이번 공모는 △특화재생 △인정사업 △노후주거지정비지원사업 등 3개 유형이다", None, d, ur, "statement"),
  C("선정된 3개 시군은 공주시와 당진시(2곳), 아산시다", None, d, ur, "achievement"),
  C("공주시는 특화재생으로 침체된 직조산업의 재도약을 위해", None, d, ur, "achievement"),
  C("유구읍 일원에 367억원(국비 150억원)을 투입해", None, d, ur, "plan"),
  C("당진시는 인정사업으로 ‘면천읍성마을 문화곳간 면천고방’을 제안해 선정됐다", None, d, ur, "achievement"),
  C("인정사업은 기초조사를 통해 파악한 주민 필요기능", None, d, ur, "statement"),
  C("면천읍 일원에 55억 4000만원(국비 32억 5800만원)을 투입해", None, d, ["urban-regeneration", "culture-tourism"], "plan"),
  C("노후주거지정비 지원사업은 아산시와 당진시가 선정됐다", None, d, ur, "achievement"),
  C("온천동 일원에 606억원(국비 150억원)을 투입해 빈집정비를 연계한", None, d, ur, "plan"),
  C("송악읍 일원에 387억 7300만원(국비 150억원)을 투입해", None, d, ur, "plan"),
], ["이미지 확대 도시재생사업 유형. 국토교통부"])
d = "2022-10-30"
pt = ["public-transit"]
F['lv-03-joongdo.txt'] = (M("[대전시 현안점검] 탈 것에서 보행으로… 트램은 교통체계 변화의 변곡점", "2022-10-30T16:50+09:00", "이해미", "중도일보", "30"), ["lee-jang-woo"], [
  C("방위사업청과 한국특허전략개발원 등 공공기관 이전을 비롯해", None, d, ["decentralization"], "statement"),
  C("노루벌 국가정원 등 자치구와의 공동사업도 마찬가지다", None, d, ["culture-tourism"], "statement"),
  C("대전시는 트램을 교통수단으로 도입한 전국 최초의 도시다", None, d, pt, "achievement"),
  C("대전은 이 가운데서도 가장 긴 노선이고 순환하는 형태다", None, d, pt, "statement"),
  C("진척 상황만 두고 본다면 향후 최초 운행은 장담할 수 없다", None, d, pt, "criticism"),
], ["문제점 보완해 내년 연말에는 착공", "전국 최초 트램 장기표류에 최초 운행 장담 못해", "이장우 대전시장이 정면돌파 의지로 분위기가 달라지고 있다"])
d = "2024-03-22"; d19 = "2024-03-19"
asy = ["agriculture", "startup-support", "youth-policy"]
F['lv-04-sisaon.txt'] = (M("임실군, 시설원예 스마트팜구축 지원사업 앞장…순창군의회, 임시회 개회 [전북오늘]", "2024-03-22T09:32+09:00", "고수현", "시사오늘", "52750"), ["sim-min"], [
  C("청년 창업농을 위한 스마트팜구축 지원사업에 적극 나서고 있다", None, d, asy, "statement"),
  C("청년 창업 스마트팜 패키지 지원사업을 통해 신덕면에 올해 2월 스마트팜구축을 완료해", None, d, asy, "achievement"),
  C("이 스마트팜에서는 사계절 내내 오이와 토마토를 생산할 계획이다", None, d, ["agriculture"], "plan"),
  C("심민 군수는 지난 19일 신덕면과 관촌면 등 스마트팜 현장을 방문해", None, d19, ["agriculture"], "statement"),
  C("임실군에 알맞은 스마트팜 모델을 개발하고 보급하기 위해", None, d19, ["agriculture"], "statement"),
  C("청년농업인의 성공적 지역 정착 사례로 손꼽히고 있다", None, d, asy, "achievement"),
  C("임실군 농산물의 브랜드 가치를 높이고 농가 소득증대에 중요한 역할을 할 것으로 기대하고 있다", None, d, ["agriculture"], "statement"),
], ["심민 군수가 관촌면 스마트팜 현장을 찾아 첨단 재배시설을 둘러보고 있다"])
Y = "yang-seung-jo"
F['lv-05-hankyung.txt'] = (M("양승조 충남지사 재선 도전 의사 밝혀…\"마무리할 책임 있다\"(종합)", None, None, None, "44"), [Y], [
  C("가로림만 해양정원 조성과 안면도 관광지 개발 등 여러 숙원사업 해결의 실마리를", Y, None, ["culture-tourism"], "achievement"),
  C("서산공항과 서해선 직결 문제, 장항선 복선전철 등 각종 현안 해결의 첫 단추를 끼운 점", Y, None, ["airport-relocation", "public-transit"], "achievement"),
  C("내년엔 서산공항 건설과 충남혁신도시 완성", Y, None, ["airport-relocation", "decentralization", "energy-transition"], "plan"),
  C("보령머드엑스포와 계룡세계군문화엑스포 등 메가 이벤트를 성공적으로 개최하는", None, None, ["culture-tourism"], "plan"),
], ["도에 닥친 여러 위기에 대처할 방향을 결정한 이상", "저 자신에게 점수를 준다면 객관적으로 A 학점을 줄 수 있다고 생각한다", "이제 막 시작한 일들을 마무리하고 싶다"])
O = "oh-young-hun"; d = "2024-09-19"; ap = ["airport-relocation"]
F['lv-06-kctvjeju.txt'] = (M("[제주어] \"아쉬로운 2공항, 갈등해소 최선…경제 지표 개선\"", "2024-09-19T10:51+09:00", "이주연", "KCTV제주방송", "50"), [O], [
  C("특히 제2공항 건설 사업엔 아쉬로움을 표시멍", O, d, ap, "plan"),
  C("제2공항광 관련영 오영훈 지사는 저 아쉬로움을 표시여수다", O, d, ap, "criticism"),
  C("고시전장 충분 협의가 읏곡 제주도 입장 또한 제라게 반영되지 아녀수다", O, d, ap, "criticism"),
  C("인허가에서 제주도 역할을 충실히 수행켄 멍 갈등조정협의회 운영의 필요성도 강조여수다", O, d, ap, "plan"),
  C("의혹이 해소뒈곡 갈등이 해소뒈젠 민 갈등조정협의회를 운영 필요가 잇곡양", O, d, ap, "plan"),
  C("디지털 대전환을 큰 축으로 관광광 골목시장 활성화를 추진곡 탐나는전 혜택 확대", O, d, ["small-merchants", "culture-tourism", "fourth-industrial-revolution"], "plan"),
  C("요지금 관광객이 증가세로 전환는 등 경제 회복에 긍정적인 신호가 보인덴", O, d, ["culture-tourism"], "achievement"),
], ["도민의 선택으로 부여받은 도지사 책무를 완수 수 싯게", "경제활성화에 대 대책도 제시여수다"])
L = "lee-yong-seop"; d = "2021-02-25"
F['lv-07-ajunews.txt'] = (M("광주광역시 탄소중립도시 추진위원회 출범···오는 2045년까지 온실가스 '100만t 감축'", "2021-02-25T13:41+09:00", None, None, "29"), [L, "jang-hwi-guk"], [
  C("민·관 거버넌스인 탄소중립도시 추진위원회를 출범시켰다", None, d, ["climate-carbon"], "achievement"),
  C("시민이 주도하는 ‘2045 탄소중립 에너지 자립도시’ 건설에 시동을 건 셈이다", None, d, ["climate-carbon", "energy-transition"], "achievement"),
  C("온실가스 배출량 100만t 감축을 목표로 삼은 실행계획을 발표했다", L, d, ["climate-carbon", "energy-transition"], "target"),
  C("수송과 교통 부문에서는 상무지구 ‘무인공공자전거 시스템’을 시범 운영하고", None, d, ["climate-carbon", "future-vehicles", "fine-dust"], "plan"),
  C("탄소중립 에너지 자립도시는 우리 150만 광주 공동체가", L, d, ["climate-carbon", "energy-transition"], "statement"),
  C("올해 시민주도 녹색분권의 실현을 통해", L, d, ["climate-carbon", "citizen-participation"], "plan"),
  C("2045년 탄소중립·에너지 자립도시를 달성해 인류 공멸의 위기를 벗어나기 위한", None, d, ["climate-carbon", "energy-transition"], "statement", "정영일"),
  C("내가 쓰는 전기는 내가 만들어 쓰자 등 2021년 실천운동을 벌이겠다", None, d, ["energy-transition"], "plan", "정영일"),
], ["2045년까지 6개 부문, 94개 사업에 약 7600억 투입", "이날 출범식에는 이용섭 광주광역시장, 양향자 국회의원"])
CM = "choi-min-ho"
F['lv-08-newdaily.txt'] = (M(None, None, None, None, "36"), [CM], [
  C("행정수도 완성을 중심으로 한글문화도시, 박물관도시, 정원도시, 스마트도시 등 5대 비전을 소개하며", CM, None, ["decentralization", "culture-tourism", "smart-city"], "statement"),
  C("한글문화단지 조성을 위한 국비 3억 원 확보와 한글미술관 건립", CM, None, ["culture-tourism"], "plan"),
  C("인공지능과 스마트 기술을 접목한 '퍼스트 앤 패스트' 도시 구현 의지도 강조했다", CM, None, ["fourth-industrial-revolution", "smart-city"], "plan"),
  C("농수산물시장 건립, 도시가스 확대, 자율주행버스 교통약자 지원, 미식 축제 개최 등", None, None, ["agriculture", "future-vehicles", "culture-tourism"], "plan"),
], ["행정수도 완성·한글문화도시 등 5대 비전 제시", "'월파출해(越波出海)' 정신을 바탕으로 한 시정 운영 방향을 시민들과 공유했다", "더 넓은 바다로 도약하는 세종을 만들겠다", "최민호 세종시장이 지난 20일 오후 세종시청 여민실에서 열린 올해 첫 시민과의 대화에서"])
MH = "myeong-hyeon-gwan"; ag = ["agriculture"]; ct = ["culture-tourism"]
F['lv-09-hnwoori.txt'] = (M("명현관 해남군수 취임", None, None, None, "46820"), [MH], [
  C("살기 좋은 부자농촌, 체류하는 문화관광, 생동하는 지역경제, 감동 주는 맞춤복지라는 5대 군정방침을 정했다", None, None, ["agriculture", "culture-tourism", "welfare"], "plan"),
  C("군정 쟁점 사항에 대한 100인 배심원제 운영 등 군민과의 소통행정을 최우선 과제로 제시했다", None, None, ["citizen-participation"], "plan"),
  C("생산, 가공, 유통 시스템을 체계적으로 구축해 부자 농촌 만들기를 추진한다", None, None, ag, "plan"),
  C("농어민은 생산에 전념하고, 군은 체계적 유통시스템을 구축해 나갈 계획이다", None, None, ag, "plan"),
  C("농가기본소득지원금(농민수당)을 지급해 농민들의 기본 소득을 지원하게 된다", None, None, ag, "plan"),
  C("농민수당은 지역상품권으로 지급해 지역상권도 지원한다", None, None, ["agriculture", "small-merchants"], "plan"),
  C("단체급식지원센터 운영과 로컬푸드점 신설 등으로 농수산물 소비촉진도 나설 예정이다", None, None, ["agriculture", "culture-tourism"], "plan"),
  C("북한의 최북단 온성군과의 농업교류도 추진된다", None, None, ag, "plan"),
  C("해남문화관광재단을 설립해 전문적인 문화관광정책을 추진해 나간다", None, None, ct, "plan"),
  C("권역별 관광개발 사업도 추진한다", None, None, ct, "plan"),
  C("해남읍권에 빛의 숲을 조성해 체류형 야간관광 명소로 만들어 나갈 계획이다", None, None, ct, "plan"),
  C("읍면별 1품목 1사회적경제기업 육성, 전통시장 SNS마케팅", None, None, ["jobs", "small-merchants", "investment-attraction"], "plan"),
], ["군민을 섬기며, 깨끗하고 공정한 군정으로 새로운 해남의 모습을 보여주겠다", "태풍으로 취임식은 취소"])
for name, (meta, offs, claims, nots) in F.items():
    g = {"article": name, "metadata": meta, "officials": offs, "claims": claims, "not_claims": nots}
    with open(os.path.join(G, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
print(sum(len(v[2]) for v in F.values()), 'claims in', len(F), 'files')
