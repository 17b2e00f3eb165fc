"""The people a report names: signature blocks (a role line, a name line, a rank line,
"NIP. 1970…"), "Nama: … / Jabatan: …" pairs of a Perjanjian Kinerja, Nama | Jabatan tables,
"Ketua: Name" duties in cells, and titled names in prose ("Kepala BPS …, Dra. Rini …, M.Si.").
Each mention keeps the name without its titles and degrees, the role beside it, the NIP/NRP
under it, and where it stands. Words are in ``data/names.yaml``; NAM001 and NAM002 read this."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..data import derived, load
from ..documents.model import Document, Paragraph, Table
from ..documents.numbers import fold
from ..findings import Location

NEAR = 3            # a signature's lines lie within this many blocks of each other


def vocabulary() -> dict:
    return load("names")


def _bare(token: str) -> str:
    return token.strip(".,;:()*\"'").lower()


def _phrases(words: list[str]) -> re.Pattern:
    alternatives = sorted(words, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in alternatives)
    return re.compile(rf"(?<![\w.])(?:{body})(?![\w])\.?", re.IGNORECASE)


@derived
def _sets() -> dict[str, frozenset[str]]:
    v = vocabulary()
    return {key: frozenset(w.lower() for w in v[key])
            for key in ("titles_before", "titles_need_period", "ranks_before", "degrees",
                        "not_name", "particles")}


@derived
def _patterns() -> dict[str, re.Pattern]:
    v = vocabulary()
    months = "|".join(v["months"])
    labels = "|".join(re.escape(w) for w in sorted(v["id_labels"], key=len, reverse=True))
    return {
        "id": re.compile(rf"(?<![\w])(?:{labels})\b\.?\s*[:.]?\s*(\d[\d ]{{6,24}}\d)", re.IGNORECASE),
        "pangkat": _phrases(v["pangkat"]),
        "post": re.compile(_phrases(v["posts"]).pattern.replace("(?<![\\w.])", "^"), re.IGNORECASE),
        "duty": _phrases(v["duties"] + v["posts"]),
        "first": _phrases(v["first_party"]),
        "second": _phrases(v["second_party"]),
        "party": re.compile(_phrases(v["first_party"] + v["second_party"]).pattern.replace(
            "(?<![\\w.])", "^"), re.IGNORECASE),
        "acknowledging": _phrases(v["acknowledging"]),
        "place_date": re.compile(rf"^[^,]{{2,40}},\s*\d{{1,2}}\s+(?:{months})\w*\s+\d{{4}}\s*", re.IGNORECASE),
        "chapter": re.compile(v["chapter"], re.IGNORECASE),
        "named_after": _phrases(v.get("named_after", [])) if v.get("named_after") else None,
    }


# "S.Kom.", "M.Si", "S.H.": chunks separated by dots (each dot required, so no backtracking blow-up)
_DEGREE_SHAPE = re.compile(r"^[A-Za-z]{1,4}\.(?:[A-Za-z]{1,6}\.)*[A-Za-z]{0,6}$|^[A-Z][a-z]?\.[A-Z]{1,4}\.?$")
_WORD = re.compile(r"^(?:[A-Z][A-Za-z'\-]*|[A-Z]\.)\.?$")


@derived
def _post_openers() -> frozenset[str]:
    return frozenset(w.split()[0].strip(".").lower() for w in vocabulary()["posts"]) - {"an"}


def is_degree(token: str) -> bool:
    token = token.strip(",;")
    if _DEGREE_SHAPE.match(token):
        return True
    return token.replace(".", "").lower() in _sets()["degrees"]


def is_title(token: str) -> bool:
    bare = token.rstrip(".").lower()
    sets = _sets()
    if bare in sets["titles_need_period"] and not token.endswith("."):
        return False
    return bare in sets["titles_before"] or bare in sets["ranks_before"]


@dataclass(frozen=True)
class Name:
    shown: str                      # the name words as printed, without titles and degrees
    tokens: tuple[str, ...]         # lower case, dots dropped
    titles: tuple[str, ...] = ()
    degrees: tuple[str, ...] = ()
    printed: str = ""               # the whole text, titles and degrees included

    @property
    def key(self) -> str:
        return " ".join(self.tokens)

    @property
    def letters(self) -> int:
        return sum(len(t) for t in self.tokens)

    @property
    def decorated(self) -> bool:
        return bool(self.titles or self.degrees)


def _name_words(tokens: list[str]) -> tuple[list[str], list[str]] | None:
    """(titles, words) of a segment "Dr. H. Bambang Sutrisno", or None if a word is no name."""
    titles = []
    while tokens and is_title(tokens[0]) and len(tokens) > 1:
        titles.append(tokens.pop(0))
    while tokens and _DEGREE_SHAPE.match(tokens[-1]) and len(tokens) > 1:
        tokens.pop()
    sets = _sets()
    if not tokens or len(tokens) > vocabulary()["max_name_tokens"]:
        return None
    for token in tokens:
        bare = _bare(token)
        if token.lower() in sets["particles"]:
            continue
        if not _WORD.match(token) or bare in sets["not_name"] or any(ch.isdigit() for ch in token):
            return None
    if not any(len(_bare(t)) >= 2 for t in tokens) or tokens[0].lower() in sets["particles"]:
        return None
    if _bare(tokens[0]) in _post_openers():
        return None                     # "Kapolres Sebaru Hulu": a role, not a name
    return titles, tokens


def _clean(text: str) -> str:
    text = fold(text).replace("**", " ").replace("__", " ")
    return " ".join(text.split()).strip(" ,;:-*•·")


def parse_name(text: str) -> Name | None:
    """A whole line that is one person's name: titles, name words, degrees after commas."""
    text = _clean(text)
    if not text:
        return None
    segments = [s.strip() for s in text.split(",")]
    degrees: list[str] = []
    for segment in segments[1:]:
        tokens = segment.split()
        if not tokens:
            continue
        if not all(is_degree(t) for t in tokens):
            return None
        degrees.extend(tokens)
    read = _name_words(segments[0].split())
    if read is None:
        return None
    titles, words = read
    tokens = tuple(_bare(w).replace(".", "") for w in words)
    shown = [w.strip(",;") for w in words]
    shown = [w.rstrip(".") if len(w.rstrip(".")) > 1 else w for w in shown]   # keep initials' dots
    return Name(" ".join(shown), tokens, tuple(titles), tuple(degrees), text)


