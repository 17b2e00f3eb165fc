"""Build fixtures/corpus/bawaslu-kab-2024.{consistent,planted}.txt and its truth file.

The consistent text is generated from the figures below (every total, % and capaian computed
here); the planted text is the same text with single figures/words replaced on given lines, so
both versions have the same number of lines. Run:  python tools/corpus/make_bawaslu_kab_2024.py
"""
from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "fixtures" / "corpus"
NAME = "bawaslu-kab-2024"


def num(x, dec=0):
    """Indonesian number style: 1.234.567,89"""
    s = f"{x:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def pct(x, dec=2):
    return num(round(x + 1e-9, dec), dec)


def r2(x):
    return round(x + 1e-9, 2)


T = "\t"
L: list[str] = []


def add(*lines):
    for ln in lines:
        L.append(ln)


def row(*cells):
    L.append(T.join(str(c) for c in cells))


def blank():
    L.append("")


# ----------------------------------------------------------------------------- figures
KAB = "Kabupaten Muara Sentosa"
BAW = "Bawaslu Kabupaten Muara Sentosa"

# kecamatan: desa/kel, TPS Pemilu 14 Feb, TPS Pemilihan 27 Nov, pengawas perempuan
KEC = [
    ("Sentosa Kota", 12, 148, 102, 71),
    ("Sungai Reban", 15, 96, 68, 43),
    ("Tanjung Layar", 11, 71, 50, 36),
    ("Bukit Randai", 18, 88, 63, 40),
    ("Pulau Gadang", 10, 54, 39, 29),
    ("Lubuk Angsana", 14, 79, 57, 38),
    ("Koto Baru Ilir", 16, 83, 60, 45),
    ("Rantau Selasih", 9, 47, 34, 22),
    ("Padang Kemiri", 13, 65, 46, 34),
]
N_KEC = len(KEC)
DESA = sum(k[1] for k in KEC)
TPS1 = sum(k[2] for k in KEC)
TPS2 = sum(k[3] for k in KEC)
ADHOC = [(k[0], 3, k[1], k[2], 3 + k[1] + k[2] - k[4], k[4], 3 + k[1] + k[2]) for k in KEC]
AD_PAN = 3 * N_KEC
AD_L = sum(a[4] for a in ADHOC)
AD_P = sum(a[5] for a in ADHOC)
AD_J = sum(a[6] for a in ADHOC)
assert AD_L + AD_P == AD_J == AD_PAN + DESA + TPS1

# pegawai sekretariat by status (L, P)
STAFF = [
    ("PNS Bawaslu", 5, 4),
    ("PNS diperbantukan Pemerintah Daerah", 2, 1),
    ("PPPK", 1, 2),
    ("PPNPN", 9, 5),
]
ST_L = sum(s[1] for s in STAFF)
ST_P = sum(s[2] for s in STAFF)
GOL = [("Golongan IV", 1, 1), ("Golongan III", 4, 3), ("Golongan II", 2, 1)]
assert sum(g[1] for g in GOL) == 7 and sum(g[2] for g in GOL) == 5
EDU = [("S2", 2, 1), ("S1 / D4", 7, 6), ("D3", 2, 2), ("SMA / SMK", 6, 3)]
assert sum(e[1] for e in EDU) == ST_L and sum(e[2] for e in EDU) == ST_P

# pencegahan: kegiatan, frekuensi, peserta L, P (None = not counted)
PREV = [
    ("Sosialisasi pengawasan partisipatif", 24, 812, 688),
    ("Sekolah Kader Pengawasan Partisipatif (SKPP)", 2, 46, 54),
    ("Rapat koordinasi dengan pemangku kepentingan", 12, 301, 139),
    ("Patroli pengawasan masa tenang", 9, 180, 72),
    ("Surat imbauan pencegahan kepada peserta dan penyelenggara", 86, None, None),
]
PV_F = sum(p[1] for p in PREV)
PV_L = sum(p[2] for p in PREV if p[2] is not None)
PV_P = sum(p[3] for p in PREV if p[3] is not None)

# dugaan pelanggaran: temuan, laporan, diteruskan, dihentikan
JENIS = ["Pelanggaran administrasi", "Pelanggaran kode etik penyelenggara",
         "Tindak pidana pemilu", "Pelanggaran peraturan perundang-undangan lainnya"]
PEL_A = [(6, 3, 8, 1), (1, 3, 3, 1), (1, 4, 2, 3), (7, 2, 9, 0)]
PEL_B = [(3, 2, 4, 1), (1, 1, 2, 0), (1, 2, 1, 2), (4, 2, 6, 0)]


def sums(rows):
    return tuple(sum(r[i] for r in rows) for i in range(4))


PA, PB = sums(PEL_A), sums(PEL_B)
PT = tuple(a + b for a, b in zip(PA, PB))
PEL_J = PT[0] + PT[1]
PEL_D = PT[2]
assert PT[2] + PT[3] == PEL_J
for r in PEL_A + PEL_B:
    assert r[0] + r[1] == r[2] + r[3]
R_PEL = r2(PEL_D / PEL_J * 100)

# sengketa
SENG = [
    ("Keputusan KPU Kabupaten tentang perubahan DCT Anggota DPRD", 1, 1, 1, "Mediasi, sepakat"),
    ("Keputusan KPU Kabupaten tentang penetapan pasangan calon", 3, 2, 2, "1 mediasi, 1 adjudikasi"),
    ("Berita acara hasil verifikasi dukungan bakal calon perseorangan", 2, 2, 2, "Adjudikasi"),
]
SG_M = sum(s[1] for s in SENG)
SG_R = sum(s[2] for s in SENG)
SG_T = sum(s[3] for s in SENG)
R_SENG = r2(SG_T / SG_R * 100)

# IKP per dimensi (2023, 2024)
IKP = [
    ("Konteks sosial dan politik", 46.80, 41.25),
    ("Penyelenggaraan pemilu yang bebas dan adil", 57.15, 52.60),
    ("Kontestasi", 53.36, 48.90),
    ("Partisipasi", 46.97, 42.77),
]
IKP23 = r2(sum(i[1] for i in IKP) / 4)
IKP24 = r2(sum(i[2] for i in IKP) / 4)
assert (IKP23, IKP24) == (51.07, 46.38)


def kategori(s):
    return "Rendah" if s < 40 else ("Sedang" if s < 60 else "Tinggi")


