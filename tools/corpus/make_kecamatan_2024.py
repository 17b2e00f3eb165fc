"""Build the corpus report kecamatan-2024 (LKj 2024 of an invented Kecamatan), as text copied out of a
PDF: tab-separated tables, wrapped name cells, page furniture.

    python tools/corpus/make_kecamatan_2024.py          # writes consistent + planted .txt
    python tools/corpus/make_kecamatan_2024.py --diff   # also prints the planted lines

Every figure is computed from the raw data below. Planted values go through ``pl(key, correct,
planted, expect)``; the planted version has exactly the same number of lines as the consistent one.
"""
from __future__ import annotations

import sys
from decimal import ROUND_HALF_UP, Decimal as D
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "fixtures" / "corpus"
NAME = "kecamatan-2024"
PLANTED = False


def pl(key, correct, planted, expect=None):
    if expect is not None and correct != expect:
        raise SystemExit(f"plant {key}: computed {correct!r}, plant written for {expect!r}")
    return planted if PLANTED else correct


def q(x, d=2):
    return D(str(x)).quantize(D(1).scaleb(-d), rounding=ROUND_HALF_UP)


def num(x, d=0):
    s = f"{q(x, d):,.{d}f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def pct(a, b, d=2):
    return q(D(a) / D(b) * 100, d)


def rp(x, dec=False):
    return f"Rp {num(x, 2)}" if dec else f"Rp {num(x)}"


# ------------------------------------------------------------------------------------------ data
KEC = "Kecamatan Sungai Lembayung"
KAB = "Kabupaten Tanah Merapi"
CAMAT = "Rahmat Hidayat Nasution, S.STP., M.Si."
NIP = "19830415 200212 1 003"

# desa/kelurahan: name, luas km2, KK, L, P, pemohon L, pemohon P
DESA = [
    ("Kelurahan Lembayung Hilir", "4.85", 2006, 3412, 3385, 251, 235),
    ("Kelurahan Pasar Lembayung", "3.20", 2471, 4105, 4188, 268, 253),
    ("Desa Air Putih", "18.40", 1152, 1986, 1942, 157, 141),
    ("Desa Koto Baru", "12.75", 1309, 2214, 2187, 176, 166),
    ("Desa Talang Sari", "21.30", 947, 1643, 1598, 134, 122),
    ("Desa Sungai Rambai", "15.60", 1186, 2032, 1987, 160, 151),
    ("Desa Tanjung Harapan", "19.85", 1044, 1758, 1801, 139, 135),
    ("Desa Lubuk Tabun", "26.10", 702, 1204, 1176, 104, 94),
    ("Desa Pematang Sikai", "17.45", 861, 1467, 1452, 121, 112),
    ("Desa Bukit Kemuning", "23.90", 934, 1589, 1612, 133, 129),
    ("Desa Rantau Panjang", "28.35", 893, 1528, 1497, 127, 114),
]
# jenis layanan PATEN: name, permohonan, selesai tepat waktu
LAYANAN = [("Legalisasi Surat Keterangan Ahli Waris", 214, 205),
           ("Legalisasi Surat Keterangan Tidak Mampu", 486, 479),
           ("Rekomendasi Izin Keramaian", 97, 92),
           ("Rekomendasi Dispensasi Nikah", 38, 36),
           ("Surat Keterangan Domisili Usaha", 312, 301),
           ("Legalisasi Surat Keterangan Tanah", 268, 246),
           ("Rekomendasi Izin Usaha Mikro Kecil (IUMK)", 173, 170),
           ("Perekaman KTP-el", 1246, 1223),
           ("Pengantar Penerbitan Kartu Keluarga dan Akta Kelahiran", 588, 571)]
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
         "Oktober", "November", "Desember"]
SURAT_MASUK = [48, 52, 61, 39, 57, 49, 63, 58, 55, 66, 59, 47]
SURAT_KELUAR = [41, 45, 53, 32, 50, 44, 57, 51, 49, 60, 52, 43]
PATEN_BULAN = [262, 248, 301, 236, 289, 274, 312, 295, 283, 307, 296, 319]
# trantibum: jenis, kejadian, tertangani
TRANTIB = [("Perselisihan/perkelahian antarwarga", 6, 6), ("Penertiban pedagang kaki lima", 11, 11),
           ("Sengketa batas tanah", 5, 5), ("Kenakalan remaja dan balap liar", 9, 9),
           ("Kebakaran dan banjir (tanggap darurat)", 6, 6)]
# IKM: unsur, NRR (skala 1-4)
IKM = [("Persyaratan", "3.412"), ("Sistem, Mekanisme, dan Prosedur", "3.356"),
       ("Waktu Penyelesaian", "3.288"), ("Biaya/Tarif", "3.644"),
       ("Produk Spesifikasi Jenis Pelayanan", "3.392"), ("Kompetensi Pelaksana", "3.368"),
       ("Perilaku Pelaksana", "3.472"), ("Penanganan Pengaduan, Saran dan Masukan", "3.204"),
       ("Sarana dan Prasarana", "3.312")]
# staff
PENDIDIKAN = [("S2", 3, 1), ("S1/D4", 9, 8), ("D3", 1, 2), ("SMA/SMK", 5, 2), ("SMP", 1, 0)]
STATUS = [("PNS Golongan IV", 2, 1), ("PNS Golongan III", 10, 8), ("PNS Golongan II", 4, 2),
          ("PPPK", 3, 2)]
NONASN = (6, 3)

