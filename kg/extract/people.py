"""People and their posts.

Grammar, in order of evidence:
- a title chain right before a name (``省委常委、某市委书记王小明``);
- an enumeration with 、 after a titled name shares its chain (``市领导甲、乙、丙``);
- a national title right after a name (``某某总书记``);
- appointment and removal lists (``任命甲为某部副部长``, ``免去乙的某部副部长职务``);
- a roll line: the name, a space, and the post to the end of the line (:mod:`kg.extract.rolls`).
Names in bylines and photo credits are left to the byline stage.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace

from kg import rx
from kg.extract.appointments import ADDRESS_GENDER, CHANGES, appointee, appointments, gendered, minority_name
from kg.extract.bare_roles import bare_roles
from kg.extract.board_committees import committee_seats
from kg.extract.chain_orgs import home_company
from kg.extract.chains import ChainItem, ResolvedPost, chain_start, parse_chain, resolve_chain
from kg.extract.clipped_words import clipped_word
from kg.extract.comma_chains import first_group, without_now
from kg.extract.deputies import deputy_org
from kg.extract.elected_orgs import electing_org
from kg.extract.eponyms import eponyms
from kg.extract.foreign_posts import country_before
from kg.extract.held_marks import marked_chain
from kg.extract.led_groups import after_stated
from kg.extract.name_credits import outside_credits
from kg.extract.name_foreign_short import dotted_full_names
from kg.extract.name_runs import looks_foreign
from kg.extract.names import NameHit, after_title, find_names, surname_first
from kg.extract.place_overlaps import inside_names
from kg.extract.rolls import roll_chain
from kg.extract.short_forms import short_forms
from kg.extract.spaced_chains import chain_end
from kg.extract.stated_posts import moves_on, possessor, removal_after, stated_chain, stated_change
from kg.extract.statuses import STATUS_WORDS, no_post
from kg.extract.titles import TitleSplit, lexicon, split_title
from kg.extract.vacancies import after_vacancy, vacancy_span
from kg.extract.works import work_names
from kg.model import Extraction, Holding, Mention, Organization, Person, Post, clause_end
from kg.pipeline import stage


def person_key(article_id: str, name: str) -> str:
    return f"{article_id}|{name}"


@dataclass
class _Acc:
    """What the stage has found so far (mutable while the stage runs; frozen into the Extraction)."""

    persons: dict[str, Person]
    orgs: dict[str, Organization]
    posts: dict[str, Post]
    holdings: list[Holding]
    mentions: list[Mention]
    abstained: int = 0

    def post(
        self,
        ex: Extraction,
        person: str,
        rp: ResolvedPost,
        start: int,
        end: int,
        title: str,
        change: str | None = None,
        roll: bool = False,
    ) -> None:
        if no_post(rp.role, rp.orgs) and not (roll and rp.role in STATUS_WORDS):
            return  # 某某乡农民: a status, no post (kg.extract.statuses); on a roll, the job
        for org in rp.orgs:
            self.orgs.setdefault(org.key, org)
        key = self.posts.setdefault((post := rp.post()).key, post).key
        mention = ex.article.span(start, end, "Post", ref=key)
        holding = Holding(person, key, mention, title, change)
        same = next((n for n, h in enumerate(self.holdings) if h.person == person and h.post == key), None)
        if same is None:
            self.holdings.append(holding)
        elif change == "removed" and self.holdings[same].change is None:
            self.holdings[same] = holding  # 甲不再担任…: the removal wins over a sighting of the post
        self.mentions.append(mention)


@stage(
    "people",
    needs=("tokens", "places", "organizations", "bylines"),
    adds=("persons", "posts", "holdings", "organizations", "mentions"),
)
def people_stage(ex: Extraction) -> Extraction:
    acc = _Acc({}, {}, {}, [], [])
    credited = set(ex.reporters) | set(ex.photographers)
    hits = [
        h for h in find_names(ex) if not _in_credit(ex, h, credited) and not clipped_word(ex, h.start, h.end)
    ]
    hits = outside_credits(ex, hits, credited)  # 向晨阳 in a byline: not 晨阳 as well
    # 领导人某某某: a foreign name the tagger read as a place or an organisation is a name
    named = {(h.start, h.end, k) for h in hits if looks_foreign(h.name) for k in ("Place", "Organization")}
    ex = replace(
        ex, mentions=tuple(m for m in ex.mentions if m.ref or (m.start, m.end, m.label) not in named)
    )
    titled_names = {h.name for h in hits if after_title(ex.article.text, h.start)}
    titled = [(h.start, h.end) for h in hits if h.name in titled_names]  # …县长海东某 … 海东某表示
    # 副主席贡觉央宗: 贡觉 is no county (a name after a title is sure); 选举周国华为…: nor is 华为镇
    ex = inside_names(ex, titled, [(h.start, h.end) for h in hits])
    text = ex.article.text
    prev_end = 0
    prev_posts: list[ResolvedPost] = []
    prev_hit: NameHit | None = None
    sentence = (-1, -1)
    sentence_scope: str | None = None
    sentence_org: tuple[Organization, ...] | None = None
    full = dotted_full_names(h.name for h in hits)  # 怀特 after 马克·怀特: the same person
    seats = committee_seats(ex, hits)  # a board's committees, a company's notice lists
    for hit in hits:
        key = person_key(ex.article.id, full.get(hit.name, hit.name))
        acc.persons.setdefault(key, Person(key, full.get(hit.name, hit.name), hit.gender))
        acc.mentions.append(ex.article.span(hit.start, hit.end, "Person", ref=key))
        sent = ex.article.sentence(hit.start)
        if sent != sentence:
            carried = deputy_org(ex, sent, prev_posts)  # 主任甲主持。副主任乙: 甲's organisation
            sentence, sentence_scope, prev_posts, prev_hit, sentence_org = sent, None, [], None, carried
        floor = max(prev_end, sent[0])
        start = country_before(ex, chain_start(ex, end := chain_end(ex, hit.start, floor), floor), floor)
        start = after_stated(text, after_vacancy(text, start, hit.start), hit.start, prev_end)  # 甲为组长、
        items = possessor(ex, parse_chain(ex, start, end))  # end: 某国|驻华大使, 书记 某某 (captions)
        if items and items[0].start == start:  # 某村党支部书记、村委会主任，县人大代表甲: one chain
            items = first_group(ex, start, floor) + without_now(ex, start, end, items)
        posts, skipped = resolve_chain(ex, items, sentence_scope, sentence_org)
        acc.abstained += skipped
        posts += _vacancy(ex, hit, acc, start, sent[0])
        posts = _marked(ex, hit, acc, key, items, sent[0], sentence_scope, sentence_org) + posts
        if not items and not posts:  # 新一届镇党委委员（按姓氏笔画为序）：甲、乙、丙
            posts = _listed_under(ex, hit, floor, sentence_scope, sentence_org)
        if not items and not posts and hit.start in seats:  # 审计委员会：甲（主任委员）、乙
            posts = _seated(ex, hit, seats[hit.start])
        enumerated = prev_hit is not None and _enumerated(text, prev_hit, hit)
        if not items and enumerated and prev_posts and all(p.item.start < hit.start for p in prev_posts):
            posts = prev_posts  # 市领导甲、乙、丙: the chain is shared (甲、乙当选为…: each states it)
        gone = _given_up(ex, hit, hits, sentence_scope, sentence_org) if posts else set()
        for rp in posts:
            change = "removed" if (rp.orgs[-1].key, rp.role) in gone else None  # …，不再担任该职务
            acc.post(ex, key, rp, rp.item.start, hit.end, _job_title(ex, posts, rp), change)
        posts = posts or _title_after(ex, hit, acc, key)
        if not posts and not items and not enumerated:
            posts = _org_name_title(ex, hit, acc, key, start, sentence_scope)
        if (not posts and not items) or moves_on(ex, hit, hits):  # 县长甲升任县委书记: both posts
            posts = [*posts, *_stated(ex, hit, hits, acc, key, sentence_scope, sentence_org)]
        if not posts and not items:
            posts = _rolled(ex, hit, acc, key, sentence_scope)
        if posts:
            sentence_scope = next((p.jurisdiction for p in reversed(posts) if p.jurisdiction), sentence_scope)
            sentence_org = posts[-1].orgs
            prev_posts = posts
        elif not enumerated:
            prev_posts = []
        prev_hit = hit
        prev_end = hit.end_with_mark
    _appointments(ex, acc, {h.name for h in hits})
    acc.mentions.extend(bare_roles(ex, acc.mentions))
    acc.mentions.extend(short_forms(ex, acc.persons.values(), acc.posts, acc.holdings, acc.mentions))
    acc.mentions.extend(eponyms(ex, [*ex.mentions, *acc.mentions]))
    acc.mentions.extend(work_names(ex, [*ex.mentions, *acc.mentions]))
    return replace(
        ex.add(
            persons=acc.persons.values(),
            organizations=acc.orgs.values(),
            posts=acc.posts.values(),
            holdings=acc.holdings,
            mentions=acc.mentions,
        ),
        abstained=ex.abstained + acc.abstained,
    )


def _in_credit(ex: Extraction, hit: NameHit, credited: set[str]) -> bool:
    """A name inside a byline or photo credit (记者 甲 乙 / 甲 摄) is the byline stage's."""
    if person_key(ex.article.id, hit.name) not in credited:
        return False
    s, e = ex.article.sentence(hit.start)
    window = ex.article.text[max(s, hit.start - 12) : min(e, hit.end + 4)]
    return any(w in window for w in ("记者", "摄", "通讯员", "编辑"))


