"""Persons and posts on kinds of sentence tried in round R: an established name written bare
again where its surname is a verb or a preposition, a "name" cut out of two words (工程|任务),
athletes of a country or a sport, an unknown title after 兼 or in a chain, a post given up in a
later clause of the sentence, and a feature's ``——记`` before a company.

Whole pipeline on short invented sentences: invented names, companies and districts.
"""

from __future__ import annotations

from extraction_support import extract, holdings

from kg.extract.bare_names import across_start
from kg.extract.chain_items import chain_head
from kg.extract.concurrent_items import title_tail, unknown_item
from kg.extract.statuses import no_post
from kg.model import Organization, Token


def mentioned(text: str) -> list[tuple[int, str]]:
    """(offset, name) of every person mention, in text order."""
    ex = extract(text)
    return sorted((m.start, text[m.start : m.end]) for m in ex.mentions if m.label == "Person")


def persons(text: str) -> set[str]:
    return {p.name for p in extract(text).persons}


def held(text: str) -> set[tuple[str, str, str]]:
    """(person, role, organisation name) of every holding."""
    return {(h.person, h.role, h.org.name) for h in holdings(extract(text))}


def changes(text: str) -> dict[tuple[str, str], str | None]:
    """(person, role) -> the holding's change."""
    ex = extract(text)
    names = {p.key: p.name for p in ex.persons}
    posts = {p.key: p for p in ex.posts}
    return {(names[h.person], posts[h.post].role): h.change for h in ex.holdings}


# ------------------------------------------------- an established name, written bare again


def test_a_titled_name_whose_surname_is_a_verb_is_found_where_the_tagger_splits_it() -> None:
    for name in ("任前进", "任新航", "向远航"):  # the tagger reads 任|前进, 任|新航, 向|远航
        text = f"市长{name}主持召开专题会。{name}强调，要抓好汛期值守。会后，{name}来到青禾区察看堤防。"
        assert mentioned(text) == [(2, name), (13, name), (30, name)]


def test_a_surname_that_is_a_preposition_or_a_conjunction_keeps_the_name_whole() -> None:
    assert [n for _, n in mentioned("区长向东明出席会议。向东明指出，要加强监督。")] == ["向东明"] * 2
    # the tagger reads only the given name there: the whole name replaces it, no second person
    assert persons("县长和晓峰讲话。和晓峰要求，各单位抓好落实。") == {"和晓峰"}
    assert persons("副市长从立华出席。从立华表示，将全力推进。") == {"从立华"}


def test_an_established_name_inside_a_longer_word_is_no_mention() -> None:
    # 副主任 runs into 任新航: a word of the tagger across the name's first character
    text = "市长任新航主持会议。副主任新航线开通仪式上，企业代表发言。"
    assert mentioned(text) == [(2, "任新航")]
    # 于海 established with a title; 于海外 is 于 + 海外
    assert [n for _, n in mentioned("局长于海讲话。企业于海外设立分厂。")] == ["于海"]


def test_words_that_start_with_a_surname_like_character_stay_words() -> None:
    text = "市长任前进主持会议。会议研究了工程任务，任命了一批干部，明确了任期目标。"
    assert mentioned(text) == [(2, "任前进")]
    assert persons(text) == {"任前进"}


# ------------------------------------------------- a "name" cut out of two words


def test_a_name_after_a_productive_title_is_none_where_a_word_runs_into_it() -> None:
    assert persons("王小明近年来参与完成多项市级重大工程任务。") == {"王小明"}  # 重大工|程任务
    assert not persons("他们按期完成了青禾县水利工程任务。")  # 水利工|程任务


def test_a_name_after_a_productive_title_at_a_word_boundary_stays() -> None:
    assert persons("青禾县农机公司工具钳工李大成，带领班组完成任务。") == {"李大成"}
    assert persons("青禾县水利局施工员程任远参与了项目。") == {"程任远"}


def test_across_start_needs_a_word_across_the_start_and_words_after_it() -> None:
    tokens = (Token(0, 2, "工程", "n"), Token(2, 4, "任务", "n"))
    assert across_start("工程任务", tokens, 1, 4)  # 工|程任务
    assert not across_start("工程任务", tokens, 2, 4)  # the word starts at the name
    named = (Token(0, 2, "任何", "r"), Token(2, 4, "立群", "PER"))
    assert not across_start("任何立群", named, 1, 4)  # 副主|任何立群: the rest is a name
    alone = (Token(0, 2, "工林", "n"), Token(2, 4, "大山", "n"))
    assert not across_start("工林大山", alone, 1, 4)  # 林大山 alone is a name to the tagger


def test_a_name_after_a_productive_title_that_the_tagger_cuts_across_stays() -> None:
    assert persons("青禾矿业有限公司采煤工林大山，被评为先进个人。") == {"林大山"}  # 工林|大山


# ------------------------------------------------- athletes of a country or a sport


def _org(name: str) -> Organization:
    return Organization(f"org|{name}", name, "Organization")


