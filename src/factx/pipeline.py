"""Building the spaCy pipeline from ``pipelines/<name>/config.cfg``.

The custom ``._`` attributes every stage shares are declared here, once. Components are
registered in :mod:`factx.components`; importing this module registers them.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from . import components  # noqa: F401  (registers the factories)


def _bundled_pipelines() -> Path:
    """``pipelines/`` of the source tree (editable install), else the installed data files."""
    source_tree = Path(__file__).resolve().parents[2] / "pipelines"
    if source_tree.is_dir():
        return source_tree
    return Path(sys.prefix) / "share" / "factx" / "pipelines"


#: Where the bundled pipelines live.
PIPELINES_DIR = _bundled_pipelines()
DEFAULT_PIPELINE = "automotive"


def _declare_extensions() -> None:
    doc_attrs = {"published": None, "facts": None}
    span_attrs = {
        "normalized": None,  # vehicles: canonical name
        "brand": None,  # vehicles: brand of a model, variant or code
        "model": None,  # vehicles: the model a code or variant denotes
        "code": None,  # vehicles: the code linked to a model mention
        "generation": None,  # vehicles: previous / current / next
        "group": False,  # vehicles: a maker group named like a brand, read but not an entity
        "named_model": False,  # vehicles: a trim whose own name says its model ("530i")
        "story_body": False,  # vehicles: a trim given the body of a nameplate the story is on
        "measure": None,  # quantities: models.Measure
        "restates": None,  # quantities: (start_char, end_char) of the figure this one converts
        "interval": None,  # dates: models.Interval
    }
    for name, default in doc_attrs.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in span_attrs.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


_declare_extensions()


def pipeline_dir(name_or_path: str | Path = DEFAULT_PIPELINE) -> Path:
    """Resolve a bundled pipeline name or a directory holding a ``config.cfg``."""
    path = Path(name_or_path)
    if (path / "config.cfg").is_file():
        return path.resolve()
    bundled = PIPELINES_DIR / str(name_or_path)
    if (bundled / "config.cfg").is_file():
        return bundled
    raise FileNotFoundError(f"no pipeline config at {path} or {bundled}")


@functools.lru_cache(maxsize=4)
def load(name_or_path: str | Path = DEFAULT_PIPELINE) -> Language:
    """Load (once per process) the pipeline described by a config directory."""
    directory = pipeline_dir(name_or_path)
    config = spacy.util.load_config(
        directory / "config.cfg", overrides={"paths.data": str(directory)}, interpolate=False
    )
    return spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
