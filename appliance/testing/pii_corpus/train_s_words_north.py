"""Ambiguous words of `train_s`: German, Dutch and Scandinavian given and family names that
are everyday words (German nouns are capitalised, so "der Koch" and "Herr Koch" look alike),
with their non-person uses in those languages and, marked `en:`, in English text (format:
`train_s_lexicon`)."""

from __future__ import annotations

from appliance.testing.pii_corpus.train_s_lexicon import parse

_DE = """
Koch | f | ~der [Koch] in der Kantine ist krank; ~der [Koch] der Kita kocht ohne Nüsse; en:the [Koch] curve in the maths club
Bauer | f | ~der [Bauer] verkauft Eier am Hof; ~der [Bauernhof] hat einen Hofladen; en:Eddie Bauer jackets
Müller | f | ~der [Müller] mahlt das Korn; en:a [Müller] yoghurt in the lunchbox; en:Müller Corner yoghurts
Schmidt | f | en:the [Schmidt] telescope at the observatory; en:a Schmidt hammer test; ~das [Schmidt-Teleskop] der Sternwarte
Weiss | mf | en:a [Weissbier] with the pretzels; ~das [Weissbier] ist alle; ~die Wand ist [weiss] gestrichen
Weiß | mf | ~die Wand ist [weiß]; ~ein [weißes] Blatt Papier; ~der Arzt im [weißen] Kittel
Klein | f | ~das Zimmer ist zu [klein]; ~ein [kleiner] Fehler im Bericht; en:a Klein bottle
Fuchs | f | ~der [Fuchs] war wieder an der Mülltonne; ~ein schlauer [Fuchs]
Wolf | f | de:~der [Wolf] im Märchen; de:~das Fleisch durch den [Fleischwolf] drehen
Ernst | m | ~das ist mein [Ernst]; ~die Lage ist [ernst]; ~der [Ernst] des Lebens beginnt mit der Schule
Becker | f | en:~the [Becker] muscular dystrophy clinic is on Thursdays; en:Becker muscular dystrophy
Fischer | f | ~der [Fischer] fährt früh aufs Meer; en:Fischer-Tropsch process; ~[Fischers Fritz] fischt frische Fische
Schneider | f | ~der [Schneider] kürzt die Hose; ~aus dem [Schneider] sein
Wagner | f | ~der [Wagner] reparierte das Wagenrad; en:the [Wagner] paint sprayer
Schuster | f | ~der [Schuster] besohlt die Schuhe; ~[Schuster] bleib bei deinen Leisten
Zimmermann | f | ~der [Zimmermann] baut den Dachstuhl
Richter | f | ~der [Richter] hat das Urteil verkündet; de:~das Beben hatte 5 auf der [Richterskala]
Jäger | f | ~der [Jäger] sitzt auf dem Hochsitz; en:Jägermeister; en:a round of [Jägermeister] shots
Vogel | f | ~ein [Vogel] sitzt auf dem Dach; ~der [Vogel] ist aus dem Käfig
Hahn | f | ~der [Hahn] kräht um fünf; ~der [Wasserhahn] tropft; ~den [Hahn] zudrehen
Hase | f | ~der [Osterhase] bringt Eier; ~der [Hase] im Garten
Adler | f | ~der [Adler] kreist über dem Tal; en:Adler sewing machines
Fink | f | ~ein [Fink] am Vogelhaus; ~der [Buchfink] singt
Strauss | f | ~ein [Blumenstrauß] für die Lehrerin; ~der [Strauß] im Zoo; en:~we listened to a [Strauss] waltz
Lange | f | ~das dauert zu [lange]; ~wie [lange] noch
Kurz | f | ~fass dich [kurz]; ~ein [kurzer] Bericht; ~[kurz] nach acht
Jung | f | ~das Team ist [jung]; ~[jung] und dynamisch
Schwarz | f | ~der Bildschirm bleibt [schwarz]; ~[schwarz] auf weiß; ~ein [schwarzer] Kaffee
Braun | f | ~die Blätter werden [braun]; en:a Braun shaver; en:~the [Braun] toothbrush needs charging
Roth | f | ~der [Rothirsch] im Wildpark
Grün | f | ~die Ampel ist [grün]; ~das [Grünzeug] auf dem Teller
Blau | f | ~der Himmel ist [blau]; ~[blau] machen am Montag
Stein | f | ~ein [Stein] im Schuh; ~der [Nierenstein] ist abgegangen; en:a beer stein
Berg | f | ~wir wandern auf den [Berg]; ~über den [Berg] sein
Busch | f | ~der [Busch] vor dem Fenster; ~auf den [Busch] klopfen
Baum | f | ~der [Baum] im Schulhof; ~der [Weihnachtsbaum] steht schon
Sommer | f | ~im [Sommer] ist das Büro leer; die Sommerferien
Winter | f | de:~im [Winter] fällt der Schulbus oft aus; de:[Winterreifen] aufziehen
Kaiser | f | ~der [Kaiserschmarrn] ist lecker; en:a [Kaiser roll] with ham
König | f | ~der [König] im Schach; ~der Kunde ist [König]; ~[Königsberger Klopse] zum Mittag
Bischof | f | ~der [Bischof] besucht die Gemeinde
Engel | mf | ~der [Engel] auf dem Weihnachtsbaum; ~du bist ein [Engel]
Glück | f | ~viel [Glück] bei der Prüfung; ~zum [Glück] war niemand verletzt
Stern | f | ~der [Stern] auf der Spitze; ~das Hotel hat vier [Sterne]; en:Der Stern magazine
Morgen | f | ~[morgen] ist Elternabend; ~guten [Morgen] zusammen; ~bis [morgen] früh
Himmel | f | ~der [Himmel] ist bewölkt; ~[Himmel] und Hölle spielen
Sturm | f | ~der [Sturm] hat Bäume umgeworfen; ~ein [Sturm] im Wasserglas
Bach | f | ~der [Bach] hinter der Schule tritt über die Ufer; en:~the choir sang [Bach] at the concert
Keller | f | ~die Fahrräder stehen im [Keller]; ~der [Keller] ist feucht
Metzger | f | ~die [Metzgerei] hat montags zu; ~der [Metzger] am Markt
Maurer | f | ~der [Maurer] baut die Mauer
Glaser | f | ~der [Glaser] setzt die Scheibe ein
Weber | f | ~der [Weber] am Webstuhl; en:a Weber barbecue; en:~the [Weber] grill needs a new gas bottle
Schäfer | f | ~der [Schäferhund] bellt; ~der [Schäfer] mit der Herde
Gärtner | f | ~der [Gärtner] mäht den Rasen
Förster | f | ~der [Förster] zeigt den Kindern den Wald
Stark | f | ~der Kaffee ist zu [stark]; ~das WLAN ist [stark]
Frei | f | ~der Eintritt ist [frei]; ~ist der Platz [frei]; ~morgen ist [schulfrei]
Fröhlich | f | ~[fröhliche] Weihnachten; ~die Kinder sind [fröhlich]
Freund | f | ~mein bester [Freund]; ~der [Freundeskreis] der Schule
Lustig | f | ~der Film war [lustig]
Kühn | f | ~ein [kühner] Plan
Heinrich | m | en:the [Heinrich] events in the climate lecture
Mond | f | ~der [Mond] ist heute voll
Wald | f | ~der [Wald] hinter der Kita; ~den [Wald] vor lauter Bäumen nicht sehen
"""

