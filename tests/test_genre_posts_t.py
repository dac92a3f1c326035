"""Posts in kinds of articles tried late: the party organ of a unit the organisation grammar does
not know (a paper, a red-cross society), a paper's own news, a law firm's titles, a command's head.

Whole pipeline on short invented sentences: invented names and organisations.
"""

from __future__ import annotations

from extraction_support import extract, holdings

from kg.extract.cut_names import naming_wei
from kg.extract.led_groups import after_stated
from kg.extract.orgs import OrgParse
from kg.extract.titles import lexicon
from kg.extract.unit_party import split_unit_organ
from kg.model import Organization


def held(text: str) -> set[tuple[str, str, str]]:
    """(person, role, organisation name) of every holding."""
    return {(h.person, h.role, h.org.name) for h in holdings(extract(text))}


def persons(text: str) -> set[str]:
    return {p.name for p in extract(text).persons}


def _one(name: str, kind: str = "PartyOrganization") -> OrgParse:
    return OrgParse((Organization(f"org|360900|{name}", name, kind, "360900", None),), (len(name),), "360900")


def test_a_unit_organ_read_whole_splits_into_the_unit_and_its_organ() -> None:
    parsed = split_unit_organ(_one("宜春青禾日报社党委"))
    unit, organ = parsed.organizations
    assert (unit.name, organ.name, organ.parent) == ("宜春青禾日报社", "宜春青禾日报社党委", unit.key)
    assert parsed.ends == (7, 9)


def test_a_division_or_a_short_rest_does_not_split() -> None:
    for name in ("青禾镇党委", "青禾村党支部", "省政府党组", "县委党组", "某会党委"):
        assert split_unit_organ(_one(name)).organizations[0].name == name
    assert split_unit_organ(_one("宜春青禾日报社纪委")).organizations[0].name == "宜春青禾日报社纪委"


def test_a_title_after_the_organ_of_an_unknown_unit_is_the_units() -> None:
    got = held("宜春青禾日报社党委书记、社长、总编辑王小明作报告。")
    assert ("王小明", "书记", "宜春青禾日报社党委") in got
    assert ("王小明", "社长", "宜春青禾日报社") in got
    assert ("王小明", "总编辑", "宜春青禾日报社") in got
    red = held("宜春市红十字会党组书记、常务副会长李华出席。")
    assert ("李华", "常务副会长", "宜春市红十字会") in red
    assert ("李华", "书记", "宜春市红十字会党组") in red


def test_a_party_post_after_the_organ_stays_the_organs() -> None:
    got = held("宜春青禾日报社党委书记、纪委书记王小明出席。")
    assert ("王小明", "书记", "宜春青禾日报社党委") in got
    assert not any(org == "宜春青禾日报社" and role == "书记" for _, role, org in got)


def test_a_papers_own_organ_and_bare_deputy_head_are_the_papers() -> None:
    text = (
        "宜春青禾日报社召开年度工作会议。宜春青禾日报社党委书记、社长赵一鸣作报告，"
        "社党委副书记、副社长钱晓红主持会议。副总编辑孙立新宣读表彰决定。"
    )
    got = held(text)
    assert ("钱晓红", "副书记", "宜春青禾日报社党委") in got
    assert ("钱晓红", "副社长", "宜春青禾日报社") in got
    assert ("孙立新", "副总编辑", "宜春青禾日报社") in got


def test_a_one_character_word_stands_for_the_home_unit_only_before_an_organ() -> None:
    text = "宜春青禾日报社党委书记赵一鸣出席。社会组织负责人钱晓红参加。"
    assert not any("日报社会" in org for _, _, org in held(text))


def test_a_bare_deputy_editor_with_no_paper_holds_no_post() -> None:
    assert not any(p == "孙立新" for p, _, _ in held("副总编辑孙立新宣读表彰决定。"))


def test_titles_of_firms_and_commands() -> None:
    lex = lexicon()
    assert lex.is_title("执行事务合伙人") and lex.is_title("常务副总指挥") and lex.is_title("总指挥")
    assert not lex.is_title("总指挥部") and not lex.is_title("执行事务")
    got = held("宜春青禾会计师事务所执行事务合伙人王小明出席。")
    assert ("王小明", "执行事务合伙人", "宜春青禾会计师事务所") in got


def test_a_bare_city_organ_in_a_county_level_citys_news_is_that_citys() -> None:
    text = "介休市律师协会召开年度大会。市司法局局长王小明、市律师协会会长李华出席。"
    got = held(text)
    assert ("王小明", "局长", "介休市司法局") in got
    assert ("李华", "会长", "介休市律师协会") in got


def test_a_named_prefecture_keeps_a_bare_city_organ_the_prefectures() -> None:
    text = "晋中市律师协会在介休市召开年度大会。市司法局局长王小明出席。"
    assert ("王小明", "局长", "晋中市司法局") in held(text)


def test_an_election_after_an_employers_chain_gives_no_post_of_that_employer() -> None:
    text = "大会投票产生了新的理事会。青禾建材有限公司董事长孙立新当选会长，李华、赵一鸣当选副会长。"
    got = held(text)
    assert ("孙立新", "董事长", "青禾建材有限公司") in got
    assert not any(org == "青禾建材有限公司" and role == "副会长" for _, role, org in got)


def test_an_election_after_an_earlier_election_names_the_electing_body() -> None:
    text = "王小明当选为青禾市慈善协会会长，李华、赵一鸣当选为副会长，钱晓红当选秘书长。"
    got = held(text)
    assert {("李华", "副会长", "青禾市慈善协会"), ("钱晓红", "秘书长", "青禾市慈善协会")} <= got


def test_a_name_before_the_wei_of_a_naming_verb_loses_it() -> None:
    assert naming_wei("大会聘请陆小明为名誉会长。", 4, 8)
    assert "陆小明" in persons("大会还聘请陆小明为名誉会长。")
    assert not naming_wei("大会聘请张有为为顾问。", 4, 7)  # the name's own 为: 为 again after it
    assert not naming_wei("陆小明为名誉会长。", 0, 4)  # no verb of naming before it
    assert not naming_wei("大会聘请陆小明为了工作。", 4, 8)  # no title after 为


def test_a_title_stated_for_the_name_before_is_not_the_next_names() -> None:
    text = "南平市成立以市长王小明为组长、常务副市长李华为副组长的防汛工作领导小组。"
    got = held(text)
    assert ("李华", "常务副市长", "南平市人民政府") in got
    assert not any(p == "李华" and role == "组长" for p, role, _ in got)
    assert after_stated("甲乙为组长、副市长丙", 3, 9, 2) == 6
    assert after_stated("甲乙为组长、副市长丙", 3, 9, 1) == 3  # no name ends right before 为
    assert after_stated("某某局局长丙", 0, 5, 0) == 0


def test_a_bare_troupe_head_is_the_only_troupes() -> None:
    text = "青禾歌舞团在广场演出。团长王小明带领演员表演了节目。"
    assert ("王小明", "团长", "青禾歌舞团") in held(text)


def test_a_bare_troupe_head_with_a_delegation_named_holds_no_troupes_post() -> None:
    text = "青禾县代表团抵达。团长王小明表示感谢。青禾歌舞团演出。"
    assert not any(p == "王小明" for p, _, _ in held(text))
