import sys; sys.path.insert(0, '/work/blind/set-rm/tools')
from gold_lib import C, write
D = None
write("rm-04-joongdo.txt",
  {"headline": None, "published": None, "reporter": "이봉규", "outlet": "중도일보", "jurisdiction": "44790"},
  [],
  [C("귀농 1번지로 자리매김을 확고히 하기 위해 이번 지원센터를 개설", None, D, ["agriculture"], "plan"),
   C("지난 1월 1일자로 농촌자원 전담부서 신설했다", None, D, ["agriculture"], "achievement"),
   C("천안연암대학 및 MBC아카데미와 귀농업무 협약을 체결하고", None, D, ["agriculture"], "statement"),
   C("거주형 귀농 체험농장 운영을 추진하는 한편", None, D, ["agriculture"], "statement"),
   C("정책자금으로 농업창업자금(최고 2억)", None, D, ["agriculture", "startup-support"], "statement"),
   C("215호 460명이 귀농해 돌아오는 농촌으로 거듭나고 있다", None, D, ["agriculture"], "achievement")],
  ["청양=이봉규 기자 nicon3@",
   "중도일보(www.joongdo.co.kr), 무단전재 및 수집, 재배포 금지"])
