"""Round 16S: a bare 公司 before a title in a visit's report, a byline that opens the lead with 报道,
a roll line's surname read as a word, a prefecture written 某州 before its county,
a supervisor's 督导检查 tour, and listed hosts before a dotted foreign guest."""

from __future__ import annotations

from kg.extract.divisions import gazetteer
from kg.extract.place_words import leveled_short
from kg.extract.surname_heads import surname_head
from kg.ingest.patterns import LEAD_REPORT
from kg.model import Token
from tests.extraction_support import event, events_by_name, extract_page, holdings


def _posts(ex) -> set[tuple[str, str, str]]:
    return {(h.person, h.org.name, h.role) for h in holdings(ex)}


# -- 公司 before a title: the company visited just before -------------------------------------


def test_company_word_takes_the_company_visited() -> None:
    ex = extract_page(
        "王小明到青禾县调研企业生产\n"
        "本报讯 5月6日，县委书记王小明到青禾县调研。\n"
        "王小明来到青禾云杉精工器具有限公司，察看数控车床生产线。公司总经理钟毓秀介绍，订单已排到年底。\n"
    )
    assert ("钟毓秀", "青禾云杉精工器具有限公司", "总经理") in _posts(ex)
    assert not any(org == "公司" for _p, org, _r in _posts(ex))


def test_company_word_from_the_lead_paragraph() -> None:
    ex = extract_page(
        "青禾县一企业项目获奖\n"
        "本报讯 5月6日，记者从县科技局获悉，青禾云杉精工器具有限公司研发的数控系统获评优秀项目。\n"
        "该项目由公司总工程师赵一鸣牵头，团队历时四年攻克多项难题。\n"
    )
    assert ("赵一鸣", "青禾云杉精工器具有限公司", "总工程师") in _posts(ex)


def test_company_word_after_two_companies_is_not_guessed() -> None:
    ex = extract_page(
        "青禾县举行项目签约\n"
        "本报讯 5月6日，青禾云杉精工器具有限公司与青禾远帆物流有限公司签订合作协议。公司总经理钟毓秀表示，将加快建设。\n"
    )
    orgs = {org for _p, org, _r in _posts(ex)}
    assert "青禾云杉精工器具有限公司" not in orgs
    assert "青禾远帆物流有限公司" not in orgs


def test_company_word_two_paragraphs_on_is_too_far() -> None:
    ex = extract_page(
        "王小明到青禾县调研\n"
        "本报讯 5月6日，县委书记王小明到青禾县调研。\n"
        "王小明来到青禾云杉精工器具有限公司，察看生产线。\n"
        "王小明强调，要抓好安全生产。\n"
        "在青禾县人民医院，王小明察看了急诊科。\n"
        "公司总经理钟毓秀参加调研。\n"
    )
    assert not any(org == "青禾云杉精工器具有限公司" for _p, org, _r in _posts(ex))


# -- a byline that opens the lead paragraph ---------------------------------------------------


def test_lead_report_byline_pattern() -> None:
    m = LEAD_REPORT.match("记者 王小明 报道 9月3日，县委书记李华在青禾镇调研。")
    assert m is not None and m.group("names") == "王小明"
    assert LEAD_REPORT.match("记者王小明报道了此事。") is None  # 报道 as the verb of a sentence
    assert LEAD_REPORT.match("记者 王小明 报道，") is None


def test_lead_report_byline_in_an_article() -> None:
    ex = extract_page("青禾县推进秋收\n记者 王小明 报道 9月3日，县委书记李华在青禾镇察看秋收进度。\n")
    reporters = {p.name for p in ex.persons if p.key in ex.reporters}
    assert reporters == {"王小明"}


# -- a roll line's surname that the tagger read as a word ---------------------------------------


def _toks(*parts: tuple[str, str]) -> tuple[Token, ...]:
    out, pos = [], 0
    for text, tag in parts:
        out.append(Token(pos, pos + len(text), text, tag))
        pos += len(text)
    return tuple(out)


def test_surname_head_on_a_roll_line() -> None:
    singles = frozenset("储向王")
    toks = _toks(
        ("模范", "n"), ("：", "w"), ("储", "v"), ("晓兰", "PER"), ("（", "w"), ("女", "a"), ("）", "w")
    )
    text = "".join(t.text for t in toks)
    assert surname_head(text, toks, 3, singles) == toks[2].start
    toks = _toks(("向", "PER"), ("春梅", "PER"), ("　", "w"), ("青禾县", "LOC"))
    text = "".join(t.text for t in toks)
    assert surname_head(text, toks, 1, singles) == 0


