"""Posts stated around a name rather than by a title chain right before it.

Company and school text often names the person first and the post after, or joins them by a verb:

- a verb of holding after the name (同志, 先生 or 女士 may come between):
  ``王小明任某某公司董事长``, ``由王小明担任某某集团董事长``, ``王小明出任…``, ``现任…``,
  ``升任…``, ``兼任…``, ``接任…``, ``调任…``, ``挂职…`` (a post held on secondment), and a clause
  after it that goes on with ``，兼任…`` (``甲任集团副总经理，兼任某公司董事长``); a place or
  an organisation the person went to may come between (``王小明到某某村担任第一书记``: the bare
  title is that one's, :func:`kg.extract.held_marks.destination`); a verb of giving a post up
  (``王小明同志不再担任某某局局长职务``, ``辞去…``) states the post with the change "removed";
  a later clause of the sentence may give up the post of the chain before the name
  (``某区副区长王小明因工作调动，不再担任某区副区长职务``): that post is then removed, not held
  (:func:`removal_after`);
- a biography: the sentence opens with the name and a later clause opens with 现任, or with
  生前系 of one who died, or with a date and 起任 (held since: ``…，2019年3月起任某村第一书记``)
  (``王小明，男，1960年生，现任某某银行董事长``, ``…，生前系某村党支部书记``),
  or the sentence after it in its paragraph does (``王小明，男，1960年生。现任…``); so does a later clause that the name opens,
  alone or after words ending in 的 (``…换届时，在外经商多年的王小明回村参选，现任某村党支部书记``);
- an apposition: the sentence opens with the name (after a list ordinal such as ``三、`` or
  ``（二）`` if any) and the clause after its comma or colon is a
  title chain naming its organisation (``王小明，某某中学校长，高级教师``);
- a title chain before 为 or 是 and the name: ``某某集团董事长为王小明``;
- names opening a clause, 为 and a title chain naming its organisation: ``，王小明为某某市委书记``,
  ``，甲、乙为市委副书记`` (the clauses after 选举… and the lines of a list of posts);
- a copula after the name and a title chain naming its organisation: ``王小明是某某集团董事长``,
  ``王小明系某某公司总经理``, ``王小明现为…``, ``王小明生前系…``, a comma before it if written
  (``助人为乐模范王小明，是某某社区居民``; ``是某某集团董事长的女儿`` is no chain);
- an organisation joined to the title chain before a name by 的: ``某某集团的董事长王小明``
  (:func:`possessor`; the organisation must be one the organisation stage found).

The clause must be a title chain from end to end (items joined by 、, a trailing 职务, 一职 or
以来 aside), so a verb followed by anything else states no post (``王小明任务繁重``,
``王小明担任过很多工作``). Proposals and past posts (拟任, 历任, 曾任) are not holdings.
"""

from __future__ import annotations

from dataclasses import replace

from kg import rx
from kg.extract.address import COURTESY
from kg.extract.chain_orgs import org_starts
from kg.extract.chains import ChainItem, chain_start, parse_chain
from kg.extract.former_starts import former_start
from kg.extract.held_marks import VILLAGE_TITLES, at_destination, destination
from kg.extract.names import NameHit
from kg.extract.rolls import ORDINAL
from kg.extract.stationed_orgs import SENDING
from kg.extract.titles import now_mark
from kg.model import Extraction, clause_end, clause_start

#: Verbs of election: the post is held from the vote on (Holding.change "elected"), as with
#: 选举甲为某会主任.
ELECTION_VERBS = ("当选为", "当选", "被选举为", "被选为")
#: Verbs of giving a post up: the post is held until the change (Holding.change "removed"), as
#: with 免去甲的…职务 (``王小明同志不再担任某某局局长职务``, ``李华辞去某某公司董事长职务``).
REMOVAL_VERBS = ("不再担任", "不再兼任", "辞去")
#: Verbs of holding a post, longest first (现任 before 任).
HOLD_VERBS = (
    *ELECTION_VERBS,
    *REMOVAL_VERBS,
    "现任",
    "担任",
    "出任",
    "升任",
    "兼任",
    "接任",
    "调任",
    "改任",
    "转任",
    "挂职",
    "任",
)
#: A clause that goes on with another post of the one the verb of holding told (甲任某某，兼任某某).
_ALSO = "，兼任"
#: Verbs of moving from the post before the name to the one after it (:func:`moves_on`).
MOVE_VERBS = ("升任", "出任", "改任", "调任", "转任", "兼任", "接任")
CLAUSE_END = '，,。；;：:！!？?\n（(“”"《》 \u3000'
#: Marks after which a name opens a clause.
CLAUSE_OPENERS = "，,；;：:\n"
TAILS = ("职务", "一职", "以来", "至今", "职位")
#: Characters that join a title chain to the name it states (董事长为王小明).
COPULAS = "为是"
#: A biography's clause of the post held now, or at death (``甲，男，…，生前系某村党支部书记``).
_NOW_CLAUSES = ("，现任", "，生前系", "，生前任", "，生前是", "，挂职")  # ，挂职某县副县长: on secondment
#: A biography's clause of a post held since a date, to the present or to death (，2019年3月起任…).
_SINCE = rx.compile(r"，\d{4}年(?:\d{1,2}月)?起(?:担)?任")
#: Copulas after a name that state its posts when a whole title chain naming its organisation
#: follows (王小明是某某集团董事长; 系 in notices; 现为); 是否 and 系列 are no copulas.
COPULAS_AFTER = ("现为", "是", "系", "生前系", "生前是", "生前任")
NOT_COPULAS = ("是否", "系列", "系统")


