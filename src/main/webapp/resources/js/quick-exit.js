/*
 * Quick exit: forgets what this device kept of a report (the wizard's draft), empties the forms and leaves for
 * a neutral site, replacing this page in the history so that "back" does not return to it. The link works as a
 * plain link without JavaScript. Loads nothing from another site: it only navigates.
 */
(function () {
  "use strict";

  function forgetDrafts() {
    try {
      var keys = [];
      for (var i = 0; i < window.localStorage.length; i++) {
        var key = window.localStorage.key(i);
        if (key && key.indexOf("haven.") === 0) {
          keys.push(key);
        }
      }
      keys.forEach(function (k) { window.localStorage.removeItem(k); });
      window.sessionStorage.clear();
    } catch (e) {
      /* storage may be disabled: nothing was kept then */
    }
  }

  function emptyForms() {
    Array.prototype.forEach.call(document.forms, function (form) {
      Array.prototype.forEach.call(form.elements, function (el) {
        if (el.type === "hidden" || el.type === "submit" || el.type === "button") {
          return;
        }
        if (el.type === "checkbox" || el.type === "radio") {
          el.checked = false;
        } else if (el.tagName === "SELECT") {
          el.selectedIndex = -1;
        } else {
          el.value = "";
        }
      });
    });
  }

  window.HavenQuickExit = { forgetDrafts: forgetDrafts };

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("[data-quick-exit]") : null;
    if (!link) {
      return;
    }
    event.preventDefault();
    window.HavenQuickExit.leaving = true;
    forgetDrafts();
    emptyForms();
    document.body.classList.add("leaving");
    window.location.replace(link.href);
  });
})();
