"""The development corpus (fixtures/corpus/): reports of other agencies and layouts, each
consistent and planted. Every consistent one gives no error; every planted one gives at least
90 % of its hand-made truth items, each at its place, and no error the truth does not explain.
Scored by the same code as `python bench/corpus_scores.py`."""
import functools
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRUTHS = sorted((ROOT / "fixtures" / "corpus").glob("*.truth.yaml"))


def _scorer():
    spec = importlib.util.spec_from_file_location("corpus_scores", ROOT / "bench" / "corpus_scores.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCORER = _scorer()
score_of = functools.cache(SCORER.score)       # each report is checked once per session


def test_the_corpus_is_varied():
    formats = {SCORER.yaml.safe_load(t.read_text(encoding="utf-8"))["format"] for t in TRUTHS}
    assert len(TRUTHS) >= 10 and formats == {"txt", "md", "docx", "pdf"}


@pytest.mark.parametrize("truth", TRUTHS, ids=[t.name.split(".")[0] for t in TRUTHS])
def test_corpus_report(truth):
    score = score_of(truth)
    assert score["consistent_errors"] == 0, [f["message"] for f in score["clean_errors"]]
    assert score["found"] >= 0.9 * score["items"], [i["id"] for i in score["missed"]]
    assert score["stray_errors"] == 0, [f["message"] for f in score["stray"]]
    assert score["recognised"] >= 0.85 * score["with_figures"]


def test_the_corpus_tables_are_recognised_with_their_rows_checked():
    scores = [score_of(t) for t in TRUTHS]
    recognised = sum(min(s["recognised"], s["with_figures"]) for s in scores)
    assert recognised >= 0.95 * sum(s["with_figures"] for s in scores)
