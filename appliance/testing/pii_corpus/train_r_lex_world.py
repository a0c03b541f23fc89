"""train_r's ambiguous words, part 7: Turkish, Arabic, Hindi, Swahili, Japanese, Slavic,
Hebrew, Chinese, Korean, Polynesian and Nordic given and family names that are also common
words, with non-person uses in Turkish (``tr:``), as short quoted phrases (``q``, tagged with
their language) or in English text. Same line format as `train_r_lex_given`; parsed by
`train_r_lex`."""

from __future__ import annotations

DATA = """
Deniz | U | tr:c deniz kenarı; tr:c deniz ürünleri
Yıldız | F S | tr:c bir kayan yıldız; tr:f yıldız anason
Umut | M | tr:c umut verici bir gelişme; tr:c biraz umut
Güneş | U | tr:c güneş enerjisi; tr:c güneş kremi
Ay | F | tr:c ay sonu; tr:c bu ay
Can | M | tr:c can sıkıntısı; tr:c can güvenliği; k The printer can jam on thick card.
Bulut | M | tr:c bulut depolama; tr:c kara bulut
Yağmur | U | tr:c yağmur botu; tr:c yağmur suyu
Toprak | M S | tr:c toprak kayması
Çiçek | F S | tr:c çiçek sepeti; tr:c çiçek bahçesi
Aslan | M S | tr:c aslan payı
Doğan | M S | tr:c doğan güneş
Demir | M S | tr:c demir kapı; tr:c demir eksikliği
Çelik | M S | tr:c çelik kapı; tr:c paslanmaz çelik
Altın | F S | tr:c altın fiyatları
Gül | F | tr:f gül reçeli; tr:f gül suyu
Lale | F | tr:c lale bahçesi; tr:e Lale Devri
Sevgi | F | tr:c sevgi dolu bir mektup
Barış | M | tr:c barış görüşmeleri
Ümit | M | tr:c ümit verici sonuçlar
Özgür | M | tr:c özgür yazılım
Kaya | U S | tr:f kaya tuzu
Ateş | M | tr:c yüksek ateş
Bahar | F | tr:c bahar temizliği
Nehir | F | tr:c nehir kıyısı
Ekin | U | tr:c ekin tarlası
Pınar | F | tr:c pınar suyu; p Pınar süt ürünleri
Şeker | F | tr:e Şeker Bayramı; tr:c şeker hastalığı
Dolunay | F | tr:c dolunay gecesi
Yaprak | F | tr:f yaprak sarma
Kurt | M | tr:c bir kurt sürüsü
Savaş | M | tr:c savaş filmi
Volkan | M | tr:c volkan patlaması
Mehtap | F | tr:c mehtap gecesi
Hilal | F | tr:c ince bir hilal
Nazar | U | tr:c nazar boncuğu
Melek | F | tr:c koruyucu melek
Hayat | F | tr:c hayat sigortası
Noor | F | l the Noor Ouarzazate solar complex; ar:q noor ala noor
Karim | M | e the Ramadan Karim greetings; ar:q Ramadan karim
Salam | U | c the usual salam greeting; ar:q salam alaikum
Amal | F | ar:q fi amal; ar:q amal jadid
Yasmin | F | p Yasmin contraceptive pills
Farah | F S | p Farah trousers
Hind | F | m the Hind font
Amiri | M | m the Amiri font
Asha | F | hi:q koi asha nahin; hi:q nayi asha
Deepak | M | c a clay deepak for Diwali
Kiran | U | hi:q suraj ki kiran
Sagar | M | f Sagar Ratna thalis
Pooja | F | c the pooja room; e the Diwali pooja; e a Ganesh pooja
Aarti | F | e the evening aarti at the ghat; c an aarti plate
Jyoti | F | c the akhand jyoti lamp
Shanti | F | hi:q om shanti; c a shanti mantra
Kamal | M | hi:q kamal kar diya
Lakshmi | F | e the Lakshmi pooja
Ganesh | M | e Ganesh Chaturthi
Basant | M | e Basant Panchami; e the Basant kite festival
Diya | F | c a clay diya; c diya lamps for Diwali
Rani | F | c Rani pink
Gulab | U | f gulab jamun; f gulab sharbat
Kesar | F | f kesar pista kulfi; f kesar milk
Chandni | F | l Chandni Chowk market
Sona | F | f sona masoori rice
Champa | F | c Nag Champa incense
Pushpa | F | m the film Pushpa
Mala | F | c a tulsi mala; c japa mala beads
Tulsi | F | f tulsi tea
Baraka | M | m the film Baraka; sw:q baraka tele
Imani | F | sw:q nina imani
Zawadi | F | sw:q asante kwa zawadi
Neema | F | sw:q neema tele
Amani | U | sw:q amani na upendo
Furaha | F | sw:q furaha tele; sw:q nakutakia furaha
Upendo | F | sw:q upendo wa kweli
Tumaini | M | sw:q tumaini jipya
Nuru | F | sw:q nuru ya asubuhi
Bahati | U | sw:q bahati nzuri
Malaika | F | m the song Malaika
Simba | M | m Simba from The Lion King; m a Simba plush toy
Subira | F | sw:q subira huvuta heri
Hikari | F | n the Hikari bullet train
Haru | U | ja:q haru ga kita
Yuki | U | ja:q yuki ga futte iru
Hana | F | ja:q hana yori dango
Sakura | F | e sakura season; f sakura mochi; n the Sakura bullet train
Nozomi | F | n the Nozomi bullet train
Kodama | S | n the Kodama train
Tsubasa | U | n the Tsubasa train
Akira | M | m the anime film Akira
Hayate | M | n the Hayate train
Mizuho | F | n the Mizuho train; p Mizuho Bank
Komachi | F | n the Komachi train
Nadezhda | F | ru:q nadezhda umirayet poslednei
Lyubov | F | m the film Lyubov i golubi
Mir | M | s the Mir space station
Orlov | S | n the Orlov diamond; c an Orlov trotter
Shira | F | he:q shira ivrit
Tal | U | es:q qué tal; he:q tal u matar
Oren | M | he:q etz oren
Shalom | M | he:q shalom aleichem
Chaim | M | he:q l'chaim
Simcha | U | c the family simcha next week
Zohar | U | m the Zohar
Kinneret | F | l Lake Kinneret
Carmel | F | l Mount Carmel
Sharon | F | f sharon fruit; l the Sharon plain
Ming | M | c a Ming vase; e the Ming dynasty
Bao | U | f bao buns; f char siu bao
Lan | F | c a LAN party; c the office LAN
Tang | S | e the Tang dynasty; f Tang orange drink
Song | S | e the Song dynasty; c song lyrics
Yuan | S | c fifty yuan; e the Yuan dynasty
Qin | S | e the Qin dynasty
Zhou | S | e the Zhou dynasty
Bora | F | c a bora wind
Kai | M | c a plate of kai
Mana | U | c mana points; c a mana potion
Koa | M | c a koa wood ukulele
Aroha | F | mi:q aroha nui
Thor | M | m the film Thor
"""
