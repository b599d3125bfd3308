// Learning questions on the situation form: add rows without reloading the page.
// Without JavaScript the form still works: it always offers two empty rows.
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

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
