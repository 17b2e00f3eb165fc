"""Build fixtures/corpus/rsud-2025.{consistent,planted}.docx and rsud-2025.truth.yaml.

Laporan Kinerja 2025 of an invented regional hospital run as a BLUD (RSUD Sindangraya).
Both versions come from the one content definition below; `pv(consistent, planted)` switches
the planted values. Every consistent figure is computed here.

    pip install python-docx
    python tools/corpus/make_rsud_2025.py
"""
from __future__ import annotations

import sys
from decimal import Decimal as D
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

# ---- number formatting (Indonesian style)
from decimal import Decimal, ROUND_HALF_UP  # noqa: E402


def rnd(x, d=2):
    q = Decimal(1).scaleb(-d)
    return Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP)


def idn(n):
    """1234567 -> '1.234.567'"""
    s = f"{int(n):,}"
    return s.replace(",", ".")


def dec(x, d=2):
    """96.9697 -> '96,97'"""
    v = rnd(x, d)
    s = f"{v:,.{d}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def en(x, d=2):
    """pasted from an application: 1,234,567.89"""
    v = rnd(x, d)
    return f"{v:,.{d}f}"


def pct(num, den, d=2):
    return rnd(Decimal(num) * 100 / Decimal(den), d)

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "fixtures" / "corpus"
NAME = "rsud-2025"
AGENCY = "RSUD Sindangraya Kabupaten Sindangraya"
PLANT = False


def pv(consistent, planted):
    return planted if PLANT else consistent


# ====================================================================== data
YEAR = 2025
TT_KELAS = [("VIP", 8), ("Kelas I", 16), ("Kelas II", 28), ("Kelas III", 60),
            ("ICU / HCU", 8), ("Perinatologi / NICU", 8)]
TT = sum(v for _, v in TT_KELAS)

SDM = [  # group, rows (name, L, P)
    ("Tenaga Kesehatan", [
        ("Dokter Spesialis", 14, 9), ("Dokter Umum", 8, 11), ("Dokter Gigi", 1, 2),
        ("Perawat", 48, 97), ("Bidan", 0, 36),
        ("Apoteker dan Tenaga Teknis Kefarmasian", 5, 16),
        ("Tenaga Kesehatan Lainnya", 19, 31)]),
    ("Tenaga Non Kesehatan", [
        ("Struktural / Manajemen", 6, 4), ("Administrasi dan Keuangan", 15, 18),
        ("Teknisi, Pengemudi dan Keamanan", 27, 2)]),
]
SDM_L = sum(r[1] for _, rows in SDM for r in rows)
SDM_P = sum(r[2] for _, rows in SDM for r in rows)
STATUS = [("PNS", 58, 97), ("PPPK", 21, 42), ("Pegawai BLUD Tetap", 39, 55), ("Pegawai BLUD Kontrak", 25, 32)]
assert (sum(r[1] for r in STATUS), sum(r[2] for r in STATUS)) == (SDM_L, SDM_P)

# rawat inap: year, TT, days, hari perawatan, keluar (hidup+mati), mati, mati>=48 jam, lama dirawat
RANAP = [(2023, 120, 365, 30412, 7384, 309, 172, 30118),
         (2024, 120, 366, 31905, 7716, 311, 176, 31486),
         (2025, TT, 365, 33854, 8157, 315, 175, 33612)]


def ranap_ind(y):
    _, tt, days, hp, kel, mati, m48, lama = y
    return dict(BOR=rnd(D(hp) * 100 / (tt * days)), ALOS=rnd(D(lama) / kel), BTO=rnd(D(kel) / tt),
                TOI=rnd(D(tt * days - hp) / kel), GDR=rnd(D(mati) * 1000 / kel), NDR=rnd(D(m48) * 1000 / kel))


RI = {y[0]: ranap_ind(y) for y in RANAP}
R25 = RI[2025]

POLI = [("Poli Penyakit Dalam", 6412, 7238), ("Poli Anak", 3104, 2876), ("Poli Bedah", 2987, 2145),
        ("Poli Obstetri dan Ginekologi", 0, 6934), ("Poli Saraf", 2215, 2467), ("Poli Mata", 1842, 2106),
        ("Poli THT-KL", 1136, 1298), ("Poli Jantung dan Pembuluh Darah", 2764, 2390), ("Poli Paru", 1948, 1412),
        ("Poli Kulit dan Kelamin", 874, 1102), ("Poli Gigi dan Mulut", 956, 1284),
        ("Poli Rehabilitasi Medik", 1321, 1587)]
POLI_L = sum(r[1] for r in POLI); POLI_P = sum(r[2] for r in POLI); POLI_T = POLI_L + POLI_P
TOP_POLI = max(POLI, key=lambda r: r[1] + r[2])
HARI_POLI = 246  # hari kerja pelayanan poliklinik 2025

LAYANAN = [("Kunjungan rawat jalan", [51208, 55734, POLI_T]),
           ("Kunjungan IGD", [14326, 15018, 15442]),
           ("Pasien keluar rawat inap (hidup + mati)", [r[4] for r in RANAP]),
           ("Tindakan operasi", [2114, 2386, 2541]),
           ("Persalinan", [1208, 1163, 1097]),
           ("Tindakan hemodialisa", [None, 1842, 3906])]

CUCI = [("Dokter", 1240, 1041), ("Perawat", 3860, 3474), ("Bidan", 1120, 1008),
        ("Tenaga kesehatan lain", 780, 665)]
CUCI_OPP = sum(r[1] for r in CUCI); CUCI_DO = sum(r[2] for r in CUCI)
CUCI_PCT = pct(CUCI_DO, CUCI_OPP)

IKM_L = [("Rawat Jalan", 412, "83.42"), ("Rawat Inap", 286, "85.96"), ("Instalasi Gawat Darurat", 198, "81.78"),
         ("Farmasi", 154, "84.60"), ("Laboratorium", 102, "86.05"), ("Radiologi", 84, "83.09"),
         ("Hemodialisa", None, None)]
_ikm_vals = [D(v) for _, _, v in IKM_L if v]
IKM = rnd(sum(_ikm_vals) / len(_ikm_vals))
IKM_RESP = sum(r for _, r, _ in IKM_L if r)
WAKTU_TUNGGU = D("52.4")


def mutu(v):
    v = D(v)
    return "A (Sangat Baik)" if v >= D("88.31") else "B (Baik)" if v >= D("76.61") else "C (Kurang Baik)"


# pendapatan BLUD: code, name, target, realisasi (leaves) ; parent 4.1.04.16.01
PENDAPATAN = [
    ("4.1.04.16.01.0001", "Jasa Layanan Pasien Umum", 6850000000, 7214562300),
    ("4.1.04.16.01.0002", "Jasa Layanan Pasien JKN (BPJS Kesehatan)", 52400000000, 54986231450),
    ("4.1.04.16.01.0003", "Jasa Layanan Pasien Penjaminan Lain", 2150000000, 1874325000),
    ("4.1.04.16.02", "Pendapatan BLUD dari Hasil Kerja Sama", 480000000, 512400000),
    ("4.1.04.16.04", "Lain-lain Pendapatan BLUD yang Sah", 120000000, 168942775),
]
PD_T = sum(r[2] for r in PENDAPATAN); PD_R = sum(r[3] for r in PENDAPATAN)
JL_T = sum(r[2] for r in PENDAPATAN[:3]); JL_R = sum(r[3] for r in PENDAPATAN[:3])

# belanja: sub kegiatan -> splits by jenis {jenis: (anggaran, realisasi)}
PEG, BJ, MP, MG = "Belanja Pegawai", "Belanja Barang dan Jasa", "Belanja Modal Peralatan dan Mesin", \
    "Belanja Modal Gedung dan Bangunan"
