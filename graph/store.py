"""Two property-graph stores behind one narrow interface: `read`, `write`, `close`.

The embedded default is kglite (one file, no server); Neo4j is reached with the
official driver. Both take the same Cypher: every statement canbo runs, and
every query module, is written once.
"""
from __future__ import annotations

import errno
import os
import stat
import warnings
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import URIRef

from ..vocab import MODEL, XSD

DEFAULT_DB = "canbo.kgl"
KGLITE_MAGIC = b"RGF"  # every file kglite writes begins so

Statement = tuple[str, dict[str, Any]]


class StoreError(Exception):
    """A store could not be opened or used; the message is one line for the user."""


class DiskFull(StoreError):
    """A write failed for want of space; the transaction under way was rolled back."""


class StoreWarning(UserWarning):
    """Something the user should know about an answer or a store; one line (the CLI prints it so)."""


def disk_full(error: BaseException) -> bool:
    """Whether an error (ours, the OS's or kglite's) says the disk is full."""
    return getattr(error, "errno", None) == errno.ENOSPC or "No space left on device" in str(error)


def default_db() -> str:
    """The embedded store's path: $CANBO_DB, else ./canbo.kgl."""
    return os.environ.get("CANBO_DB") or DEFAULT_DB


def schema_statements(unique_uri: bool = True, text_indexes: bool = True) -> list[str]:
    """Uniqueness of `uri` on every label (unless the store makes it the identity), and indexes on the
    folded `key` of every label that has one: a range index for equality, and a TEXT index for the
    lookups by part of a name (`key CONTAINS $name`), which Neo4j's range index does not serve.
    kglite has no TEXT index (its CONTAINS scans the string column)."""
    out = []
    for label in sorted(MODEL.labels.values()) if unique_uri else []:
        out.append(f"CREATE CONSTRAINT canbo_{label.lower()}_uri IF NOT EXISTS FOR (n:{label}) REQUIRE n.uri IS UNIQUE")
    for label in sorted(label for label in MODEL.labels.values() if "key" in MODEL.keys_of(label)):
        out.append(f"CREATE INDEX canbo_{label.lower()}_key IF NOT EXISTS FOR (n:{label}) ON (n.key)")
        if text_indexes:
            out.append(f"CREATE TEXT INDEX canbo_{label.lower()}_key_text IF NOT EXISTS FOR (n:{label}) ON (n.key)")
    return out


_PLACEHOLDER = "urn:canbo:placeholder"
# A value of each datatype the ontology names, to declare a column of that kind (text otherwise).
_SAMPLE: dict[URIRef | None, object] = {XSD.integer: 0, XSD.boolean: False}


@dataclass
class Answer:
    """The rows of a user's own query, and what the store said about them (warnings that change their meaning)."""

    rows: list[dict[str, Any]]
    warnings: list[str] = field(default_factory=list)


