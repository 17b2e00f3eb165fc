"""A generator of consistent report tables over the layout traits real Laporan Kinerja use:
column order, header wording, group rows, column-number rows, two-row headers, number styles,
and the formats txt / Markdown (with and without outer pipes and separator rows) / DOCX.

A generated table knows which figure cells it holds, so a test can corrupt one and know which
rule must fire and at which rows (the cell's own row, or the rows that sum it)."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from hypothesis import strategies as st

PLACES = ["Mawar", "Melati", "Kenanga", "Cempaka", "Dahlia", "Anggrek", "Teratai", "Flamboyan",
          "Seroja", "Tanjung", "Bakung", "Kamboja"]
UNITS = ["Sekretariat", "Bidang Pelayanan", "Bidang Pengawasan", "Bidang Perencanaan",
         "UPT Wilayah Utara", "UPT Wilayah Selatan", "Subbagian Keuangan", "Subbagian Umum"]
TOPICS = ["layanan perizinan", "pembinaan usaha", "pengawasan mutu", "sarana prasarana",
          "data dan informasi", "tata kelola keuangan", "pengelolaan aset", "penyuluhan"]


@dataclass
class Cell:
    text: str
    span: int = 1                    # columns this cell covers (group rows, spanning headers)


@dataclass
class Figure:
    row: int                         # index into GeneratedTable.rows
    col: int
    rule: str                        # the rule that must fire when this cell is corrupted
    sums_into: list[int] = field(default_factory=list)   # rows whose totals include this cell


@dataclass
class GeneratedTable:
    caption: str
    header: list[list[Cell]]
    rows: list[list[Cell]]           # body rows, group rows and total row, in print order
    figures: list[Figure]
    intro: str = ""                  # the sentence before the table


@dataclass(frozen=True)
class Style:
    decimal: str = ","               # "," Indonesian, "." English
    rupiah: str = ""                 # "", "Rp ", "Rp. "
    cents: bool = False              # ",00" on money
    percent_sign: bool = True


def fmt_int(value: int, style: Style) -> str:
    text = f"{value:,}"
    return text.replace(",", ".") if style.decimal == "," else text


def fmt_money(value: int, style: Style) -> str:
    text = fmt_int(value, style)
    if style.cents:
        text += ",00" if style.decimal == "," else ".00"
    return style.rupiah + text


def fmt_pct(value: Decimal, style: Style) -> str:
    text = f"{value.quantize(Decimal('0.01'), ROUND_HALF_UP):.2f}"
    if style.decimal == ",":
        text = text.replace(".", ",")
    return text + ("%" if style.percent_sign else "")


def pct(part: int, whole: int) -> Decimal:
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def _blank(n: int) -> list[Cell]:
    return [Cell("") for _ in range(n)]


def _numbering_row(width: int, parens: bool) -> list[Cell]:
    return [Cell(f"({i})" if parens else str(i)) for i in range(1, width + 1)]


# ---- a count table split by sex: L | P | L+P, a total row -----------------------------------

def sex_table(rng: random.Random, traits: dict, style: Style) -> GeneratedTable:
    names = rng.sample(UNITS if traits["groups"] else PLACES, traits["rows"])
    numbered, groups = traits["numbered"], traits["groups"]
    lead = (["No"] if numbered else []) + [rng.choice(["Unit Kerja", "Kecamatan", "Uraian"])]
    labels = [rng.choice(["L", "Laki-laki", "Pria"]), rng.choice(["P", "Perempuan", "Wanita"]),
              rng.choice(["L+P", "Jumlah", "Total"])]
    if traits["two_row_header"]:
        top = [Cell(t) for t in lead] + [Cell(rng.choice(["Jumlah Pegawai", "Jumlah Peserta"]), 3)]
        header = [top, [Cell("") for _ in lead] + [Cell(labels[0]), Cell(labels[1]), Cell("L+P")]]
    else:
        header = [[Cell(t) for t in lead + labels]]
    width = len(lead) + 3
    if traits["numbering_row"]:
        header.append(_numbering_row(width, traits["parens"]))
    rows, figures, body_rows = [], [], []
    for i, name in enumerate(names):
        if groups and i % 2 == 0:
            rows.append([Cell(f"Kelompok {'ABCDEF'[i // 2]}: {rng.choice(TOPICS)}", width)])
        male, female = rng.randint(3, 900), rng.randint(3, 900)
        body_rows.append(len(rows))
        cells = ([Cell(f"{len(body_rows)}.")] if numbered else []) + \
            [Cell(name), Cell(fmt_int(male, style)), Cell(fmt_int(female, style)),
             Cell(fmt_int(male + female, style))]
        rows.append(cells)
    total_row = len(rows)
    sums = [sum(_int(rows[r][c].text) for r in body_rows) for c in range(width - 3, width)]
    label = rng.choice(["Jumlah", "JUMLAH", "Total", "Jumlah Total", "TOTAL"])
    rows.append(([Cell("")] if numbered else []) + [Cell(label)] + [Cell(fmt_int(v, style)) for v in sums])
    if traits["average_row"]:            # an average closes some tables: it is no part of the sum
        means = [fmt_pct(Decimal(v) / len(body_rows), style).rstrip("%") for v in sums]
        rows.append(([Cell("")] if numbered else []) + [Cell("Rata-rata")] + [Cell(m) for m in means])
    for r in body_rows:
        figures.append(Figure(r, width - 1, "SUM001", [total_row]))
    for c in range(width - 3, width):
        figures.append(Figure(total_row, c, "SUM002"))
    return GeneratedTable(rng.choice(["Tabel 1.2 Jumlah Pegawai menurut Jenis Kelamin",
                                      "Tabel 2.1 Peserta Bimbingan Teknis per Wilayah"]),
                          header, rows, figures)


def _int(text: str) -> int:
    return int("".join(ch for ch in text if ch.isdigit()))


# ---- a budget realisation table: pagu, realisasi, %, sisa, a code hierarchy -----------------

CODE_SCHEMES = {
    "dipa": (lambda p: "KL", lambda p, k: f"KL.{4100 + k}", lambda p, k, o: f"{4100 + k}.QAB.{o:03d}"),
    "permendagri": (lambda p: f"2.09.0{p + 2}", lambda p, k: f"2.09.0{p + 2}.2.0{k + 1}",
                    lambda p, k, o: f"2.09.0{p + 2}.2.0{k + 1}.00{o:02d}"),
    "none": None,                    # program / kegiatan named only, no code column
}


def budget_table(rng: random.Random, traits: dict, style: Style) -> GeneratedTable:
    scheme = CODE_SCHEMES[traits["codes"]]
    order = traits["budget_order"]
    heads = {"pagu": rng.choice(["Pagu", "Anggaran", "Alokasi", "Pagu Anggaran"]),
             "realisasi": rng.choice(["Realisasi", "Serapan", "Realisasi Anggaran"]),
             "percent": rng.choice(["%", "% Realisasi", "Persentase", "% Serapan"]),
             "sisa": rng.choice(["Sisa", "Sisa Anggaran"])}
    coded = scheme is not None
    lead = (["Kode"] if coded else []) + [rng.choice(["Program/Kegiatan/Sub Kegiatan", "Uraian"])]
    width = len(lead) + len(order)
    header = [[Cell(t) for t in lead + [heads[o] for o in order]]]
    if traits["numbering_row"]:
        header.append(_numbering_row(width, traits["parens"]))
    kegiatan = rng.randint(1, 3)
    leaves = [[(rng.randint(5, 90) * 10_000_000, rng.randint(80, 99)) for _ in range(rng.randint(1, 3))]
              for _ in range(kegiatan)]
    rows, figures, parents = [], [], []

    def money_row(code: str, name: str, pagu: int, real: int) -> list[Cell]:
        values = {"pagu": fmt_money(pagu, style), "realisasi": fmt_money(real, style),
                  "percent": fmt_pct(pct(real, pagu), style), "sisa": fmt_money(pagu - real, style)}
        return ([Cell(code)] if coded else []) + [Cell(name)] + [Cell(values[o]) for o in order]

    totals = []
    for k, outputs in enumerate(leaves):
        amounts = [(p, p * share // 100) for p, share in outputs]
        totals.append(amounts)
    pagu_all = sum(p for a in totals for p, _ in a)
    real_all = sum(r for a in totals for _, r in a)
    program_row = len(rows)
    code = scheme or (lambda *_: "", lambda *_: "", lambda *_: "")
    rows.append(money_row(code[0](0), "Program Dukungan Pelayanan", pagu_all, real_all))
    for k, amounts in enumerate(totals):
        keg_row = len(rows)
        rows.append(money_row(code[1](0, k), f"Kegiatan {TOPICS[k].title()}",
                              sum(p for p, _ in amounts), sum(r for _, r in amounts)))
        for o, (p, r) in enumerate(amounts):
            leaf = len(rows)
            rows.append(money_row(code[2](0, k, o + 1), f"Layanan {rng.choice(TOPICS)} {o + 1}", p, r))
            col = len(lead) + order.index("sisa")
            figures.append(Figure(leaf, col, "BUD001", [keg_row, program_row]))
            figures.append(Figure(leaf, len(lead) + order.index("percent"), "BUD002"))
        parents.append(keg_row)
    figures.append(Figure(program_row, len(lead) + order.index("realisasi"), "BUD003"))
    return GeneratedTable(rng.choice(["Tabel 3.5 Realisasi Anggaran Tahun 2024",
                                      "Tabel 3.8 Realisasi Anggaran per Program dan Kegiatan"]),
                          header, rows, figures)


# ---- an indicator measurement table: target, realisasi, capaian --------------------------

INDICATORS = ["Persentase layanan yang diselesaikan tepat waktu", "Indeks kepuasan masyarakat",
              "Persentase dokumen perencanaan yang tersusun", "Nilai evaluasi akuntabilitas kinerja",
              "Persentase rekomendasi pengawasan yang ditindaklanjuti",
              "Jumlah publikasi statistik yang terbit"]


def indicator_table(rng: random.Random, traits: dict, style: Style) -> GeneratedTable:
    order = traits["indicator_order"]
    heads = {"target": "Target", "realisasi": "Realisasi",
             "capaian": rng.choice(["Capaian", "% Capaian", "Capaian (%)", "Tingkat Capaian"])}
    numbered_names = traits["numbered"]
    lead = ["Indikator Kinerja"] if numbered_names else ["No", "Indikator Kinerja"]
    width = len(lead) + len(order)
    header = [[Cell(t) for t in lead + [heads[o] for o in order]]]
    if traits["numbering_row"]:
        header.append(_numbering_row(width, traits["parens"]))
    names = rng.sample(INDICATORS, min(traits["rows"], len(INDICATORS)))
    rows, figures = [], []
    for i, name in enumerate(names):
        if traits["groups"] and i % 2 == 0:
            rows.append([Cell(f"Sasaran Strategis {i // 2 + 1}: Meningkatnya {rng.choice(TOPICS)}", width)])
        target = rng.randint(60, 95)
        real = min(100, target + rng.randint(-10, 8))
        values = {"target": fmt_pct(Decimal(target), style), "realisasi": fmt_pct(Decimal(real), style),
                  "capaian": fmt_pct(pct(real, target), style)}
        label = f"{i + 1}. {name}" if numbered_names else name
        lead_cells = [Cell(label)] if numbered_names else [Cell(str(i + 1)), Cell(label)]
        figures.append(Figure(len(rows), len(lead) + order.index("capaian"), "IND005"))
        rows.append(lead_cells + [Cell(values[o]) for o in order])
    return GeneratedTable("Tabel 3.1 Pengukuran Kinerja Tahun 2024", header, rows, figures)


KINDS = {"sex": sex_table, "budget": budget_table, "indicator": indicator_table}


def traits_strategy():
    return st.fixed_dictionaries({
        "kind": st.sampled_from(sorted(KINDS)),
        "format": st.sampled_from(["txt", "md", "md-bare", "md-nosep", "docx"]),
        "rows": st.integers(2, 6),
        "numbered": st.booleans(),
        "groups": st.booleans(),
        "two_row_header": st.booleans(),
        "numbering_row": st.booleans(),
        "parens": st.booleans(),
        "codes": st.sampled_from(sorted(CODE_SCHEMES)),
        "budget_order": st.permutations(["pagu", "realisasi", "percent", "sisa"]),
        "indicator_order": st.permutations(["target", "realisasi", "capaian"]),
        "decimal": st.sampled_from([",", "."]),
        "rupiah": st.sampled_from(["", "Rp ", "Rp. "]),
        "cents": st.booleans(),
        "percent_sign": st.booleans(),
        "average_row": st.booleans(),
        "bare_groups": st.booleans(),   # txt: group rows printed without tabs
        "seed": st.integers(0, 2**16),
    })


def generate(traits: dict) -> GeneratedTable:
    rng = random.Random(traits["seed"])
    style = Style(traits["decimal"], traits["rupiah"], traits["cents"], traits["percent_sign"])
    return KINDS[traits["kind"]](rng, traits, style)


# ---- writing a generated table into a report file ----------------------------------------

TITLE = "LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2024"


def _flat(row: list[Cell]) -> list[str]:
    out = []
    for cell in row:
        out += [cell.text] + [""] * (cell.span - 1)
    return out


def _is_group(row: list[Cell]) -> bool:
    return len(row) == 1 and row[0].span > 1


def write(table: GeneratedTable, fmt: str, folder: Path, bare_groups: bool = False) -> Path:
    if fmt == "docx":
        return _write_docx(table, folder / "report.docx")
    lines = [TITLE, "", "BAB III AKUNTABILITAS KINERJA", "", table.caption, ""]
    rows = table.header + table.rows
    if fmt == "txt":
        lines += [r[0].text if _is_group(r) and bare_groups else "\t".join(_flat(r)) for r in rows]
    else:
        outer = fmt != "md-bare"
        for i, row in enumerate(rows):
            text = " | ".join(c or " " for c in _flat(row))
            lines.append(f"| {text} |" if outer else text)
            if i == len(table.header) - 1 and fmt != "md-nosep":
                sep = " | ".join("---" for _ in _flat(row))
                lines.append(f"| {sep} |" if outer else sep)
    lines += ["", "Demikian tabel di atas disajikan sebagai bahan evaluasi.", ""]
    path = folder / ("report.txt" if fmt == "txt" else "report.md")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _write_docx(table: GeneratedTable, path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading(TITLE, level=1)
    document.add_heading("BAB III AKUNTABILITAS KINERJA", level=2)
    document.add_paragraph(table.caption)
    rows = table.header + table.rows
    width = len(_flat(rows[0]))
    grid = document.add_table(rows=len(rows), cols=width)
    grid.style = "Table Grid"
    for r, row in enumerate(rows):
        col = 0
        for cell in row:
            target = grid.cell(r, col)
            if cell.span > 1:
                target = target.merge(grid.cell(r, col + cell.span - 1))
            target.text = cell.text
            col += cell.span
    document.add_paragraph("Demikian tabel di atas disajikan sebagai bahan evaluasi.")
    document.save(path)
    return path


def corrupt(table: GeneratedTable, figure: Figure) -> GeneratedTable:
    """The same table with one figure changed by a visible amount, in its own style."""
    rows = [[Cell(c.text, c.span) for c in row] for row in table.rows]
    cell = _cell_at(rows[figure.row], figure.col)
    cell.text = _bump(cell.text)
    return GeneratedTable(table.caption, table.header, rows, table.figures, table.intro)


def _cell_at(row: list[Cell], col: int) -> Cell:
    at = 0
    for cell in row:
        if at == col:
            return cell
        at += cell.span
    raise IndexError(col)


def _bump(text: str) -> str:
    """Change the last non-zero digit run's leading digit: 1.234 -> 2.234, 97,50% -> 98,50%."""
    digits = [i for i, ch in enumerate(text) if ch.isdigit()]
    # the first digit of the integer part keeps the number's width and style
    i = digits[0]
    new = str((int(text[i]) % 9) + 1)
    return text[:i] + new + text[i + 1:]
