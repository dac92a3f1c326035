"""Organs of a division the gazetteer does not know: ``某某市公安局`` is no ministry of the country.

A name that opens with a word of two to four characters and a level character (市, 县, 区, 州, 盟,
旗) names the organ of a city, a county or a district, even when that division is not in the
division table (an invented, renamed or misspelt one): it has no jurisdiction rather than the
country's. National organs never open so (公安部, 住房和城乡建设部, 国家市场监督管理总局: 城乡 is no
county and 国家 opens a national name).
"""

from __future__ import annotations

from kg import rx

#: A division's name (two to four characters and a level character) opening an organ's name.
_DIVISION_OPENING = rx.compile(r"^[\u4e00-\u9fff]{2,4}?(?<!城)[市县区州盟旗](?=[\u4e00-\u9fff]{2})")


def opens_with_division(name: str) -> bool:
    """Does the organ ``name`` open with the name of a city, county or district (青禾市公安局)?"""
    return _DIVISION_OPENING.match(name) is not None
