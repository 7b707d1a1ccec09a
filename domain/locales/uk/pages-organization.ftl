# Сторінки організацій: реєстрація організації, її пропозиції та зміни,
# заявки, кандидати, години й учасники. «HOP» лишається без змін.

org-mine-title = Мої організації
org-mine-memberships = Організації, у яких я працюю
org-mine-none = Ви ще не входите до жодної організації. Зареєструйте свою нижче або попросіть її власника запросити вашу адресу e-mail.
org-mine-invitations = Запрошення, що чекають на вашу відповідь
org-invitation-accept = Приєднатися до { $organization }
org-invitation-decline = Відхилити запрошення від { $organization }
org-role-label = Ваша роль:
org-status-label = Статус:
org-register-title = Зареєструвати організацію
org-register-lead = Ви станете її власником. Перш ніж її пропозиції можна буде опублікувати, Центр волонтерства має її перевірити.
org-register-submit = Зареєструвати організацію

org-field-name = Назва організації
org-field-kind = Тип
org-field-description = Опис
org-field-contact-email = Контактний e-mail
org-field-contact-phone = Контактний телефон
org-field-website = Вебсайт
org-field-address = Адреса
org-field-krs = Номер KRS
org-field-krs-hint = Необов'язково: 10 цифр номера в Національному судовому реєстрі Польщі.
org-field-title = Назва
org-field-cause = Напрям
org-field-min-age = Мінімальний вік
org-field-min-age-hint = Від 13 до 99 років. Неповнолітнім потрібна також згода опікуна.
org-field-rules = Заявки
org-field-requires-review = Ми переглядаємо кожну заявку, перш ніж її підтвердити
org-field-works-with-children = Робота з дітьми (потрібні перевірки безпеки)
org-field-remote = Віддалено: з дому
org-field-place = Місце
org-field-place-hint = Куди приходять волонтери, якщо робота не віддалена. Широта й довгота в градусах, наприклад 53.0103 і 18.6057 для старого міста Торуня.
org-field-lat = Широта
org-field-lon = Довгота
org-field-required-skills = Потрібні навички
org-field-required-skill-n = Потрібна навичка { $n }
org-field-required-level-n = Мінімальний рівень потрібної навички { $n }
org-field-preferred-skills = Бажані навички
org-field-preferred-skill-n = Бажана навичка { $n }
org-field-preferred-level-n = Мінімальний рівень бажаної навички { $n }
org-field-languages = Мови
org-field-language-n = Мова { $n }
org-field-language-level-n = Мінімальний рівень мови { $n }
org-none-chosen = (немає)
org-field-date = День
org-field-date-hint = Наприклад 5.12.2026 або 2026-12-05.
org-field-start = Початок
org-field-end = Кінець
org-field-time-hint = Час у Торуні, наприклад 09:00.
org-field-end-hint = Час у Торуні, наприклад 12:30. Час, раніший за початок, означає наступний день.
org-field-capacity = Місця

