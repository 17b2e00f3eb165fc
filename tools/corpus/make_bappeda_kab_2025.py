#!/usr/bin/env python3
"""Build fixtures/corpus/bappeda-kab-2025.{consistent,planted}.md and the truth file.

LKjIP 2025 of an invented Bappeda kabupaten. One content definition; P() switches the
planted figures on; markers record the line numbers used in the truth file.
"""
from __future__ import annotations

import json
import re
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

NAME = "bappeda-kab-2025"
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "fixtures" / "corpus"
AGENCY = "Badan Perencanaan Pembangunan Daerah Kabupaten Tanah Lumbung"

PLANTED = False
PLANTS: dict[str, tuple[str, str]] = {}


def P(pid, correct, planted):
    PLANTS[pid] = (str(correct), str(planted))
    v = planted if PLANTED else correct
    return f"\x00{pid}\x00{v}\x00"


def M(key):
    """invisible marker: records the line it ends up on"""
    return f"\x01{key}\x01"


def D(x):
    return Decimal(str(x))


def rnd(x, d=2):
    return D(x).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)


def idn(n):
    return f"{n:,}".replace(",", ".")


def dec(x, d=2):
    s = f"{rnd(x, d):,.{d}f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def pct(a, b, d=2):
    return dec(D(a) * 100 / D(b), d)


def capv(r, t, lower=False):
    r, t = D(r), D(t)
    return rnd((2 - r / t) * 100 if lower else r / t * 100)


def pv(s):  # parse printed Indonesian decimal
    return D(s.replace(".", "").replace(",", "."))


# ------------------------------------------------------------------ data
UNITS = [("Kepala Badan", 1, 0), ("Sekretariat", 9, 8),
         ("Bidang Perencanaan, Pengendalian dan Evaluasi", 5, 5),
         ("Bidang Pemerintahan dan Pembangunan Manusia", 4, 6),
         ("Bidang Perekonomian dan Sumber Daya Alam", 5, 4),
         ("Bidang Infrastruktur dan Kewilayahan", 7, 3)]
GOL = [("IV", 6, 3), ("III", 18, 17), ("II", 4, 2), ("PPPK", 3, 4)]
EDU = [("S2", 9, 7), ("S1/D4", 15, 14), ("D3", 2, 3), ("SMA/SMK", 5, 2)]
LT = sum(u[1] for u in UNITS); PT = sum(u[2] for u in UNITS); NT = LT + PT
assert (LT, PT) == (sum(g[1] for g in GOL), sum(g[2] for g in GOL))
assert (LT, PT) == (sum(g[1] for g in EDU), sum(g[2] for g in EDU))

# Bappeda IKU: key, sasaran, name, unit, baseline 2024, targets 2025..2029, realisasi 2023, 2024
IKU = [
    dict(k="selaras", ss=1, name="Persentase keselarasan program RPJMD dengan RKPD", sat="%",
         base="88,24", tg=["92,00", "93,00", "93–95", "94–96", "95–97"], r23="86,57"),
    dict(k="ikp", ss=1, name="Indeks kualitas perencanaan pembangunan daerah", sat="indeks (0–5)",
         base="3,38", tg=["3,50", "3,60", "3,70", "3,80", "3,90"], r23="n/a"),
    dict(k="musren", ss=1, name="Persentase usulan Musrenbang yang diakomodir dalam RKPD", sat="%",
         base="36,20", tg=["40,00", "42,00", "42–45", "43–46", "45–48"], r23="34,85"),
    dict(k="sakip", ss=2, name="Nilai evaluasi SAKIP Pemerintah Kabupaten", sat="nilai",
         base="68,45", tg=["70,00", "71,50", "73,00", "74,50", "76,00"], r23="66,10"),
    dict(k="rekom", ss=2,
         name="Persentase rekomendasi hasil evaluasi RKPD yang ditindaklanjuti perangkat daerah",
         sat="%", base="76,00", tg=["85,00", "86,00", "87–90", "88–92", "90–95"], r23="72,41"),
]
SS = {1: "Sasaran 1: Meningkatnya kualitas perencanaan pembangunan daerah",
      2: "Sasaran 2: Meningkatnya kualitas pengendalian dan evaluasi pembangunan daerah"}
TUJUAN = "Tujuan: Terwujudnya perencanaan pembangunan daerah yang berkualitas dan akuntabel"

SELARAS = [("Pemerintahan dan Pembangunan Manusia", 28, 27),
           ("Perekonomian dan Sumber Daya Alam", 19, 17),
           ("Infrastruktur dan Kewilayahan", 14, 13),
           ("Penunjang Urusan Pemerintahan", 7, 7)]
IKP_K = [("Konsistensi antardokumen perencanaan", 30, "3,80"),
         ("Keterukuran indikator dan target", 25, "3,52"),
         ("Partisipasi pemangku kepentingan", 20, "3,40"),
         ("Ketepatan waktu penetapan dokumen", 25, "3,68")]
KEC = [("Lumbung Kota", 142, 58), ("Sukamaju", 118, 44), ("Batu Tulis", 96, 35),
       ("Rantau Hilir", 87, 31), ("Rantau Hulu", 105, 41), ("Sungai Pinang", 93, 36),
       ("Air Dingin", 78, 27), ("Tanjung Harapan", 112, 45), ("Karang Anyar Baru", 84, 30),
       ("Bukit Jati", 99, 38), ("Lubuk Sempurna", 101, 40), ("Padang Rumput", 85, 37)]
SAKIP_K = [("Perencanaan Kinerja", 30, "20,80", "21,45"),
           ("Pengukuran Kinerja", 30, "18,95", "20,10"),
           ("Pelaporan Kinerja", 15, "9,90", "10,21"),
           ("Evaluasi Akuntabilitas Kinerja Internal", 25, "18,80", "19,50")]
REKOM = [("Triwulan I", 6, 5), ("Triwulan II", 8, 7), ("Triwulan III", 9, 7),
         ("Triwulan IV", 7, 5)]
# macro: name, unit, lower, 2021..2025, target 2025, nasional 2024, source
MAKRO = [
    ("Pertumbuhan ekonomi", "%", False, ["3,12", "4,87", "5,04", "4,96", "5,11"], "5,20", "5,03"),
    ("Persentase penduduk miskin", "%", True, ["10,84", "10,52", "10,17", "9,73", "9,41"], "9,50",
     "9,03"),
    ("Tingkat pengangguran terbuka (TPT)", "%", True, ["5,62", "5,18", "4,73", "4,55", "4,62"],
     "4,40", "4,91"),
    ("Indeks Pembangunan Manusia (IPM)", "poin", False,
     ["69,84", "70,37", "71,05", "71,68", "72,21"], "72,10", "75,02"),
    ("Gini ratio", "indeks", True, ["0,342", "0,339", "0,335", "0,331", "0,327"], "0,330",
     "0,379"),
]