# budget: program -> kegiatan -> sub kegiatan (name, pagu, realisasi)
BUDGET = [
    ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", [
        ("Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", [
            ("Penyusunan Dokumen Perencanaan Perangkat Daerah", 18_500_000, 18_350_000),
            ("Evaluasi Kinerja Perangkat Daerah", 12_750_000, 12_600_000)]),
        ("Administrasi Keuangan Perangkat Daerah", [
            ("Penyediaan Gaji dan Tunjangan ASN", 2_486_215_000, 2_401_883_612)]),
        ("Administrasi Umum Perangkat Daerah", [
            ("Penyediaan Bahan Logistik Kantor", 42_600_000, 41_985_500),
            ("Penyediaan Barang Cetakan dan Penggandaan", 23_400_000, 22_870_000),
            ("Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", 96_000_000, 93_150_000)]),
        ("Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", [
            ("Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", 54_000_000, 49_618_245),
            ("Penyediaan Jasa Pelayanan Umum Kantor", 186_300_000, 184_500_000)]),
        ("Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", [
            ("Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas atau "
             "Kendaraan Dinas Jabatan", 68_250_000, 66_412_300),
            ("Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya", 125_000_000, 123_870_000)]),
    ]),
    ("Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", [
        ("Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", [
            ("Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat", 145_600_000, 141_275_000)]),
        ("Penyelenggaraan Pelayanan Administrasi Terpadu Kecamatan", [
            ("Peningkatan Kualitas Pelayanan Administrasi Terpadu Kecamatan (PATEN)", 78_400_000, 75_960_000)]),
    ]),
    ("Program Pemberdayaan Masyarakat Desa dan Kelurahan", [
        ("Koordinasi Kegiatan Pemberdayaan Desa", [
            ("Koordinasi Pelaksanaan Musyawarah Perencanaan Pembangunan Kecamatan", 36_500_000, 35_200_000),
            ("Pembinaan Lembaga Kemasyarakatan Desa", 28_000_000, 26_850_000)]),
        ("Kegiatan Pemberdayaan Kelurahan", [
            ("Pembangunan Sarana dan Prasarana Kelurahan", 412_000_000, 398_745_000),
            ("Pemberdayaan Masyarakat di Kelurahan", 188_000_000, 181_320_000)]),
    ]),
    ("Program Koordinasi Ketentraman dan Ketertiban Umum", [
        ("Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum", [
            ("Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan Instansi "
             "Vertikal di Wilayah Kecamatan", 42_000_000, 40_600_000),
            ("Harmonisasi Hubungan dengan Tokoh Agama dan Tokoh Masyarakat", 18_000_000, 17_250_000)]),
    ]),
    ("Program Penyelenggaraan Urusan Pemerintahan Umum", [
        ("Koordinasi Penerapan dan Penegakan Peraturan Daerah dan Peraturan Kepala Daerah", [
            ("Sosialisasi Peraturan Daerah dan Peraturan Bupati kepada Masyarakat", 24_000_000, 22_900_000)]),
    ]),
    ("Program Pembinaan dan Pengawasan Pemerintahan Desa", [
        ("Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa", [
            ("Fasilitasi Penyusunan Peraturan Desa dan Peraturan Kepala Desa", 32_000_000, 30_450_000),
            ("Fasilitasi Administrasi Tata Pemerintahan Desa", 46_500_000, 44_325_000),
            ("Pembinaan dan Pengawasan Pengelolaan Keuangan Desa", 38_000_000, 36_480_000)]),
    ]),
]
SERAPAN_2023 = {  # % serapan per program tahun 2023 (from LKj 2023)
    "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota": "96,42",
    "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik": "95,18",
    "Program Pemberdayaan Masyarakat Desa dan Kelurahan": "93,76",
    "Program Koordinasi Ketentraman dan Ketertiban Umum": "97,05",
    "Program Penyelenggaraan Urusan Pemerintahan Umum": "94,40",
    "Program Pembinaan dan Pengawasan Pemerintahan Desa": "95,63",
}

KEG = {}
PROG = {}
for pname, kegs in BUDGET:
    pp = pr = 0
    for kname, subs in kegs:
        kp = sum(s[1] for s in subs)
        kr = sum(s[2] for s in subs)
        KEG[kname] = (kp, kr)
        pp += kp
        pr += kr
    PROG[pname] = (pp, pr)
TOT_P = sum(v[0] for v in PROG.values())
TOT_R = sum(v[1] for v in PROG.values())

PEND_L = sum(d[3] for d in DESA)
PEND_P = sum(d[4] for d in DESA)
PEND = PEND_L + PEND_P
KK = sum(d[2] for d in DESA)
LUAS = sum(D(d[1]) for d in DESA)
PEM_L = sum(d[5] for d in DESA)
PEM_P = sum(d[6] for d in DESA)
LAY_N = sum(x[1] for x in LAYANAN)
LAY_T = sum(x[2] for x in LAYANAN)
assert PEM_L + PEM_P == LAY_N == sum(PATEN_BULAN)
TEPAT = pct(LAY_T, LAY_N)
IKM_KONV = [q(D(n) * 25) for _u, n in IKM]
IKM_NRR_AVG = q(sum(D(n) for _u, n in IKM) / len(IKM), 3)
IKM24 = q(sum(IKM_KONV) / len(IKM))
TR_N = sum(t[1] for t in TRANTIB)
TR_T = sum(t[2] for t in TRANTIB)
N_DESA = sum(1 for d in DESA if d[0].startswith("Desa"))
LPJ_OK = N_DESA - 1
LPJ = pct(LPJ_OK, N_DESA)


class Ind:
    def __init__(self, no, sas, name, sat, lower, awal, targets, reals, d=2, kind="num"):
        self.no, self.sas, self.name, self.sat, self.lower = no, sas, name, sat, lower
        self.awal, self.targets, self.reals, self.d, self.kind = awal, targets, reals, d, kind

    def f(self, v):
        return v if isinstance(v, str) else num(v, self.d)

    def t(self, y):
        return self.targets[y - 2022]

    def r(self, y):
        return self.reals[y - 2022]

    def cap(self):
        t, r = self.t(2024), self.r(2024)
        if self.kind == "predikat":
            return D("100.00") if t == r else D("0.00")
        if self.lower:
            return q((2 - D(r) / D(t)) * 100)
        return pct(r, t)


SASARAN = {1: "Meningkatnya kualitas pelayanan publik di kecamatan",
           2: "Meningkatnya kualitas penyelenggaraan pemerintahan desa dan kelurahan",
           3: "Meningkatnya ketenteraman dan ketertiban umum di wilayah kecamatan",
           4: "Meningkatnya akuntabilitas kinerja kecamatan"}
