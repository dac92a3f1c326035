"""Names without a Chinese surname right after a title: ``社长某某在…``, ``日本外相某某某某说``.

Tibetan, Mongolian and Uyghur officials are often written without a middle dot and without a
surname of the lexicon; Japanese names have four characters (sometimes three or five) that the
tagger cuts (``某某|某某``, ``某某某|某``). The grammar that finds them:

- a title word ends right before the name (``kg.extract.titles`` lexicon, or a title of foreign
  politics: ``foreign_names.FOREIGN_TITLES``), not one the tagger read as a verb (代表);
- the name is a stretch of Han characters that ends where the clause goes on: punctuation, a
  speech or action verb (表示, 说, 会见, 出席…), a word that follows a subject (在, 也, 等, 先生),
  a date, or the end of the text; it has 2 to 4 characters (up to 5 in a Japanese context), no
  particle, and is neither a place, a country, an organisation word nor a title (所长助理);
- and the tagger gives evidence: asked about the stretch alone, it reads one person (旺杰); or it
  reads one person of two or three characters there, in its sentence; or
  it read a person there that lacks one lone character before the stop (``某某某|某在``); or, in a
  Japanese context (``日本`` before the title in its clause, or a prefecture: ``兵库县知事``,
  ``kg/lexicons/japan_prefectures.txt``), it reads a person in the stretch's pieces (``某某|某某``).

A span found here may hold the tagger's pieces of the name: the caller drops them.
"""

from __future__ import annotations

import functools
from importlib import resources

from kg.extract.address import without_honorific
from kg.extract.foreign_names import FOREIGN_TITLES, is_country
from kg.extract.joined_titles import tokens_near
from kg.extract.mongolian_names import elements
from kg.extract.name_runs import FUNCTION_CHARS, reads_as_name
from kg.extract.name_tails import GLUED_WORDS
from kg.extract.place_like import is_place_like
from kg.extract.tibetan_names import elements as tibetan_elements
from kg.extract.titles import ends_org, is_han, lexicon
from kg.model import Extraction, Token

#: Words that may follow a name at the head of its clause: speech and action verbs, what follows
#: a subject (在, 也, 等), forms of address, dates. They count only at a token's start.
STOPS = (
    "表示", "说", "指出", "强调", "认为", "宣布", "称", "会见", "会晤", "出席", "参加", "主持", "访问",
    "告诉", "回答", "接受", "发表", "致辞", "致函", "率", "一行", "等", "在", "也", "曾", "已", "将",
    "还", "对", "向", "和", "与", "及", "先生", "女士", "同志", "今天", "昨天", "前天", "明天", "日前",
    "近日", "今日", "昨日", "时", "陪同", "到会",
)  # fmt: skip
#: Punctuation that ends a name.
PUNCT = '，,。、；;：:！？!?（）()“”"《》\n '
#: Particles that no name holds.
PARTICLES = frozenset("了的地得着过们")
#: A place's suffix: a stretch ending so, or followed so, is a place (某某县).
PLACE_SUFFIX = frozenset("市省县区州镇乡村旗盟")
#: Tags of a title word the tagger read as a verb or preposition (代表, 领导): no title.
VERB_TAGS = frozenset({"v", "vd", "p", "vn"})
#: Stop words that join: they stop a name only as a word of their own (甲和乙, not 与会).
CONJUNCTIONS = frozenset("和与及")
#: Tags of a name the tagger read: a stop word that opens one (和平镇, 及川) stops no name.
NAME_TAGS = frozenset({"LOC", "ORG", "PER"})
#: Tags of the tagger's pieces that no Japanese name holds.
NOT_IN_NAME = frozenset({"u", "c", "w", "xc", "TIME", "LOC", "ORG", "r", "q"})
#: Tags of one word, read so in its sentence, that is no name (高瞻远瞩 as a verb).
WORD_TAGS = frozenset({"v", "vd", "vn", "a", "ad", "an"})
#: Tags of a lone character the tagger left out of a name (某某某|某): not 外, 自, 今.
LONE_TAGS = frozenset({"v", "n", "nz", "m", "a"})
#: Japanese words before a title that mark a Japanese context (besides the prefectures).
JAPAN = ("日本", "日方")


