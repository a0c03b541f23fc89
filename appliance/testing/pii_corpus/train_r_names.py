"""Ordinary given and family names of many cultures for train_r's people (beside the
ambiguous words of `train_r_lex`), written for this generator: each culture has female and
male given names, family names (and, where the language inflects them, the female forms in
the same order), the language its people write in, and the order of the two names. Most are
in Latin script; a few cultures are in their own script. No name holds a space, and none is
a particle or a short common word of the template languages."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Culture:
    code: str
    lang: str  # the language its template text is in when the prompt is not in English
    order: str  # "gf": given family; "fg": family given; "fg0": family given, no space
    female: tuple[str, ...]
    male: tuple[str, ...]
    family: tuple[str, ...]
    family_f: tuple[str, ...]  # female forms of `family`, same order, or empty

    @property
    def latin(self) -> bool:
        return all(ch.isascii() or "\u00c0" <= ch <= "\u024f" for ch in "".join(self.family))


_DATA = """
en-us en gf
  F Ashley Brittany Megan Courtney Kayla Lindsey Kelsey Melissa Danielle Brianna
  M Cody Brandon Dustin Kyle Derek Trevor Justin Jeremy Tanner Garrett
  S Johnson Anderson Thompson Mitchell Campbell Collins Stewart Sullivan Jenkins Henderson
en-gb en gf
  F Sophie Harriet Imogen Eleanor Philippa Rosie Beth Chloe Abigail Georgina
  M Oliver Alfie George Callum Jamie Toby Ollie Freddie Rupert Archie
  S Smith Jones Davies Evans Wright Roberts Hughes Edwards Clarke Harrison
ga en gf
  F Siobhan Aoife Niamh Saoirse Caoimhe Orla Róisín Sinéad Clodagh Aisling
  M Seán Eoin Cathal Oisín Pádraig Cian Fionn Tadhg Donnacha Ruairí
  S O'Brien Kelly Byrne Ryan O'Sullivan Doyle McCarthy Gallagher Brennan Kavanagh
gd en gf
  F Isla Morag Kirsty Eilidh Ailsa Catriona Fiona Mhairi Shona Rhona
  M Hamish Angus Euan Calum Alasdair Ruaridh Lachlan Murdo Struan Fraser
  S MacLeod Robertson MacDonald Murray Ross Cameron Henderson MacKenzie Sinclair Buchanan
cy en gf
  F Cerys Bethan Ffion Carys Nia Eluned Angharad Gwenllian Manon Lowri
  M Dafydd Rhys Gethin Emyr Iwan Owain Huw Gareth Aled Geraint
  S Pritchard Llewellyn Griffiths Bowen Powell Vaughan Pugh Jenkins Prosser Rees
es es gf
  F Lucía Carmen Nuria Marta Irene Elena Ainhoa Inés Begoña Yolanda
  M Javier Álvaro Sergio Iker Pablo Diego Raúl Jorge Íñigo Gonzalo
  S García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Jiménez
es-mx es gf
  F Guadalupe Ximena Itzel Fernanda Mariana Valeria Yesenia Araceli Citlali Lupita
  M Alejandro Emiliano Santiago Ulises Joaquín Rodrigo Eduardo Armando Octavio Ricardo
  S Hernández Ramírez Vázquez Mendoza Guzmán Ortega Aguilar Chávez Villalobos Zúñiga
es-ar es gf
  F Camila Valentina Luciana Florencia Agustina Daniela Paula Natalia Juliana Micaela
  M Matías Nicolás Facundo Tomás Sebastián Andrés Felipe Esteban Mauricio Gonzalo
  S Gutiérrez Morales Suárez Acosta Benítez Herrera Medina Sosa Aguirre Giménez
pt pt gf
  F Inês Beatriz Leonor Matilde Mariana Joana Rita Teresa Sofia Carolina
  M João Tiago Duarte Rui Gonçalo Nuno Afonso Bernardo Vasco Henrique
  S Ferreira Santos Rodrigues Martins Sousa Gomes Lopes Marques Antunes Correia
