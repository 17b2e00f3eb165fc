"""An agency's own wording (issue 13 §3): ``vocabulary = "folder"`` in cekdata.toml names
same-named YAML files that extend the built-in vocabularies; a misnamed file or key is refused."""
import json

from click.testing import CliRunner

from cekdata import cli
from cekdata.api import check

# "Akumulasi" closes the table, but it is no total word cekdata knows: the wrong sum (3,900,
# printed 4.000) is only checked when the agency's vocabulary adds the word.
REPORT = ("LAPORAN KINERJA TAHUN 2024\n\n"
          "Tabel 2.1 Jumlah Penduduk per Desa Tahun 2024\n"
          "No\tDesa\tJumlah Penduduk\n"
          "1\tDesa Air Putih\t1.200\n"
          "2\tDesa Koto Baru\t1.300\n"
          "3\tDesa Talang Sari\t1.400\n"
          "\tAkumulasi\t4.000\n\n"
          "Demikian laporan ini disusun.\n")


def _report(tmp_path, words: str | None):
    (tmp_path / "laporan.txt").write_text(REPORT, encoding="utf-8")
    if words is not None:
        (tmp_path / "kata").mkdir()
        (tmp_path / "kata" / "vocabulary.yaml").write_text(words, encoding="utf-8")
        (tmp_path / "cekdata.toml").write_text('vocabulary = "kata"\n', encoding="utf-8")
    return tmp_path / "laporan.txt"


def _rules(result) -> list[str]:
    return [f["rule"] for f in json.loads(result.output)["findings"]]


def test_unknown_total_word_is_not_recognised_by_default(tmp_path):
    result = CliRunner().invoke(cli.main, ["check", str(_report(tmp_path, None)), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "SUM002" not in _rules(result)


def test_vocabulary_folder_from_the_config_extends_the_words(tmp_path):
    report = _report(tmp_path, "total_labels: [akumulasi]\n")
    result = CliRunner().invoke(cli.main, ["check", str(report), "--format", "json"])
    assert result.exit_code == 1, result.output
    assert "SUM002" in _rules(result)


def test_extension_does_not_leak_into_a_later_check_without_it(tmp_path):
    report = _report(tmp_path, "total_labels: [akumulasi]\n")
    extended = check(report, vocabulary=str(tmp_path / "kata"))
    plain = check(report)
    assert [f.rule for f in extended.findings] == ["SUM002"]
    assert plain.findings == []


def test_misspelt_key_is_refused_naming_file_and_key(tmp_path):
    report = _report(tmp_path, "total_label: [akumulasi]\n")
    result = CliRunner().invoke(cli.main, ["check", str(report)])
    assert result.exit_code == 2
    assert "vocabulary.yaml" in result.stderr and "'total_label'" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_file_no_builtin_vocabulary_has_is_refused(tmp_path):
    report = _report(tmp_path, "total_labels: [akumulasi]\n")
    (tmp_path / "kata" / "kolom.yaml").write_text("types: {}\n", encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["check", str(report)])
    assert result.exit_code == 2
    assert "kolom.yaml" in result.stderr and "no built-in vocabulary" in result.stderr


def test_list_where_a_list_is_built_in(tmp_path):
    report = _report(tmp_path, "total_labels: akumulasi\n")
    result = CliRunner().invoke(cli.main, ["check", str(report)])
    assert result.exit_code == 2
    assert "total_labels must be a list" in result.stderr
