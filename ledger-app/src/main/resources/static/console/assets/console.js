// The console's few scripts, no framework: the print button of the statement.
document.addEventListener("click", (event) => {
  if (event.target.closest("[data-print]")) {
    window.print();
  }
});
