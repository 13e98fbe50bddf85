"""Write set-nz articles exactly as copied from the GitHub files (escapes decoded where the source is a literal)."""
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "articles"

ARTICLES = {}

# 1. Oracle SQL dump, Insert into BOARD B_NUM 134 (file id 45179807239). Record order: UPLOADDATE, CONTENT, TITLE
#    -> date line, title line, body.  SQL '' escapes: none in this row.
ARTICLES["nz-01-suwon.txt"] = (
    "21/10/16\n\n"
    "‘역경을 뒤집으면 경력, 고민보다 고(GO)!’\n\n"
    "수원시 팔달여성새로일하기센터가 오는 18일부터 29일까지 경력단절 예방 사진전 ‘역경을 뒤집으면 경력, 고민보다 고(GO)!’를 개최한다.\n\n"
    "경력단절 여성들의 재취업 의지를 고취하기 위해 마련한 이번 사진전은 팔달여성새로일하기센터 홈페이지를 통해 온라인으로 열린다.\n\n"
    "전시회에는 직업교육훈련, 구인·구직 상담 프로그램 등 팔달새일센터의 다양한 취업 지원 프로그램에 참여한 경력단절 여성들의 활동 모습을 담은 사진 130점이 전시된다.\n\n"
    "온라인 사진전은 4개 코너로 구성됐다. △나의 발자취(구인·구직 상담, 찾아가는 새일센터 등) △내일을 향한 첫걸음(직업교육훈련, 중·장년 여성취업지원 특강 등) △나란히 걷는 꿈(새일여성인턴 프로그램 등) △세상의 문을 열다(취·창업 동아리 등)를 주제로 한 경력단절 여성들의 활동 모습을 볼 수 있다.\n\n"
    "수원시 관계자는 “이번 사진전이 경력단절을 경험한 여성들에게 희망과 용기를 전달할 수 있길 바란다”며 “경력단절 여성들의 재취업 의지를 높이고, 맞춤형 취업 지원 서비스를 제공하기 위해 최선을 다하겠다”고 말했다.\n\n"
    "한편 지난 2013년 2월 문을 연 팔달여성새로일하기센터는 임신·출산·육아 등으로 경력이 단절된 여성들을 위한 취업상담, 직업교육훈련, 인턴 및 취업 후 사후관리 등 종합적인 취업 지원 프로그램을 운영하고 있다.\n"
)

# 2. vitest fixture taean parser, MOCK_DETAIL_HTML template literal (file id 54769501549), markup as it stands.
ARTICLES["nz-02-taean.html"] = """<div class="bbs_detail bbs_detail_basic">
  <div class="bbs_detail_tit">
    <h2>주민의 손으로 직접 그리는 우리 마을의 내일</h2>
    <ul class="info">
      <li class="inq_cnt">조회 : 9</li>
      <li class="date">등록일 : 2026-07-21</li>
    </ul>
  </div>
  <div class="bbs_detail_content">
    <div class="board_images"><img src="/cmm/fms/getImage.do" alt="사진" /></div>
    <div class="bbs_detail_cont">
      <div class="left bbs-view-content bbs-view-content-skin07">
        태안군이 주민 스스로 살기 좋은 마을을 만들고, 지역 공동체에 활력을 불어넣기 위해 본격적인 배움의 장을 열었다.<br/>
        군에 따르면, 지난 16일 원북면 갈두천커뮤니티센터에서 13개 마을 마을리더 및 주민 42명이 참석한 가운데 ‘2026년 태안군 마을대학 개강식’을 개최했다고 밝혔다.<br/>
        태안군 마을대학은 주민들이 마을 공동체의 중요성을 이해하고, 고령화 등 지역 사회의 문제를 스스로 진단해 해결 방안을 찾아내는 주민 주도형 역량 강화가 목적이다.<br/>
        올해 교육은 7월 16일부터 8월 13일까지 주 1회씩 총 5회에 걸쳐 진행된다. 이번 마을대학 프로그램은 마을 공동체의 이해, 갈등관리와 소통법, 마을사업 추진 동기와 향후계획 등 이론과 실습을 접목한 커리큘럼으로 구성되었다.<br/>
        군 관계자는 “이번 마을대학을 통해 싹튼 주민들의 아이디어가 태안군 전역 마을을 활성화하는 소중한 밑거름이 되도록 힘쓰겠다”고 말했다.
        <div class='codeView00'><span>공보팀</span>이(가) 창작한 안내문은 공공누리 조건에 따라 이용할 수 있습니다.</div>
      </div>
    </div>
  </div>
</div>
"""

