"""Citations and dates a reviu reads (issue 12 §8, §10): one regulation cited with two years or
two titles (CIT001), dates that do not exist (CIT002), and events the report says have happened
after the date it was signed (CIT003). Words and forms are in ``data/citations.yaml``; unsure
means no finding and a coverage note."""
from __future__ import annotations

import calendar
import re
from collections import Counter, defaultdict
from dataclasses import replace

from rapidfuzz import fuzz

from ..data import derived
from ..findings import Severity
from ..recognise.citations import (MONTHS, Citation, citations, is_place_date, printed_dates,
                                   show_date, signature, simple, units, vocabulary)
from ..recognise.view import is_word_prefix
from .context import Context
from .registry import Rule, check_kind


# ------------------------------------------------------------------ CIT001

def _content(title: str) -> list[str]:
    filler = set(vocabulary()["title_filler"])
    return [w for w in simple(title).split() if w not in filler]


def _acronym(short: str, long: str) -> bool:
    """"SAKIP" for "Sistem Akuntabilitas Kinerja Instansi Pemerintah"."""
    letters = "".join(w[0] for w in _content(long))
    word = simple(short).replace(" ", "")
    return len(word) >= 2 and word == letters


def _numbers(title: str) -> set[str]:
    return set(re.findall(r"\d+", title))


def same_title(a: str, b: str) -> bool:
    ca, cb = _content(a), _content(b)
    if len(ca) < vocabulary()["title_min_words"] or len(cb) < vocabulary()["title_min_words"]:
        return False
    if _numbers(a) != _numbers(b):
        return False
    return (fuzz.token_sort_ratio(" ".join(ca), " ".join(cb)) >= vocabulary()["title_same"]
            or is_word_prefix(ca, cb))


def different_titles(a: str, b: str) -> bool:
    """Clearly two subjects: no shared start, no acronym, little in common — also when the
    sentence runs on after a comma ("tentang SAKIP, setiap instansi …")."""
    heads = [a.split(",")[0], b.split(",")[0]]
    first_words = [t.split()[0] for t in (a, b) if t.split()]
    if any(_acronym(w.strip(",.;"), other) for w, other in zip(first_words, (b, a)) if w.isupper()):
        return False
    if not _different(a, b):
        return False
    least = vocabulary()["title_min_words"]
    for x, y in ((heads[0], b), (a, heads[1]), tuple(heads)):
        long_enough = len(_content(x)) >= least and len(_content(y)) >= least
        if long_enough and not _different(x, y):
            return False
        if is_word_prefix(_content(x), _content(y)) or _acronym(x, y) or _acronym(y, x):
            return False
    return True


def _different(a: str, b: str) -> bool:
    ca, cb = _content(a), _content(b)
    least = vocabulary()["title_min_words"]
    if len(ca) < least or len(cb) < least or is_word_prefix(ca, cb) or _acronym(a, b) or _acronym(b, a):
        return False
    generic = set(vocabulary()["title_generic"])
    da, db = set(ca) - generic, set(cb) - generic
    if not da or not db:
        return False
    return len(da & db) / len(da | db) <= vocabulary()["title_different"]


def _recurring(title: str) -> bool:
    text = f" {simple(title)} "
    return any(f" {simple(w)} " in text for w in vocabulary()["recurring_titles"])


def _issuers_compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    shorter, longer = sorted((a.split(), b.split()), key=len)
    if longer[:len(shorter)] != shorter:
        return False
    return longer[len(shorter)] not in vocabulary()["lower_bodies"]


def _groups(found: list[Citation]) -> list[list[Citation]]:
    """Citations of one kind and number whose issuers can be the same body."""
    by_identity = defaultdict(list)
    for citation in found:
        if citation.year is not None and re.fullmatch(r"\d{1,4}[a-z]?", citation.number, re.I):
            by_identity[citation.identity].append(citation)
    groups = []
    for cited in by_identity.values():
        issuers = sorted({c.issuer for c in cited}, key=len, reverse=True)
        named = [i for i in issuers if i]
        for issuer in issuers:
            if not issuer and len(named) > 1:
                continue                          # a bare kind among several bodies: whose?
            group = [c for c in cited if _issuers_compatible(c.issuer, issuer)
                     and (c.issuer == issuer or not c.issuer)]
            if len(group) > 1 and not any(set(map(id, group)) <= set(map(id, g)) for g in groups):
                groups.append(group)
    return groups


