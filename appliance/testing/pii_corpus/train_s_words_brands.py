"""Ambiguous words of `train_s`: names of people that are also brands, products, units,
laws, diseases, comets, ships, storms, software, assistants and pets, with their non-person
uses (format: `train_s_lexicon`)."""

from __future__ import annotations

from appliance.testing.pii_corpus.train_s_lexicon import parse

_BLOCK = """
Mercedes | wf | a Mercedes Sprinter; Mercedes-Benz; ~the school minibus is an old [Mercedes Sprinter]
Ferrari | f | a red Ferrari; Ferrari F40 poster; ~the kids built a Lego [Ferrari]
Porsche | f | a Porsche Cayenne; Porsche 911; ~the [Porsche] in the staff car park is not the head's
Ford | mf | a Ford Transit; a Ford Ranger; ~we hired a [Ford Transit] for the move; ~we had to [ford the river]
  ; the Ford Fiesta service
Dell | uf | a Dell laptop; Dell XPS 13; ~the [Dell] docking station stopped charging; the [dell] at the bottom of the garden
Chanel | wf | Chanel No 5; ~she wore [Chanel] to the gala; a Chanel handbag
Tesla | mf | a Tesla coil; a Tesla Model 3; ~the magnetic field is 1.5 [tesla]; Tesla supercharger
Siri | wf | a Siri shortcut; ~ask [Siri] to set a timer; ~[Siri] misheard the shopping list
Alexa | wf | an Alexa skill; ~[Alexa] keeps playing the wrong song; Alexa routines; an Echo with Alexa
Pascal | mf | Pascal's triangle; 5 kilopascal; ~the tyre pressure is [220 kilopascal]; Turbo Pascal compiler
  ; Pascal's wager
Ampere | mf | a 13 ampere fuse; ~the charger draws two [amperes]; Ampere's law
Newton | mf | Newton's laws; 10 newtons; ~the force is [40 newtons]; Fig Newtons; Newton's cradle
Kelvin | mf | 300 kelvin; ~room temperature is about [293 kelvin]; the Kelvin scale
Celsius | f | degrees Celsius; ~set the oven to [180 Celsius]; Celsius to Fahrenheit chart
Fahrenheit | f | ~it is [90 Fahrenheit] outside; Fahrenheit 451 on the reading list
Watt | mf | a 60 watt bulb; ~the heater uses [2000 watts]; watt hours; kilowatt hour prices
Volta | mf | the [Volta] GPU architecture; the volta dance
Ohm | m | Ohm's law; a 10 ohm resistor; ~the circuit needs a [220 ohm resistor]
Hertz | f | Hertz car rental; 50 hertz mains; ~the monitor runs at [144 hertz]; the [Hertz] desk at the airport
Joule | mf | 200 joules; ~the kettle uses so many [joules]; Joule heating
Bell | mf | Bell's palsy; ~the diagnosis was [Bell's palsy]; a Bell helicopter
Parkinson | f | Parkinson's disease; Parkinson's law; ~the [Parkinson's] clinic is on Tuesday
Alzheimer | f | Alzheimer's disease; ~the [Alzheimer's] support group meets monthly
Hodgkin | f | Hodgkin lymphoma; ~the [Hodgkin lymphoma] follow-up is in May
Crohn | f | Crohn's disease; ~the [Crohn's] flare kept him off school
Asperger | f | Asperger syndrome; ~the [Asperger] assessment has a long wait
Tourette | f | Tourette syndrome; the [Tourette] support charity
Down | f | Down syndrome; the [Down syndrome] awareness week; ~the printer is [down] again
Addison | uf | Addison's disease; ~the [Addison's] medication must not be missed
Graves | f | Graves' disease; ~she has [Graves' disease] and needs a blood test
Cushing | f | Cushing's syndrome; ~the [Cushing's] tests came back
Huntington | mf | Huntington's disease; the [Huntington's] genetic counselling appointment
Murphy | mf | Murphy's law; a Murphy bed; ~[Murphy's law] struck during the demo
Halley | wf | Halley's Comet; ~the kids made a [Halley's Comet] poster
Hubble | f | the Hubble telescope; Hubble's law; ~the [Hubble] images are on the classroom wall
Kepler | f | Kepler's laws; the Kepler mission; the [Kepler] data set for the physics project
Richter | f | the Richter scale; a magnitude five on the [Richter scale]
Geiger | f | a Geiger counter; ~the [Geiger counter] clicked near the sample
Bunsen | f | a Bunsen burner; ~light the [Bunsen burner] with care
Petri | mf | a Petri dish; ~label each [Petri dish] with the date
Heimlich | f | the Heimlich manoeuvre; ~staff learnt the [Heimlich manoeuvre] in first aid
Braille | f | braille labels; ~the lift buttons have [braille]; a braille keyboard
Diesel | mf | diesel fuel; Diesel jeans; ~the minibus runs on [diesel]; a diesel engine
Linus | m | Linus's law; the [Linus] blanket from the comic strip
Jenkins | f | a Jenkins pipeline; ~the [Jenkins] build failed overnight; Jenkins job logs
Hudson | mf | the Hudson CI server; ~the old [Hudson] job still runs nightly
Ruby | w | Ruby gems; ~the [Ruby] script parses the CSV
Julia | wf | the Julia language; ~the model is written in [Julia]; Julia sets in the maths club
Ada | w | the Ada language; ~the avionics code is in [Ada]; ADA compliance
Dart | mf | Dart code; a dart board; ~the [dart] hit the bullseye; ~the app is written in [Dart]
Kafka | f | a Kafka topic; ~the [Kafka] consumer is lagging; Kafka on the Shore
Cassandra | w | a Cassandra cluster; ~the [Cassandra] node ran out of disk; a Cassandra warning
Jasper | mf | jasper stone; JasperReports; ~the [Jasper] report template broke
Thor | mf | Thor Ragnarok; ~the kids dressed as [Thor] for book day
Apollo | m | the Apollo missions; the [Apollo 11] anniversary assembly; Apollo GraphQL
Juno | w | the Juno probe; the [Juno] spacecraft images; Juno the film
Orion | m | Orion's belt; the Orion capsule; ~we saw [Orion's belt] on the camp
Hermes | m | a Hermes parcel; ~the [Hermes] courier left it next door; Hermes scarves
Nike | w | Nike trainers; ~the [Nike] hoodie is in lost property
Mars | mf | a Mars bar; ~the kids had a [Mars bar] each; the Mars rover
Cadbury | f | Cadbury chocolate; a [Cadbury] Creme Egg; Cadbury fingers
Heinz | mf | Heinz beans; ~the [Heinz] ketchup is empty; Heinz tomato soup
Kellogg | f | Kellogg's cornflakes; the [Kellogg's] variety pack
Dyson | f | a Dyson vacuum; ~the [Dyson] lost suction again; Dyson fan
Hoover | f | ~please [hoover] the classroom; a Hoover vacuum; Hoover Dam documentary
Miele | f | a Miele dishwasher; ~the [Miele] washing machine beeps
Bosch | f | a Bosch drill; ~the [Bosch] dishwasher shows error E24
Philips | f | Philips Hue bulbs; ~the [Philips] shaver needs a new head; a Philips screwdriver
Canon | mf | a Canon printer; ~the [Canon] printer is out of cyan; a canon of set texts
Gucci | f | a Gucci belt; ~the [Gucci] bag is a fake
Prada | f | a Prada bag; The Devil Wears Prada
Armani | f | an Armani suit; the [Armani] perfume sample
Benetton | f | United Colors of Benetton; ~the [Benetton] jumper is in the sale
Lancaster | fp | a Lancaster bomber; the [Lancaster bomber] flypast
Benji | m | the [Benji] dog film; Benji the dog
Katrina | w | Hurricane Katrina; the [Hurricane Katrina] documentary in geography
Sandy | wf | Hurricane Sandy; the [Hurricane Sandy] case study
Irma | w | Hurricane Irma; the [Hurricane Irma] damage report
Ophelia | w | Storm Ophelia; ~schools shut for [Storm Ophelia]
Barbie | w | a Barbie doll; the Barbie film; ~the [Barbie] dreamhouse is in the loft
Sindy | w | a Sindy doll; the [Sindy] doll from the car boot sale
Ken | m | a Ken doll; ~the [Ken doll] lost his shoes; beyond my ken
Elmo | m | Tickle Me Elmo; ~the [Elmo] toy sings too loudly
Garfield | mf | Garfield comics; ~the [Garfield] lunchbox is in lost property
Wellington | mfp | beef Wellington; wellington boots; ~the [beef Wellington] needs resting
Sandwich | f | a ham sandwich; the [sandwich] platter for the meeting; sandwich course
Cardigan | f | a wool cardigan; ~the school [cardigan] has no name tag
Stetson | f | a Stetson hat; ~the cowboy [Stetson] for the school play
Leotard | f | a gymnastics leotard; the [leotard] for the dance show
Shrapnel | f | the [shrapnel] in the war museum
Biro | f | a blue biro; ~sign it in [biro] not pencil
Yale | mf | a Yale lock; ~the [Yale key] is on the hook
Chubb | f | a Chubb lock; the [Chubb] safe in the office
Oscar | m | the Oscar nominations; ~the film won an [Oscar]; an Oscar night party
Emmy | w | an Emmy award; ~the series won three [Emmys]
Tony | m | the Tony awards; ~the musical got a [Tony] nomination
Pavlova | wf | a pavlova with berries; ~the [pavlova] collapsed in the heat
Stroganoff | f | beef stroganoff; ~the [mushroom stroganoff] is the vegetarian option
Caesar | m | a Caesar salad; ~the [Caesar salad] has no anchovies; a Caesar cipher in computing class
Benedict | mf | eggs Benedict; two [eggs Benedict] for table three; a Benedictine liqueur
Melba | w | peach Melba; Melba toast; ~the [Melba toast] goes with the pate
Graham | mf | graham crackers; the [graham cracker] crust for the cheesecake
Madeleine | w | a tray of madeleines; ~the [madeleines] are best warm
Garibaldi | f | Garibaldi biscuits; ~the [Garibaldi] biscuits are in the staff room tin
Bramley | f | Bramley apples; ~the [Bramley] apples are for the crumble
Tate | mf | the Tate Modern; the school trip to [Tate Modern]; Tate and Lyle syrup
Lloyd | mf | Lloyds Bank; ~the [Lloyds] app is down again; Lloyd's of London
Barclay | mf | Barclays Bank; ~the [Barclays] branch closed; Barclaycard statement
Sainsbury | f | ~the [Sainsbury's] delivery slot is at eight; Sainsbury's own brand
Morrison | f | ~the [Morrisons] car park is full; Morrisons meal deal
Marks | f | ~she got full [marks]; the [Marks and Spencer] food hall; bonus marks
Morris | mf | a Morris Minor; morris dancing; the [morris dancers] at the fete
Royce | m | a Rolls-Royce; the [Rolls-Royce] engine plant
Rolls | f | bread rolls; ~the [sausage rolls] are for the party; Rolls-Royce
Bentley | mf | a Bentley Continental; ~the wedding car is a [Bentley]
Aston | mf | an Aston Martin; the [Aston Martin] model on his desk
Honda | f | a Honda Civic; ~the [Honda] lawnmower will not start; Honda Jazz
Suzuki | f | a Suzuki Swift; the Suzuki method; ~she learns violin with the [Suzuki method]
Yamaha | f | a Yamaha keyboard; the [Yamaha] piano in the music room; Yamaha outboard
Kawasaki | f | a Kawasaki motorbike; Kawasaki disease; ~the toddler was treated for [Kawasaki disease]
Dodge | mf | a Dodge Ram; ~we had to [dodge] the puddles; dodge ball in PE; ~[dodgeball] is banned at school
Chevrolet | f | a Chevrolet Camaro; the [Chevrolet] pickup in the advert
Chrysler | f | the Chrysler Building; ~the [Chrysler Voyager] seats seven
Buick | f | a Buick sedan; the old [Buick] in the garage
Citroen | f | a Citroen Berlingo; ~the [Citroen] van failed the MOT
Renault | f | a Renault Clio; ~the [Renault Clio] needs new brakes
Peugeot | f | a Peugeot 208; the [Peugeot] pepper mill; Peugeot bikes
Opel | f | an Opel Corsa; ~the [Opel] dealership sent a recall letter
Skoda | f | a Skoda Octavia; ~the taxi was a [Skoda Octavia]
Lamborghini | f | a Lamborghini poster; the [Lamborghini] toy car
Maserati | f | a Maserati Ghibli; the [Maserati] at the wedding
Bugatti | f | a Bugatti Veyron; the [Bugatti] model kit
Olivetti | f | an Olivetti typewriter; the [Olivetti] typewriter in the museum
Benz | mf | a Benz van; the [Mercedes-Benz] minibus
Siemens | f | a Siemens dishwasher; ~the conductance is 2 [siemens]; the Siemens scanner in radiology
Bayer | f | Bayer aspirin; the [Bayer] leaflet in the box
Nestle | f | Nestle cereals; the [Nestle] formula for the baby
Lindt | f | Lindt bunnies; a [Lindt] chocolate bar for the teacher
Cartier | f | a Cartier watch; ~the [Cartier] watch needs a service
Dior | f | a Dior lipstick; the [Dior] perfume for mum
Levi | mf | Levi's jeans; ~the [Levi's] jacket has a torn pocket
Gillette | f | a Gillette razor; ~the [Gillette] blades are locked up
Colgate | f | Colgate toothpaste; ~the [Colgate] tube is empty
Kraft | mf | Kraft cheese slices; kraft paper; ~wrap it in [kraft paper]
Nobel | mf | the Nobel Prize; ~a [Nobel Prize] winner spoke at assembly; nobelium
Pulitzer | f | the Pulitzer Prize; ~the book won a [Pulitzer]
Hilton | mf | the Hilton hotel; ~the conference is at the [Hilton]; Hilton Honors points
Marriott | f | a Marriott hotel; the [Marriott] breakfast buffet
Disney | f | Disney Plus; ~the kids want the [Disney] channel; a Disney princess dress
Boeing | f | a Boeing 737; ~the [Boeing 787] was delayed
Colt | mf | a colt in the paddock; ~the [colt] is learning to wear a saddle; Colt revolvers
Guinness | f | a pint of Guinness; Guinness World Records; the [Guinness] cake for Saint Patrick
Heineken | f | a Heineken lager; the [Heineken] crate in the boot
Jameson | f | Jameson whiskey; a [Jameson] and ginger ale
Bacardi | f | a Bacardi and Coke; ~the [Bacardi] is behind the bar
Martini | mf | a dry martini; two [martinis] for the table; Martini Rosso
Bellini | mf | a peach Bellini; the [Bellini] brunch special
"""

WORDS = parse(_BLOCK, "en", "brand")