org-field-invalid = { $value ->
        [name] Введіть назву довжиною від 2 до 200 символів.
        [description] Опис задовгий.
        [kind] Виберіть тип зі списку.
        [contact_email] Введіть адресу e-mail, наприклад ala@example.org.
        [contact_phone] Введіть номер телефону, наприклад +48 56 611 00 00.
        [website] Введіть адресу сайту, що починається з https://.
        [address] Введіть адресу довжиною не більше 300 символів.
        [krs] Номер KRS має 10 цифр.
        [lat] Введіть широту як число від -90 до 90.
        [lon] Введіть довготу як число від -180 до 180.
        [location] Вкажіть широту й довготу місця або позначте роботу як віддалену.
        [title] Введіть назву довжиною від 3 до 200 символів.
        [cause] Виберіть напрям зі списку.
        [min_age] Введіть вік від 13 до 99 років.
        [required_skills] Виберіть кожну навичку лише раз, із рівнем.
        [preferred_skills] Виберіть кожну навичку лише раз, із рівнем, і не серед потрібних.
        [languages] Виберіть кожну мову лише раз, із рівнем.
        [date] Введіть день, наприклад 5.12.2026.
        [start] Введіть час початку, наприклад 09:00.
        [end] Введіть час завершення, наприклад 12:30.
        [starts_at] Зміна має починатися в майбутньому.
        [ends_at] Зміна має закінчуватися після початку, не пізніше ніж за 24 години.
        [capacity] Введіть кількість місць від 1 до 10000, не меншу за кількість уже підтверджених.
        [hours] Введіть відпрацьовані години: більше 0 і не більше тривалості зміни.
        [reason] Введіть причину довжиною від 1 до 1000 символів; волонтер її прочитає.
        [email] Введіть адресу e-mail, наприклад ala@example.org.
        [role] Виберіть роль зі списку.
        [register_checked_at] Введіть день перевірки реєстру; він не може бути в майбутньому.
        [criminal_record_certificate] Позначте це лише тоді, коли маєте довідку про несудимість; вона обов'язкова.
        [ids] Позначте принаймні один запис.
       *[other] Перевірте це поле.
    }
org-fix-fields = Деякі поля потребують уваги; дивіться повідомлення біля них.
org-refused = { $value ->
        [opportunity-status] Це неможливо за теперішнього стану пропозиції.
        [opportunity-closed] Пропозицію закрито, її більше не можна змінювати.
        [organization-not-verified] Центр волонтерства ще не перевірив організацію.
        [shift-cancelled] Зміну скасовано.
        [shift-ended] Зміна завершилася; заявки на неї більше не можна прийняти.
        [shift-not-started] Присутність записують після початку зміни.
        [shift-started] Зміна вже почалася.
        [not-pending] Прийняти можна лише заявку, що чекає на розгляд.
        [not-rejectable] Відхилити можна лише заявку, що чекає, підтверджену або з резервного списку.
        [not-confirmed] Присутність записують лише для підтверджених заявок.
        [own-sign-up] Ви не можете вирішувати щодо власної заявки.
        [safeguarding-missing] Ця пропозиція передбачає роботу з дітьми: спершу запишіть перевірку реєстру й довідку про несудимість.
        [agreement-required] Робота волонтера тривала б понад 30 днів: спершу письмова угода має охоплювати день зміни.
        [overlap] Волонтер уже має підтверджену зміну в цей час.
        [too-young] Волонтер молодший за мінімальний вік пропозиції.
        [guardian-consent-missing] Волонтер неповнолітній, і згоду опікуна не записано.
        [birth-date-missing] У профілі волонтера немає дати народження.
        [profile-missing] Волонтер не має профілю.
        [capacity-below-confirmed] Місць не може бути менше, ніж уже підтверджених волонтерів.
        [last-owner] Останній власник не може піти: спершу зробіть власником іншого учасника.
        [already-member] Ця людина вже є учасником.
        [already-invited] Запрошення на цю адресу вже відкрите.
        [invitation-expired] Термін дії запрошення минув. Попросіть нове.
        [invitation-closed] На запрошення вже відповіли або його відкликали.
        [already-decided] Щодо цих годин уже ухвалено рішення.
        [own-entry] Ви не можете вирішувати щодо власних годин.
        [superseded] Ці години замінено виправленням.
       *[other] Зараз це неможливо.
    }
org-publish-unverified = Організація чекає на перевірку Центром волонтерства. Її пропозиції можна буде опублікувати після перевірки.

