"""What canbo does so that kglite answers a user's Cypher as Neo4j would, or says why it will not.

kglite, the embedded store, is a fast Cypher engine with a model of its own, and
measured with the openCypher TCK (../shared/cypher-tck) it answers some queries
differently without a word. Each difference is handled here, by rewriting the
query before kglite runs it or by reading its answer back, and each is named in
DIFFERENCES; tests/test_tck.py holds every scenario of the TCK to it.

The query is rewritten on its tokens (graph.cypher.tokens), never on raw text, so
strings, quoted names and comments are left as they were.
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from .cypher import CLOSERS, OPENERS, CypherRefused, Token, is_clause, is_variable, items, matching, tokens

# kglite answers these keys on every node even when the node does not hold them: `name` and `title`
# with the node's title (its stored name or title, else the minted "<Label>_<id>"), `label`, `type`
# and `node_type` with its label, `id` with its identity. On a relationship: its type and endpoints.
NODE_VIRTUAL = ("name", "title", "label", "type", "node_type", "id")
REL_VIRTUAL = ("type", "connection_type", "id", "start", "start_id", "end", "end_id")
UNLABELLED = "Node"  # the label kglite gives a node created without one

DIFFERENCES = {
    "virtual-keys": "kglite answers name, title, label, type and id on every node (keys() and properties() "
                    "list some of them): canbo reads only what a node or relationship holds",
    "unlabelled": "kglite labels a node created without a label 'Node': canbo shows it without one",
    "unbounded-path": "kglite stops `*` and `*N..` at 10 hops: canbo bounds them by the number of relationships",
    "order-by-alias": "kglite leaves unsorted an ORDER BY on a renamed column beside an aggregate: "
                      "canbo sorts on the column's new name",
    "division": "kglite makes x / 0.0 null: canbo makes it Infinity, -Infinity or NaN, except where the operands "
                "aggregate (kglite cannot aggregate inside CASE): there it stays null",
    "spellings": "kglite reads no /* */ comments, `<-->`, `[:A|:B]`, `a < b < c`, `[1, 2][0]`, percentileCont, "
                 "and no list comprehension right after IN: canbo writes them as kglite reads them",
    "rules": "kglite answers queries Neo4j rejects (`123 AND true`, a node used as a relationship): "
             "graph.cypher.check_rules refuses them",
    "unrepresentable": "a property named id, the label Node, times to the nanosecond: refused "
                       "(refuse_unrepresentable, check_answer)",
}


@dataclass
class Schema:
    """What kglite's schema says a graph holds: which labels (and relationship types) hold which keys."""

    node_keys: dict[str, set[str]] = field(default_factory=dict)
    rel_keys: dict[str, set[str]] = field(default_factory=dict)
    relationships: int = 0

    @classmethod
    def of(cls, graph: Any) -> Schema:
        s = graph.schema()
        return cls({label: set(t.get("properties", {})) for label, t in s.get("node_types", {}).items()},
                   {rel: set(t.get("properties", {})) for rel, t in s.get("connection_types", {}).items()},
                   int(s.get("edge_count", 0)))

    def holders(self, key: str, of_relationships: bool = False) -> list[str]:
        """The labels (relationship types) some of whose elements hold `key`."""
        kinds = self.rel_keys if of_relationships else self.node_keys
        return sorted(label for label, keys in kinds.items() if key in keys and key != "id")


@dataclass
class Prepared:
    text: str
    params: dict[str, Any]


def prepare(cypher: str, schema: Schema) -> Prepared:
    """The query as kglite must be given it to answer as Neo4j does, with the parameters the rewriting uses."""
    refuse_unrepresentable(cypher)
    text = _without_comments(cypher)
    text = _name_columns(text)
    text = _order_by_aliases(text)
    text = _neo4j_spellings(text)
    text = _bound_paths(text, max(schema.relationships, 1))
    text = _divisions(text)
    text = _labels_without_unlabelled(text)
    params: dict[str, Any] = {}
    text = _stored_maps(text, schema, params)
    text = _stored_reads(text, schema, params)
    return Prepared(text, params)


