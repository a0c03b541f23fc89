r"""Sentence templates of the training part (`train.py`), by shape.

A template is text with slots: «full» (a value, here a person's full name), «phone:2» (the
second value of that kind in the prompt: the same slot and number give the same value),
«city:upper» (a value written in capitals; also `lower`, `sql` for SQL's doubled quote),
«Hi|Hello|Hey» (one of the literal choices). `train.SLOTS` says what each slot makes and
which of them are personal data: a template without any personal-data slot makes a clean
prompt. Templates of one shape are separated by lines of `%%`.

Literal text names no person and no place: every one of them is a slot.
"""

from __future__ import annotations

CHAT = r"""
«full» asked me to forward this to you: the «product» demo is moved to «date». Can you make the reply sound less stiff?
%%
«phone»?? who is this, they called me «n» times today and left no message
%%
«init» wrote the original report; «init:2» reviewed it. How should I credit both in the footnote?
%%
«city» or «city:2» for a long weekend in «month»? We like food markets and museums.
%%
can you tell if «card» is a visa or a mastercard? found it in «first»'s old wallet
%%
The bank app says my checking account «acct» is frozen. I'm travelling in «country» until «date». Who do I call?
%%
Reach «first» at «phone» or «first:2» at «phone:2», whoever answers first. Can you write that as a polite note for the front desk?
%%
Fill in my W-9 draft: name «full», SSN «ssn», address «address». Just tell me which box each goes in.
%%
My card «card» was charged «price» by «company» twice on «date». How do I word the chargeback?
%%
Which of these is my savings account number, «acct» or «order»? The statement from «month» is confusing.
%%
Is it safe to give my IBAN («iban») to a buyer on a marketplace? They're in «country».
%%
«Hi|Hey|Hello», can you draft a short reply to «full» saying the «product» delivery moves to «weekday»? Their number is «phone».
%%
what's a polite way to tell «first» that I can't make it to «city» next «month»?
%%
Rewrite this so it sounds friendlier: "«first», your invoice «invoice» is overdue. Call us on «phone» today."
%%
I'm moving from «city» to «city:2» in «month». Any tips for shipping furniture? The new flat is at «address».
%%
My landlord «title» «last» keeps calling me at «phone» late at night. Is that allowed in «country»?
%%
«full» and I are planning a road trip through «region». Suggest a «n»-day route with one rest day on «weekday».
%%
Please translate into Spanish: "Dear «name», your appointment is confirmed for «date» at «time». Questions? Write to «email»."
%%
how do i tell my bank my card «card» was stolen?? im in «city» right now
%%
Summarize for the loan committee: «full» (SSN «ssn») applied on «date» for «price»; co-signer is «full:2».
%%
«first:lower» said the wifi password is on the fridge but the router at «ip4» isn't answering. what should I check first?
%%
Can you check this IBAN looks right before I send «price» to «full»? «iban»
%%
I need a cover letter for a «jobtitle» job in «city», «country». My name is «full», email «email», phone «phone».
%%
Who do I contact about a refund? I paid with «card» and the order number was «order».
%%
«phone» keeps texting me about a parcel stuck at customs. Scam? The message quotes tracking «tracking».
%%
write a birthday poem for «first», she turns «n»0 this «weekday» and she loves «city»
%%
My grandmother «full» lives alone in «city». What kind of senior services usually exist there?
%%
Is it normal that «ip» shows up «n»00 times in my nginx access log from last night?
%%
Help me split the dinner bill: «first» paid «price», «first:2» paid «price:2» and «first:3» paid nothing.
%%
Explain like I'm five why my payslip shows account number «acct» and not my IBAN.
%%
pls fix the grammar: «first:lower» and me was going to «city:lower» but the train from «city:2» were late
%%
Can you remind me what «title» «last» said about the «drug» dose? I'll paste my notes in a sec.
%%
Draft a LinkedIn message to «full», who runs «dept» at «company» in «city». Keep it under «n»0 words.
%%
«full»? That's my neighbour, long story. Anyway, how do I get a parking permit in «region»?
%%
I think my social security number «ssn» was in a data breach. What should I do this «month»?
%%
How long does a SEPA transfer from «iban» to an account in «country» usually take?
%%
Set a reminder: call «name» at «phone» on «weekday» about the «codename» budget.
%%
Who is «full»? Someone emailed me from «email» asking for my account number «acct». Phishing?
%%
We're hosting «first» and «first:2» from «country» next week. Vegetarian menu ideas for «n» people?
%%
«email» - is this address format valid? It bounced twice with error «http».
%%
My IP is «ip4» and «first» in the «city» office gets «ip4:2». Why can't we ping each other?
%%
Is this a valid number or did I copy it wrong: «pii»
%%
Mask the personal data in this line before I paste it in the wiki: «full», «pii», «city».
%%
«Quick|Random|Silly» question: is «first» a common name in «country»? Naming a character in my novel «work».
%%
Can you make a packing list for «first»'s trip to «city»? Flight leaves «date» at «time», «n» nights.
%%
My account number is «acct» and the bank in «city» says a standing order of «price» failed. Why would that happen?
%%
Rewrite as a formal complaint: the courier left the «product» at «address» instead of with «full» and now it's gone.
%%
«full» from «company» wants to visit our «city» site on «date». What should the visitor agreement cover?
"""

