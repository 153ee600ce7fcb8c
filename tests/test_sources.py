"""Where articles come from: files, folders, JSON lines, and what is skipped."""
import json

import pytest

from canbo.loaders.facts import Article
from canbo.loaders.sources import Skipped, read_articles


def test_folder_is_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("Tiêu đề A\n\nNội dung.", "utf-8")
    (tmp_path / "b" / "c.txt").write_text("Tiêu đề C\n\nNội dung.", "utf-8")
    got = [a.key for a in read_articles([tmp_path])]
    assert got == ["a.txt", "c.txt"]


def test_json_lines_carry_title_date_url_and_author(tmp_path):
    path = tmp_path / "feed.jsonl"
    records = [
        {"text": "Chiều 26/5, Thành ủy Hà Nội tổ chức Hội nghị.", "title": "Hội nghị", "published": "2017-05-27",
         "url": "https://example.vn/a", "author": "Hiền Hạnh"},
        {"text": "Nội dung.", "title": "Không có URL"},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n\nnot json\n", "utf-8")
    got = list(read_articles([path]))
    first, second, bad = got
    assert isinstance(first, Article) and first.key == "https://example.vn/a"
    assert (first.title, first.published, first.author) == ("Hội nghị", "2017-05-27", "Hiền Hạnh")
    assert second.key == "feed.jsonl#2"
    assert isinstance(bad, Skipped) and bad.source.endswith(":4") and "not JSON" in bad.reason


def test_empty_and_binary_files_are_skipped_with_a_reason(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n", "utf-8")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    reasons = {s.source.rsplit("/", 1)[1]: s.reason for s in read_articles([tmp_path])}
    assert reasons == {"blob.txt": "binary, not text", "empty.txt": "empty file"}


def test_bom_is_dropped(tmp_path):
    (tmp_path / "bom.txt").write_bytes("\ufeffTiêu đề\n\nNội dung.".encode("utf-8"))
    (article,) = read_articles([tmp_path])
    assert article.title == "Tiêu đề"


def test_count_articles_matches_what_is_read(tmp_path):
    from canbo.loaders.sources import count_articles

    (tmp_path / "a.txt").write_text("Tiêu đề\n\nNội dung.", "utf-8")
    (tmp_path / "feed.jsonl").write_text('{"text": "Một."}\n\n{"text": "Hai."}\n', "utf-8")
    assert count_articles([tmp_path]) == len(list(read_articles([tmp_path]))) == 3


def test_the_publication_date_is_read_wherever_the_source_gives_it(tmp_path):
    """A date line, a feed's `published` in its own format, and a saved page's metadata (htmldate, in trafilatura)."""
    body = ("<p>Sáng nay, Quận ủy Gò Vấp tổ chức hội nghị sơ kết công tác xây dựng Đảng. Đồng chí Nguyễn Văn A, "
            "Bí thư Quận ủy Gò Vấp chủ trì hội nghị và phát biểu chỉ đạo nhiều nội dung quan trọng.</p>")
    (tmp_path / "a.txt").write_text("Tin\nNgày đăng 06/10/2017 | 10:41\n\nNội dung.", "utf-8")
    (tmp_path / "b.html").write_text(f"<!doctype html><html><head><title>Tin</title></head><body><article><h1>Tin</h1>"
                                     f"<time datetime='2018-11-12'>12/11/2018</time>{body}</article></body></html>", "utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": "Nội dung.", "published": "27/05/2017 08:00"}) + "\n", "utf-8")
    (tmp_path / "d.txt").write_text("Tin\n\nSáng 3/4/2020, Quận ủy Gò Vấp tổ chức hội nghị sơ kết công tác xây dựng "
                                    "Đảng.", "utf-8")  # the day of a meeting is no publication date
    got = {a.key: a.published for a in read_articles([tmp_path])}
    assert got == {"a.txt": "2017-10-06", "b.html": "2018-11-12", "c.jsonl#1": "2017-05-27", "d.txt": None}


# ------------------------------------------------------------------ what reading repairs or refuses

