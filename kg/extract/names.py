"""Person names: the tagger's PER spans, repaired by the grammar of the genre.

- ``阿不都·热合曼``-style names: the tagger cuts names at the middle dot; rejoin them.
- ``…工具钳工李大成，``: a title right before two or three characters that start with a surname
  and end at a delimiter is strong evidence of a name, even where the tagger is silent
  (:mod:`kg.extract.titled_names`).
- Runs of names printed without separators (``甲乙丙（女）丁``) and names the tagger cut one
  character short (``王小|明说``): :mod:`kg.extract.name_runs`.
- A "name" that is a division's short form (``太原``) or that runs into a place suffix
  (``晋中市``) is a place, not a person.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from kg import rx
from kg.extract.address import familiar, family, without_honorific
from kg.extract.appointments import ADDRESS_GENDER, appointed
from kg.extract.bare_names import doubtful, two_words
from kg.extract.conferral_forms import HONOUR_ENDS
from kg.extract.conferred_names import conferred_names
from kg.extract.cut_names import LONGEST_TITLE, completed, title_before, unglued
from kg.extract.dotted_runs import dotted_runs, glued_last
from kg.extract.foreign_names import foreign_names
from kg.extract.joined_titles import tokens_near
from kg.extract.known_names import found_again
from kg.extract.member_lists import member_names
from kg.extract.mongolian_names import elements, listed_element, mongolian_names
from kg.extract.name_dot_heads import (
    dotted_head,
    glued_head,
    glued_tail,
    party_cut,
    sentence_adverb,
    stops_dotted,
)
from kg.extract.name_ends import name_end, questions
from kg.extract.name_lines import name_lines
from kg.extract.name_runs import (
    FUNCTION_CHARS,
    GLUED,
    common_surnames,
    find_runs,
    looks_foreign,
    reads_as_name,
)
from kg.extract.name_tails import GLUED_PHRASES, GLUED_WORDS, conjunction_tail
from kg.extract.not_names import not_a_name
from kg.extract.org_suffixes import suffix_of
from kg.extract.place_like import is_place_like, place_words
from kg.extract.roll_names import roll_names
from kg.extract.sides import is_side
from kg.extract.surname_heads import surname_head
from kg.extract.tagger import ask, ask_many
from kg.extract.tibetan_names import elements as tibetan_elements
from kg.extract.tibetan_names import enumerated_head, titled_tibetan
from kg.extract.titled_names import titled_names
from kg.extract.titles import is_han, lexicon, split_title
from kg.extract.unit_lines import unit_lines
from kg.extract.unsurnamed import unsurnamed
from kg.extract.yi_names import yi_names
from kg.model import Extraction, Token

#: What may follow a name written after its title.
NAME_END = "，,。、；：）)（(\n “”等和与及在出参主陪会说指强表为任同也"
_GENDER = rx.compile(r"^[（(]\s*([男女])\s*(?:[，,、][\u4e00-\u9fff]{1,6})?\s*[）)]")
#: A nationality alone in brackets after a name (巴特尔（蒙古族）, 阿依古丽（维吾尔族）).
ETHNIC_MARK = rx.compile(r"[（(][\u4e00-\u9fff]{1,5}族[）)]")


@dataclass(frozen=True)
class NameHit:
    start: int
    end: int
    name: str
    gender: str | None = None
    end_with_mark: int = 0  # end offset including a gender mark like （女）


@functools.cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    text = resources.files("kg.lexicons").joinpath("surnames.txt").read_text(encoding="utf-8")
    words = [w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")]
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) == 2)


def looks_like_name(text: str) -> bool:
    if "·" in text:
        parts = text.split("·")
        return all(is_han(p) and p for p in parts) and 3 <= len(text) <= 16
    if len(text) == 4 and text[0] == text[1] and text[2] == text[3]:
        return False  # reduplicated words (山山水水) are not names
    return is_han(text) and 2 <= len(text) <= 4


def has_surname(name: str) -> bool:
    """Does ``name`` open with a surname of the lexicon, of one character or two?"""
    single, double = surnames()
    return name[:1] in single or name[:2] in double


def surname_first(name: str) -> bool:
    """Does ``name`` look like a name and start with a surname of the lexicon?"""
    return looks_like_name(name) and has_surname(name)


def _glued_wei(name: str) -> bool:
    """Does ``name`` hold a name of one surname and two characters with the 为 of ``选举…为…``
    glued to it (``某某某为``, ``某某某为集团公司``)? A name of four characters with a compound
    surname (欧阳有为) keeps it."""
    single, double = surnames()
    return len(name) >= 4 and name[3] == "为" and name[0] in single and name[:2] not in double


def reads_as_verb(text: str) -> bool:
    """The tagger, given the string alone, reads it as one verb (任命, 强调): not a name."""
    words = ask(text)
    return len(words) == 1 and words[0][1] in ("v", "vn")


def find_names(ex: Extraction) -> list[NameHit]:
    """All person names in the article, in text order, without overlaps."""
    text = ex.article.text
    tokens = ex.tokens
    known = place_words(ex)
    spans = tuple((m.start, m.end) for m in ex.mentions if m.label == "Place")  # 码头|李镇
    local = tuple((m.start, m.end) for m in ex.mentions if m.label == "Place" and "/" in (m.ref or ""))
    ask_many(questions(text, tokens))
    hits: list[NameHit] = []
    covered: set[int] = set()
    single = surnames()[0]
    for run in find_runs(text, tokens):  # 甲乙丙（女）丁: names written without separators
        for s, e in run.names:
            if _acceptable(ex, s, e, known, spans, local):
                hits.append(with_gender(text, s, e))
        covered.update(range(run.start, run.end))
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.tag != "PER" or tok.start in covered or doubtful(ex, tok.start, tok.end):
            i += 1  # doubtful: 水土|林草|湖, a phrase's words read as a name (kg.extract.bare_names)
            continue
        end = conjunction_tail(text, tokens, i, name_end(text, tokens, i))
        start = dotted_head(text, tokens, i)  # 大臣|占|·|某某: the first part the tagger left out
        start = glued_head(text, tokens, i, start)  # 总经理|买买|提江·某某: its head glued before
        start = surname_after_title(text, start, end)  # 秘书长同|晓东, 县长时|丽娜: the surname
        start = min(start, surname_head(text, tokens, i, single))  # 储|小兰（女）on a roll line
        start = min(start, enumerated_head(text, start, end))  # 甲、才让|东某、乙: an element before
        j = i + 1
        if end - start > 1 and text[end - 1] == "·":
            end -= 1  # the tagger took the dot: 柯林·|钱德勒
        if text[end : end + 1] == "·":  # rejoin names cut at a middle dot: 阿不都 · 热合 曼
            near = tokens_near(tokens, tok.start, start + 17)  # by bisection, not the article's rest
            verbs = {
                t.start
                for k, t in enumerate(near)
                if tok.start <= t.start < start + 17 and stops_dotted(near, k)
            }
            dot = end
            while end < len(text) and end - start < 16 and (is_han(text[end]) or text[end] == "·"):
                if text[end] == "·":
                    dot = end
                elif end > dot + 1 and (end in verbs or text[end] in "和与及"):
                    break  # 某·某某参加活动, 某·某某和某·某: the verb or conjunction after the name
                end += 1
            end = party_cut(text, dot, end)  # 某·某某一|行来 (the tagger's words): 某·某某
        if "·" in text[start:end] and end == tok.end and i + 1 < len(tokens):
            end = glued_tail(text, tokens, i + 1, end)  # 某·卡德尔|别克|通报: its tail read apart
        end = _enumeration_item_end(text, start, end, tokens)
        start = title_tail(text, start, end)  # 劳动模|范某某某: the title's last character
        while j < len(tokens) and tokens[j].start < end:
            j += 1
        if end - start >= 3 and text[end - 1 : end + 1] == "图为":
            end -= 1  # 李华图|为…: a caption (图为…) that lost its line break
        name = text[start:end].strip()
        trimmed = without_honorific(name)
        if trimmed != name:
            if len(trimmed) < 2:
                i = j
                continue  # 程先生, 王主席: a surname and a form of address, not a full name
            end = start + len(trimmed)
            name = trimmed
        if _glued_wei(name) and reads_as_name(name[:3]):  # 选举甲乙丙为|某职: 为 opens the post
            end = start + 3
            name = name[:3]
        phrase = text[end - 1 : end + 2] in GLUED_PHRASES  # 王小明拉|家常
        glued = phrase or name[-1:] in GLUED or text[end - 1 : end + 1] in GLUED_WORDS  # 王小明此|前任
        if len(name) >= 3 and glued and "·" not in name and reads_as_name(name[:-1]):
            end -= 1  # 王小明也|警告: the tagger glued an adverb or a particle to the name
            name = name[:-1]
        elif phrase:
            i = j
            continue  # 与参农拉|家常: the phrase's verb and a word before it that is no name
        if familiar(name) or family(name):
            i = j
            continue  # 小张, 老李, 刘家: a form of address or a family (kg.extract.short_forms), no full name
        run = _name_run(name)
        if run:  # 甲乙丙丁 run together (a headline, a list without separators): split at surnames
            pos = start
            for part in run:
                hits.append(with_gender(text, pos, pos + len(part)))
                covered.update(range(pos, pos + len(part)))
                pos += len(part)
            i = j
            continue
        if _acceptable(ex, start, end, known, spans, local):
            hits.append(with_gender(text, start, end))
            covered.update(range(start, end))
        i = j
    hits = appointed(ex, hits, covered)
    hits.extend(titled_names(ex, tokens, covered))  # …工具钳工李大成: what the tagger missed
    hits.extend(roll_names(ex, hits, covered))  # 某尔古　某某派出所所长: a roll line's name
    hits = unglued(ex, hits, covered)
    for finder in (
        foreign_names,
        unsurnamed,
        titled_tibetan,
        mongolian_names,
        name_lines,
        conferred_names,
        dotted_runs,
        member_names,
        unit_lines,
        yi_names,
    ):  # 某某|某 -> 某某某: drop the pieces
        found = finder(ex, [(h.start, h.end) for h in hits])
        hits = [h for h in hits if not any(s < h.end and h.start < e for s, e in found)]
        hits.extend(with_gender(text, s, e) for s, e in found)
    hits = completed(text, sorted(hits, key=lambda h: h.start))  # 孟志|成作 … 孟志成
    hits = [  # 某某·某某|提说: the last part's character the tagger glued to the verb
        with_gender(text, h.start, glued)
        if "·" in h.name and (glued := glued_last(ex, h.start, h.end)) > h.end
        else h
        for h in hits
    ]
    hits.extend(_between_names(ex, hits, covered))
    hits = [h for h in hits if not _anonymised(text, h)]  # 刘某某, 王某: a person the text keeps unnamed
    return found_again(ex, sorted(hits, key=lambda h: h.start))  # 市长任新航 … 任|新航强调


def _anonymised(text: str, hit: NameHit) -> bool:
    """Whether the name is a surname and 某 (``刘某某``, ``王某``, ``张某某等人``), the form that
    notices and court news keep a person unnamed by: no one's name (the tagger may cut it, 刘某|某)."""
    return "某" in hit.name or text[hit.end : hit.end + 1] == "某"


