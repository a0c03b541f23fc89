"""val26's people: given and family names of many cultures, word-names, nicknames.

Written from the author's head for val26 (no name list of any library). Each culture is
(given names, family names, order): names are separated by spaces, "_" stands for a space
inside one name. Orders: "w" given-first, "e" family-first, "x" either (per person), "d"
given-first with one or two family names (Spanish and Latin American style), "vi"
family-middle-given (Vietnamese).
"""

from __future__ import annotations

CULTURES: dict[str, tuple[str, str, str]] = {
    "english": (
        "Harriet Eleanor Oliver Imogen Rupert Beatrice Alistair Tamsin Jonathan Philippa "
        "Edmund Lucinda Nathaniel Rebecca Timothy Georgina",
        "Whitcombe Pemberton Ashworth Thornbury Hargreaves Fairbairn Pickering Lockwood "
        "Blakemore Sutcliffe Entwistle Braithwaite Cartwright Winterbottom Ellery",
        "w",
    ),
    "scottish": (
        "Ailsa Ewan Morag Iain Catriona Lachlan Mhairi Struan Kirsty Fergus Eilidh Murdo",
        "MacLeod Drummond Gillespie McAllister Buchanan Urquhart Sinclair Menzies Abernethy "
        "Maclean",
        "w",
    ),
    "irish": (
        "Siobhán Niamh Ciarán Aoife Oisín Saoirse Cormac Róisín Pádraig Clodagh Eoin Gráinne",
        "O'Donoghue Ní_Bhriain Ó_Súilleabháin McGrath Fitzgerald Breathnach Kavanagh Quinlan "
        "Moriarty Doherty Tierney",
        "w",
    ),
    "welsh": (
        "Rhiannon Gethin Cerys Dafydd Eluned Iolo Angharad Rhodri Bethan Llŷr Carys Emyr",
        "Pritchard Llewellyn Vaughan Prosser Gwilliam Bowen Rees Jenkins Griffiths Powell",
        "w",
    ),
    "french": (
        "Amélie Thibault Sébastien Margaux Élodie Guillaume Aurélien Clémence Yannick Bastien "
        "Solène Gaëlle",
        "Lefèvre Moreau Girard Mercier Rousseau Dubois Chevalier Gauthier Faure Perrin "
        "Vasseur Lemaire",
        "w",
    ),
    "german": (
        "Jürgen Sabine Dieter Anke Birgit Wolfgang Heike Matthias Johanna Lukas Friederike "
        "Torsten Ulrike Kerstin",
        "Schneider Müller Hoffmann Schäfer Krüger Neumann Zimmermann Weber Schulte Köhler "
        "Lehmann Hartmann Vogt",
        "w",
    ),
    "dutch": (
        "Sanne Maarten Femke Joost Anouk Bram Lieke Sjoerd Floortje Thijs Marloes Wouter",
        "van_der_Berg de_Vries Jansen van_Dijk Visser Meijer de_Jong Mulder van_Leeuwen "
        "Hendriks Kuipers Verhoeven Dekker",
        "w",
    ),
    "flemish": (
        "Wannes Lotte Jelle Ine Pieter-Jan Griet Lieven Annelies Joris Hanne",
        "Peeters Janssens Maes Claes Goossens Vermeulen De_Smet Vandenberghe Wuyts",
        "w",
    ),
    "spanish": (
        "María_José Alejandro Lucía Íñigo Begoña Álvaro Montserrat Guillermo Inmaculada "
        "Rocío Javier Covadonga",
        "García Ruiz Fernández López Sánchez Domínguez Navarro Jiménez Herrero Ortega "
        "Pizarro Carrasco",
        "d",
    ),
    "basque": (
        "Aitor Ane Iker Maite Unai Garazi Xabier Itziar Nerea Gorka",
        "Etxeberria Agirre Goikoetxea Zubizarreta Urrutia Arrieta Olabarria Larrañaga",
        "d",
    ),
    "catalan": (
        "Jordi Núria Oriol Mireia Arnau Laia Queralt Pere Meritxell Ferran",
        "Vilaseca Ferrer Soler Casals Pujol Riera Vidal Puigvert Sagarra",
        "d",
    ),
    "portuguese": (
        "João Inês Gonçalo Leonor Rui Tiago Mafalda Duarte Catarina Filipa Vasco",
        "Fonseca Magalhães Carvalho Teixeira Figueiredo Pereira Antunes Sequeira Valadares",
        "d",
    ),
    "italian": (
        "Giuseppe Chiara Lorenzo Federica Alessandro Matteo Benedetta Raffaele Ilaria "
        "Tommaso Donatella Gianluca",
        "Esposito Ferraro Bianchi Russo Ricci Mazzanti De_Luca Greco Cattaneo Santoro Mancini "
        "Rinaldi Caruso",
        "w",
    ),
    "greek": (
        "Eleni Dimitris Giorgos Katerina Nikos Vasiliki Kostas Anastasia Panagiotis Despina Yannis",
        "Papadopoulos Georgiou Konstantinidis Nikolaidou Vlachos Karagiannis Antoniou "
        "Oikonomou Stavrou",
        "w",
    ),
    "polish": (
        "Katarzyna Wojciech Małgorzata Grzegorz Agnieszka Przemysław Zofia Bartłomiej "
        "Jadwiga Tomasz Dorota Krzysztof",
        "Kowalczyk Nowak Wójcik Mazur Krawczyk Kaczmarek Zając Wieczorek Pawlak Michalak "
        "Sikora Jaworek",
        "w",
    ),
    "czech": (
        "Jiří Petra Tomáš Lucie Vojtěch Kateřina Ondřej Markéta Radek Zuzana",
        "Dvořák Novotná Procházka Svobodová Černý Krejčí Horáková Němec Kučera Pokorný",
        "w",
    ),
    "hungarian": (
        "Katalin Zoltán Ildikó Gábor Eszter Bence Réka Csaba Zsófia Levente",
        "Nagy Kovács Tóth Szabó Horváth Varga Farkas Balogh Molnár Németh",
        "e",
    ),
    "romanian": (
        "Ioana Andrei Mihaela Bogdan Irina Răzvan Florin Oana Cosmin Roxana Mircea",
        "Popescu Ionescu Constantinescu Dumitrescu Stoica Munteanu Georgescu Vasilescu Marinescu",
        "w",
    ),
    "bulgarian": (
        "Desislava Kaloyan Ralitsa Stoyan Tsvetelina Boyan Yordanka Plamen",
        "Petrova Dimitrov Ivanova Georgiev Todorova Stoyanov Hristova Angelov",
        "w",
    ),
    "serbocroatian": (
        "Dragana Miloš Jelena Nemanja Vesna Dušan Ivana Goran Snežana Marko",
        "Jovanović Petrović Nikolić Marković Đorđević Stojanović Kovačević Babić Horvat Perić",
        "w",
    ),
    "ukrainian": (
        "Oksana Taras Olena Bohdan Iryna Mykola Halyna Yaroslav Nataliia Andrii",
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Oliinyk Savchenko Hnatiuk",
        "w",
    ),
    "russian": (
        "Dmitri Yekaterina Sergei Svetlana Pavel Lyudmila Arkady Galina Konstantin Tatiana",
        "Smirnov Kuznetsova Volkov Sokolova Lebedev Morozova Orlov Fedorova Zaitsev",
        "w",
    ),
    "lithuanian": (
        "Rūta Mindaugas Gintarė Darius Eglė Tadas Aušra Vytautas",
        "Kazlauskas Jankauskienė Petrauskas Vasiliauskaitė Žukauskas Butkus Paulauskienė",
        "w",
    ),
    "estonian": (
        "Kadri Tõnu Liis Triin Priit Kertu Margus Ülle",
        "Tamm Kask Mägi Sepp Rebane Ilves Kuusk Pärn",
        "w",
    ),
    "finnish": (
        "Aino Juhani Satu Tuomas Eeva Lauri Hanna-Riikka Ville Kaisa Jukka",
        "Virtanen Korhonen Mäkinen Nieminen Heikkinen Laaksonen Järvinen Koskinen Salminen "
        "Lehtonen",
        "w",
    ),
    "swedish": (
        "Linnéa Anders Ingrid Björn Sigrid Gustav Elsa Tove Henrik Astrid Oskar",
        "Lindqvist Bergström Sjöberg Holmgren Åkesson Nyström Engström Lundgren Wallin Forsberg",
        "w",
    ),
    "norwegian": (
        "Ingvild Øyvind Solveig Håkon Kari Eirik Marit Torbjørn Sunniva Vegard",
        "Haugen Bakke Solberg Fjeld Haugland Kristiansen Aasen Nordby Eide Myhre",
        "w",
    ),
    "danish": (
        "Mette Søren Signe Rasmus Ditte Mads Birthe Jesper Kirstine Frederik",
        "Jørgensen Sørensen Mikkelsen Kjær Thomsen Østergaard Bech Lauritsen Vestergaard",
        "w",
    ),
    "icelandic": (
        "Guðrún Sigurður Hildur Ragnar Þórdís Bjarki Katrín Einar",
        "Jónsdóttir Sigurðsson Guðmundsdóttir Einarsson Helgadóttir Ólafsson Magnúsdóttir "
        "Stefánsson",
        "w",
    ),
    "sami": (
        "Máret Ánde Sunná Niillas Elle Ovllá Inga Biret",
        "Gaup Somby Eira Buljo Utsi Valkeapää Balto Sara_Gaup",
        "w",
    ),
    "turkish": (
        "Elif Mehmet Zeynep Emre Ayşe Burak Gülşen Oğuz Ebru Serkan Selin Kaan Merve",
        "Yılmaz Öztürk Şahin Arslan Doğan Kılıç Karaca Aksoy Polat Korkmaz Özdemir Tekin Ünal",
        "w",
    ),
    "kurdish": (
        "Rojin Berivan Rêzan Dilovan Zozan Hejar Şêrko Nêçîrvan",
        "Zebari Amedi Hawrami Botani Sindi Doski Bradosti",
        "w",
    ),
    "armenian": (
        "Anahit Aram Lusine Tigran Narine Hovhannes Siranush Gevorg",
        "Petrosyan Hakobyan Sargsyan Grigoryan Karapetyan Vardanyan Avetisyan Harutyunyan",
        "w",
    ),
    "georgian": (
        "Nino Giorgi Natia Levan Ketevan Davit Irakli Lasha Eka",
        "Beridze Kapanadze Gelashvili Lomidze Tsiklauri Maisuradze Chkheidze Kvaratskhelia",
        "w",
    ),
    "azerbaijani": (
        "Aysel Elvin Günel Rashad Nigar Tural Sevinj Orkhan",
        "Mammadova Huseynov Hasanova Guliyev Ismayilova Abbasov Rzayeva",
        "w",
    ),
    "central_asian": (
        "Dilnoza Rustam Gulnara Timur Sherzod Nodira Aigerim Yerlan Aizhan Daulet",
        "Karimov Yusupova Rakhimov Abdullaev Nurmatova Seitkali Zhaksylykova Tokhtarov Ospanov",
        "w",
    ),
    "persian": (
        "Shirin Dariush Parisa Kourosh Nasrin Babak Mahnaz Arash Golnar Farhad",
        "Hosseini Ahmadi Tehrani Karimi Rahimi Moradi Rostami Jafari Sadeghi Esfandiari",
        "w",
    ),
    "levantine": (
        "Rania Nour Tarek Dima Ziad Samer Reem Fadi Rami Maysa",
        "Haddad Khoury Nassar Mansour Aoun Sfeir Bitar Hijazi Abboud",
        "w",
    ),
    "gulf": (
        "Abdulrahman Fahad Noura Hamad Latifa Khalid Mouza Majid Hessa Rashid",
        "Al-Mansoori Al-Suwaidi Al-Qahtani Al-Ghamdi Al-Marri Al-Hashimi Al-Kaabi Al-Dosari",
        "w",
    ),
    "egyptian": (
        "Mahmoud Yasmine Ahmed Heba Mostafa Dina Amr Shaimaa Sherif Nermeen Hossam",
        "Abdelrahman Elsayed Fathy Soliman Abdel-Aziz Shenouda Gerges Hegazy Ragab Tawfik",
        "w",
    ),
    "maghrebi": (
        "Youssef Khadija Mehdi Soukaina Anouar Imane Hamza Salma Reda Meriem",
        "Benali El_Idrissi Bennani Tazi Alaoui Belkacem Haddouchi Ouali Chraibi Benjelloun",
        "w",
    ),
    "somali": (
        "Hodan Abdirahman Faadumo Ayaan Liban Hibo Abdiweli Sahra Guled Ubah",
        "Warsame Jama Hersi Mohamud Egal Dirie Osman Samatar Adan",
        "w",
    ),
    "ethiopian": (
        "Tigist Dawit Meron Yonas Selamawit Bereket Hiwot Tesfaye Eyerusalem Abebe",
        "Tadesse Bekele Haile Mengistu Gebremedhin Worku Alemu Desta Kebede",
        "w",
    ),
    "tigrinya": (
        "Senait Filmon Luwam Merhawi Saba Yonatan Rahwa Temesghen",
        "Tesfamariam Ghebreyesus Berhane Habte Kidane Asmerom Zerai",
        "w",
    ),
    "kikuyu": (
        "Wanjiru Njeri Wambui Nyambura Muthoni Gathoni Kamande Njuguna",
        "Kamau Mwangi Kariuki Njoroge Githinji Kinyanjui Gachanja Waweru Ndungu",
        "w",
    ),
    "luo": (
        "Akinyi Otieno Achieng Odhiambo Atieno Ochieng Adhiambo Onyango",
        "Ouma Okoth Owino Oduor Odera Awuor Ogola",
        "w",
    ),
    "tanzanian": (
        "Mwanaisha Halima Salim Mwajuma Hamisi Rehema Issa Mwanahawa",
        "Mwakyusa Mbwambo Massawe Lyimo Mushi Temba Kimaro Shayo Mrema",
        "w",
    ),
    "luganda": (
        "Nakato Kato Babirye Wasswa Namuli Ssali Nansubuga Mukasa",
        "Ssemwogerere Nakibuuka Kiggundu Musoke Lubega Ssempijja Nalwoga Kizza",
        "w",
    ),
    "rwandan": (
        "Aline Jean-Claude Clarisse Didier Solange Fabrice Olivier Béatrice",
        "Uwimana Habimana Niyonzima Mukamana Nsengiyumva Hakizimana Mugabo",
        "w",
    ),
    "yoruba": (
        "Oluwaseun Adebayo Folake Olumide Yetunde Babatunde Temitope Ayodele Funmilayo "
        "Oluwadamilare Omolara Kehinde",
        "Adeyemi Ogunleye Adebisi Oyelaran Akinwale Olatunji Fashola Bamidele Adesanya Ogunbiyi",
        "w",
    ),
    "igbo": (
        "Chiamaka Chukwuemeka Ngozi Obinna Adaeze Ifeanyi Chinonso Nneka Ebuka Uchenna "
        "Amarachi Ikenna",
        "Okafor Nwosu Nwachukwu Okoro Anyanwu Udeh Ezeh Obiora Onwuka Ugwu",
        "w",
    ),
    "hausa": (
        "Abubakar Hauwa Sani Zainab Musa Bilkisu Aminu Rabi Nasiru Hadiza",
        "Dikko Danjuma Garba Lawal Abdullahi Yakubu Shehu Ringim",
        "w",
    ),
    "akan": (
        "Kwame Abena Kofi Ama Yaw Akosua Kwabena Efua Kojo Adwoa Kwaku Esi",
        "Mensah Boateng Asante Owusu Osei Appiah Agyeman Ofori Amoako",
        "w",
    ),
    "ewe": (
        "Edem Sena Dzifa Kafui Elikem Enam Selorm Mawuli",
        "Agbeko Amedzro Kpodo Dzokoto Tsikata Gbedemah Ahiable",
        "w",
    ),
    "wolof": (
        "Fatou Mamadou Awa Cheikh Aminata Ousmane Ndeye Moussa Aïssatou Ibrahima Khady Babacar",
        "Diop Ndiaye Faye Mbaye Sarr Gueye Diagne Seck Thiam Ndour Cissé",
        "w",
    ),
    "mandinka": (
        "Sekou Kadiatou Souleymane Oumou Modibo Assitan Boubacar Bakary",
        "Traoré Keïta Coulibaly Diarra Konaté Sissoko Camara Kanté Dembélé",
        "w",
    ),
    "zulu": (
        "Thandeka Sipho Nomvula Bongani Zanele Mandla Lindiwe Sibusiso Nokuthula Themba Nonhlanhla",
        "Dlamini Nkosi Mthembu Ngcobo Khumalo Mkhize Ndlovu Shabalala Zungu Buthelezi Cele",
        "w",
    ),
    "xhosa": (
        "Ayanda Luthando Siyabonga Nomsa Xolani Ntombizodwa Lwazi Unathi Andile Zintle",
        "Mabandla Nqakula Sityana Madikizela Gqirana Mgudlwa Ntsebeza Mafu",
        "w",
    ),
    "sotho": (
        "Lerato Tumelo Karabo Mpho Refilwe Thabo Dineo Kagiso Boitumelo Palesa",
        "Mokoena Molefe Mofokeng Sello Modise Letsie Motaung Masilo",
        "w",
    ),
    "shona": (
        "Tatenda Chipo Farai Nyasha Tinashe Rufaro Kudzai Tapiwa Vimbai Tafadzwa",
        "Moyo Ncube Mutasa Chikore Marufu Chiweshe Mapfumo Mushonga",
        "w",
    ),
    "afrikaans": (
        "Annelie Riaan Marlize Jaco Elmarie Hennie Carien Wynand Lize",
        "van_Niekerk du_Plessis Botha Pretorius Venter Steyn Coetzee Grobler Swanepoel Nel",
        "w",
    ),
    "hindi": (
        "Ananya Rohit Priyanka Vikram Neha Arjun Shruti Karan Pooja Aditya Rahul Shalini",
        "Sharma Verma Gupta Agarwal Mishra Srivastava Chaturvedi Tiwari Saxena Bhatnagar",
        "w",
    ),
    "tamil": (
        "Karthik Lakshmi Senthil Divya Murugan Revathi Aravind Meenakshi Kavitha Venkatesh "
        "Sangeetha",
        "Subramanian Ramasamy Krishnan Raghavan Natarajan Sundaram Balasubramaniam "
        "Annamalai Palanisamy",
        "w",
    ),
    "telugu": (
        "Srinivas Lavanya Harsha Sravani Naveen Bhavani Sirisha Chaitanya Mounika",
        "Reddy Naidu Chowdary Kommineni Yarlagadda Pothula Alluri",
        "w",
    ),
    "bengali": (
        "Arnab Sudeshna Sourav Tanushree Debashish Anirban Moumita Partha Sreya",
        "Chatterjee Banerjee Mukherjee Bhattacharya Ganguly Sengupta Dasgupta Chakraborty",
        "w",
    ),
    "bangladeshi": (
        "Farhana Tanvir Nusrat Rafiq Sumaiya Mahbub Tahmina Ashraful Nasreen",
        "Rahman Hossain Chowdhury Akter Uddin Talukder Miah Haque Sikder Bhuiyan",
        "w",
    ),
    "punjabi": (
        "Harpreet Gurpreet Manjit Jaswinder Simran Navdeep Balwinder Kuldeep Rajvir",
        "Sandhu Dhillon Sidhu Grewal Bains Randhawa Cheema Johal",
        "w",
    ),
    "gujarati": (
        "Hetal Jignesh Falguni Bhavesh Dhara Chirag Krupa Mitesh Urvashi",
        "Patel Desai Mehta Parikh Trivedi Thakkar Bhatt Panchal",
        "w",
    ),
    "marathi": (
        "Aditi Shreyas Madhuri Omkar Gauri Tejas Sayali Ninad Rutuja",
        "Kulkarni Deshpande Patil Gokhale Apte Bhosale Jadhav Pawar Shinde",
        "w",
    ),
    "malayalam": (
        "Anjali Jithin Reshma Arun Sreelakshmi Vishnu Athira Nithin Aparna Sreejith",
        "Nair Menon Pillai Kurian Varghese Panicker Nambiar Kurup Chacko",
        "w",
    ),
    "pakistani": (
        "Ayesha Bilal Sana Usman Mehwish Zeeshan Rabia Faisal Hira Junaid Iqra Adeel",
        "Qureshi Siddiqui Malik Chaudhry Awan Abbasi Mirza Naqvi Rizvi",
        "w",
    ),
    "sinhala": (
        "Dilani Chaminda Nadeesha Sanjeewa Tharushi Kasun Ishara Nuwan Sachini Lahiru",
        "Perera Jayasuriya Wickramasinghe Bandara Gunawardena Senanayake Dissanayake Herath "
        "Ranasinghe",
        "w",
    ),
    "nepali": (
        "Sunita Bishal Sabina Anjana Bibek Pramila Roshan Sushila",
        "Shrestha Gurung Tamang Thapa Magar Adhikari Poudel Karki Bhandari",
        "w",
    ),
    "tibetan": (
        "Tenzin Pema Dolma Sonam Dorje Lhamo Tashi Yangchen Ngawang Dechen",
        "Norbu Dorjee Tsering Wangmo Lhundup Gyaltsen Chodron Yeshi",
        "w",
    ),
    "mandarin": (
        "Xiaoling Jianguo Meiling Haoran Yuqing Zhiwei Lihua Jiayi Chenxi Ruoxi Zihan Guoqiang",
        "Zhang Wang Liu Chen Huang Zhao Zhou Lin Yang Guo Luo Zheng",
        "x",
    ),
    "cantonese": (
        "Kwok-wai Ka-yan Siu-ming Wing-sze Chun-kit Hoi-yan Man-yee Tsz-ching",
        "Chan Wong Leung Cheung Lau Tsang Yip Kwok",
        "x",
    ),
    "taiwanese": (
        "Yi-Ting Chia-Hao Hsin-Yi Po-Han Shu-Fen Tsung-Han Ya-Wen Chih-Wei",
        "Hsu Tsai Chang Kuo Hsieh Lai Chiang Tseng",
        "x",
    ),
    "japanese": (
        "Haruto Yui Sota Aoi Hina Kaito Mio Takeshi Naoko Kenji Ayaka Shota Misaki",
        "Tanaka Nakamura Watanabe Yamamoto Kobayashi Saito Takahashi Inoue Hayashi Fujita "
        "Kimura Ishikawa",
        "x",
    ),
    "korean": (
        "Ji-woo Seo-yeon Min-jun Ha-eun Do-yoon Ye-jin Hyun-woo Su-bin Jae-hyun Eun-ji",
        "Kim Choi Jung Kang Yoon Jang Lim Baek Seo Kwon Hwang",
        "x",
    ),
    "mongolian": (
        "Bolormaa Batbayar Oyunchimeg Ganbold Enkhjargal Temuulen Munkhbat Altantsetseg Bat-Erdene",
        "Bayarsaikhan Ganbaatar Tsogtbaatar Erdenebileg Purevdorj Batsukh Davaasuren",
        "w",
    ),
    "vietnamese": (
        "Mai Lan Hùng Dũng Hương Tuấn Linh Trang Quang Thảo Phương Nhung Khoa Duy",
        "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Ngô",
        "vi",
    ),
    "thai": (
        "Somchai Siriporn Nattapong Kanokwan Anucha Pimchanok Wichai Thanawat Supaporn",
        "Srisuk Wongsakul Chaiyaporn Rattanakorn Sukjai Thongdee Boonmee Phromma Saelim",
        "w",
    ),
    "khmer": (
        "Sokha Dara Bopha Vannak Sreymom Rithy Chanthou Visal",
        "Sok Chea Heng Keo Chhay Meas Sorn Ouk",
        "e",
    ),
    "burmese": (
        "Khin Thiri Htet Nyein Myo Ei Thandar Kyaw",
        "Mar_Lwin Aung_Kyaw Min_Htike Phyu_Phyu Naing_Oo Hlaing Win_Tun Zaw_Latt",
        "w",
    ),
    "filipino": (
        "Maricel Jomar Rowena Kristine Rodel Janelle Ramil Lorna Arnel Mylene Dindo",
        "dela_Cruz Bautista Villanueva Macaraeg Dimaculangan Pangilinan Tolentino "
        "Buenaventura Magbanua",
        "w",
    ),
    "indonesian": (
        "Budi Siti Agus Rina Wahyu Ratna Bambang Putu Ketut Dewi Hendra Yulia",
        "Santoso Wijaya Kusuma Hidayat Setiawan Pratama Nugroho Susanto Hartono Wibowo Gunawan",
        "w",
    ),
    "malay": (
        "Nurul_Huda Muhammad_Haziq Siti_Aishah Ahmad_Faiz Nur_Amirah Mohd_Shahrul Syafiqah Amirul",
        "Ismail Abdul_Rahman Hashim Yusof Othman Zakaria Kamaruddin",
        "w",
    ),
    "samoan": (
        "Sina Tavita Losaline Iosefa Fetu Ioane Siaosi Pita",
        "Faleolo Tuilagi Leota Fuimaono Sapolu Toleafoa Aiono Tuiasosopo",
        "w",
    ),
    "tongan": (
        "Sione Mele Viliami Lesieli Tevita Salote Sitani Losana",
        "Taufa Fifita Tupou Havili Vaipulu Fonua Lolohea Moala",
        "w",
    ),
    "maori": (
        "Wiremu Mereana Rangi Hēmi Ngaire Tāne Hinemoa Rāwiri Kahurangi Manaia Anahera",
        "Ngata Parata Tawhiri Horomona Te_Rangi Waititi Kereama Pomare Tamihana Whaanga",
        "w",
    ),
    "hawaiian": (
        "Keoni Leilani Kalani Kainoa Noelani Makoa Pualani Kealii",
        "Kahananui Kealoha Kamakana Akana Kauhane Kahale Kekumu",
        "w",
    ),
    "fijian": (
        "Litia Jone Mereoni Sakiusa Vilisi Josaia Akanisi Epeli",
        "Naivalu Ravuvu Nawaqa Qalo Vunibaka Rokotuibau Bulewa",
        "w",
    ),
    "navajo": (
        "Shaandiin Nizhoni Ahiga Yanaba Dezba Bidzii Hataali Hashke",
        "Begay Yazzie Benally Etsitty Manygoats Tohee Bitsui Nez",
        "w",
    ),
    "lakota": (
        "Chaske Winona Kimimila Ohanzee Wakinyan Takoda Tokala Wicapi",
        "Two_Bulls Iron_Shell Little_Thunder Brave_Heart Runs_Above Yellow_Horse High_Hawk",
        "w",
    ),
    "anishinaabe_cree": (
        "Nimkii Migizi Waaseyaa Anang Aandeg Giizhik Niigaan Zhaawan",
        "Kakegamic Meekis Beardy Mamakeesic Moonias Sakanee Keeash Bighetty Wabasse",
        "w",
    ),
    "inuit": (
        "Aputi Tulugaq Nivi Aviaq Akeeshoo Mialisa Ujarak Paulusi",
        "Arnaquq Kublu Qulaut Arreak Kunuk Ningiuk Pudlat Ashoona Kilabuk",
        "w",
    ),
    "quechua_aymara": (
        "Wayra Illari Amaru Killa Sisa Kusi Rumi Nina",
        "Mamani Quispe Condori Huanca Choque Apaza Ticona Huamán Ccori",
        "d",
    ),
    "mapuche": (
        "Ayelén Lautaro Millaray Nahuel Rayen Ailén Huenu Llanquiray",
        "Huenchullán Llancaqueo Painemal Catrileo Millapán Huaiquimil Ñancupil Curihuinca",
        "d",
    ),
    "yolngu": (
        "Yalmay Witiyana Djawa Banbapuy Gaypalani Dhanggal Rarriwuy Ganybu",
        "Yunupingu Marika Gurruwiwi Wanambi Mununggurr Ganambarr Dhurrkay Wunungmurra",
        "w",
    ),
    "mexican": (
        "Ximena Itzel Emiliano Citlali Uriel Yesenia Rodrigo Xóchitl Leticia Aurelio",
        "Hernández Ramírez Ochoa Villarreal Guzmán Zavala Tapia Arellano Montoya Sandoval",
        "d",
    ),
    "brazilian": (
        "Larissa Vinícius Juliana Caio Gustavo Letícia Camila Matheus Bianca Leandro Renata",
        "Oliveira Souza Almeida Barbosa Cavalcanti Ribeiro Araújo Moreira Lacerda Siqueira "
        "Vasconcelos",
        "d",
    ),
    "argentine": (
        "Agustina Facundo Florencia Micaela Nicolás Valentina Gonzalo Tomás Julieta Ezequiel",
        "Gómez Giménez Acosta Ferreyra Benítez Ledesma Quiroga Arce Bustos",
        "d",
    ),
    "colombian": (
        "Andrés Paola Jhon Yuliana Sebastián Daniela Marcela Camilo Natalia Wilmer",
        "Restrepo Cárdenas Gaviria Ospina Zuluaga Londoño Arango Echeverri Betancur",
        "d",
    ),
    "haitian": (
        "Guerline Wilner Frantz Nadège Wisly Mirlande Dieunel Jocelyne",
        "Pierre-Louis Desrosiers Dorvil Célestin Exantus Mérisier Valcourt Jeudy",
        "w",
    ),
    "jamaican": (
        "Shanique Delroy Kemar Tameka Oneil Shericka Kadeem Tanesha",
        "McFarlane Clarke Samuels Beckford Ellis Gayle Dacres Spence",
        "w",
    ),
    "hebrew": (
        "Noa Yonatan Shira Eitan Yael Omri Michal Avital Gilad Hadas",
        "Cohen Mizrahi Peretz Friedman Katz Ben-David Shapira Biton",
        "w",
    ),
}

