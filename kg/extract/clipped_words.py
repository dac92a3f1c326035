"""Words the tagger reads as names that are clipped common nouns or clipped landmark names.

- a class or a holiday programme (``寒托班``, ``寒托|班``): a "name" without a surname of the
  lexicon that ends in 班 or runs on into 班 is the noun of a class, not a person;
- the first two characters of a landmark the article names (``某某石窟`` … ``某某精神``): a
  two-character "name" followed by a noun, where the tagger reads the same two characters and a
  landmark word (窟, 石窟, 山, 岭 …) as one place elsewhere in the article, is the landmark's
  short form (the spirit of the grotto), not a person. A person's memorial (``某某纪念馆``) is no
  landmark word: 某某精神 there stays a person's.
"""

from __future__ import annotations

from kg.extract.joined_titles import tokens_near
from kg.extract.names import has_surname
from kg.extract.titles import lexicon
from kg.model import Extraction

#: What a class or a programme ends in: 寒托班, 培训班.
CLASS_END = "班"
#: Words that end a landmark's name (a grotto, a mountain, a lake): never a person's memorial.
LANDMARK_ENDS = (
    "石窟", "窟群", "窟", "千佛洞", "洞窟", "山", "岭", "峰", "洞", "湖", "河", "江", "寺", "塔", "峡",
    "谷", "岛", "关",
)  # fmt: skip
#: Tags of the noun that follows a landmark's short form (某某精神, 某某文化).
_NOUN_TAGS = frozenset({"n", "nz", "vn"})


def is_class_noun(ex: Extraction, start: int, end: int) -> bool:
    """``text[start:end]``, read as a name, is a class or a programme (``寒托班``, ``寒托|班``)."""
    text = ex.article.text
    name = text[start:end]
    if has_surname(name):
        return False
    return name.endswith(CLASS_END) or text[end : end + 1] == CLASS_END


def is_landmark_prefix(ex: Extraction, start: int, end: int) -> bool:
    """``text[start:end]`` (two characters), read as a name before a noun, starts a landmark the
    tagger reads as one place elsewhere in the article."""
    name = ex.article.text[start:end]
    if len(name) != 2:
        return False
    nxt = next((t for t in tokens_near(ex.tokens, end, end + 1) if t.start == end), None)
    if nxt is None or nxt.tag not in _NOUN_TAGS or lexicon().is_title(nxt.text):
        return False
    return any(t.tag == "LOC" and t.text.startswith(name) and t.text[2:] in LANDMARK_ENDS for t in ex.tokens)


def clipped_word(ex: Extraction, start: int, end: int) -> bool:
    """Is the "name" at ``start:end`` a clipped common noun or a clipped landmark name?"""
    return is_class_noun(ex, start, end) or is_landmark_prefix(ex, start, end)
