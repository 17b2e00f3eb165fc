"""Report structure (STR001): the parts PermenPAN-RB 53/2014 asks of a Laporan Kinerja —
Ikhtisar Eksekutif, Bab I Pendahuluan, Bab II Perencanaan Kinerja, Bab III Akuntabilitas
Kinerja (with its capaian kinerja and realisasi anggaran parts), Bab IV Penutup and a Lampiran
holding the Perjanjian Kinerja — present and the chapters in order.

Also the heading reader the table-of-contents checks (``rules/toc.py``) share: headings are
recognised by their numbering ("BAB III", "Bab 3", "III.", "A.", "3.2") and by the report's
vocabulary (``data/structure.yaml``), in any format; a chapter heading split over two lines
("BAB II" / "PERENCANAAN KINERJA") is one heading; OCR look-alikes are folded."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from ..data import derived, load
from ..documents.model import Document, Paragraph, Table
from ..documents.numbers import fold
from ..findings import Location
from .context import Context
from .registry import Rule, check_kind


def vocabulary() -> dict:
    return load("structure")


# ---------------------------------------------------------------- titles

@lru_cache(maxsize=1 << 14)    # titles are compared with every heading and every TOC entry
def norm(text: str) -> str:
    """A title to compare: folded, lower case, punctuation and emphasis dropped."""
    text = fold(text).lower()
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.replace("_", " ").split())


def similarity(a: str, b: str) -> float:
    """How alike two titles read (0–100): OCR splits words ("KATA PE NGANTAR"), so the
    titles are also compared without their spaces."""
    a, b = norm(a), norm(b)
    if not a or not b:
        return 0.0
    return max(fuzz.ratio(a, b), fuzz.ratio(a.replace(" ", ""), b.replace(" ", "")))


def content_words(text: str) -> set[str]:
    stop = set(vocabulary()["stopwords"])
    return {w for w in norm(text).split() if w not in stop and not w.isdigit() and len(w) > 2}


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def roman(text: str) -> int | None:
    """"III" -> 3; OCR's "Ill", "lV", "1I" read as I; None when it is no numeral."""
    text = text.lower()
    if text.isdigit():
        return int(text)
    text = re.sub(r"[l1|]", "i", text)
    if not text or any(c not in "ivx" for c in text):
        return None
    values = [_ROMAN[c] for c in text]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return total if 0 < total <= 30 else None


# ---------------------------------------------------------------- headings

@dataclass
class Heading:
    at: int                  # position of its paragraph among the document's blocks
    kind: str                # chapter | section | named | styled
    label: str               # "III", "A", "3.2", "" — as printed
    title: str               # the words after the number ("" for a bare "BAB II")
    text: str                # the heading as printed
    location: Location
    chapter: int | None = None
    extra: list[int] = field(default_factory=list)   # blocks a split heading also took


@derived
def _patterns() -> dict[str, re.Pattern]:
    words = "|".join(re.escape(w) for w in vocabulary()["chapter_word"])
    return {
        "chapter": re.compile(rf"^(?:{words})\s+([ivxl1|]{{1,5}}|\d{{1,2}})(?=[\s.:\-]|$)[\s.:\-]*(.*)$",
                              re.IGNORECASE),
        "roman": re.compile(r"^([IVX]{1,4})\s*[.)]\s+(\S.*)$"),
        "number": re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\S.*)$"),
        "letter": re.compile(r"^([A-H])\s*[.)]\s+(\S.*)$"),
    }


def clean(text: str) -> str:
    """A line without Markdown marks and emphasis."""
    text = fold(text).strip()
    text = re.sub(r"^[#>\s]+", "", text)
    return " ".join(text.strip("*_ \t").split())


def _part_of(title: str) -> dict | None:
    """The part of the report a heading title names, by the vocabulary."""
    if not title:
        return None
    threshold = vocabulary()["part_title"]
    best, score = None, 0.0
    for part in vocabulary()["parts"]:
        for name in part["titles"]:
            s = similarity(title, name)
            if s > score:
                best, score = part, s
    return best if score >= threshold else None


