"""A foreign name's first part that the tagger left out of the name (``大臣|占|·|某某某``).

A transliterated name is written with a middle dot between its parts (``马克·怀特``). A short first
part is often a common word as well, and the tagger then reads it as that word and only the part
after the dot as a person (``部长|占|·|维萨纳``). The part before the dot belongs to the name when
it is one short word of Chinese characters that follows a title at once (``大臣``, ``总理``,
``部长``): a title is followed by its holder's name, not by a word and a dot. A place, an
organisation, a date or a number before the dot is no part of a name (``东盟·某某``), nor is a
word that follows no title (``论坛|占|·|某某``) or a title itself (``总理·某某``).
"""

from __future__ import annotations

from kg.extract.foreign_names import FOREIGN_TITLES
from kg.extract.titles import is_han, lexicon
from kg.model import Token

#: Tags of a word that is no part of a person's name.
_NOT_NAME = frozenset({"LOC", "ORG", "TIME", "m", "q", "w", "nz", "f"})
#: Tags of a word that is no head of a name's first part (a name, a function word, a pronoun).
_FUNCTION = frozenset({"PER", "p", "c", "u", "d", "r", "xc"})
#: The longest first part taken back.
_LONGEST = 3


def dotted_head(text: str, tokens: tuple[Token, ...], i: int) -> int:
    """Where the name of the PER token ``tokens[i]`` starts: at the first part before its middle
    dot when the tagger left that part out and a title stands right before it; the token's own
    start otherwise."""
    tok = tokens[i]
    if i < 2 or tokens[i - 1].text != "·" or tokens[i - 1].end != tok.start:
        return tok.start
    head = tokens[i - 2]
    if head.end != tokens[i - 1].start or head.tag in _NOT_NAME or head.tag == "PER":
        return tok.start
    if not (is_han(head.text) and len(head.text) <= _LONGEST):
        return tok.start
    lex = lexicon()
    if lex.is_word(head.text) or head.text in FOREIGN_TITLES:
        return tok.start  # 总理·某某: a title, not a name's part
    before = text[max(0, head.start - 6) : head.start]
    titled = before.endswith(FOREIGN_TITLES) or any(
        lex.is_word(before[-k:]) for k in range(2, len(before) + 1)
    )
    return head.start if titled else tok.start


#: Tags of a word that ends a name rejoined at its middle dot: verbs, function words and numerals
#: (某·某某参加, 某·某某和, 某·某某一行).
_AFTER_DOT_NAME = frozenset({"v", "vd", "vn", "p", "u", "c", "m"})
#: Tags of a word that is no tail of a name's last part.
_NOT_TAIL = frozenset({"w", "TIME", "m", "q", "f", "d", "ad", "r", "xc", "PER", "LOC"})
#: Characters that start no tail of a name (等人, 们, 的).
_NO_TAIL_CHARS = "等们的了着和与及"
#: Words of the party a name leads (某·某某一行, 某·某某夫妇).
PARTY_WORDS = ("一行", "夫妇", "一家")
#: One-character adverbs written alone after such a name (某·某某还, 某·某某也); the tagger's adverb
#: tag alone is no mark, for it falls on pieces of transliterated names too (阿不|都|热西: 都). Words
#: of the party a name leads (某·某某一行, 某·某某夫妇) end it too.
_AFTER_DOT_WORDS = frozenset({"还", "也", "又", *PARTY_WORDS})


def ends_dotted(token: Token) -> bool:
    """Does ``token`` end a name rejoined at its middle dot when it follows a piece of it?"""
    return token.tag in _AFTER_DOT_NAME or token.text in _AFTER_DOT_WORDS


#: Tags of a word after a name's closing 地 besides a verb's: a mark, an adverb (认真, 一直).
_AFTER_DI = frozenset({"w", "d", "ad"})


def closing_di(tokens: tuple[Token, ...], j: int) -> bool:
    """Whether ``tokens[j]`` is a 地 that closes the last part of a Turkic name (``吐尔|地|主持``):
    the particle 地 follows an adverb, never a name, so a 地 the tagger read as that particle right
    after a piece of a dotted name and before a verb, an adverb or a mark is the name's last syllable."""
    if j < 1 or j + 1 >= len(tokens):
        return False
    di, before, after = tokens[j], tokens[j - 1], tokens[j + 1]
    if di.text != "地" or before.end != di.start or after.start != di.end:
        return False
    return before.tag in ("PER", "w", "nz") and (ends_dotted(after) or after.tag in _AFTER_DI)


