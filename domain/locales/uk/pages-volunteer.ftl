# Сторінки волонтера: пошук, пропозиція, записи, профіль, добірка,
# години, угоди й довідки.

## Спільне

# $start — початок зміни, як він стоїть у реченні («у суботу, 5 грудня
# 2026 р., о 9:00»); $hour і $minute — її кінець за часом Торуня.
vol-shift-time = Зміна { $start }, до { $hour }:{ NUMBER($minute, minimumIntegerDigits: 2) }
vol-any = Будь-яка
vol-next-page = Наступна сторінка
vol-pages = Більше результатів
vol-fix-fields = Деякі поля треба виправити: дивіться повідомлення біля них.
vol-remote = Дистанційно: їхати не треба
# Відстань у кілометрах з одним знаком після коми: $km — цілі кілометри, $tenths — десяті.
vol-distance = { $km },{ $tenths } км звідси
vol-free-places = { $count ->
        [0] Вільних місць немає
        [one] { $count } вільне місце
        [few] { $count } вільні місця
       *[other] { $count } вільних місць
    }
vol-no-upcoming-shift = Найближчих змін поки немає.
vol-cause = { $value ->
        [children] Діти
        [seniors] Літні люди
        [disability] Люди з інвалідністю
        [health] Здоров’я
        [education] Освіта
        [refugees] Біженці
        [poverty] Бідність
        [animals] Тварини
        [environment] Довкілля
        [culture] Культура
        [sport] Спорт
        [community] Місцева громада
        [emergency] Надзвичайні ситуації
        [human_rights] Права людини
       *[other] Інше
    }
vol-language-name = { $value ->
        [pl] польська
        [en] англійська
        [de] німецька
        [lt] литовська
        [lv] латиська
        [uk] українська
        [ru] російська
        [be] білоруська
        [fr] французька
        [es] іспанська
        [it] італійська
       *[other] { $value }
    }
# Стан запису на зміну.
vol-status = { $value ->
        [pending] Чекає на рішення організації
        [confirmed] Підтверджено
        [waitlisted] У списку очікування
        [rejected] Не прийнято
        [withdrawn] Скасовано
        [attended] Присутність підтверджено
        [no_show] Відзначено відсутність
       *[other] { $value }
    }
# Чому правило не дозволило те, про що просили; $value — назва правила.
vol-refusal = { $value ->
        [not-published] Ця пропозиція більше не приймає записів.
        [shift-cancelled] Цю зміну скасовано.
        [shift-started] Ця зміна вже почалася.
        [shift-ended] Ця зміна вже закінчилася.
        [profile-missing] Спершу заповніть профіль волонтера: організації потрібно знати ваш вік.
        [birth-date-missing] Спершу додайте в профіль дату народження: деякі зміни мають мінімальний вік.
        [too-young] У день зміни ви будете молодші за мінімальний вік цієї пропозиції.
        [guardian-consent-missing] Вам менше 18 років: спершу запишіть у профілі згоду батьків чи опікуна.
        [already-signed-up] Ви вже записані на цю зміну.
        [overlap] На цей час у вас уже є інша підтверджена зміна.
        [safeguarding-missing] Ця пропозиція передбачає роботу з дітьми: організація спершу має записати обов’язкові перевірки.
        [agreement-required] Ваша співпраця з цією організацією тривала б понад 30 днів: спершу треба прийняти письмову угоду.
        [not-withdrawable] Цей запис уже не можна скасувати.
        [not-worked] Години можна подати лише за відпрацьовану зміну.
        [already-reported] Ці години вже подано; дочекайтеся рішення організації.
        [hours-pending] Години за це чекають на рішення.
        [not-counting] Виправити можна лише затверджені години.
        [too-many-pending] Забагато ваших звітів чекає на рішення цієї організації. Спробуйте знову, коли вона їх розгляне.
        [organization-not-verified] Місто ще не перевірило цю організацію.
        [not-proposed] Ця угода вже не чекає на вас.
        [no-approved-hours] У вас ще немає затверджених годин у цій організації.
        [certificate-revoked] Довідку саме про цю роботу відкликано. Зверніться до організації.
        [own-sign-up] Про ваш власний запис має вирішити хтось інший з організації.
       *[other] Це не вдалося через одне з правил HOP.
    }
