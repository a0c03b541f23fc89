"""Ambiguous words of `train_s`: English given names that are also common words, flowers,
gems, months, virtues and weather, with their non-person uses (format: `train_s_lexicon`)."""

from __future__ import annotations

from appliance.testing.pii_corpus.train_s_lexicon import parse

_BLOCK = """
Hope | wf | the Cape of Good Hope; a hope chest; ~we [hope] the parcel arrives before half-term
  ; ~there is still [some hope] for the old printer
Faith | w | a leap of faith; ~the school is a [faith school] with a small chapel; acting in good faith
  ; ~we signed it [in good faith]
Joy | w | the joy of cooking; ~the new standing desk is [a joy] to use; a joystick for the simulator
  ; ~the kids jumped [for joy] when the snow day was announced
Grace | w | the grace period; Amazing Grace; a grace note; ~the invoice has a ten-day [grace period]
  ; ~we always [say grace] before Sunday lunch; ~the surgery gives a [grace period] for late arrivals
Will | m | ~I [will be] late for the standup; a living will; the last will and testament
  ; ~it [will rain] all afternoon; ~the solicitor has [the will] in a sealed envelope
Mark | mf | the Mark II; a question mark; ~please [mark as read] everything older than a week
  ; the high-water mark; ~the teacher will [mark the essays] over the weekend; a birthmark check
Bill | m | the gas bill; the Bill of Materials; a bill of lading; ~can we [bill the client] for March
  ; ~the [phone bill] went up again; the duck's bill
Frank | mf | a frank conversation; the Swiss franc and the old French frank; ~to be [frank] the budget is tight
  ; a frankfurter roll; ~the envelope needs a [franking machine] stamp
Grant | mf | the research grant; a grant application; ~we cannot [grant access] to the shared drive
  ; ~the school won a [grant] for new laptops; a student grant letter
Chase | mf | a car chase; ~the accounts team will [chase the invoice] tomorrow; ~please [chase up] the lab results
  ; a paper chase
Hunter | mf | a bargain hunter; Hunter boots; ~the [job hunter] sent a second cover letter; a hunter green jacket
Drew | m | ~the toddler [drew] on the wall again; ~the match [drew] a big crowd; ~the two teams [drew] nil-nil
Pat | u | a pat on the back; a pat of butter; ~he [pat] the dog twice; ~she had her answers [off pat]
Rob | m | ~they tried to [rob] the corner shop; ~those fees [rob] us of any savings; ~please do not [rob Peter to pay Paul]
Sue | w | ~the supplier may [sue] for breach of contract; ~they threatened to [sue the landlord]
Jack | m | a car jack; the jack of hearts; a headphone jack; ~we need to [jack up] the trailer
  ; jack of all trades; ~the [audio jack] on the old laptop is loose
Ray | mf | a ray of sunshine; an X-ray appointment; a manta ray; ~the [X-ray] results came back clear
  ; ray tracing on the new graphics card
Sandy | w | a sandy beach; ~the floor is [sandy] after the school trip; sandy soil in the garden
Rusty | m | a rusty bike chain; ~my French is a bit [rusty]; ~the gate hinge is [rusty] again
Dawn | w | the crack of dawn; ~the bakery opens [at dawn]; the dawn chorus; dawn raids on the news
April | w | April Fools Day; ~rent goes up [in April]; the April payroll run; ~the clocks change [in April]
May | w | the May bank holiday; ~you [may] need a new password; ~we [may] close early on Friday; a May Day parade
June | w | the June invoice; ~school breaks up [in June]; June bugs in the garden; the June board meeting
Summer | w | the summer term; summer camp; ~the office is quiet [in summer]; a summer fete for the school
Autumn | w | the autumn term; autumn leaves in the gutter; ~the flu jabs start [in autumn]; the autumn budget
Sky | u | Sky Sports; a sky-blue folder; ~the [sky] was clear for the school trip; the sky box in the lounge
River | u | river water samples; the River Island sale; ~the [river] burst its banks; a river cruise brochure
Brook | wf | a babbling brook; ~the [brook] behind the school floods every spring; brook trout on the menu
Storm | u | a storm warning; Storm Ciara; a brainstorm session; ~the [storm] knocked out the power
  ; ~the kids had a [brainstorm] about the science fair
Star | w | a five-star review; the star anise; a star chart for the toddler; ~the hotel lost [a star]
  ; ~the app has [4.5 stars] on the store
Honey | w | a jar of honey; honey mustard dressing; a honey trap; ~the [honey] from the school hives sold out
Ginger | w | ginger tea; a ginger biscuit; ginger beer; ~add a thumb of [fresh ginger] to the soup
  ; ~our [ginger cat] knocked over the vase
Pepper | w | black pepper; a pepper grinder; Dr Pepper; pepper spray; ~the recipe needs [red pepper] flakes
  ; stuffed peppers for the school lunch
Sage | w | sage and onion stuffing; a sage green sofa; ~the [sage] in the herb bed has gone woody
Basil | m | basil pesto; a basil plant on the windowsill; Thai basil; ~the [basil] needs watering daily
Ruby | w | a ruby wedding anniversary; Ruby on Rails; ruby port; ~the [ruby] in the ring is chipped
Amber | w | an amber warning; amber ale; ~the traffic light turned [amber]; an amber necklace
  ; ~the dashboard shows an [amber light] for the tyres
Jade | w | a jade plant; jade green tiles; ~the [jade] bracelet was appraised at the shop
Pearl | w | a pearl necklace; pearl barley; Pearl Harbor documentary; ~the [pearl] buttons came loose
  ; ~the child was treated for a [pearl] stuck in her ear
Crystal | w | a crystal vase; crystal clear audio; crystal meth; ~the [crystal] on my watch is scratched
Ivy | w | ivy on the garden wall; poison ivy; the Ivy League; ~the [ivy] is pulling the gutter off
Holly | w | a holly wreath; holly berries; Hollyoaks; ~the [holly] bush needs trimming before Christmas
Hazel | w | hazel eyes; a hazel tree; hazelnut spread; ~the [hazel] hedge is full of nuts
Olive | w | olive oil; an olive branch; olive green; a drizzle of [olive oil] on the salad
  ; ~the [olive] tree on the patio survived the frost
Iris | w | the iris of the eye; an iris scanner; ~the [iris] bulbs are coming up; iris recognition at the gate
Daisy | w | a daisy chain; Daisy Duck; a daisy wheel printer; ~the [daisy] chain kit is in the craft box
Lily | w | a peace lily; lily pads on the pond; ~the [lily] pollen stained the tablecloth; lily of the valley
Rose | w | a rose garden; rose wine; a rosehip syrup; ~the [roses] need deadheading; the Rose Bowl
  ; ~prices [rose] by four percent in March
Violet | w | a violet crumble; shrinking violet; ultraviolet light; ~the [violet] ink stains everything
Heather | w | heather on the moors; heather honey; ~the [heather] in the planter turned brown
Robin | u | a robin on the bird table; round robin scheduling; Robin Reliant; ~a [round robin] email went to all parents
Penny | w | a penny for your thoughts; penny loafers; ~the [penny] dropped eventually; a penny-farthing bicycle
Kit | m | a first aid kit; the PE kit; a drum kit; ~the [football kit] needs washing by Thursday
  ; a starter kit for the new hire
Cliff | mf | a cliff edge; cliff jumping; ~the budget [cliff] in March worries everyone; the cliff walk
Dale | mf | up hill and down dale; the dale walking guide; ~the sheep graze in the [dale] all summer
Glen | mf | a glen check jacket; ~the [glen] below the farm floods in spring; Glenfiddich whisky
Heath | mf | heath and moorland; the heath fire; Heathrow Express; ~the [heath] is closed for nesting birds
Lane | uf | the bus lane; a memory lane album; ~the [fast lane] is closed for roadworks; swim lane diagrams
Wade | mf | ~we had to [wade] through two hundred emails; ~the kids [waded] across the stream
Reed | mf | reed beds; a reed diffuser; a saxophone reed; ~the [reed] on my clarinet split
Cole | mf | a tub of coleslaw; ~the [coleslaw] ran out at the barbecue; cole crops in the allotment
Gene | m | gene therapy; a gene test; ~the [gene] panel results take six weeks; the gene pool
Guy | mf | a guy rope; Guy Fawkes night; ~the [guy] from IT fixed the printer; the fall guy
Art | m | the art room; art supplies; ~the kids loved the [art] lesson; state of the art
Bob | m | a bob haircut; ~the boats [bob] in the harbour; ~it costs a few [bob]; a bob sleigh run
Chip | m | a chip and PIN machine; a chocolate chip cookie; ~the [chip] in the windscreen grew
  ; ~the new [M2 chip] is fast
Buck | m | ~the [buck] stops here; a buck and a doe; a few bucks for lunch; ~we got more [bang for the buck]
Bud | m | a rose bud; taste buds; ~nip it [in the bud]; ~the [buds] on the apple tree are late
Don | m | ~please [don] the hairnet before entering; the college dons; ~staff must [don gloves] in the lab
Rich | mf | a rich sauce; ~the cake is too [rich] for the kids; rich text format; rich tea biscuits
Sunny | u | a sunny day; sunny side up; ~the forecast is [sunny] for sports day
Miles | mf | air miles; ~the school is two [miles] away; miles per gallon; a miles tracker app
Chance | m | a chance of rain; ~there is a [chance] of showers at lunch; a game of chance; ~we will [take a chance]
Dean | mf | the dean of students; the dean's list; ~the [dean] approved the extension
Earl | mf | Earl Grey tea; an earl's coronet; a pot of [Earl Grey] for table four
Duke | mf | the Duke of Edinburgh award; Duke Nukem; ~the [Duke of Edinburgh] expedition is in May
Prince | mf | Prince Charming; the Prince of Wales pub; ~the [Prince] biscuits are on the top shelf
Major | mf | a major incident; the major version; ~it is a [major] release; a music major; major surgery
Sterling | mf | pound sterling; sterling silver; ~prices are in [sterling] only; a sterling effort
Carol | w | a Christmas carol; carol singers; ~the school [carol service] is on Thursday
Harmony | w | Harmony Hall; ~the choir sang in [harmony]; harmony in the workplace training
Melody | w | a catchy melody; ~the [melody] is stuck in my head; the melody line of the anthem
Destiny | w | Destiny 2 on the console; ~it felt like [destiny]; manifest destiny
Trinity | w | Trinity term; the Holy Trinity; ~the [Trinity] exam board sent certificates
Charity | w | a charity shop; a charity run; ~the school raised money for [charity]; charity bake sale
Patience | w | a game of patience; ~the helpline needs more [patience]
Prudence | w | financial prudence; ~the auditors urged [prudence]; a prudence review
Constance | w | the Lake Constance ferry; ~the [Constance] ferry timetable changed in May
Mercy | w | a mercy dash to the pharmacy; ~the court showed [mercy]; the Mercy Hospital chapel
Honor | w | an honor roll; ~the [honor code] forbids phones in exams; a guard of honor
Liberty | w | Liberty prints; the Statue of Liberty; civil liberty; ~we took the [liberty] of booking a room
Candy | w | candy floss; a candy cane; Candy Crush; ~the kids ate all the [candy] before dinner
Cherry | w | cherry tomatoes; cherry blossom; a cherry picker; ~we [cherry pick] the best bids
Poppy | w | a remembrance poppy; poppy seed bagels; ~the [poppy] appeal stand is in reception
Jasmine | w | jasmine rice; jasmine tea; ~the [jasmine] by the porch smells lovely
Fern | w | a fern in the bathroom; ~the [ferns] in the shade garden are thriving; fern green
Willow | w | a weeping willow; willow pattern plates; the [willow] den at the nursery
Aspen | w | an aspen grove; Aspen ski trip brochure; ~the [aspen] leaves shake in the wind
Laurel | w | a laurel hedge; bay laurel; ~do not [rest on your laurels]
Clover | w | a four-leaf clover; clover honey; ~the lawn is half [clover]
Blossom | w | cherry blossom season; orange blossom water; ~the [blossom] is early this year
Ash | mf | an ash tray; ash dieback; volcanic ash; ~the [ash] cloud grounded flights; Ash Wednesday
Rowan | mf | rowan berries; a rowan tree by the gate; ~the [rowan] jelly is too sour
Forrest | mf | Forrest Gump; ~the kids quoted [Forrest Gump] all evening
Bay | uf | bay leaves; the loading bay; a bay window; ~park in [bay 12] tomorrow; eBay listings
Coral | w | a coral reef; coral pink paint; ~the [coral] bleaching report is out
Opal | w | an opal ring; opal fruits; ~the [opal] in the brooch is cracked
Beryl | w | a beryl crystal; ~the [beryl] sample in the geology lab is green
Jewel | w | the jewel in the crown; a jewel case; ~the [crown jewels] tour sold out
Ebony | w | ebony and ivory; ebony piano keys; an ebony chopping board
Eve | w | New Year's Eve; Christmas Eve; ~the office closes early on [Christmas Eve]
Angel | u | angel food cake; an angel investor; ~the nativity [angel] costume needs wings
Bunny | w | the Easter bunny; bunny ears; a bunny slope; ~the [bunny] hopped out of its hutch
Dolly | w | a dolly trolley; a dolly zoom; ~we moved the fridge on a [dolly]
Sally | w | a Sally Lunn bun; ~the troops [sally] forth; Sally Army shop
Jerry | m | a jerry can; ~fill the [jerry can] before the trip; jerry-built sheds
Jimmy | m | ~he had to [jimmy the lock] on the shed; jimmy bars in the toolkit
Billy | m | a billy goat; a billycan for the camp; ~the [billy goat] in the petting zoo bites
Bobby | m | a bobby pin; ~the [bobby pins] are in the top drawer; bobby socks
Peg | w | a clothes peg; a tent peg; ~hang the coats [on the pegs]; peg board
Tiffany | w | a Tiffany lamp; Tiffany blue box; ~the [Tiffany lamp] in the hallway flickers
Rex | m | a T. rex skeleton; ~the kids love the [T. rex] at the museum; Rex rabbit
Max | m | max speed; the max dose; ~do not exceed the [max dose] of four tablets; ~the card is [maxed out]
Lance | mf | a lance corporal; ~the nurse will [lance] the boil; a lance of light
Rod | m | a fishing rod; a curtain rod; ~the [lightning rod] on the church needs checking
Nick | m | in the nick of time; ~someone will [nick] my bike; ~the shed is in good [nick]
Matt | m | a matt finish; matt black paint; ~the prints come in [matt] or gloss
Jay | mf | a blue jay; ~a [jay] raided the bird feeder; jaywalking
Raven | w | a raven on the tower; raven black hair; ~the [ravens] at the Tower are famous
Wren | w | a wren in the hedge; ~a [wren] nested in the shed; the wren box
Lark | w | a lark at dawn; ~we did it [for a lark]; skylark song
Dove | w | a dove of peace; Dove soap; ~the [dove] coos on the chimney at six
Fawn | w | a fawn coat; ~a [fawn] wandered into the school field; fawn coloured paint
Skye | w | a Skye terrier; ~the [Skye terrier] at the vet needs a booster
Misty | w | misty mornings; ~the hills were [misty] on the school trip; misty windows
Rain | u | a rain check; rain boots; ~the [rain] flooded the car park; acid rain project
Bliss | w | domestic bliss; ~the new chair is [bliss]; ignorance is bliss
Felicity | w | ~she spoke with great [felicity]; a felicity of phrase
Sonny | m | ~the [sonny] boy comment annoyed him; sonny jim
Noble | mf | a noble gas; ~neon is a [noble gas]; a noble cause
Pierce | mf | ~the nurse will [pierce] the seal; ~do not [pierce] the film lid
Royal | mf | the Royal Mail; royal icing; ~the parcel went by [Royal Mail]; a royal blue tie
Sparrow | wf | a house sparrow; sparrow hawk; ~a [sparrow] flew into the classroom
Goldie | w | a goldie oldie playlist; goldie locks zone
Tuesday | w | Shrove Tuesday; Super Tuesday; ~the [Tuesday] team meeting moved
Sunday | uf | Sunday roast; Sunday school; ~the [Sunday] market is closed; Sunday best
Marigold | w | marigold gloves; ~the [marigolds] keep aphids off; a marigold garland
Myrtle | w | myrtle berries; lemon myrtle tea; ~the [myrtle] hedge flowered
Poppet | w | ~the toddler is a real [poppet]; a poppet valve
Cash | mf | cash only; a cash machine; ~the canteen is [cash] free now; petty cash tin
Ace | m | an ace of spades; ~she will [ace] the exam; an ace serve; ace bandage
Blue | u | blue cheese; blue tack; ~the [blue folder] is in the staff room; a blue badge parking permit
Sable | w | a sable brush; sable fur; ~the [sable] paintbrushes are for art club only
Birdie | w | a birdie on the fourth hole; ~she made a [birdie] on the ninth
Teal | w | a teal duck; teal paint in the hallway; ~the [teal] folders are for year nine
Brandy | w | brandy butter; brandy snaps; a splash of [brandy] in the sauce
Tansy | w | tansy flowers; ~the [tansy] in the meadow is toxic to cattle
"""

WORDS = parse(_BLOCK, "en", "given")