EMAIL = r"""
Dear «title» «last»,

I'm writing on behalf of my father, «full:2», who stayed at «venue» from «date» to «date:2». On checkout he was charged «price» to his card «card», although the booking («order») had been prepaid in full through «company». He has tried to call the front desk on «phone» several times without success.

He is «n»0 and does not use e-mail, so please reply to me at «email» or call my mobile, «phone:2». I have attached the booking confirmation, the card statement and a copy of his passport page as you asked. We would appreciate a refund within «n:2» weeks; otherwise we will raise a chargeback with the bank.

Thank you for your help,
«full:3»
«address»
%%
Hi «first»,

The deposit hasn't arrived. Could you double-check you sent it to account number «acct» (not «acct:2», that one is closed)?

«bye»,
«sign:2»
%%
Dear «name»,

We were unable to charge your card «card» for order «order». Please update your payment details within «n» days or contact us on «phone».

«brand» Billing
%%
Subject: «heading»

«Hi|Hello|Hey» «first»,

Thanks for sending over the «product» specs. I've looped in «full:2» from «dept», who will handle the contract. Could you call me at «phone» before «weekday»?

«bye»,
«full:3»
«company»
«phone:2»
%%
Dear «title» «last»,

Please find attached invoice «invoice» for «price». Payment can be made to IBAN «iban», reference «order».

«bye»,
«sign»
Accounts Receivable, «company»
«email»
%%
Hi team,

«full» will be working from our «city» office from «date». Their desk phone is «phone» and their e-mail is «email». Please make them welcome!

«bye»
«sign:2»
%%
From: «full» <«email»>
To: «full:2» <«email:2»>
Subject: Re: «ticket»

«first:2», the customer at «address» still hasn't received the replacement. Tracking says «tracking». Can you escalate?

- «first»
%%
Hello,

I'd like to update my direct debit for policy «order». New account number: «acct», sort code «sortcode». The account holder is «full».

Thank you,
«sign»
%%
«Hi|Dear» «name»,

Just a reminder that your «product» subscription renews on «date». We have your billing address as «address». If that's out of date, reply to this e-mail or call «phone».

The «brand» team
%%
Dear Hiring Manager,

I am writing to apply for the «jobtitle» role at «company». I currently live in «city» and would be glad to relocate to «city:2». Over the last «n» years I have led projects on «software» and «software:2», most recently «codename», which cut processing time by «n:2»0%.

I would welcome the chance to talk. I am usually free after «time» on weekdays.

Sincerely,
«full»
«phone» | «email» | «street», «city»
%%
hey «first:lower»,
the box «ip» went down again at «time». «first:2» restarted it, logs attached.
cheers, «first:3»
%%
Dear Sir or Madam,

My name is «full» and I live at «address». On «date» I noticed a charge of «price» on my card «card» that I did not make. I have already frozen the card in the app. Please refund the amount and send me a letter confirming the dispute has been opened, as my insurer needs it.

Yours faithfully,
«full»
Tel: «phone»
%%
To whom it may concern,

This letter confirms that «full» (SSN: «ssn») has been employed by «company» since «date» as a «jobtitle». For verification please call «phone».

«full:2»
HR Manager
%%
---------- Forwarded message ---------
From: «email»
Date: «date»
Subject: Wire details

Beneficiary: «full»
IBAN: «iban»
Bank address: «address»
%%
Hi «first» and «first:2»,

Lovely to meet you both in «city» last «weekday»! As promised, here is «first:3»'s number: «phone». She runs «venue» near the station.

«bye», «sign:4»
%%
Good morning «title» «last»,

Your patient «full:2» (DOB «date») was referred for «condition» follow-up. Please contact the clinic on «phone» or fax «phone:2».

«bye»,
«title:2» «full:3»
%%
Hello,

Our records show that account number «acct» at «company» belongs to «lastfirst». Please confirm the holder's mailing address: «address».

Compliance Desk
%%
Hi «first»,

Quick one: can you add «full:2» (<«email:2»>) and «full:3» (<«email:3»>) to the «codename» channel? They start «weekday».

Thanks!
«first:4»
%%
Dear «full»,

Thank you for booking with «venue». Your reservation «order» for «n» guests is confirmed for «date» at «time». Should your plans change, call us on «phone».

We look forward to welcoming you from «country»!
%%
Subject: Your new login

Hi «first:lower», your VPN profile is ready. Gateway: «ip4», backup: «ip6». Ping «email» if it doesn't connect.
%%
Hello «name»,

I'm «full:2», the new account manager for «company» in «region». I'd love to set up a call - does «weekday» at «time» work? My direct line is «phone».

Kind regards,
«full:2»
"""

FORM = r"""
Social security number: «ssn»
Spouse: «full»
Spouse SSN: «ssn:2»
Filing status: married filing jointly
%%
Payment method: card
Card no.: «card»
Name on card: «full:upper»
Amount: «price»
%%
Name: «full»
Date of birth: «date»
Phone: «phone»
Email: «email»
Address: «address»
%%
FULL NAME: «full:upper»
ADDRESS: «street:upper»
CITY: «city:upper»
COUNTRY: «country:upper»
MOBILE: «phone»
%%
Applicant: «lastfirst»
SSN: «ssnbare»
Employer: «company»
Monthly income: «price»
Bank account number: «acct»
%%
Emergency contact
  Name ......... «name»
  Relationship . «relation»
  Phone ........ «phone»
  Alt. phone ... «phone:2»
%%
Cardholder: «full»
Card number: «card»
Expiry: «expiry»   CVV: «cvv»
Billing address: «address»
%%
Patient: «full» | DOB: «date» | MRN: «mrn»
GP: «title» «full:2», «city»
Allergies: «drug»
Next of kin: «full:3» («phone»)
%%
Vendor onboarding
Company: «company»
Contact person: «full»
Contact phone: «phone»
IBAN: «iban»
VAT ID: «vat»
%%
Guest registration - «venue»
Guest: «full»
Nationality: «nation»
Home address: «address»
Arrival: «date»    Departure: «date:2»
Room: «n»0«n:2»
%%
Network access request
Employee: «name»
Device MAC: «mac»
Static IP: «ip4»
Department: «dept»
%%
Change of address
Previous: «address»
New: «address:2»
Effective from «date»
Signed: «full»
%%
Direct deposit authorization
Employee name: «full»
Routing number: «routing»
Checking account number: «acct»
Signature: «sign»
%%
VISITOR: «first:upper» «last:upper»
HOST: «full»
BADGE: «badge»
ARRIVED: «time»
%%
first name: «first»
last name: «last»
tel: «phone»
e-mail: «email»
country: «country»
%%
Tenant 1: «full», «phone»
Tenant 2: «full:2», «phone:2»
Property: «address»
Rent: «price» per month, paid to acct # «acct»
%%
Claim form
Policy no.: «order»
Insured: «lastfirst»
Incident location: «street», «city»
Incident date: «date»
Description: «product» damaged in transit
"""

JSON = r"""
{"applicant": {"name": "«full»", "ssn": "«ssn»", "dob": "«date»"}, "loan": {"amount": "«price»", "term_months": «n»6}}
%%
{"refund": {"card_last4": "«cvv»0", "card": "«card»", "amount": "«price»"}, "agent": "«first»"}
%%
{"customer": {"name": "«full»", "phone": "«phone»", "email": "«email»"}, "order_id": "«order»", "total": "«price»"}
%%
Call `create_contact` with {"first_name": "«first»", "last_name": "«last»", "mobile": "«phone»", "city": "«city»"}
%%
{
  "tool": "send_sms",
  "arguments": {"to": "«phone»", "body": "Hi «first», your «product» is ready for pickup. Ref «order»."}
}
%%
{"event": "login_failed", "user": "«email»", "src_ip": "«ip»", "ts": «ts», "attempts": «n»}
%%
{"payee": "«full»", "iban": "«iban»", "amount": «n»«n:2»0.00, "currency": "EUR", "reference": "«invoice»"}
%%
[{"id": «n», "name": "«full»", "ssn": "«ssn»"}, {"id": «n:2»«n:3», "name": "«full:2»", "ssn": "«ssn:2»"}]
%%
{"shipping_address": {"line1": "«street»", "city": "«city»", "country": "«country»"}, "contact": "«contact»", "sku": "«sku»"}
%%
functions.lookup_account({"holder": "«lastfirst»", "account_number": "«acct»", "bank": "«company»"})
%%
{"model": "«llm»", "messages": [{"role": "user", "content": "Book a table for «n» at «venue» under the name «full», my number is «phone»"}]}
%%
{"card": {"number": "«card»", "exp_month": «n», "exp_year": «year»}, "billing_details": {"name": "«name»", "address": {"city": "«city»", "country": "«country»"}}}
%%
{"attendees": ["«email»", "«email:2»", "«email:3»"], "organizer": "«full»", "room": "«venue»", "start": "«date»"}
%%
{"ticket": "«ticket»", "reporter": "«name»", "description": "Customer in «city» can't reach the support line, callback on «phone»"}
%%
{"allowlist": ["«ip4»", "«ip4:2»", "«ip6»"], "updated_by": "«email»", "version": "«version»"}
%%
{
  "type": "function",
  "name": "update_address",
  "arguments": {
    "user_id": "«uuid»",
    "full_name": "«full»",
    "address": "«address»"
  }
}
%%
{"employees": [{"name": "«full»", "office": "«city»"}, {"name": "«full:2»", "office": "«city:2»"}, {"name": "«full:3»", "office": "«city:3»"}]}
%%
{"transfer": {"from_account": "«acct»", "to_iban": "«iban»", "note": "rent «month»"}, "requested_by": "«first»"}
"""