vol-column-opportunity = Пропозиція
vol-column-shift = Зміна
vol-column-status = Стан
vol-column-action = Дія
vol-column-organization = Організація
vol-column-time = Час
vol-column-day = День
vol-column-factor = Чинник
vol-column-why = Чому
vol-column-points = Бали
vol-column-certificate = Довідка

## Пошук

vol-search-title = Знайдіть волонтерство
vol-filter-cause = Сфера
vol-filter-skill = Навичка
vol-filter-language = Мова
vol-filter-radius = У радіусі
vol-radius-option = { $km } км
vol-filter-from = Від (дня)
vol-filter-to = До (дня)
vol-filter-open = Лише з вільними місцями
vol-filter-apply = Показати
vol-near-city-hint = Місто або район Торуня, наприклад Toruń, Podgórz, Bydgoszcz чи Kaunas.
vol-near-me = Використати моє місцезнаходження
vol-near-me-locating = Визначаємо ваше місцезнаходження…
vol-near-me-failed = Ваше місцезнаходження недоступне. Введіть місто.
vol-near-me-used = Шукаємо поблизу вашого місцезнаходження.
vol-results = Результати
vol-results-count = { $count ->
        [0] Нічого не знайдено. Спробуйте менше фільтрів або більшу відстань.
        [one] { $count } пропозиція на цій сторінці.
        [few] { $count } пропозиції на цій сторінці.
       *[other] { $count } пропозицій на цій сторінці.
    }
vol-search-error = { $value ->
        [near_city] Ми не знаємо цього місця. Введіть місто або район Торуня, наприклад Toruń чи Podgórz.
        [skill] Виберіть навичку зі списку.
        [radius_km] Виберіть відстань зі списку.
        [from] Введіть день, наприклад 2026-12-05.
        [to] Введіть день, пізніший за «від», наприклад 2026-12-31.
        [q] Введіть принаймні одне слово.
        [cause] Виберіть сферу зі списку.
        [language] Виберіть мову зі списку.
       *[other] Перевірте це поле.
    }
vol-search-start-again = Не вдалося прочитати цей пошук. Почніть новий.

## Пропозиція

vol-min-age = Від { $age } років
vol-requires-review = Організація розглядає записи
vol-works-with-children = Робота з дітьми
vol-where = Де
vol-map-link = Переглянути місце на OpenStreetMap
vol-what-it-takes = Що потрібно
# $level — 1 (базовий), 2 (досвідчений) або 3 (експертний).
vol-skill-required = { $skill } (обов’язково, рівень: { $level ->
        [1] базовий
        [2] досвідчений
       *[3] експертний
    })
vol-skill-preferred = { $skill } (бажано, рівень: { $level ->
        [1] базовий
        [2] досвідчений
       *[3] експертний
    })
# $level — рівень CEFR, наприклад B1.
vol-language-needed = { $language } мова на рівні щонайменше { $level }
vol-shifts = Зміни
vol-free-places-of = { $count ->
        [0] Вільних місць немає
        [one] { $count } вільне місце
        [few] { $count } вільні місця
       *[other] { $count } вільних місць
    } із { $capacity }
vol-waitlist = { $count ->
        [one] { $count } особа у списку очікування
        [few] { $count } особи у списку очікування
       *[other] { $count } осіб у списку очікування
    }
vol-sign-up = Записатися
vol-join-waitlist = Записатися до списку очікування
vol-sign-in-to-sign-up = Увійдіть, щоб записатися
vol-see-my-shifts = Переглянути мої зміни
vol-back-to-search = Назад до пошуку
vol-signed-up-confirmed = Ви записалися. Зміна є у ваших змінах і в календарі.
vol-signed-up-pending = Ви записалися. Організація підтвердить ваше місце.
vol-signed-up-waitlisted = Зміна заповнена: ви у списку очікування й просунетеся, щойно звільниться місце.

## Мої зміни

vol-my-shifts-title = Мої зміни
vol-my-shifts-caption = Ваші записи, спершу найновіші
vol-no-sign-ups = Ви ще не записалися на жодну зміну.
vol-shift-cancelled = (скасовано)
vol-withdraw = Скасувати запис
vol-withdrawn = Ваш запис скасовано.
vol-calendar = Календар
vol-calendar-hint = Підпишіться на свої зміни в застосунку календаря. Нова адреса скасовує попередню.
vol-calendar-make = Створити нову адресу календаря
vol-calendar-new = Адреса вашого календаря готова. Її видно лише зараз: скопіюйте її або підпишіться й нікому не передавайте.
vol-calendar-subscribe = Підписатися в моєму застосунку календаря
vol-calendar-address = Адреса календаря