def names_in(text: str, start: int = 0) -> list[tuple[int, int, Name]]:
    """Titled names inside running text: "… Dra. Rini Oktaviani, M.Si., Kepala BPS …" gives
    (start, end, Name) for each; a name needs a title before it or a degree after it."""
    found = []
    tokens = list(re.finditer(r"\S+", text))
    i = start
    while i < len(tokens):
        if not _prose_title(tokens[i].group().rstrip(",")) and not _opens_name(tokens, i):
            i += 1
            continue
        j, words = i, []
        while j < len(tokens) and is_title(tokens[j].group()):
            j += 1
        k = j
        while k < len(tokens) and len(words) < vocabulary()["max_name_tokens"]:
            word = tokens[k].group()
            core = word.rstrip(",;:.)")
            if word.endswith(".") and not re.match(r"^[A-Z]\.$", word):
                core = word[:-1]
            if not (_WORD.match(core) or core.lower() in _sets()["particles"]) or \
                    _bare(core) in _sets()["not_name"] or is_degree(core) and k > j:
                break
            words.append(core)
            k += 1
            if word.endswith((",", ";", ":", ")")) or (word.endswith(".") and len(core) > 1):
                break
        # degrees after a comma
        end = k
        m = k
        while m < len(tokens) and is_degree(tokens[m].group()) and \
                tokens[m - 1].group().endswith((",", ".")) and m > j:
            m += 1
            end = m
        if j == i and end == k:          # no title and no degree: not clearly a name
            i += 1
            continue
        if len(words) >= 2:
            span = text[tokens[i].start():tokens[end - 1].end()]
            name = parse_name(span)
            if name is not None and len(name.tokens) >= 2:
                found.append((tokens[i].start(), tokens[end - 1].end(), name))
                i = end
                continue
        i += 1
    return found