def stated_chain(ex: Extraction, hit: NameHit, others: list[NameHit]) -> tuple[int, int, list[ChainItem]]:
    """The title chain stated of ``hit`` around it, as (mention start, mention end, items);
    items are [] when none is stated. ``others`` are the article's other names (a biography's
    现任 clause belongs to the name it follows only when no other name comes between)."""
    text = ex.article.text
    sent_start, sent_end = ex.article.sentence(hit.start)
    after = _after_name(text, hit, others)
    verb = _verb_at(text, _listed_to(text, after, others))
    went = None if verb else destination(ex, _listed_to(text, after, others))
    if went is not None:  # 甲到某某村担任第一书记: the bare title is the destination's
        verb = _verb_at(text, went[0])
    if verb:
        after = went[0] if went else _listed_to(text, after, others)
        items = _whole_chain(ex, after + verb, clause_end(text, after + verb, CLAUSE_END, sent_end))
        items = at_destination(items, went[1]) if went and items else items
        if items and text.startswith(_ALSO, items[-1].end):  # 甲任某某，兼任某公司董事长
            more = items[-1].end + len(_ALSO)
            items += _whole_chain(ex, more, clause_end(text, more, CLAUSE_END, sent_end))
        if items:
            return hit.start, items[-1].end, items
    listed = _listed_to(text, after, others)
    if text.startswith("为", listed) and (
        _opens_clause(text, hit.start, sent_start, others) or elected(ex, hit)
    ):
        start = listed + 1  # ，甲为某某市委书记，乙、丙为市委副书记: the names open the clause
        items = _whole_chain(ex, start, clause_end(text, start, CLAUSE_END, sent_end))
        if items and items[0].split.org and not former_start(ex, text[start : items[0].end], start):
            return hit.start, items[-1].end, items
    if text[after : after + 1] in "，," and text.startswith(COPULAS_AFTER, after + 1):
        after += 1  # 甲，系某某公司总经理: a comma before the copula
    copula = next((c for c in COPULAS_AFTER if text.startswith(c, after)), "")
    if copula and not text.startswith(NOT_COPULAS, after):
        start = after + len(copula)
        items = _whole_chain(ex, start, clause_end(text, start, CLAUSE_END, sent_end))
        if (
            items
            and items[0].split.org
            and org_starts(ex, start)
            and not former_start(ex, text[start : items[0].end], start)
        ):
            return hit.start, items[-1].end, items
    opens = _opens_item(text[sent_start : hit.start])
    if opens and text[after : after + 1] in ("，", ",", "：", ":"):
        now = len(now_mark(text, after + 1))  # 甲，现任某县县长
        items = _whole_chain(ex, after + 1 + now, clause_end(text, after + 1, CLAUSE_END, sent_end))
        if items and items[0].split.org:
            return hit.start, items[-1].end, items
    if opens or _clause_subject(text, hit, sent_start, others):
        nxt = min((o.start for o in others if hit.end <= o.start < sent_end), default=sent_end)
        found = [(a, len(w)) for w in _NOW_CLAUSES if (a := text.find(w, after, nxt)) >= 0]
        found += [(m.start(), len(m.group())) for m in _SINCE.finditer(text, after, nxt)]  # ，2019年3月起任…
        at, size = min(found, default=(-1, 0))
        end = sent_end
        if at < 0 and opens and nxt == sent_end and text[after : after + 1] in "，,：:":  # 甲，男，…。现任…
            at, size = _next_sentence_now(text, sent_end, others)
            end = ex.article.sentence(at)[1] if at >= 0 else end
            found = [(at, size)]
        for clause, length in sorted(found) if at >= 0 else ():  # 生前系某局干部，2019年起任某村第一书记
            start = clause + length
            items = _whole_chain(ex, start, clause_end(text, start, CLAUSE_END, end))
            if items:
                return hit.start, items[-1].end, items
    if hit.start > sent_start and text[hit.start - 1] in COPULAS:
        cop = hit.start - 1
        start = chain_start(ex, cop, sent_start)
        items = _whole_chain(ex, start, cop) if start < cop else []
        if items:
            return items[0].start, hit.end, items
    return hit.start, hit.end, []


