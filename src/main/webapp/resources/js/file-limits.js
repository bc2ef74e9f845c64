/*
 * Says at once, on the field, when a chosen file is too large or there are too many, instead of after a long
 * upload that would be refused: <input type=file data-max-files data-too-many data-max-bytes data-too-large>.
 * The error container is the element "<field id without form prefix>-error". Messages come from the page.
 */
(function () {
  "use strict";

  function check(input) {
    var files = input.files || [];
    var maxFiles = parseInt(input.getAttribute("data-max-files") || "0", 10);
    var maxBytes = parseInt(input.getAttribute("data-max-bytes") || "0", 10);
    var message = "";
    if (maxFiles && files.length > maxFiles && input.hasAttribute("data-too-many")) {
      message = input.getAttribute("data-too-many");
    }
    for (var i = 0; !message && i < files.length; i++) {
      if (maxBytes && files[i].size > maxBytes) {
        message = input.getAttribute("data-too-large");
      }
    }
    var error = document.getElementById(input.id.replace(/^.*:/, "") + "-error");
    input.setAttribute("aria-invalid", message ? "true" : "false");
    if (error) {
      error.textContent = message;
    }
    if (message) {
      input.value = "";
      input.focus();
    }
  }

  document.addEventListener("change", function (event) {
    var t = event.target;
    if (t.type === "file" && (t.hasAttribute("data-max-files") || t.hasAttribute("data-max-bytes"))) {
      check(t);
    }
  });
})();
