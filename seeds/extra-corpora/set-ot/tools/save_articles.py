#!/usr/bin/env python3
"""Writes set-ot articles exactly as copied out of the GitHub files (read_file output of the index).

HTML fragments: the content of the fixture's MOCK_DETAIL_HTML template literal (between the backticks), unchanged.
String data: the text with escapes decoded and line breaks kept, record fields as lines in record order.
"""
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ART = os.path.join(HERE, "articles")

A = {}

# file id 54574225368 (hongcheon vitest fixture), const MOCK_DETAIL_HTML = `...`
A["ot-01-hongcheon-pressrelease.html"] = """
<table class="p-table block" data-table="rwd">
  <tbody class="p-table--th-left">
    <tr>
      <th scope="row">작성부서</th><td>행복나눔과</td>
      <th scope="row">등록일자</th><td>2026-07-15</td>
    </tr>
    <tr class="p-table__subject">
      <th scope="row">제목</th>
      <td colspan="3"><span class="p-table__subject_text">홍천군, 주거 인프라 연계 돌봄서비스</span></td>
    </tr>
    <tr>
      <td colspan="4">
        홍천군이&nbsp;고령자&nbsp;복지주택&nbsp;등&nbsp;주거&nbsp;공간을&nbsp;기반으로&nbsp;추진&nbsp;중인&nbsp;주거&nbsp;인프라&nbsp;연계&nbsp;돌봄서비스&nbsp;시범&nbsp;사업이&nbsp;어르신들의&nbsp;생활&nbsp;안정과&nbsp;돌봄&nbsp;공백&nbsp;해소에&nbsp;성과를&nbsp;내고&nbsp;있다.<br />
        이&nbsp;사업은&nbsp;어르신들이&nbsp;현재&nbsp;살고&nbsp;있는&nbsp;지역사회&nbsp;안에서&nbsp;최대한&nbsp;오래&nbsp;안전하게&nbsp;생활할&nbsp;수&nbsp;있도록&nbsp;돕는&nbsp;예방적&nbsp;돌봄서비스라는&nbsp;점에서&nbsp;의미가&nbsp;크다.<br />
        홍천군은&nbsp;노인복지관과&nbsp;업무협약을&nbsp;체결하고&nbsp;AI&nbsp;케어콜&nbsp;안부&nbsp;확인,&nbsp;방문&nbsp;말벗&nbsp;지원,&nbsp;건강관리,&nbsp;여가교육&nbsp;프로그램&nbsp;등을&nbsp;통합&nbsp;제공했다.<br />
        군은&nbsp;참여자&nbsp;모집률,&nbsp;서비스&nbsp;제공&nbsp;건수,&nbsp;사업&nbsp;만족도,&nbsp;프로그램&nbsp;참석률&nbsp;등&nbsp;성과지표가&nbsp;목표를&nbsp;달성했다며&nbsp;앞으로도&nbsp;지역&nbsp;특성에&nbsp;맞는&nbsp;통합돌봄&nbsp;체계를&nbsp;확대하겠다고&nbsp;밝혔다.
      </td>
    </tr>
  </tbody>
</table>
"""

# file id 54526683092 (osan vitest fixture), const MOCK_DETAIL_HTML = `...`
A["ot-02-osan-pressrelease.html"] = """
<div class="bod_wrap">
  <div class="bod_view">
    <h4>2026년 7월 20일 보도자료 </h4>
    <div class="view_info">
      <ul class="clFix">
        <li class="view_write"><span>작성자</span> : 홍보담당관</li>
        <li class="view_date"><span>등록일</span> : 2026-07-20</li>
      </ul>
    </div>
    <div class="view_cont ">
      <div class="mT10">
        오산시는 지역 내 어려운 이웃을 돕기 위한 주민 기탁과 복지 연계 사업을 지속적으로 추진하고 있다.<br><br>
        이번 보도자료는 익명의 주민이 성금 50만 원을 기탁하며 어려운 이웃에게 작은 보탬이 되기를 바란다는 뜻을 전한 내용을 담고 있다.<br><br>
        시는 기탁자의 뜻에 따라 도움이 필요한 가구를 발굴하고 맞춤형 복지 서비스를 연계할 계획이다. 또한 지역사회보장협의체와 협력해 복지 사각지대 해소를 위한 활동을 강화한다.<br><br>
        관계자는 시민들의 따뜻한 관심과 참여가 지역 공동체를 지탱하는 큰 힘이라며 앞으로도 나눔 문화 확산에 노력하겠다고 밝혔다.
      </div>
    </div>
    <dl class="view_file clFix">
      <dt><span>첨부 파일</span></dt>
      <dd>
        <a href="#" onclick="fn_egov_downFile('20f80b78cd99d859ee53bc97a1cee32c9a7d63e0b01f03c076c1c4355965761a','f9a1967c526603d17ab488b9d2747cda'); return false;">
          <span class="mR5">보도자료(2026.7.20.누리집).hwp</span>
        </a>
      </dd>
    </dl>
  </div>
</div>
"""

