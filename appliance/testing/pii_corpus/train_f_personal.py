"""Personal templates for `train_f`: lower-case and voice-to-text chat between family,
flatmates, dates, friends planning trips, neighbours and school parents, plus tool-call JSON
and CRM notes typed by busy staff. Written blind (see `train_f`).

One template a line: "shape.style| text". Styles: c = chat (as typed, lower case,
voice-to-text or all caps, chosen per prompt), l = always lower case, v = always
voice-to-text, a = as written. Slots in guillemets: «a» «b» «c» «d» given names alone,
«A» «B» full names, «w» «w2» given names that are everyday words, «sf» surname first,
«in» initials, «city» «city2» «region» «country» «addr» places, «phone» «email» «card»
«iban» «ip» «ssn» «acct» values. A literal "\\n" is a line break.
"""

from __future__ import annotations

PERSONAL = r"""
family.c| can someone pick up «a» from practice at 6, i'm stuck at work
family.c| «a» is staying over at nan's tonight so don't wait up
family.c| mum said «b» can have the spare room when he's back from «city»
family.c| has anyone heard from «a»? her phone's been off since tuesday
family.c| tell «w» dinner's at 7 not 8 and ask «a» to bring the big dish
family.c| ask «w» if she can cover the school run thursday
family.c| «a»'s flight lands in «city» at 14:35, can you get her
family.c| dad's new number is «phone» — save it under dad not «a» lol
family.c| auntie «a» and uncle «b» are driving up from «region» for the weekend
family.c| «a» and «b» are coming for sunday lunch, «c» might too
family.c| we're all at grandad's, «a», «b» and «c» say hi
family.c| reminder: «a»'s birthday is saturday, chip in for the present pls
family.c| send «a» the photos from «country», she keeps asking
family.c| did «w» ever pay you back for the tickets
family.c| «a» wants to move to «city» after uni, mum's not thrilled
family.c| text «a» and say the key is under the blue pot
family.c| my brother «a» just got engaged to «b»!!!
family.c| thank «w» for the flowers, they're gorgeous
family.c| can «a» borrow the car sat? she'll fill it up
family.l| kids' godparents: «A» and «B». both live in «city» now
flatmates.c| whoever took «a»'s oat milk pls replace it
flatmates.c| tell «w» the flat is free from the 1st if her mate still wants it
flatmates.c| «a» you left the hob on AGAIN
flatmates.c| rent split this month: «a» 480, «b» 480, me 510 (bigger room)
flatmates.c| landlord is sending someone round weds, «a» can you be in?
flatmates.c| new flatmate is called «a», she's moving in from «city» on the 3rd
flatmates.c| «a» and «b» are having people over fri, earplugs ready
flatmates.c| bins are «a»'s week not mine
flatmates.c| the parcel for «A» is on the stairs
flatmates.c| pay me back for the wifi: sort code 20-45-77 acct «acct», ta
flatmates.c| deposit goes back to «a» once the inventory is signed off
flatmates.c| ping «a» about the boiler, she has the engineer's number
flatmates.c| i told «w» she can store her bike in the hall till «month»
flatmates.l| our address for the form is «addr»
dating.c| matched with a guy called «a», he's from «city» and does climbing
dating.c| meeting «a» at the wine bar at 8, if i don't text by 10 call me
dating.c| «a» just asked me to meet his parents in «region» ???
dating.c| omg «w» texted back
dating.c| so «a» says he's "not looking for anything serious" whatever that means
dating.c| she's called «a», 29, moved here from «country» last year
dating.c| date #2 with «a» went well, we're doing the market sunday
dating.c| should i invite «a» to «b»'s party or is that too soon
dating.c| his number is «phone» if anything happens, his name's «A»
dating.c| «a» ghosted me after three dates. three.
dating.c| met «w» at the climbing wall, he's lovely
dating.v| so i met this girl «a» at the gig and she lives in «city» too
trip.c| flights booked! me, «a», «b» and «c» to «city» on the 14th
trip.c| «a» is sorting the villa, «b» the car, i'll do the ferry
trip.c| airbnb is at «addr», check in after 3
trip.c| «a», «b», «c» and «d» — passports in date pls
trip.c| who's rooming with «a»? «b» snores
trip.c| «a»'s driving from «city» to «city2», anyone want a lift
trip.c| splitting costs: send «a» £85 each, her iban is «iban»
trip.c| road trip through «region» then a night in «city»
trip.c| drop off «a» at the station, she's getting the 7:40 to «city»
trip.c| meet «a» and «b» at the arrivals gate in «city»
trip.c| cant believe «w» forgot her passport again
trip.c| «a» wants to extend to «country» for a week, i'm in
trip.c| is «a» still coming to «region» or did she bail
trip.l| villa host is «A», her whatsapp is «phone»
trip.v| ok so we land in «city» at ten and «a» picks us up
neighbours.c| hi it's «a» from number 12, is this your cat in my shed
neighbours.c| «a» at no. 4 is away till monday, i'm feeding the fish
neighbours.c| anyone know whose van is blocking «addr»
neighbours.c| welcome to the street «a» and «b»! there's a bbq on the 21st
neighbours.c| the new people at 9 are «A» and her son
neighbours.c| «w» next door said the bins go out wednesday now
neighbours.c| if the parcel comes for «a» can you take it in
neighbours.c| lost keys found outside «addr» — message «a»
neighbours.c| big thanks to «a» for clearing the snow off the path
neighbours.c| «a»'s dog got out again, he's heading toward the park
neighbours.c| residents' meeting at «a»'s, bring a chair
school.c| can anyone take «a» home on thursday? «b»'s off sick
school.c| «a»'s mum here, is the trip form due friday?
school.c| «a» and «b» are in the same group for the project
school.c| swimming lift rota: mon «a», wed «b», fri «c»
school.c| tell «a» the costume needs to be in by monday
school.c| who's the new teacher? «A» i think
school.c| invite «a», «b», «c» and «d» to the party, 20 max
school.c| pickup is «a»'s dad today, he's in a red car
school.c| «w» did the cake stall, amazing
school.c| «a» left her coat at ours, will drop off tomorrow
school.c| class rep is «A», contact «email» with questions
school.l| sorry «a» can't come to football, she's got a temperature
friends.c| hey «a»! long time, are you still in «city»?
friends.c| «a»
friends.c| you coming tonight «a»
friends.c| miss you «a» x
friends.c| «a» lol no
friends.c| omg «a» you legend
friends.c| is «w» coming or not
friends.c| «w» and «w2» are late as usual
friends.c| say hi to «a» for me
friends.c| meet «a» outside the cinema at 7?
friends.c| call «a», she's been trying to reach you
friends.c| text «a» the address, she's lost
friends.c| thank «a» for me, best night in ages
friends.c| «a», «b» and «c» are at the pub already
friends.c| «a» got the job in «city»!!
friends.c| «a» says she'll be back from «country» in june
friends.c| happy birthday «a»!!! 🎉
friends.c| ask «w» if he still has my drill
friends.c| bumped into «A» at the station, remember her?
friends.c| «a» «b» and me are doing the quiz thurs
friends.c| «a» is moving to «region», i'm gutted
friends.c| congrats to «a» and «b» on the baby!
friends.c| send me «a»'s number pls
friends.c| her number is «phone» btw
friends.c| («a» says she'll pay you back)
friends.c| "ask «a»" he said. so i asked «a» and she said no
friends.c| heads up: «a» is bringing «b»
friends.c| tell «w=rose» i'll ring her later
flatmates.l| tell «w=rose» the flat is free from monday
voice.v| hey siri text «a» running ten minutes late
voice.v| remind me to call «a» at five about the car
voice.v| send a message to «a» saying happy birthday love you
voice.v| call «A» mobile
voice.v| message «w» can you grab milk on the way home
voice.v| directions to «a»'s house in «city»
voice.v| tell «a» and «b» i'm outside
voice.v| navigate to «addr»
voice.v| ok so «a» said she would meet us at the station in «city» at noon
voice.v| note to self ask «a» about the deposit and ring «b» tomorrow
voice.v| add «a» to the shopping list chat
voice.v| play the playlist «a» made for the trip
voice.v| my card number is «card» expiry next june
group.a| [18:02] «a»: who's got the charger\n[18:03] «b»: me\n[18:03] «a»: bring it to «c»'s
group.a| «a»: lunch?\n«b»: 1pm\n«a»: ok tell «c»
group.a| «A»: we're at the gate\n«B»: in the queue, 5 min
group.a| mum: where are you\n«a»: at «b»'s\nmum: home by 10
group.a| «a» (12:41): has anyone got «w»'s number\n«b» (12:44): «phone»
mention.a| @«a» can you grab the tickets, @«b» has the code
mention.a| thanks @«a» for organising, and @«b» for the cake
mention.a| @«w» are you still good for saturday?
mention.l| cc @«a» @«b» re the bbq, «c» is bringing the grill
mention.a| @«a» @«b» @«c» — room list is up, check your names
toolcall.a| {"tool": "send_sms", "args": {"to": "«phone»", "body": "hi «a», your table for 4 is confirmed"}}
toolcall.a| {"name": "create_contact", "arguments": {"name": "«A»", "phone": "«phone»", "email": "«email»"}}
toolcall.a| {"tool":"calendar.add","args":{"title":"coffee w/ «a»","where":"«city»","when":"2024-05-03T10:00"}}
toolcall.a| call tool reminders.create with {"text": "pick up «a» from «addr»", "at": "17:30"}
toolcall.a| {"function": "lookup_customer", "parameters": {"full_name": "«A»", "city": "«city»"}}
toolcall.a| {"action":"transfer","payee":"«A»","iban":"«iban»","amount":"120.00","ref":"rent may"}
toolcall.a| {"tool": "book_taxi", "pickup": "«addr»", "passenger": "«a»", "contact": "«phone»"}
toolcall.a| {"tool":"whitelist_ip","ip":"«ip»","owner":"«A»","note":"home router"}
toolcall.a| {"tool": "send_email", "to": "«email»", "subject": "hi «a»", "body": "see you in «city»!"}
toolcall.a| tool_call: update_profile(user_name="«A»", ssn="«ssn»", state="«region»")
toolcall.a| {"messages":[{"role":"user","content":"write a birthday card for «a» from «b» and «c»"}]}
toolcall.a| {"tool": "charge_card", "card": "«card»", "holder": "«A»", "amount": 42.5}
crm.l| cust «A» rang re refund, cb on «phone» pls. lvm x2
crm.l| spoke w/ «a» (wife of acct holder), wants paperless. acct «acct»
crm.l| «sf» - moved to «city», new addr «addr», upd sys
crm.l| cx «a» v unhappy, 3rd call, escalate to tl. tel «phone»
crm.l| dd failed, acct no «acct», cust «A» to call back tmrw
crm.l| «in» called, wants card ending cancelled, full no «card» (verified)
crm.l| note: «a» from «city» branch says docs sent. email «email»
crm.l| iban on file «iban» belongs to «A», not the spouse
crm.l| ssn «ssn» confirmed for «sf», pending kyc
crm.l| callback req'd - «a» / «phone» / after 5pm only
crm.l| met «A» + «B» at viewing, keen, 2nd viewing sat. they're relocating from «country»
crm.l| «a» on reception took the msg, cust is «A»
crm.l| login from «ip» flagged for «A», pw reset sent to «email»
crm.l| t/c w «sf» re arrears, agreed plan 50/mo from checking account «acct»
crm.l| vip: «A» (mrs), prefers «a», lives «region»
crm.l| refund to acct «acct» for «in», ref 5521, done
crm.l| «a»'s line manager «A» will sign it off
email.a| Hi «a»,\n\nThanks for the lift on Sunday. Ping me when you're back from «city».\n\n«b»
email.a| hey «a»\nattached the photos from the weekend\nx «b»
email.a| Hi all,\n\n«A» has kindly offered to host on the 12th at «addr». Bring a dish!\n\nCheers,\n«b»
email.a| Dear «A»,\nYour booking for 2 nights in «city» is confirmed.\nQuestions? Call «phone».
email.a| ---\n«A»\nParent rep, Year 4\n«phone» | «email»
email.a| best,\n«in»\n«addr»
email.a| thanks so much!\n\n— «a»\nsent from my phone
csv.a| name,room,paid\n«a»,1,yes\n«b»,2,no\n«c»,3,yes
csv.a| guest,plus_one,diet\n«A»,«b»,veg\n«B»,,none
csv.a| "«sf»","«city»","«phone»"
csv.a| driver;seats;from\n«a»;3;«city»\n«b»;4;«city2»
html.a| <li>«A»</li><li>«B»</li>
html.a| <p>Welcome to the street, <b>«a»</b>!</p>
html.a| <td>«sf»</td><td>«city»</td><td>«email»</td>
html.a| <guest name="«A»" city="«city»"/>
html.a| <contact><name>«A»</name><tel>«phone»</tel></contact>
code.a| # TODO: ask «a» about the rota script\nrota = ["«b»", "«c»", "«d»"]
code.a| send_invite("«email»", first_name="«a»")  # «a» from the climbing club
code.a| const flatmates = ['«a»', '«b»', '«c»']; // «a» pays the wifi
code.a| // fixed for «a»: her address «addr» broke the parser
log.a| 2024-03-02T18:44:10Z INFO sms.sent to=«phone» name="«a»"
log.a| WARN login failed user=«A» ip=«ip»
log.a| [notify] reminder delivered to «A» (<«email»>)
log.a| 12:01:44 geo lookup «ip» -> «city», «country»
friends.v| lol «a» is so dramatic
friends.c| «A»
friends.c| «a» «b»
friends.c| ok but has «a» met «w» yet
family.c| «w=Will» and «w=Grace» are late, start without them
family.c| «a»'s car is in the garage till friday so she needs a lift
trip.c| «a»'s passport photo is in the drive, «b» check the expiry
school.c| the bake sale raised 400 for the library — thanks «a» and «w»!
crm.l| caller «a» «b»? spelling unclear. asked to email «email»
neighbours.c| «a» from «country» is renting the flat upstairs
dating.c| NOT going out with «a» again
friends.c| ARE YOU COMING «a»
school.c| pick up «a» and «b» at 3:15 pls, i'll drop off «c»
family.c| «w» is in hospital in «city», ward 7, visiting 2-4
"""