# budget: program -> kegiatan -> [sub] ; leaves carry (anggaran, realisasi)
BUDGET = [
    ("5.01.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", [
        ("5.01.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
         68_450_000, 66_912_300),
        ("5.01.01.2.02", "Administrasi Keuangan Perangkat Daerah", 3_842_615_000, 3_771_208_450),
        ("5.01.01.2.05", "Administrasi Kepegawaian Perangkat Daerah", 42_300_000, 39_865_000),
        ("5.01.01.2.06", "Administrasi Umum Perangkat Daerah", 286_740_000, 274_318_900),
        ("5.01.01.2.07", "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
         415_000_000, 408_760_000),
        ("5.01.01.2.08", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
         512_880_000, 498_105_640),
        ("5.01.01.2.09", "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
         236_500_000, 229_947_200),
    ]),
    ("5.01.02", "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah", [
        ("5.01.02.2.01", "Penyusunan Perencanaan dan Pendanaan", [
            ("5.01.02.2.01.0001", "Analisis Kebijakan dan Penyusunan Dokumen Perencanaan "
             "Pembangunan Daerah (RPJMD dan RKPD)", 685_200_000, 671_845_500),
            ("5.01.02.2.01.0002", "Koordinasi Penyelenggaraan Musrenbang RKPD",
             412_600_000, 398_274_000),
            ("5.01.02.2.01.0003", "Penyelarasan Kebijakan Umum APBD dan Prioritas Plafon "
             "Anggaran Sementara", 96_500_000, 94_120_000),
        ]),
        ("5.01.02.2.02", "Analisis Data dan Informasi Perencanaan Pembangunan Daerah", [
            ("5.01.02.2.02.0001", "Penyusunan Data dan Informasi Perencanaan Pembangunan Daerah",
             148_300_000, 142_655_000),
            ("5.01.02.2.02.0002", "Pengembangan Sistem Informasi Perencanaan Pembangunan Daerah",
             224_000_000, 219_380_000),
        ]),
        ("5.01.02.2.03", "Pengendalian, Evaluasi dan Pelaporan Rencana Pembangunan Daerah", [
            ("5.01.02.2.03.0001", "Pengendalian, Evaluasi dan Pelaporan RKPD",
             176_450_000, 169_902_750),
            ("5.01.02.2.03.0002", "Evaluasi Hasil RPJMD dan Penyusunan LKPJ serta LPPD",
             134_800_000, 131_256_000),
        ]),
    ]),
    ("5.01.03", "Program Koordinasi dan Sinkronisasi Perencanaan Pembangunan Daerah", [
        ("5.01.03.2.01", "Koordinasi Perencanaan Bidang Pemerintahan dan Pembangunan Manusia", [
            ("5.01.03.2.01.0001", "Koordinasi Penyusunan Perencanaan Bidang Pemerintahan",
             88_600_000, 85_410_000),
            ("5.01.03.2.01.0002", "Koordinasi Penyusunan Perencanaan Bidang Pembangunan Manusia",
             92_400_000, 90_018_500),
        ]),
        ("5.01.03.2.02", "Koordinasi Perencanaan Bidang Perekonomian dan Sumber Daya Alam", [
            ("5.01.03.2.02.0001", "Koordinasi Penyusunan Perencanaan Bidang Perekonomian",
             84_750_000, 80_612_000),
            ("5.01.03.2.02.0002", "Koordinasi Penyusunan Perencanaan Bidang Sumber Daya Alam",
             79_300_000, 77_455_300),
        ]),
        ("5.01.03.2.03", "Koordinasi Perencanaan Bidang Infrastruktur dan Kewilayahan", [
            ("5.01.03.2.03.0001", "Koordinasi Penyusunan Perencanaan Bidang Infrastruktur",
             95_200_000, 93_107_000),
            ("5.01.03.2.03.0002", "Koordinasi Penyusunan Perencanaan Bidang Kewilayahan dan "
             "Tata Ruang", 87_650_000, 81_994_400),
        ]),
    ]),
]


def node_sum(n):
    if isinstance(n[2], list):
        a = r = 0
        for c in n[2]:
            x, y = node_sum(c)
            a += x; r += y
        return a, r
    return n[2], n[3]


PROG = {p[0]: node_sum(p) for p in BUDGET}
TOT_A = sum(v[0] for v in PROG.values()); TOT_R = sum(v[1] for v in PROG.values())

# ------------------------------------------------------------------ derived realisasi
SEL_N = sum(s[1] for s in SELARAS); SEL_Y = sum(s[2] for s in SELARAS)
IKP_VAL = sum(D(b) / 100 * pv(v) for _, b, v in IKP_K)
assert IKP_VAL == rnd(IKP_VAL)
US_N = sum(k[1] for k in KEC); US_Y = sum(k[2] for k in KEC)
SAK_24 = sum(pv(k[2]) for k in SAKIP_K); SAK_25 = sum(pv(k[3]) for k in SAKIP_K)
RK_N = sum(r[1] for r in REKOM); RK_Y = sum(r[2] for r in REKOM)
REAL = {"selaras": pct(SEL_Y, SEL_N), "ikp": dec(IKP_VAL), "musren": pct(US_Y, US_N),
        "sakip": dec(SAK_25), "rekom": pct(RK_Y, RK_N)}
for i in IKU:
    i["r"] = REAL[i["k"]]
    i["t"] = i["tg"][0]
    i["cap"] = capv(pv(i["r"]), pv(i["t"]))
    i["ok"] = i["cap"] >= 100
    i["r24"] = i["base"]
IB = {i["k"]: i for i in IKU}
N_OK = sum(i["ok"] for i in IKU)
assert IB["sakip"]["r24"] == dec(SAK_24)
for m in MAKRO:
    pass
kec_max_pct = max(KEC, key=lambda k: D(k[2]) / D(k[1]))
kec_min_pct = min(KEC, key=lambda k: D(k[2]) / D(k[1]))


# ------------------------------------------------------------------ helpers for md
def row(cells, outer=True):
    s = " | ".join(cells)
    return f"| {s} |" if outer else s


def sep(n, outer=True, align=None):
    cells = align or ["---"] * n
    return row(cells, outer)


