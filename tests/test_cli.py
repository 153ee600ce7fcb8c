"""Every command through click's CliRunner, on the embedded store and over Bolt."""
import json

import pytest
from click.testing import CliRunner
from rdflib import Graph

from canbo.cli import main

from conftest import BOLT_PASSWORD, SEEDS, needs_shared

pytestmark = needs_shared


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """The seeds ingested once for the module."""
    path = str(tmp_path_factory.mktemp("seeded") / "g.kgl")
    result = CliRunner().invoke(main, ["ingest", str(SEEDS), "--db", path])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "5 articles, 9 persons, 16 posts, 20 directives, 4 events"
    return path


@pytest.fixture
def db(seeded, tmp_path):
    """A copy of the seeds' graph of each test's own, to change as it likes."""
    import shutil

    path = tmp_path / "g.kgl"
    shutil.copy(seeded, path)
    return str(path)


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_roles_lists_each_post_with_its_article(db):
    result = run("roles", "Sử Ngọc Anh", "--db", db)
    assert result.exit_code == 0, result.output
    assert "Bí thư" in result.output and "Quận ủy" in result.output
    assert "Ủy viên" in result.output and "Thành ủy" in result.output
    assert "003_32c6bc8dcbf85a68.txt" in result.output


def test_roles_ignores_case_and_tone_placement_and_gives_json(db):
    result = run("roles", "SỬ NGỌC ANH", "--db", db, "--json")
    (official,) = json.loads(result.output)
    assert {(p["title"], p["body"].split()[0]) for p in official["posts"]} == {("Bí thư", "Quận"), ("Ủy viên", "Thành")}


def test_roles_lists_several_matches(db):
    result = run("roles", "Nguyễn", "--db", db)
    assert result.exit_code == 0
    assert "officials match" in result.output
    assert "Nguyễn Thị Hiếu" in result.output and "Nguyễn Trí Dũng" in result.output


def test_roles_of_no_one_is_a_one_line_error(db):
    result = run("roles", "Không Có Ai", "--db", db)
    assert result.exit_code == 1
    assert result.output.strip().startswith("canbo: no official named")


def test_queries_lists_the_modules():
    result = run("queries", "--json")
    names = {q["name"] for q in json.loads(result.output)}
    assert {"chairs-by-directive", "official-posts", "co-attendees"} <= names


def test_query_module_with_a_parameter(db):
    result = run("query", "chairs-by-directive", "--param", "directive=05-CT/TW", "--db", db, "--json")
    rows = json.loads(result.output)
    assert {"chair": "Đoàn Đình Nguyên", "date": "2017-09-28", "directive": "Chỉ thị 05-CT/TW"}.items() <= rows[0].items()


def test_query_module_pages_its_answer(db):
    everything = json.loads(run("query", "official-posts", "-p", "name=Đoàn Đình Nguyên", "--db", db, "--json",
                                "--limit", "0").stdout)
    assert len(everything) == 2
    first = run("query", "official-posts", "-p", "name=Đoàn Đình Nguyên", "--db", db, "--json", "--limit", "1")
    rest = run("query", "official-posts", "-p", "name=Đoàn Đình Nguyên", "--db", db, "--json", "--offset", "1")
    assert json.loads(first.stdout) + json.loads(rest.stdout) == everything
    assert "--offset 1 for the next 1" in first.stderr and not rest.stderr


def test_query_with_an_unknown_parameter_is_an_error(db):
    result = run("query", "chairs-by-directive", "--param", "nope=1", "--db", db)
    assert result.exit_code == 1 and "takes no parameter nope" in result.output


def test_own_cypher_is_read_only_unless_write_is_given(db):
    result = run("query", "--cypher", "MATCH (n) DETACH DELETE n", "--db", db)
    assert result.exit_code == 1 and "--write" in result.output
    count = run("query", "--cypher", "MATCH (p:Person) RETURN count(p) AS n", "--db", db, "--json")
    assert json.loads(count.output) == [{"n": 9}]


def test_cypher_error_is_one_line(db):
    result = run("query", "--cypher", "MATCH (n RETURN n", "--db", db)
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1 and result.output.startswith("canbo: Cypher error")


def test_export_facts(db, tmp_path):
    out = tmp_path / "facts.json"
    assert run("export", "facts", "--db", db, "-o", str(out)).exit_code == 0
    doc = json.loads(out.read_text("utf-8"))
    assert len(doc["articles"]) == 5
    assert {"article", "title", "published", "persons", "directives", "events"} <= set(doc["articles"][0])