# budget DIPA 2024: (kode, uraian, alokasi, serapan); parents computed
LEAF = {
    "WA.4518": [("4518.EBA.994", "Layanan Perkantoran", 3412386000, 3298114520),
                ("4518.EBA.956", "Layanan BMN", 186500000, 171240000),
                ("4518.EBB.951", "Layanan Sarana Internal", 245000000, 238770000)],
    "FE.4523": [("4523.QDB.001", "Pembentukan dan Pembinaan Pengawas Pemilu Ad Hoc", 14862450000, 13705118400),
                ("4523.QDC.002", "Pengawasan Partisipatif Masyarakat", 612300000, 574905000),
                ("4523.QAH.003", "Pengawasan Tahapan Pemilu", 1284600000, 1196452300)],
    "FE.4524": [("4524.QAH.001", "Penanganan Pelanggaran Pemilu", 318750000, 287016000),
                ("4524.QAH.002", "Penyelesaian Sengketa Proses Pemilu", 126400000, 98622500)],
}
KEG_NAME = {"WA.4518": "Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya Bawaslu",
            "FE.4523": "Pencegahan dan Pengawasan Penyelenggaraan Pemilu",
            "FE.4524": "Penanganan Pelanggaran dan Penyelesaian Sengketa Proses Pemilu"}


def tot(items):
    return sum(i[2] for i in items), sum(i[3] for i in items)


KEG = {k: tot(v) for k, v in LEAF.items()}
PROG = {"WA": KEG["WA.4518"],
        "FE": (KEG["FE.4523"][0] + KEG["FE.4524"][0], KEG["FE.4523"][1] + KEG["FE.4524"][1])}
B_A = PROG["WA"][0] + PROG["FE"][0]
B_R = PROG["WA"][1] + PROG["FE"][1]
B_P = r2(B_R / B_A * 100)

# hibah NPHD pemilihan 2024
HIBAH = [
    ("Honorarium pengawas pemilihan ad hoc", 11248600000, 10862150000),
    ("Belanja barang operasional dan ATK", 1864250000, 1710384500),
    ("Belanja sewa kantor dan kendaraan sekretariat ad hoc", 1326000000, 1204500000),
    ("Belanja perjalanan dinas dalam rangka pengawasan", 2415800000, 2187462300),
    ("Belanja rapat, bimbingan teknis dan sosialisasi", 1395350000, 1289716750),
]
H_A = sum(h[1] for h in HIBAH)
H_R = sum(h[2] for h in HIBAH)

# indicators: (no, nama, satuan, renstra 2020..2024, realisasi 2022, 2023, 2024, lower)
IND = [
    (1, "Indeks Kerawanan Pemilu (IKP) Kabupaten", "skor",
     ["60,00", "58,00", "55,00", "52,00", "50,00"], "54,12", pct(IKP23), pct(IKP24), True),
    (2, "Persentase TPS yang diawasi", "%", ["100", "-", "-", "-", "100"], "-", "-", "100", False),
    (3, "Persentase pelanggaran pemilu yang ditindaklanjuti", "%",
     ["70", "72", "75", "78", "80"], "71,43", "78,95", pct(R_PEL), False),
    (4, "Persentase sengketa proses selesai tepat waktu", "%",
     ["100", "100", "100", "100", "100"], "n/a", "100", pct(R_SENG), False),
    (5, "Persentase serapan anggaran", "%", ["90", "91", "93", "94", "95"], "93,40", "94,12", pct(B_P), False),
    (6, "Predikat SAKIP Satuan Kerja", "predikat", ["B", "B", "BB", "BB", "BB"], "B", "BB", "BB", False),
]


def fnum(s):
    return float(s.replace(".", "").replace(",", "."))


def capaian(t, r, lower):
    t, r = fnum(t), fnum(r)
    return r2((2 - r / t) * 100) if lower else r2(r / t * 100)


CAP = {}
for i in IND[:5]:
    CAP[i[0]] = capaian(i[3][4], i[6], i[7])
CAP[6] = 100.0
STATUS = {k: ("Tercapai" if v >= 100 else "Belum Tercapai") for k, v in CAP.items()}
N_OK = sum(1 for v in STATUS.values() if v == "Tercapai")

RT = "LAKIP Bawaslu Kabupaten Muara Sentosa Tahun 2024"

# ----------------------------------------------------------------------------- text
add("LAPORAN KINERJA",
    "BADAN PENGAWAS PEMILIHAN UMUM",
    "KABUPATEN MUARA SENTOSA",
    "TAHUN 2024")
blank()
add("Sekretariat Bawaslu Kabupaten Muara Sentosa",
    "Jalan Lintas Sungai Reban Km. 3, Sentosa Kota",
    "Provinsi Jambi")
blank()
add("KATA PENGANTAR")
blank()
add("Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas rahmat-Nya Laporan Kinerja "
    "Badan Pengawas Pemilihan Umum Kabupaten Muara Sentosa Tahun 2024 dapat diselesaikan. Laporan ini "
    "disusun sebagai wujud pertanggungjawaban atas pelaksanaan tugas pengawasan Pemilihan Umum Tahun 2024 "
    "dan Pemilihan Bupati dan Wakil Bupati Muara Sentosa Tahun 2024, sesuai Peraturan Presiden Nomor 29 "
    "Tahun 2014 dan Peraturan Menteri PANRB Nomor 53 Tahun 2014.")
blank()
add("Tahun 2024 merupakan tahun yang sangat padat karena dua tahapan pemungutan suara berlangsung dalam "
    "satu tahun anggaran. Kami menyadari laporan ini masih memiliki kekurangan, sehingga saran dan masukan "
    "sangat kami harapkan untuk perbaikan pada tahun berikutnya.")
blank()
add("Sentosa Kota, 20 Januari 2025",
    "Ketua Bawaslu Kabupaten Muara Sentosa,")
blank()
add("Rahmad Syahputra, S.H.")
blank()
add("Kepala Sekretariat,")
blank()
add("Dra. Yusnidar Lubis, M.Si.",
    "NIP 19740812 199903 2 004")
blank()
add("IKHTISAR EKSEKUTIF")
blank()
add(f"Pada tahun 2024 {BAW} menetapkan 4 (empat) sasaran strategis yang diukur dengan 6 (enam) indikator "
    f"kinerja utama sebagaimana tertuang dalam Perjanjian Kinerja Tahun 2024. Dari 6 indikator tersebut, "
    f"{N_OK} indikator tercapai dan {6 - N_OK} indikator belum tercapai, yaitu persentase serapan anggaran.")
blank()
add(f"Indeks Kerawanan Pemilu Kabupaten tahun 2024 tercatat {pct(IKP24)}, lebih rendah dari target "
    f"{IND[0][3][4]} sehingga capaian indikator ini {pct(CAP[1])}%. Persentase pelanggaran pemilu yang "
    f"ditindaklanjuti mencapai {pct(R_PEL)}% dari target 80%, dan seluruh {SG_R} permohonan sengketa proses "
    f"yang diregistrasi diselesaikan tepat waktu.")
blank()
add(f"Alokasi anggaran DIPA Tahun 2024 sebesar Rp{num(B_A)} dengan serapan Rp{num(B_R)} atau {pct(B_P)}%. "
    f"Selain itu Bawaslu Kabupaten mengelola dana hibah Pemilihan dari Pemerintah Kabupaten Muara Sentosa "
    f"sebesar Rp{num(H_A)},00.")
