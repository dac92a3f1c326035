"""Short forms: a surname with a title or a form of address (王书记, 李老师, 张总, 小王, 老李).

A surname with a kinship term (``李叔``, ``王妻``: :func:`kg.extract.not_names.kin_form`) is an
unlinked Person mention of the whole form, as the corpora mark it; it makes no person.

News refers to a person by full name once and by surname + title after (``市委书记王小明……王书记
强调``). Such a span is a Person mention of the surname alone (the corpora's convention, and the
part that names), linked to the article's one person who can be meant: the only person of that
surname, or the only one of them holding a post of that title. Where no one or several could be
meant, the mention stays unlinked: it names a person but makes no fact (the RDF layer writes only
linked mentions).
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.extract.address import HONORIFICS, familiar, family, without_honorific
from kg.extract.name_runs import FUNCTION_CHARS
from kg.extract.names import surnames
from kg.extract.not_names import kin_form
from kg.extract.titles import lexicon
from kg.model import Extraction, Holding, Mention, Person, Post, Token

#: The tagger's tags of a word that may start right before a surname in a short form.
_BEFORE = frozenset({"w", "p", "c", "u", "v", "d", "r", "f", "m", "q", "t", "TIME", "LOC", "ORG", "n", "s"})


def _address(word: str) -> tuple[str, str] | None:
    """``word`` split into surname and title or form of address, if it is one (王主席 → 王, 主席);
    the split is the name layer's (:func:`kg.extract.address.without_honorific`)."""
    single, double = surnames()
    surname = without_honorific(word)
    rest = word[len(surname) :]
    if not rest or (surname not in single and surname not in double):
        return None  # a full name, or no surname
    return surname, rest


#: What stands for a withheld given name (王某): the surname names someone the article does not name.
WITHHELD = "某"
#: Characters that, right before a title, are a word, not a surname: particles, prepositions,
#: adverbs that go before a noun (连局长都…), and modifiers of a title (原, 代, 新, 全).
_NOT_SURNAME = frozenset("连仅只单每各该本此其原前新代任副正总兼首时全好老小大") | FUNCTION_CHARS
#: The tagger's tags of a lone surname it did not read as a name (常/d 副局长, 汤/n 局长): not a
#: verb (任市长) or a preposition (向局长汇报).
_LONE_SURNAME_TAGS = frozenset({"n", "nr", "nz", "a", "ad", "d", "PER"})
#: The tagger's tags of a word that may stand right before a lone surname (，|常副局长, 当|汤局长).
_BEFORE_LONE = frozenset({"w", "p", "c", "u", "v", "d", "f", "TIME"})


def _lone_surname(tokens: tuple[Token, ...], i: int) -> tuple[int, int] | None:
    """``tokens[i]`` is a surname alone before a title word the tagger read apart (``汤|局长``):
    the spans of the surname and of the title, else None."""
    tok, nxt = tokens[i], tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or nxt.start != tok.end or len(tok.text) != 1 or tok.tag not in _LONE_SURNAME_TAGS:
        return None
    if tok.text not in surnames()[0] or tok.text in _NOT_SURNAME or nxt.tag != "n":
        return None
    prev = tokens[i - 1] if i else None
    if prev is not None and prev.end == tok.start and prev.tag not in _BEFORE_LONE:
        return None  # 我|国|选手, 法学|班|班长: the character ends the word before it
    if lexicon().title_kind(nxt.text) != 0:
        return None
    return nxt.start, nxt.end


def _meant(surname: str, title: str, persons: Iterable[Person], holds: dict[str, set[str]]) -> str | None:
    """The key of the one person ``surname`` + ``title`` can mean, or None."""
    same = [p.key for p in persons if p.name.startswith(surname) and len(p.name) > len(surname)]
    titled = [k for k in same if any(role.endswith(title) for role in holds.get(k, ()))]
    if len(titled) == 1:
        return titled[0]
    return same[0] if len(same) == 1 and not titled else None


def short_forms(
    ex: Extraction,
    persons: Iterable[Person],
    posts: dict[str, Post],
    holdings: Iterable[Holding],
    taken: Iterable[Mention],
) -> list[Mention]:
    """Person mentions of the surname in each short form the tagger reads as a name, and Role
    mentions of its title (not of a form of address: 先生, 老师)."""
    persons = list(persons)
    holds: dict[str, set[str]] = {}
    for h in holdings:
        if h.post in posts:
            holds.setdefault(h.person, set()).add(posts[h.post].role)
    named = {i for m in taken if m.label == "Person" for i in range(m.start, m.end)}  # what is a name
    out = []
    tokens = ex.tokens
    for i, tok in enumerate(tokens):
        if tok.tag != "PER" and len(tok.text) != 1:
            continue  # cheap test first: neither a lone surname nor a name
        if any(k in named for k in range(tok.start, tok.end)):
            continue
        title_span = _lone_surname(tokens, i) if tok.tag != "PER" or len(tok.text) == 1 else None
        if title_span is not None and not any(k in named for k in range(*title_span)):
            ref = _meant(tok.text, tokens[i + 1].text, persons, holds)
            out.append(ex.article.span(tok.start, tok.end, "Person", ref=ref))
            out.append(ex.article.span(*title_span, "Role"))
            continue
        if tok.tag != "PER":
            continue
        if i and tokens[i - 1].tag not in _BEFORE and tokens[i - 1].end == tok.start:
            continue
        surname = familiar(tok.text)
        if surname is not None:  # 小张: a Person mention of the surname, no Role
            ref = _meant(surname, "", persons, holds)
            out.append(ex.article.span(tok.start + 1, tok.end, "Person", ref=ref))
            continue
        if family(tok.text):  # 刘家: the family of a surname, no one person of it
            out.append(ex.article.span(tok.start, tok.start + 1, "Person"))
            continue
        split = _address(tok.text)
        if split is None:
            if kin_form(tok.text):  # 李叔, 王妻: the whole form names someone, unlinked (no person)
                out.append(ex.article.span(tok.start, tok.end, "Person"))
            continue
        surname, title = split
        ref = None if title == WITHHELD else _meant(surname, title, persons, holds)
        out.append(ex.article.span(tok.start, tok.start + len(surname), "Person", ref=ref))
        if title not in HONORIFICS:  # 王主任: a job title too (a Role mention; no fact)
            out.append(ex.article.span(tok.start + len(surname), tok.end, "Role"))
    return out