# 3. vitest fixture muan parser, MOCK_DETAIL_HTML (file id 54704836226), markup as it stands.
ARTICLES["nz-03-muan.html"] = """<head>
  <title>무안군, 벼 병해충 예찰·중점 방제 지도 총력  &lt; 보도자료 &lt; 알림마당 &lt; 행정공개 - 무안군청</title>
  <meta property="og:title" content="무안군, 벼 병해충 예찰·중점 방제 지도 총력" />
  <meta property="og:description" content="– 잦은 강우와 고온에 병해충 우려… 농가 적기 방제 당부 -

전남광주통합특별시 무안군은 최근 잦은 강우와 높은 기온으로 병해충 발생에 유리한 환경이 이어짐에 따라 7월 20일부터 8월 15일까지 27일간을 벼 병해충 기본방제기간으로 정하고, 병해충 예찰과 방제 지도, 적기 이삭거름 시용 지도에 총력을 기울이고 있다.

무안군에 따르면 7월 하순부터 8월 중순까지 평균기온이 평년보다 높고 고온·다습한 날씨가 이어질 것으로 전망된다. 이에 따라 잎도열병과 잎집무늬마름병, 깨씨무늬병 등 주요 병해와 멸구류, 혹명나방, 먹노린재 등을 중점 방제 대상으로 정하고 집중적인 예찰과 방제 지도에 나서고 있다.

무안군 관계자는 장마 이후 고온·다습한 환경에서 병해충 발생이 급증할 수 있는 만큼 농가에서는 적기 방제와 이삭거름 시용에 각별히 신경 써 달라고 당부했다." />
</head>
"""

# 4. Markdown scraping notes (file id 42165388352): the quoted article block as it stands (blockquote markers kept).
_IFR1 = ("<iframe name='ifrnt' width='100%' height='70' id='ifrnt' src='http://www.dreamsearch.or.kr/servlet/adHashtag?from=\"+escape(from)+\"&u=2012090332839&us=18372&s=19110' frameBorder='0' marginWidth='0' marginHeight='0' scrolling='no' ></iframe>")
_IFR2 = ("<iframe name='ifrad' width='640' height='107' id='ifrad' src='http://www.dreamsearch.or.kr/servlet/adBanner?from=\"+escape(from)+\"&u=2012090332839&us=18109&s=18862&iwh=640_107&igb=75&cntsr=3&cntad=1' frameBorder='0' marginWidth='0' marginHeight='0' scrolling='no' ></iframe>")
ARTICLES["nz-04-joongboo.txt"] = (
    "  > 가평군은 오는 10월 말까지 만 19세 이상 성인 900여 명을 대상으로 ‘2018년 지역사회 건강조사’를 실시한다.\n"
    "  >  14일 군에 따르면 지역보건의료 계획 및 건강정책 수립에 필요한 건강통계 산출을 위해 실시하는 이번 조사는 한양대학교 산악협력단과 함께 무작위 표본 추출방식으로 선정된 표본가구를 직접 방문해 1:1 면접 방식으로 이뤄진다.\n"
    "  >  건강조사에서는 흡연, 음주, 신체활동 등 건강행태와 예방접종여부, 의료이용, 사고 및 중독 등 200여 개의 설문문항을 조사할 예정이다.\n"
    "  >  군 관계자는 “조사된 모든 내용은 건강도시 가평군의 보건의료사업을 시행하기 위한 기초자료로 지역주민의 건강수준 향상에 기여할 것”이라고 말했다.\n"
    "  >  장학인기자 \n"
    "  >\n"
    "  > var from = document.referrer;\n"
    "  > document.write(\"" + _IFR1 + "\");\n"
    "  >\n  >\n  >\n  >\n"
    "  > \t\t\n"
    "  > \t\n"
    "  >\n"
    "  > 저작권자 © 중부일보 무단전재 및 재배포 금지\n"
    "  >\n  >\n"
    "  > \t\t\n"
    "  > \t\t\t\n"
    "  > \t\t\t\t\n"
    "  > \t\t\t\t\t\t\t\t\t\t\t\n"
    "  > \t\t\t\t\t\t\t\t\t\n"
    "  >\n"
    "  > 장학인\n"
    "  >\n  >\n"
    "  > \t\t\n"
    "  >\n"
    "  > \t\n"
    "  > var from=document.referrer; document.write(\"" + _IFR2 + "\")\n"
)

