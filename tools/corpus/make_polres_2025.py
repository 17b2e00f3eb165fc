#!/usr/bin/env python3
"""Generate fixtures/corpus/polres-2025.{consistent,planted}.md and its truth file.

LKj 2025 Kepolisian Resor Sebaru Hulu (invented), Markdown as pasted by a person.  All figures are
computed here; the planted version is the consistent text with single-figure edits applied line by
line (line count unchanged).
"""
from decimal import Decimal as D, ROUND_HALF_UP, getcontext
from pathlib import Path

getcontext().prec = 40
OUT = Path(__file__).resolve().parents[2] / "fixtures" / "corpus"
NAME = "polres-2025"
AGENCY = "Kepolisian Resor Sebaru Hulu"


def q(x, nd=2):
    return D(x).quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def fi(n):
    return f"{int(n):,}".replace(",", ".")


def fd(x, nd=2):
    v = q(x, nd)
    ip, _, fp = f"{abs(v):.{nd}f}".partition(".")
    return ("-" if v < 0 else "") + fi(int(ip)) + ("," + fp if nd else "")


def fus(n):
    """en-US money with 2 decimals (pasted from SAKTI)"""
    return f"{D(n):,.2f}"


def rpc(n):
    """Indonesian money with ,00"""
    return fi(n) + ",00"


def pct(a, b, nd=2):
    return q(D(a) / D(b) * 100, nd)


def num(s):
    return D(s.replace(".", "").replace(",", "."))


def capaian(t, r, lower):
    t, r = D(t), D(r)
    return q((2 - r / t) * 100 if lower else r / t * 100)


L = []


def out(*lines):
    L.extend(lines)


def para(text):
    L.append(text)
    L.append("")


def table(header, rows, sep=True, outer=True, header2=None):
    def fmt(cells):
        s = " | ".join(str(c) for c in cells)
        return f"| {s} |" if outer else s
    L.append(fmt(header))
    if sep:
        L.append(fmt(["---"] * len(header)) if outer else " | ".join(["---"] * len(header)))
    if header2:
        L.append(fmt(header2))
    for r in rows:
        L.append(fmt(r))
    L.append("")


def grp(text, n):
    return [f"**{text}**"] + [""] * (n - 1)


# ---------------------------------------------------------------- data
PANGKAT = [
    ("Perwira Menengah", [("AKBP", 1, 0), ("Kompol", 3, 0)]),
    ("Perwira Pertama", [("AKP", 11, 1), ("Iptu", 14, 2), ("Ipda", 22, 3)]),
    ("Bintara Tinggi", [("Aiptu", 48, 2), ("Aipda", 61, 4)]),
    ("Bintara", [("Bripka", 74, 5), ("Brigpol", 52, 6), ("Briptu", 68, 9), ("Bripda", 87, 14)]),
]
PNS = [("Penata (Gol. III)", 4, 5), ("Pengatur (Gol. II)", 6, 3), ("Juru (Gol. I)", 1, 0)]
POL_L = sum(x[1] for g in PANGKAT for x in g[1])
POL_P = sum(x[2] for g in PANGKAT for x in g[1])
PNS_L = sum(x[1] for x in PNS)
PNS_P = sum(x[2] for x in PNS)
# pendidikan: Polri L, Polri P, PNS L, PNS P
EDU = [("S2", 6, 1, 0, 0), ("S1/D-IV", 58, 17, 3, 4), ("D-III", 4, 3, 1, 2),
       ("SMA/Sederajat", 373, 25, 7, 2)]
assert [sum(e[j] for e in EDU) for j in range(1, 5)] == [POL_L, POL_P, PNS_L, PNS_P]

CASES = [("Pencurian dengan pemberatan (Curat)", 186, 112), ("Pencurian dengan kekerasan (Curas)", 24, 17),
         ("Pencurian kendaraan bermotor (Curanmor)", 142, 61), ("Penganiayaan berat", 58, 49),
         ("Penipuan/Penggelapan", 131, 78), ("Kekerasan dalam rumah tangga (KDRT)", 47, 41),
         ("Perlindungan anak/TPKS", 39, 33), ("Narkotika", 96, 92), ("Perjudian", 28, 28),
         ("Pencurian biasa", 164, 103), ("Lain-lain", 172, 121)]
JTP = sum(c[1] for c in CASES)
JPTP = sum(c[2] for c in CASES)
CLEAR = pct(JPTP, JTP)
NARK = pct(CASES[7][2], CASES[7][1])
TUNG_ALL, TUNG_DONE = 130, 44
TUNG = pct(TUNG_DONE, TUNG_ALL)

POLSEK = [("Polsek Sebaru Kota", 412, "9,8"), ("Polsek Hulu Sungai", 186, "12,6"),
          ("Polsek Long Ambai", 74, "17,4"), ("Polsek Muara Tepian", 153, "13,1"),
          ("Polsek Batu Lintang", 98, "15,2"), ("Polsek Tanjung Ulu", 167, "11,7"),
          ("Polsek Sei Kelabu", 121, "14,3"), ("Polsek Nanga Luwih", 89, "13,9")]
RT = q(sum(num(p[2]) for p in POLSEK) / len(POLSEK), 1)

LAKA = [("Triwulan I", 71, 14, 22, 96, "187,50"), ("Triwulan II", 83, 17, 19, 118, "214,35"),
        ("Triwulan III", 64, 12, 15, 87, "162,80"), ("Triwulan IV", 78, 15, 24, 104, "201,65")]
MD = sum(x[2] for x in LAKA)

DUMAS = [("Pelayanan SPKT", 12, 11, 1), ("Penanganan perkara (Reskrim/Resnarkoba)", 19, 17, 2),
         ("Perilaku anggota", 9, 9, 0), ("Pelayanan lalu lintas", 5, 5, 0)]
DM_IN = sum(x[1] for x in DUMAS)
DM_OK = sum(x[2] for x in DUMAS)
for x in DUMAS:
    assert x[1] == x[2] + x[3]
DMP = pct(DM_OK, DM_IN)

IKMU = [("Pelayanan SIM (Satpas)", "81,40", "83,92"), ("Pelayanan SKCK", "83,12", "88,45"),
        ("Pelayanan SPKT", "81,66", "84,60"), ("Pelayanan Pengaduan Masyarakat", "-", "84,51")]
IKM24 = q(sum(num(u[1]) for u in IKMU if u[1] != "-") / 3)
IKM25 = q(sum(num(u[2]) for u in IKMU) / 4)


