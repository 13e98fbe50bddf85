"""Write set-og's articles from the strings as copied out of the GitHub files (escapes decoded).

Records: their own title / date fields are written as lines above the body, in the record's order
(title line, blank line, date line, blank line, body), the same unwrapping set-od used for the same PostgreSQL dump.
Markup (HTML fragments in a JSP page or in a test's template literal) is written as it stands.
"""
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "articles"
OUT.mkdir(exist_ok=True)

# og-01: vitest test 'ulju_ulsan parser 회귀 방어' (index file id 58839557607). The detail markup is the template
# literal `html` of the second test; its ${bodyText} is the string constant bodyText just above it (substituted).
OG01_BODYTEXT = "울산 울주군이 최근 마른 장마와 고온다습한 날씨로 인해 모기 등 해충이 급증함에 따라 방역 비상체계를 가동한다고 밝혔다. 울주군에 따르면 올해는 장마철 강수량이 적고 고온다습한 환경이 이어지면서 웅덩이와 하천변 등 모기 번식에 최적의 조건이 조성됐다. 이에 따라 군민 불편을 최소화하고 감염병 발생을 예방하기 위해 울주군 전역을 대상으로 유충 구제 사업을 대폭 강화해 추진한다. 방역반은 정화조, 하수구, 연못 등 모기 서식 우려 지역에 대한 예찰과 친환경 약품 투여를 병행한다."
OG01 = (
    "\n"
    "      <div class=\"bod_wrap\">\n"
    "        <div class=\"bod_view\">\n"
    "          <h4>울주군, 모기·해충 방역 비상체계 가동</h4>\n"
    "          <div class=\"view_info\"><ul><li class=\"view_date\"><span>등록일</span> : 2026-07-27</li></ul></div>\n"
    "          <div class=\"view_cont\"><div class=\"mT10\">" + OG01_BODYTEXT + "<br /><br />문의처:건강관리과</div></div>\n"
    "          <dl class=\"view_file clFix\"><dt><span>첨부 파일</span></dt><dd>JPEG files</dd></dl>\n"
    "        </div>\n"
    "      </div>\n"
    "    "
)

