// Draws a region's credits, interest and spending per month (the fund totals page) with ECharts.
(function () {
  const element = document.getElementById("fund-chart");
  const data = window.fundChart;
  if (!element || !data || !window.echarts) {
    return;
  }
  const series = (name, values) => ({ name, type: "bar", data: values.map(Number) });
  echarts.init(element, null, { renderer: "svg" }).setOption({
    animation: false,
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 70, right: 20, top: 40, bottom: 30 },
    xAxis: { type: "category", data: data.months },
    yAxis: { type: "value", axisLabel: { formatter: (value) => value.toFixed(2) } },
    series: [
      series(element.dataset.credits, data.credits),
      series(element.dataset.interest, data.interest),
      series(element.dataset.spending, data.spending),
    ],
  });
})();
