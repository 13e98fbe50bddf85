"""Write set-pc articles exactly as copied from the GitHub files (markup kept as it stands in the file).

Sources (read with the read_file tool; repository path not given by the tool for these ids):
- file id 25810847326: saved homepage snapshot of jejutwn.com (제주교통복지신문), an HTML page; four article
  boxes copied from their <li>/<a> element to its closing tag, tabs as in the file.
- file id 54534119904: vitest test 'boseong parser 회귀 방어'; the MOCK_DETAIL_HTML template literal as it stands.
"""
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "articles"

T = "\t"

ARTICLES = {}

# art_box no=8132 (복지 section of the jejutwn.com homepage snapshot)
ARTICLES["pc-01-jejutwn.html"] = (
    T * 4 + "<li > \n"
    + T * 3 + '<div class="art_box">\n'
    + T * 4 + '<a href="/news/article.html?no=8132">\n'
    + T * 5 + '<h2 class="ofe">저소득층 자활사업 예산 증액, 빈곤탈출 돕는다</h2>\n'
    + T * 5 + "\n"
    + T * 10 + "<div>\n"
    + T * 12 + '<p class="ffd clamp c3">제주도는 저소득층 탈 빈곤 촉진을 위해 자활근로사업 등에 전년 대비 9억이 증가한 총 92억원을 투입한다고 밝혔다. 이에 일을 통한 근로 빈곤층의 자립 강화 사업으로 자활근로사업, 자산형성지원 사업에 72억원이 지원된다. 특히 청년희망키움통장 사업은 올해 4월부터 신규사업으로 추진되는 사업으로 소득이 있는 청년 생계수급자가 매월 본인부담금 10만원 입금하면 청년희망키움장려금 매칭 지원금이 입금되어 3년 후 탈수급시 평균 1,500만원을 수령할 수 있다. 자활기능경연 및 자활상품 전시홍보, 일하는 저소득층의 자격취득 지원사업, 저소득 일자리 상담 및 자활생산품 홍보 지원, 지역자활센터 사례관리사업 운영비 지원, 자활사업 참여자 역량강화 교육지원, 취약계층 고용복지 통합서비스 사업 등 7개 사업에는 14억이 지원된다. 올해부터는 자활기업이 금융회사 등으로부터 대여 받은 자금의 이차보전율 지원, 자활기업 등 지역특성화 사업 지원 등 8개 사업에 6억 3천만원이 지원되며, 제주자활의 공동브랜드 제작, R&amp;D를 통한 제품개선, 상품별 디자인 패키지 개발을 통하여 자활상품의 경쟁력 확보 및 판매증진 등에도 5천만원이 지원된다.</p>\n'
    + T * 18 + '<span><img src="http://www.jejutwn.com/data/cache/public/photos/20180312/art_15214207746141_28cf7a_90x60_c0.jpg" alt=""></span>\n'
    + T * 11 + "</div>\n"
    + T * 9 + "</a>\n"
    + "\n"
    + T * 7 + "</div>\n"
    + T * 2 + "</li>\n"
)

# art_box no=8121 (복지 section)
ARTICLES["pc-02-jejutwn.html"] = (
    T * 4 + "<li > \n"
    + T * 3 + '<div class="art_box">\n'
    + T * 4 + '<a href="/news/article.html?no=8121">\n'
    + T * 5 + '<h2 class="ofe">장애인 고용촉진장려금 신청 접수</h2>\n'
    + T * 5 + "\n"
    + T * 10 + "<div>\n"
    + T * 12 + '<p class="ffd clamp c3">제주시는 16일, 장애인을 채용한 사업체에 장애인고용촉진장려금을 지원한다고 밝혔다. 지원대상은 상시근로자 5인 이상 50인 미만의 사업체로서, 장애인을 고용한지 3개월이 경과하고, 최저임금법에 의한 최저임금 이상을 지급한 사업체가 해당되며, 업체 당 장애인 45명까지 지원가능하다. 지급금액은 장애의 등급 및 성별에 따라 차등 지급하고 있으며 여성장애인은 40에서 60만원,남성장애인은 30에서 50만원까지 지원된다. 제주시에서는 지난해 132개 업체에 632명을 고용하여 17억 6백만원을 지원한 바 있다. 장애인고용촉진 장려금은 각 분기별로 업체 소재지의 관할 주민센터로 신청하면 된다.</p>\n'
    + T * 18 + '<span><img src="http://www.jejutwn.com/data/cache/public/photos/20180311/art_15211616875522_eb7593_90x60_c0.jpg" alt=""></span>\n'
    + T * 11 + "</div>\n"
    + T * 9 + "</a>\n"
    + "\n"
    + T * 7 + "</div>\n"
    + T * 2 + "</li>\n"
)

