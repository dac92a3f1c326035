"""Leaders named before the group they lead.

``成立以县委书记甲为组长、县长乙为副组长的某某工作领导小组``: the group's name comes after 的, so
no chain before a name reaches it. Each name right before ``为`` and a group title (组长, 副组长,
总指挥, 主任…) holds that title in the group named after the 的 that closes the 以…为… phrase.
``以甲为代表的企业家`` (代表 is no title) and ``以市场为导向的委员会`` (no name before 为) give none.
"""

from __future__ import annotations

from kg import rx
from kg.extract.chain_orgs import resolve_org
from kg.extract.chains import post_key
from kg.model import Extraction, Holding, Mention, Organization, Post
from kg.pipeline import stage

#: Titles a person may be given in a group, as ``甲为组长`` states them (longest first).
GROUP_TITLES = (
    "常务副组长", "第一副组长", "第一组长", "副组长", "组长",
    "副总指挥", "总指挥", "副指挥长", "指挥长", "副主任", "主任", "召集人",
)  # fmt: skip
#: The last words of a group's name after the 的.
GROUP_ENDS = ("领导小组", "工作小组", "指挥部", "工作专班", "委员会")
#: ``以…为…的<group>``: the phrase of one sentence, the group's name after its last 的.
_PHRASE = rx.compile(
    r"以(?P<body>[^。；！？\n]{3,120}?)的(?P<group>[\u4e00-\u9fff]{2,30}?(?:" + "|".join(GROUP_ENDS) + "))"
)
_STATED = rx.compile("为(" + "|".join(GROUP_TITLES) + ")(?=[、，,和及]|$)")


def group_holdings(ex: Extraction) -> list[tuple[int, int, str, str, str]]:
    """``(start, end, person key, title, group name)`` of each leader that a ``以甲为组长…的某某
    领导小组`` phrase states; the span runs from the name to the end of its title."""
    text = ex.article.text
    if "为" not in text or "以" not in text or not any(end in text for end in GROUP_ENDS):
        return []
    person_at = {m.end: m for m in ex.mentions if m.label == "Person" and m.ref}
    out: list[tuple[int, int, str, str, str]] = []
    for m in _PHRASE.finditer(text):
        body_start = m.start("body")
        body = m.group("body")
        for s in _STATED.finditer(body):
            at = body_start + s.start()
            person = person_at.get(at)
            if person is not None and person.ref is not None:
                out.append((person.start, body_start + s.end(), person.ref, s.group(1), m.group("group")))
    return out


@stage("group_leaders", needs=("people",), adds=("organizations", "posts", "holdings", "mentions"))
def group_leaders_stage(ex: Extraction) -> Extraction:
    found = group_holdings(ex)
    if not found:
        return ex
    orgs: list[Organization] = []
    posts: list[Post] = []
    holdings: list[Holding] = []
    mentions: list[Mention] = []
    held = {(h.person, h.post) for h in ex.holdings}
    for start, end, person, title, group in found:
        parsed = resolve_org(group, ex.home, ex)
        if parsed is None:
            continue
        leaf = parsed.organizations[-1]
        key = post_key(leaf.key, title)
        if (person, key) in held:
            continue
        held.add((person, key))
        orgs.extend(parsed.organizations)
        posts.append(Post(key, leaf.name + title, title, leaf.key))
        mention = ex.article.span(start, end, "Post", ref=key)
        mentions.append(mention)
        holdings.append(Holding(person, key, mention, title))
    return ex.add(organizations=orgs, posts=posts, holdings=holdings, mentions=mentions)
