"""canbo's command line: a thin layer over the library.

Every command that touches a graph takes --db (the embedded store's file,
default $CANBO_DB or ./canbo.kgl) or --neo4j URI (default $NEO4J_URI), and every
listing command prints a table or, with --json, JSON. Errors are one line on
stderr and a non-zero exit.
"""
from __future__ import annotations

import functools
import json
import signal
import sys
import threading
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import click

from .graph.store import Answer, DiskFull, Store, StoreError, disk_full, open_store
from .output import write_text

json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


def store_options(fn: Callable) -> Callable:
    fn = click.option("--neo4j", "neo4j_uri", metavar="URI",
                      help="Use the Neo4j server at URI (default $NEO4J_URI; user and password from "
                           "NEO4J_USERNAME, NEO4J_PASSWORD; database from NEO4J_DATABASE).")(fn)
    fn = click.option("--db", metavar="PATH",
                      help="The embedded store's file (default $CANBO_DB, else ./canbo.kgl).")(fn)
    return fn


class Terminated(KeyboardInterrupt):
    """SIGTERM (`kill`, `timeout`), raised like Ctrl-C's KeyboardInterrupt so that it ends the same way: what is under
    way is rolled back or cleaned up, workers are waited for, and one line says so."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated()


def _interruption(e: KeyboardInterrupt) -> str:
    return "stopped by SIGTERM" if isinstance(e, Terminated) else "interrupted"


def _exit_code(e: KeyboardInterrupt) -> int:
    return 128 + (signal.SIGTERM if isinstance(e, Terminated) else signal.SIGINT)


def fail(message: str, code: int = 1) -> NoReturn:
    click.echo(f"canbo: {message}", err=True)
    sys.exit(code)


def day_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A date option, checked: a day of the calendar as YYYY-MM-DD, or one line and exit 1."""
    from .graph.lookup import iso_day

    if value is None:
        return None
    try:
        return iso_day(value, param.opts[0])
    except ValueError as e:
        fail(str(e))


