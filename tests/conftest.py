"""Fixtures: the shared corpus, the two stores, and a real Bolt server (ArcadeDB) for the Neo4j path."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from canbo.graph.store import KgliteStore, Neo4jStore, Store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
NEWS = SHARED / "corpus" / "news"
GOLD = SHARED / "eval" / "gold"
BOLT_PASSWORD = "canbo-test-pw"

needs_shared = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/corpus is not beside this checkout")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def bolt_uri(tmp_path_factory: pytest.TempPathFactory):
    """bolt:// URI of an ArcadeDB server started for this test session (database "canbo")."""
    port = _free_port()
    root = tmp_path_factory.mktemp("arcadedb")
    log = open(root / "server.log", "w")
    proc = subprocess.Popen([sys.executable, str(ROOT / "tests" / "bolt_server.py"), str(root), str(port), BOLT_PASSWORD],
                            stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 180
    while not (root / "ready").exists() and proc.poll() is None and time.time() < deadline:
        time.sleep(0.2)
    if not (root / "ready").exists():
        proc.kill()
        pytest.fail(f"the ArcadeDB Bolt server did not start; see {root / 'server.log'}")
    yield f"bolt://127.0.0.1:{port}"
    proc.stdin.close()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


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
