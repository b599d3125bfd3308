// The situation form: add learning question rows without reloading the page, and show which level
// the ticked signals point to. Without JavaScript the form still works: it always offers two empty
// rows, and the server shows the signals' level after a submit.
(function () {
  "use strict";

  function setUp() {
    const list = document.getElementById("learning-questions");
    const template = document.getElementById("learning-question-template");
    const button = document.getElementById("add-learning-question");
    const status = document.getElementById("learning-questions-status");
    const script = document.getElementById("situations-form-script");
    if (!list || !template || !button) {
      return;
    }
    const prefix = list.dataset.prefix;
    const total = document.getElementById("id_" + prefix + "-TOTAL_FORMS");
    const max = document.getElementById("id_" + prefix + "-MAX_NUM_FORMS");
    if (!total) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      const index = parseInt(total.value, 10);
      if (max && index >= parseInt(max.value, 10)) {
        if (status && script) {
          status.textContent = script.dataset.fullText;
        }
        return;
      }
      const holder = document.createElement("ol");
      holder.innerHTML = template.innerHTML.split("__prefix__").join(String(index));
      const item = holder.firstElementChild;
      const order = item.querySelector('input[name="' + prefix + "-" + index + '-order"]');
      if (order) {
        order.value = String(index);
      }
      const label = item.querySelector('label[for="id_' + prefix + "-" + index + '-text"]');
      if (label && list.dataset.label) {
        label.textContent = list.dataset.label + " " + (index + 1);
      }
      const removeLabel = item.querySelector('label[for="id_' + prefix + "-" + index + '-DELETE"]');
      if (removeLabel && list.dataset.removeLabel) {
        removeLabel.textContent = list.dataset.removeLabel + " " + (index + 1);
      }
      list.appendChild(item);
      total.value = String(index + 1);
      const input = item.querySelector('input[type="text"]');
      if (input) {
        input.focus();
      }
      if (status && script) {
        status.textContent = script.dataset.addedText;
      }
    });
  }

  // The level the ticked signals point to: the highest level with a ticked signal, and the
  // ticked signals of that level as the reason. The server renders the same after a submit;
  // this only keeps it up to date while ticking. The professional always chooses the level.
  function setUpSignalLevel() {
    const hint = document.getElementById("signal-level-hint");
    const checklist = document.querySelector(".signal-checklist");
    if (!hint || !checklist) {
      return;
    }
    const levelName = hint.querySelector("[data-signal-level]");
    const reasons = hint.querySelector("[data-signal-reasons]");
    const other = hint.querySelector("[data-signal-other]");
    const form = hint.closest("form");

    function update() {
      const ticked = Array.from(checklist.querySelectorAll("input[type=checkbox][data-level]:checked"));
      let top = null;
      ticked.forEach(function (box) {
        if (top === null || parseInt(box.dataset.levelOrder, 10) > parseInt(top.dataset.levelOrder, 10)) {
          top = box;
        }
      });
      if (top === null) {
        hint.hidden = true;
        return;
      }
      const texts = ticked
        .filter(function (box) { return box.dataset.level === top.dataset.level; })
        .map(function (box) { return box.dataset.signalText; });
      levelName.textContent = top.dataset.levelName;
      reasons.textContent = texts.join("; ");
      if (other && form) {
        const chosen = form.querySelector("input[name=level]:checked");
        other.hidden = !chosen || chosen.value === top.dataset.level;
      }
      hint.hidden = false;
    }

    checklist.addEventListener("change", update);
    if (form) {
      form.querySelectorAll("input[name=level]").forEach(function (radio) {
        radio.addEventListener("change", update);
      });
    }
  }

  function start() {
    setUp();
    setUpSignalLevel();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
