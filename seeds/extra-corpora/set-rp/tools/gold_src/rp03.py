def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
K = "gwak-sang-uk"
D = "2017-12-21"
G = {
 "article": "rp-03-sisajournal.txt",
 "metadata": {"headline": "곽상욱 오산시장 \"남은 임기 주력사업 마무리하고 시민과 소통할터\"", "published": "2017-12-21T09:33+09:00",
              "reporter": "김형운", "outlet": "시사저널", "jurisdiction": "41370"},
 "officials": [K],
 "claims": [
  c("시민과 같이 호흡하는 행정을 위해 시민들의 의견을 들어 이를 적극 반영하겠다고 밝혔다", K, D, ["citizen-participation"], "plan"),
  c("오산역 환승센터는 전국 최초로 기관 간 협업을 통해 철로 위에 건립했고 시민들은 보다 빠른 환승이 가능하게 됐다", K, D, ["public-transit"], "achievement"),
  c("건립하는 과정에 기차 운행 시간을 피하면서 고압전선의 위험과 건축으로 인한 철로 파손 등을 늘 염두에 두어야 하는 어려움도 있었다", K, D, ["public-transit"], "statement"),
  c("2018년에는 오산역 환승센터 2단계 교통광장 조성하고 3단계 환승주차장을 확보해", K, D, ["public-transit"], "plan"),
  c("오산의 백년대계인 오산백년시민대학이 올해 9월에 출범했다", K, D, ["education"], "achievement"),
  c("내년에도 시민과 함께 기획, 운영하는 캠퍼스를 조성해 더욱더 뿌리가 견고하게 잘 내릴 수 있도록 하겠다", K, D, ["education"], "plan"),
 ],
 "not_claims": [
  "[인터뷰] \"4차 산업혁명? 오산시 출신이 창의적 인재 되도록 만들다\"",
  "“남은 임기동안 오산시의 핵심사업을 차근차근 마무리 하겠습니다”",
  "공무원과 함께 시민을 위한 일에 최선을 다할 것을 다짐했다",
  "2017년 오산시 최고의 업적과 2018년의 최우선적 역점 정책사업은 무엇인가",
  "약 3년의 공사 기간 동안 불편함을 시민들께서 묵묵히 감내해줬다",
  "또 내년에는 민선 6기가 마무리 된다",
  "오산을 교육 도시로 이끌어왔다. 또 다른 교육지표를 구상하고 있는가",
  "처음에는 지역의 정주성을 위해 오",
 ],
}
