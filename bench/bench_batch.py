"""Reports per second of `cekdata check FOLDER` with --jobs 1, --jobs 2 and --executor dask,
on a folder of N copies of the corpus's text reports (fixtures/corpus/*.txt), and the ratios
to --jobs 1. Each run is a whole command, start-up and GX import included.
Usage: python bench/bench_batch.py [--copies N] [--skip-dask]"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = {"--jobs 1": ["--jobs", "1"], "--jobs 2": ["--jobs", "2"],
        "--executor dask --jobs 2": ["--executor", "dask", "--jobs", "2"]}


def build_folder(folder: Path, copies: int) -> int:
    """``copies`` reports in all, cycling through the corpus's .txt reports."""
    sources = sorted((ROOT / "fixtures" / "corpus").glob("*.txt"))
    for number in range(copies):
        source = sources[number % len(sources)]
        shutil.copy(source, folder / f"{number:05d}-{source.name}")
    return copies


def timed(folder: Path, options: list[str]) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "cekdata", "check", str(folder), "--format", "json",
                           *options], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                          text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):       # the corpus has planted errors: 1 is expected
        sys.exit(f"cekdata {' '.join(options)} exited {done.returncode}: {done.stderr.strip()}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=1000, help="reports in the folder")
    parser.add_argument("--skip-dask", action="store_true", help="dask is not installed")
    args = parser.parse_args()
    runs = {k: v for k, v in RUNS.items() if not (args.skip_dask and "dask" in k)}
    with tempfile.TemporaryDirectory() as tmp:
        reports = build_folder(Path(tmp), args.copies)
        print(f"{reports} reports, {os.cpu_count()} cores")
        rates = {}
        for name, options in runs.items():
            seconds = timed(Path(tmp), options)
            rates[name] = reports / seconds
            print(f"{name:26} {seconds:8.1f} s  {rates[name]:6.2f} reports/s  "
                  f"x{rates[name] / rates['--jobs 1']:.2f}", flush=True)


if __name__ == "__main__":
    main()
