"""Issue 12 §7: people across the report. NAM001 (one person spelled two ways) and NAM002 (the
Kata Pengantar, the Penutup and the Perjanjian Kinerja signed by one head). Small reports of a
health office, a district court and a public-works office, written unlike the sample."""
from conftest import codes, passed_rules
from cekdata.findings import Severity
from cekdata.recognise.people import parse_name

HEALTH = """
LAPORAN KINERJA DINAS KESEHATAN KABUPATEN LEMBAH HIJAU TAHUN 2025

KATA PENGANTAR

Puji syukur kami panjatkan atas tersusunnya Laporan Kinerja Dinas Kesehatan Tahun 2025.

Lembah Hijau, 20 Januari 2026
Kepala Dinas Kesehatan Kabupaten Lembah Hijau,

{first_name}
NIP. {first_nip}

BAB I PENDAHULUAN

Dinas Kesehatan melaksanakan urusan pemerintahan bidang kesehatan di Kabupaten Lembah Hijau.

BAB IV PENUTUP

Demikian Laporan Kinerja ini disusun sebagai bahan evaluasi kinerja tahun 2025.

Lembah Hijau, 20 Januari 2026
{closing_role}

{closing_name}
NIP. {closing_nip}
"""

NIP = "19750314 200312 1 004"


def health(first="dr. Yosef Mbulu, M.Kes.", closing="dr. Yosef Mbulu, M.Kes.", first_nip=NIP,
           closing_nip=NIP, closing_role="Kepala Dinas Kesehatan Kabupaten Lembah Hijau,"):
    return HEALTH.format(first_name=first, first_nip=first_nip, closing_name=closing,
                         closing_nip=closing_nip, closing_role=closing_role)


def _only(result, code):
    found = [f for f in result.findings if f.rule == code]
    assert len(found) == 1, [f.message("en") for f in result.findings]
    return found[0]


def test_parse_name_drops_titles_degrees_case_and_bold():
    name = parse_name("**Dr. H. Bambang Irawan Sasmito, S.H., M.Hum.**")
    assert (name.shown, name.key) == ("Bambang Irawan Sasmito", "bambang irawan sasmito")
    assert name.titles == ("Dr.", "H.") and name.degrees == ("S.H.", "M.Hum.")
    assert parse_name("HENDRA WIRATAMA, S.I.K.").key == "hendra wiratama"
    # a role, an agency or a heading is no name
    assert parse_name("Kepala Dinas Kesehatan") is None
    assert parse_name("Kapolres Sebaru Hulu") is None
    assert parse_name("BAB IV PENUTUP") is None


def test_nam001_one_signer_spelled_alike_passes(run):
    result = run(health())
    assert "NAM001" not in codes(result) and "NAM002" not in codes(result)
    assert {"NAM001", "NAM002"} <= set(passed_rules(result))


def test_nam001_same_nip_spelled_two_ways_is_an_error_at_both_signatures(run):
    finding = _only(run(health(closing="dr. Yosep Mbulu, M.Kes.")), "NAM001")
    assert finding.severity is Severity.ERROR
    assert (finding.expected, finding.found) == ("Yosef Mbulu", "Yosep Mbulu")
    assert [loc.line for loc in finding.locations] == [24, 10]
    assert "NIP" in finding.message("en")
    # the same person: NAM002 says nothing
    assert "NAM002" not in codes(run(health(closing="dr. Yosep Mbulu, M.Kes.")))


def test_nam001_degrees_and_case_are_no_spelling_difference(run):
    result = run(health(closing="DR. YOSEF MBULU, M.Kes., Sp.KKLP."))
    assert "NAM001" not in codes(result)
    assert any("degrees" in n.text for n in result.notes)


def test_nam001_without_nip_the_same_post_a_letter_apart_is_an_error(run):
    result = run(health(closing="dr. Yosef Mbullu, M.Kes.", closing_nip="-"))
    finding = _only(result, "NAM001")
    assert finding.severity is Severity.ERROR
    assert (finding.expected, finding.found) == ("Yosef Mbulu", "Yosef Mbullu")


