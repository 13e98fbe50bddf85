#!/usr/bin/env python3
"""Writes set-ow articles exactly as copied out of the GitHub files (read_file output of the search index,
which gives file ids, not repository paths).

HTML fragments: the content of the fixture's template literal (between the backticks), unchanged; where the
literal interpolates a body constant (`${longBody}`, `${bodyHtml}`), the constant is put in its place
(an array constant joined the way the test joins it: "<br/>" or " ").
String data (ow-01): the record's fields as lines in record order (title, source, publish_date), then the body;
the Python datetime(2023, 10, 18, 11, 2) written out as 2023-10-18 11:02.
"""
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ART = os.path.join(HERE, "articles")
A = {}

# file id 19586517798 (also 19106550256): Python seed module, add_default_news(), News(category_id=2, title=...,
# contents=..., source="아이뉴스24", publish_date=datetime.datetime(2023, 10, 18, 11, 2), category="마케팅", url=...)
A["ow-01-inews24-okcheon.txt"] = (
    "옥천군 '옥천읍 맛집·멋집' 책자 배부\n\n"
    "아이뉴스24\n\n"
    "2023-10-18 11:02\n\n"
    "충북 옥천군은 골목 상권 홍보와 지역상권 활성화를 위한 책자 '옥천읍 맛집·멋집'을 2000부 제작해 배부한다. "
    "군은 다양한 먹거리가 밀집한 옥천읍의 음식점과 카페 정보를 방문객에게 안내하기 위해 옥천사랑상품권(향수OK카드) "
    "가맹점 등록자료를 기초로 지난 8월 책자 제작을 시작했다. 두 달여간 자료 수집과 보완 작업을 거쳐 '옥천읍 맛집‧멋집' "
    "책자를 완성했다. 책자는 옥천읍 소재 음식점 410곳, 카페 114곳을 한식‧중식‧양식‧커피음료 전문점 등 업종별로 분류해 "
    "업소의 전경 사진과 주소, 연락처, 영업시간 등의 정보를 담았다. 관광객이 많이 찾는 육영수생가, 전통문화체험관, "
    "정지용문학관, 장계관광지 등 옥천읍 주요 관광지에 배부됐다.\n"
)

# file id 54950858172: vitest 'hongseong parser 회귀 방어', const MOCK_DETAIL_HTML = `...`
A["ow-02-hongseong-pressrelease.html"] = """
<meta property="og:title" content="홍성 한우와 마늘을 한입에 담다!! ‘홍성마늘 한우 스테이크’ 출격... 전국 입맛 잡는다" />
<div class="program--contents">
  <div class="ui bbs--view--head">
    <span class="date"><i>등록일</i>2026-07-21</span>
  </div>
  <div class="ui bbs--view--file">첨부파일 영역</div>
  <div class="ui bbs--view--images"><img alt="사진" /></div>
  <div class="ui bbs--view--cont" data-text-content="true">
    <div class="ui bbs--detail--cont">
      <div class="ui bbs--view--content">
        - 박정주 군수, 생산에서 ‘상품·판로·소득’으로 잇는 실용 농정 가속-<br/>
        - 홍성군·청운대·LG헬로비전 ‘원팀’…제품화부터 방송·온라인 판매까지 -<br/><br/>
        박정주 홍성군수가 실용농정 프로젝트 일환으로 홍성 농축산물의 판로확대와 농가소득이라는 두 마리 토끼를 잡기 위해 청운대학교와 함께 LG와 손잡고 홈쇼핑 상품에 대한 개발을 진행해 이목이 집중되고 있다.<br/><br/>
        홍성군에 따르면 21일 청운대학교 대학본부 회의실에서 대통령상을 수상한 국산 신품종 홍성마늘과 대한민국 명품 홍성한우를 결합한 홍성마늘 한우 스테이크로 전국 소비시장 공략하고자 청운대학교, LG헬로비전과 업무협약을 체결했다.<br/><br/>
        이번 협약은 홍성군의 우수한 농축산물에 청운대학교의 지역연계·제품화 역량과 LG헬로비전의 방송·온라인 판매망을 결합해 제품 개발부터 홍보와 판매까지 하나의 체계로 연결하기 위해 마련됐다.
      </div>
    </div>
  </div>
</div>
"""

