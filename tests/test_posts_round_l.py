"""Posts and persons on kinds of sentence tried in round L: a bare 公司 in a company's news with a
partner company named later, a bare village organ in a village's story, 驻村第一书记 and 挂职,
chains joined to the name by 的 (现任…的, 时任…的), status words before a name (农民, 居民), and
four-character greetings the tagger reads as names.

Whole pipeline on short invented sentences: invented names, companies and villages (the county
and the city are real, as the places stage resolves only real divisions).
"""

from __future__ import annotations

import pytest
from extraction_support import extract, holdings

from kg.extract.bare_names import two_words
from kg.extract.held_marks import marked_chain
from kg.extract.statuses import no_post
from kg.extract.titles import TitleSplit, split_title
from kg.model import Organization


def held(text: str, headline: str | None = None) -> set[tuple[str, str, str]]:
    """(person, role, organisation name) of every holding."""
    return {(h.person, h.role, h.org.name) for h in holdings(extract(text, headline=headline))}


def persons(text: str) -> set[str]:
    return {p.name for p in extract(text).persons}


# ------------------------------------------------------- a bare 公司 in the company's own news

PARTNER_TWICE = (
    "青禾钢铁集团有限公司召开2024年度工作会议。集团董事长兼总经理王小明作工作报告。"
    "会上，集团与澄江物流集团有限公司签署战略合作协议，澄江物流集团有限公司副总经理李华出席。"
)


def test_a_bare_company_word_is_the_company_the_lead_names_not_a_partner_named_twice() -> None:
    posts = held(PARTNER_TWICE)
    assert ("王小明", "董事长", "青禾钢铁集团有限公司") in posts
    assert ("李华", "副总经理", "澄江物流集团有限公司") in posts
    assert not any(p[0] == "王小明" and p[2].startswith("澄江") for p in posts)


def test_a_short_form_of_the_company_counts_as_a_mention_of_it() -> None:
    text = (
        "青禾新能源股份有限公司2023年度股东大会在长沙召开。公司董事长兼总经理王小明主持会议。"
        "当天下午，青禾新能源新品发布会举行，公司与澄江电力有限公司签约，澄江电力有限公司总经理李华致辞。"
    )
    posts = held(text, headline="青禾新能源召开年度股东大会")
    assert ("王小明", "董事长", "青禾新能源股份有限公司") in posts
    assert ("李华", "总经理", "澄江电力有限公司") in posts


def test_a_company_named_once_after_the_lead_is_no_home_of_a_bare_title() -> None:
    # counter-example: the lead names no company; one named once later is no article's company
    text = "近日，青禾县举行招商推介会。会上，总经理王小明介绍了澄江电力有限公司的项目。"
    assert not any(p[0] == "王小明" for p in held(text))


# ------------------------------------------------------------ bare organs of the one village


def test_bare_village_organs_are_those_of_the_village_named_before() -> None:
    text = (
        "走进祁东县石岭镇柳树村，村党支部书记、村委会主任王小明正在查看进村道路。"
        "村监委会主任李华说，路修好了。村务监督委员会主任赵晓东也来了。"
    )
    posts = held(text)
    assert ("王小明", "书记", "柳树村党支部") in posts
    assert ("王小明", "主任", "柳树村村委会") in posts
    assert ("李华", "主任", "柳树村监委会") in posts
    assert ("赵晓东", "主任", "柳树村村务监督委员会") in posts


def test_a_village_word_of_the_tagger_after_the_village_is_no_second_village() -> None:
    # 进村 (a verb and 村) before the title is no village the title could be of
    text = "走进祁东县石岭镇柳树村，新修的进村道路宽敞平整。村党支部书记王小明说，大家都满意。"
    assert ("王小明", "书记", "柳树村党支部") in held(text)


def test_a_bare_village_organ_after_two_villages_is_of_neither() -> None:
    # counter-example: two villages named before the title, none in its own clause
    text = "祁东县石岭镇柳树村和桃园村合作种茶。村党支部书记王小明说，两村一起干。"
    assert not any(p[2] in ("柳树村党支部", "桃园村党支部") for p in held(text))


# ------------------------------------------------------------ 驻村第一书记, 挂职, a destination


def test_a_first_secretary_sent_to_a_village_holds_the_post_in_it() -> None:
    assert ("王小明", "第一书记", "柳树村") in held("2019年，王小明到柳树村担任驻村第一书记。")


def test_a_bare_stationed_first_secretary_is_of_the_village_named_before() -> None:
    text = "走进祁东县石岭镇柳树村，驻村第一书记王小明正在查看茶园。"
    assert ("王小明", "第一书记", "柳树村") in held(text)


