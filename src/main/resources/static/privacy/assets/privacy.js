// The browser's Global Privacy Control signal: shown as honoured, and recorded once for the customer.
(function () {
  if (!navigator.globalPrivacyControl) {
    return;
  }
  var banner = document.getElementById('gpc-browser');
  if (banner && !document.getElementById('gpc-honoured')) {
    banner.hidden = false;
  }
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (!token || !header) {
    return;
  }
  var headers = {};
  headers[header.content] = token.content;
  fetch('/privacy/preferences/gpc', { method: 'POST', headers: headers, credentials: 'same-origin' });
})();
