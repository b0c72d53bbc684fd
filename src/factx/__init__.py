"""factx: facts from automotive news articles (vehicles, model codes, figures, dates, claims)."""

from .api import ArticleInput, extract, extract_many
from .models import ArticleFacts
from .pipeline import load

__all__ = ["ArticleFacts", "ArticleInput", "extract", "extract_many", "load"]
__version__ = "0.1.0"
