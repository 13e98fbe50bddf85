from common import C, write
D=None
write("qu-05-fnnews.txt",
 {"headline":None,"published":None,"reporter":"정다움","outlet":"뉴스1","jurisdiction":"29170"},
 [],
 [C("광주 북구는 탄소 배출을 줄이기 위해 상생 스마트 그린도시 대전환 10대 과제를 마련",None,D,["climate-carbon"],"statement"),
  C("사업비 85억원을 들여 '신재생 에너지 융복합 지원' 사업을 진행 중이다",None,D,["energy-transition"],"statement"),
  C("926개소에 공공건물 태양광 설비 설치비 지원하고, 마을 곳곳에 저탄소·분산형 에너지를 확산하고 있다",None,D,["energy-transition","climate-carbon"],"statement"),
  C("첨단1단계산업단지에 '스마트 그린산단' 조성 사업을 추진 중이다",None,D,["fourth-industrial-revolution"],"statement"),
  C("기존 노후 건물을 에너지 절감형 건물로 바꾸는 '그린리모델링' 사업도 추진하고 있다",None,D,["climate-carbon"],"statement"),
  C("국공립어린이집 17곳과 보건소를 대상으로 에너지 성능 향상을 위한 리모델링 공사가 진행되고 있다",None,D,["climate-carbon"],"statement"),
  C("탄소 배출 저감을 위한 태양광 설치 사업에도 열을 올리고 있다",None,D,["energy-transition","climate-carbon"],"statement"),
  C("동행정복지 3개소 단열창호·태양광 설치를 추진할 계획이다",None,D,["climate-carbon","energy-transition","welfare"],"plan"),
  C("북구가 저탄소생활 실천에 앞장서겠다",None,D,["climate-carbon"],"plan"),
 ],
 ["기후변화를 지구 오염의 가장 심각한 결과로 생각하는 데는 이견이 없을 것","기후위기는 극복할 수 있는 과제다","저작권자 ⓒ 뉴스1코리아"])