def _chapter_part(number: int) -> dict | None:
    return next((p for p in vocabulary()["parts"] if p.get("chapter") == number), None)


def _heading_like(text: str) -> bool:
    v = vocabulary()
    if not text or len(text) > v["max_heading_chars"] or len(text.split()) > v["max_heading_words"]:
        return False
    if re.search(r"\.{3,}|…", text) or text.endswith((";", ",")):
        return False
    if text.endswith(".") and not (len(text.split()) <= 6 and re.match(
            r"^(?:(?:[A-Z]|[IVX]{1,4}|\d{1,2})[.)]|\d{1,2}(?:\.\d{1,2})+\.?)\s", text)):
        return False          # a sentence; a lettered heading may end with a stop ("A. Latar Belakang.")
    return any(c.isalpha() for c in text)


def _named(text: str) -> bool:
    return any(similarity(text, n) >= vocabulary()["same_title"] for n in vocabulary()["named_headings"])


def read_line(text: str, styled: bool = False) -> tuple[str, str, str, int | None] | None:
    """(kind, label, title, chapter) of one line that reads as a heading, else None."""
    text = clean(text).rstrip(":").strip()
    if not _heading_like(text):
        return None
    p = _patterns()
    m = p["chapter"].match(text)
    if m:
        number = roman(m.group(1))
        title = m.group(2).strip(" :.-")
        if number is None:
            return None
        if title and len(title.split()) > 7 and _part_of(title) is None:
            return None                       # "Bab I : Pendahuluan menyajikan …": a sentence
        return "chapter", m.group(1).upper(), title, number
    m = p["roman"].match(text)
    if m and roman(m.group(1)):
        part = _part_of(m.group(2))
        if part is not None and part.get("chapter"):
            return "chapter", m.group(1), m.group(2), roman(m.group(1))
        return "section", m.group(1), m.group(2), None
    m = p["number"].match(text)
    if m and p["chapter"].match(m.group(2)):
        return None                           # "5. BAB II …": a list that names a chapter
    if m and m.group(2)[:1].isupper():
        part = _part_of(m.group(2))
        if "." not in m.group(1) and part is not None and part.get("chapter"):
            return "chapter", m.group(1), m.group(2), int(m.group(1))
        return "section", m.group(1), m.group(2), None
    m = p["letter"].match(text)
    if m and m.group(2)[:1].isupper():
        return "section", m.group(1), m.group(2), None
    if _named(text) or _part_of(text) is not None:
        return "named", "", text, None
    if styled or (text.isupper() and len(text.split()) <= 8):
        return "styled", "", text, None
    return None


def _lines(paragraph: Paragraph) -> list[tuple[str, int | None]]:
    raws = paragraph.raw.split("\n")
    lines = [paragraph.line, *paragraph.line_starts] if paragraph.line is not None else [None] * len(raws)
    return list(zip(raws, lines + [None] * (len(raws) - len(lines))))


def _location(paragraph: Paragraph, text: str, line: int | None) -> Location:
    loc = paragraph.location(text)
    if line is not None:
        loc = Location(line=line, page=loc.page, paragraph=loc.paragraph, text=text, bbox=loc.bbox)
    return loc


def _title_below(blocks: list, at: int) -> tuple[int, str] | None:
    """The title of a bare "BAB II": the short paragraph right below it, not numbered."""
    for j in range(at + 1, min(at + 2, len(blocks))):
        block = blocks[j]
        if not isinstance(block, Paragraph) or len(block.raw.split("\n")) > 2:
            return None
        text = clean(block.text)
        if not _heading_like(text) or read_line(text) not in (None,) and \
                read_line(text)[0] not in ("named", "styled"):
            return None
        if text[:1].isupper() and len(text.split()) <= 8:
            return j, text
    return None


