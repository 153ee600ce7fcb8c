"""A user's own Cypher, read before a store runs it: its tokens, the read-only guard, and Neo4j's rules.

`canbo query --cypher` and `export html --cypher` run what a researcher types.
Without --write that text must only read, and deciding it must not be fooled by
what a regular expression cannot see: a clause word inside a string, a quoted
name (`` `'` ``, `` `DELETE` ``), a comment (`/* ' */ CREATE`, `LOAD/**/CSV`), or
a second query after UNION. So the text is cut into tokens by a real Cypher
lexer (graphglot's, the one its parser uses), and a clause that writes, reads a
server's files or calls a procedure canbo does not know to be read-only is
refused with its name.

Stores differ in what they let through: Neo4j rejects a query that breaks the
language's rules (a variable used as a node and as a relationship, `count()` in
WHERE, `123 AND true`), kglite answers many of them with rows. `check_rules`
applies Neo4j's rules, as graphglot's semantic analysis states them, on every
store, so the same text is refused or answered alike.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .store import StoreError


class CypherRefused(StoreError):
    """canbo will not run this Cypher; the message says why, in one line."""


@dataclass(frozen=True)
class Token:
    kind: str    # graphglot's token type name: "VAR", "STRING", "MATCH", "PERIOD" ...
    text: str    # the token as written in the query (quotes and backticks kept)
    start: int   # offset of its first character in the query
    end: int     # offset just past it

    @property
    def word(self) -> str | None:
        """The name this token spells when it is a bare word (keyword or unquoted name), upper-cased."""
        return self.text.upper() if _BARE_WORD.fullmatch(self.text) else None

    @property
    def name(self) -> str | None:
        """The identifier this token is, quoted or not (keywords included: `label` is a name after `n.`)."""
        if self.text.startswith("`"):
            return self.text[1:-1].replace("``", "`")
        return self.text if _BARE_WORD.fullmatch(self.text) else None


_BARE_WORD = re.compile(r"[^\W\d]\w*")


@lru_cache(maxsize=1)
def _dialect() -> Any:
    from graphglot.dialect import Dialect

    return Dialect.get_or_raise("neo4j")


def tokens(cypher: str) -> list[Token]:
    """The query's tokens, comments and white space left out; an unreadable query is refused in one line."""
    from graphglot.error import GraphGlotError

    try:
        found = _dialect().lexer().tokenize(cypher)
    except GraphGlotError as e:
        raise CypherRefused(f"Cypher error: {str(e).splitlines()[0]}") from None
    return [Token(t.token_type.name, cypher[t.start:t.end + 1], t.start, t.end + 1) for t in found]


# ------------------------------------------------------------------- guard
# Clauses that change the graph, the schema or the server, and LOAD CSV, which reads the server's files.
WRITE_CLAUSES = frozenset({"CREATE", "MERGE", "SET", "DELETE", "DETACH", "NODETACH", "REMOVE", "DROP", "FOREACH",
                           "LOAD", "INSERT", "ALTER", "RENAME", "GRANT", "DENY", "REVOKE"})
# Procedures that only read: the schema listings both stores answer, and kglite's graph algorithms.
READ_PROCEDURES = frozenset({
    "db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
    "db.schema.nodetypeproperties", "db.schema.reltypeproperties", "db.indexes", "db.constraints",
    "dbms.components", "pagerank", "betweenness", "closeness", "degree", "louvain", "leiden",
    "label_propagation", "connected_components"})


def writing_clause(cypher: str) -> str | None:
    """The first clause of the query that would change the graph or read a server file, or None.

    A keyword counts where it is a clause: not as a property (`n.set`), a label
    (`:Create`), a parameter (`$delete`) or a map key (`{merge: 1}`); quoted names
    and strings never count. `CALL` of a procedure counts unless it is one of
    READ_PROCEDURES (a subquery, `CALL { … }`, is read like the rest).
    """
    toks = tokens(cypher)
    for i, tok in enumerate(toks):
        word = tok.word
        if word is None or tok.kind == "STRING":
            continue
        before = toks[i - 1].kind if i else ""
        after = toks[i + 1].kind if i + 1 < len(toks) else ""
        if before in ("PERIOD", "COLON", "DOLLAR_SIGN") or after == "COLON":
            continue
        if word in WRITE_CLAUSES:
            return "LOAD CSV" if word == "LOAD" else word
        if word == "CALL" and after not in ("LEFT_BRACE", "LEFT_PAREN"):
            name = _procedure_name(toks, i + 1)
            if name.lower() not in READ_PROCEDURES:
                return f"CALL {name}"
    return None


def _procedure_name(toks: list[Token], i: int) -> str:
    parts = []
    while i < len(toks) and toks[i].name is not None:
        parts.append(toks[i].name or "")
        if i + 1 < len(toks) and toks[i + 1].kind == "PERIOD":
            i += 2
        else:
            break
    return ".".join(parts) or "a procedure"


def check_read_only(cypher: str) -> None:
    """Refuse, in one line, a query that would change the graph (or read the server's files)."""
    clause = writing_clause(cypher)
    if clause:
        raise CypherRefused(f"this Cypher changes the graph or reads server files ({clause}); "
                            f"only `canbo query --cypher … --write` may do that")


# ------------------------------------------------------------------- rules
RULES_BUDGET = 5.0  # seconds; graphglot's parser backtracks, and a few long boolean filters take seconds
# The rules of graphglot's analysis canbo enforces: those kglite does not (measured on the openCypher TCK, where
# they flag no valid query). Others, such as undefined-variable, kglite enforces itself, and graphglot's
# version misreads `CALL { WITH x … }` and reduce().
ENFORCED_RULES = frozenset({"boolean-operand-type", "variable-type-conflict", "same-pattern-node-edge-conflict",
                            "mixed-query-conjunction", "aggregation-in-non-return-context",
                            "return-star-no-variables"})


def check_rules(cypher: str) -> None:
    """Refuse a query that breaks the rules of Neo4j's Cypher (graphglot's semantic analysis), in one line.

    Only the analysis's verdicts refuse: a query graphglot cannot parse (a kglite
    extension, newer syntax) is left to the store, which has its own parser. The
    check gives up after RULES_BUDGET seconds rather than keep a user waiting;
    the store's own checks still apply then.
    """
    result: list[Any] = []

    def validate() -> None:
        try:
            result.append(_dialect().validate(cypher))
        except Exception:  # noqa: BLE001 - graphglot failing on a query it cannot read leaves it to the store
            pass

    worker = threading.Thread(target=validate, daemon=True)
    worker.start()
    worker.join(RULES_BUDGET)
    if not result or result[0].stage != "analysis":
        return
    broken = [d for d in result[0].diagnostics if d.feature_id in ENFORCED_RULES]
    if broken:
        first = broken[0]
        raise CypherRefused(f"Cypher error: {first.message} (line {first.line}, column {first.col})")
