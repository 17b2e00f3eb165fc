#!/usr/bin/env python3
"""Generate fixtures/corpus/disdik-kab-2024.{consistent,planted}.txt and its truth file.

LKjIP 2024 Dinas Pendidikan Kabupaten Tanjung Selaka (invented).  All figures are computed here
so the consistent version is arithmetically sound; the planted version is the consistent text with
single-figure edits applied line by line (line count unchanged).
"""
import re
import textwrap
from decimal import Decimal as D, ROUND_HALF_UP, getcontext
from pathlib import Path

getcontext().prec = 40
OUT = Path(__file__).resolve().parents[2] / "fixtures" / "corpus"
NAME = "disdik-kab-2024"
AGENCY = "Dinas Pendidikan Kabupaten Tanjung Selaka"


# ---------------------------------------------------------------- formatting
def q(x, nd=2):
    return D(x).quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def fi(n):
    """integer, Indonesian thousands separator"""
    s = f"{int(n):,}".replace(",", ".")
    return s


def fd(x, nd=2):
    """decimal, Indonesian style"""
    v = q(x, nd)
    neg = v < 0
    v = abs(v)
    ip, _, fp = f"{v:.{nd}f}".partition(".")
    s = fi(int(ip)) + ("," + fp if nd else "")
    return ("-" if neg else "") + s


def pct(a, b, nd=2):
    return q(D(a) / D(b) * 100, nd)


def capaian(t, r, lower):
    t, r = D(t), D(r)
    return q((2 - r / t) * 100 if lower else r / t * 100)


L = []  # output lines


def out(*lines):
    for s in lines:
        L.append(s)


def para(text, width=100):
    for s in textwrap.wrap(text, width=width, break_on_hyphens=False):
        L.append(s)
    L.append("")


def row(*cells):
    L.append("\t".join(str(c) for c in cells))


def wrow(cells, idx, width):
    """table row whose cell idx wraps onto continuation lines (other cells empty)"""
    parts = textwrap.wrap(cells[idx], width=width, break_on_hyphens=False)
    first = list(cells)
    first[idx] = parts[0]
    row(*first)
    for p in parts[1:]:
        c = [""] * len(cells)
        c[idx] = p
        row(*c)


page_no = [0]


def page():
    page_no[0] += 1
    out("", f"LKjIP {AGENCY} Tahun 2024", str(page_no[0] + 1), "")


# ---------------------------------------------------------------- data
KEC = ["Selaka Kota", "Muara Dalam", "Bukit Pandan", "Sungai Ladang", "Talang Rimbo",
       "Air Kumbang", "Pematang Jaya", "Lubuk Kemuning", "Teluk Seruni"]
# TK/KB, SD Negeri, SD Swasta, SMP Negeri, SMP Swasta
SATDIK = [(24, 18, 6, 5, 4), (15, 14, 2, 3, 1), (11, 12, 1, 2, 1), (13, 15, 2, 3, 0),
          (9, 11, 0, 2, 1), (12, 13, 1, 2, 1), (10, 10, 1, 2, 0), (8, 9, 0, 1, 1), (7, 8, 1, 1, 0)]
# guru SD L, P ; guru SMP L, P
GURU = [(52, 221, 58, 97), (41, 132, 29, 43), (38, 101, 21, 30), (44, 127, 27, 38),
        (33, 86, 18, 23), (39, 108, 22, 31), (31, 88, 17, 24), (26, 67, 13, 18), (24, 63, 11, 14)]
PD = [("PAUD (TK/KB/SPS)", 3412, 3287), ("SD", 14826, 14103), ("SMP", 6912, 6745),
      ("Pendidikan Kesetaraan (Paket A/B/C)", 412, 298)]
SERT = {"SD": (201, 612), "SMP": (148, 217)}
GOL = [("Golongan IV", 9, 7), ("Golongan III", 21, 26), ("Golongan II", 8, 5),
       ("Golongan I", 2, 0), ("PPPK", 3, 6)]
PEND = [("S3", 1, 0), ("S2", 10, 9), ("S1/D-IV", 19, 25), ("D-III", 3, 5),
        ("SMA/SMK Sederajat", 9, 5), ("SMP Sederajat", 1, 0)]

guru_sd = sum(g[0] + g[1] for g in GURU)
guru_smp = sum(g[2] + g[3] for g in GURU)
sert_total = sum(sum(v) for v in SERT.values())
guru_total = guru_sd + guru_smp
real_sert = pct(sert_total, guru_total)

# indicators: key, name, unit, lower, awal2021, targets 2022..2026, realisasi 2022..2024
IND = [
    ("apk_sd", "Angka Partisipasi Kasar (APK) SD/MI", "%", False, "103,52",
     ["103,80", "104,10", "104,50", "104,80", "105,00"], ["103,95", "104,37", "105,12"]),
    ("apk_smp", "Angka Partisipasi Kasar (APK) SMP/MTs", "%", False, "88,31",
     ["89,50", "90,75", "92,00", "93,25", "94,50"], ["89,12", "90,04", "90,87"]),
    ("apm_sd", "Angka Partisipasi Murni (APM) SD/MI", "%", False, "96,38",
     ["96,60", "96,90", "97,20", "97,50", "97,80"], ["96,71", "97,05", "97,46"]),
    ("apm_smp", "Angka Partisipasi Murni (APM) SMP/MTs", "%", False, "75,14",
     ["76,00", "77,25", "78,50", "79,75", "81,00"], ["75,82", "76,93", "77,94"]),
    ("apk_paud", "Angka Partisipasi Kasar (APK) PAUD", "%", False, "61,87",
     ["64,00", "66,00", "68,00", "70,00", "72,00"], ["63,41", "66,28", "69,35"]),
    ("aps_sd", "Angka Putus Sekolah SD/MI", "%", True, "0,21",
     ["0,18", "0,15", "0,12", "0,10", "0,08"], ["0,17", "0,13", "0,09"]),
    ("aps_smp", "Angka Putus Sekolah SMP/MTs", "%", True, "0,67",
     ["0,60", "0,52", "0,45", "0,38", "0,30"], ["0,64", "0,55", "0,51"]),
    ("rls", "Rata-rata Lama Sekolah", "tahun", False, "7,91",
     ["7,96", "8,04", "8,12", "8,20", "8,28"], ["7,98", "8,07", "8,15"]),
    ("sert", "Persentase guru SD dan SMP bersertifikat pendidik", "%", False, "52,48",
     ["56,00", "59,00", "62,00", "65,00", "68,00"], ["55,37", "59,84", fd(real_sert)]),
    ("s1", "Persentase guru berkualifikasi S1/D-IV", "%", False, "90,12",
     ["91,00", "92,25", "93,50", "94,75", "96,00"], ["91,44", "92,80", "94,02"]),
    ("akr", "Persentase SD terakreditasi minimal B", "%", False, "81,90",
     ["84,00", "86,00", "88,00", "90,00", "92,00"], ["83,20", "85,16", "86,21"]),
    ("lit", "Persentase satuan pendidikan dengan capaian literasi di atas kompetensi minimum",
     "%", False, "Belum dilakukan penilaian",
     ["45,00", "50,00", "55,00", "60,00", "65,00"], ["n/a", "51,30", "58,40"]),
    ("akip", "Nilai evaluasi AKIP Dinas Pendidikan", "predikat", False, "B",
     ["B", "BB", "BB", "BB", "A"], ["B", "B", "BB"]),
    ("ikm", "Indeks Kepuasan Masyarakat (IKM) layanan Dinas Pendidikan", "indeks", False, "79,35",
     ["80,00", "81,00", "82,50", "83,50", "85,00"], ["80,62", "81,45", "84,10"]),
]
SASARAN = [
    ("Tujuan 1: Meningkatkan pemerataan akses pendidikan dasar dan PAUD",
     "Sasaran 1: Meningkatnya akses dan partisipasi pendidikan", IND[0:7]),
    ("Tujuan 2: Meningkatkan mutu pendidikan dan pendidik",
     "Sasaran 2: Meningkatnya mutu pendidik dan layanan pendidikan", IND[7:12]),
    ("Tujuan 3: Mewujudkan tata kelola pendidikan yang akuntabel",
     "Sasaran 3: Meningkatnya akuntabilitas kinerja dan kualitas pelayanan Dinas", IND[12:14]),
]


