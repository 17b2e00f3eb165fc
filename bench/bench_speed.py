"""How fast is one check, warm throughput, and how does recognition grow with the report?
Prints, in one run (compare ratios within a run: other work on the machine moves absolute
times):

1. cold: `cekdata check` of the sample against `python -c "import great_expectations"`, each a
   fresh subprocess, interleaved, median of N (goal: ratio <= 1.0);
2. warm: reports checked per CPU-second in one process (the sample and fixtures/corpus/*.txt),
   after one warm-up check of each (goal: 20);
3. growth: `identify` and the whole check on the sample concatenated 1x/2x/4x/8x, with the
   factor per doubling (linear is 2.0).

Usage: python bench/bench_speed.py [--runs N] [--skip-cold] [--upto 8]"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "fixtures" / "lkjip-kpu-ntt-2024.txt"


def _run(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def cold(runs: int) -> None:
    gx_import = [sys.executable, "-c", "import great_expectations"]
    check = [sys.executable, "-m", "cekdata", "check", str(SAMPLE), "--format", "json"]
    gx, ours = [], []
    for _ in range(runs):          # interleaved, so a busy moment hits both alike
        gx.append(_run(gx_import))
        ours.append(_run(check))
    print(f"cold ({runs} runs): import great_expectations median {statistics.median(gx):.2f} s, "
          f"cekdata check median {statistics.median(ours):.2f} s")
    print(f"  ratio check / GX import: {statistics.median(ours) / statistics.median(gx):.2f}"
          "  (goal <= 1.0)")


def _cpu(function) -> float:
    start = time.process_time()
    function()
    return time.process_time() - start


def warm(rounds: int) -> None:
    from cekdata.api import check_document
    from cekdata.documents.load import read_document

    paths = [SAMPLE, *sorted((ROOT / "fixtures" / "corpus").glob("*.txt"))]
    documents = [read_document(p) for p in paths]
    for document in documents:                     # warm-up: imports, caches, GX context
        check_document(document)
    seconds = _cpu(lambda: [check_document(d) for _ in range(rounds) for d in documents])
    sample = _cpu(lambda: [check_document(documents[0]) for _ in range(rounds)])
    print(f"warm: {len(documents)} reports x {rounds}: {len(documents) * rounds / seconds:.1f} "
          f"reports per CPU-second (goal 20); the sample alone {rounds / sample:.1f}/s")


def _forget(module) -> None:
    """Clear a module's remembered results, so each size pays for its own names."""
    for value in vars(module).values():
        if hasattr(value, "cache_clear"):
            value.cache_clear()


def growth(upto: int) -> None:
    from cekdata.api import check_document
    from cekdata.documents.load import read_document
    from cekdata.recognise import identity
    from cekdata.recognise.report import Recognised
    from cekdata.recognise.indicators import IndicatorView

    text = SAMPLE.read_text(encoding="utf-8")
    previous = None
    print("growth (sample concatenated k times): k, entries, identify CPU s, check CPU s")
    with tempfile.TemporaryDirectory() as folder:
        k = 1
        while k <= upto:
            path = Path(folder) / f"sample-x{k}.txt"
            path.write_text("\n\n".join([text] * k), encoding="utf-8")
            document = read_document(path)
            views = [v for v in Recognised.of(document).views if isinstance(v, IndicatorView)]
            _forget(identity)
            ident = _cpu(lambda: identity.identify(views))
            whole = _cpu(lambda: check_document(document))
            entries = sum(len(v.entries) for v in views)
            line = f"  {k}x: {entries:5d} entries, identify {ident:6.2f} s, check {whole:6.2f} s"
            if previous:
                line += (f"   per doubling: identify x{ident / previous[0]:.1f}, "
                         f"check x{whole / previous[1]:.1f}")
            print(line, flush=True)
            previous = (ident, whole)
            k *= 2


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5, help="cold runs of each command")
    parser.add_argument("--rounds", type=int, default=2, help="warm rounds over the reports")
    parser.add_argument("--upto", type=int, default=8, help="largest concatenation")
    parser.add_argument("--skip-cold", action="store_true")
    args = parser.parse_args()
    if not args.skip_cold:
        cold(args.runs)
    warm(args.rounds)
    growth(args.upto)


if __name__ == "__main__":
    main()
