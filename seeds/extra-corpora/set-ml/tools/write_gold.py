"""Writes gold/*.json for set-ml from compact tuples: (quote, speaker, date, policies, kind[, speaker_name])."""
import json
from pathlib import Path

G = Path(__file__).resolve().parents[1] / "gold"
G.mkdir(exist_ok=True)


def w(article, meta, officials, claims, not_claims):
    keys = ["headline", "published", "reporter", "outlet", "jurisdiction"]
    out = {"article": article, "metadata": dict(zip(keys, meta)), "officials": officials, "claims": [], "not_claims": not_claims}
    for c in claims:
        d = {"quote": c[0], "speaker": c[1], "date": c[2], "policies": c[3].split(), "kind": c[4]}
        if len(c) > 5:
            d["speaker_name"] = c[5]
        out["claims"].append(d)
    (G / f"{article}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


D = "2022-09-27"
w("ml-01-daejeonpress.txt",
  ["정원산업박람회 내달 7일 세종중앙공원서 개최…최민호 시장, \"세종 중부권 최대 정원관광도시로\"", "2022-09-27T17:39+09:00", "백승원", "대전인터넷신문", "36"],
  ["choi-min-ho"],
  [("중부권 최대의 정원 관광도시로 만들어 나가겠다는 포부를 내비췄다", None, D, "culture-tourism", "plan"),
   ("조경수 생산단지로의 성장 발판을 마련하기 위해 이번 박람회를 유치했다", "choi-min-ho", D, "culture-tourism", "achievement"),
   ("그동안 시는 박람회의 성공 개최는 시민 참여에 달려있다고 보고", "choi-min-ho", D, "citizen-participation", "achievement"),
   ("300여 명의 시민참여단을 구성해 박람회를 시민과 함께 꼼꼼히 준비했다", "choi-min-ho", D, "citizen-participation", "achievement"),
   ("정원시장 판로 지원 및 지역 상권 활성화 기여", "choi-min-ho", D, "small-merchants culture-tourism", "statement")],
  ["세종 중부권 최대 정원관광도시로", "이번 박람회 주제는 '인생정원(Life Garden)'이며", "일상 속으로 들어온 정원을 소개하는 장으로 활용하겠다는 의미라는 것이 최 시장의 설명이다", "민간정원 꽃밭에서 전경"])

D = "2023-02-08"
w("ml-02-daum.txt",
  ["청년들 집·보육부터 놀거리까지 준비 완료…전남 “언능 오랑께”", "2023-02-08T21:34+09:00", "강현석", None, "46"],
  ["kim-yung-rok"],
  [("임대주택과 권역별 대규모 문화센터 건립 등 다양한 정책을 발굴해 시행하겠다", "kim-yung-rok", D, "housing culture-tourism youth-policy", "plan"),
   ("‘지방소멸 대응기금’으로 청년인구 유출을 막기 위한 사업을 집중 추진한다", None, D, "youth-policy", "plan"),
   ("도와 기초지자체가 확보한 소멸 대응기금은 3080억원으로", None, D, "youth-policy", "statement")],
  ["도, 창업 공간 있는 공공주택·문화센터 건립 등 대책 발표", "22개 시·군 중 16곳 ‘인구감소지역’", "청년인구(18∼39세) 비율도 2018년 24.4%", "매년 수도권이나 대도시 지역으로 이동하는 인구의 80%가 청년이라는 점", "청년은 전남의 미래다"])

D = "2020-04-21"
w("ml-03-newspim.txt",
  ["전남도, '전남인구 새 희망찾기 프로젝트' 본격 시행", "2020-04-21T14:10+09:00", "지영봉", "뉴스핌", "46"],
  [],
  [("시군 지역특성을 살린 인구 늘리기 사업에 총 20억원의 사업비를 투입키로 했다", None, D, "childcare-birth youth-policy", "plan"),
   ("이중 서류 및 전문가 심사에서 10개 사업이 최종 선정됐다", None, D, "youth-policy", "achievement"),
   ("450명의 청년세대 유입과 정착을 목표로 추진할 계획이다", None, D, "youth-policy urban-regeneration jobs startup-support", "target"),
   ("강진군은 도시재생사업과 연계된 유휴공간을 활용한 청년 창업과 커뮤니티 지원 사업을 펼치며", None, D, "urban-regeneration startup-support youth-policy", "plan"),
   ("광양시는 청년 취업지원 올인원 시스템 운영과", None, D, "jobs youth-policy startup-support childcare-birth", "plan")],
  ["전남 지역의 인구 유출문제가 심각한 상황", "지역의 특성을 살린 지역특화 인구사업을 지속적으로 발굴해 확산시켜 나가겠다", "전남도 청사 [사진=지영봉 기자]"])

D = "2024-07-25"
w("ml-04-jben.txt",
  ["전북특별자치도, 청년농 창업 1번지로 도약", "2024-07-25T23:56+09:00", None, None, "52"],
  ["kim-gwan-yeong"],
  [("‘청년농 창업 1번지 조성’을 제1번 전략목표로 삼았다", None, D, "agriculture startup-support youth-policy", "statement"),
   ("청년농에게 3,187억 원 규모의 19개 사업을 지원하여 청년농의 안정적 정착과 성장을 돕겠다고 밝혔다", None, D, "agriculture youth-policy", "plan"),
   ("앞으로 4,000명을 집중 선발할 계획이다", None, D, "agriculture startup-support youth-policy", "target"),
   ("청년농업인들에게 영농 정착과 주거 지원 등을 포함한 다양한 정책을 추진한다", None, D, "agriculture youth-policy housing", "plan"),
   ("2026년까지 도내 시설하우스의 30%를 스마트팜으로 전환할 계획이다", None, D, "agriculture startup-support youth-policy", "target"),
   ("임대형 스마트팜 조성과 대규모 스마트팜 창업단지 조성 등을 통해", None, D, "agriculture startup-support youth-policy", "plan"),
   ("청년농 육성이 전북의 농업 혁신과 발전의 중심이 되고 있다고 평가했다", None, D, "agriculture youth-policy", "achievement"),
   ("전북이 청년 스마트팜 창업의 중심지로 자리매김하며", None, D, "agriculture startup-support youth-policy", "achievement", "최재용")],
  ["... 편집부 (2024-07-25 23:56:57)"])

D = "2026-01-01"
w("ml-05-sentv.txt",
  ["[신년사] 문인 광주 북구청장 “민생은 가까이, 일상은 단단한 북구 만들것”", "2026-01-01T09:00+09:00", "나윤상", "서울경제TV", "29170"],
  ["mun-in"],
  [("안전 관리의 중요성을 다시 한 번 강조했다", "mun-in", D, "disaster-safety", "statement"),
   ("지역화폐 ‘부끄머니’와 골목형 상점가 점포 확대 등을 성과로 꼽았다", "mun-in", D, "small-merchants", "achievement"),
   ("부끄머니는 100억 원 규모가 6일 만에 완판되며", None, D, "small-merchants", "achievement"),
   ("소상공인 신성장 지원센터를 새롭게 개소해", None, D, "small-merchants", "achievement")],
  ["민생은 더 가까이, 일상은 더 단단하게, 미래는 더 넓게 준비하겠다", "2026년 구정 운영 방안으로 '민생 체감도 제고'", "특별재난지역 선포 등 유례없는 위기의 연속이었다", "돌봄과 복지 분야에서는"])

D = "2025-07-30"
w("ml-06-ihalla.txt",
  ["[열린마당] 희망의 서귀포시! 손잡고 함께 만들어 갑시다", "2025-07-30T05:30+09:00", "김미림", "한라일보", "50"],
  [],
  [("서귀포만의 매력으로 관광객을 다시 불러들이고", None, D, "culture-tourism", "statement"),
   ("그 해답은 문화와 야간 관광 그리고 원도심의 활력 회복입니다", None, D, "culture-tourism urban-regeneration", "statement"),
   ("칠십리 야외공연장도 리모델링해 야간 명소로 탈바꿈하였습니다", None, D, "culture-tourism", "achievement"),
   ("문화예술을 즐길 수 있는 도심 속 문화공간으로 조성했습니다", None, D, "culture-tourism", "achievement"),
   ("'금토금토 새연쇼'가 화려한 막을 올렸습니다", None, "2025-07-25", "culture-tourism", "achievement"),
   ("새섬의 아름다운 조명은 시민과 관광객을 새연교로 불러 모았습니다", None, "2025-07-25", "culture-tourism", "achievement"),
   ("이중섭거리는 청년들의 열기로 활기를 되찾았습니다", None, D, "culture-tourism urban-regeneration", "achievement")],
  ["빈 점포 증가로 중심상가는 지역경제 침체를 그대로 보여주고 있습니다", "정치 불안정까지 겹쳐 관광과 경제는 더욱 어려워졌습니다", "서귀포시장으로 취임해 지역경제를 살리기 위한 여정을 시작했습니다", "관광객과 시민들의 웃음 속에서 서귀포의 희망을 보았습니다"])

D = "2022-09-29"
w("ml-07-kbs.txt",
  ["[여기는 충주] “차량·해설사 지원”…전통시장 러브투어 인기", "2022-09-29T19:49+09:00", "지용수", "KBS", "43150"],
  [],
  [("요즘 제천에 단체 관광객의 발길이 끊이지 않고 있습니다", None, D, "culture-tourism", "achievement"),
   ("단체 관광객에게 차량과 관광해설사를 지원하면서 제천 방문객이 크게 늘고 있습니다", None, D, "culture-tourism", "achievement"),
   ("제천시가 운영하는 '러브투어' 참여 관광객들입니다", None, D, "culture-tourism", "statement"),
   ("제천시는 지난 2008년부터 전통시장과 관광지를 방문하는", None, D, "culture-tourism small-merchants", "statement"),
   ("맞춤형 관광일정이 제공되고 관광해설사의 자세한 설명까지 들을 수 있습니다", None, D, "culture-tourism", "statement"),
   ("러브투어를 통해 제천을 찾은 관광객은 6천여 명으로 전통시장 활성화에 큰 도움이 됐습니다", None, D, "culture-tourism small-merchants", "achievement"),
   ("연말까지 추가 예약인원만 5천 명이 넘어", None, D, "culture-tourism", "statement")],
  ["전통시장 앞에 대형버스가 멈추고 관광객들이 줄지어 내립니다", "제천 하면 약초가 유명하다고 해서", "또 오고 싶었습니다", "날마다 (관광객이) 가득 차면 좋겠어요", "KBS 충주 스튜디오 연결해 북부권 소식 살펴보겠습니다"])

Y = "yang-seung-jo"
w("ml-08-ccnnews.txt",
  ["행복키움수당 지급 대상 확대...373억원 투입", None, None, "충청뉴스", "44"],
  [Y],
  [("'행복키움수당'이 다음달부터 36개월 미만 아동으로 확대된다", None, None, "childcare-birth", "plan"),
   ("아이키우기 좋은 충남이 다시 큰 걸음을 내딛는다", Y, None, "childcare-birth", "plan"),
   ("도는 2018년 11월 전국 최초로 12개월 이하의 유아에게", None, None, "childcare-birth", "achievement"),
   ("행복키움수당으로 명칭을 변경하고 지급대상을 24개월 미만으로 확대했다", None, None, "childcare-birth", "achievement"),
   ("36개월 미만 아동 4만1000명에게 월 10만원씩 지급한다", None, None, "childcare-birth", "target"),
   ("아이키우기 좋은 환경을 만들기 위한 노력이 성장하고 결실을 맺고 있어", Y, None, "childcare-birth", "achievement"),
   ("합계출산율 0.92명에 불과한 저출산 문제는", Y, None, "childcare-birth", "statement"),
   ("저출산을 극복하지 않고선 충남은 물론 대한민국의 미래도 없다", Y, None, "childcare-birth", "statement"),
   ("대한민국의 저출산 문제 해결하는데 선도하도록 노력하자", Y, None, "childcare-birth", "plan")],
  ["행복키움수당 지급 대상 확대...373억원 투입"])

J = "jeong-yong-rae"
w("ml-09-news1.txt",
  ["[신년사]정용래 대전 유성구청장 “변화와 희망의 미래 선도”", None, "최일", "뉴스1", "30200"],
  [J],
  [("미래인재 양성과 혁신적인 사고로 꿈이 현실이 되는 미래 선도도시를 만들어가겠습니다", J, None, "education", "plan"),
   ("지속 가능한 미래교육체계를 구축해야 합니다", J, None, "education", "plan"),
   ("진로·진학교육의 허브 기관을 육성해 미래교육 거버넌스를 확장하겠습니다", J, None, "education", "plan"),
   ("청년이 꿈꾸며 도전하고 싶은 도시를 만들겠습니다", J, None, "youth-policy", "plan"),
   ("궁동 스타트업파크 중심의 청년지원센터 설립", J, None, "startup-support youth-policy", "plan")],
  ["대덕연구개발특구 출범 50주년…새로운 행정환경 선도적으로 개척", "대덕연구개발특구 출범 50주년을 맞는 해로", "새로운 행정환경을 선도적으로 개척하겠습니다", "올해의 한자성어로 ‘도행지이성(道行之而成)’을 선정했습니다"])