def headings(document: Document, skip: set[int] = frozenset()) -> list[Heading]:
    """The headings of the body, in reading order (blocks in ``skip``, a table of contents,
    are passed over). Paragraphs of more than three lines are running text."""
    blocks = document.blocks
    found: list[Heading] = []
    taken: set[int] = set()
    for at, block in enumerate(blocks):
        if at in skip or at in taken or not isinstance(block, Paragraph):
            continue
        lines = _lines(block)
        if len(lines) > 3:
            continue
        pending: Heading | None = None
        for raw, line in lines:
            read = read_line(raw, styled=block.heading)
            if read is None:
                pending = None
                continue
            kind, label, title, chapter = read
            shown = clean(raw)
            if pending is not None and pending.kind == "chapter" and not pending.title and \
                    kind in ("named", "styled"):
                pending.title, pending.text = title, f"{pending.text} {shown}"
                continue
            heading = Heading(at, kind, label, title, shown, _location(block, shown, line), chapter)
            found.append(heading)
            pending = heading
        last = found[-1] if found and found[-1].at == at else None
        if last is not None and last.kind == "chapter" and not last.title:
            below = _title_below(blocks, at)
            if below is not None and below[0] not in skip:
                last.title, last.text = below[1], f"{last.text} {below[1]}"
                last.extra.append(below[0])
                taken.add(below[0])
    return found


# ---------------------------------------------------------------- the parts

@dataclass
class Parts:
    chapters: dict[int, Heading]            # chapter number -> its heading (the last one)
    found: dict[str, Heading]               # part key -> heading
    headings: list[Heading]


def _whole(document: Document, skip: set[int]) -> Parts:
    heads = headings(document, skip)
    occurrences = [h for h in heads if h.kind == "chapter" and h.chapter]
    top = max((h.chapter for h in occurrences), default=None)
    first_top = min((h.at for h in occurrences if h.chapter == top), default=None)
    appendix = next((h.at for h in heads if first_top is not None and h.at > first_top and
                     h.kind in ("named", "styled") and norm(h.title).startswith("lampiran")), None)
    chapters: dict[int, Heading] = {}
    for h in occurrences:
        if appendix is not None and h.at > appendix:
            continue                              # a document attached in the Lampiran
        chapters[h.chapter] = h                   # the last: a Sistematika list names them first
    chapters = dict(sorted(chapters.items(), key=lambda kv: kv[1].at))
    found: dict[str, Heading] = {}
    for number, h in chapters.items():            # by title first ("BAB V PENUTUP"), then number
        part = _part_of(h.title) if h.title else None
        if part is not None and part.get("chapter") and part["key"] not in found:
            found[part["key"]] = h
    for number, h in chapters.items():
        if h in found.values():
            continue
        part = _chapter_part(number)
        if part is not None and part["key"] not in found and \
                (not h.title or _part_of(h.title) is None):
            found[part["key"]] = h
    first_chapter = min((h.at for h in chapters.values()), default=None)
    last_chapter = max((h.at for h in chapters.values()), default=None)
    for h in heads:
        if h.kind not in ("named", "styled", "section"):
            continue
        title = h.title if h.kind != "section" else h.title
        part = _part_of(title)
        if part is None and norm(title).startswith("lampiran"):
            part = next(p for p in vocabulary()["parts"] if p["key"] == "lampiran")
        if part is None:
            continue
        key = part["key"]
        if key == "ikhtisar" and h.kind != "section" and key not in found:
            found[key] = h
        elif key == "lampiran" and last_chapter is not None and h.at > last_chapter and key not in found:
            found[key] = h
        elif part.get("chapter") and key not in found and h.kind == "named" and \
                (first_chapter is None or h.at > first_chapter) and key == "bab4":
            found[key] = h                        # "PENUTUP" alone after the chapters
    return Parts(chapters, found, heads)