CODE = r"""
«ip4» «hostname»  # «first»'s dev box, remove after «date»
%%
TEST_CARDS = ["«card»", "«card:2»"]  # from «first»'s sandbox
%%
payload = {"account_number": "«acct»", "holder": "«full»", "phone": "«phone»"}
%%
def test_format_contact():
    contact = Contact(name="«full»", phone="«phone»")
    assert format_contact(contact) == "«full» <«phone»>"
%%
INSERT INTO customers (name, email, city) VALUES ('«full:sql»', '«email»', '«city:sql»');
%%
SELECT id, amount FROM payments WHERE card_number = '«card»' AND created_at > '«date»';
%%
const admin = { name: "«full»", email: "«email»", lastLogin: "«date»", ip: "«ip»" };
%%
SMTP_USER=«email»
ALERT_PHONE=«phone»
DB_HOST=«ip4»
DB_PORT=«port»
%%
[owner]
name = «full»
email = «email»
location = «city», «country»
%%
FAILED tests/test_iban.py::test_valid - AssertionError: assert validate("«iban»") is True
%%
curl -X POST http://«ip4»:«port»/v1/users -H 'Content-Type: application/json' -d '{"name": "«full»", "ssn": "«ssn»"}'
%%
# TODO: drop the hard-coded number before the «version» release («first:lower» knows why)
FALLBACK_PHONE = "«phone»"
%%
seed_users = [
    {"full_name": "«full»", "country": "«country»", "plan": "pro"},
    {"full_name": "«full:2»", "country": "«country:2»", "plan": "free"},
]
%%
let owner = "«full»"; // set by «first:2» on «date»
%%
assertEquals("«lastfirst»", formatter.formatName(new Person("«first»", "«last»")));
%%
UPDATE accounts SET account_number = '«acct»' WHERE holder = '«full:sql»';
%%
>>> parse_phone("«phone»", strict=True)
PhoneNumber(country_code=..., national_number=...)
>>> parse_phone("«phone:2»")
%%
ssh -i ~/.ssh/deploy.pem deploy@«ip4» "tail -n «n»00 /var/log/«camel».log"
%%
it("rejects a bad card", () => {
  expect(luhn("«card»")).toBe(true);
  expect(() => charge({ card: "«card»", holder: "«name»" })).toThrow(«camel»);
});
%%
addresses = {
    "hq": "«address»",
    "warehouse": "«address:2»",
}
"""

TABLE = r"""
| Name | SSN | Start date |
|---|---|---|
| «full» | «ssn» | «date» |
| «full:2» | «ssn:2» | «date:2» |
%%
| Name | Phone | City |
|---|---|---|
| «full» | «phone» | «city» |
| «full:2» | «phone:2» | «city:2» |
| «full:3» | «phone:3» | «city:3» |
%%
| Employee | Account number | Bank |
|----------|----------------|------|
| «name» | «acct» | «company» |
| «name:2» | «acct:2» | «company:2» |
%%
| Guest | Room | Check-in | Email |
|:--|--:|:--|:--|
| «lastfirst» | «n»0«n:2» | «date» | «email» |
%%
| Host | IP | Port | Owner |
| --- | --- | --- | --- |
| «hostname» | «ip» | «port» | «first» |
| «hostname:2» | «ip:2» | «port:2» | «first:2» |
%%
| Card | Holder | Amount | Date |
|---|---|---|---|
| «card» | «name» | «price» | «date» |
%%
| Customer | IBAN | Country |
|---|---|---|
| «full» | «iban» | «country» |
| «full:2» | «iban:2» | «country:2» |
%%
| # | Player | Country | Score |
|---|---|---|---|
| 1 | «full» | «country» | «n»«n:2»«n:3» |
| 2 | «full:2» | «country:2» | «n:4»«n:5» |
%%
| Ticket | Reporter | Contact | Status |
|---|---|---|---|
| «ticket» | «name» | «contact» | open |
| «ticket:2» | «name:2» | «contact:2» | waiting on customer |
%%
| Field | Value |
|---|---|
| Name | «full» |
| SSN | «ssn» |
| Address | «address» |
| Phone | «phone» |
"""

CSV = r"""
holder,card,expiry
«name»,«card»,«expiry»
«name:2»,«card:2»,«expiry:2»
%%
account_holder,account_number,branch
«full»,«acct»,«city»
«full:2»,«acct:2»,«city:2»
%%
name,email,phone
«full»,«email»,«phone»
«full:2»,«email:2»,«phone:2»
%%
id;name;iban;amount
«n»;«full»;«iban»;«price»
«n:2»;«full:2»;«iban:2»;«price:2»
%%
"last_name","first_name","ssn","dob"
"«last»","«first»","«ssn»","«date»"
%%
timestamp,src_ip,user,action
«isodate»,«ip»,«email»,login
«isodate:2»,«ip:2»,«email»,download
%%
customer,address,country
«full»,"«address»",«country»
«full:2»,"«address:2»",«country:2»
%%
order_id,card_number,holder,total
«order»,«card»,«name»,«price»
%%
employee_id,name,city,mobile
«badge»,«name»,«city»,«phone»
«badge:2»,«name:2»,«city:2»,«phone:2»
"""

LOG = r"""
«isodate» WARN fraud: card «card» used from «ip» and «ip:2» within «n» minutes
%%
«isodate» INFO payouts: sent «price» to «iban» (beneficiary «full»)
%%
«isodate» INFO auth: login ok user=«email» ip=«ip»
%%
[«isodate»] WARN sms-gateway: delivery failed to «phone» (carrier timeout after «n»s)
%%
«ip4» - - [«logdate»] "GET /api/v2/orders/«order» HTTP/1.1" «http» «n»«n:2»«n:3»
%%
«isodate» ERROR payment: card «card» declined for customer "«full»" (code «http»)
%%
DEBUG crm.sync upserting contact name=«full» city=«city» phone=«phone»
%%
«logdate» sshd[«pid»]: Failed password for invalid user admin from «ip» port «port» ssh2
%%
«isodate» AUDIT «full» changed the payout IBAN to «iban»
%%
«isodate» INFO kyc: ssn «ssn» verified for applicant «lastfirst»
%%
«isodate» INFO session start user=«email»
«isodate:2» WARN rate limit for «ip» («n»0 req/min)
«isodate:3» INFO session end user=«email» duration=«n:2»m
%%
WARN geoip: request from «ip» resolved to «city», «country»
%%
«isodate» INFO billing: debited account number «acct» amount=«price» ref=«invoice»
%%
«time» | notify | sent reminder to «name» via «phone» (template «camel»)
%%
level=error msg="webhook rejected" caller=«email» remote_addr=«ip» request_id=«uuid»
"""

