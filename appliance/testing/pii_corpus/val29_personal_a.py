"""val29 personal templates: bakeries and patisseries, cocktail bars and bartending schools,
type foundries, printers and sign makers (see val29.py and val29_gen.py for the slots)."""

from __future__ import annotations

from .val29_gen import T

TEMPLATES = [
    # ------------------------------------------------------------------ bakery
    T(
        "bak-p01",
        "email",
        "bakery",
        """Subject: Pavlova order for Saturday - {{a.f}}

Hi {{b.g}},

Just confirming what we discussed on the phone: one large passionfruit Pavlova and a dozen \
lemon madeleines, to collect on {{date:long}} at {{time}}. It's for my mother's 70th so could \
the plaque read "Happy 70th, {{c.g}}!" please.

If anything changes you can reach me on {{a.ph}} or my partner {{d}} on {{ph}}. Deposit \
paid online, order ref {{ord}}.

Thanks so much,
{{a}}""",
    ),
    T(
        "bak-p02",
        "sms",
        "bakery",
        """{{a.g}}, your Sachertorte from {{|Crumb & Crust|Kornblume \
Bakehouse|Maison Fournil}} is boxed and ready. Shop closes {{time}} today. Questions? Call \
{{ph}}. Reply STOP to opt out""",
    ),
    T(
        "bak-p03",
        "form",
        "bakery",
        """CELEBRATION CAKE ORDER FORM
Surname: {{a.F}}
First name(s): {{a.g}}
Phone: {{a.ph}}
Email: {{a.mail}}
Delivery address: {{addr}}
Cake: {{|Battenberg (12 slices)|Charlotte russe, raspberry|Sachertorte, 22 cm|Victoria \
sponge, 3 tier}}
Inscription: "Congratulations {{b.g}} & {{c.g}}"
Allergies: {{|none|tree nuts|sesame, egg|gluten (coeliac)}}
Collection/delivery date: {{date:eu}}
Taken by: {{d.g}}
Paid: {{price:£}} (card ending {{n:1000-9999}})""",
    ),
    T(
        "bak-p04",
        "csv",
        "bakery",
        """Can you dedupe this wholesale list and tell me which cafés \
have not ordered since March?

account_name,contact,phone,email,city,last_order
Tidewater Coffee,{{a}},{{a.ph}},{{a.mail}},{{a.city}},{{date:iso}}
Green Door Café,{{b}},{{b.ph}},{{em:orders@greendoorcafe.co.uk}},{{city:GB}},{{date:iso}}
Little Fox Deli,{{c}},{{ph}},{{c.mail}},{{c.city}},{{date:iso}}
Tidewater Coffee,"{{a.lf}}",{{a.ph}},{{a.mail}},{{a.city}},{{date:iso}}""",
    ),
    T(
        "bak-p05",
        "voice",
        "bakery",
        """note to self call {{a.lowg}} back about the \
sachertorte for the {{a.lowf}} wedding {{a.he}} wants it delivered to {{addr.low}} before \
ten and {{a.his}} number is {{a.ph:natc}} also ask {{b.low}} if the pavlova bases are done \
and remind {{c.lowg}} to order more almond flour""",
    ),
    T(
        "bak-p06",
        "toolcall",
        "bakery",
        """create_order({"customer_name": "{{a}}", \
"phone": "{{a.ph:e164}}", "items": [{"sku": "{{sku}}", "name": "Peach Melba tartlet", \
"qty": {{qty}}}, {"sku": "{{sku}}", "name": "Madeleine box (12)", "qty": 1}], \
"payment": {"card_number": "{{cc:,n}}", "expiry": "{{n:1-12}}/{{n:26-30}}", \
"cvc": "{{n:100-999}}"}, "pickup": "{{date:iso}}T10:30", "notes": "for {{b.g}}"})""",
    ),
    T(
        "bak-p07",
        "paste",
        "bakery",
        """Translate this customer message into English and draft \
a polite reply:

"Bonjour, je m'appelle {{a}} et j'ai commandé une charlotte aux fraises et vingt madeleines \
pour le baptême de ma nièce {{b.g}}. Pourriez-vous livrer au {{addr:FR}} samedi avant 11 h ? \
Mon numéro : {{ph:FR}}. Merci d'avance, {{a.g}}\"""",
        "all=french,maghrebi,wolof,haitian,congolese",
    ),
    T(
        "bak-p08",
        "chat",
        "bakery",
        """Customer complaint from this morning, can you help me \
write a reply? {{a}} says the Battenberg {{a.he}} picked up on {{wd}} was stale and wants a \
refund of {{price:£}}. {{a.He}} left a number, {{ph:GB}}, and said to ask for {{b.g}} who \
served {{a.him}}. Keep it short, offer a replacement or a refund.""",
    ),
    T(
        "bak-p09",
        "markdown_table",
        "bakery",
        """Weekend rota for the patisserie, please check \
nobody is on both the early and the late shift:

| Day | Early (05:00-13:00) | Late (12:00-20:00) | Phone (early) |
|---|---|---|---|
| Saturday | {{a}} | {{b}} | {{a.ph}} |
| Sunday | {{c}} | {{a.g}} | {{c.ph}} |
| Monday | {{d}} | {{e.gi}} | {{d.ph}} |
| Tuesday | {{w}} | {{c.g}} | {{w.ph}} |""",
    ),
    T(
        "bak-p10",
        "slack",
        "bakery",
        """#wholesale-orders
{{date1:iso}} 06:12 {{a}}: the Lamington order for {{b.f}}'s café is short by 2 trays, \
oven 3 tripped again
{{date1:iso}} 06:15 {{c}}: I'll ring them, {{ph}} is the café landline right?
{{date1:iso}} 06:16 {{a}}: yes. or message {{b.lowg}} directly, {{b.ph}}
{{date1:iso}} 06:30 @oven-bot: Deck 3 temperature alarm cleared""",
    ),
    # ------------------------------------------------------------------ cocktail bars
    T(
        "bar-p01",
        "email",
        "cocktail",
        """Subject: Private hire enquiry - {{date:long}}

Hello,

I'd like to book the mezzanine at {{|The Copper Still|Bar Negroni|Juniper & Ash}} for my \
partner's 40th, around 35 guests from 7 pm. We'd love a welcome Negroni and a \
non-alcoholic Shirley Temple option for the drivers.

The deposit can go on my card, {{cc}}, expiry {{n:1-12}}/{{n:26-30}}, name on card \
{{a.caps}}.

Best,
{{a}}
{{a.ph}}""",
    ),
    T(
        "bar-p02",
        "slack",
        "cocktail",
        """#bar-team export
[16:02:11] {{a}}: batching the Bloody Mary mix now, who took the last of the celery salt?
[16:03:40] {{b}}: me, sorry, restocking after lunch
[16:05:02] {{a}}: also can someone swap my Friday close? @{{c.handle}} you free?
[16:09:37] {{c}}: yes if {{d.g}} can cover my Sunday brunch
[16:10:15] {{d}}: fine, text me on {{d.ph}} with the details
[16:12:48] {{w}}: and I can do Friday if that falls through""",
    ),
    T(
        "bar-p03",
        "form",
        "cocktail",
        """Bartending School - Course Enrolment
Course: Classic Cocktails Level 2 (Tom Collins to Sazerac)
Full name: {{a}}
Date of birth: {{dob:eu}}
Home address: {{a.addr}}
Mobile: {{a.ph}}
Email: {{a.mail}}
Emergency contact: {{b}} ({{b.ph}})
How did you hear about us? {{|Instagram|a friend|walked past}}
Card for the {{price:£}} fee: {{cc}}""",
    ),
    T(
        "bar-p04",
        "transcript",
        "cocktail",
        """Transcript, cocktail masterclass recording \
{{ref}}
{{a}}: Right, everyone grab a mixing glass. Today's Negroni is equal parts, thirty mils each.
{{b}}: Do we stir or shake?
{{a}}: Stir. {{c.g}}, you're on ice duty.
{{c}}: On it. Is the Arnold Palmer for the drivers later?
{{a}}: Yes, and {{d.g}} from {{d.city}} asked for the recipe, so I'll email it to \
{{d.mail}} afterwards.""",
    ),
    T(
        "bar-p05",
        "json",
        "cocktail",
        """POST /v2/reservations
{"venue": "Juniper & Ash", "party_size": {{n:2-12}}, "guest": {"name": "{{a}}", \
"phone": "{{a.ph:e164}}", "email": "{{a.mail}}"}, "notes": "Birthday for {{b.g}}, one \
guest wants a virgin Bloody Mary", "source": "widget", "client_ip": "{{ip:pub}}", \
"created_at": "{{ts}}"}""",
    ),
    T(
        "bar-p06",
        "sms",
        "cocktail",
        """Hi {{a.nick}} it's {{b.nick}} from the bar. Stock delivery \
moved to 8am tomorrow, can you open? Keys are with {{w}}, {{w.his}} mobile is {{w.ph}}""",
    ),
    T(
        "bar-p07",
        "paste",
        "cocktail",
        """Resume esta reseña en inglés en dos frases:

"Fuimos el sábado con mi hermana {{a.g}} y su novio {{b}}. El bartender, {{c.g}}, nos \
preparó un Tom Collins perfecto y una Margarita sin alcohol. Lo único malo: tardaron 40 \
minutos en traer la cuenta. Si el gerente quiere hablar conmigo, mi teléfono es {{ph:ES}}. \
{{d}}\"""",
        "all=spanish,mexican,colombian,rioplatense,basque,andean",
    ),
    T(
        "bar-p08",
        "ics",
        "cocktail",
        """BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:{{uuid}}
DTSTART:20250614T180000Z
SUMMARY:Rum tasting - supplier visit
LOCATION:Back bar, Juniper & Ash
ORGANIZER;CN={{a}}:mailto:{{a.mail}}
ATTENDEE;CN={{b}}:mailto:{{b.mail}}
ATTENDEE;CN=Events team:mailto:{{em:events@juniperandash.co.uk}}
DESCRIPTION:Bring the Harvey Wallbanger glasses. Call {{b.g}} on {{b.ph}} if late.
END:VEVENT
END:VCALENDAR""",
    ),
    T(
        "bar-p09",
        "notes",
        "cocktail",
        """Incident log - {{date:long}}
22:40 Guest ({{a}}, table 12) refused further service after four Long Island Iced Teas. \
Became argumentative.
22:55 Door staff {{b.gi}} called a taxi to {{a.addr}}; {{a.his}} friend {{c}} \
({{c.ph}}) agreed to go along.
23:10 Duty manager {{d}} informed. CCTV clip saved as {{ref}}.mp4.""",
    ),
    # ------------------------------------------------------------------ type foundries
    T(
        "typ-p01",
        "email",
        "typefoundry",
        """Subject: Licence upgrade for Garamond Premier and \
Baskerville Display

Hi {{a.g}},

We're Studio Kettle, currently on the 5-seat desktop licence (invoice {{inv}}). We now need \
web embedding for about 200k pageviews a month and an app licence for one iOS title.

Our developer {{b}} ({{b.mail}}) will handle the self-hosting. Please send the quote to me \
and copy our accounts team at {{em:accounts@studiokettle.co}}.

Kind regards,
{{c}}
Creative Director
{{c.ph}}""",
    ),
    T(
        "typ-p02",
        "log",
        "typefoundry",
        """Why is the last user getting denied? Licence server \
log:

2025-05-12T09:14:03Z licsrv[{{pid}}]: checkout font=Bodoni-Moda-Bold seat=3/5 \
user={{a.mail}} host=DESIGN-07 addr={{ip:priv}}
2025-05-12T09:14:41Z licsrv[{{pid}}]: checkout font=Caslon-Ionic seat=4/5 user={{b.mail}} \
host=MAC-PRINT-02 addr={{ip:priv}}
2025-05-12T09:20:17Z licsrv[{{pid}}]: denied font=Gill-Sans-Nova seat=5/5 user={{c.mail}} \
addr={{ip:pub}} reason=seat_limit
2025-05-12T09:21:00Z licsrv[{{pid}}]: release font=Bodoni-Moda-Bold user={{a.mail}}""",
    ),
    T(
        "typ-p03",
        "jira",
        "typefoundry",
        """TYPE-{{n:100-999}} Kerning pair "To" collapses in \
the Bold Italic
Reporter: {{a}}    Assignee: {{b}}

Comment ({{b.g}}, {{date:iso}}): Reproduced in InDesign {{ver}}. It's the class kerning, not \
the pair itself. {{c.i}} changed the group in the last build.
Comment ({{a.g}}): The customer who spotted it is {{d}} at the print shop in {{city}}, \
phone {{ph}} if you need a proof sent over.""",
    ),
    T(
        "typ-p04",
        "git",
        "typefoundry",
        """Please write release notes from these commits:

commit {{sha:40}}
Author: {{a}} <{{a.mail:kettletype.com}}>
Date:   Tue Apr 8 14:02:11 2025 +0200

    Fix overshoot on round lowercase in Caslon Text Italic

    Co-authored-by: {{b}} <{{b.mail}}>

commit {{sha:40}}
Author: {{c}} <{{c.mail:kettletype.com}}>
Date:   Mon Apr 7 09:47:55 2025 +0200

    Add tabular figures to Bodoni Display (ss04)

    Signed-off-by: {{c}} <{{c.mail:kettletype.com}}>""",
    ),
    T(
        "typ-p05",
        "letter",
        "typefoundry",
        """{{|Kettle Type Foundry|Nordlicht Schriftguss|\
Atelier Caractère}}
Invoice {{inv}}

To: {{a}}
{{a.addr}}

Custom lettering for shopfront sign, gilded Didot capitals, 3 proofs ........ {{price:€}}

Please pay within 30 days to IBAN {{iban}} (BIC {{|COBADEFFXXX|INGBNL2A|BNPAFRPP}}), \
quoting the invoice number.
Questions: {{b}}, {{b.mail}}, {{b.ph}}""",
    ),
    T(
        "typ-p06",
        "csv",
        "typefoundry",
        """order,customer,install_address,contact_phone,\
typeface,size_mm
{{ord}},{{a}},"{{addr:GB}}",{{ph:GB}},Gill Sans Bold,300
{{ord}},{{b}},"{{addr:GB}}",{{ph:GB}},Johnston,220
{{ord}},{{c}},"{{addr:IE}}",{{ph:IE}},Baskerville,180""",
    ),
    T(
        "typ-p07",
        "paste",
        "typefoundry",
        """Bitte ins Englische übersetzen:

"Sehr geehrte Damen und Herren, wir möchten für unsere Buchhandlung ein Schild mit der \
Schrift Bodoni in Blattgold bestellen. Ansprechperson ist {{a.herr}} {{a.f}}, erreichbar \
unter {{ph:DE}} oder {{a.mail}}. Lieferadresse: {{addr:DE}}. Mit freundlichen Grüßen, \
{{b}}\"""",
        "all=german,turkish,polish,greek",
    ),
    T(
        "typ-p08",
        "markdown_table",
        "typefoundry",
        """Chase-up list for proofs, which ones are \
older than a week?

| Job | Client | Proof sent to | Approved by | Phone |
|---|---|---|---|---|
| Wedding stationery, Caslon | {{a}} | {{a.mail}} | {{a.g}} | {{a.ph}} |
| Restaurant menu, Garamond | {{b}} | {{b.mail}} | {{c}} | {{c.ph}} |
| Gallery signage, Futura | {{d}} | {{d.mail}} | pending | {{d.ph}} |""",
    ),
    T(
        "typ-p09",
        "html",
        "typefoundry",
        """Parse this submitted form into JSON:

<form action="/quote" method="post">
  <input name="name" value="{{a}}">
  <input name="email" value="{{a.mail}}">
  <input name="phone" value="{{a.ph}}">
  <textarea name="message">Hi, I need 500 letterpress business cards set in Baskerville \
for {{b}} and myself. Can you ship to {{addr}}?</textarea>
  <input type="hidden" name="client_ip" value="{{ip:pub}}">
</form>""",
    ),
]
