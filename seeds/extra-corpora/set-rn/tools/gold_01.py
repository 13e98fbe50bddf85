import sys; sys.path.insert(0, '/work/blind/set-rn/tools')
from gold_lib import C, write
D = "2019-05-03"; P = "park-seong-il"
write("rn-01-tvchosun.txt",
      {"headline": "[네트워크 초대석] 박성일 완주군수 \"주민참여로 으뜸도시 조성\"",
       "published": "2019-05-03T08:55+09:00", "reporter": "박건우", "outlet": None, "jurisdiction": "45710"},
      [P],
      [
        C("다양한 주민 참여형 정책을 시도하고 있는 전북 완주군의 박성일 군수를", None, D, ["citizen-participation"], "statement"),
        C("완주군에서 추진한 주민참여예산제 도입이 눈에 띕니다", None, D, ["citizen-participation"], "achievement"),
        C("주인인 군민의 뜻을 받들어 행정을 같이 펼쳐나가자 취지로 저는 민주주의의 근간은 참여와 소통이라고 생각합니다", P, D, ["citizen-participation"], "statement"),
        C("그래서 군민들 뜻을 소통행정을 강조해왔고요", P, D, ["citizen-participation"], "statement"),
        C("소통공간도 만들고 소통 조례, 전담 조직도 만들고 관사도 주민들 소통 공간으로 제공을 했고요", P, D, ["citizen-participation"], "achievement"),
        C("완주는 로컬푸드의 메카로 자리매김하고 있습니다", None, D, ["agriculture"], "achievement"),
        C("완주 모든 군민들께 건강한 먹거리를 제공하자 완주 푸드플랜을 완성해나가고 있습니다", P, D, ["agriculture"], "statement"),
        C("건강한 먹거리를 독거노인이나 자라나는 아이들이 장애인들에게도 차별없이 제공돼야 한다고 생각합니다", P, D, ["welfare", "agriculture"], "plan"),
        C("우리 농민들 소득도 증대시키고 건강한 먹거리를 제공하는 그게 완주형 푸드플랜입니다", P, D, ["agriculture"], "statement"),
      ],
      ["[네트워크 초대석] 박성일 완주군수",
       "직접 예산을 활용해 사업을 추진한 내용은 무엇인가요?",
       "저는 취임해서 다함께 열어가는 으뜸 완주를 열어가자 군정 목표를 정했습니다",
       "앞으로 어떤 먹거리 정책을 추진할 계획입니까?",
       "저는 먹거리는 사람의 기본권이라고 생각합니다",
       "최근 규제개혁과 관련해 완주군이 대통령 표창을 수상했습니다",
       "기업 유치를 위해 완주군이 역점을 두"])