def _next_sentence_now(text: str, sent_end: int, others: list[NameHit]) -> tuple[int, int]:
    """(where, length) of a biography's 现任 or 生前系 opening a sentence after a name's own, in
    its paragraph, with no other name before it (``甲，男，1970年生。现任某县县长``; a résumé's
    ``甲：男，…。曾任某公司副总经理。现任公司董事长``); (-1, 0) if none."""
    line_end = text.find("\n", sent_end)
    line_end = len(text) if line_end < 0 else line_end
    end = sent_end
    while end < line_end and text[end - 1 : end] == "。":
        start = end
        while text[start : start + 1] in (" ", "\u3000"):
            start += 1
        word = next((w[1:] for w in _NOW_CLAUSES if text.startswith(w[1:], start)), "")
        stop = text.find("。", start, line_end)
        end = line_end if stop < 0 else stop + 1
        if word and not any(o.start == start for o in others):
            return start, len(word)
        if any(start <= o.start < end for o in others):
            break  # another name's sentence: the biography is over
    return -1, 0


def _opens_item(before: str) -> bool:
    """Does a name after ``before`` (its sentence up to the name) open the sentence, alone or
    after the ordinal of a numbered item (``三、甲，某县某局局长。``, ``（二）甲，…``, ``2.甲，…``)?"""
    before = before.strip()
    return not before or ORDINAL.fullmatch(before) is not None


def _clause_subject(text: str, hit: NameHit, sent_start: int, others: list[NameHit]) -> bool:
    """Does the name open a later clause of its sentence, alone or after words that describe it
    and end in 的 (``…换届时，在外经商多年的甲回村参选，现任某村党支部书记``), with no other name
    in them? Then a 现任 clause after it is the name's, as a biography's is."""
    start = clause_start(text, hit.start, "，,；;：:", sent_start)
    if start == sent_start:
        return False  # the sentence's opening words: a biography's rule (_opens_item) or none
    before = text[start : hit.start]
    return (not before or before.endswith("的")) and not any(
        start <= o.start < hit.start for o in others if o is not hit
    )


def _opens_clause(text: str, start: int, sent_start: int, others: list[NameHit]) -> bool:
    """Does the name at ``start`` open its sentence or a clause (after a comma, colon or line),
    itself or as a later name of a list with 、 that opens it (甲、乙为…)?"""
    while text[start - 1 : start] == "、":
        prev = next((o for o in others if (o.end_with_mark or o.end) == start - 1), None)
        if prev is None:
            return False
        start = prev.start
    return not text[sent_start:start].strip() or text[start - 1] in CLAUSE_OPENERS


#: Verbs of electing or appointing that may open a name's title chain (会议补选|某县委书记甲为…).
ELECTING = ("选举", "补选", "增补", "推选", "任命", "聘任")


def elected(ex: Extraction, hit: NameHit) -> bool:
    """Is the name's title chain opened by a verb of electing or appointing (``会议补选某县委书记甲为
    市人大常委会委员``)? The chain is the post held so far, and 为 and the clause after it the new
    one. A name right after the verb, with no chain, is a list's (:mod:`kg.extract.appointments`)."""
    text = ex.article.text
    sent_start = ex.article.sentence(hit.start)[0]
    start = chain_start(ex, hit.start, sent_start)
    return sent_start < start < hit.start and text[:start].endswith(ELECTING)


def moves_on(ex: Extraction, hit: NameHit, hits: list[NameHit]) -> bool:
    """Does a verb of moving to a new post follow the name (``某县县长甲升任某县委书记``,
    ``某局局长乙调任某厅副厅长``), or one of election (``某研究院研究员甲当选某区科协主席``)? The
    chain before the name is the post held so far and the clause after the verb the new one: both
    are read. 任 alone and 担任 are no such verbs (``某县县长甲任期内``), nor is 曾任 (a past post)."""
    text = ex.article.text
    after = _listed_to(text, _after_name(text, hit, hits), hits)
    return text.startswith((*MOVE_VERBS, *ELECTION_VERBS), after) or (
        text.startswith("为", after) and elected(ex, hit)
    )


