"""Tagged organisations the tagger got wrong: a verb of wishing read with a bare word as one
name, and a company's name read as a person's.

Grammar: a leader's words often address a company, a school or a hospital told before by its
bare word, after a verb of wishing, asking, welcoming or praising: ``希望集团进一步加大投资力度``,
``希望集团公司认真落实…``,
``希望集团以此为新起点``, ``充分肯定集团一年来取得的成绩``,
``欢迎企业来青禾投资``, ``希望公司继续发挥优势``, ``鼓励企业加大研发投入``, ``支持学校与企业共建``.
The tagger may read the verb and the word as one organisation (希望集团); it is none when the
verb and the bare word are the whole name and what follows is what the body is asked to do (an
adverb, a verb or a preposition: 进一步, 继续, 加大, 在, 把, 与 …). Counter-examples: a longer name
(``新希望集团``), a legal name (``希望集团有限公司``), and a name a clause goes on with as its subject
told of, not asked (``希望集团成立于1982年`` stays a name: 成立 is no request).
"""

from __future__ import annotations

from kg import rx

#: Verb of wishing, asking or welcoming + a bare word for a body, then what it is asked to do.
WISHED = rx.compile(
    r"(?:充分|高度|衷心)?(?:希望|欢迎|鼓励|支持|要求|期待|感谢|祝愿|邀请|请|肯定)(?:集团公司|集团|公司|企业|学校|高校|医院|银行)"
    r"(?=进一步|继续|持续|更好|更多|多|加大|加快|加强|深化|扩大|发挥|积极|充分|主动|在|把|将|与|同|来|到|为|能|坚持|立足|抓住|用好"
    r"|认真|切实|坚决|始终|全面|不断|着力|聚焦|围绕|以|一年来|近年来|今年以来)"
)


#: The endings of a company's name: a token the tagger reads as a person but that ends so is the
#: company (与|克某某精密机械集团|中国区总裁: a transliterated brand made the tagger read a name).
COMPANY_ENDS = ("集团", "公司")
#: One run of Han characters: a token that holds a space or a mark is a name and a company run
#: together (``某某 某某有限公司``), no company alone.
_ONE_WORD = rx.compile(r"[\u4e00-\u9fff]+")


def tagged_org(text: str, tag: str, start: int, end: int) -> bool:
    """Does a token the tagger tagged ``tag`` at ``start``..``end`` name an organisation: tagged
    so and no verb of wishing with a bare word (:func:`wished`), or tagged a person but a name of
    at least five characters that ends as a company's does (``某某精密机械集团``)?"""
    if tag == "ORG":
        return not wished(text, start, end)
    word = text[start:end]
    return (
        tag == "PER"
        and len(word) >= 5
        and word.endswith(COMPANY_ENDS)
        and _ONE_WORD.fullmatch(word) is not None
    )


def wished(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a verb of wishing and the bare word of the body it addresses?"""
    m = WISHED.match(text, start)
    return m is not None and m.end() == end