def test_a_stray_byte_in_utf8_is_replaced_with_a_warning_not_read_as_a_legacy_encoding(tmp_path):
    text = "Tin\n\nSáng 3/4/2020, đồng chí Sử Ngọc Anh, Bí thư Quận ủy Gò Vấp chủ trì hội nghị triển khai hoạt động."
    for stray in (b"\xff", b"\x93", b"\xa0"):
        path = tmp_path / "stray.txt"
        path.write_bytes(text.encode("utf-8").replace(b"Tin", b"Tin" + stray))
        (article,) = read_articles([path])
        if stray == b"\x93":  # Windows-1252's opening quote: read as the quote it is
            assert article.text == text.replace("Tin", "Tin“")
            assert article.notes == ["1 Windows-1252 punctuation byte in UTF-8 read as “"]
            continue
        assert article.text == text.replace("Tin", "Tin\ufffd")
        assert article.notes == ["1 byte that is not UTF-8 replaced by \ufffd"]


def test_control_characters_are_removed_at_reading(tmp_path):
    (tmp_path / "a.txt").write_bytes("Tin\x1b[31m\n\nSáng 3/4/2020,\x07 Quận ủy tổ\x7f chức\x0chội nghị.".encode())
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": "Sáng 3/4/2020, Quận ủy\u0007 tổ chức hội nghị\u009b.",
                                                  "title": "Tin\u001b"}) + "\n", "utf-8")
    a, b = read_articles([tmp_path])
    assert a.text == "Tin[31m\n\nSáng 3/4/2020, Quận ủy tổ chức\nhội nghị."
    assert a.notes == ["3 control characters removed"]
    assert (b.title, b.text) == ("Tin", "Tin\n\nSáng 3/4/2020, Quận ủy tổ chức hội nghị.")
    assert b.notes == ['"text": 2 control characters removed', '"title": 1 control character removed']


def test_a_lone_surrogate_skips_its_json_line_with_a_reason(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "\\ud800 x", "url": "http://x/s"}\n{"text": "Tin hai."}\n', "utf-8")
    bad, good = read_articles([path])
    assert bad == Skipped(f"{path}:1", '"text" holds \\ud800, half of a UTF-16 pair, which is no character')
    assert good.key == "feed.jsonl#2"


def test_a_json_line_larger_than_one_article_is_skipped_without_being_held(tmp_path, monkeypatch):
    import io

    from canbo.loaders import sources

    monkeypatch.setattr(sources, "MAX_ARTICLE_BYTES", 1000)
    path = tmp_path / "feed.jsonl"
    big = json.dumps({"text": "x " * 5000})
    path.write_text("\n".join([json.dumps({"text": "Một."}), big, json.dumps({"text": "Ba."})]) + "\n", "utf-8")
    first, huge, third = read_articles([path])
    assert (first.text, third.text) == ("Một.", "Ba.")
    assert huge.source.endswith(":2") and "too large for one article" in huge.reason
    held = [len(line) for _, line in sources._lines(io.BytesIO(path.read_bytes())) if not isinstance(line, int)]
    assert max(held) <= 1001


