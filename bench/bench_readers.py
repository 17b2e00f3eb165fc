"""How fast and how lean the readers are (in-process reading only, no rules).

- the sample as text, DOCX and PDF: seconds, and seconds per PDF page;
- synthetic PDFs of 10 and 100 pages (a ruled table and a paragraph a page): s/page and the
  peak memory of a fresh process reading each (goal: <= 300 MiB at 100 pages, linear beyond);
- a batch of PDFs read one after another in one process: peak memory must stay flat;
- large text inputs: a 20,000 x 50 tab annex (refused by --max-table-cells, then read with
  the cap raised), a 60 MB text, 1 MB lines.

Usage: python bench/bench_readers.py [--runs N] [--quick]   (--quick skips the 60 MB text)"""
from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cekdata.documents.limits import Limits
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


def synthetic_pdf(path: Path, pages: int) -> Path:
    """A report-like PDF: each page a heading, a paragraph and a ruled 12 x 6 table."""
    from reportlab.pdfgen import canvas
    doc = canvas.Canvas(str(path), pagesize=(595, 842))
    for number in range(1, pages + 1):
        doc.setFont("Helvetica", 10)
        doc.drawString(50, 800, f"Tabel {number}. Capaian indikator kinerja sasaran {number}")
        for i in range(6):
            doc.drawString(50, 780 - 14 * i, "Realisasi anggaran dan capaian kinerja pada tahun "
                                             f"2024 sebesar {90 + i},{number % 10} persen dari target.")
        top, rows, cols, width = 680, 13, 6, 80
        for r in range(rows + 1):
            doc.line(50, top - 20 * r, 50 + cols * width, top - 20 * r)
        for c in range(cols + 1):
            doc.line(50 + c * width, top, 50 + c * width, top - 20 * rows)
        for r in range(rows):
            for c in range(cols):
                text = f"Kolom {c + 1}" if r == 0 else f"{(r * 7 + c * 3 + number) % 100},{c}"
                doc.drawString(54 + c * width, top - 20 * r - 14, text)
        doc.drawString(280, 30, f"Halaman {number}")
        doc.showPage()
    doc.save()
    return path


TIMEOUT = 300


def peak_mib(*paths: Path, max_table_cells: int = Limits().max_table_cells) -> tuple[float, float]:
    """Seconds and peak resident MiB of a fresh process reading the files one after another
    (infinite seconds when it does not finish within TIMEOUT)."""
    code = ("import sys, resource; from cekdata.documents.load import read_document\n"
            "from cekdata.documents.limits import Limits\n"
            "limits = Limits(max_table_cells=int(sys.argv[1]))\n"
            "for p in sys.argv[2:]: read_document(p, limits)\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)")
    start = time.perf_counter()
    try:
        out = subprocess.run([sys.executable, "-c", code, str(max_table_cells), *map(str, paths)],
                             capture_output=True, text=True, check=True, timeout=TIMEOUT).stdout
    except subprocess.TimeoutExpired:
        return float("inf"), float("nan")
    except subprocess.CalledProcessError as error:      # refused by a cap: say which
        print("   ", error.stderr.strip().splitlines()[-1][-150:])
        return time.perf_counter() - start, float("nan")
    return time.perf_counter() - start, float(out.strip())


def bench_pdfs(folder: Path) -> None:
    baseline = peak_mib(SOURCES["text"])[1]
    print(f"a fresh process reading a small text: {baseline:.0f} MiB")
    for pages in (10, 100, 300):
        path = synthetic_pdf(folder / f"p{pages}.pdf", pages)
        seconds, mib = peak_mib(path)
        print(f"pdf {pages:4} pages  {seconds / pages:.3f} s/page  peak {mib:5.0f} MiB")
    batch = [folder / "p10.pdf"] * 10
    for count in (1, 5, 10):
        seconds, mib = peak_mib(*batch[:count])
        print(f"batch of {count:2} 10-page PDFs  peak {mib:5.0f} MiB")


def bench_text(folder: Path, quick: bool) -> None:
    """Large but ordinary text inputs, inside the caps: seconds and peak MiB each."""
    row = "\t".join(f"{(c * 37) % 1000},{c % 10}" for c in range(49))
    annex = "Lampiran 1. Data kinerja\n" + "\n".join(f"Indikator {r}\t{row}" for r in range(20_000))
    cases = {"annex 20,000 x 50": annex,
             "1 MB lines x 3": "\n\n".join("Capaian kinerja sebesar 95 persen. " * 30_000
                                           for _ in range(3))}
    if not quick:
        paragraph = ("Realisasi anggaran tahun 2024 sebesar Rp 1.234.567 atau 95,5 persen "
                     "dari pagu yang ditetapkan dalam DIPA.\n")
        cases["60 MB text"] = "\n".join(paragraph * 4 for _ in range(60 * 1024 * 1024 // 400))
    for name, text in cases.items():
        path = folder / f"{name.split()[0]}.txt"
        path.write_text(text, encoding="utf-8")
        for cap in sorted({Limits().max_table_cells, 2_000_000}):
            seconds, mib = peak_mib(path, max_table_cells=cap)
            print(f"{name:18} {path.stat().st_size / 2**20:5.1f} MB  --max-table-cells {cap:9}  "
                  f"{seconds:6.1f} s  peak {mib:5.0f} MiB")
            if "annex" not in name:
                break


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    import pdfplumber
    with pdfplumber.open(str(SOURCES["pdf"])) as pdf:
        pages = len(pdf.pages)
    print(f"runs: {args.runs}; the sample is {pages} pages as PDF")
    for name, path in SOURCES.items():
        median = statistics.median(timed(path, args.runs))
        print(f"{name:5} {median:6.2f} s   {median / pages:.3f} s/page")
    with tempfile.TemporaryDirectory() as folder:
        bench_pdfs(Path(folder))
        bench_text(Path(folder), args.quick)
    print(f"this process: peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
