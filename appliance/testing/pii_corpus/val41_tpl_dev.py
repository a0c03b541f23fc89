"""val41 templates, developer shapes: code, log, git, diff and stacktrace. Slots as in
`val41_render`."""

from __future__ import annotations

from appliance.testing.pii_corpus.val41_render import Template as T

TEMPLATES: list[T] = [
    # ---- code ----------------------------------------------------------------------
    T("code", "choir",
      "def test_member_export():\n    member = Member(name=\"⟦p1⟧\", email=\"⟦p1.email⟧\",\n"
      "                    phone=\"⟦phone⟧\", city=\"⟦city⟧\")\n    assert export(member)"
      "[\"city\"] == \"⟦city⟧\""),
    T("code", "pharmacy",
      "INSERT INTO patients (name, ssn, address)\nVALUES ('⟦p1⟧', '⟦ssn⟧', '⟦addr⟧');"),
    T("code", "library",
      "// allowlist for the staff portal\nconst ADMINS = [\n  { name: \"⟦p1⟧\", ip: \"⟦ip⟧\" },\n"
      "  { name: \"⟦p2⟧\", ip: \"⟦ip2⟧\" },\n];"),
    T("code", "bicycle",
      "# TODO remove before release!!\nSAVED_CARDS = {\n    \"⟦p1.handle⟧\": \"⟦card⟧\",\n"
      "    \"⟦p2.handle⟧\": \"⟦card2⟧\",\n}"),
    T("code", "fishing",
      "var payees = []Payee{\n\t{Name: \"⟦p1⟧\", IBAN: \"⟦iban⟧\"},\n\t{Name: \"⟦p2⟧\", IBAN: "
      "\"⟦iban2⟧\"},\n}"),
    T("code", "genealogy",
      "curl -u ⟦p1.handle⟧:$TOKEN https://api.⟦orgdomain⟧/v2/members \\\n  -d \"name=⟦p1⟧\" "
      "-d \"email=⟦p1.email⟧\" -d \"branch=⟦city⟧\""),
    T("code", "dental",
      "ACCOUNTS = {\"practice\": \"⟦acct⟧\"}  # account number for the patient plan refunds\n"
      "OWNER = \"⟦p1⟧\""),
    T("code", "collecting",
      "def luhn_ok(number: str) -> bool:\n    \"\"\"The Luhn check, as in the Stanley Gibbons "
      "shop.\"\"\"\n    total = 0\n    for i, ch in enumerate(reversed(number)):\n        d = "
      "int(ch) * (2 if i % 2 else 1)\n        total += d - 9 if d > 9 else d\n    return "
      "total % 10 == 0"),
    T("code", "coastguard",
      "def route(graph, start):\n    # Dijkstra's algorithm over the buoy graph, weights in nm\n"
      "    dist = {start: 0}\n    heap = [(0, start)]\n    ...\n    return dist  # ⟦ver⟧"),
    T("code", "library",
      "from rapidfuzz.distance import Levenshtein\n\ndef close_titles(a, b):\n    return "
      "Levenshtein.distance(a, b) <= 2  # catalogue dedupe, ticket ⟦order⟧"),
    T("code", "boardgame",
      "import random\n\ndef seat(tables, groups, seed=⟦num⟧):\n    rng = random.Random(seed)\n"
      "    rng.shuffle(groups)  # Fisher-Yates shuffle\n    return dict(zip(tables, groups))"),
    # ---- log -----------------------------------------------------------------------
    T("log", "kennel",
      "⟦ip⟧ - - [10/Oct/2024:13:55:36 +0000] \"GET /members/⟦p1.handle⟧/litters HTTP/1.1\" 200 "
      "5120\n⟦ip2⟧ - - [10/Oct/2024:13:55:40 +0000] \"POST /login HTTP/1.1\" 302 0"),
    T("log", "boardgame",
      "2024-05-14T09:12:33Z INFO login ok user=⟦p1.handle⟧ ip=⟦ip⟧ display=\"⟦p1⟧\"\n"
      "2024-05-14T09:12:34Z INFO elo sync ok (⟦num⟧ players)"),
    T("log", "bicycle",
      "2024-06-02 17:44:10 WARN payment declined card=⟦card⟧ holder=\"⟦p1⟧\" amount=⟦price⟧ "
      "order=⟦order⟧"),
    T("log", "masons",
      "Jun  3 08:01:12 mail postfix/smtp[2211]: 4F1A2: to=<⟦p1.email⟧>, relay=mx.⟦orgdomain⟧"
      "[⟦ip⟧]:25, status=sent (proof ⟦order⟧ for ⟦p1⟧)"),
    T("log", "pharmacy",
      "[audit] ⟦date⟧ ⟦time⟧ lookup ssn=⟦ssn⟧ by=⟦p1.email⟧ result=1 patient=\"⟦p2.lf⟧\""),
    T("log", "dental",
      "sms-gw: sent to=⟦phone.e164⟧ msg=\"Hi ⟦p1.g⟧, your appointment with ⟦p2.t⟧ ⟦p2.f⟧ is "
      "tomorrow at ⟦time⟧\" id=⟦hash⟧"),
    T("log", "coastguard",
      "2025-01-19T04:02:11Z beacon ⟦sku⟧ from [⟦ip6⟧]:4500: vessel ⟦ship⟧, owner contact ⟦phone⟧"),
    T("log", "beekeeping",
      "[⟦date⟧ ⟦time⟧] scale hive-3 (Langstroth) 38.2 kg\n[⟦date⟧ ⟦time2⟧] scale hive-5 "
      "(Warré) 21.7 kg\n[⟦date⟧ ⟦time3⟧] gateway heartbeat ok ⟦ver⟧"),
    T("log", "library",
      "cron[⟦num⟧]: dewey-reindex finished in 42s (records 18211, errors 0, build ⟦hash⟧)\n"
      "cron[⟦num⟧]: barcode audit flagged ⟦fcard⟧ (checksum failed)"),
    T("log", "optician",
      "⟦date⟧ ⟦time⟧ INFO snellen-app ⟦ver⟧ started\n⟦date⟧ ⟦time2⟧ WARN amsler grid "
      "image cache miss (key ⟦hash⟧)"),
    T("log", "circus",
      "build #⟦num⟧ ok: ticketing ⟦ver⟧, commit ⟦hash⟧, artefact ⟦sku⟧.zip (Houdini theme)"),
    # ---- git -----------------------------------------------------------------------
    T("git", "boardgame",
      "commit ⟦hash⟧\nAuthor: ⟦p1⟧ <⟦p1.email⟧>\nDate:   Tue Mar 4 14:11:09 2025 +0100\n\n"
      "    Fix Elo rounding for ⟦p2.g⟧'s league import"),
    T("git", "library",
      "commit ⟦hash⟧\nAuthor: ⟦p1⟧ <⟦p1.email⟧>\n\n    Add Cutter numbers to the export\n\n"
      "    Co-authored-by: ⟦p2⟧ <⟦p2.email⟧>"),
    T("git", "yacht",
      "⟦hash⟧ (⟦p1⟧ 2024-03-02 14:11:09 +0100 42)     RACE_OFFICER = \"⟦p2⟧\"\n"
      "⟦hash2⟧ (⟦p3.gl⟧ 2024-04-11 09:02:51 +0100 43)     VHF_CHANNEL = 72"),
    T("git", "choir",
      "⟦p1⟧ (12):\n      Add seating plan\n      Fix Kodály method links\n\n⟦p2⟧ (3):\n"
      "      Update concert date"),
    T("git", "weddings",
      "commit ⟦hash⟧\nAuthor: ⟦p1.handle⟧ <⟦p1.email⟧>\n\n    Revert: remove hard-coded test "
      "number ⟦phone⟧ (⟦p2.g⟧'s mobile)"),
    T("git", "fishing",
      "[user]\n\tname = ⟦p1⟧\n\temail = ⟦p1.email⟧\n[remote \"origin\"]\n\turl = https://"
      "git.⟦orgdomain⟧/auction/app.git"),
    T("git", "nursery",
      "⟦hash⟧ Add Vavilov accession import\n⟦hash2⟧ Fix Wardian case humidity units\n⟦hash3⟧ "
      "Bump to ⟦ver⟧"),
    T("git", "watchmaker",
      "v⟦semver⟧ (tag ⟦hash⟧)\n- Mohs scale table corrected\n- Asscher cut images\n- Breguet "
      "overcoil diagram"),
    T("git", "bells",
      "On branch feature/stedman-triples\nChanges not staged for commit:\n\tmodified:   "
      "methods/grandsire.py\n\tmodified:   methods/kent_treble_bob.py"),
    T("git", "circus",
      "* main\n  feature/peppers-ghost\n  fix/elmsley-count-timing\n  remotes/origin/release-"
      "⟦semver⟧"),
    # ---- diff ----------------------------------------------------------------------
    T("diff", "farming",
      "--- a/config.ini\n+++ b/config.ini\n@@ -3,2 +3,2 @@\n-admin_email = ⟦email⟧\n"
      "+admin_email = ⟦email2⟧\n contact = ⟦p1⟧"),
    T("diff", "kennel",
      "--- a/fixtures/owners.yaml\n+++ b/fixtures/owners.yaml\n@@ -1,3 +1,3 @@\n- name: "
      "⟦p1⟧\n+ name: ⟦p2⟧\n  dog: ⟦pet⟧"),
    T("diff", "library",
      "@@ -10,3 +10,4 @@ allow:\n   - ⟦ip⟧\n-  - ⟦ip2⟧\n+  - ⟦ip3⟧\n+  - ⟦ip6⟧  # ⟦p1.g⟧'s "
      "laptop"),
    T("diff", "nursery",
      "-<p>Call us: ⟦phone⟧</p>\n+<p>Call us: ⟦phone2⟧ (ask for ⟦p1.g⟧)</p>"),
    T("diff", "circus",
      "--- a/payouts.csv\n+++ b/payouts.csv\n-⟦p1⟧,⟦iban⟧\n+⟦p1⟧,⟦iban2⟧"),
    T("diff", "pharmacy",
      "--- a/CODEOWNERS\n+++ b/CODEOWNERS\n-/compounding/ @⟦p1.handle⟧\n+/compounding/ "
      "@⟦p2.handle⟧  # ⟦p2⟧ now owns the Lugol's iodine module"),
    T("diff", "library",
      "-DEWEY_BEES = \"595.79\"\n+DEWEY_BEES = \"638.1\"  # beekeeping, not insects (⟦order⟧)"),
    T("diff", "coastguard",
      "-def shortest(graph):  # naive\n+def dijkstra(graph, start):  # Dijkstra's algorithm, "
      "⟦ver⟧"),
    T("diff", "bicycle",
      "-requests==2.31.0\n+requests==2.32.3\n-shimano-di2==⟦semver⟧\n+shimano-di2==⟦semver2⟧"),
    T("diff", "weddings",
      " Starters: Oysters Rockefeller\n-Dessert: Peach Melba\n+Dessert: Pavlova\n Drinks: "
      "⟦drink⟧"),
    # ---- stacktrace ----------------------------------------------------------------
    T("stacktrace", "collecting",
      "Traceback (most recent call last):\n  File \"payouts.py\", line 88, in run\n    "
      "send(seller)\npayouts.BankTimeout: payout for ⟦p1⟧ (⟦iban⟧) timed out after 30s"),
    T("stacktrace", "kennel",
      "com.kennel.RegistrationException: duplicate owner email ⟦p1.email⟧ (owner ⟦p1⟧)\n\tat "
      "com.kennel.Owners.add(Owners.java:112)\n\tat com.kennel.Api.register(Api.java:48)"),
    T("stacktrace", "dental",
      "Error: SMS send failed to ⟦phone.e164⟧ (user ⟦p1.handle⟧)\n    at send (/app/sms.js:41:11)"
      "\n    at remind (/app/reminders.js:19:5)"),
    T("stacktrace", "pharmacy",
      "KeyError: 'dob'\n  record = {'name': '⟦p1⟧', 'ssn': '⟦ssn⟧', 'city': '⟦city⟧'}\n  File "
      "\"intake.py\", line 31, in validate"),
    T("stacktrace", "tattoo",
      "PaymentError: card ⟦card⟧ declined (holder ⟦p1.uc⟧)\n  from app/services/charge.rb:27:in "
      "`call'"),
    T("stacktrace", "fishing",
      "panic: dial tcp ⟦ip⟧:5432: connect: connection refused (db user ⟦p1.email⟧)\n\n"
      "goroutine 1 [running]:\nmain.main()\n\t/src/auction/main.go:44 +0x1d"),
    T("stacktrace", "boardgame",
      "Traceback (most recent call last):\n  File \"elo.py\", line 17, in expected\n    return "
      "1 / (1 + 10 ** ((rb - ra) / k))\nZeroDivisionError: division by zero (build ⟦ver⟧)"),
    T("stacktrace", "library",
      "java.lang.NullPointerException: Cutter number missing\n\tat org.lib.DeweyClassifier."
      "shelve(DeweyClassifier.java:211)\n\tat org.lib.Importer.run(Importer.java:57)"),
    T("stacktrace", "coastguard",
      "RecursionError: maximum recursion depth exceeded\n  File \"routes.py\", line 12, in "
      "dijkstra\n  [Previous line repeated 996 more times] (chart ⟦sku⟧)"),
    T("stacktrace", "masons",
      "TypeError: Cannot read properties of undefined (reading 'x')\n    at bezier "
      "(/app/lettering/bezier.js:88:17)\n    at renderGillSans (/app/lettering/fonts.js:12:3)"),
]
