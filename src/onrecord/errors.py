"""Coded errors and warnings. Every message says what to do about it.

Codes are unique (a test checks it). ``Errors.E001`` reads as "[E001] ..." and
``OnrecordError`` carries the code so that the CLI and the store can record it.
"""
from __future__ import annotations


class _CodedMessages(type):
    def __getattribute__(cls, code: str) -> str:
        msg = super().__getattribute__(code)
        if code.startswith(("E", "W")) and code[1:].isdigit():
            return f"[{code}] {msg}"
        return msg


class Errors(metaclass=_CodedMessages):
    # input and reading
    E001 = "Input not found: {path}. Check the path, or pass '-' to read standard input."
    E002 = "Empty input: {path} has no text. Nothing to extract; remove it or fill it."
    E003 = ("Binary input: {path} looks like binary data ({detail}), not text, HTML or JSON "
            "Lines. Pass article files, folders of them, WARC files or feeds.")
    E004 = ("Cannot decode {path}: {detail}. Save the file as UTF-8, or give the page as HTML "
            "with a charset declaration.")
    E005 = ("Input too large: {path} is {size:,} bytes, over the limit of {limit:,}. Split it, "
            "or raise the limit with --setting max_bytes=N.")
    E006 = "Broken HTML in {path}: {detail}. The page could not be parsed into text."
    E007 = ("Bad JSON on line {line} of {path}: {detail}. Each line must be one JSON object "
            "with 'text' or 'html'.")
    E008 = "A JSON Lines record on line {line} of {path} has neither 'text' nor 'html'."
    E009 = "Unknown input format for {path}. Use .txt, .html, .jsonl, .warc(.gz), .arc(.gz), or a feed."
    E010 = "No article text could be extracted from {path}: {detail}."
    E011 = ("Broken web archive data in {path} at byte {offset}: {detail}. Re-download or "
            "re-crawl the file; the intact records were read.")
    E012 = "Cannot read the feed {path}: {detail}. Check that it is an RSS or Atom document."
    # settings and models
    E020 = "Unknown setting '{name}'. Known settings: {known}. See 'onrecord settings'."
    E021 = "Bad value for setting '{name}': {value!r} ({detail})."
    E022 = ("Cannot load the spaCy model '{model}': {detail}. Install it (pip install "
            "{model}) or choose another with --setting model=NAME.")
    E023 = ("The attribution tagger cannot run: {detail}. Reinstall onrecord (the weights ship "
            "in statements/model/), or retrain them with scripts/train_tagger.py.")
    # store
    E030 = ("The database {path} was made by a newer onrecord (schema {found}, this one knows "
            "{known}). Upgrade onrecord.")
    E031 = "No article '{key}' in {path}. List articles with 'onrecord articles --db {path}'."
    E032 = "Cannot open the database {path}: {detail}."
    E033 = "The database {path} does not exist. Create it with 'onrecord ingest PATH --db {path}'."
    E034 = ("Could not store {path}: {detail}. The article was left out and the rest were "
            "stored; report this with the file if it keeps happening.")
    E035 = ("The database {path} needs migrations ({pending}) before it can be read. Run "
            "'onrecord db-migrate --db {path}'.")
    # fetching
    E040 = ("Refusing to fetch {url}: it resolves to a {kind} address ({address}). Pass "
            "--allow-private to fetch from local or private hosts.")
    E041 = "Fetching {url} failed: {detail}."
    E042 = "Disallowed by robots.txt: {url}. onrecord obeys robots.txt."
    E043 = "Response from {url} is larger than the limit of {limit:,} bytes; raise fetch_max_bytes."
    E044 = "Too many redirects fetching {url} (more than {limit})."
    # evaluation
    E050 = "No gold articles found in {path}. Expect text/*.txt with attributions/*.ann, or a .jsonl file."
    E051 = "Bad gold annotation in {path}: {detail}."
    E052 = ("No article in {path} is annotated more than once, so annotators cannot be compared. "
            "--agreement needs a brat folder with several attributions/<article>_<annotator>.ann "
            "files for some articles.")
    # search and serving
    E060 = "Bad search query {query!r}: {detail}. Quote phrases with double quotes, and balance them."
    E061 = "Writing is disabled on this server. Start it with --allow-write and a --token."
    E062 = "Bad value for {name}: {value!r} ({detail})."
    E063 = ("Bad page cursor {cursor!r}: it was not made by this search. Start again from the "
            "first page, and pass back the next_cursor of the previous page unchanged.")
    E064 = ("Missing or wrong token. Send the token given to 'onrecord serve --token' as "
            "'Authorization: Bearer TOKEN'.")
    E065 = "No {what} with id {id}. Search for it at / or list them at /{what}s."
    E066 = ("Upload refused: {detail}. Send at most {limit:,} bytes per request, with a "
            "Content-Length header; split larger batches.")


class Warnings(metaclass=_CodedMessages):
    W001 = "Skipped {path}: {detail}."
    W002 = "Not an article: {path} looks like {detail}; skipped."
    W003 = "No statement model for language '{language}' in {path}: stored without statements."
    W004 = "Skipped a WARC record in {path}: {detail}."
    W005 = "Article {path} was cut to {limit:,} characters for the parser."
    W006 = "The textacy baseline is unavailable ({detail}); its row is left out."
    W007 = ("The extracted text of {id} differs from its gold text, so its offsets may not "
            "line up with the gold spans; check that the gold text is the article file unchanged.")
    W008 = ("The gold holds no belief attribution, only speech, while {count:,} of onrecord's predictions are "
            "beliefs (\"plans to\", \"expects\"), scored here as false positives; if the collection annotates "
            "speech only, score it with --act speech (or extract with -s beliefs=false).")


class OnrecordError(Exception):
    """The base of every error onrecord raises on purpose.

    code (str): the code of the message ("E003").
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.code = message[1:5] if message.startswith("[") else "E000"


def error(code: str, **fields: object) -> OnrecordError:
    """Build an OnrecordError from a message code and its fields.

    code (str): an attribute of ``Errors``, such as "E003".
    RETURNS (OnrecordError): ready to raise.
    """
    return OnrecordError(getattr(Errors, code).format(**fields))


def warning(code: str, **fields: object) -> OnrecordError:
    """Build an OnrecordError from a warning code: the item is skipped, not failed.

    code (str): an attribute of ``Warnings``, such as "W002". The pipeline marks a
        Failure whose code starts with "W" as skipped.
    RETURNS (OnrecordError): ready to raise.
    """
    return OnrecordError(getattr(Warnings, code).format(**fields))