pt-br pt gf
  F Larissa Thaís Bruna Letícia Camila Gabriela Jéssica Renata Vanessa Juliana
  M Thiago Lucas Gustavo Rafael Felipe Vinícius Guilherme Leandro Rodrigo Márcio
  S Souza Almeida Barbosa Araújo Teixeira Cavalcanti Moura Cardoso Rezende Monteiro
it it gf
  F Giulia Francesca Martina Alessia Federica Valentina Elisa Ilaria Beatrice Arianna
  M Lorenzo Matteo Giuseppe Alessandro Davide Federico Riccardo Stefano Andrea Marco
  S Esposito Colombo Greco Conti Mancini Lombardi Moretti Barbieri Galli Caruso
fr fr gf
  F Camille Manon Léa Chloé Juliette Margaux Élodie Aurélie Clémence Sandrine
  M Théo Mathis Louis Antoine Julien Maxime Baptiste Guillaume Quentin Thibault
  S Bernard Dubois Durand Moreau Laurent Lefebvre Girard Mercier Lambert Rousseau
de de gf
  F Lena Leonie Hannah Johanna Katharina Franziska Sabine Ursula Greta Annika
  M Lukas Jonas Maximilian Tobias Florian Sebastian Jürgen Dieter Matthias Henrik
  S Schmidt Meyer Becker Schulz Hoffmann Krüger Neumann Schröder Lehmann Hartmann
de-ch de gf
  F Theresa Verena Regula Monika Nadine Corinne Seraina Ladina Brigitte Cornelia
  M Reto Urs Mattia Andreas Stefan Christoph Adrian Lorenz Pirmin Silvan
  S Huber Gruber Steiner Moser Brunner Meier Baumann Egger Widmer Gerber
nl nl gf
  F Sanne Fenna Anouk Lotte Femke Maaike Eline Saskia Marloes Ilse
  M Daan Sem Bram Thijs Joost Sjoerd Ruben Jeroen Wouter Niels
  S Jansen Smit Meijer Mulder Dekker Dijkstra Hendriks Willemsen Verhoeven Postma
sv en gf
  F Astrid Ebba Maja Linnea Ingrid Sigrid Elin Klara Frida Agnes
  M Erik Lars Nils Oskar Anders Gustav Johan Axel Sven Pelle
  S Andersson Johansson Karlsson Nilsson Eriksson Lindqvist Lundberg Bergström Svensson Holmgren
no en gf
  F Solveig Ingeborg Kari Sigrun Tuva Hedda Marit Ragnhild Silje Synnøve
  M Magnus Håkon Eirik Torbjørn Sindre Øyvind Knut Halvor Vegard Trygve
  S Hansen Johansen Olsen Larsen Pedersen Nilsen Kristiansen Halvorsen Haugen Bakken
da en gf
  F Mette Freja Signe Birgitte Sofie Trine Lærke Ditte Maja Pernille
  M Mads Rasmus Frederik Søren Jesper Mikkel Kasper Troels Bjarke Anders
  S Nielsen Jensen Sørensen Rasmussen Christensen Poulsen Møller Madsen Kristensen Thomsen
fi en gf
  F Aino Helmi Saara Venla Sanna Tuula Riikka Kaisa Päivi Noora
  M Eetu Juho Mikko Antti Jussi Ville Tapio Lauri Aleksi Jarkko
  S Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen
is en gf
  F Guðrún Sigríður Kristín Helga Ragnheiður Þóra Hildur Ásdís Björk Katrín
  M Jón Sigurður Guðmundur Gunnar Ólafur Einar Kristján Stefán Bjarni Ragnar
  S Sigurðsson Magnússon Ólafsson Stefánsson Kristjánsson Björnsson Einarsson Gunnarsson Jónsson Ragnarsson
  SF Sigurðardóttir Magnúsdóttir Ólafsdóttir Stefánsdóttir Kristjánsdóttir Björnsdóttir Einarsdóttir Gunnarsdóttir Jónsdóttir Ragnarsdóttir
