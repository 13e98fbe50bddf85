"""Write set-ny articles exactly as copied from the public GitHub files (see SOURCES.csv)."""
import os
OUT = os.path.join(os.path.dirname(__file__), '..', 'articles')

# file id 54773439222: sunchang parser test, const MOCK_DETAIL_HTML (template literal, content between the backticks)
SUNCHANG = '''
<div id="boardWrap">
  <div class="view_table">
    <p class="title"><strong>전북은행 순창지점, 보건위생용품 100박스 기탁</strong></p>
    <ul class="info_list">
      <li><strong>작성일</strong><span>2026-07-20</span></li>
    </ul>
    <div class="view_con">
      <p class="img"><img src="/tmp.jpg" alt="" /></p>
      <p>전북은행 순창지점은 지난 13일 지역 내 취약계층 여성청소년의 건강한 성장과 복지 증진을 위해 보건위생용품 100박스를 순창군에 기탁했다.</p>
      <p>전달된 선물박스는 여성청소년의 건강과 위생관리를 위한 생활용품으로 구성됐으며, 지역사회 나눔과 복지안전망 구축에 의미가 있다.</p>
      <p>군은 소중한 후원 물품이 필요한 청소년들에게 잘 전달될 수 있도록 하고 앞으로도 지역사회와 함께 촘촘한 복지안전망을 구축하겠다고 밝혔다.</p>
    </div>
    <div class="file_box"></div>
  </div>
</div>
'''

# file id 54611355037: jangsu parser test, const MOCK_DETAIL_HTML
JANGSU = '''
<div class="boardViewWrap">
  <div class="bdvTitWrap">
    <p class="bdvTit">장수군, 하오마을(유) ‘김부각’ 미국 시장 첫 진출</p>
  </div>
  <div class="bdvInfo">
    <dl><dt>등록일</dt><dd>2026.07.22</dd></dl>
  </div>
  <div class="bdvCntWrap">
    <div class="se-contents">
      <p>장수군은 전통식품 농업회사법인 하오마을이 우리나라 대표 전통 K-푸드인 김부각으로 미국 시장 진출에 첫걸음을 내디뎠다고 밝혔다.</p>
      <p>하오마을은 250년 역사를 이어온 종갓집의 전통 제조방식과 국내산 김, 장수에서 직접 생산한 찹쌀을 재료로 김부각과 식혜를 생산하는 산서면 소재 전통식품 농업회사법인이다.</p>
      <p>이번 수출은 지역 농산물의 해외 판로를 넓히고 장수군 전통식품의 우수성을 세계에 알리는 계기가 될 것으로 기대된다.</p>
      <p>군은 농가와 기업이 함께 성장할 수 있도록 가공식품 개발, 수출 상담, 판로 확대를 지속적으로 지원하겠다고 밝혔다.</p>
    </div>
  </div>
</div>
'''

# file id 54748199535: gwangju_gyeonggi parser test, const MOCK_DETAIL_HTML
GWANGJU = '''
<div class="bod_wrap">
  <div class="bod_view">
    <h4>광주시장애인가족지원센터, 장애인 가족 대상 "아빠와 함께하는 워터파크" 가족 캠프 운영</h4>
    <div class="view_info">
      <ul class="clFix">
        <li class="view_date"><span>등록일</span> 2026-07-23</li>
        <li class="view_hit"><span>조회</span> 32</li>
      </ul>
    </div>
    <div class="view_cont ">
      <img src="/common/file/img/view.do?atchFileId=example&amp;fileSn=example" alt="사진 파일"/>
      <div class="mT10">
        광주시장애인가족지원센터는 지난 17일 제헌절을 맞아 광주시에 거주하는 장애인가족 70명을 대상으로 캐리비안베이에서 ‘아빠와 함께하는 워터파크!’ 가족 캠프를 운영했다.<br><br>
        이번 가족캠프는 장애인 가족의 여가활동 기회를 확대하고 아버지의 가족 돌봄 참여를 높이기 위해 마련됐다.<br><br>
        센터는 가족이 양육과 돌봄 과정에서 겪는 부담을 함께 나누고 가족 구성원이 일상에서 벗어나 함께 여가를 즐길 수 있는 시간을 제공하고자 프로그램을 마련했다.<br><br>
        참여 가족들은 워터파크 내 다양한 물놀이 시설을 이용하며 가족 단위의 여가활동을 즐겼다.<br><br>
        아버지들은 자녀와 함께 물놀이에 참여하며 돌봄에 함께했고 가족들은 정서적 휴식과 가족 간 유대감을 다지는 시간을 보냈다.<br><br>
        앞으로도 장애인 가족의 양육 부담을 완화하고 가족 모두가 함께 참여할 수 있는 프로그램을 지속적으로 운영하겠다고 밝혔다.<br><br>
        &nbsp;&nbsp;※ 본 게시물은 자동화로봇에 의해 등록되었습니다.
      </div>
    </div>
    <dl class="view_file clFix"><dt><span>첨부 파일</span></dt><dd>파일명.jpg</dd></dl>
  </div>
</div>
'''