def stops_dotted(tokens: tuple[Token, ...], k: int) -> bool:
    """Does ``tokens[k]``, after a piece of a name rejoined at its middle dot, end the name? A verb,
    a function word (:func:`ends_dotted`), an adverb of two characters or more that is not written
    in the syllables of Turkic names (一直, 认真: 阿不|都 keeps its 都); not a closing 地
    (:func:`closing_di`)."""
    if closing_di(tokens, k):
        return False
    token = tokens[k]
    return ends_dotted(token) or sentence_adverb(token)


def sentence_adverb(token: Token) -> bool:
    """Is ``token`` an adverb of two characters or more not written in the syllables of Turkic
    names (详细, 认真, 一直: a sentence's word after a dotted name, not a part of it)?"""
    from kg.extract.dotted_runs import turkic_chars  # it imports the names' modules: here

    return token.tag in ("d", "ad") and len(token.text) > 1 and not set(token.text) <= turkic_chars()


def party_cut(text: str, dot: int, end: int) -> int:
    """Where a name rejoined at its middle dot (its last dot at ``dot``) ends, given the end
    ``end`` it was read to: before a word of its party that the tagger glued to its last piece
    (某·某某一|行来: 一行 is the party's, not the name's) or read as a word of its own after it
    (某·某某|一行，)."""
    for word in PARTY_WORDS:
        for k in range(1, len(word) + 1):
            if end - k > dot + 1 and text.startswith(word, end - k):
                return end - k
    return end


def glued_head(text: str, tokens: tuple[Token, ...], i: int, start: int) -> int:
    """Where the dotted name of the PER token ``tokens[i]`` starts when the tagger glued the head
    of its first part to the word before (``总经理|买买|提江·吐尔逊``): at that word, a short one of
    Chinese characters that follows a title at once and is no word of the lexicon; else ``start``."""
    tok = tokens[i]
    if i < 1 or start != tok.start or "·" not in tok.text or tok.text.index("·") > 3:
        return start
    head = tokens[i - 1]
    if head.end != tok.start or head.tag in _NOT_NAME or head.tag in _FUNCTION or len(head.text) > 2:
        return start
    if not is_han(head.text) or lexicon().is_word(head.text):
        return start
    from kg.extract.names import after_title  # names calls this module: imported here

    return head.start if after_title(text, head.start) else start


def glued_tail(text: str, tokens: tuple[Token, ...], j: int, end: int) -> int:
    """Where a dotted name that ends at ``end`` (``tokens[j]`` the next word) ends when the tagger
    read the end of its last part as a word of its own (``努尔兰·卡德尔|别克|通报``): after that
    word, a short one of Chinese characters that is no word of the lexicon (no title: 某·某某|书记),
    followed by a verb, a function word or a mark; or after the pieces the tagger read as names, of
    three characters at most each (``某某·某某|任诺夫|率领``); else ``end``."""
    if j >= len(tokens) - 1 or "·" not in text[max(0, end - 12) : end]:
        return end
    if closing_di(tokens, j):
        return tokens[j].end  # 艾山·吐尔|地|主持: the name's last syllable
    k, stop = j, end
    while (
        k < len(tokens) - 1
        and tokens[k].tag == "PER"
        and tokens[k].start == stop
        and len(tokens[k].text) <= 3
    ):
        stop, k = tokens[k].end, k + 1  # 某某某·某某|某某某|率领, 某某某·某某|某|某某|感谢: read as names
    closed = ends_dotted(tokens[k]) or (tokens[k].tag == "w" and tokens[k].text[:1] not in "（(")
    if stop > end and is_han(text[end:stop]) and closed:  # not 某·某某|彭某某（女）: a roll of names
        return stop
    tail, after = tokens[j], tokens[j + 1]
    if tail.start != end or tail.end != after.start or len(tail.text) > 2 or not is_han(tail.text):
        return end
    if tail.tag in _AFTER_DOT_NAME or tail.tag in _NOT_TAIL or tail.text in _AFTER_DOT_WORDS:
        return end
    if tail.text[0] in _NO_TAIL_CHARS:
        return end  # 某·某某|等人: the others, not the name's end
    if lexicon().is_word(tail.text) or not (stops_dotted(tokens, j + 1) or after.tag == "w"):
        return end  # (某·某某|别克|认真听取: an adverb of two characters ends the name as a verb does)
    return tail.end