pl en gf
  F Agnieszka Małgorzata Katarzyna Joanna Zofia Magdalena Dorota Justyna Beata Grażyna
  M Piotr Krzysztof Tomasz Paweł Michał Marcin Grzegorz Łukasz Wojciech Jakub
  S Nowak Kowalczyk Wójcik Woźniak Mazur Krawczyk Kowalski Wiśniewski Kamiński Lewandowski
  SF Nowak Kowalczyk Wójcik Woźniak Mazur Krawczyk Kowalska Wiśniewska Kamińska Lewandowska
cs en gf
  F Tereza Lucie Veronika Kateřina Jana Eliška Markéta Zuzana Petra Hana
  M Jiří Petr Tomáš Ondřej Vojtěch Lukáš Pavel Radek Zdeněk Miroslav
  S Novák Svoboda Novotný Dvořák Procházka Kučera Veselý Horák Němec Pokorný
  SF Nováková Svobodová Novotná Dvořáková Procházková Kučerová Veselá Horáková Němcová Pokorná
hu en gf
  F Zsófia Eszter Réka Katalin Ildikó Anikó Boglárka Erzsébet Orsolya Judit
  M László Zoltán Bence Levente Gábor Csaba Balázs Attila Tamás István
  S Nagy Kovács Tóth Szabó Horváth Varga Lakatos Molnár Farkas Balogh
ro en gf
  F Ioana Andreea Alexandra Bianca Raluca Mihaela Roxana Cristina Simona Oana
  M Andrei Mihai Bogdan Ionuț Răzvan Cătălin Florin Vlad Dragoș Sorin
  S Popescu Ionescu Popa Dumitrescu Stoica Munteanu Constantin Dinu Lungu Moldovan
el en gf
  F Eleni Katerina Dimitra Vasiliki Despina Athina Ioanna Chrysa Eftychia Anthi
  M Giorgos Dimitris Nikos Kostas Yannis Panagiotis Christos Vasilis Stavros Thanasis
  S Papadopoulos Papadakis Georgiou Nikolaidis Karagiannis Vlachos Oikonomou Antoniou Makris Alexiou
  SF Papadopoulou Papadaki Georgiou Nikolaidou Karagianni Vlachou Oikonomou Antoniou Makri Alexiou
ru en gf
  F Anastasia Ekaterina Olga Tatiana Irina Natalia Yulia Daria Ksenia Polina
  M Dmitry Sergei Alexei Mikhail Nikolai Vladimir Yaroslav Konstantin Grigory Arkady
  S Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov
  SF Ivanova Smirnova Kuznetsova Popova Vasilieva Petrova Sokolova Mikhailova Novikova Fedorova
uk en gf
  F Oksana Olena Halyna Solomiia Khrystyna Yaryna Bohdana Nataliia Liudmyla Iryna
  M Taras Bohdan Oleksandr Mykola Yurii Vasyl Andrii Ostap Petro Serhii
  S Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Oliinyk Lysenko Moroz
sh en gf
  F Jelena Milica Ivana Marija Dragana Snežana Tijana Katarina Mirjana Vesna
  M Nikola Marko Stefan Dušan Miloš Luka Dragan Goran Zoran Branko
  S Jovanović Petrović Nikolić Marković Horvat Kovačević Babić Marić Hodžić Begić
bg en gf
  F Desislava Gergana Tsvetelina Radostina Yordanka Boryana Rumyana Silviya Mariela Teodora
  M Georgi Hristo Stoyan Ivaylo Todor Krasimir Plamen Tsvetan Dimitar Kaloyan
  S Dimitrov Georgiev Todorov Stoyanov Hristov Angelov Kolev Iliev Yordanov Petkov
  SF Dimitrova Georgieva Todorova Stoyanova Hristova Angelova Koleva Ilieva Yordanova Petkova
