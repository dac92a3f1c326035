"""The home of an article about a delegation led out: ``市委书记甲率某市党政代表团赴某市考察交流``.

A paper that reports its own city's delegation going to another place names that place at least as
often as its own (``在某市期间``, ``某市委书记陪同``), so the most mentioned city may be the host. A
division named right after a verb of leading (``率``, ``率领``, ``带领``) and right before
``代表团`` that then goes somewhere (``赴``, ``前往``, ``到``) is the article's home instead: its
leader's city, whose bare ``市委书记`` leads the delegation.

Not a delegation that comes (``某市党政代表团来我市考察``: the host's paper, whose home stands), not
one that no one is said to lead (``太原市代表团赴晋中市考察``: the most mentioned city stands), not a
division that names no city or province (a county's delegation keeps the ordinary home), and not a
delegation named without a division (``率我市党政代表团``).

A delegation received is the guest's, never the home's (:func:`delegation_guest`): where the host
is written by a bare title (``市委书记甲会见了乙率领的某市党政代表团一行``), or the delegation comes
to the paper's own division (``某省某市党政代表团来我市考察交流``), the host's own paper speaks, and the guest's city, however often named (its leader's words, 某市企业, 某市市民), is no
home: the article's home is found among the other divisions it names.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg import rx
from kg.extract.divisions import Division

#: A delegation going out: the group word, a short gap (dates, 一行) and a verb of going.
GOING_OUT = rx.compile(
    r"(?:党政|考察|友好)?代表团(?:一行)?(?:[^，。；：\n]{0,12}?)(?:赴|前往|到)(?!会|场|达)"
)
#: The verbs of leading right before the delegation's division.
_LEADING = ("率", "率领", "带领")
#: The levels whose delegation makes the article's home (a city's or a province's).
_LEVELS = ("province", "prefecture")


def delegation_home(text: str, named: Sequence[tuple[int, Division]]) -> str | None:
    """The code of the city or province whose delegation goes out in ``text`` (the first such),
    None if there is none; ``named`` holds each division mention's offset and division."""
    if "代表团" not in text:
        return None
    for m in GOING_OUT.finditer(text):
        group = m.start()
        for start, div in named:
            written = text[start:group]
            if (
                start < group
                and text.endswith(_LEADING, 0, start)
                and len(written) >= 2
                and div.name.startswith(written)
                and (div.level in _LEVELS or div.kind == "直辖市")
            ):
                return div.code
    return None


#: A delegation received: the verb of meeting, its leader and the delegation's division (group 1).
RECEIVED = rx.compile(
    r"(?:会见|会晤|接见|欢迎|接待)了?[^。；\n]{0,40}?(?:率领|带领|率)的"
    r"([\u4e00-\u9fff]{2,12}?)(?:党政|考察|友好|经贸)?代表团"
)
#: A host written by a bare title of a city or a province (no division before it): its own paper.
_BARE_HOST = rx.compile(
    r"(?<![\u4e00-\u9fff])(?:市|省|州)(?:委(?:副)?书记|长)|(?<=[，。])(?:市|省|州)(?:委|政府)"
)


#: A delegation that comes to the paper's own division: ``某市党政代表团来我市考察``.
COMING = rx.compile(
    r"([\u4e00-\u9fff]{2,12}?)(?:党政|考察|友好|经贸)?代表团(?:一行)?[^，。；\n]{0,6}?来我[市省县区州]"
)


def delegation_guest(text: str, named: Sequence[tuple[int, Division]]) -> str | None:
    """The code of the city or province whose delegation a host written by a bare title receives
    in ``text``, or that comes to the paper's own division (来我市), the first such; None if there
    is none."""
    if "代表团" not in text:
        return None
    groups: list[tuple[int, int]] = []
    for m in RECEIVED.finditer(text):
        opening = text.rfind("。", 0, m.start()) + 1
        if _BARE_HOST.search(text, opening, m.start()) is not None:
            groups.append(m.span(1))  # not 某市委书记甲会见…: a host with its city (the guest's paper)
    groups.extend(m.span(1) for m in COMING.finditer(text))
    for at, end in sorted(groups):
        inside = [
            (s, div) for s, div in named if at <= s < end and (div.level in _LEVELS or div.kind == "直辖市")
        ]
        if inside:
            return max(inside, key=lambda hit: hit[0])[1].code  # 江苏省常州市: the city
    return None