def num(s):
    return D(s.replace(".", "").replace(",", "."))


def cap_of(ind):
    key, name, unit, lower, awal, tg, rl = ind
    if unit == "predikat":
        return D(100) if rl[2] == tg[2] else None
    return capaian(num(tg[2]), num(rl[2]), lower)


CAP = {i[0]: cap_of(i) for i in IND}
STATUS = {k: ("Tercapai" if v >= 100 else "Belum Tercapai") for k, v in CAP.items()}
BYKEY = {i[0]: i for i in IND}

# budget: (code, name, anggaran, realisasi) for sub kegiatan; structure nested
BUDGET = [
    ("1.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", [
        ("1.01.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", [
            ("1.01.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 186450000, 179862300),
            ("1.01.01.2.01.0007", "Evaluasi Kinerja Perangkat Daerah", 142300000, 138915750),
        ]),
        ("1.01.01.2.02", "Administrasi Keuangan Perangkat Daerah", [
            ("1.01.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", 318642775000, 311487209614),
        ]),
        ("1.01.01.2.06", "Administrasi Umum Perangkat Daerah", [
            ("1.01.01.2.06.0002", "Penyediaan Peralatan dan Perlengkapan Kantor", 412680000, 398114500),
            ("1.01.01.2.06.0009", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", 624500000, 601273900),
        ]),
        ("1.01.01.2.08", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", [
            ("1.01.01.2.08.0004", "Penyediaan Jasa Pelayanan Umum Kantor", 1286400000, 1247935200),
        ]),
    ]),
    ("1.01.02", "PROGRAM PENGELOLAAN PENDIDIKAN", [
        ("1.01.02.2.01", "Pengelolaan Pendidikan Sekolah Dasar", [
            ("1.01.02.2.01.0001", "Pembangunan Unit Sekolah Baru (USB)", 3875000000, 3712468000),
            ("1.01.02.2.01.0005", "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah", 9642350000, 9358027400),
            ("1.01.02.2.01.0024", "Pengelolaan Dana BOS Sekolah Dasar", 27418900000, 27105662350),
        ]),
        ("1.01.02.2.02", "Pengelolaan Pendidikan Sekolah Menengah Pertama", [
            ("1.01.02.2.02.0005", "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah", 5216780000, 5098331600),
            ("1.01.02.2.02.0024", "Pengelolaan Dana BOS Sekolah Menengah Pertama", 14382600000, 14207915480),
        ]),
        ("1.01.02.2.03", "Pengelolaan Pendidikan Anak Usia Dini (PAUD)", [
            ("1.01.02.2.03.0009", "Pengadaan Alat Praktik dan Peraga Peserta Didik", 1148500000, 1096237500),
            ("1.01.02.2.03.0020", "Pengelolaan Dana BOP PAUD", 5873400000, 5804169000),
        ]),
        ("1.01.02.2.04", "Pengelolaan Pendidikan Nonformal/Kesetaraan", [
            ("1.01.02.2.04.0020", "Pengelolaan Dana BOP Pendidikan Kesetaraan", 862200000, 835640000),
        ]),
    ]),
    ("1.01.03", "PROGRAM PENGEMBANGAN KURIKULUM", [
        ("1.01.03.2.01", "Penetapan Kurikulum Muatan Lokal Pendidikan Dasar", [
            ("1.01.03.2.01.0001", "Penyusunan Kurikulum Muatan Lokal Pendidikan Dasar", 238750000, 227416000),
        ]),
        ("1.01.03.2.02", "Penetapan Kurikulum Muatan Lokal PAUD dan Pendidikan Nonformal", [
            ("1.01.03.2.02.0001", "Penyusunan Kurikulum Muatan Lokal PAUD dan Pendidikan Nonformal",
             96400000, 91850000),
        ]),
    ]),
    ("1.01.04", "PROGRAM PENDIDIK DAN TENAGA KEPENDIDIKAN", [
        ("1.01.04.2.01", "Pemerataan Kuantitas dan Kualitas Pendidik dan Tenaga Kependidikan bagi "
                         "Satuan Pendidikan Dasar, PAUD, dan Pendidikan Nonformal/Kesetaraan", [
            ("1.01.04.2.01.0001", "Perhitungan dan Pemetaan Pendidik dan Tenaga Kependidikan Satuan "
                                  "Pendidikan Dasar, PAUD, dan Pendidikan Nonformal/Kesetaraan", 174600000, 168245300),
            ("1.01.04.2.01.0003", "Pengembangan Karir Pendidik dan Tenaga Kependidikan pada Satuan "
                                  "Pendidikan Dasar, PAUD, dan Pendidikan Nonformal/Kesetaraan", 1485250000, 1402813750),
        ]),
    ]),
    ("1.01.05", "PROGRAM PENGENDALIAN PERIZINAN PENDIDIKAN", [
        ("1.01.05.2.01", "Penerbitan Izin PAUD dan Pendidikan Nonformal yang Diselenggarakan oleh Masyarakat", [
            ("1.01.05.2.01.0001", "Pengendalian dan Pengawasan Perizinan PAUD dan Pendidikan Nonformal",
             58200000, 54120000),
        ]),
    ]),
]


def tot(node):
    """(anggaran, realisasi) of a program/kegiatan node"""
    code, name, kids = node
    a = r = 0
    for k in kids:
        if len(k) == 4:
            a += k[2]
            r += k[3]
        else:
            ka, kr = tot(k)
            a += ka
            r += kr
    return a, r


PROG = {p[0]: tot(p) for p in BUDGET}
KEG = {k[0]: tot(k) for p in BUDGET for k in p[2]}
TOT_A = sum(v[0] for v in PROG.values())
TOT_R = sum(v[1] for v in PROG.values())
TOT_P = pct(TOT_R, TOT_A)

# sasaran <- program mapping (efficiency table)
PNAME = {"1.01.01": "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
         "1.01.02": "Program Pengelolaan Pendidikan", "1.01.03": "Program Pengembangan Kurikulum",
         "1.01.04": "Program Pendidik dan Tenaga Kependidikan",
         "1.01.05": "Program Pengendalian Perizinan Pendidikan"}
SAS_PROG = [("1.01.02",), ("1.01.03", "1.01.04", "1.01.05"), ("1.01.01",)]


def rp(n):
    return "Rp " + fi(n)


def ind_disp(v, unit):
    return v


# ---------------------------------------------------------------- text
out("LAPORAN KINERJA INSTANSI PEMERINTAH",
    "(LKjIP)",
    "TAHUN 2024",
    "",
    "DINAS PENDIDIKAN",
    "KABUPATEN TANJUNG SELAKA",
    "",
    "Jalan Pendidikan Nomor 14, Selaka 71452",
    "Februari 2025",
    "")

out("KATA PENGANTAR", "")
para("Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas rahmat-Nya Laporan "
     "Kinerja Instansi Pemerintah (LKjIP) Dinas Pendidikan Kabupaten Tanjung Selaka Tahun 2024 dapat "
     "diselesaikan. Laporan ini disusun sebagai wujud pertanggungjawaban atas pelaksanaan tugas pokok "
     "dan fungsi serta penggunaan anggaran selama Tahun Anggaran 2024, sebagaimana diamanatkan Peraturan "
     "Presiden Nomor 29 Tahun 2014 dan Peraturan Menteri PANRB Nomor 53 Tahun 2014.")
para("LKjIP ini memuat capaian indikator kinerja sasaran yang telah ditetapkan dalam Perjanjian Kinerja "
     "Tahun 2024, analisis keberhasilan dan hambatan, serta realisasi anggaran. Kami menyadari laporan "
     "ini masih memiliki kekurangan, sehingga saran dan masukan sangat kami harapkan untuk perbaikan "
     "pada tahun berikutnya.")
out("Selaka, 20 Februari 2025",
    "Kepala Dinas Pendidikan",
    "Kabupaten Tanjung Selaka,",
    "",
    "",
    "Drs. H. Baharuddin Salim, M.Pd.",
    "Pembina Utama Muda (IV/c)",
    "NIP 19690812 199403 1 007",
    "")
page()

n_ok = sum(1 for v in STATUS.values() if v == "Tercapai")
n_no = len(STATUS) - n_ok
out("IKHTISAR EKSEKUTIF", "")
para("Dinas Pendidikan Kabupaten Tanjung Selaka menetapkan tiga sasaran strategis dalam Rencana "
     "Strategis (Renstra) 2022-2026 yang diukur dengan 14 indikator kinerja. Pada Tahun 2024, dari "
     f"14 indikator tersebut sebanyak {n_ok} indikator tercapai atau melampaui target dan {n_no} "
     "indikator belum mencapai target, yaitu APK SMP/MTs, APM SMP/MTs, Angka Putus Sekolah SMP/MTs, dan "
     "Persentase SD terakreditasi minimal B.")
para(f"Capaian yang menonjol antara lain Angka Putus Sekolah SD/MI yang turun menjadi "
     f"{BYKEY['aps_sd'][6][2]}% (capaian {fd(CAP['aps_sd'])}%) dan persentase satuan pendidikan dengan "
     f"capaian literasi di atas kompetensi minimum sebesar {BYKEY['lit'][6][2]}% (capaian "
     f"{fd(CAP['lit'])}%). Indeks Kepuasan Masyarakat terhadap layanan Dinas mencapai "
     f"{BYKEY['ikm'][6][2]}, di atas target {BYKEY['ikm'][5][2]}.")
para(f"Anggaran Dinas Pendidikan Tahun 2024 sebesar {rp(TOT_A)} terealisasi {rp(TOT_R)} atau "
     f"{fd(TOT_P)}%, sehingga terdapat sisa anggaran {rp(TOT_A - TOT_R)}. Dalam angka bulat, pagu "
     f"tersebut setara Rp {fd(D(TOT_A) / D(10) ** 9)} miliar, dan sebagian besar berupa belanja gaji "
     "dan tunjangan ASN.")
page()

# ---------------- BAB I
out("BAB I", "PENDAHULUAN", "", "1.1 Latar Belakang", "")
para("Pendidikan merupakan urusan pemerintahan wajib yang berkaitan dengan pelayanan dasar. Pemerintah "
     "Kabupaten Tanjung Selaka berkewajiban menyelenggarakan pendidikan anak usia dini, pendidikan dasar "
     "(SD dan SMP), serta pendidikan nonformal/kesetaraan. Wilayah kabupaten terdiri atas 9 kecamatan "
     "dengan karakter geografis yang beragam, mulai dari kawasan perkotaan Selaka Kota hingga desa-desa "
     "pesisir di Teluk Seruni yang hanya dapat dijangkau melalui jalur sungai.")
out("1.2 Tugas dan Fungsi", "")
para("Berdasarkan Peraturan Bupati Tanjung Selaka Nomor 47 Tahun 2021 tentang Kedudukan, Susunan "
     "Organisasi, Tugas dan Fungsi serta Tata Kerja Dinas Pendidikan, Dinas Pendidikan mempunyai tugas "
     "membantu Bupati melaksanakan urusan pemerintahan bidang pendidikan. Untuk melaksanakan tugas "
     "tersebut Dinas menyelenggarakan fungsi:")
out("a. perumusan kebijakan di bidang pendidikan anak usia dini, pendidikan dasar dan pendidikan nonformal;",
    "b. pelaksanaan kebijakan pengelolaan pendidikan, kurikulum, serta pendidik dan tenaga kependidikan;",
    "c. pelaksanaan evaluasi dan pelaporan di bidang pendidikan;",
    "d. pelaksanaan administrasi Dinas; dan",
    "e. pelaksanaan fungsi lain yang diberikan oleh Bupati.",
    "")
out("1.3 Struktur Organisasi", "")
para("Susunan organisasi Dinas Pendidikan terdiri atas Kepala Dinas, Sekretariat (Subbagian Umum dan "
     "Kepegawaian serta Subbagian Perencanaan dan Keuangan), Bidang Pembinaan PAUD dan Pendidikan "
     "Nonformal, Bidang Pembinaan Sekolah Dasar, Bidang Pembinaan Sekolah Menengah Pertama, Bidang "
     "Pendidik dan Tenaga Kependidikan, Unit Pelaksana Teknis Daerah, serta Kelompok Jabatan Fungsional.")
out("1.4 Sumber Daya Manusia", "")
gl = sum(g[1] for g in GOL)
gp = sum(g[2] for g in GOL)
pppk = GOL[-1][1] + GOL[-1][2]
para(f"Jumlah pegawai Dinas Pendidikan (kantor dinas, di luar guru) per 31 Desember 2024 sebanyak "
     f"{gl + gp} orang, terdiri atas {gl} laki-laki dan {gp} perempuan, termasuk {pppk} orang PPPK. "
     "Komposisi pegawai menurut golongan dan tingkat pendidikan disajikan pada tabel berikut.")
out("Tabel 1.1 Jumlah Pegawai menurut Golongan/Status Kepegawaian")
row("No", "Golongan", "L", "P", "Jumlah")
for i, (g, l, p) in enumerate(GOL, 1):
    row(i, g, l, p, l + p)
row("", "Jumlah", gl, gp, gl + gp)
out("")
out("Tabel 1.2 Jumlah Pegawai menurut Tingkat Pendidikan")
row("No", "Tingkat Pendidikan", "Jumlah Pegawai", "", "")
row("", "", "L", "P", "L+P")
for i, (g, l, p) in enumerate(PEND, 1):
    row(i, g, l, p, l + p)
row("", "Jumlah", sum(x[1] for x in PEND), sum(x[2] for x in PEND), sum(x[1] + x[2] for x in PEND))
assert sum(x[1] for x in PEND) == gl and sum(x[2] for x in PEND) == gp
out("")
pasca = PEND[0][1] + PEND[0][2] + PEND[1][1] + PEND[1][2]
para(f"Sebanyak {pasca} pegawai berpendidikan pascasarjana. Selain pegawai kantor dinas, Dinas Pendidikan "
     f"membina {fi(guru_total)} guru SD dan SMP yang tersebar di 9 kecamatan, sebagaimana diuraikan pada Bab III.")
out("1.5 Isu Strategis", "")
para("Isu strategis yang dihadapi pada Tahun 2024 meliputi: (1) belum meratanya partisipasi pendidikan "
     "jenjang SMP di kecamatan pedalaman; (2) masih adanya anak putus sekolah di jenjang SMP karena faktor "
     "ekonomi dan jarak; (3) kekurangan guru PNS di sekolah terpencil; dan (4) mutu pembelajaran yang "
     "belum merata sebagaimana terlihat dari Rapor Pendidikan.")
page()

# ---------------- BAB II
out("BAB II", "PERENCANAAN KINERJA", "", "2.1 Rencana Strategis 2022-2026", "")
para("Renstra Dinas Pendidikan Tahun 2022-2026 ditetapkan dengan Peraturan Bupati Nomor 12 Tahun 2022. "
     "Visi Dinas mengacu pada visi Bupati, yaitu \"Tanjung Selaka yang Maju, Sejahtera dan Berdaya "
     "Saing\". Tujuan, sasaran, indikator dan target kinerja tahunan Renstra disajikan pada Tabel 2.1.")
out("Tabel 2.1 Tujuan, Sasaran, Indikator dan Target Kinerja Renstra 2022-2026")
row("Tujuan/Sasaran/Indikator Kinerja", "Satuan", "Kondisi Awal 2021", "Target", "", "", "", "")
row("", "", "", "2022", "2023", "2024", "2025", "2026")
for tuj, sas, inds in SASARAN:
    out(tuj)
    out(sas)
    for key, name, unit, lower, awal, tg, rl in inds:
        wrow([name, unit, awal] + tg, 0, 48)
out("")
para("Indikator Angka Putus Sekolah merupakan indikator dengan polaritas negatif: semakin kecil "
     "realisasinya semakin baik kinerjanya, sehingga targetnya menurun dari tahun ke tahun.")
page()
out("2.2 Perjanjian Kinerja Tahun 2024", "")
para("Perjanjian Kinerja (PK) Tahun 2024 ditandatangani oleh Kepala Dinas Pendidikan dan Bupati "
     "Tanjung Selaka pada 15 Januari 2024 dan direviu setelah penetapan APBD Perubahan. PK memuat "
     "sasaran, indikator kinerja dan target sebagai berikut.")
out("Tabel 2.2 Perjanjian Kinerja Tahun 2024")
row("No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target 2024")
n = 0
for tuj, sas, inds in SASARAN:
    first = True
    for key, name, unit, lower, awal, tg, rl in inds:
        n += 1
        row(n, sas.split(": ", 1)[1] if first else "", name, unit, tg[2])
        first = False
out("")
out("Tabel 2.3 Program dan Anggaran dalam Perjanjian Kinerja Tahun 2024")
row("No", "Program", "Anggaran (Rp)", "Sumber Dana")
for i, p in enumerate(BUDGET, 1):
    row(i, PNAME[p[0]], fi(PROG[p[0]][0]), "APBD")
row("", "Jumlah", fi(TOT_A), "")
out("")
page()

# ---------------- BAB III
out("BAB III", "AKUNTABILITAS KINERJA", "", "3.1 Capaian Kinerja Organisasi", "")
para("Pengukuran kinerja dilakukan dengan membandingkan realisasi dengan target setiap indikator. "
     "Capaian dihitung dengan rumus realisasi dibagi target dikali 100%. Untuk indikator yang semakin "
     "kecil semakin baik (Angka Putus Sekolah), capaian dihitung dengan rumus (2 - realisasi/target) x "
     "100%. Indikator dinyatakan Tercapai apabila capaiannya sekurang-kurangnya 100%.")
out("Tabel 3.1 Pengukuran Kinerja Dinas Pendidikan Tahun 2024")
row("No", "Sasaran/Indikator Kinerja", "Satuan", "Target", "Realisasi", "% Capaian", "Status")
n = 0
for tuj, sas, inds in SASARAN:
    out(sas)
    for key, name, unit, lower, awal, tg, rl in inds:
        n += 1
        wrow([str(n), name, unit, tg[2], rl[2], fd(CAP[key]), STATUS[key]], 1, 52)
out("")
para(f"Secara keseluruhan {n_ok} dari 14 indikator tercapai. Indikator yang belum tercapai umumnya "
     "berkaitan dengan jenjang SMP, terutama di kecamatan yang jauh dari pusat kabupaten.")
page()

out("3.2 Perbandingan Realisasi Antartahun dan terhadap Target Akhir Renstra", "")
para("Tabel 3.2 membandingkan realisasi tiga tahun terakhir serta tingkat capaian realisasi 2024 "
     "terhadap target akhir Renstra tahun 2026 (dihitung dengan rumus yang sama dengan Tabel 3.1).")
out("Tabel 3.2 Perbandingan Realisasi Kinerja 2022-2024 dan Target Akhir Renstra")
row("Indikator Kinerja", "Realisasi 2022", "Realisasi 2023", "Realisasi 2024", "Target 2026",
    "Tingkat Capaian thd Target 2026 (%)")
for i, (key, name, unit, lower, awal, tg, rl) in enumerate(IND, 1):
    if unit == "predikat":
        c26 = "-"
    else:
        c26 = fd(capaian(num(tg[4]), num(rl[2]), lower))
    wrow([f"{i}. {name} ({unit})", rl[0], rl[1], rl[2], tg[4], c26], 0, 55)
out("")

out("3.3 Analisis Capaian Kinerja", "")
out("Sasaran 1: Meningkatnya akses dan partisipasi pendidikan", "")


def delta(a, b):
    return fd(num(b) - num(a))


i1 = BYKEY["apk_sd"]
para(f"APK SD/MI. Realisasi APK SD/MI Tahun 2024 sebesar {i1[6][2]} persen melampaui target "
     f"{i1[5][2]} persen dengan capaian {fd(CAP['apk_sd'])}%. Dibandingkan tahun 2023 ({i1[6][1]}%), APK "
     f"SD/MI naik {delta(i1[6][1], i1[6][2])} poin. Nilai di atas 100 menunjukkan masih adanya siswa di "
     "luar kelompok usia 7-12 tahun yang bersekolah di SD.")
i2 = BYKEY["apk_smp"]
i4 = BYKEY["apm_smp"]
para(f"APK dan APM SMP/MTs. APK SMP/MTs mencapai {i2[6][2]}% dari target {i2[5][2]}% (capaian "
     f"{fd(CAP['apk_smp'])}%), sedangkan APM SMP/MTs mencapai {i4[6][2]}% dari target {i4[5][2]}% "
     f"(capaian {fd(CAP['apm_smp'])}%). Keduanya meningkat dibandingkan tahun 2023 ({i2[6][1]}% dan "
     f"{i4[6][1]}%), namun belum mencapai target karena daya tampung SMP negeri di Kecamatan Lubuk "
     "Kemuning dan Teluk Seruni masih terbatas. Kedua kecamatan tersebut hanya memiliki masing-masing "
     "satu SMP negeri.")
i5 = BYKEY["apk_paud"]
para(f"APK PAUD. APK PAUD Tahun 2024 sebesar {i5[6][2]}% melampaui target {i5[5][2]}% dengan capaian "
     f"{fd(CAP['apk_paud'])}%. Selama tahun 2024 dilaksanakan 130 kegiatan sosialisasi PAUD di tingkat "
     "desa bersama TP PKK. Target akhir Renstra sebesar "
     f"{i5[5][4]}% diperkirakan dapat dicapai pada tahun 2026.")
i6 = BYKEY["aps_sd"]
i7 = BYKEY["aps_smp"]
para(f"Angka Putus Sekolah. Angka putus sekolah SD/MI turun dari {i6[6][1]}% pada 2023 menjadi "
     f"{i6[6][2]}% pada 2024 (target {i6[5][2]}%, capaian {fd(CAP['aps_sd'])}%). Sebaliknya angka "
     f"putus sekolah SMP/MTs sebesar {i7[6][2]}% masih di atas target {i7[5][2]}% sehingga capaiannya "
     f"hanya {fd(CAP['aps_smp'])}%, walaupun membaik dibandingkan tahun 2023 ({i7[6][1]}%).")
out("Sasaran 2: Meningkatnya mutu pendidik dan layanan pendidikan", "")
i8 = BYKEY["rls"]
para(f"Rata-rata Lama Sekolah. RLS Kabupaten Tanjung Selaka tahun 2024 sebesar {i8[6][2]} tahun, "
     f"melampaui target {i8[5][2]} tahun (capaian {fd(CAP['rls'])}%). Angka ini masih di bawah "
     "rata-rata provinsi sebesar 8,64 tahun.")
i9 = BYKEY["sert"]
para(f"Sertifikasi Guru. Dari {fi(guru_total)} guru SD dan SMP, sebanyak {fi(sert_total)} guru telah "
     f"bersertifikat pendidik atau {i9[6][2]}% (target {i9[5][2]}%, capaian {fd(CAP['sert'])}%). "
     "Penambahan guru bersertifikat berasal dari lulusan PPG Dalam Jabatan tahun 2024.")
i10 = BYKEY["s1"]
i11 = BYKEY["akr"]
i12 = BYKEY["lit"]
para(f"Kualifikasi guru S1/D-IV mencapai {i10[6][2]}% (capaian {fd(CAP['s1'])}%). Persentase SD "
     f"terakreditasi minimal B sebesar {i11[6][2]}% belum mencapai target {i11[5][2]}% (capaian "
     f"{fd(CAP['akr'])}%) karena 6 SD belum divisitasi BAN-PDM pada tahun 2024. Persentase satuan "
     f"pendidikan dengan capaian literasi di atas kompetensi minimum mencapai {i12[6][2]}% (capaian "
     f"{fd(CAP['lit'])}%), tertinggi di antara indikator Sasaran 2.")
out("Sasaran 3: Meningkatnya akuntabilitas kinerja dan kualitas pelayanan Dinas", "")
i13 = BYKEY["akip"]
i14 = BYKEY["ikm"]
para(f"Hasil evaluasi AKIP Dinas Pendidikan oleh Inspektorat memperoleh predikat {i13[6][2]}, sesuai "
     f"target {i13[5][2]} dan meningkat dari predikat {i13[6][1]} pada tahun sebelumnya. IKM layanan "
     f"Dinas sebesar {i14[6][2]} (target {i14[5][2]}, capaian {fd(CAP['ikm'])}%) berdasarkan survei "
     "terhadap 400 responden.")
page()

out("3.4 Data Pendukung Kinerja", "")
para("Capaian indikator di atas didukung oleh data satuan pendidikan, guru dan peserta didik berikut "
     "(sumber: Dapodik, semester ganjil 2024/2025).")
out("Tabel 3.3 Jumlah Satuan Pendidikan per Kecamatan Tahun 2024")
row("No", "Kecamatan", "TK/KB", "SD Negeri", "SD Swasta", "SMP Negeri", "SMP Swasta", "Jumlah")
row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)")
for i, (k, v) in enumerate(zip(KEC, SATDIK), 1):
    row(i, k, *v, sum(v))
