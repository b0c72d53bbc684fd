"""Loading and validating the vehicle gazetteers (``pipelines/<name>/vehicles/*.jsonl``).

No spaCy here: the records are plain data, checked once at load time so that a malformed data
file fails with one clear line naming the file and record instead of a wrong match later.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

#: Record types and the entity label each one produces.
LABELS = {
    "brand": "BRAND",
    "model": "MODEL",
    "variant": "VARIANT",
    "platform": "PLATFORM",
    "code": "MODEL_CODE",
}
#: When a gazetteer name may stand: anywhere; only when its brand is named somewhere in the
#: article; only right after its brand; only right after a model; only with code context.
CONTEXTS = ("any", "doc", "adjacent", "after_model", "strong")
GAZETTEER_FILES = ("brands", "models", "variants", "platforms", "codes")
_KNOWN_KEYS = {
    "id",
    "type",
    "name",
    "aliases",
    "brand",
    "model",
    "models",
    "context",
    "ambiguous",
    "fold",
    "plural",
    "group",
    "note",
    "doc_aliases",
    "named_aliases",
    "article_aliases",
    "group_only",
}


class GazetteerError(ValueError):
    """A data file that cannot be used; the message names the file and the record."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer record as the matcher uses it."""

    id: str
    label: str
    name: str
    forms: tuple[str, ...]
    brand: str | None = None
    model: str | None = None
    models: tuple[str, ...] = ()
    context: str = "any"
    ambiguous: bool = False
    fold: bool = False
    plural: bool = True
    doc_aliases: tuple[str, ...] = ()
    named_aliases: tuple[str, ...] = ()
    article_aliases: tuple[str, ...] = ()  # once written, the article's name for the model
    group_only: bool = False  # a maker group named like a brand ("Stellantis"): no entity


@dataclass(slots=True)
class Gazetteer:
    """All vehicle names of a pipeline, plus the shape patterns and cue words."""

    entries: list[Entry] = field(default_factory=list)
    variant_patterns: list[dict] = field(default_factory=list)
    code_shapes: list[re.Pattern[str]] = field(default_factory=list)
    model_shapes: list[re.Pattern[str]] = field(default_factory=list)
    not_model_shapes: list[re.Pattern[str]] = field(default_factory=list)
    cues: dict = field(default_factory=dict)

    @classmethod
    def load(cls, directory: Path) -> Gazetteer:
        records: list[tuple[str, dict]] = []
        for stem in GAZETTEER_FILES:
            path = directory / f"{stem}.jsonl"
            if path.is_file():
                records.extend((path.name, rec) for rec in read_jsonl(path))
        problems = validate(records)
        if problems:
            raise GazetteerError(f"{directory}: {problems[0]}")
        gaz = cls(entries=[to_entry(rec) for _, rec in records])
        patterns_path = directory / "patterns.jsonl"
        if patterns_path.is_file():
            shapes = {
                "code_shape": gaz.code_shapes,
                "model_shape": gaz.model_shapes,
                "not_model_shape": gaz.not_model_shapes,
            }
            for rec in read_jsonl(patterns_path):
                kind = rec.get("type")
                if kind == "variant_pattern" and isinstance(rec.get("pattern"), list):
                    gaz.variant_patterns.append(rec)
                elif kind in shapes and isinstance(rec.get("regex"), str):
                    try:
                        shapes[kind].append(re.compile(rec["regex"]))
                    except re.error as exc:
                        raise GazetteerError(
                            f"{patterns_path.name} {rec.get('id')!r}: bad regex ({exc})"
                        ) from None
                else:
                    raise GazetteerError(f"{patterns_path.name}: unknown pattern record {rec!r}")
        cues_path = directory / "cues.json"
        if cues_path.is_file():
            try:
                cues = json.loads(cues_path.read_text(encoding="utf-8"))
            except json.JSONDecodeError as exc:
                raise GazetteerError(f"{cues_path.name}: not JSON ({exc.msg})") from None
            if not isinstance(cues, dict):
                raise GazetteerError(f"{cues_path.name}: must be a JSON object")
            gaz.cues = cues
        return gaz


def read_jsonl(path: Path) -> list[dict]:
    """Records of a JSONL file; blank lines are skipped, a bad line names its number."""
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GazetteerError(f"{path.name}:{number}: not JSON ({exc.msg})") from None
        if not isinstance(rec, dict):
            raise GazetteerError(f"{path.name}:{number}: a record must be a JSON object")
        out.append(rec)
    return out


