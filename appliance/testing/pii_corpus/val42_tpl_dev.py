"""val42 templates, dev: code, logs and git output (diffs and stack
traces are in `val42_tpl_traces`).

`PERSONAL` and `CLEAN` hold (shape, domain, text) triples; the slots are described in
`val42_render`. Written for val42.
"""

from __future__ import annotations

PERSONAL = [
    (
        "code",
        "insurance",
        """\
Refactor this test so it uses a fixture instead of inline data:

def test_claim_summary():
    claim = Claim(ref="{claim}", claimant="{P1}", email="{P1.email}",
                  phone="{PHONE}", address="{ADDR}", cause="{storm}")
    assert summarise(claim).startswith("{claim}")""",
    ),
    (
        "code",
        "hotel",
        """\
Why does this insert fail with "value too long"?

INSERT INTO guests (family_name, given_name, email, phone, card_number)
VALUES ('{P1.family}', '{P1.given}', '{P1.email}', '{PHONE.intl}', '{CARD}');""",
    ),
    (
        "code",
        "esports",
        """\
const player = {
  displayName: "{P1}",
  handle: "{P1.handle}",
  hometown: "{CITY}",
  lastLoginIp: "{IP}",
};
// TODO: typescript types for this. Can you write them?""",
    ),
    (
        "code",
        "betting",
        """\
Is this payout function safe?

PAYOUT_IBAN = "{IBAN}"  # {P1.gposs} account, temporary

def pay_winner(amount):
    if amount > 2000:
        raise NeedsApproval(amount)
    bank.transfer(PAYOUT_IBAN, amount, ref="{ref}")""",
    ),
    (
        "code",
        "customs",
        """\
Go: add JSON tags to this struct literal.

c := Consignee{
    Name:    "{P1}",
    Street:  "{ADDR}",
    Phone:   "{PHONE.e164}",
    Contact: "{P2}",
}""",
    ),
    (
        "code",
        "polar",
        """\
#!/bin/bash
# nightly CTD sync, maintained by {P1}
rsync -az /data/ctd/ ctd@{IP}:/archive/
mail -s "CTD sync done" {P1.email} < /tmp/sync.log
Why does the mail step never run when rsync fails?""",
    ),
]

CLEAN = [
    (
        "code",
        "esports",
        """\
Is this Elo update right?

def elo_update(r_a, r_b, score_a, k=32):
    expected = 1 / (1 + 10 ** ((r_b - r_a) / 400))
    return r_a + k * (score_a - expected)

print(elo_update(1500, 1620, 1))""",
    ),
    (
        "code",
        "auction",
        """\
Optimise this query:

SELECT lot_no, title, estimate_low, estimate_high
FROM lots
WHERE sale_id = {num} AND title ILIKE '%Chippendale%'
ORDER BY lot_no;""",
    ),
    (
        "code",
        "subtitling",
        """\
function cps(text, startMs, endMs) {
  const chars = text.replace(/\\s+/g, " ").trim().length;
  return chars / ((endMs - startMs) / 1000);
}
// returns Infinity sometimes — why?""",
    ),
    (
        "code",
        "polar",
        """\
BEAUFORT = [(1, 0.5), (2, 1.6), (3, 3.4), (4, 5.5), (5, 8.0), (6, 10.8), (7, 13.9), (8, 17.2), (9, 20.8)]

def beaufort(speed_ms):
    for force, upper in BEAUFORT:
        if speed_ms < upper:
            return force - 1
    return 9
Add forces 10 to 12 and tests.""",
    ),
]

PERSONAL += [
    (
        "log",
        "hotel",
        """\
Which requests failed and why?
{IP} - - [12/Mar/2026:10:04:11 +0000] "GET /booking?email={P1.email} HTTP/1.1" 200 5120
{IP2} - - [12/Mar/2026:10:04:15 +0000] "POST /booking/confirm HTTP/1.1" 500 312
{IP2} - - [12/Mar/2026:10:04:16 +0000] "POST /booking/confirm HTTP/1.1" 502 0""",
    ),
    (
        "log",
        "podcast",
        """\
2026-03-12T09:14:02Z INFO login ok user="{P1}" email={P1.email} ip={IP}
2026-03-12T09:14:40Z WARN upload slow episode={num} size=512MB
2026-03-12T09:15:03Z ERROR upload failed user="{P1}" ip={IP2.v6} reason=timeout
Summarise the incident.""",
    ),
    (
        "log",
        "cruise",
        """\
SIP log from the ship's PBX, explain the failed call:
INVITE sip:{PHONE.e164}@satgw.bluewake-line.com  from cabin {room} ({P1.reg})
SIP/2.0 480 Temporarily Unavailable
INVITE sip:{PHONE2.e164}@satgw.bluewake-line.com  from cabin {room}
SIP/2.0 200 OK""",
    ),
    (
        "log",
        "auction",
        """\
payment-gw | {time} | txn {hash} | card={CARD} | amount={price} | status=DECLINED code=05
payment-gw | {time2} | txn {hash2} | card={CARD} | amount={price} | status=APPROVED
Why do we log the full card number here, and how do we stop it?""",
    ),
    (
        "log",
        "registry",
        """\
AUDIT {date} {time} clerk={P1.handle} action=search surname="{P2.family}" forename="{P2.given}" district="{CITY}"
AUDIT {date} {time2} clerk={P1.handle} action=view entry={ref}
AUDIT {date} {time3} clerk={P1.handle} action=print copies=2
Is this access pattern suspicious?""",
    ),
    (
        "log",
        "esports",
        """\
[match {num}] player "{P1}" connected from {IP}
[match {num}] player "{P2}" connected from {IP2}
[match {num}] player "{P2}" kicked: ping {ms}
[match {num}] round 1 start, map Vexmoor Manor
Why was the second player kicked?""",
    ),
]