def refuse_unrepresentable(cypher: str, writing: bool = False) -> None:
    """Refuse what kglite cannot hold or hand back faithfully, in one line.

    A property named `id` becomes a kglite node's identity (it then answers on
    every node: canbo's nodes are identified by `uri`); the label `Node` is the one
    kglite gives unlabelled nodes; times finer than a microsecond come back
    rounded, since kglite hands Python datetime values.
    """
    toks = tokens(cypher)
    for i, tok in enumerate(toks):
        nxt = toks[i + 1].kind if i + 1 < len(toks) else ""
        if tok.name == "id" and nxt == "COLON" and i and toks[i - 1].kind in ("LEFT_BRACE", "COMMA"):
            if _in_pattern_or_write(toks, i):
                raise CypherRefused("the embedded store cannot hold a property named `id` (it is kglite's "
                                    "node identity); name it otherwise")
        if tok.name == "id" and i > 1 and toks[i - 1].kind == "PERIOD" and _after_set(toks, i):
            raise CypherRefused("the embedded store cannot hold a property named `id` (it is kglite's node "
                                "identity); name it otherwise")
        if tok.name == UNLABELLED and i and toks[i - 1].kind == "COLON":
            raise CypherRefused(f"the embedded store keeps the label `{UNLABELLED}` for nodes without a label; "
                                f"choose another")
    if writing and _mentions_nanoseconds(toks):
        raise CypherRefused(NANOSECONDS)


NANOSECONDS = "the embedded store holds and returns times to the microsecond: it cannot answer with nanoseconds"


def _mentions_nanoseconds(toks: list[Token]) -> bool:
    return any(tok.name and tok.name.lower() == "nanosecond" and i + 1 < len(toks) and toks[i + 1].kind == "COLON"
               or tok.kind == "STRING" and re.search(r"\d:\d\d(:\d\d)?[.,]\d{7,}", tok.text)
               for i, tok in enumerate(toks))


def check_answer(cypher: str, rows: list[dict[str, Any]]) -> None:
    """Refuse an answer kglite could not hand back whole: times the query gave nanoseconds, rounded to microseconds."""
    if _mentions_nanoseconds(tokens(cypher)) and any(_has_time(v) for row in rows for v in row.values()):
        raise CypherRefused(NANOSECONDS)


def _has_time(value: Any) -> bool:
    if isinstance(value, (dt.date, dt.time, dt.timedelta)):
        return True
    if isinstance(value, dict):
        return any(_has_time(v) for v in value.values())
    return isinstance(value, list) and any(_has_time(v) for v in value)


def _in_pattern_or_write(toks: list[Token], i: int) -> bool:
    """Whether the map around token i is a node or relationship's properties (in a pattern) or written by SET."""
    j = _enclosing(toks, i)
    if j is None or toks[j].kind != "LEFT_BRACE" or not j:
        return False
    before = toks[j - 1]
    return (before.kind in ("COLON", "RIGHT_PAREN", "MINUS_LEFT_BRACKET", "LEFT_ARROW_BRACKET", "LEFT_PAREN",
                            "EQUALS_OPERATOR", "PLUS_EQUALS_OPERATOR")
            or before.name is not None and before.kind not in ("RETURN", "WITH", "AS"))


def _after_set(toks: list[Token], i: int) -> bool:
    """Whether the property at i is the target of SET (`SET n.id = …`)."""
    j = i - 2
    while j >= 0 and toks[j].kind not in ("SET", "WHERE", "RETURN", "WITH", "MATCH", "COMMA"):
        j -= 1
    return j >= 0 and toks[j].kind in ("SET", "COMMA") and i + 1 < len(toks) and toks[i + 1].kind == "EQUALS_OPERATOR"


# ------------------------------------------------------------ token helpers
def _splice(text: str, edits: list[tuple[int, int, str]]) -> str:
    """The text with each (start, end, replacement) applied; edits must not overlap."""
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def _is_function(toks: list[Token], j: int) -> bool:
    """Whether token j names a function called right after it (`count(`, `toUpper(`, `exists(`)."""
    return (j + 1 < len(toks) and toks[j + 1].kind == "LEFT_PAREN"
            and (is_variable(toks[j]) or toks[j].word in ("COUNT", "EXISTS", "ALL")))


def _target_start(toks: list[Token], j: int) -> int | None:
    """Where the expression ending at token j starts, when it can be the target of `.key`: a variable,
    a call, an index or a bracketed expression, with what it is a property or element of."""
    while True:
        tok = toks[j]
        if tok.kind in ("RIGHT_PAREN", "RIGHT_BRACKET", "RIGHT_BRACKET_MINUS"):
            j = matching(toks, j)
            if toks[j].kind == "LEFT_PAREN" and j and _is_function(toks, j - 1):
                j -= 1  # a function call: its name, and the namespace before it
                while j > 1 and toks[j - 1].kind == "PERIOD" and is_variable(toks[j - 2]):
                    j -= 2
                return j
            if toks[j].kind == "LEFT_BRACKET" and j and (toks[j - 1].kind in CLOSERS or is_variable(toks[j - 1])):
                j -= 1  # an index: the expression it indexes
                continue
            return j
        if is_variable(tok) and tok.kind != "STRING":
            if j > 1 and toks[j - 1].kind == "PERIOD":
                j -= 2
                continue
            if j and toks[j - 1].kind == "DOLLAR_SIGN":
                return None  # a parameter: a map, never a node
            return j
        return None