def _acceptable(
    ex: Extraction,
    start: int,
    end: int,
    places: frozenset[str],
    spans: tuple[tuple[int, int], ...],
    local: tuple[tuple[int, int], ...] = (),
) -> bool:
    """May ``text[start:end]``, read as a name by the tagger or a run's cut, be a person's name?
    (``spans``: the article's place mentions, read once; ``local``: those of townships and
    villages placed.)"""
    text = ex.article.text
    name = text[start:end]
    after = text[end : end + 2]
    return (
        looks_like_name(name)
        and not is_place_like(ex, name, after, places)
        and after != "主义"  # 某某主义 names a doctrine
        and not _in_quoted_phrase(text, start, end)
        and not _org_tail(text, start, end)
        and not owners_business(text, start, end)  # 某某县晓某家庭农场: the business, no person
        and not (reads_as_verb(name) and not (len(name) == 3 and after_title(text, start)))  # 总经理包国富
        and not is_side(text, name)  # 马方 in 中马两国: a side of talks (kg.extract.sides)
        and (
            "党" not in name or after_title(text, start) or titled_list_item(text, start)
        )  # 知党恩: the Party
        and not (len(name) == 4 and two_words(text, start, end))  # 阖家幸福: two words, no name
        and not not_a_name(text, start, end)  # 王妻, 美韩两国, 时表示 (kg.extract.not_names)
        and not lexicon().is_word(name)  # 某某清真寺伊玛目: a word of the title lexicon, no name
        and not _inside_place(spans, start, end)  # 码头|李镇: a town of the national table
        and not any(a < end and start < b for a, b in local)  # 某某苏木|某某嘎查: across placed ones
    )


