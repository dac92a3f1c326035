"""End-to-end checks on a second set of mixed articles (a company paper's signing with a city, a
meeting with a liaison office's guests, a state visit), each rule with examples and
counter-examples. Invented people, companies and countries' guests; real divisions."""

from __future__ import annotations

from extraction_support import extract, holdings, org_posts

from kg.extract.name_foreign_short import dotted_full_names
from kg.extract.own_company import headline_company

# ---------------------------------------------------------------- a headline in the company's own voice

_SIGNING = (
    "　　5月6日，青禾能源有限公司与青禾县人民政府在青禾县签署合作协议。\n"
    "　　公司党委书记、董事长王小明出席签约仪式，公司总经理李华代表公司签约。\n"
)


def test_a_headline_that_opens_with_the_company_word_makes_the_leads_corporation_its_own() -> None:
    ex = extract(_SIGNING, headline="公司与青禾县政府签署合作协议")
    assert headline_company(ex) == "青禾能源有限公司"
    assert {
        ("王小明", "青禾能源有限公司党委", "书记"),
        ("王小明", "青禾能源有限公司", "董事长"),
        ("李华", "青禾能源有限公司", "总经理"),
    } <= org_posts(ex)
    assert "公司党委" not in {o.name for o in ex.organizations}


def test_no_own_company_when_the_headline_opens_otherwise_or_the_lead_names_two_companies() -> None:
    assert headline_company(extract(_SIGNING, headline="青禾县政府与企业签署合作协议")) is None
    two = "　　5月6日，青禾能源有限公司与绿川建材有限公司在青禾县签署合作协议。\n"
    assert headline_company(extract(two, headline="公司与合作伙伴签署协议")) is None


# ---------------------------------------------------------------- a long organisation written again by its tail

_LIAISON = (
    "　　3月2日，县委书记王小明会见了青禾省驻北京联络办公室副主任李华一行。\n"
    "　　联络办公室副主任张伟，县委副书记赵刚参加会见。\n"
)


def test_a_tail_of_an_organisations_full_name_stands_for_that_organisation() -> None:
    ex = extract(_LIAISON, headline="王小明会见客人")
    office = {h.org.name for h in holdings(ex) if h.person == "张伟"}
    assert office == {h.org.name for h in holdings(ex) if h.person == "李华"}
    assert "联络办公室" not in office


def test_a_tail_two_organisations_share_or_a_division_organ_stays_as_written() -> None:
    two = _LIAISON.replace("联络办公室副主任李华", "联络办公室副主任李华、青禾省驻上海联络办公室主任孙丽")
    ex = extract(two, headline="王小明会见客人")
    assert {h.org.name for h in holdings(ex) if h.person == "张伟"} == {"联络办公室"}
    county = extract("　　青禾县人民政府县长王小明出席。人民政府副县长李华主持。\n", headline="会议召开")
    assert all(not h.org.name.startswith("青禾县人民政府人民政府") for h in holdings(county))


# ---------------------------------------------------------------- a foreign guest by family name


def test_a_family_name_after_a_dotted_full_name_is_that_person() -> None:
    assert dotted_full_names(["马丁·霍尔", "霍尔", "王小明"]) == {"霍尔": "马丁·霍尔"}
    text = "　　5月3日，王小明在北京会见了某国总理马丁·霍尔。霍尔表示，愿深化合作。\n"
    ex = extract(text, headline="王小明会见某国总理霍尔")
    assert {p.name for p in ex.persons} == {"王小明", "马丁·霍尔"}
    linked = {m.ref for m in ex.mentions if m.label == "Person" and m.text == "霍尔"}
    assert linked == {next(p.key for p in ex.persons if p.name == "马丁·霍尔")}


def test_a_family_name_two_dotted_names_share_a_first_part_or_no_part_stays_its_own() -> None:
    assert dotted_full_names(["马丁·霍尔", "安娜·霍尔", "霍尔"]) == {}
    assert dotted_full_names(["马丁·霍尔", "马丁"]) == {}
    assert dotted_full_names(["马丁·霍尔", "尔"]) == {}
    assert dotted_full_names(["阿不都·热合曼", "王小明"]) == {}


def test_a_tail_that_opens_with_the_company_word_is_not_read_as_a_tail() -> None:
    text = (
        "　　青禾建材集团有限公司召开表彰大会。青禾建材集团研发中心党支部等获评先进党支部。\n"
        "　　青禾建材集团有限公司董事长李华讲话，集团研发中心党支部书记王小明发言。\n"
    )
    ex = extract(text, headline="集团召开表彰大会")
    held = {org for person, org, _ in org_posts(ex) if person == "王小明"}
    assert held and "青禾建材集团研发中心党支部" not in held  # the company word's reading, not the tail's
