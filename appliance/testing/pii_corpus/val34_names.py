"""People's names for val34: about a hundred cultures, each with given names (by gender) and
family names, written from memory by the part's author (no name list or library was used).

Line format of `_CULTURES`: ``key|order|female given|male given|family``. Names are separated
by spaces, an underscore stands for a space inside one name ("María_José", "van_der_Merwe"),
and a family name written ``masculine/feminine`` agrees with the person's gender. Orders:

* ``W``: given name then family name ("Amara Okafor"); addressed by the family name.
* ``E``: family name first in most texts ("Tanaka Yuko"), given first in some ("Yuko Tanaka").
* ``V``: Vietnamese, family, middle and given ("Nguyễn Thị Mai"), addressed by the given name.
* ``M``: no family name (Burmese, Tibetan): the whole name is used everywhere.
* ``P``: patronymic or "bin/binti" names (Icelandic, Malay, Mongolian): addressed by the given
  name, so "Last, First" is not used for them.
"""

from __future__ import annotations

_CULTURES = """
yoruba|W|Folake Temitope Adeola Funmilayo Yetunde Bukola Omolara Titilayo|Adebayo Oluwaseun Babajide Kayode Olumide Tunde Segun Femi|Adeyemi Ogunleye Balogun Adewale Olaniyan Akinola Oyelaran Fashola Ajayi Oladipo
igbo|W|Ngozi Chiamaka Ifeoma Nkechi Adaeze Chinwe Obiageli|Chinedu Obinna Emeka Uchenna Chukwuemeka Ikenna Nnamdi|Okafor Nwosu Okonkwo Nwachukwu Okeke Onyekachi Eze Ibekwe Anyanwu Obiora
hausa|W|Hauwa Bilkisu Jamila Zainab Aisha Hadiza Fatima|Aminu Usman Sani Abdullahi Bashir Ibrahim Yusuf|Bello Abubakar Danjuma Yakubu Garba Lawal Shehu Dikko Aliyu Tanko
akan|W|Akosua Ama Abena Efua Adwoa Afua Yaa|Kwame Kofi Yaw Kwabena Kwaku Kwesi Kojo|Mensah Owusu Boateng Asante Appiah Osei Agyeman Acheampong Ofori Amoako
ewe|W|Selorm Dzifa Elikem Sena Esinam Yayra|Edem Mawuli Selasi Kekeli Delali Eyram|Agbeko Dzokoto Amegashie Kpodo Tsikata Ahiadzro Gbedemah Akakpo
wolof|W|Fatou Aminata Awa Ndeye Khady Coumba Mame|Cheikh Mamadou Ousmane Abdoulaye Ibrahima Modou Pape|Diop Ndiaye Gueye Diouf Mbaye Faye Thiam Sarr Seck Ndour
mande|W|Fatoumata Mariam Kadiatou Oumou Djeneba Salimata|Seydou Bakary Boubacar Souleymane Moussa Lassana|Traoré Keïta Coulibaly Diarra Konaté Touré Sissoko Camara Doumbia Sangaré
kikuyu|W|Wanjiru Njeri Wambui Nyambura Muthoni Wairimu Wangari|Kinyua Gachanja Kamau Kariuki Githinji Njoroge Mwangi|Mwangi Kamau Kariuki Njoroge Githinji Wainaina Macharia Gitau Ndungu Muriuki
luo|W|Achieng Akinyi Awino Atieno Adhiambo Anyango|Otieno Odhiambo Ochieng Omondi Onyango Owino|Odhiambo Otieno Onyango Ouma Okoth Owino Oduor Ogola Ochola Obuya
swahili|W|Neema Rehema Zawadi Upendo Mwanaisha Tumaini|Baraka Juma Salim Amani Hamisi Rashidi|Mwakalinga Mfinanga Massawe Kimaro Mushi Lyimo Temba Mrema Mbwambo Shirima
amharic|W|Tigist Meseret Selamawit Hirut Eyerusalem Mahlet Liya|Abebe Dawit Yonas Bereket Mulugeta Tewodros Henok|Tesfaye Bekele Girma Haile Alemu Wolde Kebede Tadesse Mekonnen Assefa
tigrinya|W|Semhar Luwam Saba Feven Winta|Filmon Yohannes Kibrom Mebrahtu Amanuel|Tekle Ghebremariam Woldeab Habte Berhane Gebreyesus Tesfamariam Kidane
somali|W|Hodan Ayaan Sahra Ifrah Nasra Hamdi Ubah|Abdirahman Faarax Mahad Liban Abdiweli Guled Cabdi|Warsame Farah Jama Hirsi Abdi Dahir Egal Samatar Awale Elmi
sudanese|W|Amna Tahani Sawsan Ikram Hiba Nafisa|Hatim Muawia Mutasim Elfatih Abdelmoneim Osman|Abdelgadir Babiker Mustafa Elamin Abdalla Mohamedain Eltayeb Suliman
zulu|W|Thandiwe Nomvula Lindiwe Zanele Nokuthula Sibongile Ntombi|Sipho Bongani Sibusiso Mandla Themba Thulani Sifiso|Dlamini Nkosi Ndlovu Mthembu Khumalo Ngcobo Shabalala Mkhize Zungu Mabaso
xhosa|W|Ayanda Nomsa Thembeka Nosipho Lulama Zintle|Lwazi Siyabonga Luthando Xolani Mzwandile Sizwe|Sithole Gqola Mabandla Ntshona Nqweni Mgidlana Qwabe Jali Mdlalose Tshangela
sotho_tswana|W|Lerato Palesa Boitumelo Dineo Refilwe Mpho Naledi|Tumelo Kagiso Thabo Katlego Tshepo Lesego Mosa|Mokoena Molefe Mofokeng Motaung Sebego Modise Kgosana Moloi Letsoalo Mokgatle
shona|W|Rutendo Chipo Nyasha Kudzai Tsitsi Vimbai|Tendai Farai Tatenda Tinashe Tafadzwa Kudakwashe|Chikwanha Mutasa Chigumba Madziva Makoni Zvobgo Mapfumo Chinembiri Marufu Nyathi
malagasy|W|Fanja Voahangy Lalao Tiana Hanitra Nirina|Hery Mamy Andry Rado Tojo Fidy|Rakotomalala Randriamampionona Rasoanaivo Andrianarivo Razafindrakoto Rabemananjara Ravelomanana Rakotondrabe
congolese|W|Ngalula Mbombo Kapinga Ntumba Mujinga|Mbuyi Kabeya Ilunga Nsimba Dieudonné Mukendi|Kalala Kasongo Lukusa Ngoy Tshibangu Mwamba Kanku Mutombo Kabamba Tshilombo
rwandan|W|Uwase Ishimwe Keza Umutoni Mutesi Ineza|Mugisha Aimable Kagabo Gatete Mucyo Olivier|Uwimana Habimana Mukamana Nshimiyimana Hakizimana Ndayisaba Iradukunda Nsengiyumva Twagiramungu
egyptian|W|Nour Yasmin Heba Rania Dina Shaimaa Hend Marwa|Mahmoud Tarek Karim Ahmed Sherif Amr Hazem|El-Sayed Abdelrahman Mansour Fahmy Shawky Naguib Farouk Hegazy Soliman Ezzat
levantine|W|Lina Rasha Dalia Rana Joumana Nisreen Maysa|Rami Ziad Ghassan Nadim Fadi Bassel Elie|Khoury Haddad Nassar Sfeir Aoun Maalouf Salameh Barakat Zreik Bitar
gulf|W|Noura Maha Hessa Latifa Mariam Shamma Alya|Abdullah Faisal Sultan Khalid Saeed Hamdan Rashid|Al-Qahtani Al-Otaibi Al-Harbi Al-Shamsi Al-Mazrouei Al-Dosari Al-Ghamdi Al-Zahrani Al-Suwaidi Al-Mutairi
maghrebi|W|Samira Khadija Imane Soukaina Leila Meriem Salma Houda|Youssef Mehdi Hamza Rachid Nabil Ilyas Reda|Benali El_Amrani Belkacem Cherkaoui Bensaïd Tahiri Zerrouki Lahlou Benjelloun Ait_Ouali
persian|W|Shirin Nasrin Parisa Mahsa Laleh Golnaz Ladan|Arash Dariush Kourosh Babak Omid Farhad Kaveh|Tehrani Hosseini Ahmadi Rahimi Karimi Mohammadi Jafari Sadeghi Rezaei Ghorbani
kurdish|W|Berivan Dilan Rojin Hevi Shilan Nazdar|Azad Baran Zana Rebin Soran Hiwa|Zebari Hawrami Doski Bradosti Shwani Kakayi Mergasori Balisani
afghan|W|Zarghuna Mursal Shabnam Parwana Fereshta Nilofar|Wahid Farid Najib Habib Ajmal Sayed|Popalzai Ahmadzai Durrani Stanikzai Sultani Noorzai Hotak Safi Wardak Mohmand
turkish|W|Elif Zeynep Ayşe Ebru Selin Gökçe Esra Merve|Emre Burak Mehmet Mert Oğuz Hakan Serkan Onur|Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Arslan Doğan Aksoy Erdem Kılıç
armenian|W|Anahit Lusine Nare Gohar Siranush Ani|Armen Tigran Aram Vahe Gor Hayk|Petrosyan Hakobyan Sargsyan Grigoryan Avetisyan Harutyunyan Mkrtchyan Ghazaryan
georgian|W|Nino Tamar Ketevan Eka Salome Tamta|Giorgi Levan Davit Irakli Zurab Lasha|Beridze Kapanadze Gelashvili Lomidze Tsiklauri Chikovani Abashidze Maisuradze
hindi|W|Priya Ananya Neha Kavya Pooja Meera Shreya Ritu|Rohan Aarav Vikram Arjun Rajesh Siddharth Ankit Nikhil|Sharma Verma Gupta Agarwal Chauhan Srivastava Tiwari Mishra Saxena Malhotra
tamil|W|Lakshmi Divya Meenakshi Revathi Kavitha Anitha Malathi|Karthik Arun Senthil Vignesh Murugan Balaji Dinesh|Subramanian Raghavan Krishnan Venkatesan Annamalai Rajendran Natarajan Palaniappan Sundaram Ramasamy
bengali|W|Sharmila Moumita Tanushree Nusrat Farhana Riya Sreya|Arnab Sourav Anirban Tanvir Rafiq Debashis Sayan|Chatterjee Banerjee Mukherjee Ghosh Dutta Chowdhury Rahman Hossain Sarkar Bhattacharya
punjabi|W|Gurpreet Manpreet Simran Harpreet Jaswinder Navneet Amandeep|Harjit Navdeep Baljit Kuldeep Amrit Jaspal Sukhwinder|Sandhu Dhillon Sidhu Grewal Bains Randhawa Brar Sekhon Virk Cheema
gujarati_marathi|W|Nisha Bhavna Hetal Falguni Rupal Snehal Aditi|Jignesh Chirag Ketan Hardik Mihir Sachin Omkar|Patel Desai Joshi Trivedi Parekh Kulkarni Deshpande Patil Gokhale Bhosale
south_indian|W|Lavanya Sowmya Anjali Deepthi Swathi Keerthana|Srinivas Praveen Naveen Suresh Ravi Harish|Reddy Naidu Rao Menon Nair Pillai Kurian Hegde Shetty Gowda
pakistani|W|Ayesha Hira Sana Mehwish Rabia Saima Maryam|Bilal Kamran Zeeshan Imran Adnan Waqas|Qureshi Malik Chaudhry Siddiqui Hashmi Abbasi Javed Rizvi Zaidi Awan
sinhala|W|Chamari Dilani Sanduni Ishara Nadeesha Hasini|Nuwan Kasun Tharindu Lahiru Chaminda Ruwan|Perera Jayasuriya Wickramasinghe Bandara Gunawardena Dissanayake Senanayake Weerasinghe Herath Ranasinghe
nepali|W|Pratima Anjana Sabina Sarita Sunita Bina|Bishal Suman Roshan Dipesh Prakash Ramesh|Shrestha Thapa Gurung Tamang Adhikari Karki Magar Poudel Bhandari Koirala
tibetan|M|Tenzin_Dolma Pema_Yangzom Dechen_Wangmo Sonam_Lhamo Yangchen_Drolma|Tenzin_Norbu Sonam_Wangdi Tashi_Dorje Kunga_Gyatso Dorji_Tshering|
burmese|M|Thandar_Htwe Khin_Myat_Noe Ei_Ei_Phyo Su_Myat_Noe Hnin_Wai_Phyo Nilar_Kyi|Aung_Kyaw_Moe Zaw_Lin_Htet Naing_Lin_Aung Kyaw_Zin_Oo Thant_Zin_Hein Htet_Aung_Naing|
mandarin|E|Jing Xiaoling Yuxuan Zihan Xinyi Meiling Yutong|Wei Hao Jianguo Mingyu Haoran Zhiwei Jian|Wang Zhang Liu Chen Yang Zhao Huang Zhou Xu Zhu Gao Guo
cantonese|E|Hoi-Ying Ka-Yan Mei-Ling Pui-Shan Sze-Wai|Ka-Wai Siu-Ming Wai-Lun Kwok-Leung Tsz-Hin|Chan Wong Leung Cheung Lau Tsang Yip Kwok Fung Mak
taiwanese|E|Yi-Ting Pei-Shan Hsin-Yi Ya-Ting Shu-Hui|Chia-Hao Chun-Yu Wen-Chieh Yu-Cheng Chih-Ming|Tsai Hsu Cheng Chiang Kao Lai Hsieh Tseng Chou Kuo
japanese|E|Yui Aoi Hina Yuko Misaki Haruka Emi|Haruto Sota Ren Kenji Takashi Daisuke Yuto|Sato Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Matsumoto Inoue
korean|E|Seo-yeon Soo-jin Eun-bi Hyo-rin Hye-jin|Do-hyun Jae-hyun Kyung-hoon Tae-yang Joon-ho Seung-hyun|Kim Choi Jung Kang Yoon Jang Han Kwon Hwang Baek
mongolian|P|Oyunchimeg Saraa Enkhjargal Altantsetseg Nomin Solongo|Batzorig Ganbaatar Tömör Batbayar Temuulen Erdenebat|Tserendorj Dashdorj Batsaikhan Luvsan Purevdorj Gantulga Otgonbayar
vietnamese|V|Thị_Mai Thị_Hương Ngọc_Trang Thanh_Thảo Thị_Phương Minh_Thư Thị_Yến|Văn_Hùng Đức_Minh Quang_Tuấn Minh_Khoa Văn_Dũng Quốc_Bảo Hữu_Phước|Nguyễn Trần Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ
thai|W|Siriporn Kanya Pimchanok Ratana Supaporn Nattaya Wanida|Somchai Nattapong Thanawat Anan Chaiwat Kittisak Prasert|Srisuk Wongsawat Chaiyaporn Rattanakorn Saetang Boonmee Thongchai Phromma Jaidee Sukprasert
khmer|E|Sreymom Chanthou Bopha Sophea Sokunthea Channary|Sokha Dara Vibol Rithy Piseth Veasna|Chea Sok Heng Chhay Meas Prak Ouk Sorn Keo Chhim
filipino|W|Maricel Jhoanna Rowena Marites Analyn Rhea|Rodel Arnel Jerome Dindo Jomar Efren|Dela_Cruz Santos Bautista Manalo Villanueva Macaraeg Dimaculangan Pangilinan Soriano Tolentino
javanese|W|Sri_Wahyuni Dewi Siti Rini Endang Ratna Wulan|Budi Agus Wahyu Eko Bambang Joko Slamet|Santoso Wijaya Susanto Hidayat Kusuma Pratama Nugroho Setiawan Purnomo Wibowo
batak|W|Tiurma Lamtiar Romauli Rosmawati Sondang|Togar Parlindungan Bonar Hotman Marulam|Simanjuntak Siregar Nasution Hutapea Sitorus Panjaitan Lubis Pardede Situmorang Manurung
malay|P|Aisyah Syafiqah Amirah Noraini Nurul_Huda Farah_Nadia|Hafiz Faizal Azlan Haziq Zulkifli Amirul|bin_Ismail/binti_Ismail bin_Yusof/binti_Yusof bin_Hamzah/binti_Hamzah bin_Razak/binti_Razak bin_Kamaruddin/binti_Kamaruddin bin_Zainal/binti_Zainal bin_Osman/binti_Osman
kazakh|W|Aigerim Dinara Madina Gulnara Saule Asel Zhanar|Nurlan Yerlan Askar Timur Dauren Arman Bauyrzhan|Omarov/Omarova Zhakupov/Zhakupova Seitkali Bekov/Bekova Akhmetov/Akhmetova Kassymov/Kassymova Zhumabayev/Zhumabayeva Abenov/Abenova
uzbek|W|Dilnoza Nodira Shahnoza Gulnora Malika Zarina|Jasur Bekzod Sardor Otabek Sherzod Ulugbek|Yusupov/Yusupova Rakhimov/Rakhimova Tursunov/Tursunova Ergashev/Ergasheva Mirzaev/Mirzaeva Sultanov/Sultanova Khodjaev/Khodjaeva
russian|W|Anastasia Yekaterina Olga Natalia Svetlana Irina Tatiana Yulia|Dmitri Sergei Alexei Mikhail Pavel Konstantin Grigori|Smirnov/Smirnova Kuznetsov/Kuznetsova Sokolov/Sokolova Popov/Popova Volkov/Volkova Morozov/Morozova Lebedev/Lebedeva Novikov/Novikova Fedorov/Fedorova Orlov/Orlova
ukrainian|W|Olena Kateryna Oksana Iryna Nataliya Halyna Solomiya|Oleksandr Andriy Taras Bohdan Yaroslav Mykola Vasyl|Kovalenko Bondarenko Tkachenko Melnyk Kravchenko Oliynyk Boyko Lysenko Hrytsenko Shevchuk
polish|W|Katarzyna Agnieszka Małgorzata Magdalena Zofia Joanna Ewa Dorota|Piotr Tomasz Krzysztof Paweł Michał Wojciech Łukasz Grzegorz|Kowalski/Kowalska Nowak Wiśniewski/Wiśniewska Wójcik Kamiński/Kamińska Lewandowski/Lewandowska Zieliński/Zielińska Szymański/Szymańska Woźniak Dąbrowski/Dąbrowska Mazur Krawczyk
czech|W|Tereza Veronika Lucie Kateřina Barbora Markéta Eliška|Jakub Lukáš Ondřej Petr Jiří Vojtěch Matěj|Novák/Nováková Svoboda/Svobodová Dvořák/Dvořáková Černý/Černá Procházka/Procházková Kučera/Kučerová Veselý/Veselá Horák/Horáková Pokorný/Pokorná
slovak|W|Zuzana Jana Lenka Simona Ivana Martina|Marek Juraj Miroslav Tibor Rastislav Ľubomír|Kováč/Kováčová Baláž/Balážová Hudák/Hudáková Lukáč/Lukáčová Oravec/Oravcová Polák/Poláková Šimko/Šimková
hungarian|E|Zsófia Réka Eszter Dóra Boglárka Csilla Ildikó|Bence Levente Márton Gergely Balázs Zoltán Attila|Kovács Tóth Szabó Horváth Varga Molnár Farkas Balogh Papp Takács Juhász
romanian|W|Ioana Elena Raluca Oana Andreea Bianca Roxana|Andrei Mihai Cristian Bogdan Vlad Răzvan Sorin|Popescu Ionescu Dumitrescu Constantinescu Munteanu Gheorghiu Stoica Radu Matei Dinu
south_slavic|W|Milica Jelena Snežana Vesna Dragana Tijana|Nikola Dragan Goran Zoran Miloš Dejan Nemanja|Petrović Jovanović Nikolić Marković Horvat Kovačević Babić Đorđević Stojanović Perić
bulgarian|W|Desislava Tsvetelina Radostina Mariela Gergana Yordanka|Dimitar Hristo Todor Stoyan Kaloyan Plamen|Dimitrov/Dimitrova Georgiev/Georgieva Todorov/Todorova Petkov/Petkova Angelov/Angelova Hristov/Hristova Stoyanov/Stoyanova Kolev/Koleva
greek|W|Eleni Katerina Despina Vasiliki Chrysoula Evangelia Panagiota|Giorgos Dimitris Nikos Kostas Yannis Panagiotis Stavros|Papadopoulos/Papadopoulou Georgiou Nikolaidis/Nikolaidou Konstantinou Papageorgiou Dimitriou Oikonomou Christodoulou Vlachos/Vlachou Karagiannis/Karagianni
italian|W|Giulia Chiara Francesca Federica Martina Valentina Ilaria Elisa|Lorenzo Matteo Alessandro Davide Giacomo Riccardo Stefano Fabrizio|Rossi Russo Esposito Bianchi Romano Ricci Greco Gallo Ferraro Galli De_Luca Mancini Lombardi Moretti Barbieri
spanish|W|María_José Lucía Paula Marta Nuria Rocío Inmaculada|Javier Álvaro Sergio Pablo Alejandro Iñigo Rubén Gonzalo|García-Ruiz Fernández_López Martínez_Soler Sánchez Pérez_Molina Gómez Jiménez Ruiz Hernández Díaz_Navarro Moreno Álvarez Romero Torres
basque_catalan|W|Ainhoa Meritxell Nerea Itziar Mireia Laia Maialen|Iker Jordi Oriol Pau Xabier Aitor Arnau|Etxeberria Goikoetxea Puig Vilanova Ferrer Arrieta Zubizarreta Urrutia Bofill Casals
mexican|W|Guadalupe Ximena Fernanda Itzel Citlali Valeria Araceli|José_Luis Emiliano Rodrigo Alfonso Ulises Diego|Hernández López González Ramírez Villalobos Cruz Vázquez Castillo Ortega Aguilar Salazar Espinoza
colombian|W|Daniela Catalina Paola Manuela Luisa_Fernanda Yulieth|Juan_Camilo Andrés Sebastián Felipe Mauricio Julián Esteban|Restrepo Ospina Cárdenas Mejía Quintero Londoño Betancur Arango Gaviria Uribe Villegas
southern_cone|W|Florencia Milagros Camila Micaela Agustina Josefina|Facundo Agustín Tomás Joaquín Nicolás Matías|Rodríguez Pereyra Benítez Sosa Acosta Medina Ibáñez Figueroa Muñoz Rojas Contreras Bustos
andean|W|Killa Sumaq Illari Nina Yuraq|Wayra Amaru Kusi Inti Mayta|Quispe Mamani Huamán Condori Ccori Apaza Ticona Huanca Chambi Yupanqui
mapuche|W|Ayelén Millaray Rayén Relmu Llanka|Nahuel Lautaro Huenu Calfu Millaqueo|Huenchumilla Painemal Catrileo Llancaqueo Quilapán Ancamil Huaiquimil Curinao Nahuelpán Millalén
maya|W|Ixchel Nikté Yatzil Sakniikte|Balam Kinich Itzam Ahau|Canché Poot Pech Tzec Couoh Dzul Cocom Chablé Chuc
brazilian|W|Ana_Clara Larissa Beatriz Juliana Letícia Thaís Gabriela|João_Pedro Thiago Gustavo Rafael Vinícius Caio Mateus|da_Silva dos_Santos Oliveira Souza Pereira Carvalho Ribeiro Almeida Ferreira Gomes Cardoso Barbosa
portuguese|W|Inês Mafalda Leonor Matilde Carolina Rita Joana|Duarte Tiago Gonçalo Rui Afonso Nuno Henrique|Sousa Pinto Fonseca Teixeira Moreira Martins Lopes Marques Mendes Correia Antunes Cunha
french|W|Camille Manon Chloé Léa Élodie Margaux Clémence Sandrine|Théo Antoine Mathieu Guillaume Baptiste Julien Thibault|Bernard Dubois Durand Lefèvre Moreau Laurent Girard Fontaine Rousseau Chevalier Perrin Gauthier Mercier Faure
haitian|W|Mirlande Nadège Guerline Widline Fabienne Roseline|Woodly Fritznel Jean-Robert Ricot Fednel Wilner|Pierre-Louis Jean-Baptiste Desrosiers Lafortune Dorvil Saint-Fleur Célestin Dorsainvil
dutch|W|Sanne Lotte Fleur Anouk Femke Maartje Ilse|Daan Bram Thijs Joost Sem Ruud Jeroen|de_Jong Jansen de_Vries van_den_Berg Bakker Visser Smit Meijer de_Boer Mulder van_Dijk Vermeulen
flemish|W|Liesbeth Griet Annelies Katrien Elke Hanne|Wouter Koen Stijn Joris Dries Bert|Peeters Claes Maes Janssens Wouters Goossens Willems Mertens Vandenbroucke Verstraete
german|W|Hannah Lea Sophie Johanna Katharina Annika Franziska Miriam|Lukas Jonas Maximilian Felix Tobias Florian Moritz Jannik|Müller Schmidt Schneider Fischer Meyer Wagner Becker Schulz Hoffmann Schröder Zimmermann Krüger Hartmann Lehmann Köhler Krause Werner
austrian_swiss|W|Leonie Theresa Verena Anja Nadine Corinne|Elias Matthias Dominik Reto Urs Andreas Severin|Gruber Huber Pichler Moser Egger Hofer Brunner Baumgartner Ammann Käser Steiner Wyss
english|W|Amelia Imogen Harriet Philippa Eleanor Penelope Beatrice|Alfie Rupert Edmund Giles Ralph Barnaby Crispin|Thornton Pemberton Ashworth Featherstone Hargreaves Whitfield Kendrick Ackroyd Ainsworth Pickering Haworth Fairbairn Cholmondeley
irish|W|Siobhán Aoife Niamh Saoirse Róisín Clodagh Caoimhe|Cian Oisín Darragh Eoin Tadhg Colm Fionn|O'Brien Byrne Gallagher McCarthy Brennan Quinlan Donnelly Ó_Ceallaigh Cullinane Fitzgerald
scottish|W|Eilidh Morag Kirsty Catriona Isla Mhairi Ailsa|Callum Hamish Fraser Ewan Lachlan Ruaridh Struan|MacLeod Henderson Sinclair Robertson Fergusson Buchanan MacKenzie Drummond Urquhart Lindsay Galbraith
welsh|W|Rhiannon Carys Ffion Angharad Seren Eleri Nia|Dafydd Gethin Iwan Rhodri Emyr Aled Gareth|Llewellyn Pritchard Vaughan Griffiths Pugh Prosser Powell Evans Parry Bowen
american|W|Kayla Courtney Kaylee Kaitlyn Brianna Ashlynn|Tyler Brandon Dustin Travis Cody Garrett Colton|Whitaker Sullivan Hendricks McAllister Calloway Pruitt Holloway Prescott Donovan Kowalczyk Delaney
african_american|W|Latoya Keisha Imani Aaliyah Tanisha Kiana|DeShawn Jamal Darnell Tyrone Terrell Jalen Malik|Robinson Coleman Gaines Hollins Freeman Merriweather Dorsey Mosley Wigfall
caribbean|W|Shanice Tamika Shantelle Nadine Sashana Jodian|Delroy Kemar Dwayne Kadeem Oneil Romario|Clarke Ramdial Persad Maharaj Ramkissoon Gayle Thwaites Pinnock Lindo Facey
afrikaans|W|Annelie Marietjie Elmarie Lize Sunette Anri|Johan Riaan Gerhard Wian Hendrik Jaco Francois|van_der_Merwe Botha Pretorius du_Plessis Steyn Venter Coetzee Nel Joubert Viljoen Swanepoel
norwegian|W|Ingrid Sigrid Solveig Astrid Ragnhild Kari Silje|Magnus Håkon Eirik Sindre Torbjørn Espen Vegard|Hansen Johansen Olsen Larsen Haugen Bakke Solberg Nygård Eide Tveit Halvorsen
swedish|W|Maja Ebba Linnea Alva Frida Tove Elin|Axel Oskar Gustav Viktor Emil Hampus Linus|Lindqvist Johansson Andersson Karlsson Nilsson Eriksson Lindberg Sjöberg Bergström Holmgren Sundqvist Ekström
danish|W|Mette Freja Karoline Ida Trine Sofie|Rasmus Mads Søren Frederik Jesper Anders Kasper|Jensen Nielsen Pedersen Kristensen Rasmussen Sørensen Mortensen Thomsen Poulsen Madsen
finnish|W|Aino Helmi Kaisa Sanna Veera Minna Tiina|Juha Eero Mikko Jukka Tuomas Lauri Antti|Virtanen Korhonen Mäkinen Nieminen Mäkelä Hämäläinen Lehtonen Heikkinen Koskinen Järvinen
sami|W|Máret Sunná Inga Risten Biret|Ánde Niillas Mihkkal Áslat Jovnna|Gaup Somby Eira Hætta Utsi Magga Skum Valkeapää
icelandic|P|Guðrún Kristín Helga Sigríður Hildur Ásdís Katrín|Sigurður Jón Gunnar Ólafur Einar Bjarni Hörður|Jónsson/Jónsdóttir Sigurðsson/Sigurðardóttir Magnússon/Magnúsdóttir Einarsson/Einarsdóttir Ólafsson/Ólafsdóttir Gunnarsson/Gunnarsdóttir Stefánsson/Stefánsdóttir Kristjánsson/Kristjánsdóttir
lithuanian|W|Rūta Eglė Aistė Ieva Gintarė Jurgita|Mindaugas Darius Vytautas Tomas Paulius Giedrius|Kazlauskas/Kazlauskienė Petrauskas/Petrauskaitė Jankauskas/Jankauskienė Stankevičius/Stankevičienė Vasiliauskas/Vasiliauskienė Žukauskas/Žukauskaitė Butkus/Butkutė
latvian|W|Līga Ilze Inese Baiba Dace Zane|Jānis Artūrs Kristaps Māris Edgars Raimonds|Bērziņš/Bērziņa Kalniņš/Kalniņa Ozoliņš/Ozoliņa Liepiņš/Liepiņa Krūmiņš/Krūmiņa Vītols/Vītola Zariņš/Zariņa
estonian|W|Kadri Triin Liis Kerli Maarja Piret|Priit Tanel Margus Toomas Jaanus Indrek|Tamm Saar Sepp Mägi Kask Kukk Rebane Ilves Lepik Kallas
hebrew|W|Noa Tamar Shira Michal Yael Ayelet Hila|Yonatan Itai Eitan Omer Amit Noam Yoav|Mizrahi Peretz Biton Sasson Ben-Ami Azoulay Shapira Katz Avraham Dahan Ohana
maori|W|Aroha Mere Ngaio Kiri Anahera Huia Ngaire|Tane Wiremu Hemi Rangi Manaia Nikau Tamati|Ngata Parata Tamihana Te_Huia Tipene Rangihau Herewini Pomare Waaka Horomona
samoan|W|Alofa Losa Lupe Malia Sina|Sefa Ioane Tavita Faamanu Lemalu|Tuilagi Leota Faleolo Aumua Pulu Afamasaga Sapolu
tongan|W|Mele Salote Seini Lesieli Ana_Lisia|Sione Tevita Viliami Semisi Sitiveni|Fifita Taufa Vainikolo Tupou Latu Kupu Moala Havili
fijian|W|Litia Mereoni Salanieta Unaisi Akanisi|Jope Waisake Samisoni Josaia Isikeli|Naivalu Tuidraki Ravouvou Nawaqa Delai Vakacegu Rokotuiviwa Nawalu
hawaiian|W|Leilani Noelani Kalena Mahina Iolana|Keoni Kainoa Makana Kawika Ikaika|Kahale Kealoha Kamakana Akana Kahananui Kanoho Kaniho
aboriginal_australian|W|Kirra Alinta Yindi Jedda Marlee Kalinda|Jarrah Yarran Bunji Mirrin Jiemba|Marika Gumana Wanambi Tipungwuti Mununggurr Dhamarrandji Wunungmurra Yunupingu Napaltjarri Tjapaltjarri
navajo|W|Winona Nayeli Aiyana Kimimela Dyani Shandiin Nizhoni|Ahanu Takoda Chayton Hototo Kele Nastas|Begay Yazzie Tsosie Benally Nez Etsitty Manygoats Attakai Tso Chee
inuit|W|Ningiukulu Aput Nuka Uqsuralik Kallik Taqralik Elisapee|Pauloosie Qilak Nukilik Sakiasie Jaypeetee Siku|Arnaquq Kunuk Ittusardjuat Pootoogook Ashevak Akulukjuk Qumangapik Nakashuk Alainga
"""