class Store(ABC):
    """A property-graph store canbo reads and writes with Cypher."""

    name: str

    @abstractmethod
    def read(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Rows of one of canbo's own read-only queries, as dicts."""

    @abstractmethod
    def query(self, cypher: str, params: dict[str, Any] | None = None, write: bool = False) -> Answer:
        """Run a user's own Cypher and answer as Neo4j would; refuse it, in one line, when it would write
        without `write`, breaks Cypher's rules, or asks what the store cannot answer faithfully.

        Nodes come back as {"labels", "properties"}, relationships as {"type", "properties"}, paths as
        {"nodes", "relationships"}, times as ISO 8601 text, on every store alike.
        """

    @abstractmethod
    def write(self, statements: list[Statement]) -> list[dict[str, Any]]:
        """Run the statements in one transaction: all of them take effect, or none. The last one's rows."""

    @abstractmethod
    def close(self) -> None: ...

    def ensure_schema(self) -> None:
        for statement in schema_statements():
            self.write_schema(statement)

    def write_schema(self, statement: str) -> None:
        self.write([(statement, {})])

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        try:
            self.close()
        except StoreError:
            if exc is None:  # else the error under way is the one to tell
                raise


class KgliteStore(Store):
    """The embedded store: one .kgl file with a write-ahead log beside it."""

    graph: Any  # kglite's KnowledgeGraph; None once closed

    def __init__(self, path: str | Path | None, writable: bool):
        """The store in the file at `path`; with no path, a new empty graph in memory (tests, scratch work)."""
        import kglite

        # Warnings are read from each answer (Answer.warnings), and shown by whoever asked.
        kglite.set_query_warning_policy("silent")
        # kglite tells at save() which columns a memory-mapped load would keep on the heap; we load to memory.
        warnings.filterwarnings("ignore", category=kglite.MappedFallbackWarning)
        self.kglite = kglite
        self.path = str(path or ":memory:")
        self.name = f"embedded store {self.path}"
        self.writable = writable
        self.broken = False  # a write failed in a way that leaves nothing to checkpoint (a full disk)
        if path is None:
            self.graph = kglite.KnowledgeGraph()
            return
        self._check_file()
        try:
            if writable:
                if not Path(self.path).exists() or Path(self.path).stat().st_size == 0:
                    self._create()
                # No checkpoint in the background while writing: kglite's own copies the graph beside the
                # writes (2.5 times the memory at 10k articles). close() checkpoints once; a killed
                # writer's log is replayed by the next reader (_recover).
                self.graph = kglite.open(self.path, auto_checkpoint_wal_mib=0)
            else:
                self._recover()
                if not Path(self.path).exists():
                    raise StoreError(f"no graph at {self.path}: run `canbo ingest PATH --db {self.path}` first")
                self.graph = self._load()
        except kglite.WriterLeaseHeldError as e:
            holder = getattr(e, "holder", None) or {}
            pid = holder.get("pid") if isinstance(holder, dict) else None
            raise StoreError(f"the graph {self.path} is in use by PID {pid or 'unknown'}; try again when it is done") from None
        except kglite.KgError as e:
            raise self._error(e, f"cannot open {self.path}") from None

    def _check_file(self) -> None:
        """Refuse what is no store before kglite touches it: it would leave lock files beside it, make
        missing folders, or replace a file the user made read-only."""
        path = Path(self.path)
        if path.is_dir():
            raise StoreError(f"{self.path} is a folder; --db takes the graph's file (e.g. {path / DEFAULT_DB})")
        if not path.exists():
            if not path.parent.is_dir():
                raise StoreError(f"no folder {path.parent} for the graph {self.path}: create it first")
            return
        if not (self.writable and path.stat().st_size == 0):  # an empty file holds nothing to lose: a new graph
            with path.open("rb") as f:
                if f.read(len(KGLITE_MAGIC)) != KGLITE_MAGIC:
                    raise StoreError(f"{self.path} is not a canbo graph (an embedded store file); give another --db")
        if self.writable and _read_only(path):
            raise StoreError(f"the graph {self.path} is read-only: make it writable to change it")

    def _load(self) -> Any:
        """The graph as its last checkpoint holds it; a writer at work is told in one line, not kglite's two."""
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            graph = self.kglite.load(self.path)
        for w in caught:
            if "write-ahead log" in str(w.message):
                warnings.warn(f"{self.path} is being written to; this reads the graph as it was before that write "
                              f"began", StoreWarning, stacklevel=3)
            else:
                warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
        return graph

    def _error(self, error: Exception, doing: str) -> StoreError:
        """One line for a kglite error; a full disk said in so many words."""
        if disk_full(error):
            self.broken = True
            return DiskFull(f"the disk is full: {doing}; what the graph held before is kept — free some space "
                            f"and run the same command again")
        return StoreError(f"{doing}: {_first_line(error)}")

    def _create(self) -> None:
        """A new, empty store in which every label is identified by its `uri`.

        Left to itself kglite numbers the nodes of a label, and after nodes were
        deleted and the file reopened it hands out a number still in use, so the
        next write fails. Nodes identified by their uri have no numbers to collide
        (and are found faster). The identity can only be declared on a label
        without nodes, hence one placeholder per label, removed by ensure_schema.
        kglite answers `n.title` (and `properties(n)`) with a title of its own: it is
        declared the label's caption (canbo:graphCaption), so it is never a made-up one.
        """
        spec = {"nodes": [{"type": label, "id_field": "uri", "title_field": MODEL.captions[label],
                           "records": [{"uri": _PLACEHOLDER, MODEL.captions[label]: ""}]}
                          for label in sorted(MODEL.labels.values())], "connections": []}
        self.kglite.from_records(spec, save=self.path)

    def _recover(self) -> None:
        """Fold into the file the commits a killed writer left in the log, so readers see them.

        A reader sees the last checkpoint; when no one is writing and the log holds
        commits (an ingest was killed), they are replayed and checkpointed first, as
        SQLite's readers roll a hot journal. While a writer works, readers see the
        checkpoint it started from.
        """
        wal = Path(self.path + "-wal")
        if not wal.exists() or wal.stat().st_size <= 64 or _read_only(Path(self.path)):
            return
        try:
            graph = self.kglite.open(self.path)
        except self.kglite.WriterLeaseHeldError:
            return
        try:
            graph.save()
        finally:
            graph.close()

    def read(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        try:
            with self.graph.begin_read() as tx:
                return [dict(row) for row in tx.cypher(cypher, params=params or {})]
        except self.kglite.KgError as e:
            raise StoreError(f"Cypher error: {_first_line(e)}") from None
        except ValueError as e:
            raise StoreError(f"Cypher error: {_first_line(e)}") from None

    def query(self, cypher: str, params: dict[str, Any] | None = None, write: bool = False) -> Answer:
        from . import kglite_dialect as dialect
        from .cypher import check_read_only, check_rules

        if write:
            dialect.refuse_unrepresentable(cypher, writing=True)
            rows, said = self._transaction([(cypher, params or {})])
            schema = dialect.Schema.of(self.graph)
        else:
            check_read_only(cypher)
            schema = dialect.Schema.of(self.graph)
            prepared = dialect.prepare(cypher, schema)
            try:
                with self.graph.begin_read() as tx:
                    result = tx.cypher(prepared.text, params={**(params or {}), **prepared.params})
                    rows, said = result.to_list(), list(result.warnings)
            except (self.kglite.KgError, ValueError) as e:
                raise StoreError(f"Cypher error: {_first_line(e)}") from None
            check_rules(cypher)  # after kglite: what it refuses itself needs no second opinion
            dialect.check_answer(cypher, rows)
        return Answer([{k: dialect.answer_value(v, schema) for k, v in row.items()} for row in rows], said)

    def write(self, statements: list[Statement]) -> list[dict[str, Any]]:
        return self._transaction(statements)[0]

    def _transaction(self, statements: list[Statement]) -> tuple[list[dict[str, Any]], list[str]]:
        """Run the statements in one transaction; the last one's rows and kglite's warnings about it."""
        if not self.writable:
            raise StoreError(f"{self.name} is open for reading only")
        tx = self.graph.begin()
        try:
            result = None
            for cypher, params in statements:
                result = tx.cypher(cypher, params=params)
            rows = [dict(row) for row in result] if result is not None else []
            said = list(result.warnings) if result is not None else []
            tx.commit()
            return rows, said
        except (self.kglite.KgError, ValueError) as e:
            self._rollback(tx)
            del tx, result  # let go of the graph: after a full disk, close() drops it with its files
            raise self._error(e, "write failed, nothing was changed") from None
        except BaseException:
            self._rollback(tx)
            raise

    def _rollback(self, tx: Any) -> None:
        """Undo a transaction, unless it ended already: an interrupt (Ctrl-C) can land as commit returns."""
        try:
            tx.rollback()
        except (self.kglite.KgError, ValueError):
            pass

    def ensure_schema(self) -> None:
        """Indexes, and every label's properties declared from the ontology.

        A store made by `_create` identifies nodes by uri, which keeps it unique: a
        constraint would only hold a second index of every uri in memory.

        kglite accepts in a pattern's map only properties the label has held before
        (SET may add any); a placeholder holding them all, removed at once, lets the
        writer's `MERGE (n:Post {uri: r.uri, title: r.title, …})` run on any store.
        It holds a value of each property's kind (rdfs:range): a column that once held
        a null keeps kglite's "mixed" cells for good (a reader of a 10k-article graph
        held 238 MB with them, 82 MB without).
        """
        identity = self.read("MATCH (n) RETURN id(n) = n.uri AS uri LIMIT 1")
        for statement in schema_statements(unique_uri=not (identity and identity[0]["uri"]), text_indexes=False):
            self.write_schema(statement)
        statements: list[Statement] = []
        for label in sorted(MODEL.labels.values()):
            keys = MODEL.keys_of(label)
            if keys:
                samples = {k: [""] if p in MODEL.lists else _SAMPLE.get(MODEL.datatypes.get(p), "")
                           for k, p in sorted(keys.items())}
                statements.append((f"MERGE (n:{label} {{uri: $u}}) SET " + ", ".join(f"n.{k} = $s.{k}" for k in samples),
                                   {"u": _PLACEHOLDER, "s": samples}))
            statements.append((f"MATCH (n:{label} {{uri: $u}}) DELETE n", {"u": _PLACEHOLDER}))
        self.write(statements)

    def write_schema(self, statement: str) -> None:
        try:
            self.graph.cypher(statement)
        except (self.kglite.KgError, ValueError) as e:
            raise StoreError(f"schema: {_first_line(e)}") from None

    def close(self) -> None:
        graph, self.graph = getattr(self, "graph", None), None
        if graph is None or not self.writable or self.path == ":memory:":
            return
        try:
            graph.close()  # checkpoints: the log's commits folded into the file (an explicit save() first did it twice)
        except self.kglite.KgError as e:
            if not self.broken:  # after a full disk kglite refuses to checkpoint: the log's commits stay for the next
                raise self._error(e, f"cannot close {self.path}") from None


#: The URI schemes of the Bolt protocol the official driver speaks (Neo4j's HTTP API is not one).
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


class Neo4jStore(Store):
    """A Neo4j server (or any Bolt server speaking Neo4j's Cypher) through the official driver."""

    def __init__(self, uri: str, user: str | None = None, password: str | None = None, database: str | None = None):
        scheme = uri.partition("://")[0].lower() if "://" in uri else ""
        if scheme not in BOLT_SCHEMES:
            raise StoreError(f"cannot reach Neo4j at {uri!r}: the URI must start with one of "
                             f"{', '.join(s + '://' for s in BOLT_SCHEMES)}")
        import neo4j
        from neo4j import exceptions as nx

        self.nx = nx
        self.name = f"Neo4j at {uri}"
        self._explain_trusted: bool | None = None
        self.database = database or os.environ.get("NEO4J_DATABASE") or None
        user = user or os.environ.get("NEO4J_USERNAME") or os.environ.get("NEO4J_USER") or "neo4j"
        password = password if password is not None else os.environ.get("NEO4J_PASSWORD", "")
        try:
            self.driver = neo4j.GraphDatabase.driver(uri, auth=(user, password))
            self.driver.verify_connectivity()
        except nx.AuthError:
            raise StoreError(f"Neo4j at {uri} refused user {user!r}: check NEO4J_USERNAME and NEO4J_PASSWORD") from None
        except (nx.ServiceUnavailable, OSError):
            raise StoreError(f"no Neo4j server answers at {uri}: check that it runs and NEO4J_URI") from None
        except (ValueError, nx.ConfigurationError) as e:
            raise StoreError(f"bad Neo4j URI {uri!r}: {_first_line(e)}") from None
        except nx.Neo4jError as e:
            raise StoreError(f"Neo4j at {uri}: {_first_line(e)}") from None

    def _session(self, **kwargs):
        return self.driver.session(database=self.database, **kwargs) if self.database else self.driver.session(**kwargs)

    def read(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        def work(tx):
            return [record.data() for record in tx.run(cypher, params or {})]

        try:
            with self._session() as session:
                return session.execute_read(work)
        except self.nx.ClientError as e:
            raise StoreError(f"Cypher error: {_first_line(e.message or str(e))}") from None
        except self.nx.Neo4jError as e:
            raise StoreError(f"{self.name}: {_first_line(e.message or str(e))}") from None

    def query(self, cypher: str, params: dict[str, Any] | None = None, write: bool = False) -> Answer:
        """A user's Cypher; without `write` it runs in a READ session, after the guard, and after the
        server's own EXPLAIN where that can tell a read from a write (Neo4j's does, ArcadeDB's does not)."""
        import neo4j

        from .cypher import check_read_only, check_rules

        if not write:
            check_read_only(cypher)
            check_rules(cypher)

        def work(tx):
            result = tx.run(cypher, params or {})
            rows = [{k: _bolt_value(v) for k, v in record.items()} for record in result]
            said = [s.status_description for s in result.consume().gql_status_objects if s.is_notification]
            return rows, said

        try:
            with self._session(default_access_mode=neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS) as session:
                if not write:
                    self.refuse_what_the_server_says_writes(session, cypher, params or {})
                rows, said = (session.execute_write if write else session.execute_read)(work)
        except self.nx.ClientError as e:
            raise StoreError(f"Cypher error: {_first_line(e.message or str(e))}") from None
        except self.nx.Neo4jError as e:
            raise StoreError(f"{self.name}: {_first_line(e.message or str(e))}") from None
        return Answer(rows, [w for w in said if w])

    def refuse_what_the_server_says_writes(self, session: Any, cypher: str, params: dict[str, Any]) -> None:
        """Refuse a query the server's own EXPLAIN calls a write ('w', 'rw') or a schema change ('s').

        Neo4j's EXPLAIN tells a read ('r') from a write without running it. ArcadeDB's
        calls every query a write, so a server is asked once whether `RETURN 1` reads,
        and only one that says so is believed.
        """
        from .cypher import CypherRefused

        if self._explain_trusted is None:
            self._explain_trusted = session.run("EXPLAIN RETURN 1 AS one").consume().query_type == "r"
        if self._explain_trusted and session.run("EXPLAIN " + cypher, params).consume().query_type != "r":
            raise CypherRefused(f"{self.name} says this Cypher changes the graph or its schema; "
                                f"only `canbo query --cypher … --write` may do that")

    def write(self, statements: list[Statement]) -> list[dict[str, Any]]:
        def work(tx: Any) -> list[dict[str, Any]]:
            for cypher, params in statements[:-1]:
                tx.run(cypher, params).consume()
            return [record.data() for cypher, params in statements[-1:] for record in tx.run(cypher, params)]

        try:
            with self._session() as session:
                return session.execute_write(work)
        except self.nx.Neo4jError as e:
            raise StoreError(f"write failed, nothing was changed: {_first_line(e.message or str(e))}") from None

    def close(self) -> None:
        self.driver.close()


def _bolt_value(value: Any) -> Any:
    """A value of a Bolt answer as canbo hands values on (see Store.query)."""
    from neo4j import graph as g

    if isinstance(value, g.Node):
        return {"labels": sorted(value.labels), "properties": {k: _bolt_value(v) for k, v in value.items()}}
    if isinstance(value, g.Relationship):
        return {"type": value.type, "properties": {k: _bolt_value(v) for k, v in value.items()}}
    if isinstance(value, g.Path):
        return {"nodes": [_bolt_value(n) for n in value.nodes],
                "relationships": [_bolt_value(r) for r in value.relationships]}
    if isinstance(value, dict):
        return {k: _bolt_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_bolt_value(v) for v in value]
    if hasattr(value, "iso_format"):  # neo4j.time's Date, DateTime, Time, Duration
        text = value.iso_format()
        return text[:-6] + "Z" if text.endswith("+00:00") else text
    return value


def open_store(db: str | None = None, neo4j_uri: str | None = None, writable: bool = False,
               database: str | None = None) -> Store:
    """The store a command names: Neo4j when a URI is given (or NEO4J_URI is set), else the embedded file.

    Given both, or with both CANBO_DB and NEO4J_URI set and neither given, it is refused: which one to use
    is the user's choice, not ours.
    """
    if db and neo4j_uri:
        raise StoreError("give --db or --neo4j, not both")
    if not db and not neo4j_uri and os.environ.get("CANBO_DB") and os.environ.get("NEO4J_URI"):
        raise StoreError("CANBO_DB and NEO4J_URI are both set: choose one store with --db or --neo4j")
    uri = neo4j_uri or os.environ.get("NEO4J_URI")
    if uri and not db:
        return Neo4jStore(uri, database=database)
    return KgliteStore(db or default_db(), writable)


def _read_only(path: Path) -> bool:
    """A file its owner made read-only (chmod a-w), which root too should leave as it is."""
    return not os.access(path, os.W_OK) or not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def _first_line(error: object) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
