"""Bare two-character "names": words of a phrase that the tagger reads as a person.

The tagger reads many two-character words as names: the words of a fixed phrase (``水土|林草|湖|岸``
of a slogan, ``聚|小胜|成大胜`` of a saying), a direction after a place (``某某区|向南|发展``), a
crop (``种植|桔梗``). A person in news is seldom bare: a name has a title or a form of address
next to it (``县长王明``, ``王明同志``), stands in an enumeration (``王明、李华``), has a gender
mark (``王明（女）``), or is the subject of a clause (``，王明表示``). A two-character span of the
tagger with none of these (:func:`has_evidence`) is doubtful (:func:`doubtful`) where it also
reads as a word of the phrase around it:

- it is glued into a run of words (a content word right before it, no separator after it) and its
  first character is no surname of the lexicon (``聚|小胜|成``), unless it is written in
  transliteration characters (a foreign name), follows a locative (``传说中某某``) or is the object
  of a verb before 的 (``像某某的``);
- its first character is a surname that is also a preposition or a conjunction to the tagger
  (向, 和, 于) and a content word is glued before it (``某某区|向南``): the character starts a phrase, not a name;
- it follows a preposition or a conjunction (与, 和, 把), a content word is glued after it, and the
  tagger, asked the two characters alone, reads them as one ordinary word (``传承与|文旅|融合``);
- it stands between two nouns with no separator, the one after it of one character
  (``水土|林草|湖``), and the one before it no noun of a person (``村民|王明``);
- the tagger reads the same two characters elsewhere in the article as one ordinary word
  (``种植|桔梗`` … ``让|桔梗|变成``), or reads them so glued into a phrase there (a slogan the
  article repeats: ``水土|林草|湖|岸`` … ``水土|林草|湖岸``).

Three-character names are left alone: the commonest length of a Chinese name is rarely a word.
A four-character "name" with no surname at its head (neither a single nor a double one) whose two
halves the tagger, asked alone, reads each as one ordinary word is a phrase of two words, an idiom
of a greeting say (``身体健康、阖家幸福``: 阖家 + 幸福), unless a title or a form of address stands
next to it (:func:`two_words`). Names of the minorities written without a surname read as names
half by half (扎西|次仁, 格桑|德吉) and stay.
"""

from __future__ import annotations

import functools

from kg.extract.address import HONORIFICS
from kg.extract.cut_names import LIST_MARKS, LONGEST_TITLE, title_before
from kg.extract.joined_titles import tokens_near
from kg.extract.name_runs import looks_foreign, reads_as_name, transliteration_chars
from kg.extract.tagger import ask
from kg.extract.titles import lexicon
from kg.model import Extraction, Token

#: What separates the parts of a sentence: a name next to one is at the edge of its phrase.
SEPARATORS = '，,。、；;：:！？!?“”‘’"（）()《》 \n—…·'
#: Words after a name that mark it as a person's (王明一行, 王明等): a form of address or a group.
PERSON_AFTER = (*HONORIFICS, "大夫", "等", "一行", "夫妇", "本人")
#: Tags of a content word: one that a phrase is made of.
CONTENT_TAGS = frozenset(
    {"n", "nz", "nw", "v", "vn", "vd", "a", "an", "ad", "d", "LOC", "ORG", "s", "f", "TIME"}
)
#: Tags of a noun, for a name between two nouns.
NOUN_TAGS = frozenset({"n", "nz"})
#: Last characters of nouns of persons, written before a name as a title is (村民, 传人, 妻子).
PERSON_NOUN_ENDS = frozenset("人员者生手家师长友子妻夫兄弟姐妹爷奶儿女匠工将")
#: Tags of an ordinary word: the tagger reading the two characters so elsewhere is no name.
WORD_TAGS = frozenset({"n", "nz", "v", "vn", "a", "an", "ad", "d", "s", "f"})


@functools.cache
def starts_phrase(char: str, tags: tuple[str, ...] = ("p", "c")) -> bool:
    """Does the tagger, given ``char`` alone, read it as a preposition or a conjunction (向, 和), or
    as a word of another of ``tags`` (``r``: the pronoun 那, also a surname)?"""
    words = ask(char)
    return len(words) == 1 and words[0][1] in tags


