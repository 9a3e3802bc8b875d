"""The ``survey`` command: a population's usual intakes against the reference values.

Bad rows are left out and reported on stderr by line number (``--strict``
makes the first one fatal, exit 2); any other input problem is one line on
stderr with exit 2. A file that takes more than a few seconds to read shows
its progress on stderr.
"""

from __future__ import annotations

import sys
import time

from nutrient_data.cli.output import EXIT_OK, UsageError, print_json, table

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import SimpleNamespace

    from nutrient_data.cli.arguments import Commands
    from nutrient_data.population.result import PopulationAssessment

SHOWN_BAD_ROWS = 10
RATIO_NOTE = "Transform: "
"""The note the RATIO column shows (its transform and variance ratio)."""
PROGRESS_AFTER = 2.0
"""Seconds of reading before the progress line appears."""


class _Progress:
    """Rows read so far, on stderr, once reading has taken a while."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.start = self.last = time.monotonic()
        self.shown = False
        self.tty = bool(sys.stderr and sys.stderr.isatty())

    def __call__(self, rows: int) -> None:
        now = time.monotonic()
        if sys.stderr is None or now - self.start < PROGRESS_AFTER:
            return
        if not self.tty and self.shown and now - self.last < 10:
            return
        self.last, self.shown = now, True
        end = "\r" if self.tty else "\n"
        print(
            f"nutrient-data: reading {self.name}: {rows:,} rows",
            end=end,
            file=sys.stderr,
        )

    def done(self) -> None:
        if self.shown and self.tty:
            print(file=sys.stderr)


def _share(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def _print_text(result: PopulationAssessment, name: str) -> None:
    from nutrient_data import bundle

    authority = bundle.authority(result.authority)["name"]
    print(
        f"Survey {name}: {result.rows:,} person-days of {result.persons:,} persons, "
        f"by {result.by}; reference values of the {authority}"
    )
    numbers: dict[str, int] = {}
    rows = [
        (
            "NUTRIENT",
            "GROUP",
            "N",
            "MEAN",
            "MEDIAN",
            "<EAR",
            "P(INADEQ.)",
            ">=AI",
            ">UL",
            "RATIO",
            "NOTES",
        )
    ]
    for r in result.results:
        marks = [
            str(numbers.setdefault(note, len(numbers) + 1))
            for note in r.notes
            if not note.startswith(RATIO_NOTE)
        ]
        rows.append(
            (
                r.nutrient,
                r.group,
                f"{r.n:,.0f}" if r.n >= 100 else f"{r.n:g}",
                f"{r.mean:.4g} {r.unit}",
                f"{r.percentiles['50']:.4g} {r.unit}",
                _share(r.below_ear),
                _share(r.probability_inadequate),
                _share(r.at_or_above_ai),
                _share(r.above_ul),
                "-" if r.variance_ratio is None else f"{r.variance_ratio:.2f}",
                ",".join(marks),
            )
        )
    table(rows)
    if any(r.ci for r in result.results):
        print("\n95% intervals")
        for r in result.results:
            if r.ci:
                spans = ", ".join(
                    f"{k} {_share(a)}-{_share(b)}" for k, (a, b) in r.ci.items()
                )
                print(f"  {r.nutrient} {r.group}: {spans}")
    from nutrient_data.cli.output import print_notes

    print_notes("Notes", [(str(n), note) for note, n in numbers.items()])
    print(
        "\nRATIO: within- to between-person variance of the transformed food "
        "intakes (see --json for each group's transform)."
    )
    for note in result.notes:
        print(f"\n{note}")


def _print_csv(result: PopulationAssessment) -> None:
    import csv

    with_ci = any(r.ci for r in result.results)
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(result.csv_header(with_ci))
    for r in result.results:
        writer.writerow(r.csv_row(with_ci))


def _report_bad_rows(result: PopulationAssessment, name: str) -> None:
    if not result.bad_rows or sys.stderr is None:
        return
    for bad in result.bad_rows[:SHOWN_BAD_ROWS]:
        print(f"nutrient-data: warning: {name}: {bad}", file=sys.stderr)
    more = len(result.bad_rows) - SHOWN_BAD_ROWS
    tail = f" ({more:,} more not shown)" if more > 0 else ""
    print(
        f"nutrient-data: warning: {len(result.bad_rows):,} bad row(s) left out of "
        f"{name}{tail}; --strict makes them fatal",
        file=sys.stderr,
    )


def cmd_survey(args: SimpleNamespace) -> int:
    from nutrient_data.population import SurveyError, assess_population

    if args.bootstrap < 0:
        raise UsageError(f"--bootstrap must be 0 or more, got {args.bootstrap}")
    progress = _Progress(args.file)
    try:
        result = assess_population(
            args.file,
            args.authority,
            by=args.by,
            bootstrap=args.bootstrap,
            seed=args.seed,
            strict=args.strict,
            progress=progress,
        )
    except SurveyError as error:
        raise UsageError(str(error)) from None
    finally:
        progress.done()
    _report_bad_rows(result, args.file)
    if args.json:
        print_json(result.as_json())
    elif args.csv:
        _print_csv(result)
    else:
        _print_text(result, args.file)
    return EXIT_OK


def register(command: Commands) -> None:
    survey = command(
        "survey",
        "assess a population's usual intakes from survey data: shares below the "
        "EAR, at the AI and above the UL",
        cmd_survey,
        json_flag=False,
    )
    survey.add_argument(
        "file", metavar="FILE", help="person-day rows: .csv, .jsonl or .parquet"
    )
    survey.add_argument(
        "--authority",
        default="us",
        metavar="ID",
        help="whose values: an authority id (default us; "
        "see `nutrient-data authorities`)",
    )
    survey.add_argument(
        "--by",
        default="life-stage",
        metavar="life-stage|sex|COLUMN",
        help="group persons by the authority's life stages (default), sex or a column",
    )
    survey.add_argument(
        "--bootstrap",
        type=int,
        default=0,
        metavar="N",
        help="95%% intervals from N resamples of persons",
    )
    survey.add_argument(
        "--seed", type=int, default=0, metavar="S", help="bootstrap seed"
    )
    survey.add_argument(
        "--strict", action="store_true", help="stop at the first bad row (exit 2)"
    )
    output = survey.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print JSON")
    output.add_argument("--csv", action="store_true", help="print CSV")