def test_an_unreadable_folder_inside_is_reported(tmp_path, monkeypatch):
    import os

    (tmp_path / "ok.txt").write_text("Tin\n\nNội dung.", "utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text("Tin\n\nNội dung.", "utf-8")
    locked.chmod(0)
    if os.geteuid() == 0:  # root reads it anyway: what any other user meets, os.scandir refusing
        scandir = os.scandir

        def refusing(path="."):
            if os.fspath(path) == str(locked):
                raise PermissionError(13, "Permission denied", os.fspath(path))
            return scandir(path)

        monkeypatch.setattr(os, "scandir", refusing)
    try:
        got = list(read_articles([tmp_path]))
    finally:
        locked.chmod(0o755)
    assert got[0] == Skipped(str(locked), "cannot read this folder: Permission denied")
    assert [a.key for a in got[1:]] == ["ok.txt"]


def test_json_documents_and_json_lines_are_known_by_content_whatever_their_name(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.json").write_text(json.dumps({"title": "Một", "text": "Nội dung một."}, indent=2), "utf-8")
    (folder / "list.json").write_text(json.dumps([{"text": "Hai."}, {"text": "Ba.", "url": "http://x/3"}]), "utf-8")
    (folder / "feed.txt").write_text(json.dumps({"text": "Bốn."}) + "\n" + json.dumps({"text": "Năm."}) + "\n", "utf-8")
    (folder / "plain.txt").write_text("[Ảnh] Tiêu đề\n\nNội dung.", "utf-8")
    (folder / "config.json").write_text('{"debug": true}', "utf-8")
    got = {(a.source if isinstance(a, Skipped) else a.key): a for a in read_articles([folder])}
    assert got[str(folder / "config.json")].reason == 'no "text" field'
    assert (got["one.json"].title, got["one.json"].text) == ("Một", "Một\n\nNội dung một.")
    assert got["list.json#1"].text == "Hai." and got["http://x/3"].text == "Ba."
    assert got["feed.txt#1"].text == "Bốn." and got["feed.txt#2"].text == "Năm."
    assert got["plain.txt"].title == "[Ảnh] Tiêu đề"
    (named,) = read_articles([folder / "one.json"])
    assert named.title == "Một"


def test_an_impossible_published_date_skips_its_json_line_with_a_reason(tmp_path):
    path = tmp_path / "feed.jsonl"
    records = [{"text": "Một.", "published": "9999-99-99"}, {"text": "Hai.", "published": "2019-02-29"},
               {"text": "Ba.", "published": "2020-02-29T08:00:00Z"}, {"text": "Bốn.", "published": "hôm qua"}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", "utf-8")
    one, two, three, four = read_articles([path])
    assert one == Skipped(f"{path}:1", "\"published\" is no day of the calendar: '9999-99-99'")
    assert two == Skipped(f"{path}:2", "\"published\" is no day of the calendar: '2019-02-29'")
    assert three.published == "2020-02-29"
    assert four.published is None and four.notes == ["\"published\" is no date canbo reads ('hôm qua'); "
                                                     "the article has no date"]


def test_a_day_without_its_year_that_the_year_lacks_stays_a_day_of_the_year():
    from rdflib import XSD, Literal

    from canbo.graph.rdf_export import literal
    from canbo.loaders import dates
    from canbo.loaders.extract import extract_text
    from canbo.loaders.rdf import date_literal

    assert dates.with_year("--02-29", "2019-03-01") == "--02-29"
    assert dates.with_year("--02-29", "2020-03-01") == "2020-02-29"
    x = extract_text("t.txt", "Tin\n\nSáng ngày 29/02, Thường trực HĐND huyện tổ chức phiên họp thường kỳ năm 2026.")
    assert x.events[0].date == "--02-29"
    with pytest.raises(ValueError, match="no such day: 2019-02-29"):
        date_literal("2019-02-29")
    assert literal("2026-02-29", XSD.date) == Literal("2026-02-29")  # a graph written before: exported as text


# ------------------------------------------------------------------ JSON lines known by more than their first line

GOOD_LINE = ('{"text": "Sáng 3/4/2020, đồng chí Sử Ngọc Anh, Bí thư Quận ủy Gò Vấp chủ trì hội nghị.", '
             '"url": "http://x/%d"}')


@pytest.mark.parametrize("name", ["feed.txt", "feed", "feed.json", "feed.jsonl"])
@pytest.mark.parametrize("first", ['{"text": "Tin\\n\\nbroken", "url": ', "", "   "])
def test_json_lines_whose_first_line_is_broken_or_blank_are_json_lines_whatever_their_name(tmp_path, name, first):
    from canbo.loaders.sources import count_articles

    path = tmp_path / name
    path.write_text(first + "\n" + "\n".join(GOOD_LINE % i for i in range(4)) + "\n", "utf-8")
    got = list(read_articles([path]))
    articles = [a for a in got if isinstance(a, Article)]
    assert [a.url for a in articles] == [f"http://x/{i}" for i in range(4)]
    skipped = [s for s in got if isinstance(s, Skipped)]
    assert skipped == ([Skipped(f"{path}:1", "not JSON (Expecting value)")] if first.strip() else [])
    assert count_articles([path]) == len(got)


def test_a_json_document_over_several_lines_is_still_one_document(tmp_path):
    record = {"title": "Một", "text": "Nội dung một.", "source": {"site": "x"}, "tags": [{"name": "a"}]}
    path = tmp_path / "one.json"
    path.write_text(json.dumps(record, indent=2, ensure_ascii=False).replace('{\n      "name": "a"\n    }',
                                                                              '{"name": "a"}'), "utf-8")
    assert '\n    {"name": "a"}\n' in path.read_text("utf-8")  # a line that is an object on its own
    (article,) = read_articles([path])
    assert (article.title, article.key) == ("Một", "one.json")


def test_a_json_article_without_a_title_is_read_from_its_first_line(tmp_path):
    from canbo.loaders.extract import Extractor

    text = "Mới nhất là trường hợp của Bí thư Thành ủy Đà Nẵng – ông Nguyễn Xuân Anh bị đánh giá vi phạm."
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": text}, ensure_ascii=False) + "\n"
                    + json.dumps({"text": text, "title": "Tin"}, ensure_ascii=False) + "\n", "utf-8")
    untitled, titled = read_articles([path])
    assert (untitled.title, untitled.body_start) == (text, 0)
    assert titled.title == "Tin"
    for article in (untitled, titled):
        assert [p.name for p in Extractor().extract(article).persons] == ["Nguyễn Xuân Anh"]


def test_a_long_first_line_is_a_short_title(tmp_path):
    text = "Hội nghị " + "rất " * 60 + "dài.\n\nSáng 3/4/2020, Quận ủy tổ chức hội nghị."
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"text": text}, ensure_ascii=False), "utf-8")
    (article,) = read_articles([path])
    assert article.title.endswith("…") and len(article.title) <= 121 and article.body_start == 0
    assert article.title.startswith("Hội nghị rất ") and not article.title[:-1].endswith(" ")