def _context_words(citation: Citation, title: str) -> int:
    """How many of a title's own words (not its issuer's, not the kind's) the sentence of an
    untitled citation repeats."""
    own = set(_content(title)) - set(simple(citation.kind + " " + citation.issuer).split())
    for long, short in vocabulary()["issuer_aliases"].items():
        own -= set(simple(long).split())
    sentence = set(simple(citation.unit.text).split())
    return len(own & sentence)


def _around(citation: Citation) -> set[str]:
    """The subject words next to an untitled citation ("mediasi sesuai PERMA …")."""
    vocab = vocabulary()
    size = vocab["context_window"]
    text = citation.unit.text
    before = simple(text[:citation.start]).split()[-size:]
    after = simple(text[citation.end:]).split()[:size]
    ignored = set(vocab["context_filler"]) | set(vocab["title_generic"]) | set(vocab["title_filler"])
    ignored |= set(simple(citation.kind + " " + citation.issuer).split())
    return {w for w in before + after if w not in ignored and not w.isdigit() and len(w) > 2}


def _printed(citation: Citation) -> str:
    title = f" tentang {citation.title}" if citation.title else ""
    return f"{citation.raw}{title}"[:160]


def _year_findings(rule: Rule, context: Context, group: list[Citation]):
    years = Counter(c.year for c in group)
    titled = [c for c in group if c.title]
    reported = set()
    for a in group:
        for b in group:
            if a.year == b.year or (a.year, b.year) in reported or (b.year, a.year) in reported:
                continue
            if a.title and b.title and same_title(a.title, b.title):
                if _recurring(a.title):
                    context.note(f"{rule.code}: not checked: {a.show()} and {b.show()} share a "
                                 f"title issued every year", a.unit.location)
                    reported.add((a.year, b.year))
                    continue
                severity = (Severity.WARNING if a.kind in vocabulary()["administrative"]
                            else None)
                detail = ("the same title", "judul yang sama")
            elif a.title and not b.title and not any(c.year == b.year for c in titled) \
                    and _context_words(b, a.title) >= vocabulary()["context_words"] \
                    and not _recurring(a.title):
                severity, detail = Severity.WARNING, ("a sentence on the same subject",
                                                      "kalimat tentang pokok yang sama")
            elif not a.title and not b.title and not titled and a.unit.text != b.unit.text \
                    and _around(a) & _around(b) and a.year > b.year:
                severity, detail = Severity.WARNING, ("the same subject around both",
                                                      "pokok yang sama di sekitar keduanya")
            else:
                continue
            reported.add((a.year, b.year))
            # the year cited more often is expected; on a tie, the titled citation's
            common = max((a, b), key=lambda c: (years[c.year], bool(c.title)))
            odd = b if common is a else a
            finding = rule.finding(
                {"citation": odd.show(), "year": odd.year, "other_year": common.year,
                 "first": _printed(odd), "second": _printed(common), "detail_en": detail[0],
                 "detail_id": detail[1]},
                [odd.unit.location, common.unit.location], expected=f"Tahun {common.year}",
                found=f"Tahun {odd.year}", difference=str(odd.year - common.year),
                key=f"{odd.identity}|{odd.year}|{common.year}")
            yield replace(finding, severity=severity) if severity else finding


def _title_findings(rule: Rule, group: list[Citation]):
    by_year = defaultdict(list)
    for c in group:
        if c.title:
            by_year[c.year].append(c)
    for year, cited in by_year.items():
        first = cited[0]
        for other in cited[1:]:
            if different_titles(first.title, other.title):
                finding = rule.finding(
                    {"citation": first.show(), "year": year, "other_year": year,
                     "first": _printed(other), "second": _printed(first),
                     "detail_en": "two different titles", "detail_id": "dua judul berbeda"},
                    [other.unit.location, first.unit.location], expected=first.title[:80],
                    found=other.title[:80], key=f"{first.identity}|{year}|title")
                yield replace(finding, severity=Severity.WARNING)
                break