@pytest.mark.parametrize("fmt", ["turtle", "nt", "json-ld"])
def test_export_rdf_parses_back(db, fmt):
    result = run("export", "rdf", "--format", fmt, "--db", db)
    assert result.exit_code == 0
    graph = Graph().parse(data=result.output, format=fmt)
    assert len(graph) > 500


def test_export_html(db, tmp_path):
    out = tmp_path / "g.html"
    result = run("export", "html", "--db", db, "-o", str(out))
    assert result.exit_code == 0, result.output
    page = out.read_text("utf-8")
    assert json.dumps("Đoàn Đình Nguyên")[1:-1] in page or "Đoàn Đình Nguyên" in page
    assert "nodes" in result.output


def test_explain_prints_facts_beside_sentences():
    result = run("explain", str(SEEDS / "001_b9c9d44ee20505c9.txt"))
    assert result.exit_code == 0
    assert "post: Đoàn Đình Nguyên: Trưởng ban @ Ban Tuyên giáo Quận ủy Hai Bà Trưng" in result.output
    assert "“Đồng chí Đoàn Đình Nguyên" in result.output


def test_ingest_of_a_missing_path_is_skipped_with_a_reason(tmp_path):
    result = run("ingest", str(tmp_path / "nope"), "--db", str(tmp_path / "g.kgl"))
    assert result.exit_code == 1
    assert "no such file or folder" in result.output


def test_commands_work_over_bolt(bolt_uri, monkeypatch):
    monkeypatch.setenv("NEO4J_USERNAME", "root")
    monkeypatch.setenv("NEO4J_PASSWORD", BOLT_PASSWORD)
    monkeypatch.setenv("NEO4J_DATABASE", "canbo")
    assert run("query", "--cypher", "MATCH (n) DETACH DELETE n", "--write", "--neo4j", bolt_uri).exit_code == 0
    assert run("ingest", str(SEEDS), "--neo4j", bolt_uri).exit_code == 0
    roles = run("roles", "Sử Ngọc Anh", "--neo4j", bolt_uri)
    assert "Thành ủy" in roles.output and "Quận ủy" in roles.output
    answer = json.loads(run("query", "chairs-by-directive", "-p", "directive=05-CT/TW", "--neo4j", bolt_uri, "--json").output)
    assert ("Đoàn Đình Nguyên", "2017-09-28") in {(r["chair"], r["date"]) for r in answer}


def test_wrong_neo4j_password_is_one_line_without_the_password(bolt_uri, monkeypatch):
    monkeypatch.setenv("NEO4J_USERNAME", "root")
    monkeypatch.setenv("NEO4J_PASSWORD", "wrong-secret")
    result = run("roles", "x", "--neo4j", bolt_uri)
    assert result.exit_code == 1
    assert "wrong-secret" not in result.output and "NEO4J_PASSWORD" in result.output


def test_no_server_is_one_line(monkeypatch):
    result = run("roles", "x", "--neo4j", "bolt://127.0.0.1:9")
    assert result.exit_code == 1
    assert result.output.startswith("canbo: no Neo4j server answers at bolt://127.0.0.1:9")


@pytest.mark.parametrize("uri", ["http://localhost:7474", "localhost:7687", "https://example.org/db"])
def test_a_uri_that_is_not_bolt_is_refused_naming_the_schemes(uri):
    result = run("roles", "x", "--neo4j", uri)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("canbo: cannot reach Neo4j at")
    assert "bolt://" in lines[0] and "neo4j+s://" in lines[0] and "internal error" not in lines[0]


def test_same_merge_split_and_timeline(db):
    listed = run("same", "Sử Ngọc Anh", "--db", db, "--json")
    (row,) = json.loads(listed.output)
    assert row["rule"] == "only-mention" and row["article"] == "003_32c6bc8dcbf85a68.txt"
    other = json.loads(run("same", "Ngô Thanh Sơn", "--db", db, "--json").output)[0]
    merged = run("merge", row["id"], other["id"], "--db", db, "--by", "tester", "--reason", "one official")
    assert merged.exit_code == 0 and "merged into Sử Ngọc Anh" in merged.output
    merged_id = merged.output.split("(")[1].split(")")[0]
    split_ = run("split", merged_id, "--article", "003_32c6bc8dcbf85a68.txt", "--db", db)
    assert split_.exit_code == 0, split_.output
    assert run("merge", "nope", merged_id, "--db", db).output.startswith("canbo: no person with id")
    judged = json.loads(run("same", "Sử Ngọc Anh", "--db", db, "--json").output)
    assert [r["reason"].split(": ")[1].split()[0] for r in judged if r["id"] == ""] == ["same", "different"]
    timeline = run("timeline", "Đoàn Đình Nguyên", "--db", db)
    assert "2017-09-28" in timeline.output and "chair" in timeline.output