# 5. vitest fixture gochang parser, MOCK_DETAIL_HTML (file id 54552481758).
ARTICLES["nz-05-gochang.html"] = """<div class="bbs_skin">
  <div class="bbs_view photo_view">
    <div class="bbs_vtop">
      <h4>심덕섭 군수, 국가예산 및 현안사업 확보 ‘총력’</h4>
      <ul class="col">
        <li><strong>담당부서</strong> : <em>기획예산실</em></li>
        <li><strong>작성일</strong> : 2026.07.21</li>
        <li><strong>조회수</strong> : 54</li>
      </ul>
    </div>
    <p class="bbs_filedown">첨부파일</p>
    <div class="bbs_con">
      <p>심덕섭 고창군수가 지난 20일 오후 기획예산처를 방문해 2027년도 국가예산사업과 핵심 현안사업 예산 반영을 위한 행보에 나섰다.</p>
      <p>우선 심 군수는 김태곤 경제예산심의관을 만나 고창읍 우회도로 개설공사의 국도·국지도 건설계획 예타 통과를 건의했다.</p>
      <p>이어 농어촌 생활 인프라 개선, 지역 균형 발전 사업, 주민 안전 확보를 위한 재난 예방 사업 등 군민 생활과 밀접한 사업 지원 필요성을 설명했다.</p>
      <p>고창군은 앞으로도 중앙부처와 국회를 지속적으로 방문해 국가예산 확보와 현안 해결에 총력을 기울일 계획이라고 밝혔다.</p>
    </div>
  </div>
  <p class="bbs_btn">목록</p>
</div>
"""

# 6. vitest fixture gongju parser, MOCK_DETAIL_HTML (file id 54503039986).
ARTICLES["nz-06-gongju.html"] = """<div class="ui bbs--view--cont" data-text-content="true">
  <div class="ui bbs--detail--cont">
    <div class="ui bbs--view--content">
      공주시, 행정안전부 재난관리평가 우수기관 선정<br/>
      공주시는 행정안전부가 실시한 재난관리평가에서 우수기관으로 선정됐다고 밝혔다.<br/>
      이번 평가는 재난관리 책임기관의 예방, 대비, 대응, 복구 등 전 단계 역량을 종합적으로 살펴보는 제도이며, 공주시는 현장 중심의 안전관리 체계와 시민 참여형 재난 예방 활동에서 좋은 평가를 받았다.<br/>
      시는 앞으로도 재난 취약시설 점검과 시민 안전교육을 강화하고 관계기관 협업체계를 정비해 안전한 도시 환경을 조성하겠다고 설명했다.
    </div>
  </div>
</div>
"""

# 7. vitest fixture nonsan parser, MOCK_DETAIL_HTML (file id 54961464126).
ARTICLES["nz-07-nonsan.html"] = """<div class="bd_detail_tit">
  <h2>논산시, 탑정호 음악분수 21일부터 운영 재개</h2>
  <ul class="info"><li class="date">등록일 : 2026.07.21</li></ul>
</div>
<div class="bd_detail_content">
  <div class="bd_detail_cont">
    <div>
      <p><span>- 평일 2회·주말 및 공휴일 3회 운영…낮과 밤 모두 즐기는 명소로 -</span></p>
      <p>논산시는 지난 6월 임시 중단했던 탑정호 음악분수 운영을 21일부터 재개한다고 밝혔다.</p>
      <p>탑정호 음악분수는 음악과 조명, 분수가 어우러지는 논산의 대표 관광 콘텐츠로 방문객들에게 시원한 볼거리와 휴식 공간을 제공하고 있다.</p>
      <p>시는 저수율 감소에 따라 시설물의 안전한 운영과 장비 파손을 예방하기 위해 음악분수 운영을 일시 중단한 바 있다.</p>
      <p>운영은 매주 화요일부터 일요일까지이며 월요일은 시설 점검과 유지관리를 위해 가동하지 않는다.</p>
      <p>시 관계자는 많은 시민과 관광객들이 탑정호 음악분수를 다시 찾아 시원한 공연과 아름다운 야간 경관을 즐기길 바란다고 밝혔다.</p>
    </div>
  </div>
</div>
"""

if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for name, text in ARTICLES.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print(name, len(text))
