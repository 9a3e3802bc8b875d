"""Browsing commands: list, profiles, show and claims, answered from the bundle."""

from __future__ import annotations

from nutrient_data import bundle
from nutrient_data.cli.output import (
    EXIT_OK,
    UsageError,
    amount,
    print_json,
    table,
)
from nutrient_data.vocab import CERTAINTIES, VERDICTS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import SimpleNamespace
    from typing import Any

    from nutrient_data.cli.arguments import Commands


def cmd_list(args: SimpleNamespace) -> int:
    nutrients = bundle.nutrients("id", "name", "nutrient_class")
    if args.json:
        print_json(
            [
                {"id": n["id"], "name": n["name"], "class": n["nutrient_class"]}
                for n in nutrients
            ]
        )
    else:
        table(
            [("ID", "NAME", "CLASS")]
            + [(n["id"], n["name"], n["nutrient_class"]) for n in nutrients]
        )
    return EXIT_OK


def cmd_profiles(args: SimpleNamespace) -> int:
    profiles = bundle.section("profiles")
    if args.json:
        print_json(profiles)
    else:
        table(
            [("ID", "TITLE", "NUTRIENTS")]
            + [(p["id"], p["title"], ", ".join(p["nutrient_ids"])) for p in profiles]
        )
    return EXIT_OK


def _show_text(nutrient: dict[str, Any]) -> None:
    from nutrient_data.lifestages import DEFAULT_AUTHORITY

    tables = bundle.tables(DEFAULT_AUTHORITY, nutrient["id"])
    print(f"{nutrient['name']} ({nutrient['id']}) - {nutrient['nutrient_class']}")
    print(nutrient["summary"])
    if nutrient["synonyms"]:
        print(f"Also known as: {', '.join(nutrient['synonyms'])}")
    print("Identifiers:")
    _identifier_lines(nutrient["identifiers"])
    for component in nutrient["components"]:
        print(f"Component {component['id']} ({component['name']}):")
        _identifier_lines(component["identifiers"])
    for main in tables[:1]:
        unit = main["unit"]
        limits = {(u["group"], u.get("sex")): u["value"] for u in main["ul"]["values"]}
        name = bundle.authority(DEFAULT_AUTHORITY)["name"]
        print(f"\n{name} ({unit}/day):")
        table(
            [("GROUP", "KIND", "VALUE", "UL")]
            + [
                (
                    v["group"] + (f" ({v['sex']})" if v.get("sex") else ""),
                    v["kind"],
                    amount(v["value"], unit),
                    amount(limits.get((v["group"], v.get("sex"))), unit),
                )
                for v in main["values"]
            ]
        )
        if main["ul"].get("scope"):
            print(f"UL: {main['ul']['scope']}")
    print("\nClaims about insulin sensitivity:")
    for claim in nutrient["claims"]:
        print(
            f"  [{claim['verdict']}, {claim['certainty']} certainty] "
            f"{claim['statement']}"
        )


def _identifier_lines(identifiers: list[dict[str, Any]]) -> None:
    for ident in identifiers:
        # UCUM writes arbitrary units in brackets ("[IU]"); readers expect "IU".
        unit = f" ({ident['unit'].strip('[]')})" if ident.get("unit") else ""
        print(f"  {ident['scheme']}: {ident['value']}{unit}")


def _component_text(nutrient: dict[str, Any], component: dict[str, Any]) -> None:
    print(
        f"{component['name']}: component {nutrient['id']}/{component['id']} "
        f"of {nutrient['name']}"
    )
    if component["synonyms"]:
        print(f"Also known as: {', '.join(component['synonyms'])}")
    _identifier_lines(component["identifiers"])
    print(f"The nutrient's record: nutrient-data show {nutrient['id']}")


def cmd_show(args: SimpleNamespace) -> int:
    from nutrient_data.crosswalk import parse_identifier

    wanted = parse_identifier(args.id)
    nutrient, component = (
        bundle.by_identifier(*wanted) if wanted else (bundle.nutrient(args.id), None)
    )
    if component is None:
        if args.json:
            print_json(nutrient)
        else:
            _show_text(nutrient)
    elif args.json:
        print_json({"nutrient_id": nutrient["id"], **component})
    else:
        _component_text(nutrient, component)
    return EXIT_OK


def cmd_claims(args: SimpleNamespace) -> int:
    from nutrient_data.evidence import ClaimFilter

    try:
        keep = ClaimFilter(args.verdict, args.min_certainty)
    except ValueError as error:
        raise UsageError(str(error)) from None
    about = bundle.nutrient_id(args.nutrient) if args.nutrient else None
    found = [
        (n["id"], c)
        for n in bundle.nutrients("id", "claims")
        if about in (None, n["id"])
        for c in n["claims"]
        if keep.accepts(c["verdict"], c["certainty"], c["mechanism"])
    ]
    if args.json:
        print_json([{"nutrient": n, **c} for n, c in found])
    else:
        table(
            [("NUTRIENT", "VERDICT", "CERTAINTY", "CLAIM")]
            + [(n, c["verdict"], c["certainty"], c["id"]) for n, c in found]
        )
    return EXIT_OK


def register(command: Commands) -> None:
    command("list", "list the nutrients", cmd_list)
    command("profiles", "list the essay's ten topics", cmd_profiles)
    show = command(
        "show",
        "show one nutrient by id or synonym, or the nutrient or component with an "
        "identifier (fdc-nutrient-id:1090, CHEBI:28940, Q660, cas:67-97-0)",
        cmd_show,
    )
    show.add_argument("id", help="a name, or SCHEME:VALUE, CHEBI:n, Qn or a CAS number")
    claims = command("claims", "list claims about insulin sensitivity", cmd_claims)
    claims.add_argument("--nutrient", help="only claims about this nutrient")
    claims.add_argument("--verdict", help=f"only this verdict ({', '.join(VERDICTS)})")
    claims.add_argument(
        "--min-certainty",
        help=f"only verdicts at least this certain ({', '.join(CERTAINTIES)})",
    )