TICKET = r"""
«full» called about order «order»: the parcel went to «address» instead of «address:2». Callback on «phone».
%%
«email» cannot log in since the «version» update (ticket «ticket»); the user is based in «country».
%%
Chargeback «ticket»: cardholder «full» disputes «price» on «card» (merchant «company», «date»).
%%
Wrong payee: customer «lastfirst» sent «price» to account «acct» instead of acct. no. «acct:2». Recall requested.
%%
Ticket «ticket» - Priority: High
Customer: «full»
Contact: «phone» / «email»
Issue: «product» won't pair after firmware «version». Customer in «city» tried a factory reset twice.
%%
CRM note «date»: Spoke with «full» about the double charge on card «card». Promised a callback on «phone» by «weekday».
%%
Case «ticket»: caller «name» reports fraud on checking account «acct». Identity verified with SSN «ssn». Escalated to «dept».
%%
[«ticket»] Cannot deliver to «address»: recipient «full» not known at this address. Tracking «tracking».
%%
Support chat summary: a user from «country» asked to change the e-mail on file from «email» to «email:2». Done by «first».
%%
Internal: please allowlist «ip» for «company» (contact «full», «phone»).
%%
customer says her name is spelled «full», not «full:lower» - please update the CRM record «ticket»
%%
Escalation: «title» «last» from «company» has called «n» times about invoice «invoice». Last call at «time», number «phone».
%%
Refund request «ticket»: refund «price» to IBAN «iban», account holder «full».
%%
Bug «ticket»: the signup form rejects phone numbers like «phone» (format from «country»). Reported by «first».
%%
Status: waiting on customer
Assignee: «first»
Notes: «full:2» from «city» sent a photo of the broken «product». Needs a replacement under warranty («order»).
%%
Ticket «ticket» reopened by «name». Previous agent «first:2» had set the address to «address» but the customer moved to «city:2».
"""

SMS = r"""
«first» here - landed in «city», call u later
%%
«email» is my new email btw, old one got hacked
%%
Ur card «card» was used for «price» at «brand». Reply N if it wasnt u
%%
acct number for the rent is «acct», sort code «sortcode», name «full»
%%
hey its «first:lower», new number -> «phone»
%%
«first» can u pick me up from «city» station at «time»?
%%
Your «brand» code is «otp». Don't share it. Wasn't you? Call «phone».
%%
running late, tell «first» to start without me. meet at «address»
%%
Hi «first», «first:2» here! Is this still your number? «phone»
%%
Alert: «price» debited from a/c no. «acct» on «date». Not you? Call «phone».
%%
omw to «city:lower»!! text «first:2:lower» if u need anything «phone»
%%
Sent you the deposit. IBAN I used: «iban» - can you confirm, «first»?
%%
«first:upper» CALL ME BACK «phone»
%%
Reminder: «title» «last» tomorrow at «time», «street». Reply C to confirm.
"""

NOTES = r"""
«init»: will check the «software» licences before «weekday»
«init:2»: owns the «codename» budget; needs the numbers from «full:3»
«init:3»: on leave, back «date»
%%
Payroll fixes «date»
- «full»: new acct # «acct» from «month»
- «full:2»: SSN «ssn» was mistyped on the W-2, corrected
- «full:3»: IBAN changed to «iban»
%%
Meeting notes - «heading» («date»)
Attendees: «full», «full:2», «full:3»
- «first» to send the «product» pricing to «email» by «weekday»
- «first:2» follows up with the distributor in «city»
- Next sync: «date:2», «time»
%%
1:1 «first» / «first:2» - «date»
* «first:2» is relocating to «city» in «month»
* new mobile: «phone»
* goals for «codename» unchanged
%%
Standup «date»: «first» blocked on the «software» upgrade; «first:2» off until «weekday»; «first:3» is looking into the traffic spike from «ip».
%%
Interview notes: candidate «full», currently in «city», «country». Expects «price» base. Reference: «full:2» («phone»).
%%
Board minutes: motion by «title» «last», seconded by «title:2» «last:2». The office move to «address» was approved.
%%
Offsite planning
- venue: «venue», «city»
- budget: «price»
- travel desk: «full», «phone»
%%
Call with «company» («date»)
Present: «init», «init:2»
They will wire the deposit from «iban». Contract owner on their side: «full:3».
"""

TRANSCRIPT = r"""
Agent: Can I take the account number, please?
Caller: It's «acct».
Agent: Thank you, «title» «last». And the card you paid with?
Caller: «card».
%%
Agent: Thanks for calling «company», who am I speaking with?
Caller: It's «full».
Agent: Could you confirm the phone number on the account?
Caller: Sure, «phone».
Agent: And the town?
Caller: «city».
%%
[«time»] «first»: did anyone get the invoice from «company»?
[«time:2»] «first:2»: yes, forwarded it to «email»
[«time:3»] «first»: thx
%%
«first:upper»: where are you?
«first:2:upper»: still in «city», flight delayed
«first:upper»: ok, call me at «phone» when you land
%%
Interviewer: Where did you grow up?
«first»: In «city», in «region». Then we moved to «country» when I was «n».
%%
Customer: my card number is «card» and it was charged twice
Bot: I'm sorry about that, «first». I've opened case «ticket».
%%
«full» (host): Welcome, everyone. «full:2» joins us today from «city».
«full:2»: Thanks, «first»! Great to be here.
%%
User: my ssn «ssnbare» can you fill the form for me
Assistant: I can't submit forms for you, but here's how to fill in box «n».
%%
Q: What is the best number to reach you?
A: My mobile, «phone». Or e-mail «email».
Q: And your address?
A: «address».
"""

MARKDOWN = r"""
## «heading»
- **Owner:** «full»
- **Backup:** «full:2»
- **Escalation phone:** «phone»
- **Region:** «region»
%%
### Contacts
1. «name» - «email»
2. «name:2» - «email:2»
3. «name:3» - «phone»
%%
# Trip plan
- Day 1: fly into «city»
- Day 2: drive to «city:2», stay at «venue»
- Day 3: visit «first»'s family in «city:3»
%%
- [ ] Call «title» «last» about the «drug» prescription («phone»)
- [ ] Pay invoice «invoice» to «iban»
- [x] Send «first» the «product» photos
%%
> **Note:** «full» approved the exception on «date». Questions go to «email».
%%
**Customer:** «lastfirst»
**Account number:** «acct»
**Branch:** «city»
%%
* «full» (*«jobtitle»*) - «city», «country»
* «full:2» (*«jobtitle:2»*) - «city:2», «country:2»
%%
1. Ship the «product» to «address»
2. Text «first» the tracking number («tracking») at «phone»
"""

YAML = r"""
billing:
  card_number: "«card»"
  account_number: "«acct»"
  contact: «email»
%%
owner:
  name: «full»
  email: «email»
  phone: "«phone»"
oncall:
  - «email:2»
%%
contacts:
  - name: «full»
    city: «city»
  - name: «full:2»
    city: «city:2»
%%
servers:
  db-primary: «ip4»
  db-replica: «ip4:2»
  port: «port»
maintainer: «email»
%%
payout:
  holder: «full»
  iban: «iban»
  currency: EUR
%%
patient:
  name: "«lastfirst»"
  ssn: «ssn»
  address: "«address»"
%%
customer:
  id: «uuid»
  name: «name»
  card: "«card»"
  shipping:
    street: «street»
    country: «country»
"""

