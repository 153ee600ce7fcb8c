"""A user's install: the pip a new venv comes with, `pip install -c constraints.txt .`, then an ingest.

pip before 24 does not resolve jusText's `lxml[html_clean]`; an install that leaves
lxml_html_clean out fails on the first article read. The package is installed as a
wheel (not editable), so data files left out of pyproject.toml would fail here too.
"""
import subprocess
import sys

import pytest

from conftest import ROOT, SEEDS, needs_shared


@pytest.mark.slow  # a new venv and a full install: most of a minute
@needs_shared
def test_a_stock_pip_install_ingests_the_seeds(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "--version"], capture_output=True, text=True)
    print("installing with", pip.stdout.strip())
    install = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-c", str(ROOT / "constraints.txt"),
                              str(ROOT)], capture_output=True, text=True, timeout=900)
    assert install.returncode == 0, install.stdout[-3000:] + install.stderr[-3000:]
    assert "would be ignored" not in install.stdout + install.stderr  # every data folder is declared
    db = tmp_path / "g.kgl"
    ingest = subprocess.run([str(venv / "bin" / "canbo"), "ingest", str(SEEDS), "--db", str(db)],
                            capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert ingest.returncode == 0, ingest.stderr
    assert ingest.stdout.startswith("5 articles, ")
    html = subprocess.run([str(venv / "bin" / "python"), "-c",
                           "from canbo.loaders.html import article_text;"
                           "page = '<html><body><article><p>' + 'Hội nghị. ' * 40 + '</p></article></body></html>';"
                           "print(article_text(page)[0][:20])"],
                          capture_output=True, text=True, timeout=300)
    assert html.returncode == 0 and "Hội nghị" in html.stdout, html.stderr  # a web page reads (lxml_html_clean)
