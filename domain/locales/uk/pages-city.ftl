# Сторінки міської ради (лише для працівників): організації для перевірки
# та панель статистики. «HOP» лишається без змін.

city-nav-label = Міська рада
city-nav-dashboard = Панель
city-nav-organizations = Організації для перевірки

# Дата. $month — january … december; $day і $year — числа.
city-date = { $day } { $month ->
        [january] січня
        [february] лютого
        [march] березня
        [april] квітня
        [may] травня
        [june] червня
        [july] липня
        [august] серпня
        [september] вересня
        [october] жовтня
        [november] листопада
       *[december] грудня
    } { $year } р.
# Місяць року як підпис діаграми чи таблиці.
city-month = { $month ->
        [january] січень
        [february] лютий
        [march] березень
        [april] квітень
        [may] травень
        [june] червень
        [july] липень
        [august] серпень
        [september] вересень
        [october] жовтень
        [november] листопад
       *[december] грудень
    } { $year }
# Знак між цілою частиною і десятими (12,5).
city-decimal-separator = ,
city-percent = { $value }%

# Вид організації ($value: ngo, public, university, school, informal).
city-org-kind = { $value ->
        [ngo] Громадська організація
        [public] Державна установа
        [university] Університет
        [school] Школа
       *[informal] Неформальна група
    }
# Стан організації ($value: pending, verified, rejected).
city-org-status = { $value ->
        [pending] Чекає на перевірку
        [verified] Перевірена
       *[rejected] Відхилена
    }

city-orgs-title = Організації для перевірки
city-orgs-lead = Перевірте кожну організацію, перш ніж вона зможе публікувати пропозиції. Її власники отримають повідомлення про ваше рішення; відхилена організація прочитає ваше пояснення і може подати заявку знову.
city-orgs-pending = Чекають на перевірку
city-orgs-none-pending = Жодна організація не чекає на перевірку.
city-orgs-next-page = Наступні організації, що чекають
city-orgs-decided = Нещодавні рішення
city-orgs-none-decided = Ще не ухвалено жодного рішення.
city-org-kind-label = Вид
city-org-registered = Зареєстрована
city-org-reviewed = Дата рішення
city-org-krs = Номер KRS
city-org-email = Електронна пошта
city-org-phone = Телефон
city-org-website = Вебсайт
city-org-address = Адреса
city-org-description = Про організацію
city-org-reason = Наведена причина
city-org-not-given = не вказано
city-verify = Підтвердити
city-reject = Відхилити
city-reject-reason = Причина відхилення
city-reject-reason-hint = Її прочитають члени організації: напишіть, що виправити (до 1000 символів).
city-reject-reason-invalid = Напишіть причину довжиною від 1 до 1000 символів.
# Хтось вирішив раніше ($value: already-verified, already-rejected,
# verified-cannot-be-rejected).
city-review-conflict = { $value ->
        [already-verified] Цю організацію вже перевірено.
        [already-rejected] Цю організацію вже відхилено.
       *[verified-cannot-be-rejected] Цю організацію перевірено, а перевірену організацію не можна відхилити.
    }
city-done-verified = Організацію перевірено. Її власники отримали повідомлення, і тепер вона може публікувати пропозиції.
city-done-rejected = Організацію відхилено. Її власники отримали повідомлення з вашим поясненням.

city-dashboard-title = Волонтерство в цифрах
city-dashboard-lead = Статистика волонтерства через HOP. Щоб нікого не можна було впізнати, числа менші за { $min } осіб не показуються.
# $when — момент так, як він стоїть у реченні: «у суботу 5 грудня 2026 р., о 9:00».
city-as-of = Дані зібрано { $when }.
city-period-legend = Період
city-period-from = Перший місяць
city-period-to = Останній місяць
city-period-hint = У форматі РРРР-ММ, від { $first } до { $last }.
city-period-from-invalid = Введіть перший місяць від { $first } до { $last } (у форматі РРРР-ММ), не пізніший за останній.
city-period-to-invalid = Введіть останній місяць від { $first } до { $last } (у форматі РРРР-ММ), не раніший за перший.
city-show-legend = Показати
city-csv-legend = Файли CSV
city-csv-semicolon = Для таблиці з десятковою комою
city-csv-semicolon-hint = Розділяє стовпці крапкою з комою і пише 12,5 замість 12.5, як очікує Excel українською.
city-period-submit = Показати
city-period = { $from } – { $to }
city-period-of = Період: { $period }.

city-glance = Коротко
city-glance-registered = Зареєстровані волонтери
city-glance-active = Волонтери, активні в періоді
city-glance-hours = Підтверджені години
city-glance-fill = Зайняті місця

city-suppressed = менше ніж { $min }
city-total = Разом
city-csv-link = Завантажити «{ $chart }» у форматі CSV
city-chart-name = { $chart }: стовпчикова діаграма. Ті самі числа є в таблиці поруч.

city-age-title = Волонтери за віком
city-age-band-label = Вікова група
# Вікова група ($value: band- і назва групи в статистиці:
# band-under-18, band-18-24, band-25-34, band-35-49, band-50-64,
# band-65-plus, band-unknown).
city-age-band = { $value ->
        [band-under-18] до 18 років
        [band-18-24] 18–24 роки
        [band-25-34] 25–34 роки
        [band-35-49] 35–49 років
        [band-50-64] 50–64 роки
        [band-65-plus] 65 років і старші
       *[band-unknown] вік не вказано
    }
city-registered = Зареєстровані
city-active = Активні в періоді

city-country-title = Волонтери за країною проживання
city-country-label = Країна
city-country-none = не вказано
# Країна за кодом ISO 3166-1; інші коди показано як є.
city-country = { $value ->
        [PL] Польща
        [DE] Німеччина
        [LT] Литва
        [LV] Латвія
        [UA] Україна
        [BY] Білорусь
        [CZ] Чехія
        [SK] Словаччина
        [EE] Естонія
        [FR] Франція
        [ES] Іспанія
        [IT] Італія
        [GB] Велика Британія
        [IE] Ірландія
        [NL] Нідерланди
        [PT] Португалія
        [TR] Туреччина
        [GE] Грузія
        [US] Сполучені Штати
       *[other] { $value }
    }

city-hours-title = Підтверджені години за місяцями
city-hours-month = Місяць
city-hours = Години
city-hours-people = Волонтери, які їх відпрацювали

city-fill-title = Заповненість змін
city-fill-lead = Місця на змінах, що починаються в періоді, і скільки з них зайняли підтверджені волонтери.
city-fill-capacity = Місця
city-fill-confirmed = Підтверджено
city-fill-rate = Заповнено
city-fill-none = У цьому періоді не починається жодна зміна.
city-measure = Показник
city-value = Значення

city-skills-title = Навички: пропозиція і попит
city-skills-lead = Волонтери, які мають навичку, порівняно з вільними місцями, що її потребують, на змінах, які починаються в періоді; найбільший брак першим.
city-skill = Навичка
city-skills-supply = Волонтери з навичкою
city-skills-demand = Вільні місця, що її потребують
city-skills-gap = Бракує
city-skills-none = У цьому періоді жоден волонтер не має навички і жодне вільне місце її не потребує.
city-no-data = За цей період немає що показати.
city-top-rows = Показано { $shown } найбільших із { $all }; файл CSV містить усі.
