"""The columnar backend: deadline rules compiled to polars expressions over flat frames.

``ColumnarBackend(jurisdiction).evaluate(frame, as_of)`` gives the batch output columns
(:func:`medmal.flat.output_columns`) for a frame of flat rows (:data:`medmal.flat.FLAT_COLUMNS`),
equal row for row to the scalar backend's :func:`medmal.flat.result_rows`.
"""

from .backend import ColumnarBackend
from .inputs import frame_from_rows

__all__ = ["ColumnarBackend", "frame_from_rows"]
