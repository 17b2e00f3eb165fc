"""The table of contents against the body: every Daftar Isi entry names a heading of the
report by the same title (TOC001) on the page it gives (TOC002).

The Daftar Isi is read in any format: lines "BAB I PENDAHULUAN ........ 1", "A. Latar
Belakang\t2", "Kata Pengantar i" (text, Markdown, PDF, where tight lines run together into one
paragraph), or a table whose last column holds the pages (tab-separated text, Markdown pipes,
Word, PDF). Entries are matched to the body's headings in order, a section entry within its
chapter: by title (fuzzily, for OCR), else by its number or letter.

Pages: a PDF's physical page of the heading, or printed page numbers on lines of their own in
text; the offset between them and the entries (a cover, roman front matter) is taken from the
entries themselves, and only an entry that disagrees with it is flagged. Vocabulary:
``data/structure.yaml``."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ..documents.model import Paragraph, Table
from ..findings import Location, Severity
from .context import Context
from .registry import Rule, check_kind
from .report_structure import (Heading, _heading_like, clean, content_words, headings, norm, read_line, roman,
                               similarity, vocabulary)

_PAGE = r"(\d{1,3}|[ivxlc]{1,7})"     # a page, not a year
_ENTRY = re.compile(rf"^(?P<title>.*?\S)\s*(?:[.·…_]{{2,}}\s*|\t+|\s+)(?P<page>{_PAGE})\s*$", re.IGNORECASE)
_LEADERS = re.compile(rf"(?P<title>\S.*?)\s*(?:\.{{3,}}|…+|·{{3,}}|_{{3,}})\s*(?P<page>{_PAGE})(?=\s|$)",
                      re.IGNORECASE)


@dataclass
class Entry:
    text: str                 # title as printed (with its number)
    kind: str                 # chapter | section | named | styled | other
    label: str
    title: str
    chapter: int | None
    page: str | None          # as printed
    location: Location
    block: int
    in_table: bool = False

    @property
    def arabic(self) -> int | None:
        return int(self.page) if self.page and self.page.isdigit() else None

    @property
    def roman(self) -> int | None:
        return roman(self.page) if self.page and not self.page.isdigit() else None


@dataclass
class Toc:
    heading: int                              # block of the "DAFTAR ISI" heading
    heading_location: Location
    blocks: list[int] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)


def _is_title(text: str, titles: list[str]) -> bool:
    text = clean(text)
    return len(text) <= 40 and any(similarity(text, t) >= vocabulary()["same_title"] for t in titles)


_BULLET = re.compile(r"^(?:[-•*·]\s+|\d{1,2}[.)]\s+(?=\S))")


def _entry(title: str, page: str | None, location: Location, block: int, in_table=False) -> Entry:
    title = " ".join(title.split()).strip(" .:")
    bare = _BULLET.sub("", title, count=1)
    if bare != title and (title[:1] in "-•*·" or (read_line(bare) or ("",))[0] in ("chapter", "named")):
        title = bare                          # "- 3.1 Pengukuran …", "4. BAB I PENDAHULUAN"
    read = read_line(title) or ("other", "", title, None)
    kind, label, heading_title, chapter = read
    return Entry(title, kind, label, heading_title, chapter, page, location, block, in_table)


def _page_like(text: str) -> bool:
    text = text.strip()
    return bool(re.fullmatch(_PAGE, text, re.IGNORECASE)) and (text.isdigit() or roman(text) is not None)


def _row_entries(table: Table, at: int) -> list[Entry]:
    entries = []
    for row in table.header_rows + table.rows:
        texts = [c.raw.strip() for c in row.cells if c.raw.strip()]
        if not texts:
            continue
        page = texts[-1] if len(texts) > 1 and _page_like(texts[-1]) else None
        words = texts[:-1] if page else texts
        title = re.sub(r"\s*[.·…_]{3,}\s*$", "", " ".join(words))
        if not title:
            continue
        cell = row.cells[0]
        loc = Location(line=row.line, page=row.page, table=table.name, row=cell.row or row.number,
                       text=" | ".join(texts), bbox=cell.bbox)
        entries.append(_entry(title, page, loc, at, in_table=True))
    return entries


def _paragraph_entries(paragraph: Paragraph, at: int) -> list[Entry] | None:
    """The entries of a paragraph of the Daftar Isi, or None when it is no such thing."""
    raws = paragraph.raw.split("\n")
    starts = [paragraph.line, *paragraph.line_starts] if paragraph.line is not None else [None] * len(raws)
    entries = []
    for raw, line in zip(raws, starts + [None] * (len(raws) - len(starts))):
        text = clean(raw)
        if not text:
            continue
        runs = list(_LEADERS.finditer(text))
        if len(runs) > 1 and "".join(m.group(0) for m in runs).replace(" ", "") == text.replace(" ", ""):
            for m in runs:                     # PDF: tight lines ran together
                loc = paragraph.location(m.group("title"))
                entries.append(_entry(m.group("title"), m.group("page"), loc, at))
            continue
        m = _ENTRY.match(text)
        if m and len(text) <= 150 and not m.group("title").strip().isdigit():
            loc = replace(paragraph.location(text), line=line) if line is not None else paragraph.location(text)
            entries.append(_entry(m.group("title"), m.group("page"), loc, at))
            continue
        if len(text) <= vocabulary()["max_heading_chars"] and \
                (read_line(text) is not None or _BULLET.match(text)):
            loc = replace(paragraph.location(text), line=line) if line is not None else paragraph.location(text)
            entries.append(_entry(text, None, loc, at))
            continue
        return None
    return entries


def _joined(entries: list[Entry]) -> list[Entry]:
    """An entry whose title wrapped: a page-less line, then the rest of its title (no number
    of its own) with the page ("… dengan Target Jangka" / "Menengah ...... 25")."""
    out: list[Entry] = []
    for entry in entries:
        last = out[-1] if out else None
        if last is not None and last.page is None and entry.page is not None and \
                not last.in_table and entry.kind in ("other", "styled") and not entry.label and \
                last.kind in ("section", "chapter", "other", "styled"):
            joined = _entry(f"{last.text} {entry.text}", entry.page, last.location, last.block)
            out[-1] = joined
            continue
        out.append(entry)
    return out


def read_toc(context: Context) -> Toc | None:
    """The Daftar Isi of the document (cached), or None."""
    if "toc" in context.cache:
        return context.cache["toc"]
    context.cache["toc"] = toc = _read(context.document)
    return toc


def _read(document) -> Toc | None:
    v = vocabulary()
    blocks = document.blocks
    for at, block in enumerate(blocks):
        if not isinstance(block, Paragraph) or not _is_title(block.text, v["toc_titles"]):
            continue
        toc = Toc(at, block.location())
        for j in range(at + 1, len(blocks)):
            nxt = blocks[j]
            if isinstance(nxt, Table):
                rows = _row_entries(nxt, j)
                if not rows or sum(e.page is not None for e in rows) * 2 < len(rows):
                    break
                toc.blocks.append(j)
                toc.entries += rows
                continue
            if not _BULLET.match(clean(nxt.text)) and _is_title(nxt.text, v["toc_ends"]) and \
                    not any(e.page for e in (_paragraph_entries(nxt, j) or [])):
                break
            found = _paragraph_entries(nxt, j)
            if not found:
                break
            if toc.entries and all(e.page is None for e in found) and \
                    (nxt.heading or any(_same_title_text(e.title, f.title)
                                        for e in toc.entries for f in found)):
                break                          # the body's first heading, listed above
            toc.blocks.append(j)
            toc.entries += found
        toc.entries = _joined(toc.entries)
        # page-less lines at the end are the body's first headings, not entries (unless no
        # entry gives a page: a plain list of the parts)
        paged = sum(e.page is not None for e in toc.entries)
        if not paged and len(toc.entries) >= vocabulary()["min_list_entries"]:
            return toc
        while toc.entries and toc.entries[-1].page is None and not toc.entries[-1].in_table:
            dropped = toc.entries.pop()
            if not any(e.block == dropped.block for e in toc.entries):
                toc.blocks.remove(dropped.block)
        if sum(e.page is not None for e in toc.entries) >= 2:
            return toc
    return None


def _same_title_text(a: str, b: str) -> bool:
    return similarity(a, b) >= vocabulary()["same_title"]


# ---------------------------------------------------------------- matching

@dataclass
class Match:
    entry: Entry
    heading: Heading | None
    problem: str = ""          # "" | title | label | fuzzy | missing
    certain: bool = False


def _labels_equal(entry: Entry, heading: Heading) -> bool:
    if entry.kind == "chapter" or heading.kind == "chapter":
        return entry.chapter is not None and entry.chapter == heading.chapter
    return norm(entry.label) == norm(heading.label)


def _same_title(entry: Entry, heading: Heading) -> bool:
    if not entry.title or not heading.title:
        return entry.kind == "chapter" and _labels_equal(entry, heading)
    if similarity(entry.title, heading.title) >= vocabulary()["same_title"] or \
            similarity(entry.text, heading.text) >= vocabulary()["same_title"]:
        return True
    mine, theirs = norm(entry.title).split(), norm(heading.title).split()
    if _shortened(mine, theirs) or _shortened(theirs, mine):
        return True                  # "B. Perjanjian Kinerja" for "B. Perjanjian Kinerja Tahun 2024"
    # a table row that took the next entry's words in as a wrapped line ("BAB IV LAMPIRA
    # PENUTUP N"): every word of the heading, in order, under the same number
    if not (entry.in_table and _labels_equal(entry, heading) and _in_order(theirs, mine)):
        return False
    rest = list(mine)
    for word in theirs:
        rest.remove(word)
    return read_line(" ".join(rest).upper()) is not None and \
        read_line(" ".join(rest).upper())[0] == "named"


def _shortened(short: list[str], long: list[str]) -> bool:
    """``long`` is ``short`` with only years and filler words added."""
    if not short or not _in_order(short, long):
        return False
    stop = set(vocabulary()["stopwords"])
    rest = list(long)
    for word in short:
        rest.remove(word)
    return all(w in stop or w.isdigit() for w in rest)


def _in_order(words: list[str], within: list[str]) -> bool:
    it = iter(within)
    return all(any(w == x for x in it) for w in words)


def _alike(entry: Entry, heading: Heading) -> bool:
    return similarity(entry.title, heading.title) >= vocabulary()["similar_title"] or \
        bool(content_words(entry.title) & content_words(heading.title))


def _written(document, skip: set[int], entry: "Entry") -> bool:
    """Is the entry's title printed as the start of a line somewhere in the body (a heading
    the reader did not take for one)? A mention inside a sentence does not count."""
    wants = {norm(t).replace(" ", "") for t in (entry.title, entry.text) if t}
    wants = {w for w in wants if len(w) >= 4}
    if not wants:
        return True
    for at, block in enumerate(document.blocks):
        if at in skip:
            continue
        if isinstance(block, Paragraph):
            texts = block.raw.split("\n")
        else:
            texts = [block.caption] + [r.cells[0].raw for r in block.header_rows + block.rows if r.cells]
        for text in texts:
            shown = clean(text or "")
            line = norm(shown).replace(" ", "")
            if _heading_like(shown) and any(line.startswith(w) for w in wants):
                return True
            for title in (entry.title, entry.text):   # a heading run on into its paragraph
                if title and shown.lower().startswith(title.lower()) and \
                        shown[len(title):].lstrip(" -–•*:")[:1].isupper():   # "- Sasaran …"
                    return True
    return False


def match_entries(context: Context, toc: Toc) -> list[Match]:
    document = context.document
    skip = set(toc.blocks)
    body = headings(document, skip)
    own = Heading(toc.heading, "named", "", clean(document.blocks[toc.heading].text),
                  clean(document.blocks[toc.heading].text), toc.heading_location)
    if not any(h.at == toc.heading for h in body):
        body = sorted(body + [own], key=lambda h: h.at)
    chapters = [h for h in body if h.kind == "chapter"]
    matches: list[Match] = []
    scope = (0, len(document.blocks))
    scoped = not any(e.kind == "chapter" for e in toc.entries)   # sections placed in their chapter
    last_at = -1
    appendix = False        # entries under a Lampiran entry may be scans without text
    lampiran = next(p["titles"] for p in vocabulary()["parts"] if p["key"] == "lampiran")
    for entry in toc.entries:
        if entry.kind == "chapter":
            pool = body
        else:
            pool = [h for h in body if scope[0] <= h.at < scope[1]]
        pool = sorted(pool, key=lambda h: (h.at <= last_at, h.at if h.at > last_at else -h.at))
        match = _match(entry, pool, scoped)
        if match.heading is None and entry.kind != "chapter":
            wider = _match(entry, sorted(body, key=lambda h: (h.at <= last_at, h.at)), False)
            if wider.heading is not None and wider.problem in ("", "label"):
                match = wider
        if match.heading is None:
            if _written(document, skip | {toc.heading}, entry):
                continue                         # printed, though not as a heading we read
            match = Match(entry, None, "missing",
                          entry.kind in ("chapter", "section", "named") and not appendix)
        matches.append(match)
        appendix = appendix or any(norm(entry.title).startswith(w) for w in lampiran)
        if entry.kind == "chapter":
            if match.heading is not None and match.heading.kind == "chapter":
                after = [c.at for c in chapters if c.at > match.heading.at]
                scope = (match.heading.at, after[0] if after else len(document.blocks))
                scoped = True
            else:                                # its sections may stand anywhere below
                scope, scoped = (last_at + 1, len(document.blocks)), False
        if match.heading is not None:
            last_at = max(last_at, match.heading.at) if match.problem != "fuzzy" else last_at
    return matches


def _match(entry: Entry, pool: list[Heading], scoped: bool = True) -> Match:
    # 1. the same title (and the same number)
    for h in pool:
        if _same_title(entry, h):
            if entry.label and h.label and not _labels_equal(entry, h) and \
                    (entry.kind == h.kind or "chapter" in (entry.kind, h.kind)):
                return Match(entry, h, "label")
            return Match(entry, h)
    # 2. the same number or letter at that place, another title
    if entry.label:
        for h in pool:
            if h.label and _labels_equal(entry, h) and (h.kind == entry.kind):
                if not h.title:
                    return Match(entry, h)
                return Match(entry, h, "title", certain=scoped and similarity(entry.title, h.title)
                             < vocabulary()["similar_title"])
    # 3. a title like it
    best = max(pool, key=lambda h: similarity(entry.title, h.title), default=None)
    if best is not None and similarity(entry.title, best.title) >= vocabulary()["similar_title"]:
        return Match(entry, best, "fuzzy")
    return Match(entry, None)


def matches_of(context: Context) -> tuple[Toc | None, list[Match]]:
    if "toc_matches" not in context.cache:
        toc = read_toc(context)
        context.cache["toc_matches"] = (toc, match_entries(context, toc) if toc else [])
    return context.cache["toc_matches"]


_PROBLEMS = {
    "title": ("berbeda judulnya dengan judul di badan laporan", "differs from the body's heading"),
    "label": ("bernomor lain di badan laporan", "is numbered differently in the body"),
    "fuzzy": ("judulnya di badan laporan hanya mirip", "only resembles the body's heading"),
    "missing": ("tidak ada judulnya di badan laporan", "has no heading in the body"),
}


@check_kind("toc_titles")
def toc_titles(rule: Rule, context: Context):
    """TOC001: a Daftar Isi entry without a body heading of the same title and number."""
    toc, matches = matches_of(context)
    if toc is None:
        return
    good = 0
    for m in matches:
        if not m.problem:
            good += 1
            continue
        problem_id, problem_en = _PROBLEMS[m.problem]
        expected = m.heading.text if m.heading else "-"
        locations = [m.entry.location] + ([m.heading.location] if m.heading else [])
        finding = rule.finding({"entry": m.entry.text, "problem_id": problem_id,
                                "problem_en": problem_en}, locations,
                               expected=expected, found=m.entry.text,
                               key=f"{m.problem}|{norm(m.entry.text)[:60]}")
        if not m.certain and finding.severity.rank > Severity.WARNING.rank:
            finding = replace(finding, severity=Severity.WARNING)
        yield finding
    if good:
        yield rule.passed("daftar isi", good, [toc.heading_location, toc.entries[-1].location],
                          f"{good} of {len(toc.entries)} entries match a heading")


# ---------------------------------------------------------------- pages

def _page_lines(context: Context, skip: set[int]) -> list[tuple[int, int]]:
    """(block position, printed page) of lines that hold only a page number (a footer's last
    line, a header's first), when they run up page by page."""
    pattern = re.compile(vocabulary()["page_line"], re.IGNORECASE)
    found = []
    for at, block in enumerate(context.document.blocks):
        if at in skip or not isinstance(block, Paragraph):
            continue
        lines = block.raw.split("\n")
        for text in {lines[0], lines[-1]}:
            m = pattern.match(clean(text))
            if m:
                found.append((at, int(m.group(1))))
                break
    if len(found) < vocabulary()["min_page_lines"]:
        return []
    steps = [b[1] - a[1] for a, b in zip(found, found[1:])]
    if sum(1 <= s <= 2 for s in steps) < 0.75 * len(steps):
        return []
    return found


def _printed_page(at: int, lines: list[tuple[int, int]], footer: bool) -> int | None:
    if footer:
        return next((page for pos, page in lines if pos > at), None)
    before = [page for pos, page in lines if pos < at]
    return before[-1] if before else None


def _offsets(pairs: list[tuple[Match, int]], strong: bool):
    """Entries whose page disagrees with the offset most entries share."""
    offsets = Counter(actual - printed for (m, actual), printed in
                      ((p, p[0].entry.arabic if p[0].entry.arabic is not None else p[0].entry.roman)
                       for p in pairs))
    if len(pairs) < 3:
        return None, []
    offset, count = offsets.most_common(1)[0]
    if count * 2 <= len(pairs):
        return None, []
    certain = strong and count >= 3 and count * 4 >= len(pairs) * 3
    out = []
    for m, actual in pairs:
        printed = m.entry.arabic if m.entry.arabic is not None else m.entry.roman
        if actual - printed != offset:
            out.append((m, actual - offset, certain))
    return offset, out


@check_kind("toc_pages")
def toc_pages(rule: Rule, context: Context):
    """TOC002: a Daftar Isi page number that disagrees with where its heading stands."""
    toc, matches = matches_of(context)
    if toc is None:
        return
    matched = [m for m in matches if m.heading is not None and m.problem in ("", "label")
               and m.entry.page is not None]
    flagged: list[tuple[Match, int, bool, str, str]] = []
    checked = 0
    if context.document.kind == "pdf":
        for numeral in ("arabic", "roman"):
            pairs = [(m, m.heading.location.page) for m in matched
                     if getattr(m.entry, numeral) is not None and m.heading.location.page]
            offset, bad = _offsets(pairs, strong=numeral == "arabic")
            if offset is None:
                continue
            checked += len(pairs) - len(bad)
            flagged += [(m, page, certain, "halaman fisik PDF", "the PDF's physical page")
                        for m, page, certain in bad]
    else:
        lines = _page_lines(context, set(toc.blocks))
        pairs_by = {}
        for footer in (True, False):
            pairs = [(m, _printed_page(m.heading.at, lines, footer)) for m in matched
                     if m.entry.arabic is not None]
            pairs_by[footer] = [(m, p) for m, p in pairs if p is not None]
        best = max(pairs_by, key=lambda f: sum(m.entry.arabic == p for m, p in pairs_by[f]))
        pairs = pairs_by[best] if lines else []
        offset, bad = _offsets(pairs, strong=False)
        if offset is not None:
            checked += len(pairs) - len(bad)
            flagged += [(m, page, False, "nomor halaman tercetak", "the printed page number")
                        for m, page, _ in bad]
        elif len(matched) >= 2:
            context.note("TOC002: not checked: the Daftar Isi pages against the body (no page "
                         "numbers the headings can be placed by)", toc.heading_location)
    # pages that go back within the Daftar Isi itself
    arabic = [e for e in toc.entries if e.arabic is not None]
    seen = {id(m.entry) for m, *_ in flagged}
    placed = {id(m.entry) for m in matched} if checked else set()   # held against the body
    for i in range(1, len(arabic) - 1):
        prev, entry, nxt = arabic[i - 1], arabic[i], arabic[i + 1]
        if id(entry) in placed or id(prev) in seen:
            continue
        if entry.arabic < prev.arabic <= nxt.arabic and id(entry) not in seen:
            m = next((m for m in matches if m.entry is entry), Match(entry, None))
            flagged.append((m, None, False, f"halaman entri sebelumnya {prev.arabic}",
                            f"the entry before it gives page {prev.arabic}"))
    for m, page, certain, basis_id, basis_en in flagged:
        entry = m.entry
        locations = [entry.location] + ([m.heading.location] if m.heading else [])
        expected = str(page) if page is not None else f"≥ {entry.page}"
        if page is None:
            prev = max(e.arabic for e in arabic[:arabic.index(entry)])
            expected = f"≥ {prev}"
        finding = rule.finding({"entry": entry.text, "basis_id": basis_id, "basis_en": basis_en},
                               locations, expected=expected, found=entry.page,
                               difference=str(int(entry.page) - page) if page is not None and entry.arabic is not None else "",
                               key=f"page|{norm(entry.text)[:60]}")
        if not certain and finding.severity.rank > Severity.WARNING.rank:
            finding = replace(finding, severity=Severity.WARNING)
        yield finding
    if checked:
        yield rule.passed("daftar isi", checked, [toc.heading_location], f"{checked} page numbers")
