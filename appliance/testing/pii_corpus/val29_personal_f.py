"""val29 personal templates: wedding planners and florists, locksmiths and roofers, school
admissions offices (see val29.py and val29_gen.py for the slots)."""

from __future__ import annotations

from .val29_gen import T

TEMPLATES = [
    # ------------------------------------------------------------------ weddings
    T(
        "wed-p01",
        "email",
        "wedding",
        """Subject: Timeline for {{date:long}} - {{a.g}} & {{b.g}}

Hi both,

Attached is the day-of timeline. Quick summary:
- 11:30 ceremony in {{|the orangery|the old chapel|the walled garden}}, officiant {{c}}
- 13:00 drinks reception (Aperol spritz and a Tom Collins station)
- 15:00 speeches: {{d.g}} (best man), then {{w}}
The florist, {{f}}, arrives at 08:00; {{f.his}} mobile is {{f.ph}}.

Shout if anything looks off!
{{g.g}}""",
        "sex_d=m",
    ),
    T(
        "wed-p02",
        "form",
        "wedding",
        """Wedding enquiry
Your names: {{a}} & {{b}}
Email: {{a.mail}}
Phone: {{a.ph}}
Preferred date: {{date:long}} (flexible: yes)
Guests: {{n:40-180}}
Area: {{region}}
Budget: {{price:£}}
Tell us about yourselves: We met at a cocktail bar, {{b.g}} ordered a Shirley Temple and \
{{a.g}} laughed. We'd love something relaxed with lots of Dahlias.""",
    ),
    T(
        "wed-p03",
        "csv",
        "wedding",
        """Make a seating plan that keeps every table under 8:

guest,plus_one,email,dietary,table
{{a}},{{b}},{{a.mail}},vegetarian,1
{{c}},,{{c.mail}},none,1
{{d}},{{e.g}},{{d.mail}},gluten-free,2
"{{f.lf}}",,,nut allergy,3
{{g}},{{h}},{{g.mail}},halal,2
{{w}},,{{w.mail}},vegan,3""",
    ),
    T(
        "wed-p04",
        "sms",
        "wedding",
        """Hi {{a.g}}, it's {{b.g}} at Petal & Stem. The peonies are \
late so we'll swap to garden roses and Dahlia 'Café au Lait' for the bouquet - ok? Call \
{{ph}}""",
    ),
    T(
        "wed-p05",
        "chat",
        "wedding",
        """A customer wants a funeral wreath for {{a}}, delivered to \
St Columba's church on {{date:long}} by 10. The card should read "With love from {{b.g}}, \
{{c.g}} and family". {{b.g}} paid with {{cc}}; contact {{b.ph}}. Can you write the order \
confirmation?""",
    ),
    T(
        "wed-p06",
        "notes",
        "wedding",
        """Site visit notes - {{date:eu}}
Couple: {{a}} / {{b}}
Venue coordinator: {{c}} ({{c.ph}}, {{c.mail}})
- Marquee 12 x 24 m on the lower lawn, power from the stable block
- Catering by Pavlova & Co, tasting on {{date:short}}
- {{b.g}} wants the Ford Model T for photos; check insurance with {{d}}
- Band needs 2 x 16 A sockets""",
    ),
    T(
        "wed-p07",
        "paste",
        "wedding",
        """Traduza para o inglês:

"Oi {{a.g}}! Aqui é a {{b}}, da assessoria de casamentos. Confirmamos a igreja para \
{{date:eu}} às 16h e o buffet para 150 convidados. Falta só o depósito: transfira R$ 5.000 \
para a conta {{acct:in}}, agência 0413, em nome de {{b}}. Qualquer dúvida, me chama no \
WhatsApp {{ph:BR}}. Beijos!\"""",
        "all=brazilian sex_b=f",
    ),
    T(
        "wed-p08",
        "toolcall",
        "wedding",
        """send_email(to=["{{a.mail}}", "{{b.mail}}"], \
cc="{{em:hello@everafterplanning.co.uk}}", subject="Your menu tasting", body="Hi {{a.g}} and \
{{b.g}}, your tasting is booked for {{date:long}} at 6pm. Chef {{c}} will walk you through \
the Beef Wellington and Peach Melba options. Any questions, call me on {{d.ph}}. {{d.g}}")""",
    ),
    T(
        "wed-p09",
        "vcard",
        "wedding",
        """BEGIN:VCARD
VERSION:3.0
FN:{{a}}
ORG:Petal & Stem Florists
TITLE:Head Florist
TEL;TYPE=WORK:{{ph}}
TEL;TYPE=CELL:{{a.ph}}
EMAIL:{{a.mail:petalandstem.co.uk}}
ADR;TYPE=WORK:;;{{addr}};;;;
END:VCARD""",
    ),
    T(
        "wed-p10",
        "slack",
        "wedding",
        """#weekend-weddings
{{a}}  09:12  {{w}} just called, the cake is a Victoria sponge not a Battenberg, fixing the order
{{b}}  09:14  ok. who's collecting the Charlotte russe for the {{c.f}} wedding?
{{a}}  09:15  me. {{w.g}} is doing the buttonholes with {{d.g}}
{{d}}  09:21  running 10 min late, call me on {{d.ph}} if the van arrives first""",
    ),
    # ------------------------------------------------------------------ locksmiths, roofers
    T(
        "loc-p01",
        "sms",
        "locksmith",
        """Locksmith on the way - {{a.g}} will be with you in \
approx 25 mins. Call-out fee {{price:£}}. Call {{ph}} if you need to cancel""",
    ),
    T(
        "loc-p02",
        "email",
        "locksmith",
        """Subject: Quote for roof repairs at {{addr}}

Dear {{a.mr}} {{a.f}},

Thank you for letting us inspect the roof on {{date:long}}. We found 14 slipped slates on \
the rear pitch, cracked lead flashing around the chimney and a blocked valley gutter.

Quote: {{price:£}} + VAT, scaffold included. Work can start within two weeks of acceptance. \
Our roofer {{b}} will be on site; for access questions contact {{b.him}} directly on \
{{b.ph}}.

Regards,
{{c}}""",
    ),
    T(
        "loc-p03",
        "voice",
        "locksmith",
        """hi yeah it's {{a.low}} i'm locked out at \
{{addr.low}} my neighbour {{b.lowg}} has a spare key but {{b.he}}'s away till friday can \
someone come today my mobile is {{ph:GB,natc}}""",
    ),
    T(
        "loc-p04",
        "ticket",
        "locksmith",
        """JOB {{tkt:LCK}} | Priority: emergency
Customer: {{a}}
Site: {{a.addr}}
Phone: {{a.ph}}
Issue: uPVC door mechanism failed, door won't lock. Elderly parent ({{b}}) in the house.
Assigned: {{c.gi}}    ETA 45 min
Payment: card taken by phone, {{cc}}""",
    ),
    T(
        "loc-p05",
        "json",
        "locksmith",
        """Write the SMS to the customer from this dispatch:

{"dispatch_id": "{{uuid}}", "engineer": {"name": "{{a}}", "mobile": "{{a.ph}}"}, \
"customer": {"name": "{{b}}", "phone": "{{b.ph}}", "address": "{{b.addr}}"}, "job_type": \
"roof_leak", "notes": "Tenant {{c.g}} will let you in; landlord {{d}} approved up to £400"}""",
    ),
    T(
        "loc-p06",
        "csv",
        "locksmith",
        """Which jobs are still unpaid?

job,date,customer,town,phone,amount,paid_by
{{ord}},{{date:iso}},{{a}},{{city:GB}},{{ph:GB}},"{{price:£}}",card
{{ord}},{{date:iso}},{{b}},{{city:GB}},{{ph:GB}},"{{price:£}}",
{{ord}},{{date:iso}},{{w}},{{city:IE}},{{ph:IE}},"{{price:£}}",bank transfer""",
    ),
    T(
        "loc-p07",
        "chat",
        "locksmith",
        """A customer, {{a}}, wants to know whether a Yale lock \
or a Chubb deadlock is better for insurance. {{a.He}} lives at {{addr}}. Draft a reply I can \
send to {{a.mail}}; say we can fit a British Standard lock on {{wd}}.""",
    ),
    T(
        "loc-p08",
        "letter",
        "locksmith",
        """{{|Keystone Locks|Slate & Ridge Roofing|Ridgeline \
Roofers}}
INVOICE {{inv}}    Date: {{date:eu}}

Bill to: {{a}}, {{a.addr}}

Replace euro cylinder, anti-snap 3* ........ £{{n:60-140}}.00
Labour (1 h) ........ £{{n:45-90}}.00

Payment by bank transfer to {{b}}, sort code {{|20-45-77|30-94-57}}, account number \
{{acct:uk}}. Please use the invoice number as the reference.""",
    ),
    # ------------------------------------------------------------------ school admissions
    T(
        "adm-p01",
        "email",
        "admissions",
        """Subject: Year 7 admission - {{b.gf}}

Dear Admissions Team,

We are moving to {{city}} in August and would like to apply for a Year 7 place for our \
child, {{b}}, who is currently at a school in {{country}}. {{b.g}} is bilingual and loves \
the violin.

Could you tell us whether there are places available? I can be reached at {{a.mail}} or \
{{a.ph}}.

Kind regards,
{{a}}""",
        "b=^a",
    ),
    T(
        "adm-p02",
        "form",
        "admissions",
        """FINANCIAL AID APPLICATION - Lakeside Academy
Student: {{b}}    Grade applying for: {{n:6-12}}
Parent/guardian 1: {{a}}    SSN: {{ssn}}
Parent/guardian 2: {{c}}    SSN: {{ssn}}
Home address: {{addr:US}}
Phone: {{ph:US}}
Household income (line 11, Form 1040): ${{n:40000-180000}}
Tuition auto-pay from checking account: {{acct:us}}""",
        "b=^a",
    ),
    T(
        "adm-p03",
        "csv",
        "admissions",
        """Email the first three families on the waitlist:

position,child,dob,parent,email,phone,sibling_at_school
1,{{b}},{{dob:kid}},{{a}},{{a.mail}},{{a.ph}},yes
2,{{d}},{{dob:kid}},{{c}},{{c.mail}},{{c.ph}},no
3,{{f}},{{dob:kid}},{{w}},{{w.mail}},{{w.ph}},no
4,{{h}},{{dob:kid}},{{g}},,{{g.ph}},yes""",
        "b=^a d=^c h=^g",
    ),
    T(
        "adm-p04",
        "letter",
        "admissions",
        """Dear {{a.mr}} {{a.f}},

I am pleased to offer {{b}} a place in Reception at Hillcrest Primary for September \
{{year}}. Please accept or decline through the portal by {{date:long}}.

{{b.g}}'s class teacher will be {{c.mr}} {{c.f}}. Our SENCo, {{d}}, will contact you about \
the support plan you mentioned.

Yours sincerely,
{{e}}
Headteacher""",
        "b=^a",
    ),
    T(
        "adm-p05",
        "minutes",
        "admissions",
        """Admissions appeal panel - {{date:long}}
Panel: {{a}} (chair), {{b}}, {{c}}
Clerk: {{d.i}}
Appellant: {{e}}, on behalf of {{f}} (Year 7, {{n:2026-2027}} intake)
- {{e.g}} explained the family moved from {{city}} after the closing date.
- The panel noted {{f.g}}'s sibling already attends the school.
Decision: appeal upheld; {{d.g}} to write to {{e.mail}} within 5 school days.""",
        "f=^e",
    ),
    T(
        "adm-p06",
        "paste",
        "admissions",
        """Traduce al inglés y sugiere una respuesta:

"Buenas tardes, soy {{a}}, madre de {{b}}, que empezará 4º de primaria en septiembre. Nos \
mudamos desde {{city}} y {{b.g}} todavía no habla mucho inglés. ¿Tienen apoyo de idioma? Mi \
número es {{ph:ES}}. Gracias.\"""",
        "all=spanish,mexican,colombian,andean,rioplatense b=^a sex_a=f",
    ),
    T(
        "adm-p07",
        "xml",
        "admissions",
        """Validate this XML and list any missing fields:

<application id="APP-{{n:10000-99999}}">
  <child><name>{{b}}</name><dob>{{dob:kid}}</dob></child>
  <parent relationship="{{|mother|father|guardian}}">
    <name>{{a}}</name><email>{{a.mail}}</email><phone>{{a.ph}}</phone>
    <address>{{addr}}</address>
  </parent>
  <preferences><school rank="1">Hillcrest Primary</school><school rank="2">St Aidan's\
</school></preferences>
</application>""",
        "b=^a",
    ),
    T(
        "adm-p08",
        "html",
        "admissions",
        """Turn these applicant cards into a CSV:

<div class="applicant-card">
  <h3>{{b}}</h3>
  <p>Parent: {{a}} &middot; <a href="mailto:{{a.mail}}">{{a.mail}}</a> &middot; {{a.ph}}</p>
  <p>Current school: Oakfield Primary, {{city}}</p>
  <p>Interview: {{date:long}} with {{c.mr}} {{c.f}}</p>
</div>
<div class="applicant-card">
  <h3>{{e}}</h3>
  <p>Parent: {{d}} &middot; {{d.ph}}</p>
</div>""",
        "b=^a e=^d",
    ),
    T(
        "adm-p09",
        "jira",
        "admissions",
        """ADM-{{n:100-999}}: Portal shows the wrong sibling link
Reporter: {{a}} (Admissions Officer)
Description: Parent {{b}} ({{b.mail}}) says the portal links {{c.g}}'s application to the \
wrong sibling, {{d}}. Family address on file: {{addr}}.
Comment ({{e}}): Data fix applied by {{f.gi}}; please ask {{b.g}} to log out and back in.""",
        "c=^b",
    ),
]