def test_judgements_export_and_import_into_a_graph_rebuilt_from_the_articles(db, tmp_path):
    row = json.loads(run("same", "Sử Ngọc Anh", "--db", db, "--json").output)[0]
    other = json.loads(run("same", "Ngô Thanh Sơn", "--db", db, "--json").output)[0]
    merged = run("merge", row["id"], other["id"], "--db", db, "--by", "tester")
    merged_id = merged.output.split("(")[1].split(")")[0]
    assert "one person already: nothing recorded" in run("merge", merged_id, merged_id, "--db", db, "--unsure").output
    log = tmp_path / "judgements.jsonl"
    assert run("judgements", "export", "--db", db, "-o", str(log)).exit_code == 0
    (line,) = log.read_text("utf-8").splitlines()  # the unsure one was about one person already: nothing to log
    assert json.loads(line)["by"] == "tester" and json.loads(line)["verdict"] == "same"
    rebuilt = str(tmp_path / "rebuilt.kgl")
    assert run("ingest", str(SEEDS), "--db", rebuilt).exit_code == 0
    assert len(json.loads(run("roles", "Sử Ngọc Anh", "--db", rebuilt, "--json").output)[0]["posts"]) == 2
    imported = run("judgements", "import", str(log), "--db", rebuilt)
    assert imported.exit_code == 0 and imported.output.strip() == "1 judgements read, 1 new"
    (official,) = json.loads(run("roles", "Sử Ngọc Anh", "--db", rebuilt, "--json").output)
    assert len(official["posts"]) > 2  # Ngô Thanh Sơn's posts are his now
    (tmp_path / "bad.jsonl").write_text("{}\n", "utf-8")
    bad = run("judgements", "import", str(tmp_path / "bad.jsonl"), "--db", rebuilt)
    assert bad.exit_code == 1 and len(bad.output.strip().splitlines()) == 1 and "bad.jsonl:1" in bad.output


def test_timeline_svg_draws_posts_as_bars_and_events_as_marks_with_their_sources(db, tmp_path):
    from xml.etree import ElementTree

    out = tmp_path / "career.svg"
    result = run("timeline", "Sử Ngọc Anh", "--svg", str(out), "--db", db)
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"wrote {out}: Sử Ngọc Anh, 2 post reports, 3 parts in events"
    svg = ElementTree.parse(out).getroot()
    ns = "{http://www.w3.org/2000/svg}"

    def hover(tag: str) -> list:  # (element, the text shown on hover) of every <tag> that has one
        return [(el, el.find(f"{ns}title").text) for el in svg.iter(ns + tag) if el.find(f"{ns}title") is not None]

    report, tip = next((el, t) for el, t in hover("line") if t.startswith("Bí thư · Quận ủy Gò Vấp · 2019-11-01"))
    assert "Sử Ngọc Anh - Thành ủy viên - Bí thư Quận ủy" in tip and "003_32c6bc8dcbf85a68.txt" in tip
    assert any(t.startswith("Bí thư · Quận ủy Gò Vấp: 1 report(s), 2019-11-01") for _, t in hover("rect"))  # the bar
    assert any(t.startswith("chaired · Hội nghị giao ban") for _, t in hover("path"))  # the event, a mark
    axis = {el.text for el in svg.iter(f"{ns}text")}
    assert "2019" in axis and float(report.get("x1")) < 960  # a dated report sits on the axis
    missing = run("timeline", "Không Có Ai", "--svg", str(out), "--db", db)
    assert missing.exit_code == 1 and "no official named" in missing.output