HTML = r"""
<div class="contact-card"><h3>«full»</h3><p>«phone»</p><a href="mailto:«email»">«email»</a></div>
%%
<tr><td>«full»</td><td>«city»</td><td>«phone»</td></tr>
%%
<p>Dear «first»,</p>
<p>Your order «order» ships to <strong>«address»</strong> on «date».</p>
%%
<input name="ssn" value="«ssn»"> <input name="full_name" value="«full»">
%%
<footer>© «year» «company» · «address» · Tel. «phone»</footer>
%%
<ul>
  <li>«name»</li>
  <li>«name:2»</li>
  <li>«name:3»</li>
</ul>
%%
<p>Signed in as <b>«email»</b> from «ip» (<a href="/logout">log out</a>)</p>
"""

TRACE = r"""
Traceback (most recent call last):
  File "/srv/app/billing.py", line «n»«n:2», in charge
    gateway.charge(card="«card»", amount=«n:3»)
  File "/srv/app/gateway.py", line «n:4»0, in charge
    raise PaymentError(f"declined for {email}")
PaymentError: declined for «email»
%%
java.lang.IllegalArgumentException: Invalid phone number: «phone»
    at com.«brand:lower».crm.PhoneValidator.validate(PhoneValidator.java:«n»«n:2»)
    at com.«brand:lower».crm.«camel».save(«camel».java:«n:3»0)
%%
ValueError: could not parse address '«address»' for user «email»
%%
Error: connect ECONNREFUSED «ip4»:«port»
    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:«n»«n:2»«n:3»:16)
%%
KeyError: '«full»'
  while looking up contact in cache (size=«n»00)
%%
psycopg.errors.UniqueViolation: duplicate key value violates unique constraint "users_email_key"
DETAIL:  Key (email)=(«email») already exists.
"""

COMMIT = r"""
Reviewed-by: «init» <«email»>
Tested-by: «init:2»

Fix the address parser for «country» postcodes
%%
Fix phone normalisation for numbers from «country»

Numbers like «phone» were rejected by the validator.

Reported-by: «full» <«email»>
%%
Add «city» to the supported delivery areas

Requested by «first» in «ticket».
%%
Revert "Hard-code «first»'s test IBAN"

This reverts commit «hash». The IBAN «iban» must not live in the repository.
%%
chore: rotate test fixture (was «email», «ip»)

Co-authored-by: «full» <«email:2»>
%%
docs: add «full» to MAINTAINERS
%%
feat(crm): store the second phone number («phone») as alt_phone

Signed-off-by: «full» <«email»>
"""

CALENDAR = r"""
BEGIN:VEVENT
SUMMARY:«heading» with «full»
LOCATION:«address»
ORGANIZER;CN=«full:2»:mailto:«email»
DTSTART:«icsdate»
END:VEVENT
%%
Invitation: «codename» kickoff @ «weekday» «date» «time» («city»)
Organizer: «full»
Guests: «email», «email:2»
Join by phone: «phone»
%%
Reminder: dentist - «title» «last», «address», «date» at «time»
%%
«weekday»: lunch with «first» at «venue»; «time» call with «name:2» («phone»)
%%
Event: «work» book club
When: «date», «time»
Where: «first»'s place, «address»
RSVP: «email»
"""

LABEL = r"""
SHIP TO:
«full:upper»
«street:upper»
«city:upper» «postcode»
«country:upper»
TRACKING: «tracking»
%%
FROM: «company», «address»
TO: «full», «address:2»
TEL: «phone»
WEIGHT: «amount»
%%
Deliver to: «name»
«address»
Phone: «phone»
Order «order» · parcel «n» of «n:2»
%%
RETURN TO SENDER - «full:upper», «street», «city»
%%
PRIORITY
«lastfirst:upper»
«address:upper»
«phone»
"""

MEDICAL = r"""
Discharge summary
Patient: «full», DOB «date», MRN «mrn»
Admitted with «condition». Discharged on «drug:2» «n»0 mg.
Follow-up with «title» «last» in «n:2» weeks. Clinic phone: «phone».
%%
Referral from «title» «full» to «title:2» «full:2». Reason: «condition». Patient contact: «phone», «address».
%%
Rx: «drug» 20 mg once daily. Patient: «name». SSN «ssn». Member ID «member».
%%
Nursing note «time»: «first» complains of a headache. Daughter «first:2» informed by phone («phone»).
%%
Lab result for «lastfirst» (MRN «mrn»): «labtest» within range. Copy to «email».
"""

HR = r"""
Dear «first»,

Following our conversation on «weekday», I am pleased to confirm your transfer from the «city» office to our team in «city:2», «country:2», effective «date». Your role as «jobtitle» and your grade stay the same; your salary will be adjusted to the local band, «price» a year.

Relocation support includes temporary housing at «address» for «n» weeks and a one-off allowance paid into account number «acct». «full:2» from «dept» will contact you about the visa paperwork; you can reach them directly on «phone».

Please sign and return the attached addendum by «date:2».

Best regards,
«full:3»
Head of «dept:2»
%%
Offer letter draft: We are pleased to offer «full» the position of «jobtitle» in our «city» office, starting «date», with an annual salary of «price». Salary will be paid into account number «acct».
%%
Performance review - «full»
Manager: «full:2»
Rating: «n»/5
Notes: strong work on «codename»; mentor for «first:3».
%%
Leave request: «name» asks for leave from «date» to «date:2» to visit family in «country». Cover: «first:2».
%%
New hire checklist for «full»: laptop (asset «sku»), badge «badge», SSN «ssn» on the W-4, emergency contact «full:2» «phone».
%%
Exit interview: «full» leaves «dept» on «date» and moves to «city». Forward payslips to «email».
"""

# --- clean: no person, no place, no personal data -------------------------------------------

CHAT_CLEAN = r"""
What's the difference between «software» and «software:2» for a team of «n»?
%%
Can you convert «price» to euros at a rough rate? Approximate is fine.
%%
My «product» shows error «http» after updating to «version». How do I roll back?
%%
Is «bignum» divisible by 7? Show the steps.
%%
Write a haiku about «month» rain and «weekday» mornings.
%%
Explain what a UUID like «uuid» encodes, and whether version 4 can collide.
%%
Summarize «work» in three sentences without spoilers.
%%
Order «order» says delivered but the box is empty. What should I write to «company» support?
%%
We're naming a new internal service. Ideas better than «codename»? «team» wants something short.
%%
Calculate «bignum» * «n» + «bignum:2», and show the carries.
%%
Is «drug» usually taken with food? General question, nothing personal.
%%
Plan a «n»-day workout routine with rest on «weekday» and «weekday:2».
%%
What does ISBN «isbn» mean digit by digit, and how is the check digit computed?
%%
Rewrite this tagline in sentence case: "«catch»"
%%
Which is better value, «product» at «price» or «product:2» at «price:2»?
%%
How do I read this timestamp: «ts»? Is it seconds or milliseconds?
%%
My «software» build «build» fails with exit code «n» only on «weekday» nightly runs. Any idea why?
%%
Can you explain the plot of «work» to a «n»-year-old?
%%
What's a good name for a «brand» product line? Something like «product», but warmer.
%%
In «month» we shipped «n»«n:2»«n:3» orders, in «month:2» «bignum». What's the growth rate?
"""

