"""The geometry of the trajectory chart: level over time. Plain data in, coordinates out.

The template only draws what this returns (an SVG step line with points and axis labels); the
data table next to it shows the same observations in words. No Django, no clock.

- y: the levels by their order, the lowest at the bottom.
- x: the dates, in proportion to the time between them, but never closer together than a
  minimum gap, so two observations on one day stay apart and readable.
- The line is a step line: a level holds until the next observation changes it.
"""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class LevelStep:
    """One level on the y axis (input)."""

    slug: str
    name: str
    order: int


@dataclass(frozen=True)
class Entry:
    """One observation (input)."""

    date: date
    level_slug: str


@dataclass(frozen=True)
class ChartPoint:
    x: float
    y: float
    date: date
    level_slug: str
    level_name: str


@dataclass(frozen=True)
class YTick:
    y: float
    slug: str
    name: str

    @property
    def text_y(self) -> float:
        """Baseline of the level name, so the text sits centred on the grid line."""
        return _round(self.y + 5)

    @property
    def band_y(self) -> float:
        """Top of the coloured band behind the level name."""
        return _round(self.y - 11)


@dataclass(frozen=True)
class XTick:
    x: float
    date: date


@dataclass(frozen=True)
class TrajectoryChart:
    width: int
    height: int
    left: float
    right: float
    top: float
    bottom: float
    points: tuple[ChartPoint, ...]
    path: str
    y_ticks: tuple[YTick, ...]
    x_ticks: tuple[XTick, ...]

    @property
    def is_empty(self) -> bool:
        return not self.points

    @property
    def label_x(self) -> float:
        """Right edge of the level names."""
        return _round(self.left - 16)

    @property
    def band_width(self) -> float:
        return _round(self.left - 14)

    @property
    def axis_y(self) -> float:
        return _round(self.bottom + 12)

    @property
    def date_y(self) -> float:
        """Baseline of the date labels."""
        return _round(self.bottom + 32)

    @property
    def first(self) -> ChartPoint | None:
        return self.points[0] if self.points else None

    @property
    def last(self) -> ChartPoint | None:
        return self.points[-1] if self.points else None


def trajectory_chart(
    *,
    levels: list[LevelStep],
    entries: list[Entry],
    width: int = 640,
    height: int = 240,
    margin_left: int = 110,
    margin_right: int = 50,
    margin_top: int = 20,
    margin_bottom: int = 40,
    min_gap: float = 0.06,
    label_gap: float = 90,
) -> TrajectoryChart:
    """Coordinates for a chart of ``entries`` (in time order) against ``levels``.

    ``min_gap`` is the smallest distance between two points as a share of the plot width;
    ``label_gap`` the smallest distance in pixels between two date labels.
    """
    left, right = float(margin_left), float(width - margin_right)
    top, bottom = float(margin_top), float(height - margin_bottom)
    ordered_levels = sorted(levels, key=lambda level: level.order)
    y_of = _level_positions(ordered_levels, top, bottom)
    names = {level.slug: level.name for level in ordered_levels}
    y_ticks = tuple(
        YTick(y=y_of[level.slug], slug=level.slug, name=level.name) for level in ordered_levels
    )

    known = sorted((e for e in entries if e.level_slug in y_of), key=lambda e: e.date)
    shares = spread(
        [(e.date - known[0].date).days for e in known] if known else [], min_gap=min_gap
    )
    points = tuple(
        ChartPoint(
            x=_round(left + share * (right - left)),
            y=y_of[entry.level_slug],
            date=entry.date,
            level_slug=entry.level_slug,
            level_name=names[entry.level_slug],
        )
        for entry, share in zip(known, shares, strict=True)
    )
    return TrajectoryChart(
        width=width,
        height=height,
        left=left,
        right=right,
        top=top,
        bottom=bottom,
        points=points,
        path=step_path(points),
        y_ticks=y_ticks,
        x_ticks=_x_ticks(points, label_gap),
    )


def spread(days: list[int], *, min_gap: float) -> list[float]:
    """Positions between 0 and 1 for days since the first, at least ``min_gap`` apart.

    One point sits in the middle. Points on the same day, or all on one day, are spread evenly.
    """
    if not days:
        return []
    if len(days) == 1:
        return [0.5]
    gap = min(min_gap, 1 / (len(days) - 1))
    span = days[-1] - days[0]
    shares = [(d - days[0]) / span if span else 0.0 for d in days]
    if not span:
        return [i / (len(days) - 1) for i in range(len(days))]
    adjusted = [shares[0]]
    for share in shares[1:]:
        adjusted.append(max(share, adjusted[-1] + gap))
    if adjusted[-1] > 1:
        # Squeeze back into the plot, keeping the gaps.
        adjusted = [share / adjusted[-1] for share in adjusted]
    return [round(share, 4) for share in adjusted]


def step_path(points: tuple[ChartPoint, ...]) -> str:
    """An SVG path: from each point horizontally to the next date, then to the next level."""
    if not points:
        return ""
    parts = [f"M {_fmt(points[0].x)} {_fmt(points[0].y)}"]
    for point in points[1:]:
        parts.append(f"H {_fmt(point.x)}")
        parts.append(f"V {_fmt(point.y)}")
    return " ".join(parts)


def _level_positions(levels: list[LevelStep], top: float, bottom: float) -> dict[str, float]:
    if not levels:
        return {}
    if len(levels) == 1:
        return {levels[0].slug: _round((top + bottom) / 2)}
    step = (bottom - top) / (len(levels) - 1)
    return {level.slug: _round(bottom - index * step) for index, level in enumerate(levels)}


def _x_ticks(points: tuple[ChartPoint, ...], label_gap: float) -> tuple[XTick, ...]:
    """Date labels that do not overlap: from the left, and always the last one."""
    ticks: list[XTick] = []
    seen_dates = set()
    for point in points:
        if point.date in seen_dates:
            continue
        if ticks and point.x - ticks[-1].x < label_gap:
            continue
        ticks.append(XTick(x=point.x, date=point.date))
        seen_dates.add(point.date)
    if points and points[-1].date not in seen_dates:
        last = XTick(x=points[-1].x, date=points[-1].date)
        while len(ticks) > 1 and last.x - ticks[-1].x < label_gap:
            ticks.pop()
        if not ticks or last.x - ticks[-1].x >= label_gap:
            ticks.append(last)
    return tuple(ticks)


def _round(value: float) -> float:
    return round(value, 1)


def _fmt(value: float) -> str:
    return f"{value:g}"
