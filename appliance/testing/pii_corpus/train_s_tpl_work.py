"""Templates of `train_s` for work records: forms, tickets, notes, logs, calendar entries,
code and tool calls, from offices, schools, clinics and households (format:
`train_s_templates`)."""

from __future__ import annotations

BLOCK = r"""
=== form clean en
Feedback form
Topic: [[T^]]
Details: [[C^]].
Reference: [[CODE]]
Submitted: [[DATE]]
=== form clean en
Maintenance request
Location: [[ROOM]]
Item: [[T^]]
Problem: [[C^]]
Urgency: medium
Request no.: [[TICKET]]
=== form clean en
School trip consent – office use only
Trip: [[T^]]
Cost per pupil: [[PRICE]]
Notes: [[C^]]
Deadline: [[DATE]]
=== form clean en
Expense claim
Item: [[T^]]
Amount: [[PRICE]]
Justification: [[C^]]
Cost centre: [[CODE]]
=== form personal en
Full name: [[P.full]]
Preferred name: [[P.first]]
Email: [[EMAIL]]
Phone: [[PHONE]]
Home address: [[ADDR]]
Reason for visit: [[C]]
=== form personal en
New patient registration
Surname: [[P.last]]
First name: [[P.first]]
Contact number: [[PHONE]]
Next of kin: [[Q.full]]
Allergies / notes: [[C]]
=== form personal en
Staff expense claim
Claimant: [[P.lf]]
Line manager: [[Q.title]]
Item: [[T^]]
Amount: [[PRICE]]
Pay to account number [[ACCT]]
=== form personal en
Pupil details
Pupil: [[P.full]]
Parent/carer: [[Q.full]] ([[Q.email]])
Medical notes: [[C]]
Collected by: [[R.first]]
=== form personal en
Direct debit mandate
Account holder: [[P.full]]
IBAN: [[IBAN]]
Address: [[ADDR]]
Purpose: [[T]]
=== form personal en
Visitor sign-in
Name: [[P.full]]
Company: [[T^]] supplier
Host: [[Q.title]]
Car registration: [[CODE]]
Note: [[C]]
=== ticket clean en
[[TICKET]] | Priority: P3
Summary: [[C^]]
Steps: open [[PROD]] [[VER]], go to settings
Expected: no error. Actual: [[C]]
=== ticket clean en
[[TICKET]]: [[T^]] not working
Reported: [[DATE]] [[TIME]]
Details: [[C^]]. Affects [[PCT]] of users on [[VER]].
=== ticket clean en
Facilities ticket [[TICKET]]
Area: [[ROOM]]
Issue: [[C^]]
Parts: [[CODE]] x [[NUM]]
=== ticket personal en
[[TICKET]]
Reporter: [[P.full]] ([[P.handle]])
Assignee: [[Q.full]]
Description: [[C^]]. Last login from [[IP]].
=== ticket personal en
[[TICKET]] – [[T]]
Opened by [[P.first]] on [[DATE]]
[[Q.first]]: [[C]]
[[P.first]]: thanks, [[C]]
=== ticket personal en
IT helpdesk [[TICKET]]
User: [[P.lf]]
Email: [[EMAIL]]
Device: [[PROD]]
Issue: [[C^]]. User asked that [[Q.title]] be told.
=== ticket personal en
Support case [[TICKET]]
Customer: [[P.full]], [[ADDR]]
Card on file: [[CARD]]
Summary: [[C^]]
=== notes clean en
Meeting notes [[DATE]]
- [[C]]
- [[C]]
- action: price up [[T]] ([[PRICE]])
=== notes clean en
Staff briefing
* [[C^]]
* [[C^]]
* Reminder: [[T]] in [[ROOM]] at [[TIME]]
=== notes clean en
Shopping + jobs
- [[F]]
- [[F]]
- [[C]]
- return order [[ORDER]]
=== notes clean en
Lesson plan – year 5
Starter: [[T]]
Main: [[C]]
Plenary: quiz on [[T]]
=== notes personal en
Notes – call with [[P.full]]
- [[C]]
- [[P.first]] will send [[T]] by [[DATE]]
- follow up: [[P.email]]
=== notes personal en
1:1 [[P.first]] / [[Q.first]]
- [[C]]
- [[Q.poss]] question: [[C]]
- next: [[DATE]]
=== notes personal en
Ward round [[DATE]]
Bed [[NUM]] – [[P.title]]: [[C]]
Bed [[NUM]] – [[Q.full]]: [[C]]
Family contact: [[R.first]], [[PHONE]]
=== notes personal en
Parents evening
[[P.full]] (mum: [[Q.first]]): [[C]]
[[R.full]]: [[C]]
=== notes personal en
Things to tell [[P.first]]
1. [[C]]
2. [[T]] is on [[DATE]]
3. [[Q.first]] moved to [[L]]
=== log clean en
[[DATE]] [[TIME]] INFO job=[[CODE]] msg="[[C]]"
[[DATE]] [[TIME]] WARN retry=2 item="[[T]]"
=== log clean en
build [[VER]]: 312 tests passed, 2 skipped
note: [[C]]
deploy to staging at [[TIME]]
=== log clean en
[[TIME]] door sensor [[ROOM]] open
[[TIME]] thermostat set to 19C
[[TIME]] note: [[C]]
=== log personal en
[[DATE]] [[TIME]] WARN login failed for user="[[P.full]]" ip=[[IP]]
[[DATE]] [[TIME]] INFO password reset sent to [[EMAIL]]
[[DATE]] [[TIME]] INFO ticket note="[[C]]"
=== log personal en
[[DATE]] [[TIME]] audit: record of [[P.lf]] opened by [[Q.init]]
[[DATE]] [[TIME]] audit: note added "[[C]]"
=== log personal en
visitor log [[DATE]]
[[TIME]] in: [[P.full]] to see [[Q.title]] ([[ROOM]])
[[TIME]] in: courier with [[T]]
[[TIME]] out: [[P.first]]
=== log personal en
[[DATE]] [[TIME]] ERROR payment declined name="[[P.full]]" card=[[CARD]]
[[DATE]] [[TIME]] INFO basket contained "[[T]]"
=== calendar clean en
[[DATE]] [[TIME]] – [[T^]] ([[ROOM]])
[[DATE]] – [[C^]]
=== calendar clean en
Mon: [[T]]
Tue: [[C]]
Thu: inset day
Fri: [[F]] for the bake sale
=== calendar clean en
Event: [[T^]]
When: [[DATE]], [[TIME]]
Where: [[ROOM]]
Notes: [[C]]
=== calendar personal en
Event: 1:1 with [[P.full]]
When: [[DATE]] [[TIME]]
Where: [[ROOM]]
Notes: [[C]]
=== calendar personal en
[[DATE]] [[TIME]] dentist for [[P.first]]
[[DATE]] [[TIME]] [[T]] with [[Q.first]]
[[DATE]] pick up [[R.first]] from [[L]]
=== calendar personal en
Invite: [[T^]]
Organiser: [[P.full]] <[[EMAIL]]>
Guests: [[Q.full]], [[R.full]]
Description: [[C^]]
=== calendar personal en
Rota – week of [[DATE]]
Early: [[P.first]]
Late: [[Q.first]]
On call: [[R.init]] ([[PHONE]])
Note: [[C]]
=== code clean en
# TODO: [[C]]
def apply_discount(total):
    return round(total * 0.9, 2)  # [[T]] promo, ticket [[TICKET]]
=== code clean en
ITEMS = ["[[T]]", "[[T]]", "[[F]]"]
# note: [[C]]
for item in ITEMS:
    print(item.upper())
=== code clean en
-- [[C]]
SELECT sku, price FROM products WHERE name = '[[T]]' AND version = '[[VER]]';
=== code personal en
user = {"name": "[[P.full]]", "email": "[[EMAIL]]"}
# [[P.first]] says [[C]]
send_welcome(user)
=== code personal en
def test_lookup():
    customer = lookup("[[P.full]]")
    assert customer.phone == "[[PHONE]]"
    # [[C]]
=== code personal en
INSERT INTO staff (name, room, note) VALUES ("[[P.full]]", "[[ROOM]]", "[[C]]");
=== code personal en
git commit -m "[[C]] (reviewed by [[P.first]])"
Author: [[Q.full]] <[[Q.email]]>
=== toolcall clean en
Call create_task with {"title": "[[T^]]", "due": "[[DATE]]", "notes": "[[C]]"}
=== toolcall clean en
search_docs(query="[[T]]", limit=5)
→ 3 results. First: "[[C^]]"
=== toolcall clean en
{"tool": "add_to_list", "arguments": {"list": "groceries", "items": ["[[F]]", "[[F]]"]}}
=== toolcall personal en
send_email(to="[[P.email]]", subject="[[T^]]", body="Hi [[P.first]], [[C]].")
=== toolcall personal en
Tool: calendar.create_event
Arguments: {"attendees": ["[[P.full]]", "[[Q.full]]"], "title": "[[T^]]", "start": "[[DATE]] [[TIME]]"}
=== toolcall personal en
{"name": "crm.update_contact", "arguments": {"contact": "[[P.full]]", "phone": "[[PHONE]]", "note": "[[C]]"}}
=== toolcall personal en
lookup_patient(surname="[[P.last]]", first_name="[[P.first]]")
→ {"ward": "[[ROOM]]", "note": "[[C]]"}
=== toolcall personal en
transfer(to_name="[[P.full]]", iban="[[IBAN]]", amount="[[PRICE]]", memo="[[T]]")
=== form personal en
Payroll setup – new starter
Employee: [[P.full]]
SSN: [[SSN]]
Bank: checking account [[ACCT]]
Start date: [[DATE]]
Notes: [[C]]
=== form personal en
W-9 request
Name: [[P.lf]]
Social security number: [[SSN]]
Mailing address: [[ADDR]]
Comments: [[C]]
=== form personal en
Refund form
Customer: [[P.full]] ([[EMAIL]])
Refund to account number [[ACCT]]
Reason: [[C]]
Order: [[ORDER]]
=== form clean en
Allergy and dietary form – kitchen copy
Dish: [[F^]]
Contains: nuts, milk
Note: [[C^]]
Checked: [[DATE]]
=== ticket clean en
[[TICKET]] · bug
Title: [[T^]] shows twice in search
Env: [[PROD]] [[VER]]
Notes: [[C]]; also [[C]]
=== ticket clean en
Ticket [[TICKET]] merged into [[TICKET]]. Reason: [[C]].
=== ticket personal en
[[TICKET]] · HR query
From: [[P.full]] ([[EMAIL]])
Question: my SSN on the payslip is wrong, it should be [[SSN]]. [[C^]].
=== ticket personal en
@[[Q.first]] can you take this? [[P.first]] says [[C]]. Customer: [[P.full]], [[PHONE]].
=== notes clean en
Parent council minutes
Present: 8 members
1. [[C^]]
2. [[T^]] – agreed
3. AOB: [[C]]
=== notes personal en
Home visit – [[DATE]]
Seen: [[P.full]] and [[Q.first]] ([[NUM]])
Observed: [[C]]
Address: [[ADDR]]
=== log clean en
[[STAMP]] level=info svc=orders msg="[[C]]" order=[[ORDER]]
[[STAMP]] level=debug svc=orders msg="lookup [[T]]"
=== log clean en
cron[[[NUM]]]: backup of [[CODE]] finished ([[PCT]] used)
cron[[[NUM]]]: note: [[C]]
=== log personal en
sshd: Accepted publickey for user [[P.handle]] from [[IP]]
app: profile updated, display name now "[[P.full]]"
app: note "[[C]]"
=== log personal en
[[DATE]] [[TIME]] bank-sync: account [[ACCT]] holder="[[P.full]]" status=ok
[[DATE]] [[TIME]] bank-sync: memo "[[T]]"
=== calendar clean en
Week [[NUM]]
Mon – [[C]]
Wed – [[T]] ([[ROOM]])
Fri – early finish
=== calendar clean en
Reminder: [[T^]] tomorrow at [[TIME]]. [[C^]].
=== calendar personal en
[[DATE]]
09:00 school run ([[P.first]])
[[TIME]] [[Q.title]] – [[T]]
18:00 [[C]]
=== calendar personal en
Accepted: [[P.full]] has accepted "[[T^]]" on [[DATE]] at [[TIME]].
Location: [[ADDR]]
=== code clean en
const note = "[[C]]";
const items = ["[[T]]", "[[F]]"];
export default { note, items, version: "[[VER]]" };
=== code clean en
# [[T]] importer
# Known issue: [[C]]
import csv
rows = list(csv.reader(open("[[CODE]].csv")))
=== code personal en
const patient = { name: "[[P.full]]", ward: "[[ROOM]]", note: "[[C]]" };
=== code personal en
# seed data
Customer.create(name: "[[P.full]]", phone: "[[PHONE]]", ssn: "[[SSN]]")
# [[C]]
=== toolcall clean en
Function call: set_reminder(text="[[C]]", time="[[TIME]]")
=== toolcall clean en
calculator.run(expression="[[NUM]] * [[NUM]]")  # cost of [[T]]
=== toolcall personal en
{"function": "book_appointment", "args": {"patient": "[[P.full]]", "with": "[[Q.title]]", "reason": "[[C]]"}}
=== toolcall personal en
messages.send(recipient="[[P.first]]", text="[[C]]", attach="[[T]]")
=== toolcall personal en
verify_identity(name="[[P.full]]", ssn="[[SSN]]", account="[[ACCT]]", reason="[[C]]")
=== form clean de
Rückmeldebogen
Thema: [[C^]]
Referenz: [[CODE]]
Datum: [[DATE]]
=== form personal de
Name: [[P.full]]
E-Mail: [[EMAIL]]
Telefon: [[PHONE]]
Anschrift: [[ADDR]]
Anliegen: [[C]]
=== form personal es
Nombre: [[P.full]]
Correo: [[EMAIL]]
Teléfono: [[PHONE]]
Dirección: [[ADDR]]
Motivo: [[C]]
=== form personal fr
Nom : [[P.last]]
Prénom : [[P.first]]
Téléphone : [[PHONE]]
Adresse : [[ADDR]]
Motif : [[C]]
=== notes clean tr
Toplantı notları [[DATE]]
- [[C]]
- [[C]]
=== notes personal tr
[[P.full]] ile görüşme
- [[C]]
- telefon: [[PHONE]]
=== notes clean nl
Notities [[DATE]]
- [[C]]
- [[C]]
=== notes personal nl
Gesprek met [[P.full]]
- [[C]]
- adres: [[ADDR]]
"""