def _clause_items(toks: list[Token], i: int, stops: frozenset[str]) -> list[tuple[int, int]]:
    """Token ranges [a, b) of the comma-separated items after the keyword at i, up to a stop keyword."""
    j = i + 1
    while j < len(toks) and toks[j].kind not in stops:
        j = matching(toks, j) + 1 if toks[j].kind in OPENERS else j + 1
    return items(toks, i + 1, j)


_PROJECTION_END = frozenset({"ORDER_BY", "ORDER", "SKIP", "LIMIT", "UNION", "SEMICOLON", "WHERE", "MATCH", "OPTIONAL",
                             "WITH", "RETURN", "UNWIND", "CALL", "OFFSET", "RIGHT_BRACE"})


def _alias_of(toks: list[Token], a: int, b: int) -> tuple[int, str] | None:
    """(index of AS, alias) of a projection item, or None when it has none."""
    if b - a >= 3 and toks[b - 2].kind == "AS":
        return b - 2, toks[b - 1].name or ""
    return None


# ------------------------------------------------------------------ passes
def _order_by_aliases(text: str) -> str:
    """ORDER BY an expression a projection renamed (`n AS officials … ORDER BY n`) sorts on the new name.

    kglite leaves the rows unsorted when the projection also aggregates; the new
    name means the same value. An ORDER BY item that is itself one of the new names
    is left alone: it already names the column.
    """
    toks = tokens(text)
    edits = []
    for i, tok in enumerate(toks):
        if tok.kind not in ("RETURN", "WITH") or not is_clause(toks, i):
            continue
        items = _clause_items(toks, i, _PROJECTION_END)
        renamed: dict[tuple[str, ...], str] = {}
        aliases = set()
        for a, b in items:
            alias = _alias_of(toks, a, b)
            if alias:
                renamed[tuple(t.text for t in toks[a:alias[0]])] = toks[b - 1].text
                aliases.add(alias[1])
        end = items[-1][1] if items else i + 1
        if not renamed or end >= len(toks) or toks[end].kind not in ("ORDER_BY", "ORDER"):
            continue
        start = end + (1 if toks[end].kind == "ORDER_BY" else 2)
        for a, b in _clause_items(toks, start - 1, _PROJECTION_END - {"ORDER_BY", "ORDER"}):
            if b - a > 1 and toks[b - 1].kind in ("ASC", "DESC", "ASCENDING", "DESCENDING"):
                b -= 1
            key = tuple(t.text for t in toks[a:b])
            if key in renamed and not (b - a == 1 and toks[a].name in aliases):
                edits.append((toks[a].start, toks[b - 1].end, renamed[key]))
    return _splice(text, edits)


def _without_comments(text: str) -> str:
    """The query without its comments: kglite reads `//` but not `/* … */`."""
    toks = tokens(text)
    gaps = [(a.end, b.start) for a, b in zip(toks, toks[1:], strict=False) if text[a.end:b.start].strip()]
    if toks:
        gaps = [(0, toks[0].start)] * bool(text[:toks[0].start].strip()) + gaps
        gaps += [(toks[-1].end, len(text))] * bool(text[toks[-1].end:].strip())
    return _splice(text, [(a, b, "\n" if "\n" in text[a:b] else " ") for a, b in gaps])


# Neo4j's names of functions kglite spells otherwise.
FUNCTIONS = {"PERCENTILECONT": "percentile_cont", "PERCENTILEDISC": "percentile_disc"}


