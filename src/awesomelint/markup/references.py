"""Reference labels: normalisation and where a document uses them."""

from __future__ import annotations

import re

from awesomelint.document import Document


def normalize(label: str) -> str:
    return re.sub(r"\s+", " ", label.strip()).casefold()


def defined(doc: Document) -> set[str]:
    return {normalize(d.label) for d in doc.refdefs}