baltic en gf
  F Rūta Eglė Gintarė Aistė Ieva Laima Līga Kristiina Liis Triin
  M Mindaugas Rokas Darius Jānis Artūrs Kārlis Mart Tõnu Rasmus Andrus
  S Kazlauskas Petrauskas Jankauskas Bērziņš Kalniņš Ozoliņš Tamm Saar Kask Sepp
tr tr gf
  F Elif Zeynep Ayşe Merve Büşra Esra Selin Derya Ebru Gamze
  M Mehmet Mustafa Emre Burak Oğuz Kerem Serkan Murat Berk Cem
  S Yılmaz Şahin Öztürk Arslan Aydın Özdemir Koç Kılıç Yıldırım Erdoğan
ar en gf
  F Fatima Mariam Rania Huda Lina Hala Salma Reem Nadia Samira
  M Ahmed Mohammed Omar Khalid Youssef Tariq Hassan Ibrahim Faisal Walid
  S Haddad Khoury Nasser Saleh Mansour Aziz Hamdan Qasim Rahman Masri
ar-eg en gf
  F Nourhan Shaimaa Marwa Doaa Heba Mona Radwa Dina Sahar Yomna
  M Mahmoud Mostafa Amr Sherif Hany Tamer Hossam Ayman Essam Khaled
  S Abdelrahman Fahmy Soliman Gaber Ezzat Ragab Shawky Hegazy Mahmoud Elsayed
ar-ma fr gf
  F Khadija Zineb Imane Siham Houda Naima Kenza Loubna Meryem Safae
  M Hamza Mehdi Rachid Abdelilah Amine Younes Hicham Anouar Soufiane Othmane
  S Benali Alaoui Bennani Idrissi Tazi Berrada Chraibi Ouazzani Fassi Belkadi
fa en gf
  F Shirin Parisa Mahsa Niloofar Roya Golnar Setareh Azadeh Leila Mitra
  M Reza Dariush Kaveh Arash Babak Farhad Siavash Kourosh Hooman Behnam
  S Hosseini Rahimi Karimi Mohammadi Jafari Ahmadi Moradi Rostami Tehrani Shirazi
ku en gf
  F Rojda Berfin Dilan Zozan Nazdar Şilan Berivan Jiyan Hêvîn Delal
  M Rêzan Serhat Baran Rojhat Dilovan Şoreş Kawa Hejar Siyar Zana
  S Amedi Berwari Duski Zebari Hawrami Baban Mukriyani Bamarni Sindi Doski
he en gf
  F Noa Michal Adi Hila Efrat Roni Yael Orly Liat Dafna
  M Yossi Eitan Noam Itai Amit Omer Yonatan Avi Nadav Ido
  S Cohen Levi Mizrahi Peretz Biton Friedman Azulay Katz Shapiro Avraham
hi en gf
  F Priya Anjali Neha Sunita Kavita Ritu Meenakshi Divya Shreya Pallavi
  M Rahul Amit Vikram Rohit Sanjay Arjun Aditya Manish Ravi Nikhil
  S Sharma Verma Gupta Agarwal Mehta Joshi Malhotra Saxena Kapoor Chauhan
ta en gf
  F Kavya Meena Revathi Anitha Deepa Sangeetha Nithya Janani Priyanka Kalaivani
  M Karthik Senthil Arun Prakash Murugan Vignesh Balaji Saravanan Dinesh Sathish
  S Subramanian Krishnan Natarajan Raman Iyer Pillai Chandrasekaran Venkatesan Rajendran Sundaram
bn en gf
  F Tanushree Moumita Rupa Shampa Paromita Sreya Mitali Debjani Rituparna Sudeshna
  M Arnab Sourav Debashish Subhajit Anirban Partha Tanmoy Sayan Indranil Abhijit
  S Chatterjee Banerjee Mukherjee Ghosh Sen Dutta Chakraborty Bhattacharya Sarkar Mitra
