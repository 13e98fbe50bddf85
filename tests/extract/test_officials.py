"""Official mentions: forms of names and titles, resolution scoped by date and jurisdiction, provisional
registration, and the gold `officials` lists of the seed corpus."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tracker.extract._korean import person_key
from tracker.extract.officials import find_mentions
from tracker.extract.types import Mention
from tracker.reference import Official, Reference, load_reference

if TYPE_CHECKING:
    from conftest import Corpus, ExtraCorpus

GOLD = sorted(
    p.name.removesuffix(".json")
    for p in (Path(__file__).resolve().parents[2] / "seeds/corpus/gold").glob("*.json")
)


def _term(
    key: str, name: str, post: str, code: str, election: str | None = None, start=None, end=None, **kw
) -> Official:
    return Official(key, name, post, code, election=election, start=start, end=end, **kw)


# A fixed registry of real terms, so that these tests do not move while seeds/officials.csv grows.
# Two rows of 권영진 with blank dates, as the seed has them: the rule fills 2014-07-01 .. 2022-06-30.
OFFICIALS = (
    _term("kwon-young-jin", "권영진", "대구광역시장", "27", "6th local election 2014"),
    _term("kwon-young-jin", "권영진", "대구광역시장", "27", "7th local election 2018"),
    _term("hong-joon-pyo", "홍준표", "대구광역시장", "27", start=date(2022, 7, 1), end=date(2025, 4, 11)),
    _term("hong-joon-pyo", "홍준표", "경상남도지사", "48", "6th local election 2014"),
    _term("ryu-gyu-ha", "류규하", "대구광역시 중구청장", "27110", "7th local election 2018"),
    _term("ryu-han-guk", "류한국", "대구광역시 서구청장", "27170", "7th local election 2018"),
    _term("bae-gwang-sik", "배광식", "대구광역시 북구청장", "27230", "7th local election 2018"),
    _term("bae-gi-cheol", "배기철", "대구광역시 동구청장", "27140", "7th local election 2018"),
    _term("kim-dae-gwon", "김대권", "대구광역시 수성구청장", "27260", "7th local election 2018"),
    _term("seo-yang-ho", "서양호", "서울특별시 중구청장", "11140", "7th local election 2018"),
    _term(
        "lee-jae-hyeon",
        "이재현",
        "인천광역시 서구청장",
        "28260",
        start=date(2018, 7, 1),
        end=date(2022, 6, 30),
    ),
    _term("lee-jae-myung", "이재명", "경기도지사", "41", start=date(2018, 7, 1), end=date(2021, 10, 25)),
    _term("yun-geon-yeong", "윤건영", "충청북도교육감", "43", role="superintendent"),
    _term("kim-mun-geun", "김문근", "충청북도 단양군수", "43800"),
    _term("kim-dong-geun", "김동근", "경기도 의정부시장", "41150"),
    _term("lee-cheol-woo", "이철우", "경상북도지사", "47", start=date(2018, 7, 1)),
    _term("lee-si-jong", "이시종", "충청북도지사", "43", "7th local election 2018"),
    # constructed: a mayor surnamed 한 in office on the date of the accident tests (한 시장 = one market)
    _term("han-mayor", "한대구", "대구광역시장", "27", start=date(2021, 1, 1), end=date(2021, 12, 31)),
    _term("seo-cheol-mo", "서철모", "대전광역시 서구청장", "30170", start=date(2022, 7, 1)),
)


@pytest.fixture(scope="module")
def fixed() -> Reference:
    return dataclasses.replace(load_reference(), officials=OFFICIALS)


def _find(text: str, reference: Reference, on: date | None, code: str | None) -> list[Mention]:
    return find_mentions(text, reference, on=on, jurisdiction_code=code)[0]


def _summary(mentions: list[Mention]) -> list[tuple[str, str | None, str]]:
    return [(m.text, m.person_key, m.status) for m in mentions]


# -- the Daegu case: the same words, two dates ---------------------------------------------------------
DAEGU = "대구시장은 이날 “물산업을 키우겠다”고 말했다. 시장은 또 예산을 늘린다고 밝혔다."  # constructed


@pytest.mark.parametrize(
    ("day", "key"),
    [
        (date(2018, 3, 13), "kwon-young-jin"),
        (date(2019, 11, 24), "kwon-young-jin"),
        (date(2023, 5, 1), "hong-joon-pyo"),
    ],
)
def test_daegu_mayor_depends_on_the_article_date(fixed: Reference, day: date, key: str) -> None:
    assert _summary(_find(DAEGU, fixed, day, "27")) == [
        ("대구시장", key, "resolved"),
        ("시장", key, "resolved"),
    ]


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # constructed: a surname reaches only the person in office that day
        (
            "권 시장은 “스마트시티를 만들겠다”고 말했다.",
            date(2018, 3, 13),
            [("권 시장", "kwon-young-jin", "resolved")],
        ),
        (
            "홍 시장은 “물산업을 키우겠다”고 말했다.",
            date(2023, 5, 1),
            [("홍 시장", "hong-joon-pyo", "resolved")],
        ),
        ("권 시장은 “스마트시티를 만들겠다”고 말했다.", date(2023, 5, 1), [("권 시장", None, "not_found")]),
        # constructed: 전 (former) looks for a term that had ended
        (
            "권 전 시장은 이날 행사에 참석했다.",
            date(2023, 5, 1),
            [("권 전 시장", "kwon-young-jin", "resolved")],
        ),
        # constructed: a full name resolves even outside its terms
        (
            "권영진 전 대구시장은 이날 행사에 참석했다.",
            date(2023, 5, 1),
            [("권영진 전 대구시장", "kwon-young-jin", "resolved")],
        ),
    ],
)
def test_surname_and_title_scoped_by_date(fixed: Reference, text: str, day: date, expected: list) -> None:
    assert _summary(_find(text, fixed, day, "27")) == expected


def test_undated_article_cannot_choose_between_mayors(fixed: Reference) -> None:
    mentions = _find("대구시장은 이날 말했다. 홍준표 시장은 답했다.", fixed, None, "27")  # constructed
    # the bare title is not resolved without a date; the full name is
    assert _summary(mentions) == [("홍준표 시장", "hong-joon-pyo", "resolved")]


# -- ambiguity and not found ---------------------------------------------------------------------------
def test_two_district_heads_with_the_same_surname_are_ambiguous(fixed: Reference) -> None:
    (mention,) = _find(
        "배 구청장은 이날 “주차장을 늘리겠다”고 말했다.", fixed, date(2019, 5, 1), "27"
    )  # constructed
    assert mention.person_key is None and mention.status == "ambiguous"
    assert mention.candidates == ("bae-gi-cheol", "bae-gwang-sik")


def test_a_district_name_shared_by_cities_is_ambiguous_without_a_jurisdiction(fixed: Reference) -> None:
    (mention,) = _find("중구청장은 이날 말했다.", fixed, date(2019, 5, 1), None)  # constructed
    assert mention.status == "ambiguous" and set(mention.candidates) == {"ryu-gyu-ha", "seo-yang-ho"}
    (mention,) = _find("중구청장은 이날 말했다.", fixed, date(2019, 5, 1), "27")
    assert (mention.person_key, mention.status) == ("ryu-gyu-ha", "resolved")
    (mention,) = _find("대구 중구청장은 이날 말했다.", fixed, date(2019, 5, 1), None)
    assert (mention.person_key, mention.status) == ("ryu-gyu-ha", "resolved")


def test_an_unknown_surname_is_not_found(fixed: Reference) -> None:
    (mention,) = _find("박 시장은 “예산을 늘리겠다”고 말했다.", fixed, date(2018, 3, 13), "27")  # constructed
    assert (mention.person_key, mention.status, mention.name) == (None, "not_found", "박")


# -- provisional officials -------------------------------------------------------------------------------
def test_a_full_name_with_a_known_post_the_registry_lacks_is_registered_provisionally(
    fixed: Reference,
) -> None:
    """asiae-yeongdeungpo-20181126: 채현일 was not in the first registry."""
    text = (
        "영등포구(구청장 채현일)는 ‘여성안심 빅데이터 CPTED 협업플랫폼’을 구축했다. "
        "채현일 영등포구청장은 “안전도시 만들기에 박차를 가하겠다”고 전했다. 채 구청장은 또 말했다."
    )
    mentions, provisional = find_mentions(text, fixed, on=date(2018, 11, 26), jurisdiction_code="11560")
    assert _summary(mentions) == [
        ("구청장 채현일", "chae-hyeon-il", "provisional"),
        ("채현일 영등포구청장", "chae-hyeon-il", "provisional"),
        ("채 구청장", "chae-hyeon-il", "provisional"),
    ]
    (official,) = provisional
    assert official.person_key == "chae-hyeon-il"
    assert (official.name_ko, official.post_title, official.jurisdiction_code) == (
        "채현일",
        "서울특별시 영등포구청장",
        "11560",
    )
    assert official.seen_on == date(2018, 11, 26)


def test_generic_title_registers_in_the_article_jurisdiction_when_the_post_fits(fixed: Reference) -> None:
    text = "홍길동 군수는 이날 “관광을 키우겠다”고 말했다."  # constructed
    mentions, provisional = find_mentions(text, fixed, on=date(2019, 5, 1), jurisdiction_code="43760")
    assert [(p.person_key, p.post_title) for p in provisional] == [("hong-gil-dong", "충청북도 괴산군수")]
    # in a city's article the county title names no known post: not found, nothing registered
    mentions, provisional = find_mentions(text, fixed, on=date(2019, 5, 1), jurisdiction_code="27")
    assert provisional == [] and _summary(mentions) == [("홍길동 군수", None, "not_found")]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("홍길동 군수는 이날 말했다.", "43800"),  # constructed: the registry has 김문근 in office in 단양
        ("홍길동 괴산군수 권한대행은 이날 말했다.", "43760"),  # constructed: acting, not the holder
        ("홍길동 괴산군수 당선인은 이날 말했다.", "43760"),  # constructed: elect, not yet in office
        ("홍길동 전 괴산군수는 이날 말했다.", "43760"),  # constructed: a former holder of unknown term
        ("홍길동 군수 협의회장은 이날 말했다.", "43760"),  # constructed: the title inside another title
    ],
)
def test_no_provisional_registration_when_the_post_is_not_plainly_theirs(
    fixed: Reference, text: str, code: str
) -> None:
    mentions, provisional = find_mentions(text, fixed, on=date(2019, 5, 1), jurisdiction_code=code)
    assert provisional == []
    assert [(m.name, m.status) for m in mentions] == [("홍길동", "not_found")]


def test_the_gold_expects_the_romanised_key_of_chae_hyeon_il(corpus: Corpus) -> None:
    assert "chae-hyeon-il" in corpus.gold("asiae-yeongdeungpo-20181126.txt")["officials"]
    assert person_key("채현일") == "chae-hyeon-il"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("채현일", "chae-hyeon-il"),
        ("강진원", "kang-jin-won"),
        ("김동근", "kim-dong-geun"),
        ("윤건영", "yun-geon-yeong"),
        ("남궁영", "namgung-yeong"),
        ("이재현", "lee-jae-hyeon"),
        ("박건희", "park-geon-hui"),
        ("류규하", "ryu-gyu-ha"),
    ],
)
def test_person_key(name: str, key: str) -> None:
    assert person_key(name) == key


# -- forms of titles -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        # yonhap-danyang: a superintendent with the generic title, a county head with the place
        (
            "윤건영 교육감과 김문근 단양군수는 이날 정책간담회를 갖고 이같이 합의했다.",
            "43800",
            [("윤건영 교육감", "yun-geon-yeong"), ("김문근 단양군수", "kim-mun-geun")],
        ),
        ("충북교육감은 이날 말했다.", "43", [("충북교육감", "yun-geon-yeong")]),  # constructed
        # constructed: a governor by surname after the full name
        (
            "이재명 경기지사는 이날 말했다. 이 지사는 또 “기본소득을 늘리겠다”고 말했다.",
            "41",
            [("이재명 경기지사", "lee-jae-myung"), ("이 지사", "lee-jae-myung")],
        ),
        # kiho-uijeongbu: name + generic title in the city's article
        (
            '김동근 시장은 "귀한 작품을 나눠주신 데 깊이 감사드린다"고 말했다.',
            "41150",
            [("김동근 시장", "kim-dong-geun")],
        ),
        # constructed: the age between the name and the title
        ("김문근(66) 단양군수는 이날 말했다.", "43800", [("김문근(66) 단양군수", "kim-mun-geun")]),
        # constructed: a 특례시 (large city) title
        ("김동근 의정부특례시장은 이날 말했다.", "41150", [("김동근 의정부특례시장", "kim-dong-geun")]),
        # constructed: the name after the title
        ("대구시장 권영진은 이날 말했다.", "27", [("대구시장 권영진", "kwon-young-jin")]),
        # ksmnews: a full name in the registry without a title
        (
            "권영진의 공약 중 하나인 물관련 신 사업의 쾌거라고 볼 수 있다.",
            "27",
            [("권영진", "kwon-young-jin")],
        ),
    ],
)
def test_title_forms(fixed: Reference, text: str, code: str, expected: list) -> None:
    mentions = _find(text, fixed, date(2019, 11, 24), code)
    assert [(m.text, m.person_key) for m in mentions] == expected
    assert all(m.status == "resolved" for m in mentions)


@pytest.mark.parametrize(
    "text",
    [
        # people who are not officials, and titles that are no registry post
        "박건희 평창군보건의료원장은 이번 협약이 도움이 될 것이라고 말했다.",  # yonhap-pyeongchang
        '이재현 창업지원단장은 "유망기업을 발굴하겠다"고 말했다.',  # yeongnam: a namesake of 인천 서구청장 이재현
        "윤석열 대통령이 7일 착공기념식에 입장하며 악수하고 있다.",  # newsis
        "대구대(총장 김상호) 창업지원단이 행사를 개최했다.",  # yeongnam
        # constructed: market, vice mayor, a title of the law with nobody named before
        "이 시장에서 파는 물건이 전통시장 물가를 올렸다. 부시장은 시장성을 따졌다.",
        "부산시장이 '3명 이내'로 지정하도록 한 조항은 삭제됐습니다.",  # kbs-busan
        "김동근 교수는 이날 발표했다.",  # constructed: a namesake with another occupation
        "한국전력 경북지사는 정전 복구를 마쳤다. KT 지사는 답했다. 국민연금공단 충북지사는 밝혔다.",  # constructed
        "한 시장이 문을 닫았다. 이 시장은 크다.",  # constructed: 'one market', 'this market'; no 한/이 named
    ],
)
def test_no_official_is_found_by_accident(fixed: Reference, text: str) -> None:
    mentions = _find(text, fixed, date(2021, 2, 25), "27")
    assert [m.person_key for m in mentions if m.person_key] == []


def test_a_title_without_a_particle_names_the_post_not_the_person(fixed: Reference) -> None:
    text = "권영진 대구시장은 불참했다. 대구시장 선거는 6월이다. 전통 시장 상인들은 반발했다. 시장은 답했다."  # constructed
    assert _summary(_find(text, fixed, date(2018, 3, 13), "27")) == [
        ("권영진 대구시장", "kwon-young-jin", "resolved"),
        ("시장", "kwon-young-jin", "resolved"),
    ]


def test_mentions_have_exact_offsets(fixed: Reference) -> None:
    text = "13일 대구시에 따르면 권 시장은 이날 현안토론에서 권 시장은 “…”며 말했다. 권영진 대구시장은 또 말했다."
    for mention in _find(text, fixed, date(2018, 3, 13), "27"):
        assert text[mention.start : mention.end] == mention.text


# -- the gold officials lists -------------------------------------------------------------------------------
def _officials(corpus: Corpus, name: str) -> set[str]:
    text = corpus.everything(name)
    mentions, provisional = find_mentions(
        text, corpus.reference, on=corpus.day(name), jurisdiction_code=corpus.jurisdiction(name)
    )
    found = {m.person_key for m in mentions if m.person_key and m.status in {"resolved", "provisional"}}
    assert {p.person_key for p in provisional} <= found
    return found


@pytest.mark.parametrize("name", GOLD)
def test_gold_officials_per_article(corpus: Corpus, name: str) -> None:
    assert _officials(corpus, name) == set(corpus.gold(name)["officials"])


def test_gold_officials_f1(corpus: Corpus) -> None:
    """Micro F1 over (article, person) pairs; the product target is 0.95."""
    tp = fp = fn = 0
    for name in GOLD:
        found, wanted = _officials(corpus, name), set(corpus.gold(name)["officials"])
        tp, fp, fn = tp + len(found & wanted), fp + len(found - wanted), fn + len(wanted - found)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.95, (tp, fp, fn)


def test_mentions_keep_the_name_and_title_as_written(fixed: Reference) -> None:
    text = "권영진 대구시장은 말했다. 권 시장은 또 말했다. 시장은 덧붙였다."  # constructed
    mentions = _find(text, fixed, date(2018, 3, 13), "27")
    assert [(m.name, m.title) for m in mentions] == [("권영진", "대구시장"), ("권", "시장"), (None, "시장")]


def test_the_short_title_청장_only_confirms_a_registry_name(fixed: Reference) -> None:
    """`서철모 청장` in a 대전 서구 article is its district head; `윤희근 청장` (the police chief) is nobody
    of the registry and is not registered; `서 청장` and a bare `청장은` pick no one by themselves."""
    on = date(2023, 3, 1)
    text = "서철모 청장은 “재원 확보에 노력하겠다”고 말했다."  # constructed
    assert _summary(_find(text, fixed, on, "30170")) == [("서철모 청장", "seo-cheol-mo", "resolved")]
    text = "윤희근 청장은 이날 말했다. 서 청장은 또 말했다. 청장은 답했다."  # constructed
    mentions, provisional = find_mentions(text, fixed, on=on, jurisdiction_code="30170")
    assert provisional == [] and _summary(mentions) == [("윤희근 청장", None, "not_found")]


# -- acting heads: a surname with the acting title refers back --------------------------------------------
def test_short_acting_title_refers_back_to_the_acting_head() -> None:
    reference = dataclasses.replace(
        load_reference(),
        officials=(
            _term("oh-acting", "오병권", "경기도지사", "41", start=date(2021, 10, 26), end=date(2022, 6, 30)),
        ),
    )
    text = (  # constructed
        "오병권 경기도지사 권한대행은 26일 “철저히 준비하자”고 당부했다. "
        "오 권한대행은 “저감노력이 중요하다”고 강조했다."
    )
    found = _summary(_find(text, reference, date(2021, 11, 26), "41"))
    assert found[-1] == ("오 권한대행", "oh-acting", "resolved")


def test_short_acting_title_with_no_acting_head_before_is_nobody(fixed: Reference) -> None:
    text = "권영진 대구시장은 말했다. 권 권한대행은 “예산을 늘리겠다”고 말했다."  # constructed
    assert [m.text for m in _find(text, fixed, date(2018, 3, 13), "27")] == ["권영진 대구시장"]
    text = "오 권한대행은 “예산을 늘리겠다”고 말했다."  # constructed: no one named before
    assert _find(text, fixed, date(2018, 3, 13), "27") == []


@pytest.fixture(scope="module")
def registry() -> Reference:
    return load_reference()


@pytest.mark.parametrize(
    ("text", "day", "code"),
    [
        # set-f f-01-yonhap (2023-11-01): 강기윤 is a lawmaker then; the registry has him as 창원시장 from 2026
        (
            "이 자리에 참석한 김영선(의창)·강기윤(성산)·최형두(마산합포) 의원은 공동 대응해나가겠다고",
            date(2023, 11, 1),
            "48120",
        ),
        # set-i i-08-segye (2025): a governor of 2018-2021 named out of his province and out of office
        ("그는 “이재명 정부는 광주가 먼저 추진한 정책을 전국화했다”고 말했다.", date(2025, 7, 1), "29"),
    ],
)
def test_a_name_alone_is_no_official_out_of_scope_and_office_or_before_the_first_term(
    registry: Reference, text: str, day: date, code: str
) -> None:
    assert [m.person_key for m in _find(text, registry, day, code) if m.person_key] == []


@pytest.mark.parametrize(
    ("text", "day", "code", "key"),
    [
        # set-g g-08-gyeonggi: in office, with a title: the governor (constructed date inside his term)
        ("이재명 경기도지사가 19일 지역화폐 확산을 강조했다.", date(2019, 9, 20), "41", "lee-jae-myung"),
        # in office, name alone, outside his province: a metropolitan head is still himself (constructed)
        (
            "이재명 지사의 기본소득 실험을 두고 광주에서도 논의가 있었다. 이재명은 답하지 않았다.",
            date(2019, 9, 20),
            "29",
            "lee-jae-myung",
        ),
        # a candidate weeks before the inauguration is the official-to-be (constructed)
        ("강기윤 후보는 창원 발전 방안을 내놨다.", date(2026, 5, 20), "48120", "kang-gi-yun"),
    ],
)
def test_a_name_alone_is_the_official_in_office_or_on_the_eve_of_the_term(
    registry: Reference, text: str, day: date, code: str, key: str
) -> None:
    assert key in {m.person_key for m in _find(text, registry, day, code)}


def test_a_post_in_parentheses_after_another_role_names_the_person(registry: Reference) -> None:
    # set-f f-08-cnbnews: a 의성 article; the mayor of 수원 is named by a forum role and his post after it
    text = "김돈곤 청양군수가 발표를, 염태영 지방소멸대응TF공동단장(수원시장)이 진행을 맡았다."
    assert "yeom-tae-yeong" in {m.person_key for m in _find(text, registry, date(2021, 11, 1), "47730")}
    # constructed: without the post, a head of another city named alone is more likely a namesake
    text = "김돈곤 청양군수가 발표를, 염태영 지방소멸대응TF공동단장이 진행을 맡았다."
    assert "yeom-tae-yeong" not in {m.person_key for m in _find(text, registry, date(2021, 11, 1), "47730")}


def test_a_surname_and_title_after_namesakes_is_the_articles_own_head(registry: Reference) -> None:
    # set-f f-08-cnbnews (a 의성 article): `김 군수` after 김주수 의성군수 … 김돈곤 청양군수 is 김주수
    text = (
        "간담회에서는 김주수 의성군수와 전춘성 진안군수, 김돈곤 청양군수가 발표를 맡았다.\n"
        "김 군수는 “사람중심의 전략과 정책이 필요하다”고 강조했다."
    )
    found = _find(text, registry, date(2021, 11, 18), "47730")
    assert [m.person_key for m in found if m.text == "김 군수"] == ["kim-ju-su"]
    # constructed: in an article of neither county, the latest named stays the referent
    found = _find(text, registry, date(2021, 11, 18), "11")
    assert [m.person_key for m in found if m.text == "김 군수"] == ["kim-don-gon"]


def test_a_photo_note_or_a_glued_province_between_name_and_post(registry: Reference) -> None:
    # set-fw fw-06-kmib: `이재현(사진) 인천서구청장은` is the head of 인천 서구, his quote his own
    text = "이재현(사진) 인천서구청장은 지난 15일 “예산 120억원을 확보했다”며 이같이 말했다."
    found = _find(text, registry, date(2019, 1, 17), "28260")
    assert [(m.text, m.person_key) for m in found] == [("이재현(사진) 인천서구청장", "lee-jae-hyeon")]
    # constructed: a glued province keeps the post apart from a namesake place (`경기광주시장` is not 광주's mayor)
    found = _find("신동헌 경기광주시장은 말했다.", registry, date(2019, 1, 17), "41610")
    assert [(m.title, m.person_key) for m in found] == [("경기광주시장", "shin-dong-heon")]


def test_a_misspelt_name_of_the_post_holder_is_the_holder(registry: Reference) -> None:
    # set-fy fy-01-mt: `허정무 창원시장` in 2021 is the mayor 허성무 misspelt, and so is the `허 시장` after it
    text = "허정무 창원시장은 6일 기조강연을 했다. 허 시장은 “수소 기업만 134개에 달한다”고 말했다."
    found = _find(text, registry, date(2021, 10, 7), "48120")
    assert [m.person_key for m in found] == ["heo-seong-mu", "heo-seong-mu"]
    # constructed: two syllables apart is another person, never the holder (and no new holder while he is in office)
    found = _find("허정길 창원시장은 6일 기조강연을 했다.", registry, date(2021, 10, 7), "48120")
    assert [(m.person_key, m.status) for m in found] == [(None, "not_found")]


def test_an_undated_article_naming_the_holder_registers_no_second_holder(registry: Reference) -> None:
    # set-fx fx-07-ekn (undated): `최명기 화천군수` after `최문순 화천군수` is no new head to register, and the
    # `최 군수` after it is still 최문순
    text = (
        "최문순 화천군수는 “아이들 잘 키우는 것을 기본으로 한다”고 밝혔다.\n"
        "최명기 화천군수는 새해 군정 방향을 밝혔다.\n최 군수는 “정주여건 개선에 속도를 내겠다”고 말했다."
    )
    mentions, provisional = find_mentions(text, registry, on=None, jurisdiction_code="42790")
    assert provisional == []
    assert [(m.text, m.person_key) for m in mentions] == [
        ("최문순 화천군수", "choi-mun-sun"),
        ("최명기 화천군수", None),
        ("최 군수", "choi-mun-sun"),
    ]


def test_every_official_of_an_article_is_registered_or_registered_provisionally(ref: Reference, extra: ExtraCorpus) -> None:
    # 0.139.1: `… 허남식 부산시장` in full only in the headline (the body writes `허남식(65·사진) 부산시장은`; 부산시장
    # until 2014, not in the registry): the article's officials named him and no provisional registration did, so the
    # database dropped him while `tracker extract` and the pipeline listed him (set-rw rw-06)
    extraction = extra.extracted("set-rw/articles/rw-06-kmib.txt")
    known = {o.person_key for o in ref.officials} | {p.person_key for p in extraction.provisional_officials}
    assert extraction.officials and set(extraction.officials) <= known
    assert "허남식" in {p.name_ko for p in extraction.provisional_officials}
