"""A second, never-tuned-for report: a district health office (OPD) with Permendagri 90 budget
codes, dotted thousands, lower-is-better indicators and a predikat score. Consistent as written
(zero findings in text, DOCX and PDF); each seeded mistake must be found by its rule, and only
the rules that the mistake really touches may speak."""
import pytest

from cekdata import check
from conftest import ROOT

REPORT = ROOT / "fixtures" / "lkjip-dinkes-contoh-2025.txt"
RENDERED = ROOT / "fixtures" / "rendered"


@pytest.mark.parametrize("path", [REPORT, RENDERED / "lkjip-dinkes-contoh-2025.docx",
                                  RENDERED / "lkjip-dinkes-contoh-2025.pdf"])
def test_consistent_report_has_no_findings(path):
    result = check(path)
    assert result.findings == []
    assert len(result.tables_recognised) == result.tables == 7
    assert result.year == 2025


SEEDED = [
    ("PK target changed", "Angka Kematian Ibu (per 100.000 kelahiran hidup)\t95\n\t \tPrevalensi Stunting\t14,5%\n2.\tMeningkatnya akuntabilitas kinerja\tNilai SAKIP Perangkat Daerah\tBB\n\t \tOpini BPK atas Laporan Keuangan\tWTP\n\nBAB III",
     "Angka Kematian Ibu (per 100.000 kelahiran hidup)\t96\n\t \tPrevalensi Stunting\t14,5%\n2.\tMeningkatnya akuntabilitas kinerja\tNilai SAKIP Perangkat Daerah\tBB\n\t \tOpini BPK atas Laporan Keuangan\tWTP\n\nBAB III",
     {"IND001"}, set()),
    ("lower-is-better capaian computed the other way", "13,8%\t104,83%", "13,8%\t95,17%", {"IND005"}, set()),
    ("sub-activity budget changed", "1.02.02.2.02.0004\tPengelolaan Pelayanan Kesehatan Balita\t1.800.000.000",
     "1.02.02.2.02.0004\tPengelolaan Pelayanan Kesehatan Balita\t1.850.000.000", {"BUD003"}, {"BUD001", "BUD002"}),
    ("sub-activity under the wrong program", "1.02.02.2.02.0004", "1.02.03.2.02.0004", {"BUD004"}, set()),
    ("summary counts one indicator too many", "dan 4 (empat) indikator", "dan 5 (lima) indikator", {"PRO003"}, set()),
    ("digits and words disagree", "dan 4 (empat) indikator", "dan 4 (lima) indikator", {"PRO004"}, set()),
    ("closing chapter copied from last year", "Laporan Kinerja Dinas Kesehatan Tahun 2025 ini",
     "Laporan Kinerja Dinas Kesehatan Tahun 2024 ini", {"YR001"}, set()),
    ("score in the text from an old assessment", "nilai sebesar 74,12", "nilai sebesar 72,50", {"PRO005"}, set()),
    ("comparison table realisasi differs", "108\t99\t90", "108\t99\t92", {"IND002"}, set()),
    ("a target missed while the text says all were achieved", "14,5%\t13,8%\t104,83%", "14,5%\t15,2%\t95,17%",
     {"PRO006", "IND002"}, set()),
    ("program count in prose", "terdiri dari 2 program", "terdiri dari 3 program", {"BUD006"}, set()),
    ("budget total in prose", "Pagu anggaran sebesar Rp 12.500.000.000 terealisasi",
     "Pagu anggaran sebesar Rp 12.050.000.000 terealisasi", {"PRO002"}, set()),
]


@pytest.mark.parametrize("what, old, new, expected, allowed", SEEDED, ids=[s[0] for s in SEEDED])
def test_seeded_mistake_is_found(tmp_path, what, old, new, expected, allowed):
    text = REPORT.read_text(encoding="utf-8")
    assert text.count(old) == 1, what
    draft = tmp_path / "draft.txt"
    draft.write_text(text.replace(old, new), encoding="utf-8")
    rules = {f.rule for f in check(draft).findings}
    assert expected <= rules, (what, rules)
    assert rules <= expected | allowed, (what, rules - expected)
