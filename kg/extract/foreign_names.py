"""Foreign names the tagger misses, by the grammar around them.

A transliterated name (``叶利钦``, ``纳扎尔巴耶夫``) is often tagged as a place, an organisation or
a plain word. It is a person's name when it is written in transliteration characters
(``kg/lexicons/transliteration.txt``), three characters or more, on the tagger's word edges, and:

- right after a title word of the lexicon (``总统某某某``, ``外长某某某``), or
- the subject of a speech verb at the start of a clause (``，某某某说``).

The tagger's places and organisations are never taken (``巴基斯坦总统``: the country is a place).
"""

from __future__ import annotations

from kg.extract.name_runs import transliteration_chars
from kg.extract.titles import lexicon
from kg.model import Extraction

#: Verbs of speech that follow a clause's subject.
SPEECH = ("说", "表示", "指出", "强调", "认为", "宣布", "称")
#: Tags of tokens that are never part of a person's name.
_NOT_NAME = frozenset({"LOC", "ORG", "TIME", "w", "m", "q"})
#: What may stand before a clause's subject.
_CLAUSE_START = "，。；：！？、“”\n"


def _titled(text: str, start: int) -> bool:
    """A title word of the lexicon ends right before ``start`` (总统, 外长, 国防部长)."""
    lex = lexicon()
    return any(lex.is_word(text[start - k : start]) for k in range(2, min(start, 6) + 1))


def _title_prefix(word: str, chars: frozenset[str]) -> int:
    """Length of a title word that starts ``word`` and is followed by transliteration only (总理某某某)."""
    lex = lexicon()
    for k in range(2, min(len(word) - 1, 6) + 1):
        if lex.is_word(word[:k]) and all(c in chars for c in word[k:]):
            return k
    return 0


def foreign_names(ex: Extraction, covered: set[int]) -> list[tuple[int, int]]:
    """Spans of foreign names, as (start, end), outside ``covered``."""
    text = ex.article.text
    chars = transliteration_chars() | {"·"}
    tokens = ex.tokens
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.tag in _NOT_NAME or tok.text[-1] not in chars:  # cheap test first: most tokens
            i += 1
            continue
        inner = _title_prefix(tok.text, chars)  # the tagger glued the title
        j = i + 1 if inner else i
        while j < len(tokens) and tokens[j].tag not in _NOT_NAME and all(c in chars for c in tokens[j].text):
            j += 1  # the longest stretch of whole tokens written in transliteration characters
        if j == i:
            i += 1
            continue
        start, end = tok.start + inner, tokens[j - 1].end
        i = j
        if end - start < 3 or text[start] == "·" or text[end - 1] == "·":
            continue
        if any(p in covered for p in range(start, end)):
            continue
        clause = start == 0 or text[start - 1] in _CLAUSE_START
        if _titled(text, start) or (clause and text.startswith(SPEECH, end)):
            out.append((start, end))
    return out
