// The activity list of the deployment form: a search box above the grouped list shows only the
// activities whose name (or group) holds every word typed. Without JavaScript the box stays
// hidden and the grouped list works on its own. The chosen activity always stays in the list.
(function () {
  "use strict";

  function normalise(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function setUp() {
    const select = document.querySelector('select[data-activity-picker="select"]');
    const box = document.querySelector('[data-activity-picker="search"]');
    if (!select || !box) {
      return;
    }
    const input = box.querySelector('[data-activity-picker="input"]');
    const found = box.querySelector('[data-activity-picker="found"]');
    const count = box.querySelector('[data-activity-picker="count"]');
    const none = box.querySelector('[data-activity-picker="none"]');
    // The list as the server sent it: the loose options (the empty choice) and the groups.
    const loose = Array.from(select.children).filter(function (child) {
      return child.tagName === "OPTION";
    });
    const groups = Array.from(select.querySelectorAll("optgroup")).map(function (group) {
      const label = normalise(group.label);
      return {
        element: group,
        options: Array.from(group.querySelectorAll("option")).map(function (option) {
          return { element: option, text: normalise(option.textContent) + " " + label };
        }),
      };
    });
    let announce = null;

    function filter() {
      const words = normalise(input.value).split(/\s+/).filter(Boolean);
      let matches = 0;
      const chosen = select.value;
      select.replaceChildren.apply(select, loose);
      groups.forEach(function (group) {
        const shown = group.options.filter(function (option) {
          const hit = words.every(function (word) {
            return option.text.includes(word);
          });
          if (hit) {
            matches += 1;
          }
          return hit || (chosen && option.element.value === chosen);
        });
        group.element.replaceChildren.apply(
          group.element,
          shown.map(function (option) {
            return option.element;
          })
        );
        if (shown.length) {
          select.appendChild(group.element);
        }
      });
      select.value = chosen;
      // Tell screen readers the result once typing pauses, not at every key.
      window.clearTimeout(announce);
      announce = window.setTimeout(function () {
        const searching = words.length > 0;
        count.textContent = String(matches);
        found.hidden = !searching || matches === 0;
        none.hidden = !searching || matches > 0;
      }, 400);
    }

    input.addEventListener("input", filter);
    input.addEventListener("keydown", function (event) {
      // Enter in the search box moves to the list instead of saving the form half filled in.
      if (event.key === "Enter") {
        event.preventDefault();
        select.focus();
      }
    });
    box.hidden = false;
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