def _neo4j_spellings(text: str) -> str:
    """Neo4j's spellings kglite does not read: `<-->` and `<-[…]->` (either direction) as `--` and
    `-[…]-`, `[:A|:B]` as `[:A|B]`, and the functions of FUNCTIONS."""
    toks = tokens(text)
    edits = []
    for i, tok in enumerate(toks):
        if tok.word in FUNCTIONS and i + 1 < len(toks) and toks[i + 1].kind == "LEFT_PAREN":
            edits.append((tok.start, tok.end, FUNCTIONS[tok.word]))
        elif tok.kind == "LEFT_MINUS_RIGHT":
            edits.append((tok.start, tok.end, "--"))
        elif tok.kind == "LEFT_ARROW_BRACKET":
            close = matching(toks, i)
            if toks[close].kind == "BRACKET_RIGHT_ARROW":
                edits += [(tok.start, tok.end, "-["), (toks[close].start, toks[close].end, "]-")]
        elif tok.kind == "COLON" and i and toks[i - 1].kind == "VERTICAL_BAR" and _in_relationship(toks, i):
            edits.append((tok.start, tok.end, ""))
        elif tok.kind == "LEFT_BRACKET" and not (i and _ends_operand(toks[i - 1])):
            close = matching(toks, i)
            subscripted = close + 1 < len(toks) and toks[close + 1].kind == "LEFT_BRACKET"  # [1, 2][0]
            comprehension = i and toks[i - 1].kind == "IN" and any(  # x IN [y IN list | f(y)]
                t.kind in ("IN", "VERTICAL_BAR") for t in toks[i + 1:close])
            if subscripted or comprehension:
                edits += [(tok.start, tok.start, "("), (toks[close].end, toks[close].end, ")")]
        elif tok.kind in _COMPARISONS:
            middle = _chained_operand(toks, i)
            if middle is not None:  # a < b <= c is a < b AND b <= c
                edits.append((tok.start, tok.start, f"AND {text[toks[middle].start:toks[i - 1].end]} "))
    return _splice(text, edits)


_COMPARISONS = frozenset({"LEFT_ANGLE_BRACKET", "RIGHT_ANGLE_BRACKET", "LESS_THAN_OR_EQUALS_OPERATOR",
                          "GREATER_THAN_OR_EQUALS_OPERATOR", "EQUALS_OPERATOR", "NOT_EQUALS_OPERATOR"})
# What may stand inside one operand of a comparison: atoms and arithmetic.
_ARITHMETIC = frozenset({"PERIOD", "PLUS_SIGN", "MINUS_SIGN", "ASTERISK", "SOLIDUS", "PERCENT", "CARET", "NUMBER",
                         "STRING", "DOLLAR_SIGN"})


def _chained_operand(toks: list[Token], i: int) -> int | None:
    """When the comparison at i follows another (`a < b <= c`), the first token of their shared operand b."""
    j = i - 1
    while j >= 0:
        kind = toks[j].kind
        if kind in CLOSERS:
            j = matching(toks, j) - 1
            continue
        if kind in _COMPARISONS:
            return j + 1 if j + 1 < i and not _is_path_assignment(toks, j) else None
        if kind in _ARITHMETIC or is_variable(toks[j]) or toks[j].word in ("NULL", "TRUE", "FALSE"):
            j -= 1
            continue
        return None
    return None


def _is_path_assignment(toks: list[Token], j: int) -> bool:
    """Whether the `=` at j names a path (`p = (a)-->(b)`) or sets a value (`SET x = 1`)."""
    return toks[j].kind == "EQUALS_OPERATOR" and (j + 1 < len(toks) and toks[j + 1].kind == "LEFT_PAREN"
                                                  or any(t.kind in ("SET", "MATCH") for t in toks[max(0, j - 3):j]))


def _bound_paths(text: str, bound: int) -> str:
    """`-[*]->`, `-[*2..]->` and `-[*..]->` with an explicit upper bound: the number of relationships.

    kglite stops an unbounded pattern at 10 hops (and warns); a path that repeats no
    relationship, as Cypher's do not, is never longer than the graph has relationships.
    """
    toks = tokens(text)
    edits = []
    for i, tok in enumerate(toks):
        if tok.kind != "ASTERISK" or not _in_relationship(toks, i):
            continue
        nxt = [t.kind for t in toks[i + 1:i + 4]] + ["", "", ""]
        if nxt[0] == "NUMBER" and nxt[1] == "DOUBLE_PERIOD" and nxt[2] != "NUMBER":
            low = int(toks[i + 1].text)
            edits.append((toks[i + 2].end, toks[i + 2].end, str(max(bound, low))))
        elif nxt[0] == "DOUBLE_PERIOD" and nxt[1] != "NUMBER":
            edits.append((toks[i + 1].end, toks[i + 1].end, str(bound)))
        elif nxt[0] not in ("NUMBER", "DOUBLE_PERIOD"):
            edits.append((tok.end, tok.end, f"1..{bound}"))
    return _splice(text, edits)


def _in_relationship(toks: list[Token], i: int) -> bool:
    """Whether token i stands inside a relationship pattern's brackets (`-[ … ]-`), outside its property map."""
    j = _enclosing(toks, i)
    return j is not None and toks[j].kind in ("MINUS_LEFT_BRACKET", "LEFT_ARROW_BRACKET")


