"""People across the report (issue 12 §7): one person spelled two ways (NAM001), and the head
who signs the Kata Pengantar, the Penutup and the Perjanjian Kinerja (NAM002). Names are read
by recognise/people.py without titles and degrees; the thresholds are in data/names.yaml.

Two spellings are taken for one person only with evidence: the same NIP, or the same number of
words and a letter or two apart (rapidfuzz) with no post that tells them apart. A name that is
part of another ("Maria Goreti" / "Maria Goreti Bria") is compared only when the same post ties
them; two rows of one list of people are two people."""
from __future__ import annotations

from dataclasses import replace
from itertools import combinations

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio, token_set_ratio

from ..findings import Location, Severity
from ..recognise.people import Mention, Name, People, normal_role, read_people, vocabulary
from ..recognise.view import is_word_prefix
from .context import Context
from .registry import Rule, check_kind


def people(context: Context) -> People:
    cached = context.cache.get("people")
    if cached is None:
        cached = context.cache["people"] = read_people(context.document)
    return cached


def _words(role: str) -> list[str]:
    """A role's words without the party it is signed as ("Pihak Pertama Kapolres …")."""
    words = normal_role(role).split()
    for phrase in vocabulary()["first_party"] + vocabulary()["second_party"]:
        cut = normal_role(phrase).split()
        if words[:len(cut)] == cut:
            words = words[len(cut):]
    return words


def posts_conflict(a: Mention, b: Mention) -> bool:
    """Two posts that name different offices: neither is the other with more words after it
    ("Ketua Pengadilan Negeri X" and "Wakil Ketua Pengadilan Negeri X" are two posts)."""
    if a.role_kind != "post" or b.role_kind != "post" or not a.role or not b.role:
        return False
    wa, wb = _words(a.role), _words(b.role)
    return bool(wa and wb) and not is_word_prefix(wa, wb)


def same_post(a: Mention, b: Mention) -> bool:
    """The same post of the same office: printed alike ("Kepala Dinas Kesehatan Kabupaten X"),
    or one the other with more words after it ("Kepala Dinas Pendidikan" / "Kepala Dinas
    Pendidikan Kabupaten X"), the shorter naming post and office (three words or more)."""
    if a.role_kind != "post" or b.role_kind != "post":
        return False
    wa, wb = _words(a.role), _words(b.role)
    short = min(len(wa), len(wb))
    return short >= 2 and (wa == wb or short >= 3 and is_word_prefix(wa, wb))


def _extension(a: Name, b: Name) -> bool:
    short, long = sorted((a.tokens, b.tokens), key=len)
    if len(short) == len(long):
        return False
    return long[:len(short)] == short or set(short) <= set(long)


def spelling_variant(a: Name, b: Name) -> int | None:
    """Letters apart when the two are one name misspelt: same number of words, a letter or two
    apart, similar throughout, no initial changed; else None."""
    v = vocabulary()
    if a.key == b.key or len(a.tokens) != len(b.tokens) or len(a.tokens) < 2:
        return None
    if min(a.letters, b.letters) < v["min_letters"]:
        return None
    edits = Levenshtein.distance(a.key, b.key)
    if edits > v["max_edits"] or ratio(a.key, b.key) < v["min_ratio"]:
        return None
    for x, y in zip(a.tokens, b.tokens):
        if x != y and (min(len(x), len(y)) <= 2 or x[0] != y[0] and Levenshtein.distance(x, y) > 1):
            return None
    return edits


def _relation(a: Mention, b: Mention) -> tuple[str, int] | None:
    """How two mentions of different spellings are one person: ("id"|"post"|"name", edits)."""
    if a.ident and b.ident:
        if a.ident != b.ident:
            return None
        if token_set_ratio(a.name.key, b.name.key) < vocabulary()["same_id_min_ratio"]:
            return None
        return "id", Levenshtein.distance(a.name.key, b.name.key)
    if a.group and a.group == b.group:
        return None                     # two rows of one list of people
    if posts_conflict(a, b):
        return None
    edits = spelling_variant(a.name, b.name)
    if edits is not None:
        return ("post" if same_post(a, b) and edits <= vocabulary()["max_edits_error"] else "name"), edits
    if _extension(a.name, b.name) and same_post(a, b):
        return "extension", 0
    return None


_BASIS = {
    "id": ("NIP/NRP sama ({ident})", "the same NIP/NRP ({ident})"),
    "post": ("jabatan sama ({role}), berbeda {edits} huruf", "the same post ({role}), {edits} letter(s) apart"),
    "name": ("nama lengkap hanya berbeda {edits} huruf", "the full name is only {edits} letter(s) apart"),
    "extension": ("jabatan sama ({role}), nama yang satu penggalan nama lain",
                  "the same post ({role}), one name is part of the other"),
}


def _role_shown(mention: Mention) -> tuple[str, str]:
    if mention.role:
        return mention.role, mention.role
    shown = {"signature": ("tanda tangan", "signature"), "agreement": ("perjanjian kinerja", "performance agreement"),
             "table": ("daftar nama", "list of names"), "prose": ("narasi", "text"),
             "duty": ("pembagian tugas", "duties")}
    return shown.get(mention.source, ("", ""))


def _listed_apart(mentions: list[Mention]) -> set[frozenset]:
    """Spellings printed side by side, as entries of one list of people or in one row, cell or
    line: two people, whatever their names."""
    places: dict[tuple, set[str]] = {}
    for m in mentions:
        loc = m.location
        places.setdefault(("at", loc.line, loc.page, loc.paragraph, loc.table, loc.row, loc.col),
                          set()).add(m.name.key)
        if m.group:
            places.setdefault(("group", m.group), set()).add(m.name.key)
    apart: set[frozenset] = set()
    for keys in places.values():
        apart.update(frozenset(pair) for pair in combinations(sorted(keys), 2))
    return apart


