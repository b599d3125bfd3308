// The reflection form's "activity used": only the activities of the chosen situation.
//
// Each option names its situation (data-situation, set by the server). When the situation
// changes, the list is rebuilt from the options the page came with: "No activity" and the
// activities of that situation; without a situation only "No activity". A choice that no longer
// fits falls back to "No activity". When the page comes back with an activity but no situation
// (a refused save without this script), the activity's situation is chosen, as the server does.
// The server checks the same rule; without this script every activity is listed.
(function () {
  "use strict";

  function start() {
    const situation = document.getElementById("id_situation");
    const deployment = document.getElementById("id_deployment");
    if (!situation || !deployment) {
      return;
    }
    const options = Array.from(deployment.options);

    function fits(option) {
      return !option.dataset.situation || option.dataset.situation === situation.value;
    }

    function update() {
      const current = deployment.value;
      const kept = options.filter(fits);
      deployment.replaceChildren.apply(deployment, kept);
      const stillThere = kept.some(function (option) {
        return option.value === current;
      });
      deployment.value = stillThere ? current : "";
    }

    const selected = deployment.selectedOptions[0];
    if (!situation.value && selected && selected.dataset.situation) {
      situation.value = selected.dataset.situation;
    }
    situation.addEventListener("change", update);
    update();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
