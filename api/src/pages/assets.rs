//! The pages' stylesheet and script, embedded in the binary and served under
//! names that carry a digest of their content, so browsers may keep them
//! for a year and still never run a stale copy.

use std::sync::LazyLock;

use actix_web::{HttpResponse, http::header, web};
use sha2::{Digest, Sha256};

pub struct Asset {
    /// The name in the address: `hop-<digest>.css`.
    pub path: String,
    body: &'static [u8],
    content_type: &'static str,
}

fn asset(stem: &str, extension: &str, body: &'static [u8], content_type: &'static str) -> Asset {
    let digest = Sha256::digest(body);
    let short: String = digest[..6]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect();
    Asset {
        path: format!("/assets/{stem}-{short}.{extension}"),
        body,
        content_type,
    }
}

pub static STYLESHEET: LazyLock<Asset> = LazyLock::new(|| {
    asset(
        "hop",
        "css",
        include_bytes!("../../assets/web/hop.css"),
        "text/css; charset=utf-8",
    )
});

pub static HTMX: LazyLock<Asset> = LazyLock::new(|| {
    asset(
        "htmx",
        "js",
        include_bytes!("../../assets/web/htmx.min.js"),
        "text/javascript; charset=utf-8",
    )
});

/// Fills the search's position from the browser's geolocation when the
/// person asks ("near me"); without it, the city field works.
pub static NEAR_ME: LazyLock<Asset> = LazyLock::new(|| {
    asset(
        "near-me",
        "js",
        include_bytes!("../../assets/web/near-me.js"),
        "text/javascript; charset=utf-8",
    )
});

async fn serve(path: web::Path<String>) -> HttpResponse {
    let wanted = format!("/assets/{}", path.into_inner());
    match [&*STYLESHEET, &*HTMX, &*NEAR_ME]
        .into_iter()
        .find(|asset| asset.path == wanted)
    {
        Some(asset) => HttpResponse::Ok()
            .content_type(asset.content_type)
            .insert_header((header::CACHE_CONTROL, "public, max-age=31536000, immutable"))
            .body(asset.body),
        None => HttpResponse::NotFound()
            .content_type("text/plain; charset=utf-8")
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .body("No such asset"),
    }
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/assets/{name}", web::get().to(serve));
}
