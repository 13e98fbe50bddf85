"""Metadata round 25, from set-gy … hb's misses (read after their judgement): a government board reposting a
paper's story names the paper in a field ('· 신문사 : 헤드라인제주'), prints its board name above the title and a
checkbox before it; OhmyNews's slogan, a CMS's content-area label and a '랭킹뉴스' widget are chrome; a sign-off
'화천=국민일보 쿠키뉴스' names 국민일보, not '화천=국민일보'; a caption that says who stands where in the photo is a
caption even without a day."""

from __future__ import annotations

from tracker.clean.captions import is_caption_line
from tracker.clean.header import header_field_line
from tracker.clean.lines import is_junk
from tracker.clean.outlets import outlet_name
from tracker.clean.text import clean_lines


def test_a_board_reposting_a_paper_s_story() -> None:
    # set-hb hb-08 (jeju.go.kr's press board)
    assert header_field_line("· 신문사 : 헤드라인제주")[1].outlet == "헤드라인제주"
    lines = [
        "본문 바로가기",
        "서브페이지 컨텐츠",
        "보도·홍보 자료",
        '[ ] 오영훈 지사 "제주형 주거복지 정책 강화...수혜대상자 확대"',
        "· 작성자 : 관리자      ·작성일 : 2022-12-22 10:21:07      ·조회수 : 1,197",
        "· 신문사 : 헤드라인제주",
        "· 보도일자 : 2022.12.20",
        "오영훈 지사는 20일 오전 제주시 주거복지센터를 방문해 센터 운영상황을 점검했다.",
    ]
    found = clean_lines(lines)[1]
    assert found.outlet == "헤드라인제주"
    assert (
        found.headline == '[ ] 오영훈 지사 "제주형 주거복지 정책 강화...수혜대상자 확대"'
    )  # the checkbox goes in meta


def test_chrome_above_titles() -> None:
    assert is_junk("모든 시민은 기자다")  # set-gy gy-05 (ohmynews.com)
    assert is_junk("서브페이지 컨텐츠")  # set-hb hb-08
    assert outlet_name("랭킹뉴스") is None  # set-hb hb-04 (joongdo.co.kr)


def test_a_desk_s_place_before_the_outlet_in_a_sign_off() -> None:
    # set-gz gz-05 (kmib.co.kr): '화천=국민일보 쿠키뉴스 서승진 기자 sjseo@kmib.co.kr'
    assert outlet_name("화천=국민일보 쿠키뉴스") == "국민일보"
    # constructed: a sentence with a dateline in it is still no outlet's name
    assert outlet_name("경기도는 청년실업률을 낮추기로 했다고 밝혔다 (수원=연합뉴스)") is None


def test_who_stands_where_makes_a_caption() -> None:
    # set-gy gy-07 (swnews.kr): read as the headline before
    assert is_caption_line(
        "이승로 구청장(오른쪽5 번째)이 88번째 국공립 어린이집의 개원을 축하하며 관계자들과 테이프커팅을 하고 있다"
    )
    # constructed: a story sentence with a position note but no progressive end stays story
    assert not is_caption_line("이승로 구청장(오른쪽)은 88번째 국공립 어린이집을 개원했다고 밝혔다.")
