"""Templates of `train_s` for structured data pasted into a prompt: JSON, CSV, Markdown
tables, HTML and YAML, with a short instruction around most of them (format:
`train_s_templates`)."""

from __future__ import annotations

BLOCK = r"""
=== json clean en
Validate this JSON:
{"item": "[[T]]", "note": "[[C]]", "sku": "[[CODE]]", "price": "[[PRICE]]"}
=== json clean en
{"order": "[[ORDER]]", "lines": [{"name": "[[F]]", "qty": [[NUM]]}, {"name": "[[F]]", "qty": 1}], "comment": "[[C]]"}
=== json clean en
Why does this fail to parse?
{
  "title": "[[T^]]",
  "status": "open",
  "description": "[[C]]",
  "version": "[[VER]]"
}
=== json clean en
{"events": [{"date": "[[DATE]]", "what": "[[T]]"}, {"date": "[[DATE]]", "what": "[[C]]"}]}
=== json clean en
{"menu": {"starter": "[[F]]", "main": "[[F]]", "note": "[[C]]"}}
=== json personal en
{"assignee": "[[P.full]]", "reporter": "[[Q.full]]", "title": "[[T^]]", "comment": "[[C]]"}
=== json personal en
Extract the phone numbers from this:
{"contacts": [{"name": "[[P.full]]", "phone": "[[PHONE]]"}, {"name": "[[Q.full]]", "note": "[[C]]"}]}
=== json personal en
{
  "patient": "[[P.lf]]",
  "gp": "[[Q.title]]",
  "notes": "[[C]]",
  "next_visit": "[[DATE]]"
}
=== json personal en
{"user": {"display_name": "[[P.full]]", "handle": "[[P.handle]]", "email": "[[EMAIL]]", "bio": "[[C]]"}, "last_ip": "[[IP]]"}
=== json personal en
{"customer": "[[P.full]]", "ship_to": "[[ADDR]]", "items": ["[[T]]", "[[F]]"], "gift_note": "[[C]]"}
=== json personal en
{"student": "[[P.first]]", "teacher": "[[Q.title]]", "comment": "[[C]]", "book": "[[T]]"}
=== json personal en
{"payee": "[[P.full]]", "iban": "[[IBAN]]", "reference": "[[T]]", "amount": "[[PRICE]]"}
=== csv clean en
item,notes,qty,price
[[T]],"[[C]]",[[NUM]],[[PRICE]]
[[T]],,1,[[PRICE]]
[[F]],"[[C]]",2,[[PRICE]]
=== csv clean en
Sort this by date:
date,event,room
[[DATE]],[[T]],[[ROOM]]
[[DATE]],[[T]],[[ROOM]]
[[DATE]],"[[C]]",hall
=== csv clean en
sku,product,comment
[[CODE]],[[PROD]],"[[C]]"
[[CODE]],[[PROD]],"[[T]]"
=== csv clean en
week,lunch,pudding
1,[[F]],[[F]]
2,[[F]],fruit
=== csv personal en
name,email,phone,note
[[P.full]],[[EMAIL]],[[PHONE]],"[[C]]"
[[Q.full]],[[Q.email]],,[[T]]
=== csv personal en
Dedupe these rows:
"[[P.lf]]",[[P.email]],[[DATE]]
"[[P.lf]]",[[P.email]],[[DATE]]
"[[Q.lf]]",[[Q.email]],[[DATE]]
Keep the newest. Note: [[C]].
=== csv personal en
pupil,class,allergy,collected_by
[[P.full]],[[ROOM]],"[[C]]",[[Q.first]]
[[R.full]],[[ROOM]],none,[[R.first]]
=== csv personal en
assignee,task,due
[[P.first]],[[T]],[[DATE]]
[[Q.first]],"[[C]]",[[DATE]]
=== csv personal en
customer,card,amount,item
[[P.full]],[[CARD]],[[PRICE]],[[T]]
=== markdown_table clean en
| Item | Status |
|---|---|
| [[T^]] | ordered ([[ORDER]]) |
| [[T^]] | [[C]] |
=== markdown_table clean en
Turn this into bullet points:
| Day | Plan |
|-----|------|
| Mon | [[C]] |
| Wed | [[T]] |
| Fri | [[F]] for the staff room |
=== markdown_table clean en
| Version | Change |
|---|---|
| [[VER]] | [[C]] |
| [[VER]] | fixed [[T]] |
=== markdown_table personal en
| Owner | Task | Due |
|---|---|---|
| [[P.full]] | [[T^]] | [[DATE]] |
| [[Q.first]] | [[C^]] | [[DATE]] |
=== markdown_table personal en
| Name | Contact | Notes |
|------|---------|-------|
| [[P.full]] | [[PHONE]] | [[C]] |
| [[Q.full]] | [[Q.email]] | brings [[F]] |
=== markdown_table personal en
| Patient | Clinician | Note |
|---|---|---|
| [[P.lf]] | [[Q.title]] | [[C]] |
=== markdown_table personal en
| Guest | Dietary | Table |
|---|---|---|
| [[P.full]] | [[C]] | [[NUM]] |
| [[Q.full]] | no [[F]] | [[NUM]] |
=== html clean en
<ul>
  <li>[[T^]]</li>
  <li>[[C^]]</li>
</ul>
<p>Order [[ORDER]] ships on [[DATE]].</p>
=== html clean en
Fix the markup: <div class="notice"><h2>[[T^]]</h2><p>[[C^]].<p>Price: [[PRICE]]</div>
=== html clean en
<table><tr><th>Item</th><th>Note</th></tr><tr><td>[[F]]</td><td>[[C]]</td></tr></table>
=== html personal en
<p>Dear [[P.title]],</p>
<p>[[C^]].</p>
<p>Regards,<br>[[Q.full]]</p>
=== html personal en
<div class="card"><span class="name">[[P.full]]</span> <a href="mailto:[[EMAIL]]">[[EMAIL]]</a><p>[[C^]]</p></div>
=== html personal en
<li data-user="[[P.handle]]"><b>[[P.full]]</b> commented: [[C]]</li>
=== html personal en
<footer>[[P.full]] · [[ADDR]] · [[PHONE]]</footer>
<p>[[C^]].</p>
=== yaml clean en
task: [[T]]
note: "[[C]]"
version: [[VER]]
=== yaml clean en
menu:
  - [[F]]
  - [[F]]
notes: "[[C]]"
=== yaml clean en
alerts:
  - name: [[CODE]]
    message: "[[C]]"
  - name: [[CODE]]
    message: "[[T]]"
=== yaml personal en
owner: [[P.full]]
email: [[EMAIL]]
notes: "[[C]]"
=== yaml personal en
reviewers:
  - [[P.full]]
  - [[Q.full]]
summary: "[[C]]"
handle: "[[P.handle]]"
=== yaml personal en
server:
  host: [[IP]]
  admin: [[P.full]]
  note: "[[C]]"
=== yaml personal en
emergency_contact:
  name: [[P.full]]
  phone: "[[PHONE]]"
  relation: aunt
medical: "[[C]]"
=== html clean en
<h3>[[T^]]</h3>
<p>[[C^]]. Reference [[CODE]].</p>
=== html personal en
<p>Hi [[P.first]],</p>
<p>[[C^]]. Your order [[ORDER]] ships to [[ADDR]].</p>
=== html personal en
<tr><td>[[P.lf]]</td><td>[[PHONE]]</td><td>[[C]]</td></tr>
=== yaml clean en
release: [[VER]]
changes:
  - "[[C]]"
  - "fixed [[T]]"
=== yaml personal en
payroll:
  employee: [[P.full]]
  ssn: "[[SSN]]"
  account: "[[ACCT]]"
  note: "[[C]]"
=== yaml personal en
guests:
  - name: [[P.full]]
    diet: "[[C]]"
  - name: [[Q.full]]
    diet: "no [[F]]"
=== markdown_table clean en
| Ingredient | Amount |
|---|---|
| [[F^]] | 200 g |
| [[F^]] | 1 tbsp |
Note: [[C]]
=== markdown_table personal en
| Employee | SSN | Note |
|---|---|---|
| [[P.full]] | [[SSN]] | [[C]] |
=== json personal en
{"employee": "[[P.full]]", "ssn": "[[SSN]]", "checking_account": "[[ACCT]]", "memo": "[[T]]"}
=== csv personal en
employee,ssn,note
[[P.full]],[[SSN]],"[[C]]"
[[Q.full]],[[SSN]],[[T]]
=== json clean es
{"producto": "[[T]]", "nota": "[[C]]", "precio": "[[PRICE]]"}
=== json personal de
{"kunde": "[[P.full]]", "telefon": "[[PHONE]]", "notiz": "[[C]]"}
=== csv personal it
nome,email,nota
[[P.full]],[[EMAIL]],"[[C]]"
=== markdown_table personal pt
| Nome | Nota |
|---|---|
| [[P.full]] | [[C]] |
"""
