# Чому волонтер і пропозиція підходять одне одному: опис кожної причини.

reason-no-skills-asked = Навички не потрібні
reason-skills = Обов’язкові навички виконано: { $required }; бажані навички: { $held } з { $preferred }; рівні понад мінімум: { $above }
reason-no-languages-asked = Знання мов не потрібне
reason-languages = Мовні вимоги виконано: { $required }; рівні понад мінімум: { $above }
reason-remote = Дистанційно: їхати не потрібно
reason-distance = { $km },{ $tenths } км від дому
reason-distance-under = Менше ніж { $to } км від дому
reason-distance-between = { $from }–{ $to } км від дому
reason-distance-over = { $from } км або більше від дому
reason-within-reach = У межах доїзду
reason-cause-shared = Серед сфер інтересів: { $cause }
reason-cause-other = Поза сферами інтересів: { $cause }
reason-availability = Доступність охоплює { $percent }% зміни
reason-soon-within-the-hour = Перша зміна менш ніж за годину
# Знахідний відмінок після «через».
reason-soon-hours = Перша зміна через { $hours } { $hours ->
        [one] годину
        [few] години
       *[many] годин
    }
reason-soon-days = Перша зміна через { $days } { $days ->
        [one] день
        [few] дні
       *[many] днів
    }

cause-children = діти
cause-seniors = люди похилого віку
cause-disability = люди з інвалідністю
cause-health = здоров’я
cause-education = освіта
cause-refugees = біженці
cause-poverty = бідність
cause-animals = тварини
cause-environment = довкілля
cause-culture = культура
cause-sport = спорт
cause-community = місцева громада
cause-emergency = надзвичайні ситуації
cause-human-rights = права людини
