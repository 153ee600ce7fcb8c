"""Bad input, re-ingest, interruption and shared use never lose or corrupt the graph."""
import json
import re
import signal
import subprocess
import sys
import time
import unicodedata
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import pytest
import vietnamese
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings, strategies as st
from rdflib import Graph

from canbo.cli import main
from canbo.graph.facts import export_facts
from canbo.graph.store import KgliteStore, Neo4jStore, StoreError
from canbo.ingest import ingest
from canbo.loaders.extract import extract_text
from canbo.loaders.rdf import to_rdf
from canbo.loaders.sources import Skipped, read_articles

from conftest import BOLT_PASSWORD, NEWS, SEEDS, needs_shared

SEED = SEEDS / "001_b9c9d44ee20505c9.txt"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def persons_in(path) -> list[str]:
    (article,) = [a for a in read_articles([path]) if not isinstance(a, Skipped)]
    from canbo.loaders.extract import Extractor

    return sorted(p.name for p in Extractor().extract(article).persons)


def windows_1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 writes it: base letters precomposed, tone marks combining."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


# ------------------------------------------------------------------ input of every kind

@needs_shared
@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "windows-1258", "tcvn3", "vni", "nfd"])
def test_every_encoding_reads_the_same_article(tmp_path, encoding):
    text = SEED.read_text("utf-8")
    converter = vietnamese.Converter()
    data = {
        "utf-8-sig": lambda: text.encode("utf-8-sig"),
        "utf-16": lambda: text.encode("utf-16"),
        "windows-1258": lambda: windows_1258(text),
        "tcvn3": lambda: converter.convert(text, "TCVN3", "UNICODE").encode("latin-1", errors="replace"),
        "vni": lambda: converter.convert(text, "VNI_WIN", "UNICODE").encode("cp1252", errors="replace"),
        "nfd": lambda: unicodedata.normalize("NFD", text).encode("utf-8"),
    }[encoding]()
    path = tmp_path / SEED.name
    path.write_bytes(data)
    assert persons_in(path) == persons_in(SEED)


def test_a_saved_web_page_gives_its_article_without_navigation_or_comments(tmp_path):
    page = tmp_path / "tin.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>Giao ban | Báo</title>"
        "<meta property='article:published_time' content='2017-10-06T10:41:00+07:00'></head><body>"
        "<nav><a href='/'>Trang chủ</a> Nguyễn Văn Menu</nav><article><h1>Hội nghị giao ban công tác xây dựng Đảng</h1>"
        "<p>Chiều ngày 28/9/2017, Quận ủy Hai Bà Trưng tổ chức giao ban công tác xây dựng Đảng khối Hành chính "
        "sự nghiệp quý III năm 2017.</p><p>Đồng chí Đoàn Đình Nguyên – UVTV, Trưởng Ban Tuyên giáo Quận ủy dự và "
        "chủ trì hội nghị, đại diện các Ban Xây dựng Đảng Quận ủy tham gia buổi làm việc.</p></article>"
        "<div class='comments'><p>Bình luận của Trần Văn Bạn đọc: hay quá</p></div><footer>Bản quyền</footer>"
        "</body></html>", "utf-8")
    (article,) = read_articles([page])
    assert article.published == "2017-10-06"
    x = extract_text(article.key, article.text, title=article.title, published=article.published)
    assert [p.name for p in x.persons] == ["Đoàn Đình Nguyên"]
    assert x.events[0].date == "2017-09-28"


