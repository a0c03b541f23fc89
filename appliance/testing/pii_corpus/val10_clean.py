"""Clean templates of val10 (no personal data at all), written by hand by the val10 author:
hard decoys named like people but not people (brands, characters, assistants, dishes,
cocktails, grape and apple varieties, paint finishes, perfume lines, yoga styles, ships,
racehorses, storms, awards, laws, diseases, theorems, model names, codenames, hostnames) and
numbers that look like phones, cards or accounts but are order numbers, tracking codes,
ISBNs or versions. Slot syntax: see `val10_gen`."""

from __future__ import annotations

RAW = """
== chat c_tesla_charge
Does the Tesla Model Y support 22 kW AC charging or only 11? Order «order» is due «date».
== chat c_mario_speedrun
What's the fastest route in Super Mario Odyssey for the Cascade Kingdom moons? Patch «ver».
== chat c_zelda_puzzle
I'm stuck on the Lightning Temple in Zelda: Tears of the Kingdom, does Link need the Sage of Lightning first?
== chat c_alexa_routine
My Alexa routine stopped turning on the Philips Hue lights at «time». Firmware «ver». Any idea?
== chat c_siri_shortcut
Can Siri run a Shortcut that logs my Earl Grey intake to the Health app?
== chat c_cocktails
Give me a spec for a Tom Collins, a Bloody Mary and a Shirley Temple for a menu card, with prices like «price».
== chat c_grapes
Pair Pinot Noir, Cabernet Sauvignon or a Grüner Veltliner with Beef Wellington? Budget «price» per bottle.
== chat c_apples
Which keeps better over winter: Granny Smith, Pink Lady or Cox's Orange Pippin? Our garden centre sells trees at «price».
== chat c_paint
Is Farrow & Ball "Elephant's Breath" warmer than Dulux "Rose Gold Blush"? Tin code «sku».
== chat c_perfume
Is Chanel No. 5 or Miss Dior better for a gift? Both are «price» at the duty free, SKU «sku».
== chat c_yoga
Difference between Iyengar, Ashtanga and Bikram yoga for a beginner? The gym schedule lists class «n».
== chat c_racehorse
Was Frankel better than Sea The Stars? Also, how many Grand Nationals did Red Rum win?
== chat c_storm
Storm Ciarán and Hurricane Katrina: why do storms get human names? Asking for a geography quiz, round «n».
== chat c_laws
Summarise Sarbanes-Oxley section 404 and how Dodd-Frank changed it, for a «n»-slide deck.
== chat c_disease
Explain the difference between Parkinson's and Alzheimer's for a patient leaflet, reading age 12, version «ver».
== chat c_theorem
Prove Fermat's little theorem and explain how Euler's theorem generalises it.
== chat c_dijkstra
Why is Dijkstra's algorithm wrong with negative edges while Bellman-Ford works?
== chat c_awards
Which film won the Oscar and the Golden Globe the same year as the Pulitzer for drama in 2019?
== chat c_hilton_points
How many Marriott Bonvoy points do I need for a free night vs Hilton Honors? My booking ref is «order».
== chat c_mcdonalds
Are McDonald's and Wendy's fries still cooked in beef tallow? Just curious.
== chat c_heineken
How many calories in a Heineken 0.0 vs Guinness Draught? Order «order» for the bar.
== chat c_ferrari
Compare the Ferrari Roma and the Porsche 911 Carrera for a «price» lease.
== chat c_sherlock
In the Sherlock Holmes stories, how does Holmes deduce Watson was in Afghanistan? For book club, ISBN «isbn».
== chat c_potter
Which Harry Potter book introduces Hermione's time-turner? ISBN «isbn».
== chat c_gandalf
Is Gandalf a Maia? My D&D party wants to base an NPC on him.
== chat c_geralt
What's the best Geralt build in The Witcher 3 next-gen update «ver»?
== chat c_kratos
In God of War Ragnarök does Kratos fight Thor before or after the Freya quest?
== chat c_pikachu
Which Pokémon evolves from Pichu and into Raichu? Asking for my kid's Pikachu cake.
== chat c_jasper_project
Project Jasper status: sprint «n» closed, velocity «n2», blockers on ticket «ticket».
== chat c_amber_alert
Set the ops dashboard to "Amber" when latency exceeds «n»0 ms and "Red" above «n2»00.
== chat c_rose_gold
Is the Rose Gold finish on the iPhone the same as the Sunrise Gold on the Galaxy? Order «order».
== chat c_will_verb
Will the Black Friday deal on the Dyson V15 apply to order «order»? I hope so, the grace period ends «date».
== chat c_summer_bill
The summer menu bill came to «price». Can you split it 4 ways with a «pct» tip?
== chat c_bot_names
Our support bot "Clippy 2.0" keeps answering in French. Config version «ver». How do I pin English?
== chat c_ben_jerry
Is Ben & Jerry's Phish Food vegan? The supermarket code is «sku».
== chat c_jack_daniels
Jack Daniel's vs Johnnie Walker Black for an Old Fashioned at the brewery bar?
== chat c_fashion
Is Tommy Hilfiger's sizing closer to Ralph Lauren or Calvin Klein? Return «order».
== chat c_boeing
How many seats does a Boeing 787-9 have on the cruise line's charter, flight «ticket»?
== chat c_kafka_cassandra
Should we use Kafka or Cassandra for the loyalty events stream? About «n» million events a day.
== chat c_django_flask
Django or Flask for a nursery's admin app? Needs «n» tables and PDF export.
== chat c_julia_pandas
Port this pandas groupby to Julia's DataFrames.jl, version «ver».
== chat c_gaussian
Why does a Gaussian blur with sigma «n» look different from a box blur in the photo studio's pipeline?
== chat c_nobel
Who won the Nobel Prize in Chemistry for CRISPR? Quiz night question «n».
== chat c_ship
How big is the Queen Mary 2 compared to the Wonder of the Seas? Booking «order».
== chat c_dish
Recipe for Peach Melba and Pavlova for «n» guests, gluten free please.
== chat c_caesar
Why is it called Caesar salad if it was invented in a restaurant? Menu version «ver».
== chat c_mascot
Our festival mascot "Ziggy the Bee" needs a new costume; quote «price», order «order».
== chat c_fantasy_team
My fantasy team name is "Pitch Perfect". Better puns for a team full of midfielders?
== chat c_dance
Lindy Hop vs Foxtrot for a wedding first dance, «n» weeks to learn?
== email c_email_invoice
Subject: Invoice «order» — Hemingway Suite block booking

Hello,
please find attached the invoice for «n» nights. Payment reference «longnum». Due «date».
Best regards,
Reservations Team
== email c_email_release
Subject: Release «ver» of the Athena scheduler

Hi all,
«ver» fixes the timezone bug (ticket «ticket») and adds the Amber warning state. Rollout «date».
— Platform Team
== email c_email_newsletter
Subject: This month at the garden centre

Our Granny Smith and Bramley trees are back at «price». Tracking for web orders: «track».
The Garden Centre Team
== email c_email_recall
Subject: Safety notice for model «sku»

Dear customer,
Kettles from batch «longnum» may overheat. Please return them to any store. Reference «ticket».
Customer Care
== email c_email_union
Subject: Ballot result

Turnout «pct», yes vote «pct2». The executive committee meets «date» at «time».
Regional Office
== sms c_sms_parcel
Your parcel «track» will arrive «date» between «time» and «time2». Manage: reply STOP to opt out.
== sms c_sms_otp
Your verification code is «n»«n2»«n3». Do not share it. Ref «ticket».
== sms c_sms_gym
Spin class «n» at «time» is full. You're on the waitlist (position «n2»).
== sms c_sms_pharmacy
Your prescription «order» is ready to collect. Open until «time».
== whatsapp c_wa_group
[«time»] Choir: rehearsal moved to «time2»
[«time»] Choir: bring the Requiem score, ISBN «isbn»
== whatsapp c_wa_brewery
[«date»] Brewery Bot: Batch «n» of "Dolly Pale Ale" kegged, ABV «n2».«n3»%
== letter c_letter_policy
Dear Member,

From «date», the annual fee rises to «price». Your membership number «longnum» does not change.

Yours faithfully,
Membership Services
== letter c_letter_warranty
Dear Customer,

Your Miele washing machine (serial «longnum») is covered until «date». Claim reference «ticket».

Service Department
== form c_form_order
ORDER FORM
Product: Hermès Carré scarf, «sku»
Qty: «n»
Price: «price»
Order no.: «order»
Tracking: «track»
== form c_form_return
RETURN AUTHORISATION
RMA: «ticket»
Item: Bosch Serie 6 dishwasher («sku»)
Reason: E15 error
Refund: «price»
== form c_form_event
EVENT SPEC
Venue hall: B
Capacity: «n»0
Start: «time»  End: «time2»
Catering: Caesar salad, Beef Wellington, Peach Melba
== review c_review_product
★★★★☆ The Dyson Airwrap works, but the Rose Gold one scratches. Bought «date», order «order».
== review c_review_game
9/10. Lara Croft finally feels human in this reboot, and the Kratos cameo is fun. Played on «ver».
== review c_review_hotel
Great Marriott near the convention centre, breakfast had Eggs Benedict every day. Room «room».
== review c_review_beer
Tried the "Old Rasputin"-style imperial stout at «pct» ABV. Heavy, chocolatey, 4/5.
== notes c_notes_sprint
Sprint «n» retro
- Kafka consumer lag fixed (ticket «ticket»)
- Grafana dashboards moved to «ver»
- Next: Cassandra compaction
== notes c_notes_recipe
Peach Melba: «n»00 g peaches, raspberry coulis, vanilla ice cream. Serves «n2». Cost «price».
== notes c_notes_inventory
Stock check «date»: Granny Smith «n» crates, Pink Lady «n2», Braeburn «n3». Reorder PO «order».
== transcript c_tr_bot
USER: can alexa reorder my earl grey?
ASSISTANT: Yes, your last order «order» can be repeated.
USER: ok do it
== transcript c_tr_support
AGENT: Thanks for calling. What's the order number?
CALLER: «order»
AGENT: I see the Philips Sonicare, model «sku». It shipped on «date».
== ticket c_ticket_bug
Ticket «ticket» | P2
Component: Jenkins pipeline
Summary: build «hash» fails on agent jenkins-«n»
Version: «ver»
== ticket c_ticket_game
#«ticket» Sonic cosmetics missing after patch «ver». Platform: PS5. Purchase «order».
== json c_json_product
{"sku": "«sku»", "name": "Miss Dior Eau de Parfum", "price": "«price»", "stock": «n»}
== json c_json_config
{"service": "athena-api", "version": "«ver»", "replicas": «n», "alert_level": "Amber"}
== json c_json_order
{"order_id": "«order»", "items": [{"name": "Granny Smith 1kg", "qty": «n»}], "tracking": "«track»"}
== json c_json_character
{"character": "Geralt of Rivia", "level": «n», "build": "alchemy", "game_version": "«ver»"}
== csv c_csv_products
sku,name,price
«sku»,Rose Gold kettle,«price»
«sku2»,Tesla wall connector,«price2»
«sku3»,Ferrari Red paint,«price3»
== csv c_csv_orders
order,date,total,tracking
«order»,«date»,«price»,«track»
«order2»,«date2»,«price2»,«track2»
== csv c_csv_wine
variety,region_code,vintage,price
Pinot Noir,R«n»,2019,«price»
Merlot,R«n2»,2020,«price2»
== markdown_table c_md_roadmap
| Codename | Release | Status |
|---|---|---|
| Jasper | «ver» | beta |
| Athena | «ver2» | GA |
== markdown_table c_md_cocktails
| Cocktail | Base | Price |
|---|---|---|
| Tom Collins | gin | «price» |
| Arnold Palmer | tea | «price2» |
== markdown_table c_md_storms
| Storm | Year | Category |
|---|---|---|
| Katrina | 2005 | 5 |
| Sandy | 2012 | 3 |
== html c_html_menu
<ul class="menu"><li>Caesar salad – «price»</li><li>Eggs Benedict – «price2»</li><li>Peach Melba – «price3»</li></ul>
== html c_html_product
<h1>Tesla Model 3 Highland</h1><p>SKU «sku» · from «price»</p><button>Configure</button>
== xml c_xml_config
<service name="cassandra-loyalty" version="«ver»"><replicas>«n»</replicas><alert level="Amber"/></service>
== xml c_xml_book
<book isbn="«isbn»"><title>The Hound of the Baskervilles</title><series>Sherlock Holmes</series></book>
== code c_code_dijkstra
def dijkstra(graph, source):
    dist = {v: float("inf") for v in graph}
    dist[source] = 0
    # TODO: priority queue, see ticket «ticket»
    return dist
== code c_code_kalman
class KalmanFilter:
    \"\"\"Simple 1-D Kalman filter, v«ver».\"\"\"
    def __init__(self, q: float = 0.«n», r: float = 1.0) -> None: ...
== code c_code_bot
BOT_NAME = "Jarvis"
WELCOME = "Hi, I'm Jarvis, the Kettlehouse booking assistant. Order «order» is ready."
== code c_code_fourier
import numpy as np
spectrum = np.fft.fft(signal)  # Fourier transform of sensor «n»
== log c_log_deploy
«date» «time» INFO deploy athena-api «ver» to cluster hera-«n»
«date» «time2» INFO commit «hash» healthy
== log c_log_jenkins
[Pipeline] stage "Build" on jenkins-agent-«n»
[Pipeline] sh: ./gradlew build -Pversion=«ver»
Finished: SUCCESS
== log c_log_order
«time» order «order» paid «price» tracking «track» status=SHIPPED
== yaml c_yaml_service
service: jasper-worker
version: «ver»
replicas: «n»
alerts:
  amber_ms: «n2»0
== yaml c_yaml_menu
drinks:
  - Tom Collins
  - Bloody Mary
  - Shirley Temple
price_eur: «price»
== toolcall c_tool_search
{"tool": "product_search", "arguments": {"query": "Rose Gold iPhone case", "max_price": "«price»"}}
== toolcall c_tool_track
call shipping.track(tracking_number="«track»", order_id="«order»")
== toolcall c_tool_weather
{"name": "get_storm_info", "parameters": {"storm": "Ciarán", "year": 2023}}
== sql c_sql_products
SELECT sku, name FROM products WHERE name LIKE 'Tesla%' OR name LIKE '%Dior%' LIMIT «n»;
== sql c_sql_orders
UPDATE orders SET status = 'SHIPPED', tracking = '«track»' WHERE order_id = '«order»';
== srt c_srt_game
1
00:00:02,000 --> 00:00:05,000
MARIO: Let's-a go!

2
00:00:05,500 --> 00:00:07,000
LUIGI: Wait for me!
== srt c_srt_doc
7
00:01:10,000 --> 00:01:14,000
NARRATOR: Frankel retired unbeaten after «n» races.
== ics c_ics_release
BEGIN:VEVENT
SUMMARY:Athena «ver» release
DTSTART:«n»
DESCRIPTION:Ticket «ticket»
END:VEVENT
== ics c_ics_class
BEGIN:VEVENT
SUMMARY:Ashtanga yoga (Studio B)
DESCRIPTION:Class «n»\\, bring mat
END:VEVENT
== vcard c_vcard_company
BEGIN:VCARD
FN:Kettlehouse Brewing Co.
ORG:Kettlehouse Brewing Co.
NOTE:Order line ref «order»
END:VCARD
== vcard c_vcard_bot
BEGIN:VCARD
FN:Clippy Support Bot
ORG:Helpdesk
NOTE:Version «ver»
END:VCARD
== latex c_latex_theorem
\\begin{theorem}[Fermat]
For prime $p$ and $a$ not divisible by $p$, $a^{p-1} \\equiv 1 \\pmod p$.
\\end{theorem}
== latex c_latex_table
\\begin{tabular}{lr} Pinot Noir & «price» \\\\ Merlot & «price2» \\end{tabular}
== ocr c_ocr_receipt
SUPERMARKET
GRANNY SMITH 1KG   2.49
EARL GREY 80S      3.10
TOTAL «price»
CARD ****«n»
REF «longnum»
== ocr c_ocr_label
SHIP TO: LOCKER «n»
TRACKING «track»
WEIGHT «n2» KG
== voice c_voice_order
hey assistant add two granny smith apples and a bottle of pinot noir to my basket and reorder «order|lc»
== voice c_voice_music
play the requiem then the fifth symphony on the living room speaker volume «n»
== chat c_isbn_lookup
Is «isbn» the right ISBN for "Fermat's Last Theorem" by the popular-science author? Shop code «sku».
== chat c_longnum
Is «longnum» a tracking number or an order number? It came on the print shop invoice «order».
== chat c_versions
Upgrade path from «ver» to «ver2» for the Grafana plugin on hosts athena-«n» and hera-«n2»?
== chat c_gaming_support
My Xbox shows error «hash» when launching Halo; Master Chief skin missing. Console build «ver».
== chat c_betting_odds
Explain decimal odds of «n».5 on Frankel-bred colt in the Derby vs fractional odds.
== chat c_streaming
Why does Netflix say my plan ends «date»? Account ref «ticket», price «price».
== chat c_credit_union_rates
What's a good APR for a car loan at a credit union vs a bank? Quote «pct» for «n» months.
== chat c_payroll_rules
How is overtime calculated for part-time staff under the Fair Labor Standards Act? Policy version «ver».
== chat c_notary_fees
Typical notary fee for certifying «n» copies of a diploma? Our case number is «ticket».
== chat c_print_job
Print «n»00 A5 flyers in deep navy, Pantone 2767 C, job «order».
== chat c_hr_policy
Draft an onboarding checklist for new hires: laptop, badge, Slack, Workday, «n» training modules.
== chat c_ngo_budget
Our field budget is «price» for «n» wells; split the cost into drilling, pumps, training.
"""
