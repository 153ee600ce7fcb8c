"""Every command through click's CliRunner, on the embedded store and over Bolt."""
import json

import pytest
from click.testing import CliRunner
from rdflib import Graph

from canbo.cli import main

from conftest import BOLT_PASSWORD, SEEDS, needs_shared

pytestmark = needs_shared


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "g.kgl")
    result = CliRunner().invoke(main, ["ingest", str(SEEDS), "--db", path])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "5 articles, 9 persons, 16 posts, 20 directives, 4 events"
    return path


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
    assert run("merge", merged_id, merged_id, "--db", db, "--unsure").output.startswith("merged into")
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
