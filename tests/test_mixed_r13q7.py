"""Round 13 (Q7) of the mixed-articles check: court trials, unveilings told without a meeting word,
sentences placed at a ceremony (仪式上，), stances on an announced decision, honour titles kept on
review or named without quotation marks, townships and villages before their units and jobs, and
bays and lakes named after a division."""

from __future__ import annotations

from kg.extract.award_lists import roll_opened
from kg.extract.kept_titles import bare_namings
from kg.extract.place_units import unit_after
from kg.extract.place_words import geo_named
from tests.extraction_support import events_by_name, extract_page


def _honours(ex) -> set[tuple[str, str]]:
    names = {p.key: p.name for p in ex.persons} | {o.key: o.name for o in ex.organizations}
    names |= {p.key: p.name for p in ex.places}
    awards = {a.key: a.name for a in ex.awards}
    return {(names.get(c.recipient, c.recipient), awards[c.award]) for c in ex.conferrals}


# -- trials ---------------------------------------------------------------------------------

_TRIAL = (
    "青禾县原县长王小明受贿案开庭\n"
    "　　本报讯 4月30日，天水市中级人民法院公开开庭审理青禾县原县长王小明受贿一案。\n"
    "　　本案由天水市中级人民法院副院长李华担任审判长，天水市人民检察院副检察长张建伟作为公诉人出庭支持公诉。\n"
    "　　旁听群众六十余人旁听了庭审。\n"
)


def test_trial_is_an_event_with_defendant_judge_and_prosecutor() -> None:
    ex = extract_page(_TRIAL)
    events = events_by_name(ex)
    assert events == {"王小明受贿案庭审": {"王小明", "李华", "张建伟"}}
    trial = ex.events[0]
    assert trial.date == "2025-04-30"
    assert trial.place is not None and ex.place(trial.place).name == "天水市"  # where the court sits


def test_trial_counter_examples() -> None:
    planned = "法院消息\n　　本报讯 天水市中级人民法院将于下月公开开庭审理王小明受贿一案。\n"
    assert events_by_name(extract_page(planned)) == {}  # a trial to come
    nobody = "法院消息\n　　本报讯 4月30日，天水市中级人民法院公开开庭审理一起合同纠纷案。\n"
    assert events_by_name(extract_page(nobody)) == {}  # no defendant named
    judged = "法院消息\n　　本报讯 4月30日，天水市中级人民法院对王小明受贿案一审宣判。\n"
    assert events_by_name(extract_page(judged)) == {}  # a judgment, no hearing


# -- unveilings -----------------------------------------------------------------------------

_UNVEILED = (
    "青禾工作站揭牌\n"
    "　　本报讯 4月30日，某某大学—天水市新材料院士工作站在天水市秦州区揭牌成立。\n"
    "　　揭牌仪式由某某大学党委常委王小明主持。\n"
    "　　仪式上，某某大学教授李华与天水市科技局局长张建伟签署了人才共建协议。\n"
)


def test_unveiling_without_a_meeting_word_is_a_ceremony() -> None:
    ex = extract_page(_UNVEILED)
    assert events_by_name(ex) == {"某某大学—天水市新材料院士工作站揭牌仪式": {"王小明", "李华", "张建伟"}}
    assert ex.events[0].date == "2025-04-30"


def test_unveiling_counter_examples() -> None:
    by_person = "青禾消息\n　　本报讯 4月30日，王小明为工作站揭牌。\n"
    assert (
        events_by_name(extract_page(by_person)) == {}
    )  # a person's act, no unit unveiled in a clause of its own
    planned = "青禾消息\n　　本报讯 某某大学新材料研究中心将于下月揭牌。\n"
    assert events_by_name(extract_page(planned)) == {}  # to come
    pronoun = "青禾消息\n　　本报讯 4月30日，该研究中心正式揭牌。\n"
    assert events_by_name(extract_page(pronoun)) == {}  # 该: no name of what was unveiled


def test_a_sentence_opening_elsewhere_places_no_one_at_the_ceremony() -> None:
    text = _UNVEILED.replace("仪式上，", "此前，")
    assert events_by_name(extract_page(text)) == {
        "某某大学—天水市新材料院士工作站揭牌仪式": {"王小明"},
        "人才共建协议签约": {"李华", "张建伟"},  # a signing of its own (kg.extract.signings)
    }


# -- stances on an announced decision -------------------------------------------------------

_MEETING = (
    "青禾县召开领导干部大会\n"
    "　　本报讯 4月30日，青禾县召开领导干部大会，宣布市委关于青禾县委主要负责同志调整的决定：王小明同志任青禾县委书记。\n"
    "　　市委组织部有关负责同志宣布了市委决定并讲话。\n"
    "　　王小明表示，坚决拥护市委决定，将尽快熟悉情况。\n"
    "　　县委副书记、县长李华主持会议。\n"
)