SUBKEG = {
    "1.02.01.2.02.0001": ("Penyediaan Gaji dan Tunjangan ASN", {PEG: (38412650000, 37968214556)}),
    "1.02.01.2.10.0001": ("Pelayanan dan Penunjang Pelayanan BLUD",
                          {PEG: (24600000000, 24118530200), BJ: (34850000000, 32947615380),
                           MP: (3200000000, 3084250000)}),
    "1.02.02.2.01.0009": ("Rehabilitasi dan Pemeliharaan Rumah Sakit", {MG: (2950000000, 2876410500)}),
    "1.02.02.2.01.0016": ("Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
                          {MP: (8745300000, 8612940000)}),
    "1.02.02.2.02.0040": ("Operasional Pelayanan Rumah Sakit", {BJ: (1850000000, 1792336800)}),
    "1.02.03.2.02.0002": ("Peningkatan Kompetensi dan Kualifikasi SDM Kesehatan", {BJ: (420000000, 398765000)}),
}
BELANJA_ROWS = [  # code, name, level
    ("1.02", "URUSAN PEMERINTAHAN BIDANG KESEHATAN", 0),
    ("1.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 1),
    ("1.02.01.2.02", "Administrasi Keuangan Perangkat Daerah", 2),
    ("1.02.01.2.02.0001", None, 3),
    ("1.02.01.2.10", "Peningkatan Pelayanan BLUD", 2),
    ("1.02.01.2.10.0001", None, 3),
    ("1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", 1),
    ("1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah "
                     "Kabupaten/Kota", 2),
    ("1.02.02.2.01.0009", None, 3),
    ("1.02.02.2.01.0016", None, 3),
    ("1.02.02.2.02", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota", 2),
    ("1.02.02.2.02.0040", None, 3),
    ("1.02.03", "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN", 1),
    ("1.02.03.2.02", "Perencanaan Kebutuhan dan Pendayagunaan SDM Kesehatan untuk UKP dan UKM", 2),
    ("1.02.03.2.02.0002", None, 3),
]


def bel(prefix, jenis=None):
    a = r = 0
    for code, (_, sp) in SUBKEG.items():
        if code == prefix or code.startswith(prefix + "."):
            for j, (x, y) in sp.items():
                if jenis is None or j == jenis:
                    a += x; r += y
    return a, r


BT_A, BT_R = bel("1.02")
JENIS = {j: bel("1.02", j) for j in (PEG, BJ, MP, MG)}
OPS_A = JENIS[PEG][0] + JENIS[BJ][0]; OPS_R = JENIS[PEG][1] + JENIS[BJ][1]
MOD_A = JENIS[MP][0] + JENIS[MG][0]; MOD_R = JENIS[MP][1] + JENIS[MG][1]
CRR = pct(PD_R, OPS_R)

# indicators: key, sasaran, name, unit, renstra 2021..2026 (str), realisasi (str), kind
KAT = [(D(91), "Sangat Tinggi"), (D(76), "Tinggi"), (D(66), "Sedang"), (D(51), "Rendah"), (D(0), "Sangat Rendah")]


def kategori(c):
    for lo, w in KAT:
        if c >= lo:
            return w


S1 = "Meningkatnya mutu pelayanan kesehatan rumah sakit"
S2 = "Meningkatnya kepuasan masyarakat terhadap pelayanan rumah sakit"
S3 = "Meningkatnya kemandirian keuangan BLUD"
S4 = "Terjaminnya standar mutu rumah sakit"
IND = [
    ("bor", S1, "Bed Occupancy Rate (BOR)", "%", ["60–80"] * 6, dec(R25["BOR"]), "range"),
    ("alos", S1, "Average Length of Stay (ALOS)", "hari", ["3–6"] * 6, dec(R25["ALOS"]), "range"),
    ("gdr", S1, "Gross Death Rate (GDR)", "‰", ["50", "48", "47", "46", "45", "45"], dec(R25["GDR"]), "lower"),
    ("ndr", S1, "Net Death Rate (NDR)", "‰", ["30", "28", "27", "26", "25", "25"], dec(R25["NDR"]), "lower"),
    ("cuci", S1, "Persentase kepatuhan cuci tangan petugas", "%", ["75", "78", "80", "82", "85", "85"],
     dec(CUCI_PCT), "higher"),
    ("tunggu", S1, "Waktu tunggu pelayanan rawat jalan", "menit", ["90", "80", "75", "70", "60", "60"],
     dec(WAKTU_TUNGGU, 1), "lower"),
    ("ikm", S2, "Indeks Kepuasan Masyarakat (IKM)", "indeks", ["78", "79", "80", "81", "82", "83"],
     dec(IKM), "higher"),
    ("crr", S3, "Rasio pendapatan BLUD terhadap belanja operasional (Cost Recovery Rate)", "%",
     ["65", "67", "69", "72", "75", "78"], dec(CRR), "higher"),
    ("akr", S4, "Status akreditasi rumah sakit", "predikat",
     ["Utama", "Utama", "Paripurna", "Paripurna", "Paripurna", "Paripurna"], "Paripurna", "predikat"),
]
YEARS = [2021, 2022, 2023, 2024, 2025, 2026]
# realisasi 2023 and 2024 of the indicators not computed from the rawat inap census
EARLIER = {"cuci": ("79,84", "82,15"), "tunggu": ("68,7", "58,9"), "ikm": ("81,64", "83,27"),
           "crr": ("68,35", "70,08"), "akr": ("Paripurna", "Paripurna")}
I = {}
for k, s, n, u, ren, real, kind in IND:
    t = ren[YEARS.index(YEAR)]
    if kind == "range":
        lo, hi = (D(x) for x in t.split("–"))
        cap = D(100) if lo <= D(real.replace(",", ".")) <= hi else None
    elif kind == "predikat":
        cap = D(100) if real == t else D(0)
    else:
        r = D(real.replace(",", ".")); tv = D(t)
        cap = rnd((2 - r / tv) * 100) if kind == "lower" else rnd(r / tv * 100)
    I[k] = dict(s=s, name=n, unit=u, ren=ren, t=t, real=real, kind=kind, cap=cap)
N_OK = sum(1 for d in I.values() if d["cap"] >= 100)
N_IND = len(I)
SASARAN = [S1, S2, S3, S4]


def tgt_txt(d, t=None):
    t = d["t"] if t is None else t
    if d["kind"] == "range":
        return f"{t}%" if d["unit"] == "%" else f"{t} hari"
    if d["kind"] == "lower":
        return f"≤ {t}"
    return t


# ====================================================================== docx helpers
doc: Document


def set_cell_bg(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true")
    trPr.append(el)


def para(text, style=None, bold=False, align=None, size=None):
    p = doc.add_paragraph(style=style)
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def caption(text):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = True; r.font.size = Pt(10)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def cell_text(cell, text, bold=False, align=None, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(str(text)); r.bold = bold; r.font.size = Pt(size)
    if align:
        p.alignment = align


def new_table(ncols, header_rows, widths=None):
    """header_rows: list of rows (lists of str; None means 'merged with the cell to the left',
    '^' means 'merged with the cell above')."""
    t = doc.add_table(rows=0, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for hr in header_rows:
        add_row(t, hr, header=True)
    return t


def add_row(t, cells, header=False, bold=False, group=False):
    row = t.add_row()
    n = len(t.columns)
    if group:  # one text spanning the whole row
        cell_text(row.cells[0], cells, bold=True)
        row.cells[0].merge(row.cells[n - 1])
        set_cell_bg(row.cells[0], "EDEDED")
        return len(t.rows)
    assert len(cells) == n, (cells, n)
    ri = len(t.rows) - 1
    for ci, c in enumerate(cells):
        if c is None or c == "^" or c == "":
            continue
        cell_text(row.cells[ci], c, bold=header or bold,
                  align=WD_ALIGN_PARAGRAPH.CENTER if header else
                  (WD_ALIGN_PARAGRAPH.RIGHT if ci > 0 and is_num(c) else None))
        if header:
            set_cell_bg(row.cells[ci], "D9E2F3")
    for ci, c in enumerate(cells):  # merges
        if c is None:  # merge with left
            left = ci - 1
            while cells[left] is None:
                left -= 1
            t.cell(ri, left).merge(t.cell(ri, ci))
        elif c == "^":
            t.cell(ri - 1, ci).merge(t.cell(ri, ci))
    if header:
        repeat_header(row)
    return len(t.rows)


def is_num(s):
    s = str(s).replace(".", "").replace(",", "").replace("%", "").replace("Rp", "").replace("(", "") \
        .replace(")", "").replace("‰", "").replace(" ", "").replace("–", "").replace("≤", "")
    return s.isdigit()


def merge_down(t, col, r0, r1):
    """merge rows r0..r1 (0-based, inclusive) in column col; text of r0 stays."""
    if r1 > r0:
        t.cell(r0, col).merge(t.cell(r1, col))


def add_page_number(paragraph):
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = "PAGE"
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def rp(n):
    return idn(n)


def lk(target, real):  # lebih/(kurang)
    d = real - target
    return idn(d) if d >= 0 else f"({idn(-d)})"


# ====================================================================== document
def build():
    global doc
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Laporan Kinerja RSUD Sindangraya Tahun 2025"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "RSUD Sindangraya – halaman "
    add_page_number(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # ---------------------------------------------------------------- cover
    for line in ["LAPORAN KINERJA", "TAHUN 2025", "", "RUMAH SAKIT UMUM DAERAH SINDANGRAYA",
                 "KABUPATEN SINDANGRAYA", "", "Badan Layanan Umum Daerah",
                 "Jalan Cempaka Raya Nomor 45, Sindangraya"]:
        para(line, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    doc.add_page_break()

    doc.add_heading("KATA PENGANTAR", level=1)
    para("Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas tersusunnya Laporan Kinerja "
         "Rumah Sakit Umum Daerah (RSUD) Sindangraya " + pv("Tahun 2025", "Tahun 2024") + ". Laporan ini merupakan "
         "bentuk pertanggungjawaban atas pelaksanaan Perjanjian Kinerja dan penggunaan anggaran selama "
         "satu tahun, sesuai Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja "
         "Instansi Pemerintah dan Peraturan Menteri PAN-RB Nomor 53 Tahun 2014.")
    para("Sebagai unit organisasi bersifat khusus yang menerapkan Pola Pengelolaan Keuangan Badan Layanan "
         "Umum Daerah (PPK-BLUD), RSUD Sindangraya dituntut untuk terus meningkatkan mutu pelayanan "
         "sekaligus kemandirian keuangan. Kami menyadari laporan ini belum sempurna, sehingga masukan "
         "dari semua pihak sangat kami harapkan.")
    para("Sindangraya, 26 Januari 2026")
    para("Direktur RSUD Sindangraya,")
    para("")
    para("dr. Ratna Kusumawardhani, Sp.PD., M.Kes.", bold=True)
    para("NIP. 19780412 200501 2 009")
    doc.add_page_break()

    # ---------------------------------------------------------------- ikhtisar
    doc.add_heading("IKHTISAR EKSEKUTIF", level=1)
    para(f"RSUD Sindangraya menetapkan 4 sasaran strategis dengan {N_IND} indikator kinerja dalam "
         f"Perjanjian Kinerja Tahun 2025. Hasil pengukuran menunjukkan {N_OK} indikator tercapai atau "
         f"melampaui target dan {N_IND - N_OK} indikator belum tercapai, yaitu rasio pendapatan BLUD terhadap "
         f"belanja operasional (Cost Recovery Rate) dengan realisasi {I['crr']['real']}% dari target "
         f"{I['crr']['t']}%.")
    para(f"Angka pemanfaatan tempat tidur (BOR) tahun 2025 sebesar {I['bor']['real']}%, berada dalam rentang "
         f"target 60–80%, dengan rata-rata lama dirawat (ALOS) {I['alos']['real']} hari. Angka kematian kasar "
         f"(GDR) sebesar {I['gdr']['real']}‰ dan angka kematian bersih (NDR) sebesar {I['ndr']['real']}‰, "
         f"keduanya di bawah batas target. Indeks Kepuasan Masyarakat mencapai {I['ikm']['real']} dengan mutu "
         f"pelayanan B (Baik).")
    para(f"Realisasi pendapatan BLUD tahun 2025 sebesar Rp "
         + pv(rp(PD_R), "64.765.461.525") + f" atau {dec(pct(PD_R, PD_T))}% dari target "
         f"Rp {rp(PD_T)}. Realisasi belanja sebesar Rp {rp(BT_R)} dari anggaran Rp {rp(BT_A)} "
         f"atau {dec(pct(BT_R, BT_A))}%, dengan sisa anggaran Rp {rp(BT_A - BT_R)}.")

    # ---------------------------------------------------------------- bab I
    doc.add_heading("BAB I PENDAHULUAN", level=1)
    doc.add_heading("1.1 Latar Belakang", level=2)
    para("RSUD Sindangraya merupakan rumah sakit umum kelas C milik Pemerintah Kabupaten Sindangraya yang "
         "berstatus BLUD penuh sejak tahun 2016 dan menjadi rumah sakit rujukan bagi 17 puskesmas di "
         "wilayah kabupaten. Laporan Kinerja ini disusun untuk menilai keberhasilan pelaksanaan tahun "
         "kelima Rencana Strategis (Renstra) 2021–2026.")
    doc.add_heading("1.2 Tugas Pokok dan Fungsi", level=2)
    para("RSUD Sindangraya mempunyai tugas menyelenggarakan pelayanan kesehatan perorangan secara "
         "paripurna yang menyediakan pelayanan rawat inap, rawat jalan dan gawat darurat. Dalam "
         "melaksanakan tugas tersebut RSUD menyelenggarakan fungsi: (a) pelayanan pengobatan dan pemulihan "
         "kesehatan sesuai standar pelayanan rumah sakit; (b) pemeliharaan dan peningkatan kesehatan "
         "perorangan melalui pelayanan kesehatan paripurna tingkat kedua; (c) pendidikan dan pelatihan "
         "sumber daya manusia; dan (d) penelitian dan pengembangan bidang kesehatan.")
    doc.add_heading("1.3 Profil Rumah Sakit", level=2)
    para("Gambaran umum RSUD Sindangraya disajikan pada tabel berikut.")
    caption("Tabel 1.1 Profil RSUD Sindangraya")
    t = new_table(2, [["Uraian", "Keterangan"]])
    for a, b in [("Nama", "Rumah Sakit Umum Daerah Sindangraya"), ("Kelas", "C"),
                 ("Status pengelolaan keuangan", "BLUD penuh (Keputusan Bupati Nomor 445/112/2016)"),
                 ("Luas lahan / luas bangunan", "32.400 m² / 14.860 m²"),
                 ("Status akreditasi", "Paripurna (LARS DHP, berlaku s.d. Oktober 2027)")]:
        add_row(t, [a, b])
    add_row(t, ["Kapasitas tempat tidur", ""])
    c = t.rows[-1].cells[1]
    cell_text(c, f"{TT} tempat tidur, dengan rincian:")
    nt = c.add_table(rows=0, cols=2)
    nt.style = "Table Grid"
    for i, (k, v) in enumerate([("Kelas Perawatan", "Jumlah TT")] + TT_KELAS + [("Jumlah", TT)]):
        r = nt.add_row()
        cell_text(r.cells[0], k, bold=(i == 0 or k == "Jumlah"))
        cell_text(r.cells[1], v, bold=(i == 0 or k == "Jumlah"), align=WD_ALIGN_PARAGRAPH.RIGHT)
    add_row(t, ["Layanan unggulan", "Hemodialisa, Jantung dan Pembuluh Darah, Bedah Minimal Invasif"])
    para(f"Pada tahun 2025 kapasitas tempat tidur bertambah 8 tempat tidur kelas III, dari 120 menjadi {TT} "
         f"tempat tidur, seiring selesainya renovasi ruang rawat inap Melati.")

    doc.add_heading("1.4 Sumber Daya Manusia", level=2)
    para(f"Jumlah pegawai RSUD Sindangraya per 31 Desember 2025 sebanyak {SDM_L + SDM_P} orang, terdiri atas "
         f"{SDM_L} laki-laki dan {SDM_P} perempuan. Rincian menurut jenis ketenagaan sebagai berikut.")
    caption("Tabel 1.2 Pegawai Menurut Jenis Ketenagaan dan Jenis Kelamin")
    t = new_table(4, [["Jenis Ketenagaan", "Jumlah", None, None], ["^", "L", "P", "L+P"]])
    for g, rows in SDM:
        add_row(t, g, group=True)
        for n, a, b in rows:
            add_row(t, [n, a if a else "-", b if b else "-", a + b])
        sl = sum(r[1] for r in rows); sp = sum(r[2] for r in rows)
        if g == "Tenaga Kesehatan":
            add_row(t, ["Sub Jumlah", pv(sl, 59), sp, sl + sp], bold=True)
        else:
            add_row(t, ["Sub Jumlah", sl, sp, sl + sp], bold=True)
    add_row(t, ["Jumlah Total", SDM_L, SDM_P, SDM_L + SDM_P], bold=True)
    tk = SDM[0][1]
    para(f"Tenaga medis terdiri atas {tk[0][1] + tk[0][2]} dokter spesialis, {tk[1][1] + tk[1][2]} dokter umum "
         f"dan {tk[2][1] + tk[2][2]} dokter gigi. Jumlah perawat sebanyak {tk[3][1] + tk[3][2]} orang, "
         f"terdiri atas {tk[3][1]} laki-laki dan {tk[3][2]} perempuan. Selama tahun 2025 dilaksanakan 24 "
         f"kegiatan pelatihan internal bagi tenaga kesehatan.")
    caption("Tabel 1.3 Pegawai Menurut Status Kepegawaian")
    t = new_table(4, [["Status Kepegawaian", "L", "P", "Jumlah"]])
    for n, a, b in STATUS:
        if n == "PPPK":  # the planted table counts two PPPK nurses appointed in January 2026
            b = pv(b, b + 2)
        add_row(t, [n, a, b, a + b])
    add_row(t, ["Jumlah", SDM_L, pv(SDM_P, SDM_P + 2), pv(SDM_L + SDM_P, SDM_L + SDM_P + 2)], bold=True)
    para("Komposisi ini menunjukkan bahwa sebagian besar pegawai masih berstatus PNS, sementara pemenuhan "
         "kebutuhan tenaga dilakukan melalui rekrutmen pegawai BLUD sesuai kemampuan pendapatan.")

    # ---------------------------------------------------------------- bab II
    doc.add_page_break()
    doc.add_heading("BAB II PERENCANAAN KINERJA", level=1)
    doc.add_heading("2.1 Rencana Strategis 2021–2026", level=2)
    para("Visi RSUD Sindangraya adalah \"Menjadi Rumah Sakit Rujukan yang Bermutu, Terpercaya dan Mandiri\". "
         "Tujuan Renstra adalah meningkatkan mutu dan akses pelayanan kesehatan rujukan, yang dijabarkan "
         "ke dalam empat sasaran strategis dengan indikator dan target tahunan sebagai berikut. Renstra "
         "disusun berpedoman pada Permendagri Nomor " + pv("86 Tahun 2017", "86 Tahun 2019") + " tentang "
         "Tata Cara Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah.")
    caption("Tabel 2.1 Sasaran, Indikator Kinerja dan Target Renstra RSUD Sindangraya 2021–2026")
    t = new_table(9, [["Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", None, None, None, None, None],
                      ["^", "^", "^"] + [str(y) for y in YEARS]])
    for s in SASARAN:
        r0 = len(t.rows)
        keys = [k for k in I if I[k]["s"] == s]
        for j, k in enumerate(keys):
            d = I[k]
            add_row(t, [s if j == 0 else "", d["name"], d["unit"]] + list(d["ren"]))
        merge_down(t, 0, r0, len(t.rows) - 1)
    para("Untuk indikator GDR, NDR dan waktu tunggu rawat jalan, target merupakan batas atas (semakin kecil "
         "semakin baik); untuk BOR dan ALOS target berupa rentang nilai ideal.")

    doc.add_heading("2.2 Perjanjian Kinerja Tahun 2025", level=2)
    para("Perjanjian Kinerja Tahun 2025 ditandatangani oleh Direktur RSUD Sindangraya dan Bupati "
         "Sindangraya pada tanggal 3 Februari 2025 dengan sasaran, indikator dan target sebagai berikut.")
    caption("Tabel 2.2 Perjanjian Kinerja RSUD Sindangraya Tahun 2025")
    t = new_table(4, [["No", "Sasaran Strategis", "Indikator Kinerja", "Target 2025"]])
    n = 0
    for s in SASARAN:
        r0 = len(t.rows)
        keys = [k for k in I if I[k]["s"] == s]
        for j, k in enumerate(keys):
            n += 1
            d = I[k]
            no = n
            if k == "tunggu":
                no = pv(n, n - 1)  # numbering repeats
            name, target = d["name"], tgt_txt(d)
            if k == "cuci":
                name, target = pv((name, target), ("Persentase rekam medis rawat inap lengkap dalam 24 jam", "85%"))
            if d["unit"] == "%" and d["kind"] == "higher":
                target = target if target.endswith("%") else target + "%"
            add_row(t, [str(no), s if j == 0 else "", name, target])
        merge_down(t, 1, r0, len(t.rows) - 1)
    para(f"Pencapaian Perjanjian Kinerja didukung anggaran belanja sebesar Rp {rp(BT_A)}, terdiri atas Program "
         f"Penunjang Urusan Pemerintahan Daerah Rp {rp(bel('1.02.01')[0])}, Program Pemenuhan Upaya Kesehatan "
         f"Perorangan dan Upaya Kesehatan Masyarakat Rp {rp(bel('1.02.02')[0])}, serta Program Peningkatan "
         f"Kapasitas SDM Kesehatan Rp {rp(bel('1.02.03')[0])}.")

    # ---------------------------------------------------------------- bab III
    doc.add_page_break()
    doc.add_heading("BAB III AKUNTABILITAS KINERJA", level=1)
    doc.add_heading("3.1 Capaian Kinerja Organisasi", level=2)
    para("Capaian dihitung dengan rumus realisasi dibagi target dikali 100%. Untuk indikator yang semakin "
         "kecil semakin baik (GDR, NDR, waktu tunggu) digunakan rumus (2 − realisasi/target) × 100%. Untuk "
         "indikator dengan target rentang (BOR, ALOS) capaian ditetapkan 100% apabila realisasi berada di "
         "dalam rentang, dan untuk indikator predikat capaian 100% apabila predikat sama dengan target. "
         "Kategori capaian mengikuti Permendagri Nomor 86 Tahun 2017: ≥ 91% Sangat Tinggi; 76–90% Tinggi; "
         "66–75% Sedang; 51–65% Rendah; ≤ 50% Sangat Rendah.")
    caption("Tabel 3.1 Pengukuran Kinerja RSUD Sindangraya Tahun 2025")
    t = new_table(7, [["Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi",
                       "Capaian (%)", "Kategori"]])
    for s in SASARAN:
        r0 = len(t.rows)
        keys = [k for k in I if I[k]["s"] == s]
        for j, k in enumerate(keys):
            d = I[k]
            cap = dec(d["cap"])
            kat = kategori(d["cap"])
            if k == "ikm":
                cap = pv(cap, "102,26")
            if k == "crr":
                kat = pv(kat, "Sangat Tinggi")
            add_row(t, [s if j == 0 else "", d["name"], d["unit"], tgt_txt(d), d["real"], cap, kat])
        merge_down(t, 0, r0, len(t.rows) - 1)
    para(f"Dari {N_IND} indikator kinerja, {N_OK} indikator tercapai dengan kategori Sangat Tinggi dan 1 "
         f"indikator dengan kategori Tinggi. Perbandingan realisasi setiap indikator dengan tahun "
         f"sebelumnya dan dengan target akhir Renstra disajikan pada Tabel 3.2.")
    caption("Tabel 3.2 Perbandingan Realisasi Kinerja Tahun 2023–2025 dengan Tahun Sebelumnya dan "
            "Target Akhir Renstra")
    t = new_table(7, [["Indikator Kinerja", "Satuan", "Realisasi", None, None, "Target 2025",
                       "Target Akhir Renstra (2026)"], ["^", "^", "2023", "2024", "2025", "^", "^"]])
    ri_key = {"bor": "BOR", "alos": "ALOS", "gdr": "GDR", "ndr": "NDR"}
    for k, d in I.items():
        if k in ri_key:
            r23, r24 = dec(RI[2023][ri_key[k]]), dec(RI[2024][ri_key[k]])
        else:
            r23, r24 = EARLIER[k]
        add_row(t, [d["name"], d["unit"], r23, r24, d["real"], d["t"], d["ren"][-1]])
    para("Uraian capaian setiap sasaran disajikan berikut ini.")

    doc.add_heading("3.2 Analisis Capaian Sasaran 1: Meningkatnya Mutu Pelayanan Kesehatan Rumah Sakit", level=2)
    para("Indikator efisiensi pelayanan rawat inap dihitung dari data sensus harian rawat inap. "
         "Perkembangannya selama tiga tahun terakhir disajikan pada Tabel 3.3.")
    caption("Tabel 3.3 Indikator Pelayanan Rawat Inap Tahun 2023–2025")
    t = new_table(4, [["Uraian", "2023", "2024", "2025"]])
    labels = ["Jumlah tempat tidur", "Jumlah hari perawatan", "Pasien keluar (hidup + mati)",
              "Pasien keluar mati seluruhnya", "Pasien keluar mati ≥ 48 jam", "Jumlah lama dirawat (hari)"]
    for li, lab in enumerate(labels):
        idx = [1, 3, 4, 5, 6, 7][li]
        add_row(t, [lab] + [idn(y[idx]) for y in RANAP])
    for key, lab in [("BOR", "BOR (%)"), ("ALOS", "ALOS (hari)"), ("BTO", "BTO (kali)"), ("TOI", "TOI (hari)"),
                     ("GDR", "GDR (‰)"), ("NDR", "NDR (‰)")]:
        vals = [dec(RI[y][key]) for y in (2023, 2024, 2025)]
        if key == "GDR":
            vals[2] = pv(vals[2], "36,82")
        add_row(t, [lab] + vals)
    b24, b25 = RI[2024]["BOR"], RI[2025]["BOR"]
    assert b25 < b24
    para(f"BOR tahun 2025 sebesar {dec(b25)}% " + pv("sedikit menurun", "meningkat") +
         f" dibandingkan tahun 2024 ({dec(b24)}%) karena penambahan 8 tempat tidur pada bulan Maret 2025, "
         f"namun tetap berada dalam rentang target 60–80% sehingga capaiannya 100,00%. ALOS sebesar "
         f"{dec(R25['ALOS'])} hari juga berada dalam rentang target 3–6 hari. Jumlah hari perawatan naik dari "
         f"{idn(RANAP[1][3])} menjadi {idn(RANAP[2][3])} hari.")
    para(f"GDR tahun 2025 sebesar {dec(R25['GDR'])}‰ dan NDR {dec(R25['NDR'])}‰, lebih rendah dari batas target "
         f"masing-masing 45‰ dan 25‰, sehingga capaian GDR {dec(I['gdr']['cap'])}% dan NDR "
         f"{dec(I['ndr']['cap'])}%. Dari {idn(RANAP[2][5])} pasien meninggal, {idn(RANAP[2][6])} pasien meninggal "
         f"setelah dirawat 48 jam atau lebih. Sebagai pembanding, standar nasional GDR adalah kurang dari 45‰ "
         f"dan NDR kurang dari 25‰.")
    para("Kunjungan rawat jalan menurut poliklinik disajikan pada Tabel 3.4.")
    caption("Tabel 3.4 Kunjungan Pasien Rawat Jalan Menurut Poliklinik Tahun 2025")
    t = new_table(4, [["Poliklinik", "Kunjungan", None, None], ["^", "L", "P", "Jumlah"]])
    for n_, a, b in POLI:
        tot = a + b
        if n_ == "Poli Saraf":
            tot = pv(idn(tot), "4.628")
        add_row(t, [n_, idn(a) if a else "-", idn(b), tot if isinstance(tot, str) else idn(tot)])
    add_row(t, ["Jumlah", idn(POLI_L), idn(POLI_P), idn(POLI_T)], bold=True)
    second = sorted(POLI, key=lambda r: -(r[1] + r[2]))[1]
    para(f"Jumlah kunjungan rawat jalan tahun 2025 sebanyak {idn(POLI_T)} kunjungan atau rata-rata "
         f"{round(POLI_T / HARI_POLI)} kunjungan per hari kerja. Kunjungan tertinggi terdapat pada "
         + pv(TOP_POLI[0], second[0]) + f" sebanyak {idn(TOP_POLI[1] + TOP_POLI[2])} kunjungan, disusul "
         + pv(second[0], TOP_POLI[0]) + f" sebanyak {idn(second[1] + second[2])} kunjungan.")
    caption("Tabel 3.5 Perbandingan Jumlah Layanan Tahun 2023–2025")
    t = new_table(4, [["Jenis Layanan", "2023", "2024", "2025"]])
    for n_, vals in LAYANAN:
        add_row(t, [n_] + [idn(v) if v is not None else "-" for v in vals])
    para(f"Kunjungan rawat jalan meningkat dari {idn(LAYANAN[0][1][1])} pada tahun 2024 menjadi "
         f"{idn(LAYANAN[0][1][2])} pada tahun 2025, sedangkan jumlah persalinan terus menurun sejak 2023 "
         f"seiring beroperasinya dua klinik utama kebidanan swasta. Layanan hemodialisa dibuka pada bulan "
         f"Januari 2024 dengan 6 mesin dan pada tahun 2025 bertambah menjadi 10 mesin.")
    para("Kepatuhan petugas melakukan kebersihan tangan diukur melalui observasi lima momen oleh Komite "
         "Pencegahan dan Pengendalian Infeksi (PPI) setiap bulan.")
    caption("Tabel 3.6 Kepatuhan Kebersihan Tangan Menurut Profesi Tahun 2025")
    t = new_table(4, [["Profesi", "Jumlah Peluang", "Jumlah Tindakan Kebersihan Tangan", "% Kepatuhan"]])
    for n_, o, d_ in CUCI:
        add_row(t, [n_, idn(o), idn(d_), dec(pct(d_, o))])
    add_row(t, ["Total", idn(CUCI_OPP), idn(CUCI_DO), dec(CUCI_PCT)], bold=True)
    low = min(CUCI, key=lambda r: pct(r[2], r[1]))
    para(f"Kepatuhan kebersihan tangan tahun 2025 sebesar {dec(CUCI_PCT)}% dari target {I['cuci']['t']}% "
         f"(capaian {dec(I['cuci']['cap'])}%). Kepatuhan terendah terdapat pada profesi "
         f"{low[0].lower()} ({dec(pct(low[2], low[1]))}%), sehingga Komite PPI melaksanakan audit "
         f"kepatuhan di setiap ruangan.")
    para(f"Waktu tunggu pelayanan rawat jalan, diukur sejak pasien mendaftar sampai dilayani dokter, rata-rata "
         f"{I['tunggu']['real']} menit dari batas target {I['tunggu']['t']} menit, dengan capaian "
         f"{dec(I['tunggu']['cap'])}%. Penurunan waktu tunggu didukung pendaftaran daring dan "
         f"penjadwalan praktik dokter spesialis sejak pukul 08.00.")

    doc.add_heading("3.3 Analisis Capaian Sasaran 2: Meningkatnya Kepuasan Masyarakat", level=2)
    para(f"Survei kepuasan masyarakat dilaksanakan pada semester II tahun 2025 terhadap {idn(IKM_RESP)} "
         f"responden di enam unit layanan.")
    caption("Tabel 3.7 Indeks Kepuasan Masyarakat Menurut Unit Layanan Tahun 2025")
    t = new_table(4, [["Unit Layanan", "Jumlah Responden", "Nilai IKM", "Mutu Pelayanan"]])
    for n_, r, v in IKM_L:
        if v is None:
            add_row(t, [n_, "-", "Belum dilakukan penilaian", "-"])
        else:
            add_row(t, [n_, idn(r), dec(D(v)), mutu(v)])
    add_row(t, ["Rata-rata", "", dec(IKM), mutu(IKM)], bold=True)
    lo_ikm = min([r for r in IKM_L if r[2]], key=lambda r: D(r[2]))
    para(f"Nilai IKM RSUD Sindangraya tahun 2025 sebesar {dec(IKM)} (mutu B, Baik), melampaui target "
         f"{I['ikm']['t']} dengan capaian {dec(I['ikm']['cap'])}% dan meningkat dibandingkan tahun 2024 "
         f"sebesar 83,27. Nilai terendah terdapat pada {lo_ikm[0]} ({dec(D(lo_ikm[2]))}), terutama pada "
         f"unsur waktu pelayanan. Layanan hemodialisa belum disurvei karena baru beroperasi penuh.")

    doc.add_heading("3.4 Analisis Capaian Sasaran 3: Meningkatnya Kemandirian Keuangan BLUD", level=2)
    para(f"Cost Recovery Rate dihitung dari realisasi pendapatan BLUD dibagi realisasi belanja operasi "
         f"(belanja pegawai dan belanja barang dan jasa). Realisasi pendapatan BLUD Rp {rp(PD_R)} dibagi "
         f"belanja operasi Rp {rp(OPS_R)} menghasilkan rasio {I['crr']['real']}%, di bawah target "
         f"{I['crr']['t']}% dengan capaian {dec(I['crr']['cap'])}% (kategori Tinggi). Belum tercapainya "
         f"target disebabkan kenaikan belanja pegawai BLUD akibat penambahan tenaga perawat dan "
         f"tertundanya pembayaran klaim JKN bulan November dan Desember 2025.")
    doc.add_heading("3.5 Analisis Capaian Sasaran 4: Terjaminnya Standar Mutu Rumah Sakit", level=2)
    para("RSUD Sindangraya mempertahankan status akreditasi Paripurna hasil survei Lembaga Akreditasi "
         "Rumah Sakit Damar Husada Paripurna pada bulan Oktober 2023, sehingga indikator ini tercapai 100%. "
         "Pada tahun 2025 dilaksanakan 3 kali survei internal dan 1 kali survei verifikasi.")

    # ---------------------------------------------------------------- anggaran
    doc.add_heading("3.6 Realisasi Anggaran", level=2)
    para("Sebagai BLUD, pendapatan RSUD Sindangraya bersumber dari jasa layanan, hasil kerja sama dan "
         "lain-lain pendapatan BLUD yang sah. Target dan realisasi pendapatan disajikan pada Tabel 3.8.")
    caption("Tabel 3.8 Target dan Realisasi Pendapatan BLUD Tahun 2025")
    t = new_table(6, [["Kode Rekening", "Uraian", "Target (Rp)", "Realisasi (Rp)", "%", "Lebih/(Kurang) (Rp)"]])
    add_row(t, "4.1.04.16 Pendapatan Badan Layanan Umum Daerah", group=True)
    add_row(t, ["4.1.04.16.01", "Pendapatan BLUD dari Jasa Layanan", rp(JL_T), rp(JL_R), dec(pct(JL_R, JL_T)),
                lk(JL_T, JL_R)], bold=True)
    for code, n_, a, r in PENDAPATAN:
        p = dec(pct(r, a))
        if code == "4.1.04.16.01.0002":
            p = pv(p, "104,49")
        add_row(t, [code, n_, rp(a), rp(r), p, lk(a, r)])
    add_row(t, ["", "Jumlah Pendapatan BLUD", rp(PD_T), rp(PD_R), dec(pct(PD_R, PD_T)), lk(PD_T, PD_R)], bold=True)
    jkn = PENDAPATAN[1]
    para(f"Pendapatan terbesar berasal dari jasa layanan pasien JKN sebesar Rp {rp(jkn[3])} atau "
         f"{dec(pct(jkn[3], PD_R))}% dari seluruh pendapatan BLUD. Pendapatan jasa layanan pasien penjaminan "
         f"lain tidak mencapai target karena berakhirnya kerja sama dengan satu perusahaan asuransi swasta. "
         f"Secara keseluruhan pendapatan melampaui target sebesar Rp {rp(PD_R - PD_T)}.")
    para(f"Anggaran belanja RSUD Sindangraya tahun 2025 sebesar Rp {dec(D(BT_A) / 10**9)} miliar. Realisasi per "
         f"program, kegiatan dan sub kegiatan disajikan pada Tabel 3.9.")
    caption("Tabel 3.9 Realisasi Belanja per Program, Kegiatan dan Sub Kegiatan Tahun 2025")
    t = new_table(5, [["Kode", "Urusan / Program / Kegiatan / Sub Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "%"],
                      ["1", "2", "3", "4", "5 = 4/3 × 100"]])
    add_row(t, "Urusan Pemerintahan Wajib yang Berkaitan dengan Pelayanan Dasar", group=True)
    for code, n_, lvl in BELANJA_ROWS:
        if n_ is None:
            n_ = SUBKEG[code][0]
        a, r = bel(code)
        shown_code = code
        if code == "1.02.03.2.02.0002":
            pass
        if code == "1.02.02.2.01.0009":
            shown_code = pv(code, "1.02.03.2.01.0009")
        ca, cp = rp(a), dec(pct(r, a))
        if code == "1.02.02":  # APBD murni figure left on the program row
            murni = a - 1250000000
            ca, cp = pv(ca, rp(murni)), pv(cp, dec(pct(r, murni)))
        add_row(t, [shown_code, n_, ca, rp(r), cp], bold=lvl < 2)
    add_row(t, ["", "JUMLAH BELANJA", rp(BT_A), rp(BT_R), dec(pct(BT_R, BT_A))], bold=True)
    p2 = bel("1.02.02")
    para(f"Realisasi belanja sebesar Rp {rp(BT_R)} atau {dec(pct(BT_R, BT_A))}%. Program Pemenuhan Upaya Kesehatan "
         f"Perorangan dan Upaya Kesehatan Masyarakat dengan anggaran Rp {rp(p2[0])} terealisasi "
         f"{dec(pct(p2[1], p2[0]))}%, termasuk pengadaan alat kesehatan dari DAK Fisik sebesar "
         f"Rp {rp(SUBKEG['1.02.02.2.01.0016'][1][MP][1])}. Anggaran tersebut telah memperhitungkan tambahan "
         f"Rp 1.250.000.000 pada APBD Perubahan untuk rehabilitasi ruang rawat inap.")
    caption("Tabel 3.10 Realisasi Belanja Menurut Jenis Belanja Tahun 2025")
    t = new_table(5, [["Jenis Belanja", "Alokasi", "Serapan", "Persentase Capaian", "Sisa Anggaran"]])
    for j in (PEG, BJ):
        a, r = JENIS[j]
        add_row(t, [j, f"Rp {rp(a)},00", f"Rp {rp(r)},00", f"{dec(pct(r, a))}%", f"Rp {rp(a - r)},00"])
    add_row(t, ["Sub-total Belanja Operasi", f"Rp {rp(OPS_A)},00", f"Rp {rp(OPS_R)},00", f"{dec(pct(OPS_R, OPS_A))}%",
                f"Rp {rp(OPS_A - OPS_R)},00"], bold=True)
    for j in (MP, MG):
        a, r = JENIS[j]
        add_row(t, [j, f"Rp {rp(a)},00", f"Rp {rp(r)},00", f"{dec(pct(r, a))}%", f"Rp {rp(a - r)},00"])
    add_row(t, ["Sub-total Belanja Modal", f"Rp {rp(MOD_A)},00", f"Rp {rp(MOD_R)},00", f"{dec(pct(MOD_R, MOD_A))}%",
                f"Rp {rp(MOD_A - MOD_R)},00"], bold=True)
    add_row(t, ["Jumlah Total", f"Rp {rp(BT_A)},00", f"Rp {rp(BT_R)},00", f"{dec(pct(BT_R, BT_A))}%",
                f"Rp {rp(BT_A - BT_R)},00"], bold=True)
    para(f"Sisa anggaran terbesar terdapat pada belanja barang dan jasa sebesar Rp {rp(JENIS[BJ][0] - JENIS[BJ][1])}, "
         f"terutama dari efisiensi pengadaan obat dan bahan medis habis pakai melalui e-katalog.")

    # ---------------------------------------------------------------- bab IV
    doc.add_page_break()
    doc.add_heading("BAB IV PENUTUP", level=1)
    para(f"Secara umum kinerja RSUD Sindangraya tahun 2025 baik: {N_OK} dari {N_IND} indikator tercapai. "
         f"Indikator yang belum tercapai adalah Cost Recovery Rate. Langkah perbaikan tahun 2026 meliputi "
         f"percepatan penagihan klaim JKN, pengendalian belanja pegawai BLUD sesuai analisis beban kerja, "
         f"dan optimalisasi layanan unggulan hemodialisa dan jantung.")
    para("Sindangraya, 26 Januari 2026")
    para("Direktur RSUD Sindangraya,")
    para("")
    para("dr. Ratna Kusumawardhani, Sp.PD., M.Kes.", bold=True)
    para("NIP. 19780412 200501 2 009")

    # ---------------------------------------------------------------- lampiran
    doc.add_page_break()
    doc.add_heading("LAMPIRAN: PERJANJIAN KINERJA TAHUN 2025", level=1)
    para("Pihak Pertama: dr. Ratna " + pv("Kusumawardhani", "Kusumawardani") + ", Sp.PD., M.Kes., "
         "Direktur RSUD Sindangraya. "
         "Pihak Kedua: H. Wirawan Adisaputra, S.E., M.Si., Bupati Sindangraya.")
    caption("Sasaran, Indikator dan Target Kinerja Tahun 2025")
    t = new_table(3, [["Sasaran Strategis", "Indikator Kinerja", "Target"]])
    for s in SASARAN:
        r0 = len(t.rows)
        keys = [k for k in I if I[k]["s"] == s]
        for j, k in enumerate(keys):
            d = I[k]
            target = tgt_txt(d)
            if k == "cuci":
                target = pv(target, "80")
            add_row(t, [s if j == 0 else "", d["name"], target])
        merge_down(t, 0, r0, len(t.rows) - 1)
    para("Program dan anggaran:")
    for i, code in enumerate(["1.02.01", "1.02.02", "1.02.03"], 1):
        nm = next(n_ for c_, n_, _ in BELANJA_ROWS if c_ == code).title().replace("Dan", "dan") \
            .replace("Kabupaten/Kota", "Kabupaten/Kota")
        para(f"{i}. {nm}: Rp {rp(bel(code)[0])}")
    para(f"Jumlah: Rp {rp(BT_A)}")
    para("Sindangraya, 3 Februari 2025")
    para("Pihak Kedua,                                        Pihak Pertama,")
    para("Bupati Sindangraya                                  Direktur RSUD Sindangraya")
    para("")
    para("H. Wirawan Adisaputra, S.E., M.Si.                  dr. Ratna Kusumawardhani, Sp.PD., M.Kes.")
    para("                                                    NIP. 19780412 200501 2 009")
    return doc


# ====================================================================== plants (for the truth file)
PLANTS = [  # id, family, kind(table/prose), anchor, figure, correct, what
    ("stale-kata-pengantar", "stale-year", "prose", "Rumah Sakit Umum Daerah (RSUD) Sindangraya Tahun 2024",
     "2024", "2025", "Kata Pengantar names 2024 as the reporting year of this 2025 report"),
    ("sdm-subjumlah-l", "column-total", "table", "Sub Jumlah", "59", None,
     "Tabel 1.2: L column of Tenaga Kesehatan sums to {c} but Sub Jumlah reads 59 (row L + P no longer equals "
     "L+P either); Jumlah Total stays right"),
    ("pk-no-repeat", "numbering", "table", "Waktu tunggu pelayanan rawat jalan", "5", "6",
     "Tabel 2.2 No column reads 1, 2, 3, 4, 5, 5, 7, 8, 9"),
    ("pk-coverage", "indicator-coverage", "table", "Persentase rekam medis rawat inap lengkap dalam 24 jam", "85%",
     "Persentase kepatuhan cuci tangan petugas / 85%",
     "Tabel 2.2 (PK) lists 'Persentase rekam medis rawat inap lengkap dalam 24 jam', which no measurement "
     "table reports (it replaced the cuci tangan row)"),
    ("ikm-capaian", "capaian", "table", "Indeks Kepuasan Masyarakat (IKM)", "102,26", None,
     "Tabel 3.1: {r} / 82 × 100 = {c} but capaian reads 102,26 (digits swapped); prose of Sasaran 2 keeps {c}"),
    ("crr-label", "label", "table", "Rasio pendapatan BLUD terhadap belanja operasional (Cost Recovery Rate)",
     "Sangat Tinggi", "Tinggi",
     "Tabel 3.1: capaian {cap}% falls in 76–90 (Tinggi) but the Kategori reads Sangat Tinggi"),
    ("gdr-2025", "indicator-realisasi", "table", "GDR (‰)", "36,82", None,
     "Tabel 3.3 gives GDR 2025 = 36,82 but Tabel 3.1 (and the prose) give {c}"),
    ("bor-meningkat", "narrative-vs-table", "prose", "BOR tahun 2025 sebesar", "meningkat", "sedikit menurun",
     "prose says BOR 2025 ({b25}%) 'meningkat' compared with 2024 ({b24}%); Tabel 3.3 shows it fell"),
    ("saraf-jumlah", "row-sum", "table", "Poli Saraf", "4.628", None,
     "Tabel 3.4: L + P = 2.215 + 2.467 = {c} but Jumlah reads 4.628 (digits swapped); the Jumlah column "
     "therefore no longer sums to its total either"),
    ("poli-tertinggi", "narrative-vs-table", "prose", "Kunjungan tertinggi terdapat pada", None, None,
     "prose names {second} as the poli with the most visits ({topn}); Tabel 3.4 shows {top} has {topn} and "
     "{second} {secn}"),
    ("jkn-pct", "budget-arithmetic", "table", "4.1.04.16.01.0002", "104,49", None,
     "Tabel 3.8: 54.986.231.450 / 52.400.000.000 = {c}% but % reads 104,49 (digits swapped)"),
    ("pendapatan-ikhtisar", "narrative-vs-table", "prose", "Realisasi pendapatan BLUD tahun 2025 sebesar",
     "64.765.461.525", None, "Ikhtisar gives realisasi pendapatan 64.765.461.525 but Tabel 3.8 Jumlah = {c}"),
    ("prog-0202-murni", "budget-hierarchy", "table", "1.02.02", None, None,
     "Tabel 3.9: program 1.02.02 still shows the APBD murni anggaran {fig} (with its %); its kegiatan sum to "
     "{c} after the APBD Perubahan, so the urusan row 1.02 no longer equals its programs either"),
    ("rehab-code", "budget-code", "table", "1.02.03.2.01.0009", "1.02.03.2.01.0009", "1.02.02.2.01.0009",
     "Tabel 3.9: sub kegiatan under kegiatan 1.02.02.2.01 carries code 1.02.03.2.01.0009 (program digit mistyped)"),
    ("lampiran-cuci-target", "indicator-target", "table", "Persentase kepatuhan cuci tangan petugas", "80", None,
     "Lampiran PK gives target 80 for kepatuhan cuci tangan 2025 (the 2023 Renstra figure) while Renstra 2025 "
     "and Tabel 3.1 give 85"),
    # issue 12's reviu checks
    ("pk-name", "names", "prose", "Pihak Pertama: dr. Ratna Kusumawardani", "Kusumawardani", "Kusumawardhani",
     "the Lampiran PK names Pihak Pertama dr. Ratna Kusumawardani; the Kata Pengantar and Penutup signatures and "
     "the PK signature block (NIP. 19780412 200501 2 009) spell her name Kusumawardhani"),
    ("permendagri-86", "citation", "prose", "Permendagri Nomor 86 Tahun 2019", "2019", "2017",
     "Bab II cites Permendagri Nomor 86 Tahun 2019 tentang Tata Cara Perencanaan, Pengendalian dan Evaluasi "
     "Pembangunan Daerah; 3.1 cites the same Permendagri Nomor 86 as Tahun 2017"),
    ("pegawai-status-total", "sibling-total", "table", "Jumlah", "{sdm2}", "{sdm}",
     "Tabel 1.3 (by status kepegawaian) gives {sdm2} staff at 31 Dec 2025 (PPPK women 44, adding up within the "
     "table) while Tabel 1.2 (by jenis ketenagaan) and the prose of 1.4 give {sdm}"),
]


# other cells the same planted change touched (a finding there is no stray error)
ALSO = {"pegawai-status-total": ("the women's column total of Tabel 1.3 moved with it",
                                 [str(SDM_P + 2)])}


def cell_texts(row):
    out, seen = [], set()
    for c in row.cells:
        if id(c._tc) in seen:
            continue
        seen.add(id(c._tc))
        out.append(c.text)
    return out


def locate(doc_p, doc_c, anchor, figure, correct):
    hits = []
    for ti, (tp, tc) in enumerate(zip(doc_p.tables, doc_c.tables), 1):
        for ri, (rp_, rc) in enumerate(zip(tp.rows, tc.rows), 1):
            a, b = cell_texts(rp_), cell_texts(rc)
            if a != b and any(anchor in x for x in a) and (figure is None or figure in a):
                hits.append((ti, ri, a, b))
    assert len(hits) == 1, (anchor, figure, [(h[0], h[1]) for h in hits])
    return hits[0]


def main():
    global PLANT
    PLANT = False
    build().save(OUT / f"{NAME}.consistent.docx")
    PLANT = True
    build().save(OUT / f"{NAME}.planted.docx")
    dc = Document(OUT / f"{NAME}.consistent.docx")
    dp = Document(OUT / f"{NAME}.planted.docx")
    assert len(dc.tables) == len(dp.tables)
    for a, b in zip(dc.tables, dp.tables):
        assert len(a.rows) == len(b.rows)
    pp = [p.text for p in dp.paragraphs]
    pc = [p.text for p in dc.paragraphs]
    ctx = dict(b25=dec(RI[2025]["BOR"]), b24=dec(RI[2024]["BOR"]), cap=dec(I["crr"]["cap"]),
               r=I["ikm"]["real"])
    items = []
    ctx.update(sdm=str(SDM_L + SDM_P), sdm2=str(SDM_L + SDM_P + 2))
    for pid, fam, kind, anchor, fig, cor, what in PLANTS:
        it = dict(id=pid, family=fam)
        fig = fig.format(**ctx) if fig else fig
        cor = cor.format(**ctx) if cor else cor
        if kind == "table":
            ti, ri, a, b = locate(dp, dc, anchor, fig, cor)
            diff = [(x, y) for x, y in zip(a, b) if x != y]
            if fig is None:
                fig = diff[0][0]
            if cor is None:
                cor = [y for x, y in diff if x == fig][0]
            it.update(table=ti, row=ri)
            anchor_txt = anchor
        else:
            hits = [(i, p) for i, p in enumerate(pp) if anchor in p and p != pc[i]]
            assert len(hits) == 1, (pid, hits)
            i, p = hits[0]
            if pid == "poli-tertinggi":
                second = sorted(POLI, key=lambda r: -(r[1] + r[2]))[1]
                anchor_txt = f"Kunjungan tertinggi terdapat pada {second[0]}"
                fig, cor = second[0], TOP_POLI[0]
                ctx.update(second=second[0], top=TOP_POLI[0], topn=idn(TOP_POLI[1] + TOP_POLI[2]),
                           secn=idn(second[1] + second[2]))
            elif pid == "bor-meningkat":
                anchor_txt = f"BOR tahun 2025 sebesar {ctx['b25']}% meningkat"
            elif pid == "pendapatan-ikhtisar":
                anchor_txt = "Realisasi pendapatan BLUD tahun 2025 sebesar Rp 64.765.461.525"
                cor = rp(PD_R)
            else:
                anchor_txt = anchor
            assert anchor_txt in p, (pid, anchor_txt, p)
            assert fig in p and (cor in pc[i]), (pid, fig, cor)
        ctx.update(fig=fig, c=cor)
        it.update(anchor=anchor_txt, figure=fig, correct=cor, what=what.format(**ctx))
        items.append(it)

    def q(s):
        return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"') + '"'

    y = [f"report: {NAME}.planted.docx", f"consistent: {NAME}.consistent.docx", f"agency: {AGENCY}",
         "format: docx", f"year: {YEAR}", f"tables_with_figures: {len(dc.tables)}", "items:"]
    for it in items:
        y += [f"  - id: {it['id']}", f"    family: {it['family']}"]
        if "table" in it:
            y += [f"    table: {it['table']}", f"    row: {it['row']}"]
        y += [f"    anchor: {q(it['anchor'])}", f"    figure: {q(it['figure'])}",
              f"    correct: {q(it['correct'])}", f"    what: {q(it['what'])}"]
        if it["id"] in ALSO:
            y += [f"    # {ALSO[it['id']][0]}", "    also: [" + ", ".join(q(x) for x in ALSO[it["id"]][1]) + "]"]
    (OUT / f"{NAME}.truth.yaml").write_text("\n".join(y) + "\n", encoding="utf-8")
    print(len(dc.tables), "tables;", len(items), "items;", len({i['family'] for i in items}), "families")


if __name__ == "__main__":
    main()
