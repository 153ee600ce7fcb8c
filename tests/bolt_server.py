"""A real Bolt server for the tests: ArcadeDB (arcadedb-embedded) with its Bolt plugin.

    python tests/bolt_server.py ROOT PORT PASSWORD

Starts the server on 127.0.0.1:PORT with a database named "canbo", writes the
file ROOT/ready (the server's own log goes to standard output) and runs until
its standard input closes. No Neo4j server can be
installed from the registries this project reaches; ArcadeDB speaks Bolt and
Neo4j 5's Cypher dialect, which is what canbo's Neo4j path uses.
"""
from __future__ import annotations

import os
import sys


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
