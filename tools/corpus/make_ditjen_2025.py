"""Build fixtures/corpus/ditjen-2025.{consistent,planted}.docx and ditjen-2025.truth.yaml.

Laporan Kinerja 2025 of an invented Direktorat Perbenihan dan Varietas Tanaman Pangan. Both
versions come from the one content definition below; a cell or phrase written as P("id", correct,
planted) takes its planted value only in the planted build. Figures (totals, %, sisa, capaian) are
computed here. Run:  python tools/corpus/make_ditjen_2025.py   (needs python-docx)
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).resolve().parents[2] / "fixtures" / "corpus"
NAME = "ditjen-2025"


# ----------------------------------------------------------------------------- helpers
def num(x, dec=0):
    s = f"{x:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def r2(x):
    return round(x + 1e-9, 2)


def pct(x, dec=2):
    return num(r2(x) if dec == 2 else round(x + 1e-9, dec), dec)


class P:
    """a planted cell/phrase: correct text, planted text"""

    def __init__(self, pid, correct, planted):
        self.pid, self.correct, self.planted = pid, str(correct), str(planted)


# plant metadata: id -> (family, anchor for prose items or None, what)
META = {}
MODE = {"planted": False}
FOUND = {}  # id -> dict(table=, row=) or dict(prose=True)


def txt(v):
    if isinstance(v, P):
        return v.planted if MODE["planted"] else v.correct
    return "" if v is None else str(v)


def prose(*parts):
    """join parts (str or P) into one paragraph text; register P items as prose"""
    for p in parts:
        if isinstance(p, P):
            FOUND.setdefault(p.pid, {"prose": True, "figure": p.planted, "correct": p.correct})
    return "".join(txt(p) for p in parts)


# ----------------------------------------------------------------------------- figures
DIT = "Direktorat Perbenihan dan Varietas Tanaman Pangan"
YEAR = 2025

STAFF_GOL = [("Golongan IV", 14, 9), ("Golongan III", 48, 41), ("Golongan II", 11, 6), ("PPPK", 5, 7)]
SG_L = sum(s[1] for s in STAFF_GOL)
SG_P = sum(s[2] for s in STAFF_GOL)
SG_J = SG_L + SG_P
EDU = [("S3", 3), ("S2", 24), ("S1", 63), ("D3 / D4", 21), ("SMA / SMK", 30)]
assert sum(e[1] for e in EDU) == SG_J
EDU_PCT = [r2(e[1] / SG_J * 100) for e in EDU]
assert r2(sum(EDU_PCT)) == 100.0
JAB = [("Pejabat Pimpinan Tinggi Pratama (Direktur)", 1, 0), ("Pejabat Administrator / Pengawas", 1, 1),
       ("Pengawas Benih Tanaman", 24, 19), ("Analis Perbenihan dan Varietas", 11, 13),
       ("Fungsional lainnya", 9, 8), ("Pelaksana", 32, 22)]
assert sum(j[1] for j in JAB) == SG_L and sum(j[2] for j in JAB) == SG_P

# varietas dilepas: komoditas, usulan, dilepas
VAR = [("Padi inbrida", 8, 7), ("Padi hibrida", 4, 3), ("Jagung hibrida", 7, 6), ("Kedelai", 3, 2),
       ("Kacang tanah", 1, 1), ("Kacang hijau", 1, 1), ("Ubi kayu", 1, 1), ("Sorgum", 1, 0)]
VAR_U = sum(v[1] for v in VAR)
VAR_D = sum(v[2] for v in VAR)
assert VAR_D == 21

# produksi benih sumber (ton): BS, FS, SS
PROD = [("Padi", 38.40, 412.60, 1185.20), ("Jagung", 6.15, 48.30, 126.75), ("Kedelai", 12.80, 96.45, 402.35),
        ("Kacang tanah", 2.10, 14.60, 28.40), ("Kacang hijau", 1.35, 3.90, 7.15)]
PR_ROW = [r2(p[1] + p[2] + p[3]) for p in PROD]
PR_COL = [r2(sum(p[i] for p in PROD)) for i in (1, 2, 3)]
PR_TOT = r2(sum(PR_ROW))
assert PR_TOT == r2(sum(PR_COL)) == 2386.50

# benih beredar vs bersertifikat (ton)
SERT = [("Padi", 285400, 215640), ("Jagung", 62350, 54120), ("Kedelai", 18600, 7254), ("Kacang tanah", 9150, 2196)]
SE_B = sum(s[1] for s in SERT)
SE_S = sum(s[2] for s in SERT)
R_SERT = r2(SE_S / SE_B * 100)
assert R_SERT == 74.36

# tindak lanjut temuan: sumber, temuan, sudah TL, belum TL
TEM = [("BPK RI (Laporan Keuangan 2024)", 12, 11, 1), ("Inspektorat Jenderal", 31, 29, 2), ("BPKP", 7, 6, 1)]
TM_J = sum(t[1] for t in TEM)
TM_S = sum(t[2] for t in TEM)
TM_B = sum(t[3] for t in TEM)
R_TEM = r2(TM_B / TM_J * 100)
assert R_TEM == 8.0

# reformasi birokrasi
RB_SUB = [("Manajemen Perubahan", 7.85), ("Deregulasi Kebijakan", 6.40), ("Penataan Organisasi", 6.92),
          ("Penataan Tata Laksana", 8.11), ("Penataan SDM Aparatur", 8.46), ("Penguatan Akuntabilitas", 7.44)]
RB_PENG = r2(sum(s[1] for s in RB_SUB))
RB_HASIL = 31.24
RB_TOT = r2(RB_PENG + RB_HASIL)
assert RB_TOT == 76.42

# anggaran per output (pagu, realisasi)
OUTS = [("1762.RBS.001", "Benih Sumber Padi", 9874500000, 9512316400),
        ("1762.RBS.002", "Benih Sumber Jagung dan Serealia Lain", 3215800000, 3046228150),
        ("1762.RBS.003", "Benih Sumber Aneka Kacang dan Umbi", 4118250000, 3842957900),
        ("1762.QEF.004", "Pengawasan Mutu dan Sertifikasi Benih", 5642000000, 5391884700),
        ("1762.QMA.005", "Layanan Pelepasan Varietas Unggul", 1286400000, 1236118000),
        ("1762.EBA.994", "Layanan Perkantoran", 12463050000, 12118426650)]
B_PAGU = sum(o[2] for o in OUTS)
B_REAL = sum(o[3] for o in OUTS)
BEL = [("Belanja Pegawai (51)", 8912400000, 8804715300), ("Belanja Barang (52)", None, None),
       ("Belanja Modal (53)", 2750000000, 2612487000)]
BEL[1] = ("Belanja Barang (52)", B_PAGU - BEL[0][1] - BEL[2][1], B_REAL - BEL[0][2] - BEL[2][2])

# indicators: no, sasaran, name, satuan, renstra 2025..2029, realisasi 2025 (text), lower,
#             comparison targets 2023, 2024 ; realisasi 2023, 2024
SK = ["Meningkatnya ketersediaan varietas unggul dan benih bermutu tanaman pangan",
      "Terwujudnya birokrasi Direktorat yang bersih, akuntabel dan berkinerja tinggi"]
IND = [
    (1, 0, "Jumlah varietas unggul tanaman pangan yang dilepas", "varietas",
     ["18", "19", "20", "21", "22"], str(VAR_D), False, ("16", "17"), ("17", "17")),
    (2, 0, "Produksi benih sumber tanaman pangan", "ton",
     ["2.450", "2.550", "2.650", "2.750", "2.850"], num(PR_TOT, 2), False, ("2.200", "2.300"),
     ("2.246,80", "2.281,35")),
    (3, 0, "Persentase benih bersertifikat yang beredar", "%",
     ["72", "74", "76", "78", "80"], pct(R_SERT), False, ("68", "70"), ("69,12", "71,05")),
    (4, 1, "Nilai Reformasi Birokrasi Direktorat", "nilai",
     ["75,00", "76,50", "78,00", "79,50", "81,00"], pct(RB_TOT), False, ("72,00", "73,50"), ("72,84", "74,10")),
    (5, 1, "Persentase temuan hasil pemeriksaan yang belum ditindaklanjuti", "%",
     ["10", "9", "8", "7", "5"], pct(R_TEM), True, ("15", "12"), ("13,51", "10,42")),
    (6, 1, "Nilai Kinerja Anggaran (NKA)", "nilai",
     ["90,00", "90,50", "91,00", "91,50", "92,00"], "92,15", False, None, None),
]


def f(s):
    return float(s.replace(".", "").replace(",", "."))


CAP = {}
for i in IND:
    t, r = f(i[4][0]), f(i[5])
    CAP[i[0]] = r2((2 - r / t) * 100) if i[6] else r2(r / t * 100)
STAT = {k: ("Tercapai" if v >= 100 else "Belum Tercapai") for k, v in CAP.items()}
N_OK = sum(1 for s in STAT.values() if s == "Tercapai")

# ----------------------------------------------------------------------------- plants
META.update({
    "gol-iii-row": ("row-sum", None, "Golongan III: L 48 + P 41 = 89, but L+P reads 98 (digits swapped)"),
    "edu-total": ("column-total", None, f"Jumlah pegawai by pendidikan reads 114; rows add up to {SG_J}"),
    "var-numbering": ("numbering", None, "No column of the varietas table repeats 4 (1, 2, 3, 4, 4, 6, ...)"),
    "var-terbanyak": ("narrative-vs-table", "Komoditas dengan varietas terbanyak yang dilepas",
                      "prose names jagung hibrida as the komoditas with the most varieties released; the table "
                      "shows padi inbrida (7) ahead of jagung hibrida (6)"),
    "prod-fs-total": ("column-total", None,
                      f"Jumlah FS reads {num(PR_COL[1] + 9, 2)}; the komoditas rows add up to {num(PR_COL[1], 2)}"),
    "pk-target-benih": ("indicator-target", None,
                        "PK 2025 target for produksi benih sumber reads 2.540 ton; Renstra and the measurement "
                        "table give 2.450 (digits swapped)"),
    "all-achieved": ("narrative-vs-table", "seluruh indikator kinerja utama",
                     f"Ikhtisar says all indicators reached their targets; produksi benih sumber reached "
                     f"{pct(CAP[2])}% (Belum Tercapai)"),
    "label-benih": ("label", None, f"capaian {pct(CAP[2])}% (< 100) but status reads Tercapai"),
    "capaian-rb": ("capaian", None, f"76,42 / 75,00 x 100 = {pct(CAP[4])}, but the cell reads 101,98 "
                                    "(digits swapped)"),
    "coverage-nka": ("indicator-coverage", None,
                     "the measurement table reports 'Persentase realisasi anggaran' (an indicator of last year's "
                     "template) in place of the PK indicator Nilai Kinerja Anggaran (NKA), which no measurement "
                     "table then reports (the comparison Tabel 3.2 carries the same old-template name)"),
    "real-sert-2025": ("indicator-realisasi", None,
                       f"comparison table gives realisasi 2025 of benih bersertifikat as 74,63; the measurement "
                       f"table and the certification table give {pct(R_SERT)}"),
    "stale-pk": ("stale-year", "Perjanjian Kinerja Tahun 2024 ditandatangani",
                 "sentence introducing the PK names 2024 as the year of the Perjanjian Kinerja"),
    "bud-sisa-rbs2": ("budget-arithmetic", None, None),
    "bud-keg-stale": ("budget-hierarchy", None, None),
    "bud-code-rbs3": ("budget-code", None, "output 1726.RBS.003 listed under kegiatan DL.1762 "
                                         "(should be 1762.RBS.003)"),
    "pagu-prose": ("narrative-vs-table", "Pagu anggaran Direktorat tahun 2025", None),
    # issue 12's reviu checks
    "toc-kendala": ("toc", "F. Permasalahan dan Solusi",
                    "the Daftar Isi lists section F of Bab III as \"Permasalahan dan Solusi\"; the body heading is "
                    "\"F. Kendala dan Upaya Perbaikan\""),
    "avg-capaian": ("capaian-average", "Rata-rata tingkat capaian keenam indikator", None),
    "sched-panen": ("schedule", "Panen",
                    "Tabel 3.5 puts the Panen stage on 12-28 Februari 2025, two weeks after planting ended and before "
                    "the roguing stage (10 Maret - 18 April) that precedes it; the consistent dates are 5-23 Mei 2025"),
})
TOC: list[str] = []
# other cells the same planted change touched (a finding there is no stray error)
ALSO = {"coverage-nka": ("added after review: the same planted change leaves the PK's NKA unmeasured (its mirror side)",
                         ["Nilai Kinerja Anggaran (NKA)"]),
        "sched-panen": ("the row's Selesai date moved with it", ["28 Februari 2025"])}

# ----------------------------------------------------------------------------- document
FOUND_TABLES = []


def set_cell(cell, text, bold=False, size=9, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if align:
        p.alignment = align


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def table(doc, rows, header=1, merges=(), bold_rows=(), caption=None, note=None):
    """rows: list of lists (str / P / None). merges: ((r1, c1), (r2, c2)) 0-based."""
    if caption:
        cp = doc.add_paragraph()
        rr = cp.add_run(caption)
        rr.bold = True
        cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    FOUND_TABLES.append(t)
    tno = len(FOUND_TABLES)
    for (r1, c1), (r2_, c2) in merges:
        t.cell(r1, c1).merge(t.cell(r2_, c2))
    for ri, r in enumerate(rows):
        for ci in range(ncol):
            v = r[ci] if ci < len(r) else None
            if v is None:
                continue
            if isinstance(v, P):
                FOUND[v.pid] = {"table": tno, "row": ri + 1, "figure": v.planted, "correct": v.correct,
                                "cells": r}
            cell = t.cell(ri, ci)
            bold = ri < header or ri in bold_rows
            set_cell(cell, txt(v), bold=bold,
                     align=WD_ALIGN_PARAGRAPH.CENTER if ri < header else None)
    for ri in range(header):
        repeat_header(t.rows[ri])
    if note:
        np_ = doc.add_paragraph()
        nr = np_.add_run(note)
        nr.italic = True
        nr.font.size = Pt(8)
    doc.add_paragraph()
    return t


def add_page_number(paragraph):
    run = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = "PAGE"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run._r.append(b)
    run._r.append(instr)
    run._r.append(e)


def para(doc, *parts, bold=False, align=None):
    p = doc.add_paragraph()
    r = p.add_run(prose(*parts))
    r.bold = bold
    if align:
        p.alignment = align
    return p


def build(planted: bool) -> Document:
    MODE["planted"] = planted
    FOUND.clear()
    FOUND_TABLES.clear()
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"Laporan Kinerja {DIT} Tahun {YEAR}"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Halaman ")
    add_page_number(fp)

    # ---------------- cover
    for line in ("LAPORAN KINERJA", "DIREKTORAT PERBENIHAN DAN VARIETAS TANAMAN PANGAN",
                 "DIREKTORAT JENDERAL TANAMAN PANGAN", "KEMENTERIAN PERTANIAN", f"TAHUN {YEAR}"):
        para(doc, line, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Jakarta, Februari 2026", align=WD_ALIGN_PARAGRAPH.CENTER)
    doc.add_page_break()

    # ---------------- daftar isi (titles of the level-1 and level-2 headings)
    doc.add_heading("DAFTAR ISI", level=1)
    for title in TOC:
        if title == "F. Kendala dan Upaya Perbaikan":
            title = P("toc-kendala", title, "F. Permasalahan dan Solusi")
        para(doc, title)
    doc.add_page_break()

    # ---------------- kata pengantar
    doc.add_heading("KATA PENGANTAR", level=1)
    para(doc, f"Laporan Kinerja {DIT} Tahun {YEAR} disusun sebagai bentuk pertanggungjawaban atas "
              "pelaksanaan tugas dan fungsi Direktorat dalam menyediakan varietas unggul dan benih bermutu "
              "tanaman pangan. Laporan ini mengacu pada Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem "
              "Akuntabilitas Kinerja Instansi Pemerintah dan Peraturan Menteri PANRB Nomor 53 Tahun 2014.")
    para(doc, f"Tahun {YEAR} merupakan tahun pertama pelaksanaan Rencana Strategis 2025-2029. Kami menyampaikan "
              "terima kasih kepada seluruh pegawai, Balai Besar dan Balai Pengawasan dan Sertifikasi Benih di "
              "daerah, serta para penangkar benih atas kerja sama selama tahun anggaran ini.")
    para(doc, "Jakarta, 16 Februari 2026")
    para(doc, "Direktur Perbenihan dan Varietas Tanaman Pangan,")
    para(doc, "Ir. Hendra Wicaksono, M.Sc.", bold=True)
    para(doc, "NIP 19700315 199603 1 002")

    # ---------------- ikhtisar
    doc.add_heading("IKHTISAR EKSEKUTIF", level=1)
    para(doc, f"Pada tahun {YEAR} {DIT} menetapkan 2 (dua) sasaran kegiatan dengan 6 (enam) indikator kinerja "
              f"dalam Perjanjian Kinerja. Hasil pengukuran menunjukkan {N_OK} indikator tercapai dan "
              f"{6 - N_OK} indikator belum tercapai, yaitu produksi benih sumber tanaman pangan dengan capaian "
              f"{pct(CAP[2])}%.")
    para(doc, "Direktorat melepas ", str(VAR_D), " varietas unggul baru dari target 18 varietas, dan persentase "
              "benih bersertifikat yang beredar mencapai ", pct(R_SERT), "%. Dengan hasil tersebut ",
         P("all-achieved", "sebagian besar", "seluruh"),
         " indikator kinerja utama telah mencapai target yang ditetapkan.")
    para(doc, f"Pagu anggaran tahun {YEAR} sebesar Rp{num(B_PAGU)} (Rp36,6 miliar) dengan realisasi "
              f"Rp{num(B_REAL)} atau {pct(B_REAL / B_PAGU * 100)}%.")
    doc.add_page_break()

    # ---------------- BAB I
    doc.add_heading("BAB I PENDAHULUAN", level=1)
    doc.add_heading("A. Latar Belakang", level=2)
    para(doc, "Ketersediaan benih bermutu dari varietas unggul merupakan faktor penentu peningkatan produksi "
              "tanaman pangan. Direktorat berperan menyiapkan pelepasan varietas, memproduksi benih sumber "
              "melalui unit pengelola benih sumber, serta mengawasi mutu dan peredaran benih.")
    para(doc, "Laporan kinerja ini disusun berdasarkan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem "
              "Akuntabilitas Kinerja Instansi Pemerintah dan Peraturan Menteri PANRB Nomor 53 Tahun 2014 "
              "tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan "
              "Kinerja Instansi Pemerintah.")
    doc.add_heading("B. Tugas dan Fungsi", level=2)
    para(doc, "Direktorat mempunyai tugas melaksanakan perumusan dan pelaksanaan kebijakan, penyusunan norma, "
              "standar, prosedur dan kriteria, pemberian bimbingan teknis dan supervisi, serta pemantauan, "
              "evaluasi dan pelaporan di bidang perbenihan dan varietas tanaman pangan. Dalam melaksanakan "
              "tugas tersebut Direktorat menyelenggarakan fungsi penyiapan pelepasan varietas, pengembangan "
              "produksi benih sumber, pengawasan mutu dan sertifikasi benih, serta pengelolaan data perbenihan.")
    doc.add_heading("C. Struktur Organisasi", level=2)
    para(doc, "Direktorat dipimpin oleh seorang Direktur yang dibantu oleh Subbagian Tata Usaha dan Rumah "
              "Tangga serta kelompok jabatan fungsional yang dibagi ke dalam empat tim kerja: Tim Varietas, Tim "
              "Benih Sumber, Tim Pengawasan Mutu dan Sertifikasi, serta Tim Data dan Informasi Perbenihan. Tim "
              "Benih Sumber membina 9 unit pengelola benih sumber yang tersebar di sentra produksi tanaman pangan.")
    doc.add_heading("D. Sumber Daya Manusia", level=2)
    para(doc, f"Pada akhir tahun {YEAR} Direktorat didukung oleh {SG_J} pegawai, terdiri atas {SG_L} laki-laki "
              f"dan {SG_P} perempuan, termasuk 12 pegawai PPPK yang diangkat pada tahun 2024.")
    rows = [["No", "Golongan / Status", "Jumlah", None, None],
            [None, None, "L", "P", "L+P"]]
    for i, g in enumerate(STAFF_GOL, 1):
        tot = g[1] + g[2]
        rows.append([str(i), g[0], str(g[1]), str(g[2]),
                     P("gol-iii-row", tot, 98) if g[0] == "Golongan III" else str(tot)])
    rows.append([None, "Jumlah", str(SG_L), str(SG_P), str(SG_J)])
    table(doc, rows, header=2, merges=[((0, 2), (0, 4)), ((0, 0), (1, 0)), ((0, 1), (1, 1))],
          bold_rows=(len(rows) - 1,), caption="Tabel 1.1 Pegawai Menurut Golongan dan Jenis Kelamin")
    rows = [["No", "Pendidikan", "Jumlah", "Persentase (%)"]]
    for i, (e, p_) in enumerate(zip(EDU, EDU_PCT), 1):
        rows.append([str(i), e[0], str(e[1]), pct(p_)])
    rows.append([None, "Jumlah", P("edu-total", SG_J, 114), "100,00"])
    table(doc, rows, bold_rows=(len(rows) - 1,), caption="Tabel 1.2 Pegawai Menurut Tingkat Pendidikan")
    rows = [["Jabatan", "Laki-laki", "Perempuan", "Jumlah"]]
    for j in JAB:
        rows.append([j[0], str(j[1]), str(j[2]) if j[2] else "-", str(j[1] + j[2])])
    rows.append(["Total", str(SG_L), str(SG_P), str(SG_J)])
    table(doc, rows, bold_rows=(len(rows) - 1,), caption="Tabel 1.3 Pegawai Menurut Jabatan")
    para(doc, "Jabatan fungsional Pengawas Benih Tanaman merupakan kelompok terbesar, yaitu 43 orang, yang "
              "bertugas di laboratorium pengujian mutu benih dan pada kegiatan sertifikasi lapangan.")

    # ---------------- BAB II
    doc.add_heading("BAB II PERENCANAAN KINERJA", level=1)
    doc.add_heading("A. Rencana Strategis 2025-2029", level=2)
    para(doc, "Rencana Strategis Direktorat 2025-2029 menjabarkan sasaran program Direktorat Jenderal Tanaman "
              "Pangan menjadi 2 (dua) sasaran kegiatan dan 6 (enam) indikator kinerja. Indikator persentase "
              "temuan hasil pemeriksaan yang belum ditindaklanjuti merupakan indikator yang makin kecil makin "
              "baik.")
    rows = [["Sasaran Kegiatan", "Indikator Kinerja", "Satuan", "Target", None, None, None, None],
            [None, None, None, "2025", "2026", "2027", "2028", "2029"]]
    merges = [((0, 3), (0, 7)), ((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2))]
    for s_i, s in enumerate(SK):
        first = len(rows)
        for ind in IND:
            if ind[1] != s_i:
                continue
            rows.append([s if len(rows) == first else None, ind[2], ind[3], *ind[4]])
        merges.append(((first, 0), (len(rows) - 1, 0)))
    table(doc, rows, header=2, merges=merges, caption="Tabel 2.1 Sasaran, Indikator dan Target Renstra 2025-2029")
    doc.add_heading("B. Perjanjian Kinerja Tahun 2025", level=2)
    para(doc, "Perjanjian Kinerja Tahun ", P("stale-pk", "2025", "2024"), " ditandatangani oleh Direktur dan Direktur Jenderal Tanaman Pangan pada 6 Januari 2025 dengan sasaran, indikator dan "
         "target sebagai berikut.")

    def pk_table(caption, with_no=True):
        rows = [["No", "Sasaran Kegiatan", "Indikator Kinerja", "Target"]]
        merges = []
        for s_i, s in enumerate(SK):
            first = len(rows)
            for ind in IND:
                if ind[1] != s_i:
                    continue
                tgt = ind[4][0] + (" %" if ind[3] == "%" else " " + ind[3])
                if ind[0] == 2 and caption.startswith("Tabel 2.2"):
                    tgt = P("pk-target-benih", tgt, "2.540 ton")
                rows.append([str(s_i + 1) if len(rows) == first else None, s if len(rows) == first else None,
                             ind[2], tgt])
            merges.append(((first, 0), (len(rows) - 1, 0)))
            merges.append(((first, 1), (len(rows) - 1, 1)))
        table(doc, rows, merges=merges, caption=caption)

    pk_table("Tabel 2.2 Perjanjian Kinerja Tahun 2025")
    para(doc, f"Anggaran yang mendukung pencapaian sasaran tersebut adalah Kegiatan DL.1762 dengan pagu "
              f"Rp{num(B_PAGU)}.")

    # ---------------- BAB III
    doc.add_heading("BAB III AKUNTABILITAS KINERJA", level=1)
    doc.add_heading("A. Capaian Kinerja Organisasi", level=2)
    para(doc, "Tingkat capaian dihitung dengan rumus realisasi dibagi target dikali 100%. Untuk indikator yang "
              "makin kecil makin baik digunakan rumus (2 - realisasi/target) x 100%. Indikator berstatus "
              "Tercapai apabila tingkat capaian paling sedikit 100%.")
    rows = [["Indikator Kinerja", "Satuan", "Realisasi", "Target", "Tingkat Capaian (%)", "Status"]]
    bold = []
    merges = []
    for s_i, s in enumerate(SK):
        bold.append(len(rows))
        merges.append(((len(rows), 0), (len(rows), 5)))
        rows.append([f"Sasaran Kegiatan {s_i + 1}: {s}"] + [None] * 5)
        for ind in IND:
            if ind[1] != s_i:
                continue
            n = ind[0]
            name = f"{n}. {ind[2]}"
            if n == 6:
                name = P("coverage-nka", name, "6. Persentase realisasi anggaran")
            cap = pct(CAP[n])
            if n == 4:
                cap = P("capaian-rb", cap, "101,98")
            stat = STAT[n]
            if n == 2:
                stat = P("label-benih", stat, "Tercapai")
            rows.append([name, ind[3], ind[5], ind[4][0], cap, stat])
    table(doc, rows, merges=merges, bold_rows=tuple(bold), caption="Tabel 3.1 Pengukuran Kinerja Tahun 2025")
    para(doc, f"Dari enam indikator, {N_OK} indikator tercapai dan 1 indikator belum tercapai. Indikator dengan "
              f"capaian tertinggi adalah persentase temuan yang belum ditindaklanjuti ({pct(CAP[5])}%).")

    doc.add_heading("B. Perbandingan Capaian dengan Tahun Sebelumnya", level=2)
    para(doc, "Target dan realisasi tahun 2023 dan 2024 mengacu pada Renstra 2020-2024, sedangkan tahun 2025 "
              "mengacu pada Renstra 2025-2029. Nilai Kinerja Anggaran merupakan indikator baru dalam Renstra "
              "2025-2029 sehingga tidak memiliki target tahun 2023 dan 2024; realisasinya diambil dari aplikasi "
              "SMART Kementerian Keuangan. Kolom terakhir memuat target akhir Renstra tahun 2029.")
    rows = [["Indikator Kinerja", "Target", None, None, "Realisasi", None, None, "Target Akhir Renstra (2029)"],
            [None, "2023", "2024", "2025", "2023", "2024", "2025", None]]
    for ind in IND:
        r25 = ind[5]
        if ind[0] == 3:
            r25 = P("real-sert-2025", r25, "74,63")
        if ind[0] == 6:   # new indicator: no earlier targets
            rows.append([P("coverage-nka-cmp", ind[2], "Persentase realisasi anggaran"), "-", "-", ind[4][0],
                         "89,64", "91,07", r25, ind[4][4]])
            continue
        rows.append([ind[2], ind[7][0], ind[7][1], ind[4][0], ind[8][0], ind[8][1], r25, ind[4][4]])
    table(doc, rows, header=2,
          merges=[((0, 1), (0, 3)), ((0, 4), (0, 6)), ((0, 0), (1, 0)), ((0, 7), (1, 7))],
          caption="Tabel 3.2 Perbandingan Target dan Realisasi Indikator Kinerja 2023-2025 dengan Tahun "
                  "Sebelumnya dan Target Akhir Renstra")

    doc.add_heading("C. Analisis Capaian per Indikator", level=2)
    doc.add_heading("Indikator 1: Jumlah varietas unggul tanaman pangan yang dilepas", level=3)
    para(doc, f"Sepanjang tahun {YEAR} Tim Penilai dan Pelepas Varietas memproses {VAR_U} usulan pelepasan. "
              f"Sebanyak {VAR_D} varietas ditetapkan melalui Keputusan Menteri, melampaui target 18 varietas "
              f"sehingga capaian {pct(CAP[1])}%. Jumlah ini meningkat dibandingkan 17 varietas pada tahun 2024. "
              f"Terhadap target akhir Renstra tahun 2029 sebesar 22 varietas, realisasi tahun {YEAR} telah "
              f"mencapai {pct(VAR_D / 22 * 100)}%.")
    rows = [["No", "Komoditas", "Usulan Pelepasan", "Varietas Dilepas"]]
    for i, v in enumerate(VAR, 1):
        no = str(i)
        if i == 5:
            no = P("var-numbering", "5", "4")
        rows.append([no, v[0], str(v[1]), str(v[2]) if v[2] else "-"])
    rows.append([None, "Jumlah", str(VAR_U), str(VAR_D)])
    table(doc, rows, bold_rows=(len(rows) - 1,), caption="Tabel 3.3 Varietas Unggul yang Dilepas Tahun 2025")
    para(doc, "Komoditas dengan varietas terbanyak yang dilepas adalah ",
         P("var-terbanyak", "padi inbrida", "jagung hibrida"),
         ", sebagian besar varietas tahan wereng batang cokelat dan toleran genangan. Usulan varietas sorgum "
         "belum dapat dilepas karena data uji multilokasi belum lengkap.")

    doc.add_heading("Indikator 2: Produksi benih sumber tanaman pangan", level=3)
    para(doc, f"Produksi benih sumber tahun {YEAR} sebesar {num(PR_TOT, 2)} ton dari target 2.450 ton, atau "
              f"capaian {pct(CAP[2])}%. Kekurangan produksi terutama pada benih kedelai kelas SS akibat hujan pada "
              f"masa panen di tiga kebun produksi. Realisasi ini tetap meningkat dibandingkan 2.281,35 ton pada "
              f"tahun 2024. Dibandingkan target akhir Renstra sebesar 2.850 ton, realisasi tahun ini baru "
              f"{pct(PR_TOT / 2850 * 100)}%.")
    para(doc, "Produksi benih sumber dilaksanakan dalam beberapa tahap kegiatan, yaitu penyiapan lahan dan "
              "benih, penanaman, roguing oleh pengawas benih, panen, pengolahan, dan pengujian mutu di "
              "laboratorium. Pada tahun 2025 dilakukan 214 kali pemeriksaan lapangan untuk menjamin kemurnian "
              "varietas.")
    rows = [["No", "Komoditas", "Benih Penjenis (BS)", "Benih Dasar (FS)", "Benih Pokok (SS)", "Jumlah"],
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6) = (3)+(4)+(5)"]]
    for i, (p_, tot) in enumerate(zip(PROD, PR_ROW), 1):
        rows.append([str(i), p_[0], num(p_[1], 2), num(p_[2], 2), num(p_[3], 2), num(tot, 2)])
    rows.append([None, "Jumlah", num(PR_COL[0], 2), P("prod-fs-total", num(PR_COL[1], 2), num(PR_COL[1] + 9, 2)),
                 num(PR_COL[2], 2), num(PR_TOT, 2)])
    table(doc, rows, header=2, bold_rows=(len(rows) - 1,),
          caption="Tabel 3.4 Produksi Benih Sumber Menurut Kelas Benih Tahun 2025 (ton)")
    para(doc, "Jadwal tahapan produksi benih sumber padi pada musim tanam I tahun 2025 di kebun produksi "
              "utama disajikan pada Tabel 3.5.")
    rows = [["No", "Tahapan", "Mulai", "Selesai"],
            ["1", "Penyiapan lahan dan benih", "6 Januari 2025", "24 Januari 2025"],
            ["2", "Penanaman", "27 Januari 2025", "7 Februari 2025"],
            ["3", "Roguing oleh pengawas benih", "10 Maret 2025", "18 April 2025"],
            ["4", "Panen", P("sched-panen", "5 Mei 2025", "12 Februari 2025"),
             P("sched-panen-end", "23 Mei 2025", "28 Februari 2025")],
            ["5", "Pengolahan benih", "26 Mei 2025", "27 Juni 2025"],
            ["6", "Pengujian mutu di laboratorium", "30 Juni 2025", "25 Juli 2025"]]
    table(doc, rows, caption="Tabel 3.5 Jadwal Tahapan Produksi Benih Sumber Padi Musim Tanam I Tahun 2025")

    doc.add_heading("Indikator 3: Persentase benih bersertifikat yang beredar", level=3)
    para(doc, f"Dari {num(SE_B)} ton benih tanaman pangan yang beredar, sebanyak {num(SE_S)} ton telah "
              f"bersertifikat, sehingga persentasenya {pct(R_SERT)}% dari target 72%. Persentase terendah pada "
              f"kacang tanah ({pct(SERT[3][2] / SERT[3][1] * 100)}%) karena sebagian besar petani masih menggunakan "
              f"benih hasil panen sendiri. Target Renstra untuk indikator ini pada tahun 2029 adalah 80%, "
              f"sejalan dengan sasaran RPJMN 2025-2029.")
    rows = [["No", "Komoditas", "Benih Beredar (ton)", "Benih Bersertifikat (ton)", "Persentase"]]
    for i, s in enumerate(SERT, 1):
        rows.append([str(i), s[0], num(s[1]), num(s[2]), pct(s[2] / s[1] * 100) + "%"])
    rows.append([None, "Total", num(SE_B), num(SE_S), pct(R_SERT) + "%"])
    table(doc, rows, bold_rows=(len(rows) - 1,), caption="Tabel 3.6 Benih Beredar dan Benih Bersertifikat Tahun 2025")

    doc.add_heading("Indikator 4: Nilai Reformasi Birokrasi Direktorat", level=3)
    para(doc, f"Evaluasi internal reformasi birokrasi oleh Inspektorat Jenderal memberikan nilai {pct(RB_TOT)}, "
              f"terdiri atas komponen pengungkit {pct(RB_PENG)} dan komponen hasil {pct(RB_HASIL)}. Nilai ini "
              f"melampaui target 75,00 dan meningkat dari 74,10 pada tahun 2024.")
    # outer table with nested table in one cell
    rows = [["Komponen", "Bobot", "Nilai", "Rincian"],
            ["A. Pengungkit", "60,00", pct(RB_PENG), None],
            ["B. Hasil", "40,00", pct(RB_HASIL), "Kapasitas dan akuntabilitas organisasi, pelayanan publik"],
            ["Nilai RB", "100,00", pct(RB_TOT), "Predikat BB"]]
    t = table(doc, rows, bold_rows=(3,), caption="Tabel 3.7 Hasil Evaluasi Reformasi Birokrasi Tahun 2025")
    cell = t.cell(1, 3)
    cell.paragraphs[0].add_run("Rincian area perubahan:").font.size = Pt(9)
    nt = cell.add_table(rows=len(RB_SUB) + 1, cols=2)
    nt.style = "Table Grid"
    for i, (a, v) in enumerate(RB_SUB):
        set_cell(nt.cell(i, 0), a, size=8)
        set_cell(nt.cell(i, 1), pct(v), size=8)
    set_cell(nt.cell(len(RB_SUB), 0), "Jumlah", bold=True, size=8)
    set_cell(nt.cell(len(RB_SUB), 1), pct(RB_PENG), bold=True, size=8)
    cell.add_paragraph()

    doc.add_heading("Indikator 5: Persentase temuan hasil pemeriksaan yang belum ditindaklanjuti", level=3)
    para(doc, f"Sampai dengan 31 Desember {YEAR} terdapat {TM_J} temuan hasil pemeriksaan, {TM_S} di antaranya "
              f"telah ditindaklanjuti tuntas dan {TM_B} belum ditindaklanjuti. Persentase temuan yang belum "
              f"ditindaklanjuti sebesar {pct(R_TEM)}%, lebih rendah dari batas target 10%, sehingga capaian "
              f"dihitung (2 - 8,00/10) x 100% = {pct(CAP[5])}%.")
    rows = [["No", "Sumber Pemeriksaan", "Jumlah Temuan", "Sudah Ditindaklanjuti", "Belum Ditindaklanjuti",
             "% Belum Ditindaklanjuti"]]
    for i, tm in enumerate(TEM, 1):
        rows.append([str(i), tm[0], str(tm[1]), str(tm[2]), str(tm[3]), pct(tm[3] / tm[1] * 100)])
    rows.append([None, "Jumlah", str(TM_J), str(TM_S), str(TM_B), pct(R_TEM)])
    table(doc, rows, bold_rows=(len(rows) - 1,), caption="Tabel 3.8 Status Tindak Lanjut Temuan Pemeriksaan")

    doc.add_heading("Indikator 6: Nilai Kinerja Anggaran", level=3)
    para(doc, f"Nilai Kinerja Anggaran (NKA) dari aplikasi SMART Kementerian Keuangan sebesar 92,15 dari target "
              f"90,00, dengan capaian {pct(CAP[6])}%. Nilai ini meningkat dari 91,07 pada tahun 2024.")

    doc.add_heading("D. Efisiensi Penggunaan Sumber Daya", level=2)
    para(doc, "Rata-rata tingkat capaian keenam indikator sebesar ",
         P("avg-capaian", pct(sum(CAP.values()) / 6), pct(sum(CAP.values()) / 6 + 3.3)),
         f"% dicapai dengan "
              f"realisasi anggaran {pct(B_REAL / B_PAGU * 100)}%. Penghematan terutama berasal dari pengadaan "
              f"bahan pengujian mutu benih melalui katalog elektronik dan penggabungan perjalanan dinas "
              f"sertifikasi lapangan.")
    doc.add_heading("E. Realisasi Anggaran", level=2)
    para(doc, f"Pagu anggaran Direktorat tahun {YEAR} sebesar Rp",
         P("pagu-prose", num(B_PAGU), num(B_PAGU - 540000000)),
         f" dan terealisasi Rp{num(B_REAL)} ({pct(B_REAL / B_PAGU * 100)}%), dengan sisa anggaran "
         f"Rp{num(B_PAGU - B_REAL)}. Output Benih Sumber Padi memperoleh pagu terbesar di antara output teknis, "
         f"yaitu Rp{num(OUTS[0][2])}.")
    rows = [["Kode", "Program / Kegiatan / Output", "Pagu (Rp)", "Realisasi (Rp)", "%", "Sisa (Rp)"]]

    def brow(code, name, pg, rl, pid_cell=None):
        cells = [code, name, num(pg), num(rl), pct(rl / pg * 100), num(pg - rl)]
        return cells

    rows.append(brow("DL", "Program Ketersediaan, Akses dan Konsumsi Pangan Berkualitas", B_PAGU, B_REAL))
    keg = brow("DL.1762", "Peningkatan Ketersediaan Varietas Unggul dan Benih Bermutu Tanaman Pangan",
               B_PAGU, B_REAL)
    stale = brow("DL.1762", "", B_PAGU - 250000000, B_REAL)
    keg = [keg[0], keg[1]] + [P("bud-keg-stale", a, b) if i == 0 else P(f"bud-keg-stale-{i}", a, b)
                              for i, (a, b) in enumerate(zip(keg[2:], stale[2:]))]
    rows.append(keg)
    for o in OUTS:
        r = brow(o[0], o[1], o[2], o[3])
        if o[0] == "1762.RBS.002":
            r[5] = P("bud-sisa-rbs2", r[5], num(o[2] - o[3] + 90000000))
        if o[0] == "1762.RBS.003":
            r[0] = P("bud-code-rbs3", r[0], "1726.RBS.003")
        rows.append(r)
    rows.append([None, "Jumlah", num(B_PAGU), num(B_REAL), pct(B_REAL / B_PAGU * 100), num(B_PAGU - B_REAL)])
    table(doc, rows, bold_rows=(1, 2, len(rows) - 1),
          caption="Tabel 3.9 Realisasi Anggaran per Output Tahun 2025")
    para(doc, "Menurut jenis belanja, realisasi anggaran tahun 2025 adalah sebagai berikut.")
    rows = [["Jenis Belanja", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "% Realisasi"]]
    for b in BEL:
        rows.append([b[0], num(b[1]), num(b[2]), num(b[1] - b[2]), pct(b[2] / b[1] * 100)])
    rows.append(["Total", num(B_PAGU), num(B_REAL), num(B_PAGU - B_REAL), pct(B_REAL / B_PAGU * 100)])
    table(doc, rows, bold_rows=(len(rows) - 1,), caption="Tabel 3.10 Realisasi Anggaran Menurut Jenis Belanja")
    low = min(OUTS, key=lambda o: o[3] / o[2])
    para(doc, f"Realisasi terendah terdapat pada output {low[1]} ({pct(low[3] / low[2] * 100)}%) karena "
              f"pengadaan sarana pengolahan benih baru selesai pada akhir November. Realisasi belanja modal "
              f"sebesar {pct(BEL[2][2] / BEL[2][1] * 100)}% digunakan untuk pengadaan 2 unit mesin pengering benih "
              f"dan 1 unit alat pengujian kadar air.")

    doc.add_heading("F. Kendala dan Upaya Perbaikan", level=2)
    para(doc, "Kendala utama tahun 2025 adalah curah hujan tinggi pada masa panen kedelai, keterbatasan "
              "sarana pengering di unit pengelola benih sumber, dan belum terintegrasinya data peredaran benih "
              "dari dinas provinsi. Upaya perbaikan meliputi pengadaan mesin pengering, penyusunan jadwal tanam "
              "berbasis kalender tanam, dan pengembangan aplikasi pelaporan peredaran benih.")

    # ---------------- BAB IV
    doc.add_heading("BAB IV PENUTUP", level=1)
    para(doc, f"Secara umum kinerja {DIT} tahun {YEAR} baik: {N_OK} dari 6 indikator tercapai. Produksi benih "
              "sumber yang belum mencapai target akan ditingkatkan melalui penambahan luas kebun produksi dan "
              "penjadwalan tanam yang menghindari puncak musim hujan. Direktorat juga akan mempercepat "
              "penyelesaian tindak lanjut atas 4 temuan yang tersisa.")
    para(doc, "Jakarta, 16 Februari 2026")
    para(doc, "Direktur Perbenihan dan Varietas Tanaman Pangan,")
    para(doc, "Ir. Hendra Wicaksono, M.Sc.", bold=True)
    para(doc, "NIP 19700315 199603 1 002")
    doc.add_page_break()

    # ---------------- Lampiran
    doc.add_heading("LAMPIRAN: PERJANJIAN KINERJA TAHUN 2025", level=1)
    para(doc, "Pihak pertama: Ir. Hendra Wicaksono, M.Sc., Direktur Perbenihan dan Varietas Tanaman Pangan. "
              "Pihak kedua: Direktur Jenderal Tanaman Pangan.")
    pk_table("Lampiran Perjanjian Kinerja Tahun 2025")
    para(doc, f"Kegiatan: Peningkatan Ketersediaan Varietas Unggul dan Benih Bermutu Tanaman Pangan, "
              f"Rp. {num(B_PAGU)},00")
    para(doc, "Jakarta, 6 Januari 2025")
    para(doc, "Ir. Hendra Wicaksono, M.Sc. — NIP 19700315 199603 1 002")
    doc.add_page_break()
    doc.add_heading("LAMPIRAN 2: LAPORAN REALISASI ANGGARAN (CETAKAN APLIKASI SAKTI)", level=1)

    def en(x):
        return f"{x:,.2f}"

    rows = [["JENIS BELANJA", "PAGU", "REALISASI", "SISA", "%"]]
    for code, b in zip(("51", "52", "53"), BEL):
        rows.append([f"{code} {b[0].split(' (')[0].upper()}", en(b[1]), en(b[2]), en(b[1] - b[2]),
                     f"{b[2] / b[1] * 100 + 1e-9:.2f}"])
    rows.append(["JUMLAH", en(B_PAGU), en(B_REAL), en(B_PAGU - B_REAL), f"{B_REAL / B_PAGU * 100 + 1e-9:.2f}"])
    table(doc, rows, bold_rows=(len(rows) - 1,),
          caption="Satker 459627 Direktorat Perbenihan dan Varietas Tanaman Pangan, s.d. Desember 2025")
    return doc


# ----------------------------------------------------------------------------- truth
def yq(s):
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"') + '"'


def truth_yaml(found, n_tables):
    out = [f"report: {NAME}.planted.docx", f"consistent: {NAME}.consistent.docx",
           f"agency: {DIT}, Direktorat Jenderal Tanaman Pangan, Kementerian Pertanian",
           "format: docx", f"year: {YEAR}", f"tables_with_figures: {n_tables}", "items:"]
    whats = {
        "bud-sisa-rbs2": f"1762.RBS.002: pagu {num(OUTS[1][2])} - realisasi {num(OUTS[1][3])} = "
                         f"{num(OUTS[1][2] - OUTS[1][3])}, but Sisa reads {num(OUTS[1][2] - OUTS[1][3] + 90000000)}",
        "bud-keg-stale": f"kegiatan DL.1762 row still shows the pagu before the last DIPA revision "
                         f"({num(B_PAGU - 250000000)}, with its % and sisa computed from it); its outputs add up to "
                         f"{num(B_PAGU)}, as do program DL and the Jumlah row",
        "avg-capaian": f"the mean of the six Tingkat Capaian of Tabel 3.1 is {pct(sum(CAP.values()) / 6)}%, but "
                       f"the prose gives the rata-rata as {pct(sum(CAP.values()) / 6 + 3.3)}%",
        "pagu-prose": f"prose gives pagu Rp{num(B_PAGU - 540000000)} (digits swapped); Tabel 3.9 / 3.10 total is Rp{num(B_PAGU)}",
    }
    for pid, (fam, anchor, what) in META.items():
        fd = found[pid]
        item = [f"  - id: {pid}", f"    family: {fam}"]
        if "table" in fd:
            item += [f"    table: {fd['table']}", f"    row: {fd['row']}"]
            if anchor is None:
                cells = fd["cells"]
                alpha = [txt(c) for c in cells if c is not None and any(ch.isalpha() for ch in txt(c))]
                anchor = next((c for c in alpha if " " in c.strip()), alpha[0])
        item += [f"    anchor: {yq(anchor)}", f"    figure: {yq(fd['figure'])}", f"    correct: {yq(fd['correct'])}",
                 f"    what: {yq(what or whats[pid])}"]
        if pid in ALSO:
            item += [f"    # {ALSO[pid][0]}", "    also: [" + ", ".join(yq(a) for a in ALSO[pid][1]) + "]"]
        out += item
    return "\n".join(out) + "\n"


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    TOC[:] = [p.text for p in build(False).paragraphs
              if p.style.name in ("Heading 1", "Heading 2") and p.text != "DAFTAR ISI"]
    build(False).save(OUT / f"{NAME}.consistent.docx")
    doc = build(True)
    doc.save(OUT / f"{NAME}.planted.docx")
    found = dict(FOUND)
    # the stale kegiatan row: report one item (its pagu cell)
    ntab = len(FOUND_TABLES)
    (OUT / f"{NAME}.truth.yaml").write_text(truth_yaml(found, ntab), encoding="utf-8")
    print("tables", ntab)


if __name__ == "__main__":
    main()
