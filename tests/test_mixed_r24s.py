"""Round 24S: places inside party organisations' formal names and post chains, common words that
are division short forms, and a company written short and in full."""

from __future__ import annotations

import pytest

from kg.extract.company_shorts import contracted_forms, fits
from kg.extract.places import places_stage
from kg.extract.tagger import tokens_stage
from kg.extract.word_places import word_places
from kg.model import Article, Extraction, Organization
from kg.pipeline import run


def places(text: str) -> dict[str, str]:
    """Names of the places found (below the country), by name -> level."""
    ex: Extraction = run(Article("t", "test", 0, text), [tokens_stage, places_stage])
    return {p.name: p.level for p in ex.places if p.level != "country"}


# -- places inside the formal names of party organisations ----------------------------------------


@pytest.mark.parametrize(
    ("text", "town", "village"),
    [
        ("授予中共涞源县王安镇东村支部委员会荣誉称号。", "王安镇", "东村"),
        ("中共阜平县龙泉关镇西庄村总支部委员会召开大会。", "龙泉关镇", "西庄村"),
        ("涞源县王安镇北村党总支部书记王小明发言。", "王安镇", "北村"),
        ("中国共产党阜平县龙泉关镇南庄村支部委员会组织学习。", "龙泉关镇", "南庄村"),
        ("涞源县王安镇东村支部书记李华介绍情况。", "王安镇", "东村"),
    ],
)
def test_village_inside_a_party_branch_name_is_a_place(text: str, town: str, village: str) -> None:
    found = places(text)
    assert found.get(town) == "township"
    assert found.get(village) == "village"


def test_town_inside_a_town_party_committee_name_is_a_place() -> None:
    found = places("表彰中共涞源县王安镇委员会。")
    assert found.get("涞源县") == "county"
    assert found.get("王安镇") == "township"


@pytest.mark.parametrize(
    "text",
    [
        "他是村支部书记，也是合作社带头人。",  # 村支部: no village's name before it
        "加强乡村支部建设。",  # 乡村: a phrase, no village
        "中共中央政治局召开会议。",  # the party's name and no division
    ],
)
def test_party_words_alone_make_no_village(text: str) -> None:
    found = places(text)
    assert not [name for name, level in found.items() if level in ("village", "township")]


# -- a town named only inside a post's chain ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "county", "town"),
    [
        ("王小明 保定市涞源县王安镇党委书记", "涞源县", "王安镇"),
        ("李华，阜平县龙泉关镇镇长。", "阜平县", "龙泉关镇"),
        ("会议由阜平县城南庄镇党委书记王小明主持。", "阜平县", "城南庄镇"),
        # the county's name opens with a level word (镇平): no town 某某市镇 is cut from it
        ("李华（女） 南阳市镇平县石佛寺镇党委书记", "镇平县", "石佛寺镇"),
        ("王小明 甘孜藏族自治州乡城县青德镇镇长", "乡城县", "青德镇"),
    ],
)
def test_town_in_a_post_chain_is_a_place(text: str, county: str, town: str) -> None:
    found = places(text)
    assert found.get(county) == "county"
    assert found.get(town) == "township"


def test_a_level_word_that_opens_no_division_still_ends_a_local_name() -> None:
    found = places("走访南阳市镇中心小学。")  # 镇中心: no division named 镇中… under the city
    assert "镇平县" not in found


# -- division short forms that are common words ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "祝您新春快乐、阖家安康。",
        "祝愿老人健康长寿。",
        "人们向往和平，期盼太平日子。",
        "两国在多个方面深化合作。",
        "全村群众互助共建美丽家园。",
        "大家安居乐业，生活富裕。",
    ],
)
def test_common_words_are_no_places(text: str) -> None:
    assert places(text) == {}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("安康市委书记王小明主持会议。", "安康市"),  # an organ after the short form
        ("陕西省委书记到安康调研。", "安康市"),  # another division of its province
        ("甘肃甘南合作市举行活动。", "合作市"),  # a chain and the full name
        ("记者在安康市采访。", "安康市"),  # the full name always counts
        ("陕西安康新建一座大桥。", "安康市"),  # right after its province
    ],
)
def test_common_words_in_a_place_context_are_places(text: str, place: str) -> None:
    assert place in places(text)


