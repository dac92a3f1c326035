"""Extractor stages, one module each. :func:`default_stages` is the order they run in."""

from __future__ import annotations

import functools

from kg.pipeline import Stage


@functools.cache
def default_stages() -> tuple[Stage, ...]:
    from kg.extract.academy import academy_stage
    from kg.extract.bylines import bylines_stage
    from kg.extract.callings import callings_stage
    from kg.extract.careers import careers_stage
    from kg.extract.closure import closure_stage
    from kg.extract.dates import dates_stage
    from kg.extract.events import events_stage
    from kg.extract.group_leaders import group_leaders_stage
    from kg.extract.honours import honours_stage
    from kg.extract.orgs import orgs_stage
    from kg.extract.people import people_stage
    from kg.extract.places import places_stage
    from kg.extract.session_deputies import session_deputies_stage
    from kg.extract.tagger import tokens_stage
    from kg.extract.visited_places import visited_places_stage

    return (
        tokens_stage,
        dates_stage,
        bylines_stage,
        places_stage,
        visited_places_stage,
        orgs_stage,
        people_stage,
        group_leaders_stage,
        session_deputies_stage,
        honours_stage,
        academy_stage,
        callings_stage,
        events_stage,
        careers_stage,
        closure_stage,
    )