org-done-registered = Організацію зареєстровано. Вона чекає на перевірку Центром волонтерства.
org-done-joined = Тепер ви учасник організації.
org-done-invitation-declined = Ви відхилили запрошення.
org-done-opportunity-created = Пропозицію збережено як чернетку. Додайте зміни, а тоді опублікуйте її.
org-done-saved = Зміни збережено.
org-done-published = Пропозицію опубліковано: волонтери можуть її знайти й записатися.
org-done-closed = Пропозицію закрито.
org-done-shift-added = Зміну додано.
org-done-shift-changed = Кількість місць змінено.
org-done-shift-cancelled = Зміну скасовано; усі записані отримають повідомлення.
org-done-accepted = Заявку прийнято.
org-done-rejected = Заявку відхилено; волонтер дізнається причину.
org-done-attendance = Присутність записано.
org-done-safeguarding = Перевірки безпеки записано.
org-done-hours-approved = Години підтверджено.
org-done-hours-rejected = Години відхилено; волонтер дізнається причину.
org-done-invited = Запрошення надіслано. Людина стане учасником, коли його прийме.
org-done-removed = Учасника видалено.

org-role = { $value ->
        [owner] власник
       *[coordinator] координатор
    }
org-status = { $value ->
        [verified] перевірена
        [rejected] відхилена
       *[pending] чекає на перевірку
    }
org-kind = { $value ->
        [ngo] Громадська організація
        [public] Державна установа
        [university] Університет
        [school] Школа
       *[informal] Неформальна група
    }
org-pending-note = Центр волонтерства перевіряє кожну нову організацію. Ви вже можете готувати пропозиції та зміни; опублікувати їх можна буде після перевірки.
org-rejected-note = Центр волонтерства не підтвердив організацію: { $reason }
org-manage-nav = Робота з цією сторінкою
org-new-opportunity = Нова пропозиція
org-members-link = Учасники
org-hours-link = Години на підтвердження
org-opportunities = Пропозиції
org-opportunities-none = Пропозицій ще немає.
org-opportunities-by-status = { $value ->
        [draft] Чернетки
        [published] Опубліковані
       *[closed] Закриті
    }
org-opportunity-status = { $value ->
        [draft] чернетка
        [published] опублікована
       *[closed] закрита
    }

org-opportunity-new-title = Нова пропозиція
org-opportunity-edit-title = Змінити пропозицію
org-opportunity-save = Зберегти пропозицію
org-cause = { $value ->
        [children] Діти й молодь
        [seniors] Літні люди
        [disability] Люди з інвалідністю
        [health] Здоров'я
        [education] Освіта
        [refugees] Біженці
        [poverty] Бідність
        [animals] Тварини
        [environment] Довкілля
        [culture] Культура
        [sport] Спорт
        [community] Місцева громада
        [emergency] Надзвичайні ситуації
       *[human_rights] Права людини
    }
org-skill-level = { $value ->
        [1] базовий
        [2] досвідчений
       *[3] експерт
    }
org-language-name = { $value ->
        [pl] польська
        [en] англійська
        [de] німецька
        [uk] українська
        [ru] російська
        [be] білоруська
        [lt] литовська
        [lv] латиська
        [fr] французька
        [es] іспанська
        [it] італійська
        [cs] чеська
       *[sk] словацька
    }

org-signups-link = Заявки
org-candidates-link = Кандидати
org-edit-link = Змінити пропозицію
org-publish = Опублікувати
org-close = Закрити пропозицію
org-shifts = Зміни
org-shifts-none = Змін ще немає. Додайте першу нижче.
org-shifts-caption = Зміни: { $title }
org-shift-when-heading = Коли
org-shift-when = { $start }, до { $end }
org-shift-capacity = Місця
org-shift-confirmed = Підтверджені
org-shift-waitlist = Резервний список
org-shift-actions = Дії
org-shift-new-capacity = Місця
org-shift-save-capacity = Змінити кількість місць
org-shift-cancel = Скасувати зміну
org-shift-cancelled = (скасовано)
org-shift-new = Додати зміну
org-shift-new-lead = День і час за годинником Торуня.
org-shift-add = Додати зміну

