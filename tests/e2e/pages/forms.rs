//! What a browser does not show: the cookies' flags, forms without their
//! token, bodies that are not forms, and the pages' headers.

use hop_tests::{PASSWORD, TestApp};

fn cookie<'a>(response: &'a hop_tests::TestResponse, name: &str) -> Option<&'a str> {
    response
        .headers
        .get_all("set-cookie")
        .filter_map(|value| value.to_str().ok())
        .find(|value| value.starts_with(&format!("{name}=")))
}

#[actix_web::test]
async fn a_form_without_its_token_is_refused_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let user = app.user().await;
    let response = app
        .post_raw(
            "/sign-in",
            "application/x-www-form-urlencoded",
            format!(
                "email={}&password={}",
                user.email,
                PASSWORD.replace(' ', "+")
            )
            .into_bytes(),
        )
        .await;
    assert_eq!(response.status, 403, "{}", response.text());
    assert!(
        response
            .header("content-type")
            .unwrap_or_default()
            .starts_with("text/html")
    );
    assert!(
        cookie(&response, "hop_session").is_none(),
        "no sign-in without the token"
    );

    let page = app.get("/sign-in", None).await;
    let csrf_cookie = cookie(&page, "hop_csrf").expect("a CSRF cookie with the form");
    for flag in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(csrf_cookie.contains(flag), "{csrf_cookie} lacks {flag}");
    }
    let token = csrf_cookie
        .trim_start_matches("hop_csrf=")
        .split(';')
        .next()
        .expect("value");
    assert!(
        page.text().contains(token),
        "the form repeats the cookie's token"
    );

    // Another token than the cookie's is refused too.
    let forged = app
        .client
        .post(app.url("/sign-in"))
        .insert_header(("content-type", "application/x-www-form-urlencoded"))
        .insert_header(("cookie", format!("hop_csrf={token}")))
        .send_body(format!(
            "csrf={}&email={}&password={}",
            "A".repeat(43),
            user.email,
            PASSWORD.replace(' ', "+")
        ))
        .await
        .expect("sent");
    assert_eq!(forged.status().as_u16(), 403);

    let signed_in = app
        .client
        .post(app.url("/sign-in"))
        .insert_header(("content-type", "application/x-www-form-urlencoded"))
        .insert_header(("cookie", format!("hop_csrf={token}")))
        .send_body(format!(
            "csrf={token}&email={}&password={}",
            user.email,
            PASSWORD.replace(' ', "+")
        ))
        .await
        .expect("sent");
    assert_eq!(signed_in.status().as_u16(), 303);
    let session = signed_in
        .headers()
        .get_all("set-cookie")
        .filter_map(|value| value.to_str().ok())
        .find(|value| value.starts_with("hop_session="))
        .expect("a session cookie")
        .to_owned();
    for flag in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(session.contains(flag), "{session} lacks {flag}");
    }
}

#[actix_web::test]
async fn pages_carry_their_own_security_policy_and_are_never_cached() {
    let app = TestApp::spawn().await;
    let page = app.get("/", None).await;
    assert_eq!(page.status, 200);
    let csp = page.header("content-security-policy").expect("a CSP");
    assert!(
        csp.contains("script-src 'self'") && csp.contains("form-action 'self'"),
        "{csp}"
    );
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert_eq!(page.header("cache-control"), Some("no-store"));
    // The API keeps its own, stricter policy.
    let api = app.get("/api/v1/skills", None).await;
    assert!(
        api.header("content-security-policy")
            .unwrap_or_default()
            .starts_with("default-src 'none'")
    );
}

#[actix_web::test]
async fn a_body_that_is_not_a_form_is_a_415_page_and_an_unknown_page_a_404_page() {
    let app = TestApp::spawn().await;
    let response = app
        .post_raw("/sign-in", "application/json", b"{}".to_vec())
        .await;
    assert_eq!(response.status, 415);
    assert!(
        response
            .header("content-type")
            .unwrap_or_default()
            .starts_with("text/html")
    );
    let missing = app.get("/assets/nothing.css", None).await;
    assert_eq!(missing.status, 404);
}

#[actix_web::test]
async fn a_personal_page_sends_an_anonymous_visitor_to_sign_in_and_back() {
    let app = TestApp::spawn().await;
    let response = app.get("/me/account", None).await;
    assert_eq!(response.status, 303);
    assert_eq!(
        response.header("location"),
        Some("/sign-in?next=%2Fme%2Faccount")
    );
}
