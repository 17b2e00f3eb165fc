"""Build fixtures/corpus/pn-2024.{consistent,planted}.txt and pn-2024.truth.yaml.

LKjIP 2024 of an invented district court (Pengadilan Negeri Wanasari Kelas II).
Every figure of the consistent version is computed here; the planted version is the
consistent text with single-line replacements (line count unchanged)."""
from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

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
NAME = "pn-2024"
AGENCY = "Pengadilan Negeri Wanasari Kelas II"
RUN = "LKjIP Pengadilan Negeri Wanasari Tahun 2024"

L: list[str] = []
page = [1]


def add(*lines):
    L.extend(lines)


def row(*cells):
    L.append("\t".join(idn(c) if isinstance(c, int) else str(c) for c in cells))


def furniture():
    page[0] += 1
    add("", RUN, str(page[0]), "")


# ---------------------------------------------------------------- data
jabatan = [  # name, L, P
    ("Ketua", 1, 0), ("Wakil Ketua", 0, 1), ("Hakim", 4, 3), ("Panitera", 1, 0),
    ("Sekretaris", 0, 1), ("Panitera Muda", 2, 1), ("Kepala Subbagian", 1, 2),
    ("Panitera Pengganti", 3, 5), ("Jurusita / Jurusita Pengganti", 3, 1),
    ("Jabatan Fungsional Tertentu", 2, 2), ("Pelaksana", 6, 5),
]
pendidikan = [("S2 (Magister)", 6, 5), ("S1 (Sarjana)", 12, 12), ("D3 (Diploma)", 1, 3),
              ("SLTA", 4, 1), ("SLTP", 0, 0)]
JL = sum(r[1] for r in jabatan); JP = sum(r[2] for r in jabatan); JT = JL + JP
assert (JL, JP) == (sum(r[1] for r in pendidikan), sum(r[2] for r in pendidikan))
gol = {"IV": 12, "III": 27, "II": 5}
assert sum(gol.values()) == JT

pidana = [  # code, name, sisa 2023, masuk, putus
    ("Pid.B", "Pidana Biasa", 38, 412, 419),
    ("Pid.Sus", "Pidana Khusus", 31, 286, 292),
    ("Pid.Sus-Anak", "Pidana Anak", 2, 18, 19),
    ("Pid.S", "Pidana Singkat", 0, 6, 6),
    ("Pid.C", "Pidana Cepat (Tipiring)", 0, 52, 52),
    ("Pid.Pra", "Praperadilan", 0, 4, 4),
]
perdata = [
    ("Pdt.G", "Gugatan", 24, 168, 151),
    ("Pdt.G.S", "Gugatan Sederhana", 2, 37, 37),
    ("Pdt.P", "Permohonan", 5, 214, 211),
    ("Pdt.Bth", "Perlawanan / Bantahan", 1, 6, 5),
]


def tot(rows):
    s = sum(r[2] for r in rows); m = sum(r[3] for r in rows); p = sum(r[4] for r in rows)
    return s, m, p


PS, PM, PP = tot(pidana); DS, DM, DP = tot(perdata)
BEBAN = PS + PM + DS + DM
SISA_AKHIR = (PS + PM - PP) + (DS + DM - DP)
PUTUS = PP + DP
SISA_LALU = PS + DS
upaya = [("Banding", 47, 22), ("Kasasi", 18, 9), ("Peninjauan Kembali", 2, 3)]
mediasi = [("Berhasil seluruhnya (akta perdamaian/pencabutan)", 14),
           ("Berhasil sebagian", 5), ("Tidak berhasil", 86), ("Tidak dapat dilaksanakan", 13)]
posbakum = [("Konsultasi dan advis hukum", 402, 367), ("Pembuatan surat gugatan/permohonan", 118, 139),
            ("Informasi prosedur berperkara", 61, 59)]
POSB = sum(a + b for _, a, b in posbakum)

# counts behind the indicators
TW_PID, TW_PDT, SISA_LALU_SELESAI = 768, 351, 98
EKS_MOHON, EKS_LAKSANA = 12, 9
ikm_unsur = [("Persyaratan", "3.512"), ("Sistem, mekanisme dan prosedur", "3.428"),
             ("Waktu penyelesaian", "3.388"), ("Biaya/tarif", "3.604"),
             ("Produk spesifikasi jenis pelayanan", "3.452"), ("Kompetensi pelaksana", "3.476"),
             ("Perilaku pelaksana", "3.536"), ("Penanganan pengaduan, saran dan masukan", "3.312"),
             ("Sarana dan prasarana", "3.396")]
nrr = [Decimal(v) for _, v in ikm_unsur]
NRR_AVG = sum(nrr) / len(nrr)
assert NRR_AVG == NRR_AVG.quantize(Decimal("0.001"))
IKM = rnd(NRR_AVG * 25)

# indicators: key, name, unit, renstra targets 2020..2024, realisasi 2024, lower?
def r_(num, den):
    return pct(num, den)


IND = [
    ("tw_pid", "Persentase perkara pidana yang diselesaikan tepat waktu", "%",
     [90, 91, 92, 94, 95], r_(TW_PID, PP), False),
    ("tw_pdt", "Persentase perkara perdata yang diselesaikan tepat waktu", "%",
     [80, 82, 85, 88, 90], r_(TW_PDT, DP), False),
    ("sisa_lalu", "Persentase sisa perkara tahun lalu yang diselesaikan", "%",
     [100, 100, 100, 100, 100], r_(SISA_LALU_SELESAI, SISA_LALU), False),
    ("sisa", "Persentase sisa perkara pada akhir tahun", "%",
     [14, 13, 12, 11, 10], r_(SISA_AKHIR, BEBAN), True),
    ("bdg", "Persentase perkara yang tidak mengajukan upaya hukum banding", "%",
     [88, 88, 89, 90, 90], r_(PUTUS - upaya[0][1] - upaya[0][2], PUTUS), False),
    ("kas", "Persentase perkara yang tidak mengajukan upaya hukum kasasi", "%",
     [93, 94, 94, 95, 95], r_(PUTUS - upaya[1][1] - upaya[1][2], PUTUS), False),
    ("pk", "Persentase perkara yang tidak mengajukan peninjauan kembali", "%",
     [98, 98, 99, 99, 99], r_(PUTUS - upaya[2][1] - upaya[2][2], PUTUS), False),
    ("unggah", "Persentase putusan yang diunggah ke Direktori Putusan tepat waktu", "%",
     [100] * 5, Decimal("100.00"), False),
    ("prodeo", "Persentase perkara prodeo yang diselesaikan", "%",
     [100] * 5, Decimal("100.00"), False),
    ("luar", "Persentase perkara yang diselesaikan di luar gedung pengadilan", "%",
     [100] * 5, Decimal("100.00"), False),
    ("posbakum", "Persentase pencari keadilan golongan tertentu yang mendapat layanan Posbakum", "%",
     [100] * 5, Decimal("100.00"), False),
    ("eks", "Persentase putusan perkara perdata yang ditindaklanjuti (dieksekusi)", "%",
     [60, 65, 70, 75, 80], r_(EKS_LAKSANA, EKS_MOHON), False),
    ("ikm", "Indeks Kepuasan Masyarakat (IKM)", "indeks",
     [80, 81, 82, 84, 85], IKM, False),
]
SASARAN = [
    ("Terwujudnya proses peradilan yang pasti, transparan dan akuntabel", ["tw_pid", "tw_pdt", "sisa_lalu", "sisa", "bdg", "kas", "pk"]),
    ("Peningkatan aksesibilitas putusan pengadilan", ["unggah"]),
    ("Meningkatnya akses peradilan bagi masyarakat miskin dan terpinggirkan", ["prodeo", "luar", "posbakum"]),
    ("Meningkatnya kepatuhan terhadap putusan pengadilan", ["eks"]),
    ("Meningkatnya kualitas pelayanan publik", ["ikm"]),
]
I = {k: dict(name=n, unit=u, ren=t, real=r, lower=lo) for k, n, u, t, r, lo in IND}
for k, d in I.items():
    t = Decimal(d["ren"][-1]); r = d["real"]
    d["cap"] = rnd((2 - r / t) * 100) if d["lower"] else rnd(r / t * 100)
    d["ok"] = d["cap"] >= 100
