"""Job titles that name no one in particular (记者, 设计师, 市领导): Role mentions, no facts."""

from __future__ import annotations

from kg.extract.titles import lexicon
from kg.model import Extraction, Mention

#: Tags of a word used as a verb or adverb (他代表全市讲话, 导演了一部电影), not as a job title.
_ACTION_TAGS = frozenset({"v", "vd", "vn", "ad", "d", "a"})


#: Tags of words that are no part of a title.
_NOT_TITLE_TAGS = frozenset({"PER", "LOC", "ORG", "TIME", "w"})


def bare_roles(ex: Extraction, found: list[Mention]) -> list[Mention]:
    """Job titles that name no one in particular (记者, 设计师): Role mentions, no facts.

    A title the tagger cut in two (副|秘书长, 首席|设计师) is one Role when the two words make a
    word of the lexicon; a plural (记者们) is a Role of the title without 们.
    """
    lex = lexicon()
    taken = [(m.start, m.end) for m in found if m.label == "Post"]
    out = []
    tokens = ex.tokens
    for i, tok in enumerate(tokens):
        word = tok.text[:-1] if tok.text.endswith("们") and len(tok.text) > 2 else tok.text
        kind = None if tok.tag in _NOT_TITLE_TAGS else lex.title_kind(word)
        if kind is None or tok.tag in _ACTION_TAGS or (kind == 1 and tok.tag != "n"):
            continue  # 代表/v, 增长/v: a verb; a title made by a suffix must read as a noun
        if kind == 1 and word.endswith("者"):
            continue  # 消费者, 投资者 alone name people by what they do; a name after makes it a title
        start, end = tok.start, tok.start + len(word)
        prev = tokens[i - 1] if i else None
        if (
            prev is not None
            and prev.end == start
            and prev.tag not in _NOT_TITLE_TAGS
            and lex.title_kind(prev.text + word) == 0
        ):
            start = prev.start  # 副|秘书长: one title the tagger read as two words
            if out and out[-1].start >= start:
                out.pop()  # 总经理|助理: the first word was a title alone
        if any(s <= start and end <= e for s, e in taken):
            continue
        out.append(ex.article.span(start, end, "Role"))
    return out