## Профіль

vol-profile-title = Мій профіль волонтера
vol-profile-lead = Розкажіть, що ви вмієте і коли маєте час: ми підкажемо відповідні пропозиції, а організації побачать лише те, що ви дозволите.
vol-profile-saved = Ваш профіль збережено.
vol-profile-about = Про вас
vol-birth-date = Дата народження
vol-birth-date-hint = Наприклад 17 5 2004. Деякі пропозиції мають мінімальний вік; волонтерам щонайменше 13 років.
vol-birth-day = День
vol-birth-month = Місяць
vol-birth-year = Рік
vol-home-city = Населений пункт
vol-home-city-hint = Відстані рахуємо від центру вказаного міста чи району.
vol-home-country = Країна
vol-not-said = Не вказано
vol-country-name = { $value ->
        [PL] Польща
        [DE] Німеччина
        [LT] Литва
        [LV] Латвія
        [UA] Україна
        [BY] Білорусь
        [CZ] Чехія
        [SK] Словаччина
        [FR] Франція
        [ES] Іспанія
        [IT] Італія
        [GB] Велика Британія
       *[other] { $value }
    }
vol-max-distance = Як далеко ви можете їздити (км)
vol-max-distance-hint = Від 0 до 1000 км.
vol-profile-skills = Навички
vol-skills-hint = Виберіть рівень навичок, які маєте; решту залиште на «немає».
vol-skill-category = { $value ->
        [care] Догляд
        [health] Здоров’я
        [education] Освіта
        [languages] Мови
        [logistics] Логістика
        [technology] Технології
        [environment] Довкілля
        [culture] Культура
        [sport] Спорт
        [administration] Адміністрування
        [communication] Комунікація
        [transport] Транспорт
        [crisis] Реагування на кризи
       *[other] Інше
    }
vol-level-none = Немає
vol-skill-level = { $value ->
        [1] Базовий
        [2] Досвідчений
       *[3] Експертний
    }
vol-cefr-level = { $value ->
        [A1] A1 (початковий)
        [A2] A2 (елементарний)
        [B1] B1 (середній)
        [B2] B2 (вище середнього)
        [C1] C1 (просунутий)
       *[C2] C2 (вільний)
    }
vol-profile-languages = Мови
vol-languages-legend = Мови, якими ви розмовляєте, з вашим рівнем
vol-profile-availability = Коли ви маєте час
vol-availability-hint = Позначте частини тижня, коли ви зазвичай вільні (за часом Торуня).
vol-availability-caption = Доступність протягом тижня
vol-weekday = День
vol-weekday-name = { $value ->
        [mon] понеділок
        [tue] вівторок
        [wed] середа
        [thu] четвер
        [fri] п’ятниця
        [sat] субота
       *[sun] неділя
    }
# Підпис однієї клітинки тижневої сітки: $weekday — назва дня,
# $from і $to — час, наприклад 06:00.
vol-slot-label = { $weekday }, { $from }–{ $to }
vol-profile-causes = Сфери
vol-causes-legend = Сфери, які для вас важливі
vol-profile-sharing = Видимість
vol-discoverable = Організації можуть знайти мене серед кандидатів на свої пропозиції
vol-discoverable-hint = Вони бачать ваше ім’я, навички, мови, вікову групу й групу відстані; ніколи дату народження, адресу чи e-mail.
vol-guardian-legend = Для волонтерів до 18 років
vol-guardian-hint = Участь неповнолітніх потребує згоди батьків або законного опікуна.
vol-guardian-consent = Мої батьки чи опікун згодні
vol-guardian-name = Ім’я та прізвище батька, матері чи опікуна
vol-profile-save = Зберегти профіль
vol-profile-error = { $value ->
        [birth_date] Введіть справжню дату народження: день, місяць і рік, наприклад 17 5 2004. Волонтерам щонайменше 13 років.
        [home_city] Введіть населений пункт (від 1 до 100 символів).
        [home] Не вдалося використати місце вашого дому. Перевірте населений пункт.
        [home_country] Виберіть країну зі списку.
        [max_distance_km] Введіть ціле число кілометрів від 0 до 1000.
        [skills] Перевірте навички: кожну щонайбільше раз, з рівнем зі списку.
        [languages] Перевірте мови: кожну щонайбільше раз, з рівнем зі списку.
        [availability] Перевірте позначений час.
        [causes] Виберіть сфери зі списку.
        [guardian_name] Вкажіть батька, матір чи опікуна, який дає згоду (від 2 до 200 символів); особам до 18 років потрібна згода.
       *[other] Перевірте це поле.
    }

