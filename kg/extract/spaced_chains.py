"""Title chains set off from their name by one space or by a colon: captions and leader lists.

A photo caption writes ``集团党委书记、董事长 王小明`` or ``市委副书记 李华在会上讲话``: one half- or
full-width space between the chain and the name. A list of leaders writes ``市政协主席：李华`` on a
line of its own. In both the chain ends before the space or the colon (:func:`chain_end`).

An aside on how the post is held stands there too: ``副市长（挂职）王小明``.

Not a byline (``记者 王小明``, ``本报记者 王小明 摄``), not a row of names (``王小明 李华``: no title
before the space), not two spaces (a table's columns), not a colon that opens what someone says
(``市长：我们要…``, a line that goes on to a full stop), not a chain that ends a clause (a
headline's ``任命甲为某部部长 乙签署…``: the chain is stated of 甲).
"""

from __future__ import annotations

from kg import rx
from kg.extract.chains import chain_start
from kg.extract.titles import lexicon
from kg.model import Extraction

SPACES = " \u3000"
COLONS = "：:"
#: Words that end a credit, not a title chain: 记者 王小明, 通讯员 李华.
CREDITS = ("记者", "通讯员", "摄影", "摄", "编辑", "作者", "撰稿", "供图", "制图")
_BREAKS = '，,。；;：:！!？?“”"《》（）()、\n' + SPACES
_LONGEST = 12  # the longest title word looked for before the space or the colon
#: An aside between a title and its name on how the post is held (副市长（挂职）某某, 主任（兼）某某).
_HOW_HELD = rx.compile(r"[（(](?:挂职|兼职|兼|主持工作|援疆|援藏|正[处科厅局]级|副[处科厅局]级)[)）]$")


def chain_end(ex: Extraction, name_start: int, floor: int) -> int:
    """Where the title chain before the name at ``name_start`` ends: before one space or a
    leader list's colon that stands between them, or before an aside on how the post is held
    (``副市长（挂职）某某``), else at the name."""
    text = ex.article.text
    aside = _HOW_HELD.search(text, max(floor, name_start - 8), name_start)
    if (
        aside is not None
        and aside.start() > floor
        and _ends_title(text[max(floor, aside.start() - _LONGEST) : aside.start()])
    ):
        return aside.start()
    mark = name_start - 1
    if mark <= floor or text[mark] not in SPACES + COLONS or text[mark - 1] in _BREAKS:
        return name_start
    head = text[max(floor, mark - _LONGEST) : mark]
    if head.endswith(CREDITS) or not _ends_title(head):
        return name_start
    if text[mark] in COLONS and not _list_line(text, floor, mark):
        return name_start
    return mark if _opens_clause(ex, floor, mark) else name_start


def _opens_clause(ex: Extraction, floor: int, mark: int) -> bool:
    """Does the chain before ``mark`` open its clause (``9月25日，市委书记 某某``), not end one
    (a headline's ``任命甲为某部部长 乙签署…``: the chain is 甲's)?"""
    text = ex.article.text
    start = chain_start(ex, mark, floor)
    clause = max(floor, *(text.rfind(c, floor, start) + 1 for c in _BREAKS))
    return start < mark and not text[clause:start].strip(SPACES)


def _ends_title(head: str) -> bool:
    lex = lexicon()
    if not lex.may_end_title(head[-1]):
        return False
    return any(lex.is_title(head[k:]) for k in range(len(head) - 2, -1, -1))


def _list_line(text: str, floor: int, colon: int) -> bool:
    """Is the colon on a leader list's line: the line opens with the chain and goes on to no full stop?"""
    line_start = text.rfind("\n", 0, colon) + 1
    if text[line_start:floor].strip(SPACES):
        return False  # the chain does not open the line: 会议指出：…
    line_end = text.find("\n", colon)
    rest = text[colon : line_end if line_end >= 0 else len(text)]
    return not any(c in rest for c in "。！？!?")
