"""Files in and out: contacts as CSV and vCard (and later iCalendar and PDF).

Pure Python: imports only `rapport.domain` and third-party libraries, never the store,
sync or Qt. Importers return a `ParsedFile` of `ImportRow`s for the UI to preview;
saving them is the store's job.
"""

from rapport.interop.contact_rows import MAPPING_TARGETS, ImportRow, ParsedFile
from rapport.interop.csv_contacts import read_csv, remap, write_csv
from rapport.interop.csv_mapping import guess_mapping
from rapport.interop.text_source import ImportFileError
from rapport.interop.vcard import read_vcards, write_vcards

__all__ = [
    "MAPPING_TARGETS",
    "ImportFileError",
    "ImportRow",
    "ParsedFile",
    "guess_mapping",
    "read_csv",
    "read_vcards",
    "remap",
    "write_csv",
    "write_vcards",
]
