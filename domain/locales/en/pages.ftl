# The web pages. "HOP" is the service's name and stays as it is.
site-name = HOP Toruń
language-autonym = English
skip-to-content = Skip to content
nav-label = Main
nav-search = Find opportunities
nav-for-you = For you
nav-my-shifts = My shifts
nav-profile = Profile
nav-organizations = Organisations
nav-city = City office
nav-account = Account
nav-sign-in = Sign in
nav-register = Register
nav-sign-out = Sign out
language-switcher = Language:
footer-api = API for developers

home-title = Volunteering in Toruń
home-lead = Find a shift that fits your week, near you, in your language, and sign up in a minute.
home-volunteers = For volunteers
home-volunteers-text = Tell us what you can do and when you are free; we suggest opportunities that fit, with the reasons.
home-organizations = For organisations
home-organizations-text = Post opportunities with shifts, review sign-ups, confirm attendance and hours.

search-text = What would you like to do?
search-near-city = Near (city)
search-submit = Search

done-signed-out = You have signed out.
done-registered = Your account is ready. Tell us about yourself so we can suggest opportunities.
done-saved = Saved.

field-email = E-mail
field-email-invalid = Enter an e-mail address such as ala@example.org.
field-password = Password
field-new-password = Password
field-new-password-hint = At least 10 characters. A few words you will remember work well.
field-new-password-invalid = The password needs at least 10 characters (and at most 256 bytes).
field-display-name = Your name
field-display-name-invalid = Enter a name of 1 to 100 characters.

sign-in-title = Sign in
sign-in-submit = Sign in
sign-in-no-account = No account yet?
sign-in-wrong = The e-mail or password is wrong.
sign-in-locked = Too many failed attempts. Try again in { $minutes ->
        [one] a minute
       *[other] { $minutes } minutes
    }.

register-title = Register
register-lead = One account is enough to volunteer and to work for organisations.
register-submit = Create my account
register-have-account = Already registered?
register-email-taken = An account with this e-mail already exists. Sign in instead.
register-too-many = Too many accounts were made from this network. Try again in { $minutes ->
        [one] a minute
       *[other] { $minutes } minutes
    }.

account-title = Account
account-signed-in-as = You are signed in as { $name }.
account-sessions = Where you are signed in
account-sign-out-everywhere-hint = Signs you out on every device and ends every app's access with your account. Use it if you lost a phone or signed in on someone else's computer.
account-sign-out-everywhere = Sign out everywhere

error-home-link = Back to the front page
error-forged-title = The form has expired
error-forged = For your safety the form could not be sent. Go back, reload the page and try again.
error-not-a-form-title = Not a form
error-not-a-form = This address takes forms sent from HOP's pages.
error-forbidden-title = Not allowed
error-forbidden = You cannot open this page with your account.
error-not-found-title = Page not found
error-not-found = There is nothing at this address. It may have been removed.
error-too-many-title = Too many attempts
error-too-many = Please wait a few minutes and try again.
error-unavailable-title = Back soon
error-unavailable = HOP cannot reach its database right now. Please try again in a moment.
error-internal-title = Something went wrong
error-internal = We could not show this page. The team has been told; please try again later.
error-bad-request-title = This could not be done
error-bad-request = Check what you entered and try again.
