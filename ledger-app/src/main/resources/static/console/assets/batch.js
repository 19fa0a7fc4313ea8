// Follows a running batch: polls its report every second, updates counts, progress and whether the read
// models show the run yet, and reloads the page once the run has ended so the rejected lines and the
// restart button appear.
(function () {
  const live = document.getElementById("batch-live");
  if (!live || live.dataset.running !== "true") {
    return;
  }
  const show = (id, value) => { document.getElementById(id).textContent = value ?? "—"; };
  const words = document.getElementById("read-models").dataset;
  const readModels = (state) => state == null ? null
    : state.caughtUp ? words.shown : `${words.behind} ${state.position ?? "—"}/${state.target}`;
  const poll = async () => {
    const answer = await fetch(live.dataset.progress, { headers: { Accept: "application/json" } });
    if (!answer.ok) {
      return setTimeout(poll, 2000);
    }
    const { report, percent, estimatedEnd } = await answer.json();
    if (report.status !== "RUNNING") {
      return window.location.reload();
    }
    ["read", "credited", "skipped", "rejected"].forEach((field) => show(field, report[field]));
    show("rate", report.perSecond);
    show("read-models", readModels(report.readModels));
    show("estimated-end", estimatedEnd);
    document.getElementById("progress-bar").style.width = (percent ?? 0) + "%";
    show("percent", percent == null ? null : percent + "%");
    setTimeout(poll, 1000);
  };
  setTimeout(poll, 1000);
})();