EMAIL_CLEAN = r"""
Subject: «month» all-hands

Hi everyone,

The «month» all-hands is on «weekday» «date» at «time» in «room». We'll cover «heading», the «codename» roadmap and the results of «catch». Coffee from «venue» will be served from «time:2».

If you can't make it, the recording will be on the intranet within «n» days. Questions for the Q&A can be submitted until «weekday:2».

«bye»,
«dept»
%%
Dear customer,

Thank you for contacting «brand» about your «product». We have reviewed case «ticket» and can confirm that the unit is covered by the «n»-year warranty. Please pack the device in its original box, attach the return label (tracking «tracking») and drop it at any partner shop before «date». Once the item reaches our repair centre, a replacement will be sent within «n:2» business days.

If the serial number on the box does not match «sku», call us before sending anything. Accessories such as the charger and the «product:2» adapter do not need to be returned.

Kind regards,
«brand» Customer Care
%%
Subject: «heading» - «date»

Hi all,

The «product» launch moves to «weekday» «date:2». Build «build» is the release candidate; please test against «software» «version».

«bye»,
«dept»
%%
Dear customer,

Your order «order» has shipped. Tracking number: «tracking». Expected delivery: «date». Total charged: «price».

Thank you for shopping with «brand»!
%%
Subject: Invoice «invoice»

Hello,

Please find attached invoice «invoice» for «price», due on «date». Quote purchase order «order» on the remittance.

«bye»,
«company» billing
%%
Automatic reply: I'm out of the office until «weekday» «date». For urgent «dept» matters, please open a ticket with the «dept:2» desk.
%%
Subject: «codename» status, week «n»

Team,

- «heading»: on track
- «software» upgrade to «version»: done
- open bugs: «n:2»«n:3»
- budget used: «pct» of «price»

Next review on «weekday».
%%
Hello,

We noticed that the «product» firmware «version» has a known issue with error «http». A fix ships in «version:2» on «date». No action is needed on your side.

«brand» Support
"""

FORM_CLEAN = r"""
Product: «product»
SKU: «sku»
Price: «price»
Stock: «n»«n:2»
Restock date: «date»
%%
Bug report
Component: «camel»
Version: «version»
Severity: «n»
Steps: open the «heading» page, click Save twice
Expected: HTTP «http»
%%
Expense claim
Category: travel
Amount: «price»
Date: «date»
Cost centre: «dept»
Receipt ID: «order»
%%
Server request
Hostname: «hostname»
OS build: «build»
vCPU: «n»   RAM: «n:2» GB
Port: «port»
Owner team: «team»
%%
Return form
Order number: «order»
Item: «product» («sku»)
Reason: arrived damaged
Refund to: original payment method
%%
Course registration
Course: «heading»
Code: «sku»
Starts: «weekday» «date»
Fee: «price»
"""

JSON_CLEAN = r"""
{"order_id": "«order»", "items": [{"sku": "«sku»", "qty": «n»}, {"sku": "«sku:2»", "qty": «n:2»}], "total": "«price»", "status": "shipped"}
%%
{"status": «http», "error": {"code": "«camel»", "message": "Rate limit exceeded", "retry_after": «n»}, "request_id": "«uuid»"}
%%
{"tool": "get_weather_forecast", "arguments": {"days": «n», "units": "metric"}}
%%
{"build": "«build»", "commit": "«hash»", "released": "«date»", "features": ["«codename»", "dark mode"]}
%%
{"product": "«product»", "isbn": "«isbn»", "price": "«price»", "published": "«month» «year»"}
%%
{"name": "«camel»", "version": "«version»", "dependencies": {"«software:lower»": "^«version:2»"}}
%%
{"event": "invoice.paid", "invoice": "«invoice»", "amount": «n»«n:2»00, "created": «ts»}
"""

CODE_CLEAN = r"""
def total_price(items):
    return sum(item.price * item.qty for item in items)  # «price» expected for order «order»
%%
SELECT sku, SUM(qty) FROM order_lines WHERE order_id = «order» GROUP BY sku;
%%
class «camel»:
    MAX_RETRIES = «n»
    TIMEOUT_MS = «n:2»000
%%
PORT=«port»
LOG_LEVEL=info
FEATURE_FLAGS=«codename:lower»,dark_mode
%%
assert parse_version("«version»") < parse_version("«version:2»")
%%
FAILED tests/test_orders.py::test_total - assert «n»«n:2».5 == «n:3»«n:4».0
%%
const isbn = "«isbn»";
if (!isValidIsbn(isbn)) throw new «camel»(isbn);
%%
docker run -p «port»:«port» --name «hostname» «software:lower»:«version»
"""

TABLE_CLEAN = r"""
| Product | SKU | Price |
|---|---|---|
| «product» | «sku» | «price» |
| «product:2» | «sku:2» | «price:2» |
%%
| Version | Released | Notes |
|---|---|---|
| «version» | «date» | «heading» |
| «version:2» | «date:2» | bug fixes |
%%
| Metric | «month» | «month:2» |
|---|---|---|
| Orders | «bignum» | «bignum:2» |
| Returns | «pct» | «pct:2» |

%%
| Team | Sprint | Velocity |
|---|---|---|
| «team» | «n» | «n:2»«n:3» |
| «team:2» | «n:4» | «n:5»«n:6» |
"""

CSV_CLEAN = r"""
order_id,sku,qty,total
«order»,«sku»,«n»,«price»
«order:2»,«sku:2»,«n:2»,«price:2»
%%
date,product,units,revenue
«isodate»,«product»,«n»«n:2»,«price»
«isodate:2»,«product:2»,«n:3»,«price:2»
%%
"ticket","component","opened","status"
"«ticket»","«camel»","«date»","open"
"""

LOG_CLEAN = r"""
«isodate» INFO api: GET /v1/orders/«order» «http» «n»ms
%%
«isodate» WARN worker «camel» retry «n»/5 (job «uuid»)
%%
[«isodate»] ERROR «software» connection pool exhausted (size=«n»0)
%%
«isodate» INFO deploy: «codename» «version» rolled out to «n» pods
%%
«isodate» DEBUG cache hit ratio «pct» for key order:«order»
«isodate:2» INFO build «build» finished in «n»m«n:2»s
"""

TICKET_CLEAN = r"""
Ticket «ticket» - «product» firmware «version» drains the battery overnight. Reproduced on «n» units. Workaround: disable «camel».
%%
Bug «ticket»: export to CSV fails with HTTP «http» when the report has more than «bignum» rows.
%%
Feature request «ticket»: let admins schedule «heading» reports for «weekday» mornings.
%%
Case «ticket»: customer asks why invoice «invoice» shows «price» instead of «price:2». Explained the «month» price change.
%%
Incident «ticket» resolved. Root cause: «software» «version» memory leak. Fix in «version:2». Duration: «n» min.
"""