def _enclosing(toks: list[Token], i: int) -> int | None:
    """Index of the innermost bracket, brace or parenthesis still open at token i, or None."""
    depth = 0
    for j in range(i - 1, -1, -1):
        kind = toks[j].kind
        if kind in CLOSERS:
            depth += 1
        elif kind in OPENERS:
            if depth == 0:
                return j
            depth -= 1
    return None


def _name_columns(text: str) -> str:
    """Give each RETURN item without a name its own text as name, so rewriting it keeps the column's name."""
    toks = tokens(text)
    edits = []
    for i, tok in enumerate(toks):
        if tok.kind != "RETURN":
            continue
        for a, b in _clause_items(toks, i, _PROJECTION_END):
            if _alias_of(toks, a, b) or b - a == 1 and is_variable(toks[a]) or toks[a].kind == "ASTERISK":
                continue
            original = text[toks[a].start:toks[b - 1].end]
            edits.append((toks[b - 1].end, toks[b - 1].end, " AS `" + original.replace("`", "``") + "`"))
    return _splice(text, edits)


AGGREGATES = frozenset({"COUNT", "SUM", "AVG", "MIN", "MAX", "COLLECT", "STDEV", "STDEVP", "PERCENTILECONT",
                        "PERCENTILEDISC", "PERCENTILE_CONT", "PERCENTILE_DISC", "MEDIAN", "MODE", "VARIANCE"})


def _divisions(text: str) -> str:
    """`x / y` gives Infinity, -Infinity or NaN where y is a float zero (or x a float and y zero), as in Neo4j;
    kglite gives null. Integer division by zero stays an error, as in Neo4j.

    kglite cannot aggregate inside CASE, so a division whose operands aggregate
    (`sum(x) / count(y)`) is left as it is: DIFFERENCES says so.
    """
    toks = tokens(text)
    spans = []
    for i, tok in enumerate(toks):
        if tok.kind != "SOLIDUS":
            continue
        left, right = _left_operand(toks, i), _right_operand(toks, i)
        if left is None or right is None:
            continue
        if any(t.word in AGGREGATES and k + 1 < len(toks) and toks[k + 1].kind == "LEFT_PAREN"
               for k, t in enumerate(toks[left:right + 1], start=left)):
            continue
        spans.append(((toks[left].start, toks[i].start), (toks[i].end, toks[right].end)))

    def render(start: int, end: int) -> str:
        inside = [s for s in spans if start <= s[0][0] and s[1][1] <= end and (s[0][0], s[1][1]) != (start, end)]
        outer = [s for s in inside if not any(o is not s and o[0][0] <= s[0][0] and s[1][1] <= o[1][1]
                                              for o in inside)]
        out, at = [], start
        for (l0, l1), (r0, r1) in sorted(outer):
            out += [text[at:l0], _division(render(l0, l1).strip(), render(r0, r1).strip())]
            at = r1
        out.append(text[at:end])
        return "".join(out)

    return render(0, len(text)) if spans else text


def _division(left: str, right: str) -> str:
    x, y = _fresh("x"), _fresh("y")
    return _let(x, left, _let(y, right, (
        f"CASE WHEN {y} = 0 AND NOT (valueType({x}) STARTS WITH 'INTEGER' AND valueType({y}) STARTS WITH "
        f"'INTEGER') THEN (CASE WHEN {x} > 0 THEN toFloat('Infinity') WHEN {x} < 0 THEN toFloat('-Infinity') "
        f"WHEN {x} IS NULL THEN null ELSE toFloat('NaN') END) ELSE {x} / {y} END")))


def _let(name: str, value: str, body: str) -> str:
    """`body` with `name` bound to `value`, evaluated once: Cypher has no let, a one-element list comprehension is one."""
    return f"([{name} IN [{value}] | {body}][0])"  # parenthesised: kglite cannot read `1 - [2][0]`


_counter = itertools.count()


def _fresh(stem: str) -> str:
    """A variable name no user query holds."""
    return f"canbo_{stem}{next(_counter)}"


_MULTIPLICATIVE = frozenset({"ASTERISK", "SOLIDUS", "PERCENT", "CARET"})
_SIGNS = frozenset({"MINUS_SIGN", "PLUS_SIGN"})


def _left_operand(toks: list[Token], i: int) -> int | None:
    """First token of the left operand of the operator at i: the multiplicative chain before it."""
    j = i - 1
    while True:
        start = _atom_start(toks, j)
        if start is None:
            return None
        if start and toks[start - 1].kind in _SIGNS and (start == 1 or not _ends_operand(toks[start - 2])):
            start -= 1  # a unary sign binds tighter than `/`
        if start > 1 and toks[start - 1].kind in _MULTIPLICATIVE:
            j = start - 2
            continue
        return start


