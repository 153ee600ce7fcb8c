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
applies those rules on every store, so the same text is refused or answered alike.
"""
from __future__ import annotations

import re
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
_RESERVED = frozenset({"END", "NULL", "TRUE", "FALSE", "AND", "OR", "XOR", "NOT", "IN", "IS", "AS", "CASE",
                       "WHEN", "THEN", "ELSE", "DISTINCT", "RETURN", "WITH", "WHERE", "ORDER", "BY", "SKIP",
                       "LIMIT", "MATCH", "OPTIONAL", "UNWIND", "UNION", "ALL", "CONTAINS", "STARTS", "ENDS",
                       "ASC", "DESC", "ASCENDING", "DESCENDING", "CALL", "YIELD", "EXISTS", "COUNT"})


OPENERS = frozenset({"LEFT_PAREN", "LEFT_BRACKET", "LEFT_BRACE", "MINUS_LEFT_BRACKET", "LEFT_ARROW_BRACKET"})
CLOSERS = frozenset({"RIGHT_PAREN", "RIGHT_BRACKET", "RIGHT_BRACE", "RIGHT_BRACKET_MINUS", "BRACKET_RIGHT_ARROW"})


def matching(toks: list[Token], i: int) -> int:
    """Index of the token that closes (or opens) the bracket, brace or parenthesis at i."""
    step = 1 if toks[i].kind in OPENERS else -1
    depth = 0
    for j in range(i, len(toks) if step == 1 else -1, step):
        depth += step if toks[j].kind in OPENERS else -step if toks[j].kind in CLOSERS else 0
        if depth == 0:
            return j
    raise CypherRefused("Cypher error: unbalanced brackets")


def items(toks: list[Token], a: int, b: int) -> list[tuple[int, int]]:
    """Token ranges of the top-level comma-separated items of tokens a..b, a leading DISTINCT left out."""
    if a < b and toks[a].kind == "DISTINCT":
        a += 1
    found, start, i = [], a, a
    while i < b:
        if toks[i].kind in OPENERS:
            i = matching(toks, i)
        elif toks[i].kind == "COMMA":
            found.append((start, i))
            start = i + 1
        i += 1
    if start < b:
        found.append((start, b))
    return found


def is_variable(tok: Token) -> bool:
    """Whether the token can name a variable: a quoted name, or a bare word that is no keyword of expressions."""
    return tok.name is not None and (tok.text.startswith("`") or (tok.word or "") not in _RESERVED)


@lru_cache(maxsize=1)
def _dialect() -> Any:
    from graphglot.dialect import Dialect  # type: ignore[import-untyped]

    return Dialect.get_or_raise("neo4j")


def tokens(cypher: str) -> list[Token]:
    """The query's tokens, comments and white space left out; an unreadable query is refused in one line."""
    from graphglot.error import GraphGlotError  # type: ignore[import-untyped]

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
# Neo4j's rules that kglite does not enforce, read from the tokens. Each was found with the openCypher TCK
# (tests/test_tck.py): a query that breaks one gets rows from kglite where Neo4j says it is wrong.
_PATTERN_CLAUSES = ("MATCH", "OPTIONAL")
_CLAUSE_WORDS = frozenset({"MATCH", "OPTIONAL", "WHERE", "WITH", "RETURN", "UNWIND", "ORDER_BY", "OFFSET",
                           "LIMIT", "UNION", "CALL", "YIELD", "CREATE", "MERGE", "SET", "DELETE", "DETACH",
                           "REMOVE", "FOREACH"})
_RELATIONSHIP_OPENERS = ("MINUS_LEFT_BRACKET", "LEFT_ARROW_BRACKET")
_AGGREGATES = frozenset({"COUNT", "SUM", "AVG", "MIN", "MAX", "COLLECT", "STDEV", "STDEVP", "PERCENTILECONT",
                         "PERCENTILEDISC"})


def check_rules(cypher: str) -> None:
    """Refuse, in one line, a query that breaks a rule of Neo4j's Cypher which kglite does not enforce."""
    toks = tokens(cypher)
    for rule in (_variable_kinds, _relationship_twice, _path_property, _size_of_path, _range_of_floats,
                 _random_aggregate, _unnamed_with_item, _ambiguous_aggregation, _mixed_union, _aggregate_in_where,
                 _non_boolean_operand):
        message = rule(toks)
        if message:
            raise CypherRefused(f"Cypher error: {message}")


