"""val36 templates with personal data, part A: chat, email, sms, letter, form, ticket,
notes, meeting minutes, transcript and voice. Each template: (id, shape, text)."""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str]] = [
    # ---------------------------------------------------------------- chat
    (
        "game-chat-1",
        "chat",
        """I play Kingdom Tails on my phone and my account got merged with my brother's after the update. My in-game name is Captain Price and my main pet is a dragon called Princess Peach. The account is registered to {{P1}} ({{E1}}), his is under {{P2.first}}. Can you split them again? Player ID {{D9}}, build {{ver}}.""",
    ),
    (
        "iot-chat-1",
        "chat",
        """my Kitchen Echo keeps announcing "{{P1.first}}'s phone is nearby" at 3am. the only phones on the network are mine and {{P2.first}}'s, and the Roomba called Rosie. router shows the echo at {{IP}} — how do I switch the presence feature off??""",
    ),
    (
        "bet-chat-1",
        "chat",
        """hey can you help me write a short complaint? I placed a £{{amt}} each-way bet on the greyhound Ballymac Kylie in the 19:42 at {{C}} and the app settled it as a loss even though it came second. My account is in the name {{P1}}, registered phone {{PH.GB}}. Bet ref {{u2}}{{d8}}.""",
    ),
    (
        "cosplay-chat-1",
        "chat",
        """{{P1.lowfirst}}: are you still doing the Colonel Mustard costume for the con?
{{P2.lowfirst}}: yes!! and {{P3.first}} is going as Miss Scarlett
{{P1.lowfirst}}: lol ok. text me on {{PH}} when you land in {{C}}""",
    ),
    (
        "dna-chat-1",
        "chat",
        """Can you explain what a 1,240 cM match means? My DNA kit says {{P1}} is likely my half-sibling or grandparent. My mother was {{P2}}, born in {{L}} in 1961, and I have never heard of this person. Kit ID {{u2}}-{{d6}}.""",
    ),
    (
        "stream-chat-1",
        "chat",
        """We share one StreamVault account between four flats. Profiles: "Ted Lasso fan" is {{P1.first}}, "Wednesday" is {{P2.first}}, the Sherlock binge one is {{P3.nick}}. Billing card ends in {{d4}} but is in {{P4}}'s name. How do we move to a family plan without losing watch history?""",
    ),
    (
        "wine-chat-1",
        "chat",
        """Can you make this sound friendlier? "{{P1.first}}, your table for 6 at the cellar bar is confirmed for {{datel}}, 19:30. Corkage is £{{n:10-25}} per bottle. If anything changes ring {{P2.first}} on {{PH.GB.nat}}." """,
    ),
    (
        "reunion-chat-1",
        "chat",
        """Class of 2009 reunion!! So far confirmed: {{P1}}, {{P2}}, {{W1}} and {{P3.first}} (plus one). Still no reply from {{P4}} — anyone have a number? The last one I had was {{PH}}.""",
    ),
    # ---------------------------------------------------------------- email
    (
        "royalty-email-1",
        "email",
        """Subject: Royalty statement H2 — {{P1.lf}}

Dear {{P1.t}} {{P1.last}},

Please find attached your royalty statement for the second half of the year for the Inspector Halloran series, published under your pen name. Net receipts were £{{amt}} after the agent's commission.

Payment will be made to the account on file: {{IBAN.GB}}. If your bank details have changed, please reply to {{ER.royalties}} before the 25th.

Kind regards,
{{P2}}
Rights & Royalties""",
    ),
    (
        "theatre-email-1",
        "email",
        """From: {{E1}}
To: {{ER.boxoffice}}
Subject: Hedda Gabler tickets — wrong date

Hi,

I booked two seats (row F, 11-12) for Hedda Gabler under the name {{P1}} but the confirmation says Thursday instead of Friday. Booking ref {{ref}}. I paid with the card ending {{d4}}. Could you swap them? I'm on {{PH}} all afternoon.

Thanks, {{P1.first}}""",
    ),
    (
        "podcast-email-1",
        "email",
        """Hi {{P1.first}},

Great news — {{P2}} has agreed to come on "Midnight Ledger" for episode {{n:40-180}}. She is based in {{C}} so we'll record remotely. Her producer is {{P3}} ({{E3}}, {{PH}}).

Can you send her the release form and the guest fee invoice template? Payment will go to her company's account, IBAN {{IBAN}}.

Cheers,
{{P4.first}}""",
    ),
    (
        "cruise-email-1",
        "email",
        """Subject: Entertainment roster — Seabreeze Aurora, sailing {{date}}

Team,

Final roster for the spring leg:
- Headline vocalist: {{P1}}
- Magician: {{P2}}
- Pianist, Crow's Nest bar: {{P3}}
- Cruise director: {{P4.t}} {{P4.last}}

{{P3.first}} joins in {{C}} and will need a crew badge; his passport name is {{P3.UP}}. Emergency contact for the roster is {{P4.first}}, {{PH}}.

{{P5}}""",
    ),
    (
        "garden-email-1",
        "email",
        """Dear members,

The autumn show results are in! Best dahlia went to {{P1}} for a stunning 'Bishop of Llandaff', and the rose class was won by {{P2}} with 'Gertrude Jekyll'. Highly commended: {{W1}}.

Prizes can be collected from {{P3.t}} {{P3.last}} at {{A}} any Saturday morning, or call {{PH.GB}}.

{{P4.first}} (Hon. Secretary)""",
    ),
    (
        "pharmacy-email-1",
        "email",
        """To: {{ER.loyalty}}
Subject: Points not added

My wellness card is registered to {{P1}}, date of birth {{dmy}}, mobile {{PH}}. I collected a prescription on {{datel}} but the 240 points never arrived. Previous email address was {{E1}}, in case it's still linked to that one.

{{P1.first}} {{P1.last}}""",
    ),
    (
        "ship-email-1",
        "email",
        """Subject: Container MSKU{{d7}} — release to consignee

Dear {{P1.t}} {{P1.last}},

The container arrived at {{C}} on the MV Northern Juniper and is ready for release. Please ask the consignee contact, {{P2}}, to call the terminal on {{PH}} with the release PIN.

Demurrage starts on {{date}}. Payment can be made by bank transfer to IBAN {{IBAN.NL}} quoting the B/L number.

Regards,
{{P3}}
Harbourline Shipping""",
    ),
    (
        "toy-email-1",
        "email",
        """Hi there,

I ordered the Sylvanian Families cosy cottage and a Barbie and Ken dreamhouse bundle for my daughter's birthday but only the cottage came. Order placed by {{P1}}, paid with {{CC}}, delivery to {{A}}. Phone {{PH}}.

Could you check? The party is on Saturday and {{P2.first}} will be heartbroken otherwise.

{{P1.first}}""",
    ),
    # ---------------------------------------------------------------- sms
    (
        "bike-sms-1",
        "sms",
        """PedalShare: {{P1.first}}, your e-bike "Dolores" was parked outside a zone in {{C}}. A £{{n:5-15}} fee applies. Questions? Call {{PH}}""",
    ),
    (
        "escape-sms-1",
        "sms",
        """Hi {{P1.first}}! Reminder: Locked In "The Pharaoh's Tomb" for 6 ppl tomorrow {{time}}. Your game master is {{P2.first}}. Running late? Text {{PH}}""",
    ),
    (
        "car-sms-1",
        "sms",
        """{{PH}}: hey it's {{P1.first}}, I've left the shared car at level 2 of the multi-storey by the station, key in the lockbox, code {{d4}}. Tank's half full sorry""",
    ),
    (
        "reunion-sms-1",
        "sms",
        """Omg is this {{P1.nick}} from {{P3.t}} {{P3.last}}'s class?? It's {{P2.first}} {{P2.last}}! Got your number from {{W1.first}}. Reunion is on the 14th, you in?""",
    ),
    (
        "pharmacy-sms-1",
        "sms",
        """Your prescription for {{P1.init}} is ready to collect. Ref {{u3}}{{d5}}. If someone else is collecting, reply with their name. Queries: {{PH.IE}}""",
    ),
    # ---------------------------------------------------------------- letter
    (
        "dna-letter-1",
        "letter",
        """{{A}}

{{datel}}

Dear {{P1.first}},

You don't know me, but I believe we are related. My DNA results list you as a close match, and my grandmother, {{P2}}, was born in {{L}} before the family moved to {{CO}}. Her brother was called {{P3.first}}, and I think he may have been your grandfather.

If you would like to compare family trees, you can reach me at {{E4}} or on {{PH}}.

With warm regards,
{{P4}}""",
    ),
    (
        "choir-letter-1",
        "letter",
        """Dear {{P1.t}} {{P1.last}},

Thank you for your generous gift towards our performance of Handel's Messiah. As a Friend of the Choir you will be listed in the programme, alongside {{P2}} and {{P3}}.

Your Gift Aid declaration is recorded against {{A}}, and your standing order from account number {{ACCT}} will continue monthly. If you prefer not to be named, please let our treasurer, {{P4}}, know by {{datel}}.

Yours sincerely,

{{P5}}
Musical Director""",
    ),
    (
        "theatre-letter-1",
        "letter",
        """{{P1.UP}}
{{A}}

Re: Othello, refund for cancelled performance

Dear {{P1.first}} {{P1.last}},

We are sorry that the performance of Othello on {{datel}} was cancelled. A full refund of £{{amt}} has been made to the card {{CC}}. Please allow five working days.

Box Office Manager, {{P2}}""",
    ),
    (
        "publisher-letter-1",
        "letter",
        """Dear {{P1}},

We are delighted to offer a two-book contract for the next Captain Moonbeam adventures. Your advance will be paid in three instalments to your agent, {{P2}}, at {{A}}.

For tax purposes please send your Social Security number ({{SSN}} is what we have on file from the previous contract; please confirm) and your W-9.

Best wishes,
{{P3}}, Publisher""",
    ),
    # ---------------------------------------------------------------- form
    (
        "dna-form-1",
        "form",
        """DNA KIT REGISTRATION
Kit number: {{u2}}{{d8}}
Surname: {{P1.LAST}}
Given names: {{P1.first}}
Date of birth: {{dmy}}
Place of birth: {{C}}
Email: {{E1}}
Phone: {{PH}}
Share matches with relatives: YES""",
    ),
    (
        "car-form-1",
        "form",
        """Car-share membership application
Full name ......... {{P1}}
Address ........... {{A}}
Mobile ............ {{PH}}
Driving licence ... {{u5}}{{d6}}{{u2}}
Card for charges .. {{CC}}
Second driver ..... {{P2}}
Refunds to a/c .... {{ACCT}}
Plan .............. Weekend Flex""",
    ),
    (
        "bet-form-1",
        "form",
        """Withdrawal request — OddsFellow
Account holder: {{P1.LF}}
Withdrawal amount: ${{amt}}
Method: ACH
Bank: Fifth Coast Credit Union
Routing number: {{D9}}
Checking account: {{ACCT}}
SSN (for tax reporting): {{SSN}}
Address: {{A}}""",
    ),
    (
        "pharmacy-form-1",
        "form",
        """LOYALTY CARD — CHANGE OF DETAILS
Card no.: {{d4}} {{d4}} {{d4}}
Name: {{P1.UP}}
New address: {{A}}
New phone: {{PH}}
New email: {{E1}}
Carer allowed to collect: {{P2}}
Signature: ______  Date: {{dmy}}""",
    ),
    (
        "reunion-form-1",
        "form",
        """Reunion RSVP
Name (then): {{P1}}
Name (now, if changed): {{P1.first}} {{P2.last}}
Attending: Yes, + 1 ({{P3}})
Dietary: vegetarian
Best number: {{PH}}
Pay deposit: {{IBAN}}""",
    ),
    (
        "escape-form-1",
        "form",
        """Waiver — Whodunnit Nights, "Murder at Mustard Manor"
Lead booker: {{P1}}
Players: {{P2.first}}, {{P3.first}}, {{P4.nick}}, {{P5.first}}
Emergency contact: {{P6}} — {{PH}}
Card on file: {{CC}}
Character requests: Colonel Mustard for {{P2.first}}, anyone but Professor Plum for me""",
    ),
    # ---------------------------------------------------------------- ticket
    (
        "app-ticket-1",
        "ticket",
        """Ticket #{{D6}} — Priority: High
Product: Pocket Farm (iOS {{ver}})
Reporter: {{P1}} <{{E1}}>
Summary: Purchase of 1,200 gems charged twice
Description: Customer's card {{CC}} was charged twice on {{date}}. Their farmhand character is "Agent 47", in-game friend code {{d4}}-{{d4}}. Customer asks for a call back on {{PH}}.
Assignee: {{P2.first}}""",
    ),
    (
        "iot-ticket-1",
        "ticket",
        """INC{{d7}} | Smart thermostat offline
Customer: {{P1.lf}}
Site: {{A}}
Device: "Jarvis" (hub) at {{IP}}, thermostat "Hall" at {{IPV}}
Notes: {{P2.first}} from field service visited on {{date}}; hub firmware {{ver}}. Customer prefers SMS on {{PH}}.""",
    ),
    (
        "ship-ticket-1",
        "ticket",
        """CASE {{u3}}-{{d5}}: Reefer container alarm at {{C}}
Opened by: {{P1}}
Shipper contact: {{P2}}, {{PH}}
Consignee contact: {{P3}}, {{PH}}
Temperature log shows -12.4C at 02:10 UTC; setpoint -18C. Please call the shipper contact before any cargo inspection.""",
    ),
    (
        "stream-ticket-1",
        "ticket",
        """Support ticket {{D7}}
From: {{E1}}
Plan: Premium 4K
Issue: "Sherlock" episodes show as unavailable in {{CO}} although I'm a paying subscriber. Logged in from {{IP}}. The account holder is my partner {{P2}}; I'm {{P1.first}}.""",
    ),
    (
        "bike-ticket-1",
        "ticket",
        """[BIKE-{{d5}}] Lock jammed on bike "Gertrude" (dock 14, {{C}})
Rider: {{P1}} / {{PH}}
The rider was charged for 3h 12m. Refund {{amt}} EUR to the card ending {{d4}}. Rider also asks us to delete the old account under {{E1}}.""",
    ),
    # ---------------------------------------------------------------- notes
    (
        "fantasy-notes-1",
        "notes",
        """league notes — week 9
- {{P1.first}} owes the pot £20 (paid to my account 20-{{d2}}-{{d2}} a/c {{ACCT}})
- {{P2.first}} traded his QB to {{P3.first}}, commish approved
- draft night at {{P4.first}}'s place, {{A}}
- new member? {{P5}}, friend of {{P2.first}}, {{PH}}""",
    ),
    (
        "comiccon-notes-1",
        "notes",
        """Guest liaison notes, Saturday
* {{P1}} (voice of Captain Nebula) — arrives {{time}} at {{C}} airport, driver is {{P2.first}}
* panel moderator: {{P3}}
* cosplay judges: {{P4.init}}, {{P5.init}}, {{W1}}
* green room contact: {{P6.first}} {{PH}}""",
    ),
    (
        "choir-notes-1",
        "notes",
        """Fauré Requiem — part allocation
Soprano solo (Pie Jesu): {{P1}}
Baritone solo: {{P2}}
Organ: {{P3.t}} {{P3.last}}
Page turner: {{P4.first}}
Absent at last rehearsal: {{P5.first}}, {{P6.first}}
Librarian to post scores to {{A}}""",
    ),
    (
        "astro-notes-1",
        "notes",
        """observing log {{date}}
site: dark sky park near {{C}}
targets: Barnard's Star (proper motion check), Kapteyn's Star, M31
with {{P1.first}} and {{P2}}; {{P2.first}}'s scope is the 8" Dobsonian
next session: ask {{P3}} ({{PH}}) about access to the private field""",
    ),
    (
        "garden-notes-1",
        "notes",
        """Plant sale volunteers
{{P1}} — cash box (float £50, refunded to IBAN {{IBAN.GB}})
{{P2}} — dahlia tubers, 'Café au Lait' and 'Bishop of Llandaff'
{{W1.first}} — teas
{{P3}} — car park, call {{PH}} if late""",
    ),
    # ---------------------------------------------------------------- minutes
    (
        "reunion-minutes-1",
        "minutes",
        """Reunion committee — minutes
Present: {{P1}} (chair), {{P2}}, {{P3}}, {{P4}}
Apologies: {{P5}}

1. Venue. {{P2.first}} reported the school hall is free on the 21st. Agreed.
2. Funds. Balance £{{amt}} held in the committee account (sort code 40-{{d2}}-{{d2}}, account number {{ACCT}}).
3. Tracing classmates. {{P3.first}} has found {{P6}} living in {{CO}} and {{P7}} in {{C}}.
4. AOB. None.

Next meeting: {{datel}}.""",
    ),
    (
        "podcast-minutes-1",
        "minutes",
        """Network planning meeting
Attendees: {{P1.first}}, {{P2.first}}, {{P3.first}}, {{P4.first}}

- "Midnight Ledger" moves to Tuesdays. {{P1.first}} to tell the sponsor.
- New true-crime show pitched by {{P5}}; {{P2.first}} to call her on {{PH}}.
- Ad revenue share for {{P6}} to be paid to IBAN {{IBAN}} from next month.
Actions: {{P3.first}} — contract; {{P4.first}} — artwork.""",
    ),
    (
        "theatre-minutes-1",
        "minutes",
        """Front of house briefing — Evita, matinee
Duty manager: {{P1}}
Ushers: {{P2.first}}, {{P3.first}}, {{P4.first}}
- Wheelchair booking for {{P5}} in row A; carer {{P6.first}}.
- Lost property: a wallet handed in belonging to {{P7}}; call {{PH}}.
- Bar opens at 13:45.""",
    ),
    (
        "escape-minutes-1",
        "minutes",
        """Ops sync
Present: {{P1.first}} (ops), {{P2.first}} (game masters), {{P3.first}} (bookings)
1. Room 2 lock fault again — {{P2.first}} to call the supplier ({{PH}}).
2. Complaint from {{P4}}: clue for Colonel Mustard card was missing. Refund approved.
3. Payroll: {{P5.first}}'s bank details changed, new acct no. {{ACCT}}.""",
    ),
    # ---------------------------------------------------------------- transcript
    (
        "iot-transcript-1",
        "transcript",
        """Agent: Thanks for calling BrightNest support, who am I speaking to?
Caller: Hi, it's {{P1}}.
Agent: And can you confirm the address on the account?
Caller: {{A}}.
Agent: Thank you. What seems to be the problem?
Caller: The camera we named "Nana Cam" keeps going offline and my partner {{P2.first}} can't see the feed.
Agent: I can see it last connected from {{IP}}. I'll send a reset link to {{E1}}.""",
    ),
    (
        "bet-transcript-1",
        "transcript",
        """[00:00:03] AGENT: OddsFellow responsible gambling team, {{P1.first}} speaking.
[00:00:07] CUSTOMER: Hi, I want to self-exclude. Name is {{P2}}.
[00:00:15] AGENT: Of course. Can I take the last four of your social?
[00:00:19] CUSTOMER: Actually the full one is {{SSN}}, it's on the form anyway.
[00:00:31] AGENT: Thanks. And a contact number?
[00:00:34] CUSTOMER: {{PH.US}}.""",
    ),
    (
        "dna-transcript-1",
        "transcript",
        """Interviewer: Tell me about your grandfather.
{{P1.first}}: His name was {{P2}}. He left {{C}} in 1952 and worked on the docks in {{C}}.
Interviewer: And your grandmother?
{{P1.first}}: {{P3}}. Everyone called her {{P3.nick}}. She never talked about {{CO}}.""",
    ),
    (
        "cruise-transcript-1",
        "transcript",
        """DIRECTOR ({{P1.first}}): Okay, tonight's line-up. {{P2.first}}, you open with the Abba set.
{{P2.UP}}: Got it.
DIRECTOR: Then the quiz with {{P3.first}}, then the comedy hour with {{P4}}.
{{P4.UP}}: Can I swap with {{P5.first}}? My flight to {{C}} leaves at six.
DIRECTOR: Fine, call me on {{PH}} if it changes.""",
    ),
    (
        "fantasy-transcript-1",
        "transcript",
        """HOST 1 ({{P1.first}}): Welcome back to the Waiver Wire. With me as always is {{P2}}.
HOST 2 ({{P2.first}}): Thanks. Big week for listeners — shout out to {{P3}} in {{C}} who won his league.
HOST 1: And {{P4.first}} from {{CO}} asked about {{P5.last}}. Send your questions to {{ER.hello}}.""",
    ),
    # ---------------------------------------------------------------- voice
    (
        "iot-voice-1",
        "voice",
        """hey assistant text {{P1.lowfirst}} that the front door camera caught someone at the gate and call {{P2.lowfirst}} on {{PH.nat}} if she doesnt answer""",
    ),
    (
        "car-voice-1",
        "voice",
        """note to self pick up the shared van from {{C.low}} station at nine then drop {{P1.low}} at the airport and remind {{W1.lowfirst}} about the fuel receipt""",
    ),
    (
        "pharmacy-voice-1",
        "voice",
        """this is {{P1.low}} calling about the repeat prescription for my mother {{P2.low}} you can reach me on {{PH.nat}} thanks""",
    ),
    (
        "garden-voice-1",
        "voice",
        """reminder email the dahlia society that {{P1.lowfirst}} and {{P2.low}} are judging the rose class and {{P3.lowfirst}} is doing the raffle""",
    ),
    (
        "reunion-voice-1",
        "voice",
        """ok google message {{P1.lowfirst}} saying found {{P2.low}} on facebook she lives in {{C.low}} now and her number is {{PH.compact}}""",
    ),
]