def mutu(v):
    v = num(v)
    return "A" if v >= D("88.31") else "B" if v >= D("76.61") else "C" if v >= 65 else "D"


# budget: program -> kegiatan -> output (code, name, pagu, realisasi)
BUDGET = [
    ("WA", "Program Dukungan Manajemen", [
        ("WA.3073", "Dukungan Manajemen dan Pelaksanaan Tugas Teknis Polres", [
            ("3073.EBA.994", "Layanan Perkantoran", 61248300000, 60512874215),
            ("3073.EBA.956", "Layanan BMN", 412000000, 398760000),
            ("3073.EBB.951", "Layanan Sarana Internal", 1860500000, 1795382400),
        ]),
    ]),
    ("DG", "Program Pemeliharaan Keamanan dan Ketertiban Masyarakat", [
        ("DG.3076", "Pembinaan Masyarakat", [
            ("3076.BAH.001", "Pembinaan dan Penyuluhan Kamtibmas", 684250000, 661930500),
        ]),
        ("DG.3077", "Pemeliharaan Kamtibmas oleh Fungsi Samapta", [
            ("3077.BAH.001", "Patroli, Pengaturan, Penjagaan dan Pengawalan", 2137800000, 2084615300),
        ]),
        ("DG.3079", "Penegakan Hukum dan Pelayanan Lalu Lintas", [
            ("3079.BAH.001", "Keamanan, Keselamatan, Ketertiban dan Kelancaran Lalu Lintas",
             1542600000, 1497218650),
            ("3079.BAH.002", "Pelayanan Registrasi dan Identifikasi Pengemudi (SIM)", 876400000, 842165000),
        ]),
    ]),
    ("DH", "Program Penyelidikan dan Penyidikan Tindak Pidana", [
        ("DH.3080", "Penyelidikan dan Penyidikan Tindak Pidana Umum dan Tertentu", [
            ("3080.BAB.001", "Penanganan Perkara Tindak Pidana Umum", 1284750000, 1246380900),
            ("3080.BAB.002", "Penanganan Perkara Tindak Pidana Tertentu", 468300000, 437912000),
        ]),
        ("DH.3082", "Penyelidikan dan Penyidikan Tindak Pidana Narkoba", [
            ("3082.BAB.001", "Penanganan Perkara Narkoba", 596900000, 583427600),
        ]),
    ]),
]


def tot(kids):
    a = r = 0
    for k in kids:
        if len(k) == 4:
            a += k[2]
            r += k[3]
        else:
            x, y = tot(k[2])
            a += x
            r += y
    return a, r


PROG = {p[0]: tot(p[2]) for p in BUDGET}
KEG = {k[0]: tot(k[2]) for p in BUDGET for k in p[2]}
TA = sum(v[0] for v in PROG.values())
TR = sum(v[1] for v in PROG.values())
TP = pct(TR, TA)
# per jenis belanja (annex, SAKTI)
BEL = {"51": ("Belanja Pegawai", 57934120000, 57411208612),
       "53": ("Belanja Modal", 1428000000, 1402331000)}
BEL["52"] = ("Belanja Barang", TA - BEL["51"][1] - BEL["53"][1], TR - BEL["51"][2] - BEL["53"][2])

# indicators: key, name, unit, lower, targets 2025..2029, realisasi 2023, 2024, 2025
IND = [
    ("clear", "Persentase penyelesaian perkara tindak pidana (crime clearance)", "%", False,
     ["65,00", "66,50", "68,00", "70,00", "72,00"], ["61,84", "64,27", fd(CLEAR)]),
    ("nark", "Persentase penyelesaian perkara narkoba", "%", False,
     ["90,00", "91,00", "92,50", "94,00", "95,00"], ["91,20", "93,10", fd(NARK)]),
    ("tung", "Persentase penyelesaian tunggakan perkara", "%", False,
     ["40,00", "43,00", "47,00", "51,00", "55,00"], ["28,40", "31,06", fd(TUNG)]),
    ("ct", "Jumlah crime total", "kasus", True,
     ["1.150", "1.120", "1.090", "1.050", "1.000"], ["1.214", "1.162", fi(JTP)]),
    ("rt", "Response time penanganan laporan masyarakat", "menit", True,
     ["15,0", "14,5", "14,0", "13,0", "12,0"], ["16,8", "15,2", fd(RT, 1)]),
    ("md", "Jumlah korban meninggal dunia akibat kecelakaan lalu lintas", "orang", True,
     ["62", "60", "57", "54", "50"], ["71", "66", str(MD)]),
    ("ikm", "Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan Polres", "indeks", False,
     ["82,50", "83,50", "84,50", "86,00", "88,00"], ["80,14", fd(IKM24), fd(IKM25)]),
    ("dumas", "Persentase pengaduan masyarakat yang ditindaklanjuti", "%", False,
     ["90,00", "92,00", "94,00", "95,50", "97,00"], ["85,71", "88,24", fd(DMP)]),
    ("sakip", "Nilai evaluasi SAKIP Polres", "predikat", False,
     ["BB", "BB", "BB", "A", "A"], ["B", "BB", "BB"]),
    ("serap", "Persentase penyerapan anggaran", "%", False,
     ["95,00", "95–98", "95–98", "95–98", "95–98"], ["94,12", "96,58", fd(TP)]),
]
SAS = [
    ("Sasaran 1: Meningkatnya penegakan hukum yang profesional dan berkeadilan", IND[0:3]),
    ("Sasaran 2: Terpeliharanya keamanan dan ketertiban masyarakat", IND[3:6]),
    ("Sasaran 3: Meningkatnya kualitas pelayanan publik Polri", IND[6:8]),
    ("Sasaran 4: Terwujudnya tata kelola yang akuntabel", IND[8:10]),
]
BY = {i[0]: i for i in IND}


def cap(ind):
    key, name, unit, lower, tg, rl = ind
    if unit == "predikat":
        return D(100)
    return capaian(num(tg[0]), num(rl[2]), lower)


CAP = {i[0]: cap(i) for i in IND}


def kategori(c):
    return ("Sangat Tinggi" if c >= 91 else "Tinggi" if c >= 76 else "Sedang" if c >= 66
            else "Rendah" if c >= 51 else "Sangat Rendah")


KAT = {k: kategori(v) for k, v in CAP.items()}


def rp(n):
    return "Rp" + fi(n)


