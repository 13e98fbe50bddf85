"""Readers on real articles in every format users have, and every kind of bad input."""

from __future__ import annotations

import hashlib
import io
import unicodedata
from pathlib import Path

import pytest

from tracker.errors import InputError
from tracker.read import InputRecord, iter_records
from tracker.read.decode import DecodeError, decode

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FORMATS = FIXTURES / "formats"
BAD = FIXTURES / "bad_inputs"
CORPUS = Path(__file__).resolve().parents[2] / "seeds" / "corpus" / "articles"


def read(*paths: str | Path, **kwargs) -> list[InputRecord | InputError]:
    return list(iter_records([str(p) for p in paths], **kwargs))


def errors_by_source(items: list) -> dict[str, str]:
    return {e.source: e.reason for e in items if isinstance(e, InputError)}


def test_directory_is_read_recursively_in_sorted_order_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("대구시는 13일 밝혔다.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("영등포구는 구축했다.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("숨김", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("숨김", encoding="utf-8")
    assert [r.source for r in read(tmp_path)] == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "z.txt")]


def test_corpus_reads_without_errors_and_keeps_raw_bytes() -> None:
    records = read(CORPUS)
    assert records and all(isinstance(r, InputRecord) for r in records)
    for record in records:
        assert record.raw == Path(record.source).read_bytes()
        assert record.format == ("html" if record.source.endswith(".html") else "text")


@pytest.mark.parametrize(
    ("name", "encoding", "original"),
    [
        ("kiho-cp949.txt", "cp949", "kiho-uijeongbu-20250518.txt"),
        ("danyang-bom.txt", "utf-8-sig", "yonhap-danyang-undated.txt"),
        ("gangjin-utf16.txt", "utf-16", "gangjin-pressrelease-undated.txt"),
        ("chosun-crlf.txt", "utf-8", "chosun-daegu-20221108.txt"),
    ],
)
def test_encodings_decode_to_the_same_text(name: str, encoding: str, original: str) -> None:
    (record,) = read(FORMATS / name)
    assert isinstance(record, InputRecord)
    assert record.encoding == encoding
    assert record.text == (CORPUS / original).read_text(encoding="utf-8")
    assert "\r" not in record.text and "\ufeff" not in record.text


def test_text_is_nfc(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "대구시는 스마트시티를 조성한다.")
    (tmp_path / "nfd.txt").write_text(decomposed, encoding="utf-8")
    (record,) = read(tmp_path / "nfd.txt")
    assert record.text == "대구시는 스마트시티를 조성한다."


def test_html_is_recognised_by_extension_and_by_content() -> None:
    (htm,) = read(FORMATS / "ksmnews-fragment.htm")
    assert htm.format == "html"
    (plain,) = read(FORMATS / "newsis-no-extension")
    assert plain.format == "text"


def test_jsonl_rows_with_given_metadata() -> None:
    records = read(FORMATS / "articles.jsonl")
    assert [r.source.rsplit(":", 1)[1] for r in records] == ["1", "2", "3", "4", "6"]
    first, second, third, fourth, duplicate = records
    assert first.given == {
        "title": "영등포구, 범죄예방 빅데이터 플랫폼 구축",
        "published": "2018.11.26",
        "outlet": "아시아경제",
    }
    assert first.text.startswith("[아시아경제 박종일 기자] 1인 여성가구수가")
    assert second.given["url"].startswith("https://www.chosun.com/")
    assert third.format == "text" and fourth.format == "html"
    assert hashlib.sha256(first.raw).digest() == hashlib.sha256(duplicate.raw).digest()
    assert first.raw != second.raw


def test_csv_rows_with_given_metadata() -> None:
    records = read(FORMATS / "articles.csv")
    assert [r.source.rsplit(":", 1)[1] for r in records] == ["2", "3"]
    assert records[0].given["reporter"] == "안유신 기자"
    assert records[0].text.startswith("용현산업단지 기업인협의회")
    assert (
        records[1]
        .raw.decode("utf-8")
        .startswith('"영등포구, 범죄예방 빅데이터 플랫폼 구축",2018-11-26,아시아경제,박종일,')
    )


