"""Who is present at a meeting, read from what is said and announced there.

Grammar:
- what a meeting announces names people who are not, by that, present: in ``会议宣布，王小明任
  某某局局长`` and ``李华宣读了关于王小明任职的决定`` the appointee is the object of 宣布/宣读, and
  in ``会议通报了王小明严重违纪违法案`` the one whose case is reported, of 通报;
  a person named after such a verb is present only where a verb of attendance follows the
  person in the same clause (``…，王小明作表态发言``). The one who announces, before the verb,
  is present (``李华宣布…``);
- a speaker at the meeting: a person who answers questions, explains or sums up (``就…作了
  回答``, ``回答了股东提问``, ``作说明``, ``作总结``, ``表态``) in a sentence told of the meeting;
- a person quoted (``某某表示，…``, ``某某建议，…``, ``某某希望政府…``, ``某某谈到了…``; not ``提出建议，``: a noun) is present where the words before the speech verb place
  the speaker at an event (``在会上``, ``在座谈会上``, ``在致辞中``), or where the sentence follows,
  in the same paragraph, the sentence that names the meeting and the quote's opening tells of no
  other time or occasion (``在接受采访时``, ``此前``, a date): ``某公司召开年度股东大会。董事长王小明
  表示，…``; so on a tour, after the sentence that tells its people somewhere (``在某村，甲察看了
  茶园。村党支部书记乙介绍，…``: 乙 briefs the leader there). A quote anywhere else (a later
  paragraph, after a sentence of other matters) adds no one;
- a stance taken on what the meeting announced (``王小明表示，坚决拥护中央决定``, ``完全赞同``,
  ``坚决服从组织安排``) is a 表态 made at that meeting, in any paragraph: its speaker is present.
  Support told of as a past or a general matter (``一贯拥护``, ``群众拥护``) opens no such quote.
"""

from __future__ import annotations

import re

from kg import rx
from kg.model import Mention, clause_end

#: Verbs that announce: a person named after them is the announced, not one who attends (the one
#: a case is reported of: ``会议通报了某某严重违纪违法案``).
ANNOUNCING = rx.compile(r"宣布|宣读|通报了?")
#: Verbs of a speaker at a meeting: answering, explaining, summing up, stating a position.
SPOKEN_AT = (
    r"作了?(?:回答|说明|总结|表态|回应)|作出回应|(?:逐一|一一|现场)(?:回应|作答|解答)"
    r"|回答了?[^，。；]{0,16}?(?:提问|问题)|表态"
    r"|(?<![要将需应请])(?:围绕|就)[^，。；]{1,20}?提出了?[^，。；]{0,6}?(?:建议|意见)(?=[。；])"
)
#: A stance on what the meeting announced, opening the quote (坚决拥护中央决定, 完全服从组织安排).
_STANCE = rx.compile(r"(?:坚决|完全|衷心|诚恳)?(?:拥护|赞同|服从)[^，。；]{0,8}?(?:决定|安排|部署)")
#: Where a clause ends.
_CLAUSE_END = "，；：。！？\n"
#: A quote's opening: the speaker (a title and a name, or more) and the speech verb, after 会上，;
#: a seat in a congress or a conference may stand before a comma (区政协委员，某镇镇长甲建议，), a
#: mark of gender or nationality after the name (某某（女，门巴族）说).
_QUOTE_HEAD = rx.compile(
    r"(?:在?会上，)?(?:[^，。；：“”]{2,12}?(?:委员|代表)，)?(?:[^，。；：“”（）]|（[^（）\n]{1,8}）){2,30}?(?:(?:表示|说|指出|强调|认为|介绍|坦言|谈到|提出|呼吁|提议)[，：]|(?<![出的])(?:建议|希望|呼吁)(?![。；])|谈到了)"
)
#: A place in a meeting, before a speech verb (在会上, 在座谈会上, 会上).
_AT_MEETING = rx.compile(r"(?<![社机])会上")
#: What tells of another time or occasion in a quote's opening (在接受采访时, 此前, 去年).
_OTHER_TIME = rx.compile(
    r"时|采访|此前|之前|曾|去年|当年|后来|近日|日前|[\d〇零一二三四五六七八九十]+[年月日号]"
)


def announced(text: str, s: int, e: int, person: Mention, attend: re.Pattern[str]) -> bool:
    """Is ``person`` (in the sentence ``[s, e)``) named after a verb that announces, with no verb
    of attendance (``attend``, other than the announcing one) after it in its clause?"""
    verb = ANNOUNCING.search(text, s, person.start)
    if verb is None:
        return False
    end = clause_end(text, person.end, _CLAUSE_END, e)
    return not any(ANNOUNCING.fullmatch(m.group(0)) is None for m in attend.finditer(text, person.end, end))


def speakers(
    text: str, s: int, e: int, people: list[Mention], attend: re.Pattern[str], after_meeting: bool
) -> list[str]:
    """The people of the quote's opening (``董事长王小明表示，``) that starts the sentence ``[s, e)``,
    present at the meeting spoken of: all of them where the opening places them at an event (a
    verb of attendance, ``在会上``); the one speaker where ``after_meeting`` (the sentence follows,
    in its paragraph, the one that names the meeting) and the opening tells of no other time; else
    none (and none where the sentence opens with no quote)."""
    head = _QUOTE_HEAD.match(text, s, e)
    inside = [p for p in people if head and s <= p.start < head.end() and p.ref]
    if head is None or not inside:
        return []
    opening = head.group(0)
    if attend.search(opening) or _AT_MEETING.search(opening) or _STANCE.match(text, head.end(), e):
        return [p.ref for p in inside if p.ref]
    # a name is no word of time (曾 is a surname too): the opening is read without the speaker's name
    bare = opening.replace(inside[0].text, "")
    if not after_meeting or len(inside) != 1 or _OTHER_TIME.search(bare) or not inside[0].ref:
        return []
    return [inside[0].ref]