def _ends_operand(tok: Token) -> bool:
    return tok.kind in ("NUMBER", "STRING", "RIGHT_PAREN", "RIGHT_BRACKET", "RIGHT_BRACE") or is_variable(tok) \
        or tok.word in ("NULL", "TRUE", "FALSE", "END")


def _atom_start(toks: list[Token], j: int) -> int | None:
    """First token of the atom (with its property accesses and indexes) that ends at token j."""
    if j < 0:
        return None
    tok = toks[j]
    if tok.kind in ("NUMBER", "STRING") or tok.word in ("NULL", "TRUE", "FALSE"):
        return j
    if tok.word == "END":
        depth = 0
        for k in range(j, -1, -1):
            depth += {"END": 1, "CASE": -1}.get(toks[k].word or "", 0)
            if depth == 0:
                return k
        return None
    start = _target_start(toks, j)
    if start is not None and start and toks[start - 1].kind == "DOLLAR_SIGN":
        return start - 1
    if start is None and tok.kind not in CLOSERS and j and toks[j - 1].kind == "DOLLAR_SIGN":
        return j - 1
    return start


def _right_operand(toks: list[Token], i: int) -> int | None:
    """Last token of the right operand of the operator at i: a signed atom, with any `^` after it."""
    j = i + 1
    while j < len(toks) and toks[j].kind in _SIGNS:
        j += 1
    end = _atom_end(toks, j)
    while end is not None and end + 2 < len(toks) and toks[end + 1].kind == "CARET":
        end = _atom_end(toks, end + 2)
    return end


def _atom_end(toks: list[Token], j: int) -> int | None:
    if j >= len(toks):
        return None
    tok = toks[j]
    if tok.word == "CASE":
        depth = 0
        for k in range(j, len(toks)):
            depth += {"CASE": 1, "END": -1}.get(toks[k].word or "", 0)
            if depth == 0:
                j = k
                break
        else:
            return None
    elif tok.kind == "DOLLAR_SIGN":
        j += 1
    elif tok.kind in OPENERS:
        j = matching(toks, j)
    elif _is_function(toks, j):
        j = matching(toks, j + 1)
    elif not (tok.kind in ("NUMBER", "STRING") or is_variable(tok) or tok.word in ("NULL", "TRUE", "FALSE")):
        return None
    while j + 1 < len(toks):  # property accesses and indexes
        if toks[j + 1].kind == "PERIOD" and j + 2 < len(toks) and toks[j + 2].name is not None:
            j += 2
        elif toks[j + 1].kind == "LEFT_BRACKET":
            j = matching(toks, j + 1)
        else:
            break
    return j


def _labels_without_unlabelled(text: str) -> str:
    """labels(x) leaves out the label kglite gives unlabelled nodes."""
    toks = tokens(text)
    edits = []
    for i, tok in enumerate(toks):
        if (tok.word == "LABELS" and i + 1 < len(toks) and toks[i + 1].kind == "LEFT_PAREN"
                and not (i and toks[i - 1].kind == "PERIOD")):
            close = matching(toks, i + 1)
            inner = text[toks[i + 1].end:toks[close].start]
            edits.append((tok.start, toks[close].end,
                          f"([canbo_l IN labels({inner}) WHERE canbo_l <> '{UNLABELLED}'])"))
    return _splice(text, edits)


def _stored_reads(text: str, schema: Schema, params: dict[str, Any]) -> str:
    """`x.name`, `x.title`, `x.label`, `x.type`, `x.id` … read only what the node or relationship holds.

    For a node, a key its label never holds is null, and a value kglite made up
    (the minted title "<Label>_<id>", the label itself) is null too; `id` is null,
    as no node of canbo's holds one. Maps and other values read as before.
    """
    toks = tokens(text)
    edits: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for i, tok in enumerate(toks):
        if tok.kind != "PERIOD" or i + 1 >= len(toks) or i == 0:
            continue
        key = toks[i + 1].name
        if key not in NODE_VIRTUAL and key not in REL_VIRTUAL:
            continue
        if i + 2 < len(toks) and toks[i + 2].kind == "LEFT_PAREN":
            continue  # a namespaced function, db.labels()
        target = _projection_target(toks, i) if toks[i - 1].kind in ("LEFT_BRACE", "COMMA") else None
        if target is not None:
            edits.append((tok.start, toks[i + 1].end, f"{key}: {_stored(target, key, schema, params)}"))
            continue
        start = _target_start(toks, i - 1)
        if start is None or start and toks[start - 1].kind == "CALL":
            continue
        span = (toks[start].start, toks[i + 1].end)
        if any(a < span[1] and span[0] < b for a, b in taken):
            continue
        taken.append(span)
        target = text[span[0]:tok.start]
        edits.append((span[0], span[1], _stored(target, key or "", schema, params)))
    return _splice(text, edits)


