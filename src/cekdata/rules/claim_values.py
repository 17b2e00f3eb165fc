"""PRO010: an indicator's value stated in prose — "IKM tahun 2025 sebesar 83,57", "realisasi
APK SD/MI tahun 2024 mencapai 105,21", "crime clearance tahun 2024 sebesar 68,27%" — against
that indicator's value in the tables for the same measure and year.

A figure is bound when the words between it and the figure before it name exactly one
indicator of the matrix (by one of its names: the full name, its abbreviation "APK SD/MI", or
its head "Indeks Kepuasan Masyarakat" when no other indicator shares it), a measure (realisasi,
target, capaian — by the words before it; an indicator named right before "sebesar",
"mencapai" … is stated at its realisasi) and a year (stated, or the report year). A figure
after it in the same clause keeps its indicator ("… 105,21 persen melampaui target 104,50").
Unbound figures (no measure word, two indicators in the clause, a per-unit figure, a change,
an extreme, another period) are listed as "stated, not checked".
Vocabulary: ``indicator_values`` in data/claims.yaml."""
from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..documents.numbers import Figure, fold, is_year, parse_figure
from ..findings import Location
from ..recognise.claims import sentences
from ..recognise.counted import prose_paragraphs
from ..recognise.identity import Indicator, normalise
from ..recognise.matrix import Matrix
from ..recognise.view import vocabulary
from .claim_totals import title_words
from .context import Context
from .indicators import matrix
from .registry import Rule, check_kind

_FIGURE = re.compile(r"(?<![\w.,/-])(?P<rp>rp\.?\s*)?(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)"
                     r"(?P<pct>\s*(?:%|persen\b|‰))?", re.IGNORECASE)
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
_FORMULA = re.compile(r"\brumus\b|[×÷=]|\s[x*]\s*100|/\s*target|target\s*/", re.IGNORECASE)
# Words between a measure word and the indicator it measures: "realisasi indikator kinerja IKM"
_FILLERS = {"indikator", "kinerja", "utama", "iku", "untuk", "pada", "dari", "atas"}
# "capaian IKM sebesar 84,10": reports call an indicator's value its capaian too
ALSO = {"capaian": ("capaian", "realisasi")}
_ABBREVIATION = re.compile(r"^[A-Z][A-Za-z]*[A-Z](?:[ /-][A-Za-z0-9]+)*$")
FUZZY_MIN_LENGTH = 24     # aliases this long may differ by a typo ("persentase"/"presentase" …)
FUZZY_SCORE = 94


def _vocab() -> dict:
    return vocabulary("claims")["indicator_values"]


# --- the names an indicator goes by -------------------------------------------------------------

def _forms(name: str) -> set[str]:
    """"Angka Partisipasi Kasar (APK) SD/MI" → the name without and with its bracket, "apk sd
    mi"; "Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan Polres" → also "ikm" and "indeks
    kepuasan masyarakat"; "Jumlah sampel … (%)" without its unit."""
    tails = _vocab()["name_tails"]
    raw = re.sub(r"^\s*(?:iku\s*)?\d{1,2}[.)]\s*", "", fold(name), flags=re.IGNORECASE).strip()
    while True:                                         # a unit in brackets at the end: "(%)"
        unit = re.search(r"\s*\(([^()]*)\)\s*$", raw)
        if unit and not _ABBREVIATION.match(unit.group(1).strip()) and \
                len(unit.group(1).split()) <= 1:
            raw = raw[:unit.start()].strip()
            continue
        break
    forms = {normalise(re.sub(r"\([^()]*\)", " ", raw)), normalise(raw)}
    bracket = re.search(r"\(([^()]+)\)", raw)
    if bracket:
        inner, before, after = bracket.group(1), raw[:bracket.start()], raw[bracket.end():]
        forms.add(normalise(f"{inner} {after}"))
        first = normalise(after).split()[:1]
        if not first or first[0] in tails:
            forms.update({normalise(inner), normalise(before)})
    for form in list(forms):
        words = form.split()
        cut = next((i for i, w in enumerate(words) if i >= 2 and w in tails), None)
        if cut is not None:
            forms.add(" ".join(words[:cut]))
    return {f for f in forms if len(f) >= 3}


def _count_phrase(name: str) -> str | None:
    """"Jumlah sampel obat dan makanan yang diuji" → "sampel obat dan makanan": a count of it
    stated in prose ("menguji 2.236 sampel obat dan makanan") is the indicator's value."""
    text = normalise(name)
    found = re.match(r"^(?:jumlah|banyaknya)\s+(.+?)(?:\s+yang\s+.*)?$", text)
    return found.group(1) if found and len(found.group(1).split()) >= 2 else None


@dataclass
class Names:
    aliases: dict[str, Indicator]          # form -> the one indicator it names
    counted: dict[str, Indicator]          # count phrase -> indicator


