#!/usr/bin/env python3
"""Writes set-oc articles exactly as copied from the GitHub files (template-literal markup saved as it stands)."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "articles")

ARTICLES = {}

# file id 54979335844 (vitest fixture 'buyeo parser 회귀 방어'), MOCK_DETAIL_HTML template literal
ARTICLES["oc-01-buyeo.html"] = """
<div class="board_viewTit"><h4>부여군보건소, 부여군 공공건축물 최초 ‘녹색건축물 전환 인증’ 획득</h4></div>
<ul class="board_viewInfo">
  <li class="date"><span>작성일</span>2026-07-21 16:01:40</li>
</ul>
<div class="board_viewDetail">
  <p>공공건축물 그린리모델링 사업으로 연간 단위 면적당 1차 에너지소요량 45.2% 개선</p>
  <p>부여군보건소가 공공건축물 그린리모델링 사업을 통해 연간 단위 면적당 1차 에너지소요량을 기존 대비 45.2% 개선한 것으로 인정받아 국토교통부로부터 부여군 공공건축물 최초 녹색건축물 전환 인증을 획득했다고 21일 밝혔다.</p>
  <p>부여군은 이번 인증이 단순한 에너지 효율 개선을 넘어 그린리모델링 사업의 성과가 심의 기준과 절차에 따라 객관적으로 확인되었다는 점에서 의미가 크다고 설명했다.</p>
  <p>또한 이번 성과는 공공부문 탄소중립 이행과 에너지 절감 정책을 조기에 이행한 사례로, 노후 설비 문제를 해소하고 고효율 설비 도입을 통해 유지관리비 절감 효과를 거두는 데 기여할 것으로 기대된다.</p>
</div>
"""

# file id 54585985804 (vitest fixture 'goesan parser 회귀 방어'), MOCK_DETAIL_HTML template literal
ARTICLES["oc-02-goesan.html"] = """
<div class="board_view">
  <table class="table_view">
    <tbody>
      <tr><th scope="row" colspan="2">괴산군, 2026년도 하계 학생 아르바이트 실시</th></tr>
      <tr><th scope="row" class="w20">작성일</th><td class="w80">2026-07-05</td></tr>
      <tr>
        <td colspan="2" class="con">
          괴산군, 2026년도 하계 학생 아르바이트 실시<br/>
          충북 괴산군은 2026년 하계 학생 아르바이트 프로그램을 운영한다고 밝혔다.<br/>
          관내 대학생을 대상으로 추첨을 통해 30명을 선발했으며 참여 학생들을 대상으로 근로활동 사전교육을 진행했다.<br/>
          특히 기초생활수급자, 차상위계층, 국가유공자 자녀 등 생활 여건이 어려운 대학생들과 중원대학교 학생들을 우선 선발해 학생들의 학비 마련과 사회경험 기회를 확대했다.<br/>
          참여 학생들은 군청과 읍·면사무소, 사업소 등 근무지에 배치돼 사무업무와 현장업무 보조 등 다양한 실무를 경험한다.<br/>
          군은 학생들이 공공기관 현장에서 사회생활을 간접 체험하며 직무 이해도를 높이고 근로의식도 키울 것으로 기대하고 있다.
          <div class="photo_area clearfix"></div>
        </td>
      </tr>
    </tbody>
  </table>
</div>
"""

# file id 58828566140 (vitest fixture 'namgu_ulsan parser 회귀 방어'), DETAIL_HTML template literal
ARTICLES["oc-03-ulsan-namgu.html"] = """
<div class="bbs_detail bbs_detail_basic">
  <div class="bbs_detail_tit">
    <h2>
      <strong>‘24시간 편의점이 무더위 쉼터로’.. 남구, 폭염 대비 CU 편의점 27곳을 무더위 쉼터로 신규 지정</strong>
    </h2>
    <ul class="info">
      <li class="part">담당부서 : 재난대응과</li>
      <li class="date">연락처 : 052-226-5573</li>
    </ul>
    <ul class="info">
      <li class="inq_cnt">조회수 : 7</li>
      <li class="date">작성시간 : 2026-07-27</li>
    </ul>
  </div>
  <div class="bbs_detail_content">
    <div class="bbs_detail_cont">
      <div class="bbs-view-content bbs-view-content-skin05">
        <br> 울산 남구는 여름철 폭염과 열대야로부터 구민들의 건강을 지키기 위해 비지에프 리테일과 협력해 씨유 편의점 27곳을 무더위 쉼터로 지정해 운영한다고 밝혔다.<br><br>
        올해 기상청에서 야간 고온 현상에 따른 피해를 막기 위해 열대야 주의보를 신설함에 따라, 남구는 맞춤형 폭염 대책의 하나로 씨유 편의점을 무더위 쉼터로 지정하는 계획을 실행했다.<br><br>
        기존 관공서, 은행, 경로당 중심으로 지정된 무더위 쉼터는 저녁과 야간, 주말과 공휴일에는 이용이 어려워 열대야와 폭염에 대응하기에는 한계가 있었다.<br><br>
        남구 관계자는 구민들이 밤낮없이 안전하고 시원한 여름을 보낼 수 있도록 폭염 안전망 관리를 빈틈없이 하겠다고 말했다.
      </div>
    </div>
  </div>