@functools.cache
def prefectures() -> frozenset[str]:
    """The prefectures of Japan (``kg/lexicons/japan_prefectures.txt``), without suffix."""
    text = resources.files("kg.lexicons").joinpath("japan_prefectures.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


#: The last characters of the titles of foreign politics (a cheap first test).
_FOREIGN_ENDS = frozenset(t[-1] for t in FOREIGN_TITLES)


def _title_before(text: str, pos: int, tok: Token) -> int:
    """Length of the title that ends at ``pos`` (the end of ``tok``), or 0."""
    last = text[pos - 1]
    if last in _FOREIGN_ENDS and text.endswith(FOREIGN_TITLES, 0, pos):
        return next(len(t) for t in FOREIGN_TITLES if text.endswith(t, 0, pos))
    lex = lexicon()
    if tok.tag in VERB_TAGS or not lex.may_end_title(last):
        return 0  # 代表, 领导: read as a verb here; or no title ends so
    for k in range(6, 1, -1):
        if pos - k >= 0 and lex.title_kind(text[pos - k : pos]) == 0:
            if any(lex.is_title(text[pos - k : pos + j]) for j in (1, 2)):
                return 0  # the title goes on: 理事|长
            return k
    return 0


def japanese(text: str, title_start: int) -> bool:
    """A Japanese context: 日本 in the clause before the title, or a prefecture right before it."""
    start = title_start
    while start > 0 and title_start - start < 30 and text[start - 1] not in PUNCT:
        start -= 1
    clause = text[start:title_start]
    if any(w in clause for w in JAPAN):
        return True
    head = clause[:-1] if clause[-1:] in "都道府县" else clause
    return any(head.endswith(p) for p in prefectures())


def _stops(text: str, at: int, starts: dict[int, Token]) -> bool:
    """Does the clause go on past a name at ``at``: punctuation, a stop word, a date, the end?"""
    if at >= len(text) or text[at] in PUNCT:
        return True
    tok = starts.get(at)
    if tok is None or tok.tag in NAME_TAGS:
        return False  # 到|和平镇: the 和 of a place's name is no conjunction
    if tok.text != text[at] and text[at] in CONJUNCTIONS:
        return False  # 到|与会代表: a conjunction's character that opens a longer word
    return tok.tag == "TIME" or text.startswith(STOPS, at)


def _not_a_name(text: str, start: int, end: int, ex: Extraction) -> bool:
    name = text[start:end]
    if not is_han(name) or PARTICLES & set(name) or is_country(name) or ends_org(name):
        return True
    if without_honorific(name) != name:
        return True  # 王先生, 李总: a surname and a form of address
    if name[-1] in PLACE_SUFFIX or text[end : end + 1] in PLACE_SUFFIX:
        return True
    if is_place_like(ex, name, text[end : end + 1]):
        return True
    lex = lexicon()
    return any(lex.title_kind(name[i:]) == 0 for i in range(len(name) - 1))  # 所长助理, 主任委员


def _evidence(text: str, start: int, end: int, tokens: tuple[Token, ...], japan: bool) -> bool:
    """Does the tagger read a person in ``text[start:end]`` (see the module's docstring)?"""
    from kg.extract.tagger import ask

    name = text[start:end]
    inside = [t for t in tokens_near(tokens, start, end) if start <= t.start and t.end <= end]
    if not inside or inside[0].start != start or inside[-1].end != end:
        return False  # the tagger's words cross the stretch's edges
    if 3 <= end - start <= 5 and (name[:2] in elements() or name[:2] in tibetan_elements()):
        return True  # 副旗长朝鲁某陪同, 副县长拉毛某到会: a Mongolian or Tibetan name's first element
    if end - start > 2 and len(inside) == 1 and inside[0].tag in WORD_TAGS:
        return False  # one verb or adjective here (高瞻远瞩), whatever it reads alone
    if len(inside) > 1 and inside[-1].text in FUNCTION_CHARS:
        return False  # 某某|都表示: an adverb or a particle after the name, whatever it reads alone
    if end - start <= 4 and reads_as_name(name):
        return True
    if end - start <= 3 and len(inside) == 1 and inside[0].tag == "PER":
        return True  # 理事长某某说: the tagger reads a person here, if not the string alone
    last = inside[-1]
    if (
        3 <= end - start <= 4
        and len(inside) == 2
        and inside[0].tag == "PER"
        and len(last.text) == 1
        and last.tag in LONE_TAGS
        and last.text not in FUNCTION_CHARS
        and text.startswith(STOPS, end)
    ):
        return True  # 某某某|某在: the tagger left out the name's last character
    if not japan or end - start < 3:
        return False
    pieces = ask(name)
    per = any(tag == "PER" for _, tag in pieces) or any(t.tag == "PER" for t in inside)
    return per and not any(tag in NOT_IN_NAME for _, tag in pieces)


def unsurnamed(ex: Extraction, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of names right after a title (see the module's docstring), as (start, end). A span
    overlaps no name of ``hits`` but those it holds whole and is longer than: the caller drops those."""
    text = ex.article.text
    tokens = ex.tokens
    starts = {t.start: t for t in tokens}
    out: list[tuple[int, int]] = []
    may_end = lexicon().may_end_title
    for tok in tokens:
        pos = tok.end
        last = text[pos - 1]
        if last not in _FOREIGN_ENDS and not may_end(last):
            continue  # cheap tests first: a title ends the token,
        if pos >= len(text) or not is_han(text[pos]) or _stops(text, pos, starts):
            continue  # and a name starts right after it
        size = _title_before(text, pos, tok)
        if not size:
            continue
        japan = japanese(text, pos - size)
        longest = 5 if japan or text[pos : pos + 2] in elements() else 4  # 某某乌日某: five
        for length in range(2, longest + 1):
            end = pos + length
            if end > len(text) or end not in starts and end != len(text) or not _stops(text, end, starts):
                continue
            inside = [(s, e) for s, e in hits if s < end and pos < e]
            if any(s < pos or e > end or (s, e) == (pos, end) for s, e in inside):
                break  # the tagger's name reaches past the stretch, or is the stretch
            if _not_a_name(text, pos, end, ex) or not _evidence(text, pos, end, tokens, japan):
                break
            if text[end - 1 : end + 1] in GLUED_WORDS:
                break  # 某某某到|会见证: the last character opens the word after the name (到会)
            out.append((pos, end))
            break
    return out