#: The most items of an enumeration walked back to find the title before its first.
_ITEMS_BACK = 12


def titled_list_item(text: str, start: int) -> bool:
    """Is the name at ``start`` a later item of an enumeration with 、 of names of two to four
    characters whose first item follows a title (``副主任甲、乙、党某某``)?"""
    sep = start - 1
    for _ in range(_ITEMS_BACK):
        if sep < 2 or text[sep] != LIST_SEP:
            return False
        if any(sep >= n and is_han(text[sep - n : sep]) and title_before(text, sep - n) for n in (2, 3, 4)):
            return True
        before = text.rfind(LIST_SEP, max(0, sep - 5), sep)
        if before < 0 or not is_han(text[before + 1 : sep]):
            return False
        sep = before
    return False


def _inside_place(spans: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    """Whether ``start``–``end`` lies inside a longer place's name the places stage found (a town of
    the national table: ``冀州区码头李镇``: 李镇 is no person)."""
    return any(a <= start and end <= b and b - a > end - start for a, b in spans)


def _between_names(ex: Extraction, hits: list[NameHit], covered: set[int]) -> list[NameHit]:
    """In ``甲、X、乙`` (甲 and 乙 names) the item X is a name too, if it could be one; so is the
    first item X of ``副县长X、乙``, right after its title (:func:`_first_listed`), and the last of
    ``县领导甲、X出席会议`` before a verb of attending, where the tagger reads X alone as a name."""
    text = ex.article.text
    out: list[NameHit] = []
    pairs = list(zip(hits, hits[1:], strict=False))
    listed = {b.start for a, b in pairs if text[a.end_with_mark : b.start] == LIST_SEP}
    for h in hits:  # the last item of a list, before 等: 甲、乙、X等; or after two names: 甲、乙、X，
        m = re.match(r"、([\u4e00-\u9fff]{2,4})等", text[h.end_with_mark : h.end_with_mark + 7])
        if m is None and h.start in listed:
            m = re.match(r"、([\u4e00-\u9fff]{2,3})(?=[，。；])", text[h.end_with_mark : h.end_with_mark + 6])
        if m is None:  # 县领导甲、X出席会议: the last item before a verb of attending, that the
            last = _LAST_BEFORE_VERB.match(text, h.end_with_mark)  # tagger reads alone as a name
            m = last if last is not None and ask(last.group(1)) == [(last.group(1), "PER")] else None
        if m and not any(o.start == h.end_with_mark + 1 for o in hits):
            end = h.end_with_mark + 1 + len(m.group(1))
            pairs.append((h, NameHit(end + 1, end + 1, "", None, end + 1)))
    for b in hits:  # the first item of a list right after its title: 副县长X、乙
        first = _first_listed(ex, b, hits, covered)
        if first is not None:
            out.append(with_gender(text, *first))
            covered.update(range(*first))
    for a, b in pairs:
        gap = text[a.end_with_mark : b.start]
        ends = (LIST_SEP, "等", *("，。；" if not b.name else ()))  # 甲、乙、X，: the list's last item
        closed = gap.endswith(ends) or (not b.name and _ATTENDING.match(text, b.start - 1) is not None)
        if not (gap.startswith(LIST_SEP) and closed):
            continue
        pos = a.end_with_mark + 1
        for item in gap[1:-1].split(LIST_SEP):
            name = re.sub(r"（[男女]）$", "", item)
            whole = suffix_of(name)  # 甲、国务院、乙: an organisation's whole name, no person
            ok = (surname_first(name) or _listed_name(ex, name, a, b) or listed_element(name)) and (
                whole is None or whole.suffix != name
            )
            verb = reads_as_verb(name) and not _opens_element(name)  # 完玛某: a Tibetan element, not a verb
            if ok and not verb and not any(p in covered for p in range(pos, pos + len(name))):
                out.append(with_gender(text, pos, pos + len(name)))
                covered.update(range(pos, pos + len(name)))
            pos += len(item) + 1
    return out


def _first_listed(
    ex: Extraction, b: NameHit, hits: list[NameHit], covered: set[int]
) -> tuple[int, int] | None:
    """The span of the first item X of ``副县长X、乙`` (乙 the name ``b``): two or three Han
    characters right after a title, that no name, title, place or verb of the tagger's is."""
    text = ex.article.text
    end = b.start - 1
    if end < 3 or text[end] != LIST_SEP:
        return None
    for size in (3, 2):
        start = end - size
        name = text[start:end]
        if (
            is_han(name)
            and not any(p in covered for p in range(start, end))
            and not any(h.start < end and start < h.end for h in hits)
            and title_before(text, start)
            and after_title(text, start)
            and looks_like_name(name)
            and split_title(name) is None
            and not any(c in FUNCTION_CHARS for c in name)
            and not reads_as_verb(name)
            and not is_place_like(ex, name, LIST_SEP)
            and suffix_of(name) is None
        ):
            return start, end
    return None


def _opens_element(name: str) -> bool:
    """Does ``name`` open with an element of a Tibetan or a Mongolian given name (完玛, 巴特)?"""
    return name[:2] in tibetan_elements() or name[:2] in elements()


def _listed_name(ex: Extraction, name: str, before: NameHit, after: NameHit) -> bool:
    """A three-character item between two names of three characters (甲、X、乙) is a name of a
    surname the lexicon does not hold (the rare 星, 冶 of the north-west), unless it reads as a
    title, a place or one word of the tagger's; one that opens with an element of a Tibetan or a
    Mongolian given name (完玛某) is a name whatever the tagger reads."""
    words = ask(name)
    element = _opens_element(name)
    return (
        len(name) == 3
        and before.end - before.start == 3
        and after.end - after.start == 3
        and looks_like_name(name)
        and not is_place_like(ex, name, "、")
        and split_title(name) is None
        and (element or not (len(words) == 1 and words[0][1] != "PER"))
    )


#: The last item of an enumeration of names right before a verb of attending that closes it
#: (``县领导甲、X出席会议``, ``甲、X陪同``).
_ATTENDING = rx.compile(r"出席|参加|列席|陪同|主持|参会|一同|分别")
_LAST_BEFORE_VERB = rx.compile(r"、([\u4e00-\u9fff]{2,3}?)(?=" + _ATTENDING.pattern + ")")
#: What separates the items of an enumeration of names.
LIST_SEP = "、"
ITEM_END = "、，。；：（\n等"


_NOT_IN_NAME = frozenset({"v", "vd", "vn", "p", "d", "u", "c", "r", "w", "q", "m", "xc", "f", "TIME"})


def _name_run(text: str) -> list[str] | None:
    """Split a tagged span of 5 to 12 Han characters into names of two or three characters, each
    starting with a surname; None unless exactly one way prefers three-character names throughout."""
    if not (5 <= len(text) <= 12) or not is_han(text) or looks_foreign(text):
        return None
    single, double = surnames()

    def splits(rest: str) -> list[list[str]]:
        if not rest:
            return [[]]
        out = []
        for size in (3, 2):
            part = rest[:size]
            if len(part) == size and (part[0] in single or part[:2] in double):
                out.extend([part, *tail] for tail in splits(rest[size:]))
        return out

    options = splits(text)
    if not options:
        return None
    best = max(options, key=lambda parts: (sum(len(p) == 3 for p in parts), -len(parts)))
    if len(best) < 2 or not all(_tagged_person(p) for p in best):
        return None
    return best


def _tagged_person(text: str) -> bool:
    """The tagger, given the string alone, reads it as one person name."""
    words = ask(text)
    return len(words) == 1 and words[0][1] == "PER"


def _enumeration_item_end(text: str, start: int, end: int, tokens: tuple[Token, ...] = ()) -> int:
    """In ``甲、乙丙、丁`` each item between 、 is a whole name: a tagger span that stops one or two
    characters short of the item's end (万鄂|湘、) is extended to it."""
    if end >= len(text) or text[end] in ITEM_END:
        return end
    item_end = end
    while item_end < len(text) and item_end - start < 16 and text[item_end] not in ITEM_END:
        item_end += 1
    if "·" in text[start:item_end]:  # 甲、某·某某一行，: the party's word is no part of the item's name
        item_end = max(end, party_cut(text, text.rfind("·", start, item_end), item_end))
    item = text[start:item_end]
    dotted = "·" in item and looks_like_name(item) and not any(c in "和与及" for c in item)  # 某·某和某·某
    if not dotted and (item_end - start > 4 or not is_han(item)):
        return end
    inside = [t for t in tokens_near(tokens, end, item_end) if end <= t.start < item_end]
    last = (  # the last of three characters before 等, no adverb (甲、某某|约等; not 甲、乙也等)
        item_end - start == 3
        and text[item_end : item_end + 1] == "等"
        and len(inside) == 1
        and text[item_end - 1] not in FUNCTION_CHARS
    )
    if not dotted and not last and any(t.tag in _NOT_IN_NAME for t in inside):
        return end  # 甲、乙参加: a verb ends the list, not the name
    if dotted and (_verb_at(inside, end, text[start:end]) or _verb_before_dotted(inside)):
        return end  # 甲、乙会见了某·某一行 (the verb's object), 甲、某·某出席 (already whole)
    near = tuple(tokens_near(tokens, end, item_end))
    last_dot = text.rfind("·", start, item_end)
    if dotted and any(max(end, last_dot + 2) <= t.start < item_end and sentence_adverb(t) for t in near):
        return end  # 某·某某|别克|认真|听取某某、: after the last dot, an adverb of the sentence
    before = text[start - 1 : start] if start else ""
    after = text[item_end : item_end + 1]
    if LIST_SEP in (before, after) and (before == LIST_SEP or after == LIST_SEP):
        return item_end
    return end


def _verb_at(inside: list[Token], end: int, name: str) -> bool:
    """Does a verb start at ``end``, right after a dotted ``name`` already whole (某·某|出席)?
    ``inside`` holds the tokens that start from ``end`` to the item's end."""
    return "·" in name and any(t.start == end and t.tag == "v" for t in inside)


def _verb_before_dotted(inside: list[Token]) -> bool:
    """Does a verb stand before a dotted name the tagger read whole as a person, among the tokens
    ``inside`` the rest of the item (``乙|会见|了|某·某``; not ``艾力|更|·|依明``: no person token
    holds the dot)?"""
    dotted = next((t.start for t in inside if t.tag == "PER" and "·" in t.text), None)
    return dotted is not None and any(t.tag == "v" and t.start < dotted for t in inside)


#: Characters that end organisation names (妇联, 党委, 某局): a "name" ending so, glued to the
#: word before it and followed by a title, is the tail of an organisation (全国工商联主席).
_ORG_END_CHARS = "联委局院会部办厅处司署"


def _org_tail(text: str, start: int, end: int) -> bool:
    if text[end - 1] not in _ORG_END_CHARS or start == 0 or not is_han(text[start - 1]):
        return False
    lex = lexicon()
    return any(lex.is_title(text[end : end + k]) for k in range(2, 6))


#: A small business named after its owner, after its division (某某县某某家庭农场, 某某镇某某养殖场).
OWNED_BUSINESS = ("家庭农场", "农场", "专业合作社", "合作社", "工作室", "养殖场", "种植场", "商行", "诊所")


def owners_business(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``–``end`` is inside a business's name right after its division
    (``青禾县晓某家庭农场``, ``某某镇建国养殖场``): the name of the business, not a person's mention."""
    return start > 0 and text[start - 1] in "县市区镇乡村旗" and text.startswith(OWNED_BUSINESS, end)


def _in_quoted_phrase(text: str, start: int, end: int) -> bool:
    """``“拾荒老师”``: a tagged name inside a longer quoted phrase is a nickname's word, not a name."""
    open_at = text.rfind("“", max(0, start - 8), start + 1)
    if open_at < 0 or "”" in text[open_at:start]:
        return False
    close_at = text.find("”", end, end + 10)
    if close_at < 0 or any(c in "。！？，；" for c in text[open_at:close_at]):
        return False  # a quotation that goes on, or a sentence, is speech: its names are names
    return close_at > end


def with_gender(text: str, start: int, end: int) -> NameHit:
    """The name at ``start``–``end`` with the mark after it, if any: a gender mark (``（女）``,
    ``（女，蒙古族）``), a form of address that says it (``先生``, ``女士``) or a nationality alone
    (``（蒙古族）``)."""
    m = _GENDER.match(text[end : end + 14])
    if m:
        return NameHit(start, end, text[start:end], "女" if m.group(1) == "女" else "男", end + m.end())
    if (address := text[end : end + 2]) in ADDRESS_GENDER:  # 某某先生、某某女士 of a company's notice
        return NameHit(start, end, text[start:end], ADDRESS_GENDER[address], end + 2)
    m = ETHNIC_MARK.match(text, end)
    return NameHit(start, end, text[start:end], None, m.end() if m else end)


_SEGMENT_END = "，,。；;：:、！？!?“”\n（）() "


#: Yi surnames of Yunnan and Sichuan (者, 自, 起, 杞) that open ordinary words far more often than
#: names (者 of 记者, 自 of 自己, 起 of 起草): a surname only right after a title (``县长起|某某``);
#: so is the surname 操 (of 安徽 and 湖北), a verb far more often (操作).
TITLED_SURNAMES = frozenset("者自起杞操")


def surname_after_title(text: str, start: int, end: int) -> int:
    """Where a two-character name read by the tagger at ``start`` starts when the character before
    it is a surname the tagger read as a word of its own, right after a title (``秘书长同|晓东``,
    ``县长时|丽娜``, ``董事长应|国平``, and the Yi surnames of :data:`TITLED_SURNAMES`:
    ``县长起|某某``), or right after an honour (``助人为乐模范那|某某``): the given name does not
    start with a common surname itself (``局长和|王某``: 和 joins two, 王某 has its surname); else
    ``start``."""
    single, _ = surnames()
    first = text[start - 1 : start]
    if (
        end - start != 2
        or start < 3
        or first not in single | TITLED_SURNAMES
        or text[start] in common_surnames()
    ):
        return start
    titled = after_title(text, start - 1) or text[: start - 1].endswith(EPITHETS)
    return start - 1 if is_han(text[start:end]) and titled else start


#: Honours written before a name as a title is (劳动模范某某, 助人为乐模范某某): the name's evidence.
EPITHETS = (*HONOUR_ENDS, "模范")


def title_tail(text: str, start: int, end: int) -> int:
    """Where a name of three characters or more read by the tagger at ``start`` starts when its
    first character ends a title or an honour that the characters before it only begin
    (``劳动模|范某某某``: 劳动模范, and the name after it; ``孝老爱亲模|范某某某``); else ``start``."""
    if end - start < 3 or start < 2:
        return start
    lex = lexicon()

    def epithet(word: str) -> bool:
        return lex.title_kind(word) == 0 or word in EPITHETS

    if any(epithet(text[start - k : start]) for k in range(2, LONGEST_TITLE + 1) if start - k >= 0):
        return start  # 全国劳模|范某某: an honour ends before the name's surname (劳模, not 模范)
    for k in range(2, LONGEST_TITLE + 1):
        if start + 1 - k < 0:
            break
        word = text[start + 1 - k : start + 1]
        if epithet(word) and not epithet(word[:-1]):
            return start + 1
    return start


#: Words of when a title was held, before it (时任副局长某某).
_HELD_THEN = ("时任", "现任", "曾任", "历任")


def after_title(text: str, pos: int) -> bool:
    """Is ``pos`` right after a title that is strong evidence of a name?

    A lexicon title (董事长, 书记) is; a title made by a productive suffix (…工, …员) only when an
    organisation precedes it (``某某有限公司采煤工`` yes, ``确保新建工`` no).
    """
    start = pos
    while start > 0 and pos - start < 40 and text[start - 1] not in _SEGMENT_END:
        start -= 1
    segment = text[start:pos]
    split = split_title(segment[2:] if segment.startswith(_HELD_THEN) else segment)  # 时任|副局长
    if split is None:
        return False
    kind = lexicon().title_kind(split.title)
    return kind == 0 or split.rank == 1