N_OK = sum(d["ok"] for d in I.values()); N_NO = len(I) - N_OK
CAP_AVG = rnd(sum(d["cap"] for d in I.values()) / len(I))

hist = {  # realisasi 2021, 2022, 2023 (2024 from I)
    "tw_pid": ["93.85", "94.60", "95.74"], "tw_pdt": ["82.14", "85.30", "88.12"],
    "sisa": ["11.46", "10.08", "8.87"], "bdg": ["92.10", "93.05", "93.66"],
    "eks": ["66.67", "70.00", "72.73"], "ikm": ["82.15", "84.36", "85.72"],
}

# budget: code, name, pagu, realisasi  (leaves) ; hierarchy assembled below
leaves = {
    "1066.EBA.994": ("Layanan Perkantoran", 5412380000, 5318764215),
    "1066.EBA.956": ("Layanan BMN", 86250000, 84915300),
    "1066.EBA.962": ("Layanan Umum", 214760000, 209337850),
    "1066.EBB.951": ("Layanan Sarana Internal", 388500000, 386910000),
    "1068.QMA.001": ("Layanan Pos Bantuan Hukum", 96000000, 96000000),
    "1068.QMA.002": ("Pembebasan Biaya Perkara (Prodeo)", 12500000, 9750000),
    "1068.QMA.003": ("Sidang di Luar Gedung Pengadilan", 18750000, 17860000),
    "1068.QMA.004": ("Administrasi Penyelesaian Perkara", 24600000, 23987400),
}


def bsum(prefix):
    p = sum(v[1] for k, v in leaves.items() if k.startswith(prefix))
    r = sum(v[2] for k, v in leaves.items() if k.startswith(prefix))
    return p, r


budget_rows = [
    ("WA", "Program Dukungan Manajemen (DIPA 005.01)", "1066."),
    ("WA.1066", "Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya Badan Peradilan", "1066."),
    ("1066.EBA", "Layanan Dukungan Manajemen Internal", "1066.EBA"),
    ("1066.EBA.994", None, "1066.EBA.994"),
    ("1066.EBA.956", None, "1066.EBA.956"),
    ("1066.EBA.962", None, "1066.EBA.962"),
    ("1066.EBB", "Layanan Sarana dan Prasarana Internal", "1066.EBB"),
    ("1066.EBB.951", None, "1066.EBB.951"),
    ("DF", "Program Penegakan dan Pelayanan Hukum (DIPA 005.03)", "1068."),
    ("DF.1068", "Peningkatan Manajemen Peradilan Umum", "1068."),
    ("1068.QMA", "Layanan Perkara dan Bantuan Hukum", "1068.QMA"),
    ("1068.QMA.001", None, "1068.QMA.001"),
    ("1068.QMA.002", None, "1068.QMA.002"),
    ("1068.QMA.003", None, "1068.QMA.003"),
    ("1068.QMA.004", None, "1068.QMA.004"),
]
TP, TR = bsum("")
TS = TP - TR
TPCT = pct(TR, TP)
WA_P, WA_R = bsum("1066."); DF_P, DF_R = bsum("1068.")
belanja = [  # jenis, pagu, realisasi
    ("51 Belanja Pegawai", 4862140000, 4783215615),
]
belanja.append(("52 Belanja Barang", TP - 4862140000 - leaves["1066.EBB.951"][1],
                TR - 4783215615 - leaves["1066.EBB.951"][2]))
belanja.append(("53 Belanja Modal", leaves["1066.EBB.951"][1], leaves["1066.EBB.951"][2]))
prev_budget = [(2022, 5687412000, 5541336880), (2023, 5904115000, 5790522413), (2024, TP, TR)]
PNBP_TARGET, PNBP_REAL = 41500000, 47830000


def pc(v):  # percentage figure as printed in tables
    return dec(v)


def tgt(v):
    return idn(v) if isinstance(v, int) else dec(v)


# ---------------------------------------------------------------- text
add("LAPORAN KINERJA INSTANSI PEMERINTAH",
    "(LKjIP)",
    "TAHUN 2024",
    "",
    "PENGADILAN NEGERI WANASARI KELAS II",
    "Jalan Pahlawan Nomor 17, Wanasari, Provinsi Nusa Kencana",
    "",
    "MAHKAMAH AGUNG REPUBLIK INDONESIA",
    "DIREKTORAT JENDERAL BADAN PERADILAN UMUM",
    "",
    "KATA PENGANTAR",
    "",
    "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas rahmat-Nya Laporan Kinerja",
    "Instansi Pemerintah (LKjIP) Pengadilan Negeri Wanasari Tahun 2024 dapat diselesaikan tepat waktu.",
    "Laporan ini disusun sebagai wujud pertanggungjawaban atas pelaksanaan tugas pokok dan fungsi",
    "serta penggunaan anggaran selama Tahun Anggaran 2024, sesuai dengan Peraturan Presiden Nomor 29",
    "Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah dan Peraturan Menteri PAN-RB",
    "Nomor 53 Tahun 2014.",
    "LKjIP ini memuat capaian kinerja atas Perjanjian Kinerja Tahun 2024 yang merupakan tahun terakhir",
    "Rencana Strategis Pengadilan Negeri Wanasari 2020–2024. Kami menyadari masih terdapat kekurangan,",
    "sehingga saran dan masukan sangat kami harapkan demi perbaikan pada tahun-tahun mendatang.",
    "",
    "Wanasari, 20 Januari 2025",
    "Ketua Pengadilan Negeri Wanasari,",
    "",
    "",
    "Dr. Hendra Saputra Wibisono, S.H., M.H.",
    "NIP. 19740815 199903 1 002",
    )