def build():
    PLANTS.clear()
    L = []
    a = L.append

    def blank():
        a("")

    s1 = IB["selaras"]; s2 = IB["ikp"]; s3 = IB["musren"]; s4 = IB["sakip"]; s5 = IB["rekom"]

    # ---------------- cover
    a("# LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)")
    a("## BADAN PERENCANAAN PEMBANGUNAN DAERAH KABUPATEN TANAH LUMBUNG")
    a("### TAHUN 2025")
    blank()
    a("Pemerintah Kabupaten Tanah Lumbung, Provinsi Nusa Palapa  ")
    a("Jalan Merdeka Timur Nomor 12, Lumbung Kota, Februari 2026")
    blank()
    a("---")
    blank()
    # ---------------- kata pengantar
    a("## KATA PENGANTAR")
    blank()
    a("Puji syukur kami panjatkan ke hadirat Allah SWT karena atas rahmat dan karunia-Nya "
      "Laporan Kinerja Instansi Pemerintah (LKjIP) Badan Perencanaan Pembangunan Daerah "
      "(Bappeda) Kabupaten Tanah Lumbung Tahun 2025 dapat diselesaikan tepat waktu. LKjIP "
      "disusun sebagai bentuk pertanggungjawaban kinerja sesuai Peraturan Presiden Nomor 29 "
      "Tahun 2014 dan Peraturan Menteri PANRB Nomor 53 Tahun 2014.")
    blank()
    a("Tahun 2025 merupakan tahun pertama pelaksanaan RPJMD Kabupaten Tanah Lumbung 2025–2029 "
      "dan Rencana Strategis Bappeda 2025–2029. Laporan ini memuat capaian indikator kinerja "
      "Bappeda serta capaian indikator makro daerah yang dikoordinasikan Bappeda. Kami berharap "
      "laporan ini menjadi bahan evaluasi dan perbaikan perencanaan pada tahun berikutnya.")
    blank()
    a("Lumbung Kota, 16 Februari 2026  ")
    a("Kepala Bappeda Kabupaten Tanah Lumbung,  ")
    blank()
    a("**Ir. H. Bambang Sutrisno Wiratama, M.T.**  ")
    a("Pembina Utama Muda (IV/c)  ")
    a("NIP 19720815 199803 1 004")
    blank()
    # ---------------- ikhtisar
    a("## IKHTISAR EKSEKUTIF")
    blank()
    a(f"Perjanjian Kinerja Bappeda Tahun 2025 memuat 2 sasaran strategis dengan {len(IKU)} "
      f"indikator kinerja utama. Hasil pengukuran menunjukkan {N_OK} indikator tercapai dan "
      f"{len(IKU) - N_OK} indikator belum tercapai. Indikator yang belum tercapai adalah "
      f"persentase usulan Musrenbang yang diakomodir dalam RKPD (capaian {dec(s3['cap'])}%) dan "
      f"persentase rekomendasi hasil evaluasi RKPD yang ditindaklanjuti (capaian "
      f"{dec(s5['cap'])}%).")
    blank()
    a(f"Keselarasan program RPJMD dengan RKPD mencapai {s1['r']}%, yaitu {SEL_Y} dari {SEL_N} "
      f"program RPJMD termuat dalam RKPD 2025. Nilai evaluasi SAKIP Pemerintah Kabupaten naik "
      f"dari {dec(SAK_24)} (predikat B) menjadi {dec(SAK_25)} (predikat BB).")
    blank()
    a(f"Anggaran Bappeda Tahun 2025 sebesar Rp{idn(TOT_A)},00 terealisasi Rp{idn(TOT_R)},00 atau "
      + P("nar-serapan", pct(TOT_R, TOT_A), "97,86") +
      f"%. Sisa anggaran sebesar Rp{idn(TOT_A - TOT_R)},00 berasal dari efisiensi "
      "perjalanan dinas dan sisa pengadaan.")
    blank()
    # ---------------- BAB I
    a("# BAB I PENDAHULUAN")
    blank()
    a("## 1.1 Latar Belakang")
    blank()
    a("Bappeda Kabupaten Tanah Lumbung dibentuk berdasarkan Peraturan Daerah tentang Pembentukan "
      "dan Susunan Perangkat Daerah dan merupakan unsur penunjang urusan pemerintahan bidang "
      "perencanaan (kode urusan 5.01 menurut Permendagri Nomor 90 Tahun 2019). LKjIP ini "
      "menyajikan capaian kinerja tahun 2025 dibandingkan dengan target Perjanjian Kinerja.")
    blank()
    a("## 1.2 Tugas dan Fungsi")
    blank()
    a("Bappeda mempunyai tugas membantu Bupati melaksanakan fungsi penunjang urusan pemerintahan "
      "di bidang perencanaan pembangunan daerah. Fungsi Bappeda meliputi:")
    blank()
    a("1. penyusunan kebijakan teknis perencanaan pembangunan daerah;")
    a("2. koordinasi penyusunan dokumen RPJPD, RPJMD, RKPD, serta KUA-PPAS;")
    a("3. pengendalian, evaluasi, dan pelaporan pelaksanaan rencana pembangunan daerah;")
    a("4. pengelolaan data dan informasi perencanaan pembangunan daerah; dan")
    a("5. pelaksanaan administrasi badan.")
    blank()
    a("## 1.3 Struktur Organisasi dan Sumber Daya Manusia")
    blank()
    a(f"Per 31 Desember 2025 Bappeda memiliki {NT} pegawai, terdiri atas {LT} laki-laki dan {PT} "
      f"perempuan. Dari jumlah tersebut, 12 orang menduduki jabatan fungsional Perencana. "
      "Rincian pegawai per unit kerja, golongan, dan pendidikan disajikan pada tabel berikut.")
    blank()
    a("**Tabel 1.1 Pegawai menurut Unit Kerja dan Jenis Kelamin**")
    blank()
    a(row(["No", "Unit Kerja", "L", "P", "Jumlah"]))
    a(sep(5, align=["---:", "---", "---:", "---:", "---:"]))
    for n, (u, l, p) in enumerate(UNITS, 1):
        tot = str(l + p)
        if u.startswith("Bidang Perekonomian"):
            tot = P("rowsum-ekon", tot, "10")
        a(row([str(n), u, str(l), str(p), tot]))
    a(row(["", "**Jumlah**", f"**{LT}**", f"**{PT}**", f"**{NT}**"]))
    blank()
    a("**Tabel 1.2 Pegawai menurut Golongan**")
    blank()
    a(row(["Golongan", "Laki-laki", "Perempuan", "Total"], outer=False))
    a(sep(4, outer=False))
    for g, l, p in GOL:
        a(row([g, str(l), str(p), str(l + p)], outer=False))
    a(row(["Total", str(LT), str(PT), str(NT)], outer=False))
    blank()
    a("**Tabel 1.3 Pegawai menurut Tingkat Pendidikan**")
    blank()
    a(row(["Pendidikan", "L", "P", "L+P"]))
    a(row(["(1)", "(2)", "(3)", "(4)"]))
    for e, l, p in EDU:
        a(row([e, str(l), str(p), str(l + p)]))
    a(row(["Sub-total", str(LT), str(PT), str(NT)]))
    blank()
    a("Sebanyak 16 pegawai berpendidikan S2, sebagian besar di bidang perencanaan wilayah, "
      "ekonomi pembangunan, dan administrasi publik.")
    blank()
    # ---------------- BAB II
    a("# BAB II PERENCANAAN KINERJA")
    blank()
    a("## 2.1 Rencana Strategis Bappeda 2025–2029")
    blank()
    a("Renstra Bappeda 2025–2029 ditetapkan dengan Peraturan Bupati Tanah Lumbung Nomor 41 "
      "Tahun 2025 sebagai penjabaran RPJMD 2025–2029. Untuk tahun 2027–2029, beberapa "
      "indikator ditetapkan dalam bentuk rentang target karena bergantung pada kebijakan "
      "nasional dan provinsi yang belum final.")
    blank()
    a("**Tabel 2.1 Tujuan, Sasaran, Indikator dan Target Renstra Bappeda 2025–2029**")
    blank()
    a(row(["Tujuan / Sasaran / Indikator", "Satuan", "Kondisi Awal 2024", "Target", "", "", "",
           ""]))
    a(row(["", "", "", "2025", "2026", "2027", "2028", "2029"]))
    a(sep(8))
    a(row([f"**{TUJUAN}**", "", "", "", "", "", "", ""]))
    cur = None
    for n, i in enumerate(IKU, 1):
        if i["ss"] != cur:
            cur = i["ss"]
            a(row([f"**{SS[cur]}**", "", "", "", "", "", "", ""]))
        tg = list(i["tg"])
        a(row([f"{n}. {i['name']}" + M(f"ren-{i['k']}"), i["sat"], i["base"]] + tg))
    blank()
    a("## 2.2 Perjanjian Kinerja Tahun 2025")
    blank()
    a("Perjanjian Kinerja Kepala Bappeda dengan Bupati Tanah Lumbung Tahun 2025 ditandatangani "
      "pada 3 Juli 2025 setelah penetapan Renstra (PK perubahan). Indikator dan target PK "
      "mengacu pada target tahun pertama Renstra.")
    blank()
    a("**Tabel 2.2 Perjanjian Kinerja Bappeda Tahun 2025**")
    blank()
    a(row(["Sasaran Strategis / Indikator Kinerja", "Satuan", "Target 2025"]))
    a(sep(3))
    cur = None
    for n, i in enumerate(IKU, 1):
        if i["ss"] != cur:
            cur = i["ss"]
            a(row([f"**{SS[cur]}**", "", ""]))
        t = i["t"]
        if i["k"] == "ikp":
            t = P("tgt-ikp", t, "3,40")
        a(row([f"{n}. {i['name']}" + M(f"pk-{i['k']}"), i["sat"], t]))
    blank()
    a("Selain indikator kinerja Bappeda, Bappeda mengoordinasikan pemantauan indikator makro "
      "daerah yang menjadi indikator kinerja utama Bupati dalam RPJMD 2025–2029. Capaiannya "
      "disajikan pada Bab III bagian 3.2.")
    blank()
    # ---------------- BAB III
    a("# BAB III AKUNTABILITAS KINERJA")
    blank()
    a("## 3.1 Capaian Kinerja Bappeda")
    blank()
    a("Capaian kinerja dihitung dengan rumus capaian = realisasi / target × 100%. Indikator "
      "dinyatakan Tercapai apabila capaian sama dengan atau lebih dari 100%, dan Tidak Tercapai "
      "apabila kurang dari 100%.")
    blank()
    a("**Tabel 3.1 Pengukuran Kinerja Bappeda Tahun 2025**")
    blank()
    a(row(["Indikator Kinerja", "Satuan", "Realisasi 2025", "Target 2025", "Capaian (%)",
           "Status"]))
    a(sep(6))
    a(row(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]))
    cur = None
    for n, i in enumerate(IKU, 1):
        if i["ss"] != cur:
            cur = i["ss"]
            a(row([f"**{SS[cur]}**", "", "", "", "", ""]))
        c = dec(i["cap"])
        st = "Tercapai" if i["ok"] else "Tidak Tercapai"
        if i["k"] == "musren":
            st = P("label-musren", st, "Tercapai")
        nm = i["name"]
        if i["k"] == "rekom":
            nm = P("cov-rekom", nm, "Persentase dokumen perencanaan yang ditetapkan tepat waktu")
        a(row([f"{n}. {nm}" + M(f"meas-{i['k']}"), i["sat"], i["r"], i["t"], c, st]))
    blank()
    a(f"Dari {len(IKU)} indikator, {N_OK} indikator tercapai dan {len(IKU) - N_OK} indikator "
      "tidak tercapai. Perbandingan realisasi dengan dua tahun sebelumnya dan dengan target "
      "akhir Renstra disajikan pada Tabel 3.2.")
    blank()
    a("**Tabel 3.2 Perbandingan Realisasi IKU Bappeda 2023–2025 dan Target Akhir Renstra**")
    blank()
    a(row(["Indikator", "Realisasi 2023", "Realisasi 2024", "Realisasi 2025",
           "Target 2029"], outer=False))
    a(sep(5, outer=False))
    for n, i in enumerate(IKU, 1):
        a(row([f"{n}. {i['name']}" + M(f"cmp-{i['k']}"), i["r23"], i["r24"], i["r"],
               i["tg"][4] + ("%" if i["sat"] == "%" else "")], outer=False))
    blank()
    # --- analysis IKU1
    a("### Sasaran 1: Meningkatnya kualitas perencanaan pembangunan daerah")
    blank()
    a(f"**Indikator 1. Persentase keselarasan program RPJMD dengan RKPD.** Keselarasan diukur "
      f"dari jumlah program RPJMD 2025–2029 yang termuat dalam RKPD 2025 beserta pagu "
      f"indikatifnya. Dari {SEL_N} program RPJMD, {SEL_Y} program termuat dalam RKPD sehingga "
      f"realisasi {s1['r']}% terhadap target {s1['t']}% dengan capaian {dec(s1['cap'])}%. "
      f"Realisasi ini meningkat dibandingkan tahun 2024 ({s1['r24']}%).")
    blank()
    a("**Tabel 3.3 Keselarasan Program RPJMD dengan RKPD 2025 per Bidang**")
    blank()
    a(row(["Bidang", "Program RPJMD", "Termuat dalam RKPD", "Tidak Termuat", "Keselarasan (%)"]))
    a(sep(5))
    for b, n_, y in SELARAS:
        a(row([b, str(n_), str(y), str(n_ - y), pct(y, n_)]))
    a(row(["**Jumlah Total**", f"**{SEL_N}**", f"**{SEL_Y}**", f"**{SEL_N - SEL_Y}**",
           f"**{pct(SEL_Y, SEL_N)}**"]))
    blank()
    a(f"Keselarasan terendah terdapat pada bidang Perekonomian dan Sumber Daya Alam "
      f"({pct(17, 19)}%), karena dua program sektor pertanian belum memperoleh pagu indikatif "
      "pada RKPD 2025 akibat penyesuaian fiskal.")
    blank()
    # --- IKU2
    a(f"**Indikator 2. Indeks kualitas perencanaan pembangunan daerah.** Indeks disusun dari "
      f"empat komponen penilaian terhadap dokumen RKPD 2026 yang disusun pada tahun 2025. Nilai "
      f"indeks {s2['r']} terhadap target {s2['t']}, dengan capaian {dec(s2['cap'])}%.")
    blank()
    a("**Tabel 3.4 Komponen Indeks Kualitas Perencanaan Tahun 2025**")
    blank()
    a(row(["Komponen", "Bobot (%)", "Nilai (skala 0–5)", "Nilai Tertimbang"]))
    a(sep(4))
    for k, b, v in IKP_K:
        a(row([k, str(b), v, dec(D(b) / 100 * pv(v))]))
    a(row(["Indeks Kualitas Perencanaan", "100", "-", dec(IKP_VAL)]))
    blank()
    # --- IKU3
    a(f"**Indikator 3. Persentase usulan Musrenbang yang diakomodir dalam RKPD.** Musrenbang "
      f"kecamatan tahun 2025 menghasilkan {idn(US_N)} usulan prioritas dari 12 kecamatan, "
      f"{US_Y} usulan di antaranya diakomodir dalam RKPD 2026 sehingga realisasi {s3['r']}% "
      f"terhadap target {s3['t']}% (capaian {dec(s3['cap'])}%). Musrenbang kecamatan dihadiri "
      "1.846 peserta, terdiri atas 1.102 laki-laki dan 744 perempuan.")
    blank()
    a("**Tabel 3.5 Usulan Musrenbang Kecamatan yang Diakomodir dalam RKPD**")
    blank()
    a(row(["No", "Kecamatan", "Jumlah Usulan", "Diakomodir", "Persentase"], outer=False))
    a(sep(5, outer=False))
    for n, (k, u, y) in enumerate(KEC, 1):
        no = str(n)
        if n == 9:
            no = P("num-kec", no, "8")
        a(row([no, k + M(f"kec-{k}"), str(u), str(y), pct(y, u) + "%"], outer=False))
    a(row(["Jumlah", "", P("coltot-usulan", idn(US_N), "1.210"), str(US_Y),
           pct(US_Y, US_N) + "%"], outer=False))
    blank()
    hi = P("nar-kec-max", kec_max_pct[0], "Lumbung Kota")
    a(f"Persentase usulan terakomodir tertinggi terdapat di Kecamatan {hi}, sedangkan "
      f"terendah di Kecamatan {kec_min_pct[0]} ({pct(kec_min_pct[2], kec_min_pct[1])}%). "
      "Sebagian besar usulan yang belum terakomodir berupa pembangunan jalan lingkungan dan "
      "drainase yang merupakan kewenangan desa, sehingga diarahkan ke pendanaan Dana Desa.")
    blank()
    # --- Sasaran 2
    a("### Sasaran 2: Meningkatnya kualitas pengendalian dan evaluasi pembangunan daerah")
    blank()
    a(f"**Indikator 4. Nilai evaluasi SAKIP Pemerintah Kabupaten.** Hasil evaluasi Kementerian "
      f"PANRB atas implementasi SAKIP Pemerintah Kabupaten Tanah Lumbung tahun 2025 memberikan "
      f"nilai {s4['r']} dengan predikat BB, terhadap target {s4['t']} (capaian "
      f"{dec(s4['cap'])}%). Nilai ini naik {dec(SAK_25 - SAK_24)} poin dibandingkan tahun 2024.")
    blank()
    a("**Tabel 3.6 Nilai Evaluasi SAKIP Pemerintah Kabupaten per Komponen**")
    blank()
    a(row(["Komponen", "Bobot", "Nilai 2024", "Nilai 2025"]))
    a(sep(4))
    for k, b, v1, v2 in SAKIP_K:
        a(row([k, str(b), v1, v2]))
    a(row(["**Total**", "**100**", f"**{dec(SAK_24)}**", f"**{dec(SAK_25)}**"]))
    a(row(["Predikat", "", "B", "BB"]))
    blank()
    a(f"**Indikator 5. Persentase rekomendasi hasil evaluasi RKPD yang ditindaklanjuti.** "
      f"Sepanjang tahun 2025 Bappeda menerbitkan {RK_N} rekomendasi hasil evaluasi triwulanan "
      f"RKPD kepada perangkat daerah, {RK_Y} rekomendasi telah ditindaklanjuti sehingga "
      f"realisasi {s5['r']}% dari target {s5['t']}% (capaian {dec(s5['cap'])}%). Rekomendasi "
      "yang belum ditindaklanjuti umumnya terkait realokasi anggaran yang memerlukan perubahan "
      "APBD.")
    blank()
    a("**Tabel 3.7 Tindak Lanjut Rekomendasi Evaluasi RKPD Tahun 2025**")
    blank()
    a(row(["Periode", "Rekomendasi", "Ditindaklanjuti", "Belum", "% Tindak Lanjut"]))
    a(sep(5))
    for t, n_, y in REKOM:
        a(row([t, str(n_), str(y), str(n_ - y), pct(y, n_)]))
    a(row(["Total", str(RK_N), str(RK_Y), str(RK_N - RK_Y), pct(RK_Y, RK_N)]))
    blank()
    # ---------------- 3.2 makro
    a("## 3.2 Capaian Indikator Makro Daerah")
    blank()
    a("Indikator makro daerah bersumber dari publikasi BPS Kabupaten Tanah Lumbung. Untuk "
      "indikator yang semakin kecil semakin baik (persentase penduduk miskin, TPT, dan gini "
      "ratio), capaian dihitung dengan rumus (2 − realisasi / target) × 100%.")
    blank()
    a("**Tabel 3.8 Capaian Indikator Makro Daerah Tahun 2025**")
    blank()
    a(row(["Indikator", "Satuan", "Realisasi 2025", "Target RPJMD 2025", "Tingkat Capaian (%)",
           "Sumber"]))
    a(sep(6))
    srcs = ["BPS, Februari 2026", "BPS, Maret 2025", "BPS, Agustus 2025", "BPS, November 2025",
            "BPS, Maret 2025"]
    for (nm, sat, low, ser, tgt, nas), src in zip(MAKRO, srcs):
        c = dec(capv(pv(ser[4]), pv(tgt), low))
        if nm.startswith("Persentase penduduk miskin"):
            c = P("cap-miskin", c, dec(capv(pv(ser[4]), pv(tgt), False)))
        a(row([nm + M(f"mak-{nm[:6]}"), sat, ser[4], tgt, c, src]))
    blank()
    a("**Tabel 3.9 Perkembangan Indikator Makro Daerah 2021–2025**")
    blank()
    a(row(["Indikator", "2021", "2022", "2023", "2024", "2025", "Nasional 2024"]))
    for nm, sat, low, ser, tgt, nas in MAKRO:
        ser = list(ser)
        if nm.startswith("Tingkat pengangguran"):
            ser[4] = P("real-tpt", ser[4], "4,26")
        a(row([f"{nm} ({sat})" + M(f"ser-{nm[:6]}")] + ser + [nas]))
    blank()
    m = {x[0][:6]: x for x in MAKRO}
    pe, mi, tp, ip, gi = (m[k] for k in ["Pertum", "Persen", "Tingka", "Indeks", "Gini r"])
    a(f"Pertumbuhan ekonomi tahun 2025 sebesar {pe[3][4]}%, meningkat dari {pe[3][3]}% pada "
      f"tahun 2024, namun masih di bawah target RPJMD {pe[4]}% (capaian "
      f"{dec(capv(pv(pe[3][4]), pv(pe[4])))}%). Persentase penduduk miskin turun dari "
      f"{mi[3][3]}% menjadi {mi[3][4]}%, lebih baik dari target {mi[4]}%, walaupun masih di atas "
      f"angka nasional tahun 2024 sebesar {mi[5]}%.")
    blank()
    a(f"Tingkat pengangguran terbuka justru naik dari {tp[3][3]}% menjadi {tp[3][4]}% sehingga "
      f"target {tp[4]}% tidak tercapai (capaian {dec(capv(pv(tp[3][4]), pv(tp[4]), True))}%). "
      "Kenaikan ini dipengaruhi bertambahnya angkatan kerja muda lulusan SMK yang belum terserap "
      f"sektor industri. IPM mencapai {ip[3][4]}, melampaui target {ip[4]}, sedangkan gini ratio "
      f"turun menjadi {gi[3][4]}.")
    blank()
    # ---------------- 3.3 anggaran
    a("## 3.3 Realisasi Anggaran")
    blank()
    a(f"Pada Tahun Anggaran 2025 Bappeda mengelola anggaran sebesar Rp{idn(TOT_A)},00 "
      f"(sekitar Rp{dec(D(TOT_A) / 1_000_000_000)} miliar) yang dialokasikan pada tiga program. "
      f"Program Penunjang Urusan Pemerintahan Daerah memperoleh Rp{idn(PROG['5.01.01'][0])},00, "
      f"sebagian besar untuk gaji dan tunjangan pegawai. Realisasi per program, kegiatan, dan sub "
      "kegiatan disajikan pada Tabel 3.10.")
    blank()
    a("**Tabel 3.10 Realisasi Anggaran per Program, Kegiatan, dan Sub Kegiatan Tahun 2025**")
    blank()
    a(row(["Kode", "Program / Kegiatan / Sub Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)",
           "%", "Sisa (Rp)"]))
    a(sep(6, align=["---", "---", "---:", "---:", "---:", "---:"]))
    a(row(["**5.01**", "**Urusan Penunjang Perencanaan**", "", "", "", ""]))

    def brow(code, name, an, re_, bold=False, pct_=None, sisa=None, an_s=None):
        f = (lambda x: f"**{x}**") if bold else (lambda x: x)
        a(row([f(code), f(name), f(an_s or idn(an)), f(idn(re_)),
               f(pct_ or pct(re_, an)), f(sisa or idn(an - re_))]))

    for pc, pn, kids in BUDGET:
        an, re_ = PROG[pc]
        kw = {}
        if pc == "5.01.02":
            kw["an_s"] = P("bhier-p2", idn(an), idn(an + 96_500_000 - 69_500_000))
        brow(pc, pn, an, re_, True, **kw)
        for k in kids:
            if isinstance(k[2], list):
                ka, kr = node_sum(k)
                kw = {}
                if k[0] == "5.01.03.2.03":
                    kw["pct_"] = P("barith-pct-k33", pct(kr, ka), "97,35")
                brow(k[0], k[1], ka, kr, **kw)
                for s in k[2]:
                    code = s[0]
                    kw = {}
                    if code == "5.01.02.2.01.0003":
                        code = P("bcode-sub", code, "5.01.02.2.02.0003")
                    if s[0] == "5.01.02.2.03.0001":
                        kw["sisa"] = P("barith-sisa-s", idn(s[2] - s[3]), "6.574.250")
                    brow(code, s[1], s[2], s[3], **kw)
            else:
                brow(k[0], k[1], k[2], k[3])
    a(row(["", "**Jumlah Total**", f"**{idn(TOT_A)}**", f"**{idn(TOT_R)}**",
           f"**{pct(TOT_R, TOT_A)}**", f"**{idn(TOT_A - TOT_R)}**"]))
    blank()
    p2 = PROG["5.01.02"]; p3 = PROG["5.01.03"]
    a(f"Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah terealisasi "
      f"{pct(p2[1], p2[0])}%, sedangkan Program Koordinasi dan Sinkronisasi Perencanaan "
      f"(Rp{dec(D(p3[0]) / 1_000_000)} juta) terealisasi {pct(p3[1], p3[0])}%. Realisasi terendah pada tingkat sub kegiatan terdapat "
      f"pada Koordinasi Penyusunan Perencanaan Bidang Kewilayahan dan Tata Ruang "
      f"({pct(81_994_400, 87_650_000)}%), karena pembahasan revisi RTRW ditunda ke tahun 2026. "
      "Pelaksanaan kegiatan penyusunan RKPD 2026 terdiri atas lima tahapan kegiatan, mulai dari "
      "rancangan awal hingga penetapan.")
    blank()
    # ---------------- BAB IV
    a("# BAB IV PENUTUP")
    blank()
    a(f"Kinerja Bappeda Kabupaten Tanah Lumbung Tahun 2025 menunjukkan hasil yang cukup baik: "
      + P("nar-all", f"{N_OK} dari {len(IKU)} indikator kinerja utama tercapai",
          f"seluruh {len(IKU)} indikator kinerja utama tercapai") +
      f", dan realisasi anggaran mencapai {pct(TOT_R, TOT_A)}%. Dua indikator yang belum "
      "tercapai, yaitu akomodasi usulan Musrenbang dan tindak lanjut rekomendasi evaluasi RKPD, "
      "akan ditingkatkan melalui:")
    blank()
    a("1. penajaman verifikasi usulan Musrenbang sejak tahap pra-Musrenbang desa;")
    a("2. pemanfaatan SIPD untuk pemantauan tindak lanjut rekomendasi secara daring; dan")
    a("3. penguatan forum perangkat daerah dalam sinkronisasi Renja dengan RKPD.")
    blank()
    a("Lumbung Kota, 16 Februari 2026  ")
    a("Kepala Bappeda Kabupaten Tanah Lumbung,  ")
    a("**Ir. H. Bambang Sutrisno Wiratama, M.T.**  ")
    a("NIP 19720815 199803 1 004")
    blank()
    # ---------------- Lampiran
    a("# LAMPIRAN")
    blank()
    a("## Lampiran 1. Perjanjian Kinerja Tahun " + P("stale-pk", "2025", "2024"))
    blank()
    a("Kepala Bappeda Kabupaten Tanah Lumbung berjanji mewujudkan target kinerja sebagaimana "
      "tercantum pada Tabel 2.2, dengan dukungan anggaran sebagai berikut:")
    blank()
    a(row(["No", "Program", "Anggaran"], outer=False))
    a(sep(3, outer=False))
    for n, (pc, pn, _) in enumerate(BUDGET, 1):
        a(row([str(n), f"{pn} ({pc})", f"Rp. {idn(PROG[pc][0])},00"], outer=False))
    a(row(["Jumlah", "", f"Rp. {idn(TOT_A)},00"], outer=False))
    blank()
    a("Lumbung Kota, 3 Juli 2025  ")
    a("Bupati Tanah Lumbung, ttd. — Kepala Bappeda, ttd.")
    a("")
    return L


