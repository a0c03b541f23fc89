"""Personal templates for `train_j`: prompts with labelled people, places and contacts set
beside unlabelled things named like people, in work and science settings.

Written by hand from its author's head (blind: only `pii_corpus/__init__.py` and
`validity.py` were read). Placeholders (see `train_j`): {P1} a person (|f given, |l family,
|i initials, |il lower initials, |S SURNAME first, |c "Family, Given", |lc lower, |fl lower
given, |u upper, |x any), {W1} a person whose given name is an everyday word, {city}
{region} {country} {addr} places, {email|P1} {phone} {card} {iban} {ip} {ip6} {ssn} {acct}
values, {t:cat} an unlabelled thing of a category in `train_j_things`, {d:kind} a decoy.
"""

from __future__ import annotations

PERSONAL: tuple[tuple[str, str], ...] = (
    # ------------------------------------------------------------------ code with comments
    (
        "code",
        "# TODO({P1|fl}): the {t:camel} breaks on empty input, see {d:ticket}\ndef step(state):\n    return state",
    ),
    (
        "code",
        'def test_{t:lib|lc}_roundtrip():\n    # written by {P1} after the {d:date} outage\n    assert roundtrip(b"{d:hash}")',
    ),
    (
        "code",
        "/*\n * {t:camel}.java\n * Author: {P1} <{email|P1}>\n * Implements the {t:algo} for the routing service.\n */",
    ),
    (
        "code",
        'AUTHORS = [\n    "{P1}",\n    "{P2}",\n    "{P3|i}",\n]  # keep sorted; the {t:model} port is {P2|f}\'s',
    ),
    (
        "code",
        "// {P1|f}: don't touch the {t:camel} until {P2|f} is back from {city}\nconst RETRIES = 3;",
    ),
    (
        "code",
        "-- owner: {P1|lc}\n-- reviewed by {P2|il}\nSELECT id, total FROM orders WHERE region_code = 'R7' AND ts > '{d:date}';",
    ),
    (
        "code",
        "maintainers:\n  - name: {P1}\n    email: {email|P1}\n  - name: {P2}\n    email: {email|P2}\n# {t:lib} plugin for the {t:bot} assistant",
    ),
    ("code", 'git log --author="{P1}" --since={d:date}  # {P1|f} rewrote the {t:algo} module'),
    ("code", 'const reviewers = ["{P1|fl}", "{P2|fl}"]; // both on the {t:team} rota this sprint'),
    (
        "code",
        "# Ported from {P1|l}'s MATLAB code ({P1|i}, {d:year}); uses the {t:theorem} for the bound\nimport numpy as np",
    ),
    (
        "code",
        "<!-- template by {P1}, copy edits by {W1|full} -->\n<p>Powered by {t:lib} {d:ver}</p>",
    ),
    ("code", 'print("Hello, {P1|f}!")  # greeting for the {t:bot} demo in {city}'),
    (
        "code",
        'SUPPORT_CONTACT = "{email|P1}"  # {P1} covers {t:lib} on-call\nSUPPORT_PHONE = "{phone}"',
    ),
    (
        "code",
        '@pytest.mark.skip(reason="{P1|f} is fixing the {t:camel} flake")\ndef test_flaky(): ...',
    ),
    (
        "code",
        "# {P1|x} asked for the {t:stat} here instead of the {t:stat2}\nresult = run_test(a, b)",
    ),
    # ------------------------------------------------------------------ logs
    ("log", "{d:iso} INFO auth login ok user={email|P1} src={ip} agent={t:bot}-desktop/{d:ver}"),
    ("log", "{d:iso} WARN deploy {t:host} rollout paused by {P1|lc} (ticket {d:ticket})"),
    ("log", '[{d:iso}] ERROR payment declined card={card} holder="{P1|u}" merchant="{t:brand}"'),
    ("log", "{d:iso} sshd[{d:pid}]: Accepted publickey for {P1|fl} from {ip} port {d:port} ssh2"),
    (
        "log",
        'level=info msg="on-call handover" from="{P1}" to="{P2}" service={t:lib|lc} host={t:host}',
    ),
    (
        "log",
        "{d:iso} AUDIT export requested by {P1} ({email|P1}) for patient cohort {d:sample}, geo={country}",
    ),
    ("log", "{d:time} [{t:bot}] reminder sent to {P1|f}: standup in the {t:team} at {d:time2}"),
    ("log", "{d:iso} DEBUG geoip {ip} -> {city}, {country} (asn {d:num})"),
    ("log", "{d:iso} INFO sms gateway delivered to {phone} for {P1|x}, template=otp_v{d:small}"),
    ("log", '{d:iso} ERROR kyc mismatch name="{P1|c}" ssn={ssn} stage=verify'),
    # ------------------------------------------------------------------ tickets
    (
        "ticket",
        "{d:ticket}: {t:camel} throws on NaN input\nReporter: {P1}\nAssignee: {P2|x}\nPriority: P2\nAffects: {t:lib} {d:ver}",
    ),
    (
        "ticket",
        "Title: {t:bot} keeps replying in the wrong channel\nOpened by {P1|f} ({city} office)\nSteps: mention @{t:bot|lc} in #ops, wait {d:small} min.",
    ),
    (
        "ticket",
        "[{d:ticket}] Customer {P1} cannot log in. Callback number {phone}, e-mail {email|P1}. Uses the {t:brand} laptop.",
    ),
    (
        "ticket",
        "Bug: the {t:algo} step diverges for step size > 0.1.\nrepro by {P1|il}, confirmed by {P2|f}\nlabels: numerics, {t:codename}",
    ),
    (
        "ticket",
        "Access request: {P1} needs read access to {t:host} for the {t:codename} migration. Approver: {P2|x} ({t:role}).",
    ),
    ("ticket", "INC {d:ticket} | reporter {P1|lc} | {t:lib} cluster down in {region} | sev2"),
    (
        "ticket",
        "Please refund order {d:order} to card {card}; customer {P1|x} says the {t:brand} charger never arrived at {addr}.",
    ),
    (
        "ticket",
        "Feature request from {P1|f}: let {t:bot} read {t:lib} alerts aloud. +1 from {P2|f} and {P3|f}.",
    ),
    (
        "ticket",
        "Duplicate of {d:ticket}. {P1|f} already fixed the {t:camel} race; closing. cc @{P2|fl}",
    ),
    (
        "ticket",
        "New starter: {P1}, {t:role}, starts {d:weekday} in {city}. Laptop: {t:brand}, bot account for {t:bot} needed.",
    ),
    # ------------------------------------------------------------------ commit messages
    (
        "commit",
        "fix({t:lib|lc}): handle empty batches in {t:camel}\n\nReported-by: {P1} <{email|P1}>\nReviewed-by: {P2}",
    ),
    (
        "commit",
        "Merge branch '{t:branch}' of github.com:org/repo\n\nCo-authored-by: {P1} <{email|P1}>",
    ),
    (
        "commit",
        'revert "{t:camel}: switch to {t:algo}"\n\nthis broke the nightly on {t:host}, {P1|fl} will redo it',
    ),
    ("commit", "docs: thank {P1}, {P2} and {P3} for the {t:model} benchmarks"),
    ("commit", "chore: rename {t:camel} -> {t:camel2} (per {P1|f}'s review)"),
    (
        "commit",
        "feat: add {t:unit} conversions to the sensor SDK\n\nSigned-off-by: {P1|lc} <{email|P1}>",
    ),
    ("commit", "{d:hash} {P1|f}: bump {t:lib} to {d:ver} and fix the {t:law} joke in README"),
    # ------------------------------------------------------------------ meeting notes
    (
        "meeting",
        "Standup {d:date}\n- {P1|f}: finished the {t:camel} refactor\n- {P2|f}: blocked on {t:host}\n- {W1}: out sick, back {d:weekday}",
    ),
    (
        "meeting",
        "Attendees: {P1}, {P2}, {P3|i}, {W1|full}\nAgenda: {t:codename} launch, {t:bot} integration, budget for {city} offsite",
    ),
    (
        "meeting",
        "Retro notes ({t:team}): what went well - {P1|f} caught the {t:law} trap early; what didn't - nobody read {P2|f}'s doc.",
    ),
    (
        "meeting",
        "Action items:\n[ ] {P1|x} to email {email|P2} re: {t:award} nomination\n[ ] {P2|f} to book the {t:team} for {d:weekday}",
    ),
    (
        "meeting",
        "1:1 {P1|f} / {P2|f}: career chat, {P1|f} wants to move to the {city} team and lead {t:codename}.",
    ),
    (
        "meeting",
        "Minutes, board meeting {d:date}. Present: {P1|c}; {P2|c}; {P3|c}. Apologies: {P4}. Item 3: the {t:econ} review.",
    ),
    (
        "meeting",
        "{W1} will present the {t:theorem} slides, and {P1|f} will cover {t:stat} results. {W1} asked for 10 minutes.",
    ),
    (
        "meeting",
        "quick sync w/ {P1|fl} and {P2|fl}: {t:codename} slips to {d:month}, {t:lib|lc} upgrade first",
    ),
    (
        "meeting",
        "Hiring panel for the {t:role} role: {P1}, {P2}. Candidate: {P3} from {city}, {country}.",
    ),
    (
        "meeting",
        "Offsite logistics: hotel at {addr}; {P1|f} flies in from {city}, {P2|f} from {city2}. Dinner: {t:food}.",
    ),
    # ------------------------------------------------------------------ lab notebooks
    (
        "lab",
        "Lab notebook, p. {d:small}\n{d:date} - {P1|i}\nRan the {t:method} on {d:sample}. Used the {t:instrument}; {P2|f} checked the calibration.",
    ),
    (
        "lab",
        "{d:date}: {P1|f} and I repeated the {t:method}. Yield {d:pct}. Heated with a {t:instrument}. Next: ask {W1} about the {t:unit} readings.",
    ),
    (
        "lab",
        "Samples {d:sample}-{d:sample2} collected by {P1} in {region}; stored at -80 C. PI: {P2|x}.",
    ),
    (
        "lab",
        "Fit: {t:stat} p < 0.01 (n = {d:small}). {P1|f} suggests the {t:stat2} instead. Data on {t:host}.",
    ),
    (
        "lab",
        "Note to self - {P1|lc} borrowed the {t:instrument} again. Field {d:small} readings: 4.2 {t:unit}.",
    ),
    (
        "lab",
        "Collaborators: {P1} ({city}), {P2} ({city2}), {P3|i} ({country}). Topic: testing the {t:theorem} numerically.",
    ),
    ("lab", 'Seminar: {P1} on "{t:algo} meets the {t:theorem}" - {d:weekday} {d:time}, {t:team}.'),
    ("lab", "shipping the {t:instrument} to {addr}, attn {P1}, tel {phone}"),
    # ------------------------------------------------------------------ clinical notes
    (
        "clinical",
        "Pt: {P1|c}. DOB on file. Referred by Dr {P2|l} for suspected {t:disease}. Plan: {t:procedure}, review in {d:small} weeks.",
    ),
    (
        "clinical",
        "Handover: bed {d:small}, {P1} ({d:age}), {t:disease} flare; {t:procedure} done by Dr. {P2|l}. NOK: {P3|f}, {phone}.",
    ),
    (
        "clinical",
        "Clinic letter\nDear Dr {P1|l},\nThank you for referring {P2}, whom I saw today with {t:disease}. {t:procedure} negative.\nYours sincerely, {P3}",
    ),
    (
        "clinical",
        "SOAP - S: {P1|f} reports dizziness since {d:weekday}. O: {t:procedure} positive. A: {t:disease}? P: refer {city} ENT.",
    ),
    (
        "clinical",
        "Discharge summary for {P1}, address {addr}. Diagnosis: {t:disease}. GP: Dr {P2}. Follow-up: {t:procedure}.",
    ),
    ("clinical", "{P1|u}, MRN {d:mrn}, SSN {ssn}. Allergies: none. Procedure: {t:procedure}."),
    (
        "clinical",
        "Nurse note: {W1} (patient, {d:age}) asked for her daughter {P1|f} to be called on {phone}. {t:procedure} flushed at {d:time}.",
    ),
    (
        "clinical",
        "Consult: {t:role} {P1} reviewed; not {t:disease}, more likely {t:disease2}. Family history: mother from {country}.",
    ),
    (
        "clinical",
        "Dr. {P1|l} wants the {t:procedure} booked before the {t:holiday} weekend for {P2|x}.",
    ),
    # ------------------------------------------------------------------ reports with tables
    (
        "table",
        "| Owner | Service | Host |\n|---|---|---|\n| {P1} | {t:lib} | {t:host} |\n| {P2} | {t:lib2} | {t:host2} |",
    ),
    (
        "table",
        "Name            Site        Score\n{P1}    {city}    {d:pct}\n{P2}    {city2}    {d:pct2}",
    ),
    (
        "table",
        "Quarterly report - {t:codename}\n\nRegion | Lead | Revenue\n{region} | {P1} | {d:price}\n{region2} | {P2|i} | {d:price2}",
    ),
    (
        "table",
        "Rank  Researcher  Award\n1  {P1}  {t:award}\n2  {P2}  {t:award2}\n3  {P3}  shortlisted",
    ),
    (
        "table",
        "| Patient | Ward | Condition |\n|---|---|---|\n| {P1|c} | B{d:small} | {t:disease} |\n| {P2|c} | C{d:small2} | {t:disease2} |",
    ),
    (
        "table",
        "Payroll changes\nEmployee | Account no. | Effective\n{P1} | {acct} | {d:date}\n{P2} | {acct2} | {d:date2}",
    ),
    # ------------------------------------------------------------------ JSON
    (
        "json",
        '{"user": {"name": "{P1}", "email": "{email|P1}", "city": "{city}"}, "plan": "{t:codename}"}',
    ),
    ("json", '{"event": "assign", "ticket": "{d:ticket}", "assignee": "{P1|x}", "bot": "{t:bot}"}'),
    (
        "json",
        '[{"speaker": "{P1}", "talk": "{t:algo} in practice"}, {"speaker": "{P2}", "talk": "Beyond the {t:theorem}"}]',
    ),
    (
        "json",
        '{"payer": "{P1}", "iban": "{iban}", "amount": "{d:price}", "memo": "{t:award} dinner"}',
    ),
    (
        "json",
        '{"client_ip": "{ip}", "user": "{email|P1}", "action": "login", "ua": "{t:bot}/{d:ver}"}',
    ),
    ("json", '{"ship": "{t:ship}", "master": "{P1}", "port_of_call": "{city}", "eta": "{d:iso}"}'),
    (
        "json",
        '{"author": {"given": "{P1|f}", "family": "{P1|l}"}, "title": "On the {t:theorem}", "year": {d:year}}',
    ),
    (
        "json",
        '{"messages": [{"role": "user", "content": "Summarise {P1}\'s notes on the {t:disease} trial"}]}',
    ),
    # ------------------------------------------------------------------ YAML
    (
        "yaml",
        "oncall:\n  primary: {P1}\n  secondary: {P2|x}\n  escalation: {phone}\nservice: {t:lib|lc}\nhost: {t:host}",
    ),
    (
        "yaml",
        "owners:\n  - {email|P1}\n  - {email|P2}\ncodename: {t:codename}\nregion_label: {region}",
    ),
    (
        "yaml",
        'speaker: "{P1}"\naffiliation: "University of {city}"\ntalk: "{t:law} in distributed systems"',
    ),
    ("yaml", "crew:\n  captain: {P1}\n  first_officer: {P2}\nvessel: {t:ship}\nhome_port: {city}"),
    (
        "yaml",
        'billing:\n  holder: {P1}\n  card: "{card}"\n  address: "{addr}"\nproduct: {t:brand} subscription',
    ),
    ("yaml", "reviewers: [{P1|fl}, {P2|fl}]  # {t:team}\nbranch: {t:branch}"),
    # ------------------------------------------------------------------ CSV
    (
        "csv",
        "name,email,phone,city\n{P1},{email|P1},{phone},{city}\n{P2},{email|P2},{phone2},{city2}",
    ),
    ("csv", '"{P1|c}","{t:role}","{city}"\n"{P2|c}","{t:role2}","{city2}"'),
    ("csv", "employee_id,full_name,bank_account\nE{d:num},{P1},{acct}\nE{d:num2},{P2},{acct2}"),
    ("csv", "horse,jockey,trainer\n{t:horse},{P1},{P2}\n{t:horse2},{P3},{P2}"),
    # ------------------------------------------------------------------ HTML/XML
    (
        "markup",
        "<author><name>{P1}</name><email>{email|P1}</email></author><topic>{t:theorem}</topic>",
    ),
    (
        "markup",
        '<li class="speaker">{P1} &mdash; {t:algo}</li>\n<li class="speaker">{P2} &mdash; {t:stat}</li>',
    ),
    ("markup", "<p>Congratulations to <b>{P1}</b> on the {t:award}!</p>"),
    ("markup", "<contact><person>{P1}</person><tel>{phone}</tel><addr>{addr}</addr></contact>"),
    ("markup", "<tr><td>{P1}</td><td>{city}</td><td>{t:trophy}</td></tr>"),
    # ------------------------------------------------------------------ chat
    ("chat", "{P1|f} can you review my PR for the {t:camel}? {P2|f} is out today"),
    ("chat", "ask {W1|lc} if she can cover the {t:lib} on-call on {d:weekday}"),
    ("chat", "{W1} and {W2} are late again, start the {t:codename} demo without them"),
    ("chat", "tell {W1|lc} the {t:team} is free after 3"),
    ("chat", "@{P1|fl} the {t:bot} bot is spamming #deploys again"),
    ("chat", "lol {P1|fl} named the new cluster after {t:character}"),
    ("chat", "did {P1|f} ever fix the {t:algo} bug or is that still on {P2|f}?"),
    ("chat", "{P1|f}: is the {t:horse} sweepstake still on?\n{P2|f}: yes, {P3|f} drew {t:horse2}"),
    ("chat", "Can you draft a thank-you note to {P1} for presenting the {t:theorem} proof?"),
    ("chat", "Write a LinkedIn post congratulating {P1} on winning the {t:award}."),
    ("chat", "Summarise this for {P1|f}: the {t:law} says the project will be late."),
    ("chat", 'translate for my colleague {P1}: "the {t:instrument} is broken again"'),
    ("chat", "my manager {P1|f} wants a {t:style} workshop for the team, any ideas?"),
    ("chat", "{P1|f}, {P2|f} and {P3|f} are going to the {t:trophy} final, who's in?"),
    ("chat", "{P2|f} said {P1|f} is stuck in {city} because of {t:storm}"),
    ("chat", "{P1|f} is naming the new {t:model} fine-tune after {P1|f}'s dog, apparently"),
    ("chat", "Can {W1} join? {W1} knows the {t:lib} internals better than anyone"),
    ("chat", "{W2} is out, so {W1} will sign off the {t:codename} release"),
    ("chat", "Hi {P1|f}! Welcome aboard the {t:team}. {P2|f} will pair with you on {t:lib}."),
    ("chat", "can you explain {t:algo} to {P1|fl} like she's five"),
    ("chat", "Reply to {P1}: yes, we ship the {t:brand} adapters to {country}."),
    # ------------------------------------------------------------------ email
    (
        "email",
        "Hi {P1|f},\n\nAttached are the {t:stat} results. {P2|f} ran them on {t:host}.\n\nBest,\n{P3}",
    ),
    (
        "email",
        "From: {P1} <{email|P1}>\nTo: {P2} <{email|P2}>\nSubject: {t:codename} kickoff\n\nSee you in the {t:team}.",
    ),
    (
        "email",
        "Dear Prof. {P1|l},\nI enjoyed your lecture on the {t:theorem}. Could I join your group in {city}?\nKind regards,\n{P2}",
    ),
    (
        "email",
        "Hello,\nPlease update my payout: IBAN {iban}, account holder {P1}.\nThanks,\n{P1|f}",
    ),
    (
        "email",
        "Team - {P1} joins us from {t:brand} as {t:role}. Please say hi! Her number is {phone}.",
    ),
    (
        "email",
        "Subject: {t:award} shortlist\n\n{P1}, {P2} and {P3|i} made it. Ceremony on {d:date}.\n-- \n{P4}\n{t:role}",
    ),
    ("email", "Hi all, {W1|full} has left; please send {t:lib} questions to {email|P1} instead."),
    (
        "email",
        "Dear {P1},\nYour checking account {acct} was credited {d:price} for the {t:codename} expenses.\n{t:role}",
    ),
    (
        "email",
        "Hi {P1|f}, my SSN is {ssn} for the background check. The {t:brand} onboarding portal keeps timing out.",
    ),
    ("email", "--\n{P1}\n{t:role}, {t:team}\n{addr}\nm: {phone}"),
    # ------------------------------------------------------------------ voice-to-text
    ("voice", "remind me to call {P1|lc} about the {t:lib|lc} outage tomorrow"),
    ("voice", "text {P1|fl} that the {t:bot|lc} thing is fixed and im on my way to {city|lc}"),
    ("voice", "hey {t:bot} send {W1|lc} the slides about {t:theorem|lc}"),
    (
        "voice",
        "book a room for me and {P1|fl} and {P2|fl} on {d:weekday|lc} to go over the {t:stat|lc}",
    ),
    (
        "voice",
        "note {P1|lc} says the {t:instrument|lc} needs recalibrating before the {t:method|lc}",
    ),
    ("voice", "call {P1|fl} at {phone}"),
    # ------------------------------------------------------------------ reports
    (
        "report",
        "Incident report {d:ticket}\nSummary: {t:host} ran out of disk during the {t:algo} batch.\nDetected by: {P1}\nResolved by: {P2}",
    ),
    (
        "report",
        "Trip report: {P1} visited the {t:ship} in {city} and inspected the {t:instrument}.",
    ),
    (
        "report",
        "Weather impact: {t:storm} closed our {city} depot; {P1|f} rerouted orders via {region}.",
    ),
    (
        "report",
        "Fund note: {P1}, PM of the {t:codename} fund, trimmed {t:fund} exposure; see the {t:econ}.",
    ),
    (
        "report",
        "{P1|u} - {t:role}\nAnnual review. Strengths: explains the {t:theorem} well. Based in {city}, {country}.",
    ),
    ("report", "The {t:trophy} went to a team coached by {P1}; {P2} scored twice."),
    (
        "report",
        "Press release: {P1}, chief scientist, receives the {t:award} for work on {t:disease}.",
    ),
)