def _prose_title(token: str) -> bool:
    """A title that opens a name in running text: with its period ("Dr.", "H.") or a rank in
    capitals ("AKBP"); "Ibu Hamil" and "Bapak" are words there."""
    return is_title(token) and (token.endswith(".") or (token.isupper() and len(token) >= 3))


def _opens_name(tokens, i: int) -> bool:
    """An untitled name with degrees after it starts after a comma or a colon."""
    if i == 0 or not _WORD.match(tokens[i].group().rstrip(",")):
        return False
    return tokens[i - 1].group().endswith((",", ":"))


# ---------------------------------------------------------------- lines and roles

def id_of(text: str) -> tuple[str, int] | None:
    """The NIP/NRP digits on a line and where its label starts."""
    match = _patterns()["id"].search(fold(text))
    if match is None:
        return None
    return re.sub(r"\D", "", match.group(1)), match.start()


def _strip_place_date(text: str) -> str:
    return _patterns()["place_date"].sub("", text, count=1).strip()


def role_of(text: str) -> str | None:
    """A role line ("Kepala Dinas Kesehatan Kabupaten X,", "Pihak Pertama,"): its text."""
    text = _strip_place_date(_clean(text))
    text = re.sub(r"^(?:a\.\s?n\.?|an\.)\s*", "", text, flags=re.IGNORECASE).strip(" ,.")
    if not text or ":" in text or any(ch.isdigit() for ch in text):
        return None
    if len(text.split()) > vocabulary()["max_role_words"]:
        return None
    p = _patterns()
    if not (p["post"].match(text) or p["party"].match(text)):
        return None
    lower_words = [w for w in text.split() if w[:1].islower()]
    if len(lower_words) > 2:
        return None                 # a sentence, not a role line
    return " ".join(text.split())


def is_pangkat(text: str) -> bool:
    text = _clean(text)
    return bool(text) and bool(_patterns()["pangkat"].match(text)) and \
        _patterns()["pangkat"].match(text).start() == 0


def party_of(text: str) -> str:
    """Which party a line names: "first", "second" or ""; "… selaku atasan pihak pertama,
    selanjutnya disebut pihak kedua" names the second."""
    text = fold(text).lower()
    p = _patterns()
    before = "|".join(vocabulary()["party_named_before"])
    named = re.search(rf"(?:{before})\s+(pihak\s+\S+)", text)
    if named:
        return "first" if p["first"].match(named.group(1)) else "second" if p["second"].match(named.group(1)) else ""
    marks = [(m.start(), "first") for m in p["first"].finditer(text)] + \
            [(m.start(), "second") for m in p["second"].finditer(text)]
    return max(marks)[1] if marks else ""


def normal_role(role: str) -> str:
    role = fold(role).lower()
    role = re.sub(r"[^\w\s]", " ", role)
    return " ".join(role.split())


# ---------------------------------------------------------------- mentions

@dataclass
class Mention:
    name: Name
    location: Location
    position: int                  # block index
    source: str                    # signature | agreement | table | duty | prose
    role: str = ""
    role_kind: str = ""            # post | duty | ""
    ident: str = ""                # NIP / NRP digits
    group: str = ""                # rows of one list of people: different people
    party: str = ""                # first | second: a Perjanjian Kinerja party
    acknowledging: bool = False    # "Mengetahui," over it: not the report's signatory


@dataclass
class _Line:
    text: str
    location: Location
    position: int
    split: bool = False            # one piece of a line printed in two columns