def has_evidence(text: str, start: int, end: int, tokens: tuple[Token, ...]) -> bool:
    """Is ``text[start:end]`` marked as a person's name by the grammar around it: a title or a form
    of address next to it, an enumeration or a gender mark? (A name at the head of its clause,
    ``，王明表示``, is no word glued into a phrase: :func:`doubtful` leaves it alone.)"""
    if title_before(text, start):
        return True  # 县长王明
    if start > 0 and title_before(text, start - 1) and _surname_char(text[start - 1]):
        return True  # 州长向|世勤: the tagger read the surname as a preposition
    if lexicon().title_at(text, end, LONGEST_TITLE) or text.startswith(PERSON_AFTER, end):
        return True  # 王明书记, 王明同志, 王明等
    before, after = text[start - 1 : start], text[end : end + 1]
    if before in LIST_MARKS[:1] or after in LIST_MARKS[:1] or after in "（(":
        return True  # 王明、李华; 王明（女）
    if before in LIST_MARKS and _person(_token_at(tokens, end=start - 1)):
        return True  # 李华和王明
    return after in LIST_MARKS and _person(_token_at(tokens, start=end + 1))  # 王明和李华


def _surname_char(char: str) -> bool:
    from kg.extract.names import surnames  # names calls this module: imported when needed

    return char in surnames()[0]


def _token_at(tokens: tuple[Token, ...], start: int = -1, end: int = -1) -> Token | None:
    """The tagger's word that starts at ``start`` or ends at ``end``, found by bisection."""
    at = start if start >= 0 else end - 1
    return next((t for t in tokens_near(tokens, at, at + 1) if t.start == start or t.end == end), None)


def _person(tok: Token | None) -> bool:
    return tok is not None and tok.tag == "PER"


def doubtful(ex: Extraction, start: int, end: int) -> bool:
    """Is the tagger's two-character "name" ``text[start:end]`` a word of the phrase around it?"""
    text, tokens = ex.article.text, ex.tokens
    name = text[start:end]
    if end - start != 2:
        return False
    if _among_words(text, tokens, start, end) and not title_before(text, start):
        return True  # 推动康养、文旅、农业融合: an item of a list of ordinary words
    if has_evidence(text, start, end, tokens):
        return False
    others = [s for s in _occurrences(text, name) if s != start]
    if any(has_evidence(text, s, s + 2, tokens) for s in others):
        return False  # 王明 … 县长王明: the article marks the name elsewhere
    if _word_alone(name) and not _surname_before(text, start):
        return True  # 山风吹过: a word the tagger reads alone as one (not 副县长操|明亮: a surname before)
    if any(_in_phrase(text, tokens, s, s + 2) for s in [start, *others]):
        return True  # 水土林草湖岸 … 水土林草湖岸: a phrase the article repeats
    return any(  # a token that is the name starts where the name occurs again
        t.text == name and t.tag in WORD_TAGS and t.start == s
        for s in others
        for t in tokens_near(tokens, s, s + 1)
    )  # 种植桔梗 … 让桔梗变成


#: The tagger's tags of one ordinary word (a noun, an adjective, a time), read alone.
_WORD_ALONE_TAGS = frozenset({"n", "nz", "a", "an", "TIME"})


def _surname_before(text: str, start: int) -> bool:
    """Is the character before ``start`` a surname, one of those only after a title too (操)?"""
    from kg.extract.names import TITLED_SURNAMES  # names calls this module: imported when needed

    char = text[start - 1 : start]
    return _surname_char(char) or char in TITLED_SURNAMES


def _word_alone(name: str) -> bool:
    """Does the tagger, given the two characters alone, read them as one ordinary word (金秋, 山风)?"""
    words = ask(name)
    return len(words) == 1 and words[0][1] in _WORD_ALONE_TAGS


