// The console's only script: CSRF header on htmx requests, and charts drawn from the option the server rendered
// into data-option (JSON), so that no script is inline and no data is fetched from elsewhere.
(function () {
  function csrf(detail) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header && token.content && header.content) {
      detail.headers[header.content] = token.content;
    }
  }

  function draw(root) {
    root.querySelectorAll('[data-option]').forEach(function (element) {
      var existing = echarts.getInstanceByDom(element);
      if (existing) {
        existing.dispose();
      }
      var chart = echarts.init(element, null, {renderer: 'canvas'});
      chart.setOption(JSON.parse(element.getAttribute('data-option')));
    });
  }

  document.addEventListener('htmx:configRequest', function (event) {
    csrf(event.detail);
  });
  document.addEventListener('htmx:afterSwap', function (event) {
    draw(event.target);
  });
  document.addEventListener('DOMContentLoaded', function () {
    draw(document);
  });
  window.addEventListener('resize', function () {
    document.querySelectorAll('[data-option]').forEach(function (element) {
      var chart = echarts.getInstanceByDom(element);
      if (chart) {
        chart.resize();
      }
    });
  });
}());