blank()
add(RT)
add("i")
blank()
add("BAB I")
add("PENDAHULUAN")
blank()
add("A. Latar Belakang")
blank()
add("Badan Pengawas Pemilihan Umum Kabupaten Muara Sentosa adalah lembaga penyelenggara pemilu yang "
    "bertugas mengawasi penyelenggaraan pemilu dan pemilihan di wilayah kabupaten. Sejak Undang-Undang "
    "Nomor 7 Tahun 2017 berlaku, Bawaslu Kabupaten bersifat tetap dengan masa jabatan anggota lima tahun.")
blank()
add("Laporan Kinerja ini menyajikan capaian kinerja tahun 2024 yang merupakan tahun terakhir Rencana "
    "Strategis Bawaslu 2020-2024, sekaligus tahun pelaksanaan pemungutan suara Pemilu pada 14 Februari 2024 "
    "dan Pemilihan Bupati dan Wakil Bupati pada 27 November 2024.")
blank()
add("B. Tugas, Wewenang dan Kewajiban")
blank()
add("Sesuai Pasal 101 Undang-Undang Nomor 7 Tahun 2017, Bawaslu Kabupaten bertugas:",
    "1. melakukan pencegahan dan penindakan pelanggaran pemilu dan sengketa proses pemilu di wilayah kabupaten;",
    "2. mengawasi pelaksanaan tahapan penyelenggaraan pemilu di wilayah kabupaten;",
    "3. mencegah terjadinya praktik politik uang;",
    "4. mengawasi netralitas aparatur sipil negara, anggota TNI dan anggota Polri;",
    "5. membentuk, mengangkat dan memberhentikan Panwaslu Kecamatan; dan",
    "6. melaksanakan tugas lain sesuai ketentuan peraturan perundang-undangan.")
blank()
add("C. Struktur Organisasi dan Sumber Daya Manusia")
blank()
add("Bawaslu Kabupaten Muara Sentosa dipimpin oleh 5 (lima) orang anggota, terdiri atas 3 laki-laki dan "
    "2 perempuan, yang membagi tugas dalam divisi Pencegahan, Partisipasi Masyarakat dan Hubungan "
    "Masyarakat; divisi Penanganan Pelanggaran dan Data Informasi; divisi Penyelesaian Sengketa; divisi "
    "Hukum dan Diklat; serta divisi Sumber Daya Manusia dan Organisasi. Dukungan administrasi diberikan oleh "
    "Sekretariat yang dipimpin seorang Kepala Sekretariat.")
blank()
add(f"Jumlah pegawai Sekretariat pada 31 Desember 2024 sebanyak {ST_L + ST_P} orang, terdiri atas {ST_L} "
    f"laki-laki dan {ST_P} perempuan, dengan rincian sebagai berikut.")
blank()
add("Tabel 1.1 Pegawai Sekretariat Menurut Status Kepegawaian")
row("No", "Status Kepegawaian", "L", "P", "Jumlah")
for i, s in enumerate(STAFF, 1):
    row(i, s[0], s[1], s[2], s[1] + s[2])
row("", "Jumlah", ST_L, ST_P, ST_L + ST_P)
blank()
add("Tabel 1.2 Pegawai Negeri Sipil Menurut Golongan")
row("No", "Golongan", "L", "P", "Jumlah")
for i, g in enumerate(GOL, 1):
    row(i, g[0], g[1], g[2], g[1] + g[2])
row("", "Jumlah", 7, 5, 12)
blank()
add("Tabel 1.3 Pegawai Sekretariat Menurut Tingkat Pendidikan")
row("No", "Pendidikan", "Laki-laki", "Perempuan", "Total")
for i, e in enumerate(EDU, 1):
    row(i, e[0], e[1], e[2], e[1] + e[2])
row("", "Total", ST_L, ST_P, ST_L + ST_P)
blank()
add(RT)
add("2")
blank()
add("D. Pengawas Pemilu Ad Hoc")
blank()
add(f"Untuk pengawasan Pemilu 2024 Bawaslu Kabupaten membentuk Panitia Pengawas Pemilu Kecamatan di "
    f"{N_KEC} kecamatan, Pengawas Kelurahan/Desa (PKD) di {DESA} desa/kelurahan, dan Pengawas TPS (PTPS) "
    f"pada {num(TPS1)} TPS. Jumlah seluruh pengawas ad hoc sebanyak {AD_J} orang, terdiri atas {AD_L} "
    f"laki-laki dan {AD_P} perempuan.")
blank()
add("Tabel 1.4 Pengawas Pemilu Ad Hoc Pemilu 2024 per Kecamatan")
row("No", "Kecamatan", "Panwaslu Kecamatan", "PKD", "PTPS", "Jumlah Pengawas", "", "")
row("", "", "", "", "", "L", "P", "Jumlah")
row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)")
for i, a in enumerate(ADHOC, 1):
    row(i, a[0], a[1], a[2], a[3], a[4], a[5], a[6])
row("", "Jumlah", AD_PAN, DESA, TPS1, AD_L, AD_P, AD_J)
add("Keterangan: kolom (8) = (3) + (4) + (5) = (6) + (7)")
blank()
big = max(KEC, key=lambda k: k[2])
small = min(KEC, key=lambda k: k[2])
add(f"Kecamatan dengan TPS terbanyak adalah Kecamatan {big[0]} dengan {big[2]} TPS, sedangkan yang paling "
    f"sedikit adalah Kecamatan {small[0]} dengan {small[2]} TPS. Untuk Pemilihan 27 November 2024 jumlah TPS "
    f"berkurang menjadi {TPS2} TPS karena KPU Kabupaten menggabungkan TPS dengan pemilih sedikit.")
blank()
add("Tabel 1.5 TPS yang Diawasi per Kecamatan")
row("No", "Kecamatan", "Desa/Kel", "Pemilu 14 Februari 2024", "", "Pemilihan 27 November 2024", "")
row("", "", "", "TPS", "Diawasi", "TPS", "Diawasi")
for i, k in enumerate(KEC, 1):
    row(i, k[0], k[1], k[2], k[2], k[3], k[3])
row("", "Total", DESA, TPS1, TPS1, TPS2, TPS2)
blank()
add(RT)
add("3")
blank()
add("BAB II")
add("PERENCANAAN KINERJA")
blank()
add("A. Rencana Strategis 2020-2024")
blank()
add("Rencana Strategis Bawaslu Kabupaten Muara Sentosa 2020-2024 menjabarkan visi Bawaslu menjadi "
    "\"Terpercaya dalam Pengawasan Pemilu Demokratis, Bermartabat dan Berkualitas\". Tujuan yang ingin "
    "dicapai adalah meningkatnya kualitas pengawasan pemilu dan pemilihan serta terwujudnya tata kelola "
    "kelembagaan yang akuntabel. Target tahunan setiap indikator disajikan pada tabel berikut.")