furniture()
add("IKHTISAR EKSEKUTIF",
    "",
    "Pengadilan Negeri Wanasari sebagai salah satu kawal depan (voorpost) Mahkamah Agung Republik",
    "Indonesia menyusun Laporan Kinerja ini untuk menggambarkan capaian kinerja yang diperjanjikan",
    "dalam Perjanjian Kinerja Tahun 2024. Pada Tahun Anggaran 2024 Pengadilan Negeri Wanasari menetapkan",
    f"5 sasaran strategis yang diukur dengan {len(I)} indikator kinerja utama.",
    f"Dari {len(I)} indikator tersebut, {N_OK} indikator tercapai atau melampaui target dan {N_NO} indikator",
    "belum mencapai target, yaitu persentase perkara perdata yang diselesaikan tepat waktu, persentase",
    "sisa perkara tahun lalu yang diselesaikan, dan persentase putusan perkara perdata yang dieksekusi.",
    f"Rata-rata capaian seluruh indikator kinerja sebesar {dec(CAP_AVG)}%.",
    f"Sepanjang tahun 2024 beban perkara pidana dan perdata berjumlah {idn(BEBAN)} perkara, terdiri atas",
    f"{idn(SISA_LALU)} sisa perkara tahun 2023 dan {idn(PM + DM)} perkara yang masuk, dan sebanyak {idn(PUTUS)} perkara",
    f"telah diputus sehingga sisa perkara pada akhir tahun sebanyak {idn(SISA_AKHIR)} perkara.",
    f"Pagu DIPA Pengadilan Negeri Wanasari Tahun 2024 sebesar Rp {idn(TP)},00 dengan realisasi",
    f"sebesar Rp {idn(TR)},00 atau {dec(TPCT)}%, sehingga terdapat sisa anggaran sebesar",
    f"Rp {idn(TS)},00.",
    f"Indeks Kepuasan Masyarakat hasil survei tahun 2024 mencapai {dec(IKM)} dengan mutu pelayanan B (Baik).",
    "",
    "BAB I",
    "PENDAHULUAN",
    "",
    "A. Latar Belakang",
    "Akuntabilitas kinerja merupakan perwujudan kewajiban suatu instansi pemerintah untuk",
    "mempertanggungjawabkan keberhasilan maupun kegagalan pelaksanaan misi organisasi dalam mencapai",
    "tujuan dan sasaran yang telah ditetapkan. Pengadilan Negeri Wanasari berkedudukan di ibu kota",
    "Kabupaten Wanasari dan termasuk dalam wilayah hukum Pengadilan Tinggi Nusa Kencana, dengan",
    "wilayah yurisdiksi meliputi 14 kecamatan dan 163 desa/kelurahan.",
    "",
    "B. Tugas Pokok dan Fungsi",
    "Berdasarkan Undang-Undang Nomor 49 Tahun 2009 tentang Perubahan Kedua atas Undang-Undang Nomor 2",
    "Tahun 1986 tentang Peradilan Umum, Pengadilan Negeri bertugas dan berwenang memeriksa, memutus,",
    "dan menyelesaikan perkara pidana dan perkara perdata di tingkat pertama. Fungsi yang dijalankan:",
    "1. fungsi mengadili (judicial power);",
    "2. fungsi pembinaan dan pengawasan terhadap pelaksanaan tugas aparatur pengadilan;",
    "3. fungsi nasihat dan pertimbangan hukum kepada instansi pemerintah di daerah hukumnya;",
    "4. fungsi administratif kepaniteraan dan kesekretariatan.",
    "",
    "C. Struktur Organisasi",
    "Pengadilan Negeri Wanasari dipimpin oleh seorang Ketua dan seorang Wakil Ketua, dibantu oleh",
    "Panitera yang membawahi Panitera Muda Pidana, Panitera Muda Perdata dan Panitera Muda Hukum, serta",
    "Sekretaris yang membawahi Subbagian Umum dan Keuangan, Subbagian Kepegawaian, Organisasi dan",
    "Tata Laksana, serta Subbagian Perencanaan, Teknologi Informasi dan Pelaporan.",
    "",
    "D. Sumber Daya Manusia",
    f"Per 31 Desember 2024 jumlah aparatur sipil negara pada Pengadilan Negeri Wanasari sebanyak {JT} orang,",
    f"terdiri atas {JL} laki-laki dan {JP} perempuan, dengan rincian menurut jabatan sebagai berikut.",
    "",
    "Tabel 1.1 Keadaan Pegawai Menurut Jabatan",
    )
row("No", "Jabatan", "L", "P", "Jumlah")
for i, (n, a, b) in enumerate(jabatan, 1):
    if n == "Jabatan Fungsional Tertentu":
        row(i, "Jabatan Fungsional Tertentu (Pranata", a, b, a + b)
        row("", "Komputer, Arsiparis, Pranata Keuangan)", "", "", "")
    else:
        row(i, n, a, b, a + b)
row("", "Jumlah", JL, JP, JT)
add("",
    f"Menurut golongan ruang, pegawai terdiri atas golongan IV sebanyak {gol['IV']} orang, golongan III",
    f"sebanyak {gol['III']} orang dan golongan II sebanyak {gol['II']} orang. Selain ASN, kegiatan operasional didukung",
    "oleh 11 Pegawai Pemerintah Non Pegawai Negeri (PPNPN) yang terdiri atas 8 laki-laki dan 3 perempuan",
    "sebagai pramubakti, pengemudi, satpam dan petugas kebersihan.",
    "",
    "Tabel 1.2 Keadaan Pegawai Menurut Tingkat Pendidikan",
    )
row("Tingkat Pendidikan", "Jumlah Pegawai", "", "")
row("", "L", "P", "L+P")
for n, a, b in pendidikan:
    row(n, a if a else "-", b if b else "-", a + b if a + b else "-")
row("Jumlah", JL, JP, JT)
s2 = pendidikan[0]
add("",
    f"Sebanyak {s2[1] + s2[2]} pegawai telah berpendidikan magister, termasuk 6 dari 9 hakim. Dalam tahun 2024",
    "terdapat 3 pegawai yang sedang menempuh pendidikan S2 atas biaya sendiri.",
    )
furniture()
add("BAB II",
    "PERENCANAAN KINERJA",
    "",
    "A. Rencana Strategis 2020–2024",
    "Rencana Strategis Pengadilan Negeri Wanasari 2020–2024 mengacu pada Renstra Mahkamah Agung dan",
    "Cetak Biru Pembaruan Peradilan 2010–2035. Visi: \"Terwujudnya Pengadilan Negeri Wanasari yang",
    "Agung\". Misi: menjaga kemandirian badan peradilan; memberikan pelayanan hukum yang berkeadilan",
    "kepada pencari keadilan; meningkatkan kualitas kepemimpinan badan peradilan; dan meningkatkan",
    "kredibilitas dan transparansi badan peradilan. Sasaran strategis, indikator dan target tahunan",
    "Renstra adalah sebagai berikut.",
    "",
    "Tabel 2.1 Sasaran Strategis, Indikator Kinerja dan Target Renstra 2020–2024",
    )
row("Sasaran Strategis / Indikator Kinerja", "Satuan", "Target", "", "", "", "")
row("", "", "2020", "2021", "2022", "2023", "2024")
wrap_renstra = {"posbakum": ("Persentase pencari keadilan golongan tertentu yang", "mendapat layanan Posbakum")}
for si, (sname, keys) in enumerate(SASARAN, 1):
    row(f"Sasaran Strategis {si}: {sname}", "", "", "", "", "", "")
    for k in keys:
        d = I[k]
        vals = [tgt(v) for v in d["ren"]]
        if k in wrap_renstra:
            row(wrap_renstra[k][0], d["unit"], *vals)
            row(wrap_renstra[k][1], "", "", "", "", "", "")
        else:
            row(d["name"], d["unit"], *vals)
