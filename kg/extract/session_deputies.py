"""Deputies who speak at a people's congress session: ``某市委书记甲代表说``, ``甲、乙等代表发言``.

News of a session (``省十四届人大四次会议``, ``十四届全国人大三次会议``) writes a deputy as a name
followed by 代表: after the name and the post (``某县委书记甲代表建议``) before a verb of speaking,
or a list of names that closes with ``等代表`` (``甲、乙、丙等代表先后发言``). Each is a deputy
(代表) of the congress that the session is of: the province's 省人大 in a province's session, the
全国人大 in the national one.

Not in an article that reports no session (a workers' congress's 代表 is no post), not 代表 as a
verb (``甲代表公司发言``: on behalf of) or a word (``代表团``, ``代表性``), and not a session whose
level is not written (``十四届人大二次会议`` alone).
"""

from __future__ import annotations

from kg import rx
from kg.extract.chain_orgs import resolve_org
from kg.extract.chains import post_key
from kg.model import Extraction, Holding, Mention, Organization, Post
from kg.pipeline import stage

#: A congress session, with the level of the congress before or after its term (届).
SESSION = rx.compile(
    r"(?P<level>全国|自治区|省|市|州|县|区)?[一二三四五六七八九十]{1,3}届(?P<national>全国)?人大[一二三四五六七八九十]{1,3}次会议"
)
#: The post of a deputy.
DEPUTY = "代表"
#: Verbs of speaking right after ``<name>代表``.
SPEAKING = (
    "说", "表示", "建议", "认为", "指出", "提出", "希望", "介绍", "讲述", "谈", "呼吁",
    "坦言", "发言", "直言", "感慨", "分享", "告诉", "提到", "强调", "带来",
)  # fmt: skip
#: The close of a list of deputies (``甲、乙等代表``); not 代表团, not 代表性.
_LISTED = rx.compile(r"等(?:人大)?代表(?![团性])")


def session_congress(text: str) -> str | None:
    """The congress (``省人大``, ``全国人大``) of the first session the text reports, None if it
    reports none or does not write its level."""
    m = SESSION.search(text)
    if m is None:
        return None
    if m["national"] or m["level"] == "全国":
        return "全国人大"
    return f"{m['level']}人大" if m["level"] else None


def deputies(ex: Extraction) -> list[tuple[int, int, str]]:
    """``(start, end, person key)`` of each deputy the session's news names as such."""
    text = ex.article.text
    person_at = {m.end: m for m in ex.mentions if m.label == "Person" and m.ref}
    out: list[tuple[int, int, str]] = []
    for end, person in person_at.items():
        after = end + len(DEPUTY)
        if text.startswith(DEPUTY, end) and text.startswith(SPEAKING, after) and person.ref:
            out.append((person.start, after, person.ref))
    for m in _LISTED.finditer(text):
        at = m.start()
        while (person := person_at.get(at)) is not None and person.ref:
            out.append((person.start, m.end(), person.ref))
            if person.start == 0 or text[person.start - 1] != "、":
                break
            at = person.start - 1
    return out


@stage("session_deputies", needs=("people",), adds=("organizations", "posts", "holdings", "mentions"))
def session_deputies_stage(ex: Extraction) -> Extraction:
    congress = session_congress(ex.article.text) if DEPUTY in ex.article.text else None
    found = deputies(ex) if congress else []
    parsed = resolve_org(congress, ex.home, ex) if congress and found else None
    if parsed is None:
        return ex
    leaf = parsed.organizations[-1]
    key = post_key(leaf.key, DEPUTY)
    held = {h.person for h in ex.holdings if h.post == key}
    orgs: list[Organization] = list(parsed.organizations)
    posts: list[Post] = [Post(key, leaf.name + DEPUTY, DEPUTY, leaf.key)]
    holdings: list[Holding] = []
    mentions: list[Mention] = []
    for start, end, person in found:
        if person in held:
            continue
        held.add(person)
        mention = ex.article.span(start, end, "Post", ref=key)
        mentions.append(mention)
        holdings.append(Holding(person, key, mention, DEPUTY))
    return ex.add(organizations=orgs, posts=posts, holdings=holdings, mentions=mentions)
