"""Signings by named signers: ``甲与乙代表双方签署战略合作框架协议``.

Grammar: two persons of the article joined by 与/和/同 (the second may have its title chain before
it: ``甲与某某集团总经理乙``), or one and each of several (``甲分别与某公司董事长乙、某公司总经理丙``), then what they sign for (``代表双方``, ``代表两市``, ``分别代表…``,
at most a short clause), 共同 or 正式 if written, a verb of signing (签署, 签订, 签约, 签下) and the
document (``…协议``, ``协议书``, ``备忘录``, ``合同``, ``意向书``, or a title in 《》). The signing is
an event of its own, named by the document and 签约 (``战略合作框架协议签约``), dated by its
sentence (not by a year in the document's title); the two signers attend it. A signing told at an
event told before (``会上，``, ``仪式上，``, ``在推介会上，``) is a part of that event. So are the
projects signed on site at an event told before, with no agreement named (``现场签约项目12个。
其中，甲与乙签约某某项目；丙与丁签约…``: the event's attendees sign them); a project signed with no
such word is no event of its own.

Counter-examples: one person and an organisation (``甲与某某公司签署协议``: no second signer
named), a signing planned or to come (``将签署``, ``拟签订``, ``签署后``), a document that is no
agreement (``签署意见``, ``签订目标责任书``), and a signing named
already in its paragraph before it (``会见后，举行了项目签约仪式。甲与乙代表双方签署…；丙与丁签署…``:
the ceremony's signers, who attend it), or by the signing before it there (one event for the pairs
of a signing).
"""

from __future__ import annotations

from kg import rx
from kg.extract.dates import date_near
from kg.extract.event_merge import Draft
from kg.extract.event_places import place_in
from kg.model import Extraction, Mention

#: What the two signers sign for, then the verb and the document: 代表双方签署了《某某协议》.
SIGNS = rx.compile(
    r"(?:(?:分别)?代表[^，。；\n]{1,12}?)?(?:共同|正式|现场)?(?:签署|签订|签约|签下)了?"
    r"(?P<doc>《[^》\n]{2,60}》|[^，。；、\n《》]{0,24}?(?:协议书?|备忘录|合同书?|意向书))"
)
#: Two sides' signers who sign for them with no document named (甲与乙代表双方签约。): the signing
#: of the agreement told before.
SIGN_FOR = rx.compile(r"(?:分别)?代表[^，。；\n]{1,12}?(?:签约|签字)(?=[。；，\n])")
#: An event's name that is a signing ceremony (签约仪式, 签字仪式, 签约活动).
_CEREMONY = rx.compile(r"签(?:约|字|署)(?:仪式|活动)")
#: What lies between two organisations that sign and the verb: a day, a place (13日在广州).
_ORG_BETWEEN = rx.compile(r"[^，。；、\n“”《》]{0,14}?(?=(?:正式|共同)?(?:签署|签订))")
#: A project signed (甲与乙签约某某项目): a signing of an event told before, never one of its own.
SIGNS_PROJECT = rx.compile(r"(?:现场)?签约了?(?P<doc>[^，。；、\n《》]{2,30}?项目)")
#: A paragraph's word that the projects were signed on site at the event it tells (现场签约项目12个,
#: 现场共签约, 12个项目现场签约, 集中签约项目).
ON_SITE = rx.compile(r"现场(?:共|集中)?签约|项目现场签约|集中签约")
#: Words before the verb that tell a signing not done (将签署, 拟签订, 计划签约).
NOT_DONE = ("将", "拟", "计划", "准备", "即将", "有望")
#: A sentence that opens at an event told before (会上，, 仪式上，, 在推介会上，, 活动中，): a signing
#: there is a part of that event, whose attendees the signers are.
AT_EVENT = rx.compile(r"[ \u3000]*在?[^，。；\s]{0,10}?(?:会|仪式|典礼|会议|活动|论坛)(?:上|中|期间)[，,]")
#: What joins the two signers.
JOINS = ("与", "和", "同")