# og-02: hychankim/newjjins JSP page po2023111090016987990268.jsp, lines 171-204 (<div class="press"> .. [Source] h6)
OG02 = '  <div class="press">\n    <h3>김포시 서울 편입?…野 박주민 "의문점 있다"</h3><h6>김유성  2023. 11. 1. 09:00</h6>\n    <div class="article_view" data-tiara-action-name="본문이미지확대_클릭" data-tiara-layer="article_body" data-translation-body="true">\n\n      <section dmcf-sid="XlIGiYg1oj">\n\n        <figure class="figure_frm origin_fig" dmcf-pid="ZyS5gZA0kN" dmcf-ptype="figure">\n        <p class="link_figure"></p>\n        </figure>\n        <figure class="figure_frm origin_fig" dmcf-pid="5jgr2w8Cga" dmcf-ptype="figure">\n        <p class="link_figure"></p>\n        </figure>\n        <figure class="figure_frm origin_fig" dmcf-pid="1HW3AFD7ag" dmcf-ptype="figure">\n        <p class="link_figure"></p>\n        </figure>\n  <p><div class="article_view" data-tiara-action-name="본문이미지확대_클릭" data-tiara-layer="article_body" data-translation-body="true">\n<section dmcf-sid="Zqc3RibDjA">\n<p dmcf-pid="59wuigVsoj" dmcf-ptype="general"> [이데일리 김유성 기자] 박주민 더불어민주당 원내수석부대표는 1일 BBS라디오 ‘전영신의 아침저널’ 인터뷰에서 최근 여권에서 제기한 ‘서울·김포시 편입’ 문제를 놓고 “의문점이 있다”고 밝혔다. 그동안 추진해왔던 국토균형발전 계획에 차질을 빚을 수 있고 총선용 공약이라고 그는 추정했다. </p>\n<figure class="figure_frm origin_fig" dmcf-pid="1ey8DsJGoN" dmcf-ptype="figure">\n<p class="link_figure"><img alt="인사말 하는 박주민 의원 (사진=연합뉴스)" class="thumb_g_article" data-org-src="https://t1.daumcdn.net/news/202311/01/Edaily/20231101090051769tptj.jpg" data-org-width="514" dmcf-mid="XZr7nafOjc" dmcf-mtype="image" height="auto" src="https://img3.daumcdn.net/thumb/R658x0.q70/?fname=https://t1.daumcdn.net/news/202311/01/Edaily/20231101090051769tptj.jpg" width="658"/></p>\n<figcaption class="txt_caption default_figure">\n            인사말 하는 박주민 의원 (사진=연합뉴스)\n           </figcaption>\n</figure>\n<div dmcf-pid="tPh9jExvja" dmcf-ptype="general">\n           1일 박 원내수석부대표는 “단순하게 ‘김포가 서울로 들어온다’로 되는 문제가 아니다”면서 “경기도와 서울의 역할 문제라든지, 다른 지방과의 문제라든지 또는 더 넓게 보면 ‘지역 균형발전은 어떻게 되냐’라는 얘기가 벌써부터 나오고 있다”고 말했다. \n          </div>\n<p dmcf-pid="F7jtxdqkAg" dmcf-ptype="general">그는 “이런 것을 차분히 검토하면서 얘기가 나와야 하는데, (여권이) 많이 급한 가”라고 의문을 제기했다. 내년 총선 경기도에서 여당이 불리할 것이라는 관측이 우세한 가운데 서울·김포시 편입을 통해 국면을 전환할 것이라는 뜻이다. 김포시민 중 일부는 이를 환영하고 있고 구리·광명·하남 등 서울 권역 경기도 중소 도시도 들썩이는 분위기다. </p>\n<p dmcf-pid="3Bk0enKwao" dmcf-ptype="general">김포시 지역구 민주당 의원들은 물론 민주당 지도부에서도 뚜렷한 입장을 내놓지 않은 상황에서 박 원내수석부대표는 “여러 고민을 (당 차원에서) 고민하고 있을 것”이라고 말했다. 무조건 반대할 수도, 섣불리 따라갈 수도 없는 당 지도부의 입장을 반영한 것이다. </p>\n<p dmcf-pid="0IKE10hVcL" dmcf-ptype="general">박 원내수석부대표는 지금까지 진행됐던 메가시티론에 대한 우려도 했다. 부산 등 서울 이외 지방에서도 메가시티를 조성해 지역 균형발전을 하겠다는 계획이 자칫 무너질 수 있기 때문이다. 박 원내수석부대표는 “경남 지역에서는 자치단체장들끼리 협약까지 이뤄지는 성과가 나왔는데, 이런 것들이 다 사라지면서 갑자기 서울만 대폭 키우겠다는 건가”라고 말하기도 했다. </p>\n<p dmcf-pid="pT8OUqWQgn" dmcf-ptype="general">그는 “지금 이 주장이 어느 정도 현실성이 있는지, 또 어떤 영향을 미칠지에 대한 검토가 되면서 진행이 돼야 하고, 그런 거 없이 막 던지기만 하면 굉장히 아픈 상처만 남길 수 있다”고 우려했다.</p>\n<p dmcf-pid="URT4EmdYgi" dmcf-ptype="general">김유성 (kys401@edaily.co.kr) </p>\n</section>\n</div></p></section></div><h6>[Source : 이데일리]</h6></div>\n'

# og-03: PostgreSQL dump (COPY public.news), row news_id 15 (index file id 58442647902): title, contents, ..., date
OG03_TITLE = "울산쇠부리축제 5월 8∼10일 달천철장·북구청서 개최"
OG03_DATE = "2026-01-29 10:37:10"
OG03_BODY = "울산 연합뉴스 장지현 기자 제22회 울산쇠부리축제가 5월 8 10일 달천철장과 북구청 광장에서 이천년 철의 역사! 문화로 타오르다! 를 주제로 열린다. 두 개의 공간, 두 배의 즐거움 이라는 콘셉트로 달천철장에서는 울산쇠부리문화의 정체성을 담은 프로그램을, 북구청 광장에서는 울산쇠부리문화를 재해석한 프로그램을 선보인다. 울산쇠부리대장간, 타악페스타, 시민콘서트, 쇠부리 흥가요제, 철철철 노리터, 쇠부리체험존, RC카 레이싱, 정크아트 등 다양한 체험 프로그램이 준비된다."