cols = [sum(v[j] for v in SATDIK) for j in range(5)]
row("", "Jumlah", *cols, sum(cols))
out("")
sd_all = cols[1] + cols[2]
smp_all = cols[3] + cols[4]
para(f"Jumlah SD sebanyak {sd_all} sekolah ({cols[1]} negeri dan {cols[2]} swasta), sedangkan SMP "
     f"sebanyak {smp_all} sekolah ({cols[3]} negeri dan {cols[4]} swasta).")

out("Tabel 3.4 Jumlah Guru SD dan SMP per Kecamatan menurut Jenis Kelamin")
row("Kecamatan", "Guru SD", "", "", "Guru SMP", "", "", "Total Guru")
row("", "L", "P", "Jumlah", "L", "P", "Jumlah", "")
for k, (a, b, c, d) in zip(KEC, GURU):
    row(k, a, b, a + b, c, d, c + d, a + b + c + d)
gc = [sum(g[j] for g in GURU) for j in range(4)]
row("Jumlah", gc[0], gc[1], fi(gc[0] + gc[1]), gc[2], gc[3], gc[2] + gc[3], fi(sum(gc)))
nk = len(KEC)
row("Rata-rata", fd(D(gc[0]) / nk), fd(D(gc[1]) / nk), fd(D(gc[0] + gc[1]) / nk), fd(D(gc[2]) / nk),
    fd(D(gc[3]) / nk), fd(D(gc[2] + gc[3]) / nk), fd(D(sum(gc)) / nk))