PROPERTIES_OF = "canbo_properties_of"  # marks, in kglite's answer, a map to be read as an element's properties


def _stored_maps(text: str, schema: Schema, params: dict[str, Any]) -> str:
    """keys(x) lists, and properties(x) and x {.*} hold, only what a node or relationship holds.

    keys() is filtered in the query. A map cannot be built from keys in Cypher, so a
    node's properties() comes back marked (PROPERTIES_OF) and is read in the answer:
    that needs it to be a whole RETURN item; inside an expression it is refused.
    """
    toks = tokens(text)
    returned = {a for i, t in enumerate(toks) if t.kind == "RETURN" and is_clause(toks, i)
                for a, b in _clause_items(toks, i, _PROJECTION_END)
                if b - a >= 3 and toks[b - 2].kind == "AS" and _one_call(toks, a, b - 2)}
    edits = []
    for i, tok in enumerate(toks):
        call = tok.word in ("KEYS", "PROPERTIES") and i + 1 < len(toks) and toks[i + 1].kind == "LEFT_PAREN" \
            and not (i and toks[i - 1].kind == "PERIOD")
        star = tok.kind == "LEFT_BRACE" and i + 2 < len(toks) and toks[i + 1].kind == "PERIOD" \
            and toks[i + 2].kind == "ASTERISK" and i and is_variable(toks[i - 1])
        if not (call or star):
            continue
        if call:
            close = matching(toks, i + 1)
            target, span = text[toks[i + 1].end:toks[close].start], (tok.start, toks[close].end)
        else:
            close = matching(toks, i)
            if close != i + 3:
                raise CypherRefused("the embedded store cannot mix `.*` with other keys in a map projection: "
                                    "name each key you need")
            target, span = toks[i - 1].text, (toks[i - 1].start, toks[close].end)
        x = _fresh("e")
        element = f"valueType({x}) STARTS WITH 'NODE' OR valueType({x}) STARTS WITH 'RELATIONSHIP'"
        if tok.word == "KEYS":
            k = _fresh("k")
            kept = f"[{k} IN keys({x}) WHERE ({_stored_any_key(x, k, schema, params)}) IS NOT NULL]"
            edits.append((*span, _let(x, target, f"CASE WHEN {element} THEN {kept} ELSE keys({x}) END")))
        else:
            start = i if call else i - 1
            if start not in returned:
                raise CypherRefused("on the embedded store, return properties() or x {.*} whole (as a column of its "
                                    "own), or read the keys you need: kglite adds keys of its own to them")
            plain = f"properties({x})" if call else f"{x} {{.*}}"
            edits.append((*span, _let(x, target, f"CASE WHEN {element} THEN {{{PROPERTIES_OF}: {x}}} ELSE {plain} END")))
    return _splice(text, edits)


