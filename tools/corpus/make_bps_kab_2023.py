"""Build the corpus report bps-kab-2023 (Laporan Kinerja 2023, BPS Kabupaten Batu Ranggi).

An invented statistics office (vertical unit of BPS). PDF with unruled tables (no grid lines,
columns separated only by white space, one thin line under each header). One content definition
writes both versions:

    python tools/corpus/make_bps_kab_2023.py            # writes consistent + planted PDFs

Every figure is computed here; `pl(consistent, planted)` marks the planted discrepancies listed in
fixtures/corpus/bps-kab-2023.truth.yaml.
"""
from __future__ import annotations

import sys
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle, KeepTogether)

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "fixtures" / "corpus"
NAME = "bps-kab-2023"

PLANTED = False
PLANTS: list[tuple[str, str]] = []


def pl(consistent: str, planted: str) -> str:
    """The consistent value, or the planted one when building the planted version."""
    assert consistent != planted
    PLANTS.append((consistent, planted))
    return planted if PLANTED else consistent


# ---------------------------------------------------------------- number formatting
def q2(x) -> Decimal:
    return Decimal(str(x)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def pct(num, den) -> str:
    return f2(q2(Decimal(num) / Decimal(den) * 100))


def f2(d) -> str:
    s = f"{q2(d):,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def rp(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def miliar(n: int) -> str:
    return f2(Decimal(n) / Decimal(10**9))


def juta(n: int) -> str:
    return f2(Decimal(n) / Decimal(10**6))


# ---------------------------------------------------------------- data
KECAMATAN = ["Ranggi Hulu", "Ranggi Hilir", "Talang Sari", "Bukit Seribu", "Muara Jelai",
             "Tanjung Pelita", "Lubuk Angin", "Sei Kemuning"]

# staff by education (L, P)
PEND = [("S2", 3, 1), ("S1/D4", 9, 8), ("D3", 1, 2), ("SMA/sederajat", 5, 2)]
# staff by golongan (L, P)
GOL = [("Golongan IV", 2, 1), ("Golongan III", 11, 11), ("Golongan II", 5, 1)]
# ST2023 mitra by kecamatan (L, P)
MITRA = [(28, 14), (35, 19), (22, 11), (18, 7), (31, 16), (21, 12), (15, 6), (19, 9)]
# sample per kecamatan: SUSENAS Maret target/realisasi, SAKERNAS Agustus target/realisasi
SUS_T = [60, 80, 50, 40, 70, 50, 30, 40]
SUS_R = [59, 80, 49, 40, 68, 50, 30, 39]
SAK_T = [40, 50, 30, 30, 40, 30, 20, 30]
SAK_R = [40, 49, 30, 29, 40, 30, 20, 30]

# survey summary: name, unit, target, realisasi
SURVEI = [
    ("SUSENAS Maret 2023", "rumah tangga", sum(SUS_T), sum(SUS_R)),
    ("SAKERNAS Februari 2023", "rumah tangga", 130, 129),
    ("SAKERNAS Agustus 2023", "rumah tangga", sum(SAK_T), sum(SAK_R)),
    ("Survei Ubinan Padi", "plot", 96, 93),
    ("Survei KSA Padi", "segmen-bulan", 1032, 1029),
    ("Survei IMK Tahunan", "usaha", 150, 146),
]

# publications: name, target (None = '-'), realisasi, tepat waktu
PUBLIKASI = [
    ("Kabupaten Batu Ranggi Dalam Angka 2023", 1, 1, 1),
    ("Kecamatan Dalam Angka 2023 (8 kecamatan)", 8, 8, 8),
    ("Statistik Daerah Kabupaten Batu Ranggi 2023", 1, 1, 1),
    ("PDRB Kabupaten Batu Ranggi menurut Lapangan Usaha 2018-2022", 1, 1, 1),
    ("PDRB Kabupaten Batu Ranggi menurut Pengeluaran 2018-2022", 1, 1, 1),
    ("Indikator Kesejahteraan Rakyat 2023", 1, 1, 1),
    ("Keadaan Angkatan Kerja Kabupaten Batu Ranggi Agustus 2023", 1, 1, 0),
    ("Statistik Kesejahteraan Rakyat 2023", 1, 1, 1),
    ("Indeks Pembangunan Manusia 2022", 1, 1, 1),
    ("Luas Panen dan Produksi Padi 2023", 1, 1, 1),
    ("Profil Kemiskinan Kabupaten Batu Ranggi 2023", 1, 1, 1),
    ("Statistik Hortikultura 2022", 1, 1, 1),
    ("Statistik Harga Produsen Gabah 2023", 1, 1, 1),
    ("Hasil Pencacahan Lengkap ST2023 Tahap I", None, 1, 1),
    ("Analisis Tenaga Kerja Sektor Pertanian 2023", None, 1, 1),
]

# DIPA 2023: program -> kegiatan -> output (pagu, realisasi)
PROGRAM = {
    "GG": "Program Penyediaan dan Pelayanan Informasi Statistik",
    "WA": "Program Dukungan Manajemen",
}
KEGIATAN = [
    ("GG", "GG.2897", "Penyediaan dan Pengembangan Statistik Kependudukan dan Ketenagakerjaan", [
        ("2897.BMA.004", "Data dan Informasi Publik: Publikasi/Laporan Survei Angkatan Kerja Nasional", 168420000, 165913200),
        ("2897.BMA.006", "Data dan Informasi Publik: Publikasi/Laporan Statistik Kependudukan", 42600000, 41870500)]),
    ("GG", "GG.2898", "Penyediaan dan Pengembangan Statistik Kesejahteraan Rakyat", [
        ("2898.BMA.004", "Data dan Informasi Publik: Publikasi/Laporan Survei Sosial Ekonomi Nasional", 256380000, 251204600),
        ("2898.BMA.007", "Data dan Informasi Publik: Publikasi/Laporan Indikator Kesejahteraan Rakyat", 18500000, 18215000)]),
    ("GG", "GG.2900", "Penyediaan dan Pengembangan Statistik Tanaman Pangan, Hortikultura, dan Perkebunan", [
        ("2900.BMA.004", "Data dan Informasi Publik: Publikasi/Laporan Statistik Tanaman Pangan (KSA dan Ubinan)", 212746000, 208552300)]),
    ("GG", "GG.2902", "Penyediaan dan Pengembangan Statistik Industri, Pertambangan dan Penggalian, Energi, dan Konstruksi", [
        ("2902.BMA.004", "Data dan Informasi Publik: Publikasi/Laporan Survei Industri Mikro dan Kecil", 64230000, 62987000)]),
    ("GG", "GG.2905", "Penyediaan dan Pengembangan Statistik Neraca Produksi", [
        ("2905.BMA.006", "Data dan Informasi Publik: Publikasi/Laporan PDRB Lapangan Usaha", 38900000, 38412000)]),
    ("GG", "GG.2908", "Pengembangan dan Diseminasi Statistik", [
        ("2908.BMA.003", "Data dan Informasi Publik: Publikasi Daerah Dalam Angka dan Statistik Daerah", 46280000, 45990500),
        ("2908.BMA.002", "Data dan Informasi Publik: Layanan Pelayanan Statistik Terpadu", 24600000, 24112000)]),
    ("GG", "GG.2910", "Penyelenggaraan Sensus Pertanian 2023", [
        ("2910.BMA.001", "Data dan Informasi Publik: Hasil Pencacahan Lengkap Sensus Pertanian 2023", 2846915000, 2771408750)]),
    ("WA", "WA.2886", "Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya BPS Provinsi dan BPS Kabupaten/Kota", [
        ("2886.EBA.994", "Layanan Perkantoran", 4938214000, 4861337129),
        ("2886.EBA.956", "Layanan BMN", 98640000, 96215400),
        ("2886.EBD.955", "Layanan Manajemen Kinerja Internal", 62350000, 61084700),
        ("2886.EBB.951", "Layanan Sarana dan Prasarana Internal", 318700000, 314286000)]),
]
TOTAL_PAGU = sum(o[2] for k in KEGIATAN for o in k[3])
TOTAL_REAL = sum(o[3] for k in KEGIATAN for o in k[3])
PEG_PAGU, PEG_REAL = 3886514000, 3842119429
MOD_PAGU, MOD_REAL = 318700000, 314286000
BRG_PAGU, BRG_REAL = TOTAL_PAGU - PEG_PAGU - MOD_PAGU, TOTAL_REAL - PEG_REAL - MOD_REAL
ANGGARAN_TAHUN = [(2021, 5412380000, 5287114260), (2022, 5986702000, 5861049318),
                  (2023, TOTAL_PAGU, TOTAL_REAL)]

# indicator values
PUB_T = sum(p[1] or 0 for p in PUBLIKASI)
PUB_R = sum(p[2] for p in PUBLIKASI)
PUB_TW = sum(p[3] for p in PUBLIKASI)
KETEPATAN = pct(PUB_TW, PUB_R)             # 95,45
KESALAHAN = pct(8, 500)                    # 1,60
PUAS = pct(103, 114)                       # 90,35
SERAPAN = pct(TOTAL_REAL, TOTAL_PAGU)      # 98,08

# Renstra 2020-2024 targets: key -> (name, satuan, [2020..2024])
RENSTRA = {
    "pub": ("Jumlah publikasi statistik yang dirilis", "publikasi", ["16", "17", "18", "20", "21"]),
    "tepat": ("Tingkat ketepatan waktu rilis publikasi", "%", ["90,00", "92,00", "93,00", "95,00", "96,00"]),
    "salah": ("Persentase kesalahan data", "%", ["3,00", "2,75", "2,50", "2,00", "1,75"]),
    "puas": ("Persentase konsumen yang puas terhadap kualitas data", "%", ["85,00", "87,00", "89,00", "92,00", "93,00"]),
    "serap": ("Persentase realisasi anggaran", "%", ["95,00", "95,00", "95,00", "95,00", "95,00"]),
    "sakip": ("Nilai hasil evaluasi SAKIP internal", "predikat", ["-", "B", "B", "BB", "A"]),
}
REAL = {  # realisasi 2021, 2022, 2023
    "pub": ["18", "19", str(PUB_R)],
    "tepat": [pct(16, 18), pct(18, 19), KETEPATAN],
    "salah": [pct(12, 455), pct(11, 476), KESALAHAN],
    "puas": [pct(75, 87), pct(88, 98), PUAS],
    "serap": [pct(r, p) for _, p, r in ANGGARAN_TAHUN[:2]] + [SERAPAN],
    "sakip": ["Belum dilakukan penilaian", "B", "BB"],
}
LOWER_BETTER = {"salah"}


def dec(s: str) -> Decimal:
    return Decimal(s.replace(".", "").replace(",", "."))


def capaian(key: str, target: str, real: str) -> str:
    if key == "sakip":
        return "100,00" if target == real else "-"
    t, r = dec(target), dec(real)
    if key in LOWER_BETTER:
        return f2(q2((2 - r / t) * 100))
    return f2(q2(r / t * 100))


CAP = {k: capaian(k, RENSTRA[k][2][3], REAL[k][2]) for k in RENSTRA}
RATA_CAP = f2(q2(sum(dec(c) for c in CAP.values()) / len(CAP)))
TERCAPAI = [k for k in RENSTRA if dec(CAP[k]) >= 100]

# ---------------------------------------------------------------- styles
ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5,
                      leading=14.5, alignment=TA_JUSTIFY, spaceAfter=6)