# file id 54582462087 (daedeok vitest fixture), const MOCK_DETAIL_HTML = `...`
A["ot-03-daedeok-pressrelease.html"] = """
<table class="board_view">
  <tbody>
    <tr>
      <td class="bmtext"class="tmptext">
        대전 대덕구 회덕동, 경로당 노후 멀티탭 교체로 화재예방·탄소중립 실천<BR />
        대전 대덕구 회덕동은 경로당 이용 어르신들의 안전을 강화하고 생활 속 탄소중립 실천을 확산하기 위해 지역 경로당을 대상으로 자원순환 및 화재예방 프로그램을 마무리했다고 밝혔다.<BR />
        이번 프로그램은 대덕탄소중립생활실천센터가 추진하는 탄소중립생활실천연대 사업과 연계해 운영됐으며, 지역 인구 특성과 주민 수요를 반영한 주민 참여형 생활밀착 모델로 기획됐다.<BR />
        회덕동은 이번 경로당 지원을 시작으로 폭염과 안전사고에 취약한 저소득층 가구와 홀몸 어르신 세대로 지원 범위를 단계적으로 확대할 계획이라고 설명했다.
      </td>
    </tr>
  </tbody>
</table>
"""

# file id 54697081968 (donghae vitest fixture), const MOCK_DETAIL_HTML = `...`
A["ot-04-donghae-pressrelease.html"] = """
<table class="p-table block" data-table="rwd">
  <tbody class="p-table--th-left">
    <tr class="p-table__subject">
      <td colspan="2"><span class="p-table__subject_text">동해시, 시민 제안 34건 시정에 담는다</span></td>
    </tr>
    <tr>
      <td colspan="2" class="p-table__content">
        동해시가 민선9기 출범을 앞두고 운영한 당선인에게 바란다를 통해 접수된 시민 제안을 시정 운영에 적극 반영한다.<br />
        시는 지난 6월 12일부터 19일까지 시청 홈페이지를 통해 시민 제안을 접수했으며 관련 부서 검토를 거쳐 결과를 공개했다.<br />
        접수된 제안은 관광과 미래산업, 도시개발, 청년정책, 복지, 교통안전 등 시정 전반에 걸친 정책 아이디어를 담고 있었다.<br />
        동해시는 이번 시민 제안을 주요 정책 수립 과정에 반영해 시민이 체감하는 참여행정을 실현해 나갈 계획이라고 밝혔다.
      </td>
    </tr>
  </tbody>
</table>
"""

# file id 54790758612 (taebaek vitest fixture), const MOCK_DETAIL_HTML = `...`
A["ot-05-taebaek-pressrelease.html"] = """
<table class="bbs_default view">
  <tbody>
    <tr>
      <th scope="row">내용</th>
      <td title="내용" class="bbs_content">
        태백시(시장 이상호)는 외국인 계절근로자 협력도시인 필리핀 마발라캇시 대표단이 양 도시 간 우호협력 강화와 외국인 계절근로자 운영체계 발전 방안을 논의하기 위해 태백시를 방문한다고 밝혔다.<br/>
        이번 방문은 해외 파견 계절근로자 근무 점검 및 이탈 방지, 근로자 격려 정책에 따라 추진되는 것으로, 대표단은 농가와 숙소를 방문해 근무환경을 점검하고 근로자들을 격려할 예정이다.<br/>
        대표단은 태백시와 외국인 계절근로자 운영 현황을 공유하고, 양 도시 실무진 간 의견을 교환하며 보다 안정적이고 발전적인 운영체계 구축 방안을 논의할 계획이다.<br/>
        태백시는 앞으로도 협력도시와 긴밀한 협력을 이어가며 근로자들이 안심하고 근무할 수 있는 환경 조성과 안정적인 인력 수급체계 구축에 최선을 다하겠다고 설명했다.
      </td>
    </tr>
  </tbody>
</table>
"""

