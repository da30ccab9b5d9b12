"""A sample of resolved speaker names on PolNeAR, to be read and judged by a person.

PolNeAR scores a speaker by its mention (the words "he" or "Mr. Lind" in the text), not by
the person the mention stands for, so no gold says whether "he" was resolved to the right
name. This script draws a random sample of statements whose speaker is a pronoun or
another mention that onrecord resolved to a name (``--method``), and prints, for each, the
name given and the text before the mention, for a reader to judge. The texts are printed
to the terminal only, never written anywhere.

    .venv/bin/python bench/speaker_names.py --split train --cache /tmp/polnear --sample 30
    .venv/bin/python bench/speaker_names.py --method resolve:it --sample 20 --seed 3
    .venv/bin/python bench/speaker_names.py --method all --sample 40   # any speaker, as a name-based score would

``--counts`` prints how many speakers each resolution rule named, and nothing else.
"""
from __future__ import annotations

import argparse
import collections
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import polnear_errors  # noqa: E402 - the shared PolNeAR loading and parse cache

PRONOUNS = frozenset({"he", "she", "him", "her"})


def resolved(split: str, cache: Path | None) -> list[tuple[str, str, object]]:
    """(article id, article text, Statement) for every statement with a resolved speaker."""
    from onrecord.pipeline import Extractor
    from onrecord.records import Article

    articles = polnear_errors.load_split(split, None, 13)
    extractor = Extractor()
    docs = polnear_errors.parse([a.text for a in articles], extractor.nlp, cache, split)
    found = []
    for gold, doc in zip(articles, docs):
        statements, _ = extractor.statements.extract(
            Article(id=gold.id, source=gold.source, key=gold.id, text=gold.text), doc)
        found.extend((gold.id, gold.text, s) for s in statements if s.speaker and s.speaker.mention)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="train", choices=("train", "dev"))
    parser.add_argument("--cache", type=Path, default=None, help="folder (outside the repository) for parsed texts")
    parser.add_argument("--method", default="resolve:pronoun",
                        help="the resolution rule to sample (resolve:pronoun takes he/she mentions only; "
                             "'all' samples every statement with a speaker mention)")
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--context", type=int, default=380, help="characters shown before the mention")
    parser.add_argument("--counts", action="store_true", help="only count the speakers named by each rule")
    args = parser.parse_args(argv)
    if not (polnear_errors.POLNEAR / args.split / "text").is_dir():
        print(f"PolNeAR is not available at {polnear_errors.POLNEAR / args.split}.", file=sys.stderr)
        return 2

    rows = resolved(args.split, args.cache)
    if args.counts:
        counts = collections.Counter((s.speaker.method, s.speaker.type, bool(s.speaker.name)) for _, _, s in rows)
        for (method, kind, named), n in counts.most_common():
            print(f"{n:6d}  {method:28s} {kind:13s} {'named' if named else 'no name'}")
        return 0
    chosen = [r for r in rows if args.method == "all" or r[2].speaker.method == args.method
              and (args.method != "resolve:pronoun" or r[2].speaker.mention.text.lower() in PRONOUNS)]
    random.Random(args.seed).shuffle(chosen)
    print(f"{len(chosen)} speakers by {args.method} on PolNeAR {args.split}; {min(args.sample, len(chosen))} "
          f"drawn with seed {args.seed}")
    for article_id, text, statement in chosen[:args.sample]:
        at = statement.speaker.mention.span[0]
        before = text[max(0, at - args.context):at].replace("\n", " / ")
        speaker = statement.speaker
        print(f"\n== {article_id}: {speaker.mention.text!r} -> {speaker.name!r} ({speaker.type}, {speaker.method})")
        print(f"   ...{before}[{text[at:statement.speaker.mention.span[1]]}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
