"""The openCypher TCK's read scenarios (../shared/cypher-tck) on the embedded store, through canbo's query path.

Each scenario's setup runs as `canbo query --cypher … --write` would run it, its
query as `canbo query --cypher …` would (KgliteStore.query). A scenario passes
when canbo answers the expected rows, or raises where an error is expected.
Otherwise it must fall into one of EXCEPTIONS: a class of query canbo (or the
embedded store, in its own words) refuses with a one-line reason, each with the
reason it is acceptable. A different answer given silently fails the test, as
does an exception no scenario needs any more.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import pytest

from canbo.graph.cypher import CypherRefused
from canbo.graph.store import KgliteStore, StoreError

from conftest import SHARED
from tck import Scenario, from_canbo, load_scenarios, same_rows

TCK = SHARED / "cypher-tck" / "features"
pytestmark = pytest.mark.skipif(not TCK.is_dir(), reason="../shared/cypher-tck is not beside this checkout")


@dataclass(frozen=True)
class Exception_:
    name: str
    stage: str      # "setup" (refused while writing the scenario's graph) or "query"
    message: str    # a pattern of the one-line reason given
    why: str        # why answering so is acceptable


EXCEPTIONS = [
    # canbo refuses
    Exception_("writes", "query", r"changes the graph or reads server files \((CREATE|MERGE|SET|DELETE)\)",
               "a query that writes needs --write: read-only is what `canbo query --cypher` promises"),
    Exception_("id property", "setup", r"cannot hold a property named `id`",
               "kglite makes a property named id the node's identity, answered on every node; canbo's nodes "
               "are identified by uri, so the embedded store refuses the name"),
    Exception_("nanoseconds", "either", r"times to the microsecond",
               "kglite hands times to Python rounded to the microsecond; canbo stores dates as text and refuses "
               "rather than round"),
    Exception_("label Node", "setup", r"keeps the label `Node`",
               "kglite gives unlabelled nodes the label Node; canbo keeps it for them"),
    # the embedded store refuses, in its own words
    Exception_("keyword as a name", "setup", r"a reserved keyword; backtick it",
               "kglite reserves END and EXISTS as words; its message says to quote them"),
    Exception_("empty hop range", "query", r"minimum hop count \(\d\) exceeds maximum",
               "`*2..1` matches nothing in Neo4j; kglite says the range is empty instead of answering no rows"),
    Exception_("ORDER BY an aggregate", "query",
               r"ORDER BY cannot compute the aggregate|Undefined variable '(me|you|person)'",
               "ordering by an aggregate the projection does not name: kglite asks for it to be projected first"),
    Exception_("variable the projection dropped", "query", r"Undefined variable 'a'",
               "WITH … ORDER BY/WHERE on a variable WITH did not keep: kglite says the variable is undefined"),
    Exception_("aggregate in a list predicate", "query", r"Aggregate function 'collect' cannot be used outside",
               "all(x IN collect(…) …) aggregates inside a predicate, which kglite does not do, and says so"),
    Exception_("null slice bound", "query", r"Slice (start|end) must be integer, got Null",
               "list[null..] is null in Neo4j; kglite refuses the null bound by name"),
]
# Scenarios that expect an error and get rows: none may, but this one, which can give no wrong value.
ANSWERED_ERRORS = {
    "clauses/return/Return2 [18] Fail on projecting a non-existent function":
        "kglite looks a function up when it first calls it: `RETURN foo(a)` over no rows answers no rows "
        "(on any row it says `Unknown function: foo`)",
}


def run(scenario: Scenario) -> tuple[str, str]:
    """(outcome, detail): "pass", "refused" at "setup" or "query" with the reason, "wrong" or "answered"."""
    store = KgliteStore(None, writable=True)
    try:
        for statement in scenario.setup:
            store.query(statement, write=True)
    except StoreError as e:
        return "setup", str(e)
    try:
        rows = store.query(scenario.query, scenario.params).rows
    except StoreError as e:
        return ("pass", "") if scenario.expect == "error" else ("query", str(e))
    if scenario.expect == "error":
        return "answered", f"rows {rows[:3]} where {scenario.error} is expected"
    ok, why = same_rows(scenario, rows, from_canbo)
    return ("pass", "") if ok else ("wrong", why)


def exception_of(stage: str, message: str) -> Exception_ | None:
    return next((e for e in EXCEPTIONS if e.stage in (stage, "either") and re.search(e.message, message)), None)


def test_tck_read_scenarios_pass_or_are_refused_with_a_reason(capsys):
    scenarios = load_scenarios(TCK)
    assert len(scenarios) > 1400
    tally: Counter[str] = Counter()
    problems = []
    for scenario in scenarios:
        outcome, detail = run(scenario)
        if outcome == "pass":
            tally["pass: " + ("error raised" if scenario.expect == "error" else "rows")] += 1
        elif outcome in ("setup", "query") and (exc := exception_of(outcome, detail)):
            tally[f"refused: {exc.name}"] += 1
        elif outcome == "answered" and scenario.id in ANSWERED_ERRORS:
            tally["answered, listed: " + scenario.id] += 1
        else:
            problems.append(f"{scenario.id}: {outcome}: {detail[:300]}\n    {' '.join(scenario.query.split())[:200]}")
    with capsys.disabled():
        print("\nopenCypher TCK read scenarios on the embedded store:")
        for what, n in sorted(tally.items()):
            print(f"  {n:5d}  {what}")
    assert not problems, f"{len(problems)} scenarios answered differently or unexplained:\n" + "\n".join(problems[:30])
    unused = [e.name for e in EXCEPTIONS if f"refused: {e.name}" not in tally]
    assert not unused, f"exceptions no scenario needs any more: {unused}"


def test_the_refusals_are_one_line_and_name_their_reason():
    store = KgliteStore(None, writable=True)
    for cypher, reason in [("CREATE (:A {id: 1})", "named `id`"), ("MATCH (n:A) SET n.id = 2", "named `id`"),
                           ("CREATE (:Node)", "label `Node`"),
                           ("CREATE (:A {t: localtime({hour: 1, nanosecond: 5})})", "microsecond")]:
        with pytest.raises(CypherRefused, match=reason) as refused:
            store.query(cypher, write=True)
        assert "\n" not in str(refused.value)
