"""The interactive page as a person uses it: opened in headless Chromium with the network blocked."""
import re
import shutil
import subprocess
import time
from pathlib import Path
from urllib.parse import quote

import pytest

from canbo.graph.page import render_page
from canbo.graph.selectors import Selection, select
from canbo.graph.store import KgliteStore
from canbo.ingest import ingest

from conftest import NEWS, SEEDS, needs_shared

ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_browser = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (`make test` installs it)")
INJECTION = "<script>document.body.dataset.pwned='yes'</script><img src=x onerror=\"document.title='pwned'\">"


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("page")
    for seed in SEEDS.iterdir():
        shutil.copy(seed, folder / seed.name)
    (folder / "evil.txt").write_text(
        "Tin\n\nSáng 3/4/2020, Quận ủy Quận 1 tổ chức hội nghị. Đồng chí Trần Văn Thử - Bí thư Quận ủy chủ trì "
        f"hội nghị {INJECTION} và phát biểu.", "utf-8")
    return build_page(folder, "canbo test")


def build_page(folder, title: str):
    """Ingest a folder of articles and write the page of the whole graph; (path, graph drawn)."""
    store = KgliteStore(folder / "g.kgl", writable=True)
    ingest([folder], store)
    graph = select(store, Selection())
    store.close()
    path = folder / "page.html"
    path.write_text(render_page(graph, title), "utf-8")
    return path, graph


def chromium(*args: str) -> str:
    profile = Path(ARTIFACTS.parent / ".chromium-profile")
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
           "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND", "--virtual-time-budget=8000",
           *args]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    return done.stdout


def body_of(dom: str) -> dict[str, str]:
    tag = re.search(r"<body([^>]*)>", dom).group(1)
    return dict(re.findall(r'data-(\w+)="([^"]*)"', tag))


@needs_shared
def test_page_loads_nothing_from_another_host(page):
    text = page[0].read_text("utf-8")
    assert not re.search(r"""<(?:script|link|img|iframe)[^>]+(?:src|href)\s*=\s*["']?(?:https?:)?//""", text)
    assert "default-src 'none'" in text
    assert "vis.Network" in text


@needs_shared
def test_article_text_cannot_close_the_script_it_is_carried_in(page):
    text = page[0].read_text("utf-8")
    data = text[text.index("const DATA = "):]
    data = data[:data.index("</script>")]
    assert "<script>document" not in data and "\\u003cscript\\u003e" in data


@needs_shared
@needs_browser
def test_page_in_chromium_draws_searches_shows_sources_and_resists_injection(page):
    path, graph = page
    ARTIFACTS.mkdir(exist_ok=True)
    dom = chromium("--dump-dom", path.as_uri() + "#search=" + quote("sử ngọc anh"))
    body = body_of(dom)
    assert int(body["nodes"]) == graph.number_of_nodes()
    assert int(body["edges"]) == graph.number_of_edges()
    assert body["focused"] == "Sử Ngọc Anh"
    assert "pwned" not in body and "<title>canbo test</title>" in dom  # the article's script never ran
    assert len(re.findall(r'<input type="checkbox" data-type="\w+"', dom)) == 6  # the legend: a filter per kind
    event = chromium("--dump-dom", path.as_uri() + "#search=" + quote("giao ban công tác xây dựng Đảng"))
    details = re.search(r'<div id="details"[^>]*>(.*?)</div>', event, re.S).group(1)
    assert "Chiều ngày 28/9/2017, Quận ủy Hai Bà Trưng tổ chức giao ban" in details
    assert "source: Hội nghị giao ban" in details
    chromium("--window-size=1400,900", f"--screenshot={ARTIFACTS / 'page.png'}",
             path.as_uri() + "#search=" + quote("Sử Ngọc Anh"))
    assert (ARTIFACTS / "page.png").stat().st_size > 10_000


@needs_shared
@needs_browser
def test_the_whole_news_corpus_page_opens_offline(tmp_path):
    shutil.copytree(NEWS, tmp_path / "news")
    path, graph = build_page(tmp_path / "news", "canbo: news")
    started = time.perf_counter()
    body = body_of(chromium("--dump-dom", path.as_uri() + "#search=" + quote("Nguyễn Phú Trọng")))
    opened = time.perf_counter() - started
    assert int(body["nodes"]) == graph.number_of_nodes() > 1500
    assert body["focused"] == "Nguyễn Phú Trọng"
    assert opened < 60


def test_undated_facts_are_a_choice_of_the_date_filter_of_their_own(tmp_path):
    import networkx as nx

    from canbo.graph.page import page_data

    graph = nx.MultiDiGraph()
    graph.add_node("p", type="Person", name="Sử Ngọc Anh")
    graph.add_node("x", type="Post", title="Bí thư", date=None)
    graph.add_node("y", type="Post", title="Bí thư", date="2019-11-01")
    graph.add_node("e", type="Event", name="hội nghị", date="--06-22")
    graph.add_edge("p", "x", type="HOLDS", date=None)
    graph.add_edge("p", "y", type="HOLDS", date="2019-11-01")
    data = page_data(graph)
    assert {n["id"]: n["undated"] for n in data["nodes"]} == {"p": False, "x": True, "y": False, "e": True}
    assert sorted(e["undated"] for e in data["edges"]) == [False, True]
    page = render_page(graph)
    assert '<input id="undated" type="checkbox" checked>' in page and "!item.undated || undated" in page