</div>
"""

# file id 59040820632 (vitest fixture 'donggu_daegu parser 회귀 방어'), MOCK_DETAIL_HTML template literal
ARTICLES["oc-04-daegu-donggu.html"] = """
<div class="bod_wrap">
  <div class="bod_view">
    <div class="subject">대구 동구 '두두썸동' 5만 인파… 금호강 대표 여름축제 우뚝</div>
    <div class="view_info"><ul><li class="view_date"><span>등록일</span>2026-07-26</li></ul></div>
    <div class="view_cont">
      대구 동구청은 금호강변 지저둔치에서 개최한 2026 대구 동구 여름축제 두두썸동이 많은 주민과 관광객이 방문한 가운데 성황리에 막을 내렸다고 밝혔다.<br><br>
      올해 축제는 행사기간을 확대하고 물놀이와 공연, 야간 콘텐츠를 결합한 참여형 여름축제로 운영됐다. 가족 단위 방문객은 물론 청년층까지 폭넓은 호응을 얻으며 금호강을 대표하는 여름축제로 자리매김했다.<br><br>
      축제장에서는 워터밤 콘서트, 전국 댄스경연대회, 물총 경도대첩, 워터에어바운스, 가족노래자랑, 버스킹 공연 등 다양한 프로그램이 이어졌다. 구청은 앞으로도 금호강 수변자원을 활용한 차별화된 관광콘텐츠를 지속적으로 발굴할 계획이라고 설명했다.
    </div>
    <dl class="view_file clFix"><dt><span>첨부 파일</span></dt><dd>첨부</dd></dl>
  </div>
</div>
"""

# file id 54827434789 (vitest fixture 'boryeong parser 회귀 방어'), MOCK_DETAIL_HTML template literal
ARTICLES["oc-05-boryeong.html"] = """
<table width="100%" border="0" cellspacing="1" cellpadding="0" summary="보도자료 상세조회">
  <thead>
    <tr>
      <th width="100" height="22" align="center" bgcolor="#BAE6E7">작성부서</th>
      <th width="285" bgcolor="#F5FAF5">홍보미디어실</th>
      <th width="100" height="22" align="center" bgcolor="#BAE6E7">등록일자</th>
      <th width="285" bgcolor="#F5FAF5">2026-07-15</th>
    </tr>
    <tr>
      <th width="100" height="22" align="center" bgcolor="#BAE6E7">제목</th>
      <td bgcolor="#F5FAF5" colspan="3">보령시, 민선9기 공약사항 추진계획 보고회 개최... ‘시민과의 약속’ 설계</td>
    </tr>
  </thead>
  <tbody>
    <tr>
      <td style="word-break:break-all;" colspan="4">
        보령시는 지난 14일 시청 중회의실에서 ‘민선9기 공약사항 추진계획 보고회’를 개최하고 시민과의 약속을 구체화하기 위한 공약별 실행계획을 점검했다.<br><br>
        보고회에 앞서 시민 중심의 투명하고 공정한 공약 이행을 위한 공약이행평가단 위촉식도 진행됐다. 평가단은 앞으로 공약 추진 상황과 이행 실적을 객관적으로 평가하고 시민의 의견을 시정에 전달하는 역할을 맡는다.<br><br>
        이날 보고회에서는 25개 소관부서가 총 76개 공약의 추진 방향과 실행계획, 재원 투자계획, 문제점 등을 보고했다. 이어 전 부서와 공약이행평가단이 참여한 종합토론을 통해 공약의 실현 가능성과 정책 효과를 높이기 위한 보완사항을 점검하고 부서 간 연계 협업 방안을 논의했다.<br><br>
        엄승용 보령시장은 시민이 변화를 체감할 수 있도록 책임감 있게 추진하겠다고 말했다.
      </td>
    </tr>
  </tbody>
