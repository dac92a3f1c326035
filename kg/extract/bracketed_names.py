"""Company names with a bracket inside: ``远航新能源（宜宾）电池有限公司``, ``某某（中国）有限公司``,
``某某（上海）投资有限公司``, ``某某（集团）股份有限公司``.

A brand, then a bracket that holds a division's name (the country, a province, a city, in full or
short form) or a word of the company's form (集团, 控股), then the rest of a company's name up to a
company ending (有限公司, 股份有限公司, 集团): one enterprise, whose name keeps the bracket. The
place in the bracket is a part of the name, no place of the article. A bracket that holds anything
else (an aside, 以下简称, a stock code) ends the name before it.
"""

from __future__ import annotations

from kg import rx
from kg.extract.divisions import COUNTRY_KEY, gazetteer
from kg.extract.places import COUNTRY_NAMES
from kg.model import Token

#: Words of a company's form that a bracket may hold (某某（集团）有限公司).
FORM_WORDS = frozenset({"集团", "控股", "控股集团"})
#: A brand, a bracket, the rest of the name and a company ending.
BRACKETED = rx.compile(
    r"(?P<brand>[\u4e00-\u9fffA-Za-z0-9]{2,12}?)[（(](?P<inside>[\u4e00-\u9fff]{2,8})[）)]"
    r"(?P<rest>[\u4e00-\u9fffA-Za-z0-9]{0,12}?)"
    r"(?:(?:集团)?(?:股份)?(?:有限责任|有限|责任)公司|集团(?:有限)?公司|集团)"
)
#: Tags that cannot stand inside a brand (verbs, prepositions, particles, place words, people, times).
_NOT_IN_BRAND = frozenset({"v", "p", "u", "c", "r", "d", "f", "m", "q", "PER", "TIME"})
#: Tags of words that a name may open with wherever they stand (an organisation, a place, a brand).
_NAME_TAGS = frozenset({"ORG", "LOC", "nz", "nt", "ns"})
#: Characters after which a name may open.
_OPENERS = '、，,。；;：:“”"《》 \u3000\n'


def names_a_place(word: str) -> bool:
    """Whether ``word`` is the name of the country or of a division, in full or short form
    (中国, 上海, 宜宾, 四川省)."""
    gaz = gazetteer()
    if word in COUNTRY_NAMES or word == gaz.by_code[COUNTRY_KEY].name:
        return True
    return bool(gaz.lookup(word) or gaz.by_short.get(word))


def is_bracketed(name: str) -> bool:
    """Whether ``name`` is a whole company name with a place or a form word in brackets."""
    m = BRACKETED.fullmatch(name)
    return m is not None and (m["inside"] in FORM_WORDS or names_a_place(m["inside"]))


def bracketed_companies(text: str, tokens: tuple[Token, ...]) -> list[tuple[int, int]]:
    """Spans of company names with a place or a form word in brackets. A name opens at an
    organisation's, place's or brand's word, after punctuation, or after a verb, preposition or
    particle (走进某某（中国）有限公司); it ends where a word ends, and its brand holds none of those."""
    ends = {t.end for t in tokens}
    out: list[tuple[int, int]] = []
    for i, token in enumerate(tokens):
        if out and token.start < out[-1][1] or token.tag in _NOT_IN_BRAND or token.tag == "w":
            continue
        after = i == 0 or tokens[i - 1].tag in _NOT_IN_BRAND or text[token.start - 1] in _OPENERS
        if token.tag not in _NAME_TAGS and not after:
            continue
        m = BRACKETED.match(text, token.start)
        if m is None or m.end() not in ends:
            continue
        if m["inside"] not in FORM_WORDS and not names_a_place(m["inside"]):
            continue
        brand = [t for t in tokens if m.start() <= t.start < m.end("brand")]
        if any(t.tag in _NOT_IN_BRAND for t in brand) or (brand and brand[-1].end > m.end("brand") + 1):
            continue
        out.append(m.span())
    return out
