"""Where articles come from: files, folders, JSON lines, and what is skipped."""
import json

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