# file id 54973848874: vitest 'hwasun parser 회귀 방어', const MOCK_DETAIL_HTML = `...`
A["ow-03-hwasun-pressrelease.html"] = """
<div class="boardR">
  <p class="boViewtitle">화순군, 군수 직속 군민 소통방 운영 추진</p>
  <ul>
    <li class="boViewunit"><span>담당부서 : 자치행정과 행정팀</span>등록일 : 2026-07-22<span></span>조회수 : 32</li>
    <li class="boViewcont">
      <p class="C"><img src="/upfiles/gallery/0000000001/0000000001_20260722113015_0.jpg" alt="화순군, 군수 직속 군민 소통방 운영 추진 1" /></p>
      <div class='ga_vew_cont'>
        화순군, 군수 직속 군민 소통방 운영 추진<br/>
        ‘군민 중심의 열린 소통행정 본격 추진’<br/>
        화순군은 군민 중심의 열린 소통 행정 실현을 위해 군수 직속 군민 소통방을 7월 22일부터 시범 운영한다고 밝혔다.<br/>
        소통방은 참여와 소통을 기반으로 한 군민 주권 시대 실현이라는 군정 운영 방향에 따라 기존 군수 접견실을 군민 중심의 열린 공간으로 새롭게 조성한 것이다.<br/>
        방문객의 심리적 문턱을 낮추고 인터넷 이용이 어려운 고령층과 디지털 취약계층의 행정 접근성을 높이기 위해 추진됐다.<br/>
        군은 군민의 생활 불편 사항과 정책 제안을 상시 접수하고 처리 결과 또는 향후 계획을 안내할 예정이다.
      </div>
    </li>
  </ul>
</div>
"""

# file id 58734028085: vitest 'yangyang parser 회귀 방어'; the detail test's `html` template literal with
# ${longBody} replaced by the const longBody string
LONG_BODY_YANGYANG = (
    "양양 하조대 해변이 한여름 밤을 뜨겁게 달굴 음악과 레크리에이션의 장으로 변신한다. 하조대 비치페스티벌은 하조대 해변 "
    "일원에서 개최되며 피서객과 지역 주민 누구나 함께 즐길 수 있는 참여형 프로그램과 공연으로 채워진다. 무더위를 날려줄 "
    "물풍선 게임, 풍선탑 쌓기, 현장 레크리에이션과 이벤트가 이어지고 어쿠스틱 공연과 트롯 무대, 걸그룹 공연도 마련된다. "
    "행사 관계자는 하조대를 찾은 피서객들과 지역 주민들이 일상의 스트레스를 날리고 잊지 못할 여름날의 추억을 만들 수 "
    "있도록 준비했다고 밝혔다."
)
A["ow-04-yangyang-pressrelease.html"] = """
      <div class="skinTb skinMb-small skinTb-data-resList skinTb-data-bgSbj">
        <div class="skinTb-tr">
          <div class="skinTb-th col3 skinTxa-center">제목</div>
          <div class="skinTb-td skinTb-sbj">2026 하조대 비치페스티벌 8월 1일 개최</div>
        </div>
        <div class="skinTb-tr">
          <div class="skinTb-th col3 skinTxa-center">등록일자</div>
          <div class="skinTb-td col3 skinTb-date">2026-07-24</div>
        </div>
        <div class="skinTb-tr">
          <div class="skinTb-td skinTb-conts">""" + LONG_BODY_YANGYANG + """</div>
        </div>
      </div>
    """

# file id 58707448339: vitest 'yeoncheon parser 회귀 방어'; the detail test's `html` template literal with
# ${bodyHtml} replaced by the array joined with "<br/>"
BODY_YEONCHEON = "<br/>".join([
    "연천군보건의료원은 지역 주민의 만성질환 예방과 건강 증진을 위해 ‘2026년 하반기 찾아가는 1일 건강증진실’을 운영한다고 밝혔다.",
    "이번 사업은 의료 접근성이 떨어지는 지역 주민을 위해 전문 인력이 직접 현장을 찾아가 종합적인 보건 서비스를 제공하고자 마련됐다.",
    "현장에서는 공복 상태를 유지한 주민을 대상으로 혈압·혈당·콜레스테롤 측정 등 기초 건강 검사를 실시하고 측정 결과를 바탕으로 맞춤형 상담을 진행한다.",
    "또한 허리둘레 및 인바디 검사, 영양·운동 지도, 금연·절주 및 구강보건 교육 등 다채로운 건강 증진 프로그램을 제공한다.",
    "보건의료원 관계자는 주민들이 스스로 건강을 관리하는 습관을 기르길 바란다고 전했다.",
])
A["ow-05-yeoncheon-pressrelease.html"] = """
      <table class="p-table block">
        <tbody class="p-table--th-left">
          <tr><th scope="row">제목</th><td>연천군보건의료원, ‘2026년 하반기 찾아가는 1일 건강증진실’ 운영</td></tr>
          <tr>
            <td colspan="2" title="내용" class="bbs_content">
              <div class="p-photo"><div class="p-photo__wrap"><img src="/imgLoad.do?url=/DATA/bbs/29/test.jpg&type=board" alt="본문 사진" /></div></div>
              <div class="content_text">""" + BODY_YEONCHEON + """</div>
            </td>
          </tr>
          <tr><th scope="row">파일</th><td><ul class="p-attach"><li>첨부파일</li></ul></td></tr>
        </tbody>
      </table>
    """