def test_nam001_a_different_post_keeps_similar_names_apart(run):
    # the Penutup is signed by the secretary, "Yosefa Mbulu", another person: no NAM001
    result = run(health(closing="Yosefa Mbulu, S.KM.", closing_nip="19800101 200501 2 002",
                         closing_role="Sekretaris Dinas Kesehatan,"))
    assert "NAM001" not in codes(result)
    finding = _only(result, "NAM002")
    assert (finding.expected, finding.found) == ("Yosef Mbulu", "Yosefa Mbulu")


def test_nam001_same_nip_but_another_name_is_not_read_as_a_misspelling(run):
    # a NIP beside an unrelated name is more likely a reading slip than one person
    result = run(health(closing="Ir. Agustinus Lake, M.T."))
    assert "NAM001" not in codes(result)


COURT = """
LAPORAN KINERJA PENGADILAN NEGERI BATU PUTIH TAHUN 2025

BAB I PENDAHULUAN

Tabel 1.1 Pejabat Struktural Pengadilan Negeri Batu Putih

No | Nama | Jabatan
1 | {row1} | Panitera Muda Pidana
2 | {row2} | Panitera Muda Perdata
3 | Stefanus Nuwa Kelen, S.H. | Sekretaris

Penyusunan laporan ini dikoordinasikan oleh tim yang dipimpin oleh {leader}, dengan anggota dari seluruh kepaniteraan.
"""


def court(row1="Maria Goreti, S.H.", row2="Maria Goretti Bria, S.H.", leader="Stefanus Nuwa Kelen"):
    return COURT.format(row1=row1, row2=row2, leader=leader)


def test_nam001_two_rows_of_one_list_are_two_people(run):
    # "Maria Goreti" and "Maria Goretti Bria" (one a part of the other), and even two rows a
    # letter apart, are different entries of one list: no finding
    assert "NAM001" not in codes(run(court()))
    assert "NAM001" not in codes(run(court(row2="Maria Goretti, S.H.")))


def test_nam001_prose_against_the_list_is_a_warning_at_both_places(run):
    finding = _only(run(court(leader="Stefanus Nuwa Kelan")), "NAM001")
    assert finding.severity is Severity.WARNING
    assert (finding.expected, finding.found) == ("Stefanus Nuwa Kelen", "Stefanus Nuwa Kelan")
    assert [loc.line for loc in finding.locations] == [12, 10]


def test_nam001_a_shorter_form_without_a_shared_post_is_no_finding(run):
    assert "NAM001" not in codes(run(court(leader="Stefanus Nuwa")))


AGREEMENT = """
LAPORAN KINERJA DINAS PEKERJAAN UMUM KOTA TELUK BIRU TAHUN 2025

KATA PENGANTAR

Laporan ini menyajikan capaian kinerja Dinas Pekerjaan Umum Kota Teluk Biru tahun 2025.

Mengetahui,
Wali Kota Teluk Biru,

H. Abdul Rasyid Lamato, S.E.

Teluk Biru, 15 Januari 2026
Kepala Dinas Pekerjaan Umum,

Ir. Rudolfus Djami, M.T.
NIP 19720811 199803 1 005

BAB II PERENCANAAN KINERJA

Perjanjian Kinerja Tahun 2025

Nama: {party}
Jabatan: Kepala Dinas Pekerjaan Umum Kota Teluk Biru
selanjutnya disebut pihak pertama;
Nama: H. Abdul Rasyid Lamato, S.E.
Jabatan: Wali Kota Teluk Biru
selaku atasan pihak pertama, selanjutnya disebut pihak kedua.
"""


def test_nam002_the_first_party_of_the_agreement_is_the_foreword_signer(run):
    result = run(AGREEMENT.format(party="Ir. Rudolfus Djami, M.T."))
    # the acknowledging Wali Kota over the foreword is not its signatory
    assert "NAM002" not in codes(result) and "NAM002" in passed_rules(result)
    assert "NAM001" not in codes(result)


