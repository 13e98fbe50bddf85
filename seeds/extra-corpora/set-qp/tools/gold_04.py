import sys; sys.path.insert(0, '/work/blind/set-qp/tools'); from g import *
E = '2025-09-15'
write("qp-04-seoul.txt",
 {"headline": "김길성 구청장 일일 안내원 변신", "published": "2025-09-24", "reporter": None, "outlet": None, "jurisdiction": "11140"},
 ["kim-gil-seong"],
 [C("QR코드를 찍으면 ‘내편중구버스’ 노선을 확정하는 데 탑승 인원을 참고할 수 있습니다", "kim-gil-seong", E, ["public-transit"], "plan"),
  C("김길성 서울 중구청장은 지난 15일 시범 운행 중인 중구의 공공시설 셔틀버스", None, E, ["public-transit"], "statement"),
  C("주민들의 생생한 의견을 듣고 장점은 살리고, 불편한 점은 개선하기 위해서였다", None, E, ["public-transit"], "plan"),
  C("QR코드로 된 승차권을 받고 노선도별 실시간 버스 위치를 볼 수 있었다", None, E, ["public-transit"], "statement"),
  C("도로 상황 등에 따라 운행 지연이나 우회 공지도 확인할 수 있었다", None, E, ["public-transit"], "statement"),
  C("25인승 버스는 4~5개 정류장을 지나자 가득 찼다", None, E, ["public-transit"], "achievement"),
  C("골목골목을 연결하는 9개 노선 모두 인기였다", None, E, ["public-transit"], "achievement"),
  C("셔틀버스로 다니니 좋다", None, E, ["public-transit"], "statement", "김안순"),
  C("평소 버스 노선은 불편하고 택시는 안 잡히는 거리인데 앞으론 걱정이 없겠다", None, E, ["public-transit"], "statement", "주민 A씨")],
 ["김길성 서울 중구청장이 지난 15일 회현체육센터에서 출발한 공공시설 셔틀버스 ‘내편중구버스’를 주민들에게 안내하고 있다",
  "조심히 올라오세요. 어디까지 가세요.",
  "안부를 묻는 동네 사랑방 같은 분위기는 또 다른 매력이었다",
  "구청장님이 버스 안내원이 됐다",
  "오늘 처음 셔틀버스에 탔다"])