def _clause_spans(toks: list[Token]) -> list[tuple[str, int, int]]:
    """(keyword, first token, end) of each top-level clause; nested brackets belong to their clause."""
    spans: list[tuple[str, int, int]] = []
    depth = 0
    for i, tok in enumerate(toks):
        if tok.kind in OPENERS:
            depth += 1
        elif tok.kind in CLOSERS:
            depth -= 1
        elif depth == 0 and tok.kind in _CLAUSE_WORDS and is_clause(toks, i):
            if tok.kind == "MATCH" and spans and spans[-1][0] == "OPTIONAL" and spans[-1][1] == i - 1:
                continue
            if spans:
                spans[-1] = (spans[-1][0], spans[-1][1], i)
            spans.append((tok.kind, i, len(toks)))
    return spans


def is_clause(toks: list[Token], i: int) -> bool:
    """Whether the keyword at i starts a clause: not `WITH` of `STARTS WITH`, not a property or label name."""
    before = toks[i - 1] if i else None
    if before is None:
        return True
    return before.kind not in ("PERIOD", "COLON", "DOLLAR_SIGN") and not (
        toks[i].kind == "WITH" and before.kind in ("STARTS", "ENDS"))


def _pattern_variables(toks: list[Token], a: int, b: int) -> tuple[list[str], list[str], list[str]]:
    """Node, relationship and path variables a MATCH clause's patterns bind (tokens a to b)."""
    nodes, rels, paths = [], [], []
    for i in range(a, b):
        tok, nxt = toks[i], toks[i + 1] if i + 1 < b else None
        if tok.kind == "LEFT_PAREN" and nxt and nxt.name and i + 2 < b and \
                toks[i + 2].kind in ("RIGHT_PAREN", "COLON", "LEFT_BRACE", "WHERE") and \
                not (i and toks[i - 1].name and toks[i - 1].kind != "MATCH"):
            nodes.append(nxt.name)
        elif tok.kind in _RELATIONSHIP_OPENERS and nxt and nxt.name and i + 2 < b and \
                toks[i + 2].kind not in ("PERIOD", "LEFT_PAREN"):
            rels.append(nxt.name)
        elif tok.name and nxt and nxt.kind == "EQUALS_OPERATOR" and i + 2 < b and \
                (toks[i + 2].kind == "LEFT_PAREN" or (toks[i + 2].word or "").startswith(("SHORTESTPATH", "ALLSHORTEST"))):
            paths.append(tok.name)
    return nodes, rels, paths


def _variable_kinds(toks: list[Token]) -> str | None:
    """A variable used as two kinds of thing: a node and a relationship, a path and a node, a value and a node
    (VariableTypeConflict); and RETURN * with nothing to return."""
    scope: dict[str, str] = {}  # name -> "node", "relationship", "path", "literal" or "unknown"
    for kind, a, b in _clause_spans(toks):
        if kind in _PATTERN_CLAUSES:
            nodes, rels, paths = _pattern_variables(toks, a, b)
            starred = {toks[i + 1].name for i in range(a, b - 2)
                       if toks[i].kind in _RELATIONSHIP_OPENERS and toks[i + 2].kind == "ASTERISK"}
            for names, what in ((paths, "path"), (nodes, "node"), (rels, "relationship")):
                for name in names:
                    was = scope.get(name)
                    if was == "literal" and not (what == "relationship" and name in starred):
                        return f"`{name}` holds a value, not a {what} (VariableTypeConflict)"
                    if was in ("node", "relationship", "path") and was != what:
                        return f"`{name}` is used as a {was} and as a {what} (VariableTypeConflict)"
                    scope[name] = what
        elif kind in ("WITH", "UNWIND", "YIELD"):
            projected: dict[str, str] = dict(scope) if kind != "WITH" else {}
            for start, end in items(toks, a + 1, b):
                if toks[start].kind == "ASTERISK":
                    projected.update(scope)
                    continue
                named = end - start >= 3 and toks[end - 2].kind == "AS"
                alias = toks[end - 1].name if named else toks[start].name
                body = end - 2 if named else end
                if alias is None:
                    continue
                first = toks[start]
                if body - start == 1 and first.name in scope and kind == "WITH":
                    projected[alias] = scope[first.name]
                elif kind == "WITH" and (first.kind in ("NUMBER", "STRING", "LEFT_BRACKET", "LEFT_BRACE")
                                         or first.word in ("TRUE", "FALSE", "COLLECT")):
                    projected[alias] = "literal"  # (UNWIND's elements may be anything)
                else:
                    projected[alias] = "unknown"
            scope = projected
        elif kind == "UNION":
            scope = {}
        elif kind == "RETURN" and a + 1 < b and toks[a + 1].kind == "ASTERISK" and not scope:
            return "RETURN * has no variables to return (NoVariablesInScope)"
    return None