def _after_name(text: str, hit: NameHit, others: list[NameHit]) -> int:
    """Where the words after the name start: after its gender mark and a courtesy word (同志)."""
    after = hit.end_with_mark or hit.end
    for word in COURTESY:
        if text.startswith(word, after):
            after += len(word)
            break
    return after


def _listed_to(text: str, after: int, others: list[NameHit]) -> int:
    """After the names listed with 、 right after a name (甲、乙、丙当选为副会长: the verb after
    the list is every name's); ``after`` itself when no list follows."""
    pos = after
    while text[pos : pos + 1] == "、":
        nxt = next((o for o in others if o.start == pos + 1), None)
        if nxt is None:
            return after
        pos = _after_name(text, nxt, others)
    return pos


def stated_change(ex: Extraction, hit: NameHit, others: list[NameHit]) -> str | None:
    """The change the verb after ``hit`` states: "elected" (甲当选为某某协会会长), "removed"
    (甲不再担任某某局局长职务), None for a post held (甲任某某公司董事长)."""
    text = ex.article.text
    pos = _listed_to(text, _after_name(text, hit, others), others)
    if text.startswith(ELECTION_VERBS, pos):
        return "elected"
    return "removed" if text.startswith(REMOVAL_VERBS, pos) else None


def _verb_at(text: str, pos: int) -> int:
    """The length of a verb of holding at ``pos`` (with 了 or 着 after it), 0 if none (拟任, 曾任
    and 历任 start with no verb of :data:`HOLD_VERBS`)."""
    for verb in HOLD_VERBS:
        if text.startswith(verb, pos):
            return len(verb) + (text[pos + len(verb) : pos + len(verb) + 1] in ("了", "着"))
    return 0


def _whole_chain(ex: Extraction, start: int, end: int) -> list[ChainItem]:
    """The items of ``text[start:end]`` if it is a title chain from end to end, else []."""
    text = ex.article.text
    held = text.find("职务的", start, end)  # 辞去某局局长职务的请求: the chain ends at 职务
    end = held + 2 if held > start else end
    for tail in TAILS:
        if text.endswith(tail, start, end) and end - len(tail) > start:
            end -= len(tail)
            break
    if end - start < 2 or text[start] == "、":
        return []
    items = parse_chain(ex, start, end)
    return items if items and items[0].start == start else []


def possessor(ex: Extraction, items: list[ChainItem]) -> list[ChainItem]:
    """``某某集团的董事长``: a chain whose first title has no organisation of its own, right after
    an organisation and 的, is that organisation's (the chain is returned unchanged otherwise)."""
    if not items or items[0].split.org:
        return items
    first = items[0]
    at = first.start - 1
    if at < 1 or ex.article.text[at] != "的":
        return items
    org = next(((m.start, m.text) for m in ex.mentions if m.label == "Organization" and m.end == at), None)
    org = org or _sent_to_village(ex, at, first.split.title)
    if org is None:
        return items
    split = replace(first.split, org=org[1], rank=1)
    return [ChainItem(org[0], first.end, split), *items[1:]]


def _sent_to_village(ex: Extraction, at: int, title: str) -> tuple[int, str] | None:
    """The village of the article that a verb of sending names right before ``at`` (某部派驻某村的
    第一书记), as (offset, name), if the title after 的 is a village's (第一书记); None otherwise."""
    if not title.endswith(VILLAGE_TITLES):
        return None
    text = ex.article.text
    for name in sorted({p.name for p in ex.places if p.level == "village"}, key=len, reverse=True):
        start = at - len(name)
        if text.startswith(name, start) and text[:start].endswith(SENDING):
            return start, name
    return None


#: Marks after which a clause with its subject left out may open (…，不再担任…).
_CLAUSE_MARKS = "，,；;"


def removal_after(ex: Extraction, hit: NameHit, others: list[NameHit]) -> list[ChainItem]:
    """The chain that a later clause of ``hit``'s sentence gives up with its subject left out
    (``…王小明因工作调动，不再担任某区副区长职务``), before any other name; [] if none."""
    text = ex.article.text
    _, sent_end = ex.article.sentence(hit.start)
    stop = min((o.start for o in others if hit.end <= o.start < sent_end), default=sent_end)
    at = min((i for i in (text.find(v, hit.end, stop) for v in REMOVAL_VERBS) if i >= 0), default=-1)
    if at < 0 or (at != _after_name(text, hit, others) and text[at - 1] not in _CLAUSE_MARKS):
        return []
    start = at + _verb_at(text, at)
    return _whole_chain(ex, start, clause_end(text, start, CLAUSE_END, sent_end))
