/*
 * Copy buttons: <button data-copy="ID" data-copied="text" data-copy-failed="text" hidden> copies the text of
 * the element ID to the clipboard. The button stays hidden without JavaScript; when the clipboard is refused,
 * the text is selected so that it can be copied by hand. Messages come from the page (never from this file).
 */
(function () {
  "use strict";

  function status(button, text) {
    var region = document.getElementById(button.getAttribute("data-status") || "copy-status");
    if (region) {
      region.textContent = text;
    }
  }

  function selectText(el) {
    var range = document.createRange();
    range.selectNodeContents(el);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function copy(button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) {
      return;
    }
    var text = source.textContent.trim();
    var done = function () { status(button, button.getAttribute("data-copied")); };
    var failed = function () {
      selectText(source);
      status(button, button.getAttribute("data-copy-failed"));
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, failed);
    } else {
      failed();
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("button[data-copy]"), function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { copy(button); });
    });
  });
})();