@dataclass
class People:
    mentions: list[Mention] = field(default_factory=list)
    headings: list[tuple[int, str, Location]] = field(default_factory=list)   # (position, kind, where)

    def section_at(self, position: int) -> tuple[str, int]:
        kind, at = "", -1
        for pos, k, _ in self.headings:
            if pos <= position:
                kind, at = k, pos
        return kind, at


_PIECES = re.compile(r"\t+| {3,}")


def _paragraph_lines(paragraph: Paragraph, position: int) -> list[tuple[int, _Line]]:
    out = []
    for raw in paragraph.raw.split("\n"):
        pieces = [p for p in _PIECES.split(raw.strip("\n")) if p.strip()]
        if not pieces:
            continue
        leading = len(raw) - len(raw.lstrip(" "))
        split = len(pieces) > 1
        for k, piece in enumerate(pieces):
            column = k if split else (1 if leading >= 20 else 0)
            text = " ".join(fold(piece).split())
            out.append((min(column, 2), _Line(text, paragraph.location(text), position, split)))
    return out


def _signature_table(table: Table) -> bool:
    rows = table.header_rows + table.rows
    if table.width > 3 or len(rows) > 8:
        return False
    for row in rows:
        for cell in row.cells:
            if cell.figure is not None and id_of(cell.raw) is None:
                return False
    return True


def _cell_location(table: Table, row, cell, quote: str = "") -> Location:
    line = cell.line_of(quote) if quote else cell.line    # the line of a wrapped cell it is on
    return Location(line=line or row.line, page=cell.page or row.page, table=table.name,
                    row=cell.row or row.number, col=cell.col, text=cell.raw, bbox=cell.bbox)


def _streams(document: Document) -> list[list[_Line]]:
    streams: list[list[_Line]] = [[], [], []]
    for position, block in enumerate(document.blocks):
        if isinstance(block, Paragraph):
            for column, line in _paragraph_lines(block, position):
                streams[column].append(line)
            continue
        if not _signature_table(block):
            continue
        for row in block.header_rows + block.rows:
            for col, cell in enumerate(row.cells[:3]):
                for raw in cell.raw.split("\n"):
                    text = " ".join(fold(raw).split())
                    if text:
                        streams[col].append(_Line(text, _cell_location(block, row, cell), position))
    return streams


def _name_in_line(text: str) -> tuple[Name, str] | None:
    """The name a signature line holds, and what stands before it (a role): the whole line,
    or from its first title on ("Kepala Bappeda …, Ir. H. Bambang …, M.T.")."""
    cut = _patterns()["pangkat"].search(text)
    if cut is not None and cut.start() > 0:
        text = text[:cut.start()]
    text = text.strip(" ,;-")
    whole = parse_name(text)
    if whole is not None:
        return whole, ""
    tokens = list(re.finditer(r"\S+", text))
    for i, token in enumerate(tokens):
        if i and is_title(token.group()):
            name = parse_name(text[token.start():])
            if name is not None:
                return name, text[:token.start()].strip(" ,")
            break
    return None


def _near(a: _Line, b: _Line) -> bool:
    return abs(a.position - b.position) <= NEAR