#: What stands between a title chain and the list of its holders: an aside in brackets (按姓氏笔画
#: 为序, 共9名) and a colon.
_LIST_HEAD = rx.compile(r"(?:[（(][^（）()\n]{1,16}[)）])?[：:]$")


#: Words of a new term before such a chain: no part of its organisation's name.
_NEW_TERM = rx.compile(r"新一届的?|新当选的?|本届")


def _listed_under(
    ex: Extraction, hit: NameHit, floor: int, scope: str | None, org: tuple[Organization, ...] | None
) -> list[ResolvedPost]:
    """The posts of a title chain written before a colon over a list of names (``新一届镇党委委员
    （按姓氏笔画为序）：甲、乙、丙``), for the list's first name ``hit``: the chain runs from the
    clause's start to the colon or the aside before it, and an enumeration goes on after the name
    (a list of its holders, not a speaker's line: ``书记：我们要…``)."""
    text = ex.article.text
    head = _LIST_HEAD.search(text, floor, hit.start)
    addressed = text[hit.end : hit.end_with_mark] in ADDRESS_GENDER  # 总经理：某某某先生 (one name)
    after = text[hit.end_with_mark : hit.end_with_mark + 1]
    if head is None or not (after == "、" or (addressed and head.end() == hit.start and after in "\n。；")):
        return []
    end = head.start()
    start = chain_start(ex, end, floor)
    start = term.end() if (term := _NEW_TERM.match(text, start, end)) else start  # 新一届|镇党委委员
    items = parse_chain(ex, start, end)
    if not items or items[-1].end != end:
        return []
    posts, _ = resolve_chain(ex, items, scope, org)
    return posts


