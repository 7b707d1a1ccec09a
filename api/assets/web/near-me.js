// HOP's "near me": when the person presses the button, the browser's own
// position fills the search's hidden lat/lon fields and the form is sent.
// Nothing is sent anywhere else; without this script the city field works.
(function () {
  "use strict";
  function setUp(root) {
    var button = root.querySelector('[data-near-me="button"]');
    if (!button || !("geolocation" in navigator) || button.dataset.ready) {
      return;
    }
    button.dataset.ready = "yes";
    var form = button.closest("form");
    var lat = form.querySelector('[data-near-me="lat"]');
    var lon = form.querySelector('[data-near-me="lon"]');
    var status = form.querySelector('[data-near-me="status"]');
    var city = form.querySelector('[name="near_city"]');
    button.hidden = false;
    button.addEventListener("click", function () {
      status.textContent = button.dataset.locating;
      navigator.geolocation.getCurrentPosition(
        function (position) {
          lat.value = position.coords.latitude.toFixed(4);
          lon.value = position.coords.longitude.toFixed(4);
          if (city) {
            city.value = "";
          }
          status.textContent = "";
          if (form.requestSubmit) {
            form.requestSubmit();
          } else {
            form.submit();
          }
        },
        function () {
          status.textContent = button.dataset.failed;
        },
        { enableHighAccuracy: false, timeout: 10000, maximumAge: 600000 }
      );
    });
    // A typed city replaces a position found before.
    if (city) {
      city.addEventListener("input", function () {
        lat.value = "";
        lon.value = "";
      });
    }
  }
  function start() {
    setUp(document);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
  // htmx replaces the form after a search: set the new one up too.
  document.addEventListener("htmx:afterSettle", start);
})();
