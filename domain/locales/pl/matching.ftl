# Dlaczego wolontariusz i oferta do siebie pasują: opis każdego powodu.
# Zdania czytają się tak samo w obie strony (dopasowania wolontariusza,
# kandydaci organizacji), więc nazywają fakty, nie zwracają się do „Ciebie”.

reason-no-skills-asked = Nie są wymagane żadne umiejętności
reason-skills = Spełnione wymagane umiejętności: { $required }; posiadane preferowane: { $held } z { $preferred }; poziomy ponad minimum: { $above }
reason-no-languages-asked = Nie jest wymagana znajomość języków
reason-languages = Spełnione wymagania językowe: { $required }; poziomy ponad minimum: { $above }
reason-remote = Zdalnie: bez dojazdu
reason-distance = { $km },{ $tenths } km od domu
reason-distance-under = Poniżej { $to } km od domu
reason-distance-between = { $from }–{ $to } km od domu
reason-distance-over = { $from } km lub więcej od domu
reason-within-reach = W zasięgu dojazdu
reason-cause-shared = Wśród obszarów zainteresowań: { $cause }
reason-cause-other = Poza obszarami zainteresowań: { $cause }
reason-availability = Dostępność obejmuje { $percent }% zmiany
reason-soon-within-the-hour = Pierwsza zmiana za niecałą godzinę
# Biernik po „za”.
reason-soon-hours = Pierwsza zmiana za { $hours } { $hours ->
        [one] godzinę
        [few] godziny
       *[many] godzin
    }
reason-soon-days = Pierwsza zmiana za { $days } { $days ->
        [one] dzień
       *[other] dni
    }

cause-children = dzieci
cause-seniors = seniorzy
cause-disability = osoby z niepełnosprawnościami
cause-health = zdrowie
cause-education = edukacja
cause-refugees = uchodźcy
cause-poverty = ubóstwo
cause-animals = zwierzęta
cause-environment = środowisko
cause-culture = kultura
cause-sport = sport
cause-community = społeczność lokalna
cause-emergency = sytuacje kryzysowe
cause-human-rights = prawa człowieka