SMS_CLEAN = r"""
Your order «order» is out for delivery today between «time» and «time:2».
%%
«brand»: your verification code is «otp». It expires in «n» minutes.
%%
Reminder: your appointment is on «weekday» at «time». Reply Y to confirm.
%%
Parcel «tracking» could not be delivered. Reschedule in the app.
%%
running «n» min late, start without me
"""

NOTES_CLEAN = r"""
Facilities walk-through «date»
- «room»: projector needs a new lamp («sku»)
- «room:2»: badge reader offline since «weekday»
- «room:3»: booked for «team» every «weekday:2»
%%
Retro - «codename» («date»)
- went well: «software» migration
- to improve: flaky tests in «camel»
- action: «team» owns the runbook
%%
## «heading»
- budget «price» approved
- launch «weekday» «date»
- risk: «product» supplier delay
%%
Standup: API latency p99 at «n»«n:2»0 ms; hotfix «version» going out «weekday».
"""

TRANSCRIPT_CLEAN = r"""
User: how do I reset the «product»?
Assistant: Hold the power button for «n» seconds until the light blinks twice.
%%
Agent: Thanks for calling «brand» support. Do you have an order number?
Customer: Yes, «order».
Agent: It shipped on «date» and should arrive by «weekday».
%%
Q: Which version fixed the crash?
A: «version», released «date».
"""

MARKDOWN_CLEAN = r"""
# «camel»

A small library for «heading». Requires «software» «version» or later.

```bash
pip install «camel:lower»==«version:2»
```
%%
## Release notes «version»
- Faster startup («pct»)
- Fixed HTTP «http» on large uploads
- Dropped support for «software» «version:2»
%%
- [ ] Update «software» to «version»
- [ ] Rotate the staging certificate
- [x] Close «ticket»
"""

YAML_CLEAN = r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: «hostname»
spec:
  replicas: «n»
  template:
    spec:
      containers:
        - name: app
          image: registry.local/«camel:lower»:«version»
          ports:
            - containerPort: «port»
%%
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: make test
    timeout-minutes: «n»0
%%
pricing:
  plan: «codename»
  monthly: «price»
  seats: «n»
"""

HTML_CLEAN = r"""
<div class="product"><h2>«product»</h2><span class="price">«price»</span><small>SKU «sku»</small></div>
%%
<p>Order <b>«order»</b> confirmed. Estimated delivery «date».</p>
%%
<h1>«heading»</h1><p>Last updated «date» · version «version»</p>
"""

TRACE_CLEAN = r"""
Traceback (most recent call last):
  File "/srv/app/orders.py", line «n»«n:2», in total
    return sum(line.price for line in lines)
TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'
%%
Exception in thread "main" java.lang.NullPointerException
    at com.«brand:lower».«camel».run(«camel».java:«n»«n:2»)
%%
thread 'main' panicked at 'index out of bounds: the len is «n» but the index is «n:2»«n:3»', src/main.rs:«n:4»0:9
"""

COMMIT_CLEAN = r"""
Bump «software» from «version» to «version:2»
%%
fix(«camel:lower»): handle HTTP «http» on retry

Closes «ticket».
%%
Merge branch 'feature/«codename:lower»' into main
"""

CALENDAR_CLEAN = r"""
«codename» planning - «weekday» «date», «time» to «time:2», «room»
Agenda: «heading»; budget «price»; «software» rollout
%%
Moved: «heading» is now in «room» (was «room:2»), same time «time».
%%
«heading» sync - every «weekday» at «time» (video call)
%%
BEGIN:VEVENT
SUMMARY:«codename» release review
DTSTART:«icsdate»
DURATION:PT«n»0M
END:VEVENT
%%
Reminder: «month» payroll cut-off is «date».
"""

LABEL_CLEAN = r"""
PICK LIST «order»
«room:upper» / SHELF «n»
«product» x«n:2»
«product:2» x«n:3»
%%
«product:upper»
SKU «sku» · LOT «order»
NET WT «amount»
BEST BEFORE «date»
%%
FRAGILE - parcel «n» of «n:2»
TRACKING «tracking»
%%
«brand:upper» · Made with «n»0% recycled material · «isbn»
"""

MEDICAL_CLEAN = r"""
«drug»: the usual adult dose is «n»00 mg every «n:2» hours, no more than «n:3» doses a day.
%%
Can «drug» and «drug:2» be taken together? General information only.
%%
Storage: keep «drug» below «n»5°C. Batch «sku», expiry «date».
"""

HR_CLEAN = r"""
Policy update: from «date», «dept» staff get «n» extra leave days. Questions go to the «dept:2» team.
%%
Salary band for «jobtitle»: «price» to «price:2». Review cycle: every «month».
%%
Onboarding checklist: laptop (asset «sku»), badge, «software» account, «heading» training by «weekday».
"""

# Names in every position and case, surname first, first names alone in chit-chat, and
# given names that are also words, places or software, in clear person context.
CHAT_PEOPLE = r"""
«wfirst» from accounting asked if the «product» budget can wait until «month». How do I say no nicely?
%%
my sister «wfirst» keeps borrowing my car. how do i bring it up without a fight
%%
can you help me write a thank-you card for «wfirst:lower»? she watered my plants for «n» weeks
%%
«wfull» is joining the team on «weekday». Draft a short welcome message from me.
%%
I had coffee with «wfirst» yesterday and he suggested «software». Is it overkill for «n» users?
%%
Tell «wfirst» I said happy birthday! Also can you suggest a gift under «price»?
%%
what should i get «first:lower» for our anniversary, she likes «food:lower» and hiking
%%
lol «first:lower» just sent me the funniest meme. anyway, how do I center a div?
%%
Ask «wfirst» whether the «colour» version of the «product» is still in stock, then summarise her answer.
%%
«surfirst» is the name on the form but I think surname comes first there. How do I address the letter?
%%
The contract lists the client as «capfirst». Should I write «full» in the greeting instead?
%%
Registration list says «capfirst» and «capfirst:2». Sort them alphabetically by surname please.
%%
ok so «first:lower» «last:lower» from my old school found me online, should I reply?
%%
hey it's «wfirst:lower», can u remind me what i asked you yesterday about «software»?
%%
My neighbour «wfull» keeps parking in front of my driveway. Write a friendly note.
%%
«wfirst» and «first:2» are both out on «weekday», so who covers the «team» standup?
%%
I'm «wfirst», nice to meet you! Can you help me plan a «n»-day trip? I'm on a budget.
%%
My daughter «wfirst» is «n» and scared of the dentist. Any tips?
%%
thanks «first:lower»!! you saved my «weekday:lower». now can you explain recursion simply?
%%
Coach «wfirst» wants the team at practice by «time». Write the group message.
%%
«last» said the «codename» rollout slipped again. Summarise what I should tell «first:2».
%%
who is «full»? my coworker keeps mentioning them in meetings about «software»
%%
Please correct the spelling of my name, it's «wfirst» «last», not «first:2» «last».
%%
grandma «wfirst:lower» turns «n»0 on «weekday:lower» – help me write a toast
"""

EMAIL_PEOPLE = r"""
Hi «wfirst»,

Quick one: can you send the «heading» deck before «weekday»? «first:2» needs it for the «dept» review.

Thanks,
«sign:2»
%%
Dear «title» «wfull»,

Thank you for your order «order». Your «colour» «product» ships on «date».

