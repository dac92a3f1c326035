"""Three-character names the tagger cut before a title or an ellipsis (``王小|明|院士``).

The tagger reads the last character of such a name as a one-character verb (存, 滚) and the name
as two characters. The grammar of the genre says where the whole name ends:

- an enumeration of titled names (``甲院士、乙某院士``): every item is a name followed by the same
  title word, so the stretch between the list mark (、 和 与 及) and that title is the whole name;
- the last item of an enumeration closed by an ellipsis, right after its title (``“乡村教师”
  王小|明……``, ``教师王小|明……``): a name, then the ellipsis.

The lone character must not be a verb of holding (``王明|任|院长``, ``李华|兼|主任``).
"""

from __future__ import annotations

from kg.extract.titles import is_han, lexicon
from kg.model import Token

#: Verbs that join a name to a title (任院长, 兼主任): never the last character of a cut name.
HOLDING_VERBS = frozenset("任兼为是当系作做称升调转获被由出")
#: Marks between the items of an enumeration of titled names.
LIST_MARKS = "、和与及"
#: An ellipsis that closes an enumeration.
ELLIPSIS = "…"
_LONGEST_TITLE = 6


def _title_before(text: str, pos: int) -> bool:
    lex = lexicon()
    return any(pos - k >= 0 and lex.is_title(text[pos - k : pos]) for k in range(2, _LONGEST_TITLE + 1))


def _parallel_item(text: str, start: int, end: int, title: str) -> bool:
    """Is ``text[start:end] + title`` an item of an enumeration whose neighbour ends in ``title``?"""
    before = text[:start]
    if before[-1:] in LIST_MARKS and before[:-1].endswith(title):
        return True  # 甲院士、|乙某|院士
    after = end + len(title)
    if text[after : after + 1] not in LIST_MARKS:
        return False
    for length in (2, 3, 4):  # 乙某院士、|甲|院士
        item = text[after + 1 : after + 1 + length]
        if len(item) == length and is_han(item) and text.startswith(title, after + 1 + length):
            return True
    return False


def cut_before_mark(text: str, toks: tuple[Token, ...], i: int) -> bool:
    """Is ``toks[i]`` (two characters) plus the one-character token after it a whole name cut
    before a title of an enumeration or before an ellipsis?"""
    tok = toks[i]
    third = toks[i + 1] if i + 1 < len(toks) else None
    if third is None or third.start != tok.end or len(third.text) != 1 or third.text in HOLDING_VERBS:
        return False
    end = third.end
    if text.startswith(ELLIPSIS, end):
        return text[tok.start - 1 : tok.start] == "”" or _title_before(text, tok.start)
    title = lexicon().title_at(text, end, _LONGEST_TITLE, lexical=True)
    return title is not None and _parallel_item(text, tok.start, end, title)
