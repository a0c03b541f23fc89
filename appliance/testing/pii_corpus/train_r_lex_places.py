"""train_r's ambiguous words, part 3: names that are also cities, regions or countries.
``@`` marks the word itself as a LOCATION value when it stands for the place (``@Other``
gives another spelling, underscores for spaces). Every phrase here is a place inside a
thing's name, or no place at all: those are no span. Parsed by `train_r_lex`."""

from __future__ import annotations

DATA = """
Paris | F M @ | l the Paris Agreement; c plaster of Paris; f a Paris-Brest; c Paris green pigment
Sydney | F M @ | l the Sydney Harbour Bridge; l the Sydney Opera House; f a Sydney rock oyster
Austin | M @ | m Austin Powers; p an Austin Mini; p an Austin-Healey roadster
Dallas | M @ | m the TV series Dallas; p the Dallas Cowboys
Houston | M S @ | p the Houston Rockets; l Houston Street
Florence | F @ | s a Florence flask; f Florence fennel; n Hurricane Florence; m Florence and the Machine
Georgia | F @ | m the Georgia font; m Sweet Georgia Brown; m the song Georgia on My Mind; l Georgia Tech
Virginia | F @ | c a Virginia creeper; c the Virginia reel; l Virginia Tech
Carolina | F @North_Carolina @South_Carolina | f Carolina Reaper peppers; c a Carolina wren; p the Carolina Panthers
Savannah | F @ | c the African savannah; c savannah grassland; c a savannah cat
Charlotte | F @ | f a charlotte russe; f an apple charlotte; l Charlotte Street
Victoria | F @ | f a Victoria sponge; l Lake Victoria; l Victoria Station; e Victoria Day; c the Victoria Cross; l the Victoria line; es:c una victoria en casa
Jordan | U S @ | f Jordan almonds; p Air Jordan sneakers; l the River Jordan; p a pair of Jordan 1s
Chelsea | F @ | c Chelsea boots; f a Chelsea bun; p Chelsea FC; e the Chelsea Flower Show
Brooklyn | F @ | l the Brooklyn Bridge; p the Brooklyn filter; f a Brooklyn lager
Madison | F @ | l Madison Square Garden; l Madison Avenue
Lincoln | M S @ | p the Lincoln Navigator; l the Lincoln Memorial; c Lincoln green; l the Lincoln Tunnel
Denver | M @ | f a Denver omelette; c a Denver boot
Phoenix | U @ | c rising like a phoenix; t the Phoenix framework; p the Phoenix Suns; s the Phoenix lander
India | F @ | c India ink; f an India pale ale; c india rubber
Kenya | F @ | f Kenya AA coffee beans; f a Kenya roast
Adelaide | F @ | l the Adelaide Oval; l the Adelaide Festival Centre
Regina | F @ | f a pizza regina; m the hymn Salve Regina
Lorraine | F @ | f quiche Lorraine; c the Cross of Lorraine
Israel | M @ | l the Israel Museum; m the Israel Philharmonic recordings
Dakota | F @North_Dakota @South_Dakota | p the Dodge Dakota; l the Dakota building
Montana | F @ | m Hannah Montana; p Montana spray paint
Cheyenne | F @ | p a Chevrolet Cheyenne; p a Chevrolet Cheyenne pickup truck
Nevada | F @ | l the Sierra Nevada
Kingston | M @ | p Kingston memory sticks; p a Kingston SSD
Preston | M @ | p Preston North End; p a Preston North End shirt
Chester | M @ | l Chester Zoo; c a chesterfield sofa
Hudson | M S | l the Hudson River; l Hudson Yards; p the Hudson filter; c the Hudson's Bay Company
Darwin | M S @ | e the Darwin Awards; s Darwin's finches; t the Darwin kernel
Wellington | M @ | f beef Wellington; c wellington boots
Nelson | M S @ | l Nelson's Column; c a half nelson
Hamilton | M S @ | m Hamilton the musical; s a Hamilton path; p a Hamilton Beach blender
Devon | U @ | f Devon cream; f a Devon cream tea
Orlando | M @ | m the novel Orlando; p the Orlando Magic
Raleigh | M @ | p a Raleigh bicycle; p a Raleigh Chopper
Augusta | F @ | l the Augusta National golf course; e the Augusta Masters week
Alexandria | F @ | l the Library of Alexandria; c the Alexandria library fire
Valencia | F @ | f Valencia oranges; p the Valencia filter
Lima | F S @ | f lima beans; pt:c uma lima de unhas
Holland | U S | l Holland Park; c holland blinds
Jersey | F | c a football jersey; f Jersey Royals potatoes; c a jersey dress; c a Jersey cow
Shannon | F @ | s Shannon entropy; s Shannon's theorem; l Shannon Airport
Eugene | M @ | m Eugene Onegin; m the opera Eugene Onegin
Vienna | F @ | f Vienna sausages; l the Vienna Convention
Milan | M @ | t AMD Milan CPUs; p AC Milan
Verona | F @ | m The Two Gentlemen of Verona; l the Verona Arena
Roma | F @ | f roma tomatoes; p AS Roma
Olympia | F @ | p an Olympia typewriter; l Olympia London
Troy | M @ | s a troy ounce; m Helen of Troy
Memphis | M @ | c Memphis design style; m Memphis blues
Salem | M @ | e the Salem witch trials; m Salem the cat
Havana | F @ | p a Havana cigar; c havana brown; m the song Havana
Kobe | M @ | f Kobe beef; f a Kobe beef burger
Medina | F S @ | c the old medina; c a medina souk
Kerry | U | c a Kerry Blue terrier; c Kerry Blue grooming
Mayo | S | f a dollop of mayo; l the Mayo Clinic
Tara | F | m Tara from Gone with the Wind; l the Hill of Tara
Santiago | M @ | l the Camino de Santiago; e the Santiago pilgrimage
Washington | M S @ | l the Washington Monument; c the Washington Consensus; m the Washington Post
Cleveland | M S @ | l the Cleveland Clinic; p Cleveland golf clubs
Odessa | F @ | l the Odessa Steps; l the Odessa Opera House
Geneva | F @ | l the Geneva Convention; s the Geneva drive mechanism
Helena | F @ | p the Helena filter; p the Helena filter preset
Alberta | F @ | c an Alberta clipper; c an Alberta spruce
Indiana | F @ | m Indiana Jones; m an Indiana Jones film
Chad | M @ | c a hanging chad; c a hanging chad dispute
Puri | S @ | f a plate of puri bhaji; f pani puri
Nancy | F @ | m Nancy Drew; m the Nancy Drew books
Alice | F @Alice_Springs | m Alice in Wonderland; c an Alice band
Madeira | F @ | f Madeira cake; f Madeira wine
Stanley | M S | c a Stanley knife; p a Stanley flask; e the Stanley Cup
Asunción | F @ | es:c la asunción de riesgos; es:c la Asunción en agosto
León | M S @ | es:c la parte del león; es:c un león en el zoo
Vitória | F @ | pt:c uma vitória apertada
Belén | F | es:c un belén navideño
Pau | M @ | e the Pau Grand Prix
"""