def names(model: Matrix) -> Names:
    owners: dict[str, set[str]] = {}
    counted_owners: dict[str, set[str]] = {}
    by_id = {i.id: i for i in model.identity.indicators}
    for indicator in model.identity.indicators:
        # sorted: named_in tries the forms in this order, and set order changes with the
        # process's hash seed (each batch worker would bind prose figures differently)
        for name in sorted({indicator.name, *(e.name for _, e in indicator.members)}):
            for form in sorted(_forms(name)):
                owners.setdefault(form, set()).add(indicator.id)
            phrase = _count_phrase(name)
            if phrase:
                counted_owners.setdefault(phrase, set()).add(indicator.id)
    aliases = {f: by_id[next(iter(ids))] for f, ids in owners.items() if len(ids) == 1}
    # a form that is part of another indicator's name says nothing ("angka partisipasi kasar")
    for form in list(aliases):
        if any(f"{form} " in f"{other} " and aliases.get(other) is not aliases[form]
               for other in owners if other != form and len(owners[other]) == 1):
            del aliases[form]
    counted = {p: by_id[next(iter(ids))] for p, ids in counted_owners.items() if len(ids) == 1}
    return Names(aliases, counted)


def named_in(text: str, known: Names) -> list[tuple[int, int, Indicator]]:
    """(start, end, indicator) of each indicator named in normalised ``text``, longest first,
    without overlaps."""
    spans = []
    for form, indicator in known.aliases.items():
        for match in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
            spans.append((match.start(), match.end(), indicator))
        if len(form) >= FUZZY_MIN_LENGTH and len(text) >= len(form) and not spans:
            hit = fuzz.partial_ratio_alignment(form, text, score_cutoff=FUZZY_SCORE)
            if hit is not None:
                spans.append((hit.dest_start, hit.dest_end, indicator))
    spans.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
    chosen: list[tuple[int, int, Indicator]] = []
    for span in spans:
        if not any(span[0] < c[1] and c[0] < span[1] for c in chosen):
            chosen.append(span)
    return sorted(chosen)


# --- figures bound to an indicator --------------------------------------------------------------

@dataclass(frozen=True)
class ValueClaim:
    figure: Figure
    indicator: Indicator | None
    measure: str | None
    year: int | None
    sentence: str
    paragraph: object
    reason: str = ""                       # why it is not bound ("" when it is)

    @property
    def stated(self) -> str:
        return self.figure.raw


def _measure(text: str) -> tuple[int, str] | None:
    """(position, measure) of the measure word nearest the end of ``text``."""
    found = []
    for measure, words in _vocab()["measures"].items():
        for word in words:
            for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
                found.append((match.end(), len(word), measure))
    if not found:
        return None
    end, _, measure = max(found)
    return end, measure


def _has_any(text: str, words: list[str]) -> str | None:
    return next((w for w in words if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text)), None)


def _clean(text: str) -> str:
    """Normalised like indicator names, keeping the clause marks that matter here."""
    text = fold(text).lower().replace("/", " ")
    text = re.sub(r"\b(presentase|prosentase)\b", "persentase", text)
    text = re.sub(r"[^\w\s,;-]", " ", text)
    return " ".join(text.split())


