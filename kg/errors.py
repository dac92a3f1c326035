"""Error types. Every error says what failed, where, and what to do about it.

Library code raises these; only ``kg.cli`` turns them into exit codes.
"""

from __future__ import annotations


class KGError(Exception):
    """Base of all errors raised by kg on purpose."""

    def __init__(self, message: str, *, path: str | None = None, hint: str | None = None) -> None:
        self.message = message
        self.path = path
        self.hint = hint
        super().__init__(self.format())

    def format(self) -> str:
        text = f"{self.path}: {self.message}" if self.path else self.message
        if self.hint:
            text += f"; {self.hint}"
        return text


class InputError(KGError):
    """An input file cannot be read, decoded or parsed."""


class SpanError(KGError):
    """A mention's offsets do not fit the article text (a bug in an extractor stage)."""


class PipelineError(KGError):
    """A stage returned something other than what it promised."""


class OntologyError(KGError):
    """The code emits a term that the ontology does not declare, or the ontology cannot be read."""


class QueryError(KGError):
    """A SPARQL query or the graph it runs on is invalid."""


class GoldError(KGError):
    """A gold file is malformed or its article text cannot be found."""


class ValidationError(KGError):
    """A graph does not conform to the SHACL shapes."""
