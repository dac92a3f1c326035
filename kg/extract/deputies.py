"""A deputy written bare at the start of the sentence after its head's post.

``某省人大常委会主任甲主持会议。副主任乙、丙出席。``: the bare 副主任 opening the next sentence is
of the organisation whose head (主任) the previous sentence named last; so are 副书记 after a
书记 and 副主席 after a 主席 (:func:`deputy_org`).

Not another title (``秘书长丁出席``: not that organisation's head's deputy), not a deputy of
another head (``副市长乙`` after a 主任), not across a paragraph break, and not when the deputy
is not the first words of the sentence (``会上，副主任乙…`` keeps the ordinary rules).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.model import Extraction, Organization

if TYPE_CHECKING:
    from kg.extract.chains import ResolvedPost

#: The marks of a deputy before the head's role, longest first.
DEPUTY_MARKS = ("常务副", "副")


def deputy_org(
    ex: Extraction, sentence: tuple[int, int], posts: list[ResolvedPost]
) -> tuple[Organization, ...] | None:
    """The organisation of the last post of the previous sentence (``posts``) when ``sentence``
    opens with a deputy of that post's role in the same paragraph; None otherwise."""
    if not posts:
        return None
    last = posts[-1]
    text = ex.article.text
    if "\n" in text[last.item.end : sentence[0]] or last.role.startswith(DEPUTY_MARKS):
        return None
    opens = text[sentence[0] : sentence[0] + 3 + len(last.role)]
    if any(opens.startswith(mark + last.role) for mark in DEPUTY_MARKS):
        return last.orgs
    return None
