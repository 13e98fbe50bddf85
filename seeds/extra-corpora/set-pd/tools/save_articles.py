"""Write set-pd's articles exactly as copied out of the GitHub files (strings decoded, nothing else changed).

Sources (the search tool gives file ids, not repository paths):
  pd-01 file id 58756598985  yanggu parser vitest test: detail-markup title + 작성일, const bodyHtml = [...] (joined " ")
  pd-02 file id 58887822216  bsseogu parser vitest test: detail-markup <h4> title + date <li>, const bodyText = `...`
  pd-03 file id 58809099891  saha parser vitest test: MOCK_DETAIL_HTML template literal (markup kept as it stands)
  pd-04 file id 58937085978  bukgu_ulsan parser vitest test: detail-markup real_tit + 작성일 dd, const bodyText = "..."
  pd-05 file id 54564673075  yangpyeong parser vitest test: const bodyHtml = [...] (joined "<br/>"), first element = title
"""
from pathlib import Path

ART = Path(__file__).resolve().parent.parent / "articles"

# pd-01: title from <div id="user_board_read_title"> (&middot; read as ·), date from <li>작성일 : ...</li>,
# then the bodyHtml array elements, one per line.
PD01 = "\n".join([
    "양구군, 귀어 창업·주택구입 지원사업 대상자 2차 모집",
    "작성일 : 2026-07-24 11:41:35",
    "7월 30일까지 방문 접수…창업자금 최대 3억 원 지원",
    "연 1.5% 저금리 융자로 귀어인의 안정적인 지역 정착 지원",
    "양구군은 귀어를 희망하는 도시민의 안정적인 지역 정착과 어촌사회 활성화를 위해 오는 7월 30일까지 2026년 귀어 창업 및 주택구입 지원사업 대상자를 추가 모집한다.",
    "지원 대상은 사업 신청 연도 기준 만 65세 이하인 귀어업인 또는 재촌 비어업인이며, 창업자금과 주택 구입 자금을 장기 저리로 융자 지원한다.",
    "군은 신청자를 대상으로 사업계획과 자격 요건을 확인하고 대상자를 선정해 어촌 정착 기반 마련을 도울 계획이다.",
]) + "\n"

# pd-02: <h4> title (outer spaces trimmed), <li> date, then bodyText (one line in the source).
PD02 = "\n".join([
    "부산 서구 보건소, 숲속 꿈나무 아토피·천식 예방교실 운영",
    "2026-07-09 11:13:09",
    "부산 서구보건소는 아토피피부염의 올바른 예방관리 습관을 어린 시기부터 형성할 수 있도록 관내 유치원과 어린이집 아동을 대상으로 숲속 꿈나무 아토피·천식 예방교실을 운영한다고 밝혔다. 이번 프로그램은 구덕산 유아숲체험원에서 진행되며 자연 속 체험과 놀이를 접목한 건강교육을 통해 어린이들이 알레르기질환 예방의 중요성을 쉽고 재미있게 배울 수 있도록 구성됐다. 전문 강사가 그림자료와 퀴즈, 율동 등 다양한 활동을 진행하고 식품 알레르기 예방교육도 함께 제공한다. 서구보건소는 앞으로도 아토피·천식 안심학교와 연계한 다양한 예방관리 사업을 지속적으로 추진해 아이들이 건강하게 성장할 수 있는 환경 조성에 최선을 다하겠다고 말했다.",
]) + "\n"

# pd-03: the MOCK_DETAIL_HTML template literal as it stands (it begins with a newline after the backtick).
PD03 = """
<table class="tableSt_view">
  <tbody>
    <tr><th scope="col" colspan="6" class="title">사하구, 주민 중심 쌍방향 소통을 위한 민선 9기 「통하는 구청장실」 본격 가동</th></tr>
    <tr><th id="attachedfile">첨부파일</th><td class="box_file"><a href="#">사하구 보도자료.pdf</a></td></tr>
    <tr>
      <td colspan="6">
        <div class="cont_box">
          사하구는 주민과 더 가까이 소통하기 위해 민선 9기 통하는 구청장실을 본격 가동한다고 밝혔다. 구청장은 현장의 다양한 목소리를 직접 듣고 생활 불편, 안전, 복지, 도시환경 등 주민이 체감하는 현안을 신속하게 확인할 계획이다. 문자 직통 창구와 현장 방문 상담을 함께 운영해 언제 어디서나 쉽게 의견을 전달할 수 있도록 하고, 접수된 의견은 담당 부서 검토와 처리 결과 안내까지 이어지도록 관리한다. 사하구는 이번 소통 창구를 통해 주민 중심 행정을 강화하고 열린 구정 문화를 확산하겠다고 설명했다.
        </div>
      </td>
    </tr>
  </tbody>
</table>
"""

# pd-04: title from <span class="real_tit">, 작성일 from the w_date dl, then bodyText (one line).
PD04 = "\n".join([
    "북구, 제6기 지역사회보장계획 수립 공청회 개최",
    "작성일 2026-07-27",
    "울산 북구는 27일 구청 대회의실에서 지역사회보장협의체 위원, 사회보장 분야 유관기관 관계자, 주민 등이 참석한 가운데 제6기 지역사회보장계획 수립을 위한 공청회를 열었다. 이날 공청회에서는 연구용역 결과를 바탕으로 마련한 계획안의 비전과 추진전략을 공유하고 다양한 의견을 수렴했다. 북구는 후속 절차를 거쳐 계획을 최종 확정하고 누구도 소외되지 않는 지역 복지 기반을 만들어 갈 예정이다.",
]) + "\n"

# pd-05: the bodyHtml array elements, one per line (the first element is the title; the detail markup
# of the test has no date).
PD05 = "\n".join([
    "단월면 부안2리,‘달리는 행복 나눔 이웃들’로 행복 충전!",
    "양평군 단월면과 양평군 무한돌봄센터는 지난 22일 부안2리 마을회관에 주민들을 위한 찾아가는 보건복지 서비스인 달리는 행복 나눔 이웃들 행사가 성공적으로 개최했다고 밝혔다.",
    "이날 행사에는 비가 오는 궂은 날씨에도 불구하고 마을주민과 어르신 40여명이 방문하여 높은 관심과 참여를 보였다.",
    "현장에서는 어르신들의 건강과 일상생활에 도움을 줄 수 있는 다채로운 프로그램이 제공되어 큰 호응을 얻었다.",
    "앞으로도 주민들의 일상에 실질적인 힘이 되는 복지서비스를 지속적으로 발굴하여 추진하겠다고 밝혔다.",
]) + "\n"

FILES = {
    "pd-01-yanggu.txt": PD01,
    "pd-02-bsseogu.txt": PD02,
    "pd-03-saha.html": PD03,
    "pd-04-bukgu-ulsan.txt": PD04,
    "pd-05-yangpyeong.txt": PD05,
}

if __name__ == "__main__":
    ART.mkdir(parents=True, exist_ok=True)
    for name, text in FILES.items():
        (ART / name).write_text(text, encoding="utf-8")
        print(name, len(text))