TRUTH = [
    ("rowsum-ekon", "row-sum", "Bidang Perekonomian dan Sumber Daya Alam", [],
     "Tabel 1.1: L 5 + P 4 = 9 but Jumlah reads 10"),
    ("coltot-usulan", "column-total", "Jumlah", [],
     "Tabel 3.5: Jumlah Usulan of the 12 kecamatan sums to 1.200 but the Jumlah row reads 1.210"),
    ("num-kec", "numbering", "Karang Anyar Baru", [],
     "Tabel 3.5 No column runs 1..8, 8, 10..12"),
    ("barith-sisa-s", "budget-arithmetic", "5.01.02.2.03.0001", [],
     "sisa = 176.450.000 - 169.902.750 = 6.547.250 but reads 6.574.250"),
    ("barith-pct-k33", "budget-arithmetic", "5.01.03.2.03", [],
     "realisasi 175.101.400 / anggaran 182.850.000 = 95,76% but % reads 97,35"),
    ("bhier-p2", "budget-hierarchy", "5.01.02", [],
     "program 5.01.02 anggaran reads 1.904.850.000 but its kegiatan sum to 1.877.850.000 (total "
     "not updated after a sub kegiatan pagu was revised); its sisa still derives from the "
     "correct 1.877.850.000"),
    ("bcode-sub", "budget-code",
     "Penyelarasan Kebijakan Umum APBD dan Prioritas Plafon Anggaran Sementara", [],
     "sub kegiatan under kegiatan 5.01.02.2.01 carries code 5.01.02.2.02.0003"),
    ("tgt-ikp", "indicator-target", "2. Indeks kualitas perencanaan pembangunan daerah",
     ["ren-ikp", "meas-ikp"],
     "PK target 2025 reads 3,40 while Renstra Tabel 2.1 and Tabel 3.1 give 3,50"),
    ("real-tpt", "indicator-realisasi", "Tingkat pengangguran terbuka (TPT) (%)", ["mak-Tingka"],
     "Tabel 3.9 gives TPT 2025 = 4,26 while Tabel 3.8 and the prose give 4,62 (digits swapped)"),
    ("cov-rekom", "indicator-coverage",
     "5. Persentase dokumen perencanaan yang ditetapkan tepat waktu", ["pk-rekom"],
     "Tabel 3.1 row 5 carries an old indicator name (dokumen perencanaan tepat waktu); the PK "
     "indicator 'Persentase rekomendasi hasil evaluasi RKPD yang ditindaklanjuti perangkat "
     "daerah' is not reported in the measurement table"),
    ("cap-miskin", "capaian", "Persentase penduduk miskin", [],
     "lower-is-better: (2 - 9,41/9,50) × 100 = 100,95 but the cell reads 99,05 "
     "(realisasi/target used)"),
    ("label-musren", "label", "3. Persentase usulan Musrenbang yang diakomodir dalam RKPD", [],
     "capaian 96,25% but Status reads Tercapai"),
    ("nar-serapan", "narrative-vs-table", "terealisasi Rp7.625.147.940,00 atau 97,86%", ["tot-row"],
     "Ikhtisar gives serapan 97,86% but Tabel 3.10 Jumlah Total row gives 97,63%"),
    ("nar-kec-max", "narrative-vs-table",
     "Persentase usulan terakomodir tertinggi terdapat di Kecamatan", ["kec-Padang Rumput"],
     "tertinggi names Lumbung Kota (40,85%); highest in Tabel 3.5 is Padang Rumput (43,53%)"),
    ("nar-all", "narrative-vs-table", "seluruh 5 indikator kinerja utama tercapai",
     ["meas-musren", "meas-rekom"],
     "Bab IV claims all 5 IKU achieved; Tabel 3.1 has 2 below 100% (96,25 and 94,12)"),
    ("stale-pk", "stale-year", "Lampiran 1. Perjanjian Kinerja Tahun 2024", [],
     "Lampiran heading names 2024 as the PK year; the reporting year is 2025"),
]