def toc_blocks(context: Context) -> set[int]:
    from .toc import read_toc                     # the table of contents is no body
    toc = read_toc(context)
    return set(toc.blocks) if toc else set()


def _name(part: dict, lang: str) -> str:
    return part["name"][lang]


def _span(document: Document, start: Heading, parts: Parts) -> list:
    """The blocks of a chapter: from its heading to the next chapter heading."""
    after = sorted(h.at for h in parts.chapters.values() if h.at > start.at)
    end = after[0] if after else len(document.blocks)
    lampiran = parts.found.get("lampiran")
    if lampiran is not None and start.at < lampiran.at < end:
        end = lampiran.at
    return list(range(start.at + 1, end))


def _has_words(text: str, words: list[str]) -> bool:
    text = norm(text)
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in words)


def _block_texts(block) -> list[str]:
    if isinstance(block, Paragraph):
        return [block.text]
    texts = [block.caption] if block.caption else []
    return texts + [c.text for r in block.header_rows + block.rows for c in r.cells if c.text]


@check_kind("report_structure")
def report_structure(rule: Rule, context: Context):
    """STR001: a part 53/2014 asks for is missing, or a chapter stands out of order."""
    document = context.document
    v = vocabulary()
    parts = _whole(document, toc_blocks(context))
    if len(parts.chapters) < v["min_chapters"]:
        if parts.chapters or parts.found:
            context.note(f"STR001: not checked: {len(parts.chapters)} chapter heading(s) — not a "
                         f"whole report (a fragment)")
        return
    order = [p for p in v["parts"]]
    heads = sorted(parts.found.values(), key=lambda h: h.at)
    if not heads:                 # chapters, but none that names a part of 53/2014
        context.note("STR001: not checked: no chapter names a part of the 53/2014 format")
        return
    first, last = heads[0], heads[-1]
    checked = []
    for i, part in enumerate(order):
        key = part["key"]
        if key in parts.found:
            checked.append(part)
            continue
        before = next((parts.found[p["key"]] for p in reversed(order[:i]) if p["key"] in parts.found), None)
        after = next((parts.found[p["key"]] for p in order[i + 1:] if p["key"] in parts.found), None)
        locations = [h.location for h in (before, after) if h is not None] or [first.location]
        mention = _mention(context, part)
        if mention is not None:
            locations.append(mention)
        where_id = _where(before, after, "id")
        where_en = _where(before, after, "en")
        yield rule.finding({"part": _name(part, "id"), "problem_id": f"{_name(part, 'id')} tidak ditemukan ({where_id})",
                            "problem_en": f"{_name(part, 'en')} is missing ({where_en})"},
                           locations, expected=_name(part, "id"), found="-", key=f"missing|{key}")
    # Bab III must hold a capaian part and a realisasi anggaran part
    bab3 = parts.found.get("bab3")
    if bab3 is not None:
        span = _span(document, bab3, parts)
        subs = [h for h in parts.headings if h.at in span and h.kind in ("section", "styled", "named")]
        others = [h for h in parts.chapters.values() if h is not bab3]
        for piece in v["chapter3_parts"]:
            if any(_has_words(h.title, piece["words"]) for h in others):
                continue                          # a chapter of its own ("BAB IV REALISASI ANGGARAN")
            if subs:
                present = any(_has_words(h.title, piece["words"]) for h in subs)
            else:
                present = any(_has_words(t, piece["words"]) for at in span
                              for t in _block_texts(document.blocks[at]))
            if present:
                continue
            name_id, name_en = piece["name"]["id"], piece["name"]["en"]
            locations = [bab3.location] + ([subs[-1].location] if subs else [])
            yield rule.finding({"part": name_id,
                                "problem_id": f"Bab III ({bab3.text}) tidak memuat bagian {name_id}",
                                "problem_en": f"Chapter III ({bab3.text}) holds no part on {name_en}"},
                               locations, expected=f"Bab III: {name_id}", found="-",
                               key=f"missing|bab3|{piece['key']}")
    # the Lampiran holds the Perjanjian Kinerja (a signed scan has no text to read: the
    # message says so)
    lampiran = parts.found.get("lampiran")
    if lampiran is not None:
        holds = v["lampiran_holds"]
        texts = [lampiran.title] + [t for block in document.blocks[lampiran.at + 1:]
                                    for t in _block_texts(block)]
        if not any(_has_words(t, holds["words"]) for t in texts):
            yield rule.finding({"part": holds["name"]["id"],
                                "problem_id": f"Lampiran ({lampiran.text}) tidak memuat "
                                              f"{holds['name']['id']} (bila berupa hasil pindai, "
                                              f"teksnya tidak terbaca)",
                                "problem_en": f"the Lampiran ({lampiran.text}) does not hold "
                                              f"{holds['name']['en']} (if it is a scanned page, "
                                              f"its text cannot be read)"},
                               [lampiran.location], expected=f"Lampiran: {holds['name']['id']}",
                               found="-", key="missing|lampiran|pk")
    # chapters in order
    numbers = sorted(parts.chapters)
    for a, b in zip(numbers, numbers[1:]):
        ha, hb = parts.chapters[a], parts.chapters[b]
        if hb.at < ha.at:
            yield rule.finding({"part": hb.text,
                                "problem_id": f"{hb.text} berada sebelum {ha.text}",
                                "problem_en": f"{hb.text} stands before {ha.text}"},
                               [hb.location, ha.location], expected=f"{ha.text} → {hb.text}",
                               found=f"{hb.text} → {ha.text}", key=f"order|{a}|{b}")
    yield rule.passed("struktur laporan", len(checked), [first.location, last.location],
                      ", ".join(_name(p, "id") for p in checked))