INDS = [
    Ind(1, 1, "Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan PATEN", "indeks", False, D("80.15"),
        [D("80.50"), D("81.00"), D("82.00"), D("83.00"), D("84.00")], [D("81.47"), D("83.12"), IKM24]),
    Ind(2, 1, "Persentase layanan administrasi yang diselesaikan tepat waktu", "%", False, D("91.20"),
        [D("92.00"), D("93.50"), D("95.00"), D("96.00"), D("97.00")], [D("93.05"), D("94.86"), TEPAT]),
    Ind(3, 1, "Rata-rata waktu penyelesaian layanan administrasi", "hari", True, D("4.10"),
        [D("3.75"), D("3.40"), D("3.00"), D("2.75"), D("2.50")], [D("3.52"), D("3.10"), D("2.40")]),
    Ind(4, 2, "Persentase desa yang menyampaikan LPJ APBDes tepat waktu", "%", False, D("77.78"),
        [D("88.89"), D("100.00"), D("100.00"), D("100.00"), D("100.00")], [D("88.89"), D("100.00"), LPJ]),
    Ind(5, 2, "Indeks kepuasan pemerintah desa terhadap pembinaan kecamatan", "skala 1-4", False, "-",
        [D("3.00"), D("3.10"), D("3.20"), D("3.30"), D("3.40")], [D("3.06"), D("3.18"), D("3.34")]),
    Ind(6, 3, "Persentase gangguan ketenteraman dan ketertiban umum yang tertangani", "%", False, D("100.00"),
        [D("100.00")] * 5, [D("100.00"), D("100.00"), pct(TR_T, TR_N)]),
    Ind(7, 4, "Nilai SAKIP Kecamatan", "predikat", False, "B", ["B", "B", "B", "BB", "A"], ["B", "B", "B"],
        kind="predikat"),
]
I = {i.no: i for i in INDS}
CAP = {i.no: i.cap() for i in INDS}
KET = {n: ("Tercapai" if c >= 100 else "Tidak Tercapai") for n, c in CAP.items()}
N_OK = sum(1 for v in KET.values() if v == "Tercapai")


