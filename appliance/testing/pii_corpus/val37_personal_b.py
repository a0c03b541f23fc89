"""val37 personal templates, part B: fashion houses and perfumers, railway heritage
societies, motorsport, parishes and church halls, veterinary clinics, property management and
weather services. Slot language: val37_gen."""

from __future__ import annotations

from appliance.testing.pii_corpus.val37_gen import templates

GROUPS: dict[str, list[tuple[str, str]]] = {
    "fashion": [
        (
            "email",
            """Subject: Fitting - {day}

Dear {p1.title} {p1.last},

Your second fitting at Maison Ardent is confirmed for {date} at {time}. {p2.first} from the atelier will bring the toile; the Chanel No. 5 gift set you asked about is held under order {ord}.
The refund for the cancelled cape will go to IBAN {iban} within 5 working days.
Should you need to move it, please call {ph} or write to {role:atelier}.

Warm regards,
{p2}""",
        ),
        (
            "csv",
            """sample_id,garment,model,agency_phone,size
{sku},Louis Vuitton-style trench (reference),{p1},{ph},36
{sku},Calvin Klein denim (reference),{p2},{ph},38
{sku},Own label blazer,{p3.first},{ph},34
Write a fitting schedule from this.""",
        ),
        (
            "chat",
            """I run a small perfume studio. A customer, {p1}, wants a bespoke scent like Coco Mademoiselle but "less powdery". She lives in {city} so samples go by post. Suggest 3 accords and a short note I can send her.""",
        ),
        (
            "paste",
            """Resume este correo en inglés y dime qué tengo que hacer:

Hola {p1.first}:
Soy {p2}, de la tienda de {city}. La clienta {p3} quiere devolver el bolso (pedido {ord}). Pagó con la tarjeta {card}. Llámala al {ph:ES} antes del viernes, por favor.
Un saludo""",
        ),
        (
            "ticket",
            """#{num} Wholesale account locked
From: {p1} <{p1.email}>
Our boutique at {addr} can't log in since {date}. Last successful login from {ip}. Please unlock, or call me on {ph}.""",
        ),
        (
            "xml",
            """<order xmlns="urn:atelier:orders" id="{ord}">
  <client>{p1}</client>
  <tailor>{p2.init}</tailor>
  <shipTo>{addr}</shipTo>
  <phone>{ph}</phone>
  <item sku="{sku}">Yves Saint Laurent-inspired tuxedo jacket</item>
</order>""",
        ),
        (
            "voice",
            """note for {w1.low} the client {p2.low} called about the hem on the dior style skirt she wants it shorter by two centimetres and can collect on {day.low} her number is {ph.plain}""",
        ),
    ],
    "railway": [
        (
            "email",
            """Subject: Footplate experience - Flying Scotsman weekend

Dear {p1.first},

Thank you for booking the footplate experience behind Sir Nigel Gresley on {date}. Your driver-for-the-day certificate will be made out to {p1} and your guest pass to {p2}.
The society's volunteer {p3} will meet you at the shed at {time}; mobile {ph}.

Valley Line Railway""",
        ),
        (
            "minutes",
            """Heritage Society committee - minutes {date}
Present: {p1} (chair), {p2}, {p3}, {p4.first}
1. Boiler certificate for Mallard replica: {p2.first} reported inspection passed.
2. Membership: {p3.first} to chase {n} lapsed members; treasurer account number {acct} for standing orders.
3. {p4.first} raised the broken footbridge at {city} halt.""",
        ),
        (
            "form",
            """MEMBERSHIP APPLICATION
Surname: {p1.LAST}    Forename(s): {p1.first}
Address: {addr}
Tel: {ph}    Email: {p1.email}
Gift Aid: yes
Paying by direct debit from account number {acct}
Joining fee paid by card: {card}
Interested in: signalling, carriage restoration""",
        ),
        (
            "sms",
            """Loco crew change: {p1.first} can't do {day}, {p2} covering. Ring {p2.first} on {ph} about the Tornado turn. - {p3.first}""",
        ),
        (
            "bibliography",
            """Format as Chicago notes:
{p1.lf}. {year}. Gresley's Pacifics: a working history. Footplate Press. ISBN {isbn}.
{p2.lf}, and {p3.lf}. {year}. "Signal boxes of the branch lines." Railway Heritage Review 41: 12-30.""",
        ),
        (
            "html",
            """<table class="volunteers">
<tr><th>Name</th><th>Role</th><th>Phone</th></tr>
<tr><td>{p1}</td><td>Fireman, Evening Star</td><td>{ph}</td></tr>
<tr><td>{p2}</td><td>Booking office</td><td>{ph}</td></tr>
<tr><td>{p3}</td><td>Signalman</td><td>{ph}</td></tr>
</table>
Which volunteer handles bookings?""",
        ),
        (
            "paste",
            """Przetłumacz na angielski:

Dzień dobry, nazywam się {p1}. Jestem miłośnikiem parowozów z {city:PL}. Chciałbym przyjechać na wasz festiwal i zabrać kolegę, {p2}. Mój telefon: {ph:PL}. Pozdrawiam!""",
        ),
    ],
    "motorsport": [
        (
            "slack",
            """#race-ops {date}
{p1.first}: McLaren moved their garage walk to {time}
{w1}: ok. FYI {p3} (hospitality) needs parking for {p4}, reg'd guest, phone {ph}
@timing-bot: Sector 2 purple - car 44 through Senna S
{p1.first}: can someone text {p3.first}? my phone's dead""",
        ),
        (
            "json",
            """{"driver_licence_check": {"driver": "{p1}", "nationality_city": "{city}", "team": "Gridline Racing",
  "emergency_contact": {"name": "{p2}", "phone": "{ph}"}, "medical_officer": "Dr {p3.last}",
  "submitted_from": "{ip}"}}""",
        ),
        (
            "log",
            """{ts} telemetry-gw accepted conn from {ip}:{port} car=7 engineer={p1.handle}
{ts} telemetry-gw accepted conn from {ip6} car=12 engineer={p2.handle}
{ts} pit-wall user {p2} acknowledged yellow flag at Ascari chicane
{ts} pit-wall user {p3} acknowledged VSC
Summarise who was on the pit wall.""",
        ),
        (
            "email",
            """Subject: Hospitality - Ferrari garage tour

Hi {p1.first},

Your guests {p2} and {p3} are confirmed for the garage tour on {day}. The payment of {price} was taken from card {card}.
Lanyards can be collected at Gate {n} from {time}; if lost call {ph}.

Apex Racing Hospitality""",
        ),
        (
            "transcript",
            """TEAM RADIO (transcribed) lap {n}
ENGINEER ({p1}): Box box, tyres are gone through Copse.
DRIVER ({p2}): Copy. Tell {p3.first} the rear's sliding at Becketts.
ENGINEER: Understood. Stay out of the Williams' DRS.""",
        ),
        (
            "code",
            """# pit_alerts.py
ALERT_CONTACTS = {
    "race_engineer": ("{p1}", "{ph}"),
    "team_doctor": ("{p2}", "{ph}"),
}
# maintainer: {p3} <{p3.wmail}>
# Refactor this into a dataclass please.""",
        ),
        (
            "markdown_table",
            """| Driver | Car | Home city | Manager phone |
|---|---|---|---|
| {p1} | 7 | {city} | {ph} |
| {p2} | 12 | {city} | {ph} |
| {p3} | 31 | {city} | {ph} |
Sort by car number descending.""",
        ),
    ],
    "parish": [
        (
            "email",
            """Dear {p1.first},

The hall at St Jude's is booked for {p2}'s christening party on {date}, {time}-{time}. The fee ({price}) can be paid to the parish account: sort code {sc}, account number {acct}.
Rev. {p3.last} will do the blessing; if you need anything call the parish office on {ph}.

God bless,
{p4}""",
        ),
        (
            "notes",
            """Church hall diary, week of {date}
Mon - Brownies (leader {p1.first})
Wed - St Mary's choir practice, {p2} on organ
Thu - funeral tea for the late {p3}, family contact {p4} {ph}
Sat - jumble sale, keys with {p1.first}""",
        ),
        (
            "letter",
            """St Cuthbert's Parish Office
{date}

Dear {p1.title} {p1.last},

Thank you for your generous gift towards the Lady Chapel roof. We have recorded it against your address, {addr}, for Gift Aid.
Fr {p2.last} will include your late husband, {p3}, in the intentions on {day}.

Yours in Christ,
{p4}
Parish Secretary""",
        ),
        (
            "sms",
            """Hi {w1}, flowers rota: you're on for St Jude's on {date}. Can't make it? Text {p1.first} on {ph}""",
        ),
        (
            "csv",
            """donor,address,amount,gift_aid
"{p1}","{addr}",{price},Y
"{p2}","{addr}",{price},N
"{p3.lf}","{addr}",{price},Y
Total the gift aid eligible donations.""",
        ),
        (
            "paste",
            """Traduza para inglês, por favor:

Olá, {p1.first}! Aqui é {p2}, da paróquia. A missa de sétimo dia do senhor {p3} será no sábado, às {time}. A família pediu que as flores sejam entregues na {addr:PT}. Qualquer dúvida, ligue para {ph:PT}.""",
        ),
        (
            "ics",
            """BEGIN:VEVENT
SUMMARY:Wedding rehearsal - {p1.first} & {p2.first}
DTSTART:20250607T170000
LOCATION:St Mary's Church Hall
ORGANIZER;CN=Rev. {p3}:mailto:{p3.wmail}
DESCRIPTION:Bride's mother {p4} - {ph}
END:VEVENT""",
        ),
    ],
    "vet": [
        (
            "sms",
            """Paws & Claws: Hi {p1.first}, Bella's booster is due {date}. Book at {org}/book or call {ph}.""",
        ),
        (
            "form",
            """NEW CLIENT REGISTRATION
Owner: {p1.lf}
Address: {addr}
Mobile: {ph}
Email: {p1.email}
Pet name: Max   Species: dog (Labrador)   DOB: {date}
Second contact: {p2} {ph}
Card for payment plan: {card}""",
        ),
        (
            "chat",
            """my dog oscar ate a sock, vet {p1.first} said watch him overnight. what signs mean I should go to the emergency clinic? we're in {city}""",
        ),
        (
            "ticket",
            """Helpdesk #{num} - clinic tablet offline
Clinic: Harbour Vets, {addr}
Reported by: {p1} ({p1.wmail})
Device IP {ip}, gateway {ip}
Vet {p2.first} can't see the X-ray for Oscar (ref {ref}).""",
        ),
        (
            "yaml",
            """clinic: Tierarztpraxis Linde
vets:
  - name: "Dr. {p1}"
    phone: "{ph:DE}"
  - name: "Dr. {p2}"
    phone: "{ph:DE}"
on_call_rota:
  {day}: "{p1.last}"
emergency_line: "{ph:DE}"
Convert to JSON.""",
        ),
        (
            "letter",
            """{date}

Dear {p1.first},

We were so sorry to hear that Pepper passed away. Everyone at the clinic, especially {p2}, remembers her fondly. A paw print keepsake will be posted to {addr}.

With sympathy,
{p3}""",
        ),
        (
            "voice",
            """hi its {p1.lfirst} from the practice calling for {p2.low} about luna's blood results theyre all normal call us back on {ph.plain} if you have questions thanks bye""",
        ),
    ],
    "property": [
        (
            "email",
            """Subject: Tenancy - {addr}

Hi {p1.first},

The landlord, {p2}, has agreed the rent reduction. From {date} please pay {price} to account number {acct} (sort code {sc}), reference {ref}.
The inventory clerk {p3} will visit on {day}; call {ph} to confirm.

Keystone Lettings""",
        ),
        (
            "json",
            """{"listing_id": "{uuid}", "address": "{addr}", "beds": {n}, "rent_pcm": "{price}",
 "landlord": {"name": "{p1}", "email": "{p1.email}", "iban": "{iban}"},
 "agent": "{p2}", "viewing_contact": "{ph}"}""",
        ),
        (
            "tsv",
            """unit	tenant	phone	balance
Flat {n}	{p1}	{ph}	{price}
Flat {n}	{p2.lf}	{ph}	{price}
Flat {n}	{p3}	{ph}	{price}
Which tenants are in arrears? Draft reminders.""",
        ),
        (
            "form",
            """RENTAL APPLICATION (US)
Applicant: {p1}
Current address: {addr:US}
SSN: {ssn}
Phone: {ph:US}
Employer contact: {p2}, {ph:US}
Checking account: {acct}""",
        ),
        (
            "email",
            """Subject: Lease application - Unit {n}

Hi {p1.first},

Thanks for applying for the apartment at {addr:US}. For the credit check we have your SSN as {ssn}; please confirm it and send a voided check for the checking account {acct}. {p2} will show you the unit on {day}.

Leasing Office, {ph:US}""",
        ),
        (
            "chat",
            """Landlord {p1} says the boiler at {addr} can't be fixed till {day}. My kid has asthma. What are my rights as a tenant? Reply short.""",
        ),
        (
            "jira",
            """PM-{num}: Leak at {addr}
{p1} commented:
  Plumber booked. Tenant {p2} works nights, call {ph} after 4pm only.
{p3} commented:
  Insurer needs photos; {p2.first} will send to {role:claims}.""",
        ),
        (
            "letter",
            """NOTICE OF RENT INCREASE

To: {p1}
{addr}

From {date} the rent will rise to {price} per month. Please update your standing order to account number {acct}.

{p2}, for Blockwise Property Management
Tel. {ph}""",
        ),
    ],
    "weather": [
        (
            "email",
            """Subject: Storm Babet - spotter report

{p1.first},

Our spotter {p2} in {city} reports gusts of {n} m/s and roof damage on the high street. Can you call {p2.first} back on {ph} for the detail? Hurricane Otis bulletin is still on hold.

{p3}
Severe Weather Desk""",
        ),
        (
            "log",
            """{ts} alert-api POST /warnings 201 user={p1.handle} src={ip} storm="Storm Eunice" region="{region}"
{ts} alert-api POST /warnings 201 user={p1.handle} src={ip} storm="Storm Eunice" region="{region}"
{ts} alert-api GET /subscribers 403 src={ip6}
Which regions got warnings?""",
        ),
        (
            "sms",
            """SEVERE WX: Typhoon Haikui track shifted. {p1.first}, please check on {p2} at {addr} - no answer on {ph}""",
        ),
        (
            "toolcall",
            """{"name": "send_weather_alert", "arguments": {"recipient_name": "{p1}", "recipient_phone": "{ph}", "area": "{city}", "message": "Hurricane Beryl: evacuation advised for coastal zone {n}."}}""",
        ),
        (
            "csv",
            """station_id,observer,location,phone,last_report
WX{num},{p1},{city},{ph},{ts}
WX{num},{p2},{city},{ph},{ts}
WX{num},{p3},{region},{ph},{ts}
Which observers haven't reported in 24h?""",
        ),
        (
            "transcript",
            """[Radio check, coast watch]
{p1.first}: Coast watch to {p2.first}, how's the swell at the point?
{p2.first}: Three metres and building. Storm Dudley's worse than forecast.
{p1.first}: Copy. I've told {p3} to close the slipway. If you lose signal call {ph}.""",
        ),
        (
            "paste",
            """Översätt till engelska:

Hej {p1.first}! Stormen Ciarán drar in över {city:SE} i natt. {p2} har ringt och sagt att vägen är avstängd. Ring mig på {ph:SE} om du behöver skjuts. /{p3.first}""",
        ),
    ],
}

TEMPLATES = templates("pb", GROUPS)
