#!/usr/bin/env python3
"""Build fixtures/corpus/bbpom-2024.{consistent,planted}.pdf and bbpom-2024.truth.yaml.

Laporan Kinerja 2024 of an invented Balai Besar POM. One content definition; the
function P() switches planted figures on when building the planted version.
Requires reportlab (build) and pdfplumber (only to locate truth pages).
"""
from __future__ import annotations

import json
import re
import sys
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle, CondPageBreak)

rl_config.invariant = 1  # reproducible output (no timestamps / random ids)

NAME = "bbpom-2024"
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "fixtures" / "corpus"
AGENCY = "Balai Besar Pengawas Obat dan Makanan di Tanjung Seruni"

PLANTED = False
PLANTS: dict[str, tuple[str, str]] = {}


def P(pid: str, correct: str, planted: str) -> str:
    PLANTS[pid] = (correct, planted)
    return planted if PLANTED else correct


# ----------------------------------------------------------------- numbers
def D(x) -> Decimal:
    return Decimal(str(x))


def rnd(x: Decimal, d: int = 2) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)


def idn(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def eng2(n: int) -> str:
    return f"{n:,}.00"


def dec(x, d: int = 2) -> str:
    s = f"{rnd(D(x), d):,.{d}f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def pct(num, den, d: int = 2) -> str:
    return dec(D(num) * 100 / D(den), d)


def cap(real, target, lower=False) -> str:
    r, t = D(real), D(target)
    v = (2 - r / t) * 100 if lower else r / t * 100
    return dec(v)


def capv(real, target, lower=False) -> Decimal:
    r, t = D(real), D(target)
    return rnd((2 - r / t) * 100 if lower else r / t * 100)


# ----------------------------------------------------------------- data
# staff per unit: (unit, L, P)
UNITS = [
    ("Bagian Tata Usaha", 14, 17),
    ("Bidang Pengujian", 9, 24),
    ("Bidang Pemeriksaan", 8, 13),
    ("Bidang Penindakan", 9, 4),
    ("Bidang Informasi dan Komunikasi", 5, 9),
]
GOL = [("Golongan IV", 3, 5), ("Golongan III", 27, 49), ("Golongan II", 8, 6),
       ("PPPK", 7, 7)]
EDU = [("S3", 1, 0), ("S2", 7, 11), ("Profesi Apoteker", 9, 20), ("S1/D4", 13, 18),
       ("D3", 7, 14), ("SMA/SMK", 8, 4)]

# indicators: key -> dict
IND = [
    dict(k="obat", ss=1, name="Persentase sarana produksi obat yang memenuhi ketentuan",
         sat="%", ren=["70,00", "72,00", "74,00", "76,00", "78,00"], t=D("78"),
         hist=["73,33", "75,00", "76,47"], nas="79,40"),
    dict(k="pangan", ss=1,
         name="Persentase sarana produksi pangan olahan yang memenuhi ketentuan",
         sat="%", ren=["67,00", "69,00", "71,00", "73,00", "75,00"], t=D("75"),
         hist=["68,00", "70,83", "74,07"], nas="74,10"),
    dict(k="sampel", ss=1, name="Jumlah sampel obat dan makanan yang diuji",
         sat="sampel", ren=["1.900", "1.950", "2.000", "2.100", "2.150"], t=D("2150"),
         hist=["1.962", "2.014", "2.108"], nas="-"),
    dict(k="tms", ss=1, lower=True,
         name="Persentase temuan produk obat dan makanan tidak memenuhi syarat (TMS)",
         sat="%", ren=["8,50", "8,00", "7,50", "7,00", "6,50"], t=D("6.5"),
         hist=["7,85", "7,12", "6,64"], nas="6,12"),
    dict(k="perkara", ss=2,
         name="Jumlah perkara di bidang obat dan makanan yang diselesaikan hingga tahap II",
         sat="perkara", ren=["4", "4", "5", "5", "6"], t=D("6"),
         hist=["4", "5", "6"], nas="-"),
    dict(k="ikm", ss=3, name="Indeks Kepuasan Masyarakat (IKM) terhadap layanan publik BBPOM",
         sat="indeks", ren=["82,00", "82,50", "83,50", "84,00", "85,00"], t=D("85"),
         hist=["83,10", "84,25", "85,96"], nas="n/a"),
    dict(k="sakip", ss=3, name="Nilai SAKIP Balai Besar POM di Tanjung Seruni",
         sat="nilai", ren=["75,00", "76,00", "76,50", "77,00", "78,00"], t=D("78"),
         hist=["76,20", "77,05", "78,34"], nas="-"),
    dict(k="ikpa", ss=3, name="Nilai Indikator Kinerja Pelaksanaan Anggaran (IKPA)",
         sat="nilai", ren=["90,00", "91,00", "92,00", "92,50", "93,00"], t=D("93"),
         hist=["91,45", "93,80", "94,27"], nas="-"),
]
SS = {1: "SS 1. Terwujudnya pengawasan obat dan makanan yang efektif di wilayah kerja",
      2: "SS 2. Meningkatnya efektivitas penindakan kejahatan obat dan makanan",
      3: "SS 3. Meningkatnya kepuasan masyarakat dan kualitas tata kelola Balai Besar POM"}

# sarana produksi: (group, jenis, diperiksa, MK)
SARANA_OBAT = [("Industri Farmasi", 4, 4), ("Industri Obat Tradisional (IOT)", 3, 2),
               ("Usaha Kecil Obat Tradisional (UKOT)", 7, 5),
               ("Usaha Mikro Obat Tradisional (UMOT)", 2, 2)]
SARANA_PANGAN = [("Industri Pangan Olahan skala menengah-besar", 11, 9),
                 ("Industri Pangan Olahan skala kecil (UMKM)", 14, 9),
                 ("Industri Bahan Tambahan Pangan", 4, 3)]
SARANA_KOS = [("Industri Kosmetika", 5, 4)]

# sampling per komoditas: (komoditas, target, diuji, TMS)
KOM = [("Obat", 310, 318, 4), ("Obat Tradisional", 380, 392, 27),
       ("Suplemen Kesehatan", 120, 124, 3), ("Kosmetik", 420, 437, 38),
       ("Pangan Olahan", 860, 899, 58), ("Obat Kuasi", 60, 66, 0)]
KAB = [
    ("Kota Tanjung Seruni", [63, 78, 25, 87, 178, 14]),
    ("Kabupaten Muara Lestari", [18, 22, 7, 24, 50, 4]),
    ("Kabupaten Bukit Kemuning", [32, 40, 13, 44, 91, 7]),
    ("Kabupaten Rawa Jaya", [16, 19, 6, 21, 43, 4]),
    ("Kota Batu Kilap", [29, 36, 12, 40, 81, 6]),
    ("Kabupaten Sungai Tiga", [24, 29, 10, 33, 67, 5]),
    ("Kabupaten Padang Sirih", [15, 18, 6, 21, 42, 3]),
    ("Kabupaten Lembah Asri", [27, 34, 11, 38, 78, 5]),
    ("Kabupaten Tanah Merah Baru", [14, 17, 5, 19, 40, 2]),
    ("Kabupaten Teluk Amparan", [25, 31, 9, 35, 72, 5]),
    ("Kabupaten Pulau Karang", [15, 18, 5, 20, 42, 3]),
    ("Kabupaten Sekar Mayang", [15, 19, 6, 21, 44, 3]),
    ("Kabupaten Gunung Ranti", [25, 31, 9, 34, 71, 5]),
]
# perkara: (komoditas, temuan, adm, projustitia, tahap II, nilai barang bukti)
PERKARA = [("Obat", 5, 4, 2, 412_500_000), ("Obat Tradisional", 7, 5, 3, 1_275_300_000),
           ("Kosmetik", 6, 2, 1, 356_800_000), ("Pangan Olahan", 5, 1, 1, 98_450_000)]
# IKM unsur
IKM_U = [("U1. Persyaratan", "86,25"), ("U2. Sistem, mekanisme, dan prosedur", "85,90"),
         ("U3. Waktu penyelesaian", "84,72"), ("U4. Biaya/tarif", "92,15"),
         ("U5. Produk spesifikasi jenis pelayanan", "87,60"),
         ("U6. Kompetensi pelaksana", "88,34"), ("U7. Perilaku pelaksana", "90,08"),
         ("U8. Penanganan pengaduan, saran, dan masukan", "83,96"),
         ("U9. Sarana dan prasarana", "87,78")]
SAKIP_K = [("Perencanaan Kinerja", 30, "24,60", "24,82"),
           ("Pengukuran Kinerja", 30, "22,90", "23,85"),
           ("Pelaporan Kinerja", 15, "11,84", "12,18"),
           ("Evaluasi Akuntabilitas Kinerja Internal", 25, "19,00", "19,00")]
# DIPA outputs: (code, uraian, pagu, realisasi)
WA_OUT = [("3170.EBA.994", "Layanan Perkantoran", 8_946_218_000, 8_871_402_551),
          ("3170.EBA.956", "Layanan BMN", 214_600_000, 209_845_300),
          ("3170.EBB.951", "Layanan Sarana Internal", 1_285_000_000, 1_262_118_400)]
DG_OUT = [("3165.BAB.001", "Pengawasan sarana produksi dan distribusi obat dan makanan",
           1_874_500_000, 1_831_276_840),
          ("3165.QDC.002", "Sampel obat dan makanan yang diuji", 3_412_800_000, 3_356_921_075),
          ("3165.QIB.003", "Penindakan kejahatan obat dan makanan", 486_300_000, 462_905_500),
          ("3165.QDB.004", "Komunikasi, informasi, dan edukasi obat dan makanan",
           528_900_000, 519_342_000)]
BEL_PEG = (7_602_418_000, 7_561_930_214)
BEL_MOD = (1_285_000_000, 1_262_118_400)

# ----------------------------------------------------------------- derived
LT = sum(u[1] for u in UNITS); PT = sum(u[2] for u in UNITS); NT = LT + PT
assert (LT, PT) == (sum(g[1] for g in GOL), sum(g[2] for g in GOL))
assert (LT, PT) == (sum(g[1] for g in EDU), sum(g[2] for g in EDU))
OB_D = sum(s[1] for s in SARANA_OBAT); OB_M = sum(s[2] for s in SARANA_OBAT)
PG_D = sum(s[1] for s in SARANA_PANGAN); PG_M = sum(s[2] for s in SARANA_PANGAN)
ALL_D = OB_D + PG_D + sum(s[1] for s in SARANA_KOS)
ALL_M = OB_M + PG_M + sum(s[2] for s in SARANA_KOS)
K_T = sum(k[1] for k in KOM); K_D = sum(k[2] for k in KOM); K_TMS = sum(k[3] for k in KOM)
for j in range(6):
    assert sum(r[1][j] for r in KAB) == KOM[j][2]
PK_T = [p[1] + p[2] for p in PERKARA]
R = {  # realisasi 2024 (Decimal) and printed
    "obat": D(OB_M) * 100 / D(OB_D), "pangan": D(PG_M) * 100 / D(PG_D),
    "sampel": D(K_D), "tms": D(K_TMS) * 100 / D(K_D), "perkara": D(sum(p[3] for p in PERKARA)),
}
IKM_VAL = rnd(sum(D(v.replace(",", ".")) for _, v in IKM_U) / 9)
SAKIP_VAL = sum(D(k[3].replace(",", ".")) for k in SAKIP_K)
SAKIP_23 = sum(D(k[2].replace(",", ".")) for k in SAKIP_K)
R["ikm"] = IKM_VAL; R["sakip"] = SAKIP_VAL; R["ikpa"] = D("95.62")
RP = {  # printed realisasi
    "obat": dec(R["obat"]), "pangan": dec(R["pangan"]), "sampel": idn(K_D),
    "tms": dec(R["tms"]), "perkara": str(int(R["perkara"])), "ikm": dec(IKM_VAL),
    "sakip": dec(SAKIP_VAL), "ikpa": "95,62"}
for i in IND:
    i["rp"] = RP[i["k"]]
    i["real"] = D(i["rp"].replace(".", "").replace(",", ".")) if i["k"] == "sampel" \
        else D(i["rp"].replace(",", "."))
    i["cap"] = capv(D(i["rp"].replace(".", "").replace(",", ".")) if i["k"] == "sampel"
                    else D(i["rp"].replace(",", ".")), i["t"], i.get("lower", False))
    i["ok"] = i["cap"] >= 100
    i["tp"] = i["ren"][4]
    assert i["ren"][4].replace(".", "").replace(",", ".").rstrip("0").rstrip(".") == \
        f"{i['t']}".rstrip("0").rstrip(".") or True
IND_BY = {i["k"]: i for i in IND}
N_OK = sum(1 for i in IND if i["ok"])
WA_P = sum(o[2] for o in WA_OUT); WA_R = sum(o[3] for o in WA_OUT)
DG_P = sum(o[2] for o in DG_OUT); DG_R = sum(o[3] for o in DG_OUT)
TOT_P = WA_P + DG_P; TOT_R = WA_R + DG_R
BEL_BAR = (TOT_P - BEL_PEG[0] - BEL_MOD[0], TOT_R - BEL_PEG[1] - BEL_MOD[1])
ikm_max = max(IKM_U, key=lambda u: u[1]); ikm_min = min(IKM_U, key=lambda u: u[1])
assert ikm_max[0].startswith("U4") and ikm_min[0].startswith("U8")

# ----------------------------------------------------------------- styles
ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=ss["Normal"], fontName="Helvetica", fontSize=10,
                      leading=13.5, alignment=TA_JUSTIFY, spaceAfter=6)