# ---------------------------------------------------------------- text
out("# LAPORAN KINERJA (LKj) TAHUN 2025",
    "",
    "**KEPOLISIAN RESOR SEBARU HULU**",
    "**POLDA KALIMANTAN RAYA**",
    "",
    "Jalan Bhayangkara Nomor 1, Sebaru, Kabupaten Sebaru Hulu",
    "",
    "## KATA PENGANTAR",
    "")
para("Puji syukur ke hadirat Tuhan Yang Maha Esa, karena atas rahmat-Nya Laporan Kinerja (LKj) "
     "Polres Sebaru Hulu Tahun 2025 dapat diselesaikan tepat waktu. LKj ini disusun berdasarkan "
     "Peraturan Presiden Nomor 29 Tahun 2014 tentang SAKIP, Peraturan Menteri PANRB Nomor 53 Tahun "
     "2014, dan Peraturan Kapolri tentang Sistem Akuntabilitas Kinerja di lingkungan Polri.")
para("Laporan ini menyajikan capaian kinerja Polres Sebaru Hulu selama Tahun Anggaran 2025 "
     "dibandingkan dengan Perjanjian Kinerja yang telah ditetapkan, beserta realisasi anggaran DIPA. "
     "Kami berharap laporan ini menjadi bahan evaluasi untuk meningkatkan kinerja pada tahun 2026.")
out("Sebaru, 27 Januari 2026",
    "",
    "KEPALA KEPOLISIAN RESOR SEBARU HULU",
    "",
    "",
    "**HENDRA WIRATAMA SAPUTRA, S.I.K., M.H.**",
    "AJUN KOMISARIS BESAR POLISI NRP 80061234",
    "")

n_st = sum(1 for v in KAT.values() if v == "Sangat Tinggi")
n_t = sum(1 for v in KAT.values() if v == "Tinggi")
out("## IKHTISAR EKSEKUTIF", "")
para("Polres Sebaru Hulu menetapkan 4 sasaran strategis dalam Rencana Strategis (Renstra) 2025-2029 "
     "yang diukur dengan 10 indikator kinerja utama. Tahun 2025 merupakan tahun pertama pelaksanaan "
     "Renstra tersebut.")
para(f"Hasil pengukuran kinerja menunjukkan {n_st} indikator berada pada kategori Sangat Tinggi dan "
     f"{n_t} indikator pada kategori Tinggi. Persentase penyelesaian perkara (crime clearance) mencapai "
     f"{fd(CLEAR)}%, crime total turun menjadi {fi(JTP)} kasus, dan Indeks Kepuasan Masyarakat "
     f"mencapai {fd(IKM25)} dengan mutu pelayanan B. Indikator yang belum mencapai target adalah "
     f"persentase penyelesaian tunggakan perkara ({fd(TUNG)}% dari target 40,00%).")
para(f"Pagu DIPA Polres Sebaru Hulu Tahun 2025 sebesar {rp(TA)} dengan realisasi {rp(TR)} atau "
     f"{fd(TP)}%, dengan sisa anggaran {rp(TA - TR)}.")

out("## BAB I PENDAHULUAN", "", "### 1.1 Latar Belakang", "")
para("Polres Sebaru Hulu merupakan satuan kewilayahan di bawah Polda Kalimantan Raya yang membawahi "
     "8 Polsek dengan wilayah hukum seluas kurang lebih 9.870 km². Sebagian besar wilayah berupa "
     "perkebunan dan daerah aliran sungai, sehingga waktu tempuh ke lokasi kejadian di beberapa "
     "kecamatan cukup panjang.")
out("### 1.2 Tugas Pokok dan Fungsi", "")
para("Sesuai Undang-Undang Nomor 2 Tahun 2002 tentang Kepolisian Negara Republik Indonesia, tugas "
     "pokok Polri adalah memelihara keamanan dan ketertiban masyarakat, menegakkan hukum, serta "
     "memberikan perlindungan, pengayoman dan pelayanan kepada masyarakat. Polres menyelenggarakan "
     "fungsi intelijen keamanan, pembinaan masyarakat, samapta, lalu lintas, reserse kriminal, "
     "reserse narkoba, serta pelayanan kepolisian terpadu.")
out("### 1.3 Struktur Organisasi", "")
para("Struktur organisasi Polres Sebaru Hulu terdiri atas unsur pimpinan (Kapolres dan Wakapolres); "
     "unsur pengawas dan pembantu pimpinan (Bagops, Bagren, Bagsdm, Baglog, Siwas, Sipropam, Sihumas, "
     "Sikum, Sitik dan Sikeu); unsur pelaksana tugas pokok (SPKT, Satintelkam, Satreskrim, Satresnarkoba, "
     "Satbinmas, Satsamapta, Satlantas, Satpamobvit, Satpolairud dan Sattahti); serta 8 Polsek jajaran.")
out("### 1.4 Sumber Daya Manusia", "")
para(f"Jumlah personel Polres Sebaru Hulu per 31 Desember 2025 sebanyak {POL_L + POL_P + PNS_L + PNS_P} "
     f"orang, terdiri atas {POL_L + POL_P} personel Polri dan {PNS_L + PNS_P} PNS Polri. Menurut jenis "
     f"kelamin terdiri atas {POL_L + PNS_L} laki-laki dan {POL_P + PNS_P} perempuan.")
out("**Tabel 1.1 Jumlah Personel menurut Pangkat/Golongan dan Jenis Kelamin**", "")
rows = []
for gname, items in PANGKAT:
    rows.append(grp(gname, 4))
    for pk, l, p in items:
        rows.append([pk, l, p, l + p])
rows.append(["Sub Jumlah Polri", POL_L, POL_P, POL_L + POL_P])
rows.append(grp("PNS Polri", 4))
for pk, l, p in PNS:
    rows.append([pk, l, p, l + p])
rows.append(["Sub Jumlah PNS Polri", PNS_L, PNS_P, PNS_L + PNS_P])
rows.append(["**Jumlah Total**", POL_L + PNS_L, POL_P + PNS_P, POL_L + POL_P + PNS_L + PNS_P])
table(["Pangkat/Golongan", "L", "P", "Jumlah"], rows)
out("**Tabel 1.2 Jumlah Personel menurut Pendidikan Umum Terakhir**", "")
rows = [[e[0], e[1], e[2], e[3], e[4], sum(e[1:])] for e in EDU]
tt = [sum(e[j] for e in EDU) for j in range(1, 5)]
rows.append(["Jumlah", *tt, sum(tt)])
table(["Pendidikan", "Polri", "", "PNS Polri", "", "Jumlah"], rows, outer=False,
      header2=["", "L", "P", "L", "P", "L+P"])
