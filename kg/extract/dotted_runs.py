"""A dotted name the tagger cut in many pieces, between a title and a mark:
``市长努尔|买|买提·阿不都|拉，``.

Uyghur, Kazakh and other names of Xinjiang are written with a middle dot between the given name
and the father's (``某某某·某某某``), in Chinese characters the tagger reads as words now and
then. Where a title stands right before the first part and a mark right after the last, the
characters between are the name, whatever the tagger made of them:
- the first part runs from the title to the dot (one to eight characters), the last from the dot
  to a mark (``，。、；：（）``) or to 等 before one (two to six characters); more dotted parts may
  come between;
- where no mark follows, a last part written only in the characters of Turkic names ends before a
  word the clause goes on with (``市长某某某·某某某与某某签署``, ``…在致辞中说``); else a name the
  tagger read across the dot ends the run, its first part then starting after the title all the
  same: ``局长某|某某·某某某通报``;
- no word of two characters or more that the tagger reads as an ordinary word (a verb, a noun)
  lies inside a part, nor a function word (``也``, ``了``): ``种植户某某某·某某拉起家常`` and
  ``外长某·某某也发了言`` run on into a clause, and are left to the other rules. A word written
  only in the characters of Turkic names (``kg/lexicons/turkic_transliteration.txt``) is a piece
  of the name the tagger read as a word (``买买|提江·阿不|都|热合曼``), and so is the tagger's
  first part with its dot (``某某某·|某某|提说``).

The last character of a dotted name the tagger read may be glued to the verb after it
(``某某·某某|提说``, ``某某·某某|提|经营``): a character of Turkic names before 说 or a verb of two
characters belongs to the name (:func:`glued_last`); not before a verb of one (``某某·某某别克|来到``).
"""

from __future__ import annotations

import functools
from importlib import resources

from kg import rx
from kg.extract.cut_names import title_before
from kg.extract.joined_titles import tokens_near
from kg.model import Extraction, Token

#: A run of parts joined by middle dots, each of Chinese characters.
RUN = rx.compile(r"[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+")
#: What may follow a name's last part.
_END = "，,。、；;：:（(）)\n等"
#: Spaces between a roll line's name and its post.
_GAP = " \u3000\t"
#: Verbs of saying that may close the last part (``研究员某某·某某说，``): no part of the name.
_SAYING = ("表示", "指出", "认为", "介绍", "强调", "透露", "说")
#: Function words that no transliterated name holds.
_FUNCTION = frozenset("了的地得着过吗呢吧啊们也在是将把被从")
#: Particles that no name holds, even one a roll line's gap closes (吐尔地 holds 地, no particle).
_PARTICLES = frozenset("了的们着过")
#: The longest last part.
_LAST = 6
#: Tags of the tagger's ordinary words: none of two characters or more lies inside a name.
_WORDS = frozenset(
    {"v", "vn", "vd", "n", "a", "ad", "an", "d", "p", "c", "u", "r", "m", "q", "f", "s", "t", "nz"}
)


def _roll_name(text: str, start: int, end: int) -> bool:
    """Whether the run ``text[start:end]`` opens its line, after indentation alone, and a gap or a
    mark in brackets follows it (``某某某·某某（女）　县人民医院护士长``): a roll line's name."""
    line = text.rfind("\n", 0, start) + 1
    return not text[line:start].strip(_GAP) and text[end : end + 1] in (*_GAP, "（", "(")


@functools.cache
def turkic_chars() -> frozenset[str]:
    """Characters of the transliteration of Turkic names (``kg/lexicons/turkic_transliteration.txt``)."""
    text = resources.files("kg.lexicons").joinpath("turkic_transliteration.txt").read_text(encoding="utf-8")
    return frozenset(c for line in text.splitlines() if not line.startswith("#") for c in line.strip())


#: Words the clause goes on with after a name (a conjunction, a preposition, a verb of taking part).
_STOPS = ("与", "和", "在", "代表", "出席", "参加", "主持", "表示", "指出", "会见", "一行", "率", "同志")
_STOPS += ("说", "介绍", "告诉", "经营", "带领", "正在")


def transliterated_end(text: str, last: int, end: int, turkic: frozenset[str]) -> int | None:
    """Where a dotted name's last part that starts at ``last`` ends, before a word of
    :data:`_STOPS`, when all its characters are of the transliteration of Turkic names (two to
    :data:`_LAST`); None otherwise."""
    for stop in range(last + 2, min(end, last + _LAST) + 1):
        if text.startswith(_STOPS, stop) and all(c in turkic for c in text[last:stop]):
            return stop
    return None


#: Tags of one character that is no piece of a name: prepositions, conjunctions, particles, adverbs,
#: pronouns, numbers, measure words, marks.
_NOT_PIECE_TAGS = frozenset({"p", "c", "u", "d", "r", "m", "q", "w"})