# file id 54877653160 (cheorwon vitest fixture), const MOCK_DETAIL_HTML = `...`
A["ot-06-cheorwon-pressrelease.html"] = """
<table class="p-table block" data-table="rwd">
  <tbody class="p-table--th-left">
    <tr>
      <td colspan="2"><span class="p-table__subject_text">꽃잎 가득한 와수마을, 봄꽃 마실 축제 개최</span></td>
    </tr>
    <tr>
      <td colspan="2" title="내용" class="p-table__content">
        서면사무소 마을공동체에서 추진하는 봄꽃 마실 축제가 와수시가지 회전교차로 일원에서 진행된다.<br />
        이번 축제는 개막식을 시작으로 봄의 정취를 담은 다양한 볼거리와 체험프로그램을 통해 주민과 방문객들에게 특별한 하루를 선사할 예정이다.<br />
        마을 주민들은 지역 상권 활성화와 공동체 회복을 위해 행사를 준비했으며, 안전 관리와 교통 안내를 병행해 방문객 불편을 최소화할 계획이다.<br />
        철원군은 앞으로도 지역 특색을 살린 축제와 문화 행사를 지속적으로 지원하겠다고 밝혔다.
      </td>
    </tr>
  </tbody>
</table>
"""

# file id 59318276651 (Python Korean TTS text cleaner; commented-out test_sentence = """...""").
# The comment markers ('    # ' at the start of each continuation line, '    #     test_sentence = """' before the
# first line) are code, not text: they are dropped; the string's line breaks are kept.
A["ot-07-asianews-gangdong.txt"] = (
    "[아시아뉴스통신=장세희 기자] 강동구(구청장 이정훈) 성내1동주민센터는 \"22일(화) 16시에 ‘강동무료중식봉사회(회장: 정관훈)’ 주관 하에 관내 어르신 60명을 대상으로 ‘독거 어르신께 달려가는 성내1동 짜장Day’ 사업을 시행한다.\"라고 밝혔다.\n"
    "이번 사업은 신종 코로나바이러스 감염증(코로나19)으로 인한 사회적 거리두기가 장기화됨에 따라, 지역 내 저소득 독거 어르신들의 우울증과 결식 가능성을 방지하기 위해 추진되었다. 특히, 위드코로나 시대에 맞춰 '비대면 배달서비스' 방식을 통해 어르신 식사 대접을 진행한다.\n"
    "'강동무료중식봉사회' 회원들의 자발적 참여로 음식조리(짜장면 및 탕수육)와 비대면 배달서비스 등이 이루어진다. 또한, 어르신 건강에 필요한 지압기, 방석등도 전달되며 서비스 전후로 담당 복지플래너를 통해 어르신 건강 안부확인과 배달일정 안내 등이 함께 이루어질 예정이다.\n"
    "한원모 성내제1동장은 \"이번 사업이 사회적 거리두기 장기화로 인해 마음 고생이 심했을 독거어르신들께 조금이나마 힘이 되길 바란다. 항상 안전수칙을 준수하고 감염병 홍보활동 등에 힘써 주민들이 마음 편히 복지서비스를 누릴 수 있도록 노력하겠다.\" 라고 말했다.\n"
    "한편, 이번 사업은 '성내1동 나눔가게-차이젠 해물왕짬뽕(대표 고원영)'의 후원을 통해 진행되던 독거어르신 식사대접 행사(이상 성내1동 짜장Day)의 연속적 성격을 띤다. 성내1동은 지난해부터 올해 초까지 월1회 정기행사를 통해 저소득 독거 어르신 총 240명을 대상으로 식사대접(짜장면, 볶음밥 등)과 건강상태 확인 등을 진행한 바 있다."
)

# file id 12996764760 (React 'Team' page of a meal-voucher startup; <MainNewsItem title="..." desc="..." url="..."/>).
# Record fields in order: title, desc (body); the url prop is a link, not title/date/outlet, and is not copied.
A["ot-08-nabiyam-gangseo.txt"] = (
    "나눔비타민-강서구-건협, 결식 우려 아동 지원을 위한 업무협약 체결\n"
    "사회 각층의 결식문제 해결 및 지역 상권 활성화를 위한 모바일 식권 플랫폼 ‘나비얌’을 운영하는 주식회사 나눔비타민(대표 김하연)은 강서구(구청장 진교훈)·건강관리협회(회장 김인원, 이하 건협)와 결식 우려 아동 지원을 위한 업무협약을 체결했다. 협약에 따라 구는 결식이 우려되는 저소득 가정 아동을 발굴·선정하는 등 행정적 지원을, 건협은 식사 쿠폰 구입에 필요한 비용 1억 5000만 원 전액 지원을, 나눔비타민은 식사쿠폰 사용 플랫폼인 나비얌 운영관리를 맡는다."
)

if __name__ == "__main__":
    os.makedirs(ART, exist_ok=True)
    for name, text in A.items():
        with open(os.path.join(ART, name), "w", encoding="utf-8") as f:
            f.write(text)
        print(name, len(text))