def test_roles_as_of_a_day_before_every_post_names_the_official_with_none(db):
    result = run("roles", "Sử Ngọc Anh", "--as-of", "2000-01-01", "--db", db)
    assert result.exit_code == 0 and result.output == "Sử Ngọc Anh\n(no post reported on or before 2000-01-01)\n"
    as_json = run("roles", "Sử Ngọc Anh", "--as-of", "2000-01-01", "--db", db, "--json")
    assert json.loads(as_json.output) == [{"name": "Sử Ngọc Anh", "posts": []}]
    assert run("roles", "Không Có Ai", "--as-of", "2000-01-01", "--db", db).exit_code == 1


def test_roles_as_of(db):
    assert run("roles", "Sử Ngọc Anh", "--as-of", "2019-12-31", "--db", db).output.count("2019-11-01") == 2
    bad = run("roles", "Sử Ngọc Anh", "--as-of", "31/12/2019", "--db", db)
    assert bad.exit_code == 1 and "YYYY-MM-DD" in bad.output


@pytest.mark.parametrize("args", [["roles", "Sử Ngọc Anh", "--as-of", "2017-13-45"],
                                  ["export", "html", "--from", "2017-31-01"], ["export", "html", "--to", "2017-02-30"]])
def test_a_date_that_is_no_day_is_refused_in_one_line(db, args):
    result = run(*args, "--db", db)
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and result.output.startswith("canbo: --") and "YYYY-MM-DD" in result.output


def test_posts_of_an_article_with_no_date_are_shown_undated_not_dropped(db, tmp_path):
    (tmp_path / "x.txt").write_text("Tin\n\nSáng 3/4/2020, đồng chí Sử Ngọc Anh, Bí thư Quận ủy Gò Vấp, dự hội nghị.",
                                   "utf-8")
    assert run("ingest", str(tmp_path / "x.txt"), "--db", db).exit_code == 0
    as_of = run("roles", "Sử Ngọc Anh", "--as-of", "2019-12-31", "--db", db)
    lines = as_of.output.splitlines()
    assert "2019-11-01" in lines[3] and "undated" in lines[-1] and "x.txt" in lines[-1]
    (official,) = json.loads(run("roles", "Sử Ngọc Anh", "--as-of", "2019-12-31", "--db", db, "--json").output)
    assert official["posts"][-1]["date"] is None
    assert "undated" in run("timeline", "Sử Ngọc Anh", "--db", db).output.splitlines()[-1]


def test_export_html_selectors_and_size_guard(db, tmp_path, monkeypatch):
    out = tmp_path / "p.html"
    result = run("export", "html", "--person", "Sử Ngọc Anh", "--hops", "2", "--db", db, "-o", str(out))
    assert result.exit_code == 0 and "nodes" in result.output
    small = int(result.output.split(": ")[1].split()[0])
    everything = run("export", "html", "--db", db, "-o", str(out))
    assert int(everything.output.split(": ")[1].split()[0]) > small
    none = run("export", "html", "--person", "Không Có Ai", "--db", db, "-o", str(out))
    assert none.exit_code == 1 and "nothing in the graph matches" in none.output
    monkeypatch.setattr("canbo.graph.selectors.MAX_PAGE", 10)
    big = run("export", "html", "--db", db, "-o", str(out))
    assert big.exit_code == 1 and "--all" in big.output
    assert run("export", "html", "--all", "--db", db, "-o", str(out)).exit_code == 0
    dated = run("export", "html", "--directive", "05-CT/TW", "--from", "2019-01-01", "--db", db, "-o", str(out))
    assert dated.exit_code == 0


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_for_other_tools(db, tmp_path, fmt):
    import networkx as nx

    out = tmp_path / f"g.{fmt}"
    assert run("export", fmt, "--db", db, "-o", str(out)).exit_code == 0
    graph = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    names = {a.get("name") for _, a in graph.nodes(data=True)}
    assert "Sử Ngọc Anh" in names


def test_rank_officials_and_bodies(db):
    officials = json.loads(run("rank", "--db", db, "--json").output)
    assert officials and {"official", "betweenness", "co_attendees"} <= set(officials[0])
    bodies = json.loads(run("rank", "--bodies", "--db", db, "--json").output)
    assert bodies[0] == {"body": "Thường trực Quận ủy Gò Vấp", "directives": 5, "events": 1}


