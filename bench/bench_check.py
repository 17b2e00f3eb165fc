"""Time `cekdata check` on the sample against `python -c "import great_expectations"` in the
same run, and print the ratio: most of a check's time is GX's import, and this shows how
much cekdata adds on top. Usage: python bench/bench_check.py [--runs N] [PATH]"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(command: list[str], runs: int) -> list[float]:
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        seconds.append(time.perf_counter() - start)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", nargs="?", default=str(ROOT / "fixtures" / "lkjip-kpu-ntt-2024.txt"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    gx = timed([sys.executable, "-c", "import great_expectations"], args.runs)
    check = timed([sys.executable, "-m", "cekdata", "check", args.path, "--format", "json"], args.runs)
    gx_median, check_median = statistics.median(gx), statistics.median(check)
    print(f"runs: {args.runs}")
    print(f"import great_expectations : median {gx_median:.2f} s (min {min(gx):.2f})")
    print(f"cekdata check {Path(args.path).name}: median {check_median:.2f} s (min {min(check):.2f})")
    print(f"ratio check / GX import   : {check_median / gx_median:.2f}")


if __name__ == "__main__":
    main()
