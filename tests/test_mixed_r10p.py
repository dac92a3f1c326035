"""End-to-end checks on mixed articles of the genre (photo captions and leader lists, moves
between posts, democratic parties, a delegation's visit, a hospital, a deputy after the head),
each rule with examples and counter-examples. Invented people and institutions; real divisions."""

from __future__ import annotations

from extraction_support import careers, extract, holdings, org_posts, placed_posts

from kg.extract.chains import post_key
from kg.extract.org_parties import party_body
from kg.extract.titles import split_title

# ---------------------------------------------------------------- a chain, one space, a name


def test_a_caption_sets_the_chain_off_from_the_name_by_one_space() -> None:
    text = (
        "　　5月8日，青禾重工集团党委书记、董事长 王小明在车间察看生产情况。\n"
        "　　5月8日，南昌市委副书记　李华在会上讲话。\n"
    )
    got = org_posts(extract(text))
    assert ("王小明", "青禾重工集团", "董事长") in got
    assert ("王小明", "青禾重工集团党委", "书记") in got
    assert ("李华", "南昌市委", "副书记") in got


def test_a_credit_or_a_row_of_names_before_one_space_is_no_chain() -> None:
    text = "　　本报记者 王小明 摄\n　　参加活动的有：张建国 李华 赵立新\n"
    ex = extract(text)
    assert not any(h.person in ("王小明", "李华", "赵立新") for h in holdings(ex))


def test_a_chain_that_ends_a_clause_before_the_space_is_not_the_next_names() -> None:
    # a headline's parts: 为某部部长 is stated of 甲, not of the name after the space
    ex = extract("　　会议决定任命王小明为水利部部长 李华签署命令\n")
    assert not any(h.person == "李华" for h in holdings(ex))


def test_a_leader_lists_colon_sets_the_chain_off_from_the_name() -> None:
    text = "　　9月3日，南昌市召开推进会。出席会议的领导有：\n　　市政协主席：王小明\n　　市委常委、宣传部部长：李华\n"
    got = org_posts(extract(text))
    assert ("王小明", "南昌市政协", "主席") in got
    assert ("李华", "南昌市委", "常委") in got


def test_a_colon_that_opens_what_is_said_is_no_list() -> None:
    text = "　　南昌市召开推进会。\n　　市长：王小明同志说得对，我们要抓紧落实。\n"
    assert not any(h.person == "王小明" for h in holdings(extract(text)))


# ---------------------------------------------------------------- moving to a new post


def test_a_verb_of_moving_after_a_chained_name_gives_the_new_post_too() -> None:
    text = "　　岳阳市委副书记、市长王小明升任岳阳市委书记。南昌市财政局局长李华调任南昌市审计局局长。\n"
    got = org_posts(extract(text))
    assert {("王小明", "岳阳市委", "书记"), ("王小明", "岳阳市委", "副书记")} <= got
    assert {("李华", "南昌市财政局", "局长"), ("李华", "南昌市审计局", "局长")} <= got


def test_gaiten_is_a_verb_of_holding() -> None:
    got = org_posts(extract("　　南昌市财政局副局长王小明改任南昌市审计局副局长。\n"))
    assert ("王小明", "南昌市审计局", "副局长") in got


def test_no_verb_of_moving_after_the_name_reads_no_second_chain() -> None:
    # 任期 is no verb: only the chain before the name is read
    got = org_posts(extract("　　南昌市财政局局长王小明任期内，南昌市审计局局长一职空缺。\n"))
    assert {(p, o, r) for p, o, r in got if p == "王小明"} == {("王小明", "南昌市财政局", "局长")}


# ---------------------------------------------------------------- organisations


def test_a_democratic_partys_committee_named_with_its_division_is_that_divisions() -> None:
    text = "　　云南省召开座谈会。致公党云南省委主委王小明，民盟中央副主席李华出席。\n"
    got = placed_posts(extract(text))
    assert ("王小明", "致公党云南省委", "云南省", "主委") in got
    assert ("李华", "民盟中央", "中国", "副主席") in got