def test_export_neo4j_import_has_the_graph_with_its_labels_and_types(db, tmp_path):
    import csv

    out = tmp_path / "ni"
    assert run("export", "neo4j-import", "--db", db, "-o", str(out)).exit_code == 0
    ids, labels, rels = set(), {}, []
    for path in sorted(out.glob("nodes-*.csv")):
        with path.open(encoding="utf-8") as f:
            reader = csv.reader(f)
            header = next(reader)
            assert header[0] == "uri:ID(canbo)" and header[-1] == ":LABEL"
            for row in reader:
                ids.add(row[0])
                labels[row[-1]] = labels.get(row[-1], 0) + 1
    for path in sorted(out.glob("rels-*.csv")):
        with path.open(encoding="utf-8") as f:
            reader = csv.reader(f)
            assert next(reader) == [":START_ID(canbo)", ":END_ID(canbo)", ":TYPE"]
            rels += list(reader)
    assert all(s in ids and o in ids for s, o, _ in rels)
    counted = json.loads(run("query", "--cypher", "MATCH (n:Person) RETURN count(n) AS n", "--db", db, "--json").output)
    assert labels["Person"] == counted[0]["n"]
    assert {"CHAIRED", "IMPLEMENTS", "HOLDS"} <= {t for _, _, t in rels}
    assert "neo4j-admin database import full" in (out / "import.sh").read_text()


def test_schema_lists_every_label_key_and_relationship_from_the_ontology():
    from canbo.vocab import MODEL

    doc = json.loads(run("schema", "--json").output)
    keys = {(r["label"], r["key"]) for r in doc["labels"]}
    assert keys == {(label, k) for label in MODEL.labels.values() for k in [*MODEL.keys_of(label), "uri"]}
    assert all(r["meaning"] for r in doc["labels"]) and all(r["meaning"] for r in doc["relationships"])
    holds = next(r for r in doc["relationships"] if r["type"] == "HOLDS")
    assert (holds["from"], holds["to"]) == ("Person", "Post") and "org:hasMembership" in holds["rdf"]
    assert {r["type"] for r in doc["relationships"]} == set(MODEL.rel_types.values())
    body_name = next(r for r in doc["labels"] if (r["label"], r["key"]) == ("Body", "name"))
    assert body_name["rdf"] == "skos:prefLabel"
    table = run("schema")
    assert table.exit_code == 0 and "DERIVED_FROM" in table.output and "Event|Mention|Participation|Post" in table.output
    lines = table.output.splitlines()
    for row in doc["labels"] + doc["relationships"]:  # every meaning in full, however long
        assert any(line.rstrip().endswith(" " + " ".join(row["meaning"].split())) for line in lines), row["meaning"]


def test_a_long_cell_is_cut_at_a_word_and_says_so():
    from canbo.cli import CELL, cell

    text = "Ông Đinh La Thăng bị thôi chức Ủy viên Bộ Chính trị, " * 3
    cut = cell(text)
    assert cut.endswith("…") and len(cut) <= CELL and text.startswith(cut[:-1]) and text[len(cut) - 1] in " ,"
    assert cell("dòng một\ndòng hai") == "dòng một dòng hai" and cell(None) == "" and cell(text, whole=True) == text.strip()


def test_export_n10s_writes_the_mapping_derived_from_the_ontology(tmp_path):
    out = tmp_path / "n10s.cypher"
    assert run("export", "n10s", "-o", str(out)).exit_code == 0
    text = out.read_text("utf-8")
    assert "CALL n10s.graphconfig.init({handleVocabUris: 'MAP'" in text
    assert "CALL n10s.mapping.add('http://www.w3.org/ns/org#Membership', 'Post');" in text
    assert "CALL n10s.mapping.add('https://w3id.org/canbo/ontology#holds', 'HOLDS');" in text
    assert "CALL n10s.rdf.import.fetch($rdf, 'Turtle'" in text


# ------------------------------------------------------------------ refusals and messages

def test_query_write_with_return_prints_the_rows(db):
    result = run("query", "--cypher", "CREATE (b:Body {uri: 'urn:x', name: 'Ban X'}) RETURN b.name AS body", "--write",
                 "--db", db, "--json")
    assert result.exit_code == 0 and json.loads(result.output) == [{"body": "Ban X"}]
    assert run("query", "--cypher", "MATCH (b:Body {uri: 'urn:x'}) DELETE b", "--write", "--db", db).output == "done\n"