# art_box no=8123 (hdl_003 list of the main column)
ARTICLES["pc-03-jejutwn.html"] = (
    T * 4 + "<li > \n"
    + T * 3 + '<div class="art_box">\n'
    + T * 4 + '<a href="/news/article.html?no=8123">\n'
    + T * 5 + '<h2 class="ofe">강정마을 주민에 건강, 심리 지원사업 실시</h2>\n'
    + T * 5 + "\n"
    + T * 10 + "<div>\n"
    + T * 12 + '<p class="ffd clamp c3">제주도와 제주도광역정신건강복지센터는 지난 15일부터 강정마을주민 1,918명을 대상으로 한 주민건강조사를 시작했다고 밝혔다. 이번 조사는 지난 2007년부터 시작된 제주민군복합형관광미항건설로 인한 강정마을주민의 신체적, 심리적 건강상태를 파악하여 앞으로의 심리지원사업 목적으로 사용된다. 제주도는 지난 10여 년간 민군복합관광미항건설로 인한 갈등을 겪고 있는 강정마을 주민들의 정신적, 신체적 고통을 다시 살펴봄으로써 갈등을 해소하고 건강한 생활로 주민들이 화합할 수 있는 계기가 될 것으로 기대한다. 한편 이번건강조사와 함께 5월부터는 심리지원 사업의 일환으로 정신건강교육 및 치유프로그램, 정신건강의학과 의료비 지원 등의 서비스도 지원될 예정이다.</p>\n'
    + T * 18 + '<span><img src="http://www.jejutwn.com/data/cache/public/photos/20180311/art_15211623839718_750855_90x60_c0.jpg" alt="강정마을 주민에 건강, 심리 지원사업 실시"></span>\n'
    + T * 11 + "</div>\n"
    + T * 9 + "</a>\n"
    + "\n"
    + T * 7 + "</div>\n"
    + T * 2 + "</li>\n"
)

# top_art of the 인물 · 동정 box (arl_033), no=8127: the longer of the two teasers of this article on the page
ARTICLES["pc-04-jejutwn.html"] = (
    T * 12 + '<a href="/news/article.html?no=8127">\n'
    + T * 4 + '<i class="ofe">하버드대학원생들, 제주의 환경보전 정책에 공감</i>\n'
    + T * 4 + "<div>\n"
    + T * 5 + '<span><img src="http://www.jejutwn.com/data/cache/public/photos/20180311/art_15211787782379_3d6525_118x78_c0.jpg" alt="" width="118" height="78"></span>\n'
    + T * 5 + '<b class="clamp c4 ffd">미국 하버드대 대학원생들이 제주도의 ‘청정과의 공존’을 핵심가치로 하는 환경보전 정책에 적극 공감했다. 미국과 캐나다, 인도, 영국 등 다양한 국적의 대학원생 24명으로 구성된 미국 하버드대 공공정책 전문대학원 ‘케네디스쿨’ 한국방문단이 우리나라의 지방자치를 배우고, 환경문화 탐방을 위해 15일 제주를 찾았다. 이들은 이날 제주도청을 방문하고, 원희룡 지사와 환담했다. 원 지사는 “세계에서 생물권보전지역·세계자연유산·세계지질공원 등 유네스코 3관왕을 차지한 곳은 제주가 유일하다”며 “람사르습지와 더불어 열대 북방한계 식물과 한대 남방한계 식물이 공존하는 곶자왈을 보유한 세계에서 가장 아름다운 섬”이라고 소개했다. 이어 "청정한 제주환경을 지키기 위해 카본프리 아일랜드 2030 프로젝트를 추진하고, 난개발을 막기 위해 제도를 개선하고 있다”며, “제주는 고도의 자치권이 보장된다는 점에서 스마트그리드, 무인자동차 등 4차 산업혁명 관련 새로운 기술과 제도를 테스트해 볼 수 있는 최적지”라고 강조했다.  이에 면담에 참석한 김정윤 학생은 “환경과 개발의 균형을 맞추기 위한 다양한 정책들이 좋았다”면서 “미국에서는 보수가 개발에 관심이 많은데 중도보수임에도 불구하고</b>\n'
    + T * 4 + "</div>\n"
    + T * 3 + "</a>\n"
)

# boseong vitest fixture: MOCK_DETAIL_HTML template literal (leading newline kept)
ARTICLES["pc-05-boseong.html"] = """
<head>
  <meta property="og:title" content="재부산보성군향우회 김인평 회장, 고향사랑기부금 300만 원 기탁">
</head>
<div class="photo_view">
  <span>작성일 2026.07.21 17:06</span>
  <div class="board_cont">
    <div class="photo_view">
      <img src="/build/images/example.jpg" alt="재부산보성군향우회 김인평 회장이 고향사랑기부금 300만 원을 보성군에 기탁하며 고향 사랑을 실천했다.">
    </div>
    <p>
      재부산보성군향우회 김인평 회장, 고향사랑기부금 300만 원 기탁<br>
      누적 900만 원 기부와 정기 후원까지 이어지는 변함없는 애향심을 실천했다.<br>
      보성군은 재부산보성군향우회 김인평 회장이 고향사랑기부금 300만 원을 기탁하며 고향 사랑을 실천했다고 밝혔다.<br>
      김 회장은 고향사랑기부제 시행 첫해부터 꾸준히 기부를 이어왔으며, 지역사회 발전과 주민 복지 증진을 위한 나눔도 지속하고 있다.<br>
      군은 고향사랑기금을 활용해 청년 지원과 주민 복리 증진, 문화·복지사업 등 다양한 기금사업을 추진하고 있다.
    </p>
    <a>목록</a> 본 저작물은 공공누리 안내입니다.
  </div>
</div>
"""

if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print(name, len(text))