def test_a_stance_on_the_decision_is_made_at_the_meeting() -> None:
    assert events_by_name(extract_page(_MEETING)) == {"领导干部大会": {"王小明", "李华"}}


def test_a_quote_with_no_stance_in_a_later_paragraph_adds_no_one() -> None:
    text = _MEETING.replace("坚决拥护市委决定，将尽快熟悉情况", "将尽快熟悉情况，团结一心干事创业")
    assert events_by_name(extract_page(text)) == {"领导干部大会": {"李华"}}


# -- honour titles kept on review, and unquoted titles --------------------------------------

_CITIES = (
    "我省新增全国文明城市\n"
    "　　本报讯 4月30日，名单公布。我省天水市被授予“全国文明城市”称号，平凉市、庆阳市通过复查确认，继续保留荣誉称号。"
    "同时，平凉市崇信县被命名为全国文明城市（县级）。\n"
)


def test_kept_titles_and_unquoted_titles_honour_the_cities() -> None:
    got = _honours(extract_page(_CITIES))
    assert got == {(c, "全国文明城市") for c in ("天水市", "平凉市", "庆阳市", "崇信县")}


def test_kept_title_counter_examples() -> None:
    rule = "文明城市评选\n　　本报讯 平凉市通过复查确认，继续保留荣誉称号。\n"
    assert _honours(extract_page(rule)) == set()  # no title named before: nothing kept
    assert bare_namings("这条路被命名为幸福大道。") == []  # a street's name, no level
    got = bare_namings("崇信县被命名为全国文明城市（县级）。")
    assert [(name, span) for _s, _e, name, span in got] == [("全国文明城市", (0, 3))]


# -- townships and villages before their units ----------------------------------------------


def test_unit_after_a_township_or_village() -> None:
    assert unit_after("青禾乡", "青禾乡中心校教师", 3)
    assert unit_after("青禾镇", "青禾镇卫生院医生", 3)
    assert unit_after("赵家村", "赵家村村医", 3)
    assert not unit_after("下乡", "下乡中学", 2)  # too short a stem for a township
    assert not unit_after("赵家村", "赵家村小学", 3)  # a school named after a village: its own name
    assert not unit_after("青禾乡", "青禾乡亲们", 3)  # no unit


def test_township_and_village_before_a_unit_are_places() -> None:
    ex = extract_page(
        "教师风采\n　　本报讯 甘肃省天水市秦安县青禾乡中心校教师王小明、秦安县兴国镇赵家村村医李华获表彰。\n"
    )
    parents = {p.name: ex.place(p.parent).name for p in ex.places if p.parent and ex.place(p.parent)}
    assert parents.get("青禾乡") == "秦安县"
    assert parents.get("赵家村") == "兴国镇"


# -- bays and lakes named after a division --------------------------------------------------


def test_geographic_word_after_a_short_form() -> None:
    assert geo_named("珠海湾体育中心", "珠海")
    assert geo_named("青禾湖公园", "青禾")
    assert not geo_named("云南山区", "云南")  # a region of the province: the province is spoken of
    assert not geo_named("广州港集团", "广州")  # a port is no other name's geographic word here
    assert not geo_named("珠海", "珠海")


# -- a numbered session of a congress, and guests who come to it ----------------------------

_SESSION = (
    "青禾县第十八届人民代表大会第五次会议闭幕\n"
    "　　本报讯 4月30日上午，青禾县第十八届人民代表大会第五次会议在县会议中心闭幕。\n"
    "　　大会执行主席、县人大常委会主任王小明主持闭幕会。\n"
    "　　市人大常委会副主任李华到会指导。\n"
)


def test_a_numbered_session_is_named_whole_and_a_guest_comes_to_it() -> None:
    assert events_by_name(extract_page(_SESSION)) == {
        "青禾县第十八届人民代表大会第五次会议": {"王小明", "李华"}
    }


def test_session_counter_examples() -> None:
    congress = _SESSION.replace("第五次会议", "")
    assert set(events_by_name(extract_page(congress))) == {"青禾县第十八届人民代表大会"}  # no session named
    counted = _SESSION.replace("市人大常委会副主任李华到会指导", "市人大常委会副主任李华统计了到会人数")
    assert events_by_name(extract_page(counted))["青禾县第十八届人民代表大会第五次会议"] == {"王小明"}


# -- those who look with the leader on a tour, and a speech after a speech ------------------

