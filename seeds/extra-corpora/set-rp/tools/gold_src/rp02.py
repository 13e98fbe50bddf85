def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
K = "nam-kyung-pil"
D = "2015-05-12"
G = {
 "article": "rp-02-tvchosun.txt",
 "metadata": {"headline": "[3488 오늘!] 남경필 경기도지사 \"대통령 되면 장관직 넘길 것\"", "published": "2015-05-12T16:16+09:00",
              "reporter": "이재홍", "outlet": "TV조선", "jurisdiction": "41"},
 "officials": [K],
 "claims": [
  c("이 판교1은 이곳에 5만개의 아주 훌륭한 일자리가 만들어졌고요", K, D, ["jobs"], "achievement"),
  c("이곳에서 대한민국의 IT기술들이 융합하고 접목돼서 새로운 시너지들이 만들어지고 있죠", K, D, ["fourth-industrial-revolution"], "statement"),
  c("'넥스트 판교'로 이끌 유인책도 전격적으로 밝혔습니다", K, D, ["investment-attraction"], "plan"),
  c("저희가 이게 지금 800만원대 분양을 했어요", K, D, ["investment-attraction"], "statement"),
  c("저희는 조금 낮은 가격에 분양을 할 생각입니다", K, D, ["investment-attraction"], "plan"),
 ],
 "not_claims": [
  "처음으로 연정을 실시한 남경필 지사는 대권 도전 의사를 내비치면서, 연정을 통해 권력을 분산시키겠다는 구상도 드러냈습니다",
  "판교에서 만난 남경필 경기도지사는 처음부터 이 곳 자랑에 여념이 없습니다",
  "대한민국의 신성장 동력, 바로 판교입니다",
  "이게 지금 1400~1500만원 간답니다",
  "최고 업적 '연정' 이야기가 나오자 눈빛이 달라졌습니다",
  "제 인사권과 예산권을 나눈 겁니다",
  "지금 여야간의 협력은 이미 아주 잘 진행되고 있고, 이제는 시·군과의 협력까지 지금 하고 있어요",
  "예산 연정, 정책 연정, 갈등 해소하는 연정을 하고 있고요",
  "권력을 쥐게 되면 모든 것을 행사하고 싶고 그런데",
 ],
}