def test_an_athlete_of_a_country_or_a_sport_holds_no_post() -> None:
    assert no_post("选手", (_org("中国田径"),))
    assert no_post("运动员", (_org("中国游泳"),))
    assert no_post("教练", ())
    assert not held("中国田径选手王小明夺得跳远金牌。")
    assert not held("青禾国选手李华获得银牌。")


def test_a_coach_of_a_team_or_a_club_holds_a_post() -> None:
    assert not no_post("主教练", (_org("青禾省田径队"),))
    assert not no_post("主教练", (_org("中国女排"),))
    assert not no_post("运动员", (_org("青禾体育学院"),))
    assert ("王小明", "主教练", "青禾省田径队") in held("青禾省田径队主教练王小明介绍了训练情况。")
    assert ("李华", "主教练", "青禾足球俱乐部") in held("青禾足球俱乐部主教练李华表示，球队状态良好。")


# ------------------------------------------------- an unknown title after 兼 or in a chain


def test_an_unknown_title_after_concurrent_keeps_the_title_before_it() -> None:
    posts = held("青禾省商务厅副厅长兼区域贸易协调副代表王小明出席论坛。")
    assert posts == {("王小明", "副厅长", "青禾省商务厅"), ("王小明", "副代表", "青禾省商务厅")}
    assert held("青禾集团有限公司总经理兼首席数字官李华介绍了项目。") == {
        ("李华", "总经理", "青禾集团有限公司")
    }


def test_an_organisation_after_concurrent_is_its_own() -> None:
    posts = held("青禾省商务厅副厅长兼国际合作促进办副主任王小明出席论坛。")
    assert ("王小明", "副厅长", "青禾省商务厅") in posts
    assert ("王小明", "副主任", "国际合作促进办") in posts


def test_bare_titles_joined_with_concurrent_are_two_posts_a_department_head_stays_one() -> None:
    assert held("青禾集团有限公司董事长兼总经理李华介绍了项目。") == {
        ("李华", "董事长", "青禾集团有限公司"),
        ("李华", "总经理", "青禾集团有限公司"),
    }
    assert held("青禾县财政局副局长兼办公室主任李华介绍了情况。") == {
        ("李华", "副局长兼办公室主任", "青禾县财政局")
    }


def test_an_unknown_item_of_a_chain_does_not_stop_the_items_before_it() -> None:
    posts = held("青禾省商务厅副厅长、区域贸易协调副代表王小明出席论坛。")
    assert posts == {("王小明", "副厅长", "青禾省商务厅"), ("王小明", "副代表", "青禾省商务厅")}
    assert held("青禾集团有限公司总经理、首席数字官李华介绍了项目。") == {
        ("李华", "总经理", "青禾集团有限公司")
    }


def test_an_unknown_item_alone_is_no_chain() -> None:
    assert not held("区域贸易协调副代表王小明出席论坛。")


def test_title_tail_and_unknown_item() -> None:
    tail = title_tail("区域贸易协调副代表")
    assert tail is not None and tail[0] == 6 and tail[1].role == "副代表"
    assert title_tail("首席数字官") is None
    assert unknown_item("首席数字官") == (0, None)
    assert unknown_item("首席数字官，") is None  # not Han only: the walk stops
    assert unknown_item("这是一段很长很长的说明文字") is None  # too long to pass over


# ------------------------------------------------- a post given up in a later clause


def test_a_post_given_up_later_in_the_sentence_is_removed() -> None:
    text = "同日，青禾区副区长王小明因工作调动，不再担任青禾区副区长职务。"
    assert changes(text) == {("王小明", "副区长"): "removed"}


def test_a_removal_in_a_later_sentence_wins_over_the_sighting() -> None:
    text = "青禾区副区长王小明主持会议。会后宣布，王小明不再担任青禾区副区长职务。"
    assert changes(text) == {("王小明", "副区长"): "removed"}


def test_another_post_given_up_or_another_name_leaves_the_post_held() -> None:
    other = "青禾区副区长王小明因工作调动，不再担任青禾区人民政府秘书长职务。"
    assert changes(other)[("王小明", "副区长")] is None
    someone = "青禾区副区长王小明出席会议，李华不再担任青禾区副区长职务。"
    assert changes(someone)[("王小明", "副区长")] is None


# ------------------------------------------------- a feature's ——记 before a company


def test_a_features_dash_and_ji_are_no_part_of_the_company() -> None:
    posts = held("——记青禾竹艺家居有限公司创始人王小明\n王小明在山里办起了工厂。")
    assert posts == {("王小明", "创始人", "青禾竹艺家居有限公司")}


def test_chain_head() -> None:
    text = "——记青禾竹艺家居有限公司创始人"
    assert chain_head(text, 0, len(text)) == 3
    plain = "子公司总经理"  # the rest is a bare title: the word stays
    assert chain_head(plain, 0, len(plain)) == 0
    word = "记者青禾日报社社长"  # 记 not after a dash or a line's start
    assert chain_head("看" + word, 1, 1 + len(word)) == 1
