#!/usr/bin/env python3
"""Generate a deterministic JSONL corpus of scraped news pages from several sites, for
`make spark-test`:

    python3 spark/gen_jsonl.py OUT.jsonl --docs 300 --sites 4 --seed 7

Each record has an `id`, a `url` on its site's host, and a `text` (or, for one record in five,
an `html`) page: the site's masthead and footer lines (wording no phrase list knows), a
headline, body paragraphs and sometimes a "Read more" line; plus fields Winnow must leave
untouched (nested objects, arrays, numbers, escapes, non-ASCII). Standard library only.
"""

import argparse
import json
import random

WORDS = ("harbour council ferry orchard treasurer market bridge river school library mill "
         "festival budget rail station museum garden farmers weather storm vote election "
         "hospital road repairs tourists fishing boats winter summer committee plans").split()
NAMES = ["Ashby", "Brill", "Coleby", "Dunton", "Elsham", "Fulbeck", "Gosberton", "Hough",
         "Ingham", "Jesmond", "Kirton", "Laceby", "Morton", "Normanby", "Owmby", "Pinchbeck"]


def site(index):
    name = f"The {NAMES[index % len(NAMES)]} {['Courier', 'Ledger', 'Gazette', 'Sentinel'][index % 4]}"
    host = f"www.{NAMES[index % len(NAMES)].lower()}-news{index}.example"
    footer = [
        f"Letters for {name} go to the desk behind the post office, {index + 2} Mill Lane.",
        f"{name} is set in type by volunteers every Thursday evening.",
        "Pictures stay with the people who took them unless they say otherwise.",
    ]
    return name, host, footer


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 24))]
    town = rng.choice(NAMES)
    words.insert(rng.randint(0, len(words)), town)
    text = " ".join(words)
    return text[0].upper() + text[1:] + f" on day {rng.randint(1, 28)}."


def page(rng, name, footer):
    headline = f"{rng.choice(NAMES)} {rng.choice(WORDS)} {rng.choice(WORDS)} after {rng.choice(WORDS)} {rng.choice(WORDS)}"
    body = [" ".join(sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(3, 6))]
    lines = [name, "", headline, ""]
    for paragraph in body:
        lines += [paragraph, ""]
        if rng.random() < 0.2:
            lines += ["Read more", ""]
    lines += footer
    return headline, lines


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--sites", type=int, default=4)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sites = [site(i) for i in range(args.sites)]
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        for number in range(args.docs):
            name, host, footer = sites[rng.randrange(len(sites))]
            headline, lines = page(rng, name, footer)
            record = {"id": number, "url": f"https://{host}/{number:05d}.html"}
            if rng.random() < 0.2:
                paragraphs = "".join(f"<p>{line}</p>" for line in lines if line)
                record["html"] = (f"<html><head><title>{headline} | {name}</title></head>"
                                  f"<body><h1>{headline}</h1>{paragraphs}</body></html>")
            else:
                record["text"] = "\n".join(lines)
            record["meta"] = {"crawl": [number, number * 2.5, None, True], "note": "caf\u00e9 \"quoted\" \\ \u2603"}
            out.write(json.dumps(record, ensure_ascii=rng.random() < 0.5) + "\n")


if __name__ == "__main__":
    main()