def test_stdin_text_and_jsonl() -> None:
    text = (CORPUS / "yonhap-danyang-undated.txt").read_bytes()
    (record,) = read("-", stdin=io.BytesIO(text))
    assert record.source == "<stdin>" and record.format == "text" and record.raw == text
    jsonl = (FORMATS / "articles.jsonl").read_bytes()
    assert len(read("-", stdin=io.BytesIO(jsonl))) == 5


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.txt", "empty file"),
        ("whitespace.txt", "file contains only whitespace"),
        ("binary.txt", "binary file (contains NUL bytes), not text"),
        ("undecodable.txt", "undecodable bytes at offset 13 (neither UTF-8 nor CP949/EUC-KR)"),
        ("no-body.html", "HTML has no body text"),
    ],
)
def test_bad_files_become_one_line_errors(name: str, reason: str) -> None:
    (error,) = read(BAD / name)
    assert isinstance(error, InputError)
    assert error.source == str(BAD / name)
    assert error.reason == reason
    assert "\n" not in str(error)


def test_malformed_jsonl_line_is_reported_and_the_others_still_yield() -> None:
    items = read(BAD / "malformed.jsonl")
    assert [type(i).__name__ for i in items] == ["InputRecord", "InputError", "InputRecord"]
    assert items[1].source == f"{BAD / 'malformed.jsonl'}:2"
    assert items[1].reason.startswith("malformed JSON line:")


@pytest.mark.parametrize(("name", "source"), [("no-text-field.jsonl", ":1"), ("no-text-column.csv", ":2")])
def test_rows_without_text_field(name: str, source: str) -> None:
    (error,) = read(BAD / name)
    assert error.source == str(BAD / name) + source
    assert error.reason.startswith("no text field (expected one of: text, body, content, article, ")
    assert "excerpt" in error.reason


def test_file_over_max_bytes(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes((CORPUS / "naeil-daegu-undated.txt").read_bytes())
    (error,) = read(big, max_bytes=1000)
    assert error.reason == f"file is too large ({big.stat().st_size} bytes; the limit is 1000)"
    (error,) = read("-", stdin=io.BytesIO(b"x" * 2000), max_bytes=1000)
    assert error.source == "<stdin>"


def test_missing_path_and_the_batch_goes_on() -> None:
    items = read("does/not/exist.txt", CORPUS / "chosun-daegu-20221108.txt")
    assert errors_by_source(items) == {"does/not/exist.txt": "no such file or directory"}
    assert isinstance(items[1], InputRecord)


def test_decode_rejects_control_characters() -> None:
    with pytest.raises(DecodeError):
        decode(bytes(range(1, 32)) * 10)
    assert decode("강진군은".encode("euc-kr")) == ("강진군은", "cp949")


def test_json_array_and_tsv(tmp_path: Path) -> None:
    import csv
    import json

    body = (CORPUS / "yonhap-danyang-undated.txt").read_text(encoding="utf-8")
    (tmp_path / "a.json").write_text(
        json.dumps([{"text": body, "press": "연합뉴스"}, 3], ensure_ascii=False), encoding="utf-8"
    )
    first, second = read(tmp_path / "a.json")
    assert (
        first.source.endswith("a.json:1")
        and first.given == {"outlet": "연합뉴스"}
        and first.text == body.strip()
    )
    assert isinstance(second, InputError) and second.reason == "JSON item is a int, not an object"
    with (tmp_path / "b.tsv").open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter="\t").writerows([["title", "body"], ["제목", body * 1000]])
    (row,) = read(tmp_path / "b.tsv")  # a cell larger than csv's default field limit
    assert row.given == {"title": "제목"} and len(row.text) > 131072


def test_symlinked_directory_is_not_followed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("대구시는 밝혔다.", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path)
    assert [r.source for r in read(tmp_path)] == [str(tmp_path / "a.txt")]


