"""Foreign names the tagger misses, cuts or mistypes, by the grammar around them.

A transliterated name (``卡莫西``, ``塔扎尔卡耶夫``) is often tagged as a place, an organisation or
a plain word, cut in two (``某某|某``), or taken whole but too long for a Chinese name. A name here
is a stretch of the tagger's whole tokens written in transliteration characters
(``kg/lexicons/transliteration.txt``), three characters or more, that is not a country or a capital
(``kg/lexicons/countries.txt``), and:

- the tagger reads it as a person, in one token or in pieces (``某某|某某``, ``某某某|某``: a lone
  character the tagger left out); a name glued to ``政府`` (``某某某政府``: the government *of* a
  leader) is the name;
- or it comes right after a title word (``总统某某某``, ``外长某某某``, ``国务卿某某某``), or right
  before a title or form of address of a person (``某某某总统``, ``某某某先生``; not of a place's
  office: ``某某某州长``); only here may the tagger have read it as a place or an organisation
  (``议长某某某时表示``);
- or it is the subject of a speech verb at the start of a clause, with at most two dates or adverbs
  between (``，某某某说``, ``某某某14日表示``, ``某某某明确表示``); never a place here (``以色列表示``).
"""

from __future__ import annotations

import functools
from importlib import resources

from kg.extract.name_runs import transliteration_chars
from kg.extract.titles import lexicon
from kg.model import Extraction, Token

#: Verbs of speech that follow a clause's subject.
SPEECH = ("说", "表示", "指出", "强调", "认为", "宣布", "称")
#: Titles of foreign politics that the title lexicon does not hold.
FOREIGN_TITLES = (
    "国务卿", "议长", "领导人", "外相", "首脑", "元首", "国王", "王后", "女王", "亲王", "王储", "王子",
    "公主", "总督", "领袖", "知事", "大臣", "副总统", "总理府", "司令", "总司令", "主帅",
)  # fmt: skip
#: Titles and forms of address written right after a foreign name (某某某总统, 某某某先生): only
#: those of a person, never of a place's office (州长, 市长: 某某某州长 is a state's governor).
TITLES_AFTER = (
    "总统",
    "副总统",
    "总理",
    "首相",
    "先生",
    "女士",
    "夫人",
    "博士",
    "教授",
    "国王",
    "女王",
    "亲王",
)
#: Tags of tokens that are never part of a person's name.
_NOT_NAME = frozenset({"TIME", "w", "m", "q"})
#: What may stand before a clause's subject.
_CLAUSE_START = "，。；：！？、“”\n"
#: Single characters that join no name: prepositions, adverbs and verbs written in transliteration
#: characters (某某到会: arrives at the meeting).
_NO_JOIN = frozenset("因比特达加到")
#: Tags of a lone character the tagger left out of a name (内|塔尼亚胡, 阿巴|查).
_LONE = frozenset({"f", "v", "n", "PER"})
#: Tags of what may stand between a subject and its speech verb (14日, 明确, 也).
_BETWEEN = frozenset({"TIME", "d", "ad"})
#: A place's suffix after a name (某某某市): the name is the place's.
_PLACE_SUFFIX = frozenset("市省县区州镇乡村")
#: Tags of a title word read as a verb (代表, 领导): no title.
_VERB_TAGS = frozenset({"v", "vd", "p"})