def render():
    lines = build()
    text = "\n".join(lines)
    plant_line, mark_line = {}, {}
    out = []
    for n, ln in enumerate(text.split("\n"), 1):
        for pid in re.findall(r"\x00([^\x00]+)\x00[^\x00]*\x00", ln):
            plant_line[pid] = n
        for key in re.findall(r"\x01([^\x01]+)\x01", ln):
            mark_line[key] = n
        ln = re.sub(r"\x00[^\x00]+\x00([^\x00]*)\x00", r"\1", ln)
        ln = re.sub(r"\x01[^\x01]+\x01", "", ln)
        out.append(ln)
    return "\n".join(out), plant_line, mark_line


def main():
    global PLANTED
    PLANTED = False
    cons, _, _ = render()
    PLANTED = True
    plan, pl, mk = render()
    (OUT / f"{NAME}.consistent.md").write_text(cons, encoding="utf-8")
    (OUT / f"{NAME}.planted.md").write_text(plan, encoding="utf-8")
    cl, ql = cons.split("\n"), plan.split("\n")
    assert len(cl) == len(ql)
    diff = {n for n, (x, y) in enumerate(zip(cl, ql), 1) if x != y}
    tl = {t[0] for t in TRUTH}
    ids = set(PLANTS)
    assert tl == ids, (tl ^ ids)
    lines = [f"report: {NAME}.planted.md", f"consistent: {NAME}.consistent.md",
             f"agency: {AGENCY}", "format: md", "year: 2025", "tables_with_figures: 16",
             "items:"]
    used = set()
    tot_line = next(n for n, x in enumerate(ql, 1)
                    if "**Jumlah Total**" in x and idn(TOT_A) in x)
    mk["tot-row"] = tot_line
    for pid, fam, anchor, refs, what in TRUTH:
        key = pid
        corr, plan_v = PLANTS[key]
        ln = pl[key]
        used.add(ln)
        assert plan_v in ql[ln - 1] and corr in cl[ln - 1], (pid, ql[ln - 1])
        anc_line = ql[ln - 1]
        assert anchor in anc_line or anchor in plan, (pid, anchor)
        ls = [ln] + [mk[r] for r in refs]
        fig, cor = plan_v, corr
        if pid == "nar-all":
            fig, cor = "seluruh 5 indikator kinerja utama tercapai", \
                "3 dari 5 indikator kinerja utama tercapai"
        if pid == "cov-rekom":
            fig = plan_v
        lines += [f"  - id: {pid}", f"    family: {fam}", f"    lines: {ls}",
                  f"    anchor: {json.dumps(anchor, ensure_ascii=False)}",
                  f"    figure: {json.dumps(fig, ensure_ascii=False)}",
                  f"    correct: {json.dumps(cor, ensure_ascii=False)}",
                  f"    what: {json.dumps(what, ensure_ascii=False)}"]
    assert diff == used, (diff ^ used)
    (OUT / f"{NAME}.truth.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(cl), "lines;", len(TRUTH), "items")


# ---------------------------------------------------------------- issue 12: APIP reviu additions
# Post-processing shared by the corpus generators of issue 12 (copied into each): inserts the
# parts a 53/2014 reviu expects into both versions, renumbers the page furniture, fills the
# Daftar Isi, then applies the reviu plants (a plant may delete lines: a missing part or row)
# and rewrites the truth file with every earlier item's lines remapped.
def _reviu_find(lines, finder, start=0):
    """finder: text in the line; "=text": the whole line; "N@...": the N-th (0-based) hit"""
    nth = None
    if "@" in finder[:3] and finder.split("@", 1)[0].isdigit():
        nth, finder = finder.split("@", 1)
    hits = [i for i, s in enumerate(lines) if i >= start and
            (s == finder[1:] if finder.startswith("=") else finder in s)]
    if nth is not None:
        return hits[int(nth)]
    assert len(hits) == 1, (finder, hits)
    return hits[0]


def reviu_extend(out_dir, name, ext, inserts=(), plants=(), extra_tables=0, footer=None):
    """inserts: (finder, "after"|"before", [lines]); a line may hold {p:Heading} (page of the
    line equal to Heading, read from the next page footer) -- resolved after renumbering.
    plants: dict(id, family, edits=[(finder, old, new)], lines=[finders], anchor, figure,
    correct, what); new None deletes the line, old None replaces the whole line.
    footer: a regex for the running header line whose next line is the page number."""
    import json
    import re
    cpath, ppath = out_dir / f"{name}.consistent.{ext}", out_dir / f"{name}.planted.{ext}"
    tpath = out_dir / f"{name}.truth.yaml"
    C = cpath.read_text(encoding="utf-8").split("\n")
    P = ppath.read_text(encoding="utf-8").split("\n")
    assert len(C) == len(P)
    orig = list(range(1, len(C) + 1))          # original 1-based line of each current line
    for finder, where, new in inserts:
        i = _reviu_find(C, finder) + (1 if where == "after" else 0)
        k = 1 if where == "replace" else 0     # "replace": the line itself is rewritten
        assert not k or C[i] == P[i], (finder, "the line is planted")
        C[i:i + k] = list(new)
        P[i:i + k] = list(new)
        orig[i:i + k] = [None] * len(new)
    if footer:
        first = None
        for i, s in enumerate(C):
            if re.fullmatch(footer, s) and C[i + 1].strip().isdigit():
                first = int(C[i + 1]) if first is None else first + 1
                assert P[i + 1] == C[i + 1] or P[i + 1].strip().isdigit()
                C[i + 1] = P[i + 1] = str(first)
    for i, s in enumerate(C):
        for m in re.finditer(r"\{p:([^}]*)\}", s):
            j = _reviu_find(C, "=" + m.group(1), start=i + 1)
            k = next((k for k in range(j, len(C)) if re.fullmatch(footer, C[k])), None)
            pg = C[k + 1] if k is not None else str(first + 1)    # the last page has no footer
            C[i] = P[i] = C[i].replace(m.group(0), pg)
    assert not any("{p:" in s for s in C)
    CONS = "\n".join(C)
    gone = set()
    new_items = []
    for pl in plants:
        for finder, old, new in pl["edits"]:
            if isinstance(finder, tuple):           # delete lines [first, last)
                a, b = _reviu_find(C, finder[0]), _reviu_find(C, finder[1])
                gone.update(range(a, b))
                continue
            i = _reviu_find(C, finder)
            if new is None:
                gone.add(i)
            elif old is None:
                P[i] = new
            else:
                assert P[i].count(old) == 1, (pl["id"], P[i], old)
                P[i] = P[i].replace(old, new)
    final = {}
    n = 0
    for i in range(len(P)):
        if i not in gone:
            n += 1
        final[i] = n + (1 if i in gone else 0)     # a deleted line maps to the next kept one
    PLAN = "\n".join(s for i, s in enumerate(P) if i not in gone)
    for pl in plants:
        ls = sorted({final[_reviu_find(C, f)] for f in pl["lines"]})
        if pl.get("anchor_check", True):
            plines = PLAN.split("\n")
            assert any(pl["anchor"] in plines[x - 1] for x in ls), (pl["id"], pl["anchor"])
        new_items.append(pl | {"lines": ls})
    cur = {o: i for i, o in enumerate(orig) if o is not None}

    def remap(m):
        nums = [final[cur[int(x)]] for x in m.group(2).split(",") if x.strip()]
        return m.group(1) + "[" + ", ".join(map(str, nums)) + "]"

    T = tpath.read_text(encoding="utf-8")
    T = re.sub(r"(?m)^(\s+lines: )\[([0-9, ]*)\]", remap, T)
    T = re.sub(r"(?m)^tables_with_figures: (\d+)",
               lambda m: f"tables_with_figures: {int(m.group(1)) + extra_tables}", T)
    T = T.rstrip("\n") + "\n"
    for it in new_items:
        T += "".join([f"  - id: {it['id']}\n", f"    family: {it['family']}\n",
                      f"    lines: [{', '.join(map(str, it['lines']))}]\n",
                      f"    anchor: {json.dumps(it['anchor'], ensure_ascii=False)}\n",
                      f"    figure: {json.dumps(it['figure'], ensure_ascii=False)}\n",
                      f"    correct: {json.dumps(it['correct'], ensure_ascii=False)}\n",
                      f"    what: {json.dumps(it['what'], ensure_ascii=False)}\n"])
    cpath.write_text(CONS, encoding="utf-8")
    ppath.write_text(PLAN, encoding="utf-8")
    tpath.write_text(T, encoding="utf-8")
    return CONS, PLAN


def _q2(x):
    return f"{Decimal(x).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):.2f}".replace(".", ",")


CAP_IKU = ["102.30", "103.43", "96.25", "101.80", "94.12"]      # Tabel 3.1
CAP_MEAN = _q2(sum(Decimal(c) for c in CAP_IKU) / len(CAP_IKU))
PROG_SAKIP = _q2(Decimal("71.26") / Decimal("76.00") * 100)
PROG_IKP = _q2(Decimal("3.62") / Decimal("3.90") * 100)
REVIU_INSERTS = [
    ("=## IKHTISAR EKSEKUTIF", "before", [
        "## DAFTAR ISI", "",
        "- Kata Pengantar", "- Daftar Isi", "- Ikhtisar Eksekutif", "- BAB I PENDAHULUAN",
        "  - 1.1 Latar Belakang", "  - 1.2 Tugas dan Fungsi", "  - 1.3 Struktur Organisasi dan Sumber Daya Manusia",
        "- BAB II PERENCANAAN KINERJA", "  - 2.1 Rencana Strategis Bappeda 2025–2029",
        "  - 2.2 Perjanjian Kinerja Tahun 2025", "- BAB III AKUNTABILITAS KINERJA",
        "  - 3.1 Capaian Kinerja Bappeda", "  - 3.2 Capaian Indikator Makro Daerah",
        "  - 3.3 Realisasi Anggaran", "- BAB IV PENUTUP", "- LAMPIRAN",
        "  - Lampiran 1. Perjanjian Kinerja Tahun 2025",
        "  - Lampiran 2. Jadwal Tahapan Penyusunan RKPD Tahun 2026", ""]),
    ("LKjIP ini menyajikan capaian kinerja tahun 2025 dibandingkan dengan target Perjanjian Kinerja.",
     "after", ["", "Penyusunan LKjIP mengacu pada Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem "
               "Akuntabilitas Kinerja Instansi Pemerintah dan Peraturan Menteri PANRB Nomor 53 Tahun 2014 "
               "tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas "
               "Laporan Kinerja Instansi Pemerintah."]),
    ("Dari 5 indikator, 3 indikator tercapai dan 2 indikator tidak tercapai.", "after", [
        "", f"Rata-rata capaian kelima indikator kinerja utama Bappeda Tahun 2025 adalah {CAP_MEAN}%."]),
    ("5. Persentase rekomendasi hasil evaluasi RKPD yang ditindaklanjuti perangkat daerah | 72,41", "after", [
        "", "Target akhir pada Tabel 3.2 adalah target tahun 2029 dalam Renstra yang ditetapkan dengan "
            "Peraturan Bupati Tanah Lumbung Nomor 41 Tahun 2025. Terhadap target akhir tersebut, nilai "
            f"evaluasi SAKIP sebesar 71,26 telah mencapai {PROG_SAKIP}% dari target 76,00, sedangkan indeks "
            f"kualitas perencanaan sebesar 3,62 telah mencapai {PROG_IKP}% dari target 3,90."]),
    ("=Bupati Tanah Lumbung, ttd. — Kepala Bappeda, ttd.", "replace", [
        "",
        "| Pihak Kedua | Pihak Pertama |", "| --- | --- |",
        "| Bupati Tanah Lumbung, | Kepala Bappeda Kabupaten Tanah Lumbung, |",
        "| ttd. | ttd. |",
        "| **H. Syamsul Arifin Daulay, S.E., M.M.** | **Ir. H. Bambang Sutrisno Wiratama, M.T.** |",
        "|  | NIP 19720815 199803 1 004 |",
        "",
        "## Lampiran 2. Jadwal Tahapan Penyusunan RKPD Tahun 2026", "",
        "Penyusunan RKPD 2026 dilaksanakan sepanjang tahun 2025 dengan tahapan sebagai berikut.", "",
        "No | Tahapan | Waktu Pelaksanaan",
        "--- | --- | ---",
        "1 | Penyusunan rancangan awal RKPD 2026 | 6 Januari 2025",
        "2 | Musrenbang desa | 13–31 Januari 2025",
        "3 | Musrenbang kecamatan | 3–21 Februari 2025",
        "4 | Forum perangkat daerah | 3–14 Maret 2025",
        "5 | Musrenbang kabupaten | 25 Maret 2025",
        "6 | Penyusunan rancangan akhir RKPD 2026 | 2–30 April 2025",
        "7 | Penetapan Peraturan Bupati tentang RKPD 2026 | 19 Mei 2025"]),
]
REVIU_PLANTS = [
    dict(id="reviu-banding-musrenbang", family="comparison",
         edits=[("=3. Persentase usulan Musrenbang yang diakomodir dalam RKPD | 34,85 | 36,20 | 38,50 | 45–48%",
                 None, None)],
         lines=["=3. Persentase usulan Musrenbang yang diakomodir dalam RKPD | 34,85 | 36,20 | 38,50 | 45–48%",
                "=**Tabel 3.2 Perbandingan Realisasi IKU Bappeda 2023–2025 dan Target Akhir Renstra**",
                "Dari 5 indikator, 3 indikator tercapai dan 2 indikator tidak tercapai."],
         anchor="Persentase usulan Musrenbang yang diakomodir dalam RKPD", anchor_check=False,
         figure="Persentase usulan Musrenbang yang diakomodir dalam RKPD",
         correct="3. Persentase usulan Musrenbang yang diakomodir dalam RKPD | 34,85 | 36,20 | 38,50 | 45–48%",
         what="the row of PK indicator 3 (usulan Musrenbang diakomodir) is missing from Tabel 3.2 (rows run "
              "1, 2, 4, 5), and nothing else in Bab III compares its 38,50% with 2023/2024 or with the 2029 "
              "Renstra target"),
    dict(id="reviu-toc-makro", family="toc",
         edits=[("  - 3.2 Capaian Indikator Makro Daerah", "Capaian Indikator Makro Daerah",
                 "Perkembangan Ekonomi Makro Kabupaten")],
         lines=["  - 3.2 Capaian Indikator Makro Daerah", "=## 3.2 Capaian Indikator Makro Daerah"],
         anchor="3.2 Perkembangan Ekonomi Makro Kabupaten", figure="Perkembangan Ekonomi Makro Kabupaten",
         correct="Capaian Indikator Makro Daerah",
         what="the Daftar Isi lists section 3.2 as 'Perkembangan Ekonomi Makro Kabupaten' but the body "
              "heading 3.2 reads 'Capaian Indikator Makro Daerah'"),
    dict(id="reviu-pegawai-golongan", family="sibling-total",
         edits=[("=III | 18 | 17 | 35", None, "III | 18 | 18 | 36"),
                ("=Total | 31 | 26 | 57", None, "Total | 31 | 27 | 58")],
         lines=["=Total | 31 | 26 | 57", "|  | **Jumlah** | **31** | **26** | **57** |"],
         anchor="Total", figure="58", correct="57",
         what="Tabel 1.2 (by golongan) counts 58 pegawai (27 perempuan; golongan III P 18) while Tabel 1.1 "
              "(by unit) and Tabel 1.3 (by pendidikan) count 57 (26 perempuan) on the same date; Tabel 1.2 "
              "adds up within itself"),
    dict(id="reviu-jadwal-musrenbang-kab", family="schedule",
         edits=[("=5 | Musrenbang kabupaten | 25 Maret 2025", "25 Maret", "25 Februari")],
         lines=["=5 | Musrenbang kabupaten | 25 Maret 2025"],
         anchor="Musrenbang kabupaten", figure="25 Februari 2025", correct="25 Maret 2025",
         what="Lampiran 2: Musrenbang kabupaten dated 25 Februari 2025, before the forum perangkat daerah "
              "(3–14 Maret) that precedes it and while the Musrenbang kecamatan (3–21 Februari) is still "
              "running"),
]


if __name__ == "__main__":
    main()
    reviu_extend(OUT, NAME, "md", REVIU_INSERTS, REVIU_PLANTS)
