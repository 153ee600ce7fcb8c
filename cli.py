"""canbo's command line: a thin layer over the library.

Every command that touches a graph takes --db (the embedded store's file,
default $CANBO_DB or ./canbo.kgl) or --neo4j URI (default $NEO4J_URI), and every
listing command prints a table or, with --json, JSON. Errors are one line on
stderr and a non-zero exit.
"""
from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from .graph.store import Store, StoreError, is_write, open_store

json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


def store_options(fn: Callable) -> Callable:
    fn = click.option("--neo4j", "neo4j_uri", metavar="URI",
                      help="Use the Neo4j server at URI (default $NEO4J_URI; user and password from "
                           "NEO4J_USERNAME, NEO4J_PASSWORD; database from NEO4J_DATABASE).")(fn)
    fn = click.option("--db", metavar="PATH",
                      help="The embedded store's file (default $CANBO_DB, else ./canbo.kgl).")(fn)
    return fn


def fail(message: str, code: int = 1) -> None:
    click.echo(f"canbo: {message}", err=True)
    sys.exit(code)


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
        except OSError as e:
            fail(f"{e.filename or ''}: {e.strerror or e}".strip(": "))
    return wrapper


def connect(db: str | None, neo4j_uri: str | None, writable: bool = False) -> Store:
    return open_store(db=db, neo4j_uri=neo4j_uri, writable=writable)