# file id 58552518631: vitest 'hwacheon parser 회귀 방어'; the detail test's `html` template literal with
# ${bodyHtml} replaced by the array joined with " "
BODY_HWACHEON = " ".join([
    "화천군은 교육 현장의 목소리를 적극 수렴해 지역 학생과 학부모가 체감할 수 있는 지원사업을 추진한다.",
    "이번 간담회에서는 농촌 유학가구 거주 문제 해결, 농촌유학센터와 학교 연계 운영, 학교 주변 시설과 환경정비 등이 논의됐다.",
    "군은 작은 학교 통학차량 임차료 지원과 방과후 프로그램 운영 등 지역 교육 여건 개선에 필요한 예산을 반영할 계획이다.",
    "화천군은 앞으로도 교육지원청, 각급 학교와 협력해 아이 기르기 좋은 교육환경을 조성하고 현장 의견을 정기적으로 확인하겠다고 밝혔다.",
])
A["ow-06-hwacheon-pressrelease.html"] = """
      <table class="bbs_default view">
        <tbody>
          <tr>
            <th scope="row">내용</th>
            <td title="내용" class="bbs_content"><div class="photo_area clearfix"></div>""" + BODY_HWACHEON + """</td>
          </tr>
        </tbody>
      </table>
    """

# file id 59057953340: vitest 'seogu_daegu parser 회귀 방어', const MOCK_DETAIL_HTML = `...`
A["ow-07-seogu-daegu-pressrelease.html"] = """
<div class="bod_wrap">
  <div class="bod_view">
    <div class="subject">대구 서구, 맞춤형 직장 내 괴롭힘 예방 교육 실시</div>
    <div class="view_info"><ul><li class="view_date"><span>등록일</span> 2026-07-10(금)</li></ul></div>
    <div class="view_cont">
      <div class="mT10 allRevert">
        <p><strong>대구 서구청</strong>은 저연차 직원을 대상으로 직장 내 괴롭힘 예방 교육을 실시했다고 밝혔다.</p>
        <p>이번 교육은 공직사회의 직장 내 괴롭힘에 대한 명확한 판단 기준을 정립하고 상호 존중과 소통을 바탕으로 한 건강한 조직문화를 조성하기 위해 마련됐다.</p>
        <p>강의는 전문 강사가 맡았으며, 직장 내 괴롭힘의 정의와 유형, 구체적인 사례 분석, 예방을 위한 세대 간 소통 방안 등을 중심으로 진행됐다.</p>
        <p>서구청은 앞으로도 전 직원 대상 세대·직급별 맞춤형 교육을 지속해 모두가 안심하고 일할 수 있는 근무 환경을 조성할 계획이라고 설명했다.</p>
      </div>
    </div>
    <dl class="view_file clFix"><dt><span>첨부 파일</span></dt><dd>첨부</dd></dl>
  </div>
</div>
"""

# file id 58564206904: vitest 'suseong_daegu parser 회귀 방어', const MOCK_DETAIL_HTML = `...`
A["ow-08-suseong-daegu-pressrelease.html"] = """
<div id="bbsView">
  <div class="form_group">
    <dl class="title"><dt>제목</dt><dd>고산2동 새마을부녀회·협의회, ‘복맞이 사랑의 무료급식’ 행사 및 곰국 후원</dd></dl>
  </div>
  <div class="form_group col02">
    <dl><dt>담당부서</dt><dd>고산2동</dd></dl>
    <dl class="date"><dt>등록일</dt><dd>2026-07-24</dd></dl>
  </div>
  <div class="form_group">
    <dl class="content">
      <dt>글내용</dt>
      <dd>
        <pre>제공일자 : 2026. 07. 23. (목)
담당부서 : 고산2동 행정복지센터
담 당 자 : 찾아가는복지전담팀장 조하련
전 화 : 053-666-3955

대구 수성구 고산2동 새마을부녀회와 새마을협의회는 지난 22일, 무더운 여름철을 맞아 지역 어르신들의 건강한 여름나기를 응원하기 위해 복맞이 사랑의 무료급식 행사를 개최했다.

이날 행사는 청곡종합사회복지관에서 진행됐으며, 회원들이 정성껏 준비한 곰국과 다양한 밑반찬을 어르신들에게 제공하며 건강한 여름나기를 기원하고 안부를 나누는 뜻깊은 자리가 됐다.

또한 행사에 참석하지 못한 분들에게도 따뜻한 마음이 전달될 수 있도록 고산2동 행복나눔곳간에 곰국을 후원했다. 앞으로도 지역사회와 함께하는 나눔 활동을 꾸준히 이어가겠다고 전했다.</pre>
      </dd>
    </dl>
  </div>
</div>
"""

if __name__ == "__main__":
    os.makedirs(ART, exist_ok=True)
    for name, text in A.items():
        with open(os.path.join(ART, name), "w", encoding="utf-8") as handle:
            handle.write(text)
        print(name, len(text))
