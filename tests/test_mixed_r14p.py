"""End-to-end checks on mixed articles of the genre, round 14P: a people's congress's working
bodies written bare after a title of its standing committee, with examples and counter-examples.
Invented people and institutions; real divisions."""

from __future__ import annotations

from extraction_support import extract, placed_posts

from kg.extract.congress_bodies import congress_body
from kg.extract.orgs import org_key
from kg.model import Organization

NANCHANG = "南昌市"


def test_a_working_committee_after_a_standing_committee_title_is_that_committees() -> None:
    text = "　　4月2日，南昌市人大常委会委员、教科文卫工委主任李华带队赴湾里区调研职业教育。\n"
    got = {(p, org, role) for p, org, _where, role in placed_posts(extract(text))}
    assert ("李华", "南昌市人大常委会教科文卫工委", "主任") in got
    assert ("李华", "南昌市人大常委会", "委员") in got
    where = {org: w for p, org, w, _role in placed_posts(extract(text))}
    assert where["南昌市人大常委会教科文卫工委"] == where["南昌市人大常委会"]


def test_a_special_committee_after_a_standing_committee_title_is_in_its_division() -> None:
    text = "　　南昌市人大常委会副主任、农业农村委员会主任委员王小明主持座谈会。\n"
    got = {(p, org, role) for p, org, _where, role in placed_posts(extract(text))}
    assert ("王小明", "南昌市人大常委会农业农村委员会", "主任委员") in got


def test_a_body_with_a_level_or_a_division_of_its_own_is_not_the_congresss() -> None:
    text = "　　南昌市人大常委会委员、市委教育工委书记李华出席会议。青山湖区人大常委会委员、湖坊街道工委书记王小明出席会议。\n"
    orgs = {org for _p, org, _w, _r in placed_posts(extract(text))}
    assert "南昌市委教育工委" in orgs
    assert not any(o.startswith(("南昌市人大常委会市委", "青山湖区人大常委会湖坊")) for o in orgs)


def _body(name: str) -> Organization:
    return Organization(org_key(NANCHANG, name), name, "GovernmentOrganization", NANCHANG, None)


def test_only_a_standing_committee_holds_a_bare_congress_body() -> None:
    committee = (_body("南昌市人大常委会"),)
    assert congress_body(committee, "预算工委") is not None
    assert congress_body(committee, "预算工委")[-1].name == "南昌市人大常委会预算工委"
    # counter-examples: another host, a party organ, a grassroots committee, a plain word
    assert congress_body((_body("南昌市发展和改革委员会"),), "预算工委") is None
    assert congress_body(committee, "党的工作委员会") is None
    assert congress_body(committee, "居民委员会") is None
    assert congress_body(committee, "管理委员会") is None
    assert congress_body(committee, "秘书长") is None