_NL = """
Bakker | f | ~de [bakker] op de hoek is dicht; ~de [bakker] bezorgt op zaterdag
Visser | f | ~de [visser] vertrekt om vijf uur; ~de [vissers] in de haven
Smit | f | ~de [smit] repareert het hek
Bos | f | ~we wandelen in het [bos]; ~een [bos] bloemen voor de juf
Vos | f | ~de [vos] zat bij de kippen; ~een sluwe [vos]
Dekker | f | ~de [dekker] repareert het rieten dak
Brouwer | f | ~de [brouwer] maakt speciaalbier
Kok | f | ~de [kok] in de kantine is ziek; ~de [kok] kookt voor de hele school
Koster | f | ~de [koster] luidt de klok
Kuiper | f | ~de [kuiper] maakt tonnen; en:the Kuiper belt
Molenaar | f | ~de [molenaar] maalt het graan
Timmerman | f | ~de [timmerman] maakt de deur
Schipper | f | ~de [schipper] vaart de boot
Haan | f | ~de [haan] kraait om vijf uur
Vogel | f | nl:~een [vogel] op het dak
Zwart | f | ~het scherm blijft [zwart]; ~[zwarte] koffie
Groen | f | ~het licht is [groen]; ~de [groene] bak
Klein | f | nl:~het kantoor is te [klein]; nl:~een [klein] probleem
Berg | f | nl:~we klimmen de [berg] op
Dijk | f | ~de [dijk] is verhoogd; ~fietsen over de [dijk]
Veen | f | ~het [veen] in de polder
Beek | f | ~de [beek] achter de school
Brink | f | ~de [brink] van het dorp; ~op de [brink] van de afgrond
Hoek | f | ~de winkel op de [hoek]; ~in de [hoek] van de klas
Roos | w | ~een [roos] voor moeder; ~[roos] op de hoofdhuid
Bloem | f | ~een [bloem] in de vaas; ~[bloem] voor de pannenkoeken
Koning | f | ~de [koning] in het schaakspel; ~[Koningsdag] in april
Prins | f | ~de [prins] op het witte paard; ~[Prinsjesdag] in september
Ridder | f | ~de [ridder] in het kasteel
Storm | f | nl:~de [storm] waait de vuilniszakken om
Winter | f | nl:~in de [winter] is het donker
Zomer | f | ~in de [zomer] is de kantine dicht; ~de [zomervakantie] begint vrijdag
Sterk | f | ~de koffie is [sterk]; ~een [sterk] wachtwoord
Vrolijk | f | ~[vrolijk] kerstfeest; ~een [vrolijke] klas
Wit | f | ~de muur is [wit]; ~[witte] wijn
"""

_NO = """
Strand | f | en:a strand of hair; en:the [strand] of DNA model in biology; en:~one [strand] of the cable is broken
Holm | mf | en:a holm oak; en:the [holm oak] by the gate
Lund | fp | en:the [Lund] University exchange brochure
Liv | w | en:the [Liv] bike in the shop window
"""

WORDS = parse(_DE, "de", "de") + parse(_NL, "nl", "nl") + parse(_NO, "en", "scandinavian")