</table>
"""

# file id 55010436098 (vitest fixture 'wando parser 회귀 방어'), MOCK_DETAIL_HTML template literal
ARTICLES["oc-07-wando.html"] = """
<div id="board_basic_view">
  <div class="news_tit">
    <h3>완도군, 폭염 대응 ‘인명·재산 피해 최소화’ 총력</h3>
    <dl>
      <dt>작성일</dt><dd>2026-07-22</dd>
      <dt>등록자</dt><dd>박여진</dd>
    </dl>
  </div>
  <div class="file_attach"><h5>첨부파일</h5></div>
  <div class="board_cont inner">
    <p>
      <p style="text-align:center">완도군, 폭염 대응 ‘인명·재산 피해 최소화’ 총력</p>
      <p>완도군은 계속되는 폭염에 대응해 군민의 인명과 재산 피해를 최소화하기 위한 종합 대책을 추진하고 있다.</p>
      <p>군은 취약계층을 대상으로 안부 확인을 강화하고 무더위쉼터 운영 상황을 점검하는 한편, 야외 근로자와 농어업인을 대상으로 폭염 행동 요령을 안내하고 있다.</p>
      <p>또한 도로 살수, 그늘막 점검, 재난 문자 발송 등 현장 중심 대응을 이어가며 관계 부서와 읍면이 협력해 피해 예방 활동을 확대할 계획이다.</p>
      <p>완도군 관계자는 군민 안전을 최우선으로 두고 폭염 취약 시간대 야외 활동 자제를 당부했다.</p>
    </p>
  </div><!--//data_cont -->
</div><!--//view_box -->
<div class="board_button_list"><ul><li>목록</li></ul></div>
"""

# github:onsia-realty/Yongin_Honorsville/scripts/add-mayor-inspection-article.js@6ed6f6de61e6ee383bae424f2f5e910804980eca
# `content` template literal (blog-post markup inserted into a DB; credits 핀포인트뉴스 2025.12.22)
ARTICLES["oc-06-pinpoint-yongin.html"] = """<p data-ke-size="size16">용인특례시장, 경남아너스빌, 이상일시장, 아파트하자, 품질점검, 입주민감사, 용인시정</p>

<h1 data-ke-size="size26">"용인 르네상스" 이끈 이상일 용인특례시장…경남아너스빌 현장점검</h1>

<div class="toc-container" style="background-color: #f0f0f0; border: 2px solid #000000; border-radius: 10px; padding: 20px; margin: 20px 0;">
  <h2 style="color: #333333; font-size: 18px; font-weight: bold; margin-bottom: 10px;" data-ke-size="size26">📋 목차</h2>
  <ul style="padding-left: 20px; line-height: 1.8;" data-ke-list-type="disc">
    <li><a style="color: #000000; text-decoration: none;" href="#section1">이상일 시장, 경남아너스빌 현장점검</a></li>
    <li><a style="color: #000000; text-decoration: none;" href="#section2">민선8기 3년 반의 성과</a></li>
    <li><a style="color: #000000; text-decoration: none;" href="#section3">아파트 하자 문제 완벽 해결</a></li>
    <li><a style="color: #000000; text-decoration: none;" href="#section4">입주민들의 감사 인사</a></li>
    <li><a style="color: #000000; text-decoration: none;" href="#section5">품질 관리 시스템 확립</a></li>
    <li><a style="color: #000000; text-decoration: none;" href="#faq">자주 묻는 질문 (FAQ)</a></li>
  </ul>
</div>

<h2 id="section1" style="color: #ffffff; background-color: #0b0719; padding: 10px 15px; border-radius: 5px; margin-top: 30px;" data-ke-size="size26">🏗️ 이상일 시장, 경남아너스빌 현장점검</h2>

<p data-ke-size="size16">
이상일 용인특례시장이 지난 18일 처인구 양지면 <strong>경남아너스빌 아파트 공사 현장</strong>을 방문해 공사 진행 상황과 하자 여부 등을 점검했습니다.
</p>