blank()
add("Tabel 2.1 Sasaran Strategis, Indikator dan Target Renstra 2020-2024")
row("Sasaran Strategis / Indikator Kinerja", "Satuan", "Target", "", "", "", "")
row("", "", "2020", "2021", "2022", "2023", "2024")
SAS = ["Sasaran Strategis 1: Meningkatnya kualitas pencegahan dan pengawasan pemilu",
       "Sasaran Strategis 2: Meningkatnya kualitas penanganan pelanggaran pemilu",
       "Sasaran Strategis 3: Meningkatnya kualitas penyelesaian sengketa proses pemilu",
       "Sasaran Strategis 4: Terwujudnya tata kelola kelembagaan yang akuntabel"]
IND_SAS = {1: 0, 2: 0, 3: 1, 4: 2, 5: 3, 6: 3}
for s_i, s in enumerate(SAS):
    row(s, "", "", "", "", "", "")
    for ind in IND:
        if IND_SAS[ind[0]] == s_i:
            if ind[0] == 4:
                row(f"{ind[0]}. Persentase sengketa proses selesai", ind[2], *ind[3])
                row("tepat waktu", "", "", "", "", "", "")
            else:
                row(f"{ind[0]}. {ind[1]}", ind[2], *ind[3])
blank()
add("Indikator persentase TPS yang diawasi hanya ditargetkan pada tahun yang memiliki tahapan pemungutan "
    "suara, yaitu tahun 2020 (Pemilihan Gubernur) dan tahun 2024. Indeks Kerawanan Pemilu merupakan "
    "indikator yang makin rendah makin baik.")
blank()
add("B. Perjanjian Kinerja Tahun 2024")
blank()
add("Perjanjian Kinerja Tahun 2024 ditandatangani oleh Kepala Sekretariat dan Ketua Bawaslu Kabupaten "
    "Muara Sentosa pada awal tahun anggaran dengan sasaran dan target sebagai berikut.")
blank()
add("Tabel 2.2 Perjanjian Kinerja Tahun 2024")
row("No", "Sasaran Strategis", "Indikator Kinerja", "Target")


def pk_rows():
    short = ["Meningkatnya kualitas pencegahan dan pengawasan pemilu",
             "Meningkatnya kualitas penanganan pelanggaran pemilu",
             "Meningkatnya kualitas penyelesaian sengketa proses pemilu",
             "Terwujudnya tata kelola kelembagaan yang akuntabel"]
    seen = set()
    n = 0
    for ind in IND:
        s = IND_SAS[ind[0]]
        tgt = ind[3][4] + ("%" if ind[2] == "%" else "")
        if s not in seen:
            seen.add(s)
            n += 1
            row(f"{n}.", short[s], ind[1], tgt)
        else:
            row("", "", ind[1], tgt)


pk_rows()
blank()
add(RT)
add("4")
blank()
add("BAB III")
add("AKUNTABILITAS KINERJA")
blank()
add("A. Capaian Kinerja Organisasi")
blank()
add("Capaian kinerja dihitung dengan membandingkan realisasi terhadap target. Untuk indikator yang makin "
    "rendah makin baik (Indeks Kerawanan Pemilu) capaian dihitung dengan rumus (2 - realisasi/target) x 100%. "
    "Indikator dinyatakan Tercapai apabila capaiannya paling sedikit 100%.")
blank()
add("Tabel 3.1 Pengukuran Kinerja Tahun 2024")
row("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Keterangan")
for ind in IND:
    n = ind[0]
    if n == 6:
        row(n, ind[1], ind[2], "BB", "BB (71,40)", "100,00", STATUS[n])
    elif n == 3:
        row(n, "Persentase pelanggaran pemilu yang", ind[2], ind[3][4], ind[6], pct(CAP[n]), STATUS[n])
        row("", "ditindaklanjuti", "", "", "", "", "")
    else:
        row(n, ind[1], ind[2], ind[3][4], ind[6], pct(CAP[n]), STATUS[n])
blank()
add(f"Dari tabel di atas, {N_OK} indikator tercapai dan {6 - N_OK} indikator belum tercapai. Rata-rata "
    f"capaian keenam indikator adalah {pct(sum(CAP.values()) / 6)}%.")
blank()
add("Tabel 3.2 Perbandingan Realisasi Kinerja 2022-2024")
row("No", "Indikator Kinerja", "Realisasi 2022", "Realisasi 2023", "Realisasi 2024", "Target 2024",
    "Keterangan")
for ind in IND:
    ket = {1: "Menurun (membaik)", 2: "Tidak ada pemungutan suara 2022-2023", 3: "Meningkat",
           4: "Tidak ada permohonan 2022", 5: "Menurun", 6: "Tetap"}[ind[0]]
    row(ind[0], ind[1], ind[4], ind[5], ind[6], ind[3][4], ket)
blank()
add(RT)
add("5")
blank()
add("B. Analisis Capaian Kinerja")
blank()
add("Sasaran Strategis 1: Meningkatnya kualitas pencegahan dan pengawasan pemilu")
blank()
add("Indikator 1: Indeks Kerawanan Pemilu (IKP) Kabupaten")
blank()
add(f"IKP Kabupaten disusun dari empat dimensi dengan skala 0-100. Skor kurang dari 40 termasuk kategori "
    f"Rendah, 40 sampai dengan 59,99 kategori Sedang, dan 60 ke atas kategori Tinggi. Skor tahun 2024 "
    f"adalah rata-rata sederhana skor keempat dimensi.")
blank()
add("Tabel 3.3 Skor Indeks Kerawanan Pemilu per Dimensi")
row("No", "Dimensi", "Skor 2023", "Skor 2024", "Kategori 2024")
for i, d in enumerate(IKP, 1):
    row(i, d[0], pct(d[1]), pct(d[2]), kategori(d[2]))
row("", "Rata-rata", pct(IKP23), pct(IKP24), kategori(IKP24))
blank()
hi = max(IKP, key=lambda d: d[2])
add(f"Skor IKP tahun 2024 sebesar {pct(IKP24)} menurun dari {pct(IKP23)} pada tahun 2023 dan {IND[0][4]} "
    f"pada tahun 2022. Dimensi dengan skor tertinggi adalah {hi[0].lower()} ({pct(hi[2])}), terutama karena "
    f"masih ditemukannya dugaan politik uang dan keterlambatan distribusi logistik di wilayah kepulauan. "
    f"Skor kabupaten berada di bawah rata-rata IKP kabupaten/kota se-Provinsi Jambi sebesar 48,95 dan telah "
    f"melampaui target akhir Renstra sebesar 50,00.")