add("Catatan: untuk persentase sisa perkara pada akhir tahun, semakin kecil nilai realisasi semakin baik.",
    "",
    "B. Perjanjian Kinerja Tahun 2024",
    "Perjanjian Kinerja Tahun 2024 ditandatangani oleh Ketua Pengadilan Negeri Wanasari dan Ketua",
    "Pengadilan Tinggi Nusa Kencana pada tanggal 5 Februari 2024, dengan sasaran, indikator dan target",
    "sebagai berikut.",
    "",
    "Tabel 2.2 Perjanjian Kinerja Tahun 2024",
    )
row("Sasaran Strategis", "Indikator Kinerja", "Target")
n = 0
for sname, keys in SASARAN:
    for j, k in enumerate(keys):
        n += 1
        d = I[k]
        t = d["ren"][-1]
        ts = f"{t}%" if d["unit"] == "%" else tgt(t)
        row(sname if j == 0 else "", f"{n}. {d['name']}", ts)
add("",
    f"Untuk mencapai sasaran tersebut, Perjanjian Kinerja didukung anggaran Program Dukungan Manajemen",
    f"sebesar Rp {idn(WA_P)},00 dan Program Penegakan dan Pelayanan Hukum sebesar Rp {idn(DF_P)},00.",
    )
furniture()
add("BAB III",
    "AKUNTABILITAS KINERJA",
    "",
    "A. Capaian Kinerja Organisasi",
    "Pengukuran kinerja dilakukan dengan membandingkan realisasi dengan target setiap indikator. Capaian",
    "dihitung dengan rumus realisasi dibagi target dikali 100%. Untuk indikator yang semakin kecil semakin",
    "baik (persentase sisa perkara pada akhir tahun) capaian dihitung dengan rumus (2 − realisasi/target)",
    "× 100%. Indikator dinyatakan Tercapai apabila capaian sama dengan atau lebih dari 100%.",
    "",
    "Tabel 3.1 Pengukuran Kinerja Tahun 2024",
    )
row("No", "Sasaran Strategis / Indikator Kinerja", "Realisasi", "Target", "Capaian (%)", "Keterangan")
row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)")
n = 0
wrap_meas = {"eks": ("Persentase putusan perkara perdata yang ditindaklanjuti", "(dieksekusi)"),
             "unggah": ("Persentase putusan yang diunggah ke Direktori Putusan", "tepat waktu")}
for si, (sname, keys) in enumerate(SASARAN, 1):
    row("", f"Sasaran Strategis {si}: {sname}", "", "", "", "")
    for k in keys:
        n += 1
        d = I[k]
        t = d["ren"][-1]
        ket = "Tercapai" if d["ok"] else "Belum Tercapai"
        nm = wrap_meas.get(k, (d["name"], None))
        row(n, nm[0], dec(d["real"]), tgt(t), dec(d["cap"]), ket)
        if nm[1]:
            row("", nm[1], "", "", "", "")
add("",
    f"Dari tabel di atas, {N_OK} indikator tercapai dan {N_NO} indikator belum tercapai, dengan rata-rata capaian",
    f"{dec(CAP_AVG)}%. Uraian capaian per sasaran strategis disajikan berikut ini.",
    "",
    "B. Analisis Capaian Kinerja",
    "",
    "Sasaran Strategis 1: Terwujudnya proses peradilan yang pasti, transparan dan akuntabel",
    "",
    "Data perkara yang menjadi dasar perhitungan indikator sasaran ini disajikan pada Tabel 3.2 dan",
    "Tabel 3.3.",
    "",
    "Tabel 3.2 Keadaan Perkara Pidana Tahun 2024",
    )


def case_table(rows, label):
    row("Klasifikasi", "Jenis Perkara", "Sisa 2023", "Masuk 2024", "Beban Perkara", "Putus 2024", "Sisa 2024")
    row("1", "2", "3", "4", "5 = 3 + 4", "6", "7 = 5 − 6")
    for c, nm, s, m, p in rows:
        row(c, nm, s if s else "-", m, s + m, p, (s + m - p) if s + m - p else "-")
    s, m, p = tot(rows)
    row("", "Jumlah", s, m, s + m, p, s + m - p)


case_table(pidana, "pidana")
pb = pidana[0]
add("",
    f"Perkara pidana yang masuk pada tahun 2024 sebanyak {PM} perkara, dengan jumlah tertinggi pada perkara",
    f"Pidana Biasa sebanyak {pb[3]} perkara, disusul Pidana Khusus sebanyak {pidana[1][3]} perkara yang didominasi",
    "perkara narkotika. Di luar tabel di atas, Pengadilan Negeri Wanasari juga memutus 3.184 perkara",
    "pelanggaran lalu lintas melalui sidang tilang elektronik.",
    "",
    "Tabel 3.3 Keadaan Perkara Perdata Tahun 2024",
    )
case_table(perdata, "perdata")
furniture()
add("Indikator 1: Persentase perkara pidana yang diselesaikan tepat waktu",
    f"Dari {PP} perkara pidana yang diputus pada tahun 2024, sebanyak {TW_PID} perkara diselesaikan dalam",
    f"jangka waktu paling lama 5 bulan sesuai SEMA Nomor 2 Tahun 2014, sehingga realisasi sebesar {dec(I['tw_pid']['real'])}%",
    f"dari target {I['tw_pid']['ren'][-1]}% dengan capaian {dec(I['tw_pid']['cap'])}%. Realisasi ini meningkat dibandingkan tahun 2023",
    f"sebesar {dec(Decimal(hist['tw_pid'][2]))}%.",
    "",
    "Indikator 2: Persentase perkara perdata yang diselesaikan tepat waktu",
    f"Dari {DP} perkara perdata yang diputus, sebanyak {TW_PDT} perkara diselesaikan tepat waktu sehingga realisasi",
    f"sebesar {dec(I['tw_pdt']['real'])}% dari target {I['tw_pdt']['ren'][-1]}% atau capaian {dec(I['tw_pdt']['cap'])}%. Dibandingkan tahun 2023,",
    f"realisasi turun dari {dec(Decimal(hist['tw_pdt'][2]))}% menjadi {dec(I['tw_pdt']['real'])}%. Penurunan disebabkan meningkatnya perkara",
    "gugatan dengan objek sengketa tanah yang memerlukan pemeriksaan setempat, serta adanya 2 hakim",
    "yang dimutasi pada bulan Juli 2024 dan penggantinya baru dilantik pada bulan Oktober 2024.",
    "",
    "Indikator 3: Persentase sisa perkara tahun lalu yang diselesaikan",
    f"Sisa perkara tahun 2023 berjumlah {SISA_LALU} perkara ({PS} pidana dan {DS} perdata). Sampai dengan",
    f"akhir tahun 2024 telah diselesaikan {SISA_LALU_SELESAI} perkara atau {dec(I['sisa_lalu']['real'])}%, sedangkan 5 perkara gugatan masih",
    "dalam tahap pembuktian.",
    "",
    "Indikator 4: Persentase sisa perkara pada akhir tahun",
    f"Sisa perkara pada akhir tahun 2024 sebanyak {SISA_AKHIR} perkara dari beban {idn(BEBAN)} perkara atau",
    f"{dec(I['sisa']['real'])}%, lebih rendah dari batas target {I['sisa']['ren'][-1]}% sehingga capaian {dec(I['sisa']['cap'])}%.",
    "",
    "Indikator 5 sampai dengan 7: Persentase perkara yang tidak mengajukan upaya hukum",
    f"Dari {idn(PUTUS)} perkara yang diputus pada tahun 2024, upaya hukum yang diajukan para pihak adalah",
    "sebagai berikut.",
    "",
    "Tabel 3.4 Perkara yang Diajukan Upaya Hukum Tahun 2024",
    )
