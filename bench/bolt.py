"""The Bolt server the benchmarks use: the tests' ArcadeDB server (tests/bolt_server.py) over a kept folder.

Its database lives in FOLDER/arcade, so bench/query.py can query what bench/ingest.py
wrote there. Run by hand; never a test.
"""
from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from canbo.graph.store import Neo4jStore

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from bolt_server import running  # noqa: E402  (the tests' server, not a package)

PORT, USER, PASSWORD = 7699, "root", "bench-password"


@dataclass
class BoltServer:
    process: subprocess.Popen

    def connect(self) -> Neo4jStore:
        return Neo4jStore(f"bolt://127.0.0.1:{PORT}", USER, PASSWORD, "canbo")

    def peak_mb(self) -> float:
        """The server's peak resident memory so far (the JVM runs inside that process)."""
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        return int(status.split("VmHWM:")[1].split()[0]) / 1024


@contextmanager
def bolt_server(folder: Path) -> Iterator[BoltServer]:
    """A Bolt server on FOLDER/arcade (its database created if new), stopped on leaving."""
    with ExitStack() as stack:
        try:
            proc = stack.enter_context(running(folder / "arcade", PORT, PASSWORD))
        except RuntimeError as e:
            raise SystemExit(str(e)) from None
        yield BoltServer(proc)