s1 = EDU[0][1] + EDU[0][2] + EDU[0][3] + EDU[0][4] + EDU[1][1] + EDU[1][2] + EDU[1][3] + EDU[1][4]
para(f"Personel berpendidikan S1/D-IV dan S2 berjumlah {s1} orang. Dibandingkan Daftar Susunan "
     "Personel (DSP), Polres Sebaru Hulu masih kekurangan personel terutama pada fungsi Satsamapta dan "
     "Polsek di wilayah hulu sungai.")

out("## BAB II PERENCANAAN KINERJA", "", "### 2.1 Rencana Strategis 2025-2029", "")
para("Renstra Polres Sebaru Hulu 2025-2029 disusun mengacu pada Renstra Polri dan Renstra Polda "
     "Kalimantan Raya. Tujuan, sasaran, indikator kinerja utama dan target tahunan disajikan pada "
     "Tabel 2.1. Target penyerapan anggaran mulai tahun 2026 ditetapkan dalam bentuk rentang.")
out("**Tabel 2.1 Sasaran, Indikator Kinerja dan Target Renstra 2025-2029**", "")
rows = []
for sas, inds in SAS:
    rows.append(grp(sas, 7))
    for key, name, unit, lower, tg, rl in inds:
        rows.append([name, unit, *tg])
table(["Sasaran/Indikator Kinerja", "Satuan", "Target", "", "", "", ""], rows,
      header2=["", "", "2025", "2026", "2027", "2028", "2029"])
para("Indikator crime total, response time dan jumlah korban meninggal dunia akibat kecelakaan lalu "
     "lintas merupakan indikator yang semakin kecil realisasinya semakin baik.")

out("### 2.2 Perjanjian Kinerja Tahun 2025", "")
para("Perjanjian Kinerja (PK) Tahun 2025 ditandatangani Kapolres Sebaru Hulu dan Kapolda Kalimantan "
     "Raya pada 6 Januari 2025 dengan sasaran, indikator dan target sebagai berikut.")
out("**Tabel 2.2 Perjanjian Kinerja Polres Sebaru Hulu Tahun 2025**", "")
rows = []
n = 0
for sas, inds in SAS:
    first = True
    for key, name, unit, lower, tg, rl in inds:
        n += 1
        rows.append([n, sas.split(": ", 1)[1] if first else "", name, tg[0] + ("" if unit == "predikat"
                     else (" %" if unit == "%" else " " + unit))])
        first = False
table(["No", "Sasaran Strategis", "Indikator Kinerja", "Target 2025"], rows, sep=False)
para(f"Untuk mencapai sasaran tersebut, Polres Sebaru Hulu didukung pagu DIPA sebesar {rp(TA)} yang "
     f"terbagi dalam 3 program, yaitu Program Dukungan Manajemen {rp(PROG['WA'][0])}, Program "
     f"Pemeliharaan Keamanan dan Ketertiban Masyarakat {rp(PROG['DG'][0])}, dan Program Penyelidikan "
     f"dan Penyidikan Tindak Pidana {rp(PROG['DH'][0])}.")

out("## BAB III AKUNTABILITAS KINERJA", "", "### 3.1 Pengukuran Capaian Kinerja", "")
para("Capaian kinerja dihitung dengan rumus realisasi/target x 100%. Untuk indikator yang semakin "
     "kecil semakin baik (crime total, response time, korban meninggal dunia laka lantas) digunakan "
     "rumus (2 - realisasi/target) x 100%. Kategori capaian: Sangat Tinggi (≥ 91%), Tinggi (76-90%), "
     "Sedang (66-75%), Rendah (51-65%) dan Sangat Rendah (≤ 50%).")
