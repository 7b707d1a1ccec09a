//! Registering, signing in and out, and the language, in a real browser.

use hop_tests::{PASSWORD, TestApp, browser::Browser};
use uuid::Uuid;

#[actix_web::test]
async fn a_visitor_registers_signs_out_and_in_again_in_polish_and_english() {
    let app = TestApp::spawn().await;
    let browser = Browser::open(&app.address, "pl-PL,pl;q=0.9").await;

    browser.goto("/").await;
    assert_eq!(browser.lang().await, "pl", "Accept-Language chooses Polish");
    browser.check_page("home").await;

    browser.follow("Załóż konto").await;
    browser.check_page("register").await;
    // A short password is refused next to its field, and nothing is made.
    let email = format!("ala-{}@example.org", Uuid::new_v4().simple());
    browser.fill("Imię i nazwisko", "Ala Nowak").await;
    browser.fill("E-mail", &email).await;
    browser.fill("Hasło", "short").await;
    browser.press("Utwórz konto").await;
    browser
        .assert_text("Hasło musi mieć co najmniej 10 znaków")
        .await;
    let invalid = browser.find("#field-password[aria-invalid='true']").await;
    assert_eq!(
        invalid
            .attr("aria-describedby")
            .await
            .expect("attribute")
            .as_deref(),
        Some("field-password-hint field-password-error")
    );
    browser.check_page("register-error").await;

    browser.fill("Hasło", PASSWORD).await;
    browser.press("Utwórz konto").await;
    assert!(
        browser.path().await.starts_with("/me/profile"),
        "{}",
        browser.path().await
    );

    browser.goto("/me/account").await;
    browser.assert_text("Zalogowano jako Ala Nowak").await;
    browser.check_page("account").await;
    browser.press("Wyloguj się").await;
    browser.assert_text("Wylogowano.").await;

    // The switcher: English from now on, though the browser asks for Polish.
    browser.press("English").await;
    assert_eq!(browser.lang().await, "en");
    browser.goto("/sign-in").await;
    browser.check_page("sign-in").await;
    browser.fill("E-mail", &email).await;
    browser.fill("Password", "not the password").await;
    browser.press("Sign in").await;
    browser
        .assert_text("The e-mail or password is wrong.")
        .await;
    browser.fill("Password", PASSWORD).await;
    browser.press("Sign in").await;
    browser.goto("/me/account").await;
    // The account's own setting (Polish, chosen when it was made) wins
    // over the anonymous choice once signed in.
    assert_eq!(browser.lang().await, "pl");
    browser.press("English").await;
    assert_eq!(browser.lang().await, "en");
    browser.assert_text("You are signed in as Ala Nowak.").await;

    browser.press("Sign out everywhere").await;
    browser.assert_text("You have signed out.").await;
    browser.goto("/me/account").await;
    assert!(
        browser.path().await.starts_with("/sign-in?next="),
        "{}",
        browser.path().await
    );
    browser.close().await;
}
