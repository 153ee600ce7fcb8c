"""The Bolt server the benchmarks use: the tests' ArcadeDB server (tests/bolt_server.py) over a kept folder.

Its database lives in FOLDER/arcade, so bench/query.py can query what bench/ingest.py
wrote there. Run by hand; never a test.
"""
from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from canbo.graph.store import Neo4jStore

ROOT = Path(__file__).resolve().parent.parent
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
    ready = folder / "arcade" / "ready"
    ready.unlink(missing_ok=True)
    proc = subprocess.Popen([sys.executable, str(ROOT / "tests" / "bolt_server.py"), str(folder / "arcade"),
                             str(PORT), PASSWORD], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        while not ready.exists():
            if proc.poll() is not None:
                raise SystemExit(f"the Bolt server over {folder / 'arcade'} did not start")
            time.sleep(0.2)
        yield BoltServer(proc)
    finally:
        proc.stdin.close()
        proc.wait()