@functools.cache
def places() -> frozenset[str]:
    """Countries, short forms and capitals (``kg/lexicons/countries.txt``)."""
    text = resources.files("kg.lexicons").joinpath("countries.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def is_country(name: str) -> bool:
    """``name`` is a country, a short form of one, or a capital (马拉维, 埃塞, 卢萨卡)."""
    return name in places()


def _titled(text: str, start: int, tokens: tuple[Token, ...], i: int) -> bool:
    """A title word ends right before ``start`` (总统, 外长, 国务卿), not one read as a verb (代表)."""
    if i and tokens[i - 1].end == start and tokens[i - 1].tag in _VERB_TAGS:
        return False
    lex = lexicon()
    before = text[max(0, start - 6) : start]
    return before.endswith(FOREIGN_TITLES) or any(
        lex.is_word(text[start - k : start]) for k in range(2, min(start, 6) + 1)
    )


def _title_prefix(word: str, chars: frozenset[str]) -> int:
    """Length of a title word that starts ``word`` and is followed by transliteration only (总理某某某)."""
    lex = lexicon()
    for k in range(2, min(len(word) - 1, 6) + 1):
        if lex.is_word(word[:k]) and all(c in chars for c in word[k:]):
            return k
    return 0


def _speaks(tokens: tuple[Token, ...], j: int, text: str, end: int) -> bool:
    """A speech verb follows ``end`` (token ``j``), after at most two dates or adverbs."""
    for skip in range(3):
        if text.startswith(SPEECH, end):
            return True
        if j + skip >= len(tokens) or tokens[j + skip].tag not in _BETWEEN:
            return False
        end = tokens[j + skip].end
    return False


def _title_after(tokens: tuple[Token, ...], j: int, end: int) -> bool:
    """Is ``tokens[j]`` a title of :data:`TITLES_AFTER` right at ``end``, as the tagger's whole word
    (总理, not 总理府)?"""
    return j < len(tokens) and tokens[j].start == end and tokens[j].text in TITLES_AFTER


def _joins(tok: Token, chars: frozenset[str]) -> bool:
    """May ``tok`` be part of a stretch of a foreign name?"""
    if tok.tag in _NOT_NAME or not all(c in chars for c in tok.text):
        return False
    return len(tok.text) > 1 or (tok.tag in _LONE and tok.text not in _NO_JOIN)


def foreign_names(ex: Extraction, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of foreign names, as (start, end). A span overlaps no name of ``hits`` but those it
    holds whole and is longer than (``某某|某``): the caller drops those."""
    text = ex.article.text
    chars = transliteration_chars() | {"·"}
    tokens = ex.tokens
    from kg.extract.place_like import place_words  # which reads this module: imported here

    places = place_words(ex)
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.tag in _NOT_NAME or tok.text[-1] not in chars and not tok.text.endswith("政府"):
            i += 1  # cheap test first: most tokens
            continue
        inner = _title_prefix(tok.text, chars)  # the tagger glued the title
        if not inner and tok.tag == "PER" and tok.text[0] == "小" and all(c in chars for c in tok.text[1:]):
            inner = 1  # 小某某某: the younger of two of a name
        j = i + 1 if inner else i
        while j < len(tokens) and _joins(tokens[j], chars):
            j += 1  # the longest stretch of whole tokens written in transliteration characters
        glued = 0
        if (
            j == i
            and tok.tag == "PER"
            and tok.text.endswith("政府")
            and all(c in chars for c in tok.text[:-2])
        ):
            j, glued = i + 1, 2  # 某某某政府: the government of a leader
        if j == i:
            i += 1
            continue
        stretch = tokens[i:j]
        start, end = tok.start + inner, tokens[j - 1].end - glued
        i = j
        name = text[start:end]
        if end - start < 3 or name[0] == "·" or name[-1] == "·" or is_country(name):
            continue
        if name in places:
            continue  # 愿与某某加强合作: a county of the article, named short

        inside = [(s, e) for s, e in hits if s < end and start < e]
        if any(s < start or e > end or (s, e) == (start, end) for s, e in inside):
            continue
        tags = {t.tag for t in stretch if len(t.text) > 1 or t.tag == "PER"}
        tagged = (
            "PER" in tags
            and tags <= {"PER", "n", "nz", "nr"}
            and (len(stretch) > 1 or glued or inner or end - start > 4)
        )
        tagged = tagged and text[end : end + 1] not in _PLACE_SUFFIX and text[end : end + 2] != "主义"
        placed = bool(tags & {"LOC", "ORG"})
        first = i - len(stretch)
        clause = start == 0 or text[start - 1] in _CLAUSE_START
        if (
            tagged
            or _titled(text, start, tokens, first)
            or _title_after(tokens, j, end)
            or (not placed and clause and _speaks(tokens, j, text, end))
        ):
            out.append((start, end))
    return out
