"""Traditional Chinese: recognised, extracted on a Simplified copy, labelled in the original script.

Every stage works on Simplified text (the lexicons, the gazetteer and the tagger are Simplified), so
a Traditional article is converted with OpenCC for matching. The conversion keeps the length
(character by character where OpenCC's phrase tables would change it), so every offset found on the
Simplified copy is valid for the original text that the graph stores; labels are mapped back to the
original characters, and the Simplified form is kept as a zh-Hans alternative label.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass

from kg import rx

#: Share of Han characters that must change under t2s for a text to count as Traditional.
TRADITIONAL_SHARE = 0.03
#: And at least this many changed characters (a stray variant is not a Traditional article).
TRADITIONAL_MIN = 3


@functools.cache
def _converter(config: str):  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC(config)


_HAN = rx.compile("[\u3400-\u9fff]")


def _han(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff"


def to_simplified(text: str) -> str:
    """OpenCC t2s, forced to keep the length so offsets stay valid."""
    out = _converter("t2s").convert(text)
    if len(out) == len(text):
        return out
    conv = _converter("t2s").convert
    return "".join(c2 if len(c2 := conv(c)) == 1 else c for c in text)


#: Detection reads at most this many characters (a page's script shows in its first lines).
SAMPLE_CHARS = 20_000


def is_traditional(text: str) -> bool:
    """Is ``text`` written in Traditional characters? (Judged on its first SAMPLE_CHARS characters.)"""
    text = text[:SAMPLE_CHARS]
    simplified = to_simplified(text)
    if simplified == text:  # most articles: nothing to count
        return False
    han = len(_HAN.findall(text))
    changed = sum(1 for a, b in zip(text, simplified, strict=True) if a != b and _han(a))
    return changed >= TRADITIONAL_MIN and changed / han >= TRADITIONAL_SHARE


@dataclass(frozen=True)
class Restorer:
    """Maps Simplified labels back to the characters an article was written in."""

    table: dict[str, str]

    @classmethod
    def for_text(cls, simplified: str, original: str) -> Restorer:
        seen: dict[str, Counter[str]] = {}
        for s, o in zip(simplified, original, strict=True):
            if s != o:
                seen.setdefault(s, Counter())[o] += 1
        return cls({s: c.most_common(1)[0][0] for s, c in seen.items()})

    def written(self, text: str) -> str:
        """``text`` (made from the Simplified copy) with every character the article has mapped back;
        the length is kept, so offsets into one are offsets into the other."""
        return "".join(self.table.get(c, c) for c in text)

    def restore(self, label: str) -> str:
        """The label in the article's script: characters the article has are mapped back as written;
        others (a label the grammar composed, 人民政府) through OpenCC s2t."""
        out = []
        for c in label:
            if c in self.table:
                out.append(self.table[c])
            else:
                back = _converter("s2t").convert(c) if _han(c) else c
                out.append(back if len(back) == 1 else c)
        return "".join(out)
