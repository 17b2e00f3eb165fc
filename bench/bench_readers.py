"""Seconds per page for reading the sample's PDF, next to the DOCX and the text reader on the
same content (in-process, reading only: no rules). Usage: python bench/bench_readers.py [--runs N]"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from cekdata.documents.load import read_document

ROOT = Path(__file__).resolve().parents[1]
SOURCES = {"text": ROOT / "fixtures" / "lkjip-kpu-ntt-2024.txt",
           "docx": ROOT / "fixtures" / "rendered" / "lkjip-kpu-ntt-2024.docx",
           "pdf": ROOT / "fixtures" / "rendered" / "lkjip-kpu-ntt-2024.pdf"}


def timed(path: Path, runs: int) -> list[float]:
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        read_document(path)
        seconds.append(time.perf_counter() - start)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    import pdfplumber
    with pdfplumber.open(str(SOURCES["pdf"])) as pdf:
        pages = len(pdf.pages)
    print(f"runs: {args.runs}; the sample is {pages} pages as PDF")
    for name, path in SOURCES.items():
        median = statistics.median(timed(path, args.runs))
        print(f"{name:5} {median:6.2f} s   {median / pages:.3f} s/page")


if __name__ == "__main__":
    main()