def _signatures(stream: list[_Line]) -> list[Mention]:
    out: list[Mention] = []
    p = _patterns()
    for i, line in enumerate(stream):
        found = id_of(line.text)
        if found is not None:
            ident, at = found
            before = line.text[:at].strip()
            named = _name_in_line(before) if before and not is_pangkat(before) else None
            where, name_at, prefix = line, i, ""
            if named is not None:
                name, prefix = named
            else:
                name = None
                for j in (i - 1, i - 2):
                    if j < 0 or not _near(stream[j], line):
                        break
                    if is_pangkat(stream[j].text):
                        continue
                    named = _name_in_line(stream[j].text)
                    if named is not None and (j == i - 1 or is_pangkat(stream[i - 1].text)):
                        name, prefix = named
                        where, name_at = stream[j], j
                        if stream[j].split or line.split:
                            ident = ""       # two columns: the NIP may stand under the other name
                    break
            if name is None or len(name.tokens) < 2:
                continue
            role, ack = _role_before(stream, name_at, prefix)
            out.append(Mention(name, where.location, where.position, "signature", role,
                               "post" if role else "", ident,
                               party=party_of(role) if role else "", acknowledging=ack))
            continue
        role = role_of(line.text)
        if role is None:
            continue
        for j in (i + 1, i + 2, i + 3):
            if j >= len(stream) or not _near(stream[j], line):
                break
            named = _name_in_line(stream[j].text)
            if named is None or named[1]:
                more = role_of(stream[j].text)
                if more is not None and party_of(role) and not party_of(more):
                    role = f"{role} {more}"        # "Pihak Pertama" over "Kapolres Sebaru Hulu"
                    continue
                if more is not None:
                    break
                continue
            name = named[0]
            following = stream[j + 1].text if j + 1 < len(stream) and _near(stream[j + 1], line) else ""
            dated = i > 0 and p["place_date"].match(stream[i - 1].text) or p["place_date"].match(line.text)
            party = party_of(role)
            if len(name.tokens) >= 2 and (name.decorated or dated or party or id_of(following)
                                          or is_pangkat(following)):
                if not id_of(following) and not (is_pangkat(following) and j + 2 < len(stream)
                                                 and id_of(stream[j + 2].text)):
                    ack = _acknowledging(stream, i)
                    out.append(Mention(name, stream[j].location, stream[j].position, "signature",
                                       role, "post", "", party=party, acknowledging=ack))
            break
    return out


def _acknowledging(stream: list[_Line], i: int) -> bool:
    p = _patterns()
    if p["acknowledging"].search(stream[i].text):
        return True
    return i > 0 and _near(stream[i - 1], stream[i]) and bool(p["acknowledging"].match(stream[i - 1].text))


def _role_before(stream: list[_Line], at: int, prefix: str) -> tuple[str, bool]:
    if prefix:
        role = role_of(prefix)
        if role:
            return role, bool(_patterns()["acknowledging"].search(prefix))
    for j in (at - 1, at - 2):
        if j < 0 or not _near(stream[j], stream[at]):
            break
        role = role_of(stream[j].text)
        if role:
            if not party_of(role) and j > 0 and _near(stream[j - 1], stream[j]):
                above = role_of(stream[j - 1].text)
                if above and party_of(above):
                    role = f"{above} {role}"       # "Pihak Pertama" over "Kapolres Sebaru Hulu"
            return role, _acknowledging(stream, j)
        if j == at - 1 and j > 0 and _near(stream[j - 1], stream[at]):
            joined = role_of(f"{stream[j - 1].text} {stream[j].text}")   # a role over two lines
            if joined and role_of(stream[j - 1].text):
                return joined, _acknowledging(stream, j - 1)
        if stream[j].text and not _patterns()["place_date"].match(stream[j].text):
            break
    return "", False


def _agreement_pairs(stream: list[_Line]) -> list[Mention]:
    """"Nama : Dra. Yusnidar …" then "Jabatan : Kepala … selanjutnya disebut pihak pertama"."""
    out = []
    for i, line in enumerate(stream):
        m = re.match(r"^nama\s*:\s*(.+)$", line.text, re.IGNORECASE)
        if not m:
            continue
        name = parse_name(m.group(1))
        if name is None or len(name.tokens) < 2:
            continue
        role, party, ident = "", "", ""
        for j in (i + 1, i + 2, i + 3):
            if j >= len(stream) or not _near(stream[j], line):
                break
            text = stream[j].text
            if re.match(r"^nama\s*:", text, re.IGNORECASE):
                break
            jab = re.match(r"^jabatan\s*:\s*(.+)$", text, re.IGNORECASE)
            if jab:
                role = re.split(r"\s+(?:selanjutnya|selaku|yang)\b", jab.group(1), maxsplit=1)[0].strip(" ,;")
            found = id_of(text)
            if found and not ident:
                ident = found[0]
            party = party or party_of(text)
        out.append(Mention(name, line.location, line.position, "agreement", role,
                           "post" if role else "", ident, party=party))
    return out


