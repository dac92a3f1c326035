"""A three-character name the tagger reads as a verb, right after a title and before what the
person does at a meeting.

Grammar: a meeting report writes ``title + name + verb of acting`` (``主任甲乙丙宣读决定``,
``部长甲乙丙主持会议``, ``书记甲乙丙出席并讲话``, ``主任甲乙丙代表常委会作报告``, ``副县长甲乙丙
作总结``). Some names are ordinary words to the tagger (a given name that is a verb or an
adjective: 立志, 雅丽 after the surname), so the name is lost and the person with it. Three
characters that open with a surname, between a title and a verb of acting, are a name when:

- the tagger reads them as one word, and alone as a name (``屈雅宁`` read as a verb in the
  sentence, as a name by itself); or
- the tagger reads the surname as a word of its own and the rest as one content word (曾|立志), that
  word is no verb of acting itself, and the article writes the three characters again (a name
  recurs: in the headline, ``所作的工作报告``). ``主任曾主持会议`` (主持 acts), ``局长曾多次出席``
  (one adverb), ``书记高标准推进`` (no name alone, no verb of acting after) are no names.
"""

from __future__ import annotations

from kg.extract.joined_titles import tokens_near
from kg.extract.name_runs import reads_as_name
from kg.model import Token

#: What someone named after a title does at a meeting, as the tagger's word of its own.
ACTING = frozenset(
    {
        "宣读",
        "主持",
        "出席",
        "讲话",
        "致辞",
        "发言",
        "作",
        "代表",
        "介绍",
        "汇报",
        "通报",
        "传达",
        "部署",
        "点评",
        "总结",
        "宣布",
    }
)
#: The tagger's tags of a content word that a given name can be (立志, 雅丽, 建平).
_CONTENT = frozenset({"v", "a", "n", "vn", "an"})


def speaking_name(text: str, tokens: tuple[Token, ...], start: int) -> bool:
    """Whether the three characters at ``start`` (after a title, opening with a surname: the
    caller checks) are a name the tagger read as a word (module docstring)."""
    end = start + 3
    near = tokens_near(tokens, start, end + 1)
    after = next((t for t in near if t.start == end), None)
    if after is None or not (after.text in ACTING or after.text[:2] in ACTING):  # 主持会议: one word
        return False
    inside = [t for t in near if t.start < end and start < t.end]
    if not inside or inside[0].start != start or inside[-1].end != end:
        return False  # a word runs across the name's edge
    cand = text[start:end]
    if len(inside) == 1:
        return inside[0].tag != "PER" and reads_as_name(cand)
    rest = inside[1:]
    return (
        len(rest) == 1
        and rest[0].tag in _CONTENT
        and rest[0].text not in ACTING
        and text.count(cand) >= 2  # a name recurs; a verb phrase read there once does not
    )
