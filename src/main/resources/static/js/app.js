// Small behaviours the strict Content-Security-Policy allows only from a file: CSRF for htmx, confirmations.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
document.addEventListener('submit', function (event) {
  var message = event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy]');
  if (button && navigator.clipboard) {
    navigator.clipboard.writeText(document.getElementById(button.getAttribute('data-copy')).textContent.trim());
  }
});