_TOUR = (
    "王小明督导防汛工作\n"
    "　　本报讯 4月30日，县长王小明深入青禾镇督导防汛工作。\n"
    "　　在青禾镇赵家村，王小明与镇党委书记李华一起查看了转移路线。\n"
)


def test_those_who_look_with_the_leader_are_on_the_tour() -> None:
    assert events_by_name(extract_page(_TOUR)) == {"王小明督导防汛工作": {"王小明", "李华"}}


def test_a_look_to_come_is_no_act() -> None:
    text = _TOUR.replace("一起查看了转移路线", "商定，下周将一起查看转移路线")
    assert events_by_name(extract_page(text)) == {"王小明督导防汛工作": {"王小明"}}


_SPEECHES = (
    "青禾县举办招商推介会\n"
    "　　本报讯 4月30日，青禾县在省城举办招商推介会，客商百余人出席。\n"
    "　　县委书记王小明在致辞中表示，青禾县将提供一流服务。\n"
    "　　某某集团负责人李华表示，愿与青禾县深化合作。\n"
)


def test_a_speech_right_after_a_speech_there_is_made_there() -> None:
    assert events_by_name(extract_page(_SPEECHES)) == {"招商推介会": {"王小明", "李华"}}


def test_a_speech_after_other_matters_is_not() -> None:
    text = _SPEECHES.replace(
        "表示，青禾县将提供一流服务。\n", "表示，青禾县将提供一流服务。\n　　去年全县引进项目五十个。\n"
    )
    assert events_by_name(extract_page(text)) == {"招商推介会": {"王小明"}}


# -- photo news: a caption under another photo's credit -------------------------------------

_PHOTOS = (
    "图片新闻\n"
    "　　4月30日，青禾县招商推介会召开。县委书记王小明在会上讲话。\n"
    "　　本报记者 赵一鸣 摄\n"
    "　　4月30日，某某集团负责人李华陪同客人参观生产线。\n"
    "　　本报记者 赵一鸣 摄\n"
)


def test_a_caption_under_another_credit_tells_of_no_earlier_event() -> None:
    assert events_by_name(extract_page(_PHOTOS))["青禾县招商推介会"] == {"王小明"}


def test_a_sentence_after_a_credit_without_a_date_goes_on_with_the_event() -> None:
    text = _PHOTOS.replace("　　4月30日，某某集团负责人李华陪同", "　　某某集团负责人李华陪同")
    assert events_by_name(extract_page(text))["青禾县招商推介会"] == {"王小明", "李华"}


# -- a meeting held during a tour, and those who report at it -------------------------------

_TOUR_MEETING = (
    "李华在青禾考察\n"
    "　　本报讯 4月28日至30日，副省长李华在青禾县考察。\n"
    "　　考察期间，李华在县城主持召开座谈会，听取县委书记王小明、县长张建伟的工作汇报。\n"
)


def test_reporters_at_a_meeting_during_a_tour_attend_the_meeting_only() -> None:
    events = events_by_name(extract_page(_TOUR_MEETING))
    assert events["座谈会"] == {"李华", "王小明", "张建伟"}
    assert events["李华在青禾县考察"] == {"李华"}


def test_a_name_that_owns_a_thing_is_still_not_present() -> None:
    text = _TOUR_MEETING.replace("的工作汇报", "的调研报告")
    assert events_by_name(extract_page(text))["座谈会"] == {
        "李华",
        "王小明",
    }  # 张建伟的调研报告: a document of his


# -- a paragraph that opens a roll below it --------------------------------------------------


def test_roll_opened_by_a_paragraph_that_names_the_award() -> None:
    para = "受表彰的优秀共产党员中，有乡村教师，也有技术骨干。他们中有："
    assert roll_opened(para, 0, len(para), "青禾县优秀共产党员")
    assert not roll_opened(para, 0, len(para), "青禾县先进基层党组织")  # another award of the sentence
    prose = "受表彰的优秀共产党员中，有乡村教师，也有技术骨干。"
    assert not roll_opened(prose, 0, len(prose), "青禾县优秀共产党员")  # no opener at its end


def test_roll_lines_below_the_opening_paragraph_are_honoured() -> None:
    text = (
        "县委表彰优秀党员\n"
        "　　本报讯 4月30日，中共青禾县委作出决定，授予王小明等10名同志“青禾县优秀共产党员”称号。\n"
        "　　受表彰的优秀共产党员中，有乡村教师，也有技术骨干。他们中有：\n"
        "　　李华　青禾县第一中学教师\n"
        "　　张建伟　某某集团技师\n"
    )
    got = {(p, a) for p, a in _honours(extract_page(text))}
    assert got == {(n, "青禾县优秀共产党员") for n in ("王小明", "李华", "张建伟")}