row("Jenis Upaya Hukum", "Pidana", "Perdata", "Jumlah")
for nm, a, b in upaya:
    row(nm, a, b, a + b)
UA = sum(r[1] for r in upaya); UB = sum(r[2] for r in upaya)
row("Jumlah", UA, UB, UA + UB)
add("",
    f"Realisasi perkara yang tidak mengajukan banding sebesar {dec(I['bdg']['real'])}% (capaian {dec(I['bdg']['cap'])}%), tidak",
    f"mengajukan kasasi sebesar {dec(I['kas']['real'])}% (capaian {dec(I['kas']['cap'])}%), dan tidak mengajukan peninjauan kembali sebesar",
    f"{dec(I['pk']['real'])}% (capaian {dec(I['pk']['cap'])}%). Ketiga indikator tercapai.",
    "",
    "Dalam rangka penyelesaian perkara perdata secara damai, seluruh perkara gugatan yang para pihaknya",
    "hadir wajib menempuh mediasi sesuai PERMA Nomor 1 Tahun 2016. Hasil mediasi tahun 2024 sebagai berikut.",
    "",
    "Tabel 3.5 Hasil Mediasi Tahun 2024",
    )
row("Hasil Mediasi", "Jumlah Perkara")
for nm, v in mediasi:
    row(nm, v)
MED = sum(v for _, v in mediasi)
row("Total", MED)
add("",
    f"Mediasi dilaksanakan oleh 7 hakim mediator bersertifikat dan 2 mediator non-hakim.",
    )
furniture()
add("Sasaran Strategis 2: Peningkatan aksesibilitas putusan pengadilan",
    "Seluruh putusan perkara yang telah diminutasi diunggah ke Direktori Putusan Mahkamah Agung paling",
    "lambat 1 hari kerja setelah diputus, sehingga realisasi indikator mencapai 100,00%. Pengunggahan",
    "dipantau setiap minggu melalui aplikasi SIPP.",
    "",
    "Sasaran Strategis 3: Meningkatnya akses peradilan bagi masyarakat miskin dan terpinggirkan",
    "Pada tahun 2024 terdapat 8 perkara prodeo yang seluruhnya telah diselesaikan. Sidang di luar gedung",
    "pengadilan dilaksanakan sebanyak 4 kali di Kecamatan Batu Putih dan Kecamatan Loleng dengan 63 perkara",
    "permohonan yang seluruhnya diputus pada hari sidang. Layanan Pos Bantuan Hukum (Posbakum) diberikan",
    "kepada seluruh pencari keadilan yang datang dengan rincian sebagai berikut.",
    "",
    "Tabel 3.6 Penerima Layanan Posbakum Tahun 2024",
    )
row("Jenis Layanan", "Penerima Layanan", "", "")
row("", "L", "P", "Jumlah")
for nm, a, b in posbakum:
    row(nm, a, b, a + b)
PBL = sum(a for _, a, _ in posbakum); PBP = sum(b for _, _, b in posbakum)
row("Jumlah", PBL, PBP, POSB)
add("",
    f"Jumlah penerima layanan Posbakum sebanyak {idn(POSB)} orang, terdiri atas {PBL} laki-laki dan {PBP} perempuan.",
    "",
    "Sasaran Strategis 4: Meningkatnya kepatuhan terhadap putusan pengadilan",
    f"Pada tahun 2024 terdapat {EKS_MOHON} permohonan eksekusi yang telah berkekuatan hukum tetap, dan {EKS_LAKSANA} di",
    f"antaranya telah dilaksanakan, sehingga realisasi {dec(I['eks']['real'])}% dari target {I['eks']['ren'][-1]}% (capaian {dec(I['eks']['cap'])}%).",
    "Tiga permohonan eksekusi belum terlaksana karena adanya perlawanan pihak ketiga.",
    "",
    "Sasaran Strategis 5: Meningkatnya kualitas pelayanan publik",
    "Survei Kepuasan Masyarakat dilaksanakan pada Triwulan III dan IV dengan 384 responden menggunakan",
    "9 unsur pelayanan sesuai Peraturan Menteri PAN-RB Nomor 14 Tahun 2017.",
    "",
    "Tabel 3.7 Nilai Unsur Survei Kepuasan Masyarakat Tahun 2024",
    )
row("No", "Unsur Pelayanan", "NRR per Unsur", "Nilai Konversi (NRR × 25)")
for i, (nm, v) in enumerate(ikm_unsur, 1):
    row(i, nm, v.replace(".", ","), dec(Decimal(v) * 25))
row("", "Rata-rata", dec(NRR_AVG, 3), dec(IKM))
add("",
    f"Nilai IKM sebesar {dec(IKM)} termasuk kategori mutu pelayanan B (Baik). Unsur dengan nilai tertinggi",
    "adalah biaya/tarif, karena seluruh layanan selain biaya perkara tidak dipungut biaya, sedangkan nilai",
    "terendah pada unsur penanganan pengaduan, saran dan masukan.",
    "",
    "C. Perbandingan Capaian dengan Tahun Sebelumnya",
    "",
    "Tabel 3.8 Perbandingan Realisasi Indikator Kinerja Tahun 2021–2024",
    )
row("Indikator Kinerja", "2021", "2022", "2023", "2024", "Target Akhir Renstra (2024)")
for k in ["tw_pid", "tw_pdt", "sisa", "bdg", "eks", "ikm"]:
    d = I[k]
    vals = [dec(Decimal(v)) for v in hist[k]] + [dec(d["real"])]
    nm = d["name"]
    if k == "bdg":
        row("Persentase perkara yang tidak mengajukan upaya", *vals, tgt(d["ren"][-1]))
        row("hukum banding", "", "", "", "", "")
    else:
        row(nm, *vals, tgt(d["ren"][-1]))
add("",
    f"Indeks Kepuasan Masyarakat meningkat dari {dec(Decimal(hist['ikm'][2]))} pada tahun 2023 menjadi {dec(IKM)} pada tahun 2024 dan",
    "telah mencapai target akhir Renstra. Persentase sisa perkara pada akhir tahun terus menurun sejak",
    f"tahun 2021, dari {dec(Decimal(hist['sisa'][0]))}% menjadi {dec(I['sisa']['real'])}% pada tahun 2024. Sebagai pembanding, rata-rata persentase sisa",
    "perkara pengadilan negeri di wilayah Pengadilan Tinggi Nusa Kencana tahun 2024 sebesar 11,35%.",
    )
furniture()
add("D. Realisasi Anggaran",
    f"Pada Tahun Anggaran 2024 Pengadilan Negeri Wanasari mengelola dua DIPA dengan pagu seluruhnya",
    f"Rp {idn(TP)},00. Realisasi anggaran per program, kegiatan dan output disajikan pada Tabel 3.9.",
    "",
    "Tabel 3.9 Realisasi Anggaran per Program, Kegiatan dan Output Tahun 2024",
    )
