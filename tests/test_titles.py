"""Title grammar: the lexicon's own examples and counter-examples, and the ranking rules of
:func:`kg.extract.titles.split_title`. Every organisation name here is invented (某某…)."""

from __future__ import annotations

import pytest

from kg.extract.titles import TitleRow, TitleSplit, lexicon, rows, split_title

# ------------------------------------------------------------------ the lexicon runs its examples

#: Kinds whose every row must carry examples and counter-examples.
FULLY_EXAMPLED = ("modifier", "follower", "suffix", "national", "local")


def _split(written: str) -> tuple[str, str, str]:
    """``segment=org+title`` -> (segment, org, title)."""
    segment, eq, rest = written.partition("=")
    org, plus, title = rest.partition("+")
    if not (eq and plus and segment and title):
        raise ValueError(f"titles.tsv example {written!r} is not segment=org+title")
    return segment, org, title


def _at_work(row: TitleRow, org: str, title: str) -> bool:
    """Is the row's word what makes ``title`` a title?"""
    lex = lexicon()
    if row.kind == "not_title":  # a not_title row has no examples of its own
        return False
    if row.kind == "suffix":  # a productive title, not a lexicon word
        return title.endswith(row.word) and lex.title_kind(title) == 1
    if row.kind == "modifier":
        return row.word in title and not lex.is_word(title)
    if row.kind == "follower":
        return title.endswith(row.word) and not lex.is_word(title)
    if row.kind == "national" and org + title == row.word:  # 国家|主席: the organ is the same
        return True
    return row.word in title


def _exampled_rows() -> list[TitleRow]:
    return [r for r in rows() if r.examples or r.counter_examples]


def test_every_closed_class_row_has_examples_and_counter_examples() -> None:
    missing = [r.word for r in rows() if r.kind in FULLY_EXAMPLED and not (r.examples and r.counter_examples)]
    assert missing == []
    sampled = [r for r in rows() if r.kind == "role" and r.examples and r.counter_examples]
    assert len(sampled) >= 20


def test_lexicon_kinds_and_columns() -> None:
    kinds = {"role", "national", "local", "modifier", "follower", "suffix", "not_title"}
    assert {r.kind for r in rows()} == kinds
    for r in rows():
        if r.kind == "local":
            assert r.organ.endswith(("政府", "行署")) and r.level in ("province", "prefecture", "county")
        if r.kind == "suffix":
            lo, hi = (int(x) for x in r.level.split("-"))
            assert 1 <= lo <= hi <= 4 and len(r.word) == 1


@pytest.mark.parametrize("row", _exampled_rows(), ids=lambda r: f"{r.kind}-{r.word}")
def test_lexicon_examples(row: TitleRow) -> None:
    for written in row.examples:
        segment, org, title = _split(written)
        got = split_title(segment)
        assert got is not None, written
        assert (got.org, got.title) == (org, title), written
        assert _at_work(row, org, title), f"{written}: the row {row.word} is not what reads the title"


@pytest.mark.parametrize("row", _exampled_rows(), ids=lambda r: f"{r.kind}-{r.word}")
def test_lexicon_counter_examples(row: TitleRow) -> None:
    for written in row.counter_examples:
        if "=" in written:  # a split that must not be made
            segment, org, title = _split(written)
            got = split_title(segment)
            assert got is None or (got.org, got.title) != (org, title), written
        else:  # not a title at all
            assert split_title(written) is None, written


def test_not_titles_are_no_titles_but_longer_role_words_are() -> None:
    lex = lexicon()
    statuses = [r.word for r in rows() if r.kind == "not_title"]
    assert "党员" in statuses
    for word in statuses:
        assert lex.title_kind(word) is None, word  # the productive 员/工 would make it one
        assert lex.title_kind("预备" + word) is None, word
    assert lex.title_kind("工作人员") == 0  # a role word that ends in one stays a role
    assert split_title("某某公司工作人员") == TitleSplit("某某公司", "工作人员", "工作人员", 1)


# ------------------------------------------------------------------ ranking rules


def _pair(segment: str) -> tuple[str, str] | None:
    got = split_title(segment)
    return (got.org, got.title) if got else None


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        # the shortest title whose organisation ends in a suffix: 政协 is the organisation
        ("某某县政协委员", ("某某县政协", "委员")),
        ("某某市人大代表", ("某某市人大", "代表")),
        ("某某公司副总经理", ("某某公司", "副总经理")),
        # but not an organisation that doubles its last character (某某村村)
        ("某某村村主任", ("某某村", "村主任")),
    ],
)
def test_shortest_valid_title(segment: str, expected: tuple[str, str]) -> None:
    assert _pair(segment) == expected


def test_lexicon_word_beats_productive_pattern() -> None:
    # 计师 (productive 师) after 某某医院中级会 would be shorter; 中级 + 会计师 is a lexicon title
    lex = lexicon()
    assert lex.title_kind("计师") == 1 and lex.title_kind("中级会计师") == 0
    assert _pair("某某医院中级会计师") == ("某某医院", "中级会计师")
    assert _pair("某某公司高级工程师") == ("某某公司", "高级工程师")


