"""The institution an article is about, for titles and units written without it.

A school's, a hospital's or a company's own news writes its units and posts without its name:
``校党委书记`` (the university's party committee), ``医院心血管内科主任``, ``院长王小明`` in a
hospital's news, ``总经理李华`` in a company's, ``局长王明`` in a bureau's. The institution is the most mentioned top-level
organisation of its kind (at least twice, first seen on a tie); a bare title is its post only when
the title is the head of such an institution (院长 of a 医院, 校长 of a 大学) and nothing else in
the chain or the sentence names an organisation.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Extraction, Organization

#: Words that stand for the article's own institution, and the name endings of that institution.
OWN_WORDS = {
    "校": ("大学", "学院", "学校", "中学", "小学"),
    "学校": ("大学", "学院", "学校", "中学", "小学"),
    "医院": ("医院",),
    "院": ("医院",),
    "研究院": ("研究院",),
    "研究所": ("研究所",),
}
#: One-character words for a paper's, a station's or a museum's own institution; these stand for
#: it only before one of its party organs (``社党委``, ``台党组``, ``馆党支部``): 社会, 社保, 台风 do not.
OWN_ORGAN_WORDS = {
    "社": ("日报社", "报社", "通讯社", "出版社", "杂志社"),
    "台": ("电视台", "广播电台"),
    "馆": ("博物馆", "图书馆", "纪念馆", "美术馆", "文化馆", "科技馆"),
}
_ORGANS = ("党委", "党组", "党总支", "党支部", "纪委")
#: Bare titles that head an institution, and the name endings of the institutions they head.
HEADS = {
    "校长": ("大学", "学院", "学校", "中学", "小学"),
    "院长": ("医院", "学院", "研究院"),
    "董事长": ("公司", "集团"),
    "总经理": ("公司", "集团"),
    # a company's chief officers, who head no institution but are a company's only
    "总工程师": ("公司", "集团"),
    "总经济师": ("公司", "集团"),
    "总会计师": ("公司", "集团"),
    "总法律顾问": ("公司", "集团"),
    # and the officers and the board a company's notice lists under their title (副总经理：某某先生)
    **dict.fromkeys(
        ("副董事长", "副总经理", "总裁", "副总裁", "财务总监", "董事会秘书", "证券事务代表")
        + ("董事", "独立董事", "非独立董事", "职工董事"),
        ("公司", "集团"),
    ),
    "局长": ("局",),
    "社长": ("日报社", "报社", "出版社", "杂志社"),
    "总编辑": ("日报社", "报社", "出版社", "杂志社"),
    "台长": ("电视台", "广播电台"),
    "馆长": OWN_ORGAN_WORDS["馆"],
    "团长": ("杂技团", "歌舞团", "艺术团", "剧团", "乐团", "合唱团"),
}
_MODIFIERS = ("常务副", "副")
#: Heads of the institutions of :data:`OWN_ORGAN_WORDS` and of a troupe: an article names one.
_OWN_HEADS = ("社长", "总编辑", "台长", "馆长", "团长")


def most_mentioned(ex: Extraction, keep: Callable[[Organization], bool]) -> str | None:
    """The name of the most mentioned top-level organisation that ``keep`` accepts (at least two
    mentions; ties: the first seen in the text), None if there is none.

    A short form that the tagger marks as an organisation and that opens the name of one of them
    only (某某动力 of 某某动力电池股份有限公司, in the headline or the text) is a mention of it; the
    organisation the lead names first (the headline, else the first sentence of the body: the
    company whose meeting the article reports) counts once more, so a partner named twice later
    does not take its place."""
    orgs = {o.key: o for o in ex.organizations if o.parent is None and keep(o)}
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in ex.mentions:
        if m.label != "Organization":
            continue
        ref = m.ref if m.ref in orgs else _short_of(m.text, orgs) if m.ref is None else None
        if ref is not None:
            counts[ref] = counts.get(ref, 0) + 1
            first[ref] = min(first.get(ref, m.start), m.start)
    if not counts:
        return None
    lead = min(first, key=lambda k: first[k])
    if first[lead] < _lead_end(ex):
        counts[lead] += 1
    best = max(counts, key=lambda k: (counts[k], -first[k]))
    return orgs[best].name if counts[best] >= 2 else None


#: Fewest characters of a short form (two: the trade name alone, 某某).
_SHORT_MIN = 2


def _short_of(text: str, orgs: dict[str, Organization]) -> str | None:
    """The key of the only organisation of ``orgs`` whose name ``text`` opens and is shorter than."""
    if len(text) < _SHORT_MIN:
        return None
    found = [k for k, o in orgs.items() if o.name.startswith(text) and len(o.name) > len(text)]
    return found[0] if len(found) == 1 else None


def _lead_end(ex: Extraction) -> int:
    """Where the lead ends: the headline's end, else the end of the body's first sentence."""
    art = ex.article
    if art.headline and art.body_start > 0:
        return art.body_start
    return art.sentence(art.body_start)[1] if art.text else 0


def home_org(ex: Extraction, ends: tuple[str, ...]) -> str | None:
    """The name of the most mentioned top-level organisation ending in ``ends``
    (:func:`most_mentioned`)."""
    return most_mentioned(ex, lambda o: o.name.endswith(ends))


def own_unit(ex: Extraction, text: str) -> str:
    """``校党委`` -> ``某某大学党委`` in the university's own news (``社党委`` in a paper's);
    ``text`` unchanged otherwise."""
    for word, ends in OWN_WORDS.items():
        rest = text[len(word) :]
        if (
            text.startswith(word)
            and (rest or len(word) > 1)
            and not rest.startswith(("长", "区", "友", "外"))
        ):
            home = home_org(ex, ends)
            if home and not text.startswith(home):
                return home + rest
    ends = OWN_ORGAN_WORDS.get(text[:1])
    if ends and text[1:].startswith(_ORGANS):
        home = home_org(ex, ends) or _only_org(ex, ends)
        if home:
            return home + text[1:]  # 社党委 in a paper's own news
    return text


def _only_org(ex: Extraction, ends: tuple[str, ...]) -> str | None:
    """The name of the only top-level organisation (or organisation written) ending in ``ends`` (or
    the unit of a party organ read whole, 某某日报社党委), None if none, several, or another of its
    kind (ending in the same character) besides it."""
    # the tagger's names too: the organisations are not all resolved yet (rare: only for 社党委)
    written = (
        *(m.text for m in ex.mentions if m.label == "Organization"),
        *(t.text for t in ex.tokens if t.tag == "ORG"),
    )
    names = {_unit_of(n) for n in (*written, *(o.name for o in ex.organizations if o.parent is None))}
    # any other of the kind blocks it: a delegation (代表团) besides a troupe, a hostel (宾馆)
    kind = tuple({e[-1] for e in ends})
    names = {n for n in names if n.endswith(kind) and not n.endswith("集团") and len(n) > _SHORT_MIN}
    return names.pop() if len(names) == 1 and next(iter(names)).endswith(ends) else None


def _unit_of(name: str) -> str:
    organ = next((o for o in _ORGANS if name.endswith(o)), "")
    return name[: len(name) - len(organ)]


def head_home(ex: Extraction, role: str) -> str | None:
    """The article's institution that the bare title ``role`` heads (院长 -> the hospital)."""
    for mod in _MODIFIERS:
        if role.startswith(mod):
            role = role[len(mod) :]
            break
    ends = HEADS.get(role)
    if not ends:
        return None
    # a paper's, a station's or a museum's own news names it once: its only one is its own
    own = role in _OWN_HEADS and _only_org(ex, ends)
    return home_org(ex, ends) or own or None
