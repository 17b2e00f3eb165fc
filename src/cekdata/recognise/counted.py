"""Counts stated in prose with the noun they count: "sebanyak 876 pengawas ad hoc", "1.146
penerima layanan", "jumlah penduduk … sebanyak 45.763 jiwa" (a classifier: the noun stands
before the number), and the breakdown that follows a total ("terdiri atas 22.938 laki-laki dan
22.825 perempuan"). Which table a count speaks of is decided by rules/claim_totals.py.

Vocabulary: ``table_totals`` in data/claims.yaml."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..documents.model import Document, Paragraph
from ..documents.numbers import Figure, is_year, parse_figure
from .claims import _mentions, frame_at, sentences
from .frames import Frame
from .view import norm, vocabulary

# An integer: "876", "45.763", "1,146"; not part of a decimal, a percentage, a code or a date.
_COUNT = re.compile(r"(?<![\w.,/:-])(\d{1,3}(?:[.,]\d{3})+|\d+)(?![\w]|[.,]\d|\s*%|[/-]\d)")
_WORD = re.compile(r"[a-z][\w/+-]*")
_REFERENCE = re.compile(r"(?:no|nomor|tabel|gambar|grafik|pasal|ayat|bab|lampiran|tahap|ke-?)\.?\s*$")


_LIST_ITEM = re.compile(r"^\(?(?:[a-z]|\d{1,2})[.)]\s")


def prose_paragraphs(document: Document) -> list[tuple[Paragraph, Paragraph]]:
    """Paragraphs as written (the text reader joins hard-wrapped lines), each with the block
    it was read from (for its place among the blocks)."""
    return [(p, p) for p in document.paragraphs]


@dataclass(frozen=True)
class CountClaim:
    figure: Figure
    sentence: str
    paragraph: Paragraph
    start: int
    end: int
    phrase: tuple[str, ...]       # the counted noun and the words that describe it
    clause: tuple[str, ...]       # the words of the clause around the figure
    frame: Frame
    cue: bool                     # a counting verb or "jumlah" introduces it
    sex: str | None = None        # "laki-laki" / "perempuan": a part of the total before it
    whole: int | None = None      # index (in this sentence's counts) of the total it breaks down
    repeated: bool = False        # the same noun was counted earlier in the sentence: a part
    part_word: bool = False       # "termasuk 14 …", "di antaranya 9 …"
    verb: str = ""                # the word before the count ("menguji 2.236 sampel")
    relative: bool = False        # "jumlah pegawai yang memiliki sertifikat … 19 orang"
    anchor: Paragraph | None = None   # the block the paragraph was read from
    said: str = ""                # the words after the number as printed ("orang", "pengawas ad hoc")

    @property
    def noun(self) -> str:
        return self.phrase[0] if self.phrase else ""

    @property
    def nouns(self) -> tuple[str, ...]:
        return self.phrase[:1]

    @property
    def modifiers(self) -> tuple[str, ...]:
        return self.phrase[1:]

    @property
    def stated(self) -> str:
        said = self.said or " ".join(self.phrase[:3])
        if self.phrase and self.phrase[0] not in said.lower().split():
            return f"{self.figure.raw} {said} ({self.phrase[0]})"
        return f"{self.figure.raw} {said}".strip()


def _vocab() -> dict:
    return vocabulary("claims")["table_totals"]


def _sex_of(word: str) -> str | None:
    for sex, words in vocabulary("claims")["frames"]["sex"].items():
        if word in words or word.replace("-", " ") in words:
            return sex
    return None


def _phrase(text: str, vocab: dict) -> tuple[str, ...]:
    """The words right after a number, up to punctuation, a figure or a clause connective."""
    cut = re.search(r"[,;:()\d]", text)
    breaks = set(vocab["phrase_breaks"])
    words: list[str] = []
    for word in _WORD.findall(norm(text[:cut.start()] if cut else text)):
        if word in breaks or len(words) >= 8:
            break
        words.append(word)
    return tuple(words)


def _lead_phrase(lead: str, vocab: dict) -> tuple[tuple[str, ...], bool]:
    """The counted noun before a classifier, with the words describing it: after "jumlah"
    ("jumlah seluruh pengawas ad hoc sebanyak 867 orang"), else the first content word of the
    clause ("Penduduk … berjumlah 45.763 jiwa"); and whether a relative clause ("yang …")
    narrows it."""
    text = re.split(r"[,;:()]|\b(?:dan|serta|sedangkan|namun|sementara|sehingga)\b", norm(lead))[-1]
    totals = "|".join(map(re.escape, vocab["total_words"]))
    found = list(re.finditer(rf"\b(?:{totals})\s+(?:seluruh\s+|keseluruhan\s+|semua\s+)?(?=[a-z])",
                             text))
    words = _WORD.findall(text[found[-1].end():] if found else text)
    if not found:
        stop = set(vocab["lead_stopwords"]) | set(vocab["not_nouns"]) | set(vocab["classifiers"])
        while words and words[0] in stop:
            words = words[1:]
    cues = set(vocab["cues"]) | set(vocab["neutral_verbs"])
    phrase: list[str] = []
    for word in words:
        if word in cues:
            break
        phrase.append(word)
    relative = "yang" in phrase
    if relative:
        phrase = phrase[:phrase.index("yang")]
    connectives = vocabulary("claims")["frames"]["part_connectives"]
    if any(re.search(rf"\b{re.escape(w)}\b", " ".join(words)) for w in connectives):
        relative = True                  # "pegawai terdiri atas golongan IV sebanyak 12 orang"
    return tuple(phrase[:8]), relative


def _cued(lead: str, vocab: dict) -> bool:
    words = norm(lead).split()
    return any(w in vocab["cues"] for w in words[-4:]) or any(w in vocab["total_words"] for w in words)


def _part_word(lead: str, vocab: dict) -> bool:
    text = norm(lead)
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text) for w in vocab["part_words"])


def counts_in(paragraph: Paragraph, sentence: str, year: int | None,
              anchor: Paragraph | None = None) -> list[CountClaim]:
    vocab = _vocab()
    not_nouns, classifiers = set(vocab["not_nouns"]), set(vocab["classifiers"])
    found: list[CountClaim] = []
    mentions = _mentions(sentence)
    for match in _COUNT.finditer(sentence):
        raw = match.group(1)
        start, end = match.span(1)
        if is_year(raw) or re.search(r"rp\.?\s*$", sentence[max(0, start - 4):start], re.I):
            continue
        figure = parse_figure(raw)
        after = re.sub(r"^\s*\([a-z ]+\)", "", sentence[end:])     # "14 (empat belas)"
        phrase = _phrase(after, vocab)
        lead = sentence[max((e for s, e in mentions if e <= start), default=0):start]
        if figure is None or figure.kind != "count" or not phrase or phrase[0] in not_nouns \
                or _REFERENCE.search(norm(lead)):
            continue
        said = " ".join(after.split()[:len(phrase[:3])]).strip(" ,.;:")
        sex = _sex_of(phrase[0])
        relative = False
        if phrase[0] in classifiers:
            described, relative = _lead_phrase(lead, vocab)
            phrase = described + phrase[1:]
            if not described:
                continue
        lead_words = _WORD.findall(norm(lead))
        verb = next((w for w in reversed(lead_words) if w not in vocab["cues"]), "") \
            if lead_words and lead_words[-1] != phrase[0] else ""
        if relative or phrase[0] in lead_words:
            verb = ""                              # the noun stands before the count
        earlier = any(c.sex is None for c in found)
        frame = frame_at(sentence, start, end, year, earlier)
        whole = None
        if sex is not None:
            whole = next((i for i in range(len(found) - 1, -1, -1) if found[i].sex is None), None)
        repeated = sex is None and any(c.sex is None and c.noun == phrase[0] for c in found)
        found.append(CountClaim(figure, sentence, paragraph, start, end, phrase,
                                tuple(lead_words) + phrase, frame, _cued(lead, vocab), sex, whole,
                                repeated, _part_word(lead, vocab), verb, relative,
                                anchor or paragraph, said))
    return found


def extract_counts(document: Document, year: int | None = None) -> list[list[CountClaim]]:
    """Per sentence, its counts in order (a breakdown points back at its total)."""
    out = []
    for paragraph, anchor in prose_paragraphs(document):
        for sentence in sentences(paragraph):
            counts = counts_in(paragraph, sentence, year, anchor)
            if counts:
                out.append(counts)
    return out
