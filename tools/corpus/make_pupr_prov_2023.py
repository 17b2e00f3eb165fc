"""Build the corpus report pupr-prov-2023 (LKjIP 2023, Dinas PUPR of an invented province).

One content definition writes both versions:

    python tools/corpus/make_pupr_prov_2023.py            # writes consistent + planted
    python tools/corpus/make_pupr_prov_2023.py --diff     # also prints where the versions differ

Every figure is computed here from the raw data (sums, sisa, %, capaian), so the consistent version
agrees with itself by construction. Planted values go through ``pl(key, correct, planted)``: the
consistent build uses the computed value, the planted build the wrong one, and the script checks
that the computed value is the one the plant was written against.
"""
from __future__ import annotations

import sys
from decimal import ROUND_HALF_UP, Decimal as D
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "fixtures" / "corpus"
NAME = "pupr-prov-2023"

PLANTED = False
USED: set[str] = set()


def pl(key: str, correct: str, planted: str, expect: str | None = None) -> str:
    """Return the consistent or the planted value of one planted figure."""
    if expect is not None and correct != expect:
        raise SystemExit(f"plant {key}: computed {correct!r} but the plant was written for {expect!r}")
    USED.add(key)
    return planted if PLANTED else correct


# ----------------------------------------------------------------------------------- numbers
def q(x, d=2) -> D:
    return D(str(x)).quantize(D(1).scaleb(-d), rounding=ROUND_HALF_UP)


def num(x, d=0) -> str:
    """Indonesian style: 1.234.567,89"""
    s = f"{q(x, d):,.{d}f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def num_en(x, d=2) -> str:
    """Application style: 1,234,567.89"""
    return f"{q(x, d):,.{d}f}"


def pct(a, b, d=2) -> D:
    return q(D(a) / D(b) * 100, d)


def miliar(x) -> str:
    return num(D(x) / D(10**9), 2)


# ----------------------------------------------------------------------------------- data
AGENCY = "Dinas Pekerjaan Umum dan Penataan Ruang Provinsi Bentara Raya"
HEAD = "Ir. Hendra Wiratama Saputra, M.T."
NIP = "19700812 199803 1 006"

# staff: (pendidikan, L, P)
PENDIDIKAN = [("S3", 1, 0), ("S2", 28, 11), ("S1/D4", 96, 52), ("D3", 24, 13),
              ("SMA/SMK", 61, 15), ("SMP", 6, 0), ("SD", 3, 0)]
GOLONGAN = [("Golongan IV", 22, 8), ("Golongan III", 138, 66), ("Golongan II", 50, 15),
            ("Golongan I", 9, 2)]
# unit kerja: (nama, struktural, fungsional, pelaksana)
UNIT = [("Sekretariat", 4, 9, 45), ("Bidang Bina Marga", 4, 38, 22),
        ("Bidang Sumber Daya Air", 4, 29, 16), ("Bidang Penataan Ruang", 4, 14, 9),
        ("Bidang Jasa Konstruksi", 4, 10, 8), ("UPTD Pengelolaan Jalan Wilayah I", 3, 12, 33),
        ("UPTD Pengelolaan Jalan Wilayah II", 3, 10, 29)]

# road condition (km): kab/kota, baik, sedang, rusak ringan, rusak berat
ROADS = [("Kabupaten Lareh Hulu", "142.35", "61.20", "39.80", "12.65"),
         ("Kabupaten Batang Sikai", "118.70", "52.85", "34.60", "14.25"),
         ("Kabupaten Pulau Ampalu", "96.40", "38.15", "30.15", "9.85"),
         ("Kabupaten Tanah Rekso", "131.25", "47.30", "38.40", "16.40"),
         ("Kabupaten Bukit Sangir", "104.80", "41.65", "31.90", "11.70"),
         ("Kota Lareh Baru", "58.45", "14.20", "7.10", "1.80"),
         ("Kota Sungai Dareh", "37.60", "9.75", "5.85", "1.30")]

# irrigation: DI, kabupaten, luas baku (ha), panjang saluran (km), saluran kondisi baik (km)
IRIG = [("DI Batang Tapi", "Lareh Hulu", 2840, "46.80", "34.15"),
        ("DI Sikai Kiri", "Batang Sikai", 2215, "38.25", "26.60"),
        ("DI Lubuk Gadang", "Batang Sikai", 1680, "27.40", "18.05"),
        ("DI Koto Tuo", "Tanah Rekso", 2975, "51.30", "35.85"),
        ("DI Air Manih", "Pulau Ampalu", 1320, "22.15", "16.40"),
        ("DI Rantau Baru", "Bukit Sangir", 1945, "33.60", "23.10"),
        ("DI Sungai Lasi Hilir", "Tanah Rekso", 2460, "41.75", "28.90"),
        ("DI Tanjung Balai Ilir", "Lareh Hulu / Bukit Sangir", 1105, "19.85", "14.70")]

# ruas jalan dibangun/ditingkatkan: ruas, kabupaten, target km, realisasi km, fisik %
RUAS = [("Lareh Baru – Batang Sikai", "Batang Sikai", "8.40", "8.40", "100.00"),
        ("Simpang Ampalu – Teluk Rindang", "Pulau Ampalu", "7.25", "7.25", "100.00"),
        ("Bukit Sangir – Koto Alai", "Bukit Sangir", "6.80", "5.10", "88.20"),
        ("Sungai Dareh – Pasar Usang", "Kota Sungai Dareh", "9.15", "9.15", "100.00"),
        ("Tanah Rekso – Lubuk Jaring", "Tanah Rekso", "5.60", "3.55", "71.40"),
        ("Lingkar Timur Kota Lareh Baru", "Kota Lareh Baru", "5.30", "5.30", "100.00")]

# IKM per unsur: (unsur, nilai 2022, nilai 2023)
IKM = [("Persyaratan", "82.10", "83.45"), ("Sistem, Mekanisme, dan Prosedur", "79.85", "81.20"),
       ("Waktu Penyelesaian", "76.90", "78.64"), ("Biaya/Tarif", "88.15", "88.92"),
       ("Produk Spesifikasi Jenis Pelayanan", "80.42", "82.15"),
       ("Kompetensi Pelaksana", "82.66", "83.70"), ("Perilaku Pelaksana", "83.91", "85.26"),
       ("Penanganan Pengaduan, Saran dan Masukan", "75.02", "77.38"),
       ("Sarana dan Prasarana", "79.44", "80.56")]


def mutu(v: D) -> str:
    if v >= D("88.31"):
        return "A (Sangat Baik)"
    if v >= D("76.61"):
        return "B (Baik)"
    if v >= D("65.00"):
        return "C (Kurang Baik)"
    return "D (Tidak Baik)"