def test_nam002_another_first_party_is_a_warning_at_both_places(run):
    finding = _only(run(AGREEMENT.format(party="Ir. Benediktus Sola, M.Eng.")), "NAM002")
    assert finding.severity is Severity.WARNING
    assert (finding.expected, finding.found) == ("Rudolfus Djami", "Benediktus Sola")
    assert [loc.line for loc in finding.locations] == [22, 15]
    assert "first party" in finding.message("en")


def test_nam002_one_signature_only_leaves_a_note(run):
    result = run("""
    LAPORAN KINERJA DINAS SOSIAL TAHUN 2025

    KATA PENGANTAR

    Laporan ini disusun sebagai pertanggungjawaban kinerja.

    Kepala Dinas Sosial,

    Dra. Theresia Bunga, M.Si.
    NIP 19700101 199503 2 001
    """)
    assert "NAM002" not in codes(result)
    assert any(n.text.startswith("NAM002: not checked") for n in result.notes)


def test_nam001_a_deputy_or_an_acting_head_is_another_post(run):
    for role in ("Wakil Kepala Dinas Kesehatan Kabupaten Lembah Hijau,",
                 "Plt. Kepala Dinas Kesehatan Kabupaten Lembah Hijau,"):
        result = run(health(closing="dr. Yosefa Mbulu, M.Kes.", closing_nip="-", closing_role=role))
        assert "NAM001" not in codes(result), role
        assert "NAM002" in codes(result)


# pipes without spaces around them: the run fixture turns " | " into tabs
ROADS_MD = """
# LAPORAN KINERJA DINAS BINA MARGA PROVINSI TANJUNG ELOK TAHUN 2025

## BAB I PENDAHULUAN

Tabel 1.2 Tim Penyusun Laporan Kinerja

|No|Nama|Jabatan dalam Tim|
|---|---|---|
|1|Ir. Gregorius Wadu, M.T.|Pengarah|
|2|Yohana Kristin Dapa, S.T.|Ketua|
|3|Arnoldus Bere Mau, S.E.|Sekretaris|

Tim penyusun laporan dipimpin oleh {leader} selaku Sekretaris Dinas.
"""


def test_nam001_reads_markdown_lists_and_dipimpin_oleh(run):
    assert "NAM001" not in codes(run(ROADS_MD.format(leader="Yohana Kristin Dapa"), suffix=".md"))
    finding = _only(run(ROADS_MD.format(leader="Yohana Kristin Dappa"), suffix=".md"), "NAM001")
    assert finding.severity is Severity.WARNING
    assert (finding.expected, finding.found) == ("Yohana Kristin Dapa", "Yohana Kristin Dappa")
    assert [loc.line for loc in finding.locations] == [13, 10]


def test_a_name_in_a_wrapped_cell_points_at_its_own_line(run):
    # the second member of a cell wrapped over several lines is on the cell's second line
    text = """
    Daftar Pengurus Forum Puskesmas

    No | Nama dan Jabatan | Wilayah
    1 | Ketua: Maria Goreti Bria | Kecamatan Utara
     | Wakil Ketua: Yohanes Dasilva Seran | Kecamatan Barat
    2 | Ketua: Yohanes Dasilva Seran | Kecamatan Timur
     | Wakil Ketua: Maria Goretti Bria | Kecamatan Selatan
    3 | Ketua: Agustinus Nahak Mau | Kecamatan Tengah
     | Wakil Ketua: Maria Goreti Bria | Kecamatan Pesisir
    """
    result = run(text)
    [finding] = [f for f in result.findings if f.rule == "NAM001"]
    assert finding.found == "Maria Goretti Bria" or "Goretti" in finding.message("en")
    assert finding.locations[0].line == 7        # not 6, where the row starts


def test_a_long_dotless_token_on_a_name_line_is_read_quickly_and_is_no_name(run):
    # a degree-shaped pattern with optional dots once backtracked exponentially on such tokens
    text = """
    Kepala Badan Penanggulangan Bencana Daerah

    Ir. Andi Baso Mappasessu, M.Si.
    bpbd.kabupatenpangkajenekepulauanselatan@gmail
    NIP. 19710101 199803 1 004
    """
    assert [f for f in run(text).findings if f.rule.startswith("NAM")] == []
