"""train_r's ambiguous words, part 5: names that are also units, laws, effects, diseases,
programming languages, software, AI assistants, chips, fonts, photo filters, songs, films,
books, fictional characters and storms. Same line format as `train_r_lex_given`; parsed by
`train_r_lex`."""

from __future__ import annotations

DATA = """
Pascal | M S | s a pressure of five kilopascals; s Pascal's triangle; t the Pascal compiler; s Pascal's law; t NVIDIA Pascal cards
Ampère | S | s a thirteen ampere fuse; s Ampère's law; t NVIDIA Ampere GPUs
Newton | M S | s a newton metre; c Newton's cradle; s Newton's third law; p the Apple Newton; f Fig Newtons
Kelvin | M | s three hundred kelvin; s the Kelvin scale; p the Kelvin filter
Celsius | S | s twenty degrees Celsius; s the Celsius scale
Fahrenheit | S | s seventy degrees Fahrenheit; m the novel Fahrenheit 451
Joule | S | s a joule of energy; s Joule heating
Watt | S | s a sixty watt bulb; c a watt meter
Volta | S | t NVIDIA Volta; l Lake Volta
Ohm | S | s Ohm's law; s a ten ohm resistor
Hertz | S | s fifty hertz; p a Hertz rental car
Coulomb | S | s Coulomb's law; s a coulomb of charge
Faraday | S | s a Faraday cage; s Faraday's law
Gauss | S | s Gauss's law; s a fifty gauss magnet
Weber | S | s a weber of flux; p a Weber barbecue
Siemens | S | p a Siemens dishwasher; p Siemens trains
Curie | S | s a curie of radiation; s the Curie temperature
Maxwell | M S | s Maxwell's equations; f Maxwell House coffee; t NVIDIA Maxwell
Bernoulli | S | s Bernoulli's principle; s a Bernoulli trial
Doppler | S | s the Doppler effect; s a Doppler radar; s a Doppler scan
Fourier | S | s a Fourier transform; s a Fourier series
Euler | S | s Euler's number; s an Euler diagram
Turing | S | s the Turing test; s a Turing machine; t NVIDIA Turing
Diesel | S | c a diesel engine; c diesel fuel; p Diesel jeans
Braille | S | c braille signage; c a braille keyboard
Morse | S | c Morse code; c a Morse key
Bunsen | S | s a Bunsen burner; s a Bunsen flame
Petri | S | s a petri dish
Geiger | S | s a Geiger counter; s a Geiger tube
Richter | S | s the Richter scale; de:c der Richter am Amtsgericht
Kaplan | S | s a Kaplan turbine; tr:c bir kaplan yavrusu
Dewey | M S | c the Dewey Decimal system; c a Dewey number
Ponzi | S | c a Ponzi scheme
Hobson | S | c Hobson's choice
Murphy | S | s Murphy's law; c a Murphy bed; f a Murphy's stout
Parkinson | S | s Parkinson's disease; s Parkinson's law
Alzheimer | S | s Alzheimer's disease; s Alzheimer's research
Hodgkin | S | s Hodgkin lymphoma; s Hodgkin's disease
Crohn | S | s Crohn's disease
Graves | S | s Graves' disease; c war graves
Addison | U S | s Addison's disease
Cushing | S | s Cushing's syndrome
Huntington | S | s Huntington's disease
Tourette | S | s Tourette syndrome
Asperger | S | s Asperger syndrome
Wilson | M S | s Wilson's disease; n Wilson the volleyball; p a Wilson tennis racket
Halley | S | s Halley's Comet
Hubble | S | s the Hubble telescope; s the Hubble constant
Webb | S | s the Webb telescope; s Webb images of a nebula
Kepler | S | s Kepler's laws; t NVIDIA Kepler; s the Kepler mission
Planck | S | s the Planck constant; s the Planck length
Bohr | S | s the Bohr model; s a Bohr radius
Fermi | S | s a Fermi estimate; t NVIDIA Fermi; s the Fermi paradox
Schrödinger | S | s Schrödinger's cat; s the Schrödinger equation
Pavlov | S | s Pavlov's dog
Hooke | S | s Hooke's law
Boyle | S | s Boyle's law
Mendel | S | s Mendel's laws
Einstein | S | t Salesforce Einstein; s an Einstein ring
Peter | M | c the Peter principle; m Peter Pan
Cardigan | S | c a navy cardigan; c a cardigan sweater
Raglan | S | c raglan sleeves; c a raglan jumper
Mackintosh | S | c a mackintosh raincoat
Boycott | S | c a consumer boycott; v boycott the vote
Siri | F | t a Siri shortcut; t Siri dictation
Alexa | F | t an Alexa skill; t the Alexa app; p an Alexa-enabled speaker
Cortana | F | t Cortana search; t the Cortana app
Bixby | M S | t Bixby voice; t a Bixby routine
Claude | M | t the Claude API; t a Claude model
Watson | S | t IBM Watson; t the Watson Assistant
Erica | F | c a potted erica; t Erica the banking assistant
Ada | F | t the Ada programming language; c ADA-compliant ramps
Julia | F | t the Julia language; t a Julia notebook
Haskell | M S | t a Haskell program; t Haskell type classes
Jenkins | S | t a Jenkins pipeline; t the Jenkins build server
Travis | M S | t Travis CI; t a Travis build
Cassandra | F | t Apache Cassandra; t a Cassandra cluster
Kafka | S | t a Kafka topic; t Apache Kafka
Django | M | t a Django app; t the Django admin
Sinatra | S | t the Sinatra framework
Jekyll | S | t a Jekyll blog; m Dr Jekyll and Mr Hyde
Gatsby | S | t a Gatsby site; m The Great Gatsby
Ant | M | t Apache Ant; c an ant colony; c ant bait
Luigi | M | t the Luigi pipeline library; m Mario and Luigi
Mario | M | m Super Mario; m Mario Kart
Zelda | F | m The Legend of Zelda; m a Zelda game
Lara | F | m Lara Croft
Jaeger | S | t Jaeger tracing; t a Jaeger trace
Jasper | M | c jasper stone; t Jasper reports
Sid | M | t Debian sid
Jessie | F | t Debian Jessie; m the song Jessie's Girl
Buster | M | t Debian Buster; c a crime buster
Woody | M | t Debian Woody; c a woody aroma; m Woody from Toy Story
Bert | M | t a BERT model; m Bert and Ernie; n Storm Bert
Ernie | M | t the ERNIE model; c ERNIE premium bonds
Elmo | M | t ELMo embeddings; m Elmo from Sesame Street
Gemma | F | t the Gemma model; t Gemma weights
Rubin | S | t NVIDIA Rubin; l the Vera Rubin Observatory
Sora | U | t the Sora video model; t a Sora clip
Garamond | S | m the Garamond typeface; m Garamond italic
Baskerville | S | m the Baskerville font; m Baskerville Old Face
Rockwell | S | m the Rockwell font; m Rockwell Extra Bold
Rubik | S | c a Rubik's Cube; m the Rubik font
Oswald | M | m the Oswald font
Lora | F | m the Lora font
Karla | F | m the Karla font
Abel | M | m the Abel font
Barlow | S | m the Barlow font
Josefin | F | m Josefin Sans
Lucida | F | m Lucida Console; m Lucida Sans
Bodoni | S | m Bodoni Bold
Didot | S | m the Didot typeface
Frutiger | S | m the Frutiger font
Franklin | M S | m the Franklin Gothic font; c a Franklin stove
Clarendon | S | m the Clarendon filter
Perpetua | F | m the Perpetua font
Bembo | S | m the Bembo typeface
Ludwig | M | p the Ludwig filter; p a Ludwig drum kit
Walden | S | p the Walden filter; m the book Walden
Stinson | S | p the Stinson filter
Amaro | S | f a glass of amaro; p the Amaro filter
Jolene | F | m the song Jolene; m a cover of Jolene
Roxanne | F | m the song Roxanne; m a cover of Roxanne
Jude | M | m Hey Jude
Michelle | F | m the Beatles song Michelle; m a cover of Michelle
Eleanor | F | m Eleanor Rigby
Billie | F | m Billie Jean
Jean | U | m Billie Jean; c a jean jacket
Caroline | F | m Sweet Caroline
Gloria | F | m the song Gloria; es:c sabe a gloria
Mandy | F | m the song Mandy; m a cover of Mandy
Angie | F | m the song Angie; m a cover of Angie
Rhiannon | F | m the song Rhiannon; m a cover of Rhiannon
Delilah | F | m Hey There Delilah
Valerie | F | m the song Valerie; m a cover of Valerie
Diana | F | m the song Diana; m a cover of Diana
Rosanna | F | m the song Rosanna; m a cover of Rosanna
Peggy | F | m Peggy Sue
Lola | F | m the song Lola; m a cover of Lola
Layla | F | m the song Layla; m the Layla piano coda
Alison | F | m the song Alison; m a cover of Alison
Vincent | M | m the song Vincent; m a cover of Vincent
Robinson | S | m Mrs Robinson; m Robinson Crusoe
Jeremy | M | m the song Jeremy; m a cover of Jeremy
Cecilia | F | m the song Cecilia; m a cover of Cecilia
Martha | F | m Martha My Dear
Lucy | F | m Lucy in the Sky with Diamonds
Danny | M | m Danny Boy
Molly | F | m Molly Malone; c a molly fish
Emily | F | m See Emily Play
Suzanne | F | m the song Suzanne; m a cover of Suzanne
Maggie | F | m Maggie May
Louie | M | m Louie Louie
Lucille | F | m the song Lucille; m a cover of Lucille
Nikita | U | m the song Nikita; m a cover of Nikita
Jenny | F | m Jenny from the Block; c a spinning jenny
Carrie | F | m the novel Carrie; m a copy of Carrie
Christine | F | m the novel Christine; m a copy of Christine
Lolita | F | m the novel Lolita; m a copy of Lolita
Anastasia | F | m the film Anastasia
Evita | F | m Evita the musical
Tess | F | m Tess of the d'Urbervilles
Emma | F | m the novel Emma; m a copy of Emma
Clarissa | F | m the novel Clarissa
Mulan | F | m the film Mulan; m the Mulan soundtrack
Moana | F | m the film Moana; m a Moana costume
Ariel | U | m Ariel the Little Mermaid; p Ariel washing powder
Aladdin | M | m the Aladdin panto; m Aladdin's lamp
Bambi | F | m the film Bambi
Pippi | F | m Pippi Longstocking
Madeline | F | m the Madeline books
Frasier | M | m the TV series Frasier
Columbo | S | m the TV detective Columbo
Dexter | M | m the TV series Dexter; m Dexter's Laboratory
Monk | S | m the TV series Monk; f monk fruit sweetener
Lassie | F | m the TV dog Lassie
Garfield | M S | m the cartoon cat Garfield; m a Garfield comic strip
Luke | M | m Luke Skywalker; m a Luke Skywalker figure
Leia | F | m Princess Leia; m a Princess Leia costume
Han | S | m Han Solo; e the Han dynasty
Hermione | F | m Hermione Granger; m a Hermione costume
Ron | M | m Ron Weasley
Percy | M S | m Percy Jackson; f Percy Pig sweets
Rupert | M | m Rupert Bear; m a Rupert Bear annual
Sam | U | m Fireman Sam; m Uncle Sam; t the SAM segmentation model
Barney | M | m Barney the dinosaur; c a bit of a barney
Dennis | M | m Dennis the Menace; n Storm Dennis
Charlie | U | m Charlie and the Chocolate Factory; m Charlie Brown and Snoopy
Thomas | M S | m Thomas the Tank Engine; m a Thomas train set
Winnie | F | m Winnie the Pooh; m a Winnie the Pooh mug
Mary | F | m Mary Poppins; f a Bloody Mary; m the song Proud Mary; n the Mary Rose; n the Queen Mary 2
Mickey | M | m Mickey Mouse; c taking the mickey
Minnie | F | m Minnie Mouse; m Minnie Mouse ears
Donald | M | m Donald Duck; m a Donald Duck comic
Fred | M | m Fred Flintstone
Jane | F | m Jane Eyre; m a copy of Jane Eyre
Rebecca | F | m the novel Rebecca; m a copy of Rebecca
Matilda | F | m Matilda the Musical; m Waltzing Matilda
Annie | F | m Annie the musical; m Annie Hall; m Annie's Song
Heidi | F | m the Heidi books; m a copy of Heidi
Oliver | M | m Oliver Twist; m Oliver! the musical
Finn | M | m Huckleberry Finn; m Finn the Human
Juno | F | s the Juno probe; m the film Juno
Homer | M | m Homer Simpson; c a homer in the ninth
Bart | M | m Bart Simpson; m a Bart Simpson T-shirt
Lisa | F | p the Apple Lisa; m Lisa Simpson; m the Mona Lisa
Mona | F | m the Mona Lisa; m a Mona Lisa print
Sherlock | M | m Sherlock Holmes; m the TV series Sherlock
Holmes | S | m Sherlock Holmes; m a Holmes mystery
Kowalski | S | m Kowalski from Penguins of Madagascar
Kobayashi | S | m the Kobayashi Maru test
Thor | M | m the film Thor; m Thor's hammer
Harvey | M S | n Hurricane Harvey; m the film Harvey; f a Harvey Wallbanger
Katrina | F | n Hurricane Katrina
Irma | F | n Hurricane Irma
Maria | F | n Hurricane Maria; f Tia Maria liqueur; n the Santa Maria
Andrew | M | n Hurricane Andrew
Ian | M | n Hurricane Ian
Ida | F | n Hurricane Ida
Helene | F | n Hurricane Helene
Milton | M S | n Hurricane Milton
Dorian | M | n Hurricane Dorian; m The Picture of Dorian Gray
Laura | F | n Hurricane Laura; m the film Laura
Ivan | M | n Hurricane Ivan
Wilma | F | n Hurricane Wilma; m Wilma Flintstone
Rita | F | n Hurricane Rita
Camille | F | n Hurricane Camille
Gilbert | M S | n Hurricane Gilbert
Mitch | M | n Hurricane Mitch
Eunice | F | n Storm Eunice
Babet | F | n Storm Babet
Arwen | F | n Storm Arwen; m Arwen in The Lord of the Rings
Tracy | F | n Cyclone Tracy
Ciarán | M | n Storm Ciarán
Agnes | F | n Storm Agnes
Isha | F | n Storm Isha
Jocelyn | F | n Storm Jocelyn
Darragh | M | n Storm Darragh
Éowyn | F | n Storm Éowyn
Kathleen | F | n Storm Kathleen
Otto | M | n Storm Otto; s the Otto cycle
Elizabeth | F | n the Queen Elizabeth liner; l the Elizabeth line
Edmund | M | n the Edmund Fitzgerald
"""
