"""A unit named by its kind alone: ``公司还被评为“某某”``, ``该公司被授予…``, ``企业先后荣获…``.

A paper that has named a company writes it again as 公司, 该公司, 企业 or 集团 when the clause of an
honour opens with it (in the company's own news as in a report about it). Where a whole item of a
recipients' span (:func:`kg.extract.honoured_units.enumerated_units`) is such a bare word, the unit is
the last organisation named before it whose name ends in a word of that kind: 公司 and 企业 stand for
a 公司 or a 集团, 集团 for a 集团 only, 单位 for any organisation. A bare word with no such name before
it (the article's first unit, or only a government body named) is left alone, as is a word inside a
longer name (甲公司).

The same bare word opens a unit of that company (:func:`bare_sub_unit`):
``集团某某分厂某某车间甲班被授予…``, ``公司检修分公司荣获…``, ``该公司第三项目部获评…``,
``本公司综采一队被命名为…``, ``企业二车间、企业质检站获评…``. The unit is a unit of the company,
named with the company's name in place of the bare word (the word is a reference, no part of its
name), as a job there is (:mod:`kg.extract.company_refs`), and known too by the words written after
it (某某分厂某某车间甲班). Counter-examples: an item that ends in no unit's word (``集团党委书记王小明``,
a person) or that is a party body (``集团机关党支部``, ``公司党委``: the company's own party
organisation, read elsewhere) is left alone, as is a sub-unit with no company named before and a
公司 word after a group whose name holds no 公司 (某某集团 … 公司研究院: not sure it is the group's).

A word of belonging may stand between the bare word and the unit (:data:`LINKS`: ``集团所属…``,
``公司下属…``, ``集团旗下…``, ``集团控股的…``). The unit is then a unit of the company all the same,
but where it opens with a company of its own (``集团所属某某物流有限公司运输一队``) it is named as
written, from that company on: a subsidiary has its own registered name, which the paper prints
whole (the parent's name is no part of it); a subsidiary honoured as a whole (``集团旗下某某建设
有限公司荣获…``) is the company the organisation layer reads there. Without such a word, or with a
unit that names no company (``集团下属第三车间``), the unit is the company's, named as above.
"""

from __future__ import annotations

from kg import rx
from kg.extract.orgs import org_key
from kg.model import Extraction, Mention, Organization

#: Each bare word, with what the name it stands for ends in.
_BARE = {
    "公司": ("公司", "集团"),
    "企业": ("公司", "集团", "厂"),
    "集团": ("集团",),
    "单位": ("",),
}
#: Words that point back to the unit (该公司, 本公司 in its own news).
_POINTERS = ("该", "本", "这家", "此")


def bare_unit(ex: Extraction, a: int, b: int) -> Mention | None:
    """A new Organization mention over ``text[a:b]`` when it is a bare word of :data:`_BARE` (after
    a pointer of :data:`_POINTERS`) that stands for the last organisation named before ``a``."""
    word = ex.article.text[a:b]
    for pointer in _POINTERS:
        word = word.removeprefix(pointer)
    ends = _BARE.get(word)
    if ends is None:
        return None
    named = [
        m
        for m in ex.mentions
        if m.label == "Organization" and m.ref and m.end <= a and m.text.endswith(ends) and m.text != word
    ]
    if not named:
        return None
    last = max(named, key=lambda m: (m.end, m.end - m.start))
    return ex.article.span(a, b, "Organization", ref=last.ref)


#: The bare words that open a company's unit (单位 names no company).
#: (集团公司 is the group: 集团公司所属…, 集团公司机关…; it stands for a name that holds 集团.)
_COMPANY_WORDS = ("集团公司", "集团", "公司", "企业")
#: A company's unit after the bare word: its name ends in a unit's word (分厂, 车间, 甲班, 项目部).
_SUB_UNIT = rx.compile(
    r"[\u4e00-\u9fff\d]{0,30}?(?:分厂|分公司|子公司|车间|班组|班|工区|作业区|项目部|项目经理部|工段|段"
    r"|队|站|所|中心|实验室|研究院|研究所|事业部|厂)"
)


#: Words of belonging between the bare word and its unit: 集团所属…, 公司下属…, 集团旗下…
LINKS = rx.compile(r"(?:所属|下属|旗下|所辖|控股)的?")
#: A unit that opens with a company of its own (某某港务有限公司装卸一队, 某某物流公司): named as written.
OWN_COMPANY = rx.compile(r"[\u4e00-\u9fff\d]{2,30}?(?:有限责任公司|有限公司|公司)")