row("Kode", "Program / Kegiatan / Output", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%")
row("1", "2", "3", "4", "5 = 3 − 4", "6 = 4 : 3")
for code, nm, pre in budget_rows:
    if nm is None:
        nm = leaves[code][0]
    if code in leaves:
        p, r = leaves[code][1], leaves[code][2]
    else:
        p, r = bsum(pre)
    cells = [idn(p), idn(r), idn(p - r) if p - r else "-", dec(pct(r, p))]
    if code == "WA.1066":
        row(code, "Dukungan Manajemen dan Pelaksanaan Tugas Teknis", *cells)
        row("", "Lainnya Badan Peradilan", "", "", "", "")
    else:
        row(code, nm, *cells)
row("", "JUMLAH TOTAL", idn(TP), idn(TR), idn(TS), dec(TPCT))
add("",
    f"Realisasi Program Dukungan Manajemen sebesar Rp {idn(WA_R)},00 atau {dec(pct(WA_R, WA_P))}% dari pagu program, sedangkan",
    f"Program Penegakan dan Pelayanan Hukum terealisasi Rp {idn(DF_R)},00 atau {dec(pct(DF_R, DF_P))}%. Sisa terbesar",
    f"terdapat pada output Layanan Perkantoran sebesar Rp {idn(leaves['1066.EBA.994'][1] - leaves['1066.EBA.994'][2])},00, yang berasal dari",
    "sisa belanja pegawai karena pegawai yang mutasi keluar dan pensiun.",
    "Penyerapan anggaran Pembebasan Biaya Perkara (Prodeo) hanya",
    f"{dec(pct(leaves['1068.QMA.002'][2], leaves['1068.QMA.002'][1]))}% karena perkara prodeo yang diajukan lebih sedikit dari perkiraan.",
    "",
    "Rincian per jenis belanja berikut ini disalin dari laporan aplikasi SAKTI.",
    "",
    "Tabel 3.10 Realisasi Anggaran per Jenis Belanja Tahun 2024 (Sumber: SAKTI)",
    )
row("Jenis Belanja", "Alokasi (Rp)", "Serapan (Rp)", "% Serapan")
for nm, p, r in belanja:
    row(nm, en(p), en(r), en(pct(r, p)))
row("Total", en(TP), en(TR), en(TPCT))
add("",
    "Tabel 3.11 Perbandingan Realisasi Anggaran Tahun 2022–2024",
    )
row("Tahun Anggaran", "Pagu", "Realisasi", "Persentase")
for y, p, r in prev_budget:
    row(str(y), f"Rp. {idn(p)}", f"Rp. {idn(r)}", f"{dec(pct(r, p))}%")
add("",
    f"Persentase realisasi anggaran tahun 2024 ({dec(TPCT)}%) lebih tinggi dibandingkan tahun 2023",
    f"({dec(pct(prev_budget[1][2], prev_budget[1][1]))}%) maupun tahun 2022 ({dec(pct(prev_budget[0][2], prev_budget[0][1]))}%).",
    f"Penerimaan Negara Bukan Pajak (PNBP) fungsional tahun 2024 terealisasi Rp {idn(PNBP_REAL)},00 dari target",
    f"Rp {idn(PNBP_TARGET)},00.",
    "",
    "E. Upaya Peningkatan Kinerja",
    "Langkah yang telah ditempuh pada tahun 2024 antara lain: monitoring mingguan atas perkara yang",
    "mendekati batas waktu 5 bulan; penerapan e-Court dan e-Berpadu; pelaksanaan 12 kegiatan sosialisasi",
    "layanan pengadilan kepada masyarakat; serta evaluasi SAKIP internal setiap triwulan. Pada tahun 2024",
    "Pengadilan Negeri Wanasari memperoleh nilai evaluasi SAKIP dengan predikat BB dan mempertahankan",
    "predikat Wilayah Bebas dari Korupsi (WBK).",
    )
furniture()
add("BAB IV",
    "PENUTUP",
    "",
    f"Laporan Kinerja Tahun 2024 menunjukkan bahwa dari {len(I)} indikator kinerja, {N_OK} indikator tercapai dan",
    f"{N_NO} indikator belum tercapai. Tahun 2024 merupakan tahun terakhir Renstra 2020–2024, sehingga capaian",
    "tahun ini sekaligus menjadi capaian akhir periode Renstra. Ke depan, Pengadilan Negeri Wanasari akan:",
    "1. mempercepat penyelesaian perkara perdata gugatan dengan penjadwalan sidang yang lebih ketat;",
    "2. meningkatkan koordinasi dengan Badan Pertanahan dan aparat keamanan untuk pelaksanaan eksekusi;",
    "3. menindaklanjuti saran responden survei kepuasan, terutama pada unsur penanganan pengaduan.",
    "",
    "Wanasari, 20 Januari 2025",
    "Ketua Pengadilan Negeri Wanasari,",
    "",
    "",
    "Dr. Hendra Saputra Wibisono, S.H., M.H.",
    "NIP. 19740815 199903 1 002",
    )
furniture()
add("LAMPIRAN",
    "PERJANJIAN KINERJA TAHUN 2024",
    "PENGADILAN NEGERI WANASARI",
    "",
    "Tabel Lampiran Perjanjian Kinerja Tahun 2024",
    )
row("No", "Sasaran Strategis", "Indikator Kinerja", "Target")
n = 0
for sname, keys in SASARAN:
    for j, k in enumerate(keys):
        n += 1
        d = I[k]
        t = d["ren"][-1]
        row(n, sname if j == 0 else "", d["name"], tgt(t) + (" %" if d["unit"] == "%" else ""))
add("",
    "Program\tAnggaran",
    f"1. Program Dukungan Manajemen\tRp {idn(WA_P)},00",
    f"2. Program Penegakan dan Pelayanan Hukum\tRp {idn(DF_P)},00",
    "",
    "Ketua Pengadilan Tinggi Nusa Kencana,\tKetua Pengadilan Negeri Wanasari,",
    "",
    "Dr. H. Bambang Irawan Sasmito, S.H., M.Hum.\tDr. Hendra Saputra Wibisono, S.H., M.H.",
    "NIP. 19660312 199203 1 004\tNIP. 19740815 199903 1 002",
    )

TABLES = 16  # 1.1 1.2 2.1 2.2 3.1-3.11 lampiran

# ---------------------------------------------------------------- plants
cons = "\n".join(L) + "\n"


def find(sub, nth=None):
    hits = [i for i, l in enumerate(L) if sub in l]
    if nth is None:
        assert len(hits) == 1, (sub, hits)
        return hits[0]
    return hits[nth]


def line_of(sub, nth=None):
    return find(sub, nth) + 1


PL = L.copy()
items = []


def plant(id, family, locate, old, new, anchor, what, extra_lines=(), nth=None):
    i = find(locate, nth)
    line = PL[i]
    assert line.count(old) == 1, (id, old, line)
    PL[i] = line.replace(old, new)
    assert anchor in PL[i], (id, anchor)
    items.append(dict(id=id, family=family, lines=sorted({i + 1, *extra_lines}), anchor=anchor,
                      figure=new, correct=old, what=what))


def cells(i):
    return L[i].split("\t")


# 1 numbering: No column repeats
i = find("\tKepala Subbagian\t")
plant("jabatan-no", "numbering", "\tKepala Subbagian\t", "7\tKepala", "6\tKepala",
      "Kepala Subbagian", "No column of Tabel 1.1 reads 1..6, 6, 8: the Kepala Subbagian row repeats 6")
items[-1]["figure"], items[-1]["correct"] = "6", "7"

# 2 row-sum: education S1 L+P
plant("pend-s1", "row-sum", "S1 (Sarjana)", "\t24", "\t42", "S1 (Sarjana)",
      "L + P = 12 + 12 = 24 but the L+P cell reads 42 (digits swapped); so the L+P column no longer sums to the Jumlah 44",
      extra_lines=[find("Jumlah\t23\t21\t44", 1) + 1])
items[-1]["figure"], items[-1]["correct"] = "42", "24"

# 3 column-total: perdata Jumlah Masuk not updated
i = [j for j, l in enumerate(L) if l.startswith("\tJumlah\t") and j > find("Tabel 3.3 Keadaan")][0]
old_row = L[i]
c = old_row.split("\t")
assert c[3] == str(DM)
new = c.copy(); new[3] = "452"
PL[i] = "\t".join(new)
items.append(dict(id="perdata-jumlah-masuk", family="column-total", lines=[i + 1], anchor="Jumlah",
                  figure="452", correct=str(DM),
                  what=f"Tabel 3.3: Masuk 2024 column sums to {DM} but the Jumlah row reads 452 (digits swapped); "
                       f"on that Jumlah row 32 + 452 no longer equals Beban 457 either"))

# 5 budget-arithmetic: 956 sisa
p, r = leaves["1066.EBA.956"][1:]
plant("bmn-sisa", "budget-arithmetic", "1066.EBA.956\t", "\t" + idn(p - r) + "\t", "\t1.433.700\t",
      "Layanan BMN", f"Sisa = {idn(p)} − {idn(r)} = {idn(p - r)} but reads 1.433.700")
items[-1]["figure"], items[-1]["correct"] = "1.433.700", idn(p - r)

# 7 budget-hierarchy: 1066.EBA row copied from 2023 DIPA
p, r = bsum("1066.EBA")
i = find("1066.EBA\tLayanan Dukungan Manajemen Internal")
oldp, oldr = 5498270000, 5401118642
PL[i] = "\t".join(["1066.EBA", "Layanan Dukungan Manajemen Internal", idn(oldp), idn(oldr),
                   idn(oldp - oldr), dec(pct(oldr, oldp))])
items.append(dict(id="eba-hierarchy", family="budget-hierarchy", lines=[i + 1],
                  anchor="Layanan Dukungan Manajemen Internal", figure=idn(oldp), correct=idn(p),
                  what=f"1066.EBA row still carries the 2023 figures (pagu {idn(oldp)}, realisasi {idn(oldr)}); "
                       f"its outputs 994+956+962 sum to pagu {idn(p)}, realisasi {idn(r)}; the row is internally consistent, "
                       f"so WA.1066 (line {line_of('WA.1066')}) no longer equals 1066.EBA + 1066.EBB either"))

# 8 budget-code: 1068.QMA.004 typed as 1066.QMA.004
plant("qma004-code", "budget-code", "1068.QMA.004\t", "1068.QMA.004", "1066.QMA.004",
      "1066.QMA.004", "output under DF.1068 / 1068.QMA carries code 1066.QMA.004 (kegiatan code mistyped)")

# 9 indicator-target: Renstra 2024 target for perdata tepat waktu
i = find("Persentase perkara perdata yang diselesaikan tepat waktu\t%")
c = L[i].split("\t"); assert c[-1] == "90"
c2 = c.copy(); c2[-1] = "92"
PL[i] = "\t".join(c2)
items.append(dict(id="renstra-pdt-2024", family="indicator-target",
                  lines=[i + 1, line_of("2. Persentase perkara perdata yang diselesaikan tepat waktu")],
                  anchor="Persentase perkara perdata yang diselesaikan tepat waktu", figure="92", correct="90",
                  what="Renstra target 2024 reads 92 but PK 2024, Tabel 3.1, Tabel 3.8 and the Lampiran PK give 90"))

# 10 indicator-realisasi: Tabel 3.8 IKM 2024
i = find("Indeks Kepuasan Masyarakat (IKM)\t82,15")
c = L[i].split("\t"); assert c[4] == dec(IKM)
c2 = c.copy(); c2[4] = "86,04"
PL[i] = "\t".join(c2)
items.append(dict(id="ikm-2024-compare", family="indicator-realisasi",
                  lines=[i + 1, line_of("Indeks Kepuasan Masyarakat (IKM)\t86,40\t85")],
                  anchor="Indeks Kepuasan Masyarakat (IKM)", figure="86,04", correct=dec(IKM),
                  what="IKM 2024 realisasi is 86,40 in Tabel 3.1 and Tabel 3.7 but 86,04 in Tabel 3.8"))

# 11 indicator-coverage: Lampiran PK lists an indicator never measured
i = find("\tPersentase perkara yang diselesaikan di luar gedung pengadilan\t100 %")
old = "Persentase perkara yang diselesaikan di luar gedung pengadilan\t100 %"
new = "Persentase perkara gugatan yang berhasil diselesaikan melalui mediasi\t20 %"
PL[i] = PL[i].replace(old, new)
items.append(dict(id="pk-mediasi-coverage", family="indicator-coverage", lines=[i + 1],
                  anchor="Persentase perkara gugatan yang berhasil diselesaikan melalui mediasi",
                  figure="20 %", correct="Persentase perkara yang diselesaikan di luar gedung pengadilan / 100 %",
                  what="the signed PK in the Lampiran lists a mediation indicator that no measurement table reports "
                       "(a draft indicator replaced the sidang di luar gedung row)"))

# 12 capaian: banding
good = dec(I["bdg"]["cap"])
plant("bdg-capaian", "capaian", "\tPersentase perkara yang tidak mengajukan upaya hukum banding\t94,23",
      "\t" + good + "\t", "\t107,40\t", "Persentase perkara yang tidak mengajukan upaya hukum banding",
      f"94,23 / 90 × 100 = {good} but capaian reads 107,40 (digits swapped); the prose of Indikator 5-7 keeps {good}",
      extra_lines=[line_of("Realisasi perkara yang tidak mengajukan banding sebesar")])
items[-1]["figure"], items[-1]["correct"] = "107,40", good

# 13 label: eksekusi capaian 93,75 marked Tercapai
plant("eks-label", "label", "Persentase putusan perkara perdata yang ditindaklanjuti\t75,00",
      "Belum Tercapai", "Tercapai", "Persentase putusan perkara perdata yang ditindaklanjuti",
      f"capaian {dec(I['eks']['cap'])}% (< 100) is labelled Tercapai")

# 14 narrative: total % realisasi in Ikhtisar
plant("ikhtisar-pct", "narrative-vs-table", f"sebesar Rp {idn(TR)},00 atau", dec(TPCT) + "%", "97,84%",
      "atau 97,84%, sehingga terdapat sisa anggaran",
      f"Ikhtisar gives realisasi total 97,84% but Tabel 3.9/3.10 give {dec(TPCT)}%")
items[-1]["lines"] = sorted({items[-1]["lines"][0], line_of("\tJUMLAH TOTAL\t")})
items[-1]["figure"], items[-1]["correct"] = "97,84", dec(TPCT)

# 15 narrative: tertinggi names the wrong row
i = find("dengan jumlah tertinggi pada perkara")
j = i + 1
assert PL[j].startswith("Pidana Biasa sebanyak")
PL[j] = PL[j].replace("Pidana Biasa sebanyak 412 perkara, disusul Pidana Khusus sebanyak 286",
                      "Pidana Khusus sebanyak 412 perkara, disusul Pidana Biasa sebanyak 286")
assert "Pidana Khusus sebanyak 412" in PL[j]
items.append(dict(id="pidana-tertinggi", family="narrative-vs-table",
                  lines=[j + 1, line_of("Pid.B\tPidana Biasa"), line_of("Pid.Sus\tPidana Khusus")],
                  anchor="Pidana Khusus sebanyak 412 perkara", figure="Pidana Khusus sebanyak 412",
                  correct="Pidana Biasa sebanyak 412",
                  what="prose names Pidana Khusus as the highest intake with 412 (and Pidana Biasa 286); "
                       "Tabel 3.2 has Pidana Biasa 412 and Pidana Khusus 286"))

# 16 narrative: 'meningkat' although the table shows a fall -- sisa perkara claim reversed
plant("pdt-turun", "narrative-vs-table", "realisasi turun dari 88,12% menjadi 86,88%", "realisasi turun dari",
      "realisasi meningkat dari", "realisasi meningkat dari 88,12% menjadi 86,88%",
      "prose says perdata tepat waktu 'meningkat' from 88,12% (2023) to 86,88% (2024); it fell (Tabel 3.8)")
items[-1]["lines"] = sorted({items[-1]["lines"][0], line_of("Persentase perkara perdata yang diselesaikan tepat waktu\t82,14")})
items[-1]["figure"], items[-1]["correct"] = "meningkat", "turun"

# 17 narrative: posbakum count in prose
plant("posbakum-prose", "narrative-vs-table", "Jumlah penerima layanan Posbakum sebanyak",
      f"sebanyak {idn(POSB)} orang", "sebanyak 1.164 orang", "Jumlah penerima layanan Posbakum sebanyak",
      f"prose total 1.164 penerima but Tabel 3.6 Jumlah = {idn(POSB)}")
items[-1]["lines"] = sorted({items[-1]["lines"][0], [k + 1 for k, l in enumerate(L) if l.startswith("Jumlah\t") and l.endswith(str(idn(POSB)))][0]})
items[-1]["figure"], items[-1]["correct"] = "1.164", idn(POSB)

# 18 stale-year: Bab III heading sentence
plant("stale-pk", "stale-year", "Tabel 3.1 Pengukuran Kinerja Tahun 2024", "Tahun 2024", "Tahun 2023",
      "Tabel 3.1 Pengukuran Kinerja Tahun 2023",
      "measurement table caption names 2023 as the reporting year (copied from last year's LKjIP)")
items[-1]["figure"], items[-1]["correct"] = "2023", "2024"

assert len(PL) == len(L)
plan = "\n".join(PL) + "\n"
(OUT / f"{NAME}.consistent.txt").write_text(cons, encoding="utf-8")
(OUT / f"{NAME}.planted.txt").write_text(plan, encoding="utf-8")


def q(s):
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"') + '"'


y = [f"report: {NAME}.planted.txt", f"consistent: {NAME}.consistent.txt", f"agency: {AGENCY}",
     "format: txt", "year: 2024", f"tables_with_figures: {TABLES}", "items:"]
for it in items:
    y += [f"  - id: {it['id']}", f"    family: {it['family']}",
          f"    lines: [{', '.join(str(x) for x in sorted(it['lines']))}]",
          f"    anchor: {q(it['anchor'])}", f"    figure: {q(it['figure'])}",
          f"    correct: {q(it['correct'])}", f"    what: {q(it['what'])}"]
(OUT / f"{NAME}.truth.yaml").write_text("\n".join(y) + "\n", encoding="utf-8")
print(len(L), "lines;", len(items), "items;", len({i['family'] for i in items}), "families")


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
    ("=Persentase perkara perdata yang diselesaikan tepat waktu\t82,14\t85,30\t88,12\t86,88\t90", "after", [
        "Persentase sisa perkara tahun lalu yang diselesaikan\t91,38\t93,02\t94,17\t95,15\t100"]),
    ("=hukum banding\t\t\t\t\t", "after", [
        "Persentase perkara yang tidak mengajukan upaya hukum kasasi\t96,15\t96,80\t97,31\t97,74\t95",
        "Persentase perkara yang tidak mengajukan peninjauan kembali\t99,12\t99,30\t99,45\t99,58\t99",
        "Persentase putusan yang diunggah ke Direktori Putusan tepat waktu\t97,50\t98,75\t100,00\t100,00\t100",
        "Persentase perkara prodeo yang diselesaikan\t100,00\t100,00\t100,00\t100,00\t100",
        "Persentase perkara yang diselesaikan di luar gedung pengadilan\t100,00\t100,00\t100,00\t100,00\t100",
        "Persentase pencari keadilan golongan tertentu yang mendapat layanan Posbakum\t100,00\t100,00\t"
        "100,00\t100,00\t100"]),
    ("1@=Wanasari, 20 Januari 2025", "before", [
        "Penyelesaian perkara perdata secara damai melalui mediasi sesuai PERMA Nomor 1 Tahun 2016 juga",
        "akan terus dioptimalkan pada tahun 2025 dengan menambah jumlah mediator hakim bersertifikat.", ""]),
]
REVIU_PLANTS = [
    dict(id="reviu-rata-ikhtisar", family="capaian-average",
         edits=[("=Rata-rata capaian seluruh indikator kinerja sebesar 101,01%.", "101,01", "100,11")],
         lines=["=Rata-rata capaian seluruh indikator kinerja sebesar 101,01%.",
                "Dari tabel di atas, 10 indikator tercapai dan 3 indikator belum tercapai, dengan rata-rata"],
         anchor="Rata-rata capaian seluruh indikator kinerja sebesar", figure="100,11", correct="101,01",
         what="the Ikhtisar gives the average capaian of the 13 indicators as 100,11%; the mean of the "
              "capaian column of Tabel 3.1 is 101,01%, as Bab III says"),
    dict(id="reviu-perma-mediasi", family="citation",
         edits=[("Penyelesaian perkara perdata secara damai melalui mediasi sesuai PERMA Nomor 1 Tahun 2016",
                 "Tahun 2016", "Tahun 2008")],
         lines=["Penyelesaian perkara perdata secara damai melalui mediasi sesuai PERMA Nomor 1 Tahun 2016",
                "mediasi sesuai PERMA Nomor 1 Tahun 2016. Hasil mediasi"],
         anchor="mediasi sesuai PERMA Nomor 1 Tahun 2008", figure="2008", correct="2016",
         what="Bab IV cites the mediation rule as PERMA Nomor 1 Tahun 2008, Bab III as PERMA Nomor 1 Tahun "
              "2016 (the one in force; 1/2008 was revoked)"),
    dict(id="reviu-tanggal-pk", family="citation",
         edits=[("Pengadilan Tinggi Nusa Kencana pada tanggal 5 Februari 2024", "5 Februari", "30 Februari")],
         lines=["Pengadilan Tinggi Nusa Kencana pada tanggal 5 Februari 2024"],
         anchor="Pengadilan Tinggi Nusa Kencana pada tanggal 30 Februari 2024", figure="30 Februari 2024",
         correct="5 Februari 2024",
         what="the Perjanjian Kinerja is said to be signed on 30 Februari 2024, a date that does not exist"),
]

reviu_extend(OUT, NAME, "txt", REVIU_INSERTS, REVIU_PLANTS)
