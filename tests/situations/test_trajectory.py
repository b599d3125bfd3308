"""The chart geometry: plain data in, coordinates out."""

from datetime import date

import pytest

from situations.trajectory import Entry, LevelStep, spread, step_path, trajectory_chart

LEVELS = [
    LevelStep("escalatie", "Escalatie", 4),
    LevelStep("ongemak", "Ongemak", 1),
    LevelStep("incidenten", "Incidenten", 3),
    LevelStep("spanning", "Spanning", 2),
]


def chart(entries, **kwargs):
    return trajectory_chart(levels=LEVELS, entries=entries, **kwargs)


def test_it_puts_the_lowest_level_at_the_bottom_and_the_highest_at_the_top():
    result = chart([], width=600, height=240, margin_top=20, margin_bottom=40)
    assert [tick.slug for tick in result.y_ticks] == [
        "ongemak",
        "spanning",
        "incidenten",
        "escalatie",
    ]
    assert [tick.y for tick in result.y_ticks] == [200.0, 140.0, 80.0, 20.0]
    assert result.is_empty is True
    assert result.path == ""


def test_it_places_dates_in_proportion_to_time():
    result = chart(
        [
            Entry(date(2025, 1, 1), "ongemak"),
            Entry(date(2025, 1, 11), "spanning"),
            Entry(date(2025, 1, 21), "incidenten"),
        ],
        width=330,
        margin_left=110,
        margin_right=20,
    )
    assert [p.x for p in result.points] == [110.0, 210.0, 310.0]
    assert [p.level_name for p in result.points] == ["Ongemak", "Spanning", "Incidenten"]
    assert result.first.date == date(2025, 1, 1)
    assert result.last.level_slug == "incidenten"


def test_it_draws_a_step_line_that_holds_each_level_until_the_next_observation():
    result = chart(
        [Entry(date(2025, 1, 1), "ongemak"), Entry(date(2025, 1, 11), "spanning")],
        width=330,
        margin_left=110,
        margin_right=20,
        height=240,
        margin_top=20,
        margin_bottom=40,
    )
    assert result.path == "M 110 200 H 310 V 140"


def test_a_single_observation_sits_in_the_middle():
    result = chart(
        [Entry(date(2025, 3, 1), "spanning")], width=330, margin_left=110, margin_right=20
    )
    assert [p.x for p in result.points] == [210.0]
    assert result.path.startswith("M 210 ")


def test_observations_on_the_same_day_stay_apart():
    same_day = date(2025, 5, 1)
    result = chart(
        [Entry(same_day, "ongemak"), Entry(same_day, "spanning"), Entry(same_day, "incidenten")]
    )
    xs = [p.x for p in result.points]
    assert xs[0] < xs[1] < xs[2]


def test_close_dates_get_a_minimum_gap_and_still_fit_the_plot():
    shares = spread([0, 0, 1, 100], min_gap=0.1)
    assert shares[0] == 0
    assert all(b - a >= 0.09 for a, b in zip(shares, shares[1:], strict=False))
    assert shares[-1] == 1


def test_it_skips_observations_of_unknown_levels():
    result = chart([Entry(date(2025, 1, 1), "ongemak"), Entry(date(2025, 1, 2), "bestaat-niet")])
    assert len(result.points) == 1


def test_date_labels_do_not_overlap_and_the_last_date_is_shown():
    entries = [Entry(date(2025, 1, day), "ongemak") for day in range(1, 11)]
    result = chart(entries, width=400, margin_left=100, margin_right=0, label_gap=90)
    xs = [tick.x for tick in result.x_ticks]
    assert all(b - a >= 90 for a, b in zip(xs, xs[1:], strict=False))
    assert result.x_ticks[0].date == date(2025, 1, 1)
    assert result.x_ticks[-1].date == date(2025, 1, 10)


def test_one_date_twice_gets_one_label():
    day = date(2025, 1, 1)
    result = chart([Entry(day, "ongemak"), Entry(day, "spanning")], label_gap=1)
    assert [tick.date for tick in result.x_ticks] == [day]


@pytest.mark.parametrize("days", [[], [5]])
def test_spread_handles_no_and_one_point(days):
    assert spread(days, min_gap=0.1) == ([] if not days else [0.5])


def test_an_empty_path_for_no_points():
    assert step_path(()) == ""