H1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=13,
                    alignment=TA_CENTER, spaceBefore=4, spaceAfter=10)
H2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=11,
                    spaceBefore=8, spaceAfter=5)
CAP = ParagraphStyle("cap", parent=BODY, fontName="Helvetica-Bold", fontSize=9.5,
                     alignment=TA_CENTER, spaceBefore=4, spaceAfter=4)
SRC = ParagraphStyle("src", parent=BODY, fontSize=8, leading=10, spaceAfter=8)
CELL = ParagraphStyle("cell", parent=ss["Normal"], fontName="Helvetica", fontSize=8.5,
                      leading=10.5)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
HEAD = ParagraphStyle("head", parent=CELL, fontName="Helvetica-Bold", alignment=TA_CENTER)
COVER = ParagraphStyle("cover", parent=H1, fontSize=16, leading=22, spaceAfter=16)


def para(t):
    return Paragraph(t, BODY)


def cellp(t, bold=False):
    return Paragraph(t, CELLB if bold else CELL)


def table(rows, widths, head=1, spans=(), groups=(), bold_rows=(), wrap_cols=(1,),
          numrow=None, repeat=None, left_cols=(0, 1)):
    """rows: list of lists of str. groups: row indexes that span the whole table."""
    data = []
    for ri, r in enumerate(rows):
        out = []
        for ci, c in enumerate(r):
            if ri < head and c and ri != numrow:
                out.append(Paragraph(c, HEAD))
            elif ri >= head and ci in wrap_cols and c and ri not in groups:
                out.append(cellp(c, ri in bold_rows))
            elif ri >= head and ri in groups and ci == 0:
                out.append(cellp(c, True))
            else:
                out.append(c)
        data.append(out)
    t = Table(data, colWidths=[w * cm for w in widths], repeatRows=repeat or head)
    st = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
        ("FONT", (0, 0), (-1, head - 1), "Helvetica-Bold", 8.5),
        ("BACKGROUND", (0, 0), (-1, head - 1), colors.HexColor("#dfe7f2")),
        ("ALIGN", (0, 0), (-1, head - 1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, head), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for c in left_cols:
        st.append(("ALIGN", (c, head), (c, -1), "LEFT"))
    for s in spans:
        st.append(("SPAN", s[0], s[1]))
    for g in groups:
        st.append(("SPAN", (0, g), (-1, g)))
        st.append(("BACKGROUND", (0, g), (-1, g), colors.HexColor("#f1f1f1")))
    for b in bold_rows:
        st.append(("FONT", (0, b), (-1, b), "Helvetica-Bold", 8.5))
    if numrow is not None:
        st.append(("FONT", (0, numrow), (-1, numrow), "Helvetica-Oblique", 7.5))
        st.append(("ALIGN", (0, numrow), (-1, numrow), "CENTER"))
    t.setStyle(TableStyle(st))
    return t


def caption(t):
    return Paragraph(t, CAP)


def source(t):
    return Paragraph(t, SRC)


# ----------------------------------------------------------------- content
def build_story():
    PLANTS.clear()
    S = []
    a = S.append
    ob, pg, sp, tm, pk, ik, sk, ia = (IND_BY[k] for k in
                                      ["obat", "pangan", "sampel", "tms", "perkara",
                                       "ikm", "sakip", "ikpa"])

    # ---- cover
    a(Spacer(1, 3 * cm))
    a(Paragraph("LAPORAN KINERJA<br/>TAHUN 2024", COVER))
    a(Paragraph("BALAI BESAR PENGAWAS OBAT DAN MAKANAN<br/>DI TANJUNG SERUNI", COVER))
    a(Spacer(1, 2 * cm))
    a(Paragraph("BADAN PENGAWAS OBAT DAN MAKANAN<br/>REPUBLIK INDONESIA<br/>"
                "Jalan Cendana Raya Nomor 27, Tanjung Seruni<br/>2025", H1))
    a(PageBreak())

    # ---- kata pengantar
    a(Paragraph("KATA PENGANTAR", H1))
    a(para("Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas rahmat-Nya "
           "Laporan Kinerja Balai Besar Pengawas Obat dan Makanan di Tanjung Seruni Tahun "
           + P("stale-kp", "2024", "2023") +
           " dapat diselesaikan. Laporan ini disusun sebagai wujud pertanggungjawaban atas "
           "pelaksanaan tugas dan fungsi Balai Besar POM di Tanjung Seruni (selanjutnya disebut "
           "BBPOM) dalam mencapai sasaran strategis yang telah ditetapkan dalam Perjanjian "
           "Kinerja, sebagaimana diamanatkan Peraturan Presiden Nomor 29 Tahun 2014 tentang "
           "Sistem Akuntabilitas Kinerja Instansi Pemerintah dan Peraturan Menteri PANRB Nomor "
           "53 Tahun 2014."))
    a(para("Tahun 2024 merupakan tahun terakhir pelaksanaan Rencana Strategis BBPOM 2020–2024, "
           "sehingga laporan ini sekaligus memuat gambaran capaian akhir periode Renstra. Kami "
           "menyadari masih terdapat kekurangan, antara lain pada pengawasan sarana produksi "
           "pangan olahan skala kecil, yang akan menjadi perhatian pada periode Renstra "
           "berikutnya. Kritik dan saran untuk perbaikan laporan ini sangat kami harapkan."))
    a(Spacer(1, 0.6 * cm))
    a(Paragraph("Tanjung Seruni, 27 Januari 2025<br/>Kepala Balai Besar POM di Tanjung Seruni,"
                "<br/><br/><br/>Dra. Ratna Wulandari Sitepu, Apt., M.Si.<br/>"
                "NIP 19700412 199603 2 001", BODY))

    # ---- ikhtisar
    a(Spacer(1, 0.5 * cm))
    a(Paragraph("IKHTISAR EKSEKUTIF", H1))
    a(para("Perjanjian Kinerja BBPOM Tahun 2024 memuat tiga sasaran strategis yang diukur dengan "
           f"{len(IND)} indikator kinerja utama (IKU). Dari {len(IND)} indikator tersebut, "
           f"{N_OK} indikator tercapai atau melampaui target dan {len(IND) - N_OK} indikator "
           "belum mencapai target, yaitu persentase sarana produksi pangan olahan yang memenuhi "
           f"ketentuan dengan capaian {dec(pg['cap'])}%."))
    a(para("Sepanjang tahun 2024 BBPOM memeriksa "
           f"{ALL_D} sarana produksi, menguji "
           + P("nar-sampel", idn(K_D), "2.263") +
           f" sampel obat dan makanan dari target {idn(K_T)} sampel, dan menemukan {K_TMS} "
           f"sampel tidak memenuhi syarat ({dec(R['tms'])}%). Di bidang penindakan, "
           f"{int(R['perkara'])} perkara telah diselesaikan hingga tahap II. Indeks Kepuasan "
           f"Masyarakat mencapai {dec(IKM_VAL)} dan nilai SAKIP {dec(SAKIP_VAL)} dengan predikat BB."))
    a(para(f"Pagu anggaran BBPOM Tahun 2024 sebesar Rp{idn(TOT_P)},00 terealisasi "
           f"Rp{idn(TOT_R)},00 atau {pct(TOT_R, TOT_P)}%, dengan sisa anggaran "
           f"Rp{idn(TOT_P - TOT_R)},00. Program Pengawasan Obat dan Makanan sendiri memiliki pagu "
           f"Rp{idn(DG_P)},00 dengan realisasi {pct(DG_R, DG_P)}%."))
    a(PageBreak())

    # ---- BAB I
    a(Paragraph("BAB I<br/>PENDAHULUAN", H1))
    a(Paragraph("A. Latar Belakang", H2))
    a(para("BBPOM di Tanjung Seruni merupakan Unit Pelaksana Teknis Badan Pengawas Obat dan "
           "Makanan yang wilayah kerjanya meliputi 13 kabupaten/kota di Provinsi Bentang Samudra. "
           "Laporan Kinerja disusun setiap tahun untuk menyajikan capaian kinerja dibandingkan "
           "dengan target dalam Perjanjian Kinerja serta realisasi anggaran yang digunakan, "
           "sesuai Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja "
           "Instansi Pemerintah."))
    a(Paragraph("B. Tugas dan Fungsi", H2))
    a(para("Sesuai Peraturan Badan POM tentang Organisasi dan Tata Kerja Unit Pelaksana Teknis, "
           "BBPOM mempunyai tugas melaksanakan kebijakan teknis operasional di bidang pengawasan "
           "obat dan makanan, yang meliputi pengawasan atas produk terapetik, narkotika, "
           "psikotropika, zat adiktif, obat tradisional, kosmetik, produk komplemen, serta pangan "
           "olahan. Fungsi BBPOM meliputi penyusunan rencana dan program, pemeriksaan sarana "
           "produksi dan distribusi, sampling dan pengujian, penindakan, komunikasi informasi "
           "dan edukasi (KIE), serta pelayanan pengaduan konsumen."))
    a(Paragraph("C. Struktur Organisasi dan Sumber Daya Manusia", H2))
    a(para("BBPOM dipimpin oleh seorang Kepala dan terdiri atas Bagian Tata Usaha, Bidang "
           "Pengujian, Bidang Pemeriksaan, Bidang Penindakan, serta Bidang Informasi dan "
           f"Komunikasi. Per 31 Desember 2024 BBPOM didukung {NT} pegawai, terdiri atas {LT} "
           f"laki-laki dan {PT} perempuan, termasuk {GOL[3][1] + GOL[3][2]} Pegawai Pemerintah "
           "dengan Perjanjian Kerja (PPPK). Sebaran pegawai per unit kerja disajikan pada "
           "Tabel 1.1."))
    rows = [["No", "Unit Kerja", "Jumlah Pegawai", "", ""], ["", "", "L", "P", "L+P"]]
    for n, (u, l, p) in enumerate(UNITS, 1):
        tot = str(l + p)
        if u == "Bagian Tata Usaha":
            tot = P("rowsum-tu", tot, "13")
        rows.append([str(n), u, str(l), str(p), tot])
    rows.append(["", "Jumlah", str(LT), str(PT), str(NT)])
    a(caption("Tabel 1.1 Jumlah Pegawai menurut Unit Kerja dan Jenis Kelamin"))
    a(table(rows, [1.0, 7.5, 2.2, 2.2, 2.2], head=2,
            spans=[((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (4, 0))],
            bold_rows=[len(rows) - 1], left_cols=(1,)))
    a(Spacer(1, 0.3 * cm))
    a(para("Berdasarkan golongan, sebagian besar pegawai berada pada Golongan III, yaitu "
           f"{GOL[1][1] + GOL[1][2]} orang. Komposisi menurut golongan dan pendidikan disajikan "
           "pada Tabel 1.2 dan Tabel 1.3. Tenaga pengujian didominasi lulusan profesi apoteker "
           "dan S1 farmasi, kimia, serta teknologi pangan."))
    rows = [["Golongan/Status", "L", "P", "Jumlah"]]
    for g, l, p in GOL:
        rows.append([g, str(l), str(p), str(l + p)])
    rows.append(["Total", str(LT), str(PT), str(NT)])
    a(caption("Tabel 1.2 Jumlah Pegawai menurut Golongan"))
    a(table(rows, [6.0, 2.5, 2.5, 2.5], head=1, bold_rows=[len(rows) - 1], wrap_cols=(),
            left_cols=(0,)))
    rows = [["No", "Pendidikan", "L", "P", "L+P"], ["(1)", "(2)", "(3)", "(4)", "(5)"]]
    for n, (e, l, p) in enumerate(EDU, 1):
        rows.append([str(n), e, str(l), str(p), str(l + p)])
    rows.append(["", "Jumlah", str(LT), str(PT), str(NT)])
    a(caption("Tabel 1.3 Jumlah Pegawai menurut Tingkat Pendidikan"))
    a(table(rows, [1.0, 6.0, 2.2, 2.2, 2.2], head=2, numrow=1, bold_rows=[len(rows) - 1],
            wrap_cols=(), left_cols=(1,)))
    a(Paragraph("D. Sistematika Laporan", H2))
    a(para("Laporan ini terdiri atas Bab I Pendahuluan, Bab II Perencanaan Kinerja, Bab III "
           "Akuntabilitas Kinerja yang memuat capaian kinerja dan realisasi anggaran, dan Bab IV "
           "Penutup, dilengkapi lampiran Perjanjian Kinerja dan realisasi anggaran per jenis "
           "belanja."))
    a(PageBreak())

    # ---- BAB II
    a(Paragraph("BAB II<br/>PERENCANAAN KINERJA", H1))
    a(Paragraph("A. Rencana Strategis 2020–2024", H2))
    a(para("Rencana Strategis BBPOM 2020–2024 menjabarkan Renstra Badan POM ke dalam tiga sasaran "
           "strategis. Target tahunan setiap indikator selama periode Renstra disajikan pada "
           "Tabel 2.1. Target tahun 2024 sekaligus merupakan target akhir periode Renstra."))
    rows = [["Sasaran Strategis / Indikator Kinerja", "Satuan", "Target", "", "", "", ""],
            ["", "", "2020", "2021", "2022", "2023", "2024"]]
    groups = []
    cur = None
    for n, i in enumerate(IND, 1):
        if i["ss"] != cur:
            cur = i["ss"]
            groups.append(len(rows))
            rows.append([SS[cur], "", "", "", "", "", ""])
        ren = list(i["ren"])
        rows.append([f"{n}. {i['name']}", i["sat"]] + ren)
    a(caption("Tabel 2.1 Target Kinerja Renstra BBPOM di Tanjung Seruni 2020–2024"))
    a(table(rows, [7.2, 1.6, 1.5, 1.5, 1.5, 1.5, 1.5], head=2, groups=groups,
            spans=[((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (6, 0))], wrap_cols=(0,),
            left_cols=(0,)))
    a(Paragraph("B. Perjanjian Kinerja Tahun 2024", H2))
    a(para("Perjanjian Kinerja Tahun 2024 ditandatangani Kepala BBPOM dengan Kepala Badan POM pada "
           "awal tahun anggaran. Target PK ditetapkan sama dengan target tahun 2024 dalam Renstra, "
           "sebagaimana tercantum pada Tabel 2.2."))
    rows = [["No", "Sasaran Strategis", "Indikator Kinerja", "Target 2024"]]
    spans = []
    cur = None; start = None
    for n, i in enumerate(IND, 1):
        r = len(rows)
        if i["ss"] != cur:
            if start is not None and r - 1 > start:
                spans.append(((1, start), (1, r - 1)))
            cur = i["ss"]; start = r
            sstxt = SS[cur].split(". ", 1)[1]
        else:
            sstxt = ""
        tgt = i["tp"] + {"%": "%", "sampel": " sampel", "perkara": " perkara"}.get(i["sat"], "")
        rows.append([str(n), sstxt, i["name"], tgt])
    spans.append(((1, start), (1, len(rows) - 1)))
    a(caption("Tabel 2.2 Perjanjian Kinerja BBPOM di Tanjung Seruni Tahun 2024"))
    a(table(rows, [1.0, 5.0, 7.0, 2.8], head=1, spans=spans, wrap_cols=(1, 2),
            left_cols=(1, 2)))
    a(PageBreak())

    # ---- BAB III
    a(Paragraph("BAB III<br/>AKUNTABILITAS KINERJA", H1))
    a(Paragraph("A. Capaian Kinerja Organisasi", H2))
    a(para("Pengukuran kinerja dilakukan dengan membandingkan realisasi terhadap target setiap "
           "indikator. Capaian dihitung dengan rumus realisasi/target × 100%. Untuk indikator yang "
           "semakin kecil realisasinya semakin baik, yaitu persentase temuan produk TMS, capaian "
           "dihitung dengan rumus (2 - realisasi/target) × 100%. Indikator dinyatakan Tercapai "
           "apabila capaian sama dengan atau lebih dari 100%."))
    rows = [["No", "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi", "",
             "Capaian 2024 (%)", "Keterangan"],
            ["", "", "", "", "2023", "2024", "", ""]]
    groups = []
    cur = None
    for n, i in enumerate(IND, 1):
        if i["ss"] != cur:
            cur = i["ss"]
            groups.append(len(rows))
            rows.append([SS[cur], "", "", "", "", "", "", ""])
        h23 = i["hist"][2]
        if i["k"] == "obat":
            h23 = P("real-obat23", h23, "76,74")
        c = dec(i["cap"])
        if i["k"] == "ikm":
            c = P("cap-ikm", c, "102,58")
        st = "Tercapai" if i["ok"] else "Belum Tercapai"
        if i["k"] == "pangan":
            st = P("label-pangan", st, "Tercapai")
        rows.append([str(n), i["name"], i["sat"], i["tp"], h23, i["rp"], c, st])
    a(caption("Tabel 3.1 Pengukuran Kinerja BBPOM di Tanjung Seruni Tahun 2024"))
    a(table(rows, [0.9, 5.3, 1.5, 1.4, 1.4, 1.4, 1.6, 2.5], head=2, groups=groups,
            spans=[((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (2, 1)), ((3, 0), (3, 1)),
                   ((4, 0), (5, 0)), ((6, 0), (6, 1)), ((7, 0), (7, 1))],
            left_cols=(1, 7)))
    a(Spacer(1, 0.2 * cm))
    a(para(f"Secara umum, {N_OK} dari {len(IND)} indikator mencapai target. Rata-rata capaian "
           f"seluruh indikator sebesar {dec(sum(i['cap'] for i in IND) / len(IND))}%. Perbandingan "
           "realisasi IKU selama empat tahun terakhir, target akhir Renstra, dan angka nasional "
           "disajikan pada Tabel 3.2."))
    rows = [["Indikator Kinerja", "Realisasi", "", "", "", "Target Akhir Renstra",
             "Nasional 2024"],
            ["", "2021", "2022", "2023", "2024", "", ""]]
    for n, i in enumerate(IND, 1):
        rows.append([f"{n}. {i['name']}"] + i["hist"] + [i["rp"], i["tp"], i["nas"]])
    a(caption("Tabel 3.2 Perbandingan Realisasi IKU Tahun 2021–2024"))
    a(table(rows, [6.6, 1.45, 1.45, 1.45, 1.45, 1.9, 1.9], head=2,
            spans=[((0, 0), (0, 1)), ((1, 0), (4, 0)), ((5, 0), (5, 1)), ((6, 0), (6, 1))],
            wrap_cols=(0,), left_cols=(0,)))
    a(source("Sumber: Laporan Kinerja BBPOM 2021–2023; angka nasional dari Laporan Kinerja "
             "Badan POM Tahun 2024. Tanda - : tidak tersedia angka nasional; n/a: tidak dihitung "
             "secara nasional dengan metode yang sama."))

    # SS1 analysis
    a(Paragraph("Sasaran Strategis 1: Terwujudnya pengawasan obat dan makanan yang efektif", H2))
    a(para(f"<b>IKU 1. Persentase sarana produksi obat yang memenuhi ketentuan.</b> Pada tahun "
           f"2024 diperiksa {OB_D} sarana produksi obat (industri farmasi, industri dan usaha obat "
           f"tradisional), {OB_M} sarana di antaranya memenuhi ketentuan sehingga realisasi "
           f"{ob['rp']}% dari target {ob['tp']}% dengan capaian {dec(ob['cap'])}%. Realisasi ini "
           f"meningkat dibandingkan tahun 2023 ({ob['hist'][2]}%) dan melampaui angka nasional "
           f"{ob['nas']}%. Target akhir Renstra sebesar {ob['tp']}% telah terlampaui."))
    rows = [["Jenis Sarana Produksi", "Diperiksa", "Memenuhi Ketentuan (MK)",
             "Tidak Memenuhi Ketentuan (TMK)", "% MK"]]
    groups = []
    bold = []

    def sar_block(title, items, subt):
        groups.append(len(rows))
        rows.append([title, "", "", "", ""])
        for j, d_, m in items:
            rows.append([j, str(d_), str(m), str(d_ - m), pct(m, d_)])
        dsum = sum(x[1] for x in items); msum = sum(x[2] for x in items)
        bold.append(len(rows))
        rows.append([subt, str(dsum), str(msum), str(dsum - msum), pct(msum, dsum)])

    sar_block("A. Sarana produksi obat", SARANA_OBAT, "Sub Jumlah A")
    sar_block("B. Sarana produksi pangan olahan", SARANA_PANGAN, "Sub Jumlah B")
    sar_block("C. Sarana produksi kosmetika", SARANA_KOS, "Sub Jumlah C")
    bold.append(len(rows))
    rows.append(["Jumlah Total (A+B+C)", str(ALL_D), str(ALL_M), str(ALL_D - ALL_M),
                 pct(ALL_M, ALL_D)])
    a(caption("Tabel 3.3 Hasil Pemeriksaan Sarana Produksi Tahun 2024"))
    a(table(rows, [6.8, 1.9, 2.6, 2.8, 1.7], head=1, groups=groups, bold_rows=bold,
            wrap_cols=(0,), left_cols=(0,)))
    a(Spacer(1, 0.2 * cm))
    a(para(f"<b>IKU 2. Persentase sarana produksi pangan olahan yang memenuhi ketentuan.</b> Dari "
           f"{PG_D} sarana produksi pangan olahan yang diperiksa, {PG_M} sarana memenuhi ketentuan "
           f"sehingga realisasi {pg['rp']}% terhadap target {pg['tp']}% atau capaian "
           f"{dec(pg['cap'])}%. Realisasi ini "
           + P("nar-pangan-trend", "menurun", "meningkat") +
           f" dibandingkan tahun 2023 yang mencapai {pg['hist'][2]}%. Ketidaksesuaian terbanyak "
           "ditemukan pada industri pangan olahan skala kecil, terutama terkait penerapan Cara "
           "Produksi Pangan Olahan yang Baik (CPPOB) dan dokumentasi sanitasi. Tindak lanjut "
           "berupa pembinaan dan pendampingan 12 UMKM pangan akan dilanjutkan pada tahun 2025."))
    a(para(f"<b>IKU 3. Jumlah sampel obat dan makanan yang diuji.</b> Sebanyak {idn(K_D)} sampel "
           f"telah diuji dari target {idn(K_T)} sampel sehingga capaian {dec(sp['cap'])}%. Jumlah "
           f"ini meningkat dari {sp['hist'][2]} sampel pada tahun 2023. Terhadap target akhir "
           f"Renstra 2020–2024 sebesar {sp['ren'][4]} sampel, progres realisasi tercatat "
           + P("progress-sampel", pct(K_D, 2150), "110,40") + "%. "
           f"Rincian sampel per "
           "komoditas disajikan pada Tabel 3.4, sedangkan sebaran lokasi sampling per "
           "kabupaten/kota disajikan pada Tabel 3.5."))
    rows = [["Komoditas", "Target Sampel", "Sampel Diuji", "Memenuhi Syarat (MS)",
             "Tidak Memenuhi Syarat (TMS)", "% TMS"]]
    for k, t_, d_, tms in KOM:
        rows.append([k, str(t_), str(d_), str(d_ - tms), str(tms), pct(tms, d_)])
    ms_tot = idn(K_D - K_TMS)
    rows.append(["Jumlah", idn(K_T), idn(K_D), P("coltot-ms", ms_tot, "2.016"), str(K_TMS),
                 pct(K_TMS, K_D)])
    a(caption("Tabel 3.4 Sampling dan Pengujian per Komoditas Tahun 2024"))
    a(table(rows, [4.2, 2.2, 2.2, 2.6, 2.8, 1.8], head=1, bold_rows=[len(rows) - 1],
            wrap_cols=(), left_cols=(0,)))
    a(Spacer(1, 0.2 * cm))
    a(para(f"<b>IKU 4. Persentase temuan produk obat dan makanan tidak memenuhi syarat.</b> Dari "
           f"{idn(K_D)} sampel yang diuji, {K_TMS} sampel dinyatakan TMS sehingga persentase "
           f"temuan {tm['rp']}%, lebih rendah dari batas target {tm['tp']}%. Dengan rumus "
           f"indikator negatif, capaian IKU 4 sebesar {dec(tm['cap'])}%. Persentase TMS tertinggi "
           f"terdapat pada komoditas kosmetik ({pct(38, 437)}%), terutama kosmetik yang "
           "mengandung bahan dilarang seperti merkuri dan hidrokuinon, diikuti obat tradisional "
           f"({pct(27, 392)}%) yang mengandung bahan kimia obat."))
    a(para("Terhadap seluruh produk TMS telah dilakukan tindak lanjut berupa perintah penarikan "
           "dan pemusnahan oleh pemilik izin edar, peringatan tertulis kepada sarana distribusi, "
           "serta penyampaian hasil uji kepada Direktorat terkait di Badan POM untuk evaluasi "
           "izin edar. Produk kosmetik TMS yang dijual secara daring juga diusulkan untuk "
           "penurunan tautan (takedown) melalui kementerian yang membidangi komunikasi dan "
           "informatika. Pengujian didukung laboratorium kimia, mikrobiologi, dan obat "
           "tradisional yang telah terakreditasi ISO/IEC 17025:2017, dengan 214 parameter uji "
           "dalam ruang lingkup akreditasi."))
    a(para("Dari sisi waktu layanan, rata-rata waktu pengujian sampel rutin adalah 18 hari kerja "
           "sejak sampel diterima laboratorium, lebih cepat dibandingkan standar 20 hari kerja. "
           "Kendala utama pengujian adalah keterlambatan pengadaan baku pembanding untuk "
           "parameter bahan kimia obat pada obat tradisional, yang diatasi dengan pemanfaatan "
           "baku pembanding bersama antarbalai di regional yang sama."))
    a(para("Penentuan lokasi sampling mengikuti pendekatan berbasis risiko. Kabupaten/kota "
           "dengan jumlah sarana distribusi yang besar, riwayat temuan TMS yang tinggi, serta "
           "jalur masuk produk dari luar provinsi mendapat alokasi sampel lebih banyak. Sampling "
           "dilaksanakan oleh petugas Bidang Pemeriksaan bersama dinas kesehatan kabupaten/kota "
           "setempat, dan setiap sampel dicatat dalam aplikasi pengawasan sehingga dapat "
           "ditelusuri asal sarana, nomor bets, dan tanggal kedaluwarsa. Sebaran sampel yang "
           "diuji menurut kabupaten/kota asal sampling disajikan pada Tabel 3.5 berikut."))
    a(para("Sampling dilakukan secara proporsional terhadap jumlah sarana distribusi di setiap "
           "kabupaten/kota. Kota Tanjung Seruni menyumbang sampel terbanyak, yaitu "
           f"{sum(KAB[0][1])} sampel, karena menjadi pusat distribusi di Provinsi Bentang Samudra. "
           "Selain sampling rutin, dilakukan pula sampling khusus menjelang hari besar keagamaan "
           "melalui 4 kegiatan intensifikasi pengawasan pangan."))
    rows = [["No", "Kabupaten/Kota", "Obat", "OT", "SK", "Kosmetik", "Pangan Olahan",
             "Obat Kuasi", "Jumlah"]]
    for n, (kab, v) in enumerate(KAB, 1):
        no = str(n)
        if n == 11:
            no = P("num-kab", no, "12")
        tot = str(sum(v))
        rows.append([no, kab] + [str(x) for x in v] + [tot])
    rows.append(["", "Jumlah"] + [str(KOM[j][2]) for j in range(6)] + [idn(K_D)])
    a(caption("Tabel 3.5 Jumlah Sampel Diuji menurut Kabupaten/Kota Asal Sampling Tahun 2024"))
    a(table(rows, [0.9, 4.6, 1.3, 1.3, 1.3, 1.8, 1.8, 1.6, 1.6], head=1,
            bold_rows=[len(rows) - 1], wrap_cols=(), left_cols=(1,)))
    a(source("Keterangan: OT = obat tradisional; SK = suplemen kesehatan."))

    # SS2
    a(Paragraph("Sasaran Strategis 2: Meningkatnya efektivitas penindakan kejahatan obat dan "
                "makanan", H2))
    a(para(f"<b>IKU 5. Jumlah perkara yang diselesaikan hingga tahap II.</b> Pada tahun 2024 "
           f"terdapat {sum(PK_T)} temuan kasus pelanggaran, {sum(p[1] for p in PERKARA)} di "
           f"antaranya diselesaikan melalui sanksi administratif dan {sum(p[2] for p in PERKARA)} "
           f"ditindaklanjuti secara pro-justitia. Sebanyak {int(R['perkara'])} perkara telah "
           f"dinyatakan lengkap (P-21) dan diserahkan ke kejaksaan (tahap II) dari target "
           f"{pk['tp']} perkara, sehingga capaian {dec(pk['cap'])}%."))
    rows = [["Komoditas", "Temuan Kasus", "Sanksi Administratif", "Pro-justitia",
             "Selesai Tahap II", "Nilai Barang Bukti (Rp)"]]
    for k, adm, pj, t2, nb in PERKARA:
        rows.append([k, str(adm + pj), str(adm), str(pj), str(t2), idn(nb)])
    rows.append(["Jumlah", str(sum(PK_T)),
                 P("coltot-adm", str(sum(p[1] for p in PERKARA)), "22"),
                 str(sum(p[2] for p in PERKARA)), str(int(R["perkara"])),
                 idn(sum(p[4] for p in PERKARA))])
    a(caption("Tabel 3.6 Penanganan Perkara Obat dan Makanan Tahun 2024"))
    a(table(rows, [3.8, 2.1, 2.6, 2.2, 2.4, 3.3], head=1, bold_rows=[len(rows) - 1],
            wrap_cols=(), left_cols=(0,)))
    a(Spacer(1, 0.2 * cm))
    a(para(f"Nilai ekonomi barang bukti seluruhnya Rp{idn(sum(p[4] for p in PERKARA))}, dengan "
           f"nilai terbesar pada perkara obat tradisional sebesar Rp{idn(PERKARA[1][4])}. Selain "
           "penindakan, BBPOM melaksanakan 130 kegiatan KIE yang menjangkau sekolah, pasar, dan "
           "komunitas, serta 26 kegiatan patroli siber atas peredaran daring."))

    # SS3
    a(Paragraph("Sasaran Strategis 3: Meningkatnya kepuasan masyarakat dan kualitas tata "
                "kelola", H2))
    a(para(f"<b>IKU 6. Indeks Kepuasan Masyarakat.</b> Survei kepuasan masyarakat dilaksanakan "
           "pada bulan Oktober–November 2024 terhadap 412 responden, terdiri atas 187 laki-laki "
           f"dan 225 perempuan. Nilai IKM sebesar {dec(IKM_VAL)} (mutu B, kinerja Baik) terhadap "
           f"target {ik['tp']}, dengan capaian {dec(ik['cap'])}%. Nilai ini naik dari "
           f"{ik['hist'][2]} pada tahun 2023."))
    rows = [["Unsur Pelayanan", "Nilai Unsur (skala 100)", "Mutu Pelayanan"]]
    for u, v in IKM_U:
        vv = D(v.replace(",", "."))
        rows.append([u, v, "A" if vv >= D("88.31") else "B"])
    rows.append(["Rata-rata (Nilai IKM)", dec(IKM_VAL), "B"])
    a(caption("Tabel 3.7 Nilai Indeks Kepuasan Masyarakat per Unsur Pelayanan Tahun 2024"))
    a(table(rows, [8.0, 3.5, 3.0], head=1, bold_rows=[len(rows) - 1], wrap_cols=(),
            left_cols=(0,)))
    a(Spacer(1, 0.2 * cm))
    if PLANTED:
        hi = P("nar-ikm-max", "Biaya/tarif (92,15)", "Perilaku pelaksana (90,08)")
    else:
        hi = P("nar-ikm-max", "Biaya/tarif (92,15)", "Perilaku pelaksana (90,08)")
    a(para(f"Nilai unsur tertinggi terdapat pada unsur {hi}, sedangkan nilai terendah pada unsur "
           "Penanganan pengaduan, saran, dan masukan (83,96). Unsur terendah tersebut menjadi "
           "prioritas perbaikan melalui penambahan kanal pengaduan daring dan penetapan standar "
           "waktu tanggapan."))
    a(para(f"<b>IKU 7. Nilai SAKIP.</b> Hasil evaluasi akuntabilitas kinerja oleh Inspektorat "
           f"Utama Badan POM memberikan nilai {dec(SAKIP_VAL)} dengan predikat BB (Sangat Baik), "
           f"naik dari {dec(SAKIP_23)} pada tahun 2023. Terhadap target {sk['tp']}, capaian IKU 7 "
           f"sebesar {dec(sk['cap'])}%. Laporan hasil evaluasi tersebut diterima BBPOM pada "
           + P("date-lhe", "30 April 2024", "31 April 2024") + "."))
    rows = [["Komponen", "Bobot", "Nilai 2023", "Nilai 2024"]]
    for k, b, v23, v24 in SAKIP_K:
        rows.append([k, str(b), v23, v24])
    rows.append(["Total Nilai", "100", dec(SAKIP_23), dec(SAKIP_VAL)])
    rows.append(["Predikat", "", "BB", "BB"])
    a(caption("Tabel 3.8 Hasil Evaluasi SAKIP BBPOM per Komponen"))
    a(table(rows, [7.5, 2.0, 2.5, 2.5], head=1, bold_rows=[len(rows) - 2], wrap_cols=(),
            left_cols=(0,)))
    a(Spacer(1, 0.2 * cm))
    a(para(f"<b>IKU 8. Nilai IKPA.</b> Nilai IKPA tahun 2024 sebesar {ia['rp']} terhadap target "
           f"{ia['tp']}, dengan capaian {dec(ia['cap'])}%. Nilai tersebut didukung ketepatan "
           "penyampaian data kontrak, revisi DIPA yang minimal, dan penyerapan anggaran yang "
           "sesuai rencana penarikan dana."))

    # ---- budget
    a(CondPageBreak(9 * cm))
    a(Paragraph("B. Realisasi Anggaran", H2))
    a(para(f"Pagu DIPA BBPOM Tahun 2024 sebesar Rp{idn(TOT_P)},00 yang terdiri atas Program "
           f"Dukungan Manajemen Rp{idn(WA_P)},00 dan Program Pengawasan Obat dan Makanan "
           f"Rp{idn(DG_P)},00. Realisasi per program, kegiatan, dan rincian output disajikan pada "
           "Tabel 3.9."))
    rows = [["Kode", "Program / Kegiatan / Output", "Pagu (Rp)", "Realisasi (Rp)", "%",
             "Sisa (Rp)"]]
    bold = []

    def brow(code, ur, p_, r_, b=False, pr=None, pct_=None, sisa=None):
        if b:
            bold.append(len(rows))
        rows.append([code, ur, idn(p_), pr or idn(r_), pct_ or pct(r_, p_),
                     sisa or idn(p_ - r_)])

    brow("WA", "Program Dukungan Manajemen", WA_P, WA_R, True)
    brow("WA.3170", "Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya", WA_P, WA_R)
    for c, u, p_, r_ in WA_OUT:
        kw = {}
        if c == "3170.EBA.956":
            kw["pct_"] = P("barith-pct-bmn", pct(r_, p_), "96,78")
        brow(c, u, p_, r_, **kw)
    brow("DG", "Program Pengawasan Obat dan Makanan", DG_P, DG_R, True)
    # planted: kegiatan row keeps the pagu from before the DIPA revision (+50 juta),
    # its own % and sisa computed from that stale pagu
    kp = DG_P + (50_000_000 if PLANTED else 0)
    P("bhier-dg3165", idn(DG_P), idn(DG_P + 50_000_000))
    brow("DG.3165", "Pengawasan Obat dan Makanan di Seluruh Indonesia", kp, DG_R)
    for c, u, p_, r_ in DG_OUT:
        kw = {}
        if c == "3165.QDC.002":
            kw["sisa"] = P("barith-sisa-qdc", idn(p_ - r_), "55.887.925")
        if c == "3165.QIB.003":
            c = P("bcode-qib", c, "3156.QIB.003")
        brow(c, u, p_, r_, **kw)
    bold.append(len(rows))
    rows.append(["", "Jumlah", idn(TOT_P), idn(TOT_R), pct(TOT_R, TOT_P), idn(TOT_P - TOT_R)])
    a(caption("Tabel 3.9 Realisasi Anggaran per Program, Kegiatan, dan Output Tahun 2024"))
    a(table(rows, [2.4, 5.4, 2.7, 2.7, 1.3, 2.4], head=1, bold_rows=bold, wrap_cols=(1,),
            left_cols=(0, 1)))
    a(Spacer(1, 0.2 * cm))
    a(para(f"Sisa anggaran sebesar Rp{idn(TOT_P - TOT_R)},00 sebagian besar berasal dari "
           f"efisiensi belanja pegawai dan sisa kontrak pengadaan. Output dengan persentase "
           f"realisasi terendah adalah penindakan kejahatan obat dan makanan "
           f"({pct(DG_OUT[2][3], DG_OUT[2][2])}%), karena dua agenda gelar perkara dilaksanakan "
           "secara daring. Realisasi anggaran tahun 2024 "
           f"({pct(TOT_R, TOT_P)}%) menunjang capaian IKPA sebesar {ia['rp']}."))
    a(PageBreak())

    # ---- BAB IV
    a(Paragraph("BAB IV<br/>PENUTUP", H1))
    a(para(f"Secara keseluruhan kinerja BBPOM di Tanjung Seruni Tahun 2024 tergolong baik: {N_OK} "
           f"dari {len(IND)} IKU tercapai, dan realisasi anggaran mencapai {pct(TOT_R, TOT_P)}%. "
           "Indikator yang belum tercapai adalah persentase sarana produksi pangan olahan yang "
           f"memenuhi ketentuan ({pg['rp']}%), sehingga pembinaan UMKM pangan menjadi prioritas "
           "pada Renstra 2025–2029."))
    a(para("Langkah perbaikan ke depan meliputi: (1) peningkatan pendampingan CPPOB bagi UMKM "
           "pangan bersama dinas kesehatan kabupaten/kota; (2) penguatan pengujian kosmetik "
           "untuk bahan dilarang; (3) percepatan penanganan perkara melalui koordinasi dengan "
           "kepolisian dan kejaksaan; dan (4) perbaikan unsur penanganan pengaduan dalam "
           "pelayanan publik."))
    a(Spacer(1, 0.5 * cm))
    a(Paragraph("Kepala Balai Besar POM di Tanjung Seruni,<br/><br/><br/>Dra. Ratna Wulandari "
                "Sitepu, Apt., M.Si.<br/>NIP 19700412 199603 2 001", BODY))
    a(PageBreak())

    # ---- Lampiran
    a(Paragraph("LAMPIRAN 1<br/>PERJANJIAN KINERJA TAHUN 2024", H1))
    a(para("Kepala Balai Besar POM di Tanjung Seruni berjanji akan mewujudkan target kinerja "
           "yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja "
           "jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan."))
    rows = [["Sasaran Strategis", "Indikator Kinerja", "Target"]]
    spans = []; groups_ = []
    cur = None; start = None
    for i in IND:
        r = len(rows)
        if i["ss"] != cur:
            if start is not None and r - 1 > start:
                spans.append(((0, start), (0, r - 1)))
            cur = i["ss"]; start = r
            sstxt = SS[cur]
        else:
            sstxt = ""
        tgt = i["tp"] + {"%": "%", "sampel": " sampel", "perkara": " perkara"}.get(i["sat"], "")
        if i["k"] == "pangan":
            tgt = P("tgt-pangan-pk", tgt, "73,00%")
        if i["k"] == "sakip":
            tgt = tgt + " (BB)"
        rows.append([sstxt, i["name"], tgt])
    spans.append(((0, start), (0, len(rows) - 1)))
    a(table(rows, [5.5, 7.8, 2.8], head=1, spans=spans, wrap_cols=(0, 1), left_cols=(0, 1)))
    a(Spacer(1, 0.3 * cm))
    a(para(f"Anggaran: 1. Program Dukungan Manajemen Rp{idn(WA_P)}; 2. Program Pengawasan Obat "
           f"dan Makanan Rp{idn(DG_P)}; jumlah Rp{idn(TOT_P)}."))
    a(Spacer(1, 0.4 * cm))
    a(Paragraph("Tanjung Seruni, 2 Januari 2024<br/>Kepala Badan Pengawas Obat dan Makanan,"
                "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Kepala Balai Besar POM di Tanjung "
                "Seruni,<br/><br/><br/>Dr. Hendrik Sumarauw, M.Kes."
                "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Dra. Ratna Wulandari Sitepu, Apt., M.Si."
                "<br/>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
                "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
                "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;NIP 19700412 199603 2 001", BODY))
    a(Spacer(1, 0.6 * cm))

    a(Paragraph("LAMPIRAN 2<br/>REALISASI ANGGARAN PER JENIS BELANJA", H1))
    a(para("Data berikut diunduh dari aplikasi SAKTI per 31 Desember 2024 dan disajikan sesuai "
           "format keluaran aplikasi."))
    rows = [["Akun", "Uraian", "Pagu", "Realisasi", "Sisa Pagu", "%"]]
    for kd, ur, (p_, r_) in [("51", "Belanja Pegawai", BEL_PEG),
                             ("52", "Belanja Barang", BEL_BAR),
                             ("53", "Belanja Modal", BEL_MOD)]:
        rows.append([kd, ur, eng2(p_), eng2(r_), eng2(p_ - r_),
                     f"{rnd(D(r_) * 100 / D(p_)):.2f}"])
    rows.append(["", "TOTAL", eng2(TOT_P), eng2(TOT_R), eng2(TOT_P - TOT_R),
                 f"{rnd(D(TOT_R) * 100 / D(TOT_P)):.2f}"])
    a(table(rows, [1.2, 3.6, 3.3, 3.3, 3.0, 1.5], head=1, bold_rows=[len(rows) - 1],
            wrap_cols=(), left_cols=(0, 1)))
    return keep_tables(S)


SPLITTABLE = ("Tabel 3.2 ", "Tabel 3.5 ")


def keep_tables(S):
    out = []
    i = 0
    while i < len(S):
        f = S[i]
        if isinstance(f, Paragraph) and f.style is CAP and i + 1 < len(S) \
                and isinstance(S[i + 1], Table):
            if f.text.startswith(SPLITTABLE):
                out += [f, S[i + 1]]
            else:
                out.append(KeepTogether([f, S[i + 1]]))
            i += 2
            continue
        out.append(KeepTogether([f]) if isinstance(f, Table) else f)
        i += 1
    return out


def on_page(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica", 8)
    if doc.page > 1:
        canv.drawString(2 * cm, A4[1] - 1.2 * cm,
                        "Laporan Kinerja BBPOM di Tanjung Seruni Tahun 2024")
        canv.drawCentredString(A4[0] / 2, 1.2 * cm, f"Halaman {doc.page}")
    canv.restoreState()


def build(path: Path):
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm,
                            title=f"Laporan Kinerja {AGENCY} Tahun 2024", author=AGENCY)
    doc.build(build_story(), onFirstPage=on_page, onLaterPages=on_page)


# ----------------------------------------------------------------- truth
TRUTH = [
    ("rowsum-tu", "row-sum", "Bagian Tata Usaha",
     "L 14 + P 17 = 31 but the L+P cell of Bagian Tata Usaha reads 13"),
    ("coltot-ms", "column-total", "Jumlah",
     "Tabel 3.4: MS column sums to 2.106 but the Jumlah row reads 2.016 (digits swapped)"),
    ("coltot-adm", "column-total", "Jumlah",
     "Tabel 3.6: Sanksi Administratif 5+7+6+5 = 23 but the Jumlah row reads 22"),
    ("num-kab", "numbering", "Kabupaten Pulau Karang",
     "Tabel 3.5 No column runs 1..10, 12, 12, 13 (row 11 numbered 12)"),
    ("barith-pct-bmn", "budget-arithmetic", "3170.EBA.956",
     "Layanan BMN realisasi 209.845.300 / pagu 214.600.000 = 97,78% but % reads 96,78"),
    ("barith-sisa-qdc", "budget-arithmetic", "3165.QDC.002",
     "sisa = 3.412.800.000 - 3.356.921.075 = 55.878.925 but reads 55.887.925"),
    ("bhier-dg3165", "budget-hierarchy", "DG.3165",
     "kegiatan DG.3165 pagu reads 6.352.500.000 (pre-revision) but its outputs and program DG "
     "sum to 6.302.500.000; the row's own % (97,13) and sisa (182.054.585) were computed from "
     "the stale pagu, so the row is internally consistent"),
    ("bcode-qib", "budget-code", "Penindakan kejahatan obat dan makanan",
     "output listed under kegiatan DG.3165 carries code 3156.QIB.003 instead of 3165.QIB.003"),
    ("tgt-pangan-pk", "indicator-target",
     "Persentase sarana produksi pangan olahan yang memenuhi ketentuan",
     "Lampiran PK target 2024 is 73,00% (the 2023 Renstra target) while Renstra, PK Tabel 2.2 "
     "and Tabel 3.1 give 75,00"),
    ("real-obat23", "indicator-realisasi",
     "Persentase sarana produksi obat yang memenuhi ketentuan",
     "Tabel 3.1 realisasi 2023 reads 76,74 while Tabel 3.2 and prose give 76,47"),
    ("cap-ikm", "capaian", "Indeks Kepuasan Masyarakat (IKM) terhadap layanan publik BBPOM",
     "87,42 / 85,00 = 102,85% but capaian reads 102,58"),
    ("label-pangan", "label",
     "Persentase sarana produksi pangan olahan yang memenuhi ketentuan",
     "capaian 96,55% is below 100 but Keterangan reads Tercapai"),
    ("nar-sampel", "narrative-vs-table", "menguji 2.263 sampel obat dan makanan",
     "Ikhtisar: Tabel 3.4 gives 2.236 samples tested, prose says 2.263"),
    ("nar-pangan-trend", "narrative-vs-table", "Realisasi ini meningkat dibandingkan tahun 2023",
     "IKU 2 fell from 74,07 (2023) to 72,41 (2024), prose says meningkat"),
    ("nar-ikm-max", "narrative-vs-table", "Nilai unsur tertinggi terdapat pada unsur",
     "tertinggi names Perilaku pelaksana (90,08); highest in Tabel 3.7 is U4 Biaya/tarif (92,15)"),
    ("stale-kp", "stale-year", "Makanan di Tanjung Seruni Tahun 2023 dapat diselesaikan",
     "Kata Pengantar calls the report Laporan Kinerja ... Tahun 2023 (reporting year 2024)"),
    # issue 12's reviu checks
    ("progress-sampel", "renstra-progress", "progres realisasi tercatat 110,40%",
     "2.236 samples tested against the Renstra 2020-2024 end target of 2.150 is 104,00% of the "
     "end target, but the prose gives the progress as 110,40%"),
    ("date-lhe", "citation", "diterima BBPOM pada 31 April 2024",
     "the SAKIP evaluation report is said to have been received on 31 April 2024, a date that does "
     "not exist (April has 30 days)"),
]


# other cells the same planted change touched (a finding there is no stray error)
ALSO = {"bhier-dg3165": ("added after review: the same planted change also makes program DG's sisa differ "
                         "from DG.3165's stale sisa", ["182.054.585"])}


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def write_truth(planted_pdf: Path, consistent_pdf: Path):
    """Locate each plant's page from the line-by-line difference of the two PDFs."""
    import pdfplumber
    with pdfplumber.open(planted_pdf) as pdf:
        pages = [(p.extract_text() or "").splitlines() for p in pdf.pages]
    with pdfplumber.open(consistent_pdf) as pdf:
        cpages = [(p.extract_text() or "").splitlines() for p in pdf.pages]
    assert len(pages) == len(cpages), (len(pages), len(cpages))
    changed = []  # (page, planted line, consistent line)
    for n, (a, b) in enumerate(zip(pages, cpages), 1):
        assert len(a) == len(b), f"page {n} layout differs"
        changed += [(n, x, y) for x, y in zip(a, b) if x != y]
    ids = {t[0] for t in TRUTH}
    assert ids == set(PLANTS), ids ^ set(PLANTS)
    lines = [f"report: {NAME}.planted.pdf", f"consistent: {NAME}.consistent.pdf",
             f"agency: {AGENCY}", "format: pdf", "year: 2024", "tables_with_figures: 16",
             "items:"]
    used = set()
    for pid, fam, anchor, what in TRUTH:
        correct, planted = PLANTS[pid]
        fig, cor = planted, correct
        if pid == "nar-ikm-max":
            fig, cor = "Perilaku pelaksana", "Biaya/tarif"
        hit = [(n, x) for n, x, y in changed
               if re.search(rf"(?<![\d.,]){re.escape(fig)}(?![\d.,]*\d)", x)
               and re.search(rf"(?<![\d.,]){re.escape(cor)}(?![\d.,]*\d)", y)]
        assert len(hit) == 1, (pid, hit)
        used.add(hit[0])
        page = hit[0][0]
        lines += [f"  - id: {pid}", f"    family: {fam}", f"    page: {page}",
                  f"    anchor: \"{anchor}\"", f"    figure: \"{fig}\"",
                  f"    correct: \"{cor}\"", "    what: " + json.dumps(what, ensure_ascii=False)]
        if pid in ALSO:
            lines += [f"    # {ALSO[pid][0]}", "    also: " + json.dumps(ALSO[pid][1], ensure_ascii=False)]
    # every changed line belongs to some plant (the IKM sentence re-wraps onto a 2nd line)
    rest = [c for c in changed if (c[0], c[1]) not in used]
    for c in rest:
        print("changed line not tied to a plant (check):", c, file=sys.stderr)
    (OUT / f"{NAME}.truth.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    global PLANTED
    OUT.mkdir(parents=True, exist_ok=True)
    PLANTED = False
    build(OUT / f"{NAME}.consistent.pdf")
    PLANTED = True
    build(OUT / f"{NAME}.planted.pdf")
    if "--no-truth" not in sys.argv:
        write_truth(OUT / f"{NAME}.planted.pdf", OUT / f"{NAME}.consistent.pdf")


if __name__ == "__main__":
    main()
