#!/usr/bin/env python3
"""Write set-ql gold files (hand annotation). Usage: write_gold.py [NAME ...] (default: all)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, '..', 'gold')

def C(quote, speaker, date, policies, kind, speaker_name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        c["speaker_name"] = speaker_name
    return c

def M(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter,
            "outlet": outlet, "jurisdiction": jurisdiction}

G = {}

# ---- ql-01 포항 탄소중립 (2024-07-23) ----
d, e = "2024-07-23", "2024-07-22"
G['ql-01-smnews.txt'] = {
 "metadata": M("포항시, ‘탄소중립 포항 조성’ 전략 수립 박차", "2024-07-23T08:40+09:00", "김경태", None, "47110"),
 "officials": [],
 "claims": [
  C("포항시가 지난 22일 시청 대회의실에서 ‘탄소중립 포항 조성 전략수립 용역’ 중간보고회를", None, e, ["climate-carbon"], "statement"),
  C("이날 보고회는 장상길 부시장 주재로 탄소중립 선도도시 공모사업 제안서 관련 부서장", None, e, ["climate-carbon"], "statement"),
  C("시는 환경부와 국토교통부에서 공동으로 추진 중인 탄소중립 선도도시 공모사업의 예비 대상지로 올해 1월 선정된 바 있으며", None, d, ["climate-carbon"], "plan"),
  C("탄소중립 선도도시란 탄소중립 기술을 기반으로 탄소배출을 저감·흡수해", None, d, ["climate-carbon"], "statement"),
  C("포항시는 우리나라 대표 산업도시로 온실가스 배출 특성에 맞는 실행가능한 효과적 감축 계획을 추진 전략을 구상 중이며", None, d, ["climate-carbon"], "statement"),
 ],
 "not_claims": ["탄소중립 선도도시 공모사업 예비 대상지 선정, 최종 선정 총력",
                "온실가스 배출 특성 맞는 실행 가능한 감축계획 추진 전략 구상",
                "포항시는 지난 22일 시청 대회의실에서 ‘탄소중립포항 조성 전략수립 용역’ 중간보고회를"],
}

# ---- ql-02 경북도 농업대전환 (2022-08-07; event 5일) ----
e = "2022-08-05"
G['ql-02-shinailbo.txt'] = {
 "metadata": M("이철우 경북도지사, 농업대전환 위한 열공 모드", "2022-08-07T15:44+09:00", "김진욱", "신아일보", "47"),
 "officials": ["lee-cheol-u"],
 "claims": [
  C("첨단농업과 식량안보분야 전문가에게 경북농업대전환의 필요성을 설명하고", "lee-cheol-u", e, ["agriculture"], "statement"),
  C("4차 산업혁명기술이 일반화되고 있는 지금이 농업을 첨단산업으로 대전환할 적기", "lee-cheol-u", e, ["agriculture"], "statement"),
  C("각 분야 전문가들이 함께 경북농업을 대전환 시켜 이를 통해 대한민국 농업을 확 바꿔나가자", "lee-cheol-u", e, ["agriculture"], "plan"),
 ],
 "not_claims": ["5일 전문가와 도시락 간담회",
                "각 분야의 전문지식을 공유했다"],
}

# ---- ql-03 울산 남구·울주군 2016 결산 (2016-12-29) ----
d = "2016-12-29"
G['ql-03-usmbc.txt'] = {
 "metadata": M("2016결산> 남구*울주군 '관광도시 올인'", "2016-12-29T20:20+09:00", "최지호", None, "31"),
 "officials": [],
 "claims": [
  C("목표로 주로 관광산업에 총력을 기울였지만", None, d, ["culture-tourism"], "statement"),
  C("관광산업을 중심으로 인력과 예산이 집중됐습니다", None, d, ["culture-tourism"], "statement"),
  C("장생포에 먹구름이 드리웠습니다", None, d, ["culture-tourism"], "criticism"),
  C("국내 유일의 고래문화축제는 예산이 삭감됐다", None, d, ["culture-tourism"], "achievement"),
  C("관광과 도심 인프라 확충에 주력했습니다", None, d, ["culture-tourism", "urban-regeneration"], "statement"),
  C("(남구 관광하기) 좋은 것 같아요", None, d, ["culture-tourism"], "statement", "우기연"),
  C("울주군도 관광산업이 핵심입니다", None, d, ["culture-tourism"], "statement"),
  C("5만여 명이 방문한 세계산악영화제는", None, d, ["culture-tourism"], "achievement"),
  C("15년간 표류했던 영남알프스 행복케이블카가", None, d, ["culture-tourism"], "criticism"),
  C("에너지융합산단이 전국 최초로 투자선도지구로 지정된 데다", None, d, ["investment-attraction"], "achievement"),
 ],
 "not_claims": ["다사다난했던 한 해, 주민생활과 직결된",
                "아이들하고 편하게 다닐 수 있는 공원 시설이 더 많이 생겼으면 좋겠어요"],
}

# ---- ql-04 울산 북구 (undated) ----
G['ql-04-wowtv.txt'] = {
 "metadata": M("울산 북구, 현대차 수소·전기車 거점…세계 최고 '수소 도시' 꿈꾼다", None, None, None, "31200"),
 "officials": ["lee-dong-gwon"],
 "claims": [
  C("북구는 인구 30만 명을 목표로 강동권 해양레저관광단지 개발과 친환경 에너지·자동차부품 산업 육성 등을 역점사업으로 추진하고 있다", None, None, ["culture-tourism", "future-vehicles", "energy-transition"], "target"),
  C("고품격 해양레저·역사·문화·관광정책과 정주여건 확충 등으로 북구를 유아부터 퇴직 이후에도 살기 좋은 자족도시로 키우겠다", "lee-dong-gwon", None, ["culture-tourism"], "plan"),
 ],
 "not_claims": ["800여 개 자동차부품 공장이 가동 중이고",
                "현대모비스가 3252억원을 들여 이화산단에",
                "구민 평균연령도 36.8세로"],
}

# ---- ql-05 대구 북구 100만그루 (2018-10-22) ----
d = "2018-10-22"
G['ql-05-kbinews.txt'] = {
 "metadata": M("북구청 ‘100만그루 나무심기’ 추진한다", "2018-10-22T13:46+09:00", None, None, "27230"),
 "officials": ["bae-gwang-sik"],
 "claims": [
  C("5개년 계획(2019~2013)으로 590억원의 사업비를 들여 100만 그루 나무를 심는다고", None, d, ["fine-dust"], "target"),
  C("도심열섬현상 등 기후변화가 심화되고 미세먼지, 폭염 등에 따른 도시생활환경 악화로", None, d, ["fine-dust", "climate-carbon"], "statement"),
  C("생활권 그린 인프라를 지속적으로 확충해 나간다는 계획이다", None, d, ["fine-dust"], "plan"),
  C("이번 100만그루 나무심기는 단순한 도시녹화운동이 아니라", None, d, ["fine-dust"], "statement"),
  C("주민들이 날로 더해가는 미세먼지로부터 해방되고", None, d, ["fine-dust"], "plan"),
  C("도시녹화사업은 50년, 100년 뒤 주민들로부터 평가를 받는다는 생각으로 추진할 계획이며", "bae-gwang-sik", d, ["fine-dust"], "plan"),
 ],
 "not_claims": ["시설녹지·공한지·하천변에 대대적으로 식재"],
}

# ---- ql-06 영천 인구증가 (2019-01-03) ----
d = "2019-01-03"
G['ql-06-shinailbo.txt'] = {
 "metadata": M("영천, 2년 연속 인구증가…살고 싶은 도시로 '우뚝'", "2019-01-03T14:23+09:00", "장병욱", None, "47230"),
 "officials": [],
 "claims": [
  C("대구선 복선전철의 마무리 공사와 완산동 일대 도시재생 뉴딜사업을 통해 역세권 도심 개발을 추진하고 있다", None, d, ["public-transit", "urban-regeneration"], "statement"),
  C("초·중등학생들에게 전면 무상 급식을 시행하고 다자녀 가정의 부담경감을 위해", None, d, ["education", "childcare-birth"], "statement"),
  C("시의 관광사업을 이끌어갈 보현산별빛테마마을", None, d, ["culture-tourism"], "plan"),
  C("‘저출산 극복과 인구감소대응’을 위해 ‘인구증가 아이디어 공모’", None, d, ["childcare-birth"], "statement"),
  C("저출생 극복과 육아를 위해 현장에서 시민과 함께 지속적으로 노력한 결과", None, d, ["childcare-birth"], "achievement"),
 ],
 "not_claims": ["인구 10만1595명으로 2년 연속 증가세",
                "민선 7기 최우선 과제로 인구증가 정책을 펼친 성과로 분석되고 있다",
                "경북 영천시의 인구가 2년 연속 증가세를 보이고 있다",
                "영천하이테크파크지구 개발에 다시 탄력을 받고 있다"],
}

# ---- ql-07 대구 중구 박람회 (2018-10-03) ----
d = "2018-10-03"
G['ql-07-imaeil.txt'] = {
 "metadata": M("[2018 명품 대구경북 박람회]대구 중구청,달성토성·경상감영·대구 읍성 가치 재조명", "2018-10-03T10:26+09:00", None, None, "27110"),
 "officials": ["ryu-gyu-ha"],
 "claims": [
  C("원도심의 특성을 살려 도시의 역사와 문화 전파에 나선다", None, d, ["culture-tourism"], "plan"),
  C("도심재생사업을 통해 골목의 창조적인 디자인과 스토리텔링을 입힌", None, d, ["culture-tourism", "urban-regeneration"], "plan"),
  C("연간 200만명의 국내·외 관광객이 찾을 만큼 대표 관광지로 거듭나고 있는 곳이다", None, d, ["culture-tourism"], "achievement"),
  C("유네스코 세계문화유산 등재를 위해 홍보도 한다", None, d, ["culture-tourism"], "plan"),
  C("도시재생사업과 역사문화자원 등을 연계해 새로운 볼거리를 만들어갈 미래 발전방향도 제시한다", None, d, ["urban-regeneration", "culture-tourism"], "plan"),
  C("특색있는 중구형 도심재생사업의 지속적인 추진과 함께 재개발·재건축과의 조화를 통해", None, d, ["urban-regeneration", "housing"], "plan"),
 ],
 "not_claims": ["역사와 문화의 보물창고라는 것이 중구청 관계자의 설명이다"],
}

# ---- ql-08 울주군 청년창업가 (2019-07-16) ----
d = "2019-07-16"
G['ql-08-ujeil.txt'] = {
 "metadata": M("울주군, 청년창업가 양성 지원 약정체결", "2019-07-16T22:51+09:00", "성봉석", None, "31710"),
 "officials": ["lee-seon-ho"],
 "claims": [
  C("‘울주군 사회적경제 청년창업가 지원사업’ 약정을 체결했다", None, d, ["startup-support", "youth-policy", "jobs"], "achievement"),
  C("예비 청년창업가 2명을 공개 모집했으며", None, d, ["startup-support", "youth-policy"], "achievement"),
  C("창업 후 취약계층의 채용과 다양한 사회공헌 활동을 추진할 계획이다", None, d, ["startup-support"], "plan"),
  C("청년창업가에게 창업지원금 1천500만원과 창업 성공을 위한 다양한 교육과 프로그램을 지원하고", None, d, ["startup-support", "youth-policy", "jobs"], "plan"),
  C("이번 청년창업가 지원사업은 울주군의 미래인 청년들을 위한 사업의 첫걸음으로", "lee-seon-ho", d, ["startup-support", "youth-policy"], "plan"),
 ],
 "not_claims": ["창업지원금·다양한 교육 제공",
                "이날 체결식에는 이선호 울주군수와"],
}

# ---- ql-09 대구 달서구 청년행복주택 (undated) ----
T = ["housing", "youth-policy"]
G['ql-09-inews24.txt'] = {
 "metadata": M("대구 달서구, 청년행복주택 건립", None, "이창재", "아이뉴스24", "27290"),
 "officials": ["lee-tae-hun"],
 "claims": [
  C("2021년 도시재생뉴딜사업지로 선정된 상인3동에 청년행복주택 건립을 본격적으로 추진한다고", None, None, T + ["urban-regeneration"], "plan"),
  C("청년들의 주거문제 해결에 함께 하기로 했다", None, None, T, "plan"),
  C("상인3동 도시재생뉴딜사업의 일환으로 추진되는 청년행복주택은", None, None, T + ["urban-regeneration"], "plan"),
  C("지역주민의 주거복지 향상을 위한 첫걸음이 될 것으로 기대된다", None, None, T, "statement"),
  C("죽전동 일원에 50세대의 청년행복주택을 2024년 2월에 완공 할 예정이다", None, None, T, "plan"),
  C("송현동 청년행복주택도 2021년 대구도시공사와 업무협약으로", None, None, T, "statement"),
  C("지역주민들과 청년들의 주거문제를 조금이나마 해소해 주는 계기가 되길 희망한다", "lee-tae-hun", None, T, "statement"),
 ],
 "not_claims": ["협약서를 펼쳐보이고 있다"],
}

if __name__ == '__main__':
    os.makedirs(GOLD, exist_ok=True)
    names = sys.argv[1:] or list(G)
    for name in names:
        g = dict(article=name, **G[name])
        with open(os.path.join(GOLD, name + '.json'), 'w', encoding='utf-8') as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write('\n')
        print('wrote', name, len(g['claims']), 'claims')