def test_a_post_held_on_secondment_is_a_post() -> None:
    assert ("李华", "副县长", "祁东县人民政府") in held("李华挂职祁东县副县长，分管农业农村工作。")


def test_a_secondment_before_de_and_the_home_post_are_both_posts() -> None:
    posts = held("挂职祁东县副县长的省交通运输厅公路局副局长赵晓东多次到村里调研。")
    assert ("赵晓东", "副县长", "祁东县人民政府") in posts
    assert ("赵晓东", "副局长", "湖南省交通运输厅公路局") in posts


def test_a_term_at_a_destination_is_no_post_now() -> None:
    # counter-example: 在某市担任市长期间 tells of a past term; the clause is no whole chain
    assert held("王小明在衡阳市担任市长期间，主抓交通建设。") == set()


def test_a_mission_abroad_still_reads_as_one() -> None:
    # counter-example: 驻 before a country is a mission (驻村 is none)
    assert split_title("驻美国大使") == TitleSplit("驻美国", "大使", "大使", 0)
    assert split_title("驻村第一书记") == TitleSplit("驻村", "第一书记", "第一书记", 1)


# ----------------------------------------------------------------- 现任…的 and 时任…的 a name


def test_a_current_post_joined_to_the_name_by_de_is_a_post() -> None:
    posts = held("会上，现任衡阳市财政局局长的王小明介绍了预算情况。")
    assert ("王小明", "局长", "衡阳市财政局") in posts


def test_a_past_post_joined_by_de_gives_the_person_and_no_post() -> None:
    text = "时任衡阳市委常委、组织部部长的储建中说，他很能干。"
    assert persons(text) == {"储建中"}  # the tagger reads 储建 as one word: the chain finds the name
    assert held(text) == set()


def test_a_word_that_opens_with_xianren_is_no_mark_of_a_post() -> None:
    # counter-example: 现任务繁重 is no 现任 and a chain
    text = "现任务繁重的王小明仍然坚持学习。"
    assert held(text) == set()
    ex = extract(text)
    assert marked_chain(ex, text.index("王小明"), 0) is None


def test_the_mark_must_open_its_clause() -> None:
    ex = extract("他说现任衡阳市财政局局长的王小明很能干。")
    assert marked_chain(ex, ex.article.text.index("王小明"), 0) is None


# ------------------------------------------------------------------- status words, no posts


@pytest.mark.parametrize(
    "text",
    [
        "石岭乡农民王小明种了三十亩蔬菜。",
        "祁东县居民王小明说，公园修好了。",
        "衡阳市市民王小明拍下了这一幕。",
        "村民王小明也跟着种植。",
    ],
)
def test_a_status_word_before_a_name_is_no_post(text: str) -> None:
    assert held(text) == set()
    assert "王小明" in persons(text)


def test_a_village_resident_in_a_roll_keeps_the_village_as_the_unit() -> None:
    # counter-example: a roll writes the residence as a person's unit (某某村村民)
    posts = held("荣获表彰的有：湖南省祁东县石岭镇柳树村村民王小明。")
    assert any(p[0] == "王小明" and p[1] == "村民" and p[2].endswith("柳树村") for p in posts)


def test_no_post_reads_the_unit_of_a_status_word() -> None:
    village = Organization("o|v", "某某村", "Organization")
    township = Organization("o|t", "某某乡", "Organization")
    assert no_post("农民", (township,))
    assert no_post("群众", ())
    assert not no_post("村民", (village,))
    assert not no_post("主任", (township,))


# --------------------------------------------------------- four characters of two words, no name


def test_a_greeting_of_two_words_is_no_person() -> None:
    assert persons("王小明祝愿老人身体健康、阖家幸福。") == {"王小明"}
    assert "阖家幸福" not in persons("春节前夕，王小明给全县干部群众拜年，祝大家阖家幸福、万事如意。")


def test_names_without_a_surname_that_read_as_names_half_by_half_stay() -> None:
    # counter-examples: a minority's name (扎西|次仁) and a double surname (欧阳)
    found = persons("会上，扎西次仁、欧阳明亮等代表发言。")
    assert {"扎西次仁", "欧阳明亮"} <= found


def test_two_words_needs_no_surname_and_two_ordinary_halves() -> None:
    text = "祝阖家幸福，欧阳明亮，扎西次仁。"
    assert two_words(text, 1, 5)
    assert not two_words(text, 6, 10)  # 欧阳: a double surname
    assert not two_words(text, 11, 15)  # 扎西|次仁: names half by half