## Для вас

vol-matches-title = Для вас
vol-matches-lead = Пропозиції, що відповідають вашому профілю, від найкращих, з поясненням.
vol-matches-none = Зараз вашому профілю нічого не відповідає. Допомогти може більше вільного часу, більша відстань або більше сфер.
vol-matches-missing = { $value ->
        [volunteer-profile-missing] Спершу заповніть профіль волонтера: саме до нього добираємо пропозиції.
        [volunteer-birth-date-missing] Додайте в профіль дату народження: добірка залежить від вашого віку в день зміни.
       *[other] Спершу заповніть профіль.
    }
vol-go-to-profile = До мого профілю
vol-score = Відповідність: { $score } зі 100
vol-reasons = Чому підходить
vol-factor = { $value ->
        [skills] Навички
        [languages] Мови
        [distance] Відстань
        [causes] Сфери
        [availability] Час
        [soon] Як скоро
       *[other] { $value }
    }

## Години

vol-hours-title = Мої години
vol-hours-approved = Затверджено
vol-hours-pending = Чекають на затвердження
vol-hours-by-organization = Затверджені години за організаціями
vol-hours-entries = Подані години
vol-hours-none = Годин поки немає.
vol-hours-status = { $value ->
        [pending] Чекає на затвердження
        [approved] Затверджено
        [rejected] Не затверджено
       *[other] { $value }
    }
vol-hours-report = Подати години
vol-hours-nothing-to-report = Після відпрацьованої зміни тут можна подати її години.
vol-hours-for = За що ці години
vol-hours-outside-shift = { $organization }: робота поза зміною
vol-hours-day = День роботи
vol-hours-day-hint = Потрібен для роботи поза зміною; інакше береться день зміни.
vol-hours-amount = Години
vol-hours-amount-hint = Наприклад, 2,5 — це дві з половиною години.
vol-hours-description = Що ви робили
vol-hours-submit = Подати години
vol-hours-reported = Ваші години подано. Організація їх затвердить.
vol-hours-error = { $value ->
        [target] Виберіть, за що ці години.
        [work_date] Введіть день роботи, наприклад 2026-11-28, не в майбутньому.
        [minutes] Введіть години: більше 0 і не більше тривалості зміни (щонайбільше 24).
        [description] Опишіть роботу щонайбільше 1000 символами.
       *[other] Перевірте це поле.
    }

## Угоди

vol-agreements-title = Мої угоди
vol-agreements-lead = Співпраця з організацією понад 30 днів потребує письмової угоди (польський закон про волонтерство). Прочитайте й прийміть її тут.
vol-agreements-none = У вас немає угод.
vol-agreement-status = { $value ->
        [proposed] Чекає на вашу згоду
        [accepted] Прийнято
        [terminated] Завершено
       *[other] { $value }
    }
vol-agreement-scope = Що ви робитимете
vol-agreement-place = Де
vol-agreement-period = Коли
vol-agreement-period-value = З { $from } до { $until }, { $hours ->
        [one] { $hours } година на тиждень
        [few] { $hours } години на тиждень
       *[other] { $hours } годин на тиждень
    }
vol-agreement-termination = Як її можна завершити
vol-agreement-insurance = Страхування
vol-agreement-guardian-hint = Лише для волонтерів до 18 років: батько, мати чи опікун, які дають згоду.
vol-agreement-accept = Прийняти угоду
vol-agreement-accepted = Ви прийняли угоду.
vol-agreement-guardian-invalid = Щоб прийняти угоду за особу до 18 років, позначте згоду й укажіть батька, матір чи опікуна (від 2 до 200 символів).

## Довідки

vol-certificates-title = Мої довідки
vol-certificates-lead = Довідка підтверджує вашу затверджену роботу в організації (польський закон про волонтерство) і має код, який може перевірити будь-хто.
vol-certificates-none = У вас ще немає затверджених годин.
vol-certificates-caption = Організації, де у вас є затверджені години
vol-certificate-download = Завантажити довідку від «{ $organization }» (PDF)