def _known_findings(rule: Rule, found: list[Citation], done: set[str]):
    """A citation carrying the title of a regulation every report cites (``known`` in the
    vocabulary) under its kind and number, but another year."""
    reported = set()
    for known in vocabulary()["known"]:
        cited = [c for c in found if c.kind == known["kind"] and c.number == known["number"]
                 and not c.issuer and c.identity not in done]
        right = [c for c in cited if c.year == known["year"]]
        for citation in cited:
            if citation.year in (None, known["year"]) or not citation.title \
                    or not _known_title(citation.title, known["title"]):
                continue
            if (citation.identity, citation.year) in reported:
                continue
            reported.add((citation.identity, citation.year))
            where = [citation.unit.location] + [c.unit.location for c in right[:1]]
            shown = f"{citation.show().rsplit(' Tahun', 1)[0]} Tahun {known['year']} tentang {known['title']}"
            yield rule.finding(
                {"citation": citation.show(), "year": citation.year, "other_year": known["year"],
                 "first": _printed(citation), "second": shown[:160],
                 "detail_en": "the regulation with this title is of another year",
                 "detail_id": "peraturan dengan judul ini bertahun lain"},
                where, expected=f"Tahun {known['year']}", found=f"Tahun {citation.year}",
                difference=str(citation.year - known["year"]),
                key=f"{citation.identity}|{citation.year}|known")


def _known_title(title: str, known: str) -> bool:
    cited, full = _content(title), _content(known)
    least = vocabulary()["title_min_words"]
    if len(cited) < least:
        return False
    return same_title(title, known) or (cited == full[:len(cited)])


@check_kind("citation_identity")
def citation_identity(rule: Rule, context: Context):
    found = citations(context.document)
    checked = 0
    done = set()
    for group in _groups(found):
        results = list(_year_findings(rule, context, group)) + list(_title_findings(rule, group))
        if results:
            done.add(group[0].identity)
        yield from results
        checked += len(group)
    yield from _known_findings(rule, found, done)
    if checked:
        yield rule.passed("citations", len(found), [found[0].unit.location],
                          "regulations cited with one year and one title")


# ------------------------------------------------------------------ CIT002

@derived
def _not_a_day() -> re.Pattern:
    words = "|".join(re.escape(w) for w in vocabulary()["not_a_day_before"])
    return re.compile(rf"(?:^|\W)(?:{words})\s*:?\s*$", re.IGNORECASE)


def _days(month: int, year: int | None) -> int:
    if year is None:
        return 29 if month == 2 else calendar.monthrange(2001, month)[1]
    return calendar.monthrange(year, month)[1]


@check_kind("impossible_date")
def impossible_date(rule: Rule, context: Context):
    checked = 0
    for unit in units(context.document):
        for printed in printed_dates(unit.text):
            if printed.day is None:
                continue
            if not printed.numeric and _not_a_day().search(unit.text[:printed.start]):
                continue
            checked += 1
            if printed.possible:
                continue
            days = _days(printed.month, printed.year)
            month = MONTHS[printed.month - 1] + (f" {printed.year}" if printed.year else "")
            yield rule.finding({"date": printed.raw, "month": month, "days": days},
                               [unit.location], expected=f"≤ {days}", found=str(printed.day),
                               difference=str(printed.day - days),
                               key=f"{printed.raw}|{unit.location.short()}")
    if checked:
        yield rule.passed("dates", checked, [], "every date exists in its month")


# ------------------------------------------------------------------ CIT003

def _marked(text: str, words: list[str]) -> str | None:
    low = f" {simple(text)} "
    return next((w for w in words if f" {simple(w)} " in low), None)


@check_kind("date_after_signature")
def date_after_signature(rule: Rule, context: Context):
    signed = signature(context.document)
    if signed is None:
        context.note(f"{rule.code}: not checked: no place-and-date line found at the Kata "
                     f"Pengantar (the report's own date)")
        return
    vocab = vocabulary()
    checked = 0
    for unit in units(context.document, tables=False):
        if unit.paragraph is None or is_place_date(unit.paragraph):
            continue
        past = _marked(unit.text, vocab["past_markers"])
        if past is None or _marked(unit.text, vocab["plan_markers"]):
            continue
        for printed in printed_dates(unit.text, month_only=True):
            when = printed.as_date()
            if when is None or printed.numeric:
                continue
            checked += 1
            if when <= signed.date:
                continue
            yield rule.finding(
                {"date": printed.raw, "signed": signed.printed, "marker": past},
                [unit.location, signed.paragraph.location(signed.paragraph.text[:80])],
                expected=f"≤ {show_date(signed.date)}", found=show_date(when),
                difference=f"{(when - signed.date).days} hari",
                key=f"{printed.raw}|{unit.location.short()}")
            break
    if checked:
        yield rule.passed("prose", checked, [signed.paragraph.location(signed.printed)],
                          f"events told as past are dated on or before {signed.printed}")