def _one_call(toks: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b are one properties(…) call or one `x {.*}` projection."""
    if toks[a].word == "PROPERTIES" and a + 1 < b and toks[a + 1].kind == "LEFT_PAREN":
        return matching(toks, a + 1) == b - 1
    return b - a == 5 and toks[a + 1].kind == "LEFT_BRACE" and toks[a + 3].kind == "ASTERISK"


def _stored_any_key(x: str, k: str, schema: Schema, params: dict[str, Any]) -> str:
    """A Cypher expression for x[k], k a variable holding a key, that reads only what the node or relationship holds."""
    label = f"head(labels({x}))"

    def held(keys: tuple[str, ...], of_relationships: bool, owner: str) -> str:
        return " OR ".join(f"{k} = '{key}' AND {owner} IN ${_holders(key, schema, params, of_relationships)}"
                           for key in keys if key != "id")

    made_up = f"CASE WHEN {k} IN ['name', 'title'] THEN {label} + '_' + toString(id({x})) ELSE {label} END"
    node = (f"CASE WHEN NOT {k} IN {list(NODE_VIRTUAL)} THEN {x}[{k}] WHEN {k} = 'id' THEN null "
            f"WHEN ({held(NODE_VIRTUAL, False, label)}) AND {x}[{k}] <> {made_up} THEN {x}[{k}] END")
    rel = (f"CASE WHEN NOT {k} IN {list(REL_VIRTUAL)} THEN {x}[{k}] "
           f"WHEN ({held(REL_VIRTUAL, True, f'type({x})')}) AND {x}[{k}] <> type({x}) THEN {x}[{k}] END")
    return f"CASE WHEN valueType({x}) STARTS WITH 'NODE' THEN {node} ELSE {rel} END"


def _holders(key: str, schema: Schema, params: dict[str, Any], of_relationships: bool = False) -> str:
    """The name of a parameter listing the labels (relationship types) that hold `key`."""
    name = f"canbo_{'rels' if of_relationships else 'nodes'}_{key}"
    params[name] = schema.holders(key, of_relationships)
    return name


def _projection_target(toks: list[Token], i: int) -> str | None:
    """The variable of the map projection `x {.key, …}` whose item `.key` stands at i, or None."""
    j = _enclosing(toks, i)
    return toks[j - 1].text if j and toks[j].kind == "LEFT_BRACE" and is_variable(toks[j - 1]) else None


def _stored(target: str, key: str, schema: Schema, params: dict[str, Any]) -> str:
    """A Cypher expression for `target.key` that reads only what target holds, whatever target is."""
    if re.fullmatch(r"`(?:[^`]|``)*`|[^\W\d]\w*", target.strip()):  # a variable: read it where it stands
        return f"({_stored_key(target.strip(), key, schema, params)})"
    x = _fresh("t")
    return _let(x, target, _stored_key(x, key, schema, params))


def _stored_key(x: str, key: str, schema: Schema, params: dict[str, Any]) -> str:
    read = f"{x}.`{key}`"
    label = f"head(labels({x}))"
    if key in NODE_VIRTUAL:
        node_param = _holders(key, schema, params)
        made_up = f"{label} + '_' + toString(id({x}))" if key in ("name", "title") else label
        node = f"CASE WHEN {label} IN ${node_param} AND {read} <> {made_up} THEN {read} END"
    else:
        node = read
    if key in REL_VIRTUAL:
        rel_param = _holders(key, schema, params, of_relationships=True)
        rel = f"CASE WHEN type({x}) IN ${rel_param} AND {read} <> type({x}) THEN {read} END"
    else:
        rel = read
    return (f"CASE WHEN valueType({x}) STARTS WITH 'NODE' THEN {node} "
            f"WHEN valueType({x}) STARTS WITH 'RELATIONSHIP' THEN {rel} ELSE {read} END")


# ------------------------------------------------------------------ answers
def answer_value(value: Any, schema: Schema) -> Any:
    """A value of kglite's answer as canbo hands values on: nodes and relationships with only what they
    hold, paths as their nodes and relationships, times as ISO 8601 text."""
    if isinstance(value, dict):
        keys = set(value)
        if keys == {PROPERTIES_OF}:
            return answer_value(value[PROPERTIES_OF], schema)["properties"]
        if keys == {"id", "labels", "properties"}:
            return _node(value, schema)
        if keys == {"id", "start", "end", "type", "properties"}:
            held = schema.rel_keys.get(value["type"], set())
            return {"type": value["type"], "properties": {
                k: answer_value(v, schema) for k, v in value["properties"].items()
                if k not in REL_VIRTUAL or k in held and k != "id" and v != value["type"]}}
        if keys == {"nodes", "relationships"}:
            return {"nodes": [answer_value(n, schema) for n in value["nodes"]],
                    "relationships": [answer_value(r, schema) for r in value["relationships"]]}
        return _convert(value, schema)
    if isinstance(value, list):
        return [answer_value(v, schema) for v in value]
    return time_text(value)


def _convert(mapping: dict[str, Any], schema: Schema) -> dict[str, Any]:
    return {k: answer_value(v, schema) for k, v in mapping.items()}


def _node(value: dict[str, Any], schema: Schema) -> dict[str, Any]:
    labels = value["labels"]
    primary = labels[0] if labels else UNLABELLED
    held = schema.node_keys.get(primary, set())
    identity = value["properties"].get("id")
    props = {}
    for key, v in value["properties"].items():
        if key in NODE_VIRTUAL:
            made_up = f"{primary}_{identity}" if key in ("name", "title") else primary
            if key == "id" or key not in held or v == made_up:
                continue
        props[key] = answer_value(v, schema)
    return {"labels": [label for label in labels if label != UNLABELLED], "properties": props}


def time_text(value: Any) -> Any:
    """A date, time or datetime as Cypher writes it (ISO 8601, `Z` for UTC); any other value unchanged."""
    if isinstance(value, (dt.date, dt.time)):
        text = value.isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text
    return value

