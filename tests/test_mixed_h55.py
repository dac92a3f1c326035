"""Rules of round 32, each general grammar with examples and counter-examples: a roll's heading
that counts its entries under a commendation that names it, the honoured of a kind listed in one
sentence, words of the title lexicon and names of peoples read as names. Invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import conferrals, extract_page, holdings, honoured_units, placed_posts

from kg.extract import default_stages
from kg.extract.divisions import short_forms
from kg.extract.places import VILLAGE, _local_name, _Tokens
from kg.extract.tagger import sentence_spans, tokenize
from kg.model import Article
from kg.pipeline import run

DAY = dt.date(2025, 2, 11)


def _page(text: str):
    return extract_page("标题\n" + text, DAY)


def _names(text: str) -> set[str]:
    return {p.name for p in _page(text).persons}


def _honours(text: str) -> set[tuple[str, str]]:
    return {(c.person, c.award) for c in conferrals(_page(text))}


# -- a counted roll heading that a commendation names --------------------------------------------

_DECISION = (
    "本报讯（记者 鲍晴）2月10日，全市民营经济大会召开。市委书记戚立山出席会议并讲话。\n"
    "　　会上，副市长闵晓芸宣读了《中共青禾市委 青禾市人民政府关于表彰{year}青禾市优秀企业家、"
    "优秀青年企业家和突出贡献企业的决定》。\n"
    "\n"
    "　　{year}青禾市优秀企业家（2名）\n"
    "　　卜振川　江苏恒岳重工集团有限公司党委书记、董事长\n"
    "　　汤秋雁（女）　江苏锦纶纺织科技有限公司总经理\n"
    "\n"
    "　　{year}青禾市优秀青年企业家（1名）\n"
    "　　侯思远　江苏云帆新能源科技有限公司总经理\n"
)


def test_a_counted_heading_that_the_commendation_names_is_its_honour() -> None:
    assert _honours(_DECISION.format(year="2024年度")) == {
        ("卜振川", "2024年度青禾市优秀企业家"),
        ("汤秋雁", "2024年度青禾市优秀企业家"),
        ("侯思远", "2024年度青禾市优秀青年企业家"),
    }


def test_a_heading_without_a_year_keeps_its_name() -> None:
    assert ("侯思远", "青禾市优秀青年企业家") in _honours(_DECISION.format(year=""))


def test_the_entries_keep_their_posts() -> None:
    posts = {(h.person, h.org.name, h.role) for h in holdings(_page(_DECISION.format(year="2024年度")))}
    assert ("汤秋雁", "江苏锦纶纺织科技有限公司", "总经理") in posts


def test_a_counted_heading_of_units_lists_the_honoured_companies() -> None:
    text = _DECISION.format(year="2024年度") + (
        "\n　　2024年度青禾市突出贡献企业（2家）\n　　江苏恒岳重工集团有限公司、江苏锦纶纺织科技有限公司\n"
    )
    assert set(honoured_units(_page(text))) == {
        ("江苏恒岳重工集团有限公司", "2024年度青禾市突出贡献企业"),
        ("江苏锦纶纺织科技有限公司", "2024年度青禾市突出贡献企业"),
    }


def test_a_counted_heading_that_no_commendation_names_is_no_honour() -> None:
    text = _DECISION.format(year="2024年度").replace(
        "关于表彰2024年度青禾市优秀企业家、优秀青年企业家和突出贡献企业的决定", "关于加快民营经济发展的意见"
    )
    assert _honours(text) == set()


def test_a_counted_heading_of_attendees_is_no_honour() -> None:
    text = (
        "本报讯　会议表彰了2024年度青禾市优秀企业家。\n"
        "　　出席会议的企业家代表（2名）\n"
        "　　卜振川　江苏恒岳重工集团有限公司董事长\n"
        "　　汤秋雁　江苏锦纶纺织科技有限公司总经理\n"
    )
    assert _honours(text) == set()


# -- the honoured of a kind, listed in one sentence -----------------------------------------------

_AMONG = (
    "本报讯　大会授予青禾县红星乡东坡村等10个集体“青禾州民族团结进步模范集体”称号，授予甘立平等20名同志"
    "“青禾州民族团结进步模范个人”称号。与会领导为受表彰的集体和个人代表颁奖。\n"
    "　　受表彰的模范个人中，有扎根社区二十年的青禾县城关镇南街社区党支部书记甘立平，"
    "有坚持双语教学的青禾县第二小学教师柴嘉怡（女，锡伯族），还有青禾县红星乡牧民卜秀英（女，蒙古族）等。"
    "{after}\n"
)


def test_the_honoured_of_a_kind_listed_in_a_sentence_receive_its_award() -> None:
    got = _honours(_AMONG.format(after=""))
    assert {p for p, _ in got} == {"甘立平", "柴嘉怡", "卜秀英"}
    assert {a for _, a in got} == {"青禾州民族团结进步模范个人"}


def test_a_story_told_after_the_list_names_no_more_recipients() -> None:
    after = "模范个人汤秋雁生前是青禾县红星乡党委书记。她的丈夫侯思远代表家属上台领奖。"
    names = {p for p, _ in _honours(_AMONG.format(after=after))}
    assert "侯思远" not in names
    assert {"甘立平", "柴嘉怡", "卜秀英"} <= names


# -- words that are no names ----------------------------------------------------------------------


def test_a_religious_post_is_no_name() -> None:
    text = "清真寺伊玛目阿迪力·哈斯木在会上发言。青禾县城关清真寺伊玛目艾山江·买买提出席。"
    assert "伊玛目" not in _names(text)


def test_a_list_of_peoples_names_no_person() -> None:
    text = "甘立平说：“我们社区居住着维吾尔、汉、哈萨克、回等8个民族的群众，大家像石榴籽一样紧紧抱在一起。”"
    assert _names(text) == {"甘立平"}


def test_a_short_peoples_name_may_be_a_persons() -> None:
    assert "高山" in _names("副县长高山出席会议并讲话。")


# -- a paragraph's indentation is not tagged ------------------------------------------------------


def test_the_pieces_tagged_leave_a_paragraphs_indentation_out() -> None:
    text = (
        "标题\n　　江苏恒岳重工集团有限公司、江苏锦纶纺织科技有限公司\n卜振川　江苏恒岳重工集团有限公司董事长"
    )
    pieces = [text[s:e] for s, e in sentence_spans(text)]
    assert pieces[1] == "江苏恒岳重工集团有限公司、江苏锦纶纺织科技有限公司"
    assert pieces[2] == "卜振川　江苏恒岳重工集团有限公司董事长"  # a gap inside the line stays


# -- a Yi surname right after a title -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("禄丰县委副书记、县长起海鹏，副县长邝文娟陪同调研。", "起海鹏"),
        ("镇党委书记自海鹏汇报了全镇工作。", "自海鹏"),
        ("镇党委书记起文涛汇报了全镇工作。", "起文涛"),
    ],
)
def test_a_yi_surname_right_after_a_title_opens_the_name(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_yi_surname_opens_no_word_after_a_title() -> None:
    assert _names("副县长起草了实施方案，镇党委书记起身发言。") == set()


# -- a signing that the host's side witnesses after an encounter ----------------------------------

_MET = (
    "本报讯（记者 游晓）5月20日，市委书记甘立平在三明会见了深圳恒岳新能源科技有限公司董事长卜振川一行，"
    "双方就深化合作进行深入交流。副市长汤秋雁参加会见。\n"
    "　　会见后，甘立平、汤秋雁，永安市委书记邝明共同见证{what}。{signers}\n"
)


def test_a_signing_the_hosts_side_witnesses_is_an_event_of_its_own() -> None:
    text = _MET.format(
        what="永安市人民政府与深圳恒岳新能源科技有限公司年产5万吨锂电池正极材料项目签约",
        signers="永安市市长侯思远与卜振川代表双方签约。",
    )
    events = {ev.name: ev for ev in _page(text).events}
    signing = [ev for name, ev in events.items() if name.endswith("签约")]
    assert len(events) == 2 and len(signing) == 1
    names = {p.key: p.name for p in _page(text).persons}
    assert {names[a] for a in signing[0].attendees} == {"甘立平", "汤秋雁", "邝明", "侯思远", "卜振川"}


def test_a_witnessed_thing_that_is_no_signing_is_no_event() -> None:
    text = _MET.format(what="了两地友谊的新篇章", signers="")
    assert len(_page(text).events) == 1


# -- models featured by the classes their selection enumerates -------------------------------------

_MODELS = (
    "本报讯　第八届青禾省道德模范颁奖仪式举行。据介绍，本届评选活动最终评选出助人为乐、见义勇为、"
    "敬业奉献、孝老爱亲4类青禾省道德模范8名。\n"
    "　　助人为乐模范那秀娟，是青禾县城关镇锦华社区居民。她义务为老人理发20年。"
    "见义勇为模范邝骏驰（回族），系青禾速达配送服务有限公司骑手。\n"
    "　　孝老爱亲模范米淑荣，是青禾县城关镇北关村村民。{other}\n"
)


def test_models_featured_by_an_enumerated_class_receive_the_award_in_it() -> None:
    got = {(c.person, c.award, c.category) for c in conferrals(_page(_MODELS.format(other="")))}
    assert got == {
        ("那秀娟", "青禾省道德模范", "助人为乐"),
        ("邝骏驰", "青禾省道德模范", "见义勇为"),
        ("米淑荣", "青禾省道德模范", "孝老爱亲"),
    }


def test_a_model_of_a_class_the_selection_does_not_enumerate_is_none() -> None:
    other = "全国劳动模范汤立新参加活动。"  # the honour he holds, not a model of this selection
    got = {(c.person, c.award) for c in conferrals(_page(_MODELS.format(other=other)))}
    assert ("汤立新", "青禾省道德模范") not in got and ("汤立新", "全国劳动模范") in got


def test_a_featured_models_unit_follows_a_comma_and_a_copula() -> None:
    posts = {(h.person, h.org.name, h.role) for h in holdings(_page(_MODELS.format(other="")))}
    assert ("邝骏驰", "青禾速达配送服务有限公司", "骑手") in posts
    assert ("米淑荣", "青禾县城关镇北关村", "村民") in posts


@pytest.mark.parametrize(
    "text", ["他是青禾县城关镇北关村村民。", "甘立平，是一名退伍军人。", "甘立平，是青禾集团董事长的女儿。"]
)
def test_a_copula_after_a_comma_states_no_post_without_a_chain(text: str) -> None:
    assert not {h.person for h in holdings(_page("本报讯　" + text)) if h.role in ("村民", "董事长")}


# -- a roll that prints each unit in brackets ---------------------------------------------------------

_UNITS = (
    "本报讯　自治区妇联决定，授予丁雅丽等100名同志“青禾自治区三八红旗手”称号。\n"
    "\n"
    "　　部分青禾自治区三八红旗手名单（按姓氏笔画排序）\n"
    "　　丁雅丽（青禾市赛罕区人民检察院）\n"
    "　　弓秀萍（包头市昆都仑区卫生健康委员会）\n"
    "　　阿拉坦格日乐（阿拉善盟阿拉善左旗巴彦浩特镇人民政府）\n"
    "　　萨日朗（兴安盟乌兰浩特市总工会）\n"
    "　　常胜（包头市达尔罕茂明安联合旗百灵庙镇卫生院）\n"
    "　　韩淑琴（巴彦淖尔市绿源农牧业科技有限公司）\n"
)


def test_the_names_of_a_roll_of_bracketed_units_are_read_and_honoured() -> None:
    got = {c.person for c in conferrals(_page(_UNITS))}
    assert got == {"丁雅丽", "弓秀萍", "阿拉坦格日乐", "萨日朗", "常胜", "韩淑琴"}


def test_a_bracketed_count_after_a_division_is_no_name() -> None:
    text = "本报讯　名单如下：\n　　青禾县（3名）\n　　丁雅丽（青禾市赛罕区人民检察院）\n　　弓秀萍（包头市昆都仑区卫生健康委员会）\n"
    assert "青禾县" not in _names(text)


# -- a 名单 heading of an award the text names, unmarked -------------------------------------------


def test_an_unmarked_list_heading_of_a_received_award_opens_its_roll() -> None:
    text = (
        "本报讯　9月8日，市委宣传部发布评选结果，谭立华等2名医务工作者获评“青禾最美医生”。\n"
        "\n"
        "　　2023年“青禾最美医生”名单\n"
        "　　谭立华　青禾市雁城医院心血管内科主任\n"
        "　　蒋丽珊　青禾县云集街道社区卫生服务中心全科医生\n"
    )
    assert {c.person for c in conferrals(_page(text))} == {"谭立华", "蒋丽珊"}


def test_an_unmarked_list_heading_of_no_award_opens_no_roll() -> None:
    text = (
        "本报讯　9月8日，全市卫生工作会议召开。\n"
        "\n"
        "　　出席会议人员名单\n"
        "　　谭立华　青禾市雁城医院心血管内科主任\n"
        "　　蒋丽珊　青禾县云集街道社区卫生服务中心全科医生\n"
    )
    assert conferrals(_page(text)) == []


def test_a_variant_mongolian_element_joins_its_name() -> None:
    assert "阿拉腾格日勒" in _names("自治区党委常委、统战部部长阿拉腾格日勒出席并讲话。")


# -- a county's media centre opening the report ------------------------------------------------------

_MEDIA = (
    "化隆融媒讯（记者 甘雨涵）7月26日，县委第二巡察组向查甫藏族乡党委反馈巡察情况。"
    "乡党委书记罗藏扎巴主持会议。{more}"
)


def test_a_county_media_centre_names_the_articles_county() -> None:
    ex = _page(_MEDIA.format(more=""))
    assert {"化隆回族自治县", "查甫藏族乡"} <= {p.name for p in ex.places}
    assert ("罗藏扎巴", "查甫藏族乡党委", "书记") in {(h.person, h.org.name, h.role) for h in holdings(ex)}


def test_a_short_form_in_the_body_is_no_media_centre() -> None:
    ex = _page("本报讯　7月26日，县委召开会议。惠民资金管理使用不够规范。化隆融媒体记者参加采访。")
    assert "化隆回族自治县" not in {p.name for p in ex.places}


def test_a_word_that_is_a_far_countys_short_form_is_no_place_in_a_county_report() -> None:
    ex = _page(_MEDIA.format(more="巡察发现，惠民资金管理使用不够规范。"))
    assert "惠民县" not in {p.name for p in ex.places}


# -- who is at an inspection's feedback meeting -----------------------------------------------------

_FEEDBACK = (
    "本报讯　7月26日，县委第二巡察组向城关镇党委反馈巡察情况。县委第二巡察组组长邝成龙反馈了巡察发现的问题，"
    "县委巡察办主任韩永川就做好巡察整改工作提出要求。县纪委监委主任冶福生，县委第二巡察组副组长甘永寿，"
    "县委组织部有关负责同志出席会议。会议还传达了县委书记祁正方在听取本轮巡察情况汇报时的讲话要求。"
)


def _attendees(text: str) -> set[str]:
    ex = _page(text)
    names = {p.key: p.name for p in ex.persons}
    return {names[a] for ev in ex.events for a in ev.attendees}


def test_who_reports_findings_sets_requirements_or_attends_is_at_the_feedback_meeting() -> None:
    assert {"邝成龙", "韩永川", "冶福生", "甘永寿"} <= _attendees(_FEEDBACK)


def test_one_whose_words_are_conveyed_is_not_there() -> None:
    assert "祁正方" not in _attendees(_FEEDBACK)


def test_one_who_conveys_words_is_there() -> None:
    text = "本报讯　7月26日，城关镇召开党委会议。镇党委书记邝成龙传达了县委书记祁正方的讲话精神。"
    assert "邝成龙" in _attendees(text)


def test_a_task_to_set_requirements_is_no_act() -> None:
    text = "本报讯　7月26日，城关镇召开党委会议。会议指出，韩永川要就整改工作提出要求。"
    assert "韩永川" not in _attendees(text)


# -- a business named after its owner ------------------------------------------------------------------


def test_a_business_named_after_its_owner_is_no_mention_of_a_person() -> None:
    text = "2017年，陶晓岚辞职返乡，注册成立了霍邱县晓岚家庭农场。霍邱县晓岚家庭农场负责人陶晓岚说。"
    assert _names(text) == {"陶晓岚"}


def test_a_name_before_a_farm_with_no_division_before_it_stays() -> None:
    assert "甘晓岚" in _names("据介绍，甘晓岚农场负责人说，今年收成很好。甘晓岚说。")


# -- a quoted activity the lead reports with its day ---------------------------------------------

_ACTIVITY = (
    "青禾融媒讯（记者 甘雨涵）5月16日，青禾县卫生健康局组织医疗专家，走进城关镇东坡村{verb}“健康义诊进乡村”活动。"
    "县卫健局局长蓝秀燕，县人民医院副院长韦立栋参加活动。\n"
    "　　活动现场，县中医医院医师黄立远为村民开展针灸治疗。"
)


def test_a_quoted_activity_the_lead_dates_is_an_event_with_its_people() -> None:
    ex = _page(_ACTIVITY.format(verb="开展"))
    names = {p.key: p.name for p in ex.persons}
    got = {ev.name: {names[a] for a in ev.attendees} for ev in ex.events}
    assert got == {"“健康义诊进乡村”活动": {"蓝秀燕", "韦立栋", "黄立远"}}
    assert ex.events[0].date == "2025-05-16"


@pytest.mark.parametrize("verb", ["持续开展", "将开展"])
def test_an_activity_that_goes_on_or_is_to_come_is_no_event(verb: str) -> None:
    assert not any(ev.name.endswith("”活动") for ev in _page(_ACTIVITY.format(verb=verb)).events)


def test_a_quoted_activity_without_its_day_is_no_event() -> None:
    text = "本报讯　近年来，青禾县卫生健康局组织医疗专家开展“健康义诊进乡村”活动，惠及群众上万人。"
    assert _page(text).events == ()


# -- Yi names -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("在东坡村种植基地，村党支部书记俄底日哈介绍，今年全村种植马铃薯1200亩。", "俄底日哈"),
        ("委员们还走进村民勒古拉布家新建的彝家新寨。", "勒古拉布"),
        ("在76岁的独居老人曲比阿依家中，县人民医院医生沙马阿木为老人测量了血压。", "曲比阿依"),
    ],
)
def test_a_yi_clan_name_and_two_characters_are_one_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [("副县长马海峰主持会议。", "马海峰"), ("村民的日子越过越红火，村民甘立平说。", "甘立平")],
)
def test_a_han_name_or_a_word_after_a_clan_name_stays(text: str, name: str) -> None:
    assert _names(text) == {name}


# -- a subheadline's activity, dated by the lead -------------------------------------------------------


def test_a_subheadlines_activity_is_an_event_dated_by_the_lead() -> None:
    text = (
        "代表联络站里听民声\n"
        "城关镇人大代表联络站开展“代表接待日”活动\n"
        "青禾县融媒体中心讯（记者 颜雅丽）3月15日上午，青禾县城关镇人大代表联络站里座无虚席。"
        "县人大代表莫佳欣、文淑琴进站接待选民，面对面倾听群众意见建议。县人大常委会副主任谭春明参加活动。"
    )
    head, sub, _ = text.split("\n", 2)
    article = Article(
        "t",
        "test",
        0,
        text,
        headline=head,
        subheadlines=(sub,),
        date=DAY,
        body_start=len(head) + len(sub) + 2,
    )
    ex = run(article, default_stages())
    names = {p.key: p.name for p in ex.persons}
    got = {(ev.name, ev.date): {names[a] for a in ev.attendees} for ev in ex.events}
    assert got == {("“代表接待日”活动", "2025-03-15"): {"莫佳欣", "文淑琴", "谭春明"}}


@pytest.mark.parametrize("text", ["今年共接待游客10万人次。", "会议要求，代表要接待好选民。"])
def test_receiving_no_one_named_or_a_task_is_no_act(text: str) -> None:
    ex = _page("本报讯　3月15日，城关镇召开人大代表座谈会。" + text.replace("代表要", "代表莫佳欣要"))
    names = {p.key: p.name for p in ex.persons}
    assert "莫佳欣" not in {names[a] for ev in ex.events for a in ev.attendees}


# -- recipients before a quoted award and its kind ---------------------------------------------------


def test_names_before_a_quoted_award_and_its_recipients_kind_receive_it() -> None:
    text = "会议还为付晓辉、佟佳宁等10名获评园林街道2022年度“十佳网格员”的网格员颁发了荣誉证书。"
    assert {c.person for c in conferrals(_page(text))} == {"付晓辉", "佟佳宁"}


def test_praise_before_de_is_no_award() -> None:
    text = "付晓辉、佟佳宁等网格员获得“点赞”的消息传遍了社区。"
    assert conferrals(_page(text)) == []


# -- a visit from house to house -------------------------------------------------------------------


def test_a_visit_from_house_to_house_is_a_tour_with_its_companions() -> None:
    text = (
        "本报讯　11月14日，会川镇党委书记令狐建新深入石岭村，挨家挨户走访脱贫户和独居老人。"
        "镇党委委员、副镇长何淑珍，石岭村党支部书记柴永安一同走访。"
    )
    ex = _page(text)
    names = {p.key: p.name for p in ex.persons}
    tours = [ev for ev in ex.events if ev.kind == "Inspection"]
    assert len(tours) == 1 and {names[a] for a in tours[0].attendees} == {"令狐建新", "何淑珍", "柴永安"}


def test_visits_counted_are_no_tour() -> None:
    assert _page("本报讯　今年以来，会川镇累计走访群众1.1万余户次。").events == ()


def test_towns_and_villages_together_are_no_village() -> None:
    text = "本报讯　今年以来，渭源县会川镇组织镇村干部对全镇脱贫户开展了排查。"
    assert "组织镇村" not in {p.name for p in _page(text).places}


# -- a banner's news ----------------------------------------------------------------------------------

_BANNER = (
    "本报讯　4月10日，鄂温克族自治旗草原森林火灾应急综合演练在锡尼河西苏木举行。市政府副市长邝丽娜，"
    "鄂温克旗旗委书记阿拉坦达来现场观摩。海拉尔区派员参加。演练由旗委副书记、旗长杜拉尔·阿木任总指挥，"
    "旗应急管理局局长特古斯任现场指挥长。{more}"
)


def test_a_bare_banner_word_names_the_one_banner_among_districts() -> None:
    posts = {(h.person, h.org.name, h.role) for h in holdings(_page(_BANNER.format(more="")))}
    assert ("杜拉尔·阿木", "鄂温克族自治旗委", "副书记") in posts
    assert ("特古斯", "鄂温克族自治旗应急管理局", "局长") in posts


def test_a_banner_named_after_its_people_is_written_with_its_level_word() -> None:
    assert short_forms("鄂温克族自治旗") == ("鄂温克旗",)
    assert short_forms("鄂伦春自治旗") == ("鄂伦春旗",)
    assert short_forms("化隆回族自治县") == ("化隆", "化隆县")
    assert ("阿拉坦达来", "鄂温克旗委", "鄂温克族自治旗", "书记") in placed_posts(
        _page(_BANNER.format(more=""))
    )


def test_who_commands_a_drill_or_comments_on_it_is_there() -> None:
    ex = _page(_BANNER.format(more="演练结束后，杜拉尔·阿木进行讲评。"))
    assert _attendees(_BANNER.format(more="")) >= {"杜拉尔·阿木", "特古斯", "阿拉坦达来"}
    assert "杜拉尔·阿木" in {p.name for p in ex.persons}


def test_one_to_command_a_future_drill_is_not_there() -> None:
    text = "本报讯　4月10日，旗里召开防火工作会议。会议明确，副旗长于海森将任下一次演练的总指挥。"
    assert "于海森" not in _attendees(text)


def test_a_gacha_head_is_a_title() -> None:
    text = "乌兰宝力格嘎查党支部书记、嘎查长巴图满都拉带领牧民协助转移牲畜。"
    assert ("巴图满都拉", "乌兰宝力格嘎查", "嘎查长") in {
        (h.person, h.org.name, h.role) for h in holdings(_page(text))
    }


# -- an enumeration's item whose surname the tagger read apart -------------------------------------


def test_a_surname_read_apart_in_an_enumeration_opens_the_name() -> None:
    assert "向晓兰" in _names("市领导濮卫平、向晓兰、缪立平等出席。")


def test_a_preposition_before_a_name_after_an_enumeration_stays_apart() -> None:
    assert "向晓兰" not in _names("会议要求，各部门、各单位要向晓兰同志学习。")


# -- the next paragraph's list of the honoured ---------------------------------------------------------

_BRAVE = (
    "本报讯　昨天下午，全市见义勇为表彰大会召开。会上宣读了表彰决定，授予林海川等3人“青禾市见义勇为先进分子”称号，"
    "追授叶建平“青禾市见义勇为先进分子”称号。副市长应建平出席并为获奖者颁奖，市见义勇为基金会理事长郑永安主持。\n"
    "　　{opener}乐清市柳市镇青禾电气有限公司装配工林海川，瑞安市塘下镇新河村村民叶建平，"
    "苍南县灵江中学教师苏晓强，文成县大峃镇上林村村民包永春。\n"
)


def test_a_pronoun_list_in_the_next_paragraph_names_the_recipients() -> None:
    got = {(c.person, c.posthumous) for c in conferrals(_page(_BRAVE.format(opener="他们是：")))}
    assert got == {("林海川", False), ("叶建平", True), ("苏晓强", False), ("包永春", False)}


def test_a_next_paragraph_with_no_pronoun_names_none() -> None:
    got = {c.person for c in conferrals(_page(_BRAVE.format(opener="据悉，参加活动的还有")))}
    assert got == {"林海川", "叶建平"}


@pytest.mark.parametrize(
    ("text", "at", "village"),
    [
        ("推动和美乡村建设连片成势", 3, None),  # the countryside's building
        ("巩固成果同乡村振兴有效衔接", 4, None),  # the countryside's revival
        ("组织镇村干部开展排查", 0, None),  # towns and villages together
        ("来到平江县东乡村。", 5, "东乡村"),  # a village
    ],
)
def test_the_countryside_is_no_village(text: str, at: int, village: str | None) -> None:
    assert _local_name(text, at, VILLAGE, _Tokens(tokenize(text))) == village