def test_record_whose_text_is_an_excerpt_field_is_read() -> None:
    """set-l l-05 (세종타임즈) is a page-store record `{url, excerpt}`: the excerpt is the article text we have."""
    path = Path(__file__).resolve().parents[2] / "seeds/extra-corpora/set-l/articles/l-05-sejongtimes.jsonl"
    (record,) = read(path)
    assert isinstance(record, InputRecord)
    assert record.text.startswith("[세종타임즈] 세종특별자치시교육청은")
    assert record.given["url"].startswith("http://sejongtimes.kr/")


def test_an_empty_full_text_field_gives_way_to_a_filled_one(tmp_path: Path) -> None:
    """Constructed: an export with an empty 'body' beside a filled 'description' reads the description; a
    record with only a title still has no text."""
    path = tmp_path / "x.jsonl"
    path.write_text(
        '{"body": "", "description": "대구시는 13일 밝혔다."}\n{"title": "제목만"}\n', encoding="utf-8"
    )
    first, second = read(path)
    assert isinstance(first, InputRecord) and first.text == "대구시는 13일 밝혔다."
    assert isinstance(second, InputError) and second.reason.startswith("no text field")


def test_a_news_apis_response_and_an_apps_mock_data(tmp_path: Path) -> None:
    """Articles as GitHub files hold them (the shipped samples' kind): a news search API's response wrapped in
    `items`, with `pubDate` in RFC 2822 and `originallink`, and an app's mock array in camelCase
    (`newsTitle`, `newsContent`, `regDate`, `pressName`). Field names are compared without case or '_'."""
    import json

    from tracker.clean import clean
    from tracker.reference import load_reference

    reference = load_reference()
    body = (CORPUS / "yonhap-danyang-undated.txt").read_text(encoding="utf-8")
    api = {
        "lastBuildDate": "Mon, 13 Mar 2023 10:00:00 +0900",
        "total": 1,
        "items": [
            {
                "title": "단양군, <b>관광</b> 활성화 &quot;추진&quot;",
                "originallink": "https://www.yna.co.kr/view/AKR20230313000100064",
                "description": body,
                "pubDate": "Mon, 13 Mar 2023 09:30:00 +0900",
            }
        ],
    }
    (tmp_path / "search.json").write_text(json.dumps(api, ensure_ascii=False), encoding="utf-8")
    (record,) = read(tmp_path / "search.json")
    assert isinstance(record, InputRecord) and record.source.endswith("search.json:1")
    assert record.given["title"] == '단양군, 관광 활성화 "추진"'  # the API's marks and entities gone
    assert record.given["url"] == "https://www.yna.co.kr/view/AKR20230313000100064"
    meta = clean(record, reference).meta
    assert meta.published_at is not None and meta.published_at.isoformat() == "2023-03-13T09:30:00+09:00"
    mock = {
        "data": {
            "list": [
                {"newsTitle": "제목", "news_content": body, "regDate": "2023-03-13", "pressName": "연합뉴스"}
            ]
        }
    }
    (tmp_path / "mock.json").write_text(json.dumps(mock, ensure_ascii=False), encoding="utf-8")
    (row,) = read(tmp_path / "mock.json")
    assert isinstance(row, InputRecord)
    assert row.given == {"title": "제목", "published": "2023-03-13", "outlet": "연합뉴스"}
    # an object with a text field is one article, whatever lists it also holds
    (tmp_path / "one.json").write_text(json.dumps({"body": body, "tags": [{"a": 1}]}, ensure_ascii=False))
    (one,) = read(tmp_path / "one.json")
    assert isinstance(one, InputRecord) and one.source.endswith("one.json")
    # an object that wraps nothing readable is still one clear error
    (tmp_path / "meta.json").write_text(json.dumps({"total": 0, "items": []}))
    (error,) = read(tmp_path / "meta.json")
    assert isinstance(error, InputError) and error.reason.startswith("no text field")