out("**Tabel 3.1 Pengukuran Kinerja Polres Sebaru Hulu Tahun 2025**", "")
rows = [["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]]
n = 0
for sas, inds in SAS:
    rows.append(grp(sas, 7))
    for key, name, unit, lower, tg, rl in inds:
        n += 1
        rows.append([n, name, unit, rl[2], tg[0], fd(CAP[key]), KAT[key]])
table(["No", "Indikator Kinerja", "Satuan", "Realisasi 2025", "Target 2025", "Capaian (%)", "Kategori"],
      rows)
para(f"Dari 10 indikator kinerja, {n_st} indikator berkategori Sangat Tinggi dan {n_t} indikator "
     "berkategori Tinggi. Tidak ada indikator dengan kategori Sedang, Rendah atau Sangat Rendah.")

out("### 3.2 Perbandingan dengan Tahun Sebelumnya dan Target Renstra", "")
out("**Tabel 3.2 Realisasi Kinerja 2023-2025 dan Target Akhir Renstra (2029)**", "")
rows = [[name + f" ({unit})", *rl, tg[4]] for key, name, unit, lower, tg, rl in IND]
table(["Indikator Kinerja", "Realisasi 2023", "Realisasi 2024", "Realisasi 2025", "Target 2029"], rows,
      sep=False, outer=False)

out("### 3.3 Analisis Capaian Kinerja", "")
out("#### Sasaran 1: Meningkatnya penegakan hukum yang profesional dan berkeadilan", "")
c = BY["clear"]
para(f"Pada tahun 2025 Polres Sebaru Hulu menerima {fi(JTP)} laporan tindak pidana dan menyelesaikan "
     f"{JPTP} perkara, sehingga persentase penyelesaian perkara mencapai {c[5][2]}% dari target "
     f"{c[4][0]}% (capaian {fd(CAP['clear'])}%). Capaian ini meningkat dibandingkan tahun 2024 sebesar "
     f"{c[5][1]}% dan berada di atas rata-rata Polda Kalimantan Raya sebesar 63,15%. Tahapan kegiatan "
     "penyidikan meliputi penyelidikan, penyidikan, pemberkasan dan pelimpahan tahap II.")
top = max(CASES, key=lambda x: x[1])
low = min(CASES, key=lambda x: x[2] / x[1])
para(f"Jenis tindak pidana terbanyak adalah {top[0].split('(')[1].rstrip(')')} dengan {top[1]} kasus. "
     f"Tingkat penyelesaian terendah terdapat pada {low[0].split('(')[1].rstrip(')')} "
     f"({fd(pct(low[2], low[1]))}%) karena sebagian besar kendaraan dibawa ke luar wilayah.")
k = BY["nark"]
para(f"Penyelesaian perkara narkoba mencapai {k[5][2]}% ({CASES[7][2]} dari {CASES[7][1]} perkara) "
     f"dengan capaian {fd(CAP['nark'])}%. Satresnarkoba juga melaksanakan 86 kegiatan penyuluhan "
     "bahaya narkoba di sekolah dan perusahaan perkebunan.")
t = BY["tung"]
para(f"Dari {TUNG_ALL} perkara tunggakan tahun-tahun sebelumnya, sebanyak {TUNG_DONE} perkara berhasil "
     f"diselesaikan ({t[5][2]}%). Capaian indikator ini {fd(CAP['tung'])}% dengan kategori "
     f"{KAT['tung']}, karena sebagian tunggakan menunggu hasil pemeriksaan laboratorium forensik dan "
     "keterangan ahli.")
out("**Tabel 3.3 Jumlah Tindak Pidana dan Penyelesaian menurut Jenis Tahun 2025**", "")
rows = [[i, c0, c1, c2, fd(pct(c2, c1))] for i, (c0, c1, c2) in enumerate(CASES, 1)]
rows.append(["", "**Jumlah**", fi(JTP), JPTP, fd(CLEAR)])
table(["No", "Jenis Tindak Pidana", "JTP (Lapor)", "JPTP (Selesai)", "Penyelesaian (%)"], rows)

out("#### Sasaran 2: Terpeliharanya keamanan dan ketertiban masyarakat", "")
ct = BY["ct"]
para(f"Crime total tahun 2025 sebanyak {ct[5][2]} kasus, lebih rendah dari target {ct[4][0]} kasus "
     f"(capaian {fd(CAP['ct'])}%) dan turun dari {ct[5][1]} kasus pada tahun 2024. Penurunan didukung "
     "1.240 kegiatan sambang desa oleh Bhabinkamtibmas dan patroli dialogis di wilayah perkebunan.")
r = BY["rt"]
fast = min(POLSEK, key=lambda x: num(x[2]))
slow = max(POLSEK, key=lambda x: num(x[2]))
para(f"Response time penanganan laporan masyarakat rata-rata {r[5][2]} menit, lebih cepat dari target "
     f"{r[4][0]} menit (capaian {fd(CAP['rt'])}%). Response time tercepat terdapat di {fast[0]} "
     f"({fast[2]} menit) dan terlama di {slow[0]} ({slow[2]} menit) yang wilayahnya hanya dapat "
     "dijangkau melalui sungai.")
out("**Tabel 3.4 Response Time Penanganan Laporan per Polsek Tahun 2025**", "")
rows = [[p[0], p[1], p[2]] for p in POLSEK]
rows.append(["Jumlah", fi(sum(p[1] for p in POLSEK)), "-"])
rows.append(["Rata-rata", fd(D(sum(p[1] for p in POLSEK)) / len(POLSEK), 1), fd(RT, 1)])
table(["Polsek", "Jumlah Laporan/Panggilan", "Rata-rata Response Time (menit)"], rows, outer=False)
m = BY["md"]
para(f"Jumlah korban meninggal dunia akibat kecelakaan lalu lintas tahun 2025 sebanyak {MD} orang, "
     f"di bawah target {m[4][0]} orang (capaian {fd(CAP['md'])}%) dan turun dari {m[5][1]} orang pada "
     f"tahun 2024. Jumlah kejadian kecelakaan sebanyak {sum(x[1] for x in LAKA)} kejadian.")
out("**Tabel 3.5 Data Kecelakaan Lalu Lintas per Triwulan Tahun 2025**", "")
rows = [[x[0], x[1], x[2], x[3], x[4], x[5]] for x in LAKA]
rows.append(["Total", sum(x[1] for x in LAKA), MD, sum(x[3] for x in LAKA), sum(x[4] for x in LAKA),
             fd(sum(num(x[5]) for x in LAKA))])
table(["Periode", "Jumlah Kejadian", "Meninggal Dunia", "Luka Berat", "Luka Ringan",
       "Kerugian Materiil (Rp juta)"], rows)

out("#### Sasaran 3: Meningkatnya kualitas pelayanan publik Polri", "")
i = BY["ikm"]
para(f"Indeks Kepuasan Masyarakat terhadap pelayanan Polres Sebaru Hulu tahun 2025 sebesar {i[5][2]} "
     f"(mutu pelayanan B), melampaui target {i[4][0]} dengan capaian {fd(CAP['ikm'])}%. IKM tertinggi "
     "pada Pelayanan SKCK (88,45, mutu A). Survei dilaksanakan terhadap 1.120 responden pada empat unit "
     "layanan.")
out("**Tabel 3.6 IKM per Unit Layanan**", "")
rows = [[u[0], u[1], u[2], mutu(u[2])] for u in IKMU]
rows.append(["Rata-rata", fd(IKM24), fd(IKM25), mutu(fd(IKM25))])
table(["Unit Layanan", "IKM 2024", "IKM 2025", "Mutu Pelayanan 2025"], rows, sep=False)
d = BY["dumas"]
para(f"Selama tahun 2025 diterima {DM_IN} pengaduan masyarakat, {DM_OK} di antaranya telah "
     f"ditindaklanjuti hingga selesai ({d[5][2]}%), sedangkan {DM_IN - DM_OK} pengaduan masih dalam "
     f"proses. Capaian indikator ini {fd(CAP['dumas'])}%.")
out("**Tabel 3.7 Pengaduan Masyarakat menurut Jenis Tahun 2025**", "")
rows = [[x[0], x[1], x[2], x[3]] for x in DUMAS]
rows.append(["Jumlah", DM_IN, DM_OK, DM_IN - DM_OK])
table(["Jenis Pengaduan", "Diterima", "Ditindaklanjuti", "Dalam Proses"], rows)

out("#### Sasaran 4: Terwujudnya tata kelola yang akuntabel", "")
para(f"Hasil evaluasi SAKIP Polres Sebaru Hulu oleh Itwasda Polda Kalimantan Raya memperoleh predikat "
     f"{BY['sakip'][5][2]}, sama dengan target. Persentase penyerapan anggaran mencapai {fd(TP)}% "
     f"(capaian {fd(CAP['serap'])}%), meningkat dari {BY['serap'][5][1]}% pada tahun 2024.")

out("### 3.4 Realisasi Anggaran", "")
para(f"Realisasi anggaran DIPA Polres Sebaru Hulu Tahun 2025 sebesar {rp(TR)} dari pagu {rp(TA)} "
     f"({fd(TP)}%). Rincian per program, kegiatan dan output disajikan pada Tabel 3.8.")
out("**Tabel 3.8 Realisasi Anggaran per Program, Kegiatan dan Output Tahun 2025**", "")
rows = []
for pc, pn, kegs in BUDGET:
    a, r_ = PROG[pc]
    rows.append([f"**{pc}**", f"**{pn}**", rpc(a), rpc(r_), rpc(a - r_), fd(pct(r_, a))])
    for kc, kn, outs in kegs:
        a, r_ = KEG[kc]
        rows.append([kc, kn, rpc(a), rpc(r_), rpc(a - r_), fd(pct(r_, a))])
        for oc, on, a, r_ in outs:
            rows.append([oc, on, rpc(a), rpc(r_), rpc(a - r_), fd(pct(r_, a))])
rows.append(["", "**JUMLAH**", rpc(TA), rpc(TR), rpc(TA - TR), fd(TP)])
table(["Kode", "Program/Kegiatan/Output", "Pagu (Rp)", "Serapan (Rp)", "Sisa (Rp)", "% Serapan"], rows)
a, r_ = PROG["DH"]
para(f"Program Penyelidikan dan Penyidikan Tindak Pidana dengan pagu {rp(a)} terserap {rp(r_)} "
     f"({fd(pct(r_, a))}%). Sisa anggaran terbesar secara nominal terdapat pada output Layanan "
     f"Perkantoran sebesar {rp(61248300000 - 60512874215)}, berupa sisa belanja pegawai.")

out("## BAB IV PENUTUP", "")
para(f"Secara umum kinerja Polres Sebaru Hulu Tahun 2025 tergolong baik: {n_st} dari 10 indikator "
     f"berkategori Sangat Tinggi dan realisasi anggaran mencapai {fd(TP)}%. Permasalahan yang masih "
     "dihadapi adalah penyelesaian tunggakan perkara, tingginya kasus curanmor, serta keterbatasan "
     "sarana transportasi air untuk Polsek di wilayah hulu.")
para("Rencana tindak lanjut tahun 2026: (1) gelar perkara khusus tunggakan setiap bulan; (2) kerja "
     "sama dengan Polres tetangga untuk pengungkapan jaringan curanmor; (3) pengadaan dua unit perahu "
     "patroli; dan (4) perluasan layanan SKCK dan SIM keliling.")

out("## LAMPIRAN", "", "### Lampiran 1. Perjanjian Kinerja Tahun 2025", "")
rows = []
for sas, inds in SAS:
    rows.append(grp(sas.split(": ", 1)[1], 3))
    for key, name, unit, lower, tg, rl in inds:
        rows.append([name, unit, tg[0]])
table(["Indikator Kinerja", "Satuan", "Target"], rows, outer=False)
out("Kapolda Kalimantan Raya, Irjen Pol. Drs. Bambang Sukmajaya, M.Si. — Kapolres Sebaru Hulu, "
    "AKBP Hendra Wiratama Saputra, S.I.K., M.H.", "")
out("### Lampiran 2. Realisasi Belanja per Jenis Belanja (cetakan aplikasi SAKTI)", "")
rows = []
for kode in ("51", "52", "53"):
    nm, a, r_ = BEL[kode]
    rows.append([kode, nm, fus(a), fus(r_), fus(a - r_), f"{pct(r_, a)}"])
rows.append(["", "TOTAL", fus(TA), fus(TR), fus(TA - TR), f"{TP}"])
table(["Akun", "Jenis Belanja", "Pagu", "Realisasi", "Sisa Pagu", "% Realisasi"], rows, outer=False)

CONSISTENT = "\n".join(L) + "\n"
TABLES = 14

# ---------------------------------------------------------------- plants
PLANTS = [
    ("laka-total-lr", "column-total", "| Total | 296 | 58 | 80 | 405 |", "| 405 |", "| 415 |", "Total",
     "Tabel 3.5 Luka Ringan: 96 + 118 + 87 + 104 = 405 but the Total row reads 415", [], "415", "405"),
    ("pangkat-bripka", "row-sum", "| Bripka | 74 | 5 | 79 |", "| 79 |", "| 97 |", "Bripka",
     "Bripka L 74 + P 5 = 79 but the Jumlah cell reads 97 (digits swapped; Sub Jumlah Polri still "
     "487)", ["| Sub Jumlah Polri |"], "97", "79"),
    ("sim-sisa", "budget-arithmetic", "| 3079.BAH.002 |", "| 34.235.000,00 |", "| 43.235.000,00 |",
     "3079.BAH.002", "sisa = 876.400.000 - 842.165.000 = 34.235.000 but printed 43.235.000", [],
     "43.235.000,00", "34.235.000,00"),
    ("tipiter-persen", "budget-arithmetic", "| 3080.BAB.002 |", "| 93,51 |", "| 95,31 |", "3080.BAB.002",
     "437.912.000 / 468.300.000 = 93,51% but the % Serapan cell reads 95,31", [], "95,31", "93,51"),
    ("keg-3079-pagu", "budget-hierarchy", "| DG.3079 |", "| 2.419.000.000,00 |", "| 2.491.000.000,00 |",
     "DG.3079", "kegiatan pagu should be 1.542.600.000 + 876.400.000 = 2.419.000.000; printed "
     "2.491.000.000 (the row's sisa and % and the DG programme row still use 2.419.000.000)", ["| **DG** |"],
     "2.491.000.000,00", "2.419.000.000,00"),
    ("narkoba-kode", "budget-code", "| 3082.BAB.001 | Penanganan Perkara Narkoba |", "| 3082.BAB.001 |",
     "| 3080.BAB.003 |", "Penanganan Perkara Narkoba",
     "output listed under kegiatan DH.3082 carries code 3080.BAB.003 (kegiatan 3080) instead of "
     "3082.BAB.001", [], "3080.BAB.003", "3082.BAB.001"),
    ("renstra-clearance-2025", "indicator-target",
     "| Persentase penyelesaian perkara tindak pidana (crime clearance) | % | 65,00 | 66,50 |",
     "| 65,00 | 66,50 |", "| 66,50 | 66,50 |", "Persentase penyelesaian perkara tindak pidana (crime clearance)",
     "Renstra target 2025 reads 66,50 (copied from 2026) while PK, Tabel 3.1 and the Lampiran give 65,00",
     ["| 1 | Meningkatnya penegakan hukum", "| 1 | Persentase penyelesaian perkara tindak pidana"],
     "66,50", "65,00"),
    ("lampiran-ikm-target", "indicator-target",
     "^Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan Polres | indeks | 82,50", "| 82,50", "| 82,00",
     "Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan Polres",
     "Lampiran PK target IKM 82,00 while Renstra 2025, Tabel 2.2 and Tabel 3.1 give 82,50",
     ["| 7 | Meningkatnya kualitas pelayanan publik Polri"], "82,00", "82,50"),
    ("banding-crime-total", "indicator-realisasi", "Jumlah crime total (kasus) | 1.214 | 1.162 | 1.087",
     "| 1.087 |", "| 1.078 |", "Jumlah crime total (kasus)",
     "Tabel 3.2 realisasi 2025 of crime total reads 1.078 while Tabel 3.1 and Tabel 3.3 give 1.087",
     ["| 4 | Jumlah crime total | kasus | 1.087"], "1.078", "1.087"),
    ("capaian-laka-md", "capaian", "| 6 | Jumlah korban meninggal dunia", "| 106,45 |", "| 93,55 |",
     "Jumlah korban meninggal dunia akibat kecelakaan lalu lintas",
     "lower-is-better: (2 - 58/62) x 100 = 106,45 but the cell reads 93,55 (computed as 58/62)", [],
     "93,55", "106,45"),
    ("kategori-tunggakan", "label", "| 3 | Persentase penyelesaian tunggakan perkara |", "| Tinggi |",
     "| Sangat Tinggi |", "Persentase penyelesaian tunggakan perkara",
     "capaian 84,63% falls in Tinggi (76-90%) but the Kategori reads Sangat Tinggi", [],
     "Sangat Tinggi", "Tinggi"),
    ("prosa-terbanyak", "narrative-vs-table", "Jenis tindak pidana terbanyak adalah", "adalah Curat dengan",
     "adalah Curanmor dengan", "Jenis tindak pidana terbanyak adalah Curanmor",
     "prose names Curanmor as the most reported crime with 186 cases; Tabel 3.3 shows Curat 186 (highest), "
     "Curanmor 142", ["| 1 | Pencurian dengan pemberatan (Curat) |"], "Curanmor", "Curat"),
    ("ikhtisar-ikm", "narrative-vs-table", "Hasil pengukuran kinerja menunjukkan", "mencapai 85,37",
     "mencapai 83,57", "dan Indeks Kepuasan Masyarakat mencapai 83,57",
     "Ikhtisar gives IKM 83,57 while Tabel 3.1, 3.2 and 3.6 give 85,37",
     ["| 7 | Indeks Kepuasan Masyarakat (IKM)"], "83,57", "85,37"),
    ("prosa-clearance-2024", "narrative-vs-table", "Capaian ini meningkat dibandingkan tahun 2024 sebesar",
     "sebesar 64,27%", "sebesar 68,27%", "Capaian ini meningkat dibandingkan tahun 2024 sebesar",
     "prose gives 2024 crime clearance 68,27% (and calls 67,62% an increase); Tabel 3.2 gives 64,27",
     ["Persentase penyelesaian perkara tindak pidana (crime clearance) (%) | 61,84"], "68,27", "64,27"),
    ("stale-pengantar", "stale-year", "Puji syukur ke hadirat Tuhan", "Hulu Tahun 2025 dapat",
     "Hulu Tahun 2024 dapat", "Laporan Kinerja (LKj) Polres Sebaru Hulu Tahun",
     "Kata Pengantar names the LKj as Tahun 2024; the reporting year is 2025", [], "2024", "2025"),
    ("nomor-kasus", "numbering", "| 7 | Perlindungan anak/TPKS |", "| 7 | Perlindungan", "| 6 | Perlindungan",
     "Perlindungan anak/TPKS", "Tabel 3.3 No column runs 1..6, 6, 8 (7 repeated as 6)", [], "6", "7"),
]


def find_one(lines, finder):
    if finder.startswith("^"):
        hits = [i for i, s in enumerate(lines) if s.startswith(finder[1:])]
    else:
        hits = [i for i, s in enumerate(lines) if finder in s]
    assert len(hits) == 1, (finder, hits)
    return hits[0]


def build():
    cons = CONSISTENT.split("\n")
    plan = list(cons)
    items = []
    for pid, fam, finder, old, new, anchor, what, others, fig, cor in PLANTS:
        i = find_one(cons, finder)
        assert plan[i].count(old) == 1, (pid, plan[i], old)
        plan[i] = plan[i].replace(old, new)
        assert anchor in plan[i], (pid, anchor, plan[i])
        assert fig in plan[i] and cor in cons[i], pid
        lines = [i + 1] + [find_one(cons, o) + 1 for o in others]
        items.append(dict(id=pid, family=fam, lines=lines, anchor=anchor, figure=fig, correct=cor,
                          what=what))
    assert len(plan) == len(cons)
    return "\n".join(plan), items


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    planted, items = build()
    (OUT / f"{NAME}.consistent.md").write_text(CONSISTENT, encoding="utf-8")
    (OUT / f"{NAME}.planted.md").write_text(planted, encoding="utf-8")
    y = [f"report: {NAME}.planted.md", f"consistent: {NAME}.consistent.md", f"agency: {AGENCY}",
         "format: md", "year: 2025", f"tables_with_figures: {TABLES}", "items:"]
    for it in items:
        y.append(f"  - id: {it['id']}")
        y.append(f"    family: {it['family']}")
        y.append(f"    lines: [{', '.join(map(str, it['lines']))}]")
        y.append(f"    anchor: {yq(it['anchor'])}")
        y.append(f"    figure: {yq(it['figure'])}")
        y.append(f"    correct: {yq(it['correct'])}")
        y.append(f"    what: {yq(it['what'])}")
    (OUT / f"{NAME}.truth.yaml").write_text("\n".join(y) + "\n", encoding="utf-8")
    reviu_extend(OUT, NAME, "md", REVIU_INSERTS, REVIU_PLANTS)
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


def _q2(x):
    return f"{D(x).quantize(D('0.01'), rounding=ROUND_HALF_UP):.2f}".replace(".", ",")


CAP_IKU = ["104.03", "106.48", "84.63", "105.48", "110.00", "106.45", "103.48", "103.70", "100.00", "103.71"]
CAP_MEAN = _q2(sum(D(c) for c in CAP_IKU) / len(CAP_IKU))          # Tabel 3.1
PROG_CC = _q2(D("67.62") / D("72.00") * 100)
PROG_CT = _q2((2 - D("1087") / D("1000")) * 100)                   # lower is better
PROG_IKM = _q2(D("85.37") / D("88.00") * 100)
KAPOLRES = "AKBP Hendra Wiratama Saputra, S.I.K., M.H."
REVIU_INSERTS = [
    ("=## IKHTISAR EKSEKUTIF", "before", [
        "## DAFTAR ISI", "",
        "1. KATA PENGANTAR", "2. DAFTAR ISI", "3. IKHTISAR EKSEKUTIF", "4. BAB I PENDAHULUAN",
        "5. BAB II PERENCANAAN KINERJA", "6. BAB III AKUNTABILITAS KINERJA",
        "   - 3.1 Pengukuran Capaian Kinerja", "   - 3.2 Perbandingan dengan Tahun Sebelumnya dan Target Renstra",
        "   - 3.3 Analisis Capaian Kinerja", "   - 3.4 Realisasi Anggaran", "7. BAB IV PENUTUP",
        "8. LAMPIRAN", "   - Lampiran 1. Perjanjian Kinerja Tahun 2025",
        "   - Lampiran 2. Realisasi Belanja per Jenis Belanja (cetakan aplikasi SAKTI)", ""]),
    ("=### 1.2 Tugas Pokok dan Fungsi", "before", [
        "Penyusunan LKj ini berpedoman pada Peraturan Presiden Nomor 29 Tahun 2014 tentang SAKIP dan "
        "Peraturan Menteri PANRB Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan "
        "Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah.", ""]),
    ("Dari 10 indikator kinerja, 9 indikator berkategori Sangat Tinggi", "after", [
        "", f"Rata-rata capaian sepuluh indikator kinerja utama Polres Sebaru Hulu Tahun 2025 sebesar {CAP_MEAN}%."]),
    ("=### 3.3 Analisis Capaian Kinerja", "before", [
        "Tahun 2025 adalah tahun pertama Renstra 2025-2029. Dibandingkan dengan target akhir Renstra "
        f"tahun 2029, realisasi crime clearance 67,62% telah mencapai {PROG_CC}% dari target 2029 sebesar "
        f"72,00%, dan IKM 85,37 telah mencapai {PROG_IKM}% dari target 2029 sebesar 88,00.", "",
        "Untuk crime total, yang semakin kecil semakin baik, realisasi 1.087 kasus setara dengan kemajuan "
        f"{PROG_CT}% terhadap target akhir Renstra tahun 2029 sebanyak 1.000 kasus "
        "(dihitung dengan rumus 2 - realisasi/target).", ""]),
    ("=Rencana tindak lanjut tahun 2026: (1) gelar perkara khusus tunggakan setiap bulan; (2) kerja sama "
     "dengan Polres tetangga untuk pengungkapan jaringan curanmor; (3) pengadaan dua unit perahu patroli; "
     "dan (4) perluasan layanan SKCK dan SIM keliling.", "after", [
        "", "Sebaru, 27 Januari 2026", "", "KEPALA KEPOLISIAN RESOR SEBARU HULU", "", "",
        "**HENDRA WIRATAMA SAPUTRA, S.I.K., M.H.**", "AJUN KOMISARIS BESAR POLISI NRP 80061234"]),
    ("=Kapolda Kalimantan Raya, Irjen Pol. Drs. Bambang Sukmajaya, M.Si. — Kapolres Sebaru Hulu, " + KAPOLRES,
     "replace", [
        "Sebaru, 6 Januari 2025", "",
        "| Pihak Kedua | Pihak Pertama |", "| --- | --- |",
        "| Kapolda Kalimantan Raya | Kapolres Sebaru Hulu |",
        "| Irjen Pol. Drs. Bambang Sukmajaya, M.Si. | " + KAPOLRES + " |",
        "| NRP 67050321 | NRP 80061234 |"]),
]
REVIU_PLANTS = [
    dict(id="reviu-penutup-hilang", family="structure",
         edits=[(("=## BAB IV PENUTUP", "=## LAMPIRAN"), None, None)],
         lines=["=## BAB IV PENUTUP", "=7. BAB IV PENUTUP"], anchor="BAB IV PENUTUP", anchor_check=False,
         figure="BAB IV PENUTUP", correct="BAB IV PENUTUP",
         what="Bab IV Penutup (conclusions, rencana tindak lanjut and the Kapolres' signature) is missing: "
              "Bab III's budget section runs straight into the Lampiran, although the Daftar Isi lists "
              "'7. BAB IV PENUTUP'"),
    dict(id="reviu-progres-crime-total", family="renstra-progress",
         edits=[(f"{PROG_CT}% terhadap target akhir Renstra", PROG_CT, "108,70")],
         lines=[f"{PROG_CT}% terhadap target akhir Renstra"],
         anchor="Untuk crime total, yang semakin kecil semakin baik", figure="108,70", correct=PROG_CT,
         what="crime total is lower-is-better: progress to the 2029 target = (2 - 1.087/1.000) x 100 = "
              f"{PROG_CT}%, as the sentence's own formula says, but it states 108,70% (1.087/1.000 unmirrored)"),
    dict(id="reviu-nama-kapolres-pk", family="names",
         edits=[("| Irjen Pol. Drs. Bambang Sukmajaya, M.Si. |", "Wiratama", "Wiratma")],
         lines=["| Irjen Pol. Drs. Bambang Sukmajaya, M.Si. |", "0@=**HENDRA WIRATAMA SAPUTRA, S.I.K., M.H.**"],
         anchor="AKBP Hendra Wiratma Saputra", figure="Hendra Wiratma Saputra",
         correct="Hendra Wiratama Saputra",
         what="the Perjanjian Kinerja signature block names the Kapolres 'AKBP Hendra Wiratma Saputra' (NRP "
              "80061234) while the Kata Pengantar, signed with the same NRP, reads 'HENDRA WIRATAMA SAPUTRA'"),
]


if __name__ == "__main__":
    import sys
    if "--dump" in sys.argv:
        print(CONSISTENT, end="")
    else:
        main()