# file id 58669424970: goseong_gw parser test; title and 등록일 from the detail template that embeds ${longBody}, then const longBody
GOSEONG = '''(2026.7.27.일자 보도자료) 고성군, 벼 병해충 공동방제 본격 추진
2026-07-24
평화경제 거점도시 고성군은 본격적인 벼 생육기를 맞아 벼 병해충 피해 예방을 위해 벼 병해충 공동 방제 지원 사업을 추진한다. 이번 공동 방제 살포는 두 차례로 나누어 진행되며 고성군 전역을 대상으로 추진될 예정이다. 드론과 광역 방제기를 활용해 짧은 기간에 넓은 면적을 동시에 방제하고 농촌 고령화에 따른 일손 부족 해소와 농가 경영비 절감에도 도움을 줄 것으로 기대된다. 고성군은 병해충 확산을 사전에 차단하고 고품질 쌀 생산과 농가 소득 증대에 최선을 다하겠다고 밝혔다.
'''

# file id 45179807239: Oracle SQL dump, Insert into BOARD B_NUM 134 (TITLE, UPLOADDATE as printed, CONTENT)
SUWON = '''‘역경을 뒤집으면 경력, 고민보다 고(GO)!’
21/10/16
수원시 팔달여성새로일하기센터가 오는 18일부터 29일까지 경력단절 예방 사진전 ‘역경을 뒤집으면 경력, 고민보다 고(GO)!’를 개최한다.

경력단절 여성들의 재취업 의지를 고취하기 위해 마련한 이번 사진전은 팔달여성새로일하기센터 홈페이지를 통해 온라인으로 열린다.

전시회에는 직업교육훈련, 구인·구직 상담 프로그램 등 팔달새일센터의 다양한 취업 지원 프로그램에 참여한 경력단절 여성들의 활동 모습을 담은 사진 130점이 전시된다.

온라인 사진전은 4개 코너로 구성됐다. △나의 발자취(구인·구직 상담, 찾아가는 새일센터 등) △내일을 향한 첫걸음(직업교육훈련, 중·장년 여성취업지원 특강 등) △나란히 걷는 꿈(새일여성인턴 프로그램 등) △세상의 문을 열다(취·창업 동아리 등)를 주제로 한 경력단절 여성들의 활동 모습을 볼 수 있다.

수원시 관계자는 “이번 사진전이 경력단절을 경험한 여성들에게 희망과 용기를 전달할 수 있길 바란다”며 “경력단절 여성들의 재취업 의지를 높이고, 맞춤형 취업 지원 서비스를 제공하기 위해 최선을 다하겠다”고 말했다.

한편 지난 2013년 2월 문을 연 팔달여성새로일하기센터는 임신·출산·육아 등으로 경력이 단절된 여성들을 위한 취업상담, 직업교육훈련, 인턴 및 취업 후 사후관리 등 종합적인 취업 지원 프로그램을 운영하고 있다.'''

FILES = {
    'ny-01-sunchang.html': SUNCHANG,
    'ny-02-jangsu.html': JANGSU,
    'ny-03-gwangju.html': GWANGJU,
    'ny-04-goseong.txt': GOSEONG,
    'ny-05-suwon.txt': SUWON,
}
for name, text in FILES.items():
    with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
        f.write(text)
    print(name, len(text))
