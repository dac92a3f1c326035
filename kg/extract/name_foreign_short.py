"""A foreign person's later short form: ``怀特`` after ``马克·怀特``.

News writes a foreign guest's transliterated name in full, with its middle dot, once
(``某国总统马克·怀特``) and by its last part, the family name, before or after
(``怀特表示``, a headline's ``同某国总统怀特会谈``). A name without a dot is that person when it is
the last part of exactly one dotted name the article gives: a second ``某某·怀特`` leaves it as
written, and so does a first part (``马克``) or a name that is no whole part (``特``).
"""

from __future__ import annotations

from collections.abc import Iterable


def dotted_full_names(names: Iterable[str]) -> dict[str, str]:
    """For each undotted name among ``names`` that is the last part of exactly one dotted name
    among them, that dotted name."""
    names = set(names)
    owners: dict[str, set[str]] = {}
    for name in names:
        if "·" in name:
            owners.setdefault(name.rsplit("·", 1)[1], set()).add(name)
    return {
        name: next(iter(owners[name])) for name in names if "·" not in name and len(owners.get(name, ())) == 1
    }