out("")
totals_k = [sum(g) for g in GURU]
kmax = KEC[totals_k.index(max(totals_k))]
kmin = KEC[totals_k.index(min(totals_k))]
para(f"Kecamatan dengan jumlah guru terbanyak adalah {kmax} ({max(totals_k)} guru), sedangkan yang "
     f"paling sedikit adalah {kmin} ({min(totals_k)} guru). Rata-rata setiap kecamatan memiliki "
     f"{fd(D(sum(gc)) / nk)} guru SD dan SMP. Guru perempuan mendominasi, yaitu {fi(gc[1] + gc[3])} orang "
     f"dibandingkan {fi(gc[0] + gc[2])} guru laki-laki.")
page()

out("Tabel 3.5 Jumlah Peserta Didik menurut Jenjang dan Jenis Kelamin")
row("No", "Jenjang", "Laki-laki", "Perempuan", "Jumlah")
for i, (j, l, p) in enumerate(PD, 1):
    row(i, j, fi(l), fi(p), fi(l + p))
row("", "Jumlah", fi(sum(x[1] for x in PD)), fi(sum(x[2] for x in PD)), fi(sum(x[1] + x[2] for x in PD)))
out("")
sd_pd = PD[1][1] + PD[1][2]
smp_pd = PD[2][1] + PD[2][2]
para(f"Peserta didik SD berjumlah {fi(sd_pd)} siswa, terdiri atas {fi(PD[1][1])} laki-laki dan "
     f"{fi(PD[1][2])} perempuan, sehingga rasio guru terhadap murid SD sebesar 1:{fd(D(sd_pd) / guru_sd, 1)}. "
     f"Rasio pada jenjang SMP sebesar 1:{fd(D(smp_pd) / guru_smp, 1)}.")