# Given names that are also everyday English words: planted only where the text makes them
# people, never in lower case, and compared case-sensitively by the part's own checks.
WORD_NAMES = (
    ("Hope", "f"),
    ("Will", "m"),
    ("Grace", "f"),
    ("Rose", "f"),
    ("Jade", "f"),
    ("Sky", "f"),
    ("Bill", "m"),
    ("Mark", "m"),
    ("Faith", "f"),
    ("Summer", "f"),
    ("Hunter", "m"),
)
WORD_NAME_SET = frozenset(name for name, _ in WORD_NAMES)
# cultures whose family names go with a word-name given name
WORD_FAMILY_CULTURES = (
    "english",
    "american",
    "irish",
    "welsh",
    "scottish",
    "african_american",
    "caribbean",
    "akan",
    "afrikaans",
    "maori",
)

# Name particles: not compared as words of a name by the part's checks.
PARTICLES = frozenset(
    "al el bin binti bint ibn abu van von der den de del della di da dos das do du la le te "
    "ap mac mc ní ó y e saint st ben".split()
)

NICKNAMES = {
    "Oluwaseun": "Seun",
    "Temitope": "Tope",
    "Chukwuemeka": "Emeka",
    "Funmilayo": "Funmi",
    "Babajide": "Jide",
    "Katarzyna": "Kasia",
    "Małgorzata": "Gosia",
    "Wojciech": "Wojtek",
    "Oleksandr": "Sasha",
    "Yekaterina": "Katya",
    "Dmitri": "Dima",
    "Anastasia": "Nastya",
    "Guadalupe": "Lupita",
    "Francesca": "Franci",
    "Alessandro": "Ale",
    "Abdirahman": "Abdi",
    "Siddharth": "Sid",
    "Sebastián": "Sebas",
    "Florencia": "Flor",
    "Joaquín": "Joaco",
    "Maximilian": "Max",
    "Katharina": "Kathi",
    "Ketevan": "Keti",
    "Nokuthula": "Thuli",
    "Boitumelo": "Tumi",
    "Sibusiso": "Sbu",
    "Giorgos": "Giorgakis",
    "Panagiotis": "Takis",
    "Konstantin": "Kostya",
    "Bauyrzhan": "Baur",
    "Krzysztof": "Krzysiek",
    "Alejandro": "Alex",
    "Kwabena": "Kobby",
    "Nattapong": "Pong",
    "Pimchanok": "Pim",
    "Jaswinder": "Jas",
    "Gurpreet": "Gurp",
    "Vignesh": "Vicky",
    "Anirban": "Ani",
    "Yonatan": "Yoni",
    "Elisapee": "Lisa",
    "Kateryna": "Katia",
    "Jaypeetee": "JP",
    "Barnaby": "Barney",
    "Philippa": "Pip",
    "Penelope": "Penny",
    "Eleanor": "Nell",
}