# ------------------------------------------------------------------------------------------ text
def build(planted: bool) -> list[str]:
    global PLANTED
    PLANTED = planted
    L: list[str] = []
    page = [1]

    def w(*lines):
        L.extend(lines)

    def row(*cells):
        L.append("\t".join(str(c) for c in cells))

    def furniture():
        page[0] += 1
        w("", f"Laporan Kinerja {KEC} Tahun 2024", str(page[0]), "")

    # cover
    w("LAPORAN KINERJA", "(LKj)", "TAHUN 2024", "", f"KECAMATAN SUNGAI LEMBAYUNG", "KABUPATEN TANAH MERAPI", "",
      "Jalan Lintas Lembayung Km 3, Pasar Lembayung", "2025", "")
    # kata pengantar
    w("KATA PENGANTAR", "")
    w("Puji syukur kami panjatkan ke hadirat Allah SWT karena atas rahmat-Nya Laporan Kinerja (LKj) "
      f"{KEC} Tahun 2024 dapat diselesaikan. Laporan ini merupakan wujud pertanggungjawaban Camat atas "
      "pelaksanaan tugas dan fungsi serta pencapaian sasaran yang ditetapkan dalam Perjanjian Kinerja "
      "Tahun 2024.", "")
    w("Penyusunan laporan mengacu pada Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas "
      "Kinerja Instansi Pemerintah dan Peraturan Menteri PANRB Nomor 53 Tahun 2014. Kami menyadari laporan "
      "ini masih memiliki kekurangan, sehingga saran dan masukan sangat kami harapkan.", "")
    w("Sungai Lembayung, 27 Januari 2025", f"Camat Sungai Lembayung,", "", "", CAMAT, "Pembina (IV/a)",
      f"NIP. {NIP}", "")
    furniture()
    # ikhtisar
    w("IKHTISAR EKSEKUTIF", "")
    w(f"Pada tahun 2024 {KEC} menetapkan {len(SASARAN)} sasaran strategis dengan {len(INDS)} indikator kinerja "
      f"dalam Perjanjian Kinerja. Dari {len(INDS)} indikator tersebut, {N_OK} indikator tercapai dan "
      f"{len(INDS) - N_OK} indikator tidak tercapai, yaitu persentase desa yang menyampaikan LPJ APBDes "
      f"tepat waktu ({num(LPJ, 2)}%).", "")
    w(f"Indeks Kepuasan Masyarakat terhadap pelayanan PATEN mencapai {num(IKM24, 2)} dari target "
      f"{num(I[1].t(2024), 2)}, sedangkan persentase layanan administrasi yang diselesaikan tepat waktu "
      f"mencapai {num(TEPAT, 2)}% dari {num(LAY_N)} permohonan layanan.", "")
    w(f"Anggaran {KEC} tahun 2024 sebesar {rp(TOT_P)} terealisasi {rp(TOT_R)} atau "
      f"{num(pct(TOT_R, TOT_P), 2)}%, dengan sisa anggaran {rp(TOT_P - TOT_R)}.", "")
    # bab I
    w("BAB I", "PENDAHULUAN", "", "1.1 Latar Belakang", "")
    w(f"Kecamatan merupakan perangkat daerah yang dipimpin oleh Camat dan berkedudukan di bawah serta "
      f"bertanggung jawab kepada Bupati melalui Sekretaris Daerah. Laporan Kinerja "
      f"{KEC} Tahun {pl('kec-stale-year', '2024', '2023', '2024')} ini menyajikan capaian kinerja atas "
      "Perjanjian Kinerja yang telah ditandatangani pada awal tahun.", "")
    w("1.2 Tugas dan Fungsi", "")
    w("Berdasarkan Peraturan Bupati Tanah Merapi Nomor 41 Tahun 2022, Camat mempunyai tugas "
      "menyelenggarakan urusan pemerintahan umum, mengoordinasikan kegiatan pemberdayaan masyarakat, "
      "ketenteraman dan ketertiban umum, penerapan peraturan daerah, pemeliharaan sarana pelayanan umum, "
      "penyelenggaraan kegiatan pemerintahan di tingkat kecamatan, pembinaan dan pengawasan desa/kelurahan, "
      "serta pelaksanaan pelayanan yang menjadi ruang lingkup tugasnya.", "")
    w("1.3 Gambaran Umum Wilayah", "")
    w(f"{KEC} memiliki luas wilayah {num(LUAS, 2)} km2 yang terdiri atas {N_DESA} desa dan "
      f"{len(DESA) - N_DESA} kelurahan. Jumlah penduduk akhir tahun 2024 sebanyak "
      f"{pl('kec-penduduk-prose', num(PEND), '45.736', '45.763')} jiwa, terdiri atas {num(PEND_L)} laki-laki "
      f"dan {num(PEND_P)} perempuan, dalam {num(KK)} kepala keluarga.", "")
    w("Tabel 1.1", "Luas Wilayah, Jumlah KK dan Penduduk per Desa/Kelurahan Tahun 2024")
    row("No", "Desa/Kelurahan", "Luas (km2)", "Jumlah KK", "Jumlah Penduduk", "", "")
    row("", "", "", "", "L", "P", "Jumlah")
    row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)")
    for k, d in enumerate(DESA, 1):
        tot = num(d[3] + d[4])
        if d[0] == "Desa Sungai Rambai":
            tot = pl("kec-penduduk-rowsum", tot, "4.109", "4.019")
        row(k, d[0], num(D(d[1]), 2), num(d[2]), num(d[3]), num(d[4]), tot)
    row("", "Jumlah", num(LUAS, 2), num(KK), num(PEND_L), num(PEND_P), num(PEND))
    w("Sumber: Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tanah Merapi, Semester II 2024", "")
    biggest = max(DESA, key=lambda d: d[3] + d[4])
    assert biggest[0] == "Kelurahan Pasar Lembayung"
    w(f"Penduduk terbanyak terdapat di {biggest[0]} ({num(biggest[3] + biggest[4])} jiwa), sedangkan desa "
      f"dengan penduduk paling sedikit adalah Desa Lubuk Tabun ({num(DESA[7][3] + DESA[7][4])} jiwa) "
      "yang juga merupakan desa terluas kedua.", "")
    furniture()
    w("1.4 Sumber Daya Aparatur", "")
    asn_l = sum(p[1] for p in PENDIDIKAN)
    asn_p = sum(p[2] for p in PENDIDIKAN)
    assert (asn_l, asn_p) == (sum(s[1] for s in STATUS), sum(s[2] for s in STATUS))
    w(f"Pada akhir tahun 2024 {KEC} didukung oleh {asn_l + asn_p} orang Aparatur Sipil Negara (ASN) yang "
      f"terdiri atas {asn_l} laki-laki dan {asn_p} perempuan, serta {sum(NONASN)} orang tenaga Non ASN. "
      "Komposisi ASN menurut pendidikan dan status kepegawaian adalah sebagai berikut.", "")
    w("Tabel 1.2", "Jumlah ASN Menurut Tingkat Pendidikan")
    row("Pendidikan", "L", "P", "Jumlah")
    for n, l, p in PENDIDIKAN:
        row(n, l, p, l + p)
    row("Jumlah", asn_l, asn_p, asn_l + asn_p)
    w("")
    w("Tabel 1.3", "Jumlah Pegawai Menurut Status Kepegawaian dan Golongan")
    row("Status/Golongan", "Laki-laki", "Perempuan", "Total")
    for n, l, p in STATUS:
        row(n, l, p, l + p)
    row("Sub Jumlah ASN", asn_l, asn_p, asn_l + asn_p)
    row("Non ASN", NONASN[0], NONASN[1], sum(NONASN))
    row("Jumlah Total", asn_l + NONASN[0], asn_p + NONASN[1], asn_l + asn_p + sum(NONASN))
    w("")
    w("1.5 Struktur Organisasi", "")
    w("Susunan organisasi kecamatan terdiri atas Camat, Sekretaris Kecamatan yang membawahi Subbagian "
      "Umum dan Kepegawaian serta Subbagian Perencanaan dan Keuangan, Seksi Tata Pemerintahan, Seksi "
      "Pemberdayaan Masyarakat dan Desa, Seksi Ketenteraman dan Ketertiban Umum, Seksi Pelayanan Umum, "
      "serta kelompok jabatan fungsional.", "")
    w("1.6 Permasalahan Utama", "")
    w("Permasalahan utama yang dihadapi pada tahun 2024 adalah keterbatasan jaringan internet di lima desa "
      "yang menghambat layanan daring, keterlambatan penyampaian LPJ APBDes oleh sebagian desa, serta "
      "jumlah petugas pelayanan yang belum sebanding dengan volume permohonan.", "")
    furniture()
    # bab II
    w("BAB II", "PERENCANAAN KINERJA", "", "2.1 Rencana Strategis", "")
    w(f"Rencana Strategis {KEC} Tahun 2021–2026 memuat {len(SASARAN)} sasaran strategis dan "
      f"{len(INDS)} indikator kinerja dengan target tahunan sebagai berikut.", "")
    w("Tabel 2.1", "Sasaran, Indikator dan Target Renstra Kecamatan Tahun 2021–2026")
    row("Sasaran / Indikator Kinerja", "Satuan", "Kondisi Awal", "Target Tahun", "", "", "", "")
    row("", "", "2021", "2022", "2023", "2024", "2025", "2026")
    for s, sname in SASARAN.items():
        row(f"Sasaran {s}: {sname}", "", "", "", "", "", "", "")
        for i in (x for x in INDS if x.sas == s):
            tg = [i.f(x) for x in i.targets]
            if i.no == 2:
                tg[2] = pl("kec-renstra-target", tg[2], "96,00", "95,00")
            name = f"{i.no}. {i.name}"
            if i.no == 6:
                row(f"{i.no}. Persentase gangguan ketenteraman dan ketertiban", i.sat, i.f(i.awal), *tg)
                row("umum yang tertangani", "", "", "", "", "", "", "")
            else:
                row(name, i.sat, i.f(i.awal), *tg)
    w("Keterangan: indikator nomor 3 merupakan indikator dengan arah negatif (semakin kecil semakin baik); "
      "kondisi awal indikator nomor 5 belum tersedia (-) karena survei mulai dilakukan tahun 2022.", "")
    w("2.2 Perjanjian Kinerja Tahun 2024", "")
    w(f"Perjanjian Kinerja Tahun 2024 ditandatangani oleh Camat dan Bupati Tanah Merapi pada tanggal "
      f"31 Januari 2024 dengan {len(INDS)} indikator kinerja sebagai berikut.", "")
    w("Tabel 2.2", "Perjanjian Kinerja Kecamatan Sungai Lembayung Tahun 2024")
    row("No", "Sasaran Strategis", "Indikator Kinerja", "Target")
    for i in INDS:
        sname = SASARAN[i.sas] if i.no == min(x.no for x in INDS if x.sas == i.sas) else ""
        tgt = i.f(i.t(2024)) + ("%" if i.sat == "%" else (" hari" if i.sat == "hari" else ""))
        row(i.no, sname, i.name, tgt)
    w("")
    furniture()
    # bab III
    w("BAB III", "AKUNTABILITAS KINERJA", "", "3.1 Capaian Kinerja Organisasi", "")
    w("Capaian kinerja dihitung dengan membandingkan realisasi terhadap target. Untuk indikator rata-rata "
      "waktu penyelesaian layanan yang berarah negatif, capaian dihitung dengan rumus (2 – realisasi/target) "
      "x 100%. Indikator dinyatakan Tercapai apabila capaiannya paling sedikit 100%.", "")
    w("Tabel 3.1", "Pengukuran Kinerja Kecamatan Sungai Lembayung Tahun 2024")
    row("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Keterangan")
    for i in INDS:
        cap, ket = num(CAP[i.no], 2), KET[i.no]
        if i.no == 1:
            cap = pl("kec-ikm-capaian", cap, "103,51", "103,15")
        if i.no == 4:
            ket = pl("kec-lpj-label", ket, "Tercapai", "Tidak Tercapai")
        row(i.no, i.name, i.sat, i.f(i.t(2024)), i.f(i.r(2024)), cap, ket)
    w("")
    w(f"Secara keseluruhan {N_OK} dari {len(INDS)} indikator kinerja tercapai. Satu indikator tidak "
      "tercapai, yaitu persentase desa yang menyampaikan LPJ APBDes tepat waktu.", "")
    w("Tabel 3.2", "Perbandingan Realisasi Kinerja Tahun 2022–2024 dan Target Akhir Renstra")
    row("Indikator Kinerja", "Realisasi 2022", "Realisasi 2023", "Realisasi 2024", "Target 2026")
    for i in INDS:
        r24 = i.f(i.r(2024))
        if i.no == 1:
            r24 = pl("kec-ikm-realisasi", r24, "85,48", "84,58")
        if i.no == 5:
            row("Indeks kepuasan pemerintah desa terhadap", i.f(i.r(2022)), i.f(i.r(2023)), r24, i.f(i.t(2026)))
            row("pembinaan kecamatan", "", "", "", "")
        else:
            row(i.name, i.f(i.r(2022)), i.f(i.r(2023)), r24, i.f(i.t(2026)))
    w("")
    furniture()
    w("3.2 Analisis Capaian Kinerja", "")
    w("Sasaran 1: Meningkatnya kualitas pelayanan publik di kecamatan", "")
    w(f"Indikator 1. Nilai IKM pelayanan PATEN tahun 2024 sebesar {num(IKM24, 2)} dengan mutu pelayanan B "
      f"(Baik), meningkat dari {num(I[1].r(2023), 2)} pada tahun 2023 dan {num(I[1].r(2022), 2)} pada tahun "
      f"2022. Capaian terhadap target {num(I[1].t(2024), 2)} adalah {num(CAP[1], 2)}%, dan realisasi ini "
      f"telah melampaui target akhir Renstra tahun 2026 sebesar {num(I[1].t(2026), 2)}. Survei dilakukan "
      "terhadap 384 responden, terdiri atas 201 laki-laki dan 183 perempuan.", "")
    w("Tabel 3.3", "Nilai IKM per Unsur Pelayanan PATEN Tahun 2024")
    row("No", "Unsur Pelayanan", "Nilai Rata-rata (skala 1-4)", "Nilai Konversi")
    for k, ((u, n), kv) in enumerate(zip(IKM, IKM_KONV), 1):
        row(k, u, num(D(n), 3), num(kv, 2))
    row("", "Rata-rata", num(IKM_NRR_AVG, 3), num(IKM24, 2))
    w("")
    w("Unsur dengan nilai terendah adalah penanganan pengaduan, saran dan masukan (80,10), sedangkan "
      "unsur tertinggi adalah biaya/tarif (91,10) karena seluruh layanan PATEN tidak dipungut biaya.", "")
    w(f"Indikator 2. Dari {num(LAY_N)} permohonan layanan administrasi, sebanyak {num(LAY_T)} permohonan "
      f"diselesaikan tepat waktu sesuai standar pelayanan, atau {num(TEPAT, 2)}%. Realisasi ini melampaui "
      f"target {num(I[2].t(2024), 2)}% (capaian {num(CAP[2], 2)}%) dan meningkat dari "
      f"{num(I[2].r(2023), 2)}% pada tahun 2023.", "")
    w("Tabel 3.4", "Jumlah Permohonan dan Ketepatan Waktu Penyelesaian per Jenis Layanan Tahun 2024")
    row("No", "Jenis Layanan", "Jumlah Permohonan", "Selesai Tepat Waktu", "Tidak Tepat Waktu", "% Tepat Waktu")
    for k, (n, a, b) in enumerate(LAYANAN, 1):
        no = str(k)
        if k == 7:
            no = pl("kec-layanan-numbering", no, "6", "7")
        if k == 9:
            row(no, "Pengantar Penerbitan Kartu Keluarga dan Akta", num(a), num(b), num(a - b), num(pct(b, a), 2))
            row("", "Kelahiran", "", "", "", "")
        else:
            row(no, n, num(a), num(b), num(a - b), num(pct(b, a), 2))
    row("", "Total", num(LAY_N), num(LAY_T), num(LAY_N - LAY_T), num(TEPAT, 2))
    w("")
    low = min(LAYANAN, key=lambda x: x[2] / x[1])
    assert low[0] == "Legalisasi Surat Keterangan Tanah"
    w(f"Ketepatan waktu terendah terdapat pada layanan {low[0].lower()} ({num(pct(low[2], low[1]), 2)}%) "
      "karena memerlukan peninjauan lapangan bersama perangkat desa.", "")
    furniture()
    w(f"Indikator 3. Rata-rata waktu penyelesaian layanan administrasi tahun 2024 adalah "
      f"{num(I[3].r(2024), 2)} hari, lebih cepat dari target {num(I[3].t(2024), 2)} hari. Dengan rumus "
      f"indikator negatif, capaiannya {num(CAP[3], 2)}%. Waktu penyelesaian terus membaik dari "
      f"{num(I[3].r(2022), 2)} hari pada tahun 2022.", "")
    w(f"Jumlah pemohon layanan menurut desa/kelurahan asal disajikan pada tabel berikut. Sebanyak "
      f"{num(PEM_L)} pemohon adalah laki-laki dan {num(PEM_P)} perempuan.", "")
    w("Tabel 3.5", "Jumlah Pemohon Layanan PATEN per Desa/Kelurahan Tahun 2024")
    row("Desa/Kelurahan", "Pemohon", "", "")
    row("", "L", "P", "Jumlah")
    for d in DESA:
        row(d[0], num(d[5]), num(d[6]), num(d[5] + d[6]))
    row("Jumlah", num(PEM_L), num(PEM_P), num(LAY_N))
    w("")
    top = max(DESA, key=lambda d: d[5] + d[6])
    assert top[0] == "Kelurahan Pasar Lembayung"
    w(f"Pemohon terbanyak berasal dari "
      f"{pl('kec-pemohon-tertinggi', top[0], 'Kelurahan Lembayung Hilir', 'Kelurahan Pasar Lembayung')} "
      f"dengan {num(top[5] + top[6])} pemohon, sejalan dengan jumlah penduduknya yang paling besar.", "")
    w("Tabel 3.6", "Jumlah Surat dan Layanan PATEN per Bulan Tahun 2024")
    row("Bulan", "Surat Masuk", "Surat Keluar", "Layanan PATEN", "Jumlah")
    for b, m, k, p in zip(BULAN, SURAT_MASUK, SURAT_KELUAR, PATEN_BULAN):
        row(b, m, k, p, num(m + k + p))
    sm, sk, sp = sum(SURAT_MASUK), sum(SURAT_KELUAR), sum(PATEN_BULAN)
    row("Jumlah", pl("kec-surat-coltotal", str(sm), "645", "654"), sk, num(sp), num(sm + sk + sp))
    row("Rata-rata", num(q(D(sm) / 12), 2), num(q(D(sk) / 12), 2), num(q(D(sp) / 12), 2),
        num(q(D(sm + sk + sp) / 12), 2))
    w("")
    peak = BULAN[PATEN_BULAN.index(max(PATEN_BULAN))]
    assert peak == "Desember"
    w(f"Layanan PATEN tertinggi terjadi pada bulan {peak} ({max(PATEN_BULAN)} layanan) seiring pengurusan "
      f"dokumen kependudukan menjelang akhir tahun, dan terendah pada bulan April ({min(PATEN_BULAN)} "
      "layanan) karena libur Idulfitri.", "")
    furniture()
    w("Sasaran 2: Meningkatnya kualitas penyelenggaraan pemerintahan desa dan kelurahan", "")
    w(f"Indikator 4. Dari {N_DESA} desa, sebanyak {LPJ_OK} desa menyampaikan LPJ APBDes Tahun Anggaran "
      f"2023 tepat waktu, atau {num(LPJ, 2)}% dari target {num(I[4].t(2024), 2)}%. Capaian indikator ini "
      f"{num(CAP[4], 2)}% dan {pl('kec-lpj-tren', 'menurun', 'meningkat', 'menurun')} dibandingkan tahun "
      f"2023 ({num(I[4].r(2023), 2)}%). Desa Rantau Panjang terlambat menyampaikan LPJ karena pergantian "
      "bendahara desa.", "")
    w(f"Indikator 5. Indeks kepuasan pemerintah desa terhadap pembinaan kecamatan tahun 2024 sebesar "
      f"{num(I[5].r(2024), 2)} (skala 1-4) dari target {num(I[5].t(2024), 2)}, capaian {num(CAP[5], 2)}%. "
      "Selama tahun 2024 kecamatan melaksanakan 46 kali pembinaan dan pendampingan ke desa, termasuk "
      "kegiatan evaluasi rancangan APBDes.", "")
    w("Sasaran 3: Meningkatnya ketenteraman dan ketertiban umum di wilayah kecamatan", "")
    w(f"Indikator 6. Seluruh {TR_N} kejadian gangguan ketenteraman dan ketertiban umum pada tahun 2024 "
      f"telah tertangani ({num(pct(TR_T, TR_N), 2)}%).", "")
    w("Tabel 3.7", "Gangguan Ketenteraman dan Ketertiban Umum Tahun 2024")
    row("Jenis Gangguan", "Jumlah Kejadian", "Tertangani", "Persentase")
    for n, a, b in TRANTIB:
        row(n, a, b, f"{num(pct(b, a), 2)}%")
    row("Jumlah", TR_N, TR_T, f"{num(pct(TR_T, TR_N), 2)}%")
    w("")
    w("Sasaran 4: Meningkatnya akuntabilitas kinerja kecamatan", "")
    w("Indikator 7. Hasil evaluasi SAKIP oleh Inspektorat Kabupaten memberikan predikat B kepada "
      "Kecamatan Sungai Lembayung, sesuai dengan target tahun 2024.", "")
    furniture()
    w("3.3 Realisasi Anggaran", "")
    w(f"Pagu anggaran {KEC} tahun 2024 sebesar {rp(TOT_P)}, dengan realisasi {rp(TOT_R)} "
      f"({num(pct(TOT_R, TOT_P), 2)}%). Rincian per program, kegiatan dan sub kegiatan adalah sebagai berikut.",
      "")
    w("Tabel 3.8", "Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun 2024")
    row("Program / Kegiatan / Sub Kegiatan", "Pagu", "Realisasi", "Sisa", "%")
    for pname, kegs in BUDGET:
        pp, pr = PROG[pname]
        cells = [rp(pp), rp(pr), rp(pp - pr), num(pct(pr, pp), 2)]
        if pname == "Program Pemberdayaan Masyarakat Desa dan Kelurahan":
            old_r = pr - 12_600_000   # realisasi before the last SP2D of Pembangunan Sarpras Kelurahan
            cells[1] = pl("kec-prog-hierarchy", cells[1], rp(old_r), "Rp 642.115.000")
            cells[2] = pl("kec-prog-hierarchy-sisa", cells[2], rp(pp - old_r))
            cells[3] = pl("kec-prog-hierarchy-pct", cells[3], num(pct(old_r, pp), 2))
        row(pname, *cells)
        for kname, subs in kegs:
            kp, kr = KEG[kname]
            kcells = [rp(kp), rp(kr), rp(kp - kr), num(pct(kr, kp), 2)]
            if kname == "Administrasi Umum Perangkat Daerah":
                kcells[3] = pl("kec-keg-pct", kcells[3], "97,35", "97,53")
            label = kname if kname.startswith("Kegiatan") else f"Kegiatan {kname}"
            row(f"  {label}", *kcells)
            for sname, sp_, sr in subs:
                scells = [rp(sp_), rp(sr), rp(sp_ - sr), num(pct(sr, sp_), 2)]
                if sname == "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik":
                    scells[2] = pl("kec-sub-sisa", scells[2], "Rp 4.831.755", "Rp 4.381.755")
                if len(sname) > 90:
                    cut = sname.rfind(" ", 0, 80)
                    row(f"    {sname[:cut]}", *scells)
                    row(f"    {sname[cut + 1:]}", "", "", "", "")
                else:
                    row(f"    {sname}", *scells)
    row("JUMLAH", rp(TOT_P), rp(TOT_R), rp(TOT_P - TOT_R), num(pct(TOT_R, TOT_P), 2))
    w("")
    big = max(PROG, key=lambda p: PROG[p][0])
    w(f"Program dengan alokasi terbesar adalah {big} sebesar {rp(PROG[big][0])}, yang sebagian besar "
      f"digunakan untuk gaji dan tunjangan ASN ({rp(BUDGET[0][1][1][1][0][1])}). Sisa anggaran terbesar "
      f"juga berasal dari sub kegiatan penyediaan gaji dan tunjangan ASN sebesar "
      f"{rp(BUDGET[0][1][1][1][0][1] - BUDGET[0][1][1][1][0][2])} karena adanya pegawai yang pensiun dan "
      "mutasi pada pertengahan tahun.", "")
    furniture()
    w("Tabel 3.9", "Rekapitulasi Serapan Anggaran per Program Tahun 2023 dan 2024")
    row("Program", "Anggaran 2024", "Serapan 2024", "Serapan 2024 (%)", "Serapan 2023 (%)")
    for pname, _k in BUDGET:
        pp, pr = PROG[pname]
        row(pname, f"{rp(pp, True)}", f"{rp(pr, True)}", f"{num(pct(pr, pp), 2)}%", f"{SERAPAN_2023[pname]}%")
    row("Total", rp(TOT_P, True), rp(TOT_R, True), f"{num(pct(TOT_R, TOT_P), 2)}%", "95,87%")
    w("")
    w(f"Serapan anggaran tahun 2024 ({num(pct(TOT_R, TOT_P), 2)}%) lebih tinggi dibandingkan tahun 2023 "
      "(95,87%). Peningkatan serapan terutama terjadi pada Program Pemberdayaan Masyarakat Desa dan "
      f"Kelurahan, dari {SERAPAN_2023['Program Pemberdayaan Masyarakat Desa dan Kelurahan']}% menjadi "
      f"{num(pct(*reversed(PROG['Program Pemberdayaan Masyarakat Desa dan Kelurahan'])), 2)}%.", "")
    # bab IV
    w("BAB IV", "PENUTUP", "")
    w(f"Kinerja {KEC} tahun 2024 secara umum baik: {N_OK} dari {len(INDS)} indikator tercapai, IKM mencapai "
      f"{num(IKM24, 2)} dan {num(TEPAT, 2)}% layanan administrasi diselesaikan tepat waktu. Indikator LPJ "
      "APBDes tepat waktu yang belum tercapai akan ditindaklanjuti dengan pendampingan bendahara desa "
      "sejak triwulan I tahun 2025.", "")
    w("Upaya peningkatan kinerja tahun 2025 meliputi perluasan layanan PATEN daring, penambahan petugas "
      "front office, dan penjadwalan pembinaan keuangan desa secara berkala.", "")
    w("Sungai Lembayung, 27 Januari 2025", "Camat Sungai Lembayung,", "", "", CAMAT, f"NIP. {NIP}", "")
    furniture()
    w("LAMPIRAN", "PERJANJIAN KINERJA TAHUN 2024", "")
    w("Lampiran 1. Indikator dan Target Perjanjian Kinerja 2024")
    row("Sasaran Strategis", "Indikator Kinerja", "Target 2024")
    for i in INDS:
        row(f"Sasaran {i.sas}", i.name, i.f(i.t(2024)))
    w("")
    w("Lampiran 2. Program dan Anggaran Perjanjian Kinerja 2024")
    row("No", "Program", "Anggaran")
    for k, (pname, _k) in enumerate(BUDGET, 1):
        row(k, pname, rp(PROG[pname][0], True))
    row("", "Jumlah", rp(TOT_P, True))
    w("", "BUPATI TANAH MERAPI,                  CAMAT SUNGAI LEMBAYUNG,", "", "",
      "H. ZULKARNAIN EFENDI, S.H.            " + CAMAT)
    return L


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    c = build(False)
    p = build(True)
    assert len(c) == len(p)
    (OUT / f"{NAME}.consistent.txt").write_text("\n".join(c) + "\n", encoding="utf-8")
    (OUT / f"{NAME}.planted.txt").write_text("\n".join(p) + "\n", encoding="utf-8")
    (OUT / f"{NAME}.truth.yaml").write_text(BASE_TRUTH, encoding="utf-8")
    reviu_extend(OUT, NAME, "txt", REVIU_INSERTS, REVIU_PLANTS)
    if "--diff" in sys.argv:
        for k, (a, b) in enumerate(zip(c, p), 1):
            if a != b:
                print(f"{k}:\n  - {a}\n  + {b}")
        print("lines:", len(c))



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