# Word-names: given names that are also everyday English words. Planted only where the
# context says they are people; their culture is "word".
WORD_NAMES = (
    "Hope Grace Will Rose Jade Sky Bill Mark Faith Summer Hunter Joy Dawn Autumn Ivy Hazel "
    "Robin Pearl Amber Chase Destiny Patience Sunny"
).split()

NICKNAMES = {
    "Alejandro": "Álex",
    "Oluwaseun": "Seun",
    "Babatunde": "Tunde",
    "Katarzyna": "Kasia",
    "Małgorzata": "Gosia",
    "Giuseppe": "Beppe",
    "Chukwuemeka": "Emeka",
    "Oluwadamilare": "Dami",
    "Alessandro": "Sandro",
    "Dmitri": "Dima",
    "Yekaterina": "Katya",
    "Alistair": "Ally",
    "Jonathan": "Jon",
    "Philippa": "Pippa",
    "Rebecca": "Becca",
    "Nathaniel": "Nat",
    "Przemysław": "Przemek",
    "Wojciech": "Wojtek",
    "Guillermo": "Guille",
    "Abdulrahman": "Abdul",
    "Funmilayo": "Funmi",
    "Temitope": "Tope",
    "Chiamaka": "Chi",
    "Venkatesh": "Venky",
    "Sreelakshmi": "Sree",
    "Balasubramaniam": "Bala",
    "Nokuthula": "Nox",
    "Sibusiso": "Sbu",
    "Bartłomiej": "Bartek",
    "Konstantin": "Kostya",
    "Georgina": "Georgie",
    "Hanna-Riikka": "Hanna",
    "Pieter-Jan": "PJ",
    "Jean-Claude": "JC",
}

# Particles and honorific parts of names that are not checked as words on their own.
PARTICLES = frozenset(
    "van der den de del della di da dos das du la le el al bin binti bint ibn von ter ten "
    "thị văn ní ó mac".split()
)

# Cultures whose names are made of everyday English words ("Two Bulls") or of short
# syllables ("Mar", "Win"): only their whole names are checked, not each word.
WORDY_CULTURES = frozenset({"lakota", "burmese"})

TITLES_EN = ("Dr", "Dr.", "Ms", "Mr", "Mrs", "Mx", "Prof.", "Sister", "Rev.", "Capt.")
