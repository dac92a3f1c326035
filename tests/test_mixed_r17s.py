"""Round 17 (S): numbered items of a notice, briefings and visits on a tour, meetings a sentence
opens at, both sides of an encounter, the platform of a session. Invented names only."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import events_by_name, extract_page, holdings

DAY = dt.date(2025, 7, 3)


def _posts(text: str) -> set[tuple[str, str, str]]:
    ex = extract_page(f"某某市纪委监委通报典型问题\n{text}", DAY)
    return {(h.person, h.org.name, h.role) for h in holdings(ex)}


@pytest.mark.parametrize(
    "item",
    [
        "三、王小明，青禾县白水镇党委副书记、镇长。",
        "（三）王小明，青禾县白水镇党委副书记、镇长。",
        "3.王小明，青禾县白水镇党委副书记、镇长。",
        "3、王小明，青禾县白水镇党委副书记、镇长。",
        "王小明，青禾县白水镇党委副书记、镇长。",
    ],
)
def test_a_numbered_item_that_opens_with_a_name_states_its_posts(item: str) -> None:
    text = f"近日，青禾县纪委监委通报了两起典型问题。\n{item}2024年，王小明多次违规使用公务用车。"
    got = _posts(text)
    assert ("王小明", "青禾县白水镇党委", "副书记") in got
    assert any(p == "王小明" and r == "镇长" for p, _, r in got)


def test_a_former_post_in_a_numbered_item_is_no_post_held() -> None:
    got = _posts("近日，青禾县纪委监委通报了典型问题。\n一、李华，原青禾县交通运输局局长。李华收受礼金。")
    assert not any(p == "李华" for p, _, _ in got)


def test_a_number_and_a_name_inside_a_sentence_state_no_apposition() -> None:
    got = _posts("近日，青禾县通报了问题，其中三、李华，青禾县交通运输局局长所在单位被点名。")
    assert not any(p == "李华" for p, _, _ in got)


TOUR = "王小明检查防汛工作\n7月2日，县委副书记、县长王小明深入青禾镇、白水乡，实地检查防汛工作。副县长李华陪同。\n"


@pytest.mark.parametrize(
    "briefing, who",
    [
        ("在青禾镇，镇党委书记张建军汇报了沿河堤段分段值守和夜间巡查落实情况。", "张建军"),
        ("在白水乡，乡党委书记赵立新汇报了低洼地带群众转移安置准备工作。", "赵立新"),
        ("在青禾镇，镇长刘志强就堤防加固和物资储备作了汇报。", "刘志强"),
        ("镇党委书记张建军汇报了河道清淤工程进展。", "张建军"),
    ],
)
def test_who_briefs_the_leader_on_a_tour_is_on_the_tour(briefing: str, who: str) -> None:
    ex = extract_page(TOUR + briefing + "王小明要求加强巡查。", DAY)
    assert who in events_by_name(ex)["王小明检查防汛工作"]


@pytest.mark.parametrize(
    "told",
    [
        "王小明要求，各镇要及时汇报汛情。镇党委书记张建军负责落实。",
        "镇党委书记张建军将汇报有关情况。",
        "张建军负责准备工作汇报会的材料。",
    ],
)
def test_a_report_to_come_or_a_meeting_named_so_is_no_briefing(told: str) -> None:
    ex = extract_page(TOUR + told, DAY)
    assert "张建军" not in events_by_name(ex)["王小明检查防汛工作"]


def test_a_manner_word_before_the_verb_still_makes_the_tour_and_dates_it() -> None:
    ex = extract_page(TOUR.replace("实地检查", "现场督导"), DAY)
    assert [(ev.name, ev.date) for ev in ex.events] == [("王小明检查防汛工作", "2025-07-02")]


VISIT = "王小明走访慰问困难群众\n7月2日，县委书记王小明来到青禾镇走访慰问。\n"


@pytest.mark.parametrize(
    "visit, who",
    [
        ("随后，王小明看望了老干部李德胜，感谢他作出的贡献。", "李德胜"),
        ("在白水村，王小明慰问了困难党员周明远。", "周明远"),
        ("王小明还探望了因病住院的退役军人孙立平。", "孙立平"),
    ],
)
def test_a_person_a_leader_visits_takes_part_in_the_visit(visit: str, who: str) -> None:
    ex = extract_page(VISIT + visit, DAY)
    assert who in events_by_name(ex)["王小明到青禾镇走访慰问"]


@pytest.mark.parametrize(
    "visit, who",
    [
        ("王小明来到烈士周明远家中，看望其家属。", "周明远"),
        ("仪式后，王小明来到周明远家中，看望慰问其父母和妻子。", "周明远"),
        ("王小明看望了烈士周明远的家属。", "周明远"),
        ("在白水村，王小明来到低保户赵立新家中，询问生活情况。", "赵立新"),  # the household
        ("他走进村民刘志强家中，询问家庭收入。", "刘志强"),
        ("周明远同志病重期间，省委书记孙立平对其家属表示慰问。", "孙立平"),
    ],
)
def test_a_household_the_family_or_sympathy_expressed_places_no_one_visited(visit: str, who: str) -> None:
    ex = extract_page(VISIT + visit, DAY)
    assert who not in events_by_name(ex)["王小明到青禾镇走访慰问"]


def test_leaders_who_visit_each_on_their_own_are_not_on_one_visit() -> None:
    text = (
        "省领导走访慰问老干部\n7月1日至3日，省委书记王小明，省长李华等省领导分别走访慰问老干部。\n"
        "7月1日，王小明来到青禾市，看望了老干部赵立新。"
    )
    ex = extract_page(text, DAY)
    assert all("李华" not in names for names in events_by_name(ex).values())


TOUR_MEETING = (
    "王小明到青禾大学调研\n7月2日，省委副书记王小明到青禾大学调研。校长李华陪同。\n"
    "在实验中心，王小明察看了新材料中试线。\n"
)


@pytest.mark.parametrize(
    "opener",
    ["座谈会上，", "在座谈会上，", "在随后召开的座谈会上，", "随后举行的汇报会上，"],
)
def test_a_sentence_opening_at_an_untold_meeting_makes_that_meeting(opener: str) -> None:
    text = (
        TOUR_MEETING
        + f"{opener}李华汇报了学校发展情况，赵立新介绍了校企合作情况。王小明指出，高校要服务地方。"
    )
    got = events_by_name(extract_page(text, DAY))
    word = "汇报会" if "汇报会" in opener else "座谈会"
    assert got[word] == {"李华", "赵立新", "王小明"}
    assert "王小明到青禾大学调研" in got


@pytest.mark.parametrize("opener", ["会上，", "会议上，"])
def test_a_bare_meeting_opening_makes_no_new_meeting(opener: str) -> None:
    text = TOUR_MEETING + f"{opener}李华汇报了学校发展情况。"
    assert set(events_by_name(extract_page(text, DAY))) == {"王小明到青禾大学调研"}


def test_a_meeting_already_held_is_not_made_twice() -> None:
    text = TOUR_MEETING + "王小明主持召开座谈会。座谈会上，李华汇报了学校发展情况。"
    names = [ev.name for ev in extract_page(text, DAY).events]
    assert names.count("座谈会") <= 1
    assert len(names) == 2


def test_the_people_of_a_sentence_opening_at_a_named_meeting_attend_it() -> None:
    text = (
        "青禾市纪委监委通报典型问题\n近日，青禾市召开全市警示教育大会。\n"
        "在日前召开的全市警示教育大会上，市委常委、市纪委书记王小明要求，全市各级党组织要紧盯节点。"
    )
    assert "王小明" in events_by_name(extract_page(text, DAY))["全市警示教育大会"]


def test_a_sentence_opening_at_another_sitting_gives_its_people_to_no_meeting() -> None:
    text = (
        "共青团青禾县代表大会闭幕\n7月2日，共青团青禾县第九次代表大会闭幕。县委书记王小明出席。\n"
        "在随后召开的团县委九届一次全委会上，李华当选为团县委书记。"
    )
    got = events_by_name(extract_page(text, DAY))
    assert all("李华" not in names for names in got.values())


GUESTS = (
    "王小明会见某国代表团\n7月2日，市长王小明在青禾市会见了由某州副州长约翰·史密斯率领的代表团一行。\n"
    "副市长李华参加会见。\n"
)


@pytest.mark.parametrize(
    "after",
    [
        "会见后，双方在白水区共同出席青禾经贸合作座谈会。",
        "随后，双方一同参加了青禾经贸合作座谈会。",
        "会见后，宾主双方共同出席青禾经贸合作座谈会。",
    ],
)
def test_both_sides_of_an_encounter_attending_a_meeting_attend_it(after: str) -> None:
    got = events_by_name(extract_page(GUESTS + after, DAY))
    assert got["青禾经贸合作座谈会"] == {"王小明", "约翰·史密斯"}


def test_both_sides_with_no_encounter_before_are_no_one() -> None:
    text = "青禾经贸合作座谈会举行\n7月2日，青禾经贸合作座谈会举行。双方共同出席青禾经贸合作座谈会。"
    assert events_by_name(extract_page(text, DAY))["青禾经贸合作座谈会"] == set()


@pytest.mark.parametrize(
    "seat",
    ["市政协主席李华等在主席台就座。", "市政协主席李华在主席台前排就座。", "市政协主席李华就座于主席台。"],
)
def test_who_sits_on_the_platform_attends_the_session(seat: str) -> None:
    text = f"县人代会开幕\n7月2日，青禾县第九届人民代表大会第四次会议开幕。县委书记王小明出席。{seat}"
    got = events_by_name(extract_page(text, DAY))
    assert any("李华" in names for names in got.values())


def test_the_platforms_seating_plan_seats_no_one() -> None:
    text = "县人代会开幕\n7月2日，青禾县第九届人民代表大会第四次会议开幕。县委书记王小明出席。工作人员李华负责主席台座次安排。"
    got = events_by_name(extract_page(text, DAY))
    assert all("李华" not in names for names in got.values())


def _org_names(text: str) -> set[str]:
    return {o.name for o in extract_page(text, DAY).organizations}


@pytest.mark.parametrize(
    "wish",
    [
        "他说，青禾新能源集团技术实力雄厚。希望集团进一步加大在青禾的投资力度。",
        "他说，青禾新能源集团技术实力雄厚。欢迎企业来青禾投资兴业。",
        "他说，青禾新能源集团技术实力雄厚。希望公司继续发挥技术优势。",
        "他说，青禾新能源集团技术实力雄厚。他希望集团以此为新起点。",
        "他说，青禾新能源集团技术实力雄厚。他充分肯定集团一年来取得的成绩。",
    ],
)
def test_a_verb_of_wishing_and_a_bare_word_is_no_organisation(wish: str) -> None:
    names = _org_names(f"王小明会见客人\n7月2日，市长王小明会见了客人。{wish}")
    assert "青禾新能源集团" in names
    assert not names & {"希望集团", "欢迎企业", "希望公司", "肯定集团"}


def test_a_name_that_opens_with_a_verb_but_is_told_of_stays_a_name() -> None:
    names = _org_names("企业简介\n希望集团成立于1982年，总部位于青禾市。")
    assert "希望集团" in names


def _held(text: str) -> set[tuple[str, str, str]]:
    return {(h.person, h.org.name, h.role) for h in holdings(extract_page(text, DAY))}


@pytest.mark.parametrize(
    "line, post",
    [
        ("青禾科技有限公司中国区总裁李华出席。", ("李华", "青禾科技有限公司", "中国区总裁")),
        ("青禾科技有限公司大中华区总裁李华出席。", ("李华", "青禾科技有限公司", "大中华区总裁")),
        ("青禾集团亚太区总经理李华出席。", ("李华", "青禾集团", "亚太区总经理")),
        ("青禾集团全球副总裁李华出席。", ("李华", "青禾集团", "全球副总裁")),
    ],
)
def test_a_companys_region_before_a_title_is_part_of_the_title(line: str, post: tuple[str, str, str]) -> None:
    assert post in _held(f"项目签约\n7月2日，{line}")


def test_a_district_before_a_title_stays_the_organisation() -> None:
    got = _held("项目签约\n7月2日，青禾区委书记李华出席。")
    assert any(org == "青禾区委" and role == "书记" for _, org, role in got)


@pytest.mark.parametrize(
    "company",
    ["贝格曼（青禾）精密传动有限公司", "贝格曼（中国）投资有限公司", "贝格曼（集团）股份有限公司"],
)
def test_the_brand_before_a_bracketed_company_name_is_no_person(company: str) -> None:
    ex = extract_page(f"项目签约\n7月2日，青禾市与某某集团签约，设立{company}。市长王小明出席。", DAY)
    names = {p.name for p in ex.persons}
    assert "王小明" in names
    assert "贝格曼" not in names


def test_a_name_with_a_bracketed_mark_stays_a_person() -> None:
    ex = extract_page("表彰名单\n7月2日，青禾县表彰先进。王小明（女）青禾县白水镇中心小学教师。", DAY)
    assert "王小明" in {p.name for p in ex.persons}


@pytest.mark.parametrize(
    "text, tag, is_org",
    [
        ("某某精密机械集团", "PER", True),  # a company the tagger read as a person
        ("青禾新材料有限公司", "PER", True),
        ("王小明", "PER", False),
        ("王集团", "PER", False),  # too short for a company's name
        ("王小明 青禾新材料有限公司", "PER", False),  # a name and a company run together
        ("青禾集团", "ORG", True),
        ("希望集团", "ORG", False),  # 希望集团进一步…: a wish addressed to the company
        ("王小明", "LOC", False),
    ],
)
def test_which_tagged_words_name_an_organisation(text: str, tag: str, is_org: bool) -> None:
    from kg.extract.wished_orgs import tagged_org

    sentence = f"{text}进一步加大投资。"
    assert tagged_org(sentence, tag, 0, len(text)) is is_org
