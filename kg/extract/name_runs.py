"""Runs of person names written without separators, and names the tagger cut one character short.

Lists of names in headlines, rolls of committees and photo captions are often printed with spaces
that the text lost: ``王小明李华张大伟（女）欧阳明`` is four names. The tagger reads such a run
as a few PER spans with wrong edges (``王小明李``, ``华张大伟``). The grammar that splits it:

- a run is a stretch of the tagger's PER spans that touch, or that are joined by at most three
  characters, with at least one sign that names run together (two PER spans touching, or a PER
  span too long for one name); a gender or nationality note (``（女）``, ``（藏族）``) ends a name;
- each name is ``surname + one or two characters`` (a two-character surname with two) or a name
  with middle dots (``阿不都·热合曼``); a span of the tagger's that holds one such name scores more;
- a single span too long for one name is cut only if every part reads as a name alone, and never
  if it is written in transliteration characters (``塔扎尔卡耶夫`` is one foreign name);
- a roll (three or more of the tagger's names, touching) reads on past the tagger: a stretch
  between its names with no particle and no title word, a lone character between two names,
  and a few characters at its edges are cut into names too; inside a roll a name may lack a
  surname of the lexicon (丹增), at a cost no cut at surnames pays; rolls are often sorted by
  surname, so a name followed by one of the same surname scores more;
- of the ways to cut the run, the best scored wins: a part that the tagger, asked about the part
  alone, reads as one name scores most; a common surname at the start and three characters
  (the commonest length of a Chinese name) score more than a rare surname or two characters.

A two-character PER span followed by one character the tagger left out (``王小|明说``) is a
three-character name if the tagger, asked about ``王小明说``, reads ``王小明`` as one name and
the character is not a function word.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from kg import rx
from kg.extract.cut_names import cut_before_mark
from kg.extract.titles import is_han
from kg.model import Token

#: A note after a name in a list: （女）, （藏族）, （女，苗族）, (回族).
NOTE = rx.compile(r"[（(](?:[男女]|[\u4e00-\u9fff]{1,4}族)(?:[，,、][\u4e00-\u9fff]{1,4}族)?[）)]")

#: Characters that do not end a name: particles, prepositions, conjunctions, common verbs.
FUNCTION_CHARS = frozenset("的地得了着过在和与及或等是说对为以从向把被将于给也都就又还并而但则这那有")
#: Characters that end no name: a tagged name ending so holds the word after it (王小明也, 李华都).
GLUED = frozenset("也都就又还的了着过把被说在从对将等是")


@functools.cache
def common_surnames() -> frozenset[str]:
    """The commonest surnames (general knowledge: about a hundred cover most of the population)."""
    text = resources.files("kg.lexicons").joinpath("surnames_common.txt").read_text(encoding="utf-8")
    return frozenset(c for line in text.splitlines() if not line.startswith("#") for c in line.strip())


@functools.cache
def transliteration_chars() -> frozenset[str]:
    """Characters of the standard transliteration of foreign names (``kg/lexicons/transliteration.txt``)."""
    text = resources.files("kg.lexicons").joinpath("transliteration.txt").read_text(encoding="utf-8")
    return frozenset(c for line in text.splitlines() if not line.startswith("#") for c in line.strip())


def looks_foreign(word: str) -> bool:
    """Four in five characters or more are transliteration characters (塔扎尔卡耶夫)."""
    chars = transliteration_chars()
    return bool(word) and sum(c in chars for c in word) >= 0.8 * len(word)


@dataclass(frozen=True)
class Part:
    start: int  # offset in the run
    end: int
    score: float
    surname: bool = True  # starts with a surname of the lexicon, or has middle dots


def reads_as_name(text: str, frame: str = "{}") -> bool:
    """The tagger, given ``text`` in ``frame``, reads ``text`` as one person name."""
    return _frame_reads_person(text, frame)


def _frame_reads_person(text: str, frame: str) -> bool:
    from kg.extract.tagger import ask

    probe = frame.format(text)
    at = frame.index("{}")
    pos = 0
    for word, tag in ask(probe):
        if pos == at:
            return word == text and tag == "PER"
        pos += len(word)
        if pos > at:
            return False
    return False


#: What a name without a known surname costs (扎西, 卓玛, 巴特尔: names of minority peoples, and
#: surnames too rare for the lexicon): inside a run such a part is taken only where no cut at
#: surnames covers the stretch, never in the run's margins.
_NO_SURNAME = 5.0


def _candidates(
    run: str, i: int, tagged: frozenset[tuple[int, int]], core_end: int | None = None
) -> list[Part]:
    from kg.extract.names import surnames

    single, double = surnames()
    common = common_surnames()
    out: list[Part] = []
    if run[i] == "·":
        return out
    dot = run.find("·", i)
    nxt = run.find("·", dot + 1) if dot >= 0 else -1
    if i + 1 < dot <= i + 6:  # a dotted name: 2-6 characters, a dot, 2-6 characters (not past a second dot)
        limit = min(len(run), dot + 7) if nxt < 0 else min(nxt, dot + 7)
        for end in range(dot + 3, limit + 1):
            if is_han(run[dot + 1 : end]):
                out.append(Part(i, end, 2.0 + (0.5 if (i, end) in tagged else 0.0)))
    head2 = run[i : i + 2] in double
    for size in (2, 3, 4):
        end = i + size
        piece = run[i:end]
        if len(piece) < size or not is_han(piece):
            break
        if not ((piece[0] in single and size < 4) or head2):
            continue  # a name without a surname (扎西多吉) is left to the tagger: its word alone is weak
        score = _TAGGED if (i, end) in tagged else 0.0
        if reads_as_name(piece):
            score += _ASKED
        score += _COMMON if (piece[0] in common or head2) else 0.0
        score += _THREE if size == 3 or (size == 4 and head2) else 0.0
        out.append(Part(i, end, score))
    if core_end is not None:
        known = {p.end for p in out}
        for size in (2, 3, 4):
            end = i + size
            piece = run[i:end]
            if end > core_end or end in known or not is_han(piece):
                continue
            if size == 4 and (i, end) not in tagged:
                continue  # four characters without a surname: only as the tagger read them
            score = (_TAGGED if (i, end) in tagged else 0.0) + (_ASKED if reads_as_name(piece) else 0.0)
            out.append(Part(i, end, score - _NO_SURNAME, surname=False))
    return out


#: What a part scores: the tagger read it so in the run, or asked about the part alone; its
#: surname is one of the commonest; it has three characters (the commonest length).
_TAGGED, _ASKED, _COMMON, _THREE = 0.5, 2.0, 0.25, 0.75
#: What each name of a cut costs: a part needs tagger evidence to pay for itself.
_PART_COST = 1.5
#: What a name gains when the next starts with the same surname (rolls sorted by surname).
_SAME_SURNAME = 0.5


def split_run(
    run: str,
    tagged: frozenset[tuple[int, int]] = frozenset(),
    core: tuple[int, int] | None = None,
    strict: bool = False,
    roll: bool = False,
) -> list[tuple[int, int]] | None:
    """The names of ``run`` (Han characters and middle dots) as ``(start, end)``, or None.

    ``tagged`` holds the spans (relative to the run) that the tagger marked PER. The cut covers
    ``core`` (default: the whole run) and may reach past it into the run's margins where names
    the tagger read pay for themselves. Every name starts with a surname or has middle dots; if
    ``strict``, the tagger must read every name so when asked alone. In a ``roll`` (a list of
    names, nothing else) a few names inside the core may have no surname of the lexicon.
    """
    n = len(run)
    cs, ce = core if core is not None else (0, n)
    best: dict[int, tuple[float, list[Part]] | None] = {}
    for i in range(n, -1, -1):
        options: list[tuple[float, list[Part]]] = [(0.0, [])] if i >= ce else []
        if i < n:
            for part in _candidates(run, i, tagged, ce if roll and not strict and i >= cs else None):
                if strict and part.score < 2.0:
                    continue
                rest = best.get(part.end)
                if rest is not None:
                    score = part.score + rest[0] - _PART_COST
                    if rest[1] and run[part.end] == run[i]:
                        score += _SAME_SURNAME  # 王小明王华: rolls are often sorted by surname
                    options.append((score, [part, *rest[1]]))
        best[i] = max(options, key=lambda o: o[0]) if options else None
    starts = [(best[i], i) for i in range(cs + 1) if best[i] is not None]
    if not starts:
        return None
    found = max(starts, key=lambda o: (o[0][0] if o[0] else 0.0, o[1]))[0]
    if found is None or not found[1]:
        return None
    if 3 * sum(not p.surname for p in found[1]) > len(found[1]):
        return None  # mostly not names (的确如此了): a cut must rest on surnames
    return [(p.start, p.end) for p in found[1]]


@dataclass(frozen=True)
class Run:
    start: int
    end: int
    names: tuple[tuple[int, int], ...]  # absolute offsets


#: How far a run may reach past the tagger's first and last PER span.
_LEFT_MARGIN, _RIGHT_MARGIN = 3, 8


def find_runs(text: str, tokens: tuple[Token, ...]) -> list[Run]:
    """Runs of names in ``text`` (see the module's docstring); a run per piece between notes."""
    pers = [t for t in tokens if t.tag == "PER" and len(t.text) >= 2 and is_han(t.text)]
    chains: list[list[Token]] = []
    for tok in pers:
        if chains:
            gap = text[chains[-1][-1].end : tok.start]
            names_gap = is_han(gap) and not any(c in FUNCTION_CHARS for c in gap) and not _role(gap)
            if len(gap) <= 3 and (gap == "" or names_gap or NOTE.fullmatch(gap)):
                chains[-1].append(tok)
                continue
            if _roll(chains[-1]) and _roll_gap(gap):
                chains[-1].append(tok)
                continue
        chains.append([tok])
    out: list[Run] = []
    for chain in chains:
        touching = any(a.end == b.start for a, b in zip(chain, chain[1:], strict=False))
        strict = not touching  # one span too long for a name: each part must read as a name alone
        if strict and not any(_too_long(t.text) and _surname_cut(t.text) for t in chain):
            continue
        if any(looks_foreign(t.text) for t in chain if len(t.text) >= 3):
            continue  # 塔扎尔卡耶夫: one foreign name, not a run of Chinese names
        pieces = _pieces(text, chain[0].start, chain[-1].end)
        roll = _roll(chain)
        for k, (s, e) in enumerate(pieces):
            lo, hi = s, e
            if k == 0 and text[s - 1 : s] == "·":  # 某某·|甲乙: the run starts inside a dotted name
                lo -= 1
                while lo > 0 and s - lo < _LEFT_MARGIN + 1 and is_han(text[lo - 1]):
                    lo -= 1
            if k == len(pieces) - 1 and text[e : e + 1] == "·":  # 甲乙|·丙: it ends inside one
                while hi < len(text) and hi - e < _RIGHT_MARGIN and _name_chars(text[hi]):
                    hi += 1
            if roll:  # a roll's first and last names may reach past the tagger's: 王|小明, 李大|伟张华
                if k == 0 and lo == s:
                    while lo > 0 and s - lo < _LEFT_MARGIN and _roll_gap(text[lo - 1]):
                        lo -= 1
                if k == len(pieces) - 1 and hi == e:
                    while hi < len(text) and hi - e < _RIGHT_MARGIN and _roll_gap(text[hi], False):
                        hi += 1
                if text[lo - 1 : lo] == "·" and lo < s:
                    lo = s  # not into a dotted name (某某·某某) that the tagger read whole
                if text[hi : hi + 1] == "·" and hi > e:
                    hi = e
            tagged = frozenset((t.start - lo, t.end - lo) for t in chain if lo <= t.start and t.end <= hi)
            seg = text[lo:hi]
            if e - s <= 4 and "·" not in text[s:e] and (s, e) in {(t.start, t.end) for t in chain}:
                cut: list[tuple[int, int]] | None = [(s - lo, e - lo)]  # one name between notes
            else:
                cut = split_run(seg, tagged, (s - lo, e - lo), strict, roll)
            if cut is None:
                continue  # left to the tagger's reading
            names = tuple((lo + a, lo + b) for a, b in cut)
            out.append(Run(names[0][0], names[-1][1], names))
    return out


def _role(word: str) -> bool:
    """A title or role word of the lexicon (通讯员, 主任): it stands between names, it is none."""
    from kg.extract.titles import lexicon

    return lexicon().is_title(word)


#: Longest stretch between the tagger's names that a roll of names may hold unread.
_ROLL_GAP = 16


def _roll(chain: list[Token]) -> bool:
    """A roll of names (a committee's list): three or more of the tagger's names, touching."""
    touching = sum(a.end == b.start for a, b in zip(chain, chain[1:], strict=False))
    return len(chain) >= 3 and touching >= 2


def _roll_gap(gap: str, between: bool = True) -> bool:
    """Inside a roll, a stretch that the tagger did not read as names may still be names
    (``王小明于华于大伟``: 于 is a surname there, not a preposition), if it holds no particle
    that no surname is; one character ``between`` two names is part of one (``王小|有|李华``)."""
    from kg.extract.names import surnames

    single, _ = surnames()
    if between and len(gap) == 1 and is_han(gap):
        return True
    return (
        0 < len(gap) <= _ROLL_GAP
        and is_han(gap)
        and not any(c in FUNCTION_CHARS and c not in single for c in gap)
        and not any(_role(gap[i:j]) for i in range(len(gap)) for j in range(i + 2, min(len(gap), i + 6) + 1))
    )


def _surname_cut(word: str) -> bool:
    """Can ``word`` be cut into names of two or three characters that each start with a surname?"""
    from kg.extract.names import surnames

    single, double = surnames()

    def ok(rest: str) -> bool:
        return not rest or any(
            len(rest) >= size and (rest[0] in single or rest[:2] in double) and ok(rest[size:])
            for size in (3, 2)
        )

    return ok(word)


def _name_chars(text: str) -> bool:
    return all(is_han(c) or c == "·" for c in text)


def _too_long(word: str) -> bool:
    """Longer than one name: five or more Han characters without a middle dot."""
    return "·" not in word and len(word) >= 5 and is_han(word)


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut at the notes after names."""
    out = []
    pos = start
    for m in NOTE.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if end > pos:
        out.append((pos, end))
    return out


#: Sentences in which the tagger is asked whether a two-character name and a third character are
#: one name.
_THIRD_FRAMES = ("{}说",)


def third_character(text: str, toks: tuple[Token, ...], i: int) -> int:
    """The end of a name the tagger cut one character short (``王小|明说``), else the token's end.

    ``toks[i]`` is a two-character PER token; the next token must be one character alone, not a
    function word and not a verb before its object (``李华|致|开幕词``), and the tagger, asked about
    the three characters before 说, reads one name.
    """
    tok = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if len(tok.text) != 2 or nxt is None or nxt.start != tok.end or len(nxt.text) != 1:
        return tok.end
    from kg.extract.names import surnames

    single, _ = surnames()
    third = nxt.text
    if tok.text[0] not in single or not is_han(third) or third in FUNCTION_CHARS or third in _CLAUSE_CHARS:
        return tok.end
    if cut_before_mark(text, toks, i):  # 甲院士、王小|明|院士 and “教师”王小|明|……
        return nxt.end
    after = toks[i + 2] if i + 2 < len(toks) else None
    if nxt.tag == "v" and after is not None and after.tag in _OBJECT_TAGS:
        return tok.end  # 赵丽|作|工作报告: a verb with its object
    if all(reads_as_name(tok.text + third, frame) for frame in _THIRD_FRAMES):
        return nxt.end
    return tok.end


#: Characters that end a clause's subject more often than they end a name (某某时表示: when).
_CLAUSE_CHARS = frozenset("时")
#: Tags of a word that can be a verb's object.
_OBJECT_TAGS = frozenset({"n", "nz", "nw", "vn", "PER", "LOC", "ORG", "s", "m"})