blank()
add(f"Keberhasilan menurunkan kerawanan didukung kegiatan pencegahan sepanjang tahun. Sebanyak {PV_F} "
    f"kegiatan pencegahan dilaksanakan dengan {num(PV_L + PV_P)} peserta, termasuk 86 surat imbauan yang "
    f"disampaikan kepada peserta pemilu, KPU Kabupaten dan pemerintah daerah.")
blank()
add("Tabel 3.4 Kegiatan Pencegahan dan Pengawasan Partisipatif Tahun 2024")
row("No", "Jenis Kegiatan", "Frekuensi", "Peserta", "", "")
row("", "", "", "L", "P", "L+P")
for i, p in enumerate(PREV, 1):
    if p[2] is None:
        row(i, p[0], p[1], "-", "-", "-")
    elif i == 3:
        row(i, "Rapat koordinasi dengan pemangku", p[1], num(p[2]), num(p[3]), num(p[2] + p[3]))
        row("", "kepentingan", "", "", "", "")
    else:
        row(i, p[0], p[1], num(p[2]), num(p[3]), num(p[2] + p[3]))
row("", "Jumlah", PV_F, num(PV_L), num(PV_P), num(PV_L + PV_P))
blank()
add("Dari 24 kali sosialisasi, 15 di antaranya dilaksanakan bersama organisasi kepemudaan dan pemilih "
    "pemula di sekolah menengah atas.")
blank()
add("Indikator 2: Persentase TPS yang diawasi")
blank()
add(f"Seluruh {num(TPS1)} TPS pada Pemilu 14 Februari 2024 dan {TPS2} TPS pada Pemilihan 27 November 2024 "
    f"diawasi oleh PTPS, sehingga realisasi indikator ini 100% dengan capaian 100,00%. Pengawasan dilengkapi "
    f"dengan pengisian formulir Model A hasil pengawasan dan laporan melalui aplikasi Siwaslu.")
blank()
add(RT)
add("6")
blank()
add("Sasaran Strategis 2: Meningkatnya kualitas penanganan pelanggaran pemilu")
blank()
add("Indikator 3: Persentase pelanggaran pemilu yang ditindaklanjuti")
blank()
add(f"Sepanjang tahun 2024 Bawaslu Kabupaten menangani {PEL_J} dugaan pelanggaran yang berasal dari "
    f"{PT[0]} temuan dan {PT[1]} laporan masyarakat. Sebanyak {PEL_D} dugaan pelanggaran diteruskan kepada "
    f"instansi yang berwenang dan {PT[3]} dihentikan karena tidak memenuhi unsur, sehingga persentase "
    f"pelanggaran yang ditindaklanjuti adalah {PEL_D}/{PEL_J} x 100% = {pct(R_PEL)}%.")
blank()
add("Tabel 3.5 Dugaan Pelanggaran Menurut Jenis dan Status Penanganan Tahun 2024")
row("No", "Jenis Dugaan Pelanggaran", "Temuan", "Laporan", "Jumlah", "Diteruskan", "Dihentikan")
row("A. Pemilu Tahun 2024", "", "", "", "", "", "")
for i, (j, p) in enumerate(zip(JENIS, PEL_A), 1):
    row(i, j, p[0], p[1], p[0] + p[1], p[2], p[3])
row("", "Sub Jumlah A", PA[0], PA[1], PA[0] + PA[1], PA[2], PA[3])
row("B. Pemilihan Bupati dan Wakil Bupati Tahun 2024", "", "", "", "", "", "")
for i, (j, p) in enumerate(zip(JENIS, PEL_B), 1):
    row(i, j, p[0], p[1], p[0] + p[1], p[2], p[3])
row("", "Sub Jumlah B", PB[0], PB[1], PB[0] + PB[1], PB[2], PB[3])
row("", "Jumlah Total", PT[0], PT[1], PEL_J, PT[2], PT[3])
blank()
add(f"Jenis dugaan pelanggaran terbanyak adalah pelanggaran peraturan perundang-undangan lainnya, yaitu "
    f"{PEL_A[3][0] + PEL_A[3][1] + PEL_B[3][0] + PEL_B[3][1]} kasus yang seluruhnya terkait netralitas "
    f"aparatur sipil negara dan kepala desa. Realisasi {pct(R_PEL)}% meningkat dibandingkan tahun 2023 "
    f"sebesar 78,95% dan tahun 2022 sebesar 71,43%, serta melampaui target akhir Renstra sebesar 80%.")
blank()
add("Sasaran Strategis 3: Meningkatnya kualitas penyelesaian sengketa proses pemilu")
blank()
add("Indikator 4: Persentase sengketa proses selesai tepat waktu")
blank()
add(f"Pada tahun 2024 Bawaslu Kabupaten menerima {SG_M} permohonan penyelesaian sengketa proses. Satu "
    f"permohonan tidak diregistrasi karena diajukan melewati tenggang waktu, sehingga {SG_R} permohonan "
    f"diregistrasi dan seluruhnya diputus paling lama 12 hari kerja sejak diregistrasi.")
blank()
add("Tabel 3.6 Penyelesaian Sengketa Proses Tahun 2024")
row("No", "Objek Sengketa", "Permohonan", "Diregistrasi", "Selesai Tepat Waktu", "Cara Penyelesaian")
for i, s in enumerate(SENG, 1):
    if i == 3:
        row(i, "Berita acara hasil verifikasi dukungan", s[1], s[2], s[3], s[4])
        row("", "bakal calon perseorangan", "", "", "", "")
    else:
        row(i, s[0], s[1], s[2], s[3], s[4])
row("", "Jumlah", SG_M, SG_R, SG_T, "")
blank()
add(RT)
add("7")
blank()
add("Sasaran Strategis 4: Terwujudnya tata kelola kelembagaan yang akuntabel")
blank()
add("Indikator 5: Persentase serapan anggaran")
blank()
add(f"Serapan anggaran DIPA tahun 2024 sebesar {pct(B_P)}% dari target 95%, sehingga capaian indikator ini "
    f"{pct(CAP[5])}% dan belum tercapai. Realisasi ini menurun dibandingkan tahun 2023 sebesar 94,12%. "
    f"Sisa anggaran terutama berasal dari efisiensi honorarium pengawas ad hoc karena penggabungan TPS dan "
    f"berkurangnya sidang adjudikasi.")
blank()
add("Indikator 6: Predikat SAKIP Satuan Kerja")
blank()
add("Hasil evaluasi implementasi SAKIP oleh Inspektorat Bawaslu atas satuan kerja tahun 2024 memberikan "
    "nilai 71,40 dengan predikat BB, sama dengan tahun 2023 dan sesuai target.")
blank()
add("C. Realisasi Anggaran")
blank()
add(f"Pada tahun 2024 {BAW} memperoleh alokasi DIPA sebesar Rp{num(B_A)} (sekitar Rp21,05 miliar). "
    f"Program Pengawasan "
    f"Penyelenggaraan Pemilu memperoleh Rp{num(PROG['FE'][0])} dengan serapan Rp{num(PROG['FE'][1])}, "
    f"sedangkan Program Dukungan Manajemen memperoleh Rp{num(PROG['WA'][0])}. Rincian per program, kegiatan "
    f"dan rincian output disajikan pada tabel berikut.")
