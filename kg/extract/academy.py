"""Academy membership is an honour, and a rank is no post.

``中国科学院院士王小明`` and ``某某科学院学部委员李华`` name members of an academy: the title grammar
reads them as ``<organisation><title>`` like any post, but membership of an academy (院士, 学部委员,
with modifiers such as 外籍 or 资深) is an academic honour that holds no office. This stage, run
after the honours stage, drops those holdings, and the posts left without a holder.

A rank is no office either: a military rank (``少将``, ``大校``, ``上尉``) or a police rank (``一级警监``,
``二级警督``) written in a chain (``某部队政治委员、少将李华``) says what rank the person holds, not
which post; so does a civil servant's graded rank written beside a post (``某镇党委书记、一级主任科员
乙``; alone, ``某委二级巡视员丙``, it is the title the text gives, and stays); the post written before it stays. The same stage drops those holdings.

An honouree keeps the holding: for a person the article honours, the academy and the title are the
job the text gives (their ``schema:jobTitle``), which the honour's record names; they are no post
there either, since an honouree's job is not scored as a post.
"""

from __future__ import annotations

from dataclasses import replace

from kg import rx
from kg.extract.titles import lexicon
from kg.model import Extraction, Holding
from kg.pipeline import stage

#: How the label of an academy membership ends (the organisation and title as resolved).
MEMBERSHIPS = ("院士", "学部委员")
#: How a talent programme's name ends before the title it gives (长江学者|特聘教授, 某某学者|教授):
#: a programme is no organisation, so the title is written bare (:mod:`kg.extract.chain_items`).
PROGRAMMES = ("学者", "学者特聘")


#: Military ranks (军衔) and police ranks (警衔), without the grade a modifier gives (一级警监: 警监).
RANKS = frozenset(
    {"元帅", "将军", "上将", "中将", "少将", "准将", "大校", "上校", "中校", "少校", "上尉", "中尉", "少尉"}
    | {"总警监", "副总警监", "警监", "警督", "警司", "警员"}
)


#: A civil servant's graded rank (职级: 一级主任科员, 二级调研员, 一级巡视员): no post beside one.
_GRADES = rx.compile(r"[一二三四]级(?:主任科员|调研员|巡视员)")


def is_rank(role: str) -> bool:
    """Is ``role`` (a post's role word: 少将, 一级警监) a military or police rank, not a post?"""
    if role in RANKS:
        return True
    mod = next((m for m in lexicon().modifiers if role.startswith(m) and len(role) > len(m)), None)
    return mod is not None and role[len(mod) :] in RANKS


def is_programme(org: str) -> bool:
    """Is ``org``, the organisation part of a chain item, a talent programme's name (长江学者特聘)?"""
    return org.endswith(PROGRAMMES)


def is_membership(label: str) -> bool:
    """Is ``label`` (a resolved post label: 中国科学院院士) a membership of an academy?"""
    return label.endswith(MEMBERSHIPS)


@stage("academy", needs=("people", "honours"), adds=("posts", "holdings", "mentions"))
def academy_stage(ex: Extraction) -> Extraction:
    members = {p.key for p in ex.posts if is_membership(p.label) or is_rank(p.role)}
    graded = {p.key for p in ex.posts if _GRADES.fullmatch(p.role)}
    beside = {h for h in ex.holdings if h.post in graded and _held_beside(ex, h, graded)}
    if not members and not beside:
        return ex
    honoured = {c.recipient for c in ex.conferrals}
    holdings = tuple(
        h for h in ex.holdings if (h.post not in members or h.person in honoured) and h not in beside
    )
    held = {h.post for h in holdings}
    dropped = {k for k in members | graded if k not in held}
    return replace(
        ex,
        holdings=holdings,
        posts=tuple(p for p in ex.posts if p.key not in dropped),
        mentions=tuple(m for m in ex.mentions if not (m.label == "Post" and m.ref in dropped)),
    )


def _held_beside(ex: Extraction, graded: Holding, grades: set[str]) -> bool:
    """Does the holder of a civil servant's graded rank hold a post in the same chain (``某镇党委
    书记、一级主任科员乙``: the rank beside the post)? A grade written alone (``某委二级巡视员丙``)
    is the one title the text gives, and stays."""
    return any(
        h.person == graded.person and h.post not in grades and h.mention.end == graded.mention.end
        for h in ex.holdings
    )
