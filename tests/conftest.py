"""Fixtures: the shared corpus, the two stores, and a real Bolt server (ArcadeDB) for the Neo4j path."""
from __future__ import annotations

import os
import socket
from contextlib import ExitStack
from pathlib import Path

import pytest

from canbo.graph.store import KgliteStore, Neo4jStore, Store

from bolt_server import running

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
NEWS = SHARED / "corpus" / "news"
GOLD = SHARED / "eval" / "gold"
BOLT_PASSWORD = "canbo-test-pw"

needs_shared = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/corpus is not beside this checkout")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests over Bolt are marked bolt, and with browser tests slow: `pytest -m "not slow"` runs the rest in under
    a minute, `make test` runs them all."""
    for item in items:
        params = getattr(item, "callspec", None)
        if "bolt_uri" in item.fixturenames or (params and params.params.get("store") in ("bolt", "neo4j")):
            item.add_marker(pytest.mark.bolt)
        if item.get_closest_marker("bolt") or item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.slow)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def bolt_uri(tmp_path_factory: pytest.TempPathFactory):
    """bolt:// URI of an ArcadeDB server started for this test session (database "canbo")."""
    port = _free_port()
    root = tmp_path_factory.mktemp("arcadedb")
    with open(root / "server.log", "w") as log, ExitStack() as stack:
        try:
            stack.enter_context(running(root, port, BOLT_PASSWORD, log))
        except RuntimeError:
            pytest.fail(f"the ArcadeDB Bolt server did not start; see {root / 'server.log'}")
        yield f"bolt://127.0.0.1:{port}"


def _clear(store: Store) -> None:
    store.write([("MATCH (n) DETACH DELETE n", {})])


def _store_params() -> list:
    params = ["embedded", "bolt"]
    if os.environ.get("NEO4J_URI"):
        params.append("neo4j")
    return params


@pytest.fixture(params=_store_params())
def store(request: pytest.FixtureRequest, tmp_path: Path):
    """An empty writable store of each kind: embedded kglite, ArcadeDB over Bolt, and Neo4j when NEO4J_URI is set."""
    if request.param == "embedded":
        s: Store = KgliteStore(tmp_path / "test.kgl", writable=True)
    elif request.param == "bolt":
        s = Neo4jStore(request.getfixturevalue("bolt_uri"), "root", BOLT_PASSWORD, "canbo")
        _clear(s)
    else:
        s = Neo4jStore(os.environ["NEO4J_URI"])
        _clear(s)
    s.kind = request.param
    yield s
    s.close()
