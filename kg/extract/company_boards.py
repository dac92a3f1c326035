"""A company's board and its term, read as the company writes its posts.

A listed company's news writes the board's term before it (``公司第四届董事会非独立董事``,
``第五届监事会主席``): the term is no part of the organ, which is the company's 董事会 or 监事会.
The board's chair and its secretary hold posts of the company itself (``公司第五届董事会董事长`` is
the company's 董事长; a ``董事会秘书`` is one of its senior managers), though the title grammar reads
董事会 as the organisation there (``董事会|秘书``).
"""

from __future__ import annotations

from kg import rx

#: A board's term before its name: 第五届董事会, 第十一届监事会.
_TERM = rx.compile(r"第[一二三四五六七八九十百零〇\d]+届(?=董事会|监事会)")
#: Roles on a board that are the company's own posts, with the title each is written as.
_OF_COMPANY = {"董事长": "董事长", "副董事长": "副董事长", "秘书": "董事会秘书"}
#: The board's name.
BOARD = "董事会"


def company_board(org: str, role: str) -> tuple[str, str]:
    """The organisation and the role of ``role`` at ``org`` once the board's term is left out and
    the board's chair and secretary are the company's (``某某公司第五届董事会``, ``董事长``: the
    company and 董事长; ``某某公司董事会``, ``秘书``: the company and 董事会秘书)."""
    org = _TERM.sub("", org)
    if org.endswith(BOARD) and role in _OF_COMPANY:
        return org[: -len(BOARD)], _OF_COMPANY[role]
    return org, role