def _company_word(text: str) -> tuple[int, str] | None:
    """``(length of the pointer, the word and a word of belonging after it, word)`` of a bare company
    word opening ``text``."""
    skip = next((len(p) for p in _POINTERS if text.startswith(p)), 0)
    word = next((w for w in _COMPANY_WORDS if text.startswith(w, skip)), None)
    if word is None:
        return None
    link = LINKS.match(text, skip + len(word))
    return (link.end() if link else skip + len(word), word)


def _linked(text: str, a: int, start: int) -> bool:
    """Whether a word of belonging ends at ``start`` after the bare word at ``a`` (集团所属|…)."""
    return any(m.end() == start for m in LINKS.finditer(text, a, start))


def subsidiary(written: str) -> str | None:
    """The subsidiary that a bare company word and a word of belonging open ``written`` with (``集团
    所属某某有限公司``, ``公司旗下某某有限公司``), named as written from its own company on, as
    :func:`_sub_unit_name` names one: a job's unit there is that company's (:mod:`kg.extract.chains`);
    None where there is none (``集团下属第三车间``: the group's)."""
    found = _company_word(written)
    if found is None or not _linked(written, 0, found[0]) or not OWN_COMPANY.match(written, found[0]):
        return None
    return written[found[0] :]


def _sub_unit_name(text: str, a: int, start: int, b: int, company: Organization) -> str:
    """The name of the unit ``text[start:b]`` of ``company`` (module docstring): as written where a
    word of belonging precedes it and it opens with a company of its own, else with the company's
    name for the bare word."""
    if _linked(text, a, start) and OWN_COMPANY.match(text, start, b):
        return text[start:b]
    return company.name + text[start:b]


def _company_before(ex: Extraction, a: int, b: int) -> Organization | None:
    """The company that the bare word ``text[a:b]`` (a pointer and a company word) stands for: the
    last corporation named before ``a`` whose name holds the word (集团 for 某某集团有限公司, 公司 for
    某某有限公司; 企业 for any), as :mod:`kg.extract.company_refs` reads a job's unit."""
    word = _company_word(ex.article.text[a:b])
    if word is None:
        return None
    by_key = {o.key: o for o in ex.organizations}
    named = [
        m
        for m in ex.mentions
        if m.label == "Organization"
        and m.end <= a
        and m.ref in by_key
        and by_key[m.ref].kind == "Corporation"
    ]
    held = word[1].removesuffix("公司") or "公司"  # 集团公司: a name holding 集团
    named = [m for m in named if word[1] == "企业" or held in m.text]
    if not named:
        return None
    return by_key[max(named, key=lambda m: (m.end, m.end - m.start)).ref or ""]


def bare_sub_unit(ex: Extraction, a: int, b: int) -> Mention | None:
    """A new Organization mention over the unit in ``text[a:b]`` when the item is a bare company
    word and a unit's name (module docstring) after a company named before ``a``, else None."""
    text = ex.article.text
    opened = _company_word(text[a:b])
    if opened is None:
        return None
    start = a + opened[0]
    if _linked(text, a, start):  # 集团所属某某有限公司: a subsidiary the organisation layer has read
        whole = next(
            (
                m
                for m in ex.mentions
                if m.label == "Organization" and m.ref and (m.start, m.end) == (start, b)
            ),
            None,
        )
        if whole is not None and _company_before(ex, a, start) is not None:
            return whole
    if b - start < 2 or _SUB_UNIT.fullmatch(text, start, b) is None or "党" in text[start:b]:
        return None
    company = _company_before(ex, a, start)
    if company is None:
        return None
    return ex.article.span(
        start,
        b,
        "Organization",
        ref=org_key(company.jurisdiction, _sub_unit_name(text, a, start, b, company)),
    )


def sub_unit_organization(ex: Extraction, mention: Mention) -> Organization | None:
    """The organisation a :func:`bare_sub_unit` mention names: a unit of its company, in the
    company's jurisdiction; None for a mention of no such unit."""
    text = ex.article.text
    a = max(0, mention.start - 7)
    opened = next(
        (
            (start, mention.start)
            for start in range(a, mention.start)
            if (o := _company_word(text[start : mention.start])) and start + o[0] == mention.start
        ),
        None,
    )
    company = _company_before(ex, *opened) if opened else None
    if company is None:
        return None
    # resolved as the company's own jobs are (kg.extract.company_refs), or as written (集团所属某某公司…)
    name = _sub_unit_name(text, opened[0] if opened else 0, mention.start, mention.end, company)
    if mention.ref != org_key(company.jurisdiction, name):
        return None
    return Organization(mention.ref, name, "Organization", company.jurisdiction, company.key, (mention.text,))