«bye»,
«company»
%%
To: «capfirst»
Re: invoice «invoice»

Please find the corrected amount («price») attached.
%%
«surfirst»
«address»

Dear «title» «last»,
Your appointment is on «date» at «time».
%%
Hi all, «wfirst» is out sick today, «first:2» will run the «software» upgrade instead. «bye», «sign:3»
"""

SMS_PEOPLE = r"""
«wfirst:lower» says hi!! shes in town till «weekday:lower»
%%
tell «wfirst» dinner at «time» ok?
%%
omg «first:lower» is here too 😂 call u later
%%
«wfirst» can u grab «food:lower» on the way home
%%
its «wfirst» lol new phone
"""

TRANSCRIPT_PEOPLE = r"""
«wfirst:upper»: ok let's start, «first:2» are you there?
«first:2:upper»: yes, sorry, the «software» update took ages.
«wfirst:upper»: no problem.
%%
[«time»] «wfirst»: did anyone try «namesoft» for this?
[«time:2»] «first:2»: yes, it was slower than «software»
"""

FORM_PEOPLE = r"""
SURNAME, Given name(s): «capfirst»
Date of birth: «date»
Nationality: «nation»
%%
Name (surname first): «surfirst»
Employee no.: «badge»
Department: «dept»
%%
Emergency contact: «wfull» («relation»), «phone»
"""

# Everyday LLM-API prompts without personal data, full of words a NER model reads as people
# or places: software and assistants named like people, codenames, colours, foods, models.
CHAT_DECOYS = r"""
«worduse» Also, what does «software» «version» change?
%%
«worduse»
%%
«worduse» «worduse:2»
%%
Rewrite for the newsletter: "«worduse»"
%%
«heading»
- «worduse»
- «worduse:2»
%%
Reply to this in one line: «worduse»
%%
Compare «namesoft» and «namesoft:2» for a small team. Which has the better docs?
%%
Is «namesoft» still maintained? I want to use it with «software» «version».
%%
Write a short product description for the «product» in «colour», «colour:2» and «colour:3».
%%
We need a codename for the new service. Shortlist so far: «bird», «bird:2», «bird:3», «bird:4». Which sounds best?
%%
Recipe idea: «food» with a side of «food:2». Serves «n».
%%
How do I cook «food:lower» so they're not bitter?
%%
What's the difference between «model» and «model:2» for summarisation?
%%
Ask «namesoft» to set a timer for «n» minutes – why does it keep mishearing me?
%%
My «namesoft» tests pass locally but fail on CI with exit code «n». Ideas?
%%
Translate the menu item "«food»" into French and German.
%%
Which is better for a kitchen wall: «colour» or «colour:2»?
%%
Rename the «bird» milestone to «bird:2» in this sentence: "«bird» ships in «month»."
%%
Explain how «model» handles a «n»k context window.
%%
Is «namesoft» a good name for a chatbot, or is it taken?
%%
Hey assistant, I was using «namesoft» before. Can you do the same: summarise «work» in «n» bullets?
%%
«heading»: «bird» is on track, «bird:2» slipped a week, «bird:3» is blocked on «software».
%%
I want a «colour» dress for a wedding in «month». What shoes go with it?
%%
Plan a dinner party menu: starter «food», main «food:2», dessert «food:3».
%%
what's the best way to deploy «namesoft:lower» on «software:lower»?
%%
Write a limerick about «namesoft» and «namesoft:2» arguing about tabs versus spaces.
%%
thanks! now do the same for «bird:lower» and «bird:2:lower»
%%
Can «model» run on a «n»GB GPU? If not, what about «model:2»?
%%
Give me «n» names for a cat: something like «bird» or «bird:2».
%%
Pick a theme for the slides: «colour» background with «colour:2» headings?
"""

CODE_DECOYS = r"""
# «worduse»
def «camel:lower»():
    return «n»
%%
pip install «namesoft:lower»==«version»
# then: import «namesoft:lower»
%%
MODEL_NAME = "«model»"
FALLBACK = "«model:2»"
%%
release_names = ["«bird»", "«bird:2»", "«bird:3»", "«bird:4»"]
%%
theme:
  primary: «colour»
  accent: «colour:2»
%%
## «heading»

- [ ] migrate from «namesoft» to «software»
- [ ] bump «software:2» to «version»
%%
{"assistant": "«namesoft»", "model": "«model»", "temperature": 0.«n»}
%%
| codename | status |
|---|---|
| «bird» | shipped |
| «bird:2» | in review |
| «bird:3» | planned |
%%
menu = {"starter": "«food»", "main": "«food:2»", "price": "«price»"}
"""

EMAIL_DECOYS = r"""
Hi team,

«bird» is live. «bird:2» follows on «weekday» once «namesoft» is upgraded to «version».

«bye»
%%
Subject: «colour» finish back in stock

The «product» in «colour» and «colour:2» is available again from «date».
%%
Hello,

For the team lunch on «weekday» we ordered «food» and «food:2». Vegetarian options on request.

«bye»
"""


SHAPES: dict[str, tuple[str, ...]] = {
    "chat": (CHAT, CHAT_CLEAN, CHAT_PEOPLE, CHAT_DECOYS),
    "email": (EMAIL, EMAIL_CLEAN, EMAIL_PEOPLE, EMAIL_DECOYS),
    "form": (FORM, FORM_CLEAN, FORM_PEOPLE),
    "json": (JSON, JSON_CLEAN),
    "code": (CODE, CODE_CLEAN, CODE_DECOYS),
    "table": (TABLE, TABLE_CLEAN),
    "csv": (CSV, CSV_CLEAN),
    "log": (LOG, LOG_CLEAN),
    "ticket": (TICKET, TICKET_CLEAN),
    "sms": (SMS, SMS_CLEAN, SMS_PEOPLE),
    "notes": (NOTES, NOTES_CLEAN),
    "transcript": (TRANSCRIPT, TRANSCRIPT_CLEAN, TRANSCRIPT_PEOPLE),
    "markdown": (MARKDOWN, MARKDOWN_CLEAN),
    "yaml": (YAML, YAML_CLEAN),
    "html": (HTML, HTML_CLEAN),
    "trace": (TRACE, TRACE_CLEAN),
    "commit": (COMMIT, COMMIT_CLEAN),
    "calendar": (CALENDAR, CALENDAR_CLEAN),
    "label": (LABEL, LABEL_CLEAN),
    "medical": (MEDICAL, MEDICAL_CLEAN),
    "hr": (HR, HR_CLEAN),
}

# Instructions a user wraps around pasted data: «text» is the data. Some prompts get one.
WRAPPERS = r"""
Can you help me with this?

«text»
%%
«text»

Summarise the above in two sentences.
%%
Extract every field from the text below as JSON.

«text»
%%
Translate to German, keep the formatting:
«text»
%%
«text»

what's wrong with this?
%%
Please proofread:

«text»
%%
Convert this to a markdown table if you can.

«text»
%%
I got this today, is it legit?

«text»
%%
«text»
^ can you explain this
%%
Reformat the following, keep every value exactly as it is:
«text»
%%
Here's what I have so far:
«text»
Make it shorter.
%%
```
«text»
```
%%
Context:
«text»

Question: what should I do next?
"""