def test_a_json_list_larger_than_one_article_is_read_article_by_article(tmp_path, monkeypatch):
    from canbo.loaders import sources

    monkeypatch.setattr(sources, "MAX_ARTICLE_BYTES", 1000)
    records = [{"text": f"Tin {i}. Nội dung, \"trích\" [{i}] {{x}}\\.", "url": f"http://x/{i}"} for i in range(40)]
    records[7]["text"] = "x " * 1500  # this one alone is larger than one article
    path = tmp_path / "list.json"
    path.write_text("[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n]\n", "utf-8")
    assert path.stat().st_size > 4 * sources.MAX_ARTICLE_BYTES
    got = list(read_articles([path]))
    assert got[7] == Skipped(f"{path}:8", sources._too_large(len(json.dumps(records[7]))))
    assert [a.text for a in got if isinstance(a, Article)] == [r["text"] for i, r in enumerate(records) if i != 7]
    assert [a.key for a in got[:2]] == ["http://x/0", "http://x/1"]
    assert sources.count_articles([path]) == 40


def test_a_broken_element_of_a_large_json_list_costs_itself_only(tmp_path, monkeypatch):
    from canbo.loaders import sources

    monkeypatch.setattr(sources, "MAX_ARTICLE_BYTES", 60)
    path = tmp_path / "list.json"
    path.write_text('[{"text": "Một."}, {"text": 7}, {"text": "Hai" "."}, {"text": "Ba."}, {"text": "Bốn, chưa hết',
                    "utf-8")
    got = list(read_articles([path]))
    assert [a.text for a in got if isinstance(a, Article)] == ["Một.", "Ba."]
    assert [(s.source.rsplit(":", 1)[1], s.reason) for s in got if isinstance(s, Skipped)] == [
        ("2", 'no "text" field'), ("3", "not JSON (Expecting ',' delimiter)"),
        ("5", "not JSON (Unterminated string starting at)")]


# ------------------------------------------------------------------ odd fields, files and names