def signings(ex: Extraction, found: list[Draft]) -> list[Draft]:
    """The signings of two named signers (module docstring) that no event of ``found`` names."""
    text = ex.article.text
    people = sorted((m for m in ex.mentions if m.label == "Person" and m.ref), key=lambda m: m.start)
    out: list[Draft] = []
    out += _organisations_sign(ex, found)
    out += _sides_sign(ex, [*found, *out])
    for first, others in _pairs(text, people):
        second = others[-1]  # 甲分别与乙、丙签订…: the verb after the last counterpart
        if SIGN_FOR.match(text, second.end):  # 甲与乙代表双方签约。: the signing told before
            told = [
                ev
                for ev in (*found, *out)
                if (ev.trigger == "签约" or _CEREMONY.search(ev.name)) and ev.start < first.start
            ]
            for ev in told[-1:]:
                _attend(ev, first, *others)
            continue
        m = SIGNS.match(text, second.end) or SIGNS_PROJECT.match(text, second.end)
        if m is None or text[second.end : m.start("doc")].startswith(NOT_DONE):
            continue
        s, e = ex.article.sentence(first.start)
        before = text.rfind("\n", 0, s) + 1  # the paragraph's start
        host = _host(text, before, s, found) if m.re is SIGNS_PROJECT else None
        if host is not None:  # 现场签约项目12个。其中，甲与乙签约某某项目: the event's signers
            _attend(host, first, *others)
            continue
        if AT_EVENT.match(text, s) or m.re is SIGNS_PROJECT:
            continue  # 会上，甲与乙签署了…: a part of the meeting; a project signed: no event of its own
        opened = _opened_at(text, s, found)
        if opened is not None:  # 签约仪式上，甲与乙签署…；丙与丁签署…: the ceremony's signers too
            _attend(opened, first, *others)
            continue
        told = [
            ev for ev in (*found, *out) if before <= ev.start < e and ("签" in ev.name or "协议" in ev.name)
        ]
        if told:  # a signing ceremony found before in its paragraph (举行了签约仪式。甲与乙…；丙与丁…)
            _attend(told[-1], first, *others)
            continue
        doc = m.group("doc").strip("《》")
        date = date_near(ex, s, m.start("doc"))  # not 2025—2027年 of the document's title
        ev = Draft(f"{doc}签约", "Meeting", first.start, m.end(), "签约", date, place_in(ex, s, e))
        _attend(ev, first, *others)
        out.append(ev)
    return out


def _attend(ev: Draft, *signers: Mention) -> None:
    """The signers attend ``ev`` (each once)."""
    ev.attendees += [r for r in dict.fromkeys(m.ref or "" for m in signers) if r and r not in ev.attendees]


def _organisations_sign(ex: Extraction, found: list[Draft]) -> list[Draft]:
    """The signings of two organisations of the body joined by 与/和/同 (``某省人民政府与某某集团有限
    公司13日在广州签署战略合作协议``), named by the document and 签约 and dated by their sentence;
    none where ``found`` names one of that name or a signing ceremony already, or where the
    sentence opens at an event told before (``会上，``: a part of it)."""
    text = ex.article.text
    orgs = sorted(
        (m for m in ex.mentions if m.label == "Organization" and m.start >= ex.article.body_start),
        key=lambda m: m.start,
    )
    out: list[Draft] = []
    for first, second in zip(orgs, orgs[1:], strict=False):
        if text[first.end : second.start] not in JOINS:
            continue
        verb = _ORG_BETWEEN.match(text, second.end)
        doc = SIGNS.match(text, verb.end()) if verb else None
        if verb is None or doc is None or text[second.end : verb.end()].startswith(NOT_DONE):
            continue
        if (ev := _signing(ex, doc.group("doc"), first.start, doc.end(), [*found, *out])) is not None:
            out.append(ev)
    return out


def _signing(ex: Extraction, doc: str, start: int, end: int, found: list[Draft]) -> Draft | None:
    """The signing of ``doc`` told at ``start``–``end``, named by the document and 签约 and dated by
    its sentence; None where ``found`` names one of that name or a signing ceremony already (出席签约
    仪式: the signing is that ceremony), or where its sentence opens at an event told before (``会上，
    甲局与乙公司签署…``: a part of that event)."""
    name = f"{doc.strip('《》')}签约"
    if any(ev.name == name or _CEREMONY.search(ev.name) for ev in found):
        return None
    s, e = ex.article.sentence(start)
    if AT_EVENT.match(ex.article.text, s):
        return None
    return Draft(name, "Meeting", start, end, "签约", date_near(ex, s, e), place_in(ex, s, e))