def _mixed_union(toks: list[Token]) -> str | None:
    unions = [i for i, t in enumerate(toks) if t.kind == "UNION"]
    alls = {i + 1 < len(toks) and toks[i + 1].kind == "ALL" for i in unions}
    return "UNION and UNION ALL cannot be mixed in one query (InvalidClauseComposition)" if len(alls) > 1 else None


def _aggregate_in_where(toks: list[Token]) -> str | None:
    for kind, a, b in _clause_spans(toks):
        if kind == "WHERE":
            i = a
            while i < b:
                if toks[i].kind == "LEFT_BRACE":  # EXISTS { … } and COUNT { … } are queries of their own
                    i = matching(toks, i)
                elif toks[i].word in _AGGREGATES and i + 1 < b and toks[i + 1].kind == "LEFT_PAREN":
                    return f"{toks[i].text}() aggregates rows: it cannot filter them in WHERE (InvalidAggregation)"
                i += 1
    return None


def _non_boolean_operand(toks: list[Token]) -> str | None:
    """A literal that is no boolean as an operand of AND, OR, XOR or NOT (`123 AND true`, `NOT 'foo'`)."""
    for i, tok in enumerate(toks):
        if tok.kind not in ("AND", "OR", "XOR", "NOT"):
            continue
        right = _literal_end(toks, i + 1)
        if right is not None and (right + 1 >= len(toks) or toks[right + 1].kind in _OPERAND_ENDS):
            return f"{tok.text} takes booleans, not {_text(toks, i + 1, right + 1)} (InvalidArgumentType)"
        if tok.kind != "NOT" and i:
            left = _literal_start(toks, i - 1)
            if left is not None and (left == 0 or toks[left - 1].kind in _OPERAND_STARTS and is_clause(toks, left - 1)):
                return f"{tok.text} takes booleans, not {_text(toks, left, i)} (InvalidArgumentType)"
    return None


_OPERAND_ENDS = frozenset({"AND", "OR", "XOR", "RIGHT_PAREN", "COMMA", "AS", "RETURN", "WITH", "ORDER_BY", "OFFSET",
                           "LIMIT", "UNION", "SEMICOLON", "THEN", "ELSE", "END", "RIGHT_BRACKET", "RIGHT_BRACE"})
_OPERAND_STARTS = frozenset({"AND", "OR", "XOR", "NOT", "LEFT_PAREN", "COMMA", "RETURN", "WITH", "WHERE", "WHEN",
                             "THEN", "ELSE"})


def _literal_end(toks: list[Token], i: int) -> int | None:
    """Last token of the non-boolean literal (number, string, list, map) starting at i, or None."""
    if i >= len(toks):
        return None
    if toks[i].kind in ("NUMBER", "STRING"):
        return i
    if toks[i].kind == "MINUS_SIGN" and i + 1 < len(toks) and toks[i + 1].kind == "NUMBER":
        return i + 1
    if toks[i].kind in ("LEFT_BRACKET", "LEFT_BRACE"):
        close = matching(toks, i)
        return close if close + 1 >= len(toks) or toks[close + 1].kind not in ("LEFT_BRACKET", "PERIOD") else None
    return None


def _literal_start(toks: list[Token], j: int) -> int | None:
    """First token of the non-boolean literal ending at j, or None."""
    if toks[j].kind in ("NUMBER", "STRING"):
        return j - 1 if j and toks[j - 1].kind == "MINUS_SIGN" and toks[j].kind == "NUMBER" else j
    if toks[j].kind in ("RIGHT_BRACKET", "RIGHT_BRACE"):
        depth = 0
        for k in range(j, -1, -1):
            depth += {"RIGHT_BRACKET": 1, "RIGHT_BRACE": 1, "LEFT_BRACKET": -1, "LEFT_BRACE": -1}.get(toks[k].kind, 0)
            if depth == 0:
                before = toks[k - 1] if k else None
                return None if before is not None and (before.name or before.kind in (
                    "RIGHT_PAREN", "RIGHT_BRACKET")) and before.kind not in _OPERAND_STARTS else k
    return None


def _relationship_twice(toks: list[Token]) -> str | None:
    for kind, a, b in _clause_spans(toks):
        if kind in _PATTERN_CLAUSES:
            rels = _pattern_variables(toks, a, b)[1]
            twice = {r for r in rels if rels.count(r) > 1}
            if twice:
                return f"relationship `{sorted(twice)[0]}` appears twice in one pattern (RelationshipUniquenessViolation)"
    return None


def _paths(toks: list[Token]) -> set[str]:
    return {p for kind, a, b in _clause_spans(toks) if kind in _PATTERN_CLAUSES for p in _pattern_variables(toks, a, b)[2]}


