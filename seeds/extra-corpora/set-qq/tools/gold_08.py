from g import w
E = "2023-09-02"; P = "2023-09-04"
cl = [
   ("경북 영주시(시장 박남서)는 지난 2일 순흥면에 소재한 선비촌에서 ‘안빈낙도 선비상회’ 개장식을 개최했다", None, E, ["culture-tourism"], "achievement"),
   ("지역 농가에서 재배한 농특산물을 직접 판매하니까 더 신뢰가 간다", None, E, ["agriculture"], "statement"),
   ("풍요로운 가을에 선비촌을 방문해 전통가옥이 주는 특유의 고즈넉함도 느끼시고, 지역 농가에서 생산한 믿을 수 있는 농특산물도 구입하시기 바란다", None, P, ["culture-tourism", "agriculture"], "statement"),
   ("계획공모형 관광개발사업의 일환으로 조선시대 선비들의 풍류방식을 현대적으로 재해석해", None, P, ["culture-tourism"], "statement"),
]
w("qq-08-womannews.txt", "영주 선비촌으로 오세요“토요일 선비상회’", "2023-09-04T09:37+09:00", "민일녀", "여성종합뉴스", "47210",
  ["park-nam-seo"], cl,
  ["11월 4일까지 매주 토요일 및 공휴일 운영", "개장식에는 박남서 영주시장, 심재연 영주시의회 의장을 비롯해",
   "날씨가 좋아서 외출을 계획하다가 선비촌에서 행사를 한다는 기사를 보고 방문했다",
   "조만간 다시 방문하겠다", "날씨도 좋고 물건도 좋아서 이것저것 다양하게 샀다"])
# speaker_name for the two non-registry speakers (information only)
import json, os
p = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold', 'qq-08-womannews.txt.json')
d = json.load(open(p, encoding='utf-8'))
d['claims'][1]['speaker_name'] = '관광객 B'
d['claims'][2]['speaker_name'] = '정교완'
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
