/*
 * The report wizard: shows the steps of the one form one at a time (without JavaScript they all show and the
 * form works the same), moves the focus to each step's heading, keeps a draft of the answers on this device
 * (localStorage; never the files, never the name or class; nothing is sent before "send"), and forgets the
 * draft once the report is sent. All text comes from the page.
 */
(function () {
  "use strict";

  var DRAFT_KEY = "haven.report.draft";
  var DRAFT_DAYS = 7;

  function storage() {
    try {
      return window.localStorage;
    } catch (e) {
      return null;
    }
  }

  function each(list, fn) {
    Array.prototype.forEach.call(list, fn);
  }

  function draftable(el) {
    var t = el.type;
    return el.name && !el.disabled && !el.hasAttribute("data-no-draft") && t !== "file" && t !== "hidden"
      && t !== "submit" && t !== "button" && t !== "password";
  }

  function saveDraft(form) {
    var s = storage();
    if (!s || (window.HavenQuickExit && window.HavenQuickExit.leaving)) {
      return;
    }
    var values = {};
    each(form.elements, function (el) {
      if (!draftable(el)) {
        return;
      }
      if (el.type === "checkbox") {
        if (el.checked) {
          (values[el.name] = values[el.name] || []).push(el.value);
        }
      } else if (el.type === "radio") {
        if (el.checked) {
          values[el.name] = el.value;
        }
      } else if (el.value) {
        values[el.name] = el.value;
      }
    });
    try {
      s.setItem(DRAFT_KEY, JSON.stringify({ saved: Date.now(), values: values }));
    } catch (e) {
      /* storage full or refused: the form still works */
    }
  }

  function restoreDraft(form) {
    var s = storage();
    var draft = null;
    try {
      draft = s && JSON.parse(s.getItem(DRAFT_KEY) || "null");
    } catch (e) {
      draft = null;
    }
    if (!draft || !draft.values) {
      return;
    }
    if (Date.now() - draft.saved > DRAFT_DAYS * 24 * 3600 * 1000) {
      s.removeItem(DRAFT_KEY);
      return;
    }
    each(form.elements, function (el) {
      if (!draftable(el)) {
        return;
      }
      var v = draft.values[el.name];
      if (el.type === "checkbox") {
        el.checked = Array.isArray(v) && v.indexOf(el.value) >= 0;
      } else if (el.type === "radio") {
        if (v !== undefined) {
          el.checked = el.value === v;
        }
      } else if (v !== undefined) {
        el.value = v;
      }
    });
  }

  function forgetDraft() {
    var s = storage();
    if (s) {
      s.removeItem(DRAFT_KEY);
    }
  }

  function Wizard(form) {
    var steps = form.querySelectorAll(".wizard-step");
    var current = 0;

    function show(index, focus) {
      current = Math.max(0, Math.min(index, steps.length - 1));
      each(steps, function (step, i) {
        step.hidden = i !== current;
      });
      if (focus) {
        var heading = steps[current].querySelector("h2");
        if (heading) {
          heading.focus();
        }
      }
    }

    function stepOf(el) {
      for (var i = 0; i < steps.length; i++) {
        if (steps[i].contains(el)) {
          return i;
        }
      }
      return -1;
    }

    form.classList.add("js-wizard");
    each(form.querySelectorAll(".wizard-nav, .wizard-add"), function (nav) {
      nav.hidden = false;
    });
    form.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (!button) {
        return;
      }
      if (button.hasAttribute("data-wizard-next")) {
        if (checkStep(steps[current])) {
          show(current + 1, true);
        }
      } else if (button.hasAttribute("data-wizard-back")) {
        show(current - 1, true);
      }
    });
    // Enter in a field of an earlier step goes on to the next step, never sends the report half-filled.
    form.addEventListener("keydown", function (event) {
      var t = event.target;
      if (event.key === "Enter" && t.tagName === "INPUT" && t.type !== "submit" && t.type !== "button"
          && current < steps.length - 1) {
        event.preventDefault();
        if (checkStep(steps[current])) {
          show(current + 1, true);
        }
      }
    });
    // Sending checks every step first: the step with a missing answer shows, with the error on its field.
    form.addEventListener("submit", function (event) {
      for (var i = 0; i < steps.length; i++) {
        if (!checkStep(steps[i], true)) {
          event.preventDefault();
          show(i, false);
          checkStep(steps[i]);
          return;
        }
      }
    });

    // The first error that is not "add your files again" (those sit on step 4, before the school's on step 5).
    var firstError = null;
    each(form.querySelectorAll(".field-error-text"), function (e) {
      if (!firstError && !e.closest("#evidence-error")) {
        firstError = e;
      }
    });
    firstError = firstError || form.querySelector(".field-error-text");
    if (firstError) {
      var at = stepOf(firstError);
      show(at < 0 ? 0 : at, false);
      // Focus the field of the first error (a radio group has no aria-invalid of its own).
      var container = firstError.closest("fieldset, .field");
      var field = (container && container.querySelector("input:not([type=hidden]), textarea, select"))
        || steps[current].querySelector("h2");
      field.focus();
    } else if (document.querySelector("#messages .message-error")) {
      show(steps.length - 1, false);
    } else {
      show(0, false);
    }
  }

  /** Whether each required answer of the step is given; unless quiet, shows the missing ones' errors. */
  function checkStep(step, quiet) {
    var ok = true;
    var first = null;
    each(step.querySelectorAll("[data-required]"), function (box) {
      var given = false;
      each(box.querySelectorAll("input, textarea, select"), function (el) {
        if (el.type === "radio" || el.type === "checkbox") {
          given = given || el.checked;
        } else if (el.type !== "hidden") {
          given = given || !!(el.value && el.value.trim());
        }
      });
      var slot = box.querySelector(".field-error");
      if (!quiet && slot) {
        var made = slot.querySelector("[data-client-error]");
        if (given && made) {
          slot.removeChild(made);
        } else if (!given && !slot.querySelector(".field-error-text")) {
          var text = document.createElement("span");
          text.className = "field-error-text";
          text.setAttribute("data-client-error", "");
          text.textContent = box.getAttribute("data-required");
          slot.appendChild(text);
        }
      }
      if (!given) {
        ok = false;
        first = first || box.querySelector("input:not([type=hidden]), textarea, select");
      }
    });
    if (!quiet && first) {
      first.focus();
    }
    return ok;
  }

  /** The help lines of step 3 show in place as soon as a danger answer is ticked. */
  function dangerHelp(form) {
    var block = form.querySelector("[data-danger-help]");
    if (!block) {
      return;
    }
    var boxes = block.closest(".wizard-step").querySelectorAll("input[type=checkbox]");
    var update = function () {
      var any = false;
      each(boxes, function (b) {
        any = any || b.checked;
      });
      block.hidden = !any;
    };
    each(boxes, function (b) {
      b.addEventListener("change", update);
    });
    update();
  }

  function identityToggle(form) {
    var block = form.querySelector("[data-identity]");
    var radios = form.querySelectorAll("input[type=radio][name$='anonymous']");
    if (!block || radios.length === 0) {
      return;
    }
    var update = function () {
      var anonymous = true;
      each(radios, function (r) {
        if (r.checked) {
          anonymous = r.value === "true";
        }
      });
      block.hidden = anonymous;
    };
    each(radios, function (r) {
      r.addEventListener("change", update);
    });
    update();
  }

  function linkRows(form) {
    var rows = form.querySelectorAll("[data-link-row]");
    var add = form.querySelector("[data-add-link]");
    var filled = function (row) {
      var any = false;
      each(row.querySelectorAll("input"), function (i) {
        any = any || !!i.value;
      });
      return any || !!row.querySelector(".field-error-text");
    };
    var refresh = function () {
      var hidden = 0;
      each(rows, function (row) {
        if (row.hidden) {
          hidden++;
        }
      });
      if (add) {
        add.parentNode.hidden = hidden === 0;
      }
    };
    each(rows, function (row, i) {
      row.hidden = i > 0 && !filled(row);
    });
    if (add) {
      add.addEventListener("click", function () {
        for (var i = 0; i < rows.length; i++) {
          if (rows[i].hidden) {
            rows[i].hidden = false;
            rows[i].querySelector("input").focus();
            break;
          }
        }
        refresh();
      });
    }
    refresh();
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (document.querySelector("[data-report-sent]")) {
      forgetDraft();
      // A reload of this page is a new, empty wizard: never the same form posted again.
      if (window.history && window.history.replaceState) {
        window.history.replaceState(null, "", window.location.href);
      }
      return;
    }
    var form = document.querySelector("form[data-wizard]");
    if (!form) {
      return;
    }
    if (form.getAttribute("data-restore") === "true") {
      restoreDraft(form);
    }
    var save = function () {
      saveDraft(form);
    };
    form.addEventListener("input", save);
    form.addEventListener("change", save);
    identityToggle(form);
    dangerHelp(form);
    linkRows(form);
    Wizard(form);
  });
})();
