"""Write set-gg's gold files from compact tuples: (quote, speaker, date, policies, kind)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"

def md(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}

D = {}
d = "2017-12-07"
D["gg-01-gndomin.txt"] = (md("경남 지자체 출산율 높이기 안간힘", "2017-12-07T18:40+09:00", "한송학", None, "48"), [], [
    ("도내 지자체들이 출산장려금을 증액 등의 각종 출산 정책들을 쏟아내는 등", None, d, ["childcare-birth"], "statement"),
    ("그동안 소극적으로 대처해 오던 출산장려금 지원에 적극 나서고 있다", None, d, ["childcare-birth"], "statement"),
    ("실제 도내 지자체의 출산장려금은 2년전에 비해 두배 가까이 증액됐으며", None, d, ["childcare-birth"], "achievement"),
    ("올해 경남의 18개 시군에서 지원하는 전체 출산장려금(셋째아 기준)은 1억800만원이다", None, "2017-12-05", ["childcare-birth"], "statement"),
    ("셋째아 출산시 가장 많은 출산장려금을 지원해 주는 곳은 창녕과 산청이 각각 1300만원이다", None, d, ["childcare-birth"], "statement"),
    ("산청은 첫째아 출산시에는 100만원", None, d, ["childcare-birth"], "statement"),
    ("다음으로 함양과 함안이 각 1150만원으로", None, d, ["childcare-birth"], "statement"),
    ("5, 2000만원의 파격적인 출산장려금을 지원한다", None, d, ["childcare-birth"], "statement"),
    ("다섯째까지의 출산시 하동은 총 4100만원의 출산 장려금을 지원받게 된다", None, d, ["childcare-birth"], "statement"),
    ("밀양과 고성은 1, 100만원", None, d, ["childcare-birth"], "statement"),
], ["셋째아 출산 기준 출산장려금 총 1억800만원 지원", "하동 다섯째 출산시 2000만원 등 총 4100만원 파격",
    "2년새 두배 가까이 증액 지자체들 출산 정책 집중", "한송학기자"])

d = "2022-12-27"
D["gg-02-imaeil.txt"] = (md("포항시 이차전지 특화단지로 k-배터리 선도도시 도약", "2022-12-27T18:07:26+09:00", None, None, "47110"),
  ["lee-gang-deok"], [
    ("'이차전지 산학연 혁신 거버넌스(정책협의체)'를 출범해", None, d, ["research-development"], "statement"),
    ("현재 포항은 국내외 핵심 배터리 기업들의 투자가 이어지고 있다", None, d, ["investment-attraction"], "statement"),
    ("4조1천634억원(MOU 기준)의 대규모 투자유치에 성공했다", None, d, ["investment-attraction"], "achievement"),
    ("지역 균형발전과 함께 대한민국 배터리 산업의 최전방에서", "lee-gang-deok", d, ["decentralization"], "plan"),
], ["특화단지 지정되면 R&D·기업입주 등 혁신 생태계 조성", "포항시는 이차전지 특화단지 지정에 전 행정력을 쏟고 있다",
    "각종 R&D기관이 밀집해 있으며", "2021년 준공된 이차전지 종합관리센터는"])

d = "2018-08-31"
D["gg-03-mbn.txt"] = (md("대구시, 2018년 도시재생 뉴딜 공모사업 최다 선정", "2018-08-31T16:56+09:00", "조성신", "매일경제", "27"), [], [
    ("전국 광역시 최다인 7곳이 선정돼 국비 총 680억원을 지원받게 됐다고 31일 밝혔다", None, d, ["urban-regeneration"], "achievement"),
    ("도시재생 뉴딜사업은 정부 100대 국정과제로", None, d, ["urban-regeneration"], "statement"),
    ("앞서 정부는 지난해 시범사업으로 전국 68곳을 선정한 바 있다", None, d, ["urban-regeneration"], "achievement"),
    ("이날 국무총리 주재로 열린 도시재생특별위원회에서 전국 99곳을 최종 선정했다", None, d, ["urban-regeneration"], "achievement"),
    ("대구시에서 선정된 7개 지역은", None, d, ["urban-regeneration"], "statement"),
    ("모두 10곳에서 도시재생을 위해 총 5808억원", None, d, ["urban-regeneration"], "plan"),
], ["MBN APP 다운로드", "[디지털뉴스국 조성신 기자]"])

D["gg-04-geochang.txt"] = (md("거창군, 민선8기 제6회 농사청 운영", "2024-03-28", None, None, "48880"), ["gu-in-mo"], [
    ("농업 현장 목소리를 듣기 위한 제6회 농사청을 운영했다고 밝혔다", None, "2024-03-27", ["agriculture", "citizen-participation"], "achievement"),
    ("다양한 현장의 목소리를 들었다", None, "2024-03-27", ["agriculture", "citizen-participation"], "statement"),
    ("거창군 특수시책으로 추진 중인 농사청은", None, "2024-03-28", ["agriculture", "citizen-participation"], "statement"),
    ("4월부터는 현장 농사청 운영을 통해 좀 더 생생한 현장의 목소리를 들을 계획이다", None, "2024-03-28", ["agriculture", "citizen-participation"], "plan"),
    ("농가소득 1억원 달성과 군민 행복시대를 열기위해 노력하겠다", "gu-in-mo", "2024-03-27", ["agriculture", "citizen-participation"], "target"),
], ["공공누리 제3유형 : 출처표시", "현재 열람하신 페이지의 내용이나 사용편의성에 만족하십니까?"])

d = "2015-10-06"
D["gg-05-donga.txt"] = (md("[뷰티풀 해운대]“천혜의 자연환경과 어우러진 도심… 해운대의 가장 큰 매력이죠”", "2015-10-06T03:00+09:00", None, None, "26350"),
  ["baek-seon-gi-26350"], [
    ("송정해수욕장의 집와이어 설치", "baek-seon-gi-26350", d, ["culture-tourism"], "plan"),
    ("해운대구청 담장을 허물고 내년부터 운영할 열린마당 조성사업도 자랑했다", "baek-seon-gi-26350", d, ["culture-tourism"], "plan"),
    ("구청 앞에 분수대와 온천 족욕장을 만들고", None, d, ["culture-tourism"], "statement"),
    ("이곳에서는 음악회와 문화 공연이 열린다", None, d, ["culture-tourism"], "plan"),
], ["해운대 사람들의 자긍심이랄까요", "최고 매력은 해운대해수욕장, 송정해수욕장, 달맞이길, 동백섬 등 천혜의 자연환경이 있다는 점이다",
    "마이스(MICE) 산업 도시를 선도하고 있는 벡스코", "정신과 마음을 치유하는 힐링 코스다", "―해운대 매력은 뭔가."])

d = "2024-03-07"
D["gg-06-donga.txt"] = (md("저탄소 인증기관 선정", "2024-03-08T03:00+09:00", "명민준", "동아일보", "27290"), ["lee-tae-hun"], [
    ("전국 지방자치단체 가운데 처음으로 저탄소 인증기관에 선정됐다고 7일 밝혔다", None, d, ["climate-carbon"], "achievement"),
    ("도시재생안전협회는 탄소배출 절감을 위해 노력한", None, d, ["climate-carbon"], "statement"),
    ("산업분야 온실가스 진단컨설팅", None, d, ["climate-carbon"], "achievement"),
    ("달서구는 탄소중립도시 실현을 위해 적극적으로 나서고 있다", None, d, ["climate-carbon"], "statement"),
    ("2022년 1월 기후변화 대응팀을 구성했으며", None, d, ["climate-carbon"], "achievement"),
    ("2030년까지 온실가스 배출량을 2018년 대비 45%까지 줄여 나가고", None, d, ["climate-carbon"], "target"),
    ("적극적인 온실가스 감축사업 추진을 통해", "lee-tae-hun", d, ["climate-carbon"], "plan"),
], ["대구 달서구, 탄소중립 성과", "명민준 기자 mmj86@donga.com"])

d = "2022-04-12"
D["gg-07-dynews1.txt"] = (md("울산시, 고용노동부 일자리창출 지원사업 공모 선정…1062개 일자리 창출 목표", "2022-04-12", "허지영", "동양뉴스", "31"), [], [
    ("'지역혁신사업' 업무협약을 체결한다", None, d, ["jobs"], "plan"),
    ("지역·산업맞춤형 일자리창출 지원사업 공모에 이 사업들이 선정돼 마련됐다", None, d, ["jobs"], "achievement"),
    ("'중장기 일자리 사업'을 지역 주도로 추진하고", None, d, ["jobs"], "statement"),
    ("이 사업은 총 사업비 70억7000만원을 확보했다", None, d, ["jobs"], "achievement"),
    ("일자리 총 1062개 창출을 목표로 하고 있다", None, d, ["jobs"], "target"),
    ("총 545명의 취업과 고용의 질 개선을 목표로", None, d, ["jobs"], "target"),
    ("사업비는 총 23억5000만원이 투입된다", None, d, ["jobs"], "statement"),
    ("조선업 부조화 해소 구인구직데이터베이스", None, d, ["jobs"], "statement"),
], ["[울산=동양뉴스] 허지영 기자"])

D["gg-08-dgy.txt"] = (md(None, None, None, None, "47"), ["lee-cheol-u"], [
    ("더 피부에 와닿게 저출생과 전쟁 시즌2를 추진하라", "lee-cheol-u", None, ["childcare-birth"], "plan"),
    ("`저출생과 전쟁 100대 실행 과제`를 분석하고", "lee-cheol-u", None, ["childcare-birth"], "plan"),
    ("최근의 정치적 혼란으로 저출생과 전쟁 시즌2가 추진이 어려워질 수 있음을 걱정했다", "lee-cheol-u", None, ["childcare-birth"], "statement"),
    ("최근 혼인 건수와 출생아 수 증가 등 현장의 긍정적인 신호들이 있으나", "lee-cheol-u", None, ["childcare-birth"], "statement"),
    ("지방정부는 흐트러짐 없이 비상한 각오로 적극 대응해야 한다", "lee-cheol-u", None, ["childcare-birth"], "plan"),
], ["<관련기사 3면>"])

d = "2019-07-18"
D["gg-09-ujeil.txt"] = (md("송철호 시장 “2021년 울산 전국체전에 북한 선수단 초청”", "2019-07-18T20:51+09:00", "정재환", None, "31"), ["song-cheol-ho"], [
    ("대한민국 대표 정원으로 조기 안착시키기 위해", None, d, ["culture-tourism"], "plan"),
    ("태화강 국가정원 지정은 선언적 사안이 아닌 또 다른 새로운 시작", "song-cheol-ho", d, ["culture-tourism"], "statement"),
    ("각종 국가정원 인프라 구축사업을 추진 중", "song-cheol-ho", d, ["culture-tourism"], "statement"),
    ("이를 위해 태화강정원사업단을 확대 개편키로 했다", "song-cheol-ho", d, ["culture-tourism"], "plan"),
    ("태화강 국가정원 진흥을 위한 실효성있는 세부적 실행방안을 마련키 위해", "song-cheol-ho", d, ["culture-tourism"], "plan"),
], ["2021년 울산 전국체전에 북한 선수단을 초청하는 방안을", "시정질문에 대해 답변을 하고 있다. 장태준 기자",
    "태화강국가정원, 사업단 확대개편·인프라 구축도 박차", "“북방경제 전초기지 각인 기회”"])

for name, (meta, officials, claims, not_claims) in D.items():
    gold = {"article": name, "metadata": meta, "officials": officials,
            "claims": [{"quote": q, "speaker": s, "date": dt, "policies": p, "kind": k} for q, s, dt, p, k in claims],
            "not_claims": not_claims}
    (GOLD / (name + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(name, len(claims))