def test_surname_head_counter_examples() -> None:
    singles = frozenset("储向王")
    toks = _toks(("要", "v"), ("向", "p"), ("春梅", "PER"), ("学习", "v"))  # a preposition in a sentence
    text = "".join(t.text for t in toks)
    assert surname_head(text, toks, 2, singles) == toks[2].start
    toks = _toks(("向", "p"), ("春梅", "PER"), ("学习", "v"))  # a phrase goes on after the name
    text = "".join(t.text for t in toks)
    assert surname_head(text, toks, 1, singles) == toks[1].start


# -- a prefecture's short form with its level word before its county ---------------------------


def test_leveled_short_before_own_county() -> None:
    gaz = gazetteer()
    cands = gaz.by_short["甘南"]
    assert leveled_short("甘南州夏河县某某合作社", 2, cands, gaz)
    assert not leveled_short("甘南州广河县某某合作社", 2, cands, gaz)  # a county of another prefecture
    assert not leveled_short("甘南夏河县某某合作社", 2, cands, gaz)  # no level word


def test_prefecture_and_county_inside_a_roll_job() -> None:
    ex = extract_page(
        "青禾省表彰劳动模范\n本报讯 4月28日，青禾省召开表彰大会。\n王小明（藏族）　甘南州夏河县某某农民专业合作社理事长\n"
    )
    names = {p.name for p in ex.places}
    assert {"甘南藏族自治州", "夏河县"} <= names


# -- a supervisor's tour ------------------------------------------------------------------------


def test_supervising_tour_is_an_inspection() -> None:
    ex = extract_page(
        "王小明在青禾镇督导秋粮收购工作\n"
        "本报讯 9月11日，县委书记王小明深入青禾镇、红旗镇，督导检查秋粮收购工作。副县长李华陪同。\n"
    )
    ev = event(ex)
    assert ev.kind == "Inspection"
    assert {"王小明", "李华"} <= events_by_name(ex)[ev.name]


def test_supervision_team_is_no_tour() -> None:
    ex = extract_page(
        "青禾县召开督导组工作会议\n本报讯 9月11日，青禾县召开督导组工作会议，县长王小明主持。\n"
    )
    assert not any(ev.kind == "Inspection" for ev in ex.events)


# -- an enumeration of hosts before a dotted foreign guest --------------------------------------


def test_hosts_before_a_dotted_guest_stay_names() -> None:
    ex = extract_page("青禾市与某某集团签约\n签约前，王小明、李立成会见了卡尔·霍夫曼一行。\n")
    assert {"王小明", "李立成", "卡尔·霍夫曼"} <= {p.name for p in ex.persons}
    assert not any("会见" in p.name for p in ex.persons)
    assert {"王小明", "李立成", "卡尔·霍夫曼"} <= events_by_name(ex)["王小明、李立成会见卡尔·霍夫曼一行"]


def test_dotted_item_of_an_enumeration_is_still_joined() -> None:
    ex = extract_page("青禾市举行交流会\n本报讯 5月6日，王小明、阿不都·热合曼出席交流会。\n")
    assert "阿不都·热合曼" in {p.name for p in ex.persons}


def test_verb_before_a_dotted_person_token() -> None:
    from kg.extract.names import _verb_before_dotted

    toks = _toks(("李立成", "PER"), ("会见", "v"), ("了", "u"), ("卡尔·霍夫曼", "PER"), ("一行", "m"))
    assert _verb_before_dotted([t for t in toks if 3 <= t.start < 16])
    # a dotted name cut in pieces, one of them read as a verb: no person token holds the dot
    toks = _toks(("阿力", "PER"), ("木", "d"), ("·", "w"), ("提江", "v"), ("巴图", "LOC"))
    assert not _verb_before_dotted([t for t in toks if 2 <= t.start < 10])


def test_company_word_in_a_headline_of_its_own_voice_is_not_referred_back() -> None:
    from kg.extract.company_refs import referred_company

    ex = extract_page(
        "公司召开安全生产会议\n本报讯 5月6日，青禾云杉精工器具有限公司召开会议。公司总经理钟毓秀讲话。\n"
    )
    off = ex.article.text.index("公司总经理")
    assert referred_company(ex, "公司", off) == "公司"  # the own-company rule reads it
    ex = extract_page(
        "王小明到青禾县调研\n本报讯 5月6日，王小明来到青禾云杉精工器具有限公司。公司总经理钟毓秀介绍情况。\n"
    )
    off = ex.article.text.index("公司总经理")
    assert referred_company(ex, "公司", off) == "青禾云杉精工器具有限公司"
    assert referred_company(ex, "集团党委", off) == "集团党委"
