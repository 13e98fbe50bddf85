from g import C, write
Y = "choi-yang-sik"; D = None; CT = ["culture-tourism"]
write("qw-03-koreadaily.txt",
 {"headline": "새 문화콘텐츠 개발로 1300만 관광객 시대 견인",
  "published": None, "reporter": None, "outlet": None, "jurisdiction": "47130"},
 [Y],
 [
  C("11번의 국제행사와 경주 동궁원 개장 등 새 문화콘텐츠 개발로 1300만 관광객 시대를 이끌어냈다", None, D, CT, "achievement"),
  C("천년의 신라 문화 속에 새로운 천년의 문화를 이어가는 미래도시 사업이다", Y, D, CT, "statement"),
  C("-국가적 대사업이다", None, D, CT, "statement"),
  C("단순한 외형만의 완성으로 끝나서는 안 된다", Y, D, CT, "plan"),
  C("재원확보를 위한 특별법도 통과되길 바란다", Y, D, CT, "plan"),
  C("행사 하나로 80만명 관광객을 유치했다", None, D, CT, "achievement"),
  C("경주를 지구촌 문화교류의 장으로 바꾼 행사였다", Y, D, CT, "achievement"),
  C("터키 이스탄불을 경주에 그대로 재현해 국제 문화교류의 새로운 시도를 선보였다", Y, D, CT, "achievement"),
  C("내년에는 경주 실크로드 문화대축전을 개최한다", Y, D, CT, "plan"),
  C("실크로드 거점도시 경주에 중국, 우즈베키스탄, 이란, 러시아 등 세계 20개국 30개 도시를 초청한다", Y, D, CT, "plan"),
  C("원자력해체기술종합연구센터 유치로 첨단과학기술연구단지를 조성해 원자력 산업의 메카로 만들겠다", Y, D, ["research-development"], "plan"),
  C("화백컨벤션센터에 세계물포럼 등 굵직한 국제회의 행사를 열어 컨벤션 도시로도 자리매김하겠다", Y, D, CT, "plan"),
 ],
 ["지난 4년간 그가 흘린 땀에 대한 표심이다", "달빛 고운 밤 왕릉을 걸으면서 시정 아이디어를 얻는다",
  "옛 신라인들의 올 곧은 애민정신까지 바탕되어야 한다", "역사는 문화를 남기고, 문화는 감동을 남긴다",
  "인터뷰…최양식 시장"])