@check_kind("name_spelling")
def name_spelling(rule: Rule, context: Context):
    """NAM001: one person, two spellings."""
    found = people(context)
    mentions = [m for m in found.mentions if len(m.name.tokens) >= 2]
    by_key: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_key.setdefault(mention.name.key, []).append(mention)
    order = list(by_key)
    for key, group in by_key.items():
        degrees = {tuple(d.lower().replace(".", "") for d in m.name.degrees) for m in group
                   if m.name.degrees}
        if len(degrees) > 1:
            shown = sorted({", ".join(m.name.degrees) for m in group if m.name.degrees})
            context.note(f"NAM001: {group[0].name.shown} is printed with different degrees "
                         f"({' / '.join(shown)}); not a spelling difference", group[0].location)
    reported = _listed_apart(mentions)
    for k1, k2 in combinations(order, 2):
        best = None
        for a in by_key[k1]:
            for b in by_key[k2]:
                relation = _relation(a, b)
                if relation is None:
                    continue
                rank = ("id", "post", "extension", "name").index(relation[0])
                if best is None or rank < best[0]:
                    best = (rank, relation, a, b)
        if best is None:
            continue
        _, (basis, edits), a, b = best
        pair = frozenset((k1, k2))
        if pair in reported and basis != "id":
            continue
        reported.add(pair)
        # the majority spelling is expected; on a tie, the first printed
        if len(by_key[k2]) > len(by_key[k1]):
            a, b, k1, k2 = b, a, k2, k1
        expected_m, found_m = a, b
        role_found, role_expected = _role_shown(found_m), _role_shown(expected_m)
        role = a.role or b.role
        basis_id, basis_en = (t.format(ident=a.ident, role=role, edits=edits) for t in _BASIS[basis])
        finding = rule.finding(
            {"role_found_id": role_found[0], "role_found_en": role_found[1],
             "role_expected_id": role_expected[0], "role_expected_en": role_expected[1],
             "basis_id": basis_id, "basis_en": basis_en},
            [found_m.location, expected_m.location],
            expected=expected_m.name.shown, found=found_m.name.shown,
            difference=f"{edits} huruf/letters" if edits else "",
            key=f"{k1}|{k2}")
        certain = basis in ("id", "post")
        if not certain and finding.severity.rank > Severity.WARNING.rank:
            finding = replace(finding, severity=Severity.WARNING)
        yield finding
    repeated = [group for group in by_key.values() if len(group) >= 2]
    if repeated:
        locations = [g[0].location for g in repeated[:3]]
        yield rule.passed("names", sum(len(g) for g in repeated), locations,
                          f"{len(by_key)} people named {len(mentions)} times")


# ---------------------------------------------------------------- NAM002

_PARTS = {
    "foreword": ("Kata Pengantar", "Kata Pengantar (foreword)"),
    "closing": ("Penutup", "closing (Penutup)"),
    "agreement": ("Perjanjian Kinerja (pihak pertama)", "Perjanjian Kinerja (first party)"),
}


def signatories(found: People) -> dict[str, Mention]:
    """The signer of the Kata Pengantar (its last signature that only acknowledges nothing),
    of the Penutup (the last signature of the closing section), and the Perjanjian Kinerja's
    first party."""
    out: dict[str, Mention] = {}
    forewords: dict[int, list[Mention]] = {}
    closing: list[Mention] = []
    for mention in found.mentions:
        if mention.source != "signature" or mention.acknowledging or mention.party:
            continue
        kind, at = found.section_at(mention.position)
        if kind == "foreword":
            forewords.setdefault(at, []).append(mention)
        elif kind == "closing":
            closing.append(mention)
    if forewords:
        out["foreword"] = forewords[min(forewords)][-1]
    if closing:
        out["closing"] = closing[-1]
    first = [m for m in found.mentions if m.party == "first"]
    if first:
        out["agreement"] = first[0]
    return out


def one_person(a: Mention, b: Mention) -> bool:
    if a.ident and b.ident:
        return a.ident == b.ident
    if a.name.key == b.name.key:
        return True
    return not posts_conflict(a, b) and (spelling_variant(a.name, b.name) is not None
                                         or _extension(a.name, b.name))


@check_kind("signatory")
def signatory(rule: Rule, context: Context):
    """NAM002: the Kata Pengantar, the Penutup and the Perjanjian Kinerja signed by one head."""
    found = signatories(people(context))
    if len(found) < 2:
        where = next(iter(found.values())).location if found else None
        parts = ", ".join(_PARTS[p][1] for p in found) or "none"
        context.note(f"NAM002: not checked: fewer than two of the Kata Pengantar, Penutup and "
                     f"Perjanjian Kinerja signatures were read (found: {parts})", where)
        return
    base_part = "foreword" if "foreword" in found else "closing"
    base = found[base_part]
    checked: list[Location] = [base.location]
    for part in ("closing", "agreement"):
        if part == base_part or part not in found:
            continue
        other = found[part]
        if one_person(base, other):
            checked.append(other.location)
            continue
        yield rule.finding(
            {"part_found_id": _PARTS[part][0], "part_found_en": _PARTS[part][1],
             "part_expected_id": _PARTS[base_part][0], "part_expected_en": _PARTS[base_part][1]},
            [other.location, base.location],
            expected=base.name.shown, found=other.name.shown, key=f"{base_part}|{part}")
    if len(checked) >= 2:
        yield rule.passed("signatures", len(checked), checked,
                          f"{base.name.shown} signs {len(checked)} parts")