def test_a_party_alone_or_before_an_unnamed_division_is_no_committee() -> None:
    ex = extract("　　云南省召开座谈会。\n")
    got = party_body("致公党云南省委", ex)
    assert got is not None and got.jurisdiction == got.organizations[0].jurisdiction != "100000"
    assert party_body("民建某某委", ex) is None  # no division the article names
    assert party_body("民盟", ex) is None
    assert party_body("民盟中央委员会办公厅", ex) is None  # more words: the suffix grammar's
    assert party_body("云南省委", ex) is None  # no party


def test_a_bare_level_organ_before_a_named_city_is_the_citys_province() -> None:
    text = (
        "　　贵州省委书记王小明率团来湘考察。\n"
        "　　当天上午，在省委常委、长沙市委书记李华陪同下，代表团考察了开发区。\n"
    )
    got = placed_posts(extract(text))
    assert ("李华", "湖南省委", "湖南省", "常委") in got
    assert ("李华", "长沙市委", "长沙市", "书记") in got


def test_a_bare_level_organ_alone_keeps_the_scope_of_the_sentence() -> None:
    text = "　　贵州省委书记王小明主持会议。\n　　贵州省委常委、秘书长李华出席。\n"
    got = placed_posts(extract(text))
    assert ("李华", "贵州省委", "贵州省", "常委") in got


def test_a_clinical_department_written_bare_is_the_hospitals_in_its_news() -> None:
    text = (
        "　　株洲市第三人民医院新院区启用。株洲市第三人民医院院长王小明介绍了情况。\n"
        "　　心内科主任李华带领团队完成手术。\n"
    )
    got = org_posts(extract(text))
    assert ("李华", "株洲市第三人民医院心内科", "主任") in got


def test_a_department_in_news_about_no_hospital_stays_as_written() -> None:
    got = org_posts(extract("　　南昌市召开会议。心内科主任李华发言。\n"))
    assert not any("医院" in org for _p, org, _r in got)


def test_yuan_before_a_party_organ_inside_a_chain_marks_a_post_held_before() -> None:
    assert split_title("学校原党委书记") is None  # 原: held before, no post now
    assert split_title("青禾镇原纪委书记") is None
    got = split_title("太原市委书记")  # 太原: 原 is part of the name
    assert got is not None and (got.org, got.role) == ("太原市委", "书记")
    ex = extract("　　某某大学召开干部大会，学校原党委书记王小明出席。\n")
    assert not any(h.person == "王小明" for h in holdings(ex))
    assert not any("原党委" in label for _p, label, _f, _s, _u in careers(ex))


# ---------------------------------------------------------------- a deputy after the head


def test_a_bare_deputy_opening_the_next_sentence_is_of_the_heads_organisation() -> None:
    text = "　　湖南省人大常委会主任王小明主持闭幕会。副主任李华、张建国出席会议。\n"
    got = org_posts(extract(text))
    assert ("李华", "湖南省人大常委会", "副主任") in got
    assert ("张建国", "湖南省人大常委会", "副主任") in got


def test_a_deputy_of_another_head_or_after_a_paragraph_break_is_not_carried() -> None:
    text = "　　湖南省人大常委会主任王小明主持闭幕会。副市长李华出席会议。\n"
    assert not any(p == "李华" and "人大" in o for p, o, _r in org_posts(extract(text)))
    text = "　　湖南省人大常委会主任王小明主持闭幕会。\n　　副主任李华出席会议。\n"
    assert not any(p == "李华" and "人大" in o for p, o, _r in org_posts(extract(text)))


# ---------------------------------------------------------------- post keys


def test_a_post_whose_title_names_a_department_has_its_own_key() -> None:
    assert post_key("org|1|某市委", "主任", "办公室主任") != post_key("org|1|某市委", "主任")
    assert post_key("org|1|某市委", "主任", "主任") == post_key("org|1|某市委", "主任")
    text = "　　青禾集团召开会议。集团综合办公室主任王小明、党委办公室主任李华出席。\n"
    ex = extract(text)
    posts = {h.person: h.post.key for h in holdings(ex) if h.role == "主任"}
    assert posts["王小明"] != posts["李华"]