@needs_shared
def test_bad_files_are_skipped_with_a_reason_and_nothing_of_them_is_written(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(SEED.read_text("utf-8"), "utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blob.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20)
    with open(folder / "huge.txt", "wb") as f:  # 50 MB
        f.seek(50 * 2**20)
        f.write(b"x")
    db = str(tmp_path / "g.kgl")
    result = run("ingest", str(folder), "--db", db)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    reasons = {line.split(":")[0].rsplit("/", 1)[-1]: line.split(": ", 1)[1] for line in lines[:-1]}
    assert set(reasons) == {"blob.txt", "empty.txt", "huge.txt"}
    assert reasons["empty.txt"] == "empty file" and "too large" in reasons["huge.txt"]
    assert reasons["blob.txt"] == "binary, not text"
    assert lines[-1] == "1 articles, 1 persons, 2 posts, 3 directives, 1 events; 3 skipped"
    articles = json.loads(run("query", "--cypher", "MATCH (a:Article) RETURN a.article AS a", "--db", db, "--json").output)
    assert articles == [{"a": "good.txt"}]


def test_a_defect_of_ours_costs_its_article_only_and_names_where_it_was_read(tmp_path, monkeypatch):
    from canbo.loaders.extract import Extractor

    lines = [json.dumps({"text": f"Tin {i}\n\nSáng 3/4/2020, Quận ủy Quận {i} tổ chức hội nghị."}) for i in (1, 2, 3)]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    extract = Extractor.extract

    def broken_on_the_second(self, article):
        if "Quận 2" in article.text:
            raise ValueError("a defect")
        return extract(self, article)

    monkeypatch.setattr(Extractor, "extract", broken_on_the_second)
    store = KgliteStore(tmp_path / "g.kgl", writable=True)
    report = ingest([tmp_path / "feed.jsonl"], store, workers=1)
    assert report.articles == 2
    assert report.skipped == [Skipped(f"{tmp_path / 'feed.jsonl'}:2", "could not be read (ValueError: a defect)")]
    assert sorted(r["a"] for r in store.read("MATCH (a:Article) RETURN a.article AS a")) == ["feed.jsonl#1", "feed.jsonl#3"]
    store.close()


def test_a_bad_json_line_costs_its_article_only_on_every_store(store, tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "\\ud800 x", "url": "http://x/s"}\n' + json.dumps(
        {"text": "Tin\n\nSáng 3/4/2020, Quận ủy Quận 1 tổ chức hội nghị.", "url": "http://x/g"}) + "\n", "utf-8")
    report = ingest([path], store)
    assert [s.source for s in report.skipped] == [f"{path}:1"] and "\\ud800" in report.skipped[0].reason
    assert store.read("MATCH (a:Article) RETURN a.article AS a") == [{"a": "http://x/g"}]


def test_explain_skips_a_bad_json_line_and_explains_the_others(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "\\ud800 x"}\n' + json.dumps({"text": "Tin\n\nSáng 3/4/2020, Quận ủy Quận 1 tổ chức hội nghị."})
                    + "\n", "utf-8")
    result = run("explain", str(path))
    assert result.exit_code == 1
    assert result.stderr == f"skipped {path}:1: \"text\" holds \\ud800, half of a UTF-16 pair, which is no character\n"
    assert "event: hội nghị on 2020-04-03" in result.stdout


