# Вебсторінки, на «ви». «HOP» — назва сервісу, її не змінюють.
site-name = HOP Toruń
language-autonym = Українська
skip-to-content = Перейти до вмісту
nav-label = Головне меню
nav-search = Шукати пропозиції
nav-for-you = Для вас
nav-my-shifts = Мої зміни
nav-profile = Профіль
nav-organizations = Організації
nav-city = Міська рада
nav-account = Обліковий запис
nav-sign-in = Увійти
nav-register = Зареєструватися
nav-sign-out = Вийти
language-switcher = Мова:
footer-api = API для розробників

home-title = Волонтерство в Торуні
home-lead = Знайдіть зміну поблизу, вашою мовою і в зручний для вас час, та запишіться за хвилину.
home-volunteers = Для волонтерів
home-volunteers-text = Розкажіть, що ви вмієте і коли маєте час, а ми підберемо відповідні пропозиції й пояснимо, чому вони підходять.
home-organizations = Для організацій
home-organizations-text = Публікуйте пропозиції зі змінами, розглядайте заявки, підтверджуйте участь і години.

search-text = Чим ви хочете займатися?
search-near-city = Поблизу (місто)
search-submit = Шукати

done-signed-out = Ви вийшли з облікового запису.
done-registered = Ваш обліковий запис готовий. Розкажіть про себе, щоб ми могли підібрати для вас пропозиції.
done-saved = Збережено.

field-email = Електронна пошта
field-email-invalid = Введіть адресу електронної пошти, наприклад ala@example.org.
field-password = Пароль
field-new-password = Пароль
field-new-password-hint = Щонайменше 10 символів. Добре підходять кілька слів, які ви легко запам’ятаєте.
field-new-password-invalid = Пароль має містити щонайменше 10 символів (і не більше ніж 256 байтів).
field-display-name = Ваше ім’я
field-display-name-invalid = Введіть ім’я довжиною від 1 до 100 символів.

sign-in-title = Вхід
sign-in-submit = Увійти
sign-in-no-account = Ще не маєте облікового запису?
sign-in-wrong = Неправильна адреса електронної пошти або пароль.
# Знахідний відмінок після «через»; [1] — без числа.
sign-in-locked = Забагато невдалих спроб. Спробуйте ще раз через { $minutes ->
        [1] хвилину
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }.

register-title = Реєстрація
register-lead = Одного облікового запису достатньо, щоб займатися волонтерством і працювати в організаціях.
register-submit = Створити обліковий запис
register-have-account = Уже маєте обліковий запис?
register-email-taken = Обліковий запис із цією адресою електронної пошти вже існує. Просто увійдіть у нього.
register-too-many = З цієї мережі створено забагато облікових записів. Спробуйте ще раз через { $minutes ->
        [1] хвилину
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }.

account-title = Обліковий запис
account-signed-in-as = Ви ввійшли як { $name }.
account-sessions = Де ви ввійшли в обліковий запис
account-sign-out-everywhere-hint = Виходить із вашого облікового запису на всіх пристроях і скасовує доступ до нього всім застосункам. Скористайтеся цим, якщо ви загубили телефон або входили на чужому комп’ютері.
account-sign-out-everywhere = Вийти на всіх пристроях

error-home-link = Повернутися на головну сторінку
error-forged-title = Термін дії форми минув
error-forged = З міркувань безпеки форму не надіслано. Поверніться назад, оновіть сторінку й спробуйте ще раз.
error-not-a-form-title = Це не форма
error-not-a-form = Ця адреса приймає лише форми, надіслані зі сторінок HOP.
error-forbidden-title = Доступ заборонено
error-forbidden = Ваш обліковий запис не має доступу до цієї сторінки.
error-not-found-title = Сторінку не знайдено
error-not-found = За цією адресою нічого немає. Можливо, сторінку видалено.
error-too-many-title = Забагато спроб
error-too-many = Зачекайте кілька хвилин і спробуйте ще раз.
error-unavailable-title = Скоро повернемося
error-unavailable = HOP зараз не може з’єднатися зі своєю базою даних. Спробуйте ще раз за мить.
error-internal-title = Щось пішло не так
error-internal = Не вдалося показати цю сторінку. Команду вже повідомлено; спробуйте ще раз пізніше.
error-bad-request-title = Не вдалося виконати дію
error-bad-request = Перевірте введені дані й спробуйте ще раз.