def test_both_db_and_neo4j_is_refused(db, monkeypatch):
    result = run("roles", "Sử Ngọc Anh", "--db", db, "--neo4j", "bolt://127.0.0.1:9")
    assert result.exit_code == 1 and result.output == "canbo: give --db or --neo4j, not both\n"
    monkeypatch.setenv("CANBO_DB", db)
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:9")
    result = run("roles", "Sử Ngọc Anh")
    assert result.exit_code == 1 and "CANBO_DB and NEO4J_URI are both set" in result.output
    assert run("roles", "Sử Ngọc Anh", "--db", db).exit_code == 0  # a flag says which


def test_a_db_in_a_missing_folder_is_refused_without_making_it(tmp_path):
    folder = tmp_path / "no" / "such"
    result = run("ingest", str(SEEDS), "--db", str(folder / "g.kgl"))
    assert result.exit_code == 1
    assert result.output == f"canbo: no folder {folder} for the graph {folder / 'g.kgl'}: create it first\n"
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize("command", [["ingest", str(SEEDS)], ["roles", "Sử Ngọc Anh"], ["export", "facts"]])
def test_a_file_that_is_no_graph_is_refused_and_left_alone(tmp_path, command):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n", "utf-8")
    result = run(*command, "--db", str(notes))
    assert result.exit_code == 1
    assert result.output == f"canbo: {notes} is not a canbo graph (an embedded store file); give another --db\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    assert notes.read_text("utf-8") == "my notes\n"


def test_a_read_only_graph_is_not_replaced(db):
    import os

    os.chmod(db, 0o444)
    before = os.stat(db)
    result = run("ingest", str(SEEDS), "--db", db)
    assert result.exit_code == 1 and result.output == f"canbo: the graph {db} is read-only: make it writable to change it\n"
    after = os.stat(db)
    assert (after.st_ino, after.st_mtime_ns, after.st_mode) == (before.st_ino, before.st_mtime_ns, before.st_mode)
    assert run("roles", "Sử Ngọc Anh", "--db", db).exit_code == 0


def test_ingest_of_nothing_that_exists_makes_no_graph(tmp_path):
    result = run("ingest", str(tmp_path / "nosuchdir"), "--db", str(tmp_path / "g.kgl"))
    assert result.exit_code == 1 and result.output == f"canbo: no such file or folder: {tmp_path / 'nosuchdir'}\n"
    assert list(tmp_path.iterdir()) == []


def test_output_into_a_closed_pipe_ends_quietly(db):
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-m", "canbo.cli", "export", "facts", "--db", db],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # as `| head` does once it has its lines
    assert proc.stderr.read() == b""
    assert proc.wait(timeout=60) != 0


# ------------------------------------------------------------------ names as people type them

@pytest.mark.parametrize("typed", ["Su Ngoc Anh", "SU NGOC ANH", "su ngoc", "Sử  ngọc ANH"])
def test_a_name_typed_without_tone_marks_or_in_another_case_finds_the_official(db, typed):
    roles = run("roles", typed, "--db", db, "--json")
    assert roles.exit_code == 0, roles.output
    assert [o["name"] for o in json.loads(roles.output)] == ["Sử Ngọc Anh"]
    same = run("same", typed, "--db", db, "--json")
    assert same.exit_code == 0 and {r["name"] for r in json.loads(same.output)} == {"Sử Ngọc Anh"}


def test_timeline_finds_a_name_typed_without_tone_marks(db):
    result = run("timeline", "doan dinh nguyen", "--db", db, "--json")
    assert result.exit_code == 0, result.output
    (official,) = json.loads(result.output)
    assert official["name"] == "Đoàn Đình Nguyên" and any(r["date"] == "2017-09-28" for r in official["timeline"])


def test_a_name_typed_with_marks_must_have_them_right(db):
    assert run("roles", "Sứ Ngọc Anh", "--db", db).exit_code == 1  # a tone typed is the name's own: Sứ is not Sử
    assert run("roles", "Sử Ngọc Ánh", "--db", db).exit_code == 1