blank()
add("Tabel 3.7 Realisasi Anggaran DIPA Tahun 2024")
row("Kode", "Program / Kegiatan / Rincian Output", "Alokasi (Rp)", "Serapan (Rp)", "% Serapan")


def brow(code, name, a, r):
    row(code, name, num(a), num(r), pct(r / a * 100))


brow("WA", "Program Dukungan Manajemen", *PROG["WA"])
brow("WA.4518", KEG_NAME["WA.4518"], *KEG["WA.4518"])
for c, n, a, r in LEAF["WA.4518"]:
    brow(c, n, a, r)
brow("FE", "Program Pengawasan Penyelenggaraan Pemilu", *PROG["FE"])
for k in ("FE.4523", "FE.4524"):
    brow(k, KEG_NAME[k], *KEG[k])
    for c, n, a, r in LEAF[k]:
        brow(c, n, a, r)
row("", "Jumlah", num(B_A), num(B_R), pct(B_P))
blank()
hbest = max(LEAF["FE.4523"] + LEAF["FE.4524"] + LEAF["WA.4518"], key=lambda x: x[3] / x[2])
hlow = min(LEAF["FE.4523"] + LEAF["FE.4524"] + LEAF["WA.4518"], key=lambda x: x[3] / x[2])
add(f"Serapan tertinggi terdapat pada rincian output {hbest[1]} ({pct(hbest[3] / hbest[2] * 100)}%) dan "
    f"terendah pada {hlow[1]} ({pct(hlow[3] / hlow[2] * 100)}%), karena dari alokasi sekitar Rp126,4 juta "
    f"hanya 5 permohonan yang diregistrasi dan diperiksa. Sisa anggaran DIPA sebesar "
    f"Rp{num(B_A - B_R)} telah disetor kembali ke kas negara.")
blank()
add(RT)
add("8")
blank()
add(f"Untuk Pemilihan Bupati dan Wakil Bupati 2024, Bawaslu Kabupaten menerima dana hibah berdasarkan Naskah "
    f"Perjanjian Hibah Daerah (NPHD) sebesar Rp{num(H_A)},00 dengan realisasi Rp{num(H_R)},00. Sisa dana "
    f"hibah sebesar Rp{num(H_A - H_R)},00 telah dikembalikan ke Rekening Kas Umum Daerah.")
blank()
add("Tabel 3.8 Realisasi Dana Hibah Pemilihan Tahun 2024")
row("No", "Uraian Belanja", "Anggaran (Rp)", "Realisasi (Rp)", "%", "Sisa (Rp)")
for i, h in enumerate(HIBAH, 1):
    row(i, h[0], num(h[1]) + ",00", num(h[2]) + ",00", pct(h[2] / h[1] * 100), num(h[1] - h[2]) + ",00")
row("", "Total", num(H_A) + ",00", num(H_R) + ",00", pct(H_R / H_A * 100), num(H_A - H_R) + ",00")
blank()
add(f"Belanja honorarium pengawas ad hoc merupakan komponen terbesar, yaitu Rp{num(HIBAH[0][1])},00 atau "
    f"{pct(HIBAH[0][1] / H_A * 100)}% dari total dana hibah.")
blank()
add("D. Kendala dan Upaya")
blank()
add("Kendala utama tahun 2024 adalah beban kerja dua tahapan pemungutan suara dalam satu tahun, rotasi "
    "pengawas ad hoc antara Pemilu dan Pemilihan, serta keterbatasan jaringan internet di 17 desa. Upaya yang "
    "dilakukan antara lain bimbingan teknis berjenjang, pendampingan hukum kepada Panwaslu Kecamatan, dan "
    "pelaporan hasil pengawasan secara luring yang kemudian diunggah dari kantor kecamatan.")
blank()
add("BAB IV")
add("PENUTUP")
blank()
add(f"Laporan Kinerja Bawaslu Kabupaten Muara Sentosa Tahun 2024 menunjukkan bahwa {N_OK} dari 6 indikator "
    f"kinerja utama tercapai. Indikator yang belum tercapai, yaitu persentase serapan anggaran, akan "
    f"diperbaiki melalui perencanaan kebutuhan yang lebih cermat. Ke depan Bawaslu Kabupaten akan menyusun "
    f"Rencana Strategis 2025-2029 dengan memperhatikan hasil evaluasi penyelenggaraan Pemilu dan Pemilihan "
    f"Tahun 2024.")
blank()
add(RT)
add("9")
blank()
add("LAMPIRAN")
blank()
add("PERJANJIAN KINERJA TAHUN 2024")
add("SEKRETARIAT BAWASLU KABUPATEN MUARA SENTOSA")
blank()
add("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta "
    "berorientasi pada hasil, kami yang bertanda tangan di bawah ini:")
add("Nama: Dra. Yusnidar Lubis, M.Si.")
add("Jabatan: Kepala Sekretariat Bawaslu Kabupaten Muara Sentosa")
add("selanjutnya disebut pihak pertama;")
add("Nama: Rahmad Syahputra, S.H.")
add("Jabatan: Ketua Bawaslu Kabupaten Muara Sentosa")
add("selaku atasan pihak pertama, selanjutnya disebut pihak kedua.")
blank()
row("No", "Sasaran Strategis", "Indikator Kinerja", "Target")
pk_rows()
blank()
add(f"Anggaran: Program Dukungan Manajemen Rp. {num(PROG['WA'][0])}; Program Pengawasan Penyelenggaraan "
    f"Pemilu Rp. {num(PROG['FE'][0])}.")
blank()
add("Sentosa Kota, 2 Januari 2024")
add("Pihak Kedua,\tPihak Pertama,")
add("Rahmad Syahputra, S.H.\tDra. Yusnidar Lubis, M.Si.")
add("\tNIP 19740812 199903 2 004")

CONSISTENT = L[:]

