"""The stage runner.

An extractor stage is a function ``Extraction -> Extraction`` registered with :func:`stage`,
which records what it needs (stages that must have run) and what it adds (fields it fills).
:func:`run` calls the stages in order and checks each one's return value, as spaCy's
``Language.__call__`` does for its components.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from kg.errors import KGError, PipelineError
from kg.model import Article, Extraction, Token

log = logging.getLogger(__name__)

StageFn = Callable[[Extraction], Extraction]


@dataclass(frozen=True)
class Stage:
    name: str
    fn: StageFn
    needs: tuple[str, ...]
    adds: tuple[str, ...]

    def __call__(self, ex: Extraction) -> Extraction:
        missing = [n for n in self.needs if n not in ex.done]
        if missing:
            raise PipelineError(
                f"stage {self.name!r} needs {', '.join(missing)} to have run first",
                hint="fix the stage order in kg.extract.STAGES",
            )
        out = self.fn(ex)
        if not isinstance(out, Extraction):
            raise PipelineError(
                f"stage {self.name!r} returned {type(out).__name__}, not Extraction",
                hint="a stage must return the extraction it was given, updated",
            )
        if out.article is not ex.article:
            raise PipelineError(f"stage {self.name!r} replaced the article; stages may only add facts")
        return replace(out, done=out.done | {self.name})


def stage(name: str, *, needs: Sequence[str] = (), adds: Sequence[str] = ()) -> Callable[[StageFn], Stage]:
    """Decorator: turn a function into a named :class:`Stage`."""

    def wrap(fn: StageFn) -> Stage:
        return Stage(name, fn, tuple(needs), tuple(adds))

    return wrap


def run(article: Article, stages: Sequence[Stage], tokens: tuple[Token, ...] = ()) -> Extraction:
    """Run ``stages`` over one article. A pure function of the article: no shared state.

    ``tokens``: the article's tokens when they were tagged already, in a batch with other
    articles (the tokens stage then keeps them).
    """
    ex = Extraction(article=article, tokens=tokens)
    for st in stages:
        try:
            ex = st(ex)
        except KGError:
            raise
        except Exception as exc:  # a bug in a stage: say where, keep the cause
            raise PipelineError(
                f"stage {st.name!r} failed on article {article.id}: {type(exc).__name__}: {exc}",
                path=article.source,
                hint="this is a bug in kg; please report it with the input file",
            ) from exc
    return ex