pa en gf
  F Harpreet Gurpreet Simran Jaspreet Manpreet Navneet Amandeep Kiranjit Rajwinder Sukhmani
  M Gurdeep Harjit Jasbir Manjit Baljit Kulwinder Ranjit Sukhdev Parminder Amrik
  S Sandhu Dhillon Grewal Sidhu Brar Randhawa Bains Aulakh Cheema Sekhon
ur en gf
  F Ayesha Sana Mehwish Hira Rabia Bushra Nida Saima Iqra Zainab
  M Bilal Usman Imran Kamran Adnan Shahid Waqar Zeeshan Asad Junaid
  S Qureshi Siddiqui Chaudhry Javed Sheikh Raza Abbasi Mirza Hashmi Baig
ne en gf
  F Sabina Anisha Srijana Sarita Bimala Kabita Rojina Sushmita Pratima Manisha
  M Bikash Suman Rajesh Dipesh Prabin Bibek Nabin Santosh Sudip Ramesh
  S Shrestha Gurung Tamang Thapa Magar Adhikari Karki Bhattarai Pokharel Lama
si en gf
  F Dilini Nadeesha Chathurika Ishara Sachini Tharushi Hasini Nilmini Madhavi Kaushalya
  M Chaminda Nuwan Lahiru Kasun Tharindu Ruwan Dilshan Sanjeewa Pradeep Upul
  S Perera Jayasuriya Wijesinghe Gunawardena Rajapaksha Bandara Dissanayake Herath Wickramasinghe Senanayake
zh en gf
  F Xiaoling Meiling Yanyan Jiayi Xinyi Shuang Yuting Zihan Ruoxi Lijuan
  M Jianguo Haoran Zhiwei Junjie Yichen Zihao Mingyu Tianyu Jiahao Xiaobo
  S Wang Zhang Liu Chen Yang Huang Zhao Xu Sun Guo
yue en gf
  F Ka-yan Wing-sze Hoi-ying Suk-fan Mei-ki Pui-shan Oi-lam Wai-yee Ching-man Sze-wing
  M Chi-wai Ka-ho Wai-ming Kwok-keung Tsz-hin Chun-kit Siu-fung Ho-yin Ka-lok Wing-kei
  S Chan Wong Leung Cheung Lau Yip Tsang Kwok Lam Fung
ja en gf
  F Yui Haruka Misaki Mio Nanami Ayaka Kaho Chihiro Megumi Ayumi
  M Haruto Sota Yuto Kaito Takumi Kenji Daisuke Shota Hiroshi Ryota
  S Sato Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kato Yoshida Yamada
ko en gf
  F Ji-woo Seo-yeon Min-seo Ha-eun Ye-jin Su-bin Ji-min Eun-ji Hye-jin Yu-na
  M Min-jun Seo-jun Do-yun Ji-ho Hyun-woo Joon-young Sung-min Dong-hyun Tae-yang Jae-won
  S Kim Lee Choi Jung Kang Cho Yoon Jang Lim Han
vi en gf
  F Linh Trang Huong Ngoc Thao Hanh Phuong Nhung Thuy Quynh
  M Minh Tuan Duc Huy Khanh Quang Thanh Hoang Vinh Phong
  S Nguyen Tran Pham Huynh Vu Dang Bui Ngo Duong Trinh
th en gf
  F Siriporn Kanya Nattaya Pimchanok Suda Malee Ratana Wanida Ploy Apinya
  M Somchai Anan Kittisak Nattapong Thanawat Prasert Surasak Wichai Chaiwat Pongsak
  S Saetang Srisuk Wongsawat Chaiyaporn Sukprasert Rattanakorn Boonmee Thongchai Kaewmanee Phromma
