// Follows the read models' positions every second while any of them is not caught up (e.g. a rebuild).
(function () {
  const table = document.getElementById("projections");
  if (!table) {
    return;
  }
  const words = table.dataset;
  const poll = async () => {
    const answer = await fetch(words.status, { headers: { Accept: "application/json" } });
    if (answer.ok) {
      const statuses = await answer.json();
      const stateWords = { error: words.error, replaying: words.replaying, caughtUp: words.caughtUp, behind: words.behind };
      statuses.forEach(({ status, state, percent }) => {
        const row = table.querySelector(`tr[data-name="${status.name}"]`);
        if (!row) return;
        const shown = (position) => (position == null || position < 0 ? "—" : position);
        row.querySelector(".position").textContent = shown(status.position);
        row.querySelector(".head").textContent = shown(status.headPosition);
        row.querySelector(".bar").style.width = percent + "%";
        row.querySelector(".state").textContent = stateWords[state];
      });
    }
    setTimeout(poll, 1000);
  };
  setTimeout(poll, 1000);
})();
