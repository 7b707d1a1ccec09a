# Kodėl savanoris ir pasiūlymas tinka vienas kitam: kiekvienos priežasties aprašas.

reason-no-skills-asked = Įgūdžių nereikalaujama
reason-skills = Atitinkami privalomi įgūdžiai: { $required }; turimi pageidaujami įgūdžiai: { $held } iš { $preferred }; lygiai virš minimumo: { $above }
reason-no-languages-asked = Kalbų mokėjimo nereikalaujama
reason-languages = Atitinkami kalbų reikalavimai: { $required }; lygiai virš minimumo: { $above }
reason-remote = Nuotoliniu būdu: vykti nereikia
reason-distance = { $km },{ $tenths } km nuo namų
reason-distance-under = Mažiau nei { $to } km nuo namų
reason-distance-between = { $from }–{ $to } km nuo namų
reason-distance-over = { $from } km ar daugiau nuo namų
reason-within-reach = Pasiekiama
reason-cause-shared = Tarp domėjimosi sričių: { $cause }
reason-cause-other = Ne tarp domėjimosi sričių: { $cause }
reason-availability = Galimas laikas apima { $percent } % pamainos
reason-soon-within-the-hour = Pirmoji pamaina greičiau nei po valandos
# Kilmininkas po „po“.
reason-soon-hours = Pirmoji pamaina po { $hours } { $hours ->
        [one] valandos
       *[other] valandų
    }
reason-soon-days = Pirmoji pamaina po { $days } { $days ->
        [one] dienos
       *[other] dienų
    }

cause-children = vaikai
cause-seniors = senjorai
cause-disability = žmonės su negalia
cause-health = sveikata
cause-education = švietimas
cause-refugees = pabėgėliai
cause-poverty = skurdas
cause-animals = gyvūnai
cause-environment = aplinka
cause-culture = kultūra
cause-sport = sportas
cause-community = vietos bendruomenė
cause-emergency = ekstremalios situacijos
cause-human-rights = žmogaus teisės