tl en gf
  F Maricel Rowena Jocelyn Analyn Kristine Mylene Lorna Jenelyn Rhea Marites
  M Jomar Rodel Arnel Jericho Ramil Dindo Nestor Efren Rommel Jonel
  S Bautista Villanueva Aquino Dizon Manalo Pangilinan Macaraeg Soriano Tolentino Castro
id en gf
  F Siti Dewi Putri Ayu Wulan Rina Nurul Fitri Intan Ratna
  M Budi Agus Rizky Hendra Eko Bayu Dimas Fajar Yusuf Wahyu
  S Wijaya Saputra Pratama Hidayat Kusuma Santoso Halim Ismail Nugroho Setiawan
sw en gf
  F Wanjiru Achieng Nyambura Akinyi Wambui Nafula Atieno Mwanaisha Halima Njeri
  M Kamau Otieno Ochieng Kiprono Juma Omondi Mutua Njoroge Wekesa Kibet
  S Mwangi Odhiambo Kariuki Chege Mutiso Wafula Onyango Kimani Wanjiku Macharia
yo en gf
  F Adebola Folake Oluwaseun Temitope Funmilayo Yetunde Bukola Titilayo Abimbola Omolara
  M Olumide Babatunde Adewale Oluwaseyi Kayode Tunde Femi Segun Ayodele Dapo
  S Adeyemi Ogunleye Adebayo Olaniyan Oladipo Akinola Balogun Oyelaran Afolabi Ogunbiyi
ig en gf
  F Chiamaka Ngozi Adaeze Chinwe Ifeoma Nneka Chidinma Obiageli Amarachi Uzoamaka
  M Chinedu Emeka Obinna Ikenna Chukwuemeka Nnamdi Kelechi Ifeanyi Chibuzor Uche
  S Okafor Okonkwo Nwosu Onyekachi Okeke Nwachukwu Okoro Anozie Eze Obi
ha en gf
  F Aisha Hadiza Amina Hauwa Maryam Rukayya Bilkisu Zainab Hafsat Jamila
  M Abubakar Musa Sani Aminu Garba Bashir Lawal Nasiru Umar Idris
  S Bello Danjuma Yusuf Abdullahi Sule Mohammed Shehu Usman Ibrahim Tanko
am en gf
  F Tigist Meron Hiwot Aster Mahlet Tsion Rahel Selamawit Bezawit Liya
  M Dawit Yonas Abebe Tesfaye Bereket Henok Kidus Mulugeta Getachew Yared
  S Tadesse Haile Kebede Alemu Bekele Girma Wolde Desta Mengistu Tesfaye
zu en gf
  F Nomvula Thandiwe Lindiwe Nokuthula Zanele Ayanda Nandi Busisiwe Sibongile Lerato
  M Sipho Thabo Mandla Bongani Sizwe Themba Lwazi Lungelo Vusi Kagiso
  S Dlamini Nkosi Ndlovu Khumalo Mthembu Mahlangu Ngcobo Cele Mokoena Shabalala
ak en gf
  F Akosua Adwoa Abena Akua Yaa Afua Efua Esi Adjoa Ekua
  M Kwame Kofi Kwaku Kwabena Yaw Kojo Kwesi Kweku Fiifi Kobina
  S Mensah Asante Boateng Owusu Osei Appiah Agyemang Darko Ofori Amoah
so en gf
  F Hodan Ayaan Fadumo Sahra Hibaaq Ubah Idil Ladan Nimco Farhiya
  M Abdi Abdirahman Guled Liban Warsame Jama Mahad Bashir Ilyas Abdiaziz
  S Warsame Hassan Jama Osman Hirsi Egal Duale Abdi Mohamud Yusuf
mi en gf
  F Ngaire Huia Kiri Ngaio Anahera Hine Marama Ataahua Waimarie Hana
  M Tama Rangi Wiremu Hemi Nikau Mikaere Rawiri Manaia Ihaia Tipene
  S Ngata Parata Henare Rewi Hohaia Kereama Paewai Tuhiwai Waaka Tamihana