<p data-ke-size="size16">
이번 현장 점검은 용인시의 <strong>'문제 해결 행정'</strong>의 일환으로, 입주민들의 주거 품질을 직접 확인하고 개선하기 위한 노력의 일부입니다.
</p>

<figure style="margin: 30px 0; text-align: center;">
  <img src="/blog/mayor-inspection.jpg" alt="이상일 용인특례시장 경남아너스빌 현장점검" style="max-width: 100%; height: auto; border-radius: 10px;">
  <figcaption style="color: #666; font-size: 14px; margin-top: 10px;">이상일 용인특례시장이 경남아너스빌 현장을 점검하는 모습 (이미지는 뉴스 내용을 기반으로 재구성)</figcaption>
</figure>

<h2 id="section2" style="color: #ffffff; background-color: #0b0719; padding: 10px 15px; border-radius: 5px; margin-top: 30px;" data-ke-size="size26">🏆 민선8기 3년 반의 성과</h2>

<p data-ke-size="size16">
용인특례시와 이상일 시장은 지난 3년 반 동안 기관과 개인 명의로 <strong>수백개의 상과 감사패</strong>를 받은 것으로 알려져 눈길을 끌고 있습니다.
</p>

<table class="potato-table" style="width: 100%; border-collapse: collapse; margin: 20px 0; border: 1px solid #ddd;">
  <thead>
    <tr style="background-color: #f8f9fa;">
      <th style="padding: 12px; border: 1px solid #ddd; text-align: left; font-weight: bold;">구분</th>
      <th style="padding: 12px; border: 1px solid #ddd; text-align: left;">내용</th>
    </tr>
  </thead>
  <tbody>
    <tr>
      <td style="padding: 12px; border: 1px solid #ddd;"><strong>기관표창</strong></td>
      <td style="padding: 12px; border: 1px solid #ddd;">총 294건 (대통령 표창 5건 포함)</td>
    </tr>
    <tr>
      <td style="padding: 12px; border: 1px solid #ddd;"><strong>개인표창</strong></td>
      <td style="padding: 12px; border: 1px solid #ddd;">25건</td>
    </tr>
    <tr>
      <td style="padding: 12px; border: 1px solid #ddd;"><strong>감사패</strong></td>
      <td style="padding: 12px; border: 1px solid #ddd;">153건</td>
    </tr>
    <tr>
      <td style="padding: 12px; border: 1px solid #ddd;"><strong>주요 성과</strong></td>
      <td style="padding: 12px; border: 1px solid #ddd;">반도체 국가산단 유치, 송탄상수원보호구역 해제, 경안천변 수변구역 해제</td>
    </tr>
  </tbody>
</table>

<h2 id="section3" style="color: #ffffff; background-color: #0b0719; padding: 10px 15px; border-radius: 5px; margin-top: 30px;" data-ke-size="size26">🔧 아파트 하자 문제 완벽 해결</h2>

<p data-ke-size="size16">
경남아너스빌디센트 아파트는 지난해 11월 입주 전 사전점검 과정에서 <strong>지하주차장 천장과 외벽에서 누수</strong>가 발견되는 등 다수의 하자가 발견되었습니다.
</p>

<h3 data-ke-size="size23">시장의 신속한 대응</h3>

<p data-ke-size="size16">
시공사가 제대로 해결해 주지 않자 입주예정자들이 이상일 시장에게 지원을 요청했고, 이 시장은:
</p>

<ul data-ke-list-type="disc" style="padding-left: 20px; line-height: 1.8;">
  <li><strong>직접 현장 방문</strong>: 4번이나 현장을 방문하여 실상 파악</li>
  <li><strong>준공불허 카드</strong>: 초강경 조치로 시공사 압박</li>
  <li><strong>완벽한 하자 해결</strong>: 모든 하자를 깨끗이 해결</li>
  <li><strong>시스템 개선</strong>: 용인시 전체 신축아파트 품질 관리 대책 수립</li>
</ul>

<h2 id="section4" style="color: #ffffff; background-color: #0b0719; padding: 10px 15px; border-radius: 5px; margin-top: 30px;" data-ke-size="size26">💐 입주민들의 감사 인사</h2>

<p data-ke-size="size16">
지난 4월 4일, 경남아너스빌디센트 입주민들은 용인특례시청을 방문해 이상일 시장에게 <strong>감사패를 전달</strong>했습니다.
</p>