def value_claims(paragraph, sentence: str, known: Names, year: int | None,
                 own_words: frozenset[str] = frozenset()) -> list[ValueClaim]:
    """``own_words``: the agency's name ("KPU Provinsi X"), which narrows nothing."""
    vocab = _vocab()
    sub_values = [w for w in vocab["sub_values"] if w not in own_words]
    out: list[ValueClaim] = []
    previous_end = 0
    current: tuple[Indicator, int | None] | None = None     # the clause's indicator and year
    if _FORMULA.search(sentence):
        return out                                         # "capaian = realisasi/target × 100%"
    for match in _FIGURE.finditer(sentence):
        raw = match.group("num")
        start, end = match.start(), match.end()
        if is_year(raw) and not match.group("pct"):
            continue
        lead_raw, previous_end = sentence[previous_end:start], end
        if match.group("rp") or re.match(r"\s*(?:ribu|juta|miliar|milyar|triliun)\b",
                                         sentence[end:], re.I):
            current = None
            continue
        if not sentence[:start].strip() and re.match(r"[.)]\s", sentence[end:end + 2]):
            continue                                       # "4. Sasaran …": a list number
        figure = parse_figure(raw + ("%" if match.group("pct") and "%" in match.group("pct") else ""))
        if figure is None:
            continue
        lead = _clean(lead_raw)
        named = named_in(lead, known)
        tail = _clean(sentence[end:end + 40])
        if not named and known.counted and figure.kind == "count":
            named = [(0, 0, ind) for phrase, ind in known.counted.items()
                     if re.match(rf"{re.escape(phrase)}\b", tail)]
            if named and not re.search(r"[a-z]", lead):
                named = []                                 # a bare count opening the sentence
        breaks = re.search(r"[,;]|\b(?:dan|serta|sedangkan|namun|sementara|kemudian)\b", lead)
        if not named:
            if current is None or breaks:
                current = None
                continue
            indicator, stated_year = current
            outside = lead
        else:
            if len({id(n[2]) for n in named}) > 1:
                current = None
                out.append(ValueClaim(figure, None, None, None, sentence, paragraph,
                                      "two indicators in the clause: " +
                                      ", ".join(n[2].name for n in named)))
                continue
            indicator = named[0][2]
            stated_year = None
            before = lead[:named[0][0]].split()
            while before and before[-1] in _FILLERS:
                before = before[:-1]                       # "realisasi indikator IKM …"
            outside = (before[-1] if before else "") + " " + lead[named[-1][1]:]
        years = [int(y) for y in _YEAR.findall(outside)]
        if years:
            stated_year = years[-1]
        current = (indicator, stated_year)
        measure = _measure(outside)
        sub = _has_any(outside, sub_values) or \
            _has_any(" ".join(tail.split()[:1]), ["poin", "point", "kali", "per"])
        if sub:
            out.append(ValueClaim(figure, indicator, None, None, sentence, paragraph,
                                  f"another quantity than the indicator's value ('{sub}')"))
            continue
        if measure is None:
            after_name = lead[named[-1][1]:] if named else ""
            linked = named and named[0][1] > 0 and _has_any(after_name, vocab["links"]) and \
                len(after_name.split()) <= 5
            counted = named and named[0][1] == 0
            if linked or counted:
                measure = (0, "realisasi")
        if measure is None:
            if figure.kind == "count" and re.match(r"\s+[a-z]{3,}", sentence[end:]) and \
                    not re.match(r"\s+persen\b", sentence[end:]):
                continue                                   # "4 kriteria": a count of something else
            out.append(ValueClaim(figure, indicator, None, None, sentence, paragraph,
                                  "no measure word (realisasi, target, capaian) before it"))
            continue
        out.append(ValueClaim(figure, indicator, measure[1], stated_year or year, sentence,
                              paragraph))
    return out


# --- the check ----------------------------------------------------------------------------------

def _agrees(figure: Figure, value) -> bool:
    held = value.value.score if value.value.is_qualitative else value.value.figure
    if held is None:
        return False
    return figure.overlaps(held.low, held.high)


@check_kind("prose_indicator_value")
def prose_indicator_value(rule: Rule, context: Context):
    model = matrix(context)
    if not model.identity.indicators:
        return
    known = names(model)
    own = frozenset(title_words(context))
    for paragraph, _ in prose_paragraphs(context.document):
        for sentence in sentences(paragraph):
            for claim in value_claims(paragraph, sentence, known, context.year, own):
                yield from _check(rule, context, model, claim)


def _location(claim: ValueClaim) -> Location:
    return claim.paragraph.location(claim.sentence)


def _note(context: Context, rule: Rule, claim: ValueClaim, reason: str) -> None:
    what = f" of '{claim.indicator.name}'" if claim.indicator is not None else ""
    context.note(f"{rule.code}: stated, not checked: {claim.stated}{what} ({reason})",
                 _location(claim))


def _check(rule: Rule, context: Context, model: Matrix, claim: ValueClaim):
    if claim.reason:
        _note(context, rule, claim, claim.reason)
        return
    def of(measure: str):
        return [v for v in model.of(claim.indicator, measure) if v.year == claim.year
                and (v.value.figure is not None or v.value.score is not None)]
    values = of(claim.measure)
    if not values:
        _note(context, rule, claim, f"no {claim.measure} {claim.year} in the tables")
        return
    accepted = values + [v for m in ALSO.get(claim.measure, ()) if m != claim.measure for v in of(m)]
    location = _location(claim)
    name = claim.indicator.name
    if any(_agrees(claim.figure, v) for v in accepted):
        agreeing = [v for v in accepted if _agrees(claim.figure, v)]
        yield rule.passed(agreeing[0].view.name, 1, [location, agreeing[0].location],
                          f"L{claim.paragraph.line} {name}: {claim.measure} {claim.year} "
                          f"{claim.figure.raw}")
        return
    shown = list(dict.fromkeys(v.value.show() for v in values))
    listing = "; ".join(f"{v.source} {v.location.short()}: {v.value.show()}" for v in values)
    yield rule.finding({"indicator": name, "measure": claim.measure, "year": claim.year,
                        "stated": claim.figure.raw, "values": listing},
                       [location, *(v.location for v in values)], expected=" / ".join(shown),
                       found=claim.figure.raw,
                       key=f"value:{claim.indicator.name}:{claim.measure}:{claim.year}:"
                           f"{claim.figure.value}")
