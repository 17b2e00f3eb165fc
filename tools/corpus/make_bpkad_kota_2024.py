"""Build the corpus report bpkad-kota-2024 (LKjIP 2024, BPKAD Kota Tanjung Lestari) as Markdown.

An invented finance and asset agency of an invented city. One content definition writes both
versions, line for line the same length:

    python tools/corpus/make_bpkad_kota_2024.py

Every figure is computed here; `pl(consistent, planted)` marks the planted discrepancies listed in
fixtures/corpus/bpkad-kota-2024.truth.yaml. The script prints the line numbers that differ.
"""
from __future__ import annotations

from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "fixtures" / "corpus"
NAME = "bpkad-kota-2024"

PLANTED = False


def pl(consistent: str, planted: str) -> str:
    assert consistent != planted, consistent
    return planted if PLANTED else consistent


# ---------------------------------------------------------------- formatting
def q2(x) -> Decimal:
    return Decimal(x).quantize(Decimal("0.01"), ROUND_HALF_UP)


def f2(d) -> str:
    s = f"{q2(d):,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def pct(num, den) -> str:
    return f2(Decimal(num) / Decimal(den) * 100)


def rp(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def rp00(n: int) -> str:
    return rp(n) + ",00"


def en00(n: int) -> str:
    return f"{n:,}.00"


def miliar(n: int) -> str:
    return f2(Decimal(n) / Decimal(10**9))


def juta(n: int) -> str:
    return f2(Decimal(n) / Decimal(10**6))


def dec(s: str) -> Decimal:
    return Decimal(s.replace(".", "").replace(",", "."))


# ---------------------------------------------------------------- data
# staff (L, P)
GOL = [("Golongan IV", 5, 4), ("Golongan III", 22, 26), ("Golongan II", 9, 5), ("Golongan I", 2, 0),
       ("PPPK", 2, 4)]
PEND = [("S2", 6, 5), ("S1/D4", 17, 24), ("D3", 3, 5), ("SMA/SMK", 12, 5), ("SMP", 2, 0)]

PAJAK = [
    ("PBJT atas Makanan dan/atau Minuman", 38500000000, 41276318450),
    ("PBJT atas Tenaga Listrik", 27000000000, 27918442100),
    ("PBJT atas Jasa Perhotelan", 12400000000, 13062905000),
    ("PBJT atas Jasa Parkir", 4250000000, 3874216500),
    ("PBJT atas Jasa Kesenian dan Hiburan", 3100000000, 3341770000),
    ("Pajak Reklame", 5600000000, 5215840250),
    ("Pajak Air Tanah", 1850000000, 1792615400),
    ("PBB-P2", 31000000000, 32408126735),
    ("BPHTB", 24500000000, 26987450600),
    ("Pajak Sarang Burung Walet", 300000000, 212600000),
]
PAJAK_T = sum(p[1] for p in PAJAK)
PAJAK_R = sum(p[2] for p in PAJAK)
KELOMPOK = [
    ("Pajak Daerah", PAJAK_T, PAJAK_R),
    ("Retribusi Daerah", 18750000000, 17964382900),
    ("Hasil Pengelolaan Kekayaan Daerah yang Dipisahkan", 6200000000, 6418337120),
    ("Lain-lain PAD yang Sah", 21300000000, 23115604280),
]
PAD_T = sum(k[1] for k in KELOMPOK)
PAD_R = sum(k[2] for k in KELOMPOK)
PAD_PCT = pct(PAD_R, PAD_T)

# pendapatan daerah per year: PAD, transfer, lain-lain pendapatan yang sah
PENDAPATAN = [(2022, 171318204660, 768204115300, 9812450000),
              (2023, 186904337215, 781420906850, 11206300000),
              (2024, PAD_R, 752318406500, 12046880000)]
RASIO = {th: pct(p, p + t + l) for th, p, t, l in PENDAPATAN}

# land parcels: kelompok, bidang, bersertifikat
TANAH = [("Tanah bangunan kantor pemerintah", 212, 171),
         ("Tanah bangunan sekolah", 318, 236),
         ("Tanah fasilitas kesehatan", 64, 52),
         ("Tanah prasarana umum (pasar, terminal, TPU)", 146, 88),
         ("Tanah ruang terbuka hijau dan taman", 97, 51),
         ("Tanah rumah dinas", 58, 44),
         ("Tanah lainnya", 83, 39)]
BIDANG = sum(t[1] for t in TANAH)
SERTIF = sum(t[2] for t in TANAH)
ASET_PCT = pct(SERTIF, BIDANG)

# BPK findings: tahun LHP, temuan, rekomendasi split selesai / proses / belum
TEMUAN = [(2022, 15, 31, 5, 2), (2023, 13, 25, 6, 2), (2024, 8, 12, 7, 2)]
# LKPD submission: tahun anggaran, tanggal, hari, opini
LKPD = [(2021, "29 Maret 2022", 88, "WTP"), (2022, "27 Maret 2023", 86, "WTP"),
        (2023, "14 Maret 2024", 74, "WTP")]

BELANJA_DAERAH_ANG, BELANJA_DAERAH_REAL = 1021450000000, 938318472150
BELANJA_PCT = pct(BELANJA_DAERAH_REAL, BELANJA_DAERAH_ANG)

# Renstra 2021-2026: key -> (name, satuan, kondisi awal 2020, targets 2022..2026)
RENSTRA = {
    "opini": ("Opini BPK atas LKPD", "predikat", "WTP", ["WTP"] * 5),
    "temuan": ("Jumlah temuan BPK atas LKPD", "temuan", "17", ["14", "12", "10", "9", "8"]),
    "lkpd": ("Ketepatan waktu penyampaian LKPD unaudited", "hari", "92",
             ["90", "85", "80", "75", "70"]),
    "pad": ("Persentase realisasi PAD", "%", "93,12", ["100,00"] * 5),
    "rasio": ("Rasio kemandirian fiskal", "%", "17,21", ["18,50", "19,50", "20,50", "21,50", "22,50"]),
    "aset": ("Persentase aset tanah bersertifikat", "%", "n/a", ["60,00", "65,00", "72,00", "80,00", "90,00"]),
    "belanja": ("Persentase realisasi belanja daerah", "%", "88,47", ["90–95"] * 5),
}
REAL = {  # 2022, 2023, 2024
    "opini": ["WTP", "WTP", "WTP"],
    "temuan": [str(t[1]) for t in TEMUAN],
    "lkpd": [str(x[2]) for x in LKPD],
    "pad": ["96,84", "98,57", PAD_PCT],
    "rasio": [RASIO[2022], RASIO[2023], RASIO[2024]],
    "aset": ["61,27", "66,05", ASET_PCT],
    "belanja": ["89,72", "92,15", BELANJA_PCT],
}
LOWER = {"temuan", "lkpd"}
ORDER = ["opini", "temuan", "lkpd", "pad", "rasio", "belanja", "aset"]


def capaian(key):
    t, r = RENSTRA[key][3][2], REAL[key][2]
    if key == "opini":
        return "100,00"
    if key == "belanja":  # range target: measured against the lower bound
        return pct(dec(r), dec(t.split("–")[0]))
    if key in LOWER:
        return f2((2 - dec(r) / dec(t)) * 100)
    return f2(dec(r) / dec(t) * 100)


CAP = {k: capaian(k) for k in ORDER}
TERCAPAI = [k for k in ORDER if dec(CAP[k]) >= 100]

# DPA BPKAD 2024 (Permendagri 90): program -> kegiatan -> sub kegiatan (pagu, realisasi)
PROGRAMS = [
    ("5.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", [
        ("5.02.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", [
            ("5.02.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 185400000, 179862500),
            ("5.02.01.2.01.0007", "Evaluasi Kinerja Perangkat Daerah", 96250000, 92418700)]),
        ("5.02.01.2.02", "Administrasi Keuangan Perangkat Daerah", [
            ("5.02.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", 14862540000, 14215876412),
            ("5.02.01.2.02.0005", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", 128600000, 124305000)]),
        ("5.02.01.2.06", "Administrasi Umum Perangkat Daerah", [
            ("5.02.01.2.06.0004", "Penyediaan Bahan Logistik Kantor", 212480000, 203947350),
            ("5.02.01.2.06.0009", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", 344100000, 318562800)]),
        ("5.02.01.2.08", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", [
            ("5.02.01.2.08.0002", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", 418000000, 386514927),
            ("5.02.01.2.08.0004", "Penyediaan Jasa Pelayanan Umum Kantor", 1286700000, 1241960000)]),
    ]),
    ("5.02.02", "PROGRAM PENGELOLAAN KEUANGAN DAERAH", [
        ("5.02.02.2.01", "Koordinasi dan Penyusunan Rencana Anggaran Daerah", [
            ("5.02.02.2.01.0001", "Koordinasi, Penyusunan dan Verifikasi RKA-SKPD", 642350000, 598174600),
            ("5.02.02.2.01.0003", "Penyusunan Rancangan Perda APBD dan Perkada Penjabaran APBD", 276800000, 262993100)]),
        ("5.02.02.2.02", "Koordinasi dan Pengelolaan Perbendaharaan Daerah", [
            ("5.02.02.2.02.0004", "Pengelolaan Kas Daerah", 1124600000, 1046238450),
            ("5.02.02.2.02.0006", "Penerbitan SP2D dan Pengendalian Belanja", 358920000, 341006500)]),
        ("5.02.02.2.03", "Koordinasi dan Pelaksanaan Akuntansi dan Pelaporan Keuangan Daerah", [
            ("5.02.02.2.03.0001", "Koordinasi dan Pengelolaan Akuntansi Pemerintah Daerah", 497500000, 471822300),
            ("5.02.02.2.03.0003", "Penyusunan Laporan Keuangan Pemerintah Daerah", 812460000, 794118900)]),
    ]),
    ("5.02.03", "PROGRAM PENGELOLAAN BARANG MILIK DAERAH", [
        ("5.02.03.2.01", "Pengelolaan Barang Milik Daerah", [
            ("5.02.03.2.01.0002", "Penatausahaan Barang Milik Daerah", 736300000, 688451200),
            ("5.02.03.2.01.0006", "Pengamanan Barang Milik Daerah (Sertifikasi Tanah)", 2415000000, 2109736000)]),
    ]),
    ("5.02.04", "PROGRAM PENGELOLAAN PENDAPATAN DAERAH", [
        ("5.02.04.2.01", "Perencanaan Pengelolaan Pendapatan Daerah", [
            ("5.02.04.2.01.0001", "Penyusunan Kebijakan Pengelolaan Pendapatan Daerah", 168900000, 160215000)]),
        ("5.02.04.2.02", "Analisa dan Pengembangan Pendapatan Daerah", [
            ("5.02.04.2.02.0002", "Pendataan dan Pendaftaran Objek Pajak Daerah", 1954700000, 1847692350),
            ("5.02.04.2.02.0005", "Penagihan dan Pemeriksaan Pajak Daerah", 689250000, 655384100)]),
    ]),
]


def subs(node):
    return [s for k in node[2] for s in k[2]] if len(node) == 3 and isinstance(node[2][0][2], list) else node[2]


def prog_sum(p):
    ss = [s for k in p[2] for s in k[2]]
    return sum(s[2] for s in ss), sum(s[3] for s in ss)


def keg_sum(k):
    return sum(s[2] for s in k[2]), sum(s[3] for s in k[2])


TOT_P = sum(prog_sum(p)[0] for p in PROGRAMS)
TOT_R = sum(prog_sum(p)[1] for p in PROGRAMS)
PEG = (15904760000, 15193417512)
MOD = (1096500000, 1020882650)
BRG = (TOT_P - PEG[0] - MOD[0], TOT_R - PEG[1] - MOD[1])


# ---------------------------------------------------------------- markdown helpers
def mdtable(rows, outer=True, sep_after=1):
    """rows: list of lists of str. sep_after: number of header rows before the |---| row
    (0 = no separator row)."""
    out = []
    ncol = len(rows[0])
    for i, r in enumerate(rows):
        assert len(r) == ncol, r
        if outer:
            out.append("| " + " | ".join(r) + " |")
        else:
            out.append(" | ".join(r))
        if sep_after and i == sep_after - 1:
            seps = ["---"] * ncol
            out.append(("| " + " | ".join(seps) + " |") if outer else " | ".join(seps))
    return out


# ---------------------------------------------------------------- content
def content(toc=None) -> list[str]:
    L: list[str] = []

    def add(*lines):
        L.extend(lines)

    def para(text):
        add(text, "")

    def tab(caption, rows, outer=True, sep_after=1, note=None):
        add(caption, "")
        L.extend(mdtable(rows, outer, sep_after))
        add("")
        if note:
            add(note, "")

    staff_l = sum(g[1] for g in GOL)
    staff_p = sum(g[2] for g in GOL)
    n = len(ORDER)
    gg = {p[0]: prog_sum(p) for p in PROGRAMS}
    top_pajak = max(PAJAK, key=lambda p: p[2])

    add("# LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024", "",
        "**BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH**", "",
        "**KOTA TANJUNG LESTARI**", "",
        "Jalan Pahlawan Bahari Nomor 8, Kota Tanjung Lestari", "",
        "Februari 2025", "", "---", "")

    add("## DAFTAR ISI", "")
    for title in (toc or []):
        if title == "3.4 Efisiensi Penggunaan Sumber Daya":
            title = pl(title, "3.4 Efisiensi Penggunaan Anggaran")
        add(f"- {title}")
    add("")

    add("## KATA PENGANTAR", "")
    para("Puji syukur kami panjatkan ke hadirat Allah SWT atas limpahan rahmat-Nya sehingga "
         "Laporan Kinerja Instansi Pemerintah (LKjIP) Badan Pengelolaan Keuangan dan Aset Daerah "
         "(BPKAD) Kota Tanjung Lestari Tahun 2024 dapat diselesaikan. LKjIP ini merupakan wujud "
         "pertanggungjawaban atas pelaksanaan Perjanjian Kinerja Tahun 2024 sebagaimana diamanatkan "
         "Peraturan Presiden Nomor 29 Tahun 2014 dan Peraturan Menteri PANRB Nomor 53 Tahun 2014.")
    para("Tahun 2024 merupakan tahun pertama penerapan penuh ketentuan pajak daerah berdasarkan "
         "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan "
         "Pemerintahan Daerah, sehingga BPKAD melakukan penyesuaian sistem "
         "pemungutan, penetapan tarif, dan pelaporan pendapatan daerah.")
    para("Laporan ini menyajikan capaian indikator kinerja utama BPKAD, analisis keberhasilan dan "
         "hambatan, serta realisasi anggaran Dokumen Pelaksanaan Anggaran (DPA) BPKAD Tahun 2024. "
         "Kami berharap laporan ini menjadi bahan evaluasi dan perbaikan kinerja pada tahun "
         "berikutnya.")
    add("Tanjung Lestari, 14 Februari 2025", "",
        "Kepala Badan Pengelolaan Keuangan dan Aset Daerah", "",
        "**Hj. Nurlaila Syamsuddin, S.E., M.Ak.**", "",
        "NIP. 19750821 200003 2 004", "")

    add("## IKHTISAR EKSEKUTIF", "")
    para(f"BPKAD Kota Tanjung Lestari menetapkan {n} indikator kinerja dalam Perjanjian Kinerja "
         f"Tahun 2024. Dari {n} indikator tersebut, {len(TERCAPAI)} indikator tercapai dan "
         f"{n - len(TERCAPAI)} indikator belum tercapai, yaitu persentase aset tanah bersertifikat.")
    para("Pemerintah Kota Tanjung Lestari kembali memperoleh opini Wajar Tanpa Pengecualian (WTP) "
         "atas LKPD Tahun Anggaran 2023, yang merupakan opini WTP ketujuh secara berturut-turut. "
         f"Jumlah temuan BPK turun menjadi {REAL['temuan'][2]} temuan dan LKPD unaudited "
         f"disampaikan {REAL['lkpd'][2]} hari setelah tahun anggaran berakhir.")
    para(f"Realisasi Pendapatan Asli Daerah (PAD) tahun 2024 mencapai "
         f"Rp{pl(miliar(PAD_R), '230,59')} miliar dari target Rp{miliar(PAD_T)} miliar atau "
         f"{PAD_PCT} persen, sehingga rasio kemandirian fiskal naik menjadi {RASIO[2024]} persen. "
         f"Dari sisi anggaran, BPKAD mengelola pagu sebesar Rp{miliar(TOT_P)} miliar dengan "
         f"realisasi Rp{miliar(TOT_R)} miliar ({pct(TOT_R, TOT_P)} persen).")

    add("# BAB I PENDAHULUAN", "")
    add("## 1.1 Latar Belakang", "")
    para("Pengelolaan keuangan daerah yang tertib, transparan, dan akuntabel merupakan prasyarat "
         "tercapainya tujuan pembangunan Kota Tanjung Lestari. BPKAD sebagai unsur penunjang "
         "urusan pemerintahan bidang keuangan (kode urusan 5.02 menurut Permendagri Nomor 90 "
         "Tahun 2019) bertanggung jawab atas perencanaan anggaran, perbendaharaan, akuntansi dan "
         "pelaporan, pengelolaan barang milik daerah, serta pengelolaan pendapatan daerah.")
    para("LKjIP ini disusun berdasarkan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem "
         "Akuntabilitas Kinerja Instansi Pemerintah dan Peraturan Menteri PANRB Nomor 53 Tahun 2014 "
         "tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas "
         "Laporan Kinerja Instansi Pemerintah.")
    add("## 1.2 Tugas dan Fungsi", "")
    para("Berdasarkan Peraturan Wali Kota Tanjung Lestari Nomor 47 Tahun 2021, BPKAD mempunyai "
         "tugas membantu Wali Kota melaksanakan fungsi penunjang urusan pemerintahan bidang "
         "keuangan. Dalam melaksanakan tugas tersebut BPKAD menyelenggarakan fungsi:")
    add("1. penyusunan kebijakan teknis pengelolaan keuangan, aset, dan pendapatan daerah;",
        "2. pelaksanaan tugas dukungan teknis penganggaran, perbendaharaan, serta akuntansi dan "
        "pelaporan;",
        "3. penatausahaan, pengamanan, dan pemanfaatan barang milik daerah;",
        "4. pendataan, penetapan, penagihan, dan pemeriksaan pajak daerah; dan",
        "5. pelaksanaan administrasi dinas.", "")
    add("## 1.3 Struktur Organisasi", "")
    para("Susunan organisasi BPKAD terdiri atas Kepala Badan, Sekretariat (Subbagian Umum dan "
         "Kepegawaian serta Subbagian Perencanaan dan Keuangan), Bidang Anggaran, Bidang "
         "Perbendaharaan, Bidang Akuntansi dan Pelaporan, Bidang Aset, Bidang Pendapatan, dan "
         "kelompok jabatan fungsional.")
    add("## 1.4 Sumber Daya Manusia", "")
    para(f"Per 31 Desember 2024 BPKAD didukung {staff_l + staff_p} pegawai, terdiri atas "
         f"{staff_l} laki-laki dan {staff_p} perempuan, termasuk 6 pegawai PPPK. Selain itu BPKAD "
         "dibantu 21 tenaga pendukung non-ASN yang tidak dihitung dalam tabel berikut.")
    rows = [["Golongan", "Laki-laki", "Perempuan", "Jumlah"]]
    for g, l, p in GOL:
        j = str(l + p)
        if g == "Golongan III":
            j = pl(j, "84")
        rows.append([g, str(l), str(p), j])
    rows.append(["**Jumlah**", f"**{staff_l}**", f"**{staff_p}**", f"**{staff_l + staff_p}**"])
    tab("**Tabel 1.1 Jumlah Pegawai BPKAD menurut Golongan dan Jenis Kelamin Tahun 2024**", rows)
    rows = [["Pendidikan", "Jenis Kelamin", "", ""], ["", "L", "P", "L+P"]]
    for e, l, p in PEND:
        if e == "SMA/SMK":
            rows.append([e, str(l), pl(str(p), str(p + 1)), pl(str(l + p), str(l + p + 1))])
            continue
        rows.append([e, str(l), str(p), str(l + p)])
    rows.append(["Total", str(staff_l), pl(str(staff_p), str(staff_p + 1)),
                 pl(str(staff_l + staff_p), str(staff_l + staff_p + 1))])
    tab("Tabel 1.2 Jumlah Pegawai BPKAD menurut Tingkat Pendidikan Tahun 2024", rows,
        outer=False, sep_after=1)
    para(f"Sebagian besar pegawai berpendidikan S1/D4, yaitu {PEND[1][1] + PEND[1][2]} orang. "
         "Jumlah pegawai yang memiliki sertifikasi keahlian pengelolaan keuangan daerah baru "
         "mencapai 19 orang, sehingga peningkatan kompetensi tetap menjadi prioritas.")
    add("## 1.5 Isu Strategis", "")
    para("Isu strategis BPKAD tahun 2024 meliputi: (1) penerapan Undang-Undang Nomor 1 Tahun 2022 "
         "tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah yang mengubah "
         "struktur pajak daerah menjadi Pajak Barang dan Jasa Tertentu (PBJT); (2) masih tingginya "
         "ketergantungan terhadap pendapatan transfer; (3) banyaknya bidang tanah milik Pemerintah "
         "Kota yang belum bersertifikat; dan (4) tindak lanjut rekomendasi BPK yang belum tuntas.")

    add("## 1.6 Sistematika Penyajian", "")
    para("LKjIP ini disusun dengan sistematika: Bab I Pendahuluan; Bab II Perencanaan Kinerja yang "
         "memuat Renstra dan Perjanjian Kinerja; Bab III Akuntabilitas Kinerja yang memuat "
         "pengukuran, analisis capaian, dan realisasi anggaran; Bab IV Penutup; serta Lampiran.")

    add("# BAB II PERENCANAAN KINERJA", "")
    add("## 2.1 Rencana Strategis 2021–2026", "")
    para("Renstra BPKAD 2021–2026 menjabarkan misi keempat RPJMD Kota Tanjung Lestari, yaitu "
         "\"mewujudkan tata kelola pemerintahan yang bersih dan akuntabel\". Tujuan, sasaran, dan "
         "target indikator kinerja Renstra disajikan pada Tabel 2.1.")
    rows = [["Tujuan / Sasaran / Indikator", "Satuan", "Kondisi Awal (2020)", "Target", "", "", "", ""],
            ["", "", "", "2022", "2023", "2024", "2025", "2026"]]
    empty = [""] * 7
    rows.append(["**Tujuan: Meningkatnya akuntabilitas dan kemandirian pengelolaan keuangan daerah**"] + empty)
    rows.append(["**Sasaran 1: Meningkatnya kualitas pengelolaan dan pelaporan keuangan daerah**"] + empty)
    for key in ["opini", "temuan", "lkpd"]:
        nm, sat, awal, tg = RENSTRA[key]
        rows.append([nm, sat, awal] + tg)
    rows.append(["**Sasaran 2: Meningkatnya kemandirian keuangan daerah**"] + empty)
    for key in ["pad", "rasio", "belanja"]:
        nm, sat, awal, tg = RENSTRA[key]
        rows.append([nm, sat, awal] + tg)
    rows.append(["**Sasaran 3: Meningkatnya tertib administrasi aset daerah**"] + empty)
    nm, sat, awal, tg = RENSTRA["aset"]
    rows.append([nm, sat, awal] + tg)
    tab("**Tabel 2.1 Tujuan, Sasaran, Indikator, dan Target Kinerja Renstra BPKAD 2021–2026**", rows)
    para("Indikator jumlah temuan BPK dan ketepatan waktu penyampaian LKPD (dalam hari setelah "
         "tahun anggaran berakhir) merupakan indikator negatif: semakin kecil nilainya, semakin "
         "baik kinerjanya. Indikator persentase realisasi belanja daerah ditargetkan dalam rentang "
         "90–95 persen agar penyerapan optimal tanpa mengorbankan kualitas belanja.")
    add("## 2.2 Perjanjian Kinerja Tahun 2024", "")
    para("Perjanjian Kinerja Tahun 2024 ditandatangani Kepala BPKAD dan Wali Kota Tanjung "
         "Lestari pada 5 Januari 2024 dengan rincian sebagai berikut.")

    def pk_rows(planted_target=None, planted_name=None):
        rows = [["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target 2024"]]
        sas = {"opini": "Meningkatnya kualitas pengelolaan dan pelaporan keuangan daerah",
               "pad": "Meningkatnya kemandirian keuangan daerah",
               "aset": "Meningkatnya tertib administrasi aset daerah"}
        pk_order = ["opini", "temuan", "lkpd", "pad", "rasio", "belanja", "aset"]
        for i, key in enumerate(pk_order, 1):
            nm, sat, _, tg = RENSTRA[key]
            t = tg[2]
            if planted_target and key == planted_target[0]:
                t = pl(t, planted_target[1])
            if planted_name and key == planted_name[0]:
                nm = pl(nm, planted_name[1])
            rows.append([str(i), sas.get(key, ""), nm, sat, t])
        return rows
    tab("Tabel 2.2 Perjanjian Kinerja BPKAD Kota Tanjung Lestari Tahun 2024",
        pk_rows(planted_target=("rasio", "21,50")), outer=True, sep_after=0)
    para(f"Untuk mencapai target kinerja tersebut, BPKAD memperoleh pagu anggaran Tahun 2024 sebesar "
         f"Rp{rp00(TOT_P)}. Dari jumlah itu, Program Pengelolaan Keuangan Daerah memperoleh "
         f"Rp{miliar(gg['5.02.02'][0])} miliar, Program Pengelolaan Barang Milik Daerah "
         f"Rp{miliar(gg['5.02.03'][0])} miliar, dan Program Pengelolaan Pendapatan Daerah "
         f"Rp{miliar(gg['5.02.04'][0])} miliar, sedangkan sisanya untuk program penunjang.")

    add("# BAB III AKUNTABILITAS KINERJA", "")
    add(f"## 3.1 Capaian Kinerja Organisasi Tahun {pl('2024', '2023')}", "")
    para("Capaian indikator positif dihitung dengan rumus realisasi/target × 100%. Untuk indikator "
         "negatif (jumlah temuan BPK dan ketepatan waktu penyampaian LKPD) digunakan rumus "
         "(2 − realisasi/target) × 100%. Untuk indikator dengan target rentang, capaian dihitung "
         "terhadap batas bawah rentang, sedangkan opini BPK dinilai 100% bila opini yang diperoleh "
         "sama dengan target.")
    rows = [["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Tingkat Capaian (%)", "Status"],
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]]
    for i, key in enumerate(ORDER, 1):
        nm, sat, _, tg = RENSTRA[key]
        cap = CAP[key]
        status = "Tercapai" if dec(cap) >= 100 else "Belum Tercapai"
        if key == "pad":
            cap = pl(cap, "104,45")
        if key == "aset":
            status = pl(status, "Tercapai")
        rows.append([str(i), nm, sat, tg[2], REAL[key][2], cap, status])
    tab("**Tabel 3.1 Pengukuran Kinerja BPKAD Kota Tanjung Lestari Tahun 2024**", rows, sep_after=1)
    avg = f2(sum(dec(CAP[k]) for k in ORDER) / len(ORDER))
    para(f"Rata-rata capaian ketujuh indikator kinerja tahun 2024 adalah "
         f"{pl(avg, f2(dec(avg) + Decimal('2.71')))} persen, dihitung dari tingkat capaian "
         "pada Tabel 3.1.")
    para(f"Sebanyak {len(TERCAPAI)} indikator tercapai dan 1 indikator belum tercapai. Indikator "
         "yang belum tercapai adalah persentase aset tanah bersertifikat. Perbandingan realisasi "
         "tiga tahun terakhir dengan target akhir Renstra disajikan pada Tabel 3.2.")
    rows = [["Indikator", "Realisasi 2022", "Realisasi 2023", "Realisasi 2024", "Target Akhir Renstra (2026)"]]
    for key in ORDER:
        nm, sat, _, tg = RENSTRA[key]
        r = list(REAL[key])
        if key == "aset":
            r[2] = pl(r[2], "69,36")
        rows.append([f"{nm} ({sat})"] + r + [tg[4]])
    tab("Tabel 3.2 Perbandingan Realisasi Kinerja 2022–2024 dan Target Akhir Renstra", rows,
        outer=False, sep_after=1)

    add("## 3.2 Analisis Capaian Indikator", "")
    add("### 3.2.1 Opini BPK atas LKPD", "")
    para("Opini BPK atas LKPD Kota Tanjung Lestari Tahun Anggaran 2023 yang diterbitkan pada Mei "
         "2024 adalah WTP, sama dengan target, sehingga capaiannya 100,00 persen. Opini WTP telah "
         "diraih sejak LKPD Tahun Anggaran 2017. Riwayat penyampaian LKPD dan opini tiga tahun "
         "terakhir disajikan pada Tabel 3.3.")
    rows = [["Tahun Anggaran", "Tanggal Penyampaian LKPD Unaudited", "Jumlah Hari", "Opini BPK"]]
    for th, tgl, hari, op in LKPD:
        rows.append([str(th), tgl, str(hari), op])
    tab("Tabel 3.3 Penyampaian LKPD Unaudited kepada BPK dan Opini BPK", rows)
    add("### 3.2.2 Jumlah Temuan BPK atas LKPD", "")
    t24 = TEMUAN[2]
    para(f"LHP BPK Tahun 2024 memuat {t24[1]} temuan, lebih sedikit dari target "
         f"{RENSTRA['temuan'][3][2]} temuan dan dari {TEMUAN[1][1]} temuan pada tahun 2023. Dengan "
         f"rumus indikator negatif, capaiannya {CAP['temuan']} persen. Temuan terbanyak berkaitan "
         "dengan penatausahaan aset tetap dan kelebihan pembayaran belanja modal di OPD teknis.")
    rows = [["Tahun LHP", "Jumlah Temuan", "Jumlah Rekomendasi", "Selesai", "Dalam Proses",
             "Belum Ditindaklanjuti", "% Selesai"]]
    for th, tm, s, pr, b in TEMUAN:
        rows.append([str(th), str(tm), str(s + pr + b), str(s), str(pr), str(b), pct(s, s + pr + b)])
    tot = [sum(t[i] for t in TEMUAN) for i in range(1, 5)]
    rows.append(["Jumlah", pl(str(tot[0]), "35"), str(tot[1] + tot[2] + tot[3]), str(tot[1]),
                 str(tot[2]), str(tot[3]), pct(tot[1], tot[1] + tot[2] + tot[3])])
    tab("Tabel 3.4 Temuan BPK dan Status Tindak Lanjut Rekomendasi", rows, outer=True, sep_after=1)
    r23 = pct(TEMUAN[1][2], sum(TEMUAN[1][2:]))
    r24 = pct(TEMUAN[2][2], sum(TEMUAN[2][2:]))
    para(f"Persentase rekomendasi yang selesai ditindaklanjuti {pl('menurun', 'meningkat')} dari "
         f"{r23} persen pada LHP 2023 menjadi {r24} persen pada LHP 2024 karena sebagian besar "
         "rekomendasi LHP 2024 baru diterima pada akhir Mei dan masih dalam proses penyelesaian "
         "oleh OPD terkait. Sebanyak 7 rekomendasi dalam proses berupa pengembalian kelebihan "
         "pembayaran kepada kas daerah.")
    add("### 3.2.3 Ketepatan Waktu Penyampaian LKPD", "")
    para(f"LKPD unaudited Tahun Anggaran 2023 disampaikan kepada BPK pada {LKPD[2][1]}, atau "
         f"{LKPD[2][2]} hari setelah tahun anggaran berakhir, lebih cepat dari target "
         f"{RENSTRA['lkpd'][3][2]} hari dan dari {LKPD[1][2]} hari pada tahun sebelumnya. Capaian "
         f"indikator ini sebesar {CAP['lkpd']} persen. Percepatan dicapai melalui penutupan buku "
         "OPD secara serentak pada minggu kedua Januari.")
    add("### 3.2.4 Persentase Realisasi PAD", "")
    para(f"Realisasi pajak daerah tahun 2024 sebesar Rp{rp00(PAJAK_R)} dari target "
         f"Rp{rp00(PAJAK_T)} ({pct(PAJAK_R, PAJAK_T)}%). Rincian per jenis pajak disajikan pada "
         "Tabel 3.5.")
    rows = [["No", "Jenis Pajak", "Target (Rp)", "Realisasi (Rp)", "% Realisasi", "Kontribusi (%)"]]
    for i, (nm, t, r) in enumerate(PAJAK, 1):
        no = str(i)
        if i == 7:
            no = pl(no, "8")
        rows.append([no, nm, rp00(t), rp00(r), pct(r, t), pct(r, PAJAK_R)])
    rows.append(["", "**Jumlah**", f"**{rp00(PAJAK_T)}**", f"**{rp00(PAJAK_R)}**",
                 f"**{pct(PAJAK_R, PAJAK_T)}**", "**100,00**"])
    tab("**Tabel 3.5 Target dan Realisasi Pajak Daerah menurut Jenis Pajak Tahun 2024**", rows)
    para(f"Kontribusi terbesar berasal dari {pl(top_pajak[0], 'BPHTB')} sebesar "
         f"{pct(top_pajak[2], PAJAK_R)} persen dari total pajak daerah, disusul PBB-P2 "
         f"({pct(PAJAK[7][2], PAJAK_R)} persen) dan PBJT atas Tenaga Listrik "
         f"({pct(PAJAK[1][2], PAJAK_R)} persen). Jenis pajak yang belum mencapai target adalah PBJT "
         f"atas Jasa Parkir ({pct(PAJAK[3][2], PAJAK[3][1])}%), Pajak Reklame "
         f"({pct(PAJAK[5][2], PAJAK[5][1])}%), Pajak Air Tanah ({pct(PAJAK[6][2], PAJAK[6][1])}%), "
         f"dan Pajak Sarang Burung Walet ({pct(PAJAK[9][2], PAJAK[9][1])}%).")
    rows = [["Kelompok Pendapatan", "Anggaran", "Realisasi", "%", "Lebih/(Kurang)"]]
    for nm, t, r in KELOMPOK:
        d = r - t
        rows.append([nm, rp00(t), rp00(r), pct(r, t), rp00(d) if d >= 0 else f"({rp00(-d)})"])
    rows.append(["Jumlah PAD", rp00(PAD_T), rp00(PAD_R), PAD_PCT, rp00(PAD_R - PAD_T)])
    tab("Tabel 3.6 Target dan Realisasi PAD menurut Kelompok Pendapatan Tahun 2024 (Rp)", rows,
        outer=False, sep_after=0)
    ret = KELOMPOK[1]
    para(f"Secara keseluruhan PAD terealisasi {PAD_PCT} persen, lebih tinggi dari tahun 2023 "
         f"sebesar {REAL['pad'][1]} persen. Retribusi daerah belum mencapai target dengan kekurangan "
         f"Rp{juta(ret[1] - ret[2])} juta, terutama pada retribusi pelayanan pasar dan retribusi "
         "persetujuan bangunan gedung.")
    add("### 3.2.5 Rasio Kemandirian Fiskal", "")
    para("Rasio kemandirian fiskal dihitung sebagai perbandingan PAD terhadap total pendapatan "
         "daerah. Perkembangan tiga tahun terakhir disajikan pada Tabel 3.7.")
    rows = [["Tahun", "PAD", "Pendapatan Transfer", "Lain-lain Pendapatan Daerah yang Sah",
             "Jumlah Pendapatan Daerah", "Rasio (%)"]]
    for th, p, t, l in PENDAPATAN:
        rows.append([str(th), rp00(p), rp00(t), rp00(l), rp00(p + t + l), RASIO[th]])
    tab("Tabel 3.7 Rasio Kemandirian Fiskal Kota Tanjung Lestari 2022–2024", rows)
    para(f"Rasio kemandirian fiskal tahun 2024 sebesar {RASIO[2024]} persen melampaui target "
         f"{RENSTRA['rasio'][3][2]} persen (capaian {CAP['rasio']} persen) dan meningkat dari "
         f"{RASIO[2023]} persen pada tahun 2023. Angka ini di atas rata-rata rasio kemandirian "
         "kota di Indonesia tahun 2023 yang tercatat 19,64 persen, namun masih jauh dari target "
         f"akhir Renstra sebesar {RENSTRA['rasio'][3][4]} persen. Kemajuan terhadap target akhir "
         f"Renstra baru {pct(dec(RASIO[2024]), dec(RENSTRA['rasio'][3][4]))} persen "
         f"({RASIO[2024]} / {RENSTRA['rasio'][3][4]} × 100).")
    add("### 3.2.6 Persentase Aset Tanah Bersertifikat", "")
    para(f"Sampai akhir tahun 2024, dari {rp(BIDANG)} bidang tanah milik Pemerintah Kota Tanjung "
         f"Lestari, sebanyak {SERTIF} bidang telah bersertifikat ({ASET_PCT} persen). Realisasi "
         f"ini belum mencapai target {RENSTRA['aset'][3][2]} persen sehingga capaiannya "
         f"{CAP['aset']} persen.")
    rows = [["Kelompok Tanah", "Jumlah Bidang", "Bersertifikat", "Belum Bersertifikat", "% Bersertifikat"]]
    for nm, b, s in TANAH:
        rows.append([nm, str(b), str(s), str(b - s), pct(s, b)])
    rows.append(["Total", str(BIDANG), str(SERTIF), str(BIDANG - SERTIF), ASET_PCT])
    tab("Tabel 3.8 Bidang Tanah Milik Pemerintah Kota menurut Kelompok dan Status Sertifikat, 2024",
        rows, outer=True, sep_after=1)
    para("Pada tahun 2024 BPKAD bersama Kantor Pertanahan mengajukan 74 bidang untuk disertifikatkan, "
         "namun 19 bidang belum dapat diproses karena sengketa batas dan ketiadaan alas hak. "
         "Persentase terendah terdapat pada tanah lainnya "
         f"({pct(TANAH[6][2], TANAH[6][1])} persen) dan tanah ruang terbuka hijau "
         f"({pct(TANAH[4][2], TANAH[4][1])} persen).")
    add("### 3.2.7 Persentase Realisasi Belanja Daerah", "")
    para(f"Realisasi belanja daerah Kota Tanjung Lestari tahun 2024 sebesar "
         f"Rp{miliar(BELANJA_DAERAH_REAL)} miliar dari anggaran Rp{miliar(BELANJA_DAERAH_ANG)} "
         f"miliar, atau {BELANJA_PCT} persen. Realisasi ini berada dalam rentang target 90–95 "
         f"persen, sehingga capaiannya terhadap batas bawah sebesar {CAP['belanja']} persen.")

    add("## 3.3 Realisasi Anggaran", "")
    para(f"Pagu anggaran BPKAD Tahun 2024 sebesar Rp{rp00(TOT_P)} terealisasi Rp{rp00(TOT_R)} atau "
         f"{pct(TOT_R, TOT_P)} persen, dengan sisa anggaran Rp{rp00(TOT_P - TOT_R)}. Rincian per "
         "program, kegiatan, dan sub kegiatan disajikan pada Tabel 3.9.")
    rows = [["Kode", "Program / Kegiatan / Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%", "Sisa (Rp)"]]
    for pcode, pname, kegs in PROGRAMS:
        pp, pr = prog_sum((pcode, pname, kegs))
        rows.append([f"**{pcode}**", f"**{pname}**", f"**{rp00(pp)}**", f"**{rp00(pr)}**",
                     f"**{pct(pr, pp)}**", f"**{rp00(pp - pr)}**"])
        for kcode, kname, ss in kegs:
            kp, kr = keg_sum((kcode, kname, ss))
            rows.append([kcode, kname, rp00(kp), rp00(kr), pct(kr, kp), rp00(kp - kr)])
            for scode, sname, sp, sr in ss:
                row = [scode, sname, rp00(sp), rp00(sr), pct(sr, sp), rp00(sp - sr)]
                if scode == "5.02.01.2.06.0009":
                    row[5] = pl(row[5], rp00(25573200))
                if scode == "5.02.02.2.02.0004":
                    row[4] = pl(row[4], "93,30")
                if scode == "5.02.02.2.03.0003":
                    row[0] = pl(row[0], "5.02.02.2.02.0003")
                if scode == "5.02.04.2.02.0005":
                    alt = 656384100
                    row[3] = pl(row[3], rp00(alt))
                    row[4] = pl(row[4], pct(alt, sp))
                    row[5] = pl(row[5], rp00(sp - alt))
                rows.append(row)
    rows.append(["", "**Jumlah Total**", f"**{rp00(TOT_P)}**", f"**{rp00(TOT_R)}**",
                 f"**{pct(TOT_R, TOT_P)}**", f"**{rp00(TOT_P - TOT_R)}**"])
    tab("**Tabel 3.9 Realisasi Anggaran BPKAD per Program, Kegiatan, dan Sub Kegiatan Tahun 2024**",
        rows, outer=True, sep_after=1)
    sert = PROGRAMS[2][2][0][2][1]
    para(f"Penyerapan terendah terdapat pada sub kegiatan Pengamanan Barang Milik Daerah "
         f"(Sertifikasi Tanah) sebesar {pct(sert[3], sert[2])} persen, dengan sisa "
         f"Rp{juta(sert[2] - sert[3])} juta, karena 19 bidang tanah yang diajukan belum dapat "
         "diukur oleh Kantor Pertanahan. Sub kegiatan Penyediaan Gaji dan Tunjangan ASN menyerap "
         f"Rp{miliar(14215876412)} miliar dari pagu Rp{miliar(14862540000)} miliar.")
    para(f"Program Pengelolaan Pendapatan Daerah merealisasikan Rp{miliar(gg['5.02.04'][1])} miliar "
         f"({pct(gg['5.02.04'][1], gg['5.02.04'][0])} persen), antara lain untuk pendataan 4.812 "
         "objek pajak baru dan pemutakhiran basis data PBB-P2. Program Pengelolaan Keuangan Daerah "
         f"merealisasikan Rp{miliar(gg['5.02.02'][1])} miliar ({pct(gg['5.02.02'][1], gg['5.02.02'][0])} "
         "persen) yang mendukung penyusunan APBD, pengelolaan kas daerah, dan penyusunan LKPD tepat waktu.")
    add("## 3.4 Efisiensi Penggunaan Sumber Daya", "")
    para("Efisiensi dicapai melalui penggunaan aplikasi SIPD untuk seluruh tahapan penganggaran dan "
         "penatausahaan, rapat koordinasi secara daring dengan OPD, serta penggabungan kegiatan "
         "sosialisasi pajak daerah dengan pelayanan keliling. Selama tahun 2024 BPKAD "
         "melaksanakan 38 kegiatan sosialisasi dan pendampingan kepada bendahara OPD.")

    add("# BAB IV PENUTUP", "")
    para(f"Kinerja BPKAD Kota Tanjung Lestari tahun 2024 secara umum baik: {len(TERCAPAI)} dari "
         f"{n} indikator tercapai, opini WTP dipertahankan, dan PAD melampaui target. Indikator "
         "persentase aset tanah bersertifikat belum tercapai dan akan menjadi fokus perbaikan.")
    para("Rencana tindak lanjut tahun 2025 meliputi percepatan sertifikasi tanah melalui kerja sama "
         "dengan Kantor Pertanahan, optimalisasi retribusi daerah, penerapan opsen pajak kendaraan "
         "bermotor, serta percepatan tindak lanjut rekomendasi BPK.")
    add("Tanjung Lestari, 14 Februari 2025", "",
        "Kepala BPKAD Kota Tanjung Lestari", "",
        pl("**Hj. Nurlaila Syamsuddin, S.E., M.Ak.**", "**Hj. Nurlaila Syamsudin, S.E., M.Ak.**"), "",
        "NIP. 19750821 200003 2 004", "")

    add("# LAMPIRAN", "")
    add("## Lampiran 1. Perjanjian Kinerja Tahun 2024", "")
    para("Pihak pertama, Hj. Nurlaila Syamsuddin, S.E., M.Ak., Kepala BPKAD, berjanji mewujudkan "
         "target kinerja berikut kepada pihak kedua, H. Arman Tahir, S.H., M.Si., Wali Kota "
         "Tanjung Lestari.")
    tab("Perjanjian Kinerja BPKAD Tahun 2024",
        pk_rows(planted_name=("belanja", "Persentase SP2D terbit tepat waktu")),
        outer=False, sep_after=1)
    add("Tanjung Lestari, 5 Januari 2024", "",
        "| Pihak Kedua | Pihak Pertama |", "| --- | --- |",
        "| Wali Kota Tanjung Lestari | Kepala BPKAD Kota Tanjung Lestari |",
        "| **H. Arman Tahir, S.H., M.Si.** | **Hj. Nurlaila Syamsuddin, S.E., M.Ak.** |",
        "|  | NIP. 19750821 200003 2 004 |", "")
    add("## Lampiran 2. Realisasi Belanja BPKAD menurut Jenis Belanja (cetakan SIPD)", "")
    rows = [["Uraian", "Anggaran", "Realisasi", "Persen"]]
    for nm, (a, r) in [("Belanja Pegawai", PEG), ("Belanja Barang dan Jasa", BRG),
                       ("Belanja Modal", MOD)]:
        rows.append([nm, en00(a), en00(r), f"{q2(Decimal(r) / Decimal(a) * 100)}"])
    rows.append(["Jumlah Belanja", en00(TOT_P), en00(TOT_R),
                 f"{q2(Decimal(TOT_R) / Decimal(TOT_P) * 100)}"])
    tab("Sumber: SIPD, Laporan Realisasi Anggaran SKPD per 31 Desember 2024", rows, outer=True,
        sep_after=1)
    return L


OLD_ITEMS = [{'id': 'bpkad-stale-heading',
  'family': 'stale-year',
  'lines': ['## 3.1 Capaian Kinerja Organisasi Tahun 2023'],
  'anchor': 'Capaian Kinerja Organisasi Tahun 2023',
  'figure': '2023',
  'correct': '2024',
  'what': 'the Bab III heading names 2023 as the year of the measured performance; the report year is 2024 '
          "(heading copied from last year's LKjIP)"},
 {'id': 'bpkad-ikhtisar-pad',
  'family': 'narrative-vs-table',
  'lines': ['Realisasi Pendapatan Asli Daerah (PAD) tahun 2024 mencapai Rp230,59 miliar dari target Rp194,75 '
            'miliar atau 104,54 persen, sehingga rasio kemandirian fiskal naik menjadi 21,03 persen. Dari '
            'sisi anggaran, BPKAD mengelola pagu sebesar Rp27,21 miliar dengan realisasi Rp25,74 miliar '
            '(94,59 persen).',
            'Jumlah PAD | 194.750.000.000,00 | 203.588.609.335,00 | 104,54 | 8.838.609.335,00'],
  'anchor': 'Realisasi Pendapatan Asli Daerah (PAD) tahun 2024 mencapai',
  'figure': '230,59',
  'correct': '203,59',
  'what': 'Ikhtisar gives PAD realisation Rp230,59 miliar; Tabel 3.6 Jumlah PAD realisasi is '
          '203.588.609.335,00 (Rp203,59 miliar); digits swapped'},
 {'id': 'bpkad-gol-iii',
  'family': 'row-sum',
  'lines': ['| Golongan III | 22 | 26 | 84 |'],
  'anchor': 'Golongan III',
  'figure': '84',
  'correct': '48',
  'what': 'Golongan III L 22 + P 26 = 48 but the Jumlah cell reads 84 (digits swapped); the Jumlah column '
          'then no longer adds to 79 either'},
 {'id': 'bpkad-pk-rasio',
  'family': 'indicator-target',
  'lines': ['| 5 |  | Rasio kemandirian fiskal | % | 21,50 |',
            '| Rasio kemandirian fiskal | % | 17,21 | 18,50 | 19,50 | 20,50 | 21,50 | 22,50 |',
            '| 5 | Rasio kemandirian fiskal | % | 20,50 | 21,03 | 102,59 | Tercapai |'],
  'anchor': 'Rasio kemandirian fiskal',
  'figure': '21,50',
  'correct': '20,50',
  'what': 'PK 2024 (Tabel 2.2) target for rasio kemandirian fiskal is 21,50, but Renstra 2024 target and '
          'Tabel 3.1 target are 20,50 (the 2025 Renstra value was copied); the Lampiran PK still says 20,50'},
 {'id': 'bpkad-cap-pad',
  'family': 'capaian',
  'lines': ['| 4 | Persentase realisasi PAD | % | 100,00 | 104,54 | 104,45 | Tercapai |'],
  'anchor': 'Persentase realisasi PAD',
  'figure': '104,45',
  'correct': '104,54',
  'what': 'realisasi 104,54 / target 100,00 x 100 = 104,54, but Tingkat Capaian reads 104,45 (digits '
          'swapped)'},
 {'id': 'bpkad-label-aset',
  'family': 'label',
  'lines': ['| 7 | Persentase aset tanah bersertifikat | % | 72,00 | 69,63 | 96,71 | Tercapai |'],
  'anchor': 'Persentase aset tanah bersertifikat',
  'figure': 'Tercapai',
  'correct': 'Belum Tercapai',
  'what': 'capaian 96,71 (realisasi 69,63 below target 72,00) but the Status cell says Tercapai; prose says '
          'this indicator was not achieved'},
 {'id': 'bpkad-real-aset',
  'family': 'indicator-realisasi',
  'lines': ['Persentase aset tanah bersertifikat (%) | 61,27 | 66,05 | 69,36 | 90,00',
            '| 7 | Persentase aset tanah bersertifikat | % | 72,00 | 69,63 | 96,71 | Tercapai |'],
  'anchor': 'Persentase aset tanah bersertifikat (%)',
  'figure': '69,36',
  'correct': '69,63',
  'what': 'Tabel 3.2 gives 2024 realisasi 69,36 for aset tanah bersertifikat; Tabel 3.1 and Tabel 3.8 give '
          '69,63 (681 / 978)'},
 {'id': 'bpkad-temuan-total',
  'family': 'column-total',
  'lines': ['| Jumlah | 35 | 92 | 68 | 18 | 6 | 73,91 |'],
  'anchor': 'Jumlah',
  'figure': '35',
  'correct': '36',
  'what': 'Jumlah Temuan total in Tabel 3.4 reads 35 but 15 + 13 + 8 = 36'},
 {'id': 'bpkad-tl-meningkat',
  'family': 'narrative-vs-table',
  'lines': ['Persentase rekomendasi yang selesai ditindaklanjuti meningkat dari 75,76 persen pada LHP 2023 '
            'menjadi 57,14 persen pada LHP 2024 karena sebagian besar rekomendasi LHP 2024 baru diterima '
            'pada akhir Mei dan masih dalam proses penyelesaian oleh OPD terkait. Sebanyak 7 rekomendasi '
            'dalam proses berupa pengembalian kelebihan pembayaran kepada kas daerah.',
            '| 2023 | 13 | 33 | 25 | 6 | 2 | 75,76 |',
            '| 2024 | 8 | 21 | 12 | 7 | 2 | 57,14 |'],
  'anchor': 'selesai ditindaklanjuti meningkat dari 75,76 persen',
  'figure': 'meningkat',
  'correct': 'menurun',
  'what': 'prose says the share of completed recommendations rose from 75,76 to 57,14 percent; Tabel 3.4 '
          'shows it fell'},
 {'id': 'bpkad-pajak-no',
  'family': 'numbering',
  'lines': ['| 8 | Pajak Air Tanah | 1.850.000.000,00 | 1.792.615.400,00 | 96,90 | 1,15 |'],
  'anchor': 'Pajak Air Tanah',
  'figure': '8',
  'correct': '7',
  'what': 'No column of Tabel 3.5 runs 1, 2, 3, 4, 5, 6, 8, 8, 9, 10 (7 skipped, 8 repeated)'},
 {'id': 'bpkad-pajak-terbesar',
  'family': 'narrative-vs-table',
  'lines': ['Kontribusi terbesar berasal dari BPHTB sebesar 26,44 persen dari total pajak daerah, disusul '
            'PBB-P2 (20,76 persen) dan PBJT atas Tenaga Listrik (17,89 persen). Jenis pajak yang belum '
            'mencapai target adalah PBJT atas Jasa Parkir (91,16%), Pajak Reklame (93,14%), Pajak Air Tanah '
            '(96,90%), dan Pajak Sarang Burung Walet (70,87%).',
            '| 1 | PBJT atas Makanan dan/atau Minuman | 38.500.000.000,00 | 41.276.318.450,00 | 107,21 | '
            '26,44 |',
            '| 9 | BPHTB | 24.500.000.000,00 | 26.987.450.600,00 | 110,15 | 17,29 |'],
  'anchor': 'Kontribusi terbesar berasal dari BPHTB',
  'figure': 'BPHTB',
  'correct': 'PBJT atas Makanan dan/atau Minuman',
  'what': 'prose names BPHTB as the largest contributor with 26,44 percent; in Tabel 3.5 the 26,44 percent '
          'belongs to PBJT atas Makanan dan/atau Minuman, BPHTB contributes 17,29 percent'},
 {'id': 'bpkad-sisa-rakor',
  'family': 'budget-arithmetic',
  'lines': ['| 5.02.01.2.06.0009 | Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD | 344.100.000,00 | '
            '318.562.800,00 | 92,58 | 25.573.200,00 |'],
  'anchor': '5.02.01.2.06.0009',
  'figure': '25.573.200,00',
  'correct': '25.537.200,00',
  'what': 'pagu 344.100.000,00 - realisasi 318.562.800,00 = 25.537.200,00 but Sisa reads 25.573.200,00 '
          '(digits swapped)'},
 {'id': 'bpkad-pct-kas',
  'family': 'budget-arithmetic',
  'lines': ['| 5.02.02.2.02.0004 | Pengelolaan Kas Daerah | 1.124.600.000,00 | 1.046.238.450,00 | 93,30 | '
            '78.361.550,00 |'],
  'anchor': '5.02.02.2.02.0004',
  'figure': '93,30',
  'correct': '93,03',
  'what': '1.046.238.450,00 / 1.124.600.000,00 x 100 = 93,03 but the % cell reads 93,30'},
 {'id': 'bpkad-code-lkpd',
  'family': 'budget-code',
  'lines': ['| 5.02.02.2.02.0003 | Penyusunan Laporan Keuangan Pemerintah Daerah | 812.460.000,00 | '
            '794.118.900,00 | 97,74 | 18.341.100,00 |',
            '| 5.02.02.2.03 | Koordinasi dan Pelaksanaan Akuntansi dan Pelaporan Keuangan Daerah | '
            '1.309.960.000,00 | 1.265.941.200,00 | 96,64 | 44.018.800,00 |'],
  'anchor': '5.02.02.2.02.0003',
  'figure': '5.02.02.2.02.0003',
  'correct': '5.02.02.2.03.0003',
  'what': 'sub kegiatan Penyusunan Laporan Keuangan Pemerintah Daerah sits under kegiatan 5.02.02.2.03 but '
          'is coded 5.02.02.2.02.0003'},
 {'id': 'bpkad-hier-pendapatan',
  'family': 'budget-hierarchy',
  'lines': ['| 5.02.04.2.02.0005 | Penagihan dan Pemeriksaan Pajak Daerah | 689.250.000,00 | 656.384.100,00 '
            '| 95,23 | 32.865.900,00 |',
            '| 5.02.04.2.02 | Analisa dan Pengembangan Pendapatan Daerah | 2.643.950.000,00 | '
            '2.503.076.450,00 | 94,67 | 140.873.550,00 |'],
  'anchor': '5.02.04.2.02.0005',
  'figure': '656.384.100,00',
  'correct': '655.384.100,00',
  'what': 'sub kegiatan realisasi changed to 656.384.100,00 (its % 95,23 and sisa 32.865.900,00 changed with '
          'it, so the row itself is consistent) but the parent kegiatan 5.02.04.2.02 (line 310) still shows '
          'realisasi 2.503.076.450,00; children now sum to 2.504.076.450,00. The checker will likely report '
          'the parent row 5.02.04.2.02.'},
 {'id': 'bpkad-pk-coverage',
  'family': 'indicator-coverage',
  'lines': ['6 |  | Persentase SP2D terbit tepat waktu | % | 90–95'],
  'anchor': 'Persentase SP2D terbit tepat waktu',
  'figure': 'Persentase SP2D terbit tepat waktu',
  'correct': 'Persentase realisasi belanja daerah',
  'what': 'the Lampiran PK lists indicator 6 as "Persentase SP2D terbit tepat waktu" (from an old PK draft); '
          'no measurement table reports this indicator'}]


# issue 12's reviu checks; lines are given by their full text in the planted file
NEW_ITEMS = [
    {"id": "bpkad-toc-efisiensi", "family": "toc",
     "lines": ["- 3.4 Efisiensi Penggunaan Anggaran", "## 3.4 Efisiensi Penggunaan Sumber Daya"],
     "anchor": "3.4 Efisiensi Penggunaan Anggaran", "figure": "Efisiensi Penggunaan Anggaran",
     "correct": "Efisiensi Penggunaan Sumber Daya",
     "what": "the Daftar Isi lists 3.4 as \"Efisiensi Penggunaan Anggaran\" but the body heading is "
             "\"3.4 Efisiensi Penggunaan Sumber Daya\""},
    {"id": "bpkad-name-penutup", "family": "names",
     "lines": ["**Hj. Nurlaila Syamsudin, S.E., M.Ak.**", "**Hj. Nurlaila Syamsuddin, S.E., M.Ak.**"],
     "anchor": "Hj. Nurlaila Syamsudin, S.E., M.Ak.", "figure": "Syamsudin", "correct": "Syamsuddin",
     "what": "the Penutup signature spells the Kepala's name Syamsudin; the Kata Pengantar signature, "
             "the PK text and the PK signature block (same NIP) spell it Syamsuddin"},
    {"id": "bpkad-rata-capaian", "family": "capaian-average",
     "lines": ["Rata-rata capaian ketujuh indikator kinerja tahun 2024 adalah"],
     "anchor": "Rata-rata capaian ketujuh indikator kinerja", "figure": None, "correct": None,
     "what": "the stated rata-rata capaian is not the mean of the seven Tingkat Capaian values of Tabel 3.1 "
             "(2,71 points too high)"},
    {"id": "bpkad-pegawai-pendidikan", "family": "sibling-total",
     "lines": ["Total | 40 | 40 | 80", "| **Jumlah** | **40** | **39** | **79** |"],
     "anchor": "Total", "figure": "80", "correct": "79",
     "what": "Tabel 1.2 (by pendidikan) gives 80 BPKAD staff (40 women) at 31 Dec 2024 while Tabel 1.1 "
             "(by golongan) and the prose give 79 (39 women); Tabel 1.2 adds up internally (SMA/SMK women 6)"},
]


def write_truth(planted_lines, consistent_lines):
    import yaml

    def where(text):
        hits = [i for i, x in enumerate(planted_lines, 1) if x == text or x.startswith(text)]
        assert len(hits) == 1, (text, hits)
        return hits[0]
    out = ["report: bpkad-kota-2024.planted.md", "consistent: bpkad-kota-2024.consistent.md",
           "agency: Badan Pengelolaan Keuangan dan Aset Daerah Kota Tanjung Lestari", "format: md",
           "year: 2024", "tables_with_figures: 15", "items:"]
    for it in OLD_ITEMS + NEW_ITEMS:
        it = dict(it)
        lines = [where(t) for t in it["lines"]]
        if it["id"] == "bpkad-stale-heading":
            lines.append(where("- 3.1 Capaian Kinerja Organisasi Tahun 2023"))
        if it["family"] == "capaian-average":
            ln = planted_lines[lines[0] - 1]
            import re
            it["figure"] = re.search(r"adalah (\d+,\d+)", ln).group(1)
            it["correct"] = re.search(r"adalah (\d+,\d+)",
                                      consistent_lines[lines[0] - 1]).group(1)
            it["what"] = (f"the stated rata-rata capaian {it['figure']} is not the mean of the seven "
                          f"Tingkat Capaian values of Tabel 3.1 ({it['correct']})")
        it["lines"] = lines
        out.append(f"  - id: {it['id']}")
        for k in ("family", "lines", "anchor", "figure", "correct", "what", "also"):
            if k in it and it[k] is not None:
                v = it[k]
                out.append(f"    {k}: " + (yaml.safe_dump(v, default_flow_style=True, allow_unicode=True,
                                                          width=10000).strip().removesuffix("\n...")))
        out.append("")
    (OUT / f"{NAME}.truth.yaml").write_text("\n".join(out), encoding="utf-8")


def headings(lines):
    return [x.lstrip("#").strip() for x in lines
            if (x.startswith("# ") or x.startswith("## ")) and not x.startswith("# LAPORAN")
            and x != "## DAFTAR ISI"]


def build(planted: bool) -> list[str]:
    global PLANTED
    PLANTED = planted
    lines = content()
    lines = content(toc=headings(lines))
    path = OUT / f"{NAME}.{'planted' if planted else 'consistent'}.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines


if __name__ == "__main__":
    a = build(False)
    b = build(True)
    assert len(a) == len(b)
    for i, (x, y) in enumerate(zip(a, b), 1):
        if x != y:
            print(i, "|", y[:150])
    print(len(a), "lines")
    write_truth(b, a)