# ----------------------------------------------------------------------------- plants
# (id, family, line-locator (unique substring of the line; with @n = n-th such line), old, new,
#  extra line-locators, what)
PLANTS = [
    ("stale-pengantar", "stale-year",
     "karena atas rahmat-Nya Laporan Kinerja", "Tahun 2024 dapat", "Tahun 2023 dapat", [],
     "the Kata Pengantar names the report as Laporan Kinerja Tahun 2023 (copied from last year's report)"),
    ("adhoc-numbering", "numbering", "\tPulau Gadang\t3\t", "5\tPulau Gadang", "4\tPulau Gadang", [],
     "No column of Tabel 1.4 reads 1, 2, 3, 4, 4, 6 ... (Pulau Gadang numbered 4 instead of 5)"),
    ("adhoc-bukit-randai", "row-sum", "\tBukit Randai\t3\t", "\t69\t40\t109", "\t96\t40\t109", [],
     "Bukit Randai L + P = 96 + 40 = 136 but Jumlah reads 109 (L 69 typed as 96; the L column no "
     "longer adds to its total either)"),
    ("adhoc-prose-total", "narrative-vs-table", "Jumlah seluruh pengawas ad hoc sebanyak",
     f"sebanyak {AD_J} orang", f"sebanyak {AD_J - 9} orang", ["\tJumlah\t27\t118\t731\t"],
     f"prose gives {AD_J - 9} ad hoc supervisors; Tabel 1.4 total is {AD_J} (digits swapped)"),
    ("tps-tertinggi", "narrative-vs-table", "Kecamatan dengan TPS terbanyak adalah",
     "Kecamatan Sentosa Kota dengan 148", "Kecamatan Bukit Randai dengan 148", ["\tSentosa Kota\t12\t148"],
     "prose names Bukit Randai as the kecamatan with the most TPS; Tabel 1.5 shows Sentosa Kota (148)"),
    ("tps-total", "column-total", "\tTotal\t118\t731", "\tTotal\t118\t731\t731", "\tTotal\t118\t713\t731", [],
     "Total TPS Pemilu reads 713; the kecamatan rows add up to 731"),
    ("pk-target-pelanggaran", "indicator-target", "Persentase pelanggaran pemilu yang ditindaklanjuti\t80%@1",
     "ditindaklanjuti\t80%", "ditindaklanjuti\t78%", ["3. Persentase pelanggaran pemilu yang ditindaklanjuti\t%"],
     "PK 2024 (Tabel 2.2) gives target 78% (the 2023 target); Renstra 2024 target is 80"),
    ("capaian-pelanggaran", "capaian", "3\tPersentase pelanggaran pemilu yang\t%\t80\t",
     "\t" + pct(CAP[3]) + "\t", "\t" + pct(CAP[3] + 6) + "\t", [],
     f"{pct(R_PEL)} / 80 x 100 = {pct(CAP[3])}, but the capaian cell reads {pct(CAP[3] + 6)}"),
    ("label-serapan", "label", "5\tPersentase serapan anggaran\t%\t95\t", "\tBelum Tercapai", "\tTercapai", [],
     f"capaian {pct(CAP[5])}% (< 100) but Keterangan reads Tercapai"),
    ("realisasi-ikp-2024", "indicator-realisasi", "1\tIndeks Kerawanan Pemilu (IKP) Kabupaten\t54,12",
     "\t46,38\t50,00", "\t46,83\t50,00", ["1\tIndeks Kerawanan Pemilu (IKP) Kabupaten\tskor\t50,00"],
     "Tabel 3.2 gives IKP realisasi 2024 as 46,83; Tabel 3.1 and Tabel 3.3 give 46,38"),
    ("sengketa-total", "column-total", f"\tJumlah\t{SG_M}\t{SG_R}\t{SG_T}\t", f"\tJumlah\t{SG_M}\t",
     f"\tJumlah\t{SG_M + 1}\t", [],
     f"Tabel 3.6 Jumlah Permohonan reads {SG_M + 1}; the three rows add up to {SG_M} (as the prose says)"),
    ("serapan-naik", "narrative-vs-table", "Realisasi ini menurun dibandingkan tahun 2023",
     "Realisasi ini menurun", "Realisasi ini meningkat", ["5\tPersentase serapan anggaran\t93,40"],
     "prose says serapan 2024 (92,98%) increased over 2023 (94,12%); it fell"),
    ("bud-pct-sengketa", "budget-arithmetic", "4524.QAH.002\t", "\t78,02", "\t87,02", [],
     "126.400.000 alokasi, 98.622.500 serapan = 78,02%, cell reads 87,02"),
    ("bud-parent-4523", "budget-hierarchy", "FE.4523\t", f"\t{num(KEG['FE.4523'][0])}\t",
     f"\t{num(KEG['FE.4523'][0] - 45000)}\t", [],
     f"FE.4523 alokasi reads {num(KEG['FE.4523'][0] - 45000)} (digits 5 and 0 swapped); its three outputs "
     f"add up to {num(KEG['FE.4523'][0])} (the % column still rounds to the printed value; FE no longer "
     f"equals FE.4523 + FE.4524 either)"),
    ("bud-code-4524", "budget-code", "4524.QAH.001\t", "4524.QAH.001", "4523.QAH.001", [],
     "output 4523.QAH.001 listed under kegiatan FE.4524 (should be 4524.QAH.001)"),
]


def locate(lines, loc):
    n = 1
    if "@" in loc:
        loc, n = loc.rsplit("@", 1)
        n = int(n)
    hits = [i for i, ln in enumerate(lines) if loc in ln]
    if n == 1 and len(hits) != 1 and "@" not in loc:
        pass
    assert len(hits) >= n, (loc, hits)
    if len(hits) > 1 and n == 1:
        # ambiguous unless caller asked for the first
        pass
    return hits[n - 1]


PLANTED = CONSISTENT[:]
TRUTH = []
for pid, fam, loc, old, new, extra, what in PLANTS:
    i = locate(CONSISTENT, loc)
    ln = PLANTED[i]
    assert ln.count(old) == 1, (pid, ln, old)
    PLANTED[i] = ln.replace(old, new)
    lines = [i + 1] + [locate(CONSISTENT, e) + 1 for e in extra]
    first = PLANTED[i].split("\t")
    TRUTH.append((pid, fam, lines, PLANTED[i], old, new, what))

assert len(PLANTED) == len(CONSISTENT)


def figure_of(old, new):
    """the differing figure/word between old and new snippets"""
    o, n = old.strip("\t").split("\t"), new.strip("\t").split("\t")
    if len(o) == len(n) and len(o) > 1:
        d = [(a, b) for a, b in zip(o, n) if a != b]
        if len(d) == 1:
            return d[0][1], d[0][0]
    ow, nw = old.split(), new.split()
    if len(ow) == len(nw):
        d = [(a, b) for a, b in zip(ow, nw) if a != b]
        if len(d) == 1:
            return d[0][1], d[0][0]
    return new.strip(), old.strip()


def anchor_of(line):
    cells = [c for c in line.split("\t") if c.strip()]
    if "\t" in line:
        for c in cells:
            if any(ch.isalpha() for ch in c):
                return c
    return None