def test_windows_1252_quotes_in_utf8_text_are_read_as_the_quotes_they_are(tmp_path):
    line = b'{"text": "Tin\\n\\nL\xc3\xa3nh \xc4\x91\xe1\xba\xa1o n\xc3\xb3i \x93xin ch\xc3\xa0o\x94"}\n'
    (tmp_path / "feed.jsonl").write_bytes(line)
    (tmp_path / "a.txt").write_bytes("Tin\n\nLãnh đạo nói ".encode() + b"\x93xin " + "chào".encode() + b"\x94 \x96 \x85")
    text, feed = read_articles([tmp_path])
    assert text.text == "Tin\n\nLãnh đạo nói “xin chào” – …"
    assert feed.text == "Tin\n\nLãnh đạo nói “xin chào”"
    assert feed.notes == ["2 Windows-1252 punctuation bytes in UTF-8 read as “”"]
    assert text.notes == ["4 Windows-1252 punctuation bytes in UTF-8 read as “”–…"]


def test_json_fields_that_are_not_text_are_left_out_with_a_warning(tmp_path):
    path = tmp_path / "feed.jsonl"
    records = [{"text": "Một.", "author": ["A", "B"]}, {"text": "Hai.", "published": 20170928},
               {"text": "Ba.", "title": {"vi": "Tin"}, "url": None}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", "utf-8")
    one, two, three = read_articles([path])
    assert one.author is None and one.notes == ['"author" is a list, not text: left out']
    assert two.published is None and two.notes == ['"published" is a number, not text: left out']
    assert three.title == "Ba." and three.notes == ['"title" is an object, not text: left out']  # null is no value


@pytest.mark.parametrize(("given", "reason"), [
    ("31/02/2017", "no day of the calendar"), ("2017-02-30", "no day of the calendar"),
    ("30.2.2017", "no day of the calendar"), ("2999-12-31", "outside the years canbo reads (1900–2100)"),
    ("0001-01-01", "outside the years canbo reads (1900–2100)"), ("31/12/2999", "outside the years canbo reads (1900–2100)"),
])
def test_a_published_date_that_is_no_day_canbo_reads_skips_its_article_whatever_its_form(tmp_path, given, reason):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": "Một.", "published": given}) + "\n" + json.dumps(
        {"text": "Hai.", "published": "28/02/2017"}) + "\n", "utf-8")
    bad, good = read_articles([path])
    assert bad == Skipped(f"{path}:1", f'"published" is {reason}: {given!r}')
    assert good.published == "2017-02-28"


def test_a_json_text_of_control_characters_only_is_skipped_like_an_empty_file(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": "\u0007\u0008\u001b", "url": "https://x/1"}) + "\n", "utf-8")
    (got,) = read_articles([path])
    assert got == Skipped(f"{path}:1", '"text" holds no text (3 control characters removed)')


def test_what_is_no_file_in_a_folder_is_reported_as_when_named(tmp_path):
    import os

    (tmp_path / "ok.txt").write_text("Tin\n\nNội dung.", "utf-8")
    os.mkfifo(tmp_path / "fifo.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    inside = {s.source: s.reason for s in read_articles([tmp_path]) if isinstance(s, Skipped)}
    named = {s.source: s.reason for name in ("fifo.txt", "zero.txt", "dangling.txt")
             for s in read_articles([tmp_path / name])}
    assert inside == named == {str(tmp_path / "fifo.txt"): "not a regular file (a device, a pipe or a socket)",
                               str(tmp_path / "zero.txt"): "not a regular file (a device, a pipe or a socket)",
                               str(tmp_path / "dangling.txt"): "a link to nothing"}


def test_a_file_whose_name_is_not_utf8_is_read_under_its_name_with_the_bytes_written_out(tmp_path):
    import os

    folder = os.fsencode(tmp_path)
    with open(folder + b"/bad\xffname.txt", "w", encoding="utf-8") as f:
        f.write("Tin\n\nSáng 3/4/2020, đồng chí Sử Ngọc Anh, Bí thư Quận ủy Gò Vấp chủ trì hội nghị.")
    (article,) = read_articles([tmp_path])
    assert article.key == "bad\\xffname.txt"
    article.key.encode("utf-8")  # text a store and every export can hold