sm en gf
  F Sina Malia Mele Losa Fetu Leilani Salote Ana Lupe Faith
  M Sione Tavita Ioane Fale Viliami Sefa Tevita Alapati Semisi Lealofi
  S Faleolo Tuilagi Leota Vaifale Taufa Fifita Tupou Havili Lolohea Pouono
hy en gf
  F Anahit Lusine Nare Tatev Siranush Gayane Armine Shushan Hasmik Mariam
  M Aram Tigran Hayk Narek Vardan Davit Levon Arsen Gevorg Ashot
  S Petrosyan Hakobyan Sargsyan Grigoryan Harutyunyan Khachatryan Avetisyan Mkrtchyan Karapetyan Gevorgyan
ka en gf
  F Nino Mariami Ketevan Natia Salome Tamta Eka Maia Tinatin Khatia
  M Giorgi Levan Irakli Nika Zurab Giga Beka Tornike Vakhtang Lasha
  S Beridze Kapanadze Gelashvili Maisuradze Giorgadze Lomidze Tsiklauri Bolkvadze Nozadze Chkheidze
sq en gf
  F Arta Blerta Drita Fjolla Jonida Besa Mimoza Vjosa Elira Lule
  M Arben Besnik Dritan Ermal Gentian Ilir Kastriot Agron Fatos Luan
  S Hoxha Krasniqi Shehu Gashi Berisha Dervishi Leka Marku Kola Dushku
eu es gf
  F Ainhoa Nerea Itziar Maialen Miren Amaia Edurne Leire Garazi Irati
  M Iker Unai Aitor Gorka Koldo Asier Eneko Ander Jokin Xabier
  S Etxeberria Agirre Garmendia Urrutia Goikoetxea Arrieta Zubizarreta Olano Beitia Mendizabal
ca es gf
  F Montse Núria Mireia Laia Roser Meritxell Neus Anna Marta Queralt
  M Jordi Oriol Xavier Arnau Pere Marc Joan Pol Albert Roger
  S Puig Vidal Ferrer Soler Vila Pujol Roca Casals Riera Bosch
ru-cyrl en gf
  F Анна Ольга Мария Елена Наталья Татьяна
  M Дмитрий Сергей Алексей Иван Михаил Андрей
  S Шевченко Коваленко Бондаренко Ткаченко Кравченко Мельник
el-grek en gf
  F Ελένη Κατερίνα Μαρία Σοφία Δήμητρα
  M Γιώργος Νίκος Κώστας Γιάννης Δημήτρης
  S Παπαδόπουλος Γεωργίου Νικολάου Οικονόμου Αντωνίου
  SF Παπαδοπούλου Γεωργίου Νικολάου Οικονόμου Αντωνίου
ar-arab en gf
  F فاطمة مريم ليلى سارة نور
  M أحمد محمد عمر خالد يوسف
  S حداد خوري منصور ناصر صالح
he-hebr en gf
  F נועה שירה תמר מיכל יעל
  M יוסי איתן נועם עומר אבי
  S כהן לוי מזרחי פרץ כץ
hi-deva en gf
  F प्रिया अंजलि नेहा सुनीता कविता
  M राहुल अमित विक्रम रोहित संजय
  S शर्मा वर्मा गुप्ता मेहता जोशी
zh-hans en fg0
  F 丽 芳 静 婷 娜
  M 伟 强 磊 军 洋
  S 王 李 张 刘 陈
ja-jpan en fg
  F 陽子 美咲 さくら 結衣 直美
  M 健太 翔太 大輔 拓也 浩
  S 佐藤 鈴木 高橋 田中 伊藤
ko-hang en fg0
  F 지우 서연 민서 하은 수빈
  M 민준 서준 도윤 지호 현우
  S 김 이 박 최 정
th-thai en gf
  F สมศรี มาลี สุดา ปราณี วิไล
  M สมชาย อนันต์ ประเสริฐ วิชัย สุรศักดิ์
  S ศรีสุข บุญมี แก้วมณี ทองใบ สุขประเสริฐ
