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
      statuses.forEach((s) => {
        const row = table.querySelector(`tr[data-name="${s.name}"]`);
        if (!row) return;
        const percent = s.headPosition <= 0 || s.position == null ? (s.caughtUp ? 100 : 0)
          : Math.floor((s.position * 100) / s.headPosition);
        row.querySelector(".position").textContent = s.position ?? "—";
        row.querySelector(".head").textContent = s.headPosition;
        row.querySelector(".bar").style.width = percent + "%";
        row.querySelector(".state").textContent = s.error ? words.error
          : s.replaying ? words.replaying : s.caughtUp ? words.caughtUp : words.behind;
      });
    }
    setTimeout(poll, 1000);
  };
  setTimeout(poll, 1000);
})();
