"""Companies named without a legal suffix that the text then calls a company.

A report names a company by its short name (a brand, the name without 有限公司) and goes on with a
word that refers back to it as a company, or says what it is:

- ``记者走进青禾科技，该公司负责人介绍…``;
- ``记者随后来到青禾路的禾苗软件……这家企业现有员工两百余人``;
- ``来到某某股份。这家公司去年…``;
- ``在春雨集团，该集团…``;
- ``禾苗电子是一家高新技术企业``.

The tagger reads the short name as an organisation (``禾苗``, ``青禾科技``), sometimes without the
trade word after it (禾苗 + 软件): the company's name then runs over one :data:`TRADE_WORDS` word.
Only punctuation stands between the name and the word that refers back (:data:`REFERS_BACK`), or
the name is the subject of :data:`IS_A_COMPANY`.

Counter-examples: a place (the tagger's LOC) or an organ before the word (an organ's name is read
by :mod:`kg.extract.orgs` first, and no company word refers to it); ``这家企业`` with no name right
before it (a verb, a person); a name followed by other words before the company word
(``走进青禾科技的车间，这家企业…``: not sure the word refers to the name).
"""

from __future__ import annotations

from kg import rx
from kg.model import Token

#: Trade words that complete a short company name the tagger cut before them (禾苗 + 软件).
TRADE_WORDS = frozenset(
    {
        "软件",
        "科技",
        "股份",
        "集团",
        "控股",
        "电子",
        "电气",
        "医药",
        "药业",
        "制药",
        "生物",
        "能源",
        "新能源",
        "网络",
        "智能",
        "信息",
        "实业",
        "汽车",
        "化工",
        "材料",
        "食品",
        "物流",
        "传媒",
        "通信",
        "机械",
        "电器",
        "光电",
    }
)
#: A word that refers back to the company just named (该公司, 这家企业, 该集团).
REFERS_BACK = rx.compile(r"(?:这家|该)(?:企业|公司|集团|民企|国企|央企|工厂)")
#: The name as the subject of a sentence that says it is a company (某某是一家高新技术企业).
IS_A_COMPANY = rx.compile(r"是一家[\u4e00-\u9fff]{0,12}?(?:企业|公司)(?!家|主)")
#: What may stand between the name and the word that refers back.
GAP = frozenset("，,。…；;、—－ ")
_MAX_GAP = 3


def called_companies(text: str, tokens: tuple[Token, ...]) -> dict[int, int]:
    """Indices into ``tokens`` of the organisations that the text calls a company, with the end
    of each company's name (past a trade word the tagger left out)."""
    out: dict[int, int] = {}
    for i, token in enumerate(tokens):
        if token.tag != "ORG":
            continue
        end = token.end
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if after is not None and after.start == end and after.text in TRADE_WORDS:
            end = after.end
        if IS_A_COMPANY.match(text, end):
            out[i] = end
            continue
        pos = end
        while pos < len(text) and pos - end < _MAX_GAP and text[pos] in GAP:
            pos += 1
        if pos > end and REFERS_BACK.match(text, pos):
            out[i] = end
    return out
