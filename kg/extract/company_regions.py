"""A company's region before a title: ``某某集团中国区总裁``, ``某某公司大中华区总经理``.

A multinational names the post of the one who runs its business in a region by the region and the
title (中国区总裁, 亚太区首席执行官, 华东区总经理): the region is a part of the title, not a
division of the country nor a unit of the company (the post is 中国区总裁 of 某某集团). The same
words are modifiers in ``kg/lexicons/titles.tsv`` (note "a company's region"), so 中国区总裁 reads
as one title; a district of the country (某某区区长, 某某区委书记) is none of them.
"""

from __future__ import annotations

#: The regions, longest first.
COMPANY_REGIONS = ("大中华区", "中国区", "亚太区", "亚洲区", "欧洲区", "华东区", "华南区", "华北区")