#: The sides of talks told before signing (会见前，双方签署《某某协议》): a signing of its own; the
#: sides open the clause (not 甲与乙代表双方签署…, a pair's signing).
SIDES_SIGN = rx.compile(
    r"(?<![^，。；：\n\u3000 ])(?:双方|两地|两市|两省|两家)(?:正式|共同|现场)?(?:签署|签订)了?"
    r"(?P<doc>《[^》\n]{2,60}》|[^，。；、\n《》]{0,24}?(?:协议书?|备忘录|合同书?|意向书))"
)


def _sides_sign(ex: Extraction, found: list[Draft]) -> list[Draft]:
    """The signing of the two sides of a meeting told before, by their word (``会见前，双方签署
    《战略合作框架协议》``), named by the document and 签约 and dated by its sentence; its signers
    (``甲与乙代表双方签约``) and witnesses attend it. None where ``found`` names a signing of that
    name or a signing ceremony already, or where the sentence opens at the event (``会上，``: a part
    of it)."""
    text = ex.article.text
    out: list[Draft] = []
    for m in SIDES_SIGN.finditer(text, ex.article.body_start):
        s, e = ex.article.sentence(m.start())
        if "。" not in text[s:e]:
            continue  # a subheadline sums up the body
        if (ev := _signing(ex, m.group("doc"), m.start(), m.end(), [*found, *out])) is not None:
            out.append(ev)
    return out


def _host(text: str, paragraph: int, clause: int, found: list[Draft]) -> Draft | None:
    """The meeting of ``found`` told last before ``clause`` where its paragraph says, before the
    clause or in it, that projects were signed on site (:data:`ON_SITE`); None elsewhere."""
    end = min((i for c in "。；\n" if (i := text.find(c, clause)) >= 0), default=len(text))
    if ON_SITE.search(text, paragraph, end) is None:
        return None
    told = [ev for ev in found if ev.start < clause and ev.kind == "Meeting" and ev.trigger != "签约"]
    return told[-1] if told else None


def _opened_at(text: str, clause: int, found: list[Draft]) -> Draft | None:
    """The event of ``found`` that the sentence of the clause at ``clause`` opens at, where that
    clause follows a semicolon (``签约仪式上，甲与乙签署…；丙与丁签署…``: 签约仪式 names it); None
    where the sentence opens at none, or at one that ``found`` does not name."""
    start = max(text.rfind(c, 0, clause) for c in "。！？\n") + 1
    if start >= clause or text[clause - 1] != "；":
        return None
    m = AT_EVENT.match(text, start)
    if m is None:
        return None
    word = (
        text[start : m.end()].strip(" \u3000，,在").removesuffix("上").removesuffix("中").removesuffix("期间")
    )
    named = [ev for ev in found if ev.start < start and word and ev.name.endswith(word)]
    return named[-1] if named else None


def _pairs(text: str, people: list[Mention]) -> list[tuple[Mention, tuple[Mention, ...]]]:
    """Two persons joined by 与/和/同, the second after its title chain if any (no other person,
    no mark of a clause between them); or one who signs with each of several (``甲分别与某公司董事长
    乙、某公司总经理丙签订…``): the first and its counterparts, in text order."""
    out: list[tuple[Mention, tuple[Mention, ...]]] = []
    for i, (first, second) in enumerate(zip(people, people[1:], strict=False)):
        between = text[first.end : second.start]
        each = between.startswith(_EACH)
        if (
            not (between.startswith(JOINS) or each)
            or any(c in between for c in "，。；：、\n")
            or len(between) > 24
        ):
            continue
        others = [second]
        for later in people[i + 2 :] if each else ():  # 、某公司总经理丙: the next counterpart
            gap = text[others[-1].end : later.start]
            if not gap.startswith("、") or any(c in gap for c in "，。；：\n") or len(gap) > 24:
                break
            others.append(later)
        if each and len(others) < 2:
            continue  # 甲、乙分别与丙签署…: each of the first with one, told as one signing elsewhere
        out.append((first, tuple(others)))
    return out


#: One who signs with each of several: 分别与.
_EACH = tuple(f"分别{join}" for join in JOINS)