def to_entry(rec: dict) -> Entry:
    doc_aliases = tuple(rec.get("doc_aliases", ()))
    named_aliases = tuple(rec.get("named_aliases", ()))
    article_aliases = tuple(rec.get("article_aliases", ()))
    forms = tuple(
        dict.fromkeys(
            [rec["name"], *rec.get("aliases", []), *doc_aliases, *named_aliases, *article_aliases]
        )
    )
    return Entry(
        id=rec["id"],
        label=LABELS[rec["type"]],
        name=rec["name"],
        forms=forms,
        brand=rec["name"] if rec["type"] == "brand" else rec.get("brand"),
        model=rec.get("model"),
        models=tuple(rec.get("models", ())),
        context=rec.get("context", "any"),
        ambiguous=bool(rec.get("ambiguous", False)),
        fold=bool(rec.get("fold", False)),
        plural=bool(rec.get("plural", True)),
        doc_aliases=doc_aliases,
        named_aliases=named_aliases,
        article_aliases=article_aliases,
        group_only=bool(rec.get("group_only", False)),
    )


def validate(records: Iterable[tuple[str, dict]]) -> list[str]:
    """Every problem of a set of (file name, record) pairs, as readable lines."""
    problems: list[str] = []
    records = list(records)
    ids: set[str] = set()
    brands = {rec.get("name") for _, rec in records if rec.get("type") == "brand"}
    models_by_brand: dict[str, set[str]] = {}
    for _, rec in records:
        if rec.get("type") == "model":
            models_by_brand.setdefault(rec.get("brand"), set()).add(rec.get("name"))
    # form -> {(type, brand, ambiguous)} for the cross-brand clash check
    owners: dict[str, set[tuple[str, str | None, bool]]] = {}
    # (brand, form) -> model names: one maker's form must name one of its models
    model_forms: dict[tuple[str | None, str], set[str]] = {}
    for fname, rec in records:
        where = f"{fname} {rec.get('id', rec.get('name'))!r}"
        unknown = set(rec) - _KNOWN_KEYS
        if unknown:
            problems.append(f"{where}: unknown keys {sorted(unknown)}")
        rid, rtype, name = rec.get("id"), rec.get("type"), rec.get("name")
        if not isinstance(rid, str) or not rid:
            problems.append(f"{where}: missing id")
        elif rid in ids:
            problems.append(f"{where}: duplicate id")
        else:
            ids.add(rid)
        if rtype not in LABELS:
            problems.append(f"{where}: type must be one of {sorted(LABELS)}")
            continue
        if not isinstance(name, str) or not name.strip() or name != name.strip():
            problems.append(f"{where}: name must be a non-empty trimmed string")
            continue
        aliases = [
            *rec.get("aliases", []),
            *rec.get("doc_aliases", []),
            *rec.get("named_aliases", []),
            *rec.get("article_aliases", []),
        ]
        if (
            not isinstance(rec.get("aliases", []), list)
            or not isinstance(rec.get("doc_aliases", []), list)
            or not isinstance(rec.get("named_aliases", []), list)
            or not isinstance(rec.get("article_aliases", []), list)
            or not isinstance(aliases, list)
            or not all(isinstance(a, str) and a.strip() and a == a.strip() for a in aliases)
        ):
            problems.append(f"{where}: aliases must be a list of non-empty trimmed strings")
            continue
        if rec.get("context", "any") not in CONTEXTS:
            problems.append(f"{where}: context must be one of {CONTEXTS}")
        brand = rec.get("brand")
        if rtype == "brand":
            if brand not in (None, name):
                problems.append(f"{where}: a brand record's brand is its own name")
        elif rtype == "model" and brand not in brands:
            problems.append(f"{where}: model brand {brand!r} is not a brand record")
        elif brand is not None and brand not in brands:
            problems.append(f"{where}: brand {brand!r} is not a brand record")
        for key in ("model", *[f"models[{i}]" for i in range(len(rec.get("models", [])))]):
            value = rec.get("model") if key == "model" else rec["models"][int(key[7:-1])]
            if value is not None and value not in models_by_brand.get(brand, set()):
                problems.append(f"{where}: {key} {value!r} is not a model of {brand!r}")
        for form in [name, *aliases]:
            owners.setdefault(form.lower() if rec.get("fold") else form, set()).add(
                (rtype, brand, bool(rec.get("ambiguous")))
            )
            if rtype == "model":
                model_forms.setdefault((brand, form), set()).add(name)
    for form, owner_set in owners.items():
        model_brands = {b for t, b, _ in owner_set if t == "model"}
        if len(model_brands) > 1 and not all(amb for t, _, amb in owner_set if t == "model"):
            problems.append(
                f"form {form!r} names models of {sorted(map(str, model_brands))} "
                "and is not marked ambiguous"
            )
    for (brand, form), names in model_forms.items():
        if len(names) > 1:
            problems.append(
                f"form {form!r} names {len(names)} models of {brand!r}: {sorted(names)}"
            )
    return problems
