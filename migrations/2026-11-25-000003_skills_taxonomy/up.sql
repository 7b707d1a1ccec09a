-- Seed the skills taxonomy used by the volunteer/offer skill picker.
-- Labels in Polish, English, German, Lithuanian, Latvian and Ukrainian
-- (Toruń and its partner cities Göttingen, Klaipėda, Kaunas and Daugavpils).
-- Slugs are stable identifiers: never rename one, set deprecated = true instead.

INSERT INTO skills (slug, category, label_pl, label_en, label_de, label_lt, label_lv, label_uk) VALUES
    -- health
    ('first-aid', 'health', 'Pierwsza pomoc', 'First aid', 'Erste Hilfe', 'Pirmoji pagalba', 'Pirmā palīdzība', 'Перша допомога'),
    ('psychological-first-aid', 'health', 'Pierwsza pomoc psychologiczna', 'Psychological first aid', 'Psychologische Erste Hilfe', 'Pirmoji psichologinė pagalba', 'Psiholoģiskā pirmā palīdzība', 'Перша психологічна допомога'),
    ('hospital-volunteering', 'health', 'Wolontariat w szpitalu', 'Hospital volunteering', 'Ehrenamt im Krankenhaus', 'Savanorystė ligoninėje', 'Brīvprātīgais darbs slimnīcā', 'Волонтерство в лікарні'),
    ('blood-donation-support', 'health', 'Wsparcie akcji krwiodawstwa', 'Blood donation drive support', 'Unterstützung bei Blutspendeaktionen', 'Pagalba kraujo donorystės akcijose', 'Palīdzība asins donoru dienās', 'Допомога в акціях донорства крові'),
    ('water-rescue-lifeguard', 'health', 'Ratownictwo wodne', 'Lifeguarding and water rescue', 'Rettungsschwimmen', 'Gelbėjimas vandenyje', 'Glābšana uz ūdens', 'Рятування на воді'),

    -- care
    ('elderly-care', 'care', 'Opieka nad osobami starszymi', 'Elderly care', 'Seniorenbetreuung', 'Pagyvenusių žmonių priežiūra', 'Senioru aprūpe', 'Догляд за літніми людьми'),
    ('childcare', 'care', 'Opieka nad dziećmi', 'Childcare and working with children', 'Kinderbetreuung', 'Vaikų priežiūra', 'Bērnu pieskatīšana', 'Догляд за дітьми'),
    ('disability-support', 'care', 'Wsparcie osób z niepełnosprawnościami', 'Support for people with disabilities', 'Begleitung von Menschen mit Behinderung', 'Pagalba žmonėms su negalia', 'Atbalsts cilvēkiem ar invaliditāti', 'Підтримка людей з інвалідністю'),
    ('shopping-delivery-homebound', 'care', 'Zakupy dla osób niewychodzących z domu', 'Shopping for housebound people', 'Einkaufshilfe für nicht mobile Menschen', 'Pirkinių pristatymas iš namų neišeinantiems žmonėms', 'Iepirkumu piegāde cilvēkiem, kuri nevar iziet no mājām', 'Доставка покупок маломобільним людям'),
    ('phone-befriending-seniors', 'care', 'Rozmowy telefoniczne z samotnymi seniorami', 'Phone befriending for lonely seniors', 'Telefonische Begleitung einsamer Senioren', 'Pokalbiai telefonu su vienišais senjorais', 'Telefonsarunas ar vientuļiem senioriem', 'Телефонні розмови з самотніми літніми людьми'),
    ('cooking', 'care', 'Gotowanie posiłków', 'Cooking meals', 'Kochen', 'Maisto gaminimas', 'Ēdiena gatavošana', 'Приготування їжі'),

    -- education
    ('tutoring', 'education', 'Korepetycje', 'Tutoring', 'Nachhilfe', 'Korepetavimas', 'Privātstundas', 'Репетиторство'),
    ('homework-help', 'education', 'Pomoc w odrabianiu lekcji', 'Homework help', 'Hausaufgabenhilfe', 'Pagalba ruošiant namų darbus', 'Palīdzība mājasdarbu pildīšanā', 'Допомога з домашніми завданнями'),
    ('reading-to-children', 'education', 'Czytanie dzieciom', 'Reading to children', 'Vorlesen für Kinder', 'Skaitymas vaikams', 'Lasīšana priekšā bērniem', 'Читання дітям уголос'),
    ('digital-skills-seniors', 'education', 'Edukacja cyfrowa seniorów', 'Digital skills for seniors', 'Digitale Bildung für Senioren', 'Skaitmeninių įgūdžių mokymas senjorams', 'Digitālo prasmju apmācība senioriem', 'Цифрова грамотність для літніх людей'),
    ('erasmus-student-buddy', 'education', 'Mentoring studentów Erasmus+ (buddy)', 'Erasmus+ student mentoring (buddy)', 'Buddy-Programm für Erasmus+-Studierende', 'Erasmus+ studentų mentorystė (buddy)', 'Erasmus+ studentu mentorēšana (buddy)', 'Наставництво для студентів Erasmus+ (buddy)'),

    -- languages
    ('teaching-polish-foreign', 'languages', 'Nauczanie języka polskiego jako obcego', 'Teaching Polish as a foreign language', 'Unterricht in Polnisch als Fremdsprache', 'Lenkų kalbos kaip užsienio kalbos mokymas', 'Poļu valodas kā svešvalodas mācīšana', 'Викладання польської мови як іноземної'),
    ('interpreting-polish-ukrainian', 'languages', 'Tłumaczenie ustne polsko-ukraińskie', 'Polish–Ukrainian interpreting', 'Dolmetschen Polnisch–Ukrainisch', 'Lenkų ir ukrainiečių kalbų vertimas žodžiu', 'Poļu–ukraiņu mutiskā tulkošana', 'Польсько-український усний переклад'),
    ('interpreting-polish-english', 'languages', 'Tłumaczenie ustne polsko-angielskie', 'Polish–English interpreting', 'Dolmetschen Polnisch–Englisch', 'Lenkų ir anglų kalbų vertimas žodžiu', 'Poļu–angļu mutiskā tulkošana', 'Польсько-англійський усний переклад'),
    ('document-translation', 'languages', 'Tłumaczenie dokumentów', 'Document translation', 'Übersetzung von Dokumenten', 'Dokumentų vertimas', 'Dokumentu tulkošana', 'Переклад документів'),
    ('sign-language-pl', 'languages', 'Polski język migowy (PJM)', 'Polish Sign Language (PJM)', 'Polnische Gebärdensprache (PJM)', 'Lenkų gestų kalba (PJM)', 'Poļu zīmju valoda (PJM)', 'Польська жестова мова (PJM)'),

    -- logistics
    ('event-logistics', 'logistics', 'Logistyka wydarzeń', 'Event logistics', 'Veranstaltungslogistik', 'Renginių logistika', 'Pasākumu loģistika', 'Логістика заходів'),
    ('warehouse-donation-sorting', 'logistics', 'Praca w magazynie i sortowanie darów', 'Warehouse work and sorting donations', 'Lagerarbeit und Sortieren von Sachspenden', 'Darbas sandėlyje ir paramos rūšiavimas', 'Noliktavas darbs un ziedojumu šķirošana', 'Робота на складі та сортування гуманітарної допомоги'),
    ('food-distribution', 'logistics', 'Wydawanie żywności', 'Food distribution', 'Lebensmittelausgabe', 'Maisto produktų dalijimas', 'Pārtikas izdale', 'Видача продуктів харчування'),
    ('forklift-operation', 'logistics', 'Obsługa wózka widłowego', 'Forklift operation', 'Gabelstaplerfahren', 'Šakinio krautuvo valdymas', 'Autoiekrāvēja vadīšana', 'Керування вилковим навантажувачем'),
    ('carpentry-repairs', 'logistics', 'Prace stolarskie i drobne naprawy', 'Carpentry and minor repairs', 'Tischlerarbeiten und kleine Reparaturen', 'Staliaus darbai ir smulkus remontas', 'Galdniecība un sīki remontdarbi', 'Столярні роботи та дрібний ремонт'),

    -- transport
    ('driving-licence-b', 'transport', 'Prawo jazdy kat. B', 'Driving licence category B', 'Führerschein Klasse B', 'B kategorijos vairuotojo pažymėjimas', 'B kategorijas autovadītāja apliecība', 'Посвідчення водія категорії B'),
    ('driving-licence-c', 'transport', 'Prawo jazdy kat. C', 'Driving licence category C', 'Führerschein Klasse C', 'C kategorijos vairuotojo pažymėjimas', 'C kategorijas autovadītāja apliecība', 'Посвідчення водія категорії C'),
    ('bicycle-courier', 'transport', 'Kurier rowerowy', 'Bicycle courier', 'Fahrradkurier', 'Kurjeris dviračiu', 'Velokurjers', 'Велокур''єр'),

    -- environment
    ('environmental-education', 'environment', 'Edukacja ekologiczna', 'Environmental education', 'Umweltbildung', 'Aplinkosauginis švietimas', 'Vides izglītība', 'Екологічна освіта'),
    ('animal-shelter-care', 'environment', 'Opieka nad zwierzętami w schronisku', 'Animal shelter care', 'Tierpflege im Tierheim', 'Gyvūnų priežiūra prieglaudoje', 'Dzīvnieku aprūpe patversmē', 'Догляд за тваринами в притулку'),
    ('gardening-green-areas', 'environment', 'Ogrodnictwo i sprzątanie terenów zielonych', 'Gardening and green space cleanup', 'Gartenarbeit und Grünflächenpflege', 'Sodininkystė ir žaliųjų erdvių tvarkymas', 'Dārzkopība un zaļo zonu sakopšana', 'Садівництво та прибирання зелених зон'),
    ('river-and-mountain-cleanup', 'environment', 'Sprzątanie brzegów rzek i szlaków górskich', 'River bank and mountain trail cleanup', 'Müllsammeln an Flussufern und Bergwegen', 'Upių pakrančių ir kalnų takų tvarkymas', 'Upju krastu un kalnu taku sakopšana', 'Прибирання берегів річок і гірських стежок'),

    -- sport
    ('sports-coaching', 'sport', 'Prowadzenie treningów sportowych', 'Sports coaching', 'Übungsleitung im Sport', 'Sporto treniruočių vedimas', 'Sporta treniņu vadīšana', 'Проведення спортивних тренувань'),

    -- crisis
    ('refugee-reception-support', 'crisis', 'Wsparcie w punkcie recepcyjnym dla uchodźców', 'Refugee reception point support', 'Unterstützung in Aufnahmestellen für Geflüchtete', 'Pagalba pabėgėlių priėmimo punkte', 'Palīdzība bēgļu uzņemšanas punktā', 'Допомога в пункті прийому біженців'),
    ('crisis-intervention', 'crisis', 'Interwencja kryzysowa', 'Crisis intervention', 'Krisenintervention', 'Krizių intervencija', 'Krīzes intervence', 'Кризова інтервенція'),

    -- culture
    ('music', 'culture', 'Muzyka i śpiew', 'Music and singing', 'Musik und Gesang', 'Muzika ir dainavimas', 'Mūzika un dziedāšana', 'Музика та спів'),
    ('arts-and-crafts', 'culture', 'Zajęcia plastyczne i rękodzieło', 'Arts and crafts', 'Basteln und kreatives Gestalten', 'Dailė ir rankdarbiai', 'Māksla un rokdarbi', 'Малювання та рукоділля'),
    ('theatre-and-animation', 'culture', 'Teatr i animacja zabaw', 'Theatre and play activities', 'Theater und Spielanimation', 'Teatras ir žaidimų vedimas', 'Teātris un spēļu vadīšana', 'Театр та ігрова анімація'),
    ('city-museum-guiding', 'culture', 'Oprowadzanie po mieście i muzeach', 'City and museum guiding', 'Stadt- und Museumsführungen', 'Ekskursijų po miestą ir muziejus vedimas', 'Ekskursiju vadīšana pilsētā un muzejos', 'Проведення екскурсій містом і музеями'),
    ('sewing', 'culture', 'Szycie', 'Sewing', 'Nähen', 'Siuvimas', 'Šūšana', 'Шиття'),

    -- communication
    ('public-speaking-workshop-facilitation', 'communication', 'Wystąpienia publiczne i prowadzenie warsztatów', 'Public speaking and workshop facilitation', 'Vorträge und Workshopmoderation', 'Viešasis kalbėjimas ir dirbtuvių vedimas', 'Publiskā runa un darbnīcu vadīšana', 'Публічні виступи та проведення воркшопів'),
    ('photography', 'communication', 'Fotografia', 'Photography', 'Fotografie', 'Fotografija', 'Fotografēšana', 'Фотографія'),
    ('video-editing', 'communication', 'Montaż wideo', 'Video editing', 'Videoschnitt', 'Vaizdo įrašų montavimas', 'Video montāža', 'Відеомонтаж'),
    ('graphic-design', 'communication', 'Projektowanie graficzne', 'Graphic design', 'Grafikdesign', 'Grafinis dizainas', 'Grafiskais dizains', 'Графічний дизайн'),
    ('social-media', 'communication', 'Prowadzenie mediów społecznościowych', 'Social media management', 'Social-Media-Betreuung', 'Socialinių tinklų administravimas', 'Sociālo mediju vadība', 'Ведення соціальних мереж'),
    ('marketing', 'communication', 'Marketing', 'Marketing', 'Marketing', 'Rinkodara', 'Mārketings', 'Маркетинг'),

    -- administration
    ('office-administration', 'administration', 'Prace biurowe i administracyjne', 'Office and administrative work', 'Büro- und Verwaltungsarbeit', 'Biuro ir administraciniai darbai', 'Biroja un administratīvais darbs', 'Офісна та адміністративна робота'),
    ('data-entry', 'administration', 'Wprowadzanie danych', 'Data entry', 'Dateneingabe', 'Duomenų įvedimas', 'Datu ievade', 'Введення даних'),
    ('accounting-bookkeeping', 'administration', 'Księgowość', 'Accounting and bookkeeping', 'Buchhaltung', 'Buhalterinė apskaita', 'Grāmatvedība', 'Бухгалтерський облік'),
    ('fundraising', 'administration', 'Pozyskiwanie funduszy', 'Fundraising', 'Fundraising', 'Lėšų rinkimas', 'Līdzekļu piesaiste', 'Фандрейзинг'),
    ('legal-advice-pro-bono', 'administration', 'Porady prawne pro bono', 'Pro bono legal advice', 'Pro-bono-Rechtsberatung', 'Nemokamos teisinės konsultacijos (pro bono)', 'Bezmaksas juridiskās konsultācijas (pro bono)', 'Безоплатні юридичні консультації (pro bono)'),

    -- technology
    ('it-support', 'technology', 'Wsparcie IT', 'IT support', 'IT-Support', 'IT pagalba', 'IT atbalsts', 'ІТ-підтримка'),
    ('web-development', 'technology', 'Tworzenie stron internetowych', 'Web development', 'Webentwicklung', 'Interneto svetainių kūrimas', 'Tīmekļa vietņu izstrāde', 'Розробка вебсайтів');