# og-04: same dump, row news_id 19
OG04_TITLE = "제주관광공사, 한국마사회와 말(馬) 활용 특화 콘텐츠 만든다"
OG04_DATE = "2026-01-29 10:34:42"
OG04_BODY = "붉은 말의 해 를 맞아 제주관광공사가 한국마사회 제주본부와 손잡고 말을 활용한 굿즈 제작 등 특화 콘텐츠 개발에 나선다. 제주관광공사는 한국마사회 제주본부와 지난 28일 렛츠런파크 제주에서 제주 말 馬 문화 특화 콘텐츠 개발 및 제주관광 활성화를 위한 업무협약 을 체결했다고 29일 밝혔다. 이번 업무협약은 2026년 병오년 붉은 말의 해 를 맞아 제주 고유문화이자 핵심 자산인 말 문화를 관광 자원화함으로써 제주관광의 새로운 성장 동력을 확보하기 위해 마련됐다. 양 기관은 이번 업무협약을 통해 한국마사회의 공식 캐릭터인 말마 프렌즈 를 적극 활용해 올 한해 다양한 협업 굿즈를 선보일 예정이다. 또 주요 관광 거점에서 말 관련 다채로운 현장 이벤트를 개최해 제주만의 친근하고 매력적인 말 문화 경험을 선사할 계획이다. 고승철 제주관광공사 사장은 제주 고유의 말 문화 가치를 현대적 관광 콘텐츠로 재해석하여 제주가 글로벌 말 문화 관광의 메카로 도약할 수 있도록 노력하겠다 고 말했다."

# og-05: React Native screen AdditionalMoreDescScreen (index file id 21116886989): the <Text> nodes in order,
# one per paragraph (as set-e did for AdditionalMoreDesc8Screen of the same app)
OG05_NODES = [
    "서울시 청년 중개. 이사비 지원사업 시작",
    "이사는 너무 어려워!",
    "청년 중개·이사비 40만원 지원",
    "🌟 서울시 부동산 지원 프로그램 개선",
    "서울시는 청년들의 부담을 줄이기 위해 부동산 중개보수와 이사비를 지원하는 프로그램을 운영하고 있습니다. 이 프로그램은 학업이나 구직으로 인해 이사가 잦은 청년들을 대상으로 합니다.",
    "📓 2024년 개선사항",
    "올해, 서울시는 청년들의 의견을 수렴하여 프로그램을 개선했습니다. 첫째로, 지원 대상 기간이 2년 이상으로 확대되었습니다. 이는 서울로 전입하거나 서울 내 이사한 청년들이 더 많은 기회를 가질 수 있도록 한 조치입니다.",
    "🙌🏻  모집 횟수 증가",
    "모집 횟수가 연 1회에서 연 2회로 늘어났습니다. 이로써 이사 시기와 모집 기간이 일치하지 않아 기다려야 했던 청년들도 신속하게 지원을 받을 수 있게 되었습니다.",
    "🕖 선정 소요기간 단축",
    "선정 소요기간이 단축되어 기존보다 더 신속한 지원이 가능해졌습니다. 이는 선정 과정을 효율적으로 개선하여 청년들이 빠르게 지원금을 받을 수 있도록 하기 위한 노력입니다.",
    "📚 지원 대상 및 신청 방법",
    "이 프로그램은 서울로 전입하거나 서울 내에서 이사한 만 19~39세 청년을 대상으로 합니다. 가구당 중위소득이 150% 이하이며, 거래금액이 2억원 이하인 주택에 거주하는 청년들이 지원 대상입니다. 신청은 온라인으로 청년몽땅정보통에서 가능합니다.",
    "📑 제출 서류 및 추가 정보",
    "그밖에 자세한 내용 및 제출서류는 청년몽땅정보통에서 확인할 수 있습니다. 지원 사업명은 '청년 부동산 중개보수 및 이사비 지원사업'입니다. 지원금액은 최대 40만 원이며, 실비로 지원됩니다. 지원 대상자가 많을 경우 사회적 약자와 주거취약 청년을 우선으로 선발하게 됩니다..",
]

