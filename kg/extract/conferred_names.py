"""A name between a verb of conferral and 同志, which the tagger cut: ``追授方光明同志“某某”称号``.

A conferral names its recipient with the form of address 同志 right after the verb: ``授予王小明
同志“某某”称号``, ``追授某某同志…``, ``追认某某同志为…``. The tagger sometimes reads the verb's last
character with the surname (``追|授方|光明|同志``), and then no name is found. The characters between
the verb and 同志 are the recipient's name where they are two to four Han characters that open
with a surname (a single one, or a double one: ``追授欧阳某某同志``).

Not a name: a group or a number between them (``授予全体同志``, ``授予10名同志``: no surname opens
them, or a digit does), words that hold a function word (``授予这些同志``).
"""

from __future__ import annotations

from kg import rx
from kg.extract.titled_names import FUNCTION_CHARS
from kg.model import Extraction

#: A verb of conferral, the name, then 同志.
CONFERRED = rx.compile(r"(?:授予|追授|追认|追记|追授给)(?P<name>[\u4e00-\u9fff]{2,4}?)同志")
#: Words of a group that open with a surname's character (全体, 广大, 各位, 这些, 有关).
_GROUPS = ("全体", "广大", "各位", "这些", "有关", "上述", "以下", "下列", "部分", "其他", "优秀", "先进")


def conferred_names(ex: Extraction, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the names between a verb of conferral and 同志 that no hit covers exactly."""
    from kg.extract.names import surnames  # names calls this: imported here

    single, double = surnames()
    text = ex.article.text
    known = set(hits)
    out: list[tuple[int, int]] = []
    for m in CONFERRED.finditer(text):
        s, e = m.span("name")
        name = m["name"]
        if (s, e) in known or name.startswith(_GROUPS) or any(c in FUNCTION_CHARS for c in name):
            continue
        if name[0] in single or (len(name) >= 3 and name[:2] in double):
            out.append((s, e))
    return out