out("Tabel 3.6 Guru Bersertifikat Pendidik menurut Jenjang Tahun 2024")
row("Jenjang", "Jumlah Guru", "Guru Bersertifikat", "", "", "Persentase")
row("", "", "L", "P", "Jumlah", "")
for j, tg_ in (("SD", guru_sd), ("SMP", guru_smp)):
    l, p = SERT[j]
    row(j, fi(tg_), l, p, l + p, fd(pct(l + p, tg_)) + "%")
sl = sum(v[0] for v in SERT.values())
sp = sum(v[1] for v in SERT.values())
row("Jumlah", fi(guru_total), sl, sp, fi(sl + sp), fd(real_sert) + "%")
out("")
page()

out("3.5 Realisasi Anggaran", "")
para(f"Pada Tahun Anggaran 2024 Dinas Pendidikan mengelola anggaran sebesar {rp(TOT_A)} yang "
     f"dialokasikan pada 5 program, 12 kegiatan dan 19 sub kegiatan. Realisasi anggaran mencapai "
     f"{rp(TOT_R)} atau {fd(TOT_P)}%. Rincian realisasi per program, kegiatan dan sub kegiatan "
     "disajikan pada Tabel 3.7.")
out("Tabel 3.7 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun 2024")
row("Kode", "Urusan/Program/Kegiatan/Sub Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "%", "Sisa (Rp)")
row("1", "2", "3", "4", "5", "6")


def brow(code, name, a, r):
    wrow([code, name, fi(a), fi(r), fd(pct(r, a)), fi(a - r)], 1, 60)


brow("1.01", "URUSAN PEMERINTAHAN BIDANG PENDIDIKAN", TOT_A, TOT_R)
n_keg = n_sub = 0
for pc, pn, kegs in BUDGET:
    brow(pc, pn, *PROG[pc])
    for kc, kn, subs in kegs:
        n_keg += 1
        brow(kc, kn, *KEG[kc])
        for sc, sn, a, r in subs:
            n_sub += 1
            brow(sc, sn, a, r)
row("", "JUMLAH TOTAL", fi(TOT_A), fi(TOT_R), fd(TOT_P), fi(TOT_A - TOT_R))
assert (n_keg, n_sub) == (12, 19), (n_keg, n_sub)
out("")
pa, pr = PROG["1.01.02"]
para(f"Program Pengelolaan Pendidikan memperoleh anggaran {rp(pa)} dengan realisasi {rp(pr)} "
     f"({fd(pct(pr, pa))}%). Sisa anggaran terbesar pada program ini terdapat pada sub kegiatan "
     f"Pengelolaan Dana BOS Sekolah Dasar sebesar {rp(27418900000 - 27105662350)}, sedangkan sisa pada "
     "sub kegiatan Rehabilitasi Sedang/Berat Ruang Kelas Sekolah jenjang SD sebesar "
     f"{rp(9642350000 - 9358027400)} merupakan sisa hasil pengadaan (efisiensi tender). "
     "Pembangunan USB di Kecamatan Talang Rimbo selesai 100% secara fisik pada Desember 2024.")
ga, gr = KEG["1.01.01.2.02"]
para(f"Belanja gaji dan tunjangan ASN sebesar {rp(ga)} terealisasi {rp(gr)} ({fd(pct(gr, ga))}%). "
     "Tahapan kegiatan penyusunan kurikulum muatan lokal meliputi tiga kegiatan: lokakarya, uji publik "
     "dan penetapan.")
page()

out("3.6 Efisiensi Penggunaan Sumber Daya", "")
para("Efisiensi dinilai dengan membandingkan rata-rata capaian kinerja sasaran dengan persentase "
     "penyerapan anggaran program yang mendukung sasaran tersebut.")
out("Tabel 3.8 Capaian Kinerja Sasaran dan Penyerapan Anggaran Tahun 2024")
row("Sasaran", "Rata-rata Capaian Kinerja (%)", "Alokasi (Rp)", "Realisasi (Rp)", "Serapan (%)")
for (tuj, sas, inds), progs in zip(SASARAN, SAS_PROG):
    avg = q(sum(CAP[i[0]] for i in inds) / len(inds))
    a = sum(PROG[p][0] for p in progs)
    r = sum(PROG[p][1] for p in progs)
    wrow([sas, fd(avg), fi(a), fi(r), fd(pct(r, a))], 0, 50)
row("Jumlah", "-", fi(TOT_A), fi(TOT_R), fd(TOT_P))
out("")
para("Seluruh sasaran memiliki rata-rata capaian kinerja yang lebih tinggi daripada persentase "
     "penyerapan anggarannya, sehingga penggunaan anggaran dinilai efisien.")
page()

# ---------------- BAB IV
out("BAB IV", "PENUTUP", "")
para(f"LKjIP Dinas Pendidikan Kabupaten Tanjung Selaka Tahun 2024 menunjukkan bahwa {n_ok} dari 14 "
     f"indikator kinerja telah tercapai dengan realisasi anggaran sebesar {fd(TOT_P)}%. Permasalahan "
     "utama terdapat pada partisipasi dan angka putus sekolah jenjang SMP serta akreditasi SD.")
para("Langkah perbaikan pada tahun 2025 antara lain: (1) penambahan ruang kelas baru SMP di Kecamatan "
     "Lubuk Kemuning dan Teluk Seruni; (2) program pendampingan anak rawan putus sekolah bersama "
     "pemerintah desa; (3) percepatan pengajuan akreditasi SD; dan (4) perluasan PPG Dalam Jabatan.")
page()

# ---------------- Lampiran
out("LAMPIRAN", "PERJANJIAN KINERJA TAHUN 2024", "DINAS PENDIDIKAN KABUPATEN TANJUNG SELAKA", "")
out("Tabel Lampiran 1. Sasaran, Indikator dan Target Perjanjian Kinerja Tahun 2024")
row("Sasaran Strategis", "Indikator Kinerja", "Target")
for tuj, sas, inds in SASARAN:
    first = True
    for key, name, unit, lower, awal, tg, rl in inds:
        t = tg[2] + ("%" if unit == "%" else (" tahun" if unit == "tahun" else ""))
        wrow([sas.split(": ", 1)[1] if first else "", name, t], 1, 60)
        first = False
out("")
out("Bupati Tanjung Selaka,                          Kepala Dinas Pendidikan,",
    "",
    "",
    "H. Amrullah Datuk Basa, S.H.                    Drs. H. Baharuddin Salim, M.Pd.",
    "                                                NIP 19690812 199403 1 007")

CONSISTENT = "\n".join(L) + "\n"

# ---------------------------------------------------------------- plants
# (id, family, finder of the planted line, old, new, anchor, what, finders of related lines)
PLANTS = [
    ("guru-sungai-ladang-sd", "row-sum", "Sungai Ladang\t44\t127\t171", "\t171\t", "\t177\t",
     "Sungai Ladang", "Guru SD L 44 + P 127 = 171 but the SD Jumlah cell reads 177 (the Jumlah row "
     "and the Total Guru cell still use 171)", ["Jumlah\t328\t993\t", "Rata-rata\t36,44\t"]),
    ("pk-program-jumlah", "column-total", "\tJumlah\t391.768.035.000\t", "391.768.035.000",
     "391.786.035.000", "Jumlah", "Tabel 2.3: the five programme budgets sum to 391.768.035.000 but the "
     "Jumlah row reads 391.786.035.000 (digits swapped)", []),
    ("rehab-sd-sisa", "budget-arithmetic", "1.01.02.2.01.0005\t", "\t284.322.600", "\t248.322.600",
     "1.01.02.2.01.0005", "sisa = 9.642.350.000 - 9.358.027.400 = 284.322.600 but printed "
     "248.322.600 (digits swapped)", []),
    ("usb-persen", "budget-arithmetic", "1.01.02.2.01.0001\t", "\t95,81\t", "\t95,18\t",
     "1.01.02.2.01.0001", "3.712.468.000 / 3.875.000.000 = 95,81% but the % cell reads 95,18", []),
    ("keg-smp-realisasi", "budget-hierarchy", "1.01.02.2.02\tPengelolaan Pendidikan Sekolah Menengah",
     "19.306.247.080", "19.036.247.080", "1.01.02.2.02",
     "kegiatan realisasi = 5.098.331.600 + 14.207.915.480 = 19.306.247.080 but printed 19.036.247.080 "
     "(its % 98,50 and sisa 293.132.920 on the same row, and the programme row, still use the correct "
     "figure)", ["1.01.02\tPROGRAM PENGELOLAAN PENDIDIKAN\t"]),
    ("bos-smp-kode", "budget-code", "\tPengelolaan Dana BOS Sekolah Menengah Pertama\t",
     "1.01.02.2.02.0024", "1.01.02.2.01.0024", "Pengelolaan Dana BOS Sekolah Menengah Pertama",
     "sub kegiatan listed under kegiatan 1.01.02.2.02 (SMP) carries the SD kegiatan code 1.01.02.2.01 "
     "(copied from the BOS SD row)", []),
    ("pk-apm-smp-target", "indicator-target", "4\t\tAngka Partisipasi Murni (APM) SMP/MTs\t%\t78,50",
     "\t78,50", "\t79,75", "Angka Partisipasi Murni (APM) SMP/MTs",
     "PK 2024 (Tabel 2.2) target 79,75 (the Renstra 2025 figure) while Renstra 2024, Tabel 3.1 and the "
     "Lampiran give 78,50", ["Angka Partisipasi Murni (APM) SMP/MTs\t%\t75,14",
                             "4\tAngka Partisipasi Murni (APM) SMP/MTs\t%\t78,50"]),
    ("lampiran-apk-paud-target", "indicator-target", "\tAngka Partisipasi Kasar (APK) PAUD\t68,00%",
     "68,00%", "66,00%", "Angka Partisipasi Kasar (APK) PAUD",
     "Lampiran PK target 66,00% (the 2023 target) vs 68,00 in Renstra 2024, Tabel 2.2 and Tabel 3.1",
     ["Angka Partisipasi Kasar (APK) PAUD\t%\t61,87", "5\tAngka Partisipasi Kasar (APK) PAUD\t%\t68,00\t"]),
    ("banding-ikm-2024", "indicator-realisasi", "14. Indeks Kepuasan Masyarakat", "\t84,10\t",
     "\t81,45\t", "14. Indeks Kepuasan Masyarakat (IKM) layanan Dinas",
     "Tabel 3.2 realisasi 2024 of IKM reads 81,45 (copied from the 2023 column) while Tabel 3.1 gives "
     "84,10 (the row's capaian thd target 2026, 98,94, still follows 84,10)",
     ["14\tIndeks Kepuasan Masyarakat (IKM) layanan Dinas\tindeks\t82,50\t84,10"]),
    ("capaian-apk-smp", "capaian", "2\tAngka Partisipasi Kasar (APK) SMP/MTs\t%\t92,00", "\t98,77\t",
     "\t97,87\t", "Angka Partisipasi Kasar (APK) SMP/MTs",
     "90,87 / 92,00 x 100 = 98,77 but the capaian cell reads 97,87", []),
    ("status-akreditasi", "label", "11\tPersentase SD terakreditasi minimal B\t%", "Belum Tercapai",
     "Tercapai", "Persentase SD terakreditasi minimal B",
     "capaian 97,97% (< 100%) but the status reads Tercapai", []),
    ("prosa-apk-sd", "narrative-vs-table", "APK SD/MI. Realisasi APK SD/MI Tahun 2024 sebesar",
     "105,12 persen", "105,21 persen", "Realisasi APK SD/MI Tahun 2024 sebesar",
     "prose gives APK SD/MI 2024 realisasi 105,21 while Tabel 3.1 and 3.2 give 105,12",
     ["1\tAngka Partisipasi Kasar (APK) SD/MI\t%\t104,50\t105,12"]),
    ("prosa-guru-terbanyak", "narrative-vs-table", "Kecamatan dengan jumlah guru terbanyak adalah",
     "Selaka Kota (428", "Muara Dalam (428", "Kecamatan dengan jumlah guru terbanyak adalah",
     "prose names Muara Dalam as the kecamatan with most teachers; Tabel 3.4 shows Selaka Kota (428) "
     "highest, Muara Dalam has 245", ["Selaka Kota\t52\t221\t"]),
    ("penutup-jumlah-tercapai", "narrative-vs-table", "menunjukkan bahwa 10 dari 14", "bahwa 10 dari 14",
     "bahwa 11 dari 14", "menunjukkan bahwa 11 dari 14 indikator",
     "Bab IV says 11 of 14 indicators achieved; Tabel 3.1 has 10 Tercapai and 4 Belum Tercapai", []),
    ("stale-tabel-3-1", "stale-year", "Tabel 3.1 Pengukuran Kinerja Dinas Pendidikan Tahun 2024",
     "Tahun 2024", "Tahun 2023", "Tabel 3.1 Pengukuran Kinerja Dinas Pendidikan",
     "the measurement table heading names 2023 instead of the reporting year 2024", []),
    ("nomor-satdik", "numbering", "9\tTeluk Seruni\t7\t8", "9\tTeluk Seruni", "10\tTeluk Seruni",
     "Teluk Seruni", "Tabel 3.3 No column runs 1..8 then 10 (skips 9)", []),
]


def find_one(lines, finder):
    hits = [i for i, s in enumerate(lines) if finder in s]
    assert len(hits) == 1, (finder, hits)
    return hits[0]


def build():
    cons = CONSISTENT.split("\n")
    plan = list(cons)
    items = []
    for pid, fam, finder, old, new, anchor, what, others in PLANTS:
        i = find_one(cons, finder)
        assert plan[i].count(old) == 1, (pid, plan[i], old)
        plan[i] = plan[i].replace(old, new)
        assert anchor in plan[i], (pid, anchor, plan[i])
        fig = new.strip("\t").replace(" persen", "").replace("Selaka Kota (428", "Selaka Kota") \
            .replace("Muara Dalam (428", "Muara Dalam").replace("bahwa ", "").replace(" dari 14", "")
        cor = old.strip("\t").replace(" persen", "").replace("Selaka Kota (428", "Selaka Kota") \
            .replace("bahwa ", "").replace(" dari 14", "")
        fig = fig.replace("Tahun ", "").replace("\tTeluk Seruni", "")
        cor = cor.replace("Tahun ", "").replace("\tTeluk Seruni", "")
        lines = [i + 1] + [find_one(cons, o) + 1 for o in others]
        items.append(dict(id=pid, family=fam, lines=lines, anchor=anchor, figure=fig, correct=cor,
                          what=what))
    assert len(plan) == len(cons)
    return "\n".join(plan), items


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    planted, items = build()
    (OUT / f"{NAME}.consistent.txt").write_text(CONSISTENT, encoding="utf-8")
    (OUT / f"{NAME}.planted.txt").write_text(planted, encoding="utf-8")
    y = [f"report: {NAME}.planted.txt", f"consistent: {NAME}.consistent.txt", f"agency: {AGENCY}",
         "format: txt", "year: 2024", f"tables_with_figures: {TABLES}", "items:"]
    for it in items:
        y.append(f"  - id: {it['id']}")
        y.append(f"    family: {it['family']}")
        y.append(f"    lines: [{', '.join(map(str, it['lines']))}]")
        y.append(f"    anchor: {yq(it['anchor'])}")
        y.append(f"    figure: {yq(it['figure'])}")
        y.append(f"    correct: {yq(it['correct'])}")
        y.append(f"    what: {yq(it['what'])}")
    (OUT / f"{NAME}.truth.yaml").write_text("\n".join(y) + "\n", encoding="utf-8")
    reviu_extend(OUT, NAME, "txt", REVIU_INSERTS, REVIU_PLANTS, footer=re.escape(HDR))
    print(len(items) + len(REVIU_PLANTS), "items")


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


HDR = f"LKjIP {AGENCY} Tahun 2024"


def _wrap(text, width=100):
    return textwrap.wrap(text, width=width, break_on_hyphens=False) + [""]


def _toc(title, target):
    return f"{title} {'.' * (72 - len(title))} {{p:{target}}}"


CAP_MEAN = q(sum(CAP.values()) / len(CAP))
PAUD_PROG = q(num(BYKEY["apk_paud"][6][2]) / num(BYKEY["apk_paud"][5][4]) * 100)
REVIU_INSERTS = [
    ("=IKHTISAR EKSEKUTIF", "before", [
        "DAFTAR ISI", "",
        f"KATA PENGANTAR {'.' * 57} 2",
        f"DAFTAR ISI {'.' * 61} 3",
        _toc("IKHTISAR EKSEKUTIF", "IKHTISAR EKSEKUTIF"),
        _toc("BAB I PENDAHULUAN", "BAB I"),
        _toc("BAB II PERENCANAAN KINERJA", "BAB II"),
        _toc("   2.2 Perjanjian Kinerja Tahun 2024", "2.2 Perjanjian Kinerja Tahun 2024"),
        _toc("BAB III AKUNTABILITAS KINERJA", "BAB III"),
        _toc("   3.1 Capaian Kinerja Organisasi", "3.1 Capaian Kinerja Organisasi"),
        _toc("   3.2 Perbandingan Realisasi Antartahun dan terhadap Target Akhir Renstra",
             "3.2 Perbandingan Realisasi Antartahun dan terhadap Target Akhir Renstra"),
        _toc("   3.4 Data Pendukung Kinerja", "3.4 Data Pendukung Kinerja"),
        _toc("   3.5 Realisasi Anggaran", "3.5 Realisasi Anggaran"),
        _toc("   3.6 Efisiensi Penggunaan Sumber Daya", "3.6 Efisiensi Penggunaan Sumber Daya"),
        _toc("BAB IV PENUTUP", "BAB IV"),
        _toc("LAMPIRAN PERJANJIAN KINERJA TAHUN 2024", "LAMPIRAN"),
        "", "", HDR, "0", ""]),
    ("=1.2 Tugas dan Fungsi", "before", _wrap(
        "Sesuai Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi "
        "Pemerintah, setiap perangkat daerah menyusun laporan kinerja tahunan atas pelaksanaan "
        "Perjanjian Kinerja. Sistematika laporan ini mengikuti Peraturan Menteri PANRB Nomor 53 Tahun "
        "2014, yaitu Ikhtisar Eksekutif, Pendahuluan, Perencanaan Kinerja, Akuntabilitas Kinerja, "
        "Penutup dan Lampiran.")),
    ("=3.3 Analisis Capaian Kinerja", "before", _wrap(
        f"Rata-rata capaian keempat belas indikator kinerja Tahun 2024 adalah {fd(CAP_MEAN)}%. Target "
        "akhir Renstra yang dipakai pada Tabel 3.2 adalah target tahun 2026 sebagaimana ditetapkan "
        "dengan Peraturan Bupati Nomor 12 Tahun 2022.")),
    ("=Angka Putus Sekolah. Angka putus sekolah SD/MI turun dari 0,13% pada 2023 menjadi 0,09% pada 2024",
     "before", _wrap(
        f"Dengan realisasi {BYKEY['apk_paud'][6][2]}%, kemajuan APK PAUD terhadap target akhir Renstra "
        f"tahun 2026 ({BYKEY['apk_paud'][5][4]}%) telah mencapai {fd(PAUD_PROG)}%.")),
    ("(4) perluasan PPG Dalam Jabatan.", "after", [
        "", "Selaka, 20 Februari 2025", "Kepala Dinas Pendidikan", "Kabupaten Tanjung Selaka,", "", "",
        "Drs. H. Baharuddin Salim, M.Pd.", "Pembina Utama Muda (IV/c)", "NIP 19690812 199403 1 007"]),
]
REVIU_PLANTS = [
    dict(id="reviu-ikhtisar-hilang", family="structure",
         edits=[(("=IKHTISAR EKSEKUTIF", "2@=" + HDR), None, None)],
         lines=["=IKHTISAR EKSEKUTIF", "IKHTISAR EKSEKUTIF ...."], anchor="IKHTISAR EKSEKUTIF",
         figure="IKHTISAR EKSEKUTIF", correct="IKHTISAR EKSEKUTIF", anchor_check=False,
         what="the Ikhtisar Eksekutif (heading and its three paragraphs) is missing from the planted "
              "report although 53/2014 requires it and the Daftar Isi still lists it on page 4; page 4 "
              "is left empty"),
    dict(id="reviu-toc-anggaran", family="toc",
         edits=[("   3.5 Realisasi Anggaran ....", " 12", " 11")],
         lines=["   3.5 Realisasi Anggaran ...."], anchor="3.5 Realisasi Anggaran",
         figure="11", correct="12",
         what="Daftar Isi puts 3.5 Realisasi Anggaran on page 11, but the heading is printed on page 12 "
              "(page 11 is the one with Tabel 3.5 and 3.6)"),
    dict(id="reviu-nama-kadis-pk", family="names",
         edits=[("H. Amrullah Datuk Basa, S.H.", "Baharuddin", "Baharudin")],
         lines=["H. Amrullah Datuk Basa, S.H.", "0@=Drs. H. Baharuddin Salim, M.Pd."],
         anchor="Drs. H. Baharudin Salim, M.Pd.", figure="Baharudin", correct="Baharuddin",
         what="the Kepala Dinas signs the Perjanjian Kinerja as 'Drs. H. Baharudin Salim' (one d) while "
              "the Kata Pengantar and Penutup, with the same NIP, spell 'Baharuddin'"),
    dict(id="reviu-rata-sasaran-2", family="capaian-average",
         edits=[("Sasaran 2: Meningkatnya mutu pendidik dan layanan\t", "\t101,50\t", "\t101,05\t")],
         lines=["Sasaran 2: Meningkatnya mutu pendidik dan layanan\t"],
         anchor="Sasaran 2: Meningkatnya mutu pendidik dan layanan", figure="101,05", correct="101,50",
         what="Tabel 3.8: the mean capaian of the five Sasaran 2 indicators in Tabel 3.1 (100,37; 102,42; "
              "100,56; 97,97; 106,18) is 101,50, but the Rata-rata Capaian cell reads 101,05"),
    dict(id="reviu-progres-s1", family="renstra-progress",
         edits=[("10. Persentase guru berkualifikasi S1/D-IV (%)", "\t97,94", "\t97,49")],
         lines=["10. Persentase guru berkualifikasi S1/D-IV (%)"],
         anchor="10. Persentase guru berkualifikasi S1/D-IV (%)", figure="97,49", correct="97,94",
         what="Tabel 3.2 capaian thd target 2026: 94,02 / 96,00 x 100 = 97,94 but the cell reads 97,49"),
]


TABLES = 14

if __name__ == "__main__":
    import sys
    if "--dump" in sys.argv:
        print(CONSISTENT, end="")
    else:
        main()