# og-06: JS test script (Ollama press-release pipeline), const testArticles[1].content template literal
# (index file id 38604706465). Its name field 'Medium (595 chars) - Gangjin' is not a title/date/outlet: not copied.
OG06 = "강진군 성전면 지역사회보장협의체(위원장 오명종)는 지난 20일 성전면 청년회와 성전면 명동마을 조병곤 씨로부터 이웃돕기 성금 150만 원을 기탁받았다. 이날 청년회(회장 이영수)가 50만 원, 조병곤 씨가 100만 원을 각각 기탁했다. 기탁된 성금은 사회복지공동모금회와 연계해 복지 소외층 긴급지원 및 저소득층 주거환경 개선 등 지역 내 어려운 이웃들을 돕는 데 사용될 예정이다. 청년회와 조병곤 씨는 매년 꾸준히 성금을 기탁하며 지역사회에서 나눔을 실천하고 있다. 이영수 청년회장은 \"앞으로도 지역의 청년들이 함께 나눔에 동참하며 더 살기 좋은 성전면을 만들어 나가겠다\"고 말했다. 조병곤 씨는 \"추운 겨울 어려운 이웃들에게 조금이나마 도움이 됐으면 좋겠다\"고 전했다. 오명종 성전면장은 \"기탁해 주신 분들께 진심으로 감사드리며, 소외된 이웃이 없도록 세심하게 살피겠다\"고 밝혔다."

# (not used: considered and dropped, see GOLD_NOTES) vitest test 'jincheon parser 회귀 방어' (index file id 55022915588), template literal MOCK_DETAIL_HTML as it stands
OG07 = """
<form id="cmsBoardData" name="cmsBoardData">
  <div class="board_view">
    <table class="board_view margin_t_10">
      <tbody>
        <tr>
          <th scope="colgroup" colspan="6" class="view_title last">
            7월 21일 보도자료<img src="/base/imgs/icon/icon_new.gif" alt="새글" />
          </th>
        </tr>
        <tr>
          <th scope="row" class="gray">등록일</th>
          <td>2026-07-21 08:28:18</td>
        </tr>
        <tr>
          <th scope="row" class="gray">첨부파일</th>
          <td colspan="5" class="txt_left">
            <span>진천군 보도자료.hwp</span>
          </td>
        </tr>
        <tr>
          <td colspan="6" class="substance">
            <p>진천군은 지역 주민의 생활 편의를 높이기 위해 우리동네쉼터 조성 사업을 본격적으로 추진한다고 밝혔다.</p>
            <p>이번 사업은 읍면별 수요 조사를 바탕으로 유휴 공간을 주민 휴식 공간으로 정비하고, 폭염과 우천에도 활용할 수 있는 그늘 시설과 의자를 설치하는 것이 핵심이다.</p>
            <p>군은 관계 부서와 협력해 안전 점검을 병행하고, 주민 의견을 반영해 쉼터 운영 시간을 탄력적으로 조정할 계획이다.</p>
            <p>군 관계자는 “주민들이 가까운 생활권에서 편안하게 쉬고 소통할 수 있는 공간을 지속적으로 확충하겠다”고 말했다.</p>
          </td>
        </tr>
      </tbody>
    </table>
  </div>
</form>
"""


def record(*parts):
    return "\n\n".join(parts) + "\n"


ARTICLES = {
    "og-01-ulju-pressrelease.html": OG01,
    "og-02-edaily-gimpo.html": OG02,
    "og-03-yonhap-ulsan-bukgu.txt": record(OG03_TITLE, OG03_DATE, OG03_BODY),
    "og-04-unknown-jeju.txt": record(OG04_TITLE, OG04_DATE, OG04_BODY),
    "og-05-appdigest-seoul.txt": record(*OG05_NODES),
    "og-06-unknown-gangjin.txt": OG06 + "\n",
}

if __name__ == "__main__":
    for name, text in ARTICLES.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print(name, len(text))