def _among_words(text: str, tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """Is ``text[start:end]`` an item of an enumeration with 、 whose other items, two or more, are
    each one ordinary word of the tagger (``康养、文旅、农业``)? A list of names holds names."""
    items: list[Token | None] = []
    pos = start
    while text[pos - 1 : pos] == LIST_MARKS[0] and len(items) < _LIST_ITEMS:
        items.append(tok := _token_at(tokens, end=pos - 1))
        if tok is None:
            break
        pos = tok.start
    pos = end
    while text[pos : pos + 1] == LIST_MARKS[0] and len(items) < 2 * _LIST_ITEMS:
        items.append(tok := _token_at(tokens, start=pos + 1))
        if tok is None:
            break
        pos = tok.end
    return len(items) >= 2 and all(t is not None and t.tag in WORD_TAGS for t in items)


#: The most items on each side of a name that :func:`_among_words` reads.
_LIST_ITEMS = 3


def two_words(text: str, start: int, end: int) -> bool:
    """Is the four-character "name" ``text[start:end]`` two ordinary words (阖家|幸福): no surname
    at its head, each half one word of :data:`WORD_TAGS` to the tagger, and no title or form of
    address next to it? (An enumeration is no evidence here: greetings are listed with 、 too.)"""
    from kg.extract.names import surnames  # names calls this module: imported when needed

    name = text[start:end]
    single, double = surnames()
    if name[0] in single or name[:2] in double or _foreign(name):
        return False
    if title_before(text, start) or lexicon().title_at(text, end, LONGEST_TITLE):
        return False  # 村民某某某某: a title makes it a name
    if text.startswith(PERSON_AFTER, end):
        return False
    return _ordinary(name[:2]) and _ordinary(name[2:])


def _in_phrase(text: str, tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """Is ``text[start:end]`` glued into the phrase around it (see the module's docstring)?"""
    name = text[start:end]
    prev = _token_at(tokens, end=start)
    nxt = _token_at(tokens, start=end)
    glued_before = prev is not None and prev.tag in CONTENT_TAGS and text[start - 1] not in SEPARATORS
    glued_after = nxt is not None and text[end : end + 1] not in SEPARATORS and end < len(text)
    if glued_before and _surname(name) and starts_phrase(name[0]):
        return True  # 某某区向南发展: a surname that is also a preposition
    linked = prev is not None and prev.tag in ("p", "c") and nxt is not None and nxt.tag in CONTENT_TAGS
    if linked and glued_after and _ordinary(name):
        return True  # 传承与文旅融合: after 与, glued to a verb, and one ordinary word alone
    if glued_before and glued_after and prev is not None and nxt is not None:
        nouns = prev.tag in NOUN_TAGS and nxt.tag in NOUN_TAGS and len(nxt.text) == 1
        if nouns and text[end] != "家" and prev.text[-1] not in PERSON_NOUN_ENDS:
            return True  # 水土林草湖; not after a noun of a person (村民王明), nor 王明家
        object_of = prev.tag == "v" and nxt.text == "的"  # 像某某的
        if not _surname(name) and not _foreign(name) and prev.tag != "f" and not object_of:
            return True  # 聚小胜成大胜; not after a locative (传说中某某降临)
    return False


def _ordinary(name: str) -> bool:
    """Does the tagger, given ``name`` alone, read it as one ordinary word (文旅: a noun), no name?"""
    words = ask(name)
    return len(words) == 1 and words[0][1] in WORD_TAGS


def _occurrences(text: str, word: str) -> list[int]:
    out, at = [], text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def _surname(name: str) -> bool:
    from kg.extract.names import surnames  # names calls this module: imported when needed

    single, _double = surnames()
    return name[0] in single


def _foreign(name: str) -> bool:
    chars = transliteration_chars()
    return looks_foreign(name) or all(c in chars for c in name)


#: Tags of the words of a clause's verb phrase (强调, 说, 再次), never of a name's pieces.
_VERB_TAGS = frozenset({"v", "vd", "ad", "d"})


def verbs_only(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """Are all the tagger's words over ``start..end`` verbs or adverbs (强调|说)?"""
    inside = [t for t in tokens_near(tokens, start, end) if t.start < end and start < t.end]
    return len(inside) > 1 and all(t.tag in _VERB_TAGS for t in inside)


def _alone_before_saying(cand: str) -> str | None:
    """The tag the tagger gives the three characters ``cand`` read as one word before 说, or None
    where it reads them otherwise."""
    if len(cand) != 3:
        return None
    got = ask(cand + "说")[:1]
    return got[0][1] if got and got[0][0] == cand else None


def says_name(cand: str) -> bool:
    """Does the tagger read ``cand`` as a name when it speaks (``储某某说``), though it read it as
    one ordinary word in the text (a rare surname that is a verb too: 储, 麻)? Three characters only:
    ``强调说`` stays a verb."""
    return _alone_before_saying(cand) == "PER"


def one_unit(cand: str) -> bool:
    """Does the tagger read the three characters ``cand`` before 说 as one word that is no verb
    (``仝立军说``: a name of a surname it does not know, whatever it tags it), where in the text it
    read them as verbs (仝|立军)? ``强调说`` is verbs there too."""
    tag = _alone_before_saying(cand)
    return tag is not None and tag not in _VERB_TAGS


def across_start(text: str, tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """Does an ordinary word of the tagger run across ``start`` into the "name" ``start..end``, is
    the rest of it ordinary words too, and does the tagger, given it alone, read it as no name
    (``重大工|程任务``: 工程|任务, and 程任务 alone a noun)? ``采煤工|林大山`` (工林|大山) is a
    name read alone; ``副主|任何立群`` (任何|立群) has a name after the cut. A word that is a whole
    title and the surname (``秘书长刀|某|某``) runs across nothing: the title ends at ``start``."""
    inside = [t for t in tokens_near(tokens, start, end) if t.start < end and start < t.end]
    if not inside or not (inside[0].start < start and inside[0].tag in WORD_TAGS):
        return False
    if start - inside[0].start >= 2 and lexicon().title_kind(text[inside[0].start : start]) == 0:
        return False  # a title of the lexicon, not one made by a productive suffix (水利工|程任务)
    words = all(t.tag in WORD_TAGS and t.end <= end for t in inside[1:])
    return words and not reads_as_name(text[start:end])
