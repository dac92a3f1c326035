"""Whole local-news articles of invented text: the posts, scopes and events a reader expects."""

from __future__ import annotations

import datetime as dt

from kg.extract import default_stages
from kg.model import Article
from kg.pipeline import run

MEETING = (
    "大同市召开全市经济工作会议\n"
    "本报讯（记者 王小明）3月5日，大同市召开全市经济工作会议。市委书记李明主持会议并讲话，"
    "市委副书记、市长王芳作工作报告。市人大常委会主任赵强，市政协主席孙丽，市委常委、常务副市长钱刚，"
    "市委常委、宣传部部长周伟，市纪委书记、市监委主任吴敏，市中级人民法院院长郑华，市检察院检察长冯军出席会议。\n"
    "会上，平城区委书记陈刚、云州区区长刘洋作交流发言。"
)
INSPECTION = (
    "省委书记在晋城调研\n"
    "本报晋城4月18日电（记者 赵小平 钱明）4月16日至17日，省委书记张大伟在晋城市调研。"
    "他先后来到泽州县巴公镇，走进山西某某科技股份有限公司、晋城市人民医院，了解企业生产经营和医疗服务情况。"
    "省委常委、秘书长刘建华，晋城市委书记孙志强、市长李卫东陪同调研。\n"
    "调研期间，张大伟主持召开座谈会，听取晋城市工作汇报。副省长王红梅参加座谈会。"
)


def extract(text: str):
    return run(Article("n1", "n1.txt", 0, text, date=dt.date(2024, 3, 5)), default_stages())


def posts(ex) -> set[tuple[str, str, str | None]]:
    by_key = {p.key: p for p in ex.posts}
    out = set()
    for h in ex.holdings:
        post = by_key[h.post]
        org = ex.organization(post.organization)
        out.add((ex.person(h.person).name, post.label, org.jurisdiction if org else None))
    return out


def test_bare_city_organs_resolve_to_the_home_city():
    got = posts(extract(MEETING))
    assert ("李明", "大同市委书记", "140200") in got
    assert ("王芳", "大同市人民政府市长", "140200") in got
    assert ("赵强", "大同市人大常委会主任", "140200") in got
    assert ("孙丽", "大同市政协主席", "140200") in got
    assert ("钱刚", "大同市人民政府常务副市长", "140200") in got
    assert ("吴敏", "大同市纪委书记", "140200") in got
    assert ("郑华", "大同市中级人民法院院长", "140200") in got
    assert ("冯军", "大同市检察院检察长", "140200") in got


def test_a_party_department_after_a_city_title_is_that_city_s():
    got = posts(extract(MEETING))
    assert ("周伟", "大同市委宣传部部长", "140200") in got
    assert not any(j == "100000" for _, _, j in got)  # nothing here is national


def test_districts_are_their_own_jurisdictions():
    got = posts(extract(MEETING))
    assert ("陈刚", "平城区委书记", "140213") in got
    assert ("刘洋", "云州区人民政府区长", "140215") in got


def test_meeting_has_everyone_present():
    ex = extract(MEETING)
    [meeting] = [e for e in ex.events if e.kind == "Meeting"]
    assert meeting.name == "全市经济工作会议"
    names = {ex.person(a).name for a in meeting.attendees}
    assert {"李明", "王芳", "赵强", "冯军", "陈刚", "刘洋"} <= names
    assert "王小明" not in names  # the reporter


def test_inspection_sites_and_a_meeting_held_during_it():
    ex = extract(INSPECTION)
    inspection = next(e for e in ex.events if e.kind == "Inspection")
    assert inspection.place == "140500"
    assert {"山西某某科技股份有限公司", "晋城市人民医院"} <= set(inspection.sites)
    assert {ex.person(a).name for a in inspection.attendees} >= {"张大伟", "刘建华", "孙志强", "李卫东"}
    meeting = next(e for e in ex.events if e.kind == "Meeting")
    assert {ex.person(a).name for a in meeting.attendees} == {"张大伟", "王红梅"}
    assert ("王红梅", "山西省人民政府副省长", "140000") in posts(ex)


def test_a_bare_meeting_word_refers_to_the_meeting_named_before():
    ex = extract("市政府召开全市安全生产工作会议。副市长王小红出席会议并讲话。")
    assert [e.name for e in ex.events] == ["全市安全生产工作会议"]
