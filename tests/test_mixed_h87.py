"""Rules of round 38, each general grammar with examples and counter-examples: commendations of
counted enumerations with 对 and of one closed by being praised; the winners a later clause of the
award's own sentence counts; units praised in a notice's title; classes of divisions commended;
patrols of rivers and forests; those who patrol or plant trees together; a talk with a guest called
visiting; the chiefs of the river- and forest-chief systems in a title chain; bylines of text and
pictures, and of a paper named after its client's brand; a city's short name inside a person's name;
a bare department after a division's post; the last item of an enumeration of names before a verb of
attending; the head of a section (股长); a Mongolian element; one who signs with each of several; a
name before 带领; a compound surname the tagger read as one word. Invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import attended, conferrals, extract_page, headlined, holdings

DAY = dt.date(2024, 5, 20)


def _page(text: str):
    return headlined(text, DAY)


def _events(text: str) -> dict[str, list[str]]:
    return attended(_page(text))


def _honours(text: str) -> set[tuple[str, str]]:
    return {(c.person, c.award) for c in conferrals(_page(text))}


def _units(text: str) -> set[tuple[str, str]]:
    ex = _page(text)
    awards = {a.key: a.name for a in ex.awards}
    return {(c.mention.text, awards[c.award]) for c in ex.conferrals if c.organization or c.place}


def _persons(text: str) -> list[str]:
    return [p.name for p in _page(text).persons]


def _posts(text: str) -> set[tuple[str, str, str]]:
    return {(h.person, h.org.name, h.role) for h in holdings(_page(text))}


MEETING = "　　本报讯 5月20日，全市表彰大会召开。市委书记檀文耀出席并讲话。\n"
BUREAU = "青禾市交通运输局"
TOWN = "兰考县东坝头镇人民政府"

# -- commendations of counted enumerations, and winners counted again ---------------------------------


@pytest.mark.parametrize(
    ("told", "award"),
    [
        ("　　会议对綦玉林、荀立春等20名先进个人进行了表彰。\n", "先进个人"),
        ("　　会上，綦玉林、荀立春等10名优秀共产党员受到表彰。\n", "优秀共产党员"),
        ("　　綦玉林、荀立春等10名“全市优秀共产党员”受到表彰。\n", "全市优秀共产党员"),
        (
            "　　会上，对2023年度全市优秀共产党员进行了表彰，綦玉林、荀立春等20名同志受到表彰。\n",
            "2023年度全市优秀共产党员",
        ),
    ],
)
def test_persons_of_a_counted_class_commended_receive_it(told: str, award: str) -> None:
    assert {("綦玉林", award), ("荀立春", award)} <= _honours(MEETING + told)


@pytest.mark.parametrize(
    "told",
    [
        "　　会议对綦玉林、荀立春等20名同志进行了表彰。\n",  # no class: nothing named received
        "　　会议对10名优秀共产党员、3名优秀党务工作者予以表彰。县委副书记綦玉林领誓。\n",  # counts, no names
        "　　綦玉林、荀立春等20名同志受到表彰。\n",  # praised, no class named
    ],
)
def test_a_commendation_naming_no_class_or_no_one_confers_nothing(told: str) -> None:
    assert not _honours(MEETING + told)


@pytest.mark.parametrize(
    ("told", "award"),
    [
        (f"　　会议对{BUREAU}、{TOWN}等10个先进集体和綦玉林等20名先进个人进行了表彰。\n", "先进集体"),
        (
            f"　　副市长荀立春宣读了《关于表彰2023年度全市招商引资先进单位的通报》，{BUREAU}、{TOWN}等10个单位受到通报表扬。\n",
            "2023年度全市招商引资先进单位",
        ),
        (
            f"　　会上，对二季度质量管理先进班组进行了通报表扬，{BUREAU}、{TOWN}等5个班组受到表扬。\n",
            "二季度质量管理先进班组",
        ),
    ],
)
def test_units_of_a_counted_class_commended_receive_it(told: str, award: str) -> None:
    assert {(BUREAU, award), (TOWN, award)} <= _units(MEETING + told)


def test_a_class_of_divisions_commended_goes_to_the_divisions() -> None:
    told = "　　会议对兰考县、杞县、通许县等10个2023年度全省乡村振兴工作先进县（市、区）予以通报表扬。\n"
    award = "2023年度全省乡村振兴工作先进县（市、区）"
    assert {("兰考县", award), ("杞县", award), ("通许县", award)} <= _units(MEETING + told)


def test_units_counted_right_after_their_names_receive_their_class() -> None:
    told = "　　近日，省林业局印发通报，对綦玉林等5名2023年度河南“最美巡河员”和兰考县水利局、杞县水利局2个河湖管护先进单位予以通报表扬。\n"
    award = "河湖管护先进单位"
    assert {("兰考县水利局", award), ("杞县水利局", award)} <= _units(MEETING + told)


def test_divisions_counted_with_no_class_receive_nothing() -> None:
    assert not _units(MEETING + "　　会议对兰考县、杞县等5个县进行了表彰。\n")


@pytest.mark.parametrize(
    ("told", "unit", "award"),
    [
        ("青禾市蓝湾精密机械有限公司获评国家级绿色工厂。", "青禾市蓝湾精密机械有限公司", "国家级绿色工厂"),
        ("青禾市红星小学获评全国青少年校园足球特色学校。", "青禾市红星小学", "全国青少年校园足球特色学校"),
        ("兰考县东坝头镇成功创建国家卫生乡镇。", "东坝头镇", "国家卫生乡镇"),
        (
            "青禾市蓝湾精密机械有限公司入选第五批国家级专精特新“小巨人”企业名单。",
            "青禾市蓝湾精密机械有限公司",
            "第五批国家级专精特新“小巨人”企业",
        ),
    ],
)
def test_a_unit_receives_a_class_of_units(told: str, unit: str, award: str) -> None:
    assert (unit, award) in _units("　　本报讯 5月20日，" + told + "\n")


@pytest.mark.parametrize(
    "told",
    [
        "兰考县东坝头镇力争成功创建国家卫生乡镇。",  # a goal, not yet earned
        "青禾市蓝湾精密机械有限公司被确定为重点企业。",  # a designation, no honour
    ],
)
def test_a_goal_or_a_designation_is_no_honour(told: str) -> None:
    assert not _units("　　本报讯 5月20日，" + told + "\n")


# -- patrols of rivers and forests, and those who take part ------------------------------------------


@pytest.mark.parametrize(
    "told",
    [
        "　　5月20日，市委书记檀文耀以河长身份巡查青禾河，副市长蔺海波参加巡河。\n",
        "　　5月20日，市委书记檀文耀巡查青禾河水质保护情况。副市长蔺海波一同巡河。\n",
        "　　5月20日，县委书记檀文耀在兰考县东坝头镇巡河，副县长蔺海波一同巡查。\n",
    ],
)
def test_a_named_leaders_patrol_of_a_river_is_a_tour(told: str) -> None:
    events = _events(told)
    assert len(events) == 1
    assert set(next(iter(events.values()))) == {"檀文耀", "蔺海波"}


@pytest.mark.parametrize(
    "told",
    [
        "　　5月20日，全市防汛工作会议召开。会议要求，要加强巡查青禾河堤防。\n",  # a task, no one named
        "　　5月20日，市委书记檀文耀巡查时发现，部分堤段存在隐患。\n",  # a time, no patrol named
    ],
)
def test_no_named_patrol_is_no_tour(told: str) -> None:
    assert all("巡" not in name for name in _events(told))


def test_those_who_plant_trees_with_others_take_part() -> None:
    told = "　　5月20日，全市义务植树活动在东河镇举行。市委书记檀文耀、市长蔺海波与干部群众一起植树。\n"
    assert _events(told) == {"全市义务植树活动": ["檀文耀", "蔺海波"]}


def test_trees_to_be_planted_place_no_one() -> None:
    told = "　　5月20日，全市义务植树活动在东河镇举行。市委书记檀文耀出席。市长蔺海波表示，将与干部群众一起植树。\n"
    assert _events(told) == {"全市义务植树活动": ["檀文耀"]}


# -- a talk with a guest called visiting --------------------------------------------------------------


def test_a_talk_with_a_guest_called_visiting_is_an_encounter() -> None:
    events = _events("　　5月20日，市长檀文耀与来访的青禾集团总裁蔺海波座谈。\n")
    assert list(events.values()) == [["檀文耀", "蔺海波"]]


def test_a_talk_with_representatives_is_still_none() -> None:
    assert not _events("　　5月20日，市长檀文耀与前来办事的企业代表座谈。\n")


# -- the chiefs of the river- and forest-chief systems ------------------------------------------------

CHIEFS = "　　本报南昌2月28日讯（记者 韶海波）2月28日，全省河湖长制林长制工作推进会在南昌举行。{}主持会议。\n"


def test_a_system_chief_keeps_the_chain_and_gives_no_post() -> None:
    posts = _posts(CHIEFS.format("省委副书记、省长、省总林长、省总河长邝雨菲"))
    assert posts == {("邝雨菲", "江西省委", "副书记"), ("邝雨菲", "江西省人民政府", "省长")}


def test_a_chief_with_a_modifier_in_a_chain_is_no_person() -> None:
    told = "　　本报讯（记者 韶海波）2月24日，融水苗族自治县林长制工作会议召开。县委常委、副县长、县副总林长邝雨菲主持会议。\n"
    assert _persons(told) == ["韶海波", "邝雨菲"]
    assert _posts(told) == {
        ("邝雨菲", "融水苗族自治县委", "常委"),
        ("邝雨菲", "融水苗族自治县人民政府", "副县长"),
    }


def test_a_system_of_chiefs_is_no_name_and_a_name_like_a_chief_stays() -> None:
    told = "　　本报讯 2月28日，全市林长制工作会议召开。会议要求，全面落实河湖长制林长制。副市长林长青主持会议。\n"
    assert _persons(told) == ["林长青"]


# -- bylines of text and pictures, and a paper named after its client's brand ------------------------


@pytest.mark.parametrize(
    ("lead", "reporters", "photographers"),
    [
        ("本报讯（记者 邬丽蓉 文/图）春回大地。", ["邬丽蓉"], ["邬丽蓉"]),
        ("本报讯（文/图 记者 邬丽蓉）5月26日，全市民政工作会议召开。", ["邬丽蓉"], ["邬丽蓉"]),
        ("本报讯（记者 邬丽蓉 摄影报道）5月26日，全市民政工作会议召开。", ["邬丽蓉"], ["邬丽蓉"]),
        (
            "本报兰州5月26日讯（新青禾·青禾日报记者邬丽蓉）5月26日，全省民政工作会议在兰州召开。",
            ["邬丽蓉"],
            [],
        ),
        ("本报讯（记者 邬丽蓉 荆晓燕）5月26日，全市民政工作会议召开。", ["邬丽蓉", "荆晓燕"], []),
    ],
)
def test_bylines_of_text_and_pictures(lead: str, reporters: list[str], photographers: list[str]) -> None:
    ex = extract_page("标题\n" + lead + "\n", DAY)
    names = {p.key: p.name for p in ex.persons}
    assert [names[k] for k in ex.reporters] == reporters
    assert [names[k] for k in ex.photographers] == photographers


# -- a city's short name inside a person's name --------------------------------------------------------


def test_a_city_inside_a_persons_name_is_no_home() -> None:
    text = (
        "常德明在检查防汛工作时要求\n"
        "本报讯（记者 韶海波）6月5日，市委常委、副市长常德明深入甘州区、临泽县检查防汛工作。\n"
    )
    posts = {(org, role) for _, org, role in holdings_of(text)}
    assert ("张掖市人民政府", "副市长") in posts


def holdings_of(text: str) -> set[tuple[str, str, str]]:
    return {(h.person, h.org.name, h.role) for h in holdings(extract_page(text, DAY))}


def test_a_city_named_alone_in_the_headline_stays_the_home() -> None:
    text = "常德召开防汛工作会议\n本报讯（记者 韶海波）6月5日，全市防汛工作会议召开。副市长邝雨菲出席。\n"
    assert ("邝雨菲", "常德市人民政府", "副市长") in holdings_of(text)


# -- a bare department after a division's post ---------------------------------------------------------

DISTRICT = "　　本报讯（记者 韶海波）9月14日，康巴什区举办征兵宣传活动。{}出席活动。\n"


@pytest.mark.parametrize(
    ("chain", "post"),
    [
        ("区委常委、人武部政委邝雨菲", ("邝雨菲", "康巴什区人武部", "政委")),
        ("副区长、公安局局长邝雨菲", ("邝雨菲", "康巴什区公安局", "局长")),
    ],
)
def test_a_bare_department_after_a_divisions_post_is_that_divisions(
    chain: str, post: tuple[str, str, str]
) -> None:
    assert post in _posts(DISTRICT.format(chain))


def test_a_townships_armed_forces_department_after_its_post() -> None:
    told = "　　本报讯 3月13日，兰考县东坝头镇党委书记荆晓燕带队深入张庄村调研。镇党委委员、武装部部长邬丽蓉陪同。\n"
    assert ("邬丽蓉", "东坝头镇武装部", "部长") in _posts(told)


def test_a_department_written_with_its_division_or_a_companys_stays() -> None:
    posts = _posts(DISTRICT.format("副区长、兰考县公安局局长邝雨菲，青禾集团董事长、财务部部长蔺海波"))
    assert ("邝雨菲", "兰考县公安局", "局长") in posts
    assert not any(org.startswith("康巴什区财务") for _, org, _ in posts)


# -- the last item of an enumeration of names before a verb of attending -------------------------------


def test_the_last_item_before_a_verb_of_attending_is_a_name() -> None:
    told = "　　本报讯 2月24日，融水苗族自治县工作会议召开。县领导綦玉林、龙军出席会议。\n"
    assert _persons(told) == ["綦玉林", "龙军"]


def test_a_word_the_tagger_reads_alone_as_no_name_stays_none() -> None:
    told = "　　本报讯 2月24日，融水苗族自治县工作会议召开。县领导綦玉林、全员参加会议。\n"
    assert _persons(told) == ["綦玉林"]


# -- names: a section's head, a Mongolian element, 带领, a compound surname read as one word -----------


@pytest.mark.parametrize(
    ("told", "name"),
    [
        ("玛曲县民政局社会救助股股长次仁央金作交流发言。", "次仁央金"),
        ("自治区副主席阿拉坦格日乐到呼和浩特市调研。", "阿拉坦格日乐"),
        ("青禾建材有限公司总经理龙再林带领30名职工参加植树活动。", "龙再林"),
        ("在兰考县东坝头镇，县委副书记、县长上官明辉与干部群众一起栽种树苗。", "上官明辉"),
    ],
)
def test_names_after_titles_read_whole(told: str, name: str) -> None:
    assert name in _persons("　　本报讯（记者 韶海波）5月26日，" + told + "\n")


def test_the_head_of_a_section_holds_a_post_in_its_bureau() -> None:
    posts = _posts("　　本报讯（记者 韶海波）5月26日，玛曲县民政局社会事务股股长邝雨菲作交流发言。\n")
    assert posts == {("邝雨菲", "玛曲县民政局", "股长")}


def test_shares_held_long_hold_no_post() -> None:
    assert not _persons("　　本报讯 5月26日，某某个股长期走强，投资者邝雨菲表示看好。\n")[1:]


# -- one who signs with each of several ----------------------------------------------------------------

SIGNING = "　　8月15日，青禾县人社局与企业就业帮扶合作协议签约仪式在县城举行。县人社局局长蔺海波分别与{}签订合作协议。\n"


def test_one_who_signs_with_each_of_several_and_they_attend() -> None:
    told = SIGNING.format("青禾食品有限公司董事长邬丽蓉、青禾物业服务有限公司总经理荆晓燕")
    assert list(_events(told).values()) == [["蔺海波", "邬丽蓉", "荆晓燕"]]


def test_one_who_signs_with_each_of_several_places_places_no_person() -> None:
    told = SIGNING.format("各乡镇")
    assert list(_events(told).values()) == [[]]


def test_several_who_each_sign_with_one_make_no_signing_of_their_own() -> None:
    told = "　　9月22日，青禾市与青禾集团项目签约仪式举行。市长蔺海波，副市长邬丽蓉分别与青禾集团董事长荆晓燕签署项目投资协议。\n"
    assert list(_events(told)) == ["青禾市与青禾集团项目签约仪式"]


@pytest.mark.parametrize("unit", ["兰考县社会福利院", "兰考县儿童福利院", "兰考县光荣院"])
def test_welfare_homes_are_units_that_receive_honours(unit: str) -> None:
    told = f"　　本报讯 5月20日，{unit}被评为“全省民政系统先进集体”。\n"
    assert _units(told) == {(unit, "全省民政系统先进集体")}


def test_a_welfare_home_alone_names_no_unit() -> None:
    assert not _units("　　本报讯 5月20日，福利院被评为“全省民政系统先进集体”。\n")


SESSION = "　　本报讯 4月25日，市十七届人大常委会第二十次会议闭幕。市人大常委会主任檀文耀主持闭幕会。副主任邬丽蓉出席。\n"


def test_one_who_organises_the_oath_after_a_session_attends_it() -> None:
    events = _events(SESSION + "　　闭幕会后，檀文耀为新任命的国家工作人员颁发任命书，并组织宪法宣誓。\n")
    assert events["宪法宣誓"] == ["檀文耀"]


def test_letters_handed_over_alone_make_no_oath_event() -> None:
    events = _events(SESSION + "　　闭幕会后，檀文耀为新任命人员颁发任命书，新任命人员进行宪法宣誓。\n")
    assert list(events) == ["市十七届人大常委会第二十次会议"]


# -- a county media centre's dateline; a cadre's paired village; a roll of a ranking by category ------


def test_a_county_dateline_opens_the_byline() -> None:
    ex = extract_page(
        "标题\n花垣讯（记者 邬丽蓉 通讯员 荆晓燕）5月20日，县委副书记檀文耀深入麻栗场镇调研。\n", DAY
    )
    names = {p.key: p.name for p in ex.persons}
    assert [names[k] for k in ex.reporters] == ["邬丽蓉", "荆晓燕"]


def test_good_news_is_no_dateline() -> None:
    ex = extract_page("标题\n喜讯（图）传来，檀文耀获奖。\n", DAY)
    assert not ex.reporters


def test_a_cadres_paired_village_is_no_village() -> None:
    ex = _page("　　本报讯 5月20日，县委副书记檀文耀到兰考县东坝头镇包联村调研乡村振兴工作。\n")
    assert "包联村" not in {p.name for p in ex.places} and "东坝头镇" in {p.name for p in ex.places}


RANKING = (
    "　　本报讯 2月22日上午，全县表彰大会召开。副县长檀文耀发布了2023年第四季度“青禾好人榜”。\n\n"
    "　　附：受表彰名单\n"
    "　　一、2023年第四季度“青禾好人榜”上榜人员（4名）\n"
)


def test_a_rankings_roll_by_category_lines() -> None:
    lines = (
        "　　见义勇为：邬丽蓉　东坝头镇金梅社区居民\n"
        "　　助人为乐：荆晓燕（女）　兰考县爱心公益协会会长\n"
        "　　敬业奉献：宓立新　东坝头镇中心小学教师\n"
    )
    got = {(c.person, c.category) for c in conferrals(_page(RANKING + lines))}
    assert got == {("邬丽蓉", "见义勇为"), ("荆晓燕", "助人为乐"), ("宓立新", "敬业奉献")}


def test_a_line_of_prose_with_a_colon_ends_the_roll() -> None:
    lines = "　　主持人：邬丽蓉表示，希望上榜人员继续发挥示范作用，带动更多群众向上向善。\n"
    assert not conferrals(_page(RANKING + lines))


TOUR = "　　本报讯 5月20日，县委副书记檀文耀深入兰考县东坝头镇张庄村、杨庄村，调研乡村振兴工作。镇党委书记蔺海波陪同。\n"


def test_a_report_heard_at_the_meeting_its_sentence_names_is_a_part_of_it() -> None:
    told = (
        "　　在随后举行的座谈会上，檀文耀听取了张庄村党支部书记邬丽蓉、杨庄村驻村第一书记荆晓燕的工作汇报。\n"
    )
    events = _events(TOUR + told)
    assert len(events) == 2 and events["座谈会"] == ["檀文耀", "邬丽蓉", "荆晓燕"]


def test_a_report_heard_alone_is_a_meeting_of_its_own() -> None:
    assert list(_events("　　本报讯 5月20日，市长檀文耀听取了市发展改革委工作汇报。\n")) == [
        "檀文耀听取市发展改革委工作汇报"
    ]


def test_a_county_of_the_article_named_short_is_no_person() -> None:
    told = "　　本报讯 7月15日，麦盖提县考察团来我市交流。市长檀文耀表示，愿与麦盖提深化合作。\n"
    assert _persons(told) == ["檀文耀"]


@pytest.mark.parametrize(
    ("told", "name"),
    [
        ("　　本报讯 7月15日，周宁县代表团来访。副县长周宁主持会议。\n", "周宁"),  # a title before it
        ("　　本报讯 7月15日，麦盖提县代表团来访。来宾中有美国友人约翰·麦盖提。\n", "约翰·麦盖提"),
    ],
)
def test_a_name_like_a_countys_stays_a_name(told: str, name: str) -> None:
    assert name in _persons(told)


LABOUR = "　　本报讯 5月20日，全市劳模座谈会召开。市委书记檀文耀出席并讲话。\n"


@pytest.mark.parametrize(
    ("told", "award"),
    [
        ("　　全国劳模邬丽蓉作交流发言。\n", "全国劳模"),
        ("　　全国劳动模范获得者邬丽蓉作为代表发言。\n", "全国劳动模范"),
        ("　　全国五一劳动奖章获得者、青禾集团车间主任邬丽蓉作交流发言。\n", "全国五一劳动奖章"),
    ],
)
def test_an_honour_held_before_the_name_alone_or_won(told: str, award: str) -> None:
    assert _honours(LABOUR + told) == {("邬丽蓉", award)}


def test_an_honour_before_a_name_after_a_preposition_is_none() -> None:
    assert not _honours(LABOUR + "　　会议号召向劳动模范邬丽蓉学习。\n")


def test_a_features_subheadline_names_the_honour_its_subject_holds() -> None:
    text = (
        "扎根山村三十年的乡村医生\n——记全国先进工作者、兰考县东坝头镇张庄村乡村医生邬丽蓉\n"
        "　　本报记者 檀文\n　　清晨六点，邬丽蓉就背起药箱出了门。\n"
    )
    assert {(c.person, c.award) for c in conferrals(extract_page(text, DAY))} == {
        ("邬丽蓉", "全国先进工作者")
    }
