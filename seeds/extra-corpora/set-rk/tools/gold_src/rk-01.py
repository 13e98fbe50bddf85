S = 'shin-u-cheol'
D = '2019-05-20'
def c(q, pol, kind, sp=S, d=D):
    return {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": kind}
G = {
 "article": "rk-01-donga.txt",
 "metadata": {"headline": "“해양치유산업으로 제2의 장보고 시대 열겠다” 신우철 완도군수 인터뷰",
              "published": "2019-05-21T03:00+09:00", "reporter": None, "outlet": None, "jurisdiction": "46890"},
 "officials": [S],
 "claims": [
  c("완도군은 국내 해양치유산업의 발상지이며", ["medical-industry"], "achievement"),
  c("의료와 관광, 바이오산업이 어우러지는 해양치유산업이 일자리와 소득 창출로 이어져", ["medical-industry", "culture-tourism", "jobs"], "statement"),
  c("국내 생산 1위의 수산자원을 연계하면 성장 가능성이 충분할 것으로 판단했다", ["medical-industry"], "statement"),
  c("미래 완도의 100년을 준비한다는 점에서 꼭 필요한 사업이다", ["medical-industry"], "statement"),
  c("해양치유산업은 유럽에선 이미 100년 전부터 실시됐고", ["medical-industry"], "statement"),
  c("해양치유산업으로 완도는 한 단계 더 도약하고 대한민국 해양치유산업의 중심지가 될 것이다", ["medical-industry"], "statement"),
  c("주민과 관광객이 직접 해양치유 효과를 느껴보도록 지난해 8월부터 다양한 프로그램을 진행하고 있다", ["medical-industry", "culture-tourism"], "statement"),
  c("다시마 해수찜 등 프로그램을 선보였는데 반응이 무척 좋았", ["medical-industry", "culture-tourism"], "achievement"),
 ],
 "not_claims": [
  "“해양치유산업으로 제2의 장보고 시대 열겠다” 신우철 완도군수 인터뷰",
  "―해양치유산업을 추진하게 된 배경은….",
  "―해양치유산업이 지역 발전에 어떻게 도움이 되나.",
  "―해양기후치유 프로그램이 인기다.",
  "일부 시군에서 해수모래찜질, 해수탕 등 체험시설을 운영하고 있으나",
  "독일 노르더나이시를 보면 인구는 6000명인데 해양헬스케어산업 종사자는 1만2000명이다",
  "1년 소득은 6500억 원으로 인구 1인당 1억 원이 넘는 소득을 올리고 있다",
 ],
}