def test_control_characters_never_reach_the_graph_its_exports_or_the_terminal(tmp_path):
    import networkx as nx

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Tin\x1b]0;owned\x07\n\nSáng 3/4/2020, Quận ủy Quận 1 tổ chức hội nghị\x1b[2J.", "utf-8")
    (folder / "b.jsonl").write_text(json.dumps({"text": "Chiều 4/4/2020, Quận ủy Quận 3 tổ chức hội nghị\u001b[31m.",
                                                "title": "Tin\u0007"}) + "\n", "utf-8")
    db = str(tmp_path / "g.kgl")
    ingested = run("ingest", str(folder), "--db", db)
    assert ingested.exit_code == 0, ingested.output
    assert "warning" in ingested.stderr and "control characters removed" in ingested.stderr
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = tmp_path / f"g.{fmt}"
        assert run("export", fmt, "--db", db, "-o", str(out)).exit_code == 0
        assert len(read(out)) > 0
    shown = run("query", "--cypher", "MATCH (n) RETURN n.title AS t, n.name AS n, n.sentence AS s", "--db", db)
    assert "hội nghị" in shown.output and not any(c in shown.output for c in "\x1b\x07")
    assert not any(c in run("explain", str(folder / "a.txt")).output for c in "\x1b\x07")


@needs_shared
def test_a_small_input_is_read_without_starting_workers(tmp_path, monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("workers started for five articles")

    monkeypatch.setattr("canbo.ingest.ProcessPoolExecutor", no_pool)
    store = KgliteStore(tmp_path / "g.kgl", writable=True)
    assert ingest([SEEDS], store, workers=2).articles == 5
    store.close()


@pytest.mark.slow
def test_a_folder_of_a_thousand_files(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(1000):
        (folder / f"{i:04d}.txt").write_text(f"Tin {i}\n\nSáng 3/4/2020, Quận ủy Quận {i % 12 + 1} tổ chức hội nghị.", "utf-8")
    store = KgliteStore(tmp_path / "g.kgl", writable=True)
    report = ingest([folder], store)
    assert (report.articles, report.events, report.skipped) == (1000, 1000, [])
    store.close()


@needs_shared
def test_an_article_that_shrank_then_a_new_session_still_writes(tmp_path):
    """Facts removed, the file reopened, new facts written: kglite's own node numbers would collide here."""
    db, folder = tmp_path / "g.kgl", tmp_path / "in"
    folder.mkdir()
    seeds = sorted(SEEDS.iterdir())
    (folder / "a.txt").write_text(seeds[0].read_text("utf-8"), "utf-8")
    assert run("ingest", str(folder), "--db", str(db)).exit_code == 0
    (folder / "a.txt").write_text(seeds[0].read_text("utf-8").split("\n\n")[0], "utf-8")
    assert run("ingest", str(folder), "--db", str(db)).exit_code == 0
    (folder / "b.txt").write_text(seeds[1].read_text("utf-8"), "utf-8")
    result = run("ingest", str(folder), "--db", str(db))
    assert result.exit_code == 0, result.output
    store = KgliteStore(db, writable=False)
    assert sorted(a["article"] for a in export_facts(store)["articles"]) == ["a.txt", "b.txt"]
    store.close()


# ------------------------------------------------------------------ interruption and shared use

@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The facts of the news corpus ingested without interruption."""
    store = KgliteStore(tmp_path_factory.mktemp("ref") / "ref.kgl", writable=True)
    ingest([NEWS], store)
    facts = {a["article"]: a for a in export_facts(store)["articles"]}
    store.close()
    return facts


def _ingest_process(db) -> subprocess.Popen:
    # Niced: an ingest busy on both cores must not starve the test that watches it and sends the signal.
    # SIGINT set back to its default: a test run in the background inherits it ignored, and Python then
    # never raises KeyboardInterrupt.
    return subprocess.Popen(["nice", "-n", "15", sys.executable, "-m", "canbo.cli", "ingest", str(NEWS),
                             "--db", str(db)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


@pytest.mark.slow
@needs_shared
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_killing_an_ingest_leaves_each_article_all_in_or_all_out(tmp_path, reference, sig):
    for attempt in range(3):  # an ingest that finished before the signal reached it is tried again
        db = tmp_path / f"g{attempt}.kgl"
        proc = _ingest_process(db)
        deadline = time.time() + 60
        wal = tmp_path / f"g{attempt}.kgl-wal"
        while time.time() < deadline and (not wal.exists() or wal.stat().st_size < 200_000):
            time.sleep(0.05)
        proc.send_signal(sig)
        proc.wait(timeout=60)
        if proc.returncode != 0:
            break
    if sig == signal.SIGINT:
        assert proc.returncode == 130 and "interrupted" in proc.stderr.read()
    store = KgliteStore(db, writable=False)  # a reader after the crash sees every committed batch
    partial = {a["article"]: a for a in export_facts(store)["articles"]}
    store.close()
    assert 0 < len(partial) < len(reference)
    for name, facts in partial.items():
        assert facts == reference[name], name
    done = _ingest_process(db)
    assert done.wait(timeout=300) == 0
    store = KgliteStore(db, writable=False)
    assert {a["article"]: a for a in export_facts(store)["articles"]} == reference


def _alive_children(pid: int) -> set[int]:
    """The processes whose parent is `pid`, zombies left out."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.slow
@needs_shared
def test_killing_an_ingest_ends_its_workers_and_their_resource_tracker(tmp_path):
    proc = _ingest_process(tmp_path / "g.kgl")
    deadline = time.time() + 60
    while len(_alive_children(proc.pid)) < 3 and time.time() < deadline:  # two workers and the resource tracker
        time.sleep(0.05)
    children = _alive_children(proc.pid)
    proc.kill()
    proc.wait(timeout=30)
    assert len(children) >= 3, "the ingest started no workers"
    deadline = time.time() + 10
    while any(map(_alive, children)) and time.time() < deadline:
        time.sleep(0.1)
    assert not any(map(_alive, children))


def _workers_of(proc: subprocess.Popen, timeout: float = 60) -> set[int]:
    """The ingest's two workers, once both run (its resource tracker left out)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        workers = {pid for pid in _alive_children(proc.pid)
                   if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()}
        if len(workers) >= 2:
            return workers
        time.sleep(0.05)
    pytest.fail("the ingest started no workers")


def _articles(db) -> int:
    store = KgliteStore(db, writable=False)
    try:
        return len(export_facts(store)["articles"])
    finally:
        store.close()


@pytest.mark.slow
@needs_shared
def test_a_worker_killed_is_said_in_one_line_and_what_was_written_is_kept(tmp_path):
    db = tmp_path / "g.kgl"
    proc = _ingest_process(db)
    wal = tmp_path / "g.kgl-wal"
    workers = _workers_of(proc)
    deadline = time.time() + 60
    while time.time() < deadline and (not wal.exists() or wal.stat().st_size < 200_000):  # a batch or more written
        time.sleep(0.05)
    subprocess.run(["kill", "-9", str(min(workers))], check=True)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 1, err
    written = re.fullmatch(r"canbo: a worker process died \(killed, or out of memory\): the (\d+) articles written "
                           r"before it are kept; the batch of articles under way was not written; run the same "
                           r"command again to finish\n", err)
    assert written, err
    assert _articles(db) == int(written.group(1)) > 0


@pytest.mark.slow
@needs_shared
def test_sigterm_ends_an_ingest_like_ctrl_c_in_one_line_leaving_nothing(tmp_path):
    db = tmp_path / "g.kgl"
    proc = _ingest_process(db)
    workers = _workers_of(proc)
    tracker = _alive_children(proc.pid) - workers
    proc.terminate()
    _, err = proc.communicate(timeout=60)  # to the end of stderr, which the resource tracker holds too
    assert proc.returncode == 143
    assert re.fullmatch(r"canbo: stopped by SIGTERM: (nothing of this run was written; what the graph held before is "
                        r"kept|the \d+ articles written before it are kept; the batch of articles under way was not "
                        r"written); run the same command again to finish\n", err), err
    deadline = time.time() + 10
    while any(map(_alive, workers | tracker)) and time.time() < deadline:
        time.sleep(0.1)
    assert not any(map(_alive, workers | tracker))


@contextmanager
def writer_holding(db, cypher: str | None = None):
    """Another process holding the graph's writer (having written `cypher`, if given) while the block runs."""
    write = f"s.write([({cypher!r}, {{}})]); " if cypher else ""
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys; from canbo.graph.store import KgliteStore; "
        f"s = KgliteStore({str(db)!r}, writable=True); {write}print('ready', flush=True); sys.stdin.read(); s.close()")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        yield holder
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


@needs_shared
def test_a_second_writer_is_told_who_holds_the_graph_and_readers_still_read(tmp_path):
    db = tmp_path / "g.kgl"
    assert run("ingest", str(SEEDS), "--db", str(db)).exit_code == 0
    with writer_holding(db) as holder:
        second = run("ingest", str(SEEDS), "--db", str(db))
        assert second.exit_code == 1
        assert second.output.strip() == f"canbo: the graph {db} is in use by PID {holder.pid}; try again when it is done"
        reader = run("roles", "Sử Ngọc Anh", "--db", str(db))
        assert reader.exit_code == 0 and "Quận ủy Gò Vấp" in reader.output


@needs_shared
def test_a_reader_during_a_write_is_told_so_in_one_line(tmp_path):
    db = tmp_path / "g.kgl"
    assert run("ingest", str(SEEDS), "--db", str(db)).exit_code == 0
    with writer_holding(db, "MERGE (b:Body {uri: 'urn:x'}) SET b.name = 'Ban X'"):
        reader = subprocess.run([sys.executable, "-m", "canbo.cli", "roles", "Sử Ngọc Anh", "--db", str(db)],
                                capture_output=True, text=True, timeout=60)
        assert reader.returncode == 0 and "Quận ủy Gò Vấp" in reader.stdout
        assert reader.stderr == (f"canbo: warning: {db} is being written to; this reads the graph as it was before "
                                 f"that write began\n")


@pytest.fixture
def small_disk(tmp_path):
    """A folder on a 1 MB file system of its own (tmpfs), to fill."""
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"a full disk is made with a small tmpfs, which needs root: {mounted.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        if subprocess.run(["umount", str(folder)]).returncode != 0:
            subprocess.run(["umount", "--lazy", str(folder)], check=True)
            pytest.fail("the full disk's files were still open after the test")


@pytest.mark.slow
@needs_shared
def test_a_full_disk_is_said_in_so_many_words_and_loses_nothing_written(small_disk, tmp_path):
    db = small_disk / "g.kgl"
    assert run("ingest", str(SEEDS), "--db", str(db)).exit_code == 0
    before = json.loads(run("export", "facts", "--db", str(db)).stdout)
    result = run("ingest", str(NEWS), "--db", str(db))
    assert result.exit_code == 1
    written = re.fullmatch(r"canbo: the disk is full: (?:nothing of this run was written; what the graph held before "
                           r"is kept|the (\d+) articles written before it are kept; the batch of articles under way was "
                           r"not written); free some space and run the same command again\n", result.stderr)
    assert written, result.stderr
    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)  # space is freed
    after = {a["article"]: a for a in json.loads(run("export", "facts", "--db", str(db)).stdout)["articles"]}
    assert all(after[a["article"]] == a for a in before["articles"])
    assert len(after) == len(before["articles"]) + int(written.group(1) or 0)  # what the message says was written
    out = run("export", "facts", "--db", str(db), "-o", "/dev/full")
    assert out.exit_code == 1 and out.stderr == "canbo: the disk is full: cannot write the output\n"


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("seeds") / "g.kgl"
    assert run("ingest", str(SEEDS), "--db", str(db)).exit_code == 0
    return db


EXPORTS = {  # what each export writes, given where
    "facts": lambda out: ["export", "facts", "-o", str(out)],
    "rdf": lambda out: ["export", "rdf", "-o", str(out)],
    "graphml": lambda out: ["export", "graphml", "-o", str(out)],
    "gexf": lambda out: ["export", "gexf", "-o", str(out)],
    "html": lambda out: ["export", "html", "--all", "-o", str(out)],
    "svg": lambda out: ["timeline", "Sử Ngọc Anh", "--svg", str(out)],
    "neo4j-import": lambda out: ["export", "neo4j-import", "-o", str(out)],
}


def _files(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.iterdir())} if path.is_dir() else {path.name: path.read_bytes()}