@derived
def _header_words() -> dict[str, frozenset[str]]:
    v = vocabulary()
    return {k: frozenset(v[k]) for k in ("name_headers", "post_headers", "duty_headers", "id_headers")}


def _people_tables(document: Document) -> list[Mention]:
    out = []
    words = _header_words()
    for position, block in enumerate(document.blocks):
        if not isinstance(block, Table):
            continue
        labels = [normal_role(c) for c in block.columns]
        name_col = next((i for i, l in enumerate(labels) if l in words["name_headers"]), None)
        if name_col is None:
            continue
        post_col = next((i for i, l in enumerate(labels) if l in words["post_headers"]), None)
        duty_col = next((i for i, l in enumerate(labels) if l in words["duty_headers"]), None)
        id_col = next((i for i, l in enumerate(labels) if l in words["id_headers"]), None)
        role_col = post_col if post_col is not None else duty_col
        for row in block.rows:
            if name_col >= len(row.cells):
                continue
            cell = row.cells[name_col]
            text = " ".join(fold(cell.raw).split())
            ident = ""
            found = id_of(text)
            if found:
                ident, text = found[0], text[:found[1]]
            name = parse_name(text)
            if name is None or len(name.tokens) < 2:
                continue
            if id_col is not None:
                digits = re.sub(r"\D", "", row.text(id_col))
                ident = digits if len(digits) >= 8 else ident
            role = row.text(role_col) if role_col is not None else ""
            out.append(Mention(name, _cell_location(block, row, cell, name.shown), position,
                               "table", role,
                               ("post" if post_col is not None else "duty") if role else "",
                               ident, group=f"T{block.index}"))
    return out


def _duties_in(text: str, where, position: int) -> list[Mention]:
    """"Ketua Divisi : - Maria Goreti Bria, Wakil Divisi : - Yohanes Dasilva Seran". ``where``
    gives the location of a quoted name."""
    out = []
    duty = _patterns()["duty"]
    for m in re.finditer(rf"({duty.pattern})\s*:\s*-?\s*", text, re.IGNORECASE):
        rest = text[m.end():]
        words = []
        for token in rest.split():
            core = token.rstrip(",;")
            if not _WORD.match(core) or _bare(core) in _sets()["not_name"]:
                if is_title(core) and not words:
                    words.append(core)
                    continue
                break
            words.append(core)
            if token.endswith((",", ";")):
                break
        name = parse_name(" ".join(words)) if words else None
        if name is not None and len(name.tokens) >= 2:
            out.append(Mention(name, where(name.shown), position, "duty", " ".join(m.group(1).split()),
                               "duty"))
    return out


def _inline_duties(document: Document) -> list[Mention]:
    out = []
    for position, block in enumerate(document.blocks):
        if isinstance(block, Paragraph):
            if ":" in block.text and len(block.text) < 400:
                out.extend(_duties_in(block.text, lambda q, b=block: b.location(), position))
            continue
        for row in block.header_rows + block.rows:
            for cell in row.cells:
                if ":" in cell.text:
                    out.extend(_duties_in(cell.text, lambda q, b=block, r=row, c=cell:
                                          _cell_location(b, r, c, q), position))
    return out