def print_rows(rows: list[dict[str, Any]], as_json: bool, columns: list[str] | None = None) -> None:
    """Rows as JSON, or as an aligned table of their columns."""
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    if not rows:
        click.echo("(no rows)")
        return
    columns = columns or list(rows[0])
    cells = [[("" if r.get(c) is None else str(r.get(c))).replace("\n", " ")[:80] for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    click.echo("  ".join("-" * w for w in widths))
    for row in cells:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="canbo")
def main() -> None:
    """canbo: a knowledge graph of Vietnamese officials, bodies, directives and meetings."""


# ------------------------------------------------------------------ ingest
@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@store_options
@friendly_errors
def ingest(paths: tuple[str, ...], db: str | None, neo4j_uri: str | None) -> None:
    """Read articles (text files, folders, JSON lines) into the graph."""
    from .ingest import ingest as run

    with connect(db, neo4j_uri, writable=True) as store:
        if sys.stderr.isatty():
            with click.progressbar(length=0, label="ingesting", file=sys.stderr, show_pos=True) as bar:
                report = run(paths, store, on_article=lambda _: bar.update(1))
        else:
            report = run(paths, store)
    for skipped in report.skipped:
        click.echo(f"skipped {skipped.source}: {skipped.reason}", err=True)
    click.echo(report.summary())
    if report.skipped:
        sys.exit(1)


# ------------------------------------------------------------------- roles
@main.command()
@click.argument("name")
@click.option("--as-of", "as_of", metavar="DATE", help="Only posts reported on or before DATE (YYYY-MM-DD), latest first.")
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
        print_rows(rows, False, ["title", "body", "date", "article"])


# ---------------------------------------------------------------- identity
@main.command()
@click.argument("name")
@store_options
@json_option
@friendly_errors
def same(name: str, db: str | None, neo4j_uri: str | None, as_json: bool) -> None:
    """Which mentions of NAME were taken for the same person, by which rule, and why."""
    from .graph.identity import same as decisions

    with connect(db, neo4j_uri) as store:
        rows = decisions(store, name)
    if not rows:
        fail(f"no mention of {name!r} in the graph")
    print_rows(rows, as_json, ["id", "name", "article", "rule", "reason", "posts"])


@main.command()
@click.argument("keep")
@click.argument("other")
@store_options
@friendly_errors
def merge(keep: str, other: str, db: str | None, neo4j_uri: str | None) -> None:
    """Judge persons KEEP and OTHER (ids from `canbo same`) the same official; re-ingesting keeps it so."""
    from .graph.identity import merge as run, short_id

    with connect(db, neo4j_uri, writable=True) as store:
        person = run(store, keep, other)
    click.echo(f"merged into {person['name']} ({short_id(person['uri'])})")


@main.command()
@click.argument("person")
@click.option("--article", required=True, metavar="KEY", help="The article (file name or URL) whose mention is someone else.")
@store_options
@friendly_errors
def split(person: str, article: str, db: str | None, neo4j_uri: str | None) -> None:
    """Judge PERSON's mention in one article to be someone else; re-ingesting keeps it so."""
    from .graph.identity import short_id, split as run

    with connect(db, neo4j_uri, writable=True) as store:
        new = run(store, person, article)
    click.echo(f"split: the mention in {article} is now person {short_id(new)}")


@main.command()
@click.argument("name")
@store_options
@json_option
@friendly_errors
def timeline(name: str, db: str | None, neo4j_uri: str | None, as_json: bool) -> None:
    """An official's posts and events in date order, each with its source."""
    from .graph.lookup import timeline as run

    with connect(db, neo4j_uri) as store:
        found = run(store, name)
    if not found:
        fail(f"no official named {name!r} in the graph")
    if as_json:
        click.echo(json.dumps([{"name": n, "timeline": rows} for n, rows in found.items()], ensure_ascii=False, indent=2))
        return
    for official, rows in found.items():
        click.echo(official)
        print_rows(rows, False, ["date", "what", "detail", "article"])


# ----------------------------------------------------------------- queries
@main.command("queries")
@json_option
def list_queries(as_json: bool) -> None:
    """List the query modules and their parameters."""
    from .queries import all_queries

    rows = [{"name": q.name, "params": ", ".join(p.name for p in q.params), "description": q.description}
            for q in all_queries().values()]
    print_rows(rows, as_json)


@main.command()
@click.argument("name", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="A parameter of the query.")
@click.option("--cypher", metavar="TEXT", help="Run your own Cypher instead of a query module.")
@click.option("--write", is_flag=True, help="Allow --cypher to change the graph.")
@store_options
@json_option
@friendly_errors
def query(name: str | None, params: tuple[str, ...], cypher: str | None, write: bool, db: str | None,
          neo4j_uri: str | None, as_json: bool) -> None:
    """Run a query module by NAME (see `canbo queries`), or your own read-only --cypher."""
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
        if is_write(cypher) and not write:
            fail("this Cypher changes the graph; add --write to allow it")
        with connect(db, neo4j_uri, writable=write) as store:
            if write:
                store.write([(cypher, values)])
                click.echo("done")
                return
            rows = store.read(cypher, values)
        print_rows(rows, as_json)
        return
    if not name:
        fail("give a query NAME (see `canbo queries`) or --cypher")
    queries = all_queries()
    if name not in queries:
        fail(f"no query named {name!r}; see `canbo queries`")
    q = queries[name]
    bound = q.bind(values)
    with connect(db, neo4j_uri) as store:
        rows = store.read(q.cypher, bound)
    print_rows(rows, as_json)


# ------------------------------------------------------------------ export
@main.group()
def export() -> None:
    """Export the graph: facts JSON, RDF, or an interactive HTML page."""


def _write_output(text: str, output: str | None) -> None:
    if output in (None, "-"):
        click.echo(text)
    else:
        Path(output).write_text(text, encoding="utf-8")


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
@click.option("--format", "fmt", type=click.Choice(["turtle", "nt", "json-ld"]), default="turtle", show_default=True)
@click.option("-o", "--output", metavar="FILE", help="Write to FILE instead of standard output.")
@store_options
@friendly_errors
def export_rdf(fmt: str, output: str | None, db: str | None, neo4j_uri: str | None) -> None:
    """The graph as RDF under ontology.ttl."""
    from .graph.rdf_export import store_to_rdf

    with connect(db, neo4j_uri) as store:
        graph = store_to_rdf(store)
    _write_output(graph.serialize(format=fmt), output)


@export.command("html")
@click.option("-o", "--output", metavar="FILE", default="canbo.html", show_default=True, help="The page to write.")
@store_options
@friendly_errors
def export_html(output: str, db: str | None, neo4j_uri: str | None) -> None:
    """An interactive page of the graph (pyvis)."""
    from .graph.views import to_html, to_networkx

    with connect(db, neo4j_uri) as store:
        graph = to_networkx(store)
    Path(output).write_text(to_html(graph), encoding="utf-8")
    click.echo(f"wrote {output}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} relationships")


# ----------------------------------------------------------------- explain
@main.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@json_option
@friendly_errors
def explain(path: str, as_json: bool) -> None:
    """Print every fact extracted from one article beside its sentence, without touching the store."""
    from .loaders.explain import explain_rows
    from .loaders.extract import Extractor
    from .loaders.sources import Skipped, read_articles

    for item in read_articles([path]):
        if isinstance(item, Skipped):
            fail(f"{item.source}: {item.reason}")
        rows = explain_rows(Extractor().extract(item))
        if as_json:
            click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
            continue
        click.echo(f"{item.key}: {item.title} ({item.published or 'no date'})")
        for row in rows:
            click.echo(f"\n{row['fact']}: {row['value']}")
            if row["sentence"]:
                click.echo(f"    “{row['sentence']}”")


if __name__ == "__main__":
    main()
