"""Eponyms: the name in a doctrine named after a person (``某某主义``, ``某某思想``, ``某某理论``).

``某某主义`` (a person's name and 主义) names a doctrine, not a person of the article; yet its first
word is a person's name, and the NER corpora mark it so. Such a name is a Person mention with no entity behind it
(``ref`` is None: it names a person but makes no fact, as an unresolved short form does), so that
the article's persons stay the people it is about.

The grammar: a word of two to four characters that the tagger, asked about it alone, reads as a
person's name, written right before 主义, 思想 or 理论, where the tagger's words end (the doctrine
may be one word, ``某某主义``, or two, ``某某|理论``). Common words before 主义 (社会主义,
爱国主义) are not names to the tagger and are left alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.extract.name_runs import reads_as_name
from kg.extract.titles import is_han
from kg.model import Extraction, Mention

#: What follows a person's name in the name of a doctrine.
DOCTRINES = ("主义", "思想", "理论")
#: Tags of a word that may be the name in a doctrine written as two words (某某|理论).
_NAME_TAGS = frozenset({"PER", "nz"})


def eponyms(ex: Extraction, taken: Iterable[Mention]) -> list[Mention]:
    """Unlinked Person mentions of the names in doctrines, outside the mentions ``taken``."""
    text = ex.article.text
    spans = [(m.start, m.end) for m in taken if m.label in ("Person", "Place", "Organization")]
    out: list[Mention] = []
    for tok in ex.tokens:
        k = tok.text.find("主义", 2, 6)  # at 2, 3 or 4, the first
        if k >= 0:  # one word: 某某主义, 某某主义者
            start, end = tok.start, tok.start + k
        else:
            if tok.tag not in _NAME_TAGS or not text.startswith(DOCTRINES, tok.end):
                continue
            start, end = tok.start, tok.end  # two words: 某某|理论
        name = text[start:end]
        if not (2 <= len(name) <= 4 and is_han(name)):
            continue
        if any(s < end and start < e for s, e in spans) or not reads_as_name(name):
            continue
        out.append(ex.article.span(start, end, "Person"))
        spans.append((start, end))
    return out