def _prose(document: Document) -> list[Mention]:
    """Titled names in running text, with a role after or before them and the party a
    Perjanjian Kinerja's opening sentence gives them."""
    out = []
    p = _patterns()
    for position, block in enumerate(document.blocks):
        if not isinstance(block, Paragraph) or len(block.text.split()) < 8:
            continue
        text = block.text
        found = names_in(text)
        for start, end, name in found:
            role = _role_around(text, start, end)
            out.append(Mention(name, block.location(text[max(0, start - 20):end + 40].strip()),
                               position, "prose", role, "post" if role else ""))
        for lead in p["named_after"].finditer(text):
            words = []
            for token in text[lead.end():].split():
                core = token.rstrip(",;.")
                if not _WORD.match(core) or _bare(core) in _sets()["not_name"]:
                    break
                words.append(core)
                if token != core or len(words) >= vocabulary()["max_name_tokens"]:
                    break
            name = parse_name(" ".join(words)) if words else None
            if name is not None and len(name.tokens) >= 2 and \
                    not any(f[0] <= lead.end() < f[1] + 2 for f in found):
                out.append(Mention(name, block.location(text[lead.start():lead.end() + 60].strip()),
                                   position, "prose"))
        firsts = list(p["first"].finditer(text))
        for mark in firsts:
            chosen = _party_name(text, mark, found)
            if chosen is not None:
                for mention in out[len(out) - len(found):]:
                    if mention.name is chosen:
                        mention.party = "first"
    return out


def _role_around(text: str, start: int, end: int) -> str:
    after = re.match(r"^\s*,\s*([^,;]{3,120})", text[end:])
    if after and role_of(after.group(1)):
        return role_of(after.group(1)) or ""
    before = re.search(r"(?:^|[,;:.]\s)([^,;:.]{3,120}),?\s*$", text[:start])
    if before and role_of(before.group(1)):
        return role_of(before.group(1)) or ""
    return ""


def _party_name(text: str, mark: re.Match, found: list[tuple[int, int, Name]]) -> Name | None:
    before_words = "|".join(vocabulary()["party_named_before"])
    named_before = re.search(rf"(?:{before_words})\s*$", text[:mark.start()], re.IGNORECASE)
    if named_before:
        earlier = [f for f in found if f[1] <= mark.start()]
        return earlier[-1][2] if earlier else None
    later = [f for f in found if f[0] >= mark.end() and f[0] - mark.end() <= 12]
    return later[0][2] if later else None


def _headings(document: Document) -> list[tuple[int, str, Location]]:
    sections = vocabulary()["sections"]
    chapter = _patterns()["chapter"]
    out = []
    for position, block in enumerate(document.blocks):
        if not isinstance(block, Paragraph):
            continue
        first = block.raw.strip().split("\n")[0]
        text = chapter.sub("", _clean(first).lower()).strip(" .:")
        text = re.sub(r"^#+\s*", "", text)
        if not text or len(text.split()) > 10 or text.endswith("."):
            continue
        for kind in ("foreword", "closing", "other", "agreement"):
            words = sections[kind]
            if kind == "agreement":
                hit = any(w in text for w in words) and len(text.split()) <= 8
            else:
                hit = any(text == w or re.match(rf"^{re.escape(w)}(?:\s+\d+)?$", text) for w in words)
            if hit:
                out.append((position, kind, block.location()))
                break
    return out


def read_people(document: Document) -> People:
    mentions: list[Mention] = []
    for stream in _streams(document):
        mentions.extend(_signatures(stream))
        mentions.extend(_agreement_pairs(stream))
    mentions.extend(_people_tables(document))
    mentions.extend(_inline_duties(document))
    mentions.extend(_prose(document))
    unique: dict[tuple, Mention] = {}
    for mention in mentions:
        where = (mention.location.line, mention.location.page, mention.location.paragraph,
                 mention.location.table, mention.location.row, mention.location.col)
        key = (where, mention.name.key)
        kept = unique.get(key)
        if kept is None:
            unique[key] = mention
            continue
        # the same name read twice at one place: keep what each reading knows
        kept.role = kept.role or mention.role
        kept.role_kind = kept.role_kind or mention.role_kind
        kept.ident = kept.ident or mention.ident
        kept.party = kept.party or mention.party
        if kept.source == "prose" and mention.source != "prose":
            kept.source = mention.source
    ordered = sorted(unique.values(), key=lambda m: (m.position, m.location.line or 0))
    return People(ordered, _headings(document))