CLEAN += [
    (
        "log",
        "auction",
        """\
[build] npm ci ... ok ({ms})
[build] webpack 5.90 compiled with 2 warnings
[warn] asset lot-images.js 2.1 MiB exceeds limit
[deploy] upload to bucket saleroom-assets ... ok, sha {sha}
Which warning should I fix first?""",
    ),
    (
        "log",
        "zoo",
        """\
{date} {time} penguin-pool temp=4.1C ok
{date} {time2} penguin-pool temp=9.8C WARN chiller 2
{date} {time3} reptile-house humidity=38% WARN mister offline
Write the on-call summary.""",
    ),
    (
        "log",
        "podcast",
        """\
render: ep{num}.wav → ep{num}.mp3
loudness: -14.2 LUFS (target -16), true peak +0.3 dBTP
limiter: Dolby preset "broadcast", gain -2.0 dB
done in {ms}, checksum {hash}
Why is the loudness off target?""",
    ),
    (
        "log",
        "theatre",
        """\
LX console log
{time} GO cue 40
{time2} GO cue 41 (Prospero special) fade 3s
{time3} ERROR DMX universe 2 timeout
{time3} GO cue 42 skipped
What failed?""",
    ),
]

PERSONAL += [
    (
        "git",
        "subtitling",
        """\
commit {sha}
Author: {P1} <{P1.email}>
Date:   Tue Mar 10 14:02:11 2026 +0100

    Fix Inspector Vallance line breaks in ep104 (German)

    Co-authored-by: {P2} <{P2.email}>
Write a changelog entry from this.""",
    ),
    (
        "git",
        "esports",
        """\
$ git shortlog -sne
    42  {P1} <{P1.email}>
    17  {P2} <{P2.email}>
     3  build-bot <{EMAIL.role}>
Who should review the matchmaking PR?""",
    ),
    (
        "git",
        "registry",
        """\
$ git blame -L 10,13 records/import.py
{hash} ({P1} 2026-02-01 09:12:44 +0100 10) def normalise(name):
{hash} ({P1} 2026-02-01 09:12:44 +0100 11)     return name.strip()
{hash2} ({P2} 2026-02-20 16:40:02 +0100 12)     # accents lost here, see REG-{num}
What changed on the 20th?""",
    ),
    (
        "git",
        "botanic",
        """\
$ git config --list
user.name={P1}
user.email={P1.email}
core.editor=vim
remote.origin.url=https://gitlab.seedbank.ac.uk/labels/accessions.git
Why are my commits showing the wrong author?""",
    ),
    (
        "git",
        "theatre",
        """\
From {sha} Mon Sep 17 00:00:00 2001
From: {P1} <{P1.email}>
Date: Wed, 4 Mar 2026 18:22:09 +0000
Subject: [PATCH] cue sheet: renumber LX 40-45 for Hamlet

Apply this patch and tell me which cues moved.""",
    ),
    (
        "git",
        "archaeology",
        """\
$ git log --format='%h %an %s' -3
{hash} {P1} add context {ctx} to Harris matrix
{hash2} {P2} fix Munsell code typo
{hash3} {P1} import small finds SF {num}
Squash these into one commit message.""",
    ),
]

CLEAN += [
    (
        "git",
        "auction",
        """\
$ git log --oneline -4
{hash} catalogue: add Steinway lot
{hash2} fix estimate rounding
{hash3} bump image pipeline to {ver}
{hash4} ci: cache npm
Write release notes.""",
    ),
    (
        "git",
        "zoo",
        """\
$ git status
On branch feature/feed-schedule
Changes not staged for commit:
  modified:   keeperlog/feeds.py
  modified:   keeperlog/dst.py
Untracked files:
  notes/percy-weights.csv
What should I commit first?""",
    ),
    (
        "git",
        "betting",
        """\
$ git rebase main
CONFLICT (content): Merge conflict in settle/heinz.py
error: could not apply {hash}... heinz: settle void legs as singles
Explain how to resolve this.""",
    ),
    (
        "git",
        "polar",
        """\
$ git diff --stat
 parser/ctd.py        | 14 ++++++++------
 parser/test_ctd.py   | 22 ++++++++++++++++++++++
 2 files changed, 30 insertions(+), 6 deletions(-)
Summarise the change for the PR.""",
    ),
]
