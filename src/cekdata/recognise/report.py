"""What recognition reads from one document, built once and read by every rule, by `cekdata
extract` and by the xlsx matrix: the typed table views, the report year with its evidence, the
indicator matrix and the figures stated in prose."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..documents.model import Document
from ..findings import Location
from . import recognise
from .claims import Claim, extract
from .matrix import Matrix, build
from .view import TableView
from .year import report_year


@dataclass
class Recognised:
    document: Document
    views: list[TableView]
    year: int | None
    year_evidence: list[Location] = field(default_factory=list)
    year_from_text: int | None = None

    @classmethod
    def of(cls, document: Document, year: int | None = None) -> "Recognised":
        found, evidence = report_year(document)
        return cls(document, recognise(document), year or found, evidence, found)

    @cached_property
    def matrix(self) -> Matrix:
        """Every value of every indicator in every table (built on first use)."""
        return build(self.views, self.year, self.document)

    @cached_property
    def claims(self) -> list[Claim]:
        """The figures prose states, each with its frame (extracted on first use)."""
        return extract(self.document, self.year)
