"""Ambiguous words of `train_s`: names of people that are also places. The flag `p` lets a
prompt name the place itself as LOCATION gold; the non-person uses listed here are things
that carry the place in their name (no span), never the place itself (format:
`train_s_lexicon`)."""

from __future__ import annotations

from appliance.testing.pii_corpus.train_s_lexicon import parse

_BLOCK = """
Paris | wp | the Paris Agreement; plaster of Paris; Paris green pigment; ~the [plaster of Paris] cast comes off Friday
  ; a Paris-Brest pastry
Sydney | wp | the Sydney Harbour Bridge; the Sydney Opera House; ~the [Sydney Opera House] poster fell off the wall
Austin | mfp | Austin Powers; an Austin Healey; ~grandad restored an [Austin Allegro]; the Austin Maxi brochure
Dallas | mfp | the Dallas Cowboys; ~we binged [Dallas] reruns at grandma's; Dallas Buyers Club
Houston | mfp | ~[Houston] we have a problem with the printer; the Houston Rockets jersey
Florence | wp | a Florence flask; ~the lab needs two [Florence flasks]; Florence and the Machine tickets
Georgia | wp | the Georgia font; Sweet Georgia Brown; ~the slides use [Georgia] for headings; Georgia Tech
Virginia | wp | Virginia creeper; Virginia tobacco; ~the [Virginia creeper] covers the shed
Carolina | wp | Carolina reaper chillies; ~the [Carolina Reaper] sauce is too hot; the Carolina Panthers
Savannah | wp | a Savannah cat; the [Savannah] grassland unit in geography; savannah ecosystems
Charlotte | wp | a charlotte russe; an apple charlotte; ~the [apple charlotte] is for dessert; Charlotte Hornets
Victoria | wp | a Victoria sponge; Lake Victoria; Victoria Station; ~the [Victoria sponge] is gluten-free
  ; the Victoria Cross; ~the train leaves [Victoria Station] at six; Victoria plums
Jordan | ufp | Jordan almonds; Air Jordan trainers; ~the [Air Jordans] are size nine; a bag of [Jordan almonds] for the wedding favours
Chelsea | wp | Chelsea boots; a Chelsea bun; Chelsea FC; ~the [Chelsea buns] sold out at the bake sale
  ; the Chelsea Flower Show
Brooklyn | wp | Brooklyn Nine-Nine; a Brooklyn lager; the Brooklyn Bridge; ~we watched [Brooklyn Nine-Nine] again
Madison | wp | Madison Square Garden; ~the [Madison] blinds in the office need fixing; Madison blinds
Lincoln | mfp | the Lincoln Memorial; a Lincoln Navigator; ~the [Lincoln green] costume for the play; Lincoln biscuits
Denver | mfp | a Denver omelette; the Denver Broncos; ~the [Denver omelette] comes with toast; Denver boot clamp
Phoenix | up | a phoenix from the ashes; Phoenix Suns; ~the [Phoenix] project restarted; phoenix tattoo
Tyler | mfp | ~the [Tyler] roses won a prize at the show; the Tyler Junior College brochure
India | wp | India ink; India pale ale; ~the [India pale ale] is on tap; India rubber
Kenya | wp | Kenya AA coffee; ~the [Kenya AA] beans are in the cupboard; Kenya Airways
Adelaide | wp | the Adelaide Oval; the [Adelaide Oval] test match; Adelaide Fringe tickets
Regina | wp | a pizza regina; ~the [Regina] pizza has ham and mushroom; Regina Coeli hymn
Lorraine | wp | quiche Lorraine; ~the [quiche Lorraine] is in the fridge; the Cross of Lorraine
Israel | mfp | Israel couscous; ~the [Israeli couscous] salad needs lemon
Dakota | u | a Dakota aircraft; the [Dakota] plane at the air museum; Dakota Access pipeline
Cheyenne | wp | the [Cheyenne] helicopter model; Cheyenne Mountain Complex
Aurora | wp | aurora borealis; an aurora alert app; ~the [aurora] was visible last night
Valencia | wp | Valencia oranges; ~the [Valencia] orange juice is on offer; Valencia CF
Siena | wp | burnt siena; raw siena paint; ~the [burnt siena] tube is empty
Lourdes | wp | the [Lourdes] water bottle on the shelf; Lourdes pilgrimage leaflet
Vienna | wp | a Vienna sausage; Vienna bread; ~the [Vienna] whirls are for tea
Geneva | wp | the Geneva Conventions; Geneva font; the [Geneva Conventions] lesson in history
Berlin | fp | the Berlin Wall; Berlin blue; the [Berlin Wall] exhibition at school
Milan | mp | ~the [Milan] salami is in the fridge; AC Milan
Bristol | fp | Bristol Cream sherry; shipshape and Bristol fashion; the [Bristol Stool Chart] in the clinic
Kent | mfp | Kent State documentary; ~the [Kent] apples are crunchy
Devon | mfp | Devon cream tea; a Devon Rex cat; ~the [Devon Rex] kitten needs a vet check
Derby | fp | the Derby race; a derby hat; ~the local [derby] match is Saturday; Derby shoes
Chester | mfp | a Chesterfield sofa; ~the [Chesterfield] sofa is in the lobby
Winston | mf | the [Winston] cigarettes advert
Hudson | mf | a Hudson's Bay blanket; ~the [Hudson] bay blanket is on the bed
Kingston | mfp | Kingston memory sticks; ~the [Kingston] USB drive failed
Preston | mfp | the [Preston] curve in economics; Preston North End scarf
Clifton | mf | the Clifton Suspension Bridge; the [Clifton Suspension Bridge] jigsaw
Everest | mf | ~the climbing wall is our little [Everest]; an Everest base camp trek poster
Shannon | wp | the Shannon index; the [Shannon] entropy formula in the lecture
Trent | mf | ~the [Trent] barges exhibit; Trent Bridge cricket
Hamilton | mfp | Hamilton the musical; ~we got tickets for [Hamilton]; Hamilton Beach toaster
Nelson | mfp | a full nelson; Nelson's Column; ~the wrestler got him in a [half nelson]
Darwin | mfp | Darwin's finches; Darwin awards; ~the kids did a project on [Darwin's] finches
Troy | mp | the Trojan horse of Troy; ~we watched the film [Troy] in Latin class
Sienna | w | a Sienna minivan; ~the [Toyota Sienna] needs new tyres
Cairo | mp | the [Cairo] font in the template
Alberta | wp | Alberta spruce; the [Alberta] spruce in a pot by the door
Montana | ufp | Hannah Montana; ~the [Montana] cooker hood is noisy
Nevada | wp | the [Nevada] test site documentary
Asia | wp | the Asia Cup; ~the [Asia Cup] final is on tonight
Africa | wp | ~the [Africa Cup of Nations] starts next week
America | wp | America's Cup; Captain America; ~the kids dressed as [Captain America]
Eugene | mp | the [Eugene Onegin] opera tickets
Salem | mfp | Salem witch trials; ~we read about the [Salem witch trials] in history
Lima | mp | lima beans; ~the [lima beans] are not popular with the kids
Orlando | mp | Orlando Magic; ~the [Orlando] novel is on the reading list
Sofia | wp | the [Sofia] chair in the catalogue
Santiago | mp | the Camino de Santiago; ~the [Santiago] cake recipe uses almonds
Roma | wp | roma tomatoes; ~the [Roma] tomatoes are cheaper; AS Roma
Jersey | wp | a jersey dress; Jersey Royal potatoes; ~the [football jersey] is in the wash; jersey cows
Guernsey | fp | a guernsey jumper; ~the [guernsey] sweater shrank
Cuba | mp | Cuba libre; two [Cuba libres] for table six
"""

WORDS = parse(_BLOCK, "en", "place")