def _piece(token: Token, turkic: frozenset[str]) -> bool:
    """Whether a token between a title and the tagger's dotted name may be the head of that name's
    first part: a word of Turkic names' characters, or one character of no function."""
    return set(token.text) <= turkic or (len(token.text) == 1 and token.tag not in _NOT_PIECE_TAGS)


def dotted_runs(ex: Extraction, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of dotted names between a title and a mark (the module's doc) that no hit is exactly."""
    text = ex.article.text
    out: list[tuple[int, int]] = []
    known = set(hits)
    turkic = turkic_chars()
    for m in RUN.finditer(text):
        end = m.end() - 1 if text[m.end() - 1] == "等" else m.end()  # 某某·某某等: 等 is no part
        dot = text.index("·", m.start())
        across: tuple[int, int] | None = None
        roll = _roll_name(text, m.start(), end)
        if roll:
            start: int | None = m.start()  # 某某某·某某　某村党支部书记: a roll line's name, before its gap
        else:
            if text[end : end + 1] in _END and 2 <= end - text.rfind("·", m.start(), end) - 1 <= _LAST:
                end -= next((len(w) for w in _SAYING if text.endswith(w, m.start(), end)), 0)  # 某·某某说，
                last = text.rfind("·", m.start(), end) + 1
                end -= next(  # 专员某某·某某出席。: a verb the clause goes on with, of two characters or more
                    (len(w) for w in _STOPS if len(w) > 1 and text.endswith(w, last + 2, end)), 0
                )
                if text[end - 1] == "等" and end - last >= 3:
                    end -= 1  # 某某·某某等参加。: 等 is no part of the name
            elif (
                stop := transliterated_end(text, text.rfind("·", m.start(), end) + 1, end, turkic)
            ) is not None:
                end = stop  # 市长某某某·某某某与…: a transliterated last part, then a word the clause goes on with
            else:  # 局长某|某某·某某某通报: the tagger's name across the dot ends the run
                across = next(((s, e) for s, e in hits if s < dot < e <= end and text[e - 1] != "·"), None)
                if across is None or title_before(text, across[0]):
                    continue  # no such name, or one that starts where the title ends (司令官|某某·某某的)
                end = across[1]
            # where the title ends: 秘书长|某某·某某, not 秘书|长某某·某某
            start = next(
                (p for p in range(m.start(), dot) if title_before(text, p) and not title_before(text, p + 1)),
                None,
            )
        if start is None or (start, end) in known:
            continue
        if any(c in (_PARTICLES if roll else _FUNCTION) for c in text[start:end]):
            continue  # 占·西达也发了言: a clause, not a name (a roll line's 吐尔地 is one)
        if across is not None and any(
            t.tag != "PER" and start <= t.start < across[0] and not _piece(t, turkic)
            for t in tokens_near(ex.tokens, start, across[0])
        ):
            continue  # 副司令官|某某·某某: a word before the tagger's name is no piece of it (某|某某 is,
            # and so is a word of Turkic names' characters, 阿不|都|热|某某·某某, and one character
            # that is no function word, 总领事|占|某某·某某)
        if any(
            t.tag in _WORDS
            and t.end - t.start >= 2
            and start <= t.start
            and t.end <= end
            and not all(c in turkic or c == "·" for c in t.text)  # 某某某·|某某|提说: the tagger's 某某某·
            for t in ex.tokens
        ):
            continue
        out.append((start, end))
    return out


def glued_last(ex: Extraction, start: int, end: int) -> int:
    """Where the dotted name ``text[start:end]`` the tagger read ends, past the last character of
    its last part that the tagger glued to the verb after it (``某某·某某|提说``, ``某某·某某|提经营``):
    a character of Turkic names, the rest of the tagger's word a verb alone; else ``end``."""
    from kg.extract.names import reads_as_verb  # names calls this module: imported here

    text = ex.article.text
    last = text.rfind("·", start, end) + 1
    if last == 0 or end - last >= _LAST:
        return end
    near = tokens_near(ex.tokens, end, end + 4)
    word = next((t for t in near if t.start == end), None)
    if word is None or word.tag not in ("v", "vn") or word.text[0] not in turkic_chars():
        return end
    if len(word.text) == 1:  # 某某·某某|提|经营: the character alone, a verb of the clause after it
        after = next((t for t in near if t.start == word.end), None)
        rest = after.text if after is not None and after.tag in ("v", "vn") else ""
    else:  # 某某·某某|提说: the character glued to the verb
        rest = word.text[1:] if reads_as_verb(word.text[1:]) else ""
    return end + 1 if rest == "说" or len(rest) >= 2 else end  # not 到 of 来到, 在 of 正在
