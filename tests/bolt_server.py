"""A real Bolt server for the tests: ArcadeDB (arcadedb-embedded) with its Bolt plugin.

    python tests/bolt_server.py ROOT PORT PASSWORD

Starts the server on 127.0.0.1:PORT with a database named "canbo", writes the
file ROOT/ready (the server's own log goes to standard output) and runs until
its standard input closes. No Neo4j server can be
installed from the registries this project reaches; ArcadeDB speaks Bolt and
Neo4j 5's Cypher dialect, which is what canbo's Neo4j path uses.

`running()` starts it in a child process for the tests (conftest.py) and the benchmarks (bench/bolt.py).
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


@contextmanager
def running(root: Path, port: int, password: str, log: IO | int = subprocess.DEVNULL,
            timeout: float = 180) -> Iterator[subprocess.Popen]:
    """This server in a child process over ROOT, ready for connections; stopped on leaving.

    Raises RuntimeError when it has not written ROOT/ready within `timeout` seconds.
    """
    ready = Path(root) / "ready"
    ready.unlink(missing_ok=True)
    proc = subprocess.Popen([sys.executable, __file__, str(root), str(port), password],
                            stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + timeout
        while not ready.exists() and proc.poll() is None and time.time() < deadline:
            time.sleep(0.2)
        if not ready.exists():
            proc.kill()
            raise RuntimeError(f"the ArcadeDB Bolt server over {root} did not start")
        yield proc
    finally:
        proc.stdin.close()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def main() -> None:
    root, port, password = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    os.makedirs(root, exist_ok=True)
    os.chdir(root)  # ArcadeDB writes its log folder into the working directory
    import arcadedb_embedded as arcadedb

    server = arcadedb.create_server(root_path=root, root_password=password, config={
        "host": "127.0.0.1",
        "http_port": port + 1,
        "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
        "bolt_port": port,
    })
    server.start()
    server.create_database("canbo")
    with open(os.path.join(root, "ready"), "w") as f:
        f.write(str(port))
    sys.stdin.read()
    server.stop()


if __name__ == "__main__":
    main()
