"""train_r templates, part 3: structured shapes (json, toolcall, csv, markdown_table, html,
yaml, code, log). Clean and personal templates per shape; slots are described in
`train_r_build`. Non-person phrases never hold a comma, a double quote or a ``#``, so they
sit inside these formats unescaped; "Last, First" names in CSV are quoted."""

from __future__ import annotations

SHAPES: dict[str, tuple[list[str], list[str]]] = {
    "json": (
        [
            '{"product": "⟨prod⟩", "type": "⟨kind⟩", "bundle": ["⟨bare.p⟩"], "sku": "⟨sku⟩", "price": "⟨price⟩"}',
            '{"order_id": "⟨order⟩", "items": [{"name": "⟨bare.p⟩", "qty": ⟨qty⟩}, {"name": "⟨bare.p⟩", "qty": ⟨qty⟩}], "note": "⟨k⟩"}',
            '{"event": "⟨bare.e⟩", "venue": "⟨bare.l⟩", "date": "⟨date⟩", "menu": ["⟨bare.f⟩", "⟨bare.f⟩"]}',
            '{\n  "component": "⟨bare.t⟩",\n  "version": "⟨ver⟩",\n  "depends_on": ["⟨bare.t⟩"],\n  "status": "degraded"\n}',
            'Validate this JSON: {"title": "⟨bare.m⟩", "genre": "drama", "related": ["⟨bare.m⟩"], "rating": ⟨qty⟩}',
            '{"sku": "⟨sku⟩", "product": "⟨bare.p⟩", "price": "⟨price⟩", "tags": ["⟨bare.c⟩", "⟨bare.c⟩"]}',
            '{"task": "⟨vp⟩", "due": "⟨date⟩", "labels": ["⟨bare⟩"]}',
        ],
        [
            '{"ticket": "⟨ticket⟩", "assignee": "⟨p1.full⟩", "reporter": "⟨p2.full⟩", "summary": "⟨np.t⟩ fails on ⟨ver⟩"}',
            '{"customer": {"name": "⟨p1.full⟩", "email": "⟨email⟩", "phone": "⟨phone⟩"}, "items": ["⟨bare.p⟩", "⟨bare.f⟩"], "ship_to": "⟨addr⟩"}',
            '{"user": "⟨p1.handle⟩", "display_name": "⟨p1.full⟩", "last_ip": "⟨ip⟩", "favourite": "⟨bare.m⟩"}',
            '[{"speaker": "⟨p1.full⟩", "topic": "⟨bare.s⟩"}, {"speaker": "⟨p2.full⟩", "topic": "⟨bare.t⟩"}]',
            '{"payee": "⟨p1.full⟩", "iban": "⟨iban⟩", "reference": "⟨bare.p⟩ deposit", "amount": "⟨price⟩"}',
            '{"guest": "⟨p1.lf⟩", "city": "⟨loc⟩", "dietary": "no ⟨bare.f⟩", "plus_one": "⟨p2.given⟩"}',
        ],
    ),
    "toolcall": (
        [
            'search_products(query="⟨bare.p⟩", max_price="⟨price⟩", exclude=["⟨bare.p⟩"])',
            '{"tool": "create_reminder", "arguments": {"text": "⟨vp⟩", "when": "⟨date⟩ ⟨time⟩"}}',
            'lookup_term(term="⟨bare.s⟩", context="⟨np.s⟩")',
            '{"name": "add_to_cart", "parameters": {"sku": "⟨sku⟩", "title": "⟨bare.p⟩", "quantity": ⟨qty⟩}}',
            'recipe_search(ingredients=["⟨bare.f⟩", "⟨bare.f⟩"], exclude="⟨bare.f⟩")',
            '{"function": "play_media", "args": {"title": "⟨bare.m⟩", "shuffle": true}}',
        ],
        [
            'send_email(to="⟨email⟩", subject="⟨^bare⟩", body="Hi ⟨p1.given⟩, ⟨k⟩")',
            '{"tool": "create_event", "arguments": {"title": "⟨bare.e⟩ with ⟨p1.full⟩", "location": "⟨loc⟩", "attendees": ["⟨email⟩"]}}',
            'update_contact(name="⟨p1.full⟩", phone="⟨phone⟩", notes="likes ⟨bare.f⟩")',
            '{"name": "transfer_funds", "parameters": {"recipient": "⟨p1.full⟩", "account_number": "⟨acct⟩", "memo": "⟨bare.p⟩"}}',
            'assign_ticket(ticket_id="⟨ticket⟩", assignee="⟨p1.full⟩", component="⟨bare.t⟩")',
            'book_table(party_size=⟨qty⟩, name="⟨p1.title⟩", phone="⟨phone⟩", request="⟨bare.f⟩ for the table")',
        ],
    ),
    "csv": (
        [
            'sku,product,price\n⟨sku⟩,⟨bare.p⟩,"⟨price⟩"\n⟨sku⟩,⟨bare.p⟩,"⟨price⟩"\n⟨sku⟩,⟨bare.p⟩,"⟨price⟩"',
            "dish,category,allergens\n⟨bare.f⟩,main,none\n⟨bare.f⟩,dessert,nuts\n⟨bare.f⟩,drink,none",
            "term,definition\n⟨bare.s⟩,see lecture ⟨num⟩\n⟨bare.s⟩,see lecture ⟨num⟩",
            "Clean up this CSV:\ntitle;year;notes\n⟨bare.m⟩;⟨year⟩;⟨k⟩\n⟨bare.m⟩;⟨year⟩;",
            'date,task,status\n"⟨date⟩",⟨vp⟩,open\n"⟨date⟩",⟨vp⟩,done',
            "landmark,visits\n⟨bare.l⟩,⟨num⟩\n⟨bare.l⟩,⟨num⟩",
        ],
        [
            'name,email,city\n"⟨p1.lf⟩",⟨email⟩,⟨loc⟩\n⟨p2.full⟩,⟨email.p2⟩,⟨loc⟩\n# favourite: ⟨bare.f⟩',
            "first_name,last_name,phone,favourite\n⟨p1.given⟩,⟨p1.family⟩,⟨phone⟩,⟨bare.f⟩\n⟨p2.given⟩,⟨p2.family⟩,⟨phone⟩,⟨bare.f⟩",
            "employee,manager,project\n⟨p1.full⟩,⟨p2.full⟩,⟨bare.t⟩\n⟨p3.full⟩,⟨p2.full⟩,⟨bare.t⟩",
            "customer,card,item\n⟨p1.full⟩,⟨card⟩,⟨bare.p⟩",
            'guest,table,meal\n"⟨p1.lf⟩",⟨num⟩,⟨bare.f⟩\n"⟨p2.lf⟩",⟨num⟩,⟨bare.f⟩',
            "Which rows are duplicates?\nid,name,ip,app\n1,⟨p1.full⟩,⟨ip⟩,⟨bare.t⟩\n2,⟨p1.full⟩,⟨ip⟩,⟨bare.t⟩\n3,⟨p2.full⟩,⟨ip⟩,⟨bare.t⟩",
        ],
    ),
    "markdown_table": (
        [
            "| Model | Type | Bundle | Price |\n|---|---|---|---|\n| ⟨prod⟩ | ⟨kind⟩ | ⟨bare.p⟩ | ⟨price⟩ |\n| ⟨prod⟩ | ⟨kind⟩ | ⟨bare.p⟩ | ⟨price⟩ |",
            "| Item | Price |\n|---|---|\n| ⟨^bare.f⟩ | ⟨price⟩ |\n| ⟨^bare.f⟩ | ⟨price⟩ |\n| ⟨^bare.f⟩ | ⟨price⟩ |",
            "| Term | Notes |\n|---|---|\n| ⟨^bare.s⟩ | see ⟨url⟩ |\n| ⟨^bare.s⟩ | chapter ⟨num⟩ |",
            "| Release | Component | Change |\n|---|---|---|\n| ⟨ver⟩ | ⟨bare.t⟩ | ⟨vp⟩ |\n| ⟨ver⟩ | ⟨bare.t⟩ | fix crash |",
            "Turn this into a markdown table: ⟨bare.p⟩ ⟨price⟩; ⟨bare.p⟩ ⟨price⟩; ⟨bare.p⟩ ⟨price⟩",
            "| Film | Year | Score |\n|---|---|---|\n| ⟨^bare.m⟩ | ⟨year⟩ | ⟨pct⟩ |\n| ⟨^bare.m⟩ | ⟨year⟩ | ⟨pct⟩ |",
            "| Sight | Opens |\n|---|---|\n| ⟨^bare.l⟩ | ⟨time⟩ |\n| ⟨^bare.l⟩ | ⟨time⟩ |",
        ],
        [
            "| Name | Role | Owns |\n|---|---|---|\n| ⟨p1.full⟩ | lead | ⟨bare.t⟩ |\n| ⟨p2.full⟩ | reviewer | ⟨bare.t⟩ |",
            "| Guest | Email | Dish |\n|---|---|---|\n| ⟨p1.full⟩ | ⟨email⟩ | ⟨bare.f⟩ |\n| ⟨p2.full⟩ | ⟨email.p2⟩ | ⟨bare.f⟩ |",
            "| Speaker | City | Talk |\n|---|---|---|\n| ⟨p1.title⟩ | ⟨loc⟩ | ⟨^bare.s⟩ |\n| ⟨p2.full⟩ | ⟨loc⟩ | ⟨^bare.t⟩ |",
            "| Driver | Vehicle | Phone |\n|---|---|---|\n| ⟨p1.full⟩ | ⟨bare.p⟩ | ⟨phone⟩ |",
            "| Tenant | Address | Notes |\n|---|---|---|\n| ⟨p1.lf⟩ | ⟨addr⟩ | ⟨k⟩ |",
            "Sort this table by name:\n| Name | Favourite |\n|---|---|\n| ⟨p1.full⟩ | ⟨bare.f⟩ |\n| ⟨p2.full⟩ | ⟨bare.m⟩ |\n| ⟨p3.full⟩ | ⟨bare.p⟩ |",
        ],
    ),
    "html": (
        [
            "<ul>\n  <li>⟨^bare.f⟩ – ⟨price⟩</li>\n  <li>⟨^bare.f⟩ – ⟨price⟩</li>\n</ul>",
            "<h2>⟨^bare.t⟩ release notes</h2>\n<p>Version ⟨ver⟩ drops support for ⟨np.t⟩. Please ⟨vp⟩.</p>",
            '<div class="product"><h3>⟨^bare.p⟩</h3><span class="price">⟨price⟩</span><p>⟨k⟩</p></div>',
            "Fix the markup: <p>Visit ⟨np.l⟩ and <b>⟨np.l⟩</b> before ⟨date⟩</p",
            "<table><tr><th>Term</th><th>Meaning</th></tr><tr><td>⟨^bare.s⟩</td><td>see chapter ⟨num⟩</td></tr></table>",
            '<title>⟨^bare.m⟩ review</title>\n<meta name="description" content="Our take on ⟨np.m⟩ and ⟨np.m⟩">',
        ],
        [
            '<div class="author">Posted by ⟨p1.full⟩ on ⟨date⟩</div>\n<p>⟨p1.given⟩ compares ⟨np.p⟩ with ⟨np.p⟩.</p>',
            '<tr><td>⟨p1.full⟩</td><td><a href="mailto:⟨email⟩">⟨email⟩</a></td><td>⟨bare.t⟩</td></tr>',
            '<p class="signature">⟨p1.full⟩<br>⟨phone⟩<br>⟨addr⟩</p>\n<p>P.S. ⟨k⟩</p>',
            '<li data-user="⟨p1.handle⟩">⟨p1.full⟩ liked ⟨np.m⟩</li>',
            "<blockquote>⟨k⟩</blockquote><cite>— ⟨p1.full⟩, ⟨loc⟩</cite>",
            '<label>Name</label><input value="⟨p1.full⟩"><label>Favourite</label><input value="⟨bare.f⟩">',
        ],
    ),
    "yaml": (
        [
            'service: ⟨bare.t⟩\nversion: "⟨ver⟩"\nreplicas: ⟨qty⟩\ndepends_on:\n  - ⟨bare.t⟩\nnotes: "⟨k⟩"',
            'menu:\n  starter: ⟨bare.f⟩\n  main: ⟨bare.f⟩\n  dessert: ⟨bare.f⟩\nprice: "⟨price⟩"',
            'tasks:\n  - name: ⟨vp⟩\n    due: "⟨date⟩"\n  - name: ⟨vp⟩\n    due: "⟨date⟩"',
            "playlist:\n  - ⟨bare.m⟩\n  - ⟨bare.m⟩\n  - ⟨bare.m⟩\nshuffle: true",
            'trip:\n  sights: [⟨bare.l⟩, ⟨bare.l⟩]\n  budget: "⟨price⟩"',
            "glossary:\n  - term: ⟨bare.s⟩\n    unit: ⟨num⟩\n  - term: ⟨bare.s⟩\n    unit: ⟨num⟩",
        ],
        [
            "owner: ⟨p1.full⟩\nemail: ⟨email⟩\non_call: ⟨p2.full⟩\nservice: ⟨bare.t⟩\nregion: ⟨loc⟩",
            'speakers:\n  - name: ⟨p1.full⟩\n    talk: "⟨bare.s⟩"\n  - name: ⟨p2.full⟩\n    talk: "⟨bare.t⟩"',
            'contact:\n  name: "⟨p1.lf⟩"\n  phone: "⟨phone⟩"\n  address: "⟨addr⟩"\ninterests: [⟨bare.f⟩, ⟨bare.m⟩]',
            'reviewers:\n  - ⟨p1.full⟩\n  - ⟨p2.full⟩\ncomponent: ⟨bare.t⟩\nchangelog: "⟨k⟩"',
            'billing:\n  holder: ⟨p1.full⟩\n  iban: "⟨iban⟩"\n  plan: ⟨bare.p⟩',
            'host: ⟨host⟩\nallowed_ips:\n  - ⟨ip⟩\nadmin: ⟨p1.full⟩\nmotd: "⟨k⟩"',
        ],
    ),
    "code": (
        [
            'def price_of(item):\n    prices = {"⟨bare.f⟩": 4.5, "⟨bare.f⟩": 6.0}\n    return prices.get(item, 0)\n\n# TODO: add ⟨bare.f⟩',
            '// migrate from ⟨bare.t⟩ to ⟨bare.t⟩ before ⟨ver⟩\nconst engine = "⟨bare.t⟩";',
            'Why does this fail?\n\nassert convert("⟨bare.s⟩") == "⟨bare.s⟩"\nAssertionError',
            'SELECT sku, title FROM products WHERE category = "⟨bare.p⟩" AND price < ⟨num⟩;',
            'songs = ["⟨bare.m⟩", "⟨bare.m⟩", "⟨bare.m⟩"]\nfor s in songs:\n    play(s)',
            '# ⟨k⟩\nrun_task("⟨vp⟩", retries=⟨qty⟩)',
        ],
        [
            'AUTHOR = "⟨p1.full⟩"\nMAINTAINER_EMAIL = "⟨email⟩"\nDESCRIPTION = "helpers for ⟨bare.t⟩"',
            '// ⟨p1.handle⟩: ⟨k⟩\nfunction greet() {\n  return "Hello ⟨p2.given⟩, your ⟨bare.p⟩ has shipped";\n}',
            'users = [\n    {"name": "⟨p1.full⟩", "city": "⟨loc⟩"},\n    {"name": "⟨p2.full⟩", "city": "⟨loc⟩"},\n]\n# both like ⟨bare.f⟩',
            'test("⟨p1.given⟩ can order ⟨bare.f⟩", () => {\n  expect(order("⟨bare.f⟩")).toBeTruthy();\n});',
            '# Reviewed by ⟨p1.full⟩ on ⟨date⟩\nALLOWED_IP = "⟨ip⟩"\nFEATURE = "⟨bare.t⟩"',
            'git commit -m "Fix ⟨bare.t⟩ crash reported by ⟨p1.full⟩" --author="⟨p2.full⟩ <⟨email.p2⟩>"',
        ],
    ),
    "log": (
        [
            '⟨ts⟩ INFO order=⟨order⟩ item="⟨bare.p⟩" status=shipped\n⟨ts⟩ WARN item="⟨bare.p⟩" stock=⟨num⟩',
            "[⟨ts⟩] ERROR ⟨bare.t⟩: connection refused (host ⟨host⟩)\n[⟨ts⟩] INFO retrying via ⟨bare.t⟩",
            '⟨ts⟩ job=nightly step="⟨vp⟩" duration=⟨dur⟩ result=ok',
            'Explain this log line: ⟨ts⟩ DEBUG unit="⟨bare.s⟩" value=⟨num⟩ overflow=false',
            '⟨ts⟩ search query="⟨bare.m⟩" results=⟨num⟩\n⟨ts⟩ search query="⟨bare.f⟩" results=⟨num⟩',
            "⟨ts⟩ deploy ⟨bare.t⟩ ⟨ver⟩ by ci-bot commit ⟨hash⟩",
        ],
        [
            '⟨ts⟩ INFO login user="⟨p1.full⟩" ip=⟨ip⟩ app="⟨bare.t⟩"',
            '⟨ts⟩ WARN payment failed customer="⟨p1.full⟩" card=⟨card⟩ item="⟨bare.p⟩"',
            '[⟨ts⟩] ⟨p1.handle⟩ (⟨p1.full⟩) searched for "⟨bare.m⟩" from ⟨ip⟩',
            '⟨ts⟩ email sent to=⟨email⟩ template="⟨bare.e⟩ reminder"',
            '⟨ts⟩ support chat: agent=⟨p1.given⟩ customer="⟨p2.full⟩" topic="⟨bare.p⟩"',
            'Why was this flagged? ⟨ts⟩ ALERT transfer from ⟨p1.full⟩ acct=⟨acct⟩ memo="⟨bare.f⟩"',
        ],
    ),
}
