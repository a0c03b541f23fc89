"""Ambiguous words of `train_s`: English family names that are words for trades, ranks,
qualities and sizes, with their non-person uses in office, school, health and family life
(format: `train_s_lexicon`)."""

from __future__ import annotations

from appliance.testing.pii_corpus.train_s_lexicon import parse

_BLOCK = """
Baker | f | a baker's dozen; the baker's invoice; ~the [baker] on the corner sells out by nine
  ; ~the school [baker] delivers rolls on Mondays; Baker Street station
Cook | f | a slow cook setting; ~the [cook] in the canteen is off sick; ~please [cook] the rice for twelve minutes
  ; the head cook's rota; ~we take turns to [cook] on weekdays
Mason | f | a mason jar; ~the [stone mason] quoted for the wall; ~label the [mason jars] for the fete
Porter | f | a hospital porter; a pint of porter; ~the [night porter] has the spare key
  ; ~ask the [porter] to take the bed to ward six
Turner | f | a page turner; ~the [turner] at the workshop cut the shaft; a lathe turner apprenticeship
Taylor | f | a Taylor series expansion; Taylor Woodrow plc; ~the [Taylor] guitar needs new strings
  ; ~we bought a [Taylor's] port for the party
Miller | f | Miller Lite; a miller's thumb; ~the [miller] still grinds flour by hand; Miller indices
Fisher | f | Fisher-Price toys; a fisher cat; ~the [kingfisher] nests by the canal
Carpenter | f | a carpenter bee; ~the [carpenter] fixed the classroom door; carpenter's pencil
Potter | f | a pottery class; ~we [potter] around the garden on Sundays; Harry Potter books
  ; ~the [potter's wheel] in the art room is broken
Walker | f | a dog walker; a baby walker; Johnnie Walker whisky; ~the [dog walker] comes at noon
  ; ~grandad needs a [walker] after the hip operation
Hill | f | a hill start; ~the car park is up the [hill]; hill walking boots; ~we are over the [hill] on this project
Stone | f | a kidney stone; ~she lost a [stone] since January; stone fruit; ~the [kidney stone] passed overnight
  ; a stone wall
Wood | f | a wood burner; wood glue; ~the desk is solid [wood]; ~touch [wood] the scan is clear
Marsh | f | a salt marsh; marsh gas; ~the [marsh] floods at high tide; marshmallows for the campfire
Moss | f | moss on the roof; sphagnum moss; ~the [moss] on the patio is slippery; a rolling stone gathers no moss
Frost | f | a hard frost; frost on the windscreen; ~the [frost] killed the seedlings; frosted glass
  ; ~Jack Frost is nipping at your nose
Snow | f | a snow day; snow chains; ~school is closed because of [snow]; snow peas in the stir fry
Winter | f | winter tyres; the winter fuel payment; ~the boiler broke [in winter]; a winter coat drive
Day | f | a day trip; Boxing Day; ~the nursery is closed [for the day]; a day pass; a sick day
Knight | f | a knight in chess; ~move the [knight] to f3; a knight in shining armour
Bishop | f | the bishop's palace; ~the [bishop] takes on the diagonal; ~the [bishop] visited the school
King | f | a king-size duvet; the king prawns; ~the [king] of spades is missing; King's Cross station
Price | f | the price list; The Price is Right; ~the [price] went up by ten percent; price match promise
  ; ~the school trip [price] includes lunch
Banks | f | river banks; ~both [banks] closed our branch; ~the food [banks] need tins
Gates | f | the school gates; ~the [gates] open at eight; airport gates; ~the [gates] to the car park are stuck
Bell | f | the school bell; a bell pepper; ~the [bell] rang early; Taco Bell; ~ring the [bell] for reception
Church | f | the church hall; ~the [church] fete is on Saturday; church bells; ~the [church hall] is booked for the party
Rice | f | brown rice; rice pudding; ~the [rice] is undercooked; a rice cooker; rice paper rolls
Bush | f | a rose bush; bush tea; ~do not beat about the [bush]; ~the [bush] by the gate needs cutting
Long | f | a long weekend; ~the meeting ran [long]; ~how [long] is the waiting list; long division homework
Little | f | a little later; ~the baby slept [a little] better; Little Mix; ~we have [little] time left
Young | f | young carers; ~the night is [young]; young offenders unit; ~the [young] ones nap at one
Brown | f | brown bread; a brown envelope; ~the leaves turned [brown]; brown sauce
White | f | white bread; a white paper; ~the walls are [white]; white noise machine; ~the [whiteboard] is full
Black | f | Black Friday; black pepper; ~the screen went [black]; black ice on the road; ~the account is in the [black]
Green | f | a green light; ~the [green] bin is collected Tuesdays; green tea; the village green
  ; ~the traffic light turned [green]
Gray | f | gray hair; Earl Gray; a gray area; ~the sky is [gray] again; gray squirrels
Grey | f | Earl Grey; a grey area; ~the [grey] uniform jumpers are on sale; Grey's Anatomy
Fox | f | Fox News; a fox in the bins; ~the [fox] got into the chicken run; a fox terrier
Wolf | f | a wolf whistle; a wolf in sheep's clothing; the boy who cried [wolf]; wolf spiders
Lamb | f | roast lamb; lamb chops; ~the [lamb] is overcooked; a lamb's wool jumper
Hunt | f | a treasure hunt; an Easter egg hunt; ~the job [hunt] is going slowly; ~we [hunt] for parking every morning
Sharp | f | Sharp electronics; a sharp knife; ~the meeting starts at nine [sharp]; a sharps bin
  ; ~dispose of needles in the [sharps bin]
Smith | f | a locksmith; a blacksmith's forge; ~the [locksmith] comes at four; a wordsmith
Wright | f | a playwright; a wheelwright; ~the [shipwright] repaired the hull
Weaver | f | a weaver bird; ~the [weaver] at the craft fair sold rugs; basket weaver workshop
Butler | f | a butler sink; the [butler's] pantry; butler service at the hotel
Cooper | f | Cooper Tires; the Mini Cooper; ~the [cooper] made the barrels; ~we rented a [Mini Cooper]
Draper | f | a draper's shop; ~the [draper] sold curtain fabric by the yard
Fletcher | f | ~the [fletcher] fitted new feathers to the arrows; a fletcher's knife
Thatcher | f | ~the [thatcher] is redoing the cottage roof; a thatcher's rake
Tanner | f | a tanner's yard; ~the [tanner] works with oak bark; a tanner coin
Glover | f | ~the [glover] stitched the leather gloves; a glover's needle
Archer | f | an archer fish; ~the [archer] hit the bullseye; The Archers on the radio
Bowman | f | ~the [bowman] rowed at the front; a bowman in the crew
Chandler | f | a ship chandler; ~the [chandler] sells rope and paint; a wax chandler
Shepherd | f | shepherd's pie; a German shepherd; ~the [shepherd] counted the flock; shepherd's hut
Farmer | f | a farmer's market; ~the [farmers] market is on Saturday; a dairy farmer
Gardener | f | ~the [gardener] comes on Thursdays; a gardener's trug; Gardeners' World
Gardner | f | Gardner diesel engines; ~the [Gardner] engine on the narrowboat was rebuilt
Fowler | f | a wild fowler; ~the [wildfowler] permit expires in March; Fowler's Modern English Usage
Forester | f | the Subaru Forester; ~the [forester] marked the trees for felling
Ward | f | the children's ward; ward six; ~the patient moved to [ward seven]; ~visiting hours on the [ward] end at eight
Marshall | f | a Marshall amp; ~the [Marshall] speaker is too loud; Marshall Plan history
Page | f | the front page; page 14; ~please turn to [page 12]; a page boy; ~the [page] will not load
  ; ~the nurse will [page] the doctor
Clerk | f | a court clerk; the town clerk; ~the [clerk] stamped the form; clerk of works
Dyer | f | ~the [dyer] uses indigo from the garden; a dyer's plant
Slater | f | ~the [slater] fixed the roof tiles; slaters in the garden shed
Sawyer | f | a sawyer beetle; ~the [sawyer] cut the oak into boards; Tom Sawyer
Barber | f | a barber shop; ~the [barber] is closed on Mondays; barber pole
Skinner | f | a Skinner box; the [skinner] at the tannery; a fur skinner
Salter | f | Salter scales; ~the [Salter] bathroom scales need a battery
Spicer | f | a spicer's stall at the market; Spicer axles on the van; ~the [Spicer] joint on the prop shaft failed
Booker | f | the Booker Prize; ~the [Booker] shortlist is out; a booker at the agency
Abbott | f | Abbott Laboratories; ~the [Abbott] glucose sensor fell off
Pope | f | the pope's visit; ~the [pope] spoke on the radio; a popemobile model
Monk | f | a monk's bench; monkfish; ~the [monks] make beer; monk fruit sweetener
Lord | f | the House of Lords; Lord of the Flies; the [Lord's Prayer] in assembly
Baron | f | a media baron; a baron of beef; ~the [drug baron] was sentenced
Squire | f | ~the [squire] owned the whole village; a country squire
Justice | f | the Ministry of Justice; a justice of the peace; ~the photo does not do it [justice]
Law | f | Murphy's law; family law; ~the [law] changed in April; a law firm; employment law advice
Power | f | a power cut; power steering; ~the [power] went off at school; Power BI dashboard
Strong | f | strong coffee; ~the wifi signal is [strong]; a strong password
Hardy | f | a hardy perennial; ~these [hardy] plants survive frost; hardy annuals
Wise | f | ~it would be [wise] to back up; a penny wise; wise men in the nativity
Moody | f | moody lighting; ~the toddler is [moody] after nap time; a moody teenager
Best | f | best before date; ~the [best] option is to wait; best wishes; ~check the [best before] date
Swift | f | a swift reply; Suzuki Swift; Swift code; ~the [swifts] are back under the eaves; SWIFT transfer
Bright | f | a bright idea; ~the screen is too [bright]; bright blue paint
Sweet | f | sweet potato; a sweet shop; ~the tea is too [sweet]; sweet peas; ~the kids want [sweets]
Hale | f | hale and hearty; ~grandma is still [hale] at ninety
Armstrong | f | armstrong patent steering; ~the old truck has [armstrong] steering
Truman | f | the Truman Show; ~we watched [The Truman Show] in film club
Foot | f | foot and mouth; a foot pump; ~my [foot] is swollen after the run; athlete's foot cream
Head | f | Head and Shoulders shampoo; a head lice letter; ~the [head] of maths retired; head office
  ; ~the nurse checked the [head lice]
Hand | f | hand sanitiser; a hand-me-down coat; ~wash your [hands] before lunch; hand cream
Bone | f | a bone density scan; ~the dog buried a [bone]; bone marrow donor register; funny bone
Brain | f | brain fog; a brain teaser; ~the [brain scan] came back normal; brain freeze
Bacon | f | bacon sandwiches; crispy bacon; ~bring home the [bacon]; ~the [bacon] rolls are gone
Bullock | f | ~the [bullock] broke through the fence; a young bullock
Crane | f | a tower crane; a paper crane; ~the [crane] on the building site swings over the school
Hawk | f | a sparrow hawk; hawk moth; ~watch the kids like a [hawk]
Finch | f | a goldfinch; a zebra finch; ~the [finches] empty the feeder every day
Nightingale | f | a nightingale sings; Nightingale wards; the [nightingale] floor in the temple
Peacock | f | a peacock butterfly; peacock blue; ~the [peacock] screamed all night
Swan | f | a swan on the lake; swan song; ~the [swans] have cygnets again; Swan Vestas matches
Drake | f | a [drake] and two ducks on the pond; drake feathers
Crow | f | a crow's nest; as the crow flies; ~a [crow] stole the sandwich; crow's feet cream
Bird | f | a bird feeder; bird flu; ~the [bird] hit the classroom window; early bird discount
Salmon | f | smoked salmon; salmon fillet; ~the [salmon] is on offer; salmon pink tie
Pike | f | a pike in the canal; ~the kids caught a [pike]; pike position in diving
Bass | f | bass guitar; sea bass; ~turn the [bass] down; a bass drum
Roach | f | a roach in the kitchen; ~we found a [roach] behind the fridge; roach bait
Fish | f | fish and chips; fish fingers; ~the [fish] tank needs cleaning; fish oil capsules
"""

WORDS = parse(_BLOCK, "en", "family")