def _seated(ex: Extraction, hit: NameHit, seat: tuple[str, str]) -> list[ResolvedPost]:
    """The post of a member of a board's committee (:mod:`kg.extract.board_committees`): the role
    in that committee of the article's company; none where the article has no company of its own."""
    home = home_company(ex)
    if home is None:
        return []
    organ, role = seat
    item = ChainItem(hit.start, hit.end, TitleSplit(org=home + organ, title=role, role=role, rank=1))
    return resolve_chain(ex, [item], None)[0]


def _enumerated(text: str, prev: NameHit, hit: NameHit) -> bool:
    between = text[prev.end_with_mark : hit.start]
    return between in ("、", "，") and between == "、"


def _job_title(ex: Extraction, posts: list[ResolvedPost], rp: ResolvedPost) -> str:
    """Titles at one organisation in one chain read as one job: 综合办公室主任、语文教师; two that
    the text joins with 兼 are joined so again (法人兼总经理)."""
    same = [p for p in posts if p.orgs[-1].key == rp.orgs[-1].key]
    text = ex.article.text
    out = same[0].item.split.title if same else ""
    for before, p in itertools.pairwise(same):
        out += ("兼" if text[before.item.end : p.item.start] == "兼" else "、") + p.item.split.title
    return out


def _title_after(ex: Extraction, hit: NameHit, acc: _Acc, key: str) -> list[ResolvedPost]:
    """A national title written after the name: 某某总书记."""
    lex = lexicon()
    text = ex.article.text
    for length in (5, 4, 3, 2):
        word = text[hit.end_with_mark : hit.end_with_mark + length]
        if word in lex.national:
            end = hit.end_with_mark + length
            items = parse_chain(ex, hit.end_with_mark, end)
            posts, _ = resolve_chain(ex, items, None)
            for rp in posts:
                acc.post(ex, key, rp, hit.start, end, rp.item.split.title)
            return posts
    return []