def test_word_places_lexicon_holds_only_division_short_forms() -> None:
    from kg.extract.divisions import gazetteer

    gaz = gazetteer()
    assert {"安康", "和平", "合作"} <= word_places()
    assert all(w in gaz.by_short for w in word_places())


# -- a company written short and in full -----------------------------------------------------------


def corp(key: str, name: str) -> Organization:
    return Organization(key, name, "Corporation")


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("禾丰农牧集团", "河北禾丰农牧科技集团有限公司"),  # place, trade word, legal ending dropped
        ("禾丰集团", "中国禾丰集团有限公司"),  # the country's name dropped
        ("青苗能源集团", "青苗能源投资集团有限责任公司"),
        ("禾丰股份", "河北省禾丰农牧股份有限公司"),
        ("青禾银行", "青禾农村商业银行股份有限公司"),
    ],
)
def test_short_form_fits_its_full_name(short: str, full: str) -> None:
    assert fits(short, full)


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("禾丰集团", "禾丰新能源股份有限公司"),  # another kind: a subsidiary, not the group
        ("丰禾集团", "河北禾丰农牧集团有限公司"),  # not in order
        ("禾丰集团", "河北省青禾县农业发展禾丰集团有限公司"),  # the head too far in: no place
        ("禾丰集团有限公司", "河北禾丰农牧集团有限公司"),  # a registered name itself
        ("禾丰", "河北禾丰集团有限公司"),  # too short to be sure
    ],
)
def test_short_form_does_not_fit(short: str, full: str) -> None:
    assert not fits(short, full)


def test_short_form_is_linked_to_the_one_full_name() -> None:
    orgs = [
        corp("a", "禾丰农牧集团"),
        corp("b", "河北禾丰农牧科技集团有限公司"),
        corp("c", "某某建设有限公司"),
    ]
    assert [(s.key, f.key) for s, f in contracted_forms(orgs)] == [("a", "b")]


def test_two_companies_of_one_group_get_no_link() -> None:
    orgs = [corp("a", "禾丰集团"), corp("b", "禾丰集团农牧有限公司"), corp("c", "禾丰集团物流有限公司")]
    assert contracted_forms(orgs) == []


def test_short_form_fitting_two_full_names_gets_no_link() -> None:
    orgs = [
        corp("a", "青禾集团"),
        corp("b", "河北青禾化工集团有限公司"),
        corp("c", "山西青禾建材集团有限公司"),
    ]
    assert contracted_forms(orgs) == []


def test_headline_short_form_merges_with_the_body_full_name() -> None:
    from kg.extract import default_stages

    text = (
        "禾丰农牧集团获评先进企业\n"
        "本报讯 5月8日，河北禾丰农牧科技集团有限公司获评先进企业，集团党委书记、董事长王小明上台领奖。"
    )
    ex = run(Article("t", "test", 0, text), default_stages())
    corps = [o for o in ex.organizations if o.kind == "Corporation"]
    assert [o.name for o in corps] == ["河北禾丰农牧科技集团有限公司"]
    assert "禾丰农牧集团" in corps[0].aliases


# -- the formal name of a party committee, with the places inside it ---------------------------------


def org_mentions(text: str) -> dict[str, str | None]:
    from kg.extract import default_stages

    ex = run(Article("t", "test", 0, text), default_stages())
    return {m.text: m.ref for m in ex.mentions if m.label == "Organization"}


def test_town_party_committee_is_one_organisation_of_the_town() -> None:
    found = org_mentions("获评先进的党组织名单：\n中共涞源县王安镇委员会\n王小明讲话。")
    assert found.get("中共涞源县王安镇委员会") == "org|130630/王安镇|涞源县王安镇委员会"
    assert not [m for m in found if "\n" in m]  # the name ends at its line


def test_county_party_committee_is_still_its_committee() -> None:
    found = org_mentions("获评先进的党组织名单：\n中共涞源县委员会\n王小明讲话。")
    assert found.get("中共涞源县委员会") == "org|130630|涞源县委"