"""


def _parse(data: str) -> list[tuple[str, str, str, str, str, str, str]]:
    """Culture blocks: a line "code lang order", then "F", "M", "S" (and "SF") name lines."""
    out: list[list[str]] = []
    for line in data.strip().splitlines():
        if not line.startswith(" "):
            out.append(line.split() + ["", "", "", ""])
            continue
        key, _, names = line.strip().partition(" ")
        out[-1][3 + ["F", "M", "S", "SF"].index(key)] = names
    return [tuple(row) for row in out]  # type: ignore[misc]


CULTURES: dict[str, Culture] = {}
for _code, _lang, _order, _f, _m, _s, _sf in _parse(_DATA):
    _fam, _famf = tuple(_s.split()), tuple(_sf.split())
    if _famf and len(_famf) != len(_fam):
        raise ValueError(f"{_code}: female family names must match the family names")
    CULTURES[_code] = Culture(
        _code, _lang, _order, tuple(_f.split()), tuple(_m.split()), _fam, _famf
    )

LATIN = [c for c in CULTURES.values() if c.latin]
NATIVE = [c for c in CULTURES.values() if not c.latin]
ENGLISH = [CULTURES[c] for c in ("en-us", "en-gb", "ga", "gd", "cy")]
BY_LANG: dict[str, list[Culture]] = {}
for _c in LATIN:
    BY_LANG.setdefault(_c.lang, []).append(_c)

# Latin-script cities, regions and countries that are no ambiguous word, for LOCATION values
CITIES = """Leeds Glasgow Cardiff Belfast Bristol Manchester Edinburgh Toronto Winnipeg Halifax
Boston Chicago Seattle Portland Atlanta Baltimore Sacramento Pittsburgh Lyon Marseille Toulouse
Bordeaux Nantes Lille Madrid Barcelona Sevilla Bilbao Zaragoza Lisbon Porto Coimbra Braga Turin
Bologna Naples Palermo Genoa Trieste Munich Hamburg Cologne Leipzig Dresden Stuttgart Zurich Basel
Bern Graz Innsbruck Amsterdam Rotterdam Utrecht Eindhoven Antwerp Ghent Brussels Copenhagen Aarhus
Oslo Bergen Stockholm Uppsala Helsinki Tampere Reykjavik Warsaw Krakow Gdansk Prague Brno
Budapest Bucharest Cluj Athens Thessaloniki Istanbul Izmir Ankara Bursa Antalya Beirut Amman
Cairo Casablanca Rabat Tunis Nairobi Mombasa Kampala Lagos Ibadan Abuja Accra Kumasi Johannesburg
Durban Addis Mumbai Pune Chennai Kolkata Bengaluru Hyderabad Lahore Karachi Dhaka Kathmandu
Colombo Bangkok Hanoi Manila Cebu Jakarta Surabaya Osaka Nagoya Busan Incheon Shanghai Chengdu
Auckland Christchurch Brisbane Perth Hobart Tbilisi Yerevan Tirana Vilnius Riga Tallinn Bogota
Medellin Monterrey Guadalajara Tijuana Quito Montevideo Rosario Recife Curitiba Manaus""".split()
REGIONS = """Texas Ohio Oregon Bavaria Andalusia Catalonia Tuscany Sicily Brittany Normandy
Provence Ontario Quebec Manitoba Queensland Tasmania Yorkshire Cornwall Kerala Punjab Gujarat
Anatolia Saxony Flanders Wales Scotland Portugal Spain Italy Germany Poland Norway Sweden Finland
Denmark Ireland Turkey Egypt Morocco Nigeria Ghana Ethiopia Mexico Brazil Argentina Peru Colombia
Japan Korea Vietnam Thailand Indonesia Malaysia Nepal Pakistan Canada Australia Greece Romania""".split()