#: Title words written after a name, with the organisation before it: 某省委党校王小明副校长.
_TITLE_AFTER_MAX = 5


def _org_name_title(
    ex: Extraction, hit: NameHit, acc: _Acc, key: str, start: int, scope: str | None
) -> list[ResolvedPost]:
    """``<organisation><name><title>`` (某市政府王小明副市长): the title after the name is in the
    organisation before it. Both must be there: an organisation right before the name, and a
    title word of the lexicon right after it, ending where the tagger's words end."""
    text = ex.article.text
    lex = lexicon()
    after = text[hit.end_with_mark : hit.end_with_mark + _TITLE_AFTER_MAX]
    if not any(lex.is_word(after[:k]) for k in range(2, len(after) + 1)):
        return []  # no title word right after the name (the cheap test first)
    found = any(m.label == "Organization" and m.end == hit.start and m.start >= start for m in ex.mentions)
    if not found and not any(t.tag == "ORG" and t.end == hit.start and t.start >= start for t in ex.tokens):
        return []  # no organisation (found, or tagged) right before the name
    starts = [m.start for m in ex.mentions if m.label in ("Place", "Organization")]
    starts += [t.start for t in ex.tokens if t.tag in ("ORG", "LOC")]
    start = min((s for s in starts if start <= s < hit.start), default=start)  # not 来自|某省…
    org = text[start : hit.start]
    ends = {t.end for t in ex.tokens}
    for length in range(_TITLE_AFTER_MAX, 1, -1):
        end = hit.end_with_mark + length
        word = text[hit.end_with_mark : end]
        if end not in ends or not lex.is_word(word) or lex.title_kind(word) != 0:
            continue
        bounds = frozenset(t.end - start for t in ex.tokens if start < t.end <= hit.start)
        split = split_title(org + word, boundaries=bounds | {len(org)}, org_start_ok=True)
        if split is None or not split.org:
            return []
        posts, _ = resolve_chain(ex, [ChainItem(start, end, split)], scope)
        for rp in posts:
            acc.post(ex, key, rp, start, end, split.title)
        return posts
    return []


def _marked(
    ex: Extraction,
    hit: NameHit,
    acc: _Acc,
    key: str,
    items: list[ChainItem],
    floor: int,
    scope: str | None,
    org: tuple[Organization, ...] | None,
) -> list[ResolvedPost]:
    """The posts of a chain opened by a word of holding and joined to the name (or the name's own
    chain) by 的: ``现任某某局局长的甲`` (:mod:`kg.extract.held_marks`); none when it says 时任."""
    marked = marked_chain(ex, items[0].start if items else hit.start, floor)
    if marked is None or marked[2]:
        return []
    posts, skipped = resolve_chain(ex, marked[1], scope, org)
    acc.abstained += skipped
    for rp in posts:
        acc.post(ex, key, rp, marked[0], hit.end, _job_title(ex, posts, rp))
    return posts


def _stated(
    ex: Extraction,
    hit: NameHit,
    hits: list[NameHit],
    acc: _Acc,
    key: str,
    scope: str | None,
    org: tuple[Organization, ...] | None,
) -> list[ResolvedPost]:
    """A post stated after the name or joined to it by a verb (:mod:`kg.extract.stated_posts`);
    a bare title is of the sentence's organisation ``org`` (甲当选为某会会长，乙当选为副会长)."""
    start, end, items = stated_chain(ex, hit, hits)
    org = electing_org(ex, hit, hits, org) if items else org  # 某公司董事长甲当选会长，乙当选副会长
    posts, skipped = resolve_chain(ex, items, scope, org) if items else ([], 0)
    acc.abstained += skipped
    change = stated_change(ex, hit, hits) if posts else None  # 甲当选为…, 甲不再担任…
    for rp in posts:
        acc.post(ex, key, rp, start, end, _job_title(ex, posts, rp), change)
    return posts


