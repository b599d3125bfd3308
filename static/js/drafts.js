// Drafts as you type, for the long forms (the situation form, the reflection form).
//
// While typing, the form's text fields are kept in this browser's localStorage under a key per
// user and page (never passwords or hidden fields; only fields that differ from what the page
// came with). When the page is opened again with an empty form, the draft is put back and a
// notice offers to clear it. Not when the form is shown again after a save was refused (the
// server shows what was sent) or when a kept form came back after logging in again (session.js
// fills that in): the draft then only keeps being updated.
//
// The draft goes once the save succeeded: on submit this remembers the draft's key for this tab,
// and session.js removes the draft on the next page when that is another page with a success
// message. A refused save, or a session that had ended, leads back to this page: the draft stays.
// Drafts older than a day are dropped, and logging out removes all of them (session.js).
(function () {
  "use strict";

  const PREFIX = "wijkwerk-draft:";
  const SUBMITTED = "wijkwerk-draft-submitted";
  const MAX_AGE = 24 * 60 * 60 * 1000;
  const TEXT_TYPES = ["text", "search", "email", "url", "tel", "number", "date"];
  const BASE_FIELDS = ["version", "snapshot"];

  function storage() {
    try {
      return window.localStorage;
    } catch (error) {
      return null;
    }
  }

  function start() {
    const script = document.getElementById("drafts-script");
    const store = storage();
    if (!script || !store) {
      return;
    }
    const form = Array.from(document.querySelectorAll("main form")).find(function (candidate) {
      return candidate.method.toLowerCase() === "post" && candidate.querySelector("textarea");
    });
    if (!form) {
      return;
    }
    const path = window.location.pathname + window.location.search;
    const key = PREFIX + script.dataset.draftUser + ":" + path;
    let pending = null;

    function textFields() {
      return Array.from(form.elements).filter(function (element) {
        if (!element.name || element.disabled || element.readOnly) {
          return false;
        }
        if (element.tagName === "TEXTAREA") {
          return true;
        }
        return element.tagName === "INPUT" && TEXT_TYPES.indexOf(element.type) !== -1;
      });
    }

    function save() {
      window.clearTimeout(pending);
      pending = null;
      const fields = {};
      let any = false;
      textFields().forEach(function (element) {
        if (element.value !== element.defaultValue) {
          fields[element.name] = element.value;
          any = true;
        }
      });
      try {
        if (any) {
          // The version the text was typed on, so a save from a restored draft is compared
          // with what was stored then (the edit-conflict check), not with a newer version.
          const base = {};
          BASE_FIELDS.forEach(function (name) {
            const element = form.elements.namedItem(name);
            if (element && element.type === "hidden") {
              base[name] = element.defaultValue;
            }
          });
          const previous = read();
          const draft = { saved: Date.now(), fields: fields, base: (previous && previous.base) || base };
          store.setItem(key, JSON.stringify(draft));
        } else {
          store.removeItem(key);
        }
      } catch (error) {
        // Storage full or switched off: the form itself still works.
      }
    }

    function read() {
      try {
        const draft = JSON.parse(store.getItem(key));
        if (draft && draft.fields && Date.now() - draft.saved < MAX_AGE) {
          return draft;
        }
        store.removeItem(key);
      } catch (error) {
        // Unreadable: as if there were none.
      }
      return null;
    }

    // A learning question typed in a row that JavaScript added: add the row again with the
    // page's own button before filling it.
    function ensureField(name) {
      let element = form.elements.namedItem(name);
      const match = /^(.+)-(\d+)-/.exec(name);
      if (element || !match) {
        return element;
      }
      const list = form.querySelector('[data-prefix="' + match[1] + '"]');
      const holder = list && list.closest("fieldset");
      const button = holder && holder.querySelector("button[type=button]:not([hidden])");
      let guard = 50;
      while (button && !element && guard-- > 0) {
        const before = list.children.length;
        button.click();
        if (list.children.length === before) {
          break;
        }
        element = form.elements.namedItem(name);
      }
      return element;
    }

    function restore(draft) {
      const focused = document.activeElement;
      let restored = 0;
      Object.keys(draft.base || {}).forEach(function (name) {
        const element = form.elements.namedItem(name);
        if (element && element.type === "hidden") {
          element.value = draft.base[name];
        }
      });
      Object.keys(draft.fields).forEach(function (name) {
        const element = ensureField(name);
        if (element && element.value !== undefined && textFields().indexOf(element) !== -1) {
          element.value = draft.fields[name];
          element.dispatchEvent(new Event("input", { bubbles: true }));
          restored += 1;
        }
      });
      if (document.activeElement && document.activeElement !== focused) {
        document.activeElement.blur(); // adding rows moved the focus; opening a page should not
      }
      if (restored) {
        announce();
      }
    }

    function announce() {
      const notice = document.createElement("div");
      notice.className = "alert alert-info d-flex flex-wrap align-items-center gap-2 draft-notice";
      notice.setAttribute("role", "status");
      const text = document.createElement("span");
      text.textContent = script.dataset.restoredText;
      const button = document.createElement("button");
      button.type = "button";
      button.className = "btn btn-sm btn-outline-secondary";
      button.textContent = script.dataset.clearText;
      button.addEventListener("click", function () {
        textFields().forEach(function (element) {
          if (element.value !== element.defaultValue) {
            element.value = element.defaultValue;
            element.dispatchEvent(new Event("input", { bubbles: true }));
          }
        });
        window.clearTimeout(pending);
        store.removeItem(key);
        text.textContent = script.dataset.clearedText;
        button.remove();
        const first = textFields()[0];
        if (first) {
          first.focus();
        }
      });
      notice.append(text, " ", button);
      form.parentNode.insertBefore(notice, form);
    }

    const bound = script.dataset.formBound === "true";
    const restoredBySession = document.getElementById("restored-form-data") !== null;
    if (!bound && !restoredBySession) {
      const draft = read();
      if (draft) {
        restore(draft);
      }
    }

    form.addEventListener("input", function () {
      window.clearTimeout(pending);
      pending = window.setTimeout(save, 500);
    });
    window.addEventListener("pagehide", function () {
      if (pending !== null) {
        save();
      }
    });
    form.addEventListener("submit", function () {
      save();
      try {
        window.sessionStorage.setItem(SUBMITTED, JSON.stringify({ key: key, path: path }));
      } catch (error) {
        // Without sessionStorage the draft stays until it is cleared or a day old.
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