def _mention(context: Context, part: dict) -> Location | None:
    """Where the report itself names the missing part: its Daftar Isi entry, else a sentence
    (a Sistematika) that names it ("Bab IV Penutup …")."""
    from .toc import read_toc
    toc = read_toc(context)
    number = part.get("chapter")
    for entry in (toc.entries if toc else []):
        if (number and entry.kind == "chapter" and entry.chapter == number) or \
                any(similarity(entry.title, t) >= vocabulary()["same_title"] for t in part["titles"]):
            return entry.location
    numerals = {1: "i|1", 2: "ii|2", 3: "iii|3", 4: "iv|4"}
    titles = "|".join(re.escape(t) for t in sorted(part["titles"], key=len, reverse=True))
    words = "|".join(re.escape(w) for w in vocabulary()["chapter_word"])
    pattern = re.compile(rf"\b(?:{words})\s+(?:{numerals[number]})\b[\s:.\-]*(?:{titles})\b" if number
                         else rf"\b(?:{titles})\b", re.IGNORECASE)
    skip = set(toc.blocks) if toc else set()
    for at, block in enumerate(context.document.blocks):
        if at in skip or not isinstance(block, Paragraph):
            continue
        m = pattern.search(block.text)
        if m:                                  # the part's name and the words of its clause
            rest = re.match(r"[^,.;:()]{0,80}", block.text[m.end():]).group(0)
            rest = " ".join(rest.split()[:6])
            return block.location(f"{m.group(0)} {rest}".strip())
    return None


def _where(before: Heading | None, after: Heading | None, lang: str) -> str:
    if lang == "id":
        if before and after:
            return f"diharapkan antara \"{before.text}\" dan \"{after.text}\""
        if before:
            return f"diharapkan sesudah \"{before.text}\""
        return f"diharapkan sebelum \"{after.text}\"" if after else "tidak ada judul bab"
    if before and after:
        return f"expected between \"{before.text}\" and \"{after.text}\""
    if before:
        return f"expected after \"{before.text}\""
    return f"expected before \"{after.text}\"" if after else "no chapter heading"
