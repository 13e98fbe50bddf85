#!/usr/bin/env python3
"""Write set-os articles exactly as copied from the GitHub files (search-index file ids in SOURCES.csv).

Template literals are kept as they stand (leading newline included). String literals are decoded
(no escapes occur in these). Where a record has title/date fields next to a body string, they are
written as lines above the body in the record's order.
"""
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "articles"
OUT.mkdir(exist_ok=True)

# 1. asan parser test (file id 54972356311): const MOCK_DETAIL_HTML = `...`
ASAN = """
<div class="article_ttl">
  <p>아산시, 일상부터 비즈니스까지 ‘2026 AI 실무 활용 과정’ 수강생 모집</p>
  <div class="info">
    <span>평생학습과</span>
    <span>041-537-3907</span>
    <span>2026.07.21</span>
  </div>
</div>
<div class="article_body">
  <div class="article_con">
    <p><span>아산시평생학습관이 시민들의 디지털 역량을 강화하고 실무 능력을 높이기 위해 오는 29일부터 6주간 2026 AI 실무 활용 과정을 운영한다.</span></p>
    <p><span>이번 교육은 일상생활, 업무, 창의적 작업 등 다양한 영역에서 효과적으로 AI 기술을 활용할 수 있도록 지원하기 위해 마련됐다.</span></p>
    <p><span>단순한 이론 교육을 벗어나 영상, 이미지, 텍스트 등 관심 분야별 AI 도구를 직접 다뤄보는 실무 중심의 맞춤형 학습으로 진행된다.</span></p>
    <p><span>교육 대상은 직장인, 평생교육강사, 신중년, 예비창업자 등 AI 활용에 관심이 있는 아산시민이면 누구나 참여할 수 있다.</span></p>
    <p><span>평생학습관 관계자는 시민들이 실생활과 업무에서 AI를 자유롭게 활용할 수 있도록 실무 중심으로 알차게 구성했다고 전했다.</span></p>
  </div>
</div>
"""

# 2. gumi parser test (file id 58677700273): const article = "..." inside a bod_view template whose
#    fields are subject, 작성자, 등록일, then ${article}. Unwrapped: title line, writer line, date line, body.
GUMI_TITLE = "2,844명 찾은 구미+ 어린이재활센터…지역 안착 속 공식 개소"
GUMI_WRITER = "작성자 구미보건소 보건의료정책과 / 054-480-4977"
GUMI_DATE = "등록일 2026-07-27(월)"
GUMI_BODY = ("2,844명 찾은 구미+ 어린이재활센터…지역 안착 속 공식 개소 - 3월 운영 시작 4개월 만에 이용객 2,844명 "
             "지역 소아 재활 거점 자리매김 - 전문의 재활치료사 등 전문인력 20명 상주 장애 발달지연 아동 맞춤 치료 "
             "구미시는 27일 갑을구미재활병원에서 구미+ 어린이재활센터 공식 개소식을 열고 지역 소아청소년 필수의료 "
             "체계 강화에 나섰다. 지난 3월 운영을 시작한 센터는 6월말까지 누적 이용객 2,844명을 기록하며 지역 소아 "
             "재활 수요를 안정적으로 뒷받침하고 있다.")
GUMI = "\n".join([GUMI_TITLE, GUMI_WRITER, GUMI_DATE, GUMI_BODY]) + "\n"

# 3. chuncheon parser test (file id 54783359265): const MOCK_DETAIL_HTML = `...`
CHUNCHEON = """
<div class="board-view-wrap">
  <div class="board-view-top">
    <h2>태권도 열기 춘천 명동으로… 원도심 상권 활력 더한다</h2>
  </div>
  <div class="board-view-con">
    <div class="se-contents" role="textbox">
      <p><span>태권도 열기 춘천 명동으로 원도심 상권 활력 더한다</span></p>
      <p><span>18일부터 19일까지 명동상점가 활성화 행사를 열고 선수단과 관광객을 대상으로 다양한 이벤트를 운영한다.</span></p>
      <p><span>춘천시는 국제 스포츠대회의 경제적 효과를 경기장에 머물지 않고 지역 상권으로 확산하기 위해 이번 행사를 마련했다고 설명했다.</span></p>
      <p><span>행사 기간 동안 닭갈비 할인쿠폰, 버스킹 공연, 플리마켓, 룰렛 이벤트가 운영되며 관광순환 셔틀버스로 경기장과 명동을 연결해 지역 소비 확대를 기대하고 있다.</span></p>
      <p><span>시는 대회 성공과 더불어 지역 상권도 함께 활력을 찾을 수 있도록 최선을 다하겠다고 말했다.</span></p>
    </div>
  </div>
</div>
"""

# 4. yeongcheon parser test (file id 58717033782): the top_news card of the list template literal,
#    markup as it stands (indentation of the literal kept).
YEONGCHEON_ART = """        <div class="top_news">
          <a href="#" onclick="goView('N', '29404'); return false;"><span class="title">영천예술창작스튜디오 18기 입주 작가, 시...</span></a>
          <p class="body"><span class="subject">영천시는 영천예술창작스튜디오 18기 입주 작가 특별전 GOOD PLACE를 개최한다. 이번 전시는 창작 성과를 지역사회와 공유하고 시민이 문화적 소통을 나누는 계기를 마련하기 위해 추진됐다. 참여 작가들은 회화와 설치 등 다양한 작품을 선보이며 시민에게 예술 향유 기회를 제공한다. 김병삼 영천시장은 시민들이 여름 전시장에서 예술의 즐거움을 느끼길 바란다고 말했다. 영천시는 앞으로도 지역 문화예술 활성화를 위해 다양한 전시와 시민 참여 프로그램을 지속적으로 지원할 계획이다.</span><span class="date"><em><b>작성일</b>2026.07.27</em></span></p>
        </div>
"""

# 5. same file, the list card (li) that follows it.
YEONGCHEON_YOUTH = """        <ul class="list"><li>
          <a href="#" onclick="goView('N', '29402'); return false;"><span class="title">9~18세 학교 밖 청소년 무료 건강검진 지원</span><span class="sub_title">영천시청소년상담복지센터에서 편하게 신청하세요</span></a>
          <p class="body"><span class="subject">영천시학교밖청소년지원센터는 관내 9세 이상 18세 이하 학교 밖 청소년의 건강한 성장을 지원하기 위해 학교 밖 청소년 무료 건강검진을 적극 지원한다고 밝혔다. 검진은 상담 및 진찰, 신체계측, 요검사, 혈액검사, 영상검사, 구강검진 등으로 구성되며 질병 조기 발견과 예방에 도움을 준다. 올해부터는 온라인 신청 절차도 간소화됐다. 센터는 대상 청소년에게 제도를 개별 안내하고 맞춤형 신청 지원을 이어갈 예정이다. 또한 위기 청소년이 필요한 건강 서비스를 놓치지 않도록 학교와 지역 기관 연계를 강화할 방침이다.</span><span class="date"><em><b>작성일</b>2026.07.27</em></span></p>
        </li></ul>
"""

FILES = {
    "os-01-asan-pressrelease.html": ASAN,
    "os-02-gumi-pressrelease.txt": GUMI,
    "os-03-chuncheon-pressrelease.html": CHUNCHEON,
    "os-04-yeongcheon-news.html": YEONGCHEON_ART,
    "os-05-yeongcheon-news.html": YEONGCHEON_YOUTH,
}

if __name__ == "__main__":
    for name, text in FILES.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print(name, len(text))