@pytest.mark.parametrize(
    ("segment", "org", "title", "role"),
    [
        ("某某公司综合办公室主任", "某某公司", "综合办公室主任", "主任"),
        ("某某医院腹针科主任", "某某医院", "腹针科主任", "主任"),
        ("某某局办公室副主任", "某某局", "办公室副主任", "副主任"),
        ("某某公司综合科科长", "某某公司", "综合科科长", "科长"),
    ],
)
def test_department_before_the_role_stays_in_the_title(segment: str, org: str, title: str, role: str) -> None:
    assert split_title(segment) == TitleSplit(org, title, role, 1)


def test_a_unit_that_is_not_a_department_stays_in_the_organisation() -> None:
    assert _pair("某某中学教务处主任") == ("某某中学教务处", "主任")
    assert _pair("某某有限公司某某分公司职员") == ("某某有限公司某某分公司", "职员")


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        ("某某分局中队指导员", ("某某分局", "中队指导员")),
        ("某某市公安局某某分局大队教导员", ("某某市公安局某某分局", "大队教导员")),
        # without another unit before it, 中队 is the organisation
        ("某某中队指导员", ("某某中队", "指导员")),
        ("某某市公安局大队长", ("某某市公安局", "大队长")),
    ],
)
def test_rank_units_after_another_unit(segment: str, expected: tuple[str, str]) -> None:
    assert _pair(segment) == expected


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        ("某某养老院长", ("某某养老院", "院长")),
        ("某某敬老院长", ("某某敬老院", "院长")),
        ("某某市长", ("某某市", "市长")),
        ("某某自治州长", ("某某自治州", "州长")),
    ],
)
def test_haplology(segment: str, expected: tuple[str, str]) -> None:
    assert _pair(segment) == expected


def test_haplology_needs_an_organisation() -> None:
    assert split_title("老院长") is None  # 老 is no organisation: an old dean, not 老院's 院长
    assert split_title("某某学院") is None


@pytest.mark.parametrize(
    ("segment", "org", "title"),
    [
        ("驻某国特命全权大使", "驻某国", "特命全权大使"),
        ("中华人民共和国驻某国特命全权大使", "中华人民共和国驻某国", "特命全权大使"),
        ("中国常驻某组织代表", "中国常驻某组织", "代表"),
    ],
)
def test_missions_take_the_longest_title(segment: str, org: str, title: str) -> None:
    got = split_title(segment)
    assert got is not None and (got.org, got.title, got.rank) == (org, title, 0)


def test_not_a_mission() -> None:
    assert split_title("某国特命全权大使") is None  # no 驻: 某国 is no organisation
    assert split_title("驻某国大使馆") is None


@pytest.mark.parametrize(
    ("segment", "org", "title", "role"),
    [
        ("某某公司董事长兼总经理", "某某公司", "董事长兼总经理", "董事长兼总经理"),
        ("某某公司董事兼总经理", "某某公司", "董事兼总经理", "董事兼总经理"),
        ("书记兼主任", "", "书记兼主任", "书记兼主任"),
        # a department after 兼 belongs to the second title, not to the organisation
        ("某某局副局长兼办公室主任", "某某局", "副局长兼办公室主任", "副局长兼办公室主任"),
    ],
)
def test_titles_joined_by_jian(segment: str, org: str, title: str, role: str) -> None:
    got = split_title(segment)
    assert got is not None and (got.org, got.title, got.role) == (org, title, role)


def test_jian_needs_a_title_on_both_sides() -> None:
    lex = lexicon()
    assert lex.is_title("董事长兼总经理")
    assert not lex.is_title("兼总经理")
    assert not lex.is_title("董事长兼")
    assert not lex.is_title("兼职")


@pytest.mark.xfail(strict=True, reason="two organisations joined by 兼 (党支部…兼村委会…) need two posts")
def test_jian_across_two_organisations() -> None:
    assert _pair("某某村党支部书记兼村委会主任") != ("某某村党支部书记兼村委会", "主任")


def test_word_boundary_split_needs_a_place_start_and_a_lexicon_word() -> None:
    # 某某 does not end like an organisation; only a word boundary after a place name splits it
    assert split_title("某某区委书记") == TitleSplit("某某区委", "书记", "书记", 1)
    assert split_title("青禾主任") is None
    got = split_title("青禾主任", boundaries=frozenset({2}), org_start_ok=True)
    assert got == TitleSplit("青禾", "主任", "主任", 3)
    assert split_title("青禾主任", boundaries=frozenset({2}), org_start_ok=False) is None
    assert split_title("青禾主任", boundaries=frozenset({1}), org_start_ok=True) is None


@pytest.mark.parametrize("segment", ["某某公司营养师", "某某市场营销员"])
@pytest.mark.xfail(
    strict=True,
    reason="营 is a one-character organisation suffix (a battalion), so the shortest productive "
    "title (养师, 销员) wins over the whole word",
)
def test_productive_title_after_a_one_character_suffix(segment: str) -> None:
    got = split_title(segment)
    assert got is not None and got.title in ("营养师", "营销员")


@pytest.mark.parametrize("word", ["成长", "家长", "擅长"])
@pytest.mark.xfail(
    strict=True, reason="the productive 长 pattern has no stop list; the chain walker guards it"
)
def test_productive_chang_is_not_every_word_in_chang(word: str) -> None:
    assert split_title(word) is None