class Culture:
    __slots__ = ("key", "order", "female", "male", "family")

    def __init__(self, key: str, order: str, female, male, family) -> None:
        self.key = key
        self.order = order
        self.female = female
        self.male = male
        self.family = family  # list of (masculine, feminine)


def _split(field: str) -> list[str]:
    return [w.replace("_", " ") for w in field.split()]


def _parse() -> dict[str, Culture]:
    out: dict[str, Culture] = {}
    for line in _CULTURES.strip().splitlines():
        key, order, female, male, family = line.split("|")
        fams = []
        for item in family.split():
            m, _, f = item.partition("/")
            fams.append((m.replace("_", " "), (f or m).replace("_", " ")))
        out[key] = Culture(key, order, _split(female), _split(male), fams)
    return out


CULTURES = _parse()

# Culture groups for prompts whose language or country suggests where people come from.
GROUPS = {
    "es": (
        "spanish",
        "mexican",
        "colombian",
        "southern_cone",
        "basque_catalan",
        "andean",
        "mapuche",
        "maya",
    ),
    "de": ("german", "austrian_swiss", "turkish", "polish", "kurdish"),
    "fr": ("french", "haitian", "wolof", "maghrebi", "mande", "congolese", "rwandan"),
    "pt": ("brazilian", "portuguese"),
    "it": ("italian",),
    "nl": ("dutch", "flemish"),
    "pl": ("polish",),
    "sv": ("swedish", "sami", "finnish"),
    "tr": ("turkish", "kurdish"),
    "id": ("javanese", "batak"),
    "vi": ("vietnamese",),
    "uk": (
        "english",
        "scottish",
        "welsh",
        "irish",
        "pakistani",
        "punjabi",
        "caribbean",
        "igbo",
        "yoruba",
        "polish",
        "bengali",
    ),
    "us": (
        "american",
        "african_american",
        "mexican",
        "navajo",
        "korean",
        "filipino",
        "hawaiian",
        "irish",
        "italian",
    ),
    "nordic": ("norwegian", "swedish", "danish", "finnish", "icelandic", "sami"),
    "pacific": ("maori", "samoan", "tongan", "fijian", "hawaiian", "aboriginal_australian"),
    "africa": (
        "yoruba",
        "igbo",
        "hausa",
        "akan",
        "ewe",
        "wolof",
        "mande",
        "kikuyu",
        "luo",
        "swahili",
        "amharic",
        "tigrinya",
        "somali",
        "sudanese",
        "zulu",
        "xhosa",
        "sotho_tswana",
        "shona",
        "malagasy",
        "congolese",
        "rwandan",
    ),
    "asia": (
        "mandarin",
        "cantonese",
        "taiwanese",
        "japanese",
        "korean",
        "vietnamese",
        "thai",
        "khmer",
        "filipino",
        "javanese",
        "batak",
        "malay",
        "burmese",
        "tibetan",
        "mongolian",
    ),
    "south_asia": (
        "hindi",
        "tamil",
        "bengali",
        "punjabi",
        "gujarati_marathi",
        "south_indian",
        "pakistani",
        "sinhala",
        "nepali",
    ),
}

ALL_CULTURES = tuple(CULTURES)