def undated(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows for a table: a fact whose day is not known says so."""
    return [{**r, "date": r.get("date") or "undated"} for r in rows]


def friendly_errors(fn: Callable) -> Callable:
    """Turn store and input errors into one line on stderr instead of a traceback."""
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except StoreError as e:
            fail(str(e))
        except KeyError as e:
            fail(str(e.args[0]) if e.args else str(e))
        except BrokenPipeError:
            raise  # the reader of our output (head, less) has gone: click ends quietly
        except KeyboardInterrupt as e:
            fail(_interruption(e), _exit_code(e))
        except OSError as e:
            if disk_full(e):
                fail(f"the disk is full: cannot write {e.filename or 'the output'}")
            fail(f"{e.filename or ''}: {e.strerror or e}".strip(": "))
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as e:  # a defect of ours: one line, not a traceback
            fail(f"internal error ({type(e).__name__}: {e}); please report it", 2)
    return wrapper


def connect(db: str | None, neo4j_uri: str | None, writable: bool = False) -> Store:
    return open_store(db=db, neo4j_uri=neo4j_uri, writable=writable)


def show_warnings(answer: Answer) -> None:
    """What the store said about an answer (a typo'd label, a cut-short result), one line each on stderr."""
    for warning in answer.warnings:
        click.echo(f"canbo: warning: {' '.join(warning.split())}", err=True)


CELL = 80  # characters of a table's cell, cut at a word with "…" beyond (--json gives it whole)


def cell(value: object, whole: bool = False) -> str:
    """A value as a table's cell: on one line, cut at a word with "…" when longer than CELL, unless `whole`."""
    text = "" if value is None else " ".join(str(value).split())
    if whole or len(text) <= CELL:
        return text
    cut = text[:CELL - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:·") + "…"


def print_rows(rows: list[dict[str, Any]], as_json: bool, columns: list[str] | None = None,
               whole: tuple[str, ...] = ()) -> None:
    """Rows as JSON, or as an aligned table of their columns (those in `whole` never cut)."""
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    if not rows:
        click.echo("(no rows)")
        return
    columns = columns or list(rows[0])
    cells = [[cell(r.get(c), c in whole) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    click.echo("  ".join("-" * w for w in widths))
    for row in cells:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="canbo")
def main() -> None:
    """canbo: a knowledge graph of Vietnamese officials, bodies, directives and meetings."""
    warnings.showwarning = _one_line_warning
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _terminate)


def _one_line_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                      file: object = None, line: str | None = None) -> None:
    """A warning on one line of stderr, as errors are, without the source line Python adds."""
    text = str(message).strip()
    click.echo(f"canbo: warning: {text.splitlines()[0] if text else category.__name__}", err=True)


# ------------------------------------------------------------------ ingest
@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@store_options
@friendly_errors
def ingest(paths: tuple[str, ...], db: str | None, neo4j_uri: str | None) -> None:
    """Read articles (text files, web pages, JSON files, folders of them) into the graph."""
    from concurrent.futures.process import BrokenProcessPool

    from .ingest import IngestReport, ingest as run

    if not any(Path(p).exists() for p in paths):
        fail(f"no such file or folder: {', '.join(paths)}")
    report = IngestReport()  # filled as the ingest goes: what was written, should it stop part way
    try:
        with connect(db, neo4j_uri, writable=True) as store:
            if sys.stderr.isatty():
                from .loaders.sources import count_articles

                with click.progressbar(length=count_articles(paths), label="ingesting", file=sys.stderr,
                                       show_pos=True) as bar:
                    run(paths, store, on_article=lambda _: bar.update(1), report=report)
            else:
                run(paths, store, report=report)
    except KeyboardInterrupt as e:
        fail(f"{_interruption(e)}: {report.progress()}; run the same command again to finish", _exit_code(e))
    except BrokenProcessPool:
        fail(f"a worker process died (killed, or out of memory): {report.progress()}; run the same command again "
             f"to finish")
    except DiskFull:
        fail(f"the disk is full: {report.progress()}; free some space and run the same command again")
    for source, note in report.warnings:
        click.echo(f"warning {source}: {note}", err=True)
    for skipped in report.skipped:
        click.echo(f"skipped {skipped.source}: {skipped.reason}", err=True)
    click.echo(report.summary())
    if report.skipped:
        sys.exit(1)


# ------------------------------------------------------------------- roles
@main.command()
@click.argument("name")
@click.option("--as-of", "as_of", metavar="DATE", callback=day_option,
              help="Only posts reported on or before DATE (YYYY-MM-DD), latest first, then the undated.")
@store_options
@json_option
@friendly_errors
def roles(name: str, as_of: str | None, db: str | None, neo4j_uri: str | None, as_json: bool) -> None:
    """Every post of an official, with body, date and the article it was reported in."""
    from .graph.lookup import roles as find

    with connect(db, neo4j_uri) as store:
        found = find(store, name, as_of)
    if not found:
        fail(f"no official named {name!r} in the graph")
    if as_json:
        click.echo(json.dumps([{"name": n, "posts": rows} for n, rows in found.items()], ensure_ascii=False, indent=2))
        return
    if len(found) > 1:
        click.echo(f"{len(found)} officials match {name!r}:")
    for official, rows in found.items():
        click.echo(f"\n{official}" if len(found) > 1 else official)
        if not rows and as_of:
            click.echo(f"(no post reported on or before {as_of})")
            continue
        print_rows(undated(rows), False, ["title", "body", "date", "article"])


# ---------------------------------------------------------------- identity
@main.command()
@click.argument("name")
@store_options
@json_option
@friendly_errors
def same(name: str, db: str | None, neo4j_uri: str | None, as_json: bool) -> None:
    """Which mentions of NAME were taken for the same person, by which rule and why, and the judgements on them."""
    from .graph.identity.review import same as decisions

    with connect(db, neo4j_uri) as store:
        rows = decisions(store, name)
    if not rows:
        fail(f"no mention of {name!r} in the graph")
    print_rows(rows, as_json, ["id", "name", "article", "rule", "reason", "posts"])


def judgement_options(fn: Callable) -> Callable:
    fn = click.option("--reason", default="", metavar="TEXT", help="Why, for whoever reads the log.")(fn)
    fn = click.option("--by", metavar="NAME", help="Who judges (default $CANBO_USER, else your login name).")(fn)
    return click.option("--unsure", is_flag=True, help="Record that you are unsure: the log keeps it, nothing changes.")(fn)


@main.command()
@click.argument("keep")
@click.argument("other")
@judgement_options
@store_options
@friendly_errors
def merge(keep: str, other: str, unsure: bool, by: str | None, reason: str, db: str | None,
          neo4j_uri: str | None) -> None:
    """Judge persons KEEP and OTHER (ids from `canbo same`) one official; the graph keeps it so when rebuilt."""
    from .graph.identity.ids import short_id
    from .graph.identity.review import merge as run

    with connect(db, neo4j_uri, writable=True) as store:
        a, b = run(store, keep, other, "unsure" if unsure else "same", by, reason)
    if a["uri"] == b["uri"]:
        click.echo(f"{a['name']} ({short_id(a['uri'])}) is one person already: nothing recorded" if unsure else
                   f"merged into {a['name']} ({short_id(a['uri'])})")
    else:
        click.echo(f"{'recorded as unsure' if unsure else 'recorded, but another judgement keeps them apart'}: "
                   f"{short_id(a['uri'])} and {short_id(b['uri'])}")


@main.command()
@click.argument("person")
@click.option("--article", required=True, metavar="KEY", help="The article (file name or URL) whose mention is someone else.")
@judgement_options
@store_options
@friendly_errors
def split(person: str, article: str, unsure: bool, by: str | None, reason: str, db: str | None,
          neo4j_uri: str | None) -> None:
    """Judge PERSON's mention in one article to be someone else; the graph keeps it so when rebuilt."""
    from .graph.identity.ids import short_id
    from .graph.identity.review import split as run

    with connect(db, neo4j_uri, writable=True) as store:
        now = run(store, person, article, "unsure" if unsure else "different", by, reason)
    if unsure:
        click.echo(f"recorded as unsure: the mention in {article} is still person {short_id(now['uri'])}")
    else:
        click.echo(f"split: the mention in {article} is now person {short_id(now['uri'])}")


@main.group()
def judgements() -> None:
    """The log of judgements (merge, split): export it, and import it into a graph rebuilt from the articles."""


@judgements.command("export")
@click.option("-o", "--output", metavar="FILE", help="Write to FILE instead of standard output.")
@store_options
@friendly_errors
def judgements_export(output: str | None, db: str | None, neo4j_uri: str | None) -> None:
    """Every judgement, oldest first, as JSON lines."""
    from .graph.identity.review import judgements as log

    with connect(db, neo4j_uri) as store:
        lines = [j.to_json() for j in log(store)]
    if output in (None, "-"):
        for line in lines:
            click.echo(line)
    else:
        write_text(output, "".join(line + "\n" for line in lines))
        click.echo(f"wrote {len(lines)} judgements to {output}", err=True)


@judgements.command("import")
@click.argument("path", type=click.Path(dir_okay=False, allow_dash=True))
@store_options
@friendly_errors
def judgements_import(path: str, db: str | None, neo4j_uri: str | None) -> None:
    """Add the judgements of an exported log (JSON lines) to the graph, and decide their names again."""
    from .graph.identity.review import import_judgements

    text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    with connect(db, neo4j_uri, writable=True) as store:
        read, new = import_judgements(store, text.splitlines(), path)
    click.echo(f"{read} judgements read, {new} new")


@main.command()
@click.argument("name")
@click.option("--svg", "svg", metavar="FILE",
              help="Draw the career instead: posts as bars over time, events as marks, sources on hover.")
@store_options
@json_option
@friendly_errors
def timeline(name: str, svg: str | None, db: str | None, neo4j_uri: str | None, as_json: bool) -> None:
    """An official's posts and events in date order, each with its source."""
    from .graph.lookup import timeline as run

    if svg:
        from .graph.career import careers, draw

        with connect(db, neo4j_uri) as store:
            found_careers = careers(store, name)
        if not found_careers:
            fail(f"no official named {name!r} in the graph")
        write_text(svg, draw(found_careers))
        click.echo(f"wrote {svg}: " + "; ".join(f"{c.name}, {len(c.posts)} post reports, {len(c.parts)} parts in events"
                                              for c in found_careers))
        return
    with connect(db, neo4j_uri) as store:
        found = run(store, name)
    if not found:
        fail(f"no official named {name!r} in the graph")
    if as_json:
        click.echo(json.dumps([{"name": n, "timeline": rows} for n, rows in found.items()], ensure_ascii=False, indent=2))
        return
    for official, rows in found.items():
        click.echo(official)
        print_rows(undated(rows), False, ["date", "what", "detail", "article"])


# ------------------------------------------------------------------ schema
@main.command("schema")
@json_option
def schema(as_json: bool) -> None:
    """Every label with its keys, and every relationship type with its ends and meaning, from the ontology."""
    from .graph.schema import schema as describe

    found = describe()
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    print_rows(found["labels"], False, ["label", "key", "type", "meaning"], whole=("meaning",))
    click.echo()
    print_rows(found["relationships"], False, ["type", "from", "to", "meaning"], whole=("meaning",))


# ----------------------------------------------------------------- queries
@main.command("queries")
@json_option
def list_queries(as_json: bool) -> None:
    """List the query modules and their parameters."""
    from .queries import all_queries

    rows = [{"name": q.name, "params": ", ".join(p.name for p in q.params), "description": q.description}
            for q in all_queries().values()]
    print_rows(rows, as_json)


QUERY_PAGE = 100


@main.command()
@click.argument("name", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="A parameter of the query.")
@click.option("--cypher", metavar="TEXT", help="Run your own Cypher instead of a query module.")
@click.option("--write", is_flag=True, help="Allow --cypher to change the graph.")
@click.option("--limit", default=QUERY_PAGE, show_default=True, type=click.IntRange(0),
              help="Rows of a query module to show; 0 for all.")
@click.option("--offset", default=0, type=click.IntRange(0), help="Rows of a query module to skip first.")
@store_options
@json_option
@friendly_errors
def query(name: str | None, params: tuple[str, ...], cypher: str | None, write: bool, limit: int, offset: int,
          db: str | None, neo4j_uri: str | None, as_json: bool) -> None:
    """Run a query module by NAME (see `canbo queries`), or your own read-only --cypher.

    A module's answer comes a page at a time (--limit, --offset); your own Cypher sets its own LIMIT.
    """
    from .queries import all_queries

    values: dict[str, str] = {}
    for item in params:
        k, sep, v = item.partition("=")
        if not sep:
            fail(f"--param takes KEY=VALUE, not {item!r}")
        values[k.strip()] = v
    if cypher:
        if name:
            fail("give a query NAME or --cypher, not both")
        with connect(db, neo4j_uri, writable=write) as store:
            answer = store.query(cypher, values, write=write)
        show_warnings(answer)
        if write and not answer.rows and not as_json:
            click.echo("done")
            return
        print_rows(answer.rows, as_json)
        return
    if not name:
        fail("give a query NAME (see `canbo queries`) or --cypher")
    queries = all_queries()
    if name not in queries:
        fail(f"no query named {name!r}; see `canbo queries`")
    q = queries[name]
    bound = q.bind(values)
    with connect(db, neo4j_uri) as store:
        rows = store.read(q.page(limit or None, offset), bound)
    print_rows(rows, as_json)
    if limit and len(rows) == limit:
        click.echo(f"canbo: rows {offset + 1}-{offset + limit} shown; --offset {offset + limit} for the next "
                   f"{limit}, --limit 0 for all", err=True)


# ------------------------------------------------------------------- check
@main.command("check")
@click.option("--kind", "kinds", multiple=True, metavar="KIND",
              help="Only this kind of doubt (repeatable); `canbo check --summary` lists the kinds.")
@click.option("--errors", "errors_only", is_flag=True, help="Only the kinds that are plain errors wherever they occur.")
@click.option("--summary", is_flag=True, help="Only how many facts each kind doubts.")
@store_options
@json_option
@friendly_errors
def check_graph(kinds: tuple[str, ...], errors_only: bool, summary: bool, db: str | None, neo4j_uri: str | None,
                as_json: bool) -> None:
    """Facts a careful reader would doubt, by kind, each with its article and sentence.

    Plain errors: bodies that are a bare kind or run into a verb, persons whose name is a
    place, a lunar year or a byline, events dated after their article. Doubts: posts
    without a body, events with no participant, a directive linked to every event of
    an article.
    """
    from .graph.check import CHECKS, check, counts

    chosen = list(kinds) or [c.kind for c in CHECKS if c.error or not errors_only]
    with connect(db, neo4j_uri) as store:
        doubts = check(store, chosen)
    tally = [row for row in counts(doubts) if row["kind"] in chosen]
    if as_json:
        out: dict[str, Any] = {"counts": tally}
        if not summary:
            out["doubts"] = [d.as_row() for d in doubts]
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    print_rows(tally, False, ["kind", "error", "facts", "meaning"])
    if not summary:
        for kind in chosen:
            rows = [d.as_row() for d in doubts if d.kind == kind]
            if rows:
                click.echo(f"\n{kind}")
                print_rows(rows, False, ["value", "article", "sentence"])


# ------------------------------------------------------------------ export
@main.group()
def export() -> None:
    """Export the graph: facts (JSON), rdf, n10s (for Neo4j's neosemantics), html (an interactive page), graphml,
    gexf, neo4j-import (CSV)."""


def _write_output(text: str, output: str | None) -> None:
    if output in (None, "-"):
        click.echo(text)
    else:
        write_text(output, text)


@export.command("facts")
@click.option("-o", "--output", metavar="FILE", help="Write to FILE instead of standard output.")
@store_options
@friendly_errors
def export_facts(output: str | None, db: str | None, neo4j_uri: str | None) -> None:
    """The facts document of ../shared/eval/FACTS.md, read back from the store."""
    from .graph.facts import export_facts as run

    with connect(db, neo4j_uri) as store:
        doc = run(store)
    _write_output(json.dumps(doc, ensure_ascii=False, indent=1), output)


@export.command("rdf")
@click.option("--format", "fmt", type=click.Choice(["turtle", "nt", "json-ld"]), default="turtle", show_default=True,
              help="The RDF syntax: Turtle, N-Triples or JSON-LD.")
@click.option("-o", "--output", metavar="FILE", help="Write to FILE instead of standard output.")
@store_options
@friendly_errors
def export_rdf(fmt: str, output: str | None, db: str | None, neo4j_uri: str | None) -> None:
    """The graph as RDF under ontology.ttl (JSON-LD compacted with canbo's @context)."""
    from .graph.rdf_export import serialize, store_to_rdf

    with connect(db, neo4j_uri) as store:
        graph = store_to_rdf(store)
    _write_output(serialize(graph, fmt), output)


@export.command("n10s")
@click.option("-o", "--output", metavar="FILE", help="Write to FILE instead of standard output.")
def export_n10s(output: str | None) -> None:
    """Cypher that imports `canbo export rdf`'s Turtle with neosemantics (n10s) into canbo's own labels and keys."""
    from .graph.n10s import script

    _write_output(script(), output)


@export.command("html")
@click.option("-o", "--output", metavar="FILE", default="canbo.html", show_default=True, help="The page to write.")
@click.option("--person", "persons", multiple=True, metavar="NAME", help="Draw around this official (repeatable).")
@click.option("--body", "bodies", multiple=True, metavar="NAME", help="Draw around bodies whose name contains NAME.")
@click.option("--directive", "directives", multiple=True, metavar="LABEL", help="Draw around this directive.")
@click.option("--event", "events", multiple=True, metavar="NAME", help="Draw around events whose name contains NAME.")
@click.option("--cypher", metavar="TEXT", help="Draw around the nodes whose uri your read-only Cypher returns.")
@click.option("--hops", default=1, show_default=True, type=click.IntRange(0, 6), help="How far from the selection.")
@click.option("--from", "date_from", metavar="YYYY-MM-DD", callback=day_option,
              help="Leave out what is dated before this day.")
@click.option("--to", "date_to", metavar="YYYY-MM-DD", callback=day_option, help="Leave out what is dated after this day.")
@click.option("--all", "everything", is_flag=True, help="Draw the whole graph, however large.")
@store_options
@friendly_errors
def export_html(output: str, persons: tuple[str, ...], bodies: tuple[str, ...], directives: tuple[str, ...],
                events: tuple[str, ...], cypher: str | None, hops: int, date_from: str | None, date_to: str | None,
                everything: bool, db: str | None, neo4j_uri: str | None) -> None:
    """An interactive page of the graph that opens anywhere, offline (pyvis / vis-network)."""
    from .graph.page import render_page
    from .graph.selectors import MAX_PAGE, Selection, select

    selection = Selection(persons, bodies, directives, events, cypher, hops, date_from, date_to)
    with connect(db, neo4j_uri) as store:
        graph = select(store, selection)
    if selection.empty and not everything and graph.number_of_nodes() > MAX_PAGE:
        fail(f"the whole graph is {graph.number_of_nodes()} nodes and {graph.number_of_edges()} relationships, "
             f"too many for one page: choose --person, --body, --directive, --event or --cypher, or give --all")
    if not selection.empty and graph.number_of_nodes() == 0:
        fail("nothing in the graph matches the selection")
    title = "canbo: " + (", ".join(persons + bodies + directives + events) or "the graph")
    write_text(output, render_page(graph, title))
    click.echo(f"wrote {output}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} relationships")


@export.command("graphml")
@click.option("-o", "--output", metavar="FILE", default="canbo.graphml", show_default=True, help="The file to write.")
@store_options
@friendly_errors
def export_graphml(output: str, db: str | None, neo4j_uri: str | None) -> None:
    """The whole graph as GraphML (Gephi, Cytoscape, yEd), with every property."""
    _export_for_tools(output, "graphml", db, neo4j_uri)


@export.command("gexf")
@click.option("-o", "--output", metavar="FILE", default="canbo.gexf", show_default=True, help="The file to write.")
@store_options
@friendly_errors
def export_gexf(output: str, db: str | None, neo4j_uri: str | None) -> None:
    """The whole graph as GEXF (Gephi), with every property."""
    _export_for_tools(output, "gexf", db, neo4j_uri)


@export.command("neo4j-import")
@click.option("-o", "--output", metavar="FOLDER", default="neo4j-import", show_default=True,
              help="The folder to write the CSV files and import.sh into.")
@click.option("--database", default="neo4j", show_default=True, help="The Neo4j database import.sh fills.")
@store_options
@friendly_errors
def export_neo4j_import(output: str, database: str, db: str | None, neo4j_uri: str | None) -> None:
    """CSV files and import.sh for `neo4j-admin database import full`: the bulk path to Neo4j."""
    from .graph.neo4j_import import export_neo4j_import as run

    with connect(db, neo4j_uri) as store:
        files = run(store, Path(output), database)
    click.echo(f"wrote {len(files)} files to {output}; run {output}/import.sh where Neo4j is installed")


def _export_for_tools(output: str, fmt: str, db: str | None, neo4j_uri: str | None) -> None:
    from .graph.views import to_networkx, write_for_tools

    with connect(db, neo4j_uri) as store:
        graph = to_networkx(store)
    write_for_tools(graph, output, fmt)
    click.echo(f"wrote {output}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} relationships")


# -------------------------------------------------------------------- rank
@main.command()
@click.option("--bodies", "of_bodies", is_flag=True, help="Rank bodies by the directives they implement instead.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10000), help="How many to list.")
@store_options
@json_option
@friendly_errors
def rank(of_bodies: bool, limit: int, db: str | None, neo4j_uri: str | None, as_json: bool) -> None:
    """Officials by betweenness centrality in the co-attendance graph (who connects circles), or bodies by
    directives implemented."""
    from .graph.rank import rank_bodies, rank_officials

    with connect(db, neo4j_uri) as store:
        rows = rank_bodies(store, limit) if of_bodies else rank_officials(store, limit)
    print_rows(rows, as_json)


# ----------------------------------------------------------------- explain
@main.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@json_option
@friendly_errors
def explain(path: str, as_json: bool) -> None:
    """Print every fact extracted from one article beside its sentence, without touching the store.

    A JSON lines file is explained article by article; a bad one is skipped with its reason.
    """
    from .loaders.explain import explain_rows
    from .loaders.extract import Extractor
    from .loaders.sources import Skipped, read_articles

    skipped, extractor = 0, Extractor()
    for item in read_articles([path]):
        if isinstance(item, Skipped):
            click.echo(f"skipped {item.source}: {item.reason}", err=True)
            skipped += 1
            continue
        for note in item.notes:
            click.echo(f"warning {item.key}: {note}", err=True)
        rows = explain_rows(extractor.extract(item))
        if as_json:
            click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
            continue
        click.echo(f"{item.key}: {item.title} ({item.published or 'no date'})")
        for row in rows:
            click.echo(f"\n{row['fact']}: {row['value']}")
            if row["sentence"]:
                click.echo(f"    “{row['sentence']}”")
    if skipped:
        sys.exit(1)


if __name__ == "__main__":
    main()