# the hand-made truth of the original 14 items (lines as in the report before the reviu additions;
# reviu_extend remaps them)
BASE_TRUTH = 'report: kecamatan-2024.planted.txt\nconsistent: kecamatan-2024.consistent.txt\nagency: Kecamatan Sungai Lembayung Kabupaten Tanah Merapi\nformat: txt\nyear: 2024\ntables_with_figures: 16   # Tabel 1.1–1.3, 2.1, 2.2, 3.1–3.9, Lampiran 1 and 2\nitems:\n  - id: kec-stale-year\n    family: stale-year\n    lines: [42]\n    anchor: "Laporan Kinerja Kecamatan Sungai Lembayung Tahun 2023"\n    figure: "2023"\n    correct: "2024"\n    what: Bab I calls the report Laporan Kinerja Tahun 2023; the reporting year is 2024\n  - id: kec-penduduk-prose\n    family: narrative-vs-table\n    lines: [50, 68]\n    anchor: "Jumlah penduduk akhir tahun 2024 sebanyak"\n    figure: "45.736"\n    correct: "45.763"\n    what: >-\n      prose gives 45.736 jiwa (digits swapped) while the Jumlah row of Tabel 1.1 gives 45.763, which is\n      also 22.938 + 22.825 as the same sentence says\n  - id: kec-penduduk-rowsum\n    family: row-sum\n    lines: [62]\n    anchor: "Desa Sungai Rambai"\n    figure: "4.109"\n    correct: "4.019"\n    what: >-\n      L 2.032 + P 1.987 = 4.019 but the Jumlah cell reads 4.109 (digits swapped); the Jumlah row\n      (45.763) was left correct, so the column no longer adds up either\n  - id: kec-renstra-target\n    family: indicator-target\n    lines: [127, 147]\n    anchor: "2. Persentase layanan administrasi yang diselesaikan tepat waktu"\n    figure: "96,00"\n    correct: "95,00"\n    what: >-\n      Renstra target 2024 for persentase layanan tepat waktu reads 96,00 (the 2025 value copied one column\n      early) while the PK (95,00%), Tabel 3.1 and Lampiran 1 give 95,00\n  - id: kec-ikm-capaian\n    family: capaian\n    lines: [168]\n    anchor: "Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan PATEN"\n    figure: "103,51"\n    correct: "103,15"\n    what: 84,58 / 82,00 × 100 = 103,15 but Capaian reads 103,51 (the prose in 3.2 still says 103,15%)\n  - id: kec-lpj-label\n    family: label\n    lines: [171]\n    anchor: "Persentase desa yang menyampaikan LPJ APBDes tepat waktu"\n    figure: "Tercapai"\n    correct: "Tidak Tercapai"\n    what: capaian 88,89% (< 100%, the threshold stated in 3.1) but Keterangan says Tercapai\n  - id: kec-ikm-realisasi\n    family: indicator-realisasi\n    lines: [181, 168]\n    anchor: "Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan PATEN"\n    figure: "85,48"\n    correct: "84,58"\n    what: IKM realisasi 2024 in Tabel 3.2 reads 85,48 while Tabel 3.1 and the Rata-rata row of Tabel 3.3 give 84,58\n  - id: kec-layanan-numbering\n    family: numbering\n    lines: [227]\n    anchor: "Rekomendasi Izin Usaha Mikro Kecil (IUMK)"\n    figure: "6"\n    correct: "7"\n    what: the No column of Tabel 3.4 runs 1, 2, 3, 4, 5, 6, 6, 8, 9\n  - id: kec-pemohon-tertinggi\n    family: narrative-vs-table\n    lines: [260, 248]\n    anchor: "Pemohon terbanyak berasal dari Kelurahan Lembayung Hilir"\n    figure: "Kelurahan Lembayung Hilir"\n    correct: "Kelurahan Pasar Lembayung"\n    what: >-\n      prose names Kelurahan Lembayung Hilir as the origin of most applicants (with 521), but in Tabel 3.5\n      Lembayung Hilir has 486 and the highest is Kelurahan Pasar Lembayung with 521\n  - id: kec-surat-coltotal\n    family: column-total\n    lines: [277]\n    anchor: "Jumlah"\n    figure: "645"\n    correct: "654"\n    what: >-\n      the twelve monthly Surat Masuk figures sum to 654 but the Jumlah row reads 645 (digits swapped); the\n      Jumlah row\'s own total (4.653) and the Rata-rata row (54,50 = 654/12) still follow 654\n  - id: kec-lpj-tren\n    family: narrative-vs-table\n    lines: [288, 184]\n    anchor: "dan meningkat dibandingkan tahun 2023"\n    figure: "meningkat"\n    correct: "menurun"\n    what: prose says the LPJ indicator rose compared with 2023, but it fell from 100,00% (2023) to 88,89% (2024) as Tabel 3.2 and the same sentence show\n  - id: kec-keg-pct\n    family: budget-arithmetic\n    lines: [327]\n    anchor: "Kegiatan Administrasi Umum Perangkat Daerah"\n    figure: "97,35"\n    correct: "97,53"\n    what: Rp 158.005.500 / Rp 162.000.000 = 97,53% but the % cell reads 97,35\n  - id: kec-sub-sisa\n    family: budget-arithmetic\n    lines: [332]\n    anchor: "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik"\n    figure: "Rp 4.831.755"\n    correct: "Rp 4.381.755"\n    what: Rp 54.000.000 − Rp 49.618.245 = Rp 4.381.755 but Sisa reads Rp 4.831.755\n  - id: kec-prog-hierarchy\n    family: budget-hierarchy\n    lines: [343, 344, 347]\n    anchor: "Program Pemberdayaan Masyarakat Desa dan Kelurahan"\n    figure: "Rp 629.515.000"\n    correct: "Rp 642.115.000"\n    what: >-\n      the programme row shows realisasi Rp 629.515.000 (with matching sisa Rp 34.985.000 and 94,74%, as\n      before the last SP2D) while its two kegiatan sum to Rp 62.050.000 + Rp 580.065.000 = Rp 642.115.000;\n      consequently the JUMLAH row (Rp 4.066.594.657) no longer equals the sum of the programme rows and\n      Tabel 3.9 (line 376) disagrees with this row\n'
REVIU_INSERTS = [
    ("Secara keseluruhan 6 dari 7 indikator kinerja tercapai.", "after", [
        "",
        "Pengukuran kinerja ini dilaksanakan sesuai Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem "
        "Akuntabilitas Kinerja Instansi Pemerintah, yaitu dengan membandingkan realisasi terhadap target "
        "Perjanjian Kinerja, terhadap realisasi tahun-tahun sebelumnya, dan terhadap target akhir Renstra."]),
]
REVIU_PLANTS = [
    dict(id="reviu-banding-trantibum", family="comparison",
         edits=[("=Persentase gangguan ketenteraman dan ketertiban umum yang tertangani\t100,00\t100,00\t100,00\t100,00",
                 None, None)],
         lines=["=Persentase gangguan ketenteraman dan ketertiban umum yang tertangani\t100,00\t100,00\t100,00\t100,00",
                "=Perbandingan Realisasi Kinerja Tahun 2022–2024 dan Target Akhir Renstra"],
         anchor="Perbandingan Realisasi Kinerja Tahun 2022–2024 dan Target Akhir Renstra",
         figure="Persentase gangguan ketenteraman dan ketertiban umum yang tertangani",
         correct="Persentase gangguan ketenteraman dan ketertiban umum yang tertangani\t100,00\t100,00\t100,00\t100,00",
         what="Tabel 3.2 has no row for the PK indicator 'Persentase gangguan ketenteraman dan ketertiban "
              "umum yang tertangani', so Bab III never sets its 2024 realisasi against 2022/2023 or the "
              "2026 Renstra target"),
    dict(id="reviu-perpres-judul", family="citation",
         edits=[("Pengukuran kinerja ini dilaksanakan sesuai Peraturan Presiden Nomor 29 Tahun 2014",
                 "Akuntabilitas Kinerja Instansi Pemerintah", "Pengendalian Intern Pemerintah")],
         lines=["Pengukuran kinerja ini dilaksanakan sesuai Peraturan Presiden Nomor 29 Tahun 2014",
                "Penyusunan laporan mengacu pada Peraturan Presiden Nomor 29 Tahun 2014"],
         anchor="Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Pengendalian Intern Pemerintah",
         figure="Sistem Pengendalian Intern Pemerintah",
         correct="Sistem Akuntabilitas Kinerja Instansi Pemerintah",
         what="Bab III cites Peraturan Presiden Nomor 29 Tahun 2014 'tentang Sistem Pengendalian Intern "
              "Pemerintah' (the title of PP 60/2008) while the Kata Pengantar gives its title as 'tentang "
              "Sistem Akuntabilitas Kinerja Instansi Pemerintah'"),
]


if __name__ == "__main__":
    main()
