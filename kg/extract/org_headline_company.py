"""The company of a company's own news whose headline speaks of itself as ``公司``.

A company paper often heads an item with the company word and a partner: ``公司与某市政府签署
战略合作协议``, ``集团公司同某某大学举行会谈``. The headline then names an organisation (the
partner), so :func:`kg.extract.own_company.own_company` does not take the lead's company; but a
headline that opens with the company word is the company's own voice all the same. Its company
is the first corporation of the body's first sentence, when that sentence names no other
corporation (``某某电力有限公司与某市人民政府在某地签署…``: the city is no corporation).
A headline that does not open with the company word (``某市政府与某某公司签约``) names no own
company, and nor does a lead that names two corporations.
"""

from __future__ import annotations

from kg.extract.own_company import OWN_COMPANY_WORDS
from kg.model import Extraction


def headline_company(ex: Extraction) -> str | None:
    """The lead's only corporation when the headline opens with a company word, else None."""
    art = ex.article
    if (
        not art.text
        or art.body_start >= len(art.text)
        or not (art.headline or "").startswith(OWN_COMPANY_WORDS)
    ):
        return None
    start, end = art.sentence(art.body_start)
    top = {o.key: o for o in ex.organizations if o.parent is None}
    corps = [
        top[m.ref]
        for m in ex.mentions
        if m.label == "Organization"
        and start <= m.start < end
        and m.ref in top
        and top[m.ref].kind == "Corporation"
    ]
    if not corps or any(o.key != corps[0].key for o in corps):
        return None
    return corps[0].name
