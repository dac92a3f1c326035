"""The company that a company's own news is about, for the words that stand for it.

A company's own news names itself in full once, in its lead, and then writes ``集团公司``,
``集团`` or ``公司`` for it: ``某某集团有限公司2025年工作会议在某地召开。集团公司党委书记、
董事长王小明作报告`` (the headline often says only ``集团公司召开…``). The company is the most
mentioned top-level corporation (:func:`kg.extract.home_orgs.most_mentioned`); when none is
mentioned twice, it is the only corporation that the first sentence of the body names, if that
sentence names no other organisation first and the headline names no organisation at all but by
the company's word (``某某当选公司第四届董事会董事长``). Where
the article writes the bare ``集团`` for itself (opening clauses and lines) and the most mentioned
corporation holds no 集团 (a subsidiary on a roll of honourees, named line after line), the
company is the most mentioned corporation whose name holds 集团 (the headline's ``某某集团``).

A headline that opens with the company word (``公司与某市政府签署战略合作协议``) is the company's
own voice even though it names a partner: its company is then the only corporation of the lead
sentence (:func:`headline_company`; the city government is no corporation). A headline that does
not open with the company word names no own company, nor does a lead naming two corporations.
The company found is written in full where the article names it so: a headline's contracted form
(``省某某集团``, ``某某集团``) stands for the one registered name it fits
(:func:`kg.extract.company_shorts.fits`).
"""

from __future__ import annotations

from kg.extract.company_shorts import LEVEL_WORDS, fits
from kg.extract.home_orgs import most_mentioned
from kg.extract.name_lines import MAX_LINE
from kg.model import Extraction, Mention, Organization

#: Words that, at the start of an organisation written in a company's news, stand for the company
#: itself, longest first (集团公司 before 集团: ``集团公司党委`` is the company's party committee).
OWN_COMPANY_WORDS = ("本集团公司", "集团公司", "本公司", "本集团", "集团", "公司")


#: The bare word of a group: the company it stands for holds it in its name.
_GROUP = "集团"
#: What may stand before the bare word that opens a clause or a line (。集团党委书记…, ，集团召开…).
_OPENS = "，。；：、\n \u3000"
#: How often the bare word must open a clause or a line to stand for the company.
_BARE_MIN = 2


def _bare_group(text: str) -> bool:
    """Does the article write the bare 集团 for its company, opening clauses or lines twice or more?"""
    count, at = 0, text.find(_GROUP)
    while at >= 0 and count < _BARE_MIN:
        count += at == 0 or text[at - 1] in _OPENS
        at = text.find(_GROUP, at + 1)
    return count >= _BARE_MIN


#: A company's branch written bare (某某分公司, 某某分厂): the company's word never stands for it.
_BRANCHES = ("分公司", "子公司", "分厂")


def _corporation(org: Organization) -> bool:
    """A corporation the company's word may stand for: not a bare branch (``湘西分公司`` on a roll)."""
    return org.kind == "Corporation" and not org.name.endswith(_BRANCHES)


def own_company(ex: Extraction) -> str | None:
    """The name of the company the article is about, None if it names none as its own."""
    found = most_mentioned(ex, _corporation)
    if found is not None and _GROUP not in found and _bare_group(ex.article.text):
        group = most_mentioned(ex, lambda o: _corporation(o) and _GROUP in o.name)  # 集团 stands for it
        found = group or found
    found = found if found is not None else _lead_company(ex)
    if found is None:
        return None
    # 省某某集团 in the headline (its level word read alone, or with the article's division): the full name
    forms = (found, found[1:]) if found[0] in LEVEL_WORDS else (found,)
    tops = [o.name for o in ex.organizations if _corporation(o) and o.parent is None]
    fulls = {name for name in tops if any(fits(form, name) for form in forms)}
    return fulls.pop() if len(fulls) == 1 else found


def _lead(ex: Extraction) -> tuple[int, int, dict[str, Organization]] | None:
    """The span of the body's first sentence (past a second headline line) and the top-level
    organisations by key; None for an article with no body."""
    art = ex.article
    if not art.text or art.body_start >= len(art.text):
        return None
    pos = art.body_start
    while (line_end := art.text.find("\n", pos)) >= 0 and _title_line(art.text[pos:line_end]):
        pos = line_end + 1  # a second headline line (公司顺利完成董事会换届), or a blank one, is no lead
    start, end = art.sentence(pos if pos < len(art.text) else art.body_start)
    return start, end, {o.key: o for o in ex.organizations if o.parent is None}


def _title_line(line: str) -> bool:
    """Is ``line`` blank or a headline's second line: short, with no mark that ends a sentence?"""
    line = line.strip(" \u3000")
    return len(line) <= MAX_LINE and not any(c in line for c in "。！？；")


def _lead_company(ex: Extraction) -> str | None:
    """The corporation that the body's first sentence names first, when the headline names no
    organisation and the sentence names no other corporation."""
    art = ex.article
    lead = _lead(ex)
    if lead is None:
        return None
    start, end, top = lead
    named = [
        m
        for m in ex.mentions
        if m.label == "Organization" and m.start < end and not _own_word(art.text, m, art.body_start)
    ]
    if not named or any(m.start < art.body_start for m in named) or named[0].start < start:
        return None
    first = top.get(named[0].ref or "")
    if first is None or not _corporation(first):
        return None
    others = {m.ref for m in named} - {first.key}
    if any(ref in top and _corporation(top[ref]) for ref in others):
        return None
    return first.name


def _own_word(text: str, mention: Mention, body_start: int) -> bool:
    """Is ``mention`` an organisation of the headline written with the company's own word
    (``某某当选公司第四届董事会董事长``)? Such a headline names no other organisation."""
    return mention.start < body_start and text.startswith(OWN_COMPANY_WORDS, mention.start)


def headline_company(ex: Extraction) -> str | None:
    """The lead's only corporation when the headline opens with a company word, else None."""
    lead = _lead(ex)
    if lead is None or not (ex.article.headline or "").startswith(OWN_COMPANY_WORDS):
        return None
    start, end, top = lead
    corps = [
        top[m.ref]
        for m in ex.mentions
        if m.label == "Organization" and start <= m.start < end and m.ref in top and _corporation(top[m.ref])
    ]
    if not corps or any(o.key != corps[0].key for o in corps):
        return None
    return corps[0].name
