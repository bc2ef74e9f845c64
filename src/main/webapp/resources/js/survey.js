/*
 * The pupil's survey page: hides the questions that a skip does not ask (and clears their answers, which the server
 * would otherwise ignore), and shows the help lines at once when an answer says the pupil is in danger. Without
 * JavaScript every question shows, the server drops the answers the skips hid, and the help lines come after
 * sending. All text comes from the page.
 */
(function () {
  "use strict";

  var form = document.querySelector("form[data-survey]");
  if (!form) {
    return;
  }
  var dangerBox = document.getElementById("danger-help");

  function each(list, fn) {
    Array.prototype.forEach.call(list, fn);
  }

  function chosen(questionId) {
    var values = [];
    each(form.querySelectorAll("input[name='q." + questionId + "']:checked"), function (el) {
      values.push(el.value);
    });
    return values;
  }

  function applySkips() {
    each(form.querySelectorAll("[data-show-if]"), function (q) {
      var wanted = q.getAttribute("data-show-if-answers").split(" ");
      var shown = chosen(q.getAttribute("data-show-if")).some(function (v) {
        return wanted.indexOf(v) >= 0;
      });
      if (!shown) {
        each(q.querySelectorAll("input"), function (el) {
          el.checked = false;
        });
        each(q.querySelectorAll("textarea"), function (el) {
          el.value = "";
        });
      }
      q.hidden = !shown;
    });
  }

  function applyDanger(changed) {
    if (!dangerBox) {
      return;
    }
    var danger = form.querySelector("input[data-danger]:checked") !== null;
    var wasHidden = dangerBox.hidden;
    dangerBox.hidden = !danger;
    if (danger && wasHidden && changed) {
      dangerBox.scrollIntoView({block: "start"});
      dangerBox.focus({preventScroll: true});
    }
  }

  form.addEventListener("change", function (e) {
    applySkips();
    applyDanger(e.target && e.target.hasAttribute("data-danger"));
  });
  applySkips();
  applyDanger(false);
}());