H1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=14,
                    alignment=TA_CENTER, spaceAfter=10, spaceBefore=4)
H2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=11.5,
                    spaceBefore=8, spaceAfter=5)
H3 = ParagraphStyle("h3", parent=ss["Heading3"], fontName="Helvetica-Bold", fontSize=10.5,
                    spaceBefore=6, spaceAfter=4)
CAPTION = ParagraphStyle("cap", parent=BODY, fontName="Helvetica-Bold", fontSize=9.5,
                         alignment=TA_CENTER, spaceBefore=4, spaceAfter=4)
SOURCE = ParagraphStyle("src", parent=BODY, fontName="Helvetica-Oblique", fontSize=8.5,
                        alignment=TA_LEFT, spaceAfter=8)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
CENTER = ParagraphStyle("center", parent=BODY, alignment=TA_CENTER)
SIGN = ParagraphStyle("sign", parent=BODY, alignment=TA_LEFT, leftIndent=9 * cm, spaceAfter=2)


def P(text: str):
    return Paragraph(text, BODY)


def cp(text, bold=False):
    return Paragraph(text, CELLB if bold else CELL)


def table(header_rows, body, widths, *, num_cols=(), spans=(), group_rows=(), bold_rows=(),
          repeat=None, caption=None, source=None, center_cols=(), keep=True):
    """An unruled table: white space between columns, a thin line under the header only."""
    nh = len(header_rows)
    data = [list(r) for r in header_rows] + [list(r) for r in body]
    st = [
        ("FONT", (0, 0), (-1, nh - 1), "Helvetica-Bold", 8.5),
        ("FONT", (0, nh), (-1, -1), "Helvetica", 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (0, 0), (-1, nh - 1), "CENTER"),
        ("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.5, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    for c in num_cols:
        st.append(("ALIGN", (c, nh), (c, -1), "RIGHT"))
    for c in center_cols:
        st.append(("ALIGN", (c, nh), (c, -1), "CENTER"))
    for sp in spans:
        st.append(("SPAN",) + sp)
    for r in group_rows:
        st.append(("SPAN", (0, nh + r), (-1, nh + r)))
        st.append(("FONT", (0, nh + r), (-1, nh + r), "Helvetica-Bold", 8.5))
    for r in bold_rows:
        st.append(("FONT", (0, nh + r), (-1, nh + r), "Helvetica-Bold", 8.5))
    t = Table(data, colWidths=[w * cm for w in widths], repeatRows=repeat if repeat else nh,
              hAlign="CENTER")
    t.setStyle(TableStyle(st))
    out = []
    if caption:
        out.append(Paragraph(caption, CAPTION))
    out.append(t)
    if source:
        out.append(Paragraph(source, SOURCE))
    if keep:
        out = [KeepTogether(out)]
    if not source:
        out.append(Spacer(1, 8))
    return out


# ---------------------------------------------------------------- content
def content():
    story = []
    A = story.append

    def E(items):
        story.extend(items)

    TP, TR = TOTAL_PAGU, TOTAL_REAL
    staff_l = sum(r[1] for r in PEND)
    staff_p = sum(r[2] for r in PEND)
    mitra_l = sum(m[0] for m in MITRA)
    mitra_p = sum(m[1] for m in MITRA)
    n_ind = len(RENSTRA)

    # ---------------- cover
    A(Spacer(1, 5 * cm))
    A(Paragraph("LAPORAN KINERJA", ParagraphStyle("c1", parent=H1, fontSize=22, leading=28)))
    A(Paragraph("TAHUN 2023", ParagraphStyle("c2", parent=H1, fontSize=18, leading=24)))
    A(Spacer(1, 1.5 * cm))
    A(Paragraph("BADAN PUSAT STATISTIK<br/>KABUPATEN BATU RANGGI",
                ParagraphStyle("c3", parent=H1, fontSize=15, leading=20)))
    A(Spacer(1, 0.5 * cm))
    A(Paragraph("Jalan Lintas Ranggi Nomor 17, Ranggi Hilir, Kabupaten Batu Ranggi<br/>"
                "Provinsi Sumatera Tengah", CENTER))
    A(Spacer(1, 6 * cm))
    A(Paragraph("Batu Ranggi, Februari 2024", CENTER))
    A(PageBreak())

    # ---------------- daftar isi (printed page numbers = the "Halaman N" footer)
    A(Paragraph("DAFTAR ISI", H1))
    toc_rows = []
    for title, level, page in TOC:
        shown = str(page)
        if title == "C. Pelaksanaan Survei dan Sensus Tahun 2023":
            shown = pl(shown, str(page + 2))
        toc_rows.append([("" if level == 1 else "      ") + title, shown])
    t = Table(toc_rows, colWidths=[14 * cm, 2 * cm], hAlign="CENTER")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10),
                           ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    A(t)
    A(PageBreak())

    # ---------------- kata pengantar
    A(Paragraph("KATA PENGANTAR", H1))
    A(P("Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas rahmat-Nya sehingga "
        f"Laporan Kinerja Badan Pusat Statistik (BPS) Kabupaten Batu Ranggi Tahun "
        f"{pl('2023', '2022')} ini dapat diselesaikan tepat pada waktunya. Laporan ini disusun "
        "sebagai wujud pertanggungjawaban atas pelaksanaan tugas dan fungsi BPS Kabupaten Batu "
        "Ranggi sesuai Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas "
        "Kinerja Instansi Pemerintah dan Peraturan Menteri PANRB Nomor 53 Tahun 2014."))
    A(P("Laporan Kinerja memuat perbandingan antara target yang ditetapkan dalam Perjanjian "
        "Kinerja Tahun 2023 dengan realisasinya, analisis keberhasilan dan kendala, serta "
        "realisasi anggaran DIPA BPS Kabupaten Batu Ranggi. Tahun 2023 merupakan tahun yang "
        "istimewa karena BPS menyelenggarakan Sensus Pertanian 2023 (ST2023) di samping survei "
        "rutin seperti SUSENAS, SAKERNAS, Survei Ubinan, dan Survei Kerangka Sampel Area."))
    A(P("Kami menyampaikan terima kasih kepada seluruh pegawai, mitra statistik, pemerintah "
        "daerah, para camat dan kepala desa, serta masyarakat Kabupaten Batu Ranggi yang telah "
        "mendukung kegiatan statistik selama tahun 2023. Kritik dan saran untuk perbaikan laporan "
        "ini sangat kami harapkan."))
    A(Spacer(1, 10))
    A(Paragraph("Batu Ranggi, 12 Februari 2024", SIGN))
    A(Paragraph("Kepala Badan Pusat Statistik<br/>Kabupaten Batu Ranggi", SIGN))
    A(Spacer(1, 34))
    A(Paragraph("<b>Dra. Rini Oktaviani, M.Si.</b>", SIGN))
    A(Paragraph("NIP. 19700512 199403 2 001", SIGN))
    A(PageBreak())

    # ---------------- ikhtisar
    A(Paragraph("IKHTISAR EKSEKUTIF", H1))
    A(P("BPS Kabupaten Batu Ranggi menetapkan Perjanjian Kinerja Tahun 2023 dengan "
        f"{n_ind} indikator kinerja yang terbagi dalam tiga sasaran strategis. Hasil pengukuran "
        f"menunjukkan bahwa {len(TERCAPAI)} indikator tercapai dan {n_ind - len(TERCAPAI)} "
        "indikator belum tercapai, dengan rata-rata capaian sebesar "
        f"{RATA_CAP} persen."))
    A(P(f"Jumlah publikasi statistik yang dirilis pada tahun 2023 sebanyak {PUB_R} publikasi "
        f"dari target {PUB_T} publikasi (capaian {CAP['pub']} persen), dan {PUB_TW} di antaranya "
        f"dirilis tepat waktu sehingga tingkat ketepatan waktu rilis mencapai {KETEPATAN} persen. "
        f"Persentase kesalahan data dapat ditekan menjadi {KESALAHAN} persen, lebih rendah dari "
        f"batas yang ditargetkan yaitu {RENSTRA['salah'][2][3]} persen."))
    A(P("Indikator yang belum mencapai target adalah persentase konsumen yang puas terhadap "
        f"kualitas data, yang terealisasi {PUAS} persen dari target {RENSTRA['puas'][2][3]} "
        "persen. Penyebab utamanya adalah keluhan konsumen terhadap lamanya waktu tunggu data "
        "mikro dan keterbatasan data sampai level desa."))
    A(P(f"Pagu DIPA BPS Kabupaten Batu Ranggi Tahun 2023 sebesar Rp{miliar(TP)} miliar, "
        f"meningkat tajam dibanding tahun 2022 karena adanya alokasi ST2023 sebesar "
        f"Rp{miliar(2846915000)} miliar. Realisasi anggaran mencapai Rp{rp(TR)} atau "
        f"{pl(SERAPAN, '98,80')} persen dari pagu, dengan sisa anggaran sebesar Rp{rp(TP - TR)}."))

    # ---------------- BAB I
    A(PageBreak())
    A(Paragraph("BAB I<br/>PENDAHULUAN", H1))
    A(Paragraph("A. Latar Belakang", H2))
    A(P("Undang-Undang Nomor 16 Tahun 1997 tentang Statistik menetapkan BPS sebagai penyelenggara "
        "statistik dasar. Di tingkat kabupaten, BPS Kabupaten Batu Ranggi merupakan instansi "
        "vertikal yang berada di bawah dan bertanggung jawab kepada Kepala BPS melalui Kepala BPS "
        "Provinsi Sumatera Tengah. Sebagai instansi pemerintah, BPS Kabupaten Batu Ranggi wajib "
        "menyusun Laporan Kinerja setiap tahun sebagai bagian dari siklus SAKIP, mulai dari "
        "perencanaan kinerja, pengukuran, pelaporan, hingga evaluasi, sebagaimana diatur dalam "
        "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi "
        "Pemerintah."))
    A(P("Kabupaten Batu Ranggi terdiri atas 8 kecamatan dan 112 desa/kelurahan dengan luas "
        "wilayah 3.418,6 km persegi. Sebagian besar penduduk bekerja di sektor pertanian, terutama "
        "tanaman pangan dan perkebunan kelapa sawit, sehingga kebutuhan data pertanian yang "
        "akurat sangat tinggi."))
    A(Paragraph("B. Tugas dan Fungsi", H2))
    A(P("Berdasarkan Peraturan BPS Nomor 8 Tahun 2020 tentang Organisasi dan Tata Kerja BPS "
        "Provinsi dan BPS Kabupaten/Kota, BPS Kabupaten mempunyai tugas menyelenggarakan "
        "tugas pemerintahan di bidang kegiatan statistik di kabupaten sesuai ketentuan "
        "peraturan perundang-undangan. Dalam melaksanakan tugas tersebut, BPS Kabupaten "
        "menyelenggarakan fungsi:"))
    for f in ["a. penyelenggaraan statistik dasar dan koordinasi statistik sektoral;",
              "b. pengumpulan, pengolahan, dan analisis data statistik sosial, produksi, distribusi, "
              "dan neraca wilayah;",
              "c. pelaksanaan diseminasi dan pelayanan statistik terpadu;",
              "d. pembinaan statistik sektoral di lingkungan pemerintah kabupaten; dan",
              "e. pelaksanaan urusan umum, kepegawaian, keuangan, dan barang milik negara."]:
        A(Paragraph(f, ParagraphStyle("li", parent=BODY, leftIndent=18, spaceAfter=2)))
    A(Paragraph("C. Struktur Organisasi", H2))
    A(P("Struktur organisasi BPS Kabupaten Batu Ranggi terdiri atas Kepala, Subbagian Umum, dan "
        "Kelompok Jabatan Fungsional. Sejak penyederhanaan birokrasi, pelaksanaan kegiatan teknis "
        "dikelola oleh tim kerja yang dipimpin oleh pejabat fungsional Statistisi, yaitu Tim "
        "Statistik Sosial, Tim Statistik Produksi, Tim Statistik Distribusi, Tim Neraca Wilayah "
        "dan Analisis Statistik, serta Tim Integrasi Pengolahan dan Diseminasi Statistik."))
    A(Paragraph("D. Sumber Daya Manusia", H2))
    A(P(f"Pada akhir tahun 2023 jumlah pegawai BPS Kabupaten Batu Ranggi sebanyak "
        f"{pl(str(staff_l + staff_p), str(staff_l + staff_p + 1))} orang, terdiri atas "
        f"{staff_l} laki-laki dan {staff_p} perempuan. Sebanyak 12 orang menduduki jabatan "
        "fungsional Statistisi Ahli, 4 orang Statistisi Terampil, 3 orang Pranata Komputer, dan "
        "selebihnya jabatan struktural dan pelaksana. Komposisi pegawai menurut pendidikan dan "
        "golongan disajikan pada Tabel 1.1 dan Tabel 1.2."))
    body = []
    for name, l, p in PEND:
        body.append([name, str(l), str(p), str(l + p)])
    body.append(["Jumlah", str(staff_l), str(staff_p), str(staff_l + staff_p)])
    E(table([["Pendidikan", "Jenis Kelamin", "", ""], ["", "Laki-laki", "Perempuan", "L+P"]],
            body, [5, 2.6, 2.6, 2.6], num_cols=(1, 2, 3),
            spans=[((1, 0), (3, 0)), ((0, 0), (0, 1))], bold_rows=(len(body) - 1,),
            caption="Tabel 1.1 Pegawai BPS Kabupaten Batu Ranggi menurut Pendidikan dan Jenis "
                    "Kelamin, 31 Desember 2023",
            source="Sumber: Subbagian Umum, SIMPEG BPS"))
    body = []
    for name, l, p in GOL:
        body.append([name, str(l), str(p), str(l + p)])
    body.append(["Total", str(sum(g[1] for g in GOL)), str(sum(g[2] for g in GOL)),
                 str(sum(g[1] + g[2] for g in GOL))])
    E(table([["Golongan", "L", "P", "Jumlah"]], body, [5, 2.6, 2.6, 2.6], num_cols=(1, 2, 3),
            bold_rows=(len(body) - 1,),
            caption="Tabel 1.2 Pegawai menurut Golongan Ruang dan Jenis Kelamin, 2023"))
    A(P("Jumlah pegawai tersebut belum sebanding dengan beban kerja, terutama pada saat "
        "pelaksanaan ST2023. Untuk itu BPS Kabupaten Batu Ranggi merekrut mitra statistik sebagai "
        f"petugas pencacah lapangan (PPL) dan pemeriksa lapangan (PML). ST2023 melibatkan "
        f"{mitra_l + mitra_p} mitra, terdiri atas {mitra_l} laki-laki dan {mitra_p} perempuan, "
        "yang tersebar di seluruh kecamatan sebagaimana Tabel 1.3."))
    body = []
    for k, (l, p) in zip(KECAMATAN, MITRA):
        tot = str(l + p)
        if k == "Muara Jelai":
            tot = pl(tot, "74")
        body.append([k, str(l), str(p), tot])
    body.append(["Jumlah", str(mitra_l), str(mitra_p), str(mitra_l + mitra_p)])
    E(table([["Kecamatan", "Laki-laki", "Perempuan", "Jumlah"]], body, [5, 2.6, 2.6, 2.6],
            num_cols=(1, 2, 3), bold_rows=(len(body) - 1,),
            caption="Tabel 1.3 Mitra Statistik ST2023 menurut Kecamatan dan Jenis Kelamin",
            source="Sumber: Tim Sensus Pertanian 2023 BPS Kabupaten Batu Ranggi"))
    A(Paragraph("E. Isu Strategis", H2))
    A(P("Isu strategis yang dihadapi BPS Kabupaten Batu Ranggi pada tahun 2023 antara lain: "
        "(1) meningkatnya kebutuhan data sampai level desa untuk perencanaan pembangunan dan "
        "penyaluran bantuan sosial; (2) menurunnya tingkat partisipasi responden rumah tangga "
        "pada survei di wilayah perkotaan; (3) beban kerja ST2023 yang berjalan bersamaan "
        "dengan survei rutin; dan (4) tuntutan percepatan rilis data melalui kanal digital."))
    A(Paragraph("F. Sistematika Laporan", H2))
    A(P("Laporan ini terdiri atas Bab I Pendahuluan, Bab II Perencanaan Kinerja, Bab III "
        "Akuntabilitas Kinerja, Bab IV Penutup, serta Lampiran Perjanjian Kinerja Tahun 2023."))

    # ---------------- BAB II
    A(PageBreak())
    A(Paragraph("BAB II<br/>PERENCANAAN KINERJA", H1))
    A(Paragraph("A. Rencana Strategis 2020-2024", H2))
    A(P("Rencana Strategis BPS Kabupaten Batu Ranggi 2020-2024 mengacu pada Renstra BPS "
        "2020-2024 dengan visi \"Penyedia Data Statistik Berkualitas untuk Indonesia Maju\". "
        "Tujuan, sasaran strategis, indikator, dan target tahunan Renstra disajikan pada "
        "Tabel 2.1. Nama indikator diberi nomor urut di dalam kolom uraian."))
    body, groups = [], []

    def rs_row(i, key, planted_2023=None):
        name, sat, tg = RENSTRA[key]
        tg = list(tg)
        if planted_2023:
            tg[3] = pl(tg[3], planted_2023)
        return [cp(f"{i}. {name}"), sat] + tg

    groups.append(len(body)); body.append(["Tujuan 1: Penyediaan data statistik berkualitas yang "
                                           "dimanfaatkan untuk pembangunan daerah"] + [""] * 6)
    groups.append(len(body)); body.append(["Sasaran Strategis 1: Terwujudnya penyediaan data dan "
                                           "informasi statistik yang berkualitas"] + [""] * 6)
    body += [rs_row(1, "pub"), rs_row(2, "tepat"), rs_row(3, "salah")]
    groups.append(len(body)); body.append(["Sasaran Strategis 2: Meningkatnya pemanfaatan data "
                                           "statistik oleh pengguna"] + [""] * 6)
    body += [rs_row(4, "puas", planted_2023="90,00")]
    groups.append(len(body)); body.append(["Tujuan 2: Terwujudnya tata kelola organisasi yang "
                                           "akuntabel"] + [""] * 6)
    groups.append(len(body)); body.append(["Sasaran Strategis 3: Terwujudnya birokrasi yang "
                                           "efektif dan akuntabel"] + [""] * 6)
    body += [rs_row(5, "serap"), rs_row(6, "sakip")]
    E(table([["Tujuan / Sasaran / Indikator", "Satuan", "Target", "", "", "", ""],
             ["", "", "2020", "2021", "2022", "2023", "2024"]],
            body, [6.6, 1.8, 1.45, 1.45, 1.45, 1.45, 1.45], num_cols=(2, 3, 4, 5, 6),
            spans=[((2, 0), (6, 0)), ((0, 0), (0, 1)), ((1, 0), (1, 1))], group_rows=groups,
            caption="Tabel 2.1 Tujuan, Sasaran, Indikator, dan Target Renstra BPS Kabupaten "
                    "Batu Ranggi 2020-2024"))
    A(P("Indikator persentase kesalahan data merupakan indikator dengan arah negatif: semakin "
        "kecil realisasinya, semakin baik kinerjanya. Target indikator ini diturunkan dari 3,00 "
        "persen pada tahun 2020 menjadi 1,75 persen pada akhir periode Renstra."))
    A(Paragraph("B. Perjanjian Kinerja Tahun 2023", H2))
    A(P("Perjanjian Kinerja (PK) Tahun 2023 ditandatangani oleh Kepala BPS Kabupaten Batu Ranggi "
        "dan Kepala BPS Provinsi Sumatera Tengah pada 3 Januari 2023. PK memuat tiga sasaran "
        f"strategis dengan {n_ind} indikator kinerja sebagaimana Tabel 2.2."))

    def pk_body():
        b = []
        rows = [("1", "Terwujudnya penyediaan data dan informasi statistik yang berkualitas", "pub"),
                ("2", "", "tepat"), ("3", "", "salah"),
                ("4", "Meningkatnya pemanfaatan data statistik oleh pengguna", "puas"),
                ("5", "Terwujudnya birokrasi yang efektif dan akuntabel", "serap"),
                ("6", "", "sakip")]
        for no, sas, key in rows:
            name, sat, tg = RENSTRA[key]
            b.append([no, cp(sas), cp(name), sat, tg[3]])
        return b
    E(table([["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target 2023"]],
            pk_body(), [0.9, 5.2, 6.0, 1.9, 2.0], num_cols=(4,), center_cols=(0,),
            caption="Tabel 2.2 Perjanjian Kinerja BPS Kabupaten Batu Ranggi Tahun 2023"))
    A(P(f"Untuk mencapai target tersebut, BPS Kabupaten Batu Ranggi didukung anggaran DIPA Tahun "
        f"2023 sebesar Rp{rp(TP)} yang terbagi atas {PROGRAM['GG']} sebesar "
        f"Rp{rp(sum(o[2] for k in KEGIATAN if k[0] == 'GG' for o in k[3]))} dan "
        f"{PROGRAM['WA']} sebesar Rp{rp(sum(o[2] for k in KEGIATAN if k[0] == 'WA' for o in k[3]))}."))

    # ---------------- BAB III
    A(PageBreak())
    A(Paragraph("BAB III<br/>AKUNTABILITAS KINERJA", H1))
    A(Paragraph("A. Capaian Kinerja Organisasi", H2))
    A(P("Pengukuran kinerja dilakukan dengan membandingkan realisasi dengan target setiap "
        "indikator. Untuk indikator dengan arah positif, capaian dihitung dengan rumus "
        "realisasi dibagi target dikali 100 persen. Untuk indikator persentase kesalahan data "
        "yang berarah negatif, capaian dihitung dengan rumus (2 - realisasi/target) x 100 "
        "persen. Indikator nilai SAKIP berupa predikat dinilai 100 persen bila predikat yang "
        "diperoleh sama dengan target."))
    body = []
    order = ["pub", "tepat", "salah", "puas", "serap", "sakip"]
    for i, key in enumerate(order, 1):
        name, sat, tg = RENSTRA[key]
        cap = CAP[key]
        status = "Tercapai" if dec(cap) >= 100 else "Belum Tercapai"
        if key == "tepat":
            cap = pl(cap, "100,74")
        if key == "puas":
            status = pl(status, "Tercapai")
        body.append([str(i), cp(name), sat, REAL[key][2], tg[3], cap, status])
    body.append(["", "Rata-rata capaian", "", "", "", RATA_CAP, ""])
    E(table([["No", "Indikator Kinerja", "Satuan", "Realisasi", "Target", "Capaian (%)",
              "Keterangan"]],
            body, [0.8, 6.2, 1.8, 1.8, 1.5, 1.9, 2.4], num_cols=(3, 4, 5), center_cols=(0,),
            bold_rows=(len(body) - 1,),
            caption="Tabel 3.1 Pengukuran Kinerja BPS Kabupaten Batu Ranggi Tahun 2023"))
    A(P(f"Dari {n_ind} indikator kinerja, {len(TERCAPAI)} indikator mencapai atau melampaui "
        f"target, sedangkan 1 indikator, yaitu persentase konsumen yang puas terhadap kualitas "
        f"data, belum tercapai. Perbandingan realisasi tiga tahun terakhir dan target akhir "
        f"Renstra disajikan pada Tabel 3.2."))
    body = []
    for i, key in enumerate(order, 1):
        if key == "tepat" and pl("with", "without") == "without":
            continue
        name, sat, tg = RENSTRA[key]
        r = list(REAL[key])
        if key == "sakip":
            r[0] = cp(r[0])
        if key == "pub":
            r[2] = pl(r[2], "21")
        body.append([cp(name), sat] + r + [tg[4]])
    E(table([["Indikator Kinerja", "Satuan", "Realisasi", "", "", "Target 2024"],
             ["", "", "2021", "2022", "2023", "(Renstra)"]],
            body, [6.0, 1.8, 2.3, 1.6, 1.6, 2.0], num_cols=(2, 3, 4, 5),
            spans=[((2, 0), (4, 0)), ((0, 0), (0, 1)), ((1, 0), (1, 1))],
            caption="Tabel 3.2 Perbandingan Realisasi Indikator Kinerja 2021-2023 dan Target "
                    "Akhir Renstra"))

    A(Paragraph("B. Analisis Capaian per Indikator", H2))
    A(Paragraph("1. Jumlah publikasi statistik yang dirilis", H3))
    A(P(f"Pada tahun 2023 BPS Kabupaten Batu Ranggi merilis {PUB_R} publikasi statistik dari "
        f"target {PUB_T} publikasi, sehingga capaian indikator ini sebesar {CAP['pub']} persen. "
        f"Jumlah ini meningkat dibanding tahun 2022 yang sebanyak {REAL['pub'][1]} publikasi dan "
        f"sudah melampaui target akhir Renstra tahun 2024 sebanyak {RENSTRA['pub'][2][4]} "
        "publikasi. Tambahan dua publikasi di luar rencana adalah hasil pencacahan lengkap ST2023 "
        "tahap I dan analisis tenaga kerja sektor pertanian. Rincian publikasi disajikan pada "
        "Tabel 3.3."))
    body = []
    for i, (name, t, r, tw) in enumerate(PUBLIKASI, 1):
        no = str(i)
        if i == 8:
            no = pl(no, "7")
        body.append([no, cp(name), "-" if t is None else str(t), str(r), str(tw)])
    body.append(["", "Jumlah", str(PUB_T), str(PUB_R), str(PUB_TW)])
    E(table([["No", "Judul Publikasi", "Target", "Realisasi", "Tepat Waktu"]],
            body, [0.9, 9.4, 1.7, 1.9, 2.1], num_cols=(2, 3, 4), center_cols=(0,),
            bold_rows=(len(body) - 1,), keep=False,
            caption="Tabel 3.3 Publikasi Statistik BPS Kabupaten Batu Ranggi Tahun 2023"))
    A(Paragraph("2. Tingkat ketepatan waktu rilis publikasi", H3))
    A(P(f"Dari {PUB_R} publikasi yang dirilis, {PUB_TW} publikasi terbit sesuai jadwal pada "
        f"Advance Release Calendar, sehingga tingkat ketepatan waktu rilis sebesar {KETEPATAN} "
        f"persen dengan capaian {CAP['tepat']} persen. Satu publikasi yang terlambat adalah "
        "Keadaan Angkatan Kerja Agustus 2023, yang tertunda sembilan hari karena petugas "
        "pengolahan dialihkan ke pemeriksaan dokumen ST2023. Dibanding tahun 2022 sebesar "
        f"{REAL['tepat'][1]} persen, ketepatan waktu rilis meningkat."))
    A(Paragraph("3. Persentase kesalahan data", H3))
    A(P("Persentase kesalahan data dihitung dari jumlah tabel yang memerlukan ralat setelah "
        "rilis dibagi jumlah tabel statistik yang dirilis. Pada tahun 2023 terdapat 8 tabel yang "
        f"diralat dari 500 tabel, atau {KESALAHAN} persen. Angka ini turun dari "
        f"{REAL['salah'][1]} persen pada tahun 2022 dan {REAL['salah'][0]} persen pada tahun 2021. "
        f"Karena indikator ini berarah negatif, capaiannya sebesar {CAP['salah']} persen. "
        "Penurunan kesalahan didukung oleh penerapan pemeriksaan silang antartim sebelum "
        "publikasi diunggah."))
    A(Paragraph("4. Persentase konsumen yang puas terhadap kualitas data", H3))
    A(P("Indikator ini diukur melalui Survei Kebutuhan Data (SKD) 2023 terhadap 114 responden "
        f"pengunjung Pelayanan Statistik Terpadu. Sebanyak 103 responden menyatakan puas, "
        f"sehingga realisasinya {PUAS} persen dari target {RENSTRA['puas'][2][3]} persen "
        f"(capaian {CAP['puas']} persen). Realisasi ini meningkat dari {REAL['puas'][1]} persen "
        "pada tahun 2022, namun masih di bawah angka BPS secara nasional yang mencapai 93,64 "
        f"persen. Terhadap target akhir Renstra tahun 2024 sebesar {RENSTRA['puas'][2][4]} persen, "
        f"realisasi tahun 2023 baru mencapai {pct(dec(PUAS), dec(RENSTRA['puas'][2][4]))} persen. "
        "Pengguna mengeluhkan waktu tunggu permintaan data mikro dan ketiadaan data "
        "sampai level desa."))
    A(Paragraph("5. Persentase realisasi anggaran", H3))
    A(P(f"Realisasi anggaran tahun 2023 sebesar {SERAPAN} persen dari target 95,00 persen, "
        f"dengan capaian {CAP['serap']} persen. Realisasi ini lebih tinggi dari tahun 2021 "
        f"({REAL['serap'][0]} persen) dan tahun 2022 ({REAL['serap'][1]} persen). Uraian "
        "realisasi anggaran disajikan pada bagian C."))
    A(Paragraph("6. Nilai hasil evaluasi SAKIP internal", H3))
    A(P("Hasil evaluasi SAKIP oleh Inspektorat Utama BPS atas kinerja tahun 2023 memberikan "
        "predikat BB, sama dengan target, sehingga capaiannya 100,00 persen. Laporan hasil "
        f"evaluasi tersebut diterima pada {pl('29 Januari 2024', '29 Maret 2024')}. Penilaian SAKIP "
        "internal di tingkat kabupaten baru dimulai pada tahun 2022."))

    A(Paragraph("C. Pelaksanaan Survei dan Sensus Tahun 2023", H2))
    A(P("Selain menghasilkan publikasi, kinerja BPS Kabupaten Batu Ranggi ditentukan oleh "
        "keberhasilan pengumpulan data lapangan. Tabel 3.4 menyajikan target dan realisasi "
        "sampel rumah tangga SUSENAS Maret 2023 dan SAKERNAS Agustus 2023 per kecamatan."))
    body = []
    for k, a, b, c, d in zip(KECAMATAN, SUS_T, SUS_R, SAK_T, SAK_R):
        body.append([k, str(a), str(b), str(c), str(d)])
    body.append(["Jumlah", str(sum(SUS_T)), pl(str(sum(SUS_R)), str(sum(SUS_R) + 1)),
                 str(sum(SAK_T)), str(sum(SAK_R))])
    E(table([["Kecamatan", "SUSENAS Maret 2023", "", "SAKERNAS Agustus 2023", ""],
             ["", "Target", "Realisasi", "Target", "Realisasi"],
             ["(1)", "(2)", "(3)", "(4)", "(5)"]],
            body, [4.4, 2.4, 2.4, 2.4, 2.4], num_cols=(1, 2, 3, 4),
            spans=[((1, 0), (2, 0)), ((3, 0), (4, 0)), ((0, 0), (0, 1))],
            bold_rows=(len(body) - 1,),
            caption="Tabel 3.4 Target dan Realisasi Sampel Rumah Tangga SUSENAS dan SAKERNAS "
                    "menurut Kecamatan, 2023",
            source="Sumber: Tim Statistik Sosial, hasil monitoring pencacahan"))
    A(P(f"Sampel SUSENAS Maret 2023 berhasil dicacah sebanyak {sum(SUS_R)} rumah tangga dari "
        f"{sum(SUS_T)} rumah tangga sampel. Rumah tangga yang tidak berhasil dicacah umumnya "
        "menolak diwawancarai atau tidak dapat ditemui setelah tiga kali kunjungan. Ringkasan "
        "seluruh survei rutin tahun 2023 beserta tingkat responsnya disajikan pada Tabel 3.5."))
    body, rrs = [], []
    for name, unit, t, r in SURVEI:
        rr = pct(r, t)
        rrs.append(dec(rr))
        body.append([name, unit, rp(t), rp(r), rr])
    rata_rr = f2(q2(sum(rrs) / len(rrs)))
    body.append(["Rata-rata", "", "", "", rata_rr])
    E(table([["Kegiatan", "Satuan Sampel", "Target", "Realisasi", "Response Rate (%)"]],
            body, [5.2, 3.0, 2.2, 2.2, 3.0], num_cols=(2, 3, 4), bold_rows=(len(body) - 1,),
            caption="Tabel 3.5 Ringkasan Pelaksanaan Survei Rutin BPS Kabupaten Batu Ranggi "
                    "Tahun 2023"))
    best = max(SURVEI, key=lambda s: dec(pct(s[3], s[2])))
    A(P(f"Rata-rata tingkat respons keenam survei sebesar {rata_rr} persen. Response rate "
        f"tertinggi dicapai oleh {pl(best[0], 'SAKERNAS Agustus 2023')}, yaitu "
        f"{pct(best[3], best[2])} persen, sedangkan yang terendah adalah Survei Ubinan Padi "
        f"sebesar {pct(93, 96)} persen karena tiga plot sampel telah dipanen sebelum petugas tiba."))
    A(P("Pencacahan lengkap ST2023 dilaksanakan pada 1 Juni sampai 31 Juli 2023. Kegiatan "
        "ST2023 di Kabupaten Batu Ranggi meliputi beberapa tahap, yaitu pemutakhiran kerangka "
        "wilayah, pelatihan petugas, pencacahan lapangan, pemeriksaan dokumen, dan pengolahan. "
        "Selama pencacahan, BPS Kabupaten Batu Ranggi juga melaksanakan 46 kegiatan sosialisasi "
        "di tingkat kecamatan dan desa."))

    A(Paragraph("D. Realisasi Anggaran", H2))
    A(P(f"Pagu DIPA BPS Kabupaten Batu Ranggi Tahun 2023 setelah revisi sebesar Rp{rp(TP)} dengan "
        f"realisasi Rp{rp(TR)} ({SERAPAN} persen). Realisasi per program, kegiatan, dan output "
        "disajikan pada Tabel 3.6."))
    body, bold = [], []
    for prog in ["GG", "WA"]:
        keg = [k for k in KEGIATAN if k[0] == prog]
        pp = sum(o[2] for k in keg for o in k[3])
        pr = sum(o[3] for k in keg for o in k[3])
        bold.append(len(body))
        body.append([prog, cp(PROGRAM[prog], True), rp(pp), rp(pr), pct(pr, pp), rp(pp - pr)])
        for _, kcode, kname, outs in keg:
            kp = sum(o[2] for o in outs)
            kr = sum(o[3] for o in outs)
            bold.append(len(body))
            body.append([kcode, cp(kname, True), rp(kp), rp(kr), pct(kr, kp), rp(kp - kr)])
            for ocode, oname, op, orr in outs:
                row = [ocode, cp(oname), rp(op), rp(orr), pct(orr, op), rp(op - orr)]
                if ocode == "2898.BMA.004":
                    row[5] = pl(row[5], "5.157.400")
                if ocode == "2886.EBA.956":
                    row[4] = pl(row[4], "95,74")
                if ocode == "2908.BMA.002":
                    row[0] = pl(row[0], "2980.BMA.002")
                if ocode == "2908.BMA.003":
                    row[3] = pl(row[3], "45.909.500")
                    row[4] = pl(row[4], pct(45909500, op))
                    row[5] = pl(row[5], rp(op - 45909500))
                body.append(row)
    bold.append(len(body))
    body.append(["", cp("JUMLAH TOTAL", True), rp(TP), rp(TR), pct(TR, TP), rp(TP - TR)])
    E(table([["Kode", "Program / Kegiatan / Output", "Pagu (Rp)", "Realisasi (Rp)", "%",
              "Sisa (Rp)"],
             ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]],
            body, [2.3, 6.0, 2.5, 2.5, 1.2, 2.3], num_cols=(2, 3, 4, 5), bold_rows=bold, keep=False,
            caption="Tabel 3.6 Pagu dan Realisasi Anggaran menurut Program, Kegiatan, dan Output "
                    "Tahun 2023",
            source="Sumber: Aplikasi SAKTI, data per 31 Desember 2023"))
    wa = [k for k in KEGIATAN if k[0] == "WA"][0]
    A(P(f"Realisasi terbesar terdapat pada {PROGRAM['WA']}, khususnya output Layanan Perkantoran "
        f"yang menyerap Rp{rp(4861337129)} untuk pembayaran gaji, tunjangan, dan operasional "
        f"kantor. Kegiatan ST2023 merealisasikan Rp{miliar(2771408750)} miliar atau "
        f"{pct(2771408750, 2846915000)} persen dari paginya. Sisa anggaran ST2023 sebesar "
        f"Rp{juta(2846915000 - 2771408750)} juta berasal dari efisiensi honor petugas pemeriksa "
        "dokumen dan biaya transportasi lokal."))
    body = [["51", "Belanja Pegawai", rp(PEG_PAGU), rp(PEG_REAL), pct(PEG_REAL, PEG_PAGU)],
            ["52", "Belanja Barang", rp(BRG_PAGU), rp(BRG_REAL), pct(BRG_REAL, BRG_PAGU)],
            ["53", "Belanja Modal", rp(MOD_PAGU), rp(MOD_REAL), pct(MOD_REAL, MOD_PAGU)],
            ["", "Jumlah", rp(TP), rp(TR), pct(TR, TP)]]
    E(table([["Akun", "Jenis Belanja", "Anggaran", "Serapan", "Persentase"]],
            body, [1.5, 5.0, 3.4, 3.4, 2.4], num_cols=(2, 3, 4), bold_rows=(3,),
            caption="Tabel 3.7 Anggaran dan Serapan menurut Jenis Belanja Tahun 2023 (Rupiah)"))
    A(P(f"Belanja barang menyerap Rp{rp(BRG_REAL)} atau {pct(BRG_REAL, BRG_PAGU)} persen, "
        "sebagian besar untuk honor mitra dan perjalanan dinas pencacahan. Belanja modal "
        f"sebesar Rp{rp(MOD_REAL)} digunakan untuk pengadaan 14 unit komputer dan 6 unit "
        "laptop pengolahan. Perkembangan pagu dan realisasi tiga tahun terakhir disajikan pada "
        "Tabel 3.8."))
    body = []
    for th, p, r in ANGGARAN_TAHUN:
        body.append([str(th), "Rp " + rp(p), "Rp " + rp(r), pct(r, p) + "%"])
    E(table([["Tahun", "Pagu", "Realisasi", "% Realisasi"]],
            body, [2.0, 4.2, 4.2, 2.6], num_cols=(1, 2, 3), center_cols=(0,),
            caption="Tabel 3.8 Perkembangan Pagu dan Realisasi Anggaran 2021-2023"))
    A(P(f"Pagu tahun 2023 meningkat Rp{rp(TP - ANGGARAN_TAHUN[1][1])} dibanding tahun 2022, "
        "terutama karena tambahan anggaran ST2023. Persentase realisasi juga meningkat dari "
        f"{REAL['serap'][1]} persen menjadi {SERAPAN} persen."))
    A(Paragraph("E. Efisiensi Penggunaan Sumber Daya", H2))
    A(P("Efisiensi dilakukan melalui pemanfaatan rapat daring untuk koordinasi dengan BPS "
        "Provinsi, penggunaan aplikasi pencacahan berbasis tablet (CAPI) pada SAKERNAS dan ST2023 "
        "sehingga biaya pencetakan kuesioner berkurang, serta penggabungan jadwal perjalanan "
        "pengawasan beberapa survei. Dengan sisa anggaran yang relatif kecil, seluruh target "
        "output tetap tercapai."))

    # ---------------- BAB IV
    A(PageBreak())
    A(Paragraph("BAB IV<br/>PENUTUP", H1))
    A(P("Secara umum kinerja BPS Kabupaten Batu Ranggi tahun 2023 tergolong baik. Sebanyak "
        f"{len(TERCAPAI)} dari {n_ind} indikator kinerja tercapai dengan rata-rata capaian "
        f"{RATA_CAP} persen, di tengah beban kerja ST2023 yang besar. Kendala utama adalah "
        "kepuasan konsumen yang belum mencapai target dan keterlambatan satu publikasi."))
    A(P("Langkah perbaikan yang akan ditempuh pada tahun 2024 antara lain: (1) mempercepat "
        "layanan permintaan data mikro melalui sistem antrean daring; (2) menyusun publikasi "
        "hasil ST2023 sampai level desa; (3) memperketat pemantauan jadwal rilis; dan "
        "(4) meningkatkan kompetensi pegawai dalam analisis dan visualisasi data."))
    A(Spacer(1, 10))
    A(Paragraph("Batu Ranggi, 12 Februari 2024", SIGN))
    A(Paragraph("Kepala BPS Kabupaten Batu Ranggi", SIGN))
    A(Spacer(1, 34))
    A(Paragraph("<b>Dra. Rini Oktaviani, M.Si.</b>", SIGN))
    A(Paragraph("NIP. 19700512 199403 2 001", SIGN))

    # ---------------- Lampiran
    if pl("with", "without") == "without":
        return story
    A(PageBreak())
    A(Paragraph("LAMPIRAN<br/>PERJANJIAN KINERJA TAHUN 2023", H1))
    A(P("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel "
        "serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini: Dra. Rini "
        "Oktaviani, M.Si., Kepala BPS Kabupaten Batu Ranggi, selanjutnya disebut pihak pertama, "
        "dan Ir. Darmawan Siregar, M.M., Kepala BPS Provinsi Sumatera Tengah, selanjutnya "
        "disebut pihak kedua, sepakat mewujudkan target kinerja sebagai berikut."))
    E(table([["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]],
            pk_body(), [0.9, 5.2, 6.0, 1.9, 2.0], num_cols=(4,), center_cols=(0,),
            caption="Perjanjian Kinerja BPS Kabupaten Batu Ranggi Tahun 2023"))
    A(P(f"Anggaran: {PROGRAM['GG']} Rp{rp(sum(o[2] for k in KEGIATAN if k[0] == 'GG' for o in k[3]))}; "
        f"{PROGRAM['WA']} Rp{rp(sum(o[2] for k in KEGIATAN if k[0] == 'WA' for o in k[3]))}."))
    A(Spacer(1, 10))
    A(Paragraph("Batu Ranggi, 3 Januari 2023", SIGN))
    A(P("Pihak Kedua: Ir. Darmawan Siregar, M.M. &nbsp;&nbsp;&nbsp;&nbsp; Pihak Pertama: Dra. Rini "
        "Oktaviani, M.Si., NIP. 19700512 199403 2 001"))
    return story


def on_page(canvas, doc):
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    if doc.page > 1:
        canvas.drawString(2 * cm, A4[1] - 1.3 * cm,
                          "Laporan Kinerja BPS Kabupaten Batu Ranggi Tahun 2023")
    canvas.drawCentredString(A4[0] / 2, 1.2 * cm, f"Halaman {doc.page}")
    canvas.restoreState()


TOC: list[tuple[str, int, int]] = []   # (title, level, page) of the H1 / H2 headings


class Doc(SimpleDocTemplate):
    def afterFlowable(self, flowable):
        if isinstance(flowable, Paragraph) and flowable.style in (H1, H2) \
                and flowable.text != "DAFTAR ISI" and self.page > 1:
            self.seen.append((flowable.text.replace("<br/>", " "), 1 if flowable.style is H1 else 2,
                              self.page))


def build(planted: bool) -> Path:
    global PLANTED
    PLANTED = planted
    path = OUT / f"{NAME}.{'planted' if planted else 'consistent'}.pdf"
    TOC.clear()
    for _ in range(3):          # until the page numbers in the Daftar Isi are stable
        PLANTS.clear()
        doc = Doc(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                  topMargin=2 * cm, bottomMargin=2 * cm,
                  title="Laporan Kinerja BPS Kabupaten Batu Ranggi 2023",
                  author="BPS Kabupaten Batu Ranggi", invariant=1)
        doc.seen = []
        if not TOC:
            TOC.extend(("x", 1, 0) for _ in range(60))
        doc.build(content(), onFirstPage=on_page, onLaterPages=on_page)
        if doc.seen == TOC:
            return path
        TOC[:] = doc.seen
    raise SystemExit("Daftar Isi pages did not settle")


# issue 12's reviu checks; pages are found in the planted PDF by write_truth()
NEW_ITEMS = [
    dict(id="bps-structure-lampiran", family="structure",
         anchor="LAMPIRAN PERJANJIAN KINERJA TAHUN 2023", figure="", correct="LAMPIRAN PERJANJIAN KINERJA TAHUN 2023",
         what="the planted report ends with the Penutup: the Lampiran with the Perjanjian Kinerja Tahun 2023 (and its "
              "signature block) is missing, although the Sistematika Laporan promises it"),
    dict(id="bps-comparison-ketepatan", family="comparison",
         anchor="Tingkat ketepatan waktu rilis publikasi", figure="", correct="96,00",
         what="PK indicator 2 (tingkat ketepatan waktu rilis publikasi) is left out of Tabel 3.2; Bab III compares it "
              "with 2022 in prose but nowhere with the Renstra end target 96,00 (nor with 2021)"),
    dict(id="bps-toc-survei", family="toc", find="Pelaksanaan Survei dan Sensus Tahun 2023 11",
         anchor="C. Pelaksanaan Survei dan Sensus Tahun 2023", figure="11", correct="9",
         what="the Daftar Isi puts section C of Bab III (Pelaksanaan Survei dan Sensus Tahun 2023) on page 11; "
              "the heading is printed on page 9"),
    dict(id="bps-date-lhe", family="citation", find="diterima pada 29 Maret 2024",
         anchor="evaluasi tersebut diterima pada 29 Maret 2024", figure="29 Maret 2024", correct="29 Januari 2024",
         what="the SAKIP evaluation report is said to have been received on 29 Maret 2024, after the report was "
              "signed (Batu Ranggi, 12 Februari 2024)"),
]


def write_truth():
    """Keep the hand-made items (their pages re-found in the planted PDF) and add NEW_ITEMS."""
    import json
    import re
    import pdfplumber
    import yaml
    path = OUT / f"{NAME}.truth.yaml"
    text = path.read_text(encoding="utf-8")
    head, body = text.split("items:\n", 1)
    head = head.replace("Both versions have the same pagination (13 pages). Table 3.3 (publikasi) runs from\n"
                        "# page 7 to 8 and Table 3.6 (anggaran) from page 9 to 10",
                        "The Daftar Isi is page 2; the planted version has no Lampiran (13 pages against 14).\n"
                        "# Table 3.3 (publikasi) runs from page 8 to 9 and Table 3.6 (anggaran) from page 10 to 11")
    blocks = re.split(r"\n(?=  - id: )", "\n" + body)
    blocks = [b.strip("\n") for b in blocks if b.strip()]
    new_ids = {it["id"] for it in NEW_ITEMS}
    blocks = [b for b in blocks if re.search(r"id: (\S+)", b).group(1) not in new_ids]
    with pdfplumber.open(OUT / f"{NAME}.planted.pdf") as pdf:
        pages = [" ".join((pg.extract_text() or "").split()) for pg in pdf.pages]
    with pdfplumber.open(OUT / f"{NAME}.consistent.pdf") as pdf:
        cpages = [" ".join((pg.extract_text() or "").split()) for pg in pdf.pages]

    def page_of(needle, figure=None, near=None, first=3):
        hits = [n for n, t in enumerate(pages, 1) if needle in t and n >= first
                and (not figure or re.search(rf"(?<![\d.,]){re.escape(figure)}(?![\d.,]*\d)", t))]
        if len(hits) > 1:
            hits = [n for n in hits if n > len(cpages) or pages[n - 1] != cpages[n - 1]] or hits
        assert len(hits) == 1, (needle, hits)
        return hits[0]
    out = []
    for b in blocks:
        item = yaml.safe_load(b)[0]
        # the Daftar Isi page comes before every hand-made item
        # hand-made pages are kept (they moved one page down when the Daftar Isi came in);
        # check that the planted figure is still printed on that page
        t = pages[item["page"] - 1]
        assert item["anchor"] in t and re.search(
            rf"(?<![\d.,]){re.escape(str(item['figure']))}(?![\d.,]*\d)", t), (item["id"], item["page"])
        out.append(b)
    for it in NEW_ITEMS:
        lines = [f"  - id: {it['id']}", f"    family: {it['family']}"]
        if it.get("find"):
            lines.append(f"    page: {page_of(it['find'], first=2)}")
        for k in ("anchor", "figure", "correct"):
            lines.append(f"    {k}: \"{it[k]}\"")
        lines.append(f"    what: {json.dumps(it['what'], ensure_ascii=False)}")
        out.append("\n".join(lines))
    path.write_text(head + "items:\n" + "\n\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    for flag in (False, True):
        print(build(flag))
    print(f"{len(PLANTS)} planted cells")
    write_truth()