# id -> (anchor, figure, correct) as printed
TRUTH_FIELDS = {
    "stale-pengantar": ("Muara Sentosa Tahun 2023 dapat diselesaikan", "2023", "2024"),
    "adhoc-numbering": ("Pulau Gadang", "4", "5"),
    "adhoc-bukit-randai": ("Bukit Randai", "96", "69"),
    "adhoc-prose-total": ("Jumlah seluruh pengawas ad hoc sebanyak", str(AD_J - 9), str(AD_J)),
    "tps-tertinggi": ("Kecamatan dengan TPS terbanyak adalah Kecamatan", "Bukit Randai", "Sentosa Kota"),
    "tps-total": ("Total", "713", "731"),
    "pk-target-pelanggaran": ("Meningkatnya kualitas penanganan pelanggaran pemilu", "78%", "80%"),
    "capaian-pelanggaran": ("Persentase pelanggaran pemilu yang", pct(CAP[3] + 6), pct(CAP[3])),
    "label-serapan": ("Persentase serapan anggaran", "Tercapai", "Belum Tercapai"),
    "realisasi-ikp-2024": ("Indeks Kerawanan Pemilu (IKP) Kabupaten", "46,83", "46,38"),
    "sengketa-total": ("Jumlah", str(SG_M + 1), str(SG_M)),
    "serapan-naik": ("Realisasi ini meningkat dibandingkan tahun 2023", "meningkat", "menurun"),
    "bud-pct-sengketa": ("Penyelesaian Sengketa Proses Pemilu", "87,02", "78,02"),
    "bud-parent-4523": ("Pencegahan dan Pengawasan Penyelenggaraan Pemilu",
                        num(KEG["FE.4523"][0] - 45000), num(KEG["FE.4523"][0])),
    "bud-code-4524": ("Penanganan Pelanggaran Pemilu", "4523.QAH.001", "4524.QAH.001"),
}


def yq(s):
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"') + '"'


def truth_yaml():
    out = [f"report: {NAME}.planted.txt",
           f"consistent: {NAME}.consistent.txt",
           "agency: Badan Pengawas Pemilihan Umum Kabupaten Muara Sentosa",
           "format: txt",
           "year: 2024",
           "tables_with_figures: 16",
           "items:"]
    for pid, fam, lines, planted_line, old, new, what in TRUTH:
        anchor, fig, cor = TRUTH_FIELDS[pid]
        assert anchor in planted_line, (pid, anchor)
        assert fig in planted_line, (pid, fig)
        out += [f"  - id: {pid}",
                f"    family: {fam}",
                f"    lines: [{', '.join(map(str, lines))}]",
                f"    anchor: {yq(anchor)}",
                f"    figure: {yq(fig)}",
                f"    correct: {yq(cor)}",
                f"    what: {yq(what)}"]
    return "\n".join(out) + "\n"


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{NAME}.consistent.txt").write_text("\n".join(CONSISTENT) + "\n", encoding="utf-8")
    (OUT / f"{NAME}.planted.txt").write_text("\n".join(PLANTED) + "\n", encoding="utf-8")
    (OUT / f"{NAME}.truth.yaml").write_text(truth_yaml(), encoding="utf-8")
    reviu_extend(OUT, NAME, "txt", REVIU_INSERTS, REVIU_PLANTS)
    return TRUTH


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

REVIU_INSERTS = [
    ("=\tTotal\t118\t731\t731\t519\t519", "after", [
        "",
        "Tabel 1.6 Jadwal Tahapan Utama Pemilihan Bupati dan Wakil Bupati Muara Sentosa Tahun 2024",
        "No\tTahapan\tWaktu Pelaksanaan",
        "1\tPendaftaran pasangan calon\t27–29 Agustus 2024",
        "2\tPenetapan pasangan calon\t22 September 2024",
        "3\tMasa kampanye\t25 September – 23 November 2024",
        "4\tMasa tenang\t24–26 November 2024",
        "5\tPemungutan dan penghitungan suara di TPS\t27 November 2024",
        "6\tRekapitulasi hasil penghitungan suara tingkat kecamatan\t28 November – 3 Desember 2024",
        "7\tRekapitulasi hasil penghitungan suara tingkat kabupaten\t6 Desember 2024",
        "",
        "Jadwal tahapan Pemilihan mengikuti Peraturan KPU Nomor 2 Tahun 2024. Seluruh tahapan diawasi oleh "
        "Bawaslu Kabupaten beserta jajaran pengawas ad hoc, dan laporan hasil pengawasan seluruh tahapan "
        "Pemilihan telah disampaikan kepada Bawaslu Provinsi pada 16 Desember 2024."]),
]
REVIU_INSERTS.append(
    ("=6\tPredikat SAKIP Satuan Kerja\tB\tBB\tBB\tBB\tTetap", "after", [
        "",
        "Tahun 2024 adalah tahun terakhir Renstra Bawaslu 2020-2024, sehingga kolom Target 2024 pada Tabel 3.2 "
        "sekaligus merupakan target akhir Renstra. Realisasi tahun 2024 dibandingkan dengan realisasi tahun "
        "2022 dan 2023 serta dengan target akhir tersebut pada kolom Keterangan."]))
REVIU_PLANTS = [
    dict(id="reviu-jadwal-masa-tenang", family="schedule",
         edits=[("=4\tMasa tenang\t24–26 November 2024", "November", "Oktober")],
         lines=["=4\tMasa tenang\t24–26 November 2024"], anchor="Masa tenang",
         figure="24–26 Oktober 2024", correct="24–26 November 2024",
         what="Tabel 1.6 puts the masa tenang on 24–26 Oktober 2024, in the middle of the kampanye "
              "(25 September – 23 November) that must end before it"),
    dict(id="reviu-tanggal-laporan", family="citation",
         edits=[("telah disampaikan kepada Bawaslu Provinsi pada 16 Desember 2024", "16 Desember 2024",
                 "16 Februari 2025")],
         lines=["telah disampaikan kepada Bawaslu Provinsi pada 16 Desember 2024",
                "=Sentosa Kota, 20 Januari 2025"],
         anchor="Pemilihan telah disampaikan kepada Bawaslu Provinsi pada 16 Februari 2025",
         figure="16 Februari 2025", correct="16 Desember 2024",
         what="the report, signed 20 Januari 2025, says the supervision report 'telah disampaikan' on 16 "
              "Februari 2025, a date after the signature"),
    dict(id="reviu-pegawai-pendidikan", family="sibling-total",
         edits=[("=3\tD3\t2\t2\t4", None, "3\tD3\t2\t3\t5"),
                ("=\tTotal\t17\t12\t29", None, "\tTotal\t17\t13\t30")],
         lines=["=\tTotal\t17\t12\t29", "=\tJumlah\t17\t12\t29"], anchor="Total", figure="30",
         correct="29",
         what="Tabel 1.3 (by pendidikan) counts 30 pegawai Sekretariat (13 perempuan; D3 P 3) while Tabel 1.1 "
              "(by status) counts 29 (12 perempuan) on the same date 31 Desember 2024; Tabel 1.3 adds up "
              "within itself"),
]


if __name__ == "__main__":
    for t in main():
        print(t[0], t[1], t[2], figure_of(t[4], t[5]))
    print("lines", len(CONSISTENT))