@pytest.mark.slow
@needs_shared
@pytest.mark.parametrize("export", sorted(EXPORTS))
def test_an_export_the_disk_cannot_hold_leaves_the_file_it_would_have_replaced(small_disk, seeds_db, export):
    subprocess.run(["mount", "-o", "remount,size=16m", str(small_disk)], check=True)
    out = small_disk / "out"
    assert run(*EXPORTS[export](out), "--db", str(seeds_db)).exit_code == 0
    before = _files(out)
    with (small_disk / "filler").open("wb", buffering=0) as filler:  # the disk is filled to its last byte
        with pytest.raises(OSError):
            while True:
                filler.write(b"\0" * 65536)
    result = run(*EXPORTS[export](out), "--db", str(seeds_db))
    (small_disk / "filler").unlink()
    assert result.exit_code == 1
    assert re.fullmatch(r"canbo: the disk is full: cannot write \S+\n", result.stderr), result.stderr
    assert _files(out) == before
    assert sorted(p.name for p in small_disk.iterdir()) == ["out"]  # no part of a file left behind


def test_a_file_is_replaced_whole_or_not_at_all(tmp_path):
    from canbo.output import replacing, write_text

    path = tmp_path / "out.txt"
    path.write_text("good", "utf-8")
    path.chmod(0o640)
    with pytest.raises(RuntimeError), replacing(path) as f:
        f.write("half")
        raise RuntimeError("stopped half way")
    assert path.read_text("utf-8") == "good" and [p.name for p in tmp_path.iterdir()] == ["out.txt"]
    link = tmp_path / "link.txt"
    link.symlink_to(path)
    write_text(link, "new")
    assert link.is_symlink() and path.read_text("utf-8") == "new" and path.stat().st_mode & 0o777 == 0o640
    write_text("/dev/null", "nothing")  # not a file: written to as it is, never replaced
    assert Path("/dev/null").is_char_device()