def _path_property(toks: list[Token]) -> str | None:
    paths = _paths(toks)
    for i, tok in enumerate(toks[:-2]):
        if tok.name in paths and toks[i + 1].kind == "PERIOD" and not (i and toks[i - 1].kind == "PERIOD"):
            return f"`{tok.name}` is a path: it has no properties (InvalidArgumentType)"
    return None


def _size_of_path(toks: list[Token]) -> str | None:
    paths = _paths(toks)
    for i, tok in enumerate(toks[:-3]):
        if tok.word != "SIZE" or toks[i + 1].kind != "LEFT_PAREN":
            continue
        if toks[i + 2].name in paths and toks[i + 3].kind == "RIGHT_PAREN" or toks[i + 2].kind == "LEFT_PAREN":
            return "size() takes a list or a string: length(p) counts a path's relationships, COUNT { … } a pattern's matches"
    return None


def _range_of_floats(toks: list[Token]) -> str | None:
    for i, tok in enumerate(toks):
        if tok.word == "RANGE" and i + 1 < len(toks) and toks[i + 1].kind == "LEFT_PAREN":
            j, depth = i + 1, 0
            while j < len(toks):
                depth += {"LEFT_PAREN": 1, "RIGHT_PAREN": -1}.get(toks[j].kind, 0)
                if depth == 0:
                    break
                if toks[j].kind == "NUMBER" and re.fullmatch(r"\d*\.\d*(e[-+]?\d+)?|\d+e[-+]?\d+", toks[j].text, re.I):
                    return "range() takes integers (InvalidArgumentType)"
                j += 1
    return None


def _random_aggregate(toks: list[Token]) -> str | None:
    for i, tok in enumerate(toks[:-3]):
        if tok.word in _AGGREGATES and toks[i + 1].kind == "LEFT_PAREN":
            inner = toks[i + 2:matching(toks, i + 1)]
            if any(t.word == "RAND" for t in inner):
                return "rand() cannot be aggregated: it is not a constant of the group (NonConstantExpression)"
    return None


def _unnamed_with_item(toks: list[Token]) -> str | None:
    for kind, a, b in _clause_spans(toks):
        if kind != "WITH":
            continue
        for start, end in items(toks, a + 1, b):
            plain = end - start == 1 and (toks[start].name or toks[start].kind == "ASTERISK")
            if not plain and not (end - start >= 3 and toks[end - 2].kind == "AS"):
                return "an expression in WITH needs a name: add `AS name` (NoExpressionAlias)"
    return None


def _ambiguous_aggregation(toks: list[Token]) -> str | None:
    """An item that aggregates may use outside its aggregates only what the projection groups by."""
    for kind, a, b in _clause_spans(toks):
        if kind not in ("WITH", "RETURN"):
            continue
        projection = items(toks, a + 1, b)
        keys, aggregating = set(), []
        for start, end in projection:
            named = end - start >= 3 and toks[end - 2].kind == "AS"
            body = (start, end - 2 if named else end)
            if any(toks[k].word in _AGGREGATES and k + 1 < body[1] and toks[k + 1].kind == "LEFT_PAREN"
                   for k in range(*body)):
                aggregating.append(body)
            else:
                keys.add(_text(toks, *body))
                if named:
                    keys.add(toks[end - 1].text)
        for start, end in aggregating:
            if any(toks[k].kind in ("VERTICAL_BAR", "IN") or toks[k].word == "REDUCE" for k in range(start, end)):
                continue  # local variables of a list expression
            for ref in _outer_references(toks, start, end):
                if not any(".".join(ref.split(".")[:n]) in keys for n in range(1, ref.count(".") + 2)):
                    return f"`{ref}` is neither grouped by nor aggregated in `{_text(toks, start, end)}` " \
                           f"(AmbiguousAggregationExpression)"
    return None


def _outer_references(toks: list[Token], start: int, end: int) -> list[str]:
    """Variables (with their properties) that an expression reads outside its aggregate calls."""
    refs, k = [], start
    while k < end:
        tok = toks[k]
        if tok.word in _AGGREGATES and k + 1 < end and toks[k + 1].kind == "LEFT_PAREN":
            k = matching(toks, k + 1) + 1
            continue
        if is_variable(tok) and not (k and toks[k - 1].kind in ("PERIOD", "DOLLAR_SIGN")) and \
                not (k + 1 < end and toks[k + 1].kind in ("LEFT_PAREN", "COLON")):  # a call, a map key
            j = k
            while j + 2 < end and toks[j + 1].kind == "PERIOD":
                j += 2
            refs.append(_text(toks, k, j + 1))
            k = j + 1
            continue
        k += 1
    return refs


def _text(toks: list[Token], a: int, b: int) -> str:
    return " ".join(t.text for t in toks[a:b]).replace(" . ", ".")
