"""Names in the titles of works: ``《某某》``, ``《致某某》``, ``《某某诗文集》``, ``《甲与乙》``.

A book, a film or a poem is often named after a person: its title is the name alone, a letter to
the person (``致`` + name), the name and a genre word (文集, 传, 的故事…), or two names joined by
与 / 和. The tagger reads such a title as one word of a work (``nw``), so the name inside is
lost; yet it names a person, and the NER corpora mark it so. As for the name in a doctrine
(:mod:`kg.extract.eponyms`), such a name is a Person mention with no entity behind it (``ref`` is
None): the work's subject is not a person the article tells of.

The grammar: the text between ``《`` and ``》`` (one to twenty characters, no nested marks), cut
as above, leaves a part of two to four Han characters that the tagger, asked about it alone,
reads as one person's name; a Chinese name starts with a surname and has at most three
characters (four with a two-character surname), a foreign one has three or four characters
written in transliteration characters. Titles that are ordinary words (``《春天》``, ``《茶馆》``) are not names to the
tagger and are left alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg import rx
from kg.extract.name_runs import looks_foreign, reads_as_name
from kg.extract.titles import is_han
from kg.model import Extraction, Mention

#: The title of a work: what stands between the book marks.
TITLE = rx.compile(r"《([^《》\n]{1,20})》")
#: What a title written as a letter to a person starts with.
LETTER = "致"
#: Genre words after a person's name in the title of a work about the person or by them.
GENRES = (
    "诗文集", "文集", "诗集", "诗选", "文选", "选集", "全集", "画集", "书信集", "年谱", "评传",
    "自传", "外传", "别传", "传", "日记", "回忆录", "的故事", "的一生",
)  # fmt: skip
#: What joins two names in one title (甲与乙).
JOINS = "与和"


def _names(inner: str) -> list[tuple[int, int]]:
    """Spans (relative to ``inner``) of the parts of a title that may be names, by its grammar."""
    if inner.startswith(LETTER):
        return [(len(LETTER), len(inner))]
    for genre in GENRES:
        if inner.endswith(genre) and len(inner) > len(genre):
            return [(0, len(inner) - len(genre))]
    for join in JOINS:
        left, sep, right = inner.partition(join)
        if sep and left and right and join not in right:
            return [(0, len(left)), (len(left) + 1, len(inner))]
    return [(0, len(inner))]


def _is_name(word: str) -> bool:
    from kg.extract.names import surnames

    if not (2 <= len(word) <= 4 and is_han(word)):
        return False
    single, double = surnames()
    chinese = (word[0] in single and len(word) <= 3) or word[:2] in double
    foreign = len(word) >= 3 and looks_foreign(word)  # 《某约》: a treaty's short form is no name
    return (chinese or foreign) and reads_as_name(word)


def work_names(ex: Extraction, taken: Iterable[Mention]) -> list[Mention]:
    """Unlinked Person mentions of the names in the titles of works, outside the mentions ``taken``."""
    text = ex.article.text
    if "《" not in text:
        return []
    spans = [(m.start, m.end) for m in taken if m.label in ("Person", "Place", "Organization")]
    out: list[Mention] = []
    for m in TITLE.finditer(text):
        at = m.start(1)
        for s, e in _names(m.group(1)):
            start, end = at + s, at + e
            if any(a < end and start < b for a, b in spans) or not _is_name(text[start:end]):
                continue
            out.append(ex.article.span(start, end, "Person"))
            spans.append((start, end))
    return out
