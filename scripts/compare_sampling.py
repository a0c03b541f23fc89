"""scripts/compare_sampling.py: sampling settings side by side on a running chat model.

Asks every question of tests/e2e/questions.py with the official openai client, in two
shapes (the README's: the question alone; and with the system prompt "Answer in one short
sentence."), once per setting and round, through a running endpoint (e.g. `appliance up`).
A setting is request fields (`temperature`, `top_p`, `repetition_penalty`); `default` sends
none, so the model's generation_config.json decides. Sampled settings get ROUNDS rounds
(seed = round), greedy ones (temperature 0) one, as they repeat themselves. It prints per
setting and shape: answers right, answers that ran to the output cap (finish_reason
"length": a loop), median and max seconds per answer, timed from the client.

    .venv/bin/python scripts/compare_sampling.py --base-url http://127.0.0.1:8080/v1 \\
        --key-file ~/.local/state/appliance/up/up-api-key --model smollm2-135m-instruct \\
        'default' 't=0.2,top_p=0.9' 't=0,rep=1.05' [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import openai
from compare_models import load_questions  # its folder, scripts/, is first on sys.path

FIELDS = {"t": "temperature", "top_p": "top_p", "rep": "repetition_penalty"}


def parse_setting(text: str) -> dict[str, float]:
    if text == "default":
        return {}
    out = {}
    for part in text.split(","):
        key, _, value = part.partition("=")
        if key not in FIELDS:
            raise SystemExit(f"unknown field {key!r} in {text!r}; use {', '.join(FIELDS)}")
        out[FIELDS[key]] = float(value)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("settings", nargs="+")
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--key-file", type=Path, required=True)
    parser.add_argument("--model", required=True)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    q = load_questions()
    client = openai.OpenAI(base_url=args.base_url,
                           api_key=args.key_file.expanduser().read_text().strip(), timeout=120)
    print(f"{'setting':22} {'shape':10} {'right':>9} {'hit cap':>8} {'median s':>9} {'max s':>6}")
    for text in args.settings:
        setting = parse_setting(text)
        rounds = 1 if setting.get("temperature") == 0 else args.rounds
        standard = {k: v for k, v in setting.items() if k in ("temperature", "top_p")}
        extra = {k: v for k, v in setting.items() if k not in standard}
        for shape, system in (("question", []), ("+system", [{"role": "system", "content": q.SYSTEM}])):
            right = capped = asked = 0
            times = []
            for seed in range(rounds):
                for question, keywords in q.QUESTIONS:
                    started = time.monotonic()
                    reply = client.chat.completions.create(
                        model=args.model, seed=seed, extra_body=extra or None, **standard,
                        messages=[*system, {"role": "user", "content": question}])
                    times.append(time.monotonic() - started)
                    choice = reply.choices[0]
                    right += q.is_right(choice.message.content or "", keywords)
                    capped += choice.finish_reason == "length"
                    asked += 1
            print(f"{text:22} {shape:10} {right:>4}/{asked:<4} {capped:>4}/{asked:<3} "
                  f"{statistics.median(times):>9.1f} {max(times):>6.1f}", flush=True)


if __name__ == "__main__":
    main()