def test_wrong_neo4j_database_is_one_line(bolt_uri):
    with pytest.raises(StoreError) as e:
        store = Neo4jStore(bolt_uri, "root", BOLT_PASSWORD, "no_such_database")
        store.read("MATCH (n) RETURN count(n) AS n")
    assert "no_such_database" in str(e.value) or "database" in str(e.value).lower()
    assert BOLT_PASSWORD not in str(e.value)


# ------------------------------------------------------------------ fuzzing

SHAPES = Graph().parse(data=resources.files("canbo").joinpath("shapes.ttl").read_text("utf-8"), format="turtle")
WORDS = ["Đồng chí", "Nguyễn Văn An", "Bí thư", "Quận ủy", "Hai Bà Trưng", "–", "-", ",", ";", ":", "Chỉ thị số",
         "05-CT/TW", "ngày", "28/9/2017", "tổ chức", "hội nghị", "chủ trì", "UVTV", "Trưởng Ban Tuyên giáo", "và",
         "Nghị quyết Trung ương 4", "(khóa XII)", "phát biểu", "Tham dự có", "\n", "Ông", "Thành ủy viên", "Sáng 22-6",
         "<script>", "\u00a0", "Ð", "hoà", "thuỷ", "BA MINH", "Ảnh:", "nguyên", "Quận 1", "."]


def _check(text: str) -> None:
    graph = to_rdf(extract_text("fuzz.txt", text))
    import pyshacl

    ok, _, report = pyshacl.validate(graph, shacl_graph=SHAPES)
    assert ok, report


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=60).map(" ".join))
def test_fuzzed_genre_text_gives_graphs_that_pass_the_shapes(text):
    _check("Tiêu đề\n\n" + text)


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=0, max_size=400))
def test_random_text_never_raises(text):
    _check(text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=600))
def test_random_bytes_are_read_or_skipped(data, tmp_path_factory):
    path = tmp_path_factory.mktemp("bytes") / "x.txt"
    path.write_bytes(data)
    for item in read_articles([path]):
        if not isinstance(item, Skipped):
            _check(item.text)
