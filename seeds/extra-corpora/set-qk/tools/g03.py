from gw import write, C
A=["agriculture"]; M='myeong-hyeon-gwan'
write('qk-03-newsfreezone.txt',
 {"headline":None,"published":None,"reporter":"전병준","outlet":"뉴스프리존","jurisdiction":"46820"},
 [M],
 [C("오는 6월 전국 최초 농민수당 지급을 시행하게 된다고 2일 밝혔다",None,None,A,"plan"),
  C("농민수당 지급 신청을 오는 5월 10일까지 접수 받으며",None,None,A,"statement"),
  C("연 60만원(반기별 30만원) 균등 지원하게 되며",None,None,A,"plan"),
  C("농민수당을 지급받는 농업인은 논·밭 둑 등 농지 형상 유지",None,None,A,"statement"),
  C("신청 전년도의 농업 외 종합소득금액이 5천만원 이상인 사람",None,None,A,"statement"),
  C("민선 7기 출범 핵심공약으로 농민수당 도입을 추진한 결과",None,None,A,"achievement"),
  C("농민수당 지급이 가능하다는 사회보장제도 협의를 이끌어 냈다",None,None,A,"achievement"),
  C("해남군이 최초로 도입한 농민수당은 농업의",M,None,A,"statement"),
 ],
 ["[뉴스프리존,전남=전병준 기자]"])
