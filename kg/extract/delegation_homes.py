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
