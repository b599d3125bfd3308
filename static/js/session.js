// Sessions that lose nothing (see wijkwerk/sessions.py). On every logged-in page:
//
// 1. The warning before the idle timeout: a few minutes before the session ends, a dialog says so
//    and offers "Ingelogd blijven" (a POST to the keep-alive URL). Before it warns and when the
//    time is up it asks the server how much time is left (a GET that does not count as activity),
//    so activity in another tab is respected. When the time is up it says the user is logged out
//    and that what they typed is kept when they save.
// 2. A form posted after the session ended comes back after logging in: base.html puts the kept
//    fields in a JSON block, and this fills them into the form that posts to the same URL. Nothing
//    is saved: the user saves again, with this page's fresh CSRF token.
// 3. Drafts (drafts.js): the draft of a form is removed once its save succeeded, and every draft
//    is removed when the user logs out.
(function () {
  "use strict";

  const DRAFT_PREFIX = "wijkwerk-draft:";
  const SUBMITTED = "wijkwerk-draft-submitted";

  // 1. The warning ------------------------------------------------------------------------------

  function setUpWarning() {
    const dialog = document.getElementById("session-warning");
    if (!dialog || typeof dialog.showModal !== "function") {
      return;
    }
    const url = dialog.dataset.url;
    const token = dialog.dataset.csrfToken;
    const warning = parseFloat(dialog.dataset.warning) * 1000;
    const countdown = dialog.querySelector("[data-session-countdown]");
    let deadline = Date.now() + parseFloat(dialog.dataset.remaining) * 1000;
    let maximumDeadline = Date.now() + parseFloat(dialog.dataset.maximumRemaining) * 1000;
    let timeout = null;
    let ticker = null;
    let state = "idle";

    function ask(method) {
      // null: logged out (the server redirects to the log-in page); undefined: no answer.
      return fetch(url, {
        method: method,
        headers: { "X-CSRFToken": token, Accept: "application/json" },
        credentials: "same-origin",
        redirect: "manual",
        cache: "no-store",
      })
        .then(function (response) {
          if (response.type === "opaqueredirect" || response.status === 401 || response.status === 403) {
            return null;
          }
          return response.ok ? response.json() : undefined;
        })
        .catch(function () {
          return undefined;
        });
    }

    function learn(answer) {
      deadline = Date.now() + answer.remaining * 1000;
      maximumDeadline = Date.now() + answer.maximum_remaining * 1000;
    }

    function schedule(at, callback) {
      window.clearTimeout(timeout);
      timeout = window.setTimeout(callback, Math.max(0, at - Date.now()));
    }

    function wait() {
      state = "idle";
      window.clearInterval(ticker);
      if (dialog.open) {
        dialog.close();
      }
      schedule(deadline - warning, check);
    }

    function show(name) {
      state = name;
      dialog.querySelectorAll("[data-session-state]").forEach(function (part) {
        part.hidden = part.dataset.sessionState !== name;
      });
      const part = dialog.querySelector('[data-session-state="' + name + '"]');
      dialog.setAttribute("aria-labelledby", part.querySelector("h2").id);
      dialog.setAttribute("aria-describedby", part.querySelector("p").id);
      if (!dialog.open) {
        dialog.showModal();
      }
      const button = part.querySelector("button");
      if (button) {
        button.focus();
      }
    }

    function tick() {
      const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      if (countdown) {
        countdown.textContent = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
      }
      if (left <= 0) {
        window.clearInterval(ticker);
        timeUp();
      }
    }

    function warn() {
      show(maximumDeadline <= deadline ? "maximum" : "warning");
      window.clearInterval(ticker);
      tick();
      ticker = window.setInterval(tick, 1000);
    }

    function ended() {
      window.clearTimeout(timeout);
      window.clearInterval(ticker);
      show("ended");
    }

    // Before warning: was this session used in another tab meanwhile?
    function check() {
      ask("GET").then(function (answer) {
        if (answer === null) {
          ended();
        } else {
          if (answer) {
            learn(answer);
          }
          if (deadline - Date.now() > warning + 1000) {
            wait();
          } else {
            warn();
          }
        }
      });
    }

    function timeUp() {
      ask("GET").then(function (answer) {
        if (answer === null || (answer && answer.remaining <= 0) || (!answer && Date.now() >= deadline)) {
          ended();
          return;
        }
        if (answer) {
          learn(answer);
        }
        check();
      });
    }

    function stay() {
      ask("POST").then(function (answer) {
        if (answer === null) {
          ended();
          return;
        }
        if (answer) {
          learn(answer);
        }
        if (deadline - Date.now() > warning + 1000) {
          wait();
        } else {
          warn(); // the maximum is near: staying cannot help any more
        }
      });
    }

    dialog.querySelector("[data-session-stay]").addEventListener("click", stay);
    dialog.querySelectorAll("[data-session-close]").forEach(function (button) {
      // Closing the notice only: near the maximum the countdown goes on, and says when it ended.
      button.addEventListener("click", function () {
        dialog.close();
      });
    });
    dialog.addEventListener("cancel", function (event) {
      // Escape while warned: the user is evidently here, so it keeps the session like the button.
      if (state === "warning") {
        event.preventDefault();
        stay();
      }
    });
    document.addEventListener("visibilitychange", function () {
      // Timers of a hidden tab may run late; catch up when it is shown again.
      if (document.visibilityState === "visible" && state === "idle" && Date.now() >= deadline - warning) {
        check();
      }
    });
    wait();
  }

  // 2. A kept form comes back -------------------------------------------------------------------

  function samePlace(action, path) {
    const url = new URL(action, window.location.href);
    return url.origin === window.location.origin && url.pathname + url.search === path;
  }

  // Add rows to a formset (the situation form's learning questions) with the page's own "add"
  // button, found next to the list that carries the formset's data-prefix.
  function growFormset(form, prefix, total) {
    const list = form.querySelector('[data-prefix="' + prefix + '"]');
    const count = form.querySelector('[name="' + prefix + '-TOTAL_FORMS"]');
    const holder = list && list.closest("fieldset");
    const button = holder && holder.querySelector("button[type=button]:not([hidden])");
    let guard = 50;
    while (button && count && parseInt(count.value, 10) < total && guard-- > 0) {
      const before = count.value;
      button.click();
      if (count.value === before) {
        break;
      }
    }
  }

  function fillRestoredForm() {
    const block = document.getElementById("restored-form-data");
    if (!block) {
      return;
    }
    const kept = JSON.parse(block.textContent);
    const form = Array.from(document.querySelectorAll("form")).find(function (candidate) {
      return candidate.method.toLowerCase() === "post" && samePlace(candidate.action, kept.action);
    });
    if (!form) {
      return;
    }
    const values = new Map();
    kept.fields.forEach(function (field) {
      if (!values.has(field[0])) {
        values.set(field[0], []);
      }
      values.get(field[0]).push(field[1]);
    });
    values.forEach(function (list, name) {
      const match = /^(.+)-TOTAL_FORMS$/.exec(name);
      if (match) {
        growFormset(form, match[1], parseInt(list[0], 10));
      }
    });
    const used = new Map();
    Array.from(form.elements).forEach(function (element) {
      const name = element.name;
      if (!name || element.disabled || name === "csrfmiddlewaretoken" || /-(TOTAL|INITIAL|MIN_NUM|MAX_NUM)_FORMS$/.test(name)) {
        return;
      }
      const type = (element.type || "").toLowerCase();
      if (["password", "file", "submit", "button", "reset", "image"].indexOf(type) !== -1) {
        return;
      }
      const list = values.get(name) || [];
      let changed = false;
      if (type === "checkbox" || type === "radio") {
        // Not sent means not ticked.
        const checked = list.indexOf(element.value) !== -1;
        changed = element.checked !== checked;
        element.checked = checked;
      } else if (type === "select-multiple") {
        Array.from(element.options).forEach(function (option) {
          const selected = list.indexOf(option.value) !== -1;
          changed = changed || option.selected !== selected;
          option.selected = selected;
        });
      } else if (values.has(name)) {
        const index = used.get(name) || 0;
        used.set(name, index + 1);
        if (index < list.length && element.value !== list[index]) {
          element.value = list[index];
          changed = true;
        }
      }
      if (changed) {
        element.dispatchEvent(new Event("input", { bubbles: true }));
        element.dispatchEvent(new Event("change", { bubbles: true }));
      }
    });
    const notice = document.getElementById("restored-form");
    if (notice) {
      notice.focus();
    }
  }

  // 3. Drafts -----------------------------------------------------------------------------------

  function forgetSavedDraft() {
    let submitted = null;
    try {
      submitted = JSON.parse(window.sessionStorage.getItem(SUBMITTED));
      window.sessionStorage.removeItem(SUBMITTED);
    } catch (error) {
      return;
    }
    if (!submitted || !submitted.key) {
      return;
    }
    // The save succeeded when the form's page was left for another that says so. Back on the
    // form's own page (errors, or a kept form after logging in again) the draft stays.
    const here = window.location.pathname + window.location.search;
    const saved = document.querySelector("#main .messages .alert-success");
    if (here !== submitted.path && saved) {
      try {
        window.localStorage.removeItem(submitted.key);
      } catch (error) {
        // Storage switched off: nothing was kept either.
      }
    }
  }

  function forgetDraftsOnLogOut() {
    document.querySelectorAll("form[data-clears-drafts]").forEach(function (form) {
      form.addEventListener("submit", function () {
        try {
          Object.keys(window.localStorage)
            .filter(function (key) { return key.indexOf(DRAFT_PREFIX) === 0; })
            .forEach(function (key) { window.localStorage.removeItem(key); });
        } catch (error) {
          // Storage switched off: there are no drafts.
        }
      });
    });
  }

  function start() {
    forgetSavedDraft();
    forgetDraftsOnLogOut();
    fillRestoredForm();
    setUpWarning();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