org-signups-title = Заявки: { $title }
org-back-to-opportunity = Назад до: { $title }
org-back-to-organization = Назад до: { $organization }
org-signups-none = Ще ніхто не записався.
org-signups-more = Давніші заявки
org-signups-caption = { $count ->
        [one] { $count } заявка
        [few] { $count } заявки
        [many] { $count } заявок
       *[other] { $count } заявки
    }
org-volunteer = Волонтер
org-volunteer-erased = (обліковий запис видалено)
org-status-heading = Статус
org-application-status = { $value ->
        [pending] чекає на розгляд
        [confirmed] підтверджено
        [waitlisted] у резервному списку
        [rejected] відхилено
        [withdrawn] відкликано
        [attended] був присутній
       *[no_show] не прийшов
    }
org-pending-reason = { $value ->
        [review] Ви розглядаєте кожну заявку.
        [safeguarding] Бракує перевірок безпеки.
       *[agreement-required] Письмова угода має охоплювати день зміни.
    }
org-safeguarding-note = Ця пропозиція передбачає роботу з дітьми. Перш ніж підтвердити заявку, запишіть, що ви перевірили Реєстр осіб, які вчинили сексуальні злочини, і маєте довідку про несудимість волонтера.
org-safeguarding-date = День перевірки в реєстрі: { $name }
org-safeguarding-certificate = Маємо довідку про несудимість: { $name }
org-safeguarding-submit = Записати перевірки: { $name }
org-accept = Прийняти: { $name }
org-reject-reason = Причина відхилення: { $name }
org-reject = Відхилити: { $name }
org-attendance-hours = Відпрацьовані години: { $name }
org-attended = Присутність: { $name }
org-no-show = Відсутність: { $name }

org-candidates-title = Кандидати: { $title }
org-candidates-lead = Волонтери, які погодилися, щоб їх знаходили, найкращі першими. Кожен бал пояснено чинник за чинником.
org-candidates-none = Поки що ніхто не підходить до відкритих змін цієї пропозиції.
org-candidates-unverified = Кандидати з'являться, коли Центр волонтерства перевірить організацію.
org-candidates-more = Більше кандидатів
org-candidate-score = { $score } балів зі 100
org-candidate-age = вік { $band }
org-candidate-signed-up = уже записаний
org-candidate-reasons = Чому підходить: { $name }
org-reason-factor = Чинник
org-reason-points = Бали
org-reason-detail = Подробиці
org-factor = { $value ->
        [skills] Навички
        [languages] Мови
        [distance] Відстань
        [causes] Напрями
        [availability] Доступність
       *[soon] Термін
    }

org-hours-title = Години на підтвердження: { $organization }
org-hours-none = Жодні години не чекають на підтвердження.
org-hours-more = Більше годин
org-hours-caption = { $count ->
        [one] { $count } запис чекає на підтвердження
        [few] { $count } записи чекають на підтвердження
        [many] { $count } записів чекають на підтвердження
       *[other] { $count } записи чекають на підтвердження
    }
org-hours-select = Вибрати
org-hours-select-one = Вибрати години: { $name }, { $day }
org-hours-work = Робота
org-hours-amount = Години
org-hours-approve = Підтвердити години: { $name }, { $day }
org-hours-reject-reason = Причина відхилення годин: { $name }, { $day }
org-hours-reject = Відхилити години: { $name }, { $day }
org-hours-approve-selected = Підтвердити вибрані години

org-members-title = Учасники: { $organization }
org-members-caption = Учасники та їхні ролі
org-member-name = Ім'я
org-member-email = E-mail
org-member-role = Роль
org-member-remove = Видалити: { $name }
org-invitations-open = Запрошення без відповіді
org-invite-title = Запросити учасника
org-invite-lead = Людина приймає запрошення з облікового запису з цією адресою e-mail. Власники також керують учасниками.
org-invite-submit = Надіслати запрошення
