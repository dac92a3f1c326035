"""End-to-end checks on mixed articles of the genre (a company's own work meeting, an appointment
list with a resignation, a byline with a surname the tagger takes for a preposition), each rule
with examples and counter-examples. Invented people and companies; real divisions."""

from __future__ import annotations

from extraction_support import extract, holdings, org_posts

from kg.extract.own_company import own_company
from kg.extract.unit_hosts import unit_host
from kg.model import Organization

# ---------------------------------------------------------------- the company of a company's own news

_MEETING = (
    "　　1月9日，青禾重工集团有限公司年度工作会议在太原召开。\n"
    "　　集团公司党委书记、董事长王小明作工作报告，党委副书记、总经理李华主持会议。\n"
)


def test_a_company_named_once_in_the_first_sentence_is_the_one_its_own_words_stand_for() -> None:
    ex = extract(_MEETING, headline="集团公司召开年度工作会议")
    assert own_company(ex) == "青禾重工集团有限公司"
    assert org_posts(ex) == {
        ("王小明", "青禾重工集团有限公司党委", "书记"),
        ("王小明", "青禾重工集团有限公司", "董事长"),
        ("李华", "青禾重工集团有限公司党委", "副书记"),
        ("李华", "青禾重工集团有限公司", "总经理"),
    }
    assert "集团公司" not in {o.name for o in ex.organizations}


def test_no_company_of_its_own_when_the_first_sentence_names_two_or_the_headline_names_one() -> None:
    two = "　　1月9日，青禾重工集团有限公司与绿川建材有限公司签约仪式在太原举行。\n"
    assert own_company(extract(two, headline="两家企业签署合作协议")) is None
    ex = extract(_MEETING, headline="青禾县人民政府召开常务会议")
    assert own_company(ex) is None


def test_a_chain_opens_at_the_word_the_paragraph_indent_runs_into() -> None:
    ex = extract(_MEETING, headline="集团公司召开年度工作会议")
    mention = next(h.post for h in holdings(ex) if h.person == "王小明" and h.role == "书记")
    assert mention.label.startswith("青禾重工集团有限公司")
    held = next(h for h in ex.holdings if h.post == mention.key)
    assert held.mention.text.startswith("集团公司党委书记")


# ---------------------------------------------------------------- a title after a unit is the host's


def _org(key: str, name: str, parent: str | None = None) -> Organization:
    return Organization(key, name, "Corporation" if parent is None else "Organization", None, parent)


def test_a_title_that_is_none_of_the_units_own_belongs_to_the_unit_host() -> None:
    company = _org("c", "青禾重工集团有限公司")
    union = _org("u", "青禾重工集团有限公司工会", "c")
    assert unit_host((company, union), "副总经理") == (company,)
    assert unit_host((company, union), "党委") == (company,)
    assert unit_host((company, union), "副主席") == (company, union)
    assert unit_host((company, union), "主席") == (company, union)
    federation = _org("f", "青禾县总工会", "c")
    assert unit_host((company, federation), "副总经理") == (company, federation)


_LIST = (
    "　　1月9日，青禾重工集团有限公司年度工作会议在太原召开。\n"
    "　　集团公司党委副书记、工会主席王小明，党委委员、副总经理李华、赵一帆，总会计师张明远出席会议。\n"
)


def test_the_next_name_of_a_list_after_a_union_chair_is_on_the_company_party_committee() -> None:
    ex = extract(_LIST, headline="集团公司召开年度工作会议")
    c = "青禾重工集团有限公司"
    assert org_posts(ex) == {
        ("王小明", c + "党委", "副书记"),
        ("王小明", c + "工会", "主席"),
        ("李华", c + "党委", "委员"),
        ("李华", c, "副总经理"),
        ("赵一帆", c + "党委", "委员"),
        ("赵一帆", c, "副总经理"),
        ("张明远", c, "总会计师"),
    }


def test_a_vice_chair_after_the_union_chair_stays_in_the_union() -> None:
    text = (
        "　　1月9日，青禾重工集团有限公司职工代表大会在太原召开。集团公司工会主席王小明，副主席李华出席。\n"
    )
    ex = extract(text, headline="集团公司召开职工代表大会")
    assert ("李华", "青禾重工集团有限公司工会", "副主席") in org_posts(ex)


# ---------------------------------------------------------------- a resignation accepted


def test_a_resignation_accepted_ends_the_chain_at_zhiwu() -> None:
    text = (
        "　　接受王小明辞去青禾县财政局局长职务的请求。\n"
        "　　会议同意李华辞去青禾县审计局局长职务的申请。\n"
        "　　赵一帆辞去青禾县林业局局长职务。\n"
    )
    ex = extract(text, headline="青禾县人大常委会任免名单")
    names = {p.key: p.name for p in ex.persons}
    removed = {(names[h.person], h.post.split("|")[-2], h.change) for h in ex.holdings}
    assert removed == {
        ("王小明", "青禾县财政局", "removed"),
        ("李华", "青禾县审计局", "removed"),
        ("赵一帆", "青禾县林业局", "removed"),
    }


def test_a_resignation_without_a_post_gives_no_post() -> None:
    ex = extract("　　会议同意王小明辞去职务的请求。\n", headline="青禾县人大常委会会议")
    assert ex.holdings == ()


# ---------------------------------------------------------------- a byline's name


def test_a_name_inside_a_bylines_name_is_no_second_person() -> None:
    ex = extract(_MEETING + "　　（通讯员　向晨阳）\n", headline="集团公司召开年度工作会议")
    names = {p.name for p in ex.persons}
    assert "向晨阳" in names and "晨阳" not in names


def test_the_same_given_name_written_alone_elsewhere_is_still_read() -> None:
    text = _MEETING + "　　青禾县委书记杨晨阳出席会议。\n　　（通讯员　向晨阳）\n"
    names = {p.name for p in extract(text, headline="集团公司召开年度工作会议").persons}
    assert {"向晨阳", "杨晨阳"} <= names