def _given_up(
    ex: Extraction, hit: NameHit, hits: list[NameHit], scope: str | None, org: tuple[Organization, ...] | None
) -> set[tuple[str, str]]:
    """(organisation key, role) of the posts that a later clause gives up (:func:`removal_after`)."""
    items = removal_after(ex, hit, hits)
    posts = resolve_chain(ex, items, scope, org)[0] if items else []
    return {(rp.orgs[-1].key, rp.role) for rp in posts}


def _vacancy(ex: Extraction, hit: NameHit, acc: _Acc, start: int, floor: int) -> list[ResolvedPost]:
    """The post before 一职由 that the name after it takes (:mod:`kg.extract.vacancies`)."""
    span = vacancy_span(ex.article.text, start, hit.end)
    if span is None:
        return []
    items = parse_chain(ex, chain_start(ex, span[0], floor), span[0])
    posts, skipped = resolve_chain(ex, items, None) if items else ([], 0)
    acc.abstained += skipped
    return posts


def _rolled(ex: Extraction, hit: NameHit, acc: _Acc, key: str, scope: str | None) -> list[ResolvedPost]:
    """The post after the name on a roll line (:mod:`kg.extract.rolls`)."""
    end, items = roll_chain(ex, hit.start, hit.end_with_mark or hit.end)
    posts, skipped = resolve_chain(ex, items, scope) if items else ([], 0)
    acc.abstained += skipped
    for rp in posts:
        acc.post(ex, key, rp, hit.start, end, _job_title(ex, posts, rp), roll=True)
    return posts


def _surname_start(name: str) -> bool:
    return len(name) <= 4 and surname_first(name)


#: An aside closing an appointment's title: （法定代表人）, （正厅级）, （兼）; or a removal's (因退休).
_ASIDE_END = rx.compile(r"（[^（）]{1,8}）$")


def _appointments(ex: Extraction, acc: _Acc, known: set[str]) -> None:
    """``任命甲、乙为某部副部长``; ``免去丙的某部副部长职务``; ``，兼任某部副部长``."""
    text = ex.article.text
    last: tuple[tuple[int, int], tuple[Organization, ...]] | None = None  # a sentence, its last organisation
    for m in appointments(text):
        raws = m.names.split("、")
        names = [appointee(n) for n in raws]
        if not all(
            n in known or _surname_start(n) or gendered(raw) or minority_name(n)
            for n, raw in zip(names, raws, strict=True)
        ):
            continue
        pos = m.names_start
        for raw in raws:
            name = appointee(raw)
            if name not in known:  # 任命甲为…: the grammar names a person where the tagger did not
                key = person_key(ex.article.id, name)
                acc.persons.setdefault(key, Person(key, name))
                acc.mentions.append(ex.article.span(pos, pos + len(name), "Person", ref=key))
            pos += len(raw) + 1
        tail_start = m.end
        stop = clause_end(text, tail_start, "，；。\n")
        tail = text[tail_start:stop]
        if m.marker in ("的", "辞去"):  # 的…职务; 辞去…职务的请求; 的…职务（因退休）
            tail = _ASIDE_END.sub("", tail).removesuffix("的请求").removesuffix("职务")
        tail = _ASIDE_END.sub("", tail)  # 某公司董事长（法定代表人）职务: the aside is no title
        phrases = [(tail_start, tail)]
        nxt = text[stop : stop + 3]
        if nxt.startswith("，兼任"):
            s2 = stop + 3
            e2 = clause_end(text, s2, "，；。\n")
            phrases.append((s2, text[s2:e2]))
        for start, phrase in phrases:
            items = parse_chain(ex, start, start + len(phrase))
            if not items:
                acc.abstained += 1
                continue
            sentence = ex.article.sentence(start)
            org = last[1] if last is not None and last[0] == sentence else None
            posts, skipped = resolve_chain(ex, items, None, org)  # 选举甲为某会主任，选举乙为副主任
            if posts:
                last = (sentence, posts[-1].orgs)
            acc.abstained += skipped
            for name in names:
                key = person_key(ex.article.id, name)
                for rp in posts:
                    change = CHANGES.get(m.verb, "removed")
                    acc.post(ex, key, rp, m.start, start + len(phrase), rp.item.split.title, change)