<blockquote style="border-left: 4px solid #0b0719; padding-left: 20px; margin: 20px 0; color: #555; font-style: italic;">
  "아파트 하자 문제를 깨끗하게 해결해 주셔서 대단히 감사합니다. 시장님의 노력 덕분에 안심하고 입주할 수 있게 되었습니다."
  <br><br>
  - 경남아너스빌디센트 입주민 대표
</blockquote>

<p data-ke-size="size16">
입주민들은 시청 홈페이지를 통해서도 감사 인사를 전했으며, 이는 용인시의 <strong>'문제 해결 행정력'</strong>을 보여주는 대표적인 사례로 평가받고 있습니다.
</p>

<h2 id="section5" style="color: #ffffff; background-color: #0b0719; padding: 10px 15px; border-radius: 5px; margin-top: 30px;" data-ke-size="size26">✅ 품질 관리 시스템 확립</h2>

<p data-ke-size="size16">
이상일 시장은 경남아너스빌 사례를 계기로 <strong>용인시 전체 신축아파트의 부실을 원천 차단하는 대책</strong>을 수립했습니다.
</p>

<h3 data-ke-size="size23">주요 대책</h3>

<ul data-ke-list-type="disc" style="padding-left: 20px; line-height: 1.8;">
  <li>입주 전 <strong>사전점검 강화</strong></li>
  <li>하자 발견 시 <strong>준공 불허 조치</strong> 시행</li>
  <li>시공사 <strong>책임 강화</strong> 제도 도입</li>
  <li>입주민 <strong>보호 시스템</strong> 구축</li>
</ul>

<p data-ke-size="size16">
이러한 노력으로 용인시는 <strong>아파트 품질 관리의 모범 사례</strong>로 자리잡고 있습니다.
</p>

<h2 id="faq" style="color: #ffffff; background-color: #0b0719; padding: 10px 15px; border-radius: 5px; margin-top: 30px;" data-ke-size="size26">❓ 자주 묻는 질문 (FAQ)</h2>

<h3 data-ke-size="size23">Q1. 경남아너스빌 하자 문제는 완전히 해결되었나요?</h3>
<p data-ke-size="size16">
네, 이상일 시장의 4차례 현장 방문과 강력한 조치로 모든 하자가 완벽하게 해결되었습니다. 입주민들도 만족하며 감사패를 전달했습니다.
</p>

<h3 data-ke-size="size23">Q2. 다른 신축 아파트도 같은 혜택을 받을 수 있나요?</h3>
<p data-ke-size="size16">
네, 용인시는 이번 사례를 계기로 <strong>전체 신축아파트 품질 관리 시스템</strong>을 구축했습니다. 모든 신축 아파트에 대해 엄격한 사전점검과 하자 관리가 이루어집니다.
</p>

<h3 data-ke-size="size23">Q3. 경남아너스빌은 어디에 위치하나요?</h3>
<p data-ke-size="size16">
경기도 용인시 처인구 양지면에 위치해 있으며, SK하이닉스 반도체 클러스터와 약 10분 거리입니다. 자세한 위치는 <a href="/directions" style="color: #0066cc; text-decoration: underline;">오시는 길</a>에서 확인하실 수 있습니다.
</p>

<h3 data-ke-size="size23">Q4. 분양 관련 문의는 어디로 하나요?</h3>
<p data-ke-size="size16">
<strong>1668-5257</strong>로 전화 주시거나 <a href="/registration" style="color: #0066cc; text-decoration: underline;">관심고객 등록</a>을 하시면 전문 상담원이 자세히 안내해드립니다.
</p>

<hr style="margin: 40px 0; border: none; border-top: 1px solid #e0e0e0;">

<p data-ke-size="size16" style="color: #666; text-align: center;">
본 게시글은 핀포인트뉴스(2025.12.22) 보도 내용을 참고하여 작성되었습니다.
</p>

<p data-ke-size="size16" style="color: #666; text-align: center;">
📰 원본 기사: <a href="https://www.pinpointnews.co.kr/news/articleView.html?idxno=409258" target="_blank" style="color: #0066cc;">핀포인트뉴스</a>
</p>

<p data-ke-size="size16" style="color: #666; text-align: center;">
📞 분양 문의: <strong>1668-5257</strong> | 🌐 홈페이지: <a href="/business" style="color: #0066cc;">사업개요 보기</a>
</p>"""

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for name, text in ARTICLES.items():
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write(text)
        print(name, len(text))
