// Sends the answers file with XMLHttpRequest so the page can show how much has gone up; the server streams it
// into the answers and redirects to the result page, which the browser then opens. Without JavaScript the form
// posts as usual.
(function () {
  const form = document.getElementById('upload-form');
  if (!form || !window.XMLHttpRequest) {
    return;
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    const box = document.getElementById('upload-progress');
    const bar = document.getElementById('upload-bar');
    const percent = document.getElementById('upload-percent');
    const processing = document.getElementById('upload-processing');
    const request = new XMLHttpRequest();
    request.open('POST', form.action);
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      request.setRequestHeader(header.content, token.content);
    }
    request.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        const done = Math.round(e.loaded * 100 / e.total);
        bar.value = done;
        percent.textContent = done + ' %';
      }
    });
    request.upload.addEventListener('load', function () {
      bar.value = 100;
      percent.textContent = '100 %';
      processing.hidden = false;
    });
    request.addEventListener('load', function () {
      window.location.assign(request.responseURL || form.action);
    });
    request.addEventListener('error', function () {
      form.submit();
    });
    box.hidden = false;
    form.querySelector('button[type=submit]').disabled = true;
    request.send(new FormData(form));
  });
})();