#: (typed, names in the graph, the names it means): lookup.names_meant, and the page's search (test_page).
NAMES_MEANT = [
    ("Đinh La Thang", ["đinh la thăng", "đinh la thắng"], ["đinh la thăng", "đinh la thắng"]),
    ("Dinh La Thăng", ["đinh la thăng", "đinh la thắng", "đinh la thang"], ["đinh la thăng", "đinh la thắng"]),
    ("Nguyên Phu Trong", ["nguyễn phú trọng", "nguyên phú trọng", "nguyễn phú"], ["nguyên phú trọng", "nguyễn phú trọng"]),
    ("Nguyen Phu Trong", ["nguyễn phú trọng", "nguyễn phú"], ["nguyễn phú trọng"]),
    ("Sử Ngoc Anh", ["sử ngọc anh", "sư ngọc anh", "sử ngọc ánh"], ["sử ngọc anh", "sử ngọc ánh"]),
    ("Sử Ngọc Anh", ["sư ngọc anh"], []),  # a mark typed must be there: Sử is not Sư
    ("Sư Ngọc Anh", ["sư ngọc anh", "sử ngọc anh"], ["sư ngọc anh"]),  # the exact name, when known, alone
    ("Hùng", ["hùng", "hưng"], ["hùng"]),
    ("Hưng", ["nguyễn hùng", "lê hưng", "trần hừng"], ["lê hưng", "trần hừng"]),
    ("hung", ["nguyễn hùng", "lê hưng"], ["lê hưng", "nguyễn hùng"]),
    ("NGỌC ANH", ["sử ngọc anh", "sử ngọc ánh", "ngọc anh thư"], ["ngọc anh thư", "sử ngọc anh", "sử ngọc ánh"]),
    ("Ngọc Anh", ["sử ngọc anh", "ngọc ánh"], ["ngọc ánh"]),  # a name it gives syllable for syllable first
    ("ngoc", ["sử ngọc anh", "ngọc", "ngô"], ["ngọc"]),
    ("Ngoc A", ["sử ngọc anh"], []),  # syllables whole, not their beginnings
    ("hoà", ["nguyễn văn hòa"], ["nguyễn văn hòa"]),  # tone placement
    ("Đuong", ["đường", "dương"], ["đường"]),
    ("duong", ["đường", "dương"], ["dương", "đường"]),
]


@pytest.mark.parametrize(("typed", "names", "meant"), NAMES_MEANT)
def test_a_typed_name_means_names_syllable_by_syllable(typed, names, meant):
    from canbo.graph.lookup import names_meant

    assert names_meant(typed, names) == meant


@pytest.mark.parametrize("typed", ["Sử Ngoc Anh", "Su Ngọc Anh", "su ngoc anh", "Sư Ngoc Anh", "Ngọc Anh", "ngoc anh"])
def test_every_lookup_of_an_official_takes_the_same_loose_forms(db, tmp_path, typed):
    roles = run("roles", typed, "--db", db, "--json")
    assert roles.exit_code == 0, roles.output
    assert [o["name"] for o in json.loads(roles.output)] == ["Sử Ngọc Anh"]
    timeline = run("timeline", typed, "--db", db, "--json")
    assert [o["name"] for o in json.loads(timeline.output)] == ["Sử Ngọc Anh"]
    same = run("same", typed, "--db", db, "--json")
    assert same.exit_code == 0 and {r["name"] for r in json.loads(same.output)} == {"Sử Ngọc Anh"}
    page = run("export", "html", "--person", typed, "--db", db, "-o", str(tmp_path / "p.html"))
    exact = run("export", "html", "--person", "Sử Ngọc Anh", "--db", db, "-o", str(tmp_path / "p.html"))
    assert page.exit_code == 0 and page.output == exact.output, page.output


@pytest.mark.parametrize("command", ["roles", "same", "timeline"])
@pytest.mark.parametrize("typed", ["%", " ", "..."])
def test_a_name_of_no_letters_is_refused(db, command, typed):
    result = run(command, typed, "--db", db)
    assert result.exit_code == 1 and result.output.startswith("canbo: no ")


# ------------------------------------------------------------------ help

def _commands(group, path=("canbo",)):
    import click

    for name, command in group.commands.items():
        yield (*path, name), command
        if isinstance(command, click.Group):
            yield from _commands(command, (*path, name))


def test_every_option_says_what_it_does():
    import click

    bare = [(" ".join(path), p.opts[-1]) for path, command in _commands(main) for p in command.params
            if isinstance(p, click.Option) and not p.help]
    assert bare == []


def test_export_help_names_every_format():
    shown = " ".join(run("export", "--help").output.split("Options:")[0].split())
    assert all(name in shown for name in main.commands["export"].commands)


def test_rank_help_says_what_it_computes():
    text = run("rank", "--help").output
    assert "betweenness" in text and "PageRank" not in text