# budget (Permendagri 90 / Kepmendagri 050-5889): program -> kegiatan -> sub kegiatan
# sub kegiatan: (code suffix, name, pagu, realisasi, fisik %)
BUDGET = [
    ("1.03.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI", [
        ("1.03.01.1.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", [
            ("0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 412_500_000, 398_215_400, "100"),
            ("0006", "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
             186_300_000, 179_842_150, "100"),
            ("0007", "Evaluasi Kinerja Perangkat Daerah", 143_750_000, 131_206_500, "100")]),
        ("1.03.01.1.02", "Administrasi Keuangan Perangkat Daerah", [
            ("0001", "Penyediaan Gaji dan Tunjangan ASN", 38_745_620_000, 37_912_486_317, "100"),
            ("0003", "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
             512_400_000, 497_385_600, "100")]),
        ("1.03.01.1.08", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", [
            ("0002", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", 1_284_000_000, 1_196_473_215, "100"),
            ("0004", "Penyediaan Jasa Pelayanan Umum Kantor", 3_516_800_000, 3_402_118_750, "100")]),
        ("1.03.01.1.09", "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", [
            ("0002", "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan "
                     "Dinas Operasional atau Lapangan", 1_845_200_000, 1_772_964_300, "100"),
            ("0009", "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya",
             2_150_000_000, 2_087_415_000, "100")]),
    ]),
    ("1.03.02", "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)", [
        ("1.03.02.1.01", "Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai (WS) Lintas "
                         "Daerah Kabupaten/Kota", [
            ("0014", "Pembangunan Bangunan Perkuatan Tebing", 9_850_000_000, 9_412_776_000, "100"),
            ("0031", "Operasi dan Pemeliharaan Sungai", 2_475_000_000, 2_318_640_500, "100")]),
        ("1.03.02.1.02", "Pengembangan dan Pengelolaan Sistem Irigasi Primer dan Sekunder pada Daerah "
                         "Irigasi yang Luasnya 1000 Ha – 3000 Ha dan Daerah Irigasi Lintas Daerah "
                         "Kabupaten/Kota", [
            ("0003", "Pembangunan Bendung Irigasi", 14_620_000_000, 12_874_309_000, "92.50"),
            ("0010", "Rehabilitasi Jaringan Irigasi Permukaan", 31_486_500_000, 30_215_874_600, "100"),
            ("0016", "Operasi dan Pemeliharaan Jaringan Irigasi Permukaan", 6_842_000_000, 6_611_508_400, "100")]),
    ]),
    ("1.03.10", "PROGRAM PENYELENGGARAAN JALAN", [
        ("1.03.10.1.01", "Penyelenggaraan Jalan Provinsi", [
            ("0001", "Penyusunan Rencana, Kebijakan, Strategi dan Teknis Pengembangan Jaringan Jalan serta "
                     "Perencanaan Teknis Penyelenggaraan Jalan dan Jembatan", 4_215_000_000, 3_987_452_000, "100"),
            ("0012", "Pembangunan Jalan", 96_450_000_000, 88_716_413_500, "91.20"),
            ("0015", "Rekonstruksi Jalan", 58_920_000_000, 57_106_284_900, "100"),
            ("0018", "Pemeliharaan Berkala Jalan", 72_380_000_000, 70_544_918_200, "100"),
            ("0023", "Pemeliharaan Rutin Jalan", 21_640_000_000, 21_002_377_450, "100"),
            ("0027", "Rehabilitasi Jembatan", 18_760_000_000, 16_982_540_000, "94.35")]),
    ]),
    ("1.03.11", "PROGRAM PENGEMBANGAN JASA KONSTRUKSI", [
        ("1.03.11.1.01", "Penyelenggaraan Pelatihan Tenaga Ahli Konstruksi", [
            ("0001", "Pelatihan Tenaga Terampil Konstruksi", 684_000_000, 651_227_000, "100")]),
        ("1.03.11.1.02", "Penyelenggaraan Sistem Informasi Jasa Konstruksi Cakupan Daerah Provinsi", [
            ("0001", "Pengembangan Sistem Informasi Jasa Konstruksi", 327_500_000, 298_640_000, "100")]),
    ]),
    ("1.03.12", "PROGRAM PENYELENGGARAAN PENATAAN RUANG", [
        ("1.03.12.1.01", "Penetapan Rencana Tata Ruang Wilayah (RTRW) dan Rencana Rinci Tata Ruang (RRTR) "
                         "Provinsi", [
            ("0002", "Peninjauan Kembali Rencana Tata Ruang Wilayah Provinsi", 1_150_000_000, 1_072_540_000, "100")]),
        ("1.03.12.1.03", "Pengendalian Pemanfaatan Ruang Provinsi", [
            ("0001", "Penilaian Kesesuaian Kegiatan Pemanfaatan Ruang", 865_000_000, 823_915_500, "100")]),
    ]),
]


def agg(items):
    """pagu, realisasi, weighted fisik of a list of (pagu, realisasi, fisik)"""
    p = sum(i[0] for i in items)
    r = sum(i[1] for i in items)
    f = q(sum(D(i[0]) * D(i[2]) for i in items) / D(p), 2)
    return p, r, f


PROG = {}   # program code -> (pagu, realisasi, fisik)
KEG = {}
for pcode, pname, kegs in BUDGET:
    prog_items = []
    for kcode, kname, subs in kegs:
        k = agg([(s[2], s[3], D(s[4])) for s in subs])
        KEG[kcode] = k
        prog_items += [(s[2], s[3], D(s[4])) for s in subs]
    PROG[pcode] = agg(prog_items)
TOTAL = agg([(PROG[c][0], PROG[c][1], PROG[c][2]) for c in PROG])
# TOTAL fisik weighted by program pagu (same as weighting all subs up to rounding)
TOT_P, TOT_R = TOTAL[0], TOTAL[1]

# roads
RT = [D(0)] * 5
for _n, *v in ROADS:
    v = [D(x) for x in v]
    RT = [a + b for a, b in zip(RT, v + [sum(v)])]
MANTAP = pct(RT[0] + RT[1], RT[4])
RUSAK_BERAT = pct(RT[3], RT[4])
# irrigation
IRIG_LEN = sum(D(r[3]) for r in IRIG)
IRIG_BAIK = sum(D(r[4]) for r in IRIG)
IRIG_PCT = pct(IRIG_BAIK, IRIG_LEN)
# ruas
RUAS_T = sum(D(r[2]) for r in RUAS)
RUAS_R = sum(D(r[3]) for r in RUAS)
# IKM
IKM22 = q(sum(D(r[1]) for r in IKM) / len(IKM))
IKM23 = q(sum(D(r[2]) for r in IKM) / len(IKM))

# indicators ---------------------------------------------------------------------------------
# key: (sasaran no, name, satuan, lower_is_better, awal 2021, targets 2022..2026, real 2022, real 2023)
SASARAN = {
    1: "Meningkatnya kemantapan jalan dan jembatan provinsi",
    2: "Meningkatnya kinerja jaringan irigasi kewenangan provinsi",
    3: "Meningkatnya kualitas penataan ruang dan penyelenggaraan jasa konstruksi",
    4: "Meningkatnya kualitas pelayanan dan akuntabilitas kinerja perangkat daerah",
}
TUJUAN = {
    1: ("Tujuan 1: Meningkatnya konektivitas dan kualitas infrastruktur wilayah yang mendukung "
        "pertumbuhan ekonomi daerah", [1, 2, 3]),
    2: ("Tujuan 2: Meningkatnya tata kelola perangkat daerah yang akuntabel dan berorientasi "
        "pelayanan", [4]),
}


class Ind:
    def __init__(self, no, sas, name, sat, lower, awal, targets, r22, r23, kind="num", d=2):
        self.no, self.sas, self.name, self.sat, self.lower = no, sas, name, sat, lower
        self.awal, self.targets, self.r22, self.r23, self.kind, self.d = awal, targets, r22, r23, kind, d

    def fmt(self, v):
        if isinstance(v, str):
            return v
        return num(v, self.d)

    def t(self, year):
        return self.targets[year - 2022]

    def capaian(self) -> D:
        t = self.t(2023)
        r = self.r23
        if self.kind == "predikat":
            return D("100.00") if r == t else q(0)
        if self.kind == "range":
            lo = D(t.split("–")[0].replace(",", "."))
            return pct(r, lo)
        if self.lower:
            return q((2 - D(r) / D(t)) * 100)
        return pct(r, t)


INDS = [
    Ind(1, 1, "Persentase jalan provinsi dalam kondisi mantap", "%", False, D("75.80"),
        [D("77.00"), D("78.50"), D("80.00"), D("81.50"), D("83.00")], D("77.35"), MANTAP),
    Ind(2, 1, "Persentase jalan provinsi dalam kondisi rusak berat", "%", True, D("8.10"),
        [D("7.50"), D("6.50"), D("5.75"), D("5.00"), D("4.25")], D("7.02"), RUSAK_BERAT),
    Ind(3, 1, "Panjang jalan provinsi yang dibangun/ditingkatkan", "km", False, D("31.20"),
        [D("35.00"), D("42.50"), D("45.00"), D("45.00"), D("47.50")], D("36.85"), RUAS_R),
    Ind(4, 2, "Persentase jaringan irigasi kewenangan provinsi dalam kondisi baik", "%", False, D("66.40"),
        [D("69.00"), D("72.00"), D("74.50"), D("77.00"), D("80.00")], D("68.90"), IRIG_PCT),
    Ind(5, 2, "Luas layanan daerah irigasi yang direhabilitasi", "ha", False, D(2410),
        [D(2600), D(2850), D(3000), D(3100), D(3250)], D(2635), D(2964), d=0),
    Ind(6, 3, "Persentase kesesuaian pemanfaatan ruang terhadap RTRW Provinsi", "%", False,
        "n/a", ["70–75", "75–80", "78–83", "80–85", "82–87"], D("74.10"), D("77.40"), kind="range"),
    Ind(7, 4, "Indeks Kepuasan Masyarakat terhadap layanan Dinas PUPR", "indeks", False, D("78.62"),
        [D("78.00"), D("80.00"), D("81.00"), D("82.00"), D("83.00")], IKM22, IKM23),
    Ind(8, 4, "Nilai SAKIP Dinas PUPR", "predikat", False, "B",
        ["BB", "BB", "BB", "A", "A"], "BB", "BB", kind="predikat"),
]
I = {i.no: i for i in INDS}
CAP = {i.no: i.capaian() for i in INDS}
STATUS = {n: ("Tercapai" if c >= 100 else "Belum Tercapai") for n, c in CAP.items()}
N_OK = sum(1 for s in STATUS.values() if s == "Tercapai")
N_NOT = len(STATUS) - N_OK
SAS_PROG = {1: ["1.03.10"], 2: ["1.03.02"], 3: ["1.03.12", "1.03.11"], 4: ["1.03.01"]}


# ----------------------------------------------------------------------------------- docx helpers
def set_cell_bg(cell, hex_color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_color)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def write_cell(cell, text, bold=False, align=None, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(str(text))
    run.bold = bold
    run.font.size = Pt(size)
    if align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def is_numberish(s: str) -> bool:
    s = str(s).strip()
    return bool(s) and (s[0].isdigit() or s.startswith("Rp") or s in ("-", "n/a"))


def table(doc, header_rows, rows, widths=None, bold_rows=(), num_align=True, size=9):
    """header_rows: list of lists; rows: list of lists. Returns the docx table."""
    ncols = max(len(r) for r in header_rows + rows)
    t = doc.add_table(rows=0, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for hr in header_rows:
        cells = t.add_row().cells
        for j, v in enumerate(hr):
            write_cell(cells[j], v, bold=True, align="c", size=size)
            set_cell_bg(cells[j], "D9E2F3")
        set_repeat_header(t.rows[-1])
    for i, r in enumerate(rows):
        cells = t.add_row().cells
        for j, v in enumerate(r):
            align = "r" if (num_align and j > 0 and is_numberish(v)) else None
            write_cell(cells[j], v, bold=(i in bold_rows), align=align, size=size)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_across(t, row_idx, c0=0, c1=None, text=None, bold=True, bg="F2F2F2"):
    row = t.rows[row_idx]
    c1 = len(row.cells) - 1 if c1 is None else c1
    m = row.cells[c0].merge(row.cells[c1])
    if text is not None:
        write_cell(m, text, bold=bold)
    if bg:
        set_cell_bg(m, bg)
    return m


def merge_down(t, col, r0, r1, text=None, bold=False):
    m = t.cell(r0, col).merge(t.cell(r1, col))
    if text is not None:
        write_cell(m, text, bold=bold)
    return m


def add_page_number_footer(section, title):
    hp = section.header.paragraphs[0]
    hp.text = title
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
        r.italic = True
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = fp.add_run("Halaman ")
    run.font.size = Pt(9)
    r = fp.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = "PAGE"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    r._r.append(b); r._r.append(it); r._r.append(e)


def para(doc, text, bold=False, align=None, italic=False, size=11):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    run.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def caption(doc, text):
    p = para(doc, text, bold=True, align="c", size=10)
    return p


def src(doc, text):
    para(doc, text, italic=True, size=9)


# ----------------------------------------------------------------------------------- report
def build(planted: bool) -> Document:
    global PLANTED
    PLANTED = planted
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    add_page_number_footer(sec, "LKjIP Dinas PUPR Provinsi Bentara Raya Tahun 2023")

    P = lambda t, **k: para(doc, t, align="j", **k)  # noqa: E731

    # ------------------------------------------------------------------ cover
    for line in ["LAPORAN KINERJA INSTANSI PEMERINTAH", "(LKjIP)", "TAHUN 2023", "",
                 "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "PROVINSI BENTARA RAYA", "",
                 "Jalan Bundo Kanduang Nomor 17, Kota Lareh Baru", "Februari 2024"]:
        para(doc, line, bold=True, align="c", size=14)
    doc.add_page_break()

    # ------------------------------------------------------------------ kata pengantar
    doc.add_heading("KATA PENGANTAR", level=1)
    P("Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas rahmat dan karunia-Nya sehingga "
      "Laporan Kinerja Instansi Pemerintah (LKjIP) Dinas Pekerjaan Umum dan Penataan Ruang Provinsi "
      "Bentara Raya dapat diselesaikan tepat waktu.")
    P(f"LKjIP Tahun {pl('pupr-stale-year', '2023', '2022')} ini disusun sebagai wujud pertanggungjawaban "
      "atas pelaksanaan tugas pokok dan fungsi serta penggunaan anggaran dalam mencapai sasaran strategis "
      "yang telah ditetapkan dalam Perjanjian Kinerja, sesuai Peraturan Presiden Nomor 29 Tahun 2014 "
      "tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah dan Peraturan Menteri PANRB Nomor 53 "
      "Tahun 2014.")
    P("Kami menyadari bahwa masih terdapat sasaran yang belum tercapai sepenuhnya, terutama pada "
      "pembangunan ruas jalan baru dan kondisi jaringan irigasi. Kendala dan langkah perbaikan telah "
      "kami uraikan dalam laporan ini sebagai bahan evaluasi pada tahun 2024.")
    P("Semoga laporan ini bermanfaat bagi para pemangku kepentingan dan menjadi pendorong peningkatan "
      "kinerja Dinas PUPR Provinsi Bentara Raya.")
    for line in ["Lareh Baru, 20 Februari 2024", "Kepala Dinas Pekerjaan Umum dan Penataan Ruang",
                 "Provinsi Bentara Raya,", "", "", HEAD, "Pembina Utama Muda (IV/c)", f"NIP. {NIP}"]:
        para(doc, line, align=None)
    doc.add_page_break()

    # ------------------------------------------------------------------ ikhtisar
    doc.add_heading("IKHTISAR EKSEKUTIF", level=1)
    P(f"Pada tahun 2023 Dinas PUPR Provinsi Bentara Raya menetapkan {len(INDS)} indikator kinerja "
      f"dalam Perjanjian Kinerja untuk {len(SASARAN)} sasaran strategis. Hasil pengukuran menunjukkan "
      f"{N_OK} indikator tercapai dan {N_NOT} indikator belum tercapai.")
    P(f"Persentase jalan provinsi dalam kondisi mantap mencapai {num(MANTAP, 2)}% dari target "
      f"{num(I[1].t(2023), 2)}% (capaian {num(CAP[1], 2)}%), sedangkan jalan dalam kondisi rusak berat "
      f"turun menjadi {num(RUSAK_BERAT, 2)}%. Panjang jalan yang dibangun/ditingkatkan sepanjang "
      f"{num(RUAS_R, 2)} km dari target {num(RUAS_T, 2)} km, karena dua paket pekerjaan tidak selesai "
      "sampai akhir tahun anggaran.")
    P(f"Jaringan irigasi kewenangan provinsi dalam kondisi baik sebesar {num(IRIG_PCT, 2)}%, sedikit di "
      f"bawah target {num(I[4].t(2023), 2)}%. Indeks Kepuasan Masyarakat naik dari {num(IKM22, 2)} pada "
      f"tahun 2022 menjadi {num(IKM23, 2)}.")
    P(f"Total pagu anggaran Dinas PUPR tahun 2023 sebesar Rp {num(TOT_P)} dengan realisasi "
      f"Rp {num(TOT_R)} atau {pl('pupr-ikhtisar-serapan', num(pct(TOT_R, TOT_P), 2), '95,50', '95,05')}%, "
      f"sehingga terdapat sisa anggaran sebesar Rp {num(TOT_P - TOT_R)}.")

    # ------------------------------------------------------------------ bab I
    doc.add_heading("BAB I PENDAHULUAN", level=1)
    doc.add_heading("1.1 Latar Belakang", level=2)
    P("Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Provinsi Bentara Raya merupakan unsur pelaksana "
      "urusan pemerintahan bidang pekerjaan umum dan penataan ruang yang menjadi kewenangan provinsi. "
      "Laporan kinerja ini menyajikan capaian kinerja tahun 2023 sebagai tahun ketiga pelaksanaan "
      "Rencana Strategis (Renstra) Dinas PUPR Tahun 2021–2026.")
    doc.add_heading("1.2 Tugas dan Fungsi", level=2)
    P("Berdasarkan Peraturan Gubernur Bentara Raya Nomor 58 Tahun 2021 tentang Kedudukan, Susunan "
      "Organisasi, Tugas dan Fungsi serta Tata Kerja Dinas Daerah, Dinas PUPR mempunyai tugas membantu "
      "Gubernur melaksanakan urusan pemerintahan bidang pekerjaan umum dan penataan ruang. Untuk "
      "melaksanakan tugas tersebut Dinas PUPR menyelenggarakan fungsi perumusan kebijakan teknis, "
      "pelaksanaan kebijakan, evaluasi dan pelaporan, serta administrasi dinas di bidang bina marga, "
      "sumber daya air, penataan ruang dan jasa konstruksi.")
    doc.add_heading("1.3 Struktur Organisasi", level=2)
    P("Susunan organisasi Dinas PUPR terdiri atas Kepala Dinas, Sekretariat, Bidang Bina Marga, Bidang "
      "Sumber Daya Air, Bidang Penataan Ruang, Bidang Jasa Konstruksi, kelompok jabatan fungsional, "
      "serta dua Unit Pelaksana Teknis Daerah (UPTD) Pengelolaan Jalan Wilayah I dan Wilayah II.")

    # table 1: profil ringkas with nested table
    caption(doc, "Tabel 1.1 Profil Ringkas Infrastruktur Kewenangan Provinsi Tahun 2023")
    t1 = table(doc, [["Uraian", "Data"]], [
        ["Panjang jalan provinsi", f"{num(RT[4], 2)} km"],
        ["Jumlah ruas jalan provinsi", "86 ruas"],
        ["Jumlah jembatan pada jalan provinsi", "412 unit"],
        ["Daerah irigasi kewenangan provinsi", f"{len(IRIG)} DI, luas baku {num(sum(r[2] for r in IRIG))} ha"],
        ["Perkembangan kondisi jalan provinsi", ""],
    ], widths=[6, 10])
    inner_cell = t1.rows[5].cells[1]
    inner_cell.text = ""
    nt = inner_cell.add_table(rows=1, cols=3)
    nt.style = "Table Grid"
    for j, h in enumerate(["Tahun", "Mantap (%)", "Rusak Berat (%)"]):
        write_cell(nt.rows[0].cells[j], h, bold=True, align="c", size=8)
    for y, m, rb in [(2021, I[1].awal, I[2].awal), (2022, I[1].r22, I[2].r22), (2023, MANTAP, RUSAK_BERAT)]:
        c = nt.add_row().cells
        write_cell(c[0], str(y), size=8)
        write_cell(c[1], num(m, 2), align="r", size=8)
        write_cell(c[2], num(rb, 2), align="r", size=8)
    src(doc, "Sumber: Bidang Bina Marga dan Bidang SDA, 2023")

    doc.add_heading("1.4 Sumber Daya Manusia", level=2)
    tl = sum(r[1] for r in PENDIDIKAN)
    tp = sum(r[2] for r in PENDIDIKAN)
    assert tl == sum(r[1] for r in GOLONGAN) and tp == sum(r[2] for r in GOLONGAN)
    assert tl + tp == sum(sum(u[1:]) for u in UNIT)
    P(f"Per 31 Desember 2023 Dinas PUPR didukung oleh {tl + tp} orang Pegawai Negeri Sipil, terdiri atas "
      f"{tl} laki-laki dan {tp} perempuan. Selain itu terdapat 74 orang tenaga pendukung non-ASN yang "
      "sebagian besar bertugas sebagai pengamat jalan dan petugas operasi pintu air. Komposisi pegawai "
      "menurut tingkat pendidikan, golongan dan unit kerja disajikan pada tabel berikut.")

    # table 2: pendidikan, two-row header Jumlah Pegawai over L | P | L+P
    caption(doc, "Tabel 1.2 Jumlah Pegawai Menurut Tingkat Pendidikan")
    rows = []
    for k, (n, l, p) in enumerate(PENDIDIKAN, 1):
        lp = str(l + p)
        if n == "S1/D4":
            lp = pl("pupr-pendidikan-rowsum", lp, "184", "148")
        rows.append([str(k), n, str(l), str(p), lp])
    rows.append(["", "Jumlah", str(tl), str(tp), str(tl + tp)])
    t2 = table(doc, [["No", "Tingkat Pendidikan", "Jumlah Pegawai", "", ""], ["", "", "L", "P", "L+P"]],
               rows, widths=[1.2, 5, 2.5, 2.5, 2.5], bold_rows=(len(rows) - 1,))
    merge_down(t2, 0, 0, 1, "No", bold=True)
    merge_down(t2, 1, 0, 1, "Tingkat Pendidikan", bold=True)
    merge_across(t2, 0, 2, 4, "Jumlah Pegawai", bg="D9E2F3")
    P(f"Pegawai berpendidikan S1/D4 merupakan kelompok terbesar, yaitu {PENDIDIKAN[2][1] + PENDIDIKAN[2][2]} "
      f"orang, diikuti lulusan SMA/SMK sebanyak {PENDIDIKAN[4][1] + PENDIDIKAN[4][2]} orang. Pegawai "
      f"berpendidikan pascasarjana (S2 dan S3) berjumlah {PENDIDIKAN[0][1] + PENDIDIKAN[1][1] + PENDIDIKAN[1][2]} orang.")

    # table 3: golongan
    caption(doc, "Tabel 1.3 Jumlah Pegawai Menurut Golongan")
    rows = [[g, str(l), str(p), str(l + p)] for g, l, p in GOLONGAN]
    rows.append(["Total", str(tl), str(tp), str(tl + tp)])
    table(doc, [["Golongan", "Laki-laki", "Perempuan", "Total"]], rows, widths=[5, 3, 3, 3],
          bold_rows=(len(rows) - 1,))

    # table 4: unit kerja with No column
    caption(doc, "Tabel 1.4 Sebaran Pegawai Menurut Unit Kerja dan Jenis Jabatan")
    rows = []
    nos = [str(k) for k in range(1, len(UNIT) + 1)]
    nos[4] = pl("pupr-unit-numbering", nos[4], "4", "5")
    for no, (n, a, b, c) in zip(nos, UNIT):
        rows.append([no, n, str(a), str(b), str(c), str(a + b + c)])
    sa, sb, sc = (sum(u[k] for u in UNIT) for k in (1, 2, 3))
    rows.append(["", "Jumlah", str(sa), str(sb), str(sc), str(sa + sb + sc)])
    table(doc, [["No", "Unit Kerja", "Struktural", "Fungsional", "Pelaksana", "Jumlah"],
                ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)=(3)+(4)+(5)"]],
          rows, widths=[1.2, 6, 2.2, 2.2, 2.2, 2.4], bold_rows=(len(rows) - 1,))

    doc.add_heading("1.5 Kondisi Infrastruktur Jalan dan Irigasi", level=2)
    P(f"Panjang jaringan jalan provinsi berdasarkan Keputusan Gubernur tentang Penetapan Ruas Jalan "
      f"Provinsi adalah {num(RT[4], 2)} km yang tersebar di tujuh kabupaten/kota. Hasil survei kondisi "
      f"jalan (Road Condition Survey) akhir tahun 2023 menunjukkan {num(RT[0], 2)} km dalam kondisi baik "
      f"dan {num(RT[1], 2)} km dalam kondisi sedang, sehingga panjang jalan mantap adalah "
      f"{num(RT[0] + RT[1], 2)} km.")

    # table 5: road condition, two-row header
    caption(doc, "Tabel 1.5 Kondisi Jalan Provinsi per Kabupaten/Kota Tahun 2023 (km)")
    rows = []
    rb_share = {}
    for n, *v in ROADS:
        v = [D(x) for x in v]
        j = sum(v)
        rb_share[n] = pct(v[3], j)
        rows.append([n] + [num(x, 2) for x in v] + [num(j, 2), num(pct(v[0] + v[1], j), 2)])
    tot = [num(x, 2) for x in RT]
    tot[0] = pl("pupr-jalan-coltotal", tot[0], "698,55", "689,55")
    rows.append(["Jumlah"] + tot + [num(MANTAP, 2)])
    t5 = table(doc, [["Kabupaten/Kota", "Kondisi", "", "", "", "Jumlah", "Mantap (%)"],
                     ["", "Baik", "Sedang", "Rusak Ringan", "Rusak Berat", "", ""]],
               rows, widths=[4.2, 2, 2, 2, 2, 2.2, 1.8], bold_rows=(len(rows) - 1,))
    merge_down(t5, 0, 0, 1, "Kabupaten/Kota", bold=True)
    merge_across(t5, 0, 1, 4, "Kondisi", bg="D9E2F3")
    merge_down(t5, 5, 0, 1, "Jumlah", bold=True)
    merge_down(t5, 6, 0, 1, "Mantap (%)", bold=True)
    src(doc, "Sumber: Hasil Road Condition Survey UPTD PJ Wilayah I dan II, Desember 2023")
    worst = max(rb_share, key=rb_share.get)
    assert worst == "Kabupaten Tanah Rekso"
    P(f"Proporsi jalan rusak berat tertinggi terdapat di "
      f"{pl('pupr-rusakberat-tertinggi', worst, 'Kabupaten Batang Sikai', 'Kabupaten Tanah Rekso')} "
      f"({num(rb_share[worst], 2)}%), sedangkan kondisi terbaik terdapat di Kota Lareh Baru dengan "
      f"tingkat kemantapan {num(pct(D('58.45') + D('14.20'), D('81.55')), 2)}%. Secara keseluruhan "
      f"panjang jalan rusak berat adalah {num(RT[3], 2)} km atau {num(RUSAK_BERAT, 2)}% dari total "
      "panjang jalan provinsi.")

    # table 6: irrigation
    caption(doc, "Tabel 1.6 Kondisi Jaringan Irigasi Kewenangan Provinsi Tahun 2023")
    rows = []
    for k, (n, kab, luas, pj, baik) in enumerate(IRIG, 1):
        rows.append([str(k), n, kab, num(luas), num(D(pj), 2), num(D(baik), 2), num(pct(D(baik), D(pj)), 2)])
    rows.append(["", "Total", "", num(sum(r[2] for r in IRIG)), num(IRIG_LEN, 2), num(IRIG_BAIK, 2),
                 num(IRIG_PCT, 2)])
    table(doc, [["No", "Daerah Irigasi", "Kabupaten", "Luas Baku (ha)", "Panjang Saluran (km)",
                 "Saluran Kondisi Baik (km)", "% Kondisi Baik"]],
          rows, widths=[1, 3.6, 3.4, 2, 2.2, 2.4, 1.8], bold_rows=(len(rows) - 1,))
    P(f"Dari {num(IRIG_LEN, 2)} km saluran primer dan sekunder pada {len(IRIG)} daerah irigasi kewenangan "
      f"provinsi, sepanjang {num(IRIG_BAIK, 2)} km berada dalam kondisi baik ({num(IRIG_PCT, 2)}%). "
      "Kerusakan terbanyak disebabkan sedimentasi dan longsoran tebing saluran setelah banjir bulan "
      "April 2023.")

    doc.add_heading("1.6 Isu Strategis", level=2)
    P("Isu strategis yang dihadapi antara lain: (1) masih adanya ruas jalan provinsi dengan kondisi "
      "rusak berat pada koridor sentra produksi; (2) keterbatasan anggaran pemeliharaan dibanding "
      "panjang jaringan; (3) menurunnya kinerja jaringan irigasi akibat sedimentasi; dan (4) belum "
      "optimalnya pengendalian pemanfaatan ruang di kawasan perkotaan.")
    doc.add_heading("1.7 Sistematika Penyajian", level=2)
    P("Laporan ini disusun dengan sistematika: Bab I Pendahuluan; Bab II Perencanaan Kinerja; Bab III "
      "Akuntabilitas Kinerja; Bab IV Penutup; serta Lampiran Perjanjian Kinerja Tahun 2023.")

    # ------------------------------------------------------------------ bab II
    doc.add_heading("BAB II PERENCANAAN KINERJA", level=1)
    doc.add_heading("2.1 Rencana Strategis 2021–2026", level=2)
    P("Renstra Dinas PUPR Tahun 2021–2026 ditetapkan dengan Peraturan Gubernur Nomor 12 Tahun 2022 "
      "(perubahan) dan memuat dua tujuan, empat sasaran strategis dan delapan indikator kinerja "
      "sebagaimana tabel berikut.")
    caption(doc, "Tabel 2.1 Tujuan, Sasaran, Indikator dan Target Kinerja Renstra 2021–2026")
    rows = []
    layout = []  # (row index in rows, kind, payload)
    for tno, (tname, sas_list) in TUJUAN.items():
        layout.append(("tujuan", len(rows), tname))
        rows.append([tname] + [""] * 8)
        for s in sas_list:
            inds = [i for i in INDS if i.sas == s]
            layout.append(("sasaran", len(rows), len(rows) + len(inds) - 1, f"Sasaran {s}: {SASARAN[s]}"))
            for i in inds:
                rows.append([f"Sasaran {s}: {SASARAN[s]}", i.name, i.sat, i.fmt(i.awal)]
                            + [i.fmt(x) for x in i.targets])
    t7 = table(doc, [["Sasaran Strategis", "Indikator Kinerja", "Satuan", "Kondisi Awal (2021)",
                      "Target", "", "", "", ""],
                     ["", "", "", "", "2022", "2023", "2024", "2025", "2026"]],
               rows, widths=[3.4, 4.2, 1.4, 1.6, 1.3, 1.3, 1.3, 1.3, 1.3], size=8)
    for col, h in enumerate(["Sasaran Strategis", "Indikator Kinerja", "Satuan", "Kondisi Awal (2021)"]):
        merge_down(t7, col, 0, 1, h, bold=True)
    merge_across(t7, 0, 4, 8, "Target", bg="D9E2F3")
    for item in layout:
        if item[0] == "tujuan":
            merge_across(t7, 2 + item[1], 0, 8, item[2])
        else:
            merge_down(t7, 0, 2 + item[1], 2 + item[2], item[3])
    P("Target indikator kesesuaian pemanfaatan ruang ditetapkan dalam bentuk rentang. Untuk indikator "
      "tersebut, capaian dihitung terhadap batas bawah rentang target. Indikator persentase jalan "
      "rusak berat merupakan indikator dengan arah negatif (semakin kecil semakin baik).")

    doc.add_heading("2.2 Perjanjian Kinerja Tahun 2023", level=2)
    P(f"Perjanjian Kinerja (PK) Tahun 2023 ditandatangani Kepala Dinas PUPR dan Gubernur Bentara Raya "
      f"pada 31 Januari 2023, memuat {len(INDS)} indikator kinerja dengan target sebagai berikut.")
    caption(doc, "Tabel 2.2 Perjanjian Kinerja Dinas PUPR Provinsi Bentara Raya Tahun 2023")
    rows = []
    spans = []
    for s in SASARAN:
        inds = [i for i in INDS if i.sas == s]
        spans.append((len(rows), len(rows) + len(inds) - 1, f"{SASARAN[s]}"))
        for i in inds:
            name, sat, tgt = i.name, i.sat, i.fmt(i.t(2023))
            if i.no == 4:
                tgt = pl("pupr-pk-target-irigasi", tgt, "72,50", "72,00")
            if i.no == 5:
                name = pl("pupr-pk-coverage", name, "Persentase jembatan provinsi dalam kondisi baik",
                          "Luas layanan daerah irigasi yang direhabilitasi")
                sat = pl("pupr-pk-coverage-sat", sat, "%", "ha")
                tgt = pl("pupr-pk-coverage-tgt", tgt, "85,00", "2.850")
            rows.append([str(i.no), SASARAN[s], name, sat, tgt])
    t8 = table(doc, [["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target 2023"]],
               rows, widths=[1, 4.5, 6.5, 1.8, 2.2])
    for r0, r1, txt in spans:
        if r1 > r0:
            merge_down(t8, 1, 1 + r0, 1 + r1, txt)
    P(f"Untuk mencapai sasaran tersebut, PK Tahun 2023 didukung anggaran sebesar Rp {num(TOT_P)} yang "
      "dialokasikan pada lima program sesuai klasifikasi Permendagri Nomor 90 Tahun 2019.")

    # ------------------------------------------------------------------ bab III
    doc.add_heading("BAB III AKUNTABILITAS KINERJA", level=1)
    doc.add_heading("3.1 Capaian Kinerja Organisasi", level=2)
    P("Pengukuran kinerja dilakukan dengan membandingkan realisasi terhadap target setiap indikator. "
      "Capaian dihitung dengan rumus realisasi dibagi target dikali 100%. Untuk indikator dengan arah "
      "negatif digunakan rumus (2 − realisasi/target) × 100%. Indikator dinyatakan Tercapai apabila "
      "capaian sama dengan atau lebih dari 100%.")
    caption(doc, "Tabel 3.1 Pengukuran Kinerja Tahun 2023")
    rows = []
    spans = []
    for s in SASARAN:
        inds = [i for i in INDS if i.sas == s]
        spans.append((len(rows), len(rows) + len(inds) - 1, SASARAN[s]))
        for i in inds:
            cap = num(CAP[i.no], 2)
            status = STATUS[i.no]
            if i.no == 3:
                cap = pl("pupr-km-capaian", cap, "91,81", "91,18")
            if i.no == 4:
                status = pl("pupr-irigasi-label", status, "Tercapai", "Belum Tercapai")
            rows.append([SASARAN[s], f"{i.no}. {i.name}", i.sat, i.fmt(i.r23), i.fmt(i.t(2023)), cap, status])
    t9 = table(doc, [["Sasaran Strategis", "Indikator Kinerja", "Satuan", "Realisasi", "Target",
                      "% Capaian", "Status"]],
               rows, widths=[3.6, 5.4, 1.5, 1.8, 1.8, 1.6, 2.2], size=8)
    for r0, r1, txt in spans:
        if r1 > r0:
            merge_down(t9, 0, 1 + r0, 1 + r1, txt)
    P(f"Dari {len(INDS)} indikator kinerja, {N_OK} indikator tercapai dan {N_NOT} indikator belum "
      f"tercapai, yaitu panjang jalan yang dibangun/ditingkatkan (capaian {num(CAP[3], 2)}%) dan "
      f"persentase jaringan irigasi dalam kondisi baik (capaian {num(CAP[4], 2)}%).")

    caption(doc, "Tabel 3.2 Perbandingan Realisasi Kinerja 2021–2023 dan Target Akhir Renstra")
    rows = []
    for i in INDS:
        if i.no == 8 and pl("pupr-comparison-sakip", "with", "without") == "without":
            continue
        r21 = i.fmt(i.awal) if i.no != 6 else "Belum dilakukan penilaian"
        r23 = i.fmt(i.r23)
        if i.no == 7:
            r23 = pl("pupr-ikm-realisasi", r23, "82,63", "82,36")
        rows.append([i.name, i.sat, r21, i.fmt(i.r22), r23, i.fmt(i.t(2023)), i.fmt(i.t(2026))])
    table(doc, [["Indikator Kinerja", "Satuan", "Realisasi", "", "", "Target 2023", "Target Akhir Renstra (2026)"],
                ["", "", "2021", "2022", "2023", "", ""]],
          rows, widths=[5.6, 1.5, 2.2, 1.8, 1.8, 1.8, 2.3], size=8)
    t10 = doc.tables[-1]
    for col, h in [(0, "Indikator Kinerja"), (1, "Satuan"), (5, "Target 2023"), (6, "Target Akhir Renstra (2026)")]:
        merge_down(t10, col, 0, 1, h, bold=True)
    merge_across(t10, 0, 2, 4, "Realisasi", bg="D9E2F3")

    doc.add_heading("3.2 Analisis Capaian per Sasaran", level=2)
    doc.add_heading("Sasaran 1: Meningkatnya kemantapan jalan dan jembatan provinsi", level=3)
    P(f"Persentase jalan provinsi dalam kondisi mantap tahun 2023 sebesar {num(MANTAP, 2)}%, meningkat "
      f"dari {num(I[1].r22, 2)}% pada tahun 2022 dan {num(I[1].awal, 2)}% pada tahun 2021. Capaian "
      f"terhadap target tahun 2023 sebesar {num(CAP[1], 2)}%, sedangkan terhadap target akhir Renstra "
      f"({num(I[1].t(2026), 2)}%) baru mencapai "
      f"{pl('pupr-progress-mantap', num(pct(MANTAP, I[1].t(2026)), 2), '97,02', '95,02')}%. Sebagai pembanding, "
      "rata-rata kemantapan jalan provinsi secara nasional tahun 2023 menurut data Kementerian PUPR "
      "sebesar 71,84%, sehingga kondisi jalan provinsi Bentara Raya berada di atas rata-rata nasional.")
    P(f"Persentase jalan rusak berat turun dari {num(I[2].r22, 2)}% menjadi {num(RUSAK_BERAT, 2)}%, "
      f"lebih baik dari target {num(I[2].t(2023), 2)}%, sehingga capaiannya {num(CAP[2], 2)}%. Penurunan "
      "ini terutama berasal dari paket rekonstruksi pada ruas Lubuk Jaring – Air Dingin dan pemeliharaan "
      "berkala pada koridor Lareh Baru – Pulau Ampalu.")
    P(f"Panjang jalan yang dibangun/ditingkatkan mencapai {num(RUAS_R, 2)} km dari target "
      f"{num(RUAS_T, 2)} km (capaian {num(CAP[3], 2)}%). Dua ruas belum selesai, yaitu Bukit Sangir – Koto "
      "Alai dan Tanah Rekso – Lubuk Jaring, karena keterlambatan pembebasan lahan dan cuaca ekstrem pada "
      "triwulan IV. Sisa pekerjaan dilanjutkan pada tahun 2024. Rincian per ruas disajikan pada tabel "
      "berikut, dengan progres fisik di samping capaian volume.")
    caption(doc, "Tabel 3.3 Realisasi Pembangunan/Peningkatan Jalan per Ruas Tahun 2023")
    rows = []
    for k, (n, kab, t, r, f) in enumerate(RUAS, 1):
        rows.append([str(k), n, kab, num(D(t), 2), num(D(r), 2), num(pct(D(r), D(t)), 2), num(D(f), 2)])
    rows.append(["", "Jumlah", "", num(RUAS_T, 2), num(RUAS_R, 2), num(pct(RUAS_R, RUAS_T), 2), ""])
    table(doc, [["No", "Ruas Jalan", "Kabupaten/Kota", "Target (km)", "Realisasi (km)",
                 "Capaian Volume (%)", "Progres Fisik (%)"]],
          rows, widths=[1, 4.8, 3.2, 1.8, 1.9, 1.9, 1.9], bold_rows=(len(rows) - 1,))
    P("Pelaksanaan pekerjaan jalan tahun 2023 juga didukung 130 kegiatan pengawasan lapangan dan 24 kali "
      "uji mutu perkerasan oleh Laboratorium UPTD. Tahap kegiatan survei, perencanaan teknis dan "
      "pengadaan telah selesai seluruhnya pada triwulan I.")

    doc.add_heading("Sasaran 2: Meningkatnya kinerja jaringan irigasi kewenangan provinsi", level=3)
    P(f"Persentase jaringan irigasi dalam kondisi baik tahun 2023 sebesar {num(IRIG_PCT, 2)}%, naik dari "
      f"{num(I[4].r22, 2)}% pada tahun 2022, namun belum mencapai target {num(I[4].t(2023), 2)}% "
      f"(capaian {num(CAP[4], 2)}%). Luas layanan daerah irigasi yang direhabilitasi mencapai "
      f"{num(I[5].r23)} ha dari target {num(I[5].t(2023))} ha (capaian {num(CAP[5], 2)}%).")
    P("Belum tercapainya target kondisi jaringan irigasi disebabkan kerusakan baru akibat banjir pada "
      "DI Koto Tuo dan DI Sungai Lasi Hilir yang belum tertangani dalam tahun anggaran yang sama. "
      "Penanganan darurat telah dilakukan melalui operasi dan pemeliharaan swakelola.")

    doc.add_heading("Sasaran 3: Meningkatnya kualitas penataan ruang dan penyelenggaraan jasa konstruksi", level=3)
    P(f"Persentase kesesuaian pemanfaatan ruang terhadap RTRW Provinsi tahun 2023 sebesar "
      f"{num(I[6].r23, 2)}%, berada dalam rentang target 75–80%. Dihitung terhadap batas bawah "
      f"rentang, capaiannya {num(CAP[6], 2)}%. Pada tahun 2021 indikator ini belum dilakukan "
      "penilaian karena instrumen penilaian baru ditetapkan tahun 2022.")

    doc.add_heading("Sasaran 4: Meningkatnya kualitas pelayanan dan akuntabilitas kinerja perangkat daerah", level=3)
    P(f"Survei Kepuasan Masyarakat dilaksanakan terhadap 420 responden pengguna layanan rekomendasi "
      f"teknis, pengaduan jalan rusak dan informasi tata ruang, terdiri atas 268 laki-laki dan 152 "
      f"perempuan. Nilai IKM tahun 2023 sebesar {num(IKM23, 2)} dengan mutu pelayanan {mutu(IKM23)}, "
      f"meningkat dari {num(IKM22, 2)} pada tahun 2022 (capaian {num(CAP[7], 2)}%).")
    caption(doc, "Tabel 3.4 Nilai Indeks Kepuasan Masyarakat per Unsur Pelayanan")
    rows = []
    for k, (u, a, b) in enumerate(IKM, 1):
        rows.append([str(k), u, num(D(a), 2), num(D(b), 2), mutu(D(b))])
    rows.append(["", "Rata-rata (IKM)", num(IKM22, 2), num(IKM23, 2), mutu(IKM23)])
    table(doc, [["No", "Unsur Pelayanan", "Nilai 2022", "Nilai 2023", "Mutu Pelayanan 2023"]],
          rows, widths=[1, 6.4, 2.2, 2.2, 3.4], bold_rows=(len(rows) - 1,))
    low = min(IKM, key=lambda r: D(r[2]))
    P(f"Unsur dengan nilai terendah adalah {low[0].lower()} ({num(D(low[2]), 2)}), sehingga pada tahun "
      "2024 akan dibangun kanal pengaduan terpadu berbasis aplikasi. Nilai SAKIP Dinas PUPR tahun 2023 "
      "memperoleh predikat BB sesuai target.")

    doc.add_heading("3.3 Realisasi Anggaran", level=2)
    P(f"Pagu anggaran Dinas PUPR tahun 2023 (APBD Perubahan) sebesar Rp {num(TOT_P)} dengan realisasi "
      f"keuangan Rp {num(TOT_R)} ({num(pct(TOT_R, TOT_P), 2)}%) dan progres fisik rata-rata tertimbang "
      f"{num(TOTAL[2], 2)}%. Realisasi per program, kegiatan dan sub kegiatan disajikan pada tabel berikut.")
    caption(doc, "Tabel 3.5 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun 2023")
    rows = []
    group_rows = []
    bold = []

    def brow(code, name, p, r, f):
        return [code, name, num(p), num(r), num(pct(r, p), 2), num(f, 2), num(p - r)]

    for pcode, pname, kegs in BUDGET:
        group_rows.append(len(rows))
        rows.append([f"{pcode} {pname}"] + [""] * 6)
        for kcode, kname, subs in kegs:
            kp, kr, kf = KEG[kcode]
            kr_row = brow(kcode, kname, kp, kr, kf)
            if kcode == "1.03.02.1.02":
                # row copied from the APBD murni: pagu, % and sisa agree with each other, not with the subs
                old_p = kp + 1_250_000_000
                kr_row[2] = pl("pupr-keg-hierarchy", kr_row[2], num(old_p), "52.948.500.000")
                kr_row[4] = pl("pupr-keg-hierarchy-pct", kr_row[4], num(pct(kr, old_p), 2))
                kr_row[6] = pl("pupr-keg-hierarchy-sisa", kr_row[6], num(old_p - kr))
            bold.append(len(rows))
            rows.append(kr_row)
            for sc, sn, sp, sr, sf in subs:
                code = f"{kcode}.{sc}"
                row = brow(code, sn, sp, sr, D(sf))
                if code == "1.03.10.1.01.0018":
                    row[0] = pl("pupr-subkeg-code", code, "1.03.11.1.01.0018", "1.03.10.1.01.0018")
                if code == "1.03.10.1.01.0015":
                    row[4] = pl("pupr-subkeg-pct", row[4], "96,29", "96,92")
                if code == "1.03.02.1.02.0010":
                    row[6] = pl("pupr-subkeg-sisa", row[6], "1.720.625.400", "1.270.625.400")
                rows.append(row)
        pp, pr, pf = PROG[pcode]
        bold.append(len(rows))
        rows.append(["", f"Sub Jumlah {pname.title().replace('(Sda)', '(SDA)')}", num(pp), num(pr),
                     num(pct(pr, pp), 2), num(pf, 2), num(pp - pr)])
    bold.append(len(rows))
    rows.append(["", "JUMLAH TOTAL", num(TOT_P), num(TOT_R), num(pct(TOT_R, TOT_P), 2), num(TOTAL[2], 2),
                 num(TOT_P - TOT_R)])
    t13 = table(doc, [["Kode", "Program / Kegiatan / Sub Kegiatan", "Pagu (Rp)", "Realisasi Keuangan (Rp)",
                       "% Keuangan", "Fisik (%)", "Sisa (Rp)"],
                      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]],
                rows, widths=[2.6, 5.4, 2.6, 2.6, 1.4, 1.2, 2.4], bold_rows=tuple(bold), size=7)
    for g in group_rows:
        merge_across(t13, 2 + g, 0, 6, rows[g][0])
    # the largest programme by pagu / lowest absorption, for the prose
    big = max(PROG, key=lambda c: PROG[c][0])
    low_abs = min(PROG, key=lambda c: PROG[c][1] / PROG[c][0])
    names = {c: n for c, n, _ in BUDGET}
    assert big == "1.03.10" and low_abs == "1.03.11"
    P(f"Program dengan pagu terbesar adalah Program Penyelenggaraan Jalan sebesar Rp {num(PROG[big][0])} "
      f"atau {num(pct(PROG[big][0], TOT_P), 2)}% dari total pagu, dengan realisasi "
      f"{num(pct(PROG[big][1], PROG[big][0]), 2)}%. Serapan terendah terdapat pada "
      f"{names[low_abs].title()} ({num(pct(PROG[low_abs][1], PROG[low_abs][0]), 2)}%) karena sebagian "
      "peserta pelatihan tenaga terampil konstruksi tidak memenuhi persyaratan.")
    sub = dict(((k + "." + s[0]), s) for _pc, _pn, kegs in BUDGET for k, _kn, subs in kegs for s in subs)
    pj = sub["1.03.10.1.01.0012"]
    P(f"Sub kegiatan Pembangunan Jalan dengan pagu Rp {num(pj[2])} baru terealisasi Rp {num(pj[3])} "
      f"dengan progres fisik {num(D(pj[4]), 2)}%, sehingga sisa anggaran sub kegiatan ini mencapai "
      f"Rp {num(pj[2] - pj[3])}. Sisa tersebut berasal dari dua paket yang diputus kontrak dan akan "
      "dianggarkan kembali pada tahun 2024.")

    caption(doc, "Tabel 3.6 Anggaran dan Capaian Kinerja per Sasaran Strategis")
    rows = []
    for s in SASARAN:
        p = sum(PROG[c][0] for c in SAS_PROG[s])
        r = sum(PROG[c][1] for c in SAS_PROG[s])
        caps = [CAP[i.no] for i in INDS if i.sas == s]
        avgcap = q(sum(caps) / len(caps))
        rows.append([f"Sasaran {s}: {SASARAN[s]}", f"Rp {num(p, 2)}", f"Rp {num(r, 2)}",
                     f"{num(pct(r, p), 2)}%", f"{num(avgcap, 2)}%"])
    rows.append(["Jumlah", f"Rp {num(TOT_P, 2)}", f"Rp {num(TOT_R, 2)}", f"{num(pct(TOT_R, TOT_P), 2)}%", "-"])
    table(doc, [["Sasaran Strategis", "Alokasi", "Serapan", "% Serapan", "Rata-rata Capaian Kinerja"]],
          rows, widths=[6, 3.4, 3.4, 1.8, 2.2], bold_rows=(len(rows) - 1,))
    P("Perbandingan antara serapan anggaran dan rata-rata capaian kinerja per sasaran menunjukkan bahwa "
      "pada keempat sasaran rata-rata capaian kinerja lebih tinggi daripada persentase serapan "
      "anggarannya, sehingga penggunaan anggaran dinilai efisien.")
    P("Keterlambatan ruas Bukit Sangir – Koto Alai dapat ditelusuri dari tahapan pelaksanaan paketnya "
      "sebagaimana tabel berikut: kontrak baru dapat ditandatangani setelah pembebasan lahan selesai "
      "pada bulan Mei, dan sampai 31 Desember 2023 progres fisik baru 88,20%.")
    caption(doc, "Tabel 3.7 Tahapan Pelaksanaan Paket Pembangunan Ruas Bukit Sangir – Koto Alai Tahun 2023")
    stages = [("Penyusunan desain dan rencana anggaran biaya", "16 Januari 2023"),
              ("Pengumuman tender melalui LPSE", "6 Februari 2023"),
              ("Penetapan pemenang tender", "13 Maret 2023"),
              ("Penyelesaian pembebasan lahan", "22 Mei 2023"),
              ("Penandatanganan kontrak", "5 Juni 2023"),
              ("Surat Perintah Mulai Kerja (SPMK)", "12 Juni 2023"),
              ("Batas akhir masa pelaksanaan kontrak", "20 Desember 2023")]
    rows = []
    for k, (st_, dt) in enumerate(stages, 1):
        if k == 5:
            dt = pl("pupr-schedule-kontrak", dt, "5 April 2023", "5 Juni 2023")
        rows.append([str(k), st_, dt])
    table(doc, [["No", "Tahapan", "Tanggal"]], rows, widths=[1, 10, 4])

    # ------------------------------------------------------------------ bab IV
    if pl("pupr-structure-penutup", "with", "without") == "with":
        penutup(doc, P)
    doc.add_page_break()

    # ------------------------------------------------------------------ lampiran
    lampiran(doc, P)
    return doc


def penutup(doc, P):
    doc.add_heading("BAB IV PENUTUP", level=1)
    P(f"Secara umum kinerja Dinas PUPR Provinsi Bentara Raya tahun 2023 tergolong baik dengan "
      f"{N_OK} dari {len(INDS)} indikator tercapai. Kemantapan jalan provinsi meningkat menjadi "
      f"{num(MANTAP, 2)}% dan IKM mencapai {num(IKM23, 2)}.")
    P("Langkah perbaikan tahun 2024 meliputi: percepatan pembebasan lahan sebelum lelang paket jalan, "
      "penyusunan prioritas rehabilitasi irigasi berbasis indeks kinerja sistem irigasi, serta "
      "penguatan kanal pengaduan masyarakat.")
    for line in ["Lareh Baru, 20 Februari 2024", "Kepala Dinas PUPR Provinsi Bentara Raya,", "", "", HEAD,
                 f"NIP. {NIP}"]:
        para(doc, line)


def lampiran(doc, P):
    doc.add_heading("LAMPIRAN PERJANJIAN KINERJA TAHUN 2023", level=1)
    P("Lampiran ini disalin dari aplikasi e-Kinerja Provinsi Bentara Raya; format angka mengikuti "
      "keluaran aplikasi.")
    caption(doc, "Lampiran 1. Program dan Anggaran Perjanjian Kinerja 2023")
    rows = []
    for i in INDS:
        rows.append([f"Sasaran {i.sas}", i.name, i.fmt(i.t(2023)) + ("" if i.sat in ("indeks", "predikat")
                                                                    else f" {i.sat}"), ""])
    for c, n, _ in BUDGET:
        rows.append(["Program", f"{c} {n.title().replace('(Sda)', '(SDA)')}", "", num_en(PROG[c][0])])
    rows.append(["", "TOTAL", "", num_en(TOT_P)])
    table(doc, [["Sasaran", "Indikator Kinerja / Program", "Target", "Anggaran (Rp)"]], rows,
          widths=[2.2, 8.6, 2.4, 3.4], bold_rows=(len(rows) - 1,))
    for line in ["", "Pihak Kedua,                                   Pihak Pertama,",
                 "Gubernur Bentara Raya                    Kepala Dinas PUPR", "", "",
                 "Drs. H. Mahyudin Syarif, M.Si.           " + HEAD,
                 "                                                   NIP. " + NIP]:
        para(doc, line)


def texts(doc):
    paras = [p.text for p in doc.paragraphs]
    tabs = []
    for t in doc.tables:
        tabs.append([[c.text for c in r.cells] for r in t.rows])
    return paras, tabs


NEW_ITEMS = """\
  # issue 12's reviu checks (written by tools/corpus/make_pupr_prov_2023.py)
  - id: pupr-structure-penutup
    family: structure
    anchor: "BAB IV PENUTUP"
    figure: ""
    correct: "BAB IV PENUTUP"
    what: >-
      the planted report has no Bab IV Penutup (heading, conclusions and the Kepala's signature are gone;
      the report runs from Tabel 3.6 straight into the Lampiran) although its own Sistematika Penyajian lists
      Bab IV Penutup
  - id: pupr-comparison-sakip
    family: comparison
    anchor: "Nilai SAKIP Dinas PUPR"
    figure: ""
    correct: "Nilai SAKIP Dinas PUPR | predikat | B | BB | BB | BB | A"
    what: >-
      PK indicator 8 (Nilai SAKIP Dinas PUPR) is left out of Tabel 3.2 (realisasi 2021-2023 and target akhir
      Renstra); Bab III gives it only against the 2023 target, with no comparison with earlier years or with
      the Renstra 2026 target (A)
  - id: pupr-progress-mantap
    family: renstra-progress
    anchor: "terhadap target akhir Renstra"
    figure: "97,02"
    correct: "95,02"
    what: >-
      the mantap-road realisasi MANTAP_% against the Renstra end target 83,00% is MANTAP_ / 83,00 x 100 = 95,02%
      of the way, but the prose says 97,02%
  - id: pupr-schedule-kontrak
    family: schedule
    anchor: "Penandatanganan kontrak"
    figure: "5 April 2023"
    correct: "5 Juni 2023"
    what: >-
      Tabel 3.7 dates the contract signing 5 April 2023, before the land acquisition it waited for
      (22 Mei 2023, stage 4) and out of order with the SPMK (12 Juni 2023); the prose says the contract was signed
      after the land was cleared in May
"""


def write_truth_items():
    path = OUT / f"{NAME}.truth.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.split("  # issue 12's reviu checks")[0].rstrip("\n") + "\n"
    path.write_text(text + NEW_ITEMS.replace("MANTAP_", num(MANTAP, 2)), encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    write_truth_items()
    c = build(False)
    c.save(OUT / f"{NAME}.consistent.docx")
    p = build(True)
    p.save(OUT / f"{NAME}.planted.docx")
    if "--diff" in sys.argv:
        cp, ct = texts(c)
        pp, ptab = texts(p)
        import difflib
        assert len(ct) == len(ptab)
        for ln in difflib.unified_diff(cp, pp, "consistent", "planted", n=0, lineterm=""):
            print("PARA", ln[:200])
        for ti, (a, b) in enumerate(zip(ct, ptab), 1):
            if len(a) != len(b):
                print(f"TABLE {ti}: {len(a)} rows consistent, {len(b)} planted")
            for ri, (ra, rb) in enumerate(zip(a, b), 1):
                if ra != rb:
                    diffs = [(ci, x, y) for ci, (x, y) in enumerate(zip(ra, rb), 1) if x != y]
                    print(f"TABLE {ti} ROW {ri} first={ra[0][:50]!r} diffs={diffs}")
        print("tables:", len(ct))


if __name__ == "__main__":
    main()
